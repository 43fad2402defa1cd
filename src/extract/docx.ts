// Word documents (docx/docm/dotx): body, headers, footers, footnotes,
// endnotes, comments and the glossary (building blocks), then files
// embedded in the document and altChunk parts — HTML, MHT, RTF or another
// docx that Word merges into the body when it opens the file, and that no
// part of the document's own XML holds. The parts are found through the
// package's relationships (the main part need not be word/document.xml),
// and by name; a part a relationship names but the package lacks is
// `corrupt`.
//
// Why not mammoth: its raw-text output puts every table cell in a paragraph
// of its own, so a customer table loses its rows and person-record grouping
// fails; it also buffers the whole document. The part XML is simple enough
// to walk with saxes (flow-text.ts): paragraphs → lines, table rows →
// tab-separated lines of a table unit, tracked deletions included.
import { extractFlowParts, wordVocabulary } from './flow-text.js';
import { recordBranchError } from './limit-error.js';
import { namedParts, partsMatching, readRels, recurseEmbedded, reportListing } from './ooxml.js';
import { readDocumentPictures } from './office-pictures.js';
import { memberLocation } from './member.js';
import { readLeftoverParts } from './package-leftovers.js';
import { OOXML_PROPERTIES, readProperties } from './doc-properties.js';
import type { ExtractContext, ExtractInput, Extractor } from './types.js';
import { NO_WORD_STYLES, readWordStyles, type WordStyles } from './word-styles.js';
import { type ZipMember, ZipReader } from './zip-reader.js';

const MAIN = 'word/document.xml';
const PARTS = /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments|glossary\/document)\.xml$/i;
const REL_MAIN = /\/officeDocument$/;
const REL_FLOW = /\/(header|footer|footnotes|endnotes|comments|glossaryDocument)$/;
const REL_ALT_CHUNK = /\/aFChunk$/;
const REL_STYLES = /\/styles$/;
const STYLES = 'word/styles.xml';

/** The body first, then the other parts in name order. */
const bodyFirst = (parts: ZipMember[], main: string): ZipMember[] => parts.sort((a, b) => (a.name === main ? 0 : 1) - (b.name === main ? 0 : 1));

interface DocumentParts {
  flow: ZipMember[];
  altChunks: Set<string>;
  /** The styles part: the one the relationships name, else word/styles.xml. */
  styles?: ZipMember;
}

/** The flow parts (main document first) and altChunk parts the relationships name, plus any part named like one. */
async function findParts(zip: ZipReader, input: ExtractInput, ctx: ExtractContext): Promise<DocumentParts> {
  const main = (await readRels(zip, '', ctx)).find((r) => REL_MAIN.test(r.type))?.target ?? MAIN;
  const rels = await readRels(zip, main, ctx);
  const targets = (re: RegExp): string[] => rels.filter((r) => re.test(r.type)).map((r) => r.target);
  const flow = namedParts(zip, PARTS, [main, ...targets(REL_FLOW)], input, ctx, 'a relationship names a part');
  const altChunks = namedParts(zip, null, targets(REL_ALT_CHUNK), input, ctx, 'a relationship names an altChunk part');
  const styles = zip.find(targets(REL_STYLES)[0] ?? STYLES);
  return { flow: bodyFirst(flow, main), altChunks: new Set(altChunks.map((m) => m.name)), ...(styles ? { styles } : {}) };
}

/** The named styles, as far as hiding goes; a styles part that cannot be read is said, and none hide. */
async function wordStyles(zip: ZipReader, styles: ZipMember | undefined, input: ExtractInput, ctx: ExtractContext): Promise<WordStyles> {
  if (!styles) return NO_WORD_STYLES;
  return readWordStyles(zip, styles, ctx).catch((err: unknown) => {
    recordBranchError(ctx, memberLocation(input.location, styles.name), err);
    return NO_WORD_STYLES;
  });
}

export const docxExtractor: Extractor = {
  kind: 'docx',
  async extract(input: ExtractInput, ctx: ExtractContext): Promise<void> {
    const textBefore = ctx.sink.textBytes;
    const zip = await ZipReader.open(input, ctx.limits.maxMembers, ctx.signal);
    try {
      reportListing(zip, input, ctx);
      // The body first, then the rest in name order.
      const { flow, altChunks, styles } = await findParts(zip, input, ctx).catch((err: unknown): DocumentParts => {
        // Broken relationships: the parts found by name are still read.
        recordBranchError(ctx, input.location, err);
        const named = zip.find(STYLES);
        return { flow: bodyFirst(partsMatching(zip, PARTS), MAIN), altChunks: new Set<string>(), ...(named ? { styles: named } : {}) };
      });
      await extractFlowParts(zip, flow, wordVocabulary(await wordStyles(zip, styles, input, ctx)), input.location, ctx);
      await readProperties(zip, OOXML_PROPERTIES, input, ctx);
      await recurseEmbedded(zip, input, ctx, (name) => /^word\/embeddings\//i.test(name) || altChunks.has(name));
      await readDocumentPictures(zip, input, ctx, textBefore);
      await readLeftoverParts(zip, input, ctx, new Set(styles ? [styles] : []));
    } finally {
      zip.close();
    }
  },
};

