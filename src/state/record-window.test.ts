import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp-dir.js';
import { RecordWindow } from './record-window.js';

const H = 3600_000;
const fps = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i.toString(16).padStart(30, '0')}`);

describe('RecordWindow', () => {
  it('counts distinct fingerprints per sender, case-insensitively, and countWith does not write', () => {
    const w = new RecordWindow({ path: ':memory:' });
    w.record('A@corp.test', fps('a', 20), 1_000);
    w.record('a@corp.test', fps('a', 25), 2_000); // 20 again + 5 new
    expect(w.count('a@corp.test', 3_000)).toBe(25);
    expect(w.countWith('a@corp.test', [...fps('a', 3), 'new1', 'new2', 'new2'], 3_000)).toBe(27);
    expect(w.count('a@corp.test', 3_000)).toBe(25);
    expect(w.count('b@corp.test', 3_000)).toBe(0);
    w.close();
  });

  it('slides: a record leaves the window 24 h after it was last sent, and prune deletes it', () => {
    const w = new RecordWindow({ path: ':memory:', pruneEveryMs: Number.MAX_SAFE_INTEGER });
    const t0 = 10 * H;
    w.record('s@corp.test', fps('x', 10), t0);
    w.record('s@corp.test', fps('x', 2), t0 + 12 * H); // two of them re-sent later
    expect(w.count('s@corp.test', t0 + 23 * H)).toBe(10);
    expect(w.count('s@corp.test', t0 + 25 * H)).toBe(2);
    expect(w.prune(t0 + 25 * H)).toBe(8);
    expect(w.size()).toBe(2);
    expect(w.count('s@corp.test', t0 + 37 * H)).toBe(0);
    w.close();
  });

  it('honours a configured window length', () => {
    const w = new RecordWindow({ path: ':memory:', windowMs: 1 * H });
    w.record('s@corp.test', fps('y', 5), 0);
    expect(w.count('s@corp.test', H - 1)).toBe(5);
    expect(w.count('s@corp.test', H + 1)).toBe(0);
    w.close();
  });

  it('survives a restart (state in the SQLite file)', () => {
    const path = join(tempDir('lg-win-'), 'w.sqlite');
    const now = Date.now();
    const a = new RecordWindow({ path });
    a.record('s@corp.test', fps('z', 30), now);
    a.close();
    const b = new RecordWindow({ path });
    expect(b.count('s@corp.test', now + 1)).toBe(30);
    b.close();
  });

  it('bounds what one sender can store; the count saturates at the cap', () => {
    const w = new RecordWindow({ path: ':memory:', maxPerSender: 50 });
    w.record('s@corp.test', fps('p', 40), 1);
    w.record('s@corp.test', fps('q', 40), 2);
    expect(w.size()).toBe(50);
    expect(w.count('s@corp.test', 3)).toBe(50);
    expect(w.countWith('s@corp.test', fps('r', 10), 3)).toBe(50);
    w.close();
  });
});
