// Pictures: a screenshot of the customer sheet, a photo of a printed list, a
// fax. listguard reads no text out of pixels, so a picture large enough to
// show a list is `no-text-layer` ("not read"), which policy routes; an icon
// or a signature logo, too small to show more than a few words, is nothing
// to report. Only the size is read, from the header: PNG, GIF, JPEG (its
// frame header, past EXIF and ICC segments), BMP, TIFF (first page) and WebP.
// A small picture in a file far larger than its pixels could need carries
// something else (`cat logo.png list.zip > logo.png` still unzips): that is
// not let through as an icon. A PNG's chunks and a JPEG's segments are
// walked to their end (IEND, EOI): what is appended, however small, is
// scanned as an item of its own (`logo.png!/appended`).
import { open, readFile } from 'node:fs/promises';
import { bufferInput } from './input.js';
import { memberLocation } from './member.js';
import { isBmp } from './sniff.js';
import type { ExtractContext, ExtractInput, Extractor } from './types.js';

/** The smallest picture file reported (200 × 200): below it, an icon or a logo, not a legible list. */
export const LIST_PICTURE_PIXELS = 40_000;
/**
 * The smallest picture reported inside a document, beside little text (~400 × 250, a
 * legible list): a cover page's or letterhead's logo is smaller (pdf-pictures.ts,
 * office-pictures.ts).
 */
export const PAGE_PICTURE_PIXELS = 100_000;
/** Text bytes under which a document's pictures are looked at (~200 Chinese characters: a caption). */
export const LITTLE_TEXT_BYTES = 600;
/** What a picture's file may hold besides its pixels (EXIF, ICC profile, thumbnail). */
const METADATA_ALLOWANCE = 256 << 10;
/** How far into a file its size is looked for (a JPEG's frame header follows its EXIF and ICC data). */
export const PICTURE_HEADER_BYTES = 512 << 10;

export interface PictureSize {
  width: number;
  height: number;
}

const isPng = (b: Buffer): boolean => b.length >= 8 && b.readUInt32BE(0) === 0x89504e47 && b.readUInt32BE(4) === 0x0d0a1a0a;
const isJpeg = (b: Buffer): boolean => b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;

