// RFC 5322 mail (.eml): one text unit `msg.eml!/body` with the address
// headers (names and addresses), the subject, the other headers but those of
// transport and structure (mail-headers.ts), the text body and the HTML body
// as text (table rows as lines); every attachment is scanned as an embedded
// item at `msg.eml!/attachment/<filename>`, forwarded mail (message/rfc822)
// included. Transfer encodings are mailparser's job; charsets (GBK, GB2312,
// GB18030, UTF-8 …) are decoded as declared unless the bytes are UTF-8 the
// declared charset would garble (mail-charset.ts).
//
// Forwarded messages are handed back to dispatch as attachments rather than
// parsed inline by mailparser, so the depth limit applies to a chain of
// message/rfc822 parts exactly as to nested zips.
import { simpleParser } from 'mailparser';
import type { AddressObject, Attachment, ParsedMail } from 'mailparser';
import { EmbeddedBlocks } from './embedded-blocks.js';
import { htmlToText } from './html-text.js';
import { DeclaredCharsetStream, relabelHeaderWords } from './mail-charset.js';
import { otherHeaderLines } from './mail-headers.js';
import { bufferInput, readWhole } from './input.js';
import { memberLocation, writeMemberNames } from './member.js';
import type { ExtractContext, ExtractInput, Extractor } from './types.js';


function addresses(field: AddressObject | AddressObject[] | undefined): string {
  const out: string[] = [];
  const walk = (list: AddressObject['value']): void => {
    for (const a of list) {
      if (a.group) walk(a.group);
      else out.push([a.name, a.address ? `<${a.address}>` : ''].filter(Boolean).join(' '));
    }
  };
  for (const obj of field === undefined ? [] : Array.isArray(field) ? field : [field]) walk(obj.value);
  return out.join(', ');
}

/** The mail's own text: headers a person can be named in, then the bodies. */
export function mailText(mail: ParsedMail): string {
  const lines: string[] = [];
  const header = (label: string, value: string | undefined): void => {
    if (value) lines.push(`${label}: ${value.replace(/[\r\n]+/g, ' ')}`);
  };
  header('From', addresses(mail.from));
  header('Reply-To', addresses(mail.replyTo));
  header('To', addresses(mail.to));
  header('Cc', addresses(mail.cc));
  header('Bcc', addresses(mail.bcc));
  header('Subject', mail.subject);
  lines.push(...otherHeaderLines(mail));
  let text = lines.join('\n');
  if (mail.text) text += `\n\n${mail.text}`;
  // Both alternatives are scanned: the plain one may be a lossy rendering of an HTML table, or differ.
  if (typeof mail.html === 'string' && mail.html) text += `\n\n${htmlToText(mail.html)}`;
  return `${text.trimEnd()}\n`;
}

/** A name usable in a location: no path separators or control characters. */
function attachmentName(att: Attachment, n: number): string {
  const given = att.filename
    ?.replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/[/\\]/g, '_')
    .replace(/!/g, '_')
    .trim()
    .slice(0, 200);
  if (given) return given;
  return att.contentType === 'message/rfc822' ? `message-${n}.eml` : `part-${n}`;
}

export const emlExtractor: Extractor = {
  kind: 'eml',
  async extract(input: ExtractInput, ctx: ExtractContext): Promise<void> {
    const data = await readWhole(input, ctx);
    if (!data || ctx.signal.aborted) return;
    const mail = await simpleParser(relabelHeaderWords(data), {
      // Forwarded mail comes back as an attachment so that dispatch counts its depth.
      ignoreEmbedded: true,
      // We convert HTML ourselves (table rows as lines); skip mailparser's conversions and image inlining.
      skipHtmlToText: true,
      skipTextToHtml: true,
      skipTextLinks: true,
      skipImageLinks: true,
      keepCidLinks: true,
      checksumAlgo: false,
      Iconv: DeclaredCharsetStream,
    });
    if (ctx.signal.aborted) return;
    const body = mailText(mail);
    if (ctx.sink.textBytes + Buffer.byteLength(body) > ctx.limits.maxTextBytes) {
      ctx.fail(input.location, 'max-text', `more than ${ctx.limits.maxTextBytes} bytes of text`);
      return;
    }
    const writer = ctx.sink.open(`${input.location}!/body`, { kind: 'text' });
    writer.write(body);
    writer.end();
    // A list pasted into the mail base64-encoded.
    await EmbeddedBlocks.scan(`${input.location}!/body`, ctx, Buffer.from(body));

    const attachments = mail.attachments;
    writeMemberNames(input.location, attachments.slice(0, ctx.limits.maxMembers).map((a) => a.filename ?? ''), ctx);
    for (let i = 0; i < attachments.length; i++) {
      const att = attachments[i] as Attachment;
      if (ctx.signal.aborted) return;
      if (i >= ctx.limits.maxMembers) {
        ctx.fail(input.location, 'max-members', `more than ${ctx.limits.maxMembers} attachments`);
        return;
      }
      // Decoded (base64/quoted-printable) bytes are materialized: they count against the budget.
      if (!ctx.consume(att.content.length)) {
        ctx.fail(input.location, 'max-bytes', `more than ${ctx.limits.maxBytes} bytes`);
        return;
      }
      const name = attachmentName(att, i + 1);
      await ctx.recurse(bufferInput(memberLocation(input.location, `attachment/${name}`), name, att.content));
    }
  },
};
