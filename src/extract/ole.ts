// Legacy OLE compound files (.xls/.doc/.ppt/.msg) and embedded OLE objects.
// An Excel 97–2003 workbook (BIFF8), a Word 97–2003 document, a PowerPoint
// 97–2003 presentation and an Outlook message are read: their streams are
// taken from the sector chains here, the cells by xls.ts, the text by
// doc.ts and ppt.ts, the message by msg.ts; the file an embedded object
// carries (a .docx's oleObject1.bin, a .doc's ObjectPool) by ole-object.ts.
// Others (Excel 5/95, Word 6/95) are `unsupported-format` (policy treats
// that as suspicious in outbound mail) — except when the file is
// encrypted, which is worth saying precisely:
//   - a password-protected .xlsx/.docx/.pptx is an OLE file holding an
//     `EncryptedPackage` stream (MS-OFFCRYPTO), not a zip;
//   - a password-protected .xls has a FILEPASS record in its Workbook stream;
//   - a password-protected .doc has fEncrypted set in its FIB;
//   - a password-protected .ppt has the encrypted token in its Current User stream.
// For those, only the header, the FAT sectors needed and the directory are
// read (a few KiB; for a .ppt also the mini stream, where its Current User
// stream is), never the whole file. A sector that the file's own
// tables place past its end means the file was cut: `corrupt`.
import { open } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
import { bufferInput, describeError } from './input.js';
import type { ExtractContext, ExtractInput, Extractor } from './types.js';
import { readWorkbook } from './xls.js';
import { readDocText, readFib } from './doc.js';
import { isMessage, readMessage, unreachable, type MsgFile } from './msg.js';
import { childrenOf, streamsOf } from './ole-tree.js';
import { budgetLeft, ExtractLimitError, recordBranchError } from './limit-error.js';
import { readPptDocument, type PptObject } from './ppt.js';
import { COMP_OBJ, NATIVE_STREAMS, NOTHING_TO_READ, objectClass, readOle10Native } from './ole-object.js';
import { memberLocation } from './member.js';
import { scrub } from '../log/mask.js';
import { writeNotes } from './xlsx-notes.js';
import { writeLines } from './unit-lines.js';

export const OLE_DETAIL =
  'legacy OLE compound file that is not an Excel 97–2003 workbook, a Word 97–2003 document, a PowerPoint 97–2003 presentation, an Outlook message or an embedded object (Excel 5/95, Word 6/95)';
/** The Current User stream's headerToken when the presentation is encrypted (MS-PPT 2.3.2). */
const PPT_ENCRYPTED_TOKEN = 0xf3d1c4df;

const ENDOFCHAIN = 0xfffffffe;
const MAX_SECTOR = 0xfffffffa; // above: special markers (free, end of chain, FAT, DIFAT)
/** Bounds for hostile files: FAT sectors indexed and directory sectors walked. */
const MAX_FAT_SECTORS = 1 << 16;
const MAX_DIR_SECTORS = 4096;

type ReadAt = (pos: number, len: number) => Promise<Buffer>;

/** A sector the file's own tables point to lies past its end: the file was cut. */
class CutOff extends Error {}

export interface OleEntry {
  /** Its index in the directory (how siblings and children name it). */
  id: number;
  name: string;
  /** 1 storage, 2 stream, 5 root. */
  type: number;
  start: number;
  size: number;
  /** The storage's children are a tree of siblings: the root of it, and each entry's left and right (NOSTREAM when none). */
  left: number;
  right: number;
  child: number;
}

export type OleKind = 'encrypted-ooxml' | 'encrypted-xls' | 'encrypted-doc' | 'encrypted-ppt' | 'legacy';

class Cfb {
  private difat: number[] = [];
  /** FAT sectors read so far, by their place in the DIFAT: each is read once, and only when a chain needs it. */
  private readonly fatSectors = new Map<number, Uint32Array>();
  /** The mini stream (held in the root entry's chain) and the MiniFAT, read once for all the small streams. */
  private miniStream: Promise<[Buffer, Buffer]> | undefined;
  readonly sectorSize: number;
  constructor(
    private readonly readAt: ReadAt,
    private readonly header: Buffer,
    /** No stream is larger than the file: a size past it is a lie, not memory to allocate. */
    private readonly fileSize: number,
  ) {
    const shift = header.readUInt16LE(0x1e);
    if (shift !== 9 && shift !== 12) throw new Error('bad sector size');
    this.sectorSize = 1 << shift;
  }

