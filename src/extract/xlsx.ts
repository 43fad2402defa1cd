// Excel workbooks (xlsx/xlsm/xltx): every worksheet, hidden and very hidden
// ones included — and worksheet parts no workbook entry points at — because
// hiding a sheet, a column or a row is a classic way to slip a list out.
//
// Each sheet is one `table` unit (tab-delimited), one line per <row>, cells
// placed by their A1 reference with empty cells for gaps, so a column keeps
// its position across rows and person-record grouping works as for CSV.
// Location: `book.xlsx!/xl/worksheets/sheet2.xml` (the part name, stable and
// unique; sheet names are not part of locations).
//
// Pivot caches, which hold a copy of every source row even when the source
// sheet is gone, are read as tables too (`xlsx-pivot.ts`), and cell notes
// and threaded comments as text (`xlsx-notes.ts`). What a workbook holds off
// its grid — page headers and footers, validation lists, link tooltips,
// constant defined names (`xlsx-unshown.ts`) — and the text and alternative
// text of its drawings' shapes are read as well. A sheet whose shared
// strings have a rich-text run the eye does not see (white, or 1 pt and
// less: a decoy digit inside every number) is read a second time with those
// runs left out, as `…/sheet1.xml#visible`.
//
// Sheet XML is streamed from the zip entry into saxes; only the shared
// strings table is held in memory (bounded by the member cap and budget).
import { formatNumber } from './number-format.js';
import { budgetLeft, ExtractLimitError, recordBranchError } from './limit-error.js';
import { flat } from './flat.js';
import { checkText, parsePart, partsMatching, readRels, readUnparsedPart, recurseEmbedded, reportListing } from './ooxml.js';
import { readDocumentPictures } from './office-pictures.js';
import { readLeftoverParts } from './package-leftovers.js';
import { memberLocation } from './member.js';
import type { ExtractContext, ExtractInput, Extractor, UnitWriter } from './types.js';
import { writeLines } from './unit-lines.js';
import { paletteLooksWhite } from './office-palette.js';
import { colorKey, readCellFills, sameAsFill } from './xlsx-fills.js';
import { isTinyPoints, looksWhite, parseRgb } from './unseen.js';
import { type Attrs, attr } from './xml-stream.js';
import { readNotes } from './xlsx-notes.js';
import { OOXML_PROPERTIES, readProperties } from './doc-properties.js';
import { readPivotCaches } from './xlsx-pivot.js';
import { constantLines, HEADER_FOOTER, headerFooterLines, VALIDATION_FORMULA, validationListLines } from './xlsx-unshown.js';
import { DRAWING, extractFlowParts } from './flow-text.js';
import { type ZipMember, ZipReader } from './zip-reader.js';

/** Excel's last column is XFD (16,384); refs beyond it are clamped, not expanded. */
const MAX_COLUMNS = 16_384;
const WORKBOOK = 'xl/workbook.xml';
const REL_WORKSHEET = /\/worksheet$/;
const REL_SHARED_STRINGS = /\/sharedStrings$/;
const REL_PIVOT_CACHE = /\/pivotCacheDefinition$/;
const REL_STYLES = /\/styles$/;

/** Zero-based column of an A1 reference (`C7` → 2); undefined when there is none. */
export function columnOf(ref: string | undefined): number | undefined {
  if (!ref) return undefined;
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower-case
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
    if (col > MAX_COLUMNS) return MAX_COLUMNS - 1;
  }
  return i === 0 ? undefined : col - 1;
}

interface SheetRef {
  name: string;
  part: string;
}

interface SheetList {
  sheets: SheetRef[];
  shared?: string;
  pivotCaches: string[];
  /** Defined names whose value is a constant, as table lines. */
  constants: string[];
  styles?: string;
}

