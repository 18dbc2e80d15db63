import type { ScreenProps } from '../app/routes';

/** Placeholder until this screen is built. */
export function DeviceScreen(_props: ScreenProps) {
  return <p>DeviceScreen</p>;
}
