/**
 * The intake worker's entry: a bulk intake (`devices.registerMany`, its caller admitted by the gate in the host) on
 * a connection of its own, so the host's thread keeps answering while the write transaction runs. A text input is
 * parsed and validated here against the contract, so 20 000 devices are never taken apart in the host's thread.
 */
import { workerData } from 'node:worker_threads';
import { parseInputText } from '../api/dispatch';
import { intakeHandlers } from '../api/handlers/intake';
import { openStore } from '../store/store';
import type { IntakeAnswer, IntakeJob } from './intake-job';
import { serveJobs } from './serve-jobs';

const { databasePath, nativeBinding } = workerData as { databasePath: string; nativeBinding?: string };
const store = openStore(databasePath, { secondary: true, ...(nativeBinding ? { nativeBinding } : {}) });
const registerMany = intakeHandlers['devices.registerMany'];

serveJobs<IntakeJob, IntakeAnswer>(async (job) => {
  const { session, actor } = job;
  if ('input' in job) return { ok: true, value: await registerMany(job.input, { store, session, actor }) };
  const parsed = parseInputText('devices.registerMany', job.text, session.lang);
  if ('refused' in parsed) return parsed.refused as IntakeAnswer;
  return { ok: true, value: await registerMany(parsed.data as never, { store, session, actor }) };
});
