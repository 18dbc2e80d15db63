import './documents.css';
import { useT } from '../i18n/useT';
import { DocumentError } from './DocumentError';
import { LabelsPrintButton } from './LabelsPrintButton';
import { useOpenDocument } from './useOpenDocument';

/** Labels for the devices ticked in the inventory, in the order they are listed. */
export function SelectionLabelsButton({ deviceIds }: { deviceIds: readonly number[] }) {
  const t = useT();
  const opener = useOpenDocument();
  return (
    <div className="document-buttons selection-labels">
      <LabelsPrintButton
        opener={opener}
        subject={{ type: 'selection', ids: deviceIds }}
        label={t('documents.labels')}
        testId="print-selection-labels"
        size="small"
      />
      <DocumentError opener={opener} />
    </div>
  );
}
