import { describe, expect, it } from 'vitest';
import { columnGroups, LINE_BLANK as B, LINE_LABEL as L, LINE_NAME as N, LINE_OTHER as O } from './column-dumps.js';

const MOBILE = 1;
const ID = 2;
const times = (kind: number, n: number): number[] => Array<number>(n).fill(kind);

describe('columnGroups', () => {
  it('pairs runs of one length, of different kinds, next to each other', () => {
    expect(columnGroups([...times(N, 4), ...times(MOBILE, 4)])).toEqual([{ firsts: [0, 4], rows: 4 }]);
    // A heading and blank lines between, three columns, either order.
    expect(columnGroups([L, ...times(N, 3), B, L, ...times(MOBILE, 3), L, ...times(ID, 3)])).toEqual([{ firsts: [1, 6, 10], rows: 3 }]);
    expect(columnGroups([...times(MOBILE, 3), B, B, ...times(N, 3)])).toEqual([{ firsts: [0, 5], rows: 3 }]);
    expect(columnGroups([...times(MOBILE, 5), ...times(ID, 5)])).toEqual([{ firsts: [0, 5], rows: 5 }]);
  });

  it('pairs nothing else', () => {
    // Lengths differ (a value missing), a run too short, names with names, one kind twice.
    expect(columnGroups([...times(N, 5), ...times(MOBILE, 4)])).toEqual([]);
    expect(columnGroups([...times(N, 2), ...times(MOBILE, 2)])).toEqual([]);
    expect(columnGroups([...times(N, 4), B, ...times(N, 4)])).toEqual([]);
    expect(columnGroups([...times(MOBILE, 4), B, ...times(MOBILE, 4)])).toEqual([]);
    // Text between, two headings between, or more than three lines.
    expect(columnGroups([...times(N, 3), O, ...times(MOBILE, 3)])).toEqual([]);
    expect(columnGroups([...times(N, 3), L, L, ...times(MOBILE, 3)])).toEqual([]);
    expect(columnGroups([...times(N, 3), B, B, B, B, ...times(MOBILE, 3)])).toEqual([]);
  });

  it('starts a new table where a run does not fit the one before', () => {
    expect(columnGroups([...times(N, 6), ...times(MOBILE, 3), ...times(ID, 3)])).toEqual([{ firsts: [6, 9], rows: 3 }]);
  });
});