  private sectorPos(s: number): number {
    return (s + 1) * this.sectorSize;
  }

  private async sector(s: number): Promise<Buffer> {
    const sec = await this.readAt(this.sectorPos(s), this.sectorSize);
    if (sec.length < this.sectorSize) throw new CutOff(`sector ${s} is past the end of the file`);
    return sec;
  }

  async loadDifat(): Promise<void> {
    const numFat = Math.min(this.header.readUInt32LE(0x2c), MAX_FAT_SECTORS);
    for (let i = 0; i < 109 && this.difat.length < numFat; i++) this.difat.push(this.header.readUInt32LE(0x4c + i * 4));
    let next = this.header.readUInt32LE(0x44);
    const seen = new Set<number>();
    while (next < MAX_SECTOR && this.difat.length < numFat && !seen.has(next)) {
      seen.add(next);
      const sec = await this.sector(next);
      const per = this.sectorSize / 4 - 1;
      for (let i = 0; i < per && this.difat.length < numFat; i++) this.difat.push(sec.readUInt32LE(i * 4));
      next = sec.readUInt32LE(per * 4);
    }
  }

  private async nextSector(s: number): Promise<number> {
    const per = this.sectorSize / 4;
    const index = Math.floor(s / per);
    let table = this.fatSectors.get(index);
    if (!table) {
      const fatSector = this.difat[index];
      if (fatSector === undefined || fatSector >= MAX_SECTOR) return ENDOFCHAIN;
      const b = await this.readAt(this.sectorPos(fatSector), this.sectorSize);
      if (b.length < this.sectorSize) throw new CutOff(`FAT sector ${fatSector} is past the end of the file`);
      table = new Uint32Array(per);
      for (let i = 0; i < per; i++) table[i] = b.readUInt32LE(i * 4);
      this.fatSectors.set(index, table);
    }
    return table[s % per]!;
  }

  async directory(): Promise<OleEntry[]> {
    const entries: OleEntry[] = [];
    let s = this.header.readUInt32LE(0x30);
    const seen = new Set<number>();
    for (let id = 0; s < MAX_SECTOR && !seen.has(s) && seen.size < MAX_DIR_SECTORS; ) {
      seen.add(s);
      const sec = await this.sector(s);
      for (let off = 0; off + 128 <= sec.length; off += 128, id++) {
        const nameLen = sec.readUInt16LE(off + 64);
        const type = sec.readUInt8(off + 66);
        if (type === 0 || nameLen < 2 || nameLen > 64) continue;
        entries.push({
          id,
          name: sec.toString('utf16le', off, off + nameLen - 2),
          type,
          start: sec.readUInt32LE(off + 116),
          size: sec.readUInt32LE(off + 120),
          left: sec.readUInt32LE(off + 68),
          right: sec.readUInt32LE(off + 72),
          child: sec.readUInt32LE(off + 76),
        });
      }
      s = await this.nextSector(s);
    }
    return entries;
  }

  /** First sector of a stream stored in the regular FAT (streams ≥ 4096 bytes); null for mini-stream ones. */
  async firstSector(entry: OleEntry): Promise<Buffer | null> {
    if (entry.size < this.miniCutoff || entry.start >= MAX_SECTOR) return null;
    return this.readAt(this.sectorPos(entry.start), Math.min(this.sectorSize, entry.size));
  }

  private get miniCutoff(): number {
    return this.header.readUInt32LE(0x38) || 4096;
  }

