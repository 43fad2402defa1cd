import { describe, expect, it } from 'vitest';
import { readHiddenRanges } from './doc-hidden.js';

/**
 * A WordDocument stream whose character bin table (FIB pair 12, in the
 * table stream) points at one FKP page on page 2 holding one run, bytes
 * 0x600–0x602, with `grpprl` (none when null); and that table stream, with
 * `stsh` after the bin table as the style sheet (FIB pair 1).
 */
function oneRun(grpprl: Buffer | null, stsh: Buffer = Buffer.alloc(0)): { word: Buffer; table: Buffer } {
  const word = Buffer.alloc(3 * 512);
  word.writeUInt16LE(0xa5ec, 0);
  // csw 0, cslw 0, then 13 FibRgFcLcb pairs: pair 12 is the PlcBteChpx (fc 0, lcb 12), pair 1 the STSH.
  word.writeUInt16LE(13, 0x24);
  word.writeUInt32LE(0, 0x26 + 12 * 8);
  word.writeUInt32LE(12, 0x26 + 12 * 8 + 4);
  word.writeUInt32LE(12, 0x26 + 1 * 8);
  word.writeUInt32LE(stsh.length, 0x26 + 1 * 8 + 4);
  const table = Buffer.concat([Buffer.alloc(12), stsh]);
  table.writeUInt32LE(0x600, 0);
  table.writeUInt32LE(0x602, 4);
  table.writeUInt32LE(2, 8); // page 2
  const fkp = word.subarray(1024, 1536);
  fkp.writeUInt32LE(0x600, 0);
  fkp.writeUInt32LE(0x602, 4);
  if (grpprl) {
    fkp[8] = 100; // the CHPX at byte 200
    fkp[200] = grpprl.length;
    grpprl.copy(fkp, 201);
  }
  fkp[511] = 1; // one run
  return { word, table };
}

const u16 = (n: number): Buffer => Buffer.from([n & 0xff, n >> 8]);

/** An LPUpx: its size, its bytes, a pad byte to an even length. */
const lpUpx = (upx: Buffer): Buffer => Buffer.concat([u16(upx.length), upx, Buffer.alloc(upx.length & 1)]);

/** A paragraph (stk 1) or character (stk 2) style based on `base` (0xfff: none) that sets the character sprms `chpx`. */
function style(stk: 1 | 2, base: number, chpx: Buffer): Buffer {
  const upxs = stk === 1 ? [lpUpx(u16(0)), lpUpx(chpx)] : [lpUpx(chpx)];
  const stdf = Buffer.concat([u16(0), u16(stk | (base << 4)), u16(upxs.length), u16(0), u16(0)]);
  const name = Buffer.concat([u16(1), Buffer.from('S', 'utf16le'), u16(0)]);
  return Buffer.concat([stdf, name, ...upxs]);
}

/** A style sheet of these styles by istd (undefined: an empty slot), each STD 10-byte based. */
function styleSheet(styles: (Buffer | undefined)[]): Buffer {
  const stshi = Buffer.alloc(18);
  stshi.writeUInt16LE(styles.length, 0);
  stshi.writeUInt16LE(10, 2);
  return Buffer.concat([u16(stshi.length), stshi, ...styles.map((std) => Buffer.concat([u16(std?.length ?? 0), std ?? Buffer.alloc(0)]))]);
}

const sprm = (id: number, operand: number[]): Buffer => Buffer.concat([Buffer.from([id & 0xff, id >> 8]), Buffer.from(operand)]);

