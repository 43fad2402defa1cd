import { describe, expect, it } from 'vitest';
import { carryHeader, layoutPage, type TextRun } from './pdf-layout.js';

/** A run of `str` at (x, y), 10 pt, each character `w` points wide. */
const run = (str: string, x: number, y: number, w = 5, size = 10): TextRun => ({ str, x, y, width: [...str].length * w, size });
const lines = (runs: TextRun[], pageWidth = 0): string[] => layoutPage(runs, pageWidth).blocks.flat();

describe('layoutPage', () => {
  it('groups runs into rows by baseline despite jitter, top to bottom, left to right', () => {
    // Stream order is not reading order, and the CJK font sits 0.6 pt off the Latin baseline.
    const out = lines([run('13812345678', 200, 700), run('张伟', 60, 700.6, 10), run('Li Na', 60, 687.2), run('15912345670', 200, 687)]);
    expect(out).toEqual(['张伟\t13812345678', 'Li Na\t15912345670']);
  });

  it('keeps rows a line pitch apart separate', () => {
    expect(lines([run('a', 60, 700), run('b', 60, 696)])).toEqual(['a', 'b']);
  });

  it('separates cells at a wide gap with a tab, words at a space-sized gap with a space', () => {
    expect(lines([run('Page', 60, 700), run('3', 83, 700), run('total', 200, 700)])).toEqual(['Page 3\ttotal']);
  });

  it('merges adjacent runs: CJK glyph runs without spaces, a dotted name split by font', () => {
    const out = lines([run('会', 60, 700, 10), run('员', 70, 700, 10), run('姓名', 80, 700, 10), run('艾尔肯', 60, 680, 10), run('·', 90, 680, 3), run('买买提', 93, 680, 10)]);
    expect(out).toEqual(['会员姓名', '艾尔肯·买买提']);
  });

  it('keeps a full-width spaced card number in one cell (a 1 em gap is not a cell gap)', () => {
    expect(lines([run('６２５８', 200, 700, 10), run('０７３０', 250, 700, 10), run('８７１１', 300, 700, 10)])).toEqual(['６２５８ ０７３０ ８７１１']);
  });

  it('splits a cell clipped by its neighbour: the next run starts at a column edge', () => {
    const rows: TextRun[] = [];
    // Column edges at 60, 180 and 340, confirmed by rows with wide gaps.
    for (let i = 0; i < 3; i++) rows.push(run(String(i), 60, 700 - i * 13), run('x', 180, 700 - i * 13), run('91340600749817936E', 340, 700 - i * 13));
    // This row's card runs exactly up to the next column (gap 0): without edges it would glue.
    rows.push(run('康西', 60, 600, 10), run('6230-5877-3910-0', 180, 600, 10), run('91340600749817936E', 340, 600));
    expect(lines(rows).at(-1)).toBe('康西\t6230-5877-3910-0\t91340600749817936E');
  });

  it('splits at an overlap (a clipped glyph runs under the next cell)', () => {
    expect(lines([run('6230-5877-3910-0', 180, 700, 10), run('91340600749817936E', 336, 700)])).toEqual(['6230-5877-3910-0\t91340600749817936E']);
  });

  it('does not take the aligned groups of card numbers for columns', () => {
    const rows: TextRun[] = [];
    for (let i = 0; i < 5; i++) rows.push(run('name', 60, 700 - i * 13), run('6230', 180, 700 - i * 13), run('5853', 203, 700 - i * 13), run('2707', 226, 700 - i * 13));
    expect(lines(rows)).toEqual(Array(5).fill('name\t6230 5853 2707'));
  });

  it('ends a block at an empty row and counts table rows', () => {
    const page = layoutPage([run('a', 60, 700), run('b', 200, 700), run('c', 60, 687), run('d', 200, 687), run('e', 60, 648)]);
    expect(page.blocks).toEqual([['a\tb', 'c\td'], ['e']]);
    expect(page.tableRows).toBe(2);
    expect(page.rows).toBe(3);
  });

  it('rejoins a value that prose wrapped at the right margin, but not a printed column', () => {
    const wrapped = [run('request body={"name":"', 57, 412, 13), run('朱松', 343, 412, 9), run('耀","mobile":"17050827878"}', 57, 398, 12), run('end of paragraph here', 57, 384, 23)];
    expect(lines(wrapped, 595)).toEqual(['request body={"name":"朱松耀","mobile":"17050827878"}', 'end of paragraph here']);
    // The same rows on a page whose text is a narrow column: every line stays a line.
    const column = [run('迪丽娜', 60, 700, 10), run('苏宝', 60, 687, 10), run('金鑫蓝', 60, 674, 10)];
    expect(lines(column, 595)).toEqual(['迪丽娜', '苏宝', '金鑫蓝']);
  });

  it('keeps rotated text, off the grid', () => {
    expect(lines([run('body', 60, 700), { ...run('margin note', 20, 400), rotated: true }])).toEqual(['body', 'margin note']);
  });

  it('drops whitespace-only runs and a fake-bold second pass', () => {
    expect(lines([run('Total', 60, 700), run('Total', 60.3, 700), run('   ', 90, 700)])).toEqual(['Total']);
  });
});

describe('carryHeader', () => {
  const table = (header: boolean, y0: number): TextRun[] => [
    ...(header ? [run('收件人', 60, y0, 10), run('银行账号', 200, y0, 10)] : []),
    run('冯贵棋', 60, y0 - 13, 10),
    run('6230587164072196', 200, y0 - 13),
  ];

  it('puts the last header of a page above a table that continues on the next page', () => {
    const first = carryHeader(layoutPage(table(true, 700)), undefined);
    expect(first.prepend).toBeUndefined();
    expect(first.next?.text).toBe('收件人\t银行账号');
    const second = carryHeader(layoutPage(table(false, 700)), first.next);
    expect(second.prepend).toBe('收件人\t银行账号');
    expect(second.next?.text).toBe('收件人\t银行账号'); // still in force on the page after
  });

  it('carries nothing to a table whose columns start elsewhere', () => {
    const { next } = carryHeader(layoutPage(table(true, 700)), undefined);
    const other = layoutPage([run('a', 60, 700), run('13812345678', 300, 700)]);
    expect(carryHeader(other, next).prepend).toBeUndefined();
  });
});