async function readSheetList(zip: ZipReader, ctx: ExtractContext): Promise<SheetList> {
  const wb = zip.find(WORKBOOK);
  if (!wb) return { sheets: [], pivotCaches: [], constants: [] };
  const rels = await readRels(zip, WORKBOOK, ctx);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetRef[] = [];
  const constants: string[] = [];
  let name: string | null = null;
  await parsePart(zip, wb, ctx, {
    open(local, attrs) {
      if (local === 'definedName') name = '';
      if (local !== 'sheet') return;
      // state="hidden"/"veryHidden" is read like any other sheet.
      const rel = byId.get(attr(attrs, 'id') ?? '');
      if (rel && REL_WORKSHEET.test(rel.type)) sheets.push({ name: attr(attrs, 'name') ?? '', part: rel.target });
    },
    close(local) {
      if (local !== 'definedName' || name === null) return;
      constants.push(...constantLines(name));
      name = null;
    },
    text(t) {
      if (name !== null) name += t;
    },
  });
  const shared = rels.find((r) => REL_SHARED_STRINGS.test(r.type))?.target;
  const pivotCaches = rels.filter((r) => REL_PIVOT_CACHE.test(r.type)).map((r) => r.target);
  const styles = rels.find((r) => REL_STYLES.test(r.type))?.target;
  return { sheets, pivotCaches, constants, ...(shared === undefined ? {} : { shared }), ...(styles === undefined ? {} : { styles }) };
}

interface SharedStrings {
  strings: string[];
  /** Strings with a rich-text run the eye does not see (white, 1 pt or less), as they look without it. */
  shown: Map<number, string>;
  /** A run names a colour of the legacy palette, which the workbook may have changed. */
  usesPalette?: boolean;
  /** Strings whose runs differ in colour, with their runs: a run coloured as its cell's fill is not seen (xlsx-fills.ts). */
  colored?: Map<number, ColoredString>;
}

interface ColoredString {
  pieces: string[];
  /** Each piece's colour key (colorKey), undefined for the font's own; whether the eye sees it on a white page. */
  colors: (string | undefined)[];
  unseen: boolean[];
}

const NO_PALETTE: Palette = new Map();

/** A workbook's own legacy palette (<indexedColors>), by index; empty when it has none. */
type Palette = ReadonlyMap<number, readonly [number, number, number]>;

/** A theme colour lightened this far (tint, 0–1) is too pale to read whatever the colour. */
const PALE_TINT = 0.95;

/**
 * Run properties (rPr children) that keep a run from the eye: white or too
 * pale to read (rgb; theme colour 0, Background 1, or any theme colour
 * lightened to near white; a legacy palette index, the workbook's palette
 * first) or 1 pt and less.
 */
function runHides(local: string, attrs: Attrs, palette: Palette): boolean {
  if (local === 'color') {
    const indexed = attr(attrs, 'indexed');
    return (
      looksWhite(attr(attrs, 'rgb')) ||
      attr(attrs, 'theme') === '0' ||
      Number(attr(attrs, 'tint')) >= PALE_TINT ||
      (indexed !== undefined && /^\d{1,3}$/.test(indexed) && paletteLooksWhite(Number(indexed), (i) => palette.get(i)))
    );
  }
  return local === 'sz' && isTinyPoints(Number(attr(attrs, 'val')));
}

/** The workbook's <indexedColors>, when its styles part has them: colour i for index i. */
async function readPalette(zip: ZipReader, part: string, ctx: ExtractContext): Promise<Palette> {
  const palette = new Map<number, readonly [number, number, number]>();
  const m = zip.find(part);
  if (!m) return palette;
  let inIndexed = false;
  let i = 0;
  await parsePart(zip, m, ctx, {
    open(local, attrs) {
      if (local === 'indexedColors') inIndexed = true;
      else if (inIndexed && local === 'rgbColor') {
        const rgb = parseRgb(attr(attrs, 'rgb'));
        if (rgb) palette.set(i, rgb);
        i++;
      }
    },
    close(local) {
      if (local === 'indexedColors') inIndexed = false;
    },
  });
  return palette;
}

/**
 * The shared strings table: rich-text runs concatenated, phonetic runs (rPh)
 * left out; and, for a string with a run the eye does not see (a white or
 * 1-point decoy digit inside a number), the string as it looks.
 */
