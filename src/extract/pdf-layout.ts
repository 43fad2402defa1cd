// Lines and cells of a PDF page rebuilt from glyph positions.
//
// A PDF has no lines or cells, only runs of glyphs drawn at positions, in
// whatever order the writer chose. A spreadsheet printed to PDF draws each
// cell as its own run (a CJK cell often as several runs, one per font
// change), a cell clipped by its neighbour ends exactly where the next cell
// starts, and a row's cells need not come in column order. Reading the runs
// in stream order runs cells into each other; here they are put back on a
// grid instead:
//
// 1. rows: runs whose baselines are within a fraction of the font size of
//    each other (jitter between fonts of one row is ~0.6 pt at 10 pt);
// 2. columns: x positions where a run starts a cell in several rows of the
//    page (the left edge of a printed column), told from word and card-group
//    starts that also align by the gap before them, a header label starting
//    there, or the previous page's header (see columnEdges);
// 3. within a row, left to right: a run joins the previous one (same word,
//    a CJK run after a Latin one), or is a new word (a space-sized gap), or
//    a new cell (a wide gap, a column edge, or an overlap: the previous cell
//    was clipped by this one).
//
// A row becomes one line, its cells joined by a tab; an empty cell of a
// table is an empty field, so that values stay under their header. Pure: no
// pdf.js here.
import { flat } from './flat.js';

/** One text run as pdf.js reports it, in PDF user space (y grows upwards). */
export interface TextRun {
  str: string;
  /** Start of the baseline (transform[4], transform[5]). */
  x: number;
  y: number;
  /** Advance width of the whole run. */
  width: number;
  /** Font size (the transform's vertical scale). */
  size: number;
  /** Rotated or skewed text: not laid out on the grid, kept in stream order. */
  rotated?: boolean;
}

export interface PageLayout {
  /**
   * Blocks of rows, top to bottom: a block ends where the vertical gap to the
   * next row is well above the page's usual row pitch (an empty sheet row, a
   * paragraph space). Each row is one string, its cells separated by '\t'.
   */
  blocks: string[][];
  /** Rows with two or more cells: the page reads as a table. */
  tableRows: number;
  rows: number;
  /** Left edges of the cells of each row, parallel to `blocks`. */
  starts: number[][][];
}

/** A header row that a table on the next page may continue under (Calc prints it once). */
export interface CarriedHeader {
  text: string;
  starts: number[];
}

/**
 * A row whose cells all start where the header's do (within two points): the
 * header's table. A row may leave cells empty, so it need not have them all.
 */
function sameColumns(header: readonly number[], row: readonly number[]): boolean {
  return row.length >= 2 && header.length >= row.length && row.every((x) => header.some((h) => Math.abs(x - h) <= 2));
}

/**
 * Table header continuity across pages: a printed sheet's header row is on
 * the first page only, so the rows on the next page lose their column
 * labels. Returns the header to put above the first table block of `page`
 * (the first of `carried`, most recent first, whose cells start where that
 * block's first row's do) and the header to carry on to the page after.
 * Several are carried because a sheet too wide for the page continues on
 * column pages: printed across, the rows below come back to the left-hand
 * columns a few pages after their header.
 */
export function carryHeader(
  page: PageLayout,
  carried: CarriedHeader | readonly CarriedHeader[] | undefined,
): { prepend?: { text: string; block: number }; next?: CarriedHeader } {
  const candidates: readonly CarriedHeader[] = carried === undefined ? [] : 'text' in carried ? [carried] : carried;
  let prepend: { text: string; block: number } | undefined;
  let next: CarriedHeader | undefined;
  page.blocks.forEach((block, b) => {
    const starts = page.starts[b]!;
    if (!starts.some((s) => s.length >= 2)) return; // a title or footer, not a table block
    const first = block[0]!;
    let head: CarriedHeader | undefined;
    const match = next === undefined && prepend === undefined ? candidates.find((c) => sameColumns(c.starts, starts[0]!)) : undefined;
    if (match) {
      prepend = { text: match.text, block: b };
      head = match;
    }
    // A header has no digits, ASCII or full-width (as the engine sees it after NFKC); a carried one stays in force below it.
    if (!DIGIT.test(first) && starts[0]!.length >= 2) head = { text: first, starts: starts[0]! };
    next = head;
  });
  return prepend === undefined ? { next } : { prepend, next };
}

