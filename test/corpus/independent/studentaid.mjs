#!/usr/bin/env node
/*
 * studentaid.mjs — independent labelled test corpus for listguard.
 *
 * Theme: university and school student affairs / financial aid (学生资助 / 学工):
 *   国家助学金 application lists, 奖学金 公示 (masked IDs), 生源地信用助学贷款
 *   lists, 勤工助学 payroll, 家庭经济困难学生认定 forms with 家庭成员 tables,
 *   辅导员 contact lists, 学籍 JSON / XML exports, dormitory check-in lists,
 *   家长 contact sheets, mails from the 资助中心, bank 代发 batch files, OCR'd
 *   paper forms, WeChat group transcripts, SMS, meeting minutes, system logs,
 *   绿色通道 forms, statements, off-campus work agreements, web notices,
 *   high-school 助学金 rosters.
 *
 * Usage:   node studentaid.mjs OUT.jsonl
 *
 * Output:  one JSON object per line
 *   {"id":"sa-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported under any detector
 *
 * Normalisation of label values:
 *   cn_resident_id 18 chars, upper-case X (15-digit legacy numbers upgraded);
 *   cn_mobile 11 digits (no +86, no separators); cn_landline digits incl. the
 *   leading 0 + area code, no separators, no extension; email lower-case;
 *   bank_card digits only; cn_uscc 18 chars upper-case; person_name_zh the
 *   name as written without spaces / titles. Decoys carry their exact text.
 *
 * All values are synthetic: check digits (MOD 11-2, Luhn, GB 32100 + GB 11714)
 * are computed here, dates are real, region codes are real county codes,
 * mobile prefixes are allocated ones. Deterministic (own mulberry32 PRNG, fixed
 * seed), no clock, no I/O except OUT. Ends with a self-check (exit 1 on failure)
 * and a summary.
 *
 * Written in session 29 by a helper that never read src/, rules/ or test/,
 * from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) {
  console.error('usage: node studentaid.mjs OUT.jsonl');
  process.exit(2);
}

// ───────────────────────── PRNG ─────────────────────────
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x5a29c0de);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const pf = (a) => { const x = pick(a); return typeof x === 'function' ? x() : x; }; // lazy pick
const chance = (p) => rnd() < p;
const pad = (n, w) => String(n).padStart(w, '0');
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
function shuffle(a) { const b = a.slice(); for (let i = b.length - 1; i > 0; i--) { const j = ri(0, i); [b[i], b[j]] = [b[j], b[i]]; } return b; }
const wpick = (pairs) => { let t = 0; for (const [, w] of pairs) t += w; let x = rnd() * t; for (const [v, w] of pairs) { if ((x -= w) < 0) return v; } return pairs[pairs.length - 1][0]; };

// ───────────────────────── check algorithms ─────────────────────────
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(body) { let s = 0; for (let i = 0; i < 17; i++) s += +body[i] * ID_W[i]; return '10X98765432'[s % 11]; }
function upgrade15(s) { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); }
function luhnOk(s) { let sum = 0, dbl = false; for (let i = s.length - 1; i >= 0; i--) { let d = +s[i]; if (dbl) { d *= 2; if (d > 9) d -= 9; } sum += d; dbl = !dbl; } return sum % 10 === 0; }
function luhnDigit(body) { for (let d = 0; d < 10; d++) if (luhnOk(body + d)) return String(d); }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b17[i]) * USCC_W[i]; return UA[(31 - (s % 31)) % 31]; }
function gb11714(b8) { const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * W[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function usccValid(v) {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v)) return false;
  if (usccCheck(v.slice(0, 17)) !== v[17]) return false;
  return gb11714(v.slice(8, 16)) === v[16];
}
function validDate(y, m, d) { if (m < 1 || m > 12 || d < 1) return false; const dim = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]; return d <= dim; }
const PROV = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']);
function idLooseValid(v) { // any plausible ID: province + date + check
  if (!/^\d{17}[\dX]$/.test(v)) return false;
  if (!PROV.has(v.slice(0, 2))) return false;
  const y = +v.slice(6, 10), m = +v.slice(10, 12), d = +v.slice(12, 14);
  if (y < 1900 || y > 2025 || !validDate(y, m, d)) return false;
  return idCheck(v.slice(0, 17)) === v[17];
}
function legacyLooseValid(v) { if (!/^\d{15}$/.test(v) || !PROV.has(v.slice(0, 2))) return false; return validDate(1900 + +v.slice(6, 8), +v.slice(8, 10), +v.slice(10, 12)); }
const MOB_PREFIX = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150', '151', '152', '153', '155', '156', '157', '158', '159', '162', '165', '166', '167', '170', '171', '172', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '190', '191', '192', '193', '195', '196', '197', '198', '199'];
const MOB_SET = new Set(MOB_PREFIX);
const mobileValid = (v) => /^1\d{10}$/.test(v) && MOB_SET.has(v.slice(0, 3));

// ───────────────────────── value generators ─────────────────────────
const REGIONS = [
  ['411421', '河南省', '商丘市', '民权县'], ['411723', '河南省', '驻马店市', '平舆县'], ['411625', '河南省', '周口市', '郸城县'],
  ['410323', '河南省', '洛阳市', '新安县'], ['411523', '河南省', '信阳市', '新县'], ['410105', '河南省', '郑州市', '金水区'],
  ['341221', '安徽省', '阜阳市', '临泉县'], ['341222', '安徽省', '阜阳市', '太和县'], ['522426', '贵州省', '毕节市', '纳雍县'],
  ['530621', '云南省', '昭通市', '鲁甸县'], ['621121', '甘肃省', '定西市', '通渭县'], ['431225', '湖南省', '怀化市', '会同县'],
  ['433125', '湖南省', '湘西土家族苗族自治州', '保靖县'], ['360730', '江西省', '赣州市', '宁都县'], ['450821', '广西壮族自治区', '贵港市', '平南县'],
  ['511725', '四川省', '达州市', '渠县'], ['510722', '四川省', '绵阳市', '三台县'], ['513431', '四川省', '凉山彝族自治州', '昭觉县'],
  ['371722', '山东省', '菏泽市', '单县'], ['130528', '河北省', '邢台市', '宁晋县'], ['140429', '山西省', '长治市', '武乡县'],
  ['610426', '陕西省', '咸阳市', '永寿县'], ['640324', '宁夏回族自治区', '吴忠市', '同心县'], ['652901', '新疆维吾尔自治区', '阿克苏地区', '阿克苏市'],
  ['653101', '新疆维吾尔自治区', '喀什地区', '喀什市'], ['150426', '内蒙古自治区', '赤峰市', '翁牛特旗'], ['230183', '黑龙江省', '哈尔滨市', '尚志市'],
  ['220581', '吉林省', '通化市', '梅河口市'], ['350628', '福建省', '漳州市', '平和县'], ['420683', '湖北省', '襄阳市', '枣阳市'],
  ['429004', '湖北省', '', '仙桃市'], ['441581', '广东省', '汕尾市', '陆丰市'], ['500235', '重庆市', '', '云阳县'],
  ['532531', '云南省', '红河哈尼族彝族自治州', '绿春县'], ['320324', '江苏省', '徐州市', '睢宁县'], ['330326', '浙江省', '温州市', '平阳县'],
  ['540102', '西藏自治区', '拉萨市', '城关区'], ['620102', '甘肃省', '兰州市', '城关区'], ['610113', '陕西省', '西安市', '雁塔区'],
  ['430104', '湖南省', '长沙市', '岳麓区'], ['420106', '湖北省', '武汉市', '武昌区'], ['510104', '四川省', '成都市', '锦江区'],
  ['370102', '山东省', '济南市', '历下区'], ['330106', '浙江省', '杭州市', '西湖区'], ['500103', '重庆市', '', '渝中区'],
];
// weight rural counties higher (financial-aid students come mostly from there)
const RURAL = REGIONS.filter((r) => !/区$/.test(r[3]));
const pickRegion = () => (chance(0.85) ? pick(RURAL) : pick(REGIONS));
const REGION_SET = new Set(REGIONS.map((r) => r[0]));

function genId(region, y, m, d, sex) {
  for (;;) {
    let seq = ri(0, 99) * 10 + (sex === '男' ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]));
    const body = region + y + pad(m, 2) + pad(d, 2) + pad(seq, 3);
    const v = body + idCheck(body);
    if (!usccValid(v)) return v;
  }
}
function randDate(y1, y2) { const y = ri(y1, y2), m = ri(1, 12), d = ri(1, [31, y % 4 ? 28 : 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]); return { y, m, d }; }
function genLegacy(region, y, m, d, sex) { const seq = ri(0, 99) * 10 + (sex === '男' ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8])); return region + String(y).slice(2) + pad(m, 2) + pad(d, 2) + pad(seq, 3); }
const MOB_W = MOB_PREFIX.map((p) => [p, /^(13|15|18)/.test(p) ? 6 : /^(14|17[0-1]|16[257]|19[0-3])/.test(p) ? 0.5 : 3]);
const usedMobiles = new Set();
function genMobile() { for (;;) { const m = wpick(MOB_W) + digits(8); if (!usedMobiles.has(m) && !/^(13800138000|13912345678|18888888888)$/.test(m)) { usedMobiles.add(m); return m; } } }

const BANKS = [
  { n: '中国工商银行', s: '工行', bins: ['621226', '622202', '622208', '621225'], len: 19 },
  { n: '中国农业银行', s: '农行', bins: ['622848', '623052', '622845'], len: 19 },
  { n: '中国银行', s: '中行', bins: ['621785', '621661', '621790'], len: 19 },
  { n: '中国建设银行', s: '建行', bins: ['621700', '622700', '621284'], len: 19 },
  { n: '中国邮政储蓄银行', s: '邮储', bins: ['621799', '621098', '622188'], len: 19 },
  { n: '招商银行', s: '招行', bins: ['621483', '622588', '621486'], len: 16 },
  { n: '交通银行', s: '交行', bins: ['622262', '621335'], len: 19 },
  { n: '农村信用合作社', s: '农信社', bins: ['623059', '621779', '622991'], len: 19 },
];
function genCard(bank) {
  bank = bank || pick(BANKS);
  // rare: a CCB Visa-branded debit card (4367…, 19 digits) — still a bank card
  if (bank.s === '建行' && chance(0.08)) { const b = '436742' + digits(12); return { card: b + luhnDigit(b), bank }; }
  const b = pick(bank.bins) + digits(bank.len - 7);
  return { card: b + luhnDigit(b), bank };
}
function breakLuhn(c) { const last = +c[c.length - 1]; return c.slice(0, -1) + ((last + ri(1, 9)) % 10); }
function breakIdCheck(id) { const ok = id[17]; let c; do { c = pick('0123456789X'.split('')); } while (c === ok || luhnOk(id.slice(0, 17) + c) || usccValid(id.slice(0, 17) + c)); return id.slice(0, 17) + c; }

function genUscc(reg) {
  for (;;) {
    let body8 = chance(0.7) ? 'MA' + Array.from({ length: 6 }, () => pick(UA.split(''))).join('') : digits(8);
    const b = pick(['91', '91', '91', '92', '52']) + reg + body8 + gb11714(body8);
    if (!UA.includes(b[16])) continue;
    const u = b + usccCheck(b);
    if ((u.match(/\d+/g) || []).some((r) => r.length >= 16 && luhnOk(r))) continue;
    return u;
  }
}

// decoy digit strings must not be valid anything
function safeDigits(s) {
  const bad = (x) =>
    (x.length >= 16 && x.length <= 19 && luhnOk(x)) ||
    (x.length === 18 && (idLooseValid(x) || usccValid(x))) ||
    (x.length === 15 && legacyLooseValid(x)) ||
    (x.length === 11 && mobileValid(x));
  let t = s;
  for (let i = 0; bad(t) && i < 20; i++) t = t.slice(0, -1) + ((+t[t.length - 1] + 1) % 10);
  return t;
}

// ───────────────────────── names ─────────────────────────
const parsePy = (s) => s.trim().split(/\s+/).map((x) => { const [c, p] = x.split(':'); return { c, p }; });
const SURN = [];
for (const [s, w] of [['王:wang', 8], ['李:li', 8], ['张:zhang', 7], ['刘:liu', 6], ['陈:chen', 5], ['杨:yang', 4], ['黄:huang', 3], ['赵:zhao', 3], ['吴:wu', 3], ['周:zhou', 3],
  ['徐:xu', 2], ['孙:sun', 2], ['马:ma', 2], ['朱:zhu', 2], ['胡:hu', 2], ['郭:guo', 2], ['何:he', 2], ['高:gao', 2], ['林:lin', 2], ['罗:luo', 2], ['郑:zheng', 2], ['梁:liang', 2]])
  for (let i = 0; i < w; i++) SURN.push(parsePy(s)[0]);
SURN.push(...parsePy(`谢:xie 宋:song 唐:tang 许:xu 韩:han 冯:feng 邓:deng 曹:cao 彭:peng 曾:zeng 肖:xiao 田:tian 董:dong 袁:yuan 潘:pan 于:yu 蒋:jiang 蔡:cai
 余:yu 杜:du 叶:ye 程:cheng 苏:su 魏:wei 吕:lv 丁:ding 任:ren 沈:shen 姚:yao 卢:lu 姜:jiang 崔:cui 钟:zhong 谭:tan 陆:lu 汪:wang 范:fan 金:jin 石:shi 廖:liao
 贾:jia 夏:xia 韦:wei 付:fu 方:fang 白:bai 邹:zou 孟:meng 熊:xiong 秦:qin 邱:qiu 江:jiang 尹:yin 薛:xue 闫:yan 段:duan 雷:lei 侯:hou 龙:long 史:shi 陶:tao
 黎:li 贺:he 顾:gu 毛:mao 郝:hao 龚:gong 邵:shao 万:wan 钱:qian 严:yan 覃:qin 武:wu 戴:dai 莫:mo 孔:kong 向:xiang 常:chang 牛:niu 岳:yue 聂:nie 柴:chai
 樊:fan 申:shen 左:zuo 娄:lou 晏:yan 屈:qu 宁:ning 代:dai 桂:gui 符:fu`));
const COMPOUND = parsePy('欧阳:ouyang 司马:sima 上官:shangguan 诸葛:zhuge 令狐:linghu 皇甫:huangfu 司徒:situ 慕容:murong');
const GIVEN = {
  stu: {
    男: parsePy('浩:hao 宇:yu 轩:xuan 俊:jun 杰:jie 博:bo 鑫:xin 磊:lei 鹏:peng 强:qiang 伟:wei 凯:kai 坤:kun 腾:teng 旭:xu 泽:ze 睿:rui 铭:ming 航:hang 子:zi 一:yi 天:tian 家:jia 晨:chen 文:wen 志:zhi 明:ming 宏:hong 帅:shuai 超:chao 阳:yang 洋:yang 涛:tao 飞:fei 亮:liang 然:ran 辰:chen 豪:hao 嘉:jia 奕:yi 锦:jin 皓:hao 毅:yi 森:sen 恒:heng'),
    女: parsePy('梦:meng 瑶:yao 欣:xin 怡:yi 子:zi 涵:han 佳:jia 琪:qi 雨:yu 思:si 雅:ya 婷:ting 婧:jing 静:jing 慧:hui 敏:min 丽:li 娜:na 彤:tong 璐:lu 萱:xuan 晗:han 诗:shi 沫:mo 若:ruo 悦:yue 颖:ying 洁:jie 蓉:rong 薇:wei 倩:qian 蕾:lei 月:yue 心:xin 语:yu 可:ke 梓:zi 冰:bing 晓:xiao 雪:xue 甜:tian 露:lu'),
  },
  par: {
    男: parsePy('建:jian 国:guo 军:jun 华:hua 明:ming 志:zhi 强:qiang 伟:wei 勇:yong 刚:gang 平:ping 海:hai 春:chun 东:dong 林:lin 永:yong 德:de 成:cheng 富:fu 贵:gui 生:sheng 红:hong 卫:wei 新:xin 立:li 胜:sheng 利:li 全:quan 发:fa 宝:bao 庆:qing 保:bao 忠:zhong 良:liang'),
    女: parsePy('秀:xiu 英:ying 兰:lan 芳:fang 桂:gui 珍:zhen 凤:feng 霞:xia 玉:yu 梅:mei 红:hong 丽:li 艳:yan 翠:cui 萍:ping 娟:juan 琴:qin 云:yun 花:hua 莲:lian 菊:ju 荣:rong 敏:min 静:jing 燕:yan 巧:qiao'),
  },
  old: {
    男: parsePy('福:fu 贵:gui 山:shan 根:gen 发:fa 财:cai 喜:xi 德:de 有:you 满:man 金:jin 树:shu 长:chang 才:cai 全:quan 旺:wang 春:chun'),
    女: parsePy('秀:xiu 英:ying 兰:lan 珍:zhen 桂:gui 凤:feng 花:hua 莲:lian 芝:zhi 香:xiang 妹:mei 荣:rong 翠:cui 娥:e'),
  },
};
GIVEN.staff = { 男: GIVEN.stu.男.concat(GIVEN.par.男), 女: GIVEN.stu.女.concat(GIVEN.par.女) };
const UY_M = ['艾力', '买买提', '阿卜杜拉', '麦合木提', '艾合买提', '吐尔逊', '阿不都热依木', '努尔麦麦提', '依明', '伊力哈木', '亚森', '热合曼'];
const UY_F = ['古丽米拉', '迪丽努尔', '热依拉', '阿依努尔', '帕提古丽', '再努尔', '米热古丽', '努尔尼沙', '阿依古丽'];
const YI_CLAN = ['吉克', '阿苏', '海来', '沙马', '阿约', '吉伍', '马海', '俄木'];
const YI_GIVEN = { 男: ['木呷', '日火', '拉且', '伍各', '子哈', '尔布'], 女: ['阿依', '阿呷', '阿果', '日嫫', '金花', '石嫫'] };
const TIB = { 男: ['扎西顿珠', '索朗次仁', '尼玛扎西', '次仁多吉', '格桑旺堆', '平措罗布'], 女: ['次仁卓玛', '格桑旺姆', '央金拉姆', '德吉央宗', '白玛曲珍', '拉巴卓嘎'] };

function mkName(sex, gen, surname) {
  const sn = surname || (chance(0.015) ? pick(COMPOUND) : pick(SURN));
  const pool = GIVEN[gen][sex];
  const n = gen === 'old' ? (chance(0.4) ? 1 : 2) : chance(0.25) ? 1 : 2;
  const g = [];
  while (g.length < n) {
    const c = pick(pool);
    if (g.some((x) => x.c === c.c) || c.c === sn.c) continue;
    if ((n === 1 || g.length === 1) && /[子一]/.test(c.c)) continue; // 子/一 only lead a two-char given name
    if (sn.c === '诸葛' && c.c === '亮') continue;
    g.push(c);
  }
  return { name: sn.c + g.map((x) => x.c).join(''), sn, g, kind: 'han' };
}
function minorityName(region, sex, fam) {
  if (/^65/.test(region[0])) {
    const own = sex === '男' ? pick(UY_M) : pick(UY_F);
    const father = fam?.fatherGiven || pick(UY_M);
    return { name: own + '·' + father, own, father, kind: 'uy' };
  }
  if (region[0] === '513431') { const clan = fam?.clan || pick(YI_CLAN); return { name: clan + pick(YI_GIVEN[sex]), clan, kind: 'yi' }; }
  if (region[0] === '540102') return { name: pick(TIB[sex]), kind: 'tib' };
  return null;
}
const py = (nm) => (nm.kind === 'han' ? { full: nm.sn.p + nm.g.map((x) => x.p).join(''), ini: nm.sn.p[0] + nm.g.map((x) => x.p[0]).join(''), sn: nm.sn.p, gi: nm.g.map((x) => x.p[0]).join(''), gfull: nm.g.map((x) => x.p).join('') } : null);

// ───────────────────────── institutions ─────────────────────────
const UNIS = [
  { n: '中原理工学院', dom: 'zyit.edu.cn', stu: 'stu.zyit.edu.cn', area: '0371', sub: 8, city: '郑州市', reg: '410100', code: '4141013721' },
  { n: '楚天师范学院', dom: 'ctnu.edu.cn', stu: 's.ctnu.edu.cn', area: '027', sub: 8, city: '武汉市', reg: '420100', code: '4142013562' },
  { n: '秦川科技大学', dom: 'qcust.edu.cn', stu: 'stu.qcust.edu.cn', area: '029', sub: 8, city: '西安市', reg: '610100', code: '4161011873' },
  { n: '蜀都职业技术学院', dom: 'sdvtc.edu.cn', stu: 'mail.sdvtc.edu.cn', area: '028', sub: 8, city: '成都市', reg: '510100', code: '4151014406' },
  { n: '金陵财经学院', dom: 'jlcj.edu.cn', stu: 'stu.jlcj.edu.cn', area: '025', sub: 8, city: '南京市', reg: '320100', code: '4132012985' },
  { n: '湘江医学院', dom: 'xjmc.edu.cn', stu: 'stu.xjmc.edu.cn', area: '0731', sub: 8, city: '长沙市', reg: '430100', code: '4143011637' },
  { n: '陇原民族学院', dom: 'lymu.edu.cn', stu: 'st.lymu.edu.cn', area: '0931', sub: 7, city: '兰州市', reg: '620100', code: '4162010752' },
  { n: '钱塘工商学院', dom: 'qtbc.edu.cn', stu: 'stu.qtbc.edu.cn', area: '0571', sub: 8, city: '杭州市', reg: '330100', code: '4133013318' },
  { n: '泉城理工大学', dom: 'qcut.edu.cn', stu: 'stu.qcut.edu.cn', area: '0531', sub: 8, city: '济南市', reg: '370100', code: '4137012204' },
  { n: '巴渝交通学院', dom: 'bytc.edu.cn', stu: 'stu.bytc.edu.cn', area: '023', sub: 8, city: '重庆市', reg: '500000', code: '4150013979' },
];
const COLLEGES = [
  ['文学院', '汉语言文学', '汉语言'], ['外国语学院', '英语', '英语'], ['经济与管理学院', '会计学', '会计'], ['经济与管理学院', '市场营销', '营销'],
  ['计算机与信息工程学院', '计算机科学与技术', '计科'], ['计算机与信息工程学院', '软件工程', '软工'], ['化学化工学院', '应用化学', '应化'],
  ['数学与统计学院', '数学与应用数学', '数学'], ['教育科学学院', '学前教育', '学前'], ['土木工程学院', '土木工程', '土木'],
  ['马克思主义学院', '思想政治教育', '思政'], ['音乐舞蹈学院', '音乐学', '音乐'], ['体育学院', '社会体育指导与管理', '社体'],
  ['机电工程学院', '机械设计制造及其自动化', '机制'], ['护理学院', '护理学', '护理'],
];
function landline(uni) { const sub = uni.sub === 8 ? pick(['6', '6', '8', '5']) + digits(7) : '8' + digits(6); return { area: uni.area, sub }; }

// ───────────────────────── formatting ─────────────────────────
const FW = (s) => s.replace(/[0-9A-Za-z@.\-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
function fmtMobile(m, st) {
  switch (st) {
    case 'space': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'dash': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case '+86': return '+86' + m;
    case '+86s': return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case '+86-': return '+86-' + m;
    case '(+86)': return '(+86)' + m;
    case '0086': return '0086 ' + m;
    case 'fw': return FW(m);
    case 'split': { const k = ri(4, 8); return m.slice(0, k) + '\n' + m.slice(k); }
    default: return m;
  }
}
function fmtId(id, st) {
  switch (st) {
    case 'lower': return id.replace('X', 'x');
    case 'space': return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 'fw': return FW(id);
    case 'split': { const k = ri(8, 14); return id.slice(0, k) + '\n' + id.slice(k); }
    default: return id;
  }
}
function fmtCard(c, st) {
  switch (st) {
    case 'g4': return c.replace(/(\d{4})(?=\d)/g, '$1 ');
    case 'd4': return c.replace(/(\d{4})(?=\d)/g, '$1-');
    case 'fw': return FW(c);
    case 'split': { const k = ri(6, 14); return c.slice(0, k) + '\n' + c.slice(k); }
    default: return c;
  }
}
function fmtLand(l, st) {
  const { area, sub } = l;
  const h = sub.length === 8 ? sub.slice(0, 4) + ' ' + sub.slice(4) : sub.slice(0, 3) + ' ' + sub.slice(3);
  switch (st) {
    case 'paren': return `(${area})${sub}`;
    case 'fparen': return `（${area}）${sub}`;
    case 'space': return `${area} ${h}`;
    case 'intl': return `+86 ${area.slice(1)} ${h}`;
    case 'plain': return area + sub;
    default: return `${area}-${sub}`;
  }
}
const cjkw = (s) => { let w = 0; for (const ch of s) w += /[\u2e80-\uffff]/.test(ch) ? 2 : 1; return w; };
const padw = (s, w) => s + ' '.repeat(Math.max(1, w - cjkw(s)));
const spaced2 = (n) => (n.length === 2 && !n.includes('·') ? n[0] + pick(['  ', '　']) + n[1] : n);

// ───────────────────────── Doc ─────────────────────────
const nf = (s) => s.normalize('NFKC');
function normOf(det, w) {
  let s = nf(w);
  switch (det) {
    case 'person_name_zh': return s.replace(/\s+/g, '');
    case 'cn_mobile': s = s.replace(/[\s\-()]/g, ''); return s.replace(/^(\+86|0086|86)(?=1\d{10}$)/, '');
    case 'cn_resident_id': s = s.replace(/[\s\-]/g, '').toUpperCase(); return /^\d{15}$/.test(s) ? upgrade15(s) : s;
    case 'bank_card': return s.replace(/[\s\-]/g, '');
    case 'email': return s.trim().toLowerCase();
    case 'cn_landline': s = s.replace(/[\s\-()]/g, ''); return s.replace(/^\+86/, '0');
    case 'cn_uscc': return s.replace(/[\s\-]/g, '').toUpperCase();
  }
  return s;
}
function validOf(det, v) {
  switch (det) {
    case 'person_name_zh': return /^[\u4e00-\u9fa5·•．]{2,16}$/.test(v);
    case 'cn_mobile': return mobileValid(v);
    case 'cn_resident_id': return idLooseValid(v) && REGION_SET.has(v.slice(0, 6));
    case 'bank_card': return /^\d{16,19}$/.test(v) && luhnOk(v);
    case 'email': return /^[a-z0-9._%+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)*\.[a-z]{2,}$/.test(v);
    case 'cn_landline': return /^(0[12]\d\d{8}|0[3-9]\d\d\d{7,8})$/.test(v) && !/^026/.test(v);
    case 'cn_uscc': return usccValid(v);
  }
  return false;
}
const ERR = [];
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.D = new Map(); this.X = new Map(); this.w = []; this.used = new Set(); }
  ent(det, value, written) { const k = det + '|' + value; if (!this.E.has(k)) this.E.set(k, { detector: det, value }); this.w.push({ det, value, written }); return written; }
  dc(det, value, written) { const k = det + '|' + value; if (!this.D.has(k)) this.D.set(k, { detector: det, value }); return written ?? value; }
  dec(kind, text) { text = String(text); if (!this.X.has(text)) this.X.set(text, { kind, text }); return text; }
  N(name, written) { return this.ent('person_name_zh', name, written ?? name); }
  M(m, st) { return this.ent('cn_mobile', m, fmtMobile(m, st)); }
  I(id, st) { return this.ent('cn_resident_id', id.length === 15 ? upgrade15(id) : id, fmtId(id, st)); }
  C(c, st) { return this.ent('bank_card', c, fmtCard(c, st)); }
  Em(e, upper) {
    const w = upper ? e.replace(/^[a-z]/, (x) => x.toUpperCase()) : e;
    const loc = e.split('@')[0];
    if (mobileValid(loc)) this.ent('cn_mobile', loc, loc); // <mobile>@139.com exposes the mobile too (cn-formats §10)
    return this.ent('email', e.toLowerCase(), w);
  }
  L(l, st) { return this.ent('cn_landline', l.area + l.sub, fmtLand(l, st)); }
  U(u) { return this.ent('cn_uscc', u, u); }
  // decoy helpers
  xh(s) { return this.dec('student_no', s); }
  amt(s) { return this.dec('amount', s); }
  date(s) { return this.dec('date', s); }
  // a fresh person name not yet used in this doc
  fresh(fn) { for (let i = 0; i < 50; i++) { const p = fn(); if (!this.used.has(p.name)) { this.used.add(p.name); return p; } } const p = fn(); this.used.add(p.name); return p; }
}

// ───────────────────────── people ─────────────────────────
function mkPerson(doc, { sex, gen = 'stu', region, surname, y1, y2, fam, han } = {}) {
  sex = sex || pick(['男', '女']);
  region = region || pickRegion();
  const ranges = { stu: [2002, 2006], par: [1966, 1983], old: [1938, 1958], staff: [1972, 1997], kid: [2008, 2016] };
  const [a, b] = [y1 ?? ranges[gen][0], y2 ?? ranges[gen][1]];
  const nm = doc.fresh(() => {
    const mn = gen !== 'staff' && !surname && !han && (fam || chance(0.7)) ? minorityName(region, sex, fam) : null;
    return mn || mkName(sex, gen === 'kid' ? 'stu' : gen, surname);
  });
  const bd = randDate(a, b);
  const id = genId(region[0], bd.y, bd.m, bd.d, sex);
  return { ...nm, sex, region, bd, id, mobile: genMobile(), gen };
}
let XH_SEQ = 0;
function mkStudent(doc, o = {}) {
  const p = mkPerson(doc, { ...o, gen: 'stu' });
  const col = o.col || pick(COLLEGES);
  const grade = o.grade || pick([2021, 2022, 2023, 2024]);
  const ci = COLLEGES.indexOf(col);
  const xhStyle = o.xhStyle ?? 0;
  XH_SEQ = (XH_SEQ + ri(1, 17)) % 900;
  const seq = 100 + XH_SEQ;
  p.xh = xhStyle === 1 ? `${grade}${pad(ci + 1, 2)}${pad(ri(1, 6), 2)}${pad(seq, 4)}` : `${grade}${pad(ci + 1, 2)}${pad(ri(1, 6), 1)}${pad(seq % 1000, 3)}`;
  p.col = col; p.grade = grade;
  p.cls = `${String(grade).slice(2)}${col[2]}${ri(1, 4)}班`;
  p.bank = o.bank || pick(BANKS);
  p.card = genCard(p.bank).card;
  p.ksh = String(grade).slice(2) + p.region[0].slice(0, 2) + p.region[0].slice(2, 6) + pad(ri(1, 99999), 5) + ri(0, 9);
  p.ksh = p.ksh.slice(0, 14);
  return p;
}
function mkFamily(doc, s) {
  const fam = {};
  const fatherGiven = s.kind === 'uy' ? s.father : undefined;
  const f = s.kind === 'uy' ? mkUyParent(doc, s, '男') : s.kind === 'yi' ? mkYiParent(doc, s, '男') : s.kind === 'tib' ? mkPerson(doc, { sex: '男', gen: 'par', region: s.region }) : mkPerson(doc, { sex: '男', gen: 'par', region: s.region, surname: s.sn });
  const m = s.kind === 'uy' ? mkUyParent(doc, s, '女') : s.kind === 'yi' ? mkYiParent(doc, s, '女') : mkPerson(doc, { sex: '女', gen: 'par', region: s.region, han: s.kind === 'han' });
  fam.father = f; fam.mother = m; void fatherGiven;
  const list = [{ rel: '父亲', p: f }, { rel: '母亲', p: m }];
  if (chance(0.5) && s.kind === 'han') list.push({ rel: pick(['祖父', '爷爷']), p: mkPerson(doc, { sex: '男', gen: 'old', region: s.region, surname: s.sn }) });
  if (chance(0.35) && s.kind === 'han') list.push({ rel: pick(['祖母', '奶奶']), p: mkPerson(doc, { sex: '女', gen: 'old', region: s.region, han: true }) });
  if (chance(0.6)) {
    const sx = pick(['男', '女']);
    const sib = s.kind === 'han' ? mkPerson(doc, { sex: sx, gen: 'kid', region: s.region, surname: s.sn, y1: 1999, y2: 2016 }) : mkPerson(doc, { sex: sx, gen: 'kid', region: s.region, y1: 1999, y2: 2016, fam: { fatherGiven: s.father, clan: s.clan } });
    const older = sib.bd.y < s.bd.y;
    list.push({ rel: sx === '男' ? (older ? '哥哥' : '弟弟') : older ? '姐姐' : '妹妹', p: sib });
  }
  fam.list = list;
  return fam;
}
function mkUyParent(doc, s, sex) {
  return doc.fresh(() => {
    const own = sex === '男' ? s.father : pick(UY_F);
    const nm = { name: own + '·' + pick(UY_M), kind: 'uy' };
    const bd = randDate(1968, 1982);
    return { ...nm, sex, region: s.region, bd, id: genId(s.region[0], bd.y, bd.m, bd.d, sex), mobile: genMobile(), gen: 'par' };
  });
}
function mkYiParent(doc, s, sex) {
  return doc.fresh(() => {
    const nm = { name: (sex === '男' ? s.clan : pick(YI_CLAN)) + pick(YI_GIVEN[sex]), kind: 'yi' };
    const bd = randDate(1968, 1982);
    return { ...nm, sex, region: s.region, bd, id: genId(s.region[0], bd.y, bd.m, bd.d, sex), mobile: genMobile(), gen: 'par' };
  });
}
function mkEmail(p, ctx = 'personal') {
  const q = py(p);
  const qq = () => String(ri(1, 3)) + digits(ri(8, 9));
  if (!q) return qq() + '@qq.com';
  const y = String(p.bd.y), mmdd = pad(p.bd.m, 2) + pad(p.bd.d, 2);
  return wpick([
    [() => qq() + '@qq.com', 5],
    [() => p.mobile + pick(['@139.com', '@189.cn', '@wo.cn']), 0.6],
    [() => `${q.full}${y}@163.com`, 2],
    [() => `${q.ini}${mmdd}@126.com`, 2],
    [() => `${q.full}${ri(1, 999)}@163.com`, 2],
    [() => `${q.full}_${y.slice(2)}@foxmail.com`, 1],
    [() => `${q.gfull}${q.sn}@outlook.com`, 1],
    [() => `${q.sn}.${q.gfull}@sina.com`, 1],
    [() => `${q.ini}${y}@yeah.net`, 1],
    [() => `${q.full}${mmdd}@gmail.com`, 1],
  ])();
}
const staffEmail = (p, uni) => { const q = py(p); return q ? (chance(0.6) ? `${q.sn}${q.gi}@${uni.dom}` : `${q.full}@${uni.dom}`) : `t${digits(5)}@${uni.dom}`; };
const addrOf = (p) => `${p.region[1]}${p.region[2]}${p.region[3]}${pick(['城关镇', '王庄寨镇', '白云镇', '新集乡', '双庙乡', '石桥镇', '柳河镇', '大营乡'])}${pick(['刘庄村', '东街村', '后营村', '杨湾村', '三合村', '新庄村', '河口村'])}${ri(1, 12)}组${chance(0.4) ? ri(1, 88) + '号' : ''}`;
const ymd = (d, sep = '-') => `${d.y}${sep}${pad(d.m, 2)}${sep}${pad(d.d, 2)}`;
const ym = (d, sep = '.') => `${d.y}${sep}${pad(d.m, 2)}`;
const DATE24 = () => { const m = ri(9, 12); return { y: 2024, m, d: ri(1, 28) }; };
const cn = (d) => `${d.y}年${d.m}月${d.d}日`;
const wday = (d) => new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay(); // calendar arithmetic only, no clock
const WK = '日一二三四五六';
const addDays = (d, n) => { const t = new Date(Date.UTC(d.y, d.m - 1, d.d + n)); return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }; };
const colText = (doc, c) => { if (c === '马克思主义学院') doc.dec('org', c); return c; };
const ORG_DECOYS = ['王集镇卫生院', '黄庄村委会', '李楼小学', '周庄煤矿', '张寨镇中心小学', '高庙乡政府', '何营村砖厂', '石桥镇敬老院', '马店镇农机站', '陈湾村委会', '杨集镇中学', '金水区环卫所', '常庄建筑工地', '余家湾养殖场', '万达广场保洁部'];
const PLACE_DECOYS = ['河南周口', '河北张家口', '安徽黄山', '河北石家庄', '江苏高邮', '河南安阳', '湖南常德', '广东江门', '重庆万州', '浙江余姚', '江西吉安', '山东高密',
  '广东雷州', '福建龙岩', '陕西韩城', '河南孟州', '河南林州', '广西贺州', '湖北钟祥', '甘肃武威', '福建宁德', '河南叶县', '河南鲁山', '安徽马鞍山', '湖南邵阳', '福建石狮', '湖北黄冈', '河北唐山', '山东曹县', '湖南岳阳'];
const WORD_DECOYS = ['周五前补交', '何时到账', '余额不足', '于是放弃', '方案待定', '常规发放', '高温补贴', '金额有误', '关于补录', '成绩合格', '安全教育', '程序退回', '任务完成', '向上申报', '时间冲突'];
const NICK_DECOYS = ['向日葵🌻', '程序猿', '江南烟雨', '石头剪刀布', '高数不挂科', '叶落知秋', '田园牧歌', '白开水', '金色年华', '夏天的风', '常回家看看', '安之若素'];

// ───────────────────────── generators ─────────────────────────
const G = {};

// 1. 国家助学金申请汇总表 CSV
G.zxj_csv = () => {
  const d = new Doc('zxj_csv');
  const uni = pick(UNIS); const col = pick(COLLEGES);
  const term = pick(['2024-2025学年', '2024年秋季学期', '2023-2024学年']);
  const L = [];
  L.push(`${uni.n}${term}国家助学金拟资助学生汇总表`);
  const filler = mkPerson(d, { gen: 'staff' });
  L.push(`填报单位：${colText(d, col[0])}（盖章）,,填报人：${d.N(filler.name)},联系电话：${d.M(filler.mobile)},填报日期：${d.date(ymd(DATE24()))}`);
  const hasCard = chance(0.85), hasMob = chance(0.8), hasNo = chance(0.5), hasBirth = chance(0.6), hasInc = chance(0.5);
  const cols = ['序号', '学院', '专业', '班级', '学号', '姓名', '性别', '民族', '身份证号', '困难等级', '资助档次', '金额(元)'];
  if (hasBirth) cols.splice(7, 0, '出生日期');
  if (hasInc) cols.push('家庭人均月收入');
  const hasSyd = chance(0.5);
  if (hasSyd) cols.push('生源地');
  if (hasNo) cols.push('申请编号');
  if (hasCard) cols.push('开户行', '银行卡号');
  if (hasMob) cols.push('联系电话');
  cols.push('备注');
  L.push(cols.join(','));
  const n = chance(0.15) ? ri(35, 60) : ri(8, 25);
  const tiers = [['特别困难', '一档', '4400'], ['困难', '二档', '3300'], ['一般困难', '三档', '2200']];
  for (let i = 1; i <= n; i++) {
    const s = mkStudent(d, { col, xhStyle: i % 2 });
    const t = pick(tiers);
    const row = [i, col[0], col[1], s.cls, d.xh(s.xh), d.N(s.name), s.sex, s.kind === 'uy' ? '维吾尔族' : s.kind === 'yi' ? '彝族' : s.kind === 'tib' ? '藏族' : chance(0.9) ? '汉族' : pick(['回族', '土家族', '苗族', '壮族']), '', t[0], t[1], d.amt(t[2])];
    // ID column: mostly fine; some with lower-case x; a few typos (bad check char)
    if (chance(0.04)) row[8] = d.dec('id_bad_check', breakIdCheck(s.id));
    else row[8] = d.I(s.id, s.id.endsWith('X') && chance(0.4) ? 'lower' : 'plain');
    if (hasBirth) row.splice(7, 0, d.date(chance(0.5) ? ymd(s.bd) : ymd(s.bd, '/')));
    if (hasInc) row.push(d.amt(String(ri(3, 19) * 50 + ri(0, 49))));
    if (hasSyd) row.push(chance(0.35) ? d.dec('place', pick(PLACE_DECOYS)) : s.region[1].replace(/省|自治区|壮族|维吾尔|回族/g, '') + (s.region[3].length > 2 ? s.region[3].replace(/县$/, '') : s.region[3]));
    if (hasNo) row.push(d.dec('application_no', `ZXJ${String(s.grade).slice(2)}${pad(i, 4)}${digits(2)}`));
    if (hasCard) {
      row.push(s.bank.n);
      const r = rnd();
      if (r < 0.05) row.push(d.dec('card_sci_notation', (+s.card.slice(0, 6) / 1e5).toFixed(5).replace(/0+$/, '') + 'E+' + (s.card.length - 1)));
      else if (r < 0.09) { const bad = breakLuhn(s.card); row.push(d.dc('bank_card', bad, bad)); }
      else if (r < 0.25) row.push("'" + d.C(s.card));
      else row.push(d.C(s.card));
    }
    if (hasMob) row.push(chance(0.03) ? d.dec('mobile_short', s.mobile.slice(0, 10)) : d.M(s.mobile));
    row.push(chance(0.25) ? pf(['脱贫家庭学生', '城乡低保', '残疾学生', '孤儿', '单亲家庭', () => d.dec('word', pick(WORD_DECOYS)), '已认定']) : '');
    L.push(row.join(','));
  }
  L.push(`合计,,,,,,,,,,,${n}人`);
  L.push(`学院审核人（签字）：${d.N(mkPerson(d, { gen: 'staff' }).name)},,,,学院负责人（签字）：,,,,`);
  return [d, L.join('\n')];
};

// 2. 奖学金 / 助学金 公示 (masked)
G.gongshi = () => {
  const d = new Doc('gongshi');
  const uni = pick(UNIS);
  const item = pick([['国家奖学金', '10000'], ['国家励志奖学金', '6000'], ['国家助学金', '3300'], ['校长奖学金', '5000'], ['学业奖学金（一等）', '3000']]);
  const s0 = { y: 2024, m: ri(9, 11), d: ri(8, 20) };
  const L = [];
  L.push(`关于${uni.n}2024年${item[0]}拟${item[0].includes('助学') ? '资助' : '推荐'}人选的公示`);
  L.push('');
  const n = ri(6, 28);
  L.push(`根据《学生资助资金管理办法》和学校有关规定，经个人申请、班级民主评议、学院审核，拟${item[0].includes('助学') ? '资助' : '推荐'}以下${n}名同学${item[0].includes('助学') ? '获得' : '为'}${item[0]}（${d.amt(item[1])}元/人），现予以公示。公示期为${d.date(ymd(s0))}至${s0.y}-${pad(s0.m, 2)}-${pad(s0.d + 4, 2)}（5个工作日）。`);
  L.push('');
  const maskStyle = pick(['id', 'idphone', 'none', 'name', 'card']);
  const hdr = ['序号', '学院', '专业班级', '姓名', '学号'];
  if (maskStyle === 'id' || maskStyle === 'idphone') hdr.push('身份证号');
  if (maskStyle === 'idphone') hdr.push('联系电话');
  if (maskStyle === 'card') hdr.push('身份证号', '收款账号');
  L.push(hdr.join('\t'));
  for (let i = 1; i <= n; i++) {
    const s = mkStudent(d);
    let nm;
    if (maskStyle === 'name') nm = d.dec('masked_name', s.name.length === 2 ? s.name[0] + '*' : s.name[0] + '*'.repeat(s.name.length - 2) + s.name[s.name.length - 1]);
    else nm = d.N(s.name);
    const row = [i, colText(d, s.col[0]), s.cls, nm, d.xh(s.xh)];
    if (maskStyle === 'id' || maskStyle === 'idphone') row.push(d.dec('masked_id', chance(0.5) ? s.id.slice(0, 6) + '********' + s.id.slice(14) : s.id.slice(0, 4) + '**********' + s.id.slice(14)));
    if (maskStyle === 'idphone') row.push(d.dec('masked_mobile', s.mobile.slice(0, 3) + '****' + s.mobile.slice(7)));
    if (maskStyle === 'card') row.push(d.dec('masked_id', s.id.slice(0, 1) + '*'.repeat(16) + s.id.slice(17)), d.dec('masked_card', chance(0.5) ? s.card.slice(0, 4) + ' **** **** ' + s.card.slice(-4) : s.card.slice(0, 6) + '*'.repeat(s.card.length - 10) + s.card.slice(-4)));
    L.push(row.join('\t'));
  }
  L.push('');
  const c = mkPerson(d, { gen: 'staff' });
  const l = landline(uni);
  if (chance(0.5)) {
    L.push(`公示期间，如有异议，请以书面形式向学生资助管理中心反映（实名）。联系人：${d.N(c.name)}，联系电话：${d.L(l, pick(['dash', 'paren', 'space']))}，电子邮箱：${d.Em('xszz@' + uni.dom)}。`);
  } else {
    const ttl = c.name.slice(0, c.name.length > 3 ? 2 : 1) + '老师';
    d.dc('person_name_zh', ttl); d.dc('person_name_zh', ttl.replace('老师', ''));
    L.push(`如有异议，请于公示期内向学生工作部（处）资助管理中心反映。\n联系人：${ttl}   电话：${d.L(l)}   监督电话：${d.dec('hotline', pick(['12345', '12315']))}`);
  }
  L.push(`\n${uni.n}学生资助管理中心\n${cn(s0)}`);
  return [d, L.join('\n')];
};

// 3. 生源地信用助学贷款 回执汇总 TSV
G.loan_tsv = () => {
  const d = new Doc('loan_tsv');
  const uni = pick(UNIS);
  const L = [];
  L.push(`${uni.n}2024年生源地信用助学贷款受理证明（回执）汇总表`);
  L.push(['序号', '学院', '学号', '学生姓名', '学生身份证号', '合同编号', '贷款金额', '回执校验码', '受理证明编号', '受理日期', '共同借款人', '关系', '共同借款人身份证号', '共同借款人电话', '学生电话', '支付宝账号', '县级资助中心', '备注'].join('\t'));
  const n = ri(6, 30);
  for (let i = 1; i <= n; i++) {
    const s = mkStudent(d);
    const fam = mkFamily(d, s);
    const cb = chance(0.8) ? { p: fam.father, rel: '父亲' } : { p: fam.mother, rel: '母亲' };
    const contract = safeDigits(s.region[0] + '2024' + digits(7));
    const amt = pick(['8000', '12000', '16000', '20000', '10000']);
    const code = Array.from({ length: 8 }, () => pick('ABCDEFGHJKLMNPQRSTUVWXYZ23456789'.split(''))).join('');
    const alipay = chance(0.6) ? d.M(s.mobile) : chance(0.5) ? d.Em(mkEmail(s)) : '';
    const row = [i, colText(d, s.col[0]), d.xh(s.xh), d.N(s.name), d.I(s.id, chance(0.1) ? 'lower' : 'plain'), d.dec('contract_no', contract), d.amt(amt), d.dec('receipt_code', code), d.dec('receipt_no', safeDigits(s.region[0] + '24' + digits(8))), d.date(`2024-0${ri(6, 8)}-${pad(ri(1, 28), 2)}`),
      d.N(cb.p.name), cb.rel, d.I(cb.p.id), d.M(cb.p.mobile), alipay.startsWith('1') || chance(0.5) ? d.M(s.mobile) : '', alipay, `${s.region[3]}学生资助管理中心`, chance(0.15) ? pick(['续贷', '首贷', '回执待补', '合同号待核']) : ''];
    L.push(row.join('\t'));
  }
  L.push(`制表：${d.N(mkPerson(d, { gen: 'staff' }).name)}\t\t审核：${d.N(mkPerson(d, { gen: 'staff' }).name)}\t\t${d.date(ymd(DATE24()))}`);
  return [d, L.join('\n')];
};

// 4. 勤工助学 酬金发放表 (fixed width)
G.qgzx_payroll = () => {
  const d = new Doc('qgzx_payroll');
  const uni = pick(UNIS);
  const dept = pick(['图书馆', '后勤管理处', '学生工作部（处）', '教务处', '马克思主义学院', '网络信息中心', '体育学院', '档案馆', '校团委', '保卫处']);
  if (dept === '马克思主义学院') d.dec('org', dept);
  const mon = ri(9, 12);
  const L = [];
  L.push(`${uni.n}勤工助学酬金发放表（2024年${mon}月）`);
  L.push(`用工部门：${dept}${' '.repeat(20)}制表日期：${d.date(`2024-${pad(mon + (mon < 12 ? 1 : 0), 2)}-05`)}`);
  L.push('-'.repeat(96));
  const wide = chance(0.5);
  L.push(padw('序号', 6) + padw('姓名', 20) + padw('学号', 14) + padw('岗位编号', 10) + padw('岗位', 20) + padw('工时', 6) + padw('标准', 7) + padw('金额', 10) + (wide ? padw('开户行', 10) : '') + '银行卡号');
  const rate = pick(['18.0', '20.0', '22.0', '25.0']);
  const n = ri(5, 22);
  const posts = { 图书馆: ['流通部整架', '阅览室值班', '古籍部助理', '自习室管理'], 后勤管理处: ['食堂巡查', '宿管助理', '维修登记'], '学生工作部（处）': ['资助中心助理', '档案整理', '心理中心值班'], 教务处: ['考务助理', '材料装订'], 马克思主义学院: ['马院资料室', '办公室助理'], 网络信息中心: ['机房值守', '网络报修'], 体育学院: ['场馆管理', '器材室'], 档案馆: ['档案数字化'], 校团委: ['青协助理', '宣传助理'], 保卫处: ['校园巡逻', '门岗助理'] }[dept];
  let total = 0;
  for (let i = 1; i <= n; i++) {
    const s = mkStudent(d);
    const hrs = ri(12, 40);
    const money = (hrs * parseFloat(rate)).toFixed(2);
    total += +money;
    const post = pick(posts);
    if (post === '马院资料室') d.dec('org', post);
    const nmw = chance(0.4) ? spaced2(s.name) : s.name;
    let card;
    const r = rnd();
    if (r < 0.04) { const bad = breakLuhn(s.card); card = d.dc('bank_card', bad, bad); } else card = d.C(s.card, r < 0.3 ? 'g4' : 'plain');
    L.push(padw(String(i), 6) + padw(d.N(s.name, nmw), 20) + padw(d.xh(s.xh), 14) + padw(d.dec('post_no', `QG${pad(ri(1, 40), 2)}-${pad(i, 3)}`), 10) + padw(post, 20) + padw(String(hrs), 6) + padw(rate, 7) + padw(d.amt(money), 10) + (wide ? padw(s.bank.s, 10) : '') + card);
  }
  L.push('-'.repeat(96));
  L.push(`合计：${d.amt(total.toFixed(2))}元`);
  const a = mkPerson(d, { gen: 'staff' }), b = mkPerson(d, { gen: 'staff' });
  L.push(`制表人：${d.N(a.name)}    审核：${d.N(b.name)}    部门负责人（签字）：__________`);
  if (chance(0.4)) L.push(`注：银行卡须为本人${pick(['中国银行', '建设银行', '工商银行'])}一类借记卡，${d.dec('word', '余额不足')}或账户冻结导致发放失败的，请联系资助中心。`);
  return [d, L.join('\n')];
};

// 5. 家庭经济困难学生认定申请表 (docx text)
G.knrd_form = () => {
  const d = new Doc('knrd_form');
  const uni = pick(UNIS);
  const s = mkStudent(d);
  const fam = mkFamily(d, s);
  const L = [];
  L.push(pick(['高等学校家庭经济困难学生认定申请表', '家庭经济困难学生认定申请表（2024年版）', `${uni.n}家庭经济困难学生认定申请表`]));
  L.push(`学校：${uni.n}    院（系）：${colText(d, s.col[0])}    专业：${s.col[1]}    年级：${s.grade}级    班级：${s.cls}`);
  L.push('一、学生本人基本情况');
  const idSt = chance(0.1) ? 'space' : s.id.endsWith('X') && chance(0.3) ? 'lower' : 'plain';
  L.push(`姓名：${d.N(s.name)}    性别：${s.sex}    出生年月：${d.date(ym(s.bd))}    身份证号码：${d.I(s.id, idSt)}`);
  L.push(`学号：${d.xh(s.xh)}    政治面貌：${pick(['共青团员', '群众', '中共预备党员'])}    民族：${s.kind === 'uy' ? '维吾尔族' : s.kind === 'yi' ? '彝族' : s.kind === 'tib' ? '藏族' : '汉族'}    入学前户口：${pick(['城镇', '农村', '农村'])}`);
  L.push(`家庭人口数：${fam.list.length + 1}    毕业学校：${d.dec('org', `${s.region[3]}第${pick(['一', '二', '三'])}高级中学`)}    个人特长：${pick(['无', '书法', '篮球', '唱歌', '编程'])}`);
  L.push(`孤残：${pick(['否', '否', '是'])}  单亲：${pick(['否', '否', '是'])}  低保：${pick(['否', '是'])}  残疾：否  建档立卡（脱贫）家庭：${pick(['是', '否'])}  烈士子女：否`);
  const email = mkEmail(s);
  L.push(`本人联系电话：${d.M(s.mobile, chance(0.2) ? 'dash' : 'plain')}    电子邮箱：${d.Em(email, chance(0.1))}`);
  L.push('二、家庭通讯信息');
  const post = safeDigits(pad(ri(100000, 859999), 6));
  L.push(`详细通讯地址：${addrOf(s)}    邮政编码：${d.dec('postcode', post)}`);
  const parentPhone = chance(0.5) ? fam.father : fam.mother;
  L.push(`联系电话：${d.M(parentPhone.mobile, chance(0.3) ? 'space' : 'plain')}（${parentPhone === fam.father ? '父亲' : '母亲'}）`);
  L.push('三、家庭成员情况');
  const withId = chance(0.7), withPhone = chance(0.6);
  const hdr = ['姓名', '年龄', '与学生关系', '工作（学习）单位', '职业', '年收入（元）', '健康状况'];
  if (withId) hdr.splice(3, 0, '身份证号');
  if (withPhone) hdr.push('联系电话');
  L.push(hdr.join(' | '));
  for (const m of fam.list) {
    const age = 2024 - m.p.bd.y;
    const sib = /弟|妹|哥|姐/.test(m.rel), old = /祖|爷|奶/.test(m.rel);
    const work = sib ? (age < 12 ? `${s.region[3]}${pick(['实验小学', '城关镇中心小学'])}` : age < 18 ? `${s.region[3]}${pick(['第二初级中学', '城关镇中学', '第一高级中学'])}` : pick(['在外务工', '在读'])) : old ? pick(['无', '务农', '在家']) : pf(['务农', '个体', '在外务工', '无', () => d.dec('org', pick(ORG_DECOYS))]);
    const inc = sib && age < 18 ? '0' : old ? pick(['0', '0', '1200', '2400']) : String(ri(3, 30) * 1000);
    const job = sib ? (age < 18 || work === '在读' ? '学生' : '务工') : old ? pick(['无', '农民']) : pick(['农民', '务工', '无业', '个体']);
    const row = [d.N(m.p.name), age, m.rel, work, job, inc === '0' ? '0' : d.amt(inc), old ? pick(['一般', '患病', '慢性病']) : pick(['良好', '良好', '一般', '患病', '残疾'])];
    if (withId) {
      let idw;
      if (m.rel.match(/祖|爷|奶/) && chance(0.6)) idw = d.I(genLegacy(m.p.region[0], m.p.bd.y, m.p.bd.m, m.p.bd.d, m.p.sex));
      else if (age < 16 && chance(0.3)) idw = '（未办理）';
      else idw = d.I(m.p.id);
      row.splice(3, 0, idw);
    }
    if (withPhone) row.push(age >= 18 && !m.rel.match(/祖|爷|奶/) ? d.M(m.p.mobile) : '无');
    L.push(row.join(' | '));
  }
  L.push('四、影响家庭经济状况有关信息');
  L.push(`家庭人均年收入（元）：${d.amt(String(ri(2, 9) * 1000 + ri(0, 9) * 100))}    遭受自然灾害情况：${pick(['无', '2023年暴雨，房屋受损'])}    遭受突发意外事件：${pick(['无', '父亲车祸受伤', '母亲重病住院'])}`);
  L.push('五、个人承诺');
  L.push('本人承诺以上所填写资料真实，如有虚假，愿承担相应责任。');
  L.push(`学生本人（或监护人）签字：${d.N(s.name)}         ${d.date(cn(DATE24()))}`);
  if (chance(0.7)) {
    const fdy = mkPerson(d, { gen: 'staff' });
    L.push(`认定意见：□特别困难 □困难 □一般困难 □不困难    评议小组组长签字：${d.N(fdy.name)}`);
  }
  return [d, L.join('\n')];
};

// 6. 辅导员通讯录 (| table)
G.fdy_contacts = () => {
  const d = new Doc('fdy_contacts');
  const uni = pick(UNIS);
  const L = [];
  L.push(`# ${uni.n} 2024-2025学年 学生工作人员通讯录（内部资料，请勿外传）`);
  L.push('');
  L.push('| 学院 | 姓名 | 职务 | 负责年级/工作 | 办公电话 | 手机 | 邮箱 | 办公室 |');
  L.push('|---|---|---|---|---|---|---|---|');
  const cols = shuffle([...new Set(COLLEGES.map((c) => c[0]))]).slice(0, ri(4, 9));
  for (const c of cols) {
    const k = ri(1, 3);
    const off = landline(uni);
    for (let j = 0; j < k; j++) {
      const p = mkPerson(d, { gen: 'staff' });
      const duty = j === 0 ? pick(['学工办主任', '党委副书记', '团委书记']) : pick(['辅导员', '辅导员', '资助专干', '心理专干']);
      d.dec('title', duty);
      const off2 = j === 0 ? d.L(off, pick(['dash', 'dash', 'space'])) : chance(0.5) ? d.L(off, 'dash') : '—';
      const room = `${ri(1, 12)}号楼${ri(1, 5)}${pad(ri(1, 20), 2)}`;
      L.push(`| ${colText(d, c)} | ${d.N(p.name)} | ${duty} | ${j === 0 ? '全面' : pick(['2021级', '2022级', '2023级', '2024级', '资助/贷款', '心理健康'])} | ${off2} | ${d.M(p.mobile, chance(0.2) ? 'dash' : 'plain')} | ${d.Em(staffEmail(p, uni))} | ${d.dec('office_room', room)} |`);
    }
  }
  const zz = mkPerson(d, { gen: 'staff' });
  L.push('');
  L.push(`学生资助管理中心：${d.N(zz.name)}（主任） 电话 ${d.L(landline(uni), 'paren')} 传真 ${d.L(landline(uni), 'dash')} 邮箱 ${d.Em('xszz@' + uni.dom)}`);
  L.push(`心理援助热线：${d.dec('hotline', '400-161-9995')}（24小时）  ${d.dec('word', '时间冲突')}请提前与${d.dec('title', '资助专干')}联系`);
  return [d, L.join('\n')];
};

// 7. 学籍 JSON export
G.xueji_json = () => {
  const d = new Doc('xueji_json');
  const n = ri(3, 14);
  const arr = [];
  const withMail = chance(0.7);
  for (let i = 0; i < n; i++) {
    const s = mkStudent(d, { xhStyle: 1 });
    const o = {
      XH: d.xh(s.xh), XM: d.N(s.name), XB: s.sex === '男' ? '1' : '2', XBMC: s.sex, CSRQ: d.date(ymd(s.bd)),
      SFZJLX: '居民身份证', SFZJH: d.I(s.id, s.id.endsWith('X') && chance(0.3) ? 'lower' : 'plain'),
      MZMC: s.kind === 'uy' ? '维吾尔族' : s.kind === 'yi' ? '彝族' : s.kind === 'tib' ? '藏族' : '汉族',
      KSH: d.dec('exam_no', s.ksh), YXMC: colText(d, s.col[0]), ZYMC: s.col[1], BJMC: s.cls, NJ: String(s.grade),
      XZ: '4', XJZT: pick(['在读', '在读', '在读', '休学', '保留学籍']), RXRQ: d.date(`${s.grade}-09-0${ri(1, 9)}`),
      SJHM: d.M(s.mobile), SYD: `${s.region[1]}${s.region[2]}${s.region[3]}`,
    };
    if (withMail) o.DZYX = chance(0.3) ? d.Em(`${s.xh}@${pick(UNIS).stu}`) : d.Em(mkEmail(s));
    if (chance(0.5)) { o.JTDZ = addrOf(s); }
    if (chance(0.3)) { o.JHRXM = d.N(mkPerson(d, { gen: 'par', sex: '男', surname: s.sn, region: s.region }).name); }
    arr.push(o);
  }
  const wrap = chance(0.5) ? JSON.stringify({ code: 0, msg: 'success', total: n, data: arr }, null, chance(0.5) ? 2 : 0) : JSON.stringify(arr, null, 1);
  return [d, wrap];
};

// 8. 宿舍入住 CSV
G.dorm_checkin = () => {
  const d = new Doc('dorm_checkin');
  const uni = pick(UNIS);
  const bld = pick(['桃李园', '梅园', '竹园', '松苑', '杨柳苑', '兰苑', '北区', '南区']);
  if (['桃李园', '杨柳苑'].includes(bld)) d.dec('place', bld);
  const L = [];
  L.push(`楼栋,宿舍号,床位,学号,一卡通号,姓名,性别,学院,班级,本人电话,家长姓名,家长电话,报到时间,钥匙`);
  const n = ri(8, 36);
  const b = ri(1, 12);
  let room = ri(1, 6) * 100 + ri(1, 10);
  const col = pick(COLLEGES);
  for (let i = 0; i < n; i++) {
    if (i % 4 === 0 && i) room++;
    const s = mkStudent(d, { col, grade: 2024 });
    const psex = chance(0.6) ? '男' : '女';
    const par = mkPerson(d, { gen: 'par', sex: psex, region: s.region, surname: psex === '男' && s.kind === 'han' ? s.sn : undefined, han: s.kind === 'han' });
    const parName = s.kind === 'han' ? par.name : par.name;
    const dn = d.dec('dorm_no', `${b}-${room}`);
    L.push([`${bld}${b}号楼`, dn, (i % 4) + 1, d.xh(s.xh), d.dec('campus_card_no', String(ri(10000000, 39999999))), d.N(s.name), s.sex, colText(d, col[0]), s.cls, d.M(s.mobile), chance(0.9) ? d.N(parName) : '', d.M(par.mobile, chance(0.1) ? 'space' : 'plain'), d.date(`2024-09-0${ri(5, 8)} ${pad(ri(8, 17), 2)}:${pad(ri(0, 59), 2)}`), chance(0.9) ? '已领' : '未领'].join(','));
  }
  return [d, L.join('\n')];
};

// 9. 家长联系表 (blocks / TSV)
G.parent_sheet = () => {
  const d = new Doc('parent_sheet');
  const col = pick(COLLEGES);
  const grade = pick([2022, 2023, 2024]);
  const cls = `${String(grade).slice(2)}${col[2]}${ri(1, 3)}班`;
  const L = [];
  const style = pick(['block', 'tsv']);
  L.push(`【${cls} 家长通讯录】（仅限辅导员、班主任工作使用，严禁外传）`);
  const n = ri(4, 18);
  if (style === 'tsv') L.push(['学号', '学生姓名', '宿舍', '家长姓名', '关系', '家长电话', '备用电话', '家庭住址', '生源地'].join('\t'));
  for (let i = 0; i < n; i++) {
    const s = mkStudent(d, { col, grade });
    const fam = mkFamily(d, s);
    if (style === 'block') {
      L.push('');
      L.push(`${i + 1}. 学生：${d.N(s.name)}  学号 ${d.xh(s.xh)}  宿舍 ${d.dec('dorm_no', `${ri(1, 14)}-${ri(1, 6)}${pad(ri(1, 24), 2)}`)}  本人 ${d.M(s.mobile, pick(['plain', 'space', 'dash']))}`);
      L.push(`   父亲：${d.N(fam.father.name)}  ${d.M(fam.father.mobile, pick(['plain', 'space', 'dash']))}  单位：${chance(0.3) ? d.dec('org', pick(ORG_DECOYS)) : pick(['个体', '务农', '在外务工（浙江）', '无'])}${chance(0.4) ? `  微信：${d.dec('wechat_id', (py(fam.father)?.full ?? 'wx') + pick(['', '_', '']) + ri(60, 99) + pick(['', 'a', 'x']))}` : ''}`);
      L.push(`   母亲：${d.N(fam.mother.name)}  ${chance(0.85) ? d.M(fam.mother.mobile, pick(['plain', 'space', '+86-', '0086'])) : '（无手机）'}`);
      if (chance(0.5)) L.push(`   家庭住址：${addrOf(s)}`);
    } else {
      const par = chance(0.7) ? fam.father : fam.mother;
      const place = chance(0.3) ? d.dec('place', pick(PLACE_DECOYS)) : `${s.region[1].replace(/省|自治区|壮族|维吾尔|回族/g, '')}${s.region[3]}`;
      L.push([d.xh(s.xh), d.N(s.name), d.dec('dorm_no', `${ri(1, 14)}-${ri(1, 6)}${pad(ri(1, 24), 2)}`), d.N(par.name), par === fam.father ? '父亲' : '母亲', d.M(par.mobile), chance(0.4) ? d.M((par === fam.father ? fam.mother : fam.father).mobile) : '', addrOf(s), place].join('\t'));
    }
  }
  const t = mkPerson(d, { gen: 'staff' });
  L.push('');
  L.push(`辅导员：${d.N(t.name)}  ${d.M(t.mobile)}  更新于${d.date(ymd(DATE24()))}`);
  return [d, L.join('\n')];
};

// 10. 资助中心 mails
G.zzzx_mail = () => {
  const d = new Doc('zzzx_mail');
  const uni = pick(UNIS);
  const v = pick(['cardcheck', 'student', 'loan', 'bank', 'cardcheck', 'student']);
  const center = mkPerson(d, { gen: 'staff' });
  const cemail = staffEmail(center, uni);
  const dt = DATE24();
  const L = [];
  if (v === 'cardcheck') {
    const fdys = [mkPerson(d, { gen: 'staff' }), mkPerson(d, { gen: 'staff' })];
    L.push(`发件人: "学生资助管理中心" <${d.Em('xszz@' + uni.dom)}>`);
    L.push(`收件人: ${fdys.map((p) => `${d.N(p.name)} <${d.Em(staffEmail(p, uni))}>`).join('; ')}`);
    L.push(`抄送: ${d.N(center.name)} <${d.Em(cemail)}>`);
    L.push(`主题: 关于核对${dt.y}年秋季学期国家助学金发放银行卡信息的通知`);
    L.push(`日期: ${cn(dt)} 星期${WK[wday(dt)]} ${pad(ri(8, 17), 2)}:${pad(ri(0, 59), 2)}`);
    L.push(`附件: 助学金卡号核对表.xlsx (${ri(12, 80)} KB)`);
    L.push('');
    L.push('各学院学工办、各位辅导员：');
    L.push(`    经与合作银行核对，${dt.y}年秋季学期国家助学金代发中以下同学银行卡号有误或户名与卡号不符，退回${ri(2, 9)}笔，请于${(() => { const dl = addDays(dt, (5 - wday(dt) + 7) % 7 || 7); return `${dl.m}月${dl.d}日`; })()}（${d.dec('word', '周五前')}）通知学生本人到银行核实后反馈正确卡号：`);
    const n = ri(2, 7);
    for (let i = 1; i <= n; i++) {
      const s = mkStudent(d);
      const r = rnd();
      let cardw, why;
      if (r < 0.4) { const bad = breakLuhn(s.card); cardw = d.dc('bank_card', bad, bad); why = '卡号位数或校验错误'; }
      else if (r < 0.7) { cardw = d.C(s.card); why = '户名与卡号不符'; }
      else { cardw = d.C(s.card, 'g4'); why = '账户已销户/冻结'; }
      L.push(`    ${i}. ${colText(d, s.col[0])} ${s.cls} ${d.N(s.name)} ${d.xh(s.xh)} 原卡号 ${cardw}（${why}）`);
    }
    L.push('    请各位辅导员督促学生及时办理，逾期未反馈的将顺延至下一批次发放。');
    L.push('');
  } else if (v === 'student') {
    const s = mkStudent(d);
    const se = mkEmail(s);
    L.push(`From: ${chance(0.6) ? d.N(s.name) + ' ' : ''}<${d.Em(se)}>`);
    L.push(`To: xszz@${uni.dom}`); d.Em('xszz@' + uni.dom);
    L.push(`Subject: ${pick(['助学金未到账', '咨询生源地贷款回执提交', '申请修改助学金银行卡号', '临时困难补助申请'])}`);
    L.push(`Date: ${ymd(dt)} ${pad(ri(8, 23), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)} +0800`);
    d.date(ymd(dt));
    L.push('');
    L.push('老师您好：');
    const newCard = genCard().card;
    L.push(`    我是${colText(d, s.col[0])}${s.cls}的${d.N(s.name)}，学号${d.xh(s.xh)}，身份证号${d.I(s.id)}。${pick(['我的国家助学金到现在还没到账', '我之前登记的银行卡已经挂失', '我申请的临时困难补助想问一下进度'])}，${pick(['新办的卡号是', '现在使用的银行卡是', '麻烦老师核实一下，卡号'])}${d.C(newCard, pick(['plain', 'g4', 'g4']))}（${pick(BANKS).n}），户名是我本人。`);
    if (chance(0.5)) L.push(`    ${d.dc('person_name_zh', mkPerson(d, { gen: 'staff' }).name.slice(0, 1) + '老师')}说让我直接发邮件给资助中心，麻烦老师了。`);
    L.push(`    我的手机是${d.M(s.mobile, pick(['plain', 'space', 'dash']))}，随时可以联系我。`);
    L.push('');
    L.push(`${s.name}`);
    L.push(`${d.date(cn(dt))}`);
    L.push('');
    L.push('-------- 回复 --------');
    L.push(`${s.name}同学：已收到，卡号已更新，将在下一批次（${dt.m + 1 > 12 ? 1 : dt.m + 1}月中旬）补发。——资助中心 ${d.N(center.name)}`);
  } else if (v === 'loan') {
    L.push(`发件人：${d.N(center.name)} <${d.Em(cemail)}>`);
    const cty = pick(RURAL);
    const cz = mkPerson(d, { gen: 'staff', region: cty });
    const czMail = pick([`${cty[3].length > 2 ? 'xszz' : 'zz'}${digits(3)}@163.com`, `${digits(9)}@qq.com`]);
    L.push(`收件人：${cty[3]}学生资助管理中心 ${d.N(cz.name)} <${d.Em(czMail)}>`);
    L.push(`主题：核对我校${cty[3]}籍学生2024年生源地贷款回执信息`);
    L.push(`时间：${ymd(dt, '/')} ${pad(ri(8, 17), 2)}:${pad(ri(0, 59), 2)}`);
    d.date(ymd(dt, '/'));
    L.push('');
    L.push(`${cz.name.slice(0, 1)}老师您好：`); d.dc('person_name_zh', cz.name.slice(0, 1) + '老师');
    L.push(`    我校在国开行系统录入回执时，以下${cty[3]}籍学生的合同信息与系统不一致，麻烦帮忙核对：`);
    const n = ri(1, 4);
    for (let i = 0; i < n; i++) {
      const s = mkStudent(d, { region: cty });
      const contract = safeDigits(cty[0] + '2024' + digits(7));
      L.push(`    ${d.N(s.name)}  身份证${d.I(s.id)}  合同号${d.dec('contract_no', contract)}  金额${d.amt(pick(['12000', '16000', '20000']))}  问题：${pick(['回执校验码无效', '系统显示未放款', '合同金额与回执不一致'])}`);
    }
    L.push('');
  } else {
    const mgr = mkPerson(d, { gen: 'staff' });
    const bank = pick(BANKS);
    L.push(`发件人: ${d.N(mgr.name)} <${d.Em(`${py(mgr)?.full ?? 'kf' + digits(4)}@${pick(['abchina.com', 'ccb.com', 'bankcomm.com'])}`)}>`);
    L.push(`收件人: 学生资助管理中心 <${d.Em('xszz@' + uni.dom)}>`);
    L.push(`主题: 回复：代发批次 ${d.dec('batch_no', 'PL' + ymd(dt, '') + pad(ri(1, 30), 3))} 失败明细`);
    L.push('');
    L.push('老师好，本批次失败明细如下，请核实后重新提交：');
    const n = ri(2, 6);
    for (let i = 0; i < n; i++) {
      const s = mkStudent(d, { bank });
      L.push(`  ${d.C(s.card)}  ${d.N(s.name)}  ${d.amt(pick(['1650.00', '2200.00', '1100.00', '3000.00']))}  失败原因：${pick(['户名不符', '账户状态异常', '非本行账户', '卡号不存在'])}  流水号 ${d.dec('bank_serial', safeDigits(ymd(dt, '') + digits(11)))}`);
    }
    L.push('');
    L.push(`${bank.n}${uni.city.replace('市', '')}分行 对公业务部 ${mgr.name}`);
    L.push(`电话：${d.M(mgr.mobile, pick(['plain', 'dash']))}`);
    return [d, L.join('\n')];
  }
  L.push(`学生资助管理中心  ${v === 'loan' ? center.name : d.N(center.name)}`);
  const l = landline(uni);
  L.push(`电话：${d.L(l, pick(['dash', 'space', 'paren', 'intl']))}${chance(0.4) ? ' 转 ' + ri(8001, 8099) : ''}   手机：${d.M(center.mobile, pick(['plain', 'space', '+86s']))}`);
  L.push(`地址：${uni.city}${pick(['大学路', '文化路', '科学大道', '学府路'])}${ri(1, 199)}号 行政楼${ri(1, 4)}${pad(ri(1, 20), 2)}室`);
  return [d, L.join('\n')];
};

// 11. 银行代发批量文件
G.bank_batch = () => {
  const d = new Doc('bank_batch');
  const uni = pick(UNIS);
  const bank = pick(BANKS.slice(0, 5));
  const dt = DATE24();
  const n = ri(6, 40);
  const amt = pick(['1650.00', '2200.00', '1100.00', '500.00', '6000.00', '10000.00']);
  const corp = safeDigits('41' + digits(18));
  const batch = 'DF' + ymd(dt, '') + pad(ri(1, 99), 4);
  const style = pick(['pipe', 'csv', 'fixed', 'result']);
  const L = [];
  const items = [];
  for (let i = 0; i < n; i++) items.push(mkStudent(d, { bank }));
  if (style === 'pipe') {
    L.push(`H|${bank.s}|${d.dec('corp_account', corp)}|${uni.n}|${d.dec('batch_no', batch)}|${n}|${d.amt((n * +amt).toFixed(2))}|${ymd(dt, '')}|国家助学金`);
    items.forEach((s, i) => L.push(`D|${pad(i + 1, 5)}|${d.C(s.card)}|${d.N(s.name)}|${d.amt(amt)}|${pick(['助学金', '国家助学金', '励志奖学金', '勤工助学酬金'])}|${chance(0.3) ? d.I(s.id) : ''}|${d.dec('bank_ref_no', safeDigits(ymd(dt, '').slice(2) + digits(6)))}`));
    L.push(`T|${n}|${(n * +amt).toFixed(2)}|END`);
  } else if (style === 'csv') {
    L.push(`付款账号,${d.dec('corp_account', corp)}`);
    L.push(`付款户名,${uni.n}`);
    L.push(`批次号,${d.dec('batch_no', batch)}`);
    L.push('序号,收款账号,收款户名,金额,证件类型,证件号码,手机号,用途,业务参考号');
    items.forEach((s, i) => L.push([i + 1, d.C(s.card), d.N(s.name), d.amt(amt), '身份证', d.I(s.id), chance(0.6) ? d.M(s.mobile) : '', pick(['助学金', '奖学金', '生活补助']), d.dec('bank_ref_no', 'F' + ymd(dt, '') + pad(i + 1, 6))].join(',')));
  } else if (style === 'fixed') {
    L.push(`${bank.n}批量代发工资/代发业务明细  单位：${uni.n}  日期：${d.date(ymd(dt))}`);
    L.push(padw('序号', 6) + padw('账号', 22) + padw('户名', 14) + padw('金额', 12) + '摘要');
    items.forEach((s, i) => L.push(padw(pad(i + 1, 4), 6) + padw(d.C(s.card), 22) + padw(d.N(s.name, chance(0.3) ? spaced2(s.name) : s.name), 14) + padw(d.amt(amt), 12) + '助学金'));
    L.push(`合计笔数：${n}  合计金额：${(n * +amt).toFixed(2)}`);
  } else {
    L.push(`回盘文件 批次号:${d.dec('batch_no', batch)} 处理日期:${d.date(ymd(dt))}`);
    L.push('序号|账号|户名|金额|状态|说明|交易流水号');
    items.forEach((s, i) => {
      const ok = chance(0.85);
      L.push(`${i + 1}|${d.C(s.card)}|${d.N(s.name)}|${d.amt(amt)}|${ok ? '成功' : '失败'}|${ok ? '' : pick(['户名与账号不符', '账户已冻结', '账户不存在'])}|${d.dec('bank_serial', safeDigits(ymd(dt, '') + digits(ri(10, 12))))}`);
    });
  }
  return [d, L.join('\n')];
};

// 12. OCR'd paper forms
const GARBLE = { 身: ['身', '身', '㐆'], 份: ['份', '伤', '仿'], 证: ['证', '讧', '征'], 号: ['号', '弓', '兮'], 码: ['码', '玛', '吗'], 姓: ['姓', '娃', '妵'], 名: ['名', '各', '名'], 电: ['电', '屯', '电'], 话: ['话', '活', '话'], 机: ['机', '杌', '机'], 卡: ['卡', '卞', '卡'], 银: ['银', '恨', '银'], 系: ['系', '糸', '系'] };
const garble = (s, p = 0.35) => [...s].map((c) => (GARBLE[c] && chance(p) ? pick(GARBLE[c]) : c)).join('');
const ocrSpace = (s) => s.replace(/(\d)(?=\d)/g, (m) => (chance(0.08) ? m + ' ' : m));
const noise = () => pick(['', '', '丨', '·', '_', '．', '|', '一', '、']);
G.ocr_form = () => {
  const d = new Doc('ocr_form');
  const v = pick(['proof', 'loanreceipt', 'knrd', 'proof', 'bankslip']);
  const L = [];
  const s = mkStudent(d);
  if (v === 'proof') {
    const fam = mkFamily(d, s);
    const vil = pick(['刘庄村', '东街村', '后营村', '杨湾村', '三合村', '王岗村', '李寨村']);
    L.push(`家庭经济困难情况证明${noise()}`);
    L.push(`兹证明我村村民 ${d.N(fam.father.name)}${noise()} ，${garble('身份证号')}：${d.I(fam.father.id, pick(['plain', 'space', 'plain']))} ，`);
    L.push(`其子(女) ${d.N(s.name, chance(0.5) ? [...s.name].join(' ') : s.name)} 现就读于${pick(UNIS).n}，${garble('身份证号')}：${chance(0.15) ? (() => { const broke = s.id.slice(0, 8) + 'O' + s.id.slice(9); return d.dc('cn_resident_id', s.id, broke); })() : d.I(s.id, pick(['plain', 'space']))}。`);
    L.push(`该户家庭人口${ri(4, 7)}人，${pick(['母亲常年患病，丧失劳动能力', '父亲在外务工收入微薄', '家中有两名在校学生', '2023年因灾房屋倒塌'])}，家庭经济困难情况属实。`);
    L.push('特此证明。');
    L.push(`${noise()}${d.dec('org', pick(['王岗村村民委员会', '李寨村村民委员会', '杨湾村村民委员会', '周庄村村民委员会']))}（盖章）`);
    L.push(`经办人：${d.N(mkPerson(d, { gen: 'par', region: s.region }).name)}   ${garble('联系电话')}：${d.M(genMobile(), pick(['plain', 'space', 'fw']))}`);
    L.push(`${cn(DATE24())}`.replace(/(\d)/g, (m) => (chance(0.3) ? FW(m) : m)));
    void vil;
  } else if (v === 'loanreceipt') {
    const fam = mkFamily(d, s);
    L.push(`生源地信用助学贷款受理证明${noise()}`);
    L.push(`${noise()}学生${garble('姓名')}：${d.N(s.name)}      ${garble('身份证号')}：${d.I(s.id, pick(['plain', 'space', 'fw']))}`);
    L.push(`共同借款人：${d.N(fam.father.name)}      ${garble('身份证号')}：${d.I(fam.father.id, pick(['plain', 'split']))}`);
    const contract = safeDigits(s.region[0] + '2024' + digits(7));
    L.push(`合同编号：${d.dec('contract_no', ocrSpace(contract))}   贷款金额：${d.amt(pick(['12000', '16000', '20000']))}元`);
    L.push(`回执校验码：${d.dec('receipt_code', Array.from({ length: 8 }, () => pick('ABCDEFGHJKLMNPQRSTUVWXYZ23456789'.split(''))).join(''))}`);
    L.push(`高校名称：${pick(UNIS).n}   学号：${d.xh(s.xh)}`);
    L.push(`${garble('联系电话')}：${d.M(s.mobile, pick(['plain', 'space', 'split']))}  ${garble('联系电话')}（共同借款人）：${d.M(fam.father.mobile)}`);
    L.push(`${s.region[3]}学生资助管理中心（盖章） ${cn(DATE24())}`);
  } else if (v === 'knrd') {
    L.push(`${garble('家庭经济困难学生认定申请表')}${noise()}`);
    L.push(`${garble('姓名')} ${d.N(s.name, spaced2(s.name))}  性别 ${s.sex}  出生年月 ${ym(s.bd)}`);
    L.push(`${garble('身份证号码')} ${d.I(s.id, pick(['space', 'plain', 'split', 'fw']))}`);
    L.push(`${garble('联系电话')} ${chance(0.15) ? d.dc('cn_mobile', s.mobile, s.mobile.slice(0, 5) + ' ' + s.mobile.slice(6)) : d.M(s.mobile, pick(['plain', 'space', 'fw']))}`);
    L.push(`${noise()}家庭成员情况${noise()}`);
    const fam = mkFamily(d, s);
    for (const m of fam.list.slice(0, 3)) L.push(`${d.N(m.p.name)} ${noise()} ${m.rel} ${2024 - m.p.bd.y} ${/弟|妹|哥|姐/.test(m.rel) ? '学生' : /祖|爷|奶/.test(m.rel) ? '无' : pick(['务农', '务工', '无'])} ${noise()}`);
    L.push(`本人签字：${d.N(s.name)}`);
  } else {
    // 银行开户回单 / 银行卡复印件
    L.push(`${s.bank.n}${noise()}`);
    L.push(`个人客户开户回单`);
    L.push(`户名：${d.N(s.name)}     ${garble('证件号码')}：${d.I(s.id, pick(['plain', 'fw']))}`);
    L.push(`${garble('卡号')}：${chance(0.12) ? d.dc('bank_card', s.card, s.card.slice(0, 9) + 'B' + s.card.slice(10)) : d.C(s.card, pick(['g4', 'plain', 'split', 'fw']))}`);
    L.push(`账户类型：I类借记卡  开户日期：${d.date(ymd(DATE24()))}`);
    L.push(`${garble('手机')}号码：${d.M(s.mobile, pick(['plain', 'fw', 'space']))}`);
    L.push(`柜员号：${d.dec('teller_no', 'G' + digits(6))}  交易流水：${d.dec('bank_serial', safeDigits('2024' + digits(14)))}`);
  }
  return [d, L.join('\n')];
};

// 13. WeChat group transcripts
G.wechat_chat = () => {
  const d = new Doc('wechat_chat');
  const col = pick(COLLEGES);
  const grade = pick([2022, 2023, 2024]);
  const cls = `${String(grade).slice(2)}${col[2]}${ri(1, 3)}班`;
  const t = mkPerson(d, { gen: 'staff' });
  const L = [];
  L.push(`${cls}通知群(${ri(35, 62)})`);
  let h = 19, mi = ri(0, 30);
  const dt = DATE24();
  const ts = () => { mi += ri(1, 9); if (mi > 59) { h++; mi -= 60; } return d.date(`${ymd(dt)} ${pad(h, 2)}:${pad(mi, 2)}`); };
  d.date(ymd(dt));
  const tdisp = pick([`${t.name}老师(辅导员)`, `辅导员-${t.name}`, `${t.name}`]);
  d.N(t.name, t.name);
  L.push(`${ts()}  ${tdisp}`);
  L.push(`${d.dec('mention', '@所有人')} ${pf(['还没交国家助学金银行卡信息的同学今晚十点前私发给我，格式：姓名+学号+卡号+开户行，务必是本人一类卡！', () => '生源地贷款回执明天中午前交到学工办，电子版发我邮箱' + d.Em(staffEmail(t, pick(UNIS))), '困难认定材料周四前交班长汇总'])}`);
  const n = ri(3, 9);
  for (let i = 0; i < n; i++) {
    const s = mkStudent(d, { col, grade });
    const disp = chance(0.15) ? d.dec('nickname', pick(NICK_DECOYS)) : pick([`${s.name}-${cls.replace('班', '')}`, `${cls.replace('班', '')}${s.name}`, s.name]);
    if (!disp.startsWith(s.name) && !disp.endsWith(s.name)) { /* nickname */ } else d.N(s.name);
    L.push(`${ts()}  ${disp}`);
    const r = rnd();
    if (r < 0.3) L.push(pick(['收到', '收到👌', '好的老师', '1']));
    else if (r < 0.75) {
      L.push(`${d.N(s.name)} ${d.xh(s.xh)} ${d.C(s.card, pick(['plain', 'plain', 'g4']))} ${s.bank.s}${pick(['', s.region[3] + '支行'])}`);
    } else {
      L.push(`老师 我身份证号是${d.I(s.id)} 手机${d.M(s.mobile)}，卡号下午去银行办了再发您`);
    }
  }
  if (chance(0.5)) {
    const other = mkPerson(d, { gen: 'stu' });
    L.push(`${ts()}  ${tdisp}`);
    L.push(`${d.dc('person_name_zh', other.name)}的卡号少了一位，让他重新发一下。卡号千万不要发群里！私发！`);
  }
  if (chance(0.4)) {
    L.push(`${ts()}  ${tdisp}`);
    L.push(`有问题直接打我电话 ${d.M(t.mobile, pick(['plain', 'space', 'dash']))}，${d.dec('word', '何时到账')}不用问我，等银行通知。`);
  }
  return [d, L.join('\n')];
};

