/**
 * The desktop app's « Save as » for an issued document (`documents.save`), decided here without Electron: the stored
 * bytes are read through the API's `documents.reprint` (the gate checks the reference; the reprint is recorded as
 * any reprint), then the window (`ask`, Electron's `dialog.showSaveDialog`) says where, and the PDF is written there
 * under `<reference>.pdf` unless renamed. Nothing is written when the window is cancelled.
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { DocumentSummary } from '../../shared/contract/documents';
import type { ExportSaved } from '../../shared/contract/exports';
import type { ApiResult } from '../../shared/errors';
import type { Lang } from '../../shared/i18n';
import { apiError } from '../api/localise';
import { withExtension, type SaveAsRequest } from './save-export';

export interface SaveDocumentDeps {
  /** `documents.reprint` for the caller's session. */
  reprint: (input: unknown) => Promise<ApiResult<{ document: DocumentSummary; pdfBase64: string }>>;
  lang: Lang;
  ask: (request: SaveAsRequest) => Promise<string | null>;
}

export async function saveDocument(input: unknown, deps: SaveDocumentDeps): Promise<ApiResult<ExportSaved>> {
  const reprinted = await deps.reprint(input);
  if (!reprinted.ok) return reprinted;
  const { document, pdfBase64 } = reprinted.value;
  const chosen = await deps.ask({ fileName: `${document.reference}.pdf`, format: 'pdf' });
  if (chosen === null) return { ok: true, value: { saved: false, fileName: null } };
  const target = withExtension(chosen, 'pdf');
  try {
    writeFileSync(target, Buffer.from(pdfBase64, 'base64'));
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    return { ok: false, error: apiError(deps.lang, 'export_save_failed', { reason }) };
  }
  return { ok: true, value: { saved: true, fileName: basename(target) } };
}
