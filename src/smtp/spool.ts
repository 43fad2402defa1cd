// Spool a message to a file: memory stays bounded whatever the size, and the
// worker pool scans the file by path. The file is the received bytes behind a
// short prefix of our own header lines. The prefix makes the extractor's
// sniffer see mail for sure (it wants two known header names first; a crafted
// message with odd headers would otherwise be scanned as plain text, its
// base64 attachments unread). Relay and quarantine read past the prefix.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

export interface SpooledMessage {
  id: string;
  path: string;
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

/** Stream `input` into `<dir>/<id>.eml`. Rejects if the stream or the disk fails. */
export async function spoolMessage(dir: string, input: Readable & { sizeExceeded?: boolean }, id = newSpoolId()): Promise<SpooledMessage> {
  const path = join(dir, `${id}.eml`);
  const prefix = Buffer.from(`X-Listguard-Spool: ${id}\r\nX-Listguard-Spool-Format: 1\r\n`, 'latin1');
  const hash = createHash('sha256');
  let size = 0;
  const fh = await open(path, 'wx', 0o600);
  try {
    await fh.write(prefix);
    // Batch small chunks: smtp-server emits one chunk per read, often a few KB.
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    for await (const chunk of input) {
      const b = chunk as Buffer;
      hash.update(b);
      size += b.length;
      pending.push(b);
      pendingBytes += b.length;
      if (pendingBytes >= 256 * 1024) {
        await fh.write(Buffer.concat(pending));
        pending = [];
        pendingBytes = 0;
      }
    }
    if (pendingBytes) await fh.write(Buffer.concat(pending));
  } catch (e) {
    await fh.close().catch(() => {});
    await rm(path, { force: true });
    throw e;
  }
  await fh.close();
  return {
    id,
    path,
    prefixBytes: prefix.length,
    size,
    sha256: hash.digest('hex'),
    oversized: input.sizeExceeded === true,
    original: () => createReadStream(path, { start: prefix.length }),
    remove: () => rm(path, { force: true }),
  };
}
