// TNEF (winmail.dat, application/ms-tnef): how Outlook and Exchange send a
// rich-text mail over SMTP. The body and every attached file travel inside
// this one attachment, so a mail client that cannot read it shows a
// "winmail.dat" — and a scanner that cannot read it sees neither the body
// nor the files (MS-OXTNEF).
//
// Layout: a signature, a key, then attributes, each a level (message or
// attachment), an id (type and tag), a length, the data and a checksum.
// attAttachRendData starts an attachment; its name is attAttachTitle or
// PR_ATTACH_LONG_FILENAME in its MAPI properties (attAttachment), its bytes
// attAttachData, or — for an attached message — a PT_OBJECT property
// holding a TNEF stream of its own. The body is attBody (8-bit, in the
// attOemCodepage code page) or, in the message's MAPI properties
// (attMsgProps), PR_BODY_W, PR_BODY_HTML or PR_RTF_COMPRESSED.

import iconv from 'iconv-lite';
import { windowsCodePage } from './encoding.js';
import { isContactClass } from './mapi-contact.js';

export const TNEF_SIGNATURE = 0x223e9f78;

const ATT = {
  subject: 0x00018004,
  body: 0x0002800c,
  msgProps: 0x00069003,
  codePage: 0x00069007,
  attachRendData: 0x00069002,
  attachTitle: 0x00018010,
  attachData: 0x0006800f,
  attachment: 0x00069005,
  messageClass: 0x00078008,
} as const;

const PR = {
  subject: 0x0037,
  body: 0x1000,
  rtfCompressed: 0x1009,
  bodyHtml: 0x1013,
  attachData: 0x3701,
  attachLongName: 0x3707,
  attachName: 0x3704,
  messageClass: 0x001a,
} as const;

const PT = { string8: 0x001e, unicode: 0x001f, binary: 0x0102, object: 0x000d, multi: 0x1000 } as const;
/** Sizes of the fixed-length property types (each value padded to 4 bytes). */
const FIXED: ReadonlyMap<number, number> = new Map([
  [0x0001, 4], // PT_NULL
  [0x0002, 4], // PT_SHORT
  [0x0003, 4], // PT_LONG
  [0x0004, 4], // PT_FLOAT
  [0x0005, 8], // PT_DOUBLE
  [0x0006, 8], // PT_CURRENCY
  [0x0007, 8], // PT_APPTIME
  [0x000a, 4], // PT_ERROR
  [0x000b, 4], // PT_BOOLEAN
  [0x0014, 8], // PT_I8
  [0x0040, 8], // PT_SYSTIME
  [0x0048, 16], // PT_CLSID
]);
/** IID_IMessage, at the start of a PT_OBJECT value that is an attached message. */
const IID_LENGTH = 16;

export interface TnefAttachment {
  /** Its long name (Unicode), else its 8-bit title decoded in the stream's code page. */
  name: string;
  /** The file's bytes; for an attached message, a TNEF stream of its own; null when the stream holds none (a link, or lost). */
  data: Buffer | null;
}

export interface TnefContent {
  subject: string;
  /** The plain body, when there is one. */
  body: string;
  /** 8-bit strings (subject, body, titles) are decoded in this code page (attOemCodepage; 1252 when absent). */
  html?: Buffer;
  rtf?: Buffer;
  /** A contact item's string properties, by tag (it keeps its person in them, mapi-contact.ts); absent for other messages. */
  contact?: Map<number, string>;
  attachments: TnefAttachment[];
  damaged?: string;
}

type PropValue = { type: number; data: Buffer };

class Damaged extends Error {}

