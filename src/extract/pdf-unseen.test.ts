import { describe, expect, it } from 'vitest';
import { isTinyPoints } from './unseen.js';
import type { TextRun } from './pdf-layout.js';
import { loadTextOps, markUnseenGlyphs, mayHideText, seenRuns, type TextOps } from './pdf-unseen.js';

const ops: TextOps = await loadTextOps();
const glyphs = (text: string): unknown[] => [...text].map((unicode) => (unicode === ' ' ? { unicode, isSpace: true } : { unicode }));

/** An operator list from [operator name, args] pairs. */
function list(...steps: [keyof TextOps, unknown[]?][]): { fnArray: number[]; argsArray: unknown[] } {
  return { fnArray: steps.map(([op]) => ops[op]), argsArray: steps.map(([, args]) => args ?? null) };
}

describe('markUnseenGlyphs', () => {
  it('marks glyphs drawn in white, with no fill, invisibly or at zero alpha, and follows save/restore and forms', () => {
    const marks = markUnseenGlyphs(
      list(
        ['showText', [glyphs('13 8')]],
        ['save'],
        ['setFillRGBColor', ['#FEFEFE']], // as good as white
        ['showText', [[{ unicode: '7' }, -120]]], // a spacing adjustment between glyphs is not a glyph
        ['restore'],
        ['showText', [glyphs('12')]],
        ['setTextRenderingMode', [3]],
        ['showText', [glyphs('4')]],
        ['setTextRenderingMode', [0]],
        ['setGState', [[['ca', 0]]]],
        ['showText', [glyphs('5')]],
        ['setGState', [[['ca', 1]]]],
        ['paintFormXObjectBegin', [[1, 0, 0, 1, 0, 0], null]],
        ['setFillTransparent', []],
        ['showText', [glyphs('6')]],
        ['paintFormXObjectEnd', []],
        ['showText', [glyphs('ﬁ')]], // a ligature: the characters NFKC gives, as pdf.js's text content has them
      ),
      ops,
    );
    expect(marks?.chars.join('')).toBe('138712456fi'); // white space is left out
    expect(marks?.hidden.map(Number).join('')).toBe('00010011100');
  });

  it('marks no glyph when every one is seen: coloured, outlined in black, or white behind a restore', () => {
    const seen = (l: ReturnType<typeof list>): boolean[] => markUnseenGlyphs(l, ops).hidden;
    expect(seen(list(['setFillRGBColor', ['#ff0000']], ['showText', [glyphs('7')]]))).toEqual([false]);
    expect(seen(list(['setFillRGBColor', ['#ffffff']], ['setTextRenderingMode', [1]], ['showText', [glyphs('7')]]))).toEqual([false]);
    expect(seen(list(['save'], ['setFillRGBColor', ['#ffffff']], ['restore'], ['showText', [glyphs('7')]]))).toEqual([false]);
    expect(seen(list(['setFillRGBColor', ['#e0e0e0']], ['showText', [glyphs('7')]]))).toEqual([false]);
    // Outlined in white, filled in black (mode 2): the fill is seen.
    expect(seen(list(['setStrokeRGBColor', ['#ffffff']], ['setTextRenderingMode', [2]], ['showText', [glyphs('7')]]))).toEqual([false]);
  });
});

describe('seenRuns', () => {
  const run = (str: string, x: number, size = 12, width = str.length * 6): TextRun => ({ str, x, y: 700, width, size });

  it('takes hidden characters out of runs, and gives a run left empty to the run before it on the line', () => {
    const marks = { chars: [...'13812734567800'], hidden: [...'00000100000011'].map((c) => c === '1') };
    const out = seenRuns([run('13812', 100), run('7', 130), run('345678', 136), run('00', 200)], marks, isTinyPoints);
    expect(out?.map((r) => r.str)).toEqual(['13812', '345678']);
    // The hidden run's advance joins the digits before it to those after: one word, not two.
    expect(out?.[0]).toMatchObject({ x: 100, width: 36 });
  });

  it('drops 1-point runs without glyph marks, and gives up when the runs do not match the glyphs', () => {
    expect(seenRuns([run('13812', 100), run('7', 130, 1, 0.5), run('345678', 130.5)], null, isTinyPoints)?.map((r) => r.str)).toEqual(['13812', '345678']);
    const marks = { chars: [...'123'], hidden: [false, true, false] };
    expect(seenRuns([run('1x3', 100)], marks, isTinyPoints)).toBeNull();
    // A few glyphs pdf.js left out of the text are stepped over.
    expect(seenRuns([run('13', 100)], marks, isTinyPoints)?.map((r) => r.str)).toEqual(['13']);
  });
});

describe('mayHideText', () => {
  const hides = (s: string): boolean => mayHideText(Buffer.from(s, 'latin1'));

  it('finds fills that can hide text, and not those that cannot', () => {
    for (const s of ['BT 1 g (7) Tj ET', '1.0 1 .999 rg', '0 0 0 0 k', '0 0 0 0.0 k', '1 sc', '1 1 1 scn', '0 scn', '3 Tr', '  7 Tr', '<< /ca 0 >>', '/ca 0.0', '/ca .0', '0.96 g', '.98 .98 .96 rg', '1 1 0 rg', '0 0 0.03 0.02 k', '0.97 scn', '0.02 scn', '1 1 scn']) {
      expect(hides(s), s).toBe(true);
    }
    for (const s of ['0 g', '0.5 g', '0.85 g', '1 0 0 rg', '0 1 1 rg', '0 0 0 1 k', '0 0 0 0.2 k', '0.5 0.5 scn', '2 Tr', '13 Tr', '/ca 0.5', '/ca 1', '11 g2', 'x1 g']) {
      expect(hides(s), s).toBe(false);
    }
  });

  it('runs in linear time over a long run of digits or of numbers (hostile content)', () => {
    expect(hides(`${'1'.repeat(1 << 20)} x`)).toBe(false);
    expect(hides(`${'1 '.repeat(1 << 19)}x`)).toBe(false);
  });
});
