// Legacy Word documents (.doc, Word 97–2003: what WPS and older Office still
// save). The text is in the WordDocument stream of the OLE file, in pieces
// the piece table says where to find: the CLX in the 0Table or 1Table
// stream (the FIB's fWhichTblStm picks), each piece 16-bit UTF-16 or
// "compressed" 8-bit CP1252, in document order — the main text, then
// footnotes, headers, comments, endnotes and text boxes. Everything is
// read. Field instructions (between the field's begin and separator marks)
// are left out and their results kept; a paragraph mark is a line end; in
// tables a cell mark is a tab and the row mark that follows a row's last
// cell ends the line, so a table comes out as tab-separated rows, which the
// detector reads as a table (a pasted block). Which marks end rows comes
// from the paragraph properties (doc-rows.ts). Hidden characters are read
// with the rest; a document that has some is also given as the page shows
// it, without them, its marks kept (doc-hidden.ts). Word 6/95 files stay
// `unsupported-format`.
import iconv from 'iconv-lite';
import { readHiddenRanges } from './doc-hidden.js';
import { inRanges, readParagraphs, rowMarksOf } from './doc-rows.js';

/** nFib of Word 97 and later; Word 6/95 files are older and laid out differently. */
const WORD97 = 0x00c1;
/** The FibRgFcLcb pair holding the CLX (fcClx, lcbClx). */
const CLX_PAIR = 33;

export type DocText = { kind: 'text'; text: string } | { kind: 'not-word97' };

/** The FIB's fields this reader needs. */
export interface Fib {
  /** The table stream: '1Table' or '0Table'. */
  table: '0Table' | '1Table';
  fcClx: number;
  lcbClx: number;
}

export function readFib(word: Buffer): Fib | null {
  if (word.length < 0x22 || word.readUInt16LE(0) !== 0xa5ec || word.readUInt16LE(2) < WORD97) return null;
  const flags = word.readUInt16LE(0x0a);
  let off = 0x20;
  const csw = word.readUInt16LE(off);
  off += 2 + csw * 2;
  if (off + 2 > word.length) return null;
  const cslw = word.readUInt16LE(off);
  off += 2 + cslw * 4;
  if (off + 2 > word.length) return null;
  const pairs = word.readUInt16LE(off);
  const at = off + 2 + CLX_PAIR * 8;
  if (pairs <= CLX_PAIR || at + 8 > word.length) return null;
  return { table: flags & 0x0200 ? '1Table' : '0Table', fcClx: word.readUInt32LE(at), lcbClx: word.readUInt32LE(at + 4) };
}

/**
 * The document's text, from the WordDocument stream and its table stream;
 * `visible`: the text without its hidden characters, when it has some;
 * `damaged`: why hidden characters may not all have been told apart.
 */
