import { useEffect, type RefObject } from 'react';

/** Where a keystroke is already meant for something: fields that take text, radio keys, an open dialog. */
function keystrokeHasAHome(target: EventTarget | null): boolean {
  if (document.querySelector('dialog[open]')) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return target.type !== 'checkbox';
  return target instanceof HTMLElement && target.isContentEditable;
}

/**
 * Keeps a desk's scan field within one key's reach. A scanner fires its code at whatever has the focus: when
 * that is a button, a link, a checkbox or nothing, the first character moves the focus to the scan field, so the
 * code lands there instead of being lost. And Esc, when nothing else used it, goes back to the scan field.
 */
export function useCaptureTyping(scanField: RefObject<HTMLInputElement | null>, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyCapture = (event: KeyboardEvent) => {
      if (event.key.length !== 1 || event.ctrlKey || event.altKey || event.metaKey) return;
      if (event.key === ' ' || keystrokeHasAHome(event.target)) return;
      scanField.current?.focus();
    };
    const onEscape = (event: KeyboardEvent) => {
      const field = scanField.current;
      if (event.key !== 'Escape' || event.defaultPrevented || !field || document.activeElement === field) return;
      if (document.querySelector('dialog[open]')) return;
      field.focus();
      field.select();
    };
    window.addEventListener('keydown', onKeyCapture, true);
    window.addEventListener('keydown', onEscape);
    return () => {
      window.removeEventListener('keydown', onKeyCapture, true);
      window.removeEventListener('keydown', onEscape);
    };
  }, [scanField, enabled]);
}
