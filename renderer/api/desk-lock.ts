import { useEffect } from 'react';
import { useSession } from '../app/session';

/** How often a hub's desk asks whether it has locked (its session lapsed after the hub's idle time). */
const LOCK_CHECK_MS = 30_000;

/**
 * At a hub's desk: the hub locks a desk left alone (its session lapses), and this notices without waiting for
 * someone to click: the session's state, read again now and then, brings the operator screen back.
 */
export function useDeskLock(enabled: boolean): void {
  const { refresh } = useSession();
  useEffect(() => {
    if (!enabled) return;
    const timer = setInterval(() => void refresh(), LOCK_CHECK_MS);
    return () => clearInterval(timer);
  }, [enabled, refresh]);
}
