import { TARGET_ITEMS, type TargetItem } from '../../../shared/domain/lending';
import type { ApiError } from '../../../shared/errors';
import { TextField } from '../../components/Field';
import { isFieldInError } from '../../components/fieldError';
import { maxLengthOf } from '../../forms/limits';
import { useT } from '../../i18n/useT';
import { targetItemShortLabel } from '../shared/options';

/** One box per kind of device and one for SIM cards: how many the funder expects; blank for none. */
export function TargetsEditor({
  targets,
  onChange,
  error,
}: {
  targets: Record<TargetItem, string>;
  onChange: (targets: Record<TargetItem, string>) => void;
  error: ApiError | null;
}) {
  const t = useT();
  return (
    <fieldset className={`lending-fieldset${isFieldInError(error, 'targets') ? ' is-invalid' : ''}`}>
      <legend>{t('field.targets')}</legend>
      <p className="field-hint">{t('programmes.targetsHint')}</p>
      <div className="lending-grid-six">
        {TARGET_ITEMS.map((item) => (
          <TextField
            key={item}
            label={targetItemShortLabel(t, item)}
            inputMode="numeric"
            value={targets[item]}
            onChange={(event) => onChange({ ...targets, [item]: event.target.value })}
            invalid={isFieldInError(error, `targets.${item}`)}
            maxLength={maxLengthOf('programmes.create', 'targets.*.target')}
          />
        ))}
      </div>
    </fieldset>
  );
}
