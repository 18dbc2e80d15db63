import type { importsContract } from '../../../shared/contract/imports';
import type { HandlersFor } from '../dispatch';
import { verifyErasures } from '../../services/erasure';
import { dismissQueued, dropFolder, queuedFile, reviewQueue, setDropFolder } from '../../services/imports/queue';
import { commitImport, previewImport } from '../../services/imports/run';

const filesOf = (files: readonly { name: string; base64: string }[]) =>
  files.map((file) => ({ name: file.name, bytes: new Uint8Array(Buffer.from(file.base64, 'base64')) }));

export const importsHandlers: HandlersFor<typeof importsContract> = {
  'imports.preview': (input, { store, actor, session }) =>
    previewImport(store, actor, { ...input, files: filesOf(input.files), lang: session.lang }),
  'imports.commit': (input, { store, actor, session }) =>
    commitImport(store, actor, { ...input, files: filesOf(input.files), lang: session.lang }),
  'imports.queue': (_input, { store }) => reviewQueue(store),
  'imports.queueFile': (input, { store }) => queuedFile(store, input.id),
  'imports.dismiss': (input, { store, actor }) => dismissQueued(store, actor, input.id),
  'imports.dropFolder': (_input, { store }) => dropFolder(store),
  'imports.setDropFolder': (input, { store, actor }) => setDropFolder(store, actor, input.folder),
  'imports.erasureViews': (input, { store }) =>
    input.erasureIds.map((erasureId) => store.imports.erasureView(erasureId)).filter((view) => view !== null),
  'erasure.verifyMany': (input, { store, actor }) => verifyErasures(store, actor, input),
};
