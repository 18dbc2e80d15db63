import type { ExportSaveErrorCode } from '../../export-save-errors';
import { defineMessages } from '../define';

type Keys = `error.${ExportSaveErrorCode}` | `${string}.${string}`;

/** Saving an export or a document from the desktop app: the save dialog's file types, what the button says, and the refusals. */
export const exportSaveMessages = defineMessages({
  fr: {
    'error.export_not_ready': 'L’export n’est pas encore écrit : attendez la fin de la barre de progression.',
    'error.save_as_desktop_only':
      'L’enregistrement par une fenêtre « Enregistrer sous » est celui de l’application de bureau ; le navigateur télécharge le fichier.',
    'error.export_save_failed': 'Le fichier n’a pas pu être enregistré à cet endroit : {reason}',
    'exports.save': 'Enregistrer…',
    'exports.saved': 'Enregistré : {file}',
    'exports.fileType.xlsx': 'Classeur Excel',
    'exports.fileType.csv': 'Fichier CSV',
    'exports.fileType.pdf': 'Document PDF',
  } satisfies Record<Keys, string>,
  en: {
    'error.export_not_ready': 'The export is not written yet: wait for the progress bar to finish.',
    'error.save_as_desktop_only':
      'Saving through a “Save as” window is the desktop app’s; the browser downloads the file.',
    'error.export_save_failed': 'The file could not be saved there: {reason}',
    'exports.save': 'Save…',
    'exports.saved': 'Saved: {file}',
    'exports.fileType.xlsx': 'Excel workbook',
    'exports.fileType.csv': 'CSV file',
    'exports.fileType.pdf': 'PDF document',
  },
});
