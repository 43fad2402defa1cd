// Sniff an item's type and hand it to its extractor, enforcing depth and the
// byte budget. One ExtractContext per nesting level; the budget is shared by
// the whole top-level item.
import { open } from 'node:fs/promises';
import type { Limits, UnscannableReason } from '../types.js';
import { describeError, HEAD_BYTES } from './input.js';
import { EXTRACTOR_KINDS, extractorFor } from './registry.js';
import { sniff } from './sniff.js';
import type { ExtractContext, ExtractInput, TextSink } from './types.js';

export { bufferInput, describeError, HEAD_BYTES } from './input.js';
import { extractSelfExtractor, isProgramHead } from './sfx.js';
import { zipFlavor } from './zip-flavor.js';


/** Read the first bytes of a file for sniffing. */
export async function readHead(path: string): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}


const UNREADABLE: Record<string, string> = {
  media: 'audio/video',
};

/** Names that promise a binary container; such a file sniffed as text is corrupt. */
export const CONTAINER_EXTENSIONS = /\.(xlsx|xlsm|xlsb|docx|docm|pptx|odt|ods|odp|zip|pdf|gz|tgz|7z|rar|xz|txz|bz2|tbz2?|zst|tzst)$/i;

interface Budget {
  used: number;
  exceeded: boolean;
}

function makeContext(sink: TextSink, limits: Limits, signal: AbortSignal, depth: number, budget: Budget): ExtractContext {
  const ctx: ExtractContext = {
    limits,
    depth,
    sink,
    signal,
    consume(bytes) {
      budget.used += bytes;
      if (budget.used > limits.maxBytes) budget.exceeded = true;
      return !budget.exceeded;
    },
    fail(location, reason: UnscannableReason, detail) {
      sink.unscannable(detail === undefined ? { reason, location } : { reason, location, detail });
    },
    async recurse(input) {
      if (depth + 1 > limits.maxDepth) {
        ctx.fail(input.location, 'max-depth', `nesting deeper than ${limits.maxDepth}`);
        return;
      }
      await dispatch(input, makeContext(sink, limits, signal, depth + 1, budget));
    },
  };
  return ctx;
}

async function dispatch(input: ExtractInput, ctx: ExtractContext): Promise<void> {
  if (ctx.signal.aborted) return;
  let kind: string = sniff(input.head);
  const unreadable = UNREADABLE[kind];
  if (unreadable && !EXTRACTOR_KINDS.includes(kind)) {
    ctx.fail(input.location, 'unsupported-format', unreadable);
    return;
  }
  const claimed = CONTAINER_EXTENSIONS.exec(input.name)?.[1]?.toLowerCase();
  if (claimed && kind === 'text') {
    // An .xlsx that is not a zip is damaged or disguised; either way not "text".
    ctx.fail(input.location, 'corrupt', `.${claimed} file whose content is not that format`);
    return;
  }
  // A program with an archive after it (a self-extractor): the archive is what it carries.
  if (kind === 'text' && isProgramHead(input.head) && (await extractSelfExtractor(input, ctx).catch(() => false))) return;
  if (kind === 'zip') kind = await zipFlavor(input);
  const extractor = await extractorFor(kind);
  if (!extractor) {
    ctx.fail(input.location, 'unsupported-format', kind);
    return;
  }
  try {
    await extractor.extract(input, ctx);
  } catch (err) {
    if (ctx.signal.aborted) return;
    // An extractor that throws has met input it cannot read: corrupt, never clean.
    ctx.fail(input.location, 'corrupt', describeError(err));
  }
}

/** Extract one top-level item into the sink. */
export async function extractItem(input: ExtractInput, sink: TextSink, limits: Limits, signal: AbortSignal): Promise<void> {
  await dispatch(input, makeContext(sink, limits, signal, 0, { used: 0, exceeded: false }));
}
