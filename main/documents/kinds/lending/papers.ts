/**
 * What every lending document reads about a handover: the terms frozen at the counter (parties, items, dates), the
 * programme's reference values, who handed it over, where, and the signatures collected for it.
 */
import type { HandoverTerms, TermsItem } from '../../../../shared/contract/lending-types';
import type { HandoverKind } from '../../../../shared/domain/lending';
import type { Signer, SignatureMode } from '../../../../shared/domain/signatures';
import { DomainError } from '../../../errors';
import { signaturesForDocument } from '../../../services/signatures';
import type { Store } from '../../../store/store';

export interface CapturedSignature {
  mode: SignatureMode;
  png: Buffer | null;
  signedBy: string;
}

export interface HandoverPapers {
  handoverId: number;
  number: string;
  kind: HandoverKind;
  terms: HandoverTerms;
  items: TermsItem[];
  /** Reference value of each item, in cents, or null when the programme has none for its kind. */
  values: (number | null)[];
  totalValueCents: number | null;
  /** The operator who handed it over. */
  staffName: string;
  /** The town in the first active site's address, when the organisation's own address gives none. */
  siteTown: string | null;
  signatures: Partial<Record<Signer, CapturedSignature>>;
}

/** `12 rue X\n69003 Lyon` or `…, 69003 Lyon` gives `Lyon`. */
export function townOf(address: string | null | undefined): string | null {
  const last =
    (address ?? '')
      .split(/[\n,]/)
      .map((part) => part.trim())
      .filter(Boolean)
      .at(-1) ?? '';
  const match = /^\d{4,5}\s+(.*\p{L}.*)$/u.exec(last);
  return match?.[1] ? match[1].replace(/\s+cedex.*$/i, '').trim() : null;
}

function agreedValueOf(item: TermsItem, values: Map<string, number>): number | null {
  return values.get(item.type === 'sim' ? 'sim' : item.kind) ?? null;
}

export function signaturesOfSubject(store: Store, handoverId: number, returnId: number | null) {
  return Object.fromEntries(signaturesForDocument(store, handoverId, returnId)) as HandoverPapers['signatures'];
}

/** Reads the handover inside the document's transaction; refuses one whose person has been anonymised. */
export function loadPapers(store: Store, handoverId: number): HandoverPapers {
  const record = store.handovers.record(handoverId);
  if (!record)
    throw new DomainError('not_found', { entity: 'entity.handover', ref: String(handoverId) }, 'subject.ids');
  if (record.terms.anonymised) throw new DomainError('beneficiary_anonymised', {}, 'subject.ids');
  const values = new Map(
    store.agreementTemplates.itemValues(record.programme.id).map((value) => [value.item, value.valueCents]),
  );
  const itemValues = record.terms.items.map((item) => agreedValueOf(item, values));
  const site = store.people.listSites().find((candidate) => candidate.active);
  return {
    handoverId,
    number: record.number,
    kind: record.kind,
    terms: record.terms,
    items: record.terms.items,
    values: itemValues,
    totalValueCents: values.size === 0 ? null : itemValues.reduce<number>((sum, value) => sum + (value ?? 0), 0),
    staffName: record.createdBy.name,
    siteTown: townOf(site?.address),
    signatures: signaturesOfSubject(store, handoverId, null),
  };
}

/** Device ids the document covers, so it shows on each device's page. */
export function deviceIdsOf(items: readonly TermsItem[]): number[] {
  return items.flatMap((item) => (item.type === 'device' ? [item.deviceId] : []));
}
