// PDF: the text layer, one text unit per page (`report.pdf!/page/3`).
//
// Lines and table cells are rebuilt from glyph positions (pdf-layout.ts), not
// taken from pdf-parse's stream-order text, which runs a printed sheet's cells
// into each other. A page that reads as a table is written as tab-separated
// table units, one per block of rows (`report.pdf!/page/3`, `…/page/3#2` for
// the second table on the page), with the header row of a table that
// continues from the previous page repeated above it; any other page is one
// text unit.
//
// pdf.js (through pdf-parse) needs the whole document in memory, so a file is
// read once after a size check against the byte budget. A PDF with pages but
// no text characters is a scan or a picture of a list: `no-text-layer`, never
// clean. A user password is `encrypted`; an owner-only password (print/copy
// restrictions) is decrypted transparently by pdf.js and scanned.
//
// What a PDF carries besides its pages is read too: the text of annotations
// (sticky notes, free text: `report.pdf!/page/3#annotations`), and files
// attached to the document or to an annotation, which are whole items of
// their own (`report.pdf!/客户.xlsx`) — attaching the spreadsheet to a
// harmless PDF is an easy way to carry it. pdf.js inflates an attachment
// whole; its size is then checked against the byte budget.
//
// A page that draws glyphs no one sees (white, invisible, 1-point) is also
// read as it looks, without them (`report.pdf!/page/3#visible`,
// pdf-unseen.ts).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PasswordException, PDFParse, VerbosityLevel } from 'pdf-parse';
import type { LoadParameters } from 'pdf-parse';
import { describeError, readWhole } from './input.js';
import { carryHeader, layoutPage, rememberHeader, type CarriedHeader, type PageLayout, type TextRun } from './pdf-layout.js';
import { budgetLeft, recordBranchError } from './limit-error.js';
import { checkStreams, holdsEmbeddedFiles, isEncrypted, listsAnnotations, xrefMismatches } from './pdf-integrity.js';
import { pdfTextStrings } from './pdf-strings.js';
import { reportPictureBesideLittleText } from './image.js';
import { pdfjsRoot } from './pdfjs-path.js';
import { findPicturePage, LITTLE_TEXT, MAX_DECODED_PIXELS, type OperatorList } from './pdf-pictures.js';
import { memberInput, memberLocation } from './member.js';
import { loadTextOps, markUnseenGlyphs, seenRuns } from './pdf-unseen.js';
import { isTinyPoints } from './unseen.js';
import type { ExtractContext, ExtractInput, Extractor, UnitWriter } from './types.js';

/** pdf.js data for non-embedded CJK fonts (Adobe-GB1 CMaps) and the 14 standard fonts. */
function pdfjsAssets(): Pick<LoadParameters, 'cMapUrl' | 'cMapPacked' | 'standardFontDataUrl'> {
  try {
    const root = pdfjsRoot();
    // pdf.js in Node reads these with fs; it wants a trailing slash.
    const dir = (sub: string): string => `${pathToFileURL(join(root, sub)).pathname}/`;
    return { cMapUrl: dir('cmaps'), cMapPacked: true, standardFontDataUrl: dir('standard_fonts') };
  } catch {
    // Without CMaps, text in non-embedded CJK fonts comes out empty; embedded fonts still work.
    return {};
  }
}

let assets: ReturnType<typeof pdfjsAssets> | undefined;


/** An attached file as pdf.js gives it. */
interface PdfFile {
  filename?: string;
  content?: Uint8Array | null;
}

/** The slice of pdf.js's document and page API used here. */
interface PdfDocument {
  readonly numPages: number;
  getPage(n: number): Promise<PdfPage>;
  getAttachments(): Promise<Record<string, PdfFile> | null>;
}
interface PdfPage {
  readonly view?: number[];
  getTextContent(): Promise<{ items: ReadonlyArray<{ str?: string; transform?: number[]; width?: number; height?: number }> }>;
  getAnnotations(): Promise<ReadonlyArray<{ contentsObj?: { str?: string }; file?: PdfFile }>>;
  getOperatorList(): Promise<OperatorList>;
  cleanup(): void;
}

