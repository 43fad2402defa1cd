// What keeps text from the eye though it is in the file: the page's colour,
// or a size no one reads. Each format says colour and size its own way
// (hex, ARGB, a palette, half-points, twips); these decide, so every
// format draws the line in the same place. A part with such text is read
// a second time without it (`#visible`): a decoy digit inside every number.

/** Text of this many points or fewer is not read by anyone. */
export const UNSEEN_POINTS = 1;

/**
 * Text whose contrast with a white page (WCAG 2's ratio) is below this is
 * not read: white, and what an insider picks instead — #FEFEFE (1.01),
 * #F0F0F0 (1.14), light yellow #FFFFCC (1.03), yellow #FFFF00 (1.07). Light
 * grey #E0E0E0 (1.32) and cyan #00FFFF (1.25) are read.
 */
export const UNSEEN_CONTRAST = 1.2;

/** Whether a colour (0–255 a channel) is white, or too pale to read on a white page. */
export const looksWhiteRgb = (r: number, g: number, b: number): boolean => lowContrast([r, g, b], [255, 255, 255]);

/** Whether text in one colour cannot be read on the other (0–255 a channel): their contrast is under UNSEEN_CONTRAST. */
export function lowContrast(a: readonly [number, number, number], b: readonly [number, number, number]): boolean {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05) < UNSEEN_CONTRAST;
}

/** WCAG's relative luminance of an sRGB colour. */
const luminance = ([r, g, b]: readonly [number, number, number]): number => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);

/** An sRGB channel (0–255) as linear light (0–1). */
function linear(c: number): number {
  const s = Math.min(Math.max(c, 0), 255) / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** A hex colour as the formats write it, `RRGGBB`, `#rrggbb` or ARGB `AARRGGBB` (the alpha dropped), as [r, g, b]. */
export function parseRgb(hex: string | undefined): [number, number, number] | undefined {
  const m = /^#?(?:[0-9a-f]{2})?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex?.trim() ?? '');
  return m ? [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)] : undefined;
}

/**
 * Whether a colour as the formats write it is white or too pale to read:
 * `FFFFFF`, `#fefefe`, `#fff`, ARGB `FFF8F8F8` (the alpha is not read:
 * Office ignores it), `rgb(250, 250, 250)`, `white`.
 */
export function looksWhite(color: string | undefined): boolean {
  if (color === undefined) return false;
  const c = color.trim().toLowerCase();
  if (c === 'white') return true;
  const rgb = parseRgb(c);
  if (rgb) return looksWhiteRgb(...rgb);
  let m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (m) return looksWhiteRgb(parseInt(m[1]!, 16) * 17, parseInt(m[2]!, 16) * 17, parseInt(m[3]!, 16) * 17);
  m = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,[^)]*)?\)$/.exec(c);
  return m !== null && looksWhiteRgb(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** A size in points that no one reads (0 and unknown sizes are not). */
export const isTinyPoints = (points: number): boolean => points > 0 && points <= UNSEEN_POINTS;

/** Characters squeezed to this share of their width (Word's w:w, ODF's text-scale, in %) or less are not read. */
export const UNSEEN_SCALE = 10;

/** A character width in percent that no one reads (0 and unknown widths are not). */
export const isSqueezed = (percent: number): boolean => percent > 0 && percent <= UNSEEN_SCALE;

/** What a style or a run sets of each property that can hide text (a property left out is inherited). */
export type HidingProps = Partial<Record<string, boolean>>;

/** A named style as far as hiding goes: what it sets of each property that can hide text, and the style it is based on. */
export interface HidingStyle {
  parent?: string;
  props: HidingProps;
}

/** How far a chain of parent styles is followed (a hostile file may make it a loop). */
const MAX_PARENTS = 32;

/** Each style's properties with what it leaves unset taken from its parents, by name. */
export function resolveStyles(styles: ReadonlyMap<string, HidingStyle>): Map<string, HidingProps> {
  const resolved = new Map<string, HidingProps>();
  for (const start of styles.keys()) {
    const found: HidingProps = {};
    let at = styles.get(start);
    for (let depth = 0; at && depth < MAX_PARENTS; depth++) {
      for (const [k, v] of Object.entries(at.props)) found[k] ??= v;
      at = at.parent === undefined ? undefined : styles.get(at.parent);
    }
    resolved.set(start, found);
  }
  return resolved;
}

/** Whether text with these properties is kept from the eye: one of them hides it. */
export const propsHide = (props: HidingProps | undefined): boolean => props !== undefined && Object.values(props).some(Boolean);
