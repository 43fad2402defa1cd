import { describe, expect, it } from 'vitest';
import { paletteLooksWhite } from './office-palette.js';
import { looksWhite, looksWhiteRgb } from './unseen.js';

describe('colours no one reads on a white page', () => {
  it('takes white and what is as good as white, as each format writes it', () => {
    for (const c of ['FFFFFF', '#ffffff', '#fff', 'FFFFFFFF', '00FEFEFE', 'white', ' White ', '#F2F2F2', 'FFFFCC', 'FFFF00', 'rgb(250, 250, 250)', 'rgba(255,255,255,1)']) {
      expect(looksWhite(c), c).toBe(true);
    }
  });

  it('leaves colours a reader sees, and what is not a colour', () => {
    for (const c of [undefined, '', 'auto', '000000', '#E0E0E0', '#ddd', 'C0C0C0', '00FFFF', 'FFCC99', 'red', 'rgb(200,200,200)', '#fffff', 'FFFFFFF', 'transparent']) {
      expect(looksWhite(c), String(c)).toBe(false);
    }
  });

  it('draws the line at a contrast of 1.2 with white: #ECECEC and paler', () => {
    expect(looksWhiteRgb(0xed, 0xed, 0xed)).toBe(true);
    expect(looksWhiteRgb(0xe9, 0xe9, 0xe9)).toBe(false);
  });

  it('reads the legacy palette, the workbook’s own colours first', () => {
    expect([...Array(66).keys()].filter((i) => paletteLooksWhite(i))).toEqual([1, 5, 9, 13, 26, 27, 34, 41, 42, 43, 65]);
    expect(paletteLooksWhite(9, (i) => (i === 9 ? [0, 0, 0] : undefined))).toBe(false);
    expect(paletteLooksWhite(10, (i) => (i === 10 ? [0xfd, 0xfd, 0xfd] : undefined))).toBe(true);
  });
});
