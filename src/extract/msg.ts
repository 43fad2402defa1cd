// Outlook messages (.msg): what "Save As" in Outlook writes, and what it
// attaches when a mail is forwarded as an attachment. An OLE file whose
// root holds the message's properties as streams named
// `__substg1.0_<id><type>` (001F UTF-16, 001E 8-bit, 0102 binary), one
// storage per recipient (`__recip_version1.0_#…`) and per attachment
// (`__attach_version1.0_#…`). The message becomes one text unit, headers a
// person can be named in first, as in a .eml (`m.msg!/body`); the HTML body
// is read when there is no plain one; each attached file is an item of its
// own (`m.msg!/客户.xlsx`), and an attached message (a storage in place of
// the data) is read the same way, one level down. A body kept only as
// compressed RTF is decompressed and read as RTF (rtf.ts). A contact item
// (IPM.Contact: a contact saved from Outlook, or forwarded "as an Outlook
// contact") keeps its person in properties, not in a body: it becomes a row
// of the contact table (contact-rows.ts), `m.msg!/contact`.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { htmlToText } from './html-text.js';
import { isContactClass, writeContact } from './mapi-contact.js';
import { decompressRtf } from './rtf-compressed.js';
import { readRtfInto } from './rtf.js';
import { budgetLeft, recordBranchError } from './limit-error.js';
import { memberInput, memberLocation } from './member.js';
import type { OleEntry } from './ole.js';
import { COMP_OBJ, NATIVE_STREAMS, NOTHING_TO_READ } from './ole-object.js';
import { childrenOf, NOSTREAM } from './ole-tree.js';
import type { ExtractContext, ExtractInput } from './types.js';

/** An attached message within an attached message within …: as deep as zip nesting goes. */
const MAX_MESSAGE_DEPTH = 8;

const SUBJECT = '0037';
const SENDER_NAME = '0C1A';
const SENDER_ADDRESS = '0C1F';
const SENDER_SMTP = '5D01';
const DISPLAY_TO = '0E04';
const DISPLAY_CC = '0E03';
const DISPLAY_BCC = '0E02';
const BODY = '1000';
const BODY_HTML = '1013';
const BODY_RTF = '1009';
const RECIPIENT_NAME = '3001';
const RECIPIENT_ADDRESS = '3003';
const RECIPIENT_SMTP = '39FE';
const ATTACH_DATA = '3701';
const ATTACH_LONG_NAME = '3707';
const ATTACH_NAME = '3704';
const MESSAGE_CLASS = '001A';

/** How the OLE file is read: its directory, and a stream's bytes. */
export interface MsgFile {
  entries: ReadonlyMap<number, OleEntry>;
  read(entry: OleEntry): Promise<Buffer>;
}

/**
 * Streams and storages that no storage's tree reaches, and links to entries
 * that are not there: a damaged directory, whose lost part (the body, the
 * attachments) would otherwise read as absent.
 */
export function unreachable(file: MsgFile, root: OleEntry): number {
  const reached = new Set<number>([root.id]);
  let dangling = 0;
  const storages = [root];
  while (storages.length > 0) {
    const storage = storages.pop()!;
    for (const e of childrenOf(file.entries, storage)) {
      if (reached.has(e.id)) continue;
      reached.add(e.id);
      if (e.type === 1) storages.push(e);
    }
    dangling += danglingLinks(file, storage);
  }
  let lost = 0;
  for (const e of file.entries.values()) if ((e.type === 1 || e.type === 2) && !reached.has(e.id)) lost++;
  return lost + dangling;
}

function danglingLinks(file: MsgFile, storage: OleEntry): number {
  let n = 0;
  const check = (id: number): void => {
    if (id !== NOSTREAM && !file.entries.has(id)) n++;
  };
  check(storage.child);
  for (const e of childrenOf(file.entries, storage)) {
    check(e.left);
    check(e.right);
  }
  return n;
}

