import type { ScreenProps } from '../app/routes';

/** Placeholder until this screen is built. */
export function InventoryScreen(_props: ScreenProps) {
  return <p>InventoryScreen</p>;
}
