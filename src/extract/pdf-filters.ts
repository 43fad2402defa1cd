// What a PDF stream's filters expand it to, for the bounds in
// pdf-integrity.ts: the filter chain read from the stream's dictionary,
// ASCIIHex and ASCII85 text encodings undone, and the sizes FlateDecode and
// LZWDecode data decode to — counted without holding the output, since
// counting is the point (a 2 MB stream can stand for gigabytes).
import { createInflate } from 'node:zlib';

/** The stream's filters in order: `/Filter /FlateDecode`, `/Filter [/ASCII85Decode /FlateDecode]`. */
function filtersOf(dict: string): string[] {
  const value = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict)?.[1];
  return value ? Array.from(value.matchAll(/\/([A-Za-z0-9]+)/g), (m) => m[1]!) : [];
}

const FLATE = new Set(['FlateDecode', 'Fl']);
const LZW = new Set(['LZWDecode', 'LZW']);

/** ASCIIHexDecode: hex digits, white space ignored, `>` ends; an odd last digit is followed by 0. */
function hexDecode(data: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe((data.length >> 1) + 1);
  let n = 0;
  let high = -1;
  for (const b of data) {
    if (b === 0x3e) break;
    const c = b | 0x20;
    const d = b >= 0x30 && b <= 0x39 ? b - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
    if (d < 0) continue;
    if (high < 0) high = d;
    else {
      out[n++] = (high << 4) | d;
      high = -1;
    }
  }
  if (high >= 0) out[n++] = high << 4;
  return out.subarray(0, n);
}

/** ASCII85Decode: groups of five `!`–`u`, `z` for four zero bytes, `~>` ends, a short last group padded. */
function a85Decode(data: Uint8Array): Buffer {
  // Exactly what it decodes to: `z` stands for four bytes, so a guess of 4× the input would hold GBs for nothing.
  let zeros = 0;
  for (const b of data) {
    if (b === 0x7e) break;
    if (b === 0x7a) zeros++;
  }
  const out = Buffer.allocUnsafe(data.length + zeros * 4 + 4);
  let n = 0;
  let group = 0;
  let count = 0;
  for (const b of data) {
    if (b === 0x7e) break;
    if (b === 0x7a && count === 0) {
      out.writeUInt32BE(0, n);
      n += 4;
      continue;
    }
    if (b < 0x21 || b > 0x75) continue;
    group = group * 85 + (b - 0x21);
    if (++count === 5) {
      out.writeUInt32BE(group >>> 0, n);
      n += 4;
      group = 0;
      count = 0;
    }
  }
  if (count > 1) {
    for (let k = count; k < 5; k++) group = group * 85 + 84;
    const tail = Buffer.allocUnsafe(4);
    tail.writeUInt32BE(group >>> 0, 0);
    n += tail.copy(out, n, 0, count - 1);
  }
  return out.subarray(0, n);
}

const ASCII_FILTERS: Readonly<Record<string, (data: Uint8Array) => Buffer>> = {
  ASCIIHexDecode: hexDecode,
  AHx: hexDecode,
  ASCII85Decode: a85Decode,
  A85: a85Decode,
};

/**
 * The data an expanding filter reads, and which: FlateDecode or LZWDecode,
 * first or behind ASCIIHex/ASCII85 text encodings (`[/ASCII85Decode
 * /FlateDecode]`, undone here). Null for anything else.
 */
export function expandingInput(dict: string, data: Uint8Array): { filter: 'flate' | 'lzw'; input: Uint8Array } | null {
  if (/\/Crypt\b/.test(dict)) return null;
  const filters = filtersOf(dict);
  let input = data;
  let k = 0;
  for (; k < filters.length && ASCII_FILTERS[filters[k]!]; k++) input = ASCII_FILTERS[filters[k]!]!(input);
  const name = filters[k];
  if (name === undefined) return null;
  return FLATE.has(name) ? { filter: 'flate', input } : LZW.has(name) ? { filter: 'lzw', input } : null;
}

/**
 * What an LZWDecode stream decodes to, in bytes, counted up to `limit` + 1
 * as pdf.js decodes it (codes of 9–12 bits, clear 256, end 257, /EarlyChange
 * 1 unless the dictionary says 0). Only entry lengths are kept, never the
 * output: an LZW code stands for up to 4,096 bytes, a 2 MB stream for GBs.
 * A code that is not in the table yet is damage: pdf.js stops there.
 */
export function lzwDecodedSize(data: Uint8Array, limit: number, earlyChange = 1): { size: number; damaged: boolean } {
  const lengths = new Int32Array(4096);
  let size = 0;
  let next = 258;
  let codeLength = 9;
  let prev = -1;
  let bits = 0;
  let buffered = 0;
  for (let i = 0; ; ) {
    while (buffered < codeLength) {
      if (i >= data.length) return { size, damaged: false };
      bits = ((bits << 8) | data[i++]!) & 0xffffff;
      buffered += 8;
    }
    buffered -= codeLength;
    const code = (bits >>> buffered) & ((1 << codeLength) - 1);
    if (code === 256) {
      next = 258;
      codeLength = 9;
      prev = -1;
      continue;
    }
    if (code === 257) return { size, damaged: false };
    let length: number;
    if (code < 256) length = 1;
    else if (code < next) length = lengths[code]!;
    else if (code === next && prev >= 0) length = (prev < 256 ? 1 : lengths[prev]!) + 1;
    else return { size, damaged: true }; // not a code yet: pdf.js stops here, the rest is lost
    if (prev >= 0 && next < 4096) lengths[next++] = (prev < 256 ? 1 : lengths[prev]!) + 1;
    size += length;
    if (size > limit) return { size, damaged: false };
    prev = code;
    if (next + earlyChange >= 1 << codeLength && codeLength < 12) codeLength++;
  }
}

/** Inflated size of a deflate stream, counted up to `limit` + 1 without holding it; throws on damage. */
export async function inflatedSize(data: Uint8Array, limit: number): Promise<number> {
  const inflate = createInflate();
  let size = 0;
  inflate.end(data);
  for await (const chunk of inflate as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      inflate.destroy();
      break;
    }
  }
  return size;
}
