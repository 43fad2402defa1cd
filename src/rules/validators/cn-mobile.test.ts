import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMobile, makeRng, mobile } from '../../../test/support/synth.js';
import { cnMobile } from './cn-mobile.js';

const check = (s: string) => cnMobile(s.normalize('NFKC'));

describe('cn_mobile', () => {
  // cn-formats §2.2: every written form normalizes to the same 11 digits.
  it.each([
    '13800138000', '138 0013 8000', '138-0013-8000', '+86 138 0013 8000', '+86-13800138000',
    '+8613800138000', '0086 13800138000', '0086-138-0013-8000', '86 13800138000', '8613800138000',
    '(+86)13800138000', '１３８００１３８０００', '013800138000', '＋８６　１３８　００１３　８０００',
  ])('accepts %s', (s) => {
    expect(check(s)).toMatchObject({ valid: true, value: '13800138000' });
  });

  it('takes 4-3-4 as typed (1805 446 1764), but not three round numbers of a row (1500 200 3000)', () => {
    expect(check('1805 446 1764')).toMatchObject({ valid: true, value: '18054461764' });
    expect(check('1805-446-1764')).toMatchObject({ valid: true, value: '18054461764' });
    expect(check('1500 200 3000').valid).toBe(false);
    expect(check('1350 200 1801').valid).toBe(false);
    expect(check('1351 201 1800').valid).toBe(true);
  });

  it("takes a trunk 0 in a mainland grouping, not a German mobile's prefix set apart (0151-21458555)", () => {
    expect(check('0138-0013-8000')).toMatchObject({ valid: true, value: '13800138000' });
    expect(check('0176 1447 8979')).toMatchObject({ valid: true, value: '17614478979' });
    for (const s of ['0151-21458555', '0159 70390858', '0152 7146365']) expect(check(s).valid, s).toBe(false);
  });

  it("refuses a North American number of the fictional range written with its country code (13055550139: +1 305 555-0139)", () => {
    for (const s of ['13055550139', '15145550187', '17185550119']) expect(check(s).valid, s).toBe(false);
    // An area code no American number has (139, N11), another exchange, a grouping or a country code of the mainland's.
    for (const s of ['13955550139', '13115550139', '13055560139', '13055550239', '130 5555 0139', '+86 130 5555 0139', '8613055550139']) {
      expect(check(s).valid, s).toBe(true);
    }
  });

  it.each([
    ['16101234567', '1610 range'],
    ['17400123456', 'satellite 17400'],
    ['17405999999', 'satellite 17405'],
    ['19212345678', '192 China Broadnet'],
    ['14512345678', '145'],
  ])('accepts allocated %s (%s)', (s) => {
    expect(check(s).valid).toBe(true);
  });

  it.each([
    ['14012345678', 'data-only 140'], ['14612345678', '146'], ['14812345678', '148'], ['14912345678', '149'],
    ['15412345678', '154'], ['19412345678', '194'], ['16112345678', '161 outside 1610'],
    ['16312345678', '163'], ['16412345678', '164'], ['16812345678', '168'], ['16912345678', '169'],
    ['17406123456', '174 outside 17400-17405'], ['17912345678', '179'],
    ['12345678901', '12x service range'], ['1380013800', '10 digits'], ['138001380001', '12 digits, no trunk 0'],
    ['1700000000000', '13-digit ms epoch'], ['138****8000', 'masked'], ['+86+13800138000', 'two plus signs'],
    ['138(0013)8000', 'parentheses inside the number'], ['13800138000+', 'trailing plus'],
    ['tel13800138000', 'letters'], ['', 'empty'],
  ])('rejects %s (%s)', (s) => {
    expect(check(s).valid).toBe(false);
  });

  it('accepts every generated mobile in every written form', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x7fffffff }), (seed) => {
        const rng = makeRng(seed);
        const m = mobile(rng);
        expect(check(formatMobile(rng, m))).toMatchObject({ valid: true, value: m });
      }),
      { numRuns: 1000 },
    );
  });
});
