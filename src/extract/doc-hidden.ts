// Which characters of a .doc the eye does not see: Word's Hidden font
// attribute (sprmCFVanish), white or too pale to read (sprmCIco 8 or 7,
// sprmCCv: unseen.ts decides), or 1 pt
// and less (sprmCHps ≤ 2 half-points). A decoy digit so hidden inside every
// number leaves the page showing the true numbers and the document's text
// holding none; the text is then read a second time without those
// characters (`#visible`). White text on a dark cell is left out of that
// second reading too; the first has it.
// Found as the row marks are (doc-rows.ts): the bin table PlcBteChpx in
// the table stream → 512-byte FKP pages in the WordDocument stream → each
// run of file offsets and its CHPX sprms. A property a run does not set
// comes from its character style (sprmCIstd), then its paragraph's style
// (doc-styles.ts): a decoy in a named style hides as one set on the run.
import { FKP, fkpPages, forEachSprm, hasPart, type ByteRanges, type DocParagraph } from './doc-rows.js';
import { readDocStyles } from './doc-styles.js';
import { type HidingProps, isTinyPoints, looksWhiteRgb, propsHide } from './unseen.js';

/** FibRgFcLcb97 pair 12: fcPlcfBteChpx / lcbPlcfBteChpx. */
const CHPX_BIN_TABLE = 12;
const SPRM_VANISH = 0x083c;
/** Colour as an index, as a COLORREF (red, green, blue, fAuto); size in half-points; the character style. */
const SPRM_ICO = 0x2a42;
/** The indexes too pale to read on a white page (unseen.ts): 7 yellow (FFFF00), 8 white. */
const ICO_PALE = new Set([7, 8]);
const SPRM_CV = 0x6870;
const SPRM_HPS = 0x4a43;
const SPRM_ISTD = 0x4a30;
/** The character style of a run that names none: Default Paragraph Font, which sets nothing. */
const NO_STYLE = -1;

/** A run of characters: its byte range and where its CHPX lies in its FKP page (0: none). */
interface CharRun {
  from: number;
  to: number;
  fkp: Buffer;
  chpx: number;
}

/** The hidden characters as byte ranges of the WordDocument stream; `damaged`: why some could not be told apart. */
export interface HiddenRanges {
  ranges: ByteRanges;
  damaged?: string;
}

/**
 * The hidden characters of a Word 97+ document. `paragraphs` (from
 * doc-rows.ts, null when unreadable) gives each character its paragraph's
 * style. Character properties or a style sheet that cannot be read are
 * said (`damaged`): a decoy hidden there would go unseen.
 */
export function readHiddenRanges(word: Buffer, table: Buffer, paragraphs: readonly DocParagraph[] | null = null): HiddenRanges {
  const runs = readCharRuns(word, table);
  if (!runs) return { ranges: [], damaged: 'the character properties could not be read: text hidden by its formatting is not told apart' };
  if (runs.length === 0) return { ranges: [] };
  const { styles, damaged } = readDocStyles(word, table, applySprms);
  const paraStyle = (istd: number): HidingProps => styles.get(istd) ?? {};
  const hidden: [number, number][] = [];
  const len = paragraphs?.length ?? 0;
  let k = 0;
  for (const run of runs) {
    const own = run.chpx === 0 ? undefined : chpxBounds(run.fkp, run.chpx);
    const charStyle = styles.get(own ? styleOf(run.fkp, own[0], own[1]) : NO_STYLE) ?? {};
    // The run cut where its paragraph changes (both are sorted; a run almost always lies in one).
    while (k < len && paragraphs![k]!.to <= run.from) k++;
    for (let from = run.from, j = k; from < run.to; ) {
      const para = paragraphs?.[j];
      let to = run.to;
      let istd = 0; // text outside every paragraph: the Normal style's
      if (para && para.from > from) to = Math.min(run.to, para.from);
      else if (para) {
        to = Math.min(run.to, para.to);
        istd = para.istd;
        j++;
      }
      const inherited = { ...paraStyle(istd), ...charStyle };
      if (to > from && propsHide(own ? applySprms(run.fkp.subarray(own[0], own[1]), inherited) : inherited)) hidden.push([from, to]);
      from = Math.max(from, to);
    }
  }
  const ranges = merge(hidden.sort((a, b) => a[0] - b[0]));
  return damaged ? { ranges, damaged: 'the style sheet could not be read to its end: text hidden through a style may not be told apart' } : { ranges };
}

/** Every character run of the document with its CHPX; empty when it has none, null when its bin table cannot be read. */
function readCharRuns(word: Buffer, table: Buffer): CharRun[] | null {
  const runs: CharRun[] = [];
  const pages = fkpPages(word, table, CHPX_BIN_TABLE, 1);
  if (!pages) return hasPart(word, CHPX_BIN_TABLE) ? null : runs;
  for (const { fkp, runs: count } of pages) {
    for (let r = 0; r < count; r++) {
      const from = fkp.readUInt32LE(r * 4);
      const to = fkp.readUInt32LE((r + 1) * 4);
      if (to > from) runs.push({ from, to, fkp, chpx: fkp[(count + 1) * 4 + r]! * 2 });
    }
  }
  return runs.sort((a, b) => a.from - b.from);
}

/** The sprms of the CHPX at `at` in an FKP page, as [start, end); undefined when it lies outside the page. */
function chpxBounds(fkp: Buffer, at: number): [number, number] | undefined {
  if (at >= FKP - 1) return undefined;
  return [at + 1, Math.min(at + 1 + fkp[at]!, FKP - 1)];
}

/** The character style a run's sprms name, or NO_STYLE. */
function styleOf(fkp: Buffer, start: number, end: number): number {
  let istd = NO_STYLE;
  forEachSprm(fkp, start, end, (sprm, at) => {
    if (sprm === SPRM_ISTD) istd = fkp.readUInt16LE(at);
  });
  return istd;
}

/**
 * `inherited` with what character sprms set over it. Hidden's operand 0x80
 * keeps the inherited value and 0x81 turns it round (Word writes that for
 * a run whose style hides and the run does not, and the other way round).
 */
export function applySprms(sprms: Buffer, inherited: HidingProps): HidingProps {
  const props = { ...inherited };
  forEachSprm(sprms, 0, sprms.length, (sprm, at) => {
    if (sprm === SPRM_VANISH) {
      const v = sprms[at]!;
      if (v === 0x81) props.vanish = !inherited.vanish;
      else if (v !== 0x80) props.vanish = v === 1;
    } else if (sprm === SPRM_ICO) props.white = ICO_PALE.has(sprms[at]!);
    else if (sprm === SPRM_CV) props.white = sprms[at + 3] === 0 && looksWhiteRgb(sprms[at]!, sprms[at + 1]!, sprms[at + 2]!);
    else if (sprm === SPRM_HPS) props.tiny = isTinyPoints(sprms.readUInt16LE(at) / 2);
  });
  return props;
}


/** Sorted ranges with touching and overlapping ones joined. */
function merge(ranges: [number, number][]): ByteRanges {
  const out: [number, number][] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
