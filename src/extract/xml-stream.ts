// Streaming XML for the office formats: saxes fed chunk by chunk, elements
// reported by local name (OOXML writers differ in prefixes: `x:row` from the
// OpenXML SDK, `row` from Excel). saxes is non-validating and does not
// expand entities declared in a DTD — an undefined entity is an error — so
// "billion laughs" cannot inflate anything here.
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser } from 'saxes';
import { ExtractLimitError } from './limit-error.js';

export type Attrs = Record<string, string>;

export interface XmlHandlers {
  open?(local: string, attrs: Attrs): void;
  close?(local: string): void;
  text?(text: string): void;
}

export const localName = (qname: string): string => {
  const i = qname.indexOf(':');
  return i < 0 ? qname : qname.slice(i + 1);
};

/** An attribute by local name (`r:id`, `id`), whatever its prefix. */
export function attr(attrs: Attrs, local: string): string | undefined {
  if (local in attrs) return attrs[local];
  for (const [k, v] of Object.entries(attrs)) if (localName(k) === local) return v;
  return undefined;
}

/** A saxes parser reporting to `h` by local name. */
function xmlParser(h: XmlHandlers): SaxesParser {
  const parser = new SaxesParser({ xmlns: false, position: false });
  if (h.open) {
    const open = h.open;
    parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes as Attrs));
  }
  if (h.close) {
    const close = h.close;
    // saxes reports a closetag for self-closing elements too.
    parser.on('closetag', (tag) => close(localName(tag.name)));
  }
  if (h.text) {
    parser.on('text', h.text);
    parser.on('cdata', h.text);
  }
  return parser;
}

/** Parse XML held as a string. Throws on malformed XML. */
export function parseXmlText(text: string, h: XmlHandlers): void {
  xmlParser(h).write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).close();
}

/** Parse a UTF-8 XML byte stream. Throws on malformed XML; stops on abort. */
export async function parseXml(chunks: AsyncIterable<Buffer>, h: XmlHandlers, signal: AbortSignal): Promise<void> {
  const parser = xmlParser(h);
  const decoder = new StringDecoder('utf8');
  let first = true;
  for await (const chunk of chunks) {
    if (signal.aborted) throw new ExtractLimitError('timeout', 'aborted');
    let s = decoder.write(chunk);
    if (first && s.length > 0) {
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
      first = false;
    }
    parser.write(s);
  }
  parser.write(decoder.end());
  parser.close();
}

/** One chunk as an async iterable (for parts already in memory). */
export async function* once(data: Buffer): AsyncGenerator<Buffer> {
  yield data;
}
