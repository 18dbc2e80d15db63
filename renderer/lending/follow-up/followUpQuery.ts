/** What the follow-up screen shows, kept in the route (`#/follow-up?view=overdue&group=partner&partner=3`). */
export type LoanView = 'active' | 'due_soon' | 'overdue';
export type GroupBy = 'partner' | 'programme';

export interface FollowUpView {
  view: LoanView;
  withinDays: number;
  groupBy: GroupBy | null;
  partnerId: number | null;
  programmeId: number | null;
}

export const LOAN_VIEWS: readonly LoanView[] = ['active', 'due_soon', 'overdue'];
export const GROUPINGS: readonly GroupBy[] = ['partner', 'programme'];
const DEFAULT_WITHIN_DAYS = 14;

function idOf(raw: string | null): number | null {
  const value = Number(raw);
  return raw && Number.isInteger(value) && value > 0 ? value : null;
}

export function viewFromQuery(query: URLSearchParams): FollowUpView {
  const view = LOAN_VIEWS.find((candidate) => candidate === query.get('view')) ?? 'active';
  const within = Number(query.get('within'));
  return {
    view,
    withinDays:
      Number.isInteger(within) && within >= 0 && within <= 365 && query.get('within') !== null
        ? within
        : DEFAULT_WITHIN_DAYS,
    groupBy: GROUPINGS.find((candidate) => candidate === query.get('group')) ?? null,
    partnerId: idOf(query.get('partner')),
    programmeId: idOf(query.get('programme')),
  };
}

export function viewToQuery(view: FollowUpView): URLSearchParams {
  const query = new URLSearchParams();
  if (view.view !== 'active') query.set('view', view.view);
  if (view.withinDays !== DEFAULT_WITHIN_DAYS) query.set('within', String(view.withinDays));
  if (view.groupBy) query.set('group', view.groupBy);
  if (view.partnerId) query.set('partner', String(view.partnerId));
  if (view.programmeId) query.set('programme', String(view.programmeId));
  return query;
}
