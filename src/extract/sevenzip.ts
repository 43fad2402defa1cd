// 7z and RAR archives and single compressed files — xz, bzip2, zstd
// (`.tar.xz`, `customers.csv.bz2`) — read with 7-Zip 24.09 compiled to
// WebAssembly (7z-wasm, with 7-Zip's RAR decoders). An insider who mails a
// list as 7z or RAR rather than zip, or compressed with xz, was read as
// `unsupported-format` (alerted, not blocked, by the default policy to
// external recipients); on Chinese desks RAR (WinRAR, 好压, 360压缩) is as
// common as zip.
//
// WebAssembly is also the sandbox: a decoder bug met by a hostile archive
// stays inside the module's own memory (7-Zip's own history has them: the
// zstd integer underflow fixed in 24.07). Each item gets a fresh module
// instance (~20–40 ms), its files in the module's in-memory file system;
// nothing touches the disk.
//
// Bounds, each an explicit outcome:
// - the archive and what it unpacks to are held in memory: at most CAP
//   bytes each (`max-bytes`), and within the item's byte budget;
// - an archive is listed first and refused whole when its declared sizes
//   pass the ratio (`max-ratio`) or its entries maxMembers (`max-members`):
//   7-Zip unpacks exactly the declared sizes (a RAR entry that declares
//   none, as `rar a -si` writes, is refused as `max-ratio` too: nothing
//   bounds it);
// - a compressed stream (whose size is not declared, or not trusted) is
//   unpacked to a byte sink that stops 7-Zip at the bound;
// - an encrypted archive (a password on its members or its names) is
//   `encrypted`; the members without one are still read;
// - the call is synchronous: a stuck decoder is ended by the pool's hard
//   deadline (`timeout`).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import sevenZipPackage, { type SevenZipModule } from '7z-wasm';
import { completeUtf8Prefix } from './encoding.js';
import { readWhole } from './input.js';
import { isTextPrefix, memberInput, writeMemberNames } from './member.js';
import type { ExtractContext, ExtractInput, Extractor } from './types.js';
import { RATIO_FLOOR } from './zip-reader.js';

/**
 * Archive bytes, and bytes unpacked from one archive, held at most: the module's
 * memory holds both, and a copy goes out (a 50 MB CSV in a 9 MB 7z: 345 MB peak
 * RSS, against 163 MB for the CSV itself).
 */
export const CAP = 64 * 1024 * 1024;
/** 7-Zip's exit codes: 0 fine, 1 warning, 2 fatal error. */
const FATAL = 2;

/** Which kind of input this is, as sniffed, and 7-Zip's name for it (`-t`). */
const TYPES = { '7z': '7z', rar: 'rar', xz: 'xz', bzip2: 'bzip2', zstd: 'zstd' } as const;
type SevenZipKind = keyof typeof TYPES;

/** 7-Zip has a format for each RAR generation: `Rar!\x1a\x07\x00` is RAR 1.5–4, `Rar!\x1a\x07\x01\x00` RAR 5. */
const rarType = (archive: Buffer): string => (archive[6] === 0x01 ? 'rar5' : 'rar');

// A CommonJS module: its exports are the factory, and `.default` the same factory (which is what TypeScript sees).
const SevenZip = sevenZipPackage.default;

let wasmBinary: ArrayBuffer | undefined;
/** The module's code, read once per worker (each instance compiles it). */
function wasm(): ArrayBuffer {
  if (!wasmBinary) {
    const file = createRequire(import.meta.url).resolve('7z-wasm/7zz.wasm');
    const bytes = readFileSync(file);
    wasmBinary = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
  }
  return wasmBinary;
}

interface Run {
  code: number;
  /** What 7-Zip wrote to stdout (a listing), when not sent to `onByte`. */
  stdout: string;
  stderr: string;
}

/** A fresh 7-Zip with `archive` as /in. Its stdout goes to `onByte` (which may throw to stop it), else is collected. */
async function sevenZip(archive: Buffer, onByte?: (b: number) => void): Promise<{ module: SevenZipModule; run: (args: string[]) => Run }> {
  const out: number[] = [];
  const err: number[] = [];
  const module = await SevenZip({
    wasmBinary: wasm(),
    stdout: (c: number | null) => {
      if (c === null) return;
      if (onByte) onByte(c);
      else out.push(c);
    },
    stderr: (c: number | null) => {
      if (c !== null && err.length < 4096) err.push(c);
    },
    print: () => {},
    printErr: () => {},
  });
  module.FS.writeFile('/in', archive);
  const run = (args: string[]): Run => {
    out.length = 0;
    err.length = 0;
    let code: number;
    try {
      // -p: a password that is never right, so 7-Zip never waits for one; -bd: no progress.
      code = (module.callMain([...args, '-bd', '-pX', '--', '/in']) as unknown as number | undefined) ?? 0;
    } catch {
      code = FATAL; // onByte stopped it, or the module aborted
    }
    return { code, stdout: Buffer.from(out).toString('utf8'), stderr: Buffer.from(err).toString('utf8') };
  };
  return { module, run };
}

