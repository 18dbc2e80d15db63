/** The app window: sandboxed, isolated, no Node, loading only app://rebond/. */
import { BrowserWindow, type BrowserWindowConstructorOptions, type WebPreferences } from 'electron';
import { newSession } from '../api';
import type { Lang } from '../../shared/i18n';
import type { WindowSessions } from './ipc';
import { PRELOAD_PATH, WINDOW_ICON } from './paths';
import { APP_ENTRY_URL } from './policy/app-origin';

/**
 * The one shape of a Rebond window, local or a hub's desk: its size, and web preferences that give the page no Node,
 * no webview and no insecure content. `extra` adds the window's own preload or session.
 */
export function rebondWindowOptions(
  developer: boolean,
  extra: Pick<WebPreferences, 'preload' | 'session'>,
): BrowserWindowConstructorOptions {
  return {
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Rebond',
    icon: process.platform === 'darwin' ? undefined : WINDOW_ICON,
    webPreferences: {
      ...extra,
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
      devTools: developer,
    },
  };
}

export function createMainWindow(sessions: WindowSessions, options: { developer: boolean; lang: Lang }): BrowserWindow {
  const window = new BrowserWindow(rebondWindowOptions(options.developer, { preload: PRELOAD_PATH }));
  // Captured now: the web contents are gone by the time 'closed' fires.
  const id = window.webContents.id;
  // The window opens in the menu's language (the system's); the user can switch it on screen.
  sessions.set(id, newSession(options.lang));
  window.on('closed', () => sessions.delete(id));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
