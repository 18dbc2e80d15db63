import { useState } from 'react';
import type { Beneficiary, Partner } from '../../../shared/contract/lending-types';
import { BENEFICIARY_CATEGORIES, responsiblePersonKind, type BeneficiaryCategory } from '../../../shared/domain/lending';
import type { ApiError } from '../../../shared/errors';
import { useApi } from '../../api/useApi';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Checkbox, SelectField, TextField } from '../../components/Field';
import { blankFieldError, isFieldInError } from '../../components/fieldError';
import { useT } from '../../i18n/useT';
import { beep } from '../components/beep';

interface Draft {
  partnerId: string;
  reference: string;
  category: BeneficiaryCategory;
  minor: boolean;
  guardianName: string;
  firstName: string;
  lastName: string;
  referentName: string;
  consentOn: string;
}

/**
 * A person created at the counter with the minimum the agreement needs: who referred them, their reference, their
 * category, and for a minor who signs with them (the legal guardian or, for a child in care, the responsible
 * referent). Never why they are supported: there is no field for it. Address and contacts are added later.
 * Mounted only while open, so each opening starts from a fresh form.
 */
export function QuickBeneficiaryDialog({
  reference,
  partners,
  onClose,
  onCreated,
}: {
  reference: string;
  partners: readonly Partner[];
  onClose: () => void;
  onCreated: (beneficiary: Beneficiary) => void;
}) {
  const t = useT();
  const call = useApi();
  const [draft, setDraft] = useState<Draft>(() => ({
    partnerId: String(partners[0]?.id ?? ''),
    reference,
    category: 'pupil',
    minor: false,
    guardianName: '',
    firstName: '',
    lastName: '',
    referentName: '',
    consentOn: '',
  }));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const responsible = responsiblePersonKind(draft.category);
  const guardianLabel = t(responsible === 'guardian' ? 'handoverDesk.guardian' : 'handoverDesk.careReferent');

  const submit = async () => {
    const blank = blankFieldError(t, [
      { path: 'partnerId', value: draft.partnerId, label: t('field.referringPartnerId') },
      { path: 'reference', value: draft.reference, label: t('field.reference') },
      ...(draft.minor ? [{ path: 'guardianName', value: draft.guardianName, label: guardianLabel }] : []),
    ]);
    if (blank) {
      beep('error');
      return setError(blank);
    }
    setBusy(true);
    const result = await call('beneficiaries.create', {
      partnerId: Number(draft.partnerId),
      reference: draft.reference,
      category: draft.category,
      minor: draft.minor,
      guardianName: draft.minor ? draft.guardianName : '',
      firstName: draft.firstName,
      lastName: draft.lastName,
      referentName: draft.referentName,
      consentOn: draft.consentOn === '' ? null : draft.consentOn,
    });
    setBusy(false);
    if (!result.ok) {
      beep('error');
      return setError(result.error);
    }
    onCreated(result.value);
  };

  const invalid = (path: string) => isFieldInError(error, path);
  return (
    <Dialog
      open
      title={t('handoverDesk.newBeneficiaryTitle')}
      onClose={onClose}
      onSubmit={() => void submit()}
      width="wide"
      footer={
        <>
          <Button onClick={onClose}>{t('ui.cancel')}</Button>
          <Button type="submit" variant="primary" busy={busy} shortcut={t('ui.enterKey')}>
            {t('handoverDesk.createBeneficiary')}
          </Button>
        </>
      }
    >
      <div className="form-grid three handover-quick-form" data-testid="quick-beneficiary">
        <SelectField
          label={t('field.referringPartnerId')}
          value={draft.partnerId}
          options={partners.map((partner) => ({ value: String(partner.id), label: partner.name }))}
          onChange={(value) => set('partnerId', value)}
          invalid={invalid('partnerId')}
        />
        <TextField label={t('field.reference')} hint={t('handoverDesk.referenceHint')} value={draft.reference} onChange={(e) => set('reference', e.target.value)} invalid={invalid('reference')} autoComplete="off" />
        <SelectField
          label={t('field.category')}
          value={draft.category}
          options={BENEFICIARY_CATEGORIES.map((category) => ({ value: category, label: t(`category.${category}`) }))}
          onChange={(value) => set('category', value)}
        />
        <div className="handover-minor">
          <Checkbox label={t('handoverDesk.isMinor')} checked={draft.minor} onChange={(checked) => set('minor', checked)} />
        </div>
        {draft.minor ? (
          <TextField label={guardianLabel} hint={t(responsible === 'guardian' ? 'handoverDesk.guardianHint' : 'handoverDesk.careReferentHint')} value={draft.guardianName} onChange={(e) => set('guardianName', e.target.value)} invalid={invalid('guardianName')} autoComplete="off" />
        ) : (
          <div aria-hidden="true" />
        )}
        <TextField label={t('field.consentOn')} optional type="date" value={draft.consentOn} onChange={(e) => set('consentOn', e.target.value)} invalid={invalid('consentOn')} />
        <TextField label={t('field.firstName')} optional value={draft.firstName} onChange={(e) => set('firstName', e.target.value)} autoComplete="off" />
        <TextField label={t('field.lastName')} optional value={draft.lastName} onChange={(e) => set('lastName', e.target.value)} autoComplete="off" />
        <TextField label={t('field.referentName')} optional value={draft.referentName} onChange={(e) => set('referentName', e.target.value)} invalid={invalid('referentName')} autoComplete="off" />
      </div>
      <p className="field-hint">{t('handoverDesk.minimumData')}</p>
      <ErrorBanner error={error} />
    </Dialog>
  );
}
