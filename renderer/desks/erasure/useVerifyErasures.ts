import { useCallback } from 'react';
import type { ErasureRecord } from '../../../shared/contract/erasure';
import type { ApiError, Refusal } from '../../../shared/errors';
import { useApi } from '../../api/useApi';

export interface VerificationRun {
  verified: ErasureRecord[];
  refusals: Refusal[];
  /** Main's own error when exactly one verification was refused: shown as it came, word for word. */
  onlyError: ApiError | null;
}

/** One refusal is shown as main worded it; several as one line per device under `summary`. */
export function refusalToShow(run: VerificationRun, summary: string): ApiError | null {
  if (run.refusals.length === 0) return null;
  if (run.refusals.length === 1 && run.onlyError) return run.onlyError;
  return { code: 'bulk_refused', message: summary, refusals: run.refusals };
}

/**
 * Verifies each chosen erasure as whoever is signed in now; main refuses the performer and non-officers, and each
 * refusal comes back with the device it concerns.
 */
export function useVerifyErasures(): (records: readonly ErasureRecord[], notes: string) => Promise<VerificationRun> {
  const call = useApi();
  return useCallback(
    async (records, notes) => {
      const run: VerificationRun = { verified: [], refusals: [], onlyError: null };
      for (const record of records) {
        const result = await call('erasure.verify', { erasureId: record.id, notes });
        if (result.ok) run.verified.push(result.value.erasure);
        else {
          run.refusals.push({ deviceId: record.deviceId, assetTag: record.assetTag, code: result.error.code, message: result.error.message });
          run.onlyError = run.refusals.length === 1 ? result.error : null;
        }
      }
      return run;
    },
    [call],
  );
}
