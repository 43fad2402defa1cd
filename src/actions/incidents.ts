// Incidents: one structured event per non-allow decision, SIEM-ready, masked
// only. Built from the verdict's masked samples and counts; `values` is never
// read. Alert storms (same rules + subject within a window) collapse into one
// incident: the first occurrence is emitted at once, and when the window
// closes an `incident.aggregate` line with the same id carries the count.
import { basename } from 'node:path';
import type { Logger } from 'pino';
import { scrub } from '../log/mask.js';
import type { Sensitivity, Verdict } from '../types.js';
import { newId } from './ids.js';
import { actionRank, type Action, type Channel, type DecisionLike, type Subject } from './types.js';

export interface IncidentDetector {
  detector: string;
  count: number;
  confidence: string;
  /** Masked samples only. */
  samples: string[];
}

export type IncidentSubject =
  | { kind: 'file'; path: string; name: string; owner?: string }
  | { kind: 'mail'; from: string; to: string[]; attachments: string[] };

export interface Incident {
  id: string;
  time: string;
  channel: Channel;
  action: Action;
  /** True in simulate mode: `action` is what would have happened. */
  simulate: boolean;
  /** "blocked" / "would have blocked" — for humans reading a mail or a SIEM table. */
  outcome: string;
  sensitivity: Sensitivity;
  detectors: IncidentDetector[];
  records: number;
  sensitiveRecords: number;
  unscannable: { reason: string; location: string }[];
  rules: string[];
  reasons: { rule: string; action: Action; mode: 'enforce' | 'simulate'; reason: string }[];
  subject: IncidentSubject;
  notify: string[];
  quarantineId?: string;
  /** Occurrences aggregated into this incident (1 unless a storm). */
  count: number;
  firstSeen: string;
  lastSeen: string;
}

const PAST: Record<Action, string> = { allow: 'allowed', alert: 'alerted', quarantine: 'quarantined', block: 'blocked' };
const MAX_SAMPLES = 3;

function incidentSubject(s: Subject): IncidentSubject {
  if (s.kind !== 'mail') {
    return { kind: 'file', path: scrub(s.path), name: scrub(basename(s.path)), ...(s.kind === 'file' && s.owner ? { owner: scrub(s.owner) } : {}) };
  }
  return { kind: 'mail', from: scrub(s.sender), to: s.recipients.map(scrub), attachments: s.attachments.map(scrub) };
}

export interface IncidentInput {
  verdict: Verdict;
  decision: DecisionLike;
  subject: Subject;
  channel: Channel;
  quarantineId?: string;
  now?: Date;
}

export function incidentFromDecision(input: IncidentInput): Incident {
  const { verdict: v, decision: d } = input;
  const time = (input.now ?? new Date()).toISOString();
  // Nothing enforced but simulate-mode rules fired: report what would have happened.
  const would = (d.simulated ?? []).reduce<Action>((a, s) => (actionRank(s.would) > actionRank(a) ? s.would : a), 'allow');
  const simulate = d.action === 'allow' && would !== 'allow';
  const action = simulate ? would : d.action;
  return {
    id: newId('inc', Date.parse(time)),
    time,
    channel: input.channel,
    action,
    simulate,
    outcome: simulate ? `would have ${PAST[action]}` : PAST[action],
    sensitivity: v.sensitivity,
    detectors: v.findings.map((f) => ({
      detector: f.detector,
      count: f.count,
      confidence: f.confidence,
      samples: f.masked.slice(0, MAX_SAMPLES).map(scrub),
    })),
    records: v.records,
    sensitiveRecords: v.sensitiveRecords,
    unscannable: v.unscannable.map((u) => ({ reason: u.reason, location: scrub(u.location) })),
    rules: [...new Set(d.reasons.map((r) => r.rule))],
    reasons: d.reasons.map((r) => ({ rule: r.rule, action: r.action, mode: r.mode ?? 'enforce', reason: scrub(r.reason) })),
    subject: incidentSubject(input.subject),
    notify: [...d.notify],
    ...(input.quarantineId ? { quarantineId: input.quarantineId } : {}),
    count: 1,
    firstSeen: time,
    lastSeen: time,
  };
}

