// Paragraphs and tables of a document part (WordprocessingML, DrawingML,
// OpenDocument) → text units, one XML walk per part.
//
// Paragraphs become lines of a `text` unit. Each top-level table becomes its
// own `table` unit (tab-delimited, one line per row), so a Word table of
// customers groups into person records per row exactly like a CSV and its
// header row gives column context. Units are written one after another,
// never interleaved: text before a table, the table, text after it…
// Locations: the part for text (`doc.docx!/word/document.xml`), the part
// plus `#table<N>` or `#<table name>` for tables.
//
// Tables nested in a cell are flattened into that cell's text; paragraphs
// nested in a paragraph (text boxes, annotations) come out as lines of
// their own. A note on a spreadsheet cell (a whole list can be pasted into
// one) is not part of the cell: notes are kept aside and written, after
// their table, as a text unit `…#<table>#notes`, a blank line between
// notes. Nothing marked hidden is skipped: a list can be hidden text. A
// part with runs the eye does not see — hidden (Word's w:vanish; in
// OpenDocument a span or paragraph whose style says text:display="none"),
// white as the page, or 1 pt and smaller, directly or through a named style
// (word-styles.ts, odf-styles.ts) (Word, OpenDocument, DrawingML:
// PowerPoint and shapes on sheets) — is walked a second time without
// them, as `…#visible`: a decoy digit hidden inside every number leaves
// the numbers a reader sees unreadable in the first walk. What hides is
// kept per property at each open paragraph and run, the inner over the
// outer, so a run that sets back what its style or paragraph hides is
// seen. (White text on a dark cell is left out of that second walk too;
// the first has it.)
import { ExtractLimitError, budgetLeft, recordBranchError } from './limit-error.js';
import { memberLocation, partLabel } from './member.js';
import { formatNumber } from './number-format.js';
import { flat } from './flat.js';
import { checkText, parsePart, readUnparsedPart } from './ooxml.js';
import { writeLines } from './unit-lines.js';
import { type HidingProps, isTinyPoints, looksWhite, propsHide } from './unseen.js';
import { NO_WORD_STYLES, type WordStyles, wordRunProperty } from './word-styles.js';
import { ODF_DEFAULT_STYLE, odfTextHiding } from './odf-styles.js';
import type { ExtractContext, UnitWriter } from './types.js';
import { type Attrs, type XmlHandlers, attr } from './xml-stream.js';
import type { ZipMember, ZipReader } from './zip-reader.js';

export interface FlowVocabulary {
  paragraph: ReadonlySet<string>;
  /** Where character data counts: only inside these elements (OOXML `t`), or anywhere inside a paragraph (ODF) when null. */
  text: ReadonlySet<string> | null;
  tab: ReadonlySet<string>;
  lineBreak: ReadonlySet<string>;
  table: ReadonlySet<string>;
  row: ReadonlySet<string>;
  cell: ReadonlySet<string>;
  /** Properties and other non-content subtrees (tab stops live in pPr). */
  skip: ReadonlySet<string>;
  /** Notes attached to a table cell (ODF office:annotation): read as their own text unit, not as the cell. */
  aside?: ReadonlySet<string>;
  /** ODF `text:s`: c spaces. */
  space?: string;
  /** ODF repeat attributes (capped). */
  odf?: boolean;
  /** A run of text. */
  run?: string;
  /** DrawingML: what an element inside a run's a:rPr (`path`: from a:rPr down to it) sets of what can hide text. */
  drawingProperty?: (path: readonly string[], attrs: Attrs) => [string, boolean] | null;
  /**
   * Word: the document's named styles. A run's hiding properties come from
   * its w:rPr over its character style over its paragraph's (w:pPr) style
   * over the document defaults (word-styles.ts).
   */
  word?: WordStyles;
  /**
   * OpenDocument: a span or paragraph names its style — an automatic style
   * (read before the body) or a common style (`styles`, styles.xml's,
   * odf-styles.ts) — whose text properties, with its parent's where it sets
   * none, go over those of the span or paragraph around it.
   */
  hiddenByStyle?: boolean;
  styles?: ReadonlyMap<string, HidingProps>;
  /** Text the document holds and does not show in its flow: field instructions (Word's instrText). */
  unshown?: ReadonlySet<string>;
  /** Attributes that hold text no page shows: a picture's alternative text, a link's tooltip. */
  altText?: ReadonlyMap<string, readonly string[]>;
}

