// Who ran an action, for the audit log. os.userInfo() throws when the uid
// has no passwd entry (containers); the uid alone is still worth recording.
import { userInfo } from 'node:os';

export interface Actor {
  user: string;
  uid: number;
  pid: number;
}

export function currentActor(): Actor {
  let user = 'unknown';
  let uid = typeof process.getuid === 'function' ? process.getuid() : -1;
  try {
    const u = userInfo();
    user = u.username;
    uid = u.uid;
  } catch {
    // keep the uid from process.getuid()
  }
  return { user, uid, pid: process.pid };
}
