/** Numbers typed at a desk: French users write `12,50`, English users `12.50`; both are read. */

export type Parsed = { ok: true; value: number | null } | { ok: false };

/** An optional decimal: empty gives null, anything unreadable is refused. */
export function parseDecimal(raw: string): Parsed {
  const compact = raw.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (compact === '') return { ok: true, value: null };
  if (!/^\d+(\.\d+)?$/.test(compact)) return { ok: false };
  return { ok: true, value: Number(compact) };
}

/** An optional whole number. */
export function parseWhole(raw: string): Parsed {
  const parsed = parseDecimal(raw);
  if (!parsed.ok || parsed.value === null) return parsed;
  return Number.isInteger(parsed.value) ? parsed : { ok: false };
}

/** Euros as typed (`12,50`) to cents (1250); a third decimal is refused rather than rounded away. */
export function parseEurosToCents(raw: string): Parsed {
  const compact = raw.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (compact === '') return { ok: true, value: null };
  if (!/^\d+(\.\d{1,2})?$/.test(compact)) return { ok: false };
  const [whole = '0', fraction = ''] = compact.split('.');
  return { ok: true, value: Number(whole) * 100 + Number(fraction.padEnd(2, '0')) };
}
