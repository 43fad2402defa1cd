// Text disguised from a byte scanner, undone before detection:
//
// - Characters that render as nothing: zero-width spaces and joiners, the
//   soft hyphen, bidi marks and embeddings, word joiners, variation
//   selectors, a BOM inside the text, and the plane-14 tag characters. An
//   insider who puts one between every digit of an export ships the same
//   list to the eye and a different one to a byte scanner
//   (`139\u200b1000\u200b0000`). They are removed, and so are the marks that
//   decorate the character before them as "fancy text" generators write it:
//   strike-through and underline (1̶3̶8̶, 1̲3̲8̲), a keycap or a circle (1️⃣3️⃣8️⃣).
// - `\uXXXX` escapes, as JSON writers emit for every non-ASCII character by
//   default (Python's json.dumps, PHP's json_encode): `"\u5f20\u4f1f"` is the
//   name 张伟, and `\u0031\u0033…` are digits. They are decoded (surrogate
//   pairs joined; control characters and lone surrogates left as written),
//   and so are `\u{5F20}` (JavaScript, Rust, Swift, PHP).
// - `\xHH` byte escapes, as a C or Python string literal holds a blob
//   (`"\xe5\xbc\xa0\xe4\xbc\x9f"`), and quoted-printable `=HH` runs, as a
//   mail body or a vCard writes UTF-8 (`=E5=BC=A0=E4=BC=9F`), soft line
//   breaks (`=` at a line's end) joined: a run of three or more escapes is
//   decoded when its bytes are valid UTF-8 without control characters but
//   tab, CR and LF (and, for `=HH`, hold a non-ASCII character: `id=31` is
//   an assignment). A literal cut into adjacent ones (`"\xe5\xbc"⏎    "\xa0…"`,
//   as a program's blob is written) is one run.
// - String literals joined by `+` (`"182" + "9161" + "2153"`, Java, JavaScript,
//   C#, Python): one literal, as the program makes them.
// - Digits spelled as Chinese numerals: 一三八〇〇一三八〇〇〇, 幺 for one as
//   said on the phone, the financial capitals 壹贰叁…, mixed with ASCII
//   digits (1三8零…), or written in another script (١٣٨, ①③⑧). A run of
//   seven or more, a third of them spelled (spaces, dashes or U+3000 between
//   groups allowed), becomes ASCII digits; shorter ones — 二〇二四年,
//   一一对应, 三五成群 — are words and stay.
// - Percent-encoding, as encodeURIComponent or a form post writes a whole
//   export: `%E5%BC%A0%E4%BC%9F%2C13800138000%0A`. The letters of `%2C` are
//   glued to the digits after them, so the number is no number until decoded.
//   A run of escapes is decoded when its bytes are valid UTF-8 and none is a
//   control character but tab, CR or LF.
// - Letters for digits: `l38OOl38OOO`, O or o for 0, l or I for 1, in a run
//   of seven or more with three real digits that stands alone (not inside a
//   word, an e-mail's user name or a file name). Same length, so nothing is
//   read again. The Cyrillic and Greek letters that look like those (О, І, Ο)
//   or like a digit (З for 3) are made ASCII first where they stand among
//   digits (`lЗ908І45l62`), with the escapes above.
//
// The keyword automaton flags them all: invisible and decorating characters,
// `\u`, `\x`, the quoted-printable escapes of CJK lead bytes, a quote beside a
// plus, the percent-escapes of a comma, tab, line break, colon, @ and of CJK
// lead bytes, a Cyrillic or Greek look-alike beside a digit
// (`DISGUISE_MARKERS`); two numerals in a row, a numeral beside a digit, or
// one digit of another script (`SPELLED_MARKERS`); a digit beside o, l or i
// (`LOOKALIKE_MARKERS`). A segment without any costs nothing extra; a
// segment with some is rewritten once and read again. Every offset after
// that is into the rewritten segment.

import { isUtf8 } from 'node:buffer';
import { hexDigit, isAsciiAlnum } from './tokens.js';
import { codePointAt, utf8Width } from './utf8.js';

