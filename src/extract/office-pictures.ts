// Office documents that are a picture: a Word file whose content is a
// screenshot of the customer sheet under a one-line caption, a slide that is
// one pasted picture. The extractors read text and leave pictures alone, so
// such a file read as its caption. When an OOXML or OpenDocument file gave
// little text, the pictures it holds (word/media, ppt/media, xl/media,
// Pictures/) have their size read from their headers (image.ts), and the
// largest, if it could show a list, is `no-text-layer`. A document with more
// text keeps its pictures to itself: they are figures, and reporting every
// manual with screenshots would drown the rest.
//
// Enhanced metafiles (`.emf`: Excel's "Copy as Picture" of a range, pasted
// into Word or PowerPoint) are drawing records with the cell text in them:
// those are read as items in every document (emf.ts), text or not.
import { ExtractLimitError } from './limit-error.js';
import { PAGE_PICTURE_PIXELS, pictureSize, type PictureSize } from './image.js';
import { memberInput, memberLocation } from './member.js';
import { isEnhancedMetafile } from './sniff.js';
import type { ExtractContext, ExtractInput } from './types.js';
import { type ZipMember, ZipReader } from './zip-reader.js';

/** Picture parts looked at per document. */
const MAX_PICTURES = 16;
/** How much of a picture part is read for its header (a JPEG's frame header follows its EXIF data). */
const HEADER_BYTES = 512 << 10;
const PICTURE_PART = /(?:^|\/)(?:media|Pictures)\/[^/]+$/;

/** The document kinds (zip-flavor.ts) whose pictures are looked at. */
export const PICTURE_DOCUMENTS: ReadonlySet<string> = new Set(['docx', 'pptx', 'xlsx', 'xlsb', 'odf']);

/** The first bytes of a picture part; null, said, when it cannot be read (damaged, a bomb, encrypted). */
async function headerOf(zip: ZipReader, m: ZipMember, input: ExtractInput, ctx: ExtractContext): Promise<Buffer | null> {
  const parts: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of zip.chunks(m, ctx)) {
      parts.push(chunk);
      size += chunk.length;
      if (size >= HEADER_BYTES) break;
    }
  } catch (err) {
    if (!(err instanceof ExtractLimitError)) throw err;
    ctx.fail(memberLocation(input.location, m.name), err.reason, err.detail);
    return null;
  }
  return Buffer.concat(parts);
}

/** Metafile parts: LibreOffice names an enhanced metafile `.wmf` when it saves a .docx. */
const METAFILE = /\.[ew]mf$/i;

/** A metafile part read as an item of its own (its text), when it is an enhanced one (old WMF is not read). */
async function readMetafilePart(zip: ZipReader, m: ZipMember, input: ExtractInput, ctx: ExtractContext): Promise<void> {
  const { data, error } = await zip.read(m, ctx);
  if (error) ctx.fail(memberLocation(input.location, m.name), error.reason, error.detail);
  else if (isEnhancedMetafile(data)) await ctx.recurse(memberInput(input, m.name, data));
}

/**
 * A document's pictures: its metafiles read for their text; and, when it gave
 * little text, the largest picture reported if it could show a list.
 */
export async function readDocumentPictures(input: ExtractInput, ctx: ExtractContext, littleText: boolean): Promise<void> {
  let zip: ZipReader;
  try {
    zip = await ZipReader.open(input, ctx.limits.maxMembers, ctx.signal);
  } catch {
    return; // the document's extractor has said what is wrong with the package
  }
  try {
    const parts = zip.members.filter((p) => !p.isDirectory && PICTURE_PART.test(p.name));
    for (const m of parts.filter((p) => METAFILE.test(p.name)).slice(0, MAX_PICTURES)) {
      if (ctx.signal.aborted) return;
      await readMetafilePart(zip, m, input, ctx);
    }
    if (!littleText) return;
    let best: { name: string; size: PictureSize } | null = null;
    for (const m of parts.filter((p) => !METAFILE.test(p.name)).slice(0, MAX_PICTURES)) {
      if (ctx.signal.aborted) return;
      const head = await headerOf(zip, m, input, ctx);
      const size = head && pictureSize(head);
      if (size && (!best || size.width * size.height > best.size.width * best.size.height)) best = { name: m.name, size };
    }
    if (!best || best.size.width * best.size.height < PAGE_PICTURE_PIXELS) return;
    const { width, height } = best.size;
    ctx.fail(memberLocation(input.location, best.name), 'no-text-layer', `little or no text and a ${width}×${height} picture: a screenshot or a scan, not read`);
  } finally {
    zip.close();
  }
}
