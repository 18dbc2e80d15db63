import './documents.css';
import { useState } from 'react';
import { ErrorBanner } from '../components/ErrorBanner';
import { Button } from '../components/Button';
import { useT } from '../i18n/useT';
import { LabelPrintControls, labelRequest, useLabelSettings } from './LabelFormatSelect';
import { useOpenDocument } from './useOpenDocument';

/** "Certificats du lot" (one PDF, a certificate per device) and "Étiquettes du lot", where a batch is shown. */
export function BatchDocumentButtons({ batchId }: { batchId: number }) {
  const t = useT();
  const opener = useOpenDocument();
  const [labelSettings, setLabelSettings] = useLabelSettings();
  const [labelStart, setLabelStart] = useState(1);
  const subject = { type: 'batch', ids: [batchId] } as const;
  return (
    <div className="document-buttons">
      <Button
        onClick={() => void opener.open('erasure-certificate', subject)}
        busy={opener.busy === 'erasure-certificate'}
        data-testid="print-batch-certificates"
      >
        {t('documents.batchCertificates')}
      </Button>
      <LabelPrintControls
        settings={labelSettings}
        onChange={setLabelSettings}
        start={labelStart}
        onStart={setLabelStart}
      />
      <Button
        onClick={() =>
          void opener.open('labels', subject, labelSettings.format, labelRequest(labelSettings, labelStart))
        }
        busy={opener.busy === 'labels'}
        data-testid="print-batch-labels"
      >
        {t('documents.batchLabels')}
      </Button>
      {opener.error ? (
        <div className="document-error">
          <ErrorBanner error={opener.error} onDismiss={opener.clearError} maxRefusals={10} />
        </div>
      ) : null}
    </div>
  );
}
