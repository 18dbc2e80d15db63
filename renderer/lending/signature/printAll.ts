import type { DocumentSummary } from '../../../shared/contract/documents';
import type { DocumentKindName, DocumentSubject } from '../../../shared/domain/documents';
import type { ApiResult } from '../../../shared/errors';
import { client, documentUrl, isDesktop } from '../../api/transport';

/**
 * Issues several documents with one action and opens them to print. The desktop app opens each in the system's
 * viewer. A browser lets one click open one tab only, so the browser edition opens one tab at once (inside the
 * click) and shows the documents in it one below the other, each with the viewer's own print button.
 */
export async function printAll(
  documents: readonly { kind: DocumentKindName; subject: DocumentSubject }[],
  tabTitle: string,
): Promise<ApiResult<DocumentSummary[]>> {
  const tab = isDesktop() ? null : window.open('about:blank', '_blank');
  const issued: DocumentSummary[] = [];
  for (const { kind, subject } of documents) {
    const result = await client.call('documents.generate', {
      kind,
      subject: { type: subject.type, ids: [...subject.ids] },
    });
    if (!result.ok) {
      tab?.close();
      return result;
    }
    issued.push(result.value);
  }
  if (isDesktop()) {
    for (const document of issued) {
      const opened = await client.call('documents.open', { reference: document.reference });
      if (!opened.ok) return opened;
    }
  } else if (tab) {
    const page = tab.document;
    page.title = tabTitle;
    page.body.style.margin = '0';
    for (const document of issued) {
      const frame = page.createElement('iframe');
      frame.src = new URL(documentUrl(document.reference), window.location.href).href;
      frame.title = document.reference;
      frame.style.cssText = 'display:block;width:100%;height:100vh;border:0;border-bottom:4px solid #888';
      page.body.append(frame);
    }
  }
  return { ok: true, value: issued };
}
