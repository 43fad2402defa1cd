// The SMTP filter against an in-process next hop: every reply path, with the
// real worker pool and the default policy. Needs dist/ (npm run build).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initHome } from '../../src/actions/home.js';
import { IncidentEmitter } from '../../src/actions/incidents.js';
import { openLocalQuarantine } from '../../src/actions/quarantine-store.js';
import { makeLogger } from '../../src/log/logger.js';
import { defaultRulesDir } from '../../src/paths.js';
import { loadDefaultPolicy, loadPolicies, thresholdsOf, type Policy } from '../../src/policy/index.js';
import { ScanPool } from '../../src/pool/scan-pool.js';
import { SmtpFilter, type MessageScanner, type SmtpFilterOptions } from '../../src/smtp/filter.js';
import { reinject } from '../../src/smtp/reinject.js';
import { RecordWindow } from '../../src/state/record-window.js';
import { DEFAULT_LIMITS } from '../../src/types.js';
import { tempDir } from '../support/temp-dir.js';
import { LogCapture, send, splitRelayed, startSink, type Sink } from './harness.js';
import {
  buildMail,
  cleanText,
  encryptedZipMail,
  people,
  rawValues,
  recordRowsText,
  zippedCustomerListMail,
} from './mail-fixtures.js';

let home: string;
let sink: Sink;
let pool: ScanPool;
let policy: Policy;
const logs = new LogCapture();
const filters: SmtpFilter[] = [];

beforeAll(async () => {
  home = tempDir('lg-smtp-');
  await initHome(home);
  sink = await startSink();
  policy = await loadDefaultPolicy();
  pool = new ScanPool({
    threads: 1,
    rulesDir: defaultRulesDir(),
    thresholds: thresholdsOf(policy),
    limits: { ...DEFAULT_LIMITS },
    fingerprintKey: Buffer.alloc(32, 7),
    hardDeadlineGraceMs: 500,
  });
});

afterEach(async () => {
  while (filters.length) await filters.pop()!.close();
  sink.received.length = 0;
});

afterAll(async () => {
  await pool?.close();
  await sink?.close();
});

const poolScan: MessageScanner = (message, display) => pool.scan(message, display);

async function filter(over: Partial<SmtpFilterOptions> = {}): Promise<SmtpFilter> {
  const logger = makeLogger({ destination: logs });
  const f = new SmtpFilter({
    listen: { host: '127.0.0.1', port: 0 },
    nextHop: { host: '127.0.0.1', port: sink.port },
    policy,
    internalDomains: ['corp.test'],
    scan: poolScan,
    quarantine: openLocalQuarantine({ home, env: {} }),
    emitter: new IncidentEmitter({ logger, windowMs: 0 }),
    logger,
    spoolDir: join(home, 'smtp-spool'),
    home,
    maxSize: 10 * 1024 * 1024,
    relayTimeouts: { commandMs: 5_000, dataMs: 10_000 },
    ...over,
  });
  await f.listen();
  filters.push(f);
  return f;
}

const internalEnv = { sender: 'sales@corp.test', recipients: ['colleague@corp.test'] };
const externalEnv = { sender: 'sales@corp.test', recipients: ['buyer@external.test'] };

describe('relay: allow and alert', () => {
  it('relays a clean internal message byte-identical behind one X-Listguard header, 250 after the next hop accepted', async () => {
    const f = await filter();
    const raw = buildMail({ to: 'colleague@corp.test', text: cleanText(5_000) });
    const r = await send(f.port, internalEnv, raw);
    expect(r.code).toBe(250);
    expect(r.text).toContain('queued as TEST');
    expect(sink.received).toHaveLength(1);
    const got = sink.received[0]!;
    expect(got.sender).toBe('sales@corp.test');
    expect(got.recipients).toEqual(['colleague@corp.test']);
    const { header, rest } = splitRelayed(got.raw);
    expect(header).toMatch(/^X-Listguard-Verdict: allow; sensitivity=internal; records=0; policy=default; rule=mail-internal$/);
    expect(rest.equals(raw)).toBe(true);
  });

  it('relays an external message with personal data as alert, naming the incident in the header, no values', async () => {
    const f = await filter();
    const ps = people(11, 8);
    const raw = buildMail({ text: recordRowsText(ps) });
    const r = await send(f.port, externalEnv, raw);
    expect(r.code).toBe(250);
    const got = sink.received[0]!;
    const { header, rest } = splitRelayed(got.raw);
    expect(header).toMatch(/^X-Listguard-Verdict: alert; sensitivity=confidential; records=8; policy=default; rule=mail-confidential-external; incident=inc-[0-9a-z]+$/);
    expect(r.text).toMatch(/incident inc-/);
    expect(rest.equals(raw)).toBe(true);
    for (const v of rawValues(ps)) {
      expect(header).not.toContain(v);
      expect(r.text).not.toContain(v);
      expect(logs.text).not.toContain(v);
    }
  });
});

