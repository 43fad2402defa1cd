import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { formatLandline, landline, makeRng } from '../../../test/support/synth.js';
import { CN_AREA_CODES } from './cn-area-codes.js';
import { cnLandline } from './cn-landline.js';

const check = (s: string) => cnLandline(s.normalize('NFKC'));

describe('cn_landline', () => {
  it.each([
    ['010-65529988', '01065529988'],
    ['010 6552 9988', '01065529988'],
    ['(010)65529988', '01065529988'],
    ['021-58881234', '02158881234'],
    ['0755-82345678', '075582345678'],
    ['（0755）82345678', '075582345678'],
    ['0931-8123456', '09318123456'],
    ['+86 10 6552 9988', '01065529988'],
    ['+86-755-82345678', '075582345678'],
    ['0086 755 8234 5678', '075582345678'],
    ['+86 (0)755 8234 5678', '075582345678'],
    ['86-10-65529988', '01065529988'],
    ['0512-80033192', '051280033192'], // 800… is an ordinary number outside Beijing and Shanghai
  ])('accepts %s → %s', (s, value) => {
    expect(check(s)).toMatchObject({ valid: true, value });
  });

  it.each([
    ['026-12345678', '026 not in service'],
    ['010-6552998', '7 digits after 010'],
    ['0931-81234567', '8 digits where 0931 has 7'],
    ['0755-1234567', '7 digits where 0755 has 8'],
    ['400-123-4567', '400 shared-cost'],
    ['800-123-4567', '800 toll-free'],
    ['95588', 'bank hotline'],
    ['10086', 'service number'],
    ['12345678', 'bare 8 digits (invoice number look-alike)'],
    ['1065529988', 'no trunk 0'],
    ['8610655299881', 'bare 86 without separator is not a country code'],
    ['010-05529988', 'subscriber starting 0'],
    ['010-95529988', 'subscriber starting 9'],
    ['021-80079154', 'toll-free block 800 inside Shanghai\'s area code'],
    ['010-80079154', 'toll-free block 800 inside Beijing\'s area code'],
    ['044031900111', '12-digit invoice code'],
    ['2024-01-01', 'date'],
    ['0755-0931', 'range'],
    ['+86 138 0013 8000', 'a mobile'],
    ['010)65529988', 'unbalanced parenthesis'],
    ['010-6552-9988 ext', 'letters'],
  ])('rejects %s (%s)', (s) => {
    expect(check(s).valid).toBe(false);
  });

  it('has the fixed-length codes of cn-formats §3', () => {
    for (const c of ['10', '20', '21', '22', '23', '24', '25', '27', '28', '29']) expect(CN_AREA_CODES.get(c)).toEqual([8]);
    expect(CN_AREA_CODES.has('26')).toBe(false);
  });

  it('accepts every generated landline in every written form, as libphonenumber does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x7fffffff }), (seed) => {
        const rng = makeRng(seed);
        const n = landline(rng);
        expect(check(formatLandline(rng, n))).toMatchObject({ valid: true, value: n });
        const p = parsePhoneNumberFromString(n, 'CN');
        expect(p?.isValid() && p.getType()).toBe('FIXED_LINE');
      }),
      { numRuns: 1000 },
    );
  });
});