/** What a page carries besides its text: annotation text and attached files. */
interface PageExtras {
  location: string;
  /** Annotations pdf.js found on the page, of any kind. */
  count: number;
  notes: string[];
  files: PdfFile[];
}

async function extrasOf(page: PdfPage, location: string): Promise<PageExtras> {
  const annotations = await page.getAnnotations();
  const extras: PageExtras = { location, count: annotations.length, notes: [], files: [] };
  for (const a of annotations) {
    // A popup shows its parent's text again (and is what is left when the parent is damaged).
    const text = a.contentsObj?.str?.replace(/\r\n?/g, '\n');
    if (text && hasText(text) && !extras.notes.includes(text)) extras.notes.push(text);
    if (a.file) extras.files.push(a.file);
  }
  return extras;
}

/** Annotation text as text units, then every attached file as an item of its own. */
async function writeExtras(pages: readonly PageExtras[], attached: readonly PdfFile[], input: ExtractInput, ctx: ExtractContext): Promise<void> {
  for (const p of pages) {
    if (p.notes.length === 0) continue;
    const writer = ctx.sink.open(`${p.location}#annotations`, { kind: 'text' });
    writer.write(`${p.notes.join('\n\n')}\n`);
    writer.end();
  }
  const files = [...attached, ...pages.flatMap((p) => p.files)];
  for (const [i, f] of files.entries()) {
    if (ctx.signal.aborted || !budgetLeft(ctx)) return;
    // A name for the location only: no path, nothing that breaks the `!/` syntax.
    const name = (f.filename ?? '').replace(/[\\/!\x00-\x1f]/g, '_') || `attachment${i + 1}`;
    if (!f.content) {
      ctx.fail(memberLocation(input.location, name), 'corrupt', 'attached file without readable content');
      continue;
    }
    try {
      await ctx.recurse(memberInput(input, name, Buffer.from(f.content.buffer, f.content.byteOffset, f.content.byteLength)));
    } catch (err) {
      recordBranchError(ctx, memberLocation(input.location, name), err);
    }
  }
}

/**
 * The text strings of the file's objects (pdf-strings.ts) as one text unit,
 * `doc.pdf#strings`, less the annotation text pdf.js read already. Not for an
 * encrypted file, whose strings are ciphertext.
 */
function writeObjectStrings(data: Buffer, read: ReadonlySet<string>, location: string, ctx: ExtractContext): void {
  if (isEncrypted(data)) return;
  const unit: { writer?: UnitWriter } = {};
  const { damaged } = pdfTextStrings(data, (text) => {
    if (read.has(text) || ctx.sink.exhausted) return;
    unit.writer ??= ctx.sink.open(`${location}#strings`, { kind: 'text' });
    unit.writer.write(`${text}\n`);
  });
  unit.writer?.end();
  if (damaged > 0) ctx.fail(location, 'corrupt', `${damaged} text string(s) with a hex digit missing or overwritten: unreadable`);
}

/**
 * The pdf.js document behind a PDFParse. Its `getText` flattens a page to a
 * string in stream order, which is what loses table cells; the runs with
 * their positions are in the page's text content. `load()` is private in
 * pdf-parse's typings but is how every one of its methods opens the
 * document (and maps a password error to PasswordException).
 */
async function openDocument(parser: PDFParse): Promise<PdfDocument> {
  const load = (parser as unknown as { load?: () => Promise<PdfDocument> }).load;
  if (typeof load !== 'function') throw new Error('pdf-parse without load(): cannot read text positions');
  return load.call(parser);
}