/** Width and height from an image's header, or null when they are not where the format puts them. */
export function pictureSize(b: Buffer): PictureSize | null {
  const at = (i: number, n: number): boolean => b.length >= i + n;
  // PNG: IHDR is the first chunk.
  if (at(0, 24) && isPng(b) && b.toString('latin1', 12, 16) === 'IHDR') return sized(b.readUInt32BE(16), b.readUInt32BE(20));
  if (at(0, 10) && b.toString('latin1', 0, 4) === 'GIF8') return sized(b.readUInt16LE(6), b.readUInt16LE(8));
  if (isJpeg(b)) return jpegSize(b);
  if (at(0, 26) && isBmp(b)) return sized(b.readInt32LE(18), Math.abs(b.readInt32LE(22)));
  if (at(0, 8) && (b.toString('latin1', 0, 4) === 'II*\0' || b.toString('latin1', 0, 4) === 'MM\0*')) return tiffSize(b);
  if (at(0, 30) && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return webpSize(b);
  return null;
}

const sized = (width: number, height: number): PictureSize | null => (width > 0 && height > 0 ? { width, height } : null);

export const pixels = (s: PictureSize): number => s.width * s.height;

/**
 * A document's picture beside little or no text (a PDF page, an office
 * document, an RTF): `no-text-layer` where it is, when it could show a list.
 * `more` adds what was not examined.
 */
export function reportPictureBesideLittleText(ctx: ExtractContext, location: string, size: PictureSize, more = ''): boolean {
  if (pixels(size) < PAGE_PICTURE_PIXELS) return false;
  ctx.fail(location, 'no-text-layer', `little or no text and a ${size.width}×${size.height} picture: a scan or a screenshot, not read${more}`);
  return true;
}

/** The first start-of-frame segment (SOF0–SOF15 but DHT, JPG, DAC), walking the segments from the start. */
function jpegSize(b: Buffer): PictureSize | null {
  let i = 2;
  while (i + 9 <= b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return sized(b.readUInt16BE(i + 7), b.readUInt16BE(i + 5));
    if (marker === 0xd9 || marker === 0xda) return null; // end of image, or scan data before any frame header
    i += 2 + b.readUInt16BE(i + 2);
  }
  return null;
}

/** ImageWidth (256) and ImageLength (257) of the first directory. */
function tiffSize(b: Buffer): PictureSize | null {
  const le = b[0] === 0x49;
  const u16 = (i: number): number => (le ? b.readUInt16LE(i) : b.readUInt16BE(i));
  const u32 = (i: number): number => (le ? b.readUInt32LE(i) : b.readUInt32BE(i));
  const ifd = u32(4);
  if (ifd + 2 > b.length) return null;
  let width = 0;
  let height = 0;
  for (let k = 0, n = u16(ifd); k < n; k++) {
    const e = ifd + 2 + k * 12;
    if (e + 12 > b.length) return null;
    const tag = u16(e);
    if (tag !== 256 && tag !== 257) continue;
    const value = u16(e + 2) === 3 ? u16(e + 8) : u32(e + 8); // SHORT or LONG
    if (tag === 256) width = value;
    else height = value;
  }
  return sized(width, height);
}

/** The VP8 (lossy), VP8L (lossless) or VP8X (extended) chunk after the RIFF header. */
function webpSize(b: Buffer): PictureSize | null {
  const chunk = b.toString('latin1', 12, 16);
  if (chunk === 'VP8X') return sized(1 + b.readUIntLE(24, 3), 1 + b.readUIntLE(27, 3));
  if (chunk === 'VP8L' && b[20] === 0x2f) {
    const bits = b.readUInt32LE(21);
    return sized(1 + (bits & 0x3fff), 1 + ((bits >>> 14) & 0x3fff));
  }
  if (chunk === 'VP8 ') return sized(b.readUInt16LE(26) & 0x3fff, b.readUInt16LE(28) & 0x3fff);
  return null;
}

async function readHeader(input: ExtractInput): Promise<Buffer> {
  if (input.source.kind === 'buffer') return input.source.data.subarray(0, PICTURE_HEADER_BYTES);
  const fh = await open(input.source.path, 'r');
  try {
    const buf = Buffer.alloc(PICTURE_HEADER_BYTES);
    const { bytesRead } = await fh.read(buf, 0, PICTURE_HEADER_BYTES, input.source.range?.start ?? 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/**
 * A PNG or JPEG larger than this is not walked for an appended item (it is read
 * whole, and a worker holds one at a time): a larger picture is `no-text-layer`
 * anyway, which policy routes.
 */
const WALK_BYTES = 16 << 20;

/** What follows a PNG's IEND chunk (empty when nothing does, or the file is cut before it). */
function pngTrailer(data: Buffer): Buffer {
  for (let pos = 8; pos + 12 <= data.length; ) {
    const next = pos + 12 + data.readUInt32BE(pos);
    if (data.toString('latin1', pos + 4, pos + 8) === 'IEND') return data.subarray(Math.min(next, data.length));
    pos = next;
  }
  return data.subarray(data.length);
}

/**
 * What follows a JPEG's EOI: segments by their lengths, and after each SOS its
 * entropy-coded data up to the next marker (0xFF is stuffed as FF 00 there,
 * restart markers FF D0–D7 belong to it). Empty when nothing does or the file is cut.
 */
function jpegTrailer(data: Buffer): Buffer {
  let pos = 2;
  while (pos + 4 <= data.length) {
    if (data[pos] !== 0xff) return data.subarray(data.length);
    const marker = data[pos + 1]!;
    if (marker === 0xff) {
      pos++; // fill byte
      continue;
    }
    if (marker === 0xd9) return data.subarray(pos + 2);
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      pos += 2;
      continue;
    }
    pos += 2 + data.readUInt16BE(pos + 2);
    if (marker !== 0xda) continue;
    while (pos + 1 < data.length && !(data[pos] === 0xff && data[pos + 1] !== 0x00 && (data[pos + 1]! < 0xd0 || data[pos + 1]! > 0xd7))) pos++;
  }
  return data.subarray(data.length);
}

/** The whole of a PNG or JPEG small enough to walk to its end (read once, for its size too); else null. */
async function walkable(input: ExtractInput): Promise<Buffer | null> {
  if (!(isPng(input.head) || isJpeg(input.head)) || input.size > WALK_BYTES || (input.source.kind === 'file' && input.source.range)) return null;
  return input.source.kind === 'buffer' ? input.source.data : readFile(input.source.path);
}

/** Scans what a walked PNG or JPEG carries after its end; whether it carried anything. */
async function scanAppended(data: Buffer, input: ExtractInput, ctx: ExtractContext): Promise<boolean> {
  const appended = isPng(data) ? pngTrailer(data) : jpegTrailer(data);
  // A few bytes, or zero padding some writers leave: nothing carried.
  if (appended.length < 16 || !appended.some((b) => b !== 0)) return false;
  if (!ctx.consume(appended.length)) {
    ctx.fail(input.location, 'max-bytes', `more than ${ctx.limits.maxBytes} bytes`);
    return true;
  }
  await ctx.recurse(bufferInput(memberLocation(input.location, 'appended'), 'appended', appended));
  return true;
}

export const imageExtractor: Extractor = {
  kind: 'image',
  async extract(input: ExtractInput, ctx: ExtractContext): Promise<void> {
    const whole = await walkable(input);
    const size = pictureSize(whole ?? (await readHeader(input)));
    if (!size) {
      ctx.fail(input.location, 'no-text-layer', 'a picture whose size cannot be read: not read');
      return;
    }
    const appended = whole ? await scanAppended(whole, input, ctx) : false;
    if (pixels(size) < LIST_PICTURE_PIXELS) {
      if (appended) return;
      const extra = input.size - (pixels(size) * 4 + METADATA_ALLOWANCE);
      if (extra > 0) ctx.fail(input.location, 'unsupported-format', `a ${size.width}×${size.height} picture in a file ${Math.ceil(extra / 1024)} KB larger than its pixels could need: something appended`);
      return;
    }
    ctx.fail(input.location, 'no-text-layer', `a ${size.width}×${size.height} picture: not read`);
  },
};
