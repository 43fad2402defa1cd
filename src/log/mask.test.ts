import { describe, expect, it } from 'vitest';
import { describeError } from '../extract/input.js';
import { scrub } from './mask.js';

describe('scrub', () => {
  it('masks long digit runs and spaced mobiles in free text, keeps addresses', () => {
    const out = scrub('/share/张伟_11010519491231002X 138 0013 8000.xlsx from sales@corp.test');
    expect(out).toContain('sales@corp.test');
    expect(out).not.toContain('11010519491231002X');
    expect(out).not.toContain('13800138000');
    expect(out).not.toContain('0013 8000');
  });

  it('leaves dates, sizes and versions readable', () => {
    expect(scrub('2024-01-01 12:00, 13330 bytes, v1.2.3')).toBe('2024-01-01 12:00, 13330 bytes, v1.2.3');
  });
});

describe('describeError', () => {
  it('never carries a quoted value out of a parser error', () => {
    const msg = describeError(new Error('bad header "To: li.na@corp.cn" near 6222025260181590832 at offset 123456'));
    expect(msg).not.toContain('li.na');
    expect(msg).not.toMatch(/\d{6,}/);
    expect(msg.startsWith('Error: bad header')).toBe(true);
  });
});
