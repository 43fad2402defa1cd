// The bounded queue between file events and the worker pool.
//
// Policy when it is full (README.md "Backpressure"):
//  1. a path already queued is updated in place (coalesced) — its slot and
//     its first-event time are kept, so a hot file cannot starve others;
//  2. a new path that does not fit is refused here ('full'), and the caller
//     records it as pending in the state store (disk), from where the daemon
//     refills the queue as it drains. Nothing is dropped, memory stays bounded;
//  3. the catch-up walk awaits waitForSpace() instead: it is paused, not spilled.
export interface QueueItem {
  path: string;
  /** When the first event for this path (still unscanned) was seen: for event-to-verdict latency. */
  firstEventAt: number;
}

export type OfferResult = 'queued' | 'coalesced' | 'full';

export class ScanQueue {
  private readonly items = new Map<string, QueueItem>();
  private waiters: (() => void)[] = [];
  private listeners: (() => void)[] = [];
  /** Largest depth ever reached (a metric; must stay ≤ capacity). */
  highWater = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('queue capacity must be a positive integer');
  }

  get size(): number {
    return this.items.size;
  }

  has(path: string): boolean {
    return this.items.has(path);
  }

  offer(item: QueueItem): OfferResult {
    const existing = this.items.get(item.path);
    if (existing) {
      existing.firstEventAt = Math.min(existing.firstEventAt, item.firstEventAt);
      return 'coalesced';
    }
    if (this.items.size >= this.capacity) return 'full';
    this.items.set(item.path, { ...item });
    this.highWater = Math.max(this.highWater, this.items.size);
    for (const l of this.listeners) l();
    return 'queued';
  }

  /** Oldest item, removed from the queue. */
  take(): QueueItem | undefined {
    const first = this.items.values().next();
    if (first.done) return undefined;
    this.items.delete(first.value.path);
    this.release();
    return first.value;
  }

  /** Resolves when there is room for one more path. */
  waitForSpace(): Promise<void> {
    if (this.items.size < this.capacity) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Called whenever an item is added. */
  onItem(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** Empty the queue (shutdown checkpoint) and wake every waiter. */
  drain(): QueueItem[] {
    const all = [...this.items.values()];
    this.items.clear();
    const w = this.waiters;
    this.waiters = [];
    for (const r of w) r();
    return all;
  }

  private release(): void {
    while (this.waiters.length > 0 && this.items.size < this.capacity) this.waiters.shift()!();
  }
}
