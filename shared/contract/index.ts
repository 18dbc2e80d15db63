/** The whole renderer-to-main API, merged from one file per domain. Both transports serve exactly this map. */
import type { InputOf, MethodDef, ResultOf } from './define';
import { accessContract } from './access';
import { adminContract } from './admin';
import { agreementsContract } from './agreements';
import { backupsContract } from './backups';
import { correctionsContract } from './corrections';
import { dashboardContract } from './dashboard';
import { devicesContract } from './devices';
import { documentsContract } from './documents';
import { drivesContract } from './drives';
import { erasureContract } from './erasure';
import { eventsContract } from './events';
import { exportsContract } from './exports';
import { importsContract } from './imports';
import { hubContract } from './hub';
import { deskSettingContract } from './desk-setting';
import { intakeContract } from './intake';
import { lendingContract } from './lending';
import { inventoryContract } from './inventory';
import { recyclingContract } from './recycling';
import { refurbishmentContract } from './refurbishment';
import { sessionContract } from './session';
import { simsContract } from './sims';
import { taxReceiptsContract } from './tax-receipts';
import { donorReportContract } from './donor-report';
import { programmeReportContract } from './programme-report';

export const contract = {
  ...sessionContract,
  ...adminContract,
  ...accessContract,
  ...intakeContract,
  ...inventoryContract,
  ...devicesContract,
  ...erasureContract,
  ...refurbishmentContract,
  ...recyclingContract,
  ...eventsContract,
  ...lendingContract,
  ...simsContract,
  ...agreementsContract,
  ...documentsContract,
  ...backupsContract,
  ...correctionsContract,
  ...importsContract,
  ...hubContract,
  ...deskSettingContract,
  ...drivesContract,
  ...exportsContract,
  ...taxReceiptsContract,
  ...dashboardContract,
  ...donorReportContract,
  ...programmeReportContract,
} satisfies Record<string, MethodDef>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Input<M extends MethodName> = InputOf<Contract[M]>;
export type Result<M extends MethodName> = ResultOf<Contract[M]>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
