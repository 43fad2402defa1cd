// Characters that render as nothing: zero-width spaces and joiners, the soft
// hyphen, bidi marks and embeddings, word joiners, variation selectors, a BOM
// inside the text, and the plane-14 tag characters. An insider who puts one
// between every digit of an export ships the same list to the eye and a
// different one to a byte scanner (`139\u200b1000\u200b0000`). Detection
// therefore reads text with them removed. The keyword automaton flags them
// (`INVISIBLE_MARKERS`), so a segment without any costs nothing extra; a
// segment with some is stripped once and read again.

/** Code points removed before detection (inclusive ranges, BMP). */
const INVISIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad], // soft hyphen
  [0x034f, 0x034f], // combining grapheme joiner
  [0x061c, 0x061c], // Arabic letter mark
  [0x180e, 0x180e], // Mongolian vowel separator
  [0x200b, 0x200f], // zero-width space, non-joiner, joiner, LRM, RLM
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2060, 0x2064], // word joiner, invisible operators
  [0x2066, 0x206f], // bidi isolates, deprecated format characters
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // zero-width no-break space (a BOM inside text)
];

/**
 * Byte sequences the keyword automaton reports as "invisible here": every
 * BMP code point above, and F3 A0, the lead of plane 14 (tag characters
 * U+E0000–E007F, variation selectors U+E0100–E01EF; nothing else is
 * assigned there).
 */
export const INVISIBLE_MARKERS: readonly Uint8Array[] = [
  ...INVISIBLE_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, k) => Buffer.from(String.fromCodePoint(from + k), 'utf8'))),
  Uint8Array.of(0xf3, 0xa0),
];

const isCont = (b: number | undefined): boolean => b !== undefined && (b & 0xc0) === 0x80;

/** Byte width of an invisible character at i, else 0. */
export function invisibleWidthAt(buf: Uint8Array, i: number): number {
  const b = buf[i]!;
  if (b < 0xc2) return 0;
  if (b === 0xf3) return buf[i + 1] === 0xa0 && buf[i + 2]! >= 0x80 && buf[i + 2]! <= 0x87 && isCont(buf[i + 3]) ? 4 : 0;
  if (b >= 0xe0 && b < 0xf0) {
    if (!isCont(buf[i + 1]) || !isCont(buf[i + 2])) return 0;
    return inRanges(((b & 0x0f) << 12) | ((buf[i + 1]! & 0x3f) << 6) | (buf[i + 2]! & 0x3f)) ? 3 : 0;
  }
  if (b < 0xe0) return isCont(buf[i + 1]) && inRanges(((b & 0x1f) << 6) | (buf[i + 1]! & 0x3f)) ? 2 : 0;
  return 0;
}

function inRanges(cp: number): boolean {
  for (const [from, to] of INVISIBLE_RANGES) if (cp >= from && cp <= to) return true;
  return false;
}

/** `seg` without its invisible characters; `seg` itself when it has none. */
export function stripInvisible(seg: Buffer): Buffer {
  let out: Buffer | null = null;
  let n = 0;
  let copied = 0; // seg[copied, i) is still to be copied
  for (let i = 0; i < seg.length; ) {
    const w = seg[i]! >= 0xc2 ? invisibleWidthAt(seg, i) : 0;
    if (w === 0) {
      i++;
      continue;
    }
    out ??= Buffer.allocUnsafe(seg.length);
    n += seg.copy(out, n, copied, i);
    i += w;
    copied = i;
  }
  if (!out) return seg;
  n += seg.copy(out, n, copied, seg.length);
  return out.subarray(0, n);
}
