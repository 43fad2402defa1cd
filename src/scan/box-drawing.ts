// Tables drawn with box-drawing characters (┌─┬─┐ │ ├─┼─┤, a register printed
// by a hotel system, a form pasted from a terminal or a Word table copied as
// text) are read as the pipe tables they are: each character, three bytes in
// UTF-8, becomes three ASCII bytes in place — a vertical line ` | `, any other
// line or corner `-+-` (a rule between rows) — so offsets do not move and no
// value is touched. The full-width ｜ is a vertical line too.

const VERTICAL = new Set([0x2502, 0x2503, 0x2551, 0x2506, 0x2507, 0x250a, 0x250b, 0x254e, 0x254f, 0xff5c]);
const BOX_LEADS = [Buffer.from([0xe2, 0x94]), Buffer.from([0xe2, 0x95]), Buffer.from('｜')];

/** seg with its box-drawing characters made ASCII (a copy), or seg itself when it has none. */
export function unboxed(seg: Buffer): Buffer {
  if (BOX_LEADS.every((lead) => seg.indexOf(lead) < 0)) return seg;
  const out = Buffer.from(seg);
  for (let p = 0; p + 2 < out.length; p++) {
    const b = out[p]!;
    const box = b === 0xe2 && (out[p + 1] === 0x94 || out[p + 1] === 0x95) && out[p + 2]! >= 0x80 && out[p + 2]! <= 0xbf;
    if (!box && !(b === 0xef && out[p + 1] === 0xbd && out[p + 2] === 0x9c)) continue;
    const code = ((b & 0x0f) << 12) | ((out[p + 1]! & 0x3f) << 6) | (out[p + 2]! & 0x3f);
    out.write(VERTICAL.has(code) ? ' | ' : '-+-', p, 'latin1');
    p += 2;
  }
  return out;
}
