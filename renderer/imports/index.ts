/** What other screens may use of the imports: the dashboard's queue notice, an imported erasure's note, the drop-folder settings. */
export { DropFolderSettings } from './DropFolderSettings';
export { ImportedErasureNote } from './ImportedErasureNote';
export { ImportQueueNotice } from './ImportQueueNotice';
