// Hand-written candidate scanners over UTF-8 bytes (the hot path; see
// README.md). They find where a structured value could be and nothing more:
// digit runs with their separators, ASCII letter-digit tokens, spans around
// '@'. Digit boundaries are implicit: a run is maximal, so a window inside a
// longer number is never a candidate.

import { confusableAt, foldConfusables } from './confusables.js';

/**
 * A maximal digit run: groups of digits joined by short separators. The
 * scanner reuses one object for every run (no allocation per run on the hot
 * path): read it inside the callback, do not keep it.
 */
export interface DigitRun {
  /** Byte offset of the first prefix char ('+', '(') or digit. */
  prefixStart: number;
  /** Number of groups; the arrays below hold them at 0..groups-1. */
  groups: number;
  /** Start/end byte offsets of each digit group. */
  groupStart: Int32Array;
  groupEnd: Int32Array;
  /** Digits per group (full-width digits count once). */
  groupDigits: Int32Array;
  /** Byte offset just past a trailing X/x check character, or -1. */
  xEnd: number;
  /** Contains full-width characters: NFKC needed before matching. */
  wide: boolean;
  /** Glued to an ASCII letter on the left or right (e.g. `SN13800138000`, a UUID's digit groups). */
  glued: boolean;
  /** Glued on the left only, not dashed: the groups after the first are apart from the letters (`M0981023 8615939265884`). */
  gluedFirstOnly: boolean;
  /** Every separator between groups is a dash: one identifier, never split into parts. */
  dashed: boolean;
}

