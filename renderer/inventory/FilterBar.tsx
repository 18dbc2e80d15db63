import { DEVICE_STATES } from '../../shared/domain/lifecycle';
import { APPEARANCE_GRADES, DEVICE_KINDS } from '../../shared/domain/values';
import { Button } from '../components/Button';
import type { SelectOption } from '../components/Field';
import { InlineSelect } from '../components/InlineSelect';
import { MultiSelect } from '../components/MultiSelect';
import { useApiQuery } from '../api/queries';
import { useT } from '../i18n/useT';
import type { InventoryView } from './viewQuery';

export interface FilterBarProps {
  view: InventoryView;
  onChange: (view: InventoryView) => void;
}

const ANY = '';

/** The server-side filters: states, kinds and grades (several at once), one site, one batch. */
export function FilterBar({ view, onChange }: FilterBarProps) {
  const t = useT();
  const sites = useApiQuery('sites.list', {});
  const batches = useApiQuery('batches.list', { includeClosed: true });
  const filtered =
    view.statuses.length + view.kinds.length + view.grades.length > 0 || view.siteId !== null || view.batchId !== null;

  const siteOptions: SelectOption<string>[] = [
    { value: ANY, label: t('inventory.filter.anySite') },
    ...(sites.data ?? []).map((site) => ({
      value: String(site.id),
      label: site.active ? site.name : t('inventory.filter.inactiveSite', { name: site.name }),
    })),
  ];
  const batchOptions: SelectOption<string>[] = [
    { value: ANY, label: t('inventory.filter.anyBatch') },
    ...(batches.data ?? []).map((batch) => ({
      value: String(batch.id),
      label: t(batch.closed ? 'inventory.filter.closedBatch' : 'inventory.filter.openBatch', {
        code: batch.code,
        donor: batch.donorName,
      }),
    })),
  ];

  return (
    <div className="filter-bar" role="group" aria-label={t('inventory.filters')}>
      <MultiSelect
        label={t('inventory.filter.status')}
        options={DEVICE_STATES.map((state) => ({ value: state, label: t(`state.${state}`) }))}
        selected={view.statuses}
        onChange={(statuses) => onChange({ ...view, statuses })}
      />
      <MultiSelect
        label={t('inventory.filter.kind')}
        options={DEVICE_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
        selected={view.kinds}
        onChange={(kinds) => onChange({ ...view, kinds })}
      />
      <MultiSelect
        label={t('inventory.filter.grade')}
        options={APPEARANCE_GRADES.map((grade) => ({ value: grade, label: grade }))}
        selected={view.grades}
        onChange={(grades) => onChange({ ...view, grades })}
        spellOut={4}
      />
      <InlineSelect
        label={t('inventory.filter.site')}
        options={siteOptions}
        value={view.siteId === null ? ANY : String(view.siteId)}
        active={view.siteId !== null}
        onChange={(value) => onChange({ ...view, siteId: value === ANY ? null : Number(value) })}
      />
      <InlineSelect
        label={t('inventory.filter.batch')}
        options={batchOptions}
        value={view.batchId === null ? ANY : String(view.batchId)}
        active={view.batchId !== null}
        onChange={(value) => onChange({ ...view, batchId: value === ANY ? null : Number(value) })}
      />
      {filtered ? (
        <Button
          variant="ghost"
          onClick={() => onChange({ ...view, statuses: [], kinds: [], grades: [], siteId: null, batchId: null })}
        >
          {t('inventory.clearFilters')}
        </Button>
      ) : null}
    </div>
  );
}
