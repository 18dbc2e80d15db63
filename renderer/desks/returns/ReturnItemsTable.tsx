import { createContext, useContext } from 'react';
import type { HandoverDetail, HandoverItem } from '../../../shared/contract/lending-types';
import { SIM_RETURN_OUTCOMES } from '../../../shared/domain/lending';
import { APPEARANCE_GRADES } from '../../../shared/domain/values';
import { Badge } from '../../components/Badge';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { useFormat } from '../../components/format';
import { useT } from '../../i18n/useT';
import { maxLengthOf } from '../../forms/limits';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import type { ItemDraft } from './returnDraft';

/** How one ticked item came back: its condition, and for a device its grade, for a SIM card where it goes. */
function ItemFields({
  item,
  draft,
  onChange,
}: {
  item: HandoverItem;
  draft: ItemDraft;
  onChange: (draft: ItemDraft) => void;
}) {
  const t = useT();
  return (
    <div className="returns-item-fields">
      {item.type === 'device' ? (
        <>
          <Badge tone="warning">{t('returnsDesk.toErasure')}</Badge>
          <label className="returns-inline-field">
            <span>{t('field.grade')}</span>
            <select
              className="input"
              value={draft.grade}
              onChange={(event) => onChange({ ...draft, grade: event.target.value as ItemDraft['grade'] })}
            >
              <option value="">{t('ui.empty')}</option>
              {APPEARANCE_GRADES.map((grade) => (
                <option key={grade} value={grade}>
                  {grade}
                </option>
              ))}
            </select>
          </label>
        </>
      ) : (
        <ChoiceGroup
          name={`returns-sim-${item.id}`}
          legend={t('field.simOutcome')}
          value={draft.simOutcome}
          onChange={(simOutcome) => onChange({ ...draft, simOutcome })}
          choices={SIM_RETURN_OUTCOMES.map((outcome) => ({ value: outcome, label: t(`returnsDesk.sim.${outcome}`) }))}
          testId={`returns-sim-outcome-${item.label}`}
        />
      )}
      <label className="returns-inline-field returns-condition">
        <span>{t('field.condition')}</span>
        <input
          className="input"
          value={draft.condition}
          maxLength={maxLengthOf('returns.create', 'items.*.condition')}
          autoComplete="off"
          placeholder={t('returnsDesk.conditionPrompt')}
          onChange={(event) => onChange({ ...draft, condition: event.target.value })}
        />
      </label>
    </div>
  );
}

interface Ticks {
  items: ReadonlyMap<number, ItemDraft>;
  onToggle: (itemId: number) => void;
  onItem: (itemId: number, draft: ItemDraft) => void;
}

/** The ticks and drafts reach the cells by context, so the columns stay the same objects and a field keeps its focus. */
const TicksContext = createContext<Ticks | null>(null);
function useTicks(): Ticks {
  const ticks = useContext(TicksContext);
  if (!ticks) throw new Error('ReturnItemsTable cells outside their table');
  return ticks;
}
type CellProps = { row: { original: HandoverItem } };

function BackHeader() {
  return useT()('returnsDesk.back');
}

function BackCell({ row: { original: item } }: CellProps) {
  const t = useT();
  const { items, onToggle } = useTicks();
  return (
    <input
      type="checkbox"
      checked={items.has(item.id)}
      disabled={item.returned !== null}
      onChange={() => onToggle(item.id)}
      aria-label={t('returnsDesk.tick', { ref: item.label })}
    />
  );
}

function ItemHeader() {
  return useT()('returnsDesk.item');
}

function ItemCell({ row: { original: item } }: CellProps) {
  return (
    <>
      <strong className="desk-mono">{item.label}</strong>
      <br />
      <span className="desk-muted">{item.description}</span>
    </>
  );
}

function OnReturnHeader() {
  return useT()('returnsDesk.onReturn');
}

function OnReturnCell({ row: { original: item } }: CellProps) {
  const t = useT();
  const format = useFormat();
  const { items, onItem } = useTicks();
  const draft = items.get(item.id);
  if (item.returned)
    return (
      <span className="desk-muted">
        {t('returnsDesk.alreadyBack', {
          number: item.returned.returnNumber,
          date: format.day(item.returned.returnedOn),
        })}
      </span>
    );
  if (draft) return <ItemFields item={item} draft={draft} onChange={(next) => onItem(item.id, next)} />;
  return <span className="desk-muted">{t('returnsDesk.stillOut')}</span>;
}

const COLUMNS: DataColumn<HandoverItem>[] = [
  { id: 'back', header: BackHeader, cell: BackCell },
  { id: 'item', header: ItemHeader, cell: ItemCell },
  { id: 'onReturn', header: OnReturnHeader, cell: OnReturnCell },
];

/**
 * Every item of the handover: those still out can be ticked (a scan ticks one), those already back say when. A
 * partial return is simply a return of some of them.
 */
export function ReturnItemsTable({
  handover,
  items,
  onToggle,
  onItem,
}: {
  handover: HandoverDetail;
  items: ReadonlyMap<number, ItemDraft>;
  onToggle: (itemId: number) => void;
  onItem: (itemId: number, draft: ItemDraft) => void;
}) {
  const t = useT();
  return (
    <TicksContext.Provider value={{ items, onToggle, onItem }}>
      <DataTable
        label={t('returnsDesk.itemsTitle')}
        className="desk-table returns-items"
        testId="returns-items"
        rows={[...handover.items]}
        columns={COLUMNS}
        rowId={(item) => String(item.id)}
        sorting={null}
        rowClass={(item) => (items.has(item.id) ? 'is-selected' : undefined)}
        rowData={(item) => ({ 'data-item': item.label })}
        emptyText={t('ui.empty')}
      />
    </TicksContext.Provider>
  );
}