// 14. 资助系统 XML export
G.xml_export = () => {
  const d = new Doc('xml_export');
  const uni = pick(UNIS);
  const L = [];
  const pc = `2024${pick(['Q3', 'Q4', '09', '10', '11'])}`;
  L.push('<?xml version="1.0" encoding="UTF-8"?>');
  L.push(`<ZZXXBS xxdm="${d.dec('school_code', uni.code)}" xxmc="${uni.n}" pc="${pc}" scsj="${d.date(ymd(DATE24()))}">`);
  const n = ri(3, 20);
  const zz = pick([['国家助学金', '1650.00'], ['国家励志奖学金', '6000.00'], ['国家奖学金', '10000.00'], ['学费减免', '4500.00']]);
  for (let i = 0; i < n; i++) {
    const s = mkStudent(d);
    L.push('  <XS>');
    L.push(`    <XH>${d.xh(s.xh)}</XH>`);
    L.push(`    <XM>${d.N(s.name)}</XM>`);
    L.push(`    <SFZH>${d.I(s.id)}</SFZH><CSRQ>${d.date(ymd(s.bd, ''))}</CSRQ>`);
    L.push(`    <SQBH>${d.dec('application_no', 'SQ' + uni.code.slice(-4) + pad(ri(1, 99999), 6))}</SQBH>`);
    L.push(`    <ZZXM>${zz[0]}</ZZXM><JE>${d.amt(zz[1])}</JE>`);
    L.push(`    <YHKH>${d.C(s.card)}</YHKH><KHH>${s.bank.n}</KHH>`);
    if (chance(0.7)) L.push(`    <LXDH>${d.M(s.mobile)}</LXDH>`);
    if (chance(0.3)) L.push(`    <DZYX>${d.Em(mkEmail(s))}</DZYX>`);
    L.push(`    <KNDJ>${pick(['1', '2', '3'])}</KNDJ><SHZT>${pick(['已审核', '待审核'])}</SHZT>`);
    L.push('  </XS>');
  }
  L.push('</ZZXXBS>');
  return [d, L.join('\n')];
};