/** Headers carried at most: a sheet is rarely printed more than this many column pages wide. */
const CARRIED_HEADERS = 8;

/** `recent` (most recent first) with `next` put in front, once per set of column starts. */
export function rememberHeader(recent: readonly CarriedHeader[], next: CarriedHeader | undefined): CarriedHeader[] {
  if (!next) return [...recent];
  const same = (a: CarriedHeader): boolean => a.starts.length === next.starts.length && a.starts.every((x, i) => Math.abs(x - next.starts[i]!) <= 2);
  return [next, ...recent.filter((h) => !same(h))].slice(0, CARRIED_HEADERS);
}

/** Lines are rejoined only on a page whose text spans this share of its width (prose, not a printed column). */
const WRAP_SPAN = 0.6;
/** A vertical gap above this many usual row pitches ends a block. */
const BLOCK_GAP = 1.4;
/** Baselines within this many font sizes are one row. */
const ROW_TOLERANCE = 0.35;
/** A gap of at least this many font sizes is a word space (pdf.js: ~0.1). */
const SPACE_GAP = 0.15;
/**
 * A gap of at least this many font sizes separates cells. Above a full-width
 * space (1 em), which separates the groups of a card number written with
 * ideographic spaces.
 */
const CELL_GAP = 1.5;
/** An overlap of at least this many font sizes is a clipped cell running under the next one. */
const CLIP_OVERLAP = 0.2;
/** A column edge is where cells start in at least this many rows of a page. */
const COLUMN_ROWS = 3;
/** …of which at least this many after a cell-wide gap. */
const WIDE_ROWS = 2;
/**
 * A gap of at least this many font sizes before an aligned start is a cell's
 * padding, not a word space (~0.3 em): Calc sizes a column to its widest
 * cell plus 0.1", 0.7–0.9 em at any scale. A full-width space (1 em) is above
 * it too, which is why the groups of a card number are excluded by their
 * shape (isGroup), not by this gap.
 */
const PAD_GAP = 0.55;
/** …and the share of a column's starting rows that must have it (a word may start there by chance). */
const PAD_SHARE = 0.75;
/** Positions within this many points are one column edge. */
const EDGE_SLACK = 1;
/** A cell starting within this many points of a column's x is in that column. */
const COLUMN_SLACK = 2;

interface Placed extends TextRun {
  end: number;
}

interface Cell {
  text: string;
  x: number;
}

/**
 * @param pageWidth width of the page in points (0: unknown, no wrapped prose lines are rejoined)
 * @param hints cell starts of the headers carried from the previous pages: a
 *   continuation page has no header row of its own to confirm its columns.
 */
