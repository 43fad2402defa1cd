import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp-dir.js';
import { spoolMessage } from './spool.js';

const mail = (bytes: number) => Buffer.from(`From: a@corp.test\r\nTo: b@corp.test\r\n\r\n${'x'.repeat(bytes)}\r\n`);
const chunks = (b: Buffer) => Readable.from(Array.from({ length: Math.ceil(b.length / 4096) }, (_, i) => b.subarray(i * 4096, (i + 1) * 4096)));

describe('spool', () => {
  it('keeps a small message in memory as well as in its spool file: prefix + original bytes', async () => {
    const dir = tempDir('lg-spool-');
    const m = mail(10_000);
    const s = await spoolMessage(dir, chunks(m), 'm-1', 64 * 1024);
    expect(readFileSync(join(dir, 'm-1.eml')).subarray(s.prefixBytes).equals(m)).toBe(true);
    expect(statSync(join(dir, 'm-1.eml')).mode & 0o777).toBe(0o600);
    expect(s.source.kind).toBe('buffer');
    if (s.source.kind !== 'buffer') return;
    expect(s.source.data.subarray(0, s.prefixBytes).toString()).toMatch(/^X-Listguard-Spool: m-1\r\n/);
    expect(s.source.data.subarray(s.prefixBytes).equals(m)).toBe(true);
    expect(s.size).toBe(m.length);
    expect(await text(s.original())).toBe(m.toString());
    await s.remove();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('scans a message over the memory bound from its 0600 spool file, byte for byte, and removes it', async () => {
    const dir = tempDir('lg-spool-');
    const m = mail(300_000);
    const s = await spoolMessage(dir, chunks(m), 'm-2', 64 * 1024);
    expect(s.source).toEqual({ kind: 'file', path: join(dir, 'm-2.eml') });
    expect(statSync(join(dir, 'm-2.eml')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'm-2.eml')).subarray(s.prefixBytes).equals(m)).toBe(true);
    expect(await text(s.original())).toBe(m.toString());
    await s.remove();
    expect(readdirSync(dir)).toEqual([]);
  });
});
