import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  drawDocument,
  generateDocument,
  issueDocument,
  storeDrawnDocument,
  type DocumentSteps,
  type DrawnDocument,
  type GenerateRequest,
} from '../../../main/services/documents';
import { openStore, type Store } from '../../../main/store/store';
import { actorFor } from '../../../main/services/people';
import type { Actor } from '../../../main/services/unit-of-work';
import { fileHarness } from '../../helpers/api';
import { laptop, setUpWorkshop, type Workshop } from '../../helpers/workshop';

let h: ReturnType<typeof fileHarness>;
let w: Workshop;
let actor: Actor;
let ids: number[];

const labelsOf = (id: number): GenerateRequest => ({
  kind: 'labels',
  subject: { type: 'device', ids: [id] },
  lang: 'fr',
  format: 'roll-62',
});
/** The two steps on `store` (the harness's connection unless told), with `meanwhile` run after each drawing. */
const steps = (
  request: GenerateRequest,
  meanwhile: (drawn: DrawnDocument) => void = () => undefined,
  store: Store = h.store,
): DocumentSteps => ({
  draw: async (issuedAt) => {
    const drawn = drawDocument(store, actor, request, issuedAt);
    meanwhile(drawn);
    return drawn;
  },
  store: async (drawn) => storeDrawnDocument(store, actor, request, drawn),
});
const issue = (request: GenerateRequest, meanwhile?: (drawn: DrawnDocument) => void) =>
  issueDocument(steps(request, meanwhile), h.store.clock);
const count = (sql: string) => h.store.db.prepare(sql).pluck().get() as number;
const generated = () => count("SELECT count(*) FROM events WHERE type = 'document.generated'");
const labelSequence = () => h.store.settings.peek(`document.LBL.${new Date().getUTCFullYear()}`);

beforeEach(() => {
  h = fileHarness();
  w = setUpWorkshop(h);
  actor = actorFor(h.store, w.ids.tech);
  ids = h
    .call(w.tech, 'devices.registerMany', {
      batchId: w.batchId,
      devices: [laptop('TT-1'), laptop('TT-2'), laptop('TT-3')],
    })
    .devices.map((device) => device.id);
});
afterEach(() => h.close());

describe('a document drawn between two short transactions', () => {
  it('keeps the numbers without gaps when another document takes the number while one is drawn: it is drawn again with the next', async () => {
    const drawnAs: string[] = [];
    let other = '';
    const issued = await issue(labelsOf(ids[0] ?? 0), (drawn) => {
      drawnAs.push(drawn.issue.reference);
      if (drawnAs.length === 1) other = generateDocument(h.store, actor, labelsOf(ids[1] ?? 0)).document.reference;
    });
    const year = new Date().getUTCFullYear();
    expect(other).toBe(`LBL-${year}-000001`);
    expect(drawnAs).toEqual([`LBL-${year}-000001`, `LBL-${year}-000002`]);
    expect(issued.reference).toBe(`LBL-${year}-000002`);
    expect(h.store.db.prepare('SELECT reference FROM documents ORDER BY reference').pluck().all()).toEqual([
      other,
      issued.reference,
    ]);
    expect(labelSequence()).toBe(3);
    expect(generated()).toBe(2);
  });

  it('refuses when the subject is no longer valid at the second transaction, leaving no document, event or number behind', async () => {
    const lastEvent = count('SELECT max(id) FROM events');
    const lose = () => void h.call(w.tech, 'devices.applyAction', { deviceIds: [ids[2] ?? 0], action: 'report_lost' });
    await expect(issue(labelsOf(ids[2] ?? 0), lose)).rejects.toMatchObject({
      code: 'label_device_gone',
    });
    expect(count('SELECT count(*) FROM documents')).toBe(0);
    expect(generated()).toBe(0);
    expect(labelSequence()).toBe(1);
    // The only events written are those of the device reported lost meanwhile.
    expect(count(`SELECT count(*) FROM events WHERE id > ${lastEvent}`)).toBeGreaterThan(0);
    expect(count(`SELECT count(*) FROM events WHERE id > ${lastEvent} AND entity <> 'device'`)).toBe(0);
    expect(generateDocument(h.store, actor, labelsOf(ids[0] ?? 0)).document.reference).toBe(
      `LBL-${new Date().getUTCFullYear()}-000001`,
    );
  });

  it('gives up after three drawings when the subject changes during each one, and takes no number', async () => {
    let draws = 0;
    const change = () => {
      draws += 1;
      h.call(w.tech, 'devices.update', { id: ids[0] ?? 0, changes: { model: `Latitude ${7490 + draws}` } });
    };
    await expect(issue(labelsOf(ids[0] ?? 0), change)).rejects.toMatchObject({
      code: 'document_changed_while_rendering',
    });
    expect(draws).toBe(3);
    expect(count('SELECT count(*) FROM documents')).toBe(0);
    expect(labelSequence()).toBe(1);
  });

  it('a refusal while drawing (a start place on a roll) takes no number either', async () => {
    await expect(issue({ ...labelsOf(ids[0] ?? 0), labels: { start: 2 } })).rejects.toMatchObject({
      code: 'labels_start_sheet_only',
    });
    expect(labelSequence()).toBe(1);
    expect(generated()).toBe(0);
  });

  it('drawn and stored on a connection of its own (the render worker’s), sees a change another connection committed meanwhile, and draws again', async () => {
    const own = openStore(h.path, { secondary: true });
    try {
      const drawings: DrawnDocument[] = [];
      const change = (drawn: DrawnDocument) => {
        drawings.push(drawn);
        if (drawings.length === 1)
          h.call(w.tech, 'devices.update', { id: ids[0] ?? 0, changes: { model: 'Latitude 5590' } });
      };
      const issued = await issueDocument(steps(labelsOf(ids[0] ?? 0), change, own), h.store.clock);
      expect(drawings).toHaveLength(2);
      expect(issued.reference).toBe(`LBL-${new Date().getUTCFullYear()}-000001`);
      // The bytes stored are those of the second drawing, made after the model changed.
      expect(drawings[0]?.sha256).not.toBe(drawings[1]?.sha256);
      expect(h.store.documents.get(issued.reference)?.sha256).toBe(drawings[1]?.sha256);
      expect(generated()).toBe(1);
      expect(labelSequence()).toBe(2);
    } finally {
      own.close();
    }
  });

  it('stores a drawing at once when nothing changed since, on its own connection too, with its event', async () => {
    const own = openStore(h.path, { secondary: true });
    try {
      let draws = 0;
      const issued = await issueDocument(
        steps(labelsOf(ids[1] ?? 0), () => (draws += 1), own),
        h.store.clock,
      );
      expect(draws).toBe(1);
      expect(h.store.documents.get(issued.reference)?.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(generated()).toBe(1);
    } finally {
      own.close();
    }
  });
});
