import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/support/temp-dir.js';
import type { SensitivityThresholds, Verdict } from '../../types.js';
import { UsageError, type CliIO } from '../command.js';
import { createPolicyTestCommand, policyTestCommand, type ScanPathsFn } from './policy-test.js';

const verdictFor = (path: string): Verdict => {
  const secret = path.includes('list');
  const locked = path.endsWith('.zip');
  return {
    path,
    bytes: 100,
    sensitivity: secret ? 'secret' : path.includes('memo') ? 'confidential' : 'public',
    records: secret ? 200 : 0,
    sensitiveRecords: 0,
    findings: secret
      ? [{ detector: 'cn_mobile', category: 'personal', count: 200, confidence: 'high', masked: ['138****5678'], locations: [] }]
      : [],
    unscannable: locked ? [{ reason: 'encrypted', location: `${path}!/a.xlsx` }] : [],
    ms: 1,
  };
};

/** A fake scan engine: verdicts from the file name; records what it was asked. */
function fakeScan() {
  const calls: { paths: string[]; thresholds: SensitivityThresholds; rulesDir?: string }[] = [];
  const scan: ScanPathsFn = async function* (paths, opts) {
    calls.push({ paths, ...opts });
    for (const p of paths) yield verdictFor(p);
  };
  return { scan, calls };
}

/** Streams that collect synchronously, so assertions never race a tick. */
function io(cwd: string) {
  const buf = { out: '', err: '' };
  const sink = (key: 'out' | 'err') =>
    new Writable({
      write(chunk: Buffer, _enc, cb) {
        buf[key] += chunk.toString();
        cb();
      },
    });
  const cli: CliIO = { stdout: sink('out'), stderr: sink('err'), env: {}, cwd };
  return { cli, out: () => buf.out, err: () => buf.err };
}

let dir: string;
beforeAll(async () => {
  dir = tempDir('lg-policy-test-');
});

