import '../../documents/documents.css';
import { useApiQuery } from '../../api/queries';
import { ErrorBanner } from '../../components/ErrorBanner';
import { IssuedDocumentList } from '../../documents/IssuedDocumentList';
import { useT } from '../../i18n/useT';
import { Panel } from '../../components/Panel';

/** The documents issued for the handover, each reprinted as first issued (same bytes, same reference). */
export function HandoverDocumentsList({ handoverId }: { handoverId: number }) {
  const t = useT();
  const issued = useApiQuery('documents.list', { subjectType: 'handover', subjectId: handoverId });
  return (
    <Panel title={t('handoverPage.documents')} testId="handover-documents">
      <ErrorBanner error={issued.error} />
      <IssuedDocumentList documents={issued.data ?? []} emptyText={t('handoverPage.noDocuments')} />
    </Panel>
  );
}
