#pragma once

#include "model/LocalizedText.h"

#include <QString>

namespace nap {

// Text needed in a chosen language whatever the interface language: every checker finding,
// rule name and field guidance is kept in both languages (the findings panel, the CLI's
// --lang and the bilingual help show either). The English is the source text; the Chinese
// comes from the embedded zh_TW catalogue like every other translation, so translators find
// it in translations/napdesk_zh_TW.ts. Mark the source with QT_TRANSLATE_NOOP(3).
class BilingualText
{
public:
    static QString of(Language language, const char *context, const char *source,
                      const char *disambiguation = nullptr);
};

} // namespace nap
