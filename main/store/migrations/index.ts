import { coreMigration } from './0001-core';
import { inventorySortIndexesMigration } from './0002-inventory-sort-indexes';
import { lendingMigration } from './0003-lending';
import { documentsMigration } from './0004-documents';
import { agreementTemplatesSignaturesMigration } from './0005-agreement-templates-signatures';
import { eventNotesMigration } from './0006-event-notes';
import { accessMigration } from './0007-access';
import { certificatesMigration } from './0008-certificates';
import { agreementVariantsMigration } from './0009-agreement-variants';
import { deviceCountsMigration } from './0010-device-counts';
import { voidedDevicesMigration } from './0011-voided-devices';
import { importsMigration } from './0012-imports';
import { hubMigration } from './0013-hub';
import { driveRemovalsMigration } from './0014-drive-removals';
import { wasteRegisterMigration } from './0015-waste-register';
import { taxReceiptsMigration } from './0016-tax-receipts';
import { taxReceiptCancellationMigration } from './0017-tax-receipt-cancellation';
import type { Migration } from './migration';

/** In order; each one's version is its position. Never edit a released migration: add the next one. */
export const MIGRATIONS: readonly Migration[] = [
  coreMigration,
  inventorySortIndexesMigration,
  lendingMigration,
  documentsMigration,
  agreementTemplatesSignaturesMigration,
  eventNotesMigration,
  accessMigration,
  certificatesMigration,
  agreementVariantsMigration,
  deviceCountsMigration,
  voidedDevicesMigration,
  importsMigration,
  hubMigration,
  driveRemovalsMigration,
  wasteRegisterMigration,
  taxReceiptsMigration,
  taxReceiptCancellationMigration,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
