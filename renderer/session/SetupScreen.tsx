import type { ScreenProps } from '../app/routes';

/** Placeholder until this screen is built. */
export function SetupScreen(_props: ScreenProps) {
  return <p>SetupScreen</p>;
}
