import type { OperatorSummary } from '../../../shared/contract/session';
import { useSession } from '../../app/session';
import { useApiMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useContractForm } from '../../forms/useContractForm';
import { useT } from '../../i18n/useT';

/**
 * After a "verify as", the workstation is in the officer's name: one click (and the technician's PIN, if they
 * have one) gives it back, so the next records are not signed by the wrong person.
 */
export function HandBack({ previous, onDone }: { previous: OperatorSummary; onDone: () => void }) {
  const t = useT();
  const signIn = useApiMutation('session.signIn');
  const session = useSession();
  const {
    form,
    field,
    submit: handle,
    problem: error,
  } = useContractForm<'session.signIn', { pin: string }>('session.signIn', { pin: '' });
  const current = session.state.operator;
  const { invalid: pinInvalid, ...pinField } = field('pin', t('field.pin'));

  const submit = handle(async ({ pin }) => {
    const result = await signIn.run({ operatorId: previous.id, pin: pin === '' ? undefined : pin });
    if (!result.ok) {
      form.setValue('pin', '');
      return result;
    }
    session.update(result.value);
    onDone();
    return null;
  });

  return (
    <form
      className="banner banner-info desk-hand-back"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      data-testid="erasure-hand-back"
    >
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
              {...pinField}
              aria-invalid={pinInvalid || undefined}
            />
          )}
          <Button type="submit" busy={signIn.busy}>
            {t('erasureDesk.handBack', { name: previous.name })}
          </Button>
        </div>
        <ErrorBanner error={error} />
      </div>
    </form>
  );
}
