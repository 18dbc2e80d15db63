import type { HandoverDetail, HandoverItem } from '../../../shared/contract/lending-types';
import { SIM_RETURN_OUTCOMES } from '../../../shared/domain/lending';
import { APPEARANCE_GRADES } from '../../../shared/domain/values';
import { Badge } from '../../components/Badge';
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
  const format = useFormat();
  return (
    <table className="data-table desk-table returns-items" data-testid="returns-items">
      <thead>
        <tr>
          <th scope="col">{t('returnsDesk.back')}</th>
          <th scope="col">{t('returnsDesk.item')}</th>
          <th scope="col">{t('returnsDesk.onReturn')}</th>
        </tr>
      </thead>
      <tbody>
        {handover.items.map((item) => {
          const draft = items.get(item.id);
          return (
            <tr key={item.id} className={draft ? 'is-selected' : undefined} data-item={item.label}>
              <td>
                <input
                  type="checkbox"
                  checked={draft !== undefined}
                  disabled={item.returned !== null}
                  onChange={() => onToggle(item.id)}
                  aria-label={t('returnsDesk.tick', { ref: item.label })}
                />
              </td>
              <td>
                <strong className="desk-mono">{item.label}</strong>
                <br />
                <span className="desk-muted">{item.description}</span>
              </td>
              <td>
                {item.returned ? (
                  <span className="desk-muted">
                    {t('returnsDesk.alreadyBack', {
                      number: item.returned.returnNumber,
                      date: format.day(item.returned.returnedOn),
                    })}
                  </span>
                ) : draft ? (
                  <ItemFields item={item} draft={draft} onChange={(next) => onItem(item.id, next)} />
                ) : (
                  <span className="desk-muted">{t('returnsDesk.stillOut')}</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
