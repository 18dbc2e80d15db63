import { StatusBadge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import type { Entry } from './useSelection';

/**
 * The devices gathered for the pickup. Those already waiting for recycling are ticked; the others can be sent
 * there first when the lifecycle allows it; a refused device shows main's reason on its own line.
 */
export function RecyclingList({
  entries,
  onToggle,
  onSend,
  onRemove,
}: {
  entries: readonly Entry[];
  onToggle: (id: number) => void;
  onSend: (ids: number[]) => void;
  onRemove: (id: number) => void;
}) {
  const t = useT();
  if (entries.length === 0) return <p className="desk-muted">{t('recyclingDesk.empty')}</p>;
  return (
    <div className="desk-table-scroll">
      <table className="data-table desk-table" data-testid="recycling-list">
        <thead>
          <tr>
            <th scope="col">{t('recyclingDesk.inPickup')}</th>
            <th scope="col">{t('field.assetTag')}</th>
            <th scope="col">{t('field.device')}</th>
            <th scope="col">{t('field.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('field.action')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map(({ device, allowedActions, checked, refusal }) => {
            const canSend = device.status !== 'to_recycle' && (allowedActions?.includes('send_to_recycling') ?? false);
            return (
              <tr key={device.id} className={refusal ? 'is-refused' : checked ? 'is-selected' : undefined} data-asset-tag={device.assetTag}>
                <td>
                  <input
                    type="checkbox"
                    checked={checked}
                    onChange={() => onToggle(device.id)}
                    aria-label={t('recyclingDesk.includeOne', { assetTag: device.assetTag })}
                  />
                </td>
                <td className="desk-tag-cell">{device.assetTag}</td>
                <td>
                  {t(`kind.${device.kind}`)}
                  <br />
                  <span className="desk-muted">{[device.make, device.model].filter(Boolean).join(' ')}</span>
                </td>
                <td>
                  <StatusBadge state={device.status} />
                  {refusal && <p className="desk-refusal" role="alert">{refusal}</p>}
                  {!canSend && device.status !== 'to_recycle' && !refusal && (
                    <p className="desk-muted">{t('recyclingDesk.cannotSend')}</p>
                  )}
                </td>
                <td>
                  <div className="desk-inline">
                    {canSend && (
                      <Button size="small" variant="danger" onClick={() => onSend([device.id])}>
                        {t('action.send_to_recycling')}
                      </Button>
                    )}
                    <Button size="small" variant="ghost" onClick={() => onRemove(device.id)}>
                      {t('recyclingDesk.removeFromList')}
                    </Button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
