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
// together to limits.maxBytes. LZWDecode and RunLengthDecode are counted
// the same way. Output is never held past CHECK_OUTPUT_CAP: a larger stream
// is counted as it inflates and dropped. A chain of expanding filters
// (`[/FlateDecode /FlateDecode]`, a bomb inside a bomb that the first stage's
// ratio does not show) is decoded stage by stage, every stage held to the
// bound and to CHECK_OUTPUT_CAP.
//
// What a stream other than an image decodes to is also looked at for a fill
// that can hide text (pdf-unseen.ts): only then are a page's glyph colours
// asked of pdf.js.
import { inflateSync } from 'node:zlib';
import { decodeChain, expandingInput, inflatedSize, lzwDecodedSize, runLength } from './pdf-filters.js';
import { objectParses } from './pdf-object.js';
import { mayHideText } from './pdf-unseen.js';
import { RATIO_FLOOR } from './zip-reader.js';

const CHECK_OUTPUT_CAP = 32 << 20;
/** How far before `stream` its dictionary (with /Filter) is looked for. */
const DICT_LOOKBACK = 1024;

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');

/** What the stream pass found: damage, and inflation past the bounds. */
export interface StreamCheck {
  /** Streams whose length, deflate data or checksum is wrong. */
  damaged: number;
  /** The bound a stream inflated past, stopping the pass: its own (a decompression bomb), or the item's bytes. */
  over: 'max-ratio' | 'max-bytes' | null;
  /** Bytes the Flate and LZW streams other than images decode to, counted up to the first bound passed. */
  inflated: number;
  /** Width × height of the largest image stream (of those before the pass stopped). */
  largestImage: number;
  /** A stream other than an image may draw text no one sees (pdf-unseen.ts), or could not be told. */
  mayHideText: boolean;
}

const isImage = (dict: string): boolean => /\/Subtype\s*\/Image\b/.test(dict);
/** A number-valued key of a dictionary. */
const num = (dict: string, key: string, fallback: number): number => Number(new RegExp(`/${key}\\s+(\\d+)`).exec(dict)?.[1] ?? fallback);

/** Inflated bytes allowed for a stream with this dictionary and compressed length. */
function inflateBound(dict: string, compressed: number, maxRatio: number): number {
  if (!isImage(dict)) return maxRatio * compressed + RATIO_FLOOR;
  const components = /\/DeviceGray\b|\/G\b|\/ImageMask\s+true/.test(dict) ? 1 : /\/DeviceRGB\b|\/RGB\b/.test(dict) ? 3 : 4;
  const bits = num(dict, 'BitsPerComponent', 8);
  const width = num(dict, 'Width', 0);
  // A predictor adds a tag byte per row.
  return num(dict, 'Height', 0) * (Math.ceil((width * components * bits) / 8) + 1) + RATIO_FLOOR;
}

/**
 * An object's header and the first token of its value (PDF white space
 * includes NUL): a dictionary, array, string, hex string, name, number,
 * boolean, null or reference. `7 0 obj\0\0</Type…` (a dictionary whose
 * `<<` was overwritten) is none of these.
 */
