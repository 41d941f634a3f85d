#include "ImportReport.h"

#include "check/Guidance.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace nap::cli {
namespace {

Language interfaceLanguage()
{
    return QLocale().language() == QLocale::Chinese ? Language::Chinese : Language::English;
}

QString titleOf(const Commitment &c)
{
    const LocalizedText &t = c.text(Field::Title);
    const QString preferred = t.text(interfaceLanguage());
    return preferred.isEmpty() ? (t.zh.isEmpty() ? t.en : t.zh) : preferred;
}

QJsonObject valueJson(const FieldValues::Value &v)
{
    return {{QStringLiteral("zh"), v.zh}, {QStringLiteral("en"), v.en}};
}

// How a hand-filled form found its commitment, for people.
QString matchText(FormMatcher::How how)
{
    switch (how) {
    case FormMatcher::How::None:
        return QCoreApplication::translate("nap::cli", "new: no commitment of the workspace matches");
    case FormMatcher::How::EarlierImport:
        return QCoreApplication::translate("nap::cli", "matched as at the last import of this file");
    case FormMatcher::How::Code:
        return QCoreApplication::translate("nap::cli", "matched by lead agency and code");
    case FormMatcher::How::Title:
        return QCoreApplication::translate("nap::cli", "matched by lead agency and title");
    case FormMatcher::How::Officer:
        return QCoreApplication::translate("nap::cli", "matched as given by --match");
    }
    return {};
}

QString takeCode(ImportChoices::Take take)
{
    return take == ImportChoices::Take::Theirs ? QStringLiteral("theirs") : QStringLiteral("mine");
}

} // namespace

void ImportReport::printText(QTextStream &out) const
{
    for (const ImportPlan::FilePlan &file : m_plan.files) {
        out << QCoreApplication::translate("nap::cli", "%1: %2 new, %3 unchanged, %4 changed, %5 in conflict")
                   .arg(file.source.fileName)
                   .arg(file.count(ImportPlan::Kind::New))
                   .arg(file.count(ImportPlan::Kind::Unchanged))
                   .arg(file.count(ImportPlan::Kind::Changed))
                   .arg(file.count(ImportPlan::Kind::Conflict))
            << "\n";
        if (file.source.handFilled)
            printForm(file, out);
        for (const ImportPlan::Item &item : file.items) {
            if (item.changes.isEmpty())
                continue;
            QStringList fields;
            for (const ImportPlan::FieldChange &change : item.changes) {
                const QString label = Guidance::fieldLabel(change.field, interfaceLanguage());
                fields.append(change.conflict
                                  ? QCoreApplication::translate("nap::cli", "%1 (conflict)").arg(label)
                                  : label);
            }
            out << "  " << item.theirs.code << " " << titleOf(item.theirs) << ": "
                << fields.join(QCoreApplication::translate("nap::cli", ", ")) << "\n";
        }
    }
    for (int number : m_plan.newAreas)
        out << QCoreApplication::translate("nap::cli",
                                           "Area %1 is not in the workspace: the import creates it.")
                   .arg(number)
            << "\n";
}

// A hand-filled form: what each form was matched to, and what the reader could not place.
void ImportReport::printForm(const ImportPlan::FilePlan &file, QTextStream &out) const
{
    for (const ImportPlan::Item &item : file.items)
        out << "  " << (item.theirs.code.isEmpty() ? QString() : item.theirs.code + QLatin1Char(' '))
            << titleOf(item.theirs) << ": " << matchText(item.match) << "\n";
    for (const QString &line : file.source.unplaced)
        out << "  " << QCoreApplication::translate("nap::cli", "Not placed in any field: %1").arg(line)
            << "\n";
}

void ImportReport::printResult(const ImportApply::Result &result, QTextStream &out) const
{
    if (!result.written) {
        out << QCoreApplication::translate("nap::cli", "Nothing to import: the workspace was left as it was.")
            << "\n";
        return;
    }
    out << QCoreApplication::translate(
               "nap::cli", "Imported: %1 new commitment(s), %2 updated (%3 field(s) taken from the "
                           "files); provenance recorded.")
               .arg(result.inserted)
               .arg(result.updated)
               .arg(result.fieldsTaken)
        << "\n";
}

QJsonObject ImportReport::itemJson(const ImportPlan::FilePlan &file, const ImportPlan::Item &item) const
{
    QJsonArray fields;
    for (const ImportPlan::FieldChange &change : item.changes) {
        const ImportChoices::Take take =
            m_choices.take(file.source.path, item.theirs.uuid, change.field, change.conflict);
        fields.append(
            QJsonObject{{QStringLiteral("field"), Fields::code(change.field)},
                        {QStringLiteral("label"), Guidance::fieldLabel(change.field, interfaceLanguage())},
                        {QStringLiteral("conflict"), change.conflict},
                        {QStringLiteral("take"), takeCode(take)},
                        {QStringLiteral("mine"), valueJson(change.mine)},
                        {QStringLiteral("theirs"), valueJson(change.theirs)}});
    }
    const LocalizedText &title = item.theirs.text(Field::Title);
    return {{QStringLiteral("uuid"), item.theirs.uuid},
            {QStringLiteral("code"), item.theirs.code},
            {QStringLiteral("title"),
             QJsonObject{{QStringLiteral("zh"), title.zh}, {QStringLiteral("en"), title.en}}},
            {QStringLiteral("area"), item.areaNumber},
            {QStringLiteral("kind"), ImportPlan::kindCode(item.kind)},
            {QStringLiteral("match"),
             file.source.handFilled ? FormMatcher::howCode(item.match) : QStringLiteral("uuid")},
            {QStringLiteral("fields"), fields}};
}

QJsonObject ImportReport::fileJson(const ImportPlan::FilePlan &file) const
{
    QJsonArray items;
    QJsonObject counts;
    for (ImportPlan::Kind kind : {ImportPlan::Kind::New, ImportPlan::Kind::Unchanged,
                                  ImportPlan::Kind::Changed, ImportPlan::Kind::Conflict})
        counts.insert(ImportPlan::kindCode(kind), file.count(kind));
    for (const ImportPlan::Item &item : file.items) {
        // The counts say how many; the list says what moves (and what a hand-filled form matched).
        if (item.kind != ImportPlan::Kind::Unchanged || file.source.handFilled)
            items.append(itemJson(file, item));
    }
    return {{QStringLiteral("file"), file.source.path},
            {QStringLiteral("name"), file.source.fileName},
            {QStringLiteral("sha256"), file.source.sha256},
            {QStringLiteral("agency"), file.source.agency},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("handFilled"), file.source.handFilled},
            {QStringLiteral("unplaced"), QJsonArray::fromStringList(file.source.unplaced)},
            {QStringLiteral("commitments"), items}};
}

QJsonObject ImportReport::json(const ImportApply::Result *result) const
{
    QJsonArray files;
    for (const ImportPlan::FilePlan &file : m_plan.files)
        files.append(fileJson(file));
    QJsonArray areas;
    for (int number : m_plan.newAreas)
        areas.append(number);
    QJsonObject o{{QStringLiteral("dryRun"), result == nullptr},
                  {QStringLiteral("files"), files},
                  {QStringLiteral("newAreas"), areas}};
    if (result) {
        o.insert(QStringLiteral("written"), result->written);
        o.insert(QStringLiteral("inserted"), result->inserted);
        o.insert(QStringLiteral("updated"), result->updated);
        o.insert(QStringLiteral("fieldsTaken"), result->fieldsTaken);
    }
    return o;
}

} // namespace nap::cli
