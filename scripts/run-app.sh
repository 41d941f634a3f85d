#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and open NAP Desk on the sample workspace.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/setup.sh"
"$here/scripts/build.sh"
sample="$here/build/sample.napdesk"
[ -f "$sample" ] || "$here/build/app/napdesk-cli" sample --out "$sample"
exec "$here/build/app/napdesk" "$sample" "$@"
