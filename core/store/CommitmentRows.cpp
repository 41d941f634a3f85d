#include "CommitmentRows.h"

#include "RowReader.h"
#include "TextRows.h"
#include "model/FieldValues.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <iterator>
#include <vector>

namespace nap {
namespace {

const QString kCommitmentColumns = QStringLiteral(
    "uuid, area_uuid, code, sort, lead_agency, co_agencies, start, end_month, claims, policy_tags,"
    " contact_phone, contact_email, status, created, modified");
const QString kMilestoneColumns =
    QStringLiteral("uuid, commitment_uuid, sort, start, end_month, responsible_agency, is_new, completion");

// ":uuid", ":area_uuid", ...: rows are bound by name, as TextRows::bind() does and for the
// same reason (a positional value costs a formatted name in QSqlResult).
QStringList placeholders(const QString &columns)
{
    QStringList out;
    for (const QString &column : columns.split(QLatin1Char(',')))
        out.append(QLatin1Char(':') + column.trimmed());
    return out;
}

const QStringList kCommitmentValues = placeholders(kCommitmentColumns);
const QStringList kMilestoneValues = placeholders(kMilestoneColumns);

const QString kDescription = QStringLiteral("description");
const QString kOutput = QStringLiteral("expected_output");
const QString kStakeholders = QStringLiteral("stakeholders");
const QString kNote = QStringLiteral("progress_note");

bool fail(const QSqlQuery &q, Error *error)
{
    *error = Error::make(Error::DatabaseError, q.lastError().text());
    return false;
}

QString toJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJson(const QString &text)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

Commitment readCommitment(const RowReader &rows)
{
    Commitment c;
    c.uuid = rows.text(0);
    c.areaUuid = rows.text(1);
    c.code = rows.text(2);
    c.sortOrder = int(rows.integer(3));
    c.leadAgency = rows.text(4);
    c.coAgencies = fromJson(rows.text(5));
    c.start = YearMonth::fromIso(rows.text(6));
    c.end = YearMonth::fromIso(rows.text(7));
    const QStringList claims = rows.text(8).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (CoreValue v : CoreValues::all())
        c.setClaimed(v, claims.contains(CoreValues::code(v)));
    c.policyTags = fromJson(rows.text(9));
    c.contactPhone = rows.text(10);
    c.contactEmail = rows.text(11);
    c.status = Statuses::fromCode(rows.text(12));
    c.created = rows.stamp(13);
    c.modified = rows.stamp(14);
    return c;
}

Milestone readMilestone(const RowReader &rows)
{
    Milestone m;
    m.uuid = rows.text(0);
    m.start = YearMonth::fromIso(rows.text(3));
    m.end = YearMonth::fromIso(rows.text(4));
    m.responsibleAgency = rows.text(5);
    m.isNew = rows.integer(6) != 0;
    m.completion = Completions::fromCode(rows.text(7));
    return m;
}

const QStringList kCommitmentNumbers = {QStringLiteral("sort")};
const QStringList kMilestoneNumbers = {QStringLiteral("sort"), QStringLiteral("is_new")};

void applyTexts(Commitment &c, const TextRows::FieldMap &texts)
{
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        Field f;
        if (Fields::fromCode(it.key(), &f) && Fields::isText(f))
            c.text(f) = it.value();
    }
}

void applyTexts(Milestone &m, const TextRows::FieldMap &texts)
{
    m.description = texts.value(kDescription);
    m.expectedOutput = texts.value(kOutput);
    m.stakeholders = texts.value(kStakeholders);
    m.progressNote = texts.value(kNote);
}

void bindMilestone(QSqlQuery &q, const Commitment &c, int sort, const Milestone &m)
{
    qsizetype i = 0;
    for (const QVariant &v :
         {QVariant(m.uuid), QVariant(c.uuid), QVariant(sort), QVariant(TextRows::sqlText(m.start.toIso())),
          QVariant(TextRows::sqlText(m.end.toIso())), QVariant(TextRows::sqlText(m.responsibleAgency)),
          QVariant(m.isNew ? 1 : 0), QVariant(Completions::code(m.completion))})
        q.bindValue(kMilestoneValues.at(i++), v);
}

// Upserts one milestone; its texts are written only where they differ from before.
bool writeMilestone(QSqlDatabase &db, const Commitment &c, int sort, const Milestone &m,
                    const Milestone *before, Error *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO milestone(%1) VALUES(%2) ON CONFLICT(uuid) DO UPDATE"
                             " SET commitment_uuid = excluded.commitment_uuid, sort = excluded.sort,"
                             " start = excluded.start, end_month = excluded.end_month,"
                             " responsible_agency = excluded.responsible_agency, is_new = excluded.is_new,"
                             " completion = excluded.completion")
                  .arg(kMilestoneColumns, kMilestoneValues.join(QStringLiteral(", "))));
    bindMilestone(q, c, sort, m);
    if (!q.exec())
        return fail(q, error);
    const auto writeText = [&](const QString &field, const LocalizedText &now, const LocalizedText *was) {
        return (was && *was == now) || TextRows::write(db, m.uuid, field, now, error);
    };
    return writeText(kDescription, m.description, before ? &before->description : nullptr) &&
           writeText(kOutput, m.expectedOutput, before ? &before->expectedOutput : nullptr) &&
           writeText(kStakeholders, m.stakeholders, before ? &before->stakeholders : nullptr) &&
           writeText(kNote, m.progressNote, before ? &before->progressNote : nullptr);
}

