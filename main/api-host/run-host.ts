import type { Lang } from '../../shared/i18n';
import { createRebondApi } from '../api';
import type { Handlers, TextHandler } from '../api/dispatch';
import type { MethodName } from '../../shared/contract';
import { handlersDrawingWith } from '../api/handlers/documents';
import { donorReportDrawingWith } from '../api/handlers/donor-report';
import { programmeReportDrawingWith } from '../api/handlers/programme-report';
import { scheduleDailyBackups } from '../platform/daily-backups';
import { errorReference, logInternalErrors } from '../platform/internal-errors';
import type { Edition } from '../platform/log';
import { dailyFullCheck, startUpHousekeeping } from '../platform/housekeeping';
import { watchConfiguredDropFolder } from '../services/imports/drop-folder';
import { openAppStoreQuickly } from '../platform/open-app-store';
import { startEdition, stopEdition } from '../platform/start-up';
import { documentBytesFor } from '../web/document-bytes';
import { answer, type HostServices } from './answer';
import { apiError } from '../api/localise';
import { DomainError } from '../errors';
import { changeFeed } from '../hub/change-feed';
import { deskFor, pairDesk } from '../services/hub/desks';
import { pushFromStation } from '../services/hub/stations';
import type { FromHost, ToHost } from './protocol';
import { wireTransfer, type DocumentAnswer, type DocumentJob, type DrawnOnWire } from './document-job';
import type { DocumentSteps, GenerateRequest } from '../services/documents';
import type { RenderReport } from '../documents/report-job';
import type { Actor } from '../services/unit-of-work';
import type { IntakeAnswer, IntakeJob } from './intake-job';
import { JobWorker } from './job-worker';
import { oneAtATime } from './one-at-a-time';
import { READ_ONLY_METHODS, WriteTurns } from './write-turns';

/** How the host talks to its transport: a worker's `parentPort`, a utility process's `process.parentPort`. */
export interface HostPort {
  post(message: FromHost): void;
  onMessage(listener: (message: ToHost) => void): void;
  /** Lets the thread or process end, once the store is closed. */
  close(): void;
}

export interface HostOptions {
  dataDir: string;
  edition: Edition;
  lang: Lang;
  /** The SQLite binding this runtime can load (the desktop's copy built for Electron), when not the default one. */
  nativeBinding?: string | undefined;
}

/** What the shell's own entry adds, in the host's thread or process (functions: never sent as a message). */
export interface HostPlatform {
  /** The handlers a shell does its own way, as in `createRebondApi`. */
  handlers?: Partial<Handlers>;
}

/**
 * The API host: opens the data folder with the cheap checks (a verified backup first if a migration is due), then
 * in the background the full check when due, the day's backup and the anonymisation; it owns the store, the log and
 * the daily backups, and answers requests through the one gate. Long work runs in job workers so it never holds up
 * the other calls: documents are loaded, drawn and stored by the render worker on its own connection, a bulk intake
 * is written by the intake worker on its own connection, while the host's writes wait their turn.
 */
