// Text a PDF draws where no one sees it: a white (or transparent) glyph, an
// invisible rendering mode, or 1-point type. "Save as PDF" keeps a word
// processor's white or tiny decoy digit inside every number, and the text
// layer reads `1395472205…`: twelve digits, no mobile. A page with such
// glyphs is read a second time without them (`…/page/3#visible`); the first
// reading stays, as in every other format (unseen.ts).
//
// Size is on the text runs already (pdf.js starts a new run on a font or
// scale change, so a 1-point glyph is a run of its own). Colour is not:
// pdf.js's text content has none, and a colour change does not end a run.
// It is in the page's operator list, glyph by glyph, which costs ~70 % of
// the text content's time again (measured on 455 pages of the corpora); so
// the list is asked for only when the file's content streams set a fill
// that can hide text (`mayHideText`, run on the streams pdf-integrity.ts
// inflates anyway). The operator list's glyphs are then matched to the
// runs' characters in order (both come from one walk of the same stream),
// white space left out on both sides; where they cannot be matched the page
// has no second reading.
import type { TextRun } from './pdf-layout.js';
import { opCode, pdfjsOps } from './pdfjs-path.js';
import { looksWhite, looksWhiteRgb } from './unseen.js';

/** pdf.js operator codes used here. */
export interface TextOps {
  save: number;
  restore: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  setFillRGBColor: number;
  setStrokeRGBColor: number;
  setFillTransparent: number;
  setFillColorN: number;
  setTextRenderingMode: number;
  setGState: number;
  showText: number;
}

/** The operator list as pdf.js gives it. */
export interface GlyphList {
  fnArray: readonly number[];
  argsArray: readonly unknown[];
}

/** A page's drawn characters (white space left out) in order, and which of them no one sees. */
export interface GlyphMarks {
  chars: string[];
  hidden: boolean[];
}

/** Alpha at or below this is not seen. */
const UNSEEN_ALPHA = 0.05;

interface DrawState {
  fill: string;
  stroke: string;
  mode: number;
  fillAlpha: number;
  strokeAlpha: number;
}

const NONE = 'none';

/** Whether a glyph drawn in this state leaves no mark the eye tells from a white page. */
function unseen(s: DrawState): boolean {
  if (s.mode === 3 || s.mode === 7) return true; // invisible (OCR layers), clip only
  const filled = s.mode !== 1 && s.mode !== 5;
  const stroked = s.mode === 1 || s.mode === 2 || s.mode === 5 || s.mode === 6;
  const fillSeen = filled && !looksWhite(s.fill) && s.fill !== NONE && s.fillAlpha > UNSEEN_ALPHA;
  const strokeSeen = stroked && !looksWhite(s.stroke) && s.strokeAlpha > UNSEEN_ALPHA;
  return !fillSeen && !strokeSeen;
}

const isSpace = (c: string): boolean => /\s/.test(c);

/** The glyphs of an operator list, each marked with whether something hides it. */
export function markUnseenGlyphs(list: GlyphList, ops: TextOps): GlyphMarks {
  const marks: GlyphMarks = { chars: [], hidden: [] };
  let state: DrawState = { fill: '#000000', stroke: '#000000', mode: 0, fillAlpha: 1, strokeAlpha: 1 };
  const stack: DrawState[] = [];
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null | undefined;
    if (fn === ops.save || fn === ops.paintFormXObjectBegin) stack.push({ ...state });
    else if (fn === ops.restore || fn === ops.paintFormXObjectEnd) state = stack.pop() ?? state;
    else if (fn === ops.setFillRGBColor) state.fill = String(args?.[0]).toLowerCase();
    else if (fn === ops.setStrokeRGBColor) state.stroke = String(args?.[0]).toLowerCase();
    else if (fn === ops.setFillTransparent) state.fill = NONE;
    else if (fn === ops.setFillColorN) state.fill = 'pattern';
    else if (fn === ops.setTextRenderingMode) state.mode = Number(args?.[0]) || 0;
    else if (fn === ops.setGState) {
      for (const entry of (args?.[0] as unknown[] | undefined) ?? []) {
        if (!Array.isArray(entry)) continue;
        if (entry[0] === 'ca' && typeof entry[1] === 'number') state.fillAlpha = entry[1];
        if (entry[0] === 'CA' && typeof entry[1] === 'number') state.strokeAlpha = entry[1];
      }
    } else if (fn === ops.showText) {
      const hidden = unseen(state);
      for (const g of (args?.[0] as unknown[] | undefined) ?? []) {
        const unicode = (g as { unicode?: unknown } | null)?.unicode;
        if (typeof unicode !== 'string') continue; // a spacing adjustment
        for (const c of unicode.normalize('NFKC')) {
          if (isSpace(c)) continue;
          marks.chars.push(c);
          marks.hidden.push(hidden);
        }
      }
    }
  }
  return marks;
}

/** Glyph characters a run's character may be looked for ahead of where the match stands (pdf.js drops a few). */
const RESYNC = 16;

/**
 * The runs as they look: hidden characters taken out of each run's text, a
 * run left with no text dropped and its advance given to the run before it
 * on the same line (so that the digits around a hidden one stay one word).
 * `tiny` decides on a run's size alone; `marks` on glyphs. Null when the
 * runs' characters cannot be matched to the glyphs.
 */
