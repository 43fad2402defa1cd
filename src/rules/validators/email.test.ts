import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { email as genEmail, makeRng } from '../../../test/support/synth.js';
import { email } from './email.js';

describe('email', () => {
  it.each([
    ['zhang.wei@163.com', 'zhang.wei@163.com'],
    ['Li_Na2019@QQ.com', 'li_na2019@qq.com'],
    ['13800138000@139.com', '13800138000@139.com'],
    ['user+tag@example.com.cn', 'user+tag@example.com.cn'],
    ['张伟@qq.com', '张伟@qq.com'],
    ['ops@example.xn--fiqs8s', 'ops@example.xn--fiqs8s'],
    ['dev@example.md', 'dev@example.md'],
    ['a@b.io', 'a@b.io'],
  ])('accepts %s → %s', (s, value) => {
    expect(email(s.normalize('NFKC'))).toMatchObject({ valid: true, value });
  });

  it('accepts a full-width ＠ after NFKC and flags a mobile local part without echoing it', () => {
    const r = email('13800138000＠139.com'.normalize('NFKC'));
    expect(r.valid).toBe(true);
    expect(r.note).toContain('mobile');
    expect(r.note).not.toContain('13800138000');
  });

  it('marks a function\'s mailbox as naming no person, and only that', () => {
    for (const m of ['service@kefu50.com.cn', 'HR01@corp.cn', 'no-reply@mail.example.com', 'service-2@x.com']) {
      expect(email(m)).toMatchObject({ valid: true, value: m.toLowerCase(), impersonal: true });
    }
    for (const m of ['zhang.wei@163.com', 'hr.zhang@corp.cn', 'servicezhang@x.com', 'info2019abc@x.com']) {
      expect(email(m).impersonal).toBeUndefined();
    }
  });

  it.each([
    ['icon@2x.png', 'file extension as TLD'],
    ['logo@3x.webp', 'file extension as TLD'],
    ['bundle@1.2.3.js', 'versioned asset'],
    ['styles@media.css', 'file extension as TLD'],
    ['git@github.com', 'SSH remote'],
    ['git@github.com:org/repo', 'SSH remote with path'],
    ['076988649692@163.gd', 'a broadband login of 广东电信'],
    ['user@localhost', 'no dotted domain'],
    ['@scope/pkg', 'npm scope'],
    ['@张三', 'mention'],
    ['a@b@c.com', 'two @'],
    ['.user@example.com', 'leading dot'],
    ['us..er@example.com', 'double dot'],
    ['user@-example.com', 'label starts with a hyphen'],
    ['user@example.c', 'one-letter TLD'],
    ['user@example.123', 'numeric TLD'],
    ['user@192.168.1.1', 'IP literal without brackets'],
    ['user name@example.com', 'space'],
    [`${'a'.repeat(65)}@example.com`, 'local part over 64'],
  ])('rejects %s (%s)', (s) => {
    expect(email(s).valid).toBe(false);
  });

  it('accepts every generated address', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x7fffffff }), (seed) => {
        const e = genEmail(makeRng(seed));
        expect(email(e)).toMatchObject({ valid: true, value: e.toLowerCase() });
      }),
      { numRuns: 1000 },
    );
  });
});
