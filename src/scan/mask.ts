// Masked forms are the only way a value leaves a worker (unless --reveal).
import type { CompiledRule } from '../rules/load.js';

/** Keep `keepStart` and `keepEnd` characters, star the rest; at least a third is always starred. */
export function maskMiddle(value: string, keepStart: number, keepEnd: number): string {
  const chars = [...value];
  const n = chars.length;
  let a = keepStart;
  let b = keepEnd;
  while (a + b > n - Math.ceil(n / 3) && (a > 0 || b > 0)) {
    if (a >= b && a > 0) a--;
    else b--;
  }
  if (n <= 1) return '*';
  if (a === 0 && b === 0) a = n > 1 ? 1 : 0;
  return chars.slice(0, a).join('') + '*'.repeat(n - a - b) + (b ? chars.slice(n - b).join('') : '');
}

export function maskValue(rule: Pick<CompiledRule, 'detector' | 'mask'>, value: string): string {
  if (rule.detector === 'email') {
    const at = value.lastIndexOf('@');
    if (at > 0) return `${maskMiddle(value.slice(0, at), 1, 0)}@${value.slice(at + 1)}`;
  }
  return maskMiddle(value, rule.mask[0], rule.mask[1]);
}
