import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * What a signature pad's canvas exports: an RGBA PNG, transparent except for the ink. `strokes` draws a wavy
 * line (a scribbled name); 0 strokes gives a blank pad.
 */
export function padPng(width = 480, height = 160, strokes = 1, filter = 1): Buffer {
  const rgba = Buffer.alloc(width * height * 4);
  const ink = (x: number, y: number) => {
    for (let dy = -2; dy <= 2; dy += 1) {
      for (let dx = -2; dx <= 2; dx += 1) {
        const px = Math.round(x + dx);
        const py = Math.round(y + dy);
        if (px < 0 || py < 0 || px >= width || py >= height) continue;
        rgba.writeUInt32BE(0x10204aff, (py * width + px) * 4);
      }
    }
  };
  for (let stroke = 0; stroke < strokes; stroke += 1) {
    for (let x = 40; x < width - 40; x += 0.5) ink(x, height / 2 + Math.sin(x / 18 + stroke) * (height / 4));
  }
  // Sub filter on every row, as browsers often write, so the decoder's unfiltering is exercised.
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y += 1) {
    rows[y * (width * 4 + 1)] = filter;
    for (let x = 0; x < width * 4; x += 1) {
      const value = rgba[y * width * 4 + x] ?? 0;
      const left = filter === 1 && x >= 4 ? (rgba[y * width * 4 + x - 4] ?? 0) : 0;
      rows[y * (width * 4 + 1) + 1 + x] = (value - left) & 0xff;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const padDataUrl = (strokes = 1) => `data:image/png;base64,${padPng(480, 160, strokes).toString('base64')}`;
