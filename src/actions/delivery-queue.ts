// A bounded, non-blocking delivery queue with retries and exponential
// backoff, shared by the notifiers. push() returns at once; when the queue is
// full the oldest waiting item is dropped and counted, so a dead endpoint
// costs bounded memory and never slows scanning.

export interface DeliveryQueueOptions<T> {
  send: (item: T, signal: AbortSignal) => Promise<void>;
  /** Waiting items (not counting the one in flight). Default 1000. */
  capacity?: number;
  /** Attempts per item including the first. Default 5. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** False for errors retrying cannot fix (HTTP 4xx). Default: retry all. */
  retryable?: (err: unknown) => boolean;
  onFailure?: (err: unknown, item: T) => void;
}

export interface DeliveryStats {
  queued: number;
  sent: number;
  failed: number;
  dropped: number;
  retries: number;
}

export class DeliveryQueue<T> {
  private readonly items: T[] = [];
  private running = false;
  private closed = false;
  private readonly abort = new AbortController();
  private idle: (() => void)[] = [];
  private wake?: () => void;
  readonly stats: DeliveryStats = { queued: 0, sent: 0, failed: 0, dropped: 0, retries: 0 };
  private readonly capacity: number;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;

  constructor(private readonly opts: DeliveryQueueOptions<T>) {
    this.capacity = opts.capacity ?? 1000;
    this.maxAttempts = opts.maxAttempts ?? 5;
    this.baseDelayMs = opts.baseDelayMs ?? 500;
    this.maxDelayMs = opts.maxDelayMs ?? 30_000;
  }

  push(item: T): void {
    if (this.closed) {
      this.stats.dropped++;
      return;
    }
    if (this.items.length >= this.capacity) {
      this.items.shift();
      this.stats.dropped++;
    }
    this.items.push(item);
    this.stats.queued = this.items.length;
    if (!this.running) void this.run();
  }

  private async run() {
    this.running = true;
    while (this.items.length > 0 && !this.abort.signal.aborted) {
      const item = this.items.shift() as T;
      this.stats.queued = this.items.length;
      await this.deliver(item);
    }
    this.running = false;
    for (const f of this.idle.splice(0)) f();
  }

  private async deliver(item: T) {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.opts.send(item, this.abort.signal);
        this.stats.sent++;
        return;
      } catch (err) {
        const retry = attempt < this.maxAttempts && !this.abort.signal.aborted && (this.opts.retryable?.(err) ?? true);
        if (!retry) {
          this.stats.failed++;
          this.opts.onFailure?.(err, item);
          return;
        }
        this.stats.retries++;
        const base = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (attempt - 1));
        await this.sleep(base / 2 + (Math.random() * base) / 2);
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(done, ms);
      t.unref();
      function done() {
        clearTimeout(t);
        resolve();
      }
      this.wake = done;
    });
  }

  /** Wait for the queue to drain, at most timeoutMs; then abort and count the rest as dropped. */
  async close(timeoutMs = 10_000): Promise<void> {
    this.closed = true;
    if (this.running) {
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, timeoutMs);
        t.unref();
        this.idle.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
    if (this.running || this.items.length) {
      this.abort.abort();
      this.wake?.();
      this.stats.dropped += this.items.length;
      this.items.length = 0;
      this.stats.queued = 0;
    }
  }
}
