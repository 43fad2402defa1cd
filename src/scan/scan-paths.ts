// `listguard scan` without the printing: walk paths, fan files out to the
// worker pool with a bounded number in flight, yield verdicts in walk order.
import { availableParallelism } from 'node:os';
import { ScanPool, failedVerdict } from '../pool/scan-pool.js';
import { defaultRulesDir } from '../paths.js';
import { DEFAULT_LIMITS, type Limits, type SensitivityThresholds, type Verdict } from '../types.js';
import { walk } from './walk.js';

export interface ScanPathsOptions {
  thresholds: SensitivityThresholds;
  rulesDir?: string;
  threads?: number;
  limits?: Partial<Limits>;
  reveal?: boolean;
  /** Called after each verdict (progress display). */
  onVerdict?: (v: Verdict) => void;
}

export async function* scanPaths(paths: readonly string[], opts: ScanPathsOptions): AsyncGenerator<Verdict> {
  const threads = opts.threads ?? availableParallelism();
  const rulesDir = opts.rulesDir ?? defaultRulesDir();
  // The workers start first: their start-up (modules, packs compiled) runs beside this thread's.
  const pool = new ScanPool({
    threads,
    rulesDir,
    thresholds: opts.thresholds,
    limits: { ...DEFAULT_LIMITS, ...opts.limits },
    reveal: opts.reveal ?? false,
    warm: true,
  });
  const inFlight: Promise<Verdict>[] = [];
  const window = threads * 4;
  try {
    // Once, before any item: a broken pack is a clear error (exit 2), not a failure of every item.
    await pool.checkRules();
    for await (const entry of walk(paths)) {
      inFlight.push(
        entry.kind === 'file'
          ? pool.scan({ kind: 'file', path: entry.path }, entry.path, {}, entry.size)
          : Promise.resolve(failedVerdict(entry.path, 0, 'read-error', entry.detail, 0)),
      );
      if (inFlight.length >= window) {
        const v = await inFlight.shift()!;
        opts.onVerdict?.(v);
        yield v;
      }
    }
    while (inFlight.length) {
      const v = await inFlight.shift()!;
      opts.onVerdict?.(v);
      yield v;
    }
  } finally {
    await Promise.allSettled(inFlight);
    await pool.close();
  }
}
