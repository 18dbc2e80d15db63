import { useState } from 'react';
import type { Site } from '../../shared/contract/admin';
import { Badge } from '../components/Badge';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
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
  const update = useApiMutation('sites.update');

  const setActive = async (site: Site, active: boolean) => {
    const result = await update.run({ ...site, active });
    if (result.ok) toast(t('sites.saved', { name: site.name }));
  };

  return (
    <section className="panel" aria-labelledby="sites-title">
      <div className="panel-header">
        <h2 id="sites-title">{t('admin.tab.sites')}</h2>
        <Button variant="primary" onClick={() => setEditing('new')}>
          {t('sites.new')}
        </Button>
      </div>
      <div className="panel-body">
        <ErrorBanner error={update.error ?? sites.error} onDismiss={update.reset} />
        {sites.data && sites.data.length === 0 ? <p className="empty">{t('sites.empty')}</p> : null}
        {sites.data && sites.data.length > 0 ? (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('sites.col.name')}</th>
                <th scope="col">{t('sites.col.address')}</th>
                <th scope="col">{t('sites.col.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('ui.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sites.data.map((site) => (
                <tr key={site.id} data-site={site.name}>
                  <td>
                    <strong>{site.name}</strong>
                  </td>
                  <td>{site.address ?? <span className="muted">{t('ui.empty')}</span>}</td>
                  <td>{site.active ? <Badge tone="success">{t('admin.active')}</Badge> : <Badge tone="muted">{t('admin.inactive')}</Badge>}</td>
                  <td className="row-actions">
                    <Button size="small" onClick={() => setEditing(site)}>
                      {t('ui.edit')}
                    </Button>
                    <Button size="small" variant={site.active ? 'danger' : 'secondary'} onClick={() => void setActive(site, !site.active)}>
                      {site.active ? t('sites.deactivate') : t('sites.reactivate')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
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
    </section>
  );
}
