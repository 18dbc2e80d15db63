import { hasMessage } from '../../shared/i18n';
import type { T } from '../i18n/useT';

const FIELD_LABELS: Record<string, string> = { imei: 'field.imeis', imei2: 'correction.imei2' };

/** `device.identity_corrected` keeps `{ field: { from, to } }`: « Numéro de série : 5CQ6VYI → 5CQ6VY1 ». */
export function describeIdentityChanges(t: T, payload: Record<string, unknown>): string {
  const changes = payload.changes;
  if (typeof changes !== 'object' || changes === null) return '';
  return Object.entries(changes as Record<string, { from?: unknown; to?: unknown }>)
    .map(([field, change]) => {
      const key = FIELD_LABELS[field] ?? `field.${field}`;
      const name = hasMessage(key) ? t(key) : field;
      const shown = (value: unknown) => {
        const text = typeof value === 'string' ? value : '';
        if (text === '') return '—';
        const kindKey = `kind.${text}`;
        return field === 'kind' && hasMessage(kindKey) ? t(kindKey) : text;
      };
      return t('correction.change', { field: name, from: shown(change.from), to: shown(change.to) });
    })
    .join(t('correction.changeSeparator'));
}
