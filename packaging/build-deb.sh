#!/usr/bin/env bash
# Build the Debian package from the bundle (run packaging/build.sh first):
#   /opt/faceid-console/…           the one-folder bundle
#   /usr/bin/faceid-console         a link to it
#   /usr/share/applications, /usr/share/metainfo, /usr/share/icons/hicolor   desktop integration
# Usage: packaging/build-deb.sh   → prints the .deb's path
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bundle="$root/dist/faceid-console"
[ -x "$bundle/faceid-console" ] || { echo "build-deb: no bundle; run packaging/build.sh first" >&2; exit 1; }
app_id=io.github.faceidconsole.FaceIDConsole
version=$("$bundle/faceid-console" --version | awk '{print $2}')
arch=$(dpkg --print-architecture)
stage="$root/build/deb/faceid-console_${version}_${arch}"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
         "$stage/usr/share/metainfo" "$stage/usr/share/doc/faceid-console" "$stage/usr/share/icons"
cp -a "$bundle" "$stage/opt/faceid-console"
ln -s /opt/faceid-console/faceid-console "$stage/usr/bin/faceid-console"
install -m 0644 "$root/packaging/$app_id.desktop" "$stage/usr/share/applications/"
install -m 0644 "$root/packaging/$app_id.metainfo.xml" "$stage/usr/share/metainfo/"
bash "$root/packaging/build-icons.sh" "$stage/usr/share/icons"
install -m 0644 "$root/packaging/debian/copyright" "$stage/usr/share/doc/faceid-console/copyright"
gzip -9n -c "$root/packaging/debian/changelog" > "$stage/usr/share/doc/faceid-console/changelog.gz"  # a native package
mkdir -p "$stage/usr/share/lintian/overrides"
install -m 0644 "$root/packaging/debian/lintian-overrides" "$stage/usr/share/lintian/overrides/faceid-console"
find "$stage" -type d -exec chmod 0755 {} +
find "$stage/opt" -type f -name "*.so*" -exec chmod 0644 {} +  # shared libraries are loaded, not executed
# The build machine's interpreter left its own library folder in some RUNPATHs: the bundle never uses them.
command -v patchelf >/dev/null || { echo "build-deb: patchelf missing (Debian: patchelf)" >&2; exit 1; }
while IFS= read -r -d '' library; do
  if patchelf --print-rpath "$library" 2>/dev/null | grep -q '^/'; then patchelf --remove-rpath "$library"; fi
done < <(find "$stage/opt" -type f -name "*.so*" -print0)
size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" \
    "$root/packaging/debian/control.in" > "$stage/DEBIAN/control"
deb="$root/dist/faceid-console_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz -z3 --build "$stage" "$deb" >&2
echo "$deb"
