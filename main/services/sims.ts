/** Prepaid SIM cards: intake by ICCID, details learnt later, top-ups, the logged reveal of PIN and PUK. */
import type { SimCard, SimDetail, SimRegistration } from '../../shared/contract/sims';
import { checkIccid, normaliseMobilePhone } from '../../shared/domain/identifiers';
import {
  canTopUp,
  computeSimExpiry,
  evaluateSimAction,
  simActionsFrom,
  type SimAction,
} from '../../shared/domain/sim-lifecycle';
import { DomainError } from '../errors';
import type { NewSim, SimFields } from '../store/repositories/sims';
import type { Store } from '../store/store';
import { pastOrToday, today } from './calendar';
import type { WarningDraft } from './intake';
import { requireProgramme } from './partners';
import { read, write, type Actor, type Tx } from './unit-of-work';

export function requireSim(store: Store, id: number, field = 'simId'): SimCard {
  const sim = store.sims.get(id);
  if (!sim) throw new DomainError('not_found', { entity: 'entity.sim', ref: String(id) }, field);
  return sim;
}

/** Moves a card through its lifecycle inside the caller's transaction, with its event. */
export function transitionSim(
  store: Store,
  tx: Tx,
  sim: SimCard,
  action: SimAction,
  payload: Record<string, unknown> = {},
): void {
  const verdict = evaluateSimAction(sim.status, action);
  if (!verdict.allowed) {
    throw new DomainError(
      verdict.reason,
      { action: `simAction.${action}`, state: `simState.${sim.status}`, iccid: sim.iccid },
      'simId',
    );
  }
  store.sims.setStatus(sim.id, verdict.to, tx.now);
  tx.record('sim', sim.id, `sim.${action}`, { from: sim.status, to: verdict.to, ...payload });
  sim.status = verdict.to;
}

function normalisePhone(store: Store, raw: string | null, field: string, exceptId: number | null): string | null {
  if (raw === null) return null;
  const check = normaliseMobilePhone(raw);
  if (!check.ok) throw new DomainError('phone_invalid', { value: raw }, field);
  const holder = store.sims.holderOfNumber(check.value);
  if (holder && holder.id !== exceptId) {
    throw new DomainError('duplicate_phone_number', { number: check.value, iccid: holder.iccid }, field);
  }
  return check.value;
}

interface RegisterInput {
  operator: string;
  planName: string;
  planDataGb: number | null;
  planValidityDays: number | null;
  receivedOn: string | null;
  notes: string | null;
  cards: { iccid: string; phoneNumber: string | null; pin: string | null; puk: string | null }[];
}

/** A box of cards, all or nothing: the first bad line refuses the whole call, naming the line and the field. */
export function registerSims(
  store: Store,
  actor: Actor,
  input: RegisterInput,
): { sims: SimRegistration['sims']; warnings: (WarningDraft & { index: number })[] } {
  return write(store, actor, (tx) => {
    const receivedOn = pastOrToday(store, input.receivedOn, 'receivedOn');
    const seen = new Map<string, number>();
    const warnings: (WarningDraft & { index: number })[] = [];
    const sims = input.cards.map((card, index) => {
      const field = `cards.${index}`;
      const check = checkIccid(card.iccid);
      if (!check.ok) throw new DomainError('iccid_invalid', { value: card.iccid }, `${field}.iccid`);
      const iccid = check.value;
      if (check.warning)
        warnings.push({ code: check.warning, field: `${field}.iccid`, params: { value: iccid }, index });
      const registered = store.sims.idByIccid(iccid) !== null;
      const duplicate = seen.has(iccid) ? 'simDuplicate.inList' : registered ? 'simDuplicate.registered' : null;
      if (duplicate)
        throw new DomainError('duplicate_iccid', { line: index + 1, iccid, detail: duplicate }, `${field}.iccid`);
      seen.set(iccid, index);
      const sim: NewSim = {
        iccid,
        phoneNumber: normalisePhone(store, card.phoneNumber, `${field}.phoneNumber`, null),
        operator: input.operator,
        planName: input.planName,
        planDataGb: input.planDataGb,
        planValidityDays: input.planValidityDays,
        pin: card.pin,
        puk: card.puk,
        receivedOn,
        notes: input.notes,
      };
      const id = store.sims.insert(sim, tx.now);
      tx.record('sim', id, 'sim.registered', { iccid, operator: input.operator, planName: input.planName });
      return { id, iccid };
    });
    return { sims, warnings };
  });
}