/** Streams that make an attached storage something ole.ts reads: an Office 97–2003 file, or an OLE object. */
const EMBEDDED_STREAMS: ReadonlySet<string> = new Set(['Workbook', 'WordDocument', 'PowerPoint Document', COMP_OBJ, ...NATIVE_STREAMS, ...NOTHING_TO_READ]);

/** Whether an attachment's storage is an embedded workbook, document, presentation or object. */
const holdsEmbedded = (entries: ReadonlyMap<number, OleEntry>, storage: OleEntry): boolean =>
  childrenOf(entries, storage).some((e) => e.type === 2 && EMBEDDED_STREAMS.has(e.name));

/** Whether a storage holds a message: its property stream and named properties. */
export const isMessage = (children: readonly OleEntry[]): boolean =>
  children.some((e) => e.name === '__properties_version1.0') && children.some((e) => e.name.startsWith('__substg1.0_'));

/** A message's properties, by id and type. */
class Properties {
  private readonly byName: Map<string, OleEntry>;
  constructor(
    private readonly file: MsgFile,
    children: readonly OleEntry[],
  ) {
    this.byName = new Map(children.map((e) => [e.name.toUpperCase(), e]));
  }

  entry(id: string, type: string): OleEntry | undefined {
    return this.byName.get(`__SUBSTG1.0_${id}${type}`);
  }

  /** Every string property, by tag: what a contact item keeps its person in. */
  async strings(): Promise<Map<number, string>> {
    const out = new Map<number, string>();
    for (const name of this.byName.keys()) {
      const m = /^__SUBSTG1\.0_([0-9A-F]{4})(?:001F|001E)$/.exec(name);
      if (m && !out.has(parseInt(m[1]!, 16))) out.set(parseInt(m[1]!, 16), await this.text(m[1]!));
    }
    return out;
  }

  /** A string property: UTF-16, else 8-bit (UTF-8 when it is that, else GB18030: Chinese Outlook's code page). */
  async text(id: string): Promise<string> {
    const wide = this.entry(id, '001F');
    if (wide?.type === 2) return trimNul((await this.file.read(wide)).toString('utf16le'));
    const narrow = this.entry(id, '001E');
    if (narrow?.type !== 2) return '';
    const bytes = await this.file.read(narrow);
    return trimNul(isUtf8(bytes) ? bytes.toString('utf8') : iconv.decode(bytes, 'gb18030'));
  }
}

const trimNul = (s: string): string => s.replace(/\0+$/, '');

/** The message in `storage` (the root, or an attached message) at `location`. */
export async function readMessage(file: MsgFile, storage: OleEntry, location: string, input: ExtractInput, ctx: ExtractContext, depth = 0): Promise<void> {
  const children = childrenOf(file.entries, storage);
  const props = new Properties(file, children);
  if (isContactClass(await props.text(MESSAGE_CLASS))) {
    writeContact(await props.strings(), `${location}!/contact`, ctx);
    return readAttachments(file, children, location, input, ctx, depth);
  }
  const recipients: string[] = [];
  for (const r of children.filter((e) => e.type === 1 && e.name.startsWith('__recip_version1.0_'))) {
    const rp = new Properties(file, childrenOf(file.entries, r));
    const name = await rp.text(RECIPIENT_NAME);
    const address = (await rp.text(RECIPIENT_SMTP)) || (await rp.text(RECIPIENT_ADDRESS));
    recipients.push(address && address !== name ? `${name} <${address}>` : name);
  }
  const lines: string[] = [];
  const header = (label: string, value: string): void => {
    if (value.trim()) lines.push(`${label}: ${value.replace(/[\r\n]+/g, ' ').trim()}`);
  };
  const senderName = await props.text(SENDER_NAME);
  const senderAddress = (await props.text(SENDER_SMTP)) || (await props.text(SENDER_ADDRESS));
  header('From', senderAddress && senderAddress !== senderName ? `${senderName} <${senderAddress}>` : senderName);
  header('To', await props.text(DISPLAY_TO));
  header('Cc', await props.text(DISPLAY_CC));
  header('Bcc', await props.text(DISPLAY_BCC));
  header('Recipients', recipients.filter(Boolean).join('; '));
  header('Subject', await props.text(SUBJECT));
  let text = lines.join('\n');
  const body = await props.text(BODY);
  if (body) text += `\n\n${body.replace(/\r\n?/g, '\n')}`;
  else {
    const html = props.entry(BODY_HTML, '0102') ?? props.entry(BODY_HTML, '001F');
    if (html) {
      const raw = await file.read(html);
      text += `\n\n${htmlToText(html.name.endsWith('001F') ? raw.toString('utf16le') : isUtf8(raw) ? raw.toString('utf8') : iconv.decode(raw, 'gb18030'))}`;
    } else {
      const rtf = props.entry(BODY_RTF, '0102');
      if (rtf && (await readRtfBody(await file.read(rtf), `${location}!/body`, `${text}\n\n`, ctx))) return readAttachments(file, children, location, input, ctx, depth);
    }
  }
  const writer = ctx.sink.open(`${location}!/body`, { kind: 'text' });
  writer.write(`${text.trimEnd()}\n`);
  writer.end();
  await readAttachments(file, children, location, input, ctx, depth);
}

