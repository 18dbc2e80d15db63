import { useRef } from 'react';
import type { OperatorSummary } from '../../shared/contract/session';
import { useApiMutation } from '../api/queries';
import { useSession } from '../app/session';
import { EntityDialog } from '../components/EntityDialog';
import { TextField } from '../components/Field';
import { useContractForm } from '../forms/useContractForm';
import { useT } from '../i18n/useT';

/** At a hub's desk: the chosen operator's password, which unlocks the desk (then a PIN switches operators). */
export function PasswordDialog({ operator, onClose }: { operator: OperatorSummary | null; onClose: () => void }) {
  const t = useT();
  const { update } = useSession();
  const signIn = useApiMutation('session.signIn');
  const { form, field, submit, problem, setProblem } = useContractForm<'session.signIn', { password: string }>(
    'session.signIn',
    { password: '' },
  );
  const input = useRef<HTMLInputElement | null>(null);
  const password = field('password', t('password.label'));

  const close = () => {
    form.reset({ password: '' });
    setProblem(null);
    onClose();
  };

  const save = submit(async (values) => {
    if (!operator || signIn.busy || values.password === '') return null;
    const result = await signIn.run({ operatorId: operator.id, password: values.password });
    if (result.ok) {
      form.reset({ password: '' });
      update(result.value);
      return null;
    }
    form.reset({ password: '' });
    input.current?.focus();
    return result;
  });

  return (
    <EntityDialog
      open={operator !== null}
      title={t('password.title', { name: operator?.name ?? '' })}
      onClose={close}
      onSubmit={save}
      submitLabel={t('password.submit')}
      submitShortcut={t('ui.enterKey')}
      busy={signIn.busy}
      problem={problem}
      width="narrow"
    >
      <TextField
        label={t('password.label')}
        type="password"
        autoComplete="current-password"
        {...password}
        ref={(element: HTMLInputElement | null) => {
          input.current = element;
          password.ref(element);
        }}
        invalid={problem !== null}
      />
    </EntityDialog>
  );
}