/** Code points removed before detection (inclusive ranges, BMP). */
const INVISIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad], // soft hyphen
  [0x0332, 0x0338], // combining low lines and overlays: underlined and struck-through text
  [0x034f, 0x034f], // combining grapheme joiner
  [0x061c, 0x061c], // Arabic letter mark
  [0x180e, 0x180e], // Mongolian vowel separator
  [0x200b, 0x200f], // zero-width space, non-joiner, joiner, LRM, RLM
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2060, 0x2064], // word joiner, invisible operators
  [0x2066, 0x206f], // bidi isolates, deprecated format characters
  [0x20d0, 0x20f0], // combining marks for symbols: enclosing circle and square, keycap
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // zero-width no-break space (a BOM inside text)
];

/** Cyrillic and Greek letters (two UTF-8 bytes each) → the ASCII look-alike of a digit they look like, or the digit. */
const DIGIT_CONFUSABLES: ReadonlyMap<number, number> = new Map(
  ['ОO', 'оo', 'ΟO', 'οo', 'ІI', 'іi', 'ΙI', 'ιi', 'ӀI', 'ӏl', 'З3', 'з3'].map((p) => [p.codePointAt(0)!, p.charCodeAt(1)]),
);

/** Chinese numerals and the digit each spells. */
const NUMERALS: ReadonlyMap<number, number> = new Map(
  [...'〇零一二三四五六七八九', ...'幺', ...'壹贰叁肆伍陆柒捌玖'].map((ch, i, all) => [
    ch.codePointAt(0)!,
    i < 11 ? Math.max(0, i - 1) : ch === '幺' ? 1 : all.indexOf(ch) - 11,
  ]),
);
/** Code points from..from+n-1 spelling the digits first..first+n-1. */
const digitRange = (from: number, n: number, first = 0): Array<[number, number]> => Array.from({ length: n }, (_, k) => [from + k, first + k]);
/** The digits of other scripts and enclosed digits: Arabic-Indic, Persian, Devanagari; ⓪①…⑨, ⓿❶…❾, ➀…➈, ➊…➒. */
const SCRIPT_DIGITS: ReadonlyMap<number, number> = new Map([
  ...digitRange(0x0660, 10),
  ...digitRange(0x06f0, 10),
  ...digitRange(0x0966, 10),
  [0x24ea, 0],
  ...digitRange(0x2460, 9, 1),
  [0x24ff, 0],
  ...digitRange(0x2776, 9, 1),
  ...digitRange(0x2780, 9, 1),
  ...digitRange(0x278a, 9, 1),
]);
/** Every character but an ASCII digit that stands for a digit. */
const DIGIT_CHARS: ReadonlyMap<number, number> = new Map([...NUMERALS, ...SCRIPT_DIGITS]);
/** A run of spelled or look-alike digits this long is a number, shorter ones are words. */
const MIN_DIGIT_RUN = 7;

/**
 * Byte sequences the keyword automaton reports as "disguised here": every
 * BMP code point above, and F3 A0, the lead of plane 14 (tag characters
 * U+E0000–E007F, variation selectors U+E0100–E01EF; nothing else is
 * assigned there).
 */
export const DISGUISE_MARKERS: readonly Uint8Array[] = [
  ...INVISIBLE_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, k) => Buffer.from(String.fromCodePoint(from + k), 'utf8'))),
  Uint8Array.of(0xf3, 0xa0),
  Buffer.from('\\u'), // the automaton folds ASCII case: \U too
  Buffer.from('\\x'),
  ...['=E4', '=E5', '=E6', '=E7', '=E8', '=E9'].map((m) => Buffer.from(m)), // and =e4: quoted-printable CJK
  // String literals joined: `" +`, `"+"` and `+ "` (a plus that starts a line). Not `"+`: every "+86138…" of a JSON export would be read twice.
  ...['" +', '"+"', '+ "', "' +", "'+'", "+ '"].map((m) => Buffer.from(m)),
  ...['%2C', '%09', '%0A', '%3A', '%40', '%2B', '%E4', '%E5', '%E6', '%E7', '%E8', '%E9'].map((m) => Buffer.from(m)), // and %2c; %2B: to=%2B8613…
  // An XML export's values in CDATA sections: <name><![CDATA[刘晓彬]]></name>.
  Buffer.from('<![CDATA['),
  ...['[at]', '(at)', '{at}', '<at>', '[ at ]', '( at )'].map((m) => Buffer.from(m)), // and [AT]
  // A Cyrillic or Greek look-alike beside a digit.
  ...[...DIGIT_CONFUSABLES.keys()].flatMap((cp) => [...'0123456789'].flatMap((d) => [Buffer.from(d + String.fromCodePoint(cp)), Buffer.from(String.fromCodePoint(cp) + d)])),
  // A full-width letter or at sign (Ｅ１２３…, ｚｈａｎｇ＠１６３: typed in an IME's full-width mode). One
  // character each, not letter-digit pairs: 1,144 pairs doubled the automaton (+4.8 MB per engine).
  // Not Ｘ: a full-width ID's check character is read as it is, and every segment of a
  // full-width export would be read twice.
  ...[...'ABCDEFGHIJKLMNOPQRSTUVWabcdefghijklmnopqrstuvwYZyz@'].map((c) => Buffer.from(String.fromCharCode(c.charCodeAt(0) + 0xfee0))),
];

