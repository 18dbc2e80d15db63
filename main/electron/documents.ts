/**
 * The desktop way to print: the stored PDF is written to the private viewer folder (./viewer-folder) and opened in
 * the system's viewer, which prints at 100 %. Replaces the browser edition's `documents.open` (which only checks
 * the reference).
 */
import type { Handlers } from '../api/dispatch';
import { reprintDocument } from '../services/documents';
import { writeForViewer } from './viewer-folder';

/** `open` shows the file in the system's viewer: Electron's `shell`, which only the main process has. */
export function desktopDocumentHandlers(
  viewerDir: string,
  open: (file: string) => void,
): Pick<Handlers, 'documents.open'> {
  return {
    'documents.open': ({ reference }, { store, actor }) => {
      const { pdf } = reprintDocument(store, reference, actor);
      open(writeForViewer(viewerDir, reference, pdf));
      return { opened: true };
    },
  };
}
