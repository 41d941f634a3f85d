#pragma once

#include "ExportRequest.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVector>

namespace nap {

// The consolidation workbook as plain data (docs/xlsx-schema.md), written by XlsxWriter
// and OdsWriter so both formats hold exactly the same sheets, columns and values.
struct WorkbookCell
{
    enum class Kind
    {
        Empty,
        Text,
        Number,
        Date,
        DateTime
    };
    Kind kind = Kind::Empty;
    QString text;       // Text
    double number = 0;  // Number
    QDate date;         // Date (first day of the month for month-precision values)
    QDateTime dateTime; // DateTime, UTC

    static WorkbookCell ofText(const QString &t) { return {Kind::Text, t, 0, {}, {}}; }
    static WorkbookCell ofNumber(double n) { return {Kind::Number, {}, n, {}, {}}; }
    static WorkbookCell ofMonth(const YearMonth &m);
    static WorkbookCell ofDateTime(const QDateTime &dt);
};

struct WorkbookColumn
{
    enum class Style
    {
        Text,
        LongText,
        Code,
        Number,
        Month,
        DateTime
    };
    QString id;        // stable column id of the schema
    QString header;    // printed header (language of the export)
    double width = 12; // Excel character units
    Style style = Style::Text;
    QString listName;        // defined name of a dropdown list, or empty
    bool strictList = false; // true: only list values; false: a warning, free entries allowed
};

struct WorkbookSheet
{
    QString name; // fixed sheet name (schema)
    QList<WorkbookColumn> columns;
    QList<QVector<WorkbookCell>> rows;
    bool hidden = false;
    bool fitToWidth = false; // printed: scaled to one page wide
};

// A named dropdown source on the hidden lists sheet.
struct WorkbookList
{
    QString name;   // defined name, e.g. "NAP_Status"
    int column = 0; // column on the lists sheet
    int count = 0;  // values below the header row
};

struct WorkbookProperties
{
    QString title;
    QString exportingAgency; // display name
    QDateTime exportTime;    // UTC
    QString language;        // "zh-TW" / "en"
    ExportRequest::Mode mode = ExportRequest::Mode::Chinese;
};

struct Workbook
{
    QList<WorkbookSheet> sheets; // summary, commitments, milestones, lists (hidden)
    QList<WorkbookList> lists;
    WorkbookProperties properties;

    static constexpr int kMaxCellText = 32767; // Excel's limit per cell
    static Workbook build(const ExportRequest &request, const ExportInput &data,
                          const QList<Commitment> &selection);
    // Rows written so far count towards progress: commitments plus milestones.
    int rowCount() const;
};

} // namespace nap
