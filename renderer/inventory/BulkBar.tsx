import { useState } from 'react';
import type { DeviceAction } from '../../shared/domain/lifecycle';
import type { ApiError } from '../../shared/errors';
import { useApiMutation } from '../api/queries';
import { actionsForAllStates, isDestructiveAction } from '../components/actions';
import { Button } from '../components/Button';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorBanner } from '../components/ErrorBanner';
import { TextField } from '../components/Field';
import { useFormat } from '../components/format';
import { useToast } from '../components/Toasts';
import { SelectionLabelsButton } from '../documents/SelectionLabelsButton';
import { useT } from '../i18n/useT';
import type { DeviceSummary } from '../../shared/contract/inventory';
import { maxLengthOf } from '../forms/limits';

/** An action changes the inventory's rows and counts (the dashboard's too). */
const DEVICE_READS = ['inventory'] as const;

export interface BulkBarProps {
  selected: readonly DeviceSummary[];
  onClear: () => void;
  /** Called after an action changed devices (their reads are already marked stale). */
  onApplied: () => void;
}

/**
 * What can be done to the ticked devices: only the direct actions that may start from every ticked state.
 * All or nothing: a refusal lists each refused device with its reason, and nothing changes.
 */
export function BulkBar({ selected, onClear, onApplied }: BulkBarProps) {
  const t = useT();
  const format = useFormat();
  const toast = useToast();
  const [pending, setPending] = useState<DeviceAction | null>(null);
  const [note, setNote] = useState('');
  const applyAction = useApiMutation('devices.applyAction', { invalidates: DEVICE_READS });
  const [error, setError] = useState<ApiError | null>(null);
  const actions = actionsForAllStates(selected.map((row) => row.status));
  const count = selected.length;
  const one = format.plural(count) === 'one';

  const apply = async () => {
    if (!pending) return;
    const result = await applyAction.run({ deviceIds: selected.map((row) => row.id), action: pending, note });
    const label = t(`event.lifecycle.${pending}`);
    setPending(null);
    setNote('');
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    const changed = result.value.changed.length;
    toast(
      t(format.plural(changed) === 'one' ? 'inventory.bulkDone.one' : 'inventory.bulkDone.other', {
        action: label,
        count: changed,
      }),
    );
    onApplied();
  };

  return (
    <>
      {count > 0 ? (
        <div className="bulk-bar" role="region" aria-label={t('inventory.bulkActions')}>
          <strong className="bulk-count">
            {t(one ? 'inventory.selected.one' : 'inventory.selected.other', { count: format.number(count) })}
          </strong>
          <div className="bulk-actions">
            {actions.length === 0 ? <span className="muted">{t('inventory.noCommonAction')}</span> : null}
            {actions.map((action) => (
              <Button
                key={action}
                size="small"
                variant={isDestructiveAction(action) ? 'danger' : 'primary'}
                onClick={() => {
                  setError(null);
                  setPending(action);
                }}
                data-action={action}
              >
                {t(`action.${action}`)}
              </Button>
            ))}
          </div>
          <SelectionLabelsButton deviceIds={selected.map((row) => row.id)} />
          <Button size="small" variant="ghost" onClick={onClear}>
            {t('inventory.clearSelection')}
          </Button>
        </div>
      ) : null}
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      <ConfirmDialog
        open={pending !== null}
        title={pending ? t(`action.${pending}`) : ''}
        message={
          <>
            <p>
              {pending
                ? t(one ? 'inventory.bulkConfirm.one' : 'inventory.bulkConfirm.other', {
                    action: t(`action.${pending}`),
                    count: format.number(count),
                  })
                : null}
            </p>
            <p className="muted">{t('inventory.bulkAllOrNothing')}</p>
          </>
        }
        confirmLabel={pending ? t(`action.${pending}`) : t('ui.confirm')}
        tone={pending && isDestructiveAction(pending) ? 'danger' : 'primary'}
        busy={applyAction.busy}
        onConfirm={() => void apply()}
        onCancel={() => {
          setPending(null);
          setNote('');
        }}
      >
        <TextField
          label={t('inventory.note')}
          hint={t('inventory.noteHint')}
          optional
          value={note}
          onChange={(event) => setNote(event.target.value)}
          maxLength={maxLengthOf('devices.applyAction', 'note')}
        />
      </ConfirmDialog>
    </>
  );
}
