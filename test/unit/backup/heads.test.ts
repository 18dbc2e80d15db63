import { describe, expect, it } from 'vitest';
import { expectedHeads, type HeadEntry } from '../../../main/backup/heads';

const head = (kind: HeadEntry['kind'], id: number, file = `b${id}`): HeadEntry => ({
  kind,
  at: `2026-12-0${Math.min(id, 9)}T00:00:00Z`,
  file,
  id,
  hash: `h${id}`,
});

describe('the chain heads a log must still hold', () => {
  it('are every head recorded with a verified backup', () => {
    expect(expectedHeads([head('backup', 10), head('backup', 20)]).map((entry) => entry.id)).toEqual([10, 20]);
  });

  it('after a restore, are the heads up to the restored one, and it', () => {
    const entries = [
      head('backup', 10),
      head('backup', 20),
      head('backup', 30),
      head('restore', 20, 'b20'),
      head('backup', 25),
    ];
    expect(expectedHeads(entries).map((entry) => `${entry.kind}:${entry.id}`)).toEqual([
      'backup:10',
      'backup:20',
      'restore:20',
      'backup:25',
    ]);
  });

  it('ignore the head of an empty log', () => {
    expect(expectedHeads([head('backup', 0)])).toEqual([]);
  });
});
