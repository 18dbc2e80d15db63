/**
 * The waste register's vocabulary: the European list of waste codes Rebond's pickups use for electrical and
 * electronic equipment (an asterisk marks hazardous waste), who takes the waste, and the transport document's
 * identifier. Hazardous waste handed to a third party travels with an electronic transport document in the
 * national system, Trackdéchets, whose identifiers read `BSD-YYYYMMDD-XXXXXXXXX` (`BSDA-`, `DASRI-`, `FF-`,
 * `VHU-` for other streams).
 */
export const WASTE_CODES = ['16 02 13*', '16 02 14', '20 01 35*', '20 01 36'] as const;
export type WasteCode = (typeof WASTE_CODES)[number];

export function isHazardous(code: WasteCode): boolean {
  return code.endsWith('*');
}

/** The pickup's taker: an éco-organisme, or a waste operator (usually under contract with one). */
export const RECYCLER_KINDS = ['eco_organisme', 'operator'] as const;
export type RecyclerKind = (typeof RECYCLER_KINDS)[number];

export const TRACKDECHETS_ID = /^(BSD|BSDA|DASRI|FF|VHU)-\d{8}-[A-Z0-9]{9}$/;

/** Upper case, no spaces around: what a person copies from Trackdéchets or a paper form. */
export function normaliseTransportDocument(typed: string): string {
  return typed.trim().toUpperCase();
}

/**
 * Why a pickup's transport document cannot be accepted, or null. Hazardous waste needs a Trackdéchets identifier;
 * for other waste the number of any transport document may be given (a paper form's), but a number written like
 * a Trackdéchets identifier must be one.
 */
export function transportDocumentProblem(
  code: WasteCode,
  document: string | null,
): 'waste_transport_required' | 'waste_transport_format' | null {
  const value = document === null ? '' : normaliseTransportDocument(document);
  if (value === '') return isHazardous(code) ? 'waste_transport_required' : null;
  if (TRACKDECHETS_ID.test(value)) return null;
  if (isHazardous(code) || /^(BSD|BSDA|DASRI|FF|VHU)-/.test(value)) return 'waste_transport_format';
  return null;
}
