// The named styles of a .doc as far as hiding goes. A run that names a
// character style (sprmCIstd) or sits in a paragraph whose style hides
// carries no hiding property of its own: the style sheet (STSH, in the
// table stream at FIB pair 1) holds it. Each style (STD) has a base style
// (istdBase) and, for paragraph and character styles, a list of character
// sprms (UpxChpx) that the style sets over its base. MS-DOC 2.9.271 (STSH),
// 2.9.260 (STD), 2.9.262 (StdfBase), 2.9.150 (LPUpxChpx).
import { hasPart, tablePart } from './doc-rows.js';
import type { HidingProps } from './unseen.js';

/** FibRgFcLcb97 pair 1: fcStshf / lcbStshf. */
const STSH_PAIR = 1;
/** Style kinds (stk) whose STD carries character sprms: paragraph, character. */
const STK_PARAGRAPH = 1;
const STK_CHARACTER = 2;
/** istdBase of a style based on nothing. */
const NO_BASE = 0x0fff;
/** How far a chain of base styles is followed (a hostile file may make it a loop). */
const MAX_BASES = 32;

/** A style's own character sprms and its base, before inheritance. */
interface RawStyle {
  base: number;
  sprms: Buffer;
}

/**
 * Each style's character properties with its base styles' folded in, by
 * istd; `damaged` when the style sheet could not be read to its end (the
 * styles read before stand).
 */
export function readDocStyles(word: Buffer, table: Buffer, read: (sprms: Buffer, inherited: HidingProps) => HidingProps): { styles: Map<number, HidingProps>; damaged: boolean } {
  const { styles: raw, damaged } = readRawStyles(word, table);
  const resolved = new Map<number, HidingProps>();
  const resolve = (istd: number, depth: number): HidingProps => {
    const done = resolved.get(istd);
    if (done) return done;
    const style = raw.get(istd);
    if (!style) return {};
    const base = style.base === NO_BASE || style.base === istd || depth >= MAX_BASES ? {} : resolve(style.base, depth + 1);
    const props = read(style.sprms, base);
    resolved.set(istd, props);
    return props;
  };
  for (const istd of raw.keys()) resolve(istd, 0);
  return { styles: resolved, damaged };
}

function readRawStyles(word: Buffer, table: Buffer): { styles: Map<number, RawStyle>; damaged: boolean } {
  const styles = new Map<number, RawStyle>();
  const stsh = tablePart(word, table, STSH_PAIR, 6);
  if (!stsh) return { styles, damaged: hasPart(word, STSH_PAIR) };
  const cbStshi = stsh.readUInt16LE(0);
  if (cbStshi < 4 || 2 + cbStshi > stsh.length) return { styles, damaged: true };
  const cstd = stsh.readUInt16LE(2);
  const cbStdBase = stsh.readUInt16LE(4);
  let p = 2 + cbStshi;
  for (let istd = 0; istd < cstd; istd++) {
    if (p + 2 > stsh.length) return { styles, damaged: true };
    const cbStd = stsh.readUInt16LE(p);
    p += 2;
    if (p + cbStd > stsh.length) return { styles, damaged: true };
    if (cbStd > 0) {
      const style = readStd(stsh.subarray(p, p + cbStd), cbStdBase);
      if (style === 'damaged') return { styles, damaged: true };
      if (style) styles.set(istd, style);
    }
    p += cbStd;
  }
  return { styles, damaged: false };
}

/** One STD's base and character sprms; null for a kind without them. */
function readStd(std: Buffer, cbStdBase: number): RawStyle | null | 'damaged' {
  if (cbStdBase < 10 || std.length < cbStdBase + 2) return 'damaged';
  const stk = std.readUInt16LE(2) & 0x000f;
  const base = std.readUInt16LE(2) >> 4;
  const cupx = std.readUInt16LE(4) & 0x000f;
  if (stk !== STK_PARAGRAPH && stk !== STK_CHARACTER) return null;
  // xstzName: a count of UTF-16 characters, the characters, a terminating zero.
  let p = cbStdBase;
  p += 2 + std.readUInt16LE(p) * 2 + 2;
  // grLPUpxSw: a paragraph style's UpxPapx comes before its UpxChpx; a character style's UpxChpx is first.
  const chpxIndex = stk === STK_PARAGRAPH ? 1 : 0;
  for (let i = 0; i < cupx && p + 2 <= std.length; i++) {
    const cbUpx = std.readUInt16LE(p);
    p += 2;
    if (p + cbUpx > std.length) return 'damaged';
    if (i === chpxIndex) return { base, sprms: std.subarray(p, p + cbUpx) };
    p += cbUpx + (cbUpx & 1);
  }
  return { base, sprms: Buffer.alloc(0) };
}
