import type { ProgrammeReportFile, ProgrammeReportFormat } from '../../../shared/contract/programme-report';
import type { Lang } from '../../../shared/i18n';
import { renderReportHere, type RenderReport } from '../../documents/report-job';
import type { Store } from '../../store/store';
import { readOrganisation } from '../organisation';
import { programmeReport, type ProgrammeReportRequest } from './programme-report';
import { programmeReportXlsx } from './programme-report-xlsx';

const MIME_TYPES: Record<ProgrammeReportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The programme report in the asked format, as bytes plus the file name a download offers: the figures read once,
 * then drawn as PDF (documents' toolkit, with charts) by `draw` (the API host passes its render worker) or written as
 * XLSX. The command line and `reports.programme` both come here.
 */
export async function programmeReportBytes(
  store: Store,
  input: ProgrammeReportRequest & { format: ProgrammeReportFormat },
  lang: Lang,
  draw: RenderReport = renderReportHere,
): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  const report = programmeReport(store, input);
  const bytes =
    input.format === 'xlsx'
      ? await programmeReportXlsx(report, lang)
      : await draw({
          report: 'programme',
          input: {
            report,
            lang,
            organisation: readOrganisation(store),
            reference: `RP-${report.programme.id}-${report.from}`,
            issuedAt: new Date(report.generatedAt),
          },
        });
  const fileName = `rapport-programme-${report.programme.id}-${report.from}-${report.to}.${input.format}`;
  return { fileName, mimeType: MIME_TYPES[input.format], bytes };
}

export async function programmeReportFile(
  store: Store,
  input: ProgrammeReportRequest & { format: ProgrammeReportFormat },
  lang: Lang,
  draw: RenderReport = renderReportHere,
): Promise<ProgrammeReportFile> {
  const { bytes, ...file } = await programmeReportBytes(store, input, lang, draw);
  return { ...file, base64: bytes.toString('base64') };
}