export function readDocText(word: Buffer, fib: Fib, table: Buffer): { text: string; visible?: string; damaged?: string } {
  if (fib.fcClx + fib.lcbClx > table.length) throw new Error('the piece table lies past the end of its stream');
  const clx = table.subarray(fib.fcClx, fib.fcClx + fib.lcbClx);
  // Prc entries (formatting) first, then the Pcdt: 0x02, its size, the PlcPcd.
  let p = 0;
  while (p < clx.length && clx[p] === 0x01) {
    const cb = clx.readInt16LE(p + 1);
    if (cb < 0) throw new Error('a formatting entry of negative size: damaged');
    p += 3 + cb;
  }
  if (clx[p] !== 0x02 || p + 5 > clx.length) throw new Error('no piece table');
  const lcb = clx.readUInt32LE(p + 1);
  const plc = clx.subarray(p + 5, p + 5 + lcb);
  const n = Math.floor((plc.length - 4) / 12);
  if (n <= 0) return { text: '' };
  const pieces: string[] = [];
  const paragraphs = readParagraphs(word, table);
  const marks = rowMarksOf(paragraphs);
  const { ranges: hidden, damaged } = readHiddenRanges(word, table, paragraphs);
  const rowEnds = new Set<number>();
  /** The characters shown, and where the row marks among them are. */
  const shown: string[] = [];
  const shownRowEnds = new Set<number>();
  let shownLength = 0;
  let length = 0;
  for (let i = 0; i < n; i++) {
    const cpStart = plc.readUInt32LE(i * 4);
    const cpEnd = plc.readUInt32LE(i * 4 + 4);
    const fcRaw = plc.readUInt32LE((n + 1) * 4 + i * 8 + 2);
    // Pieces cover the text from CP 0 on, in order: one that starts elsewhere or runs backwards is damage.
    if ((i === 0 && cpStart !== 0) || cpEnd < cpStart) throw new Error(`a piece of text from CP ${cpStart} to ${cpEnd}: damaged piece table`);
    const chars = cpEnd - cpStart;
    if (chars === 0) continue;
    const compressed = (fcRaw & 0x40000000) !== 0;
    const fc = fcRaw & 0x3fffffff;
    const from = compressed ? fc / 2 : fc;
    const to = from + (compressed ? chars : chars * 2);
    if (to > word.length) throw new Error('a piece of text lies past the end of the WordDocument stream');
    const piece = compressed ? iconv.decode(word.subarray(from, to), 'win1252') : word.toString('utf16le', from, to);
    if (marks) for (let k = piece.indexOf('\x07'); k >= 0; k = piece.indexOf('\x07', k + 1)) if (inRanges(marks, from + (compressed ? k : k * 2))) rowEnds.add(length + k);
    if (hidden.length > 0) {
      for (let k = 0; k < piece.length; k++) {
        // Marks (cell, row, paragraph, field) stay: a cell in a hiding style is still a cell.
        if (piece.charCodeAt(k) >= 0x20 && inRanges(hidden, from + (compressed ? k : k * 2))) continue;
        if (rowEnds.has(length + k)) shownRowEnds.add(shownLength);
        shown.push(piece[k]!);
        shownLength++;
      }
    }
    pieces.push(piece);
    length += piece.length;
  }
  // Cell marks but no row mark found: the properties were not read right; the text's own shape has to do.
  const text = plainText(pieces.join(''), rowEnds.size > 0 ? rowEnds : undefined);
  const said = damaged === undefined ? {} : { damaged };
  if (hidden.length === 0 || shownLength === length) return { text, ...said };
  return { text, visible: plainText(shown.join(''), shownRowEnds.size > 0 ? shownRowEnds : undefined), ...said };
}

/**
 * Field instructions out, marks to line ends and tabs, the other control
 * characters dropped. A table row is its cells, each ended by a cell mark,
 * then one more mark for the row: the marks at `rowEnds` (indices into
 * `raw`). Without them, an empty cell (a mark right after a mark too) is
 * told from a row's end by the width of the table's first row.
 */
export function plainText(raw: string, rowEnds?: ReadonlySet<number>): string {
  const out: string[] = [];
  /** Cells of the current table row so far, and of the table's first row (0: not known yet). */
  let cells = 0;
  let width = 0;
  // One entry per open field: true while in its instruction part.
  const fields: boolean[] = [];
  let instruction = 0;
  let runStart = -1;
  const endRun = (i: number): void => {
    if (runStart >= 0) out.push(raw.slice(runStart, i));
    runStart = -1;
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x20 || c === 0x09) {
      if (instruction === 0 && runStart < 0) runStart = i;
      continue;
    }
    endRun(i);
    if (c === 0x13) {
      fields.push(true);
      instruction++;
    } else if (c === 0x14) {
      if (fields[fields.length - 1]) instruction--;
      if (fields.length) fields[fields.length - 1] = false;
    } else if (c === 0x15) {
      if (fields.pop()) instruction--;
    } else if (instruction > 0) {
      // inside a field's instruction (HYPERLINK "…", PAGE): left out
    } else if (c === 0x07) {
      const afterMark = out[out.length - 1] === '\t';
      if (rowEnds ? rowEnds.has(i) : afterMark && (width === 0 || cells >= width)) {
        if (!afterMark) out.push('\t');
        out[out.length - 1] = '\n'; // the row's end
        if (width === 0) width = cells;
        cells = 0;
      } else {
        out.push('\t');
        cells++;
      }
    } else if (c === 0x0d || c === 0x0b || c === 0x0c) {
      if (cells === 0) width = 0; // a paragraph outside a table: the next table has its own width
      out.push(cells > 0 ? ' ' : '\n'); // a paragraph inside a cell stays in its row
    }
  }
  endRun(raw.length);
  return out.join('');
}
