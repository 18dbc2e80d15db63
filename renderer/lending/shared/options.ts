import { useMemo } from 'react';
import type { Partner, Programme } from '../../../shared/contract/lending-types';
import { BENEFICIARY_CATEGORIES, HANDOVER_KINDS, PARTNER_KINDS, type TargetItem } from '../../../shared/domain/lending';
import type { SelectOption } from '../../components/Field';
import { useT, type T } from '../../i18n/useT';

/** The label of what a programme counts: a kind of device, or SIM cards. */
export function targetItemLabel(t: T, item: TargetItem): string {
  return item === 'sim' ? t('targetItem.sim') : t(`kind.${item}`);
}

/** The same in a narrow column: « Portable », « Cartes SIM ». */
export function targetItemShortLabel(t: T, item: TargetItem): string {
  return item === 'sim' ? t('targetItem.sim') : t(`kindShort.${item}`);
}

/** The closed vocabularies of lending as select options, in the operator's language. */
export function useLendingOptions() {
  const t = useT();
  return useMemo(
    () => ({
      partnerKinds: PARTNER_KINDS.map((value) => ({ value, label: t(`partnerKind.${value}`) })),
      categories: BENEFICIARY_CATEGORIES.map((value) => ({ value, label: t(`category.${value}`) })),
      handoverKinds: HANDOVER_KINDS.map((value) => ({ value, label: t(`handoverKind.${value}`) })),
    }),
    [t],
  );
}

/** Partners or programmes as options of a filter or a form, ids as strings, with a first « none » choice. */
export function entityOptions(
  rows: readonly (Partner | Programme)[] | null,
  noneLabel: string,
): SelectOption<string>[] {
  return [{ value: '', label: noneLabel }, ...(rows ?? []).map((row) => ({ value: String(row.id), label: row.name }))];
}

/** An id from a select's value; '' means none. */
export function idFromOption(value: string): number | null {
  const id = Number(value);
  return value !== '' && Number.isInteger(id) && id > 0 ? id : null;
}
