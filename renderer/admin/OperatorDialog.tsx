import { Controller } from 'react-hook-form';
import type { OperatorSummary } from '../../shared/contract/session';
import { OPERATOR_ROLES, type OperatorRole } from '../../shared/domain/values';
import { useApiMutation } from '../api/queries';
import { EntityDialog } from '../components/EntityDialog';
import { Checkbox, TextField } from '../components/Field';
import { useContractForm } from '../forms/useContractForm';
import { maxLengthOf } from '../forms/limits';
import { useT } from '../i18n/useT';
import { FormCheckbox, FormSelect } from '../forms/FormFields';

type PinMode = 'keep' | 'set' | 'clear';

interface OperatorValues {
  name: string;
  roles: OperatorRole[];
  active: boolean;
  jobTitle: string;
  pinMode: PinMode;
  pin: string;
}

/** An operator changes the list at the stations' sign-in too (`session.operators`). */
const ALSO_STALE = ['session'] as const;

/** Creates an operator (`operator` null) or edits one: name, roles, active flag, PIN set, kept or removed. */
export function OperatorDialog({
  operator,
  onClose,
  onSaved,
}: {
  operator: OperatorSummary | null;
  onClose: () => void;
  onSaved: (operator: OperatorSummary) => void;
}) {
  const t = useT();
  const create = useApiMutation('operators.create', { invalidates: ALSO_STALE });
  const update = useApiMutation('operators.update', { invalidates: ALSO_STALE });
  const { form, field, submit, problem, setProblem, invalid } = useContractForm<'operators.create', OperatorValues>(
    'operators.create',
    {
      name: operator?.name ?? '',
      roles: operator?.roles ?? ['technician'],
      active: operator?.active ?? true,
      jobTitle: operator?.jobTitle ?? '',
      pinMode: 'keep',
      pin: '',
    },
  );
  const pinMode = form.watch('pinMode');

  const pinOptions = [
    { value: 'keep' as const, label: operator?.hasPin ? t('ops.pinMode.keep') : t('ops.pinMode.none') },
    { value: 'set' as const, label: t('ops.pinMode.set') },
    ...(operator?.hasPin ? [{ value: 'clear' as const, label: t('ops.pinMode.clear') }] : []),
  ];

  const save = submit(async ({ name, roles, active, jobTitle, pinMode: mode, pin }) => {
    const newPin = mode === 'set' ? pin : undefined;
    const result = operator
      ? await update.run({ id: operator.id, name, roles, active, pin: mode === 'clear' ? null : newPin, jobTitle })
      : await create.run({ name, roles, pin: newPin, jobTitle });
    if (result.ok) onSaved(result.value);
    return result;
  });

  return (
    <EntityDialog
      open
      title={operator ? t('ops.editTitle', { name: operator.name }) : t('ops.createTitle')}
      onClose={onClose}
      onSubmit={save}
      busy={create.busy || update.busy}
      submitLabel={operator ? t('ui.save') : t('ui.create')}
      problem={problem}
      onDismissProblem={() => setProblem(null)}
    >
      <TextField label={t('ops.name')} {...field('name', t('ops.name'))} />
      <TextField
        label={t('ops.jobTitle')}
        hint={t('ops.jobTitleHint')}
        optional
        {...field('jobTitle', t('ops.jobTitle'))}
      />
      <Controller
        control={form.control}
        name="roles"
        render={({ field: roles }) => (
          <fieldset className={`roles${invalid('roles') ? ' is-invalid' : ''}`}>
            <legend>{t('ops.roles')}</legend>
            {OPERATOR_ROLES.map((role) => (
              <Checkbox
                key={role}
                checked={roles.value.includes(role)}
                onChange={(on) =>
                  roles.onChange(
                    OPERATOR_ROLES.filter((candidate) => (candidate === role ? on : roles.value.includes(candidate))),
                  )
                }
                label={
                  <>
                    <span className="role-name">{t(`role.${role}`)}</span>{' '}
                    <span className="muted">— {t(`roleHint.${role}`)}</span>
                  </>
                }
              />
            ))}
          </fieldset>
        )}
      />
      {operator ? <FormCheckbox control={form.control} name="active" label={t('ops.activeLabel')} /> : null}
      <div className="form-grid two">
        <FormSelect
          control={form.control}
          name="pinMode"
          label={t('ops.pin')}
          options={pinOptions}
          invalid={pinMode !== 'set' && invalid('pin')}
        />
        {pinMode === 'set' ? (
          <Controller
            control={form.control}
            name="pin"
            render={({ field: pin }) => (
              <TextField
                label={t('ops.newPin')}
                hint={t('ops.newPinHint')}
                type="password"
                inputMode="numeric"
                autoComplete="new-password"
                className="input-pin"
                value={pin.value}
                onChange={(event) =>
                  pin.onChange(event.target.value.replace(/\D/g, '').slice(0, maxLengthOf('operators.create', 'pin')))
                }
                invalid={invalid('pin')}
              />
            )}
          />
        ) : null}
      </div>
    </EntityDialog>
  );
}
