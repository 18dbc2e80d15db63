import { formatSiren } from '../../../shared/domain/siren';
import { formatEuros } from '../../../shared/format/money';
import type { MessageKey } from '../../../shared/i18n';
import type { RenderContext } from '../kind';
import { townOf } from '../kinds/lending/papers';
import {
  COLOURS,
  createPdf,
  FONT,
  ensureSpace,
  formatDate,
  formatDay,
  keyValues,
  paragraph,
  section,
  signatureBlocks,
  table,
  title,
  typeset,
  type TableColumn,
} from '../pdf';
import { amountInWords } from './amount-in-words';
import type { TaxReceiptData } from './load';

/** « 12 ordinateurs portables, 3 tablettes »: the goods by nature and quantity, as the receipt describes them. */
export function goodsLine(t: RenderContext<TaxReceiptData>['t'], goods: TaxReceiptData['goods']): string {
  return goods.map(({ kind, count }) => t(`taxReceipt.goods.${kind}` as MessageKey, { count })).join(', ');
}

/**
 * The receipt for a gift in kind, following the headings of cerfa 16216 (2041-MEC-SD, a company) and 11580 (an
 * individual): the beneficiary organisation and its eligibility, the donor, the gift (date, nature, the goods),
 * its value in figures and in words with who stated it, the certification and the signatory.
 */
export function renderTaxReceipt(context: RenderContext<TaxReceiptData>): Buffer {
  const { lang, organisation, data } = context;
  const t = (key: MessageKey, params?: Parameters<typeof context.t>[1]) => typeset(lang, context.t(key, params));
  const pdf = createPdf({
    lang,
    title: t('documentKind.tax-receipt'),
    reference: context.reference,
    issuedAt: context.issuedAt,
    organisation,
    timeZone: context.timeZone,
  });
  const { doc } = pdf;
  title(doc, t('taxReceipt.title'), t(`taxReceipt.subtitle.${data.form}` as MessageKey));
  paragraph(doc, t('taxReceipt.number', { reference: context.reference }), { bold: true, size: 10 });
  if (data.replaces) paragraph(doc, t('taxReceipt.replaces', { reference: data.replaces }), { bold: true, size: 9.5 });
  if (data.cancelled) cancelledBanner(doc, context, t);

  section(doc, t('taxReceipt.beneficiary'));
  keyValues(doc, [
    [t('taxReceipt.name'), organisation.name],
    [t('taxReceipt.address'), organisation.address?.replace(/\n/g, ', ')],
    [t('taxReceipt.registration'), organisation.registration],
    [t('taxReceipt.eligibility'), typeset(lang, data.eligibility)],
  ]);

  section(doc, t('taxReceipt.donor'));
  const company = data.form === '2041-MEC-SD';
  keyValues(doc, [
    [company ? t('taxReceipt.donorCompanyName') : t('taxReceipt.donorName'), data.donor.name],
    ...(company
      ? ([
          [t('taxReceipt.siren'), data.donor.siren ? formatSiren(data.donor.siren) : null],
          [t('taxReceipt.legalForm'), data.donor.legalForm],
        ] as const)
      : []),
    [t('taxReceipt.address'), data.donor.address.replace(/\n/g, ', ')],
  ]);

  section(doc, t('taxReceipt.gift'), 120);
  keyValues(
    doc,
    [
      [t('taxReceipt.giftDate'), formatDay(lang, data.givenOn)],
      [t('taxReceipt.giftNature'), t('taxReceipt.inKind')],
      [t('taxReceipt.batch'), data.batchCode],
    ],
    { columns: 2 },
  );
  paragraph(
    doc,
    `${t('taxReceipt.goods')} : ${goodsLine(t, data.goods)}`.replace(' :', lang === 'fr' ? '\u202f:' : ':'),
    { size: 9.5 },
  );
  const columns: TableColumn[] = [
    { header: t('taxReceipt.goodsTable.kind'), width: 360 },
    { header: t('taxReceipt.goodsTable.count'), width: 120, align: 'right' },
  ];
  table(
    doc,
    columns,
    data.goods.map(({ kind, count }) => [t(`kind.${kind}` as MessageKey), String(count)]),
    { size: 9 },
  );

  section(doc, t('taxReceipt.value'), 80);
  keyValues(doc, [
    [t('taxReceipt.valueFigures'), formatEuros(lang, data.amountCents)],
    [t('taxReceipt.valueWords'), amountInWords(lang, data.amountCents)],
  ]);
  paragraph(doc, t(`taxReceipt.valueBasis.${data.form}` as MessageKey), { size: 8.5, muted: true });

  ensureSpace(doc, 150);
  paragraph(doc, t(`taxReceipt.certify.${data.form}` as MessageKey), { size: 9.5, bold: true });
  const date = formatDate(lang, context.issuedAt, context.timeZone);
  const town = townOf(organisation.address);
  const made = town ? t('taxReceipt.madeAt', { town, date }) : t('taxReceipt.madeOn', { date });
  const signatory = [organisation.signatoryName, organisation.signatoryTitle].filter(Boolean).join(', ');
  signatureBlocks(doc, [
    {
      heading: made,
      lines: signatory ? [t('taxReceipt.signatory', { name: signatory })] : [],
      caption: t('taxReceipt.signature'),
    },
  ]);
  paragraph(doc, t('taxReceipt.duplicate'), { size: 8, muted: true });
  if (data.cancelled) stampEveryPage(doc, t('taxReceipt.cancelledMark'));
  return pdf.finish();
}

type Translate = (key: MessageKey, params?: Parameters<RenderContext<TaxReceiptData>['t']>[1]) => string;
const CANCELLED_RED = '#b00020';

/** Under the number: « ANNULÉ », when and why, framed in red, so the copy cannot be taken for a valid receipt. */
function cancelledBanner(doc: PDFKit.PDFDocument, context: RenderContext<TaxReceiptData>, t: Translate): void {
  const { cancelled } = context.data;
  if (!cancelled) return;
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const top = doc.y;
  const reason = t('taxReceipt.cancelledOn', {
    date: formatDate(context.lang, new Date(cancelled.at), context.timeZone),
    reason: cancelled.reason,
  });
  doc
    .fillColor(CANCELLED_RED)
    .font(FONT.bold)
    .fontSize(18)
    .text(t('taxReceipt.cancelledMark'), left + 10, top + 8, {
      width: width - 20,
    });
  doc.fontSize(10).text(reason, left + 10, doc.y + 2, { width: width - 20 });
  const bottom = doc.y + 8;
  doc
    .lineWidth(2)
    .strokeColor(CANCELLED_RED)
    .rect(left, top, width, bottom - top)
    .stroke();
  doc.fillColor(COLOURS.text).strokeColor(COLOURS.text).lineWidth(1);
  doc.y = bottom + 8;
}

/** A large slanted « ANNULÉ » across every page. */
function stampEveryPage(doc: PDFKit.PDFDocument, mark: string): void {
  const range = doc.bufferedPageRange();
  for (let page = range.start; page < range.start + range.count; page += 1) {
    doc.switchToPage(page);
    const { width, height } = doc.page;
    doc.save();
    doc.rotate(-35, { origin: [width / 2, height / 2] });
    doc.font(FONT.bold).fontSize(96).fillColor(CANCELLED_RED).fillOpacity(0.18);
    doc.text(mark, 0, height / 2 - 48, { width, align: 'center', lineBreak: false });
    doc.restore();
  }
  doc.fillOpacity(1).fillColor(COLOURS.text);
}
