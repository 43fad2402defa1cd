import { describe, expect, it } from 'vitest';
import { defaultEngine } from '../../test/support/engine.js';
import { lineEndsOf } from './cells.js';
import { detectText } from './detect-text.js';
import { reflowWrapped } from './reflow.js';

const engine = defaultEngine();
const reflow = (text: string): string => {
  const seg = Buffer.from(text);
  return reflowWrapped(seg, lineEndsOf(seg)).toString();
};

/** `text` wrapped at `width` display columns (CJK two wide), a hyphen put where a word or a number is cut. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  let w = 0;
  const cw = (c: string): number => (c.charCodeAt(0) > 0x7f ? 2 : 1);
  const word = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9@._]/.test(c);
  for (const c of text) {
    if (w + cw(c) > width) {
      let carry = '';
      if (word(line.at(-1)) && word(c)) {
        if (w === width) [line, carry] = [line.slice(0, -1), line.slice(-1)];
        line += '-';
      }
      lines.push(line);
      line = carry;
      w = carry.length;
    }
    line += c;
    w += cw(c);
  }
  return [...lines, line].join('\n');
}

const PARAGRAPH = '参会人员名单：郝琪军，邮箱hao_qijun85@qq.com；电话17320774117；蒋敏悦，邮箱jiangmin@sina.cn；电话13912345678。';
const WRAPPED = wrap(PARAGRAPH, 20);

describe('reflowWrapped', () => {
  it('joins a paragraph hard-wrapped at one width, without the hyphens the wrap put inside words and numbers', () => {
    expect(WRAPPED.split('\n').length).toBeGreaterThanOrEqual(5);
    expect(WRAPPED).toContain('-\n');
    expect(reflow(WRAPPED)).toBe(PARAGRAPH);
    const found = detectText(engine, WRAPPED).findings.map((f) => `${f.detector}:${f.value}`);
    expect(found).toEqual(expect.arrayContaining(['email:hao_qijun85@qq.com', 'cn_mobile:17320774117', 'email:jiangmin@sina.cn', 'person_name_zh:蒋敏悦']));
  });

  it("leaves a list's lines alone: rows as wide as each other end with their records", () => {
    const orders = ['代购13912345678 已发货', '代购13812345678 已发货', '代购13712345678 已发货', '代购13612345678 已发货'].join('\n');
    expect(reflow(orders)).toBe(orders);
    // A table's rows: delimited, lined up by spaces, numbered, or a column without CJK.
    const csv = ['1;张娟;18445712345;230102200012206581', '2;尹凯;13505812345;110108196606160340', '3;林宇;15915312345;120101196011259672', '4;司徒;15884112345;460105197006158154'].join('\n');
    expect(reflow(csv)).toBe(csv);
    const sheet = ['420102198705212000 欧阳强 VIP-626396 19894897253', '360102197909040000 王睿宁 CIF481716 15565390561', '310101197209134000 魏文娟 M0031298X 18250321464', '330102195807159000 宋鑫宇 CIF129640 13149006961'].join('\n');
    expect(reflow(sheet)).toBe(sheet);
    const ids = ['110101199003071233', '110101199003071233', '110101199003071233', '110101199003071233'].join('\n');
    expect(reflow(ids)).toBe(ids);
    const numbered = ['12 张伟 13912345678 北京', '13 李娜 13812345678 上海', '14 王芳 13712345678 广州', '15 赵磊 13612345678 深圳'].join('\n');
    expect(reflow(numbered)).toBe(numbered);

  });
});