  /**
   * A whole stream: from the regular FAT, or from the mini stream (held in
   * the root entry's chain, 64-byte sectors chained by the MiniFAT) when it is
   * smaller than the cutoff. A chain that loops or ends early is an error.
   * `root` is the file's root entry (the only one a file has).
   */
  async readStream(entry: OleEntry, root: OleEntry): Promise<Buffer> {
    if (entry.size >= this.miniCutoff) return this.readRegular(entry.start, entry.size);
    this.miniStream ??= Promise.all([
      this.readRegular(root.start, root.size),
      this.readRegular(this.header.readUInt32LE(0x3c), this.header.readUInt32LE(0x40) * this.sectorSize),
    ]);
    const [container, miniFat] = await this.miniStream;
    const out = Buffer.alloc(this.checkSize(entry.size));
    const chain = await this.chain(entry.start, entry.size, 64, async (s) => (s * 4 + 4 <= miniFat.length ? miniFat.readUInt32LE(s * 4) : ENDOFCHAIN));
    chain.forEach((s, i) => {
      if (s * 64 >= container.length) throw new CutOff(`mini sector ${s} is past the end of its stream`);
      container.copy(out, i * 64, s * 64, Math.min(s * 64 + 64, s * 64 + entry.size - i * 64));
    });
    return out;
  }

  /** A stream in regular sectors: its chain from the FAT, then each run of adjacent sectors in one read. */
  private async readRegular(start: number, size: number): Promise<Buffer> {
    const out = Buffer.alloc(this.checkSize(size));
    const chain = await this.chain(start, size, this.sectorSize, (s) => this.nextSector(s));
    for (let i = 0; i < chain.length; ) {
      let run = 1;
      while (i + run < chain.length && chain[i + run] === chain[i]! + run) run++;
      const got = await this.readAt(this.sectorPos(chain[i]!), run * this.sectorSize);
      if (got.length < run * this.sectorSize) throw new CutOff(`sector ${chain[i]! + Math.floor(got.length / this.sectorSize)} is past the end of the file`);
      got.copy(out, i * this.sectorSize, 0, Math.min(got.length, size - i * this.sectorSize));
      i += run;
    }
    return out;
  }

  private checkSize(size: number): number {
    if (size > this.fileSize) throw new CutOff(`a stream of ${size} bytes in a file of ${this.fileSize}`);
    return size;
  }

  /** The sectors holding `size` bytes from `start`, in order. A chain that loops or ends early is an error. */
  private async chain(start: number, size: number, unit: number, next: (s: number) => Promise<number>): Promise<number[]> {
    const count = Math.ceil(size / unit);
    const sectors: number[] = [];
    const seen = new Set<number>();
    for (let s = start; sectors.length < count; s = await next(s)) {
      if (s >= MAX_SECTOR || seen.has(s)) throw new Error('broken sector chain');
      seen.add(s);
      sectors.push(s);
    }
    return sectors;
  }
}

/** BIFF8 Workbook: a FILEPASS record (0x002F) among the first globals records means a password. */
function xlsEncrypted(sec: Buffer): boolean {
  let off = 0;
  for (let n = 0; n < 64 && off + 4 <= sec.length; n++) {
    const type = sec.readUInt16LE(off);
    if (type === 0x002f) return true;
    // FILEPASS follows BOF (and maybe WRITEACCESS-era records) before any sheet data; stop at BOUNDSHEET.
    if (type === 0x0085) return false;
    off += 4 + sec.readUInt16LE(off + 2);
  }
  return false;
}

/** Word 97+ FIB: wIdent 0xA5EC, flags at 0x0A, fEncrypted = bit 8. */
function docEncrypted(sec: Buffer): boolean {
  return sec.length >= 12 && sec.readUInt16LE(0) === 0xa5ec && (sec.readUInt16LE(0x0a) & 0x0100) !== 0;
}

interface OpenedCfb {
  cfb: Cfb;
  /** Every entry, by id. */
  entries: Map<number, OleEntry>;
  /** The streams directly in the root, by name (an embedded object's Workbook is in a storage below). */
  byName: Map<string, OleEntry>;
  root: OleEntry | undefined;
}

async function openCfb(readAt: ReadAt, fileSize = Infinity): Promise<OpenedCfb | null> {
  const header = await readAt(0, 512);
  if (header.length < 512) return null;
  const cfb = new Cfb(readAt, header, fileSize);
  await cfb.loadDifat();
  const list = await cfb.directory();
  const entries = new Map(list.map((e) => [e.id, e] as const));
  const root = list.find((e) => e.type === 5);
  return { cfb, entries, byName: root ? streamsOf(entries, root) : new Map(), root };
}

export async function classifyOle(readAt: ReadAt): Promise<OleKind> {
  const opened = await openCfb(readAt);
  return opened ? classifyOpened(opened) : 'legacy';
}

