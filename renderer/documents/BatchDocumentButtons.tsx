import './documents.css';
import { ErrorBanner } from '../components/ErrorBanner';
import { Button } from '../components/Button';
import { useT } from '../i18n/useT';
import { LabelFormatSelect, useLabelFormat } from './LabelFormatSelect';
import { useOpenDocument } from './useOpenDocument';

/** "Certificats du lot" (one PDF, a certificate per device) and "Étiquettes du lot", where a batch is shown. */
export function BatchDocumentButtons({ batchId }: { batchId: number }) {
  const t = useT();
  const opener = useOpenDocument();
  const [labelFormat, setLabelFormat] = useLabelFormat();
  const subject = { type: 'batch', ids: [batchId] } as const;
  return (
    <div className="document-buttons">
      <Button onClick={() => void opener.open('erasure-certificate', subject)} busy={opener.busy === 'erasure-certificate'} data-testid="print-batch-certificates">
        {t('documents.batchCertificates')}
      </Button>
      <LabelFormatSelect value={labelFormat} onChange={setLabelFormat} />
      <Button onClick={() => void opener.open('labels', subject, labelFormat)} busy={opener.busy === 'labels'} data-testid="print-batch-labels">
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
