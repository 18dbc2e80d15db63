import { Badge } from '../../components/Badge';
import { useT } from '../../i18n/useT';
import type { LoggedDevice } from './useSessionLog';

/** Everything scanned during this sitting, newest first, each tag linking to its device page. */
export function SessionDevices({ devices }: { devices: LoggedDevice[] }) {
  const t = useT();
  return (
    <section className="panel desk-panel" aria-labelledby="intake-session-title">
      <h2 id="intake-session-title">{t('intake.sessionList', { count: devices.length })}</h2>
      {devices.length === 0 ? (
        <p className="desk-muted">{t('intake.sessionEmpty')}</p>
      ) : (
        <div className="desk-table-scroll">
          <table className="data-table desk-table" data-testid="intake-session">
            <thead>
              <tr>
                <th scope="col">{t('field.assetTag')}</th>
                <th scope="col">{t('field.device')}</th>
                <th scope="col">{t('intake.identifier')}</th>
              </tr>
            </thead>
            <tbody>
              {devices.map((device) => (
                <tr key={device.id} className={device.warnings.length > 0 ? 'has-warning' : undefined}>
                  <td className="desk-tag-cell">
                    <a href={`#/device/${encodeURIComponent(device.assetTag)}`}>{device.assetTag}</a>
                  </td>
                  <td>
                    {t(`kind.${device.kind}`)}
                    <br />
                    <span className="desk-muted">{[device.make, device.model].filter(Boolean).join(' ')}</span>
                  </td>
                  <td className="desk-identifier-cell">
                    {device.serial || device.imei}
                    {device.warnings.length > 0 && (
                      <>
                        <br />
                        <span title={device.warnings.join('\n')}>
                          <Badge tone="warning">{t('intake.warningCount', { count: device.warnings.length })}</Badge>
                        </span>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
