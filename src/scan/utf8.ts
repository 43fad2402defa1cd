// Reading single UTF-8 characters in place, for the byte-level scanners.

/** Byte width of the UTF-8 character a lead byte starts (1 for ASCII and stray bytes). */
export const utf8Width = (b: number): number => (b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1);

const isCont = (b: number | undefined): boolean => b !== undefined && (b & 0xc0) === 0x80;

/**
 * The code point of the multi-byte character that starts at i; -1 for an
 * ASCII byte, a continuation byte, or a sequence cut short or malformed.
 */
export function codePointAt(buf: Uint8Array, i: number): number {
  const b = buf[i]!;
  if (b < 0xc2 || b > 0xf4 || !isCont(buf[i + 1])) return -1;
  if (b < 0xe0) return ((b & 0x1f) << 6) | (buf[i + 1]! & 0x3f);
  if (!isCont(buf[i + 2])) return -1;
  if (b < 0xf0) return ((b & 0x0f) << 12) | ((buf[i + 1]! & 0x3f) << 6) | (buf[i + 2]! & 0x3f);
  if (!isCont(buf[i + 3])) return -1;
  return ((b & 0x07) << 18) | ((buf[i + 1]! & 0x3f) << 12) | ((buf[i + 2]! & 0x3f) << 6) | (buf[i + 3]! & 0x3f);
}
