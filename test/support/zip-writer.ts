// A small zip writer for tests: builds ordinary archives, archives with GBK
// names, lying headers, the encrypted flag, and the zip bombs of
// test/hostile. Writes nothing to disk.
import { deflateRawSync, crc32 } from 'node:zlib';

export interface ZipEntrySpec {
  /** A string (encoded UTF-8) or raw name bytes (e.g. GBK) as stored. */
  name: string | Buffer;
  /** Content; ignored when `compressed` is given. */
  data?: Buffer | string;
  /** Default 'deflate'. */
  method?: 'store' | 'deflate';
  /** Set general-purpose bit 11 (UTF-8 names). Default: true for string names with non-ASCII. */
  utf8Flag?: boolean;
  /** Set bit 0 (traditional encryption). The data is not really encrypted. */
  encrypted?: boolean;
  /** Uncompressed size to write into the headers instead of the real one (a lying header). */
  declaredSize?: number;
  /** Precompressed data and its real uncompressed size/crc (for kernels reused many times). */
  compressed?: { data: Buffer; size: number; crc: number; method: 'store' | 'deflate' };
}

interface Prepared {
  name: Buffer;
  flags: number;
  method: number;
  crc: number;
  size: number;
  payload: Buffer;
}

function prepare(e: ZipEntrySpec): Prepared {
  const name = typeof e.name === 'string' ? Buffer.from(e.name, 'utf8') : e.name;
  const utf8 = e.utf8Flag ?? (typeof e.name === 'string' && /[^\x00-\x7f]/.test(e.name));
  const flags = (utf8 ? 0x800 : 0) | (e.encrypted ? 0x1 : 0);
  let method: number;
  let crc: number;
  let size: number;
  let payload: Buffer;
  if (e.compressed) {
    method = e.compressed.method === 'store' ? 0 : 8;
    ({ crc, size } = e.compressed);
    payload = e.compressed.data;
  } else {
    const data = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : (e.data ?? Buffer.alloc(0));
    method = e.method === 'store' ? 0 : 8;
    crc = crc32(data);
    size = data.length;
    payload = method === 8 ? deflateRawSync(data) : data;
  }
  if (e.declaredSize !== undefined) size = e.declaredSize;
  return { name, flags, method, crc, size, payload };
}

function localHeader(p: Prepared): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(p.flags, 6);
  h.writeUInt16LE(p.method, 8);
  h.writeUInt16LE(0, 10);
  h.writeUInt16LE(0x21, 12); // 1980-01-01
  h.writeUInt32LE(p.crc >>> 0, 14);
  h.writeUInt32LE(p.payload.length, 18);
  h.writeUInt32LE(p.size, 22);
  h.writeUInt16LE(p.name.length, 26);
  h.writeUInt16LE(0, 28);
  return Buffer.concat([h, p.name]);
}

function centralHeader(p: Prepared, offset: number): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(p.flags, 8);
  h.writeUInt16LE(p.method, 10);
  h.writeUInt16LE(0, 12);
  h.writeUInt16LE(0x21, 14);
  h.writeUInt32LE(p.crc >>> 0, 16);
  h.writeUInt32LE(p.payload.length, 20);
  h.writeUInt32LE(p.size, 24);
  h.writeUInt16LE(p.name.length, 28);
  h.writeUInt32LE(offset, 42);
  return Buffer.concat([h, p.name]);
}

function endRecord(count: number, cdSize: number, cdOffset: number): Buffer {
  const e = Buffer.alloc(22);
  e.writeUInt32LE(0x06054b50, 0);
  e.writeUInt16LE(Math.min(count, 0xffff), 8);
  e.writeUInt16LE(Math.min(count, 0xffff), 10);
  e.writeUInt32LE(cdSize, 12);
  e.writeUInt32LE(cdOffset, 16);
  return e;
}

/**
 * An ordinary archive. More than 65,535 entries are written with the zip64
 * end records (as Info-ZIP does).
 */
