/** A number typed with a comma or a dot (« 2,5 »), or null when blank or not a number. */
export function parseDecimal(typed: string): number | null {
  const cleaned = typed.trim().replace(',', '.');
  if (cleaned === '' || !/^\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** A whole number of days, or null when blank or not one. */
export function parseWhole(typed: string): number | null {
  const cleaned = typed.trim();
  return /^\d+$/.test(cleaned) ? Number(cleaned) : null;
}
