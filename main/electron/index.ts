/**
 * Rebond's desktop shell: one instance, one database (in the data folder the CLI uses too) owned by the API host in
 * a utility process, one API session per window, and the renderer loaded from app://rebond/ behind the policies in
 * security.ts. This process keeps the window and the menu, so long work in the API never freezes them.
 */
import { app, BrowserWindow, dialog, session } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiHostClient } from '../api-host/client';
import { translate } from '../../shared/i18n';
import { startApiProcess } from './api-process';
import { registerIpc, type WindowSessions } from './ipc';
import { desktopDataDir } from './data-folder';
import { systemLang } from '../platform/locale';
import { installMenu } from './menu';
import { bindingForThisProcess } from './runtime/this-process-binding';
import { RENDERER_DIR } from './paths';
import { registerAppScheme, serveAppScheme } from './protocol';
import { applySecurityPolicy, lockDownSession } from './security';
import { emptyViewerFolder, prepareViewerFolder } from './viewer-folder';
import { createMainWindow } from './window';
import { saveExport, type SaveAsRequest } from './save-export';
import { saveDocument } from './save-document';
import type { DocumentSummary } from '../../shared/contract/documents';
import type { ExportJob } from '../../shared/contract/exports';
import type { ApiResult } from '../../shared/errors';
import type { Lang } from '../../shared/i18n';
import { readDeskSetting, writeDeskSetting } from '../platform/desk-setting-file';
import { parseListen, startHub, type RunningHub } from '../hub/serve-hub';
import { StartRefused } from '../web/serve';
import { deskStart, localSetting, ownHubOrigin, type HubPin } from './desk-mode';
import { createHubWindow } from './hub-window';
import { pairingNotice, pairWithHub } from './own-hub-desk';
import { allowHubNavigation } from './security';

// Before anything else: privileged schemes must be registered before 'ready', and Chromium's profile folder must
// not depend on how the shell was started (`electron dist/electron/main.cjs` in development has no app name).
registerAppScheme();
app.enableSandbox();
app.setName('Rebond');
app.setPath('userData', join(app.getPath('appData'), 'Rebond'));

/** Electron's « Save as » window for an export or a document, in the Downloads folder under main's name; null when cancelled. */
async function askWhereToSave(
  window: BrowserWindow | null,
  request: SaveAsRequest,
  lang: Lang,
): Promise<string | null> {
  const options = {
    defaultPath: join(app.getPath('downloads'), request.fileName),
    filters: [{ name: translate(lang, `exports.fileType.${request.format}`), extensions: [request.format] }],
  };
  const chosen = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
}

/** The address the app's own hub listens on, as set (checked by parseListen before this is asked). */
function listenHost(setting: { actAsHub: { listen: string } | null }): string {
  return (setting.actAsHub && parseListen(setting.actAsHub.listen)?.host) ?? '127.0.0.1';
}

function focus(window: BrowserWindow | undefined): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

