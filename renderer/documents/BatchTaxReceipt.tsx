import { useCallback, useState } from 'react';
import type { BatchReceipt, TaxReceiptYear } from '../../shared/contract/tax-receipts';
import { parseEurosToCents } from '../../shared/format';
import { useApiMutation, useApiQuery } from '../api/queries';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { TextAreaField, TextField } from '../components/Field';
import { localProblem } from '../components/fieldError';
import { useFormat } from '../components/format';
import { useToast } from '../components/Toasts';
import { useContractForm } from '../forms/useContractForm';
import { useT } from '../i18n/useT';
import { useCan } from '../session/useCan';
import { CancelTaxReceiptDialog } from './CancelTaxReceiptDialog';
import { reopenDocument } from './openDocument';
import { TaxReceiptList } from './TaxReceiptList';
import { useOpenDocument } from './useOpenDocument';

/**
 * The batch's tax receipt, for coordinators and administrators: the value of the gift (as the donor gives it), the
 * donor's SIREN, legal form and address, « Reçu fiscal », which issues the receipt or reopens the one issued, the
 * batch's receipts (cancelled ones included, each with its PDF; « Annuler ce reçu » on the valid one) and the year's
 * totals.
 */
export function BatchTaxReceipt({ batchId }: { batchId: number }) {
  const may = useCan('taxReceipts.forBatch');
  return may ? <TaxReceiptControls batchId={batchId} /> : null;
}

function TaxReceiptControls({ batchId }: { batchId: number }) {
  const t = useT();
  const receipt = useApiQuery('taxReceipts.forBatch', { batchId });
  const year = new Date().getFullYear();
  const totals = useApiQuery('taxReceipts.yearTotals', { year });
  const opener = useOpenDocument(receipt.reload);
  const mayCancel = useCan('taxReceipts.cancel');
  const [cancelling, setCancelling] = useState<BatchReceipt | null>(null);
  const [reopenError, setReopenError] = useState<Parameters<typeof ErrorBanner>[0]['error']>(null);
  const reopen = useCallback(async (reference: string) => {
    setReopenError(null);
    const result = await reopenDocument(reference);
    if (!result.ok) setReopenError(result.error);
  }, []);
  const openReceipt = useCallback((reference: string) => void reopen(reference), [reopen]);
  const data = receipt.data;
  if (!data) return null;
  const replaced = data.reference ? null : (data.receipts.at(-1)?.reference ?? null);
  const print = async () => {
    if (data.reference) return reopen(data.reference);
    if (await opener.open('tax-receipt', { type: 'batch', ids: [batchId] })) totals.reload();
  };
  return (
    <div className="document-buttons tax-receipt" data-testid="tax-receipt">
      {data.form ? (
        <>
          <ValuationForm
            batchId={batchId}
            cents={data.valuation?.amountCents ?? null}
            locked={data.reference !== null}
          />
          <Button onClick={() => void print()} busy={opener.busy === 'tax-receipt'} data-testid="print-tax-receipt">
            {data.reference
              ? t('taxReceipt.reprint', { reference: data.reference })
              : replaced
                ? t('taxReceipt.issueReplacing', { reference: replaced })
                : t('taxReceipt.issue')}
          </Button>
          <span className="field-hint">{t(`taxReceipt.formLabel.${data.form}`)}</span>
          {data.reference ? null : (
            <IdentityForm donorId={data.donor.id} company={data.form === '2041-MEC-SD'} identity={data.identity} />
          )}
        </>
      ) : (
        <span className="field-hint">{t('taxReceipt.noForm')}</span>
      )}
      {totals.data ? <YearTotals totals={totals.data} /> : null}
      {data.receipts.length > 0 ? (
        <div className="tax-receipt-receipts">
          <TaxReceiptList receipts={data.receipts} onOpen={openReceipt} onCancel={mayCancel ? setCancelling : null} />
        </div>
      ) : null}
      {opener.error || reopenError ? (
        <div className="document-error">
          <ErrorBanner
            error={opener.error ?? reopenError}
            onDismiss={() => {
              opener.clearError();
              setReopenError(null);
            }}
          />
        </div>
      ) : null}
      {cancelling ? (
        <CancelTaxReceiptDialog receipt={cancelling} donorName={data.donor.name} onClose={() => setCancelling(null)} />
      ) : null}
    </div>
  );
}

