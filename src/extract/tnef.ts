// winmail.dat (TNEF, tnef-read.ts): the message's subject and body as one
// text unit (`winmail.dat!/body`; an RTF body read by rtf.ts, an HTML one by
// html-text.ts), then every attached file as an item under its name, an
// attached message (a TNEF stream of its own) the same way, one level down;
// a contact item (IPM.Contact) also as a row of the contact table (mapi-contact.ts).
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { htmlToText } from './html-text.js';
import { writeContact } from './mapi-contact.js';
import { readWhole } from './input.js';
import { budgetLeft, recordBranchError } from './limit-error.js';
import { memberInput, memberLocation } from './member.js';
import { decompressRtf } from './rtf-compressed.js';
import { readRtfInto } from './rtf.js';
import { readTnef } from './tnef-read.js';
import type { ExtractContext, ExtractInput, Extractor } from './types.js';

export const tnefExtractor: Extractor = {
  kind: 'tnef',
  async extract(input: ExtractInput, ctx: ExtractContext): Promise<void> {
    const data = await readWhole(input, ctx);
    if (!data || ctx.signal.aborted) return;
    const tnef = readTnef(data);
    if (tnef.damaged) ctx.fail(input.location, 'corrupt', `TNEF (winmail.dat): ${tnef.damaged}`);
    // An Outlook contact (IPM.Contact) keeps its person in properties: a row of the contact table.
    if (tnef.contact) writeContact(tnef.contact, memberLocation(input.location, 'contact'), ctx);
    const at = memberLocation(input.location, 'body');
    const head = tnef.subject ? `Subject: ${tnef.subject.replace(/[\r\n]+/g, ' ')}\n\n` : '';
    const rtf = !tnef.body && tnef.rtf ? decompressRtf(tnef.rtf, Math.min(ctx.limits.maxTextBytes, Math.max(tnef.rtf.length, 1) * ctx.limits.maxRatio)) : null;
    if (rtf && rtf.kind !== 'rtf') ctx.fail(at, rtf.kind === 'over' ? 'max-ratio' : 'corrupt', rtf.detail);
    if (rtf?.kind === 'rtf') await readRtfInto(rtf.data, at, ctx, head);
    else {
      let body = tnef.body;
      if (!body && tnef.html) body = htmlToText(isUtf8(tnef.html) ? tnef.html.toString('utf8') : iconv.decode(tnef.html, 'gb18030'));
      const writer = ctx.sink.open(at, { kind: 'text' });
      writer.write(`${`${head}${body.replace(/\r\n?/g, '\n')}`.trimEnd()}\n`);
      writer.end();
    }
    for (const [i, a] of tnef.attachments.entries()) {
      if (ctx.signal.aborted || !budgetLeft(ctx)) return;
      if (i >= ctx.limits.maxMembers) return ctx.fail(input.location, 'max-members', `more than ${ctx.limits.maxMembers} attachments`);
      const name = a.name.replace(/[\u0000-\u001f\u007f/\\!]/g, '_').trim().slice(0, 200) || `attachment${i + 1}`;
      if (!a.data) {
        // Named, but its bytes are not in the stream (attached by reference, or lost): nothing here to read.
        ctx.fail(memberLocation(input.location, name), 'unsupported-format', 'attachment without its data (a link, or lost)');
        continue;
      }
      try {
        await ctx.recurse(memberInput(input, name, a.data));
      } catch (err) {
        recordBranchError(ctx, memberLocation(input.location, name), err);
      }
    }
  },
};