/** Runs of a page in layout terms; rotated text (a vertical margin note) is kept, off the grid. */
function runsOf(items: Awaited<ReturnType<PdfPage['getTextContent']>>['items']): TextRun[] {
  const runs: TextRun[] = [];
  for (const it of items) {
    if (typeof it.str !== 'string' || it.str === '' || !it.transform) continue;
    const [a = 1, b = 0, c = 0, d = 1, x = 0, y = 0] = it.transform;
    const rotated = Math.abs(b) > 1e-3 * Math.abs(a) || Math.abs(c) > 1e-3 * Math.abs(d) || a <= 0 || d <= 0;
    runs.push({ str: it.str, x, y, width: it.width ?? 0, size: Math.hypot(c, d) || (it.height ?? 0), rotated });
  }
  return runs;
}

/**
 * The page's runs as they look, when some of its glyphs are not seen: white
 * or invisible ones (asked of the operator list only when the file's
 * streams `mayHide` such text) and 1-point runs. Null when nothing is hidden.
 */
async function seenRunsOf(page: PdfPage, runs: readonly TextRun[], mayHide: boolean, location: string, ctx: ExtractContext): Promise<TextRun[] | null> {
  const tinyOnly = (): TextRun[] | null => (runs.some((r) => isTinyPoints(r.size)) ? seenRuns(runs, null, isTinyPoints) : null);
  if (!mayHide) return tinyOnly();
  const marks = markUnseenGlyphs(await page.getOperatorList(), await loadTextOps());
  // pdf.js gives an empty operator list for a page it cannot draw (an XObject of no known kind), without a word.
  if (marks.chars.length === 0 && runs.some((r) => /\S/.test(r.str))) {
    ctx.fail(location, 'corrupt', 'text read, but the page could not be drawn: glyph colours unknown, not read as it looks');
    return tinyOnly();
  }
  if (!marks.hidden.includes(true)) return tinyOnly();
  const shown = seenRuns(runs, marks, isTinyPoints);
  if (!shown) ctx.fail(location, 'corrupt', 'glyphs no one sees could not be matched to the text: not read as it looks');
  return shown ?? tinyOnly();
}

/**
 * A page's layout as text units under `location` (+ `suffix`): table blocks
 * (the header of a table continued from an earlier page put above) or one
 * text unit. Whether text was written, and the headers to carry on.
 */
