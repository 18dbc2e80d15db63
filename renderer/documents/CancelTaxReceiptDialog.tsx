import type { BatchReceipt } from '../../shared/contract/tax-receipts';
import { useApiMutation } from '../api/queries';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { TextField } from '../components/Field';
import { useFormat } from '../components/format';
import { useToast } from '../components/Toasts';
import { useContractForm } from '../forms/useContractForm';
import { useT } from '../i18n/useT';

/**
 * Asks before cancelling a receipt issued in error: what it is, that its number is never reused, that a new one may
 * then be issued, and the reason (required: it is printed on the copy marked « ANNULÉ »). On success every
 * `taxReceipts` read on screen (the batch's receipts, the year's totals) and the documents are read again.
 */
export function CancelTaxReceiptDialog({
  receipt,
  donorName,
  onClose,
}: {
  receipt: BatchReceipt;
  donorName: string;
  onClose: () => void;
}) {
  const t = useT();
  const toast = useToast();
  const format = useFormat();
  const cancel = useApiMutation('taxReceipts.cancel', { invalidates: ['documents'] });
  const { field, submit, problem, setProblem } = useContractForm<'taxReceipts.cancel', { reason: string }>(
    'taxReceipts.cancel',
    { reason: '' },
  );
  const onConfirm = submit(async ({ reason }) => {
    const result = await cancel.run({ reference: receipt.reference, reason });
    if (result.ok) {
      toast(t('taxReceipt.cancelledToast', { reference: receipt.reference }));
      onClose();
    }
    return result;
  });
  return (
    <ConfirmDialog
      open
      tone="danger"
      title={t('taxReceipt.cancelTitle', { reference: receipt.reference })}
      message={
        <>
          <p>
            {t('taxReceipt.cancelSummary', {
              reference: receipt.reference,
              date: format.day(receipt.issuedAt),
              amount: format.euros(receipt.amountCents),
              donor: donorName,
            })}
          </p>
          <p className="muted">{t('taxReceipt.cancelHint')}</p>
        </>
      }
      confirmLabel={t('taxReceipt.cancelConfirm')}
      cancelLabel={t('taxReceipt.cancelKeep')}
      busy={cancel.busy}
      error={problem}
      onConfirm={onConfirm}
      onCancel={() => {
        setProblem(null);
        onClose();
      }}
    >
      <TextField
        label={t('taxReceipt.cancelReason')}
        hint={t('taxReceipt.cancelReasonHint')}
        autoComplete="off"
        data-testid="tax-receipt-cancel-reason"
        {...field('reason', t('taxReceipt.cancelReason'))}
      />
    </ConfirmDialog>
  );
}