interface Entry {
  path: string;
  /** NaN when the archive does not say. */
  size: number;
  folder: boolean;
  encrypted: boolean;
}

interface Listing {
  entries: Entry[];
  /** Bytes before the archive 7-Zip found, and after its end. */
  offset: number;
  tail: number;
  /** 7-Zip said the archive has errors or warnings (e.g. headers it could not follow). */
  warned: boolean;
}

function fieldsOf(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of block.split('\n')) {
    const eq = line.indexOf(' = ');
    if (eq > 0) fields.set(line.slice(0, eq).trim(), line.slice(eq + 3));
  }
  return fields;
}

/**
 * `7zz l -slt`: the archive's own block (after `--`: offset, tail, warnings),
 * then after `----------` one block of `Key = value` lines per entry.
 */
function parseListing(text: string): Listing {
  const split = text.indexOf('\n----------\n');
  const head = split < 0 ? text : text.slice(0, split);
  const archive = fieldsOf(head.slice(head.indexOf('\n--\n') + 1));
  const entries: Entry[] = [];
  for (const block of split < 0 ? [] : text.slice(split).split(/\n\s*\n/)) {
    const fields = fieldsOf(block);
    const path = fields.get('Path');
    if (path === undefined) continue;
    entries.push({
      path,
      size: fields.get('Size') ? Number(fields.get('Size')) : NaN,
      folder: fields.get('Folder') === '+' || /^D/.test(fields.get('Attributes') ?? ''),
      encrypted: fields.get('Encrypted') === '+',
    });
  }
  return {
    entries,
    offset: Number(archive.get('Offset') || 0),
    tail: Number(archive.get('Tail Size') || 0),
    warned: /^(?:WARNINGS|ERRORS):$/m.test(head),
  };
}

const isEncryptedError = (stderr: string): boolean => /encrypted archive|wrong password/i.test(stderr);

/** The name a compressed file had before: `list.csv.xz` → `list.csv`, `a.txz` → `a.tar`. */
export function streamMemberName(name: string): string {
  const base = name.replace(/^.*[\\/]/, '');
  if (/\.(txz|tbz2?|tzst)$/i.test(base)) return base.replace(/\.[^.]+$/, '.tar');
  return base.replace(/\.(xz|bz2|zst)$/i, '') || 'data';
}

async function readArchive(input: ExtractInput, ctx: ExtractContext): Promise<Buffer | null> {
  if (input.size > CAP) {
    ctx.fail(input.location, 'max-bytes', `archive larger than ${CAP} bytes`);
    return null;
  }
  return readWhole(input, ctx);
}

