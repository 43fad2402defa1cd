// awaitWriteFinish, for many files at once: a path is handed on when no
// event arrived for `stabilityMs` AND two stats `pollMs` apart agree on size
// and mtime. Bursts of events on one path collapse into one entry (the
// coalescing), and one timer serves every path — chokidar's own
// awaitWriteFinish polls each file on its own timer, which does not scale to
// 10,000 files dropped at once.
import { stat } from 'node:fs/promises';

export interface SettlerOptions {
  stabilityMs: number;
  pollMs: number;
  /** Distinct paths settling at once; beyond it onOverflow takes the path (never dropped). */
  capacity: number;
  onReady: (path: string, firstEventAt: number) => void;
  onOverflow: (path: string) => void;
  /** Stats in flight at once. */
  maxChecks?: number;
}

interface Entry {
  due: number;
  firstAt: number;
  size?: number;
  mtimeMs?: number;
  checking: boolean;
  /** Bumped by every event; a stat result for an older epoch is stale. */
  epoch: number;
}

export class Settler {
  private readonly entries = new Map<string, Entry>();
  private readonly timer: NodeJS.Timeout;
  private checks = 0;
  private closed = false;

  constructor(private readonly opts: SettlerOptions) {
    this.timer = setInterval(() => this.tick(), Math.max(10, Math.min(opts.pollMs, opts.stabilityMs)));
    this.timer.unref();
  }

  get size(): number {
    return this.entries.size;
  }

  /** An event on path (add/change): (re)start its quiet period. */
  touch(path: string, now = Date.now()): void {
    if (this.closed) return;
    const e = this.entries.get(path);
    if (e) {
      e.due = now + this.opts.stabilityMs;
      e.size = undefined;
      e.mtimeMs = undefined;
      e.epoch++;
      return;
    }
    if (this.entries.size >= this.opts.capacity) {
      this.opts.onOverflow(path);
      return;
    }
    this.entries.set(path, { due: now + this.opts.stabilityMs, firstAt: now, checking: false, epoch: 0 });
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  forget(path: string): void {
    this.entries.delete(path);
  }

  /** Stop and return every path still settling (the caller checkpoints them). */
  close(): string[] {
    this.closed = true;
    clearInterval(this.timer);
    const left = [...this.entries.keys()];
    this.entries.clear();
    return left;
  }

  private tick(): void {
    const now = Date.now();
    const max = this.opts.maxChecks ?? 256;
    for (const [path, e] of this.entries) {
      if (this.checks >= max) break;
      if (e.checking || e.due > now) continue;
      e.checking = true;
      this.checks++;
      void this.check(path, e, e.epoch);
    }
  }

  private async check(path: string, e: Entry, epoch: number): Promise<void> {
    let st;
    try {
      st = await stat(path);
    } catch {
      st = undefined;
    }
    this.checks--;
    e.checking = false;
    if (this.closed || this.entries.get(path) !== e || e.epoch !== epoch) return;
    if (!st) {
      // Vanished while settling (temp file renamed away, deleted): the unlink event handles state.
      this.entries.delete(path);
      return;
    }
    if (e.size === st.size && e.mtimeMs === st.mtimeMs) {
      this.entries.delete(path);
      this.opts.onReady(path, e.firstAt);
      return;
    }
    e.size = st.size;
    e.mtimeMs = st.mtimeMs;
    e.due = Date.now() + this.opts.pollMs;
  }
}
