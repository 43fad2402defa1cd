// Files written into text as dumps, line by line: uuencode (`uuencode
// list.csv list.csv` pasted into a mail body — mail clients still decode
// it) and hex dumps with offsets (`xxd`, `hexdump -C`, `od -A x -t x1z`).
// Read as text, a uuencoded list is punctuation and a hex dump's ASCII
// column cuts every number at the 16-byte line end; decoded, each is the
// file again, scanned as an embedded item (embedded-blocks.ts).
//
// Cost on plain text: a line end search and a look at a line's first byte
// or two. A block starts at `begin <mode> <name>`, at three full uuencode
// lines in a row (a part of a split file, or a dump whose begin line was
// cut off), or at two hex dump lines whose offsets follow each other.
import { hexDigit } from '../scan/tokens.js';

/** A dump line longer than this is not one (xxd -c 256 is the widest in use: ~1,100 characters). */
const MAX_LINE = 1536;
/** Full uuencode lines in a row that start a block without a begin line. */
const HEADLESS_LINES = 3;
/** Bytes per hex dump line: fewer is not a dump, more is no tool's. */
const MIN_ROW_BYTES = 4;
const MAX_ROW_BYTES = 256;

export interface DumpBlock {
  kind: 'uuencode' | 'hexdump';
  /** Offset of the block's first line in the text fed. */
  offset: number;
  /** The name on a uuencode begin line, else null. */
  name: string | null;
  data: Buffer;
}

/** A block over the size bound: reported, not held. */
export interface OversizedDump {
  kind: 'uuencode' | 'hexdump';
  offset: number;
  bytes: number;
}

const isHex = (b: number): boolean => hexDigit(b) >= 0;
/** A uuencode character: space to backquote (backquote is zero, as space). */
const isUuChar = (b: number): boolean => b >= 0x20 && b <= 0x60;
const uuValue = (b: number): number => (b - 0x20) & 0x3f;

/** Decoded bytes collected in 64 KiB pieces (a dump is tens of bytes a line). */
class ByteCollector {
  private pieces: Buffer[] = [];
  private current = Buffer.allocUnsafe(1 << 16);
  private used = 0;
  length = 0;

  push(b: number): void {
    if (this.used === this.current.length) {
      this.pieces.push(this.current);
      this.current = Buffer.allocUnsafe(1 << 16);
      this.used = 0;
    }
    this.current[this.used++] = b;
    this.length++;
  }

  take(): Buffer {
    const out = Buffer.concat([...this.pieces, this.current.subarray(0, this.used)]);
    this.clear();
    return out;
  }

  /** Drop what was collected (a block past the bound: counted from here on, not kept). */
  clear(): void {
    this.pieces = [];
    this.used = 0;
    this.length = 0;
  }
}

/**
 * One uuencode data line's bytes into `out`: its first character gives how
 * many (0–45), four characters carry three. Mail may strip the trailing
 * spaces (zeros) of a line, so a short line is padded. False when the line
 * is not one.
 */
function uuDecodeLine(line: Uint8Array, out: ByteCollector | null): boolean {
  if (line.length === 0 || !isUuChar(line[0]!)) return false;
  const n = uuValue(line[0]!);
  if (n > 45) return false;
  const chars = Math.ceil(n / 3) * 4;
  // Some encoders add a checksum character; more than that is not uuencode.
  if (line.length - 1 > chars + 1 || line.length - 1 < chars - 3) return false;
  for (let i = 1; i < line.length; i++) if (!isUuChar(line[i]!)) return false;
  if (!out) return true;
  const at = (i: number): number => (i < line.length ? uuValue(line[i]!) : 0);
  for (let k = 0, i = 1; k < n; i += 4) {
    const a = at(i);
    const b = at(i + 1);
    const c = at(i + 2);
    const d = at(i + 3);
    out.push(((a << 2) | (b >> 4)) & 0xff);
    if (++k < n) out.push(((b << 4) | (c >> 2)) & 0xff);
    if (++k < n) out.push(((c << 6) | d) & 0xff);
    k++;
  }
  return true;
}

/** A full uuencode line: `M` and 60 characters (45 bytes), the shape of every line but a block's last. */
const isFullUuLine = (line: Uint8Array): boolean => line[0] === 0x4d && line.length >= 61 && line.length <= 62 && uuDecodeLine(line, null);

const BEGIN = Buffer.from('begin ', 'latin1');

