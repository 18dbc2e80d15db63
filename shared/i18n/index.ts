import { certificateFieldMessages } from './catalog/certificates';
import { accessMessages } from './catalog/access';
import { apiHostMessages } from './catalog/api-host';
import { hubMessages } from './catalog/hub';
import { deskSettingMessages } from './catalog/desk-setting';
import { backupMessages } from './catalog/backups';
import { formatDay, isCalendarDay } from '../format/dates';
import { deName, leName } from '../format/names';
import { formatNumber } from '../format/numbers';
import { pluralOf } from '../format/plural';
import { DEFAULT_LANG, type Lang, type Message, type Messages } from './define';
import { cliMessages } from './catalog/cli';
import { commonMessages } from './catalog/common';
import { dataLayerMessages } from './catalog/data-layer';
import { documentMessages } from './catalog/documents';
import { documentsLendingMessages } from './catalog/documents-lending';
import { errorMessages } from './catalog/errors';
import { exportMessages } from './catalog/exports';
import { wasteMessages } from './catalog/waste';
import { programmeReportMessages } from './catalog/programme-report';
import { exportSaveMessages } from './catalog/export-save';
import { donorReportMessages } from './catalog/donor-report';
import { donorReportPdfMessages } from './catalog/donor-report-pdf';
import { fieldMessages } from './catalog/fields';
import { importMessages } from './catalog/imports';
import { formatMessages } from './catalog/format';
import { importFlowMessages } from './catalog/imports-flow';
import { driveRemovalMessages } from './catalog/drive-removal';
import { uiImportMessages } from './catalog/ui-imports';
import { lendingMessages } from './catalog/lending';
import { handoverCheckMessages } from './catalog/handover-checks';
import { handoverPageMessages } from './catalog/handover-page';
import { lendingErrorMessages } from './catalog/lending-errors';
import { migrationErrorMessages } from './catalog/migration-errors';
import { correctionsUiMessages } from './catalog/corrections-ui';
import { scanRuleMessages } from './catalog/scan-rules';
import { shellMessages } from './catalog/shell';
import { storageMessages } from './catalog/storage';
import { storeCheckMessages } from './catalog/store-check';
import { uiAppMessages } from './catalog/ui-app';
import { uiDesksMessages } from './catalog/ui-desks';
import { uiLendingMessages } from './catalog/ui-lending';
import { vocabularyMessages } from './catalog/vocabulary';
import { deskKeyMessages } from './catalog/desk-keys';
import { validationMessages } from './catalog/validation';
import { accessibilityMessages } from './catalog/accessibility';
import { fieldLabelMessages } from './catalog/field-labels';
import { taxReceiptMessages } from './catalog/tax-receipts';
import { dashboardChartMessages } from './catalog/dashboard-charts';
import { taxReceiptCancellationMessages } from './catalog/tax-receipt-cancellation';
import { reportDialogMessages } from './catalog/report-dialog';

export { DEFAULT_LANG, LANGS, type Lang, type Message, type PluralForms } from './define';

const parts = [
  cliMessages,
  commonMessages,
  errorMessages,
  fieldMessages,
  vocabularyMessages,
  uiAppMessages,
  uiDesksMessages,
  shellMessages,
  lendingMessages,
  lendingErrorMessages,
  uiLendingMessages,
  documentMessages,
  documentsLendingMessages,
  migrationErrorMessages,
  storageMessages,
  accessMessages,
  backupMessages,
  dataLayerMessages,
  importMessages,
  certificateFieldMessages,
  formatMessages,
  storeCheckMessages,
  apiHostMessages,
  scanRuleMessages,
  correctionsUiMessages,
  importFlowMessages,
  uiImportMessages,
  deskKeyMessages,
  validationMessages,
  fieldLabelMessages,
  accessibilityMessages,
  handoverCheckMessages,
  handoverPageMessages,
  hubMessages,
  deskSettingMessages,
  driveRemovalMessages,
  exportMessages,
  wasteMessages,
  exportSaveMessages,
  taxReceiptMessages,
  dashboardChartMessages,
  taxReceiptCancellationMessages,
  donorReportMessages,
  donorReportPdfMessages,
  programmeReportMessages,
  reportDialogMessages,
] as const;

type KeysOf<M> = M extends Messages<infer K, Message> ? K : never;
export type MessageKey = KeysOf<(typeof parts)[number]>;

const catalogue: Record<Lang, Record<MessageKey, Message>> = {
  fr: Object.assign({}, ...parts.map((part) => part.fr)) as Record<MessageKey, Message>,
  en: Object.assign({}, ...parts.map((part) => part.en)) as Record<MessageKey, Message>,
};

export type MessageParams = Record<string, string | number>;

export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(catalogue.fr, key);
}

/** Every message of a language, for the tests that read the whole catalogue. */
export function catalogueOf(lang: Lang): Readonly<Record<MessageKey, Message>> {
  return catalogue[lang];
}

/** The number a plural form is chosen on: a number, or text that reads as one (`'12'`); anything else is plural. */
function countOf(value: string | number | undefined): number {
  if (typeof value === 'number') return value;
  const parsed = value === undefined ? Number.NaN : Number(value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
  return Number.isFinite(parsed) ? parsed : Number.POSITIVE_INFINITY;
}

/** The template of a message for these parameters: plural forms are chosen, down to a string. */
function templateOf(lang: Lang, message: Message, params: MessageParams): string {
  let chosen = message;
  while (typeof chosen !== 'string')
    chosen = pluralOf(lang, countOf(params[chosen.plural ?? 'count'])) === 'one' ? chosen.one : chosen.other;
  return chosen;
}

/** Numbers and calendar days (`YYYY-MM-DD`, as main stores them) as a reader of the language writes them. */
function formatParam(value: string | number, lang: Lang): string {
  if (typeof value === 'number') return formatNumber(lang, value);
  return isCalendarDay(value) ? formatDay(lang, value) : value;
}

/** French articles a placeholder may carry before a name: `{de:organisation}` gives « de Rebond », « d'Emmaüs ». */
const ARTICLES: Record<string, (name: string) => string> = { de: deName, le: leName };

/**
 * Translates a key, choosing its plural forms and filling `{name}` placeholders (`{de:name}` and `{le:name}` put
 * the French article before it, elided where it must be); numbers and calendar days are formatted for the language.
 */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const message: Message = catalogue[lang][key] ?? catalogue[DEFAULT_LANG][key];
  return templateOf(lang, message, params).replace(
    /\{(?:(de|le):)?(\w+)\}/g,
    (whole, article: string | undefined, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      const text = formatParam(value, lang);
      const withArticle = article === undefined ? undefined : ARTICLES[article];
      return withArticle ? withArticle(text) : text;
    },
  );
}

export function isLang(value: unknown): value is Lang {
  return value === 'fr' || value === 'en';
}
