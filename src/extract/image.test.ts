import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaptureSink } from '../../test/support/capture-sink.js';
import { extractBuffer } from '../../test/support/extract-harness.js';
import { png } from '../../test/support/png-writer.js';
import { buildZip } from '../../test/support/zip-writer.js';
import { tempDir } from '../../test/support/temp-dir.js';
import { DEFAULT_LIMITS } from '../types.js';
import { extractItem, readHead } from './dispatch.js';
import { pictureSize } from './image.js';
import { sniff } from './sniff.js';

const u16le = (n: number): Buffer => Buffer.from([n & 0xff, n >> 8]);
const u16be = (n: number): Buffer => Buffer.from([n >> 8, n & 0xff]);
const u32le = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};
const u32be = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};
const text = (s: string): Buffer => Buffer.from(s, 'latin1');

/** A JPEG's segments up to its frame header: SOI, `app` bytes of APPn segments (EXIF, ICC), SOF2 (progressive). */
function jpeg(width: number, height: number, app = 0): Buffer {
  const parts: Buffer[] = [Buffer.from([0xff, 0xd8])];
  for (let left = app; left > 0; left -= 65_533) {
    const n = Math.min(left, 65_533);
    parts.push(Buffer.from([0xff, 0xe1]), u16be(n + 2), Buffer.alloc(n, 0x45));
  }
  parts.push(Buffer.from([0xff, 0xc2]), u16be(17), Buffer.from([8]), u16be(height), u16be(width), Buffer.alloc(10));
  return Buffer.concat([...parts, Buffer.from([0xff, 0xda, 0, 8]), Buffer.alloc(64, 0x11), Buffer.from([0xff, 0xd9])]);
}

function tiff(width: number, height: number, le: boolean): Buffer {
  const w16 = le ? u16le : u16be;
  const w32 = le ? u32le : u32be;
  // IFD at 8: two entries, ImageWidth as SHORT (value in the first two bytes), ImageLength as LONG.
  const entry = (tag: number, type: number, value: Buffer): Buffer => Buffer.concat([w16(tag), w16(type), w32(1), value]);
  return Buffer.concat([text(le ? 'II*\0' : 'MM\0*'), w32(8), w16(2), entry(256, 3, Buffer.concat([w16(width), w16(0)])), entry(257, 4, w32(height)), w32(0)]);
}

function bmp(width: number, height: number): Buffer {
  return Buffer.concat([text('BM'), u32le(54), u32le(0), u32le(54), u32le(40), u32le(width), u32le(-height), Buffer.alloc(28)]);
}

function webp(kind: 'VP8X' | 'VP8L' | 'VP8 ', width: number, height: number): Buffer {
  let body: Buffer;
  if (kind === 'VP8X') body = Buffer.concat([Buffer.alloc(4), u32le(width - 1).subarray(0, 3), u32le(height - 1).subarray(0, 3)]);
  else if (kind === 'VP8L') body = Buffer.concat([Buffer.from([0x2f]), u32le((width - 1) | ((height - 1) << 14)), Buffer.alloc(5)]);
  else body = Buffer.concat([Buffer.from([0x10, 0x02, 0x00, 0x9d, 0x01, 0x2a]), u16le(width), u16le(height), Buffer.alloc(4)]);
  const chunk = Buffer.concat([text(kind), u32le(body.length), body]);
  return Buffer.concat([text('RIFF'), u32le(chunk.length + 4), text('WEBP'), chunk]);
}

describe('picture sizes from headers', () => {
  it('reads PNG, GIF, JPEG past 200 KB of EXIF/ICC, BMP (top-down), TIFF in both byte orders, and the three WebP kinds', () => {
    const gif = Buffer.concat([text('GIF89a'), u16le(640), u16le(480), Buffer.alloc(8)]);
    const cases: [string, Buffer, number, number][] = [
      ['png', png(827, 1170), 827, 1170],
      ['gif', gif, 640, 480],
      ['jpeg', jpeg(2480, 3508, 200_000), 2480, 3508],
      ['bmp', bmp(1024, 768), 1024, 768],
      ['tiff le', tiff(1728, 2200, true), 1728, 2200],
      ['tiff be', tiff(1728, 2200, false), 1728, 2200],
      ['webp vp8x', webp('VP8X', 1920, 1080), 1920, 1080],
      ['webp vp8l', webp('VP8L', 800, 600), 800, 600],
      ['webp vp8', webp('VP8 ', 320, 240), 320, 240],
    ];
    for (const [name, data, width, height] of cases) {
      expect(sniff(data.subarray(0, 4096)), name).toBe('image');
      expect(pictureSize(data), name).toEqual({ width, height });
    }
  });

  it('gives no size where the header does not hold one', () => {
    expect(pictureSize(Buffer.concat([png(10, 10).subarray(0, 8), Buffer.alloc(64)]))).toBeNull(); // no IHDR
    expect(pictureSize(jpeg(100, 100, 1000).subarray(0, 500))).toBeNull(); // cut before the frame header
    expect(pictureSize(Buffer.from([0xff, 0xd8, 0xff, 0xda, 0, 8, 1, 2, 3, 4, 5, 6]))).toBeNull(); // scan data, no frame
    expect(pictureSize(png(0, 10))).toBeNull();
  });

  it('takes a text file that starts with "BM" for text', () => {
    expect(sniff(Buffer.from('BM 客户名单\n张伟,13800138000\n'))).toBe('text');
  });
});

