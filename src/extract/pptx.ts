// PowerPoint decks (pptx/pptm/ppsx): slides in order, then speaker notes and
// slide comments, then embedded files. Text frames are paragraphs; a:tbl
// tables become table units, one line per row (flow-text.ts).
import { DRAWING, extractFlowParts } from './flow-text.js';
import { partsMatching, recurseEmbedded, reportListing } from './ooxml.js';
import { OOXML_PROPERTIES, readProperties } from './doc-properties.js';
import type { ExtractContext, ExtractInput, Extractor } from './types.js';
import { ZipReader } from './zip-reader.js';

export const pptxExtractor: Extractor = {
  kind: 'pptx',
  async extract(input: ExtractInput, ctx: ExtractContext): Promise<void> {
    const zip = await ZipReader.open(input, ctx.limits.maxMembers, ctx.signal);
    try {
      reportListing(zip, input, ctx);
      const parts = [
        ...partsMatching(zip, /^ppt\/slides\/slide\d+\.xml$/i),
        ...partsMatching(zip, /^ppt\/notesSlides\/notesSlide\d+\.xml$/i),
        ...partsMatching(zip, /^ppt\/comments\/[^/]+\.xml$/i),
      ];
      await extractFlowParts(zip, parts, DRAWING, input.location, ctx);
      await readProperties(zip, OOXML_PROPERTIES, input, ctx);
      await recurseEmbedded(zip, input, ctx, /^ppt\/embeddings\//i);
    } finally {
      zip.close();
    }
  },
};
