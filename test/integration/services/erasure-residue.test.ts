import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { heldWords } from '../../../main/documents/pdf/word-layouts';
import { emptyViewerFolder, prepareViewerFolder, writeForViewer } from '../../../main/electron/viewer-folder';
import { onPersonalDataErased, wipePending } from '../../../main/services/personal-data-erased';
import { openDatabase } from '../../../main/store/open';
import {
  dataFolderHarness,
  lendToErasablePerson,
  PERSON,
  personalNeedles,
  setOrganisation,
  setUpLending,
  type LendingDesk,
} from '../../helpers/erasable-person';
import { pupil } from '../../helpers/lending';
import { issue, readyLaptop, simWithNumber } from '../../helpers/papers';
import { findResidue, textNeedles } from '../../helpers/residue';

let h: ReturnType<typeof dataFolderHarness>;
let d: LendingDesk;
beforeEach(() => {
  h = dataFolderHarness();
  d = setUpLending(h);
  setOrganisation(h, d);
});
afterEach(() => h.remove());

const count = (table: string) => h.store.db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
const COUNTED = ['beneficiaries', 'handovers', 'handover_items', 'returns', 'documents', 'devices'];

/** Someone else, lent to recently: kept whole, with their own papers and a note typed on their card. */
function otherPerson() {
  const other = pupil(h, d, 'EL-KEPT-1', { firstName: 'Camille', lastName: 'Gardée' });
  const { handover } = h.call(d.coord, 'handovers.create', {
    recipient: { type: 'beneficiary', beneficiaryId: other.id },
    programmeId: d.programme,
    deviceIds: [readyLaptop(h, d, 'KEPT-LAP-1')],
    simIds: [simWithNumber(h, d, 4712, '+33755512346')],
  });
  const sim = handover.items.find((item) => item.simId !== null)?.simId ?? 0;
  h.call(d.coord, 'sims.setStatus', { simId: sim, action: 'activate', note: 'Activée avec Camille' });
  issue(h, d.coord, 'agreement', 'handover', handover.id);
  return { ...other, sim };
}

describe('erased means erased', () => {
  it('leaves no byte of the anonymised person anywhere in the data folder, and the figures as they were', () => {
    const person = lendToErasablePerson(h, d);
    const other = otherPerson();
    const needles = personalNeedles(person.needles, person.kept());
    // Each binary keeps slices of its own (the PDFs share font tables with the other person's papers).
    for (const name of ['signature 1', 'signature 2', 'signature 3', 'signed copy', 'paper 1', 'paper 2', 'paper 3']) {
      expect(
        needles.some((needle) => needle.label.startsWith(`${name} bytes`)),
        name,
      ).toBe(true);
    }
    // A file Rebond keeps aside (the desktop viewer's folder) with the person's agreement in it.
    const viewer = prepareViewerFolder(h.dir);
    const unsubscribe = onPersonalDataErased(() => emptyViewerFolder(viewer));
    const agreement = h.store.db
      .prepare("SELECT content FROM documents WHERE kind = 'agreement' AND subject_id = ?")
      .pluck()
      .get(person.handoverId) as Buffer;
    writeForViewer(viewer, 'AGR-2024-000001', agreement);
    // Today the person is plainly in the file and in the renderer's cache of shaped words.
    expect(findResidue(h.dir, needles).length).toBeGreaterThan(0);
    expect(heldWords().some((word) => word.startsWith('Vauquelin'))).toBe(true);

    const figures = () => ({
      progress: h.call(d.coord, 'programmes.progress', { programmeId: d.programme }),
      counts: COUNTED.map((table) => [table, count(table)]),
    });
    const before = figures();
    const report = h.call(d.coord, 'privacy.anonymiseDue', {});
    unsubscribe();
    expect(report).toMatchObject({ anonymised: 1 });
    expect(figures()).toEqual(before);
    expect(h.call(d.admin, 'events.verifyChain', {})).toMatchObject({ ok: true });
    expect(h.call(d.coord, 'beneficiaries.get', { id: other.id }).lastName).toBe('Gardée');
    const otherCard = h.call(d.coord, 'sims.get', { id: other.sim });
    expect(otherCard.history.find((event) => event.type === 'sim.activate')?.payload).toMatchObject({
      note: 'Activée avec Camille',
    });
    // Typed accessories go (they may name someone), the quick-button ones stay.
    const handover = h.call(d.coord, 'handovers.get', { id: person.handoverId });
    expect([handover.terms.accessories, handover.returns[0]?.missingAccessories]).toEqual([['Chargeur'], ['Souris']]);
    expect(heldWords().filter((word) => /Vauquelin|Zéphyrine|Cormorans/.test(word))).toEqual([]);

    // The running app's files, and again once it has closed (the close runs the planner's optimisation).
    expect(findResidue(h.dir, needles)).toEqual([]);
    h.close();
    expect(findResidue(h.dir, needles)).toEqual([]);
  });
});

