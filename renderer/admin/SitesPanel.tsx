import { useMemo, useState } from 'react';
import type { Site } from '../../shared/contract/admin';
import { Button } from '../components/Button';
import { DataTable, type DataColumn } from '../components/DataTable';
import { activeColumn, editColumn } from '../components/table/columns';
import { ErrorBanner } from '../components/ErrorBanner';
import { Panel } from '../components/Panel';
import { useToast } from '../components/Toasts';
import { useApiMutation, useApiQuery } from '../api/queries';
import { useT } from '../i18n/useT';
import { SiteDialog } from './SiteDialog';

/** The organisation's sites; a site is deactivated, never deleted, because batches and devices point to it. */
export function SitesPanel() {
  const t = useT();
  const toast = useToast();
  const sites = useApiQuery('sites.list', {});
  const [editing, setEditing] = useState<Site | 'new' | null>(null);
  const update = useApiMutation('sites.update', {
    updates: (cache, saved) =>
      cache.set('sites.list', {}, (list) => list?.map((site) => (site.id === saved.id ? saved : site))),
  });
  const { run } = update;

  const columns = useMemo<DataColumn<Site>[]>(() => {
    const setActive = async (site: Site, active: boolean) => {
      const result = await run({ ...site, active });
      if (result.ok) toast(t('sites.saved', { name: site.name }));
    };
    return [
      {
        id: 'name',
        accessorFn: (site) => site.name,
        header: () => t('sites.col.name'),
        cell: ({ row }) => <strong>{row.original.name}</strong>,
      },
      {
        id: 'address',
        accessorFn: (site) => site.address ?? '',
        header: () => t('sites.col.address'),
        cell: ({ row }) => row.original.address ?? <span className="muted">{t('ui.empty')}</span>,
      },
      activeColumn(t, t('sites.col.status')),
      editColumn<Site>(t, {
        onEdit: setEditing,
        more: (site) => (
          <Button
            size="small"
            variant={site.active ? 'danger' : 'secondary'}
            onClick={() => void setActive(site, !site.active)}
          >
            {site.active ? t('sites.deactivate') : t('sites.reactivate')}
          </Button>
        ),
      }),
    ];
  }, [t, run, toast]);

  return (
    <Panel
      title={t('admin.tab.sites')}
      actions={
        <Button variant="primary" onClick={() => setEditing('new')}>
          {t('sites.new')}
        </Button>
      }
    >
      <ErrorBanner error={update.error ?? sites.error} onDismiss={update.reset} />
      {sites.data ? (
        <DataTable
          label={t('admin.tab.sites')}
          rows={sites.data}
          columns={columns}
          rowId={(site) => String(site.id)}
          rowData={(site) => ({ 'data-site': site.name })}
          emptyText={t('sites.empty')}
        />
      ) : null}
      {editing ? (
        <SiteDialog
          site={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(site) => {
            setEditing(null);
            toast(t('sites.saved', { name: site.name }));
          }}
        />
      ) : null}
    </Panel>
  );
}
