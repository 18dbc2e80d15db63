import type { OperatorRole } from '../../../shared/domain/values';
import { integer, nullable, text, type TableDescription } from '../columns';

/** Operators, their roles, PIN attempts and passwords (0001, 0007, 0008, 0013). */
export const ACCESS_TABLES = {
  operator_passwords: {
    operator_id: integer(),
    hash: text(),
    salt: text(),
    params: text(),
    set_at: text(),
  },
  operator_roles: {
    operator_id: integer(),
    role: text<OperatorRole>(),
  },
  operators: {
    id: integer(),
    name: text(),
    pin_hash: nullable(text()),
    active: integer(),
    created_at: text(),
    job_title: nullable(text()),
  },
  pin_attempts: {
    operator_id: integer(),
    failures: integer(),
    last_failed_at: text(),
    locked_until: nullable(text()),
  },
} as const satisfies Record<string, TableDescription>;
