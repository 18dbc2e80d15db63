import type { Handlers } from '../dispatch';
import { accessHandlers } from './access';
import { adminHandlers } from './admin';
import { agreementsHandlers } from './agreements';
import { backupsHandlers } from './backups';
import { correctionsHandlers } from './corrections';
import { dashboardHandlers } from './dashboard';
import { devicesHandlers } from './devices';
import { documentsHandlers } from './documents';
import { drivesHandlers } from './drives';
import { erasureHandlers } from './erasure';
import { eventsHandlers } from './events';
import { exportsHandlers } from './exports';
import { importsHandlers } from './imports';
import { hubHandlers } from './hub';
import { deskSettingHandlers } from './desk-setting';
import { intakeHandlers } from './intake';
import { inventoryHandlers } from './inventory';
import { lendingHandlers } from './lending';
import { recyclingHandlers } from './recycling';
import { refurbishmentHandlers } from './refurbishment';
import { sessionHandlers } from './session';
import { simsHandlers } from './sims';
import { taxReceiptsHandlers } from './tax-receipts';
import { donorReportHandlers } from './donor-report';
import { programmeReportHandlers } from './programme-report';

/** One handler per contract method; the type fails to compile if one is missing. */
export const handlers: Handlers = {
  ...sessionHandlers,
  ...adminHandlers,
  ...accessHandlers,
  ...intakeHandlers,
  ...inventoryHandlers,
  ...devicesHandlers,
  ...erasureHandlers,
  ...refurbishmentHandlers,
  ...recyclingHandlers,
  ...eventsHandlers,
  ...lendingHandlers,
  ...simsHandlers,
  ...agreementsHandlers,
  ...documentsHandlers,
  ...backupsHandlers,
  ...correctionsHandlers,
  ...importsHandlers,
  ...hubHandlers,
  ...deskSettingHandlers,
  ...drivesHandlers,
  ...exportsHandlers,
  ...taxReceiptsHandlers,
  ...dashboardHandlers,
  ...donorReportHandlers,
  ...programmeReportHandlers,
};
