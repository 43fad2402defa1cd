// Legacy Excel workbooks (.xls, BIFF8: Excel 97–2003, still what many
// Chinese offices and their software save). The Workbook stream of the OLE
// file (ole.ts) is a run of records: the globals first — sheet names and
// offsets (BOUNDSHEET), the shared strings (SST, continued in CONTINUE
// records) — then one substream per sheet, whose cell records are read:
// LABELSST, LABEL and RSTRING (text), NUMBER, RK and MULRK (numbers),
// FORMULA with its cached result (a STRING record after it for text).
// Every worksheet, hidden ones too, is one table unit, one line per row,
// cells by column with gaps filled (`book.xls#客户`). Numbers are written
// as a person would type them (number-format.ts). A sheet that uses a
// shared string with a rich-text run the eye does not see (a font in white
// or too pale to read — the palette's colour, its PALETTE record's where it
// has one, office-palette.ts — or of 1 pt and less, or of the colour of
// the cell's solid fill, its XF's: a decoy digit inside every number) is
// also given as it looks, without those runs (`book.xls#客户#visible`).
// Older BIFF versions (Excel 5/95 "Book" streams) are left
// `unsupported-format`.
import { numberText, rkValue } from './number-format.js';
import { paletteLooksWhite, paletteRgb } from './office-palette.js';
import { isTinyPoints, lowContrast } from './unseen.js';

const BOF = 0x0809;
const EOF = 0x000a;
const FILEPASS = 0x002f;
const BOUNDSHEET = 0x0085;
const SST = 0x00fc;
const FONT = 0x0031;
const PALETTE = 0x0092;
const XF = 0x00e0;
/** An XF's fill pattern (fls) that is one solid colour. */
const FLS_SOLID = 1;
/** The first palette index a PALETTE record sets (0–7 are fixed). */
const ICV_PALETTE_FIRST = 0x08;
/** A font's height is in twips. */
const TWIPS_A_POINT = 20;
const CONTINUE = 0x003c;
const LABELSST = 0x00fd;
const LABEL = 0x0204;
const RSTRING = 0x00d6;
const NUMBER = 0x0203;
const RK = 0x027e;
const MULRK = 0x00bd;
const FORMULA = 0x0006;
const STRING = 0x0207;
/** The text of a cell note or a text box; its characters follow in CONTINUE records. */
const TXO = 0x01b6;
/** A drawing object; a note or a text box (FtCmo object types 0x19, 0x06) has a TXO after it. */
const OBJ = 0x005d;
const TEXT_OBJECTS: ReadonlySet<number> = new Set([0x06, 0x19]);

/** Cell records' sizes: exact when positive, a minimum when negative. */
const CELL_SIZES: ReadonlyMap<number, number> = new Map([
  [LABELSST, 10],
  [LABEL, -9],
  [RSTRING, -9],
  [NUMBER, 14],
  [RK, 10],
  [MULRK, -12],
  [FORMULA, -22],
]);

const BIFF8 = 0x0600;
/** BIFF8 sheets have 256 columns; a cell past them is damage, not data to make room for. */
const MAX_COLUMNS = 256;
const WORKSHEET = 0x0010;

export interface XlsSheet {
  name: string;
  /** Rows in order, cells tab-separated. */
  rows: string[];
  /** The text of its cell notes and text boxes, one entry each. */
  notes: string[];
  /** Why the sheet could not be read (its rows are then those read before). */
  damaged?: string;
  /** The rows as they look, when shared strings with runs the eye does not see change them. */
  visibleRows?: string[];
}

interface Font {
  /** Twips. */
  height: number;
  /** Palette index. */
  icv: number;
  /** The index is white in the book's palette (known once the globals before the SST are read). */
  white: boolean;
}

/** The SST: each string, and the strings whose rich-text runs the eye does not see, as they look. */
interface SharedStrings {
  strings: string[];
  shown: Map<number, string>;
  /** Strings whose runs differ in font colour, with their runs: one may be the colour of its cell's fill. */
  runs: Map<number, FormatRuns>;
}

/** A string's rich-text runs: where each starts, and its font (FormatRun ifnt). */
interface FormatRuns {
  starts: number[];
  fonts: number[];
}

export type XlsResult = { kind: 'sheets'; sheets: XlsSheet[] } | { kind: 'not-biff8' } | { kind: 'encrypted' };

interface Record {
  type: number;
  /** Offset of the record's data in the stream. */
  at: number;
  len: number;
}

