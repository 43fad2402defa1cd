// pdf.js repairs damaged files without a word, and what it cannot repair is
// simply missing from the text: one flipped bit in a page's content stream
// turns a table into garbage operators, one in an object header loses a
// font's descriptor and with it every digit. This module only checks, so
// that such a file is `corrupt` (what pdf.js recovered is still scanned):
//
// - every stream's /Length (direct, or an object holding a number) must
//   end it at `endstream`, give or take the EOL;
// - every FlateDecode stream must inflate cleanly, Adler-32 included
//   (pdf.js ignores the check; Node's zlib does not);
// - every in-use entry of a classic cross-reference table must point at
//   the header of the object it names (`12 0 obj`), followed by the start
//   of a value. Cross-reference streams (PDF 1.5) are not checked.
//
// Streams are found textually ("stream" EOL … "endstream"); an encrypted
// document's streams are ciphertext and are not checked.
//
// The same pass bounds what pdf.js would inflate: it decodes a stream
// whole, in memory, so a 2 MB file holding a deflate bomb made it use 4 GB.
// A FlateDecode stream may inflate to maxRatio × its length (+ 1 MiB); an
// image, which pdf.js does not decode for text and which compresses far
// better (a blank scanned page, ~1000:1), to the size its /Width, /Height,
// colour space and /BitsPerComponent declare (+ 1 MiB); all of them
// together to limits.maxBytes. Output is never held past CHECK_OUTPUT_CAP:
// a larger stream is counted as it inflates and dropped.
import { createInflate, inflateSync } from 'node:zlib';
import { RATIO_FLOOR } from './zip-reader.js';

