/** The app window: sandboxed, isolated, no Node, loading only app://rebond/. */
import { BrowserWindow } from 'electron';
import { newSession } from '../api';
import type { Lang } from '../../shared/i18n';
import type { WindowSessions } from './ipc';
import { PRELOAD_PATH, WINDOW_ICON } from './paths';
import { APP_ENTRY_URL } from './policy/app-origin';

export function createMainWindow(sessions: WindowSessions, options: { developer: boolean; lang: Lang }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Rebond',
    icon: process.platform === 'darwin' ? undefined : WINDOW_ICON,
    webPreferences: {
      preload: PRELOAD_PATH,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: options.developer,
    },
  });
  // Captured now: the web contents are gone by the time 'closed' fires.
  const id = window.webContents.id;
  // The window opens in the menu's language (the system's); the user can switch it on screen.
  sessions.set(id, newSession(options.lang));
  window.on('closed', () => sessions.delete(id));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
