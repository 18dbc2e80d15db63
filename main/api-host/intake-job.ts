import type { contract } from '../../shared/contract';
import type { ParsedOf, ResultOf } from '../../shared/contract/define';
import type { ApiResult } from '../../shared/errors';
import type { ApiSession } from '../api/dispatch';
import type { Actor } from '../services/unit-of-work';

/** A bulk intake whose caller the host admitted (signed in, with the role), and who asks (plain data). */
type RegisterMany = (typeof contract)['devices.registerMany'];

export type IntakeResult = ResultOf<RegisterMany>;

/**
 * The input already parsed by the gate in the host (a transport that sends objects, Electron's IPC), or still in
 * its JSON text (the browser edition), which the worker parses and validates with the gate's own `parseInputText`.
 */
export type IntakeJob = { session: ApiSession; actor: Actor } & ({ input: ParsedOf<RegisterMany> } | { text: string });

/** The intake's result, or the gate's refusal of a text input (a refusal of the intake itself crosses as its code). */
export type IntakeAnswer = ApiResult<IntakeResult>;
