#pragma once

#include "Error.h"
#include "model/LocalizedText.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>

namespace nap {

// Reads and writes the bilingual text table: (owner uuid, field code) → LocalizedText.
class TextRows
{
public:
    using FieldMap = QHash<QString, LocalizedText>; // field code → text
    // Called once per text row, the rows of one owner one after another, so a reader looks up
    // each owner once; text may be moved from.
    using Visitor = std::function<void(const QString &owner, const QString &field, LocalizedText &text)>;

    // Reads fail only on a damaged or altered file: *error (when given) then says so.
    // Every text of the workspace in one query, without building a map of them.
    static void loadEach(QSqlDatabase &db, const Visitor &visit, Error *error = nullptr);
    static FieldMap loadOwner(QSqlDatabase &db, const QString &owner, Error *error = nullptr);
    // Records a failed read of q in *error (when given and not already set); returns false.
    static bool readFailed(const QSqlQuery &q, Error *error);
    static bool removeOwner(QSqlDatabase &db, const QString &owner, Error *error);
    // Writes one text; empty texts are removed so the table holds only content.
    static bool write(QSqlDatabase &db, const QString &owner, const QString &field, const LocalizedText &text,
                      Error *error);

    // For writing many rows through one prepared statement: upsertSql() binds as bind() does.
    static QString upsertSql();
    static void bind(QSqlQuery &q, const QString &owner, const QString &field, const LocalizedText &text);
    // A text that is not stored at all (empty and never edited).
    static bool isAbsent(const LocalizedText &text);

    static QString stamp(const QDateTime &time);
    // A null QString binds as SQL NULL; the schema wants '' for "no text".
    static QString sqlText(const QString &text) { return text.isNull() ? QStringLiteral("") : text; }
    static QDateTime parseStamp(const QString &text);
    static QDateTime parseStamp(QByteArrayView utf8);
};

} // namespace nap
