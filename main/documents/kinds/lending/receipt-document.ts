/**
 * The handover receipt (récépissé de remise): one document per handover, however many items (a class set flows
 * over as many pages as it needs, the table header repeated), each with its erasure proof, then two signatures.
 */
import type { DocumentSubject } from '../../../../shared/domain/documents';
import { translate, type Lang } from '../../../../shared/i18n';
import type { Store } from '../../../store/store';
import { singleId, type LoadedDocument, type RenderContext } from '../../kind';
import {
  createPdf,
  formatDay,
  keyValues,
  paragraph,
  section,
  textHeight,
  contentWidth,
  FONT,
  title,
  typeset,
} from '../../pdf';
import { erasureReferences, type ErasureProof } from './erasure-refs';
import { guardianCapacity, guardianHeading, institutionHeading, personName, type Translate } from './format';
import { accessoriesLine, receiptItemsTable } from './items-table';
import { deviceIdsOf, loadPapers, townOf, type HandoverPapers } from './papers';
import { signatureArea, type Signatory } from './signing';

export interface ReceiptData {
  papers: HandoverPapers;
  erasures: ErasureProof[];
}

export function loadReceipt(store: Store, subject: DocumentSubject, lang: Lang): LoadedDocument<ReceiptData> {
  const papers = loadPapers(store, singleId(subject));
  const t: Translate = (key, params) => translate(lang, key, params);
  return {
    data: { papers, erasures: erasureReferences(store, papers.items, papers.terms.handedOn, lang, t) },
    deviceIds: deviceIdsOf(papers.items),
  };
}

/** The receiver as the receipt names them: the institution's contact, or the beneficiary with their guardian. */
export function receiverName(t: Translate, papers: HandoverPapers): string {
  const recipient = papers.terms.recipient;
  if (recipient.type === 'partner') return [recipient.contactName, recipient.name].filter(Boolean).join(', ');
  const name = personName(recipient);
  return recipient.minor && recipient.guardianName
    ? t('paper.withGuardian', { name, guardian: recipient.guardianName })
    : name;
}

export function renderReceipt(context: RenderContext<ReceiptData>): Buffer {
  const { lang, organisation } = context;
  const t: Translate = (key, params) => typeset(lang, context.t(key, params));
  const { papers, erasures } = context.data;
  const { terms } = papers;
  const recipient = terms.recipient;
  const pdf = createPdf({
    lang,
    title: t('documentKind.receipt'),
    reference: context.reference,
    issuedAt: context.issuedAt,
    organisation,
    timeZone: context.timeZone,
  });
  const { doc } = pdf;
  title(
    doc,
    t('paper.receiptTitle'),
    t('paper.handoverLine', { number: papers.number, programme: terms.programme.name }),
  );

  section(doc, t('paper.receiptFacts'));
  const reference = recipient.type === 'beneficiary' && recipient.reference ? ` (${recipient.reference})` : '';
  keyValues(
    doc,
    [
      [t('paper.handedOn'), formatDay(lang, terms.handedOn)],
      [
        t('paper.kind'),
        terms.dueOn ? t('paper.loanUntil', { date: formatDay(lang, terms.dueOn) }) : t('paper.donationKind'),
      ],
      [
        recipient.type === 'partner' ? t(institutionHeading(papers.kind)) : t('paper.beneficiary'),
        `${personName(recipient)}${reference}`,
      ],
      ...(recipient.type === 'beneficiary' && recipient.minor && recipient.guardianName
        ? [
            [
              t(recipient.guardianRole === 'care_referent' ? 'paper.careReferent' : 'paper.guardian'),
              recipient.guardianName,
            ] as const,
          ]
        : []),
      ...(recipient.type === 'partner' && recipient.partnerId === terms.referringPartner.id
        ? []
        : [[t('paper.partner'), terms.referringPartner.name] as const]),
      [t('paper.programme'), terms.programme.name],
    ],
    { columns: 2 },
  );

  const guardian = guardianHeading(recipient);
  const capacity = guardianCapacity(t, recipient);
  const signatories: Signatory[] = [
    {
      heading: t('paper.receivedBy'),
      name: guardian ? personName(recipient) : receiverName(t, papers),
      signature: papers.signatures.receiver,
      readApproved: false,
    },
    ...(guardian && capacity && recipient.type === 'beneficiary'
      ? [
          {
            heading: t(guardian),
            name: recipient.guardianName ?? '',
            details: [t('paper.capacityOf', { capacity })],
            signature: papers.signatures.guardian,
            readApproved: false,
          },
        ]
      : []),
    {
      heading: t('paper.handedOverBy'),
      name: papers.signatures.staff?.mode === 'drawn' ? papers.signatures.staff.signedBy : papers.staffName,
      details: organisation.name ? [organisation.name] : [],
      signature: papers.signatures.staff,
      readApproved: false,
    },
  ];
  const signing = signatureArea(
    doc,
    t,
    lang,
    { town: townOf(organisation.address) ?? papers.siteTown, day: terms.handedOn },
    signatories,
    { contract: false },
  );
  // The statements and the signatures go over with the last item lines, never alone on a page.
  doc.font(FONT.regular).fontSize(9);
  const statements = [t('paper.erasureStatement'), t('paper.receiptAcknowledge')];
  const tail =
    60 +
    statements.reduce((sum, text) => sum + textHeight(doc, text, { width: contentWidth(doc), lineGap: 1.5 }) + 5, 0) +
    signing.height;

  section(doc, `${t('paper.itemsHandedOver')} (${papers.items.length})`);
  receiptItemsTable(doc, t, papers.items, erasures, tail);
  accessoriesLine(doc, t, terms.accessories);

  section(doc, t('paper.erasureTitle'), 40);
  for (const text of statements) paragraph(doc, text, { size: 9 });
  signing.draw();
  return pdf.finish();
}
