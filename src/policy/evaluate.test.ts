import { describe, expect, it } from 'vitest';
import type { FindingSummary, Sensitivity, UnscannableReason, Verdict } from '../types.js';
import { evaluate } from './evaluate.js';
import { mergePolicies, parsePolicy } from './load.js';
import type { Policy } from './policy.js';
import type { Subject } from './subject.js';

const THRESHOLDS = {
  secret: { records: 50, sensitive_records: 10 },
  confidential: { records: 5, sensitive_values: 1 },
  internal: { findings: 1 },
};

/** A policy from YAML text (header lines added), thresholds supplied. */
const policy = (body: string, head = 'name: t\n'): Policy =>
  mergePolicies([parsePolicy('t.yaml', `${head}${body}`)], { fallbackThresholds: THRESHOLDS });

const verdict = (
  o: Partial<Omit<Verdict, 'findings' | 'unscannable'>> & {
    findings?: Record<string, number>;
    unscannable?: UnscannableReason[];
  } = {},
): Verdict => ({
  path: o.path ?? 'list.csv',
  bytes: o.bytes ?? 1000,
  sensitivity: o.sensitivity ?? 'public',
  records: o.records ?? 0,
  sensitiveRecords: o.sensitiveRecords ?? 0,
  findings: Object.entries(o.findings ?? {}).map(
    ([detector, count]): FindingSummary => ({
      detector,
      count,
      category: 'personal',
      confidence: 'high',
      masked: [],
      locations: [],
    }),
  ),
  unscannable: (o.unscannable ?? []).map((reason) => ({ reason, location: 'list.csv' })),
  ms: 1,
});

const at = (sensitivity: Sensitivity, records = 0) => verdict({ sensitivity, records });
const mail = (sender: string, recipients: string[], attachments: string[] = ['a.xlsx'], senderRecords24h?: number): Subject => ({
  kind: 'mail',
  sender,
  recipients,
  attachments,
  ...(senderRecords24h !== undefined ? { senderRecords24h } : {}),
});
const file = (path: string, owner?: string): Subject => ({ kind: 'file', path, ...(owner ? { owner } : {}) });
const scan = (path = 'x.csv'): Subject => ({ kind: 'scan', path });

const rule = (id: string, action: string, when = '{}', extra = '') =>
  `  - id: ${id}\n    when: ${when}\n    action: ${action}\n    reason: reason of ${id}\n${extra}`;

describe('most severe wins, order breaks ties', () => {
  const p = policy(
    'rules:\n' +
      rule('a-alert', 'alert', '{ sensitivity: internal }', '    notify: [siem]\n') +
      rule('b-block', 'block', '{ sensitivity: secret }', '    notify: [mail]\n') +
      rule('c-quarantine', 'quarantine', '{ sensitivity: confidential }') +
      rule('d-block', 'block', '{ records: ">= 100" }', '    notify: [siem, pager]\n') +
      rule('e-allow', 'allow'),
  );

  it('no rule fired → allow, enforcedBy null', () => {
    const q = policy('rules:\n' + rule('only', 'block', '{ sensitivity: secret }'));
    expect(evaluate(q, at('confidential'), 'scan', scan())).toEqual({
      action: 'allow',
      enforcedBy: null,
      reasons: [],
      simulated: [],
      notify: [],
      policy: 't',
    });
  });

  it('picks the most severe action regardless of order', () => {
    const d = evaluate(p, at('confidential'), 'scan', scan());
    expect(d.action).toBe('quarantine');
    expect(d.enforcedBy).toBe('c-quarantine');
    expect(d.reasons.map((r) => [r.rule, r.action])).toEqual([
      ['a-alert', 'alert'],
      ['c-quarantine', 'quarantine'],
      ['e-allow', 'allow'],
    ]);
  });

  it('names the first of equally severe rules, and lists every rule that fired', () => {
    const d = evaluate(p, at('secret', 200), 'scan', scan());
    expect(d.action).toBe('block');
    expect(d.enforcedBy).toBe('b-block');
    expect(d.reasons.map((r) => r.rule)).toEqual(['a-alert', 'b-block', 'c-quarantine', 'd-block', 'e-allow']);
    expect(d.reasons[1]).toMatchObject({ policy: 't', mode: 'enforce', reason: 'reason of b-block' });
    expect(d.reasons[3]?.matched).toEqual(['records 200 >= 100']);
  });

  it('unions the notify targets of every enforce-mode rule that fired', () => {
    expect(evaluate(p, at('secret', 200), 'scan', scan()).notify).toEqual(['mail', 'pager', 'siem']);
    expect(evaluate(p, at('internal'), 'scan', scan()).notify).toEqual(['siem']);
  });

  it('an allow rule that fires alone is named', () => {
    const d = evaluate(p, at('public'), 'scan', scan());
    expect([d.action, d.enforcedBy]).toEqual(['allow', 'e-allow']);
  });

  it('an allow rule cannot override a more severe one', () => {
    const q = policy('rules:\n' + rule('allow-first', 'allow') + rule('then-alert', 'alert'));
    expect(evaluate(q, at('public'), 'scan', scan()).action).toBe('alert');
  });
});

