import { describe, expect, it } from 'vitest';
import { carryHeader, layoutPage, rememberHeader, type TextRun } from './pdf-layout.js';

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

describe('layoutPage: sheets with columns fitted to their content', () => {
  // Calc sizes a column to its widest cell plus 0.1": the gap after a column of fixed-length
  // values is ~0.7 em in every row, never a cell-wide gap.
  const serial = (i: number): string => `20250204999789485${30 + i}`; // 19 digits, 95 pt: ends at 155
  const invoice = (i: number): string => `0296157${i}`; // 8 digits
  const y = (i: number): number => 700 - i * 13;

  it('takes an aligned start under a header label for a column, whatever the gap before it', () => {
    const runs = [run('支付流水号', 60, 700, 10), run('发票号码', 162, 700, 10)];
    for (let i = 1; i <= 3; i++) runs.push(run(serial(i), 60, y(i)), run(invoice(i), 162, y(i)));
    expect(lines(runs)).toEqual(['支付流水号\t发票号码', ...[1, 2, 3].map((i) => `${serial(i)}\t${invoice(i)}`)]);
  });

  it('takes an aligned start after a padding-sized gap in every row for a column, without a header', () => {
    const names = ['覃仁振', '艾尔肯', '苏宝'];
    const runs: TextRun[] = [];
    // Order number (18 digits, ends at 150), amount at 157 (ends at 197), name at 204: gaps of 0.7 em.
    for (let i = 0; i < 3; i++) runs.push(run(`20190404953079919${i}`, 60, y(i)), run(`4371${i}.89`, 157, y(i)), run(names[i]!, 204, y(i), 10));
    expect(lines(runs)).toEqual(names.map((n, i) => `20190404953079919${i}\t4371${i}.89\t${n}`));
  });

  it('does not take the groups of card numbers spaced with full-width spaces (1 em) for columns', () => {
    const runs: TextRun[] = [];
    for (let i = 0; i < 5; i++) runs.push(run('name', 60, y(i)), run('６２５８', 180, y(i), 10), run('０７３０', 230, y(i), 10), run('８７１１', 280, y(i), 10));
    expect(lines(runs)).toEqual(Array(5).fill('name\t６２５８ ０７３０ ８７１１'));
  });

  it('does not take words after word spaces for a column because a digit-free line has a wide gap there', () => {
    // Section titles `第 n 部分` (a word space before the number) and one `姓　名` (a full-width space).
    const runs = [1, 2, 3].flatMap((n) => [run('第', 60, y(n * 2), 10), run(`${n} 部分`, 72, y(n * 2))]);
    runs.push(run('姓', 52, y(7), 10), run('名：杜语睿', 72, y(7), 10));
    expect(lines(runs)).toEqual(['第 1 部分', '第 2 部分', '第 3 部分', '姓 名：杜语睿']);
  });

  it('writes an empty cell as an empty field, so that later values stay under their header', () => {
    const runs = [run('name', 60, 700), run('mobile', 200, 700), run('id', 340, 700)];
    for (const [i, n] of ['张伟', '王芳'].entries()) runs.push(run(n, 60, y(i + 1), 10), run(`1381234567${i}`, 200, y(i + 1)), run(`11010119900307851${i}`, 340, y(i + 1)));
    runs.push(run('李娜', 60, y(3), 10), run('110101199003071234', 340, y(3))); // no mobile
    runs.push(run('13912345670', 200, y(4)), run('110101199003075678', 340, y(4))); // no name
    expect(lines(runs)).toEqual([
      'name\tmobile\tid',
      '张伟\t13812345670\t110101199003078510',
      '王芳\t13812345671\t110101199003078511',
      '李娜\t\t110101199003071234',
      '\t13912345670\t110101199003075678',
    ]);
  });

  it('uses a carried header for the columns of a continuation page that has none', () => {
    const runs: TextRun[] = [];
    for (let i = 1; i <= 3; i++) runs.push(run(serial(i), 60, y(i)), run(invoice(i), 162, y(i)));
    // Without the header, 8 digits after 19 could be the last group of one number.
    expect(lines(runs)[0]).toBe(`${serial(1)} ${invoice(1)}`);
    expect(layoutPage(runs, 0, [[60, 162]]).blocks.flat()).toEqual([1, 2, 3].map((i) => `${serial(i)}\t${invoice(i)}`));
    // An older header (another column page's) does not make digit groups a column: it may be another table's.
    expect(layoutPage(runs, 0, [[60, 300], [60, 162]]).blocks.flat()[0]).toBe(`${serial(1)} ${invoice(1)}`);
    // A column of the header left empty on this page still gets its field (names after a wide gap).
    const gap = [1, 2, 3].flatMap((i) => [run(serial(i), 60, y(i)), run('张伟', 220, y(i), 10)]);
    expect(layoutPage(gap, 0, [[300, 400], [60, 162, 220]]).blocks.flat()).toEqual([1, 2, 3].map((i) => `${serial(i)}\t\t张伟`));
    expect(lines(gap)).toEqual([1, 2, 3].map((i) => `${serial(i)}\t张伟`));
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
    expect(second.prepend).toEqual({ text: '收件人\t银行账号', block: 0 });
    expect(second.next?.text).toBe('收件人\t银行账号'); // still in force on the page after
  });

  it('carries nothing to a table whose columns start elsewhere', () => {
    const { next } = carryHeader(layoutPage(table(true, 700)), undefined);
    const other = layoutPage([run('a', 60, 700), run('13812345678', 300, 700)]);
    expect(carryHeader(other, next).prepend).toBeUndefined();
  });

  it('picks, of several carried headers, the one whose columns the rows start at (a sheet printed across column pages)', () => {
    const left = carryHeader(layoutPage(table(true, 700)), undefined).next!;
    const right = { text: '手机号\t备注', starts: [60, 300] };
    const page = layoutPage([run('陈红', 60, 700, 10), run('6230587164072196', 200, 700), run('王芳', 60, 687, 10)]);
    const { prepend, next } = carryHeader(page, [right, left]);
    expect(prepend).toEqual({ text: '收件人\t银行账号', block: 0 });
    expect(next).toBe(left);
    // A first row with an empty cell still starts its cells where the header's do.
    const sparse = layoutPage([run('6230587164072196', 200, 700), run('冯贵棋', 60, 687, 10), run('6230587164072197', 200, 687)]);
    expect(carryHeader(sparse, [{ text: 'a\tb', starts: [60, 200] }]).prepend).toBeUndefined(); // one cell: not a table row
    const three = { text: '收件人\t银行账号\t备注', starts: [60, 200, 340] };
    const row = layoutPage([run('冯贵棋', 60, 700, 10), run('x', 340, 700), run('刘洋', 60, 687, 10), run('y', 340, 687)]);
    expect(carryHeader(row, [three]).prepend).toEqual({ text: three.text, block: 0 });
  });

  it('names the block the carried header belongs to, which need not be the first table on the page', () => {
    const page = layoutPage([
      run('订单', 60, 700, 10), run('13812345678', 300, 700), run('退款', 60, 687, 10), run('13812345679', 300, 687),
      run('冯贵棋', 60, 600, 10), run('6230587164072196', 200, 600), run('刘洋', 60, 587, 10), run('6230587164072197', 200, 587),
    ]);
    expect(page.blocks).toHaveLength(2);
    expect(carryHeader(page, [{ text: '收件人\t银行账号', starts: [60, 200] }]).prepend).toEqual({ text: '收件人\t银行账号', block: 1 });
  });

  it('lays out a hostile row of 200,000 runs (no spread over the row to overflow the stack)', () => {
    const runs = Array.from({ length: 200_000 }, (_, i) => run('字', 60 + i * 8, 700));
    const page = layoutPage(runs);
    expect(page.rows).toBe(1);
  });

  it('does not carry a row of full-width digits as a header', () => {
    const page = layoutPage([run('张伟', 60, 700, 10), run('６２５８０７３０８７１１２２３３', 200, 700), run('李娜', 60, 687, 10), run('６２５８０７３０８７１１２２３４', 200, 687)]);
    expect(carryHeader(page, undefined).next).toBeUndefined();
  });
});

describe('rememberHeader', () => {
  it('keeps the most recent header first, once per set of columns, and a bounded number of them', () => {
    const h = (text: string, ...starts: number[]): { text: string; starts: number[] } => ({ text, starts });
    expect(rememberHeader([h('a', 60, 200)], undefined).map((x) => x.text)).toEqual(['a']);
    expect(rememberHeader([h('a', 60, 200), h('b', 60, 300)], h('c', 60.5, 200)).map((x) => x.text)).toEqual(['c', 'b']);
    let recent: ReturnType<typeof rememberHeader> = [];
    for (let i = 0; i < 20; i++) recent = rememberHeader(recent, h(String(i), 60, 100 + i * 10));
    expect(recent.length).toBeLessThanOrEqual(8);
    expect(recent[0]!.text).toBe('19');
  });
});
