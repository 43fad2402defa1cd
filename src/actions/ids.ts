// Time-sortable random ids: fixed-width base-36 milliseconds then 48 random
// bits, so `ls` and string sort give creation order and ids never collide
// across processes. The shape is checked before an id becomes a path.
//
// An id never holds eleven digits in a row: logs mask such runs as values
// (src/log/mask.ts), and an id masked in the log cannot be matched to its
// tombstone, incident or spooled message. About one id in 200 would; it is
// drawn again.
import { randomBytes } from 'node:crypto';

const VALUE_LIKE = /\d{11}/;

export function newId(prefix: string, now = Date.now(), random: () => Buffer = () => randomBytes(6)): string {
  const time = now.toString(36).padStart(9, '0');
  for (;;) {
    const id = `${prefix}-${time}${random().toString('hex')}`;
    if (!VALUE_LIKE.test(id)) return id;
  }
}

export const idPattern = (prefix: string): RegExp => new RegExp(`^${prefix}-[0-9a-z]{9}[0-9a-f]{12}$`);