/** `begin 644 list.csv`: the name, or null when the line is not a begin line. */
function beginName(line: Uint8Array): string | null {
  if (line.length < 10 || Buffer.compare(line.subarray(0, 6), BEGIN) !== 0) return null;
  let i = 6;
  while (i < line.length && line[i]! >= 0x30 && line[i]! <= 0x37) i++;
  if (i - 6 < 3 || i - 6 > 4 || line[i] !== 0x20) return null;
  const name = Buffer.from(line.subarray(i + 1)).toString('utf8').trim();
  return name.length > 0 ? name : null;
}

interface HexRow {
  offset: number;
  /** Bytes read from the row (up to the ASCII column). */
  bytes: number[];
  /** Column where each byte's token starts. */
  columns: number[];
}

/**
 * A hex dump line: an offset of 4–16 hex digits (`00000010:` xxd, `00000010`
 * hexdump -C, `000010` od), then tokens of 2, 4 or 8 hex digits; what
 * follows a `|` or `>` (the ASCII column of hexdump -C and od) or a token
 * that is not hex (xxd's ASCII column) is not read. Null when it is not one.
 */
function hexRow(line: Uint8Array): HexRow | null {
  let i = 0;
  while (i < line.length && i <= 16 && isHex(line[i]!)) i++;
  if (i < 4 || i > 16) return null;
  const digits = i;
  if (line[i] === 0x3a) i++;
  if (i < line.length && line[i] !== 0x20) return null;
  const offset = Number.parseInt(Buffer.from(line.subarray(0, digits)).toString('latin1'), 16);
  const bytes: number[] = [];
  const columns: number[] = [];
  for (;;) {
    while (i < line.length && line[i] === 0x20) i++;
    if (i >= line.length || line[i] === 0x7c || line[i] === 0x3e) break;
    const from = i;
    while (i < line.length && line[i] !== 0x20) i++;
    const len = i - from;
    if (len % 2 !== 0 || len > 8) break;
    let hex = true;
    for (let k = from; k < i; k++) if (!isHex(line[k]!)) hex = false;
    if (!hex) break;
    for (let k = from; k < i; k += 2) {
      bytes.push(hexDigit(line[k]!) * 16 + hexDigit(line[k + 1]!));
      columns.push(from);
    }
  }
  return { offset, bytes, columns };
}

/**
 * Finds uuencode blocks and hex dumps in a text fed in chunks, and hands
 * each back decoded when it ends (`feed`/`end` return the blocks that did).
 */
export class DumpScanner {
  /** The start of a line that the last chunk cut (copied). */
  private pending: Buffer[] = [];
  private lineBytes = 0;
  /** The line being read is too long to be a dump line: skipped to its end. */
  private overlong = false;
  private lineOffset = 0;
  private readonly done: Array<DumpBlock | OversizedDump> = [];

  // uuencode: the block being read, and full lines seen in a row outside one.
  // A block past the bound is followed to its end, its bytes counted, not kept.
  private uu: { offset: number; name: string | null; data: ByteCollector; over: number } | null = null;
  private headless: Array<{ offset: number; line: Buffer }> = [];

  // hex dump: the block being read (its first row held until a second follows it).
  private hex: { offset: number; next: number; width: number; lastColumn: number; data: ByteCollector; over: number } | null = null;
  private firstRow: { lineOffset: number; row: HexRow } | null = null;

  constructor(private readonly maxBytes: number) {}

  feed(chunk: Uint8Array, offset: number): Array<DumpBlock | OversizedDump> {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    let from = 0;
    for (let nl = bytes.indexOf(0x0a); nl >= 0; nl = bytes.indexOf(0x0a, from)) {
      // A line wholly in this chunk is read where it is; only one cut by the chunk's end is copied.
      if (this.lineBytes === 0 && !this.overlong) this.readLine(bytes.subarray(from, nl), false);
      else {
        this.take(bytes, from, nl);
        this.endPending();
      }
      from = nl + 1;
      this.lineOffset = offset + from;
    }
    this.take(bytes, from, bytes.length);
    return this.done.splice(0);
  }

  end(): Array<DumpBlock | OversizedDump> {
    if (this.lineBytes > 0 || this.overlong) this.endPending();
    this.closeUu();
    this.closeHex();
    return this.done.splice(0);
  }

  private take(chunk: Buffer, from: number, to: number): void {
    if (this.overlong || to === from) return;
    if (this.lineBytes + to - from > MAX_LINE) {
      this.overlong = true;
      this.pending = [];
      this.lineBytes = 0;
      return;
    }
    this.pending.push(Buffer.from(chunk.subarray(from, to)));
    this.lineBytes += to - from;
  }

