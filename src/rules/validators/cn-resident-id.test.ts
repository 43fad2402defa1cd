import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatId, makeRng, residentId } from '../../../test/support/synth.js';
import { cnResidentId } from './cn-resident-id.js';

const check = (s: string) => cnResidentId(s.normalize('NFKC'));
const seeds = fc.integer({ min: 0, max: 0x7fffffff });

describe('cn_resident_id', () => {
  it.each([
    ['11010519491231002X', '11010519491231002X', 'GB 11643 example'],
    ['11010519491231002x', '11010519491231002X', 'lower-case x'],
    ['110118201501010019', '110118201501010019', 'new region 密云区 (2015)'],
    ['500156201001010013', '500156201001010013', 'new region 武隆区'],
    ['110105 19491231 002X', '11010519491231002X', '6-8-4 spaces'],
    ['110105-1949-1231-002X', '11010519491231002X', '6-4-4-4 dashes'],
    ['1101 0519 4912 3100 2X', '11010519491231002X', '4-4-4-4-2, as a card is written'],
    ['１１０１０５１９４９１２３１００２Ｘ', '11010519491231002X', 'full-width, after NFKC'],
  ])('accepts %s → %s (%s)', (input, value) => {
    expect(check(input)).toMatchObject({ valid: true, value });
  });

  it.each([
    ['440524188001010014', 'born 1880'],
    ['110101300001010019', 'born in the future'],
    ['110101000101010011', 'year 0001'],
    ['001673197005094813', 'region 00'],
    ['202209275521510023', 'date-prefixed order number, region 20'],
    ['11010519491231002Y', 'bad check char'],
    ['110105194912310021', 'wrong check digit'],
    ['110105194902300020', 'Feb 30'],
    ['1101051949123100', 'too short'],
    ['11010519491231002X1', 'too long'],
    ['110105 1949-1231 002X', 'mixed separators'],
    ['1101051 9491231 002X', 'wrong grouping'],
    ['110105  19491231 002X', 'doubled separator'],
    ['X10105194912310021', 'X not last'],
  ])('rejects %s (%s)', (s) => {
    expect(check(s).valid).toBe(false);
  });

  it('accepts residence-permit (810000/820000/830000) and 2023 foreigner (9 + province) codes, not other 8x/9x', () => {
    const withCheck = (body: string) => {
      const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
      const sum = [...body].reduce((a, d, i) => a + Number(d) * w[i]!, 0);
      return body + '10X98765432'[sum % 11];
    };
    expect(check(withCheck('81000019900101123')).valid).toBe(true);
    expect(check(withCheck('83000019900101123')).valid).toBe(true);
    expect(check(withCheck('91184019900101123')).valid).toBe(true); // 9 + 11 (Beijing) + 840
    expect(check(withCheck('81010119900101123')).valid).toBe(false); // 81 but not 810000
    expect(check(withCheck('90184019900101123')).valid).toBe(false); // 9 + 01: no province
    expect(check(withCheck('66010119900101123')).valid).toBe(false);
  });

  it('accepts every generated ID in every written form', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const rng = makeRng(seed);
        const id = residentId(rng, { birthYearRange: [1900, 2025] });
        const r = check(formatId(rng, id));
        expect(r).toEqual({ valid: true, value: id, note: expect.any(String) });
      }),
      { numRuns: 500 },
    );
  });

  it('rejects every single-character substitution and every adjacent transposition', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const id = residentId(makeRng(seed));
        for (let i = 0; i < 18; i++) {
          for (const c of i === 17 ? '0123456789X' : '0123456789') {
            if (c === id[i]) continue;
            const m = id.slice(0, i) + c + id.slice(i + 1);
            expect(check(m).valid, m).toBe(false);
          }
        }
        for (let i = 0; i < 17; i++) {
          if (id[i] === id[i + 1]) continue;
          const t = id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
          expect(check(t).valid, t).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });
});