bool removeMilestone(QSqlDatabase &db, const QString &uuid, Error *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM milestone WHERE uuid = ?"));
    q.addBindValue(uuid);
    return (q.exec() || fail(q, error)) && TextRows::removeOwner(db, uuid, error);
}

bool removeMilestones(QSqlDatabase &db, const QString &commitmentUuid, Error *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "DELETE FROM text WHERE owner IN (SELECT uuid FROM milestone WHERE commitment_uuid = ?)"));
    q.addBindValue(commitmentUuid);
    if (!q.exec())
        return fail(q, error);
    q.prepare(QStringLiteral("DELETE FROM milestone WHERE commitment_uuid = ?"));
    q.addBindValue(commitmentUuid);
    return q.exec() || fail(q, error);
}

void bindCommitment(QSqlQuery &q, const Commitment &c)
{
    qsizetype i = 0;
    for (const QVariant &v :
         {QVariant(c.uuid), QVariant(c.areaUuid), QVariant(TextRows::sqlText(c.code)), QVariant(c.sortOrder),
          QVariant(TextRows::sqlText(c.leadAgency)), QVariant(toJson(c.coAgencies)),
          QVariant(TextRows::sqlText(c.start.toIso())), QVariant(TextRows::sqlText(c.end.toIso())),
          QVariant(TextRows::sqlText(FieldValues::get(c, Field::ValueClaims, 0).zh)),
          QVariant(toJson(c.policyTags)), QVariant(TextRows::sqlText(c.contactPhone)),
          QVariant(TextRows::sqlText(c.contactEmail)), QVariant(Statuses::code(c.status)),
          QVariant(TextRows::stamp(c.created)), QVariant(TextRows::stamp(c.modified))})
        q.bindValue(kCommitmentValues.at(i++), v);
}

bool upsertCommitmentRow(QSqlDatabase &db, const Commitment &c, Error *error)
{
    QSqlQuery q(db);
    // An upsert, not INSERT OR REPLACE: a replace deletes the row and would cascade.
    static const QString sql = [] {
        QStringList updates;
        for (const QString &column : kCommitmentColumns.split(QLatin1Char(','))) {
            const QString name = column.trimmed();
            if (name != QLatin1String("uuid") && name != QLatin1String("created"))
                updates.append(name + QStringLiteral(" = excluded.") + name);
        }
        return QStringLiteral("INSERT INTO commitment(%1) VALUES(%2) ON CONFLICT(uuid) DO UPDATE SET %3")
            .arg(kCommitmentColumns, kCommitmentValues.join(QStringLiteral(", ")),
                 updates.join(QStringLiteral(", ")));
    }();
    q.prepare(sql);
    bindCommitment(q, c);
    return q.exec() || fail(q, error);
}

// Appends each commitment's milestones, in order, to the commitment at index[uuid].
void loadMilestones(QSqlDatabase &db, const QHash<QString, qsizetype> &index, QList<Commitment> &out,
                    Error *error)
{
    RowReader rows(db, kMilestoneColumns, QStringLiteral("FROM milestone ORDER BY commitment_uuid, sort"),
                   kMilestoneNumbers);
    QString last;
    Commitment *owner = nullptr;
    // One commitment's milestones gather here, then move into a list of exactly their size:
    // appending to each commitment's own list reallocated it four times for ten milestones.
    QList<Milestone> gathered;
    const auto handOver = [&] {
        if (owner)
            owner->milestones = QList<Milestone>(std::make_move_iterator(gathered.begin()),
                                                 std::make_move_iterator(gathered.end()));
        gathered.clear(); // keeps its capacity
    };
    while (rows.next()) {
        const QString commitment = rows.text(1);
        if (commitment != last) { // rows come grouped by commitment: one lookup per commitment
            handOver();
            const auto it = index.constFind(commitment);
            owner = it == index.cend() ? nullptr : &out[*it];
            last = commitment;
        }
        if (owner)
            gathered.append(readMilestone(rows));
    }
    handOver();
    rows.succeeded(error);
}

