// The after-queue content filter (the Amavis model): Postfix hands every
// outbound message to this SMTP server, which spools it, scans it in the
// worker pool, decides per policy and then relays, quarantines or rejects.
// The reply is the commit: 250 only once the next hop accepted every
// recipient (or the message is safe in the quarantine); anything else that
// goes wrong is 451 4.3.0 and Postfix keeps the message and retries.
// See README.md for the reply table and the reasoning.
import { hostname } from 'node:os';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { appendAudit } from '../actions/audit-log.js';
import type { IncidentEmitter } from '../actions/incidents.js';
import type { QuarantineStore } from '../actions/quarantine-store.js';
import type { Logger } from '../log/logger.js';
import { scrub } from '../log/mask.js';
import { evaluate, isInternalRecipient, type Decision, type MailSubject, type Policy } from '../policy/index.js';
import type { Verdict } from '../types.js';
import type { ItemSource } from '../scan/scan-item.js';
import { attachmentNames } from './attachment-names.js';
import { relayMessage, RelayError, type NextHop, type RelayEnvelope } from './relay-client.js';
import type { RecordWindow } from '../state/record-window.js';
import { prepareSpool, spoolMessage, type SpooledMessage } from './spool.js';

/** Scans a spooled message (in memory or a spool file); the pool's scan, or a stand-in in tests and the bench. */
export type MessageScanner = (message: ItemSource, display: string) => Promise<Verdict>;

export interface SmtpFilterOptions {
  listen: { host: string; port: number };
  nextHop: NextHop;
  policy: Policy;
  /** Recipient domains that are internal; applied to policy files that list none. */
  internalDomains?: readonly string[];
  scan: MessageScanner;
  quarantine: QuarantineStore;
  emitter: IncidentEmitter;
  logger: Logger;
  /** Spool directory (0700), e.g. `<home>/smtp-spool`. */
  spoolDir: string;
  /** Home for the audit log; none: quarantine puts are not audited (tests). */
  home?: string;
  window?: RecordWindow;
  /** SIZE limit in bytes (advertised; larger messages get 552). */
  maxSize: number;
  tls?: { key: Buffer; cert: Buffer };
  maxClients?: number;
  /** Our name in the banner and EHLO to the next hop. */
  name?: string;
  /** How long close() lets open sessions finish before dropping them (default 5 s). */
  closeTimeoutMs?: number;
  relayTimeouts?: { commandMs?: number; dataMs?: number };
  /**
   * A message whose scan crashed the worker this many times (by content hash)
   * goes to the policy as `worker-crashed` instead of another 451: a poison
   * message must not sit in the queue for days. Default 3.
   */
  maxCrashRetries?: number;
  /** Skip scanning and policy: relay everything (the bench's pass-through reference). */
  passThrough?: boolean;
}

/** An SMTP reply for smtp-server's onData callback. */
class Reply extends Error {
  constructor(
    readonly responseCode: number,
    message: string,
  ) {
    super(message);
  }
}

const TEMPFAIL = '4.3.0 Temporary failure in the content filter, try again later';
const tempfail = (why: string): Reply => new Reply(451, `${TEMPFAIL} (${why})`);

/** Printable ASCII only: reply lines and header fields must not carry anything else. */
const ascii = (s: string, max = 200): string =>
  s
    .replace(/[^\x20-\x7e]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);

/** The English half of a bilingual `中文 / English` reason, if there is one. */
function englishReason(reason: string): string {
  const tail = reason.split(' / ').pop() ?? '';
  return /^[\x20-\x7e]+$/.test(tail) && /[a-z]/i.test(tail) ? ascii(scrub(tail), 120) : '';
}

/** Rules of files without `internal_domains` read the filter's `--internal-domains`. */
export function withInternalDomains(policy: Policy, domains: readonly string[]): Policy {
  if (domains.length === 0) return policy;
  const list = domains.map((d) => d.toLowerCase());
  return { ...policy, rules: policy.rules.map((r) => (r.internalDomains.length ? r : { ...r, internalDomains: list })) };
}

