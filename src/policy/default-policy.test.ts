// The shipped default policy (rules/policies/default.yaml) decides the cases
// issue 4 names. Verdicts are what the classifier reports for synthetic
// inputs: a 200-row customer export is secret with 200 records; a signature
// with one phone number is internal.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Sensitivity, UnscannableReason, Verdict } from '../types.js';
import { evaluate } from './evaluate.js';
import { loadDefaultPolicy } from './load.js';
import type { Policy } from './policy.js';
import type { Subject } from './subject.js';

const verdict = (sensitivity: Sensitivity, records: number, unscannable: UnscannableReason[] = []): Verdict => ({
  path: 'customers.csv',
  bytes: 20_000,
  sensitivity,
  records,
  sensitiveRecords: sensitivity === 'secret' ? records : 0,
  findings:
    records > 0
      ? [{ detector: 'cn_mobile', category: 'personal', count: records, confidence: 'high', masked: [], locations: [] }]
      : [],
  unscannable: unscannable.map((reason) => ({ reason, location: 'customers.zip' })),
  ms: 3,
});

const list200 = verdict('secret', 200);
const signature = verdict('internal', 0);
const memo = verdict('confidential', 6);
const encryptedZip = verdict('public', 0, ['encrypted']);
const mail = (to: string[], from = 'sales@corp.example'): Subject => ({
  kind: 'mail',
  sender: from,
  recipients: to,
  attachments: ['customers.csv'],
});

let policy: Policy;
beforeAll(async () => {
  policy = await loadDefaultPolicy();
});

const decide = (v: Verdict, channel: 'file' | 'smtp' | 'scan', s: Subject) => {
  const d = evaluate(policy, v, channel, s);
  return { action: d.action, by: d.enforcedBy };
};

describe('default policy: mail', () => {
  it('200-row list to gmail.com → block', () => {
    expect(decide(list200, 'smtp', mail(['someone@gmail.com']))).toEqual({ action: 'block', by: 'mail-secret-external' });
  });

  it('200-row list to one internal and one external recipient → block', () => {
    expect(decide(list200, 'smtp', mail(['boss@corp.example', 'x@gmail.com'])).action).toBe('block');
  });

  it('200-row list internal-to-internal → allowed, but alerted (secret only)', () => {
    const d = evaluate(policy, list200, 'smtp', mail(['boss@corp.example']));
    expect([d.action, d.enforcedBy]).toEqual(['alert', 'mail-secret-internal']);
    expect(d.reasons.map((r) => r.rule)).toEqual(['mail-secret-internal', 'mail-internal']);
  });

  it('signature internal-to-internal → allow', () => {
    expect(decide(signature, 'smtp', mail(['boss@corp.example']))).toEqual({ action: 'allow', by: 'mail-internal' });
  });

  it('confidential internal-to-internal → allow (no alert)', () => {
    expect(decide(memo, 'smtp', mail(['boss@corp.example'])).action).toBe('allow');
  });

  it('signature to an external recipient → allow, no rule fired', () => {
    expect(decide(signature, 'smtp', mail(['partner@gmail.com']))).toEqual({ action: 'allow', by: null });
  });

  it('confidential to external → alert', () => {
    expect(decide(memo, 'smtp', mail(['partner@gmail.com']))).toEqual({ action: 'alert', by: 'mail-confidential-external' });
  });

  it('encrypted zip to external → quarantine; to internal → allow', () => {
    expect(decide(encryptedZip, 'smtp', mail(['partner@gmail.com']))).toEqual({
      action: 'quarantine',
      by: 'mail-unscannable-external',
    });
    expect(decide(encryptedZip, 'smtp', mail(['boss@corp.example'])).action).toBe('allow');
  });

  it.each(['max-bytes', 'max-depth', 'max-members', 'max-ratio', 'max-text', 'timeout'] as const)(
    'over-limit (%s) to external → quarantine',
    (reason) => {
      expect(decide(verdict('public', 0, [reason]), 'smtp', mail(['p@gmail.com'])).action).toBe('quarantine');
    },
  );

  it('unsupported format to external → alert', () => {
    expect(decide(verdict('public', 0, ['unsupported-format']), 'smtp', mail(['p@gmail.com']))).toEqual({
      action: 'alert',
      by: 'mail-unreadable-external',
    });
  });

  it('a secret list inside an over-limit archive to external is still blocked', () => {
    expect(decide(verdict('secret', 80, ['max-members']), 'smtp', mail(['p@gmail.com'])).action).toBe('block');
  });
});

describe('default policy: file server and CLI scan', () => {
  const onShare: Subject = { kind: 'file', path: '/srv/share/sales/customers.csv', owner: 'alice' };
  const scanned: Subject = { kind: 'scan', path: 'samples/customers.csv' };

  it('file channel: secret → quarantine, confidential → alert, internal → allow', () => {
    expect(decide(list200, 'file', onShare)).toEqual({ action: 'quarantine', by: 'file-secret' });
    expect(decide(memo, 'file', onShare).action).toBe('alert');
    expect(decide(signature, 'file', onShare)).toEqual({ action: 'allow', by: null });
  });

  it('scan channel: a 200-row list → block (exit 1), confidential → alert, signature → allow', () => {
    expect(decide(list200, 'scan', scanned)).toEqual({ action: 'block', by: 'scan-secret' });
    expect(decide(memo, 'scan', scanned)).toEqual({ action: 'alert', by: 'scan-confidential' });
    expect(decide(signature, 'scan', scanned).action).toBe('allow');
  });

  it('unscannable is visible on file and scan channels (fail closed, visibly)', () => {
    expect(decide(encryptedZip, 'file', onShare)).toEqual({ action: 'alert', by: 'file-unscannable' });
    expect(decide(verdict('public', 0, ['worker-crashed']), 'scan', scanned)).toEqual({ action: 'alert', by: 'scan-unscannable' });
  });

  it('no default rule is in simulate mode and every rule has a bilingual reason', () => {
    for (const r of policy.rules) {
      expect(r.mode, r.id).toBe('enforce');
      expect(r.reason, r.id).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
    }
  });
});
