import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeRng, residentId15 } from '../../../test/support/synth.js';
import { cnResidentId } from './cn-resident-id.js';
import { cnResidentId15 } from './cn-resident-id-15.js';

describe('cn_resident_id_15', () => {
  it('has no opinion on a well-formed legacy number and upgrades it to 18 chars', () => {
    // validator.js's published 15-digit vector.
    const r = cnResidentId15('110101491001001');
    expect(r.valid).toBeUndefined();
    expect(r.value).toBe('11010119491001001X');
    expect(cnResidentId(r.value!).valid).toBe(true);
    expect(cnResidentId15('110101 491001 001').value).toBe('11010119491001001X');
  });

  it.each([
    ['202401011234567', '15-digit timestamp: region 20'],
    ['110101490230001', 'Feb 30'],
    ['110101491301001', 'month 13'],
    ['810000491001001', 'residence-permit region: no 15-digit form'],
    ['460008704252912', 'an IMSI (460 00 …): province 46, no division 4600xx'],
    ['11010149100100', 'too short'],
    ['1101014910010011', 'too long'],
    ['11010149100100X', 'check char on a checkless number'],
    ['110101-491001 001', 'mixed separators'],
  ])('rejects %s (%s)', (s) => {
    expect(cnResidentId15(s).valid).toBe(false);
  });

  it('upgrades every generated legacy number to a valid 18-char ID', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x7fffffff }), (seed) => {
        const id15 = residentId15(makeRng(seed));
        const r = cnResidentId15(id15);
        expect(r.valid).toBeUndefined();
        expect(r.value).toBe(`${id15.slice(0, 6)}19${id15.slice(6)}${r.value!.slice(17)}`);
        expect(cnResidentId(r.value!).valid).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
