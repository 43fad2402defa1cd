// Regenerates samples/ (committed): small synthetic files that make
// `npx listguard scan samples/` show each verdict. Deterministic.
//   node scripts/make-samples.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';

let seed = 20261129;
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (a) => a[int(0, a.length - 1)];
const pad = (n, w) => String(n).padStart(w, '0');

const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const residentId = () => {
  const body = pick(['110105', '310104', '440305', '510107', '320102', '330106']) + `${int(1950, 2002)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${pad(int(0, 999), 3)}`;
  const sum = [...body].reduce((s, c, i) => s + Number(c) * W[i], 0);
  return body + '10X98765432'[sum % 11];
};
const mobile = () => `${pick(['138', '139', '150', '158', '186', '189', '177', '135'])}${pad(int(0, 99999999), 8)}`;
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华慧建国平刚桂兰玉萍红'];
const name = () => pick(SURNAMES) + pick(GIVEN) + (rand() < 0.6 ? pick(GIVEN) : '');
const district = () => pick(['朝阳区建国路', '浦东新区世纪大道', '南山区科技园路', '武侯区人民南路', '西湖区文三路']);

mkdirSync('samples', { recursive: true });

// 1. A customer export as Excel on Chinese Windows writes it: GBK, CRLF. → secret
const rows = ['客户姓名,手机号码,身份证号,联系地址,消费金额'];
for (let i = 0; i < 200; i++) rows.push(`${name()},${mobile()},${residentId()},${district()}${int(1, 999)}号,${int(100, 99999)}.00`);
writeFileSync('samples/customers-gbk.csv', iconv.encode(`${rows.join('\r\n')}\r\n`, 'gb18030'));

// 2. A memo with one contact in the signature. → internal
writeFileSync(
  'samples/memo.txt',
  `各位同事：\n\n下周一（12月2日）的季度复盘会改到三楼大会议室，请准时参加。\n会议材料已放在共享盘 /销售部/2024Q4/ 下。\n\n此致\n张伟 | 华东区销售经理 | 手机 ${mobile()} | zhang.wei@example.com.cn\n`,
);

// 3. Nothing personal. → public
writeFileSync('samples/clean.txt', `产品路线图（草案）\n\n一、目标：第四季度完成新版本发布。\n二、关键指标：日活提升 15%，故障率下降到 0.1% 以下。\n三、风险：供应链交付周期不确定。\n`);

// 4. Decoys: order, transaction and express numbers, timestamps, masked values. → public
const decoys = ['订单号,下单时间,交易流水号,快递单号,收货手机,金额'];
for (let i = 0; i < 100; i++) {
  const date = `2024${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}`;
  decoys.push(`${date}${pad(int(0, 9999999999), 10)},${date}${pad(int(0, 235959), 6)},${date}${pad(int(0, 99999999999), 11)},SF${pad(int(0, 9999999999999), 13)},${pick(['138', '186'])}****${pad(int(0, 9999), 4)},${int(1, 9999)}.00`);
}
writeFileSync('samples/orders-decoy.csv', `${decoys.join('\n')}\n`);
// 5. Key–value blocks for a handful of customers (no ID numbers). → confidential
const blocks = ['VIP 客户回访名单（内部）', ''];
for (let i = 0; i < 8; i++) blocks.push(`姓名：${name()}`, `电话：${mobile()}`, `备注：${pick(['已回访', '待回访', '需上门'])}`, '');
writeFileSync('samples/vip-callbacks.txt', `${blocks.join('\n')}\n`);

// 6. An "xlsx" that is not a zip: damaged or disguised. → unscannable: corrupt
writeFileSync('samples/broken.xlsx', '这不是一个 Excel 文件\n');
console.log('samples/ written');
