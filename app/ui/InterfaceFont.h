#pragma once

#include <QString>

namespace nap::ui {

// The interface font for each language: Traditional Chinese glyph forms everywhere (content
// is Chinese either way), and for English a Latin face first, so punctuation such as curly
// quotes keeps its Latin width instead of the CJK face's full width. The family lists are the
// one place that knows which fonts Windows, macOS and Linux desktops ship.
class InterfaceFont
{
public:
    static void apply(const QString &language);
    // The first family of the list apply() would set for language (for tests).
    static QString preferredFamily(const QString &language);
    // Maps the NDC form's 標楷體 onto the Kai faces installed here, for previews.
    static void installKaiSubstitutions();
};

} // namespace nap::ui
