import type { SimDetail } from '../../../shared/contract/sims';
import { useFormat } from '../../components/format';
import { useT } from '../../i18n/useT';
import { handoverHref } from '../handover-page/HandoverLink';
import { Fact } from '../shared/Fact';
import { expiryText } from './expiry';
import { Panel } from '../../components/Panel';

/** The card's number, plan and computed expiry, and the handovers it went out with. */
export function SimFacts({ sim }: { sim: SimDetail }) {
  const t = useT();
  const format = useFormat();
  const lastHandover = sim.handovers.at(-1) ?? null;
  return (
    <Panel title={t('sims.card')}>
      <dl className="lending-facts">
        <Fact label={t('field.phoneNumber')} testId="sim-number">
          {sim.phoneNumber ? <span className="mono">{format.phone(sim.phoneNumber)}</span> : null}
        </Fact>
        <Fact label={t('sims.expiry')} testId="sim-expiry">
          <strong>{expiryText(t, format, sim.expiresOn)}</strong>
        </Fact>
        <Fact label={t('field.operator')}>{sim.operator}</Fact>
        <Fact label={t('field.planName')}>{sim.planName}</Fact>
        <Fact label={t('field.planDataGb')}>
          {sim.planDataGb === null ? null : t('sims.gigabytes', { count: format.number(sim.planDataGb) })}
        </Fact>
        <Fact label={t('field.planValidityDays')}>
          {sim.planValidityDays === null ? null : t('sims.daysCount', { count: format.number(sim.planValidityDays) })}
        </Fact>
        <Fact label={t('field.receivedOn')}>{format.day(sim.receivedOn)}</Fact>
        <Fact label={t('sims.lastHandover')}>
          {lastHandover ? (
            <a href={handoverHref(lastHandover.handoverId)}>
              {lastHandover.returnedOn
                ? t('sims.handoverReturned', {
                    number: lastHandover.number,
                    date: format.day(lastHandover.handedOn),
                    returned: format.day(lastHandover.returnedOn),
                  })
                : t('sims.handoverOpen', { number: lastHandover.number, date: format.day(lastHandover.handedOn) })}
            </a>
          ) : null}
        </Fact>
        <Fact label={t('field.notes')}>{sim.notes ? <span className="prewrap">{sim.notes}</span> : null}</Fact>
      </dl>
    </Panel>
  );
}
