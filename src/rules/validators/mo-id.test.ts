import { describe, expect, it } from 'vitest';
import { moId } from './mo-id.js';

describe('mo_id', () => {
  it.each([
    ['1234567(8)', '1234567(8)'],
    ['5123456 (1)', '5123456(1)'],
    ['7654321(0', '7654321(0)'],
  ])('has no opinion on %s (needs context) and writes it as printed, %s', (s, value) => {
    expect(moId(s)).toMatchObject({ valid: undefined, value });
  });

  it.each([
    ['12345678', 'no brackets: any 8 digits'],
    ['2234567(8)', 'first digit not 1, 5 or 7'],
    ['123456(7)', 'six digits'],
    ['1234567(X)', 'a letter in the brackets'],
  ])('rejects %s (%s)', (s) => {
    expect(moId(s).valid).toBe(false);
  });
});
