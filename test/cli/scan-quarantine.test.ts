// `listguard scan --quarantine` end to end: init, scan, tombstone, release, audit.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { chineseName, makeRng, mobile, residentId } from '../support/synth.js';
import { tempDir } from '../support/temp-dir.js';

const BIN = join(packageRoot(), 'bin', 'listguard.js');

describe('listguard scan --quarantine', () => {
  it('moves a customer list into the encrypted quarantine and can release it byte for byte', () => {
    const root = tempDir('lg-q-');
    const home = join(root, 'home');
    const files = join(root, 'share');
    const env = { ...process.env, LISTGUARD_HOME: home };
    const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env, timeout: 60_000 });

    const rng = makeRng(9);
    const rows = Array.from({ length: 80 }, () => `${chineseName(rng)},${mobile(rng)},${residentId(rng)}`);
    const list = Buffer.from(['姓名,手机,身份证号', ...rows].join('\n'));
    expect(run('init').status).toBe(0);
    spawnSync('mkdir', ['-p', files]);
    writeFileSync(join(files, 'list.csv'), list);
    writeFileSync(join(files, 'memo.txt'), '会议改到周三。\n');

    const scan = run('scan', '--quarantine', '--format', 'jsonl', files);
    expect(scan.status).toBe(1);
    const rowsOut = scan.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const listRow = rowsOut.find((r) => r.path.endsWith('list.csv'));
    expect(listRow).toMatchObject({ action: 'quarantine', sensitivity: 'secret' });
    expect(existsSync(join(files, 'list.csv'))).toBe(false);
    const note = readFileSync(listRow.tombstone, 'utf8');
    expect(note).toContain(listRow.quarantine_id);
    expect(note).toContain('隔离');
    expect(note).toContain('quarantined');
    expect(existsSync(join(files, 'memo.txt'))).toBe(true);

    // Nothing raw in what was written to the home, except inside the ciphertext.
    const incidents = readFileSync(join(home, 'incidents.log'), 'utf8');
    for (const r of rows.slice(0, 10)) for (const v of r.split(',').slice(1)) expect(incidents).not.toContain(v);

    const release = run('quarantine', 'release', listRow.quarantine_id);
    expect(release.status, release.stderr).toBe(0);
    const restored = readFileSync(join(files, 'list.csv'));
    expect(createHash('sha256').update(restored).digest('hex')).toBe(createHash('sha256').update(list).digest('hex'));
    expect(run('audit', 'verify').status).toBe(0);
  });

  it('refuses without a quarantine key and says how to create one', () => {
    const root = tempDir('lg-q-');
    const r = spawnSync(process.execPath, [BIN, 'scan', '--quarantine', root], {
      encoding: 'utf8',
      env: { ...process.env, LISTGUARD_HOME: join(root, 'nohome') },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('listguard init');
  });
});