function writePage(layout: PageLayout, location: string, carried: readonly CarriedHeader[], ctx: ExtractContext, suffix = ''): { wrote: boolean; carried: CarriedHeader[] } {
  if (layout.rows > 0 && layout.tableRows * 2 >= layout.rows) {
    let wrote = false;
    const { prepend, next } = carryHeader(layout, carried);
    layout.blocks.forEach((b, i) => {
      let text = b.join('\n');
      if (prepend?.block === i) text = `${prepend.text}\n${text}`;
      if (!hasText(text)) return;
      wrote = true;
      const writer = ctx.sink.open(`${i ? `${location}#${i + 1}` : location}${suffix}`, { kind: 'table', delimiter: '\t' });
      writer.write(`${text}\n`);
      writer.end();
    });
    return { wrote, carried: rememberHeader(carried, next) };
  }
  const text = layout.blocks.map((b) => b.join('\n')).join('\n');
  if (!hasText(text)) return { wrote: false, carried: [] };
  const writer = ctx.sink.open(`${location}${suffix}`, { kind: 'text' });
  writer.write(`${text}\n`);
  writer.end();
  return { wrote: true, carried: [] };
}

/** Width of the page's media box in points (0 when unknown: no wrapped-line joining). */
function pageWidth(page: PdfPage): number {
  const [x0 = 0, , x1 = 0] = page.view ?? [];
  return Math.abs(x1 - x0);
}

const hasText = (s: string): boolean => /\S/.test(s);

/** Characters other than white space in a page's rows. */
function visibleChars(blocks: readonly (readonly string[])[]): number {
  let n = 0;
  for (const rows of blocks) for (const row of rows) n += row.replace(/\s+/g, '').length;
  return n;
}

/**
 * In a document with text, a page with little or none that shows a picture
 * (a scanned page, a screenshot of a list) is `no-text-layer`: the picture is
 * not read, and the rest of the document must not make the file look clean.
 */
async function reportPictures(doc: PdfDocument, sparse: readonly number[], largestImage: number, location: string, ctx: ExtractContext): Promise<void> {
  let search: Awaited<ReturnType<typeof findPicturePage>>;
  try {
    search = await findPicturePage((n) => doc.getPage(n), sparse, ctx.signal);
  } catch (err) {
    ctx.fail(location, 'corrupt', `a page with little text could not be examined for pictures: ${describeError(err)}`);
    return;
  }
  const rest = sparse.length - search.examined;
  const more = rest > 0 ? ` (${rest} more page(s) with little text not examined)` : '';
  if (search.found) {
    reportPictureBesideLittleText(ctx, `${location}!/page/${search.found.page}`, search.found, more);
  } else if (rest > 0) {
    ctx.fail(location, 'no-text-layer', `${rest} page(s) with little or no text not examined for pictures`);
  } else if (largestImage > MAX_DECODED_PIXELS) {
    // pdf.js leaves such an image out of a page's drawing without a word.
    ctx.fail(location, 'no-text-layer', `an image of ${Math.round(largestImage / 1e6)} megapixels, too large to examine, beside pages with little text`);
  }
}

const isPasswordError = (err: unknown): boolean => err instanceof PasswordException || (err as { name?: string } | null)?.name === 'PasswordException';


/**
 * A complete PDF ends with %%EOF and at most white space or NUL padding.
 * Readers also accept junk after it, but a file cut inside an incremental
 * update (how pdfattach and signing tools append) looks just like that.
 */
function endsWithEof(data: Buffer): boolean {
  const at = data.lastIndexOf('%%EOF');
  if (at < 0) return false;
  for (let i = at + 5; i < data.length; i++) {
    const b = data[i]!;
    if (b !== 0x0a && b !== 0x0d && b !== 0x20 && b !== 0x09 && b !== 0x0c && b !== 0x00) return false;
  }
  return true;
}

export const pdfExtractor: Extractor = {
  kind: 'pdf',
  async extract(input: ExtractInput, ctx: ExtractContext): Promise<void> {
    const data = await readWhole(input, ctx);
    if (!data || ctx.signal.aborted) return;
    // pdf.js repairs a cut-off file silently, and what was cut (an attachment
    // added by an incremental update, the last pages) is then simply not
    // there: the file is read, and said to be damaged.
    if (!endsWithEof(data)) ctx.fail(input.location, 'corrupt', 'does not end with %%EOF: truncated or damaged, read as far as it could be repaired');
    const streams = await checkStreams(data, ctx.limits);
    // pdf.js would inflate the stream whole in memory: the file is not read.
    if (streams.over === 'max-ratio') return ctx.fail(input.location, 'max-ratio', `decompression bomb: a stream inflates past ${ctx.limits.maxRatio}:1`);
    if (streams.over === 'max-bytes') return ctx.fail(input.location, 'max-bytes', `streams inflate to more than ${ctx.limits.maxBytes} bytes`);
    if (streams.damaged > 0) ctx.fail(input.location, 'corrupt', `${streams.damaged} stream(s) damaged: read as far as they go`);
    const { misplaced, malformed } = xrefMismatches(data);
    if (misplaced > 0) ctx.fail(input.location, 'corrupt', `${misplaced} cross-reference entr${misplaced === 1 ? 'y does' : 'ies do'} not match the objects: repaired, read as far as it goes`);
    if (malformed > 0) ctx.fail(input.location, 'corrupt', `${malformed} object${malformed === 1 ? ' does' : 's do'} not parse: read as far as it goes`);
    assets ??= pdfjsAssets();
    const parser = new PDFParse({
      // pdf.js transfers (detaches) the array it is given: hand it a copy, never the caller's buffer.
      data: new Uint8Array(data),
      // pdf.js prints warnings with console.log: that would corrupt `--format jsonl` on stdout.
      verbosity: VerbosityLevel.ERRORS,
      // Font programs are hostile input: never compile them to JS (CVE-2024-4367).
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      // A page whose content stream is damaged is a rejected getTextContent (that page is
      // `corrupt`), not a page pdf.js quietly cuts short. Damaged cross-references are still repaired.
      stopAtErrors: true,
      // Pictures are decoded only on pages with little text (pdf-pictures.ts), and none this large.
      maxImageSize: MAX_DECODED_PIXELS,
      ...assets,
    });
    try {
      const doc = await openDocument(parser);
      const pages = doc.numPages;
      let textPages = 0;
      // Headers of the tables so far, most recent first (a table may continue under any of them).
      let carried: CarriedHeader[] = [];
      const extras: PageExtras[] = [];
      let failedPages = 0;
      // Pages with little or no text: a picture there may be a scanned list.
      const sparse: number[] = [];
      for (let n = 1; n <= pages; n++) {
        if (ctx.signal.aborted) return;
        if (ctx.sink.exhausted) return; // max-text: recorded by the sink
        const location = `${input.location}!/page/${n}`;
        let layout: PageLayout;
        let seen: PageLayout | null = null;
        try {
          const page = await doc.getPage(n);
          try {
            // A carried header's starts are this page's columns if it continues that table.
            const hints = carried.map((h) => h.starts);
            const runs = runsOf((await page.getTextContent()).items);
            layout = layoutPage(runs, pageWidth(page), hints);
            // The text is read: what else the page is asked for may fail without losing it.
            try {
              const shown = await seenRunsOf(page, runs, streams.mayHideText, location, ctx);
              if (shown) seen = layoutPage(shown, pageWidth(page), hints);
              extras.push(await extrasOf(page, location));
            } catch (err) {
              if (isPasswordError(err)) throw err;
              ctx.fail(location, 'corrupt', `page text read, its drawing or annotations could not be: ${describeError(err)}`);
            }
          } finally {
            page.cleanup();
          }
        } catch (err) {
          if (isPasswordError(err)) throw err;
          ctx.fail(location, 'corrupt', `page could not be read: ${describeError(err)}`);
          failedPages++;
          carried = [];
          continue;
        }
        if (visibleChars(layout.blocks) < LITTLE_TEXT) sparse.push(n);
        const read = writePage(layout, location, carried, ctx);
        if (seen) writePage(seen, location, carried, ctx, '#visible');
        carried = read.carried;
        if (read.wrote) textPages++;
      }
      // pdf.js recovers what it can from damaged files; a "PDF" with no pages at all is not one.
      if (pages === 0) throw new Error('no pages');
      // A page that lists annotations pdf.js could not read (a damaged dictionary it repaired around) must not read as clean.
      if (extras.every((e) => e.count === 0) && listsAnnotations(data)) {
        ctx.fail(input.location, 'corrupt', 'the file lists annotations that could not be read');
      }
      const attached = Object.values((await doc.getAttachments()) ?? {});
      // An attached file whose name tree or annotation pdf.js cannot reach (a damaged /Names) must not read as clean.
      if (attached.length === 0 && extras.every((e) => e.files.length === 0) && holdsEmbeddedFiles(data)) {
        ctx.fail(input.location, 'corrupt', 'the file holds attached files that could not be reached');
      }
      await writeExtras(extras, attached, input, ctx);
      writeObjectStrings(data, new Set(extras.flatMap((e) => e.notes)), input.location, ctx);
      if (textPages === 0 && failedPages === 0) {
        ctx.fail(input.location, 'no-text-layer', `${pages} page(s), no text: scanned or image-only`);
      } else if (sparse.length > 0) {
        await reportPictures(doc, sparse, streams.largestImage, input.location, ctx);
      }
    } catch (err) {
      if (isPasswordError(err)) {
        ctx.fail(input.location, 'encrypted', 'password-protected PDF');
        return;
      }
      writeObjectStrings(data, new Set(), input.location, ctx); // what can be read of a file pdf.js cannot open
      throw err; // dispatch records it as corrupt
    } finally {
      await parser.destroy().catch(() => undefined);
    }
  },
};
