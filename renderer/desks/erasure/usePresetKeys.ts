import { useEffect } from 'react';
import type { PresetId } from './presets';

/** Alt+1 … Alt+n pick the n-th preset offered, by physical key (AZERTY and QWERTY alike). */
export function usePresetKeys(choices: readonly PresetId[], onPick: (preset: PresetId) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || document.querySelector('dialog[open]')) return;
      const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
      const preset = digit ? choices[Number(digit[1]) - 1] : undefined;
      if (preset) {
        event.preventDefault();
        onPick(preset);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
}