const set = (...s: string[]): ReadonlySet<string> => new Set(s);

/**
 * DrawingML run properties (PowerPoint, shapes on sheets) that keep text
 * from the eye: a:rPr's size (hundredths of a point); the text's fill —
 * none, or a colour white or too pale to read (an RGB value; the theme's
 * Background 1, PowerPoint's "White, Background 1"; the system's window
 * colour; preset white), unless darkened (lumMod, shade) — or fully
 * transparent. A fill in the outline (a:ln) or a highlight is not the text's.
 */
export function drawingRunProperty(path: readonly string[], attrs: Attrs): [string, boolean] | null {
  if (path.length === 1) {
    const sz = attr(attrs, 'sz');
    return sz === undefined ? null : ['size', isTinyPoints(Number(sz) / 100)];
  }
  if (path.length === 2 && path[1] === 'noFill') return ['color', true];
  if (path[1] !== 'solidFill') return null;
  if (path.length === 3) return ['color', drawingColorLooksWhite(path[2]!, attrs)];
  const val = Number(attr(attrs, 'val'));
  if (path.length === 4 && path[3] === 'alpha' && val <= 5000) return ['color', true];
  if (path.length === 4 && (path[3] === 'lumMod' || path[3] === 'shade') && val < 90000) return ['color', false];
  return null;
}

/**
 * Word 2010's text fill (w14:textFill in a run's w:rPr, after w:color, so
 * over it where it is read): no fill, or a fill white or too pale to read,
 * as DrawingML's. Its transparency (w14:alpha) is left alone.
 */
function wordTextFill(path: readonly string[], attrs: Attrs): [string, boolean] | null {
  if (path[1] !== 'textFill' || path.includes('alpha')) return null;
  return drawingRunProperty([path[0]!, ...path.slice(2)], attrs);
}

/** Whether a DrawingML colour element is white or too pale to read (the default theme's light 1 is white). */
function drawingColorLooksWhite(local: string, attrs: Attrs): boolean {
  const val = attr(attrs, 'val');
  if (local === 'srgbClr') return looksWhite(val);
  if (local === 'schemeClr') return val === 'bg1' || val === 'lt1';
  if (local === 'sysClr') return val === 'window' || looksWhite(attr(attrs, 'lastClr'));
  if (local === 'prstClr') return val === 'white';
  if (local === 'hslClr') return Number(attr(attrs, 'lum')) >= 95000;
  if (local === 'scrgbClr') return ['r', 'g', 'b'].every((c) => Number(attr(attrs, c)) >= 90000);
  return false;
}

export const WORD: FlowVocabulary = {
  paragraph: set('p'),
  text: set('t', 'delText'), // deleted (tracked) text is still in the file
  tab: set('tab'),
  lineBreak: set('br', 'cr'),
  table: set('tbl'),
  row: set('tr'),
  cell: set('tc'),
  skip: set('pPr', 'rPr', 'tblPr', 'tblGrid', 'trPr', 'tcPr', 'sectPr'),
  run: 'r',
  word: NO_WORD_STYLES,
  unshown: set('instrText'),
  altText: new Map([
    ['docPr', ['descr', 'title']],
    ['hyperlink', ['tooltip']],
  ]),
};

/** Word's vocabulary for a document with these named styles (word-styles.ts). */
export const wordVocabulary = (styles: WordStyles): FlowVocabulary => ({ ...WORD, word: styles });

