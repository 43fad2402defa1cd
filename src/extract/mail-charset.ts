// The charset of a mail's text part is what its header declares, unless the
// bytes contradict it: a part that is valid UTF-8 and not all ASCII is read
// as UTF-8 whatever the label. Mislabelled parts are common (a script that
// writes UTF-8 under a client's default GB2312), and the label is the
// sender's to choose: UTF-8 read as GB18030 glues a character's last byte
// to the ASCII byte after it (邮箱x… becomes a GBK pair and loses the x), so
// an address or an ID after Chinese text loses its first character.
// Real GB18030 or Big5 text of any length is almost never valid UTF-8.
// UTF-16 and UTF-32 keep their label: their ASCII is valid UTF-8 too.
// The same holds for the encoded words of the headers (=?gbk?B?…?=), which
// mailparser decodes itself: they are relabelled before it reads them.
import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';
import iconv from 'iconv-lite';

const WIDE_CHARSET = /^(?:utf-?(?:16|32)|ucs-?[24]|unicode)/i;

function hasNonAscii(data: Uint8Array): boolean {
  for (let i = 0; i < data.length; i++) if (data[i]! >= 0x80) return true;
  return false;
}

/** The text of a part's bytes in its declared charset, or as UTF-8 when the bytes are UTF-8 the charset would garble. */
export function decodeDeclared(data: Buffer, charset: string): string {
  const declared = charset.trim().toLowerCase();
  if (!WIDE_CHARSET.test(declared) && hasNonAscii(data) && isUtf8(data)) return data.toString('utf8');
  // GB2312 and GBK mail is written with GB18030's characters as often as not: its superset reads all three.
  const name = /^(?:gb2312|gbk|x-gbk|cp936|euc-cn)$/.test(declared) ? 'gb18030' : declared;
  if (iconv.encodingExists(name)) return iconv.decode(data, name);
  try {
    return new TextDecoder(name).decode(data); // ICU's: ISO-2022-JP and others iconv-lite lacks
  } catch {
    return data.toString('utf8'); // an unknown charset: as mailparser does, UTF-8 with bad bytes replaced
  }
}

/** An RFC 2047 encoded word: =?charset?B|Q?text?=. */
export const ENCODED_WORD = /=\?([^?\s]{1,40})\?([BbQq])\?([^?\s]*)\?=/g;

/** The bytes an encoded word's text stands for. */
export function encodedWordBytes(enc: string, text: string): Buffer {
  if (enc === 'B' || enc === 'b') return Buffer.from(text, 'base64');
  return Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
}

/** Where a message's header section ends (its blank line), or -1. */
function headerEnd(data: Buffer): number {
  const crlf = data.indexOf('\r\n\r\n');
  const lf = data.indexOf('\n\n');
  return crlf >= 0 && (lf < 0 || crlf < lf) ? crlf : lf;
}

/** The message with each encoded word of its top-level headers that holds UTF-8 under another charset relabelled UTF-8. */
export function relabelHeaderWords(data: Buffer): Buffer {
  const end = headerEnd(data);
  if (end < 0) return data;
  const head = data.toString('latin1', 0, end);
  if (!head.includes('=?')) return data;
  let changed = false;
  const fixed = head.replace(ENCODED_WORD, (whole, charset: string, enc: string, text: string) => {
    const cs = charset.split('*')[0]!.trim().toLowerCase();
    if (cs === 'utf-8' || cs === 'utf8' || WIDE_CHARSET.test(cs)) return whole;
    const bytes = encodedWordBytes(enc, text);
    if (!hasNonAscii(bytes) || !isUtf8(bytes)) return whole;
    changed = true;
    return `=?UTF-8?B?${bytes.toString('base64')}?=`;
  });
  return changed ? Buffer.concat([Buffer.from(fixed, 'latin1'), data.subarray(end)]) : data;
}

/**
 * mailparser's `Iconv` option: a stream from the declared charset to UTF-8.
 * A part is decoded whole at its end (it is in memory already: the message
 * is read whole and its size bounded).
 */
export class DeclaredCharsetStream extends Transform {
  private readonly chunks: Buffer[] = [];

  constructor(private readonly charset: string) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.chunks.push(chunk);
    done();
  }

  override _flush(done: TransformCallback): void {
    done(null, Buffer.from(decodeDeclared(Buffer.concat(this.chunks), this.charset), 'utf8'));
  }
}
