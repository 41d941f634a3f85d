#pragma once

#include "LocalizedText.h"
#include "YearMonth.h"

#include <QString>

namespace nap {

// The action plan a workspace drafts.
struct Plan
{
    QString uuid;
    LocalizedText title;
    LocalizedText issuer; // issuing body printed on the cover
    YearMonth start;
    YearMonth end;

    friend bool operator==(const Plan &a, const Plan &b)
    {
        return a.uuid == b.uuid && a.title == b.title && a.issuer == b.issuer && a.start == b.start &&
               a.end == b.end;
    }
};

} // namespace nap
