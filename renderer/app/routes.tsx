import type { ComponentType } from 'react';
import type { MethodName } from '../../shared/contract';
import type { MessageKey } from '../../shared/i18n';
import { AdminScreen } from '../admin/AdminScreen';
import { DashboardScreen } from '../dashboard/DashboardScreen';
import { ErasureDesk } from '../desks/erasure/ErasureDesk';
import { HandoverDesk } from '../desks/handover/HandoverDesk';
import { IntakeDesk } from '../desks/intake/IntakeDesk';
import { ImportScreen } from '../imports/ImportScreen';
import { RecyclingDesk } from '../desks/recycling/RecyclingDesk';
import { RefurbishmentDesk } from '../desks/refurbishment/RefurbishmentDesk';
import { ReturnsDesk } from '../desks/returns/ReturnsDesk';
import { DeviceScreen } from '../device/DeviceScreen';
import { InventoryScreen } from '../inventory/InventoryScreen';
import { AgreementTemplateScreen } from '../lending/agreements/AgreementTemplateScreen';
import { BeneficiariesScreen } from '../lending/beneficiaries/BeneficiariesScreen';
import { FollowUpScreen } from '../lending/follow-up/FollowUpScreen';
import { HandoverScreen } from '../lending/handover-page/HandoverScreen';
import { PartnersScreen } from '../lending/partners/PartnersScreen';
import { ProgrammesScreen } from '../lending/programmes/ProgrammesScreen';
import { SimsScreen } from '../lending/sims/SimsScreen';

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
  /**
   * The method whose callers the screen is for (by the contract's roles); without it, every operator. The lending
   * readers' screens use `returns.lookup`: technicians look a card or a person up when they take it back.
   */
  can?: MethodName;
  /** Navigation entries of one section are listed together under its heading (`nav.section.<name>`). */
  section?: 'lending';
}

export const ROUTES: readonly ScreenRoute[] = [
  { name: 'dashboard', label: 'nav.dashboard', component: DashboardScreen, inNav: true },
  { name: 'inventory', label: 'nav.inventory', component: InventoryScreen, inNav: true },
  { name: 'intake', label: 'nav.intake', component: IntakeDesk, inNav: true },
  { name: 'erasure', label: 'nav.erasure', component: ErasureDesk, inNav: true },
  { name: 'refurbishment', label: 'nav.refurbishment', component: RefurbishmentDesk, inNav: true },
  { name: 'recycling', label: 'nav.recycling', component: RecyclingDesk, inNav: true },
  { name: 'handover', label: 'nav.handover', component: HandoverDesk, inNav: true, can: 'handovers.create' },
  { name: 'returns', label: 'nav.returns', component: ReturnsDesk, inNav: true, can: 'returns.create' },
  {
    name: 'follow-up',
    label: 'nav.followUp',
    component: FollowUpScreen,
    inNav: true,
    can: 'handovers.create',
    section: 'lending',
  },
  {
    name: 'beneficiaries',
    label: 'nav.beneficiaries',
    component: BeneficiariesScreen,
    inNav: true,
    can: 'returns.lookup',
    section: 'lending',
  },
  { name: 'sims', label: 'nav.sims', component: SimsScreen, inNav: true, can: 'returns.lookup', section: 'lending' },
  {
    name: 'programmes',
    label: 'nav.programmes',
    component: ProgrammesScreen,
    inNav: true,
    can: 'programmes.create',
    section: 'lending',
  },
  {
    name: 'partners',
    label: 'nav.partners',
    component: PartnersScreen,
    inNav: true,
    can: 'partners.create',
    section: 'lending',
  },
  { name: 'admin', label: 'nav.admin', component: AdminScreen, inNav: true, can: 'operators.list' },
  { name: 'device', label: 'nav.inventory', component: DeviceScreen, inNav: false },
  { name: 'handovers', label: 'nav.handoverPage', component: HandoverScreen, inNav: false },
  { name: 'imports', label: 'nav.imports', component: ImportScreen, inNav: false },
  {
    name: 'agreement-template',
    label: 'nav.agreementTemplate',
    component: AgreementTemplateScreen,
    inNav: false,
    can: 'agreementTemplates.save',
  },
];
