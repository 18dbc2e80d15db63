import { renderDonorReport, type DonorReportPdfInput } from './kinds/donor-report';
import { renderProgrammeReport, type ProgrammeReportPdfInput } from './kinds/programme-report';

/**
 * A report to draw as plain data (it crosses to the render worker by structured clone and comes back as the PDF's
 * bytes). Reports are read anew each time, so unlike a `RenderJob` they carry no number and are not stored.
 */
export type ReportJob =
  | { report: 'donor'; input: DonorReportPdfInput }
  | { report: 'programme'; input: ProgrammeReportPdfInput };

/** Draws a report; the same function runs in the calling thread (CLI, tests) and in the render worker. */
export function renderReportJob(job: ReportJob): Buffer {
  return job.report === 'donor' ? renderDonorReport(job.input) : renderProgrammeReport(job.input);
}

/** Draws a report somewhere: in this thread, or in the API host's render worker. */
export type RenderReport = (job: ReportJob) => Promise<Buffer>;

export const renderReportHere: RenderReport = async (job) => renderReportJob(job);
