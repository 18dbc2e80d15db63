import { useState } from 'react';
import type { SimDetail } from '../../../shared/contract/sims';
import { useApiMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Panel } from '../../components/Panel';
import { useT } from '../../i18n/useT';
import { useCan } from '../../session/useCan';
import { Fact } from '../shared/Fact';

/**
 * PIN and PUK stay hidden until a coordinator asks; main writes who looked into the card's history each time.
 * Other roles are told the codes exist, never shown a button.
 */
export function SimSecrets({ sim, onRevealed }: { sim: SimDetail; onRevealed: () => void }) {
  const t = useT();
  const canCoordinate = useCan('sims.revealSecrets');
  const [shown, setShown] = useState<{ pin: string | null; puk: string | null } | null>(null);
  // Each look is written in the card's history: the card's reads are marked stale.
  const revealSecrets = useApiMutation('sims.revealSecrets');

  const reveal = async () => {
    const result = await revealSecrets.run({ simId: sim.id });
    if (result.ok) {
      setShown(result.value);
      onRevealed();
    }
  };

  const hidden = (has: boolean) => (has ? '••••' : null);
  return (
    <Panel
      title={t('simSecrets.title')}
      bodyClassName="form-grid"
      actions={
        <>
          {canCoordinate && !shown && (sim.hasPin || sim.hasPuk) ? (
            <Button size="small" onClick={() => void reveal()} busy={revealSecrets.busy}>
              {t('simSecrets.show')}
            </Button>
          ) : null}
          {shown ? (
            <Button size="small" variant="ghost" onClick={() => setShown(null)}>
              {t('simSecrets.hide')}
            </Button>
          ) : null}
        </>
      }
    >
      <dl className="lending-facts">
        <Fact label={t('field.pin')} testId="sim-pin">
          {shown ? <span className="mono secret">{shown.pin}</span> : hidden(sim.hasPin)}
        </Fact>
        <Fact label={t('field.puk')} testId="sim-puk">
          {shown ? <span className="mono secret">{shown.puk}</span> : hidden(sim.hasPuk)}
        </Fact>
      </dl>
      <p className="field-hint">
        {shown ? t('simSecrets.logged') : canCoordinate ? t('simSecrets.hint') : t('simSecrets.coordinatorsOnly')}
      </p>
      <ErrorBanner error={revealSecrets.error} onDismiss={revealSecrets.reset} />
    </Panel>
  );
}
