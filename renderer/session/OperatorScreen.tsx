import type { ScreenProps } from '../app/routes';

/** Placeholder until this screen is built. */
export function OperatorScreen(_props: ScreenProps) {
  return <p>OperatorScreen</p>;
}
