// Time-sortable random ids: fixed-width base-36 milliseconds then 48 random
// bits, so `ls` and string sort give creation order and ids never collide
// across processes. The shape is checked before an id becomes a path.
import { randomBytes } from 'node:crypto';

export function newId(prefix: string, now = Date.now()): string {
  return `${prefix}-${now.toString(36).padStart(9, '0')}${randomBytes(6).toString('hex')}`;
}

export const idPattern = (prefix: string): RegExp => new RegExp(`^${prefix}-[0-9a-z]{9}[0-9a-f]{12}$`);