/**
 * For the automaton, where a run of spelled digits may be: two numerals in a
 * row, a numeral beside an ASCII digit (1三8零…), any digit of another script.
 */
export const SPELLED_MARKERS: readonly Uint8Array[] = [
  ...[...NUMERALS.keys()].flatMap((a) => [...NUMERALS.keys()].map((b) => String.fromCodePoint(a, b))),
  ...[...NUMERALS.keys()].flatMap((a) => [...'0123456789'].flatMap((d) => [String.fromCodePoint(a) + d, d + String.fromCodePoint(a)])),
  ...[...SCRIPT_DIGITS.keys()].map((cp) => String.fromCodePoint(cp)),
].map((s) => Buffer.from(s, 'utf8'));

/** Byte width of an invisible character at i, else 0. */
export function invisibleWidthAt(buf: Uint8Array, i: number): number {
  if (buf[i]! < 0xc2) return 0;
  const cp = codePointAt(buf, i);
  // Plane 14: tag characters and the supplementary variation selectors.
  return (cp >= 0xe0000 && cp <= 0xe01ff) || inRanges(cp) ? utf8Width(buf[i]!) : 0;
}

function inRanges(cp: number): boolean {
  for (const [from, to] of INVISIBLE_RANGES) if (cp >= from && cp <= to) return true;
  return false;
}

/** `seg` with escapes decoded and invisible characters removed; `seg` itself when it has neither. */
export function undisguise(seg: Buffer): Buffer {
  return foldFullWidth(foldDigitConfusables(stripInvisible(spelledOutAddresses(decodeQuotedPrintable(decodePercent(decodeHexEscapes(decodeEscapes(joinLiterals(unwrapCdata(seg))))))))));
}

const CDATA_OPEN = Buffer.from('<![CDATA[');
const CDATA_CLOSE = Buffer.from(']]>');

/**
 * CDATA sections without their brackets (`<name><![CDATA[刘晓彬]]></name>` as
 * `<name>刘晓彬</name>`): the value beside its element's name, as a label's
 * value is; `seg` itself when there is none.
 */
export function unwrapCdata(seg: Buffer): Buffer {
  let out: Buffer | null = null;
  let n = 0;
  let copied = 0;
  for (let i = seg.indexOf(CDATA_OPEN); i >= 0; i = seg.indexOf(CDATA_OPEN, i)) {
    const close = seg.indexOf(CDATA_CLOSE, i + CDATA_OPEN.length);
    if (close < 0) break;
    out ??= Buffer.allocUnsafe(seg.length);
    n += seg.copy(out, n, copied, i);
    n += seg.copy(out, n, i + CDATA_OPEN.length, close);
    copied = i = close + CDATA_CLOSE.length;
  }
  if (!out) return seg;
  n += seg.copy(out, n, copied, seg.length);
  return out.subarray(0, n);
}

/**
 * The ASCII a full-width letter, digit or address sign (＠ ． － ＿) at i stands
 * for (U+FF01–FF5E are ASCII + 0xFEE0), else 0.
 */
function fullWidthAlnumAt(seg: Buffer, i: number): number {
  if (seg[i] !== 0xef) return 0;
  const b1 = seg[i + 1];
  const b2 = seg[i + 2]!;
  const cp = b1 === 0xbc ? 0xff00 + (b2 - 0x80) : b1 === 0xbd ? 0xff40 + (b2 - 0x80) : 0;
  const c = cp - 0xfee0;
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x40 || c === 0x2e || c === 0x2d || c === 0x5f ? c : 0;
}

/** Where `（` + one or two full-width letters or digits + `）` at p closes (the `）`), else 0. */
function bracketedAt(seg: Buffer, p: number): number {
  if (seg[p] !== 0xef || seg[p + 1] !== 0xbc || seg[p + 2] !== 0x88) return 0;
  let q = p + 3;
  while (q < p + 9 && fullWidthAlnumAt(seg, q)) q += 3;
  return q > p + 3 && seg[q] === 0xef && seg[q + 1] === 0xbc && seg[q + 2] === 0x89 ? q : 0;
}

