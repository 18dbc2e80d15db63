import type { ReturnRecord } from '../../../shared/contract/lending-types';
import type { SimReturnOutcome } from '../../../shared/domain/lending';
import type { AppearanceGrade } from '../../../shared/domain/values';
import type { Db } from '../open';
import type { Column } from '../tables';

export interface NewReturn {
  number: string;
  handoverId: number;
  returnedOn: string;
  missingAccessories: string[];
  notes: string | null;
  recordedBy: number;
}

interface ReturnRow extends Omit<ReturnRecord, 'itemIds' | 'missingAccessories' | 'recordedBy'> {
  itemIds: string;
  missingAccessories: Column<'returns', 'missing_accessories'>;
  recordedById: Column<'returns', 'recorded_by'>;
  recordedByName: Column<'operators', 'name'>;
}

/** One record per desk confirmation; each returned item points at it with its condition. */
export class ReturnRepository {
  private readonly statements;

  constructor(db: Db) {
    this.statements = {
      forHandover: db.prepare<[handoverId: number], ReturnRow>(
        `SELECT r.id, r.number, r.handover_id AS handoverId, r.returned_on AS returnedOn,
           r.missing_accessories AS missingAccessories, r.notes, r.recorded_by AS recordedById,
           o.name AS recordedByName,
           (SELECT json_group_array(i.id) FROM handover_items i WHERE i.return_id = r.id) AS itemIds
         FROM returns r JOIN operators o ON o.id = r.recorded_by WHERE r.handover_id = ? ORDER BY r.id`,
      ),
      insert: db.prepare(
        `INSERT INTO returns (number, handover_id, returned_on, missing_accessories, notes, recorded_by, recorded_at)
         VALUES (@number, @handoverId, @returnedOn, @missingAccessories, @notes, @recordedBy, @now)`,
      ),
      markReturned: db.prepare(
        `UPDATE handover_items SET return_id = @returnId, return_condition = @condition, return_grade = @grade,
           sim_outcome = @simOutcome WHERE id = @itemId AND return_id IS NULL`,
      ),
      handoverOf: db
        .prepare<[returnId: number], Column<'returns', 'handover_id'>>('SELECT handover_id FROM returns WHERE id = ?')
        .pluck(),
      clearNotes: db.prepare('UPDATE returns SET notes = NULL WHERE handover_id = ?'),
      setMissingAccessories: db.prepare('UPDATE returns SET missing_accessories = ? WHERE id = ?'),
      clearConditions: db.prepare('UPDATE handover_items SET return_condition = NULL WHERE handover_id = ?'),
    };
  }

  forHandover(handoverId: number): ReturnRecord[] {
    return this.statements.forHandover
      .all(handoverId)
      .map(({ missingAccessories, itemIds, recordedById, recordedByName, ...row }) => ({
        ...row,
        itemIds: (JSON.parse(itemIds) as number[]).sort((a, b) => a - b),
        missingAccessories: JSON.parse(missingAccessories) as string[],
        recordedBy: { id: recordedById, name: recordedByName },
      }));
  }

  /** The handover a return closes (in part or whole); null when there is no such return. */
  handoverOf(returnId: number): number | null {
    return this.statements.handoverOf.get(returnId) ?? null;
  }

  insert(record: NewReturn, now: string): number {
    return Number(
      this.statements.insert.run({ ...record, missingAccessories: JSON.stringify(record.missingAccessories), now })
        .lastInsertRowid,
    );
  }

  markReturned(
    itemId: number,
    returnId: number,
    detail: { condition: string | null; grade: AppearanceGrade | null; simOutcome: SimReturnOutcome | null },
  ): boolean {
    return this.statements.markReturned.run({ ...detail, itemId, returnId }).changes === 1;
  }

  /** Free-text notes may name people: anonymisation clears them. */
  clearNotes(handoverId: number): void {
    this.statements.clearNotes.run(handoverId);
  }

  setMissingAccessories(returnId: number, accessories: readonly string[]): void {
    this.statements.setMissingAccessories.run(JSON.stringify(accessories), returnId);
  }

  /** The condition typed for each item brought back is free text too ("rendu abîmé par …"): cleared with the notes. */
  clearConditions(handoverId: number): void {
    this.statements.clearConditions.run(handoverId);
  }
}