export const DRAWING: FlowVocabulary = {
  paragraph: set('p'),
  text: set('t', 'text'), // a:t; p:text in slide comments
  tab: set(),
  lineBreak: set('br'),
  table: set('tbl'),
  row: set('tr'),
  cell: set('tc'),
  skip: set('pPr', 'rPr', 'endParaRPr', 'tblPr', 'tblGrid', 'tcPr'),
  run: 'r',
  drawingProperty: drawingRunProperty,
  altText: new Map([
    ['cNvPr', ['descr', 'title']],
    ['hlinkClick', ['tooltip']],
  ]),
};

export const ODF: FlowVocabulary = {
  paragraph: set('p', 'h'),
  text: null,
  tab: set('tab'),
  lineBreak: set('line-break'),
  table: set('table'),
  row: set('table-row'),
  cell: set('table-cell', 'covered-table-cell'),
  skip: set('table-columns', 'table-column', 'tracked-changes', 'forms'),
  aside: set('annotation'),
  space: 's',
  odf: true,
  run: 'span',
  hiddenByStyle: true,
};

/** Repeats of one cell written out at most; beyond, a repeated-cells bomb. */
export const MAX_CELL_REPEAT = 1000;
/** Cells per row written at most (Excel's and Calc's column limit). */
export const MAX_ROW_CELLS = 16_384;
const ODF_NUMERIC = new Set(['float']);

interface CellState {
  parts: string[];
  repeat: number;
  /** office:value of a numeric cell, printed instead of its formatted text. */
  value?: string;
}

export class FlowWalker {
  private textUnit: UnitWriter | null = null;
  private tableUnit: UnitWriter | null = null;
  private tableCount = 0;
  private tableDepth = 0;
  private skipDepth = 0;
  private textDepth = 0;
  /** Open paragraphs, innermost last. */
  private readonly paras: string[][] = [];
  private row: string[] | null = null;
  private cell: CellState | null = null;
  private tableLocation = '';
  /** Inside a cell's note, and the notes' lines so far (written after the table). */
  private asideDepth = 0;
  private asideLines: string[] = [];
  /** What may hide text at each open paragraph and run (a text box's paragraphs nest in a run), innermost last; open runs. */
  private readonly levels: HidingProps[] = [];
  private openRuns = 0;
  /** Whose properties the element being read holds: the innermost run's (w:rPr, a:rPr), its paragraph's (w:pPr), neither. */
  private propsOf: 'run' | 'paragraph' | null = null;
  /** The elements open inside the skipped element being read, from it down. */
  private readonly skipPath: string[] = [];
  /** OpenDocument: the style being read, and every style read so far with its parents folded in. */
  private style: { name: string; parent?: string; props: HidingProps } | null = null;
  private readonly styles: Map<string, HidingProps>;
  /** The part has text in hidden runs or paragraphs: worth a second walk without it. */
  sawHidden = false;
  /** Inside a field instruction; the paragraph's instructions so far; lines of unshown text for `#unshown`. */
  private unshownDepth = 0;
  private unshownPara: string[] = [];
  private unshownLines: string[] = [];

  constructor(
    private readonly vocab: FlowVocabulary,
    private readonly ctx: ExtractContext,
    private readonly location: string,
    /** Leave hidden runs out (the second walk). */
    private readonly shownOnly = false,
  ) {
    this.styles = new Map(vocab.styles);
  }

  readonly handlers: XmlHandlers = {
    open: (local, attrs) => this.open(local, attrs),
    close: (local) => this.close(local),
    text: (t) => this.text(t),
  };