/**
 * Runs of full-width letters, digits and address signs that hold a letter
 * and a digit or ＠, made ASCII (`Ｅ１２３４５６７８` → `E12345678`, `ｚｈａｎｇ＠１６３．ｃｏｍ`):
 * the scanners read passports, credit codes and addresses in ASCII; digits
 * alone are read full-width already. `seg` itself when there is none.
 */
export function foldFullWidth(seg: Buffer): Buffer {
  let out: Buffer | null = null;
  let n = 0;
  let copied = 0;
  for (let i = seg.indexOf(0xef); i >= 0 && i < seg.length; i = seg.indexOf(0xef, i)) {
    let p = i;
    let letter = false;
    let digitOrAt = false;
    for (let c = fullWidthAlnumAt(seg, p); c; c = fullWidthAlnumAt(seg, p)) {
      if (c >= 0x41) letter = true;
      else if (c !== 0x2e && c !== 0x2d && c !== 0x5f) digitOrAt = true;
      p += 3;
    }
    if (p === i) {
      i++;
      continue;
    }
    if (letter && digitOrAt) {
      out ??= Buffer.allocUnsafe(seg.length);
      n += seg.copy(out, n, copied, i);
      for (let q = i; q < p; q += 3) out[n++] = fullWidthAlnumAt(seg, q);
      // And what it carries in brackets: Ｍ０８６１４８（６）, an HKID's check character.
      const inside = bracketedAt(seg, p);
      if (inside) {
        out[n++] = 0x28;
        for (let q = p + 3; q < inside; q += 3) out[n++] = fullWidthAlnumAt(seg, q);
        out[n++] = 0x29;
        p = inside + 3;
      }
      copied = p;
    }
    i = p;
  }
  if (!out) return seg;
  n += seg.copy(out, n, copied, seg.length);
  return out.subarray(0, n);
}

const isSpaceOrBreak = (b: number | undefined): boolean => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

/** `"182" + "9161"` as `"1829161"` (either quote, white space and line breaks around the `+`); `seg` itself when none is. */
export function joinLiterals(seg: Buffer): Buffer {
  let out: Buffer | null = null;
  let n = 0;
  let copied = 0;
  for (let i = seg.indexOf(0x2b); i >= 0; i = seg.indexOf(0x2b, i + 1)) {
    let a = i;
    while (a > copied && isSpaceOrBreak(seg[a - 1])) a--;
    const quote = seg[a - 1];
    if (a <= copied || (quote !== 0x22 && quote !== 0x27)) continue;
    let b = i + 1;
    while (isSpaceOrBreak(seg[b])) b++;
    if (seg[b] !== quote) continue;
    out ??= Buffer.allocUnsafe(seg.length);
    n += seg.copy(out, n, copied, a - 1);
    copied = b + 1;
    i = b;
  }
  if (!out) return seg;
  n += seg.copy(out, n, copied, seg.length);
  return out.subarray(0, n);
}

/** The DIGIT_CONFUSABLES letter at i (its ASCII stand-in), else 0. */
function digitConfusableAt(seg: Buffer, i: number): number {
  const b = seg[i]!;
  return b >= 0xce && b <= 0xd3 && (seg[i + 1]! & 0xc0) === 0x80 ? (DIGIT_CONFUSABLES.get(((b & 0x1f) << 6) | (seg[i + 1]! & 0x3f)) ?? 0) : 0;
}

/**
 * Cyrillic and Greek look-alikes made ASCII in each run of digits, ASCII
 * look-alikes (o O l I i) and them that holds a digit (`lЗ908І45l62` →
 * `l3908I45l62`, for lookalikeDigits); `seg` itself when there is none.
 */
