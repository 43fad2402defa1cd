// Piscina worker: compiles the rule packs once per thread, then scans items.
// Returns plain data only (the Verdict); all side effects happen on the main thread.
import { workerData } from 'node:worker_threads';
import { ConfigError, ConfigErrors } from '../src/config/yaml-schema.js';
import { loadRuleDir } from '../src/rules/load.js';
import { buildEngine, type Engine } from '../src/scan/engine.js';
import type { PartialState } from '../src/scan/accumulate.js';
import { scanItem, scanItemPart, type ItemSource } from '../src/scan/scan-item.js';
import type { Limits, SensitivityThresholds, Verdict } from '../src/types.js';

export interface ScanTask {
  source: ItemSource;
  display: string;
  rulesDir: string;
  thresholds: SensitivityThresholds;
  limits: Limits;
  reveal: boolean;
  fingerprintKey?: Uint8Array;
  /** A range of a split file: return the accumulator state for merging, not a verdict. */
  part?: boolean;
  /** Test hook: crash this worker while scanning (proves the pool survives). */
  crash?: 'exit' | 'throw-uncaught' | 'hang';
}

const engines = new Map<string, Engine>();

function engineFor(dir: string): Engine {
  let engine = engines.get(dir);
  if (!engine) {
    engine = buildEngine(loadRuleDir(dir));
    engines.set(dir, engine);
  }
  return engine;
}

// The pool names its rule directory up front, so the packs compile while the
// worker starts, not on its first task (a failure here is reported by that task).
const preload = (workerData as { rulesDir?: unknown } | undefined)?.rulesDir;
if (typeof preload === 'string') {
  try {
    engineFor(preload);
  } catch {
    // engineFor throws again, with its message, when a task needs this directory.
  }
}

/** A problem in a rule pack, as plain data (a ConfigError does not cross threads as itself). */
export type RuleProblem = Pick<ConfigError, 'file' | 'line' | 'field' | 'problem'>;

/**
 * The pool's check of its rule packs before a scan: null when they compile,
 * else their problems. The packs are compiled here, where they are kept, not
 * a second time on the main thread (~13 MB of its peak RSS).
 */
export function checkRules(rulesDir: string): RuleProblem[] | null {
  try {
    engineFor(rulesDir);
    return null;
  } catch (err) {
    const errors = err instanceof ConfigErrors ? err.errors : err instanceof ConfigError ? [err] : null;
    if (!errors) throw err;
    return errors.map(({ file, line, field, problem }) => ({ file, line, field, problem }));
  }
}

export default async function scan(task: ScanTask): Promise<Verdict | PartialState> {
  if (task.crash === 'exit') process.exit(70);
  if (task.crash === 'throw-uncaught') setImmediate(() => { throw new Error('worker crash test'); });
  if (task.crash === 'hang') for (;;); // a parser stuck in synchronous code
  const opts = {
    engine: engineFor(task.rulesDir),
    thresholds: task.thresholds,
    limits: task.limits,
    reveal: task.reveal,
    ...(task.fingerprintKey ? { fingerprintKey: Buffer.from(task.fingerprintKey) } : {}),
  };
  const source: ItemSource = task.source.kind === 'buffer' ? { ...task.source, data: Buffer.from(task.source.data) } : task.source;
  // Soft deadline: extractors stop at their next check and what was found so far
  // still counts. The pool's hard deadline (termination) backs this up.
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), task.limits.maxTimeMs);
  try {
    const run = task.part ? scanItemPart : scanItem;
    return await run(source, task.display, { ...opts, signal: deadline.signal });
  } finally {
    clearTimeout(timer);
  }
}
