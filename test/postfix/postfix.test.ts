// End to end through a real Postfix (issue 6): swaks → Postfix (content_filter)
// → `listguard smtp` (its own process, from dist/) → Postfix reinjection
// smtpd → Maildir. A private Postfix instance under a temp dir (setup.sh).
// Skips with a message when Postfix/swaks are missing or we are not root.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initHome } from '../../src/actions/home.js';
import { openLocalQuarantine } from '../../src/actions/quarantine-store.js';
import { packageRoot } from '../../src/paths.js';
import { buildMail, cleanText, encryptedZipMail, people, rawValues, recordRowsText, zippedCustomerListMail } from '../smtp/mail-fixtures.js';
import { tempDir } from '../support/temp-dir.js';

const run = promisify(execFile);
const ROOT = packageRoot();
const SETUP = join(ROOT, 'test/postfix/setup.sh');

function skipReason(): string | null {
  if (process.getuid?.() !== 0) return 'not root (postfix start needs root)';
  if (!existsSync('/usr/sbin/postfix')) return 'postfix is not installed (.ci/system-deps.sh installs it)';
  if (!['/usr/bin/swaks', '/usr/local/bin/swaks'].some(existsSync)) return 'swaks is not installed';
  if (!existsSync(join(ROOT, 'dist/src/cli/commands/smtp.js'))) return 'dist/ is not built (npm run build)';
  return null;
}
const SKIP = skipReason();
if (SKIP) console.warn(`[postfix e2e] skipped: ${SKIP}`);

// Ports of our own, away from 10025/10026 so a real filter on this host is left alone.
const BASE = 20_000 + (process.pid % 2_000) * 10;
const IN = BASE;
const FILTER = BASE + 1;
const REINJECT = BASE + 2;

let dir: string;
let conf: string;
let home: string;
let filter: ChildProcess | null = null;
let postfixStarted = false;

async function startFilter(): Promise<void> {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'test/postfix/run-smtp.mjs'), '--listen', `127.0.0.1:${FILTER}`, '--next-hop', `127.0.0.1:${REINJECT}`,
      '--internal-domains', 'corp.test', '--home', home, '--threads', '1', '--log', join(dir, 'listguard.log')],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LISTGUARD_HOME: home } },
  );
  filter = child;
  await new Promise<void>((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`listguard smtp did not start: ${err}`)), 20_000);
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      if (err.includes('listening on')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`listguard smtp exited ${code}: ${err}`));
    });
  });
}

async function stopFilter(): Promise<void> {
  const child = filter;
  filter = null;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  await exited;
}

async function swaks(from: string, to: string, raw: Buffer): Promise<void> {
  const file = join(dir, `msg-${Math.random().toString(36).slice(2)}.eml`);
  writeFileSync(file, raw);
  await run('swaks', ['--server', `127.0.0.1:${IN}`, '--from', from, '--to', to, '--data', file, '--silent', '2'], { timeout: 30_000 });
}

const maildir = (box: 'corp' | 'external'): string[] => {
  const d = join(dir, 'mail', box, 'new');
  return existsSync(d) ? readdirSync(d).map((f) => readFileSync(join(d, f), 'utf8')) : [];
};
const withToken = (box: 'corp' | 'external', token: string) => maildir(box).filter((m) => m.includes(token));

