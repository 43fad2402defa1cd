// Base64 inside text: `base64 customers.csv > notes.txt`, a workbook pasted
// as a data: URL, a JSON field holding an encoded export, a JWT's payload
// (and its siblings in the same alphabet: hex, `base32`).
// To a byte scanner the list is gone; to anyone with `base64 -d` it is one
// command away. The text, HTML and mail extractors feed their text through
// this scanner, which finds the blocks — a run of base64 characters, or
// lines of 40 or more of them wrapped the MIME or PEM way — and hands each
// back decoded, to be scanned as an embedded item when it is a document or
// text (embedded-blocks.ts).
//
// Cost on plain text: one table lookup per byte. Runs shorter than
// MIN_BASE64_CHARS (words, card numbers, IDs) are never copied.

/** Largest base64 block decoded (in characters: 48 MiB decoded); a larger one is `max-bytes`. */
export const MAX_BASE64_CHARS = 64 << 20;

/** A run shorter than this is a word or a number, not an encoding (24 chars: 18 bytes, a name and a mobile). */
export const MIN_BASE64_CHARS = 24;
/** A line break continues a block only after a line at least this long (MIME wraps at 76, PEM at 64). */
const MIN_WRAPPED_LINE = 40;
/** Spaces or tabs a wrapped line may start with: vCard and LDIF fold lines with one, some writers indent. */
const MAX_INDENT = 8;

/** Standard and URL-safe alphabets (Buffer's base64 decoder takes both). */
const ALPHABET = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_') ALPHABET[c.charCodeAt(0)] = 1;

/**
 * Where a wrapped base64 block that goes on past `from` (a line start)
 * ends: past its last line, when `from` follows a full-width base64 line.
 * `from` itself when it is not inside a block; -1 when the block runs past
 * `buf`. For cutting a file into parts without cutting a block in two.
 */
export function base64BlockEnd(buf: Uint8Array, from: number): number {
  const indentAt = (start: number): number => {
    let p = start;
    while (p - start < MAX_INDENT && (buf[p] === 0x20 || buf[p] === 0x09)) p++;
    return p - start;
  };
  const lineEnd = (start: number): number => {
    let p = start + indentAt(start);
    while (p < buf.length && (ALPHABET[buf[p]!] === 1 || buf[p] === 0x3d)) p++;
    return p;
  };
  // The line before `from`: all base64, wide enough to be wrapped (when it
  // starts before `buf` does, what is seen of it must be base64).
  let s = from - 1;
  if (buf[s] !== 0x0a) return from;
  if (buf[s - 1] === 0x0d) s--;
  let b = s;
  while (b > 0 && ALPHABET[buf[b - 1]!] === 1) b--;
  const width = s - b;
  for (let k = 0; k < MAX_INDENT && b > 0 && (buf[b - 1] === 0x20 || buf[b - 1] === 0x09); k++) b--;
  // A folded block (vCard, LDIF) starts after its property's name: `PHOTO;ENCODING=b:/9j/…`.
  const folded = indentAt(from) > 0;
  if (b > 0 && (width < MIN_WRAPPED_LINE || (buf[b - 1] !== 0x0a && !folded))) return from;
  if (width === 0) return from;
  let at = from;
  for (;;) {
    if (folded && indentAt(at) === 0) return at;
    const e = lineEnd(at);
    if (e >= buf.length) return -1;
    const eol = buf[e] === 0x0d && buf[e + 1] === 0x0a ? 2 : buf[e] === 0x0a ? 1 : 0;
    // Not a base64 line (text starts here), or the block's short last line: the block ends.
    if (eol === 0) return at;
    const width = e - at - indentAt(at);
    at = e + eol;
    if (width < MIN_WRAPPED_LINE) return width === 0 ? at - eol : at;
  }
}

/**
 * Hex rather than base64 (`xxd -p`, a hex string in a JSON field): an even
 * number of hex digits in one letter case, with letters among them. Every
 * hex digit is a base64 character too; decoded as base64 a hex dump is noise.
 */
function isHexText(chars: string): boolean {
  if (chars.length % 2 !== 0) return false;
  let lower = false;
  let upper = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    if (c >= 0x61 && c <= 0x66) lower = true;
    else if (c >= 0x41 && c <= 0x46) upper = true;
    else if (c < 0x30 || c > 0x39) return false;
  }
  return lower !== upper;
}

/**
 * Base32 rather than base64 (`base32 list.csv`, coreutils' sibling of
 * base64): capitals and the digits 2–7 only. Base64 of any data has small
 * letters in 24 characters; a run of capitals and 2–7 that long is base32.
 */
function isBase32Text(chars: string): boolean {
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x32 && c <= 0x37))) return false;
  }
  return true;
}

