import './documents.css';
import type { DocumentSummary } from '../../shared/contract/documents';
import { Button } from '../components/Button';
import { useFormat } from '../components/format';
import { useT } from '../i18n/useT';
import { reopenDocument } from './openDocument';
import { SaveDocumentButton } from './SaveDocumentButton';

/**
 * The documents issued for one subject, newest first as main lists them: reference, kind, when and by whom, each
 * reprinted as first issued (same bytes, same reference) or saved, unless its file was purged.
 */
export function IssuedDocumentList({
  documents,
  emptyText,
}: {
  documents: readonly DocumentSummary[];
  emptyText: string;
}) {
  const t = useT();
  const format = useFormat();
  if (documents.length === 0) return <p className="muted">{emptyText}</p>;
  return (
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
  );
}
