// Legacy OLE compound files (.xls/.doc/.ppt/.msg). No well-kept JS library
// reads their text, so they are `unsupported-format` (policy treats that as
// suspicious in outbound mail) — except when the file is encrypted, which is
// worth saying precisely:
//   - a password-protected .xlsx/.docx/.pptx is an OLE file holding an
//     `EncryptedPackage` stream (MS-OFFCRYPTO), not a zip;
//   - a password-protected .xls has a FILEPASS record in its Workbook stream;
//   - a password-protected .doc has fEncrypted set in its FIB.
// Only the header, the FAT sectors needed and the directory are read (a few
// KiB), never the whole file.
import { open } from 'node:fs/promises';
import type { ExtractContext, ExtractInput, Extractor } from './types.js';

export const OLE_DETAIL = 'legacy OLE compound file (.xls/.doc/.ppt)';

const ENDOFCHAIN = 0xfffffffe;
const MAX_SECTOR = 0xfffffffa; // above: special markers (free, end of chain, FAT, DIFAT)
/** Bounds for hostile files: FAT sectors indexed and directory sectors walked. */
const MAX_FAT_SECTORS = 1 << 16;
const MAX_DIR_SECTORS = 4096;

type ReadAt = (pos: number, len: number) => Promise<Buffer>;

export interface OleEntry {
  name: string;
  /** 1 storage, 2 stream, 5 root. */
  type: number;
  start: number;
  size: number;
}

export type OleKind = 'encrypted-ooxml' | 'encrypted-xls' | 'encrypted-doc' | 'legacy';

class Cfb {
  private difat: number[] = [];
  readonly sectorSize: number;
  constructor(
    private readonly readAt: ReadAt,
    private readonly header: Buffer,
  ) {
    const shift = header.readUInt16LE(0x1e);
    if (shift !== 9 && shift !== 12) throw new Error('bad sector size');
    this.sectorSize = 1 << shift;
  }

  private sectorPos(s: number): number {
    return (s + 1) * this.sectorSize;
  }

  async loadDifat(): Promise<void> {
    const numFat = Math.min(this.header.readUInt32LE(0x2c), MAX_FAT_SECTORS);
    for (let i = 0; i < 109 && this.difat.length < numFat; i++) this.difat.push(this.header.readUInt32LE(0x4c + i * 4));
    let next = this.header.readUInt32LE(0x44);
    const seen = new Set<number>();
    while (next < MAX_SECTOR && this.difat.length < numFat && !seen.has(next)) {
      seen.add(next);
      const sec = await this.readAt(this.sectorPos(next), this.sectorSize);
      const per = this.sectorSize / 4 - 1;
      for (let i = 0; i < per && this.difat.length < numFat; i++) this.difat.push(sec.readUInt32LE(i * 4));
      next = sec.readUInt32LE(per * 4);
    }
  }

  private async nextSector(s: number): Promise<number> {
    const per = this.sectorSize / 4;
    const fatSector = this.difat[Math.floor(s / per)];
    if (fatSector === undefined || fatSector >= MAX_SECTOR) return ENDOFCHAIN;
    const b = await this.readAt(this.sectorPos(fatSector) + (s % per) * 4, 4);
    return b.length === 4 ? b.readUInt32LE(0) : ENDOFCHAIN;
  }

  async directory(): Promise<OleEntry[]> {
    const entries: OleEntry[] = [];
    let s = this.header.readUInt32LE(0x30);
    const seen = new Set<number>();
    while (s < MAX_SECTOR && !seen.has(s) && seen.size < MAX_DIR_SECTORS) {
      seen.add(s);
      const sec = await this.readAt(this.sectorPos(s), this.sectorSize);
      for (let off = 0; off + 128 <= sec.length; off += 128) {
        const nameLen = sec.readUInt16LE(off + 64);
        const type = sec.readUInt8(off + 66);
        if (type === 0 || nameLen < 2 || nameLen > 64) continue;
        entries.push({
          name: sec.toString('utf16le', off, off + nameLen - 2),
          type,
          start: sec.readUInt32LE(off + 116),
          size: sec.readUInt32LE(off + 120),
        });
      }
      s = await this.nextSector(s);
    }
    return entries;
  }

  /** First sector of a stream stored in the regular FAT (streams ≥ 4096 bytes); null for mini-stream ones. */
  async firstSector(entry: OleEntry): Promise<Buffer | null> {
    const cutoff = this.header.readUInt32LE(0x38) || 4096;
    if (entry.size < cutoff || entry.start >= MAX_SECTOR) return null;
    return this.readAt(this.sectorPos(entry.start), Math.min(this.sectorSize, entry.size));
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

export async function classifyOle(readAt: ReadAt): Promise<OleKind> {
  const header = await readAt(0, 512);
  if (header.length < 512) return 'legacy';
  const cfb = new Cfb(readAt, header);
  await cfb.loadDifat();
  const entries = await cfb.directory();
  const byName = new Map(entries.filter((e) => e.type === 2).map((e) => [e.name, e] as const));
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
  return 'legacy';
}

const DETAIL: Record<Exclude<OleKind, 'legacy'>, string> = {
  'encrypted-ooxml': 'password-protected Office document (EncryptedPackage)',
  'encrypted-xls': 'password-protected .xls',
  'encrypted-doc': 'password-protected .doc',
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

export const oleExtractor: Extractor = {
  kind: 'ole',
  async extract(input: ExtractInput, ctx: ExtractContext): Promise<void> {
    let kind: OleKind;
    try {
      kind = await withReader(input, classifyOle);
    } catch {
      // A directory we cannot walk still is an OLE file we cannot read.
      kind = 'legacy';
    }
    if (kind === 'legacy') ctx.fail(input.location, 'unsupported-format', OLE_DETAIL);
    else ctx.fail(input.location, 'encrypted', DETAIL[kind]);
  },
};
