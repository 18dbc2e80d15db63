import type { z } from 'zod';
import type { ApiError, ErrorCode, Params, Refusal } from '../../shared/errors';
import { errorMessage } from '../../shared/error-messages';
import { hasMessage, translate, type Lang } from '../../shared/i18n';
import type { RefusalDraft } from '../errors';
import { issueWords } from './issue-words';

export function refusalOf(lang: Lang, draft: RefusalDraft): Refusal {
  return {
    deviceId: draft.deviceId,
    assetTag: draft.assetTag,
    code: draft.code,
    message: errorMessage(lang, draft.code, draft.params),
  };
}

/** `devices.3.serial` reads as "Appareils, ligne 4, Numéro de série". */
export function fieldLabel(lang: Lang, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (const segment of path) {
    if (typeof segment === 'number') {
      parts.push(translate(lang, 'common.lineOf', { line: segment + 1 }));
      continue;
    }
    const key = `field.${String(segment)}`;
    parts.push(hasMessage(key) ? translate(lang, key) : String(segment));
  }
  return parts.length > 0 ? parts.join(', ') : translate(lang, 'field.input');
}

export function apiError(
  lang: Lang,
  code: ErrorCode,
  params: Params = {},
  field?: string,
  refusals?: RefusalDraft[],
): ApiError {
  const error: ApiError = { code, message: errorMessage(lang, code, params) };
  if (field !== undefined) error.field = field;
  if (Object.keys(params).length > 0) error.params = params;
  if (refusals) error.refusals = refusals.map((draft) => refusalOf(lang, draft));
  return error;
}

/**
 * The gate's error map: every issue zod finds says what the field expects in plain words of the session's language
 * (`issue-words.ts`); zod's own texts (patterns, `>=`, English) are never used.
 */
export function zodErrorMap(lang: Lang): z.core.$ZodErrorMap {
  return (issue) => issueWords(lang, issue);
}

/**
 * The detail after the field's name. A check of the contract that names its own words carries a catalogue key
 * (`validation.<message>`, e.g. `.refine(…, 'end_before_start')`); every other issue already holds the error map's
 * plain words.
 */
export function issueDetail(lang: Lang, issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return '';
  const key = `validation.${issue.message}`;
  return hasMessage(key) ? translate(lang, key) : issue.message;
}

export function invalidInput(lang: Lang, error: z.ZodError): ApiError {
  const issue = error.issues[0];
  const path = issue?.path ?? [];
  const field = path.map(String).join('.');
  const detail = issueDetail(lang, issue);
  return {
    code: 'invalid_input',
    field,
    params: { field: fieldLabel(lang, path), detail },
    message: translate(lang, 'error.invalid_input', { field: fieldLabel(lang, path), detail }),
  };
}
