// The key for record fingerprints (HMAC) of the sender window. It must be
// stable across restarts (or every fingerprint changes and the window resets)
// and must not sit beside the hashes it keys (then a guessable record could be
// confirmed from the database alone): its own file in the home, 0600, made on
// first use. Not the quarantine key: rotating that must not reset the window.
import { randomBytes } from 'node:crypto';
import { open, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export const FINGERPRINT_KEY_FILE = 'fingerprint.key';

export async function loadFingerprintKey(home: string): Promise<Buffer> {
  const path = join(home, FINGERPRINT_KEY_FILE);
  try {
    const fh = await open(path, 'wx', 0o600);
    try {
      await fh.writeFile(randomBytes(32).toString('base64') + '\n');
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  const st = await stat(path);
  if ((st.mode & 0o077) !== 0) throw new Error(`${path}: permissions ${(st.mode & 0o777).toString(8)} are too open; run chmod 600 ${path}`);
  const key = Buffer.from((await readFile(path, 'utf8')).trim(), 'base64');
  if (key.length !== 32) throw new Error(`${path}: not a base64 32-byte key`);
  return key;
}
