import type { ScreenProps } from '../../app/routes';

/** Placeholder until this screen is built. */
export function ErasureDesk(_props: ScreenProps) {
  return <p>ErasureDesk</p>;
}
