#!/usr/bin/env bash
# Installs the Debian/Ubuntu system libraries that Qt needs, when run as root and any is missing.
# Usage: install-system-deps.sh [test|run]   (run adds what a real X11/Wayland window needs)
set -euo pipefail
mode=${1:-test}
python=${PYTHON:-python3}

packages=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0)
# QtNetwork (under QtPdf's preview and the one-window-per-data-folder guard) links these.
packages+=(libgssapi-krb5-2 libbrotli1 libzstd1)
# pdftoppm turns exported PDFs into pictures for tests and for looking at them.
packages+=(poppler-utils)
if [ "$mode" = run ]; then
  packages+=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
             libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1)
fi
# Debian's own Python ships venv/ensurepip separately.
if ! "$python" -c 'import ensurepip, venv' >/dev/null 2>&1; then
  packages+=(python3-venv)
fi

command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "These system packages are missing; please install them (as root): ${missing[*]}" >&2
  exit 0
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
