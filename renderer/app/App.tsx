import { OperatorScreen } from '../session/OperatorScreen';
import { SetupScreen } from '../session/SetupScreen';
import { useSession } from './session';
import { Shell } from './Shell';

/** First start creates the first administrator; then someone says who is working; then the app. */
export function App() {
  const { state } = useSession();
  if (state.needsSetup) return <SetupScreen param={null} />;
  if (!state.operator) return <OperatorScreen param={null} />;
  return <Shell />;
}
