import type { ServerResponse } from 'node:http';
import { DOCUMENT_REFERENCE_PATTERN } from '../../shared/domain/documents';
import { HTTP } from '../../shared/contract/client';
import { decodePercent } from './percent';

type DocumentBytes = Buffer | null | 'forbidden';

export interface DocumentRouteOptions {
  /** The operator signed in on the browser session whose cookie came with the request: null when signed out. */
  operatorId: number | null;
  /** A stored document's bytes as this operator may read them: null when unknown or purged. */
  documentBytes: (reference: string, operatorId: number) => DocumentBytes | Promise<DocumentBytes>;
}

/**
 * `GET /documents/<reference>.pdf`: the stored PDF, for the browser edition to open in a tab. The tab is
 * authenticated by the session cookie (checked by the server before this), so its URL holds nothing secret.
 */
export async function serveDocument(url: URL, response: ServerResponse, options: DocumentRouteOptions): Promise<void> {
  const plain = (status: number, text: string) => {
    response.writeHead(status, {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    response.end(text);
  };
  const operatorId = options.operatorId;
  if (operatorId === null) return plain(403, 'Sign in first');
  const reference = (decodePercent(url.pathname.slice(HTTP.documentsPrefix.length)) ?? '').replace(/\.pdf$/, '');
  if (!DOCUMENT_REFERENCE_PATTERN.test(reference)) return plain(404, 'Not found');
  const bytes = await options.documentBytes(reference, operatorId);
  if (bytes === 'forbidden') return plain(403, 'Not for your role');
  if (!bytes) return plain(404, 'Not found');
  response.writeHead(200, {
    'content-type': 'application/pdf',
    'content-length': String(bytes.length),
    'content-disposition': `inline; filename="${reference}.pdf"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  response.end(bytes);
}
