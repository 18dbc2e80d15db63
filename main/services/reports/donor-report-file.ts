import type { DonorReportFile, DonorReportFormat } from '../../../shared/contract/donor-report';
import type { Lang } from '../../../shared/i18n';
import { renderReportHere, type RenderReport } from '../../documents/report-job';
import { organisationTimeZone } from '../../documents/time-zone';
import type { Store } from '../../store/store';
import { readOrganisation } from '../organisation';
import { donorReport, type DonorReport, type DonorReportInput } from './donor-report';
import { writeDonorReportXlsx } from './donor-report-xlsx';

const MIME_TYPES: Record<DonorReportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** The reference the PDF prints: the report is not numbered (it is read anew each time), so donor and period name it. */
const donorReportReference = (report: DonorReport): string => `RD-${report.donor.id}-${report.from}`;

function reportBytes(
  store: Store,
  report: DonorReport,
  format: DonorReportFormat,
  lang: Lang,
  draw: RenderReport,
): Promise<Buffer> {
  const zone = organisationTimeZone(store);
  if (format === 'xlsx') return writeDonorReportXlsx(report, { lang, zone });
  const organisation = readOrganisation(store);
  const reference = donorReportReference(report);
  return draw({
    report: 'donor',
    input: { report, lang, organisation, timeZone: zone, reference, issuedAt: store.clock() },
  });
}

/**
 * The donor report written in the asked format, as bytes plus the file name a download offers. The figures are read
 * here; the PDF is drawn by `draw` (the API host passes its render worker, so a long list holds no other call up).
 */
export async function donorReportBytes(
  store: Store,
  input: DonorReportInput & { format: DonorReportFormat },
  lang: Lang,
  draw: RenderReport = renderReportHere,
): Promise<{ fileName: string; mimeType: string; bytes: Buffer; devices: number }> {
  const report = donorReport(store, input);
  const bytes = await reportBytes(store, report, input.format, lang, draw);
  const fileName = `rapport-donateur-${report.donor.id}-${report.from}-${report.to}.${input.format}`;
  return { fileName, mimeType: MIME_TYPES[input.format], bytes, devices: report.devices.length };
}

export async function donorReportFile(
  store: Store,
  input: DonorReportInput & { format: DonorReportFormat },
  lang: Lang,
  draw: RenderReport = renderReportHere,
): Promise<DonorReportFile> {
  const { bytes, ...file } = await donorReportBytes(store, input, lang, draw);
  return { ...file, base64: bytes.toString('base64') };
}
