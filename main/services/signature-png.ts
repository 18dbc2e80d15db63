/**
 * Turns the pad's PNG (RGBA from a canvas) into the PNG Rebond keeps: ink flattened onto white, in 8-bit greyscale,
 * cropped to the strokes. pdfkit draws such a PNG synchronously, as a document's `render` must be (a PNG with an
 * alpha channel it only decodes later); cropping lets the signature fill its box; and a pad with no
 * stroke is found here rather than printed as an empty box.
 */
import { crc32, deflateSync, inflateSync } from 'node:zlib';

export interface DecodedPng {
  width: number;
  height: number;
  /** One byte per pixel, 0 = black ink, 255 = white paper. */
  grey: Uint8Array;
}

export class PngProblem extends Error {
  constructor(readonly detail: 'format' | 'empty') {
    super(detail);
  }
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function chunks(png: Buffer): { type: string; data: Buffer }[] {
  const found: { type: string; data: Buffer }[] = [];
  let offset = 8;
  while (offset + 12 <= png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    if (offset + 12 + length > png.length) throw new PngProblem('format');
    found.push({ type, data: png.subarray(offset + 8, offset + 8 + length) });
    if (type === 'IEND') return found;
    offset += 12 + length;
  }
  throw new PngProblem('format');
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Reverses the per-row filters of a non-interlaced 8-bit image. */
function unfilter(raw: Buffer, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  if (raw.length !== height * (stride + 1)) throw new PngProblem('format');
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)] ?? 0;
    const row = y * stride;
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= bpp ? (out[row + x - bpp] ?? 0) : 0;
      const up = y > 0 ? (out[row - stride + x] ?? 0) : 0;
      const upLeft = x >= bpp && y > 0 ? (out[row - stride + x - bpp] ?? 0) : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predictor === undefined) throw new PngProblem('format');
      out[row + x] = (value + predictor) & 0xff;
    }
  }
  return out;
}

/** Decodes an 8-bit, non-interlaced PNG of any colour type to grey on white. */
export function decodeToGrey(png: Buffer): DecodedPng {
  const all = chunks(png);
  const header = all[0];
  if (header?.type !== 'IHDR' || header.data.length < 13) throw new PngProblem('format');
  const width = header.data.readUInt32BE(0);
  const height = header.data.readUInt32BE(4);
  const [bitDepth, colourType, , , interlace] = header.data.subarray(8, 13);
  const channels = CHANNELS[colourType ?? -1];
  if (bitDepth !== 8 || interlace !== 0 || channels === undefined) throw new PngProblem('format');
  const palette = all.find((chunk) => chunk.type === 'PLTE')?.data;
  const paletteAlpha = all.find((chunk) => chunk.type === 'tRNS')?.data;
  if (colourType === 3 && !palette) throw new PngProblem('format');
  let raw: Buffer;
  try {
    raw = inflateSync(Buffer.concat(all.filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.data)));
  } catch {
    throw new PngProblem('format');
  }
  const pixels = unfilter(raw, width, height, channels);
  const grey = new Uint8Array(width * height);
  for (let index = 0; index < width * height; index += 1) {
    const at = index * channels;
    let r = pixels[at] ?? 0;
    let g = r;
    let b = r;
    let alpha = 255;
    if (colourType === 2 || colourType === 6) [g, b] = [pixels[at + 1] ?? 0, pixels[at + 2] ?? 0];
    if (colourType === 4) alpha = pixels[at + 1] ?? 255;
    if (colourType === 6) alpha = pixels[at + 3] ?? 255;
    if (colourType === 3 && palette) {
      const entry = r;
      [r, g, b] = [palette[entry * 3] ?? 0, palette[entry * 3 + 1] ?? 0, palette[entry * 3 + 2] ?? 0];
      alpha = paletteAlpha?.[entry] ?? 255;
    }
    const luminance = (r * 299 + g * 587 + b * 114) / 1000;
    grey[index] = Math.round((luminance * alpha + 255 * (255 - alpha)) / 255);
  }
  return { width, height, grey };
}

/** The smallest box around the ink (pixels darker than `threshold`), with a margin; null when there is none. */
export function inkBox(image: DecodedPng, threshold = 200, margin = 6) {
  let [left, top, right, bottom] = [image.width, image.height, -1, -1];
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      if ((image.grey[y * image.width + x] ?? 255) >= threshold) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  if (right < 0) return null;
  left = Math.max(0, left - margin);
  top = Math.max(0, top - margin);
  right = Math.min(image.width - 1, right + margin);
  bottom = Math.min(image.height - 1, bottom + margin);
  return { left, top, width: right - left + 1, height: bottom - top + 1 };
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit greyscale PNG of the cropped area, rows unfiltered: small, and drawn by pdfkit at once. */
export function encodeGrey(
  image: DecodedPng,
  box: { left: number; top: number; width: number; height: number },
): Buffer {
  const rows = Buffer.alloc(box.height * (box.width + 1));
  for (let y = 0; y < box.height; y += 1) {
    const from = (box.top + y) * image.width + box.left;
    rows.set(image.grey.subarray(from, from + box.width), y * (box.width + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(box.width, 0);
  header.writeUInt32BE(box.height, 4);
  header[8] = 8;
  header[9] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The stored form of a drawn signature; throws PngProblem('empty') when nothing was drawn. */
export function normaliseSignature(png: Buffer): { bytes: Buffer; width: number; height: number } {
  const image = decodeToGrey(png);
  const box = inkBox(image);
  if (!box) throw new PngProblem('empty');
  return { bytes: encodeGrey(image, box), width: box.width, height: box.height };
}
