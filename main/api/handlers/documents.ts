import type { documentsContract } from '../../../shared/contract/documents';
import type { Handlers, HandlersFor } from '../dispatch';
import {
  generateDocument,
  issueDocument,
  listDocuments,
  reprintDocument,
  type DocumentSteps,
  type GenerateRequest,
} from '../../services/documents';
import type { Actor } from '../../services/unit-of-work';
import { readOrganisation, updateOrganisation } from '../../services/organisation';
import { DomainError } from '../../errors';

export const documentsHandlers: HandlersFor<typeof documentsContract> = {
  'documents.generate': ({ kind, subject, lang, format, labels }, { store, actor, session }) =>
    generateDocument(store, actor, { kind, subject, lang: lang ?? session.lang, format, labels }).document,
  'documents.list': ({ subjectType, subjectId }, { store }) => listDocuments(store, subjectType, subjectId),
  'documents.reprint': ({ reference }, { store, actor }) => {
    const { document, pdf } = reprintDocument(store, reference, actor);
    return { document, pdfBase64: pdf.toString('base64') };
  },
  // Only the desktop shell can open a file in the system's viewer: it replaces this handler (main/electron).
  'documents.open': ({ reference }, { store, actor }) => {
    reprintDocument(store, reference, actor);
    return { opened: false };
  },
  // The desktop shell answers it before it reaches the API (main/electron/save-document.ts); a browser downloads.
  'documents.save': () => {
    throw new DomainError('save_as_desktop_only', {});
  },
  'organisation.get': (_input, { store }) => readOrganisation(store),
  'organisation.update': (input, { store, actor }) => updateOrganisation(store, actor, input),
};

/** Where a document's steps run for an actor and a request (the API host's render worker). */
export type DocumentStepsFor<Drawn> = (actor: Actor, request: GenerateRequest) => DocumentSteps<Drawn>;

/**
 * `documents.generate` with its steps run by `stepsFor` (the render worker) instead of in the calling thread, each
 * document's issuing queued by `inTurn` (one after another: a storing never waits behind another drawing).
 */
export function handlersDrawingWith<Drawn>(
  stepsFor: DocumentStepsFor<Drawn>,
  inTurn: <T>(work: () => Promise<T>) => Promise<T>,
): Pick<Handlers, 'documents.generate'> {
  return {
    'documents.generate': ({ kind, subject, lang, format, labels }, { store, actor, session }) =>
      inTurn(() =>
        issueDocument(stepsFor(actor, { kind, subject, lang: lang ?? session.lang, format, labels }), store.clock),
      ),
  };
}
