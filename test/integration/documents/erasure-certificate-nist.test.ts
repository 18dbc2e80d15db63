import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordsFingerprint } from '../../../main/documents/certificate/load';
import { reprintDocument } from '../../../main/services/documents';
import { translate } from '../../../shared/i18n';
import { memoryHarness, newSession, type Harness } from '../../helpers/api';
import { erasedLaptop, setUpDocumentWorkshop, type DocumentWorkshop } from '../../helpers/documents';
import { pdfLayoutText, pdfPage, readBarcodes, oneLine } from '../../helpers/pdf';
import { ARTIFACTS } from '../../helpers/artifacts';

let h: Harness;
let w: DocumentWorkshop;
beforeEach(() => {
  h = memoryHarness();
  w = setUpDocumentWorkshop(h);
});
afterEach(() => h.close());

function issue(subject: { type: 'device' | 'batch'; ids: number[] }, lang: 'fr' | 'en' = 'fr') {
  const document = h.call(w.tech, 'documents.generate', { kind: 'erasure-certificate', subject, lang });
  return { document, pdf: reprintDocument(h.store, document.reference).pdf };
}

/** A tablet reset to factory settings: the whole device is the medium, with its OS version and the checklist. */
function resetTablet(
  serial: string,
  record: Record<string, unknown> = {},
): { id: number; assetTag: string; erasureId: number } {
  const { device } = h.call(w.tech, 'devices.register', {
    batchId: w.batchId,
    device: { kind: 'tablet', serial, make: 'Samsung', model: 'Galaxy Tab A8' },
  });
  const erasure = h.call(w.tech, 'erasure.record', {
    deviceId: device.id,
    driveId: null,
    level: 'purge',
    technique: 'factory_reset',
    tool: 'Réinitialisation Android',
    startedAt: '2026-11-03T09:00:00.000Z',
    endedAt: '2026-11-03T09:20:00.000Z',
    result: 'success',
    verification: 'full',
    checklist: [
      'encryption_enabled',
      'accounts_removed',
      'activation_lock_off',
      'mdm_removed',
      'sim_and_sd_removed',
      'reset_completed',
    ],
    backup: 'unknown',
    osVersion: 'Android 13',
    ...record,
  });
  return { id: device.id, assetTag: device.assetTag, erasureId: erasure.erasure.id };
}

