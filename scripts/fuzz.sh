#!/usr/bin/env bash
# Fuzzes workspace opening, checking and exporting with libFuzzer (clang) for SECONDS
# (default 120): builds napcore and fuzz/ into ./build-fuzz, seeds a corpus with small
# workspaces and prints what was found. Not part of CI. Usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-120}"
build="$here/build-fuzz"
jobs="$(nproc 2>/dev/null || echo 2)"
"$here/scripts/setup.sh" # clang and its sanitizer runtimes

cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
  -DCMAKE_CXX_COMPILER=clang++ -DNAP_BUILD_FUZZ=ON -DNAP_SANITIZE=ON \
  -DNAP_BUILD_TESTS=OFF -DNAP_BUILD_BENCHMARKS=OFF >/dev/null
# napdesk-cli only writes the seeds; the GUI is configured but never built here.
cmake --build "$build" --parallel "$jobs" --target fuzz_workspace napdesk-cli

# Seeds: the sample plan, the first schema's file, and smaller-page copies of both, so that
# mutations land on SQLite's structure more often than on free page space.
seeds="$build/fuzz-seeds"
corpus="$build/fuzz-corpus"
artifacts="$build/fuzz-artifacts"
rm -rf "$seeds"
mkdir -p "$seeds" "$corpus" "$artifacts"
"$build/app/napdesk-cli" sample --out "$seeds/sample.napdesk" >/dev/null
cp "$here/tests/data/workspace-v1.napdesk" "$seeds/v1.napdesk"
/usr/bin/python3 - "$seeds" <<'PY'
import os, shutil, sqlite3, sys
seeds = sys.argv[1]
def shrink(source, target, keep_one=False):
    shutil.copy(os.path.join(seeds, source), os.path.join(seeds, target))
    db = sqlite3.connect(os.path.join(seeds, target))
    db.execute("PRAGMA journal_mode=DELETE")
    if keep_one:  # one commitment with its milestones and texts
        first = db.execute("SELECT uuid FROM commitment ORDER BY sort LIMIT 1").fetchone()[0]
        db.execute("DELETE FROM milestone WHERE commitment_uuid <> ?", (first,))
        db.execute("DELETE FROM commitment WHERE uuid <> ?", (first,))
    db.commit()
    db.execute("PRAGMA page_size=512")
    db.execute("VACUUM")
    db.close()
shrink("sample.napdesk", "sample-small.napdesk")
shrink("sample.napdesk", "sample-one.napdesk", keep_one=True)
shrink("v1.napdesk", "v1-small.napdesk")
PY
rm -f "$seeds"/*-wal "$seeds"/*-shm "$seeds"/*.lock

# Leaks count as findings, except the known one in libxlsxwriter (tests/sanitizer/lsan.supp).
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS="suppressions=$here/tests/sanitizer/lsan.supp:print_suppressions=0"
touch "$build/fuzz.stamp"
set +e
"$build/fuzz/fuzz_workspace" "$corpus" "$seeds" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 \
  -artifact_prefix="$artifacts/" -print_final_stats=1 2>&1 | tee "$build/fuzz.log"
status=${PIPESTATUS[0]}
set -e
echo
echo "Corpus: $(ls "$corpus" | wc -l) inputs in $corpus"
found=$(find "$artifacts" -type f -newer "$build/fuzz.stamp")
if [ -n "$found" ]; then
  echo "Findings (reproduce with: $build/fuzz/fuzz_workspace FILE):"
  echo "$found"
else
  echo "No crash, leak or timeout found."
fi
exit "$status"
