import { useState } from 'react';
import type { OperatorSummary } from '../../../shared/contract/session';
import type { ApiError } from '../../../shared/errors';
import { EntityDialog } from '../../components/EntityDialog';
import { SelectField, TextField } from '../../components/Field';
import { isFieldInError, localProblem } from '../../components/fieldError';
import { useT } from '../../i18n/useT';

/**
 * The hand-over at a shared workstation: the data-security officer picks their name, types their PIN, and the
 * ticked erasures are verified in their name. The performer is marked so nobody picks them by mistake; main
 * refuses them anyway. Give it a new `key` at each opening so that the PIN starts blank.
 */
export function VerifyAsDialog({
  open,
  officers,
  performerIds,
  count,
  onClose,
  onConfirm,
}: {
  open: boolean;
  officers: readonly OperatorSummary[];
  performerIds: ReadonlySet<number>;
  count: number;
  onClose: () => void;
  onConfirm: (operatorId: number, pin: string, notes: string) => Promise<ApiError | null>;
}) {
  const t = useT();
  const preferred = officers.find((officer) => !performerIds.has(officer.id)) ?? officers[0];
  const [operatorId, setOperatorId] = useState<string>(preferred ? String(preferred.id) : '');
  const [pin, setPin] = useState('');
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const chosen = officers.find((officer) => String(officer.id) === operatorId) ?? null;

  const submit = async () => {
    if (!chosen) return setError(localProblem(t('erasureDesk.noOfficer'), 'operatorId'));
    setBusy(true);
    const refusal = await onConfirm(chosen.id, pin, notes);
    setBusy(false);
    setError(refusal);
    if (refusal) setPin('');
  };

  return (
    <EntityDialog
      open={open}
      title={t('erasureDesk.verifyAsTitle', { count })}
      onClose={onClose}
      onSubmit={() => void submit()}
      width="narrow"
      submitLabel={t('erasureDesk.verifyAsConfirm')}
      submitShortcut={t('ui.enterKey')}
      submitDisabled={!chosen}
      busy={busy}
      problem={error}
    >
      {officers.length === 0 ? (
        <p>{t('erasureDesk.noOfficer')}</p>
      ) : (
        <SelectField
          label={t('erasureDesk.officer')}
          value={operatorId}
          onChange={setOperatorId}
          invalid={isFieldInError(error, 'operatorId')}
          options={officers.map((officer) => ({
            value: String(officer.id),
            label: performerIds.has(officer.id)
              ? t('erasureDesk.officerIsPerformer', { name: officer.name })
              : officer.name,
          }))}
        />
      )}
      {chosen?.hasPin && (
        <TextField
          label={t('field.pin')}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          className="input-pin"
          value={pin}
          onChange={(e) => setPin(e.target.value)}
          invalid={isFieldInError(error, 'pin')}
          data-autofocus
        />
      )}
      <TextField
        label={t('erasureFields.verificationNotes')}
        optional
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        autoComplete="off"
      />
      <p className="field-hint">{t('erasureDesk.verifyAsHelp')}</p>
    </EntityDialog>
  );
}
