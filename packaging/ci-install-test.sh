#!/usr/bin/env bash
# Tested as installed: build the bundle and the .deb once, check the .deb with lintian, install it, run the
# installed console (--smoke, offscreen), its face finder process, a command-line verify of two photos on its
# built-in engine and a verify through the installed engine over HTTP, then remove it and check nothing is left.
# Run by scripts/test under CI (or with FACEID_TEST_PACKAGE=1).
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
# The window's face finder process, as the window starts it: a 64x64 black photo has no face, and it ends at EOF.
found=$({ printf '{"width": 64, "height": 64}\n'; head -c 12288 /dev/zero; } | run faceid-console find-faces)
[ "$found" = '{"boxes": []}' ] || { echo "$found"; echo "installed face finder: unexpected answer"; exit 1; }
faces="$root/tests/data/faces"
out=$(run faceid-console verify --comparison-type 0 --uuid installed-check --image "$faces/obama_1.jpg" \
      --image-ref1 "$faces/obama_2.jpg" --json)
echo "$out" | grep -q '"strictest_level_met": "1e-' || { echo "$out"; echo "installed verify: no score"; exit 1; }
# The installed engine as an operator runs it: it answers over HTTP and ends on SIGTERM.
engine_out="$home/engine.out"
run env FACEID_API_KEY=ci-key FACEID_API_SECRET=ci-secret-never-printed \
    faceid-console engine --port 0 --data-dir "$home/engine" --preload-model \
    >"$engine_out" 2>&1 &
for _ in $(seq 240); do grep -q '"engine"' "$engine_out" && break; sleep 0.5; done
url=$(sed -n 's/.*"engine": "\([^"]*\)".*/\1/p' "$engine_out")
[ -n "$url" ] || { cat "$engine_out"; echo "installed engine: did not start"; exit 1; }
answer=$(curl -s -F api_key=ci-key -F api_secret=ci-secret-never-printed -F comparison_type=0 -F uuid=installed-check \
         -F face_image_type=raw_image -F image=@"$faces/obama_1.jpg" -F image_ref1=@"$faces/obama_2.jpg" \
         "$url/faceid/v2/verify")
echo "$answer" | grep -q '"result_ref1"' || { echo "$answer"; cat "$engine_out"; echo "installed engine: no result"; exit 1; }
pkill -TERM -f "faceid-console engine --port 0 --data-dir $home/engine"
for _ in $(seq 60); do pgrep -f "faceid-console engine --port 0 --data-dir $home/engine" >/dev/null || break; sleep 0.5; done
! pgrep -f "faceid-console engine --port 0 --data-dir $home/engine" >/dev/null || { ps ax; echo "installed engine: still running after SIGTERM"; exit 1; }
DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq --purge faceid-console >/dev/null
trap - EXIT
for left in /opt/faceid-console /usr/bin/faceid-console \
            /usr/share/applications/io.github.faceidconsole.FaceIDConsole.desktop \
            /usr/share/metainfo/io.github.faceidconsole.FaceIDConsole.metainfo.xml; do
  [ ! -e "$left" ] || { echo "left behind after removal: $left"; exit 1; }
done
! dpkg -s faceid-console >/dev/null 2>&1
echo "installed package: smoke, face finder, command-line verify, engine over HTTP and clean removal OK"
