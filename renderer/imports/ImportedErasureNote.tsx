import type { ErasureImportView } from '../../shared/contract/imports';
import { useFormat } from '../components/format';
import { useT } from '../i18n/useT';

/** Under an erasure at the desk: the file and tool it was imported from, what the tool measured, a failing drive. */
export function ImportedErasureNote({ view }: { view: ErasureImportView | undefined }) {
  const t = useT();
  const format = useFormat();
  if (!view) return null;
  const parts: string[] = [];
  if (view.fileName !== null) {
    parts.push(
      t('imports.ui.importedFrom', {
        file: view.fileName,
        tool: [view.tool, view.toolVersion].filter(Boolean).join(' '),
      }),
    );
    if (view.toolStatus) parts.push(`${view.method ?? ''}: ${t(`imports.status.${view.toolStatus}`)}`);
    if (view.bytesErased !== null && view.bytesTotal !== null) {
      parts.push(
        t('imports.ui.bytes', { erased: format.number(view.bytesErased), total: format.number(view.bytesTotal) }),
      );
    }
    if (view.roundsDone !== null && view.roundsAsked !== null)
      parts.push(t('imports.ui.rounds', { done: view.roundsDone, asked: view.roundsAsked }));
    if (view.hiddenAreas) parts.push(t(`imports.hiddenAreas.${view.hiddenAreas}`));
    if (view.hasEvidence) parts.push(t('imports.ui.evidenceKept'));
  }
  return (
    <>
      {parts.length > 0 ? (
        <span className="desk-muted" data-testid="imported-erasure">
          {parts.join(' · ')}
        </span>
      ) : null}
      {view.driveHealthFailed ? (
        <strong className="desk-health-flag" data-testid="drive-health-flag">
          {' '}
          {t('imports.healthFlag')}
        </strong>
      ) : null}
    </>
  );
}
