// Catch-up after downtime: walk every root, compare each file's stat with
// the state store, hand over only what changed; forget rows whose file is
// gone. The quick check (size + mtime + inode) reads no file contents, so a
// share of 100,000 unchanged files costs one lstat each.
import { lstat, opendir } from 'node:fs/promises';
import { join } from 'node:path';
import { sameStat, type StateStore } from './state-store.js';

export interface ReconcileOptions {
  roots: readonly string[];
  /** Whether a path is watched (include/exclude, temp files, own files). */
  accept: (path: string, isDir: boolean) => boolean;
  store: StateStore;
  /** Hand a changed path to the scanner; awaiting it is the backpressure. */
  enqueue: (path: string) => Promise<void>;
  /** Stat calls in flight at once. */
  concurrency?: number;
  onError?: (path: string, code: string) => void;
}

export interface ReconcileResult {
  seen: number;
  changed: number;
  removed: number;
  ms: number;
}

export async function reconcile(opts: ReconcileOptions): Promise<ReconcileResult> {
  const started = performance.now();
  const concurrency = opts.concurrency ?? 32;
  let seen = 0;
  let changed = 0;
  let removed = 0;
  for (const root of opts.roots) {
    const present = new Set<string>();
    const check = async (path: string): Promise<void> => {
      let st;
      try {
        st = await lstat(path);
      } catch (e) {
        opts.onError?.(path, (e as NodeJS.ErrnoException).code ?? 'stat failed');
        return;
      }
      if (!st.isFile()) return; // symlinks are not followed; sockets etc. have no content
      seen++;
      present.add(path);
      const row = opts.store.get(path);
      if (row && sameStat(row, st)) return;
      changed++;
      await opts.enqueue(path);
    };
    let batch: Promise<void>[] = [];
    for await (const path of walkFiles(root, opts.accept, opts.onError)) {
      batch.push(check(path));
      if (batch.length >= concurrency) {
        await Promise.all(batch);
        batch = [];
      }
    }
    await Promise.all(batch);
    const gone: string[] = [];
    for (const p of opts.store.pathsUnder(root)) if (!present.has(p)) gone.push(p);
    removed += opts.store.removeMany(gone);
  }
  return { seen, changed, removed, ms: Math.round(performance.now() - started) };
}

/** Regular-file candidates under root, depth first; never follows a symlink (not out of the root, not into a loop). */
async function* walkFiles(
  root: string,
  accept: (path: string, isDir: boolean) => boolean,
  onError?: (path: string, code: string) => void,
): AsyncGenerator<string> {
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let handle;
    try {
      handle = await opendir(dir, { bufferSize: 256 });
    } catch (e) {
      onError?.(dir, (e as NodeJS.ErrnoException).code ?? 'opendir failed');
      continue;
    }
    try {
      for await (const ent of handle) {
        const p = join(dir, ent.name);
        if (ent.isDirectory()) {
          if (accept(p, true)) stack.push(p);
        } else if (ent.isFile() && accept(p, false)) yield p;
      }
    } catch (e) {
      onError?.(dir, (e as NodeJS.ErrnoException).code ?? 'readdir failed');
    }
  }
}
