/**
 * Saves a file the renderer holds: the browser's download; in the desktop app, Electron's « Save as » window (the
 * shell lets only `blob:` downloads of the app's own origin through, `main/electron/policy/download.ts`).
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: Chromium reads the blob after the click returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file main sent as base64 (a report), saved under its name. */
export function downloadBase64(fileName: string, mimeType: string, base64: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  downloadBlob(fileName, new Blob([bytes], { type: mimeType }));
}