  private open(local: string, attrs: Attrs): void {
    const v = this.vocab;
    if (!this.shownOnly) {
      if (v.unshown?.has(local)) this.unshownDepth++;
      const alt = v.altText?.get(local);
      if (alt) for (const a of alt) this.addUnshown(attr(attrs, a));
    }
    if (this.skipDepth > 0 || v.skip.has(local)) {
      if (this.skipDepth === 0) this.propsOf = local === 'rPr' && this.openRuns > 0 ? 'run' : local === 'pPr' ? 'paragraph' : null;
      else if (this.skipDepth === 1 && v.word) this.readWordProperty(v.word, local, attrs);
      this.skipPath.length = this.skipDepth;
      this.skipPath.push(local);
      const p = this.propsOf !== 'run' ? null : v.word ? wordTextFill(this.skipPath, attrs) : v.drawingProperty?.(this.skipPath, attrs);
      if (p) this.setLevel({ ...this.levels[this.levels.length - 1], [p[0]]: p[1] });
      this.skipDepth++;
      return;
    }
    if (v.hiddenByStyle) {
      if (local === 'style') {
        const name = attr(attrs, 'name');
        const parent = attr(attrs, 'parent-style-name');
        this.style = name === undefined ? null : { name, ...(parent === undefined ? {} : { parent }), props: {} };
      } else if (local === 'text-properties' && this.style) Object.assign(this.style.props, odfTextHiding(attrs));
    }
    if (local === v.run) {
      this.openRuns++;
      const around = this.levels[this.levels.length - 1] ?? v.word?.defaults ?? {};
      const own = v.hiddenByStyle ? this.styles.get(attr(attrs, 'style-name') ?? '') : undefined;
      this.levels.push(own ? { ...around, ...own } : around);
    }
    if (v.aside?.has(local) && (this.cell || this.asideDepth > 0)) {
      this.asideDepth++;
      return;
    }
    if (v.table.has(local)) {
      if (this.tableDepth++ === 0) this.startTable(attr(attrs, 'name'));
    } else if (v.row.has(local)) {
      if (this.tableDepth === 1) this.row = [];
    } else if (v.cell.has(local)) {
      if (this.tableDepth === 1 && this.row) {
        const repeat = v.odf ? Number(attr(attrs, 'number-columns-repeated') ?? 1) : 1;
        this.cell = { parts: [], repeat: Number.isFinite(repeat) && repeat >= 1 ? Math.min(Math.floor(repeat), MAX_CELL_REPEAT) : 1 };
        const value = attr(attrs, 'value');
        if (v.odf && value !== undefined && ODF_NUMERIC.has(attr(attrs, 'value-type') ?? '')) this.cell.value = value;
      } else if (this.cell) this.cell.parts.push(' ');
    } else if (v.paragraph.has(local)) {
      this.paras.push([]);
      if (v.word) this.levels.push(this.paragraphLevel(v.word, v.word.defaultParagraph));
      else if (v.hiddenByStyle) this.levels.push({ ...this.styles.get(ODF_DEFAULT_STYLE), ...this.styles.get(attr(attrs, 'style-name') ?? '') });
      else this.levels.push({});
    } else if (v.text?.has(local)) {
      this.textDepth++;
    } else if (v.tab.has(local)) {
      this.append('\t');
    } else if (v.lineBreak.has(local)) {
      this.append('\n');
    } else if (local === v.space) {
      const n = Number(attr(attrs, 'c') ?? 1);
      this.append(' '.repeat(Number.isFinite(n) ? Math.max(1, Math.min(n, 100)) : 1));
    }
  }

