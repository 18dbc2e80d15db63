/**
 * The donor report as PDF, drawn with the documents' toolkit (framed page with the organisation's header and
 * "Page n / N", embedded fonts, tables that repeat their header on every page). A4 landscape, so that the device
 * list keeps each identifier on one line. Like the programme report it is read anew each time, not numbered or kept
 * in `documents`. It names no beneficiary and no partner: the report it draws holds none.
 */
import type { DeviceState } from '../../../shared/domain/lifecycle';
import { DEVICE_KINDS } from '../../../shared/domain/values';
import { formatNumber } from '../../../shared/format/numbers';
import { translate, type Lang, type MessageKey } from '../../../shared/i18n';
import type { OrganisationIdentity } from '../../../shared/contract/documents';
import {
  DONOR_OUTCOMES,
  type DonorOutcome,
  type DonorReport,
  type DonorReportDevice,
} from '../../services/reports/donor-report';
import { A4, createPdf, formatDate, formatDay, keyValues, paragraph, section, table, title, typeset } from '../pdf';

export interface DonorReportPdfInput {
  report: DonorReport;
  lang: Lang;
  organisation: OrganisationIdentity;
  /** The organisation's time zone: certificates' instants are printed as its calendar days. */
  timeZone: string;
  reference: string;
  issuedAt: Date;
}

const LANDSCAPE: [number, number] = [A4[1], A4[0]];
const EMPTY = '—';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A stage as a donor reads it: in French « Prêt » (ready) beside « Réemployé par prêt » (lent) would read as a loan. */
function stageName(t: Translate, stage: DeviceState): string {
  return stage === 'ready' ? t('donorReportPdf.stage.ready') : t(`state.${stage}`);
}

function outcomeText(t: Translate, device: DonorReportDevice): string {
  return device.outcome === 'in_process' && device.stage
    ? t('donorReport.summary.stage', { stage: stageName(t, device.stage) })
    : t(`donorReport.outcome.${device.outcome}`);
}

/** Kinds down, outcomes across, with the received total first and a total row from the report's own counts. */
function outcomeTable(doc: PDFKit.PDFDocument, report: DonorReport, t: Translate, n: (value: number) => string): void {
  const cell = new Map(report.byKindAndOutcome.map((row) => [`${row.kind} ${row.outcome}`, row.devices]));
  const count = (kind: string, outcome: DonorOutcome) => n(cell.get(`${kind} ${outcome}`) ?? 0);
  const received = new Map(report.byKind.map((row) => [row.kind, row.devices]));
  const kinds = DEVICE_KINDS.filter((kind) => received.has(kind));
  table(
    doc,
    [
      { header: t('donorReportPdf.kind'), width: 1.6 },
      { header: t('donorReportPdf.received'), width: 0.8, align: 'right' },
      ...DONOR_OUTCOMES.map((outcome) => ({
        header: t(`donorReport.outcome.${outcome}`),
        width: 1,
        align: 'right' as const,
      })),
    ],
    [
      ...kinds.map((kind) => [
        t(`kind.${kind}`),
        n(received.get(kind) ?? 0),
        ...DONOR_OUTCOMES.map((outcome) => count(kind, outcome)),
      ]),
      [t('donorReportPdf.total'), n(report.received), ...DONOR_OUTCOMES.map((outcome) => n(report.byOutcome[outcome]))],
    ],
    { size: 8.5 },
  );
}

function deviceRows(report: DonorReport, t: Translate, lang: Lang, zone: string): string[][] {
  return report.devices.map((device) => [
    device.assetTag,
    device.serial || EMPTY,
    device.imei || EMPTY,
    t(`kind.${device.kind}`),
    [device.make, device.model].filter(Boolean).join(' ') || EMPTY,
    device.batch,
    formatDay(lang, device.receivedOn),
    outcomeText(t, device),
    device.certificateReference ?? EMPTY,
    device.certificateIssuedAt ? formatDate(lang, device.certificateIssuedAt, zone) : EMPTY,
  ]);
}

export function renderDonorReport(input: DonorReportPdfInput): Buffer {
  const { report, lang } = input;
  const t: Translate = (key, params) => typeset(lang, translate(lang, key, params));
  const n = (value: number) => formatNumber(lang, value, 0);
  const from = formatDay(lang, report.from);
  const to = formatDay(lang, report.to);
  const pdf = createPdf({
    lang,
    title: t('donorReport.title'),
    reference: input.reference,
    issuedAt: input.issuedAt,
    organisation: input.organisation,
    timeZone: input.timeZone,
    size: LANDSCAPE,
  });
  const { doc } = pdf;
  title(doc, `${t('donorReport.title')} — ${report.donor.name}`, t('donorReportPdf.period', { from, to }));
  paragraph(doc, t('donorReportPdf.privacy'), { size: 8.5, muted: true });
  keyValues(
    doc,
    [
      [t('donorReport.summary.received'), n(report.received)],
      [t('donorReport.summary.certified'), n(report.certified)],
    ],
    { columns: 2 },
  );
  if (report.received === 0) {
    paragraph(doc, t('donorReportPdf.none'));
    return pdf.finish();
  }

  section(doc, t('donorReportPdf.outcomes'));
  outcomeTable(doc, report, t, n);
  if (report.byStage.length > 0) {
    const stages = report.byStage
      .map((row) => t('donorReportPdf.stageCount', { stage: stageName(t, row.stage), count: n(row.devices) }))
      .join(' · ');
    paragraph(doc, t('donorReportPdf.inProcess', { stages }), { size: 8.5 });
  }

  section(doc, t('donorReportPdf.byBatch'));
  table(
    doc,
    [
      { header: t('donorReportPdf.batch'), width: 1, keepWhole: true },
      { header: t('donorReportPdf.batchReceivedOn'), width: 1 },
      { header: t('donorReportPdf.devices'), width: 1, align: 'right' },
      { header: t('donorReport.summary.certified'), width: 1.6, align: 'right' },
    ],
    [
      ...report.byBatch.map((batch) => [
        batch.code,
        formatDay(lang, batch.receivedOn),
        n(batch.devices),
        n(batch.certified),
      ]),
      [t('donorReportPdf.total'), '', n(report.received), n(report.certified)],
    ],
  );

  section(doc, t('donorReportPdf.list'));
  paragraph(doc, t('donorReportPdf.certificateNote'), { size: 8, muted: true });
  table(
    doc,
    [
      // Widths in points of the landscape page's 752: identifiers whole at 7.5 pt, the outcome on one line mostly.
      { header: t('donorReport.column.assetTag'), width: 55, keepWhole: true },
      { header: t('donorReport.column.serial'), width: 72, keepWhole: true },
      { header: t('donorReport.column.imei'), width: 80, keepWhole: true },
      { header: t('donorReport.column.kind'), width: 86 },
      { header: t('donorReportPdf.makeModel'), width: 100 },
      { header: t('donorReport.column.batch'), width: 56, keepWhole: true },
      { header: t('donorReport.column.receivedOn'), width: 52 },
      { header: t('donorReport.column.outcome'), width: 118 },
      { header: t('donorReportPdf.certificate'), width: 81, keepWhole: true },
      { header: t('donorReportPdf.certificateOn'), width: 52 },
    ],
    deviceRows(report, t, lang, input.timeZone),
    { size: 7.5, zebra: true },
  );
  return pdf.finish();
}
