#!/usr/bin/env node
/*
 * finance.mjs — independent labelled test corpus for listguard, theme "finance" (id prefix "fn").
 *
 * Banks, insurers, brokers, lenders and collectors, as their staff would leak it: 信用卡分期/账单,
 * 贷后催收名单 and notes, 网贷/消费金融 exports and API logs, 保单清单, 理赔登记, 理财/基金客户,
 * 证券开户, 银行流水, 转账回单, 征信报告, 代扣批量文件, POS 商户, 贵宾客户, 客服工单, 代发工资, …
 *
 * Usage:   node finance.mjs OUT.jsonl
 * Output:  one JSON object per line:
 *   {"id":"fn-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // MUST be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported under ANY detector id
 * Normalisation of values: cn_resident_id 18 chars, upper-case X (legacy 15-digit numbers are
 *   upgraded to 18); cn_mobile 11 digits (no +86); cn_landline digits incl. leading 0 and area code;
 *   email lower-case; bank_card digits only; cn_passport upper-case; cn_uscc 18 chars upper-case;
 *   person_name_zh as written, without spaces/padding, titles or pinyin.
 * Everything is synthetic and deterministic (mulberry32, fixed seed). A self-check runs at the end
 * and exits 1 on failure; a summary is printed to stdout.
 *
 * Written in session 24 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node finance.mjs OUT.jsonl'); process.exit(2); }

// ------------------------------------------------------------------ PRNG
let seed = 0x2024f1a7;
function rand() {
  seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const ri = (a, b) => a + Math.floor(rand() * (b - a + 1));
const pick = (a) => a[Math.floor(rand() * a.length)];
const chance = (p) => rand() < p;
const digits = (n) => { let r = ''; for (let i = 0; i < n; i++) r += ri(0, 9); return r; };
const nz = (n) => String(ri(1, 9)) + digits(n - 1);
const pad2 = (n) => String(n).padStart(2, '0');
function wpick(pairs) { let t = 0; for (const [, w] of pairs) t += w; let r = rand() * t; for (const [v, w] of pairs) { r -= w; if (r < 0) return v; } return pairs[pairs.length - 1][0]; }
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function nRows() { const r = rand(); if (r < 0.14) return ri(1, 3); if (r < 0.58) return ri(4, 12); if (r < 0.88) return ri(13, 30); return ri(31, 80); }

// ------------------------------------------------------------------ reference data
// GB/T 2260 county-level codes (incl. retired 110103 崇文 / 110104 宣武, still valid on real IDs)
const REGIONS = ('110101 110102 110103 110104 110105 110106 110107 110108 110111 110112 110114 120101 120102 120103 120104 ' +
  '130102 130104 130203 140105 140106 150102 210102 210103 210202 220102 220104 230102 230103 310101 310104 310105 310106 ' +
  '310107 310110 310112 310115 320102 320104 320106 320211 320505 320582 330102 330105 330106 330203 330782 340102 340104 ' +
  '350102 350203 360102 370102 370202 370203 410102 410105 420102 420106 420111 430102 430104 440103 440104 440106 440304 ' +
  '440305 440306 440604 450102 450103 460105 460106 500103 500106 500112 510104 510105 510107 510108 520102 520103 530102 ' +
  '530103 540102 610102 610103 610113 620102 630102 640104 650102 650103').split(' ');
const REGSET = new Set(REGIONS);
const SURN = ('王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou|徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin 罗luo ' +
  '郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao|彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai ' +
  '余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi ' +
  '廖liao 贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long ' +
  '史shi 陶tao 黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 严yan 覃qin 武wu 戴dai 莫mo 孔kong 向xiang 常chang 易yi 费fei ' +
  '安an 文wen 成cheng 时shi 华hua|欧阳ouyang 上官shangguan 司马sima 诸葛zhuge 司徒situ 皇甫huangfu 令狐linghu 慕容murong')
  .split('|').map((grp, gi) => grp.trim().split(/\s+/).map((t) => { const m = t.match(/^([\u4e00-\u9fa5]+)([a-z]+)$/); return [[m[1], m[2]], [8, 4, 1.2, 0.15][gi]]; })).flat();
const GIVEN = ('伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 娟juan 涛tao 明ming 超chao 秀xiu 英ying ' +
  '霞xia 平ping 刚gang 桂gui 华hua 建jian 国guo 志zhi 红hong 玲ling 梅mei 鹏peng 飞fei 宇yu 浩hao 晨chen 欣xin 怡yi 子zi 涵han 雨yu ' +
  '轩xuan 博bo 文wen 婷ting 辉hui 斌bin 凯kai 琳lin 佳jia 慧hui 俊jun 海hai 燕yan 兰lan 凤feng 春chun 玉yu 峰feng 波bo 亮liang 宁ning ' +
  '振zhen 家jia 思si 晓xiao 嘉jia 雪xue 倩qian 颖ying 琪qi 昊hao 天tian 诗shi 梓zi 萱xuan 铭ming 睿rui 泽ze 德de 永yong 庆qing ' +
  '荣rong 淑shu 秋qiu 桐tong 瑶yao 欢huan 爽shuang 旭xu 帆fan 卫wei 东dong 新xin 立li').split(' ').map((t) => [t[0], t.slice(1)]);
const MINORITY = ['买买提·艾力', '阿依古丽·吐尔逊', '热依拉·买买提', '艾尔肯·吾斯曼', '古丽米拉·阿不都', '迪丽娜尔·艾买提', '努尔兰·哈力克', '扎西多吉', '次仁卓玛', '格桑旺姆'];
const MP = ('130 131 132 133 134 135 136 137 138 139 130 131 132 133 134 135 136 137 138 139 145 147 150 151 152 153 155 156 157 158 159 ' +
  '150 151 152 153 155 156 157 158 159 162 165 166 167 170 171 172 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 ' +
  '180 181 182 183 185 186 187 188 189 190 191 192 193 195 196 197 198 199').split(' ');
const MPSET = new Set(MP);
const AREAS = [['010', 8], ['020', 8], ['021', 8], ['022', 8], ['023', 8], ['024', 8], ['025', 8], ['027', 8], ['028', 8], ['029', 8],
  ['0755', 8], ['0571', 8], ['0512', 8], ['0532', 8], ['0531', 8], ['0371', 8], ['0731', 8], ['0591', 8], ['0769', 8], ['0757', 8], ['0931', 7]];
// [IIN, length, issuer, kind]
const BINS = [['622202', 19, '中国工商银行', 'd'], ['621226', 19, '中国工商银行', 'd'], ['622208', 19, '中国工商银行', 'd'], ['622848', 19, '中国农业银行', 'd'],
  ['622841', 19, '中国农业银行', 'd'], ['621700', 19, '中国建设银行', 'd'], ['622700', 19, '中国建设银行', 'd'], ['436742', 19, '中国建设银行', 'd'],
  ['621661', 19, '中国银行', 'd'], ['622262', 19, '交通银行', 'd'], ['622260', 19, '交通银行', 'd'], ['621799', 19, '中国邮政储蓄银行', 'd'],
  ['622188', 19, '中国邮政储蓄银行', 'd'], ['623058', 19, '平安银行', 'd'], ['623668', 19, '中国建设银行', 'd'], ['621483', 16, '招商银行', 'd'],
  ['622588', 16, '招商银行', 'd'], ['622909', 18, '兴业银行', 'd'], ['622521', 16, '浦发银行', 'c'], ['622622', 16, '民生银行', 'c'],
  ['622666', 16, '光大银行', 'c'], ['622690', 16, '中信银行', 'c'], ['622155', 16, '平安银行', 'c'], ['625966', 16, '招商银行', 'c'],
  ['628288', 16, '中信银行', 'c'], ['438088', 16, '中国工商银行', 'c'], ['427020', 16, '中国工商银行', 'c'], ['410062', 16, '招商银行', 'c'],
  ['524047', 16, '中国银行', 'c'], ['518710', 16, '招商银行', 'c'], ['552534', 16, '中国建设银行', 'c']];
const REAL_BANKS = [...new Set(BINS.map((b) => b[2]))].concat(['兴业银行', '中信银行', '华夏银行', '广发银行']);
const HOTLINES = ['95588', '95599', '95533', '95566', '95559', '95555', '95580', '95561', '95528', '95558', '95511', '95568', '95595', '95519', '95500', '95518', '95577'];
const ORG = {
  bank: [['华信银行', 'hxbank.com.cn'], ['瑞丰农商银行', 'rfrcb.com.cn'], ['东海银行', 'donghaibank.com'], ['北辰银行', 'bcbank.com.cn'], ['南粤发展银行', 'nydb.com.cn'], ['长江商业银行', 'cjcb.cn']],
  cfc: [['汇融消费金融', 'hrcfc.com'], ['安易消费金融', 'anyicf.com'], ['速贷科技', 'sudaitech.cn'], ['乐享分期', 'lxfq.com'], ['融e借', 'rongejie.com']],
  ins: [['恒安人寿', 'hengan-life.com'], ['安达财产保险', 'anda-ins.com.cn'], ['国瑞人寿', 'guorui-life.cn'], ['中诚保险', 'zcic.com.cn']],
  sec: [['鼎盛证券', 'dssec.com.cn'], ['金元汇证券', 'jyhsec.com'], ['东岳证券', 'dysec.cn'], ['博远基金', 'byfund.com.cn']],
  col: [['信诺资产管理', 'xinnuo-am.com'], ['恒信催收服务', 'hxcs.cn'], ['诚达律师事务所', 'chengdalaw.cn']],
};
const CITY = ['北京', '上海', '深圳', '广州', '杭州', '成都', '武汉', '南京', '西安', '重庆', '郑州', '长沙', '苏州', '青岛', '厦门'];
const DIST = ['朝阳', '海淀', '浦东', '南山', '福田', '天河', '西湖', '高新', '锦江', '江汉', '鼓楼', '雁塔', '渝北', '金水', '岳麓', '思明'];
const ZIHAO = ['华创', '鑫达', '恒通', '瑞泰', '博远', '金桥', '联丰', '天成', '汇智', '中科', '宏图', '永盛', '凯越', '星河', '佳禾', '锦程', '润泽', '卓越', '盛世', '东方红'];
const TRADE = ['贸易', '科技', '餐饮管理', '建材', '物流', '电子商务', '信息技术', '商贸', '装饰工程', '医疗器械', '文化传媒', '供应链管理', '汽车服务'];
const SHOPS = ['便利店', '餐馆', '五金店', '理发店', '水果店', '烟酒行', '服装店', '小吃店', '药店', '母婴店'];
const ROADS = ['建国路', '中山路', '人民路', '解放大道', '科技园南路', '文三路', '天府大道', '长安街', '淮海中路', '深南大道', '珞喻路', '金水路', '五一大道'];
const XQ = ['阳光花园', '翠湖苑', '金色家园', '世纪城', '碧桂园', '万科城', '幸福里', '锦绣华庭', '滨江公寓'];
const ADDRC = [['北京市', '朝阳区'], ['上海市', '浦东新区'], ['广东省深圳市', '南山区'], ['广东省广州市', '天河区'], ['浙江省杭州市', '西湖区'], ['四川省成都市', '武侯区'],
  ['湖北省武汉市', '洪山区'], ['江苏省南京市', '鼓楼区'], ['陕西省西安市', '雁塔区'], ['重庆市', '渝北区'], ['河南省郑州市', '金水区'], ['湖南省长沙市', '岳麓区']];
const RELS = ['配偶', '父亲', '母亲', '儿子', '女儿', '兄弟', '姐妹', '朋友', '同事', '其他亲属'];
const SAME_SURNAME = new Set(['父亲', '儿子', '女儿', '兄弟', '姐妹']);
const PROD = { ins: ['安心宝终身寿险', '福佑重疾险(2023版)', '鑫享年金保险', '金悦两全保险', '百万医疗险', '畅行境外旅行意外险', '康宁少儿重疾险', '团体意外伤害保险'],
  wm: ['月月盈R2', '稳利90天', '季季享3号', '恒益1号', '鑫增利A', '博远成长混合A', '天天利货币B', '安盈债券C'], loan: ['安居贷', '车主贷', '装修分期', '薪享贷', '账单分期', '现金分期', '随借随还'] };
const PLATFORMS = [['财付通支付科技有限公司', '财付通'], ['支付宝（中国）网络技术有限公司', '支付宝'], ['网银在线（北京）科技有限公司', '京东支付'], ['银联商务股份有限公司', '银联商务']];

// ------------------------------------------------------------------ check algorithms
const W_ID = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += +b17[i] * W_ID[i]; return '10X98765432'[s % 11]; }
function validDate(y, m, d) { const t = new Date(Date.UTC(y, m - 1, d)); return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d; }
function randDate(y0, y1) { const y = ri(y0, y1), m = ri(1, 12); return [y, m, ri(1, new Date(Date.UTC(y, m, 0)).getUTCDate())]; }
function luhnDigit(body) { let s = 0, dbl = true; for (let i = body.length - 1; i >= 0; i--) { let x = +body[i]; if (dbl) { x *= 2; if (x > 9) x -= 9; } s += x; dbl = !dbl; } return String((10 - (s % 10)) % 10); }
const luhnOk = (n) => luhnDigit(n.slice(0, -1)) === n.slice(-1);
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function orgCheck(s8) { const w = [3, 7, 9, 10, 5, 8, 4, 2]; let t = 0; for (let i = 0; i < 8; i++) { const c = s8[i]; t += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * w[i]; } const c = 11 - (t % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function usccCheck(s17) { let t = 0; for (let i = 0; i < 17; i++) t += UA.indexOf(s17[i]) * UW[i]; return UA[(31 - (t % 31)) % 31]; }

// ------------------------------------------------------------------ value generators
const USED = new Set(['13800138000', '13912345678', '18888888888', '11010519491231002X']);
function uniq(gen) { for (;;) { const v = gen(); const k = typeof v === 'string' ? v : v.v; if (!USED.has(k)) { USED.add(k); return v; } } }
function genId(o = {}) {
  return uniq(() => {
    const reg = pick(REGIONS); const [y, m, d] = randDate(o.y0 || 1952, o.y1 || 2004);
    let seq = ri(0, 999); if (o.sex === 'M' && seq % 2 === 0) seq = (seq + 1) % 1000; if (o.sex === 'F' && seq % 2 === 1) seq--;
    const body = reg + y + pad2(m) + pad2(d) + String(seq).padStart(3, '0');
    return { v: body + idCheck(body), y, m, d, sex: seq % 2 ? '男' : '女' };
  });
}
function genLegacy() { // first-generation 15-digit number + its 18-digit upgrade
  return uniq(() => {
    const reg = pick(REGIONS); const [y, m, d] = randDate(1940, 1979); const seq = String(ri(0, 999)).padStart(3, '0');
    const raw15 = reg + String(y).slice(2) + pad2(m) + pad2(d) + seq; const body = reg + y + pad2(m) + pad2(d) + seq;
    return { v: body + idCheck(body), raw15, y, m, d, sex: +seq % 2 ? '男' : '女' };
  });
}
const genMobile = () => uniq(() => pick(MP) + digits(8));
function genCard(kind) {
  return uniq(() => { const pool = kind ? BINS.filter((b) => b[3] === kind) : BINS; const [iin, len] = pick(pool); const body = iin + digits(len - 7); return body + luhnDigit(body); });
}
const cardBank = (c) => (BINS.find((b) => c.startsWith(b[0])) || [0, 0, '银联'])[2];
const genLand = () => uniq(() => { const [ac, n] = pick(AREAS); const sub = (n === 8 ? pick(['5', '6', '8']) : '8') + digits(n - 1); return { v: ac + sub, ac, sub }; });
function genUSCC(pre) {
  return uniq(() => {
    const p = pre || wpick([['91', 10], ['92', 4], ['93', 1], ['12', 1], ['52', 1]]); const r = pick(REGIONS);
    const reg = wpick([[r, 6], [r.slice(0, 4) + '00', 3], [r.slice(0, 2) + '0000', 1]]);
    let b8 = ''; if (chance(0.6)) { b8 = 'MA'; for (let i = 0; i < 6; i++) b8 += UA[ri(0, 30)]; } else b8 = digits(8);
    const s17 = p + reg + b8 + orgCheck(b8); return s17 + usccCheck(s17);
  });
}
const PASS_L = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const genPassport = () => uniq(() => (chance(0.5) ? 'E' + digits(8) : 'E' + pick(PASS_L) + digits(7)));
function genName(o = {}) {
  if (!o.noMin && chance(0.03)) { const n = pick(MINORITY); return { n, sp: 'a', gp: 'li' + digits(2) }; }
  const [s, sp] = o.surname || wpick(SURN); const g1 = pick(GIVEN); const two = chance(0.6); const g2 = two ? pick(GIVEN) : null;
  return { n: s + g1[0] + (g2 ? g2[0] : ''), sp, gp: g1[1] + (g2 ? g2[1] : '') };
}
const EMAIL_DOM = [['qq.com', 8], ['163.com', 6], ['126.com', 3], ['sina.com', 2], ['foxmail.com', 2], ['gmail.com', 2], ['outlook.com', 2], ['hotmail.com', 1], ['yeah.net', 1], ['139.com', 1.5], ['aliyun.com', 1], ['sohu.com', 1], ['189.cn', 1]];
function genEmail(p) {
  return uniq(() => {
    const dom = wpick(EMAIL_DOM); const yy = p.id ? String(p.id.y) : String(ri(1960, 2003));
    if ((dom === '139.com' || dom === '189.cn') && p.mobile && chance(0.7)) return `${p.mobile}@${dom}`;
    if (dom === 'qq.com' && chance(0.55)) return `${nz(ri(6, 10))}@qq.com`;
    const loc = wpick([[p.sp + p.gp, 4], [p.sp + p.gp + yy.slice(2), 3], [p.gp + '.' + p.sp, 2], [p.sp + '_' + p.gp + digits(ri(1, 3)), 2],
      [p.sp[0] + p.gp + yy, 2], [p.sp + p.gp + digits(3), 2], [(p.gp[0] || 'x') + p.sp + digits(4), 1]]);
    return `${loc}@${dom}`;
  });
}
function person(o = {}) {
  const nm = genName(o); const id = o.legacy ? genLegacy() : genId(o);
  return { name: nm.n, sp: nm.sp, gp: nm.gp, id, mobile: genMobile(), card: genCard(o.cardKind || 'd'), ccard: null, email: null, sex: id.sex };
}
const ccardOf = (p) => (p.ccard ||= genCard('c'));
const emailOf = (p) => (p.email ||= genEmail(p));
const landOf = (p) => (p.land ||= genLand());
const passOf = (p) => (p.pass ||= genPassport());
function relative(p, rel) { const o = {}; if (SAME_SURNAME.has(rel)) { const s = SURN.find(([x]) => p.name.startsWith(x[0]) && p.sp === x[1]); if (s) o.surname = s[0]; } o.noMin = true; return person(o); }
function staff(org) { const p = person(); p.no = null; p.org = org; p.email = uniq(() => `${wpick([[p.sp + '.' + p.gp, 2], [p.gp + p.sp, 1], [p.sp + p.gp + digits(2), 1], [p.sp[0] + p.gp, 1]])}@${org ? org[1] : 'hxbank.com.cn'}`); return p; }
function corpAcct() { const len = pick([12, 13, 15, 16, 17, 18, 19, 19, 20, 21]); const v = pick(['1001', '3100', '4000', '1202', '4420', '7559', '1109', '3602', '4405', '5001', '7310', '3209']) + digits(len - 4); return { v, len }; }
function company(o) { return (o === 'shop' ? pick(CITY) + '市' + pick(DIST) + '区' + pick(ZIHAO) + pick(SHOPS) : pick(CITY) + pick(ZIHAO) + pick(TRADE) + '有限公司'); }
const branch = (bank) => `${bank || pick(REAL_BANKS)}${pick(CITY)}${pick(DIST)}${pick(['支行', '分理处', '营业部'])}`;
function addr() { const [pc, dist] = pick(ADDRC); return `${pc}${dist}${pick(ROADS)}${ri(1, 888)}号${chance(0.65) ? pick(XQ) + ri(1, 30) + '栋' + ri(1, 4) + '单元' + ri(1, 32) + pad2(ri(1, 8)) + '室' : ''}`; }
function cnUpper(n, cents = 0) {
  const D = '零壹贰叁肆伍陆柒捌玖', U = ['', '拾', '佰', '仟'];
  const four = (x) => { let s = '', z = false; for (let i = 3; i >= 0; i--) { const g = Math.floor(x / 10 ** i) % 10; if (g === 0) z = true; else { if (z && s) s += '零'; z = false; s += D[g] + U[i]; } } return s; };
  const wan = Math.floor(n / 1e4), ge = n % 1e4; let s = '';
  if (wan) s += four(wan) + '万'; if (ge) s += (s && ge < 1000 ? '零' : '') + four(ge);
  const j = Math.floor(cents / 10), f = cents % 10;
  return '人民币' + (s || '零') + '元' + (cents ? (j ? D[j] + '角' : '零') + (f ? D[f] + '分' : '') : '整');
}

// ------------------------------------------------------------------ decoy generators
function rdate() { const [y, m, d] = randDate(2021, 2025); return { y, m, d, s8: `${y}${pad2(m)}${pad2(d)}` }; }
const hms = () => `${pad2(ri(0, 23))}:${pad2(ri(0, 59))}:${pad2(ri(0, 59))}`;
function money(lo = 10, hi = 200000) { const v = ri(lo * 100, hi * 100) / 100; const [i, f] = v.toFixed(2).split('.'); return { v, grouped: i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + '.' + f, plain: v.toFixed(2) }; }
const CUR = { amt: null, date: null, dt: null }; // per-document formats (null = mixed, as in messy exports)
function fmtDate({ y, m, d }) { const f = [`${y}-${pad2(m)}-${pad2(d)}`, `${y}/${m}/${d}`, `${y}年${m}月${d}日`, `${y}${pad2(m)}${pad2(d)}`, `${y}.${pad2(m)}.${pad2(d)}`]; return CUR.date == null ? pick(f) : f[CUR.date]; }
const DG = {
  serial: () => rdate().s8 + digits(ri(8, 14)),
  order18: () => rdate().s8 + digits(10),
  rrn: () => nz(12),
  voucher: () => pick([() => '记-' + String(ri(1, 9999)).padStart(4, '0'), () => nz(8), () => 'PZ' + rdate().s8 + digits(4), () => digits(3) + '-' + digits(6)])(),
  policy_no: () => pick([() => 'P' + ri(1, 9) + digits(17), () => '86' + digits(20), () => pick(['ASHZ', 'PABJ', 'HA', 'GR']) + digits(ri(14, 18)), () => rdate().y + pick(['0101', '0301', '1102']) + digits(12)])(),
  contract: () => pick([() => pick(['HT', 'XF', 'JK', 'DK', 'GRDK']) + rdate().y + digits(ri(8, 12)), () => `(${rdate().y})${pick(['个贷', '消贷', '信分', '抵借'])}字第${nz(5)}号`, () => `HT-${rdate().y}-${pad2(ri(1, 12))}${pad2(ri(1, 28))}-${digits(5)}`])(),
  loan_no: () => pick([() => 'JJ' + rdate().s8 + digits(8), () => 'LN' + digits(16), () => rdate().s8 + digits(12)])(),
  batch: () => pick([() => 'B' + rdate().s8 + digits(3), () => 'PC' + rdate().s8 + digits(4), () => rdate().s8 + '-' + digits(3), () => 'DF' + digits(10)])(),
  merchant_no: () => '898' + digits(12),
  terminal_no: () => pick([() => nz(8), () => pick(['T', 'P', 'K']) + digits(7)])(),
  auth_code: () => pick([() => digits(6), () => pick(['A', 'B', 'Y']) + digits(5)])(),
  amount: (lo, hi) => { const m = money(lo, hi); const f = [m.grouped, m.plain, '¥' + m.grouped, m.grouped + '元', 'RMB ' + m.grouped, m.plain + '元']; return (chance(0.05) ? '-' : '') + (CUR.amt == null ? pick(f) : f[CUR.amt]); },
  amount_n: (lo, hi) => { const m = money(lo, hi); return CUR.amt === 1 || CUR.amt === 5 ? m.plain : m.grouped; },
  date: () => fmtDate(rdate()),
  datetime: () => { const { y, m, d } = rdate(); const f = [`${y}-${pad2(m)}-${pad2(d)} ${hms()}`, `${y}/${pad2(m)}/${pad2(d)} ${hms()}`, `${y}${pad2(m)}${pad2(d)}${hms().replace(/:/g, '')}`]; return CUR.dt == null ? pick(f) : f[CUR.dt]; },
  company_account: () => corpAcct().v,
  hotline: () => pick([() => pick(HOTLINES), () => `400-${nz(3)}-${digits(4)}`, () => `4008${digits(6)}`, () => `400 ${nz(3)} ${digits(4)}`, () => `800-${nz(3)}-${digits(4)}`])(),
  company: () => company(chance(0.2) ? 'shop' : null),
  branch: () => branch(),
  product: () => pick([...PROD.ins, ...PROD.wm, ...PROD.loan]),
  product_ins: () => pick(PROD.ins), product_wm: () => pick(PROD.wm), product_loan: () => pick(PROD.loan),
  cust_no: () => pick([() => 'C' + digits(10), () => nz(10), () => 'KH' + digits(9), () => '8' + digits(11)])(),
  bank_code: () => pick(['102', '103', '104', '105', '301', '302', '303', '305', '308', '309', '310']) + digits(9),
  imei: () => { const b = '86' + digits(12); return b + luhnDigit(b); },
  ms_epoch: () => String(1700000000000 + ri(0, 99999999) * 1000 + ri(0, 999)),
  snowflake: () => '17' + digits(17),
  express: () => pick([() => 'SF' + nz(12), () => '73' + digits(12), () => 'YT' + digits(13), () => 'JT' + digits(13), () => 'EMS' + digits(10)])(),
  invoice_code: () => '0' + ri(1, 9) + digits(10),
  report_no: () => rdate().s8 + digits(6) + '0' + digits(7),
  ticket: () => pick([() => 'GD' + rdate().s8 + digits(5), () => nz(10), () => 'WO-' + digits(8)])(),
  staff_no: () => pick([() => pick(['CS', 'JX', 'A', 'HX', 'KF', 'YW']) + digits(5), () => nz(6), () => nz(8)])(),
  sec_account: () => nz(12),
  sh_code: () => pick([() => 'A' + digits(9), () => '0' + digits(9), () => 'C9' + digits(8)])(),
  cert_no: () => '02000' + digits(21),
  mcc: () => pick(['5411', '5812', '5311', '7011', '5999', '8062', '5541', '4121', '7230']),
  expiry: () => `${pad2(ri(1, 12))}/${ri(25, 31)}`,
  rate: () => pick(['0.38%', '0.6%', '0.55%', '0.78%', '1.25%', '0.35%', '年化 3.65%', '日利率0.05%']),
  org_code: () => digits(8) + '-' + ri(0, 9),
  platform_account: () => nz(pick([9, 10, 12, 13, 15])), // never 11 digits: a bare 11-digit 1[3-9] number is indistinguishable from a mobile
  req_id: () => pick([() => digits(8) + '-' + digits(4) + '-' + digits(4) + '-' + digits(12), () => 'REQ' + rdate().s8 + digits(10), () => '17' + digits(17)])(),
  sms_id: () => nz(ri(14, 18)),
  case_no: () => pick([() => 'AJ' + rdate().s8 + digits(4), () => 'CS-' + digits(9), () => nz(10)])(),
  claim_no: () => pick([() => 'RC' + digits(17), () => 'BA' + rdate().s8 + digits(6), () => '9' + digits(19)])(),
  receipt_no: () => pick([() => 'E' + digits(8), () => 'HD' + digits(16), () => nz(20)])(),
  verify_code: () => pick([() => digits(6), () => digits(4) + '-' + digits(4) + '-' + digits(4)])(),
  agreement_no: () => pick([() => 'XY' + digits(14), () => rdate().s8 + digits(10), () => 'DK' + digits(12)])(),
  project: () => pick(['万科城', '保利天悦', '龙湖春江郦城', '碧桂园凤凰城', '华润置地公元九里', '融创壹号院', '中海寰宇天下', '招商蛇口臻园']) + pick(['', '二期', '三期']),
  msg_id: () => `${rdate().s8}${hms().replace(/:/g, '')}.${digits(5)}@mail.${pick(ORG.bank)[1]}`,
  file: () => pick(['logo@2x.png', 'banner@3x.jpg', 'icon-bank@2x.png', 'qrcode@2x.png']),
  sample_invalid_id: () => '440524188001010014',
  time_range: () => `${pad2(ri(8, 9))}:00-${ri(17, 21)}:00`,
};

// ------------------------------------------------------------------ document model
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.C = new Map(); this.D = new Map(); }
  ent(det, value, raw) { const k = det + '\u0000' + value; if (!this.E.has(k)) this.E.set(k, { detector: det, value, raws: new Set() }); this.E.get(k).raws.add(raw); return raw; }
  care(det, value, raw) { const k = det + '\u0000' + value; if (this.E.has(k)) { this.E.get(k).raws.add(raw); return raw; } if (!this.C.has(k)) this.C.set(k, { detector: det, value, raws: new Set() }); this.C.get(k).raws.add(raw); return raw; }
  dec(kind, text) { if (!this.D.has(text)) this.D.set(text, kind); return text; }
}
const X = (d, kind, text) => d.dec(kind.replace(/_(ins|wm|loan)$/, ''), text ?? DG[kind]());
const A = (d, lo, hi) => d.dec('amount', DG.amount(lo, hi));
const FW = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const fmtMob = (m, st) => [m, `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`, `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`, '+86 ' + m, '+86-' + m, '+86' + m,
  '0086 ' + m, '86-' + m, FW(m), '(+86)' + m, '86' + m, `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`][st];
const g4 = (s, sep) => s.replace(/(\d{4})(?=\d)/g, '$1' + sep);
const W = {
  name(d, n, o = {}) { let raw = n; if (o.pad && n.length === 2) raw = n[0] + (o.ch || '　') + n[1]; return d.ent('person_name_zh', n, raw); },
  id(d, id, st = 0) {
    const v = id.v; let raw = v;
    if (st === 1 && v.endsWith('X')) raw = v.slice(0, 17) + 'x'; else if (st === 2) raw = `${v.slice(0, 6)} ${v.slice(6, 14)} ${v.slice(14)}`;
    d.ent('cn_resident_id', v, raw); return st === 3 ? `'${raw}` : st === 4 ? `="${raw}"` : st === 5 ? `\t${raw}` : raw;
  },
  id15(d, id) { return d.ent('cn_resident_id', id.v, id.raw15); },
  mob(d, m, st = 0) { return d.ent('cn_mobile', m, fmtMob(m, st)); },
  card(d, c, st = 0) {
    const raw = st === 1 ? g4(c, ' ') : st === 2 ? g4(c, '-') : c; d.ent('bank_card', c, raw);
    return st === 3 ? `'${raw}` : st === 4 ? `="${raw}"` : raw;
  },
  mail(d, e, st = 0) {
    const raw = st === 1 ? e[0].toUpperCase() + e.slice(1) : st === 2 ? e.replace(/^[^@]+/, (x) => x.toUpperCase()) : e;
    const loc = e.split('@')[0]; if (/^1[3-9]\d{9}$/.test(loc) && MPSET.has(loc.slice(0, 3))) d.ent('cn_mobile', loc, loc);
    return d.ent('email', e.toLowerCase(), raw);
  },
  land(d, l, st = 0, care = false) {
    const raw = [`${l.ac}-${l.sub}`, `(${l.ac})${l.sub}`, `（${l.ac}）${l.sub}`, `${l.ac} ${l.sub}`, `${l.ac}${l.sub}`,
      `${l.ac}-${l.sub.slice(0, 4)} ${l.sub.slice(4)}`, `+86 ${l.ac.slice(1)} ${l.sub}`][st];
    return care ? d.care('cn_landline', l.v, raw) : d.ent('cn_landline', l.v, raw);
  },
  uscc(d, u) { return d.ent('cn_uscc', u, u); },
  pass(d, p) { return d.ent('cn_passport', p, p); },
  acct(d, a, st = 0) { // company account: 16-19 digits = dontCare bank_card (format-identical to a card), otherwise decoy
    const raw = st === 1 ? g4(a.v, ' ') : a.v;
    return a.len >= 16 && a.len <= 19 ? d.care('bank_card', a.v, raw) : X(d, 'company_account', raw);
  },
};
const maskCard = (d, c) => X(d, 'masked_card', pick([`${c.slice(0, 4)} **** **** ${c.slice(-4)}`, c.slice(0, 6) + '*'.repeat(c.length - 10) + c.slice(-4), `**** **** **** ${c.slice(-4)}`, `${c.slice(0, 6)}******${c.slice(-4)}`, `尾号${c.slice(-4)}`]));
const maskMob = (d, m) => X(d, 'masked_mobile', pick([`${m.slice(0, 3)}****${m.slice(7)}`, `${m.slice(0, 3)}xxxx${m.slice(7)}`, `${m.slice(0, 3)}-****-${m.slice(7)}`, `${m.slice(0, 3)}*****${m.slice(8)}`]));
const maskId = (d, v) => X(d, 'masked_id', pick([`${v.slice(0, 6)}********${v.slice(14)}`, `${v.slice(0, 3)}***********${v.slice(14)}`, `${v.slice(0, 1)}${'*'.repeat(16)}${v.slice(17)}`, `${v.slice(0, 10)}****${v.slice(14)}`, `****${v.slice(14)}`]));
const maskName = (d, n) => X(d, 'masked_name', pick([n[0] + '*'.repeat(n.length - 1), n[0] + '**', n[0] + '某某', n[0] + '某', '*' + n.slice(1)]));

// per-document writing styles and column factories
function S(d, styles) {
  d.style = pick(styles); const csv = d.style === 'csv';
  const s = {
    mob: wpick([[0, 14], [1, 2], [2, 2], [3, 1], [4, 1], [5, 1], [7, 0.5], [10, 0.5], [11, 0.5]]),
    card: wpick([[0, 12], [1, 4], [2, 1], ...(csv ? [[3, 2], [4, 2]] : [])]),
    id: wpick([[0, 12], [1, 3], [2, 0.6], ...(csv ? [[3, 2], [4, 2], [5, 0.5]] : [])]),
    mail: wpick([[0, 14], [1, 2], [2, 1]]), land: ri(0, 6), pad: d.style === 'fixed' && chance(0.5), padCh: pick(['　', '  ', ' ']),
  };
  const col = (hs, k, f) => ({ h: Array.isArray(hs) ? pick(hs) : hs, k, f });
  return {
    s,
    name: (hs, g = (p) => p.name, k = 'name') => col(hs, k, (p) => { const v = g(p); return v ? W.name(d, v, { pad: s.pad, ch: s.padCh }) : ''; }),
    id: (hs, g = (p) => p.id, k = 'id_no') => col(hs, k, (p) => { const v = g(p); return v ? W.id(d, v, s.id) : ''; }),
    mob: (hs, g = (p) => p.mobile, k = 'mobile') => col(hs, k, (p) => { const v = g(p); return v ? W.mob(d, v, s.mob) : ''; }),
    card: (hs, g = (p) => p.card, k = 'card_no') => col(hs, k, (p) => { const v = g(p); return v ? W.card(d, v, s.card) : ''; }),
    mail: (hs, g = emailOf, k = 'email') => col(hs, k, (p) => { const v = g(p); return v ? W.mail(d, v, s.mail) : ''; }),
    land: (hs, g = landOf, k = 'tel') => col(hs, k, (p) => { const v = g(p); return v ? W.land(d, v, s.land) : ''; }),
    x: (hs, kind, k) => col(hs, k || kind, () => X(d, kind)),
    amt: (hs, lo, hi, k = 'amount') => col(hs, k, () => A(d, lo, hi)),
    lit: (hs, k, f) => col(hs, k, f),
  };
}
const H = {
  name: ['姓名', '客户姓名', '客户名称', '户名', '名字', 'Name'],
  id: ['身份证号', '身份证号码', '证件号码', '证件号', '公民身份号码', '身份证', 'ID No.'],
  mob: ['手机号', '手机号码', '手机', '联系电话', '移动电话', '联系方式', 'Mobile'],
  card: ['卡号', '银行卡号', '账号', '银行账号', '卡号/账号', '借记卡号'],
  mail: ['邮箱', '电子邮箱', 'Email', 'E-mail', '电子邮件', '邮件地址'],
};
const cjkW = (s) => { let w = 0; for (const ch of s) w += /[\u2e80-\uffff]/.test(ch) ? 2 : 1; return w; };
const padTo = (s, w) => s + ' '.repeat(Math.max(0, w - cjkW(s)));
function render(style, hs, ks, rows, o = {}) {
  const nl = o.crlf ? '\r\n' : '\n';
  const q = (c) => (/[,\n]/.test(c) ? '"' + c + '"' : c);
  switch (style) {
    case 'csv': return [hs, ...rows].map((r) => r.map(q).join(',')).join(nl);
    case 'tsv': return [hs, ...rows].map((r) => r.join('\t')).join(nl);
    case 'semi': return [hs, ...rows].map((r) => r.join(';')).join(nl);
    case 'pipe': return [hs, ...rows].map((r) => r.join('|')).join(nl);
    case 'md': return ['| ' + hs.join(' | ') + ' |', '|' + hs.map(() => '---').join('|') + '|', ...rows.map((r) => '| ' + r.join(' | ') + ' |')].join('\n');
    case 'fixed': { const w = hs.map((h, i) => Math.max(cjkW(h), ...rows.map((r) => cjkW(r[i])))); return [hs, ...rows].map((r) => r.map((c, i) => padTo(c, w[i])).join('  ').trimEnd()).join(nl); }
    case 'kv': { const sep = pick(['，', '; ', '  ', ' | ']); const c = pick(['：', ':', ': ']); return rows.map((r, i) => (o.num !== false ? `${i + 1}. ` : '') + r.map((v, j) => `${hs[j]}${c}${v}`).join(sep)).join('\n'); }
    case 'kvblock': { const c = pick(['：', ':']); const [l, r2] = pick([['【', '】'], ['#', ''], ['--- ', ' ---'], ['记录', ''], ['[', ']']]); return rows.map((r, i) => `${l}${i + 1}${r2}\n` + r.map((v, j) => `${hs[j]}${c}${v}`).join('\n')).join('\n\n'); }
    case 'html': return '<table border="1">\n<tr>' + hs.map((h) => `<th>${h}</th>`).join('') + '</tr>\n' + rows.map((r) => '<tr>' + r.map((v) => `<td>${v}</td>`).join('') + '</tr>').join('\n') + '\n</table>';
    case 'json': { const objs = rows.map((r) => Object.fromEntries(ks.map((k, j) => [o.cnKeys ? hs[j] : k, r[j]]))); return o.ndjson ? objs.map((x) => JSON.stringify(x)).join('\n') : JSON.stringify(objs, null, o.pretty ? 2 : 0); }
    case 'sql': return `INSERT INTO \`${o.table || 't_customer'}\` (${ks.map((k) => '`' + k + '`').join(', ')}) VALUES\n` + rows.map((r) => '(' + r.map((c) => (/^\d{1,6}$/.test(c) ? c : `'${c}'`)).join(', ') + ')').join(',\n') + ';';
    default: throw new Error('style ' + style);
  }
}
function reorder(cols) { if (chance(0.35)) return shuffle(cols); cols = cols.slice(); for (let i = ri(0, 2); i > 0; i--) { const a = ri(0, cols.length - 1), b = ri(0, cols.length - 1); [cols[a], cols[b]] = [cols[b], cols[a]]; } return cols; }
function table(d, cols, n, mkRow, o = {}) {
  cols = cols.filter(Boolean); if (!o.fixedOrder) cols = reorder(cols);
  if (o.seq !== false && chance(0.6)) cols.unshift({ h: pick(['序号', '编号', 'No', '#']), k: 'seq', f: (p, i) => String(i + 1) });
  const rows = []; for (let i = 0; i < n; i++) { const p = mkRow(i); rows.push(cols.map((c) => String(c.f(p, i) ?? ''))); }
  return render(d.style, cols.map((c) => c.h), cols.map((c) => c.k), rows, o);
}
const opt = (p, c) => (chance(p) ? c : null);
function pre(d, title, org, o = {}) {
  const L = [title];
  if (chance(0.7)) L.push(`${pick(['导出时间', '生成时间', '打印时间', '提取时间', '数据日期'])}：${X(d, chance(0.5) ? 'datetime' : 'date')}`);
  if (o.staff !== false && chance(0.5)) { const s = staff(org); L.push(`${pick(['导出人', '经办人', '制表人', '操作员'])}：${W.name(d, s.name)}${chance(0.6) ? `（${pick(['工号', '柜员号', '工号：'])}${X(d, 'staff_no')}）` : ''}`); }
  if (chance(0.4)) L.push(pick(['【内部资料 严禁外传】', '密级：机密', '仅供内部使用，请勿转发', '注：本表含客户敏感信息，请按规定保管', '*** 机密 ***']));
  return L.join('\n');
}
function post(d, n) { const L = []; if (chance(0.5)) L.push(`${pick(['共', '合计', '总计'])} ${n} ${pick(['条', '笔', '户', '人'])}${chance(0.5) ? '，金额合计 ' + X(d, 'amount') : ''}`); if (chance(0.35)) L.push(`${pick(['客服热线', '服务热线', '咨询电话'])}：${X(d, 'hotline')}`); return L.join('\n'); }
const join = (...parts) => parts.filter(Boolean).join(pick(['\n', '\n\n']));
const std = ['csv', 'tsv', 'pipe', 'md', 'fixed', 'kv', 'html', 'csv', 'fixed', 'kvblock', 'semi'];

// ------------------------------------------------------------------ kinds
const KINDS = [];
const kind = (name, n, fn) => KINDS.push({ name, n, fn });

kind('card_instal', 10, (d) => {
  const F = S(d, std); const org = pick(ORG.bank); const n = nRows();
  const cols = [F.name(['姓名', '客户姓名', '持卡人', '持卡人姓名']), F.id(H.id), F.mob(H.mob), F.card(['卡号', '信用卡号', '主卡卡号', '卡号(主卡)'], ccardOf),
    F.x(['分期金额', '账单分期金额', '分期本金'], 'amount'), F.lit('期数', 'terms', () => pick(['3', '6', '12', '18', '24', '36'])),
    F.amt(['每期手续费', '手续费'], 5, 900), F.x(['合同编号', '分期合同号', '协议编号'], 'contract'), F.x(['办理时间', '申请时间', '分期日期'], 'datetime'),
    opt(0.55, F.mail(H.mail)), opt(0.4, F.x(['营销产品', '产品'], 'product_loan')), opt(0.4, F.x(['授权码'], 'auth_code')), opt(0.5, F.x(['分期订单号', '交易流水号'], 'serial')), opt(0.3, F.lit('渠道', 'ch', () => pick(['APP', '电销', '短信', '柜面'])))];
  return join(pre(d, `${org[0]}信用卡中心 ${pick(['账单分期营销名单', '分期客户明细', '现金分期办理清单', '分期业务导出'])}`, org), table(d, cols, n, () => person()), post(d, n));
});

kind('card_stmt', 12, (d) => {
  const org = pick(ORG.bank); const p = person(); const c = ccardOf(p); const L = [];
  L.push(`${org[0]}信用卡${pick(['电子账单', '对账单', '月结单'])}  ${X(d, 'date')}`);
  L.push(`尊敬的${W.name(d, p.name)}${p.sex === '男' ? '先生' : '女士'}：`, '感谢您使用本行信用卡，以下是您本期账单信息。');
  L.push(`卡号：${maskCard(d, c)}    账单日：${X(d, 'date')}    到期还款日：${X(d, 'date')}`);
  L.push(`本期应还金额：${X(d, 'amount')}    最低还款额：${X(d, 'amount')}    信用额度：${X(d, 'amount')}`);
  if (chance(0.7)) L.push(`账单寄送邮箱：${W.mail(d, emailOf(p))}`);
  if (chance(0.5)) L.push(`预留手机：${maskMob(d, p.mobile)}`); else if (chance(0.5)) L.push(`预留手机：${W.mob(d, p.mobile)}`);
  if (chance(0.6)) L.push(`自动还款账户：${W.card(d, p.card, ri(0, 1))}（${cardBank(p.card)}）`);
  L.push('', pick(['交易日  记账日  交易摘要  交易金额  交易参考号', '交易日期|记账日期|摘要|金额(人民币)|参考号']));
  const n = ri(3, 25); const sep = L[L.length - 1].includes('|') ? '|' : '  ';
  for (let i = 0; i < n; i++) {
    let desc = pick(['消费 沃尔玛(深圳南山店)', '财付通-美团外卖', '支付宝-淘宝', '银联入账', '消费 中国石化加油站', '分期手续费', '还款 谢谢', '消费 京东商城', '取现手续费', '年费']);
    if (chance(0.12)) { const q = person(); desc = `转账还款-${W.name(d, q.name)}`; }
    L.push([X(d, 'date'), X(d, 'date'), desc, X(d, 'amount'), X(d, 'rrn')].join(sep));
  }
  L.push('', `如有疑问请致电${X(d, 'hotline')}或登录手机银行查询。${chance(0.4) ? '本邮件由系统自动发送，请勿回复：' + d.care('email', `noreply@${org[1]}`, `noreply@${org[1]}`) : ''}`);
  return L.join('\n');
});

kind('collect_list', 11, (d) => {
  const F = S(d, std); const org = pick([...ORG.cfc, ...ORG.bank, ...ORG.col]); const n = nRows(); const two = chance(0.5);
  const stf = Array.from({ length: ri(1, 4) }, () => staff(org));
  const cols = [F.name(['借款人', '客户姓名', '姓名', '债务人']), F.id(['身份证号', '证件号码', '借款人身份证']), F.mob(['手机号', '本人手机', '借款人电话', '联系电话']),
    opt(0.7, F.card(['还款卡号', '绑定银行卡', '代扣卡号', '银行卡号'])), F.x(['借据号', '借款编号', '贷款账号'], 'loan_no'), F.x(['逾期金额', '应还总额', '欠款金额'], 'amount'), F.x(['案件编号', '案件号'], 'case_no'),
    F.x(['放款日期', '借款日期'], 'date'), opt(0.7, F.x(['剩余本金', '在贷余额', '合同金额'], 'amount')), opt(0.5, F.x(['借款产品', '产品'], 'product_loan')),
    F.lit(['逾期天数', 'DPD'], 'dpd', () => String(ri(1, 720))), opt(0.5, F.lit(['逾期阶段', '账龄'], 'stage', () => pick(['M1', 'M2', 'M3', 'M3+', 'M6+']))),
    F.x(['最后还款日', '到期日', '最近还款时间'], 'datetime'), F.name(['紧急联系人', '联系人1', '紧急联系人1'], (p) => p.ec1.name, 'ec1'), F.lit(['关系', '联系人关系', '关系1'], 'rel1', (p) => p.r1),
    F.mob(['联系人电话', '联系人1电话', '紧急联系人电话'], (p) => p.ec1.mobile, 'ec1_mobile'),
    two && F.name(['联系人2', '紧急联系人2'], (p) => p.ec2.name, 'ec2'), two && F.lit(['关系2'], 'rel2', (p) => p.r2), two && F.mob(['联系人2电话'], (p) => p.ec2.mobile, 'ec2_mobile'),
    opt(0.4, F.lit(['户籍地址', '家庭住址', '现住址'], 'addr', () => addr())), opt(0.5, F.name(['催收员', '跟进人', '所属催收员'], (p) => p.st.name, 'collector')),
    opt(0.3, F.land(['家庭电话', '住宅电话'], (p) => (chance(0.6) ? landOf(p) : null)))];
  return join(pre(d, `${org[0]} ${pick(['贷后催收名单', '逾期客户委外清单', 'M1-M3逾期名单', '催收分案明细', '委外催收案件表'])}`, org),
    table(d, cols, n, () => { const p = person(); p.r1 = pick(RELS); p.ec1 = relative(p, p.r1); p.r2 = pick(RELS); p.ec2 = relative(p, p.r2); p.st = pick(stf); return p; }), post(d, n));
});

kind('collect_notes', 10, (d) => {
  const org = pick([...ORG.cfc, ...ORG.col]); const st = staff(org); const L = []; const n = ri(1, 14);
  L.push(`${org[0]} 催收记录${chance(0.5) ? ' 导出' : ''}   催收员：${W.name(d, st.name)}  工号：${X(d, 'staff_no')}`);
  for (let i = 0; i < n; i++) {
    const p = person(); const r = pick(RELS); const e = relative(p, r); const out = () => pick(['无人接听', '关机', '停机', '承诺本周五前还款', '称已还款，需核实', '态度恶劣挂断', '称不认识借款人', '同意转告', '要求协商分期', '空号']);
    const [op, cl] = pick([['，身份证 ', '，'], ['（身份证号：', '）'], [' 证件号 ', ' '], ['(', ') ']]);
    const blk = [`【${X(d, 'datetime')}】案件号 ${X(d, 'case_no')}`,
      `借款人${pick(['：', ' ', ''])}${W.name(d, p.name)}${op}${W.id(d, p.id)}${cl}逾期 ${ri(3, 400)} 天，欠款 ${X(d, 'amount', DG.amount_n())} 元。`,
      `${pick(['拨打本人手机', '致电本人', '外呼'])} ${W.mob(d, p.mobile, ri(0, 2))}：${out()}。`,
      `${pick(['联系紧急联系人', '转拨联系人', '拨打'])}${W.name(d, e.name)}（${r}）${W.mob(d, e.mobile, ri(0, 2))}：${out()}。`];
    if (chance(0.35)) { const nm = genMobile(); blk.push(`客户提供新号码 ${W.mob(d, nm)}，已更新。`); }
    if (chance(0.3)) blk.push(`已发送还款提醒至邮箱 ${W.mail(d, emailOf(p))}。`);
    if (chance(0.3)) blk.push(`告知还款账户：${X(d, 'company')} ${W.acct(d, corpAcct())}，附言填写借据号 ${X(d, 'loan_no')}。`);
    if (chance(0.3)) blk.push(`客户称绑定卡 ${maskCard(d, p.card)} 余额不足，约定 ${X(d, 'date')} 扣款。`);
    if (chance(0.25)) blk.push(`客户投诉，已告知可拨打 ${X(d, 'hotline')} 反映。`);
    L.push(blk.join(pick(['\n', ' '])));
  }
  return L.join('\n\n');
});

kind('loan_export', 10, (d) => {
  const F = S(d, ['csv', 'csv', 'tsv', 'json']); const org = pick(ORG.cfc); const n = nRows(); const eng = chance(0.6);
  const h = (en, cn) => (eng ? en : cn);
  const cols = [F.x(h('user_id', '用户ID'), 'snowflake', 'user_id'), F.name(h(pick(['real_name', 'cust_name', 'name']), '真实姓名'), undefined, 'real_name'),
    F.id(h(pick(['id_card', 'id_no', 'cert_no']), '身份证号'), undefined, 'id_card'), F.mob(h(pick(['phone', 'mobile', 'reg_mobile']), '注册手机'), undefined, 'mobile'),
    F.card(h(pick(['bank_card_no', 'card_no', 'bind_card']), '绑卡卡号'), undefined, 'bank_card_no'), F.lit(h('bank_name', '开户行'), 'bank_name', (p) => cardBank(p.card)),
    F.x(h('loan_amount', '借款金额'), 'amount', 'loan_amount'), F.lit(h('term', '期限'), 'term', () => pick(['3', '6', '9', '12'])),
    F.x(h('order_no', '订单号'), 'order18', 'order_no'), F.x(h(pick(['apply_time', 'create_time']), '申请时间'), chance(0.5) ? 'ms_epoch' : 'datetime', 'apply_time'),
    opt(0.6, F.mail(h('email', '邮箱'))), opt(0.6, F.x(h('loan_no', '借据号'), 'loan_no', 'loan_no')), opt(0.4, F.x(h('device_imei', '设备IMEI'), 'imei', 'imei')),
    opt(0.4, F.name(h('contact_name', '联系人姓名'), (p) => p.ec.name, 'contact_name')), opt(0.4, F.mob(h('contact_phone', '联系人手机'), (p) => p.ec.mobile, 'contact_phone')),
    opt(0.3, F.lit(h('status', '状态'), 'status', () => pick(['REPAYING', 'OVERDUE', 'SETTLED', '逾期', '已结清'])))];
  const body = table(d, cols, n, () => { const p = person(); p.ec = relative(p, pick(RELS)); return p; }, { seq: false, ndjson: chance(0.5), pretty: chance(0.3), crlf: chance(0.3) });
  return chance(0.5) ? join(`# ${org[0]} ${pick(['放款明细', 'user_loan export', '在贷用户', '风控样本'])} ${X(d, 'date')}`, body) : body;
});

kind('policy_list', 10, (d) => {
  const F = S(d, std); const org = pick(ORG.ins); const n = nRows(); const group = chance(0.3); const head = [];
  if (group) head.push(`投保单位：${X(d, 'company')}`, `统一社会信用代码：${W.uscc(d, genUSCC('91'))}`, `团体保单号：${X(d, 'policy_no')}`, `单位联系人：${W.name(d, person().name)}`);
  const stf = Array.from({ length: ri(1, 3) }, () => staff(org));
  const cols = group
    ? [F.name(['被保险人', '被保险人姓名']), F.id(['证件号码', '被保险人证件号']), F.lit('性别', 'sex', (p) => p.sex), F.mob(['手机号', '联系电话']), F.x(['保险起期', '生效日期'], 'date'),
      F.amt(['保费', '人均保费'], 50, 3000), opt(0.5, F.card(['理赔账户', '收款卡号'])), opt(0.4, F.lit('职业类别', 'job', () => String(ri(1, 4))))]
    : [F.x(['保单号', '保险单号', '保单号码'], 'policy_no'), F.x(['险种', '产品名称', '险种名称'], 'product_ins'), F.name(['投保人', '投保人姓名']), F.id(['投保人证件号', '投保人身份证']),
      F.mob(['投保人手机', '投保人电话', '联系电话']), F.name(['被保险人'], (p) => p.ins.name, 'insured'), F.id(['被保险人证件号', '被保人身份证'], (p) => p.ins.id, 'insured_id'),
      F.lit(['与投保人关系', '关系'], 'rel', (p) => p.rel), F.lit(['受益人'], 'bene', (p) => (p.bene ? W.name(d, p.bene.name) : '法定')),
      opt(0.6, F.id(['受益人证件号'], (p) => p.bene && p.bene.id, 'bene_id')), F.amt(['年缴保费', '保费', '首期保费'], 300, 60000),
      opt(0.7, F.card(['缴费账号', '扣款账户', '续期缴费卡号'])), F.x(['生效日期', '承保日期'], 'date'), F.x(['投保时间', '录入时间'], 'datetime'), opt(0.5, F.mail(H.mail)),
      opt(0.5, F.name(['业务员', '代理人', '服务人员'], (p) => p.st.name, 'agent')), opt(0.3, F.x(['业务员工号', '代理人编码'], 'staff_no'))];
  const mk = () => {
    const p = person(); p.st = pick(stf); p.rel = pick(['本人', '配偶', '子女', '父母', '本人']);
    p.ins = p.rel === '本人' ? p : person(p.rel === '子女' ? { y0: 2005, y1: 2020 } : p.rel === '父母' ? { y0: 1945, y1: 1965 } : {});
    p.bene = chance(0.55) ? person() : null; return p;
  };
  return join(pre(d, `${org[0]} ${pick(['保单清单', '承保清单', '新契约明细', '续期应收清单', '团体被保险人清单'])}`, org), head.join('\n'), table(d, cols, n, mk), post(d, n));
});

kind('claim_reg', 9, (d) => {
  const F = S(d, std); const org = pick(ORG.ins); const n = nRows(); const stf = Array.from({ length: ri(1, 3) }, () => staff(org));
  const cols = [F.x(['报案号', '报案编号'], 'claim_no'), opt(0.6, F.x(['赔案号', '立案号'], 'claim_no')), opt(0.6, F.x(['保单号'], 'policy_no')),
    F.name(['出险人', '被保险人', '伤者姓名']), F.id(['证件号码', '出险人证件号']), F.x(['出险日期', '事故日期'], 'date'),
    F.lit(['出险原因', '事故经过'], 'cause', () => pick(['意外摔伤', '交通事故', '住院治疗', '重大疾病确诊', '门诊', '航班延误', '手术'])),
    opt(0.6, F.lit(['就诊医院', '医院'], 'hosp', () => `${pick(CITY)}市${pick(['第一', '第二', '中心', '人民', '中医'])}医院`)), F.x(['索赔金额', '申请金额'], 'amount'), F.x(['核定赔款', '赔付金额'], 'amount'),
    F.name(['领款人', '收款人', '领款人姓名'], (p) => p.payee.name, 'payee'), F.card(['领款账号', '收款账号', '收款卡号'], (p) => p.payee.card, 'payee_card'),
    F.mob(['领款人电话', '联系电话', '报案人电话'], (p) => p.payee.mobile, 'payee_mobile'), opt(0.6, F.name(['理赔员', '处理人', '查勘员'], (p) => p.st.name, 'adjuster'))];
  return join(pre(d, `${org[0]} ${pick(['理赔案件登记簿', '理赔台账', '赔款支付清单', '已决赔案清单'])}`, org),
    table(d, cols, n, () => { const p = person(); p.payee = chance(0.7) ? p : relative(p, pick(['配偶', '儿子', '女儿', '母亲'])); p.st = pick(stf); return p; }), post(d, n));
});

kind('wealth_clients', 10, (d) => {
  const F = S(d, std); const org = pick([...ORG.bank, ...ORG.sec]); const n = nRows(); const stf = Array.from({ length: ri(1, 3) }, () => staff(org));
  const cols = [F.x(['客户号', '客户编号', '基金账号'], 'cust_no'), F.name(['客户姓名', '姓名', '投资者名称']),
    F.lit(['证件类型'], 'cert_type', (p) => (p.usePass ? '护照' : '身份证')), F.lit(['证件号码', '证件号'], 'cert_no', (p) => (p.usePass ? W.pass(d, passOf(p)) : W.id(d, p.id, F.s.id))),
    F.lit(['风险等级', '风险承受能力', '风险测评结果'], 'risk', () => pick(['C1', 'C2', 'C3', 'C4', 'C5', 'R2稳健型', '保守型', '平衡型', '成长型', '进取型'])),
    opt(0.6, F.x(['测评日期', '风险测评日期'], 'date')), F.x(['持有产品', '产品名称'], 'product_wm'), F.x(['持仓市值', '持有金额', '资产规模(元)'], 'amount'),
    F.mob(H.mob), opt(0.75, F.mail(H.mail)), opt(0.5, F.card(['资金账户', '理财卡号', '关联卡号'])),
    F.name(['理财经理', '客户经理', '所属经理'], (p) => p.st.name, 'manager'), opt(0.5, F.x(['所属网点', '网点'], 'branch'))];
  return join(pre(d, `${org[0]} ${pick(['理财客户名单', '基金持有人名册', '高净值客户清单', '到期理财客户明细', '存量客户资产表'])}`, org),
    table(d, cols, n, () => { const p = person(); p.usePass = chance(0.1); p.st = pick(stf); return p; }), post(d, n));
});

kind('sec_open', 10, (d) => {
  const F = S(d, std); const org = pick(ORG.sec); const n = nRows(); const stf = Array.from({ length: ri(1, 3) }, () => staff(org));
  const cols = [F.x(['资金账号', '客户号'], 'sec_account'), F.name(['客户姓名', '姓名', '投资者姓名']), F.lit(['证件类型'], 'cert_type', (p) => (p.usePass ? '护照' : '居民身份证')),
    F.lit(['证件号码'], 'cert_no', (p) => (p.usePass ? W.pass(d, passOf(p)) : W.id(d, p.id, F.s.id))), F.x(['沪A股东代码', '上海股东卡'], 'sh_code'), opt(0.6, F.x(['深A股东代码', '深圳股东卡'], 'sh_code')),
    F.lit(['存管银行', '三方存管银行'], 'bank', (p) => cardBank(p.card)), F.card(['银行卡号', '存管银行卡号', '银行账号']), F.mob(H.mob), opt(0.7, F.mail(H.mail)),
    F.x(['开户日期', '开户时间'], 'date'), opt(0.6, F.x(['营业部', '开户营业部'], 'branch')), opt(0.5, F.name(['经纪人', '客户经理', '开发人员'], (p) => p.st.name, 'broker')),
    opt(0.3, F.lit(['风险等级'], 'risk', () => pick(['C1', 'C2', 'C3', 'C4', 'C5'])))];
  return join(pre(d, `${org[0]} ${pick(['新开户客户清单', '线上开户明细', '两融开户名单', '开户见证记录'])}`, org),
    table(d, cols, n, () => { const p = person(); p.usePass = chance(0.12); p.st = pick(stf); return p; }), post(d, n));
});

kind('bank_flow', 14, (d) => {
  const F = S(d, ['fixed', 'csv', 'tsv', 'pipe', 'html', 'md', 'fixed']); const o = person(); const head = [];
  head.push(`${cardBank(o.card)} ${pick(['个人账户交易明细', '活期账户交易明细清单', '借记卡交易流水', '账户历史明细'])}`,
    `${pick(['户名', '客户姓名', '账户名称'])}：${W.name(d, o.name)}    ${pick(['账号', '卡号', '账户'])}：${W.card(d, o.card, ri(0, 1))}`);
  if (chance(0.6)) head.push(`证件号码：${W.id(d, o.id)}`);
  let t = Date.UTC(ri(2021, 2024), ri(0, 11), ri(1, 28)); const t0 = t; const day = () => { const x = new Date(t); return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() }; };
  const pool = []; for (let i = ri(2, 9); i > 0; i--) { const t = rand(); pool.push(t < 0.55 ? { t: 'p', p: person() } : t < 0.85 ? { t: 'c', n: company(), a: corpAcct(), b: branch() } : { t: 'x', pl: pick(PLATFORMS), a: DG.platform_account() }); }
  const n = ri(5, 60); const ast = ri(0, 1);
  const cols = [F.lit(['交易日期', '记账日期', '日期'], 'date', () => { t += ri(0, 4) * 864e5; return X(d, 'date', fmtDate(day())); }), opt(0.5, F.lit(['交易时间', '时间'], 'time', () => hms())),
    F.lit(['摘要', '交易摘要', '交易类型'], 'memo', (r) => (!r.cp ? pick(['ATM取款', '柜台取现', '结息', '短信服务费']) : r.cp.t === 'p' ? pick(['转账', '跨行转账', '手机银行转账', '网银转入', '还款']) : r.cp.t === 'c' ? pick(['代发工资', '货款', '报销', '退款', '消费']) : pick(['快捷支付', '提现', '消费']))),
    F.x(['交易金额', '发生额', '收入/支出'], 'amount'), F.x(['余额', '账户余额'], 'amount'),
    F.lit(['对方户名', '对方账户名称', '对手户名'], 'cp_name', (r) => (!r.cp ? '' : r.cp.t === 'p' ? W.name(d, r.cp.p.name) : X(d, 'company', r.cp.t === 'c' ? r.cp.n : r.cp.pl[0]))),
    F.lit(['对方账号', '对方卡号', '对手账号'], 'cp_acct', (r) => (!r.cp ? '' : r.cp.t === 'p' ? W.card(d, r.cp.p.card, F.s.card) : r.cp.t === 'c' ? W.acct(d, r.cp.a, ast) : X(d, 'platform_account', r.cp.a))),
    opt(0.7, F.lit(['对方开户行', '对方行名'], 'cp_bank', (r) => (!r.cp ? '' : r.cp.t === 'p' ? cardBank(r.cp.p.card) : r.cp.t === 'c' ? X(d, 'branch', r.cp.b) : r.cp.pl[1]))),
    opt(0.7, F.x(['流水号', '交易流水号', '柜员流水'], 'serial')), opt(0.3, F.lit(['渠道'], 'ch', () => pick(['网银', '手机银行', 'ATM', '柜面', 'POS'])))];
  const body = table(d, cols, n, () => ({ cp: chance(0.08) ? null : pick(pool) }), { fixedOrder: chance(0.6) }); const t1 = t; t = t0; const from = fmtDate(day()); t = t1;
  head.push(`币种：人民币    查询期间：${X(d, 'date', from)} 至 ${X(d, 'date', fmtDate(day()))}`);
  return join(head.join('\n'), body, chance(0.5) ? `打印时间：${X(d, 'datetime')}  本流水仅供参考，加盖业务章有效。` : '');
});

kind('transfer_slip', 12, (d) => {
  const L = []; const k = ri(1, 3);
  for (let i = 0; i < k; i++) {
    const side = () => { if (chance(0.7)) { const p = person(); return { n: () => W.name(d, p.name), a: () => W.card(d, p.card, ri(0, 1)), b: cardBank(p.card) + pick(CITY) + pick(DIST) + '支行' }; } const c = company(); const a = corpAcct(); const b = branch(); return { n: () => X(d, 'company', c), a: () => W.acct(d, a), b }; };
    const pay = side(), rec = side(); const m = money(10, 500000); const bank = pick(REAL_BANKS); const c = pick(['：', ':', '  ']);
    const cn = cnUpper(Math.floor(m.v), Math.round(m.v * 100) % 100); X(d, 'amount', m.grouped); X(d, 'amount_cn', cn);
    const lines = [`${bank}${pick(['电子回单', '网上银行电子回单', '业务回单（付款）', '转账凭证'])}`, `回单编号${c}${X(d, 'receipt_no')}    ${pick(['交易日期', '记账日期'])}${c}${X(d, 'date')}`,
      `付款人户名${c}${pay.n()}`, `付款人账号${c}${pay.a()}`, `付款人开户行${c}${X(d, 'branch', pay.b)}`,
      `收款人户名${c}${rec.n()}`, `收款人账号${c}${rec.a()}`, `收款人开户行${c}${X(d, 'branch', rec.b)}`,
      `金额（小写）${c}${m.grouped}`, `金额（大写）${c}${cn}`,
      `用途${c}${pick(['货款', '借款', '还款', '房租', '往来款', '生活费', '工程款', '劳务费'])}`, `交易流水号${c}${X(d, 'serial')}`];
    if (chance(0.5)) lines.push(`凭证号${c}${X(d, 'voucher')}`); if (chance(0.6)) lines.push(`验证码${c}${X(d, 'verify_code')}`);
    if (chance(0.4)) lines.push(`经办柜员${c}${X(d, 'staff_no')}    打印时间${c}${X(d, 'datetime')}`);
    L.push(lines.join('\n'));
  }
  return L.join('\n\n------------------------------\n\n');
});

kind('credit_report', 11, (d) => {
  const old = chance(0.35); const p = person(old ? { legacy: true } : {}); const sp = person(); const L = []; const c = pick(['：', ':']);
  L.push(pick(['个人信用报告', '个人信用报告（银行版）', '个人征信报告（本人查询版）']), `报告编号${c}${X(d, 'report_no')}    报告时间${c}${X(d, 'datetime')}`);
  L.push(`被查询者姓名${c}${W.name(d, p.name)}    被查询者证件类型${c}身份证    被查询者证件号码${c}${W.id(d, p.id)}`);
  L.push(`查询机构${c}${X(d, 'branch')}    查询原因${c}${pick(['贷款审批', '信用卡审批', '贷后管理', '担保资格审查'])}`);
  if (old) L.push(`曾用证件号码${c}${W.id15(d, p.id)}（15位）`);
  L.push('', '一 个人基本信息', '（一）身份信息', `性别${c}${p.sex}    婚姻状况${c}已婚    学历${c}${pick(['本科', '大专', '硕士研究生', '高中'])}`);
  L.push(`手机号码${c}${W.mob(d, p.mobile)}    住宅电话${c}${W.land(d, landOf(p), ri(0, 4))}    单位电话${c}${W.land(d, genLand(), ri(0, 4), true)}`);
  if (chance(0.5)) L.push(`电子邮箱${c}${W.mail(d, emailOf(p))}`);
  L.push(`通讯地址${c}${addr()}`, '（二）配偶信息', `姓名${c}${W.name(d, sp.name)}    证件号码${c}${W.id(d, sp.id)}    工作单位${c}${X(d, 'company')}    联系电话${c}${W.mob(d, sp.mobile)}`);
  L.push('（三）手机号码历史', '编号  手机号码  信息更新日期');
  for (let i = 1; i <= ri(1, 5); i++) L.push(`${i}  ${W.mob(d, i === 1 ? p.mobile : genMobile())}  ${X(d, 'date')}`);
  L.push('（四）职业信息', '编号  工作单位  单位性质  进入本单位年份  信息更新日期');
  for (let i = 1; i <= ri(1, 3); i++) L.push(`${i}  ${X(d, 'company')}  ${pick(['民营', '国有', '外资'])}  ${ri(2005, 2023)}  ${X(d, 'date')}`);
  L.push('', '二 信贷交易信息明细', `账户1  发放机构${c}${X(d, 'branch')}  账户标识${c}${X(d, 'loan_no')}  借款金额${c}${X(d, 'amount')}  开立日期${c}${X(d, 'date')}`);
  L.push(`账户2  发卡机构${c}${pick(REAL_BANKS)}  卡号${c}${maskCard(d, ccardOf(p))}  授信额度${c}${X(d, 'amount')}  已用额度${c}${X(d, 'amount')}`);
  if (chance(0.5)) L.push(`相关还款责任  责任人${c}${W.name(d, p.name)}  担保合同编号${c}${X(d, 'contract')}  担保金额${c}${X(d, 'amount')}`);
  L.push('', '五 查询记录', '编号  查询日期  查询机构  查询原因');
  for (let i = 1; i <= ri(2, 8); i++) L.push(`${i}  ${X(d, 'date')}  ${pick([...ORG.bank, ...ORG.cfc])[0]}  ${pick(['贷款审批', '信用卡审批', '贷后管理'])}`);
  L.push('', `本报告仅供参考。异议申请请拨打${X(d, 'hotline')}。`);
  return L.join('\n');
});

kind('debit_batch', 10, (d) => {
  const org = pick([...ORG.cfc, ...ORG.ins, ...ORG.bank]); const n = nRows(); const sep = pick(['|', ',', '\t', '|']); if (sep === ',') CUR.amt = 1; const L = []; const batch = X(d, 'batch'); const legacy = chance(0.2);
  const codes = chance(0.5); const wm = ri(0, 1);
  L.push(['H', batch, X(d, 'merchant_no'), org[0], String(n), X(d, 'amount'), X(d, 'date')].join(sep));
  if (chance(0.4)) L.push(['#类型', '序号', '卡号', '户名', '证件类型', '证件号', '金额', '协议号', '流水号', '手机'].join(sep));
  for (let i = 1; i <= n; i++) {
    const p = person(legacy && chance(0.5) ? { legacy: true } : {}); const idRaw = p.id.raw15 ? W.id15(d, p.id) : W.id(d, p.id);
    L.push(['D', String(i).padStart(6, '0'), W.card(d, p.card), W.name(d, p.name), codes ? '01' : '身份证', idRaw, X(d, 'amount'), X(d, 'agreement_no'), X(d, 'serial'), chance(0.85) ? W.mob(d, p.mobile, wm) : ''].join(sep));
  }
  L.push(['T', String(n), X(d, 'amount')].join(sep));
  return join(chance(0.5) ? `${pick(['代扣明细文件', '批量代收文件', '委托扣款文件'])} ${batch}.txt` : '', L.join(chance(0.3) ? '\r\n' : '\n'));
});

kind('pos_merchant', 10, (d) => {
  const F = S(d, std); const org = pick([...ORG.bank, ['银联商务', 'chinaums-demo.cn'], ['拉卡拉', 'lkl-demo.cn']]); const n = nRows(); const stf = Array.from({ length: ri(1, 3) }, () => staff(org));
  const cols = [F.x(['商户编号', '商户号', 'MID'], 'merchant_no'), F.lit(['商户名称', '签约商户名称'], 'mer_name', (p) => X(d, 'company', p.mname)),
    F.lit(['统一社会信用代码', '营业执照号', '社会信用代码'], 'uscc', (p) => W.uscc(d, p.uscc)), F.name(['法人', '法定代表人', '负责人', '经营者']),
    F.id(['法人身份证', '法人证件号', '负责人身份证号']), F.mob(['联系手机', '法人手机', '联系电话']),
    F.lit(['结算账户名', '结算户名'], 'acct_name', (p) => (p.priv ? W.name(d, p.name) : X(d, 'company', p.mname))),
    F.lit(['结算账号', '结算卡号', '入账账户'], 'acct', (p) => (p.priv ? W.card(d, p.card, F.s.card) : W.acct(d, p.ca))), opt(0.6, F.x(['开户行', '结算开户行'], 'branch')),
    F.x(['终端号', '终端编号', 'TID'], 'terminal_no'), opt(0.6, F.x(['MCC', '行业类别码'], 'mcc')), opt(0.6, F.x(['费率', '借记卡费率'], 'rate')),
    opt(0.4, F.lit(['装机地址', '经营地址'], 'addr', () => addr())), opt(0.4, F.name(['拓展人员', '客户经理', '推荐人'], (p) => p.st.name, 'sales')), opt(0.3, F.mail(['联系邮箱', '邮箱']))];
  return join(pre(d, `${org[0]} ${pick(['POS商户清单', '收单商户信息表', '新增商户进件明细', '商户结算信息'])}`, org),
    table(d, cols, n, () => { const p = person(); p.priv = chance(0.6); p.mname = company(p.priv ? 'shop' : null); p.uscc = genUSCC(p.priv ? '92' : '91'); p.ca = corpAcct(); p.st = pick(stf); return p; }), post(d, n));
});

kind('vip_clients', 10, (d) => {
  const F = S(d, std); const org = pick([...ORG.bank, ...ORG.sec]); const n = nRows(); const stf = Array.from({ length: ri(1, 3) }, () => staff(org));
  const cols = [F.lit(['客户等级', '等级', '贵宾等级'], 'level', () => pick(['钻石', '私行', '白金', '金卡', '黑金', 'VIP5'])), F.name(['客户姓名', '姓名', '贵宾姓名']), F.lit(['性别'], 'sex', (p) => p.sex),
    F.id(H.id), F.mob(H.mob), opt(0.6, F.land(['住宅电话', '家庭电话', '固话'])), F.mail(H.mail), F.x(['AUM', '金融资产', '日均资产'], 'amount'), F.x(['客户号', '客户编号', '核心客户号'], 'cust_no'), F.x(['开户日期', '成为贵宾日期'], 'date'),
    opt(0.7, F.x(['上月日均', '年日均'], 'amount')), opt(0.6, F.x(['最近交易时间', '最近到店'], 'datetime')),
    opt(0.4, F.lit(['护照号码', '护照号'], 'passport', (p) => (chance(0.5) ? W.pass(d, passOf(p)) : ''))), opt(0.4, F.card(['主账户', '借记卡号', '借记卡'])),
    F.name(['专属客户经理', '客户经理', '服务经理'], (p) => p.st.name, 'manager'), opt(0.5, F.mob(['经理电话', '客户经理手机'], (p) => p.st.mobile, 'manager_mobile'))];
  return join(pre(d, `${org[0]} ${pick(['贵宾客户名单', '私人银行客户清单', '高端客户维护表', '钻石卡客户明细'])}`, org), table(d, cols, n, () => { const p = person(); p.st = pick(stf); return p; }), post(d, n));
});

kind('call_notes', 10, (d) => {
  const org = pick([...ORG.bank, ...ORG.cfc, ...ORG.ins]); const L = []; const n = ri(1, 12);
  for (let i = 0; i < n; i++) {
    const p = person(); const st = staff(org); const c = pick(['：', ':']); const blk = [];
    blk.push(`工单号${c}${X(d, 'ticket')}  来电时间${c}${X(d, 'datetime')}  来电号码${c}${W.mob(d, p.mobile, pick([0, 0, 0, 3, 8]))}`);
    blk.push(`客户姓名${c}${W.name(d, p.name)}  ${chance(0.6) ? `证件号${c}${W.id(d, p.id)}` : `身份核实${c}证件后四位 ${maskId(d, p.id.v)} 一致`}`);
    const t = ri(0, 5);
    if (t === 0) blk.push(`诉求${c}客户称卡号 ${W.card(d, p.card, ri(0, 1))} 于 ${X(d, 'datetime')} 被盗刷 ${X(d, 'amount', DG.amount_n())} 元，交易参考号 ${X(d, 'rrn')}，商户号 ${X(d, 'merchant_no')}，已办理临时挂失。`);
    if (t === 1) { const nm = genMobile(); blk.push(`诉求${c}修改预留手机，原号码 ${W.mob(d, p.mobile)}，新号码 ${W.mob(d, nm)}，已提示前往网点办理。`); }
    if (t === 2) { const m = relative(p, '母亲'); blk.push(`诉求${c}投诉催收人员多次拨打其母亲${W.name(d, m.name)}电话 ${W.mob(d, m.mobile)}，要求停止骚扰，借据号 ${X(d, 'loan_no')}。`); }
    if (t === 3) blk.push(`诉求${c}咨询账单分期，卡片 ${maskCard(d, ccardOf(p))}，分期金额 ${X(d, 'amount')}，已发送分期说明至 ${W.mail(d, emailOf(p))}。`);
    if (t === 4) blk.push(`诉求${c}变更还款账户为 ${W.card(d, p.card)}（${cardBank(p.card)}），原账户 ${maskCard(d, genCard('d'))}。`);
    if (t === 5) blk.push(`诉求${c}理赔进度查询，报案号 ${X(d, 'claim_no')}，被保险人${W.name(d, relative(p, '儿子').name)}，已告知材料齐全后 ${ri(3, 10)} 个工作日到账。`);
    if (chance(0.3)) blk.push(`回访电话${c}${W.mob(d, chance(0.5) ? p.mobile : genMobile())}`);
    blk.push(`坐席${c}${W.name(d, st.name)}（${X(d, 'staff_no')}）  录音编号${c}${X(d, 'ticket')}`);
    L.push(blk.join('\n'));
  }
  return join(`${org[0]} 客服中心 ${pick(['工单导出', '来电记录', '投诉工单明细'])}（热线 ${X(d, 'hotline')}）`, L.join('\n\n'));
});

kind('loan_app', 10, (d) => {
  const org = pick([...ORG.bank, ...ORG.cfc]); const p = person(); const sp = person(); const r = pick(RELS.filter((x) => x !== '配偶')); const e = relative(p, r); const st = staff(org);
  const c = pick(['：', ':', '：  ']); const f = [];
  f.push([`申请编号`, X(d, 'contract')], ['申请日期', X(d, 'date')], ['申请人姓名', W.name(d, p.name)], ['身份证号码', W.id(d, p.id, ri(0, 1))], ['性别', p.sex],
    ['出生日期', `${p.id.y}-${pad2(p.id.m)}-${pad2(p.id.d)}`], ['手机号码', W.mob(d, p.mobile, ri(0, 2))], ['电子邮箱', W.mail(d, emailOf(p))]);
  if (chance(0.6)) f.push(['住宅电话', W.land(d, landOf(p), ri(0, 6))]);
  f.push(['现居住地址', addr()], ['工作单位', X(d, 'company')]);
  if (chance(0.4)) f.push(['单位统一社会信用代码', W.uscc(d, genUSCC('91'))]);
  if (chance(0.7)) f.push(['单位电话', `${W.land(d, genLand(), ri(0, 4), true)}${chance(0.4) ? '转' + ri(800, 8999) : ''}`]);
  f.push(['月收入', A(d, 3000, 80000)]);
  if (chance(0.7)) f.push(['配偶姓名', W.name(d, sp.name)], ['配偶身份证号', W.id(d, sp.id)], ['配偶手机', W.mob(d, sp.mobile)]);
  f.push(['紧急联系人', W.name(d, e.name)], ['与申请人关系', r], ['联系人电话', W.mob(d, e.mobile)]);
  f.push(['收款账户', W.card(d, p.card, ri(0, 1))], ['开户行', X(d, 'branch', cardBank(p.card) + pick(CITY) + pick(DIST) + '支行')], ['申请金额', X(d, 'amount')],
    ['申请期限', pick(['12个月', '24个月', '36个月'])], ['借款用途', pick(['装修', '消费', '教育', '经营周转', '购车'])], ['客户经理', W.name(d, st.name)], ['经理工号', X(d, 'staff_no')]);
  const title = `${org[0]} ${pick(['个人消费贷款申请表', '个人信用贷款申请书', '信用卡申请表（电子版）', '网贷进件信息'])}`;
  const style = ri(0, 2);
  if (style === 0) return join(title, f.map(([k, v]) => `${k}${c}${v}`).join('\n'));
  if (style === 1) { const out = []; for (let i = 0; i < f.length; i += 2) out.push(f.slice(i, i + 2).map(([k, v]) => `${k}${c}${v}`).join('      ')); return join(title, out.join('\n')); }
  return join(`## ${title}`, '| 项目 | 内容 |\n|---|---|\n' + f.map(([k, v]) => `| ${k} | ${v} |`).join('\n'));
});

kind('guarantor', 9, (d) => {
  const F = S(d, std); const org = pick(ORG.bank); const n = nRows();
  const cols = [F.name(['借款人', '主借款人']), F.id(['借款人证件号', '借款人身份证']), opt(0.6, F.mob(['借款人电话', '借款人手机'])), F.x(['贷款合同号', '借款合同编号'], 'contract'),
    F.x(['担保合同号', '保证合同编号'], 'contract'), F.name(['担保人', '保证人', '共同借款人'], (p) => p.g.name, 'guarantor'), F.id(['担保人证件号', '保证人身份证'], (p) => p.g.id, 'guarantor_id'),
    F.mob(['担保人手机', '保证人电话'], (p) => p.g.mobile, 'guarantor_mobile'), F.lit(['与借款人关系', '关系'], 'rel', (p) => p.r),
    F.x(['担保金额', '保证金额'], 'amount'), F.x(['借据号'], 'loan_no'), F.x(['放款日期', '起始日'], 'date'), opt(0.6, F.x(['贷款余额'], 'amount')), F.lit(['担保方式'], 'type', () => pick(['连带责任保证', '一般保证', '抵押+保证'])), opt(0.4, F.card(['担保人账户', '保证人卡号'], (p) => p.g.card, 'g_card')),
    opt(0.3, F.mail(['担保人邮箱'], (p) => emailOf(p.g), 'g_email')), F.x(['到期日', '贷款到期日'], 'date')];
  return join(pre(d, `${org[0]} ${pick(['担保人信息清单', '保证人台账', '共同借款人名单'])}`, org), table(d, cols, n, () => { const p = person(); p.r = pick(RELS); p.g = relative(p, p.r); return p; }), post(d, n));
});

kind('payroll', 10, (d) => {
  const F = S(d, std); const bank = pick(ORG.bank); const n = nRows(); const head = [];
  head.push(`${bank[0]} ${pick(['代发工资明细', '批量代发清单', '代发业务申请表'])}`, `代发单位：${X(d, 'company')}`);
  if (chance(0.75)) head.push(`统一社会信用代码：${W.uscc(d, genUSCC('91'))}`);
  head.push(`付款账号：${W.acct(d, corpAcct(), ri(0, 1))}    代发批次：${X(d, 'batch')}    代发日期：${X(d, 'date')}`);
  if (chance(0.5)) head.push(`经办人：${W.name(d, person().name)}    联系电话：${W.land(d, genLand(), ri(0, 4), true)}`);
  const cols = [F.x(['工号', '员工编号'], 'staff_no'), opt(0.7, F.x(['流水号', '交易流水'], 'serial')), opt(0.5, F.x(['入账时间'], 'datetime')), F.name(['姓名', '员工姓名', '收款人姓名', '户名']), F.card(['卡号', '工资卡号', '收款账号', '账号']),
    opt(0.6, F.id(H.id)), opt(0.3, F.mob(H.mob)), F.amt(['金额', '实发金额', '代发金额'], 2500, 60000), opt(0.5, F.lit(['备注', '摘要'], 'memo', () => pick(['工资', '绩效', '年终奖', '补发工资', '报销'])))];
  return join(head.join('\n'), table(d, cols, n, () => person()), post(d, n));
});

kind('mail_fwd', 10, (d) => {
  const org = pick([...ORG.bank, ...ORG.cfc, ...ORG.ins, ...ORG.sec]); const a = staff(org), b = staff(org), c = staff(org); const L = [];
  const ext = genEmail(a);
  L.push(`From: "${W.name(d, a.name)}" <${W.mail(d, a.email)}>`, `To: ${chance(0.5) ? W.mail(d, ext) : `${W.name(d, b.name)} <${W.mail(d, b.email)}>`}`);
  if (chance(0.6)) L.push(`Cc: ${W.name(d, c.name)} <${W.mail(d, c.email)}>${chance(0.4) ? `; ${d.care('email', `risk-ops@${org[1]}`, `risk-ops@${org[1]}`)}` : ''}`);
  const { y, m, d: dd } = rdate(); const dt = X(d, 'date_header', `${pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, ${dd} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y} ${hms()} +0800`);
  L.push(`Date: ${dt}`, `Subject: ${pick(['转发：', 'Fw: ', '回复：', ''])}${pick(['本月逾期客户名单', '高净值客户清单（请勿外传）', '理赔待支付清单', '新开户客户明细', '名单核对'])}`, `Message-ID: <${X(d, 'msg_id')}>`, '');
  L.push(`${W.name(d, b.name)}${pick(['你好', '，您好', '：'])}`, `${pick(['名单如下，请查收', '附件打不开，直接贴在正文里了', '这是上周的数据，帮忙核对一下'])}。有问题打我手机 ${W.mob(d, a.mobile, ri(0, 2))}。`, '');
  const F = S(d, ['tsv', 'fixed', 'kv', 'md', 'pipe']); const n = ri(1, 25);
  const cols = [F.name(H.name), F.mob(H.mob), opt(0.7, F.id(H.id)), opt(0.5, F.card(H.card)), opt(0.5, F.mail(H.mail)), F.x(['金额', '欠款', '资产'], 'amount'), F.x(['合同号', '借据号', '保单号'], chance(0.5) ? 'contract' : 'loan_no'), opt(0.6, F.x(['日期', '到期日'], 'date')), opt(0.4, F.x(['客户号'], 'cust_no'))];
  L.push(table(d, cols, n, () => person()), '', '--', W.name(d, a.name), `${org[0]} ${pick(['零售信贷部', '风险管理部', '个人金融部', '运营中心', '客户服务部'])}`);
  L.push(`电话：${W.land(d, genLand(), ri(0, 4), true)}   手机：${W.mob(d, a.mobile, ri(0, 2))}`, `邮箱：${W.mail(d, a.email)}`);
  if (chance(0.3)) L.push(`<img src="cid:${X(d, 'file')}">`);
  return L.join('\n');
});

kind('api_log', 9, (d) => {
  const svc = pick(['risk-engine', 'loan-gateway', 'credit-query', 'bind-card-svc', 'kyc-service', 'collection-dialer']); const L = []; const n = ri(2, 40); const snake = chance(0.5);
  const k = (a, b) => (snake ? a : b);
  for (let i = 0; i < n; i++) {
    const p = person(); const mask = chance(0.2); const { y, m, d: dd } = rdate();
    const o = { [k('req_id', 'reqId')]: X(d, 'req_id'), [k('real_name', 'name')]: mask ? maskName(d, p.name) : W.name(d, p.name), [k('id_no', 'idNo')]: mask ? maskId(d, p.id.v) : W.id(d, p.id, ri(0, 1)),
      [k('mobile', 'mobile')]: mask ? maskMob(d, p.mobile) : W.mob(d, p.mobile), [k('bank_card', 'bankCardNo')]: mask ? maskCard(d, p.card) : W.card(d, p.card) };
    if (chance(0.4)) o[k('email', 'email')] = W.mail(d, emailOf(p));
    if (chance(0.3)) o[k('device_id', 'imei')] = X(d, 'imei');
    o.ts = Number(X(d, 'ms_epoch'));
    L.push(`${y}-${pad2(m)}-${pad2(dd)} ${hms()}.${digits(3)} ${pick(['INFO', 'INFO', 'DEBUG', 'WARN'])} [${svc}] ${pick(['request', 'req', '入参', 'payload'])}=${JSON.stringify(o)}`);
    if (chance(0.6)) L.push(`${y}-${pad2(m)}-${pad2(dd)} ${hms()}.${digits(3)} INFO [${svc}] response=${JSON.stringify({ code: pick(['0000', '0', 'E1024']), msg: pick(['success', '成功', '四要素不一致']), [k('order_no', 'orderNo')]: X(d, 'order18'), score: ri(300, 850) })}`);
  }
  return L.join('\n');
});

kind('sms_log', 9, (d) => {
  const F = S(d, ['csv', 'tsv', 'fixed', 'html', 'pipe']); const org = pick([...ORG.cfc, ...ORG.col, ...ORG.bank]); const n = nRows(); const hl0 = DG.hotline(); const hl = () => X(d, 'hotline', hl0);
  const content = (p) => pick([
    () => `【${org[0]}】${W.name(d, p.name)}您好，您${X(d, 'masked_card', '尾号' + p.card.slice(-4))}的借款已逾期${ri(1, 90)}天，应还${X(d, 'amount', DG.amount_n())}元，请尽快还款，详询${hl()}。`,
    () => `【${org[0]}】尊敬的${W.name(d, p.name)}，您的账单${X(d, 'amount', DG.amount_n())}元将于${X(d, 'date')}到期，请保持还款卡余额充足。`,
    () => `【${org[0]}】${W.name(d, p.name)}的紧急联系人您好，请转告其尽快处理欠款，否则将依法追诉。退订回T`,
    () => `【${org[0]}】您的验证码为${X(d, 'auth_code')}，5分钟内有效，请勿泄露。`,
    () => `【${org[0]}】${W.name(d, p.name)}，您申请的${X(d, 'product_loan')}已放款${X(d, 'amount', DG.amount_n())}元至${X(d, 'masked_card', '尾号' + p.card.slice(-4))}的银行卡。`])();
  const cols = [F.x(['发送时间', '提交时间'], 'datetime'), F.mob(['手机号码', '接收号码', '号码']), F.lit(['短信内容', '内容'], 'content', content),
    F.lit(['状态', '发送状态'], 'status', () => pick(['成功', '成功', '失败', 'DELIVRD', 'UNDELIV'])), opt(0.7, F.x(['短信ID', 'msgid'], 'sms_id'))];
  return join(pre(d, `${pick(['短信发送记录', '催收短信下发明细', '营销短信回执'])} - ${org[0]}`, org, { staff: false }), table(d, cols, n, () => person(), { fixedOrder: true }), post(d, n));
});

kind('aml_report', 9, (d) => {
  const org = pick(ORG.bank); const p = person(); const st = staff(org); const L = []; const c = pick(['：', ':']);
  L.push(`${pick(['可疑交易报告', '大额可疑交易人工分析报告', '客户尽职调查表（加强型）'])}    报告编号${c}${X(d, 'report_no')}`);
  L.push(`一、可疑主体`, `姓名${c}${W.name(d, p.name)}  证件类型${c}居民身份证  证件号码${c}${W.id(d, p.id)}`, `联系电话${c}${W.mob(d, p.mobile)}  职业${c}${pick(['个体工商户', '无业', '自由职业', '企业主', '学生'])}  住址${c}${addr()}`);
  const accs = [p.card, ...(chance(0.6) ? [genCard('d')] : [])];
  L.push(`涉及账户${c}${accs.map((a) => `${W.card(d, a, ri(0, 1))}（${cardBank(a)}）`).join('、')}`);
  if (chance(0.4)) L.push(`关联企业${c}${X(d, 'company')}（统一社会信用代码 ${W.uscc(d, genUSCC())}），法定代表人为该客户。`);
  L.push('二、交易对手（前若干名）', '序号  对手名称  对手账号  笔数  金额合计');
  for (let i = 1; i <= ri(2, 15); i++) {
    if (chance(0.75)) { const q = person(); L.push(`${i}  ${W.name(d, q.name)}  ${W.card(d, q.card)}  ${ri(1, 80)}  ${X(d, 'amount')}`); }
    else L.push(`${i}  ${X(d, 'company')}  ${W.acct(d, corpAcct())}  ${ri(1, 30)}  ${X(d, 'amount')}`);
  }
  L.push('三、可疑特征', `自${X(d, 'date')}至${X(d, 'date')}，该客户账户累计收到${ri(20, 300)}名个人转入${X(d, 'amount', DG.amount_n())}元，资金快进快出，交易流水号如 ${X(d, 'serial')}、${X(d, 'serial')}，疑似为他人提供账户出租。`);
  L.push(`四、报告人`, `报告机构${c}${X(d, 'branch', org[0] + pick(CITY) + '分行')}  报告人${c}${W.name(d, st.name)}  联系电话${c}${W.land(d, genLand(), ri(0, 4), true)}  邮箱${c}${W.mail(d, st.email)}`);
  return L.join('\n');
});

kind('card_mailing', 9, (d) => {
  const F = S(d, std); const org = pick(ORG.bank); const n = nRows();
  const cols = [F.x(['制卡批次', '批次号'], 'batch'), F.name(['持卡人', '姓名']), F.card(['卡号', '新卡卡号']), F.x(['有效期', '卡片有效期'], 'expiry'), F.id(H.id),
    F.name(['收件人'], (p) => p.rcv.name, 'receiver'), F.mob(['收件人电话', '收件电话', '手机'], (p) => p.rcv.mobile, 'receiver_mobile'), F.lit(['寄送地址', '邮寄地址'], 'addr', () => addr()),
    F.x(['快递单号', '运单号', '邮件号'], 'express'), F.x(['寄送时间', '发卡时间'], 'datetime')];
  return join(pre(d, `${org[0]} ${pick(['新卡寄送清单', '制卡数据', '卡片邮寄明细', '换卡寄送名单'])}`, org), table(d, cols, n, () => { const p = person(); p.card = ccardOf(p); p.rcv = chance(0.8) ? p : relative(p, pick(['配偶', '母亲', '同事'])); return p; }), post(d, n));
});

kind('collect_chat', 10, (d) => {
  const org = pick([...ORG.col, ...ORG.cfc]); const team = Array.from({ length: ri(2, 5) }, () => staff(org)); const grp = pick(['催收二组', '委外A组', 'M3+攻坚群', '贷后工作群']); const L = [];
  const who = (s) => `${W.name(d, s.name)}${chance(0.4) ? `(${grp})` : ''}`; const ts = () => `[${X(d, 'datetime')}]`;
  L.push(`${grp} 聊天记录导出`);
  for (let i = ri(1, 10); i > 0; i--) {
    const p = person(); const r = pick(RELS); const e = relative(p, r); const a = pick(team), b = pick(team);
    L.push(`${ts()} ${who(a)}: ${pick(['这个重点跟一下', '@全体 今天跟进', '新分的案子', '这户还没回款'])} ${W.name(d, p.name)} ${pick(['身份证', '身份证号', 'sfz'])}${W.id(d, p.id, ri(0, 1))} ${pick(['手机', '电话', 'tel'])}${W.mob(d, p.mobile, ri(0, 2))} 欠${chance(0.5) ? X(d, 'amount') : X(d, 'amount_w', (ri(5, 300) / 10).toFixed(1) + '万')}`);
    if (chance(0.7)) L.push(`${ts()} ${who(b)}: 他${r === '配偶' ? '老婆/老公' : r} ${W.name(d, e.name)} ${W.mob(d, e.mobile, ri(0, 2))} 打过了，${pick(['说不管', '答应转告', '关机', '说已经离婚了'])}`);
    if (chance(0.4)) L.push(`${ts()} ${who(a)}: 卡号 ${W.card(d, p.card, ri(0, 1))} 今天扣款${pick(['失败', '成功一半'])}`);
    if (chance(0.3)) L.push(`${ts()} ${who(b)}: 邮箱 ${W.mail(d, emailOf(p))} 发过律师函了`);
    if (chance(0.3)) L.push(`${ts()} ${who(pick(team))}: [图片]`);
    if (chance(0.3)) L.push(`${ts()} ${who(pick(team))}: 收到`);
  }
  return L.join('\n');
});

kind('agent_roster', 10, (d) => {
  const F = S(d, std); const org = pick(ORG.ins); const n = nRows(); const leaders = Array.from({ length: ri(1, 3) }, () => person());
  const cols = [F.x(['工号', '代理人编码', '人员代码'], 'staff_no'), F.name(['姓名', '代理人姓名']), F.lit(['性别'], 'sex', (p) => p.sex), F.id(H.id), F.mob(H.mob), F.mail(H.mail),
    F.x(['执业证编号', '执业证号'], 'cert_no'), F.x(['入司日期', '签约日期'], 'date'), F.amt(['本年标保', '月度FYC', '累计保费'], 500, 90000), opt(0.6, F.x(['最近出单时间'], 'datetime')), F.lit(['职级'], 'rank', () => pick(['业务员', '业务主任', '业务经理', '高级经理'])),
    opt(0.7, F.card(['佣金账户', '工资卡号', '收款账号'])), opt(0.6, F.name(['推荐人', '直属主管', '增员人'], (p) => p.lead.name, 'referrer')), opt(0.3, F.lit(['所属团队'], 'team', () => `${pick(CITY)}${pick(['一部', '二部', '精英团队'])}`))];
  return join(pre(d, `${org[0]} ${pick(['代理人花名册', '营销员信息表', '在职人员清单', '增员明细'])}`, org), table(d, cols, n, () => { const p = person(); p.lead = pick(leaders); return p; }), post(d, n));
});

kind('mortgage', 9, (d) => {
  const F = S(d, std); const org = pick(ORG.bank); const n = nRows();
  const cols = [F.name(['借款人', '主贷人']), F.id(['借款人证件号', '证件号码']), F.mob(['联系电话', '手机']), F.name(['共同借款人', '配偶'], (p) => p.co && p.co.name, 'co_borrower'),
    F.id(['共同借款人证件号'], (p) => p.co && p.co.id, 'co_id'), opt(0.4, F.mob(['共同借款人电话'], (p) => p.co && p.co.mobile, 'co_mobile')), F.x(['楼盘名称', '项目'], 'project'),
    F.lit(['房号', '房屋坐落'], 'room', () => `${ri(1, 30)}栋${ri(1, 33)}${pad2(ri(1, 6))}`), F.amt(['贷款金额', '合同金额'], 200000, 5000000), F.lit(['期限(月)', '期限'], 'term', () => pick(['120', '240', '300', '360'])),
    F.amt(['月供', '月还款额'], 1500, 25000), F.card(['还款卡号', '扣款账户']), F.x(['合同编号', '借款合同号'], 'contract'), F.x(['放款日期'], 'date'), opt(0.4, F.mail(H.mail))];
  return join(pre(d, `${org[0]} ${pick(['个人住房按揭客户清单', '按揭放款明细', '公积金组合贷名单', '提前还款申请清单'])}`, org), table(d, cols, n, () => { const p = person(); p.co = chance(0.7) ? person() : null; return p; }), post(d, n));
});

kind('sql_dump', 9, (d) => {
  const F = S(d, ['sql']); const db = pick(['loan_core', 'crm', 'card_center', 'policy_db', 'p2p_prod']); const tb = pick(['t_customer', 'user_info', 'cust_base', 'loan_apply', 't_policy_holder']); const n = nRows();
  const cols = [F.lit('id', 'id', (p, i) => String(1000 + i)), F.name('name', undefined, pick(['name', 'cust_name', 'real_name'])), F.id('id_no', undefined, pick(['id_no', 'cert_no', 'id_card'])),
    F.mob('mobile', undefined, pick(['mobile', 'phone', 'tel'])), opt(0.8, F.card('card', undefined, pick(['card_no', 'bank_card', 'acct_no']))), opt(0.7, F.mail('email', undefined, 'email')),
    F.x('cust_no', 'cust_no', 'cust_no'), F.x('amt', 'amount', pick(['credit_limit', 'loan_amt', 'balance'])), opt(0.6, F.x('ord', 'order18', 'order_no')), F.x('ct', 'datetime', 'created_at'), opt(0.6, F.x('ut', 'datetime', 'updated_at')),
    opt(0.3, F.x('ms', 'ms_epoch', 'update_ts'))];
  const body = table(d, cols, n, () => person(), { fixedOrder: true, seq: false, table: tb });
  return [`-- MySQL dump 10.13  Distrib 5.7.${ri(20, 44)}, for Linux (x86_64)`, `--`, `-- Host: 10.${ri(0, 255)}.${ri(0, 255)}.${ri(1, 254)}    Database: ${db}`, `-- ------------------------------------------------------`,
    `LOCK TABLES \`${tb}\` WRITE;`, body, 'UNLOCK TABLES;', `-- Dump completed on ${X(d, 'datetime')}`].join('\n');
});

kind('form_template', 7, (d) => {
  const org = pick([...ORG.bank, ...ORG.sec, ...ORG.ins]); const L = []; const c = pick(['：', ':']);
  L.push(`${org[0]}${pick(['个人开户申请书', '信用卡申请表', '投保单', '证券账户开户申请表'])}  填写说明`, `表单编号${c}${X(d, 'form_no', `${pick(['HX', 'KH', 'TB'])}-${pick(['KH', 'XY', 'TB'])}-${rdate().y}-${pad2(ri(1, 12))}`)}    版本日期${c}${X(d, 'date')}`);
  const sn = pick(['张三', '李四', '王五']);
  L.push(`1. 姓名${c}请填写与有效身份证件一致的姓名，例如"${d.care('person_name_zh', sn, sn)}"；代理人/法定代表人示例"${d.care('person_name_zh', '李四', '李四')}"。`);
  L.push(`2. 证件号码${c}18位，末位为X的请大写，例：${d.care('cn_resident_id', '11010519491231002X', '11010519491231002X')}；请勿使用已作废号码（如 ${X(d, 'sample_invalid_id')}）。`);
  L.push(`3. 手机号码${c}请填写本人实名手机，例：${d.care('cn_mobile', '13800138000', '13800138000')}，不接受 ${X(d, 'masked_mobile', '138****8000')} 等脱敏格式。`);
  if (chance(0.6)) L.push(`4. 电子邮箱${c}例 ${d.care('email', 'example@163.com', 'example@163.com')}，用于接收电子对账单。`);
  L.push(`5. 银行卡号${c}请填写本人一类户借记卡，示例 ${X(d, 'masked_card', '6222 **** **** 0000')}；卡号校验失败将被退回。`);
  L.push(`6. 客服热线${c}${X(d, 'hotline')}    服务时间${c}${X(d, 'time_range')}`, `7. 收费标准${c}年费 ${X(d, 'amount')}，分期手续费率 ${X(d, 'rate')}。`);
  if (chance(0.5)) L.push(`8. 如需邮寄，请寄至本行信用卡中心，邮编 ${ri(100000, 699999)}，来函请注明${X(d, 'contract')}。`);
  if (chance(0.5)) L.push(`咨询邮箱${c}${d.care('email', `service@${org[1]}`, `service@${org[1]}`)}`);
  L.push('', '申请人签字：__________    日期：____年__月__日');
  return L.join('\n');
});

kind('bank_notice', 7, (d) => {
  const org = pick([...ORG.bank, ...ORG.cfc]); const L = [];
  L.push(`${org[0]}${pick(['关于调整信用卡分期手续费的公告', '关于系统升级暂停部分服务的公告', '关于防范电信网络诈骗的提示', '春节期间营业安排公告'])}`, '');
  L.push(`尊敬的客户：为提升服务质量，本行将于${X(d, 'date')} ${X(d, 'time_range')}进行系统升级，期间手机银行、网上银行及${pick(REAL_BANKS)}跨行转账暂停服务。`);
  L.push(`自${X(d, 'date')}起，账单分期手续费率由${X(d, 'rate')}调整为${X(d, 'rate')}，单笔分期金额上限${X(d, 'amount')}。活动编号：${X(d, 'batch')}。`);
  L.push(`本行不会以任何理由要求您提供卡号、密码或短信验证码。请勿向“${X(d, 'masked_name', pick(['王*', '李某某', '张**']))}”等陌生人转账至 ${X(d, 'masked_card', `6222 **** **** ${digits(4)}`)} 等账户。`);
  L.push(`如有疑问，请致电客服热线 ${X(d, 'hotline')} 或 ${X(d, 'hotline')}，或前往${X(d, 'branch')}咨询。`);
  if (chance(0.6)) L.push(`客服邮箱：${d.care('email', `kefu@${org[1]}`, `kefu@${org[1]}`)}  官网活动页图片 ${X(d, 'file')}`);
  L.push('', `${org[0]}`, X(d, 'date'));
  return L.join('\n');
});

kind('settle_summary', 9, (d) => {
  const F = S(d, ['csv', 'fixed', 'tsv', 'md']); const n = nRows(); const org = pick(ORG.bank);
  const head = [`${org[0]} 商户结算汇总表`, `结算日期：${X(d, 'date')}   批次号：${X(d, 'batch')}   结算账户：${W.acct(d, corpAcct(), ri(0, 1))}`];
  const cols = [F.x(['商户号', '商户编号'], 'merchant_no'), F.x(['商户名称'], 'company'), F.x(['终端号'], 'terminal_no'), F.lit(['笔数', '交易笔数'], 'cnt', () => String(ri(1, 900))),
    F.x(['交易金额'], 'amount'), F.x(['手续费'], 'amount'), F.x(['结算金额', '清算金额'], 'amount'), opt(0.6, F.x(['参考号', '检索参考号'], 'rrn')),
    opt(0.5, F.lit(['卡号', '交易卡号'], 'card', () => maskCard(d, genCard()))), opt(0.5, F.x(['授权码'], 'auth_code')), opt(0.4, F.x(['联行号', '开户行行号'], 'bank_code'))];
  return join(head.join('\n'), table(d, cols, n, () => ({})), `客服热线：${X(d, 'hotline')}`);
});

kind('travel_ins', 9, (d) => {
  const F = S(d, std); const org = pick(ORG.ins); const n = nRows(); const dest = pick(['日本', '泰国', '申根国家', '新加坡', '美国', '澳大利亚', '马来西亚']);
  const head = [`${org[0]} ${pick(['境外旅行意外险投保清单', '团队出境游保险名单', '留学生保险被保险人清单'])}`, `目的地：${dest}    保险期间：${X(d, 'date')} 至 ${X(d, 'date')}    团号：${X(d, 'batch')}`];
  if (chance(0.5)) { const lead = person(); head.push(`领队：${W.name(d, lead.name)}  手机：${W.mob(d, lead.mobile)}  护照：${W.pass(d, passOf(lead))}`); }
  const cols = [F.name(['姓名', '被保险人姓名', '中文姓名']), F.lit(['拼音', '姓名拼音', 'Name (Pinyin)'], 'pinyin', (p) => `${p.sp.toUpperCase()} ${p.gp.toUpperCase()}`), F.lit(['性别'], 'sex', (p) => p.sex),
    F.lit(['出生日期'], 'dob', (p) => `${p.id.y}-${pad2(p.id.m)}-${pad2(p.id.d)}`), F.lit(['护照号码', '护照号', 'Passport No.'], 'passport', (p) => W.pass(d, passOf(p))),
    opt(0.6, F.id(['身份证号', '身份证'])), opt(0.7, F.mob(H.mob)), opt(0.5, F.mail(H.mail)), F.x(['保单号', '电子保单号'], 'policy_no'), F.amt(['保费'], 20, 800), opt(0.7, F.x(['订单号', '投保单号'], 'order18')), opt(0.6, F.x(['投保时间'], 'datetime'))];
  return join(head.join('\n'), table(d, cols, n, () => person({ noMin: true })), post(d, n));
});

// ------------------------------------------------------------------ build
const docs = []; const raws = []; let dropped = 0;
for (const k of KINDS) {
  for (let i = 1; i <= k.n; i++) {
    const d = new Doc(k.name); CUR.amt = chance(0.2) ? null : ri(0, 5); CUR.date = chance(0.2) ? null : ri(0, 4); CUR.dt = chance(0.2) ? null : ri(0, 2); const text = k.fn(d);
    const ents = [...d.E.values()]; const cares = [...d.C.values()].filter((c) => !d.E.has(c.detector + '\u0000' + c.value));
    const vals = [...ents, ...cares].map((e) => e.value.toLowerCase());
    const decoys = [];
    for (const [t, kd] of d.D) { const tl = t.toLowerCase(), td = tl.replace(/[\s-]/g, ''); if (vals.some((v) => tl.includes(v) || td.includes(v))) { dropped++; continue; } decoys.push({ kind: kd, text: t }); }
    docs.push({ id: `fn-${k.name}-${i}`, kind: k.name, text, entities: ents.map(({ detector, value }) => ({ detector, value })), dontCare: cares.map(({ detector, value }) => ({ detector, value })), decoys });
    raws.push([...ents, ...cares].map((e) => [e.detector, e.value, [...e.raws]]));
  }
}
writeFileSync(OUT, docs.map((x) => JSON.stringify(x)).join('\n') + '\n');

// ------------------------------------------------------------------ self-check
const errs = [];
function validValue(det, v, isEnt) {
  switch (det) {
    case 'cn_resident_id': { if (!/^\d{17}[\dX]$/.test(v) || idCheck(v.slice(0, 17)) !== v[17] || !REGSET.has(v.slice(0, 6))) return false; const y = +v.slice(6, 10); return y >= 1900 && y <= 2025 && validDate(y, +v.slice(10, 12), +v.slice(12, 14)); }
    case 'cn_mobile': return /^1[3-9]\d{9}$/.test(v) && MPSET.has(v.slice(0, 3));
    case 'cn_landline': return /^0\d{9,11}$/.test(v) && AREAS.some(([a, n]) => v.startsWith(a) && v.length === a.length + n);
    case 'email': return v === v.toLowerCase() && /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v);
    case 'bank_card': return /^\d{16,19}$/.test(v) && (!isEnt || luhnOk(v));
    case 'cn_uscc': return v.length === 18 && [...v].every((ch) => UA.includes(ch)) && usccCheck(v.slice(0, 17)) === v[17] && orgCheck(v.slice(8, 16)) === v[16];
    case 'cn_passport': return /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}|[DSP]E\d{7})$/.test(v);
    case 'person_name_zh': return (/^[\u4e00-\u9fa5]{2,4}$/.test(v) || /^[\u4e00-\u9fa5]{2,8}·[\u4e00-\u9fa5]{2,8}$/.test(v)) && !/(先生|女士|小姐|经理|老师)$/.test(v);
    default: return false;
  }
}
const ids = new Set();
docs.forEach((doc, di) => {
  if (ids.has(doc.id)) errs.push(`${doc.id}: duplicate id`); ids.add(doc.id);
  const isEnt = new Set(doc.entities.map((e) => e.detector + '\u0000' + e.value));
  if (isEnt.size !== doc.entities.length) errs.push(`${doc.id}: duplicate entity`);
  for (const c of doc.dontCare) if (isEnt.has(c.detector + '\u0000' + c.value)) errs.push(`${doc.id}: entity/dontCare overlap ${c.value}`);
  for (const [det, v, rs] of raws[di]) {
    if (!validValue(det, v, isEnt.has(det + '\u0000' + v))) errs.push(`${doc.id}: invalid ${det} value ${v}`);
    for (const r of rs) if (!doc.text.includes(r)) errs.push(`${doc.id}: raw form "${r}" of ${det} not in text`);
  }
  const vals = [...doc.entities, ...doc.dontCare].map((e) => e.value.toLowerCase());
  for (const dc of doc.decoys) {
    if (!doc.text.includes(dc.text)) errs.push(`${doc.id}: decoy "${dc.text}" not in text`);
    const tl = dc.text.toLowerCase(), td = tl.replace(/[\s-]/g, '');
    for (const v of vals) if (tl === v || tl.includes(v) || td.includes(v)) errs.push(`${doc.id}: decoy "${dc.text}" contains labelled value ${v}`);
  }
});
const perKind = {}, perDet = {}, perCare = {}, perDecoy = {}; let nEnt = 0, nDec = 0;
for (const doc of docs) {
  perKind[doc.kind] = (perKind[doc.kind] || 0) + 1;
  for (const e of doc.entities) { perDet[e.detector] = (perDet[e.detector] || 0) + 1; nEnt++; }
  for (const e of doc.dontCare) perCare[e.detector] = (perCare[e.detector] || 0) + 1;
  for (const e of doc.decoys) { perDecoy[e.kind] = (perDecoy[e.kind] || 0) + 1; nDec++; }
}
if (docs.length < 250) errs.push(`only ${docs.length} documents`);
if (Object.keys(perKind).length < 25) errs.push(`only ${Object.keys(perKind).length} kinds`);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((perDet[det] || 0) < 300) errs.push(`only ${perDet[det] || 0} ${det} entities`);
if (nDec < nEnt) errs.push(`decoys ${nDec} < entities ${nEnt}`);
const fmt = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(20)} ${v}`).join('\n');
console.log(`wrote ${docs.length} documents to ${OUT}`);
console.log(`documents per kind (${Object.keys(perKind).length} kinds):\n${fmt(perKind)}`);
console.log(`entity labels per detector (total ${nEnt}):\n${fmt(perDet)}`);
console.log(`dontCare labels per detector:\n${fmt(perCare)}`);
console.log(`decoys per kind (total ${nDec}; ${dropped} generated decoys dropped because they contained a labelled value):\n${fmt(perDecoy)}`);
if (errs.length) { console.error(`SELF-CHECK FAILED (${errs.length}):\n` + errs.slice(0, 40).join('\n')); process.exit(1); }
console.log('self-check: OK');
