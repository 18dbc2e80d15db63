import type { ClauseVariant } from '../../../shared/domain/agreement-variants';
import type { TargetItem } from '../../../shared/domain/lending';
import type { Lang } from '../../../shared/i18n';
import type { Db } from '../open';
import type { Column } from '../tables';

export interface StoredTemplate {
  body: string;
  updatedAt: string;
  updatedBy: { id: number; name: string };
}

/** What a programme counts one item handed over at, for the agreements. */
export interface ItemValue {
  item: Column<'programme_item_values', 'item'>;
  valueCents: Column<'programme_item_values', 'value_cents'>;
}

/** A programme's saved agreement texts and the reference values its agreements print. */
export class AgreementTemplateRepository {
  private readonly statements;

  constructor(db: Db) {
    this.statements = {
      get: db.prepare<
        [programmeId: number, variant: ClauseVariant, lang: Lang],
        {
          body: Column<'agreement_texts', 'body'>;
          updatedAt: Column<'agreement_texts', 'updated_at'>;
          updatedById: Column<'agreement_texts', 'updated_by'>;
          updatedByName: Column<'operators', 'name'>;
        }
      >(
        `SELECT t.body, t.updated_at AS updatedAt, t.updated_by AS updatedById, o.name AS updatedByName
         FROM agreement_texts t JOIN operators o ON o.id = t.updated_by
         WHERE t.programme_id = ? AND t.variant = ? AND t.lang = ?`,
      ),
      upsert: db.prepare(
        `INSERT INTO agreement_texts (programme_id, variant, lang, body, updated_by, updated_at)
         VALUES (@programmeId, @variant, @lang, @body, @updatedBy, @now)
         ON CONFLICT (programme_id, variant, lang)
         DO UPDATE SET body = excluded.body, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      ),
      remove: db.prepare('DELETE FROM agreement_texts WHERE programme_id = ? AND variant = ? AND lang = ?'),
      values: db.prepare<[programmeId: number], ItemValue>(
        'SELECT item, value_cents AS valueCents FROM programme_item_values WHERE programme_id = ?',
      ),
      clearValues: db.prepare('DELETE FROM programme_item_values WHERE programme_id = ?'),
      insertValue: db.prepare('INSERT INTO programme_item_values (programme_id, item, value_cents) VALUES (?, ?, ?)'),
    };
  }

  get(programmeId: number, variant: ClauseVariant, lang: Lang): StoredTemplate | null {
    const row = this.statements.get.get(programmeId, variant, lang);
    if (!row) return null;
    return { body: row.body, updatedAt: row.updatedAt, updatedBy: { id: row.updatedById, name: row.updatedByName } };
  }

  save(programmeId: number, variant: ClauseVariant, lang: Lang, body: string, updatedBy: number, now: string): void {
    this.statements.upsert.run({ programmeId, variant, lang, body, updatedBy, now });
  }

  /** Returns whether there was a saved text to remove. */
  remove(programmeId: number, variant: ClauseVariant, lang: Lang): boolean {
    return this.statements.remove.run(programmeId, variant, lang).changes > 0;
  }

  itemValues(programmeId: number): ItemValue[] {
    return this.statements.values.all(programmeId);
  }

  replaceItemValues(programmeId: number, values: readonly { item: TargetItem; valueCents: number }[]): void {
    this.statements.clearValues.run(programmeId);
    for (const value of values) this.statements.insertValue.run(programmeId, value.item, value.valueCents);
  }
}
