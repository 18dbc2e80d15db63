import { DomainError } from '../errors';

export type WriteGateState = 'open' | 'checking' | 'damaged';

/**
 * Whether the store may be written: held while the full check runs after an unclean shutdown (reads go on), shut
 * for good once a check found damage. The unit of work asks it before every write transaction.
 */
export class WriteGate {
  private current: WriteGateState;
  private damage: DomainError | null = null;

  constructor(initial: 'open' | 'checking' = 'open') {
    this.current = initial;
  }

  get state(): WriteGateState {
    return this.current;
  }

  hold(): void {
    if (this.current === 'open') this.current = 'checking';
  }

  pass(): void {
    if (this.current === 'checking') this.current = 'open';
  }

  /** No write is ever accepted again on this connection: the message says which backup to restore. */
  shut(error: DomainError): void {
    this.current = 'damaged';
    this.damage = error;
  }

  assertWritable(): void {
    if (this.current === 'checking') throw new DomainError('database_checking', {});
    if (this.current === 'damaged' && this.damage) throw this.damage;
  }
}
