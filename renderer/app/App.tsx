import type { ReactNode } from 'react';
import { useDeskLock } from '../api/desk-lock';
import { useLiveUpdates } from '../api/live';
import { ToastProvider } from '../components/Toasts';
import { OperatorScreen } from '../session/OperatorScreen';
import { SetupScreen } from '../session/SetupScreen';
import { useSession } from './session';
import { Shell } from './Shell';
import { TransportBanner } from './TransportBanner';

/** First start creates the first administrator; then someone says who is working; then the app. */
export function App() {
  const { state } = useSession();
  useLiveUpdates(state.desk !== null);
  useDeskLock(state.desk !== null);
  let screen: ReactNode;
  if (state.needsSetup) screen = <SetupScreen param={null} />;
  else if (!state.operator) screen = <OperatorScreen param={null} />;
  else screen = <Shell />;
  return (
    <ToastProvider>
      <TransportBanner />
      {screen}
    </ToastProvider>
  );
}
