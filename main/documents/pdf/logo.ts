/**
 * The organisation's logo as pdfkit can place it synchronously: JPEG, or PNG without an alpha channel,
 * transparency chunk or interlacing (pdfkit decodes those asynchronously, after the document has ended).
 * The admin screen flattens any picture to such a PNG or JPEG before saving it.
 */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngIsPlaceable(png: Buffer): boolean {
  if (png.length < 33 || !png.subarray(0, 8).equals(PNG_SIGNATURE) || png.toString('latin1', 12, 16) !== 'IHDR')
    return false;
  const colourType = png[25];
  const interlaced = png[28] !== 0;
  if (colourType === 4 || colourType === 6 || interlaced) return false;
  let offset = 8;
  while (offset + 8 <= png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    if (type === 'tRNS') return false;
    if (type === 'IEND') return true;
    offset += 12 + length;
  }
  return false;
}

function jpegIsPlaceable(jpeg: Buffer): boolean {
  return jpeg.length > 4 && jpeg[0] === 0xff && jpeg[1] === 0xd8 && jpeg[2] === 0xff;
}

/** The image bytes of a `data:image/png|jpeg;base64,…` URL pdfkit can draw, or null. */
export function logoImage(dataUrl: string | null): Buffer | null {
  const match = dataUrl ? /^data:image\/(png|jpeg);base64,(.+)$/.exec(dataUrl) : null;
  if (!match) return null;
  const bytes = Buffer.from(match[2] ?? '', 'base64');
  const placeable = match[1] === 'png' ? pngIsPlaceable(bytes) : jpegIsPlaceable(bytes);
  return placeable ? bytes : null;
}

/** An image pdfkit has read for one document (what its `openImage` returns); its typings do not describe it. */
export interface OpenedImage {
  readonly width: number;
  readonly height: number;
}

/**
 * The logo read once for a whole document: pdfkit decodes and embeds an image given as bytes at every call, so
 * drawing those in each page's header would put one copy of the logo per page into the file.
 */
export function openLogo(doc: PDFKit.PDFDocument, dataUrl: string | null): OpenedImage | null {
  const bytes = logoImage(dataUrl);
  return bytes ? (doc as unknown as { openImage(src: Buffer): OpenedImage }).openImage(bytes) : null;
}

/** Draws an image opened by `openLogo`: pdfkit's `image()` takes it in place of bytes. */
export function drawOpenedImage(
  doc: PDFKit.PDFDocument,
  image: OpenedImage,
  x: number,
  y: number,
  options: PDFKit.Mixins.ImageOption,
): void {
  doc.image(image as unknown as Buffer, x, y, options);
}