// Where one owner's texts go: a commitment or one of its milestones.
struct TextOwner
{
    Commitment *commitment = nullptr;
    Milestone *milestone = nullptr;
};

void applyText(const TextOwner &owner, const QString &field, LocalizedText &text)
{
    if (owner.commitment) {
        Field f;
        if (Fields::fromCode(field, &f) && Fields::isText(f))
            owner.commitment->text(f) = std::move(text);
    } else if (owner.milestone) {
        Milestone &m = *owner.milestone;
        LocalizedText *target = field == kDescription    ? &m.description
                                : field == kOutput       ? &m.expectedOutput
                                : field == kStakeholders ? &m.stakeholders
                                : field == kNote         ? &m.progressNote
                                                         : nullptr;
        if (target)
            *target = std::move(text);
    }
}

// Every text of every commitment and milestone in one query, moved straight into place: no
// map of maps in between (it held ~50 KB of hash tables per commitment).
void loadTexts(QSqlDatabase &db, QList<Commitment> &out, Error *error)
{
    QHash<QString, TextOwner> owners;
    qsizetype milestones = 0;
    for (const Commitment &c : std::as_const(out))
        milestones += c.milestones.size();
    owners.reserve(out.size() + milestones);
    for (Commitment &c : out) {
        owners.insert(c.uuid, {&c, nullptr});
        for (Milestone &m : c.milestones)
            owners.insert(m.uuid, {nullptr, &m});
    }
    QString last;
    TextOwner owner;
    TextRows::loadEach(
        db,
        [&](const QString &uuid, const QString &field, LocalizedText &text) {
            if (uuid != last) { // an owner's rows are adjacent
                owner = owners.value(uuid);
                last = uuid;
            }
            applyText(owner, field, text);
        },
        error);
}

} // namespace

QList<Commitment> CommitmentRows::loadAll(QSqlDatabase &db, Error *error)
{
    QList<Commitment> out;
    QHash<QString, qsizetype> index;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM commitment")) && q.next()) {
        out.reserve(q.value(0).toLongLong());
        index.reserve(q.value(0).toLongLong());
    }
    q.finish();
    RowReader rows(db, kCommitmentColumns,
                   QStringLiteral("FROM commitment c ORDER BY"
                                  " (SELECT number FROM area a WHERE a.uuid = c.area_uuid), sort, code"),
                   kCommitmentNumbers);
    while (rows.next()) {
        out.append(readCommitment(rows));
        index.insert(out.constLast().uuid, out.size() - 1);
    }
    rows.succeeded(error);
    loadMilestones(db, index, out, error);
    loadTexts(db, out, error);
    return out;
}

std::optional<Commitment> CommitmentRows::load(QSqlDatabase &db, const QString &uuid, Error *error)
{
    std::optional<Commitment> c;
    {
        RowReader rows(db, kCommitmentColumns, QStringLiteral("FROM commitment WHERE uuid = ?"),
                       kCommitmentNumbers, {uuid});
        if (rows.next())
            c = readCommitment(rows);
        if (!rows.succeeded(error) || !c)
            return std::nullopt;
    }
    applyTexts(*c, TextRows::loadOwner(db, uuid, error));
    RowReader rows(db, kMilestoneColumns,
                   QStringLiteral("FROM milestone WHERE commitment_uuid = ? ORDER BY sort"),
                   kMilestoneNumbers, {uuid});
    while (rows.next())
        c->milestones.append(readMilestone(rows));
    rows.succeeded(error);
    for (Milestone &m : c->milestones)
        applyTexts(m, TextRows::loadOwner(db, m.uuid, error));
    return c;
}

