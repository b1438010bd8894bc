#!/usr/bin/env bash
# The demo's photographs (demo/backend/media/photos.js, credits in CREDITS.md): five freely
# licensed sample photos from Debian's python3-skimage, unpacked into .cache/demo-photos/.
# `apt-get download` fetches the package alone (none of its Python dependencies, nothing installed),
# so this needs no root. Without the photos the backend serves generated artwork instead.
#   bash demo/fetch-photos.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DEST=.cache/demo-photos
FILES=(coffee.png astronaut.png chelsea.png rocket.jpg hubble_deep_field.jpg)
if [ -f "$DEST/hubble_deep_field.jpg" ]; then exit 0; fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && apt-get download -qq python3-skimage 2>/dev/null) || {
  echo "fetch-photos: apt-get download python3-skimage failed (run apt-get update?); the demo uses generated images" >&2
  exit 1
}
DATA=./usr/lib/python3/dist-packages/skimage/data
dpkg-deb --fsys-tarfile "$WORK"/python3-skimage_*.deb \
  | tar -x -C "$WORK" "${FILES[@]/#/$DATA/}" ./usr/share/doc/python3-skimage/copyright
mkdir -p "$DEST"
cp "${FILES[@]/#/$WORK/$DATA/}" "$WORK/usr/share/doc/python3-skimage/copyright" "$DEST/"
echo "fetch-photos: ${#FILES[@]} photos in $DEST"
