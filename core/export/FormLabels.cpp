#include "FormLabels.h"

#include "text/BilingualText.h"

#include <array>

namespace nap {
namespace {

constexpr std::array<const char *, FormLabels::LabelCount> kLabels{{
    QT_TRANSLATE_NOOP("nap::FormLabels", "Open Government National Action Plan: Commitment Form"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Commitment name"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Lead (and co-implementing) agencies"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Start and end of the commitment"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Description of the commitment"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Public problem the commitment addresses"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Causes of the problem"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "What has been done so far"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Brief description"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "What is the commitment"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Expected results"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "How will the commitment contribute to solve the public problem"),
    QT_TRANSLATE_NOOP(
        "nap::FormLabels",
        "Why is this commitment relevant to OGP values (transparency, participation, accountability)"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Transparency"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Participation"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Accountability"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Inclusion"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Relevant"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Core values concerned: %1"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Additional information"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Budget"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Related government programmes"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Sustainable Development Goals"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Policy areas"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Other actors (government)"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Other actors (civil society, private sector, multilaterals)"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Measures / key milestones"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Milestone"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Expected output"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Start"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "End"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Responsible agency"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Form filler, agency or organisation"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Contact information"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Name"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Title and department"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Phone"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "E-mail"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Plan period"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Issued by"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Exported on"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "Area"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "(no milestones yet)"),
    QT_TRANSLATE_NOOP("nap::FormLabels", "DRAFT: the checker still finds errors in this commitment"),
}};

} // namespace

QString FormLabels::text(Label label, Language language)
{
    // Printed in the export's language, whatever the interface language.
    return BilingualText::of(language, "nap::FormLabels", kLabels.at(static_cast<size_t>(label)));
}

QString FormLabels::chineseNumeral(int number)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (number <= 0 || number >= 100)
        return QString::number(number);
    if (number < 10)
        return digits.at(number);
    const int tens = number / 10;
    const int ones = number % 10;
    QString out = tens == 1 ? QString() : QString(digits.at(tens));
    out += QStringLiteral("十");
    if (ones)
        out += digits.at(ones);
    return out;
}

} // namespace nap
