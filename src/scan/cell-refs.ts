// A sheet dumped a cell at a time with its reference (`A2=高子涵 | B2=女 |
// C2=…`, as scripts print openpyxl's cells): each reference is made spaces
// in place, so the line is read as the `|`- or tab-delimited row it is, its
// cells trimmed, and offsets do not move. A line qualifies when it opens
// with a reference and every cell of it, two at least, does, all of one row
// (A1 B1 C1: a header; A2 B2 C2: a record).

const EQUALS = 0x3d;

/** seg with the cell references of its dumped rows made spaces (a copy), or seg itself when it has none. */
export function cellRefsAsSpaces(seg: Buffer): Buffer {
  let out: Buffer | null = null;
  const refs: number[] = [];
  for (let at = seg.indexOf(EQUALS); at >= 0; ) {
    const ls = seg.lastIndexOf(0x0a, at) + 1;
    let le = seg.indexOf(0x0a, at);
    if (le < 0) le = seg.length;
    refs.length = 0;
    if (dumpedRow(seg, ls, le, refs)) {
      out ??= Buffer.from(seg);
      for (let k = 0; k < refs.length; k += 2) out.fill(0x20, refs[k]!, refs[k + 1]!);
    }
    at = le < seg.length ? seg.indexOf(EQUALS, le) : -1;
  }
  return out ?? seg;
}

/** Whether seg[ls, le) is a row of cells each opening with a reference of one row; `refs` gets each reference's [start, end after '='). */
function dumpedRow(seg: Buffer, ls: number, le: number, refs: number[]): boolean {
  // The first reference's row number, as seg[rowAt, rowAt + rowLength).
  let rowAt = -1;
  let rowLength = 0;
  let p = ls;
  while (p < le) {
    while (p < le && seg[p] === 0x20) p++;
    const start = p;
    let letters = 0;
    while (p < le && seg[p]! >= 0x41 && seg[p]! <= 0x5a && letters < 4) {
      p++;
      letters++;
    }
    const digits = p;
    while (p < le && seg[p]! >= 0x30 && seg[p]! <= 0x39) p++;
    if (letters === 0 || letters > 3 || p === digits || p - digits > 7 || seg[digits] === 0x30 || seg[p] !== EQUALS) return false;
    if (rowAt < 0) (rowAt = digits), (rowLength = p - digits);
    else if (p - digits !== rowLength || seg.compare(seg, rowAt, rowAt + rowLength, digits, p) !== 0) return false;
    refs.push(start, p + 1);
    // On to the next cell: past a '|' or a tab.
    while (p < le && seg[p] !== 0x7c && seg[p] !== 0x09) p++;
    if (p < le) p++;
  }
  return refs.length >= 4;
}
