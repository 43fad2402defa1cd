import { describe, expect, it } from 'vitest';
import { defaultEngine } from '../../test/support/engine.js';
import { cellRefsAsSpaces } from './cell-refs.js';
import { detectText } from './detect-text.js';

const dump = (text: string): string => cellRefsAsSpaces(Buffer.from(text)).toString();

describe('a sheet dumped a cell at a time with its references', () => {
  it('makes the references of a row spaces, in place', () => {
    expect(dump('A1=姓名 | B1=手机\nA2=高子涵 | B2=13356360556')).toBe('   姓名 |    手机\n   高子涵 |    13356360556');
    expect(dump('AA12=王芳\tAB12=女\tAC12=上海')).toBe('     王芳\t     女\t     上海');
  });

  it('leaves lines that are not rows of one sheet row alone', () => {
    for (const line of ['A1=姓名 | B2=手机', 'A1=姓名', 'ts=1700000000 imei=35123', 'A1=姓名 | 手机', 'A0=x | B0=y', 'a1=x | b1=y', 'ABCD1=x | ABCE1=y']) {
      expect(dump(line)).toBe(line);
    }
  });

  it('reads the dumped rows as a table: names under the 姓名 reference', () => {
    const text = ['=== Sheet1: 申请人 ===', 'A1=姓名 | B1=性别 | C1=手机', 'A2=高子涵 | B2=女 | C2=13356360556', 'A3=杨辉亮 | B3=男 | C3=18573573995'].join('\n');
    const names = detectText(defaultEngine(), text).findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value);
    expect(names).toEqual(['高子涵', '杨辉亮']);
  });
});
