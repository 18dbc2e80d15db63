import { describe, expect, it } from 'vitest';
import { isPlaceholderSerial, realSerial } from '../../../shared/domain/serial-placeholders';

describe('isPlaceholderSerial', () => {
  it.each([
    'To Be Filled By O.E.M.',
    'to be filled by o.e.m.',
    'Default string',
    'Not Specified',
    'System Serial Number',
    '--',
    ' - ',
    ';',
    '#?!',
    '0123456789',
    '00000000',
    '0000-0000',
    'XXXXXXXX',
    'xxxx',
    'N/A',
    'None',
    'Unknown',
    '',
    '   ',
    null,
    undefined,
  ])('%j is no serial', (raw) => {
    expect(isPlaceholderSerial(raw)).toBe(true);
    expect(realSerial(raw)).toBeUndefined();
  });

  it.each(['5CQ6VY1', 'D8FTRY1', 'S466NX0M776250H', 'CND4286Z55', '12345678', 'X1', '0A00'])(
    '%j is a serial',
    (raw) => {
      expect(isPlaceholderSerial(raw)).toBe(false);
      expect(realSerial(` ${raw} `)).toBe(raw);
    },
  );
});
