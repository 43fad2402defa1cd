// Rich Text Format (.rtf: "Save as RTF" in Word and WPS, Outlook's rich
// mail bodies). Read as plain text, an RTF file shows its digits but not its
// Chinese: characters are escapes (\u24352? or \'d5\'c5 in the GBK code
// page), so no name is ever found, and a table is a run of \cell marks, not
// rows. Here the groups are walked and the text decoded:
//   - \uN (then \ucN fallback characters skipped) and \'hh bytes, decoded in
//     the charset of the current font (\fcharset134 is GBK) or the document's
//     \ansicpg;
//   - \par and \line end a line; in a table a cell mark is a tab and the
//     row mark ends the line, so a table comes out as tab-separated rows;
//   - what is not text is skipped: font, colour and style tables, pictures,
//     field instructions (their results are kept), \bin data, and every
//     destination marked \* that is not one of ours;
//   - document properties (\info: title, author, keywords, comments…) are
//     text, one per line;
//   - hidden text (\v) is text too (a list can be hidden), and a document
//     with any is written a second time as shown, without it: a hidden
//     decoy digit inside every number leaves the numbers unread otherwise;
//     text in white or too pale to read (\cf of such a colour-table entry) or 1 pt and
//     less (\fs2) counts as hidden for that;
//   - an embedded object (\objdata: hex of an OLE 1 object) is handed back:
//     a Package's file, or the object's native data (a compound file).

import iconv from 'iconv-lite';
import { windowsCodePage } from './encoding.js';
import { isTinyPoints, looksWhiteRgb } from './unseen.js';
import { PICTURE_HEADER_BYTES } from './image.js';

/** Group nesting a hostile file could use to exhaust memory; Word nests a few dozen deep. */
const MAX_DEPTH = 1024;

/**
 * Destinations whose content is not text and holds no paragraphs: a
 * paragraph or cell mark in one means a brace was lost or added and the
 * body is being read as part of it (fuzzing: one `}` of the style sheet
 * turned into `|`, another added at the end, and the whole document read
 * as an empty style sheet).
 */
const TABLES = new Set([
  'fonttbl', // read for charsets, not as text
  'colortbl',
  'stylesheet',
  'listtable',
  'listoverridetable',
  'revtbl',
  'rsidtbl',
  'filetbl',
  'latentstyles',
  'themedata',
  'colorschememapping',
  'datastore',
  'xmlnstbl',
  'generator',
  'pict',
]);
/** Destinations whose content is not text. */
const SKIPPED = new Set([
  ...TABLES,
  'objclass',
  'objname',
  'result', // an object's cached presentation (a picture)
  'shppict',
  'nonshppict',
  'bkmkstart',
  'bkmkend',
  'mmathPr',
  'sp', // a shape's properties (names and values)
  'wgrffmtfilter',
]);
const BODY_MARKS = new Set(['par', 'cell', 'row', 'sect']);
/** A picture's format. */
const BLIPS = new Set(['emfblip', 'pngblip', 'jpegblip', 'wmetafile', 'dibitmap', 'wbitmap', 'macpict']);
/** Hex digits of a metafile kept (16 MiB: its records are read for their text). */
const MAX_METAFILE_HEX = 32 << 20;
/** Hex digits of any other picture kept: its header, where its size is (pictureSize). */
const MAX_PICTURE_HEX = 2 * PICTURE_HEADER_BYTES;
/** \* destinations that hold text. */
const STARRED_TEXT = new Set(['comment', 'annotation', 'atnid', 'atnauthor', 'shpinst', 'shptxt', 'fldinst', 'fldrslt', 'ud', 'upr', 'userprops']);
/** \info's parts: properties, one per line. */
const INFO_TEXT = new Set(['title', 'subject', 'author', 'manager', 'company', 'operator', 'category', 'keywords', 'comment', 'doccomm', 'hlinkbase']);

/** Control words that stand for a character. */
const SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['emdash', '—'],
  ['endash', '–'],
  ['lquote', "'"],
  ['rquote', "'"],
  ['ldblquote', '"'],
  ['rdblquote', '"'],
  ['bullet', '•'],
]);

