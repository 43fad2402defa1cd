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
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PasswordException, PDFParse, VerbosityLevel } from 'pdf-parse';
import type { LoadParameters } from 'pdf-parse';
import { readWhole } from './input.js';
import { carryHeader, layoutPage, rememberHeader, type CarriedHeader, type PageLayout, type TextRun } from './pdf-layout.js';
import type { ExtractContext, ExtractInput, Extractor } from './types.js';

/** pdf.js data for non-embedded CJK fonts (Adobe-GB1 CMaps) and the 14 standard fonts. */
function pdfjsAssets(): Pick<LoadParameters, 'cMapUrl' | 'cMapPacked' | 'standardFontDataUrl'> {
  try {
    const require = createRequire(import.meta.url);
    const root = dirname(require.resolve('pdfjs-dist/package.json', { paths: [dirname(require.resolve('pdf-parse'))] }));
    // pdf.js in Node reads these with fs; it wants a trailing slash.
    const dir = (sub: string): string => `${pathToFileURL(join(root, sub)).pathname}/`;
    return { cMapUrl: dir('cmaps'), cMapPacked: true, standardFontDataUrl: dir('standard_fonts') };
  } catch {
    // Without CMaps, text in non-embedded CJK fonts comes out empty; embedded fonts still work.
    return {};
  }
}

let assets: ReturnType<typeof pdfjsAssets> | undefined;


/** The slice of pdf.js's document and page API used here. */
interface PdfDocument {
  readonly numPages: number;
  getPage(n: number): Promise<PdfPage>;
}
interface PdfPage {
  readonly view?: number[];
  getTextContent(): Promise<{ items: ReadonlyArray<{ str?: string; transform?: number[]; width?: number; height?: number }> }>;
  cleanup(): void;
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

/** Width of the page's media box in points (0 when unknown: no wrapped-line joining). */
function pageWidth(page: PdfPage): number {
  const [x0 = 0, , x1 = 0] = page.view ?? [];
  return Math.abs(x1 - x0);
}

const hasText = (s: string): boolean => /\S/.test(s);

export const pdfExtractor: Extractor = {
  kind: 'pdf',
  async extract(input: ExtractInput, ctx: ExtractContext): Promise<void> {
    const data = await readWhole(input, ctx);
    if (!data || ctx.signal.aborted) return;
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
      stopAtErrors: false,
      ...assets,
    });
    try {
      const doc = await openDocument(parser);
      const pages = doc.numPages;
      let textPages = 0;
      // Headers of the tables so far, most recent first (a table may continue under any of them).
      let carried: CarriedHeader[] = [];
      for (let n = 1; n <= pages; n++) {
        if (ctx.signal.aborted) return;
        if (ctx.sink.exhausted) return; // max-text: recorded by the sink
        const page = await doc.getPage(n);
        let layout: PageLayout;
        try {
          // A carried header's starts are this page's columns if it continues that table.
          layout = layoutPage(runsOf((await page.getTextContent()).items), pageWidth(page), carried.map((h) => h.starts));
        } finally {
          page.cleanup();
        }
        const location = `${input.location}!/page/${n}`;
        if (layout.rows > 0 && layout.tableRows * 2 >= layout.rows) {
          let any = false;
          const { prepend, next } = carryHeader(layout, carried);
          carried = rememberHeader(carried, next);
          layout.blocks.forEach((b, i) => {
            let text = b.join('\n');
            if (prepend?.block === i) text = `${prepend.text}\n${text}`;
            if (!hasText(text)) return;
            any = true;
            const writer = ctx.sink.open(i ? `${location}#${i + 1}` : location, { kind: 'table', delimiter: '\t' });
            writer.write(`${text}\n`);
            writer.end();
          });
          if (any) textPages++;
          continue;
        }
        carried = [];
        const text = layout.blocks.map((b) => b.join('\n')).join('\n');
        if (!hasText(text)) continue;
        textPages++;
        const writer = ctx.sink.open(location, { kind: 'text' });
        writer.write(`${text}\n`);
        writer.end();
      }
      // pdf.js recovers what it can from damaged files; a "PDF" with no pages at all is not one.
      if (pages === 0) throw new Error('no pages');
      if (textPages === 0) {
        ctx.fail(input.location, 'no-text-layer', `${pages} page(s), no text: scanned or image-only`);
      }
    } catch (err) {
      if (err instanceof PasswordException || (err as { name?: string } | null)?.name === 'PasswordException') {
        ctx.fail(input.location, 'encrypted', 'password-protected PDF');
        return;
      }
      throw err; // dispatch records it as corrupt
    } finally {
      await parser.destroy().catch(() => undefined);
    }
  },
};
