// OpenDocument styles that keep their text from the eye: text properties
// display="none", a colour white or too pale to read, 1 pt or less, a
// width squeezed to 10 % or less (style:text-scale). A span or paragraph names
// its style; an automatic style (content.xml, read by the walker before the
// body) or a common style the user made ("Decoy", in styles.xml, read here
// first) — directly, or through style:parent-style-name. Paragraph styles
// count as text styles do, over the default paragraph style
// (style:default-style); a span's style goes over its paragraph's, so a
// span that sets a hiding property back (a black colour in a white
// paragraph) is seen.
import { parsePart } from './ooxml.js';
import { type HidingProps, type HidingStyle, isSqueezed, isTinyPoints, looksWhite, resolveStyles } from './unseen.js';
import type { ExtractContext } from './types.js';
import { type Attrs, attr } from './xml-stream.js';
import type { ZipMember, ZipReader } from './zip-reader.js';

type HidingProperty = 'display' | 'color' | 'size' | 'scale';
type TextHiding = Partial<Record<HidingProperty, boolean>>;

/** What a style:text-properties element says about each property that can hide text. */
export function odfTextHiding(attrs: Attrs): TextHiding {
  const out: TextHiding = {};
  const display = attr(attrs, 'display');
  if (display !== undefined) out.display = display === 'none';
  const color = attr(attrs, 'color');
  if (color !== undefined) out.color = looksWhite(color);
  const size = attr(attrs, 'font-size');
  if (size !== undefined) {
    const pt = /^(\d*\.?\d+)pt$/.exec(size);
    out.size = pt !== null && isTinyPoints(Number(pt[1]));
  }
  const scale = attr(attrs, 'text-scale');
  if (scale !== undefined) out.scale = isSqueezed(parseFloat(scale));
  return out;
}

/** The key of the default paragraph style (style:default-style), which every paragraph's style goes over. */
export const ODF_DEFAULT_STYLE = '\0default';

/** The common styles of an OpenDocument styles part (styles.xml), each with its parents' properties folded in, by name; the default style too. */
export async function readOdfStyles(zip: ZipReader, part: ZipMember, ctx: ExtractContext): Promise<Map<string, HidingProps>> {
  const styles = new Map<string, HidingStyle>();
  let current: HidingStyle | null = null;
  await parsePart(zip, part, ctx, {
    open(local, attrs) {
      if (local === 'default-style') {
        current = { props: {} };
        if (attr(attrs, 'family') === 'paragraph') styles.set(ODF_DEFAULT_STYLE, current);
      } else if (local === 'style') {
        const name = attr(attrs, 'name');
        const parent = attr(attrs, 'parent-style-name');
        current = parent === undefined ? { props: {} } : { parent, props: {} };
        if (name !== undefined) styles.set(name, current);
      } else if (local === 'text-properties' && current) Object.assign(current.props, odfTextHiding(attrs));
    },
    close(local) {
      if (local === 'style' || local === 'default-style') current = null;
    },
  });
  return resolveStyles(styles);
}
