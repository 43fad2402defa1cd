// TNEF (winmail.dat) for tests, as Outlook writes it (MS-OXTNEF): attributes
// with checksums, MAPI property lists with 4-byte padding.

const u32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0, 0);
  return b;
};
const pad = (b: Buffer): Buffer => Buffer.concat([b, Buffer.alloc((4 - (b.length % 4)) % 4)]);

export const LEVEL_MESSAGE = 1;
export const LEVEL_ATTACHMENT = 2;

/** One attribute: level, id, length, data, checksum. */
export function attribute(level: number, id: number, data: Buffer): Buffer {
  const sum = data.reduce((s, b) => (s + b) & 0xffff, 0);
  const checksum = Buffer.alloc(2);
  checksum.writeUInt16LE(sum, 0);
  return Buffer.concat([Buffer.from([level]), u32(id), u32(data.length), data, checksum]);
}

export function tnefStream(attributes: Buffer[]): Buffer {
  return Buffer.concat([u32(0x223e9f78), Buffer.from([0x01, 0x00]), ...attributes]);
}

export interface MapiProp {
  /** PT_* type (0x001F unicode, 0x0102 binary, 0x000D object, 0x0003 long…). */
  type: number;
  tag: number;
  data: Buffer;
}

/** A MAPI property list: count, then each property (variable-length ones as count, size, bytes, padding). */
export function mapiProps(props: MapiProp[]): Buffer {
  const parts = [u32(props.length)];
  for (const p of props) {
    parts.push(u32((p.tag << 16) | p.type));
    if (p.type === 0x001f || p.type === 0x001e || p.type === 0x0102 || p.type === 0x000d) parts.push(u32(1), u32(p.data.length), pad(p.data));
    else parts.push(pad(p.data));
  }
  return Buffer.concat(parts);
}

export const unicode = (s: string): Buffer => Buffer.from(`${s}\0`, 'utf16le');

/** Compressed RTF (MS-OXRTFCP) as Outlook writes it: literals only (a valid stream), the end mark; optionally a first reference into the preamble. */
export function compressRtf(rtf: string, reference?: { offset: number; length: number }): Buffer {
  const items: Buffer[] = [];
  const flags: boolean[] = [];
  let rest = Buffer.from(rtf, 'latin1');
  let w = 207; // the preamble's length
  if (reference) {
    items.push(Buffer.from([(reference.offset >> 4) & 0xff, ((reference.offset & 0xf) << 4) | (reference.length - 2)]));
    flags.push(true);
    rest = rest.subarray(reference.length);
    w += reference.length;
  }
  for (const b of rest) {
    items.push(Buffer.from([b]));
    flags.push(false);
    w++;
  }
  items.push(Buffer.from([((w % 4096) >> 4) & 0xff, ((w % 4096) & 0xf) << 4]));
  flags.push(true);
  const body: Buffer[] = [];
  for (let i = 0; i < items.length; i += 8) {
    body.push(Buffer.from([flags.slice(i, i + 8).reduce((c, f, k) => c | (f ? 1 << k : 0), 0)]), ...items.slice(i, i + 8));
  }
  const data = Buffer.concat(body);
  return Buffer.concat([u32(data.length + 12), u32(Buffer.byteLength(rtf, 'latin1')), u32(0x75465a4c), u32(0), data]);
}
