import { useState } from 'react';
import type { Beneficiary } from '../../../shared/contract/lending-types';
import type { ApiError } from '../../../shared/errors';
import { useApi } from '../../api/useApi';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useToast } from '../../components/Toasts';
import { useT } from '../../i18n/useT';
import { downloadJson, safeFileName } from './downloadJson';

/**
 * The person's rights, for coordinators: access (everything held, as one JSON file named after their reference;
 * main logs the export) and erasure (anonymised at once, after a confirmation; refused while a loan is open).
 */
export function BeneficiaryActions({ person, onEdit, onChanged, onError }: { person: Beneficiary; onEdit: () => void; onChanged: () => void; onError: (error: ApiError | null) => void }) {
  const t = useT();
  const call = useApi();
  const toast = useToast();
  const [exporting, setExporting] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [anonymising, setAnonymising] = useState(false);
  const [refusal, setRefusal] = useState<ApiError | null>(null);

  const exportAll = async () => {
    setExporting(true);
    const result = await call('beneficiaries.export', { id: person.id });
    setExporting(false);
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
    setAnonymising(true);
    const result = await call('beneficiaries.anonymise', { id: person.id });
    setAnonymising(false);
    if (!result.ok) {
      setRefusal(result.error);
      return;
    }
    setConfirming(false);
    toast(t('beneficiaries.anonymisedToast'));
    onChanged();
  };

  if (person.anonymisedAt) return null;
  return (
    <>
      <Button onClick={onEdit}>{t('ui.edit')}</Button>
      <Button onClick={() => void exportAll()} busy={exporting}>
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
        busy={anonymising}
        error={refusal}
        onConfirm={() => void anonymise()}
        onCancel={() => {
          setConfirming(false);
          setRefusal(null);
        }}
      />
    </>
  );
}
