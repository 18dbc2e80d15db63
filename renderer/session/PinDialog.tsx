import { useRef } from 'react';
import type { OperatorSummary } from '../../shared/contract/session';
import { useApiMutation } from '../api/queries';
import { useSession } from '../app/session';
import { EntityDialog } from '../components/EntityDialog';
import { TextField } from '../components/Field';
import { useContractForm } from '../forms/useContractForm';
import { useT } from '../i18n/useT';
import { digitsOnly } from './digitsOnly';

/** Asks the chosen operator for their PIN; a wrong PIN empties the box and says so. */
export function PinDialog({ operator, onClose }: { operator: OperatorSummary | null; onClose: () => void }) {
  const t = useT();
  const { update } = useSession();
  const signIn = useApiMutation('session.signIn');
  const { form, field, submit, problem, setProblem } = useContractForm<'session.signIn', { pin: string }>(
    'session.signIn',
    { pin: '' },
  );
  const input = useRef<HTMLInputElement | null>(null);
  const pin = field('pin', t('pin.label'));

  const close = () => {
    form.reset({ pin: '' });
    setProblem(null);
    onClose();
  };

  const save = submit(async (values) => {
    if (!operator || signIn.busy) return null;
    const result = await signIn.run({ operatorId: operator.id, pin: values.pin });
    if (result.ok) {
      update(result.value);
      return null;
    }
    form.reset({ pin: '' });
    input.current?.focus();
    return result;
  });

  return (
    <EntityDialog
      open={operator !== null}
      title={t('pin.title', { name: operator?.name ?? '' })}
      onClose={close}
      onSubmit={save}
      submitLabel={t('pin.submit')}
      submitShortcut={t('ui.enterKey')}
      busy={signIn.busy}
      problem={problem}
      width="narrow"
    >
      <TextField
        label={t('pin.label')}
        hint={t('pin.hint')}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        className="input-pin"
        {...pin}
        ref={(element: HTMLInputElement | null) => {
          input.current = element;
          pin.ref(element);
        }}
        onChange={digitsOnly(pin.onChange)}
        invalid={problem !== null}
      />
    </EntityDialog>
  );
}
