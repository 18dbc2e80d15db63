import type { Site } from '../../shared/contract/admin';
import { useApiMutation } from '../api/queries';
import { EntityDialog } from '../components/EntityDialog';
import { TextField } from '../components/Field';
import { useContractForm } from '../forms/useContractForm';
import { useT } from '../i18n/useT';
import { FormCheckbox } from '../forms/FormFields';

interface SiteValues {
  name: string;
  address: string;
  active: boolean;
}

/** Creates a site (`site` null) or edits one: name, address, active. */
export function SiteDialog({
  site,
  onClose,
  onSaved,
}: {
  site: Site | null;
  onClose: () => void;
  onSaved: (site: Site) => void;
}) {
  const t = useT();
  const create = useApiMutation('sites.create');
  const update = useApiMutation('sites.update');
  const { form, field, submit, problem, setProblem } = useContractForm<'sites.create', SiteValues>('sites.create', {
    name: site?.name ?? '',
    address: site?.address ?? '',
    active: site?.active ?? true,
  });

  const save = submit(async ({ name, address, active }) => {
    const result = site
      ? await update.run({ id: site.id, name, address, active })
      : await create.run({ name, address });
    if (result.ok) onSaved(result.value);
    return result;
  });

  return (
    <EntityDialog
      open
      title={site ? t('sites.editTitle', { name: site.name }) : t('sites.createTitle')}
      onClose={onClose}
      onSubmit={save}
      busy={create.busy || update.busy}
      submitLabel={site ? t('ui.save') : t('ui.create')}
      problem={problem}
      onDismissProblem={() => setProblem(null)}
    >
      <TextField label={t('sites.name')} {...field('name', t('sites.name'))} />
      <TextField label={t('sites.address')} optional {...field('address', t('sites.address'))} />
      {site ? <FormCheckbox control={form.control} name="active" label={t('sites.activeLabel')} /> : null}
    </EntityDialog>
  );
}
