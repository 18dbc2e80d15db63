import { PNG } from 'pngjs';

/**
 * What a signature pad's canvas exports: an RGBA PNG, transparent except for the ink. `strokes` draws a wavy
 * line (a scribbled name); 0 strokes gives a blank pad. Rows use the Sub filter, as browsers often write.
 */
export function padPng(width = 480, height = 160, strokes = 1): Buffer {
  const pad = new PNG({ width, height });
  pad.data.fill(0);
  const ink = (x: number, y: number) => {
    for (let dy = -2; dy <= 2; dy += 1) {
      for (let dx = -2; dx <= 2; dx += 1) {
        const px = Math.round(x + dx);
        const py = Math.round(y + dy);
        if (px < 0 || py < 0 || px >= width || py >= height) continue;
        pad.data.writeUInt32BE(0x10204aff, (py * width + px) * 4);
      }
    }
  };
  for (let stroke = 0; stroke < strokes; stroke += 1) {
    for (let x = 40; x < width - 40; x += 0.5) ink(x, height / 2 + Math.sin(x / 18 + stroke) * (height / 4));
  }
  return PNG.sync.write(pad, { colorType: 6, filterType: 1 });
}

export const padDataUrl = (strokes = 1) => `data:image/png;base64,${padPng(480, 160, strokes).toString('base64')}`;