describe('hidden runs of a .doc', () => {
  it('finds runs hidden, white or 1 pt and less', () => {
    for (const [what, grpprl] of [
      ['hidden', sprm(0x083c, [1])],
      ['hidden, opposite of its style', sprm(0x083c, [0x81])],
      ['white by index', sprm(0x2a42, [8])],
      ['white by colour', sprm(0x6870, [0xff, 0xff, 0xff, 0])],
      ['near white by colour', sprm(0x6870, [0xfa, 0xfa, 0xf8, 0])],
      ['yellow by index', sprm(0x2a42, [7])],
      ['1 pt', sprm(0x4a43, [2, 0])],
      ['bold, then 1 pt', Buffer.concat([sprm(0x0835, [1]), sprm(0x4a43, [1, 0])])],
    ] as const) {
      const { word, table } = oneRun(grpprl);
      expect(readHiddenRanges(word, table), what).toEqual({ ranges: [[0x600, 0x602]] });
    }
  });

  it('leaves runs a reader sees', () => {
    for (const [what, grpprl] of [
      ['hidden off', sprm(0x083c, [0])],
      ['red', sprm(0x2a42, [6])],
      ['automatic colour', sprm(0x6870, [0xff, 0xff, 0xff, 0xff])],
      ['light grey', sprm(0x6870, [0xe0, 0xe0, 0xe0, 0])],
      ['light grey by index', sprm(0x2a42, [16])],
      ['10 pt', sprm(0x4a43, [20, 0])],
    ] as const) {
      const { word, table } = oneRun(grpprl);
      expect(readHiddenRanges(word, table), what).toEqual({ ranges: [] });
    }
  });

  describe('through named styles (the style sheet)', () => {
    const HIDDEN = sprm(0x083c, [1]);
    const WHITE = sprm(0x2a42, [8]);
    const names = (istd: number): Buffer => sprm(0x4a30, [istd, 0]);
    // istd 0: Normal (sets nothing); 1: a hidden paragraph style; 2: a white character style; 3: based on 2, setting nothing.
    const sheet = styleSheet([style(1, 0xfff, Buffer.alloc(0)), style(1, 0, HIDDEN), style(2, 0xfff, WHITE), style(2, 2, Buffer.alloc(0))]);
    const paragraph = (istd: number, from = 0x600, to = 0x602) => ({ from, to, istd, endsRow: false });

    it('hides a run whose character style hides, or whose base style does', () => {
      for (const istd of [2, 3]) {
        const { word, table } = oneRun(names(istd), sheet);
        expect(readHiddenRanges(word, table), `style ${istd}`).toEqual({ ranges: [[0x600, 0x602]] });
      }
    });

    it('hides a run in a paragraph whose style hides, and only that paragraph’s part', () => {
      const { word, table } = oneRun(null, sheet);
      expect(readHiddenRanges(word, table, [paragraph(1)])).toEqual({ ranges: [[0x600, 0x602]] });
      expect(readHiddenRanges(word, table, [paragraph(0, 0x600, 0x601), paragraph(1, 0x601, 0x602)])).toEqual({ ranges: [[0x601, 0x602]] });
      expect(readHiddenRanges(word, table, [paragraph(0)])).toEqual({ ranges: [] });
    });

    it('shows a run that turns its style’s property off', () => {
      for (const [what, grpprl, paragraphs] of [
        ['hidden off in a hidden paragraph', sprm(0x083c, [0]), [paragraph(1)]],
        ['the opposite of a hidden paragraph', sprm(0x083c, [0x81]), [paragraph(1)]],
        ['a red run in the white style', Buffer.concat([names(2), sprm(0x2a42, [6])]), null],
        ['a style that names no hiding property', names(0), null],
      ] as const) {
        const { word, table } = oneRun(grpprl, sheet);
        expect(readHiddenRanges(word, table, paragraphs), what).toEqual({ ranges: [] });
      }
    });

    it('survives a loop of base styles, and says a style sheet cut short', () => {
      const loop = styleSheet([style(2, 1, Buffer.alloc(0)), style(2, 0, Buffer.alloc(0))]);
      expect(readHiddenRanges(oneRun(names(1), loop).word, oneRun(names(1), loop).table)).toEqual({ ranges: [] });
      const cut = sheet.subarray(0, sheet.length - 5);
      const { word, table } = oneRun(names(2), cut);
      // The styles before the cut stand; the cut is said.
      expect(readHiddenRanges(word, table, [paragraph(1)])).toEqual({ ranges: [[0x600, 0x602]], damaged: expect.stringMatching(/style sheet could not be read/) });
    });

    it('says character properties it cannot read, rather than finding nothing hidden', () => {
      const { word, table } = oneRun(sprm(0x083c, [1]));
      table.writeUInt32LE(9, 8); // the FKP page past the end of the stream
      expect(readHiddenRanges(word, table)).toEqual({ ranges: [], damaged: expect.stringMatching(/character properties could not be read/) });
    });
  });
});
