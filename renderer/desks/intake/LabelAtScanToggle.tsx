import { ErrorBanner } from '../../components/ErrorBanner';
import { LabelFormatSelect } from '../../documents/LabelFormatSelect';
import { useT } from '../../i18n/useT';
import { SCAN_LABEL_FORMATS, type LabelAtScan } from './useLabelAtScan';

/** The switch that prints each device's label as it is scanned, with the roll or Dymo stock it prints on. */
export function LabelAtScanToggle({ labels, backToScan }: { labels: LabelAtScan; backToScan: () => void }) {
  const t = useT();
  return (
    <div className="desk-label-at-scan" data-testid="intake-label-at-scan">
      <label className="inline-select label-grade">
        <input
          type="checkbox"
          checked={labels.enabled}
          onChange={() => {
            labels.toggle();
            backToScan();
          }}
          aria-describedby="intake-label-at-scan-hint"
          data-testid="intake-print-labels"
        />
        <span className="inline-select-label">{t('intake.printLabels')}</span>
        <kbd className="desk-kbd">Alt+L</kbd>
      </label>
      {labels.enabled ? (
        <LabelFormatSelect
          value={labels.format}
          formats={SCAN_LABEL_FORMATS}
          onChange={(format) => {
            if (format === 'roll-62' || format === 'dymo-54x25') labels.setFormat(format);
            backToScan();
          }}
        />
      ) : null}
      <span id="intake-label-at-scan-hint" className="desk-hint">
        {t('intake.printLabelsHint')}
      </span>
      {labels.error ? <ErrorBanner error={labels.error} onDismiss={labels.clearError} /> : null}
    </div>
  );
}