/** Where incidents go besides the log. notify() must never block or throw. */
export interface Notifier {
  readonly name: string;
  notify(incident: Incident): void;
  /** Deliver what is queued (up to timeoutMs), then stop. */
  close(timeoutMs?: number): Promise<void>;
}

export interface IncidentEmitterOptions {
  logger: Logger;
  /** Aggregation window; default 60 s. 0 disables aggregation. */
  windowMs?: number;
  /** Notifiers by the names policies use in `notify:`. */
  notifiers?: Record<string, Notifier>;
  /** Bound on open aggregation windows; the oldest is flushed when exceeded. */
  maxOpen?: number;
}

interface Open {
  incident: Incident;
  timer: NodeJS.Timeout;
}

export class IncidentEmitter {
  private readonly windowMs: number;
  private readonly maxOpen: number;
  private readonly open = new Map<string, Open>();
  private readonly notifiers: Record<string, Notifier>;
  readonly counts = { emitted: 0, aggregated: 0, unknownNotifier: 0 };

  constructor(private readonly opts: IncidentEmitterOptions) {
    this.windowMs = opts.windowMs ?? 60_000;
    this.maxOpen = opts.maxOpen ?? 10_000;
    this.notifiers = opts.notifiers ?? {};
  }

  /** Build and emit; returns undefined for `allow` (nothing to report). */
  record(input: IncidentInput): Incident | undefined {
    const incident = incidentFromDecision(input);
    return incident.action === 'allow' ? undefined : this.emit(incident);
  }

  /** Emit an incident, or fold it into an open one; returns the incident that stands. */
  emit(incident: Incident): Incident {
    if (incident.action === 'allow') return incident;
    const key = aggregationKey(incident);
    const existing = this.windowMs > 0 ? this.open.get(key) : undefined;
    if (existing) {
      existing.incident.count++;
      existing.incident.lastSeen = incident.time;
      this.counts.aggregated++;
      return existing.incident;
    }
    this.write('incident', incident);
    if (this.windowMs > 0) {
      if (this.open.size >= this.maxOpen) {
        const oldest = this.open.keys().next().value;
        if (oldest !== undefined) this.flushKey(oldest);
      }
      const timer = setTimeout(() => this.flushKey(key), this.windowMs);
      timer.unref();
      this.open.set(key, { incident, timer });
    }
    return incident;
  }

  private flushKey(key: string) {
    const o = this.open.get(key);
    if (!o) return;
    clearTimeout(o.timer);
    this.open.delete(key);
    if (o.incident.count > 1) this.write('incident.aggregate', o.incident);
  }

  private write(event: 'incident' | 'incident.aggregate', incident: Incident) {
    this.counts.emitted++;
    const level = incident.action === 'alert' ? 'info' : 'warn';
    this.opts.logger[level]({ event, incident }, `${event} ${incident.id}: ${incident.outcome} (${incident.rules.join(', ')})`);
    for (const name of incident.notify) {
      const n = this.notifiers[name];
      if (n) n.notify(structuredClone(incident));
      else this.counts.unknownNotifier++;
    }
  }

  /** Flush open windows and drain notifiers. */
  async close(timeoutMs = 10_000): Promise<void> {
    for (const key of [...this.open.keys()]) this.flushKey(key);
    await Promise.all(Object.values(this.notifiers).map((n) => n.close(timeoutMs)));
  }
}

export function aggregationKey(i: Incident): string {
  const subject = i.subject.kind !== 'mail' ? `f:${i.subject.path}` : `m:${i.subject.from}>${[...i.subject.to].sort().join(',')}`;
  return `${i.channel}|${i.action}|${i.simulate}|${[...i.rules].sort().join(',')}|${subject}`;
}
