/**
 * The checks a handover makes on each scanned item before anything is written: the desk calls them as items are
 * scanned (`handovers.check`, `handovers.preview`), and `handovers.create` runs them again inside its transaction.
 */
import type { SimCard } from '../../shared/contract/sims';
import type { DeviceSummary } from '../../shared/contract/inventory';
import { evaluateAction } from '../../shared/domain/lifecycle';
import type { ErrorCode, Params } from '../../shared/errors';
import type { RefusalDraft } from '../errors';
import type { Store } from '../store/store';
import { loadFacts } from './lifecycle';

export interface ItemVerdict {
  type: 'device' | 'sim';
  id: number;
  /** Asset tag or ICCID; `#id` when the item does not exist. */
  label: string;
  description: string;
  problem: { code: ErrorCode; params: Params } | null;
}

export interface CheckedItems {
  lines: ItemVerdict[];
  devices: DeviceSummary[];
  sims: SimCard[];
}

function checkDevice(store: Store, id: number, seen: Set<number>): { line: ItemVerdict; device: DeviceSummary | null } {
  const device = store.devices.summary(id);
  const line: ItemVerdict = {
    type: 'device',
    id,
    label: device?.assetTag ?? `#${id}`,
    description: device ? [device.make, device.model].filter(Boolean).join(' ') : '',
    problem: null,
  };
  const refuse = (code: ErrorCode, params: Params) => ({ line: { ...line, problem: { code, params } }, device: null });
  if (seen.has(id)) return refuse('handover_item_duplicate', { ref: line.label });
  seen.add(id);
  if (!device) return refuse('not_found', { entity: 'entity.device', ref: String(id) });
  const open = store.handovers.openItemForDevice(id);
  const { assetTag } = device;
  if (open) return refuse('device_already_allocated', { assetTag, handover: open.number, handedOn: open.handedOn });
  if (device.status !== 'ready') return refuse('device_not_ready', { assetTag, state: `state.${device.status}` });
  const head = store.devices.head(id);
  const facts = head ? loadFacts(store, head) : null;
  const verdict = head && facts ? evaluateAction(head.status, 'allocate', facts) : null;
  if (verdict && !verdict.allowed) {
    return refuse(verdict.reason, {
      action: 'action.allocate',
      state: `state.${device.status}`,
      assetTag: device.assetTag,
    });
  }
  return { line, device };
}

function checkSim(store: Store, id: number, seen: Set<number>) {
  const sim = store.sims.get(id);
  const line: ItemVerdict = {
    type: 'sim',
    id,
    label: sim?.iccid ?? `#${id}`,
    description: sim ? [sim.operator, sim.planName, sim.phoneNumber].filter(Boolean).join(' · ') : '',
    problem: null,
  };
  const refuse = (code: ErrorCode, params: Params) => ({ line: { ...line, problem: { code, params } }, sim: null });
  if (seen.has(id)) return refuse('handover_item_duplicate', { ref: line.label });
  seen.add(id);
  if (!sim) return refuse('not_found', { entity: 'entity.sim', ref: String(id) });
  const open = store.handovers.openItemForSim(id);
  if (open)
    return refuse('sim_already_allocated', { iccid: sim.iccid, handover: open.number, handedOn: open.handedOn });
  if (sim.status !== 'in_stock')
    return refuse('sim_not_in_stock', { iccid: sim.iccid, state: `simState.${sim.status}` });
  return { line, sim };
}

/** Judges every item; never throws and never writes. What the items warn about is `handoverWarnings`'s to say. */
export function checkItems(store: Store, deviceIds: readonly number[], simIds: readonly number[]): CheckedItems {
  const result: CheckedItems = { lines: [], devices: [], sims: [] };
  const seenDevices = new Set<number>();
  for (const id of deviceIds) {
    const { line, device } = checkDevice(store, id, seenDevices);
    result.lines.push(line);
    if (device) result.devices.push(device);
  }
  const seenSims = new Set<number>();
  for (const id of simIds) {
    const { line, sim } = checkSim(store, id, seenSims);
    result.lines.push(line);
    if (sim) result.sims.push(sim);
  }
  return result;
}

/** The refused lines as the API's refusals: a SIM line carries its ICCID as the tag and 0 as the device id. */
export function refusalsOf(lines: readonly ItemVerdict[]): RefusalDraft[] {
  return lines.flatMap((line) =>
    line.problem
      ? [
          {
            deviceId: line.type === 'device' ? line.id : 0,
            assetTag: line.label,
            code: line.problem.code,
            params: line.problem.params,
          },
        ]
      : [],
  );
}
