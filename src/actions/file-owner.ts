// uid → user name for the decision subject (policies match `owner:` by
// name). /etc/passwd only: no NSS/LDAP lookup from Node without a native
// module; an unknown uid is given as its number, never dropped.
import { readFileSync } from 'node:fs';
import { lstat } from 'node:fs/promises';

const REFRESH_MS = 5 * 60_000;
let names = new Map<number, string>();
let loadedAt = 0;

function load(): void {
  loadedAt = Date.now();
  const next = new Map<number, string>();
  try {
    for (const line of readFileSync('/etc/passwd', 'utf8').split('\n')) {
      const [name, , uid] = line.split(':');
      if (name && uid && /^\d+$/.test(uid)) next.set(Number(uid), name);
    }
  } catch {
    // No passwd file (containers, Windows): numbers only.
  }
  names = next;
}

export function ownerName(uid: number): string {
  if (loadedAt === 0 || (!names.has(uid) && Date.now() - loadedAt > REFRESH_MS)) load();
  return names.get(uid) ?? String(uid);
}

/** Owner of a file by name, or undefined when it cannot be stat'ed. */
export async function fileOwner(path: string): Promise<string | undefined> {
  try {
    return ownerName((await lstat(path)).uid);
  } catch {
    return undefined;
  }
}
