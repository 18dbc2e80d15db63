import type { z } from 'zod';
import { DOCUMENT_REFERENCE_PATTERN } from '../../shared/domain/documents';
import { translate, type Lang, type MessageKey, type MessageParams } from '../../shared/i18n';

/**
 * What a field expects, in plain words, for each check the contract's zod schemas make: the gate's error map
 * (`zodErrorMap`) gives this as the issue's message, so no pattern, symbol or English word of zod's reaches a user.
 * A check that carries its own catalogue key (`.refine(…, 'end_before_start')`) keeps it: see `localise.ts`.
 */
type RawIssue = z.core.$ZodRawIssue;

/** `z.number().int()` bounds a number by JavaScript's safe integers: nothing a person needs to be told. */
const UNSAID = Number.MAX_SAFE_INTEGER;

/** What the schema owning an issue says of itself (zod's classic getters), when it says it. */
interface SchemaFacts {
  minValue?: number | null;
  maxValue?: number | null;
  minLength?: number | null;
  maxLength?: number | null;
  isInt?: boolean;
  _zod?: { def?: { checks?: readonly { _zod?: { def?: { format?: string; pattern?: RegExp } } }[] } };
}

function factsOf(issue: RawIssue): SchemaFacts {
  return (issue.schema ?? {}) as SchemaFacts;
}

function bound(value: number | null | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < UNSAID ? value : undefined;
}

/** The patterns the contract checks text against, each with the words that say what it expects. */
const PATTERN_WORDS: readonly [RegExp, MessageKey][] = [
  [/^\d+$/, 'validation.digits_only'],
  [/^[0-9a-f]{64}$/, 'validation.hex_fingerprint'],
  [/^[A-Z0-9][A-Z0-9-]*$/, 'validation.code_letters'],
  [DOCUMENT_REFERENCE_PATTERN, 'validation.document_reference'],
  [/^[A-Za-z0-9+/]*={0,2}$/, 'validation.base64'],
];

/** `^\d{4,8}$` and `^\d+$` (with the text's lengths) both say « digits only, 4 to 8 ». */
const DIGITS_BETWEEN = /^\^\\d\{(\d+),(\d+)\}\$$/;

function patternsOf(facts: SchemaFacts): RegExp[] {
  return (facts._zod?.def?.checks ?? []).flatMap((check) => {
    const def = check._zod?.def;
    return def?.format === 'regex' && def.pattern instanceof RegExp ? [def.pattern] : [];
  });
}

/** A text field that takes digits only, and how many: PINs and PUKs. */
function digitsRange(facts: SchemaFacts): { min: number; max: number } | null {
  for (const pattern of patternsOf(facts)) {
    const range = DIGITS_BETWEEN.exec(pattern.source);
    if (range) return { min: Number(range[1]), max: Number(range[2]) };
    if (pattern.source === '^\\d+$') {
      const min = bound(facts.minLength);
      const max = bound(facts.maxLength);
      if (min !== undefined && max !== undefined) return { min, max };
    }
  }
  return null;
}

function patternWords(pattern: RegExp | undefined, facts: SchemaFacts): [MessageKey, MessageParams?] {
  const digits = digitsRange(facts);
  if (digits) return ['validation.digits_between', digits];
  const known = pattern ? PATTERN_WORDS.find(([candidate]) => candidate.source === pattern.source) : undefined;
  return known ? [known[1]] : ['validation.pattern'];
}

function formatWords(issue: Extract<RawIssue, { code: 'invalid_format' }>): [MessageKey, MessageParams?] {
  switch (issue.format) {
    case 'date':
      return ['validation.date'];
    case 'datetime':
      return ['validation.date_time'];
    case 'email':
      return ['validation.email'];
    case 'regex':
      return patternWords((issue as { pattern?: RegExp }).pattern, factsOf(issue));
    default:
      return ['validation.pattern'];
  }
}