export function runApiHost(port: HostPort, options: HostOptions, platform: HostPlatform = {}): void {
  const opened = startEdition(options.dataDir, options.edition, options.lang, (dir) =>
    openAppStoreQuickly(dir, { nativeBinding: options.nativeBinding }),
  );
  if (!opened.ok) {
    port.post({ op: 'refused', message: opened.message });
    port.close();
    return;
  }
  const { store, log } = opened;
  const report = logInternalErrors(log.log);
  const turns = new WriteTurns();
  const workerData = { databasePath: store.db.name, nativeBinding: options.nativeBinding };
  const renderWorker = new JobWorker<DocumentJob, DocumentAnswer>('render-worker', workerData);
  const intakeWorker = new JobWorker<IntakeJob, IntakeAnswer>('intake-worker', workerData);
  // A document is loaded, drawn and stored by the render worker on its own connection, one document after another;
  // it is stored in a turn at writing, as the intake worker writes, so the host's writes never wait for the lock
  // in its thread, and never longer than that storing: no other document is drawn meanwhile.
  const oneByOne = oneAtATime();
  const documentSteps = (actor: Actor, request: GenerateRequest): DocumentSteps<DrawnOnWire> => ({
    draw: async (issuedAt) => {
      const answer = await renderWorker.run({ op: 'draw', actor, request, issuedAt: issuedAt.toISOString() });
      if (answer.op !== 'drawn') throw new Error('the render worker did not answer a drawing with one');
      return answer.drawn;
    },
    store: (drawn) => {
      store.writeGate.assertWritable();
      return turns.exclusive(async () => {
        const answer = await renderWorker.run({ op: 'store', actor, request, drawn }, wireTransfer(drawn));
        if (answer.op !== 'stored') throw new Error('the render worker did not answer a storing with one');
        return answer.document;
      });
    },
  });
  // A report's figures are read in the host; the render worker draws it, in the same queue as the documents, so a
  // long report never holds up the storing of a document issued meanwhile.
  const drawReport: RenderReport = (job) =>
    oneByOne(async () => {
      const answer = await renderWorker.run({ op: 'report', report: job });
      if (answer.op !== 'reported') throw new Error('the render worker did not answer a report with its drawing');
      return Buffer.from(answer.pdf.buffer, answer.pdf.byteOffset, answer.pdf.byteLength);
    });
  const longWork: Partial<Handlers> = {
    ...handlersDrawingWith(documentSteps, oneByOne),
    ...donorReportDrawingWith(drawReport),
    ...programmeReportDrawingWith(drawReport),
    // The worker's connection has no write gate of its own: the host's says whether the file may be written now.
    'devices.registerMany': async (input, { session, actor }) => {
      store.writeGate.assertWritable();
      const answer = await turns.exclusive(() => intakeWorker.run({ input, session, actor }));
      if (!answer.ok) throw new Error(`the intake worker refused an input the gate had accepted: ${answer.error.code}`);
      return answer.value;
    },
  };
  // A bulk intake sent as JSON text (the browser edition) is parsed and validated in the intake worker.
  const longText: Partial<Record<MethodName, TextHandler>> = {
    'devices.registerMany': (text, { session, actor }) => {
      store.writeGate.assertWritable();
      return turns.exclusive(() => intakeWorker.run({ text, session, actor }));
    },
  };
  const api = createRebondApi(store, report, { ...longWork, ...platform.handlers }, longText);
  // After each call, what it (or a job worker meanwhile) committed goes to the transport: the hub's live updates.
  const changes = changeFeed(store);
  const announceChanges = () => {
    const entities = changes();
    if (entities) port.post({ op: 'changed', entities });
  };
  const services: HostServices = {
    api: {
      call: api.call,
      callAsync: async (method, input, session) => {
        if (!READ_ONLY_METHODS.has(method)) await turns.idle();
        const result = await api.callAsync(method, input, session);
        if (!READ_ONLY_METHODS.has(method)) announceChanges();
        return result;
      },
      callText: async (method, text, session) => {
        if (!READ_ONLY_METHODS.has(method)) await turns.idle();
        return api.callText(method, text, session);
      },
    },
    documentBytes: (reference, operatorId) => documentBytesFor(store, reference, operatorId),
    desk: (credentialSha256, pair) => {
      if (!pair) return deskFor(store, credentialSha256);
      const desk = pairDesk(store, pair.name, credentialSha256);
      announceChanges();
      return desk.id;
    },
    stationPush: (token, name, bytes, lang) => {
      try {
        const value = pushFromStation(store, token, { name, bytes });
        announceChanges();
        return { ok: true, value };
      } catch (error) {
        if (error instanceof DomainError)
          return { ok: false, error: apiError(lang, error.code, error.params, error.field) };
        throw error;
      }
    },
    report,
  };
  const warn = (line: string) => log.log.warn({ event: 'housekeeping' }, line);
  // The hourly check and backup wait, like the host's own writes, for a bulk intake to finish.
  const dailyCheck = dailyFullCheck(store, { log: warn });
  const stopDailyBackups = scheduleDailyBackups(store, warn, undefined, async () => {
    await turns.idle();
    return dailyCheck();
  });
  let housekeeping: Promise<void> = Promise.resolve();
  // Files a wiping station drops there go to the import review queue, never straight into the records.
  const dropFolder = watchConfiguredDropFolder(store, (line) => log.log.warn({ event: 'drop_folder' }, line));
  let stopping = false;
  port.onMessage((message) => {
    if (stopping) return;
    if (message.op === 'log') {
      log.log[message.level](message.fields, message.message);
    } else if (message.op === 'stop') {
      stopping = true;
      stopDailyBackups();
      dropFolder?.close();
      // A full check or backup still running finishes first: closing under it would leave no clean marker.
      void Promise.all([renderWorker.close(), turns.idle().then(() => intakeWorker.close()), housekeeping]).finally(
        () => {
          stopEdition(store, log);
          port.close();
        },
      );
    } else {
      void answer(message, services).then((reply) => {
        try {
          port.post(reply);
        } catch (error) {
          // A value that cannot cross (a function, say) must still get an answer, or its caller would wait forever.
          const ref = errorReference();
          report(ref, 'reply', error);
          port.post({ id: reply.id, op: 'failed', ref });
        }
      });
    }
  });
  port.post({ op: 'ready', logFile: log.file });
  housekeeping = startUpHousekeeping(store, { log: warn });
}
