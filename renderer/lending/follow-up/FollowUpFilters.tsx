import { InlineSelect } from '../../components/InlineSelect';
import { useApiQuery } from '../../api/queries';
import { useT } from '../../i18n/useT';
import { entityOptions, idFromOption } from '../shared/options';
import { GROUPINGS, LOAN_VIEWS, type FollowUpView, type GroupBy, type LoanView } from './followUpQuery';

const WITHIN_CHOICES = [7, 14, 30, 60] as const;

/** Which loans (open, due soon, overdue), for whom (partner, programme), and how they are grouped. */
export function FollowUpFilters({ view, onChange }: { view: FollowUpView; onChange: (view: FollowUpView) => void }) {
  const t = useT();
  const partners = useApiQuery('partners.list', { includeInactive: true });
  const programmes = useApiQuery('programmes.list', {});
  return (
    <div className="follow-up-filters">
      <div className="segmented" role="group" aria-label={t('followUp.viewLabel')}>
        {LOAN_VIEWS.map((candidate: LoanView) => (
          <button
            key={candidate}
            type="button"
            aria-pressed={view.view === candidate}
            data-view={candidate}
            onClick={() => onChange({ ...view, view: candidate })}
          >
            {t(`followUp.view.${candidate}`)}
          </button>
        ))}
      </div>
      <InlineSelect
        label={t('followUp.within')}
        options={WITHIN_CHOICES.map((days) => ({
          value: String(days),
          label: t('followUp.withinDays', { count: days }),
        }))}
        value={String(view.withinDays)}
        onChange={(value) => onChange({ ...view, withinDays: Number(value) })}
        active={view.withinDays !== 14}
      />
      <InlineSelect
        label={t('field.groupBy')}
        options={[
          { value: '', label: t('followUp.noGrouping') },
          ...GROUPINGS.map((value) => ({ value, label: t(`followUp.groupBy.${value}`) })),
        ]}
        value={view.groupBy ?? ''}
        onChange={(value) =>
          onChange({ ...view, groupBy: GROUPINGS.find((candidate: GroupBy) => candidate === value) ?? null })
        }
        active={view.groupBy !== null}
      />
      <InlineSelect
        label={t('field.partnerId')}
        options={entityOptions(partners.data, t('lending.allPartners'))}
        value={view.partnerId ? String(view.partnerId) : ''}
        onChange={(value) => onChange({ ...view, partnerId: idFromOption(value) })}
        active={view.partnerId !== null}
      />
      <InlineSelect
        label={t('field.programmeId')}
        options={entityOptions(programmes.data, t('lending.allProgrammes'))}
        value={view.programmeId ? String(view.programmeId) : ''}
        onChange={(value) => onChange({ ...view, programmeId: idFromOption(value) })}
        active={view.programmeId !== null}
      />
    </div>
  );
}
