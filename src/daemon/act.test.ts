import { existsSync } from 'node:fs';
import { readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp-dir.js';
import { initHome } from '../actions/home.js';
import { IncidentEmitter } from '../actions/incidents.js';
import { openLocalQuarantine, type QuarantineStore } from '../actions/quarantine-store.js';
import { makeLogger } from '../log/logger.js';
import { StateStore } from '../state/state-store.js';
import { recoverIntents, type ActContext } from './act.js';
import { sha256File } from './hash.js';

// recoverIntents after a crash mid-quarantine: the intent row says a file was
// being quarantined; the store may hold its copy; the original may be gone,
// untouched or changed. Each case is set up as the crash would leave it.

let dir: string;
let ctx: ActContext;
let store: QuarantineStore;
let state: StateStore;
let path: string;

beforeEach(async () => {
  dir = tempDir('lg-act-');
  const home = join(dir, 'home');
  await initHome(home);
  store = openLocalQuarantine({ home, env: {} });
  state = new StateStore(join(dir, 'state.db'));
  const logger = makeLogger({ destination: join(dir, 'incidents.log') });
  ctx = { home, quarantine: store, emitter: new IncidentEmitter({ logger }), state, logger };
  path = join(dir, 'list.csv');
  await writeFile(path, '姓名,手机\n张伟,13800138000\n');
});
afterEach(() => {
  state.close();
});

/** The state a crash after put() and before the unlink leaves: intent row, committed copy, original. */
async function crashAfterCommit(): Promise<string> {
  state.setIntent(path, await sha256File(path));
  return store.put({
    content: Readable.from([await readFile(path)]),
    channel: 'file',
    subject: { kind: 'file', path },
    reasons: [{ rule: 'default/secret-file', action: 'quarantine', reason: 'customer list' }],
    findings: [],
  });
}

const auditEvents = async (): Promise<string[]> =>
  (await readFile(join(ctx.home, 'audit.log'), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { event: string }).event);

describe('recoverIntents', () => {
  it('original untouched: removes the orphan copy and scans the file again', async () => {
    await crashAfterCommit();
    expect(await recoverIntents(ctx)).toEqual([path]);
    expect(await store.list()).toEqual([]);
    expect(await auditEvents()).toContain('file.quarantine.orphan-removed');
    expect(state.intents()).toEqual([]);
  });

  it('original gone: the copy is the quarantine, recorded as recovered', async () => {
    const id = await crashAfterCommit();
    await unlink(path);
    expect(await recoverIntents(ctx)).toEqual([]);
    expect((await store.list()).map((m) => m.id)).toEqual([id]);
    expect(await auditEvents()).toContain('file.quarantine');
    expect(state.intents()).toEqual([]);
  });

  it('original changed: keeps the copy on the record and scans the new content', async () => {
    const id = await crashAfterCommit();
    await writeFile(path, '无敏感信息\n');
    expect(await recoverIntents(ctx)).toEqual([path]);
    expect((await store.list()).map((m) => m.id)).toEqual([id]);
    expect(await auditEvents()).toContain('file.quarantine.copy-kept');
    expect(existsSync(path)).toBe(true);
  });
});
