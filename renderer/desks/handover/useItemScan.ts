import { useCallback } from 'react';
import { useApiFetch } from '../../api/useApiFetch';
import type { DeviceSummary } from '../../../shared/contract/inventory';
import { checkIccid } from '../../../shared/domain/identifiers';
import type { ApiError, Warning } from '../../../shared/errors';
import { localProblem } from '../../components/fieldError';
import { useT } from '../../i18n/useT';
import type { BasketItem } from './draft';

export type ItemScan =
  | { kind: 'added'; item: BasketItem; warnings: Warning[] }
  | { kind: 'choose'; rows: DeviceSummary[] }
  | { kind: 'refused'; problem: ApiError };

type Candidate = Omit<BasketItem, 'description' | 'refusal'>;

/** Digits only once spaces are gone, starting with 89 and long enough: a SIM card, not a device identifier. */
const ICCID_LIKE = /^89\d{16,}F?$/i;
const digitsOf = (code: string) => code.replace(/[\s-]/g, '');

/**
 * A scanned code to an item of the basket, or the reason it cannot go in. An ICCID finds a SIM card; anything
 * else is an asset tag, serial or IMEI. Each found item is checked by main at once (`handovers.check`): a device
 * not ready, a SIM card not in stock, anything already lent is refused here, before the confirmation.
 */
export function useItemScan(basket: readonly BasketItem[]) {
  const call = useApiFetch();
  const t = useT();

  const admit = useCallback(
    async (candidate: Candidate): Promise<ItemScan> => {
      if (basket.some((item) => item.type === candidate.type && item.id === candidate.id)) {
        return {
          kind: 'refused',
          problem: localProblem(t('error.handover_item_duplicate', { ref: candidate.label }), 'scan'),
        };
      }
      const ids = candidate.type === 'device' ? { deviceIds: [candidate.id] } : { simIds: [candidate.id] };
      const check = await call('handovers.check', ids);
      if (!check.ok) return { kind: 'refused', problem: check.error };
      const line = check.value.lines[0];
      if (!line)
        return {
          kind: 'refused',
          problem: localProblem(t('handoverDesk.notFound', { code: candidate.label }), 'scan'),
        };
      if (line.problem)
        return { kind: 'refused', problem: { code: line.problem.code, message: line.problem.message, field: 'scan' } };
      const item: BasketItem = { ...candidate, label: line.label, description: line.description, refusal: null };
      return { kind: 'added', item, warnings: check.value.warnings };
    },
    [basket, call, t],
  );

  const findSim = useCallback(
    async (code: string): Promise<ItemScan> => {
      const iccid = checkIccid(code);
      if (!iccid.ok)
        return { kind: 'refused', problem: localProblem(t('error.iccid_invalid', { value: code }), 'scan') };
      const sim = await call('sims.get', { iccid: iccid.value });
      if (!sim.ok)
        return { kind: 'refused', problem: localProblem(t('handoverDesk.simUnknown', { iccid: iccid.value }), 'scan') };
      return admit({ type: 'sim', id: sim.value.id, label: sim.value.iccid, kind: 'sim' });
    },
    [admit, call, t],
  );

  const device = useCallback(
    (row: DeviceSummary) => admit({ type: 'device', id: row.id, label: row.assetTag, kind: row.kind }),
    [admit],
  );

  const scan = useCallback(
    async (raw: string): Promise<ItemScan> => {
      const code = raw.trim();
      if (code === '') return { kind: 'refused', problem: localProblem(t('handoverDesk.scanEmpty'), 'scan') };
      const digits = digitsOf(code);
      if (ICCID_LIKE.test(digits)) return findSim(digits);
      const search = await call('inventory.search', { query: code, limit: 12 });
      if (!search.ok) return { kind: 'refused', problem: search.error };
      const { exact, rows } = search.value;
      if (exact) return device(exact);
      // A short run of digits starting with 89 that no device carries: most likely a truncated ICCID.
      if (rows.length === 0 && /^89\d+$/.test(digits)) return findSim(digits);
      if (rows.length === 0)
        return { kind: 'refused', problem: localProblem(t('handoverDesk.notFound', { code }), 'scan') };
      return { kind: 'choose', rows };
    },
    [call, device, findSim, t],
  );

  return { scan, device };
}
