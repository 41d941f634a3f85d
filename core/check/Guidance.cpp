#include "Guidance.h"

#include "GuidanceTexts.h"

#include <QList>

namespace nap {
namespace {

// The table as QStrings, converted once: findings quote labels and advice on every check.
struct CachedGuidance
{
    QString label[2];
    QString lookFor[2];
    QString strong[2];
    QString weak[2];
};

const CachedGuidance &cached(Field field)
{
    static const QList<CachedGuidance> table = [] {
        QList<CachedGuidance> out;
        for (Field f : Fields::all()) {
            const FieldGuidance &g = guidanceFor(f);
            CachedGuidance c;
            for (const Language l : {Language::Chinese, Language::English}) {
                const int i = l == Language::Chinese ? 0 : 1;
                c.label[i] = g.label.text(l);
                c.lookFor[i] = g.lookFor.text(l);
                c.strong[i] = g.strong.text(l);
                c.weak[i] = g.weak.text(l);
            }
            out.append(c);
        }
        return out;
    }();
    return table.at(static_cast<qsizetype>(field));
}

int slot(Language language)
{
    return language == Language::Chinese ? 0 : 1;
}

} // namespace

QString Guidance::fieldLabel(Field field, Language language)
{
    return cached(field).label[slot(language)];
}

QString Guidance::lookFor(Field field, Language language)
{
    return cached(field).lookFor[slot(language)];
}

QString Guidance::strongExample(Field field, Language language)
{
    return cached(field).strong[slot(language)];
}

QString Guidance::weakExample(Field field, Language language)
{
    return cached(field).weak[slot(language)];
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
