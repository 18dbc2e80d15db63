import './documents.css';
import { Button } from '../components/Button';
import { useT } from '../i18n/useT';
import { DocumentError } from './DocumentError';
import { LabelsPrintButton } from './LabelsPrintButton';
import { useOpenDocument } from './useOpenDocument';

/** "Certificats du lot" (one PDF, a certificate per device) and "Étiquettes du lot", where a batch is shown. */
export function BatchDocumentButtons({ batchId }: { batchId: number }) {
  const t = useT();
  const opener = useOpenDocument();
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
      <LabelsPrintButton
        opener={opener}
        subject={subject}
        label={t('documents.batchLabels')}
        testId="print-batch-labels"
      />
      <DocumentError opener={opener} maxRefusals={10} />
    </div>
  );
}
