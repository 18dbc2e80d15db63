import { integer, text, type TableDescription } from '../columns';

/** Numbering sequences and settings (0001). */
export const SYSTEM_TABLES = {
  sequences: {
    name: text(),
    next: integer(),
  },
  settings: {
    key: text(),
    value: text(),
  },
} as const satisfies Record<string, TableDescription>;
