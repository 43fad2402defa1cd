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
// those are read as items in every document (emf.ts), text or not. Each
// zip-based office extractor calls this with its package still open.
import { LITTLE_TEXT_BYTES, pictureSize, pixels, reportPictureBesideLittleText, type PictureSize } from './image.js';
import { budgetLeft, recordBranchError } from './limit-error.js';
import { memberInput, memberLocation } from './member.js';
import { readPartOrSay } from './ooxml.js';
import { isEnhancedMetafile } from './sniff.js';
import type { ExtractContext, ExtractInput } from './types.js';
import type { ZipMember, ZipReader } from './zip-reader.js';

/** Picture parts whose size is read per document (the rest are said to be unexamined). */
const MAX_PICTURES = 16;
/** How much of a picture part is read for its header (a JPEG's frame header follows its EXIF data). */
const HEADER_BYTES = 512 << 10;
const PICTURE_PART = /(?:^|\/)(?:media|Pictures)\/[^/]+$/;
/** Where a package keeps its pictures: word/media, ppt/media, xl/media, Pictures/. */
export const isPicturePart = (name: string): boolean => PICTURE_PART.test(name);
/** Metafile parts: LibreOffice names an enhanced metafile `.wmf` when it saves a .docx. */
const METAFILE = /\.[ew]mf$/i;
/** Whether readDocumentPictures reads this part as an enhanced metafile (when its content is one). */
export const isMetafilePart = (name: string): boolean => PICTURE_PART.test(name) && METAFILE.test(name);

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
    recordBranchError(ctx, memberLocation(input.location, m.name), err);
    return null;
  }
  return Buffer.concat(parts);
}

/**
 * A document's pictures, from its extractor with the package open: its
 * enhanced metafiles read as items (their text; old WMF is not read); and,
 * when the document gave little text since `textBefore` (the sink's count
 * when it began), the largest picture reported if it could show a list.
 */
export async function readDocumentPictures(zip: ZipReader, input: ExtractInput, ctx: ExtractContext, textBefore: number): Promise<void> {
  // Not when a bound stopped the document: the text it gave is then no measure.
  if (ctx.signal.aborted || ctx.sink.exhausted || !budgetLeft(ctx)) return;
  const littleText = ctx.sink.textBytes - textBefore < LITTLE_TEXT_BYTES;
  const parts = zip.members.filter((p) => !p.isDirectory && PICTURE_PART.test(p.name));
  for (const m of parts.filter((p) => METAFILE.test(p.name))) {
    if (ctx.signal.aborted || !budgetLeft(ctx)) return;
    const data = await readPartOrSay(zip, m, input, ctx);
    if (data && isEnhancedMetafile(data)) await ctx.recurse(memberInput(input, m.name, data));
  }
  if (!littleText) return;
  const pictures = parts.filter((p) => !METAFILE.test(p.name));
  let best: { name: string; size: PictureSize } | null = null;
  for (const m of pictures.slice(0, MAX_PICTURES)) {
    if (ctx.signal.aborted) return;
    const head = await headerOf(zip, m, input, ctx);
    const size = head && pictureSize(head);
    if (size && (!best || pixels(size) > pixels(best.size))) best = { name: m.name, size };
  }
  const rest = pictures.length - MAX_PICTURES;
  const more = rest > 0 ? ` (${rest} more picture(s) not examined)` : '';
  if (best && reportPictureBesideLittleText(ctx, memberLocation(input.location, best.name), best.size, more)) return;
  if (rest > 0) ctx.fail(input.location, 'no-text-layer', `little or no text and ${pictures.length} pictures, ${rest} not examined`);
}
