import Database from 'better-sqlite3';
import {
  accessSync,
  constants,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../../main/errors';
import { classifyStorageError, storageErrorFor } from '../../../main/store/storage-errors';
import { tempDir } from '../../helpers/api';

const dir = tempDir();
afterAll(() => dir.remove());

/** The error a real call throws; the test fails if it does not throw. */
function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

function database(name: string): string {
  const path = join(dir.path, name);
  const db = new Database(path);
  db.exec('CREATE TABLE t (x TEXT)');
  db.close();
  return path;
}

describe('classifying storage errors (real errors from SQLite and the file system)', () => {
  it('SQLITE_READONLY: a write on a connection that may only read', () => {
    const db = new Database(database('ro.sqlite'), { readonly: true });
    const error = thrownBy(() => db.exec("INSERT INTO t VALUES ('x')"));
    db.close();
    expect((error as { code: string }).code).toBe('SQLITE_READONLY');
    expect(classifyStorageError(error)).toBe('read_only');
  });

  it('SQLITE_FULL: the database may not grow (max_page_count), as on a full disk', () => {
    const db = new Database(database('full.sqlite'));
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    const error = thrownBy(() => {
      for (let i = 0; i < 100; i++) insert.run('x'.repeat(4000));
    });
    db.close();
    expect((error as { code: string }).code).toBe('SQLITE_FULL');
    expect(classifyStorageError(error)).toBe('disk_full');
  });

  it('SQLITE_NOTADB: garbage bytes where the database should be', () => {
    const path = join(dir.path, 'garbage.sqlite');
    writeFileSync(path, 'not a database at all '.repeat(300));
    const db = new Database(path);
    const error = thrownBy(() => db.pragma('quick_check'));
    db.close();
    expect((error as { code: string }).code).toBe('SQLITE_NOTADB');
    expect(classifyStorageError(error)).toBe('damaged');
  });

  it('SQLITE_CORRUPT: pages overwritten in the middle of a table', () => {
    const path = join(dir.path, 'corrupt.sqlite');
    const db = new Database(path);
    db.exec(`CREATE TABLE filler (x TEXT);
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
      INSERT INTO filler SELECT hex(randomblob(500)) FROM n;`);
    db.close();
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 8192, 40960);
    writeFileSync(path, bytes);
    const damaged = new Database(path);
    const error = thrownBy(() => damaged.prepare('SELECT sum(length(x)) FROM filler').get());
    damaged.close();
    expect((error as { code: string }).code).toBe('SQLITE_CORRUPT');
    expect(classifyStorageError(error)).toBe('damaged');
  });

  it('SQLITE_CANTOPEN says nothing of why: unclear, and the path is looked at (a folder in place of the file)', () => {
    const path = join(dir.path, 'a-folder.sqlite');
    mkdirSync(path);
    const error = thrownBy(() => new Database(path));
    expect((error as { code: string }).code).toBe('SQLITE_CANTOPEN');
    expect(classifyStorageError(error)).toBe('unclear');
    expect((storageErrorFor(error, path) as DomainError).code).toBe('database_not_a_file');
  });

  it('ENOSPC: a write to /dev/full', () => {
    const fd = openSync('/dev/full', 'w');
    const error = thrownBy(() => writeSync(fd, 'x'));
    closeSync(fd);
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    expect(classifyStorageError(error)).toBe('disk_full');
    expect((storageErrorFor(error, join(dir.path, 'rebond.sqlite')) as DomainError).code).toBe('data_disk_full');
  });

  it('ENOENT and ENOTDIR: a folder that is not there', () => {
    const missing = thrownBy(() => statSync(join(dir.path, 'nowhere', 'rebond.sqlite')));
    expect((missing as NodeJS.ErrnoException).code).toBe('ENOENT');
    expect(classifyStorageError(missing)).toBe('missing');
    expect((storageErrorFor(missing, join(dir.path, 'nowhere', 'rebond.sqlite')) as DomainError).code).toBe(
      'data_folder_missing',
    );
    const file = database('plain.sqlite');
    const notDir = thrownBy(() => statSync(join(file, 'rebond.sqlite')));
    expect((notDir as NodeJS.ErrnoException).code).toBe('ENOTDIR');
    expect(classifyStorageError(notDir)).toBe('missing');
  });

  it('EISDIR: a folder read as a file', () => {
    const error = thrownBy(() => readFileSync(dir.path));
    expect((error as NodeJS.ErrnoException).code).toBe('EISDIR');
    expect(classifyStorageError(error)).toBe('not_a_file');
  });

  it('EACCES: a permission the file does not give (execute, which even root needs a bit for)', () => {
    const file = database('no-exec.sqlite');
    const error = thrownBy(() => accessSync(file, constants.X_OK));
    expect((error as NodeJS.ErrnoException).code).toBe('EACCES');
    expect(classifyStorageError(error)).toBe('permission');
    // The folder and file are usable by this account, so it stays a permission problem.
    expect((storageErrorFor(error, file) as DomainError).code).toBe('data_permission_denied');
  });

  it('EROFS and EPERM, which need a read-only mount or another user to happen for real, read by their code', () => {
    // Shaped as Node raises them (`code`, `errno`, `syscall`): root in a container can neither be refused by chmod
    // nor mount a file system in a test; the read-only folder is tested for real as another user in
    // test/integration/store/storage-faults.test.ts.
    const erofs = Object.assign(new Error("EROFS: read-only file system, open '/media/usb/rebond.sqlite-wal'"), {
      code: 'EROFS',
      errno: -30,
      syscall: 'open',
    });
    const eperm = Object.assign(new Error("EPERM: operation not permitted, open '/srv/rebond/rebond.sqlite'"), {
      code: 'EPERM',
      errno: -1,
      syscall: 'open',
    });
    expect(classifyStorageError(erofs)).toBe('read_only');
    expect(classifyStorageError(eperm)).toBe('permission');
    expect(classifyStorageError({ code: 'SQLITE_READONLY_DIRECTORY' })).toBe('read_only');
    expect(classifyStorageError({ code: 'SQLITE_READONLY_DBMOVED' })).toBe('moved');
    expect(classifyStorageError({ code: 'SQLITE_IOERR_WRITE' })).toBe('unclear');
  });

  it('is not a storage fault when the error is a bug or a broken rule', () => {
    expect(classifyStorageError(new TypeError('x is undefined'))).toBeNull();
    expect(classifyStorageError(new DomainError('not_found', { entity: 'device', ref: '1' }))).toBeNull();
    expect(classifyStorageError({ code: 'SQLITE_CONSTRAINT_UNIQUE' })).toBeNull();
    expect(storageErrorFor(new TypeError('x is undefined'), join(dir.path, 'rebond.sqlite'))).toBeNull();
  });

  it('names the last verified backup in the advice for a damaged file, only when there is one', () => {
    const path = join(dir.path, 'garbage.sqlite');
    const error = { code: 'SQLITE_NOTADB', message: 'file is not a database' };
    expect((storageErrorFor(error, path) as DomainError).code).toBe('database_damaged');
    const named = storageErrorFor(error, path, {
      lastVerifiedBackup: () => '/backups/rebond-2026-12-01.sqlite',
    }) as DomainError;
    expect(named.code).toBe('database_damaged_backup');
    expect(named.params.backup).toBe('/backups/rebond-2026-12-01.sqlite');
  });
});
