import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { buildRar, type RarEntrySpec, type RarOptions } from '../../test/support/rar-writer.js';
import { chineseName, makeRng, mobile, residentId } from '../../test/support/synth.js';
import { tempDir } from '../../test/support/temp-dir.js';
import { sniff } from './sniff.js';
import { streamMemberName } from './sevenzip.js';

const rng = makeRng(0x7a);
const LIST = `姓名,手机,身份证号\n${Array.from({ length: 30 }, () => `${chineseName(rng)},${mobile(rng)},${residentId(rng)}`).join('\n')}\n`;

/** A folder with the list (under a Chinese name), a note in a subfolder; what `make` builds from it, read back. */
function build(make: (dir: string, out: string) => void, name: string): Buffer {
  const dir = tempDir('lg-7z-');
  mkdirSync(join(dir, 'src', '备份'), { recursive: true });
  writeFileSync(join(dir, 'src', '客户名单.csv'), LIST);
  writeFileSync(join(dir, 'src', '备份', 'note.txt'), '季度备份\n');
  const out = join(dir, name);
  make(join(dir, 'src'), out);
  return readFileSync(out);
}
const sevenZ = (args: string[]) => (dir: string, out: string) => void execFileSync('7z', ['a', '-bso0', '-bsp0', ...args, out, '.'], { cwd: dir });
/** A real compressor's output for `data` (xz, bzip2, zstd read stdin, write stdout). */
const compress = (tool: string, data: string | Buffer, args: string[] = []): Buffer => execFileSync(tool, ['-c', ...args], { input: data, maxBuffer: 1 << 30 });

describe('7z archives', () => {
  it('reads every file of a 7z archive (p7zip), under its path', async () => {
    const archive = build(sevenZ([]), 'list.7z');
    expect(sniff(archive)).toBe('7z');
    const sink = await extractBuffer('list.7z', archive);
    expect(sink.problems).toEqual([]);
    expect(sink.unit('list.7z!/客户名单.csv')?.text).toBe(LIST);
    expect(sink.unit('list.7z!/客户名单.csv')?.shape).toEqual({ kind: 'table', delimiter: ',' });
    expect(sink.unit('list.7z!/备份/note.txt')?.text).toBe('季度备份\n');
  });

  it('says a 7z archive with a password is encrypted, whether its names are hidden or only its contents', async () => {
    for (const args of [['-pSecret'], ['-pSecret', '-mhe=on']]) {
      const sink = await extractBuffer('locked.7z', build(sevenZ(args), 'locked.7z'));
      expect(sink.reasons(), args.join(' ')).toEqual(['encrypted']);
      expect(sink.text).not.toContain('13');
    }
  });

  it('refuses a 7z bomb and an archive of too many files from their listing, unpacking nothing', async () => {
    const dir = tempDir('lg-7z-bomb-');
    writeFileSync(join(dir, 'zeros.csv'), Buffer.alloc(64 << 20, 0x30));
    execFileSync('7z', ['a', '-bso0', '-bsp0', 'bomb.7z', 'zeros.csv'], { cwd: dir });
    const bomb = readFileSync(join(dir, 'bomb.7z'));
    expect(bomb.length).toBeLessThan(64 << 10);
    const sink = await extractBuffer('bomb.7z', bomb);
    expect(sink.reasons()).toEqual(['max-ratio']);
    expect(sink.units).toEqual([]);
    const many = await extractBuffer('list.7z', build(sevenZ([]), 'list.7z'), { maxMembers: 1 });
    expect(many.reasons()).toEqual(['max-members']);
  });

  it('says a damaged 7z archive is corrupt: cut short, or a byte of its packed data changed (found by fuzzing)', async () => {
    const archive = build(sevenZ([]), 'list.7z');
    const sink = await extractBuffer('cut.7z', archive.subarray(0, archive.length - 40));
    expect(sink.reasons()).toEqual(['corrupt']);
    // 7-Zip unpacks the damaged file as far as it can and exits with an error: before, the few bytes it wrote were all that was said.
    for (let at = 32; at < 64; at++) {
      const damaged = Buffer.from(archive);
      damaged[at] = damaged[at]! ^ 0x10;
      expect((await extractBuffer('bad.7z', damaged)).reasons(), `byte ${at}`).toContain('corrupt');
    }
  });
});

