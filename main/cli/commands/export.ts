/**
 * `rebond export <list> [--status S] [--kind K] [--grade G] [--site ID] [--batch CODE] --format csv|xlsx --out FILE
 * [--operator NAME]`: a list as a spreadsheet, written as the app writes it. The filters are the inventory's. Without
 * `--operator`, or for a role that may not see them, people's names and contacts are left out.
 */
import { DEVICE_STATES, type DeviceState } from '../../../shared/domain/lifecycle';
import {
  EXPORT_DATASETS,
  EXPORT_FORMATS,
  EXPORT_ROLES,
  mayExport,
  seesPersonalData,
  type ExportDataset,
  type ExportFormat,
} from '../../../shared/domain/exports';
import { APPEARANCE_GRADES, DEVICE_KINDS, type AppearanceGrade, type DeviceKind } from '../../../shared/domain/values';
import { organisationTimeZone } from '../../documents/time-zone';
import { DomainError } from '../../errors';
import { writeExport } from '../../exports/write-export';
import { actorFor, listOperators } from '../../services/people';
import { ListingRepository } from '../../store/repositories/listings';
import type { Filter } from '../../store/repositories/inventory';
import { openStore, type Store } from '../../store/store';
import { requireDatabase, UsageError, wholeNumber, type CliContext } from '../context';

export interface ExportOptions {
  status?: string | undefined;
  kind?: string | undefined;
  grade?: string | undefined;
  site?: string | undefined;
  batch?: string[] | undefined;
  format?: string | undefined;
  out?: string | undefined;
  operator?: string | undefined;
}

function oneOf<T extends string>(
  context: CliContext,
  option: string,
  value: string | undefined,
  values: readonly T[],
): T[] {
  if (value === undefined) return [];
  if (!(values as readonly string[]).includes(value))
    throw new UsageError(context.t('cli.exportBadFilter', { option, value, values: values.join(', ') }));
  return [value as T];
}

function inventoryFilter(context: CliContext, store: Store, options: ExportOptions): Filter {
  const [batch] = options.batch ?? [];
  const batchId = batch === undefined ? null : new ListingRepository(store.db).find('batch', batch);
  if (batch !== undefined && batchId === null)
    throw new DomainError('not_found', { entity: 'entity.batch', ref: batch });
  return {
    statuses: oneOf<DeviceState>(context, 'status', options.status, DEVICE_STATES),
    kinds: oneOf<DeviceKind>(context, 'kind', options.kind, DEVICE_KINDS),
    grades: oneOf<AppearanceGrade>(context, 'grade', options.grade, APPEARANCE_GRADES),
    siteId: options.site === undefined ? null : wholeNumber(context, 'site', options.site, 1, Number.MAX_SAFE_INTEGER),
    batchId,
  };
}

export async function exportCommand(
  context: CliContext,
  what: string | undefined,
  options: ExportOptions,
): Promise<number> {
  if (!what || !(EXPORT_DATASETS as readonly string[]).includes(what)) {
    throw new UsageError(context.t('cli.exportUnknown', { what: what ?? '', lists: EXPORT_DATASETS.join(', ') }));
  }
  const dataset = what as ExportDataset;
  if (!options.format || !(EXPORT_FORMATS as readonly string[]).includes(options.format)) {
    throw new UsageError(context.t('cli.exportFormat', { format: options.format ?? '' }));
  }
  const format = options.format as ExportFormat;
  if (!options.out) throw new UsageError(context.t('cli.exportOut'));
  const filtered = [options.status, options.kind, options.grade, options.site, options.batch?.[0]].some(
    (value) => value !== undefined,
  );
  if (filtered && dataset !== 'inventory') throw new UsageError(context.t('cli.exportFilterOnly'));
  requireDatabase(context);
  const store = openStore(context.databasePath, { readonly: true });
  try {
    let personal = false;
    if (options.operator !== undefined) {
      const name = options.operator.toLowerCase();
      const operator = listOperators(store, true).find(
        (one) => one.name.toLowerCase() === name || String(one.id) === options.operator,
      );
      if (!operator) throw new DomainError('not_found', { entity: 'entity.operator', ref: options.operator });
      const actor = actorFor(store, operator.id);
      if (!mayExport(dataset, actor.roles)) {
        throw new DomainError('forbidden_role', {
          role: actor.roles.map((role) => `role.${role}`),
          required: EXPORT_ROLES[dataset].map((role) => `role.${role}`),
        });
      }
      personal = seesPersonalData(actor.roles);
    }
    if (!personal) context.err(context.t('cli.exportNoPersonal'));
    const filter =
      dataset === 'inventory'
        ? inventoryFilter(context, store, options)
        : { statuses: [], kinds: [], grades: [], siteId: null, batchId: null };
    const outcome = await writeExport(
      store,
      { dataset, filter, sort: { column: 'updatedAt', direction: 'desc' }, personal },
      format,
      options.out,
      {
        lang: context.lang,
        zone: organisationTimeZone(store),
      },
    );
    context.out(context.t('cli.exportWritten', { count: outcome.rows, file: options.out }));
    return 0;
  } finally {
    store.close();
  }
}
