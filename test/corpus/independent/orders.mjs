#!/usr/bin/env node
/*
 * orders.mjs — independent labelled test corpus for listguard (Chinese DLP detectors).
 *
 * Theme: e-commerce orders and logistics — what a shop's staff or a logistics clerk
 * would leak: order exports from 淘宝/千牛, 天猫, 京东商家后台, 拼多多, 抖店, 有赞, 微店,
 * ERP pick lists, 快递面单, 发货单/配送单, 社区团购 提货单 and 团长结算, 外卖小票, 退款/售后
 * lists, 售后打款, 货到付款, 跨境清关申报, 会员/积分 exports, 客服 chats, 地址簿, 批量下单
 * templates, 发票 lists, 号卡 orders, 处方药 orders, 实名收寄登记.
 *
 * Usage:   node orders.mjs [OUT.jsonl]        (default: ./orders.jsonl next to the script)
 * Output:  one JSON object per line:
 *   {"id":"orders-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          must NOT be reported under any detector
 * Normalisation: cn_resident_id 18 chars upper-case X; cn_mobile 11 digits (no +86);
 *   cn_landline digits incl. leading 0 + area code, no separators, no extension;
 *   email lower-case; bank_card digits only; cn_uscc 18 chars upper-case;
 *   cn_passport upper-case; person_name_zh as written without spaces/padding/titles.
 *
 * Labelling conventions of this corpus (judgement calls):
 *   - 隐私号/虚拟号 (platform relay numbers, written 17012345678-1234, 17012345678转1234,
 *     "17012345678,1234", "17012345678#1234"): the 11-digit base is a shared, expiring
 *     relay number (170/171), not the buyer's own line, but it does reach the buyer
 *     while the order is open -> dontCare cn_mobile (base only). The extension is unlabelled.
 *   - masked values (138****5678, 张*, 王**, 110105********002X, 6222 **** **** 8901,
 *     zha***@163.com) -> decoys.
 *   - 王女士 / 李先生 / 张阿姨 / 刘师傅 (surname + title/kinship word only) -> dontCare
 *     person_name_zh with the bare surname.
 *   - template example rows (张三 / 13800138000 in a 批量下单 template) -> dontCare.
 *   - 号卡 "所选号码" (a new number not yet activated) -> dontCare cn_mobile.
 *   - organisation data: shop landlines / switchboards with 转 extension, a company's
 *     注册电话, role mailboxes (fapiao@, caiwu@), corporate accounts (16-19 digits)
 *     -> dontCare; 20-digit corporate accounts -> decoy; 400 hotlines -> decoy.
 *   - a company's 注册电话 written as a mobile -> dontCare cn_mobile.
 *   - old 20-digit sole-trader tax numbers (身份证号 + 2 digits) -> dontCare
 *     cn_resident_id (the embedded 18 chars), because digit boundaries hide it.
 *   - cn_uscc of buyer and seller companies -> entity (DESIGN.md).
 *   - employees (开票人, 拣货员, 配送员, 团长, 验视人, 开方医生 ...) are persons -> entity;
 *     customer-service nicknames (客服小美) and buyer nicknames (tb…, jd_…) -> decoys.
 *   - a mobile inside <mobile>@139.com -> both the email and the mobile are entities.
 *   - order numbers, 支付宝/微信 trade numbers, 快递单号, SKUs / EAN codes / E+8-digit
 *     part numbers, timestamps, postcodes, 海关/HS codes, store names, company names,
 *     brand product titles (王守义十三香, 张小泉 …), place names (张家口市, 周口市) -> decoys.
 *   - addresses and birthdays are personal data without a detector id: left unlabelled.
 *
 * Written in session 23 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const OUT = process.argv[2] || fileURLToPath(new URL('./orders.jsonl', import.meta.url));

// ------------------------------------------------------------------ PRNG (mulberry32)
let SEED = 0x23_0D_E2_51 | 0;
function rnd() {
  SEED = (SEED + 0x6d2b79f5) | 0;
  let t = Math.imul(SEED ^ (SEED >>> 15), 1 | SEED);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const nz = (n) => String(ri(1, 9)) + digits(n - 1);
const pad = (n, w = 2) => String(n).padStart(w, '0');
const hex = (n) => { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[ri(0, 15)]; return s; };
const money = (a, b) => (ri(Math.round(a * 100), Math.round(b * 100)) / 100).toFixed(2);
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function rowsN(lo = 1, hi = 80) {
  const r = rnd();
  const n = r < 0.22 ? ri(1, 5) : r < 0.62 ? ri(6, 25) : ri(26, 80);
  return Math.max(lo, Math.min(hi, n));
}
const fw = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

// ------------------------------------------------------------------ check algorithms
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idCheck = (b) => { let s = 0; for (let i = 0; i < 17; i++) s += +b[i] * IDW[i]; return '10X98765432'[s % 11]; };
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const PROV2 = new Set([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83]);
function dateOk(y, m, d) { return y >= 1900 && y <= 2026 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m); }
function idLike(s) { // structural resident-ID test used to keep decoys honest
  if (!/^\d{17}[\dXx]$/.test(s)) return false;
  if (!PROV2.has(+s.slice(0, 2))) return false;
  if (!dateOk(+s.slice(6, 10), +s.slice(10, 12), +s.slice(12, 14))) return false;
  return idCheck(s) === s[17].toUpperCase();
}
function legacyLike(s) { return /^\d{15}$/.test(s) && PROV2.has(+s.slice(0, 2)) && dateOk(1900 + +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12)); }
function luhnDigit(body) {
  let sum = 0, dbl = true;
  for (let i = body.length - 1; i >= 0; i--) { let d = +body[i]; if (dbl) { d *= 2; if (d > 9) d -= 9; } sum += d; dbl = !dbl; }
  return String((10 - (sum % 10)) % 10);
}
const luhnOk = (s) => luhnDigit(s.slice(0, -1)) === s.slice(-1);
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function orgCheck(b8) {
  const w = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0;
  for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * w[i]; }
  const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
const usccCheck = (b17) => { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; };
const usccOk = (s) => /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s) && usccCheck(s.slice(0, 17)) === s[17] && orgCheck(s.slice(8, 16)) === s[16];
// "suspicious" digit strings are not used as decoys (they would be honestly ambiguous)
function suspicious(s) {
  if (idLike(s) || legacyLike(s)) return true;
  if (/^\d{16,19}$/.test(s) && /^(62|81|4|5)/.test(s) && luhnOk(s)) return true;
  if (/^1[3-9]\d{9}$/.test(s)) return true;
  return false;
}
function safe(gen) { for (;;) { const s = gen(); const core = s.replace(/\D/g, ''); if (!suspicious(s) && !suspicious(core)) return s; } }

// ------------------------------------------------------------------ reference data
const ID_REGIONS = ('110101 110102 110103 110105 110108 120101 130102 130104 140105 150102 210102 220102 230102 310101 ' +
  '310104 310115 320102 320106 320505 320581 330102 330106 330203 330781 340102 341221 350102 350203 360102 370102 ' +
  '370202 370826 410102 410105 411421 420102 420106 420222 430102 430104 430521 440103 440104 440106 440303 440304 ' +
  '440305 450102 460105 500103 500106 510104 510107 520102 530102 610103 610113 620102 630102 640104 650102').split(' ');
const SURN = [...'王王王李李李张张张刘刘陈陈杨杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'];
const COMPOUND = ['欧阳', '上官', '司马', '诸葛', '司徒', '令狐', '皇甫', '慕容', '夏侯', '尉迟', '东方', '端木'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚辉鹏华飞玲红梅琳斌宇浩凯秀丹婷雪倩颖鑫露瑶佳欣怡晨阳帆博昊然睿轩涵萱琪悦彤志建国庆海波峰俊毅晓燕英玉兰淑珍春云德永东亮新利清莉慧宁琴蓉嘉子梓若雨思诗雅一可依'];
const MINORITY = ['买买提·艾力', '阿依古丽·吐尔逊', '古丽米拉·艾买提', '热依拉·买买提', '艾尔肯·吾斯曼', '扎西顿珠', '次仁卓玛', '格桑梅朵'];
function genName() {
  if (chance(0.015)) return pick(MINORITY);
  const s = chance(0.03) ? pick(COMPOUND) : pick(SURN);
  return s + (chance(0.3) ? pick(GIVEN) : pick(GIVEN) + pick(GIVEN));
}
const surnameOf = (n) => (COMPOUND.includes(n.slice(0, 2)) ? n.slice(0, 2) : n[0]);
const isMinority = (n) => MINORITY.includes(n);

const MOBP = ('130 131 132 133 134 135 136 137 138 139 135 136 137 138 139 145 147 150 151 152 153 155 156 157 158 159 ' +
  '150 151 152 158 159 162 165 166 167 172 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 186 187 188 189 ' +
  '190 191 192 193 195 196 197 198 199 199').split(' ');
const DEMO = new Set(['13800138000', '13912345678', '18888888888']);
const USED = new Set();
function genMobile() { let m; do m = pick(MOBP) + digits(8); while (DEMO.has(m) || USED.has(m)); USED.add(m); return m; }
function vpool() { const n = ri(1, 3), a = []; for (let i = 0; i < n; i++) { let m; do m = pick(['170', '171']) + digits(8); while (USED.has(m)); USED.add(m); a.push(m); } return a; }

const CITIES = [
  ['浙江省', '杭州市', '西湖区', '310012', '0571', '文一西路|文三路|天目山路|古墩路', '文新街道|翠苑街道|蒋村街道'],
  ['浙江省', '杭州市', '余杭区', '311121', '0571', '文一西路|良睦路|五常大道', '五常街道|仓前街道'],
  ['浙江省', '宁波市', '鄞州区', '315100', '0574', '天童南路|四明中路|钱湖北路', '首南街道|中河街道'],
  ['广东省', '深圳市', '南山区', '518057', '0755', '科技园南路|南海大道|深南大道', '粤海街道|南头街道'],
  ['广东省', '深圳市', '福田区', '518048', '0755', '深南中路|福华路|彩田路', '福田街道|莲花街道'],
  ['广东省', '广州市', '天河区', '510620', '020', '天河路|体育西路|黄埔大道西', '天河南街道|石牌街道'],
  ['广东省', '东莞市', '长安镇', '523850', '0769', '长安中路|振安路|乌沙路', ''],
  ['北京市', '北京市', '朝阳区', '100102', '010', '望京街|建国路|朝阳北路', '望京街道|建外街道'],
  ['北京', '北京市', '海淀区', '100080', '010', '中关村大街|学院路|北四环西路', '中关村街道|学院路街道'],
  ['上海市', '上海市', '浦东新区', '200120', '021', '张杨路|世纪大道|金科路', '陆家嘴街道|张江镇'],
  ['上海', '上海市', '徐汇区', '200030', '021', '漕溪北路|虹桥路|肇嘉浜路', '徐家汇街道|天平路街道'],
  ['江苏省', '苏州市', '工业园区', '215021', '0512', '星湖街|金鸡湖大道|现代大道', '斜塘街道|娄葑街道'],
  ['江苏省', '南京市', '鼓楼区', '210009', '025', '中山北路|湖南路|广州路', '湖南路街道|宁海路街道'],
  ['四川省', '成都市', '武侯区', '610041', '028', '人民南路四段|科华北路|武侯祠大街', '玉林街道|浆洗街街道'],
  ['湖北省', '武汉市', '洪山区', '430070', '027', '珞喻路|光谷大道|雄楚大道', '关山街道|珞南街道'],
  ['陕西省', '西安市', '雁塔区', '710061', '029', '小寨东路|长安南路|科技路', '小寨路街道|电子城街道'],
  ['山东省', '青岛市', '市南区', '266071', '0532', '香港中路|东海西路|山东路', '八大关街道|香港中路街道'],
  ['河南省', '郑州市', '金水区', '450003', '0371', '花园路|农业路|经三路', '花园路街道|丰产路街道'],
  ['湖南省', '长沙市', '岳麓区', '410006', '0731', '麓山南路|枫林三路|桐梓坡路', '岳麓街道|观沙岭街道'],
  ['福建省', '厦门市', '思明区', '361001', '', '湖滨南路|莲前西路|厦禾路', '鹭江街道|莲前街道'],
  ['重庆', '重庆市', '渝北区', '401147', '023', '金开大道|红锦大道|新南路', '龙山街道|龙溪街道'],
  ['天津市', '天津市', '南开区', '300100', '022', '鞍山西道|卫津路|南马路', '学府街道|万兴街道'],
  ['辽宁省', '沈阳市', '和平区', '110001', '024', '南京北街|太原街|三好街', '太原街街道|南湖街道'],
  ['河北省', '张家口市', '桥西区', '075061', '', '钻石南路|长青路|至善街', ''],
  ['甘肃省', '兰州市', '城关区', '730030', '0931', '东岗西路|庆阳路|天水南路', '张掖路街道|皋兰路街道'],
  ['新疆维吾尔自治区', '乌鲁木齐市', '天山区', '830002', '', '解放南路|新华北路|中山路', ''],
  ['广西壮族自治区', '南宁市', '青秀区', '530022', '', '民族大道|东葛路|金湖路', ''],
  ['河南省', '周口市', '川汇区', '466000', '', '七一路|八一路|中州大道', ''],
  ['安徽省', '黄山市', '屯溪区', '245000', '', '延安路|新安北路|黄山东路', ''],
  ['云南省', '昆明市', '五华区', '650031', '', '人民中路|一二一大街|东风西路', ''],
].map(([p, c, d, z, a, st, tw]) => ({ p, c, d, z, a, st: st.split('|'), tw: tw ? tw.split('|') : [] }));
const TRAP_CITY = new Set(['张家口市', '周口市', '黄山市']);
const AREA_LEN = { '010': 8, '020': 8, '021': 8, '022': 8, '023': 8, '024': 8, '025': 8, '027': 8, '028': 8, '029': 8, '0571': 8, '0574': 8, '0755': 8, '0769': 8, '0512': 8, '0532': 8, '0371': 8, '0731': 8, '0931': 7 };
const COMPOUNDS = ['阳光花园', '翠苑三区', '金色家园', '万科城', '碧桂园', '龙湖春江郦城', '世纪华庭', '紫荆公寓', '滨江花园', '幸福里', '锦绣江南', '东方明珠城', '望京SOHO', '软件园二期', '保利香槟国际', '绿城桂花园', '和平里小区'];
const BUILDINGS = ['创业大厦', '科技大厦', '国贸中心', '华润大厦', '环球中心', '数字产业园'];
function genAddr() {
  const c = pick(CITIES);
  const st = pick(c.st), comp = pick(COMPOUNDS);
  const detail = pick([
    () => `${st}${ri(1, 999)}号${comp}${ri(1, 30)}幢${ri(1, 6)}单元${ri(1, 33)}0${ri(1, 6)}室`,
    () => `${st}${ri(1, 999)}号${comp}${ri(1, 20)}栋${ri(1, 33)}0${ri(1, 4)}`,
    () => `${st}${ri(1, 500)}号${pick(BUILDINGS)}${pick(['A', 'B', 'C', 'D'])}座${ri(2, 38)}${pad(ri(1, 20))}室`,
    () => `${comp}${ri(1, 12)}号楼${ri(1, 4)}单元${ri(1, 18)}0${ri(1, 3)}`,
    () => `${st}${ri(1, 300)}弄${ri(1, 80)}号${ri(1, 6)}0${ri(1, 4)}室`,
    () => `${st}${ri(1, 999)}号 菜鸟驿站(${comp}店)`,
  ])();
  return { prov: c.p, city: c.c, dist: c.d, town: c.tw.length && chance(0.45) ? pick(c.tw) : '', detail, post: c.z, area: c.a };
}
function genLL(addr) {
  const area = addr && addr.area ? addr.area : pick(Object.keys(AREA_LEN));
  return { area, sub: String(ri(2, 8)) + digits(AREA_LEN[area] - 1) };
}

const BANKS = { 622202: '中国工商银行', 621226: '中国工商银行', 621700: '中国建设银行', 436742: '中国建设银行', 622848: '中国农业银行', 623052: '中国农业银行', 622588: '招商银行', 621483: '招商银行', 621661: '中国银行', 623058: '平安银行', 621799: '中国邮政储蓄银行', 622262: '交通银行', 622908: '兴业银行', 518710: '招商银行', 625809: '中信银行' };
const CARD_LEN = { 436742: 16, 622588: 16, 621483: 16, 518710: 16, 625809: 16, 622908: 18 };
function genCard() {
  const iin = pick(Object.keys(BANKS)); const len = CARD_LEN[iin] || 19;
  const body = iin + digits(len - 7); return { no: body + luhnDigit(body), bank: BANKS[iin] };
}
const branch = (bank, addr) => `${bank}${(addr || genAddr()).city.replace('市', '')}${pick(['文三路', '高新', '中山路', '城西', '人民广场', '科技园', '城南', '开发区'])}支行`;
function genId(y0 = 1958, y1 = 2004) {
  const y = ri(y0, y1), m = ri(1, 12), dd = ri(1, daysIn(y, m));
  const b = pick(ID_REGIONS) + y + pad(m) + pad(dd) + digits(3);
  return b + idCheck(b);
}
function genUscc(p) {
  p = p || pick(['91', '91', '91', '91', '92', '12', '52']);
  const reg = chance(0.6) ? pick(ID_REGIONS) : pick(ID_REGIONS).slice(0, 4) + '00';
  let body;
  if (p === '91' && chance(0.7)) { body = 'MA'; for (let i = 0; i < 6; i++) body += UA[ri(0, 30)]; } else body = digits(8);
  const b17 = p + reg + body + orgCheck(body);
  return b17 + usccCheck(b17);
}
const PY = ('zhang wang li liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo wei fang na min jing qiang lei ' +
  'jun yong yan jie juan tao ming chao xia ping gang hui peng hua fei ling hong mei bin yu hao kai xiu dan ting xue qian ying ' +
  'xin lu yao jia yi fan bo wen ran rui xuan han qi yue tong').split(' ');
const DOMAINS = ['qq.com', 'qq.com', '163.com', '163.com', '126.com', 'foxmail.com', 'sina.com', 'sohu.com', 'aliyun.com', 'outlook.com', 'gmail.com', 'yeah.net', 'hotmail.com', 'sina.cn'];
const USEDMAIL = new Set();
function genEmail(p) {
  let e;
  do {
    const k = rnd();
    if (k < 0.3) e = nz(ri(6, 10)) + '@qq.com';
    else if (k < 0.36 && p && p.mob) e = p.mob + pick(['@139.com', '@189.cn', '@wo.cn']);
    else {
      const local = pick([
        () => pick(PY) + pick(PY) + ri(1, 999),
        () => pick(PY) + '_' + pick(PY) + (1970 + ri(0, 35)),
        () => pick(PY) + '.' + pick(PY),
        () => pick(PY)[0] + pick(PY) + pad(ri(0, 99)),
        () => pick(['sunny', 'happy', 'lucky', 'xiaoyu', 'momo', 'coco', 'tiantian', 'star']) + ri(10, 9999),
      ])();
      e = (chance(0.12) ? local[0].toUpperCase() + local.slice(1) : local) + '@' + pick(DOMAINS);
    }
  } while (USEDMAIL.has(e.toLowerCase()));
  USEDMAIL.add(e.toLowerCase());
  return e;
}
const STORES = ['张记小店', '王姐零食铺', '李记茶行', '老陈家水果铺', '刘阿姨手工坊', '周记鸭脖', '小黄鸭母婴', '晴天杂货铺', '赵家酱园', '何记糖水铺', '吴小姐的衣橱', '马大姐特产店', '林家铺子', '高老庄农产品', '孙小美美妆', '杨记牛肉面', '金牌数码旗舰店', '宋氏茶庄', '郑老板海鲜', '黄师傅五金'];
const CO_W = ['云帆', '星辰', '博远', '汇通', '鼎盛', '佳禾', '恒达', '瑞丰', '启明', '卓越', '联创', '华信', '新锐', '蓝海', '宏图', '致远', '天成'];
const CO_I = ['科技', '贸易', '电子商务', '网络科技', '供应链管理', '食品', '服饰', '信息技术', '文化传媒'];
const company = (a) => `${(a || genAddr()).city.replace(/市$/, '')}${pick(CO_W)}${pick(CO_I)}有限公司`;
const PRODUCTS = [
  ['王老吉凉茶 310ml*24罐 整箱', 'WLJ-310-24', 89], ['周一到周五办公室午睡枕 U型记忆棉', 'ZW-U01', 39.9],
  ['高速Type-C数据线 1米 66W快充', 'TC66-1M', 19.9], ['金典纯牛奶 250ml*12盒 礼盒装', '6907992512103', 69],
  ['江小白 表达瓶 100ml*6', 'JXB-100-6', 108], ['张小泉 家用不锈钢剪刀 三件套', 'ZXQ-J3', 59],
  ['王守义十三香 45g*5袋', 'WSY-45-5', 25.5], ['陈克明 鸡蛋挂面 1kg', 'CKM-1000', 15.8],
  ['老干妈 风味豆豉油制辣椒 280g*2', 'LGM-280-2', 22], ['周黑鸭 锁鲜装 鸭脖 240g', 'ZHY-240', 49],
  ['石榴 会理软籽 5斤装 新鲜', 'SL-5J', 45], ['田园风碎花连衣裙 女 M码', 'E20231108', 129],
  ['叶黄素酯软糖 60粒', 'YHS-60', 89], ['安慕希 常温酸奶 205g*12', 'AMX-205-12', 59.9],
  ['白玉菇 新鲜 500g', 'BYG-500', 12.8], ['史努比 儿童书包 小学生 护脊', 'G10023456', 168],
  ['程序员机械键盘 87键 青轴', 'KB87-BLUE', 199], ['华为 nova 12 手机壳 磨砂', 'HW-N12-C', 29.9],
  ['小米 充电宝 20000mAh 22.5W', 'MI-PB20K', 129], ['明前龙井 250g 礼盒', 'LJ-250', 298],
  ['儿童安全座椅 ISOFIX 0-12岁', 'AQ-ISO-12', 899], ['马卡龙色 桌面收纳盒 三件套', 'MKL-3', 35.9],
  ['余姚杨梅 新鲜现摘 2斤', 'YY-YM-2', 68], ['红烧牛肉面 5连包', '6920152400012', 15],
  ['向日葵 鲜切花 10支', 'XRK-10', 49], ['文具套装 开学礼盒', 'WJ-GIFT', 39], ['常熟 叫花鸡 真空装', 'CS-JHJ', 58],
  ['任天堂 Switch 游戏卡 塞尔达', 'E30125678', 299], ['宁夏枸杞 特级 500g', 'NX-GQ-500', 39.9],
  ['新疆阿克苏 冰糖心苹果 10斤', 'AKS-10', 59.9], ['杨国福麻辣烫 自热 3盒', 'YGF-3', 45],
].map(([t, sku, p]) => ({ t, sku, p: p.toFixed(2) }));
const XB_PRODUCTS = [['澳洲 爱他美 婴儿奶粉 3段 800g', '1901101090', 198], ['日本 花王 纸尿裤 L54', '9619001190', 99], ['韩国 雪花秀 润燥精华 60ml', '3304990099', 560], ['新西兰 麦卢卡蜂蜜 UMF10+ 250g', '0409000000', 239], ['德国 双心 鱼油 120粒', '2106909090', 128], ['美国 Swisse 维生素C 泡腾片', '2106909090', 89], ['法国 兰蔻 小黑瓶 50ml', '3304990099', 760]].map(([t, hs, p]) => ({ t, hs, p: p.toFixed(2) }));
const CARRIERS = ['顺丰速运', '中通快递', '圆通速递', '韵达快递', '申通快递', '极兔速递', '京东快递', '邮政快递包裹', 'EMS'];
const TRK = {
  '顺丰速运': () => 'SF' + nz(13), '中通快递': () => '7' + pick(['3', '5', '8']) + digits(12), '圆通速递': () => 'YT' + nz(13),
  '韵达快递': () => pick(['43', '46', '31']) + digits(11), '申通快递': () => '77' + digits(13), '极兔速递': () => 'JT' + digits(13),
  '京东快递': () => 'JDVA' + digits(11), '邮政快递包裹': () => '98' + digits(11), 'EMS': () => '10' + digits(11),
};
const trk = (co) => safe(TRK[co]);
const onum = {
  taobao: () => safe(() => pick(['1', '2', '3', '4']) + digits(ri(17, 18))),
  jd: () => pick(['2', '3']) + digits(11),
  pdd: (t) => `${ymd(t).slice(2)}-${safe(() => nz(15))}`,
  douyin: () => safe(() => pick(['69', '50', '48']) + digits(17)),
  youzan: (t) => 'E' + ymd(t) + hms(t) + digits(6),
  weidian: () => pick(['8', '7']) + digits(11),
  meituan: () => safe(() => '27' + digits(17)),
  eleme: () => safe(() => '80' + digits(17)),
  alipay: (t) => ymd(t) + '2200' + pick(['1', '4']) + digits(15),
  wxpay: (t) => '4200' + digits(6) + ymd(t) + digits(10),
  refund: () => safe(() => pick(['1', '2']) + digits(17)),
  internal: () => 'XS' + digits(10),
};
const CN_NICKS = ['快乐小鱼', '晴天娃娃520', '一只小胖猫', '风吹麦浪', '阳光下的向日葵', '木子李', '周末不加班', '橘子汽水', '小雨🌸', 'A.宝妈团', '追风少年', '柠檬不酸', 'Hello小熊', '开心每一天', '云淡风轻', '宝宝的小窝', '吃货一枚'];
function nick(k = pick(['tb', 'tb', 'py', 'cn'])) {
  if (k === 'tb') return 'tb' + nz(ri(8, 10));
  if (k === 'jd') return 'jd_' + hex(ri(10, 14));
  if (k === 'py') return pick(PY) + pick(PY) + pick(['', '_', '2008', '0521', '']) + ri(1, 99);
  return pick(CN_NICKS);
}
// ------------------------------------------------------------------ time
function dtGen() {
  let t = Date.UTC(ri(2023, 2025), ri(0, 11), ri(1, 28), ri(8, 21), ri(0, 59), ri(0, 59));
  return () => { t += ri(1, 180) * 60000 + ri(0, 59) * 1000; return new Date(t); };
}
const ymd = (t) => `${t.getUTCFullYear()}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}`;
const hms = (t) => `${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}${pad(t.getUTCSeconds())}`;
const dts = (t, st = 0) => {
  const Y = t.getUTCFullYear(), M = t.getUTCMonth() + 1, D = t.getUTCDate(), h = t.getUTCHours(), m = pad(t.getUTCMinutes()), s = pad(t.getUTCSeconds());
  return [`${Y}-${pad(M)}-${pad(D)} ${pad(h)}:${m}:${s}`, `${Y}/${M}/${D} ${h}:${m}`, `${Y}-${pad(M)}-${pad(D)} ${pad(h)}:${m}`, `${Y}${pad(M)}${pad(D)}${pad(h)}${m}${s}`][st];
};
const dday = (t) => `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;

// ------------------------------------------------------------------ document builder
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.D = new Map(); this.X = new Map(); }
  _add(M, det, value, raw) { const k = det + '\u0000' + value; let o = M.get(k); if (!o) M.set(k, (o = { det, value, raws: new Set() })); o.raws.add(raw); return raw; }
  e(det, value, raw = value) { return this._add(this.E, det, value, raw); }
  dc(det, value, raw = value) { return this._add(this.D, det, value, raw); }
  x(kind, text) { text = String(text); if (text && !this.X.has(text)) this.X.set(text, kind); return text; }
}
// formatted, labelled values ------------------------------------------------
function fmtMob(m, st) {
  switch (st) {
    case 'space': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'dash': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case '+86': return '+86' + m;
    case '+86 ': return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case '0086': return '0086' + m;
    case '86-': return '86-' + m;
    case 'fw': return fw(m);
    default: return m;
  }
}
const MOBST_CSV = ['plain', 'plain', 'plain', 'plain', 'plain', 'plain', 'plain', 'plain', '+86', 'dash', 'space', '86-'];
const MOBST_TXT = ['plain', 'plain', 'plain', 'space', 'dash', '+86 ', '+86', '0086'];
const mobE = (d, m, st = 'plain') => d.e('cn_mobile', m, fmtMob(m, st));
const nmE = (d, n, padded = false) => {
  if (padded && n.length === 2) return d.e('person_name_zh', n, n[0] + pick(['\u3000', '  ', ' ']) + n[1]);
  return d.e('person_name_zh', n, n);
};
function titled(d, n, titles = ['先生', '女士', '小姐']) { const s = surnameOf(n); const raw = s + pick(titles); d.dc('person_name_zh', s, raw); return raw; }
const idE = (d, id, lower = chance(0.15)) => d.e('cn_resident_id', id, lower ? id.toLowerCase() : id);
const emE = (d, e) => { const m = e.match(/^(1[3-9]\d{9})@/); if (m) d.e('cn_mobile', m[1], m[1]); return d.e('email', e.toLowerCase(), e); };
function cardE(d, no, st = pick(['plain', 'plain', 'plain', 'space', 'space', 'dash'])) {
  const raw = st === 'space' ? no.replace(/(\d{4})(?=\d)/g, '$1 ') : st === 'dash' ? no.replace(/(\d{4})(?=\d)/g, '$1-') : no;
  return d.e('bank_card', no, raw);
}
function fmtLL(ll, st = pick(['dash', 'dash', 'dash', 'paren', 'space', 'plain', 'fwparen'])) {
  return st === 'paren' ? `(${ll.area})${ll.sub}` : st === 'fwparen' ? `（${ll.area}）${ll.sub}` : st === 'space' ? `${ll.area} ${ll.sub}` : st === 'plain' ? ll.area + ll.sub : `${ll.area}-${ll.sub}`;
}
const llE = (d, ll, st) => d.e('cn_landline', ll.area + ll.sub, fmtLL(ll, st));
const llDC = (d, ll, st) => d.dc('cn_landline', ll.area + ll.sub, fmtLL(ll, st));
const usccE = (d, u) => d.e('cn_uscc', u, chance(0.08) ? u.toLowerCase() : u);
function virt(d, vp) {
  const b = pick(vp), x = digits(4); d.dc('cn_mobile', b, b);
  return pick([`${b}-${x}`, `${b}转${x}`, `${b},${x}`, `${b} 转 ${x}`, `${b}#${x}`, `${b}-${x}`]);
}
const maskMob = (m) => pick([`${m.slice(0, 3)}****${m.slice(7)}`, `${m.slice(0, 3)}****${m.slice(7)}`, `${m.slice(0, 3)}xxxx${m.slice(7)}`, `1**${'*'.repeat(6)}${m.slice(9)}`]);
const maskName = (n) => isMinority(n) ? n[0] + '**' : surnameOf(n) + '*'.repeat(Math.max(1, n.length - surnameOf(n).length));
const maskId = (id) => pick([`${id.slice(0, 6)}********${id.slice(14)}`, `${id.slice(0, 3)}***********${id.slice(14)}`, `${id.slice(0, 1)}****************${id.slice(17)}`]);
const maskCard = (c) => pick([`${c.slice(0, 4)} **** **** ${c.slice(-4)}`, `${c.slice(0, 6)}******${c.slice(-4)}`, `尾号${c.slice(-4)}`]);
const maskEmail = (e) => e.replace(/^(.{1,3})[^@]*@/, '$1***@');
const hotline = (d) => d.x('hotline', pick(['400-', '400 ', '400']) + nz(3) + pick(['-', ' ', '']) + digits(4));
const ts = (d, t, st = pick([0, 0, 0, 1, 2, 3]), p = 0.35) => { const s = dts(t, st); if (st === 3 || chance(p)) d.x('timestamp', s); return s; };
function addrStr(d, a, st = 'join') {
  if (TRAP_CITY.has(a.city)) d.x('place_name', a.city);
  const parts = [a.prov, a.city, a.dist, a.town, a.detail].filter(Boolean);
  if (st === 'space') return parts.join(' ');
  if (st === 'tb') { d.x('postcode', a.post); return parts.join(' ') + `(${a.post})`; }
  return parts.join('');
}
const person = () => ({ name: genName(), mob: genMobile(), addr: genAddr() });
const email = (p) => (p.email ||= genEmail(p));
const idOf = (p, y0, y1) => (p.id ||= genId(y0, y1));
const cardOf = (p) => (p.card ||= genCard());

// ------------------------------------------------------------------ table writer
function style(o = {}) {
  const delim = o.delim || pick([',', ',', ',', '\t', ';']);
  let num = pick(['plain', 'plain', 'excel', 'excel', 'tab', 'apos']);
  if (delim === '\t' && num === 'tab') num = 'plain';
  return { delim, num, quoteAll: chance(0.25), nl: chance(0.5) ? '\r\n' : '\n', bom: chance(0.3) };
}
const nc = (raw, S) => (!raw ? raw : S.num === 'excel' ? `="${raw}"` : S.num === 'tab' ? '\t' + raw : S.num === 'apos' ? "'" + raw : raw);
const C = (h, f, opt = 0) => ({ h, f, opt });
function csvCell(c, S) {
  c = c == null ? '' : String(c);
  if (S.quoteAll) return '"' + c.replace(/"/g, '""') + '"';
  if (/^="[^"]*"$/.test(c)) return c;
  if (c.includes(S.delim) || c.includes('"') || c.includes('\n')) return '"' + c.replace(/"/g, '""') + '"';
  return c;
}
function table(S, defs, rows, pre = '', post = '') {
  let cols = defs.filter((c) => !c.opt || !chance(c.opt));
  if (chance(0.3)) { for (let k = ri(1, 3); k > 0; k--) { const i = ri(0, cols.length - 2); [cols[i], cols[i + 1]] = [cols[i + 1], cols[i]]; } }
  const out = [cols.map((c) => pick(c.h))];
  rows.forEach((r, i) => out.push(cols.map((c) => c.f(r, i))));
  const body = out.map((r) => r.map((c) => csvCell(c, S)).join(S.delim)).join(S.nl);
  return (S.bom ? '\ufeff' : '') + pre + body + S.nl + post;
}
const cw = (s) => [...s].reduce((w, ch) => w + (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1), 0);
const rpad = (s, w) => s + ' '.repeat(Math.max(1, w - cw(s)));
function printed(headers, rows, sep = pick(['  ', ' | ', '\t'])) {
  if (sep === '\t') return [headers, ...rows].map((r) => r.join('\t')).join('\n');
  const w = headers.map((h, i) => Math.max(cw(h), ...rows.map((r) => cw(String(r[i])))) + 1);
  return [headers, ...rows].map((r) => r.map((c, i) => (i === r.length - 1 ? String(c) : rpad(String(c), w[i]))).join(sep.trim() ? sep : '')).join('\n');
}

// ------------------------------------------------------------------ shared cell helpers
function nameCell(d, p, mode, padded = false) {
  const k = rnd();
  if ((mode === 'masked' && k < 0.7) || (mode === 'mixed' && k < 0.25)) return d.x('masked_name', maskName(p.name));
  if (k > 0.92 && !isMinority(p.name)) return titled(d, p.name);
  return nmE(d, p.name, padded);
}
function phoneCell(d, p, mode, S, vp) {
  const v = mode === 'raw' ? (chance(0.05) ? 'virt' : 'real') : mode === 'masked' ? pick(['mask', 'mask', 'virt', 'real']) : pick(['real', 'real', 'virt', 'mask']);
  if (v === 'real') return nc(mobE(d, p.mob, pick(MOBST_CSV)), S);
  if (v === 'virt') return virt(d, vp);
  return d.x('masked_phone', maskMob(p.mob));
}
function buyerMsg(d, p) {
  const k = rnd();
  if (k < 0.45) return '';
  if (k < 0.55) return `到了打我电话${mobE(d, p.mob, pick(['plain', 'space', 'dash']))}`;
  if (k < 0.62) { const q = person(); return `家里没人的话打${pick(['我老公', '我妈', '同事'])}${nmE(d, q.name)}的电话${mobE(d, q.mob)}`; }
  return pick(['请尽快发货', '不要放快递柜，送货上门', '发顺丰，补差价', '周一到周五白天家里没人', '放门卫室就行', '送人的，不要放价格单', '要发票', '余额不足先发一半？']);
}
const TB_STATUS = ['买家已付款，等待卖家发货', '卖家已发货，等待买家确认', '交易成功', '交易关闭', '等待买家付款'];
function org(a) { // a buying organisation with a USCC whose type matches its name
  a = a || genAddr(); const k = rnd(), city = a.city.replace(/市$/, '');
  if (k < 0.78) return { co: company(a), uscc: genUscc('91') };
  if (k < 0.88) return { co: `${city}${a.dist}${pick(STORES)}`, uscc: genUscc('92') };
  if (k < 0.95) return { co: `${city}${pick(['第一人民医院', '实验中学', '市图书馆', '疾病预防控制中心'])}`, uscc: genUscc('12') };
  return { co: `${city}${pick(CO_W)}职业培训学校`, uscc: genUscc('52') };
}
function invReq(a) {
  const k = rnd();
  if (k < 0.65) return null;
  if (k < 0.85) return { type: 'co', ...org(a) };
  return { type: 'person' };
}

// ================================================================== KINDS
// 1 淘宝 / 千牛 订单报表
function gTaobao(d) {
  const S = style(), mode = pick(['raw', 'raw', 'mixed', 'masked']), T = dtGen(), vp = vpool(), co = pick(CARRIERS), shop = pick(STORES);
  const rows = Array.from({ length: rowsN() }, () => ({ p: person(), on: onum.taobao(), nick: nick(), prod: pick(PRODUCTS), t1: T(), t2: T(), trk: chance(0.8) ? trk(co) : '', ll: chance(0.12) }));
  return table(S, [
    C(['订单编号'], (r) => nc(d.x('order_no', r.on), S)),
    C(['买家会员名', '买家昵称'], (r) => d.x('nickname', r.nick)),
    C(['买家支付宝账号'], (r) => {
      if (mode !== 'raw' && chance(0.6)) return d.x('masked_phone', maskMob(r.p.mob));
      const k = rnd();
      if (k < 0.45) return emE(d, email(r.p));
      if (k < 0.85) return nc(mobE(d, r.p.mob), S);
      return d.x('masked_email', maskEmail(genEmail()));
    }, 0.25),
    C(['买家应付货款'], (r) => r.prod.p, 0.3),
    C(['买家应付邮费'], () => pick(['0.00', '0.00', '6.00', '10.00']), 0.3),
    C(['总金额', '订单总金额'], (r) => r.prod.p),
    C(['买家实际支付金额'], (r) => r.prod.p),
    C(['订单状态'], () => pick(TB_STATUS)),
    C(['买家留言'], (r) => buyerMsg(d, r.p), 0.2),
    C(['收货人姓名'], (r) => nameCell(d, r.p, mode)),
    C(['收货地址', '收货地址 '], (r) => addrStr(d, r.p.addr, pick(['tb', 'space', 'join']))),
    C(['运送方式'], () => '快递', 0.4),
    C(['联系电话'], (r) => (r.ll && r.p.addr.area ? nc(llE(d, genLL(r.p.addr)), S) : pick(['', '-', ''])), 0.3),
    C(['联系手机', '手机号码'], (r) => phoneCell(d, r.p, mode, S, vp)),
    C(['订单创建时间'], (r) => ts(d, r.t1)),
    C(['订单付款时间', '付款时间'], (r) => ts(d, r.t2)),
    C(['宝贝标题', '宝贝标题 '], (r) => d.x('product_title', r.prod.t)),
    C(['宝贝种类'], () => '1', 0.4),
    C(['物流单号', '运单号'], (r) => (r.trk ? (S.num === 'plain' && chance(0.5) ? 'No:' : '') + nc(d.x('tracking_no', r.trk), S) : '')),
    C(['物流公司'], (r) => (r.trk ? co : '')),
    C(['订单备注'], () => (chance(0.1) ? '优先发' : ''), 0.3),
    C(['宝贝总数量'], () => String(ri(1, 3)), 0.3),
    C(['店铺名称'], () => d.x('store_name', shop), 0.4),
  ], rows);
}
// 2 天猫 订单 (子订单 + 发票)
function gTmall(d) {
  const S = style(), mode = pick(['raw', 'mixed', 'masked']), T = dtGen(), vp = vpool(), co = pick(CARRIERS), n = rowsN(), rows = [];
  while (rows.length < n) {
    const p = person(), main = onum.taobao(), t = T(), inv = invReq(p.addr), k = chance(0.2) ? 2 : 1, nk = nick();
    for (let j = 0; j < k && rows.length < n; j++) rows.push({ p, main, sub: k === 1 ? main : onum.taobao(), prod: pick(PRODUCTS), t, inv, nk, trk: trk(co) });
  }
  return table(S, [
    C(['主订单编号'], (r) => nc(d.x('order_no', r.main), S)),
    C(['子订单编号'], (r) => nc(d.x('order_no', r.sub), S)),
    C(['商品标题'], (r) => d.x('product_title', r.prod.t)),
    C(['商品价格'], (r) => r.prod.p),
    C(['购买数量'], () => String(ri(1, 4))),
    C(['外部系统编号', '商家编码'], (r) => d.x('sku', r.prod.sku), 0.2),
    C(['订单状态'], () => pick(TB_STATUS)),
    C(['买家会员名'], (r) => d.x('nickname', r.nk)),
    C(['收货人姓名'], (r) => nameCell(d, r.p, mode)),
    C(['收货地址'], (r) => addrStr(d, r.p.addr, pick(['space', 'join']))),
    C(['联系手机'], (r) => phoneCell(d, r.p, mode, S, vp)),
    C(['发票抬头'], (r) => (!r.inv ? '' : r.inv.type === 'co' ? d.x('company_name', r.inv.co) : chance(0.5) ? '个人' : nmE(d, r.p.name))),
    C(['发票类型'], (r) => (r.inv ? pick(['电子普通发票', '增值税专用发票']) : '')),
    C(['纳税人识别号', '购方税号'], (r) => (r.inv && r.inv.type === 'co' ? usccE(d, r.inv.uscc) : '')),
    C(['退款状态'], () => pick(['没有申请退款', '没有申请退款', '退款成功', '买家已经申请退款，等待卖家同意'])),
    C(['订单付款时间'], (r) => ts(d, r.t)),
    C(['物流单号'], (r) => nc(d.x('tracking_no', r.trk), S)),
  ], rows);
}
// 3 京东 商家后台 订单导出
function gJd(d) {
  const S = style({ delim: pick(['\t', '\t', ',']) }), mode = pick(['raw', 'mixed', 'mixed', 'masked']), T = dtGen(), vp = vpool(), co = pick(['京东快递', '京东快递', '顺丰速运', '中通快递']);
  const rows = Array.from({ length: rowsN() }, () => ({ p: person(), on: onum.jd(), prod: pick(PRODUCTS), sku: '100' + digits(9), t: T(), acct: chance(0.8) ? nick('jd') : null, inv: invReq() }));
  return table(S, [
    C(['订单号'], (r) => d.x('order_no', r.on)),
    C(['商品ID', '商品编号'], (r) => d.x('sku', r.sku)),
    C(['商品名称'], (r) => d.x('product_title', r.prod.t)),
    C(['订购数量'], () => String(ri(1, 3))),
    C(['支付方式'], () => pick(['在线支付', '在线支付', '货到付款'])),
    C(['下单时间'], (r) => ts(d, r.t)),
    C(['京东价'], (r) => r.prod.p), C(['订单金额'], (r) => r.prod.p), C(['余额支付'], () => '0.00', 0.5), C(['应付金额'], (r) => r.prod.p),
    C(['订单状态'], () => pick(['等待出库', '等待确认收货', '完成', '锁定'])),
    C(['下单帐号', '下单账号'], (r) => (r.acct ? d.x('nickname', r.acct) : d.x('masked_phone', maskMob(r.p.mob)))),
    C(['客户姓名'], (r) => nameCell(d, r.p, mode)),
    C(['客户地址'], (r) => addrStr(d, r.p.addr)),
    C(['联系电话'], (r) => phoneCell(d, r.p, mode, S, vp)),
    C(['订单备注'], (r) => buyerMsg(d, r.p), 0.4),
    C(['发票类型'], (r) => (r.inv ? '电子普通发票' : '不开发票'), 0.3),
    C(['发票抬头'], (r) => (r.inv && r.inv.type === 'co' ? d.x('company_name', r.inv.co) : r.inv ? '个人' : ''), 0.3),
    C(['商家SKUID'], (r) => d.x('sku', r.prod.sku), 0.4),
    C(['运单号'], (r) => d.x('tracking_no', trk(co))),
    C(['承运商'], () => co),
  ], rows);
}
// 4 拼多多 商家后台 订单导出
function gPdd(d) {
  const S = style(), mode = pick(['raw', 'mixed', 'masked', 'masked']), T = dtGen(), vp = vpool(), co = pick(CARRIERS), xb = chance(0.35);
  const rows = Array.from({ length: rowsN() }, () => ({ p: person(), t: T(), prod: xb && chance(0.6) ? { ...pick(XB_PRODUCTS), sku: 'HT' + digits(6), xb: true } : pick(PRODUCTS) }));
  return table(S, [
    C(['商品'], (r) => d.x('product_title', r.prod.t)),
    C(['订单号'], (r) => d.x('order_no', onum.pdd(r.t))),
    C(['订单状态'], () => pick(['待发货', '已发货，待收货', '已签收'])),
    C(['商品总价(元)', '商品总价（元）'], (r) => r.prod.p),
    C(['店铺优惠折扣(元)'], () => pick(['0', '3', '5']), 0.3),
    C(['用户实付金额(元)', '用户实付金额（元）'], (r) => r.prod.p),
    C(['商家实收金额(元)'], (r) => r.prod.p, 0.3),
    C(['商品数量(件)'], () => String(ri(1, 3))),
    C(['身份证姓名'], (r) => (r.prod.xb ? nmE(d, r.p.name) : ''), xb ? 0 : 0.5),
    C(['身份证号码'], (r) => (r.prod.xb ? nc(idE(d, idOf(r.p)), S) : ''), xb ? 0 : 0.5),
    C(['收货人'], (r) => nameCell(d, r.p, mode)),
    C(['手机'], (r) => phoneCell(d, r.p, mode, S, vp)),
    C(['省'], (r) => r.p.addr.prov), C(['市'], (r) => r.p.addr.city), C(['区'], (r) => r.p.addr.dist),
    C(['街道'], (r) => r.p.addr.town, 0.4),
    C(['详细地址', '收货地址'], (r) => r.p.addr.detail),
    C(['拼单成功时间'], (r) => ts(d, r.t)),
    C(['商品规格'], () => pick(['默认', '红色;M', '5斤装', '整箱']), 0.3),
    C(['商家编码-SKU维度', '商家编码'], (r) => d.x('sku', r.prod.sku), 0.3),
    C(['快递单号'], (r) => nc(d.x('tracking_no', trk(co)), S)),
    C(['快递公司'], () => co),
    C(['商家备忘'], () => pick(['', '', '加急', '赠品已放']), 0.4),
  ], rows);
}
// 5 抖音小店 / 抖店
function gDouyin(d) {
  const S = style(), mode = pick(['raw', 'mixed', 'masked']), T = dtGen(), vp = vpool(), co = pick(CARRIERS);
  const rows = Array.from({ length: rowsN() }, () => ({ p: person(), on: onum.douyin(), t: T(), prod: pick(PRODUCTS), kol: pick(['小美爱分享', '厨房里的老王', '数码阿杰', '宝妈日记', '好物种草机']), kolId: '9' + digits(11) }));
  return table(S, [
    C(['主订单编号'], (r) => nc(d.x('order_no', r.on), S)),
    C(['子订单编号'], (r) => nc(d.x('order_no', r.on), S), 0.4),
    C(['选购商品'], (r) => d.x('product_title', r.prod.t)),
    C(['商品数量'], () => String(ri(1, 3))),
    C(['商家编码'], (r) => d.x('sku', r.prod.sku), 0.3),
    C(['订单应付金额'], (r) => r.prod.p),
    C(['收件人'], (r) => nameCell(d, r.p, mode)),
    C(['收件人手机号'], (r) => phoneCell(d, r.p, mode, S, vp)),
    C(['省'], (r) => r.p.addr.prov), C(['市'], (r) => r.p.addr.city), C(['区'], (r) => r.p.addr.dist), C(['街道'], (r) => r.p.addr.town),
    C(['详细地址'], (r) => r.p.addr.detail),
    C(['是否修改过地址'], () => pick(['否', '否', '是']), 0.4),
    C(['买家留言'], (r) => buyerMsg(d, r.p), 0.3),
    C(['订单提交时间'], (r) => ts(d, r.t)),
    C(['达人ID'], (r) => d.x('kol_id', r.kolId), 0.3),
    C(['达人昵称'], (r) => d.x('nickname', r.kol), 0.3),
    C(['订单状态'], () => pick(['待发货', '已发货', '已完成'])),
    C(['快递信息'], () => `${co} ${d.x('tracking_no', trk(co))}`),
  ], rows);
}
// 6 有赞 订单导出 (快递 / 自提 / 同城)
function gYouzan(d) {
  const S = style(), T = dtGen(), co = pick(CARRIERS), mode = pick(['raw', 'raw', 'mixed']), vp = vpool();
  const pickup = `${pick(CITIES).c}${pick(STORES)}(${pick(['万达店', '银泰店', '总店'])})`;
  const rows = Array.from({ length: rowsN() }, () => ({ p: person(), t: T(), prod: pick(PRODUCTS), ship: pick(['快递发货', '快递发货', '上门自提', '同城配送']), fan: nick(pick(['cn', 'py'])), member: chance(0.4) }));
  return table(S, [
    C(['订单号'], (r) => d.x('order_no', onum.youzan(r.t))),
    C(['订单状态'], () => pick(['待发货', '已发货', '交易完成'])),
    C(['订单创建时间'], (r) => ts(d, r.t)),
    C(['商品名称'], (r) => d.x('product_title', r.prod.t)),
    C(['商品编码'], (r) => d.x('sku', r.prod.sku), 0.3),
    C(['订单实付金额'], (r) => r.prod.p),
    C(['配送方式'], (r) => r.ship),
    C(['收货人/提货人'], (r) => nameCell(d, r.p, mode)),
    C(['收货人手机号/提货人手机号', '收货人手机号'], (r) => phoneCell(d, r.p, mode, S, vp)),
    C(['收货人省份'], (r) => (r.ship === '上门自提' ? '' : r.p.addr.prov)),
    C(['收货人城市'], (r) => (r.ship === '上门自提' ? '' : r.p.addr.city)),
    C(['收货人地区'], (r) => (r.ship === '上门自提' ? '' : r.p.addr.dist)),
    C(['详细收货地址/提货地址'], (r) => (r.ship === '上门自提' ? d.x('store_name', pickup) : r.p.addr.detail)),
    C(['粉丝昵称'], (r) => d.x('nickname', r.fan), 0.2),
    C(['会员手机号'], (r) => (r.member ? nc(mobE(d, r.p.mob), S) : ''), 0.3),
    C(['外部交易号', '支付流水号'], (r) => d.x('trade_no', onum.wxpay(r.t)), 0.4),
    C(['快递公司'], (r) => (r.ship === '快递发货' ? co : '')),
    C(['快递单号'], (r) => (r.ship === '快递发货' ? nc(d.x('tracking_no', trk(co)), S) : '')),
  ], rows);
}
// 7 微店 (semicolon CSV)
function gWeidian(d) {
  const S = style({ delim: pick([';', ';', ',']) }), T = dtGen(), co = pick(CARRIERS);
  const rows = Array.from({ length: rowsN() }, () => ({ p: person(), t: T(), prod: pick(PRODUCTS) }));
  return table(S, [
    C(['订单编号', '订单号'], (r) => nc(d.x('order_no', onum.weidian()), S)),
    C(['下单时间'], (r) => ts(d, r.t)),
    C(['付款时间'], (r) => ts(d, r.t), 0.3),
    C(['订单状态'], () => pick(['已付款', '已发货', '已完成'])),
    C(['商品名称'], (r) => d.x('product_title', r.prod.t)),
    C(['型号'], () => pick(['默认', '大号', '礼盒装']), 0.4),
    C(['数量'], () => String(ri(1, 5))),
    C(['订单总价'], (r) => r.prod.p),
    C(['买家姓名', '收货人'], (r) => (chance(0.93) ? nmE(d, r.p.name) : titled(d, r.p.name))),
    C(['买家电话', '联系电话'], (r) => nc(mobE(d, r.p.mob, pick(MOBST_CSV)), S)),
    C(['收货地址'], (r) => addrStr(d, r.p.addr, pick(['join', 'space']))),
    C(['买家备注'], (r) => buyerMsg(d, r.p), 0.3),
    C(['物流公司'], () => co), C(['快递单号'], () => nc(d.x('tracking_no', trk(co)), S)),
  ], rows);
}
// 8 快递面单 text
function sender(d) {
  const k = rnd();
  const a = genAddr();
  if (k < 0.45) { const p = person(); return { who: `${nmE(d, p.name)}  ${mobE(d, p.mob, pick(MOBST_TXT))}`, addr: addrStr(d, a, pick(['join', 'space'])) }; }
  if (k < 0.75 && a.area) return { who: `${d.x('store_name', pick(STORES))}  ${llDC(d, genLL(a))}`, addr: addrStr(d, a) };
  return { who: `${d.x('store_name', pick(STORES))}  ${hotline(d)}`, addr: `${a.prov}${a.city}${a.dist}` };
}
function gWaybill(d) {
  const n = chance(0.5) ? 1 : ri(2, 14), co = pick(CARRIERS), mode = pick(['raw', 'raw', 'privacy', 'mixed']), vp = vpool(), snd = sender(d), T = dtGen();
  const labels = [];
  for (let i = 0; i < n; i++) {
    const p = person(), no = trk(co), priv = mode === 'privacy' || (mode === 'mixed' && chance(0.5));
    const tno = d.x('tracking_no', co === '顺丰速运' && chance(0.3) ? no.replace(/^SF(\d{4})(\d{4})(\d+)$/, 'SF $1 $2 $3') : no);
    const rname = priv ? d.x('masked_name', maskName(p.name)) : chance(0.08) ? titled(d, p.name) : nmE(d, p.name);
    const rtel = priv ? (chance(0.6) ? `隐私号 ${virt(d, vp)}` : d.x('masked_phone', maskMob(p.mob))) : mobE(d, p.mob, pick(MOBST_TXT));
    const raddr = priv ? `${p.addr.prov}${p.addr.city}${p.addr.dist}${p.addr.detail.slice(0, 4)}****` : addrStr(d, p.addr, pick(['join', 'space']));
    const t = T();
    if (co === '顺丰速运') {
      labels.push([`顺丰速运 SF EXPRESS          ${pick(['顺丰标快', '顺丰特快', '顺丰即日'])}`, `运单号：${tno}`, `目的地：${p.addr.area ? p.addr.area.slice(1) : '999'}${pick(['WA', 'WB', 'DF'])}-${pad(ri(1, 99), 3)}`,
        '──────────────────────────', `收：${rname}  ${rtel}`, `    ${raddr}`, '──────────────────────────', `寄：${snd.who}`, `    ${snd.addr}`,
        `托寄物：${pick(['茶叶', '衣物', '文件', '食品', '数码配件'])}  数量：${ri(1, 3)}  计费重量：${ri(1, 50) / 10}kg`,
        `付款方式：${pick(['寄付月结', '寄付现结', '到付'])}  月结卡号：${d.x('monthly_account', '0' + pick(['571', '755', '21', '10']) + nz(6))}`,
        `收方签名：________  日期：  月  日`].join('\n'));
    } else {
      labels.push([`${co}  电子面单   ${pick(['标快', '经济件', ''])}`, `${tno}`, `${pick(['大头笔', '三段码'])}：${ri(100, 999)}-${pick(['W', 'A', 'B'])}${ri(1, 9)} ${pad(ri(1, 99), 3)}`,
        `集包地：${p.addr.city.replace('市', '')}中转`, `收件人：${rname}    电话：${rtel}`, `收件地址：${raddr}`, `寄件人：${snd.who}`, `寄件地址：${snd.addr}`,
        `订单号：${d.x('order_no', onum.taobao())}`, `物品：${d.x('product_title', pick(PRODUCTS).t)}  重量：${ri(1, 80) / 10}kg`, `已验视  打印时间：${ts(d, t)}`].join('\n'));
    }
  }
  return labels.join(pick(['\n\n', '\n\f\n', '\n' + '='.repeat(36) + '\n']));
}
// 9 发货单 / 配送单 printed lists
function gShiplist(d) {
  const T = dtGen(), shop = d.x('store_name', pick(STORES));
  if (chance(0.5)) { // 发货单 per order
    const n = ri(1, 8), out = [];
    const picker = person(), checker = person();
    for (let i = 0; i < n; i++) {
      const p = person(), items = Array.from({ length: ri(1, 5) }, () => pick(PRODUCTS));
      out.push([`发 货 单${' '.repeat(16)}打印时间：${ts(d, T())}`, `店铺：${shop}    订单号：${d.x('order_no', onum.taobao())}`,
        `收货人：${chance(0.9) ? nmE(d, p.name, chance(0.4)) : titled(d, p.name)}    电话：${mobE(d, p.mob, pick(MOBST_TXT))}`,
        `地址：${addrStr(d, p.addr, pick(['join', 'space']))}`, '',
        printed(['序号', '商品名称', '商家编码', '数量', '单价'], items.map((it, j) => [j + 1, d.x('product_title', it.t), d.x('sku', it.sku), ri(1, 3), it.p])), '',
        `配货员：${nmE(d, picker.name)}    复核：${nmE(d, checker.name)}    包装：${pick(['纸箱', '气泡袋'])}`].join('\n'));
    }
    return out.join('\n\n' + '-'.repeat(40) + '\n\n');
  }
  const drv = person(), n = rowsN(), plate = d.x('license_plate', `${pick(['浙A', '粤B', '京Q', '沪C', '苏E'])}·${pick(['D', 'F', '1', '8'])}${digits(4)}`);
  const rows = Array.from({ length: n }, (_, i) => { const p = person(); return [i + 1, chance(0.85) ? nmE(d, p.name, true) : titled(d, p.name), chance(0.9) ? mobE(d, p.mob, pick(['plain', 'plain', 'space'])) : d.x('masked_phone', maskMob(p.mob)), addrStr(d, p.addr), ri(1, 6), chance(0.3) ? money(20, 500) : '', '']; });
  return [`${shop} 同城配送单    线路：${pick(['西湖区', '南山区', '朝阳区', '浦东'])}${ri(1, 9)}号线    日期：${dday(T())}`,
    `司机：${nmE(d, drv.name)}  电话：${mobE(d, drv.mob, pick(MOBST_TXT))}  车牌：${plate}`, '',
    printed(['序号', '客户', '电话', '地址', '件数', '代收款', '签收'], rows), '', `共 ${n} 单   调度：${nmE(d, person().name)}`].join('\n');
}
// 10 社区团购 提货清单
function gGroupbuy(d) {
  const T = dtGen(), leader = person(), n = rowsN(), site = `${pick(COMPOUNDS)}${ri(1, 30)}幢底商`;
  const gname = d.x('store_name', `${pick(['兴福', '幸福里', '邻里', '每日鲜', '橙心'])}社区团购`);
  const rows = Array.from({ length: n }, (_, i) => {
    const p = person(), k = rnd(); let who, tel;
    if (k < 0.35) who = d.x('nickname', nick('cn'));
    else if (k < 0.75) who = nmE(d, p.name);
    else who = titled(d, p.name, ['阿姨', '姐', '哥', '叔', '奶奶']);
    const tk = rnd();
    if (tk < 0.55) tel = d.x('phone_tail', `尾号${p.mob.slice(7)}`);
    else if (tk < 0.85) tel = mobE(d, p.mob);
    else tel = d.x('masked_phone', maskMob(p.mob));
    return [i + 1, who, tel, d.x('product_title', pick(PRODUCTS).t), ri(1, 4), d.x('pickup_code', `${ri(1, 9)}-${digits(4)}`), pick(['否', '否', '是'])];
  });
  return [`【${gname}】${T().getUTCMonth() + 1}月${ri(1, 28)}日到货 提货清单`,
    `团长：${nmE(d, leader.name)}  电话：${mobE(d, leader.mob, pick(MOBST_TXT))}  自提点：${site}`, '',
    printed(['序号', pick(['提货人', '提货人(微信昵称)', '收货人']), pick(['手机尾号', '手机', '联系方式']), '商品', '数量', '提货码', '已提'], rows), '',
    pick(['请凭提货码到店自提，超过3天未提视为放弃。', '有问题联系团长，别在群里刷屏。', ''])].join('\n');
}
// 11 团长佣金结算 / 提现
function gLeader(d) {
  const S = style(), T = dtGen(), period = `${dday(T())}~${dday(T())}`;
  const rows = Array.from({ length: rowsN() }, () => { const p = person(); const other = chance(0.15) ? person() : null; return { p, holder: other, card: genCard(), sales: money(300, 60000), id: genId(1965, 2002) }; });
  return table(S, [
    C(['结算单号'], () => d.x('settle_no', 'JS' + ymd(T()) + digits(6))),
    C(['团长ID', '团长编号'], () => d.x('leader_id', 'TZ' + digits(7)), 0.3),
    C(['团长姓名', '姓名'], (r) => nmE(d, r.p.name)),
    C(['身份证号', '身份证号码'], (r) => nc(idE(d, r.id), S), 0.2),
    C(['手机号', '手机号码'], (r) => nc(mobE(d, r.p.mob, pick(MOBST_CSV)), S)),
    C(['开户银行', '开户行'], (r) => branch(r.card.bank, r.p.addr)),
    C(['银行卡号', '收款卡号'], (r) => nc(cardE(d, r.card.no, pick(['plain', 'plain', 'space'])), S)),
    C(['持卡人', '户名'], (r) => nmE(d, (r.holder || r.p).name)),
    C(['结算周期'], () => period, 0.3),
    C(['销售额'], (r) => r.sales),
    C(['佣金比例'], () => pick(['8%', '10%', '12%'])),
    C(['佣金金额'], (r) => (r.sales * 0.1).toFixed(2)),
    C(['代扣个税'], () => '0.00', 0.4),
    C(['状态'], () => pick(['待打款', '已打款', '打款失败-户名不符'])),
  ], rows);
}
// 12 外卖小票
function gTakeout(d) {
  const n = chance(0.6) ? 1 : ri(2, 8), T = dtGen(), vp = vpool(), shop = d.x('store_name', pick(['杨记牛肉面', '周记鸭脖', '何记糖水铺', '张记小吃', '老王烧烤', '黄焖鸡米饭(总店)']) + `(${pick(['文三路店', '万达店', '科技园店'])})`), out = [];
  const dishes = ['牛肉面(大)', '酸辣粉', '黄焖鸡米饭', '宫保鸡丁饭', '烤冷面', '手打柠檬茶', '周末特惠套餐', '金汤肥牛', '小份米饭'];
  for (let i = 0; i < n; i++) {
    const p = person(), mt = chance(0.6), t = T(), seq = ri(1, 99), k = rnd(), rider = person();
    const who = k < 0.6 ? `${surnameOf(p.name)}(${pick(['女士', '先生'])})` : k < 0.8 ? nmE(d, p.name) : d.x('masked_name', maskName(p.name));
    if (k < 0.6) d.dc('person_name_zh', surnameOf(p.name), who);
    const tk = rnd();
    const tel = tk < 0.55 ? `${pick(['隐私号', '号码保护中'])} ${virt(d, vp)}  手机尾号${p.mob.slice(7)}` : tk < 0.8 ? `顾客电话：${mobE(d, p.mob, pick(['plain', 'space']))}` : `${d.x('masked_phone', maskMob(p.mob))}`;
    const items = Array.from({ length: ri(1, 5) }, () => `${pick(dishes)}  x${ri(1, 2)}  ${ri(8, 45)}.0`);
    out.push([`#${seq} ${mt ? '美团外卖' : '饿了么'}`, shop, '--------------------------------', `期望送达：${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())} ${pick(['', '[预订单]'])}`,
      `下单时间：${ts(d, t)}`, `备注：${pick(['不要香菜', '放门口，到了打电话', '多放辣', '无需餐具', '周一到周五都这个地址'])}`, '--------------------------------', '1号口袋', ...items,
      '--------------------------------', `配送费 ${ri(0, 6)}.0  餐盒费 ${ri(1, 3)}.0`, `实付：${ri(20, 120)}.${ri(0, 9)}元`, '--------------------------------',
      addrStr(d, p.addr), who, tel, chance(0.4) ? `骑手：${chance(0.5) ? titled(d, rider.name, ['师傅']) : nmE(d, rider.name)} ${mobE(d, rider.mob)}` : '',
      `订单号：${d.x('order_no', mt ? onum.meituan() : onum.eleme())}`, `#${seq} 完`].filter((l) => l !== '').join('\n'));
  }
  return out.join('\n\n\n');
}
// 13 退款 / 售后 列表
function gRefund(d) {
  const S = style(), T = dtGen(), co = pick(CARRIERS), staff = person(), ra = genAddr(), shop = pick(STORES);
  let ra0; const retAddr = () => (ra0 ||= `${nmE(d, staff.name)} ${mobE(d, staff.mob)} ${addrStr(d, ra)}`);
  const rows = Array.from({ length: rowsN() }, () => ({ p: person(), t: T(), prod: pick(PRODUCTS), nk: nick() }));
  const expl = (r) => {
    const k = rnd();
    if (k < 0.6) return pick(['不想要了', '尺码不合适', '收到破损', '七天无理由', '与描述不符', '发错货了']);
    if (k < 0.75) return `有问题请联系${mobE(d, r.p.mob, pick(MOBST_TXT))}`;
    if (k < 0.88) { const c = cardOf(r.p); return `支付宝提不了，退到${c.bank}卡${cardE(d, c.no)} 户名${nmE(d, r.p.name)}`; }
    return `退款请退到支付宝${emE(d, email(r.p))}`;
  };
  return table(S, [
    C(['退款编号'], () => nc(d.x('refund_no', onum.refund()), S)),
    C(['订单编号'], () => nc(d.x('order_no', onum.taobao()), S)),
    C(['支付宝交易号'], (r) => nc(d.x('trade_no', onum.alipay(r.t)), S)),
    C(['买家会员名'], (r) => d.x('nickname', r.nk)),
    C(['买家实际支付金额'], (r) => r.prod.p),
    C(['买家退款金额'], (r) => r.prod.p),
    C(['手工退款/系统退款'], () => pick(['系统退款', '系统退款', '手工退款']), 0.4),
    C(['是否需要退货'], () => pick(['是', '否'])),
    C(['退款原因'], () => pick(['七天无理由退换货', '质量问题', '少件/漏发', '未按约定时间发货'])),
    C(['买家退款说明'], (r) => expl(r)),
    C(['退款状态'], () => pick(['退款成功', '退款关闭', '等待买家退货', '卖家拒绝退款'])),
    C(['退款的申请时间'], (r) => ts(d, r.t)),
    C(['宝贝标题'], (r) => d.x('product_title', r.prod.t)),
    C(['物流公司'], () => co, 0.3),
    C(['退货物流单号', '物流单号'], () => (chance(0.6) ? nc(d.x('tracking_no', trk(co)), S) : '')),
    C(['退货地址'], () => retAddr(), 0.3),
    C(['店铺名称'], () => d.x('store_name', shop), 0.5),
  ], rows);
}
// 14 售后打款 / 手工退款台账
function gPayout(d) {
  const S = style(), T = dtGen(), staff = [person(), person()];
  const rows = Array.from({ length: rowsN() }, () => ({ p: person(), t: T(), how: pick(['银行卡', '银行卡', '银行卡', '支付宝', '支付宝', '微信']), amt: money(5, 800) }));
  return table(S, [
    C(['序号'], (r, i) => String(i + 1)),
    C(['平台'], () => pick(['淘宝', '拼多多', '抖音', '京东'])),
    C(['订单号'], () => nc(d.x('order_no', onum.taobao()), S)),
    C(['客户姓名', '收款人'], (r) => nmE(d, r.p.name)),
    C(['联系电话', '手机'], (r) => nc(mobE(d, r.p.mob, pick(MOBST_CSV)), S), 0.25),
    C(['打款方式'], (r) => r.how),
    C(['收款账号'], (r) => (r.how === '银行卡' ? nc(cardE(d, cardOf(r.p).no), S) : r.how === '支付宝' ? (chance(0.6) ? emE(d, email(r.p)) : nc(mobE(d, r.p.mob), S)) : nc(mobE(d, r.p.mob), S))),
    C(['开户行'], (r) => (r.how === '银行卡' ? branch(cardOf(r.p).bank, r.p.addr) : '')),
    C(['金额', '打款金额'], (r) => r.amt),
    C(['原因'], () => pick(['少发补偿', '差价返还', '好评返现', '运费补贴', '质量问题补偿'])),
    C(['经办人'], () => nmE(d, staff[0].name)), C(['审核人'], () => nmE(d, staff[1].name), 0.3),
    C(['打款日期'], (r) => dday(r.t)),
  ], rows);
}
// 15 货到付款 代收货款 明细
function gCod(d) {
  const S = style(), T = dtGen(), co = pick(['顺丰速运', '中通快递', '邮政快递包裹', '京东快递', '极兔速递']), owner = person(), card = genCard();
  const pre = [`${co} 代收货款结算明细`, `客户编码：${d.x('customer_code', pick(['0571', '0755', '020']) + 'K' + digits(6))}`,
    `回款账户户名：${nmE(d, owner.name)}  开户行：${branch(card.bank, owner.addr)}  卡号：${cardE(d, card.no)}`,
    `联系人电话：${mobE(d, owner.mob, pick(MOBST_TXT))}`, `结算期间：${dday(T())} 至 ${dday(T())}`, ''].join(S.nl);
  const rows = Array.from({ length: rowsN() }, () => ({ p: person(), t: T(), amt: money(29, 1299), st: pick(['已签收', '已签收', '已签收', '拒收', '退回中']) }));
  return table(S, [
    C(['运单号'], () => nc(d.x('tracking_no', trk(co)), S)),
    C(['寄件日期'], (r) => dday(r.t)),
    C(['收件人'], (r) => (chance(0.9) ? nmE(d, r.p.name) : titled(d, r.p.name))),
    C(['收件电话', '收件人电话'], (r) => nc(mobE(d, r.p.mob, pick(MOBST_CSV)), S)),
    C(['收件地址'], (r) => addrStr(d, r.p.addr)),
    C(['代收金额'], (r) => r.amt),
    C(['手续费'], (r) => (r.amt * 0.01).toFixed(2)),
    C(['签收状态'], (r) => r.st),
    C(['拒收原因'], (r) => (r.st === '拒收' ? pick(['客户不要了', '联系不上', '价格有异议']) : '')),
    C(['回款日期'], (r) => (r.st === '已签收' ? dday(T()) : '')),
  ], rows, pre, `${S.nl}合计：${rows.length}票${S.nl}`);
}
// 16 跨境清关 申报清单
function gCustoms(d) {
  const S = style(), T = dtGen(), co = pick(['顺丰速运', '中通快递', 'EMS', '圆通速递']), ent = d.x('customs_code', '33' + digits(3) + pick(['9', '6']) + digits(2) + pick(['0D', '1A', 'J3']));
  const rows = Array.from({ length: rowsN() }, () => {
    const buyer = person(), recv = chance(0.8) ? buyer : person();
    const pass = chance(0.05);
    return { buyer, recv, t: T(), prod: pick(XB_PRODUCTS), pass, ppt: pass ? (chance(0.5) ? 'E' + digits(8) : 'E' + pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ']) + digits(7)) : null };
  });
  return table(S, [
    C(['序号'], (r, i) => String(i + 1)),
    C(['电商订单号', '订单编号'], () => nc(d.x('order_no', onum.taobao()), S)),
    C(['物流运单号', '运单号'], () => nc(d.x('tracking_no', trk(co)), S)),
    C(['订购人', '订购人姓名'], (r) => nmE(d, r.buyer.name)),
    C(['订购人证件类型'], (r) => (r.pass ? '护照' : pick(['1', '身份证']))),
    C(['订购人证件号码', '订购人身份证号'], (r) => (r.pass ? d.e('cn_passport', r.ppt, r.ppt) : nc(idE(d, idOf(r.buyer, 1960, 2004)), S))),
    C(['订购人电话'], (r) => nc(mobE(d, r.buyer.mob), S)),
    C(['收货人', '收件人'], (r) => nmE(d, r.recv.name)),
    C(['收货人身份证', '收件人证件号'], (r) => nc(idE(d, idOf(r.recv, 1960, 2004)), S), 0.4),
    C(['收货人电话', '收件人电话'], (r) => nc(mobE(d, r.recv.mob, pick(MOBST_CSV)), S)),
    C(['收货地址'], (r) => addrStr(d, r.recv.addr)),
    C(['商品名称'], (r) => d.x('product_title', r.prod.t)),
    C(['HS编码', '商品编码'], (r) => d.x('hs_code', r.prod.hs)),
    C(['数量'], () => String(ri(1, 6))),
    C(['总价'], (r) => r.prod.p),
    C(['币制'], () => '142', 0.3),
    C(['支付企业'], () => pick(['支付宝（中国）网络技术有限公司', '财付通支付科技有限公司']), 0.3),
    C(['支付交易号'], (r) => nc(d.x('trade_no', onum.alipay(r.t)), S)),
    C(['电商企业代码'], () => ent, 0.3),
  ], rows);
}
// 17 会员 / 积分 导出
function gMember(d) {
  const S = style(), T = dtGen(), shop = pick(STORES), cardAsMob = chance(0.35);
  const rows = Array.from({ length: rowsN() }, () => { const p = person(); const by = ri(1960, 2005); return { p, bday: `${by}-${pad(ri(1, 12))}-${pad(ri(1, 28))}`, hasMail: chance(0.55), ref: chance(0.2) ? person() : null, t: T() }; });
  return table(S, [
    C(['会员卡号', '卡号'], (r) => (cardAsMob ? nc(mobE(d, r.p.mob), S) : d.x('member_no', '88' + digits(11)))),
    C(['姓名', '会员姓名'], (r) => (chance(0.95) ? nmE(d, r.p.name) : d.x('nickname', nick('cn')))),
    C(['性别'], () => pick(['男', '女', '未知'])),
    C(['生日'], (r) => r.bday, 0.3),
    C(['手机号', '手机号码'], (r) => nc(mobE(d, r.p.mob, pick(MOBST_CSV)), S)),
    C(['邮箱', '电子邮箱', 'Email'], (r) => (r.hasMail ? emE(d, email(r.p)) : '')),
    C(['会员等级'], () => pick(['普通会员', '银卡', '金卡', '钻石'])),
    C(['当前积分', '可用积分'], () => String(ri(0, 30000))),
    C(['储值余额'], () => money(0, 2000), 0.4),
    C(['注册时间'], (r) => ts(d, r.t)),
    C(['注册门店'], () => d.x('store_name', shop), 0.4),
    C(['openid'], () => d.x('openid', 'o' + pick(['6_bmj', 'Xq3z', 'Wz1Y']) + hex(22)), 0.6),
    C(['推荐人'], (r) => (r.ref ? nmE(d, r.ref.name) : ''), 0.4),
  ], rows);
}
// 18 客服聊天记录
function gChat(d) {
  const T = dtGen(), nk = d.x('nickname', nick()), shop = pick(STORES), agent = d.x('agent_nick', pick(['客服小美', '小雪', '售后-阿杰', '客服01', '店小二']));
  const lines = [], say = (who, s) => lines.push(`${ts(d, T(), pick([0, 0, 2]), 0.2)} ${who}: ${s}`);
  const me = person(), sc = shuffle(['addr', 'invoice', 'refund', 'customs', 'mask', 'addr2']).slice(0, ri(1, 3));
  say(nk, pick(['在吗', '你好，问一下', '亲，我下的单什么时候发货']));
  say(`${d.x('store_name', shop)}:${agent}`, '亲亲在的呢，请问有什么可以帮您~');
  for (const s of sc) {
    if (s === 'addr' || s === 'addr2') {
      const p = s === 'addr' ? me : person();
      say(nk, pick(['地址写错了，麻烦改一下', '帮我改个收货地址', '换成我公司地址']));
      say(agent, '好的亲，请发一下新的收货信息哦');
      say(nk, `${nmE(d, p.name)}${pick([' ', '，', ' '])}${mobE(d, p.mob, pick(['plain', 'plain', 'space', 'dash', 'fw', '+86 ']))}${pick([' ', '，'])}${addrStr(d, p.addr, pick(['join', 'space']))}`);
      say(agent, `已为您修改为：${d.x('masked_name', maskName(p.name))} ${d.x('masked_phone', maskMob(p.mob))}，请核对~`);
    } else if (s === 'invoice') {
      const o = org();
      say(nk, `要开专票，抬头${d.x('company_name', o.co)}，税号${usccE(d, o.uscc)}`);
      say(agent, '好的，电子发票开好后发您邮箱哦，邮箱是？');
      say(nk, emE(d, email(me)));
    } else if (s === 'refund') {
      const c = cardOf(me);
      say(nk, `支付宝冻结了，退款能打到银行卡吗？${c.bank} ${cardE(d, c.no)} ${nmE(d, me.name)}`);
      say(agent, `收到，${d.x('masked_card', maskCard(c.no))}，财务会在3个工作日内处理`);
    } else if (s === 'customs') {
      say(agent, '亲，跨境商品清关需要订购人实名信息，姓名和身份证号要和支付人一致哦');
      say(nk, `${nmE(d, me.name)} ${idE(d, idOf(me, 1965, 2003))}`);
    } else {
      say(agent, `订单收货人${d.x('masked_name', maskName(me.name))}，电话${d.x('masked_phone', maskMob(me.mob))}，地址${me.addr.city}${me.addr.dist}****，对吗？`);
      say(nk, '对的');
    }
  }
  say(nk, pick(['谢谢', '好的', '辛苦了']));
  return `聊天记录导出  店铺：${shop}  买家：${nk}\n` + lines.join('\n');
}
// 19 物流账号 地址簿
function gAddrbook(d) {
  const S = style(), rows = Array.from({ length: rowsN() }, () => ({ p: person(), co: chance(0.3) ? company() : '', ll: chance(0.2), mail: chance(0.25) }));
  return table(S, [
    C(['联系人', '姓名'], (r) => (chance(0.93) ? nmE(d, r.p.name) : titled(d, r.p.name))),
    C(['手机号码', '手机'], (r) => nc(mobE(d, r.p.mob, pick(MOBST_CSV)), S)),
    C(['固定电话', '座机'], (r) => (r.ll && r.p.addr.area ? (r.co ? llDC(d, genLL(r.p.addr)) + (chance(0.4) ? `转${digits(4)}` : '') : llE(d, genLL(r.p.addr))) : '')),
    C(['公司名称', '公司'], (r) => (r.co ? d.x('company_name', r.co) : '')),
    C(['所在地区'], (r) => [r.p.addr.prov, r.p.addr.city, r.p.addr.dist].join(pick(['-', '/', ' ']))),
    C(['详细地址'], (r) => `${r.p.addr.town}${r.p.addr.detail}`),
    C(['邮编', '邮政编码'], (r) => d.x('postcode', r.p.addr.post), 0.3),
    C(['邮箱'], (r) => (r.mail ? emE(d, email(r.p)) : ''), 0.2),
    C(['地址类型'], () => pick(['收件', '收件', '寄件'])),
    C(['默认地址'], (r, i) => (i === 0 ? '是' : '否'), 0.4),
    C(['备注'], () => pick(['', '', '老客户', '工作日送公司', '需电话预约']), 0.3),
  ], rows);
}
// 20 批量下单模板
function gBatch(d) {
  const S = style({ delim: pick([',', '\t']) }), cod = chance(0.4);
  const notes = [`填写说明：1. 带*为必填项；2. 收件人手机与座机至少填一项；3. 地址请填写完整的省市区；4. 单次最多导入${pick([500, 1000, 2000])}条`];
  const ex = chance(0.7);
  const rows = [];
  if (ex) rows.push({ ex: true });
  for (let i = rowsN(); i > 0; i--) rows.push({ p: person(), prod: pick(PRODUCTS), ll: chance(0.1), on: chance(0.4) ? onum.taobao() : '' });
  return table(S, [
    C(['序号'], (r, i) => String(i + 1)),
    C(['收件人姓名*', '*收件人'], (r) => (r.ex ? d.dc('person_name_zh', '张三', '张三') : nmE(d, r.p.name))),
    C(['收件人手机*', '*收件人手机'], (r) => (r.ex ? d.dc('cn_mobile', '13800138000', '13800138000') : nc(mobE(d, r.p.mob), S))),
    C(['收件人座机'], (r) => (r.ex ? d.dc('cn_landline', '01012345678', '010-12345678') : r.ll && r.p.addr.area ? llE(d, genLL(r.p.addr)) : ''), 0.3),
    C(['收件省*'], (r) => (r.ex ? '北京市' : r.p.addr.prov)), C(['收件市*'], (r) => (r.ex ? '北京市' : r.p.addr.city)), C(['收件区*'], (r) => (r.ex ? '朝阳区' : r.p.addr.dist)),
    C(['收件详细地址*'], (r) => (r.ex ? 'XX路XX号（示例行，导入前请删除）' : r.p.addr.detail)),
    C(['物品名称'], (r) => (r.ex ? '衣服' : d.x('product_title', r.prod.t))),
    C(['件数'], () => '1'),
    C(['重量(kg)'], () => String(ri(1, 50) / 10), 0.4),
    C(['代收货款'], (r) => (cod && !r.ex ? r.prod.p : '')),
    C(['保价金额'], () => '', 0.5),
    C(['订单号(选填)'], (r) => (r.on ? nc(d.x('order_no', r.on), S) : ''), 0.3),
    C(['备注'], () => '', 0.5),
  ], rows, notes.join('') + S.nl, '');
}
// 21 发票 lists (开票记录 / 开票申请)
function corpAcct(d) {
  const len = pick([19, 19, 17, 20]); const a = nz(len);
  if (len === 20) return d.x('corp_account', a);
  d.dc('bank_card', a, a); return a;
}
function gInvoice(d) {
  const S = style(), T = dtGen(), drawer = person(), payee = person(), reviewer = person(), seller = company(), selU = genUscc('91');
  if (chance(0.4)) { // 开票记录 (税控导出)
    const rows = Array.from({ length: rowsN() }, () => { const p = person(); return { t: T(), co: chance(0.75) ? org(p.addr) : null, p, amt: money(50, 20000) }; });
    const pre = `销方名称：${d.x('company_name', seller)}  销方税号：${usccE(d, selU)}${S.nl}`;
    return table(S, [
      C(['发票代码'], () => nc(d.x('invoice_code', '0' + pick(['33', '44', '11', '31']) + digits(9)), S), 0.3),
      C(['发票号码'], () => nc(d.x('invoice_no', chance(0.5) ? digits(8) : '24' + pick(['33', '44', '11']) + digits(16)), S)),
      C(['开票日期'], (r) => dday(r.t)),
      C(['购方名称', '购买方名称'], (r) => (r.co ? d.x('company_name', r.co.co) : nmE(d, r.p.name))),
      C(['购方税号', '购买方纳税人识别号'], (r) => {
        if (r.co) return usccE(d, r.co.uscc);
        if (chance(0.4)) return idE(d, idOf(r.p), false);
        if (chance(0.15)) { const id = idOf(r.p); d.dc('cn_resident_id', id, id); return id + pad(ri(1, 3)); }
        return '';
      }),
      C(['购方地址电话'], (r) => (r.co && r.p.addr.area ? `${r.p.addr.city}${r.p.addr.detail} ${llDC(d, genLL(r.p.addr))}` : ''), 0.3),
      C(['购方开户行及账号'], (r) => (r.co ? `${pick(Object.values(BANKS))}${r.p.addr.city.replace('市', '')}分行 ${corpAcct(d)}` : ''), 0.4),
      C(['金额'], (r) => r.amt), C(['税率'], () => pick(['13%', '6%', '1%'])), C(['税额'], (r) => (r.amt * 0.13).toFixed(2)),
      C(['开票人'], () => nmE(d, drawer.name)), C(['收款人'], () => nmE(d, payee.name), 0.4), C(['复核人'], () => nmE(d, reviewer.name), 0.4),
      C(['收票邮箱'], (r) => (r.co ? (chance(0.5) ? emE(d, email(r.p)) : d.dc('email', 'fapiao@' + pick(['yunfan', 'hdkj', 'boyuan']) + pick(['.com', '.cn']))) : emE(d, email(r.p))), 0.3),
      C(['备注'], () => `订单号${d.x('order_no', onum.taobao())}`, 0.3),
    ], rows, pre);
  }
  const rows = Array.from({ length: rowsN() }, () => { const p = person(); return { t: T(), co: chance(0.45) ? org(p.addr) : null, p }; });
  return table(S, [
    C(['订单号'], () => nc(d.x('order_no', pick([onum.taobao, onum.jd, onum.douyin])()), S)),
    C(['发票类型'], () => pick(['电子普通发票', '数电票（普通发票）', '增值税专用发票'])),
    C(['抬头类型'], (r) => (r.co ? '企业' : '个人')),
    C(['发票抬头'], (r) => (r.co ? d.x('company_name', r.co.co) : chance(0.8) ? nmE(d, r.p.name) : '个人')),
    C(['税号', '纳税人识别号'], (r) => (r.co ? usccE(d, r.co.uscc) : chance(0.3) ? nc(idE(d, idOf(r.p)), S) : '')),
    C(['注册电话'], (r) => (r.co ? (r.p.addr.area && chance(0.6) ? llDC(d, genLL(r.p.addr)) : d.dc('cn_mobile', r.p.mob)) : ''), 0.4),
    C(['收票邮箱', '电子邮箱'], (r) => (r.co && chance(0.2) ? d.dc('email', 'caiwu@' + pick(['yunfan', 'hdkj', 'boyuan', 'lckj']) + '.com') : emE(d, email(r.p)))),
    C(['收票手机', '手机号'], (r) => nc(mobE(d, r.p.mob), S), 0.3),
    C(['申请时间'], (r) => ts(d, r.t)),
    C(['开票状态'], () => pick(['已开票', '已开票', '待开票', '开票失败'])),
    C(['发票号码'], () => d.x('invoice_no', '24' + pick(['33', '44', '31']) + digits(16)), 0.3),
    C(['开票人'], () => nmE(d, drawer.name), 0.3),
  ], rows);
}
// 22 ERP 拣货 / 打单 (聚水潭 / 旺店通 style)
function gErp(d) {
  const S = style(), T = dtGen(), staff = Array.from({ length: ri(2, 5) }, () => person()), co = pick(CARRIERS), mode = pick(['raw', 'raw', 'mixed']), vp = vpool();
  const rows = Array.from({ length: rowsN() }, () => ({ p: person(), t: T(), prod: pick(PRODUCTS), plat: pick(['淘宝', '拼多多', '抖音', '京东']), ll: chance(0.08) }));
  return table(S, [
    C(['内部订单号'], () => d.x('order_no', onum.internal())),
    C(['线上订单号'], (r) => nc(d.x('order_no', r.plat === '拼多多' ? onum.pdd(r.t) : r.plat === '抖音' ? onum.douyin() : r.plat === '京东' ? onum.jd() : onum.taobao()), S)),
    C(['店铺'], (r) => d.x('store_name', pick(STORES.slice(0, 5)) + `-${r.plat}`)),
    C(['买家账号'], () => d.x('nickname', nick())),
    C(['收货人'], (r) => nameCell(d, r.p, mode)),
    C(['手机'], (r) => phoneCell(d, r.p, mode, S, vp)),
    C(['电话'], (r) => (r.ll && r.p.addr.area ? llE(d, genLL(r.p.addr)) : ''), 0.4),
    C(['省'], (r) => r.p.addr.prov), C(['市'], (r) => r.p.addr.city), C(['区'], (r) => r.p.addr.dist),
    C(['地址'], (r) => r.p.addr.detail),
    C(['快递公司'], () => co), C(['快递单号'], () => nc(d.x('tracking_no', trk(co)), S)),
    C(['商品编码'], (r) => d.x('sku', r.prod.sku)), C(['商品名称'], (r) => d.x('product_title', r.prod.t), 0.3),
    C(['数量'], () => String(ri(1, 4))), C(['重量'], () => (ri(1, 80) / 10).toFixed(2), 0.4),
    C(['仓库'], () => pick(['杭州主仓', '广州仓', '华北仓']), 0.3),
    C(['拣货员'], () => nmE(d, pick(staff).name)), C(['打包员'], () => nmE(d, pick(staff).name), 0.3),
    C(['称重时间'], (r) => ts(d, r.t), 0.3),
  ], rows);
}
// 23 号卡 / 流量卡 订单
function gPhonecard(d) {
  const S = style(), T = dtGen(), co = pick(['EMS', '京东快递', '顺丰速运']);
  const rows = Array.from({ length: rowsN() }, () => ({ p: person(), t: T(), pkg: pick(['电信星卡 29元 135G', '联通大王卡 19元', '移动花卡 39元 100G', '广电福兔卡 19元 192G']), sel: chance(0.5) }));
  return table(S, [
    C(['订单号'], (r) => nc(d.x('order_no', 'HK' + ymd(r.t) + digits(8)), S)),
    C(['下单时间'], (r) => ts(d, r.t)),
    C(['产品'], (r) => d.x('product_title', r.pkg)),
    C(['入网人姓名', '机主姓名'], (r) => nmE(d, r.p.name)),
    C(['身份证号码', '入网人证件号'], (r) => nc(idE(d, idOf(r.p, 1960, 2006)), S)),
    C(['联系电话'], (r) => nc(mobE(d, r.p.mob, pick(MOBST_CSV)), S)),
    C(['所选号码', '选号'], (r) => { if (!r.sel) return ''; let m; do m = pick(['133', '153', '189', '186', '192', '199']) + digits(8); while (USED.has(m)); USED.add(m); return d.dc('cn_mobile', m, m); }),
    C(['收货省份'], (r) => r.p.addr.prov), C(['收货城市'], (r) => r.p.addr.city), C(['收货区县'], (r) => r.p.addr.dist),
    C(['详细地址'], (r) => r.p.addr.detail),
    C(['推广员'], () => d.x('promoter_id', 'TG' + digits(6)), 0.3),
    C(['激活状态'], () => pick(['未激活', '已激活', '审核中', '审核失败-证件照模糊'])),
    C(['物流单号'], () => nc(d.x('tracking_no', trk(co)), S), 0.3),
  ], rows);
}
// 24 处方药 / 互联网医院 订单
function gRx(d) {
  const T = dtGen(), n = ri(1, 12), pharm = person(), out = [];
  const drugs = ['苯磺酸氨氯地平片 5mg*28片', '二甲双胍缓释片 0.5g*30片', '阿托伐他汀钙片 20mg*7片', '孟鲁司特钠片 10mg*5片', '奥美拉唑肠溶胶囊 20mg*14粒'];
  const dz = ['高血压', '2型糖尿病', '高脂血症', '过敏性鼻炎', '慢性胃炎'];
  const csv = chance(0.4);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const buyer = person(), rel = pick(['本人', '本人', '父母', '配偶', '子女']), pat = rel === '本人' ? buyer : person(), doc = person(), k = ri(0, 4), t = T();
    const rx = d.x('rx_no', 'RX' + ymd(t) + digits(6));
    if (csv) { rows.push([d.x('order_no', onum.jd()), rx, nmE(d, pat.name), rel, idE(d, idOf(pat, 1940, 2000)), mobE(d, pat.mob), dz[k], drugs[k], nmE(d, doc.name), nmE(d, pharm.name), nmE(d, buyer.name), mobE(d, buyer.mob), addrStr(d, buyer.addr)]); continue; }
    out.push([`订单号：${d.x('order_no', onum.jd())}    处方编号：${rx}`, `用药人：${nmE(d, pat.name)}（${rel}） 性别：${pick(['男', '女'])}`,
      `用药人身份证：${idE(d, idOf(pat, 1940, 2000))}`, `用药人手机：${mobE(d, pat.mob, pick(MOBST_TXT))}`, `线下确诊疾病：${dz[k]}   药品：${drugs[k]}`,
      `开方医生：${nmE(d, doc.name)}   审方药师：${nmE(d, pharm.name)}   开方时间：${ts(d, t)}`,
      `收货人：${nmE(d, buyer.name)}  ${mobE(d, buyer.mob)}  ${addrStr(d, buyer.addr)}`].join('\n'));
  }
  if (csv) return printed(['订单号', '处方编号', '用药人', '关系', '身份证号', '手机', '诊断', '药品', '医生', '药师', '收货人', '收货电话', '收货地址'], rows, pick([',', '\t']));
  return `互联网医院 处方订单导出\n\n` + out.join('\n\n');
}
// 25 实名收寄 验视登记
function gRealname(d) {
  const S = style(), T = dtGen(), co = pick(CARRIERS), clerks = [person(), person()], masked = chance(0.25);
  const pre = `${co} ${pick(CITIES).c}${pick(['文三路', '科技园', '万达'])}营业部 收寄验视登记表${S.nl}`;
  const rows = Array.from({ length: rowsN() }, () => ({ s: person(), r: person(), t: T(), pass: chance(0.04), item: pick(['衣物', '文件', '茶叶', '数码产品', '食品', '书籍']) }));
  return table(S, [
    C(['日期'], (r) => dday(r.t)),
    C(['运单号'], () => nc(d.x('tracking_no', trk(co)), S)),
    C(['寄件人姓名', '寄件人'], (r) => nmE(d, r.s.name)),
    C(['证件类型'], (r) => (r.pass ? '护照' : '居民身份证')),
    C(['证件号码', '寄件人证件号码'], (r) => { if (r.pass) { const pp = 'E' + pick([...'ABCDEFGHJKLMN']) + digits(7); return d.e('cn_passport', pp, pp); } const id = idOf(r.s); return masked && chance(0.7) ? d.x('masked_id', maskId(id)) : nc(idE(d, id), S); }),
    C(['寄件人电话'], (r) => nc(mobE(d, r.s.mob, pick(MOBST_CSV)), S)),
    C(['寄件地址'], (r) => addrStr(d, r.s.addr), 0.4),
    C(['收件人姓名', '收件人'], (r) => nmE(d, r.r.name)),
    C(['收件人电话'], (r) => nc(mobE(d, r.r.mob), S)),
    C(['收件地址', '寄达地'], (r) => (chance(0.5) ? `${r.r.addr.prov}${r.r.addr.city}` : addrStr(d, r.r.addr))),
    C(['物品名称'], (r) => r.item),
    C(['验视人', '收寄人员'], () => nmE(d, pick(clerks).name)),
  ], rows, pre);
}

// ================================================================== driver
const KINDS = [
  ['taobao', gTaobao, 14], ['tmall', gTmall, 12], ['jd', gJd, 13], ['pdd', gPdd, 13], ['douyin', gDouyin, 12], ['youzan', gYouzan, 12],
  ['weidian', gWeidian, 12], ['waybill', gWaybill, 16], ['shiplist', gShiplist, 14], ['groupbuy', gGroupbuy, 13], ['leader_settle', gLeader, 14],
  ['takeout', gTakeout, 14], ['refund', gRefund, 13], ['payout', gPayout, 14], ['cod', gCod, 12], ['customs', gCustoms, 15], ['member', gMember, 14],
  ['cs_chat', gChat, 18], ['addrbook', gAddrbook, 12], ['batch_tpl', gBatch, 12], ['invoice', gInvoice, 18], ['erp_pick', gErp, 12],
  ['phonecard', gPhonecard, 12], ['rx_order', gRx, 12], ['realname_post', gRealname, 13],
];
const docs = [];
for (const [kind, gen, count] of KINDS) {
  for (let i = 1; i <= count; i++) {
    const d = new Doc(kind); const text = gen(d);
    docs.push(finish(d, text, `orders-${kind}-${i}`));
  }
}
function finish(d, text, id) {
  const ents = [...d.E.values()];
  const evals = new Set(ents.map((o) => o.value));
  const dcs = [...d.D.values()].filter((o) => !evals.has(o.value));
  const dvals = new Set(dcs.map((o) => o.value));
  const decoys = [...d.X.entries()].filter(([t]) => text.includes(t) && ![...evals].some((v) => t.includes(v)) && !dvals.has(t)).map(([t, k]) => ({ kind: k, text: t }));
  return { id, kind: d.kind, text, entities: ents.map(({ det, value }) => ({ detector: det, value })), dontCare: dcs.map(({ det, value }) => ({ detector: det, value })), decoys, _raw: { E: ents, D: dcs } };
}

// ================================================================== self-check
const VALID = {
  cn_resident_id: (v) => /^\d{17}[\dX]$/.test(v), cn_mobile: (v) => /^1[3-9]\d{9}$/.test(v), cn_landline: (v) => /^0\d{9,11}$/.test(v),
  email: (v) => /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v), bank_card: (v) => /^\d{16,19}$/.test(v), cn_uscc: (v) => /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v),
  cn_passport: (v) => /^[A-Z0-9]{8,9}$/.test(v), person_name_zh: (v) => /^[\u4e00-\u9fa5·]{1,16}$/.test(v),
};
const STRICT = { // checksum / structure, entities only
  cn_resident_id: (v) => idLike(v) && ID_REGIONS.includes(v.slice(0, 6)), cn_mobile: (v) => MOBP.includes(v.slice(0, 3)) && !DEMO.has(v), bank_card: luhnOk, cn_uscc: usccOk,
  cn_landline: (v) => Object.entries(AREA_LEN).some(([a, l]) => v.startsWith(a) && v.length === a.length + l),
};
const errs = [];
const norm = (det, raw) => {
  let s = raw.normalize('NFKC');
  if (det === 'email') return s.toLowerCase();
  if (det === 'cn_resident_id' || det === 'cn_uscc' || det === 'cn_passport') return s.replace(/[\s-]/g, '').toUpperCase();
  if (det === 'person_name_zh') return s.replace(/[\s\u3000]/g, '');
  s = s.replace(/\D/g, '');
  if (det === 'cn_mobile') s = s.replace(/^(0086|86)(?=1[3-9]\d{9}$)/, '');
  return s;
};
for (const doc of docs) {
  const E = doc._raw.E, D = doc._raw.D, bad = (m) => errs.push(`${doc.id}: ${m}`);
  for (const [lst, tag] of [[E, 'entity'], [D, 'dontCare']]) {
    for (const o of lst) {
      if (!VALID[o.det] || !VALID[o.det](o.value)) bad(`${tag} ${o.det} invalid chars: ${o.value}`);
      if (tag === 'entity' && STRICT[o.det] && !STRICT[o.det](o.value)) bad(`entity ${o.det} fails check: ${o.value}`);
      for (const r of o.raws) {
        if (!doc.text.includes(r)) bad(`${tag} raw not in text: ${r}`);
        if (tag === 'entity' && o.det !== 'person_name_zh' && norm(o.det, r) !== o.value) bad(`raw ${r} does not normalise to ${o.value}`);
        if (o.det === 'person_name_zh' && norm(o.det, r).replace(/(先生|女士|小姐|阿姨|姐|哥|叔|奶奶|师傅)$/, '') !== o.value && !(tag === 'dontCare' && r.includes(o.value))) bad(`name raw ${r} vs ${o.value}`);
      }
    }
  }
  const ev = new Set(E.map((o) => o.value)), dv = new Set(D.map((o) => o.value));
  for (const v of ev) if (dv.has(v)) bad(`value in entities and dontCare: ${v}`);
  for (const x of doc.decoys) {
    if (!doc.text.includes(x.text)) bad(`decoy not in text: ${x.text}`);
    if (ev.has(x.text) || dv.has(x.text)) bad(`decoy equals label: ${x.text}`);
    for (const v of ev) if (x.text.includes(v)) bad(`decoy ${x.text} contains entity ${v}`);
  }
  // audit: every look-alike in the text must be labelled or sit inside a decoy
  const labelled = new Set([...ev, ...dv]);
  const inDecoy = (s) => doc.decoys.some((x) => x.text.includes(s)) || [...labelled].some((v) => v.length > s.length && v.includes(s));
  const t = doc.text.normalize('NFKC');
  for (const m of t.matchAll(/(?<!\d)1[3-9]\d{9}(?!\d)/g)) if (!labelled.has(m[0]) && !inDecoy(m[0])) bad(`unlabelled mobile-like ${m[0]}`);
  for (const m of t.matchAll(/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g)) if (idLike(m[0]) && !labelled.has(m[0].toUpperCase()) && !inDecoy(m[0])) bad(`unlabelled ID-like ${m[0]}`);
  for (const m of t.matchAll(/(?<!\d)(?:62|4|5)\d{14,18}(?!\d)/g)) if (luhnOk(m[0]) && !labelled.has(m[0]) && !inDecoy(m[0])) bad(`unlabelled card-like ${m[0]}`);
  for (const m of t.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g)) if (!labelled.has(m[0].toLowerCase()) && !inDecoy(m[0])) bad(`unlabelled email ${m[0]}`);
}
// totals
const perKind = {}, perDet = {}, perDc = {}, perDecoy = {};
let nEnt = 0, nDec = 0;
for (const d of docs) {
  perKind[d.kind] = (perKind[d.kind] || 0) + 1;
  for (const e of d.entities) { perDet[e.detector] = (perDet[e.detector] || 0) + 1; nEnt++; }
  for (const e of d.dontCare) perDc[e.detector] = (perDc[e.detector] || 0) + 1;
  for (const x of d.decoys) { perDecoy[x.kind] = (perDecoy[x.kind] || 0) + 1; nDec++; }
}
if (docs.length < 250) errs.push(`only ${docs.length} documents`);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((perDet[det] || 0) < 300) errs.push(`only ${perDet[det] || 0} ${det} entity labels`);
if (nDec < nEnt) errs.push(`decoys (${nDec}) fewer than entities (${nEnt})`);
if (new Set(docs.map((d) => d.id)).size !== docs.length) errs.push('duplicate ids');

writeFileSync(OUT, docs.map(({ _raw, ...o }) => JSON.stringify(o)).join('\n') + '\n');
console.log(`wrote ${docs.length} documents to ${OUT}`);
console.log('documents per kind:', JSON.stringify(perKind));
console.log('entity labels per detector:', JSON.stringify(perDet), 'total', nEnt);
console.log('dontCare per detector:', JSON.stringify(perDc));
console.log('decoys per kind:', JSON.stringify(perDecoy), 'total', nDec);
if (errs.length) { console.error(`SELF-CHECK FAILED (${errs.length}):\n` + errs.slice(0, 60).join('\n')); process.exit(1); }
console.log('self-check passed');