/** \fcharsetN → an iconv-lite encoding. */
const CHARSETS: ReadonlyMap<number, string> = new Map([
  [0, 'windows-1252'],
  [128, 'cp932'],
  [129, 'cp949'],
  [134, 'gb18030'],
  [136, 'cp950'],
  [161, 'windows-1253'],
  [162, 'windows-1254'],
  [177, 'windows-1255'],
  [178, 'windows-1256'],
  [186, 'windows-1257'],
  [204, 'windows-1251'],
  [222, 'cp874'],
  [238, 'windows-1250'],
]);

export interface RtfContent {
  text: string;
  /** Embedded OLE 1 objects (\objdata), decoded from hex. */
  objects: Buffer[];
  /** Pictures (\pict, not the \nonshppict copies), decoded from hex, with their kind (`pngblip`, `emfblip`…). */
  pictures: { kind: string; data: Buffer }[];
  /** Why reading stopped early. */
  damaged?: string;
}

interface Group {
  skip: boolean;
  /** Characters of fallback after a \u to drop. */
  uc: number;
  font: number;
  inTable: boolean;
  /** Collecting an object's hex data. */
  objdata: boolean;
  /** Collecting a picture's hex data. */
  pict: boolean;
  /** Inside the font table: \fN and \fcharsetN define fonts. */
  fonts: boolean;
  /** A \upr group: its ANSI half is skipped, its Unicode half (\*\ud) read. */
  upr: boolean;
  /** A property (\title…) or a custom property's part: a line of its own. */
  line: boolean;
  /** The destination a skip started in. */
  skipIn: string;
  /** Hidden text (\v): left out of the document as shown. */
  hidden: boolean;
  /** Inside the colour table: \red \green \blue and `;` define colours. */
  colors: boolean;
  /** The text's colour (\cf, an index into the colour table; 0 automatic) and size (\fs, half-points). */
  color: number;
  size: number;
  /** A field instruction (\fldinst): text no page shows, kept apart from the flow it would break. */
  unshown: boolean;
}

/** \fs when none is given: 12 pt. */
const DEFAULT_SIZE = 24;

/** The text and embedded objects of an RTF document. */
export function readRtf(data: Buffer): RtfContent {
  return new RtfReader(data).read();
}

class RtfReader {
  private readonly out: string[] = [];
  /** The text as shown (without hidden text): written after the text when there is hidden text at all. */
  private readonly shown: string[] = [];
  private sawHidden = false;
  private readonly objects: Buffer[] = [];
  private readonly stack: Group[] = [];
  private g: Group = { skip: false, uc: 1, font: -1, inTable: false, objdata: false, pict: false, fonts: false, upr: false, line: false, skipIn: '', hidden: false, unshown: false, colors: false, color: 0, size: DEFAULT_SIZE };
  /** The colour table's white entries, and the entry being read (its index, its red, green and blue so far). */
  private readonly whites = new Set<number>();
  private colorIndex = 0;
  private rgb = [-1, -1, -1];
  /** Field instructions, a line each: written after the text (a QUOTE field shows only its result). */
  private readonly unshown: string[] = [];
  private readonly pictures: { kind: string; data: Buffer }[] = [];
  private pictHex: string[] = [];
  private pictHexLength = 0;
  private pictKind = '';
  private readonly fontCharsets = new Map<number, string>();
  private defaultEncoding = 'windows-1252';
  /** \'hh bytes not yet decoded (a GBK character is two of them). */
  private bytes: number[] = [];
  private hex: string[] = [];
  /** Fallback characters still to drop after a \u. */
  private dropping = 0;
  /** The control word just read opens a destination ({\* \dest …} or {\dest …}). */
  private groupStart = false;
  private starred = false;
  private damaged: string | undefined;
  private pos = 0;

  constructor(private readonly data: Buffer) {}

  read(): RtfContent {
    const d = this.data;
    while (this.pos < d.length && !this.damaged) {
      const c = d[this.pos]!;
      if (c === 0x7b) {
        this.openGroup();
        this.pos++;
      } else if (c === 0x7d) {
        this.closeGroup();
        this.pos++;
      } else if (c === 0x5c) this.control();
      else this.plain(c);
    }
    this.flushBytes();
    this.finishObject();
    this.finishPicture();
    // Every group closes before the end: one left open means the file was cut, or a brace lost (and with it, what the groups around it meant).
    if (this.stack.length > 0) this.damaged ??= `${this.stack.length} group${this.stack.length === 1 ? '' : 's'} not closed at the end: cut off or damaged`;
    let text = this.sawHidden ? `${this.out.join('')}\n${this.shown.join('')}` : this.out.join('');
    const fields = this.unshown.join('').split('\n').map((line) => line.trim()).filter((line) => line !== '');
    if (fields.length > 0) text += `${text.endsWith('\n') ? '' : '\n'}${fields.join('\n')}\n`;
    return { text, objects: this.objects, pictures: this.pictures, ...(this.damaged ? { damaged: this.damaged } : {}) };
  }

