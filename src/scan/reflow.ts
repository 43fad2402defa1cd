// Text hard-wrapped at a fixed width (a PDF's lines, a mail client's or a
// terminal's wrap): a name, its e-mail and its mobile cut across lines
// (`郝琪军：hao_qijun85@⏎qq.com；电话17320774-⏎117`). Such a paragraph is read
// joined, its line breaks (and a hyphen the wrap put before one, inside a
// word or a number) removed. A paragraph is taken for wrapped when four or
// more lines in a row fill the same display width to within a character,
// most of its breaks fall inside a word, a number or a run of CJK (one at
// least inside a word or a number: a list's lines end with their records),
// and its lines are no table's: no tab, seldom a delimiter twice or cells
// lined up by spaces, no row number first, and CJK on most of them.

import { lineStart } from './cells.js';

/** Fewest lines of one width that make a wrapped paragraph. */
const MIN_LINES = 4;
/** Widths a wrap is looked for at, in display columns (CJK two wide). */
const MIN_WIDTH = 12;
const MAX_WIDTH = 160;

/**
 * `seg` with its wrapped paragraphs joined, or `seg` itself when it has none.
 * Only the lines around a break inside a word or a number are measured: on
 * text that has none (most), the cost is a look at each line end.
 */
export function reflowWrapped(seg: Buffer, lineEnds: readonly number[]): Buffer {
  let out: Buffer[] | null = null;
  let copied = 0;
  let done = 0; // lines before this one are decided
  for (let k = 0; k + 1 < lineEnds.length; k++) {
    if (k < done || breaksInside(seg, lineEnds[k]!) !== 1) continue;
    const [first, lines] = wrappedAround(seg, lineEnds, k, done);
    done = Math.max(k + 1, first + Math.abs(lines));
    if (lines <= 0) continue;
    out ??= [];
    // Join lines first … first+lines-1: each break but the last one's.
    for (let j = first; j < first + lines - 1; j++) {
      const nl = lineEnds[j]!;
      let cut = nl;
      if (seg[cut - 1] === 0x0d) cut--;
      if (seg[cut - 1] === 0x2d && isWordOrAddressByte(seg[cut - 2]) && isWordOrAddressByte(seg[nl + 1])) cut--;
      out.push(seg.subarray(copied, cut));
      copied = nl + 1;
    }
  }
  if (!out) return seg;
  out.push(seg.subarray(copied));
  return Buffer.concat(out);
}

/**
 * The lines of one width around line `k` (none before `floor`): where they
 * start, and how many they are when they make a wrapped paragraph, else
 * minus that many.
 */
function wrappedAround(seg: Buffer, lineEnds: readonly number[], k: number, floor: number): [number, number] {
  const start = (l: number): number => lineStart(lineEnds, l);
  const w = (l: number): number => width(seg, start(l), lineEnds[l]!);
  let lo = w(k);
  let hi = lo;
  if (lo < MIN_WIDTH || lo > MAX_WIDTH) return [k, -1];
  // Lines of the paragraph's width (within one column: a CJK character that did not fit).
  let first = k;
  while (first > floor) {
    const x = w(first - 1);
    if (x < 0 || Math.max(hi, x) - Math.min(lo, x) > 1) break;
    lo = Math.min(lo, x);
    hi = Math.max(hi, x);
    first--;
  }
  let end = k + 1;
  while (end < lineEnds.length) {
    const x = w(end);
    if (x < 0 || Math.max(hi, x) - Math.min(lo, x) > 1) break;
    lo = Math.min(lo, x);
    hi = Math.max(hi, x);
    end++;
  }
  // The paragraph's last line, shorter, ends it.
  if (end < lineEnds.length && end - first >= MIN_LINES - 1) {
    const x = w(end);
    if (x > 0 && x < lo) end++;
  }
  const lines = end - first;
  if (lines < MIN_LINES) return [first, -lines];
  let inside = 0;
  let spaced = 0;
  let latin = 0;
  let delimited = 0;
  for (let j = first; j < end; j++) {
    if (j < end - 1 && breaksInside(seg, lineEnds[j]!) > 0) inside++;
    if (isSpacedRow(seg, start(j), lineEnds[j]!)) spaced++;
    if (!hasIdeograph(seg, start(j), lineEnds[j]!)) latin++;
    if (isDelimitedRow(seg, start(j), lineEnds[j]!)) delimited++;
  }
  // (A column of IDs or addresses one to a line is as wide line after line, and holds no CJK; so
  // are the rows of a table, cells split by delimiters or lined up by spaces.)
  const wrapped = inside * 5 >= (lines - 1) * 3 && spaced * 4 <= lines && latin * 4 <= lines && delimited * 4 <= lines;
  return [first, wrapped ? lines : -lines];
}

