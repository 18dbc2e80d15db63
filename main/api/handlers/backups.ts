import type { backupsContract } from '../../../shared/contract/backups';
import { backupNow, backupOverview, saveBackupSettings } from '../../services/backups';
import type { HandlersFor } from '../dispatch';

export const backupsHandlers: HandlersFor<typeof backupsContract> = {
  'backups.overview': (_input, { store }) => backupOverview(store),
  'backups.takeNow': (_input, { store }) => backupNow(store, 'manual'),
  'backups.saveSettings': (input, { store, actor }) => saveBackupSettings(store, actor, input),
};