const isDigit = (b: number): boolean => b >= 0x30 && b <= 0x39;
export const isAsciiLetter = (b: number): boolean => (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a;
const isAlnum = (b: number): boolean => isDigit(b) || isAsciiLetter(b);
/** An ASCII digit; false past the end of the buffer. */
export const isAsciiDigit = (b: number | undefined): boolean => b !== undefined && b >= 0x30 && b <= 0x39;
/** The value of an ASCII hex digit (either case), else -1. */
export const hexDigit = (b: number): number => {
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  const c = b | 0x20; // only A–F and a–f land in a–f
  return c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
};
/** An ASCII letter or digit; false past the end of the buffer. */
export const isAsciiAlnum = (b: number | undefined): boolean => b !== undefined && isAlnum(b);

/**
 * Width of a non-ASCII digit that NFKC makes an ASCII one, at i, else 0:
 * full-width (U+FF10..FF19 = EF BC 90..99), and the styled digits of "fancy
 * text" converters — mathematical bold, double-struck, sans-serif, monospace
 * (U+1D7CE..1D7FF = F0 9D 9F 8E..BF) and segmented (U+1FBF0..1FBF9 = F0 9F AF B0..B9).
 */
function wideDigitAt(buf: Uint8Array, i: number, end: number): number {
  const b = buf[i];
  if (b === 0xef) return i + 2 < end && buf[i + 1] === 0xbc && buf[i + 2]! >= 0x90 && buf[i + 2]! <= 0x99 ? 3 : 0;
  if (b !== 0xf0 || i + 3 >= end) return 0;
  const c = buf[i + 3]!;
  if (buf[i + 1] === 0x9d) return buf[i + 2] === 0x9f && c >= 0x8e && c <= 0xbf ? 4 : 0;
  return buf[i + 1] === 0x9f && buf[i + 2] === 0xaf && c >= 0xb0 && c <= 0xb9 ? 4 : 0;
}

/**
 * Width of a separator inside a digit run: ' ' '-' ')' '(', full-width －（）＋, U+3000, and the
 * spaces that keep a number on one line or group its digits — no-break (Word's Ctrl+Shift+Space,
 * a page's &nbsp;), figure, thin and narrow no-break spaces (NFKC makes each a space).
 */
function separatorAt(buf: Uint8Array, i: number, end: number): number {
  const b = buf[i]!;
  if (b === 0x20 || b === 0x2d || b === 0x29 || b === 0x28) return 1;
  if (b === 0xc2 && i + 1 < end && buf[i + 1] === 0xa0) return 2;
  if (b === 0xe2 && i + 2 < end && buf[i + 1] === 0x80 && (buf[i + 2] === 0x87 || buf[i + 2] === 0x89 || buf[i + 2] === 0xaf)) return 3;
  if (b === 0xef && i + 2 < end && buf[i + 1] === 0xbc) {
    const c = buf[i + 2]!;
    if (c === 0x8d || c === 0x88 || c === 0x89 || c === 0x8b) return 3;
  }
  if (b === 0xe3 && i + 2 < end && buf[i + 1] === 0x80 && buf[i + 2] === 0x80) return 3;
  return 0;
}

/** Width of a prefix char before a run: '+', '(', '＋', '（'. */
function prefixCharBefore(buf: Uint8Array, i: number, start: number): number {
  if (i - 1 >= start && (buf[i - 1] === 0x2b || buf[i - 1] === 0x28)) return 1;
  if (i - 3 >= start && buf[i - 3] === 0xef && buf[i - 2] === 0xbc && (buf[i - 1] === 0x8b || buf[i - 1] === 0x88)) return 3;
  return 0;
}

// 24: an 18-character ID spaced out digit by digit is 18 groups.
const MAX_GROUPS = 24;

/**
 * Scan buf[start, end) and call back for every maximal digit run and every
 * ASCII alnum token that mixes letters and digits (or is all digits: credit
 * codes can be). Returns nothing; callbacks collect.
 */
export function scanRuns(
  buf: Uint8Array,
  start: number,
  end: number,
  onDigits: (run: DigitRun) => void,
  onAlnum: (start: number, end: number) => void,
): void {
  const run = newRun();
  let i = start;
  while (i < end) {
    const b = buf[i]!;
    if (b < 0x30) {
      i++;
      continue;
    }
    if (isAlnum(b)) {
      // A token starts only after a non-alnum byte.
      if (i > start && isAlnum(buf[i - 1]!)) {
        i++;
        continue;
      }
      let j = i;
      let letters = 0;
      let firstDigit = -1;
      while (j < end && isAlnum(buf[j]!)) {
        if (isDigit(buf[j]!)) {
          if (firstDigit < 0) firstDigit = j;
        } else letters++;
        j++;
      }
      if (firstDigit >= 0) {
        onAlnum(i, j);
        // Digits glued to a letter prefix (tel13800138000, SF1234…): still a run, flagged.
        const digitsFrom = letters > 0 && isAsciiLetter(b) ? firstDigit : i;
        if (digitsFrom === i || allDigitsFrom(buf, digitsFrom, j)) {
          i = parseDigitRun(buf, start, end, digitsFrom, run, onDigits, digitsFrom !== i);
          if (i < j) i = j; // the tail of a mixed token is not a new token
          continue;
        }
      }
      i = j;
      continue;
    }
    const wide = wideDigitAt(buf, i, end);
    if (wide) {
      i = parseDigitRun(buf, start, end, i, run, onDigits, false);
      continue;
    }
    // A well-formed 3-byte character (CJK, full-width punctuation) holds no
    // ASCII byte: step over it whole. Most of a Chinese text is these.
    if (b >= 0xe0 && b < 0xf0 && i + 2 < end && (buf[i + 1]! & 0xc0) === 0x80 && (buf[i + 2]! & 0xc0) === 0x80) i += 3;
    else i++;
  }
}

/** From p, going `step` (1 or -1), a word of hex digits with a letter among them (abcd, 4e1f), else false. */
function isHexWordAt(buf: Uint8Array, p: number, start: number, end: number, step: 1 | -1): boolean {
  let letter = false;
  for (; p >= start && p < end && isAlnum(buf[p]!); p += step) {
    if (hexDigit(buf[p]!) < 0) return false;
    if (!isDigit(buf[p]!)) letter = true;
  }
  return letter;
}

function allDigitsFrom(buf: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isDigit(buf[k]!)) return k === to - 1 && (buf[k]! | 0x20) === 0x78;
  return true;
}

const newRun = (): DigitRun => ({
  prefixStart: 0,
  groups: 0,
  groupStart: new Int32Array(MAX_GROUPS),
  groupEnd: new Int32Array(MAX_GROUPS),
  groupDigits: new Int32Array(MAX_GROUPS),
  xEnd: -1,
  wide: false,
  glued: false,
  gluedFirstOnly: false,
  dashed: false,
});

