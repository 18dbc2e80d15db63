import '../../documents/documents.css';
import { useApiQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../components/format';
import { reopenDocument } from '../../documents/openDocument';
import { SaveDocumentButton } from '../../documents/SaveDocumentButton';
import { useT } from '../../i18n/useT';
import { Panel } from '../../components/Panel';

/** The documents issued for the handover, each reprinted as first issued (same bytes, same reference). */
export function HandoverDocumentsList({ handoverId }: { handoverId: number }) {
  const t = useT();
  const format = useFormat();
  const issued = useApiQuery('documents.list', { subjectType: 'handover', subjectId: handoverId });
  const documents = issued.data ?? [];
  return (
    <Panel title={t('handoverPage.documents')} testId="handover-documents">
      <ErrorBanner error={issued.error} />
      {documents.length === 0 ? (
        <p className="muted">{t('handoverPage.noDocuments')}</p>
      ) : (
        <ul className="document-list">
          {documents.map((document) => (
            <li key={document.id} data-document={document.kind}>
              <span className="mono">{document.reference}</span>
              <span>{t(`documentKind.${document.kind}`)}</span>
              <span className="muted">
                {format.dateTime(document.createdAt)} · {document.operator?.name ?? t('ui.empty')}
              </span>
              <Button
                size="small"
                variant="ghost"
                disabled={document.purged}
                onClick={() => void reopenDocument(document.reference)}
              >
                {t('documents.reprint')}
              </Button>
              <SaveDocumentButton reference={document.reference} disabled={document.purged} />
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
