import type { ApiResult } from '../../shared/errors';
import type { Api, ApiSession } from '../api/dispatch';
import { errorReference, type InternalErrorReport } from '../platform/internal-errors';
import type { DocumentBytes, HostReply, HostRequest } from './protocol';

export interface HostServices {
  api: Api;
  documentBytes: (reference: string, operatorId: number) => DocumentBytes;
  /** The hub's desks: the live one of a credential, paired first when asked. */
  desk: (credentialSha256: string, pair?: { name: string }) => number | null;
  /** A wiping station's push: the translated envelope. */
  stationPush: (
    token: string,
    name: string,
    bytes: Uint8Array,
    lang: ApiSession['lang'],
  ) => ApiResult<{ station: string; queued: boolean }>;
  report: InternalErrorReport;
}

/** The host's side: answers one request through the one gate (`Api.callAsync`), with the session as it left it. */
export async function answer(request: HostRequest, services: HostServices): Promise<HostReply> {
  try {
    if (request.op === 'documentBytes') {
      return {
        id: request.id,
        op: 'documentBytes',
        bytes: services.documentBytes(request.reference, request.operatorId),
      };
    }
    if (request.op === 'desk')
      return { id: request.id, op: 'desk', deskId: services.desk(request.credentialSha256, request.pair) };
    if (request.op === 'station') {
      return {
        id: request.id,
        op: 'station',
        result: services.stationPush(request.token, request.name, request.bytes, request.lang),
      };
    }
    const session = { ...request.session };
    const result =
      request.op === 'callText'
        ? await services.api.callText(request.method, request.text, session)
        : await services.api.callAsync(request.method, request.input, session);
    return { id: request.id, op: 'call', result, session };
  } catch (error) {
    const ref = errorReference();
    services.report(ref, request.op === 'call' || request.op === 'callText' ? request.method : request.op, error);
    return { id: request.id, op: 'failed', ref };
  }
}
