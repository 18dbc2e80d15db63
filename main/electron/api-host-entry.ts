/**
 * The desktop's API host: Electron's utility process (started by ./api-process.ts) around `runApiHost`. Its first
 * message is its options; opening a document in the system viewer is asked of the main process, which has `shell`.
 */
import type { HostOptions } from '../api-host/run-host';
import { runApiHost } from '../api-host/run-host';
import type { FromHost, ToHost } from '../api-host/protocol';
import { onPersonalDataErased } from '../services/personal-data-erased';
import { desktopDeskSettingHandlers } from './desk-setting-handlers';
import { desktopDocumentHandlers } from './documents';
import { emptyViewerFolder } from './viewer-folder';

export interface DesktopHostOptions extends HostOptions {
  /** The private folder documents are written to for the system viewer. */
  viewerDir: string;
}

const port = process.parentPort;
port.once('message', ({ data }: { data: DesktopHostOptions }) => {
  const post = (message: FromHost) => port.postMessage(message);
  // An anonymisation that commits empties the viewer folder: it may hold papers that name the people erased.
  onPersonalDataErased(() => emptyViewerFolder(data.viewerDir));
  runApiHost(
    {
      post,
      onMessage: (listener) => port.on('message', ({ data: message }: { data: ToHost }) => listener(message)),
      close: () => process.exit(0),
    },
    data,
    {
      handlers: {
        ...desktopDocumentHandlers(data.viewerDir, (path) => post({ op: 'openPath', path })),
        ...desktopDeskSettingHandlers(data.dataDir),
      },
    },
  );
});
