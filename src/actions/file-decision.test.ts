import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp-dir.js';
import { makeLogger } from '../log/logger.js';
import type { Decision } from '../policy/index.js';
import type { Verdict } from '../types.js';
import { applyFileDecision, type FileDecisionContext } from './file-decision.js';
import { initHome } from './home.js';
import { IncidentEmitter } from './incidents.js';
import { openLocalQuarantine } from './quarantine-store.js';
import { plantedVerdict, syntheticMobile, syntheticResidentId } from './test-fixtures.js';

let dir: string;
let home: string;
let incidents: string[];
let auditErrors: unknown[];
let ctx: FileDecisionContext;

beforeEach(async () => {
  dir = tempDir('lg-fd-');
  home = join(dir, 'home');
  await initHome(home);
  incidents = [];
  auditErrors = [];
  const logger = makeLogger({ destination: new Writable({ write: (c, _e, cb) => (incidents.push(String(c)), cb()) }) });
  ctx = { home, quarantine: openLocalQuarantine({ home, env: {} }), emitter: new IncidentEmitter({ logger }), onAuditError: (e) => auditErrors.push(e) };
});

const quarantine: Decision = {
  action: 'quarantine',
  enforcedBy: 'default/secret-file',
  reasons: [{ rule: 'default/secret-file', policy: 'default', action: 'quarantine', mode: 'enforce', reason: 'customer list on a share', matched: [] }],
  simulated: [],
  notify: [],
  policy: 'default',
};

async function listFile(): Promise<{ path: string; verdict: Verdict }> {
  const path = join(dir, 'list.csv');
  const id = syntheticResidentId();
  const mobile = syntheticMobile();
  await writeFile(path, `姓名,手机,身份证\n张伟,${mobile},${id}\n`);
  return { path, verdict: { ...plantedVerdict(id, mobile, path), unscannable: [] } };
}

const auditEvents = async (): Promise<string[]> =>
  (await readFile(join(home, 'audit.log'), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { event: string }).event);

describe('applyFileDecision', () => {
  it('quarantines, then audits and records the incident with the quarantine id', async () => {
    const { path, verdict } = await listFile();
    const r = await applyFileDecision(ctx, verdict, quarantine, { kind: 'file', path });
    expect(r).toMatchObject({ kind: 'done', quarantineId: expect.any(String), incidentId: expect.any(String) });
    expect(existsSync(path)).toBe(false);
    expect(await auditEvents()).toContain('file.quarantine');
    const id = r.kind === 'done' ? r.quarantineId : undefined;
    expect(incidents.join('')).toContain(`"quarantineId":"${id}"`);
  });

  it('does not try to move a file that could not be read, and says so in the audit log and the incident', async () => {
    const { path, verdict } = await listFile();
    const unreadable = { ...verdict, unscannable: [{ reason: 'read-error' as const, location: path, detail: 'EACCES' }] };
    const r = await applyFileDecision(ctx, unreadable, quarantine, { kind: 'file', path });
    expect(r).toMatchObject({ kind: 'failed', error: 'the file could not be read, so it was not moved', incidentId: expect.any(String) });
    expect(existsSync(path)).toBe(true);
    expect(await auditEvents()).toContain('file.quarantine.failed');
  });

  it('keeps a done quarantine done when the audit write after it fails, and reports the failure', async () => {
    const { path, verdict } = await listFile();
    await rm(join(home, 'audit.log'), { force: true });
    await mkdir(join(home, 'audit.log')); // appending to a directory fails
    const r = await applyFileDecision(ctx, verdict, quarantine, { kind: 'file', path });
    expect(r.kind).toBe('done');
    expect(existsSync(path)).toBe(false);
    expect(auditErrors).toHaveLength(1);
  });
});
