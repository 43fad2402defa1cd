// PDF: the text layer, one text unit per page (`report.pdf!/page/3`), lines
// kept as lines so a table printed to PDF still groups into person records.
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


const PAGE_BATCH = 16;

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
      let pages = 1; // until the first batch tells
      let textPages = 0;
      // Pages in batches: pdf-parse walks every page index per call, so one call per page would be quadratic.
      for (let first = 1; first <= pages; first += PAGE_BATCH) {
        if (ctx.signal.aborted) return;
        if (ctx.sink.textBytes > ctx.limits.maxTextBytes) {
          ctx.fail(input.location, 'max-text', `more than ${ctx.limits.maxTextBytes} bytes of text`);
          return;
        }
        const result = await parser.getText({ first, last: first + PAGE_BATCH - 1, pageJoiner: '', cellSeparator: '\t' });
        pages = result.total;
        for (const page of result.pages) {
          if (!hasText(page.text)) continue;
          textPages++;
          const writer = ctx.sink.open(`${input.location}!/page/${page.num}`, { kind: 'text' });
          writer.write(page.text.endsWith('\n') ? page.text : `${page.text}\n`);
          writer.end();
        }
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
