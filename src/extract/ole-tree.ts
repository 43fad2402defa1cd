// The storage tree of an OLE compound file: a storage's entries are a tree
// of siblings (left, right) under its child link.
import type { OleEntry } from './ole.js';

export const NOSTREAM = 0xffffffff;

/** The entries of a storage: its children's sibling tree, walked in full (each entry once). */
export function childrenOf(entries: ReadonlyMap<number, OleEntry>, storage: OleEntry): OleEntry[] {
  const out: OleEntry[] = [];
  const seen = new Set<number>();
  const stack = [storage.child];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === NOSTREAM || seen.has(id)) continue;
    seen.add(id);
    const e = entries.get(id);
    if (!e) continue;
    out.push(e);
    stack.push(e.left, e.right);
  }
  return out;
}

/** The streams directly in a storage, by name. */
export const streamsOf = (entries: ReadonlyMap<number, OleEntry>, storage: OleEntry): Map<string, OleEntry> =>
  new Map(childrenOf(entries, storage).filter((e) => e.type === 2).map((e) => [e.name, e] as const));
