// Spool a message: memory stays bounded whatever the size, and the worker
// pool scans it. The spooled bytes are the received bytes behind a short
// prefix of our own header lines. The prefix makes the extractor's sniffer
// see mail for sure (it wants two known header names first; a crafted
// message with odd headers would otherwise be scanned as plain text, its
// base64 attachments unread). Relay and quarantine read past the prefix.
//
// Every message is written to a spool file (0600). One up to `memoryMax`
// bytes (most mail) is also kept in memory and handed to a worker as a
// buffer, so the worker does not read the file back; a larger one is
// scanned by path. Nothing is acknowledged before it is decided, so a crash
// loses nothing: the client retries, and the next start removes what a
// crash left in the spool directory.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { newId } from '../actions/ids.js';
import type { ItemSource } from '../scan/scan-item.js';

/** Messages up to this size (with the prefix) are also kept in memory and scanned from there. */
export const SPOOL_MEMORY_MAX = 512 * 1024;

export interface SpooledMessage {
  id: string;
  /** What the scanner reads: the prefix and the message, from memory or from the spool file. */
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

/** A message's id in the spool and in log lines: an action id (src/actions/ids.ts), never masked as a value. */
export const newSpoolId = (): string => newId('m');

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

/** Spool `input` into `<dir>/<id>.eml`, keeping it in memory too when small. Rejects if the stream or the disk fails. */
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
  const fh = await open(path, 'wx', 0o600);
  // Everything while it fits in memory; past that, batches of the chunks smtp-server
  // emits (one per read, often a few KB), written as they come.
  let kept: Buffer[] | null = [prefix];
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  try {
    for await (const chunk of input) {
      const b = chunk as Buffer;
      hash.update(b);
      size += b.length;
      if (kept && prefix.length + size <= memoryMax) {
        kept.push(b);
        continue;
      }
      if (kept) {
        pending = kept;
        pendingBytes = prefix.length + size - b.length;
        kept = null;
      }
      pending.push(b);
      pendingBytes += b.length;
      if (pendingBytes >= 256 * 1024) {
        await fh.write(Buffer.concat(pending));
        pending = [];
        pendingBytes = 0;
      }
    }
    const data = kept ? Buffer.concat(kept) : null;
    if (data) await fh.write(data);
    else if (pending.length) await fh.write(Buffer.concat(pending));
    await fh.close();
    return {
      id,
      prefixBytes: prefix.length,
      size,
      sha256: hash.digest('hex'),
      oversized: input.sizeExceeded === true,
      source: data ? { kind: 'buffer', name: `${id}.eml`, data } : { kind: 'file', path },
      original: data ? () => Readable.from([data.subarray(prefix.length)]) : () => createReadStream(path, { start: prefix.length }),
      remove: () => rm(path, { force: true }),
    };
  } catch (e) {
    await fh.close().catch(() => {});
    await rm(path, { force: true });
    throw e;
  }
}
