import type { ScreenProps } from '../../app/routes';

/** Placeholder until this screen is built. */
export function IntakeDesk(_props: ScreenProps) {
  return <p>IntakeDesk</p>;
}
