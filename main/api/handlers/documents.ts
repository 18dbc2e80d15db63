import type { documentsContract } from '../../../shared/contract/documents';
import type { RenderDocument } from '../../documents/render-job';
import type { Handlers, HandlersFor } from '../dispatch';
import { generateDocument, generateDocumentAsync, listDocuments, reprintDocument } from '../../services/documents';
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

/** `documents.generate` drawing with `render` (the API host's render worker) instead of in the calling thread. */
export function handlersDrawingWith(render: RenderDocument): Pick<Handlers, 'documents.generate'> {
  return {
    'documents.generate': async ({ kind, subject, lang, format, labels }, { store, actor, session }) =>
      (await generateDocumentAsync(store, actor, { kind, subject, lang: lang ?? session.lang, format, labels }, render))
        .document,
  };
}
