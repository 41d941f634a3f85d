#include "AccountName.h"

#include <QtGlobal>

namespace nap {

QString AccountName::current()
{
    // Windows sets USERNAME; Linux and macOS set USER (LOGNAME in some login shells).
    for (const char *name : {"USERNAME", "USER", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace nap
