import type { ScreenProps } from '../app/routes';

/** Placeholder until this screen is built. */
export function AdminScreen(_props: ScreenProps) {
  return <p>AdminScreen</p>;
}
