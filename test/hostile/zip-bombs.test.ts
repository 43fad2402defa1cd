// Zip bombs built in the test run (never committed): a 42.zip-style nested
// bomb, Fifield-style overlapping entries, a lying header. Each must end
// quickly with an explicit unscannable verdict and bounded memory.
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../support/extract-harness.js';
import { buildOverlappingZip, buildQuotedOverlapZip, buildZip, kernel, type ZipEntrySpec } from '../support/zip-writer.js';
import { measure, report } from './measure.js';

const RSS_LIMIT_MB = 512;
const MiB = 1024 * 1024;

/** 42.zip-style: `fan` copies per level, `levels` levels of zips over a kernel of zeros. */
function nestedBomb(kernelBytes: number, fan: number, levels: number, lie: boolean): { zip: Buffer; total: number } {
  const k = kernel(Buffer.alloc(kernelBytes));
  const leaf: ZipEntrySpec[] = Array.from({ length: fan }, (_, i) => ({
    name: `${i}.bin`,
    compressed: k,
    ...(lie ? { declaredSize: 1000 } : {}),
  }));
  let zip = buildZip(leaf);
  let total = fan * kernelBytes;
  for (let l = 1; l < levels; l++) {
    zip = buildZip(Array.from({ length: fan }, (_, i) => ({ name: `${l}-${i}.zip`, data: zip })));
    total *= fan;
  }
  return { zip, total };
}

describe('hostile: zip bombs', () => {
  it('42.zip-style nested bomb (honest headers): unscannable fast, bounded RSS', async () => {
    const { zip, total } = nestedBomb(16 * MiB, 16, 4, false);
    expect(total).toBe(16 ** 4 * 16 * MiB); // 1 TiB if fully inflated
    const m = await measure(() => extractBuffer('42.zip', zip));
    const reasons = m.result.reasons();
    report(`42-style ${(zip.length / 1024).toFixed(0)} KiB → ${total / 2 ** 40} TiB`, m, reasons);
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.every((r) => ['max-ratio', 'max-bytes', 'max-depth'].includes(r))).toBe(true);
    expect(m.ms).toBeLessThan(30_000);
    expect(m.peakRssMb).toBeLessThan(RSS_LIMIT_MB);
  });

  it('42.zip-style nested bomb whose headers understate sizes: caught while inflating', async () => {
    const { zip } = nestedBomb(16 * MiB, 16, 3, true);
    const m = await measure(() => extractBuffer('42-lie.zip', zip));
    const reasons = m.result.reasons();
    report(`42-style lying ${(zip.length / 1024).toFixed(0)} KiB`, m, reasons);
    expect(reasons).toContain('max-ratio');
    expect(reasons.every((r) => ['max-ratio', 'max-bytes'].includes(r))).toBe(true);
    expect(m.result.problems.find((p) => p.reason === 'max-ratio')?.detail).toMatch(/inflated past 100:1/);
    expect(m.ms).toBeLessThan(30_000);
    expect(m.peakRssMb).toBeLessThan(RSS_LIMIT_MB);
  });

  it('Fifield-style overlap: 10,000 entries on one kernel', async () => {
    const k = kernel(Buffer.alloc(64 * MiB));
    const zip = buildOverlappingZip(k, 10_000);
    const m = await measure(() => extractBuffer('overlap.zip', zip));
    const reasons = m.result.reasons();
    report(`overlap full ${(zip.length / 1024).toFixed(0)} KiB × 10000 entries`, m, reasons);
    expect(m.result.problems).toContainEqual({ reason: 'corrupt', location: 'overlap.zip', detail: expect.stringMatching(/9999 zip entries overlap/) });
    expect(reasons.filter((r) => r !== 'corrupt')).toEqual(['max-ratio']); // the one entry read
    expect(m.ms).toBeLessThan(10_000);
    expect(m.peakRssMb).toBeLessThan(RSS_LIMIT_MB);
  });

  it('Fifield-style quoted overlap: each entry quotes the next header and shares the kernel', async () => {
    const k = kernel(Buffer.alloc(16 * MiB));
    const zip = buildQuotedOverlapZip(k, 2000);
    const m = await measure(() => extractBuffer('quoted.zip', zip));
    const reasons = m.result.reasons();
    report(`overlap quoted ${(zip.length / 1024).toFixed(0)} KiB × 2000 entries`, m, reasons);
    expect(m.result.problems).toContainEqual({ reason: 'corrupt', location: 'quoted.zip', detail: expect.stringMatching(/1999 zip entries overlap/) });
    expect(reasons.filter((r) => r !== 'corrupt')).toEqual(['max-ratio']);
    expect(m.ms).toBeLessThan(10_000);
    expect(m.peakRssMb).toBeLessThan(RSS_LIMIT_MB);
  });

  it('a member whose header lies about its size is stopped at the ratio, not at the header', async () => {
    const k = kernel(Buffer.alloc(256 * MiB));
    const zip = buildZip([{ name: 'small.csv', compressed: k, declaredSize: 100 }]);
    const m = await measure(() => extractBuffer('lie.zip', zip));
    report('lying header 256 MiB of zeros declared 100 B', m, m.result.reasons());
    expect(m.result.problems).toEqual([{ reason: 'max-ratio', location: 'lie.zip!/small.csv', detail: 'inflated past 100:1' }]);
    // Inflated at most maxRatio × compressed + 1 MiB floor, not 256 MiB.
    expect(m.peakRssMb - m.startRssMb).toBeLessThan(128);
    expect(m.ms).toBeLessThan(5_000);
  });

  it('a budget bound stops a wide archive of honest, incompressible members', async () => {
    const member = Buffer.alloc(600 * 1024);
    for (let i = 0; i < member.length; i++) member[i] = (i * 7919 + (i >> 8)) & 0xff;
    const zip = buildZip(Array.from({ length: 40 }, (_, i) => ({ name: `${i}.bin`, data: member, method: 'store' as const })));
    const sink = await extractBuffer('wide.zip', zip, { maxBytes: 8 * MiB });
    expect(sink.reasons().filter((r) => r === 'max-bytes')).toEqual(['max-bytes']);
  });
});