async function readSharedStrings(zip: ZipReader, part: string, ctx: ExtractContext, palette: Palette, again = false): Promise<SharedStrings> {
  const shared: SharedStrings = { strings: [], shown: new Map() };
  const m = zip.find(part);
  if (!m) return shared;
  let cur: string[] | null = null;
  /** Which pieces of `cur` are in runs the eye does not see; null while none is (the usual case costs nothing). */
  let unseen: Set<number> | null = null;
  /** Each piece's run colour (undefined outside a run or for the font's own); null while no piece has one (most strings). */
  let colors: (string | undefined)[] | null = null;
  let inT = false;
  let rph = 0;
  let unseenRun = false;
  let inRun = false;
  let runColor: string | undefined;
  await parsePart(zip, m, ctx, {
    open(local, attrs) {
      if (local === 'si') (cur = []), (unseen = null), (colors = null);
      else if (local === 't') inT = true;
      else if (local === 'rPh') rph++;
      else if (local === 'r') (unseenRun = false), (inRun = true), (runColor = undefined);
      else if (cur && runHides(local, attrs, palette)) unseenRun = true;
      if (local === 'color') {
        if (attr(attrs, 'indexed') !== undefined) shared.usesPalette = true;
        if (inRun) runColor = colorKey(attrs);
      }
    },
    close(local) {
      if (local === 'si' && cur) {
        const text = flat(cur.join(''));
        const hidden = unseen;
        const looks = hidden ? flat(cur.filter((_, i) => !hidden.has(i)).join('')) : text;
        const index = shared.strings.length;
        if (looks !== text) shared.shown.set(index, looks);
        const c = colors;
        if (c?.some((k) => k !== c[0])) (shared.colored ??= new Map()).set(index, { pieces: cur, colors: c, unseen: cur.map((_, i) => hidden?.has(i) === true) });
        shared.strings.push(text);
        cur = null;
      } else if (local === 't') inT = false;
      else if (local === 'rPh') rph--;
      else if (local === 'r') (unseenRun = false), (inRun = false);
    },
    text(t) {
      if (!cur || !inT || rph !== 0) return;
      if (unseenRun) (unseen ??= new Set()).add(cur.length);
      const color = inRun ? runColor : undefined;
      if (color !== undefined) (colors ??= new Array<string | undefined>(cur.length).fill(undefined)).push(color);
      else colors?.push(undefined);
      cur.push(t);
    },
  }, again);
  return shared;
}

/**
 * Stream one worksheet into a table unit, one line per row; what the sheet
 * holds off its grid goes to `#unshown`. `asShown`: a second reading, with
 * shared strings as they look (nothing else written). Says whether the sheet
 * used a shared string with a run the eye does not see.
 */
