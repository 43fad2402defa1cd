// Bounded access to a zip archive (file or buffer), shared by the zip
// extractor and the zip-based office formats.
//
// Why not just yauzl.openReadStream: its zip-bomb defence trusts the sizes
// in the central directory (validateEntrySizes), and a stored entry whose
// sizes disagree aborts the whole listing. Here we read each member's raw
// bytes through yauzl and inflate them ourselves, counting inflated bytes
// against the *real* compressed span while inflating (max-ratio), against a
// per-member cap, against the item's byte budget (ctx.consume) and the abort
// signal. Member names are decoded here (UTF-8 flag, Info-ZIP unicode path,
// else UTF-8 / GB18030 / CP437) and are only ever labels: nothing is
// written to disk.
import { isUtf8 } from 'node:buffer';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import yauzl from 'yauzl';
import { ExtractLimitError } from './limit-error.js';
import type { ExtractContext, ExtractInput } from './types.js';

/** Inflated bytes always allowed beyond maxRatio × compressed (tiny members compress "too well"). */
export const RATIO_FLOOR = 1024 * 1024;
/**
 * Largest member materialized in memory. Members are handed to the next
 * extractor as buffers (ExtractInput has no stream source), so this bounds
 * memory per nesting level; the item-wide budget (limits.maxBytes) bounds
 * the sum.
 */
export const MEMBER_CAP = 256 * 1024 * 1024;

const FLAG_ENCRYPTED = 0x1;
const FLAG_STRONG_ENCRYPTION = 0x40;
const FLAG_UTF8 = 0x800;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
const LOCAL_HEADER_FIXED = 30;

/** What reading needs from the extract context (zip-flavor probes with less). */
export type ReadContext = Pick<ExtractContext, 'limits' | 'signal' | 'consume'>;

export interface ZipMember {
  /** Decoded name, for locations and type hints only. */
  readonly name: string;
  readonly compressedSize: number;
  /** Uncompressed size as the central directory claims it: a claim, checked while reading. */
  readonly declaredSize: number;
  readonly method: number;
  readonly encrypted: boolean;
  /** A name ending in '/' with no data. */
  readonly isDirectory: boolean;
  readonly entry: yauzl.Entry;
}

export interface ZipListing {
  /** The first maxMembers entries, in central-directory order. */
  members: ZipMember[];
  /** Entries the archive declares (may exceed members.length). */
  declaredCount: number;
  /** Set when the central directory broke off after `members`. */
  listError?: string;
}

const CONTROL = /[\u0000-\u001f\u007f]/g;

/** Names end up in locations and logs: no control characters, '/' separators. */
function clean(name: string): string {
  return name.replace(CONTROL, '?').replace(/\\/g, '/');
}

/**
 * Decode a member name. Without the UTF-8 flag the spec says CP437, but
 * Chinese Windows (Explorer, WinRAR, 7-Zip with default settings) writes the
 * ANSI code page, GBK; macOS and many libraries write UTF-8 without setting
 * the flag. So: strict UTF-8 first (GBK text is almost never valid UTF-8),
 * then GB18030 if it decodes without replacement characters, else CP437.
 */
export function decodeName(raw: Buffer, flags: number, extraFields: readonly yauzl.ExtraField[] = []): string {
  for (const f of extraFields) {
    // Info-ZIP Unicode Path: valid only while its CRC matches the header name.
    if (f.id === 0x7075 && f.data.length >= 6 && f.data[0] === 1 && f.data.readUInt32LE(1) === zlib.crc32(raw)) {
      return clean(f.data.subarray(5).toString('utf8'));
    }
  }
  if (flags & FLAG_UTF8 || isUtf8(raw)) return clean(raw.toString('utf8'));
  const gb = iconv.decode(raw, 'gb18030');
  if (!gb.includes('\ufffd')) return clean(gb);
  return clean(iconv.decode(raw, 'cp437'));
}

function openYauzl(input: ExtractInput): Promise<yauzl.ZipFile> {
  // decodeStrings false: we decode names ourselves (and yauzl would reject
  // `../` names outright; we want to read those members, not refuse them).
  // validateEntrySizes false: size checks happen here, per member, so that
  // one lying entry does not hide the others.
  const options = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: false };
  return new Promise((resolve, reject) => {
    const done = (err: Error | null, zip?: yauzl.ZipFile): void => (err || !zip ? reject(err ?? new Error('zip open failed')) : resolve(zip));
    if (input.source.kind === 'buffer') yauzl.fromBuffer(input.source.data, options, done);
    else yauzl.open(input.source.path, options, done);
  });
}