/** RFC 4648 base32, padding left off; trailing bits that make no whole byte are dropped. */
function decodeBase32(chars: string): Buffer {
  const out = Buffer.alloc(Math.floor((chars.length * 5) / 8));
  let bits = 0;
  let value = 0;
  let n = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    value = (value << 5) | (c >= 0x41 ? c - 0x41 : c - 0x32 + 26);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (value >>> bits) & 0xff;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

/** A block's bytes: hex, base32 or base64, by its alphabet. */
const decodeBlock = (chars: string): Buffer => (isHexText(chars) ? Buffer.from(chars, 'hex') : isBase32Text(chars) ? decodeBase32(chars) : Buffer.from(chars, 'base64'));

export interface Base64Block {
  /** Offset of the block's first character in the text fed. */
  offset: number;
  /** The decoded bytes. */
  data: Buffer;
}

/** A block too large to hold: reported, not decoded. */
export interface OversizedBlock {
  offset: number;
  chars: number;
}

export class Base64Scanner {
  private parts: Buffer[] = [];
  /** Base64 characters in the current block (line breaks not counted). */
  private chars = 0;
  /** Offset of the current block, -1 outside one. */
  private start = -1;
  private lineChars = 0;
  private padding = 0;
  /** The block's last line ended with a line break: the next must go on with base64, or the block ends there. */
  private afterBreak = false;
  /** Spaces or tabs after that line break: a folded line (vCard, LDIF) or an indented one. */
  private indent = 0;
  /** The block's second line was indented (folded): a line that is not (`END:VCARD`) is text after it. */
  private folded = false;
  /** Line breaks the block went on over. */
  private breaks = 0;
  private readonly done: Array<Base64Block | OversizedBlock> = [];

  constructor(private readonly maxChars: number) {}

  /** Feed the next bytes of the text, at `offset` in it; returns the blocks that ended in them. */
  feed(chunk: Uint8Array, offset: number): Array<Base64Block | OversizedBlock> {
    const len = chunk.length;
    for (let i = 0; i < len; ) {
      if (this.start < 0) {
        // Outside a block: the next run of base64 characters.
        while (i < len && ALPHABET[chunk[i]!] === 0) i++;
        const from = i;
        while (i < len && ALPHABET[chunk[i]!] === 1) i++;
        // A word or a number: shorter than a block and ended here (padding or a line break cannot make it one).
        if (i - from < MIN_BASE64_CHARS && i < len) continue;
        if (i === from) break;
        this.start = offset + from;
        this.run(chunk, from, i);
        continue;
      }
      const b = chunk[i]!;
      if (ALPHABET[b] === 1 && this.padding === 0) {
        if (this.afterBreak) {
          // `END:VCARD` after a folded photo: text, not the block's next line.
          if (this.folded && this.indent === 0) {
            this.close();
            continue;
          }
          if (this.breaks++ === 0 && this.indent > 0) this.folded = true;
        }
        const from = i;
        while (i < len && ALPHABET[chunk[i]!] === 1) i++;
        this.run(chunk, from, i);
        continue;
      }
      if (this.chars < MIN_BASE64_CHARS) {
        this.reset(); // a short run carried over from the previous chunk
        continue;
      }
      if (b === 0x3d && this.padding < 2) {
        this.padding++;
        i++;
      } else if (b === 0x0d) {
        i++;
      } else if (b === 0x0a && !this.afterBreak && this.padding === 0 && this.lineChars >= MIN_WRAPPED_LINE) {
        this.afterBreak = true;
        this.lineChars = 0;
        i++;
      } else if ((b === 0x20 || b === 0x09) && this.afterBreak && this.indent < MAX_INDENT) {
        this.indent++;
        i++;
      } else {
        this.close(); // the byte is looked at again, outside the block
      }
    }
    return this.done.splice(0);
  }

  /** The end of the text: a block still open ends here. */
  end(): Array<Base64Block | OversizedBlock> {
    if (this.start >= 0) this.close();
    return this.done.splice(0);
  }

  /** Base64 characters chunk[from, to) of the current block. */
  private run(chunk: Uint8Array, from: number, to: number): void {
    this.chars += to - from;
    this.lineChars += to - from;
    this.afterBreak = false;
    this.indent = 0;
    if (this.chars <= this.maxChars) this.parts.push(Buffer.from(chunk.subarray(from, to)));
  }

  private close(): void {
    if (this.chars >= MIN_BASE64_CHARS) {
      if (this.chars > this.maxChars) this.done.push({ offset: this.start, chars: this.chars });
      else {
        const chars = Buffer.concat(this.parts).toString('latin1');
        this.done.push({ offset: this.start, data: decodeBlock(chars) });
      }
    }
    this.reset();
  }

  private reset(): void {
    this.parts = [];
    this.chars = 0;
    this.start = -1;
    this.lineChars = 0;
    this.padding = 0;
    this.afterBreak = false;
    this.indent = 0;
    this.folded = false;
    this.breaks = 0;
  }
}
