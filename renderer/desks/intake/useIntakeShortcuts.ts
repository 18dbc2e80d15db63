import { useEffect } from 'react';
import type { DeviceKind } from '../../../shared/domain/values';

/** Where each Alt+letter shortcut sends the focus; a getter because some fields are shown only for some kinds. */
export type ShortcutTargets = Partial<
  Record<'KeyS' | 'KeyI' | 'KeyM' | 'KeyO' | 'KeyD', () => HTMLElement | null | undefined>
>;

/**
 * The intake desk's keys, read by physical key so they work on AZERTY and QWERTY alike: Alt+1 … Alt+5 choose
 * the kind, Alt+S the serial, Alt+I the IMEI, Alt+M the make, Alt+O the model, Alt+D the drive.
 */
export function useIntakeShortcuts(
  kinds: readonly DeviceKind[],
  onKind: (kind: DeviceKind) => void,
  targets: ShortcutTargets,
): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || document.querySelector('dialog[open]')) return;
      const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
      if (digit) {
        const kind = kinds[Number(digit[1]) - 1];
        if (kind) {
          event.preventDefault();
          onKind(kind);
        }
        return;
      }
      const target = Object.entries(targets).find(([code]) => code === event.code)?.[1]?.();
      if (target) {
        event.preventDefault();
        target.focus();
        if (target instanceof HTMLInputElement) target.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [kinds, onKind, targets]);
}