async function classifyOpened({ cfb, byName, root }: OpenedCfb): Promise<OleKind> {
  if (byName.has('EncryptedPackage')) return 'encrypted-ooxml';
  const workbook = byName.get('Workbook') ?? byName.get('Book');
  if (workbook) {
    const sec = await cfb.firstSector(workbook);
    if (sec && xlsEncrypted(sec)) return 'encrypted-xls';
  }
  const word = byName.get('WordDocument');
  if (word) {
    const sec = await cfb.firstSector(word);
    if (sec && docEncrypted(sec)) return 'encrypted-doc';
  }
  const user = byName.get('Current User');
  if (user && root && byName.has('PowerPoint Document') && user.size >= 16 && user.size <= 4096) {
    const atom = await cfb.readStream(user, root);
    if (atom.readUInt32LE(12) === PPT_ENCRYPTED_TOKEN) return 'encrypted-ppt';
  }
  return 'legacy';
}

const DETAIL: Record<Exclude<OleKind, 'legacy'>, string> = {
  'encrypted-ooxml': 'password-protected Office document (EncryptedPackage)',
  'encrypted-xls': 'password-protected .xls',
  'encrypted-doc': 'password-protected .doc',
  'encrypted-ppt': 'password-protected .ppt',
};

async function withReader<T>(input: ExtractInput, fn: (readAt: ReadAt) => Promise<T>): Promise<T> {
  if (input.source.kind === 'buffer') {
    const data = input.source.data;
    return fn(async (pos, len) => data.subarray(Math.min(pos, data.length), Math.min(pos + len, data.length)));
  }
  const fh = await open(input.source.path, 'r');
  try {
    return await fn(async (pos, len) => {
      const buf = Buffer.alloc(len);
      const { bytesRead } = await fh.read(buf, 0, len, pos);
      return buf.subarray(0, bytesRead);
    });
  } finally {
    await fh.close();
  }
}

/**
 * Whether reading `bytes` more of the file passes the item's budget (then
 * said: max-bytes). A member's bytes were counted when it was unpacked.
 */
function overBudget(input: ExtractInput, ctx: ExtractContext, bytes: number): boolean {
  if (input.source.kind !== 'file' || ctx.consume(bytes)) return false;
  ctx.fail(input.location, 'max-bytes', `more than ${ctx.limits.maxBytes} bytes`);
  return true;
}

/** A BIFF8 workbook's sheets as table units (xls.ts); false when the streams hold none (a .doc, an Excel 95 file). */
async function readXls({ cfb, root }: OpenedCfb, streams: Map<string, OleEntry>, at: string, input: ExtractInput, ctx: ExtractContext): Promise<boolean> {
  const workbook = streams.get('Workbook');
  if (!workbook || !root) return false;
  if (overBudget(input, ctx, workbook.size)) return true;
  const book = readWorkbook(await cfb.readStream(workbook, root));
  if (book.kind === 'not-biff8') return false;
  if (book.kind === 'encrypted') {
    ctx.fail(at, 'encrypted', DETAIL['encrypted-xls']);
    return true;
  }
  for (const sheet of book.sheets) {
    if (ctx.signal.aborted || ctx.sink.exhausted) break;
    const location = `${at}#${scrub(sheet.name.replace(/[!#\x00-\x1f]/g, '_'))}`;
    if (sheet.damaged) ctx.fail(location, 'corrupt', `sheet could not be read: ${describeError(sheet.damaged)}`);
    writeLines(ctx, location, sheet.rows, { kind: 'table', delimiter: '\t' });
    writeLines(ctx, `${location}#visible`, sheet.visibleRows ?? [], { kind: 'table', delimiter: '\t' });
    writeNotes(ctx, `${location}#notes`, sheet.notes);
  }
  return true;
}

