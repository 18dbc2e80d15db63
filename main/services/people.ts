import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { Site } from '../../shared/contract/admin';
import type { OperatorSummary } from '../../shared/contract/session';
import type { OperatorRole } from '../../shared/domain/values';
import { DomainError } from '../errors';
import type { OperatorRecord } from '../store/repositories/people';
import type { Store } from '../store/store';
import { checkAnAdminCanSignIn, checkMayWork, checkPinRule } from './access';
import { write, type Actor } from './unit-of-work';
import type { StoredPassword } from '../store/repositories/hub';

export function hashPin(pin: string): string {
  const salt = randomBytes(16);
  return `scrypt$${salt.toString('hex')}$${scryptSync(pin, salt, 32).toString('hex')}`;
}

export function pinMatches(pin: string, stored: string): boolean {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  return timingSafeEqual(scryptSync(pin, Buffer.from(salt, 'hex'), 32), Buffer.from(hash, 'hex'));
}

function summary({ pinHash: _pinHash, ...operator }: OperatorRecord): OperatorSummary {
  return operator;
}

function requireOperator(store: Store, id: number): OperatorRecord {
  const operator = store.people.getOperator(id);
  if (!operator) throw new DomainError('not_found', { entity: 'entity.operator', ref: String(id) }, 'operatorId');
  return operator;
}

export function listOperators(store: Store, activeOnly: boolean): OperatorSummary[] {
  return store.people
    .listOperators()
    .filter((operator) => !activeOnly || operator.active)
    .map(summary);
}

/** Who is acting, checked on every call: a deactivated operator stops at once. */
export function actorFor(store: Store, operatorId: number): Actor {
  const operator = requireOperator(store, operatorId);
  if (!operator.active) throw new DomainError('operator_inactive', { name: operator.name });
  checkMayWork(store, operator);
  return { id: operator.id, name: operator.name, roles: operator.roles };
}

function checkUniqueName(store: Store, name: string, exceptId: number | null): void {
  const taken = store.people
    .listOperators()
    .some((operator) => operator.id !== exceptId && operator.name.toLowerCase() === name.toLowerCase());
  if (taken) throw new DomainError('duplicate_name', { name }, 'name');
}

export function createOperator(
  store: Store,
  actor: Actor | null,
  input: { name: string; roles: OperatorRole[]; pin?: string | undefined; jobTitle?: string | null | undefined },
): OperatorSummary {
  return write(store, actor, (tx) => {
    checkUniqueName(store, input.name, null);
    checkPinRule(store, { roles: input.roles, active: true, hasPin: Boolean(input.pin) });
    const id = store.people.insertOperator(input.name, input.pin ? hashPin(input.pin) : null, input.roles, tx.now);
    const jobTitle = input.jobTitle || null;
    if (jobTitle) store.people.setJobTitle(id, jobTitle);
    tx.record('operator', id, 'operator.created', {
      name: input.name,
      roles: input.roles,
      pin: Boolean(input.pin),
      jobTitle,
    });
    return summary(requireOperator(store, id));
  });
}

export function updateOperator(
  store: Store,
  actor: Actor,
  input: {
    id: number;
    name: string;
    roles: OperatorRole[];
    active: boolean;
    pin?: string | null | undefined;
    /** Omitted keeps it; empty or null removes it. */
    jobTitle?: string | null | undefined;
  },
): OperatorSummary {
  return write(store, actor, (tx) => {
    const before = requireOperator(store, input.id);
    checkUniqueName(store, input.name, input.id);
    const hasPin = input.pin === undefined ? before.hasPin : input.pin !== null;
    checkPinRule(store, { roles: input.roles, active: input.active, hasPin });
    store.people.updateOperator(input.id, input.name, input.active, input.roles);
    if (input.pin !== undefined) {
      store.people.setPin(input.id, input.pin === null ? null : hashPin(input.pin));
      // A new PIN given by an administrator ends a lockout.
      store.pinAttempts.clear(input.id);
    }
    if (input.jobTitle !== undefined) store.people.setJobTitle(input.id, input.jobTitle || null);
    if (store.people.activeAdminCount() === 0) throw new DomainError('last_admin', {}, 'roles');
    checkAnAdminCanSignIn(store);
    tx.record('operator', input.id, 'operator.updated', {
      name: input.name,
      roles: input.roles,
      active: input.active,
      pinChanged: input.pin !== undefined,
      ...(input.jobTitle !== undefined ? { jobTitle: input.jobTitle || null } : {}),
    });
    return summary(requireOperator(store, input.id));
  });
}

export function createSite(store: Store, actor: Actor | null, input: { name: string; address: string | null }): Site {
  return write(store, actor, (tx) => {
    if (store.people.listSites().some((site) => site.name.toLowerCase() === input.name.toLowerCase())) {
      throw new DomainError('duplicate_name', { name: input.name }, 'name');
    }
    const id = store.people.insertSite(input.name, input.address, tx.now);
    tx.record('site', id, 'site.created', { name: input.name });
    return store.people.getSite(id) as Site;
  });
}

export function updateSite(store: Store, actor: Actor, site: Site): Site {
  return write(store, actor, (tx) => {
    if (!store.people.getSite(site.id)) {
      throw new DomainError('not_found', { entity: 'entity.site', ref: String(site.id) }, 'id');
    }
    if (
      store.people
        .listSites()
        .some((other) => other.id !== site.id && other.name.toLowerCase() === site.name.toLowerCase())
    ) {
      throw new DomainError('duplicate_name', { name: site.name }, 'name');
    }
    store.people.updateSite(site);
    tx.record('site', site.id, 'site.updated', { name: site.name, active: site.active });
    return store.people.getSite(site.id) as Site;
  });
}

/** First start: one site and the first administrator, in one transaction, only while there is no operator. */
export function setUp(
  store: Store,
  input: { siteName: string; operatorName: string; pin?: string | undefined; organisation: string | null },
  /** At a hub's desk: the first administrator's password, hashed, saved in the same transaction. */
  password?: StoredPassword,
): OperatorSummary {
  return write(store, null, (tx) => {
    if (store.people.operatorCount() > 0)
      throw new DomainError('forbidden_role', { role: '—', required: 'role.admin' });
    const siteId = store.people.insertSite(input.siteName, null, tx.now);
    tx.record('site', siteId, 'site.created', { name: input.siteName });
    const id = store.people.insertOperator(
      input.operatorName,
      input.pin ? hashPin(input.pin) : null,
      ['admin'],
      tx.now,
    );
    tx.record('operator', id, 'operator.created', {
      name: input.operatorName,
      roles: ['admin'],
      pin: Boolean(input.pin),
    });
    if (password) {
      store.hub.savePassword(id, password, tx.now);
      tx.record('operator', id, 'operator.password_set', { by: 'self' });
    }
    if (input.organisation) {
      store.settings.set('organisationName', input.organisation);
      tx.record('settings', 1, 'settings.updated', { organisationName: input.organisation });
    }
    return summary(requireOperator(store, id));
  });
}
