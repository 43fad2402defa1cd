// SHA-256 of a file. Small files in one read (most of a share; a stream costs
// more in setup than in hashing), large ones streamed so memory does not grow
// with file size.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';

const ONE_READ = 1 << 20;

export async function sha256File(path: string): Promise<string> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(ONE_READ);
    const { bytesRead } = await fh.read(buf, 0, ONE_READ, 0);
    if (bytesRead < ONE_READ) return createHash('sha256').update(buf.subarray(0, bytesRead)).digest('hex');
  } finally {
    await fh.close();
  }
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(path, { highWaterMark: 256 * 1024 })
      .on('data', (c) => h.update(c))
      .on('error', reject)
      .on('end', () => resolve(h.digest('hex')));
  });
}