/**
 * A RAR archive from the test writer, first listed by libarchive (bsdtar): a
 * reader that is not 7-Zip agrees it is RAR. (libarchive cannot list hidden
 * names, nor a file of unknown size.)
 */
function rar(entries: readonly RarEntrySpec[], options: RarOptions = {}): Buffer {
  const archive = buildRar(entries, options);
  const file = join(tempDir('lg-rar-'), 'a.rar');
  writeFileSync(file, archive);
  if (!options.encryptHeaders && !entries.some((e) => e.unknownSize)) {
    const listed = execFileSync('bsdtar', ['-tf', file], { encoding: 'utf8' }).trim().split('\n');
    expect(listed).toEqual(entries.map((e) => e.name));
  }
  return archive;
}
const LIST_RAR: RarEntrySpec[] = [
  { name: '客户名单.csv', data: LIST },
  { name: '备份/note.txt', data: '季度备份\n' },
];

describe('RAR archives', () => {
  for (const version of [5, 4] as const) {
    it(`reads every file of a RAR ${version} archive under its path`, async () => {
      const archive = rar(LIST_RAR, { version });
      expect(sniff(archive)).toBe('rar');
      const sink = await extractBuffer('list.rar', archive);
      expect(sink.problems).toEqual([]);
      expect(sink.unit('list.rar!/客户名单.csv')?.text).toBe(LIST);
      expect(sink.unit('list.rar!/客户名单.csv')?.shape).toEqual({ kind: 'table', delimiter: ',' });
      expect(sink.unit('list.rar!/备份/note.txt')?.text).toBe('季度备份\n');
    });
  }

  it('says a RAR archive with a password is encrypted: its members without one still read, its hidden names nothing', async () => {
    const members = await extractBuffer('locked.rar', rar([{ name: 'a.csv', data: LIST, encrypted: true }, { name: 'b.txt', data: '明细见附件\n' }]));
    expect(members.reasons()).toEqual(['encrypted']);
    expect(members.unit('locked.rar!/b.txt')?.text).toBe('明细见附件\n');
    expect(members.unit('locked.rar!/a.csv')).toBeUndefined();
    const names = await extractBuffer('hidden.rar', rar(LIST_RAR, { encryptHeaders: true }));
    expect(names.reasons()).toEqual(['encrypted']);
    expect(names.units).toEqual([]);
  });

  it('refuses from its listing a RAR archive whose sizes pass the ratio, or are not declared, and one of too many files', async () => {
    const lying = await extractBuffer('bomb.rar', rar([{ name: 'a.csv', data: LIST, declaredSize: 1 << 30 }]));
    expect(lying.reasons()).toEqual(['max-ratio']);
    expect(lying.units.filter((u) => !u.location.endsWith('#names'))).toEqual([]);
    const piped = await extractBuffer('piped.rar', rar([{ name: 'a.csv', data: LIST, unknownSize: true }]));
    expect(piped.reasons()).toEqual(['max-ratio']);
    const many = await extractBuffer('list.rar', rar(LIST_RAR), { maxMembers: 1 });
    expect(many.reasons()).toEqual(['max-members']);
  });

  it('says what 7-Zip opens only in part is corrupt, and reads what follows the end of an archive (found by fuzzing)', async () => {
    // The signature twice, then a header cut in two: 7-Zip opens an empty archive six bytes in and only warns.
    const list = rar([{ name: 'list.csv', data: LIST }], { version: 4 });
    const shifted = Buffer.concat([list.subarray(0, 6), list.subarray(0, 26), list.subarray(14)]);
    const sink = await extractBuffer('list.rar', shifted);
    expect(sink.reasons()).toEqual(['corrupt']);
    // `cat harmless.rar list.rar > x.rar`: WinRAR shows the first archive only; the second is read all the same.
    const harmless = rar([{ name: 'readme.txt', data: '会议纪要\n' }]);
    const joined = await extractBuffer('x.rar', Buffer.concat([harmless, list]));
    expect(joined.reasons()).toEqual(['corrupt']);
    expect(joined.problems[0]?.detail).toBe(`${list.length} bytes after the end of the rar archive`);
    expect(joined.unit('x.rar!/readme.txt')?.text).toBe('会议纪要\n');
    expect(joined.unit('x.rar!/after-end!/list.csv')?.text).toBe(LIST);
    // The same for 7z, a CSV put after it.
    const packed = build(sevenZ([]), 'a.7z');
    const after7z = await extractBuffer('a.7z', Buffer.concat([packed, Buffer.from(LIST)]));
    expect(after7z.reasons()).toEqual(['corrupt']);
    expect(after7z.unit('a.7z!/after-end')?.text).toBe(LIST);
  });

  it('says a damaged RAR archive is corrupt: cut short, or a byte of a header changed', async () => {
    const archive = rar(LIST_RAR);
    expect((await extractBuffer('cut.rar', archive.subarray(0, 40))).reasons()).toContain('corrupt');
    const end = archive.indexOf(Buffer.from(LIST)) + LIST.length;
    expect((await extractBuffer('cut.rar', archive.subarray(0, end - 100))).reasons()).toContain('corrupt');
    for (const at of [8, 12, 16, 24, 30]) {
      const damaged = Buffer.from(archive);
      damaged[at] = damaged[at]! ^ 0x10;
      expect((await extractBuffer('bad.rar', damaged)).reasons(), `byte ${at}`).toContain('corrupt');
    }
  });
});

