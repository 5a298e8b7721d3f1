#!/usr/bin/env bash
# Build the one-folder bundle: dist/faceid-console/faceid-console (PyInstaller), from a clean install of this
# checkout in its own virtual environment (build/bundle-venv), so the bundle holds exactly what a user installs.
# Usage: packaging/build.sh   → prints the bundle's path and size
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv="$root/build/bundle-venv"
python=${PYTHON:-python3}
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
"$venv/bin/python" -m pip install -q --disable-pip-version-check "$root" "pyinstaller>=6.10" 2>&1 \
  | grep -v "^WARNING: Location" >&2 || true
"$venv/bin/python" -c "import faceid_console, PyInstaller" # the install above worked
cd "$root"
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN --distpath "$root/dist" \
  --workpath "$root/build/pyinstaller" packaging/faceid-console.spec >&2
bundle="$root/dist/faceid-console"
echo "$bundle $(du -sm "$bundle" | cut -f1) MB"
