// `listguard smtp`: the Postfix after-queue content filter (issue 6). With no
// options it listens on 127.0.0.1:10025, reinjects to 127.0.0.1:10026 and
// uses the default policy and LISTGUARD_HOME, so `listguard init && listguard
// smtp` works behind a Postfix configured as in the README.
import { readFile } from 'node:fs/promises';
import { availableParallelism, hostname } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveHome } from '../../actions/home.js';
import { IncidentEmitter, type Notifier } from '../../actions/incidents.js';
import { loadKeyring } from '../../actions/master-key.js';
import { EmailNotifier, emailConfigSchema } from '../../actions/notify-email.js';
import { createWebhookNotifier, webhookConfigSchema } from '../../actions/notify-webhook.js';
import { openLocalQuarantine } from '../../actions/quarantine-store.js';
import { makeLogger, type Logger } from '../../log/logger.js';
import { defaultRulesDir } from '../../paths.js';
import { loadDefaultPolicy, loadPolicies, thresholdsOf, type Policy } from '../../policy/index.js';
import { ScanPool } from '../../pool/scan-pool.js';
import { loadFingerprintKey } from '../../state/fingerprint-key.js';
import { startSmtpFilter } from '../../smtp/filter.js';
import { parseHostPort } from '../../smtp/reinject.js';
import { RecordWindow } from '../../state/record-window.js';
import { DEFAULT_LIMITS } from '../../types.js';
import { UsageError, type CliIO, type Command } from '../command.js';

export const DEFAULT_LISTEN = '127.0.0.1:10025';
export const DEFAULT_NEXT_HOP = '127.0.0.1:10026';
/** Above Postfix's default message_size_limit (10 240 000): the filter must never refuse what Postfix took. */
export const DEFAULT_MAX_SIZE = 50 * 1024 * 1024;

export const SMTP_HELP = `usage: listguard smtp [options]

Postfix after-queue content filter: scans every message (body, attachments,
archive members), then relays it to the next hop, quarantines it or rejects it.

  --listen HOST:PORT        where Postfix delivers to the filter (default ${DEFAULT_LISTEN})
  --next-hop HOST:PORT      where accepted mail is reinjected (default ${DEFAULT_NEXT_HOP})
  --internal-domains A,B    internal recipient domains (for policy files without internal_domains)
  --policy FILE             policy file, repeatable (default rules/policies/default.yaml)
  --rules DIR               rule-pack directory (default the built-in rules/)
  --max-size BYTES          message size limit, advertised with SIZE (default ${DEFAULT_MAX_SIZE})
  --tls-key FILE --tls-cert FILE   offer STARTTLS with this key and certificate
  --threads N               scan worker threads (default: number of cores)
  --max-clients N           concurrent SMTP sessions (default 100)
  --window-hours H          per-sender cumulative window (default 24)
  --max-time-ms N           scan time limit per message (default 60000)
  --home DIR                state home (default $LISTGUARD_HOME or ~/.listguard)
  --log FILE                JSON log (default stdout)

Stop with SIGTERM/SIGINT: messages still being scanned get 451 (Postfix retries).`;

function positiveInt(v: string | undefined, name: string, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`smtp: ${name} must be a positive integer`);
  return n;
}

/** Notifiers named in the policy: webhooks as configured, e-mail sent through the next hop itself. */
function notifiersOf(policy: Policy, hop: { host: string; port: number }, env: NodeJS.ProcessEnv, log: Logger): Record<string, Notifier> {
  const out: Record<string, Notifier> = {};
  for (const [name, spec] of Object.entries(policy.notifiers)) {
    try {
      if (spec.type === 'webhook') {
        out[name] = createWebhookNotifier(name, webhookConfigSchema.parse({ url: spec.url, ...(spec.secret_env ? { secret_env: spec.secret_env } : {}) }), env);
      } else {
        out[name] = new EmailNotifier(
          name,
          emailConfigSchema.parse({ host: hop.host, port: hop.port, tls: 'none', from: `listguard@${hostname()}`, to: [...spec.to] }),
          env,
        );
      }
    } catch (e) {
      log.warn({ event: 'smtp.notifier-disabled', notifier: name }, `notifier ${name} disabled: ${(e as Error).message}`);
    }
  }
  return out;
}

