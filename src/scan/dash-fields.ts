// Lists as data sellers and old systems write them, fields parted by runs of
// hyphens (`张伟----13800138000----北京朝阳`, cn-formats' leak formats): each
// run becomes a tab and spaces in place, so the line is read as the
// tab-delimited row it is, its cells trimmed, and offsets do not move. A line
// qualifies with two runs or more of three hyphens or more, each between two
// characters that are no space, hyphen or part of a drawn table or an arrow
// (`|---|`, `+----+`, `-->`, `-- comment`). An empty field (`--------` where
// `----` parts the others) keeps its cell: a run of eight or more is a tab per four.

const RUN = Buffer.from('---');
/** Bytes a hyphen run is not a field separator beside. */
const NOT_A_FIELD = new Set([0x09, 0x0a, 0x0d, 0x20, 0x2b, 0x2d, 0x3a, 0x3c, 0x3d, 0x3e, 0x7c]);

/** seg with its hyphen-parted lines' runs made tabs (a copy), or seg itself when it has none. */
export function dashFieldsAsTabs(seg: Buffer): Buffer {
  let out: Buffer | null = null;
  const runs: number[] = [];
  for (let at = seg.indexOf(RUN); at >= 0; ) {
    const ls = seg.lastIndexOf(0x0a, at) + 1;
    let le = seg.indexOf(0x0a, at);
    if (le < 0) le = seg.length;
    runs.length = 0;
    for (let p = at; p < le; p++) {
      if (seg[p] !== 0x2d) continue;
      let q = p + 1;
      while (q < le && seg[q] === 0x2d) q++;
      if (q - p >= 3 && p > ls && q < le && !NOT_A_FIELD.has(seg[p - 1]!) && !NOT_A_FIELD.has(seg[q]!)) runs.push(p, q);
      p = q;
    }
    if (runs.length >= 4) {
      out ??= Buffer.from(seg);
      for (let k = 0; k < runs.length; k += 2) {
        const from = runs[k]!;
        const length = runs[k + 1]! - from;
        const tabs = length >= 8 ? length >> 2 : 1;
        out.fill(0x09, from, from + tabs);
        out.fill(0x20, from + tabs, from + length);
      }
    }
    at = le < seg.length ? seg.indexOf(RUN, le) : -1;
  }
  return out ?? seg;
}
