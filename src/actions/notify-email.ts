// E-mail notifier via nodemailer: a short bilingual summary of the incident
// (masked samples, rule ids) plus the incident JSON for tooling. Delivery goes
// through the same bounded retry queue as webhooks: a slow relay never blocks.
import nodemailer from 'nodemailer';
import { z } from 'zod';
import { DeliveryQueue, type DeliveryStats } from './delivery-queue.js';
import type { Incident, Notifier } from './incidents.js';

export const emailConfigSchema = z.strictObject({
  host: z.string().min(1),
  port: z.number().int().min(1).max(65535).default(25),
  /** `implicit` = SMTPS (465); `starttls` = require STARTTLS; `none` = plain (local relay only). */
  tls: z.enum(['implicit', 'starttls', 'opportunistic', 'none']).default('opportunistic'),
  from: z.string().min(3),
  to: z.array(z.string().min(3)).min(1),
  user: z.string().optional(),
  pass_env: z.string().optional(),
  timeout_ms: z.number().int().positive().default(10_000),
  max_attempts: z.number().int().min(1).max(20).default(3),
  queue_size: z.number().int().min(1).max(10_000).default(200),
  backoff_ms: z.number().int().positive().default(1_000),
});
export type EmailConfig = z.infer<typeof emailConfigSchema>;

export function formatIncidentMail(i: Incident): { subject: string; text: string } {
  const subj = i.subject.kind !== 'mail' ? i.subject.path : `${i.subject.from} → ${i.subject.to.join(', ')}`;
  const lines = [
    `listguard 安全事件 / incident ${i.id}`,
    ``,
    `结果 / Outcome:      ${i.outcome}${i.simulate ? ' (模拟 / simulate)' : ''}`,
    `通道 / Channel:      ${i.channel}`,
    `密级 / Sensitivity:  ${i.sensitivity}`,
    `对象 / Subject:      ${subj}`,
    ...(i.subject.kind === 'mail' && i.subject.attachments.length ? [`附件 / Attachments:  ${i.subject.attachments.join(', ')}`] : []),
    `记录数 / Records:    ${i.records} (sensitive ${i.sensitiveRecords})`,
    `规则 / Rules:        ${i.rules.join(', ')}`,
    ...(i.quarantineId ? [`隔离编号 / Quarantine id: ${i.quarantineId}`] : []),
    ...(i.count > 1 ? [`次数 / Occurrences: ${i.count} (${i.firstSeen} – ${i.lastSeen})`] : []),
    ``,
    `检测结果 / Detectors (masked samples):`,
    ...i.detectors.map((d) => `  - ${d.detector}: ${d.count} (${d.confidence}) ${d.samples.join(' ')}`),
    ...i.unscannable.map((u) => `  - unscannable: ${u.reason} at ${u.location}`),
    ``,
    `原因 / Reasons:`,
    ...i.reasons.map((r) => `  - ${r.rule} → ${r.action}: ${r.reason}`),
    ``,
    `-- incident JSON --`,
    JSON.stringify(i, null, 2),
    ``,
  ];
  const prefix = i.simulate ? '[listguard][simulate]' : '[listguard]';
  return { subject: `${prefix} ${i.outcome} · ${i.sensitivity} · ${i.channel} · ${i.id}`, text: lines.join('\n') };
}

export class EmailNotifier implements Notifier {
  private readonly queue: DeliveryQueue<Incident>;
  private readonly transport;
  readonly errors: string[] = [];

  constructor(
    readonly name: string,
    cfg: EmailConfig,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    const pass = cfg.pass_env ? env[cfg.pass_env] : undefined;
    this.transport = nodemailer.createTransport({
      host: cfg.host,
      port: cfg.port,
      secure: cfg.tls === 'implicit',
      requireTLS: cfg.tls === 'starttls',
      ignoreTLS: cfg.tls === 'none',
      connectionTimeout: cfg.timeout_ms,
      greetingTimeout: cfg.timeout_ms,
      socketTimeout: cfg.timeout_ms,
      ...(cfg.user ? { auth: { user: cfg.user, pass: pass ?? '' } } : {}),
    });
    this.queue = new DeliveryQueue<Incident>({
      capacity: cfg.queue_size,
      maxAttempts: cfg.max_attempts,
      baseDelayMs: cfg.backoff_ms,
      send: async (i) => {
        const m = formatIncidentMail(i);
        await this.transport.sendMail({
          from: cfg.from,
          to: cfg.to,
          subject: m.subject,
          text: m.text,
          headers: { 'X-Listguard-Incident': i.id },
        });
      },
      onFailure: (e) => {
        if (this.errors.length < 20) this.errors.push(e instanceof Error ? e.message : String(e));
      },
    });
  }

  notify(incident: Incident): void {
    this.queue.push(incident);
  }

  stats(): DeliveryStats {
    return { ...this.queue.stats };
  }

  async close(timeoutMs?: number): Promise<void> {
    await this.queue.close(timeoutMs);
    this.transport.close();
  }
}
