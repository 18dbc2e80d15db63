import type { Statement } from 'better-sqlite3';

/**
 * The row of a query that always answers exactly one (an aggregate without GROUP BY, such as `count(*)`): better-sqlite3
 * types every `get` as possibly empty, and a missing row here would be a bug, not an answer.
 */
export function oneRow<Params extends unknown[], Row>(statement: Statement<Params, Row>, ...params: Params): Row {
  const row = statement.get(...params);
  if (row === undefined) throw new Error(`No row from a query that always answers one: ${statement.source}`);
  return row;
}
