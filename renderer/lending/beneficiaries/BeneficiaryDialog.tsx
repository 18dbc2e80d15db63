import type { Beneficiary } from '../../../shared/contract/lending-types';
import { responsiblePersonKind } from '../../../shared/domain/lending';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { EntityDialog } from '../../components/EntityDialog';
import { TextAreaField, TextField } from '../../components/Field';
import { blankFieldError } from '../../components/fieldError';
import { useContractForm } from '../../forms/useContractForm';
import { useT } from '../../i18n/useT';
import { entityOptions, idFromOption, useLendingOptions } from '../shared/options';
import { draftOf, inputOf, type BeneficiaryDraft } from './beneficiaryForm';
import { FormSelect, FormCheckbox } from '../../forms/FormFields';

/**
 * Records a person (`beneficiary` null) or edits one. Only what the agreement needs: never why someone is
 * supported. For a minor, the person who signs with them is required.
 */
export function BeneficiaryDialog({
  beneficiary,
  onClose,
  onSaved,
}: {
  beneficiary: Beneficiary | null;
  onClose: () => void;
  onSaved: (saved: Beneficiary) => void;
}) {
  const t = useT();
  const options = useLendingOptions();
  const partners = useApiQuery('partners.list', { includeInactive: false });
  const create = useApiMutation('beneficiaries.create');
  const update = useApiMutation('beneficiaries.update');
  const { form, field, submit, problem, setProblem, invalid } = useContractForm<
    'beneficiaries.create',
    BeneficiaryDraft
  >('beneficiaries.create', draftOf(beneficiary));
  const [minor, category] = form.watch(['minor', 'category']);
  const responsible = t(`beneficiaries.responsible.${responsiblePersonKind(category)}`);

  const save = submit(async (draft) => {
    // The partner is chosen in a list and the responsible person is required for a minor only: checked here.
    const blank = blankFieldError(t, [
      { path: 'partnerId', value: draft.partnerId, label: t('field.partnerId') },
      ...(draft.minor ? [{ path: 'guardianName', value: draft.guardianName, label: responsible }] : []),
    ]);
    const partnerId = idFromOption(draft.partnerId);
    if (blank || partnerId === null) return blank;
    const input = inputOf(draft, partnerId);
    const result = beneficiary ? await update.run({ id: beneficiary.id, ...input }) : await create.run(input);
    if (result.ok) onSaved(result.value);
    return result;
  });

  return (
    <EntityDialog
      open
      width="wide"
      title={
        beneficiary
          ? t('beneficiaries.editTitle', { reference: beneficiary.reference })
          : t('beneficiaries.createTitle')
      }
      onClose={onClose}
      onSubmit={save}
      busy={create.busy || update.busy}
      submitLabel={beneficiary ? t('ui.save') : t('ui.create')}
      problem={problem ?? partners.error}
      onDismissProblem={() => setProblem(null)}
    >
      <div className="form-grid three">
        <FormSelect
          control={form.control}
          name="partnerId"
          label={t('field.partnerId')}
          options={entityOptions(partners.data, t('beneficiaries.choosePartner'))}
          invalid={invalid('partnerId')}
        />
        <TextField
          label={t('field.reference')}
          hint={t('beneficiaries.referenceHint')}
          className="mono"
          {...field('reference', t('field.reference'))}
        />
        <FormSelect
          control={form.control}
          name="category"
          label={t('field.category')}
          options={options.categories}
          invalid={invalid('category')}
        />
      </div>
      <div className="form-grid three">
        <TextField label={t('field.firstName')} optional {...field('firstName', t('field.firstName'))} />
        <TextField label={t('field.lastName')} optional {...field('lastName', t('field.lastName'))} />
        <TextField label={t('field.consentOn')} optional type="date" {...field('consentOn', t('field.consentOn'))} />
      </div>
      <FormCheckbox control={form.control} name="minor" label={t('beneficiaries.minorLabel')} />
      <div className="form-grid two">
        {minor ? <TextField label={responsible} {...field('guardianName', responsible)} /> : null}
        <TextField label={t('field.referentName')} optional {...field('referentName', t('field.referentName'))} />
      </div>
      <fieldset className="lending-fieldset">
        <legend>{t('beneficiaries.contacts')}</legend>
        <p className="field-hint">{t('beneficiaries.contactsHint')}</p>
        <div className="form-grid two">
          <TextField
            label={t('field.contactPhone')}
            optional
            type="tel"
            hint={t('beneficiaries.phoneHint')}
            {...field('contactPhone', t('field.contactPhone'))}
          />
          <TextField
            label={t('field.contactEmail')}
            optional
            type="email"
            {...field('contactEmail', t('field.contactEmail'))}
          />
        </div>
        <TextAreaField label={t('field.address')} optional rows={2} {...field('address', t('field.address'))} />
      </fieldset>
    </EntityDialog>
  );
}
