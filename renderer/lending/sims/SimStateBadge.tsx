import type { SimState } from '../../../shared/domain/sim-lifecycle';
import { Badge, type BadgeTone } from '../../components/Badge';
import { useT } from '../../i18n/useT';

const TONE: Record<SimState, BadgeTone> = {
  in_stock: 'neutral',
  allocated: 'info',
  active: 'success',
  expired: 'warning',
  returned: 'progress',
  deactivated: 'muted',
};

/** A SIM card's state, with the same colour on every screen. */
export function SimStateBadge({ state, large = false }: { state: SimState; large?: boolean }) {
  const t = useT();
  return (
    <span data-sim-state={state}>
      <Badge tone={TONE[state]} large={large}>
        {t(`simState.${state}`)}
      </Badge>
    </span>
  );
}
