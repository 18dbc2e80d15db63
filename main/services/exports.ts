/**
 * Exports asked for from the app: each is written by main, chunk by chunk, into the data folder's `exports/`
 * folder while the caller follows its progress with `exports.status`; the browser edition then downloads it once
 * (`GET /exports/<job>.<format>`, the signed-in operator's own files only), which deletes it. Files nobody fetched
 * are deleted an hour later. The jobs live in this process's memory: a restart forgets them (their files go too).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ExportJob } from '../../shared/contract/exports';
import {
  EXPORTS_FOLDER,
  EXPORT_ROLES,
  exportFileName,
  mayExport,
  seesPersonalData,
  type ExportDataset,
  type ExportFormat,
} from '../../shared/domain/exports';
import { calendarDayIn } from '../../shared/format';
import type { Lang } from '../../shared/i18n';
import { errorMessage } from '../../shared/error-messages';
import { organisationTimeZone } from '../documents/time-zone';
import { DomainError } from '../errors';
import { expectedRows } from '../exports/read-chunks';
import { writeExport } from '../exports/write-export';
import type { Filter, Sort } from '../store/repositories/inventory';
import type { Store } from '../store/store';
import { onPersonalDataErased } from './personal-data-erased';
import type { Actor } from './unit-of-work';

const FORGET_AFTER_MS = 60 * 60 * 1000;

interface Job extends ExportJob {
  operatorId: number;
  file: string;
  startedAt: number;
}

const jobs = new Map<string, Job>();
const watched = new Set<string>();

/** An anonymisation deletes every export waiting in the folder: one may hold the person's name. */
function deleteOnErasure(folder: string): void {
  if (watched.has(folder)) return;
  watched.add(folder);
  onPersonalDataErased(() => {
    try {
      for (const name of readdirSync(folder)) rmSync(join(folder, name), { force: true });
    } catch {
      // No folder: nothing to delete.
    }
  });
}

/** The folder beside the database where exports are written before they are downloaded. */
export function exportsFolder(store: Store): string {
  // A database in memory (tests) has no folder: its exports go to a folder of this process in the system's temp.
  if (store.db.memory) return join(tmpdir(), `rebond-exports-${process.pid}`);
  return join(dirname(store.db.name), EXPORTS_FOLDER);
}

/** The file of an operator's export, as the download route finds it. */
export function exportFilePath(folder: string, operatorId: number, jobId: string, format: ExportFormat): string {
  return join(folder, `${operatorId}-${jobId}.${format}`);
}

function forgetOld(folder: string, now: number): void {
  for (const [id, job] of jobs) if (now - job.startedAt > FORGET_AFTER_MS) jobs.delete(id);
  let names: string[] = [];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const file = join(folder, name);
    try {
      if (now - statSync(file).mtimeMs > FORGET_AFTER_MS) rmSync(file, { force: true });
    } catch {
      // Downloaded and deleted meanwhile.
    }
  }
}

function view(job: Job): ExportJob {
  const { operatorId: _operator, file: _file, startedAt: _started, ...visible } = job;
  return { ...visible };
}

export interface ExportRequest {
  dataset: ExportDataset;
  format: ExportFormat;
  filter: Filter;
  sort: Sort;
}

/** Starts an export for this operator; answers at once with the job, which goes on in this process. */
export function startExport(store: Store, actor: Actor, request: ExportRequest, lang: Lang): ExportJob {
  if (!mayExport(request.dataset, actor.roles)) {
    throw new DomainError('forbidden_role', {
      role: actor.roles.map((role) => `role.${role}`),
      required: EXPORT_ROLES[request.dataset].map((role) => `role.${role}`),
    });
  }
  const folder = exportsFolder(store);
  mkdirSync(folder, { recursive: true });
  deleteOnErasure(folder);
  const now = store.clock();
  forgetOld(folder, Date.now());
  const query = {
    dataset: request.dataset,
    filter: request.filter,
    sort: request.sort,
    personal: seesPersonalData(actor.roles),
  };
  const zone = organisationTimeZone(store);
  const jobId = randomUUID();
  const job: Job = {
    jobId,
    dataset: request.dataset,
    format: request.format,
    state: 'running',
    written: 0,
    total: expectedRows(store, query),
    fileName: exportFileName(request.dataset, request.format, calendarDayIn(now, zone)),
    downloadPath: null,
    error: null,
    operatorId: actor.id,
    file: exportFilePath(folder, actor.id, jobId, request.format),
    startedAt: Date.now(),
  };
  jobs.set(jobId, job);
  writeExport(store, query, request.format, job.file, { lang, zone }, (written) => (job.written = written)).then(
    (outcome) => {
      job.state = 'done';
      job.written = outcome.rows;
      job.total = outcome.rows;
      job.downloadPath = `/${EXPORTS_FOLDER}/${jobId}.${request.format}`;
    },
    (error: unknown) => {
      job.state = 'failed';
      job.error =
        error instanceof DomainError
          ? errorMessage(lang, error.code, error.params)
          : errorMessage(lang, 'internal_error', { ref: jobId.slice(0, 8) });
    },
  );
  return view(job);
}

/** Where an export stands; another operator's job is unknown to this one. */
export function exportStatus(actor: Actor, jobId: string): ExportJob {
  const job = jobs.get(jobId);
  if (!job || job.operatorId !== actor.id)
    throw new DomainError('not_found', { entity: 'entity.export', ref: jobId.slice(0, 8) });
  return view(job);
}

/** Waits until the job is no longer running (tests and the command line). */
export async function exportSettled(actor: Actor, jobId: string): Promise<ExportJob> {
  for (;;) {
    const job = exportStatus(actor, jobId);
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
