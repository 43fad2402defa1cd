import { describe, expect, it } from 'vitest';
import { scrub } from '../log/mask.js';
import { idPattern, newId } from './ids.js';

describe('newId', () => {
  it('never looks like a value to the log masker (eleven digits in a row), so logs keep it whole', () => {
    // Random bits that are all decimal digits in hex, once, then ordinary ones.
    const draws = [Buffer.from('669647149931', 'hex'), Buffer.from('a1b2c3d4e5f6', 'hex')];
    const id = newId('q', 1_764_000_000_000, () => draws.shift()!);
    expect(id).toMatch(idPattern('q'));
    expect(id.endsWith('a1b2c3d4e5f6')).toBe(true);
    for (let i = 0; i < 20_000; i++) {
      const any = newId('inc');
      expect(scrub(any)).toBe(any);
    }
  });
});
