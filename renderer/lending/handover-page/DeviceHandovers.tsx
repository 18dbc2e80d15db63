import { useApiQuery } from '../../api/queries';
import { useFormat } from '../../components/format';
import { useT } from '../../i18n/useT';
import { HandoverLink } from './HandoverLink';
import { Panel } from '../../components/Panel';

/** On a device's page: the handovers it went out with, each linked to its page; nothing when it never left. */
export function DeviceHandovers({ deviceId }: { deviceId: number }) {
  const t = useT();
  const format = useFormat();
  const handovers = useApiQuery('handovers.list', { deviceId, limit: 100 });
  const rows = handovers.data ?? [];
  if (rows.length === 0) return null;
  return (
    <Panel title={t('handoverPage.deviceHandovers')} testId="device-handovers">
      <ul className="handover-page-returns">
        {rows.map((row) => (
          <li key={row.id}>
            <HandoverLink id={row.id} number={row.number} />{' '}
            {t('handoverPage.deviceHandoverLine', { date: format.day(row.handedOn), programme: row.programme.name })}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
