import { useApiMutation } from '../api/queries';
import type { ScreenProps } from '../app/routes';
import { useSession } from '../app/session';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { TextField } from '../components/Field';
import { useContractForm } from '../forms/useContractForm';
import { useT } from '../i18n/useT';
import { digitsOnly } from './digitsOnly';
import { LangSwitch } from './LangSwitch';
import './session.css';

interface SetupValues {
  organisation: string;
  siteName: string;
  operatorName: string;
  pin: string;
  password: string;
}

/** First start: the organisation, its first site and its first administrator, in one step. */
export function SetupScreen(_props: ScreenProps) {
  const t = useT();
  const { update, state } = useSession();
  /** At a hub's desk the first administrator gives a password (signing in at a desk needs one). */
  const atHub = state.desk !== null;
  const setup = useApiMutation('session.setup');
  const { field, submit, problem, setProblem } = useContractForm<'session.setup', SetupValues>('session.setup', {
    organisation: '',
    siteName: '',
    operatorName: '',
    pin: '',
    password: '',
  });
  const pin = field('pin', t('setup.pin'));

  const save = submit(async ({ organisation, siteName, operatorName, pin: code, password }) => {
    const result = await setup.run({
      organisation,
      siteName,
      operatorName,
      pin: code === '' ? undefined : code,
      ...(atHub ? { password } : {}),
    });
    if (result.ok) update(result.value);
    return result;
  });

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
            save();
          }}
        >
          <TextField
            label={t('setup.organisation')}
            hint={t('setup.organisationHint')}
            optional
            {...field('organisation', t('setup.organisation'))}
            autoFocus
          />
          <TextField
            label={t('setup.siteName')}
            hint={t('setup.siteNameHint')}
            {...field('siteName', t('setup.siteName'))}
            aria-required="true"
          />
          <TextField
            label={t('setup.operatorName')}
            hint={t('setup.operatorNameHint')}
            {...field('operatorName', t('setup.operatorName'))}
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
            {...pin}
            onChange={digitsOnly(pin.onChange)}
            className="input-pin"
          />
          {atHub ? (
            <TextField
              label={t('password.label')}
              hint={t('hubAdmin.newPassword')}
              type="password"
              autoComplete="new-password"
              {...field('password', t('password.label'))}
              aria-required="true"
            />
          ) : null}
          <ErrorBanner error={problem} onDismiss={() => setProblem(null)} />
          <div className="form-actions">
            <Button type="submit" variant="primary" size="large" busy={setup.busy} shortcut={t('ui.enterKey')}>
              {t('setup.submit')}
            </Button>
          </div>
        </form>
      </main>
    </div>
  );
}
