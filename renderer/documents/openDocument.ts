import type { DocumentFormat, DocumentKindName, DocumentSubject } from '../../shared/domain/documents';
import type { LabelPrintOptions } from '../../shared/domain/labels';
import type { ApiResult } from '../../shared/errors';
import type { DocumentSummary } from '../../shared/contract/documents';
import { client, documentUrl, isDesktop } from '../api/transport';

/**
 * Issues a document and opens it to print: in the desktop app, in the system's PDF viewer; in the browser edition,
 * in a new tab. The tab is opened at once (still inside the click, so no pop-up blocker stops it), then sent to the
 * PDF when it is ready, or closed if the document was refused.
 */
export async function openDocument(
  kind: DocumentKindName,
  subject: DocumentSubject,
  options: { format?: DocumentFormat; lang?: 'fr' | 'en'; labels?: LabelPrintOptions; tab?: string } = {},
): Promise<ApiResult<DocumentSummary>> {
  const { tab: tabName, ...request } = options;
  // A named tab is reused: the intake desk prints one label per scan into the same tab, not one tab each.
  const tab = isDesktop() ? null : window.open('about:blank', tabName ?? '_blank');
  const result = await client.call('documents.generate', {
    kind,
    subject: { type: subject.type, ids: [...subject.ids] },
    ...request,
  });
  if (!result.ok) {
    tab?.close();
    return result;
  }
  if (isDesktop()) {
    const opened = await client.call('documents.open', { reference: result.value.reference });
    if (!opened.ok) return opened;
  } else if (tab) {
    tab.location.href = documentUrl(result.value.reference);
  } else {
    window.location.assign(documentUrl(result.value.reference));
  }
  return result;
}

/** Opens an issued document again, by its reference. */
export async function reopenDocument(reference: string): Promise<ApiResult<{ opened: boolean }>> {
  if (isDesktop()) return client.call('documents.open', { reference });
  window.open(documentUrl(reference), '_blank');
  return { ok: true, value: { opened: true } };
}
