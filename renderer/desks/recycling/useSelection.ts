import { useCallback, useState } from 'react';
import type { DeviceAction } from '../../../shared/domain/lifecycle';
import type { DeviceSummary } from '../../../shared/contract/inventory';

/** One device on the recycling list: whether it goes in this pickup, and what the lifecycle allows for it now. */
export interface Entry {
  device: DeviceSummary;
  /** Null when the device came from the "to recycle" list, whose actions were not loaded. */
  allowedActions: DeviceAction[] | null;
  checked: boolean;
  refusal: string | null;
}

/** The devices gathered for a pickup, in scan order, each at most once. */
export function useSelection() {
  const [entries, setEntries] = useState<Entry[]>([]);

  /** Adds new devices at the end and refreshes those already listed. */
  const put = useCallback((incoming: { device: DeviceSummary; allowedActions: DeviceAction[] | null }[]) => {
    setEntries((current) => {
      const next = [...current];
      for (const { device, allowedActions } of incoming) {
        const index = next.findIndex((entry) => entry.device.id === device.id);
        const checked = device.status === 'to_recycle';
        if (index === -1) {
          next.push({ device, allowedActions, checked, refusal: null });
        } else {
          const previous = next[index];
          next[index] = {
            device,
            allowedActions: allowedActions ?? previous?.allowedActions ?? null,
            checked: checked || (previous?.checked ?? false),
            refusal: null,
          };
        }
      }
      return next;
    });
  }, []);

  const toggle = useCallback((id: number) => {
    setEntries((current) =>
      current.map((entry) => (entry.device.id === id ? { ...entry, checked: !entry.checked } : entry)),
    );
  }, []);

  const remove = useCallback((ids: readonly number[]) => {
    setEntries((current) => current.filter((entry) => !ids.includes(entry.device.id)));
  }, []);

  const markRefusals = useCallback((refusals: ReadonlyMap<number, string>) => {
    setEntries((current) => current.map((entry) => ({ ...entry, refusal: refusals.get(entry.device.id) ?? null })));
  }, []);

  return { entries, put, toggle, remove, markRefusals };
}
