import { describe, expect, it } from 'vitest';
import { ScanQueue } from './scan-queue.js';

describe('ScanQueue', () => {
  it('coalesces a queued path in place, keeping its slot and earliest event time', () => {
    const q = new ScanQueue(3);
    expect(q.offer({ path: '/a', firstEventAt: 10 })).toBe('queued');
    expect(q.offer({ path: '/b', firstEventAt: 11 })).toBe('queued');
    expect(q.offer({ path: '/a', firstEventAt: 5 })).toBe('coalesced');
    expect(q.size).toBe(2);
    expect(q.take()).toEqual({ path: '/a', firstEventAt: 5 });
  });

  it('refuses a new path when full (the caller spills it to disk) but still coalesces', () => {
    const q = new ScanQueue(2);
    q.offer({ path: '/a', firstEventAt: 1 });
    q.offer({ path: '/b', firstEventAt: 1 });
    expect(q.offer({ path: '/c', firstEventAt: 1 })).toBe('full');
    expect(q.offer({ path: '/b', firstEventAt: 0 })).toBe('coalesced');
    expect(q.size).toBe(2);
    expect(q.highWater).toBe(2);
  });

  it('waitForSpace pauses a producer until an item is taken', async () => {
    const q = new ScanQueue(1);
    q.offer({ path: '/a', firstEventAt: 1 });
    let resumed = false;
    const w = q.waitForSpace().then(() => (resumed = true));
    await Promise.resolve();
    expect(resumed).toBe(false);
    q.take();
    await w;
    expect(resumed).toBe(true);
  });

  it('drain empties the queue and releases waiters', async () => {
    const q = new ScanQueue(1);
    q.offer({ path: '/a', firstEventAt: 1 });
    const w = q.waitForSpace();
    expect(q.drain().map((i) => i.path)).toEqual(['/a']);
    await w;
    expect(q.size).toBe(0);
  });
});
