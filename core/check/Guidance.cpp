#include "Guidance.h"

#include "GuidanceTexts.h"

namespace nap {

QString Guidance::fieldLabel(Field field, Language language)
{
    return guidanceFor(field).label.text(language);
}

QString Guidance::lookFor(Field field, Language language)
{
    return guidanceFor(field).lookFor.text(language);
}

QString Guidance::strongExample(Field field, Language language)
{
    return guidanceFor(field).strong.text(language);
}

QString Guidance::weakExample(Field field, Language language)
{
    return guidanceFor(field).weak.text(language);
}

QString Guidance::helpText(Field field, Language language)
{
    const bool zh = language == Language::Chinese;
    const QString lookForHeading =
        zh ? QStringLiteral("審查者看什麼") : QStringLiteral("What reviewers look for");
    const QString strongHeading = zh ? QStringLiteral("好的寫法") : QStringLiteral("Strong example");
    const QString weakHeading = zh ? QStringLiteral("常見的弱寫法") : QStringLiteral("Weak example");
    const QString colon = zh ? QStringLiteral("：") : QStringLiteral(": ");
    return fieldLabel(field, language) + QStringLiteral("\n\n") + lookForHeading + colon +
           lookFor(field, language) + QStringLiteral("\n\n") + strongHeading + colon +
           strongExample(field, language) + QStringLiteral("\n\n") + weakHeading + colon +
           weakExample(field, language);
}

} // namespace nap
