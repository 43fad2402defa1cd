// Fail-closed check for a format reader: copies of a file with a few bytes
// overwritten at random places each get a verdict that still shows data or
// gives a reason — never a silent "clean".
import { expect } from 'vitest';
import { scanItem } from '../../src/scan/scan-item.js';
import { DEFAULT_LIMITS } from '../../src/types.js';
import { defaultEngine, THRESHOLDS } from './engine.js';
import { makeRng } from './synth.js';

export async function expectEveryMutantJudged(name: string, data: Buffer, seed: number, runs = 300): Promise<void> {
  const rng = makeRng(seed);
  const engine = defaultEngine();
  for (let k = 0; k < runs; k++) {
    const mutant = Buffer.from(data);
    const at = rng.int(0, mutant.length - 1);
    const n = rng.int(1, 8);
    for (let i = 0; i < n && at + i < mutant.length; i++) mutant[at + i] = rng.int(0, 255);
    const v = await scanItem({ kind: 'buffer', name, data: mutant }, name, { engine, thresholds: THRESHOLDS, limits: DEFAULT_LIMITS, reveal: false });
    expect(v.findings.length + v.unscannable.length, `bytes ${at}..${at + n}`).toBeGreaterThan(0);
  }
}
