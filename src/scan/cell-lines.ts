// A table copied one cell to a line, header and all (a web page's or a PDF's
// table pasted as text, a register OCR'd a cell at a time): its labels one to
// a line (客户编号⏎客户名称⏎手机⏎负责人⏎最后跟进时间), then each row's cells
// in the same order, one to a line. With k labels, row r's cell c is line
// first + r·k + c. Found from two things detect.ts says about lines: which
// are labels, and how a line fits the column it would fall in.

/** A line that reads as a column's label: short, no digits, no sentence in it. */
export const CELL_LABEL = 1;
/** A label that is a keyword of a person field (手机, 身份证号, 姓名). */
export const CELL_FIELD_LABEL = 2;

/** How a line fits a column: −1 it cannot be that column's (a mobile under 邮箱), 1 it is what the column holds, 0 either. */
export type CellFit = -1 | 0 | 1;

/** How line `line` fits column `column` of the header of `columns` labels from line `headerLine`. */
export type CellFitter = (column: number, headerLine: number, columns: number, line: number) => CellFit;

/** One table: its header's first line, its columns (k) and rows; row r's cells are lines header + k·(r + 1) …. */
export interface CellLineTable {
  header: number;
  columns: number;
  rows: number;
}

/** Fewest labels a header has. */
const MIN_COLUMNS = 3;
/** Longest run of label lines looked at (a word list one to a line is no header). */
const MAX_RUN = 24;

/**
 * Tables in a segment's lines. `labels[li]` is 0, CELL_LABEL or CELL_FIELD_LABEL;
 * `fit(column, headerLine, columns, line)` says how line fits the column headed by line
 * headerLine + column. A header is MIN_COLUMNS or more label lines in a row,
 * two of them field labels at least; its rows run while each holds a cell that
 * fits and none that cannot. Of the ways to cut a run of labels into title,
 * header and first cells, the one that reads the most rows is taken; two rows
 * at least, or one that fits in two cells (a form's labels, then its values).
 */
export function cellLineTables(labels: ArrayLike<number>, fit: CellFitter): CellLineTable[] {
  const tables: CellLineTable[] = [];
  const n = labels.length;
  for (let a = 0; a < n; ) {
    if (!labels[a]) {
      a++;
      continue;
    }
    let b = a;
    while (b < n && labels[b] && b - a < MAX_RUN) b++;
    let best: CellLineTable | null = null;
    for (let s = a; s + MIN_COLUMNS <= b; s++) {
      let fieldLabels = 0;
      for (let t = s + 1; t <= b; t++) {
        if (labels[t - 1] === CELL_FIELD_LABEL) fieldLabels++;
        const k = t - s;
        if (k < MIN_COLUMNS || fieldLabels < 2) continue;
        const rows = rowsUnder(s, k, n, fit);
        if (rows > 0 && (!best || rows > best.rows || (rows === best.rows && k > best.columns))) best = { header: s, columns: k, rows };
      }
    }
    if (best) {
      tables.push(best);
      a = best.header + best.columns * (best.rows + 1);
    } else a = b;
  }
  return tables;
}

/** Rows under the header [s, s + k): two or more, or one that fits in two cells; else 0. */
function rowsUnder(s: number, k: number, n: number, fit: CellFitter): number {
  let rows = 0;
  let firstRowFits = 0;
  for (let first = s + k; first + k <= n; first += k) {
    let fits = 0;
    let misfit = false;
    for (let c = 0; c < k && !misfit; c++) {
      const f = fit(c, s, k, first + c);
      if (f < 0) misfit = true;
      else fits += f;
    }
    if (misfit || fits === 0) break;
    if (rows === 0) firstRowFits = fits;
    rows++;
  }
  return rows >= 2 || firstRowFits >= 2 ? rows : 0;
}

/** Bytes no column label holds: digits, and the punctuation of a sentence or of a label and its value (, : ; ! ? @). */
const NOT_IN_LABEL = new Uint8Array(256);
for (const c of '0123456789,:;!?@') NOT_IN_LABEL[c.charCodeAt(0)] = 1;
/** The same in full width, and 。 、: the third byte after EF BC (，：；！？) or E3 80 (。、). */
const FULL_WIDTH_PUNCTUATION = new Set([0xef_bc_8c, 0xef_bc_9a, 0xef_bc_9b, 0xef_bc_81, 0xef_bc_9f, 0xe3_80_82, 0xe3_80_81]);

/** seg[from, to) (a trimmed line) reads as a column's label: 1 to 30 bytes, no digit, no sentence. */
export function isLabelLine(seg: Uint8Array, from: number, to: number): boolean {
  if (to <= from || to - from > 30) return false;
  for (let p = from; p < to; p++) {
    const b = seg[p]!;
    if (NOT_IN_LABEL[b]) return false;
    if ((b === 0xef || b === 0xe3) && p + 2 < to && FULL_WIDTH_PUNCTUATION.has((b << 16) | (seg[p + 1]! << 8) | seg[p + 2]!)) return false;
  }
  return true;
}
