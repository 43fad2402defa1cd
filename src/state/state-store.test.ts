import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp-dir.js';
import { StateStore, type FileRecord } from './state-store.js';

const rec = (path: string, over: Partial<FileRecord> = {}): FileRecord => ({
  path, size: 1, mtimeMs: 1.5, ino: 7, sha256: 'ab', sensitivity: 'public', action: 'allow', rules: [], unscannable: [],
  gen: 'g', quarantineId: null, decidedAt: 1, verdictJson: '{}', ...over,
});

describe('StateStore', () => {
  it('persists records across reopen, owner-only, WAL', () => {
    const file = join(tempDir('lg-state-'), 'state.db');
    const s = new StateStore(file);
    s.record(rec('/r/a'));
    s.close();
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const again = new StateStore(file);
    expect(again.get('/r/a')).toMatchObject({ size: 1, mtimeMs: 1.5, ino: 7, sha256: 'ab' });
    again.close();
  });

  it('lists paths under a directory, not its siblings with a common prefix', () => {
    const s = new StateStore(join(tempDir('lg-state-'), 'state.db'));
    for (const p of ['/r/a', '/r/sub/b', '/r2/c', '/r.x/d']) s.record(rec(p));
    expect([...s.pathsUnder('/r')].sort()).toEqual(['/r/a', '/r/sub/b']);
    s.close();
  });

  it('keeps a pending mark made after the scan started', () => {
    const s = new StateStore(join(tempDir('lg-state-'), 'state.db'));
    s.markPending(['/r/a']);
    const mark = s.lastPendingSeq;
    s.markPending(['/r/a']); // a new event while /r/a was being scanned
    s.record(rec('/r/a'), mark);
    expect(s.pendingCount).toBe(1);
    s.record(rec('/r/a'));
    expect(s.pendingCount).toBe(0);
    s.close();
  });

  it('keeps the row of a quarantined file when the file goes away', () => {
    const s = new StateStore(join(tempDir('lg-state-'), 'state.db'));
    s.record(rec('/r/list.csv', { action: 'quarantine', quarantineId: 'q-1' }));
    s.record(rec('/r/memo.txt'));
    expect(s.removeMany(['/r/list.csv', '/r/memo.txt'])).toBe(1);
    expect(s.get('/r/list.csv')?.quarantineId).toBe('q-1');
    s.close();
  });
});