// 15. SMS
G.sms = () => {
  const d = new Doc('sms');
  const uni = pick(UNIS);
  const s = mkStudent(d);
  const dt = DATE24();
  const v = pick(['school', 'bank', 'cdb', 'code', 'student', 'school', 'parent']);
  let t;
  if (v === 'school') {
    const l = landline(uni);
    t = `【${uni.n}】${d.N(s.name)}同学，您${dt.y}年秋季学期国家助学金${d.amt(pick(['1650.00', '2200.00', '1100.00']))}元已发放至尾号${d.dec('card_tail', s.card.slice(-4))}的银行卡，请注意查收。如有疑问请致电${d.L(l, pick(['dash', 'plain']))}。`;
  } else if (v === 'bank') {
    t = `【${s.bank.n}】您尾号${d.dec('card_tail', s.card.slice(-4))}账户${dt.m}月${dt.d}日${pad(ri(9, 17), 2)}:${pad(ri(0, 59), 2)}完成代付交易人民币${d.amt(pick(['1650.00', '2200.00', '500.00']))}，${d.dec('word', '余额')}${d.amt((ri(1700, 9000) + ri(0, 99) / 100).toFixed(2))}。`;
  } else if (v === 'cdb') {
    t = `【国家开发银行】尊敬的${d.N(s.name)}，您的生源地信用助学贷款合同（编号${d.dec('contract_no', safeDigits(s.region[0] + '2024' + digits(7)))}）已放款${d.amt(pick(['12000.00', '16000.00', '20000.00']))}元，将直接划入就读高校账户，请登录学生在线服务系统查看。`;
  } else if (v === 'code') {
    t = `【学生资助管理信息系统】验证码${d.dec('verification_code', digits(6))}，您正在进行手机号绑定，5分钟内有效。如非本人操作请忽略。`;
  } else if (v === 'student') {
    t = `发信人：${d.M(s.mobile, pick(['plain', '+86']))}\n时间：${ymd(dt)} ${pad(ri(8, 22), 2)}:${pad(ri(0, 59), 2)}\n老师您好，我是${s.cls}的${d.N(s.name)}，学号${d.xh(s.xh)}，新卡号${d.C(s.card)}，麻烦帮我改一下助学金的卡，谢谢！`;
  } else {
    const fam = mkFamily(d, s);
    t = `收信人：${d.N(fam.father.name)}（${d.M(fam.father.mobile)}）\n【${uni.n}学生工作部】尊敬的家长您好，您的孩子${d.N(s.name)}已通过${dt.y}年家庭经济困难学生认定（${pick(['困难', '特别困难'])}），相关资助将陆续发放。请提醒孩子按时提交材料。咨询：${d.L(landline(uni))}`;
  }
  return [d, t];
};

