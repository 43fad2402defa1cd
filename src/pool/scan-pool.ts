// The worker pool (piscina). Every task ends in a Verdict: a worker that
// crashes, exits or overruns the hard deadline yields an explicit
// `unscannable` verdict, and piscina replaces the worker.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { RuleProblem, ScanTask } from '../../workers/scan.worker.js';
import { ConfigError, ConfigErrors } from '../config/yaml-schema.js';
import { stat } from 'node:fs/promises';
import { describeError } from '../extract/input.js';
import type { ByteRange } from '../extract/types.js';
import { ItemAccumulator, type PartialState } from '../scan/accumulate.js';
import type { ItemSource } from '../scan/scan-item.js';
import { planSplit } from './split.js';
import type { Limits, SensitivityThresholds, UnscannableReason, Verdict } from '../types.js';
import { packageRoot } from '../paths.js';

/**
 * Each worker's young generation (V8 keeps it at three semi-spaces; 12 MB is
 * 4 MB semi-spaces, against 16 MB by default). A scan allocates per segment;
 * with the default each worker held 32 MB of new space at the peak. Measured
 * on the 1 GB bench file, two threads, two runs each: peak RSS 278 and 264 MB
 * against 299 and 291; one thread on the 128 MB file ~5 % slower.
 */
const WORKER_YOUNG_GENERATION_MB = 12;

/** Grace past the soft deadline before the worker is terminated. */
const HARD_DEADLINE_GRACE_MS = 5_000;

export interface ScanPoolOptions {
  threads: number;
  rulesDir: string;
  thresholds: SensitivityThresholds;
  limits: Limits;
  reveal?: boolean;
  fingerprintKey?: Buffer;
  /** Text files at least this large are split across workers (default 64 MiB). */
  splitMinBytes?: number;
  /** Grace past the soft deadline before a stuck worker is terminated (default 5 s). */
  hardDeadlineGraceMs?: number;
  /**
   * Start every worker now, with its rule packs compiled, instead of one now and
   * the others when work queues. A one-off scan wants this: a worker started
   * on demand spends its start-up (~0.3 s) inside the scan.
   */
  warm?: boolean;
}

export function workerFile(): string {
  const file = fileURLToPath(new URL('dist/workers/scan.worker.js', `file://${packageRoot()}/`));
  if (!existsSync(file)) throw new Error(`worker not built: ${file} (run npm run build)`);
  return file;
}

export class ScanPool {
  private readonly pool: Piscina;
  private restarts = 0;
  /** Tasks handed to piscina: never more than there are workers, so none waits inside it. */
  private running = 0;
  /** Tasks waiting for a worker, oldest first. */
  private readonly waiting: (() => void)[] = [];
  private readonly threads: number;
  /** Bounded: callers apply backpressure themselves; this is the safety net. */
  private readonly maxWaiting: number;

