/**
 * The handover receipt (récépissé de remise): one document per handover, however many items (a class set flows
 * over as many pages as it needs, the table header repeated), each with its erasure proof, then two signatures.
 */
import type { DocumentSubject } from '../../../../shared/domain/documents';
import { translate, type Lang } from '../../../../shared/i18n';
import type { Store } from '../../../store/store';
import { singleId, type LoadedDocument, type RenderContext } from '../../kind';
import { createPdf, formatDay, keyValues, paragraph, section, title } from '../../pdf';
import { erasureReferences } from './erasure-refs';
import { personName, type Translate } from './format';
import { accessoriesLine, receiptItemsTable } from './items-table';
import { deviceIdsOf, loadPapers, townOf, type HandoverPapers } from './papers';
import { drawSignatures, type Signatory } from './signing';

export interface ReceiptData {
  papers: HandoverPapers;
  erasures: string[];
}

export function loadReceipt(store: Store, subject: DocumentSubject, lang: Lang): LoadedDocument<ReceiptData> {
  const papers = loadPapers(store, singleId(subject));
  const t: Translate = (key, params) => translate(lang, key, params);
  return { data: { papers, erasures: erasureReferences(store, papers.items, lang, t) }, deviceIds: deviceIdsOf(papers.items) };
}

/** The receiver as the receipt names them: the institution's contact, or the beneficiary with their guardian. */
export function receiverName(t: Translate, papers: HandoverPapers): string {
  const recipient = papers.terms.recipient;
  if (recipient.type === 'partner') return [recipient.contactName, recipient.name].filter(Boolean).join(', ');
  const name = personName(recipient);
  return recipient.minor && recipient.guardianName ? t('paper.withGuardian', { name, guardian: recipient.guardianName }) : name;
}

export function renderReceipt(context: RenderContext<ReceiptData>): Buffer {
  const { t, lang, organisation } = context;
  const { papers, erasures } = context.data;
  const { terms } = papers;
  const recipient = terms.recipient;
  const pdf = createPdf({ lang, title: t('documentKind.receipt'), reference: context.reference, issuedAt: context.issuedAt, organisation, timeZone: context.timeZone });
  const { doc } = pdf;
  title(doc, t('paper.receiptTitle'), t('paper.handoverLine', { number: papers.number, programme: terms.programme.name }));

  section(doc, t('paper.receiptFacts'));
  const reference = recipient.type === 'beneficiary' && recipient.reference ? ` (${recipient.reference})` : '';
  keyValues(
    doc,
    [
      [t('paper.handedOn'), formatDay(lang, terms.handedOn)],
      [t('paper.kind'), terms.dueOn ? t('paper.loanUntil', { date: formatDay(lang, terms.dueOn) }) : t('paper.donationKind')],
      [recipient.type === 'partner' ? t('paper.institution') : t('paper.beneficiary'), `${personName(recipient)}${reference}`],
      ...(recipient.type === 'beneficiary' && recipient.minor && recipient.guardianName
        ? [[t(recipient.guardianRole === 'care_referent' ? 'paper.careReferent' : 'paper.guardian'), recipient.guardianName] as const]
        : []),
      ...(recipient.type === 'partner' && recipient.partnerId === terms.referringPartner.id
        ? []
        : [[t('paper.partner'), terms.referringPartner.name] as const]),
      [t('paper.programme'), terms.programme.name],
    ],
    { columns: 2 },
  );

  section(doc, `${t('paper.itemsHandedOver')} (${papers.items.length})`);
  receiptItemsTable(doc, t, papers.items, erasures);
  accessoriesLine(doc, t, terms.accessories);

  section(doc, t('paper.erasureTitle'), 40);
  paragraph(doc, t('paper.erasureStatement'), { size: 9 });
  paragraph(doc, t('paper.receiptAcknowledge'), { size: 9 });

  const signatories: Signatory[] = [
    { heading: t('paper.receivedBy'), name: receiverName(t, papers), signature: papers.signatures.receiver, readApproved: false },
    {
      heading: t('paper.handedOverBy'),
      name: papers.signatures.staff?.mode === 'drawn' ? papers.signatures.staff.signedBy : papers.staffName,
      details: organisation.name ? [organisation.name] : [],
      signature: papers.signatures.staff,
      readApproved: false,
    },
  ];
  drawSignatures(doc, t, lang, { town: townOf(organisation.address) ?? papers.siteTown, day: terms.handedOn }, signatories, false);
  return pdf.finish();
}