/** The receipts numbered in the year and the amount of the valid ones; the cancelled ones counted when there are. */
function YearTotals({ totals }: { totals: TaxReceiptYear }) {
  const t = useT();
  const format = useFormat();
  const params = { year: String(totals.year), count: totals.count, amount: format.euros(totals.totalCents) };
  return (
    <span className="field-hint" data-testid="tax-receipt-year">
      {totals.cancelledCount > 0
        ? t('taxReceipt.yearTotalWithCancelled', {
            ...params,
            cancelled: t('taxReceipt.yearCancelled', { count: totals.cancelledCount }),
          })
        : t('taxReceipt.yearTotal', params)}
    </span>
  );
}

function ValuationForm({ batchId, cents, locked }: { batchId: number; cents: number | null; locked: boolean }) {
  const t = useT();
  const toast = useToast();
  const format = useFormat();
  const save = useApiMutation('taxReceipts.setValuation');
  const { field, submit, problem, setProblem } = useContractForm<'taxReceipts.setValuation', { euros: string }>(
    'taxReceipts.setValuation',
    {
      euros: cents === null ? '' : format.euros(cents),
    },
  );
  const onSave = submit(async ({ euros }) => {
    const parsed = parseEurosToCents(euros);
    if (!parsed.ok || parsed.value === null || parsed.value <= 0)
      return localProblem(t('taxReceipt.valuationInvalid'), 'amountCents');
    const result = await save.run({ batchId, amountCents: parsed.value });
    if (result.ok) toast(t('taxReceipt.valuationSaved'));
    return result;
  });
  return (
    <>
      <TextField
        label={t('taxReceipt.valuation')}
        hint={t('taxReceipt.valuationHint')}
        inputMode="decimal"
        autoComplete="off"
        disabled={locked}
        data-testid="tax-receipt-valuation"
        {...field('euros', t('taxReceipt.valuation'), 'amountCents')}
      />
      {locked ? null : (
        <Button onClick={onSave} busy={save.busy}>
          {t('taxReceipt.saveValuation')}
        </Button>
      )}
      <ErrorBanner error={problem} onDismiss={() => setProblem(null)} />
    </>
  );
}

interface IdentityValues {
  siren: string;
  legalForm: string;
  address: string;
}

function IdentityForm({
  donorId,
  company,
  identity,
}: {
  donorId: number;
  company: boolean;
  identity: { siren: string | null; legalForm: string | null; address: string } | null;
}) {
  const t = useT();
  const toast = useToast();
  const save = useApiMutation('taxReceipts.saveDonorIdentity');
  const { field, submit, problem, setProblem } = useContractForm<'taxReceipts.saveDonorIdentity', IdentityValues>(
    'taxReceipts.saveDonorIdentity',
    {
      siren: identity?.siren ?? '',
      legalForm: identity?.legalForm ?? '',
      address: identity?.address ?? '',
    },
  );
  const onSave = submit(async (values) => {
    const result = await save.run({ donorId, ...values });
    if (result.ok) toast(t('taxReceipt.identitySaved'));
    return result;
  });
  return (
    <details className="span-all" open={identity === null}>
      <summary>{t('taxReceipt.identity')}</summary>
      {company ? (
        <>
          <TextField
            label={t('field.siren')}
            inputMode="numeric"
            autoComplete="off"
            {...field('siren', t('field.siren'))}
          />
          <TextField label={t('field.legalForm')} autoComplete="off" {...field('legalForm', t('field.legalForm'))} />
        </>
      ) : null}
      <TextAreaField label={t('field.address')} rows={2} {...field('address', t('field.address'))} />
      <Button onClick={onSave} busy={save.busy}>
        {t('taxReceipt.saveIdentity')}
      </Button>
      <ErrorBanner error={problem} onDismiss={() => setProblem(null)} />
    </details>
  );
}
