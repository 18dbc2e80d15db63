import { useState } from 'react';
import { holdsGuardedRole } from '../../shared/domain/access';
import type { ApiError } from '../../shared/errors';
import { useApi } from '../api/useApi';
import { ErrorBanner } from '../components/ErrorBanner';
import { Checkbox } from '../components/Field';
import { useToast } from '../components/Toasts';
import { useApiQuery } from '../api/queries';
import { useT } from '../i18n/useT';
import { rolesText } from '../session/roles';

/** Whether the data-security, coordination and administration roles need a PIN; how wrong PINs are slowed down. */
export function AccessPanel() {
  const t = useT();
  const call = useApi();
  const toast = useToast();
  const settings = useApiQuery('access.get', {});
  const operators = useApiQuery('operators.list', {});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  /** The box as just ticked, until main has answered. */
  const [pending, setPending] = useState<boolean | null>(null);
  const missing = (operators.data ?? []).filter((operator) => operator.active && !operator.hasPin && holdsGuardedRole(operator.roles));

  const change = async (pinRequired: boolean) => {
    setBusy(true);
    setPending(pinRequired);
    const result = await call('access.update', { pinRequired });
    setBusy(false);
    if (!result.ok) {
      setPending(null);
      setError(result.error);
      return;
    }
    setError(null);
    toast(t('access.saved'));
    settings.reload();
  };

  return (
    <section className="panel" aria-labelledby="access-title">
      <div className="panel-header">
        <h2 id="access-title">{t('access.title')}</h2>
      </div>
      <div className="panel-body form-grid">
        {settings.data ? (
          <Checkbox
            label={t('access.pinRequired', { roles: rolesText(t, settings.data.guardedRoles) })}
            checked={pending ?? settings.data.pinRequired}
            disabled={busy}
            onChange={(on) => void change(on)}
          />
        ) : null}
        <p className="muted">{t('access.pinRequiredHint')}</p>
        {missing.length > 0 ? <p>{t('access.missingPins', { names: missing.map((operator) => operator.name).join(', ') })}</p> : null}
        <p className="muted">{t('access.lockout')}</p>
        <ErrorBanner error={error ?? settings.error ?? operators.error} onDismiss={() => setError(null)} />
      </div>
    </section>
  );
}
