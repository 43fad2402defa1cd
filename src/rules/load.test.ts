// Every broken rule pack is a fixture with the exact message it must produce:
// file, line, rule id and field, then the problem (first line of the fixture).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp-dir.js';
import { ConfigErrors } from '../config/yaml-schema.js';
import { packageRoot } from '../paths.js';
import { loadRuleDir } from './load.js';

const INVALID = join(packageRoot(), 'test', 'fixtures', 'rules', 'invalid');

describe('rule-pack load errors', () => {
  const files = readdirSync(INVALID).filter((f) => f.endsWith('.yaml'));
  it('has fixtures', () => expect(files.length).toBeGreaterThanOrEqual(6));

  it.each(files)('%s', (file) => {
    const text = readFileSync(join(INVALID, file), 'utf8');
    const dir = tempDir('lg-pack-');
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

  it("names the list file and line of a word marked '=' outside an exclude list (a surname list has no 'itself only')", () => {
    const dir = tempDir('lg-pack-');
    writeFileSync(join(dir, 'surnames.txt'), '# surnames\n王 李\n=张\n');
    writeFileSync(join(dir, 'stop.txt'), '=孙子 余额\n');
    const pack = (list: string): string =>
      `pack: p\nrules:\n  - id: n\n    description: d\n    category: personal\n    scanner: name\n    pattern: '\\p{Han}{2,4}'\n    ${list}\n    confidence: 70\n    context: { keywords: [姓名], required: true }\n`;
    writeFileSync(join(dir, 'names.yaml'), pack('dictionary: surnames.txt'));
    const message = (): string => {
      try {
        loadRuleDir(dir);
      } catch (e) {
        return (e as ConfigErrors).errors[0]!.message;
      }
      return 'loaded';
    };
    expect(message()).toMatch(/names\.yaml:\d+: n\.dictionary: surnames\.txt:3: '=张': only an exclude list marks a word with '=' \(itself only\)$/);
    // In an exclude list it is the word excluded as itself only.
    writeFileSync(join(dir, 'names.yaml'), pack('dictionary: stop.txt').replace('dictionary: stop.txt', 'dictionary: surnames.txt\n    exclude: stop.txt'));
    writeFileSync(join(dir, 'surnames.txt'), '王 李\n');
    expect(message()).toBe('loaded');
  });

  it('reads given_chars from one file or a list of them, and names the field of one it cannot read', () => {
    const dir = tempDir('lg-pack-');
    writeFileSync(join(dir, 'surnames.txt'), '王 李\n');
    writeFileSync(join(dir, 'a.txt'), '# given\n伟 芳\n');
    writeFileSync(join(dir, 'b.txt'), '航欢\n');
    const pack = (given: string): string =>
      `pack: p\nrules:\n  - id: n\n    description: d\n    category: personal\n    scanner: name\n    pattern: '\\p{Han}{2,4}'\n    dictionary: surnames.txt\n    given_chars: ${given}\n    confidence: 70\n    context: { keywords: [姓名], required: true }\n`;
    writeFileSync(join(dir, 'names.yaml'), pack('a.txt'));
    expect([...loadRuleDir(dir).rules[0]!.givenChars!]).toEqual(['伟', '芳']);
    writeFileSync(join(dir, 'names.yaml'), pack('[a.txt, b.txt]'));
    expect([...loadRuleDir(dir).rules[0]!.givenChars!]).toEqual(['伟', '芳', '航', '欢']);
    writeFileSync(join(dir, 'names.yaml'), pack('[a.txt, missing.txt]'));
    expect(() => loadRuleDir(dir)).toThrow(/names\.yaml:\d+: n\.given_chars: cannot read missing\.txt/);
    // loose_exclude: brands and places shaped as names, one file.
    writeFileSync(join(dir, 'brands.txt'), '# brands\n苏宁 东航\n');
    writeFileSync(join(dir, 'names.yaml'), pack('a.txt').replace('confidence:', 'loose_exclude: brands.txt\n    confidence:'));
    expect([...loadRuleDir(dir).rules[0]!.looseExclude!]).toEqual(['苏宁', '东航']);
    writeFileSync(join(dir, 'names.yaml'), pack('a.txt').replace('confidence:', 'loose_exclude: gone.txt\n    confidence:'));
    expect(() => loadRuleDir(dir)).toThrow(/names\.yaml:\d+: n\.loose_exclude: cannot read gone\.txt/);
  });

  it('reads every keyword and word of a pack with variants in each form, and names the line of a bad variants file', () => {
    const dir = tempDir('listguard-variants-');
    writeFileSync(join(dir, 'surnames.txt'), '张 欧阳\n');
    writeFileSync(join(dir, 'stop.txt'), '=张家 余额\n');
    writeFileSync(join(dir, 'forms.txt'), '# simplified, then traditional\n张 張\n欧 歐\n阳 陽\n系 係 繫\n联 聯\n余 餘\n额 額\n');
    const pack = (variants: string): string =>
      `pack: p\n${variants}rules:\n  - id: n\n    description: d\n    category: personal\n    scanner: name\n    pattern: '\\p{Han}{2,4}'\n    dictionary: surnames.txt\n    exclude: stop.txt\n    confidence: 70\n    context: { keywords: [联系人], required: true }\n`;
    writeFileSync(join(dir, 'names.yaml'), pack('variants: forms.txt\n'));
    const rule = loadRuleDir(dir).rules[0]!;
    expect([...rule.dictionary!]).toEqual(['张', '張', '欧阳', '歐陽']);
    expect(rule.context.keywords).toEqual(['联系人', '聯係人', '聯繫人']);
    expect(rule.exclude!.has('=張家') && rule.exclude!.has('餘額') && rule.exclude!.has('=聯繫人')).toBe(true);
    // Without it, only what is written.
    writeFileSync(join(dir, 'names.yaml'), pack(''));
    expect([...loadRuleDir(dir).rules[0]!.dictionary!]).toEqual(['张', '欧阳']);
    writeFileSync(join(dir, 'forms.txt'), '张 張\n欧阳 歐陽x\n');
    writeFileSync(join(dir, 'names.yaml'), pack('variants: forms.txt\n'));
    expect(() => loadRuleDir(dir)).toThrow(/names\.yaml:2: variants: forms\.txt:2: expected a character or word and its other forms, each as long as it/);
    writeFileSync(join(dir, 'forms.txt'), '张 張\n欧 歐\n张 弡\n');
    expect(() => loadRuleDir(dir)).toThrow(/names\.yaml:2: variants: forms\.txt:3: '张' is listed twice/);
  });

  it('loads the built-in packs', () => {
    const set = loadRuleDir(join(packageRoot(), 'rules'));
    expect(new Set(set.rules.map((r) => r.detector))).toEqual(
      new Set(['cn_resident_id', 'cn_passport', 'cn_travel_permit', 'hk_id', 'mo_id', 'cn_mobile', 'cn_landline', 'email', 'bank_card', 'cn_uscc', 'person_name_zh']),
    );
  });
});
