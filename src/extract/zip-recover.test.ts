import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { chineseName, makeRng, mobile, residentId } from '../../test/support/synth.js';
import { tempDir } from '../../test/support/temp-dir.js';

const rng = makeRng(0x2e);
const LIST = `姓名,手机,身份证号\n${Array.from({ length: 200 }, () => `${chineseName(rng)},${mobile(rng)},${residentId(rng)}`).join('\n')}\n`;
const NOTES = Array.from({ length: 20_000 }, (_, i) => `第${i}行 ${rng.int(0, 1e9)}`).join('\n');

/** Info-ZIP's archive of the files, to a file (sizes in the local headers) or to a pipe (`-`: sizes in data descriptors). */
function zipOf(files: Record<string, string | Buffer>, args: string[] = [], piped = false): Buffer {
  const dir = tempDir('lg-zip-recover-');
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
  if (piped) return execFileSync('zip', ['-q', ...args, '-', ...Object.keys(files)], { cwd: dir, maxBuffer: 1 << 28 });
  execFileSync('zip', ['-q', ...args, 'out.zip', ...Object.keys(files)], { cwd: dir });
  return readFileSync(join(dir, 'out.zip'));
}
/** The archive without its central directory: everything from the first central header on is gone. */
const chopped = (zip: Buffer): Buffer => zip.subarray(0, zip.indexOf('PK\x01\x02', 0, 'latin1'));

describe('a zip without its central directory', () => {
  it('is corrupt, and the members its local headers lead to are still read (sizes in the headers or in descriptors)', async () => {
    for (const piped of [false, true]) {
      const sink = await extractBuffer('list.zip', chopped(zipOf({ 'customers.csv': LIST, 'notes.txt': NOTES }, [], piped)));
      expect(sink.reasons(), `piped: ${piped}`).toEqual(['corrupt']);
      expect(sink.unit('list.zip!/customers.csv')?.text, `piped: ${piped}`).toBe(LIST);
      expect(sink.unit('list.zip!/notes.txt')?.text, `piped: ${piped}`).toBe(NOTES);
    }
  });

  it('reads a member cut in two as far as it goes (a text), and the ones before it whole', async () => {
    const zip = zipOf({ 'customers.csv': LIST, 'notes.txt': NOTES });
    const second = zip.indexOf('PK\x03\x04', 4, 'latin1');
    const cut = zip.subarray(0, second + Math.floor((zip.indexOf('PK\x01\x02', 0, 'latin1') - second) / 2));
    const sink = await extractBuffer('cut.zip', cut);
    expect(sink.unit('cut.zip!/customers.csv')?.text).toBe(LIST);
    const notes = sink.unit('cut.zip!/notes.txt')?.text ?? '';
    expect(notes.length).toBeGreaterThan(1000);
    expect(NOTES.startsWith(notes)).toBe(true);
  });

  it('leaves an Office file cut short corrupt, its parts unread', async () => {
    const xlsx = readFileSync(join(import.meta.dirname, '../../test/fixtures/office/customers.xlsx'));
    const sink = await extractBuffer('customers.xlsx', chopped(xlsx));
    expect(sink.reasons()).toEqual(['corrupt']);
    expect(sink.units).toEqual([]);
  });

  it('keeps the bounds: a bomb is max-ratio, a password encrypted, maxMembers holds', async () => {
    const bomb = await extractBuffer('bomb.zip', chopped(zipOf({ 'zeros.csv': Buffer.alloc(64 << 20, 0x30) })));
    expect(bomb.reasons().sort()).toEqual(['corrupt', 'max-ratio']);
    expect(bomb.units).toEqual([]);
    const locked = await extractBuffer('locked.zip', chopped(zipOf({ 'customers.csv': LIST }, ['-P', 'secret'])));
    expect(locked.reasons().sort()).toEqual(['corrupt', 'encrypted']);
    expect(locked.text).not.toContain(LIST.slice(20, 40));
    const many = await extractBuffer('many.zip', chopped(zipOf({ 'a.csv': LIST, 'b.txt': NOTES })), { maxMembers: 1 });
    expect(many.reasons().sort()).toEqual(['corrupt', 'max-members']);
    expect(many.units.map((u) => u.location)).toEqual(['many.zip!/a.csv']);
  });
});
