import { join } from 'node:path';
import { openStore } from '../../main/store/store';
import { harnessFor, tempDir, type Harness } from './api';
import { pupil, setUpLending, TODAY, type LendingDesk } from './lending';
import { issue, readyLaptop, setOrganisation, simWithNumber } from './papers';
import { blobNeedles, textNeedles, type Needle } from './residue';
import { padDataUrl, padPng } from './signature-png';

/** A data folder holding a file database (WAL and all) whose clock is pinned to `day`. */
export function dataFolderHarness(day = TODAY): Harness & { dir: string; remove: () => void } {
  const folder = tempDir('rebond-erasure-');
  const now = new Date(`${day}T12:00:00Z`);
  const harness = harnessFor(openStore(join(folder.path, 'rebond.sqlite'), { clock: () => now }));
  let closed = false;
  const close = () => {
    if (!closed) harness.close();
    closed = true;
  };
  const remove = () => {
    close();
    folder.remove();
  };
  return { ...harness, dir: folder.path, close, remove };
}

/** Values no other record holds, so that finding any of them anywhere means the person is still there. */
export const PERSON = {
  reference: 'EL-ZV-4711',
  firstName: 'Zéphyrine',
  lastName: 'Vauquelin-Brizard',
  guardianName: 'Hortense Vauquelin',
  referentName: 'Mme Escoffier-Laplanche',
  address: '17 allée des Cormorans, 69008 Lyon',
  contactPhone: '06 47 58 69 70',
  contactEmail: 'zephyrine.vauquelin@example.org',
} as const;

/** The same values as Rebond stores or prints them elsewhere (normalised phone, parts of the name). */
const STORED_FORMS = {
  phoneE164: '+33647586970',
  phoneDigits: '0647586970',
  street: 'Cormorans',
  surname: 'Vauquelin',
  surnameTail: 'Brizard',
  referent: 'Escoffier',
  signedCopyName: 'convention-vauquelin-brizard-zephyrine.png',
};

export interface ErasablePerson {
  beneficiaryId: number;
  handoverId: number;
  returnId: number;
  /** Every value and every binary the person left, to look for after the anonymisation. */
  needles: Needle[];
  /**
   * Binaries that stay (staff signatures, other people's papers), read from the database: slices found in them are
   * not the person's. Call it before the anonymisation, so that a paper it failed to purge cannot hide itself.
   */
  kept: () => Buffer[];
}

const pngOf = (dataUrl: string | null) => Buffer.from(dataUrl?.split(',')[1] ?? '', 'base64');

/**
 * A pupil with a distinctive name, address, guardian, phone and e-mail, a loan handed out in January 2024 and
 * back in June 2024 (past the 24 months' retention on TODAY), with everything a counter records: notes, the
 * person's and the guardian's signatures, an accessory typed with the child's name, a scanned signed copy named after the child, the agreement and the
 * receipt, a note typed on its SIM card naming the guardian, a return whose condition and note name the guardian,
 * its signatures and return receipt.
 */
export function lendToErasablePerson(h: Harness, d: LendingDesk): ErasablePerson {
  const person = pupil(h, d, PERSON.reference, PERSON);
  const { handover } = h.call(d.coord, 'handovers.create', {
    recipient: { type: 'beneficiary', beneficiaryId: person.id },
    programmeId: d.programme,
    // Erased before the (backdated) handover: a receipt refuses a proof dated after it.
    deviceIds: [readyLaptop(h, d, 'ERASE-LAP-1', '2024-01-05')],
    simIds: [simWithNumber(h, d, 4711, '+33755512345')],
    handedOn: '2024-01-10',
    dueOn: '2024-07-05',
    accessories: ['Chargeur', `Housse brodée ${PERSON.firstName}`],
    notes: `Remis à ${PERSON.firstName} et ${PERSON.guardianName} en main propre`,
  });
  const sim = handover.items.find((item) => item.simId !== null)?.simId ?? 0;
  h.call(d.coord, 'sims.setStatus', {
    simId: sim,
    action: 'activate',
    note: `Activée au téléphone avec ${PERSON.guardianName}`,
  });
  const onHandover = { type: 'handover' as const, handoverId: handover.id };
  const images: Buffer[] = [];
  for (const [signer, strokes] of [
    ['receiver', 1],
    ['guardian', 3],
    ['staff', 2],
  ] as const) {
    const saved = h.call(d.coord, 'signatures.save', {
      subject: onHandover,
      signer,
      mode: 'drawn',
      dataUrl: padDataUrl(strokes),
    });
    if (signer !== 'staff') images.push(pngOf(saved.dataUrl));
  }
  const scan = padPng(900, 600, 4);
  h.call(d.coord, 'signatures.attachCopy', {
    subject: onHandover,
    fileName: STORED_FORMS.signedCopyName,
    mediaType: 'image/png',
    base64: scan.toString('base64'),
  });
  const papers = [
    issue(h, d.coord, 'agreement', 'handover', handover.id).pdf,
    issue(h, d.coord, 'receipt', 'handover', handover.id).pdf,
  ];

  const { return: record } = h.call(d.tech, 'returns.create', {
    items: handover.items.map((item) => ({
      itemId: item.id,
      condition: `Rayure au dos, rendu par ${PERSON.guardianName}`,
      grade: 'B',
    })),
    returnedOn: '2024-06-30',
    missingAccessories: ['Souris', `Housse brodée ${PERSON.firstName}`],
    notes: `Rapporté par ${PERSON.guardianName} pour ${PERSON.firstName}`,
  });
  const onReturn = { type: 'return' as const, handoverId: handover.id, returnId: record.id };
  const returned = h.call(d.tech, 'signatures.save', {
    subject: onReturn,
    signer: 'receiver',
    mode: 'drawn',
    dataUrl: padDataUrl(5),
  });
  images.push(pngOf(returned.dataUrl));
  h.call(d.tech, 'signatures.save', { subject: onReturn, signer: 'staff', mode: 'drawn', dataUrl: padDataUrl(2) });
  papers.push(issue(h, d.tech, 'return-receipt', 'return', record.id).pdf);

  const texts = { ...PERSON, ...STORED_FORMS };
  const needles = [
    ...Object.entries(texts).flatMap(([name, value]) => textNeedles(name, value)),
    ...images.flatMap((png, index) => blobNeedles(`signature ${index + 1}`, png)),
    ...blobNeedles('signed copy', scan),
    ...papers.flatMap((pdf, index) => blobNeedles(`paper ${index + 1}`, pdf, 48)),
  ];
  const kept = () => [
    ...(h.store.db
      .prepare("SELECT png FROM handover_signatures WHERE png IS NOT NULL AND (signer = 'staff' OR handover_id <> ?)")
      .pluck()
      .all(handover.id) as Buffer[]),
    ...(h.store.db
      .prepare(
        `SELECT content FROM documents WHERE content IS NOT NULL
           AND NOT ((subject_type = 'handover' AND subject_id = ?) OR (subject_type = 'return' AND subject_id = ?))`,
      )
      .pluck()
      .all(handover.id, record.id) as Buffer[]),
  ];
  return { beneficiaryId: person.id, handoverId: handover.id, returnId: record.id, needles, kept };
}

/**
 * The needles that are the person's alone: a slice of a PDF or PNG also found in what legitimately stays (the
 * font subsets and structure every paper shares, a staff signature) says nothing about the person.
 */
export function personalNeedles(needles: readonly Needle[], kept: readonly Buffer[]): Needle[] {
  return needles.filter((needle) => !kept.some((bytes) => bytes.includes(needle.bytes)));
}

export { setOrganisation, setUpLending };
export type { LendingDesk };
