import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../main/store/migrate';
import { MIGRATIONS } from '../../../main/store/migrations';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  migrate(db, MIGRATIONS.slice(0, 4));
});
afterEach(() => db.close());

const plan = (sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((step) => step.detail).join(' | ');

const insert = (id: number, columns: Record<string, string | number | Buffer | null> = {}) => {
  const row = {
    id,
    reference: `CERT-2026-${String(id).padStart(6, '0')}`,
    kind: 'erasure-certificate',
    subject_type: 'device',
    subject_id: 1,
    subject_ids: '[1]',
    lang: 'fr',
    format: 'a4',
    pages: 1,
    byte_size: 4,
    sha256: 'a'.repeat(64),
    content: Buffer.from('%PDF'),
    operator_id: null,
    created_at: '2026-11-30T10:00:00.000Z',
    ...columns,
  };
  const names = Object.keys(row);
  db.prepare(`INSERT INTO documents (${names.join(', ')}) VALUES (${names.map((name) => `@${name}`).join(', ')})`).run(
    row,
  );
};

describe('0004 documents', () => {
  it('is migration 4 and creates the documents tables', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['documents', 'document_devices']));
  });

  it('lets the database refuse what the rules refuse', () => {
    insert(1);
    expect(() => insert(2, { reference: 'CERT-2026-000001' })).toThrow(/UNIQUE/);
    expect(() => insert(3, { kind: 'invoice' })).toThrow(/CHECK/);
    expect(() => insert(4, { format: 'a5' })).toThrow(/CHECK/);
    expect(() => insert(5, { lang: 'de' })).toThrow(/CHECK/);
    expect(() => insert(6, { sha256: 'abc' })).toThrow(/CHECK/);
    // A selection has no single subject, every other subject has one.
    expect(() => insert(7, { subject_type: 'selection' })).toThrow(/CHECK/);
    expect(() => insert(8, { subject_id: null })).toThrow(/CHECK/);
    insert(9, { subject_type: 'selection', subject_id: null, subject_ids: '[1,2,3]' });
    expect(() => insert(10, { subject_ids: 'not json' })).toThrow(/CHECK|malformed/);
    // Content and purge time go together.
    expect(() => insert(11, { content: null })).toThrow(/CHECK/);
  });

  it('keeps an issued document as issued: no edit, no delete, only a purge of its content', () => {
    insert(1);
    expect(() => db.exec(`UPDATE documents SET sha256 = '${'b'.repeat(64)}' WHERE id = 1`)).toThrow(/never edited/);
    expect(() => db.exec("UPDATE documents SET content = x'00' WHERE id = 1")).toThrow(/never edited/);
    expect(() => db.exec('DELETE FROM documents WHERE id = 1')).toThrow(/kept/);
    db.exec("UPDATE documents SET content = NULL, purged_at = '2027-01-01' WHERE id = 1");
    expect(db.prepare('SELECT content, purged_at AS purgedAt, sha256 FROM documents WHERE id = 1').get()).toEqual({
      content: null,
      purgedAt: '2027-01-01',
      sha256: 'a'.repeat(64),
    });
    // Once purged, nothing more changes.
    expect(() => db.exec("UPDATE documents SET purged_at = '2027-02-01' WHERE id = 1")).toThrow(/never edited/);
  });

  it('finds a subject’s documents and a device’s documents through their indexes', () => {
    expect(plan("SELECT id FROM documents WHERE subject_type = 'batch' AND subject_id = 3 ORDER BY id DESC")).toMatch(
      /USING (COVERING )?INDEX documents_subject/,
    );
    expect(plan('SELECT document_id FROM document_devices WHERE device_id = 7')).toMatch(
      /USING (COVERING )?INDEX document_devices_device/,
    );
  });
});
