import { downloadBlob } from '../../components/download';

/** A name safe on every file system, from a partner's reference such as `EL/2026 014` → `EL_2026_014`. */
export function safeFileName(reference: string): string {
  const cleaned = reference.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^[._]+|_+$/g, '');
  return cleaned === '' ? 'export' : cleaned;
}

/** Saves a value as a pretty-printed JSON file through the browser's (or Electron's) download. */
export function downloadJson(fileName: string, value: unknown): void {
  downloadBlob(fileName, new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' }));
}