export function layoutPage(runs: readonly TextRun[], pageWidth = 0, hints: ReadonlyArray<readonly number[]> = []): PageLayout {
  const flat: Placed[] = [];
  const rotated: string[] = [];
  for (const r of runs) {
    if (!/\S/.test(r.str)) continue; // pdf.js's synthetic spaces: gaps say more
    if (r.rotated) {
      rotated.push(r.str.trim());
      continue;
    }
    const size = r.size > 0 ? r.size : 10;
    // A font without widths: assume half an em per character rather than zero.
    const width = r.width > 0 ? r.width : r.str.length * size * 0.5;
    flat.push({ ...r, size, width, end: r.x + width });
  }
  const rows = groupRows(flat);
  const edges = columnEdges(rows, hints);
  const pitch = usualPitch(rows);
  // Per row, in a loop: a spread over a hostile row of 200k runs overflows the stack.
  const rowEnds = rows.map((row) => row.reduce((m, r) => (r.end > m ? r.end : m), -Infinity));
  const right = rowEnds.reduce((m, e) => (e > m ? e : m), -Infinity);
  const left = rows.reduce((m, row) => Math.min(m, row[0]!.x), Infinity);
  // Only a page set in a wide measure is prose that wraps; a printed column of names is not.
  const wide = pageWidth > 0 && right - left >= WRAP_SPAN * pageWidth;
  const blocks: string[][] = [];
  let tableRows = 0;
  const starts: number[][][] = [];
  let block: Cell[][] = [];
  const endBlock = (): void => {
    blocks.push(onColumns(block, edges, hints));
    starts.push(block.map((cells) => cells.map((c) => c.x)));
    block = [];
  };
  let lastY = Infinity;
  let prevEnd = 0;
  let prevSpan = 0;
  for (const [ri, row] of rows.entries()) {
    const y = row[0]!.y;
    if (block.length && lastY - y > BLOCK_GAP * pitch) {
      endBlock();
      prevSpan = 0;
    }
    lastY = y;
    const cells = cellsOf(row, edges);
    if (cells.length >= 2) tableRows++;
    const first = row[0]!;
    const end = rowEnds[ri]!;
    const above = block.at(-1);
    // The previous line ran so close to the right margin that this line's first word would not
    // have fitted after it: the writer wrapped the paragraph there (a name or a phone number
    // broken over two lines is one value again).
    const joins = wide && prevSpan > 0 && cells.length === 1 && above?.length === 1 && prevEnd + SPACE_GAP * 2 * first.size + firstWordWidth(row) > right;
    if (joins) {
      const prev = above[0]!;
      const text = cells[0]!.text;
      // A break after CJK or a hyphen took no space out; a break between Latin words took one.
      prev.text = /[\u2e80-\uffef-]$/.test(prev.text) || /^[\u2e80-\uffef]/.test(text) ? prev.text + text : `${prev.text} ${text}`;
    } else block.push(cells);
    prevEnd = end;
    prevSpan = end - first.x;
  }
  if (block.length) endBlock();
  const turned = rotated.filter((s) => s !== '');
  if (turned.length) {
    blocks.push(turned);
    starts.push(turned.map(() => []));
  }
  return { blocks, tableRows, rows: rows.length, starts };
}

/**
 * A block's rows as lines, each cell in its column: a row that leaves a
 * column empty gets an empty field there, or its later values would shift
 * under the wrong header. The columns are the block's left margin and the
 * column edges its cells start at (with the carried header's, when the block
 * is that header's table: a column may be empty on this page). A row with a
 * cell off the columns (split at a wide gap only) is written as it is.
 */
function onColumns(rows: Cell[][], edges: number[], hints: ReadonlyArray<readonly number[]>): string[] {
  let margin = Infinity;
  for (const cells of rows) for (const c of cells) margin = Math.min(margin, c.x);
  const xs: number[] = [];
  for (const cells of rows) for (const c of cells) if (c.x === margin || atEdge(edges, c.x)) xs.push(c.x);
  const cols = distinct(xs);
  const hint = cols.length >= 2 ? hints.find((h) => cols.every((x) => h.some((y) => Math.abs(x - y) <= COLUMN_SLACK))) : undefined;
  const grid = hint ? distinct([...cols, ...hint]) : cols;
  return rows.map((cells) => {
    const at = cells.map((c) => column(grid, c.x));
    if (grid.length < 2 || at.some((i, k) => i < 0 || (k > 0 && i <= at[k - 1]!))) return cells.map((c) => c.text).join('\t');
    const fields: string[] = Array<string>(at.at(-1)! + 1).fill('');
    cells.forEach((c, k) => (fields[at[k]!] = c.text));
    return fields.join('\t');
  });
}

/** Positions sorted, those within COLUMN_SLACK of the one before dropped. */
function distinct(xs: number[]): number[] {
  const out: number[] = [];
  for (const x of [...xs].sort((a, b) => a - b)) if (out.length === 0 || x - out.at(-1)! > COLUMN_SLACK) out.push(x);
  return out;
}

/** Index of the column of `grid` (sorted) that `x` is in, -1 if none (binary search: a page may have many). */
function column(grid: readonly number[], x: number): number {
  let lo = 0;
  let hi = grid.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (grid[mid]! < x - COLUMN_SLACK) lo = mid + 1;
    else hi = mid;
  }
  return lo < grid.length && grid[lo]! <= x + COLUMN_SLACK ? lo : -1;
}