export function foldDigitConfusables(seg: Buffer): Buffer {
  let out: Buffer | null = null;
  let n = 0;
  let copied = 0;
  let p = 0;
  while (p < seg.length) {
    const start = p;
    let digit = false;
    let confusable = false;
    for (;;) {
      const b = seg[p];
      if (b === undefined) break;
      if (b >= 0x30 && b <= 0x39) digit = true;
      else if (lookalikeAt(b) < 0 && b !== 0x69) {
        if (!digitConfusableAt(seg, p)) break;
        confusable = true;
        p++;
      }
      p++;
    }
    if (p === start) {
      p++;
      continue;
    }
    if (!digit || !confusable) continue;
    out ??= Buffer.allocUnsafe(seg.length);
    n += seg.copy(out, n, copied, start);
    for (let q = start; q < p; q++) {
      const a = digitConfusableAt(seg, q);
      out[n++] = a || seg[q]!;
      if (a) q++;
    }
    copied = p;
  }
  if (!out) return seg;
  n += seg.copy(out, n, copied, seg.length);
  return out.subarray(0, n);
}

const OPENING = new Set([0x5b, 0x28, 0x7b, 0x3c]); // [ ( { <
const CLOSING = new Set([0x5d, 0x29, 0x7d, 0x3e]);
const isAddressChar = (b: number | undefined): boolean => b !== undefined && (isAsciiAlnum(b) || b === 0x2e || b === 0x5f || b === 0x2d);

/**
 * An address spelled out against harvesters, `zhang [at] 163 [dot] com`, as
 * `zhang@163.com`: a bracketed at or dot between address characters (spaces
 * around it allowed) becomes the sign; `seg` itself when there is none.
 */
export function spelledOutAddresses(seg: Buffer): Buffer {
  let out: Buffer | null = null;
  let n = 0;
  let copied = 0;
  for (let i = 0; i < seg.length; i++) {
    if (!OPENING.has(seg[i]!)) continue;
    let p = i + 1;
    while (seg[p] === 0x20) p++;
    const word = (seg[p]! | 0x20) === 0x61 && (seg[p + 1]! | 0x20) === 0x74 ? 2 : (seg[p]! | 0x20) === 0x64 && (seg[p + 1]! | 0x20) === 0x6f && (seg[p + 2]! | 0x20) === 0x74 ? 3 : 0;
    if (word === 0) continue;
    p += word;
    while (seg[p] === 0x20) p++;
    if (!CLOSING.has(seg[p]!)) continue;
    let before = i;
    while (before > copied && seg[before - 1] === 0x20) before--;
    let after = p + 1;
    while (seg[after] === 0x20) after++;
    if (before === 0 || !isAddressChar(seg[before - 1]) || !isAsciiAlnum(seg[after] ?? 0)) continue;
    out ??= Buffer.allocUnsafe(seg.length);
    n += seg.copy(out, n, copied, before);
    out[n++] = word === 2 ? 0x40 : 0x2e;
    copied = after;
    i = after - 1;
  }
  if (!out) return seg;
  n += seg.copy(out, n, copied, seg.length);
  return out.subarray(0, n);
}

/** The digit the character at i stands for (an ASCII digit, a numeral, another script's digit), else -1. */
function digitAt(seg: Uint8Array, i: number): number {
  const b = seg[i];
  if (b === undefined || i < 0) return -1;
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  return b < 0xc2 ? -1 : (DIGIT_CHARS.get(codePointAt(seg, i)) ?? -1);
}

/** Where the character before the one at i starts (UTF-8), -1 at the start. */
function charBefore(seg: Uint8Array, i: number): number {
  let j = i - 1;
  while (j > 0 && (seg[j]! & 0xc0) === 0x80) j--;
  return j;
}

/** Width of a separator between groups of spelled digits at i: ' ', '-' or U+3000. */
const groupSeparatorAt = (seg: Uint8Array, i: number): number =>
  seg[i] === 0x20 || seg[i] === 0x2d ? 1 : seg[i] === 0xe3 && seg[i + 1] === 0x80 && seg[i + 2] === 0x80 ? 3 : 0;

/**
 * Runs of seven or more digits spelled as numerals or in another script
 * (at least a third of them so: `13800138000一位` keeps its mobile) written
 * as ASCII digits; `seg` itself when there are none. `markerEnds`:
 * ascending offsets just past the automaton's markers; only the runs around
 * them are looked at.
 */
