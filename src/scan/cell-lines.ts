// A table copied one cell to a line, header and all (a web page's or a PDF's
// table pasted as text, a register OCR'd a cell at a time): its labels one to
// a line (客户编号⏎客户名称⏎手机⏎负责人⏎最后跟进时间), then each row's cells
// in the same order, one to a line. With k labels, row r's cell c is line
// first + r·k + c. Found from two things detect.ts says about lines: which
// are labels, and how a line fits the column it would fall in.

/** A line that reads as a column's label: short, no digits, no sentence in it. */
export const CELL_LABEL = 1;
/** A label that is a keyword of a person field (手机, 身份证号). */
export const CELL_FIELD_LABEL = 2;
/** A field's label that heads names (姓名, 购机者姓名). */
export const CELL_NAME_LABEL = 3;

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
/** A header whose one field is names (序号⏎乡镇⏎村⏎购机者姓名⏎…, a 公示 list): fewest labels, and fewest rows whose name fits. */
const NAMES_ONLY_COLUMNS = 4;
const NAMES_ONLY_ROWS = 3;
/** Longest run of label lines looked at (a word list one to a line is no header). */
const MAX_RUN = 24;

/**
 * Tables in a segment's lines. `labels[li]` is 0, CELL_LABEL, CELL_FIELD_LABEL or
 * CELL_NAME_LABEL; `fit(column, headerLine, columns, line)` says how line fits the
 * column headed by line headerLine + column. A header is MIN_COLUMNS or more label
 * lines in a row, two of them field labels at least; its rows run while each holds
 * a cell that fits and none that cannot. Of the ways to cut a run of labels into
 * title, header and first cells, the one that reads the most rows is taken; two
 * rows at least, or one that fits in two cells (a form's labels, then its values).
 * A header whose one field label is a name column's (a 公示 of names only) takes
 * NAMES_ONLY_COLUMNS labels and NAMES_ONLY_ROWS rows whose name fits; between
 * them, rows whose name cell does not (a co-operative bought the machine) are
 * passed over, two in a row at most; and none of its other labels a name (a
 * column of names under 联系人 is no header).
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
      let nameLabels = 0;
      for (let t = s + 1; t <= b; t++) {
        if (labels[t - 1]! >= CELL_FIELD_LABEL) fieldLabels++;
        if (labels[t - 1] === CELL_NAME_LABEL) nameLabels++;
        const k = t - s;
        const namesOnly = fieldLabels === 1 && nameLabels === 1 && k >= NAMES_ONLY_COLUMNS && !labelsFitNames(labels, s, k, fit);
        if (k < MIN_COLUMNS || (fieldLabels < 2 && !namesOnly)) continue;
        const rows = namesOnly ? nameRowsUnder(s, k, n, fit) : rowsUnder(s, k, n, fit);
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
    const fits = rowFits(s, k, first, fit);
    if (fits <= 0) break;
    if (rows === 0) firstRowFits = fits;
    rows++;
  }
  return rows >= 2 || firstRowFits >= 2 ? rows : 0;
}

/** How many cells of the row from line `first` fit their columns; -1 when one cannot be there. */
function rowFits(s: number, k: number, first: number, fit: CellFitter): number {
  let fits = 0;
  for (let c = 0; c < k; c++) {
    const f = fit(c, s, k, first + c);
    if (f < 0) return -1;
    fits += f;
  }
  return fits;
}

/** A label of the header [s, s + k) would fit its name column: a column of names under 联系人, not a header. */
function labelsFitNames(labels: ArrayLike<number>, s: number, k: number, fit: CellFitter): boolean {
  let column = 0;
  while (labels[s + column] !== CELL_NAME_LABEL) column++;
  for (let c = 0; c < k; c++) if (c !== column && fit(column, s, k, s + c) > 0) return true;
  return false;
}

/** Rows under a header of names only [s, s + k): NAMES_ONLY_ROWS or more whose name fits, at most two in a row between them that do not; else 0. */
function nameRowsUnder(s: number, k: number, n: number, fit: CellFitter): number {
  let rows = 0;
  let named = 0;
  for (let first = s + k, row = 0; first + k <= n; first += k, row++) {
    const fits = rowFits(s, k, first, fit);
    if (fits < 0 || (fits === 0 && row === rows + 2)) break;
    if (fits === 0) continue;
    rows = row + 1;
    named++;
  }
  return named >= NAMES_ONLY_ROWS && (rows - named) * 2 <= named ? rows : 0;
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