/** Hard timeouts and crashes come from the pool as a bare verdict: retry those, do not judge them. */
function poolFailure(v: Verdict): boolean {
  return v.unscannable.some(
    (u) => u.reason === 'worker-crashed' || (u.reason === 'timeout' && v.findings.length === 0 && /^(AbortError|TimeoutError)/.test(u.detail ?? '')),
  );
}

export class SmtpFilter {
  private readonly server: SMTPServer;
  private readonly policy: Policy;
  /** Does any policy rule match on attachment names? */
  private readonly attachmentRules: boolean;
  private readonly internal: readonly string[];
  private readonly closing = new AbortController();
  private readonly crashes = new Map<string, number>();
  private readonly senderLocks = new Map<string, Promise<void>>();
  private inFlight = 0;
  readonly stats = { connections: 0, messages: 0, relayed: 0, quarantined: 0, blocked: 0, tempfailed: 0, oversized: 0 };
  /** Per-message time inside the filter (end of DATA to reply), ms; the bench reads it. */
  readonly latencies: number[] = [];
  private boundPort = 0;

  constructor(private readonly opts: SmtpFilterOptions) {
    this.policy = withInternalDomains(opts.policy, opts.internalDomains ?? []);
    this.attachmentRules = this.policy.rules.some((r) => (r.when.attachments?.patterns.length ?? 0) > 0);
    this.internal = opts.internalDomains?.length
      ? opts.internalDomains.map((d) => d.toLowerCase())
      : (this.policy.rules.find((r) => r.internalDomains.length)?.internalDomains ?? []);
    this.server = new SMTPServer({
      name: opts.name ?? hostname(),
      banner: 'listguard content filter',
      // Loopback relay behind Postfix: no AUTH; STARTTLS only when given a key and certificate.
      disabledCommands: opts.tls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
      authOptional: true,
      ...(opts.tls ? { key: opts.tls.key, cert: opts.tls.cert } : {}),
      // No PTR lookup per connection: it is loopback, and a slow resolver would stall every greeting.
      disableReverseLookup: true,
      size: opts.maxSize,
      rejectOversized: true,
      // We write our own enhanced codes (smtp-server would map 550 to 5.1.1, "no such user").
      hideENHANCEDSTATUSCODES: true,
      maxClients: opts.maxClients ?? 100,
      closeTimeout: opts.closeTimeoutMs ?? 5_000,
      socketTimeout: 5 * 60_000,
      logger: false,
      onConnect: (_session, callback) => {
        this.stats.connections++;
        callback();
      },
      onData: (stream, session, callback) => {
        this.handle(stream, session).then(
          (msg) => callback(null, msg),
          (err: unknown) => callback(err instanceof Reply ? err : tempfail('internal error')),
        );
      },
    });
    this.server.on('error', (e) => opts.logger.error({ event: 'smtp.server-error', err: { message: scrub(String((e as Error).message)) } }, 'smtp server error'));
  }

  get port(): number {
    return this.boundPort;
  }

  async listen(): Promise<void> {
    const removed = await prepareSpool(this.opts.spoolDir);
    if (removed) this.opts.logger.warn({ event: 'smtp.spool-cleanup', removed }, `removed ${removed} unacknowledged spool file(s) from a previous run`);
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.opts.listen.port, this.opts.listen.host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    const addr = this.server.server.address();
    this.boundPort = typeof addr === 'object' && addr ? addr.port : this.opts.listen.port;
  }

