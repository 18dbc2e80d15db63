/**
 * A programme's agreement clauses: Rebond's default text until a coordinator saves the programme's own, per variant
 * (adult, minor, institution, donation) and language. A text is parsed before it is saved; an unknown placeholder or a stray brace refuses
 * the save whole, naming it.
 */
import { createHash } from 'node:crypto';
import type { AgreementTemplate, ItemValue } from '../../shared/contract/agreements-types';
import { placeholderName, placeholdersFor } from '../../shared/domain/agreement-placeholders';
import { parseTemplate, type TemplateBlock, type TemplateProblem } from '../../shared/domain/agreement-template';
import type { ClauseVariant } from '../../shared/domain/agreement-variants';
import type { Lang } from '../../shared/i18n';
import { defaultClauses } from '../documents/templates/defaults';
import { DomainError } from '../errors';
import type { Store } from '../store/store';
import { requireProgramme } from './partners';
import { anonymiseAfterMonths } from './privacy';
import { readSettings } from './settings';
import { read, write, type Actor } from './unit-of-work';

export interface TemplateKey {
  programmeId: number;
  variant: ClauseVariant;
  lang: Lang;
}

function view(store: Store, key: TemplateKey): AgreementTemplate {
  const programme = requireProgramme(store, key.programmeId);
  const repository = store.agreementTemplates;
  const saved = repository.get(key.programmeId, key.variant, key.lang);
  const defaultBody = defaultClauses(key.variant, key.lang);
  return {
    programmeId: programme.id,
    programmeName: programme.name,
    variant: key.variant,
    lang: key.lang,
    body: saved?.body ?? defaultBody,
    custom: saved !== null,
    defaultBody,
    updatedAt: saved?.updatedAt ?? null,
    updatedBy: saved?.updatedBy ?? null,
    placeholders: placeholdersFor(key.variant).map((id) => ({ id, name: placeholderName(key.lang, id) })),
    itemValues: repository.itemValues(programme.id),
    retentionMonths: anonymiseAfterMonths(store),
    organisationName: readSettings(store).organisationName,
  };
}

export function getAgreementTemplate(store: Store, key: TemplateKey): AgreementTemplate {
  return read(store, () => view(store, key));
}

/** A refused text as an API error: the placeholder or excerpt, and the line, in the message. */
function refusal(problem: TemplateProblem): DomainError {
  const { code, ...params } = problem;
  return new DomainError(code, params, 'body');
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

export function saveAgreementTemplate(
  store: Store,
  actor: Actor,
  input: TemplateKey & { body: string },
): AgreementTemplate {
  return write(store, actor, (tx) => {
    requireProgramme(store, input.programmeId);
    const body = input.body.replace(/\r\n?/g, '\n').trim();
    const parsed = parseTemplate(body, input.lang, input.variant);
    if (!parsed.ok) throw refusal(parsed.problem);
    store.agreementTemplates.save(input.programmeId, input.variant, input.lang, body, actor.id, tx.now);
    tx.record('programme', input.programmeId, 'agreement_template.saved', {
      variant: input.variant,
      lang: input.lang,
      sha256: digest(body),
      length: body.length,
    });
    return view(store, input);
  });
}

export function resetAgreementTemplate(store: Store, actor: Actor, key: TemplateKey): AgreementTemplate {
  return write(store, actor, (tx) => {
    requireProgramme(store, key.programmeId);
    if (store.agreementTemplates.remove(key.programmeId, key.variant, key.lang)) {
      tx.record('programme', key.programmeId, 'agreement_template.reset', { variant: key.variant, lang: key.lang });
    }
    return view(store, key);
  });
}

export function setItemValues(
  store: Store,
  actor: Actor,
  input: TemplateKey & { values: ItemValue[] },
): AgreementTemplate {
  return write(store, actor, (tx) => {
    requireProgramme(store, input.programmeId);
    store.agreementTemplates.replaceItemValues(input.programmeId, input.values);
    tx.record('programme', input.programmeId, 'agreement_values.updated', {
      values: Object.fromEntries(input.values.map((value) => [value.item, value.valueCents])),
    });
    return view(store, input);
  });
}

/** Texts parsed lately, by language, variant and body: most agreements print one of a few texts. */
const parsedTexts = new Map<string, TemplateBlock[]>();
const PARSED_TEXTS_KEPT = 64;

/**
 * The clauses an agreement prints: the programme's saved text, or Rebond's default. Call inside a read. The same
 * text gives the same (frozen) array, parsed once.
 */
export function clausesFor(store: Store, key: TemplateKey): readonly TemplateBlock[] {
  const saved = store.agreementTemplates.get(key.programmeId, key.variant, key.lang);
  const body = saved?.body ?? defaultClauses(key.variant, key.lang);
  const cacheKey = `${key.lang}|${key.variant}|${body}`;
  const cached = parsedTexts.get(cacheKey);
  if (cached) return cached;
  const parsed = parseTemplate(body, key.lang, key.variant);
  if (!parsed.ok) throw refusal(parsed.problem);
  if (parsedTexts.size >= PARSED_TEXTS_KEPT) parsedTexts.clear();
  parsedTexts.set(cacheKey, Object.freeze(parsed.blocks) as TemplateBlock[]);
  return parsed.blocks;
}
