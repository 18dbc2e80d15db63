/**
 * `anonymise_residue_bytes`: a pupil with a distinctive name, address, guardian, phone, e-mail, signatures, a signed
 * copy, papers, notes and a return (test/helpers/erasable-person) is anonymised by the service in a data folder of
 * its own; then every file under the folder is searched for any of those values (several spellings, UTF-8 and
 * UTF-16) and slices of those images and papers. The figure is the bytes found, with the app still running or
 * after it closed, whichever is more: the target is 0.
 */
import {
  dataFolderHarness,
  lendToErasablePerson,
  personalNeedles,
  setOrganisation,
  setUpLending,
} from '../helpers/erasable-person';
import { findResidue, residueBytes } from '../helpers/residue';
import { atMost, type Figure } from './measure';

export function anonymiseResidueBytes(): Figure {
  const h = dataFolderHarness();
  try {
    const d = setUpLending(h);
    setOrganisation(h, d);
    const person = lendToErasablePerson(h, d);
    const needles = personalNeedles(person.needles, person.kept());
    const report = h.call(d.coord, 'privacy.anonymiseDue', {});
    if (report.anonymised !== 1) throw new Error(`expected one person anonymised, got ${report.anonymised}`);
    const running = residueBytes(findResidue(h.dir, needles));
    h.close();
    const closed = residueBytes(findResidue(h.dir, needles));
    return atMost(
      'anonymise_residue_bytes',
      Math.max(running, closed),
      'bytes',
      0,
      `bytes of an anonymised person's ${needles.length} values and image/paper slices found in any file of the data folder (backups/ aside), app running and closed`,
    );
  } finally {
    h.remove();
  }
}
