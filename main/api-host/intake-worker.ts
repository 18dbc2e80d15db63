/**
 * The intake worker's entry: a bulk intake (`devices.registerMany`, already through the gate in the host) on a
 * connection of its own, so the host's thread keeps answering while the one write transaction runs.
 */
import { workerData } from 'node:worker_threads';
import { intakeHandlers } from '../api/handlers/intake';
import { openStore } from '../store/store';
import type { IntakeJob, IntakeResult } from './intake-job';
import { serveJobs } from './serve-jobs';

const { databasePath, nativeBinding } = workerData as { databasePath: string; nativeBinding?: string };
const store = openStore(databasePath, nativeBinding ? { nativeBinding } : {});
const registerMany = intakeHandlers['devices.registerMany'];

serveJobs<IntakeJob, IntakeResult>(({ input, session, actor }) => registerMany(input, { store, session, actor }));
