// Self-extracting archives: a program stub (Windows "MZ", Linux ELF) with an
// archive after it — `名单.exe` that unpacks the customer list when run.
// The stub is code, nothing to read; the archive is the item's content:
// a zip (found by its end record in the last 64 KiB, where unzip looks for
// it too; offsets relative to the archive or, after `zip -A`, to the file)
// or a 7z or RAR archive (its signature in the first 8 MiB: 7-Zip's and
// WinRAR's stubs are a few hundred KiB; a RAR signature counts only with a
// first header whose CRC holds, since a stub that looks for its archive
// carries the signature in its code). Read as `名单.exe!/archive.zip`. A
// program without one goes on to the text extractor, which calls it binary
// data.
import { crc32 } from 'node:zlib';
import { bufferInput } from './input.js';
import { memberLocation } from './member.js';
import { extractorFor } from './registry.js';
import type { ExtractContext, ExtractInput } from './types.js';
import { byteReader, zipBounds } from './zip-locate.js';

const HEAD = 8 * 1024 * 1024;
/** A larger program is not probed (and a self-extractor this large is no customer list). */
const MAX_SIZE = 256 * 1024 * 1024;
/** 7z signature and major version 0. */
const SEVEN_Z = Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00]);
/** `Rar!\x1a\x07`: then 0x00 (RAR 4) or 0x01 0x00 (RAR 5). */
const RAR = Buffer.from([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]);

export const isProgramHead = (head: Buffer): boolean =>
  (head[0] === 0x4d && head[1] === 0x5a) || (head[0] === 0x7f && head[1] === 0x45 && head[2] === 0x4c && head[3] === 0x46);

/** Whether a RAR archive starts at `at`: its signature, then a first header whose CRC holds. */
function isRarStart(head: Buffer, at: number): boolean {
  if (head[at + 6] === 0x00) {
    // RAR 4: the main header's CRC16 (low half of a CRC32) over its type, flags, size and fields.
    const h = at + 7;
    if (h + 7 > head.length || head[h + 2] !== 0x73) return false;
    const size = head.readUInt16LE(h + 5);
    return size >= 7 && h + size <= head.length && (crc32(head.subarray(h + 2, h + size)) & 0xffff) === head.readUInt16LE(h);
  }
  if (head[at + 6] !== 0x01 || head[at + 7] !== 0x00) return false;
  // RAR 5: a CRC32 over the header's size (a variable-length integer) and body.
  const h = at + 8;
  let size = 0;
  let p = h + 4;
  for (let shift = 0; p < head.length && shift < 21; shift += 7) {
    const b = head[p++]!;
    size += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return size > 0 && p + size <= head.length && crc32(head.subarray(h + 4, p + size)) === head.readUInt32LE(h);
  }
  return false;
}

/** Where the first RAR archive in `head` starts (past the stub's first two bytes), or -1. */
function rarStart(head: Buffer): number {
  for (let at = head.indexOf(RAR, 2); at >= 0; at = head.indexOf(RAR, at + 1)) if (isRarStart(head, at)) return at;
  return -1;
}

/**
 * The archive a program carries, read as the item's content; false when
 * there is none (or the program is too large to probe).
 */
export async function extractSelfExtractor(input: ExtractInput, ctx: ExtractContext): Promise<boolean> {
  if (input.size > MAX_SIZE) return false;
  const { readAt, close } = byteReader(input);
  try {
    const zip = (await zipBounds(input.size, readAt))?.start ?? -1;
    const head = zip < 0 ? await readAt(0, Math.min(HEAD, input.size)) : null;
    const sevenZ = head ? head.indexOf(SEVEN_Z, 2) : -1;
    const rar = head ? rarStart(head) : -1;
    if (zip < 0 && sevenZ < 0 && rar < 0) return false;
    // The first archive in the program when there is no zip at its end.
    const rarFirst = rar >= 0 && (sevenZ < 0 || rar < sevenZ);
    const start = zip >= 0 ? zip : rarFirst ? rar : sevenZ;
    const name = zip >= 0 ? 'archive.zip' : rarFirst ? 'archive.rar' : 'archive.7z';
    if (!ctx.consume(input.size - start)) {
      ctx.fail(input.location, 'max-bytes', `more than ${ctx.limits.maxBytes} bytes`);
      return true;
    }
    const data = await readAt(start, input.size - start);
    const archive = bufferInput(memberLocation(input.location, name), name, data);
    // A zip whose offsets count the stub is read whole, stub and all: its content does not start with a zip signature.
    if (zip === 0) await (await extractorFor('zip'))!.extract(archive, ctx);
    else await ctx.recurse(archive);
    return true;
  } finally {
    await close();
  }
}
