import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { chineseName, makeRng, mobile, residentId } from '../../test/support/synth.js';
import { hexDigit } from '../scan/tokens.js';
import { DumpScanner, type DumpBlock, type OversizedDump } from './text-dumps.js';

const rng = makeRng(0x0d0a);
const LIST = `姓名,手机,身份证号\n${Array.from({ length: 40 }, () => `${chineseName(rng)},${mobile(rng)},${residentId(rng)}`).join('\n')}\n`;

/** What a real tool writes for `input` (uuencode from sharutils, xxd, hexdump, od). */
const tool = (cmd: string, args: string[], input: string | Buffer = LIST): string => execFileSync(cmd, args, { input }).toString('latin1');

/** Feed `text` in chunks of `size` bytes. */
function blocks(text: string | Buffer, size = 1 << 20, maxBytes = 1 << 20): Array<DumpBlock | OversizedDump> {
  const buf = Buffer.isBuffer(text) ? text : Buffer.from(text, 'latin1');
  const scanner = new DumpScanner(maxBytes);
  const out: Array<DumpBlock | OversizedDump> = [];
  for (let i = 0; i < buf.length; i += size) out.push(...scanner.feed(buf.subarray(i, i + size), i));
  return [...out, ...scanner.end()];
}
const decoded = (b: DumpBlock | OversizedDump | undefined): string => (b && 'data' in b ? b.data.toString('utf8') : `${JSON.stringify(b)}`);

describe('hexDigit', () => {
  it('reads 0–9, a–f and A–F, and nothing else (not the control bytes that OR 0x20 makes digits)', () => {
    expect([...'09afAF'].map((c) => hexDigit(c.charCodeAt(0)))).toEqual([0, 9, 10, 15, 10, 15]);
    for (const b of [0x10, 0x19, 0x2f, 0x3a, 0x40, 0x47, 0x60, 0x67]) expect(hexDigit(b), `0x${b.toString(16)}`).toBe(-1);
  });
});

describe('DumpScanner', () => {
  const dumps: Array<[string, string]> = [
    ['uuencode', tool('uuencode', ['list.csv'])],
    ['xxd', tool('xxd', [])],
    ['xxd -g1 -c 24', tool('xxd', ['-g1', '-c', '24'])],
    ['xxd -g4 -c 32', tool('xxd', ['-g4', '-c', '32'])],
    ['hexdump -C', tool('hexdump', ['-C'])],
    ['od -A x -t x1z -v', tool('od', ['-A', 'x', '-t', 'x1z', '-v'])],
  ];
  for (const [label, dump] of dumps) {
    it(`decodes ${label} back to the file, however the text is cut into chunks`, () => {
      const text = `请查收：\n${dump}谢谢\n`;
      const offset = Buffer.byteLength('请查收：\n');
      for (const size of [7, 61, 4096, 1 << 20]) {
        const found = blocks(Buffer.from(text), size);
        expect(found.map((b) => [b.kind, b.offset])).toEqual([[label.split(' ')[0] === 'uuencode' ? 'uuencode' : 'hexdump', offset]]);
        expect(decoded(found[0])).toBe(LIST);
      }
    });
  }

  it('names a uuencoded file from its begin line, and reads one whose begin line or trailing spaces are gone', () => {
    const dump = tool('uuencode', ['客户名单.csv']);
    expect(blocks(dump)).toMatchObject([{ kind: 'uuencode', name: '客户名单.csv' }]);
    const lines = dump.split('\n');
    // A split file's later part, or a paste without the first line: three full lines in a row start a block.
    const headless = lines.slice(1).join('\n');
    expect(decoded(blocks(headless)[0])).toBe(LIST);
    // Mail transports strip trailing spaces (zeros in uuencode's older alphabet).
    const spaced = tool('python3', ['-c', 'import sys,binascii;d=sys.stdin.buffer.read();sys.stdout.write("begin 644 x\\n"+"".join(binascii.b2a_uu(d[i:i+45], backtick=False).decode() for i in range(0,len(d),45))+" \\nend\\n")']);
    expect(spaced).toMatch(/ \n/);
    expect(decoded(blocks(spaced.replace(/ +\n/g, '\n'))[0])).toBe(LIST);
  });

  it('finds nothing in text that only looks like a dump: CSV, hashes, dates, numbers in columns, English', () => {
    const text = [
      '2024 0102 0304 0506',
      '1380 0138 000a 1b2c',
      'e3b0c44298fc1c149afbf4c8996fb924  list.csv',
      'Meeting notes about the budget for next quarter, written by the sales team',
      'MIT License is a permissive license that places very few restrictions on reuse.',
      ...LIST.split('\n'),
      '0000 1111 2222 3333 4444',
      '0010 1111 2222 3333 4444',
    ].join('\n');
    expect(blocks(text)).toEqual([]);
  });

  it('says when a dump decodes to more than its bound, and does not hold it', () => {
    const big = tool('xxd', [], LIST.repeat(20));
    expect(blocks(big, 1 << 20, 4096)).toEqual([{ kind: 'hexdump', offset: 0, bytes: Buffer.byteLength(LIST) * 20 }]);
    const uu = tool('uuencode', ['big.csv'], LIST.repeat(20));
    expect(blocks(uu, 1 << 20, 4096)).toEqual([{ kind: 'uuencode', offset: 0, bytes: Buffer.byteLength(LIST) * 20 }]);
  });
});

describe('dumps inside text and mail', () => {
  it('scans a uuencoded list in a mail body and an xxd dump in a text file as embedded tables', async () => {
    const uu = tool('uuencode', ['customers.csv']).replace(/\n/g, '\r\n');
    const eml = ['From: a@corp.example', 'To: b@private.example', 'Subject: list', 'Content-Type: text/plain; charset=us-ascii', '', 'see below', uu].join('\r\n');
    const mail = await extractBuffer('m.eml', Buffer.from(eml));
    expect(mail.problems).toEqual([]);
    const inner = mail.units.find((u) => u.location.startsWith('m.eml!/body!/uuencode@'));
    expect(inner?.text).toBe(LIST);
    expect(inner?.shape).toEqual({ kind: 'table', delimiter: ',' });

    const notes = await extractBuffer('dump.txt', Buffer.from(tool('xxd', [])));
    expect(notes.problems).toEqual([]);
    expect(notes.units.find((u) => u.location === 'dump.txt!/hexdump@0')?.text).toBe(LIST);
  });
});