function expectedWords(expected: string): MessageKey {
  switch (expected) {
    case 'string':
      return 'validation.text';
    case 'number':
    case 'bigint':
      return 'validation.number';
    case 'int':
      return 'validation.whole_number';
    case 'boolean':
      return 'validation.yes_no';
    case 'array':
    case 'set':
    case 'tuple':
      return 'validation.list';
    case 'object':
    case 'record':
    case 'map':
      return 'validation.details';
    case 'date':
      return 'validation.date';
    default:
      return 'validation.invalid';
  }
}

/** A number's range, both ends when the schema has both: « un nombre entre 1 et 10 ». */
function rangeWords(issue: RawIssue): [MessageKey, MessageParams] | null {
  const facts = factsOf(issue);
  const min = bound(facts.minValue);
  const max = bound(facts.maxValue);
  if (min === undefined || max === undefined) return null;
  return [facts.isInt === true ? 'validation.whole_number_between' : 'validation.number_between', { min, max }];
}

function numberWords(
  issue: RawIssue,
  side: 'min' | 'max',
  limit: number,
  inclusive: boolean,
): [MessageKey, MessageParams?] {
  const range = inclusive ? rangeWords(issue) : null;
  if (range) return range;
  if (bound(limit) === undefined)
    return [factsOf(issue).isInt === true ? 'validation.whole_number' : 'validation.number'];
  if (side === 'min') return [inclusive ? 'validation.number_at_least' : 'validation.number_above', { min: limit }];
  return [inclusive ? 'validation.number_at_most' : 'validation.number_below', { max: limit }];
}

function lengthWords(issue: RawIssue, side: 'min' | 'max', limit: number): [MessageKey, MessageParams?] {
  const facts = factsOf(issue);
  const digits = digitsRange(facts);
  if (digits) return ['validation.digits_between', digits];
  if (side === 'min') return limit <= 1 ? ['validation.required'] : ['validation.too_short', { min: limit }];
  return ['validation.too_long', { max: limit }];
}

function wordsOf(issue: RawIssue): [MessageKey, MessageParams?] {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return ['validation.required'];
      return (['number', 'int'].includes(issue.expected) ? rangeWords(issue) : null) ?? [expectedWords(issue.expected)];
    case 'too_small': {
      const limit = Number(issue.minimum);
      if (issue.origin === 'string') return lengthWords(issue, 'min', limit);
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return numberWords(issue, 'min', limit, issue.inclusive !== false);
      if (issue.origin === 'array' || issue.origin === 'set') return ['validation.list_at_least', { min: limit }];
      return ['validation.invalid'];
    }
    case 'too_big': {
      const limit = Number(issue.maximum);
      if (issue.origin === 'string') return lengthWords(issue, 'max', limit);
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return numberWords(issue, 'max', limit, issue.inclusive !== false);
      if (issue.origin === 'array' || issue.origin === 'set') return ['validation.list_at_most', { max: limit }];
      if (issue.origin === 'file') return ['validation.invalid'];
      return ['validation.invalid'];
    }
    case 'invalid_format':
      return formatWords(issue);
    case 'not_multiple_of':
      return ['validation.multiple_of', { step: Number(issue.divisor) }];
    case 'invalid_value':
      return issue.values.length === 1 && issue.values[0] === true ? ['validation.ticked'] : ['validation.choice'];
    case 'unrecognized_keys':
      return ['validation.unexpected'];
    case 'invalid_union':
      return issue.input === undefined || issue.input === null ? ['validation.required'] : ['validation.invalid'];
    default:
      return ['validation.invalid'];
  }
}

/** The plain words for one of zod's issues, in the session's language. */
export function issueWords(lang: Lang, issue: RawIssue): string {
  if (issue.code === 'invalid_union' && issue.input !== undefined && issue.input !== null) {
    // Each branch was already described by this map: say what the first branch that is not « nothing » expects.
    const branch = issue.errors
      .flat()
      .find((candidate) => !(candidate.code === 'invalid_type' && candidate.expected === 'null'));
    if (branch && branch.path.length === 0) return branch.message;
  }
  const [key, params] = wordsOf(issue);
  return translate(lang, key, params);
}
