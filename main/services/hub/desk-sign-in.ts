import type { OperatorSummary } from '../../../shared/contract/session';
import type { ApiSession } from '../../api/dispatch';
import { DomainError } from '../../errors';
import type { Store } from '../../store/store';
import { setUp } from '../people';
import { checkMayWork } from '../access';
import { authenticate } from '../sign-in';
import { checkPassword, hashPassword } from './passwords';

/**
 * Signing in, as the session's transport allows. Elsewhere (the desktop, the browser edition on this machine) the
 * PIN as before. At a hub's desk a password is needed first: it unlocks the desk, after which a PIN (or a password)
 * switches operators until the desk locks when idle. An operator without a PIN needs their password every time.
 * A password is checked asynchronously (its hash runs off the thread); a PIN synchronously, as before.
 */
export function signInAt(
  store: Store,
  session: ApiSession,
  input: { operatorId: number; pin?: string | undefined; password?: string | undefined },
): OperatorSummary | Promise<OperatorSummary> {
  const desk = session.desk;
  if (!desk) return authenticate(store, input.operatorId, input.pin);
  if (input.password !== undefined) return passwordSignIn(store, desk, input.operatorId, input.password);
  const operator = store.people.getOperator(input.operatorId);
  if (!desk.unlocked || !operator?.pinHash) throw new DomainError('password_required', {}, 'password');
  return authenticate(store, input.operatorId, input.pin);
}

async function passwordSignIn(
  store: Store,
  desk: NonNullable<ApiSession['desk']>,
  operatorId: number,
  password: string,
): Promise<OperatorSummary> {
  const operator = store.people.getOperator(operatorId);
  if (!operator)
    throw new DomainError('not_found', { entity: 'entity.operator', ref: String(operatorId) }, 'operatorId');
  if (!operator.active) throw new DomainError('operator_inactive', { name: operator.name }, 'operatorId');
  await checkPassword(store, operator.id, password);
  // A password is worth more than a PIN, but the access rules (a PIN required for some roles) still apply.
  checkMayWork(store, operator);
  desk.unlocked = true;
  const { pinHash: _pinHash, ...summary } = operator;
  return summary;
}

/** The first start's setup: at a hub's desk, the first administrator gives a password, which unlocks the desk. */
export function setUpAt(
  store: Store,
  session: ApiSession,
  input: {
    siteName: string;
    operatorName: string;
    pin?: string | undefined;
    password?: string | undefined;
    organisation: string | null;
  },
): OperatorSummary {
  if (!session.desk)
    return setUp(store, input, input.password === undefined ? undefined : hashPassword(input.password));
  if (input.password === undefined) throw new DomainError('password_required', {}, 'password');
  const operator = setUp(store, input, hashPassword(input.password));
  session.desk.unlocked = true;
  return operator;
}
