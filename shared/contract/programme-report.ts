import { z } from 'zod';
import { method } from './define';
import { id, isoDate } from './fields';

export const PROGRAMME_REPORT_FORMATS = ['pdf', 'xlsx'] as const;
export type ProgrammeReportFormat = (typeof PROGRAMME_REPORT_FORMATS)[number];

/** The programme report's file (PDF or XLSX), in the session's language, ready to download. */
export interface ProgrammeReportFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

export const programmeReportContract = {
  /** A programme's report for its funder over a period (calendar days in the organisation's zone, both included). */
  'reports.programme': method<ProgrammeReportFile>()({
    input: z.object({ programmeId: id, from: isoDate, to: isoDate, format: z.enum(PROGRAMME_REPORT_FORMATS) }),
    roles: ['coordinator', 'admin'],
  }),
};
