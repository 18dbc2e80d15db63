/**
 * `rebond import FILE... --batch B --operator NAME [--dry-run] [--json]`: the import flow from a terminal. Prints the
 * preview (one line per record: what will happen, or why it is refused), then commits unless `--dry-run`. Exit code
 * 0 when every record was taken (or was already there), 1 when some were refused or the files were refused.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { FilePreview, ImportPreview } from '../../../shared/contract/imports';
import { apiError } from '../../api/localise';
import { DomainError } from '../../errors';
import { commitImport, previewImport } from '../../services/imports/run';
import { actorFor, listOperators } from '../../services/people';
import { withCliStoreAsync } from '../with-store';
import type { Store } from '../../store/store';
import { requireDatabase, UsageError, type CliContext } from '../context';

export interface ImportOptions {
  batch?: string[] | undefined;
  operator?: string | undefined;
  'dry-run'?: boolean | undefined;
  json?: boolean | undefined;
}

function batchId(store: Store, ref: string | undefined): number | null {
  if (ref === undefined) return null;
  const batch = store.batches
    .list(true)
    .find((one) => one.code.toLowerCase() === ref.toLowerCase() || String(one.id) === ref);
  if (!batch) throw new DomainError('not_found', { entity: 'entity.batch', ref });
  return batch.id;
}

function operatorId(context: CliContext, store: Store, name: string | undefined): number {
  if (name === undefined) throw new UsageError(context.t('cli.badOption', { detail: '--operator' }));
  const operator = listOperators(store, true).find(
    (one) => one.name.toLowerCase() === name.toLowerCase() || String(one.id) === name,
  );
  if (!operator) throw new DomainError('not_found', { entity: 'entity.operator', ref: name });
  return operator.id;
}

function printFile(context: CliContext, file: FilePreview): void {
  const { t } = context;
  const count = (action: string) => file.rows.filter((row) => row.action === action).length;
  context.out(
    t('imports.summary', {
      file: file.name,
      tool: [file.tool, file.toolVersion].filter(Boolean).join(' '),
      created: count('create'),
      updated: count('update'),
      erasures: file.rows.reduce((sum, row) => sum + (row.action === 'refuse' ? 0 : row.erasures.length), 0),
      refused: count('refuse'),
    }),
  );
  if (file.alreadyImported)
    context.out(
      `  ${apiError(context.lang, 'import_already_imported', { name: file.alreadyImported.fileName, date: file.alreadyImported.at.slice(0, 10) }).message}`,
    );
  for (const row of file.rows) {
    const who = [row.assetTag, row.make, row.model, row.serial].filter(Boolean).join(' ');
    const where = row.at === null ? '' : `#${row.at} `;
    const why = row.refusal
      ? ` — ${apiError(context.lang, row.refusal.code as never, row.refusal.params).message}`
      : '';
    const health = row.failingDrives.length > 0 ? ` [${t('imports.healthFlag')}: ${row.failingDrives.join(', ')}]` : '';
    const erasures = row.erasures.map((erasure) => ` [${erasure.method}: ${erasure.status}]`).join('');
    context.out(`  ${where}${t(`imports.action.${row.action}`)} ${who}${erasures}${health}${why}`);
  }
}

export async function importCommand(
  context: CliContext,
  files: readonly string[],
  options: ImportOptions,
): Promise<number> {
  if (files.length === 0) throw new UsageError(context.t('cli.badOption', { detail: 'FILE' }));
  requireDatabase(context);
  const read = files.map((path) => ({ name: basename(path), bytes: new Uint8Array(readFileSync(path)) }));
  return withCliStoreAsync(context, 'write', async (store) => {
    const actor = actorFor(store, operatorId(context, store, options.operator));
    const request = { batchId: batchId(store, options.batch?.[0]), files: read, lang: context.lang };
    const result: ImportPreview = options['dry-run']
      ? await previewImport(store, actor, request)
      : await commitImport(store, actor, request);
    if (options.json) context.out(JSON.stringify(result));
    else {
      for (const file of result.files) printFile(context, file);
      context.out(context.t(options['dry-run'] ? 'imports.dryRun' : 'imports.committed'));
    }
    return result.counts.refuse > 0 ? 1 : 0;
  });
}