function recordAt(stream: Buffer, off: number): Record | null {
  if (off + 4 > stream.length) return null;
  const len = stream.readUInt16LE(off + 2);
  if (off + 4 + len > stream.length) throw new Error(`record at ${off} runs past the end of the stream`);
  return { type: stream.readUInt16LE(off), at: off + 4, len };
}

export function readWorkbook(stream: Buffer): XlsResult {
  const bof = recordAt(stream, 0);
  if (!bof || bof.type !== BOF || bof.len < 4 || stream.readUInt16LE(bof.at) !== BIFF8) return { kind: 'not-biff8' };
  const sheets: { name: string; offset: number; worksheet: boolean }[] = [];
  const fonts: Font[] = [];
  /** The PALETTE record's colours (4 bytes each: R, G, B, unused) from index 8 on, when the book has one. */
  let palette: Buffer | null = null;
  let sst: SharedStrings = { strings: [], shown: new Map(), runs: new Map() };
  /** Each XF's solid fill colour (a palette index), -1 where it has none. */
  const xfFills: number[] = [];
  let off = bof.at + bof.len;
  let r = recordAt(stream, off);
  for (; r && r.type !== EOF; r = recordAt(stream, off)) {
    off = r.at + r.len;
    if (r.type === FILEPASS) return { kind: 'encrypted' };
    if (r.type === FONT && r.len >= 6) fonts.push({ height: stream.readUInt16LE(r.at), icv: stream.readUInt16LE(r.at + 4), white: false });
    else if (r.type === PALETTE && r.len >= 2) palette = stream.subarray(r.at + 2, r.at + r.len);
    else if (r.type === XF && r.len >= 20) xfFills.push(((stream.readUInt32LE(r.at + 14) >>> 26) & 0x3f) === FLS_SOLID ? stream.readUInt16LE(r.at + 18) & 0x7f : -1);
    else if (r.type === BOUNDSHEET && r.len >= 8) {
      // lbPlyPos, hsState (hidden sheets are read too), dt (0: worksheet; charts, macros), then the name.
      sheets.push({ name: shortString(stream, r.at + 6, r.at + r.len), offset: stream.readUInt32LE(r.at), worksheet: stream[r.at + 5] === 0 });
    } else if (r.type === SST) {
      const parts = [stream.subarray(r.at, r.at + r.len)];
      for (let c = recordAt(stream, off); c && c.type === CONTINUE; c = recordAt(stream, off)) {
        parts.push(stream.subarray(c.at, c.at + c.len));
        off = c.at + c.len;
      }
      for (const f of fonts) f.white = isWhiteIcv(f.icv, palette);
      sst = sharedStrings(parts, fonts);
    }
  }
  if (!r) throw new Error('the workbook globals end without EOF: cut off');
  if (sheets.length === 0) throw new Error('a workbook without sheets');
  // Substreams follow one another: globals, then each sheet, each from its BOF to its EOF.
  // Where one ends, the next must begin; a record misread ends it elsewhere.
  const starts = [...new Set(sheets.map((s) => s.offset))].sort((a, b) => a - b);
  const endOf = (start: number): number => starts.find((o) => o > start) ?? stream.length;
  const globalsEnd = r.at + r.len;
  if (globalsEnd !== starts[0]) throw new Error(`the workbook globals end at byte ${globalsEnd}, not where the first sheet begins (${starts[0]}): damaged`);
  const out: XlsSheet[] = [];
  const read = new Set<number>();
  for (const s of sheets) {
    // Two entries for one sheet would read it twice (or 10,000 times): once is enough.
    if (read.has(s.offset)) continue;
    read.add(s.offset);
    const sheet: XlsSheet = { name: s.name, rows: [], notes: [] };
    try {
      // A worksheet by its own BOF is read, whatever the globals call it; one they call a worksheet must be one.
      if (!sheetRows(stream, s.offset, endOf(s.offset), (i) => sst.strings[i], sheet) && s.worksheet) sheet.damaged = 'the sheet the workbook lists is not a worksheet';
      if ((sst.shown.size > 0 || sst.runs.size > 0) && !sheet.damaged) {
        const looks = { rows: [] as string[], notes: [] as string[] };
        const onFill = (i: number, xf: number): string | undefined => looksOnFill(sst, i, xfFills[xf] ?? -1, fonts, palette);
        sheetRows(stream, s.offset, endOf(s.offset), (i, xf) => onFill(i, xf) ?? sst.shown.get(i) ?? sst.strings[i], looks);
        if (looks.rows.join('\n') !== sheet.rows.join('\n')) sheet.visibleRows = looks.rows;
      }
    } catch (err) {
      sheet.damaged = (err as Error).message;
    }
    if (sheet.rows.length > 0 || sheet.notes.length > 0 || sheet.damaged) out.push(sheet);
  }
  return { kind: 'sheets', sheets: out };
}

