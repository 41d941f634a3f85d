#!/usr/bin/env bash
# Installs exactly the Debian 12 packages NAP Desk needs to build, run and test.
# Quick when everything is present: dpkg is asked first, apt only for what is missing.
set -euo pipefail

PACKAGES=(
  # build
  cmake g++ make ninja-build pkg-config git clang-format
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qt6-pdf-dev
  libqt6sql6-sqlite libqt6svg6
  libxlsxwriter-dev libzip-dev libsqlite3-dev
  clang libclang-rt-14-dev  # scripts/fuzz.sh: libFuzzer and the sanitizer runtimes for clang
  # fonts the UI and the rendering checks use
  fonts-noto-cjk fonts-arphic-ukai
  # independent checkers used by the tests
  jing libreoffice-writer-nogui libreoffice-calc-nogui
  python3 python3-odf python3-openpyxl poppler-utils
  locales  # localedef + de_DE source: the comma-decimal export test
  # a real X server for screenshots
  xvfb xauth x11-apps imagemagick xdotool
  # the package and its checks (scripts/check-package.sh): PNG icons, cpack -G DEB, validators
  librsvg2-bin dpkg-dev file desktop-file-utils appstream shared-mime-info libxml2-utils lintian man-db
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
echo "Installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
