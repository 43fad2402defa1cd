// Spool a message: memory stays bounded whatever the size, and the worker
// pool scans it. The spooled bytes are the received bytes behind a short
// prefix of our own header lines. The prefix makes the extractor's sniffer
// see mail for sure (it wants two known header names first; a crafted
// message with odd headers would otherwise be scanned as plain text, its
// base64 attachments unread). Relay and quarantine read past the prefix.
//
// A message up to `memoryMax` bytes (most mail) stays in memory and is handed
// to a worker as a buffer: no file to write, read twice and remove. A larger
// one goes to a file (0600) in the spool directory, scanned by path. Either
// way nothing is acknowledged before it is decided, so a crash loses nothing:
// the client retries, and the next start removes what a crash left on disk.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { ItemSource } from '../scan/scan-item.js';

/** Messages up to this size (with the prefix) are kept in memory, not written to the spool directory. */
export const SPOOL_MEMORY_MAX = 512 * 1024;

export interface SpooledMessage {
  id: string;
  /** What the scanner reads: the prefix and the message, in memory or in a spool file. */
  source: ItemSource;
  /** Bytes of our prefix before the original message. */
  prefixBytes: number;
  /** Size of the original message. */
  size: number;
  /** SHA-256 of the original message (hex). */
  sha256: string;
  /** The stream went over the size limit (smtp-server stopped storing it). */
  oversized: boolean;
  /** The original bytes, as a fresh stream. */
  original(): Readable;
  remove(): Promise<void>;
}

export const newSpoolId = (): string => `m-${Date.now().toString(36)}-${randomBytes(6).toString('hex')}`;

/** Create the spool directory (0700) and remove what a crash left: those messages were never acknowledged. */
export async function prepareSpool(dir: string): Promise<number> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  let n = 0;
  for (const f of await readdir(dir)) {
    if (f.endsWith('.eml')) {
      await rm(join(dir, f), { force: true });
      n++;
    }
  }
  return n;
}

/** Spool `input`, in memory or into `<dir>/<id>.eml`. Rejects if the stream or the disk fails. */
export async function spoolMessage(
  dir: string,
  input: Readable & { sizeExceeded?: boolean },
  id = newSpoolId(),
  memoryMax = SPOOL_MEMORY_MAX,
): Promise<SpooledMessage> {
  const path = join(dir, `${id}.eml`);
  const prefix = Buffer.from(`X-Listguard-Spool: ${id}\r\nX-Listguard-Spool-Format: 1\r\n`, 'latin1');
  const hash = createHash('sha256');
  let size = 0;
  let fh: FileHandle | undefined;
  // Chunks not yet written: the whole message while it fits in memory, then
  // batches (smtp-server emits one chunk per read, often a few KB).
  let pending: Buffer[] = [prefix];
  let pendingBytes = prefix.length;
  try {
    for await (const chunk of input) {
      const b = chunk as Buffer;
      hash.update(b);
      size += b.length;
      pending.push(b);
      pendingBytes += b.length;
      if (!fh && pendingBytes > memoryMax) fh = await open(path, 'wx', 0o600);
      if (fh && pendingBytes >= 256 * 1024) {
        await fh.write(Buffer.concat(pending));
        pending = [];
        pendingBytes = 0;
      }
    }
    if (fh && pendingBytes) await fh.write(Buffer.concat(pending));
  } catch (e) {
    if (fh) {
      await fh.close().catch(() => {});
      await rm(path, { force: true });
    }
    throw e;
  }
  const common = { id, prefixBytes: prefix.length, size, sha256: hash.digest('hex'), oversized: input.sizeExceeded === true };
  if (!fh) {
    const data = Buffer.concat(pending);
    return {
      ...common,
      source: { kind: 'buffer', name: `${id}.eml`, data },
      original: () => Readable.from([data.subarray(prefix.length)]),
      remove: async () => {},
    };
  }
  await fh.close();
  return {
    ...common,
    source: { kind: 'file', path },
    original: () => createReadStream(path, { start: prefix.length }),
    remove: () => rm(path, { force: true }),
  };
}
