import { PNG } from 'pngjs';
import type { Input } from '../../shared/contract';
import type { ApiSession, Harness } from './api';
import { newSession } from './api';

/**
 * A realistic workshop for documents: the organisation's identity, the Guillotière site, a technician who erases
 * (Hélène Lefèvre) and a data-security officer who validates (Karim Benali), a donor and a batch.
 */
export interface DocumentWorkshop {
  admin: ApiSession;
  tech: ApiSession;
  dso: ApiSession;
  batchId: number;
  batchCode: string;
}

export function setUpDocumentWorkshop(h: Harness): DocumentWorkshop {
  const admin = newSession();
  h.call(admin, 'session.setup', {
    siteName: 'Atelier de la Guillotière',
    operatorName: 'Alice Admin',
    organisation: 'Rebond Lyon',
  });
  h.call(admin, 'organisation.update', {
    name: 'Rebond Lyon — Ressourcerie numérique',
    address: '12 rue de la Thibaudière\n69007 Lyon',
    registration: 'SIRET 123 456 789 00012',
    phone: '04 72 00 00 00',
    email: 'atelier@rebond-lyon.fr',
    signatoryName: 'Claire Dumas',
    signatoryTitle: 'Directrice',
    logo: null,
  });
  const site = h.call(admin, 'sites.list', {})[0];
  h.call(admin, 'sites.update', {
    id: site?.id ?? 0,
    name: 'Atelier de la Guillotière',
    address: '5 place Gabriel Péri, 69007 Lyon',
    active: true,
  });
  const person = (name: string, roles: ('technician' | 'data_security_officer')[], jobTitle: string) => {
    const operator = h.call(admin, 'operators.create', { name, roles, jobTitle });
    const session = newSession();
    h.call(session, 'session.signIn', { operatorId: operator.id });
    return session;
  };
  const tech = person('Hélène Lefèvre', ['technician'], 'Technicienne reconditionnement');
  const dso = person('Karim Benali', ['data_security_officer'], 'Responsable de la sécurité des données');
  const donorId = h.call(tech, 'donors.create', { name: 'Fondation Éclair', kind: 'foundation' }).id;
  const batch = h.call(tech, 'batches.create', {
    donorId,
    siteId: site?.id ?? 0,
    receivedOn: '2026-11-02',
    expectedCount: 30,
  });
  return { admin, tech, dso, batchId: batch.id, batchCode: batch.code };
}

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 3, 9, minutes)).toISOString();

/**
 * Registers a laptop with a 1 000 GB NVMe drive, erases it with an NVMe Sanitize (the command, no backup, unclassified
 * after) and, unless told not to, validates it; `record` overrides fields of the erasure record.
 */
export function erasedLaptop(
  h: Harness,
  w: DocumentWorkshop,
  serial: string,
  options: { verify?: boolean; record?: Partial<Input<'erasure.record'>>; verificationNotes?: string } = {},
): { id: number; assetTag: string } {
  const { device } = h.call(w.tech, 'devices.register', {
    batchId: w.batchId,
    device: {
      kind: 'laptop',
      serial,
      make: 'Lenovo',
      model: 'ThinkPad T480',
      drives: [{ serial: `S4EWNX0${serial}`, type: 'nvme', capacityGb: 1000 }],
    },
  });
  const detail = h.call(w.tech, 'devices.get', { id: device.id });
  const erasure = h.call(w.tech, 'erasure.record', {
    deviceId: device.id,
    driveId: detail.drives[0]?.id ?? 0,
    level: 'purge',
    technique: 'nvme_sanitize',
    tool: 'nwipe',
    toolVersion: '0.37',
    startedAt: at(0),
    endedAt: at(47),
    result: 'success',
    verification: 'full',
    destination: 'external_reuse',
    evidenceSha256: 'a'.repeat(64),
    backup: 'no',
    classificationAfter: 'Non classifié (aucune donnée)',
    command: 'nvme sanitize -a 2 /dev/nvme0',
    ...options.record,
  });
  if (options.verify !== false)
    h.call(w.dso, 'erasure.verify', { erasureId: erasure.erasure.id, notes: options.verificationNotes ?? null });
  return { id: device.id, assetTag: device.assetTag };
}

/** A small logo as a PNG data URL: a navy square with an orange band; RGBA (with transparency) when asked. */
export function logoPng(options: { alpha?: boolean } = {}): string {
  const size = 48;
  const logo = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const band = y > 30 && y < 40;
      const alpha = options.alpha && x < 8 ? 0 : 255;
      logo.data.set([...(band ? [240, 120, 30] : [31, 78, 121]), alpha], (y * size + x) * 4);
    }
  }
  const png = PNG.sync.write(logo, { colorType: options.alpha ? 6 : 2 });
  return `data:image/png;base64,${png.toString('base64')}`;
}
