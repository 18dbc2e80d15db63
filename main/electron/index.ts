/**
 * Rebond's desktop shell: one instance, one database (in the data folder the CLI uses too), one API, one API
 * session per window, and the renderer loaded from app://rebond/ behind the policies in security.ts.
 */
import { app, BrowserWindow, dialog, session } from 'electron';
import { join } from 'node:path';
import { createRebondApi } from '../api';
import { scheduleDailyBackups } from '../platform/daily-backups';
import { logInternalErrors } from '../platform/internal-errors';
import { stopEdition, type StartUp } from '../platform/start-up';
import { onPersonalDataErased } from '../services/personal-data-erased';
import { watchConfiguredDropFolder } from '../services/imports/drop-folder';
import { translate } from '../../shared/i18n';
import { desktopDocumentHandlers } from './documents';
import { registerIpc, type WindowSessions } from './ipc';
import { desktopDataDir } from './data-folder';
import { systemLang } from './locale';
import { installMenu } from './menu';
import { openShellStore } from './open-store';
import { RENDERER_DIR } from './paths';
import { registerAppScheme, serveAppScheme } from './protocol';
import { applySecurityPolicy, lockDownSession } from './security';
import { emptyViewerFolder, prepareViewerFolder } from './viewer-folder';
import { createMainWindow } from './window';

// Before anything else: privileged schemes must be registered before 'ready', and Chromium's profile folder must
// not depend on how the shell was started (`electron dist/electron/main.cjs` in development has no app name).
registerAppScheme();
app.enableSandbox();
app.setName('Rebond');
app.setPath('userData', join(app.getPath('appData'), 'Rebond'));

function focus(window: BrowserWindow | undefined): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

function start(): void {
  const sessions: WindowSessions = new Map();
  const developer = !app.isPackaged;
  let opened: Extract<StartUp, { ok: true }> | null = null;
  let viewerDir: string | null = null;
  let stopDailyBackups = () => {};

  applySecurityPolicy();
  app.on('second-instance', () => focus(BrowserWindow.getAllWindows()[0]));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    stopDailyBackups();
    if (opened) stopEdition(opened.store, opened.log);
    opened = null;
    if (viewerDir) emptyViewerFolder(viewerDir);
  });

  void app.whenReady().then(() => {
    const lang = systemLang(app.getPreferredSystemLanguages(), app.getLocale());
    installMenu(lang, developer);
    lockDownSession(session.defaultSession);
    serveAppScheme(session.defaultSession, RENDERER_DIR);
    const folder = desktopDataDir(app.getPath('userData'));
    if (folder.moved && !folder.moved.ok) console.error(`Rebond: the database stays in ${folder.moved.from} (it could not be moved to ${folder.dataDir})`);
    if (folder.leftBehind) console.error(`Rebond: using ${folder.dataDir}; an older database is left in ${folder.leftBehind}`);
    const startUp = openShellStore(folder.dataDir, lang);
    if (!startUp.ok) {
      dialog.showErrorBox(translate(lang, 'desktop.startFailed'), startUp.message);
      app.exit(1);
      return;
    }
    opened = startUp;
    stopDailyBackups = scheduleDailyBackups(startUp.store, (line) => startUp.log.log.warn({ event: 'backup_failed' }, line));
    const dropFolder = watchConfiguredDropFolder(startUp.store, (line) => startUp.log.log.warn({ event: 'drop_folder' }, line));
    if (dropFolder) {
      const stopBackups = stopDailyBackups;
      stopDailyBackups = () => {
        dropFolder.close();
        stopBackups();
      };
    }
    // Emptied now (what an earlier run left), on quit, and whenever an anonymisation commits.
    const documentsDir = prepareViewerFolder(folder.dataDir);
    viewerDir = documentsDir;
    onPersonalDataErased(() => emptyViewerFolder(documentsDir));
    registerIpc(createRebondApi(startUp.store, logInternalErrors(startUp.log.log), desktopDocumentHandlers(documentsDir)), sessions);
    createMainWindow(sessions, { developer, lang });
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow(sessions, { developer, lang });
    });
  });
}

// A second launch hands over to the running one (which comes to the front) instead of opening the database twice.
if (app.requestSingleInstanceLock()) start();
else app.quit();
