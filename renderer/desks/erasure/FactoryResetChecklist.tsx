import { FACTORY_RESET_CHECKLIST, type FactoryResetCheck } from '../../../shared/domain/values';
import { Checkbox } from '../../components/Field';
import { useT } from '../../i18n/useT';

/** Accounts, activation lock, MDM, cards: each box must be ticked before a reset counts as a success. */
export function FactoryResetChecklist({
  checked,
  onChange,
  invalid,
}: {
  checked: ReadonlySet<FactoryResetCheck>;
  onChange: (checked: Set<FactoryResetCheck>) => void;
  invalid: boolean;
}) {
  const t = useT();
  const set = (check: FactoryResetCheck, on: boolean) => {
    const next = new Set(checked);
    if (on) next.add(check);
    else next.delete(check);
    onChange(next);
  };
  return (
    <fieldset className={`desk-choices desk-checklist-box${invalid ? ' is-invalid' : ''}`} data-testid="erasure-checklist">
      <legend>{t('erasureDesk.checklist', { done: checked.size, total: FACTORY_RESET_CHECKLIST.length })}</legend>
      <div className="desk-checklist">
        {FACTORY_RESET_CHECKLIST.map((check) => (
          <Checkbox key={check} label={t(`check.${check}`)} checked={checked.has(check)} onChange={(on) => set(check, on)} data-check={check} />
        ))}
      </div>
    </fieldset>
  );
}
