import { Checkbox, TextField } from '../../components/Field';
import { maxLengthOf } from '../../forms/limits';
import { isFieldInError } from '../../components/fieldError';
import type { ApiError } from '../../../shared/errors';
import { useT } from '../../i18n/useT';
import type { ReturnDraft } from './returnDraft';

type Extras = Pick<ReturnDraft, 'missing' | 'otherMissing' | 'returnedOn' | 'notes'>;

/** The accessories handed over that did not come back, the return date and a note. */
export function ReturnExtras({
  draft,
  onChange,
  error,
}: {
  draft: ReturnDraft;
  onChange: (extras: Partial<Extras>) => void;
  error: ApiError | null;
}) {
  const t = useT();
  const accessories = draft.handover.terms.accessories;
  const toggle = (index: number, missing: boolean) => {
    const next = new Set(draft.missing);
    if (missing) next.add(index);
    else next.delete(index);
    onChange({ missing: next });
  };
  return (
    <div className="returns-extras">
      <fieldset className="returns-missing" data-testid="returns-missing">
        <legend>{t('field.missingAccessories')}</legend>
        {accessories.length === 0 ? (
          <p className="desk-muted">{t('returnsDesk.noAccessories')}</p>
        ) : (
          <div className="returns-missing-list">
            {accessories.map((name, index) => (
              <Checkbox
                key={`${name}-${index}`}
                label={name}
                checked={draft.missing.has(index)}
                onChange={(checked) => toggle(index, checked)}
              />
            ))}
          </div>
        )}
        <TextField
          label={t('returnsDesk.otherMissing')}
          optional
          maxLength={maxLengthOf('returns.create', 'missingAccessories.*')}
          value={draft.otherMissing}
          onChange={(e) => onChange({ otherMissing: e.target.value })}
          autoComplete="off"
        />
      </fieldset>
      <div className="desk-row">
        <TextField
          label={t('field.returnedOn')}
          type="date"
          value={draft.returnedOn}
          onChange={(e) => onChange({ returnedOn: e.target.value })}
          invalid={isFieldInError(error, 'returnedOn')}
        />
        <TextField
          label={t('field.notes')}
          optional
          maxLength={maxLengthOf('returns.create', 'notes')}
          value={draft.notes}
          onChange={(e) => onChange({ notes: e.target.value })}
          autoComplete="off"
        />
      </div>
    </div>
  );
}
