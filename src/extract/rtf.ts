// RTF documents (rtf-text.ts reads them): the text as one text unit, then
// each embedded object as an item — a Package's file under its own name,
// any other object's native data (a compound file: a workbook, a document)
// as `doc.rtf!/object<N>`. Outlook's compressed RTF bodies come here too
// (msg.ts, after rtf-compressed.ts).
import { LITTLE_TEXT_BYTES, pictureSize, pixels, reportPictureBesideLittleText, type PictureSize } from './image.js';
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
  await readPictures(doc.pictures, location, Buffer.byteLength(doc.text) < LITTLE_TEXT_BYTES, ctx);
}

/**
 * A document's pictures, as in office-pictures.ts: a metafile (`\emfblip`:
 * a range pasted as a picture) read for its text; when the document gave
 * little text, its largest picture reported if it could show a list.
 */
async function readPictures(pictures: readonly { kind: string; data: Buffer }[], location: string, littleText: boolean, ctx: ExtractContext): Promise<void> {
  let best: { at: string; size: PictureSize } | null = null;
  for (const [i, p] of pictures.entries()) {
    if (ctx.signal.aborted) return;
    const at = memberLocation(location, `picture${i + 1}`);
    if (p.kind === 'emfblip') {
      try {
        await ctx.recurse(bufferInput(at, `picture${i + 1}.emf`, p.data));
      } catch (err) {
        recordBranchError(ctx, at, err);
      }
      continue;
    }
    const size = littleText ? pictureSize(p.data) : null;
    if (size && (!best || pixels(size) > pixels(best.size))) best = { at, size };
  }
  if (best) reportPictureBesideLittleText(ctx, best.at, best.size);
}
