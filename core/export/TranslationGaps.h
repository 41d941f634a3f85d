#pragma once

#include "model/Commitment.h"

#include <QList>

namespace nap {

// How far the English text lags behind the Chinese in the commitments an English or
// bilingual export covers, counted per text field.
struct TranslationGaps
{
    int missing = 0;     // one language present, the other empty
    int stale = 0;       // the Chinese changed after the English was last edited or reviewed
    int commitments = 0; // commitments with at least one such field

    bool isEmpty() const { return missing == 0 && stale == 0; }
    static TranslationGaps of(const QList<Commitment> &commitments);
};

} // namespace nap