/** Width of a row's first word: up to its first space or word gap (what a writer would have tried to fit on the line above). */
function firstWordWidth(row: Placed[]): number {
  let width = 0;
  let end = row[0]!.x;
  for (const r of row) {
    if (r.x - end >= SPACE_GAP * r.size) break;
    const chars = [...r.str];
    const n = chars.findIndex((c) => /\s/.test(c));
    if (n >= 0) return width + (r.width * n) / chars.length;
    width += r.width;
    end = r.end;
  }
  return width;
}

/** The median distance between consecutive rows (the line pitch); 0 with fewer than two rows. */
function usualPitch(rows: Placed[][]): number {
  const d: number[] = [];
  for (let i = 1; i < rows.length; i++) d.push(rows[i - 1]![0]!.y - rows[i]![0]!.y);
  d.sort((a, b) => a - b);
  return d.length ? d[Math.floor((d.length - 1) / 2)]! : Infinity;
}

/** Runs grouped by baseline, rows top to bottom, each row left to right. */
function groupRows(runs: Placed[]): Placed[][] {
  const byY = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Placed[][] = [];
  let row: Placed[] = [];
  let top = 0;
  let size = 0;
  for (const r of byY) {
    // Measured from the row's first (highest) baseline so that jitter cannot chain rows together.
    if (row.length && top - r.y <= ROW_TOLERANCE * Math.max(size, r.size)) {
      row.push(r);
      size = Math.max(size, r.size);
      continue;
    }
    if (row.length) rows.push(row);
    row = [r];
    top = r.y;
    size = r.size;
  }
  if (row.length) rows.push(row);
  for (const r of rows) r.sort((a, b) => a.x - b.x || b.end - a.end);
  return rows;
}

/**
 * Column edges: x positions (rounded to a point) where a run starts after a
 * gap in COLUMN_ROWS or more rows, confirmed by one of:
 * - wide: WIDE_ROWS of them after a cell-wide gap (a column after a ragged one);
 * - header: a digit-free row (a header: labels, no values) starts a run there
 *   after a padding-sized gap — in a sheet whose columns are fitted to their
 *   content the gap after a column of fixed-length values (amounts, dates,
 *   IDs) is never wide, but its header label starts at the column all the same;
 * - padded: PAD_SHARE of them after a padding-sized gap before a run that is
 *   not a digit group after digits (a continuation page without a header);
 * - hinted: a carried header (layoutPage's hints) starts there and the runs
 *   starting there follow a padding-sized gap (not only digit groups, unless
 *   it is the last header carried).
 * What this keeps out are the groups of a card or ID number (6230 5853 2707,
 * ６２５８　０７６９ …), which start at the same x row after row too, after a
 * word space or a full-width one: they are digit groups after digits, and no
 * header label starts inside a fitted column.
 */