export function spelledDigits(seg: Buffer, markerEnds: ArrayLike<number>): Buffer {
  let out: Buffer | null = null;
  let n = 0;
  let copied = 0;
  let examined = 0; // end of the last run looked at: a run is maximal, so a later marker inside it adds nothing
  for (let k = 0; k < markerEnds.length; k++) {
    let i = charBefore(seg, markerEnds[k]!);
    if (i < examined || digitAt(seg, i) < 0) continue;
    // Back to the start of the run (一 三八〇〇…: a group of one has no pair of its own).
    for (;;) {
      const j = charBefore(seg, i);
      if (j >= 0 && digitAt(seg, j) >= 0) {
        i = j;
        continue;
      }
      const w = j >= 0 ? groupSeparatorAt(seg, j) : 0;
      const before = w > 0 ? charBefore(seg, j) : -1;
      if (before < 0 || digitAt(seg, before) < 0) break;
      i = before;
    }
    if (i < copied) continue;
    // The run from i: digits, single separators between them.
    let count = 0;
    let spelled = 0;
    let end = i;
    for (let p = i; ; ) {
      if (digitAt(seg, p) >= 0) {
        count++;
        if (seg[p]! >= 0x80) spelled++;
        p += seg[p]! < 0x80 ? 1 : utf8Width(seg[p]!);
        end = p;
        continue;
      }
      const w = groupSeparatorAt(seg, p);
      if (w === 0 || digitAt(seg, p + w) < 0) break;
      p += w;
    }
    examined = end;
    if (count >= MIN_DIGIT_RUN && spelled * 3 >= count) {
      out ??= Buffer.allocUnsafe(seg.length);
      n += seg.copy(out, n, copied, i);
      for (let p = i; p < end; ) {
        const d = digitAt(seg, p);
        if (d >= 0) {
          out[n++] = 0x30 + d;
          p += seg[p]! < 0x80 ? 1 : utf8Width(seg[p]!);
        } else {
          const w = groupSeparatorAt(seg, p);
          n += seg.copy(out, n, p, p + w);
          p += w;
        }
      }
      copied = end;
    }
  }
  if (!out) return seg;
  n += seg.copy(out, n, copied, seg.length);
  return out.subarray(0, n);
}

/** A digit beside o, l or i (the automaton folds case), for the automaton: where look-alike letters may be. */
export const LOOKALIKE_MARKERS: readonly Uint8Array[] = [...'0123456789'].flatMap((d) =>
  [...'oli'].flatMap((l) => [Buffer.from(d + l), Buffer.from(l + d)]),
);

/** The digit a look-alike letter stands for (O o → 0, l I → 1), a digit's own value, else -1. */
function lookalikeAt(b: number | undefined): number {
  if (b === undefined) return -1;
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  return b === 0x4f || b === 0x6f ? 0 : b === 0x6c || b === 0x49 ? 1 : -1;
}

/**
 * Look-alike letters in runs of seven or more digits written as digits
 * (`l38OOl38OOO` → `13800138000`; single spaces or dashes between groups
 * allowed); `seg` itself when there are none. A run qualifies when three or
 * more of it are real digits and it stands alone: no letter or digit at
 * either end (a word, `li1990`, stays as written), and no `@` or `.` (an
 * e-mail's user name, a host, a file name).
 * `markerEnds`: where the automaton saw a digit beside o, l or i.
 */
export function lookalikeDigits(seg: Buffer, markerEnds: ArrayLike<number>): Buffer {
  let out: Buffer | null = null;
  let done = 0;
  const isSep = (p: number): boolean => (seg[p] === 0x20 || seg[p] === 0x2d) && lookalikeAt(seg[p - 1]) >= 0 && lookalikeAt(seg[p + 1]) >= 0;
  for (let k = 0; k < markerEnds.length; k++) {
    let from = markerEnds[k]! - 2;
    if (from < done) continue;
    while (from > 0 && (lookalikeAt(seg[from - 1]) >= 0 || isSep(from - 1))) from--;
    let to = markerEnds[k]!;
    while (to < seg.length && (lookalikeAt(seg[to]) >= 0 || isSep(to))) to++;
    done = to;
    const before = seg[from - 1];
    const after = seg[to];
    if (isAsciiAlnum(before) || isAsciiAlnum(after) || before === 0x40 || before === 0x2e || after === 0x40 || after === 0x2e) continue;
    let digits = 0;
    let letters = 0;
    for (let p = from; p < to; p++) {
      if (seg[p]! >= 0x30 && seg[p]! <= 0x39) digits++;
      else if (lookalikeAt(seg[p]) >= 0) letters++;
    }
    if (letters === 0 || digits < 3 || digits + letters < MIN_DIGIT_RUN) continue;
    out ??= Buffer.from(seg);
    for (let p = from; p < to; p++) {
      const d = lookalikeAt(seg[p]);
      if (d >= 0) out[p] = 0x30 + d;
    }
  }
  return out ?? seg;
}