// 16. 评议会议纪要
G.minutes = () => {
  const d = new Doc('minutes');
  const col = pick(COLLEGES);
  const grade = pick([2022, 2023, 2024]);
  const cls = `${String(grade).slice(2)}${col[2]}${ri(1, 3)}班`;
  const dt = DATE24();
  const fdy = mkPerson(d, { gen: 'staff' });
  const members = Array.from({ length: ri(4, 7) }, () => mkStudent(d, { col, grade }));
  const apps = Array.from({ length: ri(3, 9) }, () => mkStudent(d, { col, grade }));
  const L = [];
  L.push(`${cls}2024-2025学年家庭经济困难学生认定民主评议会议纪要`);
  L.push(`时间：${d.date(cn(dt))}（周${WK[wday(dt)]}）${pick(['19:30', '20:00', '12:40'])}`);
  L.push(`地点：${d.dec('office_room', `${ri(1, 12)}号教学楼${ri(1, 5)}${pad(ri(1, 20), 2)}`)}`);
  L.push(`主持人：${d.N(fdy.name)}（辅导员）`);
  L.push(`记录人：${d.N(members[0].name)}（${pick(['班长', '团支书', '学习委员'])}）`);
  L.push(`评议小组成员：${members.map((m) => d.N(m.name)).join('、')}`);
  L.push(`缺席：${chance(0.7) ? '无' : d.N(members[members.length - 1].name) + '（病假）'}`);
  L.push('');
  L.push('会议内容：');
  L.push(`1. ${fdy.name}老师宣读《${pick(UNIS).n}家庭经济困难学生认定办法》，强调评议纪律和保密要求，评议结果不得在班级群公开学生家庭隐私。`);
  L.push(`2. 申请同学依次陈述家庭情况（材料另附）。${apps[0].name}同学因父亲去年手术，家中负债较多；${d.dc('person_name_zh', apps[1].name)}、${d.dc('person_name_zh', apps[2].name)}为脱贫家庭学生。`);
  d.dc('person_name_zh', apps[0].name);
  L.push('3. 小组成员无记名投票，结果如下：');
  L.push('序号 | 姓名 | 学号 | 申请档次 | 同意票 | 评议结果');
  apps.forEach((a, i) => {
    const v = ri(members.length - 2, members.length);
    L.push(`${i + 1} | ${d.N(a.name)} | ${d.xh(a.xh)} | ${pick(['特别困难', '困难', '一般困难'])} | ${d.dec('vote', `${v}/${members.length}`)} | ${v > members.length / 2 ? '通过' : '未通过'}`);
  });
  L.push('4. 评议结果在班内公示3天，无异议后报学院资助工作小组审核。');
  L.push('');
  L.push(`记录人签字：${members[0].name}    主持人签字：${fdy.name}`);
  return [d, L.join('\n')];
};

