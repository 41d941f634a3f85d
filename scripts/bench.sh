#!/usr/bin/env bash
# Speed and memory of napdesk-cli on realistic plans, beside the Python peer, in one run.
#
#   scripts/bench.sh [--build DIR] [--runs N] [--sizes "1000 5000"] [--milestones M] [--keep DIR]
#
# For each size it writes an N × M workspace with `napdesk-cli sample --commitments N
# --milestones M` (full-length bilingual commitments), then times each step as a whole
# process with /usr/bin/time (CPU = user + system, peak RSS): info (load only), check, and
# export .odt (forms), .xlsx and .ods in Chinese, and the Python peer
# (../shared/bench/ref_export.py: odfpy for .odt, openpyxl for .xlsx, Chinese only) on a
# plan of the same size. Every step runs N times (default 3); the table shows the minimum and
# the median, and the peer's time over NAP Desk's.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="$here/build"
runs=3
sizes="1000 5000"
milestones=10
keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --sizes) sizes="$2"; shift 2 ;;
    --milestones) milestones="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
cli="$build/app/napdesk-cli"
[ -x "$cli" ] || cli="$(find "$build" -name napdesk-cli -type f -perm -u+x | head -1)"
[ -x "$cli" ] || { echo "napdesk-cli not found under $build" >&2; exit 2; }
peer="$here/../shared/bench/ref_export.py"
py=/usr/bin/python3
work="${keep:-$(mktemp -d)}"
mkdir -p "$work"
[ -n "$keep" ] || trap 'rm -rf "$work"' EXIT
results="$work/results.tsv"
: > "$results"

# measure LABEL SIZE CMD...: runs CMD $runs times, one line "label size cpu_s rss_kb" each.
measure() {
  local label="$1" size="$2"; shift 2
  local i
  for ((i = 0; i < runs; i++)); do
    rm -f "$work"/out.*
    if ! /usr/bin/time -f '%U %S %M' -o "$work/time" "$@" > "$work/log" 2>&1; then
      echo "failed: $label ($size):" >&2; cat "$work/log" >&2; exit 1
    fi
    read -r user sys rss < <(tail -1 "$work/time")
    printf '%s\t%s\t%s\t%s\n' "$label" "$size" "$(echo "$user + $sys" | bc)" "$rss" >> "$results"
  done
}

export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
for n in $sizes; do
  ws="$work/plan-$n.napdesk"
  rm -f "$ws"
  /usr/bin/time -f '%e' -o "$work/time" "$cli" sample --out "$ws" --commitments "$n" --milestones "$milestones" > /dev/null
  echo "generated $n × $milestones in $(cat "$work/time") s: $(du -h "$ws" | cut -f1)" >&2
  measure info "$n" "$cli" info --workspace "$ws"
  measure check "$n" "$cli" check --workspace "$ws"
  for f in odt xlsx ods; do
    measure "export .$f" "$n" "$cli" export --workspace "$ws" --format "$f" --lang zh --out "$work/out.$f"
    cp "$work/out.$f" "$work/plan-$n.$f"
  done
  if [ -f "$peer" ] && "$py" -c 'import odf, openpyxl' 2> /dev/null; then
    for f in odt xlsx; do
      measure "peer .$f" "$n" "$py" -c "import sys; sys.path.insert(0, '$(dirname "$peer")'); import ref_export as r; r.write_$f(r.plan($n, $milestones), '$work/out.$f')"
      cp "$work/out.$f" "$work/peer-$n.$f"
    done
  else
    echo "the Python peer (odfpy, openpyxl under $py) is missing: no ratios" >&2
  fi
done

"$py" - "$results" "$work" <<'PY'
import statistics, sys, os, collections
rows = collections.defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    label, size, cpu, rss = line.rstrip("\n").split("\t")
    rows[(label, int(size))].append((float(cpu), int(rss) / 1024))
def stat(key):
    cpu = [c for c, _ in rows[key]]; rss = [r for _, r in rows[key]]
    return min(cpu), statistics.median(cpu), min(rss), statistics.median(rss)
sizes = sorted({s for _, s in rows})
print(f"{'step':<14}{'size':>6}  {'CPU min':>8} {'median':>8}  {'RSS min':>8} {'median':>8}  {'size of file':>12}")
for size in sizes:
    for label in [l for l, s in rows if s == size]:
        cmin, cmed, rmin, rmed = stat((label, size))
        ext = label.split(".")[-1] if "." in label else ""
        name = ("peer" if label.startswith("peer") else "plan") + f"-{size}.{ext}"
        path = os.path.join(sys.argv[2], name)
        fsize = f"{os.path.getsize(path) / 1e6:.1f} MB" if ext and os.path.exists(path) else ""
        print(f"{label:<14}{size:>6}  {cmin:>7.2f}s {cmed:>7.2f}s  {rmin:>6.0f}MB {rmed:>6.0f}MB  {fsize:>12}")
print()
for size in sizes:
    for f in ("odt", "xlsx"):
        a, b = rows.get((f"export .{f}", size)), rows.get((f"peer .{f}", size))
        if a and b:
            ours, theirs = stat((f"export .{f}", size)), stat((f"peer .{f}", size))
            print(f"{size} × .{f}: peer / NAP Desk CPU = {theirs[0] / ours[0]:.1f}× (min), "
                  f"{theirs[1] / ours[1]:.1f}× (median); peak RSS {ours[3]:.0f} MB vs {theirs[3]:.0f} MB")
if len(sizes) > 1:
    lo, hi = sizes[0], sizes[-1]
    print()
    for label in sorted({l for l, s in rows if s == lo and not l.startswith("peer")}):
        if (label, hi) in rows:
            print(f"growth {lo} → {hi} ({hi / lo:.0f}×), {label}: CPU {stat((label, hi))[1] / stat((label, lo))[1]:.1f}×, "
                  f"RSS {stat((label, hi))[3] / stat((label, lo))[3]:.1f}×")
PY