describe('the erasure certificate against NIST SP 800-88 Appendix G', () => {
  it('prints the backup and its place, the classification after, the command, notes, evidence and the verifier’s note with their medium', () => {
    const device = erasedLaptop(h, w, 'PF2NIST1', {
      record: {
        backup: 'yes',
        backupLocation: 'Clé USB remise au donateur',
        notes: 'Test SMART correct avant effacement',
        evidenceText: 'nwipe 0.37 — S4EWNX0PF2NIST1 — 0 erreur',
      },
      verificationNotes: 'Relecture de 5 % des secteurs : zéros',
    });
    const { document, pdf } = issue({ type: 'device', ids: [device.id] });
    expect(document.pages).toBe(1);
    const text = oneLine(pdfLayoutText(pdf));
    for (const expected of [
      'Données sauvegardées',
      'Oui — Clé USB remise au donateur',
      'Classification après',
      'Non classifié (aucune donnée)',
      'Commande',
      'nvme sanitize -a 2 /dev/nvme0',
      'Rapport de l’outil',
      'nwipe 0.37 — S4EWNX0PF2NIST1 — 0 erreur',
      `SHA-256 ${'a'.repeat(64)}`,
      'Remarques',
      'Test SMART correct avant effacement',
      'Note de validation',
      'Relecture de 5 % des secteurs : zéros',
      // The validator's organisation, location and contact beside the performer's; job titles, not app roles.
      'Validé par (seconde personne)',
      'Technicienne reconditionnement',
      'Responsable de la sécurité des données',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text.match(/Rebond Lyon — Ressourcerie numérique Rebond Lyon — Ressourcerie numérique/)).not.toBeNull();
    expect(
      text.match(/04 72 00 00 00 · atelier@rebond-lyon\.fr 04 72 00 00 00 · atelier@rebond-lyon\.fr/),
    ).not.toBeNull();
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(`${ARTIFACTS}doc-certificate-nist-fr.png`, pdfPage(pdf, 1, 60));
  });

  it('prints the OS version and the checklist of a factory reset, and the medium’s details under its name when there are several', () => {
    const tablet = resetTablet('R9TNIST01');
    h.call(w.dso, 'erasure.verify', { erasureId: tablet.erasureId });
    const text = oneLine(pdfLayoutText(issue({ type: 'device', ids: [tablet.id] }, 'en').pdf));
    for (const expected of [
      'OS version',
      'Android 13',
      'Checks',
      'Data backed up',
      'Unknown',
      'Tablet (whole device)',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).not.toContain('Command');

    const { device } = h.call(w.tech, 'devices.register', {
      batchId: w.batchId,
      device: {
        kind: 'desktop',
        serial: 'PF2TWODR',
        make: 'Dell',
        model: 'OptiPlex 7060',
        drives: [
          { serial: 'WD-A1', type: 'hdd', capacityGb: 500 },
          { serial: 'SSD-B2', type: 'ssd', capacityGb: 256 },
        ],
      },
    });
    const drives = h.call(w.tech, 'devices.get', { id: device.id }).drives;
    for (const [index, drive] of drives.entries()) {
      const erasure = h.call(w.tech, 'erasure.record', {
        deviceId: device.id,
        driveId: drive.id,
        level: index === 0 ? 'clear' : 'purge',
        technique: index === 0 ? 'overwrite' : 'ata_secure_erase',
        passes: index === 0 ? 1 : null,
        tool: index === 0 ? 'nwipe' : 'hdparm',
        startedAt: '2026-11-03T09:00:00.000Z',
        endedAt: '2026-11-03T10:00:00.000Z',
        result: 'success',
        verification: index === 0 ? 'full' : 'sample',
        backup: 'no',
        command: index === 0 ? null : 'hdparm --security-erase-enhanced NULL /dev/sdb',
        notes: index === 0 ? 'Disque d’origine' : null,
      });
      h.call(w.dso, 'erasure.verify', { erasureId: erasure.erasure.id });
    }
    const both = oneLine(pdfLayoutText(issue({ type: 'device', ids: [device.id] }).pdf));
    expect(both).toContain('Détails — Disque dur (HDD) · 500 Go · N° WD-A1');
    expect(both).toContain('Détails — SSD SATA · 256 Go · N° SSD-B2');
    expect(both).toContain('hdparm --security-erase-enhanced NULL /dev/sdb');
    // Each note under its own medium: the HDD's note comes before the SSD's details.
    expect(both.indexOf('Disque d’origine')).toBeGreaterThan(both.indexOf('Détails — Disque dur'));
    expect(both.indexOf('Disque d’origine')).toBeLessThan(both.indexOf('Détails — SSD SATA'));
  });

  it('refuses to certify a medium erased without verification (« Aucune »), naming the device and the medium, and writes nothing', () => {
    const tablet = resetTablet('R9TNONE1', { verification: 'none' });
    h.call(w.dso, 'erasure.verify', { erasureId: tablet.erasureId });
    const before = h.store.events.head();
    const refusal = h.refuse(w.tech, 'documents.generate', {
      kind: 'erasure-certificate',
      subject: { type: 'device', ids: [tablet.id] },
    });
    expect(refusal).toMatchObject({
      code: 'certificate_erasure_unverified',
      message: translate('fr', 'error.certificate_erasure_unverified', {
        assetTag: tablet.assetTag,
        medium: 'Tablette',
        serial: ' R9TNONE1',
      }),
    });
    expect(refusal.message).toContain('le support « Tablette R9TNONE1 »');
    expect(refusal.message).toContain(tablet.assetTag);
    expect(refusal.message).toContain('sans vérification (« Aucune »)');
    const english = newSession();
    h.call(english, 'session.setLang', { lang: 'en' });
    h.call(english, 'session.signIn', {
      operatorId: h.call(w.admin, 'operators.list', {}).find((o) => o.name === 'Hélène Lefèvre')?.id ?? 0,
    });
    expect(
      h.refuse(english, 'documents.generate', {
        kind: 'erasure-certificate',
        subject: { type: 'device', ids: [tablet.id] },
      }).message,
    ).toContain(
      `No certificate for ${tablet.assetTag}: medium “Tablet R9TNONE1” was erased without verification (“None”).`,
    );
    // In a batch it is listed with the medium, and the batch is refused whole.
    expect(h.store.events.head()).toEqual(before);
    erasedLaptop(h, w, 'PF2PROVE');
    const beforeBatch = h.store.events.head();
    const batch = h.refuse(w.tech, 'documents.generate', {
      kind: 'erasure-certificate',
      subject: { type: 'batch', ids: [w.batchId] },
    });
    expect(batch).toMatchObject({
      code: 'certificate_devices_unverified',
      message: expect.stringMatching(/^Aucun certificat établi : 1 appareil a un support effacé sans vérification/),
    });
    expect(batch.refusals?.map((item) => [item.assetTag, item.message])).toEqual([
      [tablet.assetTag, 'support « Tablette R9TNONE1 » effacé sans vérification (« Aucune »)'],
    ]);
    expect(h.store.events.head()).toEqual(beforeBatch);
    expect(h.store.db.prepare("SELECT count(*) FROM documents WHERE kind = 'erasure-certificate'").pluck().get()).toBe(
      0,
    );
  });

  it('opens a batch with a cover listing every device, signed once, then one page per device with « Appareil n / N » and no signature box', () => {
    const devices = Array.from({ length: 17 }, (_, index) =>
      erasedLaptop(h, w, `PF3B${String(index).padStart(4, '0')}`),
    );
    const { document, pdf } = issue({ type: 'batch', ids: [w.batchId] });
    const pages = pdfLayoutText(pdf)
      .split('\f')
      .filter((page) => page.trim() !== '');
    expect(pages.length).toBe(document.pages);
    const coverCount = document.pages - devices.length;
    expect(coverCount).toBeGreaterThanOrEqual(1);
    const cover = oneLine(pages.slice(0, coverCount).join('\n'));
    expect(cover).toContain('Récapitulatif des appareils');
    expect(cover).toContain(`récapitulatif signé : lot ${w.batchCode}, 17 appareils`);
    for (const [index, device] of devices.entries()) {
      const fingerprint = recordsFingerprint(h.store.erasures.forDevice(device.id));
      // Each row's first line: number, tag, serial, medium, method, verification, result, first half of the fingerprint.
      const row = `${index + 1} ${device.assetTag} PF3B${String(index).padStart(4, '0')} SSD NVMe Purge Complète Réussi ${fingerprint.slice(0, 32)}`;
      expect(cover, device.assetTag).toContain(row);
      // Its second line: the capacity, the technique and the rest of the fingerprint (pdftotext may set the second
      // half a line lower when its glyphs sit on another baseline, so the line break is not part of the check).
      expect(cover.replace(/\s+/g, ' ')).toContain(`1 000 Go NVMe Sanitize ${fingerprint.slice(32)}`);
    }
    // Signed once: one performer box and one validator box, on the cover only.
    expect(cover.match(/Signature/g)?.length).toBe(2);
    expect(cover).toContain('Les personnes soussignées attestent que les supports des 17 appareils listés ci-dessus');
    const devicePages = pages.slice(coverCount);
    devicePages.forEach((page, index) => {
      const text = oneLine(page);
      expect(text).toContain(`Appareil ${index + 1} / 17`);
      expect(text).toContain(`Page ${coverCount + index + 1} / ${document.pages}`);
      expect(text).toContain(devices[index]?.assetTag ?? '?');
      expect(text).not.toMatch(/Signature/);
      expect(page.replace(/\s+/g, ' ')).toContain('signé une seule fois en page de garde');
    });
    expect(oneLine(devicePages[16] ?? '')).toContain('Appareil 17 / 17');
    // The QR code of a device page still decodes to its reference, tag and fingerprint.
    const page17 = pdfPage(pdf, coverCount + 17, 200);
    const last = devices[16];
    expect(readBarcodes(page17)).toEqual([
      `QR-Code:REBOND|${document.reference}|${last?.assetTag}|${recordsFingerprint(h.store.erasures.forDevice(last?.id ?? 0))}`,
    ]);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(`${ARTIFACTS}doc-certificate-batch-cover.png`, pdfPage(pdf, 1, 60));
    writeFileSync(`${ARTIFACTS}doc-certificate-batch-device.png`, pdfPage(pdf, coverCount + 1, 60));
  });

  it('keeps the fingerprint of records made before these fields: the same nineteen fields as always', () => {
    const device = erasedLaptop(h, w, 'PF2OLDRC');
    // A record from before migration 0008 has none of the new fields.
    h.store.db
      .prepare(
        'UPDATE erasures SET backup = NULL, backup_location = NULL, classification_after = NULL, command = NULL, os_version = NULL WHERE device_id = ?',
      )
      .run(device.id);
    const [record] = h.store.erasures.forDevice(device.id);
    if (!record) throw new Error('no record');
    const nineteen = [
      record.id,
      record.assetTag,
      record.driveId,
      record.driveSerial,
      record.level,
      record.technique,
      record.passes,
      record.tool,
      record.toolVersion,
      record.startedAt,
      record.endedAt,
      record.result,
      record.verification,
      record.checklist,
      record.destination,
      record.evidenceSha256,
      record.performedBy.id,
      record.verifiedBy?.id ?? null,
      record.verifiedAt,
    ];
    const old = createHash('sha256')
      .update(JSON.stringify([nineteen]))
      .digest('hex');
    expect(recordsFingerprint([record])).toBe(old);
    const { pdf } = issue({ type: 'device', ids: [device.id] });
    const text = oneLine(pdfLayoutText(pdf));
    expect(text).toContain(old);
    expect(text).toMatch(/Données sauvegardées Non renseigné/);
    // A record with them recorded is covered by them: changing the command changes its fingerprint.
    const recent = erasedLaptop(h, w, 'PF2NEWRC');
    const [fresh] = h.store.erasures.forDevice(recent.id);
    if (!fresh) throw new Error('no record');
    expect(recordsFingerprint([fresh])).not.toBe(
      recordsFingerprint([{ ...fresh, command: 'nvme format -s 1 /dev/nvme0' }]),
    );
  });

  it('keeps a job title on the operator, set and cleared in Administration, and refuses a backup without its place', () => {
    const created = h.call(w.admin, 'operators.create', {
      name: 'Inès Caron',
      roles: ['technician'],
      jobTitle: 'Apprentie reconditionnement',
    });
    expect(created.jobTitle).toBe('Apprentie reconditionnement');
    const kept = h.call(w.admin, 'operators.update', {
      id: created.id,
      name: 'Inès Caron',
      roles: ['technician'],
      active: true,
    });
    expect(kept.jobTitle).toBe('Apprentie reconditionnement');
    const cleared = h.call(w.admin, 'operators.update', {
      id: created.id,
      name: 'Inès Caron',
      roles: ['technician'],
      active: true,
      jobTitle: '',
    });
    expect(cleared.jobTitle).toBeNull();

    const { device } = h.call(w.tech, 'devices.register', {
      batchId: w.batchId,
      device: { kind: 'tablet', serial: 'R9TBACK1', make: 'Samsung', model: 'Tab' },
    });
    const before = h.store.events.head();
    const refusal = h.refuse(w.tech, 'erasure.record', {
      deviceId: device.id,
      level: 'purge',
      technique: 'factory_reset',
      tool: 'Android',
      startedAt: '2026-11-03T09:00:00.000Z',
      endedAt: '2026-11-03T09:20:00.000Z',
      result: 'failed',
      verification: 'full',
      backup: 'yes',
    });
    expect(refusal).toMatchObject({
      code: 'erasure_backup_location_missing',
      field: 'backupLocation',
      message: 'Les données ont été sauvegardées : indiquez où se trouve la sauvegarde.',
    });
    expect(h.store.events.head()).toEqual(before);
  });
});
