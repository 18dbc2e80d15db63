import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { openStore } from '../../../main/store/store';
import { addDays, localDay } from '../../../shared/domain/lending';
import { harnessFor, tempDir, removeAll } from '../../helpers/api';
import { pupil, setUpLending } from '../../helpers/lending';
import { makeReady } from '../../helpers/workshop';

const dirs: { remove: () => void }[] = [];
afterEach(() => removeAll(dirs));

function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(
    argv,
    (line) => out.push(line),
    (line) => err.push(line),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('rebond anonymise', () => {
  it('anonymises people whose last loan closed past the retention period and says how many', () => {
    const dir = tempDir();
    dirs.push(dir);
    const h = harnessFor(openStore(join(dir.path, 'rebond.sqlite')));
    const d = setUpLending(h);
    const today = localDay(new Date());
    const lend = (reference: string, serial: string, handedOn: string) =>
      h.call(d.coord, 'handovers.create', {
        recipient: { type: 'beneficiary', beneficiaryId: pupil(h, d, reference).id },
        programmeId: d.programme,
        deviceIds: [makeReady(h, d, serial)],
        handedOn,
        dueOn: addDays(handedOn, 200),
      }).handover;
    const old = lend('EL-1', 'LAP-1', addDays(today, -1200));
    h.call(d.tech, 'returns.create', { items: [{ itemId: old.items[0]?.id ?? 0 }], returnedOn: addDays(today, -1100) });
    lend('EL-2', 'LAP-2', addDays(today, -1000));
    h.close();

    const run = cli('anonymise', '--data-dir', dir.path);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toBe(
      '1 bénéficiaire anonymisé (dernier prêt clos depuis plus de 24 mois) ; 1 conservé car un prêt est en cours.',
    );
    expect(cli('anonymise', '--data-dir', dir.path, '--lang', 'en').out).toBe(
      '0 beneficiary records anonymised (last loan closed more than 24 months ago); 1 kept because a loan is open.',
    );
    expect(cli('check', '--data-dir', dir.path).code).toBe(0);
  });
});