/** ShortXLUnicodeString: cch (1 byte), flags, characters. */
function shortString(buf: Buffer, at: number, end: number): string {
  const cch = buf[at] ?? 0;
  const high = (buf[at + 1]! & 1) === 1;
  return chars(buf, at + 2, Math.min(end, at + 2 + cch * (high ? 2 : 1)), high);
}

/** XLUnicodeString within one record: cch (2 bytes), flags, characters. */
function unicodeString(buf: Buffer, at: number, end: number): string {
  if (at + 3 > end) return '';
  const cch = buf.readUInt16LE(at);
  const high = (buf[at + 2]! & 1) === 1;
  return chars(buf, at + 3, Math.min(end, at + 3 + cch * (high ? 2 : 1)), high);
}

/** Two bytes a character (UTF-16LE), or one: the low bytes of UTF-16, i.e. Latin-1. */
const chars = (buf: Buffer, from: number, to: number, high: boolean): string =>
  high ? buf.toString('utf16le', from, from + ((to - from) & ~1)) : buf.toString('latin1', from, to);

/** Whether a rich-text run's font (FormatRun ifnt: index 4 is never written, so 5 is the fourth FONT) keeps it from the eye. */
function runHides(fonts: readonly Font[], ifnt: number): boolean {
  const font = fontOf(fonts, ifnt);
  return font !== undefined && (font.white || isTinyPoints(font.height / TWIPS_A_POINT));
}

/** Whether a palette index is white or too pale to read, in the book's palette when it has one. */
function isWhiteIcv(icv: number, palette: Buffer | null): boolean {
  return paletteLooksWhite(icv, paletteOf(palette));
}

/** The book's own colour for a palette index, from its PALETTE record (indexes 8 on); undefined where it has none. */
const paletteOf =
  (palette: Buffer | null) =>
  (i: number): [number, number, number] | undefined => {
    const at = (i - ICV_PALETTE_FIRST) * 4;
    return palette && i >= ICV_PALETTE_FIRST && at + 3 <= palette.length ? [palette[at]!, palette[at + 1]!, palette[at + 2]!] : undefined;
  };

/**
 * A rich string as it looks: its formatting runs (first character, font;
 * each to the next run's first character) read, and the characters of runs
 * in a font the eye does not see left out. Reads no further than the bytes
 * there are: a claim of 65,535 runs a string stops where the data does.
 */
function readRuns(runs: number, u16: () => number, more: () => boolean): FormatRuns {
  const out: FormatRuns = { starts: [], fonts: [] };
  for (let i = 0; i < runs && more(); i++) {
    out.starts.push(u16());
    out.fonts.push(u16());
  }
  return out;
}

/** A rich string without the runs `hides` says the eye does not see. */
function withoutRuns(text: string, { starts, fonts }: FormatRuns, hides: (ifnt: number) => boolean): string {
  let looks = text.slice(0, starts[0] ?? 0);
  for (let i = 0; i < starts.length; i++) if (!hides(fonts[i]!)) looks += text.slice(starts[i], starts[i + 1] ?? text.length);
  return looks;
}

const fontOf = (fonts: readonly Font[], ifnt: number): Font | undefined => fonts[ifnt >= 4 ? ifnt - 1 : ifnt];

/** Shared string `i` as it looks in a cell whose fill is palette index `fill` (-1: none), when a run of it has that colour. */
function looksOnFill(sst: SharedStrings, i: number, fill: number, fonts: readonly Font[], palette: Buffer | null): string | undefined {
  const runs = fill < 0 ? undefined : sst.runs.get(i);
  const text = sst.strings[i];
  if (!runs || text === undefined) return undefined;
  const fillRgb = paletteRgb(fill, paletteOf(palette));
  const onFill = (ifnt: number): boolean => {
    const icv = fontOf(fonts, ifnt)?.icv;
    if (icv === undefined) return false;
    const rgb = paletteRgb(icv, paletteOf(palette));
    return icv === fill || (rgb !== undefined && fillRgb !== undefined && lowContrast(rgb, fillRgb));
  };
  const looks = withoutRuns(text, runs, (ifnt) => runHides(fonts, ifnt) || onFill(ifnt));
  return looks === text ? undefined : looks;
}

