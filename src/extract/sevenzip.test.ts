import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../test/support/extract-harness.js';
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
