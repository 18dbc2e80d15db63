import { useState, type RefObject } from 'react';
import { QUICK_ACCESSORIES } from '../../../shared/domain/accessories';
import type { MessageKey } from '../../../shared/i18n';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { ShortcutLabel } from '../components/ShortcutLabel';
import { maxLengthOf } from '../../forms/limits';

const QUICK: readonly MessageKey[] = QUICK_ACCESSORIES;

/**
 * Accessories go with the items as free text (printed on the agreement as typed): a quick button per usual one,
 * or any other typed then Enter. The same accessory twice (two chargers) shows as one chip with its count.
 */
export function AccessoriesPicker({
  accessories,
  onChange,
  inputRef,
}: {
  accessories: readonly string[];
  onChange: (accessories: string[]) => void;
  inputRef: RefObject<HTMLInputElement | null>;
}) {
  const t = useT();
  const [other, setOther] = useState('');
  const add = (name: string) => {
    const trimmed = name.trim();
    if (trimmed !== '') onChange([...accessories, trimmed]);
  };
  const removeOne = (name: string) => {
    const index = accessories.lastIndexOf(name);
    onChange(accessories.filter((_, position) => position !== index));
  };
  const grouped = [...new Set(accessories)].map((name) => ({
    name,
    count: accessories.filter((a) => a === name).length,
  }));
  return (
    <section
      className="handover-accessories"
      aria-labelledby="handover-accessories-title"
      data-testid="handover-accessories"
    >
      <h3 id="handover-accessories-title">{t('handoverDesk.accessoriesTitle')}</h3>
      <div className="desk-inline">
        {QUICK.map((key) => (
          <Button key={key} size="small" onClick={() => add(t(key))}>
            + {t(key)}
          </Button>
        ))}
      </div>
      <div className="field handover-accessory-field">
        <ShortcutLabel htmlFor="handover-accessory" label={t('handoverDesk.otherAccessory')} shortcut="Alt+A" />
        <input
          id="handover-accessory"
          ref={inputRef}
          className="input"
          value={other}
          autoComplete="off"
          maxLength={maxLengthOf('handovers.create', 'accessories.*')}
          onChange={(event) => setOther(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || event.ctrlKey) return;
            event.preventDefault();
            add(other);
            setOther('');
          }}
        />
      </div>
      {grouped.length > 0 && (
        <ul className="handover-chips">
          {grouped.map(({ name, count }) => (
            <li key={name} className="handover-chip">
              <span>{count > 1 ? t('handoverDesk.kindCount', { kind: name, count }) : name}</span>
              <button
                type="button"
                className="handover-chip-remove"
                onClick={() => removeOne(name)}
                aria-label={t('handoverDesk.removeAccessory', { name })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
