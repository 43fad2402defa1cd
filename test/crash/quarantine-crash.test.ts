// Invariant 1: killing the process at any step of quarantineFile() leaves the
// original file or a complete, verifiable quarantine item — never neither.
import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initHome } from '../../src/actions/home.js';
import { openLocalQuarantine, PUT_STEPS } from '../../src/actions/quarantine-store.js';
import { tempDir } from '../support/temp-dir.js';
import { buildChild, runUntil } from './run-child.js';

const STEPS = [...PUT_STEPS, 'tombstone-written', 'original-removed'];
let script: string;
let root: string;
beforeAll(async () => {
  script = await buildChild();
  root = tempDir('lg-crash-');
});

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('quarantine crash consistency (SIGKILL at each step)', () => {
  it.each(STEPS)('killed at %s: original or complete item, never neither', async (step) => {
    const home = join(root, step);
    await initHome(home);
    const share = join(home, 'share');
    await (await import('node:fs/promises')).mkdir(share);
    const target = join(share, 'list.csv');
    const bytes = randomBytes(200_000);
    await writeFile(target, bytes);

    const run = await runUntil(script, { LISTGUARD_HOME: home, LISTGUARD_CRASH_AT: step, CRASH_TARGET: target });
    expect(run.outcome, run.output).toBe('killed');

    const store = openLocalQuarantine({ home, env: {} });
    await store.recover();
    const originalIntact = await readFile(target).then((b) => sha(b) === sha(bytes), () => false);
    const items = await store.list();
    let completeItem = false;
    for (const m of items) {
      await store.verify(m.id);
      if (m.sha256 === sha(bytes)) completeItem = true;
    }
    expect(originalIntact || completeItem).toBe(true);
    // recover() leaves no half-written item behind
    expect((await readdir(join(home, 'quarantine'))).filter((n) => n.startsWith('.'))).toEqual([]);
    // the original is gone only once the item is committed and verified
    if (!originalIntact) expect(['original-removed']).toContain(step);
    if (PUT_STEPS.indexOf(step as never) >= 0 && PUT_STEPS.indexOf(step as never) < PUT_STEPS.indexOf('renamed')) {
      expect(items).toEqual([]);
    }
    expect(await stat(target).then(() => true, () => false)).toBe(step !== 'original-removed');
  });

  it('runs to completion without a crash point', async () => {
    const home = join(root, 'none');
    await initHome(home);
    const target = join(home, 'x.csv');
    await writeFile(target, 'a,b\n');
    const run = await runUntil(script, { LISTGUARD_HOME: home, LISTGUARD_CRASH_AT: '', CRASH_TARGET: target });
    expect(run.outcome, run.output).toBe('done');
    expect(await readFile(`${target}.quarantined.txt`, 'utf8')).toMatch(/crash\/test/);
  });
});
