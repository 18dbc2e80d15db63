import type { ReactNode } from 'react';
import type { Beneficiary } from '../../../shared/contract/lending-types';
import { responsiblePersonKind } from '../../../shared/domain/lending';
import { useFormat } from '../../components/format';
import { useT } from '../../i18n/useT';
import { Fact, Masked } from '../shared/Fact';
import { Panel } from '../../components/Panel';

/** Who the person is and how to reach them; contacts the service withheld say « masqué », not « — ». */
export function BeneficiaryFacts({ person }: { person: Beneficiary }) {
  const t = useT();
  const format = useFormat();
  const contact = (value: ReactNode): ReactNode => (person.masked && !person.anonymisedAt ? <Masked /> : value);
  return (
    <div className="lending-columns">
      <Panel title={t('beneficiaries.person')}>
        <dl className="lending-facts">
          <Fact label={t('field.firstName')}>{person.firstName}</Fact>
          <Fact label={t('field.lastName')}>{person.lastName}</Fact>
          <Fact label={t('field.category')}>{t(`category.${person.category}`)}</Fact>
          <Fact label={t('field.minor')}>{person.minor ? t('ui.yes') : t('ui.no')}</Fact>
          {person.minor ? (
            <Fact label={t(`beneficiaries.responsible.${responsiblePersonKind(person.category)}`)}>
              {person.guardianName}
            </Fact>
          ) : null}
          <Fact label={t('field.referentName')}>{person.referentName}</Fact>
          <Fact label={t('field.consentOn')}>{person.consentOn ? format.day(person.consentOn) : null}</Fact>
          <Fact label={t('field.partnerId')}>{person.partnerName}</Fact>
        </dl>
      </Panel>
      <Panel title={t('beneficiaries.contacts')}>
        <dl className="lending-facts">
          <Fact label={t('field.contactPhone')} testId="fact-phone">
            {contact(person.contactPhone ? format.phone(person.contactPhone) : null)}
          </Fact>
          <Fact label={t('field.contactEmail')} testId="fact-email">
            {contact(person.contactEmail)}
          </Fact>
          <Fact label={t('field.address')} testId="fact-address">
            {contact(person.address ? <span className="prewrap">{person.address}</span> : null)}
          </Fact>
        </dl>
      </Panel>
    </div>
  );
}
