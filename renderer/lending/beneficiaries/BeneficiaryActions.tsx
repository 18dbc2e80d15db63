import { useState } from 'react';
import type { Beneficiary } from '../../../shared/contract/lending-types';
import type { ApiError } from '../../../shared/errors';
import { useApiMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useToast } from '../../components/Toasts';
import { useT } from '../../i18n/useT';
import { downloadJson, safeFileName } from './downloadJson';

/**
 * The person's rights, for coordinators: access (everything held, as one JSON file named after their reference;
 * main logs the export) and erasure (anonymised at once, after a confirmation; refused while a loan is open).
 */
export function BeneficiaryActions({
  person,
  onEdit,
  onChanged,
  onError,
}: {
  person: Beneficiary;
  onEdit: () => void;
  onChanged: () => void;
  onError: (error: ApiError | null) => void;
}) {
  const t = useT();
  // The export writes who exported it in the log: a change (of `events` only), not a read.
  const exportCall = useApiMutation('beneficiaries.export', { updates: () => undefined });
  const anonymiseCall = useApiMutation('beneficiaries.anonymise', { invalidates: ['handovers'] });
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);

  const exportAll = async () => {
    const result = await exportCall.run({ id: person.id });
    if (!result.ok) {
      onError(result.error);
      return;
    }
    onError(null);
    const fileName = `${safeFileName(person.reference)}.json`;
    downloadJson(fileName, result.value);
    toast(t('beneficiaries.exported', { file: fileName }));
  };

  const anonymise = async () => {
    const result = await anonymiseCall.run({ id: person.id });
    if (!result.ok) return;
    setConfirming(false);
    toast(t('beneficiaries.anonymisedToast'));
    onChanged();
  };

  if (person.anonymisedAt) return null;
  return (
    <>
      <Button onClick={onEdit}>{t('ui.edit')}</Button>
      <Button onClick={() => void exportAll()} busy={exportCall.busy}>
        {t('beneficiaries.export')}
      </Button>
      <Button variant="danger" onClick={() => setConfirming(true)}>
        {t('beneficiaries.anonymise')}
      </Button>
      <ConfirmDialog
        open={confirming}
        tone="danger"
        title={t('beneficiaries.anonymiseTitle', { reference: person.reference })}
        message={
          <>
            <p>{t('beneficiaries.anonymiseMessage')}</p>
            <p className="muted">{t('beneficiaries.anonymiseKeeps')}</p>
          </>
        }
        confirmLabel={t('beneficiaries.anonymiseConfirm')}
        busy={anonymiseCall.busy}
        error={anonymiseCall.error}
        onConfirm={() => void anonymise()}
        onCancel={() => {
          setConfirming(false);
          anonymiseCall.reset();
        }}
      />
    </>
  );
}
