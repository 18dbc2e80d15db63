import type { RecyclingRecord } from '../../shared/contract/recycling';
import { DomainError } from '../errors';
import {
  normaliseTransportDocument,
  transportDocumentProblem,
  type RecyclerKind,
  type WasteCode,
} from '../../shared/domain/waste';
import type { Store } from '../store/store';
import { transitionAll } from './lifecycle';
import { write, type Actor } from './unit-of-work';

export interface RecyclingInput {
  deviceIds: number[];
  recycler: string;
  pickupDate: string;
  weightKg: number | null;
  certificateRef: string | null;
  notes: string | null;
  wasteCode: WasteCode | null;
  recyclerKind: RecyclerKind | null;
  contractRef: string | null;
  transportDocument: string | null;
}

/** The transport document as stored (upper case), or a refusal naming the field. */
function checkedTransportDocument(input: RecyclingInput): string | null {
  const document =
    input.transportDocument === null ? null : normaliseTransportDocument(input.transportDocument) || null;
  // Without a code the document is checked as for non-hazardous waste: only a Trackdéchets-shaped number is held to that shape.
  const problem = transportDocumentProblem(input.wasteCode ?? '16 02 14', document);
  if (problem)
    throw new DomainError(problem, { code: input.wasteCode ?? '', value: document ?? '' }, 'transportDocument');
  return document;
}

/** A recycler's pickup: every device must be waiting for recycling with its media sanitised, or none goes. */
export function recordRecycling(store: Store, actor: Actor, input: RecyclingInput): RecyclingRecord {
  const transportDocument = checkedTransportDocument(input);
  return write(store, actor, (tx) => {
    const { deviceIds, ...rest } = input;
    const pickup = { ...rest, transportDocument };
    const unique = [...new Set(deviceIds)];
    const id = store.recyclings.insert({ ...pickup, recordedBy: actor.id }, tx.now);
    const devices = transitionAll(store, tx, unique, 'recycle', { recyclingId: id, recycler: input.recycler });
    store.recyclings.link(
      id,
      devices.map((device) => device.id),
    );
    // The pickup's notes are free text: kept with the pickup, not in the log.
    const { notes, ...logged } = pickup;
    tx.record('recycling', id, 'recycling.recorded', {
      ...logged,
      notes: notes !== null && notes !== '',
      devices: devices.map((device) => device.assetTag),
    });
    const record = store.recyclings.get(id);
    if (!record) throw new DomainError('not_found', { entity: 'entity.recycling', ref: String(id) });
    return record;
  });
}