async function readSheet(zip: ZipReader, m: ZipMember, shared: SharedStrings, fills: CellFills, writer: UnitWriter, ctx: ExtractContext, location: string, asShown = false): Promise<boolean> {
  let usesUnseen = false;
  let cells: Array<[number, string]> = [];
  const unshown: string[] = [];
  /** Text of the header, footer or validation formula being read, or null. */
  let offGrid: string | null = null;
  // Cells that point past the shared strings table (a damaged or missing table): empty to read, so said.
  let missing = 0;
  let nextCol = 0;
  let inRow = false;
  // Current cell.
  let col = 0;
  let type = 'n';
  let style = 0;
  let value = '';
  let inline = '';
  let inV = false;
  let inIs = false;
  let inT = false;
  let rph = 0;

  const endRow = (): void => {
    if (cells.length > 0 && cells.some(([, v]) => v !== '')) {
      cells.sort((a, b) => a[0] - b[0]);
      const out: string[] = [];
      for (const [c, v] of cells) {
        while (out.length < c) out.push('');
        out.push(v);
      }
      writer.write(`${out.join('\t')}\n`);
      checkText(ctx);
    }
    cells = [];
    nextCol = 0;
  };

  await parsePart(zip, m, ctx, {
    open(local, attrs) {
      switch (local) {
        case 'row':
          if (inRow) endRow();
          inRow = true;
          nextCol = 0;
          break;
        case 'c':
          col = columnOf(attr(attrs, 'r')) ?? nextCol;
          type = attr(attrs, 't') ?? 'n';
          style = Number(attr(attrs, 's') ?? 0);
          value = '';
          inline = '';
          break;
        case 'v':
          inV = true;
          break;
        case 'is':
          inIs = true;
          break;
        case 't':
          inT = true;
          break;
        case 'rPh':
          rph++;
          break;
        case 'hyperlink':
          for (const name of ['display', 'tooltip']) {
            const text = attr(attrs, name);
            if (text?.trim()) unshown.push(text.trim());
          }
          break;
        default:
          if (HEADER_FOOTER.has(local) || VALIDATION_FORMULA.has(local)) offGrid = '';
      }
    },
    close(local) {
      switch (local) {
        case 'row':
          endRow();
          inRow = false;
          break;
        case 'c':
          if (type === 's') {
            const index = Number.parseInt(value, 10);
            if (!(index < shared.strings.length)) missing++;
            // A map lookup per cell only in a workbook that has such strings.
            let looks = shared.shown.size > 0 ? shared.shown.get(index) : undefined;
            if (fills.length > 0) looks = looksOnFill(shared, index, fills[style]) ?? looks;
            if (looks !== undefined) usesUnseen = true;
            cells.push([col, asShown && looks !== undefined ? looks : (shared.strings[index] ?? '')]);
          } else cells.push([col, cellText(type, value, inline)]);
          nextCol = Math.min(col + 1, MAX_COLUMNS - 1);
          break;
        case 'v':
          inV = false;
          break;
        case 'is':
          inIs = false;
          break;
        case 't':
          inT = false;
          break;
        case 'rPh':
          rph--;
          break;
        default:
          if (offGrid === null) break;
          if (HEADER_FOOTER.has(local)) unshown.push(...headerFooterLines(offGrid));
          else if (VALIDATION_FORMULA.has(local)) unshown.push(...validationListLines(offGrid));
          else break;
          offGrid = null;
      }
    },
    text(t) {
      if (inV) value += t;
      else if (inIs && inT && rph === 0) inline += t;
      else if (offGrid !== null) offGrid += t;
    },
  }, asShown);
  if (cells.length > 0) endRow();
  if (asShown) return usesUnseen;
  if (writeLines(ctx, `${location}#unshown`, unshown)) checkText(ctx);
  if (missing > 0) ctx.fail(location, 'corrupt', `${missing} cell(s) refer to shared strings that are missing`);
  return usesUnseen;
}

/** A sheet's second reading, its shared strings as they look; a problem was said in the first. */
async function readSheetAsShown(zip: ZipReader, part: ZipMember, shared: SharedStrings, fills: CellFills, ctx: ExtractContext, location: string): Promise<void> {
  const writer = ctx.sink.open(location, { kind: 'table', delimiter: '\t' });
  try {
    await readSheet(zip, part, shared, fills, writer, ctx, location, true);
  } catch {
    // Said at the first reading; the rows before the problem are written.
  } finally {
    writer.end();
  }
}

/** Each cell format's solid fill colour key (xlsx-fills.ts), by the `s` of a cell; empty when no string needs them. */
type CellFills = readonly (string | undefined)[];

/** A shared string as it looks in a cell of fill `fill`, when a run of it has that colour; undefined otherwise. */
function looksOnFill(shared: SharedStrings, index: number, fill: string | undefined): string | undefined {
  const s = fill === undefined ? undefined : shared.colored?.get(index);
  if (!s) return undefined;
  const looks = flat(s.pieces.filter((_, i) => !s.unseen[i] && !(s.colors[i] !== undefined && sameAsFill(s.colors[i]!, fill!))).join(''));
  return looks === shared.strings[index] ? undefined : looks;
}

/** The text of a cell that is not a shared string. */
function cellText(type: string, value: string, inline: string): string {
  switch (type) {
    case 'inlineStr':
      return flat(inline);
    case 'b':
      return value.trim() === '1' ? 'TRUE' : 'FALSE';
    case 'str':
    case 'e':
    case 'd':
      return flat(value);
    default:
      // 'n' or absent: a number as stored, printed as a person would type it.
      return value === '' ? '' : formatNumber(value);
  }
}