  private close(local: string): void {
    const v = this.vocab;
    if (v.hiddenByStyle && local === 'style' && this.style) {
      const { name, parent, props } = this.style;
      this.styles.set(name, { ...(parent === undefined ? undefined : this.styles.get(parent)), ...props });
      this.style = null;
    }
    if (this.unshownDepth > 0 && v.unshown?.has(local)) this.unshownDepth--;
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    if (local === v.run) {
      this.openRuns--;
      this.levels.pop();
    }
    if (v.aside?.has(local) && this.asideDepth > 0) {
      if (--this.asideDepth === 0) this.asideLines.push('');
      return;
    }
    if (v.table.has(local)) {
      if (--this.tableDepth === 0) this.endTable();
    } else if (v.row.has(local)) {
      if (this.tableDepth === 1 && this.row) this.endRow();
    } else if (v.cell.has(local)) {
      if (this.tableDepth === 1 && this.row && this.cell) {
        const c = this.cell;
        const text = c.value !== undefined ? formatNumber(c.value) : flat(c.parts.join('')).replace(/ {2,}/g, ' ').trim();
        for (let i = 0; i < c.repeat && this.row.length < MAX_ROW_CELLS; i++) this.row.push(text);
        this.cell = null;
      }
    } else if (v.paragraph.has(local)) {
      this.levels.pop();
      const p = this.paras.pop();
      if (p) this.endParagraph(p.join(''));
      this.endUnshown();
    } else if (v.text?.has(local)) {
      this.textDepth = Math.max(0, this.textDepth - 1);
    }
  }

  private text(t: string): void {
    if (this.unshownDepth > 0) {
      this.unshownPara.push(t);
      return;
    }
    if (this.skipDepth > 0 || (this.asideDepth > 0 && this.paras.length === 0)) return; // a note's author and date
    const hidden = propsHide(this.levels[this.levels.length - 1]);
    if (this.shownOnly && hidden) return;
    if (this.vocab.text ? this.textDepth > 0 : this.paras.length > 0) {
      this.sawHidden ||= hidden;
      this.append(t);
    }
  }

  private setLevel(props: HidingProps): void {
    if (this.levels.length > 0) this.levels[this.levels.length - 1] = props;
  }

  /** Word: what a paragraph in style `style` (a paragraph that names none: the default) sets, over the document defaults. */
  private paragraphLevel(word: WordStyles, style: string | undefined): HidingProps {
    return { ...word.defaults, ...(style === undefined ? undefined : word.styles.get(style)) };
  }

  /** Word: a child of w:rPr or w:pPr. A run's character style goes over its paragraph's, its own properties over both. */
  private readWordProperty(word: WordStyles, local: string, attrs: Attrs): void {
    if (this.propsOf === 'paragraph' && local === 'pStyle') this.setLevel(this.paragraphLevel(word, attr(attrs, 'val') ?? word.defaultParagraph));
    if (this.propsOf !== 'run') return;
    const top = this.levels[this.levels.length - 1];
    if (local === 'rStyle') this.setLevel({ ...top, ...word.styles.get(attr(attrs, 'val') ?? '') });
    const p = wordRunProperty(local, attrs);
    if (p) this.setLevel({ ...top, [p[0]]: p[1] });
  }

  private append(s: string): void {
    const p = this.paras[this.paras.length - 1];
    if (p) p.push(s);
    else if (this.cell) this.cell.parts.push(s);
    else if (this.vocab.text && this.textDepth > 0) this.endParagraph(s); // stray run outside a paragraph
  }

  private endParagraph(text: string): void {
    if (this.asideDepth > 0) {
      for (const line of text.split(/\r?\n/)) if (line.trim() !== '') this.asideLines.push(line);
      return;
    }
    if (this.cell) {
      // Paragraphs of one cell are joined with a space; the row stays one line.
      this.cell.parts.push(text, ' ');
      return;
    }
    if (this.tableDepth > 0) return; // text between rows (nothing real) is dropped
    for (const line of text.split(/\r?\n/)) {
      if (line.trim() === '') continue;
      this.textUnit ??= this.ctx.sink.open(this.location, { kind: 'text' });
      this.textUnit.write(`${line}\n`);
    }
    checkText(this.ctx);
  }

  private startTable(name: string | undefined): void {
    this.textUnit?.end();
    this.textUnit = null;
    this.tableCount++;
    const label = partLabel(name, `table${this.tableCount}`);
    this.tableLocation = `${this.location}#${label}`;
    this.tableUnit = this.ctx.sink.open(this.tableLocation, { kind: 'table', delimiter: '\t' });
  }

