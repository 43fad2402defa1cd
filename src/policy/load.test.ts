import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp-dir.js';
import { ConfigError, ConfigErrors } from '../config/yaml-schema.js';
import { defaultPolicyPath, loadDefaultPolicy, loadPolicies, packageRoot, parsePolicy } from './load.js';
import { thresholdsOf } from './policy.js';

const INVALID = 'test/fixtures/policies/invalid';

/** Leading `# error: …` lines of a fixture: the exact message, one line per problem. */
const expectedOf = (text: string): string =>
  text
    .split('\n')
    .filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith('# error: ')))
    .map((l) => l.slice('# error: '.length))
    .join('\n');

describe('invalid policy fixtures', () => {
  const dir = join(packageRoot(), INVALID);
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

  it('exist, each with an expected message', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const f of files) expect(expectedOf(readFileSync(join(dir, f), 'utf8')), f).toMatch(/^test\/fixtures\//);
  });

  it.each(files)('%s fails with its exact message', (f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    const name = `${INVALID}/${f}`;
    let message: string | undefined;
    try {
      parsePolicy(name, text);
    } catch (err) {
      expect(err instanceof ConfigError || err instanceof ConfigErrors).toBe(true);
      message = (err as Error).message;
    }
    expect(message).toBe(expectedOf(text));
  });
});

const MINIMAL = (name: string, extra = '') => `name: ${name}
${extra}rules:
  - id: ${name}-rule
    action: alert
    reason: r
`;
const THRESHOLDS = `sensitivity:
  secret: { records: 40, sensitive_records: 8 }
  confidential: { records: 4, sensitive_values: 1 }
  internal: { findings: 1 }
`;

describe('loadPolicies', () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir('lg-policy-');
  });
  const put = async (name: string, text: string) => {
    const p = join(dir, name);
    await writeFile(p, text);
    return p;
  };

  it('merges files in order, later thresholds win, names joined', async () => {
    const a = await put('a.yaml', MINIMAL('a', THRESHOLDS));
    const b = await put('b.yaml', MINIMAL('b'));
    const p = await loadPolicies([a, b]);
    expect(p.name).toBe('a+b');
    expect(p.rules.map((r) => [r.id, r.policy, r.line])).toEqual([
      ['a-rule', 'a', 7],
      ['b-rule', 'b', 3],
    ]);
    expect(thresholdsOf(p).secret.records).toBe(40);
    expect(Object.isFrozen(p.rules[0])).toBe(true);
  });

  it('rejects a rule id repeated across files, naming both places', async () => {
    const a = await put('dup-a.yaml', MINIMAL('x', THRESHOLDS));
    const b = await put('dup-b.yaml', MINIMAL('x'));
    await expect(loadPolicies([a, b])).rejects.toThrow(`${b}:3: x-rule.id: duplicate rule id 'x-rule' (also ${a}:7)`);
  });

  it('requires thresholds somewhere in the set, or a fallback', async () => {
    const b = await put('no-thresholds.yaml', MINIMAL('b'));
    await expect(loadPolicies([b])).rejects.toThrow(
      `${b}:1: sensitivity: no policy file of this set defines sensitivity thresholds`,
    );
    const fallback = thresholdsOf(await loadDefaultPolicy());
    expect(thresholdsOf(await loadPolicies([b], { fallbackThresholds: fallback }))).toEqual(fallback);
  });

  it('reports an unreadable file with its path', async () => {
    await expect(loadPolicies([join(dir, 'missing.yaml')])).rejects.toThrow(/missing\.yaml: cannot read policy file \(ENOENT\)/);
  });

  it('takes the detector list as an option (later: from the loaded rule packs)', () => {
    const text = `name: x
rules:
  - id: r
    when: { detectors: { cn_plate: 1 } }
    action: alert
    reason: r
`;
    expect(() => parsePolicy('x.yaml', text)).toThrow(/unknown detector 'cn_plate'/);
    expect(parsePolicy('x.yaml', text, { detectors: ['cn_plate'] }).rules[0]?.when.detectors).toEqual({
      cn_plate: { op: '>=', value: 1 },
    });
  });

  it('parses comparisons', () => {
    const text = `name: x
rules:
  - id: r
    when: { records: "> 0", sensitive_records: "==3", sender_records_24h: 200, detectors: { email: "<= 2", bank_card: "< 1" } }
    action: alert
    reason: r
`;
    const w = parsePolicy('x.yaml', text).rules[0]?.when;
    expect([w?.records, w?.sensitive_records, w?.sender_records_24h, w?.detectors]).toEqual([
      { op: '>', value: 0 },
      { op: '==', value: 3 },
      { op: '>=', value: 200 },
      { email: { op: '<=', value: 2 }, bank_card: { op: '<', value: 1 } },
    ]);
  });
});

describe('default policy', () => {
  it('is found from the package root and carries the issue 2 thresholds', async () => {
    expect(defaultPolicyPath()).toBe(join(packageRoot(), 'rules', 'policies', 'default.yaml'));
    const p = await loadDefaultPolicy();
    expect(p.name).toBe('default');
    expect(thresholdsOf(p)).toEqual({
      secret: { records: 50, sensitive_records: 10, list_values: 200 },
      confidential: { records: 5, sensitive_values: 1, list_values: 20 },
      internal: { findings: 1 },
      list_detectors: ['cn_mobile', 'cn_resident_id', 'cn_passport', 'cn_travel_permit', 'hk_id', 'mo_id', 'bank_card'],
    });
  });
});
