import { useState, type FormEvent } from 'react';
import type { OperatorSummary } from '../../../shared/contract/session';
import type { ApiError } from '../../../shared/errors';
import { useSession } from '../../app/session';
import { useApiMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useT } from '../../i18n/useT';

/**
 * After a "verify as", the workstation is in the officer's name: one click (and the technician's PIN, if they
 * have one) gives it back, so the next records are not signed by the wrong person.
 */
export function HandBack({ previous, onDone }: { previous: OperatorSummary; onDone: () => void }) {
  const t = useT();
  const signIn = useApiMutation('session.signIn');
  const session = useSession();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const current = session.state.operator;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await signIn.run({ operatorId: previous.id, pin: pin === '' ? undefined : pin });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      setPin('');
      return;
    }
    session.update(result.value);
    onDone();
  };

  return (
    <form className="banner banner-info desk-hand-back" onSubmit={(event) => void submit(event)} data-testid="erasure-hand-back">
      <div className="banner-body">
        <p>{t('erasureDesk.signedInAs', { name: current?.name ?? '' })}</p>
        <div className="desk-inline">
          {previous.hasPin && (
            <input
              className="input input-pin desk-pin"
              type="password"
              inputMode="numeric"
              autoComplete="off"
              aria-label={t('erasureDesk.pinOf', { name: previous.name })}
              placeholder={t('field.pin')}
              value={pin}
              onChange={(event) => setPin(event.target.value)}
            />
          )}
          <Button type="submit" busy={busy}>
            {t('erasureDesk.handBack', { name: previous.name })}
          </Button>
        </div>
        <ErrorBanner error={error} />
      </div>
    </form>
  );
}
