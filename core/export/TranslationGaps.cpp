#include "TranslationGaps.h"

namespace nap {

TranslationGaps TranslationGaps::of(const QList<Commitment> &commitments)
{
    TranslationGaps gaps;
    const QList<Field> fields = Fields::textFields();
    for (const Commitment &c : commitments) {
        const int before = gaps.missing + gaps.stale;
        auto count = [&gaps](const LocalizedText &t) {
            if (!t.zh.trimmed().isEmpty() && t.en.trimmed().isEmpty())
                ++gaps.missing;
            else if (t.status() == LocalizedText::Status::Stale && t.outdatedLanguage() == Language::English)
                ++gaps.stale;
        };
        for (Field f : fields)
            count(c.text(f));
        for (const Milestone &m : c.milestones) {
            count(m.description);
            count(m.expectedOutput);
        }
        if (gaps.missing + gaps.stale > before)
            ++gaps.commitments;
    }
    return gaps;
}

} // namespace nap
