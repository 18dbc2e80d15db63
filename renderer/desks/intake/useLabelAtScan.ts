import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/errors';
import { useToast } from '../../components/Toasts';
import { savedDpi } from '../../documents/LabelFormatSelect';
import { openDocument } from '../../documents/openDocument';
import { useT } from '../../i18n/useT';

/** The stocks a label printer at the intake desk takes one label at a time. */
export const SCAN_LABEL_FORMATS = ['roll-62', 'dymo-54x25'] as const;
export type ScanLabelFormat = (typeof SCAN_LABEL_FORMATS)[number];

const KEY = 'rebond.intake.labelAtScan';

function load(): { enabled: boolean; format: ScanLabelFormat } {
  const saved = localStorage.getItem(KEY) ?? '';
  const [state, format] = saved.split(':');
  return { enabled: state === 'on', format: format === 'dymo-54x25' ? 'dymo-54x25' : 'roll-62' };
}

export interface LabelAtScan {
  enabled: boolean;
  format: ScanLabelFormat;
  toggle: () => void;
  setFormat: (format: ScanLabelFormat) => void;
  /** Issues the label of the device just registered and opens it to print. */
  print: (deviceId: number) => Promise<void>;
  error: ApiError | null;
  clearError: () => void;
}

/**
 * "Print each scanned device's label": remembered per workstation with its stock, switched with Alt+L (read by
 * physical key, like the desk's other shortcuts). The label is issued without the grade (nothing is graded at
 * intake) at the resolution this workstation prints that stock at.
 */
export function useLabelAtScan(): LabelAtScan {
  const t = useT();
  const toast = useToast();
  const [state, setState] = useState(load);
  const [error, setError] = useState<ApiError | null>(null);
  const save = useCallback((next: { enabled: boolean; format: ScanLabelFormat }) => {
    localStorage.setItem(KEY, `${next.enabled ? 'on' : 'off'}:${next.format}`);
    setState(next);
  }, []);
  const toggle = useCallback(() => save({ ...load(), enabled: !load().enabled }), [save]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        !event.altKey ||
        event.ctrlKey ||
        event.metaKey ||
        event.code !== 'KeyL' ||
        document.querySelector('dialog[open]')
      )
        return;
      event.preventDefault();
      toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggle]);

  return {
    ...state,
    toggle,
    setFormat: (format) => save({ ...state, format }),
    error,
    clearError: () => setError(null),
    print: async (deviceId) => {
      setError(null);
      const result = await openDocument(
        'labels',
        { type: 'device', ids: [deviceId] },
        {
          format: state.format,
          labels: { dpi: savedDpi(state.format), grade: false },
          tab: 'rebond-intake-label',
        },
      );
      if (result.ok) toast(t('intake.labelPrinted', { reference: result.value.reference }), 'info');
      else setError(result.error);
    },
  };
}
