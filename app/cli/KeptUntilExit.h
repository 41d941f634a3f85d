#pragma once

#include <type_traits>
#include <utility>
#include <vector>

namespace nap::cli {

// Keeps a value to the end of the process without ever destroying it. Once a command has
// written its output, freeing a loaded plan string by string only delays the exit (a tenth of
// `info` on a plan of 1,000 commitments); the process hands its memory back at once. The
// value stays reachable from a static, so leak checkers do not count it.
//
// Only the napdesk-cli program turns it on; commands run inside another program (the tests)
// free their data as usual.
inline bool g_keepUntilExit = false;

template <typename T> void keepUntilExit(T &&value)
{
    if (!g_keepUntilExit)
        return;
    static auto *kept = new std::vector<const void *>;
    kept->push_back(new std::decay_t<T>(std::forward<T>(value)));
}

} // namespace nap::cli
