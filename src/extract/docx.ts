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
import { extractFlowParts, WORD } from './flow-text.js';
import { recordBranchError } from './limit-error.js';
import { memberLocation } from './member.js';
import { partsMatching, readRels, recurseEmbedded, reportListing } from './ooxml.js';
import type { ExtractContext, ExtractInput, Extractor } from './types.js';
import { type ZipMember, ZipReader } from './zip-reader.js';

const PARTS = /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments|glossary\/document)\.xml$/i;
const REL_MAIN = /\/officeDocument$/;
const REL_FLOW = /\/(header|footer|footnotes|endnotes|comments|glossaryDocument)$/;
const REL_ALT_CHUNK = /\/aFChunk$/;

/** The flow parts (main document first) and altChunk parts the relationships name, plus any part named like one. */
async function findParts(zip: ZipReader, input: ExtractInput, ctx: ExtractContext): Promise<{ flow: ZipMember[]; altChunks: Set<string> }> {
  const flow = partsMatching(zip, PARTS).sort((a, b) => rank(a.name) - rank(b.name));
  const altChunks = new Set<string>();
  const named = (target: string): void => {
    const m = zip.find(target);
    if (!m) ctx.fail(memberLocation(input.location, target), 'corrupt', 'a relationship names a part that is missing');
    else if (!flow.includes(m)) flow.push(m);
  };
  const main = (await readRels(zip, '', ctx)).find((r) => REL_MAIN.test(r.type))?.target;
  if (main === undefined) return { flow, altChunks };
  if (!flow.some((m) => m.name === main)) {
    named(main);
    const m = flow.pop();
    if (m) flow.unshift(m); // the body first
  }
  for (const rel of await readRels(zip, main, ctx)) {
    if (REL_FLOW.test(rel.type)) named(rel.target);
    else if (REL_ALT_CHUNK.test(rel.type)) {
      if (zip.find(rel.target)) altChunks.add(rel.target);
      else ctx.fail(memberLocation(input.location, rel.target), 'corrupt', 'an altChunk part is missing');
    }
  }
  return { flow, altChunks };
}

export const docxExtractor: Extractor = {
  kind: 'docx',
  async extract(input: ExtractInput, ctx: ExtractContext): Promise<void> {
    const zip = await ZipReader.open(input, ctx.limits.maxMembers, ctx.signal);
    try {
      reportListing(zip, input, ctx);
      // The body first, then the rest in name order.
      const { flow, altChunks } = await findParts(zip, input, ctx).catch((err: unknown) => {
        // Broken relationships: the parts found by name are still read.
        recordBranchError(ctx, input.location, err);
        return { flow: partsMatching(zip, PARTS).sort((a, b) => rank(a.name) - rank(b.name)), altChunks: new Set<string>() };
      });
      await extractFlowParts(zip, flow, WORD, input.location, ctx);
      await recurseEmbedded(zip, input, ctx, (name) => /^word\/embeddings\//i.test(name) || altChunks.has(name));
    } finally {
      zip.close();
    }
  },
};

const rank = (name: string): number => (/document\.xml$/i.test(name) ? 0 : 1);
