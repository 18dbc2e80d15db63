import { randomBytes } from 'node:crypto';
import { secretDigest } from '../services/secret-digest';

/** How long the code in the opening URL may wait to be exchanged for a session. */
export const LAUNCH_CODE_TTL_MS = 2 * 60_000;

/**
 * One-time codes for the browser edition's opening URL. A code is good once, for a short while: the URL may end up
 * on Chromium's command line or in the browser's history, where a used or expired code is worth nothing.
 * Codes are kept by their SHA-256, so looking one up reveals nothing through timing.
 */
export class LaunchCodes {
  private readonly pending = new Map<string, number>();

  constructor(
    private readonly clock: () => Date = () => new Date(),
    private readonly ttlMs = LAUNCH_CODE_TTL_MS,
  ) {}

  issue(): string {
    this.prune();
    const code = randomBytes(24).toString('base64url');
    this.pending.set(secretDigest(code), this.clock().getTime() + this.ttlMs);
    return code;
  }

  /** True the first time a code issued here is given back within its lifetime; false ever after. */
  redeem(code: string): boolean {
    const key = secretDigest(code);
    const expiresAt = this.pending.get(key);
    this.pending.delete(key);
    return expiresAt !== undefined && this.clock().getTime() < expiresAt;
  }

  private prune(): void {
    const now = this.clock().getTime();
    for (const [key, expiresAt] of this.pending) if (expiresAt <= now) this.pending.delete(key);
  }
}