/** A 7z or RAR archive: listed, checked against the bounds, unpacked, each file dispatched. */
async function extractArchive(input: ExtractInput, ctx: ExtractContext, archive: Buffer, kind: '7z' | 'rar'): Promise<void> {
  const type = kind === 'rar' ? rarType(archive) : '7z';
  const { module, run } = await sevenZip(archive);
  const listing = run(['l', '-slt', `-t${type}`]);
  if (listing.code >= FATAL) {
    if (isEncryptedError(listing.stderr)) ctx.fail(input.location, 'encrypted', `${kind} archive with encrypted names`);
    else ctx.fail(input.location, 'corrupt', `7-Zip cannot open the ${kind} archive`);
    return;
  }
  const { entries, offset, tail, warned } = parseListing(listing.stdout);
  // 7-Zip reads what it can follow and says the rest with a warning only: a
  // header it cannot follow ends the listing there, clean. Not clean here.
  if (offset > 0 || tail > 0 || warned) {
    const what = offset > 0 ? `${offset} bytes before the ${kind} archive` : tail > 0 ? `${tail} bytes after the end of the ${kind} archive` : `7-Zip warns of damage in the ${kind} archive`;
    ctx.fail(input.location, 'corrupt', what);
  }
  // What comes after an archive's end (a second archive: `cat a.rar list.rar`) is read as an item of its own.
  if (tail > 0 && offset === 0 && tail < archive.length) await ctx.recurse(memberInput(input, 'after-end', archive.subarray(archive.length - tail)));
  const files = entries.filter((e) => !e.folder);
  writeMemberNames(input.location, files.map((e) => e.path), ctx);
  const declared = files.reduce((sum, e) => sum + e.size, 0);
  if (files.length > ctx.limits.maxMembers) {
    ctx.fail(input.location, 'max-members', `more than ${ctx.limits.maxMembers} entries`);
    return;
  }
  if (Number.isNaN(declared)) {
    ctx.fail(input.location, 'max-ratio', 'an entry that does not declare its size');
    return;
  }
  if (declared > ctx.limits.maxRatio * archive.length + RATIO_FLOOR) {
    ctx.fail(input.location, 'max-ratio', `unpacks past ${ctx.limits.maxRatio}:1`);
    return;
  }
  if (declared > CAP || !ctx.consume(declared)) {
    ctx.fail(input.location, 'max-bytes', declared > CAP ? `unpacks to more than ${CAP} bytes` : `more than ${ctx.limits.maxBytes} bytes in item`);
    return;
  }
  if (files.some((e) => e.encrypted)) ctx.fail(input.location, 'encrypted', `${kind} archive with encrypted members`);
  module.FS.mkdir('/out');
  const unpacked = run(['x', '-o/out', '-y', `-t${type}`]);
  // A damaged file is unpacked as far as its data goes (and read so), or not at all: the archive is corrupt.
  // (An encrypted member fails to unpack too, and the archive is already said to be encrypted.)
  if (unpacked.code >= FATAL && !files.some((e) => e.encrypted)) ctx.fail(input.location, 'corrupt', '7-Zip could not unpack every file whole');
  for (const e of files) {
    if (ctx.signal.aborted) return;
    // Without its password a member is noise (7-Zip writes a stored RAR member's bytes decrypted with the wrong key).
    if (e.encrypted) continue;
    const path = `/out/${e.path}`;
    if (!exists(module, path)) continue;
    const data = Buffer.from(module.FS.readFile(path));
    module.FS.unlink(path);
    await ctx.recurse(memberInput(input, e.path, data));
  }
}

function exists(module: SevenZipModule, path: string): boolean {
  try {
    return module.FS.isFile(module.FS.stat(path).mode);
  } catch {
    return false;
  }
}

/** An xz, bzip2 or zstd file: unpacked into a bounded sink, the result dispatched (a tar, a CSV …). */
async function extractStream(input: ExtractInput, ctx: ExtractContext, archive: Buffer, type: string): Promise<void> {
  const bound = Math.min(CAP, ctx.limits.maxRatio * archive.length + RATIO_FLOOR);
  let data = Buffer.allocUnsafe(Math.min(bound, Math.max(64 * 1024, archive.length * 8)));
  let n = 0;
  let over = false;
  const { run } = await sevenZip(archive, (b) => {
    if (n >= bound) {
      over = true;
      throw new Error('over the bound');
    }
    if (n === data.length) {
      const grown = Buffer.allocUnsafe(Math.min(bound, data.length * 2));
      data.copy(grown, 0, 0, n);
      data = grown;
    }
    data[n++] = b;
  });
  const result = run(['e', '-so', `-t${type}`]);
  // A cut-off stream may end inside a character: read up to the last whole one.
  const text = over || result.code >= FATAL ? completeUtf8Prefix(data.subarray(0, n)) : data.subarray(0, n);
  if (over) {
    const ratio = bound < CAP;
    ctx.fail(input.location, ratio ? 'max-ratio' : 'max-bytes', ratio ? `unpacks past ${ctx.limits.maxRatio}:1` : `unpacks to more than ${CAP} bytes`);
  } else if (result.code >= FATAL) {
    ctx.fail(input.location, 'corrupt', `7-Zip cannot unpack the ${type} data`);
  }
  // A cut-off text can still be scanned; a cut-off tar cannot be trusted past its end.
  if ((over || result.code >= FATAL) && !isTextPrefix(text)) return;
  if (!ctx.consume(n)) {
    ctx.fail(input.location, 'max-bytes', `more than ${ctx.limits.maxBytes} bytes in item`);
    return;
  }
  if (n > 0) await ctx.recurse(memberInput(input, streamMemberName(input.name), Buffer.from(text)));
}

/** The extractor for one of the sniffed kinds 7-Zip reads here: 7z, RAR, xz, bzip2, zstd. */
export function sevenZipExtractor(kind: SevenZipKind): Extractor {
  return {
    kind,
    async extract(input: ExtractInput, ctx: ExtractContext): Promise<void> {
      const archive = await readArchive(input, ctx);
      if (!archive || ctx.signal.aborted) return;
      if (kind === '7z' || kind === 'rar') await extractArchive(input, ctx, archive, kind);
      else await extractStream(input, ctx, archive, TYPES[kind]);
    },
  };
}
