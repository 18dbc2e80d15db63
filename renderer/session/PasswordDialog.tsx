import { useRef, useState } from 'react';
import type { OperatorSummary } from '../../shared/contract/session';
import type { ApiError } from '../../shared/errors';
import { useApi } from '../api/useApi';
import { useSession } from '../app/session';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { ErrorBanner } from '../components/ErrorBanner';
import { TextField } from '../components/Field';
import { maxLengthOf } from '../forms/limits';
import { useT } from '../i18n/useT';

/** At a hub's desk: the chosen operator's password, which unlocks the desk (then a PIN switches operators). */
export function PasswordDialog({ operator, onClose }: { operator: OperatorSummary | null; onClose: () => void }) {
  const t = useT();
  const call = useApi();
  const { update } = useSession();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const close = () => {
    setPassword('');
    setError(null);
    onClose();
  };

  const submit = async () => {
    if (!operator || busy || password === '') return;
    setBusy(true);
    const result = await call('session.signIn', { operatorId: operator.id, password });
    setBusy(false);
    if (result.ok) {
      setPassword('');
      update(result.value);
      return;
    }
    setError(result.error);
    setPassword('');
    input.current?.focus();
  };

  return (
    <Dialog
      open={operator !== null}
      title={t('password.title', { name: operator?.name ?? '' })}
      onClose={close}
      onSubmit={() => void submit()}
      width="narrow"
      footer={
        <>
          <Button onClick={close}>{t('password.cancel')}</Button>
          <Button type="submit" variant="primary" busy={busy} shortcut={t('ui.enterKey')}>
            {t('password.submit')}
          </Button>
        </>
      }
    >
      <TextField
        ref={input}
        label={t('password.label')}
        type="password"
        autoComplete="current-password"
        value={password}
        maxLength={maxLengthOf('session.signIn', 'password')}
        invalid={error !== null}
        onChange={(event) => setPassword(event.target.value)}
      />
      <ErrorBanner error={error} />
    </Dialog>
  );
}