describe('listguard policy test', () => {
  it('is the `policy test` command', () => {
    expect(policyTestCommand.name).toBe('policy test');
  });

  it('smtp to an external recipient: block, with the reason, exit 1', async () => {
    const { scan, calls } = fakeScan();
    const t = io(dir);
    const code = await createPolicyTestCommand({ scan }).run(
      ['customer-list.csv', 'note.txt', '--channel', 'smtp', '--from', 'a@corp.example', '--to', 'b@gmail.com'],
      t.cli,
    );
    expect(code).toBe(1);
    expect(calls[0]?.paths).toEqual([join(dir, 'customer-list.csv'), join(dir, 'note.txt')]);
    expect(calls[0]?.thresholds.secret.records).toBe(50);
    const out = t.out();
    expect(out).toContain('customer-list.csv\n');
    expect(out).toContain('decision: BLOCK by mail-secret-external [policy default]');
    expect(out).toContain('- block  mail-secret-external: 机密客户名单不得发往公司外部 / Secret customer lists must not be sent outside the company');
    expect(out).toContain('when channel smtp; sensitivity secret >= secret; recipients external (1 of 1)');
    expect(out).toMatch(/note\.txt\n.*\n  decision: ALLOW \(no rule fired\)/);
    expect(out).toContain('2 files · channel smtp a@corp.example → b@gmail.com · policy default');
    expect(t.err()).toBe('');
  });

  it('--from/--to imply smtp; internal recipients: alert only, exit 0', async () => {
    const t = io(dir);
    const code = await createPolicyTestCommand(fakeScan()).run(['list.csv', '--from', 'a@corp.example', '--to', 'b@corp.example'], t.cli);
    expect(code).toBe(0);
    expect(t.out()).toContain('decision: ALERT by mail-secret-internal');
  });

  it('defaults to the scan channel; encrypted archive → alert; exit 0', async () => {
    const t = io(dir);
    expect(await createPolicyTestCommand(fakeScan()).run(['memo.txt', 'locked.zip'], t.cli)).toBe(0);
    expect(t.out()).toContain('decision: ALERT by scan-confidential');
    expect(t.out()).toContain(`unscannable: encrypted (${join(dir, 'locked.zip')}!/a.xlsx)`);
    expect(t.out()).toContain('decision: ALERT by scan-unscannable');
  });

  it('file channel: secret → quarantine, exit 1; owner reaches the policy', async () => {
    const pol = join(dir, 'owner.yaml');
    await writeFile(
      pol,
      'name: owners\nrules:\n  - id: bob-files\n    when: { channel: file, owner: [bob], path: ["**/exports/**"] }\n    action: quarantine\n    reason: bob exports\n',
    );
    const t = io(dir);
    const code = await createPolicyTestCommand(fakeScan()).run(['exports/x.txt', '--channel', 'file', '--owner', 'bob', '--policy', 'owner.yaml'], t.cli);
    expect(code).toBe(1);
    expect(t.out()).toContain('decision: QUARANTINE by bob-files [policy owners]');
  });

  it('simulate rules are marked and do not set the exit code', async () => {
    const pol = join(dir, 'sim.yaml');
    await writeFile(
      pol,
      'name: trial\nmode: simulate\nrules:\n  - id: try-block\n    when: { sensitivity: secret }\n    action: block\n    reason: trying\n',
    );
    const { scan, calls } = fakeScan();
    const t = io(dir);
    expect(await createPolicyTestCommand({ scan }).run(['list.csv', '--policy', pol], t.cli)).toBe(0);
    expect(t.out()).toContain('~ would block (simulate)  try-block: trying');
    expect(t.out()).toContain('simulated rules fired: try-block');
    // No sensitivity block in sim.yaml: the default policy's thresholds are used.
    expect(calls[0]?.thresholds.secret.records).toBe(50);
  });

  it('--format jsonl prints one decision object per file', async () => {
    const t = io(dir);
    await createPolicyTestCommand(fakeScan()).run(['list.csv', '--format', 'jsonl'], t.cli);
    const lines = t.out().trim().split('\n');
    expect(lines).toHaveLength(1);
    const row = JSON.parse(lines[0] ?? '') as { path: string; decision: { action: string; enforcedBy: string } };
    expect(row.path).toBe('list.csv');
    expect(row.decision).toMatchObject({ action: 'block', enforcedBy: 'scan-secret' });
  });

  it('a broken policy file: its error on stderr, exit 2, nothing scanned', async () => {
    await writeFile(join(dir, 'bad.yaml'), 'name: bad\nrules:\n  - id: r\n    action: blok\n    reason: r\n');
    const { scan, calls } = fakeScan();
    const t = io(dir);
    expect(await createPolicyTestCommand({ scan }).run(['list.csv', '--policy', 'bad.yaml'], t.cli)).toBe(2);
    expect(t.err()).toBe("listguard: bad.yaml:4: r.action: unknown action 'blok' (allow, alert, quarantine, block)\n");
    expect(calls).toHaveLength(0);
  });

  it('a failing scan engine: exit 2', async () => {
    const scan: ScanPathsFn = async function* () {
      yield* [];
      throw new Error('pool died');
    };
    const t = io(dir);
    expect(await createPolicyTestCommand({ scan }).run(['x'], t.cli)).toBe(2);
    expect(t.err()).toBe('listguard: scan failed: pool died\n');
  });

  it.each([
    [[], /no PATH/],
    [['x', '--channel', 'fax'], /unknown channel 'fax'/],
    [['x', '--channel', 'smtp', '--to', 'b@gmail.com'], /needs --from/],
    [['x', '--channel', 'file', '--to', 'b@gmail.com'], /only apply to --channel smtp/],
    [['x', '--owner', 'bob'], /only applies to --channel file/],
    [['x', '--bogus'], /Unknown option/],
    [['x', '--format', 'xml'], /unknown format/],
  ])('usage error for %j', async (argv, msg) => {
    const t = io(dir);
    await expect(createPolicyTestCommand(fakeScan()).run(argv, t.cli)).rejects.toThrow(UsageError);
    await expect(createPolicyTestCommand(fakeScan()).run(argv, t.cli)).rejects.toThrow(msg);
  });
});
