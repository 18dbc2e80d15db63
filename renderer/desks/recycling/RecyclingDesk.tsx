import type { ScreenProps } from '../../app/routes';

/** Placeholder until this screen is built. */
export function RecyclingDesk(_props: ScreenProps) {
  return <p>RecyclingDesk</p>;
}
