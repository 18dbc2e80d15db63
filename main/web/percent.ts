/** A URL path segment with its `%` escapes decoded, or null when they are malformed (`%E0%A4%A`, `%zz`). */
export function decodePercent(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
