// The text strings in a PDF's objects, read from the bytes rather than
// through pdf.js: the document information (/Title, /Subject, /Keywords,
// /Author and any custom key), annotation and form-field text, bookmarks,
// link targets. pdf.js reads none of the information dictionary, and reads
// an annotation's text only under its key: a list put in /Keywords, or a
// note whose /Contents key was damaged, would read as clean.
//
// Strings inside content streams are skipped (they are glyph codes in a
// font's encoding, which pdf.js reads properly); strings inside compressed
// object streams (/Type /ObjStm, FlateDecode, where PDF 1.5 writers put most
// dictionaries) are read from the inflated stream, up to OBJECT_STREAM_CAP.
import { isUtf8 } from 'node:buffer';
import { inflateSync } from 'node:zlib';

/** How much one object stream may inflate to for this read (the stream checks bound it before). */
const OBJECT_STREAM_CAP = 32 << 20;
/** A string longer than this is cut (the rest of the file is read on). */
const MAX_STRING_BYTES = 1 << 20;
/** How far back from `stream` the stream's dictionary is looked for. */
const DICT_LOOKBACK = 1024;

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');

const isPdfSpace = (b: number | undefined): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00;

/**
 * Calls `onString` with each text string of the file, decoded, in file
 * order. Returns how many UTF-16 text strings were damaged: written in hex
 * (`<FEFF…>`) with a digit lost or overwritten by another character, so that
 * every character after it reads as another — garbage to every reader, and
 * the values in it gone.
 */
export function pdfTextStrings(data: Uint8Array, onString: (text: string) => void): { damaged: number } {
  const out = { damaged: 0 };
  sweep(data, onString, true, out);
  return out;
}

function sweep(data: Uint8Array, onString: (text: string) => void, topLevel: boolean, out: { damaged: number }): void {
  const n = data.length;
  for (let i = 0; i < n; ) {
    const b = data[i]!;
    if (b === 0x25) {
      // A comment runs to the end of its line.
      while (i < n && data[i] !== 0x0a && data[i] !== 0x0d) i++;
    } else if (b === 0x28) {
      i = literalString(data, i, onString);
    } else if (b === 0x3c) {
      i = data[i + 1] === 0x3c ? i + 2 : hexString(data, i, onString, out);
    } else if (topLevel && b === 0x73 && isStreamKeyword(data, i)) {
      const end = Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf(END_STREAM, i + STREAM.length);
      if (end < 0) return; // a stream that never ends: nothing after it to read
      const objects = objectStream(data, i, end);
      if (objects) sweep(objects, onString, false, out);
      i = end + END_STREAM.length;
    } else i++;
  }
}

/** `stream` as a keyword: after a dictionary's `>>` or white space, before an end of line. */
function isStreamKeyword(data: Uint8Array, i: number): boolean {
  for (let k = 1; k < STREAM.length; k++) if (data[i + k] !== STREAM[k]) return false;
  const before = data[i - 1];
  const after = data[i + STREAM.length];
  return (before === 0x3e || isPdfSpace(before)) && (after === 0x0a || after === 0x0d);
}

/** The inflated body of an object stream (/Type /ObjStm, FlateDecode alone) starting after `stream` at i; null for any other stream. */
function objectStream(data: Uint8Array, i: number, end: number): Uint8Array | null {
  const dict = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1', Math.max(0, i - DICT_LOOKBACK), i);
  const own = dict.slice(dict.lastIndexOf('obj') + 1);
  if (!/\/Type\s*\/ObjStm\b/.test(own) || !/\/Filter\s*(\/FlateDecode|\/Fl\b|\[\s*\/FlateDecode\s*\])/.test(own)) return null;
  let begin = i + STREAM.length;
  if (data[begin] === 0x0d) begin++;
  if (data[begin] === 0x0a) begin++;
  try {
    return inflateSync(data.subarray(begin, end), { maxOutputLength: OBJECT_STREAM_CAP });
  } catch {
    return null; // damaged or too large: the stream checks have said so
  }
}

