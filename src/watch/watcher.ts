// One chokidar watcher per root. Emits raw file events only; stability and
// coalescing are the Settler's job, scanning the daemon's. Symlinks are
// reported as themselves (followSymlinks: false) and skipped downstream, so a
// link never leads the watcher out of its root.
import { watch, type FSWatcher } from 'chokidar';
import type { Stats } from 'node:fs';
import { makeFilter, type FilterOptions } from './filter.js';

export interface RootSpec extends FilterOptions {
  /** Poll instead of inotify (network file systems whose changes do not raise events here). */
  usePolling?: boolean;
  pollIntervalMs?: number;
}

export interface WatchHandlers {
  onChange: (path: string) => void;
  onUnlink: (path: string) => void;
  onUnlinkDir: (path: string) => void;
  /** A directory appeared after the start (events for files written into it before its watch existed are lost). */
  onAddDir: (path: string) => void;
  onError: (err: Error) => void;
}

export class RootWatcher {
  private watcher: FSWatcher | undefined;
  readonly accept: (path: string, isDir: boolean) => boolean;

  constructor(
    readonly spec: RootSpec,
    private readonly handlers: WatchHandlers,
  ) {
    this.accept = makeFilter(spec);
  }

  /** Resolves once the initial tree is being watched (events from then on are not missed). */
  start(): Promise<void> {
    const accept = this.accept;
    const w = watch(this.spec.root, {
      persistent: true,
      ignoreInitial: true, // the catch-up walk (reconcile) covers what is already there
      followSymlinks: false,
      usePolling: this.spec.usePolling ?? false,
      interval: this.spec.pollIntervalMs ?? 1000,
      ignorePermissionErrors: false,
      // Without stats chokidar asks before it knows the type: ignore only what
      // is rejected both as a directory and as a file.
      ignored: (path: string, stats?: Stats) =>
        stats ? !accept(path, stats.isDirectory()) : !accept(path, true) && !accept(path, false),
    });
    this.watcher = w;
    w.on('add', (p) => accept(p, false) && this.handlers.onChange(p));
    w.on('change', (p) => accept(p, false) && this.handlers.onChange(p));
    w.on('unlink', (p) => this.handlers.onUnlink(p));
    w.on('unlinkDir', (p) => this.handlers.onUnlinkDir(p));
    w.on('addDir', (p) => p !== this.spec.root && this.handlers.onAddDir(p));
    w.on('error', (e) => this.handlers.onError(e instanceof Error ? e : new Error(String(e))));
    return new Promise((resolve) => w.once('ready', () => resolve()));
  }

  async close(): Promise<void> {
    await this.watcher?.close();
    this.watcher = undefined;
  }
}
