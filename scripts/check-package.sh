#!/usr/bin/env bash
# Builds the Debian package (cpack -G DEB), unpacks it into a scratch root with dpkg -x and checks
# what an officer's system would get: the files, the desktop entry (desktop-file-validate), the
# AppStream metadata (appstreamcli validate), the workspace file type, the manual pages, stripped
# programs that start from the unpacked tree (the window too, under Xvfb when xvfb-run is there),
# and lintian: an error fails, warnings are listed. Exits non-zero on the first failed check.
#   scripts/check-package.sh              builds ./build-pkg with Debian's hardening flags and
#                                         leaves the package there
#   scripts/check-package.sh --build DIR  packages an existing build (CI: ./build, already built
#                                         and tested) into a temporary folder
# KEEP=1 leaves the scratch root for a look.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="$here/build-pkg"
own_build=1
case "${1:-}" in
  --build) build="$(cd "$2" && pwd)"; own_build=0 ;;
  "") ;;
  *) echo "usage: $0 [--build DIR]" >&2; exit 2 ;;
esac
jobs="$(nproc 2>/dev/null || echo 2)"
app_id=io.github.napdesk.NapDesk

for tool in cmake cpack dpkg-deb dpkg-buildflags dpkg-shlibdeps desktop-file-validate appstreamcli \
  lintian update-mime-database xmllint file man gzip; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (scripts/setup.sh installs it)" >&2; exit 1; }
done

fail() { echo "check-package: FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

root="$(mktemp -d)"
cleanup() { if [ "${KEEP:-}" = 1 ]; then echo "scratch root kept: $root"; else rm -rf "$root"; fi; }
trap cleanup EXIT

if [ "$own_build" = 1 ]; then
  # Debian's hardening flags (stack protector, _FORTIFY_SOURCE, relro, bindnow), as a Debian
  # build would set them; as cache values, since cmake reads CXXFLAGS from the environment once.
  flags() { DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get "$1"; }
  step "build ($build)"
  cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr \
    -DNAP_BUILD_TESTS=OFF -DNAP_BUILD_BENCHMARKS=OFF \
    "-DCMAKE_CXX_FLAGS=$(flags CXXFLAGS) $(flags CPPFLAGS)" "-DCMAKE_EXE_LINKER_FLAGS=$(flags LDFLAGS)" >/dev/null
  out="$build"
else
  step "bring $build up to date"
  out="$root/out"
fi
cmake --build "$build" --parallel "$jobs"
version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")"
[ -n "$version" ] || fail "no project version in $build/CMakeCache.txt"

step "cpack -G DEB"
rm -f "$out"/napdesk_*.deb "$out"/napdesk-dbgsym_*.ddeb
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >/dev/null
deb="$(ls "$out"/napdesk_"$version"_*.deb)"
echo "$deb"
dpkg-deb -f "$deb" Package Version Depends Recommends
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version is not $version"
dpkg-deb -f "$deb" Depends | grep -q 'libqt6core6' || fail "Depends lacks what dpkg-shlibdeps finds"
ls "$out"/napdesk-dbgsym_"$version"_*.ddeb >/dev/null 2>&1 || fail "no napdesk-dbgsym package"

dpkg -x "$deb" "$root"
share="$root/usr/share"

step "files"
for f in usr/bin/napdesk usr/bin/napdesk-cli \
  "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
  "usr/share/mime/packages/$app_id.xml" "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
  "usr/share/icons/hicolor/48x48/apps/$app_id.png" "usr/share/icons/hicolor/256x256/apps/$app_id.png" \
  usr/share/man/man1/napdesk.1.gz usr/share/man/man1/napdesk-cli.1.gz \
  usr/share/man/zh_TW/man1/napdesk.1.gz usr/share/man/zh_TW/man1/napdesk-cli.1.gz \
  usr/share/doc/napdesk/copyright usr/share/doc/napdesk/changelog.gz \
  usr/share/doc/napdesk/THIRD-PARTY-NOTICES.txt; do
  [ -s "$root/$f" ] || fail "missing $f"
done
for exe in napdesk napdesk-cli; do
  file -b "$root/usr/bin/$exe" | grep -q ', stripped' || fail "$exe is not stripped"
done

step "desktop-file-validate"
desktop-file-validate "$share/applications/$app_id.desktop"
grep -qx "Icon=$app_id" "$share/applications/$app_id.desktop" || fail "desktop entry names another icon"

step "appstreamcli validate"
appstreamcli validate --no-net "$share/metainfo/$app_id.metainfo.xml"
release="$(grep -o '<release version="[^"]*"' "$share/metainfo/$app_id.metainfo.xml" | head -1 | cut -d'"' -f2)"
[ "$release" = "$version" ] || fail "newest AppStream release is $release, the package is $version"
changelog="$(zcat "$share/doc/napdesk/changelog.gz" | head -1 | sed -n 's/^napdesk (\([^)]*\)).*/\1/p')"
[ "$changelog" = "$version" ] || fail "newest changelog entry is $changelog, the package is $version"

step "workspace file type"
xmllint --noout "$share/mime/packages/$app_id.xml"
mime="$root/mime-check"
cp -r "$share/mime" "$mime"
update-mime-database "$mime" 2>/dev/null
grep -q ':application/x-napdesk-workspace:\*\.napdesk$' "$mime/globs2" || fail "*.napdesk is not mapped"
grep -q 'application/x-napdesk-workspace' "$share/applications/$app_id.desktop" || fail "MimeType missing"

step "manual pages"
for page in "$share"/man/man1/*.gz "$share"/man/zh_TW/man1/*.gz; do
  warnings="$(LC_ALL=C.UTF-8 MANROFFSEQ='' man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)"
  [ -z "$warnings" ] || fail "$page: $warnings"
done

step "the programs run from the unpacked tree"
export HOME="$root/home" XDG_CONFIG_HOME="$root/home/.config" XDG_DATA_HOME="$root/home/.local/share"
export XDG_RUNTIME_DIR="$root/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
[ "$("$root/usr/bin/napdesk-cli" --version)" = "napdesk-cli $version" ] || fail "napdesk-cli --version"
# Without a display: as over SSH right after installing.
[ "$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/napdesk" --version)" = "napdesk $version" ] ||
  fail "napdesk --version"
"$root/usr/bin/napdesk-cli" --lang en sample --out "$root/sample.napdesk"
"$root/usr/bin/napdesk-cli" --lang en info --workspace "$root/sample.napdesk"
if command -v xvfb-run >/dev/null; then
  # NAPDESK_QUIT_WHEN_SHOWN: the window quits once it is up and the event loop runs.
  NAPDESK_QUIT_WHEN_SHOWN=1 timeout 60 xvfb-run -a "$root/usr/bin/napdesk" "$root/sample.napdesk" ||
    fail "the window did not start under Xvfb"
  echo "window started under Xvfb"
fi

step "lintian"
# Errors fail the check; warnings and the rest are shown.
lintian --fail-on error --suppress-tags-from-file /dev/null "$deb" || fail "lintian found errors"
echo "check-package: all checks passed for $(basename "$deb")"
