#pragma once

#include "model/LocalizedText.h"

#include <QString>

namespace nap {

// The printed labels of the NDC commitment form and the plan document, in the export's
// language (what NDC prints on its form) whatever language the app runs in: English source
// text, Chinese from the zh_TW catalogue (context nap::FormLabels).
class FormLabels
{
public:
    enum Label
    {
        FormTitle,
        CommitmentName,
        Agencies,
        Period,
        Description,
        Problem,
        Causes,
        PriorEfforts,
        Brief,
        Content,
        ExpectedResults,
        Contribution,
        Relevance,
        Transparency,
        Participation,
        Accountability,
        Inclusion,
        ValueClaimed,
        ValuesConcerned,
        OtherInfo,
        Budget,
        RelatedProgrammes,
        Sdgs,
        PolicyAreas,
        ActorsGovernment,
        ActorsCivil,
        Milestones,
        MilestoneName,
        ExpectedOutput,
        Start,
        End,
        ResponsibleAgency,
        FormFiller,
        Contact,
        ContactName,
        ContactTitle,
        Phone,
        Email,
        PlanPeriod,
        Issuer,
        ExportedOn,
        Area,
        NoMilestones,
        Draft,
        LabelCount
    };

    static QString text(Label label, Language language);
    // "一", "二", ... for area numbers in Chinese headings (1-99).
    static QString chineseNumeral(int number);
};

} // namespace nap
