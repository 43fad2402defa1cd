// What keeps text from the eye though it is in the file: the page's colour,
// or a size no one reads. Each format says colour and size its own way
// (hex, ARGB, a palette, half-points, twips); these decide, so every
// format draws the line in the same place. A part with such text is read
// a second time without it (`#visible`): a decoy digit inside every number.

/** Text of this many points or fewer is not read by anyone. */
export const UNSEEN_POINTS = 1;

/** White as the formats write it: `FFFFFF`, `#ffffff`, `#fff`, ARGB `FFFFFFFF`, `white`. */
export const isWhite = (color: string | undefined): boolean => color !== undefined && /^(?:#?(?:[0-9a-f]{2})?ffffff|#fff|white)$/i.test(color.trim());

/** A size in points that no one reads (0 and unknown sizes are not). */
export const isTinyPoints = (points: number): boolean => points > 0 && points <= UNSEEN_POINTS;

/** A named style as far as hiding goes: what it sets of each property that can hide text, and the style it is based on. */
export interface HidingStyle {
  parent?: string;
  props: Partial<Record<string, boolean>>;
}

/** How far a chain of parent styles is followed (a hostile file may make it a loop). */
const MAX_PARENTS = 32;

/**
 * The names of the styles that keep their text from the eye: a property the
 * style sets, or inherits from its parents where it does not set it, hides.
 */
export function stylesThatHide(styles: ReadonlyMap<string, HidingStyle>): Set<string> {
  const hiding = new Set<string>();
  for (const start of styles.keys()) {
    const found: Partial<Record<string, boolean>> = {};
    let at = styles.get(start);
    for (let depth = 0; at && depth < MAX_PARENTS; depth++) {
      for (const [k, v] of Object.entries(at.props)) found[k] ??= v;
      at = at.parent === undefined ? undefined : styles.get(at.parent);
    }
    if (Object.values(found).some(Boolean)) hiding.add(start);
  }
  return hiding;
}
