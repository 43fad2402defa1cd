import { describe, expect, it } from 'vitest';
import { isTempName, makeFilter } from './filter.js';

describe('watch filter', () => {
  const f = makeFilter({ root: '/srv/share', include: ['**/*.xlsx', '**/*.csv', '**/*.txt'], exclude: ['**/.git/**', 'tmp/**'], ignore: ['/srv/share/.lg-home'] });

  it('skips Office owner/lock files, tombstones and release temp files', () => {
    for (const n of ['~$q3.xlsx', '.~lock.q3.xlsx#', 'q3.xlsx.quarantined.txt', 'q3.xlsx.quarantined-q-abc.txt', '.q3.xlsx.listguard-release-ab12', '~WRL0001.tmp'])
      expect(isTempName(n), n).toBe(true);
    for (const n of ['q3.xlsx', 'lock.txt', '$q3.xlsx', 'notes~.txt']) expect(isTempName(n), n).toBe(false);
    expect(f('/srv/share/a/~$q3.xlsx', false)).toBe(false);
    expect(f('/srv/share/a/q3.xlsx', false)).toBe(true);
  });

  it('applies include and exclude globs relative to the root', () => {
    expect(f('/srv/share/a/b.docx', false)).toBe(false);
    expect(f('/srv/share/tmp/x.csv', false)).toBe(false);
    expect(f('/srv/share/tmp', true)).toBe(false);
    expect(f('/srv/share/p/.git', true)).toBe(false);
    expect(f('/srv/share/p', true)).toBe(true); // include globs do not prune directories
  });

  it('never accepts a path outside the root or inside the daemon home', () => {
    expect(f('/srv/shared/x.csv', false)).toBe(false);
    expect(f('/etc/passwd', false)).toBe(false);
    expect(f('/srv/share/.lg-home/state.db', false)).toBe(false);
    expect(f('/srv/share/.lg-home', true)).toBe(false);
  });
});
