import { TextField } from '../../components/Field';
import { useT } from '../../i18n/useT';
import { PLAN_NUMBER_NAMES, type PlanNumbersOf } from './planNumbers';

export interface PlanNumberFieldsProps {
  of: PlanNumbersOf;
  dataGb: string;
  validityDays: string;
  onDataGb: (typed: string) => void;
  onValidityDays: (typed: string) => void;
  /** Whether the form's refusal names this path. */
  invalid: (path: string) => boolean;
  validityMaxLength?: number;
  validityHint?: string;
}

/** A SIM plan's two number boxes (data, validity; see `planNumbers.ts`), side by side in the form's own grid. */
export function PlanNumberFields({
  of,
  dataGb,
  validityDays,
  onDataGb,
  onValidityDays,
  invalid,
  validityMaxLength,
  validityHint,
}: PlanNumberFieldsProps) {
  const t = useT();
  const names = PLAN_NUMBER_NAMES[of];
  return (
    <>
      <TextField
        label={t(names.dataLabel)}
        optional
        inputMode="decimal"
        value={dataGb}
        onChange={(event) => onDataGb(event.target.value)}
        invalid={invalid(names.dataPath)}
      />
      <TextField
        label={t(names.validityLabel)}
        optional
        hint={validityHint}
        inputMode="numeric"
        value={validityDays}
        onChange={(event) => onValidityDays(event.target.value)}
        invalid={invalid(names.validityPath)}
        maxLength={validityMaxLength}
      />
    </>
  );
}
