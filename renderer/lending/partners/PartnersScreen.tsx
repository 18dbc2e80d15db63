import { useMemo, useState } from 'react';
import type { Partner } from '../../../shared/contract/lending-types';
import type { ScreenProps } from '../../app/routes';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Checkbox } from '../../components/Field';
import { useFormat } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toasts';
import { useApiQuery } from '../../api/queries';
import { useT } from '../../i18n/useT';
import { useCan } from '../../session/useCan';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { activeColumn, editColumn } from '../../components/table/columns';
import { PartnerDialog } from './PartnerDialog';
import '../shared/lending.css';

/** The schools, services and institutions that refer people or receive sets of devices (`#/partners`). */
export function PartnersScreen(_props: ScreenProps) {
  const t = useT();
  const format = useFormat();
  const toast = useToast();
  const canEdit = useCan('partners.create');
  const [includeInactive, setIncludeInactive] = useState(false);
  const partners = useApiQuery('partners.list', { includeInactive });
  const [editing, setEditing] = useState<Partner | 'new' | null>(null);

  const columns = useMemo<DataColumn<Partner>[]>(
    () => [
      {
        id: 'name',
        accessorKey: 'name',
        header: () => t('partners.name'),
        cell: ({ row }) => <strong>{row.original.name}</strong>,
      },
      { id: 'kind', accessorFn: (row) => t(`partnerKind.${row.kind}`), header: () => t('partners.kind') },
      {
        id: 'contact',
        enableSorting: false,
        header: () => t('partners.contact'),
        cell: ({ row }) => (
          <span className="lending-stack">
            <span>{row.original.contactName ?? t('ui.empty')}</span>
            {row.original.contactPhone ? (
              <span className="muted">{format.phone(row.original.contactPhone)}</span>
            ) : null}
            {row.original.contactEmail ? <span className="muted">{row.original.contactEmail}</span> : null}
          </span>
        ),
      },
      {
        id: 'address',
        enableSorting: false,
        header: () => t('field.address'),
        cell: ({ row }) => <span className="prewrap">{row.original.address ?? t('ui.empty')}</span>,
      },
      activeColumn(t, t('partners.status')),
      editColumn<Partner>(t, {
        canEdit,
        onEdit: setEditing,
        label: (partner) => t('partners.editTitle', { name: partner.name }),
      }),
    ],
    [t, canEdit],
  );

  const count = partners.data?.length ?? null;
  return (
    <div className="lending-page">
      <PageHeader
        title={t('partners.title')}
        subtitle={count === null ? t('ui.loading') : t(`partners.count.${format.plural(count)}`, { count })}
        actions={
          canEdit ? (
            <Button variant="primary" onClick={() => setEditing('new')}>
              {t('partners.new')}
            </Button>
          ) : null
        }
        focusOnMount
      />
      <div className="lending-toolbar">
        <Checkbox label={t('field.includeInactive')} checked={includeInactive} onChange={setIncludeInactive} />
      </div>
      <ErrorBanner error={partners.error} />
      <section className="panel">
        <div className="panel-body">
          {partners.data ? (
            <DataTable
              label={t('partners.title')}
              rows={partners.data}
              columns={columns}
              rowId={(row) => String(row.id)}
              initialSort={[{ id: 'name', desc: false }]}
              rowData={(row) => ({ 'data-partner': row.name })}
              emptyText={t('partners.empty')}
            />
          ) : null}
        </div>
      </section>
      {editing ? (
        <PartnerDialog
          partner={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(partner) => {
            setEditing(null);
            toast(t('partners.saved', { name: partner.name }));
          }}
        />
      ) : null}
    </div>
  );
}
