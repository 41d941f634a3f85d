#include "ExportOptions.h"
#include "export/XlsxWriter.h"

#include "DisplayNames.h"
#include "export/ExportText.h"
#include "export/WorkbookModel.h"
#include "text/XmlText.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace nap::ui {
namespace {

// Text in the export's language, falling back to the other one: file names follow the
// document, not the interface.
QString pick(const LocalizedText &text, bool chinese)
{
    const QString first = (chinese ? text.zh : text.en).trimmed();
    return first.isEmpty() ? (chinese ? text.en : text.zh).trimmed() : first;
}

QString languageTag(ExportRequest::Mode mode)
{
    switch (mode) {
    case ExportRequest::Mode::Chinese:
        return QStringLiteral("zh");
    case ExportRequest::Mode::English:
        return QStringLiteral("en");
    case ExportRequest::Mode::Bilingual:
        return QStringLiteral("zh-en");
    }
    return {};
}

// File names are in the export's language, whatever the interface language.
QString word(bool chinese, const char *source)
{
    return ExportText::word(chinese ? Language::Chinese : Language::English, source);
}

QString kindWord(ExportRequest::Format format, bool chinese, qsizetype count)
{
    switch (format) {
    case ExportRequest::Format::OdtForm:
    case ExportRequest::Format::PdfForm:
        return count == 1 ? word(chinese, QT_TRANSLATE_NOOP("nap::ExportText", "form"))
                          : word(chinese, QT_TRANSLATE_NOOP("nap::ExportText", "forms"));
    case ExportRequest::Format::OdtPlan:
    case ExportRequest::Format::PdfPlan:
        return {}; // the plan title says it
    case ExportRequest::Format::Xlsx:
    case ExportRequest::Format::Ods:
        return word(chinese, QT_TRANSLATE_NOOP("nap::ExportText", "workbook"));
    }
    return {};
}

QString planTitle(const Plan &plan, bool chinese)
{
    const QString title = pick(plan.title, chinese);
    if (!title.isEmpty())
        return title;
    return word(chinese, QT_TRANSLATE_NOOP("nap::ExportText", "National Action Plan"));
}

} // namespace

bool ExportOptions::formatAllowed(ExportRequest::Format format, Scope scope)
{
    return !ExportRequest::coversWholePlan(format) || scope == Scope::Plan;
}

QList<ExportRequest::Format> ExportOptions::effectiveFormats() const
{
    QList<ExportRequest::Format> out;
    for (ExportRequest::Format f : ExportRequest::allFormats()) {
        if (formats.contains(f) && formatAllowed(f, scope))
            out.append(f);
    }
    return out;
}

QList<Commitment> ExportOptions::selected(const QList<Commitment> &all) const
{
    if (scope == Scope::Plan)
        return all;
    const QSet<QString> wanted(commitmentUuids.cbegin(), commitmentUuids.cend());
    QList<Commitment> out;
    for (const Commitment &c : all) {
        if (wanted.contains(c.uuid))
            out.append(c);
    }
    return out;
}

QList<ExportRequest> ExportOptions::requests(const Plan &plan, const QList<Commitment> &all) const
{
    QList<ExportRequest> out;
    const QList<Commitment> chosen = selected(all);
    QStringList uuids;
    if (scope != Scope::Plan) {
        if (chosen.isEmpty())
            return out;
        for (const Commitment &c : chosen)
            uuids.append(c.uuid);
    }
    for (ExportRequest::Format format : effectiveFormats()) {
        ExportRequest r;
        r.format = format;
        r.mode = mode;
        r.calendar = calendar;
        r.commitmentUuids = uuids;
        r.exportingAgency = exportingAgency;
        r.targetPath = QDir(folder).absoluteFilePath(fileName(format, plan, all));
        out.append(r);
    }
    return out;
}

