// A list cut into files of a few rows each: every file is only `confidential`
// (an alert), but the owner's records on the share add up, and the default
// policy quarantines the file that takes them to 50 within 24 hours
// (`owner_records_24h`), and each later one that holds records.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chineseName, makeRng, mobile, residentId } from '../support/synth.js';
import { DaemonProcess, decided, makeEnv, MEMO, type Env } from './harness.js';

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

describe('listguard daemon (owner window)', () => {
  it('quarantines the piece of a split list that takes its owner past 50 records in 24 h, and the pieces after it', async () => {
    const rng = makeRng(31);
    const piece = (): string => ['姓名,手机号码,身份证号', ...Array.from({ length: 4 }, () => `${chineseName(rng)},${mobile(rng)},${residentId(rng)}`)].join('\n');
    const actions: string[] = [];
    for (let i = 1; i <= 14; i++) {
      const path = join(env.share, `part-${i}.csv`);
      writeFileSync(path, piece());
      const lines = await d.waitFor((l) => decided(l, path).length > 0, 15_000, `part ${i} decided`);
      const line = decided(lines, path)[0]!;
      expect(line, `part ${i}`).toMatchObject({ sensitivity: 'confidential', records: 4 });
      actions.push(String(line.action));
      expect(existsSync(path), `part ${i}`).toBe(line.action !== 'quarantine');
    }
    // 12 pieces (48 records) stay with an alert; the 13th would make 52; a quarantined piece is not counted, so the 14th would too.
    expect(actions).toEqual([...Array<string>(12).fill('alert'), 'quarantine', 'quarantine']);
    const audit = readFileSync(join(env.home, 'audit.log'), 'utf8');
    expect(audit).toContain('file-owner-cumulative');
    // A file without person records is not held for its owner's count.
    const memo = join(env.share, 'memo.txt');
    writeFileSync(memo, MEMO);
    const lines = await d.waitFor((l) => decided(l, memo).length > 0, 15_000, 'memo decided');
    expect(decided(lines, memo)[0]).toMatchObject({ action: 'allow' });
    // The window holds keyed hashes, never a value.
    expect(readFileSync(join(env.home, 'owner-window.sqlite')).toString('latin1')).not.toMatch(/1[3-9]\d{9}/);
  }, 120_000);
});
