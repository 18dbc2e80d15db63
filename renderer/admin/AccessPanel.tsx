import { useState } from 'react';
import { holdsGuardedRole } from '../../shared/domain/access';
import type { ApiError } from '../../shared/errors';
import { ErrorBanner } from '../components/ErrorBanner';
import { Checkbox } from '../components/Field';
import { useToast } from '../components/Toasts';
import { useApiMutation, useApiQuery } from '../api/queries';
import { useT } from '../i18n/useT';
import { rolesText } from '../session/roles';
import { Panel } from '../components/Panel';

/** Whether the data-security, coordination and administration roles need a PIN; how wrong PINs are slowed down. */
export function AccessPanel() {
  const t = useT();
  const toast = useToast();
  const settings = useApiQuery('access.get', {});
  const operators = useApiQuery('operators.list', {});
  const [error, setError] = useState<ApiError | null>(null);
  const update = useApiMutation('access.update', {
    updates: (cache, saved) => cache.set('access.get', {}, () => saved),
  });
  /** The box as just ticked, until main has answered. */
  const [pending, setPending] = useState<boolean | null>(null);
  const missing = (operators.data ?? []).filter(
    (operator) => operator.active && !operator.hasPin && holdsGuardedRole(operator.roles),
  );

  const change = async (pinRequired: boolean) => {
    setPending(pinRequired);
    const result = await update.run({ pinRequired });
    if (!result.ok) {
      setPending(null);
      setError(result.error);
      return;
    }
    setError(null);
    toast(t('access.saved'));
  };

  return (
    <Panel title={t('access.title')} bodyClassName="form-grid">
      {settings.data ? (
        <Checkbox
          label={t('access.pinRequired', { roles: rolesText(t, settings.data.guardedRoles) })}
          checked={pending ?? settings.data.pinRequired}
          disabled={update.busy}
          onChange={(on) => void change(on)}
        />
      ) : null}
      <p className="muted">{t('access.pinRequiredHint')}</p>
      {missing.length > 0 ? (
        <p>{t('access.missingPins', { names: missing.map((operator) => operator.name).join(', ') })}</p>
      ) : null}
      <p className="muted">{t('access.lockout')}</p>
      <ErrorBanner error={error ?? settings.error ?? operators.error} onDismiss={() => setError(null)} />
    </Panel>
  );
}
