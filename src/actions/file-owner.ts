// The owner of a file as a user name (uid when /etc/passwd does not know it):
// part of the file-channel subject that policies can match on.
import { readFileSync } from 'node:fs';
import { lstat } from 'node:fs/promises';

let users: Map<number, string> | undefined;

function userNames(): Map<number, string> {
  if (users) return users;
  users = new Map();
  try {
    for (const line of readFileSync('/etc/passwd', 'utf8').split('\n')) {
      const [name, , uid] = line.split(':');
      if (name && uid && /^\d+$/.test(uid)) users.set(Number(uid), name);
    }
  } catch {
    // No passwd file (containers): owners are reported by uid.
  }
  return users;
}

export const ownerName = (uid: number): string => userNames().get(uid) ?? String(uid);

export async function fileOwner(path: string): Promise<string | undefined> {
  try {
    return ownerName((await lstat(path)).uid);
  } catch {
    return undefined;
  }
}
