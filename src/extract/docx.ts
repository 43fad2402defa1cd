// Word documents (docx/docm/dotx): body, headers, footers, footnotes,
// endnotes and comments, then files embedded in the document.
//
// Why not mammoth: its raw-text output puts every table cell in a paragraph
// of its own, so a customer table loses its rows and person-record grouping
// fails; it also buffers the whole document. The part XML is simple enough
// to walk with saxes (flow-text.ts): paragraphs → lines, table rows →
// tab-separated lines of a table unit, tracked deletions included.
import { extractFlowParts, WORD } from './flow-text.js';
import { partsMatching, recurseEmbedded, reportListing } from './ooxml.js';
import type { ExtractContext, ExtractInput, Extractor } from './types.js';
import { ZipReader } from './zip-reader.js';

const PARTS = /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/i;

export const docxExtractor: Extractor = {
  kind: 'docx',
  async extract(input: ExtractInput, ctx: ExtractContext): Promise<void> {
    const zip = await ZipReader.open(input, ctx.limits.maxMembers, ctx.signal);
    try {
      reportListing(zip, input, ctx);
      // The body first, then the rest in name order.
      const parts = partsMatching(zip, PARTS).sort((a, b) => rank(a.name) - rank(b.name));
      await extractFlowParts(zip, parts, WORD, input.location, ctx);
      await recurseEmbedded(zip, input, ctx, /^word\/embeddings\//i);
    } finally {
      zip.close();
    }
  },
};

const rank = (name: string): number => (/document\.xml$/i.test(name) ? 0 : 1);
