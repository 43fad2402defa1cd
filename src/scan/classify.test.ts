// Sensitivity of whole files under the default policy's thresholds, through
// the engine: a list is told from a mention by records, and a bare list (one
// field per person, no records) by the distinct values of one detector.
import { describe, expect, it } from 'vitest';
import { defaultEngine, THRESHOLDS } from '../../test/support/engine.js';
import { email, landline, makeRng, mobile, residentId, type Rng } from '../../test/support/synth.js';
import { DEFAULT_LIMITS, type SensitivityThresholds } from '../types.js';
import { classify } from './classify.js';
import { scanItem } from './scan-item.js';

const engine = defaultEngine();
const levelOf = async (text: string, thresholds = THRESHOLDS) =>
  (await scanItem({ kind: 'buffer', name: 'list.txt', data: Buffer.from(text) }, 'list.txt', { engine, thresholds, limits: DEFAULT_LIMITS, reveal: false }))
    .sensitivity;
const lines = (n: number, make: (rng: Rng) => string) => {
  const rng = makeRng(n);
  return Array.from({ length: n }, () => make(rng)).join('\n') + '\n';
};

describe('bare lists (default policy: list_values 20 / 200 of cn_mobile, cn_resident_id, cn_passport, bank_card)', () => {
  it('grades a file of mobile numbers one per line by how many there are', async () => {
    expect(await levelOf(lines(5, mobile))).toBe('internal');
    expect(await levelOf(lines(25, mobile))).toBe('confidential');
    expect(await levelOf(lines(300, mobile))).toBe('secret');
  });

  it('counts distinct values: one number repeated is not a list', async () => {
    expect(await levelOf(`${'客服热线 13912345678\n'.repeat(500)}`)).toBe('internal');
  });

  it('makes a column of 300 resident IDs secret (any one is already confidential)', async () => {
    expect(await levelOf(lines(1, residentId))).toBe('confidential');
    expect(await levelOf(lines(300, residentId))).toBe('secret');
  });

  it('leaves landlines and e-mail addresses out: a switchboard directory or a recipient list is not a customer list', async () => {
    expect(await levelOf(lines(300, (rng) => `门店电话 ${landline(rng)}`))).toBe('internal');
    // (Addresses whose local part is a mobile, <mobile>@139.com, expose that mobile: left out here.)
    const plain = (rng: Rng): string => {
      for (;;) {
        const a = email(rng);
        if (!/^1\d{10}@/.test(a)) return a;
      }
    };
    expect(await levelOf(lines(300, plain))).toBe('internal');
  });

  it('is off in a policy without list_values (policies written before it)', async () => {
    const { list_detectors: _, ...rest } = THRESHOLDS;
    const old: SensitivityThresholds = {
      ...rest,
      secret: { records: THRESHOLDS.secret.records, sensitive_records: THRESHOLDS.secret.sensitive_records },
      confidential: { records: THRESHOLDS.confidential.records, sensitive_values: THRESHOLDS.confidential.sensitive_values },
    };
    expect(await levelOf(lines(300, mobile), old)).toBe('internal');
  });
});

describe('classify', () => {
  const finding = (detector: string, count: number, category: 'personal' | 'sensitive-personal' = 'personal') => ({
    detector,
    category,
    count,
    confidence: 'high' as const,
    masked: [],
    locations: [],
  });

  it('takes the detector with the most values, not their sum', () => {
    const findings = [finding('cn_mobile', 150), finding('bank_card', 150, 'sensitive-personal')];
    expect(classify(findings, 0, 0, { ...THRESHOLDS, confidential: { ...THRESHOLDS.confidential, sensitive_values: 1000 } })).toBe('confidential');
    expect(classify([finding('cn_mobile', 200)], 0, 0, THRESHOLDS)).toBe('secret');
  });
});