describe('image extractor', () => {
  const dir = tempDir('listguard-image-');

  it('reports a picture large enough to show a list as no-text-layer, and passes over an icon', async () => {
    const shot = await extractBuffer('list.png', png(827, 1170));
    expect(shot.units).toEqual([]);
    expect(shot.problems).toEqual([{ reason: 'no-text-layer', location: 'list.png', detail: 'a 827×1170 picture: not read' }]);
    const icon = await extractBuffer('logo.png', png(120, 40));
    expect(icon.units).toEqual([]);
    expect(icon.problems).toEqual([]);
  });

  it('does not let a small picture carry something appended (cat logo.gif list.zip > logo.gif)', async () => {
    const gif = Buffer.concat([Buffer.from('GIF89a'), u16le(32), u16le(32), Buffer.alloc(64), randomBytes(300 << 10)]);
    const sink = await extractBuffer('logo.gif', gif);
    expect(sink.problems).toEqual([expect.objectContaining({ reason: 'unsupported-format', location: 'logo.gif', detail: expect.stringContaining('something appended') })]);
  });

  it('scans what follows the end of a JPEG (past stuffed bytes and restart markers in its scan)', async () => {
    const list = '姓名,手机\n张伟,13800138000\n李娜,13912345678\n';
    // The scan's 6 header bytes, then data with a stuffed FF00 and a restart marker, then EOI.
    const scan = Buffer.from([1, 1, 0, 0, 63, 0, 0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56, 0xff, 0xd9]);
    const base = Buffer.concat([jpeg(32, 32).subarray(0, -2 - 64), scan]);
    expect((await extractBuffer('logo.jpg', base)).problems).toEqual([]);
    const carried = await extractBuffer('logo.jpg', Buffer.concat([base, buildZip([{ name: 'list.csv', data: Buffer.from(list) }])]));
    expect(carried.problems).toEqual([]);
    expect(carried.units.map((u) => [u.location, u.text])).toEqual([['logo.jpg!/appended!/list.csv', list]]);
  });

  it('scans what follows the end of a PNG as an item of its own, however small', async () => {
    const list = '姓名,手机\n张伟,13800138000\n李娜,13912345678\n';
    const zipped = await extractBuffer('cat.png', Buffer.concat([png(16, 16), buildZip([{ name: 'list.csv', data: Buffer.from(list) }])]));
    expect(zipped.problems).toEqual([]);
    expect(zipped.units.map((u) => [u.location, u.text])).toEqual([['cat.png!/appended!/list.csv', list]]);
    // Random bytes after it: unreadable, and said so; a big picture is still not read.
    const noise = await extractBuffer('logo.png', Buffer.concat([png(827, 1170), randomBytes(2048)]));
    expect(noise.reasons().sort()).toEqual(['no-text-layer', 'unsupported-format']);
    expect(noise.problems.find((p) => p.reason === 'unsupported-format')?.location).toBe('logo.png!/appended');
    // Nothing after IEND, or zero padding: nothing to scan.
    expect((await extractBuffer('icon.png', png(16, 16))).problems).toEqual([]);
    expect((await extractBuffer('icon.png', Buffer.concat([png(16, 16), Buffer.alloc(4096)]))).problems).toEqual([]);
  });

  it('reports a picture whose size cannot be read, never passing it as an icon', async () => {
    const sink = await extractBuffer('x.jpg', jpeg(100, 100, 1000).subarray(0, 500));
    expect(sink.problems).toEqual([{ reason: 'no-text-layer', location: 'x.jpg', detail: 'a picture whose size cannot be read: not read' }]);
  });

  it('finds a JPEG frame header past the 4 KiB sniffed, in a file on disk', async () => {
    const path = join(dir, 'scan.jpg');
    const data = jpeg(2480, 3508, 150_000);
    writeFileSync(path, data);
    const sink = new CaptureSink();
    await extractItem({ location: 'scan.jpg', name: 'scan.jpg', size: data.length, head: await readHead(path), source: { kind: 'file', path } }, sink, DEFAULT_LIMITS, new AbortController().signal);
    expect(sink.problems).toEqual([{ reason: 'no-text-layer', location: 'scan.jpg', detail: 'a 2480×3508 picture: not read' }]);
  });
});
