// Catch-up after a crash: kill -9 the daemon, change the share while it is
// down, start it again. Exactly the added and modified files are scanned; a
// touched file with the same bytes is not; deleted files leave the state
// store; nothing is quarantined twice.
import { readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { customerCsv, DaemonProcess, decided, makeEnv, MEMO, stateRows } from './harness.js';

describe('listguard daemon (restart after kill -9)', () => {
  it('scans exactly what changed while it was down', async () => {
    const env = await makeEnv();
    const p = (n: string) => join(env.share, n);
    const first = ['a.txt', 'b.txt', 'c.txt', 'sub/e.txt', 'list1.csv'];
    const { mkdirSync } = await import('node:fs');
    mkdirSync(p('sub'));
    for (const n of first) writeFileSync(p(n), n.startsWith('list') ? customerCsv(1) : `${MEMO}${n}\n`);

    const d1 = new DaemonProcess(env);
    await d1.ready();
    await d1.waitFor((l) => first.every((n) => decided(l, p(n)).length === 1), 15_000, 'initial scan');
    expect(decided(d1.ownLines(), p('list1.csv'))[0]).toMatchObject({ action: 'quarantine' });
    await d1.kill9();

    // While it is down: add, modify, delete, touch (same bytes), add a second list.
    writeFileSync(p('d.txt'), `${MEMO}d\n`);
    writeFileSync(p('b.txt'), `${MEMO}b, revised with more text\n`);
    rmSync(p('c.txt'));
    const later = new Date(Date.now() + 5_000);
    utimesSync(p('a.txt'), later, later);
    writeFileSync(p('list2.csv'), customerCsv(2));

    const d2 = new DaemonProcess(env);
    const lines = await d2.ready();
    const done = lines.find((l) => l.event === 'reconcile.done')!;
    expect(done).toMatchObject({ removed: 1 }); // c.txt
    const expected = ['b.txt', 'd.txt', 'list2.csv'].map(p).sort();
    const all = await d2.waitFor((l) => expected.every((x) => decided(l, x).length > 0), 15_000, 'changed files decided');
    await new Promise((r) => setTimeout(r, 1_000)); // anything scanned by mistake would show up by now
    const scanned = decided(d2.ownLines()).map((l) => String(l.path)).sort();
    expect(scanned).toEqual(expected);
    expect(all.some((l) => l.event === 'file.decided' && l.path === p('a.txt'))).toBe(false);

    const rows = new Map(stateRows(env.home).map((r) => [r.path, r]));
    expect(rows.has(p('c.txt'))).toBe(false);
    for (const n of ['a.txt', 'b.txt', 'd.txt', 'sub/e.txt']) expect(rows.get(p(n))?.action, n).toBe('allow');
    expect(rows.get(p('list2.csv'))?.action).toBe('quarantine');
    // One quarantine item per list: the first was not quarantined again.
    const items = readdirSync(join(env.home, 'quarantine')).filter((n) => n.startsWith('q-'));
    expect(items).toHaveLength(2);
    expect(await d2.stop()).toBe(0);
  });
});