async function waitFor<T>(what: string, probe: () => T | Promise<T>, timeoutMs = 30_000): Promise<Exclude<T, false | null | undefined>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v as Exclude<T, false | null | undefined>;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; see ${dir}/maillog`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function queue(): Promise<{ queue_name: string; recipients: { delay_reason?: string }[] }[]> {
  const { stdout } = await run('postqueue', ['-c', conf, '-j']);
  return stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

async function cli(args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [
    '--input-type=module',
    '-e',
    `import { quarantineCommand } from ${JSON.stringify(join(ROOT, 'dist/src/cli/commands/quarantine.js'))};
     const code = await quarantineCommand.run(${JSON.stringify(args)}, { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });
     process.exit(code);`,
  ], { env: { ...process.env, LISTGUARD_HOME: home } });
  return stdout;
}

/** Postfix stores LF line ends; the body after the first blank line is compared. */
const bodyOf = (raw: string): string => raw.replace(/\r\n/g, '\n').split('\n\n').slice(1).join('\n\n');

describe.skipIf(SKIP !== null)('through a real Postfix', () => {
  beforeAll(async () => {
    // LISTGUARD_KEEP_POSTFIX=1 keeps the instance's directory for a look afterwards.
    dir = process.env.LISTGUARD_KEEP_POSTFIX ? mkdtempSync(join(tmpdir(), 'lg-postfix-')) : tempDir('lg-postfix-');
    conf = join(dir, 'etc');
    home = join(dir, 'home');
    await initHome(home);
    await run('bash', [SETUP, dir, 'start', String(IN), String(FILTER), String(REINJECT)], { timeout: 60_000 });
    postfixStarted = true;
    await startFilter();
  }, 90_000);

  afterAll(async () => {
    await stopFilter();
    if (postfixStarted) await run('bash', [SETUP, dir, 'stop']).catch(() => {});
  });

  it('delivers a clean message byte-identical with the X-Listguard header', async () => {
    const token = `clean-${Date.now()}`;
    const raw = buildMail({ to: 'colleague@corp.test', subject: token, text: cleanText(3_000) + '.a line with a leading dot\r\n' });
    await swaks('sales@corp.test', 'colleague@corp.test', raw);
    const [got] = await waitFor('the clean message in the Maildir', () => withToken('corp', token).length === 1 && withToken('corp', token));
    expect(got).toMatch(/^X-Listguard-Verdict: allow; sensitivity=\w+; records=0; policy=default; rule=mail-internal$/m);
    // The original header block is there as sent, then the body byte for byte (LF-stored).
    const original = raw.toString('utf8').replace(/\r\n/g, '\n');
    const [origHead, ...origBody] = original.split('\n\n');
    expect(got).toContain(origHead);
    expect(bodyOf(got!).startsWith(origBody.join('\n\n'))).toBe(true);
    expect(bodyOf(got!).slice(origBody.join('\n\n').length)).toMatch(/^\n?$/);
  });

  it('rejects a zipped xlsx customer list to an external domain: bounced with the reason, no values, not delivered', async () => {
    const token = `block-${Date.now()}`;
    const ps = people(61, 60);
    const raw = zippedCustomerListMail(ps).toString('latin1').replace('Subject: list', `Subject: ${token}`);
    await swaks('sales@corp.test', 'buyer@external.test', Buffer.from(raw, 'latin1'));
    const bounce = await waitFor('the bounce to the sender', () =>
      maildir('corp').find((m) => m.includes(token) && /Undelivered Mail Returned to Sender/.test(m)),
    );
    // Postfix folds the diagnostic over several lines.
    const unfolded = bounce.replace(/\n[ \t]+/g, ' ');
    expect(unfolded).toMatch(/Diagnostic-Code: smtp; 550 5\.7\.1 Message rejected by data-loss policy default\/mail-secret-external: Secret customer lists must not be sent outside the company; incident inc-[0-9a-z]+/);
    for (const v of rawValues(ps)) expect(bounce).not.toContain(v);
    expect(withToken('external', token)).toHaveLength(0);
    for (const v of rawValues(ps)) expect(readFileSync(join(dir, 'listguard.log'), 'utf8')).not.toContain(v);
  });

  it('quarantines: not delivered, listed, and after release delivered intact', async () => {
    const token = `quarantine-${Date.now()}`;
    const raw = Buffer.from(encryptedZipMail('partner@external.test').toString('latin1').replace('Subject: locked', `Subject: ${token}`), 'latin1');
    const store = openLocalQuarantine({ home, env: {} });
    const before = new Set((await store.list()).map((m) => m.id));
    await swaks('sales@corp.test', 'partner@external.test', raw);
    const item = await waitFor('the quarantine item', async () => (await store.list()).find((m) => !before.has(m.id)));
    expect(withToken('external', token)).toHaveLength(0);
    const listed = await cli(['list']);
    expect(listed).toContain(item.id);
    expect(listed).toContain('mail-unscannable-external');

    const out = await cli(['release', item.id, '--next-hop', `127.0.0.1:${REINJECT}`]);
    expect(out).toContain(`released ${item.id}`);
    const [got] = await waitFor('the released message', () => withToken('external', token).length === 1 && withToken('external', token));
    expect(got).toMatch(new RegExp(`^X-Listguard-Released: ${item.id}$`, 'm'));
    const original = raw.toString('utf8').replace(/\r\n/g, '\n');
    expect(bodyOf(got!).startsWith(original.split('\n\n').slice(1).join('\n\n'))).toBe(true);
  });

  it('keeps mail deferred in the Postfix queue while the filter is down, and delivers it after restart', async () => {
    await stopFilter();
    const token = `deferred-${Date.now()}`;
    await swaks('sales@corp.test', 'colleague@corp.test', buildMail({ to: 'colleague@corp.test', subject: token, text: 'while the filter is down\r\n' }));
    const deferred = await waitFor('the message to be deferred', async () =>
      (await queue()).find((q) => q.queue_name === 'deferred' || q.recipients.some((r) => r.delay_reason)),
    );
    expect(deferred.recipients[0]?.delay_reason ?? '').toMatch(/connect|refused|127\.0\.0\.1/i);
    expect(withToken('corp', token)).toHaveLength(0);
    await startFilter();
    await run('postqueue', ['-c', conf, '-f']);
    await waitFor('delivery after restart', () => withToken('corp', token).length === 1, 45_000);
    expect((await queue()).length).toBe(0);
  });

  it('trips the cumulative threshold: 20 messages of 20 records from one sender, the 10th and later are quarantined', async () => {
    const store = openLocalQuarantine({ home, env: {} });
    const before = new Set((await store.list()).map((m) => m.id));
    const token = `drip-${Date.now()}`;
    for (let i = 0; i < 20; i++) {
      const raw = buildMail({ from: 'drip@corp.test', to: 'buyer@external.test', subject: `${token}-${i}`, text: recordRowsText(people(700 + i, 20)) });
      await swaks('drip@corp.test', 'buyer@external.test', raw);
    }
    const done = async () => {
      const q = (await store.list()).filter((m) => !before.has(m.id) && m.subject.kind === 'mail' && m.subject.from === 'drip@corp.test');
      return withToken('external', token).length + q.length === 20 ? q : null;
    };
    const quarantined = await waitFor('all 20 drip messages to be handled', done, 60_000);
    // 9 × 20 = 180 records went out; the 10th would make 200 (>= 200): held, and every one after it.
    expect(withToken('external', token)).toHaveLength(9);
    expect(quarantined).toHaveLength(11);
    for (const q of quarantined) expect(q.reasons.map((r) => r.rule)).toContain('mail-sender-cumulative-external');
  }, 120_000);
});

describe.skipIf(SKIP === null)('through a real Postfix (skipped)', () => {
  it(`is skipped: ${SKIP}`, () => {});
});
