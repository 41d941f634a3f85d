#include "Guidance.h"
#include "text/BilingualText.h"

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
    const auto text = [language](const char *source) {
        return BilingualText::of(language, "nap::check", source);
    };
    const QString lookForHeading = text(QT_TRANSLATE_NOOP("nap::check", "What reviewers look for"));
    const QString strongHeading = text(QT_TRANSLATE_NOOP("nap::check", "Strong example"));
    const QString weakHeading = text(QT_TRANSLATE_NOOP("nap::check", "Weak example"));
    //: The colon after a heading; full-width in Chinese.
    const QString colon = text(QT_TRANSLATE_NOOP("nap::check", ": "));
    return fieldLabel(field, language) + QStringLiteral("\n\n") + lookForHeading + colon +
           lookFor(field, language) + QStringLiteral("\n\n") + strongHeading + colon +
           strongExample(field, language) + QStringLiteral("\n\n") + weakHeading + colon +
           weakExample(field, language);
}

} // namespace nap