// 17. 系统日志
G.sys_log = () => {
  const d = new Doc('sys_log');
  const L = [];
  const dt = DATE24();
  let sec = ri(8, 16) * 3600 + ri(0, 3599);
  const ts = () => { sec += ri(0, 3); const ms = ri(0, 999); return d.dec('timestamp', `${ymd(dt)} ${pad(Math.floor(sec / 3600), 2)}:${pad(Math.floor(sec / 60) % 60, 2)}:${pad(sec % 60, 2)}.${pad(ms, 3)}`); };
  const epoch = () => String(Date.UTC(dt.y, dt.m - 1, dt.d) - 8 * 3600000 + sec * 1000 + ri(0, 999));
  const op = mkPerson(d, { gen: 'staff' });
  const user = py(op) ? py(op).sn + py(op).gi : 'admin';
  const ip = `10.${ri(1, 60)}.${ri(0, 255)}.${ri(2, 254)}`;
  d.date(ymd(dt));
  L.push(`${ts()} INFO  [http-nio-8080-exec-${ri(1, 20)}] c.z.zz.web.LoginController - login ok user=${user} name=${d.N(op.name)} ip=${d.dec('ip', ip)}`);
  const n = ri(4, 14);
  L.push(`${ts()} INFO  [http-nio-8080-exec-${ri(1, 20)}] c.z.zz.service.ImportService - 开始导入 file=助学金申请_${ymd(dt, '')}.xlsx rows=${n}`);
  for (let i = 0; i < n; i++) {
    const s = mkStudent(d);
    const r = rnd();
    if (r < 0.2) {
      L.push(`${ts()} WARN  [pool-3-thread-${ri(1, 8)}] c.z.zz.service.ImportService - 第${i + 2}行 身份证号校验失败: sfzh=${d.dec('id_bad_check', breakIdCheck(s.id))} xm=${d.N(s.name)}`);
    } else if (r < 0.3) {
      L.push(`${ts()} ERROR [pool-3-thread-${ri(1, 8)}] c.z.zz.service.ImportService - 第${i + 2}行 银行卡号格式错误 yhkh=${d.dec('card_sci_notation', s.card.slice(0, 1) + '.' + s.card.slice(1, 6) + 'E+' + (s.card.length - 1))} xm=${d.N(s.name)} xh=${d.xh(s.xh)}`);
    } else if (r < 0.75) {
      L.push(`${ts()} DEBUG [pool-3-thread-${ri(1, 8)}] c.z.zz.mapper.ZzSqMapper.insert - ==> Parameters: ${d.xh(s.xh)}(String), ${d.N(s.name)}(String), ${d.I(s.id)}(String), ${d.C(s.card)}(String), ${d.M(s.mobile)}(String), ${d.amt('3300.00')}(BigDecimal)`);
    } else {
      L.push(`{"ts":${d.dec('timestamp', epoch())},"level":"INFO","traceId":"${d.dec('trace_id', Array.from({ length: 16 }, () => pick('0123456789abcdef'.split(''))).join(''))}","msg":"sms sent","to":"${d.M(s.mobile)}","tpl":"ZXJ_FF","xm":"${d.N(s.name)}"}`);
    }
  }
  L.push(`${ts()} INFO  [http-nio-8080-exec-${ri(1, 20)}] c.z.zz.service.ImportService - 导入完成 success=${n - 1} fail=1 cost=${ri(200, 3000)}ms`);
  return [d, L.join('\n')];
};

