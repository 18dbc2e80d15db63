/**
 * A desk's hub credential (the cookie the hub gives at pairing), kept between starts encrypted by the system's
 * keyring (Electron's `safeStorage`, passed in so this is testable under Node) in `desk-credential.bin`, 0600.
 * Without an encryption the system offers, nothing is written: the shell keeps the cookie in Chromium's own store.
 */
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const DESK_CREDENTIAL_FILE = 'desk-credential.bin';

/** The part of Electron's `safeStorage` this needs. */
export interface Cipher {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(data: Buffer): string;
}

const stored = z.object({ origin: z.string(), secret: z.string().min(1).max(200) });

/** Saves the credential for this hub; false when the system has no encryption to offer (nothing written). */
export function saveDeskCredential(dir: string, cipher: Cipher, origin: string, secret: string): boolean {
  if (!cipher.isEncryptionAvailable()) return false;
  const file = join(dir, DESK_CREDENTIAL_FILE);
  writeFileSync(file, cipher.encryptString(JSON.stringify({ origin, secret })), { mode: 0o600 });
  chmodSync(file, 0o600);
  return true;
}

/** The credential kept for this hub, or null (none, another hub's, or one the keyring can no longer open). */
export function loadDeskCredential(dir: string, cipher: Cipher, origin: string): string | null {
  if (!cipher.isEncryptionAvailable()) return null;
  try {
    const parsed = stored.safeParse(JSON.parse(cipher.decryptString(readFileSync(join(dir, DESK_CREDENTIAL_FILE)))));
    return parsed.success && parsed.data.origin === origin ? parsed.data.secret : null;
  } catch {
    return null;
  }
}

/** Forgets the credential (the hub revoked it, or the desk was set to another hub or to its own store). */
export function forgetDeskCredential(dir: string): void {
  rmSync(join(dir, DESK_CREDENTIAL_FILE), { force: true });
}
