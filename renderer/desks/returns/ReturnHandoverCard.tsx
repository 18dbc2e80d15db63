import type { HandoverDetail } from '../../../shared/contract/lending-types';
import { Badge } from '../../components/Badge';
import { useFormat } from '../../components/format';
import { useT } from '../../i18n/useT';
import { todayIsoDate } from '../components/dates';
import { handoverHref } from '../../lending';

/** Whose item was scanned: the handover's reference, the recipient, the programme and the dates. */
export function ReturnHandoverCard({ handover }: { handover: HandoverDetail }) {
  const t = useT();
  const format = useFormat();
  const overdue = handover.dueOn !== null && handover.dueOn < todayIsoDate();
  return (
    <section
      className="returns-handover"
      aria-label={t('entity.handover')}
      data-testid="returns-handover"
      data-number={handover.number}
    >
      <div className="returns-handover-number">
        <span className="desk-muted">{t(`handoverKind.${handover.kind}`)}</span>
        <a
          className="desk-mono returns-handover-link"
          href={handoverHref(handover.id)}
          title={t('handoverPage.openPage')}
        >
          <strong>{handover.number}</strong>
        </a>
      </div>
      <div className="returns-handover-facts">
        <strong className="returns-recipient">{handover.recipientLabel}</strong>
        <span className="desk-muted">
          {handover.referringPartner.name} · {handover.programme.name}
        </span>
        <span>
          {handover.dueOn
            ? t('returnsDesk.dates', { handedOn: format.day(handover.handedOn), dueOn: format.day(handover.dueOn) })
            : t('returnsDesk.handedOn', { handedOn: format.day(handover.handedOn) })}{' '}
          {overdue && <Badge tone="danger">{t('returnsDesk.overdue')}</Badge>}
        </span>
        <span className="desk-muted">
          {t('returnsDesk.stillOutCount', { open: handover.openItems, total: handover.itemCount })}
        </span>
      </div>
    </section>
  );
}
