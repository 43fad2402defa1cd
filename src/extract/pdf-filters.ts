// What a PDF stream's filters expand it to, for the bounds in
// pdf-integrity.ts: the filter chain read from the stream's dictionary,
// ASCIIHex and ASCII85 text encodings undone, and the sizes FlateDecode,
// LZWDecode and RunLengthDecode data decode to — counted without holding
// the output where one filter expands, since counting is the point (a 2 MB
// stream can stand for gigabytes). A chain of them (`[/FlateDecode
// /FlateDecode]`: a bomb inside a bomb) is decoded stage by stage, each
// stage held to a cap.
import { createInflate, inflateSync } from 'node:zlib';

/** The stream's filters in order: `/Filter /FlateDecode`, `/Filter [/ASCII85Decode /FlateDecode]`. */
function filtersOf(dict: string): string[] {
  const value = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict)?.[1];
  return value ? Array.from(value.matchAll(/\/([A-Za-z0-9]+)/g), (m) => m[1]!) : [];
}

const FLATE = new Set(['FlateDecode', 'Fl']);
const LZW = new Set(['LZWDecode', 'LZW']);
const RUN_LENGTH = new Set(['RunLengthDecode', 'RL']);

export type ExpandingFilter = 'flate' | 'lzw' | 'rl';
const expandingFilter = (name: string): ExpandingFilter | null =>
  FLATE.has(name) ? 'flate' : LZW.has(name) ? 'lzw' : RUN_LENGTH.has(name) ? 'rl' : null;

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
 * The data the first expanding filter (FlateDecode, LZWDecode, RunLengthDecode)
 * reads — first, or behind ASCIIHex/ASCII85 text encodings (`[/ASCII85Decode
 * /FlateDecode]`, undone here) — which filter it is, and the filters pdf.js
 * applies from it on (`chain`: it, then expanding or ASCII ones up to the
 * first that is not decoded for text, such as an image codec). Null when
 * there is none.
 */
export function expandingInput(dict: string, data: Uint8Array): { filter: ExpandingFilter; input: Uint8Array; chain: string[] } | null {
  if (/\/Crypt\b/.test(dict)) return null;
  const filters = filtersOf(dict);
  let input = data;
  let k = 0;
  for (; k < filters.length && ASCII_FILTERS[filters[k]!]; k++) input = ASCII_FILTERS[filters[k]!]!(input);
  const filter = filters[k] === undefined ? null : expandingFilter(filters[k]!);
  if (filter === null) return null;
  const chain = [filters[k]!];
  for (const name of filters.slice(k + 1)) {
    if (!expandingFilter(name) && !ASCII_FILTERS[name]) break;
    chain.push(name);
  }
  return { filter, input, chain };
}

/**
 * What a chain of filters decodes `data` to, stage by stage in memory, or
 * 'over' as soon as a stage's output passes `cap` bytes; 'damaged' when a
 * stage's data is broken (pdf.js would lose the rest of the stream).
 */