describe('tempfail: 451 4.3.0, nothing delivered', () => {
  it('answers 451 when the next hop refuses one of the recipients, and delivers to none', async () => {
    const f = await filter();
    const raw = buildMail({ to: 'colleague@corp.test', text: cleanText(500) });
    const r = await send(f.port, { sender: 'sales@corp.test', recipients: ['colleague@corp.test', 'refuse-me@corp.test'] }, raw);
    expect(r.code).toBe(451);
    expect(r.text).toContain('4.3.0');
    expect(sink.received).toHaveLength(0);
  });

  it('answers 451 when the next hop is down', async () => {
    const f = await filter({ nextHop: { host: '127.0.0.1', port: 1 } });
    const r = await send(f.port, internalEnv, buildMail({ text: 'hello\r\n' }));
    expect(r.code).toBe(451);
    expect(r.text).toContain('4.3.0');
  });

  it('answers 451 when the scan worker crashes, and the pool goes on', async () => {
    const f = await filter({ scan: (message, display) => pool.scan(message, display, { crash: 'exit' }) });
    const r = await send(f.port, externalEnv, buildMail({ text: 'hello\r\n' }));
    expect(r.code).toBe(451);
    expect(r.text).toContain('4.3.0');
    expect(sink.received).toHaveLength(0);
    const ok = await filter();
    expect((await send(ok.port, internalEnv, buildMail({ text: 'hello\r\n' }))).code).toBe(250);
  });

  it('answers 451 when the scan overruns the hard deadline (stuck worker terminated)', async () => {
    const quick = new ScanPool({
      threads: 1,
      rulesDir: defaultRulesDir(),
      thresholds: thresholdsOf(policy),
      limits: { ...DEFAULT_LIMITS, maxTimeMs: 300 },
      hardDeadlineGraceMs: 300,
    });
    try {
      const f = await filter({ scan: (message, display) => quick.scan(message, display, { crash: 'hang' }) });
      const r = await send(f.port, externalEnv, buildMail({ text: 'hello\r\n' }));
      expect(r.code).toBe(451);
      expect(sink.received).toHaveLength(0);
    } finally {
      await quick.close();
    }
  });

  it('lets the policy decide a message that crashed the worker maxCrashRetries times (no endless retry)', async () => {
    const f = await filter({ scan: (message, display) => pool.scan(message, display, { crash: 'exit' }), maxCrashRetries: 2 });
    const raw = buildMail({ text: 'poison\r\n' });
    expect((await send(f.port, externalEnv, raw)).code).toBe(451);
    const second = await send(f.port, externalEnv, raw);
    // Default policy: worker-crashed to an external recipient → quarantine.
    expect(second.code).toBe(250);
    expect(second.text).toMatch(/quarantine q-/);
    expect(sink.received).toHaveLength(0);
  });

  it('answers 451 to a message still being scanned when shutdown starts', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let started!: () => void;
    const scanning = new Promise<void>((r) => (started = r));
    const slow: MessageScanner = async (message, display) => {
      started();
      await gate;
      return poolScan(message, display);
    };
    const f = await filter({ scan: slow });
    const reply = send(f.port, internalEnv, buildMail({ text: 'hello\r\n' }));
    await scanning;
    const closing = f.close();
    const r = await reply;
    release();
    await closing;
    expect(r.code).toBe(451);
    expect(r.text).toContain('4.3.0');
    expect(sink.received).toHaveLength(0);
  });

  it('answers 451 when a scan throws instead of returning a verdict', async () => {
    const f = await filter({ scan: async () => Promise.reject(new Error('boom')) });
    const r = await send(f.port, internalEnv, buildMail({ text: 'hello\r\n' }));
    expect(r.code).toBe(451);
  });
});

describe('block, quarantine, oversize', () => {
  it('rejects a zipped xlsx customer list to an external domain with 550 5.7.1 naming policy and incident, no value', async () => {
    const f = await filter();
    const ps = people(21, 60);
    const r = await send(f.port, externalEnv, zippedCustomerListMail(ps));
    expect(r.code).toBe(550);
    expect(r.text).toMatch(/550 5\.7\.1 Message rejected by data-loss policy default\/mail-secret-external: .+; incident inc-[0-9a-z]+/);
    for (const v of rawValues(ps)) {
      expect(r.text).not.toContain(v);
      expect(logs.text).not.toContain(v);
    }
    expect(sink.received).toHaveLength(0);
  });

  it('quarantines (encrypted archive to an external recipient), answers 250, and release reinjects it intact with its envelope', async () => {
    const f = await filter();
    const store = openLocalQuarantine({ home, env: {} });
    const before = (await store.list()).length;
    const raw = encryptedZipMail();
    const r = await send(f.port, { sender: 'sales@corp.test', recipients: ['partner@external.test', 'other@external.test'] }, raw);
    expect(r.code).toBe(250);
    const id = /quarantine (q-[0-9a-z]+)/.exec(r.text)?.[1];
    expect(id).toBeDefined();
    expect(sink.received).toHaveLength(0);
    const items = await store.list();
    expect(items.length).toBe(before + 1);
    const meta = await store.show(id!);
    expect(meta).toMatchObject({ channel: 'smtp', action: 'quarantine', size: raw.length });
    expect(meta.subject).toMatchObject({ kind: 'mail', from: 'sales@corp.test', to: ['partner@external.test', 'other@external.test'], attachments: ['locked.zip'] });
    expect(meta.reasons.map((x) => x.rule)).toContain('mail-unscannable-external');

    const out = await reinject(store, id!, { host: '127.0.0.1', port: sink.port });
    expect(out.recipients).toBe(2);
    expect(sink.received).toHaveLength(1);
    const got = sink.received[0]!;
    expect(got.sender).toBe('sales@corp.test');
    expect(got.recipients).toEqual(['partner@external.test', 'other@external.test']);
    const { header, rest } = splitRelayed(got.raw);
    expect(header).toBe(`X-Listguard-Released: ${id}`);
    expect(rest.equals(raw)).toBe(true);
  });

  it('answers 552 to a message over the size limit and delivers nothing', async () => {
    const f = await filter({ maxSize: 10_000 });
    const r = await send(f.port, internalEnv, buildMail({ text: cleanText(20_000) }));
    expect(r.code).toBe(552);
    expect(sink.received).toHaveLength(0);
    // SIZE declared up front is refused at MAIL FROM already.
    const early = await send(f.port, { ...internalEnv, size: 20_000 }, buildMail({ text: cleanText(20_000) }));
    expect(early.code).toBe(552);
  });
});

