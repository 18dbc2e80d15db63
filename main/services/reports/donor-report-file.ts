import type { DonorReportFile, DonorReportFormat } from '../../../shared/contract/donor-report';
import type { Lang } from '../../../shared/i18n';
import { organisationTimeZone } from '../../documents/time-zone';
import type { Store } from '../../store/store';
import { donorReport, type DonorReportInput } from './donor-report';
import { writeDonorReportXlsx } from './donor-report-xlsx';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The donor report written in the asked format, as bytes plus the file name a download offers. */
export async function donorReportBytes(
  store: Store,
  input: DonorReportInput & { format: DonorReportFormat },
  lang: Lang,
): Promise<{ fileName: string; mimeType: string; bytes: Buffer; devices: number }> {
  const report = donorReport(store, input);
  const bytes = await writeDonorReportXlsx(report, { lang, zone: organisationTimeZone(store) });
  const fileName = `rapport-donateur-${report.donor.id}-${report.from}-${report.to}.xlsx`;
  return { fileName, mimeType: XLSX_MIME, bytes, devices: report.devices.length };
}

export async function donorReportFile(
  store: Store,
  input: DonorReportInput & { format: DonorReportFormat },
  lang: Lang,
): Promise<DonorReportFile> {
  const { bytes, ...file } = await donorReportBytes(store, input, lang);
  return { ...file, base64: bytes.toString('base64') };
}
