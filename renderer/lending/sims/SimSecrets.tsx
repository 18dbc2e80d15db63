import { useState } from 'react';
import type { SimDetail } from '../../../shared/contract/sims';
import type { ApiError } from '../../../shared/errors';
import { useApi } from '../../api/useApi';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useT } from '../../i18n/useT';
import { useCan } from '../../session/useCan';
import { Fact } from '../shared/Fact';

/**
 * PIN and PUK stay hidden until a coordinator asks; main writes who looked into the card's history each time.
 * Other roles are told the codes exist, never shown a button.
 */
export function SimSecrets({ sim, onRevealed }: { sim: SimDetail; onRevealed: () => void }) {
  const t = useT();
  const call = useApi();
  const canCoordinate = useCan('sims.revealSecrets');
  const [shown, setShown] = useState<{ pin: string | null; puk: string | null } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const reveal = async () => {
    setBusy(true);
    const result = await call('sims.revealSecrets', { simId: sim.id });
    setBusy(false);
    if (result.ok) {
      setShown(result.value);
      setError(null);
      onRevealed();
    } else setError(result.error);
  };

  const hidden = (has: boolean) => (has ? '••••' : null);
  return (
    <section className="panel" aria-labelledby="sim-secrets-title">
      <div className="panel-header">
        <h2 id="sim-secrets-title">{t('simSecrets.title')}</h2>
        {canCoordinate && !shown && (sim.hasPin || sim.hasPuk) ? (
          <Button size="small" onClick={() => void reveal()} busy={busy}>
            {t('simSecrets.show')}
          </Button>
        ) : null}
        {shown ? (
          <Button size="small" variant="ghost" onClick={() => setShown(null)}>
            {t('simSecrets.hide')}
          </Button>
        ) : null}
      </div>
      <div className="panel-body form-grid">
        <dl className="lending-facts">
          <Fact label={t('field.pin')} testId="sim-pin">
            {shown ? <span className="mono secret">{shown.pin}</span> : hidden(sim.hasPin)}
          </Fact>
          <Fact label={t('field.puk')} testId="sim-puk">
            {shown ? <span className="mono secret">{shown.puk}</span> : hidden(sim.hasPuk)}
          </Fact>
        </dl>
        <p className="field-hint">{shown ? t('simSecrets.logged') : canCoordinate ? t('simSecrets.hint') : t('simSecrets.coordinatorsOnly')}</p>
        <ErrorBanner error={error} onDismiss={() => setError(null)} />
      </div>
    </section>
  );
}
