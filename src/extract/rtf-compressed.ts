// Outlook's compressed RTF (MS-OXRTFCP): how a message keeps a rich body
// (PR_RTF_COMPRESSED). A 16-byte header (compressed size, raw size, "LZFu"
// or "MELA" for stored, CRC), then LZ77 runs against a 4 KiB ring that
// starts with a fixed RTF preamble: a control byte per eight items, each a
// literal byte or a 2-byte reference (12-bit ring offset, 4-bit length − 2);
// a reference to the write position ends the data.

const PREBUF =
  '{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx';
const COMPRESSED = 0x75465a4c; // "LZFu"
const STORED = 0x414c454d; // "MELA"
const RING = 4096;

export type Decompressed = { kind: 'rtf'; data: Buffer } | { kind: 'damaged'; detail: string } | { kind: 'over'; detail: string };

/** The RTF of a PR_RTF_COMPRESSED stream; its declared size is held to `maxBytes`. */
export function decompressRtf(src: Buffer, maxBytes: number): Decompressed {
  if (src.length < 16) return { kind: 'damaged', detail: 'compressed RTF shorter than its header' };
  const rawSize = src.readUInt32LE(4);
  const type = src.readUInt32LE(8);
  if (rawSize > maxBytes) return { kind: 'over', detail: `compressed RTF of ${rawSize} bytes declared` };
  if (type === STORED) return { kind: 'rtf', data: src.subarray(16, 16 + rawSize) };
  if (type !== COMPRESSED) return { kind: 'damaged', detail: 'compressed RTF of an unknown type' };
  const ring = Buffer.alloc(RING);
  ring.write(PREBUF, 'latin1');
  let w = PREBUF.length;
  const out = Buffer.alloc(rawSize);
  let n = 0;
  let p = 16;
  while (p < src.length) {
    const control = src[p++]!;
    for (let bit = 0; bit < 8; bit++) {
      if (p >= src.length) return { kind: 'damaged', detail: 'compressed RTF cut off before its end mark' };
      if ((control & (1 << bit)) === 0) {
        const b = src[p++]!;
        if (n >= rawSize) return { kind: 'damaged', detail: 'compressed RTF longer than it says' };
        out[n++] = b;
        ring[w] = b;
        w = (w + 1) % RING;
        continue;
      }
      if (p + 2 > src.length) return { kind: 'damaged', detail: 'compressed RTF cut off inside a reference' };
      const ref = src.readUInt16BE(p);
      p += 2;
      const offset = ref >> 4;
      if (offset === w) return n === rawSize ? { kind: 'rtf', data: out } : { kind: 'damaged', detail: `compressed RTF of ${n} bytes, ${rawSize} declared` };
      const length = (ref & 0xf) + 2;
      for (let i = 0; i < length; i++) {
        if (n >= rawSize) return { kind: 'damaged', detail: 'compressed RTF longer than it says' };
        const b = ring[(offset + i) % RING]!;
        out[n++] = b;
        ring[w] = b;
        w = (w + 1) % RING;
      }
    }
  }
  return { kind: 'damaged', detail: 'compressed RTF without its end mark' };
}
