import type { ServerResponse } from 'node:http';
import { DOCUMENT_REFERENCE_PATTERN } from '../../shared/domain/documents';
import { HTTP } from '../../shared/contract/client';
import { decodePercent } from './percent';

export interface DocumentRouteOptions {
  token: string;
  tokensMatch: (expected: string, given: string | undefined) => boolean;
  /** The operator signed in on this API session, if any. */
  operatorOf: (sessionId: string | null) => number | null;
  /** A stored document's bytes as this operator may read them: null when unknown or purged. */
  documentBytes: (reference: string, operatorId: number) => Buffer | null | 'forbidden';
}

/**
 * `GET /documents/<reference>.pdf?token=…&session=…`: the stored PDF, for the browser edition to open in a tab.
 * A tab cannot send the API's headers, so the launch token and the signed-in session travel in the query.
 */
export function serveDocument(url: URL, response: ServerResponse, options: DocumentRouteOptions): void {
  const plain = (status: number, text: string) => {
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    response.end(text);
  };
  if (!options.tokensMatch(options.token, url.searchParams.get('token') ?? undefined)) return plain(401, 'Unauthorised');
  const operatorId = options.operatorOf(url.searchParams.get('session'));
  if (operatorId === null) return plain(403, 'Sign in first');
  const reference = (decodePercent(url.pathname.slice(HTTP.documentsPrefix.length)) ?? '').replace(/\.pdf$/, '');
  if (!DOCUMENT_REFERENCE_PATTERN.test(reference)) return plain(404, 'Not found');
  const bytes = options.documentBytes(reference, operatorId);
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
