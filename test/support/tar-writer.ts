// A tiny ustar writer for tests (regular files, optional GNU long names).
export interface TarEntrySpec {
  name: string;
  data: Buffer | string;
  /** Emit the name as a GNU 'L' record (for names over 100 bytes). */
  gnuLongName?: boolean;
  type?: string;
}

function header(name: Buffer, size: number, type: string): Buffer {
  const h = Buffer.alloc(512);
  name.copy(h, 0, 0, Math.min(100, name.length));
  h.write('0000644\0', 100, 'latin1');
  h.write('0000000\0', 108, 'latin1');
  h.write('0000000\0', 116, 'latin1');
  h.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'latin1');
  h.write('00000000000\0', 136, 'latin1');
  h.write(type, 156, 'latin1');
  h.write('ustar\0', 257, 'latin1');
  h.write('00', 263, 'latin1');
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return h;
}

const pad = (b: Buffer): Buffer => Buffer.concat([b, Buffer.alloc((512 - (b.length % 512)) % 512)]);

export function buildTar(entries: readonly TarEntrySpec[]): Buffer {
  const out: Buffer[] = [];
  for (const e of entries) {
    const data = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : e.data;
    const name = Buffer.from(e.name, 'utf8');
    if (e.gnuLongName) {
      const long = Buffer.concat([name, Buffer.from([0])]);
      out.push(header(Buffer.from('././@LongLink'), long.length, 'L'), pad(long));
    }
    out.push(header(name, data.length, e.type ?? '0'), pad(data));
  }
  out.push(Buffer.alloc(1024));
  return Buffer.concat(out);
}
