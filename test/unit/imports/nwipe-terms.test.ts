import { describe, expect, it } from 'vitest';
import {
  nwipeHiddenAreas,
  nwipePasses,
  nwipeStatus,
  nwipeTag,
  nwipeTechnique,
  nwipeVerification,
  throughputMBs,
} from '../../../main/imports/readers/nwipe-terms';

describe("nwipe's words", () => {
  it.each([
    [' Erased ', 'erased'],
    ['ERASED', 'erased'],
    ['-FAILED-', 'failed'],
    ['FAILED', 'failed'],
    ['INSANITY', 'failed'],
    ['UABORTED', 'aborted'],
    ['ABORTED', 'aborted'],
    ['wiping', undefined],
  ])('status %j is %s', (raw, expected) => {
    expect(nwipeStatus(raw)).toBe(expected);
  });

  it('maps methods to a technique and level only when they name one', () => {
    expect(nwipeTechnique('Fill With Zeros')).toEqual({ technique: 'overwrite', level: 'clear' });
    expect(nwipeTechnique('DoD 5220.22-M')).toEqual({ technique: 'overwrite', level: 'clear' });
    expect(nwipeTechnique('Gutmann Wipe')).toEqual({ technique: 'overwrite', level: 'clear' });
    expect(nwipeTechnique('NVMe Sanitize (block erase)')).toEqual({ technique: 'nvme_sanitize', level: 'purge' });
    expect(nwipeTechnique('ATA Secure Erase')).toEqual({ technique: 'ata_secure_erase', level: 'purge' });
    // Verifying is not erasing.
    expect(nwipeTechnique('Verify Zeros')).toEqual({});
  });

  it('knows the passes of its fixed methods', () => {
    expect(nwipePasses('Fill With Zeros')).toBe(1);
    expect(nwipePasses('DoD Short')).toBe(3);
    expect(nwipePasses('DoD 5220.22-M')).toBe(7);
    expect(nwipePasses('Gutmann Wipe')).toBe(35);
    expect(nwipePasses('Some Future Method')).toBeUndefined();
  });

  it('reads verification, hidden areas, throughput and the tag', () => {
    expect(nwipeVerification('1 (last pass)')).toBe('last');
    expect(nwipeVerification('2 (all passes)')).toBe('all');
    expect(nwipeVerification('0 (off)')).toBe('none');
    expect(nwipeVerification('None')).toBe('none');
    expect(nwipeHiddenAreas('Not applicable')).toBe('not_checked');
    expect(nwipeHiddenAreas('No hidden sectors')).toBe('none_found');
    expect(nwipeHiddenAreas('Hidden sectors detected')).toBe('found_not_removed');
    expect(throughputMBs('219 MB/sec')).toBe(219);
    expect(throughputMBs('1.5 GB/s')).toBe(1500);
    expect(throughputMBs('850 KB/s')).toBeCloseTo(0.85);
    expect(nwipeTag('Empty Tag')).toBeUndefined();
    expect(nwipeTag(' RB-000123 ')).toBe('RB-000123');
  });
});
