import { useId, useMemo, useState } from 'react';
import type { Beneficiary } from '../../../shared/contract/lending-types';
import { navigate } from '../../app/router';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Checkbox, SelectField } from '../../components/Field';
import { useFormat } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { useApiQuery } from '../../api/queries';
import { useT } from '../../i18n/useT';
import { AnonymiseDueButton } from '../privacy/AnonymiseDueButton';
import { useCan } from '../../session/useCan';
import { entityOptions, idFromOption } from '../shared/options';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { BeneficiaryDialog } from './BeneficiaryDialog';
import { personName } from './personName';
import { maxLengthOf } from '../../forms/limits';

/** Finds a person by the reference their partner gave them or by name, as the operator types. */
export function BeneficiarySearch() {
  const t = useT();
  const format = useFormat();
  const canEdit = useCan('beneficiaries.create');
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [partner, setPartner] = useState('');
  const [includeAnonymised, setIncludeAnonymised] = useState(false);
  const [creating, setCreating] = useState(false);
  const partners = useApiQuery('partners.list', { includeInactive: true });
  const found = useApiQuery('beneficiaries.search', {
    query,
    partnerId: idFromOption(partner),
    includeAnonymised,
    limit: 100,
  });

  const columns = useMemo<DataColumn<Beneficiary>[]>(
    () => [
      {
        id: 'reference',
        accessorKey: 'reference',
        header: () => t('field.reference'),
        cell: ({ row }) => (
          <a className="mono" href={`#/beneficiaries/${row.original.id}`}>
            {row.original.reference}
          </a>
        ),
      },
      {
        id: 'name',
        accessorFn: (row) => personName(row) ?? '',
        header: () => t('beneficiaries.name'),
        cell: ({ row }) =>
          row.original.anonymisedAt ? (
            <Badge tone="muted">{t('beneficiaries.anonymised')}</Badge>
          ) : (
            (personName(row.original) ?? t('ui.empty'))
          ),
      },
      { id: 'partner', accessorKey: 'partnerName', header: () => t('field.partnerId') },
      { id: 'category', accessorFn: (row) => t(`category.${row.category}`), header: () => t('field.category') },
      {
        id: 'minor',
        accessorFn: (row) => (row.minor ? 1 : 0),
        header: () => t('field.minor'),
        cell: ({ row }) => (row.original.minor ? t('ui.yes') : t('ui.no')),
      },
      {
        id: 'open',
        accessorKey: 'openHandovers',
        header: () => t('beneficiaries.openHandovers'),
        cell: ({ row }) => format.number(row.original.openHandovers),
      },
    ],
    [t, format],
  );

  return (
    <div className="lending-page">
      <PageHeader
        title={t('beneficiaries.title')}
        subtitle={t('beneficiaries.subtitle')}
        actions={
          canEdit ? (
            <>
              <AnonymiseDueButton onDone={found.reload} />
              <Button variant="primary" onClick={() => setCreating(true)}>
                {t('beneficiaries.new')}
              </Button>
            </>
          ) : null
        }
      />
      <div className="lending-toolbar">
        <div className="field lending-search">
          <label className="field-label" htmlFor={searchId}>
            {t('beneficiaries.search')}
          </label>
          <input
            id={searchId}
            className="input"
            type="search"
            autoFocus
            autoComplete="off"
            spellCheck={false}
            placeholder={t('beneficiaries.searchPlaceholder')}
            value={query}
            maxLength={maxLengthOf('beneficiaries.search', 'query')}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <SelectField
          label={t('field.partnerId')}
          options={entityOptions(partners.data, t('lending.allPartners'))}
          value={partner}
          onChange={setPartner}
        />
        <Checkbox label={t('field.includeAnonymised')} checked={includeAnonymised} onChange={setIncludeAnonymised} />
      </div>
      <ErrorBanner error={found.error ?? partners.error} />
      <section className="panel">
        <div className="panel-body">
          {found.data ? (
            <DataTable
              label={t('beneficiaries.results')}
              rows={found.data}
              columns={columns}
              rowId={(row) => String(row.id)}
              initialSort={[{ id: 'reference', desc: false }]}
              rowData={(row) => ({ 'data-reference': row.reference })}
              emptyText={
                query.trim() === '' ? t('beneficiaries.none') : t('beneficiaries.noMatch', { query: query.trim() })
              }
            />
          ) : (
            <p className="empty">{t('ui.loading')}</p>
          )}
        </div>
      </section>
      {creating ? (
        <BeneficiaryDialog
          beneficiary={null}
          onClose={() => setCreating(false)}
          onSaved={(saved) => {
            setCreating(false);
            navigate('beneficiaries', String(saved.id));
          }}
        />
      ) : null}
    </div>
  );
}
