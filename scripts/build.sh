#!/usr/bin/env bash
# Configures and builds NAP Desk into ./build (warnings are errors on CI).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
cmake -S "$here" -B "$here/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNAP_WARNINGS_AS_ERRORS=$werror >/dev/null
cmake --build "$here/build" --parallel "$(nproc 2>/dev/null || echo 2)"