const OBJECT_HEAD = /^[\0\t\n\f\r ]*(\d+)[\0\t\n\f\r ]+(\d+)[\0\t\n\f\r ]+obj[\0\t\n\f\r ]*(?:<<|<[0-9A-Fa-f\0\t\n\f\r ]*(?:>|$)|[[(/+\-.0-9]|true|false|null)/;

/**
 * In-use entries of the classic cross-reference tables (the last one and
 * those it chains to by /Prev; the newest entry of an object wins) whose
 * offset does not hold that object's header, plus one for a `startxref` or
 * /Prev that points at neither a table nor an object (a cross-reference
 * stream, which is not checked further); and (`malformed`) the objects
 * there whose value does not parse (pdf-object.ts). Both 0 when the file
 * does not end with `startxref` and %%EOF.
 */
export function xrefMismatches(data: Buffer): { misplaced: number; malformed: number } {
  const tail = data.toString('latin1', Math.max(0, data.length - 1024));
  const start = /startxref\s+(\d+)\s*%%EOF\s*$/.exec(tail);
  if (!start) return { misplaced: 0, malformed: 0 };
  /** Object number → [offset, generation]; offset −1 for a free entry. */
  const newest = new Map<number, [number, number]>();
  const seen = new Set<number>();
  let at = Number(start[1]);
  while (at > 0 && at < data.length && !seen.has(at) && seen.size < 64) {
    seen.add(at);
    // A section: "xref", subsections "first count" with 20-byte entries, then the trailer.
    const text = data.toString('latin1', at, Math.min(data.length, at + (1 << 22)));
    if (!text.startsWith('xref')) {
      // A cross-reference stream is an object (not checked further); anything else is a lost table.
      if (!OBJECT_HEAD.test(text.slice(0, 64))) newest.set(-1, [at, 0]);
      break;
    }
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
        const generation = Number(text.slice(p + 11, p + 16));
        if (text[p + 17] === 'n' && !newest.has(first + k)) newest.set(first + k, [offset, generation]);
        else if (!newest.has(first + k)) newest.set(first + k, [-1, 0]); // free: an older section must not revive it
      }
    }
    const prev = /\/Prev\s+(\d+)/.exec(text.slice(p, p + 4096));
    at = prev ? Number(prev[1]) : 0;
  }
  let bad = 0;
  let malformed = 0;
  for (const [num, [offset, generation]] of newest) {
    if (num < 0) bad++;
    if (offset < 0 || num <= 0) continue;
    // The object there must be the one the entry names, generation too: a reference to
    // `7 0 R` finds nothing under an entry that says generation 10000 (fuzz seed 606).
    const head = OBJECT_HEAD.exec(data.toString('latin1', offset, Math.min(data.length, offset + 64)));
    if (!head || Number(head[1]) !== num || Number(head[2]) !== generation) bad++;
    else if (!objectParses(latin1(data), offset + head[0].lastIndexOf('obj') + 3)) malformed++;
  }
  return { misplaced: bad, malformed };
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

/**
 * Whether the file holds an attached file: an embedded file stream, or a file
 * specification with one (/EF; pdfattach writes no /Type). Not seen inside an
 * object stream.
 */
export const holdsEmbeddedFiles = (data: Buffer): boolean => /\/Type\s*\/EmbeddedFile\b|\/EF\s*<</.test(latin1(data));

/** Whether a trailer names an encryption dictionary (by reference or inline): the file's strings are then ciphertext. */
export const isEncrypted = (data: Buffer): boolean => /\/Encrypt\s*(?:\d+\s+\d+\s+R|<<)/.test(latin1(data));

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
 * `endstream` (or is not a number), FlateDecode streams that do not
 * inflate cleanly, and what the Flate and LZW streams expand to against
 * the bounds (the pass stops at the first stream past one).
 */
export async function checkStreams(data: Buffer, limits: { maxRatio: number; maxBytes: number }): Promise<StreamCheck> {
  const out: StreamCheck = { damaged: 0, over: null, inflated: 0, largestImage: 0, mayHideText: false };
  // An encrypted file's streams are ciphertext: whether they hide text cannot be told.
  if (data.includes('/Encrypt')) return { ...out, mayHideText: true };
  /** Looks at what a stream other than an image decodes to (null: it could not be decoded here). */
  const look = (decoded: Uint8Array | null): void => {
    if (out.mayHideText) return;
    out.mayHideText = decoded === null || mayHideText(Buffer.from(decoded.buffer, decoded.byteOffset, decoded.byteLength));
  };
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
      out.mayHideText = true; // what pdf.js repairs of it is not seen here
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
    const image = isImage(dict);
    if (image) out.largestImage = Math.max(out.largestImage, num(dict, 'Width', 0) * num(dict, 'Height', 0));
    // The EOL before `endstream` is after the end of the zlib stream, where zlib stops reading.
    const expanding = expandingInput(dict, data.subarray(begin, end));
    if (expanding === null) {
      if (!image) look(/\/Filter\b/.test(dict) ? null : data.subarray(begin, end));
      continue;
    }
    const { filter, input: compressed, chain } = expanding;
    const own = inflateBound(dict, end - begin, limits.maxRatio);
    // Images are not decoded for text: each is held to the size it declares (and to the item's
    // budget on its own), but they do not spend the budget: an OCR'd 200-page scan holds GBs
    // of pixels and is read.
    const bound = Math.min(own, limits.maxBytes - (image ? 0 : out.inflated));
    const earlyChange = /\/EarlyChange\s+0\b/.test(dict) ? 0 : 1;
    let size: number;
    if (chain.length > 1) {
      // A bomb inside a bomb ([/FlateDecode /FlateDecode]): each stage decoded in turn, held to
      // the bound and to CHECK_OUTPUT_CAP (no sound producer nests compression that deep).
      const cap = Math.min(bound, CHECK_OUTPUT_CAP);
      const decoded = decodeChain(chain, compressed, cap, earlyChange);
      if (decoded === 'damaged') {
        out.damaged++;
        continue;
      }
      if (decoded === 'over') {
        if (!image) out.inflated += cap;
        out.over = cap === bound && bound !== own ? 'max-bytes' : 'max-ratio';
        return out;
      }
      size = decoded.length;
      if (!image) look(decoded);
    } else if (filter === 'rl') {
      size = runLength(compressed, bound).size;
      if (!image) look(null);
    } else if (filter === 'lzw') {
      const lzw = lzwDecodedSize(compressed, bound, earlyChange);
      if (lzw.damaged) out.damaged++;
      size = lzw.size;
      if (!image) look(null);
    } else try {
      const inflated = inflateSync(compressed, { maxOutputLength: Math.min(CHECK_OUTPUT_CAP, bound + 1) });
      size = inflated.length;
      if (!image && size <= bound) look(inflated);
    } catch (err) {
      if ((err as { code?: string }).code !== 'ERR_BUFFER_TOO_LARGE') {
        out.damaged++;
        continue;
      }
      if (!image) look(null);
      try {
        size = bound + 1 <= CHECK_OUTPUT_CAP ? bound + 1 : await inflatedSize(compressed, bound);
      } catch {
        out.damaged++;
        continue;
      }
    }
    if (!image) out.inflated += Math.min(size, bound);
    if (size > bound) {
      out.over = bound === own ? 'max-ratio' : 'max-bytes';
      return out; // nothing after it matters: the file is not handed to pdf.js
    }
  }
}
