import type { Partner } from '../../../shared/contract/lending-types';
import type { PartnerKind } from '../../../shared/domain/lending';
import { useApiMutation } from '../../api/queries';
import { EntityDialog } from '../../components/EntityDialog';
import { TextAreaField, TextField } from '../../components/Field';
import { useContractForm } from '../../forms/useContractForm';
import { useT } from '../../i18n/useT';
import { useLendingOptions } from '../shared/options';
import { FormSelect, FormCheckbox } from '../../forms/FormFields';

interface PartnerValues {
  name: string;
  kind: PartnerKind;
  address: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  active: boolean;
}

/** Creates a partner (`partner` null) or edits one: name, kind, address, contact person; deactivated, never deleted. */
export function PartnerDialog({
  partner,
  onClose,
  onSaved,
}: {
  partner: Partner | null;
  onClose: () => void;
  onSaved: (partner: Partner) => void;
}) {
  const t = useT();
  const options = useLendingOptions();
  const create = useApiMutation('partners.create');
  const update = useApiMutation('partners.update');
  const { form, field, submit, problem, setProblem, invalid } = useContractForm<'partners.create', PartnerValues>(
    'partners.create',
    {
      name: partner?.name ?? '',
      kind: partner?.kind ?? 'school',
      address: partner?.address ?? '',
      contactName: partner?.contactName ?? '',
      contactPhone: partner?.contactPhone ?? '',
      contactEmail: partner?.contactEmail ?? '',
      active: partner?.active ?? true,
    },
  );

  const save = submit(async ({ active, ...fields }) => {
    const result = partner ? await update.run({ id: partner.id, ...fields, active }) : await create.run(fields);
    if (result.ok) onSaved(result.value);
    return result;
  });

  return (
    <EntityDialog
      open
      title={partner ? t('partners.editTitle', { name: partner.name }) : t('partners.createTitle')}
      onClose={onClose}
      onSubmit={save}
      busy={create.busy || update.busy}
      submitLabel={partner ? t('ui.save') : t('ui.create')}
      problem={problem}
      onDismissProblem={() => setProblem(null)}
    >
      <div className="form-grid two">
        <TextField label={t('partners.name')} {...field('name', t('partners.name'))} />
        <FormSelect
          control={form.control}
          name="kind"
          label={t('partners.kind')}
          options={options.partnerKinds}
          invalid={invalid('kind')}
        />
      </div>
      <TextAreaField label={t('field.address')} optional rows={2} {...field('address', t('field.address'))} />
      <fieldset className="lending-fieldset">
        <legend>{t('partners.contact')}</legend>
        <div className="form-grid three">
          <TextField label={t('partners.contactName')} optional {...field('contactName', t('partners.contactName'))} />
          <TextField
            label={t('field.contactPhone')}
            optional
            type="tel"
            {...field('contactPhone', t('field.contactPhone'))}
          />
          <TextField
            label={t('field.contactEmail')}
            optional
            type="email"
            {...field('contactEmail', t('field.contactEmail'))}
          />
        </div>
      </fieldset>
      {partner ? <FormCheckbox control={form.control} name="active" label={t('partners.activeLabel')} /> : null}
    </EntityDialog>
  );
}