export function buildZip(entries: readonly ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const p = prepare(e);
    const lh = localHeader(p);
    centrals.push(centralHeader(p, offset));
    locals.push(lh, p.payload);
    offset += lh.length + p.payload.length;
  }
  const cd = Buffer.concat(centrals);
  const tail: Buffer[] = [];
  if (entries.length > 0xffff) tail.push(...zip64End(entries.length, cd.length, offset, offset + cd.length));
  tail.push(endRecord(entries.length, cd.length, offset));
  return Buffer.concat([...locals, cd, ...tail]);
}

function zip64End(count: number, cdSize: number, cdOffset: number, at: number): Buffer[] {
  const r = Buffer.alloc(56);
  r.writeUInt32LE(0x06064b50, 0);
  r.writeBigUInt64LE(44n, 4);
  r.writeUInt16LE(45, 12);
  r.writeUInt16LE(45, 14);
  r.writeBigUInt64LE(BigInt(count), 24);
  r.writeBigUInt64LE(BigInt(count), 32);
  r.writeBigUInt64LE(BigInt(cdSize), 40);
  r.writeBigUInt64LE(BigInt(cdOffset), 48);
  const loc = Buffer.alloc(20);
  loc.writeUInt32LE(0x07064b50, 0);
  loc.writeBigUInt64LE(BigInt(at), 8);
  loc.writeUInt32LE(1, 16);
  return [r, loc];
}

/** Deflate once, reuse many times (bomb kernels). */
export function kernel(data: Buffer): NonNullable<ZipEntrySpec['compressed']> {
  return { data: deflateRawSync(data, { level: 9 }), size: data.length, crc: crc32(data), method: 'deflate' };
}

/**
 * Fifield-style overlapping entries, the simple full-overlap form: one local
 * header + kernel, and `count` central-directory entries that all point at
 * it under different names. A naive reader inflates the kernel `count` times.
 */
export function buildOverlappingZip(k: NonNullable<ZipEntrySpec['compressed']>, count: number): Buffer {
  const first = prepare({ name: 'k0', compressed: k });
  const lh = localHeader(first);
  const centrals: Buffer[] = [];
  for (let i = 0; i < count; i++) centrals.push(centralHeader({ ...first, name: Buffer.from(`k${i}`) }, 0));
  const cd = Buffer.concat(centrals);
  const dataEnd = lh.length + first.payload.length;
  return Buffer.concat([lh, first.payload, cd, endRecord(count, cd.length, dataEnd)]);
}

/**
 * Fifield-style "quoted" overlap: entry i's data is a stored block that
 * contains the local header of entry i+1, and every entry ends in the same
 * shared deflated kernel. Each entry on its own is a valid deflate stream.
 */
export function buildQuotedOverlapZip(k: NonNullable<ZipEntrySpec['compressed']>, count: number): Buffer {
  // Build from the last entry backwards: entry i = header_i + [stored block quoting header_{i+1}..] + kernel.
  // Simplified: each entry's compressed span runs to the end of the kernel, so spans nest.
  const names = Array.from({ length: count }, (_, i) => Buffer.from(`q${i}`));
  const headerLen = (i: number): number => 30 + (names[i]?.length ?? 0);
  // Offsets: header i at offset o_i; quoting block for header i+1 is 5 bytes + headerLen(i+1).
  const offsets: number[] = [];
  let o = 0;
  for (let i = 0; i < count; i++) {
    offsets.push(o);
    o += headerLen(i) + (i + 1 < count ? 5 : 0);
  }
  const kernelStart = o;
  const end = kernelStart + k.data.length;
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const name = names[i] as Buffer;
    const dataStart = (offsets[i] as number) + headerLen(i);
    const p: Prepared = { name, flags: 0, method: 8, crc: 0, size: 0, payload: Buffer.alloc(end - dataStart) };
    parts.push(localHeader(p).subarray(0, headerLen(i)));
    if (i + 1 < count) {
      // Non-final stored deflate block of exactly the next header's length.
      const len = headerLen(i + 1);
      const blk = Buffer.alloc(5);
      blk[0] = 0x00;
      blk.writeUInt16LE(len, 1);
      blk.writeUInt16LE(~len & 0xffff, 3);
      parts.push(blk);
    }
    centrals.push(centralHeader(p, offsets[i] as number));
  }
  parts.push(k.data);
  const cd = Buffer.concat(centrals);
  return Buffer.concat([...parts, cd, endRecord(count, cd.length, end)]);
}
