import { toCardinal as englishCardinal } from 'n2words/en-GB';
import { toCardinal as frenchCardinal } from 'n2words/fr-FR';
import type { Lang } from '../../../shared/i18n';

/**
 * An amount in euros written out, as a receipt states it: « mille deux cent trente-quatre euros et cinquante
 * centimes », “one thousand two hundred and thirty-four euros and fifty cents”. The numbers are n2words'
 * cardinals (French rules: « quatre-vingts », « deux cents », « vingt et un »); the currency words are ours, since
 * n2words' English currency is the pound and its French says « un million euros » where French says « d’euros ».
 */
export function amountInWords(lang: Lang, cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`not an amount in cents: ${cents}`);
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return lang === 'fr' ? french(euros, rest) : english(euros, rest);
}

function french(euros: number, cents: number): string {
  const centimes = `${frenchCardinal(cents)} ${cents === 1 ? 'centime' : 'centimes'}`;
  if (euros === 0) return cents === 0 ? 'zéro euro' : centimes;
  const words = frenchCardinal(euros);
  // « un million d’euros », « deux milliards d’euros », but « un million deux cents euros ».
  const unit = euros === 1 ? 'euro' : /(million|milliard)s?$/.test(words) ? 'd’euros' : 'euros';
  const whole = `${words} ${unit}`;
  return cents === 0 ? whole : `${whole} et ${centimes}`;
}

function english(euros: number, cents: number): string {
  const centsWords = `${englishCardinal(cents)} ${cents === 1 ? 'cent' : 'cents'}`;
  if (euros === 0) return cents === 0 ? 'zero euros' : centsWords;
  const whole = `${englishCardinal(euros)} ${euros === 1 ? 'euro' : 'euros'}`;
  return cents === 0 ? whole : `${whole} and ${centsWords}`;
}
