// Invariant 3 end to end: plant raw values (a valid resident ID and a mobile)
// in a verdict, a file name and file content, run every output path of the
// actions layer, capture everything written, and grep it for the raw values.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { SMTPServer } from 'smtp-server';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp-dir.js';
import { quarantineCommand } from '../cli/commands/quarantine.js';
import { makeLogger } from '../log/logger.js';
import { appendAudit } from './audit-log.js';
import { initHome } from './home.js';
import { IncidentEmitter } from './incidents.js';
import { EmailNotifier, emailConfigSchema } from './notify-email.js';
import { createWebhookNotifier, webhookConfigSchema } from './notify-webhook.js';
import { openLocalQuarantine } from './quarantine-store.js';
import { plantedVerdict, syntheticMobile, syntheticResidentId } from './test-fixtures.js';
import { quarantineFile } from './tombstone.js';

async function allFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await allFiles(p)));
    else out.push(p);
  }
  return out;
}

describe('no raw values in any output', () => {
  it('incident log, e-mail, webhook, quarantine metadata, tombstone, audit and CLI carry masked forms only', async () => {
    const id = syntheticResidentId();
    const mobile = syntheticMobile();
    const root = tempDir('lg-raw-');
    const home = join(root, 'home');
    await initHome(home);
    const share = join(root, 'share');
    await mkdir(share);
    const path = join(share, `客户_${id}_${mobile}.csv`);
    await writeFile(path, `姓名,身份证,手机\n张三,${id},${mobile}\n`);
    const verdict = plantedVerdict(id, mobile, path);
    const outputs: string[] = [];

    // notifiers against real local servers
    const mails: string[] = [];
    const smtp = new SMTPServer({
      disabledCommands: ['AUTH', 'STARTTLS'],
      onData(s, _x, cb) {
        let d = '';
        s.on('data', (c) => (d += String(c)));
        s.on('end', () => (mails.push(d), cb()));
      },
    });
    const smtpPort = await new Promise<number>((r) => smtp.listen(0, '127.0.0.1', () => r((smtp.server.address() as AddressInfo).port)));
    const hooks: string[] = [];
    const http = createServer((req, res) => {
      let b = '';
      req.on('data', (c) => (b += String(c)));
      req.on('end', () => (hooks.push(JSON.stringify(req.headers) + b), res.end()));
    });
    const httpPort = await new Promise<number>((r) => http.listen(0, '127.0.0.1', () => r((http.address() as AddressInfo).port)));

    const log: string[] = [];
    const logger = makeLogger({ destination: new Writable({ write: (c, _e, cb) => (log.push(String(c)), cb()) }) });
    const emitter = new IncidentEmitter({
      logger,
      notifiers: {
        mail: new EmailNotifier('mail', emailConfigSchema.parse({ host: '127.0.0.1', port: smtpPort, tls: 'none', from: 'lg@corp.cn', to: ['sec@corp.cn'] })),
        hook: createWebhookNotifier('hook', webhookConfigSchema.parse({ url: `http://127.0.0.1:${httpPort}/`, secret: 'sixteen-chars-secret' })),
      },
    });
    const decision = { action: 'quarantine' as const, reasons: [{ rule: 'default/secret-file', action: 'quarantine' as const, reason: 'secret on share' }], notify: ['mail', 'hook'] };

    const store = openLocalQuarantine({ home, env: {} });
    const q = await quarantineFile(store, path, { reasons: decision.reasons, findings: verdict.findings, sensitivity: 'secret', action: 'quarantine' });
    await appendAudit(home, { event: 'quarantine.put', details: { id: q.id, path, verdict } });
    emitter.record({ verdict, decision, subject: { kind: 'file', path }, channel: 'file', quarantineId: q.id });
    // a careless caller logging the verdict itself
    logger.warn({ verdict, raw: id, text: mobile }, `scanned ${path}`);
    await emitter.close(10_000);

    // CLI output
    let cli = '';
    const sink = new PassThrough();
    sink.on('data', (c) => (cli += String(c)));
    const io = { stdout: sink, stderr: sink, env: { LISTGUARD_HOME: home }, cwd: root };
    expect(await quarantineCommand.run(['list'], io)).toBe(0);
    expect(await quarantineCommand.run(['list', '--json'], io)).toBe(0);
    expect(await quarantineCommand.run(['show', q.id], io)).toBe(0);

    await new Promise<void>((r) => smtp.close(() => r()));
    await new Promise<void>((r) => http.close(() => r()));

    expect(mails).toHaveLength(1);
    expect(hooks).toHaveLength(1);
    outputs.push(log.join(''), mails.join(''), hooks.join(''), cli);
    for (const f of [...(await allFiles(home)), ...(await allFiles(share))]) outputs.push((await readFile(f)).toString('latin1'), await readFile(f, 'utf8'));

    const all = outputs.join('\n');
    expect(all).toContain(q.id); // the outputs are really there
    expect(all).toContain(`${mobile.slice(0, 3)}****${mobile.slice(-4)}`);
    for (const raw of [id, mobile, id.slice(0, 17)]) expect(all.includes(raw), `raw value found in outputs`).toBe(false);

    // and the file still comes back whole, name included
    const rel = await store.release(q.id);
    expect(rel.path).toBe(path);
    expect(await readFile(path, 'utf8')).toContain(id);
  });
});
