// A bound or a format problem met inside an extractor, carried up to the
// place that records it. Thrown rather than returned so that a streaming
// loop several calls deep stops at once; caught per member/branch so that
// the rest of an archive is still read.
import type { UnscannableReason } from '../types.js';
import { describeError } from './input.js';
import { BOMB_MEMBERS, isBomb, noteOverRatio } from './item-state.js';
import type { ExtractContext } from './types.js';

export class ExtractLimitError extends Error {
  override readonly name = 'ExtractLimitError';
  constructor(
    readonly reason: UnscannableReason,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}

/**
 * Record a problem that stopped one branch. An abort (timeout) is not
 * recorded here: the engine that owns the signal records `timeout` once.
 * `max-bytes` is recorded once per item — later branches that find the
 * budget already spent stop silently (see `budgetLeft`).
 */
export function recordBranchError(ctx: ExtractContext, location: string, err: unknown): void {
  if (ctx.signal.aborted || isBomb(ctx)) return;
  if (!(err instanceof ExtractLimitError)) {
    ctx.fail(location, 'corrupt', describeError(err));
    return;
  }
  if (err.reason === 'max-text' && ctx.sink.exhausted) return; // the sink recorded it
  if (err.reason === 'max-ratio' && noteOverRatio(ctx)) {
    ctx.fail(location, 'max-ratio', `decompression bomb: ${BOMB_MEMBERS} members over ${ctx.limits.maxRatio}:1; stopped reading this item`);
    return;
  }
  ctx.fail(location, err.reason, err.detail);
}

export { describeError as shortError } from './input.js';

/**
 * False once the item's byte budget is spent (someone has already recorded
 * max-bytes) or the item has been declared a decompression bomb.
 */
export function budgetLeft(ctx: ExtractContext): boolean {
  return !isBomb(ctx) && ctx.consume(0);
}
