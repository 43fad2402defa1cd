// The traditional forms the packs read (rules/data/cn-traditional.txt) are
// generated from the packs' own word lists and keywords: a surname or keyword
// added without regenerating them would be read in simplified script only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../paths.js';
import { loadRuleDir } from './load.js';

describe('traditional forms of the built-in packs', () => {
  it('are up to date with the word lists and keywords (node scripts/gen-cn-traditional.mjs)', async () => {
    const { traditionalVariants, OUT } = (await import(join(packageRoot(), 'scripts', 'gen-cn-traditional.mjs'))) as { traditionalVariants: () => string; OUT: string };
    expect(readFileSync(join(packageRoot(), 'rules', OUT), 'utf8')).toBe(traditionalVariants());
  });

  it('are read by every pack: names, labels and negatives in traditional script', () => {
    const rules = loadRuleDir(join(packageRoot(), 'rules')).rules;
    const names = rules.find((r) => r.detector === 'person_name_zh')!;
    for (const surname of ['張', '陳', '歐陽', '諸葛', '鍾']) expect(names.dictionary!.has(surname), surname).toBe(true);
    expect(names.context.keywords).toContain('聯繫人');
    const mobile = rules.find((r) => r.id === 'cn_mobile')!;
    expect(mobile.context.keywords).toContain('手機');
    expect(mobile.context.negative).toContain('訂單號');
  });
});
