/** The documents Rebond prints: their kinds, what they are about, their paper formats and reference prefixes. */

export const DOCUMENT_KINDS = [
  'erasure-certificate',
  'labels',
  'agreement',
  'donation',
  'receipt',
  'return-receipt',
  'tax-receipt',
] as const;
export type DocumentKindName = (typeof DOCUMENT_KINDS)[number];

/** What a document is about. A selection is a list of devices picked on the inventory screen. */
export const DOCUMENT_SUBJECT_TYPES = ['device', 'batch', 'selection', 'handover', 'return'] as const;
export type DocumentSubjectType = (typeof DOCUMENT_SUBJECT_TYPES)[number];

/** One subject, or for a selection the devices in it; every other type takes exactly one id. */
export interface DocumentSubject {
  type: DocumentSubjectType;
  ids: readonly number[];
}

/** A4 pages, and the three label stocks: A4 sheet of 3 × 8 labels 70 × 37 mm, 62 mm roll, Dymo 54 × 25 mm. */
export const LABEL_FORMATS = ['a4-3x8', 'roll-62', 'dymo-54x25'] as const;
export type LabelFormat = (typeof LABEL_FORMATS)[number];
export const DOCUMENT_FORMATS = ['a4', ...LABEL_FORMATS] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export function isLabelFormat(format: string): format is LabelFormat {
  return (LABEL_FORMATS as readonly string[]).includes(format);
}

/** The first letters of each kind's references, e.g. `CERT-2026-000123`; numbered per kind and per year. */
export const DOCUMENT_PREFIXES: Record<DocumentKindName, string> = {
  'erasure-certificate': 'CERT',
  labels: 'LBL',
  agreement: 'AGR',
  donation: 'DON',
  receipt: 'RCP',
  'return-receipt': 'RET',
  'tax-receipt': 'RF',
};

/** `CERT-2026-000123`, `RF-2026-000001`: prefix, year of issue, number. */
export const DOCUMENT_REFERENCE_PATTERN = /^[A-Z]{2,4}-\d{4}-\d{6,}$/;

/** The largest selection one document may cover (labels for a whole inventory page and more). */
export const MAX_DOCUMENT_SUBJECTS = 2000;
