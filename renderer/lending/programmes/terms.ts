import type { Programme } from '../../../shared/contract/lending-types';
import type { Format } from '../../components/format';
import type { T } from '../../i18n/useT';
import { targetItemLabel } from '../shared/options';

/** « Prêt, 300 jours » or « Don ». */
export function termsText(t: T, programme: Programme): string {
  if (programme.defaultKind === 'donation') return t('handoverKind.donation');
  return programme.loanDays === null
    ? t('programmes.loanNoDuration')
    : t('programmes.loanFor', { days: programme.loanDays });
}

/** « 1 sept. 2026 → 15 juil. 2027 », or from the start only. */
export function periodText(t: T, format: Format, programme: Programme): string {
  const start = format.day(programme.startsOn);
  return programme.endsOn
    ? t('programmes.period', { start, end: format.day(programme.endsOn) })
    : t('programmes.from', { start });
}

/** « 800 Ordinateur portable · 100 Cartes SIM ». */
export function targetsText(t: T, format: Format, programme: Programme): string {
  if (programme.targets.length === 0) return t('programmes.noTargets');
  return programme.targets
    .map((target) =>
      t('programmes.target', { count: format.number(target.target), item: targetItemLabel(t, target.item) }),
    )
    .join(' · ');
}
