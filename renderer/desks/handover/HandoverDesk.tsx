import { useState } from 'react';
import type { HandoverCreated } from '../../../shared/contract/lending-types';
import type { ScreenProps } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n/useT';
import '../components/desks.css';
import './handover.css';
import { HandoverCounter } from './HandoverCounter';
import { HandoverResult } from './HandoverResult';

/**
 * The handover desk: the counter session, then its result. The next session starts on the same programme, since
 * a counter usually serves one scheme for a whole morning.
 */
export function HandoverDesk(_props: ScreenProps) {
  const t = useT();
  const [created, setCreated] = useState<HandoverCreated | null>(null);
  const [programmeId, setProgrammeId] = useState<number | null>(null);
  const [session, setSession] = useState(0);
  return (
    <div className="desk desk-handover">
      <PageHeader
        title={t('handoverDesk.title')}
        subtitle={t(created ? 'handoverDesk.papersKeys' : 'handoverDesk.keys')}
      />
      {created ? (
        <HandoverResult
          created={created}
          onNext={() => {
            setCreated(null);
            setSession((value) => value + 1);
          }}
        />
      ) : (
        <HandoverCounter
          key={session}
          programmeId={programmeId}
          onCreated={(value, programme) => {
            setProgrammeId(programme);
            setCreated(value);
          }}
        />
      )}
    </div>
  );
}
