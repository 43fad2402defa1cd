import { describe, expect, it } from 'vitest';
import { readHiddenRanges } from './doc-hidden.js';

/**
 * A WordDocument stream whose character bin table (FIB pair 12, in the
 * table stream) points at one FKP page on page 2 holding one run, bytes
 * 0x600–0x602, with `grpprl`; and that table stream.
 */
function oneRun(grpprl: Buffer): { word: Buffer; table: Buffer } {
  const word = Buffer.alloc(3 * 512);
  word.writeUInt16LE(0xa5ec, 0);
  // csw 0, cslw 0, then 13 FibRgFcLcb pairs: pair 12 is the PlcBteChpx (fc 0, lcb 12).
  word.writeUInt16LE(13, 0x24);
  word.writeUInt32LE(0, 0x26 + 12 * 8);
  word.writeUInt32LE(12, 0x26 + 12 * 8 + 4);
  const table = Buffer.alloc(12);
  table.writeUInt32LE(0x600, 0);
  table.writeUInt32LE(0x602, 4);
  table.writeUInt32LE(2, 8); // page 2
  const fkp = word.subarray(1024, 1536);
  fkp.writeUInt32LE(0x600, 0);
  fkp.writeUInt32LE(0x602, 4);
  fkp[8] = 100; // the CHPX at byte 200
  fkp[200] = grpprl.length;
  grpprl.copy(fkp, 201);
  fkp[511] = 1; // one run
  return { word, table };
}

const sprm = (id: number, operand: number[]): Buffer => Buffer.concat([Buffer.from([id & 0xff, id >> 8]), Buffer.from(operand)]);

describe('hidden runs of a .doc', () => {
  it('finds runs hidden, white or 1 pt and less', () => {
    for (const [what, grpprl] of [
      ['hidden', sprm(0x083c, [1])],
      ['hidden, opposite of its style', sprm(0x083c, [0x81])],
      ['white by index', sprm(0x2a42, [8])],
      ['white by colour', sprm(0x6870, [0xff, 0xff, 0xff, 0])],
      ['1 pt', sprm(0x4a43, [2, 0])],
      ['bold, then 1 pt', Buffer.concat([sprm(0x0835, [1]), sprm(0x4a43, [1, 0])])],
    ] as const) {
      const { word, table } = oneRun(grpprl);
      expect(readHiddenRanges(word, table), what).toEqual([[0x600, 0x602]]);
    }
  });

  it('leaves runs a reader sees', () => {
    for (const [what, grpprl] of [
      ['hidden off', sprm(0x083c, [0])],
      ['red', sprm(0x2a42, [6])],
      ['automatic colour', sprm(0x6870, [0xff, 0xff, 0xff, 0xff])],
      ['10 pt', sprm(0x4a43, [20, 0])],
    ] as const) {
      const { word, table } = oneRun(grpprl);
      expect(readHiddenRanges(word, table), what).toEqual([]);
    }
  });
});
