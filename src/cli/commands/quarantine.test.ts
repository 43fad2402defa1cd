import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/support/temp-dir.js';
import { verifyAudit } from '../../actions/audit-log.js';
import { openLocalQuarantine } from '../../actions/quarantine-store.js';
import { quarantineFile } from '../../actions/tombstone.js';
import { initCommand } from './init.js';
import { quarantineCommand } from './quarantine.js';

function io(env: Record<string, string>) {
  let out = '';
  const s = new PassThrough();
  s.on('data', (c) => (out += String(c)));
  return { io: { stdout: s, stderr: s, env, cwd: '/' }, text: () => out };
}

describe('listguard init / quarantine', () => {
  it('init creates the home; quarantine verbs work and are audited with who ran them', async () => {
    const root = tempDir('lg-cli-');
    const home = join(root, 'h');
    const env = { LISTGUARD_HOME: home };
    const a = io(env);
    expect(await initCommand.run([], a.io)).toBe(0);
    expect(a.text()).toContain(join(home, 'quarantine.key'));
    expect((await stat(home)).mode & 0o777).toBe(0o700);
    expect((await stat(join(home, 'quarantine.key'))).mode & 0o777).toBe(0o600);

    const file = join(root, 'list.csv');
    await writeFile(file, 'a,b\n1,2\n');
    const { id } = await quarantineFile(openLocalQuarantine({ home, env: {} }), file, {
      reasons: [{ rule: 'p/r', action: 'quarantine', reason: 'x' }],
      findings: [],
    });

    const b = io(env);
    expect(await quarantineCommand.run(['list'], b.io)).toBe(0);
    expect(b.text()).toContain(id);
    expect(await quarantineCommand.run(['release', id], b.io)).toBe(0);
    expect(await readFile(file, 'utf8')).toBe('a,b\n1,2\n');
    expect(await quarantineCommand.run(['release', id], b.io)).toBe(2);
    expect(b.text()).toMatch(/refusing to overwrite/);
    expect(await quarantineCommand.run(['rekey'], b.io)).toBe(0);
    expect(await quarantineCommand.run(['release', id, '--to', join(root, 'copy.csv')], b.io)).toBe(0);
    expect(await quarantineCommand.run(['delete', id], b.io)).toBe(0);
    expect(await quarantineCommand.run(['show', id], b.io)).toBe(2);
    await expect(quarantineCommand.run(['show'], b.io)).rejects.toThrow(/usage/);

    const nokey = io({ LISTGUARD_HOME: join(root, 'empty') });
    expect(await quarantineCommand.run(['rekey'], nokey.io)).toBe(2);
    expect(nokey.text()).toMatch(/listguard init/);

    const audit = (await readFile(join(home, 'audit.log'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    const events = audit.map((r) => r.event);
    expect(events).toEqual(expect.arrayContaining(['home.init', 'quarantine.list', 'quarantine.release', 'quarantine.release.failed', 'quarantine.rekey', 'quarantine.delete', 'quarantine.show.failed']));
    expect(audit.find((r) => r.event === 'quarantine.release').actor).toMatchObject({ uid: process.getuid!() });
    expect(await verifyAudit(join(home, 'audit.log'))).toMatchObject({ ok: true });
  });
});
