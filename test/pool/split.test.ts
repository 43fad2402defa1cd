// A large text file split across workers gives the same verdict as one worker.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { planSplit } from '../../src/pool/split.js';
import { ScanPool } from '../../src/pool/scan-pool.js';
import { defaultRulesDir } from '../../src/paths.js';
import { DEFAULT_LIMITS, type Verdict } from '../../src/types.js';
import { THRESHOLDS } from '../support/engine.js';
import { chineseName, makeRng, mobile, residentId } from '../support/synth.js';
import { tempDir } from '../support/temp-dir.js';

let dir: string;
let csv: string;
let gbk: string;
const ROWS = 40_000; // below the exact-count cap: counts must match to the row

beforeAll(() => {
  dir = tempDir('lg-split-');
  const rng = makeRng(77);
  const lines = ['客户姓名,手机,身份证号,备注'];
  for (let i = 0; i < ROWS; i++) lines.push(`${chineseName(rng)},${mobile(rng)},${residentId(rng)},第${i}位客户`);
  csv = join(dir, 'big.csv');
  writeFileSync(csv, `${lines.join('\n')}\n`);
  gbk = join(dir, 'big-gbk.csv');
  writeFileSync(gbk, iconv.encode(`${lines.join('\r\n')}\r\n`, 'gb18030'));
});

const scan = async (threads: number, path: string): Promise<Verdict> => {
  const pool = new ScanPool({ threads, rulesDir: defaultRulesDir(), thresholds: THRESHOLDS, limits: { ...DEFAULT_LIMITS }, splitMinBytes: 1 << 20 });
  try {
    return await pool.scan({ kind: 'file', path }, 'big.csv');
  } finally {
    await pool.close();
  }
};

describe('split scanning of large text files', () => {
  it('cuts on line boundaries into as many parts as threads', async () => {
    const ranges = (await planSplit(csv, (await import('node:fs')).statSync(csv).size, 2, 1 << 20))!;
    expect(ranges).toHaveLength(2);
    expect(ranges[0]!.start).toBe(0);
    expect(ranges[0]!.end).toBe(ranges[1]!.start);
    const bytes = (await import('node:fs')).readFileSync(csv);
    expect(bytes[ranges[1]!.start - 1]).toBe(0x0a);
  });

  it.each([
    ['utf-8', () => csv],
    ['gb18030', () => gbk],
  ])('gives the same counts on 2 workers as on 1 (%s)', async (_, path) => {
    const [one, two] = [await scan(1, path()), await scan(2, path())];
    expect(two.records).toBe(ROWS);
    expect(two.records).toBe(one.records);
    expect(two.sensitiveRecords).toBe(one.sensitiveRecords);
    expect(two.findings.map((f) => [f.detector, f.count])).toEqual(one.findings.map((f) => [f.detector, f.count]));
    expect(two.sensitivity).toBe('secret');
  });

  it('does not cut a wrapped base64 block in two: both workers together find the list inside it', async () => {
    const rng = makeRng(78);
    const list = ['客户姓名,手机,身份证号', ...Array.from({ length: 300 }, () => `${chineseName(rng)},${mobile(rng)},${residentId(rng)}`)].join('\n');
    const block = Buffer.from(list).toString('base64').replace(/.{76}/g, '$&\n');
    const filler = '本季度销售情况总体平稳，请各位同事注意信息安全。\n'.repeat(8_000); // ~600 KB each side
    const path = join(dir, 'notes-b64.txt');
    writeFileSync(path, `${filler}附件：\n${block}\n${filler}`);
    const size = (await import('node:fs')).statSync(path).size;
    const middle = Buffer.byteLength(`${filler}附件：\n`) + block.length / 2;
    expect(Math.abs(size / 2 - middle)).toBeLessThan(block.length / 2); // the middle of the file is inside the block
    const ranges = (await planSplit(path, size, 2, 1 << 20))!;
    expect(ranges[1]!.start).toBeGreaterThanOrEqual(Buffer.byteLength(`${filler}附件：\n${block}`));
    const [one, two] = [await scan(1, path), await scan(2, path)];
    expect(one.records).toBe(300);
    expect(two.records).toBe(300);
  });

  // Each entry's name on its first lines and its mobile on its last: a cut between them leaves
  // two halves that are no record. 6,000 entries of ~300 bytes, over the 1 MiB split threshold.
  it.each([
    [
      'vCard',
      'contacts.vcf',
      (name: string, mob: string, i: number) =>
        `BEGIN:VCARD\r\nVERSION:3.0\r\nN:${name.slice(0, 1)};${name.slice(1)};;;\r\nFN:${name}\r\nORG:华东区第${i % 40}分公司\r\nTITLE:采购经理\r\n` +
        `ADR;TYPE=WORK:;;科技园路${i}号;深圳;广东;518000;中国\r\nURL:https://example.com/c/${i}\r\nNOTE:第${i}位客户，每季度回访一次\r\nTEL;TYPE=CELL:${mob}\r\nEND:VCARD\r\n`,
    ],
    [
      'LDIF',
      'abook.ldif',
      (name: string, mob: string, i: number) =>
        `dn: cn=${name},mail=c${i}@example.com\ncn:: ${Buffer.from(name).toString('base64')}\nsn:: ${Buffer.from(name.slice(0, 1)).toString('base64')}\n` +
        `objectclass: top\nobjectclass: person\nobjectclass: inetOrgPerson\nmail: c${i}@example.com\nmozillaUseHtmlMail: false\nmobile: ${mob}\n\n`,
    ],
  ])('cuts an address book (%s) between entries: every entry is one record on 2 workers', async (_, file, entry) => {
    const rng = makeRng(79);
    const path = join(dir, file);
    const entries = Array.from({ length: 6_000 }, (_, i) => entry(chineseName(rng), mobile(rng), i));
    writeFileSync(path, `${file.endsWith('.ldif') ? 'version: 1\n' : ''}${entries.join('')}`);
    const bytes = (await import('node:fs')).readFileSync(path);
    const ranges = (await planSplit(path, bytes.length, 2, 1 << 20))!;
    expect(ranges).toHaveLength(2);
    expect(bytes.subarray(ranges[1]!.start, ranges[1]!.start + 11).toString()).toMatch(/^(?:BEGIN:VCARD|dn: cn=)/);
    const [one, two] = [await scan(1, path), await scan(2, path)];
    expect(one.records).toBeGreaterThan(5_990); // a few generated names are words (黄金词) and not read as names
    expect(two.records).toBe(one.records);
  });

  it('does not split files that are not plain text', async () => {
    writeFileSync(join(dir, 'x.xlsx'), 'not a zip\n'.repeat(300_000));
    expect(await planSplit(join(dir, 'x.xlsx'), 3_000_000, 2, 1 << 20)).toBeNull();
  });
});
