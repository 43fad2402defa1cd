// Legacy PowerPoint presentations (.ppt/.pps/.pot, PowerPoint 97–2003).
// Everything is in the "PowerPoint Document" stream of the OLE file: a tree
// of records, each an 8-byte header (version and instance, type, length)
// and a body; a container (version 0xF) holds records. Text is in three
// atoms: TextCharsAtom (UTF-16LE), TextBytesAtom (one byte per character,
// the low byte of its UTF-16 code) and CString (UTF-16LE: comments,
// hyperlinks, names). The whole stream is walked, not only what the last
// edit points to, so what an incremental ("fast") save left behind is read
// too.
//
// PowerPoint 97 has no table object: a table is a group of shapes, one text
// box per cell, each placed by an anchor. A group whose text boxes line up
// in two or more rows of two or more (same top edge) is read as a table,
// one tab-separated line per row, left to right, so a customer table on a
// slide reads as rows of records, not as a column of loose values. Other
// text comes out one paragraph per line.
//
// Embedded OLE objects (ExOleObjStg: a whole compound file, zlib-compressed
// or not) are handed back for the caller to read as files of their own.

const CONTAINER = 0xf;
const REC = {
  textChars: 0x0fa0,
  textBytes: 0x0fa8,
  cString: 0x0fba,
  groupShape: 0xf003, // OfficeArtSpgrContainer
  shape: 0xf004, // OfficeArtSpContainer
  clientTextbox: 0xf00d,
  clientAnchor: 0xf010, // top, left, right, bottom (2 or 4 bytes each)
  childAnchor: 0xf00f, // left, top, right, bottom (4 bytes each)
  oleObject: 0x1011, // ExOleObjStg
} as const;
/** Deeper than any deck nests (slides hold groups of groups of shapes); a hostile file goes no further. */
const MAX_DEPTH = 32;

export interface PptObject {
  /** Instance 1: a 4-byte decompressed size, then zlib data. */
  compressed: boolean;
  data: Buffer;
}

export interface PptContent {
  /** Text outside tables, one paragraph per line, in stream order. */
  lines: string[];
  /** Groups of text boxes laid out as tables: one tab-separated line per row. */
  tables: string[][];
  objects: PptObject[];
  /** Why the walk stopped early (a record running past its container, nesting too deep). */
  damaged?: string;
}

interface Shape {
  top: number;
  left: number;
  anchored: boolean;
  /** It has a text box, even an empty one (an empty cell still holds its column). */
  textBox: boolean;
  paragraphs: string[];
}

/** The text of a PowerPoint 97–2003 "PowerPoint Document" stream. */
export function readPptDocument(stream: Buffer): PptContent {
  return new PptReader(stream).read();
}

class PptReader {
  private readonly out: PptContent = { lines: [], tables: [], objects: [] };

  constructor(private readonly buf: Buffer) {}

  read(): PptContent {
    this.walk(0, this.buf.length, 0, this.out.lines);
    return this.out;
  }

  /** Each record in [start, end): false once the records are damaged. */
  private each(start: number, end: number, depth: number, visit: (type: number, body: number, bodyEnd: number, container: boolean, instance: number) => void): void {
    if (depth > MAX_DEPTH) {
      this.out.damaged ??= `records nested more than ${MAX_DEPTH} deep`;
      return;
    }
    let off = start;
    while (off + 8 <= end && !this.out.damaged) {
      const verInst = this.buf.readUInt16LE(off);
      const type = this.buf.readUInt16LE(off + 2);
      const len = this.buf.readUInt32LE(off + 4);
      const body = off + 8;
      if (len > end - body) {
        this.out.damaged = `record 0x${type.toString(16)} at byte ${off} runs past its container`;
        return;
      }
      visit(type, body, body + len, (verInst & 0xf) === CONTAINER, verInst >> 4);
      off = body + len;
    }
  }

