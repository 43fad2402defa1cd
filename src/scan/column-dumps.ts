// A table dumped a column at a time: the names, one to a line, then the
// mobiles, one to a line, in the same order (columns copied out of a sheet one
// after another, a PDF table whose text comes out column by column). Row r of
// each column is one person — or, where every column is a numbered list
// (1. 蔡然, 2. …), the item of each column with the same number, in whatever
// order each lists them. Found from each line's kind alone; detect.ts says
// what a line is and builds the records. A line's kind is one of the LINE_
// values below, or, for a line that holds nothing else but one person field,
// its detector's index + 1 (≥ 1).

/** A blank line (or white space only). */
export const LINE_BLANK = -1;
/** A short line with no field: a column's heading (手机号, 身份证) between two columns. */
export const LINE_LABEL = -2;
/** A line that is only a run of two to four CJK characters (the shape of a name). */
export const LINE_NAME = -3;
/** Anything else: ends a column. */
export const LINE_OTHER = 0;

/** Fewest rows that make two runs of lines a table's columns. */
export const COLUMN_MIN = 3;
/** Lines allowed between two columns: blank lines and at most one heading. */
const MAX_GAP = 3;

/** Columns of one table: the first line of each, and their common length. */
export interface ColumnGroup {
  firsts: number[];
  rows: number;
}

interface Run {
  kind: number;
  first: number;
  count: number;
}

/**
 * Groups of two or more columns, each a run of lines of one kind (names, or
 * one detector's fields), as long as each other, of different kinds, at least
 * one not names, and each next to the one before: only blank lines and at most
 * one heading between them.
 */
export function columnGroups(kinds: ArrayLike<number>): ColumnGroup[] {
  const runs: Run[] = [];
  for (let li = 0; li < kinds.length; ) {
    const kind = kinds[li]!;
    if (kind !== LINE_NAME && kind < 1) {
      li++;
      continue;
    }
    let end = li + 1;
    while (end < kinds.length && kinds[end] === kind) end++;
    if (end - li >= COLUMN_MIN) runs.push({ kind, first: li, count: end - li });
    li = end;
  }
  const groups: ColumnGroup[] = [];
  let chain: Run[] = [];
  const close = (): void => {
    if (chain.length >= 2 && chain.some((c) => c.kind !== LINE_NAME)) groups.push({ firsts: chain.map((c) => c.first), rows: chain[0]!.count });
    chain = [];
  };
  for (const run of runs) {
    const prev = chain.at(-1);
    const fits = prev !== undefined && run.count === prev.count && !chain.some((c) => c.kind === run.kind) && nextTo(kinds, prev, run);
    if (!fits) close(); // and the run begins the next chain
    chain.push(run);
  }
  close();
  return groups;
}

/** Only blank lines and at most one heading stand between the end of `a` and the start of `b`. */
function nextTo(kinds: ArrayLike<number>, a: Run, b: Run): boolean {
  const from = a.first + a.count;
  if (b.first - from > MAX_GAP) return false;
  let labels = 0;
  for (let li = from; li < b.first; li++) {
    if (kinds[li] === LINE_LABEL) labels++;
    else if (kinds[li] !== LINE_BLANK) return false;
  }
  return labels <= 1;
}
