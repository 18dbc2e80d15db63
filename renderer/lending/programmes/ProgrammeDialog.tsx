import { Controller } from 'react-hook-form';
import type { Programme } from '../../../shared/contract/lending-types';
import { localDay } from '../../../shared/domain/lending';
import { useApiMutation } from '../../api/queries';
import { EntityDialog } from '../../components/EntityDialog';
import { TextAreaField, TextField } from '../../components/Field';
import { useContractForm } from '../../forms/useContractForm';
import { useT } from '../../i18n/useT';
import { useLendingOptions } from '../shared/options';
import { draftOf, inputOf, type ProgrammeDraft } from './programmeForm';
import { TargetsEditor } from './TargetsEditor';
import { FormSelect } from '../../forms/FormFields';

/** Creates a programme (`programme` null) or edits one: funder, dates, default terms, agreement and targets. */
export function ProgrammeDialog({
  programme,
  onClose,
  onSaved,
}: {
  programme: Programme | null;
  onClose: () => void;
  onSaved: (programme: Programme) => void;
}) {
  const t = useT();
  const options = useLendingOptions();
  const create = useApiMutation('programmes.create');
  const update = useApiMutation('programmes.update');
  const { form, field, submit, problem, setProblem, invalid } = useContractForm<'programmes.create', ProgrammeDraft>(
    'programmes.create',
    draftOf(programme, localDay(new Date())),
  );
  const defaultKind = form.watch('defaultKind');

  const save = submit(async (draft) => {
    const checked = inputOf(t, draft);
    if ('error' in checked) return checked.error;
    const result = programme
      ? await update.run({ id: programme.id, ...checked.input })
      : await create.run(checked.input);
    if (result.ok) onSaved(result.value);
    return result;
  });

  return (
    <EntityDialog
      open
      width="wide"
      title={programme ? t('programmes.editTitle', { name: programme.name }) : t('programmes.createTitle')}
      onClose={onClose}
      onSubmit={save}
      busy={create.busy || update.busy}
      submitLabel={programme ? t('ui.save') : t('ui.create')}
      problem={problem}
      onDismissProblem={() => setProblem(null)}
    >
      <div className="form-grid two">
        <TextField label={t('programmes.name')} {...field('name', t('programmes.name'))} />
        <TextField label={t('field.funder')} optional {...field('funder', t('field.funder'))} />
      </div>
      <div className="form-grid two">
        <div className="form-grid two">
          <TextField label={t('field.startsOn')} type="date" {...field('startsOn', t('field.startsOn'))} />
          <TextField label={t('field.endsOn')} optional type="date" {...field('endsOn', t('field.endsOn'))} />
        </div>
        <FormSelect
          control={form.control}
          name="defaultKind"
          label={t('field.defaultKind')}
          options={options.handoverKinds}
          invalid={invalid('defaultKind')}
        />
        {defaultKind === 'loan' ? (
          <TextField
            label={t('field.loanDays')}
            optional
            hint={t('programmes.loanDaysHint')}
            inputMode="numeric"
            {...field('loanDays', t('field.loanDays'))}
          />
        ) : (
          <p className="field-hint lending-form-note">{t('programmes.donationNoDuration')}</p>
        )}
      </div>
      <Controller
        control={form.control}
        name="targets"
        render={({ field: targets }) => (
          <TargetsEditor targets={targets.value} onChange={targets.onChange} error={problem} />
        )}
      />
      <TextAreaField label={t('field.notes')} optional rows={2} {...field('notes', t('field.notes'))} />
    </EntityDialog>
  );
}
