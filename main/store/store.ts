import { EventLog } from './events';
import { fileIdentityGuard } from './file-identity';
import { writeCleanShutdownMarker } from './clean-shutdown';
import { openCheckedDatabase, type Db, type OpenOptions } from './open';
import { AgreementTemplateRepository } from './repositories/agreement-templates';
import { BatchRepository } from './repositories/batches';
import { BeneficiaryRepository } from './repositories/beneficiaries';
import { DeviceCycleRepository } from './repositories/device-cycles';
import { DeviceRepository } from './repositories/devices';
import { DocumentRepository } from './repositories/documents';
import { DriveRemovalRepository } from './repositories/drive-removals';
import { HubRepository } from './repositories/hub';
import { ErasureRepository } from './repositories/erasures';
import { FollowUpRepository } from './repositories/follow-up';
import { HandoverRepository } from './repositories/handovers';
import { ImportRepository } from './repositories/imports';
import { InventoryRepository } from './repositories/inventory';
import { ListingRepository } from './repositories/listings';
import { PartnerRepository } from './repositories/partners';
import { PeopleRepository } from './repositories/people';
import { PinAttemptRepository } from './repositories/pin-attempts';
import { ProgrammeRepository } from './repositories/programmes';
import { RecyclingRepository } from './repositories/recyclings';
import { TaxReceiptRepository } from './repositories/tax-receipts';
import { RefurbishmentRepository } from './repositories/refurbishments';
import { ReturnRepository } from './repositories/returns';
import { SettingsRepository } from './repositories/settings';
import { SignatureRepository } from './repositories/signatures';
import { SimRepository } from './repositories/sims';
import { WriteGate } from './write-gate';

/**
 * The open database with its prepared repositories. One per connection; services receive it. Every repository is
 * made here, once per connection, and reached as `store.<name>`: nothing else constructs one.
 */
export interface Store {
  db: Db;
  events: EventLog;
  settings: SettingsRepository;
  people: PeopleRepository;
  pinAttempts: PinAttemptRepository;
  batches: BatchRepository;
  devices: DeviceRepository;
  erasures: ErasureRepository;
  driveRemovals: DriveRemovalRepository;
  hub: HubRepository;
  refurbishments: RefurbishmentRepository;
  recyclings: RecyclingRepository;
  taxReceipts: TaxReceiptRepository;
  inventory: InventoryRepository;
  cycles: DeviceCycleRepository;
  partners: PartnerRepository;
  programmes: ProgrammeRepository;
  beneficiaries: BeneficiaryRepository;
  sims: SimRepository;
  handovers: HandoverRepository;
  returns: ReturnRepository;
  followUp: FollowUpRepository;
  documents: DocumentRepository;
  imports: ImportRepository;
  agreementTemplates: AgreementTemplateRepository;
  signatures: SignatureRepository;
  /** The command line's flat lists and the lookups of what a person types. */
  listings: ListingRepository;
  /** The clock every record is stamped with; tests may pin it. */
  clock: () => Date;
  /** Throws `data_folder_moved` when the database file is no longer at the path it was opened from. */
  checkFile: () => void;
  /** Held while the full check runs after an unclean shutdown, shut once damage is found; see `full-check.ts`. */
  writeGate: WriteGate;
  close: () => void;
}

export function createStore(
  db: Db,
  clock: () => Date = () => new Date(),
  checkFile: () => void = () => undefined,
  writeGate: WriteGate = new WriteGate(),
): Store {
  return {
    db,
    events: new EventLog(db),
    settings: new SettingsRepository(db),
    people: new PeopleRepository(db),
    pinAttempts: new PinAttemptRepository(db),
    batches: new BatchRepository(db),
    devices: new DeviceRepository(db),
    erasures: new ErasureRepository(db),
    driveRemovals: new DriveRemovalRepository(db),
    hub: new HubRepository(db),
    refurbishments: new RefurbishmentRepository(db),
    recyclings: new RecyclingRepository(db),
    taxReceipts: new TaxReceiptRepository(db),
    inventory: new InventoryRepository(db),
    cycles: new DeviceCycleRepository(db),
    partners: new PartnerRepository(db),
    programmes: new ProgrammeRepository(db),
    beneficiaries: new BeneficiaryRepository(db),
    sims: new SimRepository(db),
    handovers: new HandoverRepository(db),
    returns: new ReturnRepository(db),
    followUp: new FollowUpRepository(db),
    documents: new DocumentRepository(db),
    imports: new ImportRepository(db),
    agreementTemplates: new AgreementTemplateRepository(db),
    signatures: new SignatureRepository(db),
    listings: new ListingRepository(db),
    clock,
    checkFile,
    writeGate,
    close: () => {
      const writable = !db.readonly && writeGate.state === 'open';
      // Lets SQLite refresh its planner statistics where they are stale; cheap, and skipped when read-only.
      // Optional: on a full disk or a folder gone read-only it cannot write, and the file must still be closed.
      try {
        if (writable) db.pragma('optimize');
      } catch {
        // Nothing to keep: the statistics are refreshed at a later close.
      }
      db.close();
      // A file still being checked, or found damaged, gets no marker: the next open checks it in full.
      if (writable && !db.memory) writeCleanShutdownMarker(db.name, clock());
    },
  };
}

export interface StoreOptions extends OpenOptions {
  clock?: () => Date;
  /**
   * After an unclean shutdown, open at once with writes held (`writeGate` is `checking`) instead of reading the
   * whole file first; the caller then runs `runFullCheck`, which releases them. The app does, the CLI does not.
   */
  deferFullCheck?: boolean;
  /** A second connection of the process that owns the file (a job worker): the owner took the marker and checks. */
  secondary?: boolean;
}

export function openStore(path: string, options: StoreOptions = {}): Store {
  const { db, fullCheckDue } = openCheckedDatabase(path, options);
  const gate = new WriteGate(fullCheckDue ? 'checking' : 'open');
  if (path === ':memory:') return createStore(db, options.clock, undefined, gate);
  try {
    return createStore(db, options.clock, fileIdentityGuard(path), gate);
  } catch (error) {
    db.close();
    throw error;
  }
}
