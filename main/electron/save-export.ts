/**
 * The desktop app's download of an export (`exports.save`), decided here without Electron so that it is tested as
 * is: the job is asked of the API (`exports.status`, through the gate: the job id's shape, and only the caller's own
 * job), the file must be finished, then the « Save as » window (`ask`, Electron's `dialog.showSaveDialog` in
 * ./index.ts) chooses where; the file is copied there and deleted from the data folder, once, as the browser
 * edition's download does. A cancelled window leaves the file to save later (it is deleted after an hour anyway).
 */
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { ExportJob, ExportSaved } from '../../shared/contract/exports';
import { EXPORTS_FOLDER, type ExportFormat } from '../../shared/domain/exports';
import type { ApiResult } from '../../shared/errors';
import type { Lang } from '../../shared/i18n';
import { apiError } from '../api/localise';

export interface SaveAsRequest {
  /** The name main chose (`rebond-inventory-2026-12-07.xlsx`, `AGR-2026-000123.pdf`), offered in the window. */
  fileName: string;
  format: ExportFormat | 'pdf';
}

export interface SaveExportDeps {
  /** `exports.status` for the caller's session. */
  status: (input: unknown) => Promise<ApiResult<ExportJob>>;
  /** The data folder the API host writes into. */
  dataDir: string;
  operatorId: number | null;
  lang: Lang;
  /** The « Save as » window: the chosen path, or null when cancelled. */
  ask: (request: SaveAsRequest) => Promise<string | null>;
}

/** The export's file as the API host wrote it (`main/services/exports.ts`: `<operator id>-<job id>.<format>`). */
export function exportFileIn(dataDir: string, operatorId: number, job: Pick<ExportJob, 'jobId' | 'format'>): string {
  return join(dataDir, EXPORTS_FOLDER, `${operatorId}-${job.jobId}.${job.format}`);
}

/** The chosen path with the format's extension: a Linux window may give back a name typed without it. */
export function withExtension(path: string, format: ExportFormat | 'pdf'): string {
  return extname(path).toLowerCase() === `.${format}` ? path : `${path}.${format}`;
}

export async function saveExport(input: unknown, deps: SaveExportDeps): Promise<ApiResult<ExportSaved>> {
  const status = await deps.status(input);
  if (!status.ok) return status;
  const job = status.value;
  if (deps.operatorId === null) return { ok: false, error: apiError(deps.lang, 'unauthorised') };
  if (job.state === 'running') return { ok: false, error: apiError(deps.lang, 'export_not_ready') };
  if (job.state === 'failed')
    return { ok: false, error: apiError(deps.lang, 'export_save_failed', { reason: job.error ?? '' }) };
  const source = exportFileIn(deps.dataDir, deps.operatorId, job);
  // Saved once already (or forgotten after an hour): like a second download in the browser, nothing to save.
  if (!existsSync(source))
    return {
      ok: false,
      error: apiError(deps.lang, 'not_found', { entity: 'entity.export', ref: job.jobId.slice(0, 8) }),
    };
  const chosen = await deps.ask({ fileName: job.fileName, format: job.format });
  if (chosen === null) return { ok: true, value: { saved: false, fileName: null } };
  const target = withExtension(chosen, job.format);
  try {
    copyFileSync(source, target);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    return { ok: false, error: apiError(deps.lang, 'export_save_failed', { reason }) };
  }
  rmSync(source, { force: true });
  return { ok: true, value: { saved: true, fileName: basename(target) } };
}
