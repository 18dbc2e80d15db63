/** Building an Intl formatter costs far more than using one: keep one per locale, zone and kind. */
const formatters = new Map<string, unknown>();

export function cached<T>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}
