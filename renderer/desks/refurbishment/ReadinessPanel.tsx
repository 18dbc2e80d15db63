import type { DeviceDetail } from '../../../shared/contract/devices';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { reasonsNotReady } from './readiness';

/**
 * "Prêt" in large green letters (with the way back to the bench when something turns up), or the list of what
 * still stands between the device and a beneficiary.
 */
export function ReadinessPanel({ device, onReopen }: { device: DeviceDetail; onReopen?: (() => void) | undefined }) {
  const t = useT();
  if (device.status === 'ready') {
    return (
      <section className="desk-ready is-ready" role="status" data-testid="workshop-readiness" data-ready="true">
        <strong>{t('state.ready')}</strong>
        <p>{t('workshop.readyHelp', { assetTag: device.assetTag })}</p>
        {onReopen && (
          <div>
            <Button size="small" onClick={onReopen}>
              {t('action.reopen_refurbishment')}
            </Button>
          </div>
        )}
      </section>
    );
  }
  const reasons = reasonsNotReady(t, device);
  return (
    <section className="desk-ready is-not-ready" role="status" data-testid="workshop-readiness" data-ready="false">
      <strong>{t('workshop.notReady')}</strong>
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </section>
  );
}