// 18. 新生绿色通道登记表
G.green_channel = () => {
  const d = new Doc('green_channel');
  const uni = pick(UNIS);
  const s = mkStudent(d, { grade: 2024 });
  const fam = mkFamily(d, s);
  const L = [];
  L.push(`${uni.n}2024级新生入学"绿色通道"登记表`);
  L.push(`考生号：${d.dec('exam_no', s.ksh)}    录取专业：${s.col[1]}    院系：${colText(d, s.col[0])}`);
  L.push(`姓    名：${d.N(s.name)}    性别：${s.sex}    身份证号：${d.I(s.id)}`);
  L.push(`准考证号：${d.dec('admission_ticket_no', safeDigits(s.region[0].slice(0, 2) + digits(8)))}    学号：${d.xh(s.xh)}`);
  L.push(`本人手机：${d.M(s.mobile, pick(['plain', 'plain', '+86', 'space', '(+86)']))}    QQ：${d.dec('qq', String(ri(1, 3)) + digits(ri(8, 9)))}`);
  if (chance(0.6)) L.push(`电子邮箱：${d.Em(mkEmail(s))}`);
  L.push(`家庭住址：${addrOf(s)}`);
  const par = chance(0.7) ? fam.father : fam.mother;
  L.push(`家长（监护人）姓名：${d.N(par.name)}    关系：${par === fam.father ? '父亲' : '母亲'}    联系电话：${d.M(par.mobile, pick(['plain', 'space']))}`);
  L.push(`应缴学费：${d.amt(pick(['4400', '5000', '5800']))}元    住宿费：${d.amt(pick(['1000', '1200', '1500']))}元    申请缓交金额：${d.amt(pick(['5400', '6200', '3000']))}元`);
  L.push(`是否已办理生源地贷款：${pick(['是（回执已交）', '否', '正在办理'])}    建档立卡/脱贫户：${pick(['是', '否'])}`);
  L.push(`本人签字：${d.N(s.name)}    经办人：${d.N(mkPerson(d, { gen: 'staff' }).name)}    日期：${d.date('2024-09-0' + ri(5, 9))}`);
  return [d, L.join('\n')];
};

