import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp-dir.js';
import { auditCommand } from '../cli/commands/audit.js';
import { appendAudit, verifyAudit } from './audit-log.js';

let home: string;
let file: string;
beforeEach(async () => {
  home = tempDir('lg-audit-');
  file = join(home, 'audit.log');
  for (let i = 0; i < 5; i++) await appendAudit(home, { event: 'test.event', details: { i } });
});

const lines = async () => (await readFile(file, 'utf8')).split('\n').slice(0, -1);
const put = (ls: string[]) => writeFile(file, ls.join('\n') + '\n');

async function cli(args: string[]) {
  const out = new PassThrough();
  const err = new PassThrough();
  let text = '';
  out.on('data', (c) => (text += String(c)));
  err.on('data', (c) => (text += String(c)));
  const rc = await auditCommand.run(args, { stdout: out, stderr: err, env: { LISTGUARD_HOME: home }, cwd: home });
  return { rc, text };
}

describe('audit log', () => {
  it('chains records and verifies clean, with who ran it', async () => {
    const r = await verifyAudit(file);
    expect(r).toMatchObject({ ok: true, records: 5 });
    const first = JSON.parse((await lines())[0]!);
    expect(first).toMatchObject({ seq: 1, prev: '0'.repeat(64), event: 'test.event' });
    expect(typeof first.actor.uid).toBe('number');
    expect(await cli(['verify'])).toMatchObject({ rc: 0 });
  });

  it('names the first bad line for an edit, a deletion, a reordering and a truncation', async () => {
    const good = await lines();
    await put(good.map((l, i) => (i === 2 ? l.replace('"i":2', '"i":7') : l)));
    expect(await verifyAudit(file)).toMatchObject({ ok: false, line: 3, reason: expect.stringMatching(/edited/) });

    await put(good.filter((_, i) => i !== 1));
    expect(await verifyAudit(file)).toMatchObject({ ok: false, line: 2, reason: expect.stringMatching(/deleted/) });

    await put([good[0]!, good[2]!, good[1]!, good[3]!, good[4]!]);
    expect(await verifyAudit(file)).toMatchObject({ ok: false, line: 2 });

    await writeFile(file, good.slice(0, 4).join('\n') + '\n' + good[4]!.slice(0, 30));
    expect(await verifyAudit(file)).toMatchObject({ ok: false, line: 5, reason: expect.stringMatching(/truncated/) });

    // An attacker who edits a line and recomputes its own hash is caught by the next line's prev.
    const { createHash } = await import('node:crypto');
    const rec = JSON.parse(good[1]!);
    rec.details = { i: 99 };
    const { hash: _h, ...body } = rec;
    rec.hash = createHash('sha256').update(JSON.stringify(body)).digest('hex');
    await put([good[0]!, JSON.stringify(rec), ...good.slice(2)]);
    expect(await verifyAudit(file)).toMatchObject({ ok: false, line: 3, reason: expect.stringMatching(/line 2/) });

    const res = await cli(['verify', '--file', file]);
    expect(res.rc).toBe(1);
    expect(res.text).toContain(`${file}:3:`);
  });

  it('keeps chaining after a torn tail and still reports the torn line', async () => {
    const good = await lines();
    await writeFile(file, good.join('\n') + '\n' + '{"seq":6,"ti');
    await appendAudit(home, { event: 'after.crash' });
    expect(await verifyAudit(file)).toMatchObject({ ok: false, line: 6 });
  });

  it('serialises concurrent appends into one chain', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => appendAudit(home, { event: 'c', details: { i } })));
    expect(await verifyAudit(file)).toMatchObject({ ok: true, records: 25 });
  });
});