const hexAt = (seg: Buffer, i: number): number => {
  if (i + 4 > seg.length) return -1;
  let v = 0;
  for (let k = i; k < i + 4; k++) {
    const d = hexDigit(seg[k]!);
    if (d < 0) return -1;
    v = (v << 4) | d;
  }
  return v;
};

/** Where the U+202C that closes a right-to-left override opened before `from` starts, on the same line and within 4 KB; else -1. */
function overriddenEnd(seg: Buffer, from: number): number {
  for (let p = from; p < seg.length && p - from <= 4096; p++) {
    const b = seg[p]!;
    if (b === 0xe2 && seg[p + 1] === 0x80 && seg[p + 2] === 0xac) return p;
    if (b === 0x0a || b === 0x0d) return -1;
  }
  return -1;
}

/** `\u{H…}` at i: its code point and length, or cp -1. */
function bracedEscapeAt(seg: Buffer, i: number): { cp: number; len: number } {
  let cp = 0;
  let p = i + 3;
  for (; p < seg.length && p - i - 3 < 6 && hexDigit(seg[p]!) >= 0; p++) cp = (cp << 4) | hexDigit(seg[p]!);
  return p > i + 3 && seg[p] === 0x7d && cp <= 0x10ffff ? { cp, len: p + 1 - i } : { cp: -1, len: 0 };
}

/** `\uXXXX` and `\u{H…}` escapes decoded to UTF-8 (never longer than the escape); `seg` itself when there are none. */
export function decodeEscapes(seg: Buffer): Buffer {
  let out: Buffer | null = null;
  let n = 0;
  let copied = 0;
  for (let i = seg.indexOf(0x5c); i >= 0; i = seg.indexOf(0x5c, i + 1)) {
    if ((seg[i + 1]! | 0x20) !== 0x75) continue;
    const braced = seg[i + 2] === 0x7b ? bracedEscapeAt(seg, i) : null;
    let cp = braced ? braced.cp : hexAt(seg, i + 2);
    let len = braced ? braced.len : 6;
    if (!braced && cp >= 0xd800 && cp <= 0xdbff && seg[i + 6] === 0x5c && (seg[i + 7]! | 0x20) === 0x75) {
      const low = hexAt(seg, i + 8);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        len = 12;
      }
    }
    if (cp < 0x20 || (cp >= 0xd800 && cp <= 0xdfff)) continue;
    out ??= Buffer.allocUnsafe(seg.length);
    n += seg.copy(out, n, copied, i);
    n += out.write(String.fromCodePoint(cp), n, 'utf8');
    copied = i + len;
    i = copied - 1;
  }
  if (!out) return seg;
  n += seg.copy(out, n, copied, seg.length);
  return out.subarray(0, n);
}

/** Bytes of a run of escapes that may be text: valid UTF-8, no control character but tab, CR and LF. */
const isTextRun = (run: readonly number[]): boolean =>
  !run.some((v) => (v < 0x20 && v !== 0x09 && v !== 0x0a && v !== 0x0d) || v === 0x7f) && isUtf8(Uint8Array.from(run));

/**
 * Runs of escapes of one byte each (`escapeAt` gives the byte and the
 * escape's length, or -1), with `joinAt` giving the length of what may stand
 * between two of a run and is dropped (0: nothing may), decoded where
 * `decodes` accepts the run; `seg` itself when none is.
 */
function decodeByteRuns(
  seg: Buffer,
  lead: number,
  escapeAt: (i: number) => { byte: number; len: number },
  joinAt: (i: number) => number,
  decodes: (run: readonly number[]) => boolean,
): Buffer {
  let out: Buffer | null = null;
  let n = 0;
  let copied = 0;
  const run: number[] = [];
  for (let i = seg.indexOf(lead); i >= 0; i = seg.indexOf(lead, i)) {
    run.length = 0;
    let p = i;
    let end = i;
    for (let e = escapeAt(p); e.byte >= 0; e = escapeAt(p)) {
      run.push(e.byte);
      end = p += e.len;
      const join = joinAt(p);
      if (join > 0 && escapeAt(p + join).byte >= 0) p += join;
    }
    if (run.length === 0 || !decodes(run)) {
      i = Math.max(end, i + 1);
      continue;
    }
    out ??= Buffer.allocUnsafe(seg.length);
    n += seg.copy(out, n, copied, i);
    for (const v of run) out[n++] = v;
    copied = end;
    i = end;
  }
  if (!out) return seg;
  n += seg.copy(out, n, copied, seg.length);
  return out.subarray(0, n);
}

