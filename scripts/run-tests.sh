#!/usr/bin/env bash
# Quick start 2: install what is missing, build, and run the whole test suite.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/setup.sh"
"$here/scripts/build.sh"
cd "$here/build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900 "$@"
# CI also runs the core suites under AddressSanitizer + UBSan (a separate build in ./build-asan).
if [ "${CI:-}" = "true" ]; then
  "$here/scripts/run-sanitizers.sh"
fi
# CI also packages ./build as a .deb and checks it: files, validators, programs, lintian.
if [ "${CI:-}" = "true" ]; then
  "$here/scripts/check-package.sh" --build "$here/build"
fi
