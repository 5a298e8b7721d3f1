#!/usr/bin/env bash
# Installs what FaceID Console needs on a fresh Debian machine; quick and silent when already done.
# Usage: scripts/bootstrap.sh run|test
set -euo pipefail
purpose=${1:-run}
root=$(cd "$(dirname "$0")/.." && pwd)
venv="$root/.venv"

# Qt's xcb/offscreen platforms and CJK fonts for the window; dbus + gnome-keyring for the real
# Secret Service; Xvfb for screenshots of a real window; PostgreSQL for the history store's suite.
apt_run=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
         libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
         libxcb-shape0 libxcb-xinerama0 fonts-noto-cjk)
apt_test=(dbus gnome-keyring xvfb xauth postgresql locales desktop-file-utils appstream librsvg2-bin patchelf lintian curl
          procps)

want=("${apt_run[@]}")
[ "$purpose" = test ] && want+=("${apt_test[@]}")
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "bootstrap: installing Debian packages: ${missing[*]}" >&2
    $sudo apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "bootstrap: please install these system packages: ${missing[*]}" >&2
  fi
fi

# PostgreSQL's usual collation, for the history suite's search in a database that uses it.
if [ "$purpose" = test ] && [ -f /etc/locale.gen ] && ! locale -a 2>/dev/null | grep -qx 'en_US.utf8'; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo sed -i 's/^# *en_US.UTF-8 UTF-8/en_US.UTF-8 UTF-8/' /etc/locale.gen
  grep -qx 'en_US.UTF-8 UTF-8' /etc/locale.gen || echo 'en_US.UTF-8 UTF-8' | $sudo tee -a /etc/locale.gen >/dev/null
  $sudo locale-gen >/dev/null
fi

python=${PYTHON:-python3}
if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
fi
extra=""; [ "$purpose" = test ] && extra="[dev]"
hash=$(sha256sum "$root/pyproject.toml" | cut -c1-16)
stamp="$venv/.installed-$purpose-$hash"
# A test install holds everything a run needs.
if [ ! -e "$stamp" ] && [ ! -e "$venv/.installed-test-$hash" ]; then
  echo "bootstrap: installing Python packages into .venv" >&2
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -e "$root$extra"
  touch "$stamp"
fi
# The window's translations: a built package has them compiled (setup.py); a source checkout gets them here.
"$venv/bin/python" -c '
import sys
from pathlib import Path
from faceid_console.i18n import compile_translations, stale_translations
folder = Path(sys.argv[1])
if stale_translations(folder):
    compile_translations(folder)
' "$root/resources/translations"
