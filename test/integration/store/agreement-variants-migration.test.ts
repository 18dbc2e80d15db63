import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../main/store/migrate';
import { MIGRATIONS } from '../../../main/store/migrations';
import { AGREEMENT_VARIANTS_SQL } from '../../../main/store/migrations/0009-agreement-variants';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  migrate(db, MIGRATIONS.slice(0, 5));
  db.exec(`
    INSERT INTO operators (id, name, created_at) VALUES (1, 'A', 'now');
    INSERT INTO programmes (id, name, starts_on, default_kind, agreement_variant, created_at, updated_at)
      VALUES (1, 'P', '2026-01-01', 'loan', 'standard', 'now', 'now');
    INSERT INTO agreement_templates (programme_id, kind, lang, body, updated_by, updated_at) VALUES
      (1, 'loan', 'fr', '# Prêt du programme', 1, '2026-10-01'),
      (1, 'donation', 'en', '# Programme gift', 1, '2026-10-02');
  `);
});
afterEach(() => db.close());

const rows = () =>
  db
    .prepare('SELECT variant, lang, body, updated_at AS updatedAt FROM agreement_texts ORDER BY variant, lang')
    .all() as {
    variant: string;
    lang: string;
    body: string;
    updatedAt: string;
  }[];

describe('migration 9: agreement texts per variant', () => {
  it('is literal SQL', () => {
    expect(AGREEMENT_VARIANTS_SQL).not.toContain('${');
  });

  it('drops the texts per kind', () => {
    migrate(db, MIGRATIONS.slice(0, 9));
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'agreement_templates'").pluck().get()).toBe(0);
  });

  it('carries a saved loan text to the adult and minor variants, a donation text to the donation one, and none to the institution', () => {
    migrate(db, MIGRATIONS.slice(0, 9));
    expect(rows()).toEqual([
      { variant: 'adult', lang: 'fr', body: '# Prêt du programme', updatedAt: '2026-10-01' },
      { variant: 'donation', lang: 'en', body: '# Programme gift', updatedAt: '2026-10-02' },
      { variant: 'minor', lang: 'fr', body: '# Prêt du programme', updatedAt: '2026-10-01' },
    ]);
  });

  it('accepts only the four variants, one text per programme, variant and language', () => {
    migrate(db, MIGRATIONS.slice(0, 9));
    const insert = db.prepare(
      "INSERT INTO agreement_texts (programme_id, variant, lang, body, updated_by, updated_at) VALUES (1, ?, ?, ?, 1, 'now')",
    );
    insert.run('institution', 'fr', '# Mise à disposition');
    expect(() => insert.run('institution', 'fr', 'again')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insert.run('loan', 'en', 'x')).toThrow(/CHECK/);
    expect(() => insert.run('adult', 'en', '')).toThrow(/CHECK/);
  });
});
