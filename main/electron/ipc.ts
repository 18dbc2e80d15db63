/**
 * One `ipcMain.handle` per contract method. Every call is checked for its sender (the main frame of one of our
 * windows, showing app://rebond/) before its input goes to the API host (a utility process, ./api-process.ts), whose
 * gate validates it with the method's schema.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Api, ApiSession } from '../api';
import { apiError } from '../api/localise';
import { ipcChannel } from '../../shared/contract/client';
import type { MethodName } from '../../shared/contract';
import type { ApiResult } from '../../shared/errors';
import { DEFAULT_LANG } from '../../shared/i18n';
import { BRIDGE_METHODS } from './bridge-methods';
import { isTrustedSender } from './policy/sender';

/** One API session per window, keyed by its web contents' id; windows add and remove themselves. */
export type WindowSessions = Map<number, ApiSession>;

/**
 * A method the shell answers itself, after the same sender check, because it needs this process (a « Save as »
 * window): it gets the caller's session and the window's web contents, and goes to the API for what it reads.
 */
export type ShellMethod = (
  input: unknown,
  session: ApiSession,
  sender: IpcMainInvokeEvent['sender'],
) => Promise<ApiResult<unknown>>;

function senderSession(event: IpcMainInvokeEvent, sessions: WindowSessions): ApiSession | null {
  const session = sessions.get(event.sender.id);
  const frame = event.senderFrame;
  if (!session || !frame || frame.isDestroyed()) return null;
  const main = event.sender.mainFrame;
  const isMainFrame =
    frame.parent === null && frame.processId === main.processId && frame.frameToken === main.frameToken;
  return isTrustedSender(frame.url, isMainFrame) ? session : null;
}

export function registerIpc(
  api: Pick<Api, 'callAsync'>,
  sessions: WindowSessions,
  answeredHere: Partial<Record<MethodName, ShellMethod>> = {},
  log: (line: string) => void = console.error,
): void {
  for (const method of BRIDGE_METHODS) {
    ipcMain.handle(ipcChannel(method), async (event, input: unknown): Promise<ApiResult<unknown>> => {
      const session = senderSession(event, sessions);
      if (!session) {
        log(`Rebond: refused ${method} from ${event.senderFrame?.url ?? 'a closed frame'}`);
        return { ok: false, error: apiError(sessions.get(event.sender.id)?.lang ?? DEFAULT_LANG, 'unauthorised') };
      }
      const here = answeredHere[method];
      return here ? here(input, session, event.sender) : api.callAsync(method, input, session);
    });
  }
}
