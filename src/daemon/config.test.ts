import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp-dir.js';
import { parseDaemonConfig } from './config.js';

const dir = tempDir('lg-cfg-');
const file = join(dir, 'listguard.yaml');

describe('daemon config', () => {
  it('resolves relative paths against the config file and applies defaults', () => {
    const c = parseDaemonConfig(file, `home: ./home\nroots:\n  - path: .\n    exclude: ["**/.git/**"]\npolicies: [p.yaml]\nmetrics: false\n`);
    expect(c.home).toBe(join(dir, 'home'));
    expect(c.roots[0]).toMatchObject({ path: dir, exclude: ['**/.git/**'], include: [] });
    expect(c.policies).toEqual([join(dir, 'p.yaml')]);
    expect(c.metricsListen).toBeNull();
    expect(c.queueCapacity).toBe(10_000);
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('names file, line and field for unknown keys, bad values and missing roots', () => {
    expect(() => parseDaemonConfig(file, `roots:\n  - path: .\n    exclud: []\n`)).toThrow(`${file}:3: roots[0]: unknown key 'exclud'`);
    expect(() => parseDaemonConfig(file, `roots:\n  - path: .\nqueue:\n  capacity: -1\n`)).toThrow(`${file}:4: queue.capacity: must be > 0`);
    expect(() => parseDaemonConfig(file, `roots:\n  - path: ./nope\n`)).toThrow(`${file}:2: roots[0].path: not a directory: ${join(dir, 'nope')}`);
    expect(() => parseDaemonConfig(file, `roots: []\n`)).toThrow(`${file}:1: roots: give at least one root`);
    expect(() => parseDaemonConfig(file, `roots:\n  - path: .\nmetrics:\n  listen: localhost\n`)).toThrow(`${file}:4: metrics.listen: expected HOST:PORT`);
    expect(() => parseDaemonConfig(file, `roots:\n  - path: .\nmetrics:\n  listen: "127.0.0.1:70000"\n`)).toThrow(`${file}:4: metrics.listen: expected HOST:PORT`);
  });

  it('rejects nested roots and a webhook without a secret', () => {
    mkdirSync(join(dir, 'sub'), { recursive: true });
    expect(() => parseDaemonConfig(file, `roots:\n  - path: .\n  - path: ./sub\n`)).toThrow(`${file}:3: roots[1].path: overlaps roots[0]`);
    expect(() => parseDaemonConfig(file, `roots:\n  - path: .\nnotifiers:\n  siem: { type: webhook, url: "https://siem.example/h" }\n`)).toThrow(
      'notifiers.siem: a webhook needs secret or secret_env',
    );
  });
});
