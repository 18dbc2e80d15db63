/**
 * The programme report as PDF, drawn with the documents' toolkit (framed page, organisation header, embedded fonts,
 * tables) and charts from the chart base. A report is read again each time it is asked for (its figures change with
 * the period), so it is not numbered or kept in `documents` like an issued paper.
 */
import { barChartOption, periodLabels, progressChartOption } from '../../../shared/charts';
import { cellText, type CountCell } from '../../../shared/domain/small-counts';
import { DEVICE_KINDS } from '../../../shared/domain/values';
import { formatEuros } from '../../../shared/format/money';
import { formatNumber as formatFigure } from '../../../shared/format/numbers';
import { translate, type Lang, type MessageKey } from '../../../shared/i18n';
import type { OrganisationIdentity } from '../../../shared/contract/documents';
import type { ProgrammeReport } from '../../services/reports/programme-report-types';
import { drawChart } from '../charts/draw-chart';
import { createPdf, formatDay, keyValues, paragraph, section, table, title, typeset } from '../pdf';

export interface ProgrammeReportPdfInput {
  report: ProgrammeReport;
  lang: Lang;
  organisation: OrganisationIdentity;
  reference: string;
  issuedAt: Date;
}

export function renderProgrammeReport(input: ProgrammeReportPdfInput): Buffer {
  const { report, lang } = input;
  const t = (key: MessageKey, params?: Record<string, string | number>) => typeset(lang, translate(lang, key, params));
  const n = (value: number) => formatFigure(lang, value, 1);
  const words = {
    small: translate(lang, 'programmeReport.small'),
    secondary: translate(lang, 'programmeReport.secondary'),
  };
  const c = (cell: CountCell) => cellText(cell, n, words);
  const itemName = (item: string) => t((item === 'sim' ? 'targetItem.sim' : `kind.${item}`) as MessageKey);
  const pdf = createPdf({
    lang,
    title: t('programmeReport.title'),
    reference: input.reference,
    issuedAt: input.issuedAt,
    organisation: input.organisation,
    timeZone: report.timeZone,
  });
  const { doc } = pdf;
  title(
    doc,
    `${t('programmeReport.title')} — ${report.programme.name}`,
    [
      t('programmeReport.period', { from: formatDay(lang, report.from), to: formatDay(lang, report.to) }),
      report.programme.funder ? t('programmeReport.funder', { funder: report.programme.funder }) : '',
    ]
      .filter(Boolean)
      .join(' · '),
  );
  paragraph(doc, t('programmeReport.smallNote'), { size: 8 });

  section(doc, t('programmeReport.targets'));
  table(
    doc,
    [
      { header: t('programmeReport.item'), width: 2 },
      { header: t('programmeReport.handedOut'), width: 1, align: 'right' },
      { header: t('programmeReport.target'), width: 1, align: 'right' },
    ],
    report.targets.map((row) => [itemName(row.item), n(row.handedOut), row.target === null ? '—' : n(row.target)]),
  );
  drawChart(
    doc,
    progressChartOption({
      lang,
      print: true,
      text: { title: t('programmeReport.targets'), empty: '—' },
      rows: report.targets.map((row) => ({ label: itemName(row.item), done: row.handedOut, target: row.target })),
      doneName: t('programmeReport.handedOut'),
      targetName: t('programmeReport.target'),
    }),
    180,
  );

  section(doc, t('programmeReport.byMonth'));
  const kinds = DEVICE_KINDS.filter((kind) => report.byMonth[kind].some((value) => value > 0));
  const monthNames = periodLabels(lang, 'month', report.months);
  table(
    doc,
    [
      { header: t('programmeReport.month'), width: 1.5 },
      ...kinds.map((kind) => ({ header: itemName(kind), width: 1, align: 'right' as const })),
    ],
    report.months.map((_, index) => [
      monthNames[index] ?? '',
      ...kinds.map((kind) => n(report.byMonth[kind][index] ?? 0)),
    ]),
  );
  drawChart(
    doc,
    barChartOption({
      lang,
      print: true,
      stacked: true,
      text: { title: t('programmeReport.byMonth'), empty: '—' },
      categories: monthNames,
      series: kinds.map((kind) => ({ name: itemName(kind), values: report.byMonth[kind] })),
    }),
  );

  section(doc, t('programmeReport.byPartner'));
  table(
    doc,
    [
      { header: t('programmeReport.partner'), width: 2.5 },
      { header: t('programmeReport.devices'), width: 1, align: 'right' },
      { header: t('programmeReport.people'), width: 1, align: 'right' },
    ],
    [
      ...report.byPartner.map((row) => [row.name, c(row.devices), c(row.people)]),
      [t('programmeReport.total'), n(report.byPartnerTotal.devices), c(report.byPartnerTotal.people)],
    ],
  );
  paragraph(doc, `${t('programmeReport.institutions')} : ${n(report.institutions)}`, { size: 8.5 });

  section(doc, t('programmeReport.byCategory'));
  table(
    doc,
    [
      { header: t('programmeReport.category'), width: 2.5 },
      { header: t('programmeReport.people'), width: 1, align: 'right' },
    ],
    [
      ...report.byCategory.map((row) => [t(`category.${row.category}` as MessageKey), c(row.people)]),
      [t('programmeReport.total'), c(report.peopleTotal)],
    ],
  );

  section(doc, t('programmeReport.loans'));
  keyValues(
    doc,
    (['open', 'returned', 'overdue', 'lost'] as const).map((state) => [
      t(`programmeReport.loan.${state}`),
      c(report.loans[state]),
    ]),
  );
  section(doc, t('programmeReport.sims'));
  keyValues(doc, [
    [t('programmeReport.simsHandedOut'), n(report.sims.handedOut)],
    [t('programmeReport.topUps'), n(report.sims.topUps)],
    [t('programmeReport.topUpAmount'), formatEuros(lang, report.sims.topUpCents)],
  ]);
  section(doc, t('programmeReport.erasure'));
  keyValues(doc, [
    [t('programmeReport.erasureDevices'), n(report.erasure.devices)],
    [t('programmeReport.erased'), n(report.erasure.erased)],
    [t('programmeReport.certified'), n(report.erasure.certified)],
  ]);

  section(doc, t('programmeReport.impact'));
  const none = t('programmeReport.noFigure');
  table(
    doc,
    [
      { header: t('programmeReport.item'), width: 1.2 },
      { header: t('programmeReport.handedOut'), width: 0.8, align: 'right' },
      { header: t('programmeReport.perYear'), width: 1.4, align: 'right' },
      { header: t('programmeReport.newFootprint'), width: 1.4, align: 'right' },
      { header: t('programmeReport.source'), width: 2.6 },
    ],
    report.impact.map((line) => [
      itemName(line.kind),
      n(line.devices),
      line.perYear ? `${n(line.perYear.totalKg)} (${n(line.devices)} × ${n(line.perYear.kgCo2e)})` : none,
      line.newFootprint
        ? `${n(line.newFootprint.totalKg)} (${n(line.devices)} × ${n(line.newFootprint.kgCo2e)})`
        : none,
      [line.perYear, line.newFootprint]
        .filter((factor) => factor !== null)
        .map((factor) => `${factor.source} (${factor.year})`)
        .join('\n'),
    ]),
  );
  paragraph(doc, t('programmeReport.impactMethod'), { size: 8 });
  return pdf.finish();
}