export const smtpCommand: Command = {
  name: 'smtp',
  summary: 'run the outbound mail filter (Postfix content_filter)',
  async run(argv: string[], io: CliIO): Promise<number> {
    let values;
    try {
      ({ values } = parseArgs({
        args: argv,
        allowPositionals: false,
        strict: true,
        options: {
          listen: { type: 'string' },
          'next-hop': { type: 'string' },
          'internal-domains': { type: 'string' },
          policy: { type: 'string', multiple: true },
          rules: { type: 'string' },
          'max-size': { type: 'string' },
          'tls-key': { type: 'string' },
          'tls-cert': { type: 'string' },
          threads: { type: 'string' },
          'max-clients': { type: 'string' },
          'window-hours': { type: 'string' },
          'max-time-ms': { type: 'string' },
          home: { type: 'string' },
          log: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      }));
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    if (values.help) {
      io.stdout.write(`${SMTP_HELP}\n`);
      return 0;
    }
    let listen, nextHop;
    try {
      listen = parseHostPort(values.listen ?? DEFAULT_LISTEN, '--listen');
      nextHop = parseHostPort(values['next-hop'] ?? DEFAULT_NEXT_HOP, '--next-hop');
    } catch (e) {
      throw new UsageError(`smtp: ${(e as Error).message}`);
    }
    if ((values['tls-key'] === undefined) !== (values['tls-cert'] === undefined)) throw new UsageError('smtp: give both --tls-key and --tls-cert');
    const maxSize = positiveInt(values['max-size'], '--max-size', DEFAULT_MAX_SIZE);
    const threads = positiveInt(values.threads, '--threads', availableParallelism());
    const maxClients = positiveInt(values['max-clients'], '--max-clients', 100);
    const windowHours = Number(values['window-hours'] ?? 24);
    if (!(windowHours > 0)) throw new UsageError('smtp: --window-hours must be a positive number');
    const maxTimeMs = positiveInt(values['max-time-ms'], '--max-time-ms', DEFAULT_LIMITS.maxTimeMs);
    const internalDomains = (values['internal-domains'] ?? '')
      .split(',')
      .map((d) => d.trim().toLowerCase())
      .filter(Boolean);

    const home = values.home ?? resolveHome(io.env);
    // Fail at start, not on the first quarantine: the key is needed (E_KEY_MISSING says to run `listguard init`).
    await loadKeyring(home, io.env);
    const policy = values.policy?.length ? await loadPolicies(values.policy) : await loadDefaultPolicy();
    const tls = values['tls-key'] ? { key: await readFile(values['tls-key']), cert: await readFile(values['tls-cert']!) } : undefined;
    const logger = makeLogger({ name: 'smtp', ...(values.log ? { destination: values.log } : {}) });
    const fingerprintKey = await loadFingerprintKey(home);
    const window = new RecordWindow({ path: join(home, 'sender-window.sqlite'), windowMs: windowHours * 3600_000 });
    const pool = new ScanPool({
      threads,
      rulesDir: values.rules ?? defaultRulesDir(),
      thresholds: thresholdsOf(policy),
      limits: { ...DEFAULT_LIMITS, maxTimeMs, maxBytes: Math.max(DEFAULT_LIMITS.maxBytes, maxSize * 4) },
      fingerprintKey,
    });
    const emitter = new IncidentEmitter({ logger, notifiers: notifiersOf(policy, nextHop, io.env, logger) });
    const filter = await startSmtpFilter({
      listen,
      nextHop,
      policy,
      internalDomains,
      scan: (message, display) => pool.scan(message, display),
      quarantine: openLocalQuarantine({ home, env: io.env }),
      emitter,
      logger,
      spoolDir: join(home, 'smtp-spool'),
      home,
      window,
      maxSize,
      maxClients,
      ...(tls ? { tls } : {}),
    });
    logger.info(
      { event: 'smtp.start', listen: `${listen.host}:${filter.port}`, nextHop: `${nextHop.host}:${nextHop.port}`, policy: policy.name, home, threads },
      `listguard smtp listening on ${listen.host}:${filter.port}, next hop ${nextHop.host}:${nextHop.port}`,
    );
    io.stderr.write(`listguard smtp: listening on ${listen.host}:${filter.port}, relaying to ${nextHop.host}:${nextHop.port} (policy ${policy.name}, home ${home})\n`);

    await new Promise<void>((resolve) => {
      const stop = (sig: string) => {
        process.off('SIGINT', onInt);
        process.off('SIGTERM', onTerm);
        logger.info({ event: 'smtp.stop', signal: sig }, `stopping on ${sig}`);
        resolve();
      };
      const onInt = () => stop('SIGINT');
      const onTerm = () => stop('SIGTERM');
      process.on('SIGINT', onInt);
      process.on('SIGTERM', onTerm);
    });
    await filter.close();
    await emitter.close(5_000);
    await pool.close();
    window.close();
    return 0;
  },
};
