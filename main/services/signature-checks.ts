/**
 * What a signature image or a scanned copy must be before it is stored: real PNG, JPEG or PDF bytes of a sane size,
 * whatever the caller declared. pdfkit embeds the PNG later, so a file it cannot read must be refused here.
 */
import {
  PNG_DATA_URL_PREFIX,
  SIGNATURE_MAX_BYTES,
  SIGNATURE_MAX_SIDE,
  type SignedCopyMediaType,
} from '../../shared/domain/signatures';
import { DomainError } from '../errors';
import { normaliseSignature, PngProblem } from './signature-png';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngImage {
  bytes: Buffer;
  width: number;
  height: number;
}

function invalid(detail: string): DomainError {
  return new DomainError('signature_invalid', { detail: `signatureProblem.${detail}` }, 'dataUrl');
}

/** The PNG header: signature bytes, then the IHDR chunk with width, height, bit depth and colour type. */
function pngHeader(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(PNG_MAGIC)) return null;
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const bitDepth = bytes[24] ?? 0;
  const colourType = bytes[25] ?? 99;
  if (![1, 2, 4, 8, 16].includes(bitDepth) || ![0, 2, 3, 4, 6].includes(colourType)) return null;
  return { width, height };
}

/** The pad's PNG, checked, then flattened, cropped and kept as greyscale (see signature-png.ts). */
export function decodeSignaturePng(dataUrl: string): PngImage {
  if (!dataUrl.startsWith(PNG_DATA_URL_PREFIX)) throw invalid('format');
  const bytes = Buffer.from(dataUrl.slice(PNG_DATA_URL_PREFIX.length), 'base64');
  if (bytes.length > SIGNATURE_MAX_BYTES) throw invalid('too_large');
  const header = pngHeader(bytes);
  if (!header) throw invalid('format');
  const { width, height } = header;
  if (width < 1 || height < 1 || width > SIGNATURE_MAX_SIDE || height > SIGNATURE_MAX_SIDE) throw invalid('dimensions');
  try {
    return normaliseSignature(bytes);
  } catch (error) {
    if (error instanceof PngProblem) throw invalid(error.detail);
    throw error;
  }
}

const looksLike: Record<SignedCopyMediaType, (bytes: Buffer) => boolean> = {
  'application/pdf': (bytes) => bytes.toString('latin1', 0, 5) === '%PDF-',
  'image/jpeg': (bytes) => bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff,
  'image/png': (bytes) => pngHeader(bytes) !== null,
};

/** The scanned copy's bytes, checked against the declared type. */
export function decodeSignedCopy(base64: string, mediaType: SignedCopyMediaType, maxBytes: number): Buffer {
  const bytes = Buffer.from(base64, 'base64');
  const problem = (detail: string) =>
    new DomainError('signed_copy_invalid', { detail: `signedCopyProblem.${detail}`, type: mediaType }, 'base64');
  if (bytes.length === 0) throw problem('empty');
  if (bytes.length > maxBytes) throw problem('too_large');
  if (!looksLike[mediaType](bytes)) throw problem('not_that_type');
  return bytes;
}
