import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { restoreBackup } from '../../main/backup/restore';
import { takeBackup } from '../../main/backup/take';
import type { Store } from '../../main/store/store';
import { scratchDir } from './fixtures';
import { atMost, time, type Figure } from './measure';

/**
 * A full verified backup of the warehouse (VACUUM INTO, reopened read-only, integrity_check, foreign keys, the
 * whole event chain, SHA-256), and a verified restore of it over an existing database (the backup checked again,
 * the old database kept aside, the file put in place, then the checks of `check`). In a scratch folder: the cached
 * warehouse is only read.
 */
export function backupFigures(store: Store, devices: number): Figure[] {
  const dir = scratchDir();
  try {
    let file = '';
    const backupMs = time(() => {
      const record = takeBackup(store.db, { reason: 'manual', folder: dir.path });
      if (record.status !== 'verified') throw new Error(`backup failed: ${record.problem ?? ''}`);
      file = join(dir.path, record.file);
    });
    const dataDir = join(dir.path, 'data');
    mkdirSync(dataDir);
    const live = join(dataDir, 'rebond.sqlite');
    copyFileSync(file, live);
    let ok = false;
    const restoreMs = time(() => {
      ok = restoreBackup(file, live).ok;
    });
    if (!ok) throw new Error('the restored database failed its check');
    const size = devices.toLocaleString('en');
    return [
      atMost(
        'backup_s',
        backupMs / 1000,
        's',
        30,
        `a full verified backup of the ${size}-device warehouse (VACUUM INTO, integrity_check, foreign keys, event chain, SHA-256)`,
      ),
      atMost(
        'restore_s',
        restoreMs / 1000,
        's',
        60,
        'a verified restore of that backup over a database (checks, safety copy, swap, then check)',
      ),
    ];
  } finally {
    dir.remove();
  }
}
