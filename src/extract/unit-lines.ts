// Lines written as one unit of their own: an archive's member names, a
// sheet's notes, text a part holds and no page shows, a document as it looks.
import type { ExtractContext, UnitShape } from './types.js';

/** `lines`, if any, as the unit at `location` (text unless `shape` says a table); whether anything was written. */
export function writeLines(ctx: ExtractContext, location: string, lines: readonly string[], shape: UnitShape = { kind: 'text' }): boolean {
  if (lines.length === 0) return false;
  const unit = ctx.sink.open(location, shape);
  try {
    unit.write(`${lines.join('\n')}\n`);
  } finally {
    unit.end();
  }
  return true;
}
