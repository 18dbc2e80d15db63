import type { EventEntry } from '../../shared/contract/events';
import { hasMessage, type MessageKey } from '../../shared/i18n';
import type { T } from '../i18n/useT';
import { describeIdentityChanges } from './describeCorrection';
import type { Format } from './format';

export interface EventDescription {
  text: string;
  /** The free note someone typed with the action, if any. */
  note: string | null;
}

function text(payload: Record<string, unknown>, key: string): string {
  const value = payload[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** A vocabulary value through its label (`technique.overwrite` → « Réécriture »), or as stored if unknown. */
function label(t: T, prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return hasMessage(key) ? t(key) : value;
}

/** `changes` holds the new values; `textChanged` names the free-text fields, whose words the log does not keep. */
function changedFields(t: T, payload: Record<string, unknown>): string {
  const changes = payload.changes;
  const fields = typeof changes === 'object' && changes !== null ? Object.keys(changes) : [];
  const texts = Array.isArray(payload.textChanged)
    ? payload.textChanged.filter((field) => typeof field === 'string')
    : [];
  return [...fields, ...texts].map((field) => label(t, 'field', field)).join(', ');
}

/** One event of the log as a sentence in the operator's language. */
export function describeEvent(t: T, format: Format, entry: EventEntry): EventDescription {
  const p = entry.payload;
  const note = text(p, 'note') || null;
  const describe = (): string => {
    if (entry.type.startsWith('lifecycle.')) {
      const key = `event.${entry.type}`;
      return hasMessage(key) ? t(key) : t('event.unknown', { type: entry.type });
    }
    switch (entry.type) {
      case 'device.registered':
        return t('event.device.registered', { batch: text(p, 'batch') });
      case 'drive.added':
        return t('event.drive.added', {
          drive: [label(t, 'driveType', text(p, 'type')), text(p, 'serial')].filter(Boolean).join(' '),
        });
      case 'drive.removed':
        return t('event.drive.removed', { drive: text(p, 'serial') || t('ui.empty') });
      case 'drive.replaced':
        return t('event.drive.replaced', {
          drive: text(p, 'serial') || t('ui.empty'),
          replacement: text(p, 'replacementSerial') || t('ui.empty'),
        });
      case 'device.updated':
        return t('event.device.updated', { fields: changedFields(t, p) });
      case 'device.identity_corrected':
        return t('event.device.identity_corrected', { changes: describeIdentityChanges(t, p) });
      case 'erasure.recorded':
        return t(p.result === 'failed' ? 'event.erasure.recorded.failed' : 'event.erasure.recorded.success', {
          technique: label(t, 'technique', text(p, 'technique')),
        });
      case 'refurbishment.recorded': {
        const outcome = label(t, 'outcome', text(p, 'outcome'));
        const grade = text(p, 'grade');
        return grade
          ? t('event.refurbishment.recordedGraded', { outcome, grade })
          : t('event.refurbishment.recorded', { outcome });
      }
      case 'refurbishment.quality_checked':
        return t(
          p.passed === true
            ? 'event.refurbishment.quality_checked.passed'
            : 'event.refurbishment.quality_checked.failed',
        );
      case 'batch.created':
        return t('event.batch.created', { code: text(p, 'code') });
      case 'recycling.recorded': {
        const count = Array.isArray(p.devices) ? p.devices.length : 0;
        const key: MessageKey =
          format.plural(count) === 'one' ? 'event.recycling.recorded.one' : 'event.recycling.recorded.other';
        return t(key, { recycler: text(p, 'recycler'), count });
      }
      case 'document.generated':
        return t('event.document.generated', {
          kind: label(t, 'documentKind', text(p, 'kind')),
          reference: text(p, 'reference'),
        });
      default: {
        const key = `event.${entry.type}`;
        return hasMessage(key) ? t(key) : t('event.unknown', { type: entry.type });
      }
    }
  };
  return { text: describe(), note };
}
