import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';

/** The SHA-256 of a file, read in chunks (a warehouse's backup is hundreds of megabytes). */
export function sha256File(path: string): string {
  const hash = createHash('sha256');
  const chunk = Buffer.allocUnsafe(1 << 20);
  const fd = openSync(path, 'r');
  try {
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) hash.update(chunk.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}
