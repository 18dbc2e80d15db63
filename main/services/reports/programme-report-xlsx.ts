/**
 * The programme report as XLSX (exceljs): one sheet per table, the same figures as the PDF. Counts are numbers;
 * a count protected by the small-counts rule is the text « < 5 » (or « masqué »), euros are numbers in euros with
 * the exports' format, months are dates.
 */
import ExcelJS from 'exceljs';
import { cellText, type CountCell } from '../../../shared/domain/small-counts';
import { translate, type Lang, type MessageKey } from '../../../shared/i18n';
import { numberFormat } from '../../exports/cells';
import type { ProgrammeReport } from './programme-report-types';

type Cell = string | number | Date | null;

const INTEGER = numberFormat({ key: 'count', type: 'integer' });
const EUROS = numberFormat({ key: 'amount', type: 'euros' });

function countValue(lang: Lang, cell: CountCell): Cell {
  if ('shown' in cell) return cell.shown;
  return cellText(cell, String, {
    small: translate(lang, 'programmeReport.small'),
    secondary: translate(lang, 'programmeReport.secondary'),
  });
}

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  header: string[],
  rows: Cell[][],
  formats: (string | undefined)[] = [],
): void {
  const sheet = workbook.addWorksheet(name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(row);
    row.forEach((value, index) => {
      const format = formats[index];
      if (format && typeof value === 'number') added.getCell(index + 1).numFmt = format;
    });
  }
  sheet.columns.forEach((column) => {
    column.width = 24;
  });
}

export async function programmeReportXlsx(report: ProgrammeReport, lang: Lang): Promise<Buffer> {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const count = (cell: CountCell) => countValue(lang, cell);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Rebond';
  addSheet(
    workbook,
    t('programmeReport.title'),
    [t('programmeReport.figure'), t('programmeReport.value')],
    [
      [report.programme.name, null],
      [t('field.reportFrom'), new Date(`${report.from}T00:00:00Z`)],
      [t('field.reportTo'), new Date(`${report.to}T00:00:00Z`)],
      [t('programmeReport.people'), count(report.peopleTotal)],
      [t('programmeReport.institutions'), report.institutions],
    ],
  );
  addSheet(
    workbook,
    t('programmeReport.targets'),
    [t('programmeReport.item'), t('programmeReport.handedOut'), t('programmeReport.target')],
    report.targets.map((row) => [
      t((row.item === 'sim' ? 'targetItem.sim' : `kind.${row.item}`) as MessageKey),
      row.handedOut,
      row.target,
    ]),
    [undefined, INTEGER, INTEGER],
  );
  const kinds = Object.keys(report.byMonth) as (keyof ProgrammeReport['byMonth'])[];
  addSheet(
    workbook,
    t('programmeReport.byMonth'),
    [t('programmeReport.month'), ...kinds.map((kind) => t(`kind.${kind}` as MessageKey))],
    report.months.map((month, index) => [
      new Date(`${month}-01T00:00:00Z`),
      ...kinds.map((kind) => report.byMonth[kind][index] ?? 0),
    ]),
    ['mm/yyyy', ...kinds.map(() => INTEGER)],
  );
  addSheet(
    workbook,
    t('programmeReport.byPartner'),
    [t('programmeReport.partner'), t('programmeReport.devices'), t('programmeReport.people')],
    [
      ...report.byPartner.map((row) => [row.name, count(row.devices), count(row.people)]),
      [t('programmeReport.total'), report.byPartnerTotal.devices, count(report.byPartnerTotal.people)],
    ],
    [undefined, INTEGER, INTEGER],
  );
  addSheet(
    workbook,
    t('programmeReport.byCategory'),
    [t('programmeReport.category'), t('programmeReport.people')],
    [
      ...report.byCategory.map((row) => [t(`category.${row.category}` as MessageKey), count(row.people)]),
      [t('programmeReport.total'), count(report.peopleTotal)],
    ],
    [undefined, INTEGER],
  );
  addSheet(
    workbook,
    t('programmeReport.loans'),
    [t('programmeReport.loans'), t('programmeReport.value')],
    (['open', 'returned', 'overdue', 'lost'] as const).map((state) => [
      t(`programmeReport.loan.${state}`),
      count(report.loans[state]),
    ]),
    [undefined, INTEGER],
  );
  addSheet(
    workbook,
    t('programmeReport.sims'),
    [t('programmeReport.figure'), t('programmeReport.value')],
    [
      [t('programmeReport.simsHandedOut'), report.sims.handedOut],
      [t('programmeReport.topUps'), report.sims.topUps],
      [t('programmeReport.topUpAmount'), report.sims.topUpCents / 100],
      [t('programmeReport.erasureDevices'), report.erasure.devices],
      [t('programmeReport.erased'), report.erasure.erased],
      [t('programmeReport.certified'), report.erasure.certified],
    ],
  );
  const simSheet = workbook.getWorksheet(t('programmeReport.sims').slice(0, 31));
  if (simSheet && EUROS) simSheet.getCell('B4').numFmt = EUROS;
  const noFigure = t('programmeReport.noFigure');
  addSheet(
    workbook,
    t('programmeReport.impact').slice(0, 31),
    [
      t('programmeReport.item'),
      t('programmeReport.handedOut'),
      t('programmeReport.perYear'),
      t('programmeReport.factor'),
      t('programmeReport.source'),
      t('programmeReport.newFootprint'),
      t('programmeReport.factor'),
      t('programmeReport.source'),
    ],
    report.impact.map((line) => [
      t(`kind.${line.kind}` as MessageKey),
      line.devices,
      line.perYear ? line.perYear.totalKg : noFigure,
      line.perYear ? line.perYear.kgCo2e : null,
      line.perYear ? `${line.perYear.source} (${line.perYear.year})` : null,
      line.newFootprint ? line.newFootprint.totalKg : noFigure,
      line.newFootprint ? line.newFootprint.kgCo2e : null,
      line.newFootprint ? `${line.newFootprint.source} (${line.newFootprint.year})` : null,
    ]),
    [undefined, INTEGER, '0.0', '0.0', undefined, '0.0', '0.0'],
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
