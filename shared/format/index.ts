/** Locale, numbers, euros, dates and times in the organisation's zone, phone numbers and plurals: one module for main, the CLI, the documents and the renderer. */
export { localeOf } from './locale';
export { machineTimeZone, timeZones, isTimeZone } from './time-zone';
export { formatNumber } from './numbers';
export {
  parseNumber,
  parseWholeNumber,
  readDecimal,
  valueOrNull,
  type NumberRules,
  type ParsedNumber,
} from './parse-number';
export { formatEuros, parseEurosToCents } from './money';
export {
  formatDate,
  formatDay,
  formatTime,
  formatDateTime,
  formatAgo,
  yearIn,
  calendarDayIn,
  isCalendarDay,
} from './dates';
export { formatMonth, formatWeek } from './periods';
export { normaliseMobilePhone, formatPhone, type PhoneCheck } from './phone';
export { pluralOf, type PluralCategory } from './plural';
export { deName, leName, elides } from './names';
export { createDisplayFormat, type DisplayFormat } from './display';