/** Read up to `max` central-directory entries; an error after some entries keeps those. */
function listEntries(zip: yauzl.ZipFile, max: number, signal: AbortSignal): Promise<{ entries: yauzl.Entry[]; error?: string }> {
  return new Promise((resolve) => {
    const entries: yauzl.Entry[] = [];
    const finish = (error?: string): void => {
      zip.removeAllListeners('entry');
      zip.removeAllListeners('end');
      zip.removeAllListeners('error');
      // yauzl may still emit an error later (it never does after 'end'); keep a sink so it is not thrown.
      zip.on('error', () => {});
      resolve(error === undefined ? { entries } : { entries, error });
    };
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      if (entries.length >= max || signal.aborted) finish();
      else zip.readEntry();
    });
    zip.on('end', () => finish());
    zip.on('error', (err: Error) => finish(err.message));
    if (max <= 0) finish();
    else zip.readEntry();
  });
}

function toMember(entry: yauzl.Entry): ZipMember {
  const flags = entry.generalPurposeBitFlag;
  const raw = entry.fileNameRaw;
  const name = decodeName(raw, flags, entry.extraFields);
  return {
    name,
    compressedSize: entry.compressedSize,
    declaredSize: entry.uncompressedSize,
    method: entry.compressionMethod,
    encrypted: (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) !== 0,
    isDirectory: name.endsWith('/') && entry.compressedSize === 0,
    entry,
  };
}

/**
 * Entries whose local header starts inside another entry's header+data span
 * (Fifield's overlapping-entries bomb, or many entries pointing at one
 * kernel). Spans use the central-directory name length, which can only
 * under-estimate a span, so honest archives are never flagged; the exact
 * check happens again when a member is read.
 */
function findOverlaps(members: readonly ZipMember[]): Set<ZipMember> {
  const sorted = [...members].filter((m) => !m.isDirectory).sort((a, b) => a.entry.relativeOffsetOfLocalHeader - b.entry.relativeOffsetOfLocalHeader);
  const bad = new Set<ZipMember>();
  let reach = -1;
  for (const m of sorted) {
    const start = m.entry.relativeOffsetOfLocalHeader;
    if (start < reach) bad.add(m);
    reach = Math.max(reach, start + LOCAL_HEADER_FIXED + m.entry.fileNameLength + m.compressedSize);
  }
  return bad;
}

export class ZipReader {
  /** Local header → end of data ranges already read: no byte range is inflated twice. */
  private readonly readRanges: Array<[number, number]> = [];
  private readonly membersRead = new Set<ZipMember>();
  private readonly byName = new Map<string, ZipMember>();
  readonly overlapping: ReadonlySet<ZipMember>;

  private constructor(
    private readonly zip: yauzl.ZipFile,
    readonly listing: ZipListing,
  ) {
    for (const m of listing.members) {
      // OPC part names are case-insensitive; first one wins on duplicates.
      const key = m.name.toLowerCase();
      if (!this.byName.has(key)) this.byName.set(key, m);
    }
    this.overlapping = findOverlaps(listing.members);
  }

  /** Open and list at most `maxMembers` entries. Throws when there is no readable central directory. */
  static async open(input: ExtractInput, maxMembers: number, signal: AbortSignal): Promise<ZipReader> {
    const zip = await openYauzl(input);
    const { entries, error } = await listEntries(zip, maxMembers, signal);
    const listing: ZipListing = { members: entries.map(toMember), declaredCount: zip.entryCount };
    if (error !== undefined) listing.listError = error;
    return new ZipReader(zip, listing);
  }

  get members(): readonly ZipMember[] {
    return this.listing.members;
  }

  /** The archive's comment (end of central directory record, at most 65,535 bytes), raw. */
  get comment(): Buffer {
    const c = (this.zip as { comment?: Buffer | string }).comment;
    return Buffer.isBuffer(c) ? c : Buffer.from(c ?? '', 'latin1');
  }

  /** A member by name (case-insensitive, as OPC part names are). */
  find(name: string): ZipMember | undefined {
    return this.byName.get(name.toLowerCase());
  }

  /** Whether a member's data has been read (or begun) through `chunks`. */
  wasRead(m: ZipMember): boolean {
    return this.membersRead.has(m);
  }

  close(): void {
    this.zip.close();
  }

  private localDataStart(m: ZipMember): Promise<number> {
    return new Promise((resolve, reject) => {
      this.zip.readLocalFileHeader(m.entry, { minimal: true }, (err, h) => (err ? reject(err) : resolve(h.fileDataStart)));
    });
  }

