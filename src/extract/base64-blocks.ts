// Base64 inside text: `base64 customers.csv > notes.txt`, a workbook pasted
// as a data: URL, a JSON field holding an encoded export, a JWT's payload.
// To a byte scanner the list is gone; to anyone with `base64 -d` it is one
// command away. The text, HTML and mail extractors feed their text through
// this scanner, which finds the blocks — a run of base64 characters, or
// lines of 40 or more of them wrapped the MIME or PEM way — and hands each
// back decoded, to be scanned as an embedded item when it is a document or
// text (EmbeddedBase64).
//
// Cost on plain text: one table lookup per byte. Runs shorter than
// MIN_BASE64_CHARS (words, card numbers, IDs) are never copied.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { bufferInput } from './input.js';
import { memberLocation } from './member.js';
import { sniff } from './sniff.js';
import { detectEncoding } from './encoding.js';
import type { ExtractContext } from './types.js';

/** Largest base64 block decoded (in characters: 48 MiB decoded); a larger one is `max-bytes`. */
export const MAX_BASE64_CHARS = 64 << 20;

/** A run shorter than this is a word or a number, not an encoding (24 chars: 18 bytes, a name and a mobile). */
export const MIN_BASE64_CHARS = 24;
/** A line break continues a block only after a line at least this long (MIME wraps at 76, PEM at 64). */
const MIN_WRAPPED_LINE = 40;

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
  const lineEnd = (start: number): number => {
    let p = start;
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
  if (b > 0 && (s - b < MIN_WRAPPED_LINE || buf[b - 1] !== 0x0a)) return from;
  if (s === b) return from;
  let at = from;
  for (;;) {
    const e = lineEnd(at);
    if (e >= buf.length) return -1;
    const eol = buf[e] === 0x0d && buf[e + 1] === 0x0a ? 2 : buf[e] === 0x0a ? 1 : 0;
    // Not a base64 line (text starts here), or the block's short last line: the block ends.
    if (eol === 0) return at;
    const width = e - at;
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
    if (this.chars <= this.maxChars) this.parts.push(Buffer.from(chunk.subarray(from, to)));
  }

  private close(): void {
    if (this.chars >= MIN_BASE64_CHARS) {
      if (this.chars > this.maxChars) this.done.push({ offset: this.start, chars: this.chars });
      else {
        const chars = Buffer.concat(this.parts).toString('latin1');
        this.done.push({ offset: this.start, data: isHexText(chars) ? Buffer.from(chars, 'hex') : Buffer.from(chars, 'base64') });
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
  }
}

/**
 * The armour lines of encrypted messages (OpenPGP, S/MIME or CMS in PEM, age): their
 * base64 decodes to ciphertext, which is no list but may hide one. `encrypted`, not clean.
 */
const ENCRYPTED_ARMOUR: ReadonlyArray<[marker: Buffer, detail: string]> = [
  ['-----BEGIN PGP MESSAGE-----', 'OpenPGP message (ASCII armour)'],
  ['-----BEGIN PKCS7-----', 'PKCS #7 / S/MIME message (PEM)'],
  ['-----BEGIN CMS-----', 'CMS message (PEM)'],
  ['-----BEGIN AGE ENCRYPTED FILE-----', 'age-encrypted file (armour)'],
].map(([marker, detail]) => [Buffer.from(marker!, 'latin1'), detail!]);
const LONGEST_ARMOUR = Math.max(...ENCRYPTED_ARMOUR.map(([m]) => m.length));

/**
 * The base64 blocks of one text, scanned as embedded items when they are
 * documents or text (`notes.txt!/base64@812`): at most `maxMembers` of them
 * (a log of a million tokens is `max-members`, not a million items). An
 * encrypted message's armour in the text is reported `encrypted`.
 */
export class EmbeddedBase64 {
  private readonly scanner = new Base64Scanner(MAX_BASE64_CHARS);
  private scanned = 0;
  private stopped = false;
  /** The last bytes of the previous chunk, for an armour line cut between two. */
  private tail: Buffer = Buffer.alloc(0);
  private armoured = false;

  constructor(
    private readonly location: string,
    private readonly ctx: ExtractContext,
  ) {}

  /** All of a text held in memory (a mail body, an HTML page). */
  static async scan(location: string, ctx: ExtractContext, text: Buffer): Promise<void> {
    const blocks = new EmbeddedBase64(location, ctx);
    await blocks.feed(text, 0);
    await blocks.end();
  }

  /** The next bytes of the text, at `offset` in it. */
  async feed(chunk: Uint8Array, offset: number): Promise<void> {
    if (!this.armoured) this.watchArmour(chunk);
    if (!this.stopped) await this.dispatch(this.scanner.feed(chunk, offset));
  }

  private watchArmour(chunk: Uint8Array): void {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    const seam = this.tail.length > 0 ? Buffer.concat([this.tail, bytes.subarray(0, LONGEST_ARMOUR - 1)]) : null;
    this.tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - LONGEST_ARMOUR + 1)));
    for (const [marker, detail] of ENCRYPTED_ARMOUR) {
      if (bytes.includes(marker) || seam?.includes(marker)) {
        this.ctx.fail(this.location, 'encrypted', detail);
        this.armoured = true;
        return;
      }
    }
  }

  async end(): Promise<void> {
    if (!this.stopped && !this.ctx.signal.aborted) await this.dispatch(this.scanner.end());
  }

  private async dispatch(blocks: Array<Base64Block | OversizedBlock>): Promise<void> {
    const ctx = this.ctx;
    for (const block of blocks) {
      const name = `base64@${block.offset}`;
      if (!('data' in block)) {
        ctx.fail(memberLocation(this.location, name), 'max-bytes', `base64 block of ${block.chars} characters, over ${MAX_BASE64_CHARS}`);
        continue;
      }
      if (!isWorthScanning(block.data)) continue;
      if (this.scanned >= ctx.limits.maxMembers) {
        ctx.fail(this.location, 'max-members', `more than ${ctx.limits.maxMembers} base64 blocks`);
        this.stopped = true;
        return;
      }
      if (!ctx.consume(block.data.length)) {
        ctx.fail(this.location, 'max-bytes', `more than ${ctx.limits.maxBytes} bytes`);
        this.stopped = true;
        return;
      }
      this.scanned++;
      await ctx.recurse(bufferInput(memberLocation(this.location, name), name, block.data));
    }
  }
}

/**
 * Whether decoded base64 is something to scan: a document, an archive or a
 * picture (image.ts reports one large enough to show a list; data: URLs are
 * full of icons, which it passes over), or text: UTF-16, or no control characters and
 * valid UTF-8, or valid GB18030 with a line break, comma or tab in it (GB18030
 * takes most byte pairs: noise decodes as 湝湝湝 but has no structure).
 * Hashes, keys and tokens decode to noise and are skipped.
 */
function isWorthScanning(data: Buffer): boolean {
  const kind = sniff(data.subarray(0, 4096));
  if (kind === 'media') return false;
  if (kind !== 'text') return true;
  // UTF-16 text (Excel's "Unicode text" export) has NULs: its encoding is detected, not inferred.
  if (detectEncoding(data.subarray(0, 4096))?.encoding.startsWith('utf16')) return true;
  for (const b of data) if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f) return false;
  if (isUtf8(data)) return true;
  return (data.includes(0x0a) || data.includes(0x2c) || data.includes(0x09)) && !iconv.decode(data, 'gb18030').includes('\ufffd');
}
