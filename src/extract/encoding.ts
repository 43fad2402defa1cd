// Which text encoding a file's first bytes are in: UTF-8 (BOM or not),
// UTF-16LE/BE (BOM, or the NUL pattern of ASCII-range text), UTF-32LE/BE
// (BOM) or GB18030;
// null when the bytes are binary. Used by every extractor that meets text.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'utf32le' | 'utf32be' | 'gb18030';

export interface Detected {
  encoding: TextEncoding;
  /** Bytes to skip at the start (BOM). */
  bom: number;
}

/** Decide the encoding from the first bytes; null when the bytes are binary. */
export function detectEncoding(head: Buffer): Detected | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf8', bom: 3 };
  // UTF-32's BOMs first: FF FE 00 00 also starts UTF-16LE's (with a NUL character after it, which text has not).
  if (head[0] === 0xff && head[1] === 0xfe && head[2] === 0 && head[3] === 0) return { encoding: 'utf32le', bom: 4 };
  if (head[0] === 0 && head[1] === 0 && head[2] === 0xfe && head[3] === 0xff) return { encoding: 'utf32be', bom: 4 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf16be', bom: 2 };
  let evenNul = 0;
  let oddNul = 0;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i] as number;
    if (b === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    } else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  const half = head.length / 2;
  // UTF-16 without BOM: ASCII-range text puts a NUL in every other byte.
  if (half > 8 && oddNul > half * 0.3 && evenNul < half * 0.05) return { encoding: 'utf16le', bom: 0 };
  if (half > 8 && evenNul > half * 0.3 && oddNul < half * 0.05) return { encoding: 'utf16be', bom: 0 };
  if (evenNul + oddNul > 0 || control > head.length * 0.1) return null;
  return { encoding: isUtf8(completeUtf8Prefix(head)) ? 'utf8' : 'gb18030', bom: 0 };
}

/** The longest prefix that does not end inside a UTF-8 multi-byte sequence. */
export function completeUtf8Prefix(buf: Buffer): Buffer {
  let end = buf.length;
  // Walk back over at most 3 continuation bytes to the last lead byte.
  for (let k = 1; k <= 4 && end - k >= 0; k++) {
    const b = buf[end - k] as number;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > k ? buf.subarray(0, end - k) : buf;
  }
  return buf;
}

/**
 * A Windows code page number (RTF's \\ansicpg, TNEF's attOemCodepage) as an
 * iconv-lite encoding: 936 (GBK) is read as GB18030, its superset; one
 * iconv-lite does not know falls back to Windows-1252.
 */
export const windowsCodePage = (n: number): string => (n === 936 ? 'gb18030' : iconv.encodingExists(`cp${n}`) ? `cp${n}` : 'windows-1252');
