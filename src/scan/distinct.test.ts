import { describe, expect, it } from 'vitest';
import { fieldHash } from './accumulate.js';
import { DistinctCounter } from './distinct.js';

describe('DistinctCounter', () => {
  it('is exact below the cap, duplicates included', () => {
    const c = new DistinctCounter();
    for (let round = 0; round < 3; round++) for (let i = 0; i < 5000; i++) c.add(fieldHash('cn_mobile', `1380013${String(i).padStart(4, '0')}`));
    expect(c.size).toBe(5000);
    expect(c.isExact).toBe(true);
  });

  it('counts the zero hash like any other, and crosses a worker boundary intact', () => {
    const c = new DistinctCounter();
    expect([c.add(0), c.add(0), c.add(2 ** 52 + 1), c.add(2 ** 52 + 1), c.add(7)]).toEqual([true, false, true, false, true]);
    expect(c.has(0) && c.has(7) && !c.has(8)).toBe(true);
    const copy = DistinctCounter.from(structuredClone(c.toJSON()));
    expect(copy.size).toBe(3);
    expect(copy.add(0)).toBe(false);
  });

  it('estimates within 3 % past the cap, in fixed memory', () => {
    const c = new DistinctCounter();
    const n = 1_000_000;
    for (let i = 0; i < n; i++) c.add(fieldHash('cn_mobile', `id-${i}`));
    for (let i = 0; i < n; i += 3) c.add(fieldHash('cn_mobile', `id-${i}`)); // repeats do not count
    expect(c.isExact).toBe(false);
    expect(Math.abs(c.size - n) / n).toBeLessThan(0.03);
  });
});
