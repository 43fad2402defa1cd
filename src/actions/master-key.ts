// The quarantine master keys (a keyring: key id → 32-byte key). Only data
// keys are encrypted with them, so rotating means rewrapping a few hundred
// bytes per item, not re-encrypting content.
//
// Sources, first wins: env LISTGUARD_QUARANTINE_KEY (base64 of 32 bytes; a
// comma-separated list during a rotation, current first), else the key file
// `<home>/quarantine.key` (JSON, mode 0600 enforced like ssh does).
import { createHash, randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ActionError } from './errors.js';
import { writeFileAtomic } from './fs-sync.js';

export const KEY_FILE = 'quarantine.key';
export const KEY_ENV = 'LISTGUARD_QUARANTINE_KEY';
const KEY_BYTES = 32;

export interface Keyring {
  /** Key id new items are wrapped with. */
  current: string;
  keys: ReadonlyMap<string, Buffer>;
  source: 'env' | 'file';
  /** The key file, when source is 'file'. */
  path?: string;
}

interface KeyFile {
  version: 1;
  current: string;
  keys: { id: string; key: string; created: string }[];
}

/** Key id = a fingerprint of the key, so the same key has the same id from env or file. */
export function keyIdOf(key: Buffer): string {
  return 'k' + createHash('sha256').update('listguard-quarantine-key\0').update(key).digest('hex').slice(0, 16);
}

export function generateKey(): { id: string; key: Buffer } {
  const key = randomBytes(KEY_BYTES);
  return { id: keyIdOf(key), key };
}

function decodeKey(b64: string, where: string): Buffer {
  const s = b64.trim();
  const key = /^[A-Za-z0-9+/]+={0,2}$/.test(s) ? Buffer.from(s, 'base64') : Buffer.alloc(0);
  if (key.length !== KEY_BYTES) {
    // Never echo the value: it may be a real key with a typo.
    throw new ActionError('E_KEY_INVALID', `${where}: not base64 of ${KEY_BYTES} bytes`);
  }
  return key;
}

export function keyringFromEnv(value: string): Keyring {
  const parts = value.split(',').map((p) => p.trim()).filter(Boolean);
  const keys = new Map<string, Buffer>();
  parts.forEach((p, i) => {
    const key = decodeKey(p, `${KEY_ENV} (key ${i + 1})`);
    keys.set(keyIdOf(key), key);
  });
  const first = keys.keys().next().value;
  if (first === undefined) throw new ActionError('E_KEY_INVALID', `${KEY_ENV} is empty`);
  return { current: first, keys, source: 'env' };
}

function missingKeyMessage(path: string): string {
  return `no quarantine key: ${path} does not exist. Run \`listguard init\` to create it, or set ${KEY_ENV} (base64 of 32 bytes).`;
}

export async function readKeyFile(path: string): Promise<Keyring> {
  let st;
  try {
    st = await stat(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new ActionError('E_KEY_MISSING', missingKeyMessage(path));
    throw e;
  }
  if ((st.mode & 0o077) !== 0) {
    const mode = (st.mode & 0o777).toString(8).padStart(4, '0');
    throw new ActionError(
      'E_KEY_PERMS',
      `quarantine key file ${path} is readable by group or others (mode ${mode}); refusing to use it. Run: chmod 600 ${path}`,
    );
  }
  let parsed: KeyFile;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8')) as KeyFile;
  } catch {
    throw new ActionError('E_KEY_INVALID', `${path}: not a listguard key file (invalid JSON)`);
  }
  if (parsed?.version !== 1 || !Array.isArray(parsed.keys) || typeof parsed.current !== 'string') {
    throw new ActionError('E_KEY_INVALID', `${path}: not a listguard key file (want version 1, current, keys[])`);
  }
  const keys = new Map<string, Buffer>();
  parsed.keys.forEach((k, i) => {
    const key = decodeKey(String(k?.key ?? ''), `${path}: keys[${i}]`);
    const id = keyIdOf(key);
    if (k.id !== id) throw new ActionError('E_KEY_INVALID', `${path}: keys[${i}]: id ${String(k.id)} does not match the key`);
    keys.set(id, key);
  });
  if (!keys.has(parsed.current)) {
    throw new ActionError('E_KEY_INVALID', `${path}: current key ${parsed.current} is not among keys[]`);
  }
  return { current: parsed.current, keys, source: 'file', path };
}

export async function writeKeyFile(path: string, ring: Pick<Keyring, 'current' | 'keys'>): Promise<void> {
  const now = new Date().toISOString();
  const body: KeyFile = {
    version: 1,
    current: ring.current,
    keys: [...ring.keys].map(([id, key]) => ({ id, key: key.toString('base64'), created: now })),
  };
  await writeFileAtomic(path, JSON.stringify(body, null, 2) + '\n', 0o600);
}

/** Load the keyring for a home: env first, else the key file. */
export async function loadKeyring(home: string, env: NodeJS.ProcessEnv): Promise<Keyring> {
  const fromEnv = env[KEY_ENV];
  if (fromEnv !== undefined && fromEnv.trim() !== '') return keyringFromEnv(fromEnv);
  return readKeyFile(join(home, KEY_FILE));
}
