// Mutation fuzzing of the real office fixtures (made by LibreOffice): flip,
// overwrite, truncate, duplicate and splice bytes, scan each mutant through
// the whole engine, and require a verdict every time — no exception, no hang
// past the time limit. `npm run test:fuzz` raises the iteration count.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { scanItem } from '../../src/scan/scan-item.js';
import { DEFAULT_LIMITS, UNSCANNABLE_REASONS } from '../../src/types.js';
import { defaultEngine, THRESHOLDS } from '../support/engine.js';

const DIR = join(packageRoot(), 'test', 'fixtures', 'office');
const RUNS = Number(process.env.LISTGUARD_FUZZ_RUNS ?? 60);
const TIME_LIMIT_MS = 3_000;
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as { fixtures: { file: string; detectors: string[] }[] };
const hadData = new Set(manifest.fixtures.filter((f) => f.detectors.length > 0).map((f) => f.file));
const fixtures = readdirSync(DIR)
  .filter((f) => !f.endsWith('.json'))
  .map((f) => ({ name: f, data: readFileSync(join(DIR, f)) }));

/**
 * Numbers a text-format fixture (HTML, mail) shows as plain digits. A part of
 * such a file is a smaller file of the same kind: a mutant that keeps none of
 * them (an HTML page cut inside its <head>) holds no data, and clean is right.
 */
const plainNumbers = (data: Buffer): string[] => {
  const binary = data.subarray(0, 4).toString('latin1');
  if (binary.startsWith('PK') || binary.startsWith('%PDF') || data[0] === 0xd0) return [];
  // An RTF whose numbers are broken by hidden text shows them in pieces between the codes.
  return data.toString('latin1').match(binary.startsWith('{\\rt') ? /\d{6,18}/g : /\d{11,18}/g) ?? [];
};
/** Whether `n` is in `text` as a whole number, not glued to another digit (a flipped `<` of `</td>` is an `8`). */
const holdsNumber = (text: string, n: string): boolean => {
  for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
    if (!/\d/.test(text[i - 1] ?? '') && !/\d/.test(text[i + n.length] ?? '')) return true;
  }
  return false;
};
const keepsNone = (original: Buffer, mutant: Buffer): boolean => {
  const numbers = plainNumbers(original);
  const text = mutant.toString('latin1');
  return (numbers.length > 0 && !numbers.some((n) => holdsNumber(text, n))) || isEarlierRevision(original, mutant);
};

/**
 * A PDF cut right after an %%EOF that is not its last: the document as it was
 * before an incremental update (how an attachment is often added), complete
 * and sound. What the update added is not in it.
 */
const isEarlierRevision = (original: Buffer, mutant: Buffer): boolean =>
  original.subarray(0, 5).toString('latin1') === '%PDF-' &&
  mutant.length < original.length &&
  /%%EOF\s*$/.test(mutant.subarray(-16).toString('latin1')) &&
  original.subarray(0, mutant.length).equals(mutant);

type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'overwrite'; at: number; bytes: number[] }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate'; at: number; len: number }
  | { kind: 'garbage-tail'; bytes: number[] };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('overwrite' as const), at: fc.nat(), bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 4096 }) }),
  fc.record({ kind: fc.constant('garbage-tail' as const), bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 64 }) }),
);

function mutate(data: Buffer, ms: Mutation[]): Buffer {
  let out = Buffer.from(data);
  for (const m of ms) {
    const at = out.length ? m.kind === 'garbage-tail' ? 0 : m.at % out.length : 0;
    if (m.kind === 'flip') out[at] = (out[at] ?? 0) ^ (1 << m.bit);
    else if (m.kind === 'overwrite') Buffer.from(m.bytes).copy(out, at);
    else if (m.kind === 'truncate') out = out.subarray(0, at);
    else if (m.kind === 'duplicate') out = Buffer.concat([out.subarray(0, at), out.subarray(at, at + m.len), out.subarray(at)]);
    else out = Buffer.concat([out, Buffer.from(m.bytes)]);
  }
  return out;
}

describe('fuzz: mutated office fixtures', () => {
  it('has fixtures to mutate', () => expect(fixtures.length).toBeGreaterThanOrEqual(10));

  it(`every mutant gets a verdict within ${TIME_LIMIT_MS} ms (${RUNS} runs)`, async () => {
    const engine = defaultEngine();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: fixtures.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (i, ms) => {
        const f = fixtures[i]!;
        const data = mutate(f.data, ms);
        const signal = AbortSignal.timeout(TIME_LIMIT_MS);
        const started = performance.now();
        const v = await scanItem({ kind: 'buffer', name: f.name, data }, f.name, {
          engine,
          thresholds: THRESHOLDS,
          limits: { ...DEFAULT_LIMITS, maxTimeMs: TIME_LIMIT_MS },
          reveal: false,
          signal,
        });
        // Generous slack: a synchronous parser step can overrun the soft deadline; the pool's hard deadline covers that.
        expect(performance.now() - started).toBeLessThan(TIME_LIMIT_MS * 3);
        expect(v.path).toBe(f.name);
        for (const u of v.unscannable) expect(UNSCANNABLE_REASONS).toContain(u.reason);
        // Fail closed: a mutant of a file that held customer data either still shows
        // data or says why it could not be read — never a silent "clean". (A mutant cut
        // to a few bytes, or a text file cut before its data, holds nothing: clean is right.)
        if (hadData.has(f.name) && data.length >= 64 && !keepsNone(f.data, data)) expect(v.findings.length + v.unscannable.length, `${f.name} ${JSON.stringify(ms)}`).toBeGreaterThan(0);
      }),
      { numRuns: RUNS, seed: Number(process.env.LISTGUARD_FUZZ_SEED ?? 20261129) },
    );
  }, 300_000);
});
