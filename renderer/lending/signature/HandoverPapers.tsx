import type { HandoverDetail } from '../../../shared/contract/lending-types';
import { useApiQuery } from '../../api/queries';
import { useT } from '../../i18n/useT';
import { PapersStep } from './PapersStep';

/** The handover desk's step after confirmation (and the handover's page, to sign or print later): receiver, guardian (for a minor) and staff sign; print the papers. */
export function HandoverPapers({
  handover,
  focusOnMount = false,
}: {
  handover: HandoverDetail;
  focusOnMount?: boolean;
}) {
  const t = useT();
  const organisation = useApiQuery('organisation.get', {}).data?.name ?? null;
  const institution = handover.terms.recipient.type === 'partner';
  const subject = { type: 'handover', ids: [handover.id] } as const;
  return (
    <PapersStep
      focusOnMount={focusOnMount}
      subject={{ type: 'handover', handoverId: handover.id }}
      signers={[
        { signer: 'receiver', title: t(institution ? 'papers.signer.receiverInstitution' : 'papers.signer.receiver') },
        { signer: 'guardian', title: t('papers.signer.guardian') },
        {
          signer: 'staff',
          title: organisation ? t('papers.signer.staff', { organisation }) : t('papers.signer.staffPlain'),
        },
      ]}
      prints={[
        handover.kind === 'loan'
          ? { kind: 'agreement', subject, label: t('papers.printAgreement') }
          : { kind: 'donation', subject, label: t('papers.printDonation') },
        { kind: 'receipt', subject, label: t('papers.printReceipt') },
      ]}
    />
  );
}
