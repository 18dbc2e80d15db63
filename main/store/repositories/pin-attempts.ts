import type { Db } from '../open';
import type { Column } from '../tables';

/** An operator's failed PIN attempts since their last successful sign-in. */
export interface PinAttempts {
  failures: Column<'pin_attempts', 'failures'>;
  lastFailedAt: Column<'pin_attempts', 'last_failed_at'>;
  lockedUntil: Column<'pin_attempts', 'locked_until'>;
}

export class PinAttemptRepository {
  private readonly statements;

  constructor(db: Db) {
    this.statements = {
      get: db.prepare<[operatorId: number], PinAttempts>(
        'SELECT failures, last_failed_at AS lastFailedAt, locked_until AS lockedUntil FROM pin_attempts WHERE operator_id = ?',
      ),
      save: db.prepare(
        `INSERT INTO pin_attempts (operator_id, failures, last_failed_at, locked_until) VALUES (?, ?, ?, ?)
         ON CONFLICT (operator_id) DO UPDATE SET failures = excluded.failures, last_failed_at = excluded.last_failed_at,
           locked_until = excluded.locked_until`,
      ),
      clear: db.prepare('DELETE FROM pin_attempts WHERE operator_id = ?'),
    };
  }

  get(operatorId: number): PinAttempts | null {
    return this.statements.get.get(operatorId) ?? null;
  }

  save(operatorId: number, attempts: PinAttempts): void {
    this.statements.save.run(operatorId, attempts.failures, attempts.lastFailedAt, attempts.lockedUntil);
  }

  /** Returns whether there was anything to clear. */
  clear(operatorId: number): boolean {
    return this.statements.clear.run(operatorId).changes > 0;
  }
}
