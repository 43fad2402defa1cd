import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { buildRar } from '../../test/support/rar-writer.js';
import { chineseName, makeRng, mobile, residentId } from '../../test/support/synth.js';
import { tempDir } from '../../test/support/temp-dir.js';

const rng = makeRng(0x5f);
const LIST = `姓名,手机,身份证号\n${Array.from({ length: 20 }, () => `${chineseName(rng)},${mobile(rng)},${residentId(rng)}`).join('\n')}\n`;
/** A real program to put in front: coreutils' `true`. */
const STUB = readFileSync('/usr/bin/true');

function workdir(): string {
  const dir = tempDir('lg-sfx-');
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', '名单.csv'), LIST);
  return dir;
}

describe('self-extracting archives', () => {
  it('reads the 7z archive a 7-Zip self-extractor carries', async () => {
    const dir = workdir();
    execFileSync('7z', ['a', '-bso0', '-bsp0', '-sfx7zCon.sfx', join(dir, 'list.exe'), '名单.csv'], { cwd: join(dir, 'src') });
    const sink = await extractBuffer('list.exe', readFileSync(join(dir, 'list.exe')));
    expect(sink.problems).toEqual([]);
    expect(sink.unit('list.exe!/archive.7z!/名单.csv')?.text).toBe(LIST);
  });

  it('reads the RAR archive after a program, past a RAR signature in the program itself', async () => {
    // WinRAR's stubs look for their archive, so its signature is in their code too: no header follows it there.
    const inCode = Buffer.from('Rar!\x1a\x07\x00\x00\x00\x00\x00\x00 Rar!\x1a\x07\x01\x00\x00\x00\x00\x00\x00', 'latin1');
    for (const version of [5, 4] as const) {
      const exe = Buffer.concat([STUB, inCode, buildRar([{ name: '名单.csv', data: LIST }], { version })]);
      const sink = await extractBuffer('list.exe', exe);
      expect(sink.problems, `RAR ${version}`).toEqual([]);
      expect(sink.unit('list.exe!/archive.rar!/名单.csv')?.text, `RAR ${version}`).toBe(LIST);
    }
  });

  it('reads the zip after a program, its offsets counted from the archive or, after zip -A, from the file', async () => {
    for (const adjust of [false, true]) {
      const dir = workdir();
      execFileSync('zip', ['-q', join(dir, 'list.zip'), '名单.csv'], { cwd: join(dir, 'src') });
      const exe = join(dir, 'list.exe');
      writeFileSync(exe, Buffer.concat([STUB, readFileSync(join(dir, 'list.zip'))]));
      if (adjust) execFileSync('zip', ['-q', '-A', exe]);
      const sink = await extractBuffer('list.exe', readFileSync(exe));
      expect(sink.problems, `zip -A: ${adjust}`).toEqual([]);
      expect(sink.unit('list.exe!/archive.zip!/名单.csv')?.text, `zip -A: ${adjust}`).toBe(LIST);
    }
  });

  it('calls a program without an archive binary data, as before', async () => {
    const sink = await extractBuffer('true.exe', STUB);
    expect(sink.reasons()).toEqual(['unsupported-format']);
    expect(sink.units).toEqual([]);
  });
});
