// Plain zip archives: every member is sniffed and extracted in turn
// (ctx.recurse), so a GBK CSV, an xlsx or another zip inside is reached.
// Member bytes come from ZipReader, which enforces ratio, per-member cap,
// budget and abort while inflating. A member that hits a limit is recorded
// and skipped; the other members are still read.
import { recordBranchError, budgetLeft, shortError } from './limit-error.js';
import { isTextPrefix, memberInput, memberLocation, writeMemberNames } from './member.js';
import { bufferInput, readWhole } from './input.js';
import { readArchiveComment } from './package-leftovers.js';
import type { ExtractContext, ExtractInput, Extractor } from './types.js';
import { ZipReader } from './zip-reader.js';
import { recoverLocalMembers } from './zip-recover.js';
import { byteReader, zipBounds } from './zip-locate.js';

/** A damaged zip is not read beyond this for what its local headers still hold (it is read whole). */
const MAX_RECOVER_BYTES = 256 * 1024 * 1024;

/** Parts that make a zip an Office or OpenDocument file. */
const OFFICE_PART = /^(\[Content_Types\]\.xml|mimetype|META-INF\/manifest\.xml|(xl|word|ppt)\/.*)$/i;

/**
 * What a zip without a readable central directory still holds (zip-recover.ts),
 * dispatched as members are. Not an Office or OpenDocument package cut short
 * (a download that broke off): its parts read alone are no document, and it
 * stays `corrupt`, as any damaged document does.
 */
async function readRecoverable(input: ExtractInput, ctx: ExtractContext): Promise<void> {
  if (input.size > MAX_RECOVER_BYTES || ctx.signal.aborted) return;
  const data = await readWhole(input, ctx);
  if (!data) return;
  const { members, problems } = recoverLocalMembers(data, ctx);
  if (members.some((m) => OFFICE_PART.test(m.name))) return;
  for (const p of problems) {
    const location = p.name ? memberLocation(input.location, p.name) : input.location;
    ctx.fail(location, p.reason, p.reason === 'max-members' ? `more than ${ctx.limits.maxMembers} entries` : 'in a zip read from its local headers');
  }
  for (const m of members) {
    if (ctx.signal.aborted || !budgetLeft(ctx)) return;
    if (m.data.length === 0 || (m.cut && !isTextPrefix(m.data))) continue;
    if (!ctx.consume(m.data.length)) {
      ctx.fail(input.location, 'max-bytes', `more than ${ctx.limits.maxBytes} bytes`);
      return;
    }
    await ctx.recurse(memberInput(input, m.name, m.data));
  }
}

/**
 * A zip that yauzl refuses because it lies among other bytes, found where
 * unzip finds it (zip-locate.ts): after bytes its offsets do not count
 * (`copy /b list.zip+a.zip x.zip`: unzip shows a.zip with a warning, and
 * `harmless.zip + list.zip` shows the list), or before bytes after its end
 * (a CSV appended). It is read where it lies, and the bytes before and after
 * it as items of their own (`x.zip!/before-start`, `…!/after-end`); the
 * whole is `corrupt`. False when the zip is not so.
 */
async function readEmbedded(input: ExtractInput, ctx: ExtractContext): Promise<boolean> {
  if (input.size > MAX_RECOVER_BYTES) return false;
  const { readAt, close } = byteReader(input);
  const bounds = await zipBounds(input.size, readAt).finally(close);
  if (!bounds || (bounds.start === 0 && bounds.end >= input.size)) return false;
  const { start, end } = bounds;
  const data = await readWhole(input, ctx);
  if (!data) return true;
  const around = [start > 0 ? `${start} bytes before the zip` : '', end < data.length ? `${data.length - end} bytes after its end` : ''];
  ctx.fail(input.location, 'corrupt', around.filter(Boolean).join(', '));
  if (start > 0) await ctx.recurse(memberInput(input, 'before-start', data.subarray(0, start)));
  await zipExtractor.extract(bufferInput(input.location, input.name, data.subarray(start, end)), ctx);
  if (end < data.length) await ctx.recurse(memberInput(input, 'after-end', data.subarray(end)));
  return true;
}

export const zipExtractor: Extractor = {
  kind: 'zip',
  async extract(input: ExtractInput, ctx: ExtractContext): Promise<void> {
    let zip: ZipReader;
    try {
      zip = await ZipReader.open(input, ctx.limits.maxMembers, ctx.signal);
    } catch (err) {
      if (await readEmbedded(input, ctx)) return;
      ctx.fail(input.location, 'corrupt', `unreadable zip: ${shortError(err)}`);
      await readRecoverable(input, ctx);
      return;
    }
    try {
      const { members, listError, declaredCount } = zip.listing;
      writeMemberNames(input.location, members.filter((m) => !m.isDirectory).map((m) => m.name), ctx);
      if (zip.overlapping.size > 0) {
        ctx.fail(input.location, 'corrupt', `${zip.overlapping.size} zip entries overlap others (overlapping-entries bomb)`);
      }
      for (const m of members) {
        if (ctx.signal.aborted || !budgetLeft(ctx)) return;
        if (m.isDirectory || zip.overlapping.has(m)) continue;
        if (m.compressedSize === 0 && m.declaredSize === 0 && !m.encrypted) continue; // nothing to scan
        const location = memberLocation(input.location, m.name);
        let result: Awaited<ReturnType<ZipReader['read']>>;
        try {
          result = await zip.read(m, ctx);
        } catch (err) {
          recordBranchError(ctx, location, err);
          continue;
        }
        if (result.error) {
          recordBranchError(ctx, location, result.error);
          // What was read before a limit still counts — but only text can be
          // scanned from a prefix; a cut-off zip/office/pdf cannot be parsed.
          const cut = result.error.reason !== 'corrupt';
          if (cut && !isTextPrefix(result.data)) continue;
        }
        if (result.data.length === 0) continue;
        await ctx.recurse(memberInput(input, m.name, result.data));
      }
      // The archive comment is text anyone's unzip prints: a list can ride in it.
      await readArchiveComment(zip, input, ctx);
      if (listError !== undefined) {
        if (members.length === 0 && (await readEmbedded(input, ctx))) return;
        ctx.fail(input.location, 'corrupt', `zip central directory: ${shortError(new Error(listError))}`);
      } else if (declaredCount > members.length) {
        ctx.fail(input.location, 'max-members', `${declaredCount} entries; read the first ${members.length}`);
      }
    } finally {
      zip.close();
    }
  },
};