  /** Bytes that are neither a group nor a control: text, an object's hex digits, or nothing (line ends, skipped groups). */
  private plain(c: number): void {
    const d = this.data;
    this.groupStart = false;
    let end = this.pos + 1;
    if (this.g.objdata) {
      if (isHex(c)) {
        while (end < d.length && isHex(d[end]!)) end++;
        this.hex.push(d.toString('latin1', this.pos, end));
      }
    } else if (this.g.pict) {
      if (isHex(c)) {
        while (end < d.length && isHex(d[end]!)) end++;
        // Bounded, within a run of hex too: past its cap a picture is kept cut (a metafile cut
        // short lacks its EOF record and is said to be corrupt; a picture's header is what is read).
        const take = Math.min(end - this.pos, (this.pictKind === 'emfblip' ? MAX_METAFILE_HEX : MAX_PICTURE_HEX) - this.pictHexLength);
        if (take > 0) {
          this.pictHex.push(d.toString('latin1', this.pos, this.pos + take));
          this.pictHexLength += take;
        }
      }
    } else if (c === 0x0d || c === 0x0a) {
      // not text in RTF
    } else if (this.g.skip) {
      while (end < d.length && !isSpecial(d[end]!)) end++;
      if (this.g.colors) for (let i = this.pos; i < end; i++) if (d[i] === 0x3b) this.endColor();
    } else if (this.dropFallback()) {
      // one fallback character dropped
    } else if (c >= 0x80) {
      this.bytes.push(c);
    } else {
      while (end < d.length && d[end]! < 0x80 && !isSpecial(d[end]!)) end++;
      this.emit(d.toString('latin1', this.pos, end));
    }
    this.pos = end;
  }

  private openGroup(): void {
    if (this.stack.length >= MAX_DEPTH) {
      this.damaged = `groups nested more than ${MAX_DEPTH} deep`;
      return;
    }
    this.flushBytes();
    this.stack.push(this.g);
    this.g = { ...this.g, objdata: false, pict: false, upr: false, line: false, skip: this.g.skip || this.g.upr };
    this.groupStart = true;
    this.starred = false;
  }

  private closeGroup(): void {
    this.flushBytes();
    if (this.g.objdata) this.finishObject();
    if (this.g.pict) this.finishPicture();
    if (this.g.line && !this.g.skip) this.lineEnd();
    if (this.g.unshown && !this.stack[this.stack.length - 1]?.unshown) this.unshown.push('\n');
    const up = this.stack.pop();
    if (up) this.g = up;
    this.groupStart = false;
  }

  /** A control word (\word-12 ), a control symbol (\{ \' \* …). */
  private control(): void {
    const d = this.data;
    const next = d[this.pos + 1];
    if (next === undefined) {
      this.pos++;
      return;
    }
    if (isLetter(next)) {
      let end = this.pos + 1;
      while (end < d.length && end - this.pos <= 32 && isLetter(d[end]!)) end++;
      const word = d.toString('latin1', this.pos + 1, end);
      let param: number | null = null;
      let p = end;
      if (d[p] === 0x2d || isDigit(d[p] ?? 0)) {
        const start = p;
        p++;
        while (p < d.length && p - start <= 11 && isDigit(d[p]!)) p++;
        param = Number(d.toString('latin1', start, p));
      }
      if (d[p] === 0x20) p++;
      this.pos = p;
      this.word(word, param);
      return;
    }
    this.pos += 2;
    const wasStart = this.groupStart;
    this.groupStart = false;
    if (next === 0x2a) {
      // \* : an optional destination; skipped unless we read it.
      this.groupStart = wasStart;
      this.starred = true;
      return;
    }
    if (next === 0x27) {
      const h = d.toString('latin1', this.pos, this.pos + 2);
      this.pos += 2;
      if (this.g.skip || this.g.objdata || !/^[0-9a-fA-F]{2}$/.test(h) || this.dropFallback()) return;
      this.bytes.push(parseInt(h, 16));
      return;
    }
    if (this.g.skip || this.g.objdata || this.dropFallback()) return;
    if (next === 0x5c || next === 0x7b || next === 0x7d) this.emit(String.fromCharCode(next));
    else if (next === 0x7e) this.emit(' '); // non-breaking space
    else if (next === 0x5f) this.emit('-'); // non-breaking hyphen
    else if (next === 0x0d || next === 0x0a) this.lineEnd();
  }

