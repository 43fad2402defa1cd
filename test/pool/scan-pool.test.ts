// Real worker threads: crashes, exits and stuck workers all end in a verdict,
// and the pool goes on with fresh workers.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScanPool } from '../../src/pool/scan-pool.js';
import { defaultRulesDir } from '../../src/paths.js';
import { DEFAULT_LIMITS } from '../../src/types.js';
import { THRESHOLDS } from '../support/engine.js';
import { tempDir } from '../support/temp-dir.js';

let dir: string;
let memo: string;
let big: string;

beforeAll(() => {
  dir = tempDir('lg-pool-');
  memo = join(dir, 'memo.txt');
  writeFileSync(memo, '联系人：张伟 手机 13812345678\n');
  big = join(dir, 'big.txt');
  const line = '这是一行没有任何个人信息的普通文本，用来测试时间上限。1234 5678\n';
  writeFileSync(big, line.repeat(Math.ceil((64 << 20) / Buffer.byteLength(line))));
});

const pool = (over: Partial<ConstructorParameters<typeof ScanPool>[0]> = {}) =>
  new ScanPool({ threads: 2, rulesDir: defaultRulesDir(), thresholds: THRESHOLDS, limits: { ...DEFAULT_LIMITS }, ...over });

describe('ScanPool', () => {
  // The hard deadline runs from a free slot, so a fresh worker's start (compiling the packs, ~1 s, more on
  // a loaded machine) after a crash counts against the next item: a grace of 2.5 s leaves room for it.
  const p = pool({ hardDeadlineGraceMs: 2500, limits: { ...DEFAULT_LIMITS, maxTimeMs: 1500 } });
  afterAll(() => p.close());

  it('scans an item in a worker', async () => {
    const v = await p.scan({ kind: 'file', path: memo }, 'memo.txt');
    expect(v).toMatchObject({ sensitivity: 'internal', records: 1, unscannable: [] });
  });

  it('turns a worker that exits mid-item into worker-crashed and keeps going', async () => {
    const v = await p.scan({ kind: 'file', path: memo }, 'memo.txt', { crash: 'exit' });
    expect(v.unscannable.map((u) => u.reason)).toEqual(['worker-crashed']);
    expect(v.findings).toEqual([]);
    const again = await Promise.all([1, 2, 3].map(() => p.scan({ kind: 'file', path: memo }, 'memo.txt')));
    for (const a of again) expect(a.records).toBe(1);
    expect(p.workerRestarts).toBeGreaterThanOrEqual(1);
  });

  it('turns an uncaught exception in a worker into worker-crashed', async () => {
    const v = await p.scan({ kind: 'file', path: memo }, 'memo.txt', { crash: 'throw-uncaught' });
    expect(v.unscannable.map((u) => u.reason)).toEqual(['worker-crashed']);
    expect((await p.scan({ kind: 'file', path: memo }, 'memo.txt')).records).toBe(1);
  });

  it('terminates a stuck worker at the hard deadline: timeout, then fresh workers', async () => {
    const started = Date.now();
    const v = await p.scan({ kind: 'file', path: memo }, 'memo.txt', { crash: 'hang' });
    expect(v.unscannable.map((u) => u.reason)).toEqual(['timeout']);
    expect(Date.now() - started).toBeLessThan(10_000);
    const after = await p.scan({ kind: 'file', path: memo }, 'memo.txt');
    expect(after.unscannable).toEqual([]);
    expect(after.records).toBe(1);
  });

  it('does not count time spent queued against an item', async () => {
    // Three slow items hold the only worker ~2.1 s, each stopped at its soft
    // deadline (700 ms) well before its hard one (1.3 s): no worker is replaced,
    // and an item timed from when it queued would be past its hard deadline.
    const one = pool({ threads: 1, hardDeadlineGraceMs: 600, limits: { ...DEFAULT_LIMITS, maxTimeMs: 700 } });
    try {
      const slow = [1, 2, 3].map(() => one.scan({ kind: 'file', path: big }, 'big.txt'));
      const queued = await Promise.all([1, 2, 3].map(() => one.scan({ kind: 'file', path: memo }, 'memo.txt')));
      for (const q of queued) expect(q.unscannable).toEqual([]);
      for (const s of await Promise.all(slow)) expect(s.unscannable.map((u) => u.reason)).toEqual(['timeout']);
    } finally {
      await one.close();
    }
  });

  it('answers an item beyond its bounded wait queue with an explicit timeout verdict, never a silent drop', async () => {
    const one = pool({ threads: 1 });
    try {
      const small = { kind: 'buffer' as const, name: 'memo.txt', data: Buffer.from('联系人：张伟 手机 13812345678\n') };
      // One running, 64 waiting (the bound for one thread), and one too many.
      const all = await Promise.all(Array.from({ length: 66 }, (_, i) => one.scan(small, `m${i}.txt`)));
      const refused = all.filter((v) => v.unscannable.length > 0);
      expect(refused).toHaveLength(1);
      expect(refused[0]!.unscannable).toEqual([{ reason: 'timeout', location: 'm65.txt', detail: 'scan queue full: 64 items waiting' }]);
      expect(all.filter((v) => v.records === 1)).toHaveLength(65);
    } finally {
      await one.close();
    }
  });

  it('stops a slow item at the soft deadline and keeps what it found', async () => {
    const slow = pool({ threads: 1, limits: { ...DEFAULT_LIMITS, maxTimeMs: 30 } });
    try {
      const v = await slow.scan({ kind: 'file', path: big }, 'big.txt');
      expect(v.unscannable.map((u) => u.reason)).toContain('timeout');
    } finally {
      await slow.close();
    }
  });
});