QString ExportOptions::fileName(ExportRequest::Format format, const Plan &plan,
                                const QList<Commitment> &all) const
{
    const bool chinese = mode != ExportRequest::Mode::English;
    const bool wholePlan = ExportRequest::coversWholePlan(format);
    const QList<Commitment> chosen = wholePlan ? all : selected(all);
    QString subject;
    if (scope != Scope::Plan && !wholePlan && chosen.size() == 1) {
        const Commitment &c = chosen.constFirst();
        subject = (c.code + QLatin1Char(' ') + pick(c.text(Field::Title), chinese)).trimmed();
    } else if (scope == Scope::Selection && !wholePlan) {
        subject = planTitle(plan, chinese) + QLatin1Char(' ') +
                  word(chinese, QT_TRANSLATE_NOOP("nap::ExportText", "%1 commitments")).arg(chosen.size());
    } else {
        subject = planTitle(plan, chinese);
    }
    QStringList parts{safeFileName(subject, 60)};
    const QString kind = kindWord(format, chinese, chosen.size());
    if (!kind.isEmpty())
        parts.append(kind);
    parts.append(languageTag(mode));
    parts.append((date.isValid() ? date : QDate::currentDate()).toString(QStringLiteral("yyyyMMdd")));
    return parts.join(QLatin1Char('_')) + ExportRequest::suffix(format);
}

QString ExportOptions::safeFileName(const QString &text, int maxLength)
{
    static const QString forbidden = QStringLiteral("<>:\"/\\|?*");
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(ch);
            out.append(text.at(++i));
        } else if (ch.isSurrogate()) {
            continue; // a lone half of a pair cannot be encoded in a file name
        } else if (ch.unicode() < 0x20 || ch.unicode() == 0x7f || ch.isSpace()) {
            out.append(QLatin1Char(' '));
        } else {
            out.append(forbidden.contains(ch) ? QLatin1Char('-') : ch);
        }
    }
    out = out.simplified();
    if (out.size() > maxLength) {
        out.truncate(maxLength);
        if (!out.isEmpty() && out.back().isHighSurrogate())
            out.chop(1);
    }
    // Hidden on Unix when leading, dropped by Windows when trailing.
    while (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char(' ')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('.')) || out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

QString ExportOptions::problem(const QList<Commitment> &all) const
{
    const ExportOptions &o = *this;
    const QList<ExportRequest::Format> formats = o.effectiveFormats();
    if (formats.isEmpty()) {
        return o.formats.contains(ExportRequest::Format::OdtPlan) ||
                       o.formats.contains(ExportRequest::Format::PdfPlan)
                   ? tr("The plan document always covers the whole plan: choose “Whole plan”.")
                   : tr("Choose at least one format.");
    }
    const QList<Commitment> covered = o.selected(all);
    if (o.scope == ExportOptions::Scope::Current && covered.isEmpty())
        return tr("No commitment is open in the editor.");
    if (o.scope == ExportOptions::Scope::Selection && covered.isEmpty())
        return tr("Tick at least one commitment.");
    if (covered.isEmpty() && formats.contains(ExportRequest::Format::OdtForm))
        return tr("The plan has no commitments for the forms yet.");
    if (o.folder.isEmpty())
        return tr("Choose a folder for the files.");
    const QFileInfo folder(o.folder);
    if (!folder.exists())
        return tr("The folder does not exist.");
    if (!folder.isDir())
        return tr("This is a file, not a folder.");
    if (formats.contains(ExportRequest::Format::Xlsx))
        return tooLongForExcel(covered);
    return {};
}

QString ExportOptions::tooLongForExcel(const QList<Commitment> &covered)
{
    // Excel refuses longer cells; say so before the export rather than fail half-way.
    const auto tooLong = [](const Commitment &c, const QString &name, const LocalizedText &t) {
        for (const QString &text : {t.zh, t.en}) {
            const qsizetype length = XlsxWriter::cellLength(text); // as the writer counts
            if (length > Workbook::kMaxCellText) {
                return tr("%1 “%2”: %3 characters; an Excel cell holds at most %4. Shorten it, or "
                          "export the OpenDocument workbook (.ods), which has no such limit.")
                    .arg(c.code, name)
                    .arg(length)
                    .arg(Workbook::kMaxCellText);
            }
        }
        return QString();
    };
    for (const Commitment &c : covered) {
        for (Field f : Fields::textFields()) {
            const QString problem = tooLong(c, DisplayNames::field(f), c.text(f));
            if (!problem.isEmpty())
                return problem;
        }
        for (qsizetype i = 0; i < c.milestones.size(); ++i) {
            const Milestone &m = c.milestones.at(i);
            const QString name = tr("milestone %1").arg(i + 1);
            for (const LocalizedText *t :
                 {&m.description, &m.expectedOutput, &m.stakeholders, &m.progressNote}) {
                const QString problem = tooLong(c, name, *t);
                if (!problem.isEmpty())
                    return problem;
            }
        }
    }
    return {};
}

} // namespace nap::ui
