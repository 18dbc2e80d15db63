import { daysBetween, localDay } from '../../../shared/domain/lending';
import type { Format } from '../../components/format';
import type { T } from '../../i18n/useT';

/** « 30 déc. 2026 (dans 30 jours) », « 2 nov. 2026 (expiré depuis 28 jours) », or « pas encore rechargée ». */
export function expiryText(t: T, format: Format, expiresOn: string | null, today = localDay(new Date())): string {
  if (expiresOn === null) return t('sims.noCredit');
  const left = daysBetween(today, expiresOn);
  const day = format.day(expiresOn);
  if (left > 0) return t(`sims.expiresIn.${format.plural(left)}`, { date: day, count: left });
  if (left === 0) return t('sims.expiresToday', { date: day });
  return t(`sims.expiredSince.${format.plural(-left)}`, { date: day, count: -left });
}
