// Every broken rule pack is a fixture with the exact message it must produce:
// file, line, rule id and field, then the problem (first line of the fixture).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigErrors } from '../config/yaml-schema.js';
import { packageRoot } from '../paths.js';
import { loadRuleDir } from './load.js';

const INVALID = join(packageRoot(), 'test', 'fixtures', 'rules', 'invalid');

describe('rule-pack load errors', () => {
  const files = readdirSync(INVALID).filter((f) => f.endsWith('.yaml'));
  it('has fixtures', () => expect(files.length).toBeGreaterThanOrEqual(6));

  it.each(files)('%s', (file) => {
    const text = readFileSync(join(INVALID, file), 'utf8');
    const dir = mkdtempSync(join(tmpdir(), 'lg-pack-'));
    writeFileSync(join(dir, file), text);
    const expected = text.split('\n')[0]!.replace(/^# expect: /, '').replace('DIR/', `${relative(process.cwd(), dir)}/`);
    let error: unknown;
    try {
      loadRuleDir(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigErrors);
    const first = (error as ConfigErrors).errors[0]!.message;
    expect(first).toBe(`${relative(process.cwd(), join(dir, file))}:${expected.slice(expected.indexOf(':') + 1)}`);
  });

  it('loads the built-in packs', () => {
    const set = loadRuleDir(join(packageRoot(), 'rules'));
    expect(new Set(set.rules.map((r) => r.detector))).toEqual(
      new Set(['cn_resident_id', 'cn_passport', 'cn_mobile', 'cn_landline', 'email', 'bank_card', 'cn_uscc', 'person_name_zh']),
    );
  });
});
