import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Base64Scanner, base64BlockEnd, MIN_BASE64_CHARS, type Base64Block, type OversizedBlock } from './base64-blocks.js';

/** Feed `text` in chunks of `size` bytes; the decoded blocks and where they start. */
function blocks(text: string | Buffer, size = 1 << 20, maxChars = 1 << 20): Array<Base64Block | OversizedBlock> {
  const buf = Buffer.isBuffer(text) ? text : Buffer.from(text);
  const scanner = new Base64Scanner(maxChars);
  const out: Array<Base64Block | OversizedBlock> = [];
  for (let i = 0; i < buf.length; i += size) out.push(...scanner.feed(buf.subarray(i, i + size), i));
  return [...out, ...scanner.end()];
}
const decoded = (b: Base64Block | OversizedBlock): string => ('data' in b ? b.data.toString('utf8') : `oversized ${b.chars}`);

describe('Base64Scanner', () => {
  const payload = '姓名,手机\n张伟,13800138000\n'.repeat(20);
  const b64 = Buffer.from(payload).toString('base64');
  const wrapped = (width: number, eol = '\n') => b64.match(new RegExp(`.{1,${width}}`, 'g'))!.join(eol);

  it('finds a block on one line, wrapped at 76 (MIME) or 64 (PEM) columns, with CRLF, across any chunking', () => {
    for (const body of [b64, wrapped(76), wrapped(64, '\r\n')]) {
      const text = `备注：\n${body}\n下一行。`;
      for (const size of [1 << 20, 7, 1]) {
        const found = blocks(text, size);
        expect(found.map(decoded), `${body.length} chars in chunks of ${size}`).toEqual([payload]);
        expect(found[0]!.offset).toBe(Buffer.byteLength('备注：\n'));
      }
    }
  });

  it('goes on over folded lines, as vCard and LDIF write a photo (a space or tab, or an indent, after the break)', () => {
    for (const body of [wrapped(74, '\r\n '), wrapped(75, '\n\t'), wrapped(64, '\n    ')]) {
      const text = `PHOTO;ENCODING=b;TYPE=JPEG:${body}\r\nEND:VCARD\r\n`;
      for (const size of [1 << 20, 5]) expect(blocks(text, size).map(decoded)).toEqual([payload]);
      // a file is not cut inside it
      const inside = text.indexOf('\n') + 1;
      expect(base64BlockEnd(Buffer.from(text), inside)).toBe(text.indexOf('END:VCARD'));
    }
  });

  it('reads what coreutils’ base32 writes: capitals and 2–7, padded with up to six =', () => {
    for (const tail of ['', '1', '12', '123', '1234']) {
      const text = payload + tail;
      // What `base32` prints: wrapped at 76 columns.
      const b32 = execFileSync('base32', { input: text }).toString('latin1');
      expect(b32).toMatch(/^[A-Z2-7=\n]+$/);
      expect(blocks(`附件：\n${b32}\n`).map(decoded), `tail ${tail}`).toEqual([text]);
    }
  });

  it('reads URL-safe base64 and a data: URL’s payload', () => {
    const url = Buffer.from(payload).toString('base64url');
    expect(blocks(`"file":"${url}"`).map(decoded)).toEqual([payload]);
    expect(blocks(`src="data:text/csv;base64,${b64}"`).map(decoded)).toEqual([payload]);
  });

  it('skips words, numbers and short runs without copying them, and ends a block at a blank line', () => {
    expect(blocks('the customer 6222021234567890123 110101199003071233 abc= 13800138000 hello/world')).toEqual([]);
    expect(MIN_BASE64_CHARS).toBeGreaterThan(19); // the longest card number is not a block
    const two = blocks(`${wrapped(76)}\n\n${wrapped(76)}`);
    expect(two.map(decoded)).toEqual([payload, payload]);
  });

  it('reports a block over the size bound instead of holding it', () => {
    const big = randomBytes(3000).toString('base64');
    expect(blocks(big, 1 << 20, 1000)).toEqual([{ offset: 0, chars: big.length }]);
  });

  it('tells where a wrapped block goes on to, for cutting a file between blocks', () => {
    const lines = wrapped(76).split('\n');
    const text = Buffer.from(`前言\n${lines.join('\n')}\n后记\n`);
    const lineStart = (k: number) => Buffer.byteLength(`前言\n${lines.slice(0, k).join('\n')}\n`);
    const end = lineStart(lines.length);
    for (let k = 1; k < lines.length; k++) expect(base64BlockEnd(text, lineStart(k)), `cut before line ${k}`).toBe(end);
    expect(base64BlockEnd(text, lineStart(0))).toBe(lineStart(0)); // after 前言: not inside a block
    expect(base64BlockEnd(text, end)).toBe(end);
    expect(base64BlockEnd(text.subarray(0, lineStart(2) + 10), lineStart(1))).toBe(-1); // runs past what was read
    const crlf = Buffer.from(`x\r\n${lines.join('\r\n')}\r\n结束\r\n`);
    expect(base64BlockEnd(crlf, crlf.indexOf(lines[1]!))).toBe(crlf.indexOf('结束'));
  });
});
