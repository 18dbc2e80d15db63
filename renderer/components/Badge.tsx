import type { ReactNode } from 'react';
import type { DeviceState, MediaErasureState } from '../../shared/domain/lifecycle';
import { useT } from '../i18n/useT';

export type BadgeTone = 'neutral' | 'info' | 'progress' | 'success' | 'warning' | 'danger' | 'muted';

/** A small coloured label. Colour always comes with text, never alone. */
export function Badge({
  tone = 'neutral',
  children,
  large = false,
}: {
  tone?: BadgeTone;
  children: ReactNode;
  large?: boolean;
}) {
  return <span className={`badge badge-${tone}${large ? ' badge-large' : ''}`}>{children}</span>;
}

/** A device's lifecycle state with its own colour, the same on every screen. */
export function StatusBadge({ state, large = false }: { state: DeviceState; large?: boolean }) {
  const t = useT();
  return (
    <span className={`badge state state-${state}${large ? ' badge-large' : ''}`} data-state={state}>
      {t(`state.${state}`)}
    </span>
  );
}

const ERASURE_TONE: Record<MediaErasureState, BadgeTone> = {
  none: 'neutral',
  pending_verification: 'warning',
  verified: 'success',
  failed: 'danger',
};

/** Where a drive (or a whole tablet or phone) stands with its erasure. */
export function ErasureStateBadge({ state }: { state: MediaErasureState }) {
  const t = useT();
  return <Badge tone={ERASURE_TONE[state]}>{t(`erasureState.${state}`)}</Badge>;
}
