import { responsiblePersonKind } from '../../../shared/domain/lending';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import type { Recipient } from './draft';

/** Who receives: the person's reference in large type, their partner and category, and who signs for a minor. */
export function RecipientCard({ recipient, onChange }: { recipient: Recipient; onChange: () => void }) {
  const t = useT();
  const change = (
    <Button size="small" variant="ghost" onClick={onChange}>
      {t('handoverDesk.changeRecipient')}
    </Button>
  );
  if (recipient.type === 'partner') {
    const { partner } = recipient;
    return (
      <div className="handover-recipient" data-testid="handover-recipient">
        <div className="handover-recipient-main">
          <strong className="handover-recipient-name">{partner.name}</strong>
          <span className="desk-muted">
            {t(`partnerKind.${partner.kind}`)}
            {partner.contactName ? ` · ${partner.contactName}` : ''}
          </span>
        </div>
        {change}
      </div>
    );
  }
  const b = recipient.beneficiary;
  const responsible = responsiblePersonKind(b.category);
  return (
    <div className="handover-recipient" data-testid="handover-recipient">
      <div className="handover-recipient-main">
        <strong className="handover-recipient-name desk-mono">{b.reference}</strong>
        <span>{[b.firstName, b.lastName].filter(Boolean).join(' ')}</span>
        <span className="desk-muted">
          {b.partnerName} · {t(`category.${b.category}`)}
        </span>
        {b.minor && (
          <span className="desk-inline">
            <Badge tone="info">{t('handoverDesk.minor')}</Badge>
            <span>
              {t('handoverDesk.signsWith', {
                role: t(responsible === 'guardian' ? 'handoverDesk.guardian' : 'handoverDesk.careReferent'),
                name: b.guardianName ?? t('ui.empty'),
              })}
            </span>
          </span>
        )}
        {b.openHandovers > 0 && <Badge tone="warning">{t('handoverDesk.openLoans', { count: b.openHandovers })}</Badge>}
      </div>
      {change}
    </div>
  );
}
