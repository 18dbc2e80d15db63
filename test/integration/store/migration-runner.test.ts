import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { errorMessage } from '../../../shared/error-messages';
import { DomainError } from '../../../main/errors';
import { checkIntegrity } from '../../../main/store/integrity';
import { migrate, migrationLabel, schemaVersion } from '../../../main/store/migrate';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../main/store/migrations';
import type { Migration } from '../../../main/store/migrations/migration';
import { openDatabase } from '../../../main/store/open';
import { memoryHarness, newSession, tempDir, type Harness } from '../../helpers/api';
import { laptop, setUpWorkshop } from '../../helpers/workshop';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** The sites table rebuilt with one more column, the way SQLite's documentation says: new table, copy, drop, rename. */
function rebuildSites(copy: string, rebuildsTables = true): Migration {
  return {
    version: SCHEMA_VERSION + 1,
    name: 'sites-phone',
    rebuildsTables,
    sql: `
      CREATE TABLE sites_new (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        address TEXT,
        phone TEXT,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL
      ) STRICT;
      INSERT INTO sites_new (id, name, address, active, created_at)
        SELECT id, name, address, active, created_at FROM sites ${copy};
      DROP TABLE sites;
      ALTER TABLE sites_new RENAME TO sites;
    `,
  };
}

/** A workshop with a site, a batch and registered devices: rows that refer to the site. */
function workshopWithDevices(): Harness {
  const h = memoryHarness();
  cleanups.push(() => h.close());
  const w = setUpWorkshop(h);
  const session = newSession();
  h.call(session, 'session.signIn', { operatorId: w.ids.tech });
  h.call(session, 'devices.registerMany', { batchId: w.batchId, devices: [laptop('RB-1'), laptop('RB-2')] });
  return h;
}

function caught(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

function filePath(): string {
  const dir = tempDir();
  cleanups.push(dir.remove);
  return join(dir.path, 'rebond.sqlite');
}

/** A database file left by an older Rebond: migrated only up to `version`. */
function databaseAt(version: number): string {
  const path = filePath();
  const raw = new Database(path);
  migrate(raw, MIGRATIONS.slice(0, version));
  raw.close();
  return path;
}

function tableNames(path: string): string[] {
  const raw = new Database(path, { readonly: true });
  const names = raw
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  raw.close();
  return names;
}

describe('a migration that rebuilds tables', () => {
  it('runs with foreign keys off, keeps every reference and turns them back on', () => {
    const h = workshopWithDevices();
    const db = h.store.db;
    expect(migrate(db, [...MIGRATIONS, rebuildSites('')])).toBe(SCHEMA_VERSION + 1);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.prepare('SELECT name FROM sites').pluck().all()).toEqual(['Atelier de Lyon']);
    expect(db.prepare('SELECT count(*) FROM devices JOIN sites ON sites.id = devices.site_id').pluck().get()).toBe(2);
    expect(checkIntegrity(h.store).ok).toBe(true);
  });

  it('is refused, and rolled back, when a reference no longer finds its row', () => {
    const h = workshopWithDevices();
    const db = h.store.db;
    const error = caught(() => migrate(db, [...MIGRATIONS, rebuildSites('WHERE 0')]));
    expect(error.code).toBe('migration_failed');
    expect(error.params.migration).toBe(migrationLabel({ version: SCHEMA_VERSION + 1, name: 'sites-phone' }));
    expect(String(error.params.detail)).toMatch(
      /foreign_key_check: first broken reference in \w+ \(rowid \d+\) to sites, \d+ in all/,
    );
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT name FROM sites').pluck().all()).toEqual(['Atelier de Lyon']);
    expect(db.prepare("SELECT count(*) FROM pragma_table_info('sites') WHERE name = 'phone'").pluck().get()).toBe(0);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(checkIntegrity(h.store).ok).toBe(true);
  });

  it('without the flag, the same rebuild is stopped by the foreign keys and changes nothing', () => {
    const h = workshopWithDevices();
    const db = h.store.db;
    const error = caught(() => migrate(db, [...MIGRATIONS, rebuildSites('', false)]));
    expect(error.code).toBe('migration_failed');
    expect(error.params.detail).toBe('FOREIGN KEY constraint failed');
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT count(*) FROM sites').pluck().get()).toBe(1);
  });
});

describe('a failing migration', () => {
  it('is reported as migration_failed naming it, never as a damaged database, and the file keeps its version', () => {
    const path = databaseAt(4);
    const raw = new Database(path);
    raw.exec('CREATE TABLE agreement_templates (x INTEGER)');
    raw.close();
    const error = caught(() => openDatabase(path));
    expect(error.code).toBe('migration_failed');
    expect(error.params).toEqual({
      migration: '0005-agreement-templates-signatures',
      detail: 'table agreement_templates already exists',
    });
    const after = new Database(path, { readonly: true });
    expect(schemaVersion(after)).toBe(4);
    expect(after.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'handover_signatures'").pluck().get()).toBe(
      0,
    );
    after.close();
  });

  it('says so in French and in English, with the migration and the detail', () => {
    const params = { migration: '0006-backups', detail: 'disk I/O error' };
    expect(errorMessage('fr', 'migration_failed', params)).toBe(
      'La mise à jour de la base de données a échoué à l’étape « 0006-backups » (disk I/O error). Rien n’a été modifié : la base est restée telle qu’elle était et la version précédente de Rebond l’ouvre toujours. Transmettez ce message à la personne qui installe Rebond chez vous.',
    );
    expect(errorMessage('en', 'migration_failed', params)).toBe(
      'Updating the database failed at step "0006-backups" (disk I/O error). Nothing was changed: the database is as it was and the previous version of Rebond still opens it. Pass this message on to whoever installs Rebond for you.',
    );
  });
});

describe('the beforeMigrate hook', () => {
  it('runs once before the pending migrations of an existing database, which is still at its old version', () => {
    const path = databaseAt(3);
    const calls: { from: number; to: number; versionSeen: number; tables: number }[] = [];
    const db = openDatabase(path, {
      beforeMigrate: (inner, from, to) => {
        const tables = inner
          .prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'documents'")
          .pluck()
          .get() as number;
        calls.push({ from, to, versionSeen: schemaVersion(inner), tables });
      },
    });
    expect(calls).toEqual([{ from: 3, to: SCHEMA_VERSION, versionSeen: 3, tables: 0 }]);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('is not called for a brand-new file, nor when the schema is current', () => {
    const path = filePath();
    const calls: number[] = [];
    const beforeMigrate = (_db: unknown, from: number) => calls.push(from);
    openDatabase(path, { beforeMigrate }).close();
    openDatabase(path, { beforeMigrate }).close();
    expect(calls).toEqual([]);
  });

  it('that throws leaves the database unmigrated: its own refusal passes through, anything else is migration_failed', () => {
    const path = databaseAt(3);
    const before = tableNames(path);
    const refusal = new DomainError('not_found', { what: 'backup folder' });
    expect(
      caught(() =>
        openDatabase(path, {
          beforeMigrate: () => {
            throw refusal;
          },
        }),
      ),
    ).toBe(refusal);
    const error = caught(() =>
      openDatabase(path, {
        beforeMigrate: () => {
          throw new Error('no space left on the backup disk');
        },
      }),
    );
    expect(error.code).toBe('migration_failed');
    expect(error.params).toEqual({ migration: '0004-documents', detail: 'no space left on the backup disk' });
    expect(tableNames(path)).toEqual(before);
    const raw = new Database(path, { readonly: true });
    expect(schemaVersion(raw)).toBe(3);
    raw.close();
  });
});
