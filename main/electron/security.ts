/**
 * The shell's defences, applied to every web contents and to the session: no permissions, no new windows, no
 * navigation away from the app, no <webview>, and the system browser only for a short list of https sites.
 */
import { app, shell, type Session, type WebContents } from 'electron';
import { join } from 'node:path';
import { isHubUrl, mayOpenWindow, type HubPin } from './desk-mode';
import { isAppUrl } from './policy/app-origin';
import { isAllowedDownload, offeredDownloadName } from './policy/download';
import { isAllowedExternalUrl } from './policy/external-url';

export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // A file the renderer made (a blob of the app) is saved through the « Save as » window (no save path is set, so
  // Electron asks), opened in the Downloads folder under its own name; any other download is refused.
  session.on('will-download', (event, item) => {
    if (!isAllowedDownload(item.getURL(), hubPin)) {
      event.preventDefault();
      return;
    }
    item.setSaveDialogOptions({ defaultPath: join(app.getPath('downloads'), offeredDownloadName(item.getFilename())) });
  });
}

/** The hub this app is a desk of, when it is one: its origin is the only other place a window may navigate to. */
let hubPin: HubPin | null = null;

export function allowHubNavigation(pin: HubPin): void {
  hubPin = pin;
}

function lockDownContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (mayOpenWindow(url, hubPin)) return { action: 'allow' };
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  const stayInApp = (event: { preventDefault: () => void }, url: string) => {
    if (!isAppUrl(url) && !(hubPin && isHubUrl(url, hubPin))) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Registers the per-contents guards for every window and frame host created from now on. */
export function applySecurityPolicy(): void {
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
}