  private word(word: string, param: number | null): void {
    const destination = this.groupStart;
    const starred = this.starred;
    this.groupStart = false;
    this.starred = false;
    if (word === 'bin') {
      // Raw binary data of `param` bytes: stepped over, never read as text.
      this.pos += Math.max(0, Math.min(param ?? 0, this.data.length - this.pos));
      return;
    }
    if (this.g.pict && BLIPS.has(word)) {
      this.pictKind = word;
      return;
    }
    if (this.g.skip && BODY_MARKS.has(word) && TABLES.has(this.g.skipIn)) {
      this.damaged ??= `a \\${word} inside the \\${this.g.skipIn} group: a brace lost or added`;
      return;
    }
    if (destination) {
      if (word === 'fonttbl' || word === 'colortbl') {
        if (word === 'fonttbl') this.g.fonts = true;
        else this.g.colors = true;
        this.g.skip = true;
        this.g.skipIn = word;
        return;
      }
      if (word === 'objdata') {
        this.finishObject();
        this.g.objdata = true;
        this.g.skip = true;
        return;
      }
      // A picture; the copy in \nonshppict is the same picture for older readers.
      if (word === 'pict' && this.g.skipIn !== 'nonshppict') {
        this.finishPicture();
        this.g.pict = true;
        this.g.skip = true;
        this.pictKind = '';
        return;
      }
      if (word === 'ud' && this.stack[this.stack.length - 1]?.upr && !this.stack[this.stack.length - 2]?.skip) this.g.skip = false;
      if (SKIPPED.has(word) || (starred && !STARRED_TEXT.has(word) && !INFO_TEXT.has(word))) {
        if (!this.g.skip) this.g.skipIn = word;
        this.g.skip = true;
        return;
      }
      if (word === 'upr') this.g.upr = true;
      if (word === 'fldinst') this.g.unshown = true;
      if (INFO_TEXT.has(word) || word === 'propname' || word === 'staticval') {
        if (!this.g.skip) this.lineEnd();
        this.g.line = true;
      }
    }
    if (this.g.colors) {
      const component = ['red', 'green', 'blue'].indexOf(word);
      if (component >= 0 && param !== null) this.rgb[component] = param;
      return;
    }
    if (this.g.fonts) {
      if (word === 'f' && param !== null) this.g.font = param;
      else if (word === 'fcharset' && param !== null && CHARSETS.has(param)) this.fontCharsets.set(this.g.font, CHARSETS.get(param)!);
      return;
    }
    if (word === 'ansicpg' && param !== null) this.defaultEncoding = windowsCodePage(param);
    else if (word === 'uc' && param !== null) this.g.uc = Math.max(0, Math.min(param, 16));
    else if (word === 'f' && param !== null) {
      this.flushBytes();
      this.g.font = param;
    } else if (word === 'v' || word === 'plain') {
      this.flushBytes();
      this.g.hidden = word === 'v' && param !== 0;
      if (word === 'plain') (this.g.color = 0), (this.g.size = DEFAULT_SIZE);
    } else if (word === 'cf' || word === 'fs') {
      this.flushBytes();
      if (word === 'cf') this.g.color = param ?? 0;
      else this.g.size = param ?? DEFAULT_SIZE;
    } else if (word === 'pard') this.g.inTable = false;
    else if (word === 'intbl') this.g.inTable = true;
    if (this.g.skip) return;
    switch (word) {
      case 'u':
        if (param === null) return;
        this.flushBytes();
        this.emit(String.fromCharCode(param < 0 ? param + 65536 : param));
        this.dropping = this.g.uc;
        return;
      case 'par':
      case 'line':
      case 'sect':
      case 'page':
        if (this.g.inTable) this.emit(' ');
        else this.lineEnd();
        return;
      case 'tab':
        this.emit(this.g.inTable ? ' ' : '\t');
        return;
      case 'cell':
      case 'nestcell':
        this.emit('\t');
        return;
      case 'row':
      case 'nestrow':
        this.endRow();
        return;
    }
    const symbol = SYMBOLS.get(word);
    if (symbol) this.emit(symbol);
  }