// 19. 情况说明 / 申请书
G.statement_letter = () => {
  const d = new Doc('statement_letter');
  const uni = pick(UNIS);
  const s = mkStudent(d);
  const fam = mkFamily(d, s);
  const L = [];
  const t = pick(['临时困难补助申请书', '家庭经济情况说明', '关于更换助学金收款银行卡的申请', '缓交学费申请书']);
  L.push(t);
  L.push('');
  L.push(`尊敬的${pick(['学院领导', '资助中心老师', '各位老师'])}：`);
  L.push(`    我是${colText(d, s.col[0])}${s.grade}级${s.col[1]}专业${s.cls.slice(-2)}的学生${d.N(s.name)}，学号${d.xh(s.xh)}。`);
  if (t.includes('银行卡')) {
    const old = genCard(s.bank).card;
    L.push(`    我原登记的助学金收款卡（${s.bank.n}，卡号${d.C(old)}）因${pick(['丢失已挂失', '长期不用被银行冻结', '是父亲名下的卡，不符合要求'])}，现申请更换为本人名下的${s.bank.n}借记卡，卡号：${d.C(s.card, pick(['plain', 'g4']))}，开户行：${s.bank.n}${uni.city.replace('市', '')}${pick(['大学城支行', '高新支行', '文化路支行'])}。`);
  } else {
    const mf = fam.father.name, mm = fam.mother.name;
    L.push(`    我家住${s.region[1]}${s.region[3]}农村，家中${fam.list.length + 1}口人。父亲${d.dc('person_name_zh', mf)}${pick(['常年在外打零工', '前年在工地摔伤了腰', '患有慢性病'])}，母亲${d.dc('person_name_zh', mm)}${pick(['在家务农照顾老人', '身体不好', '在镇上的超市打工'])}。${pick(['今年家里的收入只有几千元', '家里还欠着亲戚的钱', '弟弟妹妹也在上学'])}，${pick(['我的生活费主要靠勤工助学', '学费一直靠生源地贷款', '这学期的学费暂时无法交齐'])}。`);
    L.push(`    特申请${t.replace(/申请书|说明/g, '')}，望老师批准。`);
  }
  L.push('');
  L.push('    此致');
  L.push('敬礼！');
  L.push('');
  L.push(`申请人：${d.N(s.name)}`);
  if (chance(0.7)) L.push(`身份证号：${d.I(s.id)}`);
  L.push(`联系电话：${d.M(s.mobile, pick(['plain', 'plain', 'dash']))}`);
  if (chance(0.4)) L.push(`邮箱：${d.Em(mkEmail(s))}`);
  L.push(`${d.date(cn(DATE24()))}`);
  if (chance(0.5)) {
    const f = mkPerson(d, { gen: 'staff' });
    L.push('');
    L.push(`辅导员意见：情况属实，同意。 签字：${d.N(f.name)}`);
  }
  return [d, L.join('\n')];
};

// 20. 校外勤工助学用工协议
G.work_agreement = () => {
  const d = new Doc('work_agreement');
  const uni = pick(UNIS);
  const shop = pick([['周大福珠宝金行', 'org'], ['李宁体育用品专卖店', 'org'], ['张亮麻辣烫', 'org'], ['何记餐饮管理有限公司', 'org'], ['金太阳教育咨询有限公司', 'org'], ['高德网络科技有限公司', 'org'], ['万家福超市', 'org'], ['向阳花家政服务有限公司', 'org']]);
  const L = [];
  L.push('校外勤工助学三方协议');
  L.push(`协议编号：${d.dec('contract_no', 'QGZX-2024-' + pad(ri(1, 300), 4))}`);
  L.push('');
  const legal = mkPerson(d, { gen: 'par' });
  const contact = mkPerson(d, { gen: 'staff' });
  const uscc = genUscc(uni.reg.slice(0, 4) + pad(ri(2, 8), 2));
  L.push(`甲方（用工单位）：${uni.city}${d.dec(shop[1], shop[0])}`);
  L.push(`统一社会信用代码：${d.U(uscc)}`);
  L.push(`法定代表人：${d.N(legal.name)}    联系人：${d.N(contact.name)}    电话：${d.M(contact.mobile)}`);
  L.push('');
  const s = mkStudent(d);
  L.push(`乙方（学生）：${d.N(s.name)}    学号：${d.xh(s.xh)}    身份证号：${d.I(s.id)}`);
  L.push(`手机：${d.M(s.mobile)}    工资卡开户行：${s.bank.n}    卡号：${d.C(s.card, pick(['plain', 'g4']))}`);
  L.push('');
  L.push(`丙方（学校）：${uni.n}学生资助管理中心    电话：${d.L(landline(uni))}`);
  L.push('');
  L.push(`一、工作岗位：${pick(['导购', '收银', '家教', '传单派发', '客服'])}；工作时间：每周不超过8小时，每月不超过40小时。`);
  L.push(`二、报酬标准：每小时不低于${d.amt(pick(['20', '22', '25']))}元，由甲方于次月10日前直接转入乙方上述银行卡。`);
  L.push('三、甲方须为乙方购买意外伤害保险，不得安排乙方从事有毒有害、高空、井下等危险作业。');
  L.push('');
  L.push(`甲方（盖章）           乙方（签字）：${s.name}           丙方（盖章）`);
  L.push(`日期：${d.date(cn(DATE24()))}`);
  return [d, L.join('\n')];
};

