import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Harness } from '../../helpers/api';
import { pinnedHarness, pupil, setUpLending, type LendingDesk } from '../../helpers/lending';
import { issue, readyLaptop, readyTablets, setOrganisation } from '../../helpers/papers';
import { padDataUrl, padPng } from '../../helpers/signature-png';
import { pdfImages, renderPages } from '../../helpers/pdf';

let h: Harness;
let d: LendingDesk;
beforeEach(() => {
  h = pinnedHarness();
  d = setUpLending(h);
  setOrganisation(h, d);
});
afterEach(() => h.close());

function pupilLoan() {
  const person = pupil(h, d, 'EL-2026-330');
  return h.call(d.coord, 'handovers.create', {
    recipient: { type: 'beneficiary', beneficiaryId: person.id },
    programmeId: d.programme,
    deviceIds: [readyLaptop(h, d, 'SIG001'), ...readyTablets(h, d, 1)],
    accessories: ['Chargeur'],
  }).handover;
}

const subject = (handoverId: number) => ({ type: 'handover' as const, handoverId });
const rows = (table: string) => h.store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('signatures drawn at the counter', () => {
  it('keeps each signer’s PNG flattened and cropped, and embeds them in the agreement and the receipt', () => {
    const handover = pupilLoan();
    for (const signer of ['receiver', 'guardian', 'staff'] as const) {
      const saved = h.call(d.coord, 'signatures.save', {
        subject: subject(handover.id),
        signer,
        mode: 'drawn',
        dataUrl: padDataUrl(),
      });
      expect(saved.sha256).toMatch(/^[0-9a-f]{64}$/);
      const png = Buffer.from(saved.dataUrl?.split(',')[1] ?? '', 'base64');
      // Greyscale (colour type 0), cropped to the strokes: narrower and lower than the 480 × 160 pad.
      expect(png[25]).toBe(0);
      expect(png.readUInt32BE(16)).toBeLessThan(480);
      expect(png.readUInt32BE(20)).toBeLessThan(160);
    }
    const listed = h.call(d.coord, 'signatures.list', { handoverId: handover.id });
    expect(listed.signers).toEqual(['receiver', 'guardian', 'staff']);
    expect(listed.signatures.map((s) => s.signer).sort()).toEqual(['guardian', 'receiver', 'staff']);
    const events = h.store.db.prepare("SELECT count(*) FROM events WHERE type = 'signature.captured'").pluck().get();
    expect(events).toBe(3);

    const agreement = issue(h, d.coord, 'agreement', 'handover', handover.id);
    renderPages(agreement.pdf, 'doc-agreement-signed');
    const images = pdfImages(agreement.pdf);
    expect(images).toHaveLength(3);
    for (const line of images) expect(line).toMatch(/\bgray\b/);
    // The receipt has a box for the guardian too, with her drawn signature.
    expect(pdfImages(issue(h, d.coord, 'receipt', 'handover', handover.id).pdf)).toHaveLength(3);
  });

  it('replaces a signer’s earlier signature, and records a paper signature without an image', () => {
    const handover = pupilLoan();
    h.call(d.coord, 'signatures.save', {
      subject: subject(handover.id),
      signer: 'receiver',
      mode: 'drawn',
      dataUrl: padDataUrl(1),
    });
    h.call(d.coord, 'signatures.save', {
      subject: subject(handover.id),
      signer: 'receiver',
      mode: 'drawn',
      dataUrl: padDataUrl(2),
    });
    const paper = h.call(d.coord, 'signatures.save', { subject: subject(handover.id), signer: 'staff', mode: 'paper' });
    expect(paper.dataUrl).toBeNull();
    expect(rows('handover_signatures')).toBe(2);
    // A technician at the returns desk sees that the handover was signed, not the person's signature.
    const seenByTech = h.call(d.tech, 'signatures.list', { handoverId: handover.id }).signatures;
    expect(seenByTech.find((signature) => signature.signer === 'receiver')).toMatchObject({
      mode: 'drawn',
      dataUrl: null,
    });
    expect(pdfImages(issue(h, d.coord, 'agreement', 'handover', handover.id).pdf)).toHaveLength(1);
  });

  it('refuses a blank pad, a non-PNG, an oversized image and a signer the handover has not, saving nothing', () => {
    const handover = pupilLoan();
    const blank = h.refuse(d.coord, 'signatures.save', {
      subject: subject(handover.id),
      signer: 'receiver',
      mode: 'drawn',
      dataUrl: padDataUrl(0),
    });
    expect(blank.code).toBe('signature_invalid');
    expect(blank.message).toBe('Signature refusée : rien n’a été dessiné.');
    const jpeg = `data:image/png;base64,${Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]).toString('base64')}`;
    expect(
      h.refuse(d.coord, 'signatures.save', {
        subject: subject(handover.id),
        signer: 'receiver',
        mode: 'drawn',
        dataUrl: jpeg,
      }).code,
    ).toBe('signature_invalid');
    const wrongPrefix = h.refuse(d.coord, 'signatures.save', {
      subject: subject(handover.id),
      signer: 'receiver',
      mode: 'drawn',
      dataUrl: 'data:image/gif;base64,R0lGOD',
    });
    expect(wrongPrefix.code).toBe('invalid_input');
    expect(wrongPrefix.field).toBe('dataUrl');
    const huge = `data:image/png;base64,${padPng(2400, 100).toString('base64')}`;
    expect(
      h.refuse(d.coord, 'signatures.save', {
        subject: subject(handover.id),
        signer: 'receiver',
        mode: 'drawn',
        dataUrl: huge,
      }).code,
    ).toBe('signature_invalid');
    const drawnWithout = h.refuse(d.coord, 'signatures.save', {
      subject: subject(handover.id),
      signer: 'receiver',
      mode: 'drawn',
    });
    expect(drawnWithout.code).toBe('invalid_input');
    const { handover: adultLoan } = h.call(d.coord, 'handovers.create', {
      recipient: { type: 'partner', partnerId: d.institution },
      programmeId: d.programme,
      deviceIds: readyTablets(h, d, 1, 'ADL'),
    });
    const noGuardian = h.refuse(d.coord, 'signatures.save', {
      subject: subject(adultLoan.id),
      signer: 'guardian',
      mode: 'paper',
    });
    expect(noGuardian.code).toBe('signature_signer_not_applicable');
    expect(noGuardian.message).toContain('représentant légal');
    expect(
      h.refuse(d.tech, 'signatures.save', { subject: subject(handover.id), signer: 'staff', mode: 'paper' }).code,
    ).toBe('forbidden_role');
    expect(rows('handover_signatures')).toBe(0);
    expect(h.store.db.prepare("SELECT count(*) FROM events WHERE type = 'signature.captured'").pluck().get()).toBe(0);
  });
});