function columnEdges(rows: Placed[][], hints: ReadonlyArray<readonly number[]>): number[] {
  interface Tally {
    starts: number;
    wide: number;
    head: number;
    pad: number;
    padAny: number;
  }
  const tally = new Map<number, Tally>();
  for (const row of rows) {
    const header = !row.some((r) => DIGIT.test(r.str));
    let end = Infinity; // the first run of a row is not counted: a margin is not a column edge
    let before = '';
    const seen = new Set<number>();
    for (const r of row) {
      const gap = r.x - end;
      const k = Math.round(r.x);
      if (gap >= SPACE_GAP * r.size && !seen.has(k)) {
        seen.add(k);
        let t = tally.get(k);
        if (!t) tally.set(k, (t = { starts: 0, wide: 0, head: 0, pad: 0, padAny: 0 }));
        t.starts++;
        if (gap >= CELL_GAP * r.size) t.wide++;
        if (gap >= PAD_GAP * r.size) {
          t.padAny++;
          if (header) t.head++;
          if (!isGroup(before, r.str)) t.pad++;
        }
      }
      end = end === Infinity ? r.end : Math.max(end, r.end);
      before = r.str;
    }
  }
  // Neighbouring keys are one edge: a column's runs start within a point of each other.
  const keys = [...tally.keys()].sort((a, b) => a - b);
  const edges: number[] = [];
  let i = 0;
  while (i < keys.length) {
    let j = i;
    const sum: Tally = { starts: 0, wide: 0, head: 0, pad: 0, padAny: 0 };
    while (j < keys.length && keys[j]! - keys[i]! <= EDGE_SLACK) {
      const t = tally.get(keys[j++]!)!;
      sum.starts += t.starts;
      sum.wide += t.wide;
      sum.head += t.head;
      sum.pad += t.pad;
      sum.padAny += t.padAny;
    }
    const lo = keys[i]!;
    const hi = keys[j - 1]!;
    const at = (hint: readonly number[]): boolean => hint.some((h) => h >= lo - COLUMN_SLACK && h <= hi + COLUMN_SLACK);
    // In a table every run that starts at a column follows the padding of the cell before it
    // (or overlaps it: clipped, not counted); a word that starts there follows a word space.
    const padded = sum.padAny >= PAD_SHARE * sum.starts;
    const column =
      (sum.starts >= COLUMN_ROWS && (sum.wide >= WIDE_ROWS || (padded && (sum.head >= 1 || (sum.pad >= COLUMN_ROWS && sum.pad >= PAD_SHARE * sum.starts))))) ||
      // The last header is most likely this page's (Calc prints down before across): trust it
      // with a digit group too; an older one only with a run that is not one.
      (padded && ((hints[0] !== undefined && at(hints[0]) && sum.padAny >= 1) || (hints.slice(1).some(at) && sum.pad >= 1)));
    if (column) edges.push(lo, hi);
    i = j;
  }
  return edges;
}

/** A digit, ASCII or full-width (a printed value; a header has none). */
const DIGIT = /[0-9０-９]/;

/**
 * `str` is a group of a number written in groups (card, ID, phone): a short
 * run of digits right after a run that ends in a digit.
 */
function isGroup(before: string, str: string): boolean {
  return /^[0-9０-９]{1,8}$/.test(str.trim()) && /[0-9０-９]\s*$/.test(before);
}

/** `edges` are ascending [lo, hi] pairs: binary search, so a page of many columns costs log, not linear, per run. */
function atEdge(edges: number[], x: number): boolean {
  let lo = 0;
  let hi = edges.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edges[mid * 2 + 1]! + EDGE_SLACK < x) lo = mid + 1;
    else hi = mid;
  }
  return lo < edges.length / 2 && x >= edges[lo * 2]! - EDGE_SLACK;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000;

function cellsOf(row: Placed[], edges: number[]): Cell[] {
  const cells: Cell[] = [];
  // A cell's pieces, joined once when it ends: reading the end of a string built with += flattens it each time.
  let parts: string[] = [];
  let endsInSpace = false;
  let x = 0;
  let end = -Infinity;
  let prev: Placed | undefined;
  const close = (): void => {
    const text = parts.join('').trim();
    if (text !== '') cells.push({ text: flat(text), x });
  };
  for (const r of row) {
    // Fake bold: the same glyphs drawn again a fraction of a point to the right.
    if (prev && prev.str === r.str && Math.abs(r.x - prev.x) < 0.2 * r.size) continue;
    prev = r;
    const gap = r.x - end;
    const em = r.size;
    if (parts.length === 0) {
      parts = [r.str];
      x = r.x;
    } else if (gap >= CELL_GAP * em || gap <= -CLIP_OVERLAP * em || atEdge(edges, r.x)) {
      close();
      parts = [r.str];
      x = r.x;
    } else if (gap >= SPACE_GAP * em && !endsInSpace && !isSpace(r.str.charCodeAt(0))) parts.push(' ', r.str);
    else parts.push(r.str);
    endsInSpace = isSpace(r.str.charCodeAt(r.str.length - 1));
    end = Math.max(end, r.end);
  }
  if (parts.length) close();
  return cells;
}