export const xlsxExtractor: Extractor = {
  kind: 'xlsx',
  async extract(input: ExtractInput, ctx: ExtractContext): Promise<void> {
    const textBefore = ctx.sink.textBytes;
    const zip = await ZipReader.open(input, ctx.limits.maxMembers, ctx.signal);
    try {
      reportListing(zip, input, ctx);
      let sheets: SheetRef[] = [];
      let pivotCaches: string[] = [];
      let sharedPart = 'xl/sharedStrings.xml';
      let sharedNamed = false;
      let stylesPart = 'xl/styles.xml';
      try {
        const list = await readSheetList(zip, ctx);
        sheets = list.sheets;
        pivotCaches = list.pivotCaches;
        stylesPart = list.styles ?? stylesPart;
        if (writeLines(ctx, `${memberLocation(input.location, WORKBOOK)}#unshown`, list.constants, { kind: 'table', delimiter: '\t' })) checkText(ctx);
        if (list.shared !== undefined) {
          sharedPart = list.shared;
          sharedNamed = true;
        }
      } catch (err) {
        // A broken workbook part: the sheets are still found by name below.
        recordBranchError(ctx, memberLocation(input.location, WORKBOOK), err);
      }
      // Worksheet parts no workbook entry points at are read too.
      const listed = new Set(sheets.map((s) => s.part.toLowerCase()));
      for (const m of partsMatching(zip, /^xl\/worksheets\/[^/]+\.xml$/i)) {
        if (!listed.has(m.name.toLowerCase())) sheets.push({ name: '', part: m.name });
      }

      let shared: SharedStrings = { strings: [], shown: new Map() };
      try {
        if (sharedNamed && !zip.find(sharedPart)) ctx.fail(memberLocation(input.location, sharedPart), 'corrupt', 'the workbook names a shared strings part that is missing');
        shared = await readSharedStrings(zip, sharedPart, ctx, NO_PALETTE);
        // Read again in the workbook's own palette, when its runs use the palette and it has one (rare).
        const palette = shared.usesPalette ? await readPalette(zip, stylesPart, ctx) : NO_PALETTE;
        if (palette.size > 0) shared = await readSharedStrings(zip, sharedPart, ctx, palette, true);
      } catch (err) {
        recordBranchError(ctx, memberLocation(input.location, sharedPart), err);
      }
      // Cell fills, when a string's runs differ in colour (one may be the colour of its cell).
      let fills: CellFills = [];
      if (shared.colored) fills = await readCellFills(zip, stylesPart, ctx).catch((err: unknown) => (recordBranchError(ctx, memberLocation(input.location, stylesPart), err), []));

      for (const sheet of sheets) {
        if (ctx.signal.aborted || !budgetLeft(ctx)) return;
        const location = memberLocation(input.location, sheet.part);
        const part = zip.find(sheet.part);
        if (!part) {
          ctx.fail(location, 'corrupt', 'workbook names a sheet part that is missing');
          continue;
        }
        const writer = ctx.sink.open(location, { kind: 'table', delimiter: '\t' });
        let unparsed = false;
        let usesUnseen = false;
        try {
          usesUnseen = await readSheet(zip, part, shared, fills, writer, ctx, location);
        } catch (err) {
          // Rows already written stay: what was found before a problem counts.
          recordBranchError(ctx, location, err);
          if (ctx.sink.exhausted) return;
          unparsed = !(err instanceof ExtractLimitError);
        } finally {
          writer.end();
        }
        // A sheet part that is no XML at all (a CSV saved under its name) is read again by content.
        if (unparsed) await readUnparsedPart(zip, part, input.location, ctx);
        // A decoy digit in a white or 1-point run inside every number: the sheet again, as it looks.
        if (usesUnseen && budgetLeft(ctx)) await readSheetAsShown(zip, part, shared, fills, ctx, `${location}#visible`);
      }
      await readPivotCaches(zip, pivotCaches, input, ctx);
      await readNotes(zip, sheets.map((s) => s.part), input, ctx);
      // Shapes on the sheets: their text, and their alternative text (`#unshown`).
      await extractFlowParts(zip, partsMatching(zip, /^xl\/drawings\/drawing\d*\.xml$/i), DRAWING, input.location, ctx);
      await readProperties(zip, OOXML_PROPERTIES, input, ctx);
      await recurseEmbedded(zip, input, ctx, /^xl\/embeddings\//i);
      await readDocumentPictures(zip, input, ctx, textBefore);
      const styles = zip.find(stylesPart);
      await readLeftoverParts(zip, input, ctx, new Set(styles ? [styles] : []));
    } finally {
      zip.close();
    }
  },
};
