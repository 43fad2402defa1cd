import { describe, expect, it } from 'vitest';
import { formatNumber } from './number-format.js';

describe('formatNumber', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['1.3812345678E10', '13812345678'],
    ['1.3812345678e+10', '13812345678'],
    ['13812345678.0', '13812345678'],
    ['1.10101199003078E+17', '110101199003078000'],
    ['5.0', '5'],
    ['0', '0'],
    ['-0.0', '0'],
    ['-12', '-12'],
    ['3.14', '3.14'],
    ['1.5E-3', '1.5E-3'],
    ['0.30000000000000004', '0.30000000000000004'],
    ['1E+40', '1E+40'],
    ['abc', 'abc'],
    ['', ''],
    [' 42 ', '42'],
  ])('%s → %s', (input, expected) => {
    expect(formatNumber(input)).toBe(expected);
  });

  it('never goes through a float (no invented digits)', () => {
    expect(formatNumber('1.2345678901234567E20')).toBe('123456789012345670000');
  });
});
