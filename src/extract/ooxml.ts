// Shared plumbing for the zip-based office formats (xlsx, docx, pptx, odf):
// open the package, stream a part through the XML parser with all zip
// bounds applied, resolve OPC relationships, recurse into embedded files.
import { ExtractLimitError, budgetLeft, recordBranchError } from './limit-error.js';
import { bufferInput } from './input.js';
import { isTextPrefix, memberInput, memberLocation } from './member.js';
import type { ExtractContext, ExtractInput } from './types.js';
import { type XmlHandlers, attr, parseXml } from './xml-stream.js';
import type { ZipMember, ZipReader } from './zip-reader.js';

/** Stream one part through `handlers`. Limit and parse errors propagate. */
export async function parsePart(zip: ZipReader, m: ZipMember, ctx: ExtractContext, handlers: XmlHandlers, again = false): Promise<void> {
  await parseXml(zip.chunks(m, ctx, undefined, again), handlers, ctx.signal);
}

export interface Relationship {
  id: string;
  type: string;
  /** Package path without a leading '/'. */
  target: string;
}

/** `word/_rels/document.xml.rels` for `word/document.xml`. */
export const relsPathOf = (part: string): string => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

/** Resolve a relationship target against the directory of its source part. */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = sourcePart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

/** Relationships of a part; empty when there are none or they cannot be read. */
export async function readRels(zip: ZipReader, part: string, ctx: ExtractContext): Promise<Relationship[]> {
  const m = zip.find(relsPathOf(part));
  if (!m) return [];
  const rels: Relationship[] = [];
  await parsePart(zip, m, ctx, {
    open(local, attrs) {
      if (local !== 'Relationship') return;
      const id = attr(attrs, 'Id');
      const target = attr(attrs, 'Target');
      if (id === undefined || target === undefined || attr(attrs, 'TargetMode') === 'External') return;
      rels.push({ id, type: attr(attrs, 'Type') ?? '', target: resolveTarget(part, target) });
    },
  });
  return rels;
}

/**
 * The relationships of a part whose relationships part is damaged are none,
 * and that is said (`corrupt` at the part), so that what they would have
 * named is not missed in silence.
 */
export async function readRelsOrSay(zip: ZipReader, part: string, input: ExtractInput, ctx: ExtractContext): Promise<Relationship[]> {
  return readRels(zip, part, ctx).catch((err: unknown) => {
    recordBranchError(ctx, memberLocation(input.location, part), err);
    return [];
  });
}

/** A part's bytes, or null when it cannot be read — said at the part (damaged, over a bound). */
export async function readPartOrSay(zip: ZipReader, m: ZipMember, input: ExtractInput, ctx: ExtractContext): Promise<Buffer | null> {
  try {
    const { data, error } = await zip.read(m, ctx);
    if (error) {
      recordBranchError(ctx, memberLocation(input.location, m.name), error);
      return null;
    }
    return data;
  } catch (err) {
    recordBranchError(ctx, memberLocation(input.location, m.name), err);
    return null;
  }
}

/** Part names under `prefix` matching `re`, sorted by the number in them (slide2 before slide10). */
export function partsMatching(zip: ZipReader, re: RegExp): ZipMember[] {
  const num = (s: string): number => Number(/(\d+)\.xml$/i.exec(s)?.[1] ?? 0);
  return zip.members
    .filter((m) => re.test(m.name))
    .sort((a, b) => num(a.name) - num(b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Parts matching `re` (none when null: only named parts), and the parts
 * relationships name (`named`) that do not match it; a named part the package lacks is `corrupt`: something was there
 * (a damaged or doctored file must not read as clean). `what` names the part
 * in that message.
 */
export function namedParts(zip: ZipReader, re: RegExp | null, named: Iterable<string>, input: ExtractInput, ctx: ExtractContext, what: string): ZipMember[] {
  const parts = re ? partsMatching(zip, re) : [];
  for (const target of named) {
    const m = zip.find(target);
    if (!m) ctx.fail(memberLocation(input.location, target), 'corrupt', `${what} that is missing`);
    else if (!parts.includes(m)) parts.push(m);
  }
  return parts;
}

/**
 * Files embedded in a document (an xlsx inside a docx, an OLE object) are
 * whole items of their own: read and dispatch them like zip members.
 */
export async function recurseEmbedded(zip: ZipReader, input: ExtractInput, ctx: ExtractContext, re: RegExp | ((name: string) => boolean)): Promise<void> {
  const wanted = typeof re === 'function' ? re : (name: string) => re.test(name);
  for (const m of zip.members) {
    if (!wanted(m.name) || m.isDirectory) continue;
    if (ctx.signal.aborted || !budgetLeft(ctx)) return;
    const location = memberLocation(input.location, m.name);
    try {
      const { data, error } = await zip.read(m, ctx);
      if (error) {
        recordBranchError(ctx, location, error);
        if (error.reason !== 'corrupt') continue;
      }
      if (data.length > 0) await ctx.recurse(memberInput(input, m.name, data));
    } catch (err) {
      recordBranchError(ctx, location, err);
    }
  }
}

/**
 * The package's own bound on members: a truncated listing is still an
 * outcome. An OOXML package (not ODF) without its content types part is
 * corrupt: Office refuses it, and its parts are read all the same.
 */
export function reportListing(zip: ZipReader, input: ExtractInput, ctx: ExtractContext, ooxml = true): void {
  const { listing } = zip;
  if (listing.listError !== undefined) ctx.fail(input.location, 'corrupt', 'zip central directory broken off');
  else if (listing.declaredCount > listing.members.length) {
    ctx.fail(input.location, 'max-members', `${listing.declaredCount} entries; read the first ${listing.members.length}`);
  }
  if (zip.overlapping.size > 0) ctx.fail(input.location, 'corrupt', `${zip.overlapping.size} zip entries overlap others`);
  if (ooxml && !zip.find(CONTENT_TYPES)) ctx.fail(memberLocation(input.location, CONTENT_TYPES), 'corrupt', 'the package has no content types part');
}

const CONTENT_TYPES = '[Content_Types].xml';

/** Throw max-text (to unwind a parse) once the sink refuses more text; the sink has recorded it. */
export function checkText(ctx: ExtractContext): void {
  if (ctx.sink.exhausted) {
    throw new ExtractLimitError('max-text', `more than ${ctx.limits.maxTextBytes} bytes of text`);
  }
}

/**
 * A part its extractor could not parse because it is no XML at all (a CSV
 * saved as `customXml/item9.xml` or `word/document.xml`): said to be
 * `corrupt` by the caller, and its bytes read again and dispatched by
 * content, so that what it holds is still scanned. Damaged XML is not: its
 * text was read as far as it parsed.
 */
export async function readUnparsedPart(zip: ZipReader, m: ZipMember, parentLocation: string, ctx: ExtractContext): Promise<void> {
  const location = memberLocation(parentLocation, m.name);
  let read: Awaited<ReturnType<ZipReader['read']>>;
  try {
    read = await zip.read(m, ctx, undefined, true);
  } catch (err) {
    recordBranchError(ctx, location, err);
    return;
  }
  const { data, error } = read;
  // A bound met on the second reading is said too; text read before it is still worth a look.
  if (error) recordBranchError(ctx, location, error);
  if (data.length === 0 || ctx.signal.aborted || (error && !isTextPrefix(data)) || XML_START.test(data.toString('latin1', 0, 64))) return;
  await ctx.recurse(bufferInput(location, m.name, data));
}

/** An XML declaration or a first element, after a byte-order mark and white space. */
export const XML_START = /^(?:\xef\xbb\xbf)?\s*<[?A-Za-z!]/;
