import { describe, expect, it } from 'vitest';
import { hash53 } from './accumulate.js';
import { DistinctCounter } from './distinct.js';

describe('DistinctCounter', () => {
  it('is exact below the cap, duplicates included', () => {
    const c = new DistinctCounter();
    for (let round = 0; round < 3; round++) for (let i = 0; i < 5000; i++) c.add(hash53(`1380013${String(i).padStart(4, '0')}`));
    expect(c.size).toBe(5000);
    expect(c.isExact).toBe(true);
  });

  it('estimates within 3 % past the cap, in fixed memory', () => {
    const c = new DistinctCounter();
    const n = 1_000_000;
    for (let i = 0; i < n; i++) c.add(hash53(`id-${i}`));
    for (let i = 0; i < n; i += 3) c.add(hash53(`id-${i}`)); // repeats do not count
    expect(c.isExact).toBe(false);
    expect(Math.abs(c.size - n) / n).toBeLessThan(0.03);
  });
});
