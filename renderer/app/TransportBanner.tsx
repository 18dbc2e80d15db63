import { useQueryClient } from '@tanstack/react-query';
import { useState, useSyncExternalStore } from 'react';
import { reachability } from '../api/reachability';
import { client } from '../api/transport';
import { Button } from '../components/Button';
import { useT } from '../i18n/useT';

/** At the top of every screen while main cannot be reached; « Réessayer » asks again and refreshes what is shown. */
export function TransportBanner() {
  const t = useT();
  const queryClient = useQueryClient();
  const reachable = useSyncExternalStore(reachability.subscribe, reachability.isReachable);
  const [busy, setBusy] = useState(false);
  if (reachable) return null;

  const retry = async () => {
    setBusy(true);
    const answer = await client.call('session.state', {});
    setBusy(false);
    if (answer.ok || answer.error.code !== 'transport_failed') await queryClient.invalidateQueries();
  };

  return (
    <div className="banner banner-error transport-banner" role="alert" data-testid="transport-banner">
      <div className="banner-body">
        <p className="banner-title">{t('transport.bannerTitle')}</p>
        <p className="banner-message">{t('transport.bannerMessage')}</p>
      </div>
      <Button size="small" busy={busy} onClick={() => void retry()}>
        {t('transport.retry')}
      </Button>
    </div>
  );
}