/** A literal string `( … )` at i (nested parentheses, backslash escapes); returns where it ends. */
function literalString(data: Uint8Array, i: number, onString: (text: string) => void): number {
  const bytes: number[] = [];
  let depth = 1;
  let p = i + 1;
  for (; p < data.length && depth > 0; p++) {
    let b = data[p]!;
    if (b === 0x5c) {
      const e = data[++p];
      if (e === undefined) break;
      if (e >= 0x30 && e <= 0x37) {
        // Up to three octal digits.
        let v = e - 0x30;
        for (let k = 0; k < 2 && data[p + 1]! >= 0x30 && data[p + 1]! <= 0x37; k++) v = v * 8 + data[++p]! - 0x30;
        b = v & 0xff;
      } else if (e === 0x0d || e === 0x0a) {
        if (e === 0x0d && data[p + 1] === 0x0a) p++;
        continue; // a line continued
      } else b = ESCAPES[e] ?? e;
    } else if (b === 0x28) depth++;
    else if (b === 0x29 && --depth === 0) break;
    if (bytes.length < MAX_STRING_BYTES) bytes.push(b);
  }
  emit(Uint8Array.from(bytes), onString);
  return p + 1;
}

const ESCAPES: Readonly<Record<number, number>> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c };

/** A hex string `< … >` at i; returns where it ends. */
function hexString(data: Uint8Array, i: number, onString: (text: string) => void, out: { damaged: number }): number {
  const bytes: number[] = [];
  let high = -1;
  let digits = 0;
  let stray = false;
  let p = i + 1;
  for (; p < data.length && data[p] !== 0x3e; p++) {
    const b = data[p]!;
    const c = b | 0x20;
    const d = b >= 0x30 && b <= 0x39 ? b - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
    if (d < 0) {
      if (isPdfSpace(b)) continue;
      // Not a digit: a damaged string if it began as text, else not a hex string (read on from here).
      if (bytes[0] !== 0xfe || bytes[1] !== 0xff) return p;
      stray = true;
      continue;
    }
    digits++;
    if (high < 0) high = d;
    else {
      if (bytes.length < MAX_STRING_BYTES) bytes.push((high << 4) | d);
      high = -1;
    }
  }
  if (high >= 0) bytes.push(high << 4);
  // UTF-16 is four digits a character: a text string with fewer is one a digit is missing from.
  if (bytes[0] === 0xfe && bytes[1] === 0xff && (stray || digits % 4 !== 0)) out.damaged++;
  else emit(Uint8Array.from(bytes), onString);
  return p + 1;
}

/**
 * A PDF text string's bytes as text: UTF-16BE after its BOM (FE FF), UTF-8
 * after its BOM (PDF 2.0) or when the bytes are valid UTF-8 (what some
 * writers put there regardless), else PDFDocEncoding, read as Latin-1 (the
 * same for every digit, letter and @). Binary strings — document ids,
 * encryption keys — are dropped.
 */
function emit(bytes: Uint8Array, onString: (text: string) => void): void {
  if (bytes.length < 2) return;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text: string;
  if (buf[0] === 0xfe && buf[1] === 0xff) text = utf16be(buf.subarray(2));
  else if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) text = buf.toString('utf8', 3);
  else text = isUtf8Text(buf) ? buf.toString('utf8') : buf.toString('latin1');
  let control = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) || (c >= 0x7f && c < 0xa0) || c === 0xfffd) control++;
  }
  if (control > 0 || !/[0-9A-Za-z\u3400-\u9fff]/.test(text)) return;
  onString(text.replace(/\r\n?/g, '\n'));
}

function utf16be(buf: Buffer): string {
  const swapped = Buffer.allocUnsafe(buf.length & ~1);
  for (let k = 0; k + 1 < buf.length; k += 2) {
    swapped[k] = buf[k + 1]!;
    swapped[k + 1] = buf[k]!;
  }
  return swapped.toString('utf16le');
}

const isUtf8Text = (buf: Buffer): boolean => buf.some((b) => b >= 0x80) && isUtf8(buf);
