// A RAR writer for tests. No free tool writes RAR (WinRAR's `rar` is
// proprietary and not in Debian main), so this one writes what WinRAR writes
// with "Store" (`rar a -m0`), in both formats WinRAR offers: RAR 5 (RARLAB's
// "RAR 5.0 archive format" technote) and RAR 4 (the 2.9 format of
// unrar's technote.txt). It can also mark a file encrypted (its encryption
// record, with random bytes for data) or encrypt the headers (`-hp`, an
// archive encryption header, then random bytes) — enough for a reader to see
// a password it does not have. sevenzip.test.ts checks every archive made
// here with libarchive (bsdtar), a reader independent of 7-Zip.
import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';

export interface RarEntrySpec {
  /** Stored UTF-8 (RAR 5; RAR 4 sets its Unicode flag for non-ASCII names). */
  name: string;
  data: Buffer | string;
  /** RAR 5 only: an encryption record, and random bytes in place of the data. */
  encrypted?: boolean;
  /** Unpacked size to declare instead of the real one (a lying header). */
  declaredSize?: number;
  /** RAR 5 only: no unpacked size, as `rar a -si` (from a pipe) writes. */
  unknownSize?: boolean;
}

export interface RarOptions {
  /** Default 5. */
  version?: 4 | 5;
  /** RAR 5 only: headers encrypted (`rar a -hp`): nothing after the signature can be listed without the password. */
  encryptHeaders?: boolean;
}

const RAR5_SIGNATURE = Buffer.from([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00]);
const RAR4_SIGNATURE = Buffer.from([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00]);
/** log2 of the PBKDF2 iterations WinRAR uses. */
const KDF_COUNT = 15;

const bytes = (data: Buffer | string): Buffer => (typeof data === 'string' ? Buffer.from(data, 'utf8') : data);

/** RAR 5's variable-length integer: 7 bits a byte, low bits first, high bit "more". */
function vint(n: number): Buffer {
  const out: number[] = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return Buffer.from(out);
}

const u32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/** A RAR 5 header: CRC32 of (size, body), the size, the body (type, flags, fields, extra). */
function header5(type: number, flags: number, fields: Buffer[], extra?: Buffer, dataSize?: number): Buffer {
  const body = Buffer.concat([
    vint(type),
    vint(flags | (extra ? 0x0001 : 0) | (dataSize !== undefined ? 0x0002 : 0)),
    ...(extra ? [vint(extra.length)] : []),
    ...(dataSize !== undefined ? [vint(dataSize)] : []),
    ...fields,
    ...(extra ? [extra] : []),
  ]);
  const sized = Buffer.concat([vint(body.length), body]);
  return Buffer.concat([u32(crc32(sized)), sized]);
}

function fileEncryptionRecord(): Buffer {
  const record = Buffer.concat([vint(0x01), vint(0), vint(0x0001), Buffer.from([KDF_COUNT]), randomBytes(16), randomBytes(16), randomBytes(12)]);
  return Buffer.concat([vint(record.length), record]);
}

function buildRar5(entries: readonly RarEntrySpec[], options: RarOptions): Buffer {
  const out: Buffer[] = [RAR5_SIGNATURE];
  if (options.encryptHeaders) {
    // Archive encryption header: version 0 (AES-256), a password check value; then only ciphertext.
    out.push(header5(4, 0, [vint(0), vint(0x0001), Buffer.from([KDF_COUNT]), randomBytes(16), randomBytes(12)]));
    out.push(randomBytes(16 * (4 + entries.length * 4)));
    return Buffer.concat(out);
  }
  out.push(header5(1, 0, [vint(0)]));
  const mtime = Math.floor(Date.UTC(2026, 10, 1) / 1000);
  for (const e of entries) {
    const plain = bytes(e.data);
    const data = e.encrypted ? randomBytes(Math.ceil(Math.max(1, plain.length) / 16) * 16) : plain;
    const name = Buffer.from(e.name, 'utf8');
    const fields = [
      vint(0x0002 | 0x0004 | (e.unknownSize ? 0x0008 : 0)), // mtime and CRC32 present, size unknown
      vint(e.unknownSize ? 0 : (e.declaredSize ?? plain.length)),
      vint(0x20), // archive attribute
      u32(mtime),
      u32(crc32(plain)),
      vint(0), // compression: version 0, method 0 = store
      vint(0), // host OS: Windows
      vint(name.length),
      name,
    ];
    out.push(header5(2, 0, fields, e.encrypted ? fileEncryptionRecord() : undefined, data.length), data);
  }
  out.push(header5(5, 0, [vint(0)]));
  return Buffer.concat(out);
}

/** A RAR 4 block: CRC16 (low half of the CRC32 of the rest), type, flags, size, fields. */
function block4(type: number, flags: number, fields: Buffer): Buffer {
  const rest = Buffer.alloc(5 + fields.length);
  rest.writeUInt8(type, 0);
  rest.writeUInt16LE(flags, 1);
  rest.writeUInt16LE(7 + fields.length, 3);
  fields.copy(rest, 5);
  const crc = Buffer.alloc(2);
  crc.writeUInt16LE(crc32(rest) & 0xffff);
  return Buffer.concat([crc, rest]);
}

function buildRar4(entries: readonly RarEntrySpec[]): Buffer {
  const out: Buffer[] = [RAR4_SIGNATURE, block4(0x73, 0, Buffer.alloc(6))];
  const dosTime = ((2026 - 1980) << 25) | (11 << 21) | (1 << 16);
  for (const e of entries) {
    if (e.encrypted) throw new Error('rar-writer: encrypted entries are written in RAR 5 only');
    const data = bytes(e.data);
    // Unicode flag with no zero byte in the name: the name is UTF-8.
    const unicode = /[^\x00-\x7f]/.test(e.name);
    const name = Buffer.from(e.name, 'utf8');
    const fields = Buffer.alloc(25 + name.length);
    fields.writeUInt32LE(data.length, 0); // packed size
    fields.writeUInt32LE(e.declaredSize ?? data.length, 4); // unpacked size
    fields.writeUInt8(2, 8); // host OS: Win32
    fields.writeUInt32LE(crc32(data) >>> 0, 9);
    fields.writeUInt32LE(dosTime >>> 0, 13);
    fields.writeUInt8(20, 17); // version needed: 2.0
    fields.writeUInt8(0x30, 18); // method: store
    fields.writeUInt16LE(name.length, 19);
    fields.writeUInt32LE(0x20, 21); // archive attribute
    name.copy(fields, 25);
    out.push(block4(0x74, 0x8000 | (unicode ? 0x0200 : 0), fields), data);
  }
  out.push(block4(0x7b, 0, Buffer.alloc(0)));
  return Buffer.concat(out);
}

/** A stored ("-m0") RAR archive of `entries`. */
export function buildRar(entries: readonly RarEntrySpec[], options: RarOptions = {}): Buffer {
  if ((options.version ?? 5) === 4) {
    if (options.encryptHeaders) throw new Error('rar-writer: header encryption is written in RAR 5 only');
    return buildRar4(entries);
  }
  return buildRar5(entries, options);
}
