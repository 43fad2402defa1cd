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
//    page (the left edge of a printed column);
// 3. within a row, left to right: a run joins the previous one (same word,
//    a CJK run after a Latin one), or is a new word (a space-sized gap), or
//    a new cell (a wide gap, a column edge, or an overlap: the previous cell
//    was clipped by this one).
//
// A row becomes one line, its cells joined by a tab. Pure: no pdf.js here.

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

/** Two rows with cells starting at the same x (within two points): one table's columns. */
function sameColumns(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.length >= 2 && a.every((x, i) => Math.abs(x - b[i]!) <= 2);
}

/**
 * Table header continuity across pages: a printed sheet's header row is on
 * the first page only, so the rows on the next page lose their column
 * labels. Returns the header to put above the first table block of `page`
 * (when its first row's cells start where the carried header's do) and the
 * header to carry on to the page after.
 */
export function carryHeader(page: PageLayout, carried: CarriedHeader | undefined): { prepend?: string; next?: CarriedHeader } {
  let prepend: string | undefined;
  let next: CarriedHeader | undefined;
  page.blocks.forEach((block, b) => {
    const starts = page.starts[b]!;
    if (!starts.some((s) => s.length >= 2)) return; // a title or footer, not a table block
    const first = block[0]!;
    let head: CarriedHeader | undefined;
    if (next === undefined && prepend === undefined && carried && sameColumns(carried.starts, starts[0]!)) {
      prepend = carried.text;
      head = carried;
    }
    // A header has no digits (as the scan engine sees it); a carried one stays in force below it.
    if (!/[0-9]/.test(first) && starts[0]!.length >= 2) head = { text: first, starts: starts[0]! };
    next = head;
  });
  return prepend === undefined ? { next } : { prepend, next };
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
/** Positions within this many points are one column edge. */
const EDGE_SLACK = 1;

interface Placed extends TextRun {
  end: number;
}

export function layoutPage(runs: readonly TextRun[], pageWidth = 0): PageLayout {
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
  const edges = columnEdges(rows);
  const pitch = usualPitch(rows);
  const right = rows.reduce((m, row) => Math.max(m, ...row.map((r) => r.end)), -Infinity);
  const left = rows.reduce((m, row) => Math.min(m, row[0]!.x), Infinity);
  // Only a page set in a wide measure is prose that wraps; a printed column of names is not.
  const wide = pageWidth > 0 && right - left >= WRAP_SPAN * pageWidth;
  const blocks: string[][] = [];
  let block: string[] = [];
  let tableRows = 0;
  const starts: number[][][] = [];
  let blockStarts: number[][] = [];
  let lastY = Infinity;
  let prevEnd = 0;
  let prevSpan = 0;
  for (const row of rows) {
    const y = row[0]!.y;
    if (block.length && lastY - y > BLOCK_GAP * pitch) {
      blocks.push(block);
      starts.push(blockStarts);
      block = [];
      blockStarts = [];
      prevSpan = 0;
    }
    lastY = y;
    const cells = cellsOf(row, edges);
    if (cells.length >= 2) tableRows++;
    const text = cells.map((c) => c.text).join('\t');
    const first = row[0]!;
    const end = Math.max(...row.map((r) => r.end));
    // The previous line ran so close to the right margin that this line's first word would not
    // have fitted after it: the writer wrapped the paragraph there (a name or a phone number
    // broken over two lines is one value again).
    const joins = wide && prevSpan > 0 && cells.length === 1 && blockStarts.at(-1)?.length === 1 && prevEnd + SPACE_GAP * 2 * first.size + firstWordWidth(row) > right;
    if (joins) {
      const prev = block.pop()!;
      // A break after CJK or a hyphen took no space out; a break between Latin words took one.
      block.push(/[\u2e80-\uffef-]$/.test(prev) || /^[\u2e80-\uffef]/.test(text) ? prev + text : `${prev} ${text}`);
    } else {
      block.push(text);
      blockStarts.push(cells.map((c) => c.x));
    }
    prevEnd = end;
    prevSpan = end - first.x;
  }
  if (block.length) {
    blocks.push(block);
    starts.push(blockStarts);
  }
  const turned = rotated.filter((s) => s !== '');
  if (turned.length) {
    blocks.push(turned);
    starts.push(turned.map(() => []));
  }
  return { blocks, tableRows, rows: rows.length, starts };
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
 * gap in COLUMN_ROWS or more rows, at least WIDE_ROWS of them after a cell-wide
 * gap. The second condition tells a column from the groups of a card number
 * (6230 5853 2707 …), which also start at the same x row after row but only
 * ever after a word space.
 */
function columnEdges(rows: Placed[][]): number[] {
  const starts = new Map<number, number>();
  const wide = new Map<number, number>();
  const bump = (m: Map<number, number>, k: number): void => void m.set(k, (m.get(k) ?? 0) + 1);
  for (const row of rows) {
    let end = Infinity; // the first run of a row is not counted: a margin is not a column edge
    const seen = new Set<number>();
    for (const r of row) {
      const gap = r.x - end;
      const k = Math.round(r.x);
      if (gap >= SPACE_GAP * r.size && !seen.has(k)) {
        seen.add(k);
        bump(starts, k);
        if (gap >= CELL_GAP * r.size) bump(wide, k);
      }
      end = end === Infinity ? r.end : Math.max(end, r.end);
    }
  }
  // Neighbouring keys are one edge: a column's runs start within a point of each other.
  const keys = [...starts.keys()].sort((a, b) => a - b);
  const edges: number[] = [];
  let i = 0;
  while (i < keys.length) {
    let j = i;
    let n = 0;
    let w = 0;
    while (j < keys.length && keys[j]! - keys[i]! <= EDGE_SLACK) {
      n += starts.get(keys[j]!)!;
      w += wide.get(keys[j++]!) ?? 0;
    }
    if (n >= COLUMN_ROWS && w >= WIDE_ROWS) edges.push(keys[i]!, keys[j - 1]!);
    i = j;
  }
  return edges;
}

function atEdge(edges: number[], x: number): boolean {
  for (let i = 0; i < edges.length; i += 2) {
    if (x >= edges[i]! - EDGE_SLACK && x <= edges[i + 1]! + EDGE_SLACK) return true;
  }
  return false;
}

function cellsOf(row: Placed[], edges: number[]): Array<{ text: string; x: number }> {
  const cells: Array<{ text: string; x: number }> = [];
  let cell = '';
  let x = 0;
  let end = -Infinity;
  let prev: Placed | undefined;
  for (const r of row) {
    // Fake bold: the same glyphs drawn again a fraction of a point to the right.
    if (prev && prev.str === r.str && Math.abs(r.x - prev.x) < 0.2 * r.size) continue;
    prev = r;
    const gap = r.x - end;
    const em = r.size;
    if (cell === '') {
      cell = r.str;
      x = r.x;
    } else if (gap >= CELL_GAP * em || gap <= -CLIP_OVERLAP * em || atEdge(edges, r.x)) {
      cells.push({ text: cell.trim(), x });
      cell = r.str;
      x = r.x;
    } else if (gap >= SPACE_GAP * em && !/\s$/.test(cell) && !/^\s/.test(r.str)) cell += ` ${r.str}`;
    else cell += r.str;
    end = Math.max(end, r.end);
  }
  if (cell.trim() !== '') cells.push({ text: cell.trim(), x });
  for (const c of cells) c.text = c.text.replace(/[\t\r\n]+/g, ' ');
  return cells;
}
