// A CSV or TSV record is not always one line: a quoted cell may hold line
// breaks (Alt+Enter in an Excel cell — addresses, remarks — or a whole
// contact card: "郑梓⏎19988598383⏎2101…"). The detector reads a table a line
// at a time, so a person split over three lines is three lines of one field
// each: no record. This writer turns the line breaks inside a quoted cell
// into spaces before the detector sees them, so a record is a line again.
//
// A quote opens a quoted cell only at the start of a cell; `""` inside one is
// a quote; a quote then anything but a delimiter or a line end closes it
// (lenient, as Excel reads). A "cell" that runs on for more than
// MAX_CELL_LINES line breaks or MAX_CELL_BYTES bytes was a stray quote, not a
// multi-line cell: its text is written as it came, line breaks and all, and
// reading goes on after it. Text without a quote passes through untouched.
import type { UnitWriter } from './types.js';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/** Line breaks in one quoted cell at most (an address, a remark, a contact card). */
export const MAX_CELL_LINES = 16;
/** Bytes of one multi-line quoted cell held at most. */
export const MAX_CELL_BYTES = 16 << 10;

export function csvRecordWriter(out: UnitWriter, delimiter: ',' | '\t'): UnitWriter {
  const delim = delimiter.charCodeAt(0);
  /** Inside a quoted cell. */
  let quoted = false;
  /** Inside a quoted cell, the last byte seen was a quote: an escaped quote or the cell's end, told by the next byte. */
  let quoteLast = false;
  /** The byte before the next one (for "at the start of a cell"). */
  let prev = LF;
  /** A quoted cell that has held a line break: the text from its opening quote, held until it closes. */
  let held: Buffer[] = [];
  let holding = false;
  let heldBytes = 0;
  let heldLines = 0;

  const release = (joined: boolean): void => {
    const text = held.length === 1 ? held[0]! : Buffer.concat(held);
    held = [];
    holding = false;
    heldBytes = 0;
    heldLines = 0;
    if (joined) for (let i = 0; i < text.length; i++) if (text[i] === LF || text[i] === CR) text[i] = 0x20;
    out.write(text);
  };

  const write = (chunk: Buffer): void => {
    let from = 0; // chunk[from, i) not yet written or held
    const emit = (to: number): void => {
      if (to <= from) return;
      if (holding) {
        held.push(Buffer.from(chunk.subarray(from, to)));
        heldBytes += to - from;
      } else out.write(chunk.subarray(from, to));
      from = to;
    };
    let i = 0;
    while (i < chunk.length) {
      if (!quoted) {
        const q = chunk.indexOf(QUOTE, i);
        if (q < 0) {
          prev = chunk[chunk.length - 1]!;
          break;
        }
        const before = q > 0 ? chunk[q - 1]! : prev;
        if (before === delim || before === LF || before === CR) quoted = true;
        prev = QUOTE;
        i = q + 1;
        continue;
      }
      const b = chunk[i]!;
      if (quoteLast) {
        quoteLast = false;
        if (b === QUOTE) {
          i++; // "" inside a quoted cell
          prev = QUOTE;
          continue;
        }
        // The cell ended at the quote before this byte.
        quoted = false;
        if (holding) {
          emit(i);
          release(true);
        }
        continue; // this byte is read again, outside the cell
      }
      // To the next quote: the cell's text, line breaks counted (searched natively, a cell at a time).
      const q = chunk.indexOf(QUOTE, i);
      const to = q < 0 ? chunk.length : q;
      const text = chunk.subarray(i, to);
      let lf = text.indexOf(LF);
      if (!holding) {
        const cr = text.indexOf(CR);
        const brk = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
        if (brk >= 0) {
          // The first line break of this cell: hold from here on (what came before is written).
          emit(i + brk);
          holding = true;
        }
      }
      for (; lf >= 0; lf = text.indexOf(LF, lf + 1)) heldLines++;
      i = q < 0 ? to : q + 1;
      if (q >= 0) quoteLast = true;
      prev = chunk[i - 1]!;
      if (holding && (heldLines > MAX_CELL_LINES || heldBytes + (i - from) > MAX_CELL_BYTES)) {
        // A stray quote: the text goes out as it came, and reading goes on outside a cell.
        emit(i);
        release(false);
        quoted = false;
        quoteLast = false;
      }
    }
    emit(chunk.length);
  };

  return {
    write: (text) => write(typeof text === 'string' ? Buffer.from(text, 'utf8') : text),
    end: () => {
      if (holding) release(quoteLast);
      out.end();
    },
  };
}
