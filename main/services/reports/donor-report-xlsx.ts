/**
 * The donor report as a workbook: a summary sheet (measure, number) and a devices sheet, written with the export
 * cell helpers so serials and IMEIs stay text, days are dates and counts are numbers.
 */
import ExcelJS from 'exceljs';
import { translate, type Lang, type MessageKey } from '../../../shared/i18n';
import { numberFormat, xlsxValue, type CellContext } from '../../exports/cells';
import type { ExportColumn } from '../../exports/columns';
import { DONOR_OUTCOMES, type DonorReport, type DonorReportDevice } from './donor-report';

type DeviceColumn = ExportColumn & { key: keyof DonorReportDevice };

const DEVICE_COLUMNS: DeviceColumn[] = [
  { key: 'assetTag', type: 'text' },
  { key: 'serial', type: 'text' },
  { key: 'imei', type: 'text' },
  { key: 'kind', type: 'label', prefix: 'kind' },
  { key: 'make', type: 'text' },
  { key: 'model', type: 'text' },
  { key: 'batch', type: 'text' },
  { key: 'receivedOn', type: 'day' },
  { key: 'outcome', type: 'text' },
  { key: 'stage', type: 'label', prefix: 'state' },
  { key: 'certificateReference', type: 'text' },
  { key: 'certificateIssuedAt', type: 'instant' },
];

const DAY_COLUMN: ExportColumn = { key: 'day', type: 'day' };
const COUNT_COLUMN: ExportColumn = { key: 'count', type: 'integer' };

function summaryRows(report: DonorReport, lang: Lang): [string, string | number][] {
  const t = (key: MessageKey, params = {}) => translate(lang, key, params);
  return [
    [t('donorReport.summary.received'), report.received],
    ...DONOR_OUTCOMES.map((o): [string, number] => [t(`donorReport.outcome.${o}`), report.byOutcome[o]]),
    [t('donorReport.summary.certified'), report.certified],
    ...report.byBatch.map((b): [string, number] => [t('donorReport.summary.batch', { code: b.code }), b.devices]),
    ...report.byKind.map((k): [string, number] => [
      t('donorReport.summary.kind', { kind: translate(lang, `kind.${k.kind}`) }),
      k.devices,
    ]),
    ...report.byStage.map((s): [string, number] => [
      t('donorReport.summary.stage', { stage: translate(lang, `state.${s.stage}`) }),
      s.devices,
    ]),
  ];
}

export async function writeDonorReportXlsx(report: DonorReport, context: CellContext): Promise<Buffer> {
  const { lang } = context;
  const workbook = new ExcelJS.Workbook();
  const summary = workbook.addWorksheet(translate(lang, 'donorReport.sheet.summary'));
  summary.columns = [{ width: 44 }, { width: 24 }];
  summary.addRow([translate(lang, 'donorReport.summary.donor'), report.donor.name]);
  for (const [key, day] of [
    ['donorReport.summary.from', report.from],
    ['donorReport.summary.to', report.to],
  ] as const) {
    const row = summary.addRow([translate(lang, key), xlsxValue(DAY_COLUMN, day, context)]);
    row.getCell(2).numFmt = numberFormat(DAY_COLUMN) ?? '';
  }
  summary.addRow([]);
  summary.addRow([translate(lang, 'donorReport.summary.measure'), translate(lang, 'donorReport.summary.value')]).font =
    { bold: true };
  for (const [label, value] of summaryRows(report, lang)) {
    const row = summary.addRow([label, value]);
    row.getCell(2).numFmt = numberFormat(COUNT_COLUMN) ?? '';
  }

  const sheet = workbook.addWorksheet(translate(lang, 'donorReport.sheet.devices'));
  sheet.columns = DEVICE_COLUMNS.map((column) => ({
    header: translate(lang, `donorReport.column.${column.key}` as MessageKey),
    key: column.key,
    width: 20,
    style: { numFmt: numberFormat(column) ?? 'General' },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const device of report.devices) {
    sheet.addRow(
      DEVICE_COLUMNS.map((column) =>
        column.key === 'outcome'
          ? translate(lang, `donorReport.outcome.${device.outcome}`)
          : xlsxValue(column, device[column.key], context),
      ),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
