/**
 * A certificate's SHA-256 fingerprint for reading aloud and comparing by eye: 64 hex digits in 16 groups of 4
 * (`3F2A 9C01 …`), the same on the hub's screen, the desk's and the command line.
 */
export function groupFingerprint(fingerprint: string): string {
  const hex = fingerprint.replace(/[^0-9a-f]/gi, '').toUpperCase();
  return (hex.match(/.{1,4}/g) ?? []).join(' ');
}

/** Whether two fingerprints are the same, whatever their separators or case (a typed one, a printed one). */
export function sameFingerprint(a: string, b: string): boolean {
  const bare = (value: string) => value.replace(/[^0-9a-f]/gi, '').toUpperCase();
  return bare(a).length === 64 && bare(a) === bare(b);
}
