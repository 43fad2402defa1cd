// The state home of a CLI user or a daemon: key, quarantine, audit log.
// Precedence: LISTGUARD_HOME, then the config's `home`, then ~/.listguard.
import { chmod, mkdir, open, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { appendAudit } from './audit-log.js';
import { fsyncPath } from './fs-sync.js';
import { generateKey, KEY_FILE, readKeyFile, writeKeyFile } from './master-key.js';

export const HOME_ENV = 'LISTGUARD_HOME';
export const QUARANTINE_DIR = 'quarantine';
export const AUDIT_FILE = 'audit.log';

export function resolveHome(env: NodeJS.ProcessEnv, configHome?: string): string {
  const fromEnv = env[HOME_ENV];
  if (fromEnv) return resolve(fromEnv);
  if (configHome) return resolve(configHome);
  return join(env.HOME || homedir(), '.listguard');
}

export const homePaths = (home: string) => ({
  home,
  key: join(home, KEY_FILE),
  quarantine: join(home, QUARANTINE_DIR),
  audit: join(home, AUDIT_FILE),
});

export interface InitResult {
  home: string;
  keyPath: string;
  keyId: string;
  /** False when a key already existed (it is never overwritten). */
  createdKey: boolean;
}

const exists = (p: string) => stat(p).then(() => true, () => false);

/** Create the home (0700) with a fresh key (0600), quarantine/ and audit.log. Idempotent. */
export async function initHome(dir: string): Promise<InitResult> {
  const p = homePaths(resolve(dir));
  await mkdir(p.home, { recursive: true, mode: 0o700 });
  await chmod(p.home, 0o700);
  await mkdir(p.quarantine, { recursive: true, mode: 0o700 });
  const fh = await open(p.audit, 'a', 0o600);
  await fh.close();
  let keyId: string;
  let createdKey = false;
  if (await exists(p.key)) {
    keyId = (await readKeyFile(p.key)).current;
  } else {
    const k = generateKey();
    await writeKeyFile(p.key, { current: k.id, keys: new Map([[k.id, k.key]]) });
    keyId = k.id;
    createdKey = true;
  }
  await fsyncPath(p.home);
  await appendAudit(p.home, { event: 'home.init', details: { keyId, createdKey } });
  return { home: p.home, keyPath: p.key, keyId, createdKey };
}
