import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n/useT';
import type { SelectOption } from './Field';

export interface MultiSelectProps<V extends string> {
  label: string;
  options: readonly SelectOption<V>[];
  selected: readonly V[];
  onChange: (selected: V[]) => void;
  /** How many chosen labels to spell out on the button before showing a count. */
  spellOut?: number;
}

/**
 * A filter that takes several values: a button showing what is chosen, opening a list of checkboxes.
 * Enter or Space opens it, Tab moves through the boxes, Esc closes it and returns to the button.
 */
export function MultiSelect<V extends string>({
  label,
  options,
  selected,
  onChange,
  spellOut = 2,
}: MultiSelectProps<V>) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return undefined;
    const onPointer = (event: PointerEvent) => {
      if (root.current && event.target instanceof Node && !root.current.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    root.current?.querySelector<HTMLInputElement>('input')?.focus();
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const chosenLabels = options.filter((option) => selected.includes(option.value)).map((option) => option.label);
  const summary =
    chosenLabels.length === 0
      ? t('ui.all')
      : chosenLabels.length <= spellOut
        ? chosenLabels.join(', ')
        : t('ui.chosenCount', { count: chosenLabels.length });

  const toggle = (value: V, checked: boolean) => {
    const next = checked ? [...selected, value] : selected.filter((item) => item !== value);
    onChange(options.map((option) => option.value).filter((item) => next.includes(item)));
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Esc and focus leaving close the list; the controls inside are the interactive ones.
    <div
      className={`multiselect${open ? ' is-open' : ''}${selected.length > 0 ? ' is-active' : ''}`}
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
      onBlur={(event) => {
        if (
          open &&
          root.current &&
          !(event.relatedTarget instanceof Node && root.current.contains(event.relatedTarget))
        )
          setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="multiselect-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="multiselect-label">{label}</span>
        <span className="multiselect-summary">{summary}</span>
        <span className="multiselect-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open ? (
        <fieldset id={panelId} className="multiselect-panel">
          <legend className="visually-hidden">{label}</legend>
          {options.map((option) => (
            <label key={option.value} className="checkbox">
              <input
                type="checkbox"
                value={option.value}
                checked={selected.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              <span>{option.label}</span>
            </label>
          ))}
          {selected.length > 0 ? (
            <button type="button" className="link-button" onClick={() => onChange([])}>
              {t('ui.clear')}
            </button>
          ) : null}
        </fieldset>
      ) : null}
    </div>
  );
}
