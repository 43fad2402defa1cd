// The daemon as deployed: a child process watching a temp share. A customer
// list saved to the share is quarantined within seconds; a memo is left
// alone; a file written slowly is scanned once, after its last write.
import { createHash } from 'node:crypto';
import { existsSync, openSync, readFileSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocalQuarantine } from '../../src/actions/quarantine-store.js';
import { customerXlsx, DaemonProcess, decided, makeEnv, MEMO, sleep, stateRows, type Env } from './harness.js';

let env: Env;
let d: DaemonProcess;

beforeAll(async () => {
  env = await makeEnv();
  d = new DaemonProcess(env);
  await d.ready();
});

afterAll(async () => {
  expect(await d.stop()).toBe(0);
});

describe('listguard daemon (real time)', () => {
  it('quarantines a customer-list xlsx (tombstone, identical bytes in the store) and leaves a memo alone', async () => {
    const list = join(env.share, 'q3-客户名单.xlsx');
    const memo = join(env.share, 'memo.txt');
    const bytes = customerXlsx();
    const started = Date.now();
    writeFileSync(list, bytes);
    writeFileSync(memo, MEMO);
    const lines = await d.waitFor((l) => decided(l, list).length > 0 && decided(l, memo).length > 0, 10_000, 'both files decided');
    expect(Date.now() - started).toBeLessThan(10_000);

    const l = decided(lines, list)[0]!;
    expect(l).toMatchObject({ sensitivity: 'secret', action: 'quarantine', records: 120 });
    expect(existsSync(list)).toBe(false);
    const tomb = readFileSync(`${list}.quarantined.txt`, 'utf8');
    expect(tomb).toContain(String(l.quarantineId));
    const store = openLocalQuarantine({ home: env.home, env: {} });
    const chunks: Buffer[] = [];
    for await (const c of await store.open(String(l.quarantineId))) chunks.push(c as Buffer);
    expect(createHash('sha256').update(Buffer.concat(chunks)).digest('hex')).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect((await store.show(String(l.quarantineId))).subject).toMatchObject({ kind: 'file', owner: expect.any(String) });

    expect(decided(lines, memo)[0]).toMatchObject({ action: 'allow', sensitivity: 'public' });
    expect(readFileSync(memo, 'utf8')).toBe(MEMO);
    // The decision is in the state store, the quarantine in the audit log; no raw value in the log.
    expect(stateRows(env.home).find((r) => r.path === list)).toMatchObject({ action: 'quarantine', quarantine_id: l.quarantineId });
    expect(readFileSync(join(env.home, 'audit.log'), 'utf8')).toContain('"event":"file.quarantine"');
    expect(readFileSync(env.log, 'utf8')).not.toMatch(/\d{17}[\dX]/);
  });

  it('scans a file written slowly in chunks once, after the last chunk', async () => {
    const path = join(env.share, 'slow.txt');
    const chunk = Buffer.from(MEMO.repeat(Math.ceil((256 * 1024) / Buffer.byteLength(MEMO))));
    const fd = openSync(path, 'w');
    for (let i = 0; i < 12; i++) {
      writeSync(fd, chunk);
      await sleep(150); // shorter than the 400 ms settle time
    }
    closeSync(fd);
    const total = chunk.length * 12;
    await d.waitFor((l) => decided(l, path).length > 0, 10_000, 'slow file decided');
    await sleep(1_500); // a second (premature or repeated) scan would show up by now
    const scans = decided(d.ownLines(), path);
    expect(scans).toHaveLength(1);
    expect(scans[0]!.bytes).toBe(total);
  });

  it('serves /metrics and /healthz on 127.0.0.1', async () => {
    const addr = d.metricsAddress();
    expect(addr).toMatch(/^127\.0\.0\.1:\d+$/);
    const health = await (await fetch(`http://${addr}/healthz`)).json();
    expect(health).toMatchObject({ status: 'ok' });
    const text = await (await fetch(`http://${addr}/metrics`)).text();
    expect(text).toMatch(/listguard_files_scanned_total [1-9]/);
    expect(text).toContain('listguard_verdicts_total{sensitivity="secret",action="quarantine"} 1');
    expect(text).toMatch(/listguard_queue_depth \d/);
    expect(text).toContain('listguard_scan_duration_seconds_bucket');
    expect(text).toContain('listguard_worker_restarts');
  });
});
