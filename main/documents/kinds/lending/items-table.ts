/** The equipment tables of lending documents: what the agreement describes, what a receipt counts off. */
import type { TermsItem } from '../../../../shared/contract/lending-types';
import type { Lang } from '../../../../shared/i18n';
import type { ErasureProof } from './erasure-refs';
import { paragraph, table, type TableColumn } from '../../pdf';
import { accessoryList, euros, itemIdentifiers, itemKind, itemModel, type Translate } from './format';

const gradeOf = (item: TermsItem) => (item.type === 'device' && item.grade ? item.grade : '—');

/** The agreement's table: every identifier, the grade, and the reference value when the programme sets them. */
export function agreementItemsTable(
  doc: PDFKit.PDFDocument,
  t: Translate,
  lang: Lang,
  items: readonly TermsItem[],
  values: readonly (number | null)[] | null,
): void {
  // Widths in points of the A4 content width (stretched when there is no value column): a 20-digit ICCID and
  // « N° d’inventaire » each fit on one line.
  const columns: TableColumn[] = [
    { header: t('paper.col.kind'), width: 56 },
    { header: t('paper.col.model'), width: 106 },
    { header: t('paper.col.serial'), width: 68, keepWhole: true },
    { header: t('paper.col.assetTag'), width: 65, keepWhole: true },
    { header: t('paper.col.identifiers'), width: 111, keepWhole: true },
    { header: t('paper.col.grade'), width: 36, align: 'center' },
  ];
  if (values) columns.push({ header: t('paper.col.value'), width: 63, align: 'right' });
  const rows = items.map((item, index) => {
    const row = [
      itemKind(t, item),
      itemModel(t, item),
      item.type === 'device' ? item.serial || '—' : '—',
      item.type === 'device' ? item.assetTag : '—',
      itemIdentifiers(item),
      gradeOf(item),
    ];
    if (values) {
      const value = values[index];
      row.push(value === null || value === undefined ? '—' : euros(lang, value));
    }
    return row;
  });
  table(doc, columns, rows, { size: 8, zebra: items.length > 6 });
}

/** The receipt's table: one numbered line per item, with the erasure reference that proves it was wiped. */
export function receiptItemsTable(
  doc: PDFKit.PDFDocument,
  t: Translate,
  items: readonly TermsItem[],
  erasures: readonly ErasureProof[],
  keepLastRowWith = 0,
): void {
  // Widths in points (they add up to the A4 content width): a model name, an erasure reference and its date each
  // fit on one line, identifiers are printed whole (smaller if need be), so a class set prints one line per tablet.
  const columns: TableColumn[] = [
    { header: t('paper.col.line'), width: 17, align: 'right' },
    { header: t('paper.col.assetTag'), width: 55, keepWhole: true },
    { header: t('paper.col.kind'), width: 40 },
    { header: t('paper.col.model'), width: 91 },
    { header: t('paper.col.serial'), width: 53, keepWhole: true },
    { header: t('paper.col.identifiers'), width: 90, keepWhole: true },
    { header: t('paper.col.grade'), width: 31, align: 'center' },
    { header: t('paper.col.erasure'), width: 80 },
    { header: t('paper.col.erasedOn'), width: 48, keepWhole: true },
  ];
  const rows = items.map((item, index) => [
    String(index + 1),
    item.type === 'device' ? item.assetTag : '—',
    itemKind(t, item),
    itemModel(t, item),
    item.type === 'device' ? item.serial || '—' : '—',
    itemIdentifiers(item),
    gradeOf(item),
    erasures[index]?.reference ?? '—',
    erasures[index]?.completedOn ?? '—',
  ]);
  table(doc, columns, rows, { size: 6.8, zebra: true, keepLastRowWith });
}

export function accessoriesLine(doc: PDFKit.PDFDocument, t: Translate, accessories: readonly string[]): void {
  paragraph(
    doc,
    accessories.length > 0 ? t('paper.accessories', { list: accessoryList(accessories) }) : t('paper.noAccessories'),
    { size: 9 },
  );
}
