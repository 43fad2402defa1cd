import { describe, expect, it } from 'vitest';
import { CELL_FIELD_LABEL as F, CELL_LABEL as L, CELL_NAME_LABEL as N, cellLineTables, isLabelLine, type CellFit } from './cell-lines.js';

/**
 * Lines described by a character each: F a field's label, N a name column's, L another label, n a label
 * that is a name (it fits any column); a digit d a cell that is column d's (it fits there and nowhere
 * else), x a cell that fits no column, . one that says nothing.
 */
function tables(lines: string) {
  const labels = [...lines].map((c) => (c === 'F' ? F : c === 'N' ? N : c === 'L' || c === 'n' ? L : 0));
  const fit = (column: number, _header: number, _columns: number, line: number): CellFit => {
    const c = lines[line]!;
    return c === 'x' ? -1 : c === 'n' ? 1 : c >= '0' && c <= '9' ? (Number(c) === column ? 1 : -1) : 0;
  };
  return cellLineTables(labels, fit);
}

describe('cellLineTables', () => {
  it('reads rows under a header of labels, a title above it left out', () => {
    expect(tables('LLFLF.1.3..2..1.3')).toEqual([{ header: 1, columns: 4, rows: 3 }]);
  });

  it('stops at the first row with no cell that fits, or with one that cannot', () => {
    expect(tables('FFL01..1....01.')).toEqual([{ header: 0, columns: 3, rows: 2 }]);
    expect(tables('FFL01..1.0x.01.')).toEqual([{ header: 0, columns: 3, rows: 2 }]);
    expect(tables('FFL01..1.10.01.')).toEqual([{ header: 0, columns: 3, rows: 2 }]);
  });

  it('takes one row when two of its cells fit (a form: its labels, then its values), not one cell', () => {
    expect(tables('FFL01.')).toEqual([{ header: 0, columns: 3, rows: 1 }]);
    expect(tables('FFL0..')).toEqual([]);
  });

  it("wants three labels, two of them a field's", () => {
    expect(tables('FF0101')).toEqual([]);
    expect(tables('FLL012012')).toEqual([]);
  });
});

describe('cellLineTables, a header whose one field is names (序号⏎乡镇⏎购机者姓名⏎机具品目, a 公示)', () => {
  it('reads three rows or more, passing over up to two in a row whose name does not fit (a co-operative)', () => {
    expect(tables('LLNL' + '..2.' + '....' + '..2.' + '..2.' + '....' + '....' + '..2.' + '..2.' + '..2.' + '....')).toEqual([{ header: 0, columns: 4, rows: 9 }]);
    expect(tables('LLNL' + '..2.' + '..2.' + '..2.' + '....' + '....' + '....' + '..2.')).toEqual([{ header: 0, columns: 4, rows: 3 }]);
  });

  it('wants four labels, three rows whose name fits, and no more rows passed over than half of those', () => {
    expect(tables('LNL' + '.1.' + '.1.' + '.1.')).toEqual([]);
    expect(tables('LLNL' + '..2.' + '..2.')).toEqual([]);
    expect(tables('LLNL' + '..2.' + '....' + '..2.' + '....' + '..2.' + '....' + '..2.')).toEqual([]);
  });

  it('takes no column of names under its label for a header (联系人⏎董兰凯⏎王军⏎郭慧嘉)', () => {
    expect(tables('Nnnn' + 'n...' + 'n...' + 'n...')).toEqual([]);
  });
});

describe('isLabelLine', () => {
  const label = (s: string) => isLabelLine(Buffer.from(s), 0, Buffer.byteLength(s));
  it('is a short line without digits or a sentence', () => {
    expect(['客户名称', '最后跟进时间', 'No.', 'E-mail', '手机（必填）'].filter(label)).toHaveLength(5);
    expect(['C20241423412', '姓名：张伟', '已联系，明天再打', '说好了。', '这是一个很长很长的句子没有标点符号但是太长了'].filter(label)).toEqual([]);
  });
});
