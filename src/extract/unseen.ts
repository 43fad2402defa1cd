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