describe('signed paper copies', () => {
  it('attaches a scanned PDF with its SHA-256, and refuses bytes that are not what they claim', () => {
    const handover = pupilLoan();
    const scan = Buffer.from('%PDF-1.4\n% scanned agreement\n%%EOF\n');
    const copy = h.call(d.coord, 'signatures.attachCopy', {
      subject: subject(handover.id),
      fileName: 'convention-signee.pdf',
      mediaType: 'application/pdf',
      base64: scan.toString('base64'),
    });
    expect(copy.size).toBe(scan.length);
    expect(copy.sha256).toBe(createHash('sha256').update(scan).digest('hex'));
    const stored = h.store.db
      .prepare('SELECT bytes FROM handover_attachments WHERE id = ?')
      .pluck()
      .get(copy.id) as Buffer;
    expect(stored.equals(scan)).toBe(true);
    const liar = h.refuse(d.coord, 'signatures.attachCopy', {
      subject: subject(handover.id),
      fileName: 'photo.jpg',
      mediaType: 'image/jpeg',
      base64: scan.toString('base64'),
    });
    expect(liar.code).toBe('signed_copy_invalid');
    expect(liar.message).toContain('image/jpeg');
    expect(h.call(d.coord, 'signatures.list', { handoverId: handover.id }).copies.map((c) => c.fileName)).toEqual([
      'convention-signee.pdf',
    ]);
  });
});

describe('anonymisation', () => {
  it('drops the person’s signatures and signed copies with their name, keeping the staff’s', () => {
    const handover = pupilLoan();
    for (const signer of ['receiver', 'guardian', 'staff'] as const) {
      h.call(d.coord, 'signatures.save', {
        subject: subject(handover.id),
        signer,
        mode: 'drawn',
        dataUrl: padDataUrl(),
      });
    }
    h.call(d.coord, 'signatures.attachCopy', {
      subject: subject(handover.id),
      fileName: 'scan.pdf',
      mediaType: 'application/pdf',
      base64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
    });
    h.call(d.tech, 'returns.create', { items: handover.items.map((item) => ({ itemId: item.id, condition: null })) });
    h.call(d.coord, 'beneficiaries.anonymise', { id: handover.beneficiaryId ?? 0 });
    const left = h.store.db.prepare('SELECT signer FROM handover_signatures').pluck().all();
    expect(left).toEqual(['staff']);
    expect(rows('handover_attachments')).toBe(0);
    const refused = h.refuse(d.coord, 'documents.generate', {
      kind: 'agreement',
      subject: { type: 'handover', ids: [handover.id] },
    });
    expect(refused.code).toBe('beneficiary_anonymised');
  });
});