/**
 * A body kept only as compressed RTF (rtf-compressed.ts), read after the
 * header lines (rtf.ts); false when it cannot be decompressed (then said).
 */
async function readRtfBody(stream: Buffer, at: string, headers: string, ctx: ExtractContext): Promise<boolean> {
  const rtf = decompressRtf(stream, Math.min(ctx.limits.maxTextBytes, Math.max(stream.length, 1) * ctx.limits.maxRatio));
  if (rtf.kind !== 'rtf') {
    ctx.fail(at, rtf.kind === 'over' ? 'max-ratio' : 'corrupt', rtf.detail);
    return false;
  }
  await readRtfInto(rtf.data, at, ctx, headers);
  return true;
}

/** Each attached file as an item; an attached message read like this one, one level down. */
async function readAttachments(file: MsgFile, children: readonly OleEntry[], location: string, input: ExtractInput, ctx: ExtractContext, depth: number): Promise<void> {

  const attachments = children.filter((e) => e.type === 1 && e.name.startsWith('__attach_version1.0_'));
  for (const [i, a] of attachments.entries()) {
    if (ctx.signal.aborted || !budgetLeft(ctx)) return;
    if (i >= ctx.limits.maxMembers) return ctx.fail(location, 'max-members', `more than ${ctx.limits.maxMembers} attachments`);
    const ap = new Properties(file, childrenOf(file.entries, a));
    const given = (await ap.text(ATTACH_LONG_NAME)) || (await ap.text(ATTACH_NAME));
    const name = given.replace(/[\u0000-\u001f\u007f/\\!]/g, '_').trim().slice(0, 200) || `attachment${i + 1}`;
    const at = memberLocation(location, name);
    try {
      const data = ap.entry(ATTACH_DATA, '0102');
      const message = ap.entry(ATTACH_DATA, '000D');
      if (data?.type === 2) {
        // Bytes of the file itself, counted with it.
        await ctx.recurse(memberInput({ ...input, location }, name, await file.read(data)));
      } else if (message?.type === 1 && isMessage(childrenOf(file.entries, message))) {
        if (depth >= MAX_MESSAGE_DEPTH) ctx.fail(at, 'max-depth', `messages attached more than ${MAX_MESSAGE_DEPTH} deep`);
        else await readMessage(file, message, at, input, ctx, depth + 1);
      } else if (message?.type === 1 && holdsEmbedded(file.entries, message)) {
        // An embedded workbook, document or object: read with the file's other embedded objects (ole.ts).
      } else {
        // A link, or a storage of no known kind: nothing here holds the attachment's content.
        ctx.fail(at, 'unsupported-format', 'attachment without its data (a link, or a storage of no known kind)');
      }
    } catch (err) {
      recordBranchError(ctx, at, err);
    }
  }
}
