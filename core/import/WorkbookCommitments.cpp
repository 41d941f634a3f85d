#include "WorkbookCommitments.h"

#include "export/Exporter.h"
#include "text/Catalog.h"

#include <QRegularExpression>

namespace nap {

namespace {

// Schemas 2 and 3, sheet 承諾事項 columns L–AK, in this order.
constexpr Field kDescriptionFields[] = {
    Field::Brief,       Field::Problem,           Field::Causes,       Field::PriorEfforts,
    Field::Content,     Field::ExpectedResults,   Field::Contribution, Field::AdditionalInfo,
    Field::Budget,      Field::RelatedProgrammes, Field::Sdgs,         Field::ActorsGovernment,
    Field::ActorsCivil,
};

const QDate kSerialEpoch(1899, 12, 30); // xlsx day serials

WorkbookCell at(const QVector<WorkbookCell> &row, int column)
{
    return column < row.size() ? row.at(column) : WorkbookCell{};
}

QString text(const QVector<WorkbookCell> &row, int column)
{
    const WorkbookCell c = at(row, column);
    return c.kind == WorkbookCell::Kind::Number ? QString::number(c.number, 'g', 15) : c.text;
}

// Texts only: the workbook does not carry their edit and review times.
LocalizedText pair(const QVector<WorkbookCell> &row, int column)
{
    LocalizedText t;
    t.zh = text(row, column);
    t.en = text(row, column + 1);
    return t;
}

YearMonth month(const QVector<WorkbookCell> &row, int column)
{
    const WorkbookCell c = at(row, column);
    const QDate d = c.kind == WorkbookCell::Kind::Number ? kSerialEpoch.addDays(qint64(c.number)) : c.date;
    return d.isValid() && c.kind != WorkbookCell::Kind::Empty ? YearMonth(d.year(), d.month()) : YearMonth();
}

QDateTime dateTime(const QVector<WorkbookCell> &row, int column)
{
    const WorkbookCell c = at(row, column);
    if (c.kind == WorkbookCell::Kind::DateTime)
        return c.dateTime.toUTC();
    if (c.kind != WorkbookCell::Kind::Number)
        return {};
    const qint64 ms = qRound64(c.number * 86400000.0);
    return QDateTime(kSerialEpoch, QTime(0, 0), Qt::UTC).addMSecs(ms);
}

QString agency(const QString &name)
{
    return name.isEmpty() ? name : Catalog::agencies().codeFor(name);
}

} // namespace

bool WorkbookCommitments::read(const SheetGrid &grid, const QString &file, QList<Commitment> *out,
                               QHash<QString, int> *areaNumbers, Error *error)
{
    const QString version = grid.properties.value(QStringLiteral("nap_schema_version"));
    const int schema = version.toInt();
    if (schema < 2 || schema > Exporter::schemaVersion()) {
        *error = Error::about(
            file, schema > Exporter::schemaVersion() ? Error::NewerSchema : Error::UnsupportedFormat,
            QStringLiteral("nap_schema_version %1").arg(version));
        return false;
    }
    const auto commitments = grid.sheets.constFind(QStringLiteral("承諾事項"));
    const auto milestones = grid.sheets.constFind(QStringLiteral("里程碑"));
    if (commitments == grid.sheets.cend() || milestones == grid.sheets.cend()) {
        *error = Error::about(file, Error::UnsupportedFormat, QStringLiteral("承諾事項 / 里程碑"));
        return false;
    }
    QHash<QString, qsizetype> index;
    for (qsizetype r = 1; r < commitments->size(); ++r) { // row 1 is the header
        const QVector<WorkbookCell> &row = commitments->at(r);
        if (text(row, 0).isEmpty())
            continue;
        index.insert(text(row, 0), out->size());
        out->append(commitment(row, schema));
        if (at(row, 2).kind == WorkbookCell::Kind::Number)
            areaNumbers->insert(text(row, 0), int(at(row, 2).number));
    }
    for (qsizetype r = 1; r < milestones->size(); ++r) {
        const QVector<WorkbookCell> &row = milestones->at(r);
        const auto owner = index.constFind(text(row, 0));
        if (owner != index.cend())
            (*out)[*owner].milestones.append(milestone(row));
    }
    return true;
}

Commitment WorkbookCommitments::commitment(const QVector<WorkbookCell> &row, int schema)
{
    Commitment c;
    c.uuid = text(row, 0);
    c.code = text(row, 3);
    c.text(Field::Title) = pair(row, 4);
    c.leadAgency = agency(text(row, 6));
    // Compiled once: compiling it for each row was a twentieth of reading a workbook.
    static const QRegularExpression separators(QStringLiteral("、|; "));
    for (const QString &name : text(row, 7).split(separators, Qt::SkipEmptyParts))
        c.coAgencies.append(agency(name));
    c.start = month(row, 8);
    c.end = month(row, 9);
    c.status = Statuses::fromCode(text(row, 10));
    int column = 11;
    for (Field f : kDescriptionFields) {
        c.text(f) = pair(row, column);
        column += 2;
    }
    for (CoreValue v : CoreValues::all()) {
        c.setClaimed(v, text(row, column) == QLatin1String("yes"));
        c.text(Commitment::explanationField(v)) = pair(row, column + 1);
        column += 3;
    }
    c.policyTags = text(row, column++).split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.text(Field::ContactName) = pair(row, column);
    c.text(Field::ContactTitle) = pair(row, column + 2);
    c.contactPhone = text(row, column + 4);
    c.contactEmail = text(row, column + 5);
    c.text(Field::FormFiller) = pair(row, column + 6);
    c.modified = dateTime(row, column + 9);
    if (schema >= 3)
        c.text(Field::Relevance) = pair(row, column + 10);
    return c;
}

Milestone WorkbookCommitments::milestone(const QVector<WorkbookCell> &row)
{
    Milestone m;
    m.uuid = text(row, 2);
    m.description = pair(row, 4);
    m.expectedOutput = pair(row, 6);
    m.start = month(row, 8);
    m.end = month(row, 9);
    m.responsibleAgency = agency(text(row, 10));
    m.stakeholders = pair(row, 11);
    m.isNew = text(row, 13) != QLatin1String("ongoing");
    m.completion = Completions::fromCode(text(row, 14));
    m.progressNote = pair(row, 15);
    return m;
}

} // namespace nap
