import type { DocumentSubject } from '../../shared/domain/documents';
import { DomainError } from '../errors';
import type { DeviceRecord } from '../store/repositories/devices';
import type { Store } from '../store/store';

/**
 * The devices a device, batch or selection subject stands for, in the order given (a batch's in intake order).
 * An unknown id is refused by name.
 */
export function subjectDevices(store: Store, subject: DocumentSubject): DeviceRecord[] {
  let ids: readonly number[];
  if (subject.type === 'batch') {
    const batchId = subject.ids[0] ?? 0;
    if (!store.batches.get(batchId))
      throw new DomainError('not_found', { entity: 'entity.batch', ref: String(batchId) }, 'subject');
    ids = store.batches.deviceIds(batchId);
  } else {
    ids = [...new Set(subject.ids)];
  }
  return ids.map((id) => {
    const device = store.devices.record(id);
    if (!device) throw new DomainError('not_found', { entity: 'entity.device', ref: String(id) }, 'subject');
    return device;
  });
}
