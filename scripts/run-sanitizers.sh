#!/usr/bin/env bash
# Builds NAP Desk with AddressSanitizer + UndefinedBehaviorSanitizer into ./build-asan and runs
# the core suites there: a memory error, undefined behaviour or leak fails the run.
# Arguments go to ctest (e.g. -R '^core/tst_check$').
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="$here/build-asan"
jobs="$(nproc 2>/dev/null || echo 2)"
"$here/scripts/setup.sh"

# -O1: quick to build, still readable stacks; assertions stay on. Ninja builds all the suites
# below in one parallel run (make would take the targets one after another).
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
  -DNAP_SANITIZE=ON -DNAP_BUILD_BENCHMARKS=OFF >/dev/null
# Only the core suites (each one pulls in napdesk-cli and napdesk, which they run).
targets=()
for src in "$here"/tests/core/tst_*.cpp; do
  targets+=(--target "$(basename "$src" .cpp)")
done
cmake --build "$build" --parallel "$jobs" "${targets[@]}"

# Set here, not globally: the instrumented tests and the napdesk-cli they start read them;
# python3 and LibreOffice, which the tests also start, are not instrumented and ignore them.
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS="suppressions=$here/tests/sanitizer/lsan.supp:print_suppressions=0"
cd "$build"
QT_QPA_PLATFORM=offscreen ctest -R '^core/' --output-on-failure --timeout 900 "$@"