const CHECK_OUTPUT_CAP = 32 << 20;
/** How far before `stream` its dictionary (with /Filter) is looked for. */
const DICT_LOOKBACK = 1024;

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');

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
  const out = Buffer.allocUnsafe(data.length * 4 + 4);
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
function expandingInput(dict: string, data: Uint8Array): { filter: 'flate' | 'lzw'; input: Uint8Array } | null {
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
 */
export function lzwDecodedSize(data: Uint8Array, limit: number, earlyChange = 1): number {
  const lengths = new Int32Array(4096);
  let size = 0;
  let next = 258;
  let codeLength = 9;
  let prev = -1;
  let bits = 0;
  let buffered = 0;
  for (let i = 0; ; ) {
    while (buffered < codeLength) {
      if (i >= data.length) return size;
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
    if (code === 257) return size;
    let length: number;
    if (code < 256) length = 1;
    else if (code < next) length = lengths[code]!;
    else if (code === next && prev >= 0) length = (prev < 256 ? 1 : lengths[prev]!) + 1;
    else return size; // not a code yet: pdf.js stops here too
    if (prev >= 0 && next < 4096) lengths[next++] = (prev < 256 ? 1 : lengths[prev]!) + 1;
    size += length;
    if (size > limit) return size;
    prev = code;
    if (next + earlyChange >= 1 << codeLength && codeLength < 12) codeLength++;
  }
}

/** What the stream pass found: damage, and inflation past the bounds. */
export interface StreamCheck {
  /** Streams whose length, deflate data or checksum is wrong. */
  damaged: number;
  /** The bound a stream inflated past, stopping the pass: its own (a decompression bomb), or the item's bytes. */
  over: 'max-ratio' | 'max-bytes' | null;
  /** Bytes all FlateDecode streams inflate to, counted up to the first bound passed. */
  inflated: number;
}

/** Inflated bytes allowed for a stream with this dictionary and compressed length. */
function inflateBound(dict: string, compressed: number, maxRatio: number): number {
  if (!/\/Subtype\s*\/Image\b/.test(dict)) return maxRatio * compressed + RATIO_FLOOR;
  const num = (key: string, fallback: number): number => Number(new RegExp(`/${key}\\s+(\\d+)`).exec(dict)?.[1] ?? fallback);
  const components = /\/DeviceGray\b|\/G\b|\/ImageMask\s+true/.test(dict) ? 1 : /\/DeviceRGB\b|\/RGB\b/.test(dict) ? 3 : 4;
  const bits = num('BitsPerComponent', 8);
  const width = num('Width', 0);
  // A predictor adds a tag byte per row.
  return num('Height', 0) * (Math.ceil((width * components * bits) / 8) + 1) + RATIO_FLOOR;
}

/** Inflated size of a deflate stream, counted up to `limit` + 1 without holding it; throws on damage. */
async function inflatedSize(data: Uint8Array, limit: number): Promise<number> {
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

/**
 * An object's header and the first token of its value (PDF white space
 * includes NUL): a dictionary, array, string, hex string, name, number,
 * boolean, null or reference. `7 0 obj\0\0</Type…` (a dictionary whose
 * `<<` was overwritten) is none of these.
 */
const OBJECT_HEAD = /^[\0\t\n\f\r ]*(\d+)[\0\t\n\f\r ]+\d+[\0\t\n\f\r ]+obj[\0\t\n\f\r ]*(?:<<|<[0-9A-Fa-f\0\t\n\f\r ]*(?:>|$)|[[(/+\-.0-9]|true|false|null)/;

/**
 * In-use entries of the classic cross-reference tables (the last one and
 * those it chains to by /Prev; the newest entry of an object wins) whose
 * offset does not hold that object's header. 0 when there is no classic
 * table to check.
 */
export function xrefMismatches(data: Buffer): number {
  const tail = data.toString('latin1', Math.max(0, data.length - 1024));
  const start = /startxref\s+(\d+)\s*%%EOF\s*$/.exec(tail);
  if (!start) return 0;
  const newest = new Map<number, number>();
  const seen = new Set<number>();
  let at = Number(start[1]);
  while (at > 0 && at < data.length && !seen.has(at) && seen.size < 64) {
    seen.add(at);
    // A section: "xref", subsections "first count" with 20-byte entries, then the trailer.
    const text = data.toString('latin1', at, Math.min(data.length, at + (1 << 22)));
    if (!text.startsWith('xref')) break; // a cross-reference stream: not checked
    const re = /(\d+) (\d+)\s*\r?\n|trailer/y;
    let p = 4;
    while (p < text.length && /\s/.test(text[p]!)) p++;
    for (;;) {
      re.lastIndex = p;
      const m = re.exec(text);
      if (!m || m[0] === 'trailer') break;
      const first = Number(m[1]);
      const count = Number(m[2]);
      p = re.lastIndex;
      for (let k = 0; k < count && p + 18 <= text.length; k++, p += 20) {
        const offset = Number(text.slice(p, p + 10));
        if (text[p + 17] === 'n' && !newest.has(first + k)) newest.set(first + k, offset);
        else if (!newest.has(first + k)) newest.set(first + k, -1); // free: an older section must not revive it
      }
    }
    const prev = /\/Prev\s+(\d+)/.exec(text.slice(p, p + 4096));
    at = prev ? Number(prev[1]) : 0;
  }
  let bad = 0;
  for (const [num, offset] of newest) {
    if (offset < 0 || num === 0) continue;
    const head = OBJECT_HEAD.exec(data.toString('latin1', offset, Math.min(data.length, offset + 64)));
    if (!head || Number(head[1]) !== num) bad++;
  }
  return bad;
}

/** The file as a latin1 string, made once per file for the checks that read it whole. */
const texts = new WeakMap<Buffer, string>();
function latin1(data: Buffer): string {
  let text = texts.get(data);
  if (text === undefined) texts.set(data, (text = data.toString('latin1')));
  return text;
}

/** A page's /Annots entry that is not an empty array, or an annotation object (when uncompressed). */
const NON_EMPTY_ANNOTS = /\/Annots(?!\s*\[\s*\])|\/Type\s*\/Annot\b/;

/** Whether the file lists annotations (to tell pdf.js finding none from there being none). */
export const listsAnnotations = (data: Buffer): boolean => NON_EMPTY_ANNOTS.test(latin1(data));

/** Where each object's header (`12 0 obj`) is, by a scan of the file; the last one of a number wins. */
function objectOffsets(data: Buffer): Map<number, number> {
  const map = new Map<number, number>();
  const text = latin1(data);
  const re = /(?:^|[\r\n])(\d+) \d+ obj\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) map.set(Number(m[1]), m.index + (m[0].length - m[0].trimStart().length));
  return map;
}

/**
 * Streams of an unencrypted PDF whose /Length does not end them at
 * `endstream` (or is not a number), and FlateDecode streams that do not
 * inflate cleanly.
 */
export async function checkStreams(data: Buffer, limits: { maxRatio: number; maxBytes: number }): Promise<StreamCheck> {
  const out: StreamCheck = { damaged: 0, over: null, inflated: 0 };
  if (data.includes('/Encrypt')) return out;
  let objects: Map<number, number> | null = null; // object number → offset of its header, built on first need
  let at = 0;
  for (;;) {
    const s = data.indexOf(STREAM, at);
    if (s < 0) return out;
    at = s + STREAM.length;
    // "endstream" also contains "stream"; a keyword is followed by an EOL.
    if (s >= 3 && data.toString('latin1', s - 3, s) === 'end') continue;
    let begin = at;
    if (data[begin] === 0x0d) begin++;
    if (data[begin] !== 0x0a) continue;
    begin++;
    const end = data.indexOf(END_STREAM, begin);
    if (end < 0) {
      out.damaged++; // a stream that never ends: cut off
      return out;
    }
    at = end + END_STREAM.length;
    const dictFrom = Math.max(0, s - DICT_LOOKBACK);
    const head = data.toString('latin1', dictFrom, s);
    const dict = head.slice(head.lastIndexOf('obj') + 1);
    // The stream's /Length must be a number that ends it at `endstream` (give or take the EOL):
    // a damaged one makes pdf.js read a cut or overlong stream — a font without its glyph map.
    const ref = /\/Length\s+(\d+)\s+\d+\s+R/.exec(dict);
    const direct = ref ? null : /\/Length\s+(\d+)/.exec(dict);
    let length: number | undefined = direct ? Number(direct[1]) : undefined;
    if (ref) {
      objects ??= objectOffsets(data);
      const off = objects.get(Number(ref[1]));
      if (off !== undefined) {
        const body = /^\s*\d+\s+\d+\s+obj([^]*?)endobj/.exec(data.toString('latin1', off, Math.min(data.length, off + 64)));
        const value = body?.[1]?.trim() ?? '';
        if (!/^\d+$/.test(value)) {
          out.damaged++;
          continue;
        }
        length = Number(value);
      }
    }
    if (length !== undefined && Math.abs(end - begin - length) > 2) {
      out.damaged++;
      continue;
    }
    // The EOL before `endstream` is after the end of the zlib stream, where zlib stops reading.
    const expanding = expandingInput(dict, data.subarray(begin, end));
    if (expanding === null) continue;
    const { filter, input: compressed } = expanding;
    const own = inflateBound(dict, end - begin, limits.maxRatio);
    const bound = Math.min(own, limits.maxBytes - out.inflated);
    let size: number;
    if (filter === 'lzw') {
      size = lzwDecodedSize(compressed, bound, /\/EarlyChange\s+0\b/.test(dict) ? 0 : 1);
    } else try {
      size = inflateSync(compressed, { maxOutputLength: Math.min(CHECK_OUTPUT_CAP, bound + 1) }).length;
    } catch (err) {
      if ((err as { code?: string }).code !== 'ERR_BUFFER_TOO_LARGE') {
        out.damaged++;
        continue;
      }
      try {
        size = bound + 1 <= CHECK_OUTPUT_CAP ? bound + 1 : await inflatedSize(compressed, bound);
      } catch {
        out.damaged++;
        continue;
      }
    }
    out.inflated += Math.min(size, bound);
    if (size > bound) {
      out.over = bound === own ? 'max-ratio' : 'max-bytes';
      return out; // nothing after it matters: the file is not handed to pdf.js
    }
  }
}
