// PowerPoint decks (pptx/pptm/ppsx): slides in order, then speaker notes and
// slide comments, then embedded files. Text frames are paragraphs; a:tbl
// tables become table units, one line per row (flow-text.ts).
import { DRAWING, extractFlowParts } from './flow-text.js';
import { namedParts, partsMatching, readRelsOrSay, recurseEmbedded, reportListing } from './ooxml.js';
import { readDocumentPictures } from './office-pictures.js';
import { readLeftoverParts } from './package-leftovers.js';
import { OOXML_PROPERTIES, readProperties } from './doc-properties.js';
import type { ExtractContext, ExtractInput, Extractor } from './types.js';
import { ZipReader } from './zip-reader.js';

const PRESENTATION = 'ppt/presentation.xml';
const REL_SLIDE = /\/slide$/;

export const pptxExtractor: Extractor = {
  kind: 'pptx',
  async extract(input: ExtractInput, ctx: ExtractContext): Promise<void> {
    const textBefore = ctx.sink.textBytes;
    const zip = await ZipReader.open(input, ctx.limits.maxMembers, ctx.signal);
    try {
      reportListing(zip, input, ctx);
      // The slides the presentation names: one the package lacks is corrupt (something was there), not an empty deck.
      const named = (await readRelsOrSay(zip, PRESENTATION, input, ctx)).filter((r) => REL_SLIDE.test(r.type)).map((r) => r.target);
      const parts = [
        ...namedParts(zip, /^ppt\/slides\/slide\d+\.xml$/i, named, input, ctx, 'the presentation names a slide'),
        ...partsMatching(zip, /^ppt\/notesSlides\/notesSlide\d+\.xml$/i),
        ...partsMatching(zip, /^ppt\/comments\/[^/]+\.xml$/i),
      ];
      await extractFlowParts(zip, parts, DRAWING, input.location, ctx);
      await readProperties(zip, OOXML_PROPERTIES, input, ctx);
      await recurseEmbedded(zip, input, ctx, /^ppt\/embeddings\//i);
      await readDocumentPictures(zip, input, ctx, textBefore);
      await readLeftoverParts(zip, input, ctx);
    } finally {
      zip.close();
    }
  },
};
