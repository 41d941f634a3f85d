#!/usr/bin/env bash
# Takes screenshots of the real NAP Desk main window under Xvfb.
#   scripts/screenshot.sh [--lang zh_TW|en|both] [--build DIR] [--workspace FILE] [--page N]
#                         [--export-dialog] [--start-page] [--screen WxH] [--scale F] [--keys "KEY..."]
#                         [--import FILE] [--then "KEY..."] OUT.png
# --lang both shoots the same view once per interface language, into OUT-zh_TW.png and
#   OUT-en.png (for comparing clipped labels and glyphs side by side).
# --page N shows the commitment editor's page N (1 = Basic data … 7 = Other information),
#   reached by keyboard as an officer would: Ctrl+F, Tab to the page list, arrow keys.
# --export-dialog presses Ctrl+E (File → Export…) and shoots the export dialog over the window.
# --screen sets the screen size (default 1366x768, a common laptop), --scale the device
#   pixel ratio (1.5 with --screen 1920x1080 for a high-DPI laptop at 150 %).
# --keys sends further xdotool key names after the page is shown (e.g. "Tab Tab").
# --import presses Ctrl+I (File → Import Agency Files…), types FILE into the file dialog and
#   shoots the import preview; --then sends further keys after it, and click:X,Y clicks (e.g.
#   "alt+i click:918,101": import, then the origin line's field-history link).
# Without --workspace a fresh sample workspace is written to a temporary folder; settings
# and application data also live there, so the user's own are never touched.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
lang=zh_TW
build="$here/build"
workspace=""
out=""
page=1
export_dialog=0
start_page=0
import_file=""
then_keys=""
screen=1366x768
scale=1
keys=""
usage="usage: $0 [--lang zh_TW|en|both] [--build DIR] [--workspace FILE] [--page N] [--export-dialog] [--start-page] [--screen WxH] [--scale F] [--keys KEYS] [--import FILE] [--then KEYS] OUT.png"
while [ $# -gt 0 ]; do
  case "$1" in
    --lang) lang="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    --workspace) workspace="$2"; shift 2 ;;
    --page) page="$2"; shift 2 ;;
    --export-dialog) export_dialog=1; shift ;;
    --start-page) start_page=1; shift ;;
    --screen) screen="$2"; shift 2 ;;
    --scale) scale="$2"; shift 2 ;;
    --keys) keys="$2"; shift 2 ;;
    --import) import_file="$2"; shift 2 ;;
    --then) then_keys="$2"; shift 2 ;;
    -*) echo "$usage" >&2; exit 2 ;;
    *) out="$1"; shift ;;
  esac
done
[ -n "$out" ] || { echo "$usage" >&2; exit 2; }
case "$lang" in zh_TW|en) langs="$lang" ;; both) langs="zh_TW en" ;; *) echo "$usage" >&2; exit 2 ;; esac
case "$page" in [1-7]) ;; *) echo "--page takes 1 to 7" >&2; exit 2 ;; esac
tools="Xvfb import"
if [ "$export_dialog" = 1 ] || [ "$page" != 1 ] || [ -n "$keys" ] || [ -n "$import_file" ]; then tools="$tools xdotool"; fi
for tool in $tools; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (scripts/setup.sh installs it)" >&2; exit 1; }
done
app="$build/app/napdesk"
cli="$build/app/napdesk-cli"
[ -x "$app" ] || { echo "$app not built" >&2; exit 1; }

tmp="$(mktemp -d)"
xvfb_pid=""
app_pid=""
stop_app() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$app_pid" ] && wait "$app_pid" 2>/dev/null || true
  app_pid=""
}
cleanup() {
  stop_app
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

if [ -z "$workspace" ]; then
  workspace="$tmp/sample.napdesk"
  "$cli" sample --out "$workspace" >/dev/null
fi

# --start-page: no file, and settings of their own, so the window starts as on a first start.
file_args=("$workspace")
[ "$start_page" = 1 ] && file_args=()

# Xvfb picks a free display itself, so screenshots taken in parallel do not collide.
Xvfb -displayfd 3 -screen 0 "${screen}x24" -nolisten tcp >/dev/null 2>&1 3>"$tmp/display" &
xvfb_pid=$!
number=""
for _ in $(seq 100); do
  number="$(tr -dc 0-9 <"$tmp/display")"
  [ -n "$number" ] && break
  sleep 0.1
done
[ -n "$number" ] || { echo "Xvfb did not start" >&2; exit 1; }
display=":$number"

key() { DISPLAY="$display" xdotool key "$@"; }

shoot() { # language, output file
  # A fresh settings folder per language: the language choice must come from --lang alone.
  DISPLAY="$display" XDG_CONFIG_HOME="$tmp/config-$1" XDG_DATA_HOME="$tmp/data" QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR="$scale" \
    "$app" --lang "$1" "${file_args[@]}" >"$tmp/app.log" 2>&1 &
  app_pid=$!
  sleep 3
  if ! kill -0 "$app_pid" 2>/dev/null; then
    echo "NAP Desk exited early:" >&2
    cat "$tmp/app.log" >&2
    exit 1
  fi
  if [ "$export_dialog" = 1 ] || [ "$page" != 1 ] || [ -n "$keys" ] || [ -n "$import_file" ]; then
    # No window manager runs here: focus the main window directly, then use the keyboard.
    window="$(DISPLAY="$display" xdotool search --onlyvisible --pid "$app_pid" | head -n 1)"
    [ -n "$window" ] || { echo "NAP Desk window not found" >&2; exit 1; }
    DISPLAY="$display" xdotool windowfocus --sync "$window"
  fi
  if [ "$page" != 1 ]; then
    key ctrl+f Tab Tab # search box → plan tree → page list
    for _ in $(seq $((page - 1))); do key Down; done
    sleep 0.5
  fi
  if [ -n "$keys" ]; then
    # shellcheck disable=SC2086 # one xdotool key name per word
    key $keys
    sleep 0.5
  fi
  if [ "$export_dialog" = 1 ]; then
    key ctrl+e
    sleep 1.5
  fi
  if [ -n "$import_file" ]; then
    # File → Import Agency Files…: the file dialog takes the typed path, then the preview shows.
    key ctrl+i
    sleep 1.5
    DISPLAY="$display" xdotool type --delay 20 "$import_file"
    key Return
    sleep 2
  fi
  if [ -n "$then_keys" ]; then
    for k in $then_keys; do
      case "$k" in
        # click:X,Y clicks there (a closed modal dialog leaves no window focused to type into)
        click:*) xy="${k#click:}"; DISPLAY="$display" xdotool mousemove "${xy%,*}" "${xy#*,}" click 1 ;;
        *) key "$k" ;;
      esac
      sleep 0.7
    done
    sleep 1
  fi
  DISPLAY="$display" import -window root "$2"
  echo "$2"
  stop_app
}

for l in $langs; do
  if [ "$lang" = both ]; then shoot "$l" "${out%.png}-$l.png"; else shoot "$l" "$out"; fi
done
