import type { ScreenProps } from '../../app/routes';

/** Placeholder until this screen is built. */
export function RefurbishmentDesk(_props: ScreenProps) {
  return <p>RefurbishmentDesk</p>;
}
