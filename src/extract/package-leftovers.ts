// What an Office or OpenDocument package holds beyond the document. The
// extractors read the parts the application shows (body, sheets, slides,
// notes, embedded objects, metafiles); a zip tool adds any other member in a
// second (`zip report.docx word/media/image9.png` with a CSV in it, a
// `customXml/item9.xml`, a `notes.txt`), and Word or Excel still opens the
// file. Such a member is the list riding along: every member no extractor
// read is sniffed by its content, as a plain zip's members are, and read
// when it is text or a format with an extractor. Left alone: pictures
// (office-pictures.ts decides about those; a picture part that is no
// picture is read here, though that module may have probed its header),
// binary data no extractor reads (fonts, printer settings), and the compound
// files Office writes for macros and ActiveX controls. The archive comment
// is read as in a zip.
import { detectEncoding } from './encoding.js';
import { readXmlFields } from './doc-properties.js';
import { budgetLeft, ExtractLimitError, recordBranchError } from './limit-error.js';
import { isTextPrefix, memberInput, memberLocation } from './member.js';
import { bufferInput } from './input.js';
import { XML_START } from './ooxml.js';
import { isMetafilePart, isPicturePart } from './office-pictures.js';
import { sniff } from './sniff.js';
import type { ExtractContext, ExtractInput } from './types.js';
import type { ZipMember, ZipReader } from './zip-reader.js';

/** A comment shorter than this (a tool's signature, `Created by …`) holds no list. */
const MIN_COMMENT_BYTES = 24;

/** Compound files Office itself writes into a package: a macro project, an ActiveX control's state. */
const OFFICE_COMPOUND_PART = /(?:^|\/)(?:vbaProject|vbaProjectSignature\w*|activeX\d*)\.bin$/i;

/** Whether a member whose first bytes are `head` is worth reading as an item of its own. */
function worthReading(name: string, head: Buffer): boolean {
  const kind = sniff(head);
  if (kind === 'image' || kind === 'media' || (kind === 'emf' && isMetafilePart(name))) return false;
  if (kind === 'ole') return !OFFICE_COMPOUND_PART.test(name);
  if (kind === 'text') return detectEncoding(head) !== null;
  return true;
}

/** A member read whole, or null when it is not worth reading (its first chunk said so) or could not be read. */
async function readIfWorth(zip: ZipReader, m: ZipMember, input: ExtractInput, ctx: ExtractContext, again: boolean): Promise<Buffer | null> {
  const parts: Buffer[] = [];
  try {
    for await (const chunk of zip.chunks(m, ctx, undefined, again)) {
      if (parts.length === 0 && !worthReading(m.name, chunk)) return null;
      parts.push(chunk);
    }
  } catch (err) {
    recordBranchError(ctx, memberLocation(input.location, m.name), err);
    // Text read before a bound is still scanned; a cut-off container cannot be parsed.
    const data = Buffer.concat(parts);
    return isTextPrefix(data) ? data : null;
  }
  return Buffer.concat(parts);
}

/** An OpenDocument package's `mimetype` member, as it should be. */
const MEDIA_TYPE = /^application\/[\w.+-]{1,100}$/;


/**
 * An XML part as the text of its elements (doc-properties.ts), not its markup:
 * a LibreOffice settings.xml names its sheets in `config:name` attributes,
 * and markup read as text would give them to the name rule. False when it is
 * not well-formed XML: it is then read as text, as it is.
 */
async function readAsXml(data: Buffer, location: string, ctx: ExtractContext): Promise<boolean> {
  try {
    await readXmlFields(
      (async function* () {
        yield data;
      })(),
      location,
      true,
      ctx,
    );
    return true;
  } catch (err) {
    if (err instanceof ExtractLimitError) {
      recordBranchError(ctx, location, err);
      return true;
    }
    return false;
  }
}

/** The archive comment, when long enough to hold anything, as an item of its own. */
export async function readArchiveComment(zip: ZipReader, input: ExtractInput, ctx: ExtractContext): Promise<void> {
  const comment = zip.comment;
  if (comment.length < MIN_COMMENT_BYTES || ctx.signal.aborted) return;
  if (ctx.consume(comment.length)) await ctx.recurse(bufferInput(`${input.location}#comment`, 'comment.txt', comment));
  else ctx.fail(input.location, 'max-bytes', `more than ${ctx.limits.maxBytes} bytes`);
}

/**
 * Every member of an open package its extractor did not read, dispatched by
 * content; then the comment. `structural`: parts the extractor read for how
 * the document looks (Word's styles), not for their text: read as the rest.
 */
export async function readLeftoverParts(zip: ZipReader, input: ExtractInput, ctx: ExtractContext, structural: ReadonlySet<ZipMember> = new Set()): Promise<void> {
  for (const m of zip.members) {
    if (ctx.signal.aborted || ctx.sink.exhausted || !budgetLeft(ctx)) return;
    const again = isPicturePart(m.name) || structural.has(m);
    if (m.isDirectory || zip.overlapping.has(m) || (zip.wasRead(m) && !again)) continue;
    if (m.compressedSize === 0 && m.declaredSize === 0 && !m.encrypted) continue;
    const data = await readIfWorth(zip, m, input, ctx, again);
    if (!data || data.length === 0 || (m.name === 'mimetype' && MEDIA_TYPE.test(data.toString('latin1')))) continue;
    if (XML_START.test(data.toString('latin1', 0, 64)) && (await readAsXml(data, memberLocation(input.location, m.name), ctx))) continue;
    await ctx.recurse(memberInput(input, m.name, data));
  }
  await readArchiveComment(zip, input, ctx);
}