describe('xz, bzip2 and zstd files', () => {
  for (const [tool, ext] of [['xz', 'xz'], ['bzip2', 'bz2'], ['zstd', 'zst']] as const) {
    it(`reads ${tool} output as the file it was, a compressed tar as a tar`, async () => {
      const packed = compress(tool, LIST);
      expect(sniff(packed)).toBe(tool === 'xz' ? 'xz' : tool);
      const sink = await extractBuffer(`客户.csv.${ext}`, packed);
      expect(sink.problems).toEqual([]);
      expect(sink.unit(`客户.csv.${ext}!/客户.csv`)?.text).toBe(LIST);
      const tar = build((dir, out) => writeFileSync(out, compress(tool, execFileSync('tar', ['cf', '-', '.'], { cwd: dir }))), `b.tar.${ext}`);
      const inTar = await extractBuffer(`b.tar.${ext}`, tar);
      expect(inTar.problems).toEqual([]);
      expect(inTar.unit(`b.tar.${ext}!/b.tar!/./客户名单.csv`)?.text).toBe(LIST);
    });

    it(`stops a ${tool} bomb at the ratio bound, and reads a cut-off ${tool} file's text as far as it goes`, async () => {
      const bomb = compress(tool, Buffer.alloc(32 << 20, 0x20));
      const sink = await extractBuffer(`b.${ext}`, bomb);
      expect(sink.reasons()).toEqual(['max-ratio']);
      // Several blocks (bzip2 -1: 100 kB each; zstd: 128 KiB): a block cut in two gives nothing, the ones before it do.
      const long = Array.from({ length: 40_000 }, () => `${chineseName(rng)},${mobile(rng)},${residentId(rng)}\n`).join('');
      const packed = compress(tool, long, tool === 'bzip2' ? ['-1'] : []);
      const cut = await extractBuffer(`c.csv.${ext}`, packed.subarray(0, Math.floor(packed.length * 0.6)));
      expect(cut.reasons()).toEqual(['corrupt']);
      const text = cut.unit(`c.csv.${ext}!/c.csv`)?.text ?? '';
      expect(text.length).toBeGreaterThan(long.length * 0.2);
      expect(long.startsWith(text)).toBe(true);
    });
  }

  it('names what a compressed file held', () => {
    expect(['a.csv.xz', 'dir/b.txt.bz2', 'c.zst', 'd.txz', 'e.tbz2', 'f.tzst', 'g.xz'].map(streamMemberName)).toEqual(['a.csv', 'b.txt', 'c', 'd.tar', 'e.tar', 'f.tar', 'g']);
  });
});
