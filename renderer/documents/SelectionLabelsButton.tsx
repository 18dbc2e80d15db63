import './documents.css';
import { useState } from 'react';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { useT } from '../i18n/useT';
import { LabelPrintControls, labelRequest, useLabelSettings } from './LabelFormatSelect';
import { useOpenDocument } from './useOpenDocument';

/** Labels for the devices ticked in the inventory, in the order they are listed. */
export function SelectionLabelsButton({ deviceIds }: { deviceIds: readonly number[] }) {
  const t = useT();
  const opener = useOpenDocument();
  const [labelSettings, setLabelSettings] = useLabelSettings();
  const [labelStart, setLabelStart] = useState(1);
  return (
    <div className="document-buttons selection-labels">
      <LabelPrintControls
        settings={labelSettings}
        onChange={setLabelSettings}
        start={labelStart}
        onStart={setLabelStart}
      />
      <Button
        size="small"
        onClick={() =>
          void opener.open(
            'labels',
            { type: 'selection', ids: deviceIds },
            labelSettings.format,
            labelRequest(labelSettings, labelStart),
          )
        }
        busy={opener.busy === 'labels'}
        data-testid="print-selection-labels"
      >
        {t('documents.labels')}
      </Button>
      {opener.error ? (
        <div className="document-error">
          <ErrorBanner error={opener.error} onDismiss={opener.clearError} />
        </div>
      ) : null}
    </div>
  );
}
