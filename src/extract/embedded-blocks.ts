// Files encoded inside a text — base64 blocks (base64-blocks.ts), uuencode
// and hex dumps (text-dumps.ts) — decoded as the text streams by and scanned
// as items of their own, within the item's member and byte budgets.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { Base64Scanner, MAX_BASE64_CHARS, type Base64Block, type OversizedBlock } from './base64-blocks.js';
import { bufferInput } from './input.js';
import { memberLocation } from './member.js';
import { sniff } from './sniff.js';
import { detectEncoding } from './encoding.js';
import { DumpScanner, type DumpBlock, type OversizedDump } from './text-dumps.js';
import type { ExtractContext } from './types.js';

/** Largest uuencoded file or hex dump decoded (48 MiB, as for base64); a larger one is `max-bytes`. */
const MAX_DUMP_BYTES = 48 << 20;

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
 * The encoded files of one text — base64 blocks, uuencode, hex dumps —
 * scanned as embedded items when they are documents or text
 * (`notes.txt!/base64@812`, `m.eml!/body!/uuencode@40`, `d.txt!/hexdump@0`):
 * at most `maxMembers` of them (a log of a million tokens is `max-members`,
 * not a million items). An encrypted message's armour in the text is
 * reported `encrypted`.
 */
export class EmbeddedBlocks {
  private readonly base64 = new Base64Scanner(MAX_BASE64_CHARS);
  private readonly dumps = new DumpScanner(MAX_DUMP_BYTES);
  private scanned = 0;
  private stopped = false;
  /** The last bytes of the previous chunk, for an armour line cut between two. */
  private tail: Buffer = Buffer.alloc(0);
  private armoured = false;

  /** `text: false`: blocks that decode to text are left to the caller (an LDIF writer decodes its values itself); files still are items. */
  constructor(
    private readonly location: string,
    private readonly ctx: ExtractContext,
    private readonly options: { text?: boolean } = {},
  ) {}

  /** All of a text held in memory (a mail body, an HTML page). */
  static async scan(location: string, ctx: ExtractContext, text: Buffer): Promise<void> {
    const blocks = new EmbeddedBlocks(location, ctx);
    await blocks.feed(text, 0);
    await blocks.end();
  }

  /** The next bytes of the text, at `offset` in it. */
  async feed(chunk: Uint8Array, offset: number): Promise<void> {
    if (!this.armoured) this.watchArmour(chunk);
    if (this.stopped) return;
    await this.dispatch(this.base64.feed(chunk, offset));
    if (!this.stopped) await this.dispatch(this.dumps.feed(chunk, offset));
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
    if (!this.stopped && !this.ctx.signal.aborted) await this.dispatch(this.base64.end());
    if (!this.stopped && !this.ctx.signal.aborted) await this.dispatch(this.dumps.end());
  }

  private async dispatch(blocks: Array<Base64Block | OversizedBlock | DumpBlock | OversizedDump>): Promise<void> {
    const ctx = this.ctx;
    for (const block of blocks) {
      const kind = 'kind' in block ? block.kind : 'base64';
      const name = `${kind}@${block.offset}`;
      if (!('data' in block)) {
        const size = 'chars' in block ? `${block.chars} characters, over ${MAX_BASE64_CHARS}` : `more than ${MAX_DUMP_BYTES} bytes`;
        ctx.fail(memberLocation(this.location, name), 'max-bytes', `${kind} block of ${size}`);
        continue;
      }
      if (!isWorthScanning(block.data, this.options.text ?? true)) continue;
      if (this.scanned >= ctx.limits.maxMembers) {
        ctx.fail(this.location, 'max-members', `more than ${ctx.limits.maxMembers} encoded blocks`);
        this.stopped = true;
        return;
      }
      if (!ctx.consume(block.data.length)) {
        ctx.fail(this.location, 'max-bytes', `more than ${ctx.limits.maxBytes} bytes`);
        this.stopped = true;
        return;
      }
      this.scanned++;
      // A uuencoded file's own name (list.csv) tells a table from a text, as a file's does.
      const fileName = 'name' in block && block.name ? block.name.replace(/[\u0000-\u001f\u007f]/g, '') : name;
      await ctx.recurse(bufferInput(memberLocation(this.location, name), fileName, block.data));
    }
  }
}

/**
 * Whether a decoded block is something to scan: a document, an archive or a
 * picture (image.ts reports one large enough to show a list; data: URLs are
 * full of icons, which it passes over), or text: UTF-16, or no control characters and
 * valid UTF-8, or valid GB18030 with a line break, comma or tab in it (GB18030
 * takes most byte pairs: noise decodes as 湝湝湝 but has no structure).
 * Hashes, keys and tokens decode to noise and are skipped.
 */
function isWorthScanning(data: Buffer, text: boolean): boolean {
  const kind = sniff(data.subarray(0, 4096));
  if (kind === 'media') return false;
  if (kind !== 'text') return true;
  if (!text) return false;
  // UTF-16 and UTF-32 text (Excel's "Unicode text" export) has NULs: its encoding is detected, not inferred.
  if (/^utf(16|32)/.test(detectEncoding(data.subarray(0, 4096))?.encoding ?? '')) return true;
  for (const b of data) if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f) return false;
  if (isUtf8(data)) return true;
  return (data.includes(0x0a) || data.includes(0x2c) || data.includes(0x09)) && !iconv.decode(data, 'gb18030').includes('\ufffd');
}
