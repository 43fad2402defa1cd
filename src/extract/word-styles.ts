// Word run properties that keep text from the eye, given directly on a run
// or through a named style. A decoy digit need not carry w:vanish itself:
// Replace with a character style "Decoy" (Hidden, or white, or 1 pt) does
// it to every number at once, and the run then says only
// <w:rStyle w:val="Decoy"/>; a paragraph style does it to whole paragraphs.
// The styles part (word/styles.xml) is read first: a style hides when a
// property it sets, or inherits through w:basedOn, does. Conditional table
// formatting (w:tblStylePr) and the document defaults are not followed.
import { parsePart } from './ooxml.js';
import { type HidingStyle, isTinyPoints, looksWhite, stylesThatHide } from './unseen.js';
import type { ExtractContext } from './types.js';
import { type Attrs, attr } from './xml-stream.js';
import type { ZipMember, ZipReader } from './zip-reader.js';

type HidingProperty = 'vanish' | 'color' | 'sz';

/** A run property that can keep text from the eye, and whether this one does (w:vanish w:val="0" says it does not). */
function runProperty(local: string, attrs: Attrs): [HidingProperty, boolean] | null {
  const val = attr(attrs, 'val') ?? '';
  if (local === 'vanish') return ['vanish', !/^(0|false|off)$/.test(val)];
  if (local === 'color') return ['color', looksWhite(val)];
  if (local === 'sz') return ['sz', isTinyPoints(Number(val) / 2)]; // half-points
  return null;
}

/** Word run properties that keep text from the eye: w:vanish (unless w:val says off), white, tiny. */
export const wordRunHides = (local: string, attrs: Attrs): boolean => runProperty(local, attrs)?.[1] === true;

/** The ids of the styles in a styles part whose run properties keep their text from the eye. */
export async function readHidingStyles(zip: ZipReader, part: ZipMember, ctx: ExtractContext): Promise<Set<string>> {
  const styles = new Map<string, HidingStyle>();
  let style: HidingStyle | null = null;
  let id = '';
  let rPr = 0;
  let conditional = 0;
  await parsePart(zip, part, ctx, {
    open(local, attrs) {
      if (local === 'style') {
        style = { props: {} };
        id = attr(attrs, 'styleId') ?? '';
      } else if (!style) return;
      else if (local === 'tblStylePr') conditional++;
      else if (conditional > 0) return;
      else if (local === 'basedOn') {
        const parent = attr(attrs, 'val');
        if (parent !== undefined) style.parent = parent;
      }
      else if (local === 'rPr') rPr++;
      else if (rPr > 0) {
        const p = runProperty(local, attrs);
        if (p) style.props[p[0]] = p[1];
      }
    },
    close(local) {
      if (local === 'style' && style) {
        if (id !== '') styles.set(id, style);
        style = null;
      } else if (local === 'tblStylePr') conditional = Math.max(0, conditional - 1);
      else if (local === 'rPr') rPr = Math.max(0, rPr - 1);
    },
  });
  return stylesThatHide(styles);
}
