import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../main/store/migrate';
import { MIGRATIONS } from '../../../main/store/migrations';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  migrate(db, MIGRATIONS.slice(0, 5));
  db.exec(`
    INSERT INTO operators (id, name, created_at) VALUES (1, 'A', 'now');
    INSERT INTO partners (id, name, kind, created_at, updated_at) VALUES (1, 'Collège', 'school', 'now', 'now');
    INSERT INTO programmes (id, name, starts_on, default_kind, agreement_variant, created_at, updated_at)
      VALUES (1, 'P', '2026-01-01', 'loan', 'standard', 'now', 'now');
    INSERT INTO handovers (id, number, kind, recipient_partner_id, referring_partner_id, programme_id, handed_on, due_on,
      terms, created_by, created_at) VALUES (1, 'RM-1', 'loan', 1, 1, 1, '2026-11-01', '2027-06-30', '{}', 1, 'now');
  `);
});
afterEach(() => db.close());

const signature = (signer: string, mode: string, png: Buffer | null, returnId: number | null = null) =>
  db
    .prepare(
      `INSERT INTO handover_signatures (handover_id, return_id, signer, mode, png, sha256, width, height, captured_by, captured_at)
       VALUES (1, ?, ?, ?, ?, ?, ?, ?, 1, 'now')`,
    )
    .run(returnId, signer, mode, png, png ? 'x'.repeat(64) : null, png ? 10 : null, png ? 5 : null);

describe('migration 5: agreement templates and signatures', () => {
  it('keeps one text per programme, kind and language, and refuses an empty one', () => {
    const insert = db.prepare(
      "INSERT INTO agreement_templates (programme_id, kind, lang, body, updated_by, updated_at) VALUES (1, ?, ?, ?, 1, 'now')",
    );
    insert.run('loan', 'fr', '# Objet');
    insert.run('loan', 'en', '# Purpose');
    expect(() => insert.run('loan', 'fr', 'again')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insert.run('donation', 'fr', '')).toThrow(/CHECK/);
    expect(() => insert.run('gift', 'fr', 'x')).toThrow(/CHECK/);
  });

  it('ties a drawn signature to its image, a paper one to none, and allows one per signer and subject', () => {
    signature('receiver', 'drawn', Buffer.from('png'));
    signature('staff', 'paper', null);
    expect(() => signature('guardian', 'drawn', null)).toThrow(/CHECK/);
    expect(() => signature('guardian', 'paper', Buffer.from('png'))).toThrow(/CHECK/);
    expect(() => signature('receiver', 'paper', null)).toThrow(/UNIQUE/);
    expect(() => signature('notary', 'paper', null)).toThrow(/CHECK/);
  });

  it('stores a signed copy only with its real size and an accepted type', () => {
    const attach = db.prepare(
      `INSERT INTO handover_attachments (handover_id, file_name, media_type, size, sha256, bytes, attached_by, attached_at)
       VALUES (1, 'scan', ?, ?, 'h', ?, 1, 'now')`,
    );
    attach.run('application/pdf', 4, Buffer.from('%PDF'));
    expect(() => attach.run('application/pdf', 5, Buffer.from('%PDF'))).toThrow(/CHECK/);
    expect(() => attach.run('image/gif', 4, Buffer.from('GIF8'))).toThrow(/CHECK/);
  });
});
