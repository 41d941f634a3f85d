#pragma once

#include <QString>

namespace nap {

// The vocabulary of legal change (C3 and the estimate), as pattern sources for TextAnalysis.
class LegalWords
{
public:
    // An action on a named legal instrument, in either order ("amend the ○○ Act", "the bill
    // will be presented", 修正○○法, ○○條例草案函報); the instrument named, not "legal" or
    // "legislative" alone. A draft sent to the legislature counts however it is named.
    static QString actionZh();
    static QString actionEn();
    // A legal output anywhere: an amendment, a regulation, 條例, 辦法, 法制化; existing rules
    // ("依現行法規", "under existing rules") are none.
    static QString outputZh();
    static QString outputEn();
};

} // namespace nap
