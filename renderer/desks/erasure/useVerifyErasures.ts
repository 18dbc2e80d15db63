import { useCallback } from 'react';
import type { ErasureRecord } from '../../../shared/contract/erasure';
import type { ApiError, Refusal } from '../../../shared/errors';
import { useApiMutation, type ApiCache } from '../../api/queries';

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

/** A verified erasure leaves the awaiting list: its answer takes it out of the cached list, with no refetch. */
function takeOutOfAwaiting(cache: ApiCache, verified: { erasure: ErasureRecord }): void {
  cache.set('erasure.awaitingVerification', {}, (awaiting) =>
    awaiting?.filter((record) => record.id !== verified.erasure.id),
  );
}

/** Verification moves the device on (towards refurbishment): its reads are stale. */
const VERIFICATION_CHANGES = ['devices', 'inventory'] as const;

/**
 * Verifies each chosen erasure as whoever is signed in now; main refuses the performer and non-officers, and each
 * refusal comes back with the device it concerns.
 */
export function useVerifyErasures(): (records: readonly ErasureRecord[], notes: string) => Promise<VerificationRun> {
  const { run: verify } = useApiMutation('erasure.verify', {
    invalidates: VERIFICATION_CHANGES,
    updates: takeOutOfAwaiting,
  });
  return useCallback(
    async (records, notes) => {
      const run: VerificationRun = { verified: [], refusals: [], onlyError: null };
      for (const record of records) {
        const result = await verify({ erasureId: record.id, notes });
        if (result.ok) run.verified.push(result.value.erasure);
        else {
          run.refusals.push({
            deviceId: record.deviceId,
            assetTag: record.assetTag,
            code: result.error.code,
            message: result.error.message,
          });
          run.onlyError = run.refusals.length === 1 ? result.error : null;
        }
      }
      return run;
    },
    [verify],
  );
}
