// Word run properties that keep text from the eye, given directly on a run
// or through a named style. A decoy digit need not carry w:vanish itself:
// Replace with a character style "Decoy" (Hidden, or white, or 1 pt) does
// it to every number at once, and the run then says only
// <w:rStyle w:val="Decoy"/>; a paragraph style does it to whole paragraphs;
// the document defaults (w:docDefaults) to every paragraph.
// The styles part (word/styles.xml) is read first, each style folded
// through w:basedOn. A run's property is its own, else its character
// style's, else its paragraph style's (the default paragraph style when it
// names none), else the document default's: so a run that turns a hiding
// style's property off (`<w:vanish w:val="0"/>`, a black colour) is shown.
// Conditional table formatting (w:tblStylePr) is not followed.
import { parsePart } from './ooxml.js';
import { type HidingProps, type HidingStyle, isSqueezed, isTinyPoints, looksWhite, resolveStyles } from './unseen.js';
import type { ExtractContext } from './types.js';
import { type Attrs, attr } from './xml-stream.js';
import type { ZipMember, ZipReader } from './zip-reader.js';

type HidingProperty = 'vanish' | 'color' | 'sz' | 'w';

/**
 * A run property that can keep text from the eye, and whether this one does
 * (w:vanish w:val="0" says it does not): hidden (w:vanish, w:specVanish),
 * white or too pale, 1 pt or less, squeezed to 10 % of its width or less (w:w).
 */
export function wordRunProperty(local: string, attrs: Attrs): [HidingProperty, boolean] | null {
  const val = attr(attrs, 'val') ?? '';
  if (local === 'vanish' || local === 'specVanish') return ['vanish', !/^(0|false|off)$/.test(val)];
  if (local === 'w') return ['w', isSqueezed(Number(val))];
  if (local === 'color') return ['color', looksWhite(val)];
  if (local === 'sz') return ['sz', isTinyPoints(Number(val) / 2)]; // half-points
  return null;
}

/** A document's named styles, as far as hiding goes. */
export interface WordStyles {
  /** Each style's properties with those of the styles it is based on folded in, by id. */
  styles: ReadonlyMap<string, HidingProps>;
  /** The document defaults (w:docDefaults/w:rPrDefault). */
  defaults: HidingProps;
  /** The style of a paragraph that names none (the paragraph style marked w:default). */
  defaultParagraph?: string;
}

export const NO_WORD_STYLES: WordStyles = { styles: new Map(), defaults: {} };

/** A document's styles part read for the properties that can hide text. */
export async function readWordStyles(zip: ZipReader, part: ZipMember, ctx: ExtractContext): Promise<WordStyles> {
  const styles = new Map<string, HidingStyle>();
  const defaults: HidingStyle = { props: {} };
  let defaultParagraph: string | undefined;
  /** What the properties being read belong to: a style, the document defaults, or nothing. */
  let target: HidingStyle | null = null;
  let id = '';
  let rPr = 0;
  let conditional = 0;
  await parsePart(zip, part, ctx, {
    open(local, attrs) {
      if (local === 'style') {
        target = { props: {} };
        id = attr(attrs, 'styleId') ?? '';
        if (attr(attrs, 'type') === 'paragraph' && /^(1|true|on)$/.test(attr(attrs, 'default') ?? '')) defaultParagraph ??= id;
      } else if (local === 'rPrDefault') target = defaults;
      else if (!target) return;
      else if (local === 'tblStylePr') conditional++;
      else if (conditional > 0) return;
      else if (local === 'basedOn') {
        const parent = attr(attrs, 'val');
        if (parent !== undefined) target.parent = parent;
      } else if (local === 'rPr') rPr++;
      else if (rPr > 0) {
        const p = wordRunProperty(local, attrs);
        if (p) target.props[p[0]] = p[1];
      }
    },
    close(local) {
      if (local === 'style' && target) {
        if (id !== '') styles.set(id, target);
        target = null;
      } else if (local === 'rPrDefault') target = null;
      else if (local === 'tblStylePr') conditional = Math.max(0, conditional - 1);
      else if (local === 'rPr') rPr = Math.max(0, rPr - 1);
    },
  });
  const resolved = resolveStyles(styles);
  return { styles: resolved, defaults: defaults.props, ...(defaultParagraph === undefined ? {} : { defaultParagraph }) };
}
