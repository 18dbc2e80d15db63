import { randomInt } from 'node:crypto';

/** How long a pairing code shown on the hub stays good (it is also good only once). */
export const PAIRING_CODE_TTL_MS = 10 * 60_000;
/** Wrong codes tolerated before the code changes, so guessing one is hopeless. */
export const PAIRING_CODE_WRONG_TRIES = 5;
/** Letters and digits no one confuses when reading them off a screen (no 0/O, 1/I/L). */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export interface PairingCode {
  code: string;
  expiresAt: Date;
}

/** `ABCD-EFGH`: eight characters of 31, about 40 bits, with at most five tries per code. */
function newCode(): string {
  const chars = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

const normalise = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '');

/**
 * The hub's pairing code: one at a time, shown on the hub; it changes when used, when it expires and after five
 * wrong tries. `onChange` hears each new code (the hub prints it).
 */
export class PairingCodes {
  private current: PairingCode;
  private wrongTries = 0;

  constructor(
    private readonly onChange: (code: PairingCode) => void = () => undefined,
    private readonly clock: () => Date = () => new Date(),
    private readonly ttlMs = PAIRING_CODE_TTL_MS,
  ) {
    this.current = this.make();
  }

  /** The code to show now (a new one if the last expired). */
  show(): PairingCode {
    if (this.clock() >= this.current.expiresAt) this.rotate();
    return this.current;
  }

  /** True once for the code shown, within its lifetime; any answer but a wrong guess ends it. */
  redeem(code: string): boolean {
    const shown = this.show();
    if (normalise(code) === normalise(shown.code)) {
      this.rotate();
      return true;
    }
    this.wrongTries += 1;
    if (this.wrongTries >= PAIRING_CODE_WRONG_TRIES) this.rotate();
    return false;
  }

  private make(): PairingCode {
    this.wrongTries = 0;
    return { code: newCode(), expiresAt: new Date(this.clock().getTime() + this.ttlMs) };
  }

  private rotate(): void {
    this.current = this.make();
    this.onChange(this.current);
  }
}
