import { describe, expect, it } from 'vitest';
import { codePointAt, utf8Width } from './utf8.js';

describe('codePointAt', () => {
  it('reads 2-, 3- and 4-byte characters in place, and their widths', () => {
    const buf = Buffer.from('a·中😀');
    expect([1, 3, 6].map((i) => codePointAt(buf, i))).toEqual([0xb7, 0x4e2d, 0x1f600]);
    expect([0, 1, 3, 6].map((i) => utf8Width(buf[i]!))).toEqual([1, 2, 3, 4]);
  });

  it('is -1 on ASCII, inside a character, and on a sequence cut short or malformed', () => {
    const buf = Buffer.from('a中');
    expect(codePointAt(buf, 0)).toBe(-1);
    expect(codePointAt(buf, 2)).toBe(-1);
    expect(codePointAt(buf.subarray(0, 3), 1)).toBe(-1);
    expect(codePointAt(Uint8Array.of(0xe4, 0x41, 0x80), 0)).toBe(-1);
    expect(codePointAt(Uint8Array.of(0xc0, 0x80), 0)).toBe(-1); // overlong NUL
  });
});