/** A Word 97–2003 document's text as one text unit (doc.ts); false when the streams hold none (an .xls, a Word 95 file). */
async function readDoc({ cfb, root }: OpenedCfb, streams: Map<string, OleEntry>, at: string, input: ExtractInput, ctx: ExtractContext): Promise<boolean> {
  const wordEntry = streams.get('WordDocument');
  if (!wordEntry || !root) return false;
  if (overBudget(input, ctx, wordEntry.size)) return true;
  const word = await cfb.readStream(wordEntry, root);
  const fib = readFib(word);
  if (!fib) return false;
  const tableEntry = streams.get(fib.table);
  if (!tableEntry) throw new Error(`no ${fib.table} stream`);
  const { text, visible, damaged } = readDocText(word, fib, await cfb.readStream(tableEntry, root));
  if (damaged) ctx.fail(`${at}#WordDocument`, 'corrupt', damaged);
  writeLines(ctx, `${at}#WordDocument`, [text.replace(/\n$/, '')]);
  if (visible !== undefined) writeLines(ctx, `${at}#WordDocument#visible`, [visible.replace(/\n$/, '')]);
  return true;
}

/** A PowerPoint 97–2003 presentation: its text and tables (ppt.ts), then its embedded objects; false when the streams hold none. */
async function readPpt({ cfb, root }: OpenedCfb, streams: Map<string, OleEntry>, at: string, input: ExtractInput, ctx: ExtractContext): Promise<boolean> {
  const entry = streams.get('PowerPoint Document');
  if (!entry || !root) return false;
  if (overBudget(input, ctx, entry.size)) return true;
  const deck = readPptDocument(await cfb.readStream(entry, root));
  if (deck.damaged) ctx.fail(at, 'corrupt', `presentation could not be read to its end: ${deck.damaged}`);
  writeLines(ctx, `${at}#PowerPoint Document`, deck.lines);
  deck.tables.forEach((rows, i) => {
    if (!ctx.sink.exhausted) writeLines(ctx, `${at}#table${i + 1}`, rows, { kind: 'table', delimiter: '\t' });
  });
  await readPptObjects(deck.objects, at, ctx);
  return true;
}

/** A presentation's embedded objects (whole compound files), each read as a file at `deck.ppt!/object<N>`. */
async function readPptObjects(objects: readonly PptObject[], at: string, ctx: ExtractContext): Promise<void> {
  for (const [i, object] of objects.entries()) {
    if (ctx.signal.aborted || !budgetLeft(ctx)) return;
    const name = `object${i + 1}`;
    const location = memberLocation(at, name);
    try {
      await ctx.recurse(bufferInput(location, name, object.compressed ? inflateObject(object.data, ctx) : object.data));
    } catch (err) {
      recordBranchError(ctx, location, err);
    }
  }
}

/** A compressed ExOleObjStg: its declared size, then zlib data — held to the ratio and byte bounds before inflating. */
function inflateObject(data: Buffer, ctx: ExtractContext): Buffer {
  if (data.length < 4) throw new Error('compressed object shorter than its header');
  const declared = data.readUInt32LE(0);
  const packed = data.length - 4;
  if (declared > Math.max(packed, 1) * ctx.limits.maxRatio) throw new ExtractLimitError('max-ratio', `object of ${declared} bytes from ${packed} compressed`);
  if (!ctx.consume(declared)) throw new ExtractLimitError('max-bytes', `more than ${ctx.limits.maxBytes} bytes in item`);
  // An object that inflates past the size it declares is damaged (zlib throws at the cap).
  return inflateSync(data.subarray(4), { maxOutputLength: Math.max(declared, 1) });
}

/**
 * An embedded object's storage (ole-object.ts): the file it carries read at
 * `<storage>!/<name>`; false when the storage is not an object.
 */
async function readObject({ cfb, root }: OpenedCfb, streams: Map<string, OleEntry>, at: string, input: ExtractInput, ctx: ExtractContext): Promise<boolean> {
  if (!root) return false;
  const native = NATIVE_STREAMS.map((name) => streams.get(name)).find((e) => e !== undefined);
  if (!native) {
    if (NOTHING_TO_READ.some((name) => streams.has(name))) return true;
    const compObj = streams.get(COMP_OBJ);
    if (!compObj && !streams.has('\x01Ole')) return false;
    const cls = compObj && compObj.size <= 4096 ? objectClass(await cfb.readStream(compObj, root)) : '';
    const what = ctx.depth === 0 && at === input.location ? 'OLE compound file' : 'embedded object'; // a Visio .vsd on its own, or inside a document
    ctx.fail(at, 'unsupported-format', `${what}${cls ? ` (${cls})` : ''} whose contents cannot be read`);
    return true;
  }
  if (overBudget(input, ctx, native.size)) return true;
  const data = await cfb.readStream(native, root);
  const file = native.name === '\x01Ole10Native' ? readOle10Native(data) : ({ kind: 'file', name: native.name, data } as const);
  if (file.kind === 'damaged') ctx.fail(at, 'corrupt', `embedded object: ${file.detail}`);
  else if (file.kind === 'file' && file.data.length > 0) {
    const location = memberLocation(at, file.name);
    try {
      await ctx.recurse(bufferInput(location, file.name, file.data));
    } catch (err) {
      recordBranchError(ctx, location, err);
    }
  }
  return true;
}

