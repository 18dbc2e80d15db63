/** Who has what, and what needs a phone call: open loans, loans due soon or overdue, SIM credit running out. */
import type { LoanFollowUp, SimFollowUpRow } from '../../shared/contract/lending-types';
import { addDays, daysBetween } from '../../shared/domain/lending';
import type { LoanQuery } from '../store/repositories/follow-up';
import type { Store } from '../store/store';
import { today } from './calendar';
import { read } from './unit-of-work';

export interface LoanFollowUpInput {
  view: 'active' | 'due_soon' | 'overdue';
  withinDays: number;
  partnerId: number | null;
  programmeId: number | null;
  groupBy: 'partner' | 'programme' | null;
  limit: number;
}

export function loanFollowUp(store: Store, input: LoanFollowUpInput): LoanFollowUp {
  return read(store, () => {
    const asOf = today(store);
    const query: LoanQuery = {
      partnerId: input.partnerId,
      programmeId: input.programmeId,
      dueFrom: input.view === 'due_soon' ? asOf : null,
      dueTo:
        input.view === 'due_soon'
          ? addDays(asOf, input.withinDays)
          : input.view === 'overdue'
            ? addDays(asOf, -1)
            : null,
      limit: input.limit,
    };
    const rows = store.followUp.openLoans(query).map((loan) => ({
      ...loan,
      daysOverdue: loan.dueOn === null ? 0 : Math.max(0, daysBetween(loan.dueOn, asOf)),
    }));
    const groups = input.groupBy ? store.followUp.loanGroups(input.groupBy, query, asOf) : [];
    return { asOf, rows, groups };
  });
}

export function simFollowUp(
  store: Store,
  input: { withinDays: number; includeLapsed: boolean; partnerId: number | null; programmeId: number | null },
): SimFollowUpRow[] {
  return read(store, () => {
    const asOf = today(store);
    return store.followUp
      .expiringSims(input.includeLapsed ? null : asOf, addDays(asOf, input.withinDays))
      .flatMap((sim) => {
        const handover = sim.handoverId === null ? null : store.handovers.summary(sim.handoverId);
        if (input.partnerId !== null && handover?.referringPartner.id !== input.partnerId) return [];
        if (input.programmeId !== null && handover?.programme.id !== input.programmeId) return [];
        const { handoverId: _handoverId, ...card } = sim;
        return [
          {
            ...card,
            daysLeft: daysBetween(asOf, sim.expiresOn),
            handover: handover
              ? {
                  id: handover.id,
                  number: handover.number,
                  recipientLabel: handover.recipientLabel,
                  partnerName: handover.referringPartner.name,
                  programmeName: handover.programme.name,
                }
              : null,
          },
        ];
      });
  });
}