describe('simulate mode', () => {
  it('per rule: computed and listed, not enforced, notify not sent', () => {
    const p = policy(
      'rules:\n' +
        rule('try-block', 'block', '{ sensitivity: secret }', '    mode: simulate\n    notify: [sec]\n') +
        rule('real-alert', 'alert', '{ sensitivity: confidential }'),
    );
    const d = evaluate(p, at('secret'), 'scan', scan());
    expect(d.action).toBe('alert');
    expect(d.enforcedBy).toBe('real-alert');
    expect(d.simulated).toEqual([{ rule: 'try-block', would: 'block' }]);
    expect(d.reasons.map((r) => [r.rule, r.mode])).toEqual([
      ['try-block', 'simulate'],
      ['real-alert', 'enforce'],
    ]);
    expect(d.notify).toEqual([]);
  });

  it('per policy: nothing enforced; a rule may opt back into enforce', () => {
    const body = 'rules:\n' + rule('p-block', 'block') + rule('p-alert', 'alert', '{}', '    mode: enforce\n');
    const p = policy(body, 'name: t\nmode: simulate\n');
    const d = evaluate(p, at('secret'), 'scan', scan());
    expect(d.action).toBe('alert');
    expect(d.enforcedBy).toBe('p-alert');
    expect(d.simulated).toEqual([{ rule: 'p-block', would: 'block' }]);
  });

  it('all simulated → allow with enforcedBy null, the would-be actions still visible', () => {
    const p = policy('rules:\n' + rule('p-block', 'block'), 'name: t\nmode: simulate\n');
    const d = evaluate(p, at('secret'), 'smtp', mail('a@corp.example', ['b@gmail.com']));
    expect([d.action, d.enforcedBy, d.simulated]).toEqual(['allow', null, [{ rule: 'p-block', would: 'block' }]]);
  });
});

describe('recipients: internal and external', () => {
  const rules =
    'rules:\n' +
    rule('ext', 'block', '{ recipients: external }') +
    rule('int', 'alert', '{ recipients: internal }') +
    rule('any', 'allow', '{ recipients: any }');
  const fired = (p: Policy, s: Subject) => evaluate(p, at('secret'), 'smtp', s).reasons.map((r) => r.rule);

  it('empty internal_domains: the sender domain (and its subdomains) is internal', () => {
    const p = policy(rules);
    expect(fired(p, mail('a@corp.example', ['b@corp.example', 'c@HR.Corp.Example']))).toEqual(['int', 'any']);
    expect(fired(p, mail('a@corp.example', ['b@gmail.com']))).toEqual(['ext', 'any']);
    // A look-alike suffix is not a subdomain.
    expect(fired(p, mail('a@corp.example', ['b@evilcorp.example']))).toEqual(['ext', 'any']);
  });

  it('one external recipient among internal ones makes the mail external', () => {
    expect(fired(policy(rules), mail('a@corp.example', ['b@corp.example', 'c@gmail.com']))).toEqual(['ext', 'any']);
  });

  it('configured internal_domains replace the sender rule', () => {
    const p = policy(rules, 'name: t\ninternal_domains: [corp.example, Corp-Sub.CN]\n');
    expect(fired(p, mail('a@corp.example', ['b@corp-sub.cn', 'c@x.corp.example']))).toEqual(['int', 'any']);
    // The sender's own domain no longer counts when it is not listed.
    expect(fired(p, mail('a@other.example', ['b@other.example']))).toEqual(['ext', 'any']);
  });

  it('fails closed: null sender or address without a domain → external', () => {
    const p = policy(rules);
    expect(fired(p, mail('', ['b@corp.example']))).toEqual(['ext', 'any']);
    expect(fired(p, mail('a@corp.example', ['postmaster']))).toEqual(['ext', 'any']);
  });

  it('recipient conditions never match a file, a scan, or a mail without recipients', () => {
    const p = policy(rules);
    expect(fired(p, file('/srv/a.csv'))).toEqual([]);
    expect(fired(p, scan())).toEqual([]);
    expect(fired(p, mail('a@corp.example', []))).toEqual([]);
  });

  it('each rule reads the internal_domains of its own file', () => {
    const a = parsePolicy('a.yaml', 'name: a\ninternal_domains: [corp.example]\nrules:\n' + rule('a-ext', 'block', '{ recipients: external }'));
    const b = parsePolicy('b.yaml', 'name: b\nrules:\n' + rule('b-ext', 'alert', '{ recipients: external }'));
    const p = mergePolicies([a, b], { fallbackThresholds: THRESHOLDS });
    const d = evaluate(p, at('secret'), 'smtp', mail('x@partner.example', ['y@partner.example']));
    expect(d.reasons.map((r) => [r.rule, r.policy])).toEqual([['a-ext', 'a']]);
    expect(d.policy).toBe('a+b');
  });
});

