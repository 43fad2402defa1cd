// Hot reload: a broken policy pushed while the daemon runs is rejected with
// its file and line, and the running policy stays in force; a good one is
// swapped in without a restart.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPolicyPath } from '../../src/policy/index.js';
import { customerCsv, DaemonProcess, decided, makeEnv, waitForFileMatch } from './harness.js';

describe('listguard daemon (hot reload)', () => {
  it('keeps the old policy when a broken one is pushed, logs file and line, then takes a good one', async () => {
    const base = readFileSync(defaultPolicyPath(), 'utf8');
    const env = await makeEnv();
    const dir = join(env.dir, 'policies');
    mkdirSync(dir);
    const site = join(dir, 'site.yaml');
    writeFileSync(site, base);
    writeFileSync(env.config, `${readFileSync(env.config, 'utf8')}\npolicies: [${site}]\n`);
    const d = new DaemonProcess(env);
    await d.ready();

    // Break the file-secret rule's action; remember its line.
    const lines = base.split('\n');
    const ruleAt = lines.findIndex((l) => l.includes('id: file-secret'));
    const actionAt = lines.findIndex((l, i) => i > ruleAt && l.trim() === 'action: quarantine');
    lines[actionAt] = lines[actionAt]!.replace('quarantine', 'quarantinee');
    writeFileSync(site, lines.join('\n'));
    const log = await d.waitFor((l) => l.some((x) => x.event === 'reload.rejected'), 10_000, 'reload rejected');
    const rejected = log.find((x) => x.event === 'reload.rejected')!;
    expect(String(rejected.error)).toContain(`${site}:${actionAt + 1}: file-secret.action`);
    await waitForFileMatch(join(env.home, 'audit.log'), /"event":"daemon\.reload","details":\{"trigger":"file-change","ok":false/, 10_000);

    // The old policy is still in force: a list is quarantined.
    const list1 = join(env.share, 'list1.csv');
    writeFileSync(list1, customerCsv(3));
    await d.waitFor((l) => decided(l, list1).length > 0, 10_000, 'list1 decided');
    expect(decided(d.ownLines(), list1)[0]).toMatchObject({ action: 'quarantine', rules: expect.arrayContaining(['file-secret']) });

    // A good policy that only alerts on secret files is swapped in.
    lines[actionAt] = lines[actionAt]!.replace('quarantinee', 'alert');
    writeFileSync(site, lines.join('\n'));
    await d.waitFor((l) => l.some((x) => x.event === 'reload.ok'), 10_000, 'reload ok');
    expect(d.ownLines().find((x) => x.event === 'reload.ok')).toMatchObject({ newPool: false });
    const list2 = join(env.share, 'list2.csv');
    writeFileSync(list2, customerCsv(4));
    await d.waitFor((l) => decided(l, list2).length > 0, 10_000, 'list2 decided');
    expect(decided(d.ownLines(), list2)[0]).toMatchObject({ action: 'alert', sensitivity: 'secret' });
    expect(await d.stop()).toBe(0);
  });
});
