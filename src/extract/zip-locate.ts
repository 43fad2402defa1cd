// Where a zip lies among other bytes, found from its end record as unzip
// finds it: the end record in the last 64 KiB, the central directory it
// points to, and the offset its entries count from. A self-extractor
// (sfx.ts) has a program in front; `copy /b list.zip+a.zip` has a whole zip
// in front; a zip with a CSV appended has bytes after its end.
import { open } from 'node:fs/promises';
import type { ExtractInput } from './types.js';

const TAIL = 64 * 1024 + 22;
const EOCD = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const CENTRAL = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
const LOCAL = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export type ReadAt = (position: number, length: number) => Promise<Buffer>;

/** Reads at offsets of a file or buffer input, without reading it whole. */
export function byteReader(input: ExtractInput): { readAt: ReadAt; close: () => Promise<void> } {
  if (input.source.kind === 'buffer') {
    const data = input.source.data;
    return { readAt: async (p, n) => data.subarray(p, p + n), close: async () => {} };
  }
  const handle = open(input.source.path, 'r');
  return {
    readAt: async (p, n) => {
      const buf = Buffer.alloc(n);
      const { bytesRead } = await (await handle).read(buf, 0, n, p);
      return buf.subarray(0, bytesRead);
    },
    close: async () => (await handle).close(),
  };
}

/**
 * Where the zip whose end record is in the last 64 KiB starts (0 also when its
 * offsets already count the bytes in front, as after `zip -A`) and where it
 * ends (past its end record and comment); null when there is no such zip.
 */
export async function zipBounds(size: number, readAt: ReadAt): Promise<{ start: number; end: number } | null> {
  const from = Math.max(0, size - TAIL);
  const tail = await readAt(from, size - from);
  const e = tail.lastIndexOf(EOCD);
  if (e < 0 || e + 22 > tail.length) return null;
  const cdSize = tail.readUInt32LE(e + 12);
  const cdOffset = tail.readUInt32LE(e + 16);
  const cdStart = from + e - cdSize;
  const start = cdStart - cdOffset;
  if (cdStart < 0 || start < 0) return null;
  const [central, local] = await Promise.all([readAt(cdStart, 4), readAt(start, 4)]);
  if (!central.equals(CENTRAL)) return null;
  // Offsets relative to the archive: its first local header is where they count from.
  if (start > 0 && !local.equals(LOCAL)) return null;
  return { start, end: Math.min(size, from + e + 22 + tail.readUInt16LE(e + 20)) };
}
