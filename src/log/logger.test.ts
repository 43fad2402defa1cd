import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { makeLogger, REDACTED } from './logger.js';
import { mask, scrub } from './mask.js';

function capture() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(c, _e, cb) {
      chunks.push(String(c));
      cb();
    },
  });
  return { stream, text: () => chunks.join('') };
}

describe('mask / scrub', () => {
  it('masks in the house forms', () => {
    expect(mask('13812345678')).toBe('138****5678');
    expect(mask('11010519491231002X')).toBe('110105********002X');
    expect(mask('6222020012345678901')).toBe('622202*********8901');
  });
  it('scrubs long digit runs and spaced mobiles in free text, keeps short numbers', () => {
    expect(scrub('/srv/客户_13812345678.xlsx')).toBe('/srv/客户_138****5678.xlsx');
    expect(scrub('call 138 1234 5678 now')).toBe('call 138****5678 now');
    expect(scrub('id 11010519491231002X ok')).toBe('id 110105********002X ok');
    expect(scrub('2024-01-05 port 2525 size 123456')).toBe('2024-01-05 port 2525 size 123456');
  });
});

describe('makeLogger', () => {
  it('redacts value/values/raw/text fields at several depths and scrubs strings', () => {
    const c = capture();
    const log = makeLogger({ destination: c.stream });
    log.info({ value: '13812345678', a: { values: ['13812345678'], raw: 'x', text: 'y' }, findings: [{ values: ['x'] }] }, 'hit');
    log.warn({ incident: { detectors: [{ values: ['13812345678'] }] } }, 'path /x/13812345678.csv');
    const out = c.text();
    expect(out).not.toContain('13812345678');
    expect(out).toContain(REDACTED);
    expect(out).toContain('138****5678.csv');
    const first = JSON.parse(out.split('\n')[0]!);
    expect(first.value).toBe(REDACTED);
    expect(first.a.values).toBe(REDACTED);
    expect(first.findings[0].values).toBe(REDACTED);
    expect(first.level).toBe('info');
  });
});
