import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../test/support/extract-harness.js';

describe('text extractor', () => {
  it('stops reading once the sink refuses text past max-text (one outcome, no further writes)', async () => {
    const data = Buffer.from('客户 张伟 13800138000\n'.repeat(200_000)); // ~5 MB, read in 1 MiB chunks
    const sink = await extractBuffer('big.txt', data, { maxTextBytes: 1.5 * 1024 * 1024 });
    expect(sink.reasons()).toEqual(['max-text']);
    expect(sink.textBytes).toBeGreaterThan(0);
    expect(sink.textBytes).toBeLessThanOrEqual(1.5 * 1024 * 1024);
    expect(sink.refusedWrites).toBe(1);
  });
});
