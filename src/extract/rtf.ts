// RTF documents (rtf-text.ts reads them): the text as one text unit, then
// each embedded object as an item — a Package's file under its own name,
// any other object's native data (a compound file: a workbook, a document)
// as `doc.rtf!/object<N>`. Outlook's compressed RTF bodies come here too
// (msg.ts, after rtf-compressed.ts).
import { bufferInput, readWhole } from './input.js';
import { recordBranchError } from './limit-error.js';
import { memberLocation } from './member.js';
import { readPackage } from './ole-object.js';
import { readOle1Object, readRtf } from './rtf-text.js';
import type { ExtractContext, ExtractInput, Extractor } from './types.js';

export const rtfExtractor: Extractor = {
  kind: 'rtf',
  async extract(input: ExtractInput, ctx: ExtractContext): Promise<void> {
    const data = await readWhole(input, ctx);
    if (!data || ctx.signal.aborted) return;
    await readRtfInto(data, input.location, ctx);
  },
};

/** An RTF document's text at `location` (after `before`: a message's header lines), then its objects. */
export async function readRtfInto(data: Buffer, location: string, ctx: ExtractContext, before = ''): Promise<void> {
  const doc = readRtf(data);
  if (doc.damaged) ctx.fail(location, 'corrupt', `RTF document: ${doc.damaged}`);
  const writer = ctx.sink.open(location, { kind: 'text' });
  try {
    writer.write(`${before}${doc.text.replace(/\n+$/, '')}\n`);
  } finally {
    writer.end();
  }
  for (const [i, object] of doc.objects.entries()) {
    if (ctx.signal.aborted) return;
    const at = memberLocation(location, `object${i + 1}`);
    const ole1 = readOle1Object(object);
    if (ole1.kind === 'damaged') ctx.fail(at, 'corrupt', `embedded object: ${ole1.detail}`);
    if (ole1.kind !== 'native') continue;
    const file = ole1.className === 'Package' ? readPackage(ole1.data) : null;
    if (file?.kind === 'damaged') ctx.fail(at, 'corrupt', `embedded object: ${file.detail}`);
    if (file && file.kind !== 'file') continue;
    const name = file?.name ?? `object${i + 1}`;
    const location2 = file ? memberLocation(at, name) : at;
    try {
      await ctx.recurse(bufferInput(location2, name, file?.data ?? ole1.data));
    } catch (err) {
      recordBranchError(ctx, location2, err);
    }
  }
}