  private openRaw(start: number, length: number): Promise<Readable> {
    return new Promise((resolve, reject) => {
      this.zip.openReadStreamLowLevel(start, length, 0, length, false, null, (err, s) => (err ? reject(err) : resolve(s)));
    });
  }

  /**
   * The member's bytes, inflated, in chunks. Throws ExtractLimitError for
   * encrypted / unsupported / overlapping / over-ratio / over-cap / over-budget
   * members, and `corrupt` after the last chunk when the size or CRC-32 is
   * not the header's (a damaged deflate stream can end early and still be
   * valid: what it gave is scanned, and the member is said to be damaged);
   * other errors (bad deflate data, bad local header) mean corrupt.
   * `again`: a member already read is read once more (a second walk of a
   * part), not taken for another entry over the same data.
   */
  async *chunks(m: ZipMember, ctx: ReadContext, cap: number = MEMBER_CAP, again = false): AsyncGenerator<Buffer> {
    if (m.encrypted) throw new ExtractLimitError('encrypted', 'encrypted zip member');
    if (m.method !== METHOD_STORED && m.method !== METHOD_DEFLATE) {
      throw new ExtractLimitError('unsupported-format', `zip compression method ${m.method}`);
    }
    if (this.overlapping.has(m)) throw new ExtractLimitError('corrupt', 'zip entries overlap (overlapping-entries bomb)');
    const maxOut = ctx.limits.maxRatio * m.compressedSize + RATIO_FLOOR;
    // The header's claim alone already exceeds the ratio: a bomb that says so.
    if (m.declaredSize > maxOut) throw new ExtractLimitError('max-ratio', `declared ratio over ${ctx.limits.maxRatio}:1`);

    const start = m.entry.relativeOffsetOfLocalHeader;
    const dataStart = await this.localDataStart(m);
    const end = dataStart + m.compressedSize;
    if (!(again && this.membersRead.has(m))) {
      if (this.readRanges.some(([s, e]) => start < e && s < end)) {
        throw new ExtractLimitError('corrupt', 'zip entry overlaps data already read');
      }
      this.readRanges.push([start, end]);
      this.membersRead.add(m);
    }

    const raw = await this.openRaw(dataStart, m.compressedSize);
    // 64 KiB output chunks: the default 16 KiB costs a stream round trip per chunk.
    const inflater = m.method === METHOD_DEFLATE ? zlib.createInflateRaw({ chunkSize: 64 * 1024 }) : null;
    const out: Readable = inflater ? raw.pipe(inflater) : raw;
    if (inflater) raw.on('error', (err) => inflater.destroy(err));
    let produced = 0;
    let crc = 0;
    try {
      for await (const chunk of out as AsyncIterable<Buffer>) {
        if (ctx.signal.aborted) throw new ExtractLimitError('timeout', 'aborted');
        produced += chunk.length;
        if (produced > maxOut) throw new ExtractLimitError('max-ratio', `inflated past ${ctx.limits.maxRatio}:1`);
        if (produced > cap) throw new ExtractLimitError('max-bytes', `member larger than ${cap} bytes`);
        if (!ctx.consume(chunk.length)) throw new ExtractLimitError('max-bytes', `more than ${ctx.limits.maxBytes} bytes in item`);
        crc = zlib.crc32(chunk, crc);
        yield chunk;
      }
      if (produced !== m.declaredSize) throw new ExtractLimitError('corrupt', `member size ${produced} differs from declared ${m.declaredSize}`);
      if (crc !== m.entry.crc32) throw new ExtractLimitError('corrupt', 'member CRC-32 differs from its header');
    } finally {
      raw.unpipe();
      raw.destroy();
      inflater?.destroy();
    }
  }

  /**
   * The whole member in memory. On a limit, `partial` holds what was read
   * before it (so a text member's prefix can still be scanned) and `error`
   * the limit; other errors throw.
   */
  async read(m: ZipMember, ctx: ReadContext, cap: number = MEMBER_CAP, again = false): Promise<{ data: Buffer; error?: ExtractLimitError }> {
    const parts: Buffer[] = [];
    try {
      for await (const chunk of this.chunks(m, ctx, cap, again)) parts.push(chunk);
    } catch (err) {
      if (err instanceof ExtractLimitError) return { data: Buffer.concat(parts), error: err };
      throw err;
    }
    return { data: Buffer.concat(parts) };
  }
}
