import { useState } from 'react';
import type { Programme } from '../../../shared/contract/lending-types';
import { localDay } from '../../../shared/domain/lending';
import type { ApiError } from '../../../shared/errors';
import { useApi } from '../../api/useApi';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { isFieldInError } from '../../components/fieldError';
import { useT } from '../../i18n/useT';
import { useLendingOptions } from '../shared/options';
import { draftOf, inputOf, type ProgrammeDraft } from './programmeForm';
import { TargetsEditor } from './TargetsEditor';

/** Creates a programme (`programme` null) or edits one: funder, dates, default terms, agreement and targets. */
export function ProgrammeDialog({ programme, onClose, onSaved }: { programme: Programme | null; onClose: () => void; onSaved: (programme: Programme) => void }) {
  const t = useT();
  const call = useApi();
  const options = useLendingOptions();
  const [draft, setDraft] = useState<ProgrammeDraft>(() => draftOf(programme, localDay(new Date())));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof ProgrammeDraft>(key: K, value: ProgrammeDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const save = async () => {
    const checked = inputOf(t, draft);
    if ('error' in checked) {
      setError(checked.error);
      return;
    }
    setBusy(true);
    const result = programme ? await call('programmes.update', { id: programme.id, ...checked.input }) : await call('programmes.create', checked.input);
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setError(result.error);
  };

  const invalid = (path: string) => isFieldInError(error, path);
  return (
    <Dialog
      open
      width="wide"
      title={programme ? t('programmes.editTitle', { name: programme.name }) : t('programmes.createTitle')}
      onClose={onClose}
      onSubmit={() => void save()}
      footer={
        <>
          <Button onClick={onClose}>{t('ui.cancel')}</Button>
          <Button type="submit" variant="primary" busy={busy}>
            {programme ? t('ui.save') : t('ui.create')}
          </Button>
        </>
      }
    >
      <div className="form-grid two">
        <TextField label={t('programmes.name')} value={draft.name} onChange={(event) => set('name', event.target.value)} invalid={invalid('name')} maxLength={160} />
        <TextField label={t('field.funder')} optional value={draft.funder} onChange={(event) => set('funder', event.target.value)} invalid={invalid('funder')} maxLength={160} />
      </div>
      <div className="form-grid two">
        <div className="form-grid two">
          <TextField label={t('field.startsOn')} type="date" value={draft.startsOn} onChange={(event) => set('startsOn', event.target.value)} invalid={invalid('startsOn')} />
          <TextField label={t('field.endsOn')} optional type="date" value={draft.endsOn} onChange={(event) => set('endsOn', event.target.value)} invalid={invalid('endsOn')} />
        </div>
        <SelectField label={t('field.defaultKind')} options={options.handoverKinds} value={draft.defaultKind} onChange={(value) => set('defaultKind', value)} invalid={invalid('defaultKind')} />
        {draft.defaultKind === 'loan' ? (
          <TextField
            label={t('field.loanDays')}
            optional
            hint={t('programmes.loanDaysHint')}
            inputMode="numeric"
            value={draft.loanDays}
            onChange={(event) => set('loanDays', event.target.value)}
            invalid={invalid('loanDays')}
            maxLength={4}
          />
        ) : (
          <p className="field-hint lending-form-note">{t('programmes.donationNoDuration')}</p>
        )}
      </div>
      <TargetsEditor targets={draft.targets} onChange={(targets) => set('targets', targets)} error={error} />
      <TextAreaField label={t('field.notes')} optional value={draft.notes} onChange={(event) => set('notes', event.target.value)} invalid={invalid('notes')} maxLength={2000} rows={2} />
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
    </Dialog>
  );
}