describe('erased on request', () => {
  it('leaves nothing either when one person is anonymised from their page', () => {
    const person = lendToErasablePerson(h, d);
    const needles = personalNeedles(person.needles, person.kept());
    expect(heldWords().some((word) => word.startsWith('Vauquelin'))).toBe(true);
    expect(h.call(d.coord, 'beneficiaries.anonymise', { id: person.beneficiaryId }).anonymisedAt).not.toBeNull();
    expect(heldWords().filter((word) => /Vauquelin|Zéphyrine|Cormorans/.test(word))).toEqual([]);
    expect(findResidue(h.dir, needles)).toEqual([]);
  });
});

describe('erased even when the file was busy', () => {
  it('finishes the wipe at the next run when another process held the file after the commit', () => {
    const person = lendToErasablePerson(h, d);
    const needles = personalNeedles(person.needles, person.kept());
    const other = openDatabase(join(h.dir, 'rebond.sqlite'));
    // Another process takes the write lock between the commit and the wipe.
    const unsubscribe = onPersonalDataErased(() => {
      other.exec('BEGIN IMMEDIATE');
      h.store.db.pragma('busy_timeout = 20');
    });
    try {
      expect(h.call(d.coord, 'privacy.anonymiseDue', {})).toMatchObject({ anonymised: 1 });
    } finally {
      unsubscribe();
      other.exec('ROLLBACK');
      other.close();
      h.store.db.pragma('busy_timeout = 5000');
    }
    expect(wipePending(h.store)).toBe(true);
    expect(h.call(d.coord, 'privacy.anonymiseDue', {})).toMatchObject({ anonymised: 0 });
    expect(wipePending(h.store)).toBe(false);
    expect(findResidue(h.dir, needles)).toEqual([]);
  });
});

describe('the residue scanner', () => {
  it('finds a value in any case and in UTF-16, in any file under the folder, but not under backups', () => {
    mkdirSync(join(h.dir, 'logs', 'old'), { recursive: true });
    mkdirSync(join(h.dir, 'backups'));
    writeFileSync(join(h.dir, 'logs', 'old', 'a.log'), Buffer.from(`x ${PERSON.lastName.toUpperCase()} y`, 'utf8'));
    writeFileSync(join(h.dir, 'logs', 'b.txt'), Buffer.from(PERSON.firstName, 'utf16le'));
    writeFileSync(join(h.dir, 'backups', 'copy.sqlite'), PERSON.lastName);
    const found = findResidue(h.dir, [
      ...textNeedles('lastName', PERSON.lastName),
      ...textNeedles('firstName', PERSON.firstName),
    ]);
    expect(found.map((hit) => [hit.file, hit.label]).sort()).toEqual([
      [join('logs', 'b.txt'), 'firstName utf16le as typed'],
      [join('logs', 'old', 'a.log'), 'lastName utf8 upper'],
    ]);
  });
});
