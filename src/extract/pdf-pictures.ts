// Pages that show a picture where a list could be: a scanned page, or a
// screenshot of a spreadsheet under a one-line caption. A PDF with no text at
// all is `no-text-layer` already; this is for the page inside a document that
// has text elsewhere — a cover letter with the scanned list behind it, which
// otherwise reads as the cover letter alone.
//
// Only pages with little text are looked at, and only until one such picture
// is found: pdf.js decodes every image it lists (~0.1 s per megapixel), so a
// page full of text (where a picture is a figure) is not examined, and a file
// pays for one decoded picture at most. pdf.js is given a size limit above
// which it does not decode an image at all (and silently leaves it out of the
// page, with the rest of the page): such an image is found in the stream pass
// (pdf-integrity.ts `largestImage`) instead.
import { PAGE_PICTURE_PIXELS, pixels } from './image.js';
import { opCode, pdfjsOps } from './pdfjs-path.js';
/** A page with fewer visible characters than this is examined for a picture. */
export const LITTLE_TEXT = 200;
/** Pages examined per file, at most. */
export const MAX_EXAMINED = 16;
/** pdf.js decodes no image larger than this (an A3 page at 300 dpi is ~17 megapixels). */
export const MAX_DECODED_PIXELS = 20_000_000;

export interface OperatorList {
  fnArray: readonly number[];
  argsArray: readonly unknown[];
}
export interface PicturePage {
  getOperatorList(): Promise<OperatorList>;
  cleanup(): void;
}

/** pdf.js's operator codes for painting an image, with where each keeps its size. */
interface ImageOps {
  /** Arguments [id, width, height]. */
  byArgs: ReadonlySet<number>;
  /** Arguments [image] with image.width, image.height. */
  byObject: ReadonlySet<number>;
}

let imageOps: Promise<ImageOps> | undefined;

function loadImageOps(): Promise<ImageOps> {
  imageOps ??= (async () => {
    const all = await pdfjsOps();
    const code = (name: string): number => opCode(all, name);
    return {
      byArgs: new Set([code('paintImageXObject'), code('paintImageXObjectRepeat')]),
      byObject: new Set([code('paintInlineImageXObject'), code('paintImageMaskXObject')]),
    };
  })();
  return imageOps;
}

/** The largest image a page paints, in pixels, with its size. */
export async function largestPicture(page: PicturePage): Promise<{ width: number; height: number } | null> {
  const ops = await loadImageOps();
  const list = await page.getOperatorList();
  let best: { width: number; height: number } | null = null;
  list.fnArray.forEach((fn, i) => {
    const args = list.argsArray[i] as unknown[] | undefined;
    let width = 0;
    let height = 0;
    if (ops.byArgs.has(fn)) [width, height] = [Number(args?.[1]) || 0, Number(args?.[2]) || 0];
    else if (ops.byObject.has(fn)) {
      const img = args?.[0] as { width?: unknown; height?: unknown } | undefined;
      [width, height] = [Number(img?.width) || 0, Number(img?.height) || 0];
    } else return;
    if (!best || width * height > pixels(best)) best = { width, height };
  });
  return best;
}

export type PictureSearch =
  | { found: { page: number; width: number; height: number }; examined: number }
  | { found: null; examined: number };

/**
 * The first of `pages` (page numbers with little text, in order) that paints
 * a picture of PAGE_PICTURE_PIXELS or more; at most MAX_EXAMINED pages examined.
 */
export async function findPicturePage(getPage: (n: number) => Promise<PicturePage>, pages: readonly number[], signal: AbortSignal): Promise<PictureSearch> {
  let examined = 0;
  for (const n of pages.slice(0, MAX_EXAMINED)) {
    if (signal.aborted) break;
    const page = await getPage(n);
    examined++;
    try {
      const picture = await largestPicture(page);
      if (picture && pixels(picture) >= PAGE_PICTURE_PIXELS) return { found: { page: n, ...picture }, examined };
    } finally {
      page.cleanup();
    }
  }
  return { found: null, examined };
}
