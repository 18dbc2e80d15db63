import { useState } from 'react';
import type { SimDetail } from '../../../shared/contract/sims';
import { evaluateSimAction, simActionsFrom, type SimAction } from '../../../shared/domain/sim-lifecycle';
import type { ApiError } from '../../../shared/errors';
import { useApiMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TextField } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { useT } from '../../i18n/useT';
import { maxLengthOf } from '../../forms/limits';

/** Cutting a line is for good: confirmed with Cancel focused first. */
const DESTRUCTIVE: readonly SimAction[] = ['deactivate'];

/**
 * The steps of the SIM lifecycle a coordinator may take from the card's state, exactly those the shared rules
 * allow (handing over and taking back belong to the counter), each confirmed with an optional note.
 */
export function SimStatusActions({ sim }: { sim: SimDetail }) {
  const t = useT();
  const toast = useToast();
  const [action, setAction] = useState<SimAction | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const setStatus = useApiMutation('sims.setStatus', { invalidates: ['followUp'] });
  const actions = simActionsFrom(sim.status);

  const confirmText = (chosen: SimAction) => {
    const verdict = evaluateSimAction(sim.status, chosen);
    const to = verdict.allowed ? t(`simState.${verdict.to}`) : t(`simState.${sim.status}`);
    return t('simActions.confirm', { iccid: sim.iccid, from: t(`simState.${sim.status}`), to });
  };

  const close = () => {
    setAction(null);
    setNote('');
    setError(null);
  };

  const apply = async () => {
    if (!action) return;
    const result = await setStatus.run({ simId: sim.id, action, note });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    toast(t('simActions.done', { action: t(`simAction.${action}`), state: t(`simState.${result.value.status}`) }));
    close();
  };

  if (actions.length === 0) return null;
  return (
    <section className="panel lending-actions" aria-label={t('simActions.label')}>
      {actions.map((candidate) => (
        <Button
          key={candidate}
          variant={DESTRUCTIVE.includes(candidate) ? 'danger' : 'secondary'}
          data-action={candidate}
          onClick={() => setAction(candidate)}
        >
          {t(`simAction.${candidate}`)}
        </Button>
      ))}
      <ConfirmDialog
        open={action !== null}
        tone={action && DESTRUCTIVE.includes(action) ? 'danger' : 'primary'}
        title={action ? t(`simAction.${action}`) : ''}
        message={action ? confirmText(action) : ''}
        confirmLabel={action ? t(`simAction.${action}`) : ''}
        busy={setStatus.busy}
        error={error}
        onConfirm={() => void apply()}
        onCancel={close}
      >
        <TextField
          label={t('field.note')}
          optional
          value={note}
          maxLength={maxLengthOf('sims.setStatus', 'note')}
          onChange={(event) => setNote(event.target.value)}
        />
      </ConfirmDialog>
    </section>
  );
}
