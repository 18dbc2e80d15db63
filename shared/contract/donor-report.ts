import { z } from 'zod';
import { method } from './define';
import { id, isoDate } from './fields';

export const DONOR_REPORT_FORMATS = ['pdf', 'xlsx'] as const;
export type DonorReportFormat = (typeof DONOR_REPORT_FORMATS)[number];

/** The donor report's file, in the session's language, ready to download. */
export interface DonorReportFile {
  fileName: string;
  mimeType: string;
  base64: string;
  devices: number;
}

export const donorReportContract = {
  /** What became of a donor's devices received in a period (calendar days in the organisation's zone). */
  'reports.donor': method<DonorReportFile>()({
    input: z.object({ donorId: id, from: isoDate, to: isoDate, format: z.enum(DONOR_REPORT_FORMATS) }),
    roles: ['coordinator', 'admin'],
  }),
};
