#include "DisplayNames.h"

#include "LanguageManager.h"
#include "text/Catalog.h"

#include <QCoreApplication>

namespace nap::ui {
QString DisplayNames::field(Field field)
{
    switch (field) {
    case Field::Title:
        return tr("Commitment name");
    case Field::Brief:
        return tr("Brief description");
    case Field::Problem:
        return tr("Public problem");
    case Field::Causes:
        return tr("Causes of the problem");
    case Field::PriorEfforts:
        return tr("What has been done so far");
    case Field::Content:
        return tr("Commitment content");
    case Field::ExpectedResults:
        return tr("Expected results");
    case Field::Contribution:
        return tr("Contribution to solving the problem");
    case Field::Relevance:
        return tr("Relevance to the core values");
    case Field::ValueTransparency:
        return tr("Relevance to transparency");
    case Field::ValueParticipation:
        return tr("Relevance to public participation");
    case Field::ValueAccountability:
        return tr("Relevance to accountability");
    case Field::ValueInclusion:
        return tr("Relevance to inclusion");
    case Field::AdditionalInfo:
        return tr("Additional information");
    case Field::Budget:
        return tr("Budget");
    case Field::RelatedProgrammes:
        return tr("Related government programmes");
    case Field::Sdgs:
        return tr("Sustainable Development Goals");
    case Field::ActorsGovernment:
        return tr("Other government actors");
    case Field::ActorsCivil:
        return tr("Civil society, private sector and multilateral actors");
    case Field::ContactName:
        return tr("Contact name");
    case Field::ContactTitle:
        return tr("Contact title and department");
    case Field::FormFiller:
        return tr("Form filled in by");
    case Field::Code:
        return tr("Number");
    case Field::Area:
        return tr("Area");
    case Field::LeadAgency:
        return tr("Lead agency");
    case Field::CoAgencies:
        return tr("Co-implementing agencies");
    case Field::Period:
        return tr("Period");
    case Field::ValueClaims:
        return tr("Core values");
    case Field::PolicyTags:
        return tr("Policy areas");
    case Field::ContactPhone:
        return tr("Contact phone");
    case Field::ContactEmail:
        return tr("Contact e-mail");
    case Field::Status:
        return tr("Status");
    case Field::Milestones:
        return tr("Milestones");
    }
    return {};
}

QString DisplayNames::value(CoreValue value)
{
    switch (value) {
    case CoreValue::Transparency:
        return tr("Transparency");
    case CoreValue::Participation:
        return tr("Public participation");
    case CoreValue::Accountability:
        return tr("Accountability");
    case CoreValue::Inclusion:
        return tr("Inclusion");
    }
    return {};
}

QString DisplayNames::completion(Completion completion)
{
    switch (completion) {
    case Completion::NoEvidence:
        return tr("No evidence available");
    case Completion::NotStarted:
        return tr("Not started");
    case Completion::Limited:
        return tr("Limited");
    case Completion::Substantial:
        return tr("Substantial");
    case Completion::Complete:
        return tr("Complete");
    }
    return {};
}

QString DisplayNames::status(CommitmentStatus status)
{
    switch (status) {
    case CommitmentStatus::Draft:
        return tr("Draft");
    case CommitmentStatus::Ready:
        return tr("Ready");
    case CommitmentStatus::Submitted:
        return tr("Submitted");
    }
    return {};
}

QString DisplayNames::moment(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString DisplayNames::agency(const QString &codeOrName)
{
    return Agency(codeOrName).name(LanguageManager::displayLanguage());
}

QString DisplayNames::policyArea(const QString &code)
{
    return Catalog::policyAreas().displayName(code, LanguageManager::displayLanguage());
}

QString DisplayNames::text(const LocalizedText &text)
{
    const Language language = LanguageManager::displayLanguage();
    const QString &preferred = text.text(language);
    if (!preferred.trimmed().isEmpty())
        return preferred;
    return text.text(language == Language::Chinese ? Language::English : Language::Chinese);
}

QString DisplayNames::month(const YearMonth &month)
{
    if (!month.isValid())
        return tr("not set");
    const QString gregorian =
        QStringLiteral("%1/%2").arg(month.year()).arg(month.month(), 2, 10, QLatin1Char('0'));
    if (LanguageManager::displayLanguage() == Language::Chinese && month.year() > 1911)
        return tr("%1 (ROC %2)").arg(gregorian).arg(month.year() - 1911);
    return gregorian;
}

QString DisplayNames::shortMonth(const YearMonth &month)
{
    if (LanguageManager::displayLanguage() != Language::Chinese || !month.isValid() || month.year() <= 1911)
        return DisplayNames::month(month);
    //: A month in a narrow table cell, ROC year first (114年3月); shown in Chinese only.
    return tr("ROC %1/%2").arg(month.year() - 1911).arg(month.month());
}

QString DisplayNames::period(const YearMonth &start, const YearMonth &end)
{
    return tr("%1 to %2").arg(month(start), month(end));
}

} // namespace nap::ui
