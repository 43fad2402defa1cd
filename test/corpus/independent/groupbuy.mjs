#!/usr/bin/env node
/*
 * groupbuy.mjs — independent labelled test corpus for listguard:
 * community group-buying (社区团购 / 团长 / 群接龙).
 *
 * Written in session 29 by a helper that never read src/, rules/ or test/,
 * from cn-formats.md and DESIGN.md only.
 *
 * Theme: documents that circulate around a community group-buying business —
 * 群接龙 pasted from WeChat, 团长 pick-up lists (自提点 / 取货人 / 手机尾号),
 * platform order exports, 快团团-style CSVs, driver route sheets, refund lists
 * (支付宝 / bank cards), 团长 commission payouts and bank batch-payment files,
 * complaint chats, supplier mails, 团长 application forms, cross-border
 * (跨境) customs-clearance data in JSON and XML, SMS send logs, OCR'd
 * sign-off sheets and ID-card scans, meeting minutes, mini-program logs,
 * after-sales registers, group notices, express waybills, member lists and a
 * 团长's own scribbled notes.  WeChat nicknames (小雨妈妈, 阳光☀️, Lily …)
 * stand next to real names; domain numbers (订单号, 团购编号, 取件码,
 * 快递单号, 楼号房号, amounts, dates, transaction numbers) are decoys.
 *
 * Usage:   node groupbuy.mjs OUT.jsonl
 *
 * Output:  one JSON object per line
 *   {"id":"gb-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          must NOT be reported under any detector
 *
 * Normalisation of values: cn_resident_id 18 chars with upper-case X (legacy
 * 15-digit numbers upgraded to 18); cn_mobile 11 digits, no +86/separators;
 * cn_landline digits incl. leading 0 + area code, no separators/extension;
 * email lower-case; bank_card digits only; cn_uscc 18 chars upper-case;
 * person_name_zh the name as written without spaces/titles. Decoys carry the
 * exact text as written.
 *
 * Labelling decisions specific to this corpus:
 *  - a WeChat nickname is a decoy unless it is a real Chinese personal name
 *    (then it is a name wherever it stands in a name/nickname field or a
 *    record with a mobile); surname+title forms (李姐, 王阿姨, 老周, 陈师傅,
 *    王女士) are dontCare;
 *  - a 接龙 line "name room qty" without a phone is dontCare for the name;
 *    with a phone it is a record and the name is an entity;
 *  - names only in running prose / chat speaker display names / @mentions
 *    are dontCare; the placeholder "例 张三" line is dontCare;
 *  - a 62-card that fails Luhn (typo reported as 卡号有误) is dontCare;
 *  - OCR: spaces / full-width digits keep the value an entity; a letter read
 *    for a digit (l/O/B) or a dropped digit makes it dontCare;
 *  - 手机尾号 (4 digits), masked numbers, 400/95xxx hotlines, corporate
 *    (对公) accounts are decoys.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node groupbuy.mjs OUT.jsonl'); process.exit(2); }

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x6B291F07);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const alt = (...fns) => pick(fns)();   // lazy choice: only the chosen branch records labels
const chance = (p) => rnd() < p;
const pad = (n, w) => String(n).padStart(w, '0');
function wpick(pairs) {
  let tot = 0; for (const [, w] of pairs) tot += w;
  let x = rnd() * tot;
  for (const [v, w] of pairs) { x -= w; if (x < 0) return v; }
  return pairs[pairs.length - 1][0];
}
function shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += String(ri(0, 9)); return s; };
const fw = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0)).replace(/X/g, 'Ｘ');

// ---------------------------------------------------------------- check algorithms
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += Number(b17[i]) * ID_W[i]; return '10X98765432'[s % 11]; }
function realDate(y, m, d) { const t = new Date(Date.UTC(y, m - 1, d)); return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d; }
function luhnOk(s) {
  let sum = 0, dbl = false;
  for (let i = s.length - 1; i >= 0; i--) { let d = Number(s[i]); if (dbl) { d *= 2; if (d > 9) d -= 9; } sum += d; dbl = !dbl; }
  return sum % 10 === 0;
}
function luhnDigit(body) { for (let c = 0; c <= 9; c++) if (luhnOk(body + c)) return String(c); throw new Error('luhn'); }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(s17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(s17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
function orgCheck(b8) {
  const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0;
  for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55) * W[i]; }
  const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

// ---------------------------------------------------------------- regions (real GB/T 2260 county codes, incl. some retired ones)
const REGIONS = ('110101 110102 110105 110106 110108 110114 120101 120104 130102 130521 140105 140121 150102 210102 211282 220102 220381 ' +
  '230103 230182 310101 310104 310105 310110 310115 320102 320106 320505 320721 321323 330102 330106 330108 330381 330782 ' +
  '340104 341221 341222 350203 350583 360102 360111 360428 360721 370102 370112 370202 371321 371326 410102 410105 410482 ' +
  '411521 411522 412726 420106 420111 421127 430104 430524 430528 440103 440104 440106 440304 440305 440306 441581 445381 ' +
  '450103 450821 500103 500106 510104 510107 511381 520102 522422 530102 532128 610103 610113 610322 620102 620421').split(' ');
const REGION_SET = new Set(REGIONS);
const PROVINCES = new Set('11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65'.split(' '));

function isValidId18(s) {
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (!REGION_SET.has(s.slice(0, 6))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || !realDate(y, m, d) || Date.UTC(y, m - 1, d) > Date.UTC(2024, 6, 1)) return false;
  return idCheck(s.slice(0, 17)) === s[17];
}
// permissive view used to make sure decoys are not valid by anyone's standard
function idLooksValid(s) {
  if (!/^\d{17}[\dXx]$/.test(s)) return false;
  if (!PROVINCES.has(s.slice(0, 2)) && !['81', '82', '83'].includes(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2024 || !realDate(y, m, d)) return false;
  return idCheck(s.slice(0, 17)) === s[17].toUpperCase();
}
function legacyLooksValid(s) {
  if (!/^\d{15}$/.test(s)) return false;
  if (!PROVINCES.has(s.slice(0, 2))) return false;
  return realDate(1900 + +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12));
}
function upgrade15(s) { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); }

const MOB_PRE = [];
for (const p of '130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 180 181 182 183 184 185 186 187 188 189'.split(' ')) MOB_PRE.push([p, 4]);
for (const p of '145 147 162 165 166 167 170 171 172 173 175 176 177 178 190 191 192 193 195 196 197 198 199'.split(' ')) MOB_PRE.push([p, 1]);
const MOB_SET = new Set(MOB_PRE.map(([p]) => p));
function isAllocMobile(s) {
  if (!/^1\d{10}$/.test(s)) return false;
  return MOB_SET.has(s.slice(0, 3)) || /^1740[0-5]/.test(s) || s.startsWith('1610');
}
function mobLike(s) { return /^1[3-9]\d{9}$/.test(s); }
const UNALLOC = ['140', '141', '142', '143', '144', '146', '148', '149', '154', '194'];

// ---------------------------------------------------------------- names
function parsePairs(s) { return s.trim().split(/\s+/).map((t) => { const m = t.match(/^([^a-z]+)([a-z]+)$/); return [m[1], m[2]]; }); }
const SURN = parsePairs(`王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin 罗luo
 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai 余yu 杜du
 叶ye 程cheng 苏su 魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao 贾jia 夏xia 韦wei
 付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 陶tao 黎li 贺he 顾gu 毛mao 郝hao
 龚gong 邵shao 万wan 钱qian 严yan 覃qin 武wu 戴dai 莫mo 孔kong 向xiang 汤tang 常chang 温wen 康kang 施shi 文wen 牛niu 樊fan 葛ge 邢xing 安an
 齐qi 易yi 乔qiao 伍wu 庞pang 颜yan 倪ni 庄zhuang 聂nie 章zhang 鲁lu 岳yue 翟zhai 殷yin 詹zhan 申shen 耿geng 关guan 兰lan 焦jiao 俞yu 左zuo
 柳liu 甘gan 祝zhu 包bao 宁ning 尚shang 符fu 舒shu 阮ruan 柯ke 纪ji 梅mei 童tong 凌ling 毕bi 单shan 季ji 裴pei 霍huo 涂tu 成cheng 苗miao 谷gu
 盛sheng 曲qu 翁weng 冉ran 骆luo 蓝lan 路lu 游you 辛xin 靳jin 管guan 柴chai`);
const SURN_W = SURN.map((p, i) => [p, 1 / (i + 6)]);
const COMPOUND = parsePairs('欧阳ouyang 上官shangguan 司马sima 诸葛zhuge 司徒situ 皇甫huangfu 令狐linghu 夏侯xiahou 慕容murong 尉迟yuchi');
const SURNAME_CHARS = new Set(SURN.map(([c]) => c));
const F1 = parsePairs('丽li 芳fang 娜na 静jing 敏min 燕yan 艳yan 霞xia 玲ling 婷ting 雪xue 慧hui 莉li 萍ping 红hong 娟juan 倩qian 琳lin 颖ying 欣xin 怡yi 悦yue 洁jie 晶jing 璐lu 蕾lei 雯wen 薇wei 琴qin 瑶yao 岚lan 蓉rong 菲fei 妍yan 婧jing 媛yuan');
const F2a = parsePairs('秀xiu 桂gui 玉yu 淑shu 丽li 晓xiao 雅ya 思si 梦meng 春chun 美mei 雪xue 佳jia 欣xin 慧hui 婉wan 若ruo 紫zi 静jing 凤feng 冬dong 小xiao 海hai 红hong 月yue 诗shi 雨yu 梓zi');
const F2b = parsePairs('英ying 兰lan 珍zhen 芳fang 华hua 红hong 霞xia 娟juan 琳lin 婷ting 雯wen 萍ping 颖ying 怡yi 琪qi 涵han 萱xuan 洁jie 玲ling 敏min 莉li 燕yan 丹dan 倩qian 娜na 云yun');
const M1 = parsePairs('伟wei 强qiang 磊lei 军jun 勇yong 杰jie 涛tao 斌bin 超chao 明ming 刚gang 平ping 辉hui 鹏peng 飞fei 鑫xin 波bo 宇yu 浩hao 凯kai 健jian 俊jun 帆fan 旭xu 峰feng 毅yi 亮liang 东dong 昊hao 晨chen 博bo 森sen 彬bin 锋feng 坤kun 楠nan');
const M2a = parsePairs('建jian 志zhi 国guo 永yong 海hai 文wen 家jia 子zi 浩hao 俊jun 晓xiao 宇yu 嘉jia 明ming 天tian 振zhen 德de 卫wei 立li 学xue 世shi 云yun 春chun 雨yu 一yi 博bo 梓zi 鹏peng 正zheng');
const M2b = parsePairs('国guo 华hua 军jun 强qiang 明ming 平ping 伟wei 林lin 东dong 峰feng 涛tao 杰jie 宇yu 轩xuan 豪hao 辉hui 龙long 斌bin 勇yong 成cheng 刚gang 新xin 民min 波bo 洋yang 鹏peng 飞fei 超chao');
const MINORITY = [['阿依古丽·买买提', 'ayiguli'], ['迪丽娜尔·艾力', 'dilinaer'], ['买买提江·吐尔逊', 'maimaitijiang'], ['古丽娜扎·热合曼', 'gulinazha'],
  ['艾尔肯·阿不都', 'aierken'], ['热依拉·托合提', 'reyila'], ['巴图·乌力吉', 'batu'], ['扎西·次仁', 'zhaxi']];

// ---------------------------------------------------------------- decoy vocabularies
const NICKS = ['小雨妈妈', '阳光☀️', 'Lily', '开心果', '🍀幸运草', '乐乐妈', '轩轩妈咪', 'A美好生活', '向日葵🌻', '静待花开', '岁月静好', '平安是福',
  '花开富贵', '知足常乐', 'Amy', 'Cherry🍒', '糖糖', '豆豆爸', '果果家', 'Sunny', '淡然', '快乐每一天', '微笑😊', '小太阳', '一米阳光', '蓝天白云',
  '海阔天空', 'Tina', 'Coco', '晴天', '随缘', '心若止水', '木子', '叮当猫', '喵喵', '大白', '暖暖', '星星✨', 'Grace', '一切随缘', '🌸花开半夏',
  '二宝妈妈', '朵朵', '浅笑安然', 'A-Vivian', '简单幸福', 'Miss.Liu', '风轻云淡', '老顽童', '荷塘月色', '高山流水', '林间小路', '杨柳依依', '余生有你',
  '万事如意', '明天会更好', '周末愉快', '田园牧歌', '程序猿', '马大哈', '胡萝卜', '龙猫', '朱古力', '白开水', '金色年华', '江南烟雨', '陈年旧事',
  '夏天的风', '叶落知秋', '石榴姐🍓', '追剧的小熊', '冬日暖阳', '橙子🍊', 'momo', '兔兔🐰', '🌙月亮船', '安安妈', 'Annie', '奔跑的蜗牛'];
const PRODUCTS = [
  ['东魁杨梅', '5斤装', 69], ['仙居杨梅', '3斤礼盒', 59], ['徐香猕猴桃', '12枚装', 29.9], ['秦岭猕猴桃', '5斤', 32.8], ['温州蜜橘', '5斤', 19.9],
  ['赣南脐橙', '10斤', 45], ['海南贵妃芒', '5斤', 39.9], ['麒麟西瓜', '1个约8斤', 26.8], ['阳光玫瑰葡萄', '2串', 49.9], ['黄桃罐头', '6罐', 36],
  ['三黄鸡', '1只约2斤', 38], ['农家土鸡蛋', '30枚', 32], ['五常大米', '10斤', 59], ['金龙鱼调和油', '5L', 69.9], ['王老吉', '24罐', 72],
  ['周黑鸭锁鲜装', '3盒', 89], ['白象方便面', '24袋', 39.9], ['海天生抽', '1.9L', 18.8], ['李子', '3斤', 19.9], ['黄瓜', '2斤', 5.9],
  ['金针菇', '3包', 6.9], ['章丘大葱', '5斤', 15], ['罗汉果', '10个', 19.9], ['石榴', '6个', 29.9], ['马蹄', '2斤', 12.8], ['沙糖桔', '5斤', 22.8],
  ['贝贝南瓜', '5斤', 25.8], ['田螺', '2斤', 26], ['龙眼', '3斤', 29.9], ['高山娃娃菜', '3颗', 9.9], ['丹东草莓', '2斤', 39.9], ['湘西腊肉', '1斤', 45],
  ['常山胡柚', '8斤', 28.8], ['安岳柠檬', '5斤', 18.8], ['杨梅', '2斤', 35], ['白玉菇', '2包', 7.9], ['冰鲜黄鱼', '2条', 29.9], ['欧阳坊月饼', '8只礼盒', 88]];
const SURNAMEY_PRODUCTS = PRODUCTS.map((p) => p[0]).filter((n) => SURNAME_CHARS.has(n[0]) || n.startsWith('欧阳'));
const STORES = ['周记便利店', '张姐水果店', '老王生鲜', '华联超市', '万家福超市', '高新区服务站', '王府花园店', '李村菜鸟驿站', '黄河路便利店', '林荫小区驿站',
  '钱大妈', '邓记粮油店', '苏果超市', '文峰便利', '华润万家', '易捷便利店', '金地华府自提点', '马路边小卖部', '朱家角店', '江南水果行'];
const ROLES = ['团长', '司机', '客服', '仓管', '物业前台', '门卫室', '代收点', '店长', '财务', '配送员', '本人', '家人代取', '邻居代取', '快递柜'];
const PLACES = ['张家口', '王府井', '李村', '周口', '黄山', '高新区', '石家庄', '金华', '马鞍山', '常州', '江阴', '温岭', '白沙洲', '任丘', '安岳', '仙居', '章丘', '丹东'];
const COMPANIES = ['王氏果业', '金农生鲜', '周记食品厂', '黄氏冻品', '李锦记', '杨家铺子', '陈记粮油', '高原红农业', '林家铺子食品', '马家沟农场'];
const DECOY_WORDS = [...NICKS, ...PRODUCTS.map((p) => p[0]), ...STORES, ...ROLES, ...PLACES, ...COMPANIES, '张三', '李四', '王五', '杨梅'];

const USED_NAMES = new Set();
function nameClash(n) { return DECOY_WORDS.some((w) => w.includes(n) || n.includes(w)); }
function makeName(g) {
  for (let tries = 0; tries < 50; tries++) {
    const r = rnd();
    if (r < 0.006) { const m = pick(MINORITY); return { name: m[0], py: [m[1], ''], sur: m[0][0] }; }
    let s;
    if (r < 0.02) s = pick(COMPOUND); else s = wpick(SURN_W);
    let gn, gp;
    if (g === 'F') {
      if (chance(0.38)) { const a = pick(F1); gn = a[0]; gp = a[1]; } else { const a = pick(F2a), b = pick(F2b); if (a[0] === b[0]) continue; gn = a[0] + b[0]; gp = a[1] + b[1]; }
    } else {
      if (chance(0.38)) { const a = pick(M1); gn = a[0]; gp = a[1]; } else { const a = pick(M2a), b = pick(M2b); if (a[0] === b[0]) continue; gn = a[0] + b[0]; gp = a[1] + b[1]; }
    }
    const name = s[0] + gn;
    if (nameClash(name)) continue;
    if (['学生', '天生', '世民', '正国'].includes(gn)) continue;
    return { name, py: [s[1], gp], sur: s[0] };
  }
  throw new Error('name gen');
}
function titled(sur) { return chance(0.5) ? sur + pick(['姐', '阿姨', '哥', '老师', '师傅', '总', '叔', '嫂']) : pick(['老', '小']) + sur; }

// ---------------------------------------------------------------- numbers
const USED = new Set();
function uniq(fn) { for (let i = 0; i < 1000; i++) { const v = fn(); if (!USED.has(v)) { USED.add(v); return v; } } throw new Error('uniq'); }
function makeMobile() { return uniq(() => wpick(MOB_PRE) + digits(8)); }
function makeBirth(lo = 1952, hi = 2002) {
  let y = ri(lo, hi); if (chance(0.5)) y = ri(Math.max(lo, 1965), Math.min(hi, 1995));
  const m = ri(1, 12), d = ri(1, [31, y % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]);
  return [y, m, d];
}
function makeId(birth, g) {
  return uniq(() => {
    const [y, m, d] = birth;
    let sq = ri(0, 9); if ((sq % 2 === 1) !== (g === 'M')) sq = (sq + 1) % 10;
    const b = pick(REGIONS) + y + pad(m, 2) + pad(d, 2) + pad(ri(0, 99), 2) + sq;
    return b + idCheck(b);
  });
}
function makeLegacy(birth, g) {
  return uniq(() => {
    const [y, m, d] = birth;
    let sq = ri(0, 9); if ((sq % 2 === 1) !== (g === 'M')) sq = (sq + 1) % 10;
    return pick(REGIONS) + String(y).slice(2) + pad(m, 2) + pad(d, 2) + pad(ri(0, 99), 2) + sq;
  });
}
const BANKS = [
  { name: '中国工商银行', short: '工行', bins: ['622202', '621226', '621558'], len: 19 },
  { name: '中国农业银行', short: '农行', bins: ['622848', '622845', '623052'], len: 19 },
  { name: '中国建设银行', short: '建行', bins: ['621700', '622700', '623668'], len: 19 },
  { name: '中国银行', short: '中行', bins: ['621661', '621785', '621790'], len: 19 },
  { name: '招商银行', short: '招行', bins: ['621483', '622588', '622609'], len: 16 },
  { name: '交通银行', short: '交行', bins: ['622260', '622262'], len: 19 },
  { name: '中国邮政储蓄银行', short: '邮储', bins: ['621799', '622188', '621098'], len: 19 },
  { name: '兴业银行', short: '兴业', bins: ['622909'], len: 18 },
  { name: '平安银行', short: '平安', bins: ['623058'], len: 19 },
  { name: '浦发银行', short: '浦发', bins: ['622521'], len: 16 },
  { name: '农村商业银行', short: '农商行', bins: ['623091', '621067'], len: 19 },
];
const BANK_W = BANKS.map((b, i) => [b, [5, 6, 6, 4, 4, 2, 5, 1, 1, 1, 3][i]]);
function makeCard(bank) {
  return uniq(() => { const b = pick(bank.bins) + digits(bank.len - 7); return b + luhnDigit(b); });
}
function badLuhnCard(bank) {
  for (;;) { const b = pick(bank.bins) + digits(bank.len - 6); if (!luhnOk(b)) return b; }
}
const DOMAINS = [['qq.com', 30], ['163.com', 22], ['126.com', 8], ['foxmail.com', 4], ['sina.com', 4], ['139.com', 4], ['outlook.com', 4],
  ['gmail.com', 2], ['yeah.net', 2], ['aliyun.com', 2], ['sohu.com', 2], ['189.cn', 2], ['hotmail.com', 2]];
const EN = ['lily', 'amy', 'coco', 'tina', 'grace', 'sunny', 'vivian', 'kevin', 'jack', 'tony', 'leo', 'emma', 'cindy', 'helen', 'jason', 'eric'];
function makeEmail(p) {
  return uniq(() => {
    const dom = wpick(DOMAINS);
    const [sp, gp] = p.py; const yr = String(p.birth[0]);
    if (dom === 'qq.com' && chance(0.6)) return ri(2, 9) + digits(ri(7, 9)) + '@qq.com';
    if ((dom === '139.com' || dom === '189.cn') && chance(0.7)) return p.mobile + '@' + dom;
    const ini = sp[0] + (gp ? gp[0] : '');
    const local = pick([
      () => sp + gp, () => sp + gp + yr.slice(2), () => sp + '.' + gp, () => gp + sp, () => sp + gp + yr,
      () => ini + pad(p.birth[1], 2) + pad(p.birth[2], 2), () => pick(EN) + '_' + sp, () => pick(EN) + sp + ri(1, 99),
      () => sp + '_' + gp + ri(1, 999), () => ini + digits(ri(3, 6)).replace(/^0/, '8'),
    ])();
    return local + '@' + dom;
  });
}
function makeQQ() { return ri(2, 9) + digits(ri(7, 9)); }

let PERSONS = 0;
function person(opt = {}) {
  PERSONS++;
  const g = opt.g || (chance(opt.female ?? 0.64) ? 'F' : 'M');
  const nm = makeName(g);
  const birth = makeBirth(opt.lo, opt.hi);
  const p = { g, ...nm, birth, mobile: makeMobile() };
  p.sex = g === 'F' ? '女' : '男';
  p.getId = () => (p.id ||= makeId(birth, g));
  p.getLegacy = () => { if (!p.legacy) { const b2 = [ri(1950, 1979), birth[1], birth[2]]; p.birth = b2; p.legacy = makeLegacy(b2, g); p.id = upgrade15(p.legacy); } return p.legacy; };
  p.getBank = () => (p.bank ||= wpick(BANK_W));
  p.getCard = () => (p.card ||= makeCard(p.getBank()));
  p.getEmail = () => (p.email ||= makeEmail(p));
  return p;
}

// ---------------------------------------------------------------- written forms
function fmtMob(m, style) {
  const s344 = `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
  switch (style) {
    case 's344': return s344;
    case 'd344': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case 'p86': return '+86' + m;
    case 'p86s': return '+86 ' + s344;
    case 'p86d': return '+86-' + m;
    case '0086': return '0086 ' + m;
    case 'paren86': return '(+86)' + m;
    case '86': return '86' + m;
    case 'fw': return fw(m);
    case 'fws': return fw(s344);
    default: return m;
  }
}
const MOBSTYLE_CHAT = [['plain', 70], ['s344', 12], ['d344', 5], ['fw', 5], ['p86', 3], ['p86s', 3], ['fws', 2]];
const MOBSTYLE_FORM = [['plain', 75], ['s344', 12], ['d344', 6], ['p86s', 3], ['paren86', 2], ['0086', 2]];
function fmtId(id, style) {
  switch (style) {
    case 'lx': return id.replace('X', 'x');
    case 'sp': return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 'fw': return fw(id);
    default: return id;
  }
}
function fmtCard(c, style) {
  const g4 = c.replace(/(\d{4})(?=\d)/g, '$1 ');
  switch (style) {
    case 'g4': return g4;
    case 'd4': return c.replace(/(\d{4})(?=\d)/g, '$1-');
    case 'nl': { const parts = g4.split(' '); const k = ri(2, parts.length - 1); return parts.slice(0, k).join(' ') + '\n' + parts.slice(k).join(' '); }
    case 'fw': return fw(g4);
    default: return c;
  }
}
function maskMob(m, st = 0) { return st === 1 ? m.slice(0, 3) + 'xxxx' + m.slice(7) : st === 2 ? m.slice(0, 3) + '*****' + m.slice(8) : m.slice(0, 3) + '****' + m.slice(7); }
function maskId(id) { return chance(0.5) ? id.slice(0, 6) + '********' + id.slice(14) : id.slice(0, 3) + '*'.repeat(11) + id.slice(14); }
function maskCard(c) { return chance(0.5) ? c.slice(0, 4) + ' **** **** ' + c.slice(-4) : c.slice(0, 6) + '*'.repeat(c.length - 10) + c.slice(-4); }
function maskName(n) { return n.length <= 2 ? n[0] + '*' : n[0] + '*'.repeat(n.length - 1); }

// ---------------------------------------------------------------- places
const USCC_REG = { 杭州市: '330106', 长沙市: '430104', 成都市: '510107', 武汉市: '420111', 广州市: '440106', 南京市: '320106', 上海市: '310115', 北京市: '110105', 郑州市: '410105', 西安市: '610113', 苏州市: '320505', 兰州市: '620102', 青岛市: '370202' };
const CITIES = [
  { city: '杭州市', prov: '浙江省', plate: '浙A', area: '0571', ll: 8, dists: ['西湖区', '拱墅区', '滨江区', '余杭区', '上城区'], roads: ['文三路', '古墩路', '莫干山路', '江南大道', '丰潭路', '天目山路'] },
  { city: '长沙市', prov: '湖南省', plate: '湘A', area: '0731', ll: 8, dists: ['岳麓区', '雨花区', '开福区', '天心区', '芙蓉区'], roads: ['麓山南路', '韶山中路', '劳动东路', '五一大道', '芙蓉中路'] },
  { city: '成都市', prov: '四川省', plate: '川A', area: '028', ll: 8, dists: ['武侯区', '锦江区', '成华区', '金牛区', '青羊区'], roads: ['科华北路', '人民南路', '建设路', '蜀汉路', '光华大道'] },
  { city: '武汉市', prov: '湖北省', plate: '鄂A', area: '027', ll: 8, dists: ['洪山区', '武昌区', '江汉区', '汉阳区', '青山区'], roads: ['珞喻路', '中北路', '建设大道', '汉阳大道', '和平大道'] },
  { city: '广州市', prov: '广东省', plate: '粤A', area: '020', ll: 8, dists: ['天河区', '海珠区', '白云区', '番禺区', '越秀区'], roads: ['天河路', '江南大道中', '广州大道北', '市桥路', '东风东路'] },
  { city: '南京市', prov: '江苏省', plate: '苏A', area: '025', ll: 8, dists: ['鼓楼区', '玄武区', '建邺区', '江宁区', '栖霞区'], roads: ['中山北路', '北京东路', '江东中路', '双龙大道', '迈皋桥路'] },
  { city: '上海市', prov: '', plate: '沪B', area: '021', ll: 8, dists: ['浦东新区', '闵行区', '徐汇区', '杨浦区', '宝山区'], roads: ['张杨路', '七莘路', '漕溪北路', '国权路', '共和新路'] },
  { city: '北京市', prov: '', plate: '京Q', area: '010', ll: 8, dists: ['朝阳区', '海淀区', '丰台区', '昌平区', '通州区'], roads: ['朝阳北路', '学院路', '丰台北路', '回龙观西大街', '新华大街'] },
  { city: '郑州市', prov: '河南省', plate: '豫A', area: '0371', ll: 8, dists: ['金水区', '中原区', '二七区', '管城回族区', '惠济区'], roads: ['花园路', '建设西路', '大学路', '紫荆山路', '天河路'] },
  { city: '西安市', prov: '陕西省', plate: '陕A', area: '029', ll: 8, dists: ['雁塔区', '碑林区', '未央区', '长安区', '莲湖区'], roads: ['小寨西路', '含光路', '凤城八路', '韦曲南街', '劳动路'] },
  { city: '苏州市', prov: '江苏省', plate: '苏E', area: '0512', ll: 8, dists: ['姑苏区', '吴中区', '相城区', '虎丘区', '吴江区'], roads: ['干将路', '东吴北路', '人民路', '长江路', '松陵大道'] },
  { city: '兰州市', prov: '甘肃省', plate: '甘A', area: '0931', ll: 7, dists: ['城关区', '七里河区', '安宁区', '西固区'], roads: ['东岗西路', '西津西路', '安宁西路', '庆阳路'] },
  { city: '青岛市', prov: '山东省', plate: '鲁B', area: '0532', ll: 8, dists: ['市南区', '市北区', '李沧区', '崂山区', '黄岛区'], roads: ['香港中路', '延吉路', '书院路', '海尔路', '长江中路'] },
];
const COMM_A = ['翠苑', '金色', '阳光', '幸福', '和平', '锦绣', '绿城', '万科', '保利', '龙湖', '碧桂园', '东方', '华府', '御景', '滨江', '名都', '星河', '紫金', '世纪', '书香', '金地', '融创', '中海', '桃源'];
const COMM_B = ['家园', '花园', '小区', '新村', '华庭', '雅苑', '一区', '二期', '名邸', '城', '公馆', '里'];
function community() { for (;;) { const a = pick(COMM_A), b = pick(COMM_B); if (a.endsWith('城') && b === '城') continue; return a + b; } }
function room(st) {
  switch (st ?? ri(0, 4)) {
    case 0: return `${ri(1, 28)}栋${ri(1, 32)}${pad(ri(1, 4), 2)}`;
    case 1: return `${ri(1, 18)}-${ri(1, 4)}-${ri(1, 30)}${pad(ri(1, 3), 2)}`;
    case 2: return `${ri(1, 20)}幢${ri(1, 3)}单元${ri(1, 18)}0${ri(1, 4)}`;
    case 3: return `${ri(1, 16)}号楼${ri(1, 4)}单元${ri(2, 26)}0${ri(1, 2)}`;
    default: return `${ri(1, 30)}-${ri(1, 33)}${pad(ri(1, 6), 2)}`;
  }
}
function address(c, comm, rm) {
  return `${c.prov}${c.city}${pick(c.dists)}${pick(c.roads)}${ri(1, 999)}号${comm || community()}${rm ?? room()}`;
}
function makeLandline(c) { return uniq(() => c.area + ri(2, 8) + digits(c.ll - 1)); }
function fmtLandline(n, c) {
  const a = c.area, s = n.slice(a.length);
  return pick([`${a}-${s}`, `${a}-${s}`, `(${a})${s}`, `${a} ${s.slice(0, 4)} ${s.slice(4)}`, `（${a}）${s}`, `${a}${s}`]);
}

// ---------------------------------------------------------------- dates, decoy numbers
const DAY0 = Date.UTC(2024, 2, 1);
function docDate() { const t = new Date(DAY0 + ri(0, 118) * 86400000); return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()]; }
function addDays([y, m, d], k) { const t = new Date(Date.UTC(y, m - 1, d) + k * 86400000); return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()]; }
const dISO = ([y, m, d]) => `${y}-${pad(m, 2)}-${pad(d, 2)}`;
const dCN = ([y, m, d]) => `${y}年${m}月${d}日`;
const dMD = ([, m, d]) => `${m}月${d}日`;
const dCompact = ([y, m, d]) => `${y}${pad(m, 2)}${pad(d, 2)}`;
const WEEK = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const weekday = ([y, m, d]) => WEEK[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
const hms = () => `${pad(ri(6, 22), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`;
const money = (x) => (Math.round(x * 100) / 100).toFixed(2);
function tsMs(date) { return String(Date.UTC(date[0], date[1] - 1, date[2]) - 8 * 3600000 + ri(6 * 3600, 22 * 3600) * 1000 + ri(0, 999)); }

function noLuhn(s) { if (!luhnOk(s)) return s; const last = (Number(s[s.length - 1]) + ri(1, 9)) % 10; return s.slice(0, -1) + last; }
function orderNo(date, style) {
  switch (style ?? ri(0, 2)) {
    case 0: return noLuhn(dCompact(date).slice(2) + digits(13));                // 19 digits, Luhn-fail
    case 1: { for (;;) { const s = dCompact(date) + digits(10); if (usccCheck(s.slice(0, 17)) !== s[17] && !luhnOk(s)) return s; } } // 18 digits
    default: return 'DD' + noLuhn(dCompact(date) + digits(8));
  }
}
function groupNo(date) { return pick(['GB', 'TG', 'KT']) + dCompact(date) + pick(['', '-']) + pad(ri(1, 299), 3); }
function pickupCode() { return pick([() => `${ri(1, 30)}-${ri(1, 6)}-${pad(ri(1, 9999), 4)}`, () => `${pick('ABCDEFGH'.split(''))}${ri(1, 9)}-${pad(ri(1, 999), 3)}`, () => `${ri(100000, 999999)}`])(); }
const CARRIER_TRK = { '顺丰速运': () => 'SF' + ri(1, 9) + digits(12), '圆通速递': () => 'YT' + ri(7, 9) + digits(12), '极兔速递': () => 'JT' + ri(1, 5) + digits(12),
  '中通快递': () => pick(['75', '78', '73']) + digits(12), '韵达快递': () => pick(['43', '46', '31']) + digits(11), '京东物流': () => 'JDX0' + digits(11) };
function tracking(carrier) {
  if (carrier && CARRIER_TRK[carrier]) return CARRIER_TRK[carrier]();
  return pick([
    () => 'SF' + ri(1, 9) + digits(12), () => 'YT' + ri(7, 9) + digits(12), () => 'JT' + ri(1, 5) + digits(12),
    () => '75' + digits(12), () => '73' + digits(11), () => 'JDX0' + digits(11), () => '9' + digits(11) + '8',
  ])();
}
function wxTxn(date) { return '42000' + ri(10000, 29999) + dCompact(date) + digits(10); }
function aliTrade(date) { return dCompact(date) + '2200' + ri(1, 9) + digits(15); }
function aliUid() { return noLuhn('2088' + digits(12)); }
function corpAccount() { return noLuhn(pick(['1202', '3301', '1925', '4405', '5101', '3100', '1101']) + digits(pick([15, 15, 16]))); }
function refundNo(date) { return pick(['TK', 'RF', 'R']) + dCompact(date) + digits(6); }
function plate(c) { return c.plate + pick(['·', '', ' ']) + pick('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'.split('')) + digits(1) + pick('ABCDEFGHJK0123456789'.split('')) + digits(2); }
function hex(n) { for (;;) { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[ri(0, 15)]; if (!/\d{8}/.test(s)) return s; } }
function uuid() { return `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`; }
function ean13() { const b = '69' + digits(10); let s = 0; for (let i = 0; i < 12; i++) s += Number(b[i]) * (i % 2 ? 3 : 1); return b + ((10 - (s % 10)) % 10); }
function badCheckId(p) { const id = p ? p.getId() : makeId(makeBirth(), 'F'); for (;;) { const c = pick('0123456789X'.replace(id[17], '').split('')); const s = id.slice(0, 17) + c; if (!luhnOk(s.replace(/X$/, ''))) return s; } }
function badDateId() {
  for (;;) {
    const y = ri(1960, 1999); const [m, d] = pick([[2, 30], [2, 31], [13, ri(1, 28)], [ri(1, 12), 0], [4, 31], [6, 31], [0, ri(1, 28)], [2, 29]]);
    if (realDate(y, m, d)) continue;
    const b = pick(REGIONS) + y + pad(m, 2) + pad(d, 2) + digits(3); if (luhnOk((b + idCheck(b)).replace(/X$/, ''))) continue; return b + idCheck(b);
  }
}
function badRegionId() { for (;;) { const b = pick(['000000', '990102', '201203', '550101', '770302', '380104', '090105']) + dCompact(makeBirth()) + digits(3); const s = b + idCheck(b); if (!luhnOk(s.replace(/X$/, ''))) return s; } }
function futureId() { for (;;) { const b = pick(REGIONS) + ri(2026, 2035) + pad(ri(1, 12), 2) + pad(ri(1, 28), 2) + digits(3); const s = b + idCheck(b); if (!luhnOk(s.replace(/X$/, ''))) return s; } }
function unallocMobile() { return chance(0.15) ? '174' + ri(6, 9) + digits(7) : pick(UNALLOC) + digits(8); }

// ---------------------------------------------------------------- tables
function dispW(s) { let w = 0; for (const ch of s) w += /[\u1100-\uFFFF]/.test(ch) && !/[\uFF61-\uFF9F]/.test(ch) ? 2 : 1; return w; }
function padR(s, w) { return s + ' '.repeat(Math.max(1, w - dispW(s))); }
function csvCell(s) { s = String(s); return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }
const csv = (rows) => rows.map((r) => r.map(csvCell).join(',')).join('\n');
const tsv = (rows) => rows.map((r) => r.join('\t')).join('\n');
function pipe(rows, outer = true) {
  const lines = rows.map((r) => (outer ? '| ' : '') + r.join(' | ') + (outer ? ' |' : ''));
  lines.splice(1, 0, (outer ? '|' : '') + rows[0].map(() => '---').join('|') + (outer ? '|' : ''));
  return lines.join('\n');
}
function fixed(rows) {
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => dispW(String(r[i] ?? '')))) + 2);
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? String(c) : padR(String(c), w[i]))).join('').trimEnd()).join('\n');
}
// name aligned for paper forms: 2-char names get a full-width space in the middle
const alignName = (n) => (n.length === 2 && chance(0.5) ? n[0] + '\u3000' + n[1] : n);

// ---------------------------------------------------------------- document builder
class Doc {
  constructor(kind) { this.kind = kind; this.entities = []; this.dontCare = []; this.decoys = []; }
  E(det, val) { this.entities.push({ detector: det, value: val }); return val; }
  D(det, val) { this.dontCare.push({ detector: det, value: val }); return val; }
  X(kind, text) { text = String(text); this.decoys.push({ kind, text }); return text; }
  name(n) { this.E('person_name_zh', n.replace(/\s/g, '')); return n; }
  nameDC(n) { this.D('person_name_zh', n.replace(/\s/g, '')); return n; }
  mob(m, style) { this.E('cn_mobile', m); return fmtMob(m, style ?? wpick(MOBSTYLE_FORM)); }
  id(id, style) { this.E('cn_resident_id', id); return fmtId(id, style ?? wpick([['plain', 85], ['lx', 6], ['sp', 6], ['fw', 3]])); }
  legacy(p) { this.E('cn_resident_id', upgrade15(p.getLegacy())); return p.getLegacy(); }
  card(c, style) { this.E('bank_card', c); return fmtCard(c, style ?? wpick([['plain', 60], ['g4', 35], ['d4', 5]])); }
  mail(e, upper) {
    this.E('email', e.toLowerCase());
    const m = e.match(/^(\d{11})@(139\.com|189\.cn|wo\.cn)$/); if (m) this.E('cn_mobile', m[1]);
    if (upper ?? chance(0.08)) { const [l, d] = e.split('@'); return l.replace(/^[a-z]/, (c) => c.toUpperCase()) + '@' + d; }
    return e;
  }
  ll(n, c) { this.E('cn_landline', n); return fmtLandline(n, c); }
  uscc(u) { this.E('cn_uscc', u); return u; }
  nick() { return this.X('nickname', pick(NICKS)); }
  prod(p) { const n = typeof p === 'string' ? p : p[0]; if (SURNAMEY_PRODUCTS.includes(n)) this.X('product', n); return n; }
  store(s) { return this.X('store', s ?? pick(STORES)); }
  role(r) { return this.X('role', r ?? pick(ROLES)); }
  commPt(comm) { if (SURNAME_CHARS.has(comm[0])) this.X('pickup_point', comm); return comm; }
  masked(kind, t) { return this.X(kind, t); }
}

// ================================================================ generators
const GEN = {};

// 1. 群接龙 pasted from WeChat -------------------------------------------------
GEN.jielong = () => {
  const d = new Doc('jielong'); const c = pick(CITIES); const date = docDate(); const comm = community();
  const pr = pick(PRODUCTS); const tz = person();
  const arrive = addDays(date, ri(1, 3));
  const L = [];
  L.push(pick(['#接龙', '#接龙', '接龙', '#团购接龙', '【接龙】', '#接龙（团购）']));
  L.push(`${d.prod(pr[0])} ${pr[1]} ¥${pr[2]}`);
  L.push(alt(() => `${d.X('date', dMD(arrive))}${weekday(arrive)}下午到货，${d.commPt(comm)}${pick(['东门', '北门', '南门', '2号门'])}自提`,
    () => `预计${d.X('date', dMD(arrive))}到，到了群里通知，${pick(['自提点', '老地方'])}取货`,
    () => `截团时间${d.X('date', dMD(date))} ${pick(['20:00', '21:00', '22:00'])}，${d.X('date', dMD(arrive))}到货`));
  if (chance(0.6)) L.push(pick(['格式：姓名 楼号房号 份数 电话', '请按格式接龙：名字+房号+份数+手机号', '接龙写清楚房号，方便分货']));
  if (chance(0.45)) L.push(`例 ${d.nameDC('张三')} ${d.X('room', '1栋101')} 1份`);
  L.push('');
  const n = ri(6, 36);
  for (let i = 1; i <= n; i++) {
    const p = person(); const rm = d.X('room', room()); const q = pick(['1份', '2份', '1份', '3份', '1', '2', '+1份', '1箱', '2盒', '加1份']);
    const st = wpick(MOBSTYLE_CHAT);
    const r = rnd(); let line;
    if (r < 0.34) line = `${d.name(p.name)} ${rm} ${q} ${d.mob(p.mobile, st)}`;
    else if (r < 0.44) line = `${rm} ${d.name(p.name)} ${q} ${d.mob(p.mobile, st)}`;
    else if (r < 0.60) line = `${d.nick()} ${rm} ${q}`;
    else if (r < 0.72) line = `${d.nick()} ${rm} ${q} ${d.mob(p.mobile, st)}`;
    else if (r < 0.80) line = `${d.nick()}（${d.name(p.name)}）${rm} ${q} ${d.mob(p.mobile, st)}`;
    else if (r < 0.88) line = `${d.nameDC(p.name)} ${rm} ${q}`;
    else if (r < 0.93) line = `${rm} ${q} ${d.X('phone_tail', '尾号' + p.mobile.slice(7))}`;
    else if (r < 0.95) line = `${d.D('person_name_zh', titled(p.sur))} ${rm} ${q}`;
    else if (r < 0.97) {
      // typo'd phone: a digit missing, or a prefix that does not exist -> not a mobile, name has no valid record
      const bad = chance(0.5) ? d.X('short_mobile', p.mobile.slice(0, 5) + p.mobile.slice(6)) : d.X('unalloc_mobile', unallocMobile());
      line = `${chance(0.5) ? d.nameDC(p.name) : d.nick()} ${rm} ${q} ${bad}`;
    }
    else line = `${d.name(p.name)}${pick(['🌸', '🍀', '😊'])} ${rm} ${q} ${d.mob(p.mobile, st)} ${pick(['已付', '已转', '（已付）', ''])}`;
    L.push(`${i}. ${line}`.trimEnd());
  }
  L.push('');
  const r2 = rnd();
  if (r2 < 0.5) L.push(`有问题找团长${d.name(tz.name)} ${d.mob(tz.mobile, 'plain')}`);
  else if (r2 < 0.75) L.push(`团长：${d.name(tz.name)}  电话：${d.mob(tz.mobile)}`);
  if (chance(0.5)) L.push(pick([`群接龙 已有${n}人参与 点击参与接龙`, `—— 来自「群接龙」小程序，${n}人已参与`, `共${n}单，截团后统一付款`]));
  if (chance(0.3)) L.push(`团购编号：${d.X('group_no', groupNo(date))}`);
  d.text = L.join('\n'); return d;
};

// 2. 团长自提点取货清单 --------------------------------------------------------
GEN.pickup = () => {
  const d = new Doc('pickup'); const c = pick(CITIES); const date = docDate(); const comm = community(); const tz = person();
  const style = ri(0, 2);
  const L = [];
  L.push(`【${d.commPt(comm)}自提点】${d.X('date', dMD(date))}到货 取货清单`);
  L.push(`团长：${d.name(style === 2 ? alignName(tz.name) : tz.name)}　电话：${d.mob(tz.mobile)}`);
  L.push(`自提点地址：${address(c, comm, '')}${pick(['东门', '物业旁', '底商便利店', '快递柜旁'])}`);
  L.push(`取货时间：${d.X('date', dISO(date))} 15:00-20:30，过时请联系团长`);
  L.push('');
  const head = ['序号', '取货人', '手机尾号', '商品', '规格', '数量', '取件码', '签收'];
  const rows = [head];
  const n = ri(8, 30);
  for (let i = 1; i <= n; i++) {
    const p = person(); const pr = pick(PRODUCTS); const r = rnd(); let who;
    if (r < 0.72) who = d.name(style === 2 ? alignName(p.name) : p.name);
    else if (r < 0.84) who = d.nick();
    else if (r < 0.90) who = d.role(pick(['物业代收', '家人代取', '邻居代取', '快递柜']));
    else if (r < 0.95) who = d.masked('masked_name', maskName(p.name));
    else who = d.D('person_name_zh', titled(p.sur));
    const tail = p.mobile.slice(7);
    rows.push([String(i), who, d.X('phone_tail', tail), d.prod(pr[0]), pr[1], String(ri(1, 3)), d.X('pickup_code', pickupCode()), chance(0.3) ? '✓' : '']);
  }
  d.text = L.join('\n') + '\n' + (style === 0 ? pipe(rows) : style === 1 ? tsv(rows) : fixed(rows)) +
    `\n\n共${n}单 ${pick(['请核对后签字', '少货请当天反馈', '未取的明天中午前取走'])}`;
  return d;
};

// 3. platform order export ---------------------------------------------------
GEN.platexport = () => {
  const d = new Doc('platexport'); const c = pick(CITIES); const date = docDate(); const plat = ri(0, 2);
  const tz = person(); const comm = community();
  let rows;
  const n = ri(6, 28);
  if (plat === 0) {
    rows = [['订单编号', '下单时间', '商品名称', '规格', '数量', '实付金额', '收货人', '收货人手机', '自提点', '团长', '订单状态']];
    for (let i = 0; i < n; i++) {
      const p = person(); const pr = pick(PRODUCTS); const q = ri(1, 3);
      const masked = chance(0.55);
      rows.push([d.X('order_no', orderNo(date, 0)), d.X('datetime', `${dISO(date)} ${hms()}`), d.prod(pr[0]), pr[1], q, money(pr[2] * q),
        chance(0.9) ? d.name(p.name) : d.store(),
        masked ? d.masked('masked_mobile', maskMob(p.mobile)) : d.mob(p.mobile, 'plain'),
        d.commPt(comm) + '自提点', d.name(tz.name), pick(['待提货', '已提货', '已完成', '已退款'])]);
    }
    d.text = csv(rows);
  } else if (plat === 1) {
    rows = [['订单号', '商品', '件数', '金额(元)', '收件人', '手机', '收货地址', '网格站', '团长姓名', '团长手机', '备注']];
    for (let i = 0; i < n; i++) {
      const p = person(); const pr = pick(PRODUCTS); const q = ri(1, 4);
      const r = rnd();
      const who = r < 0.85 ? d.name(p.name) : r < 0.93 ? d.nick() : d.D('person_name_zh', p.sur + pick(['先生', '女士', '小姐']));
      const phone = chance(0.35) ? `="${d.mob(p.mobile, 'plain')}"` : chance(0.15) ? d.mob(p.mobile, 'p86d') : d.mob(p.mobile, 'plain');
      rows.push([d.X('order_no', orderNo(date, 1)), d.prod(pr[0]), q, money(pr[2] * q), who, phone, address(c),
        d.X('grid_station', `${pick(c.dists)}${ri(1, 40)}号网格站`), d.name(tz.name), d.mob(tz.mobile, 'plain'),
        alt(() => '', () => '', () => '放门卫', () => '放快递柜', () => '下午送', () => d.X('weekday', pick(WEEK)) + '以后取')]);
    }
    d.text = csv(rows);
  } else {
    rows = [['序号', '订单号', '收货人', '手机', '地址', '商品', '数量', '实付', '配送方式']];
    for (let i = 0; i < n; i++) {
      const p = person(); const pr = pick(PRODUCTS); const q = ri(1, 2);
      rows.push([String(i + 1), d.X('order_no', orderNo(date, 2)), chance(0.92) ? d.name(p.name) : d.role(pick(['物业前台', '门卫室', '代收点'])),
        d.mob(p.mobile, chance(0.2) ? 's344' : 'plain'), address(c, comm), d.prod(pr[0]) + ' ' + pr[1], String(q), '¥' + money(pr[2] * q), pick(['自提', '送货上门', '自提'])]);
    }
    d.text = `导出时间：${dISO(date)} ${hms()}\n团长：${d.name(tz.name)}（${d.mob(tz.mobile)}）\n` + tsv(rows);
  }
  return d;
};

// 4. 快团团 CSV --------------------------------------------------------------
GEN.ktt = () => {
  const d = new Doc('ktt'); const c = pick(CITIES); const date = docDate(); const pr0 = pick(PRODUCTS);
  const rows = [['跟团号', '下单人', '团员备注', '支付时间', '团购标题', '商品', '规格', '数量', '商品金额', '订单金额', '退款金额', '订单状态', '收货人', '联系电话', '省', '市', '区', '详细地址', '物流公司', '物流单号']];
  const title = `【${dMD(date)}】${pr0[0]}${pick(['产地直发', '限时团', '接龙团', '社区团'])}`;
  const n = ri(6, 26);
  for (let i = 1; i <= n; i++) {
    const p = person(); const pr = chance(0.7) ? pr0 : pick(PRODUCTS); const q = ri(1, 3);
    const r = rnd();
    const buyer = r < 0.5 ? d.nick() : r < 0.85 ? d.name(p.name) : (chance(0.5) ? 'A' : '') + d.name(p.name) + pick(['🌸', '-' + room(1), '']);
    const recv = chance(0.85) ? p : person();
    const refund = chance(0.12) ? money(pr[2]) : '0.00';
    const ship = chance(0.5);
    const st = pick(['已发货', '已签收', '待发货', refund !== '0.00' ? '部分退款' : '已签收']);
    rows.push([`#${i}`, buyer, pick(['', '', '', '放门口', '不要打电话，发微信', '周末在家', '老人收']), d.X('datetime', `${dISO(date)} ${hms()}`), title,
      d.prod(pr[0]), pr[1], q, money(pr[2] * q), money(pr[2] * q), refund, st, d.name(recv.name), d.mob(recv.mobile, chance(0.1) ? 'p86' : 'plain'),
      c.prov || c.city, c.city, pick(c.dists), `${pick(c.roads)}${ri(1, 500)}号${community()}${room()}`,
      ...(() => { if (!ship) return ['', '']; const cr = pick(['顺丰速运', '中通快递', '圆通速递', '极兔速递', '京东物流']); return [cr, d.X('tracking_no', tracking(cr))]; })()]);
  }
  d.text = csv(rows);
  if (chance(0.3)) d.text = `快团团-订单导出-${dCompact(date)}${pad(ri(0, 23), 2)}${pad(ri(0, 59), 2)}.csv\n` + d.text;
  return d;
};

// 5. driver route sheet --------------------------------------------------------
GEN.route = () => {
  const d = new Doc('route'); const c = pick(CITIES); const date = docDate(); const drv = person({ g: 'M', lo: 1965, hi: 1995 });
  const plt = plate(c);
  const L = [];
  L.push(`${pick(['邻里优选', '家门口优选', '社区鲜到家', '小区好物'])} ${c.city.replace('市', '')}中心仓  配送路线单`);
  L.push(`配送日期：${d.X('date', dISO(date))}    线路：${d.X('route_code', pick(['A', 'B', 'C', 'D']) + pad(ri(1, 30), 2))}（${pick(c.dists)}线）    车牌：${d.X('plate', plt)}`);
  const legacy = chance(0.12);
  L.push(`司机：${d.name(drv.name)}    手机：${d.mob(drv.mobile)}    身份证：${legacy ? d.legacy(drv) : d.id(drv.getId())}`);
  if (chance(0.5)) L.push(`跟车：${d.D('person_name_zh', SURN[ri(0, 40)][0] + '师傅')}    出仓时间：05:${pad(ri(10, 50), 2)}`);
  L.push('-'.repeat(72));
  const rows = [['站序', '自提点', '团长', '联系电话', '框数', '件数', '签收']];
  const n = ri(5, 16);
  for (let i = 1; i <= n; i++) {
    const p = person(); const comm = community(); const r = rnd();
    const pt = r < 0.6 ? d.commPt(comm) + pick(['东门', '北门', '南门', '']) + '自提点' : d.store();
    const who = r < 0.9 ? d.name(alignName(p.name)) : d.role('店长');
    rows.push([pad(i, 2), pt, who, d.mob(p.mobile, chance(0.15) ? 's344' : 'plain'), String(ri(1, 8)), String(ri(10, 90)), '']);
  }
  L.push(fixed(rows));
  L.push('-'.repeat(72));
  L.push(`调度：${d.name(person().name)}  调度电话：${d.ll(makeLandline(c), c)}   客服热线：${d.X('hotline', pick(['400-' + ri(600, 899) + '-' + digits(4), '400' + ri(600, 899) + digits(4)]))}`);
  L.push('注：缺货、破损当场拍照，回仓登记。');
  d.text = L.join('\n'); return d;
};

// 6. refund list ---------------------------------------------------------------
GEN.refund = () => {
  const d = new Doc('refund'); const date = docDate();
  const rows = [['退款单号', '原订单号', '用户昵称', '收款人', '手机号', '退款金额', '退款方式', '收款账户', '开户行', '退款原因', '状态']];
  const n = ri(5, 18);
  for (let i = 0; i < n; i++) {
    const p = person(); const pr = pick(PRODUCTS);
    const nick = chance(0.6) ? d.nick() : d.name(p.name);
    const way = wpick([['原路退回', 3], ['支付宝', 3], ['银行卡', 4], ['微信零钱', 1]]);
    let acct = '-', bank = '-', status = pick(['已退款', '已退款', '处理中', '待审核']);
    if (way === '支付宝') {
      const r = rnd();
      if (r < 0.45) acct = d.mob(p.mobile, 'plain');
      else if (r < 0.85) acct = d.mail(p.getEmail());
      else acct = d.masked('masked_mobile', maskMob(p.mobile));
    } else if (way === '银行卡') {
      const b = p.getBank(); bank = b.name + pick(['', '', c0(b)]);
      if (chance(0.08)) { acct = d.D('bank_card', badLuhnCard(b)); status = '退款失败-卡号有误'; }
      else acct = d.card(p.getCard(), chance(0.4) ? 'g4' : 'plain');
    } else if (way === '原路退回') acct = d.X('wxpay_txn', wxTxn(date));
    rows.push([d.X('refund_no', refundNo(date)), d.X('order_no', orderNo(date)), nick, d.name(p.name), d.mob(p.mobile, 'plain'),
      d.X('amount', money(pr[2] * ri(1, 2) * pick([1, 0.5, 0.3]))), way, acct, bank, `${d.prod(pr[0])}${pick(['坏果', '少发', '漏发', '压坏', '不新鲜', '重量不足'])}`, status]);
  }
  d.text = `${d.X('date', dISO(date))} 售后退款明细（财务打款用）\n` + tsv(rows) + `\n合计：${n}笔`;
  if (chance(0.5)) d.text += `\n制表：${d.name(person().name)}  复核：${d.name(person().name)}`;
  return d;
};
function c0(b) { return b.short === '农商行' ? '' : pick(['杭州分行', '文三路支行', '城东支行', '营业部']); }

// 7. 团长 commission payout ------------------------------------------------------
GEN.commission = () => {
  const d = new Doc('commission'); const c = pick(CITIES); const date = docDate();
  const lay = ri(0, 2);
  const head = ['团长编号', '团长姓名', '身份证号', '手机号', '开户银行', '银行卡号', '销售额', '佣金比例', '应发佣金', '代扣个税', '实发金额', '备注'];
  const rows = [head];
  const n = ri(5, 16); let tot = 0;
  for (let i = 0; i < n; i++) {
    const p = person({ lo: 1960, hi: 1998 });
    const gmv = ri(3000, 60000) + ri(0, 99) / 100; const rate = pick([0.08, 0.1, 0.12, 0.15]); const com = gmv * rate; const tax = com > 800 ? (com - 800) * 0.2 * 0.7 : 0; tot += com - tax;
    const useLegacy = chance(0.05);
    const idw = useLegacy ? d.legacy(p) : d.id(p.getId(), wpick([['plain', 85], ['lx', 10], ['sp', 5]]));
    const b = p.getBank();
    let cardw, note = '';
    const r = rnd();
    if (r < 0.05) { cardw = d.X('excel_sci', (Number(p.getCard()) / 10 ** (p.getCard().length - 1)).toFixed(5) + 'E+' + (p.getCard().length - 1)); note = '卡号格式错误，待补'; }
    else cardw = d.card(p.getCard(), lay === 1 ? 'plain' : wpick([['plain', 6], ['g4', 4]]));
    rows.push([d.X('leader_id', 'T' + c.area.slice(1) + pad(ri(1, 9999), 4)), d.name(p.name), idw, d.mob(p.mobile, 'plain'), b.name + pick(['', c.city.replace('市', '') + '分行']), cardw,
      d.X('amount', money(gmv)), Math.round(rate * 100) + '%', money(com), money(tax), d.X('amount', money(com - tax)), note || pick(['', '', '', '新团长', '补发上期']) ]);
  }
  const title = `${c.city.replace('市', '')}区域 团长佣金结算表（${date[0]}年${date[1]}月第${ri(1, 4)}期）`;
  const period = `结算周期：${d.X('date', dISO(addDays(date, -6)))} 至 ${d.X('date', dISO(date))}`;
  const foot = `合计实发：${money(tot)}元\n制表：${d.name(alignName(person().name))}　审核：${d.name(person().name)}　日期：${dISO(addDays(date, 2))}`;
  let body;
  if (lay === 0) body = csv(rows);
  else if (lay === 1) body = pipe(rows);
  else {
    // PDF-extracted: one field per line groups, card numbers broken over lines
    body = rows.slice(1).map((r, i) => `${i + 1}  ${r[0]}  ${r[1]}\n身份证 ${r[2]}  手机 ${r[3]}\n${r[4]} ${r[5].length > 15 && /^\d+$/.test(r[5]) ? fmtCard(r[5], 'nl') : r[5]}\n销售额 ${r[6]}  比例 ${r[7]}  佣金 ${r[8]}  个税 ${r[9]}  实发 ${r[10]} ${r[11]}`).join('\n\n');
  }
  d.text = `${title}\n${period}\n\n${body}\n\n${foot}`;
  return d;
};

// 8. complaint chat -------------------------------------------------------------
GEN.complaint = () => {
  const d = new Doc('complaint'); const date = docDate(); const pr = pick(PRODUCTS);
  const cu = person(); const agent = pick(['客服-小橙', '客服小美', '售后-阿杰', '客服06号', '小鲜客服']);
  d.X('agent_nick', agent);
  const disp = chance(0.55) ? d.nick() : d.nameDC(cu.name);
  const tz = person();
  let t = ri(8 * 3600, 21 * 3600);
  const ts = () => { t += ri(20, 400); return `${dISO(date)} ${pad(Math.floor(t / 3600), 2)}:${pad(Math.floor(t / 60) % 60, 2)}:${pad(t % 60, 2)}`; };
  const L = [];
  L.push(alt(() => `【投诉处理记录】工单号：${d.X('ticket_no', 'TS' + dCompact(date) + pad(ri(1, 999), 4))}`, () => `聊天记录导出（${d.X('date', dISO(date))}）`, () => `与「${disp}」的聊天记录`));
  L.push(`${ts()} ${disp}：${pick(['昨天买的', '今天拿到的', '前天团的'])}${d.prod(pr[0])}${pick(['烂了一半', '少了一份', '全是压坏的', '发错规格了', '有股怪味'])}，${pick(['怎么处理', '你们看着办', '太离谱了', '要求退款'])}`);
  L.push(`${ts()} ${agent}：亲，非常抱歉给您带来不好的体验，麻烦提供一下订单号、收货人和照片哦`);
  const on = d.X('order_no', orderNo(date));
  const r = rnd();
  const recvLab = pick(['收货人', '收件人', '姓名', '下单人']);
  if (r < 0.5) L.push(`${ts()} ${disp}：订单号 ${on}，${recvLab}${pick(['', '：', ' '])}${d.name(cu.name)}，电话${d.mob(cu.mobile, wpick(MOBSTYLE_CHAT))}`);
  else { L.push(`${ts()} ${disp}：${on}`); L.push(`${ts()} ${disp}：${recvLab}：${d.name(cu.name)} ${d.mob(cu.mobile, wpick(MOBSTYLE_CHAT))}`); }
  L.push(`${ts()} ${disp}：[图片]`);
  L.push(`${ts()} ${disp}：${alt(() => `上次跟团长${d.nameDC(tz.name)}说过一次了，没人管`, () => `@${d.nameDC(tz.name)} 团长你也看看`, () => '群里好几个人都这样', () => `${d.D('person_name_zh', titled(tz.sur))}说找你们客服`)}`);
  L.push(`${ts()} ${agent}：收到，核实了确实有问题，给您${pick(['全额退款', '退一半', '退差价'])}，请问退到哪里？`);
  const way = rnd();
  if (way < 0.35) {
    L.push(`${ts()} ${disp}：退支付宝吧 ${d.mail(cu.getEmail())} 实名${d.name(cu.name)}`);
  } else if (way < 0.55) {
    L.push(`${ts()} ${disp}：支付宝就是这个手机号，${pick(['实名', '名字'])}${d.name(cu.name)}`);
  } else if (way < 0.8) {
    const b = cu.getBank();
    L.push(`${ts()} ${disp}：银行卡吧，${b.short}`);
    L.push(`${ts()} ${disp}：${d.card(cu.getCard(), wpick([['plain', 5], ['g4', 5]]))} 户名${d.name(cu.name)}`);
  } else L.push(`${ts()} ${disp}：原路退回就行`);
  L.push(`${ts()} ${agent}：好的，已提交，${pick(['1-3个工作日到账', '24小时内处理', '今天会到账'])}，退款单号${d.X('refund_no', refundNo(date))}`);
  if (chance(0.5)) L.push(`${ts()} ${disp}：${pick(['好吧', '下次注意点', '行，谢谢', '嗯'])}`);
  if (chance(0.3)) L.push(`${ts()} ${agent}：给您补偿一张5元无门槛券，券码${d.X('coupon', pick(['YH', 'QX', 'CP']) + hex(8).toUpperCase())}`);
  d.text = L.join('\n'); return d;
};

// 9. supplier mail ---------------------------------------------------------------
GEN.supplier = () => {
  const d = new Doc('supplier'); const date = docDate(); const c = pick(CITIES); const sc = pick(CITIES);
  const pr = pick(PRODUCTS); const sp = person({ lo: 1970, hi: 1995 }); const buyer = person(); const cc = person();
  const coDom = pick(['guoye', 'nongchan', 'shengxian', 'xianguo', 'food', 'agri']) + pick(['-', '']) + pick(['xj', 'hz', 'ly', 'zq', 'ds', 'gn']) + pick(['.com', '.cn', '.com.cn']);
  const comp = sc.city.replace('市', '') + pick(['鲜果', '绿源', '山里红', '农家乐', '丰收', '鲜达']) + pick(['果业专业合作社', '农产品有限公司', '食品有限公司', '生鲜供应链有限公司']);
  const spEmail = sp.py[0] + (sp.py[1] || '') + '@' + coDom;
  const ourDom = pick(['linliyouxuan.com', 'jmkyx.cn', 'sqxdj.com']);
  const buyerEmail = buyer.py[0] + '.' + buyer.py[1] + '@' + ourDom;
  const L = [];
  const fromW = d.mail(spEmail);
  const r = rnd();
  L.push(`发件人: ${r < 0.7 ? `"${d.name(sp.name)}" <${fromW}>` : fromW}`);
  L.push(`收件人: ${alt(() => `${d.name(buyer.name)} <${d.mail(buyerEmail)}>`, () => `采购部 <${d.mail('caigou@' + ourDom)}>`)}`);
  if (chance(0.6)) L.push(`抄送: ${d.name(cc.name)} <${d.mail(cc.py[0] + cc.py[1] + '@' + ourDom)}>; ${d.mail('caiwu@' + ourDom)}`);
  L.push(`日期: ${dCN(date)} ${weekday(date).replace('周', '星期')} ${pad(ri(7, 22), 2)}:${pad(ri(0, 59), 2)}`);
  L.push(`主题: ${pick(['回复: ', '', 'Re: ', '转发: '])}${dMD(addDays(date, 2))}${pr[0]}到货及对账`);
  L.push('');
  L.push(`${d.D('person_name_zh', buyer.sur + pick(['经理', '总', '姐', '老师']))}，您好：`);
  L.push('');
  L.push(`${dMD(addDays(date, 2))}的${d.prod(pr[0])}已安排${pick(['冷链', '顺丰', '专车'])}发出，共${ri(80, 600)}件，预计${pick(['早上6点', '凌晨4点', '下午2点'])}前到${c.city.replace('市', '')}仓，产地${d.X('place', pick(PLACES))}直发。跟车的是我们的${d.D('person_name_zh', titled(SURN[ri(0, 50)][0]))}，有问题直接打他电话${d.mob(person().mobile, 'plain')}。`);
  L.push(`上周的坏果问题，${d.nameDC(person().name)}那边已经跟我们对过账，按${pick(['3%', '5%', '8%'])}的损耗扣款，没有问题。`);
  if (chance(0.5)) {
    L.push('');
    L.push(`另附一件代发明细（${pick(['团长', '客户'])}直发订单），请核对：`);
    const rows = [['收件人', '电话', '地址', '数量']];
    for (let i = 0, n = ri(3, 10); i < n; i++) { const p = person(); rows.push([d.name(p.name), d.mob(p.mobile, 'plain'), address(c), `${ri(1, 3)}箱`]); }
    L.push(tsv(rows));
  }
  L.push('');
  L.push('开票信息：');
  const utype = comp.endsWith('合作社') ? '93' : '91';
  const ureg = USCC_REG[sc.city];
  const body = 'MA' + Array.from({ length: 6 }, () => pick('0123456789ABCDEFGHJKLMNPQRTUWXY'.split(''))).join('');
  const s17 = utype + ureg + body + orgCheck(body); const u = s17 + usccCheck(s17);
  L.push(`单位名称：${comp}`);
  L.push(`${pick(['纳税人识别号', '统一社会信用代码', '税号'])}：${d.uscc(u)}`);
  L.push(`开户行及账号：${pick(BANKS).name}${pick(['城关支行', '营业部', '开发区支行'])} ${d.X('corporate_account', corpAccount())}`);
  if (chance(0.6)) L.push(`食品经营许可证：${d.X('license_no', 'JY1' + ureg + digits(7))}`);
  L.push('');
  L.push('--');
  L.push(`${d.name(sp.name)}  ${pick(['销售经理', '业务部', '总经理', '客户经理'])}`);
  L.push(comp);
  const sigR = rnd();
  L.push(`手机/微信：${d.mob(sp.mobile, wpick([['plain', 5], ['s344', 3], ['d344', 2]]))}${sigR < 0.6 ? `  电话：${d.ll(makeLandline(sc), sc)}` : ''}`);
  L.push(`邮箱：${d.mail(spEmail)}`);
  if (chance(0.4)) L.push(`全国服务热线：${d.X('hotline', '400-' + ri(100, 999) + '-' + digits(4))}`);
  d.text = L.join('\n'); return d;
};

// 10. 团长入驻申请表 ----------------------------------------------------------------
GEN.tzapply = () => {
  const d = new Doc('tzapply'); const c = pick(CITIES); const date = docDate();
  const n = chance(0.25) ? ri(2, 4) : 1;
  const asJson = chance(0.25);
  const blocks = [];
  for (let k = 0; k < n; k++) {
    const p = person({ lo: 1962, hi: 2000 }); const comm = community(); const em = person(); const rm = room();
    const b = p.getBank();
    const wxid = chance(0.3) ? p.mobile : (chance(0.5) ? p.py[0] + p.py[1] + '_' + pad(p.birth[1], 2) + pad(p.birth[2], 2) : 'wxid_' + hex(12));
    const [y, m, dd] = p.birth;
    if (asJson) {
      const o = {
        applyNo: d.X('apply_no', 'TZ' + dCompact(date) + pad(ri(1, 999), 4)), name: d.name(p.name), gender: p.sex, idCard: d.id(p.getId(), 'plain'),
        mobile: d.mob(p.mobile, 'plain'), wechat: wxid === p.mobile ? d.mob(wxid, 'plain') : d.X('wechat_id', wxid), nickname: chance(0.7) ? d.nick() : d.name(p.name),
        email: d.mail(p.getEmail(), false), station: { name: d.commPt(comm) + pick(['便利店', '自提点', '快递驿站']), address: address(c, comm, ''), fridge: chance(0.6) },
        bank: { accountName: d.name(p.name), bankName: b.name, cardNo: d.card(p.getCard(), 'plain') }, status: pick(['PENDING', 'APPROVED', 'REJECTED']), submitTime: tsMs(date) - 0,
      };
      d.X('timestamp_ms', String(o.submitTime));
      blocks.push(JSON.stringify(o, null, 2));
      continue;
    }
    const L = [];
    L.push(pick(['社区团长入驻申请表', '团长招募报名登记表', '自提点合作申请']));
    L.push(`申请编号：${d.X('apply_no', 'TZ' + dCompact(date) + '-' + pad(ri(1, 999), 4))}        提交日期：${dISO(date)}`);
    L.push('一、基本信息');
    L.push(`姓名：${d.name(p.name)}          性别：${p.sex}`);
    L.push(`出生日期：${y}年${pad(m, 2)}月${pad(dd, 2)}日`);
    const badId = chance(0.1);
    L.push(`身份证号：${badId ? alt(() => d.X('bad_check_id', badCheckId(p)), () => d.X('bad_date_id', badDateId()), () => d.X('bad_region_id', badRegionId())) : d.id(p.getId())}`);
    L.push(`手机号码：${d.mob(p.mobile)}`);
    L.push(`微信号：${wxid === p.mobile ? d.mob(wxid, 'plain') + '（同手机）' : d.X('wechat_id', wxid)}     微信昵称：${chance(0.7) ? d.nick() : d.name(p.name)}`);
    if (chance(0.85)) L.push(`电子邮箱：${d.mail(p.getEmail())}`);
    L.push(`现住址：${address(c, comm, d.X('room', rm))}`);
    L.push('二、自提点信息');
    L.push(`自提点名称：${chance(0.5) ? d.commPt(comm) + pick(['东门', '北门']) + '自提点' : d.store()}`);
    L.push(`营业时间：${pick(['07:00-21:00', '08:00-22:00', '全天'])}   面积：约${ri(10, 80)}㎡   冷柜：${pick(['有', '无', '有（2台）'])}`);
    L.push(`覆盖户数：约${ri(200, 3000)}户   是否有其他平台团长经验：${pick(['是（美团优选）', '否', '是（兴盛优选）', '做过快团团'])}`);
    L.push('三、收款信息');
    L.push(`开户名：${d.name(p.name)}`);
    L.push(`开户银行：${b.name}${c.city.replace('市', '')}${pick(c.roads)}支行`);
    L.push(`银行卡号：${d.card(p.getCard())}`);
    L.push('四、紧急联系人');
    L.push(`姓名：${d.name(em.name)}   关系：${pick(['配偶', '父亲', '母亲', '子女', '朋友'])}   电话：${d.mob(em.mobile)}`);
    L.push(`审核意见：${badId ? '身份证号码校验不通过，请核对后重新提交。' : pick(['资料齐全，同意入驻。', '身份证照片不清晰，请重新上传。', '自提点位置与现有团长重叠，暂缓。'])}`);
    L.push(`审核人：${d.name(person().name)}    ${dISO(addDays(date, 1))}`);
    blocks.push(L.join('\n'));
  }
  d.text = asJson ? '[\n' + blocks.join(',\n') + '\n]' : blocks.join('\n\n==============================\n\n');
  return d;
};

// 11. 跨境团清关 (JSON / XML / failure notice) ---------------------------------------
GEN.customs = () => {
  const d = new Doc('customs'); const c = pick(CITIES); const date = docDate(); const lay = ri(0, 2);
  const n = ri(4, 14);
  const goods = ['澳洲a2白金奶粉 900g', '日本花王纸尿裤 L54', '韩国雪花秀精华 60ml', '新西兰麦卢卡蜂蜜 500g', '德国爱他美3段 800g', '澳洲Swisse钙片 150粒'];
  if (lay === 0) {
    const orders = [];
    for (let i = 0; i < n; i++) {
      const p = person({ lo: 1970, hi: 2001 }); const same = chance(0.85); const rc = same ? p : person();
      orders.push({ orderNo: d.X('order_no', 'KJ' + dCompact(date).slice(2) + pad(i + 1, 4) + digits(4)), buyerName: d.name(p.name), buyerIdType: '1',
        buyerIdNumber: d.id(p.getId(), chance(0.08) ? 'lx' : 'plain'), buyerTelephone: d.mob(p.mobile, 'plain'), consignee: d.name(rc.name),
        consigneeTelephone: d.mob(rc.mobile, 'plain'), consigneeAddress: address(c), goods: [{ name: pick(goods), qty: ri(1, 3) }],
        logisticsNo: d.X('tracking_no', tracking()), payTransactionId: d.X('wxpay_txn', wxTxn(date)) });
    }
    d.text = JSON.stringify({ batchNo: d.X('batch_no', 'QG' + dCompact(date) + pad(ri(1, 999), 5)), port: pick(['杭州综保区', '宁波保税区', '广州南沙', '郑州新郑综保区']), orders }, null, 2);
  } else if (lay === 1) {
    const L = ['<?xml version="1.0" encoding="UTF-8"?>', `<CEB311Message guid="${d.X('uuid', uuid())}" version="1.0">`];
    for (let i = 0; i < n; i++) {
      const p = person({ lo: 1970, hi: 2001 });
      L.push('  <Order>', '    <OrderHead>',
        `      <orderNo>${d.X('order_no', 'KJ' + noLuhn(dCompact(date) + digits(8)))}</orderNo>`,
        `      <buyerRegNo>${d.X('member_id', 'U' + digits(7))}</buyerRegNo>`,
        `      <buyerName>${d.name(p.name)}</buyerName>`,
        '      <buyerIdType>1</buyerIdType>',
        `      <buyerIdNumber>${d.id(p.getId(), 'plain')}</buyerIdNumber>`,
        `      <buyerTelephone>${d.mob(p.mobile, 'plain')}</buyerTelephone>`,
        `      <consignee>${d.name(p.name)}</consignee>`,
        `      <consigneeTelephone>${d.mob(p.mobile, 'plain')}</consigneeTelephone>`,
        `      <consigneeAddress>${address(c)}</consigneeAddress>`,
        `      <goodsValue>${money(ri(99, 899))}</goodsValue>`, '      <currency>142</currency>',
        '    </OrderHead>', '  </Order>');
    }
    L.push('</CEB311Message>'); d.text = L.join('\n');
  } else {
    const L = [`【清关异常通知】批次 ${d.X('batch_no', 'QG' + dCompact(date) + pad(ri(1, 999), 5))}`,
      `以下订单${pick(['申报被退回', '清关失败', '被海关退单'])}，请团长${pick(['尽快联系团员', '今天内'])}重新提供订购人信息（需与支付人一致）：`, ''];
    const rows = [['序号', '订单号', '订购人', '身份证号', '手机', '失败原因']];
    for (let i = 0; i < n; i++) {
      const p = person({ lo: 1970, hi: 2001 }); const r = rnd(); let idw, why;
      if (r < 0.25) { idw = d.X('bad_check_id', badCheckId(p)); why = '身份证号码校验不通过'; }
      else if (r < 0.35) { idw = d.X('bad_date_id', badDateId()); why = '身份证号码格式错误'; }
      else if (r < 0.42) { idw = d.X('bad_region_id', badRegionId()); why = '身份证号码格式错误'; }
      else if (r < 0.5) { const s = noLuhn(p.getId().slice(0, 17)); idw = d.X('short_id', s); why = '身份证号码位数不足'; }
      else if (r < 0.8) { idw = d.id(p.getId(), 'plain'); why = pick(['订购人姓名与身份证号不一致', '订购人年度额度超限（26000元）', '支付人与订购人不一致']); }
      else { idw = d.masked('masked_id', maskId(p.getId())); why = '身份证号被脱敏，无法申报'; }
      rows.push([String(i + 1), d.X('order_no', 'KJ' + noLuhn(dCompact(date) + digits(8))), d.name(p.name), idw, d.mob(p.mobile, 'plain'), why]);
    }
    L.push(pipe(rows)); L.push('', `跨境客服：${d.name(person().name)} ${d.mob(person().mobile)}`);
    d.text = L.join('\n');
  }
  return d;
};

// 12. SMS send log ------------------------------------------------------------
GEN.sms = () => {
  const d = new Doc('sms'); const date = docDate(); const brand = pick(['邻里优选', '家门口优选', '社区鲜到家', '小区好物']);
  const rows = [['发送时间', '接收号码', '短信内容', '状态', '计费条数']];
  const n = ri(5, 20);
  for (let i = 0; i < n; i++) {
    const p = person(); const comm = community(); const code = () => d.X('pickup_code', pickupCode()); const r = rnd();
    let content;
    if (r < 0.35) content = `【${brand}】您在${d.commPt(comm)}自提点的订单已到货，取件码${code()}，请于今日20:00前凭手机尾号${p.mobile.slice(7)}取货。`;
    else if (r < 0.6) content = `【${brand}】${d.nameDC(p.name)}您好，您购买的${d.prod(pick(PRODUCTS)[0])}已送达${d.commPt(comm)}，取件码${code()}。退订回T`;
    else if (r < 0.8) content = `【${brand}】尊敬的${d.D('person_name_zh', p.sur + pick(['女士', '先生']))}，您的退款${money(ri(5, 120))}元已原路退回，退款单号${d.X('refund_no', refundNo(date))}。`;
    else content = `【${brand}】您的验证码为${d.X('sms_code', String(ri(100000, 999999)))}，5分钟内有效，请勿泄露。`;
    const st = pick(['成功', '成功', '成功', '失败(空号)', '失败(停机)']);
    rows.push([d.X('datetime', `${dISO(date)} ${hms()}`), chance(0.15) ? d.masked('masked_mobile', maskMob(p.mobile, ri(0, 2))) : d.mob(p.mobile, chance(0.2) ? '86' : 'plain'), content, st, '1']);
  }
  if (chance(0.3)) { const u = unallocMobile(); rows.push([`${dISO(date)} ${hms()}`, d.X('unalloc_mobile', u), `【${brand}】您的验证码为${ri(100000, 999999)}，5分钟内有效。`, '失败(号码格式错误)', '0']); }
  d.text = `短信发送记录导出  ${dISO(date)}\n` + csv(rows);
  return d;
};

// 13. OCR of paper sign-off sheets / ID scans ----------------------------------
const OCRL = { '0': 'O', '1': 'l', '8': 'B', '5': 'S', '6': 'b' };
function ocrBreak(s) { const idx = [...s].map((ch, i) => (OCRL[ch] ? i : -1)).filter((i) => i > 2); const i = pick(idx); return s.slice(0, i) + OCRL[s[i]] + s.slice(i + 1); }
GEN.ocr = () => {
  const d = new Doc('ocr'); const date = docDate(); const c = pick(CITIES);
  const L = [`OCR识别结果（置信度0.${ri(71, 96)}）`];
  const mobOcr = (m) => {
    const r = rnd();
    if (r < 0.55) return d.mob(m, 'plain');
    if (r < 0.75) return d.mob(m, pick(['s344', 'fw'])).replace(' ', pick([' ', '  ']));
    if (r < 0.9) { d.D('cn_mobile', m); return ocrBreak(m); }
    d.D('cn_mobile', m); const k = ri(3, 10); return m.slice(0, k) + m.slice(k + 1);
  };
  const nameOcr = (n) => {
    const r = rnd();
    if (r < 0.6) return d.name(n);
    if (r < 0.85) return d.name(n.length === 2 ? n[0] + ' ' + n[1] : n.split('').join(pick([' ', ''])));
    if (n[0] === '张') { d.D('person_name_zh', n); return '弓长' + n.slice(1); }
    return d.name(n);
  };
  if (chance(0.35)) {
    // ID card front + back scan (团长 real-name verification)
    const p = person({ lo: 1960, hi: 2000 }); const id = p.getId(); const [y, m, dd] = p.birth;
    L.push('居民身份证');
    L.push(`姓名 ${nameOcr(p.name)}`);
    L.push(`性别 ${p.sex}  民族 ${pick(['汉', '汉', '汉', '回', '壮', '满'])}`);
    L.push(`出生 ${y} 年 ${m} 月 ${dd} 日`);
    L.push(`住址 ${address(c).replace(/(.{14})/, '$1\n     ')}`);
    const r = rnd(); let idw;
    if (r < 0.55) idw = d.id(id, 'plain');
    else if (r < 0.8) idw = d.id(id, pick(['sp', 'fw', 'lx']));
    else { d.D('cn_resident_id', id); idw = ocrBreak(id); }
    L.push(`公民身份号码 ${idw}`);
    L.push('');
    L.push('中华人民共和国');
    L.push(`签发机关 ${c.city}公安局${pick(c.dists)}分局`);
    const iy = ri(2012, 2023); const age = iy - y;
    L.push(`有效期限 ${d.X('validity', `${iy}.${pad(m, 2)}.${pad(dd, 2)}-${age >= 46 ? '长期' : `${iy + (age < 26 ? 10 : 20)}.${pad(m, 2)}.${pad(dd, 2)}`}`)}`);
    if (chance(0.6)) {
      L.push('', '--- 第2页 银行卡 ---');
      const card = p.getCard(); const r2 = rnd();
      L.push(p.getBank().name.replace('中国', pick(['中国', ''])));
      if (r2 < 0.75) L.push(d.card(card, pick(['g4', 'g4', 'plain'])));
      else { d.D('bank_card', card); L.push(fmtCard(ocrBreak(card), 'g4')); }
      L.push(`${pad(ri(1, 12), 2)}/${ri(26, 33)}   UnionPay 银联`);
    }
  } else {
    const comm = community(); const tz = person();
    L.push(`${pick(['邻里优选', '社区鲜到家'])} 配送签收单`);
    L.push(`No. ${d.X('form_no', pad(ri(1, 9999999), 7))}     日期:${d.X('date', dISO(date).replace(/1/g, (x) => (chance(0.3) ? 'l' : x)))}`);
    L.push(`自提点: ${d.commPt(comm)}${pick(['东门', '北门', ''])}      团长: ${nameOcr(tz.name)}`);
    L.push(`电话: ${mobOcr(tz.mobile)}`);
    L.push('序号  收货人    电话            件数  签字');
    for (let i = 1, n = ri(5, 14); i <= n; i++) {
      const p = person();
      const who = chance(0.88) ? nameOcr(p.name) : d.nick();
      L.push(`${i}   ${who}    ${mobOcr(p.mobile)}    ${ri(1, 4)}    ${pick(['', '', '✓', '已取', '~'])}`);
    }
    L.push(`司机签字: ${pick(['', '(手写，无法识别)', '???'])}    仓库: ${d.X('stamp', pick(['(印章)', '[印]', '邻里优选专用章']))}`);
  }
  d.text = L.join('\n'); return d;
};

// 14. meeting minutes --------------------------------------------------------
GEN.minutes = () => {
  const d = new Doc('minutes'); const date = docDate(); const c = pick(CITIES);
  const ppl = Array.from({ length: ri(4, 9) }, () => person());
  const host = person(); const rec = person();
  const L = [];
  L.push(`${c.city.replace('市', '')}${pick(c.dists)}团长${pick(['周例会', '月度会议', '复盘会'])}纪要`);
  L.push(`时间：${dCN(date)} ${pick(['14:00-15:30', '19:30-21:00', '10:00-11:30'])}`);
  L.push(`地点：${alt(() => c.city.replace('市', '') + '中心仓二楼会议室', () => '腾讯会议 ' + d.X('meeting_id', `${ri(100, 999)} ${ri(100, 999)} ${ri(100, 999)}`), () => d.store() + '二楼')}`);
  L.push(`主持人：${d.name(host.name)}`);
  L.push(`参会人员：${ppl.map((p) => d.name(p.name) + (chance(0.15) ? '（线上）' : '')).join('、')}`);
  L.push(`记录：${d.name(rec.name)}`);
  L.push('');
  L.push('一、上周业绩');
  const a = ppl[0], b = ppl[1 % ppl.length];
  L.push(`1. 全区GMV ${ri(10, 90)}.${ri(0, 9)}万，环比${pick(['+', '-'])}${ri(1, 20)}%；${a.name}团长所在的${d.commPt(community())}自提点排第一。`);
  L.push(`2. ${d.prod(pick(PRODUCTS)[0])}损耗率${ri(3, 12)}%，偏高，${b.name}反馈是司机到得晚、冷链没跟上。`);
  const outsider = person();
  L.push(`3. 客户投诉${ri(2, 15)}起，其中${d.nameDC(outsider.name)}那单（订单号${d.X('order_no', orderNo(date))}）涉及少发，已补发。`);
  L.push('');
  L.push('二、下周安排');
  L.push(`1. ${dMD(addDays(date, ri(2, 6)))}上${d.prod(pick(PRODUCTS)[0])}，预计${ri(300, 2000)}单，团购编号${d.X('group_no', groupNo(date))}。`);
  L.push(`2. 新团长培训由${d.D('person_name_zh', titled(host.sur))}负责，${pick(['周三', '周四', '周五'])}下午。`);
  L.push(`3. 佣金${pick(['周五', '下周一'])}统一打款，卡号有变动的找财务${d.D('person_name_zh', titled(SURN[ri(0, 30)][0]))}。`);
  if (chance(0.5)) { const nt = person(); L.push(`4. 新团长${d.name(nt.name)}（${d.mob(nt.mobile)}）负责${d.commPt(community())}，大家多带带。`); }
  L.push('');
  L.push(`下次会议：${dMD(addDays(date, 7))} 同一时间`);
  d.text = L.join('\n'); return d;
};

// 15. mini-program application logs ------------------------------------------
GEN.applog = () => {
  const d = new Doc('applog'); const date = docDate(); const c = pick(CITIES);
  let t = ri(7 * 3600, 21 * 3600) * 1000;
  const stamp = () => { t += ri(3, 4000); const s = Math.floor(t / 1000); return `${dISO(date)} ${pad(Math.floor(s / 3600), 2)}:${pad(Math.floor(s / 60) % 60, 2)}:${pad(s % 60, 2)}.${pad(t % 1000, 3)}`; };
  const L = [];
  for (let i = 0, n = ri(10, 30); i < n; i++) {
    const svc = pick(['order-svc', 'user-svc', 'pay-svc', 'sms-svc', 'gateway', 'delivery-svc']); const tid = hex(16); const r = rnd();
    const p = person();
    if (r < 0.28) {
      const body = { receiverName: d.name(p.name), receiverPhone: d.mob(p.mobile, 'plain'), address: address(c), stationId: ri(1000, 9999),
        items: [{ sku: 'SKU' + ri(100000, 999999), qty: ri(1, 3) }], ts: Number(d.X('timestamp_ms', tsMs(date))) };
      L.push(`${stamp()} INFO  [order-svc,${tid}] c.l.o.web.OrderController - createOrder uid=${ri(100000, 999999)} groupId=${d.X('group_no', groupNo(date))} body=${JSON.stringify(body)}`);
    } else if (r < 0.4) {
      L.push(`${stamp()} WARN  [sms-svc,${tid}] c.l.s.AliyunSmsSender - send fail phone=${d.masked('masked_mobile', maskMob(p.mobile))} code=isv.BUSINESS_LIMIT_CONTROL`);
    } else if (r < 0.52) {
      L.push(`${stamp()} INFO  [pay-svc,${tid}] c.l.p.WxPayNotify - notify transaction_id=${d.X('wxpay_txn', wxTxn(date))} out_trade_no=${d.X('order_no', orderNo(date, 0))} total_fee=${ri(590, 19900)} result=SUCCESS`);
    } else if (r < 0.64) {
      L.push(`${stamp()} DEBUG [user-svc,${tid}] c.l.u.UserService - bindMobile openid=${d.X('openid', 'oX' + hex(6) + '-' + hex(18))} mobile=${d.mob(p.mobile, pick(['plain', 'p86', 'plain']))} nick=${chance(0.7) ? d.nick() : d.name(p.name)}`);
    } else if (r < 0.72) {
      L.push(`${stamp()} INFO  [user-svc,${tid}] c.l.u.ProfileController - updateProfile uid=${ri(100000, 999999)} {"realName":"${d.name(p.name)}","email":"${d.mail(p.getEmail(), false)}","birthday":"${d.X('birthday', dISO(p.birth).slice(5))}"}`);
    } else if (r < 0.78) {
      const bad = pick([() => d.X('bad_check_id', badCheckId(p)), () => d.X('bad_date_id', badDateId()), () => d.X('future_id', futureId())])();
      L.push(`${stamp()} ERROR [user-svc,${tid}] c.l.u.RealNameService - verify failed: IllegalArgumentException: 身份证号校验失败 idNo=${bad} name=${d.name(p.name)}`);
    } else if (r < 0.86) {
      L.push(`${stamp()} INFO  [gateway,${tid}] GET /static/img/${pick(['banner', 'logo', 'icon-cart', 'tuan'])}@2x.png 200 ${ri(2, 80)}ms`);
      d.X('asset_at', L[L.length - 1].match(/\/static\/img\/(\S+@2x\.png)/)[1]);
    } else if (r < 0.93) {
      L.push(`${stamp()} INFO  [delivery-svc,${tid}] c.l.d.SignService - signed stationId=${ri(1000, 9999)} waybill=${d.X('tracking_no', tracking())} code=${d.X('pickup_code', pickupCode())}`);
    } else {
      L.push(`${stamp()} WARN  [order-svc,${tid}] c.l.o.RefundJob - refund retry orderNo=${d.X('order_no', orderNo(date, 1))} alipayUid=${d.X('alipay_uid', aliUid())} attempt=${ri(1, 3)}`);
    }
  }
  d.text = L.join('\n'); return d;
};

// 16. after-sales register (key-value blocks) ----------------------------------------
GEN.aftersale = () => {
  const d = new Doc('aftersale'); const date = docDate();
  const L = [`=== 售后登记 ${d.X('date', dISO(date))} ===`];
  for (let i = 1, n = ri(3, 9); i <= n; i++) {
    const p = person(); const pr = pick(PRODUCTS); const comm = community(); const staff = person();
    L.push('');
    L.push(`【${i}】`);
    L.push(`售后单号：${d.X('aftersale_no', 'SH' + dCompact(date).slice(2) + pad(ri(1, 9999), 4))}`);
    const r = rnd();
    if (r < 0.5) L.push(`客户：${d.name(p.name)}（微信：${d.nick()}）`);
    else if (r < 0.85) L.push(`客户：${d.name(p.name)}`);
    else L.push(`客户：${d.nick()}（${d.X('room', room())}）`);
    L.push(`电话：${d.mob(p.mobile)}`);
    L.push(`自提点：${d.commPt(comm)}${pick(['东门', '北门', ''])}`);
    L.push(`商品：${d.prod(pr[0])} ${pr[1]} ×${ri(1, 3)}`);
    L.push(`问题：${pick(['到货有压烂，约1/3', '少了一袋', '发成小果了', '保质期只剩3天', '漏液', '重量差了半斤'])}`);
    const w = rnd();
    if (w < 0.5) L.push(`处理：退款${money(pr[2] * pick([0.3, 0.5, 1]))}元，原路退回`);
    else if (w < 0.8) { const b = p.getBank(); L.push(`处理：退款${money(pr[2])}元，退至${b.short}卡 ${d.card(p.getCard())} 户名${d.name(p.name)}`); }
    else L.push(`处理：补发，${dMD(addDays(date, 1))}随车`);
    L.push(`经办：${d.name(staff.name)}`);
  }
  d.text = L.join('\n'); return d;
};

// 17. group notice (mostly decoys) --------------------------------------------
GEN.notice = () => {
  const d = new Doc('notice'); const date = docDate(); const c = pick(CITIES); const comm = community(); const tz = person();
  const ar = addDays(date, 1); const pr = pick(PRODUCTS);
  const L = [];
  L.push(`${d.X('mention', '@所有人')} ${pick(['【到货通知】', '【群公告】', '📢通知'])}`);
  L.push(`明天（${d.X('date', dMD(ar))} ${d.X('weekday', weekday(ar))}）${d.prod(pr[0])}到货，请到${d.commPt(comm)}${pick(['东门', '北门'])}自提点取货，取货时报${d.X('term', '手机尾号')}。`);
  L.push(`取货时间：${pick(['15:00-20:30', '16:00-21:00'])}，当天没取的放${d.role('物业前台')}。`);
  L.push(`本期团购编号：${d.X('group_no', groupNo(date))}  共${ri(40, 300)}单，已全部核对。`);
  L.push(`售后找客服${d.X('agent_nick', pick(['小橙', '小美', '阿杰']))}，${pick(['48小时内', '24小时内'])}拍照反馈。`);
  if (chance(0.6)) L.push(`自提点联系人：${d.store()} ${d.D('person_name_zh', titled(SURN[ri(0, 40)][0]))} ${d.ll(makeLandline(c), c)}`);
  L.push(`团长：${d.name(tz.name)} ${d.mob(tz.mobile, wpick(MOBSTYLE_CHAT))}（微信同号）`);
  if (chance(0.5)) L.push(`平台客服热线 ${d.X('hotline', pick(['95' + ri(100, 999), '400-' + ri(100, 999) + '-' + digits(4)]))}`);
  if (chance(0.4)) L.push(`产地：${d.X('place', pick(PLACES))}  ${pick(['坏果包赔', '不甜包退', '现摘现发'])}`);
  d.text = L.join('\n'); return d;
};

// 18. express waybills (PDF text of electronic waybills) -------------------------
GEN.waybill = () => {
  const d = new Doc('waybill'); const date = docDate(); const c = pick(CITIES); const sc = pick(CITIES);
  const sender = person({ lo: 1970, hi: 1995 }); const comp = pick(COMPANIES); const sAddr = address(sc, '', '') + pick(['', '仓库', '冷库', '分拣中心']);
  const parts = [];
  for (let i = 0, n = ri(2, 8); i < n; i++) {
    const p = person(); const privacy = chance(0.35);
    const carrier = pick(['顺丰速运', '中通快递', '韵达快递', '极兔速递', '圆通速递']);
    const L = [];
    L.push(`${carrier}    ${d.X('tracking_no', tracking(carrier))}`);
    L.push(`寄件人：${d.X('company', comp)} ${d.name(sender.name)} ${d.mob(sender.mobile, 'plain')}`);
    L.push(`寄件地址：${sAddr}`);
    if (privacy) {
      L.push(`收件人：${d.masked('masked_name', maskName(p.name))}  ${d.masked('masked_mobile', maskMob(p.mobile))}`);
      L.push(`收件地址：${c.prov}${c.city}${pick(c.dists)}${'*'.repeat(ri(6, 12))}`);
      const vn = makeMobile(); d.D('cn_mobile', vn); // carrier's privacy relay number: a real mobile, not the customer's
      L.push(`隐私面单 虚拟号：${vn.slice(0, 3)}-${vn.slice(3, 7)}-${vn.slice(7)} 转 ${d.X('extension', String(ri(1000, 9999)))}`);
    } else {
      L.push(`收件人：${d.name(p.name)}  ${d.mob(p.mobile, chance(0.3) ? 's344' : 'plain')}`);
      L.push(`收件地址：${address(c)}`);
    }
    L.push(`托寄物：${d.prod(pick(PRODUCTS)[0])}  数量：${ri(1, 3)}  重量：${ri(1, 12)}kg`);
    L.push(`月结卡号：${d.X('monthly_account', String(ri(1000000000, 9999999999)).replace(/^1/, '5'))}  付款方式：寄付月结`);
    L.push(`打印时间：${dISO(date)} ${hms()}`);
    parts.push(L.join('\n'));
  }
  d.text = parts.join('\n\f\n'); return d;
};

// 19. bank batch payment file (代发) ----------------------------------------------
GEN.bankfile = () => {
  const d = new Doc('bankfile'); const date = docDate(); const lay = ri(0, 1);
  const payer = pick(['杭州邻里优选科技有限公司', '长沙社区鲜到家电子商务有限公司', '成都小区好物网络科技有限公司']);
  const acct = d.X('corporate_account', corpAccount());
  const recs = [];
  let tot = 0;
  for (let i = 0, n = ri(4, 18); i < n; i++) {
    const p = person(); const amt = ri(50, 6000) + ri(0, 99) / 100; tot += amt;
    recs.push([p, amt]);
  }
  const purpose = pick(['团长佣金', '售后退款', '劳务费', '团长奖励金']);
  const L = [];
  if (lay === 0) {
    L.push(`H|${dCompact(date)}|${payer}|${acct}|${recs.length}|${money(tot)}|${purpose}`);
    recs.forEach(([p, amt], i) => { const b = p.getBank(); L.push(`D|${i + 1}|${d.card(p.getCard(), 'plain')}|${d.name(p.name)}|${d.X('amount', money(amt))}|${b.name}|${purpose}`); });
    L.push(`T|${recs.length}|${money(tot)}`);
  } else {
    L.push(`批量代发明细  付款单位：${payer}  付款账号：${acct}  日期：${d.X('date', dISO(date))}`);
    const rows = [['序号', '收款人户名', '收款账号', '开户行', '金额', '用途', '处理结果']];
    recs.forEach(([p, amt], i) => {
      const b = p.getBank(); const r = rnd(); let res = '成功';
      let acw;
      if (r < 0.06) { acw = d.D('bank_card', badLuhnCard(b)); res = '失败：账号不存在'; }
      else { acw = d.card(p.getCard(), pick(['plain', 'g4'])); if (r < 0.12) res = '失败：户名与账号不符'; }
      rows.push([String(i + 1), d.name(p.name), acw, b.name, d.X('amount', money(amt)), purpose, res]);
    });
    L.push(fixed(rows));
    L.push(`合计笔数：${recs.length}   合计金额：${money(tot)}   经办：${d.name(person().name)}   复核：${d.name(person().name)}`);
  }
  d.text = L.join('\n'); return d;
};

// 20. member list (TSV) ------------------------------------------------------------
GEN.members = () => {
  const d = new Doc('members'); const date = docDate();
  const rows = [['会员ID', '微信昵称', '真实姓名', '手机号', '生日', '邮箱', '常用自提点', '累计消费', '注册时间']];
  for (let i = 0, n = ri(6, 24); i < n; i++) {
    const p = person();
    const nk = chance(0.7) ? d.nick() : d.name(p.name);
    const realName = chance(0.9) ? d.name(p.name) : '';
    const em = chance(0.6) ? d.mail(p.getEmail()) : '';
    const reg = addDays(date, -ri(10, 600));
    rows.push([d.X('member_id', 'M' + pad(ri(1, 9999999), 8)), nk, realName, d.mob(p.mobile, 'plain'), d.X('birthday', pad(p.birth[1], 2) + '-' + pad(p.birth[2], 2)), em,
      d.commPt(community()), money(ri(20, 8000)), d.X('datetime', `${dISO(reg)} ${hms()}`)]);
  }
  d.text = tsv(rows); return d;
};

// 21. 团长 notes ------------------------------------------------------------------
GEN.notes = () => {
  const d = new Doc('notes'); const date = docDate();
  const L = [`${date[1]}.${date[2]} ${pick(['备忘', '待办', '记一下', ''])}`.trim()];
  for (let i = 0, n = ri(4, 10); i < n; i++) {
    const p = person(); const pr = pick(PRODUCTS); const r = rnd();
    if (r < 0.18) L.push(`- ${d.D('person_name_zh', titled(p.sur))} ${d.X('room', room())} ${d.prod(pr[0])}退${ri(1, 3)}份 ¥${pr[2]} 已退微信`);
    else if (r < 0.4) L.push(`- ${d.name(p.name)} ${d.mob(p.mobile, wpick(MOBSTYLE_CHAT))} 要开发票 邮箱 ${d.mail(p.getEmail())}`);
    else if (r < 0.55) L.push(`- ${d.X('room', room())} 那家一直没来取 ${d.X('phone_tail', '尾号' + p.mobile.slice(7))} 打电话没人接`);
    else if (r < 0.7) L.push(`- ${d.name(p.name)}${pick(['', '(司机)', '(新团员)'])} ${d.mob(p.mobile, wpick(MOBSTYLE_CHAT))} ${pick(['明早6点到', '要加群', '想做团长，下周约'])}`);
    else if (r < 0.8) L.push(`- 明天${d.X('weekday', pick(WEEK))} 停团一天，${d.prod(pr[0])}改到后天`);
    else if (r < 0.9) { const b = p.getBank(); L.push(`- 给${d.name(p.name)}退差价 ${money(ri(3, 40))} ${b.short} ${d.card(p.getCard(), pick(['plain', 'g4']))}`); }
    else L.push(`- 快递 ${d.X('tracking_no', tracking())} 丢件，找${d.store()}查`);
  }
  d.text = L.join('\n'); return d;
};

// ================================================================ run
const PLAN = [['jielong', 26], ['pickup', 16], ['platexport', 16], ['ktt', 16], ['route', 14], ['refund', 15], ['commission', 16], ['complaint', 15],
  ['supplier', 14], ['tzapply', 18], ['customs', 14], ['sms', 12], ['ocr', 14], ['minutes', 10], ['applog', 14], ['aftersale', 12], ['notice', 10],
  ['waybill', 12], ['bankfile', 12], ['members', 10], ['notes', 12]];

const nfkc = (s) => s.normalize('NFKC');
function finalize(d) {
  const key = (e) => e.detector + '\u0000' + e.value;
  const ents = []; const seen = new Set();
  for (const e of d.entities) if (!seen.has(key(e))) { seen.add(key(e)); ents.push(e); }
  const dc = []; const seenD = new Set();
  for (const e of d.dontCare) if (!seen.has(key(e)) && !seenD.has(key(e))) { seenD.add(key(e)); dc.push(e); }
  const entDigits = ents.filter((e) => e.detector !== 'person_name_zh' && e.detector !== 'email').map((e) => e.value);
  const entNames = ents.concat(dc).filter((e) => e.detector === 'person_name_zh').map((e) => e.value);
  const dec = []; const seenX = new Set();
  for (const x of d.decoys) {
    if (seenX.has(x.text)) continue;
    const digs = nfkc(x.text).replace(/[\s-]/g, '');
    if (/^\d+$/.test(digs) && digs.length < 8 && entDigits.some((v) => v.includes(digs))) continue; // short number inside a labelled value
    if (/[\u4e00-\u9fff]/.test(x.text) && entNames.some((n) => n.includes(x.text) || x.text.includes(n))) continue;
    seenX.add(x.text); dec.push(x);
  }
  return { ents, dc, dec };
}

// ---------------------------------------------------------------- self-check helpers
function occurs(det, v, text) {
  const t = nfkc(text);
  const sepRe = (s, sep) => new RegExp(s.split('').map((ch) => (ch === 'X' ? '[Xx]' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join(sep));
  switch (det) {
    case 'person_name_zh': return text.replace(/\s/g, '').includes(v);
    case 'email': return t.toLowerCase().includes(v);
    case 'cn_uscc': return t.toUpperCase().includes(v);
    case 'cn_landline': return sepRe(v, '[\\s\\-()（）]*').test(t);
    case 'cn_resident_id': return sepRe(v, '[ \\-]?').test(t) || (v.slice(6, 8) === '19' && new RegExp(v.slice(0, 6) + v.slice(8, 17)).test(t) && !t.includes(v.slice(0, 17)));
    default: return sepRe(v, '[\\s\\-]*').test(t);
  }
}
function validEntity(det, v) {
  switch (det) {
    case 'cn_resident_id': return isValidId18(v);
    case 'cn_mobile': return isAllocMobile(v);
    case 'bank_card': return /^(62|81)\d{14,17}$/.test(v) && luhnOk(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(v);
    case 'cn_uscc': return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v) && usccCheck(v.slice(0, 17)) === v[17] && orgCheck(v.slice(8, 16)) === v[16];
    case 'cn_landline': return /^0(10|2[0-57-9])\d{8}$/.test(v) || /^0(571|731|371|512|532)\d{8}$/.test(v) || /^0931\d{7}$/.test(v);
    case 'person_name_zh': return /^[\u4e00-\u9fff·]{2,8}$/.test(v) && (SURNAME_CHARS.has(v[0]) || COMPOUND.some(([c]) => v.startsWith(c)) || v.includes('·'));
    default: return false;
  }
}
// a decoy made of digits must not be a valid value by any reading
function decoyInvalid(x) {
  const s = nfkc(x.text);
  if (/\*|x{3,}/.test(s)) return true;
  const tokens = s.match(/\d[\d\s-]*\d|\d/g) || [];
  for (const tk of tokens) {
    const g = tk.replace(/[\s-]/g, '');
    if (g.length === 11 && isAllocMobile(g) && /^\d+$/.test(s.replace(/[\s-]/g, ''))) return false;
    if (g.length === 18 && idLooksValid(g)) return false;
    if (g.length === 15 && legacyLooksValid(g)) return false;
    if (g.length >= 16 && g.length <= 19 && luhnOk(g)) return false;
  }
  if (/^[\dX]{18}$/i.test(s) && idLooksValid(s)) return false;
  return true;
}

const docs = []; const errors = [];
const byKind = {}; const perDet = {}; const perDc = {}; const perDec = {};
for (const [kind, n] of PLAN) {
  for (let i = 1; i <= n; i++) {
    const d = GEN[kind]();
    const { ents, dc, dec } = finalize(d);
    const id = `gb-${kind}-${pad(i, 3)}`;
    for (const e of ents) {
      if (!validEntity(e.detector, e.value)) errors.push(`${id}: invalid entity ${e.detector} ${e.value}`);
      if (!occurs(e.detector, e.value, d.text)) errors.push(`${id}: entity not in text ${e.detector} ${e.value}`);
      perDet[e.detector] = (perDet[e.detector] || 0) + 1;
    }
    for (const e of dc) perDc[e.detector] = (perDc[e.detector] || 0) + 1;
    const entVals = new Set(ents.map((e) => e.value));
    for (const x of dec) {
      if (!d.text.includes(x.text)) errors.push(`${id}: decoy not in text ${x.kind} ${x.text}`);
      const norm = nfkc(x.text).replace(/[\s-]/g, '');
      if (entVals.has(x.text) || entVals.has(norm) || entVals.has(norm.toLowerCase()) || entVals.has(norm.toUpperCase())) errors.push(`${id}: decoy is entity ${x.text}`);
      for (const v of entVals) if (/^\d{8,}$/.test(norm) && (v.includes(norm) || norm.includes(v))) errors.push(`${id}: decoy overlaps entity ${x.text} / ${v}`);
      if (!decoyInvalid(x)) errors.push(`${id}: decoy is a valid value ${x.kind} ${x.text}`);
      perDec[x.kind] = (perDec[x.kind] || 0) + 1;
    }
    // bad-ID decoys must really be bad
    for (const x of dec) if (/_id$/.test(x.kind) && x.kind !== 'leader_id' && x.kind !== 'member_id' && isValidId18(x.text.toUpperCase())) errors.push(`${id}: bad id valid ${x.text}`);
    byKind[kind] = (byKind[kind] || 0) + 1;
    docs.push({ id, kind, text: d.text, entities: ents, dontCare: dc, decoys: dec });
  }
}

// global: no unlabeled valid mobile/ID/card standing alone in a text (cheap scan)
for (const doc of docs) {
  const t = nfkc(doc.text);
  const labelled = new Set([...doc.entities, ...doc.dontCare].map((e) => e.value));
  for (const m of t.matchAll(/(?<!\d)(\d{11}|\d{15}|\d{16,19}|\d{17}[\dXx])(?!\d)/g)) {
    const g = m[1].toUpperCase();
    if ([...labelled].some((v) => v !== g && v.includes(g))) continue; // window of a longer labelled value
    let bad = false;
    if (g.length === 11 && isAllocMobile(g) && !labelled.has(g)) bad = true;
    if (g.length === 18 && isValidId18(g) && !labelled.has(g)) bad = true;
    if (g.length === 15 && legacyLooksValid(g) && !labelled.has(upgrade15(g))) bad = true;
    if (g.length >= 16 && g.length <= 19 && /^(62|81)/.test(g) && luhnOk(g) && !labelled.has(g)) bad = true;
    if (bad) errors.push(`${doc.id}: unlabelled valid-looking number ${g}`);
  }
  for (const m of t.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g)) {
    const e = m[0].toLowerCase();
    if (/@2x\.png$/.test(e)) continue;
    if (!labelled.has(e)) errors.push(`${doc.id}: unlabelled email ${e}`);
  }
}

writeFileSync(OUT, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');

const tot = (o) => Object.values(o).reduce((a, b) => a + b, 0);
console.log(`groupbuy corpus: ${docs.length} documents -> ${OUT}`);
console.log('documents per kind:'); for (const [k, v] of Object.entries(byKind)) console.log(`  ${k.padEnd(12)} ${v}`);
console.log(`entities per detector (total ${tot(perDet)}):`); for (const [k, v] of Object.entries(perDet).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(16)} ${v}`);
console.log(`dontCare per detector (total ${tot(perDc)}):`); for (const [k, v] of Object.entries(perDc).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(16)} ${v}`);
console.log(`decoys per kind (total ${tot(perDec)}):`); for (const [k, v] of Object.entries(perDec).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(18)} ${v}`);
const need = { person_name_zh: 400, cn_mobile: 150, cn_resident_id: 150, bank_card: 150, email: 150 };
for (const [k, v] of Object.entries(need)) if ((perDet[k] || 0) < v) errors.push(`too few ${k}: ${perDet[k] || 0} < ${v}`);
if (tot(perDec) < tot(perDet)) errors.push(`fewer decoys (${tot(perDec)}) than entities (${tot(perDet)})`);
if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length}):`); for (const e of errors.slice(0, 40)) console.error('  ' + e); process.exit(1); }
console.log('self-check: OK');