  constructor(private readonly options: ScanPoolOptions) {
    this.threads = Math.max(1, options.threads);
    this.maxWaiting = Math.max(16, this.threads * 64);
    this.pool = new Piscina({
      filename: workerFile(),
      minThreads: options.warm ? this.threads : 1,
      maxThreads: this.threads,
      idleTimeout: 30_000,
      workerData: { rulesDir: options.rulesDir },
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    // A worker error surfaces as the failure of its task (counted below);
    // this listener only keeps an 'error' event from being unhandled.
    this.pool.on('error', () => {});
  }

  /**
   * Throws what is wrong with the rule packs, naming file, line and field, as
   * a worker compiling them found it: a broken pack is one clear error, not
   * a failure of every item.
   */
  async checkRules(): Promise<void> {
    const problems = (await this.pool.run(this.options.rulesDir, { name: 'checkRules' })) as RuleProblem[] | null;
    if (problems) throw new ConfigErrors(problems.map((p) => new ConfigError(p.file, p.line, p.field, p.problem)));
  }

  /** Workers replaced after crashes or terminations so far. */
  get workerRestarts(): number {
    return this.restarts;
  }

  /** `knownSize`: the caller's stat of a file (a walk has it), saving one per file on the main thread. */
  async scan(source: ItemSource, display: string, extra: Partial<Pick<ScanTask, 'crash'>> = {}, knownSize?: number): Promise<Verdict> {
    const started = performance.now();
    if (source.kind === 'file' && !source.range && this.options.threads > 1 && !extra.crash) {
      // Only a file big enough to split needs a closer look; small ones go straight to a worker.
      const size = knownSize ?? (await stat(source.path).then((s) => s.size, () => 0));
      // One part per thread: each part starts its counters afresh (~10 % more work than
      // one pass), and parts of one export take about equally long (measured: 2 parts on
      // 2 threads ~7 % faster than 4 on a 128 MB file).
      const ranges = await planSplit(source.path, size, this.options.threads, this.options.splitMinBytes).catch(() => null);
      if (ranges) return this.scanParts(source.path, display, size, ranges, started);
    }
    const out = await this.run(this.task(source, display, extra));
    if ('failed' in out) {
      const bytes = source.kind === 'buffer' ? source.data.length : 0;
      return failedVerdict(display, bytes, out.failed, out.detail, Math.round(performance.now() - started));
    }
    return out.result as Verdict;
  }

  /** A large text file in ranges on several workers, merged into one verdict. */
  private async scanParts(path: string, display: string, size: number, ranges: ByteRange[], started: number): Promise<Verdict> {
    const results = await Promise.all(ranges.map((range) => this.run({ ...this.task({ kind: 'file', path, range }, display), part: true })));
    const acc = new ItemAccumulator({ reveal: this.options.reveal ?? false });
    for (const r of results) {
      if ('failed' in r) acc.unscannable({ reason: r.failed, location: display, detail: r.detail });
      else acc.merge(r.result as PartialState);
    }
    return acc.verdict(display, size, this.options.thresholds, Math.round(performance.now() - started));
  }

  private task(source: ItemSource, display: string, extra: Partial<Pick<ScanTask, 'crash'>> = {}): ScanTask {
    return {
      source,
      display,
      rulesDir: this.options.rulesDir,
      thresholds: this.options.thresholds,
      limits: this.options.limits,
      reveal: this.options.reveal ?? false,
      ...(this.options.fingerprintKey ? { fingerprintKey: new Uint8Array(this.options.fingerprintKey) } : {}),
      ...extra,
    };
  }

  private async run(task: ScanTask): Promise<{ result: Verdict | PartialState } | { failed: UnscannableReason; detail: string }> {
    if (this.running >= this.threads) {
      if (this.waiting.length >= this.maxWaiting) return { failed: 'timeout', detail: `scan queue full: ${this.waiting.length} items waiting` };
      await new Promise<void>((resume) => this.waiting.push(resume));
    } else {
      this.running++;
    }
    // A worker is free now, so the hard deadline runs from here: time spent
    // waiting behind other items above is not this item's fault.
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), this.options.limits.maxTimeMs + (this.options.hardDeadlineGraceMs ?? HARD_DEADLINE_GRACE_MS));
    try {
      return { result: (await this.pool.run(task, { signal: deadline.signal })) as Verdict | PartialState };
    } catch (err) {
      const failed: UnscannableReason = deadline.signal.aborted ? 'timeout' : 'worker-crashed';
      // Either way the worker is gone (crashed, or terminated at the hard deadline) and piscina replaces it.
      this.restarts++;
      return { failed, detail: describeError(err) };
    } finally {
      clearTimeout(timer);
      // Hand the slot to the oldest waiting task, or free it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}

/** A verdict for an item that produced none: never clean, always a reason. */
export function failedVerdict(path: string, bytes: number, reason: UnscannableReason, detail: string, ms: number): Verdict {
  return {
    path,
    bytes,
    sensitivity: 'public',
    records: 0,
    sensitiveRecords: 0,
    findings: [],
    unscannable: [{ reason, location: path, detail }],
    ms,
  };
}
