/**
 * How a table is described once (`tables.ts`): each column's SQLite type, whether it may be NULL, and the
 * TypeScript type its values have. The description exists at run time too, so a test can compare it with the
 * schema the migrations really create (`PRAGMA table_info`).
 */
export type SqlType = 'INTEGER' | 'TEXT' | 'REAL' | 'BLOB';

export interface ColumnDescription<Value> {
  readonly sql: SqlType;
  readonly nullable: boolean;
  /** Never set: carries the column's TypeScript type. */
  readonly value?: Value;
}

function column<Value>(sql: SqlType): ColumnDescription<Value> {
  return { sql, nullable: false };
}

/** A whole number; a flag stored as 0 or 1 is an integer too. */
export const integer = <Value extends number = number>(): ColumnDescription<Value> => column<Value>('INTEGER');
/** Text; a vocabulary column may name its values (`text<DeviceState>()`). */
export const text = <Value extends string = string>(): ColumnDescription<Value> => column<Value>('TEXT');
export const real = (): ColumnDescription<number> => column<number>('REAL');
export const blob = (): ColumnDescription<Buffer> => column<Buffer>('BLOB');

/** A column without NOT NULL. */
export function nullable<Value>(of: ColumnDescription<Value>): ColumnDescription<Value | null> {
  return { sql: of.sql, nullable: true };
}

export type TableDescription = Readonly<Record<string, ColumnDescription<unknown>>>;

/** The row a table description describes, its columns named as in SQL. */
export type RowOf<Description extends TableDescription> = {
  [Name in keyof Description]: Description[Name] extends ColumnDescription<infer Value> ? Value : never;
};
