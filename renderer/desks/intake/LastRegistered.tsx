import { useT } from '../../i18n/useT';
import { Notice } from '../../components/Notice';
import type { LoggedDevice } from './useSessionLog';

/** The tag just issued, large enough to copy onto a label from arm's length, with any warning under it. */
export function LastRegistered({ device }: { device: LoggedDevice | null }) {
  const t = useT();
  if (!device) {
    return (
      <section className="desk-last is-empty" aria-live="polite">
        <p>{t('intake.noDeviceYet')}</p>
      </section>
    );
  }
  return (
    <section className="desk-last" aria-live="polite" data-testid="intake-last">
      <p className="desk-last-caption">{t('intake.lastTag')}</p>
      <p key={device.assetTag} className="desk-last-tag" data-testid="intake-last-tag">
        {device.assetTag}
      </p>
      <p>
        {t(`kind.${device.kind}`)} · {[device.make, device.model].filter(Boolean).join(' ')}
      </p>
      <p className="desk-muted">{device.serial || device.imei}</p>
      {device.warnings.map((warning) => (
        <Notice key={warning} tone="warning" testId="intake-warning">
          {warning}
        </Notice>
      ))}
    </section>
  );
}
