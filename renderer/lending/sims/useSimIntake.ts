import { useCallback, useState } from 'react';
import type { Warning } from '../../../shared/errors';
import type { ApiError } from '../../../shared/errors';
import { useApiMutation } from '../../api/queries';
import type { ScanOutcome } from '../../components/ScanInput';
import { useT } from '../../i18n/useT';
import { parseNumber, parseWholeNumber, valueOrNull } from '../../../shared/format';

/** The defaults of a box of cards, as typed: every card scanned takes them. */
export interface SimBatch {
  operator: string;
  planName: string;
  planDataGb: string;
  planValidityDays: string;
  receivedOn: string;
}

export interface RegisteredSim {
  id: number;
  iccid: string;
  warnings: Warning[];
}

export interface SimIntake {
  registered: RegisteredSim[];
  error: ApiError | null;
  busy: boolean;
  /** Registers one scanned card at once; the outcome tells the scan field how to beep. */
  register: (scanned: string) => Promise<ScanOutcome>;
  dismiss: () => void;
}

/**
 * One card per scan, registered at once like devices at the intake desk: a refused code creates nothing and says
 * why (main's translated message); a doubtful check digit is taken with its warning.
 */
export function useSimIntake(batch: SimBatch): SimIntake {
  const t = useT();
  const registerMany = useApiMutation('sims.registerMany');
  const [registered, setRegistered] = useState<RegisteredSim[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const register = useCallback(
    async (scanned: string) => {
      setBusy(true);
      const result = await registerMany.run({
        operator: batch.operator,
        planName: batch.planName,
        planDataGb: valueOrNull(parseNumber(batch.planDataGb)),
        planValidityDays: valueOrNull(parseWholeNumber(batch.planValidityDays)),
        receivedOn: batch.receivedOn === '' ? null : batch.receivedOn,
        cards: [{ iccid: scanned }],
      });
      setBusy(false);
      if (!result.ok) {
        // One card per call: main's « Ligne 1 : » would only confuse, so a duplicate is said in the desk's words.
        const message =
          result.error.code === 'duplicate_iccid' ? t('simIntake.duplicate', { iccid: scanned }) : result.error.message;
        setError({ ...result.error, message });
        return 'refused';
      }
      setError(null);
      const card = result.value.sims[0];
      if (card) setRegistered((list) => [{ id: card.id, iccid: card.iccid, warnings: result.value.warnings }, ...list]);
      return 'accepted';
    },
    [batch, registerMany.run, t],
  );

  return { registered, error, busy, register, dismiss: () => setError(null) };
}