const NO_ESCAPE = { byte: -1, len: 0 };

/** The byte two hex digits at i write, else -1. */
function hexByteAt(seg: Buffer, i: number): number {
  const hi = hexDigit(seg[i] ?? 0);
  const lo = hexDigit(seg[i + 1] ?? 0);
  return hi < 0 || lo < 0 ? -1 : (hi << 4) | lo;
}

const byteEscape = (byte: number, len: number): { byte: number; len: number } => (byte < 0 ? NO_ESCAPE : { byte, len });

/** `\xHH` runs decoded (see above); adjacent string literals joined. `seg` itself when there are none. */
export function decodeHexEscapes(seg: Buffer): Buffer {
  const escapeAt = (i: number): { byte: number; len: number } =>
    seg[i] === 0x5c && (seg[i + 1]! | 0x20) === 0x78 ? byteEscape(hexByteAt(seg, i + 2), 4) : NO_ESCAPE;
  // `"` then white space (line breaks too) then `"` again, or the same with `'`: one literal cut in two.
  const joinAt = (i: number): number => {
    const quote = seg[i];
    if (quote !== 0x22 && quote !== 0x27) return 0;
    let p = i + 1;
    while (isSpaceOrBreak(seg[p])) p++;
    return p > i + 1 && seg[p] === quote ? p + 1 - i : 0;
  };
  return decodeByteRuns(seg, 0x5c, escapeAt, joinAt, (run) => run.length >= 3 && isTextRun(run));
}

/** Quoted-printable `=HH` runs decoded (see above), soft line breaks joined; `seg` itself when there are none. */
export function decodeQuotedPrintable(seg: Buffer): Buffer {
  const escapeAt = (i: number): { byte: number; len: number } => (seg[i] === 0x3d ? byteEscape(hexByteAt(seg, i + 1), 3) : NO_ESCAPE);
  const joinAt = (i: number): number => (seg[i] === 0x3d ? (seg[i + 1] === 0x0a ? 2 : seg[i + 1] === 0x0d && seg[i + 2] === 0x0a ? 3 : 0) : 0);
  return decodeByteRuns(seg, 0x3d, escapeAt, joinAt, (run) => run.length >= 3 && run.some((v) => v >= 0x80) && isTextRun(run));
}

/** Percent-escapes decoded, run by run (see above); `seg` itself when there are none. */
export function decodePercent(seg: Buffer): Buffer {
  const escapeAt = (i: number): { byte: number; len: number } => (seg[i] === 0x25 ? byteEscape(hexByteAt(seg, i + 1), 3) : NO_ESCAPE);
  return decodeByteRuns(seg, 0x25, escapeAt, () => 0, isTextRun);
}

/**
 * `seg` without its invisible characters; `seg` itself when it has none. Text
 * between a right-to-left override and its pop (U+202E … U+202C, on one line)
 * is shown reversed, so it is stored reversed to look right
 * (`\u202e8000831008 31\u202c` shows 13800138000, `\u202e伟张\u202c` 张伟): it
 * is read in the order it shows.
 */
export function stripInvisible(seg: Buffer): Buffer {
  let out: Buffer | null = null;
  let n = 0;
  let copied = 0; // seg[copied, i) is still to be copied
  for (let i = 0; i < seg.length; ) {
    const w = seg[i]! >= 0xc2 ? invisibleWidthAt(seg, i) : 0;
    if (w === 0) {
      i++;
      continue;
    }
    out ??= Buffer.allocUnsafe(seg.length);
    n += seg.copy(out, n, copied, i);
    i += w;
    copied = i;
    const pop = seg[i - 1] === 0xae && seg[i - 2] === 0x80 && seg[i - 3] === 0xe2 ? overriddenEnd(seg, i) : -1;
    if (pop >= 0) {
      // Character by character from the last: a character's bytes keep their order.
      for (let end = pop; end > i; ) {
        let start = end - 1;
        while (start > i && (seg[start]! & 0xc0) === 0x80) start--;
        n += seg.copy(out, n, start, end);
        end = start;
      }
      i = pop + 3;
      copied = i;
    }
  }
  if (!out) return seg;
  n += seg.copy(out, n, copied, seg.length);
  return out.subarray(0, n);
}
