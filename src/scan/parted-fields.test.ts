import { describe, expect, it } from 'vitest';
import { partedFieldsAsTabs } from './parted-fields.js';

const tabbed = (text: string): string => partedFieldsAsTabs(Buffer.from(text)).toString();

describe('partedFieldsAsTabs', () => {
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

  it("reads a list parted by # the same way, ## an empty field", () => {
    expect(tabbed('何明轩#何艳娜#15834577156#南昌第一中学\n孙德明##13992423495#太原滨江小学')).toBe('何明轩\t何艳娜\t15834577156\t南昌第一中学\n孙德明\t\t13992423495\t太原滨江小学');
  });

  it('leaves rules, drawn tables, arrows, comments, IDN labels, hashtags, entities and a lone separator alone', () => {
    const text = ['|---|---|', '+----+----+', 'a --> b --> c', 'x = 1 -- first -- second', 'info@xn--fiqs8s.com', '张伟----13800138000', '-----', '2024---01', '#彩票用户 #北京崇文 #实时', '&#20013;&#25991;', 'C# and F#', '张伟#13800138000'].join('\n');
    expect(tabbed(text)).toBe(text);
    const buf = Buffer.from(text);
    expect(partedFieldsAsTabs(buf)).toBe(buf);
  });
});
