#!/usr/bin/env bash
# Render the application icon (resources/icons/faceid-console.svg) to the hicolor PNG sizes.
# Usage: packaging/build-icons.sh OUT_DIR   → OUT_DIR/hicolor/<size>x<size>/apps/<app id>.png and scalable/apps/<app id>.svg
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: build-icons.sh OUT_DIR}
app_id=io.github.faceidconsole.FaceIDConsole
svg="$root/resources/icons/faceid-console.svg"
command -v rsvg-convert >/dev/null || { echo "build-icons: rsvg-convert missing (Debian: librsvg2-bin)" >&2; exit 1; }
for size in 16 22 24 32 48 64 128 256 512; do
  mkdir -p "$out/hicolor/${size}x${size}/apps"
  rsvg-convert -w "$size" -h "$size" "$svg" -o "$out/hicolor/${size}x${size}/apps/$app_id.png"
done
mkdir -p "$out/hicolor/scalable/apps"
cp "$svg" "$out/hicolor/scalable/apps/$app_id.svg"
