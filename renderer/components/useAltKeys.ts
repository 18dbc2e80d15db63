import { useEffect, useRef } from 'react';

/** Alt+letter → what it does (usually: move the focus to a field). Letters are lower case. */
export type AltKeys = Partial<Record<string, () => void>>;

/**
 * A desk's Alt+letter shortcuts. The letter is read from the character typed (`a` on AZERTY and QWERTY alike)
 * or, when the system turns Alt+letter into another character, from the physical key. Off while a dialog is open.
 */
export function useAltKeys(keys: AltKeys): void {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || document.querySelector('dialog[open]')) return;
      const typed = event.key.length === 1 ? event.key.toLowerCase() : '';
      const physical = /^Key([A-Z])$/.exec(event.code)?.[1]?.toLowerCase() ?? '';
      const action = latest.current[typed] ?? latest.current[physical];
      if (action) {
        event.preventDefault();
        action();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** Focuses a field and selects its text, for shortcuts that jump to a field. */
export function focusField(element: HTMLElement | null | undefined): void {
  element?.focus();
  if (element instanceof HTMLInputElement) element.select();
}
