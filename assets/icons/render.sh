#!/bin/sh
# Renders the icon sources into the sizes electron-builder and the window use.
# Needs rsvg-convert (Debian: librsvg2-bin) and ImageMagick's convert (Debian: imagemagick).
# rebond-small.svg (heavier strokes, no tick) serves 16 and 24 pixels; rebond.svg serves the rest.
set -eu
cd "$(dirname "$0")"
mkdir -p png
for size in 16 24; do rsvg-convert -w "$size" -h "$size" rebond-small.svg -o "png/${size}x${size}.png"; done
for size in 32 48 64 128 256 512 1024; do rsvg-convert -w "$size" -h "$size" rebond.svg -o "png/${size}x${size}.png"; done
/usr/bin/convert png/16x16.png png/24x24.png png/32x32.png png/48x48.png png/64x64.png png/128x128.png png/256x256.png rebond.ico
