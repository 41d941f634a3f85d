#!/usr/bin/env bash
# Fuzzes with libFuzzer (clang), each target for SECONDS (default 120): workspace opening,
# checking and exporting (fuzz_workspace), and the hardened readers of agency workbooks
# (fuzz_package). Builds napcore and fuzz/ into ./build-fuzz, seeds each corpus and prints what
# was found. Not part of CI. Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-120}"
shift || true
if [ $# -gt 0 ]; then targets=("$@"); else targets=(fuzz_workspace fuzz_package); fi
build="$here/build-fuzz"
jobs="$(nproc 2>/dev/null || echo 2)"
"$here/scripts/setup.sh" # clang and its sanitizer runtimes

cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
  -DCMAKE_CXX_COMPILER=clang++ -DNAP_BUILD_FUZZ=ON -DNAP_SANITIZE=ON \
  -DNAP_BUILD_TESTS=OFF -DNAP_BUILD_BENCHMARKS=OFF >/dev/null
# napdesk-cli only writes the seeds; the GUI is configured but never built here.
cmake --build "$build" --parallel "$jobs" --target fuzz_workspace fuzz_package napdesk-cli

# Seeds: the sample plan, the first schema's file, and smaller-page copies of both, so that
# mutations land on SQLite's structure more often than on free page space.
seeds="$build/fuzz-seeds/fuzz_workspace"
artifacts="$build/fuzz-artifacts"
rm -rf "$build/fuzz-seeds"
mkdir -p "$seeds" "$artifacts"
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

# Seeds of fuzz_package: the sample exported as .xlsx and .ods, and the hostile packages the
# tests refuse, the hand-filled form fixtures; the first byte of each input picks the reader
# (0 .xlsx, 1 .ods, 2 .odt, 3 .docx).
pseeds="$build/fuzz-seeds/fuzz_package"
raw="$build/fuzz-seeds/raw"
mkdir -p "$pseeds" "$raw"
for format in xlsx ods odt; do
  # A seed writer only: libxlsxwriter's known leak (tests/sanitizer/lsan.supp) must not stop it.
  ASAN_OPTIONS=detect_leaks=0 "$build/app/napdesk-cli" export --workspace "$seeds/sample.napdesk" --format "$format" --lang both \
    --reason "fuzz seed" --out "$raw/sample.$format" >/dev/null
done
/usr/bin/python3 "$here/tests/data/import/make_hostile.py" "$raw"
cp "$here"/tests/data/forms/*.odt "$here"/tests/data/forms/*.docx "$raw/"
for f in "$raw"/*; do
  case "$f" in *.ods) prefix='\x01' ;; *.odt) prefix='\x02' ;; *.docx) prefix='\x03' ;; *) prefix='\x00' ;; esac
  { printf "$prefix"; cat "$f"; } >"$pseeds/$(basename "$f")"
done
rm -rf "$raw"

# Leaks count as findings, except the known one in libxlsxwriter (tests/sanitizer/lsan.supp).
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS="suppressions=$here/tests/sanitizer/lsan.supp:print_suppressions=0"
touch "$build/fuzz.stamp"
status=0
for target in "${targets[@]}"; do
  corpus="$build/fuzz-corpus/$target"
  mkdir -p "$corpus"
  set +e
  "$build/fuzz/$target" "$corpus" "$build/fuzz-seeds/$target" -max_total_time="$seconds" -timeout=30 \
    -rss_limit_mb=4096 -artifact_prefix="$artifacts/$target-" -print_final_stats=1 2>&1 |
    tee "$build/$target.log"
  code=${PIPESTATUS[0]}
  set -e
  [ "$code" -eq 0 ] || status=$code
  echo "$target: $(ls "$corpus" | wc -l) inputs in $corpus"
done
echo
found=$(find "$artifacts" -type f -newer "$build/fuzz.stamp")
if [ -n "$found" ]; then
  echo "Findings (reproduce with: $build/fuzz/<target> FILE):"
  echo "$found"
else
  echo "No crash, leak or timeout found."
fi
exit "$status"
