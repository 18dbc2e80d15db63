/** Who signs at the counter, how, and what a scanned signed copy may be. Shared by the pad and main's checks. */
export const SIGNERS = ['receiver', 'guardian', 'staff'] as const;
export type Signer = (typeof SIGNERS)[number];

/** Drawn on screen (stored as PNG), or to be signed on the printed paper copy. */
export const SIGNATURE_MODES = ['drawn', 'paper'] as const;
export type SignatureMode = (typeof SIGNATURE_MODES)[number];

export const SIGNED_COPY_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type SignedCopyMediaType = (typeof SIGNED_COPY_MEDIA_TYPES)[number];

/** A drawn signature is a small line drawing: a few tens of kilobytes at most. */
export const SIGNATURE_MAX_BYTES = 256 * 1024;
export const SIGNATURE_MAX_SIDE = 2000;
/** A scanned copy of a few pages; the browser edition's request limit is 16 MB of base64. */
export const SIGNED_COPY_MAX_BYTES = 8 * 1024 * 1024;

export const PNG_DATA_URL_PREFIX = 'data:image/png;base64,';
