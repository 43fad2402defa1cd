// A list cut into files of a few rows each: every file is only `confidential`,
// but the owner's records on the share add up, and the default policy's
// `file-owner-cumulative` fires on the piece that takes them to 50 within 24
// hours (`owner_records_24h`), and on each later piece — an alert by default;
// made a quarantine here, as a site whose owners are reliable would. A file
// that is a list on its own is the per-file rules' to decide: here the site
// only alerts on secret files, and the owner count must not overrule that.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPolicyPath } from '../../src/policy/index.js';
import { chineseName, makeRng, mobile, residentId } from '../support/synth.js';
import { customerCsv, DaemonProcess, decided, makeEnv, MEMO, type Env } from './harness.js';

let env: Env;
let d: DaemonProcess;

beforeAll(async () => {
  env = await makeEnv();
  const lines = readFileSync(defaultPolicyPath(), 'utf8').split('\n');
  const actionOf = (rule: string, action: string): number => {
    const at = lines.findIndex((l) => l.includes(`id: ${rule}`));
    return lines.findIndex((l, i) => i > at && l.trim() === `action: ${action}`);
  };
  const secret = actionOf('file-secret', 'quarantine');
  const pieces = actionOf('file-owner-cumulative', 'alert');
  lines[secret] = lines[secret]!.replace('quarantine', 'alert');
  lines[pieces] = lines[pieces]!.replace('alert', 'quarantine');
  mkdirSync(join(env.dir, 'policies'));
  const site = join(env.dir, 'policies', 'site.yaml');
  writeFileSync(site, lines.join('\n'));
  writeFileSync(env.config, `${readFileSync(env.config, 'utf8')}\npolicies: [${site}]\n`);
  d = new DaemonProcess(env);
  await d.ready();
});

afterAll(async () => {
  expect(await d.stop()).toBe(0);
});

describe('listguard daemon (owner window)', () => {
  it('acts on the piece of a split list that takes its owner past 50 records in 24 h, and on the pieces after it', async () => {
    const rng = makeRng(31);
    const piece = (): string => ['姓名,手机号码,身份证号', ...Array.from({ length: 4 }, () => `${chineseName(rng)},${mobile(rng)},${residentId(rng)}`)].join('\n');
    // A whole list first: the site alerts on it, and it is no piece — neither counted nor given the count.
    const list = join(env.share, 'list.csv');
    writeFileSync(list, customerCsv(5));
    const first = decided(await d.waitFor((l) => decided(l, list).length > 0, 15_000, 'list decided'), list)[0]!;
    expect(first).toMatchObject({ sensitivity: 'secret', action: 'alert', rules: expect.arrayContaining(['file-secret']) });
    expect(first.rules).not.toContain('file-owner-cumulative');
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