bool CommitmentRows::write(QSqlDatabase &db, const Commitment &c, const Commitment *before, Error *error)
{
    // With the last saved state at hand only what changed is written: an edit in one
    // field costs a few rows, not the whole commitment.
    if (!upsertCommitmentRow(db, c, error))
        return false;
    if (!before && !removeMilestones(db, c.uuid, error))
        return false;
    for (Field f : Fields::textFields()) {
        if (before && before->text(f) == c.text(f))
            continue;
        if (!TextRows::write(db, c.uuid, Fields::code(f), c.text(f), error))
            return false;
    }
    QHash<QString, qsizetype> previous;
    if (before) {
        for (qsizetype i = 0; i < before->milestones.size(); ++i)
            previous.insert(before->milestones.at(i).uuid, i);
        QSet<QString> kept;
        for (const Milestone &m : c.milestones)
            kept.insert(m.uuid);
        for (const Milestone &m : before->milestones) {
            if (!kept.contains(m.uuid) && !removeMilestone(db, m.uuid, error))
                return false;
        }
    }
    for (qsizetype i = 0; i < c.milestones.size(); ++i) {
        const Milestone &m = c.milestones.at(i);
        const auto it = previous.constFind(m.uuid);
        const Milestone *was = it == previous.cend() ? nullptr : &before->milestones.at(*it);
        if (was && *it == i && *was == m)
            continue;
        if (!writeMilestone(db, c, int(i), m, was, error))
            return false;
    }
    return true;
}

bool CommitmentRows::remove(QSqlDatabase &db, const QString &uuid, Error *error)
{
    if (!removeMilestones(db, uuid, error) || !TextRows::removeOwner(db, uuid, error))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM commitment WHERE uuid = ?"));
    q.addBindValue(uuid);
    return q.exec() || fail(q, error);
}

// Statements prepared once for all the rows: preparing one per row was most of the time a
// thousand new commitments took to write.
bool CommitmentRows::insertNew(QSqlDatabase &db, const QList<Commitment> &commitments, Error *error)
{
    if (commitments.isEmpty())
        return true; // an edit's save: nothing to prepare
    QSqlQuery commitment(db), milestone(db), text(db);
    const QString comma = QStringLiteral(", ");
    if (!commitment.prepare(QStringLiteral("INSERT INTO commitment(%1) VALUES(%2)")
                                .arg(kCommitmentColumns, kCommitmentValues.join(comma))) ||
        !milestone.prepare(QStringLiteral("INSERT INTO milestone(%1) VALUES(%2)")
                               .arg(kMilestoneColumns, kMilestoneValues.join(comma))) ||
        !text.prepare(TextRows::upsertSql()))
        return fail(commitment.lastError().isValid() ? commitment : milestone, error);
    // The texts go in after the rows, in key order: inserted in the random order of their uuids
    // they split pages all over the table (more pages, more bytes to the WAL).
    struct PendingText
    {
        const QString *owner;
        const QString *field;
        const LocalizedText *text;
    };
    std::vector<PendingText> texts;
    texts.reserve(size_t(commitments.size()) * 40);
    QList<QString> codes;
    for (Field f : Fields::textFields())
        codes.append(Fields::code(f));
    const auto insertText = [&](const QString &owner, const QString &field, const LocalizedText &t) {
        if (!TextRows::isAbsent(t))
            texts.push_back({&owner, &field, &t});
        return true;
    };
    for (const Commitment &c : commitments) {
        bindCommitment(commitment, c);
        if (!commitment.exec())
            return fail(commitment, error);
        const QList<Field> fields = Fields::textFields();
        for (qsizetype i = 0; i < fields.size(); ++i)
            insertText(c.uuid, codes.at(i), c.text(fields.at(i)));
        for (qsizetype i = 0; i < c.milestones.size(); ++i) {
            const Milestone &m = c.milestones.at(i);
            bindMilestone(milestone, c, int(i), m);
            if (!milestone.exec() || !insertText(m.uuid, kDescription, m.description) ||
                !insertText(m.uuid, kOutput, m.expectedOutput) ||
                !insertText(m.uuid, kStakeholders, m.stakeholders) ||
                !insertText(m.uuid, kNote, m.progressNote))
                return milestone.lastError().isValid() ? fail(milestone, error) : false;
        }
    }
    std::sort(texts.begin(), texts.end(), [](const PendingText &a, const PendingText &b) {
        const int owner = QString::compare(*a.owner, *b.owner);
        return owner != 0 ? owner < 0 : *a.field < *b.field;
    });
    for (const PendingText &t : texts) {
        TextRows::bind(text, *t.owner, *t.field, *t.text);
        if (!text.exec())
            return fail(text, error);
    }
    return true;
}

} // namespace nap
