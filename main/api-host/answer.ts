import type { Api } from '../api/dispatch';
import { errorReference, type InternalErrorReport } from '../platform/internal-errors';
import type { DocumentBytes, HostReply, HostRequest } from './protocol';

export interface HostServices {
  api: Api;
  documentBytes: (reference: string, operatorId: number) => DocumentBytes;
  report: InternalErrorReport;
}

/** The host's side: answers one request through the one gate (`Api.callAsync`), with the session as it left it. */
export async function answer(request: HostRequest, services: HostServices): Promise<HostReply> {
  try {
    if (request.op === 'documentBytes') {
      return { id: request.id, op: 'documentBytes', bytes: services.documentBytes(request.reference, request.operatorId) };
    }
    const session = { ...request.session };
    const result =
      request.op === 'callText'
        ? await services.api.callText(request.method, request.text, session)
        : await services.api.callAsync(request.method, request.input, session);
    return { id: request.id, op: 'call', result, session };
  } catch (error) {
    const ref = errorReference();
    services.report(ref, request.op === 'documentBytes' ? request.op : request.method, error);
    return { id: request.id, op: 'failed', ref };
  }
}
