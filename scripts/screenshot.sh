#!/usr/bin/env bash
# Takes a screenshot of the real NAP Desk main window under Xvfb.
#   scripts/screenshot.sh [--lang zh_TW|en] [--build DIR] [--workspace FILE] [--page N]
#                         [--export-dialog] OUT.png
# --export-dialog presses Ctrl+E (File → Export…) and shoots the export dialog over the window.
# Without --workspace a fresh sample workspace is written to a temporary folder; settings
# and application data also live there, so the user's own are never touched.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
lang=zh_TW
build="$here/build"
workspace=""
out=""
export_dialog=0
while [ $# -gt 0 ]; do
  case "$1" in
    --lang) lang="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    --workspace) workspace="$2"; shift 2 ;;
    --export-dialog) export_dialog=1; shift ;;
    *) out="$1"; shift ;;
  esac
done
[ -n "$out" ] || { echo "usage: $0 [--lang zh_TW|en] [--build DIR] [--workspace FILE] [--export-dialog] OUT.png" >&2; exit 2; }
tools="Xvfb import"
[ "$export_dialog" = 1 ] && tools="$tools xdotool"
for tool in $tools; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (scripts/setup.sh installs it)" >&2; exit 1; }
done
app="$build/app/napdesk"
cli="$build/app/napdesk-cli"
[ -x "$app" ] || { echo "$app not built" >&2; exit 1; }

tmp="$(mktemp -d)"
xvfb_pid=""
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

if [ -z "$workspace" ]; then
  workspace="$tmp/sample.napdesk"
  "$cli" sample --out "$workspace" >/dev/null
fi

display=":99"
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do
  [ -e "/tmp/.X11-unix/X${display#:}" ] && break
  sleep 0.1
done

DISPLAY="$display" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" QT_QPA_PLATFORM=xcb \
  "$app" --lang "$lang" "$workspace" >"$tmp/app.log" 2>&1 &
app_pid=$!
sleep 3
if ! kill -0 "$app_pid" 2>/dev/null; then
  echo "NAP Desk exited early:" >&2
  cat "$tmp/app.log" >&2
  exit 1
fi
if [ "$export_dialog" = 1 ]; then
  # No window manager runs here: focus the main window directly, then press the shortcut.
  window="$(DISPLAY="$display" xdotool search --onlyvisible --class napdesk | head -n 1)"
  [ -n "$window" ] || { echo "NAP Desk window not found" >&2; exit 1; }
  DISPLAY="$display" xdotool windowfocus --sync "$window" key ctrl+e
  sleep 1.5
fi
DISPLAY="$display" import -window root "$out"
echo "$out"
