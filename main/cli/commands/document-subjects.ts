import type { DocumentSubject, DocumentSubjectType } from '../../../shared/domain/documents';
import { MAX_DOCUMENT_SUBJECTS } from '../../../shared/domain/documents';
import type { DocumentKind } from '../../documents/kind';
import type { Store } from '../../store/store';
import { UsageError, type CliContext } from '../context';

export const SUBJECT_OPTIONS = [
  'device',
  'batch',
  'handover',
  'return',
] as const satisfies readonly DocumentSubjectType[];
export type SubjectOption = (typeof SUBJECT_OPTIONS)[number];

/** What each repeated option or comma-separated list names, trimmed, empty items dropped. */
export function typedSubjects(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

/** One subject to issue a document for, with what the user typed to name it. */
export interface PlannedDocument {
  subject: DocumentSubject;
  typed: string;
}

/**
 * The documents one command line asks for. Several devices for a kind that covers a selection (labels,
 * certificates) make one document; any other list makes one document per subject. Every name is looked up before
 * anything is issued: an unknown one stops the command with nothing written.
 */
export function planDocuments(
  context: CliContext,
  store: Store,
  kind: DocumentKind,
  type: SubjectOption,
  typed: readonly string[],
): PlannedDocument[] {
  const found = new Map<number, string>();
  for (const value of typed) {
    const id = store.listings.find(type, value);
    if (id === null) throw new UsageError(context.t('cli.documentSubjectUnknown', { option: type, value }), false);
    if (!found.has(id)) found.set(id, value);
  }
  // The same subject named twice is one document.
  const ids = [...found.keys()];
  const names = [...found.values()];
  if (type === 'device' && ids.length > 1 && kind.subjectTypes.includes('selection')) {
    if (ids.length > MAX_DOCUMENT_SUBJECTS) {
      throw new UsageError(
        context.t('cli.documentTooManyDevices', { count: ids.length, max: MAX_DOCUMENT_SUBJECTS }),
        false,
      );
    }
    return [{ subject: { type: 'selection', ids }, typed: names.join(', ') }];
  }
  return ids.map((id, index) => ({ subject: { type, ids: [id] }, typed: names[index] ?? '' }));
}
