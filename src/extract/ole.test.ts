import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaptureSink } from '../../test/support/capture-sink.js';
import { cfbHeader, END, FATSECT, FREE, SECTOR } from '../../test/support/cfb-writer.js';
import { tempDir } from '../../test/support/temp-dir.js';
import { DEFAULT_LIMITS } from '../types.js';
import { bufferInput, extractItem, readHead } from './dispatch.js';
import { OLE_DETAIL } from './ole.js';

interface Stream {
  name: string;
  data: Buffer;
}

/**
 * A minimal v3 compound file: header, one FAT sector (0), one directory
 * sector (1), then each stream in consecutive sectors. Streams under 4096
 * bytes would really live in the mini stream; the classifier never reads
 * those, so their bytes are simply not written.
 */
function makeCfb(streams: Stream[], opts: { dirLoop?: boolean } = {}): Buffer {
  const fat = new Array<number>(SECTOR / 4).fill(FREE);
  fat[0] = FATSECT;
  fat[1] = opts.dirLoop ? 1 : END;
  const dir = Buffer.alloc(SECTOR);
  const entry = (i: number, name: string, type: number, start: number, size: number): void => {
    const off = i * 128;
    dir.write(name, off, 'utf16le');
    dir.writeUInt16LE((name.length + 1) * 2, off + 64);
    dir.writeUInt8(type, off + 66);
    dir.writeUInt32LE(FREE, off + 68);
    // The root's children chained through their right links, as a reader walks them.
    dir.writeUInt32LE(i > 0 && i < streams.length ? i + 1 : FREE, off + 72);
    dir.writeUInt32LE(i === 0 && streams.length ? 1 : FREE, off + 76);
    dir.writeUInt32LE(start, off + 116);
    dir.writeUInt32LE(size, off + 120);
  };
  entry(0, 'Root Entry', 5, END, 0);
  const body: Buffer[] = [];
  let next = 2;
  streams.forEach((s, i) => {
    if (s.data.length >= 4096) {
      const sectors = Math.ceil(s.data.length / SECTOR);
      for (let k = 0; k < sectors; k++) fat[next + k] = k === sectors - 1 ? END : next + k + 1;
      entry(i + 1, s.name, 2, next, s.data.length);
      const padded = Buffer.alloc(sectors * SECTOR);
      s.data.copy(padded);
      body.push(padded);
      next += sectors;
    } else {
      entry(i + 1, s.name, 2, 0, s.data.length);
    }
  });
  const header = cfbHeader({ fatSectors: 1, dirStart: 1, miniFatStart: END, miniFatSectors: 0 });
  const fatSector = Buffer.alloc(SECTOR);
  fat.forEach((v, i) => fatSector.writeUInt32LE(v, i * 4));
  return Buffer.concat([header, fatSector, dir, ...body]);
}

/** BIFF8 records: [type, payload length]. */
function biff(records: Array<[number, number]>): Buffer {
  const out = Buffer.alloc(4096);
  let off = 0;
  for (const [type, len] of records) {
    out.writeUInt16LE(type, off);
    out.writeUInt16LE(len, off + 2);
    off += 4 + len;
  }
  return out;
}

function fib(flags: number): Buffer {
  const out = Buffer.alloc(4096);
  out.writeUInt16LE(0xa5ec, 0);
  out.writeUInt16LE(0x00c1, 2);
  out.writeUInt16LE(flags, 0x0a);
  return out;
}

async function run(data: Buffer): Promise<CaptureSink> {
  const sink = new CaptureSink();
  await extractItem(bufferInput('old.bin', 'old.bin', data), sink, DEFAULT_LIMITS, new AbortController().signal);
  return sink;
}

describe('ole extractor', () => {
  const dir = tempDir('listguard-ole-');

  it('reports an .xls older than BIFF8 (Excel 5/95) as unsupported-format', async () => {
    const sink = await run(makeCfb([{ name: 'Workbook', data: biff([[0x0809, 16], [0x0085, 12]]) }]));
    expect(sink.problems).toEqual([{ reason: 'unsupported-format', location: 'old.bin', detail: OLE_DETAIL }]);
    expect(sink.units).toEqual([]);
  });

  it('reports a password-protected .xlsx/.docx (EncryptedPackage) as encrypted', async () => {
    const sink = await run(
      makeCfb([
        { name: '\u0006DataSpaces', data: Buffer.alloc(100) },
        { name: 'EncryptionInfo', data: Buffer.alloc(200) },
        { name: 'EncryptedPackage', data: randomBytes(5000) },
      ]),
    );
    expect(sink.reasons()).toEqual(['encrypted']);
    expect(sink.problems[0]?.detail).toMatch(/EncryptedPackage/);
  });

  it('reports a .xls with a FILEPASS record as encrypted', async () => {
    const sink = await run(makeCfb([{ name: 'Workbook', data: biff([[0x0809, 16], [0x002f, 54], [0x0085, 12]]) }]));
    expect(sink.reasons()).toEqual(['encrypted']);
  });

  it('reports a .doc by its FIB fEncrypted flag', async () => {
    expect((await run(makeCfb([{ name: 'WordDocument', data: fib(0x0100) }]))).reasons()).toEqual(['encrypted']);
    expect((await run(makeCfb([{ name: 'WordDocument', data: fib(0x0200) }]))).reasons()).toEqual(['unsupported-format']);
  });

  it('reads only what it needs from a file on disk', async () => {
    const path = join(dir, 'locked.xlsx');
    const data = makeCfb([{ name: 'EncryptedPackage', data: randomBytes(8192) }]);
    writeFileSync(path, data);
    const sink = new CaptureSink();
    await extractItem({ location: 'locked.xlsx', name: 'locked.xlsx', size: data.length, head: await readHead(path), source: { kind: 'file', path } }, sink, DEFAULT_LIMITS, new AbortController().signal);
    expect(sink.reasons()).toEqual(['encrypted']);
  });

  it('survives a directory chain that loops and a header followed by garbage', async () => {
    const loop = await run(makeCfb([{ name: 'Workbook', data: biff([[0x0809, 16]]) }], { dirLoop: true }));
    expect(loop.reasons()).toEqual(['unsupported-format']);
    for (let i = 0; i < 20; i++) {
      const junk = Buffer.concat([makeCfb([]).subarray(0, 8), randomBytes(2048)]);
      const sink = await run(junk);
      expect(sink.reasons()).toHaveLength(1);
      expect(['unsupported-format', 'encrypted']).toContain(sink.reasons()[0]);
    }
  });
});