/**
 * The SST's strings. A string's characters may run on into the next CONTINUE
 * record, which then starts with a flags byte of its own (the characters
 * there may be one byte or two); its rich-text runs and phonetic data may
 * run on too, without one.
 */
function sharedStrings(parts: Buffer[], fonts: readonly Font[]): SharedStrings {
  const first = parts[0]!;
  const shown = new Map<number, string>();
  const colored = new Map<number, FormatRuns>();
  if (first.length < 8) return { strings: [], shown, runs: colored };
  const total = parts.reduce((n, p) => n + p.length, 0);
  const unique = Math.min(first.readUInt32LE(4), Math.floor(total / 3));
  const out: string[] = [];
  let part = 0;
  let off = 8;
  const buf = (): Buffer => parts[part]!;
  const advance = (): boolean => {
    while (off >= buf().length) {
      if (++part >= parts.length) return false;
      off = 0;
    }
    return true;
  };
  const u8 = (): number => (advance() ? buf()[off++]! : 0);
  const u16 = (): number => u8() | (u8() << 8);
  const skip = (n: number): void => {
    for (let left = n; left > 0 && advance(); ) {
      const step = Math.min(left, buf().length - off);
      off += step;
      left -= step;
    }
  };
  for (let k = 0; k < unique && advance(); k++) {
    const cch = u16();
    const flags = u8();
    const runs = flags & 0x08 ? u16() : 0;
    const ext = flags & 0x04 ? u16() | (u16() << 16) : 0;
    let high = (flags & 1) === 1;
    let text = '';
    for (let left = cch; left > 0; ) {
      if (off >= buf().length) {
        if (!advance()) break;
        high = (buf()[off++]! & 1) === 1; // the continued characters' own flags
      }
      const width = high ? 2 : 1;
      const take = Math.min(left, Math.floor((buf().length - off) / width));
      if (take === 0) {
        off = buf().length; // half a character at a record's end: damaged, move on
        continue;
      }
      text += chars(buf(), off, off + take * width, high);
      off += take * width;
      left -= take;
    }
    if (runs > 0) {
      const format = readRuns(runs, u16, advance);
      const looks = withoutRuns(text, format, (ifnt) => runHides(fonts, ifnt));
      if (looks !== text) shown.set(k, looks);
      const colours = new Set(format.fonts.map((f) => fontOf(fonts, f)?.icv));
      if (colours.size > 1 || (format.starts[0] ?? 0) > 0) colored.set(k, format);
    }
    skip(Math.max(0, ext));
    out.push(text);
  }
  return { strings: out, shown, runs: colored };
}

/**
 * The cells of the sheet whose BOF is at `offset`, as tab-separated rows in
 * order, into `rows` (those read before a problem too); false when it is not
 * a worksheet (a chart, a macro sheet). Its EOF must close it at `end`, where
 * the next sheet begins (or the stream ends, zero padding allowed): a sheet
 * whose records were misread from a damaged length ends elsewhere.
 */
function sheetRows(stream: Buffer, offset: number, end: number, sst: (isst: number, ixfe: number) => string | undefined, { rows, notes }: Pick<XlsSheet, 'rows' | 'notes'>): boolean {
  const bof = recordAt(stream, offset);
  if (!bof || bof.type !== BOF || bof.len < 4) throw new Error('the sheet offset does not hold a sheet');
  if (stream.readUInt16LE(bof.at + 2) !== WORKSHEET) return false;
  const cells = new Map<number, Map<number, string>>();
  try {
    const closed = readCells(
      stream,
      bof.at + bof.len,
      sst,
      (row, col, text) => {
        if (text === '' || col >= MAX_COLUMNS) return;
        let r = cells.get(row);
        if (!r) cells.set(row, (r = new Map()));
        r.set(col, text.replace(/[\t\r\n]+/g, ' '));
      },
      (note) => notes.push(note),
    );
    const padding = end === stream.length && stream.subarray(closed, end).every((b) => b === 0);
    if (closed !== end && !padding) throw new Error(`the sheet's records end at byte ${closed}, not where the next sheet begins (${end}): damaged`);
  } finally {
    for (const r of [...cells.keys()].sort((a, b) => a - b)) {
      const row = cells.get(r)!;
      const width = Math.max(...row.keys()) + 1;
      rows.push(Array.from({ length: width }, (_, c) => row.get(c) ?? '').join('\t'));
    }
  }
  return true;
}

