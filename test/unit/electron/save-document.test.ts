import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveDocument } from '../../../main/electron/save-document';
import type { SaveAsRequest } from '../../../main/electron/save-export';
import { openStore } from '../../../main/store/store';
import type { DocumentSummary } from '../../../shared/contract/documents';
import type { ApiResult } from '../../../shared/errors';
import { harnessFor, type Harness } from '../../helpers/api';
import { setUpLending, type LendingDesk } from '../../helpers/lending';
import { makeReady } from '../../helpers/workshop';

/** The desktop app's « Save as » for an issued document, decided without Electron, on a real store and document. */
let dir: string;
let h: Harness;
let d: LendingDesk;
let label: DocumentSummary;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rebond-save-document-'));
  h = harnessFor(openStore(join(dir, 'rebond.sqlite')));
  d = setUpLending(h);
  const deviceId = makeReady(h, d, 'LAP-1');
  label = h.call(d.tech, 'documents.generate', { kind: 'labels', subject: { type: 'device', ids: [deviceId] } });
});
afterEach(() => {
  h.close();
  rmSync(dir, { recursive: true, force: true });
});

function depsFor(answer: string | null, asked: SaveAsRequest[] = []) {
  return {
    reprint: (input: unknown) =>
      h.api.callAsync('documents.reprint', input, d.tech) as Promise<
        ApiResult<{ document: DocumentSummary; pdfBase64: string }>
      >,
    lang: 'fr' as const,
    ask: async (request: SaveAsRequest) => {
      asked.push(request);
      return answer;
    },
  };
}

describe('saving an issued document from the desktop app', () => {
  it('offers <reference>.pdf and writes the stored bytes, identical to the first print, where chosen', async () => {
    const asked: SaveAsRequest[] = [];
    const saved = await saveDocument({ reference: label.reference }, depsFor(join(dir, 'étiquette'), asked));
    expect(asked).toEqual([{ fileName: `${label.reference}.pdf`, format: 'pdf' }]);
    expect(saved).toEqual({ ok: true, value: { saved: true, fileName: 'étiquette.pdf' } });
    const bytes = readFileSync(join(dir, 'étiquette.pdf'));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(label.sha256);
  });

  it('writes nothing when the window is cancelled, and refuses a malformed reference before any window', async () => {
    const before = readdirSync(dir).sort();
    expect(await saveDocument({ reference: label.reference }, depsFor(null))).toEqual({
      ok: true,
      value: { saved: false, fileName: null },
    });
    const asked: SaveAsRequest[] = [];
    const malformed = await saveDocument({ reference: '../rebond.sqlite' }, depsFor(join(dir, 'x.pdf'), asked));
    expect(malformed.ok ? null : malformed.error).toMatchObject({ code: 'invalid_input', field: 'reference' });
    expect(asked).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });

  it('the browser edition refuses the call: it opens the PDF’s URL instead', () => {
    expect(h.refuse(d.tech, 'documents.save', { reference: label.reference }).code).toBe('save_as_desktop_only');
  });
});
