/**
 * The return receipt (récépissé de retour): mirrors the handover receipt with each item's condition on return, the
 * accessories missing, the desk's notes, what is still out, and the signatures of the person returning and staff.
 */
import type { DocumentSubject } from '../../../../shared/domain/documents';
import type { Lang } from '../../../../shared/i18n';
import type { Store } from '../../../store/store';
import { singleId, type LoadedDocument, type RenderContext } from '../../kind';
import { createPdf, formatDay, keyValues, paragraph, section, table, title, type TableColumn } from '../../pdf';
import { itemKind, itemLabel, itemModel, personName, type Translate } from './format';
import { receiverName } from './receipt-document';
import { loadReturnPapers, type ReturnPapers, type ReturnedItem } from './return-papers';
import { townOf } from './papers';
import { drawSignatures } from './signing';

export function loadReturnReceipt(store: Store, subject: DocumentSubject, _lang: Lang): LoadedDocument<ReturnPapers> {
  const papers = loadReturnPapers(store, singleId(subject));
  return {
    data: papers,
    deviceIds: papers.items.flatMap(({ item }) => (item.type === 'device' ? [item.deviceId] : [])),
  };
}

function itemsTable(doc: PDFKit.PDFDocument, t: Translate, items: readonly ReturnedItem[]): void {
  // Widths in points, adding up to the A4 content width.
  const columns: TableColumn[] = [
    { header: t('paper.col.line'), width: 20, align: 'right' },
    { header: t('paper.col.assetTag'), width: 104 },
    { header: t('paper.col.kind'), width: 56 },
    { header: t('paper.col.model'), width: 104 },
    { header: t('paper.col.grade'), width: 34, align: 'center' },
    { header: t('paper.col.returnCondition'), width: 117 },
    { header: t('paper.col.simOutcome'), width: 70 },
  ];
  const rows = items.map(({ item, returned }, index) => [
    String(index + 1),
    itemLabel(item),
    itemKind(t, item),
    itemModel(t, item),
    returned.grade ?? '—',
    returned.condition ?? '—',
    returned.simOutcome ? t(`simOutcome.${returned.simOutcome}`) : '—',
  ]);
  table(doc, columns, rows, { size: 7.5, zebra: items.length > 6 });
}

export function renderReturnReceipt(context: RenderContext<ReturnPapers>): Buffer {
  const { t, lang, organisation } = context;
  const { handover, record, items, stillOut } = context.data;
  const { terms } = handover;
  const pdf = createPdf({ lang, title: t('documentKind.return-receipt'), reference: context.reference, issuedAt: context.issuedAt, organisation, timeZone: context.timeZone });
  const { doc } = pdf;
  const handedOn = formatDay(lang, terms.handedOn);
  title(doc, t('paper.returnTitle'), t('paper.returnLine', { number: record.number, handover: handover.number, handedOn }));

  section(doc, t('paper.returnFacts'));
  keyValues(
    doc,
    [
      [t('paper.returnedOn'), formatDay(lang, record.returnedOn)],
      [terms.recipient.type === 'partner' ? t('paper.institution') : t('paper.beneficiary'), personName(terms.recipient)],
      [t('paper.kind'), terms.dueOn ? t('paper.loanUntil', { date: formatDay(lang, terms.dueOn) }) : t('paper.donationKind')],
      [t('paper.programme'), terms.programme.name],
    ],
    { columns: 2 },
  );

  section(doc, `${t('paper.itemsReturned')} (${items.length})`);
  itemsTable(doc, t, items);

  section(doc, t('paper.missing'), 30);
  paragraph(doc, record.missingAccessories.length > 0 ? record.missingAccessories.join(', ') : t('paper.noneMissing'), {
    size: 9,
    bold: record.missingAccessories.length > 0,
  });
  section(doc, t('paper.notes'), 30);
  paragraph(doc, record.notes ?? t('paper.noNotes'), { size: 9 });
  paragraph(doc, stillOut.length > 0 ? t('paper.stillOut', { list: stillOut.join(', ') }) : t('paper.allBack'), { size: 9, bold: true });
  paragraph(doc, t('paper.afterReturn'), { size: 9 });
  paragraph(doc, t('paper.returnAcknowledge', { organisation: organisation.name ?? '' }), { size: 9 });

  const staff = handover.signatures.staff;
  drawSignatures(
    doc,
    t,
    lang,
    { town: townOf(organisation.address) ?? handover.siteTown, day: record.returnedOn },
    [
      { heading: t('paper.returnedBy'), name: receiverName(t, handover), signature: handover.signatures.receiver, readApproved: false },
      {
        heading: t('paper.returnReceivedBy'),
        name: staff?.mode === 'drawn' ? staff.signedBy : record.recordedBy.name,
        details: organisation.name ? [organisation.name] : [],
        signature: staff,
        readApproved: false,
      },
    ],
    false,
  );
  return pdf.finish();
}
