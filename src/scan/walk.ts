// Walk the given paths depth-first in sorted order. Symlinks are not followed
// (a link can point out of the tree or into a loop); they are reported.
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';

export type WalkEntry = { kind: 'file'; path: string; size: number } | { kind: 'error'; path: string; detail: string };

export async function* walk(paths: readonly string[]): AsyncGenerator<WalkEntry> {
  for (const p of paths) yield* walkOne(p);
}

async function* walkOne(path: string): AsyncGenerator<WalkEntry> {
  let st;
  try {
    st = await lstat(path);
  } catch (err) {
    yield { kind: 'error', path, detail: (err as NodeJS.ErrnoException).code ?? 'stat failed' };
    return;
  }
  if (st.isSymbolicLink()) {
    // Not followed (it may lead out of the tree or into a loop), but never skipped in silence.
    yield { kind: 'error', path, detail: 'symbolic link not followed' };
    return;
  }
  if (st.isFile()) {
    yield { kind: 'file', path, size: st.size };
    return;
  }
  if (!st.isDirectory()) return; // sockets, fifos, devices: nothing to read
  let names: string[];
  try {
    names = (await readdir(path)).sort();
  } catch (err) {
    yield { kind: 'error', path, detail: (err as NodeJS.ErrnoException).code ?? 'readdir failed' };
    return;
  }
  for (const name of names) yield* walkOne(join(path, name));
}
