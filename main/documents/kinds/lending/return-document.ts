/**
 * The return receipt (récépissé de retour): mirrors the handover receipt with each item's condition on return, the
 * accessories missing, the desk's notes, what is still out, and the signatures of the person returning and staff.
 */
import type { DocumentSubject } from '../../../../shared/domain/documents';
import type { Lang } from '../../../../shared/i18n';
import type { Store } from '../../../store/store';
import { singleId, type LoadedDocument, type RenderContext } from '../../kind';
import {
  createPdf,
  formatDay,
  keyValues,
  paragraph,
  section,
  table,
  title,
  typeset,
  type TableColumn,
} from '../../pdf';
import { accessoryList, itemIdentifiers, itemKind, itemModel, personName, type Translate } from './format';
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

/** The devices brought back: each with its grade, its condition and what happens to it next (erasure). */
function devicesTable(doc: PDFKit.PDFDocument, t: Translate, items: readonly ReturnedItem[]): void {
  // Widths in points, adding up to the A4 content width.
  const columns: TableColumn[] = [
    { header: t('paper.col.line'), width: 20, align: 'right' },
    { header: t('paper.col.assetTag'), width: 62, keepWhole: true },
    { header: t('paper.col.kind'), width: 56 },
    { header: t('paper.col.model'), width: 96 },
    { header: t('paper.col.serial'), width: 62, keepWhole: true },
    { header: t('paper.col.grade'), width: 34, align: 'center' },
    { header: t('paper.col.returnCondition'), width: 95 },
    { header: t('paper.col.afterReturn'), width: 80 },
  ];
  const rows = items.flatMap(({ item, returned }, index) =>
    item.type === 'device'
      ? [
          [
            String(index + 1),
            item.assetTag,
            itemKind(t, item),
            itemModel(t, item),
            item.serial || '—',
            returned.grade ?? '—',
            returned.condition ?? '—',
            t('paper.afterReturn.erasure'),
          ],
        ]
      : [],
  );
  table(doc, columns, rows, { size: 7.5, zebra: rows.length > 6 });
}

/** The SIM cards brought back, under their own heading: ICCID and number, plan, and what became of each. */
function simsTable(doc: PDFKit.PDFDocument, t: Translate, items: readonly ReturnedItem[]): void {
  const columns: TableColumn[] = [
    { header: t('paper.col.line'), width: 20, align: 'right' },
    { header: t('paper.col.simNumber'), width: 130, keepWhole: true },
    { header: t('paper.col.model'), width: 160 },
    { header: t('paper.col.returnCondition'), width: 105 },
    { header: t('paper.col.simOutcome'), width: 90 },
  ];
  const rows = items.flatMap(({ item, returned }, index) =>
    item.type === 'sim'
      ? [
          [
            String(index + 1),
            itemIdentifiers(item),
            itemModel(t, item),
            returned.condition ?? '—',
            returned.simOutcome ? t(`simOutcome.${returned.simOutcome}`) : '—',
          ],
        ]
      : [],
  );
  table(doc, columns, rows, { size: 7.5 });
}

export function renderReturnReceipt(context: RenderContext<ReturnPapers>): Buffer {
  const { lang, organisation } = context;
  const t: Translate = (key, params) => typeset(lang, context.t(key, params));
  const { handover, record, items, stillOut } = context.data;
  const { terms } = handover;
  const pdf = createPdf({
    lang,
    title: t('documentKind.return-receipt'),
    reference: context.reference,
    issuedAt: context.issuedAt,
    organisation,
    timeZone: context.timeZone,
  });
  const { doc } = pdf;
  const handedOn = formatDay(lang, terms.handedOn);
  title(
    doc,
    t('paper.returnTitle'),
    t('paper.returnLine', { number: record.number, handover: handover.number, handedOn }),
  );

  section(doc, t('paper.returnFacts'));
  keyValues(
    doc,
    [
      [t('paper.returnedOn'), formatDay(lang, record.returnedOn)],
      [
        terms.recipient.type === 'partner' ? t('paper.institution') : t('paper.beneficiary'),
        personName(terms.recipient),
      ],
      [
        t('paper.kind'),
        terms.dueOn ? t('paper.loanUntil', { date: formatDay(lang, terms.dueOn) }) : t('paper.donationKind'),
      ],
      [t('paper.programme'), terms.programme.name],
    ],
    { columns: 2 },
  );

  const devices = items.filter(({ item }) => item.type === 'device');
  const sims = items.length - devices.length;
  section(doc, `${t('paper.itemsReturned')} (${devices.length})`);
  if (devices.length > 0) devicesTable(doc, t, items);
  else paragraph(doc, '—', { size: 9 });
  if (sims > 0) {
    section(doc, t('paper.simsReturned', { count: sims }));
    simsTable(doc, t, items);
  }

  section(doc, t('paper.missing'), 30);
  paragraph(
    doc,
    record.missingAccessories.length > 0 ? accessoryList(record.missingAccessories) : t('paper.noneMissing'),
    {
      size: 9,
      bold: record.missingAccessories.length > 0,
    },
  );
  section(doc, t('paper.notes'), 30);
  paragraph(doc, record.notes ?? t('paper.noNotes'), { size: 9 });
  paragraph(doc, stillOut.length > 0 ? t('paper.stillOut', { list: stillOut.join(', ') }) : t('paper.allBack'), {
    size: 9,
    bold: true,
  });
  paragraph(doc, t('paper.afterReturn'), { size: 9 });
  paragraph(doc, t('paper.returnAcknowledge', { organisation: organisation.name ?? '' }), { size: 9 });

  const staff = handover.signatures.staff;
  drawSignatures(
    doc,
    t,
    lang,
    { town: townOf(organisation.address) ?? handover.siteTown, day: record.returnedOn },
    [
      {
        heading: t('paper.returnedBy'),
        name: receiverName(t, handover),
        signature: handover.signatures.receiver,
        readApproved: false,
      },
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
