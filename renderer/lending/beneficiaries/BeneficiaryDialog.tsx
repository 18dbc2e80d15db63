import { useState, type ChangeEvent } from 'react';
import type { Beneficiary } from '../../../shared/contract/lending-types';
import { responsiblePersonKind } from '../../../shared/domain/lending';
import type { ApiError } from '../../../shared/errors';
import { useApi } from '../../api/useApi';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Checkbox, SelectField, TextAreaField, TextField } from '../../components/Field';
import { blankFieldError, isFieldInError } from '../../components/fieldError';
import { useApiQuery } from '../../api/queries';
import { useT } from '../../i18n/useT';
import { entityOptions, idFromOption, useLendingOptions } from '../shared/options';
import { draftOf, inputOf, type BeneficiaryDraft } from './beneficiaryForm';

/** The fields typed freely (not the partner, category or minor flag). */
type FreeTextKey = { [K in keyof BeneficiaryDraft]: string extends BeneficiaryDraft[K] ? K : never }[keyof BeneficiaryDraft];

/**
 * Records a person (`beneficiary` null) or edits one. Only what the agreement needs: never why someone is
 * supported. For a minor, the person who signs with them is required.
 */
export function BeneficiaryDialog({ beneficiary, onClose, onSaved }: { beneficiary: Beneficiary | null; onClose: () => void; onSaved: (saved: Beneficiary) => void }) {
  const t = useT();
  const call = useApi();
  const options = useLendingOptions();
  const partners = useApiQuery('partners.list', { includeInactive: false });
  const [draft, setDraft] = useState<BeneficiaryDraft>(() => draftOf(beneficiary));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof BeneficiaryDraft>(key: K, value: BeneficiaryDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const responsible = t(`beneficiaries.responsible.${responsiblePersonKind(draft.category)}`);

  const save = async () => {
    const blank = blankFieldError(t, [
      { path: 'partnerId', value: draft.partnerId, label: t('field.partnerId') },
      { path: 'reference', value: draft.reference, label: t('field.reference') },
      ...(draft.minor ? [{ path: 'guardianName', value: draft.guardianName, label: responsible }] : []),
    ]);
    const partnerId = idFromOption(draft.partnerId);
    if (blank || partnerId === null) {
      setError(blank);
      return;
    }
    setBusy(true);
    const input = inputOf(draft, partnerId);
    const result = beneficiary ? await call('beneficiaries.update', { id: beneficiary.id, ...input }) : await call('beneficiaries.create', input);
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setError(result.error);
  };

  const invalid = (path: string) => isFieldInError(error, path);
  const text = (key: FreeTextKey) => ({
    value: draft[key],
    onChange: (event: ChangeEvent<HTMLInputElement>) => set(key, event.target.value),
    invalid: invalid(key),
  });
  return (
    <Dialog
      open
      width="wide"
      title={beneficiary ? t('beneficiaries.editTitle', { reference: beneficiary.reference }) : t('beneficiaries.createTitle')}
      onClose={onClose}
      onSubmit={() => void save()}
      footer={
        <>
          <Button onClick={onClose}>{t('ui.cancel')}</Button>
          <Button type="submit" variant="primary" busy={busy}>
            {beneficiary ? t('ui.save') : t('ui.create')}
          </Button>
        </>
      }
    >
      <div className="form-grid three">
        <SelectField label={t('field.partnerId')} options={entityOptions(partners.data, t('beneficiaries.choosePartner'))} value={draft.partnerId} onChange={(value) => set('partnerId', value)} invalid={invalid('partnerId')} />
        <TextField label={t('field.reference')} hint={t('beneficiaries.referenceHint')} maxLength={60} className="mono" {...text('reference')} />
        <SelectField label={t('field.category')} options={options.categories} value={draft.category} onChange={(value) => set('category', value)} invalid={invalid('category')} />
      </div>
      <div className="form-grid three">
        <TextField label={t('field.firstName')} optional maxLength={100} {...text('firstName')} />
        <TextField label={t('field.lastName')} optional maxLength={100} {...text('lastName')} />
        <TextField label={t('field.consentOn')} optional type="date" {...text('consentOn')} />
      </div>
      <Checkbox label={t('beneficiaries.minorLabel')} checked={draft.minor} onChange={(minor) => set('minor', minor)} />
      <div className="form-grid two">
        {draft.minor ? <TextField label={responsible} maxLength={160} {...text('guardianName')} /> : null}
        <TextField label={t('field.referentName')} optional maxLength={160} {...text('referentName')} />
      </div>
      <fieldset className="lending-fieldset">
        <legend>{t('beneficiaries.contacts')}</legend>
        <p className="field-hint">{t('beneficiaries.contactsHint')}</p>
        <div className="form-grid two">
          <TextField label={t('field.contactPhone')} optional type="tel" hint={t('beneficiaries.phoneHint')} maxLength={40} {...text('contactPhone')} />
          <TextField label={t('field.contactEmail')} optional type="email" maxLength={200} {...text('contactEmail')} />
        </div>
        <TextAreaField label={t('field.address')} optional rows={2} maxLength={300} value={draft.address} onChange={(event) => set('address', event.target.value)} invalid={invalid('address')} />
      </fieldset>
      <ErrorBanner error={error ?? partners.error} onDismiss={() => setError(null)} />
    </Dialog>
  );
}
