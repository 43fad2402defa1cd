import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { incidentFromDecision, type Incident } from './incidents.js';
import { EmailNotifier, emailConfigSchema } from './notify-email.js';
import { createWebhookNotifier, SIGNATURE_HEADER, webhookConfigSchema } from './notify-webhook.js';
import { plantedVerdict, syntheticMobile, syntheticResidentId } from './test-fixtures.js';

const rawId = syntheticResidentId();
const rawMobile = syntheticMobile();
const incident = (): Incident =>
  incidentFromDecision({
    verdict: plantedVerdict(rawId, rawMobile, `/srv/${rawMobile}.xlsx`),
    decision: { action: 'block', reasons: [{ rule: 'r/secret', action: 'block', reason: 'external' }], notify: [] },
    subject: { kind: 'mail', sender: 'a@corp.cn', recipients: ['b@gmail.com'], attachments: [`${rawId}.xlsx`] },
    channel: 'smtp',
  });

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

function listen(server: Server): Promise<number> {
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r((server.address() as AddressInfo).port)));
}

describe('e-mail notifier', () => {
  it('delivers to a real local SMTP server, masked only', async () => {
    const received: string[] = [];
    const smtp = new SMTPServer({
      disabledCommands: ['AUTH', 'STARTTLS'],
      onData(stream, _s, cb) {
        let data = '';
        stream.on('data', (c) => (data += String(c)));
        stream.on('end', () => {
          received.push(data);
          cb();
        });
      },
    });
    const port = await new Promise<number>((r) => smtp.listen(0, '127.0.0.1', () => r((smtp.server.address() as AddressInfo).port)));
    closers.push(() => new Promise((r) => smtp.close(() => r())));
    const cfg = emailConfigSchema.parse({ host: '127.0.0.1', port, tls: 'none', from: 'listguard@corp.cn', to: ['sec@corp.cn'] });
    const n = new EmailNotifier('security-mail', cfg);
    n.notify(incident());
    await n.close(10_000);
    expect(n.stats()).toMatchObject({ sent: 1, failed: 0 });
    expect(received).toHaveLength(1);
    const mail = await simpleParser(received[0]!);
    expect(mail.subject).toContain('blocked');
    expect(mail.text).toContain('r/secret');
    expect(mail.headers.get('x-listguard-incident')).toMatch(/^inc-/);
    expect(received[0]).not.toContain(rawId);
    expect(received[0]).not.toContain(rawMobile);
    expect(mail.text).not.toContain(rawMobile);
  });
});

describe('webhook notifier', () => {
  const secret = 'a-webhook-secret-of-length';

  it('POSTs the incident JSON with a verifiable HMAC signature', async () => {
    const got: { ok: boolean; body: string }[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += String(c)));
      req.on('end', () => {
        const want = Buffer.from('sha256=' + createHmac('sha256', secret).update(body).digest('hex'));
        const have = Buffer.from(String(req.headers[SIGNATURE_HEADER.toLowerCase()] ?? ''));
        const ok = have.length === want.length && timingSafeEqual(have, want);
        got.push({ ok, body });
        res.statusCode = ok ? 204 : 401;
        res.end();
      });
    });
    const port = await listen(server);
    closers.push(() => new Promise((r) => server.close(() => r())));
    const n = createWebhookNotifier('siem', webhookConfigSchema.parse({ url: `http://127.0.0.1:${port}/hook`, secret }));
    n.notify(incident());
    n.notify(incident());
    await n.close(5_000);
    expect(got.map((g) => g.ok)).toEqual([true, true]);
    expect(JSON.parse(got[0]!.body)).toMatchObject({ action: 'block', channel: 'smtp' });
    expect(got.join('')).not.toContain(rawId);
    expect(n.stats()).toMatchObject({ sent: 2, failed: 0 });

    // a wrong secret is refused by the receiver and, being a 4xx, not retried
    const bad = createWebhookNotifier('bad', webhookConfigSchema.parse({ url: `http://127.0.0.1:${port}/hook`, secret: 'another-secret-value!!' }));
    bad.notify(incident());
    await bad.close(5_000);
    expect(bad.stats()).toMatchObject({ sent: 0, failed: 1, retries: 0 });
  });

  it('retries with backoff, and a dead webhook never blocks: bounded queue drops the oldest', async () => {
    // a port that was just free: nothing listens there
    const probe = createServer();
    const port = await listen(probe);
    await new Promise<void>((r) => probe.close(() => r()));
    const n = createWebhookNotifier(
      'dead',
      webhookConfigSchema.parse({ url: `http://127.0.0.1:${port}/`, secret, queue_size: 3, max_attempts: 3, backoff_ms: 20, timeout_ms: 500 }),
    );
    const t0 = performance.now();
    for (let k = 0; k < 50; k++) n.notify(incident());
    expect(performance.now() - t0).toBeLessThan(200);
    await new Promise((r) => setTimeout(r, 300));
    const s = n.stats();
    expect(s.dropped).toBeGreaterThanOrEqual(46);
    expect(s.retries).toBeGreaterThan(0);
    await n.close(50);
    expect(n.stats().sent).toBe(0);
  });

  it('retries a flaky endpoint until it answers 2xx', async () => {
    let calls = 0;
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        calls++;
        res.statusCode = calls < 3 ? 503 : 200;
        res.end();
      });
    });
    const port = await listen(server);
    closers.push(() => new Promise((r) => server.close(() => r())));
    const n = createWebhookNotifier('flaky', webhookConfigSchema.parse({ url: `http://127.0.0.1:${port}/`, secret, backoff_ms: 10 }));
    n.notify(incident());
    await n.close(5_000);
    expect(calls).toBe(3);
    expect(n.stats()).toMatchObject({ sent: 1, retries: 2 });
  });
});
