import type { Programme, ProgrammeTarget } from '../../../shared/contract/lending-types';
import type { Db } from '../open';
import type { Column } from '../tables';

export type ProgrammeFields = Omit<Programme, 'id' | 'targets'>;

type ProgrammeRow = Omit<Programme, 'targets'>;

/** Funded schemes with their default terms and their targets per device kind and for SIM cards. */
export class ProgrammeRepository {
  private readonly statements;

  constructor(db: Db) {
    const columns = `id, name, funder, starts_on AS startsOn, ends_on AS endsOn, default_kind AS defaultKind,
      loan_days AS loanDays, agreement_variant AS agreementVariant, notes`;
    this.statements = {
      all: db.prepare<[], ProgrammeRow>(`SELECT ${columns} FROM programmes ORDER BY starts_on DESC, id DESC`),
      one: db.prepare<[id: number], ProgrammeRow>(`SELECT ${columns} FROM programmes WHERE id = ?`),
      byName: db
        .prepare<[name: string], Column<'programmes', 'id'>>('SELECT id FROM programmes WHERE name = ? COLLATE NOCASE')
        .pluck(),
      targets: db.prepare<[programmeId: number], ProgrammeTarget>(
        'SELECT item, target FROM programme_targets WHERE programme_id = ? ORDER BY item',
      ),
      insert: db.prepare(
        `INSERT INTO programmes (name, funder, starts_on, ends_on, default_kind, loan_days, agreement_variant, notes,
           created_at, updated_at)
         VALUES (@name, @funder, @startsOn, @endsOn, @defaultKind, @loanDays, @agreementVariant, @notes, @now, @now)`,
      ),
      update: db.prepare(
        `UPDATE programmes SET name = @name, funder = @funder, starts_on = @startsOn, ends_on = @endsOn,
           default_kind = @defaultKind, loan_days = @loanDays, agreement_variant = @agreementVariant, notes = @notes,
           updated_at = @now
         WHERE id = @id`,
      ),
      clearTargets: db.prepare('DELETE FROM programme_targets WHERE programme_id = ?'),
      insertTarget: db.prepare('INSERT INTO programme_targets (programme_id, item, target) VALUES (?, ?, ?)'),
    };
  }

  private withTargets(row: ProgrammeRow): Programme {
    return { ...row, targets: this.statements.targets.all(row.id) };
  }

  list(): Programme[] {
    return this.statements.all.all().map((row) => this.withTargets(row));
  }

  get(id: number): Programme | null {
    const row = this.statements.one.get(id);
    return row ? this.withTargets(row) : null;
  }

  idByName(name: string): number | null {
    return this.statements.byName.get(name) ?? null;
  }

  insert(fields: ProgrammeFields, now: string): number {
    return Number(this.statements.insert.run({ ...fields, now }).lastInsertRowid);
  }

  update(id: number, fields: ProgrammeFields, now: string): void {
    this.statements.update.run({ ...fields, id, now });
  }

  replaceTargets(id: number, targets: readonly ProgrammeTarget[]): void {
    this.statements.clearTargets.run(id);
    for (const target of targets) this.statements.insertTarget.run(id, target.item, target.target);
  }
}
