import type { lendingContract } from '../../../shared/contract/lending';
import type { Lang } from '../../../shared/i18n';
import type { ItemVerdict } from '../../services/handover-checks';
import type { HandlersFor } from '../dispatch';
import { errorMessage, warningOf } from '../../../shared/error-messages';
import {
  createBeneficiary,
  getBeneficiary,
  searchBeneficiaries,
  updateBeneficiary,
} from '../../services/beneficiaries';
import { loanFollowUp, simFollowUp } from '../../services/follow-up';
import {
  checkHandoverItems,
  createHandover,
  getHandover,
  listHandovers,
  previewHandover,
} from '../../services/handovers';
import {
  createPartner,
  createProgramme,
  programmeProgress,
  updatePartner,
  updateProgramme,
} from '../../services/partners';
import {
  anonymiseAfterMonths,
  anonymiseBeneficiary,
  exportBeneficiary,
  setAnonymiseAfterMonths,
} from '../../services/privacy';
import { createReturn, lookupReturn } from '../../services/returns';
import { anonymiseDueAfterBackup } from '../../services/anonymise-run';

/** Each item's verdict with its refusal in the caller's language. */
const linesOf = (lang: Lang, lines: readonly ItemVerdict[]) =>
  lines.map(({ problem, ...line }) => ({
    ...line,
    problem: problem ? { code: problem.code, message: errorMessage(lang, problem.code, problem.params) } : null,
  }));

export const lendingHandlers: HandlersFor<typeof lendingContract> = {
  'partners.list': (input, { store }) => store.partners.list(input.includeInactive),
  'partners.create': (input, { store, actor }) => createPartner(store, actor, input),
  'partners.update': (input, { store, actor }) => updatePartner(store, actor, input),
  'programmes.list': (_input, { store }) => store.programmes.list(),
  'programmes.create': (input, { store, actor }) => createProgramme(store, actor, input),
  'programmes.update': (input, { store, actor }) => updateProgramme(store, actor, input),
  'programmes.progress': (input, { store }) => programmeProgress(store, input.programmeId),
  'beneficiaries.search': (input, { store, actor }) => searchBeneficiaries(store, actor, input),
  'beneficiaries.get': (input, { store, actor }) => getBeneficiary(store, actor, input.id),
  'beneficiaries.create': (input, { store, actor }) => createBeneficiary(store, actor, input),
  'beneficiaries.update': (input, { store, actor }) => updateBeneficiary(store, actor, input),
  'beneficiaries.export': (input, { store, actor }) => exportBeneficiary(store, actor, input.id),
  'beneficiaries.anonymise': (input, { store, actor }) => anonymiseBeneficiary(store, actor, input.id),
  'handovers.check': (input, { store, session }) => {
    const checked = checkHandoverItems(store, input.deviceIds, input.simIds);
    const lines = linesOf(session.lang, checked.lines);
    return {
      ok: lines.every((line) => line.problem === null),
      lines,
      warnings: checked.warnings.map((w) => warningOf(session.lang, w.code, w.field, w.params)),
    };
  },
  'handovers.preview': (input, { store, session }) => {
    const { checked, warnings, ...preview } = previewHandover(store, input);
    return {
      ...preview,
      lines: linesOf(session.lang, checked.lines),
      warnings: warnings.map((w) => ({ ...warningOf(session.lang, w.code, w.field, w.params), key: w.key })),
    };
  },
  'handovers.create': (input, { store, actor, session }) => {
    const created = createHandover(store, actor, input);
    return {
      handover: created.handover,
      warnings: created.warnings.map((w) => ({ ...warningOf(session.lang, w.code, w.field, w.params), key: w.key })),
    };
  },
  'handovers.get': (input, { store, actor }) => getHandover(store, actor, input.id),
  'handovers.list': (input, { store }) => listHandovers(store, input),
  'returns.lookup': (input, { store, actor }) => lookupReturn(store, actor, input.scan),
  'returns.create': (input, { store, actor }) => createReturn(store, actor, input),
  'followUp.loans': (input, { store }) => loanFollowUp(store, input),
  'followUp.sims': (input, { store }) => simFollowUp(store, input),
  'privacy.anonymiseDue': (_input, { store, actor }) => anonymiseDueAfterBackup(store, actor),
  'privacy.retention': (_input, { store }) => ({ anonymiseAfterMonths: anonymiseAfterMonths(store) }),
  'privacy.setRetention': (input, { store, actor }) =>
    setAnonymiseAfterMonths(store, actor, input.anonymiseAfterMonths),
};