  /** After a \u, its fallback (one character per \uc) is dropped. */
  private dropFallback(): boolean {
    if (this.dropping <= 0) return false;
    this.dropping--;
    return true;
  }

  private emit(s: string): void {
    this.flushBytes();
    this.dropping = 0;
    this.push(s);
  }

  /** A colour-table entry ends (`;`): white, or too pale to read, is remembered (an entry without its three parts is automatic). */
  private endColor(): void {
    const [r, g, b] = this.rgb as [number, number, number];
    if (r >= 0 && g >= 0 && b >= 0 && looksWhiteRgb(r, g, b)) this.whites.add(this.colorIndex);
    this.colorIndex++;
    this.rgb = [-1, -1, -1];
  }

  /** Text into the document, and into the document as shown unless the eye does not see it (hidden, white, 1 pt or less). */
  private push(s: string): void {
    if (this.g.unshown) {
      this.unshown.push(s === '\n' ? ' ' : s);
      return;
    }
    this.out.push(s);
    const g = this.g;
    // A white or tiny paragraph or cell mark still ends its line; a hidden one (\v) joins it to the next, as Word shows it.
    const unseen = g.hidden || ((this.whites.has(g.color) || isTinyPoints(g.size / 2)) && s !== '\n' && s !== '\t');
    if (!unseen) this.shown.push(s);
    else this.sawHidden = true;
  }

  private lineEnd(): void {
    this.emit('\n');
  }

  /** A row's last cell mark is followed by the row mark: one line per row, no tab at its end. */
  private endRow(): void {
    this.flushBytes();
    if (this.out[this.out.length - 1] === '\t') this.out.pop();
    if (this.shown[this.shown.length - 1] === '\t') this.shown.pop();
    this.out.push('\n');
    this.shown.push('\n');
  }

  private flushBytes(): void {
    if (this.bytes.length === 0) return;
    const encoding = this.fontCharsets.get(this.g.font) ?? this.defaultEncoding;
    this.push(iconv.decode(Buffer.from(this.bytes), encoding));
    this.bytes = [];
  }

  private finishObject(): void {
    if (this.hex.length === 0) return;
    const digits = this.hex.join('');
    this.hex = [];
    this.objects.push(Buffer.from(digits.length % 2 ? digits.slice(0, -1) : digits, 'hex'));
  }

  private finishPicture(): void {
    if (this.pictHex.length === 0) return;
    const digits = this.pictHex.join('');
    this.pictHex = [];
    this.pictHexLength = 0;
    this.pictures.push({ kind: this.pictKind, data: Buffer.from(digits.length % 2 ? digits.slice(0, -1) : digits, 'hex') });
  }
}

const isLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** A group, a control, or a line end (never text in RTF). */
const isSpecial = (c: number): boolean => c === 0x5c || c === 0x7b || c === 0x7d || c === 0x0d || c === 0x0a;
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);

export type Ole1Object = { kind: 'native'; className: string; data: Buffer } | { kind: 'link' } | { kind: 'damaged'; detail: string };

/**
 * An OLE 1 object as RTF's \objdata holds it (MS-OLEDS 2.2): version, format
 * (2 embedded, 1 linked), class name, topic and item names, then the native
 * data's size and bytes.
 */
export function readOle1Object(obj: Buffer): Ole1Object {
  let off = 0;
  const u32 = (): number | null => {
    if (off + 4 > obj.length) return null;
    const v = obj.readUInt32LE(off);
    off += 4;
    return v;
  };
  const ansi = (): string | null => {
    const len = u32();
    if (len === null || len > obj.length - off) return null;
    const s = obj.toString('latin1', off, off + Math.max(0, len - 1));
    off += len;
    return s;
  };
  u32(); // OLEVersion
  const format = u32();
  if (format === 1) return { kind: 'link' };
  if (format !== 2) return { kind: 'damaged', detail: `an OLE 1 object of format ${format ?? 'none'}` };
  const className = ansi();
  const topic = ansi();
  const item = ansi();
  const size = u32();
  if (className === null || topic === null || item === null || size === null) return { kind: 'damaged', detail: 'an OLE 1 object header cut short' };
  if (size > obj.length - off) return { kind: 'damaged', detail: `native data of ${size} bytes in an object of ${obj.length}` };
  return { kind: 'native', className, data: obj.subarray(off, off + size) };
}
