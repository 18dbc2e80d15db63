import { FACTORY_RESET_CHECKLIST, type FactoryResetCheck } from '../../../shared/domain/values';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Field';
import { useT } from '../../i18n/useT';
import { useAltKeys } from '../../components/useAltKeys';

/**
 * Accounts, activation lock, MDM, cards: each box must be ticked before a reset counts as a success. A technician
 * who has gone through the device ticks them all in one action (the button, or Alt+T).
 */
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
  const tickAll = () => onChange(new Set(FACTORY_RESET_CHECKLIST));
  useAltKeys({ t: tickAll });
  return (
    <fieldset
      className={`desk-choices desk-checklist-box${invalid ? ' is-invalid' : ''}`}
      data-testid="erasure-checklist"
    >
      <legend>{t('erasureDesk.checklist', { done: checked.size, total: FACTORY_RESET_CHECKLIST.length })}</legend>
      <div className="desk-checklist">
        {FACTORY_RESET_CHECKLIST.map((check) => (
          <Checkbox
            key={check}
            label={t(`check.${check}`)}
            checked={checked.has(check)}
            onChange={(on) => set(check, on)}
            data-check={check}
          />
        ))}
      </div>
      <div>
        <Button
          size="small"
          shortcut="Alt+T"
          onClick={tickAll}
          disabled={checked.size === FACTORY_RESET_CHECKLIST.length}
          data-testid="erasure-checklist-all"
        >
          {t('erasureDesk.checklistAll')}
        </Button>
      </div>
    </fieldset>
  );
}