describe('conditions', () => {
  const one = (when: string) => policy('rules:\n' + rule('r', 'block', when));
  const fires = (when: string, v: Verdict, channel: 'file' | 'smtp' | 'scan', s: Subject) =>
    evaluate(one(when), v, channel, s).action === 'block';

  it('channel', () => {
    expect(fires('{ channel: [smtp, file] }', at('public'), 'file', file('a'))).toBe(true);
    expect(fires('{ channel: smtp }', at('public'), 'scan', scan())).toBe(false);
  });

  it('sensitivity is "at or above"', () => {
    const w = '{ sensitivity: confidential }';
    expect(fires(w, at('internal'), 'scan', scan())).toBe(false);
    expect(fires(w, at('confidential'), 'scan', scan())).toBe(true);
    expect(fires(w, at('secret'), 'scan', scan())).toBe(true);
  });

  it('detector counts: all must hold; an absent detector counts 0', () => {
    const w = '{ detectors: { cn_resident_id: ">= 1", cn_mobile: "> 5" } }';
    expect(fires(w, verdict({ findings: { cn_resident_id: 1, cn_mobile: 6 } }), 'scan', scan())).toBe(true);
    expect(fires(w, verdict({ findings: { cn_resident_id: 1, cn_mobile: 5 } }), 'scan', scan())).toBe(false);
    expect(fires(w, verdict({ findings: { cn_mobile: 9 } }), 'scan', scan())).toBe(false);
    expect(fires('{ detectors: { bank_card: "< 1" } }', verdict(), 'scan', scan())).toBe(true);
    expect(fires('{ detectors: { email: "== 3" } }', verdict({ findings: { email: 3 } }), 'scan', scan())).toBe(true);
    expect(fires('{ detectors: { email: "<= 2" } }', verdict({ findings: { email: 3 } }), 'scan', scan())).toBe(false);
  });

  it('records and sensitive_records; a bare number means >=', () => {
    expect(fires('{ records: 10 }', verdict({ records: 10 }), 'scan', scan())).toBe(true);
    expect(fires('{ records: 10 }', verdict({ records: 9 }), 'scan', scan())).toBe(false);
    expect(fires('{ sensitive_records: "> 0" }', verdict({ sensitiveRecords: 1 }), 'scan', scan())).toBe(true);
    expect(fires('{ sensitive_records: "> 0" }', verdict({ records: 5 }), 'scan', scan())).toBe(false);
  });

  it('unscannable: any listed reason present; `any` means every reason', () => {
    const w = '{ unscannable: [encrypted, max-bytes] }';
    expect(fires(w, verdict({ unscannable: ['corrupt', 'max-bytes'] }), 'scan', scan())).toBe(true);
    expect(fires(w, verdict({ unscannable: ['corrupt'] }), 'scan', scan())).toBe(false);
    expect(fires(w, verdict(), 'scan', scan())).toBe(false);
    expect(fires('{ unscannable: any }', verdict({ unscannable: ['worker-crashed'] }), 'scan', scan())).toBe(true);
  });

  it('mail: sender, recipient domains and addresses, attachments (case-insensitive)', () => {
    const s = mail('Alice@Corp.Example', ['bob@mail.partner.cn', 'eve@gmail.com'], ['Q3 客户.XLSX', 'note.txt']);
    const v = at('public');
    expect(fires('{ sender: ["*@corp.example"] }', v, 'smtp', s)).toBe(true);
    expect(fires('{ sender: ["*@other.example"] }', v, 'smtp', s)).toBe(false);
    expect(fires('{ recipient_domains: ["*.partner.cn"] }', v, 'smtp', s)).toBe(true);
    expect(fires('{ recipient_domains: ["partner.cn"] }', v, 'smtp', s)).toBe(false);
    expect(fires('{ recipient_addresses: ["EVE@gmail.com"] }', v, 'smtp', s)).toBe(true);
    expect(fires('{ attachments: ["*.xlsx"] }', v, 'smtp', s)).toBe(true);
    expect(fires('{ attachments: ["*.pdf"] }', v, 'smtp', s)).toBe(false);
    expect(fires('{ sender: ["*"] }', v, 'file', file('a'))).toBe(false);
  });

  it('file and scan: path globs (basename for patterns without /), owner', () => {
    const v = at('public');
    expect(fires('{ path: ["/srv/share/finance/**"] }', v, 'file', file('/srv/share/finance/2024/.q3.csv'))).toBe(true);
    expect(fires('{ path: ["/srv/share/finance/**"] }', v, 'file', file('/srv/share/hr/q3.csv'))).toBe(false);
    expect(fires('{ path: ["*.csv"] }', v, 'scan', scan('exports/q3.csv'))).toBe(true);
    expect(fires('{ path: ["*.csv"] }', v, 'smtp', mail('a@b.c', ['d@e.f'], ['q3.csv']))).toBe(false);
    expect(fires('{ owner: [alice, "svc-*"] }', v, 'file', file('/x', 'svc-backup'))).toBe(true);
    expect(fires('{ owner: [alice] }', v, 'file', file('/x', 'bob'))).toBe(false);
    expect(fires('{ owner: [alice] }', v, 'file', file('/x'))).toBe(false);
  });

  it('sender_records_24h: an absent counter never matches', () => {
    const w = '{ sender_records_24h: ">= 200" }';
    expect(fires(w, at('public'), 'smtp', mail('a@b.c', ['d@e.f'], [], 250))).toBe(true);
    expect(fires(w, at('public'), 'smtp', mail('a@b.c', ['d@e.f'], [], 199))).toBe(false);
    expect(fires(w, at('public'), 'smtp', mail('a@b.c', ['d@e.f']))).toBe(false);
    expect(fires('{ sender_records_24h: "< 10" }', at('public'), 'smtp', mail('a@b.c', ['d@e.f']))).toBe(false);
  });

  it('owner_records_24h: the file owner’s count; never matches without one', () => {
    const w = '{ owner_records_24h: ">= 50" }';
    const counted = (n: number): Subject => ({ kind: 'file', path: '/srv/share/p7.csv', owner: 'alice', ownerRecords24h: n });
    expect(fires(w, at('confidential'), 'file', counted(52))).toBe(true);
    expect(fires(w, at('confidential'), 'file', counted(49))).toBe(false);
    expect(fires(w, at('confidential'), 'file', file('/srv/share/p7.csv', 'alice'))).toBe(false);
    expect(fires('{ owner_records_24h: "< 10" }', at('public'), 'file', file('/x', 'alice'))).toBe(false);
    expect(fires(w, at('public'), 'smtp', mail('a@b.c', ['d@e.f'], [], 250))).toBe(false);
  });

  it('conditions are ANDed and explained', () => {
    const p = one('{ channel: smtp, sensitivity: confidential, records: ">= 10", recipients: external }');
    const v = verdict({ sensitivity: 'secret', records: 12 });
    const d = evaluate(p, v, 'smtp', mail('a@corp.example', ['b@gmail.com', 'c@corp.example']));
    expect(d.reasons[0]?.matched).toEqual([
      'channel smtp',
      'sensitivity secret >= confidential',
      'records 12 >= 10',
      'recipients external (1 of 2)',
    ]);
    expect(evaluate(p, verdict({ sensitivity: 'secret', records: 9 }), 'smtp', mail('a@corp.example', ['b@gmail.com'])).action).toBe('allow');
  });

  it('is pure: the same input gives the same decision and nothing is mutated', () => {
    const p = one('{ sensitivity: secret }');
    const v = at('secret', 60);
    const before = JSON.stringify(v);
    expect(evaluate(p, v, 'scan', scan())).toEqual(evaluate(p, v, 'scan', scan()));
    expect(JSON.stringify(v)).toBe(before);
  });
});