export function seenRuns<R extends TextRun>(runs: readonly R[], marks: GlyphMarks | null, tiny: (size: number) => boolean): R[] | null {
  const out: R[] = [];
  let g = 0;
  for (const run of runs) {
    let str = '';
    const hideAll = tiny(run.size);
    for (const c of run.str) {
      if (isSpace(c)) {
        str += c;
        continue;
      }
      let hidden = hideAll;
      if (marks) {
        for (const k of c.normalize('NFKC')) {
          if (isSpace(k)) continue;
          let at = g;
          while (at < marks.chars.length && at - g <= RESYNC && marks.chars[at] !== k) at++;
          if (at >= marks.chars.length || marks.chars[at] !== k) return null;
          hidden ||= marks.hidden[at]!;
          g = at + 1;
        }
      }
      if (!hidden) str += c;
    }
    if (/\S/.test(str)) {
      out.push(str === run.str ? run : { ...run, str });
      continue;
    }
    if (!/\S/.test(run.str)) {
      out.push(run); // pdf.js's own spaces stay as they were
      continue;
    }
    const prev = out.at(-1);
    if (prev && !prev.rotated && !run.rotated && Math.abs(prev.y - run.y) <= 0.35 * Math.max(prev.size, 1) && run.x >= prev.x) {
      out[out.length - 1] = { ...prev, width: Math.max(prev.width, run.x + run.width - prev.x) };
    }
  }
  return out;
}

/** A fill colour operator's operands: numbers before g, rg, k, sc or scn. */
// A number starts after a delimiter only, so a long run of digits is tried once, not from each of its digits.
const FILL_OP = /(?<![\w.+-])((?:[-+]?(?:\d+(?:\.\d*)?|\.\d+)[\0\t\n\f\r ]+){1,4})(g|rg|k|scn?)(?![A-Za-z0-9])/g;
const RENDER_MODE = /(?:^|[\0\t\n\f\r ])[37][\0\t\n\f\r ]+Tr(?![A-Za-z0-9])/;
const ZERO_ALPHA = /\/ca[\0\t\n\f\r ]*(?:0*\.0\d*|0+(?:\.0*)?)(?![\d.])/;

/**
 * Whether a decoded stream (content or object stream) may draw text no one
 * sees: a fill white or too pale to read (gray, RGB or CMYK operands, as
 * unseen.ts decides), a one-operand `sc`/`scn` near 0 or 1 (a Separation
 * tint of 0 is no ink), rendering mode 3 or 7, or a fill alpha of 0. A
 * prefilter: it only decides whether the operator list is asked for.
 */
export function mayHideText(decoded: Buffer): boolean {
  const text = decoded.toString('latin1');
  if (RENDER_MODE.test(text) || ZERO_ALPHA.test(text)) return true;
  FILL_OP.lastIndex = 0;
  for (let m = FILL_OP.exec(text); m; m = FILL_OP.exec(text)) {
    const values = m[1]!.trim().split(/[\0\t\n\f\r ]+/).map(Number);
    const op = m[2]!;
    if (paleFill(op.startsWith('sc') ? ['', 'tint', 'sc', 'rg', 'k'][values.length] ?? 'sc' : op, values)) return true;
  }
  return false;
}

/** Whether fill operands (0–1) give a colour no one reads on a white page; `tint`: one operand of a Separation or Gray space. */
function paleFill(op: string, values: readonly number[]): boolean {
  const v = (i: number): number => values[values.length - i] ?? Number.NaN;
  const rgb = (r: number, g: number, b: number): boolean => looksWhiteRgb(r * 255, g * 255, b * 255);
  if (op === 'g') return rgb(v(1), v(1), v(1));
  if (op === 'tint') return rgb(v(1), v(1), v(1)) || rgb(1 - v(1), 1 - v(1), 1 - v(1));
  if (op === 'rg') return values.length >= 3 && rgb(v(3), v(2), v(1));
  if (op === 'k') return values.length >= 4 && rgb((1 - v(4)) * (1 - v(1)), (1 - v(3)) * (1 - v(1)), (1 - v(2)) * (1 - v(1)));
  // Another number of colourants (DeviceN): all of them full, or no ink at all.
  return values.every((x) => x >= 0.93) || values.every((x) => x <= 0.07);
}

const TEXT_OP_NAMES: readonly (keyof TextOps)[] = [
  'save', 'restore', 'paintFormXObjectBegin', 'paintFormXObjectEnd', 'setFillRGBColor', 'setStrokeRGBColor',
  'setFillTransparent', 'setFillColorN', 'setTextRenderingMode', 'setGState', 'showText',
];
let textOps: Promise<TextOps> | undefined;

/** The operator codes markUnseenGlyphs needs, from the pdf.js pdf-parse loads. */
export function loadTextOps(): Promise<TextOps> {
  textOps ??= pdfjsOps().then((all) => Object.fromEntries(TEXT_OP_NAMES.map((name) => [name, opCode(all, name)])) as unknown as TextOps);
  return textOps;
}