/**
 * Workbooks, documents, presentations and objects embedded below the root (a .doc's ObjectPool, an
 * .xls's MBD storages, a message's attached objects), each read like a
 * file of its own at `file!/<storage>`; a damaged one is `corrupt` there.
 */
async function readEmbedded(opened: OpenedCfb, input: ExtractInput, ctx: ExtractContext): Promise<void> {
  const { entries, root } = opened;
  if (!root) return;
  const storages = childrenOf(entries, root).filter((e) => e.type === 1);
  const seen = new Set<number>();
  for (let storage = storages.shift(); storage; storage = storages.shift()) {
    if (seen.has(storage.id) || ctx.signal.aborted || !budgetLeft(ctx)) continue;
    seen.add(storage.id);
    const at = memberLocation(input.location, storage.name.replace(/[\u0000-\u001f/\\!]/g, '_'));
    const streams = streamsOf(entries, storage);
    try {
      if (
        (await readXls(opened, streams, at, input, ctx)) ||
        (await readDoc(opened, streams, at, input, ctx)) ||
        (await readPpt(opened, streams, at, input, ctx)) ||
        (await readObject(opened, streams, at, input, ctx))
      )
        continue;
    } catch (err) {
      ctx.fail(at, 'corrupt', `embedded Office object that could not be read: ${describeError(err)}`);
      continue;
    }
    storages.push(...childrenOf(entries, storage).filter((e) => e.type === 1));
  }
}

/** An Outlook message (msg.ts); false when the file is not one. */
async function readMsg({ cfb, entries, root }: OpenedCfb, input: ExtractInput, ctx: ExtractContext): Promise<boolean> {
  if (!root) return false;
  const file: MsgFile = { entries, read: (e) => cfb.readStream(e, root) };
  if (!isMessage(childrenOf(entries, root))) return false;
  if (overBudget(input, ctx, input.size)) return true;
  const lost = unreachable(file, root);
  if (lost > 0) ctx.fail(input.location, 'corrupt', `${lost} directory entr${lost === 1 ? 'y' : 'ies'} of the message cannot be reached: damaged`);
  await readMessage(file, root, input.location, input, ctx);
  return true;
}

export const oleExtractor: Extractor = {
  kind: 'ole',
  async extract(input: ExtractInput, ctx: ExtractContext): Promise<void> {
    let kind: OleKind = 'legacy';
    let read = false;
    try {
      await withReader(input, async (readAt) => {
        const opened = await openCfb(readAt, input.size);
        if (!opened) return;
        kind = await classifyOpened(opened);
        if (kind !== 'legacy') return;
        try {
          const { byName } = opened;
          read =
            (await readXls(opened, byName, input.location, input, ctx)) ||
            (await readDoc(opened, byName, input.location, input, ctx)) ||
            (await readPpt(opened, byName, input.location, input, ctx)) ||
            (await readMsg(opened, input, ctx)) ||
            (await readObject(opened, byName, input.location, input, ctx));
          if (read) await readEmbedded(opened, input, ctx);
        } catch (err) {
          // A workbook or document whose sectors or records are broken: what was there cannot be said.
          ctx.fail(input.location, 'corrupt', `legacy Office file that could not be read: ${describeError(err)}`);
          read = true;
        }
      });
    } catch (err) {
      if (err instanceof CutOff) return ctx.fail(input.location, 'corrupt', `OLE compound file cut off: ${err.message}`);
      // A directory we cannot walk still is an OLE file we cannot read.
      kind = 'legacy';
    }
    if (read) return;
    if (kind === 'legacy') ctx.fail(input.location, 'unsupported-format', OLE_DETAIL);
    else ctx.fail(input.location, 'encrypted', DETAIL[kind]);
  },
};
