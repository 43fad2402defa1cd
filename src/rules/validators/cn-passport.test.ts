import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeRng, passport } from '../../../test/support/synth.js';
import { cnPassport } from './cn-passport.js';

describe('cn_passport', () => {
  it.each([
    'E12345678', 'EA1234567', 'EZ7654321', 'G12345678', 'DE1234567', 'SE1234567', 'PE1234567',
    'K12345678', 'KJ1234567', 'MA1234567',
  ])('has no opinion on well-formed %s (needs context) and normalizes it', (s) => {
    expect(cnPassport(s)).toMatchObject({ valid: undefined, value: s });
    expect(cnPassport(s.toLowerCase()).value).toBe(s);
  });

  it.each([
    ['EI1234567', 'letter I after E'],
    ['EO1234567', 'letter O after E'],
    ['E1234567', 'too short'],
    ['E123456789', 'too long'],
    ['C12345678', '港澳通行证, not a passport'],
    ['H1234567890', '回乡证'],
    ['14123456', 'old numeric form not supported'],
    ['SF1234567890123', 'express tracking number'],
    ['AE1234567', 'unknown series'],
    ['12345678', 'digits only'],
  ])('rejects %s (%s)', (s) => {
    expect(cnPassport(s).valid).toBe(false);
  });

  it('never confirms, and keeps every generated number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x7fffffff }), (seed) => {
        const p = passport(makeRng(seed));
        expect(cnPassport(p)).toMatchObject({ valid: undefined, value: p });
      }),
      { numRuns: 1000 },
    );
  });
});
