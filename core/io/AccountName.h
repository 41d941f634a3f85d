#pragma once

#include <QString>

namespace nap {

// The operating-system account of the person at the keyboard, recorded beside decisions a
// reviewer may ask about (a checker rule switched off). The one place that knows where each
// system keeps it.
class AccountName
{
public:
    static QString current();
};

} // namespace nap
