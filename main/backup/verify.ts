import type { BackupProblem } from '../../shared/contract/backups';
import { DomainError } from '../errors';
import { EventLog, type ChainHead } from '../store/events';
import { checkIntegrity } from '../store/integrity';
import { schemaVersion } from '../store/migrate';
import { openDatabase } from '../store/open';

export interface Verification {
  ok: boolean;
  problem: BackupProblem | null;
  detail: string | null;
  schemaVersion: number | null;
  chainHead: ChainHead | null;
  events: number | null;
}

function failed(problem: BackupProblem, detail: string, version: number | null = null): Verification {
  return { ok: false, problem, detail, schemaVersion: version, chainHead: null, events: null };
}

/**
 * Opens a backup read-only and runs the checks `rebond check` runs (pages, foreign keys, the event chain), with
 * the same code. A file from a newer Rebond is reported as such, not as damaged.
 */
export function verifyBackupFile(path: string, nativeBinding?: string): Verification {
  let db: ReturnType<typeof openDatabase>;
  try {
    db = openDatabase(path, { readonly: true, nativeBinding });
  } catch (error) {
    if (error instanceof DomainError && error.code === 'database_too_new') {
      return failed('too_new', String(error.params.found), Number(error.params.found));
    }
    const detail = error instanceof DomainError ? String(error.params.detail ?? error.code) : (error as Error).message;
    return failed('damaged', detail);
  }
  try {
    const events = new EventLog(db);
    const report = checkIntegrity({ db, events });
    const version = schemaVersion(db);
    const base = { schemaVersion: version, chainHead: events.head(), events: report.chain.checked };
    if (report.integrity.join('; ') !== 'ok')
      return { ...base, ok: false, problem: 'integrity', detail: report.integrity.slice(0, 3).join('; ') };
    const broken = report.foreignKeys[0];
    if (broken) return { ...base, ok: false, problem: 'foreign_keys', detail: `${broken.table} ${broken.rowid}` };
    if (!report.chain.ok)
      return {
        ...base,
        ok: false,
        problem: 'chain',
        detail: `${report.chain.problem ?? ''} ${report.chain.firstBadEventId ?? ''}`.trim(),
      };
    return { ...base, ok: true, problem: null, detail: null };
  } catch (error) {
    return failed('damaged', (error as Error).message);
  } finally {
    db.close();
  }
}
