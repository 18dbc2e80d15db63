import type { contract } from '../../shared/contract';
import type { ParsedOf, ResultOf } from '../../shared/contract/define';
import type { ApiSession } from '../api/dispatch';
import type { Actor } from '../services/unit-of-work';

/** A bulk intake that has passed the gate in the host: its parsed input, and who asks (plain data). */
type RegisterMany = (typeof contract)['devices.registerMany'];

export type IntakeResult = ResultOf<RegisterMany>;

export interface IntakeJob {
  input: ParsedOf<RegisterMany>;
  session: ApiSession;
  actor: Actor;
}
