// The README is what the security team copies from: its examples must load
// and decide as the text says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Verdict } from '../types.js';
import { evaluate } from './evaluate.js';
import { loadDefaultPolicy, mergePolicies, packageRoot, parsePolicy } from './load.js';
import { thresholdsOf } from './policy.js';

const readme = readFileSync(join(packageRoot(), 'src/policy/README.md'), 'utf8');
const yamlBlocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

const report = (ids: number): Verdict => ({
  path: 'q3.xlsx',
  bytes: 5000,
  sensitivity: ids > 0 ? 'confidential' : 'internal',
  records: 3,
  sensitiveRecords: ids > 0 ? 1 : 0,
  findings: ids > 0 ? [{ detector: 'cn_resident_id', category: 'sensitive-personal', count: ids, confidence: 'high', masked: [], locations: [] }] : [],
  unscannable: [],
  ms: 1,
});

describe('README examples', () => {
  it('has the format example and the worked example', () => {
    expect(yamlBlocks).toHaveLength(2);
  });

  it('the format example loads', () => {
    const p = parsePolicy('README format', yamlBlocks[0] ?? '');
    expect(p.rules.map((r) => [r.id, r.mode, r.notify])).toEqual([
      ['outbound-customer-list', 'simulate', ['security-email', 'siem-webhook']],
    ]);
  });

  it('the worked example decides as described', async () => {
    const fallback = thresholdsOf(await loadDefaultPolicy());
    const p = mergePolicies([parsePolicy('finance.yaml', yamlBlocks[1] ?? '')], { fallbackThresholds: fallback });
    const mail = (senderRecords24h?: number) => ({
      kind: 'mail' as const,
      sender: 'cfo@finance.corp.example',
      recipients: ['x@audit-partner.cn'],
      attachments: ['q3.xlsx'],
      ...(senderRecords24h !== undefined ? { senderRecords24h } : {}),
    });
    const plain = evaluate(p, report(0), 'smtp', mail());
    expect([plain.action, plain.enforcedBy, plain.simulated]).toEqual(['alert', 'finance-auditors', []]);
    const withId = evaluate(p, report(1), 'smtp', mail());
    expect([withId.action, withId.enforcedBy]).toEqual(['block', 'finance-ids-outbound']);
    expect(withId.reasons.map((r) => r.rule)).toContain('finance-auditors');
    const bulk = evaluate(p, report(0), 'smtp', mail(250));
    expect([bulk.action, bulk.simulated]).toEqual(['alert', [{ rule: 'finance-bulk-trial', would: 'block' }]]);
  });
});
