import { z } from 'zod';
import { EXPORT_DATASETS, EXPORT_FORMATS, type ExportDataset, type ExportFormat } from '../domain/exports';
import { method } from './define';
import { inventoryFilter, SORT_COLUMNS } from './inventory';

export interface ExportJob {
  jobId: string;
  dataset: ExportDataset;
  format: ExportFormat;
  state: 'running' | 'done' | 'failed';
  /** Rows written so far, and about how many the export will have. */
  written: number;
  total: number;
  /** The name the file is offered under: `rebond-inventory-2026-12-07.xlsx`. */
  fileName: string;
  /** Where the browser edition downloads the finished file (signed-in session only); null until it is done. */
  downloadPath: string | null;
  /** Why it failed, translated. */
  error: string | null;
}

export const exportsContract = {
  /**
   * Starts writing a list to a file in main, chunk by chunk, and answers at once; `exports.status` follows it. Who
   * may export each list, and whether people's names and contacts are in it, is decided by the caller's roles
   * (`shared/domain/exports.ts`).
   */
  'exports.start': method<ExportJob>()({
    input: z.object({
      dataset: z.enum(EXPORT_DATASETS),
      format: z.enum(EXPORT_FORMATS),
      filter: inventoryFilter.default({ statuses: [], kinds: [], grades: [], siteId: null, batchId: null }),
      sort: z
        .object({ column: z.enum(SORT_COLUMNS), direction: z.enum(['asc', 'desc']) })
        .default({ column: 'updatedAt', direction: 'desc' }),
    }),
  }),
  'exports.status': method<ExportJob>()({ input: z.object({ jobId: z.uuid() }) }),
  /**
   * The desktop app's download: main asks where to save the finished file (a « Save as » window), copies it there
   * and deletes it from the data folder, once; `saved` is false when the window was cancelled (the file stays, to
   * save later). Answered by the desktop shell itself; the browser edition refuses it (it downloads instead).
   */
  'exports.save': method<ExportSaved>()({ input: z.object({ jobId: z.uuid() }) }),
};

export interface ExportSaved {
  saved: boolean;
  /** The name the file was saved under (without its folder), when saved. */
  fileName: string | null;
}
