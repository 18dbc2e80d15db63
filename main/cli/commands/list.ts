import { DEVICE_STATES } from '../../../shared/domain/lifecycle';
import type { ListingRepository } from '../../store/repositories/listings';
import { withCliStore } from '../with-store';
import { UsageError, type CliContext } from '../context';

const LISTS = ['devices', 'batches', 'handovers', 'returns'] as const;
type ListName = (typeof LISTS)[number];

const STATUSES: Record<ListName, readonly string[]> = {
  devices: DEVICE_STATES,
  batches: ['open', 'closed'],
  handovers: ['open', 'closed'],
  returns: [],
};

function rowsOf(listing: ListingRepository, list: ListName, status: string | null): Record<string, unknown>[] {
  switch (list) {
    case 'devices':
      return listing.devices(status);
    case 'batches':
      return listing.batches(status as 'open' | 'closed' | null);
    case 'handovers':
      return listing.handovers(status as 'open' | 'closed' | null);
    case 'returns':
      return listing.returns();
  }
}

/** Columns padded to their widest value, headers first. */
function printTable(context: CliContext, rows: readonly Record<string, unknown>[]): void {
  const [first] = rows;
  if (!first) return;
  const columns = Object.keys(first);
  const cell = (value: unknown) => (value === null || value === undefined ? '' : String(value));
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => cell(row[column]).length)));
  const line = (values: string[]) =>
    values
      .map((value, index) => value.padEnd(widths[index] ?? 0))
      .join('  ')
      .trimEnd();
  context.out(line(columns));
  for (const row of rows) context.out(line(columns.map((column) => cell(row[column]))));
}

/** `list <devices|batches|handovers|returns> [--status S] [--json]`: one JSON object per line with --json. */
export function listCommand(
  context: CliContext,
  listArg: string | undefined,
  options: { status?: string | undefined; json?: boolean | undefined },
): number {
  if (!listArg || !(LISTS as readonly string[]).includes(listArg)) {
    throw new UsageError(context.t('cli.listUnknown', { list: listArg ?? '', lists: LISTS.join(', ') }));
  }
  const list = listArg as ListName;
  const status = options.status ?? null;
  if (status !== null && !STATUSES[list].includes(status)) {
    throw new UsageError(context.t('cli.listBadStatus', { status, list, statuses: STATUSES[list].join(', ') || '—' }));
  }
  return withCliStore(context, 'read', (store) => {
    const rows = rowsOf(store.listings, list, status);
    if (options.json) for (const row of rows) context.out(JSON.stringify(row));
    else if (rows.length === 0) context.out(context.t('cli.listEmpty'));
    else printTable(context, rows);
    return 0;
  });
}
