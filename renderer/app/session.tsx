import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { SessionState } from '../../shared/contract/session';
import type { ApiError } from '../../shared/errors';
import { DEFAULT_LANG } from '../../shared/i18n';
import { client } from '../api/transport';
import { TimeZoneContext } from '../components/format';
import { LangContext } from '../i18n/useT';

interface SessionApi {
  state: SessionState;
  /** Replaces the state with what main returned after sign-in, sign-out, setup or a language change. */
  update: (state: SessionState) => void;
  refresh: () => Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);

export function useSession(): SessionApi {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

export function SessionProvider({
  children,
  fallback,
}: {
  children: ReactNode;
  fallback: (error: ApiError | null) => ReactNode;
}) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<SessionState | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  /**
   * What main answers depends on who asks (a technician gets contact details masked) and in which language: the
   * cached reads of one operator are never shown to the next. Emptied before the new state renders anything.
   */
  const shown = useRef<SessionState | null>(null);
  const update = useCallback(
    (next: SessionState) => {
      const current = shown.current;
      if (current && (current.operator?.id !== next.operator?.id || current.lang !== next.lang)) queryClient.clear();
      shown.current = next;
      setState(next);
    },
    [queryClient],
  );
  const refresh = useCallback(async () => {
    const result = await client.call('session.state', {});
    if (result.ok) update(result.value);
    else setError(result.error);
  }, [update]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  useEffect(() => {
    document.documentElement.lang = state?.lang ?? DEFAULT_LANG;
  }, [state?.lang]);
  if (!state) return <>{fallback(error)}</>;
  return (
    <SessionContext.Provider value={{ state, update, refresh }}>
      <LangContext.Provider value={state.lang}>
        <TimeZoneContext.Provider value={state.timeZone}>{children}</TimeZoneContext.Provider>
      </LangContext.Provider>
    </SessionContext.Provider>
  );
}
