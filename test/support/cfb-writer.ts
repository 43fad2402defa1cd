// A small OLE compound file writer for tests (MS-CFB, version 3, 512-byte
// sectors): storages and streams, streams under 4096 bytes in the mini
// stream as the format requires. Siblings are chained through their right
// links (a tree readers walk; not balanced as Office writes it).

export interface CfbNode {
  name: string;
  /** A stream's bytes; without it the node is a storage. */
  data?: Buffer;
  children?: CfbNode[];
}

export const SECTOR = 512;
const MINI = 64;
const CUTOFF = 4096;
export const FREE = 0xffffffff;
export const END = 0xfffffffe;
export const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

interface Entry {
  node: CfbNode;
  type: number;
  child: number;
  right: number;
  start: number;
  size: number;
}

/** The 512-byte header of a version 3 file whose FAT is sectors 0…fatSectors−1. */
export function cfbHeader(h: { fatSectors: number; dirStart: number; miniFatStart: number; miniFatSectors: number }): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(h.fatSectors, 0x2c);
  header.writeUInt32LE(h.dirStart, 0x30);
  header.writeUInt32LE(CUTOFF, 0x38);
  header.writeUInt32LE(h.miniFatStart, 0x3c);
  header.writeUInt32LE(h.miniFatSectors, 0x40);
  header.writeUInt32LE(END, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i < h.fatSectors ? i : FREE, 0x4c + i * 4);
  return header;
}

export function buildCfb(children: CfbNode[]): Buffer {
  const entries: Entry[] = [];
  const add = (node: CfbNode, type: number): number => {
    entries.push({ node, type, child: NOSTREAM, right: NOSTREAM, start: END, size: 0 });
    return entries.length - 1;
  };
  const addChildren = (parent: number, nodes: CfbNode[]): void => {
    let previous = -1;
    for (const node of nodes) {
      const id = add(node, node.data ? 2 : 1);
      if (previous < 0) entries[parent]!.child = id;
      else entries[previous]!.right = id;
      previous = id;
      if (!node.data) addChildren(id, node.children ?? []);
    }
  };
  addChildren(add({ name: 'Root Entry' }, 5), children);

  // Small streams into the mini stream, 64-byte sectors chained by the MiniFAT.
  const miniFat: number[] = [];
  const container: Buffer[] = [];
  const big: Entry[] = [];
  for (const e of entries) {
    const data = e.node.data;
    if (!data) continue;
    e.size = data.length;
    if (data.length >= CUTOFF) {
      big.push(e);
      continue;
    }
    const count = Math.max(1, Math.ceil(data.length / MINI));
    e.start = data.length ? miniFat.length : END;
    if (!data.length) continue;
    for (let k = 0; k < count; k++) miniFat.push(k === count - 1 ? END : miniFat.length + 1);
    const padded = Buffer.alloc(count * MINI);
    data.copy(padded);
    container.push(padded);
  }
  const miniStream = Buffer.concat(container);

  // Sectors after the FAT: directory, MiniFAT, mini stream, big streams.
  const sectorsOf = (bytes: number): number => Math.ceil(bytes / SECTOR);
  const runs: Array<{ bytes: Buffer; sectors: number; first?: number }> = [];
  const dir = Buffer.alloc(sectorsOf(entries.length * 128) * SECTOR);
  const miniFatBytes = Buffer.alloc(sectorsOf(miniFat.length * 4) * SECTOR, 0xff);
  miniFat.forEach((v, i) => miniFatBytes.writeUInt32LE(v, i * 4));
  runs.push({ bytes: dir, sectors: dir.length / SECTOR });
  runs.push({ bytes: miniFatBytes, sectors: miniFatBytes.length / SECTOR });
  runs.push({ bytes: miniStream, sectors: sectorsOf(miniStream.length) });
  for (const e of big) runs.push({ bytes: e.node.data!, sectors: sectorsOf(e.node.data!.length) });
  const others = runs.reduce((n, r) => n + r.sectors, 0);
  let fatSectors = 1;
  while (fatSectors * (SECTOR / 4) < fatSectors + others) fatSectors++;
  const fat = new Array<number>(fatSectors * (SECTOR / 4)).fill(FREE);
  for (let i = 0; i < fatSectors; i++) fat[i] = FATSECT;
  let next = fatSectors;
  for (const r of runs) {
    if (r.sectors === 0) continue;
    r.first = next;
    for (let k = 0; k < r.sectors; k++) fat[next + k] = k === r.sectors - 1 ? END : next + k + 1;
    next += r.sectors;
  }
  const [dirRun, miniFatRun, miniRun] = runs;
  entries[0]!.start = miniRun!.first ?? END;
  entries[0]!.size = miniStream.length;
  big.forEach((e, i) => (e.start = runs[3 + i]!.first!));
  entries.forEach((e, i) => {
    const off = i * 128;
    const name = e.node.name;
    dir.write(name, off, 'utf16le');
    dir.writeUInt16LE((name.length + 1) * 2, off + 64);
    dir.writeUInt8(e.type, off + 66);
    dir.writeUInt8(1, off + 67); // black
    dir.writeUInt32LE(NOSTREAM, off + 68);
    dir.writeUInt32LE(e.right, off + 72);
    dir.writeUInt32LE(e.child, off + 76);
    dir.writeUInt32LE(e.start, off + 116);
    dir.writeUInt32LE(e.size, off + 120);
  });
  for (let i = entries.length; i < dir.length / 128; i++) {
    dir.writeUInt32LE(NOSTREAM, i * 128 + 68);
    dir.writeUInt32LE(NOSTREAM, i * 128 + 72);
    dir.writeUInt32LE(NOSTREAM, i * 128 + 76);
  }

  const header = cfbHeader({ fatSectors, dirStart: dirRun!.first!, miniFatStart: miniFatRun!.first ?? END, miniFatSectors: miniFatRun!.sectors });
  const fatBytes = Buffer.alloc(fatSectors * SECTOR);
  fat.forEach((v, i) => fatBytes.writeUInt32LE(v, i * 4));
  const body = runs.filter((r) => r.sectors > 0).map((r) => {
    const padded = Buffer.alloc(r.sectors * SECTOR);
    r.bytes.copy(padded);
    return padded;
  });
  return Buffer.concat([header, fatBytes, ...body]);
}