function parseDigitRun(
  buf: Uint8Array,
  start: number,
  end: number,
  at: number,
  run: DigitRun,
  onDigits: (run: DigitRun) => void,
  gluedLeft: boolean,
): number {
  const { groupStart, groupEnd, groupDigits } = run;
  let groups = 0;
  let wide = false;
  let dashed = true;
  let i = at;
  let xEnd = -1;
  for (;;) {
    const gs = i;
    let digits = 0;
    for (;;) {
      if (i < end && isDigit(buf[i]!)) {
        i++;
        digits++;
        continue;
      }
      const w = i < end ? wideDigitAt(buf, i, end) : 0;
      if (w) {
        wide = true;
        i += w;
        digits++;
        continue;
      }
      break;
    }
    groupStart[groups] = gs;
    groupEnd[groups] = i;
    groupDigits[groups] = digits;
    if (++groups >= MAX_GROUPS) break;
    // One or two separator chars, then another digit: the run goes on.
    let k = i;
    let seps = 0;
    while (seps < 2 && k < end) {
      const w = separatorAt(buf, k, end);
      if (!w) break;
      if (w > 1) wide = true;
      if (buf[k] !== 0x2d && !(w === 3 && buf[k + 2] === 0x8d)) dashed = false;
      k += w;
      seps++;
    }
    if (seps > 0 && k < end && (isDigit(buf[k]!) || wideDigitAt(buf, k, end))) {
      i = k;
      continue;
    }
    break;
  }
  // A later group that runs into letters starts a token of its own
  // (`6230-5877 91340600749817936E`): leave it to the token scan.
  let resumeAt = -1;
  const lastEnd = groupEnd[groups - 1]!;
  if (groups > 1 && lastEnd < end && isAsciiLetter(buf[lastEnd]!) && !((buf[lastEnd]! | 0x20) === 0x78 && !(lastEnd + 1 < end && isAlnum(buf[lastEnd + 1]!)))) {
    groups--;
    resumeAt = groupStart[groups]!;
    i = groupEnd[groups - 1]!;
  }
  // A trailing check character X (resident IDs), not glued to more letters.
  if (i < end && (buf[i]! | 0x20) === 0x78 && !(i + 1 < end && isAlnum(buf[i + 1]!))) {
    xEnd = i + 1;
  } else if (i + 2 < end && buf[i] === 0xef && ((buf[i + 1] === 0xbc && buf[i + 2] === 0xb8) || (buf[i + 1] === 0xbd && buf[i + 2] === 0x98))) {
    xEnd = i + 3; // full-width Ｘ / ｘ
    wide = true;
  } else if (groups >= 7 && groupDigits[groups - 1] === 1 && buf[i] === 0x20 && i + 1 < end && (buf[i + 1]! | 0x20) === 0x78 && !(i + 2 < end && isAlnum(buf[i + 2]!))) {
    xEnd = i + 2; // letter-spaced: `… 0 0 2 X`
  }
  const after = xEnd > 0 ? xEnd : i;
  const next = after < end ? buf[after]! : 0;
  const prevAt = at - 1;
  const prev = prevAt >= start ? buf[prevAt]! : 0;
  // A group glued to a decimal point is part of an amount or a version
  // (70042.50, 1.2.3): drop it, keep the rest of the run (`70042.50 5301…`).
  let first = 0;
  let last = groups - 1;
  if (prev === 0x2e && prevAt - 1 >= start && isDigit(buf[prevAt - 1]!)) first = 1;
  // But `13800138000.0` is a phone number a spreadsheet or pandas wrote as a float.
  const floatZero = buf[after + 1] === 0x30 && !(after + 2 < end && (isDigit(buf[after + 2]!) || buf[after + 2] === 0x2e)) && groupDigits[last]! >= 10 && groupDigits[last]! <= 12;
  if (next === 0x2e && after + 1 < end && isDigit(buf[after + 1]!) && !floatZero) {
    last -= 1;
    xEnd = -1;
  }
  if (first <= last) {
    const prefix = first === 0 ? prefixCharBefore(buf, at, start) : 0;
    const prefix2 = prefix ? prefixCharBefore(buf, at - prefix, start) : 0;
    run.prefixStart = first === 0 ? at - prefix - prefix2 : groupStart[first]!;
    run.xEnd = last === groups - 1 ? xEnd : -1;
    run.wide = wide;
    const left = first === 0 && (gluedLeft || (prev !== 0 && isAsciiLetter(prev)));
    const rest =
      (last === groups - 1 && isAsciiLetter(next)) ||
      // 1234-5678-abcd…: the digit groups of a hex identifier (UUID, trace id) — but not
      // a phone number's extension (0757-35100173-ext6449: x and t are no hex digits).
      (next === 0x2d && isHexWordAt(buf, after + 1, start, end, 1)) ||
      (prev === 0x2d && isHexWordAt(buf, prevAt - 1, start, end, -1));
    run.glued = left || rest;
    run.dashed = dashed && last > first;
    run.gluedFirstOnly = left && !rest && !run.dashed;
    if (first > 0) {
      groupStart.copyWithin(0, first, last + 1);
      groupEnd.copyWithin(0, first, last + 1);
      groupDigits.copyWithin(0, first, last + 1);
    }
    run.groups = last - first + 1;
    onDigits(run);
  }
  if (resumeAt >= 0) return resumeAt;
  // Continue scanning after the run (but past any trailing letters of the same token).
  let j = after;
  while (j < end && isAlnum(buf[j]!)) j++;
  return j;
}

const isLocalChar = (b: number): boolean =>
  isAlnum(b) || b === 0x2e || b === 0x5f || b === 0x25 || b === 0x2b || b === 0x2d;
const isDomainChar = (b: number): boolean => isAlnum(b) || b === 0x2e || b === 0x2d;

