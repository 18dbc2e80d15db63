import { useState } from 'react';
import type { ApiError } from '../../shared/errors';
import { useApi } from '../api/useApi';
import type { ScreenProps } from '../app/routes';
import { useSession } from '../app/session';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { TextField } from '../components/Field';
import { blankFieldError, isFieldInError } from '../components/fieldError';
import { useT } from '../i18n/useT';
import { LangSwitch } from './LangSwitch';
import './session.css';
import { maxLengthOf } from '../forms/limits';

/** First start: the organisation, its first site and its first administrator, in one step. */
export function SetupScreen(_props: ScreenProps) {
  const t = useT();
  const call = useApi();
  const { update, state } = useSession();
  /** At a hub's desk the first administrator gives a password (signing in at a desk needs one). */
  const atHub = state.desk !== null;
  const [password, setPassword] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [siteName, setSiteName] = useState('');
  const [operatorName, setOperatorName] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const blank = blankFieldError(t, [
      { path: 'siteName', value: siteName, label: t('setup.siteName') },
      { path: 'operatorName', value: operatorName, label: t('setup.operatorName') },
    ]);
    if (blank) {
      setError(blank);
      return;
    }
    setBusy(true);
    const result = await call('session.setup', {
      organisation,
      siteName,
      operatorName,
      pin: pin === '' ? undefined : pin,
      ...(atHub ? { password } : {}),
    });
    setBusy(false);
    if (result.ok) update(result.value);
    else setError(result.error);
  };

  return (
    <div className="welcome">
      <div className="welcome-top">
        <span className="brand brand-dark">{t('common.app')}</span>
        <LangSwitch />
      </div>
      <main className="welcome-card" aria-labelledby="setup-title">
        <h1 id="setup-title">{t('setup.title')}</h1>
        <p className="lead">{t('setup.intro')}</p>
        <form
          className="form-grid"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <TextField
            label={t('setup.organisation')}
            hint={t('setup.organisationHint')}
            optional
            value={organisation}
            onChange={(event) => setOrganisation(event.target.value)}
            invalid={isFieldInError(error, 'organisation')}
            maxLength={maxLengthOf('session.setup', 'organisation')}
            autoFocus
          />
          <TextField
            label={t('setup.siteName')}
            hint={t('setup.siteNameHint')}
            value={siteName}
            onChange={(event) => setSiteName(event.target.value)}
            invalid={isFieldInError(error, 'siteName')}
            maxLength={maxLengthOf('session.setup', 'siteName')}
            aria-required="true"
          />
          <TextField
            label={t('setup.operatorName')}
            hint={t('setup.operatorNameHint')}
            value={operatorName}
            onChange={(event) => setOperatorName(event.target.value)}
            invalid={isFieldInError(error, 'operatorName')}
            maxLength={maxLengthOf('session.setup', 'operatorName')}
            autoComplete="name"
            aria-required="true"
          />
          <TextField
            label={t('setup.pin')}
            hint={t('setup.pinHint')}
            optional
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            value={pin}
            onChange={(event) => setPin(event.target.value.replace(/\D/g, '').slice(0, maxLengthOf('session.setup', 'pin')))}
            invalid={isFieldInError(error, 'pin')}
            className="input-pin"
          />
          {atHub ? (
            <TextField
              label={t('password.label')}
              hint={t('hubAdmin.newPassword')}
              type="password"
              autoComplete="new-password"
              value={password}
              maxLength={maxLengthOf('session.setup', 'password')}
              onChange={(event) => setPassword(event.target.value)}
              invalid={isFieldInError(error, 'password')}
              aria-required="true"
            />
          ) : null}
          <ErrorBanner error={error} onDismiss={() => setError(null)} />
          <div className="form-actions">
            <Button type="submit" variant="primary" size="large" busy={busy} shortcut={t('ui.enterKey')}>
              {t('setup.submit')}
            </Button>
          </div>
        </form>
      </main>
    </div>
  );
}