export function simDetail(store: Store, ref: { id: number } | { iccid: string }): SimDetail {
  return read(store, () => {
    let id: number | null;
    if ('id' in ref) id = ref.id;
    else {
      const check = checkIccid(ref.iccid);
      id = check.ok ? store.sims.idByIccid(check.value) : null;
      if (id === null) throw new DomainError('not_found', { entity: 'entity.sim', ref: ref.iccid }, 'iccid');
    }
    const sim = requireSim(store, id, 'id');
    return {
      ...sim,
      topUps: store.sims.topUps(sim.id),
      allowedActions: simActionsFrom(sim.status),
      handovers: store.handovers.historyForSim(sim.id),
      history: store.events.forEntity('sim', sim.id),
    };
  });
}

export function updateSim(
  store: Store,
  actor: Actor,
  input: SimFields & { id: number; pin?: string | null | undefined; puk?: string | null | undefined },
): SimDetail {
  write(store, actor, (tx) => {
    const before = requireSim(store, input.id, 'id');
    const fields: SimFields = {
      phoneNumber: normalisePhone(store, input.phoneNumber, 'phoneNumber', input.id),
      operator: input.operator,
      planName: input.planName,
      planDataGb: input.planDataGb,
      planValidityDays: input.planValidityDays,
      notes: input.notes,
    };
    store.sims.update(input.id, fields, tx.now);
    const changed: string[] = (Object.keys(fields) as (keyof SimFields)[]).filter((key) => before[key] !== fields[key]);
    for (const secret of ['pin', 'puk'] as const) {
      const value = input[secret];
      if (value === undefined) continue;
      store.sims.setSecret(input.id, secret, value, tx.now);
      changed.push(secret);
    }
    // The codes themselves never go into an event.
    if (changed.length > 0) tx.record('sim', input.id, 'sim.updated', { changed });
  });
  return simDetail(store, { id: input.id });
}

export function topUpSim(
  store: Store,
  actor: Actor,
  input: {
    simId: number;
    toppedUpOn: string | null;
    amountCents: number;
    dataGb: number | null;
    validityDays: number | null;
    programmeId: number | null;
  },
): SimDetail {
  write(store, actor, (tx) => {
    const sim = requireSim(store, input.simId);
    if (!canTopUp(sim.status)) {
      throw new DomainError('sim_top_up_not_allowed', { iccid: sim.iccid, state: `simState.${sim.status}` }, 'simId');
    }
    const toppedUpOn = pastOrToday(store, input.toppedUpOn, 'toppedUpOn');
    const validityDays = input.validityDays ?? sim.planValidityDays;
    if (validityDays === null) {
      const params = { field: 'field.validityDays', detail: 'validation.validity_required' };
      throw new DomainError('invalid_input', params, 'validityDays');
    }
    if (input.programmeId !== null) requireProgramme(store, input.programmeId);
    const topUpId = store.sims.insertTopUp(
      {
        simId: sim.id,
        toppedUpOn,
        amountCents: input.amountCents,
        dataGb: input.dataGb,
        validityDays,
        programmeId: input.programmeId,
        recordedBy: actor.id,
      },
      tx.now,
    );
    const ledger = store.sims
      .topUps(sim.id)
      .map((topUp) => ({ on: topUp.toppedUpOn, validityDays: topUp.validityDays }));
    const expiresOn = computeSimExpiry(ledger);
    store.sims.setExpiry(sim.id, expiresOn, tx.now);
    tx.record('sim', sim.id, 'sim.topped_up', {
      topUpId,
      toppedUpOn,
      amountCents: input.amountCents,
      dataGb: input.dataGb,
      validityDays,
      programmeId: input.programmeId,
      expiresOn,
    });
    if (sim.status === 'expired' && expiresOn !== null && expiresOn > today(store))
      transitionSim(store, tx, sim, 'reactivate');
  });
  return simDetail(store, { id: input.simId });
}

/** PIN and PUK for a coordinator at the phone with the operator or the recipient: each look is logged. */
export function revealSimSecrets(
  store: Store,
  actor: Actor,
  simId: number,
): { pin: string | null; puk: string | null } {
  return write(store, actor, (tx) => {
    const sim = requireSim(store, simId);
    const secrets = store.sims.secrets(sim.id) ?? { pin: null, puk: null };
    tx.record('sim', sim.id, 'sim.secrets_viewed', { iccid: sim.iccid, by: actor.name });
    return secrets;
  });
}

export function setSimStatus(
  store: Store,
  actor: Actor,
  input: { simId: number; action: SimAction; note: string | null },
): SimDetail {
  write(store, actor, (tx) => {
    const sim = requireSim(store, input.simId);
    transitionSim(store, tx, sim, input.action, input.note ? { note: input.note } : {});
  });
  return simDetail(store, { id: input.simId });
}

export function listSims(store: Store, filter: Parameters<Store['sims']['list']>[0]): SimCard[] {
  return store.sims.list(filter);
}
