import { useCallback } from 'react';
import type { DeviceDetail } from '../../../shared/contract/devices';
import type { DeviceSummary } from '../../../shared/contract/inventory';
import { useApiFetch } from '../../api/useApiFetch';
import { useT } from '../../i18n/useT';
import type { ApiError } from '../../../shared/errors';
import { localProblem } from '../../components/fieldError';

export type Lookup =
  | { kind: 'found'; device: DeviceDetail }
  | { kind: 'choose'; rows: DeviceSummary[] }
  | { kind: 'problem'; problem: ApiError };

/** A scanned asset tag, serial or IMEI to the device's full record; several near matches are offered to choose. */
export function useDeviceLookup(): {
  lookUp: (query: string) => Promise<Lookup>;
  load: (id: number) => Promise<Lookup>;
} {
  const call = useApiFetch();
  const t = useT();

  const load = useCallback(
    async (id: number): Promise<Lookup> => {
      const detail = await call('devices.get', { id });
      return detail.ok ? { kind: 'found', device: detail.value } : { kind: 'problem', problem: detail.error };
    },
    [call],
  );

  const lookUp = useCallback(
    async (query: string): Promise<Lookup> => {
      const trimmed = query.trim();
      if (trimmed === '') return { kind: 'problem', problem: localProblem(t('desk.scanEmpty'), 'query') };
      const search = await call('inventory.search', { query: trimmed, limit: 12 });
      if (!search.ok) return { kind: 'problem', problem: search.error };
      const { exact, rows } = search.value;
      if (exact) return load(exact.id);
      if (rows.length === 0) {
        return { kind: 'problem', problem: localProblem(t('desk.noDeviceMatches', { query: trimmed }), 'query') };
      }
      return { kind: 'choose', rows };
    },
    [call, load, t],
  );

  return { lookUp, load };
}