  private endRow(): void {
    const row = this.row ?? [];
    this.row = null;
    // ODF pads rows to the sheet width with repeated empty cells: drop trailing empties.
    while (row.length > 0 && row[row.length - 1] === '') row.pop();
    if (row.length === 0) return;
    this.tableUnit?.write(`${row.join('\t')}\n`);
    checkText(this.ctx);
  }

  private endTable(): void {
    this.tableUnit?.end();
    this.tableUnit = null;
    this.row = null;
    this.cell = null;
    this.asideDepth = 0;
    this.writeNotes();
  }

  /** A paragraph's field instructions (one field may be split over runs) as one line. */
  private endUnshown(): void {
    if (this.unshownPara.length === 0) return;
    this.addUnshown(this.unshownPara.join(''));
    this.unshownPara = [];
  }

  private addUnshown(text: string | undefined): void {
    if (!text) return;
    for (const line of text.split(/\r?\n/)) if (line.trim() !== '') this.unshownLines.push(line.trim());
  }

  /** Field instructions and alternative text, as a text unit of their own: not the flow they would break. */
  private writeUnshown(): void {
    this.endUnshown();
    const lines = this.unshownLines;
    this.unshownLines = [];
    this.writeUnit(`${this.location}#unshown`, lines);
  }

  /** The notes of the table just closed, as one text unit of their own. */
  private writeNotes(): void {
    const lines = this.asideLines;
    this.asideLines = [];
    this.writeUnit(`${this.tableLocation}#notes`, lines);
  }

  /** Lines, if any, as a text unit of their own. */
  private writeUnit(location: string, lines: readonly string[]): void {
    if (writeLines(this.ctx, location, lines)) checkText(this.ctx);
  }

  /** Close whatever is open (also after an error: what was written stays). */
  finish(): void {
    while (this.paras.length > 0) {
      const p = this.paras.pop();
      if (p && this.tableDepth === 0) {
        try {
          this.endParagraph(p.join(''));
        } catch {
          // max-text while flushing: the error that stopped the walk is what gets recorded.
        }
      }
    }
    this.tableUnit?.end();
    this.tableUnit = null;
    try {
      this.writeNotes();
    } catch {
      // max-text, as above.
    }
    this.textUnit?.end();
    this.textUnit = null;
    try {
      this.writeUnshown();
    } catch {
      // max-text, as above.
    }
  }
}

/**
 * Walk each part in turn; a part that fails is recorded and the others are
 * still read. Stops at abort, a spent byte budget or max-text. `readBefore`:
 * parts already read once for their styles.
 */
export async function extractFlowParts(
  zip: ZipReader,
  parts: readonly ZipMember[],
  vocab: FlowVocabulary,
  parentLocation: string,
  ctx: ExtractContext,
  readBefore: ReadonlySet<ZipMember> = new Set(),
): Promise<void> {
  for (const m of parts) {
    if (ctx.signal.aborted || !budgetLeft(ctx)) return;
    const location = memberLocation(parentLocation, m.name);
    const walk = async (walker: FlowWalker, again = false): Promise<boolean> => {
      try {
        await parsePart(zip, m, ctx, walker.handlers, again || readBefore.has(m));
        return true;
      } catch (err) {
        recordBranchError(ctx, location, err);
        if (!again && !(err instanceof ExtractLimitError)) await readUnparsedPart(zip, m, parentLocation, ctx);
        return !(err instanceof ExtractLimitError && err.reason === 'max-text');
      } finally {
        walker.finish();
      }
    };
    const walker = new FlowWalker(vocab, ctx, location);
    if (!(await walk(walker))) return;
    if (walker.sawHidden && !ctx.signal.aborted && budgetLeft(ctx)) {
      if (!(await walk(new FlowWalker(vocab, ctx, `${location}#visible`, true), true))) return;
    }
  }
}
