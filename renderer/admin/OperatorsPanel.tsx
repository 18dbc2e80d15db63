import { useMemo, useState } from 'react';
import type { OperatorSummary } from '../../shared/contract/session';
import { useSession } from '../app/session';
import { Button } from '../components/Button';
import { DataTable, type DataColumn } from '../components/DataTable';
import { activeColumn, editColumn } from '../components/table/columns';
import { ErrorBanner } from '../components/ErrorBanner';
import { Panel } from '../components/Panel';
import { useToast } from '../components/Toasts';
import { useApiQuery } from '../api/queries';
import { useT } from '../i18n/useT';
import { rolesText } from '../session/roles';
import { OperatorDialog } from './OperatorDialog';

/** Everyone who may work at the stations, active or not, with their roles and whether they have a PIN. */
export function OperatorsPanel() {
  const t = useT();
  const toast = useToast();
  const { state, refresh } = useSession();
  const operators = useApiQuery('operators.list', {});
  const [editing, setEditing] = useState<OperatorSummary | 'new' | null>(null);
  const me = state.operator?.id;

  const columns = useMemo<DataColumn<OperatorSummary>[]>(
    () => [
      {
        id: 'name',
        accessorFn: (operator) => operator.name,
        header: () => t('ops.col.name'),
        cell: ({ row: { original: operator } }) => (
          <>
            <strong>{operator.name}</strong>
            {operator.id === me ? <span className="muted"> ({t('ops.you')})</span> : null}
            {operator.jobTitle ? <div className="muted">{operator.jobTitle}</div> : null}
          </>
        ),
      },
      {
        id: 'roles',
        enableSorting: false,
        header: () => t('ops.col.roles'),
        cell: ({ row }) => rolesText(t, row.original.roles),
      },
      {
        id: 'pin',
        accessorFn: (operator) => (operator.hasPin ? 1 : 0),
        header: () => t('ops.col.pin'),
        cell: ({ row }) => (row.original.hasPin ? t('ops.pinSet') : <span className="muted">{t('ops.pinNone')}</span>),
      },
      activeColumn(t, t('ops.col.status')),
      editColumn<OperatorSummary>(t, { onEdit: setEditing }),
    ],
    [t, me],
  );

  return (
    <Panel
      title={t('admin.tab.operators')}
      actions={
        <Button variant="primary" onClick={() => setEditing('new')}>
          {t('ops.new')}
        </Button>
      }
    >
      <ErrorBanner error={operators.error} />
      {operators.data ? (
        <DataTable
          label={t('admin.tab.operators')}
          rows={operators.data}
          columns={columns}
          rowId={(operator) => String(operator.id)}
          rowData={(operator) => ({ 'data-operator': operator.name })}
          emptyText={t('ui.empty')}
        />
      ) : null}
      {editing ? (
        <OperatorDialog
          operator={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(operator) => {
            setEditing(null);
            toast(t('ops.saved', { name: operator.name }));
            if (operator.id === state.operator?.id) void refresh();
          }}
        />
      ) : null}
    </Panel>
  );
}