describe('content and envelope pass through intact', () => {
  it('keeps the null sender, SMTPUTF8 addresses, 8-bit bytes, leading dots, long lines and a missing final CRLF', async () => {
    const f = await filter({ internalDomains: ['corp.test', '例子.测试'] });
    const longLine = 'x'.repeat(5_000);
    const body = ['.', '..leading dots', '.', ' . ', `${longLine}`, '中文内容 ünïcödé', 'bare\nlf line', '.end', 'no final newline'].join('\r\n');
    const raw = Buffer.concat([
      Buffer.from('From: <>\r\nTo: 用户@例子.测试\r\nSubject: =?UTF-8?B?5rWL6K+V?=\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n', 'utf8'),
      Buffer.from(body, 'utf8'),
      Buffer.from([0xff, 0xfe, 0x80, 0x0d, 0x0a]),
    ]);
    const r = await send(f.port, { sender: '', recipients: ['用户@例子.测试'], eightBit: true, smtpUtf8: true }, raw);
    expect(r.code).toBe(250);
    const got = sink.received[0]!;
    expect(got.sender).toBe('');
    expect(got.recipients).toEqual(['用户@例子.测试']);
    expect(got.bodyType).toBe('8bitmime');
    expect(got.smtpUtf8).toBe(true);
    expect(splitRelayed(got.raw).rest.equals(raw)).toBe(true);
  });

  it('relays a message that ends without CRLF with only the CRLF the protocol needs', async () => {
    const f = await filter();
    const raw = Buffer.from('From: a@corp.test\r\nTo: b@corp.test\r\n\r\nlast line without newline', 'utf8');
    expect((await send(f.port, internalEnv, raw)).code).toBe(250);
    expect(splitRelayed(sink.received[0]!.raw).rest.toString('utf8')).toBe('From: a@corp.test\r\nTo: b@corp.test\r\n\r\nlast line without newline\r\n');
  });
});

describe('per-sender cumulative threshold', () => {
  it('quarantines once the records a sender mailed out within the window reach the threshold, counting each record once', async () => {
    const dir = tempDir('lg-smtp-win-');
    const file = join(dir, 'cumulative.yaml');
    writeFileSync(
      file,
      [
        'name: cumulative',
        'rules:',
        '  - id: mail-sender-drip',
        '    when:',
        '      channel: smtp',
        '      recipients: external',
        '      sender_records_24h: ">= 60"',
        '    action: quarantine',
        '    reason: 24 小时内累计外发记录过多 / Too many records sent outside in 24 hours',
        '',
      ].join('\n'),
    );
    const merged = await loadPolicies([join(defaultRulesDir(), 'policies', 'default.yaml'), file]);
    const window = new RecordWindow({ path: join(dir, 'window.sqlite') });
    try {
      const f = await filter({ policy: merged, window });
      const batches = [people(31, 20), people(32, 20), people(33, 20)];
      const codes: string[] = [];
      // The same 20 records twice: counted once.
      for (const ps of [batches[0]!, batches[0]!, batches[1]!, batches[2]!]) {
        const r = await send(f.port, externalEnv, buildMail({ text: recordRowsText(ps) }));
        codes.push(`${r.code} ${/quarantine/.test(r.text) ? 'quarantined' : 'relayed'}`);
      }
      expect(codes).toEqual(['250 relayed', '250 relayed', '250 relayed', '250 quarantined']);
      expect(window.count('sales@corp.test')).toBe(40);
      expect(window.count('SALES@corp.test')).toBe(40);
      // Another sender has its own window.
      const other = await send(f.port, { sender: 'ops@corp.test', recipients: ['buyer@external.test'] }, buildMail({ text: recordRowsText(batches[2]!) }));
      expect(other.text).not.toMatch(/quarantine/);
    } finally {
      window.close();
    }
  });
});
