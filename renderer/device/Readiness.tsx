import type { DeviceDetail } from '../../shared/contract/devices';
import { erasureSubjects, isErasureProven, type DeviceState } from '../../shared/domain/lifecycle';
import { useFormat } from '../components/format';
import { useT } from '../i18n/useT';

/** States from which a device is on its way to « prêt »: the page says what is still missing. */
const ON_THE_WAY: readonly DeviceState[] = [
  'received',
  'awaiting_erasure',
  'erased',
  'in_refurbishment',
  'returned',
  'quarantined',
];

/** The three conditions of `mark_ready` (lifecycle guards), each shown as done or missing. */
export function Readiness({ device }: { device: DeviceDetail }) {
  const t = useT();
  const format = useFormat();
  if (!ON_THE_WAY.includes(device.status)) return null;
  const subjects = erasureSubjects(device.facts);
  const verified = subjects.filter((state) => state === 'verified').length;
  const checks = [
    {
      id: 'erasure',
      label: t('readiness.erasure'),
      done: isErasureProven(device.facts),
      detail:
        subjects.length > 1
          ? t('readiness.erasureCount', { verified: format.number(verified), total: format.number(subjects.length) })
          : null,
    },
    { id: 'qc', label: t('readiness.qc'), done: device.facts.qcPassed, detail: null },
    { id: 'graded', label: t('readiness.graded'), done: device.facts.graded, detail: device.grade },
  ];
  const allSet = checks.every((check) => check.done);
  return (
    <section className={`readiness panel${allSet ? ' is-ready' : ''}`} aria-labelledby="readiness-title">
      <h2 id="readiness-title">{t('readiness.title')}</h2>
      <ul className="readiness-list">
        {checks.map((check) => (
          <li key={check.id} className={check.done ? 'is-done' : 'is-missing'} data-check={check.id}>
            <span className="readiness-mark" aria-hidden="true">
              {check.done ? '✓' : '✗'}
            </span>
            <span className="readiness-label">{check.label}</span>
            <span className="readiness-state">
              {check.done ? t('readiness.done') : t('readiness.missing')}
              {check.detail ? ` · ${check.detail}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {allSet && device.status === 'in_refurbishment' ? <p className="readiness-ok">{t('readiness.allSet')}</p> : null}
    </section>
  );
}
