import type { Beneficiary, Partner } from '../../../shared/contract/lending-types';
import {
  BENEFICIARY_CATEGORIES,
  responsiblePersonKind,
  type BeneficiaryCategory,
} from '../../../shared/domain/lending';
import { useApiMutation } from '../../api/queries';
import { EntityDialog } from '../../components/EntityDialog';
import { TextField } from '../../components/Field';
import { blankFieldError } from '../../components/fieldError';
import { useContractForm } from '../../forms/useContractForm';
import { useT } from '../../i18n/useT';
import { beep } from '../components/beep';
import { FormSelect, FormCheckbox } from '../../forms/FormFields';

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
  const create = useApiMutation('beneficiaries.create');
  const {
    form,
    field,
    submit: handle,
    problem,
    invalid,
  } = useContractForm<'beneficiaries.create', Draft>('beneficiaries.create', {
    partnerId: String(partners[0]?.id ?? ''),
    reference,
    category: 'pupil',
    minor: false,
    guardianName: '',
    firstName: '',
    lastName: '',
    referentName: '',
    consentOn: '',
  });
  const [minor, category] = form.watch(['minor', 'category']);
  const responsible = responsiblePersonKind(category);
  const guardianLabel = t(responsible === 'guardian' ? 'handoverDesk.guardian' : 'handoverDesk.careReferent');

  const submit = handle(
    async (draft) => {
      // The partner is chosen in a list and the responsible person is required for a minor only: checked here.
      const blank = blankFieldError(t, [
        { path: 'partnerId', value: draft.partnerId, label: t('field.referringPartnerId') },
        ...(draft.minor ? [{ path: 'guardianName', value: draft.guardianName, label: guardianLabel }] : []),
      ]);
      if (blank) return blank;
      const result = await create.run({
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
      if (result.ok) onCreated(result.value);
      return result;
    },
    () => beep('error'),
  );

  return (
    <EntityDialog
      title={t('handoverDesk.newBeneficiaryTitle')}
      onClose={onClose}
      onSubmit={submit}
      width="wide"
      submitLabel={t('handoverDesk.createBeneficiary')}
      submitShortcut={t('ui.enterKey')}
      busy={create.busy}
      problem={problem}
    >
      <div className="form-grid three handover-quick-form" data-testid="quick-beneficiary">
        <FormSelect
          control={form.control}
          name="partnerId"
          label={t('field.referringPartnerId')}
          options={partners.map((option) => ({ value: String(option.id), label: option.name }))}
          invalid={invalid('partnerId')}
        />
        <TextField
          label={t('field.reference')}
          hint={t('handoverDesk.referenceHint')}
          autoComplete="off"
          {...field('reference', t('field.reference'))}
        />
        <FormSelect
          control={form.control}
          name="category"
          label={t('field.category')}
          options={BENEFICIARY_CATEGORIES.map((option) => ({ value: option, label: t(`category.${option}`) }))}
        />
        <div className="handover-minor">
          <FormCheckbox control={form.control} name="minor" label={t('handoverDesk.isMinor')} />
        </div>
        {minor ? (
          <TextField
            label={guardianLabel}
            hint={t(responsible === 'guardian' ? 'handoverDesk.guardianHint' : 'handoverDesk.careReferentHint')}
            autoComplete="off"
            {...field('guardianName', guardianLabel)}
          />
        ) : (
          <div aria-hidden="true" />
        )}
        <TextField label={t('field.consentOn')} optional type="date" {...field('consentOn', t('field.consentOn'))} />
        <TextField
          label={t('field.firstName')}
          optional
          autoComplete="off"
          {...field('firstName', t('field.firstName'))}
        />
        <TextField
          label={t('field.lastName')}
          optional
          autoComplete="off"
          {...field('lastName', t('field.lastName'))}
        />
        <TextField
          label={t('field.referentName')}
          optional
          autoComplete="off"
          {...field('referentName', t('field.referentName'))}
        />
      </div>
      <p className="field-hint">{t('handoverDesk.minimumData')}</p>
    </EntityDialog>
  );
}
