import { describe, expect, it } from 'vitest';
import { cnTwPermit } from './cn-tw-permit.js';

describe('cn_tw_permit', () => {
  it.each(['05123456', '87654321', '00000001', '20241399'])('has no opinion on 8 digits %s (needs context)', (s) => {
    expect(cnTwPermit(s)).toMatchObject({ valid: undefined, value: s });
  });

  it.each([
    ['20240315', 'a date'],
    ['19991231', 'a date'],
    ['1234567', 'too short'],
    ['123456789', 'too long'],
    ['1234567X', 'a letter'],
    ['1234 5678', 'grouped'],
  ])('rejects %s (%s)', (s) => {
    expect(cnTwPermit(s).valid).toBe(false);
  });
});
