// Lists as data sellers and old systems write them, fields parted by runs of
// hyphens or by `#` (`张伟----13800138000----北京朝阳`, `何明轩#何艳娜#158…#南昌一中`,
// cn-formats' leak formats): each separator becomes a tab (and spaces) in
// place, so the line is read as the tab-delimited row it is, its cells
// trimmed, and offsets do not move. A line qualifies with two separators or
// more of one kind, each between two characters that are no space, hyphen or
// part of a drawn table or an arrow (`|---|`, `+----+`, `-->`, `-- comment`,
// `#彩票 #实时`, `&#20013;`). A separator is three hyphens or more, or one `#`
// (`##` holds an empty field); a run of eight hyphens or more is a tab per four.

const RUN = Buffer.from('---');
/** Bytes a separator is not one beside. */
const NOT_A_FIELD = new Set([0x09, 0x0a, 0x0d, 0x20, 0x23, 0x26, 0x2b, 0x2d, 0x3a, 0x3c, 0x3d, 0x3e, 0x7b, 0x7c]);
const HASH = 0x23;
const HYPHEN = 0x2d;

/** seg with the separators of its parted lines made tabs (a copy), or seg itself when it has none. */
export function partedFieldsAsTabs(seg: Buffer): Buffer {
  let out: Buffer | null = null;
  for (const sep of [HYPHEN, HASH]) {
    const first = sep === HYPHEN ? RUN : HASH;
    const min = sep === HYPHEN ? 3 : 1;
    const runs: number[] = [];
    for (let at = seg.indexOf(first); at >= 0; ) {
      const ls = seg.lastIndexOf(0x0a, at) + 1;
      let le = seg.indexOf(0x0a, at);
      if (le < 0) le = seg.length;
      runs.length = 0;
      for (let p = at; p < le; p++) {
        if (seg[p] !== sep) continue;
        let q = p + 1;
        while (q < le && seg[q] === sep) q++;
        if (q - p >= min && p > ls && q < le && !NOT_A_FIELD.has(seg[p - 1]!) && !NOT_A_FIELD.has(seg[q]!)) runs.push(p, q);
        p = q;
      }
      if (runs.length >= 4) {
        out ??= Buffer.from(seg);
        for (let k = 0; k < runs.length; k += 2) {
          const from = runs[k]!;
          const length = runs[k + 1]! - from;
          const tabs = sep === HASH ? length : length >= 8 ? length >> 2 : 1;
          out.fill(0x09, from, from + tabs);
          out.fill(0x20, from + tabs, from + length);
        }
      }
      at = le < seg.length ? seg.indexOf(first, le) : -1;
    }
  }
  return out ?? seg;
}
