// Which marks of a .doc end a table row. In the text a cell's end and a
// row's end are the same character (0x07), and an empty cell is a mark right
// after a mark, so the text alone cannot tell an empty last cell from the
// row's end. The paragraph properties can: the row mark is a paragraph
// whose properties say "table terminating paragraph" (sprmPFTtp, or
// sprmPFInnerTtp in a nested table). They are found through the bin table
// (PlcBtePapx in the table stream) → 512-byte FKP pages in the WordDocument
// stream → each paragraph's run of file offsets and its PAPX sprms.

/** FibRgFcLcb97 pair 13: fcPlcfBtePapx / lcbPlcfBtePapx. */
const PAPX_BIN_TABLE = 13;
export const FKP = 512;
const SPRM_TTP = 0x2417;
const SPRM_INNER_TTP = 0x244c;
/** More FKP pages than a file of a few hundred megabytes holds: a hostile bin table goes no further. */
export const MAX_PAGES = 1 << 16;

/** [start, end) byte ranges of the WordDocument stream that are row-ending paragraphs, sorted. */
export type RowMarks = ReadonlyArray<readonly [number, number]>;
/** Sorted [start, end) byte ranges of the WordDocument stream. */
export type ByteRanges = RowMarks;

/** The byte offset of the FibRgFcLcb97 pair `index`, or -1. */
export function pairOffset(word: Buffer, index: number): number {
  if (word.length < 0x22) return -1;
  let off = 0x20;
  const csw = word.readUInt16LE(off);
  off += 2 + csw * 2;
  if (off + 2 > word.length) return -1;
  const cslw = word.readUInt16LE(off);
  off += 2 + cslw * 4;
  if (off + 2 > word.length) return -1;
  const pairs = word.readUInt16LE(off);
  const at = off + 2 + index * 8;
  return pairs > index && at + 8 <= word.length ? at : -1;
}

/** Whether FIB pair `index` names a part (its size is not 0), readable or not. */
export function hasPart(word: Buffer, index: number): boolean {
  const at = pairOffset(word, index);
  return at >= 0 && word.readUInt32LE(at + 4) > 0;
}

/** The part of the table stream FIB pair `index` points at; null when there is none, it is under `min` bytes or lies past the stream's end. */
export function tablePart(word: Buffer, table: Buffer, index: number, min: number): Buffer | null {
  const at = pairOffset(word, index);
  if (at < 0) return null;
  const fc = word.readUInt32LE(at);
  const lcb = word.readUInt32LE(at + 4);
  return lcb < min || fc + lcb > table.length ? null : table.subarray(fc, fc + lcb);
}

/**
 * The FKP pages of the bin table at FIB pair `pair`, each with its count of
 * runs; null when the table cannot be read, a page lies past the stream's
 * end or holds more runs than fit (`entryBytes`: what each run takes after
 * its offsets, 1 in a CHPX page, 13 in a PAPX page).
 */
export function fkpPages(word: Buffer, table: Buffer, pair: number, entryBytes: number): { fkp: Buffer; runs: number }[] | null {
  const plc = tablePart(word, table, pair, 8);
  if (!plc) return null;
  const n = Math.floor((plc.length - 4) / 8);
  if (n <= 0 || n > MAX_PAGES) return null;
  const pages: { fkp: Buffer; runs: number }[] = [];
  for (let i = 0; i < n; i++) {
    const start = (plc.readUInt32LE((n + 1) * 4 + i * 4) & 0x3fffff) * FKP;
    if (start + FKP > word.length) return null;
    const fkp = word.subarray(start, start + FKP);
    const runs = fkp[FKP - 1]!;
    if ((runs + 1) * 4 + runs * entryBytes > FKP - 1) return null;
    pages.push({ fkp, runs });
  }
  return pages;
}

/** A paragraph of the WordDocument stream: its byte range, its style, whether it ends a table row. */
export interface DocParagraph {
  from: number;
  to: number;
  istd: number;
  endsRow: boolean;
}

/**
 * The paragraphs of a Word 97+ document in stream order; null when its
 * paragraph properties cannot be read (then the text's own shape has to do).
 */
export function readParagraphs(word: Buffer, table: Buffer): DocParagraph[] | null {
  const pages = fkpPages(word, table, PAPX_BIN_TABLE, 13);
  if (!pages) return null;
  const paragraphs: DocParagraph[] = [];
  for (const { fkp, runs } of pages) {
    for (let r = 0; r < runs; r++) {
      const papx = fkp[(runs + 1) * 4 + r * 13]! * 2;
      paragraphs.push({ from: fkp.readUInt32LE(r * 4), to: fkp.readUInt32LE((r + 1) * 4), ...readPapx(fkp, papx) });
    }
  }
  return paragraphs.sort((a, b) => a.from - b.from);
}

/** The row-ending paragraphs as sorted byte ranges; null when the paragraph properties could not be read. */
export function rowMarksOf(paragraphs: readonly DocParagraph[] | null): RowMarks | null {
  return paragraphs && paragraphs.filter((p) => p.endsRow).map((p) => [p.from, p.to] as const);
}

/** The style and row end of the PAPX at `at` in an FKP page (0: none, the defaults: style 0, no row end). */
function readPapx(fkp: Buffer, at: number): { istd: number; endsRow: boolean } {
  if (at === 0 || at >= FKP - 1) return { istd: 0, endsRow: false };
  let cb = fkp[at]!;
  let p = at + 1;
  let size: number;
  if (cb !== 0) size = cb * 2 - 1;
  else {
    cb = fkp[p]!;
    p++;
    size = cb * 2;
  }
  const end = Math.min(p + size, FKP - 1);
  if (p + 2 > end) return { istd: 0, endsRow: false };
  const istd = fkp.readUInt16LE(p);
  let endsRow = false;
  forEachSprm(fkp, p + 2, end, (sprm, operand) => {
    if ((sprm === SPRM_TTP || sprm === SPRM_INNER_TTP) && fkp[operand] === 1) endsRow = true;
  });
  return { istd, endsRow };
}

/** Calls `visit` with each sprm in buf[start, end) and where its operand starts; stops at one that does not fit. */
export function forEachSprm(buf: Buffer, start: number, end: number, visit: (sprm: number, operand: number) => void): void {
  let p = start;
  while (p + 2 <= end) {
    const sprm = buf.readUInt16LE(p);
    p += 2;
    const size = operandSize(sprm, buf, p);
    if (size < 0 || p + size > end) return;
    visit(sprm, p);
    p += size;
  }
}

/** A sprm's operand size from its spra bits (MS-DOC 2.2.5.1); variable ones carry their size. */
export function operandSize(sprm: number, buf: Buffer, at: number): number {
  switch (sprm >> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default:
      // sprmTDefTable and sprmPChgTabs hold a 2-byte size; the others a 1-byte one.
      if (sprm === 0xd608) return at + 2 <= buf.length ? buf.readUInt16LE(at) + 1 : -1;
      if (sprm === 0xc615) return at < buf.length ? (buf[at] === 255 ? -1 : buf[at]! + 1) : -1;
      return at < buf.length ? buf[at]! + 1 : -1;
  }
}

/** Whether the byte at `offset` lies in one of the sorted ranges (binary search). */
export function inRanges(marks: ByteRanges, offset: number): boolean {
  let lo = 0;
  let hi = marks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to] = marks[mid]!;
    if (offset < from) hi = mid - 1;
    else if (offset >= to) lo = mid + 1;
    else return true;
  }
  return false;
}
