/** The render worker's entry: draws documents and reports from plain data, away from the thread that answers API calls. */
import { renderJob, type RenderJob } from '../documents/render-job';
import { renderReportJob, type ReportJob } from '../documents/report-job';
import { serveJobs } from './serve-jobs';

// A copy of its own, so moving it to the host never detaches a buffer Node shares between small allocations.
serveJobs<RenderJob | ReportJob, Uint8Array>(
  (job) => new Uint8Array('report' in job ? renderReportJob(job) : renderJob(job)),
  (pdf) => [pdf.buffer as ArrayBuffer],
);
