import type { DeviceDetail, Drive } from '../../../shared/contract/devices';
import type { MediaErasureState } from '../../../shared/domain/lifecycle';
import { WHOLE_DEVICE_ERASURE_KINDS } from '../../../shared/domain/values';

/** What gets an erasure record: each drive, or the device as a whole (tablets, phones, devices without drives). */
export interface ErasureSubject {
  key: string;
  driveId: number | null;
  drive: Drive | null;
  state: MediaErasureState;
}

export function subjectsOf(device: DeviceDetail): ErasureSubject[] {
  if (WHOLE_DEVICE_ERASURE_KINDS.includes(device.kind) || device.drives.length === 0) {
    return [{ key: 'device', driveId: null, drive: null, state: device.facts.wholeDevice }];
  }
  return device.drives.map((drive) => ({ key: `drive-${drive.id}`, driveId: drive.id, drive, state: drive.erasure }));
}

/** The subject to work on first: the first one not yet successfully erased. */
export function firstToErase(subjects: readonly ErasureSubject[]): ErasureSubject | null {
  return subjects.find((subject) => subject.state === 'none' || subject.state === 'failed') ?? null;
}
