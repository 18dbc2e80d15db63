import { createContext, useContext, useMemo } from 'react';
import type { ErasureRecord } from '../../../shared/contract/erasure';
import type { ErasureImportView } from '../../../shared/contract/imports';
import { useApiQuery } from '../../api/queries';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { useFormat } from '../../components/format';
import { ImportedErasureNote } from '../../imports';
import { useT } from '../../i18n/useT';

interface Ticks {
  selected: ReadonlySet<number>;
  allChecked: boolean;
  onToggle: (id: number) => void;
  onToggleAll: (all: boolean) => void;
  viewOf: (id: number) => ErasureImportView | undefined;
}

/**
 * What changes while the table is on screen (ticks, imported views) reaches the cells through this context, so
 * the columns stay the same objects and a ticked box keeps its focus.
 */
const TicksContext = createContext<Ticks | null>(null);
function useTicks(): Ticks {
  const ticks = useContext(TicksContext);
  if (!ticks) throw new Error('AwaitingTable cells outside their table');
  return ticks;
}
type CellProps = { row: { original: ErasureRecord } };

function TickAllHeader() {
  const t = useT();
  const { allChecked, onToggleAll } = useTicks();
  return (
    <input
      type="checkbox"
      aria-label={t('erasureDesk.selectAll')}
      checked={allChecked}
      onChange={(event) => onToggleAll(event.target.checked)}
    />
  );
}

function TickCell({ row: { original: record } }: CellProps) {
  const t = useT();
  const { selected, onToggle } = useTicks();
  return (
    <input
      type="checkbox"
      checked={selected.has(record.id)}
      onChange={() => onToggle(record.id)}
      aria-label={t('erasureDesk.selectOne', { assetTag: record.assetTag })}
    />
  );
}

function AssetTagHeader() {
  return useT()('field.assetTag');
}

function MediumHeader() {
  return useT()('erasureDesk.medium');
}

function MediumCell({ row: { original: record } }: CellProps) {
  const t = useT();
  const { viewOf } = useTicks();
  return (
    <>
      {record.driveId === null
        ? t('erasureDesk.wholeDevice')
        : t('erasureDesk.driveLabel', { serial: record.driveSerial || t('erasureDesk.noDriveSerial') })}
      <br />
      <span className="desk-muted">{t(`technique.${record.technique}`)}</span>
      <br />
      <ImportedErasureNote view={viewOf(record.id)} />
    </>
  );
}

function PerformedByHeader() {
  return useT()('erasureDesk.performedBy');
}

function PerformedByCell({ row: { original: record } }: CellProps) {
  const format = useFormat();
  return (
    <>
      {record.performedBy.name}
      <br />
      <span className="desk-muted">{format.dateTime(record.endedAt)}</span>
    </>
  );
}

const COLUMNS: DataColumn<ErasureRecord>[] = [
  { id: 'check', header: TickAllHeader, cell: TickCell },
  {
    id: 'assetTag',
    header: AssetTagHeader,
    cell: ({ row }) => row.original.assetTag,
    meta: { className: 'desk-tag-cell' },
  },
  { id: 'medium', header: MediumHeader, cell: MediumCell },
  { id: 'performedBy', header: PerformedByHeader, cell: PerformedByCell },
];

/** Successful erasures nobody has verified yet, to tick for verification. */
export function AwaitingTable({
  records,
  selected,
  onToggle,
  onToggleAll,
  highlightDeviceId,
}: {
  records: readonly ErasureRecord[];
  selected: ReadonlySet<number>;
  onToggle: (id: number) => void;
  onToggleAll: (all: boolean) => void;
  highlightDeviceId: number | null;
}) {
  const t = useT();
  const views = useApiQuery('imports.erasureViews', { erasureIds: records.map((record) => record.id).slice(0, 500) });
  const allChecked = records.length > 0 && records.every((record) => selected.has(record.id));
  const ticks = useMemo<Ticks>(
    () => ({
      selected,
      allChecked,
      onToggle,
      onToggleAll,
      viewOf: (id) => views.data?.find((view) => view.erasureId === id),
    }),
    [selected, allChecked, onToggle, onToggleAll, views.data],
  );
  return (
    <TicksContext.Provider value={ticks}>
      <div className="desk-table-scroll">
        <DataTable
          label={t('erasureDesk.awaitingTitle', { count: records.length })}
          className="desk-table"
          testId="erasure-awaiting"
          rows={[...records]}
          columns={COLUMNS}
          rowId={(record) => String(record.id)}
          sorting={null}
          rowClass={(record) => (record.deviceId === highlightDeviceId ? 'is-current' : undefined)}
          rowData={(record) => ({ 'data-erasure-id': String(record.id), 'data-asset-tag': record.assetTag })}
          emptyText={t('erasureDesk.nothingAwaiting')}
        />
      </div>
    </TicksContext.Provider>
  );
}
