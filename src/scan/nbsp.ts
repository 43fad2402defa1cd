// Text a mail client or a copy from a web page leaves `&nbsp;` in (an HTML
// mail's table turned into text a cell to a line: `胡秀晓&nbsp;`). Each one is
// read as the spaces it shows: six bytes become six spaces in place, so
// offsets do not move and a cell is its value.

const NBSP = Buffer.from('&nbsp;');
const SPACES = Buffer.from('      ');

/** seg with every `&nbsp;` made spaces (a copy), or seg itself when it has none. */
export function nbspAsSpaces(seg: Buffer): Buffer {
  let at = seg.indexOf(NBSP);
  if (at < 0) return seg;
  const out = Buffer.from(seg);
  for (; at >= 0; at = out.indexOf(NBSP, at + 6)) SPACES.copy(out, at);
  return out;
}