export function decodeChain(filters: readonly string[], data: Uint8Array, cap: number, earlyChange = 1): Uint8Array | 'over' | 'damaged' {
  let out = data;
  for (const name of filters) {
    const ascii = ASCII_FILTERS[name];
    if (ascii) {
      out = ascii(out); // never longer than its input
      continue;
    }
    const filter = expandingFilter(name);
    if (filter === 'flate') {
      try {
        out = inflateSync(out, { maxOutputLength: cap + 1 });
      } catch (err) {
        return (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'over' : 'damaged';
      }
    } else if (filter === 'lzw') {
      const lzw = lzwDecode(out, cap, earlyChange);
      if (lzw === 'over' || lzw === 'damaged') return lzw;
      out = lzw;
    } else if (filter === 'rl') {
      const rl = runLength(out, cap, true);
      if (rl.over) return 'over';
      out = rl.out!;
    }
    if (out.length > cap) return 'over';
  }
  return out;
}

/**
 * RunLengthDecode: a length byte n, then n + 1 literal bytes (n < 128) or one
 * byte repeated 257 − n times (n > 128); 128 ends the data. Counts what it
 * decodes to, stopping past `limit`; with `write`, decodes it too.
 */
export function runLength(data: Uint8Array, limit: number, write = false): { size: number; over: boolean; out?: Buffer } {
  let size = 0;
  let out: Buffer | undefined = write ? Buffer.allocUnsafe(Math.min(limit + 1, Math.max(1024, data.length * 2))) : undefined;
  for (let i = 0; i < data.length; ) {
    const n = data[i++]!;
    if (n === 128) break;
    const literal = n < 128;
    const count = literal ? Math.min(n + 1, data.length - i) : 257 - n;
    if (!literal && i >= data.length) break;
    if (size + count > limit) return { size: size + count, over: true };
    if (out !== undefined) {
      if (size + count > out.length) out = grow(out, size, Math.min(limit + 1, Math.max(2 * out.length, size + count)));
      if (literal) out.set(data.subarray(i, i + count), size);
      else out.fill(data[i]!, size, size + count);
    }
    i += literal ? count : 1;
    size += count;
  }
  return { size, over: false, ...(out ? { out: out.subarray(0, size) } : {}) };
}

function grow(buf: Buffer, used: number, size: number): Buffer {
  const next = Buffer.allocUnsafe(size);
  buf.copy(next, 0, 0, used);
  return next;
}

/**
 * LZWDecode as pdf.js reads it: codes of 9–12 bits, clear 256, end 257,
 * /EarlyChange 1 unless the dictionary says 0. Counts what the data decodes
 * to, stopping once past `limit`; with `write`, decodes it too. Without, only
 * entry lengths are kept, never the output: an LZW code stands for up to
 * 4,096 bytes, a 2 MB stream for GBs. A code that is not in the table yet
 * is damage: pdf.js stops there.
 */
export function lzw(data: Uint8Array, limit: number, earlyChange = 1, write = false): { size: number; damaged: boolean; out?: Buffer } {
  const prefix = new Int32Array(4096);
  const suffix = new Uint8Array(4096);
  const lengths = new Int32Array(4096).fill(1, 0, 256);
  let out: Buffer | undefined = write ? Buffer.allocUnsafe(Math.min(limit + 1, Math.max(1024, data.length * 4))) : undefined;
  let n = 0;
  let next = 258;
  let codeLength = 9;
  let prev = -1;
  let bits = 0;
  let buffered = 0;
  const done = (damaged: boolean) => ({ size: n, damaged, ...(out ? { out: out.subarray(0, Math.min(n, out.length)) } : {}) });
  /** The bytes of table entry `code` at `at`, written backwards from its last byte. */
  const put = (buf: Buffer, code: number, at: number): void => {
    let p = at + lengths[code]! - 1;
    let c = code;
    for (; c >= 256; c = prefix[c]!) buf[p--] = suffix[c]!;
    buf[p] = c;
  };
  for (let i = 0; ; ) {
    while (buffered < codeLength) {
      if (i >= data.length) return done(false);
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
    if (code === 257) return done(false);
    const known = code < next; // 0–255 always; 256 and 257 are handled above
    if (!known && !(code === next && prev >= 0)) return done(true); // not a code yet: pdf.js stops here, the rest is lost
    const length = known ? lengths[code]! : lengths[prev]! + 1;
    if (n + length > limit) {
      n += length;
      return { size: n, damaged: false };
    }
    if (out) {
      if (n + length > out.length) out = grow(out, n, Math.min(limit + 1, Math.max(2 * out.length, n + length)));
      if (known) put(out, code, n);
      else {
        put(out, prev, n); // the previous entry and its own first byte (KwKwK)
        out[n + length - 1] = out[n]!;
      }
    }
    if (prev >= 0 && next < 4096) {
      prefix[next] = prev;
      if (out) suffix[next] = out[n]!;
      lengths[next++] = lengths[prev]! + 1;
    }
    n += length;
    prev = code;
    if (next + earlyChange >= 1 << codeLength && codeLength < 12) codeLength++;
  }
}

/** What an LZWDecode stream decodes to, in bytes, counted up to `limit` + 1 without holding it. */
export const lzwDecodedSize = (data: Uint8Array, limit: number, earlyChange = 1): { size: number; damaged: boolean } => {
  const { size, damaged } = lzw(data, limit, earlyChange);
  return { size, damaged };
};

/** An LZWDecode stream decoded: 'over' past `cap` bytes, 'damaged' at a code not yet in the table. */
export function lzwDecode(data: Uint8Array, cap: number, earlyChange = 1): Buffer | 'over' | 'damaged' {
  const r = lzw(data, cap, earlyChange, true);
  return r.damaged ? 'damaged' : r.size > cap ? 'over' : r.out!;
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
