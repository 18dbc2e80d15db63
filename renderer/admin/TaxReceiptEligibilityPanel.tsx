import { useApiMutation, useApiQuery } from '../api/queries';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { TextAreaField } from '../components/Field';
import { Panel } from '../components/Panel';
import { useToast } from '../components/Toasts';
import { useContractForm } from '../forms/useContractForm';
import { useT } from '../i18n/useT';

/** The eligibility mention every tax receipt prints (`taxReceipts.saveEligibility`, administrators). */
export function TaxReceiptEligibilityPanel() {
  const loaded = useApiQuery('taxReceipts.eligibility', {});
  // Mounted once the mention is read, so the form starts from it.
  return loaded.data ? <EligibilityForm mention={loaded.data.mention ?? ''} /> : null;
}

function EligibilityForm({ mention }: { mention: string }) {
  const t = useT();
  const toast = useToast();
  const save = useApiMutation('taxReceipts.saveEligibility');
  const { field, submit, problem, setProblem } = useContractForm<'taxReceipts.saveEligibility', { mention: string }>(
    'taxReceipts.saveEligibility',
    { mention },
  );
  const onSave = submit(async (values) => {
    const result = await save.run(values);
    if (result.ok) toast(t('taxReceipt.eligibilitySaved'));
    return result;
  });
  return (
    <Panel title={t('taxReceipt.eligibilityPanel')} bodyClassName="form-grid settings-form" onSubmit={onSave}>
      <div className="span-all">
        <TextAreaField
          label={t('field.mention')}
          hint={t('taxReceipt.eligibilityHint')}
          rows={3}
          {...field('mention', t('field.mention'))}
        />
      </div>
      <ErrorBanner error={problem} onDismiss={() => setProblem(null)} />
      <Button type="submit" variant="primary" busy={save.busy}>
        {t('ui.save')}
      </Button>
    </Panel>
  );
}
