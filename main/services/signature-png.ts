/**
 * Turns the pad's PNG (RGBA from a canvas) into the PNG Rebond keeps: ink flattened onto white, in 8-bit greyscale,
 * cropped to the strokes. pdfkit draws such a PNG synchronously, as a document's `render` must be (a PNG with an
 * alpha channel it only decodes later); cropping lets the signature fill its box; and a pad with no
 * stroke is found here rather than printed as an empty box. Decoding and encoding are pngjs's.
 */
import { PNG } from 'pngjs';

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

/** Decodes a PNG of any colour type and depth, flattened onto white paper, as grey. */
export function decodeToGrey(png: Buffer): DecodedPng {
  let image: PNG;
  try {
    image = PNG.sync.read(png);
  } catch {
    throw new PngProblem('format');
  }
  const { width, height, data } = image;
  const grey = new Uint8Array(width * height);
  for (let index = 0; index < width * height; index += 1) {
    const at = index * 4;
    const luminance = ((data[at] ?? 0) * 299 + (data[at + 1] ?? 0) * 587 + (data[at + 2] ?? 0) * 114) / 1000;
    const alpha = data[at + 3] ?? 255;
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

/** An 8-bit greyscale PNG of the cropped area, rows unfiltered: small, and drawn by pdfkit at once. */
export function encodeGrey(
  image: DecodedPng,
  box: { left: number; top: number; width: number; height: number },
): Buffer {
  const cropped = new PNG({ width: box.width, height: box.height });
  for (let y = 0; y < box.height; y += 1) {
    for (let x = 0; x < box.width; x += 1) {
      const value = image.grey[(box.top + y) * image.width + box.left + x] ?? 255;
      cropped.data.set([value, value, value, 255], (y * box.width + x) * 4);
    }
  }
  return PNG.sync.write(cropped, { colorType: 0, filterType: 0, deflateLevel: 9 });
}

/** The stored form of a drawn signature; throws PngProblem('empty') when nothing was drawn. */
export function normaliseSignature(png: Buffer): { bytes: Buffer; width: number; height: number } {
  const image = decodeToGrey(png);
  const box = inkBox(image);
  if (!box) throw new PngProblem('empty');
  return { bytes: encodeGrey(image, box), width: box.width, height: box.height };
}
