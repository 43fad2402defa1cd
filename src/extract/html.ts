// HTML documents (.html, .htm, Excel's "save as web page"): read whole,
// decoded (UTF-8, or GB18030 when the bytes are not UTF-8, UTF-16 by BOM),
// and turned into text by html-text.ts, table rows as tab-separated lines.
// Scanned as plain text, a pretty-printed table puts every cell on a line of
// its own (no person records, no name column) and digits written as
// character references (&#49;&#51;&#56;…) are not digits at all.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { EmbeddedBlocks } from './embedded-blocks.js';
import { htmlToText } from './html-text.js';
import { readWhole } from './input.js';
import { detectEncoding } from './encoding.js';
import type { ExtractContext, ExtractInput, Extractor } from './types.js';

function decode(data: Buffer, head: Buffer): string {
  const detected = detectEncoding(head);
  const bom = detected?.bom ?? 0;
  const body = data.subarray(bom);
  if (detected && detected.encoding !== 'utf8') return iconv.decode(body, detected.encoding);
  return isUtf8(body) ? body.toString('utf8') : iconv.decode(body, 'gb18030');
}

export const htmlExtractor: Extractor = {
  kind: 'html',
  async extract(input: ExtractInput, ctx: ExtractContext): Promise<void> {
    const data = await readWhole(input, ctx);
    if (!data || ctx.signal.aborted) return;
    const text = decode(data, input.head);
    const writer = ctx.sink.open(input.location, { kind: 'text' });
    try {
      writer.write(`${htmlToText(text)}\n`);
    } finally {
      writer.end();
    }
    // Files in data: URLs (a workbook as a download link), in the markup the text leaves out.
    await EmbeddedBlocks.scan(input.location, ctx, Buffer.from(text));
  },
};
