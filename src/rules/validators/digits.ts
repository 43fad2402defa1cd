/**
 * Separator handling shared by the validators. Candidates arrive after NFKC
 * with their written separators; each validator decides which ones it allows,
 * so these helpers only strip and report, they never judge.
 */

/** Spaces (any Unicode whitespace) and ASCII hyphen-minus. */
const BASIC_SEPARATORS = /[\s-]/g;
/** Phone numbers additionally use '+', '(' and ')'. */
const PHONE_SEPARATORS = /[\s\-+()]/g;

export function stripBasicSeparators(text: string): string {
  return text.replace(BASIC_SEPARATORS, '');
}

export function stripPhoneSeparators(text: string): string {
  return text.replace(PHONE_SEPARATORS, '');
}

/**
 * Lengths of the runs between separators: "110105 19491231 002X" → [6, 8, 4].
 * A leading, trailing or doubled separator yields a 0 entry, which no allowed
 * grouping contains, so such input is rejected by the caller's comparison.
 */
export function groupLengths(text: string): number[] {
  return text.split(/[\s-]/).map((g) => g.length);
}

/** True when `text` uses at most one kind of separator ("-" or whitespace). */
export function hasUniformSeparators(text: string): boolean {
  const hasDash = text.includes('-');
  const hasSpace = /\s/.test(text);
  return !(hasDash && hasSpace);
}

export function sameGrouping(actual: readonly number[], allowed: readonly number[]): boolean {
  return actual.length === allowed.length && actual.every((n, i) => n === allowed[i]);
}

/** The number the ASCII digits s[from, to) write, or -1 when one of them is not a digit (or the range is out of s). */
export function numberAt(s: string, from: number, to: number): number {
  if (from < 0 || to > s.length) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** s[from, to) is non-empty and only ASCII digits (a loop: the validators' fast paths call it per candidate). */
export function isAllDigits(s: string, from = 0, to = s.length): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