function start(): void {
  const sessions: WindowSessions = new Map();
  const developer = !app.isPackaged;
  let host: ApiHostClient | null = null;
  let ownHub: RunningHub | null = null;
  let viewerDir: string | null = null;

  applySecurityPolicy();
  app.on('second-instance', () => focus(BrowserWindow.getAllWindows()[0]));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    host?.stop();
    host = null;
    void ownHub?.close();
    ownHub = null;
    if (viewerDir) emptyViewerFolder(viewerDir);
  });

  void app.whenReady().then(async () => {
    const lang = systemLang(app.getPreferredSystemLanguages(), app.getLocale());
    installMenu(lang, developer);
    lockDownSession(session.defaultSession);
    serveAppScheme(session.defaultSession, RENDERER_DIR);
    const folder = desktopDataDir(app.getPath('userData'));
    if (folder.moved && !folder.moved.ok)
      console.error(`Rebond: the database stays in ${folder.moved.from} (it could not be moved to ${folder.dataDir})`);
    if (folder.leftBehind)
      console.error(`Rebond: using ${folder.dataDir}; an older database is left in ${folder.leftBehind}`);
    const fail = (message: string) => {
      dialog.showErrorBox(translate(lang, 'desktop.startFailed'), message);
      app.exit(1);
    };
    const binding = bindingForThisProcess();
    if (binding.kind === 'mismatch') {
      fail(translate(lang, 'desktop.native.mismatch', { found: binding.found, expected: binding.expected }));
      return;
    }
    // The desk setting (desk-setting.json beside the database, written by `rebond desk`): this computer's own store,
    // a desk of a hub pinned to the certificate confirmed at set-up, or the site's hub itself and a desk of it.
    const read = readDeskSetting(folder.dataDir);
    if (read.state === 'unreadable') console.error(translate(lang, 'desk.settingUnreadable', { file: read.file }));
    const { setting } = read;
    if (setting.actAsHub) {
      const listen = parseListen(setting.actAsHub.listen);
      if (!listen) {
        fail(translate(lang, 'hub.badListen', { value: setting.actAsHub.listen }));
        return;
      }
      try {
        ownHub = await startHub({
          dataDir: folder.dataDir,
          ...listen,
          lang,
          staticDir: RENDERER_DIR,
          ...(binding.kind === 'copy' ? { nativeBinding: binding.path } : {}),
          say: (line) => console.log(line),
        });
      } catch (error) {
        fail(error instanceof StartRefused ? error.message : String(error));
        return;
      }
    }
    const own = ownHub
      ? { origin: ownHubOrigin(listenHost(setting), ownHub.port), fingerprint: ownHub.fingerprint }
      : null;
    const target = deskStart(setting, own);
    if (target.kind === 'hub') {
      const pin: HubPin = target.pin;
      allowHubNavigation(pin);
      const running = ownHub;
      installMenu(lang, developer, {
        backToLocal: () => {
          writeDeskSetting(folder.dataDir, localSetting(setting));
          app.relaunch();
          app.exit(0);
        },
        ...(running
          ? {
              pairingCode: () =>
                void dialog.showMessageBox({
                  type: 'info',
                  title: 'Rebond',
                  message: pairingNotice(lang, running.pairingCode(), running.fingerprint),
                }),
            }
          : {}),
      });
      // Acting as hub, this window pairs itself once with the code its own hub holds.
      const ownDesk = running
        ? {
            pair: () =>
              pairWithHub(
                { ...pin, certificate: running.certificate },
                running.pairingCode().code,
                translate(lang, 'desk.ownDeskName'),
              ),
          }
        : undefined;
      const open = () =>
        void createHubWindow(pin, { developer, credentialDir: folder.dataDir, ...(ownDesk ? { ownDesk } : {}) });
      open();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) open();
      });
      return;
    }
    // Emptied now (what an earlier run left), on quit, and (by the host) whenever an anonymisation commits.
    const documentsDir = prepareViewerFolder(folder.dataDir);
    viewerDir = documentsDir;
    const client = startApiProcess(
      fileURLToPath(new URL('./api-host.cjs', import.meta.url)),
      {
        dataDir: folder.dataDir,
        edition: 'desktop',
        lang,
        nativeBinding: binding.kind === 'copy' ? binding.path : undefined,
        viewerDir: documentsDir,
      },
      (reason) =>
        dialog.showErrorBox(translate(lang, 'desktop.startFailed'), translate(lang, 'apiHost.stopped', { reason })),
    );
    const started = await client.started;
    if (started.op === 'refused') {
      fail(started.message);
      return;
    }
    host = client;
    registerIpc(client, sessions, {
      'exports.save': (input, apiSession, sender) =>
        saveExport(input, {
          status: (asked) => client.callAsync('exports.status', asked, apiSession) as Promise<ApiResult<ExportJob>>,
          dataDir: folder.dataDir,
          operatorId: apiSession.operatorId,
          lang: apiSession.lang,
          ask: (request) => askWhereToSave(BrowserWindow.fromWebContents(sender), request, apiSession.lang),
        }),
      'documents.save': (input, apiSession, sender) =>
        saveDocument(input, {
          reprint: (asked) =>
            client.callAsync('documents.reprint', asked, apiSession) as Promise<
              ApiResult<{ document: DocumentSummary; pdfBase64: string }>
            >,
          lang: apiSession.lang,
          ask: (request) => askWhereToSave(BrowserWindow.fromWebContents(sender), request, apiSession.lang),
        }),
    });
    createMainWindow(sessions, { developer, lang });
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow(sessions, { developer, lang });
    });
  });
}

// A second launch hands over to the running one (which comes to the front) instead of opening the database twice.
if (app.requestSingleInstanceLock()) start();
else app.quit();