/** The message a TNEF stream carries. */
export function readTnef(buf: Buffer): TnefContent {
  const out: TnefContent = { subject: '', body: '', attachments: [] };
  let messageClass = '';
  /** The message's string properties, undecoded until the message turns out to be a contact. */
  const strings: Array<[number, PropValue]> = [];
  if (buf.length < 6 || buf.readUInt32LE(0) !== TNEF_SIGNATURE) return { ...out, damaged: 'not a TNEF stream' };
  let codePage = 1252;
  let subject: Buffer = Buffer.alloc(0);
  let body: Buffer = Buffer.alloc(0);
  let unicodeBody = '';
  let current: { name: Buffer; long: string; data: Buffer | null } | null = null;
  const found: { name: Buffer; long: string; data: Buffer | null }[] = [];
  const finish = (): void => {
    if (current) found.push(current);
    current = null;
  };
  let off = 6;
  try {
    while (off < buf.length) {
      if (off + 9 > buf.length) throw new Damaged('an attribute header cut off');
      const id = buf.readUInt32LE(off + 1);
      const len = buf.readUInt32LE(off + 5);
      const start = off + 9;
      if (len > buf.length - start - 2) throw new Damaged(`an attribute of ${len} bytes runs past the stream`);
      const data = buf.subarray(start, start + len);
      off = start + len + 2; // the checksum is not checked: a damaged byte would only misread text
      switch (id) {
        case ATT.codePage:
          if (len >= 4) codePage = data.readUInt32LE(0);
          break;
        case ATT.subject:
          subject = zstring(data);
          break;
        case ATT.messageClass:
          messageClass = zstring(data).toString('latin1');
          break;
        case ATT.body:
          body = zstring(data);
          break;
        case ATT.msgProps:
          for (const [tag, value] of properties(data)) {
            if (value.type === PT.unicode || value.type === PT.string8) strings.push([tag, value]);
            if (tag === PR.rtfCompressed && value.type === PT.binary) out.rtf = value.data;
            else if (tag === PR.bodyHtml && value.type === PT.binary) out.html = value.data;
            else if (tag === PR.body && value.type === PT.unicode) unicodeBody = value.data.toString('utf16le').replace(/\0+$/, '');
          }
          break;
        case ATT.attachRendData:
          finish();
          current = { name: Buffer.alloc(0), long: '', data: null };
          break;
        case ATT.attachTitle:
          if (current) current.name = zstring(data);
          break;
        case ATT.attachData:
          if (current) current.data = data;
          break;
        case ATT.attachment:
          if (!current) break;
          for (const [tag, value] of properties(data)) {
            if (tag === PR.attachLongName) current.long = text(value, codePage);
            else if (tag === PR.attachName && !current.long) current.long = text(value, codePage);
            else if (tag === PR.attachData && value.type === PT.object && !current.data) current.data = value.data.subarray(IID_LENGTH);
            else if (tag === PR.attachData && value.type === PT.binary && !current.data) current.data = value.data;
          }
          break;
      }
    }
  } catch (err) {
    if (!(err instanceof Damaged)) throw err;
    out.damaged = err.message;
  }
  finish();
  const decode = (b: Buffer): string => iconv.decode(b, windowsCodePage(codePage));
  out.subject = decode(subject);
  out.body = unicodeBody || decode(body);
  out.attachments = found.map((a, i) => ({ name: a.long || decode(a.name) || `attachment${i + 1}`, data: a.data }));
  const propertyClass = strings.find(([tag]) => tag === PR.messageClass);
  if (isContactClass(messageClass || (propertyClass ? text(propertyClass[1], codePage) : ''))) {
    out.contact = new Map(strings.map(([tag, value]) => [tag, text(value, codePage)]));
  }
  return out;
}

/** An 8-bit string: up to its NUL. */
const zstring = (data: Buffer): Buffer => {
  const nul = data.indexOf(0);
  return nul < 0 ? data : data.subarray(0, nul);
};
const text = (value: PropValue, codePage: number): string =>
  (value.type === PT.unicode ? value.data.toString('utf16le') : iconv.decode(value.data, windowsCodePage(codePage))).replace(/\0+$/, '');


/** A MAPI property list: count, then each property's type, id, name (named ones) and value(s). Yields the last value of each. */
function* properties(data: Buffer): Generator<[number, PropValue]> {
  let off = 0;
  const need = (n: number): void => {
    if (n < 0 || off + n > data.length) throw new Damaged('a MAPI property list cut off');
  };
  const u32 = (): number => {
    need(4);
    const v = data.readUInt32LE(off);
    off += 4;
    return v;
  };
  const count = u32();
  if (count > data.length / 4) throw new Damaged(`a MAPI property list of ${count} properties in ${data.length} bytes`);
  for (let i = 0; i < count; i++) {
    const head = u32();
    const type = head & 0xffff;
    const tag = head >>> 16;
    if (tag >= 0x8000) {
      // A named property: its GUID, then an id or a name.
      need(20);
      off += 16;
      if (u32() === 1) {
        const n = u32();
        need(n);
        off += (n + 3) & ~3;
      } else off += 4;
    }
    const base = type & ~PT.multi;
    const values = type & PT.multi || base === PT.string8 || base === PT.unicode || base === PT.binary || base === PT.object ? u32() : 1;
    if (values > data.length) throw new Damaged(`a MAPI property of ${values} values`);
    let last: PropValue | null = null;
    for (let v = 0; v < values; v++) {
      const size = FIXED.get(base);
      if (size !== undefined) {
        need(size);
        off += size;
        continue;
      }
      if (base !== PT.string8 && base !== PT.unicode && base !== PT.binary && base !== PT.object) throw new Damaged(`a MAPI property of unknown type 0x${base.toString(16)}`);
      const n = u32();
      need(n);
      last = { type: base, data: data.subarray(off, off + n) };
      off += (n + 3) & ~3;
    }
    if (last) yield [tag, last];
  }
}
