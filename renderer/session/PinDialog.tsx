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

/** Asks the chosen operator for their PIN; a wrong PIN empties the box and says so. */
export function PinDialog({ operator, onClose }: { operator: OperatorSummary | null; onClose: () => void }) {
  const t = useT();
  const call = useApi();
  const { update } = useSession();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const close = () => {
    setPin('');
    setError(null);
    onClose();
  };

  const submit = async () => {
    if (!operator || busy) return;
    setBusy(true);
    const result = await call('session.signIn', { operatorId: operator.id, pin });
    setBusy(false);
    if (result.ok) {
      update(result.value);
      return;
    }
    setError(result.error);
    setPin('');
    input.current?.focus();
  };

  return (
    <Dialog
      open={operator !== null}
      title={t('pin.title', { name: operator?.name ?? '' })}
      onClose={close}
      onSubmit={() => void submit()}
      width="narrow"
      footer={
        <>
          <Button onClick={close}>{t('ui.cancel')}</Button>
          <Button type="submit" variant="primary" busy={busy} shortcut={t('ui.enterKey')}>
            {t('pin.submit')}
          </Button>
        </>
      }
    >
      <TextField
        ref={input}
        label={t('pin.label')}
        hint={t('pin.hint')}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        className="input-pin"
        value={pin}
        invalid={error !== null}
        onChange={(event) => setPin(event.target.value.replace(/\D/g, '').slice(0, maxLengthOf('session.signIn', 'pin')))}
      />
      <ErrorBanner error={error} />
    </Dialog>
  );
}
