import { useId, useMemo, useState } from 'react';
import type { SimCard } from '../../../shared/contract/sims';
import { SIM_STATES, type SimState } from '../../../shared/domain/sim-lifecycle';
import { navigate, replaceQuery, useRoute } from '../../app/router';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../components/format';
import { MultiSelect } from '../../components/MultiSelect';
import { PageHeader } from '../../components/PageHeader';
import { useApiQuery } from '../../api/queries';
import { useT } from '../../i18n/useT';
import { useCan } from '../../session/useCan';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { expiryText } from './expiry';
import { SimStateBadge } from './SimStateBadge';
import { maxLengthOf } from '../../forms/limits';
import { ExportButton } from '../../exports/ExportButton';
import { iccidColumn, phoneNumberColumn } from '../shared/simColumns';

/** `?status=active,expired` in the route: the filter survives going to a card and back. */
function statusesOf(query: URLSearchParams): SimState[] {
  const wanted = (query.get('status') ?? '').split(',');
  return SIM_STATES.filter((state) => wanted.includes(state));
}

/** Every SIM card, newest first, filtered by state or found by ICCID or number. */
export function SimList() {
  const t = useT();
  const format = useFormat();
  const route = useRoute();
  const canCoordinate = useCan('sims.registerMany');
  const searchId = useId();
  const statuses = useMemo(() => statusesOf(route.query), [route.query]);
  const [query, setQuery] = useState('');
  const sims = useApiQuery('sims.list', { statuses, query, limit: 2000 });

  const setStatuses = (next: SimState[]) => {
    const params = new URLSearchParams();
    if (next.length > 0) params.set('status', next.join(','));
    replaceQuery(params);
  };

  const columns = useMemo<DataColumn<SimCard>[]>(
    () => [
      iccidColumn(t),
      phoneNumberColumn(t, format),
      { id: 'operator', accessorKey: 'operator', header: () => t('field.operator') },
      { id: 'plan', accessorKey: 'planName', header: () => t('field.planName') },
      {
        id: 'status',
        accessorFn: (row) => SIM_STATES.indexOf(row.status),
        header: () => t('sims.status'),
        cell: ({ row }) => <SimStateBadge state={row.original.status} />,
      },
      {
        id: 'expiresOn',
        accessorFn: (row) => row.expiresOn ?? '',
        header: () => t('sims.expiry'),
        cell: ({ row }) => expiryText(t, format, row.original.expiresOn),
      },
      {
        id: 'receivedOn',
        accessorKey: 'receivedOn',
        sortDescFirst: true,
        header: () => t('field.receivedOn'),
        cell: ({ row }) => format.shortDay(row.original.receivedOn),
      },
    ],
    [t, format],
  );

  const count = sims.data?.length ?? null;
  return (
    <div className="lending-page">
      <PageHeader
        title={t('sims.title')}
        subtitle={count === null ? t('ui.loading') : t(`sims.count.${format.plural(count)}`, { count })}
        actions={
          canCoordinate ? (
            <>
              <ExportButton dataset="sims" others={['top-ups']} />
              <Button variant="primary" onClick={() => navigate('sims', 'intake')}>
                {t('sims.intake')}
              </Button>
            </>
          ) : null
        }
        focusOnMount
      />
      <div className="lending-toolbar">
        <MultiSelect
          label={t('sims.status')}
          options={SIM_STATES.map((value) => ({ value, label: t(`simState.${value}`) }))}
          selected={statuses}
          onChange={setStatuses}
        />
        <div className="field lending-search">
          <label className="field-label visually-hidden" htmlFor={searchId}>
            {t('sims.search')}
          </label>
          <input
            id={searchId}
            className="input"
            type="search"
            autoComplete="off"
            spellCheck={false}
            placeholder={t('sims.search')}
            value={query}
            maxLength={maxLengthOf('sims.list', 'query')}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
      </div>
      <ErrorBanner error={sims.error} />
      <section className="panel">
        <div className="panel-body">
          {sims.data ? (
            <DataTable
              label={t('sims.title')}
              rows={sims.data}
              columns={columns}
              rowId={(row) => String(row.id)}
              rowData={(row) => ({ 'data-iccid': row.iccid, 'data-status': row.status })}
              emptyText={statuses.length > 0 || query ? t('sims.noMatch') : t('sims.empty')}
            />
          ) : null}
        </div>
      </section>
    </div>
  );
}