  /**
   * Stop: new messages and those still being scanned get 451 (Postfix keeps
   * them); relays already under way finish. Then open sessions are closed.
   */
  async close(): Promise<void> {
    if (!this.closing.signal.aborted) this.closing.abort();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Settles with `p`, or rejects with a 451 as soon as shutdown starts. */
  private untilClosing<T>(p: Promise<T>): Promise<T> {
    const signal = this.closing.signal;
    if (signal.aborted) return Promise.reject(tempfail('shutting down'));
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(tempfail('shutting down'));
      signal.addEventListener('abort', onAbort, { once: true });
      p.then(
        (v) => {
          signal.removeEventListener('abort', onAbort);
          resolve(v);
        },
        (e: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(e);
        },
      );
    });
  }

  private async handle(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<string> {
    const started = performance.now();
    this.inFlight++;
    this.stats.messages++;
    let spooled: SpooledMessage | undefined;
    try {
      spooled = await this.untilClosing(spoolMessage(this.opts.spoolDir, stream));
      if (spooled.oversized) {
        this.stats.oversized++;
        return ''; // smtp-server answers 552 itself (rejectOversized)
      }
      const reply = await this.decideAndAct(spooled, session);
      return reply;
    } catch (e) {
      if (!(e instanceof Reply)) {
        this.opts.logger.error(
          { event: 'smtp.error', message: spooled?.id, err: { name: (e as Error).name, message: scrub(String((e as Error).message)).slice(0, 300) } },
          'smtp filter error; answered 451',
        );
        this.stats.tempfailed++;
        throw tempfail('internal error');
      }
      if (e.responseCode >= 400 && e.responseCode < 500) this.stats.tempfailed++;
      throw e;
    } finally {
      this.inFlight--;
      this.latencies.push(performance.now() - started);
      if (this.latencies.length > 100_000) this.latencies.splice(0, 50_000);
      await spooled?.remove().catch(() => {});
    }
  }

  private envelope(session: SMTPServerSession, size: number): RelayEnvelope {
    const env = session.envelope;
    const dsn = env.dsn;
    return {
      sender: env.mailFrom ? env.mailFrom.address : '',
      recipients: env.rcptTo.map((r) => ({ address: r.address, notify: r.dsn?.notify, orcpt: r.dsn?.orcpt })),
      eightBit: env.bodyType === '8bitmime',
      smtpUtf8: env.smtpUtf8 === true,
      ...(dsn ? { dsn: { ret: dsn.ret ?? undefined, envid: dsn.envid ?? undefined } } : {}),
      size,
    };
  }

  private async relay(spooled: SpooledMessage, env: RelayEnvelope, header: string): Promise<string> {
    try {
      const r = await relayMessage(
        {
          ...this.opts.nextHop,
          name: this.opts.name ?? hostname(),
          ...(this.opts.relayTimeouts?.commandMs ? { commandTimeoutMs: this.opts.relayTimeouts.commandMs } : {}),
          ...(this.opts.relayTimeouts?.dataMs ? { dataTimeoutMs: this.opts.relayTimeouts.dataMs } : {}),
        },
        env,
        Buffer.from(header, 'latin1'),
        spooled.original(),
      );
      return r.reply;
    } catch (e) {
      const kind = e instanceof RelayError ? e.kind : 'error';
      this.opts.logger.warn(
        { event: 'smtp.relay-failed', message: spooled.id, kind, err: { message: scrub(String((e as Error).message)).slice(0, 300) } },
        `relay to next hop failed (${kind}); answered 451`,
      );
      throw tempfail(kind === 'rejected-recipient' ? 'next hop refused a recipient' : 'next hop unavailable');
    }
  }

  private async decideAndAct(spooled: SpooledMessage, session: SMTPServerSession): Promise<string> {
    const env = this.envelope(session, spooled.size);
    const sender = env.sender;
    const recipients = env.recipients.map((r) => r.address);
    const log = this.opts.logger;

    if (this.opts.passThrough) {
      const reply = await this.relay(spooled, env, 'X-Listguard-Verdict: pass-through\r\n');
      this.stats.relayed++;
      return `2.0.0 Ok: relayed (${ascii(reply, 120)})`;
    }

    const display = `${spooled.id}.eml`;
    // Attachment names cost a second MIME parse on the main thread: parsed
    // alongside the scan when a policy rule matches on them, otherwise only
    // once the decision is not a plain allow (incidents name attachments).
    let parsed: Promise<AttachmentNames> | undefined;
    const names = (): Promise<AttachmentNames> =>
      (parsed ??= attachmentNames(spooled.original()).then(
        (list) => ({ names: list, error: null }),
        (e: unknown) => ({ names: [], error: String((e as Error).message) }),
      ));
    const [scanned] = await this.untilClosing(Promise.all([this.opts.scan(spooled.source, display), this.attachmentRules ? names() : null]));
    const verdict = this.attachmentRules || scanned.unscannable.length ? withMimeCheck(scanned, await this.untilClosing(names()), display) : scanned;
    if (poolFailure(verdict)) {
      const n = (this.crashes.get(spooled.sha256) ?? 0) + 1;
      this.crashes.set(spooled.sha256, n);
      if (this.crashes.size > 10_000) this.crashes.delete(this.crashes.keys().next().value!);
      const maxRetries = this.opts.maxCrashRetries ?? 3;
      log.warn(
        { event: 'smtp.scan-failed', message: spooled.id, attempt: n, reasons: verdict.unscannable.map((u) => u.reason) },
        n < maxRetries ? 'scan failed (worker crash or hard timeout); answered 451' : 'scan failed again; letting the policy decide',
      );
      if (n < maxRetries) throw tempfail('scan failed');
    }
    if (this.closing.signal.aborted) throw tempfail('shutting down');

    // Cumulative per-sender count: only records going to external recipients count.
    const external = recipients.some((r) => !isInternalRecipient(r, sender, this.internal));
    const fps = verdict.recordFingerprints ?? [];
    // One sender's counted messages are decided one at a time, count → decide → relay → record:
    // otherwise ten concurrent mails would each see the count before the others and all slip under.
    if (this.opts.window && sender !== '' && external && fps.length) {
      return this.withSenderLock(sender, () => this.act(spooled, env, verdict, names, external, fps));
    }
    return this.act(spooled, env, verdict, names, external, fps);
  }

  private async withSenderLock<T>(sender: string, fn: () => Promise<T>): Promise<T> {
    const key = sender.toLowerCase();
    const prev = this.senderLocks.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const tail = prev.then(() => mine);
    this.senderLocks.set(key, tail);
    await prev;
    try {
      return await fn();
    } finally {
      release();
      if (this.senderLocks.get(key) === tail) this.senderLocks.delete(key);
    }
  }

  private async act(
    spooled: SpooledMessage,
    env: RelayEnvelope,
    scanned: Verdict,
    names: () => Promise<AttachmentNames>,
    external: boolean,
    fps: readonly string[],
  ): Promise<string> {
    const sender = env.sender;
    const recipients = env.recipients.map((r) => r.address);
    const log = this.opts.logger;
    if (this.closing.signal.aborted) throw tempfail('shutting down');
    let senderRecords24h: number | undefined;
    if (this.opts.window && sender !== '') {
      senderRecords24h = external ? this.opts.window.countWith(sender, fps) : this.opts.window.count(sender);
    }
    const subject: MailSubject = {
      kind: 'mail',
      sender,
      recipients,
      attachments: this.attachmentRules ? (await names()).names : [],
      ...(senderRecords24h !== undefined ? { senderRecords24h } : {}),
    };
    let verdict = scanned;
    let decision: Decision = evaluate(this.policy, verdict, 'smtp', subject);
    if (!this.attachmentRules && decision.action !== 'allow') {
      // No rule looks at attachment names, so they cannot change this decision
      // — unless the MIME structure turns out unreadable (corrupt): decide again then.
      const found = await this.untilClosing(names());
      subject.attachments = found.names;
      verdict = withMimeCheck(verdict, found, `${spooled.id}.eml`);
      if (found.error) decision = evaluate(this.policy, verdict, 'smtp', subject);
    }
    const base = {
      event: 'smtp.message',
      message: spooled.id,
      size: spooled.size,
      action: decision.action,
      rule: decision.enforcedBy,
      sensitivity: verdict.sensitivity,
      records: verdict.records,
      senderRecords24h,
      scanMs: verdict.ms,
    };

    switch (decision.action) {
      case 'allow':
      case 'alert': {
        const incident = this.opts.emitter.record({ verdict, decision, subject, channel: 'smtp' });
        const header = verdictHeader(decision, verdict, incident?.id);
        const reply = await this.relay(spooled, env, header);
        if (this.opts.window && sender !== '' && external && fps.length) this.opts.window.record(sender, fps);
        this.stats.relayed++;
        log.info({ ...base, incident: incident?.id }, `relayed ${spooled.id} (${decision.action})`);
        return `2.0.0 Ok: relayed${incident ? ` incident ${incident.id}` : ''} (${ascii(reply, 120)})`;
      }
      case 'quarantine': {
        const id = await this.opts.quarantine.put({
          content: spooled.original(),
          channel: 'smtp',
          subject,
          reasons: decision.reasons,
          findings: verdict.findings,
          sensitivity: verdict.sensitivity,
          action: 'quarantine',
        });
        const incident = this.opts.emitter.record({ verdict, decision, subject, channel: 'smtp', quarantineId: id });
        if (this.opts.home) {
          await appendAudit(this.opts.home, {
            event: 'smtp.quarantine',
            details: { id, incident: incident?.id ?? null, rule: decision.enforcedBy, policy: decision.policy, size: spooled.size },
          });
        }
        this.stats.quarantined++;
        log.info({ ...base, incident: incident?.id, quarantineId: id }, `quarantined ${spooled.id} as ${id}`);
        return `2.0.0 Ok: held in quarantine ${id}${incident ? ` incident ${incident.id}` : ''}`;
      }
      case 'block': {
        const incident = this.opts.emitter.record({ verdict, decision, subject, channel: 'smtp' });
        const fired = decision.reasons.find((r) => r.rule === decision.enforcedBy);
        const why = fired ? englishReason(fired.reason) : '';
        this.stats.blocked++;
        log.info({ ...base, incident: incident?.id }, `blocked ${spooled.id}`);
        throw new Reply(
          550,
          ascii(
            `5.7.1 Message rejected by data-loss policy ${fired?.policy ?? decision.policy}/${decision.enforcedBy ?? '?'}` +
              `${why ? `: ${why}` : ''}; incident ${incident?.id ?? 'none'}`,
            400,
          ),
        );
      }
    }
  }
}

