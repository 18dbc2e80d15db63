import { useCallback, useState } from 'react';
import type { DeviceSummary } from '../../../shared/contract/inventory';

/** One device registered during this sitting at the desk, with the warnings main attached to it. */
export interface LoggedDevice {
  id: number;
  assetTag: string;
  kind: DeviceSummary['kind'];
  make: string;
  model: string;
  serial: string;
  imei: string;
  warnings: string[];
}

const keyFor = (batchId: number) => `rebond.intake.session.${batchId}`;

function read(batchId: number): LoggedDevice[] {
  try {
    const stored = JSON.parse(sessionStorage.getItem(keyFor(batchId)) ?? '[]') as unknown;
    return Array.isArray(stored) ? (stored as LoggedDevice[]) : [];
  } catch {
    return [];
  }
}

/** The running list of this session's devices, newest first; it survives a reload of the tab, not a new tab. */
export function useSessionLog(batchId: number): { devices: LoggedDevice[]; add: (device: LoggedDevice) => void } {
  const [devices, setDevices] = useState<LoggedDevice[]>(() => read(batchId));
  const add = useCallback(
    (device: LoggedDevice) => {
      setDevices((current) => {
        const next = [device, ...current].slice(0, 500);
        sessionStorage.setItem(keyFor(batchId), JSON.stringify(next));
        return next;
      });
    },
    [batchId],
  );
  return { devices, add };
}