/** A span scanEmails reported, as its validator reads it: full-width forms folded (NFKC), 。 as a dot, look-alike letters as Latin. */
export function emailText(seg: Buffer, start: number, end: number): string {
  for (let p = start; p < end; p++) if (seg[p]! >= 0x80) return foldConfusables(seg.toString('utf8', start, end).normalize('NFKC').replaceAll('。', '.'));
  return seg.toString('latin1', start, end);
}

/**
 * After `user@host:`, a path as scp and git write one (git@github.com:org/repo.git): the user is
 * `git`, or the word after the colon holds a slash. A leaked list's `address:password` is not one.
 */
function scpPathAt(buf: Buffer, l: number, at: number, from: number, end: number): boolean {
  if (from >= end || buf[from] === 0x20 || buf[from] === 0x0a) return false;
  if (at - l === 3 && buf.toString('latin1', l, at).toLowerCase() === 'git') return true;
  for (let p = from; p < end && p - from < 256; p++) {
    const b = buf[p]!;
    if (b === 0x2f) return true;
    if (b <= 0x20) return false;
  }
  return false;
}

/** ． (U+FF0E) or 。 (U+3002) at i. */
const wideDotAt = (buf: Buffer, i: number): boolean =>
  (buf[i] === 0xef && buf[i + 1] === 0xbc && buf[i + 2] === 0x8e) || (buf[i] === 0xe3 && buf[i + 1] === 0x80 && buf[i + 2] === 0x82);

/**
 * Spans around '@' (and full-width '＠', EF BC A0) that could be addresses,
 * with letters of other scripts that look Latin in them (confusables.ts).
 * `git@host:path` and `@scope/pkg` are dropped here: they are not addresses.
 */
export function scanEmails(buf: Buffer, start: number, end: number, onEmail: (start: number, end: number) => void): void {
  let i = start;
  // Each search runs once past every position: remember the next hit of each.
  let at = -2;
  let wideAt = -2;
  for (;;) {
    if (at !== -1 && at < i) at = buf.indexOf(0x40, i);
    if (wideAt !== -1 && wideAt < i) wideAt = buf.indexOf('＠', i);
    let pos = at;
    let w = 1;
    if (wideAt >= 0 && (at < 0 || wideAt < at)) {
      pos = wideAt;
      w = 3;
    }
    if (pos < 0 || pos >= end) return;
    i = pos + w;
    let l = pos;
    for (;;) {
      if (l > start && pos - l < 64 && isLocalChar(buf[l - 1]!)) l--;
      else if (l - 1 > start && pos - l < 63 && confusableAt(buf, l - 2)) l -= 2;
      else break;
    }
    while (l < pos && (buf[l] === 0x2e || buf[l] === 0x2d)) l++;
    // A masked address (h***5@icloud.com, z***i@163.com): its end is no address of its own.
    if (l > start && (buf[l - 1] === 0x2a || (l >= 3 && buf[l - 3] === 0xef && buf[l - 2] === 0xbc && buf[l - 1] === 0x8a))) continue;
    let r = pos + w;
    // A Chinese keyboard's dots in a domain (163．com, 163。com): full width, or the ideographic full stop.
    for (let dot = 0; r < end && r - pos < 254; r += dot || 1) {
      dot = wideDotAt(buf, r) && r + 3 < end && isDomainChar(buf[r + 3]!) && buf[r + 3] !== 0x2e ? 3 : 0;
      if (!dot && !isDomainChar(buf[r]!)) {
        if (!confusableAt(buf, r)) break;
        dot = 2;
      }
      // Hyphens in a row end the domain (zhou@163.com----4X57BXTXFG, a leaked list's address----password),
      // but for an IDN label's xn--.
      if (buf[r] === 0x2d && buf[r + 1] === 0x2d && !(r >= 2 && (buf[r - 1]! | 0x20) === 0x6e && (buf[r - 2]! | 0x20) === 0x78)) break;
    }
    while (r > pos + w && (buf[r - 1] === 0x2e || buf[r - 1] === 0x2d)) r--;
    if (l === pos || r === pos + w) continue;
    const next = r < end ? buf[r]! : 0;
    if (next === 0x3a && scpPathAt(buf, l, pos, r + 1, end)) continue; // git@github.com:org/repo
    // A path, not a field parted by slashes (…/dr.liufx@163.com/副主任医师/…, 住院医师/gao@126.com/138…;
    // a URL's user comes after its "//").
    const slashField = (r + 1 < end && buf[r + 1]! >= 0xe4 && buf[r + 1]! <= 0xe9) || (l > start + 1 && buf[l - 1] === 0x2f && buf[l - 2] !== 0x2f);
    if (next === 0x2f && !slashField) continue;
    onEmail(l, r);
    i = Math.max(i, r);
  }
}

