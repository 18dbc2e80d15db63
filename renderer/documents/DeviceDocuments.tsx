import './documents.css';
import type { DeviceDetail } from '../../shared/contract/devices';
import { isErasureProven } from '../../shared/domain/lifecycle';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { useApiQuery } from '../api/queries';
import { useT } from '../i18n/useT';
import { LabelsPrintButton } from './LabelsPrintButton';
import { IssuedDocumentList } from './IssuedDocumentList';
import { useOpenDocument } from './useOpenDocument';
import { Panel } from '../components/Panel';

/** The device's papers: its erasure certificate (once the erasure is proven), its label, and what was issued before. */
export function DeviceDocuments({ device }: { device: DeviceDetail }) {
  const t = useT();
  const issued = useApiQuery('documents.list', { subjectType: 'device', subjectId: device.id });
  const opener = useOpenDocument(issued.reload);
  const proven = isErasureProven(device.facts);
  const subject = { type: 'device', ids: [device.id] } as const;

  return (
    <Panel
      title={t('documents.title')}
      actions={
        <div className="document-buttons">
          <Button
            onClick={() => void opener.open('erasure-certificate', subject)}
            busy={opener.busy === 'erasure-certificate'}
            disabled={!proven}
            title={proven ? undefined : t('documents.certificateNeedsProof')}
            data-testid="print-certificate"
          >
            {t('documents.certificate')}
          </Button>
          <LabelsPrintButton opener={opener} subject={subject} label={t('documents.label')} testId="print-label" />
        </div>
      }
    >
      <ErrorBanner error={opener.error ?? issued.error} onDismiss={opener.clearError} />
      {!proven ? <p className="muted">{t('documents.certificateNeedsProof')}</p> : null}
      <IssuedDocumentList documents={issued.data ?? []} emptyText={t('documents.none')} />
    </Panel>
  );
}