  private endPending(): void {
    const line = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending);
    const overlong = this.overlong;
    this.pending = [];
    this.lineBytes = 0;
    this.overlong = false;
    this.readLine(line, overlong);
  }

  /** One line, without its line end; `line` may be the caller's bytes: what is kept is copied. */
  private readLine(line: Buffer, overlong: boolean): void {
    if (overlong || line.length > MAX_LINE) {
      this.closeUu();
      this.closeHex();
      return;
    }
    if (line[line.length - 1] === 0x0d) line = line.subarray(0, line.length - 1);
    this.uuLine(line);
    this.hexLine(line);
  }

  private uuLine(line: Buffer): void {
    const uu = this.uu;
    if (uu) {
      if (line.length === 3 && line.toString('latin1') === 'end') return this.closeUu();
      if (!uuDecodeLine(line, uu.over > 0 ? null : uu.data)) return this.closeUu();
      if (uu.over > 0) uu.over += uuValue(line[0]!);
      else if (uu.data.length > this.maxBytes) (uu.over = uu.data.length), uu.data.clear();
      return;
    }
    const name = line[0] === 0x62 ? beginName(line) : null;
    if (name !== null) {
      this.headless = [];
      this.uu = { offset: this.lineOffset, name, data: new ByteCollector(), over: 0 };
      return;
    }
    if (!isFullUuLine(line)) {
      this.headless = [];
      return;
    }
    this.headless.push({ offset: this.lineOffset, line: Buffer.from(line) });
    if (this.headless.length < HEADLESS_LINES) return;
    const data = new ByteCollector();
    for (const h of this.headless) uuDecodeLine(h.line, data);
    this.uu = { offset: this.headless[0]!.offset, name: null, data, over: 0 };
    this.headless = [];
  }

  private closeUu(): void {
    const uu = this.uu;
    this.uu = null;
    if (uu?.over) this.done.push({ kind: 'uuencode', offset: uu.offset, bytes: uu.over });
    else if (uu && uu.data.length > 0) this.done.push({ kind: 'uuencode', offset: uu.offset, name: uu.name, data: uu.data.take() });
  }

  private hexLine(line: Buffer): void {
    const row = line.length > 0 && isHex(line[0]!) ? hexRow(line) : null;
    const hex = this.hex;
    if (hex) {
      if (!row || row.offset !== hex.next) return this.closeHex(row ? line : null);
      // The last row is short: what lies at or past the ASCII column of the full rows is not hex.
      let n = 0;
      while (n < row.bytes.length && n < hex.width && row.columns[n]! <= hex.lastColumn) n++;
      if (hex.over > 0) hex.over += n;
      else for (let k = 0; k < n; k++) hex.data.push(row.bytes[k]!);
      hex.next += n;
      if (n < hex.width) return this.closeHex();
      if (hex.over === 0 && hex.data.length > this.maxBytes) (hex.over = hex.data.length), hex.data.clear();
      return;
    }
    const first = this.firstRow;
    this.firstRow = row && row.bytes.length >= MIN_ROW_BYTES ? { lineOffset: this.lineOffset, row } : null;
    if (!first || !row) return;
    // Two rows whose offsets are one row's width apart: a dump of that width.
    const width = row.offset - first.row.offset;
    if (width < MIN_ROW_BYTES || width > MAX_ROW_BYTES || first.row.bytes.length < width) return;
    const data = new ByteCollector();
    for (let k = 0; k < width; k++) data.push(first.row.bytes[k]!);
    // A token that starts past a full row's last one is the ASCII column (xxd pads a short last row to it).
    this.hex = { offset: first.lineOffset, next: row.offset, width, lastColumn: first.row.columns[width - 1]!, data, over: 0 };
    this.firstRow = null;
    this.hexLine(line);
  }

  /** Ends the dump being read; `line`, a row that did not follow it, may start the next. */
  private closeHex(line: Buffer | null = null): void {
    const hex = this.hex;
    this.hex = null;
    if (hex?.over) this.done.push({ kind: 'hexdump', offset: hex.offset, bytes: hex.over });
    else if (hex && hex.data.length > 0) this.done.push({ kind: 'hexdump', offset: hex.offset, name: null, data: hex.data.take() });
    if (line) this.hexLine(line);
  }
}
