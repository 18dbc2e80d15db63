/**
 * The desktop way to print: the stored PDF is written to the private viewer folder (./viewer-folder) and opened in
 * the system's viewer, which prints at 100 %. Replaces the browser edition's `documents.open` (which only checks
 * the reference).
 */
import { shell } from 'electron';
import type { Handlers } from '../api/dispatch';
import { reprintDocument } from '../services/documents';
import { writeForViewer } from './viewer-folder';

export function desktopDocumentHandlers(
  viewerDir: string,
  log: (line: string) => void = console.error,
): Pick<Handlers, 'documents.open'> {
  return {
    'documents.open': ({ reference }, { store, actor }) => {
      const { pdf } = reprintDocument(store, reference, actor);
      const file = writeForViewer(viewerDir, reference, pdf);
      void shell.openPath(file).then((problem) => {
        if (problem) log(`Rebond: could not open ${file}: ${problem}`);
      });
      return { opened: true };
    },
  };
}