/**
 * The cell records of a sheet from `off` to the EOF that closes it (a chart
 * drawn on the sheet is a BOF…EOF substream inside it); the offset after that EOF.
 * A TXO record's text (a note, a text box) is in the CONTINUE records after
 * it, each starting with its own 8-/16-bit flag.
 */
function readCells(stream: Buffer, off: number, sst: (isst: number, ixfe: number) => string | undefined, set: (row: number, col: number, text: string) => void, note: (text: string) => void): number {
  let formula: { row: number; col: number } | null = null;
  let nested = 0;
  let text: { left: number; parts: string[] } | null = null;
  let misread = false;
  /** Notes and text boxes met, and TXO records met: fewer of the second means a TXO was misread. */
  let textObjects = 0;
  let texts = 0;
  let r = recordAt(stream, off);
  for (; r && (r.type !== EOF || nested > 0); r = recordAt(stream, off)) {
    off = r.at + r.len;
    const { at, len } = r;
    if (r.type === BOF) nested++;
    else if (r.type === EOF) nested--;
    if (nested > 0) continue;
    if (r.type === CONTINUE && text && len > 0) {
      const high = (stream[at]! & 1) === 1;
      const part = chars(stream, at + 1, at + len, high);
      text.parts.push(part);
      text.left -= part.length;
      if (text.left <= 0) {
        note(text.parts.join(''));
        if (text.left < 0) misread = true;
        text = null;
      }
      continue;
    }
    if (text) {
      // The text ended before the length its TXO declares: kept, and said.
      note(text.parts.join(''));
      misread = true;
      text = null;
    }
    if (r.type === OBJ && len >= 6 && stream.readUInt16LE(at) === 0x15 && TEXT_OBJECTS.has(stream.readUInt16LE(at + 4))) textObjects++;
    if (r.type === TXO) {
      texts++;
      const cch = len >= 12 ? stream.readUInt16LE(at + 10) : 0;
      text = cch > 0 ? { left: cch, parts: [] } : null;
      continue;
    }
    if (r.type === STRING) {
      if (formula) set(formula.row, formula.col, unicodeString(stream, at, at + len));
      formula = null;
      continue;
    }
    const size = CELL_SIZES.get(r.type);
    if (size === undefined) continue;
    // A cell record of the wrong size is one the records around it were misread into (a damaged length).
    if (size > 0 ? len !== size : len < -size || (r.type === MULRK && (len - 6) % 6 !== 0)) throw new Error(`a cell record of ${len} bytes: damaged`);
    const row = stream.readUInt16LE(at);
    const col = stream.readUInt16LE(at + 2);
    switch (r.type) {
      case LABELSST: {
        const text = sst(stream.readUInt32LE(at + 6), stream.readUInt16LE(at + 4));
        if (text === undefined) throw new Error('a cell names a shared string that is not there: damaged');
        set(row, col, text);
        break;
      }
      case LABEL:
      case RSTRING:
        set(row, col, unicodeString(stream, at + 6, at + len));
        break;
      case NUMBER:
        set(row, col, numberText(stream.readDoubleLE(at + 6)));
        break;
      case RK:
        set(row, col, numberText(rkValue(stream.readInt32LE(at + 6))));
        break;
      case MULRK:
        for (let k = 0, p = at + 4; p + 6 <= at + len - 2; k++, p += 6) set(row, col + k, numberText(rkValue(stream.readInt32LE(p + 2))));
        break;
      case FORMULA:
        formula = null;
        // The cached result: a double, or (0xFFFF in its top bytes) a type: 0 is text, in the STRING record next.
        if (stream.readUInt16LE(at + 12) !== 0xffff) set(row, col, numberText(stream.readDoubleLE(at + 6)));
        else if (stream[at + 6] === 0) formula = { row, col };
        break;
    }
  }
  if (!r) throw new Error('the sheet ends without EOF: cut off');
  if (text) note(text.parts.join(''));
  if (text || misread) throw new Error("a note's text is not as long as its TXO record says: damaged");
  if (texts < textObjects) throw new Error(`${textObjects} notes or text boxes, ${texts} with their text: damaged`);
  return r.at + r.len;
}
