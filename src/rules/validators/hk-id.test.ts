import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hkId, hkIdCheck } from './hk-id.js';

describe('hk_id', () => {
  it.each([
    ['A123456(3)', 'A123456(3)'],
    ['A1234563', 'A123456(3)'],
    ['a123456 (3)', 'A123456(3)'],
    ['AB987654(3)', 'AB987654(3)'],
    ['Z683365(A)', 'Z683365(A)'],
    ['Z683365A', 'Z683365(A)'],
    ['C668668(9)', 'C668668(9)'],
  ])('confirms %s and writes it as printed, %s', (s, value) => {
    expect(hkId(s)).toMatchObject({ valid: true, value });
  });

  it.each([
    ['A123456(4)', 'wrong check'],
    ['A123456', 'no check'],
    ['A12345(6)', 'five digits'],
    ['ABC123456(7)', 'three letters'],
    ['1234567(8)', 'no letter (a Macau ID)'],
    ['A123456(B)', 'check letter other than A'],
  ])('rejects %s (%s)', (s) => {
    expect(hkId(s).valid).toBe(false);
  });

  it('rejects every other check character of a valid number', () => {
    const letters = fc.stringMatching(/^[A-Z]{1,2}$/);
    const digits = fc.stringMatching(/^[0-9]{6}$/);
    fc.assert(
      fc.property(letters, digits, (l, d) => {
        const good = hkIdCheck(l, d);
        expect(hkId(`${l}${d}(${good})`).valid).toBe(true);
        for (const c of '0123456789A') if (c !== good) expect(hkId(`${l}${d}(${c})`).valid).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
