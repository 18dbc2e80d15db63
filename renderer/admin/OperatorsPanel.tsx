import { useState } from 'react';
import type { OperatorSummary } from '../../shared/contract/session';
import { useSession } from '../app/session';
import { Badge } from '../components/Badge';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
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

  return (
    <section className="panel" aria-labelledby="operators-title">
      <div className="panel-header">
        <h2 id="operators-title">{t('admin.tab.operators')}</h2>
        <Button variant="primary" onClick={() => setEditing('new')}>
          {t('ops.new')}
        </Button>
      </div>
      <div className="panel-body">
        <ErrorBanner error={operators.error} />
        {operators.data ? (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('ops.col.name')}</th>
                <th scope="col">{t('ops.col.roles')}</th>
                <th scope="col">{t('ops.col.pin')}</th>
                <th scope="col">{t('ops.col.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('ui.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {operators.data.map((operator) => (
                <tr key={operator.id} data-operator={operator.name}>
                  <td>
                    <strong>{operator.name}</strong>
                    {operator.id === state.operator?.id ? <span className="muted"> ({t('ops.you')})</span> : null}
                    {operator.jobTitle ? <div className="muted">{operator.jobTitle}</div> : null}
                  </td>
                  <td>{rolesText(t, operator.roles)}</td>
                  <td>{operator.hasPin ? t('ops.pinSet') : <span className="muted">{t('ops.pinNone')}</span>}</td>
                  <td>{operator.active ? <Badge tone="success">{t('admin.active')}</Badge> : <Badge tone="muted">{t('admin.inactive')}</Badge>}</td>
                  <td className="row-actions">
                    <Button size="small" onClick={() => setEditing(operator)}>
                      {t('ui.edit')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
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
    </section>
  );
}
