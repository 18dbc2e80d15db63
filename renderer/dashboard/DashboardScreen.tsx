import type { ScreenProps } from '../app/routes';

/** Placeholder until this screen is built. */
export function DashboardScreen(_props: ScreenProps) {
  return <p>DashboardScreen</p>;
}
