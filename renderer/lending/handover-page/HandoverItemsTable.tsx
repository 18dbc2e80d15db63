import type { HandoverDetail } from '../../../shared/contract/lending-types';
import { Badge } from '../../components/Badge';
import { useFormat } from '../../components/format';
import { useT } from '../../i18n/useT';
import { Panel } from '../../components/Panel';

/** Every item of the handover, each linked to its page, out or back (when, with which return). */
export function HandoverItemsTable({ handover }: { handover: HandoverDetail }) {
  const t = useT();
  const format = useFormat();
  return (
    <Panel title={t('handoverPage.items', { count: handover.items.length })}>
      <table className="data-table" data-testid="handover-page-items">
        <thead>
          <tr>
            <th scope="col">{t('handoverDesk.itemRef')}</th>
            <th scope="col">{t('handoverDesk.itemDescription')}</th>
            <th scope="col">{t('handoverPage.itemState')}</th>
          </tr>
        </thead>
        <tbody>
          {handover.items.map((item) => (
            <tr key={item.id} data-item={item.label} data-returned={item.returned ? 'yes' : 'no'}>
              <td>
                <a
                  className="mono tag-link"
                  href={item.type === 'device' ? `#/device/${encodeURIComponent(item.label)}` : `#/sims/${item.label}`}
                >
                  {item.label}
                </a>
              </td>
              <td>{item.description}</td>
              <td>
                {item.returned ? (
                  <Badge tone="success">
                    {t('handoverPage.itemReturned', {
                      date: format.day(item.returned.returnedOn),
                      number: item.returned.returnNumber,
                    })}
                  </Badge>
                ) : (
                  <Badge tone="info">{t('handoverPage.itemOut')}</Badge>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
