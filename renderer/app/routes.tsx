import type { ComponentType } from 'react';
import type { OperatorRole } from '../../shared/domain/values';
import type { MessageKey } from '../../shared/i18n';
import { AdminScreen } from '../admin/AdminScreen';
import { DashboardScreen } from '../dashboard/DashboardScreen';
import { ErasureDesk } from '../desks/erasure/ErasureDesk';
import { IntakeDesk } from '../desks/intake/IntakeDesk';
import { RecyclingDesk } from '../desks/recycling/RecyclingDesk';
import { RefurbishmentDesk } from '../desks/refurbishment/RefurbishmentDesk';
import { DeviceScreen } from '../device/DeviceScreen';
import { InventoryScreen } from '../inventory/InventoryScreen';

export interface ScreenProps {
  /** The route's parameter, e.g. the asset tag of `#/device/RB-000123`. */
  param: string | null;
}

export interface ScreenRoute {
  name: string;
  label: MessageKey;
  component: ComponentType<ScreenProps>;
  /** Shown in the navigation (with its F-key shortcut) or reached from links only. */
  inNav: boolean;
  roles?: readonly OperatorRole[];
}

export const ROUTES: readonly ScreenRoute[] = [
  { name: 'dashboard', label: 'nav.dashboard', component: DashboardScreen, inNav: true },
  { name: 'inventory', label: 'nav.inventory', component: InventoryScreen, inNav: true },
  { name: 'intake', label: 'nav.intake', component: IntakeDesk, inNav: true },
  { name: 'erasure', label: 'nav.erasure', component: ErasureDesk, inNav: true },
  { name: 'refurbishment', label: 'nav.refurbishment', component: RefurbishmentDesk, inNav: true },
  { name: 'recycling', label: 'nav.recycling', component: RecyclingDesk, inNav: true },
  { name: 'admin', label: 'nav.admin', component: AdminScreen, inNav: true, roles: ['admin'] },
  { name: 'device', label: 'nav.inventory', component: DeviceScreen, inNav: false },
];
