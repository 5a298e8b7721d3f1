#!/usr/bin/env bash
# Tested as installed: build the bundle and the .deb once, check the .deb with lintian, install it, run the
# installed console (--smoke, offscreen) and a command-line verify of two photos on its built-in engine,
# then remove it and check nothing is left. Run by scripts/test under CI (or with FACEID_TEST_PACKAGE=1).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
bash "$root/packaging/build.sh"
deb=$(bash "$root/packaging/build-deb.sh")
echo "package: $deb ($(du -m "$deb" | cut -f1) MB)"
lintian --fail-on error,warning "$deb"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
trap 'DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq --purge faceid-console >/dev/null 2>&1 || true' EXIT
home=$(mktemp -d); mkdir -m 700 "$home/run"
run() { env HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
            XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run" QT_QPA_PLATFORM=offscreen "$@"; }
[ "$(readlink -f /usr/bin/faceid-console)" = /opt/faceid-console/faceid-console ]
run faceid-console --version
run faceid-console --smoke 2>/dev/null | grep -q "^first paint after [0-9]* ms$"
faces="$root/tests/data/faces"
out=$(run faceid-console verify --comparison-type 0 --uuid installed-check --image "$faces/obama_1.jpg" \
      --image-ref1 "$faces/obama_2.jpg" --json)
echo "$out" | grep -q '"strictest_level_met": "1e-' || { echo "$out"; echo "installed verify: no score"; exit 1; }
DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq --purge faceid-console >/dev/null
trap - EXIT
for left in /opt/faceid-console /usr/bin/faceid-console \
            /usr/share/applications/io.github.faceidconsole.FaceIDConsole.desktop \
            /usr/share/metainfo/io.github.faceidconsole.FaceIDConsole.metainfo.xml; do
  [ ! -e "$left" ] || { echo "left behind after removal: $left"; exit 1; }
done
! dpkg -s faceid-console >/dev/null 2>&1
echo "installed package: smoke, command-line verify and clean removal OK"
