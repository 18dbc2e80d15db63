import type { PartUsed } from '../../../shared/contract/refurbishment';
import { useT } from '../../i18n/useT';
import { parseEurosToCents, parseWholeNumber } from '../../../shared/format';
import type { ApiError } from '../../../shared/errors';
import { Button } from '../../components/Button';
import { isFieldInError } from '../../components/fieldError';

/** A part as typed: quantity and cost stay text until the record is sent. */
export interface PartDraft {
  name: string;
  quantity: string;
  euros: string;
}

export const EMPTY_PART: PartDraft = { name: '', quantity: '1', euros: '' };

/** Typed parts to the API's form, or the field of the first one that cannot be read. */
export function partsToRecord(
  drafts: readonly PartDraft[],
): { ok: true; parts: PartUsed[] } | { ok: false; field: string } {
  const parts: PartUsed[] = [];
  for (const [index, draft] of drafts.entries()) {
    if (draft.name.trim() === '' && draft.euros.trim() === '') continue;
    const quantity = parseWholeNumber(draft.quantity);
    if (!quantity.ok || quantity.value === null || quantity.value < 1)
      return { ok: false, field: `parts.${index}.quantity` };
    const cents = parseEurosToCents(draft.euros);
    if (!cents.ok) return { ok: false, field: `parts.${index}.costCents` };
    parts.push({ name: draft.name, quantity: quantity.value, costCents: cents.value ?? 0 });
  }
  return { ok: true, parts };
}

/** Parts used on the bench, one line each: name, quantity, unit cost in euros. */
export function PartsEditor({
  parts,
  onChange,
  error,
}: {
  parts: PartDraft[];
  onChange: (parts: PartDraft[]) => void;
  error: ApiError | null;
}) {
  const t = useT();
  const set = (index: number, change: Partial<PartDraft>) =>
    onChange(parts.map((part, i) => (i === index ? { ...part, ...change } : part)));
  return (
    <fieldset className="desk-template" data-testid="workshop-parts">
      <legend>{t('workshop.parts')}</legend>
      {parts.length === 0 && <p className="desk-muted">{t('workshop.noParts')}</p>}
      {parts.map((part, index) => (
        <div className="desk-part" key={index}>
          <input
            aria-label={t('workshop.partName', { line: index + 1 })}
            placeholder={t('workshop.partNamePlaceholder')}
            value={part.name}
            onChange={(e) => set(index, { name: e.target.value })}
            className="input desk-part-name"
            aria-invalid={isFieldInError(error, `parts.${index}.name`) || undefined}
          />
          <input
            aria-label={t('field.quantity')}
            inputMode="numeric"
            value={part.quantity}
            onChange={(e) => set(index, { quantity: e.target.value })}
            className="input desk-part-quantity"
            aria-invalid={isFieldInError(error, `parts.${index}.quantity`) || undefined}
          />
          <input
            aria-label={t('workshop.partCost')}
            placeholder={t('workshop.partCost')}
            inputMode="decimal"
            value={part.euros}
            onChange={(e) => set(index, { euros: e.target.value })}
            className="input desk-part-cost"
            aria-invalid={isFieldInError(error, `parts.${index}.costCents`) || undefined}
          />
          <Button variant="ghost" size="small" onClick={() => onChange(parts.filter((_, i) => i !== index))}>
            {t('workshop.removePart')}
          </Button>
        </div>
      ))}
      <div>
        <Button size="small" onClick={() => onChange([...parts, EMPTY_PART])}>
          {t('workshop.addPart')}
        </Button>
      </div>
    </fieldset>
  );
}
