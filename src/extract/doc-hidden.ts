// Which characters of a .doc the eye does not see: Word's Hidden font
// attribute (sprmCFVanish), white (sprmCIco 8, or sprmCCv FFFFFF), or 1 pt
// and less (sprmCHps ≤ 2 half-points). A decoy digit so hidden inside every
// number leaves the page showing the true numbers and the document's text
// holding none; the text is then read a second time without those
// characters (`#visible`). White text on a dark cell is left out of that
// second reading too; the first has it.
// Found as the row marks are (doc-rows.ts): the bin table PlcBteChpx in
// the table stream → 512-byte FKP pages in the WordDocument stream → each
// run of file offsets and its CHPX sprms. Hidden through a character style
// rather than the run's own properties is not seen (LibreOffice and Word
// write the run's own).
import { FKP, MAX_PAGES, operandSize, pairOffset, type ByteRanges } from './doc-rows.js';
import { isTinyPoints } from './unseen.js';

/** FibRgFcLcb97 pair 12: fcPlcfBteChpx / lcbPlcfBteChpx. */
const CHPX_BIN_TABLE = 12;
const SPRM_VANISH = 0x083c;
/** sprmCFVanish's operand: 1 on, 0x81 the opposite of the style's (which is not hidden). */
const HIDDEN = new Set([0x01, 0x81]);
/** Colour as an index (8: white), as a COLORREF (red, green, blue, fAuto); size in half-points. */
const SPRM_ICO = 0x2a42;
const ICO_WHITE = 8;
const SPRM_CV = 0x6870;
const SPRM_HPS = 0x4a43;

/** The hidden runs of a Word 97+ document as byte ranges of its WordDocument stream; empty when none or unreadable. */
export function readHiddenRanges(word: Buffer, table: Buffer): ByteRanges {
  const at = pairOffset(word, CHPX_BIN_TABLE);
  if (at < 0) return [];
  const fc = word.readUInt32LE(at);
  const lcb = word.readUInt32LE(at + 4);
  if (lcb < 8 || fc + lcb > table.length) return [];
  const plc = table.subarray(fc, fc + lcb);
  const n = Math.floor((plc.length - 4) / 8);
  if (n <= 0 || n > MAX_PAGES) return [];
  const hidden: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const page = plc.readUInt32LE((n + 1) * 4 + i * 4) & 0x3fffff;
    const start = page * FKP;
    if (start + FKP > word.length) return [];
    const fkp = word.subarray(start, start + FKP);
    const runs = fkp[FKP - 1]!;
    if ((runs + 1) * 4 + runs > FKP - 1) return [];
    for (let r = 0; r < runs; r++) {
      const chpx = fkp[(runs + 1) * 4 + r]! * 2;
      if (chpx !== 0 && isHidden(fkp, chpx)) hidden.push([fkp.readUInt32LE(r * 4), fkp.readUInt32LE((r + 1) * 4)]);
    }
  }
  return hidden.sort((a, b) => a[0] - b[0]);
}

/** Whether the CHPX at `at` in an FKP page hides its run: hidden, white or 1 pt and less. */
function isHidden(fkp: Buffer, at: number): boolean {
  if (at >= FKP - 1) return false;
  const end = Math.min(at + 1 + fkp[at]!, FKP - 1);
  let p = at + 1;
  while (p + 2 <= end) {
    const sprm = fkp.readUInt16LE(p);
    p += 2;
    const operand = operandSize(sprm, fkp, p);
    if (operand < 0 || p + operand > end) return false;
    if (sprm === SPRM_VANISH && HIDDEN.has(fkp[p]!)) return true;
    if (sprm === SPRM_ICO && fkp[p] === ICO_WHITE) return true;
    if (sprm === SPRM_CV && fkp.readUIntLE(p, 3) === 0xffffff && fkp[p + 3] === 0) return true;
    if (sprm === SPRM_HPS && isTinyPoints(fkp.readUInt16LE(p) / 2)) return true;
    p += operand;
  }
  return false;
}
