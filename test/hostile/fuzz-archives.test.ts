// Mutation fuzzing of the formats read by WebAssembly modules and the text
// decoders added beside them: 7z, RAR 4 and 5, xz, bzip2, zstd (7z-wasm), SQLite
// (sql.js), a self-extractor, a zip without its central directory, a
// uuencoded mail and an xxd dump. Inputs are made by the real tools at test
// time (RAR, which no free tool writes, by the test writer); every mutant must get a verdict in time — no exception, no hang,
// no process abort — and a mutant of a list either still shows data or says
// why it could not be read. `npm run test:fuzz` raises the iteration count.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanItem } from '../../src/scan/scan-item.js';
import { DEFAULT_LIMITS, UNSCANNABLE_REASONS } from '../../src/types.js';
import { defaultEngine, THRESHOLDS } from '../support/engine.js';
import { buildRar } from '../support/rar-writer.js';
import { chineseName, makeRng, mobile, residentId } from '../support/synth.js';
import { tempDir } from '../support/temp-dir.js';

const RUNS = Number(process.env.LISTGUARD_FUZZ_RUNS ?? 60);
const TIME_LIMIT_MS = 3_000;
const rng = makeRng(0xf22);
const LIST = `姓名,手机,身份证号\n${Array.from({ length: 60 }, () => `${chineseName(rng)},${mobile(rng)},${residentId(rng)}`).join('\n')}\n`;

let inputs: { name: string; data: Buffer }[] = [];

beforeAll(() => {
  const dir = tempDir('lg-fuzz-archives-');
  const csv = join(dir, 'list.csv');
  writeFileSync(csv, LIST);
  const run = (cmd: string, args: string[], input?: string) => execFileSync(cmd, args, { cwd: dir, input, maxBuffer: 1 << 26 });
  run('7z', ['a', '-bso0', '-bsp0', 'list.7z', 'list.csv']);
  run('7z', ['a', '-bso0', '-bsp0', '-sfx7zCon.sfx', 'list.exe', 'list.csv']);
  run('zip', ['-q', 'list.zip', 'list.csv']);
  const zip = readFileSync(join(dir, 'list.zip'));
  const db = join(dir, 'crm.db');
  run('python3', ['-c', `import sqlite3,sys\ndb=sqlite3.connect(sys.argv[1])\ndb.execute('CREATE TABLE c (n TEXT, m TEXT, i TEXT)')\ndb.executemany('INSERT INTO c VALUES (?,?,?)', [l.split(',') for l in sys.stdin.read().splitlines()[1:]])\ndb.commit()`, db], LIST);
  inputs = [
    { name: 'list.7z', data: readFileSync(join(dir, 'list.7z')) },
    { name: 'list.rar', data: buildRar([{ name: 'list.csv', data: LIST }]) },
    { name: 'list4.rar', data: buildRar([{ name: 'list.csv', data: LIST }], { version: 4 }) },
    { name: 'list.exe', data: readFileSync(join(dir, 'list.exe')) },
    { name: 'list.csv.xz', data: run('xz', ['-c'], LIST) },
    { name: 'list.csv.bz2', data: run('bzip2', ['-c'], LIST) },
    { name: 'list.csv.zst', data: run('zstd', ['-c'], LIST) },
    { name: 'crm.db', data: readFileSync(db) },
    { name: 'chopped.zip', data: zip.subarray(0, zip.indexOf('PK\x01\x02', 0, 'latin1')) },
    { name: 'mail.eml', data: Buffer.from(`From: a@corp.example\nTo: b@mail.example\nSubject: x\n\n${run('uuencode', ['list.csv'], LIST).toString()}`) },
    { name: 'dump.txt', data: run('xxd', [], LIST) },
  ];
});

type Mutation = { kind: 'flip'; at: number; bit: number } | { kind: 'overwrite'; at: number; bytes: number[] } | { kind: 'truncate'; at: number } | { kind: 'duplicate'; at: number; len: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('overwrite' as const), at: fc.nat(), bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 4096 }) }),
);

function mutate(data: Buffer, ms: Mutation[]): Buffer {
  let out = Buffer.from(data);
  for (const m of ms) {
    const at = out.length ? m.at % out.length : 0;
    if (m.kind === 'flip') out[at] = (out[at] ?? 0) ^ (1 << m.bit);
    else if (m.kind === 'overwrite') Buffer.from(m.bytes).copy(out, at);
    else if (m.kind === 'truncate') out = out.subarray(0, at);
    else out = Buffer.concat([out.subarray(0, at), out.subarray(at, at + m.len), out.subarray(at)]);
  }
  return out;
}

describe('fuzz: mutated archives, databases and dumps', () => {
  it(`every input as made reads as the list, and every mutant gets a verdict within ${TIME_LIMIT_MS} ms (${RUNS} runs)`, async () => {
    const engine = defaultEngine();
    const scan = (name: string, data: Buffer) =>
      scanItem({ kind: 'buffer', name, data }, name, { engine, thresholds: THRESHOLDS, limits: { ...DEFAULT_LIMITS, maxTimeMs: TIME_LIMIT_MS }, reveal: false, signal: AbortSignal.timeout(TIME_LIMIT_MS) });
    for (const f of inputs) expect((await scan(f.name, f.data)).records, f.name).toBe(60);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: inputs.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (i, ms) => {
        const f = inputs[i]!;
        const data = mutate(f.data, ms);
        const started = performance.now();
        const v = await scan(f.name, data);
        expect(performance.now() - started).toBeLessThan(TIME_LIMIT_MS * 3);
        for (const u of v.unscannable) expect(UNSCANNABLE_REASONS).toContain(u.reason);
        // Fail closed, as for the office fixtures: a mutant that still holds most of its bytes shows data or says why not.
        if (data.length >= f.data.length * 0.9) expect(v.findings.length + v.unscannable.length, `${f.name} ${JSON.stringify(ms)}`).toBeGreaterThan(0);
      }),
      { numRuns: RUNS, seed: Number(process.env.LISTGUARD_FUZZ_SEED ?? 20261130) },
    );
  }, 300_000);
});
