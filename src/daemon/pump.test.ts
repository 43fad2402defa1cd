// The dispatch loop on its own: thousands of paths spilled to the state
// store's pending table are taken back in bounded batches, each processed
// once, never more at a time than the concurrency (pump() used to re-enter
// itself through the queue's listener: a stack overflow at ~4,000 pending).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp-dir.js';
import { makeLogger } from '../log/logger.js';
import { StateStore } from '../state/state-store.js';
import { defaultConfig } from './config.js';
import { Daemon } from './daemon.js';

describe('daemon dispatch', () => {
  it('drains 5,000 pending paths once each, within the concurrency bound', async () => {
    const dir = tempDir('lg-pump-');
    const d = new Daemon({ config: defaultConfig([dir], { home: join(dir, 'home'), threads: 1 }), env: {}, logger: makeLogger({ destination: join(dir, 'log') }) });
    const internals = d as unknown as { state: StateStore; phase: string; concurrency: number; inFlight: Map<string, unknown>; pump(): void; process(item: { path: string }): Promise<void> };
    internals.state = new StateStore(join(dir, 'state.db'));
    internals.phase = 'ok';
    const seen = new Map<string, number>();
    let peak = 0;
    let finished = 0;
    internals.process = async (item) => {
      seen.set(item.path, (seen.get(item.path) ?? 0) + 1);
      peak = Math.max(peak, internals.inFlight.size + 1);
      await new Promise((r) => setImmediate(r));
      internals.state.clearPending(item.path, Number.MAX_SAFE_INTEGER);
      finished++;
    };
    const paths = Array.from({ length: 5000 }, (_, i) => join(dir, `f${i}.txt`));
    internals.state.markPending(paths);
    internals.pump();
    // Until every item has finished, not only started: the store closes below.
    for (let i = 0; i < 2000 && finished < paths.length; i++) await new Promise((r) => setTimeout(r, 5));
    expect(seen.size).toBe(paths.length);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    expect(peak).toBeLessThanOrEqual(internals.concurrency);
    internals.state.close();
  });
});
