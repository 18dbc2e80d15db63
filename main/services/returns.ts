/**
 * The returns desk: a scan finds the open handover item; one confirmation records the items handed back. A device
 * goes straight to the erasure queue (nothing is lent again unerased); a SIM card goes back to stock or is cut.
 */
import type { ReturnCreated, ReturnLookup } from '../../shared/contract/lending-types';
import type { SimReturnOutcome } from '../../shared/domain/lending';
import { checkIccid, normaliseMobilePhone, normaliseSerial } from '../../shared/domain/identifiers';
import type { AppearanceGrade } from '../../shared/domain/values';
import { DomainError } from '../errors';
import type { ItemRow, OpenItem } from '../store/repositories/handovers';
import type { Store } from '../store/store';
import { pastOrToday } from './calendar';
import { handoverDetail } from './handovers';
import { requireDevice, transition } from './lifecycle';
import { requireSim, transitionSim } from './sims';
import { read, write, type Actor, type Tx } from './unit-of-work';

function openItemFor(store: Store, scan: string): OpenItem | null {
  for (const device of store.inventory.exact(normaliseSerial(scan))) {
    const item = store.handovers.openItemForDevice(device.id);
    if (item) return item;
  }
  const iccid = checkIccid(scan);
  const simId = iccid.ok ? store.sims.idByIccid(iccid.value) : null;
  if (simId !== null) return store.handovers.openItemForSim(simId);
  const phone = normaliseMobilePhone(scan);
  const holder = phone.ok ? store.sims.holderOfNumber(phone.value) : null;
  return holder ? store.handovers.openItemForSim(holder.id) : null;
}

/** Asset tag, serial, IMEI, ICCID or phone number: the open handover the scanned item belongs to. */
export function lookupReturn(store: Store, actor: Actor, scan: string): ReturnLookup {
  return read(store, () => {
    const item = openItemFor(store, scan);
    if (!item) throw new DomainError('no_open_handover', { ref: scan }, 'scan');
    return { handover: handoverDetail(store, item.handoverId, actor.roles), itemId: item.itemId };
  });
}

export interface ReturnInput {
  items: { itemId: number; condition: string | null; grade: AppearanceGrade | null; simOutcome: SimReturnOutcome }[];
  returnedOn: string | null;
  missingAccessories: string[];
  notes: string | null;
}

function labelOf(store: Store, item: ItemRow): string {
  if (item.deviceId !== null) return store.devices.head(item.deviceId)?.assetTag ?? `#${item.id}`;
  return store.sims.get(item.simId ?? 0)?.iccid ?? `#${item.id}`;
}

/** Every item exists, is still out, appears once, and all come from the same handover. */
function loadItems(store: Store, input: ReturnInput): ItemRow[] {
  const seen = new Set<number>();
  const rows = input.items.map(({ itemId }, index) => {
    const field = `items.${index}.itemId`;
    const row = store.handovers.item(itemId);
    if (!row) throw new DomainError('item_not_in_handover', { item: String(itemId) }, field);
    if (seen.has(itemId)) throw new DomainError('handover_item_duplicate', { ref: labelOf(store, row) }, field);
    seen.add(itemId);
    if (row.returnId !== null) {
      const returned = store.handovers.items(row.handoverId).find((candidate) => candidate.id === row.id)?.returned;
      const params = { ref: labelOf(store, row), returnedOn: returned?.returnedOn ?? '' };
      throw new DomainError('item_already_returned', params, field);
    }
    return row;
  });
  const handoverIds = [...new Set(rows.map((row) => row.handoverId))];
  if (handoverIds.length > 1) {
    const numbers = handoverIds.map((id) => store.handovers.summary(id)?.number ?? `#${id}`);
    throw new DomainError('return_mixed_handovers', { handovers: numbers }, 'items');
  }
  return rows;
}

/** A device back from a loan is queued for erasure at once; one reported lost comes back the same way. */
function takeBackDevice(store: Store, tx: Tx, deviceId: number, payload: Record<string, unknown>): void {
  const device = requireDevice(store, deviceId);
  if (device.status === 'allocated') {
    transition(store, tx, device, 'record_return', payload);
    transition(store, tx, device, 'queue_erasure', payload);
  } else if (device.status === 'lost_stolen') {
    transition(store, tx, device, 'recover', payload);
  }
}

function takeBackSim(
  store: Store,
  tx: Tx,
  simId: number,
  outcome: SimReturnOutcome,
  payload: Record<string, unknown>,
): SimReturnOutcome {
  const sim = requireSim(store, simId);
  if (sim.status === 'deactivated') return 'deactivate';
  if (sim.status !== 'returned') transitionSim(store, tx, sim, 'return', payload);
  transitionSim(store, tx, sim, outcome, payload);
  return outcome;
}

export function createReturn(store: Store, actor: Actor, input: ReturnInput): ReturnCreated {
  return write(store, actor, (tx) => {
    const rows = loadItems(store, input);
    const handoverId = rows[0]?.handoverId ?? 0;
    const handover = store.handovers.summary(handoverId);
    if (!handover) throw new DomainError('not_found', { entity: 'entity.handover', ref: String(handoverId) }, 'items');
    const returnedOn = pastOrToday(store, input.returnedOn, 'returnedOn');
    if (returnedOn < handover.handedOn) {
      const params = { field: 'field.returnedOn', detail: 'validation.return_before_handover' };
      throw new DomainError('invalid_input', params, 'returnedOn');
    }
    const year = returnedOn.slice(0, 4);
    const number = `RT-${year}-${String(store.settings.take(`return-${year}`)).padStart(4, '0')}`;
    const returnId = store.returns.insert(
      {
        number,
        handoverId,
        returnedOn,
        missingAccessories: input.missingAccessories,
        notes: input.notes,
        recordedBy: actor.id,
      },
      tx.now,
    );
    const payload = { handoverId, handover: handover.number, returnId, return: number };
    rows.forEach((row, index) => {
      const detail = input.items[index];
      if (!detail) return;
      let simOutcome: SimReturnOutcome | null = null;
      if (row.deviceId !== null) takeBackDevice(store, tx, row.deviceId, payload);
      else if (row.simId !== null) simOutcome = takeBackSim(store, tx, row.simId, detail.simOutcome, payload);
      store.returns.markReturned(row.id, returnId, { condition: detail.condition, grade: detail.grade, simOutcome });
    });
    tx.record('return', returnId, 'return.recorded', {
      number,
      handoverId,
      returnedOn,
      itemIds: rows.map((row) => row.id),
      // Accessories are typed as free text: the log counts them, the return keeps the list.
      missingAccessories: input.missingAccessories.length,
    });
    if (store.handovers.openItemCount(handoverId) === 0 && handover.closedOn === null) {
      store.handovers.close(handoverId, returnedOn);
      tx.record('handover', handoverId, 'handover.closed', { number: handover.number, closedOn: returnedOn, returnId });
    }
    const returns = store.returns.forHandover(handoverId);
    const record = returns.find((candidate) => candidate.id === returnId);
    if (!record) throw new Error('return just recorded not found');
    return { return: record, handover: handoverDetail(store, handoverId, actor.roles) };
  });
}
