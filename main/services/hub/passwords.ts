import { randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { organisationTimeZone } from '../../documents/time-zone';
import { DomainError } from '../../errors';
import type { StoredPassword } from '../../store/repositories/hub';
import type { Store } from '../../store/store';
import { formatClockTime, formatWait, lockoutMs } from '../pin-lockout';
import { write, type Actor } from '../unit-of-work';

/**
 * scrypt's cost for passwords (OWASP's minimum is N = 2^17 with r = 8; N = 2^15 keeps a sign-in near 0.1 s on a
 * small hub, where the lockout below, not the hash, is what stops guessing online). Stored with each hash, so
 * raising them later leaves older hashes readable and each is rehashed at its next right sign-in.
 */
export const PASSWORD_SCRYPT = { N: 2 ** 15, r: 8, p: 1, keylen: 32 } as const;

type ScryptParams = { N: number; r: number; p: number; keylen: number };

const scryptOptions = (params: ScryptParams): ScryptOptions => ({
  N: params.N,
  r: params.r,
  p: params.p,
  maxmem: 256 * params.N * params.r,
});

function derive(password: string, salt: Buffer, params: ScryptParams): Buffer {
  return scryptSync(password.normalize('NFC'), salt, params.keylen, scryptOptions(params));
}

/** The same on libuv's thread pool: a sign-in's hash (tens of ms) never holds up the thread answering other calls. */
function deriveAsync(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, params.keylen, scryptOptions(params), (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export function hashPassword(password: string): StoredPassword {
  const salt = randomBytes(16);
  return {
    hash: derive(password, salt, PASSWORD_SCRYPT).toString('base64'),
    salt: salt.toString('base64'),
    params: JSON.stringify({ alg: 'scrypt', ...PASSWORD_SCRYPT }),
  };
}

export function passwordMatches(password: string, stored: StoredPassword): boolean {
  const params = JSON.parse(stored.params) as ScryptParams & { alg: string };
  if (params.alg !== 'scrypt') return false;
  return timingSafeEqual(
    derive(password, Buffer.from(stored.salt, 'base64'), params),
    Buffer.from(stored.hash, 'base64'),
  );
}

/** `passwordMatches` off the calling thread; without a stored password, a throwaway hash of the same cost. */
async function passwordMatchesAsync(password: string, stored: StoredPassword | null): Promise<boolean> {
  if (!stored) {
    await deriveAsync(password, randomBytes(16), PASSWORD_SCRYPT);
    return false;
  }
  const params = JSON.parse(stored.params) as ScryptParams & { alg: string };
  if (params.alg !== 'scrypt') return false;
  const derived = await deriveAsync(password, Buffer.from(stored.salt, 'base64'), params);
  return timingSafeEqual(derived, Buffer.from(stored.hash, 'base64'));
}

export function hasPassword(store: Store, operatorId: number): boolean {
  return store.hub.password(operatorId) !== null;
}

/** An administrator sets anyone's password; an operator their own. Setting one ends a lockout. */
export function setPassword(store: Store, actor: Actor, operatorId: number, password: string): null {
  if (actor.id !== operatorId && !actor.roles.includes('admin'))
    throw new DomainError('password_forbidden', {}, 'operatorId');
  if (!store.people.getOperator(operatorId))
    throw new DomainError('not_found', { entity: 'entity.operator', ref: String(operatorId) }, 'operatorId');
  const stored = hashPassword(password);
  return write(store, actor, (tx) => {
    store.hub.savePassword(operatorId, stored, tx.now);
    store.pinAttempts.clear(operatorId);
    tx.record('operator', operatorId, 'operator.password_set', { by: actor.id === operatorId ? 'self' : 'admin' });
    return null;
  });
}

function lockedError(store: Store, lockedUntil: string, now: Date): DomainError {
  const until = new Date(lockedUntil);
  return new DomainError(
    'password_locked',
    { at: formatClockTime(until, organisationTimeZone(store)), wait: formatWait(until.getTime() - now.getTime()) },
    'password',
  );
}

/**
 * Checks an operator's password, counting wrong ones in `pin_attempts` with the PIN's lockout (five free, then
 * 30 s doubling up to 15 min, even the right password refused meanwhile); each wrong one writes
 * `operator.password_failed`. The hash is computed outside the write transaction, on libuv's thread pool (the
 * API host's thread keeps answering meanwhile), and the count re-read inside it.
 */
export async function checkPassword(store: Store, operatorId: number, password: string): Promise<void> {
  const stored = store.hub.password(operatorId);
  const lockedNow = (): string | null => {
    const lockedUntil = store.pinAttempts.get(operatorId)?.lockedUntil ?? null;
    return lockedUntil !== null && new Date(lockedUntil) > store.clock() ? lockedUntil : null;
  };
  const locked = lockedNow();
  if (locked) throw lockedError(store, locked, store.clock());
  // Without a password, the hash of a throwaway one keeps the answer's time the same.
  const matches = await passwordMatchesAsync(password, stored);
  const refusal = write(store, null, (tx): DomainError | null => {
    const stillLocked = lockedNow();
    if (stillLocked) return lockedError(store, stillLocked, new Date(tx.now));
    const previous = store.pinAttempts.get(operatorId);
    if (matches) {
      if (previous && store.pinAttempts.clear(operatorId))
        tx.record('operator', operatorId, 'operator.pin_failures_cleared', { failures: previous.failures });
      return null;
    }
    const failures = (previous?.failures ?? 0) + 1;
    const wait = lockoutMs(failures);
    const lockedUntil = wait > 0 ? new Date(new Date(tx.now).getTime() + wait).toISOString() : null;
    store.pinAttempts.save(operatorId, { failures, lastFailedAt: tx.now, lockedUntil });
    tx.record('operator', operatorId, 'operator.password_failed', { failures, lockedUntil });
    return lockedUntil
      ? lockedError(store, lockedUntil, new Date(tx.now))
      : new DomainError('wrong_password', {}, 'password');
  });
  if (refusal) throw refusal;
}
