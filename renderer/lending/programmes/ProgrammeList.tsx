import { useMemo, useState } from 'react';
import type { Programme } from '../../../shared/contract/lending-types';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toasts';
import { useApiQuery } from '../../api/queries';
import { useT } from '../../i18n/useT';
import { useCan } from '../../session/useCan';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { editColumn } from '../../components/table/columns';
import { ProgrammeDialog } from './ProgrammeDialog';
import { periodText, targetsText, termsText } from './terms';

/** The funded schemes with their default terms and targets; each opens on its progress. */
export function ProgrammeList() {
  const t = useT();
  const format = useFormat();
  const toast = useToast();
  const canEdit = useCan('programmes.create');
  const programmes = useApiQuery('programmes.list', {});
  const [editing, setEditing] = useState<Programme | 'new' | null>(null);

  const columns = useMemo<DataColumn<Programme>[]>(
    () => [
      {
        id: 'name',
        accessorKey: 'name',
        header: () => t('programmes.name'),
        cell: ({ row }) => <a href={`#/programmes/${row.original.id}`}>{row.original.name}</a>,
      },
      {
        id: 'funder',
        accessorFn: (row) => row.funder ?? '',
        header: () => t('field.funder'),
        cell: ({ row }) => row.original.funder ?? t('ui.empty'),
      },
      {
        id: 'startsOn',
        accessorKey: 'startsOn',
        sortDescFirst: true,
        header: () => t('programmes.dates'),
        cell: ({ row }) => periodText(t, format, row.original),
      },
      {
        id: 'terms',
        enableSorting: false,
        header: () => t('programmes.terms'),
        cell: ({ row }) => termsText(t, row.original),
      },
      {
        id: 'targets',
        enableSorting: false,
        header: () => t('field.targets'),
        cell: ({ row }) => targetsText(t, format, row.original),
      },
      editColumn<Programme>(t, {
        canEdit,
        onEdit: setEditing,
        label: (programme) => t('programmes.editTitle', { name: programme.name }),
      }),
    ],
    [t, format, canEdit],
  );

  const count = programmes.data?.length ?? null;
  return (
    <div className="lending-page">
      <PageHeader
        title={t('programmes.title')}
        subtitle={count === null ? t('ui.loading') : t(`programmes.count.${format.plural(count)}`, { count })}
        actions={
          canEdit ? (
            <Button variant="primary" onClick={() => setEditing('new')}>
              {t('programmes.new')}
            </Button>
          ) : null
        }
        focusOnMount
      />
      <ErrorBanner error={programmes.error} />
      <section className="panel">
        <div className="panel-body">
          {programmes.data ? (
            <DataTable
              label={t('programmes.title')}
              rows={programmes.data}
              columns={columns}
              rowId={(row) => String(row.id)}
              initialSort={[{ id: 'startsOn', desc: true }]}
              rowData={(row) => ({ 'data-programme': row.name })}
              emptyText={t('programmes.empty')}
            />
          ) : null}
        </div>
      </section>
      {editing ? (
        <ProgrammeDialog
          programme={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(programme) => {
            setEditing(null);
            toast(t('programmes.saved', { name: programme.name }));
          }}
        />
      ) : null}
    </div>
  );
}
