// Windows enhanced metafiles (EMF): what Excel's "Copy as Picture" and
// Word's "Paste Special → Picture (Enhanced Metafile)" make of a range of
// cells. It looks like a picture and is a list of drawing records, the cell
// text among them (EMR_EXTTEXTOUTW, each string with its reference point).
// The strings are laid out into rows and cells like a PDF page's runs
// (pdf-layout.ts), so a pasted sheet reads as a table. A metafile with no
// text that paints a bitmap large enough to show a list is `no-text-layer`,
// as a picture is (image.ts); a drawing without either is nothing to report.
//
// Records: type and size (≥ 8, a multiple of 4, inside the file); the first
// is the header with the " EMF" signature. A record that breaks these is
// `corrupt` after the text before it.
import iconv from 'iconv-lite';
import { LIST_PICTURE_PIXELS, pixels } from './image.js';
import { readWhole } from './input.js';
import { layoutPage, type TextRun } from './pdf-layout.js';
import type { ExtractContext, ExtractInput, Extractor } from './types.js';

const EMR_EOF = 14;
const EMR_BITBLT = 76;
const EMR_STRETCHBLT = 77;
const EMR_SETDIBITSTODEVICE = 80;
const EMR_STRETCHDIBITS = 81;
const EMR_EXTTEXTOUTA = 83;
const EMR_EXTTEXTOUTW = 84;
/** Records read per file, at most (a hostile file of 8-byte records). */
const MAX_RECORDS = 1 << 20;

export interface Metafile {
  runs: TextRun[];
  /** The largest bitmap painted, in pixels (source width × height). */
  largestBitmap: { width: number; height: number } | null;
  /** Where the record list broke, if it did. */
  damage?: string;
  /** Records past MAX_RECORDS, not read. */
  overRecords?: boolean;
  /** Bytes other than zero padding after the EOF record: something appended. */
  trailing: number;
}

/** Where each bitmap-painting record keeps its source bitmap's BITMAPINFOHEADER offset. */
const BITMAP_OFFSET: Readonly<Record<number, number>> = { [EMR_BITBLT]: 84, [EMR_STRETCHBLT]: 84, [EMR_SETDIBITSTODEVICE]: 48, [EMR_STRETCHDIBITS]: 48 };

export function readMetafile(b: Buffer): Metafile {
  const out: Metafile = { runs: [], largestBitmap: null, trailing: 0 };
  let at = 0;
  for (let n = 0; at < b.length && n < MAX_RECORDS; n++) {
    if (at + 8 > b.length) return { ...out, damage: `a record header cut off at byte ${at}` };
    const type = b.readUInt32LE(at);
    const size = b.readUInt32LE(at + 4);
    if (size < 8 || size % 4 !== 0 || at + size > b.length) return { ...out, damage: `a record of ${size} bytes at byte ${at}` };
    const rec = b.subarray(at, at + size);
    if (type === EMR_EXTTEXTOUTW || type === EMR_EXTTEXTOUTA) {
      const run = textRun(rec, type === EMR_EXTTEXTOUTW);
      if (run === null) return { ...out, damage: `a text record whose string lies outside it at byte ${at}` };
      if (run.str) out.runs.push(run);
    } else if (BITMAP_OFFSET[type] !== undefined) {
      const bitmap = bitmapSize(rec, BITMAP_OFFSET[type]!);
      if (bitmap && (!out.largestBitmap || pixels(bitmap) > pixels(out.largestBitmap))) out.largestBitmap = bitmap;
    } else if (type === EMR_EOF) {
      const rest = b.subarray(at + size);
      return rest.every((x) => x === 0) ? out : { ...out, trailing: rest.length };
    }
    at += size;
  }
  // Every metafile ends with an EOF record: without one it was cut, perhaps at a record's end.
  return at < b.length ? { ...out, overRecords: true } : { ...out, damage: 'no EOF record: cut off' };
}

/**
 * EMR_EXTTEXTOUT: bounds (16 bytes), graphics mode and scales (12), then
 * EMRTEXT: reference point, character count, string offset (from the
 * record's start), options, clip rectangle, offset of the advances.
 */
function textRun(rec: Buffer, wide: boolean): TextRun | null {
  if (rec.length < 76) return null;
  const [left, top, right, bottom] = [rec.readInt32LE(8), rec.readInt32LE(12), rec.readInt32LE(16), rec.readInt32LE(20)];
  const x = rec.readInt32LE(36);
  const y = rec.readInt32LE(40);
  const chars = rec.readUInt32LE(44);
  const offString = rec.readUInt32LE(48);
  const bytes = chars * (wide ? 2 : 1);
  if (offString + bytes > rec.length) return null;
  const raw = rec.subarray(offString, offString + bytes);
  const str = wide ? raw.toString('utf16le') : iconv.decode(raw, 'gb18030');
  let width = right - left;
  const offDx = rec.readUInt32LE(72);
  if (offDx > 0 && offDx + chars * 4 <= rec.length) {
    width = 0;
    for (let i = 0; i < chars; i++) width += rec.readInt32LE(offDx + i * 4);
  }
  // Metafile y grows downwards; the layout's, like a PDF's, upwards.
  return { str, x, y: -y, width: Math.abs(width), size: Math.abs(bottom - top) || 1 };
}

/** The BITMAPINFOHEADER's width and height, found through the record's offset field. */
function bitmapSize(rec: Buffer, offsetField: number): { width: number; height: number } | null {
  if (rec.length < offsetField + 4) return null;
  const off = rec.readUInt32LE(offsetField);
  if (off === 0 || off + 12 > rec.length) return null;
  const width = Math.abs(rec.readInt32LE(off + 4));
  const height = Math.abs(rec.readInt32LE(off + 8));
  return width > 0 && height > 0 ? { width, height } : null;
}

export const emfExtractor: Extractor = {
  kind: 'emf',
  async extract(input: ExtractInput, ctx: ExtractContext): Promise<void> {
    const data = await readWhole(input, ctx);
    if (!data || ctx.signal.aborted) return;
    const mf = readMetafile(data);
    if (mf.runs.length > 0) {
      const layout = layoutPage(mf.runs);
      const table = layout.rows > 0 && layout.tableRows * 2 >= layout.rows;
      layout.blocks.forEach((rows, i) => {
        const writer = ctx.sink.open(i ? `${input.location}#${i + 1}` : input.location, table ? { kind: 'table', delimiter: '\t' } : { kind: 'text' });
        writer.write(`${rows.join('\n')}\n`);
        writer.end();
      });
    } else if (mf.largestBitmap && pixels(mf.largestBitmap) >= LIST_PICTURE_PIXELS) {
      const { width, height } = mf.largestBitmap;
      ctx.fail(input.location, 'no-text-layer', `a metafile holding a ${width}×${height} picture and no text: not read`);
    }
    if (mf.damage) ctx.fail(input.location, 'corrupt', `metafile damaged: ${mf.damage}`);
    if (mf.overRecords) ctx.fail(input.location, 'max-members', `more than ${MAX_RECORDS} records; read the first ${MAX_RECORDS}`);
    // Viewers stop at EOF; what follows is not the picture (`cat range.emf list.zip`).
    if (mf.trailing > 0) ctx.fail(input.location, 'unsupported-format', `${mf.trailing} bytes after the metafile's end: something appended`);
  },
};
