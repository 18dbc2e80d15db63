/**
 * The desktop way to print: the stored PDF is written to a temporary file and opened in the system's viewer,
 * which prints at 100 %. Replaces the browser edition's `documents.open` (which only checks the reference).
 */
import { app, shell } from 'electron';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Handlers } from '../api/dispatch';
import { reprintDocument } from '../services/documents';

export function desktopDocumentHandlers(log: (line: string) => void = console.error): Pick<Handlers, 'documents.open'> {
  return {
    'documents.open': ({ reference }, { store, actor }) => {
      const { pdf } = reprintDocument(store, reference, actor);
      const dir = join(app.getPath('temp'), 'rebond-documents');
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${reference}.pdf`);
      writeFileSync(file, pdf);
      void shell.openPath(file).then((problem) => {
        if (problem) log(`Rebond: could not open ${file}: ${problem}`);
      });
      return { opened: true };
    },
  };
}
