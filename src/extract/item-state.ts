// State shared by every archive level of one top-level item, beyond what
// ExtractContext carries (its byte budget). Keyed by the item's AbortSignal,
// which dispatch hands unchanged to every level — a stand-in until the
// context grows an item-scoped field (noted in the extract README).
//
// Why: a 42.zip-style bomb fans out into tens of thousands of small bombs.
// Each is caught by the ratio check, but recording and visiting every one
// costs time and floods the verdict. After BOMB_MEMBERS over-ratio members
// the item is a decompression bomb: it is recorded once and no further
// archive member of the item is read.
import type { ExtractContext } from './types.js';

/** Over-ratio members after which the whole item is treated as a bomb. */
export const BOMB_MEMBERS = 64;

interface ItemState {
  overRatio: number;
  bomb: boolean;
}

const states = new WeakMap<AbortSignal, ItemState>();

function state(ctx: Pick<ExtractContext, 'signal'>): ItemState {
  let s = states.get(ctx.signal);
  if (!s) {
    s = { overRatio: 0, bomb: false };
    states.set(ctx.signal, s);
  }
  return s;
}

/** Count one over-ratio member; true when this one tips the item into "bomb". */
export function noteOverRatio(ctx: Pick<ExtractContext, 'signal'>): boolean {
  const s = state(ctx);
  s.overRatio++;
  if (!s.bomb && s.overRatio >= BOMB_MEMBERS) {
    s.bomb = true;
    return true;
  }
  return false;
}

/** True once the item has been declared a bomb: stop reading archive members. */
export function isBomb(ctx: Pick<ExtractContext, 'signal'>): boolean {
  return states.get(ctx.signal)?.bomb ?? false;
}
