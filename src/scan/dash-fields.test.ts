import { describe, expect, it } from 'vitest';
import { dashFieldsAsTabs } from './dash-fields.js';

const tabbed = (text: string): string => dashFieldsAsTabs(Buffer.from(text)).toString();

describe('dashFieldsAsTabs', () => {
  it("reads a seller's list as tab-delimited rows, in place, an empty field kept", () => {
    const list = '格式：姓名----手机号----城市\n张伟----13800138000----北京朝阳\n13677879746--------104750670----147000';
    const out = tabbed(list);
    expect(out).toHaveLength(list.length);
    expect(Buffer.byteLength(out)).toBe(Buffer.byteLength(list));
    expect(out.split('\n').map((line) => line.split('\t').map((cell) => cell.trim()))).toEqual([
      ['格式：姓名', '手机号', '城市'],
      ['张伟', '13800138000', '北京朝阳'],
      ['13677879746', '', '104750670', '147000'],
    ]);
  });

  it('leaves rules, drawn tables, arrows, comments, IDN labels and a lone run alone', () => {
    const text = ['|---|---|', '+----+----+', 'a --> b --> c', 'x = 1 -- first -- second', 'info@xn--fiqs8s.com', '张伟----13800138000', '-----', '2024---01'].join('\n');
    expect(tabbed(text)).toBe(text);
    const buf = Buffer.from(text);
    expect(dashFieldsAsTabs(buf)).toBe(buf);
  });
});