// 21. 网站公示 HTML
G.html_gongshi = () => {
  const d = new Doc('html_gongshi');
  const uni = pick(UNIS);
  const L = [];
  L.push(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于2024年国家励志奖学金评审结果的公示-${uni.n}学生工作部</title>`);
  L.push(`<link rel="icon" href="/images/${d.dec('email_like', 'logo@2x.png')}"></head><body>`);
  L.push(`<div class="v_news_content"><p style="text-indent:2em">经学生本人申请、学院评审，学校学生资助工作领导小组审定，现将2024年国家励志奖学金拟获奖学生名单予以公示。</p>`);
  L.push('<table border="1" cellspacing="0"><tbody><tr><td>序号</td><td>学院</td><td>姓名</td><td>学号</td><td>身份证号</td></tr>');
  const n = ri(5, 25);
  for (let i = 1; i <= n; i++) {
    const s = mkStudent(d);
    L.push(`<tr><td>${i}</td><td>${colText(d, s.col[0])}</td><td>${d.N(s.name)}</td><td>${d.xh(s.xh)}</td><td>${d.dec('masked_id', s.id.slice(0, 3) + '***********' + s.id.slice(14))}</td></tr>`);
  }
  L.push('</tbody></table>');
  const c = mkPerson(d, { gen: 'staff' });
  L.push(`<p>联系人：${d.N(c.name)}；电话：${d.L(landline(uni), 'dash')}；邮箱：<a href="mailto:xszz@${uni.dom}">${d.Em('xszz@' + uni.dom)}</a></p>`);
  L.push(`<p style="text-align:right">学生资助管理中心<br/>${cn(DATE24())}</p></div>`);
  L.push(`<div class="foot">版权所有 © ${uni.n} 地址：${uni.city}${pick(['大学路', '学府路'])}${ri(1, 199)}号 ICP备案号：${d.dec('icp_no', `豫ICP备${pad(ri(1000000, 9999999), 8)}号`)}</div></body></html>`);
  return [d, L.join('\n')];
};

// 22. 普通高中国家助学金 受助学生花名册
G.hs_roster = () => {
  const d = new Doc('hs_roster');
  const reg = pick(RURAL);
  const school = `${reg[3]}第${pick(['一', '二', '三', '四'])}高级中学`;
  d.dec('org', school);
  const L = [];
  L.push(`${reg[3]}2024年秋季学期普通高中国家助学金受助学生花名册`);
  L.push(`学校（盖章）：${school}    填报人：${d.N(mkPerson(d, { gen: 'staff', region: reg }).name)}    联系电话：${d.M(genMobile())}`);
  L.push(['序号', '年级', '班级', '学生姓名', '性别', '出生日期', '全国学籍号', '身份证号', '资助标准(元)', '持卡人', '与学生关系', '银行卡号', '监护人电话'].join('\t'));
  const n = ri(8, 40);
  for (let i = 1; i <= n; i++) {
    const s = mkPerson(d, { gen: 'stu', region: reg, y1: 2007, y2: 2009 });
    const fam = chance(0.5) ? mkPerson(d, { gen: 'par', sex: '男', region: reg, surname: s.kind === 'han' ? s.sn : undefined }) : null;
    const holder = fam || s;
    const card = genCard(pick([BANKS[1], BANKS[4], BANKS[7]])).card;
    const gr = pick(['高一', '高二', '高三']);
    L.push([i, gr, `${ri(1, 18)}班`, d.N(s.name), s.sex, d.date(ymd(s.bd, '.')), 'G' + s.id, d.I(s.id), d.amt(pick(['1000', '1150', '750'])), d.N(holder.name), fam ? '父亲' : '本人', d.C(card), d.M(fam ? fam.mobile : genMobile())].join('\t'));
  }
  L.push(`\t\t\t\t\t\t\t合计：${n}人`);
  L.push(`校长签字：${d.N(mkPerson(d, { gen: 'staff', region: reg }).name)}    资助专干：${d.N(mkPerson(d, { gen: 'staff', region: reg }).name)}`);
  return [d, L.join('\n')];
};

// 23. 财务处 银行账户交易明细（对账）
G.bank_statement = () => {
  const d = new Doc('bank_statement');
  const uni = pick(UNIS);
  const bank = pick(BANKS.slice(0, 5));
  const corp = safeDigits(pick(['41', '42', '61', '32']) + digits(ri(17, 19)));
  const L = [];
  L.push(`${bank.n} 账户交易明细查询`);
  L.push(`账号：${d.dec('corp_account', corp)}    户名：${uni.n}    币种：人民币    查询区间：2024-09-01 至 2024-12-31`);
  L.push(['交易日期', '交易时间', '交易流水号', '凭证号', '摘要', '对方户名', '对方账号', '借方发生额', '贷方发生额', '余额'].join('\t'));
  let bal = ri(2000000, 9000000) + ri(0, 99) / 100;
  const n = ri(8, 30);
  const dt = DATE24();
  for (let i = 0; i < n; i++) {
    const s = mkStudent(d, { bank: chance(0.7) ? bank : undefined });
    const kind = pick(['代发助学金', '代发奖学金', '勤工助学酬金', '退学费', '学费退回']);
    const amt = pick([1650, 2200, 1100, 3000, 5000, 6000, 880, 1320]) + (kind === '勤工助学酬金' ? ri(0, 9) * 22 : 0);
    bal -= amt;
    const tm = `${pad(ri(8, 17), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`;
    const tdate = `2024-${pad(dt.m, 2)}-${pad(Math.min(28, dt.d + Math.floor(i / 6)), 2)}`;
    L.push([d.date(tdate), tm, d.dec('bank_serial', safeDigits(tdate.replace(/-/g, '') + digits(ri(11, 12)))), d.dec('voucher_no', pad(ri(1, 99999999), 8)), kind, d.N(s.name), d.C(s.card), d.amt(amt.toFixed(2)), '', d.amt(bal.toFixed(2))].join('\t'));
  }
  L.push(`打印柜员：${d.dec('teller_no', String(ri(10000, 99999)))}    打印时间：${d.date(ymd(DATE24()))} ${pad(ri(8, 17), 2)}:${pad(ri(0, 59), 2)}`);
  return [d, L.join('\n')];
};

// 24. 综合测评排名表（奖学金评定依据）
G.zongce_rank = () => {
  const d = new Doc('zongce_rank');
  const col = pick(COLLEGES);
  const grade = pick([2021, 2022, 2023]);
  const cls = `${String(grade).slice(2)}${col[2]}${ri(1, 3)}班`;
  const L = [];
  L.push(`${colText(d, col[0])}${cls} 2023-2024学年学生综合素质测评成绩汇总表`);
  L.push(['排名', '学号', '姓名', '德育', '智育', '体育', '美育', '劳育', '综测总分', '平均学分绩点', '不及格门数', '拟推荐'].join(','));
  const n = ri(20, 48);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const s = mkStudent(d, { col, grade, xhStyle: 1 });
    const de = (ri(700, 980) / 10).toFixed(1), zy = (ri(6000, 9500) / 100).toFixed(2);
    const tot = (+de * 0.2 + +zy * 0.6 + ri(60, 100) * 0.2).toFixed(2);
    rows.push({ s, de, zy, tot, gpa: (ri(180, 420) / 100).toFixed(2) });
  }
  rows.sort((a, b) => b.tot - a.tot);
  rows.forEach((r, i) => {
    L.push([d.dec('rank', `${i + 1}/${n}`), d.xh(r.s.xh), d.N(r.s.name), r.de, r.zy, ri(60, 100), ri(60, 100), ri(70, 100), d.dec('score', r.tot), d.dec('gpa', r.gpa), i > n - 4 ? ri(1, 3) : 0, i < 2 ? '国家奖学金' : i < 6 ? '励志奖学金' : ''].join(','));
  });
  const a = mkPerson(d, { gen: 'staff' }), b = mkStudent(d, { col, grade });
  L.push(`测评小组组长：${d.N(a.name)},,,记录：${d.N(b.name)},,,日期：${d.date(ymd(DATE24()))}`);
  return [d, L.join('\n')];
};

// 25. 资助资金下达 / 发放统计（mostly numbers, one contact person）
G.fund_summary = () => {
  const d = new Doc('fund_summary');
  const uni = pick(UNIS);
  const prov = pick(['豫', '鄂', '陕', '川', '苏', '湘', '甘', '浙', '鲁', '渝']);
  const L = [];
  const wh = d.dec('doc_no', `${prov}财教〔2024〕${ri(20, 180)}号`);
  L.push(`${uni.n}关于下达2024年秋季学期学生资助资金的通知`);
  L.push(`${d.dec('doc_no', `${uni.n.slice(0, 2)}学工〔2024〕${ri(10, 99)}号`)}`);
  L.push('');
  L.push(`各学院：根据省财政厅、教育厅《关于下达2024年学生资助补助经费预算的通知》（${wh}），现将我校2024年秋季学期国家助学金等资金分配如下：`);
  L.push('');
  L.push('学院,国家助学金人数,国家助学金金额(元),励志奖学金人数,励志奖学金金额(元),勤工助学经费(元),临时困难补助(元),预算指标文号');
  const cols = shuffle([...new Set(COLLEGES.map((c) => c[0]))]).slice(0, ri(6, 12));
  let tot = 0;
  for (const c of cols) {
    const a = ri(40, 400), b = ri(5, 40);
    const m1 = a * 1650, m2 = b * 6000, m3 = ri(20, 120) * 1000, m4 = ri(5, 60) * 500;
    tot += m1 + m2 + m3 + m4;
    L.push([colText(d, c), a, d.amt(String(m1)), b, d.amt(String(m2)), d.amt(String(m3)), d.amt(String(m4)), d.dec('budget_no', `ZB2024${pad(ri(1, 9999), 6)}`)].join(','));
  }
  L.push(`合计,,${d.amt(String(tot))},,,,,`);
  L.push('');
  L.push(`请各学院于${d.date('2024-' + pad(ri(10, 11), 2) + '-' + pad(ri(10, 28), 2))}前将发放名单（含银行卡号）报送资助中心，纸质材料报行政楼${d.dec('office_room', ri(1, 4) + pad(ri(1, 20), 2) + '室')}。`);
  const c = mkPerson(d, { gen: 'staff' });
  L.push(`联系人：${d.N(c.name)}    电话：${d.L(landline(uni), pick(['dash', 'space']))}    邮箱：${d.Em('xszz@' + uni.dom)}`);
  L.push('');
  L.push(`学生工作部（处）  ${cn(DATE24())}`);
  return [d, L.join('\n')];
};

// 26. 财务处 学费/住宿费缴费及缓缴明细
G.fee_ledger = () => {
  const d = new Doc('fee_ledger');
  const uni = pick(UNIS);
  const col = pick(COLLEGES);
  const grade = pick([2022, 2023, 2024]);
  const L = [];
  L.push(`${uni.n} ${colText(d, col[0])} ${grade}级 2024-2025学年学费住宿费缴费明细（截至${d.date(ymd(DATE24()))}）`);
  L.push(['学号', '姓名', '班级', '应缴学费', '应缴住宿费', '已缴金额', '欠费金额', '缴费方式', '交易单号', '缓缴原因'].join('\t'));
  const n = ri(15, 45);
  const fee = pick([4400, 5000, 5800, 6200]), dorm = pick([1000, 1200, 1500]);
  for (let i = 0; i < n; i++) {
    const s = mkStudent(d, { col, grade, xhStyle: 1 });
    const paid = chance(0.7) ? fee + dorm : chance(0.5) ? 0 : ri(10, 50) * 100;
    const owe = fee + dorm - paid;
    const way = paid === 0 ? '' : pick(['微信', '支付宝', '银行代扣', '生源地贷款']);
    let tx = '';
    if (way === '微信') tx = d.dec('pay_txn_no', '42000' + digits(5) + '2024' + pad(ri(7, 9), 2) + pad(ri(1, 28), 2) + digits(10));
    else if (way === '支付宝') tx = d.dec('pay_txn_no', '2024' + pad(ri(7, 9), 2) + pad(ri(1, 28), 2) + '2200' + digits(4) + digits(12));
    else if (way === '银行代扣') tx = d.dec('bank_serial', safeDigits('2024' + pad(ri(7, 9), 2) + pad(ri(1, 28), 2) + digits(11)));
    else if (way === '生源地贷款') tx = d.dec('contract_no', safeDigits(s.region[0] + '2024' + digits(7)));
    L.push([d.xh(s.xh), d.N(s.name), s.cls, fee, dorm, d.amt(paid.toFixed(2)), owe ? d.amt(owe.toFixed(2)) : '0.00', way, tx, owe ? pick(['绿色通道', '生源地贷款未到账', '家庭困难申请缓缴', '']) : ''].join('\t'));
  }
  d.amt(String(fee)); d.amt(String(dorm));
  const a = mkPerson(d, { gen: 'staff' });
  L.push(`\t\t\t\t\t\t\t\t导出人：${d.N(a.name)}`);
  return [d, L.join('\n')];
};

// ───────────────────────── run ─────────────────────────
const PLAN = {
  zxj_csv: 14, gongshi: 14, loan_tsv: 12, qgzx_payroll: 14, knrd_form: 18, fdy_contacts: 10, xueji_json: 12, dorm_checkin: 12,
  parent_sheet: 14, zzzx_mail: 20, bank_batch: 12, ocr_form: 18, wechat_chat: 18, xml_export: 10, sms: 24, minutes: 12,
  sys_log: 12, green_channel: 12, statement_letter: 14, work_agreement: 8, html_gongshi: 8, hs_roster: 10, bank_statement: 12, zongce_rank: 12, fund_summary: 12, fee_ledger: 12,
};
const out = [];
for (const [kind, n] of Object.entries(PLAN)) {
  for (let i = 1; i <= n; i++) {
    const [doc, text] = G[kind]();
    out.push(finalize(doc, text, `sa-${kind}-${i}`));
  }
}
// interleave kinds deterministically so the file is not sorted by kind
const lines = shuffle(out).map((o) => JSON.stringify(o));
writeFileSync(OUT, lines.join('\n') + '\n');

function finalize(doc, text, id) {
  const fail = (m) => ERR.push(`${id}: ${m}`);
  for (const { det, value, written } of doc.w) {
    if (!text.includes(written)) fail(`${det} written form not in text: ${JSON.stringify(written)}`);
    if (normOf(det, written) !== value) fail(`${det} written ${JSON.stringify(written)} normalises to ${normOf(det, written)} not ${value}`);
    if (!validOf(det, value)) fail(`${det} value invalid: ${value}`);
  }
  for (const k of doc.E.keys()) doc.D.delete(k);
  const entVals = new Set([...doc.E.values()].map((e) => e.value));
  const entDigits = new Set([...doc.E.values()].filter((e) => !['person_name_zh', 'email'].includes(e.detector)).map((e) => e.value.replace(/\D/g, '')));
  for (const x of doc.X.values()) {
    if (!text.includes(x.text)) fail(`decoy not in text: ${x.text}`);
    if (entVals.has(x.text) || entVals.has(normOf('person_name_zh', x.text))) fail(`decoy is also an entity: ${x.text}`);
    const dg = x.text.replace(/\D/g, '');
    if (/^\d[\d\s\-]*$/.test(x.text) && entDigits.has(dg)) fail(`numeric decoy equals entity: ${x.text}`);
  }
  // scan for valid-looking values that carry no label
  const labelled = new Set([...doc.E.values(), ...doc.D.values()].map((e) => e.value));
  const t = nf(text);
  for (const m of t.matchAll(/\d+[Xx]?/g)) {
    const r = m[0].toUpperCase();
    const core = r.replace(/X$/, '');
    const chk = (ok, v, what) => { if (ok && !labelled.has(v)) fail(`unlabelled ${what}: ${r}`); };
    if (r.length === 18) chk(idLooseValid(r), r, 'resident id');
    if (r.length === 18) chk(usccValid(r), r, 'uscc');
    if (/^\d{15}$/.test(r)) chk(legacyLooseValid(r), upgrade15(r), 'legacy id');
    if (/^\d+$/.test(r)) {
      if (core.length === 11) chk(mobileValid(core), core, 'mobile');
      if (core.length === 13 && core.startsWith('86')) chk(mobileValid(core.slice(2)), core.slice(2), 'mobile86');
      if (core.length === 12 && core.startsWith('0')) chk(mobileValid(core.slice(1)), core.slice(1), 'mobile0');
      if (core.length >= 16 && core.length <= 19) chk(luhnOk(core), core, 'card');
    }
  }
  for (const m of t.matchAll(/[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}/g)) {
    const v = m[0].toLowerCase();
    if (!labelled.has(v) && !doc.X.has(m[0])) fail(`unlabelled email: ${m[0]}`);
  }
  return { id, kind: doc.kind, text, entities: [...doc.E.values()], dontCare: [...doc.D.values()], decoys: [...doc.X.values()] };
}

// ───────────────────────── summary ─────────────────────────
const perKind = {}, perDet = {}, perDc = {}, perDecoy = {};
let nEnt = 0, nDec = 0;
for (const o of out) {
  perKind[o.kind] = (perKind[o.kind] || 0) + 1;
  for (const e of o.entities) { perDet[e.detector] = (perDet[e.detector] || 0) + 1; nEnt++; }
  for (const e of o.dontCare) perDc[e.detector] = (perDc[e.detector] || 0) + 1;
  for (const x of o.decoys) { perDecoy[x.kind] = (perDecoy[x.kind] || 0) + 1; nDec++; }
}
console.log(`documents: ${out.length} in ${Object.keys(perKind).length} kinds`);
console.log('per kind:', JSON.stringify(perKind));
console.log('entities per detector:', JSON.stringify(perDet), `total ${nEnt}`);
console.log('dontCare per detector:', JSON.stringify(perDc));
console.log('decoys per kind:', JSON.stringify(perDecoy), `total ${nDec}`);
const MIN = { person_name_zh: 400, cn_mobile: 150, cn_resident_id: 150, bank_card: 150, email: 150 };
for (const [k, v] of Object.entries(MIN)) if ((perDet[k] || 0) < v) ERR.push(`too few ${k}: ${perDet[k] || 0} < ${v}`);
if (Object.keys(perKind).length < 15) ERR.push('fewer than 15 kinds');
if (ERR.length) {
  console.error(`SELF-CHECK FAILED (${ERR.length}):`);
  for (const e of ERR.slice(0, 40)) console.error('  ' + e);
  process.exit(1);
}
console.log('self-check: ok');
