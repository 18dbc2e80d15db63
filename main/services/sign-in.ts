import type { OperatorSummary } from '../../shared/contract/session';
import { organisationTimeZone } from '../documents/time-zone';
import { DomainError } from '../errors';
import type { OperatorRecord } from '../store/repositories/people';
import type { Store } from '../store/store';
import { checkMayWork } from './access';
import { pinMatches } from './people';
import { formatClockTime, formatWait, lockoutMs } from './pin-lockout';
import { write } from './unit-of-work';

function lockedError(store: Store, lockedUntil: string, now: Date): DomainError {
  const until = new Date(lockedUntil);
  const at = formatClockTime(until, organisationTimeZone(store));
  return new DomainError('pin_locked', { at, wait: formatWait(until.getTime() - now.getTime()) }, 'pin');
}

function summary({ pinHash: _pinHash, ...operator }: OperatorRecord): OperatorSummary {
  return operator;
}

/**
 * Signs an operator in. Wrong PINs are counted on disk: after five in a row each one makes the operator wait
 * (even the right PIN is refused meanwhile), and each writes `operator.pin_failed`; a right PIN clears the count.
 * The PIN is checked outside the write transaction (scrypt is slow) and the count re-read inside it.
 */
export function authenticate(store: Store, operatorId: number, pin: string | undefined): OperatorSummary {
  const operator = store.people.getOperator(operatorId);
  if (!operator)
    throw new DomainError('not_found', { entity: 'entity.operator', ref: String(operatorId) }, 'operatorId');
  if (!operator.active) throw new DomainError('operator_inactive', { name: operator.name }, 'operatorId');
  if (!operator.pinHash) {
    checkMayWork(store, operator);
    return summary(operator);
  }
  const lockedNow = (): string | null => {
    const lockedUntil = store.pinAttempts.get(operator.id)?.lockedUntil ?? null;
    return lockedUntil !== null && new Date(lockedUntil) > store.clock() ? lockedUntil : null;
  };
  const locked = lockedNow();
  if (locked) throw lockedError(store, locked, store.clock());
  if (pin === undefined) throw new DomainError('wrong_pin', {}, 'pin');
  const matches = pinMatches(pin, operator.pinHash);

  const refusal = write(store, null, (tx): DomainError | null => {
    const stillLocked = lockedNow();
    if (stillLocked) return lockedError(store, stillLocked, new Date(tx.now));
    const previous = store.pinAttempts.get(operator.id);
    if (matches) {
      if (previous && store.pinAttempts.clear(operator.id)) {
        tx.record('operator', operator.id, 'operator.pin_failures_cleared', { failures: previous.failures });
      }
      return null;
    }
    const failures = (previous?.failures ?? 0) + 1;
    const wait = lockoutMs(failures);
    const lockedUntil = wait > 0 ? new Date(new Date(tx.now).getTime() + wait).toISOString() : null;
    store.pinAttempts.save(operator.id, { failures, lastFailedAt: tx.now, lockedUntil });
    tx.record('operator', operator.id, 'operator.pin_failed', { failures, lockedUntil });
    return lockedUntil ? lockedError(store, lockedUntil, new Date(tx.now)) : new DomainError('wrong_pin', {}, 'pin');
  });
  if (refusal) throw refusal;
  return summary(operator);
}
