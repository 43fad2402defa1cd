import { describe, expect, it } from 'vitest';
import { cnTravelPermit } from './cn-travel-permit.js';

describe('cn_travel_permit', () => {
  it.each([
    ['C12345678', '往来港澳通行证'],
    ['CA1234567', '往来港澳通行证, letter series'],
    ['W12345678', 'older booklet'],
    ['H12345678', '回乡证 (Hong Kong)'],
    ['M1234567801', '回乡证 (Macau) with the issue count'],
    ['L12345678', '大陆居民往来台湾通行证'],
  ])('has no opinion on well-formed %s (%s: needs context) and normalizes it', (s) => {
    expect(cnTravelPermit(s)).toMatchObject({ valid: undefined, value: s });
    expect(cnTravelPermit(` ${s.toLowerCase()} `).value).toBe(s);
  });

  it('reads a 回乡证 issue count written in brackets as part of the number', () => {
    expect(cnTravelPermit('M62958915(01)')).toMatchObject({ valid: undefined, value: 'M6295891501' });
    expect(cnTravelPermit('C12345678(01)').valid).toBe(false);
  });

  it.each([
    ['CI1234567', 'letter I in the series'],
    ['CO1234567', 'letter O in the series'],
    ['C1234567', 'too short'],
    ['C123456789', 'too long'],
    ['H123456789', '9 digits after H'],
    ['E12345678', 'a passport'],
    ['12345678', 'digits only (台胞证 is cn_tw_permit)'],
    ['L1234567X', 'a letter at the end'],
  ])('rejects %s (%s)', (s) => {
    expect(cnTravelPermit(s).valid).toBe(false);
  });
});
