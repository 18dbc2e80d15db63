import type { MessageKey } from '../../../shared/i18n';
import type { ApiError } from '../../../shared/errors';
import { parseNumber, parseWholeNumber } from '../../../shared/format';
import type { T } from '../../i18n/useT';

/**
 * The two number boxes of a SIM plan, data (GB, decimal) and validity (whole days): on intake and on the card's
 * edit dialog they describe the plan (`planDataGb`, `planValidityDays`), on a top-up what the credit adds
 * (`dataGb`, `validityDays`). One place for their names and for the check that refuses what is not a number.
 */
export type PlanNumbersOf = 'plan' | 'topUp';

export interface PlanNumberNames {
  dataPath: string;
  dataLabel: MessageKey;
  validityPath: string;
  validityLabel: MessageKey;
  /** The field the refusal names (a top-up's box is labelled « days it adds », its error names the field). */
  validityErrorLabel: MessageKey;
}

export const PLAN_NUMBER_NAMES: Record<PlanNumbersOf, PlanNumberNames> = {
  plan: {
    dataPath: 'planDataGb',
    dataLabel: 'field.planDataGb',
    validityPath: 'planValidityDays',
    validityLabel: 'field.planValidityDays',
    validityErrorLabel: 'field.planValidityDays',
  },
  topUp: {
    dataPath: 'dataGb',
    dataLabel: 'field.dataGb',
    validityPath: 'validityDays',
    validityLabel: 'topUps.validityDays',
    validityErrorLabel: 'field.validityDays',
  },
};

export type PlanNumbers =
  | { ok: true; dataGb: number | null; validityDays: number | null }
  | { ok: false; error: ApiError };

/** Reads the two boxes: both may be blank; validity, when given, is a whole number of days from 1. */
export function parsePlanNumbers(t: T, of: PlanNumbersOf, dataGb: string, validityDays: string): PlanNumbers {
  const names = PLAN_NUMBER_NAMES[of];
  const refuse = (field: string, label: MessageKey): PlanNumbers => ({
    ok: false,
    error: { code: 'invalid_input', field, message: t('simIntake.notANumber', { field: t(label) }) },
  });
  const data = parseNumber(dataGb);
  if (!data.ok) return refuse(names.dataPath, names.dataLabel);
  const validity = parseWholeNumber(validityDays);
  if (!validity.ok || (validity.value !== null && validity.value < 1)) {
    return refuse(names.validityPath, names.validityErrorLabel);
  }
  return { ok: true, dataGb: data.value, validityDays: validity.value };
}
