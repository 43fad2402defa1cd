// (policy, verdict, channel, subject) → decision. Pure: no I/O, no clock, no
// globals, so the file daemon, the SMTP filter and the CLI decide alike and
// every case is a unit test.
import { sensitivityRank, type Verdict } from '../types.js';
import type { Policy, PolicyRule } from './policy.js';
import { actionSeverity, type Action, type Channel, type Comparison, type Conditions, type Mode } from './schema.js';
import { isInternalRecipient, type MailSubject, type Subject } from './subject.js';

export interface FiredRule {
  rule: string;
  /** The `name:` of the policy file the rule came from. */
  policy: string;
  action: Action;
  mode: Mode;
  reason: string;
  /** Why each condition held, e.g. `records 200 >= 10`. Never a scanned value. */
  matched: string[];
}

export interface Decision {
  /** The enforced action: the most severe of the enforce-mode rules that fired; allow if none. */
  action: Action;
  /** The first enforce-mode rule with that action, or null when none fired. */
  enforcedBy: string | null;
  /** Every rule that fired, in policy order, simulate-mode ones included. */
  reasons: FiredRule[];
  /** Simulate-mode rules that fired: log "would have …", do nothing. */
  simulated: { rule: string; would: Action }[];
  /** Union of the notify targets of the enforce-mode rules that fired, sorted. */
  notify: string[];
  policy: string;
}

const compare = (n: number, c: Comparison): boolean => {
  switch (c.op) {
    case '>=':
      return n >= c.value;
    case '>':
      return n > c.value;
    case '==':
      return n === c.value;
    case '<=':
      return n <= c.value;
    case '<':
      return n < c.value;
  }
};

const cmpText = (label: string, n: number, c: Comparison): string | null =>
  compare(n, c) ? `${label} ${n} ${c.op} ${c.value}` : null;

const mailOf = (s: Subject): MailSubject | null => (s.kind === 'mail' ? s : null);

/** One condition's check: an explanation when it holds, null when it does not. */
type Check = (rule: PolicyRule, verdict: Verdict, channel: Channel, subject: Subject) => string | null;

const CHECKS: { [K in keyof Conditions]-?: Check } = {
  channel: (r, _v, channel) => (r.when.channel!.includes(channel) ? `channel ${channel}` : null),
  sensitivity: (r, v) => {
    const min = r.when.sensitivity!;
    return sensitivityRank(v.sensitivity) >= sensitivityRank(min) ? `sensitivity ${v.sensitivity} >= ${min}` : null;
  },
  detectors: (r, v) => {
    const out: string[] = [];
    for (const [id, c] of Object.entries(r.when.detectors!)) {
      // A detector may appear in several summaries (e.g. per confidence); counts add up.
      const n = v.findings.reduce((sum, f) => (f.detector === id ? sum + f.count : sum), 0);
      const t = cmpText(id, n, c);
      if (t === null) return null;
      out.push(t);
    }
    return out.join(', ');
  },
  records: (r, v) => cmpText('records', v.records, r.when.records!),
  sensitive_records: (r, v) => cmpText('sensitive_records', v.sensitiveRecords, r.when.sensitive_records!),
  unscannable: (r, v) => {
    const hit = [...new Set(v.unscannable.map((u) => u.reason).filter((x) => r.when.unscannable!.includes(x)))];
    return hit.length > 0 ? `unscannable ${hit.join(', ')}` : null;
  },
  recipients: (r, _v, _c, s) => {
    const mail = mailOf(s);
    if (!mail || mail.recipients.length === 0) return null;
    const scope = r.when.recipients!;
    if (scope === 'any') return 'recipients any';
    const internal = (a: string) => isInternalRecipient(a, mail.sender, r.internalDomains);
    if (scope === 'external') {
      const n = mail.recipients.filter((a) => !internal(a)).length;
      return n > 0 ? `recipients external (${n} of ${mail.recipients.length})` : null;
    }
    return mail.recipients.every(internal) ? 'recipients all internal' : null;
  },
  recipient_domains: (r, _v, _c, s) => {
    const hit = mailOf(s)?.recipients.find((a) => {
      const at = a.lastIndexOf('@');
      return at >= 0 && r.when.recipient_domains!.test(a.slice(at + 1).toLowerCase());
    });
    return hit !== undefined ? `recipient domain ${hit.slice(hit.lastIndexOf('@') + 1)}` : null;
  },
  recipient_addresses: (r, _v, _c, s) => {
    const hit = mailOf(s)?.recipients.find((a) => r.when.recipient_addresses!.test(a.toLowerCase()));
    return hit !== undefined ? `recipient ${hit}` : null;
  },
  sender: (r, _v, _c, s) => {
    const mail = mailOf(s);
    return mail && r.when.sender!.test(mail.sender.toLowerCase()) ? `sender ${mail.sender}` : null;
  },
  attachments: (r, _v, _c, s) => {
    const hit = mailOf(s)?.attachments.find((a) => r.when.attachments!.test(a));
    return hit !== undefined ? `attachment ${hit}` : null;
  },
  path: (r, _v, _c, s) => (s.kind !== 'mail' && r.when.path!.test(s.path) ? `path ${s.path}` : null),
  owner: (r, _v, _c, s) =>
    s.kind === 'file' && s.owner !== undefined && r.when.owner!.test(s.owner) ? `owner ${s.owner}` : null,
  sender_records_24h: (r, _v, _c, s) => {
    // Absent counter (not tracked on this channel or not yet) → false, by design.
    const n = mailOf(s)?.senderRecords24h;
    return n === undefined ? null : cmpText('sender_records_24h', n, r.when.sender_records_24h!);
  },
  owner_records_24h: (r, _v, _c, s) => {
    const n = s.kind === 'file' ? s.ownerRecords24h : undefined;
    return n === undefined ? null : cmpText('owner_records_24h', n, r.when.owner_records_24h!);
  },
};

const CHECK_KEYS = Object.keys(CHECKS) as (keyof Conditions)[];

/** Explanations of every condition when all hold (all must: conditions are ANDed), else null. */
function match(rule: PolicyRule, verdict: Verdict, channel: Channel, subject: Subject): string[] | null {
  const why: string[] = [];
  for (const key of CHECK_KEYS) {
    if (rule.when[key] === undefined) continue;
    const t = CHECKS[key](rule, verdict, channel, subject);
    if (t === null) return null;
    why.push(t);
  }
  return why;
}

export function evaluate(policy: Policy, verdict: Verdict, channel: Channel, subject: Subject): Decision {
  const reasons: FiredRule[] = [];
  const simulated: Decision['simulated'] = [];
  const notify = new Set<string>();
  let action: Action = 'allow';
  let enforcedBy: string | null = null;
  for (const rule of policy.rules) {
    const matched = match(rule, verdict, channel, subject);
    if (matched === null) continue;
    reasons.push({ rule: rule.id, policy: rule.policy, action: rule.action, mode: rule.mode, reason: rule.reason, matched });
    if (rule.mode === 'simulate') {
      simulated.push({ rule: rule.id, would: rule.action });
      continue;
    }
    for (const n of rule.notify) notify.add(n);
    // Strictly greater: among equally severe rules the first in policy order is named.
    if (enforcedBy === null || actionSeverity(rule.action) > actionSeverity(action)) {
      action = rule.action;
      enforcedBy = rule.id;
    }
  }
  return { action, enforcedBy, reasons, simulated, notify: [...notify].sort(), policy: policy.name };
}
