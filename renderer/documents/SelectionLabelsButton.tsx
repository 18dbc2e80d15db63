import './documents.css';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { useT } from '../i18n/useT';
import { LabelFormatSelect, useLabelFormat } from './LabelFormatSelect';
import { useOpenDocument } from './useOpenDocument';

/** Labels for the devices ticked in the inventory, in the order they are listed. */
export function SelectionLabelsButton({ deviceIds }: { deviceIds: readonly number[] }) {
  const t = useT();
  const opener = useOpenDocument();
  const [labelFormat, setLabelFormat] = useLabelFormat();
  return (
    <div className="document-buttons selection-labels">
      <LabelFormatSelect value={labelFormat} onChange={setLabelFormat} />
      <Button size="small" onClick={() => void opener.open('labels', { type: 'selection', ids: deviceIds }, labelFormat)} busy={opener.busy === 'labels'} data-testid="print-selection-labels">
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