  /** Records outside shapes: text atoms are lines; groups are laid out; containers are walked. */
  private walk(start: number, end: number, depth: number, lines: string[]): void {
    this.each(start, end, depth, (type, body, bodyEnd, container, instance) => {
      if (type === REC.groupShape) this.group(body, bodyEnd, depth + 1);
      else if (type === REC.oleObject) this.out.objects.push({ compressed: instance === 1, data: this.buf.subarray(body, bodyEnd) });
      else if (container) this.walk(body, bodyEnd, depth + 1, lines);
      else {
        const text = this.atomText(type, body, bodyEnd);
        if (text !== null) append(lines, paragraphs(text));
      }
    });
  }

  /** A group of shapes: a table when its text boxes form a grid, else each box's paragraphs. */
  private group(start: number, end: number, depth: number): void {
    const shapes: Shape[] = [];
    this.each(start, end, depth, (type, body, bodyEnd, container) => {
      if (type === REC.shape) shapes.push(this.shape(body, bodyEnd, depth + 1));
      else if (type === REC.groupShape) this.group(body, bodyEnd, depth + 1);
      else if (container) this.walk(body, bodyEnd, depth + 1, this.out.lines);
    });
    const table = gridOf(shapes);
    if (table) this.out.tables.push(table);
    for (const s of shapes) if (!table || !s.anchored) append(this.out.lines, s.paragraphs);
  }

  private shape(start: number, end: number, depth: number): Shape {
    const shape: Shape = { top: 0, left: 0, anchored: false, textBox: false, paragraphs: [] };
    this.each(start, end, depth, (type, body, bodyEnd, container) => {
      const len = bodyEnd - body;
      if (type === REC.clientAnchor && (len === 8 || len === 16)) {
        const read = len === 8 ? (at: number) => this.buf.readInt16LE(body + at * 2) : (at: number) => this.buf.readInt32LE(body + at * 4);
        Object.assign(shape, { top: read(0), left: read(1), anchored: true });
      } else if (type === REC.childAnchor && len === 16) {
        Object.assign(shape, { left: this.buf.readInt32LE(body), top: this.buf.readInt32LE(body + 4), anchored: true });
      } else if (type === REC.clientTextbox) {
        shape.textBox = true;
        this.walk(body, bodyEnd, depth + 1, shape.paragraphs);
      } else if (container) this.walk(body, bodyEnd, depth + 1, shape.paragraphs);
    });
    return shape;
  }

  private atomText(type: number, body: number, bodyEnd: number): string | null {
    if (type === REC.textChars || type === REC.cString) return this.buf.toString('utf16le', body, body + ((bodyEnd - body) & ~1));
    if (type === REC.textBytes) return this.buf.toString('latin1', body, bodyEnd);
    return null;
  }
}

/** Push one by one: a spread of a hostile atom's 100,000 paragraphs would overflow the stack. */
function append(to: string[], items: readonly string[]): void {
  for (const item of items) to.push(item);
}

/** A paragraph mark (CR) and a line break (VT) end a line; other control characters go. */
function paragraphs(text: string): string[] {
  return text
    .replace(/[\x00-\x08\x0c\x0e-\x1f]/g, '')
    .split(/[\r\n\x0b]+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/**
 * Rows of a group's text boxes: boxes with the same top edge, left to right.
 * A table needs two or more rows of two or more boxes; null otherwise.
 */
function gridOf(shapes: readonly Shape[]): string[] | null {
  const rows = new Map<number, Shape[]>();
  for (const s of shapes) {
    if (!s.anchored || !s.textBox) continue;
    const row = rows.get(s.top);
    if (row) row.push(s);
    else rows.set(s.top, [s]);
  }
  if ([...rows.values()].filter((r) => r.length >= 2).length < 2) return null;
  return [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, cells]) =>
      cells
        .sort((a, b) => a.left - b.left)
        .map((c) => c.paragraphs.join(' ').replace(/\t/g, ' '))
        .join('\t'),
    )
    .filter((line) => line.replace(/\t/g, '').length > 0);
}
