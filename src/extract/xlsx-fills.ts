// A decoy digit coloured as its cell's fill. Checking text against a white
// page misses the digit a sheet hides in its own banding: a light-grey row
// (D9D9D9, or the theme's Background 1 darker 15 %) with a rich-text run of
// that same colour inside every number. A shared string whose runs differ
// in colour is kept with its runs (xlsx.ts); a cell that shows it in a
// solid fill of a run's colour — the same theme colour and tint, the same
// palette index, or RGB values too close to tell apart (unseen.ts) — is
// read again without that run, as the white-run decoy is (`#visible`).
// Conditional formatting, which can fill a cell too, is not followed. An
// .xls does the same with its XF records' fills (xls.ts).
import { parsePart } from './ooxml.js';
import type { ExtractContext } from './types.js';
import { lowContrast, parseRgb } from './unseen.js';
import { type Attrs, attr } from './xml-stream.js';
import type { ZipReader } from './zip-reader.js';

/** A colour as Excel writes it (rgb, theme and tint, palette index), as a key two equal colours share; undefined: automatic. */
export function colorKey(attrs: Attrs): string | undefined {
  const rgb = parseRgb(attr(attrs, 'rgb'));
  if (rgb) return `rgb:${rgb.join(',')}`;
  const theme = attr(attrs, 'theme');
  if (theme !== undefined) return `theme:${theme}:${Math.round((Number(attr(attrs, 'tint')) || 0) * 1000)}`;
  const indexed = attr(attrs, 'indexed');
  return indexed === undefined ? undefined : `indexed:${indexed}`;
}

/** Whether text in colour `text` is lost on a fill of colour `fill` (keys from colorKey). */
export function sameAsFill(text: string, fill: string): boolean {
  if (text === fill) return true;
  const rgb = (key: string): [number, number, number] | undefined => (key.startsWith('rgb:') ? (key.slice(4).split(',').map(Number) as [number, number, number]) : undefined);
  const a = rgb(text);
  const b = rgb(fill);
  return a !== undefined && b !== undefined && lowContrast(a, b);
}

/** Each cell format's solid fill (cellXfs, by index, the `s` of a cell) as a colour key; undefined where it has none. */
export async function readCellFills(zip: ZipReader, part: string, ctx: ExtractContext): Promise<(string | undefined)[]> {
  const m = zip.find(part);
  if (!m) return [];
  const fills: (string | undefined)[] = [];
  const xfFills: number[] = [];
  let section: 'fills' | 'cellXfs' | null = null;
  let solid = false;
  await parsePart(zip, m, ctx, {
    open(local, attrs) {
      if (local === 'fills' || local === 'cellXfs') section = local;
      else if (section === 'fills' && local === 'fill') (fills.push(undefined), (solid = false));
      else if (section === 'fills' && local === 'patternFill') solid = attr(attrs, 'patternType') === 'solid';
      else if (section === 'fills' && local === 'fgColor' && solid) fills[fills.length - 1] = colorKey(attrs);
      else if (section === 'cellXfs' && local === 'xf') xfFills.push(Number(attr(attrs, 'fillId') ?? 0));
    },
    close(local) {
      if (local === 'fills' || local === 'cellXfs') section = null;
    },
  }, true);
  return xfFills.map((id) => fills[id]);
}