/** Display width of a line (CJK and full-width two, ASCII one); -1 for a line with a tab. */
function width(seg: Buffer, from: number, to: number): number {
  if (to > from && seg[to - 1] === 0x0d) to--;
  if (to - from > MAX_WIDTH * 2) return -1;
  let w = 0;
  for (let p = from; p < to; p++) {
    const b = seg[p]!;
    if (b === 0x09) return -1;
    if (b < 0x80) w++;
    else if (b >= 0xe0) w += 2;
    else if (b >= 0xc0) w++;
  }
  return w;
}

/** Whether the break at `nl` falls inside a word or a number, or after a wrap's hyphen (1), inside a run of CJK (2), or neither (0). */
function breaksInside(seg: Buffer, nl: number): 0 | 1 | 2 {
  let before = nl - 1;
  if (seg[before] === 0x0d) before--;
  const a = seg[before];
  const b = seg[nl + 1];
  // A row's number starts the next line (`36 欧阳强佳 …`, `2、…`): a row, not a wrap.
  let d = nl + 1;
  while (d < nl + 4 && seg[d]! >= 0x30 && seg[d]! <= 0x39) d++;
  if (d > nl + 1 && (seg[d] === 0x20 || seg[d] === 0x2e || seg[d] === 0x29 || seg[d] === 0xe3 || seg[d] === 0x2c || seg[d] === 0x3b || seg[d] === 0x09 || seg[d] === 0x7c)) return 0;
  if (isWordOrAddressByte(a) && isWordOrAddressByte(b)) return 1;
  if (a === 0x2d && isWordOrAddressByte(seg[before - 1]) && isWordOrAddressByte(b)) return 1;
  // Both sides CJK ideographs (not punctuation: U+3000-303F, U+FF00-FFEF).
  return before >= 2 && isIdeographLead(seg[before - 2]) && isIdeographLead(b) ? 2 : 0;
}

function isIdeographLead(b: number | undefined): boolean {
  return b !== undefined && b >= 0xe4 && b <= 0xe9;
}

function isWordOrAddressByte(b: number | undefined): boolean {
  return b !== undefined && ((b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a) || b === 0x40 || b === 0x2e || b === 0x5f);
}

/** Two or more of one ASCII delimiter (`,` `;` `|`): a table's row. */
function isDelimitedRow(seg: Buffer, from: number, to: number): boolean {
  let commas = 0;
  let semicolons = 0;
  let pipes = 0;
  for (let p = from; p < to; p++) {
    const b = seg[p];
    if (b === 0x2c) commas++;
    else if (b === 0x3b) semicolons++;
    else if (b === 0x7c) pipes++;
  }
  return commas >= 2 || semicolons >= 2 || pipes >= 2;
}

function hasIdeograph(seg: Buffer, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (isIdeographLead(seg[p])) return true;
  return false;
}

/** Cells lined up by spaces: two in a row, or three or more single ones (an OCR'd sheet's row). */
function isSpacedRow(seg: Buffer, from: number, to: number): boolean {
  let spaces = 0;
  for (let p = from; p < to; p++) {
    if (seg[p] !== 0x20) continue;
    if (seg[p - 1] === 0x20 || ++spaces >= 3) return true;
  }
  return false;
}
