import type { ReturnCreated } from '../../../shared/contract/lending-types';
import { useApiQuery } from '../../api/queries';
import { useT } from '../../i18n/useT';
import { PapersStep } from './PapersStep';

/** The returns desk's step after a return is recorded: the person returning and staff sign; print the receipt. */
export function ReturnPapers({ created }: { created: ReturnCreated }) {
  const t = useT();
  const organisation = useApiQuery('organisation.get', {}).data?.name ?? null;
  return (
    <PapersStep
      subject={{ type: 'return', handoverId: created.handover.id, returnId: created.return.id }}
      signers={[
        { signer: 'receiver', title: t('papers.signer.receiverReturn') },
        {
          signer: 'staff',
          title: organisation ? t('papers.signer.staff', { organisation }) : t('papers.signer.staffPlain'),
        },
      ]}
      prints={[
        {
          kind: 'return-receipt',
          subject: { type: 'return', ids: [created.return.id] },
          label: t('papers.printReturnReceipt'),
        },
      ]}
    />
  );
}