/** `X-Listguard-Verdict:` for relayed mail: what was decided, never what was found. */
export function verdictHeader(decision: Decision, verdict: Verdict, incidentId: string | undefined): string {
  const parts = [
    decision.action,
    `sensitivity=${verdict.sensitivity}`,
    `records=${verdict.records}`,
    `policy=${ascii(decision.policy, 60)}`,
    ...(decision.enforcedBy ? [`rule=${ascii(decision.enforcedBy, 60)}`] : []),
    ...(decision.simulated.length ? [`simulated=${decision.simulated.map((s) => `${s.rule}:${s.would}`).join(',').slice(0, 200)}`] : []),
    ...(incidentId ? [`incident=${incidentId}`] : []),
  ];
  return `X-Listguard-Verdict: ${parts.join('; ')}\r\n`;
}

export async function startSmtpFilter(opts: SmtpFilterOptions): Promise<SmtpFilter> {
  const f = new SmtpFilter(opts);
  await f.listen();
  return f;
}

interface AttachmentNames {
  names: string[];
  error: string | null;
}

/** Unparseable MIME structure is an explicit outcome, not "no attachments". */
function withMimeCheck(verdict: Verdict, found: AttachmentNames, display: string): Verdict {
  if (!found.error) return verdict;
  return { ...verdict, unscannable: [...verdict.unscannable, { reason: 'corrupt', location: display, detail: 'MIME structure unreadable' }] };
}
