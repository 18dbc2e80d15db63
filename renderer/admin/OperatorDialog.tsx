import { useState } from 'react';
import type { OperatorSummary } from '../../shared/contract/session';
import { OPERATOR_ROLES, type OperatorRole } from '../../shared/domain/values';
import type { ApiError } from '../../shared/errors';
import { useApi } from '../api/useApi';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { ErrorBanner } from '../components/ErrorBanner';
import { Checkbox, SelectField, TextField } from '../components/Field';
import { blankFieldError, isFieldInError } from '../components/fieldError';
import { useT } from '../i18n/useT';

type PinMode = 'keep' | 'set' | 'clear';

/** Creates an operator (`operator` null) or edits one: name, roles, active flag, PIN set, kept or removed. */
export function OperatorDialog({ operator, onClose, onSaved }: { operator: OperatorSummary | null; onClose: () => void; onSaved: (operator: OperatorSummary) => void }) {
  const t = useT();
  const call = useApi();
  const [name, setName] = useState(operator?.name ?? '');
  const [roles, setRoles] = useState<OperatorRole[]>(operator?.roles ?? ['technician']);
  const [active, setActive] = useState(operator?.active ?? true);
  const [pinMode, setPinMode] = useState<PinMode>('keep');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const pinOptions = [
    { value: 'keep' as const, label: operator?.hasPin ? t('ops.pinMode.keep') : t('ops.pinMode.none') },
    { value: 'set' as const, label: t('ops.pinMode.set') },
    ...(operator?.hasPin ? [{ value: 'clear' as const, label: t('ops.pinMode.clear') }] : []),
  ];

  const toggleRole = (role: OperatorRole, on: boolean) =>
    setRoles((current) => OPERATOR_ROLES.filter((candidate) => (candidate === role ? on : current.includes(candidate))));

  const save = async () => {
    const blank = blankFieldError(t, [{ path: 'name', value: name, label: t('ops.name') }]);
    if (blank) {
      setError(blank);
      return;
    }
    setBusy(true);
    const newPin = pinMode === 'set' ? pin : undefined;
    const result = operator
      ? await call('operators.update', { id: operator.id, name, roles, active, pin: pinMode === 'clear' ? null : newPin })
      : await call('operators.create', { name, roles, pin: newPin });
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setError(result.error);
  };

  return (
    <Dialog
      open
      title={operator ? t('ops.editTitle', { name: operator.name }) : t('ops.createTitle')}
      onClose={onClose}
      onSubmit={() => void save()}
      footer={
        <>
          <Button onClick={onClose}>{t('ui.cancel')}</Button>
          <Button type="submit" variant="primary" busy={busy}>
            {operator ? t('ui.save') : t('ui.create')}
          </Button>
        </>
      }
    >
      <TextField label={t('ops.name')} value={name} onChange={(event) => setName(event.target.value)} invalid={isFieldInError(error, 'name')} maxLength={120} />
      <fieldset className={`roles${isFieldInError(error, 'roles') ? ' is-invalid' : ''}`}>
        <legend>{t('ops.roles')}</legend>
        {OPERATOR_ROLES.map((role) => (
          <Checkbox
            key={role}
            checked={roles.includes(role)}
            onChange={(on) => toggleRole(role, on)}
            label={
              <>
                <span className="role-name">{t(`role.${role}`)}</span> <span className="muted">— {t(`roleHint.${role}`)}</span>
              </>
            }
          />
        ))}
      </fieldset>
      {operator ? <Checkbox label={t('ops.activeLabel')} checked={active} onChange={setActive} /> : null}
      <div className="form-grid two">
        <SelectField label={t('ops.pin')} options={pinOptions} value={pinMode} onChange={setPinMode} invalid={pinMode !== 'set' && isFieldInError(error, 'pin')} />
        {pinMode === 'set' ? (
          <TextField
            label={t('ops.newPin')}
            hint={t('ops.newPinHint')}
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            className="input-pin"
            value={pin}
            onChange={(event) => setPin(event.target.value.replace(/\D/g, '').slice(0, 8))}
            invalid={isFieldInError(error, 'pin')}
          />
        ) : null}
      </div>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
    </Dialog>
  );
}
