/**
 * The render worker's entry: issues documents on a connection of its own, so neither the loading of a document's
 * data, nor its drawing, nor the storing of its bytes holds up the thread that answers API calls. The steps are
 * the services' own (`drawDocument`, `storeDrawnDocument`), which the command line runs in its thread. It also
 * draws the reports whose figures the host read (`renderReportJob`).
 */
import { workerData } from 'node:worker_threads';
import { renderReportJob } from '../documents/report-job';
import { drawDocument, storeDrawnDocument } from '../services/documents';
import { openStore } from '../store/store';
import { fromWire, toWire, wireTransfer, type DocumentAnswer, type DocumentJob } from './document-job';
import { serveJobs } from './serve-jobs';

const { databasePath, nativeBinding } = workerData as { databasePath: string; nativeBinding?: string };
const store = openStore(databasePath, { secondary: true, ...(nativeBinding ? { nativeBinding } : {}) });

serveJobs<DocumentJob, DocumentAnswer>(
  (job): DocumentAnswer => {
    if (job.op === 'report') return { op: 'reported', pdf: new Uint8Array(renderReportJob(job.report)) };
    if (job.op === 'draw')
      return { op: 'drawn', drawn: toWire(drawDocument(store, job.actor, job.request, new Date(job.issuedAt))) };
    return { op: 'stored', document: storeDrawnDocument(store, job.actor, job.request, fromWire(job.drawn)) };
  },
  (answer) =>
    answer.op === 'drawn'
      ? wireTransfer(answer.drawn)
      : answer.op === 'reported'
        ? [answer.pdf.buffer as ArrayBuffer]
        : [],
);
