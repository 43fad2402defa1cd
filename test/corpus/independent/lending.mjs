#!/usr/bin/env node
/*
 * lending.mjs — labelled test corpus for a Chinese DLP detector (listguard).
 *
 * Theme: personal data in CONSUMER LENDING and DEBT COLLECTION (id prefix "ln"):
 *   借款申请表, 催收案件导出 (CSV/TSV/pipe/markdown, 1–80 rows), 借款合同当事人信息,
 *   还款计划, 催收记录 (call-centre notes), 律师函, 债权转让清单/公告, 短信催收日志,
 *   OCR 合同页 (broken spacing, full-width digits), 借贷 API JSON, 代扣回盘文件, 外访报告.
 *
 * Usage:   node lending.mjs OUT.jsonl
 *
 * Output: one JSON object per line
 *   {"id":"ln-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported under any detector
 *
 * Normalisation of values:
 *   cn_resident_id 18 chars, upper-case X (legacy 15-digit numbers upgraded to 18);
 *   cn_mobile 11 digits (no +86 / 0086 / separators / full-width);
 *   cn_landline digits incl. leading 0 and area code; email lower-case;
 *   bank_card digits only; cn_uscc 18 chars upper-case;
 *   person_name_zh as written, without spaces or titles (先生/女士/律师 …).
 *   Decoy texts are exact substrings of the text as written.
 *
 * Deterministic (own mulberry32 PRNG, fixed seed). All data synthetic: IDs carry a
 * valid GB 11643 MOD 11-2 check char, real dates and region codes; cards are
 * Luhn-valid with UnionPay/Visa/Mastercard IINs; USCCs carry valid GB 32100 and
 * GB 11714 check chars; mobiles use allocated prefixes.
 * A self-check runs at the end (exit 1 on failure) and prints a summary.
 *
 * Written in session 26 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2] || 'lending.jsonl';

// ───────────────────────── PRNG and small helpers ─────────────────────────
let SEED = 0x26_1e_ad_01 >>> 0;
function rnd() {
  SEED = (SEED + 0x6d2b79f5) >>> 0;
  let t = SEED;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const pad = (n, w) => String(n).padStart(w, '0');
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const nz = (n) => String(ri(1, 9)) + digits(n - 1);
function wpick(pairs) {
  let tot = 0; for (const [, w] of pairs) tot += w;
  let r = rnd() * tot;
  for (const [v, w] of pairs) { if ((r -= w) < 0) return v; }
  return pairs[pairs.length - 1][0];
}
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const fw = (s) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const nfkc = (s) => s.normalize('NFKC');
const fmtAmt = (x, comma = true) => { const s = x.toFixed(2); if (!comma) return s; const [i, f] = s.split('.'); return i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + '.' + f; };

// ───────────────────────── check algorithms ─────────────────────────
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += Number(b17[i]) * ID_W[i]; return '10X98765432'[s % 11]; }
function luhnOk(s) {
  let sum = 0, dbl = false;
  for (let i = s.length - 1; i >= 0; i--) { let d = s.charCodeAt(i) - 48; if (dbl) { d *= 2; if (d > 9) d -= 9; } sum += d; dbl = !dbl; }
  return sum % 10 === 0;
}
function luhnComplete(body) { for (let d = 0; d < 10; d++) if (luhnOk(body + d)) return body + d; throw new Error('luhn'); }
const USCC_A = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += USCC_A.indexOf(b17[i]) * USCC_W[i]; return USCC_A[(31 - (s % 31)) % 31]; }
function orgCheck(b8) {
  const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0;
  for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55) * W[i]; }
  const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
function validDate(y, m, d) { const dt = new Date(Date.UTC(y, m - 1, d)); return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d; }

// ───────────────────────── reference tables ─────────────────────────
// [county code, province, city, district, area code or '']
const REGIONS = [
  ['110101', '北京市', '北京市', '东城区', '010'], ['110105', '北京市', '北京市', '朝阳区', '010'], ['110108', '北京市', '北京市', '海淀区', '010'],
  ['110103', '北京市', '北京市', '崇文区', '010'], ['310104', '上海市', '上海市', '徐汇区', '021'], ['310115', '上海市', '上海市', '浦东新区', '021'],
  ['120103', '天津市', '天津市', '河西区', '022'], ['500103', '重庆市', '重庆市', '渝中区', '023'], ['210102', '辽宁省', '沈阳市', '和平区', '024'],
  ['320106', '江苏省', '南京市', '鼓楼区', '025'], ['320102', '江苏省', '南京市', '玄武区', '025'], ['420106', '湖北省', '武汉市', '武昌区', '027'],
  ['510104', '四川省', '成都市', '锦江区', '028'], ['510107', '四川省', '成都市', '武侯区', '028'], ['610113', '陕西省', '西安市', '雁塔区', '029'],
  ['440106', '广东省', '广州市', '天河区', '020'], ['440304', '广东省', '深圳市', '福田区', '0755'], ['440305', '广东省', '深圳市', '南山区', '0755'],
  ['330106', '浙江省', '杭州市', '西湖区', '0571'], ['320505', '江苏省', '苏州市', '虎丘区', '0512'], ['440604', '广东省', '佛山市', '禅城区', '0757'],
  ['620102', '甘肃省', '兰州市', '城关区', '0931'], ['370102', '山东省', '济南市', '历下区', ''], ['410105', '河南省', '郑州市', '金水区', ''],
  ['430104', '湖南省', '长沙市', '岳麓区', ''], ['350102', '福建省', '福州市', '鼓楼区', ''], ['340104', '安徽省', '合肥市', '蜀山区', ''],
  ['130102', '河北省', '石家庄市', '长安区', ''], ['140105', '山西省', '太原市', '小店区', ''], ['150102', '内蒙古自治区', '呼和浩特市', '新城区', ''],
  ['220102', '吉林省', '长春市', '南关区', ''], ['230103', '黑龙江省', '哈尔滨市', '南岗区', ''], ['360103', '江西省', '南昌市', '西湖区', ''],
  ['450103', '广西壮族自治区', '南宁市', '青秀区', ''], ['460105', '海南省', '海口市', '秀英区', ''], ['520102', '贵州省', '贵阳市', '南明区', ''],
  ['530102', '云南省', '昆明市', '五华区', ''], ['630102', '青海省', '西宁市', '城东区', ''], ['640104', '宁夏回族自治区', '银川市', '兴庆区', ''],
  ['650102', '新疆维吾尔自治区', '乌鲁木齐市', '天山区', ''], ['540102', '西藏自治区', '拉萨市', '城关区', ''], ['411302', '河南省', '南阳市', '宛城区', ''],
  ['371302', '山东省', '临沂市', '兰山区', ''], ['130681', '河北省', '保定市', '涿州市', ''], ['321102', '江苏省', '镇江市', '京口区', ''],
  ['130702', '河北省', '张家口市', '桥东区', ''], ['411602', '河南省', '周口市', '川汇区', ''], ['341002', '安徽省', '黄山市', '屯溪区', ''],
];
const REGION_CODES = new Set(REGIONS.map((r) => r[0]));
const TRAP_CITIES = new Set(['张家口市', '周口市', '黄山市']);
// area code → subscriber length (only areas whose length is certain)
const AREAS = [['010', 8], ['020', 8], ['021', 8], ['022', 8], ['023', 8], ['024', 8], ['025', 8], ['027', 8], ['028', 8], ['029', 8],
  ['0755', 8], ['0571', 8], ['0512', 8], ['0757', 8], ['0769', 8], ['0931', 7]];
const AREA_LEN = Object.fromEntries(AREAS);

const MOB_PREFIX = [
  ...['130', '131', '132', '133', '134', '135', '136', '137', '138', '139'].map((p) => [p, 6]),
  ...['150', '151', '152', '153', '155', '156', '157', '158', '159'].map((p) => [p, 5]),
  ...['180', '181', '182', '183', '184', '185', '186', '187', '188', '189'].map((p) => [p, 5]),
  ...['170', '171', '172', '173', '175', '176', '177', '178'].map((p) => [p, 2]),
  ...['190', '191', '192', '193', '195', '196', '197', '198', '199'].map((p) => [p, 2]),
  ['145', 1], ['147', 1], ['162', 1], ['165', 1], ['166', 1], ['167', 1],
];
const MOB_OK = /^1(3\d|4[57]|5[0-35-9]|6[25-7]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/;

const SURNAMES = [
  ['王', 'wang', 9], ['李', 'li', 9], ['张', 'zhang', 8], ['刘', 'liu', 7], ['陈', 'chen', 7], ['杨', 'yang', 4], ['黄', 'huang', 4], ['赵', 'zhao', 4],
  ['吴', 'wu', 4], ['周', 'zhou', 4], ['徐', 'xu', 3], ['孙', 'sun', 3], ['马', 'ma', 3], ['朱', 'zhu', 3], ['胡', 'hu', 3], ['郭', 'guo', 3],
  ['何', 'he', 3], ['高', 'gao', 3], ['林', 'lin', 3], ['罗', 'luo', 3], ['郑', 'zheng', 2], ['梁', 'liang', 2], ['谢', 'xie', 2], ['宋', 'song', 2],
  ['唐', 'tang', 2], ['许', 'xu', 2], ['韩', 'han', 2], ['冯', 'feng', 2], ['邓', 'deng', 2], ['曹', 'cao', 2], ['彭', 'peng', 2], ['曾', 'zeng', 2],
  ['肖', 'xiao', 2], ['田', 'tian', 2], ['董', 'dong', 2], ['袁', 'yuan', 1], ['潘', 'pan', 1], ['于', 'yu', 1], ['蒋', 'jiang', 1], ['蔡', 'cai', 1],
  ['余', 'yu', 2], ['付', 'fu', 2], ['金', 'jin', 2], ['万', 'wan', 1], ['方', 'fang', 1], ['文', 'wen', 1], ['常', 'chang', 1], ['成', 'cheng', 1],
  ['安', 'an', 1], ['向', 'xiang', 1], ['史', 'shi', 1], ['江', 'jiang', 1], ['石', 'shi', 1], ['叶', 'ye', 1], ['程', 'cheng', 1], ['任', 'ren', 1],
  ['钟', 'zhong', 1], ['汪', 'wang', 1], ['姜', 'jiang', 1], ['范', 'fan', 1], ['白', 'bai', 1], ['严', 'yan', 1], ['熊', 'xiong', 1], ['易', 'yi', 1],
  ['费', 'fei', 1], ['关', 'guan', 1], ['时', 'shi', 1], ['华', 'hua', 1],
].map(([c, p, w]) => [[c, p], w]);
const COMPOUND = [['欧阳', 'ouyang'], ['上官', 'shangguan'], ['司马', 'sima'], ['诸葛', 'zhuge'], ['司徒', 'situ'], ['令狐', 'linghu'], ['皇甫', 'huangfu'], ['慕容', 'murong']];
const GIVEN = ('伟wei 芳fang 娜na 秀xiu 英ying 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 娟juan 涛tao 明ming 超chao 霞xia ' +
  '平ping 刚gang 桂gui 兰lan 红hong 玉yu 建jian 国guo 辉hui 鹏peng 飞fei 宇yu 浩hao 婷ting 雪xue 琳lin 晨chen 欣xin 怡yi 佳jia 子zi 梓zi ' +
  '涵han 轩xuan 博bo 睿rui 嘉jia 志zhi 海hai 波bo 斌bin 鑫xin 丹dan 萍ping 燕yan 翠cui 凤feng 春chun 梅mei 琴qin 云yun 亮liang 晓xiao 瑞rui ' +
  '凯kai 帅shuai 淑shu 慧hui 颖ying 倩qian 蕾lei 莉li 珍zhen 荣rong 永yong 德de 福fu 贵gui 生sheng 龙long 根gen 保bao 旭xu 阳yang 俊jun 宏hong')
  .split(' ').map((t) => [t[0], t.slice(1)]);
const UYG_A = ['买买提', '艾力', '阿不都', '吐尔逊', '努尔艾力', '艾尔肯', '热合曼', '阿依古丽', '古丽娜尔', '迪丽拜尔', '帕提古丽', '阿卜杜拉'];
const UYG_B = ['艾力', '吐尔逊', '买买提', '克里木', '热合曼', '阿不都拉', '玉素甫', '依明'];
const LATIN = ['ai', 'li', 'mu', 'ti', 'er', 'kan', 'gu', 'na', 'dila', 'pati'];

const IINS = [
  ['622202', '中国工商银行', 19, 4], ['621226', '中国工商银行', 19, 3], ['621700', '中国建设银行', 19, 4], ['622700', '中国建设银行', 19, 2],
  ['622848', '中国农业银行', 19, 4], ['623052', '中国农业银行', 19, 2], ['621661', '中国银行', 19, 2], ['621785', '中国银行', 19, 2],
  ['622588', '招商银行', 16, 3], ['621483', '招商银行', 16, 2], ['622262', '交通银行', 19, 2], ['622908', '兴业银行', 18, 2],
  ['621799', '中国邮政储蓄银行', 19, 2], ['622150', '中国邮政储蓄银行', 19, 1], ['623058', '平安银行', 19, 1], ['621771', '中信银行', 16, 1],
  ['438088', '中国工商银行', 16, 1], ['436742', '中国建设银行', 16, 1], ['518710', '招商银行', 16, 1], ['552599', '中国农业银行', 16, 1],
].map((r) => [r, r[3]]);
const BRANCH_SUFFIX = ['支行', '营业部', '分理处', '支行营业室'];

const CO_WORDS = ['恒信', '众联', '瑞丰', '鑫融', '汇通', '安盈', '睿达', '中和', '宏泰', '嘉禾', '博远', '信诚', '长盛', '通汇', '融创', '银泰', '德润', '广源', '正元', '普惠'];
const CO_WORDS_PY = { 恒信: 'hengxin', 众联: 'zhonglian', 瑞丰: 'ruifeng', 鑫融: 'xinrong', 汇通: 'huitong', 安盈: 'anying', 睿达: 'ruida', 中和: 'zhonghe', 宏泰: 'hongtai', 嘉禾: 'jiahe', 博远: 'boyuan', 信诚: 'xincheng', 长盛: 'changsheng', 通汇: 'tonghui', 融创: 'rongchuang', 银泰: 'yintai', 德润: 'derun', 广源: 'guangyuan', 正元: 'zhengyuan', 普惠: 'puhui' };
const CITY_REG = { 南京: '320100', 杭州: '330100', 深圳: '440300', 广州: '440100', 成都: '510100', 重庆: '500000', 武汉: '420100', 西安: '610100', 苏州: '320500', 天津: '120000', 上海: '310000', 北京: '110000', 长沙: '430100', 合肥: '340100', 厦门: '350200' };
const CITY_SHORT = Object.keys(CITY_REG);
const LENDER_SUFFIX = ['小额贷款有限公司', '消费金融有限公司', '网络小额贷款有限公司', '融资担保有限公司'];
const INDUSTRY = ['电子科技有限公司', '建筑工程有限公司', '餐饮管理有限公司', '物流有限公司', '商贸有限公司', '汽车销售服务有限公司', '信息技术有限公司', '机械制造有限公司', '物业管理有限公司', '医疗器械有限公司'];
const PRODUCTS = ['极速贷', '薪享贷', '安心借', '金满意', '随心分', '周转宝', '工薪贷', '马上花', '付易借', '余额宝贷'];
const STREETS = ['中山路', '建设路', '人民路', '解放路', '和平街', '长江路', '新华路', '幸福路', '文化路', '胜利街', '友谊大道', '光明巷'];
const ESTATES = ['阳光花园', '锦绣华庭', '幸福家园', '金色港湾', '翠湖苑', '世纪城', '东方明珠苑', '滨江公寓', '丽景湾', '香榭里'];
const RELATIONS = ['父亲', '母亲', '配偶', '兄弟', '姐妹', '朋友', '同事', '子女', '表哥', '堂姐'];
const MAIL_DOMAINS = [['qq.com', 6], ['163.com', 5], ['126.com', 3], ['gmail.com', 1], ['sina.com', 2], ['sohu.com', 1], ['foxmail.com', 2], ['outlook.com', 1], ['aliyun.com', 1], ['yeah.net', 1], ['139.com', 1], ['hotmail.com', 1], ['189.cn', 1]];

// ───────────────────────── generators ─────────────────────────
function randDate(y1, y2) { for (;;) { const y = ri(y1, y2), m = ri(1, 12), d = ri(1, 31); if (validDate(y, m, d)) return { y, m, d }; } }
const ymd = (t, sep = '-') => `${t.y}${sep}${pad(t.m, 2)}${sep}${pad(t.d, 2)}`;
const cnDate = (t) => `${t.y}年${t.m}月${t.d}日`;
function genName() {
  const r = rnd();
  if (r < 0.025) { const a = pick(UYG_A); let b = pick(UYG_B); while (b === a) b = pick(UYG_B); return { name: `${a}·${b}`, py: pick(LATIN) + pick(LATIN) }; }
  let sur, spy;
  if (r < 0.06) [sur, spy] = pick(COMPOUND); else [sur, spy] = wpick(SURNAMES);
  const n = sur.length === 2 ? ri(1, 2) : (chance(0.3) ? 1 : 2);
  let g = '', gpy = '';
  for (let i = 0; i < n; i++) { const [c, p] = pick(GIVEN); if (g.includes(c) && chance(0.7)) { i--; continue; } g += c; gpy += p; }
  return { name: sur + g, py: spy + gpy, spy, gpy };
}
function makeId(region, y1 = 1962, y2 = 2003, gender) {
  const b = randDate(y1, y2);
  let seq = ri(1, 999);
  if (gender) { const odd = seq % 2 === 1; if ((gender === '男') !== odd) seq = seq === 999 ? 998 : seq + 1; }
  const body = region[0] + ymd(b, '') + pad(seq, 3);
  return body + idCheck(body);
}
function makeLegacyId(region) { // returns {raw15, id18}
  const b = randDate(1950, 1979);
  const seq = pad(ri(1, 999), 3);
  const raw15 = region[0] + ymd(b, '').slice(2) + seq;
  const body = region[0] + ymd(b, '') + seq;
  return { raw15, id18: body + idCheck(body) };
}
const genMobile = () => wpick(MOB_PREFIX) + digits(8);
function genCard() { const [iin, bank, len] = wpick(IINS); return { card: luhnComplete(iin + digits(len - iin.length - 1)), bank }; }
function genLandline(area) { const a = area && AREA_LEN[area] ? area : pick(AREAS)[0]; return { area: a, sub: String(ri(2, 8)) + digits(AREA_LEN[a] - 1) }; }
function genUscc(kind = '91', region, r6fixed) {
  const reg = (region || pick(REGIONS))[0];
  const r6 = r6fixed || (chance(0.5) ? reg : reg.slice(0, 4) + '00');
  let org;
  if (chance(0.55)) { const al = USCC_A.slice(0, 30); org = 'MA' + Array.from({ length: 6 }, () => pick(al.split(''))).join(''); }
  else org = nz(8);
  const b17 = kind + r6 + org + orgCheck(org);
  return b17 + usccCheck(b17);
}
function genAddr(reg) {
  const [, prov, city, dist] = reg;
  const head = prov === city ? prov + dist : prov + city + dist;
  const st = pick(STREETS) + ri(1, 388) + '号';
  return chance(0.75) ? `${head}${st}${pick(ESTATES)}${ri(1, 32)}栋${ri(1, 4)}单元${ri(1, 33)}${pad(ri(1, 6), 2)}室` : `${head}${st}`;
}
function genEmail(p) {
  const dom = wpick(MAIL_DOMAINS);
  if (dom === '139.com') return { email: `${p.mobile}@139.com`, inner: p.mobile };
  if (dom === '189.cn' && chance(0.6)) return { email: `${p.mobile}@189.cn`, inner: p.mobile };
  if (dom === 'qq.com' && chance(0.6)) return { email: `${nz(ri(6, 10))}@qq.com` };
  const y = p.id ? p.id.slice(6, 10) : String(ri(1970, 2002));
  const st = ri(0, 5);
  const py = p.py || 'user';
  const local = [
    () => py + y, () => py + digits(ri(2, 4)), () => (p.spy || py.slice(0, 4)) + '.' + (p.gpy || 'x') + digits(ri(0, 2)),
    () => (p.spy || py) + '_' + y.slice(2), () => py.slice(0, 3) + digits(ri(4, 6)), () => 'x' + py + ri(1, 99),
  ][st]();
  return { email: `${local}@${dom}` };
}
function newPerson(opt = {}) {
  const reg = opt.region || pick(REGIONS);
  const n = genName();
  const gender = chance(0.5) ? '男' : '女';
  const p = { ...n, gender, region: reg, id: makeId(reg, opt.y1, opt.y2, gender), mobile: genMobile() };
  const c = genCard(); p.card = c.card; p.bank = c.bank;
  p.addr = genAddr(reg);
  const e = genEmail(p); p.email = e.email; p.emailInner = e.inner;
  return p;
}
const company = (suffixes = LENDER_SUFFIX) => `${pick(CITY_SHORT)}${pick(CO_WORDS)}${pick(suffixes)}`;
const employer = () => `${pick(CITY_SHORT)}${pick(CO_WORDS)}${pick(INDUSTRY)}`;
const branch = (bank, reg) => `${bank}${reg[2].replace(/市$/, '')}${reg[3].replace(/[区县市]$/, '')}${pick(BRANCH_SUFFIX)}`;
const svcNum = () => pick([() => `400-${ri(100, 999)}-${pad(ri(0, 9999), 4)}`, () => `400${ri(100, 999)}${pad(ri(0, 9999), 4)}`, () => `95${ri(100, 999)}`, () => `400 ${ri(600, 899)} ${pad(ri(0, 9999), 4)}`])();
const dateDec = (y1 = 2022, y2 = 2025) => { const t = randDate(y1, y2); return pick([ymd(t), ymd(t, '/'), cnDate(t), ymd(t, '.')]); };
const tsMs = () => String(ri(1_700_000_000, 1_780_000_000)) + pad(ri(0, 999), 3);
const txnNo = (len = ri(18, 20)) => { const t = randDate(2023, 2025); return ymd(t, '') + pad(ri(0, 23), 2) + pad(ri(0, 59), 2) + pad(ri(0, 59), 2) + digits(len - 14); };
const caseNo = () => pick([() => 'CS' + ymd(randDate(2023, 2025), '') + digits(6), () => `AJ${ri(2023, 2025)}-${pad(ri(1, 12), 2)}${pad(ri(1, 28), 2)}-${digits(5)}`,
  () => 'WA' + digits(12), () => `${ri(2023, 2025)}${digits(10)}`])();
const contractNo = () => pick([() => `HT-${ri(2019, 2025)}-XD-${digits(6)}`, () => 'JK' + ymd(randDate(2020, 2025), '') + digits(6), () => ymd(randDate(2019, 2025), '') + digits(10),
  () => `XJD${ri(2019, 2025)}${digits(9)}`, () => `(${ri(2019, 2025)})借字第${digits(5)}号`])();
const loanNo = () => pick([() => 'JJ' + digits(14), () => ymd(randDate(2020, 2025), '') + digits(12), () => 'LN' + ymd(randDate(2020, 2025), '') + digits(8)])();
const disburseNo = () => pick([() => 'FK' + digits(16), () => '17' + digits(17), () => 'P' + ymd(randDate(2022, 2025), '') + digits(9)])();
const empNo = () => pick([() => 'C' + pad(ri(1, 9999), 4), () => `CS-${pad(ri(1, 999), 3)}`, () => 'A' + digits(5), () => `HZ${pad(ri(1, 9999), 4)}`, () => 'W' + pad(ri(1, 9999), 4)])();
const maskMob = (m) => pick([() => m.slice(0, 3) + '****' + m.slice(7), () => m.slice(0, 3) + 'xxxx' + m.slice(7), () => m.slice(0, 3) + '*****' + m.slice(8)])();
const maskId = (id) => pick([() => id.slice(0, 4) + '**********' + id.slice(14), () => id.slice(0, 6) + '********' + id.slice(14), () => id.slice(0, 3) + '*'.repeat(11) + id.slice(14), () => id.slice(0, 1) + '*'.repeat(16) + id.slice(17)])();
const maskCard = (c) => pick([() => `${c.slice(0, 4)} **** **** ${c.slice(-4)}`, () => c.slice(0, 6) + '*'.repeat(c.length - 10) + c.slice(-4), () => '**** **** **** ' + c.slice(-4), () => `${c.slice(0, 4)}********${c.slice(-4)}`])();
const maskName = (n) => pick([() => n[0] + '*'.repeat(n.length - 1), () => n[0] + '某', () => n[0] + '某某', () => n[0] + '*' + (n.length > 2 ? n.slice(-1) : '')])();
const imei = () => luhnComplete(pick(['86', '35']) + digits(12));
const lawLicense = () => `1${pick(['1101', '3201', '4403', '3301', '5101', '4201'])}${ri(2005, 2021)}1${ri(0, 1)}${digits(6)}`; // 17 digits

// ───────────────────────── document builder ─────────────────────────
const WRITE = {
  mobile(m) {
    return wpick([[() => m, 75], [() => `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`, 6], [() => `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`, 7],
      [() => `+86 ${m}`, 3], [() => `+86-${m}`, 2], [() => `+86${m}`, 2], [() => `0086 ${m}`, 1], [() => `(+86)${m}`, 1], [() => `86-${m}`, 1], [() => fw(m), 2]])();
  },
  id(id) {
    return wpick([[() => id, 84], [() => (id.endsWith('X') ? id.slice(0, 17) + 'x' : id), 8], [() => `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`, 5], [() => fw(id), 3]])();
  },
  card(c) {
    const g4 = (sep) => c.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
    return wpick([[() => c, 68], [() => g4(' '), 26], [() => g4('-'), 6]])();
  },
  email(e) {
    return wpick([[() => e, 85], [() => e[0].toUpperCase() + e.slice(1), 8], [() => e.replace(/@.*/, (d) => d.toUpperCase()), 3], [() => e.toUpperCase(), 2]])();
  },
  landline(l) {
    const { area: a, sub: s } = l;
    const half = s.length === 8 ? `${s.slice(0, 4)} ${s.slice(4)}` : `${s.slice(0, 3)} ${s.slice(3)}`;
    return wpick([[() => `${a}-${s}`, 50], [() => `(${a})${s}`, 10], [() => `（${a}）${s}`, 8], [() => `${a} ${s}`, 10], [() => a + s, 14], [() => `+86 ${a.slice(1)} ${half}`, 5], [() => `${a}-${half.replace(' ', '-')}`, 3]])();
  },
};

class Doc {
  constructor(kind) { this.kind = kind; this.ent = new Map(); this.dc = new Map(); this.dec = new Map(); this.raws = []; }
  _lab(map, det, value, raw) { const k = det + '\u0000' + value; if (!map.has(k)) map.set(k, { detector: det, value }); this.raws.push({ det, value, raw, dc: map === this.dc }); return raw; }
  E(det, value, raw = value) { return this._lab(this.ent, det, value, raw); }
  D(det, value, raw = value) { return this._lab(this.dc, det, value, raw); }
  X(kind, text) { text = String(text); if (!this.dec.has(text)) this.dec.set(text, { kind, text }); return text; }
  name(n, spaced = false) { const raw = spaced ? n.split('').join(pick([' ', '  ', ' '])) : n; return this.E('person_name_zh', n, raw); }
  mob(m, style) { return this.E('cn_mobile', m, style === 'plain' ? m : WRITE.mobile(m)); }
  idn(id, style) { return this.E('cn_resident_id', id, style === 'plain' ? id : WRITE.id(id)); }
  card(c, style) { return this.E('bank_card', c, style === 'plain' ? c : WRITE.card(c)); }
  mail(p, style) {
    const raw = style === 'plain' ? p.email : WRITE.email(p.email);
    if (p.emailInner) this.E('cn_mobile', p.emailInner, p.emailInner);
    return this.E('email', p.email.toLowerCase(), raw);
  }
  tel(l, dontCare = false) { const raw = WRITE.landline(l); return dontCare ? this.D('cn_landline', l.area + l.sub, raw) : this.E('cn_landline', l.area + l.sub, raw); }
  uscc(u) { return this.E('cn_uscc', u, chance(0.1) ? u.toLowerCase() : u); }
  mMob(m) { return this.X('masked_mobile', maskMob(m)); }
  mId(id) { return this.X('masked_id', maskId(id)); }
  mCard(c) { return this.X('masked_card', maskCard(c)); }
  mName(n) { return this.X('masked_name', maskName(n)); }
  addr(p) { const a = p.addr; if (TRAP_CITIES.has(p.region[2]) && a.includes(p.region[2])) this.X('place', p.region[2]); return a; }
  amt(lo, hi, fmt) { const v = ri(lo * 100, hi * 100) / 100; const s = fmt === 'plain' ? fmtAmt(v, false) : fmt === 'yuan' ? fmtAmt(v) + '元' : fmt === 'rmb' ? '¥' + fmtAmt(v) : fmtAmt(v); return this.X('amount', s); }
  finish(text) {
    return { id: '', kind: this.kind, text, entities: [...this.ent.values()], dontCare: [...this.dc.values()], decoys: [...this.dec.values()], _raws: this.raws };
  }
}

// ───────────────────────── normalisation & validation ─────────────────────────
function normalize(det, raw) {
  const s = nfkc(raw);
  switch (det) {
    case 'person_name_zh': return s.replace(/\s+/g, '');
    case 'cn_mobile': { let d = s.replace(/\D/g, ''); if (d.length === 15 && d.startsWith('0086')) d = d.slice(4); else if (d.length === 13 && d.startsWith('86')) d = d.slice(2); else if (d.length === 12 && d.startsWith('0')) d = d.slice(1); return d; }
    case 'cn_resident_id': { const d = s.replace(/[\s-]/g, '').toUpperCase(); if (/^\d{15}$/.test(d)) { const b = d.slice(0, 6) + '19' + d.slice(6); return b + idCheck(b); } return d; }
    case 'bank_card': return s.replace(/\D/g, '');
    case 'email': return s.toLowerCase();
    case 'cn_landline': { const intl = /^\s*(\+|00)86/.test(s); const d = s.replace(/\D/g, ''); return intl ? '0' + d.replace(/^(00)?86/, '') : d; }
    case 'cn_uscc': return s.replace(/[\s-]/g, '').toUpperCase();
    default: return s;
  }
}
const CHARS = {
  person_name_zh: /^[\u4e00-\u9fa5·]{2,16}$/,
  cn_mobile: /^1[3-9]\d{9}$/,
  cn_resident_id: /^\d{17}[\dX]$/,
  bank_card: /^\d{16,19}$/,
  email: /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/,
  cn_landline: /^0\d{9,11}$/,
  cn_uscc: /^[0-9A-HJ-NPQRTUWXY]{18}$/,
};
function idValid(id) {
  if (!/^\d{17}[\dX]$/.test(id) || idCheck(id.slice(0, 17)) !== id[17]) return false;
  if (!REGION_CODES.has(id.slice(0, 6))) return false;
  const y = +id.slice(6, 10), m = +id.slice(10, 12), d = +id.slice(12, 14);
  return y >= 1900 && y <= 2025 && validDate(y, m, d);
}
function strongValid(det, v) {
  switch (det) {
    case 'cn_resident_id': return idValid(v);
    case 'cn_mobile': return MOB_OK.test(v);
    case 'bank_card': return luhnOk(v) && /^(62|4|5[1-5])/.test(v);
    case 'cn_uscc': return usccCheck(v.slice(0, 17)) === v[17] && orgCheck(v.slice(8, 16)) === v[16];
    case 'cn_landline': { const a = Object.keys(AREA_LEN).find((k) => v.startsWith(k)); return !!a && v.length === a.length + AREA_LEN[a]; }
    case 'person_name_zh': return /^[\u4e00-\u9fa5]{2,4}$|^[\u4e00-\u9fa5]{2,6}·[\u4e00-\u9fa5]{2,6}$/.test(v);
    default: return true;
  }
}
function validateDoc(o) {
  const errs = [];
  const text = o.text;
  const labels = [...o.entities.map((l) => ({ ...l, dc: false })), ...o.dontCare.map((l) => ({ ...l, dc: true }))];
  for (const l of labels) {
    if (!CHARS[l.detector] || !CHARS[l.detector].test(l.value)) errs.push(`bad chars ${l.detector} ${l.value}`);
    if (!l.dc && !strongValid(l.detector, l.value)) errs.push(`invalid entity ${l.detector} ${l.value}`);
    if (!o._raws.some((r) => r.det === l.detector && r.value === l.value)) errs.push(`no raw for ${l.value}`);
  }
  for (const r of o._raws) {
    if (!text.includes(r.raw)) errs.push(`raw not in text: ${r.raw}`);
    if (normalize(r.det, r.raw) !== r.value) errs.push(`raw ${r.raw} normalises to ${normalize(r.det, r.raw)} not ${r.value}`);
  }
  const eVals = new Set(o.entities.map((l) => l.value));
  for (const l of o.dontCare) if (eVals.has(l.value)) errs.push(`entity/dontCare overlap ${l.value}`);
  for (const d of o.decoys) {
    if (!text.includes(d.text)) errs.push(`decoy not in text: ${d.text}`);
    for (const r of o._raws) {
      if (d.text === r.value || d.text.includes(r.value) || d.text.includes(r.raw)) errs.push(`decoy ${d.text} contains label ${r.value}`);
      if (r.raw.includes(d.text) || r.value.includes(d.text)) errs.push(`decoy ${d.text} inside label ${r.raw}`);
    }
  }
  // completeness: unlabelled look-alikes of personal data in plain form
  const covered = (s) => o._raws.some((r) => r.value.includes(s) || nfkc(r.raw).includes(s)) || o.decoys.some((d) => d.text.includes(s));
  for (const m of text.matchAll(/\d+[Xx]?/g)) {
    const run = m[0].toUpperCase();
    const pii = (run.length === 18 && idValid(run)) || (run.length === 11 && MOB_OK.test(run)) || (/^\d{16,19}$/.test(run) && luhnOk(run) && /^(62|4|5)/.test(run));
    if (pii && !covered(run)) errs.push(`unlabelled look-alike ${run}`);
  }
  for (const m of nfkc(text).matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g)) {
    const v = m[0].toLowerCase();
    if (!labels.some((l) => l.detector === 'email' && l.value === v)) errs.push(`unlabelled email ${v}`);
  }
  return errs;
}

// ───────────────────────── layout helpers ─────────────────────────
const COLON = () => wpick([['：', 6], [':', 2], [': ', 2], ['：  ', 1]]);
// items: ['§', title] or [label, value]
function renderForm(items, layout) {
  const c = COLON();
  const out = [];
  if (layout === 'kv') {
    for (const [k, v] of items) out.push(k === '§' ? `\n${v}` : `${k}${c}${v}`);
  } else if (layout === 'kv2') { // two pairs per line when short
    let line = [];
    for (const [k, v] of items) {
      if (k === '§') { if (line.length) out.push(line.join('    ')); line = []; out.push(`【${v.replace(/^[一二三四五六七八九十]+、/, '')}】`); continue; }
      line.push(`${k}${c}${v}`);
      if (line.length === 2 || String(v).length > 16) { out.push(line.join(pick(['    ', '\t', '   '])).trimEnd()); line = []; }
    }
    if (line.length) out.push(line.join('    '));
  } else if (layout === 'md') {
    out.push('| 项目 | 内容 |', '| --- | --- |');
    for (const [k, v] of items) out.push(k === '§' ? `| **${v}** | |` : `| ${k} | ${v} |`);
  } else { // tsv
    out.push('字段\t值');
    for (const [k, v] of items) if (k !== '§') out.push(`${k}\t${v}`);
  }
  return out.join('\n');
}
function renderTable(header, rows, fmt) {
  if (fmt === 'md') {
    return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  }
  if (fmt === 'csv' || fmt === 'csvq') {
    const q = (s) => (fmt === 'csvq' || /[",\n]/.test(s) ? `"${String(s).replace(/"/g, '""')}"` : s);
    return [header.map(q).join(','), ...rows.map((r) => r.map(q).join(','))].join('\n');
  }
  const sep = { tsv: '\t', pipe: '|', semi: ';', spipe: ' | ' }[fmt];
  return [header.join(sep), ...rows.map((r) => r.join(sep))].join('\n');
}

// ───────────────────────── document kinds ─────────────────────────
function lenderInfo(d, opt = {}) {
  const word = pick(CO_WORDS), city = pick(CITY_SHORT);
  const name = `${city}${word}${opt.suffix || pick(LENDER_SUFFIX)}`;
  const domain = `${CO_WORDS_PY[word]}${pick(['jr', 'xd', 'cf', 'fin'])}.${pick(['com', 'cn', 'com.cn'])}`;
  return { name, domain, word, uscc: genUscc(opt.kind || '91', null, chance(0.6) ? CITY_REG[city] : null), hotline: svcNum() };
}

function kApplication(d) {
  const p = newPerson({ y1: 1965, y2: 2004 });
  const lender = lenderInfo(d);
  const L = (opts) => pick(opts);
  const items = [];
  items.push(['申请编号', d.X('application_no', pick([() => 'SQ' + ymd(randDate(2023, 2025), '') + digits(6), () => txnNo(18), () => `APP-${digits(10)}`])())]);
  items.push(['申请日期', d.X('date', dateDec(2023, 2025))]);
  items.push(['产品名称', d.X('product', pick(PRODUCTS))]);
  items.push([L(['申请金额', '借款金额', '申请额度']), d.amt(2000, 200000, pick(['yuan', 'rmb', 'plain']))]);
  items.push(['借款期限', `${pick([3, 6, 12, 24, 36])}期`]);
  items.push(['§', '一、借款人信息']);
  items.push([L(['借款人姓名', '姓名', '申请人', '借款人']), d.name(p.name)]);
  items.push(['性别', p.gender]);
  items.push([L(['身份证号码', '身份证号', '证件号码', '公民身份号码']), d.idn(p.id)]);
  if (chance(0.3)) items.push(['证件有效期', `${ri(2015, 2023)}.${pad(ri(1, 12), 2)}.${pad(ri(1, 28), 2)}-${chance(0.2) ? '长期' : ri(2025, 2043) + '.' + pad(ri(1, 12), 2) + '.' + pad(ri(1, 28), 2)}`]);
  items.push([L(['手机号码', '本人手机', '联系电话', '手机']), d.mob(p.mobile)]);
  if (chance(0.75)) items.push([L(['电子邮箱', '邮箱', 'E-mail', 'Email']), d.mail(p)]);
  items.push([L(['现居住地址', '家庭住址', '居住地址']), d.addr(p)]);
  if (chance(0.3)) items.push([L(['住宅电话', '家庭电话', '宅电']), d.tel(genLandline(p.region[4]))]);
  const married = chance(0.55);
  items.push(['婚姻状况', married ? '已婚' : pick(['未婚', '离异'])]);
  let spouse = null;
  if (married && chance(0.75)) {
    spouse = newPerson({ region: chance(0.6) ? p.region : undefined, y1: 1965, y2: 2004 });
    items.push(['§', '二、配偶信息']);
    items.push([L(['配偶姓名', '姓名']), d.name(spouse.name)]);
    if (chance(0.6)) items.push([L(['配偶身份证号', '身份证号码', '证件号码']), d.idn(spouse.id)]);
    items.push([L(['配偶手机', '联系电话', '手机号码']), d.mob(spouse.mobile)]);
    if (chance(0.3)) items.push(['配偶工作单位', d.X('company', employer())]);
  }
  items.push(['§', '三、工作信息']);
  const emp = employer();
  items.push([L(['单位名称', '工作单位']), d.X('company', emp)]);
  items.push(['单位地址', genAddr(chance(0.7) ? p.region : pick(REGIONS)).replace(/[^号]*$/, '') + pick(['', 'A座', '写字楼']) ]);
  if (chance(0.8)) { const l = genLandline(p.region[4]); items.push([L(['单位电话', '公司电话', '单位座机']), d.tel(l, true) + (chance(0.3) ? `转${d.X('extension', String(ri(100, 8999)))}` : '')]); }
  items.push(['职务', pick(['职员', '经理', '技术员', '司机', '销售', '主管', '个体经营'])]);
  items.push(['月收入', `${ri(3, 30) * 1000}元`]);
  items.push(['§', '四、紧急联系人']);
  const nC = ri(2, 3);
  for (let i = 1; i <= nC; i++) {
    const isSp = spouse && i === 1 && chance(0.5);
    const c = isSp ? spouse : newPerson();
    const rel = isSp ? '配偶' : pick(RELATIONS.filter((r) => r !== '配偶'));
    if (chance(0.5)) {
      items.push([`紧急联系人${i}`, d.name(c.name)]);
      items.push([L(['关系', '与本人关系']), rel]);
      items.push([L(['联系电话', '手机号码', '手机']), d.mob(c.mobile)]);
    } else items.push([`紧急联系人${i}`, `${d.name(c.name)}（${rel}）${pick([' ', '，', ' 电话：'])}${d.mob(c.mobile)}`]);
  }
  items.push(['§', '五、收款账户']);
  items.push([L(['户名', '开户名', '账户名']), d.name(p.name)]);
  items.push([L(['开户银行', '开户行']), d.X('bank_branch', branch(p.bank, chance(0.7) ? p.region : pick(REGIONS)))]);
  items.push([L(['收款银行卡', '收款银行卡号', '银行卡号', '收款账号']), d.card(p.card)]);
  if (chance(0.4)) items.push(['银行预留手机号', d.mob(chance(0.7) ? p.mobile : genMobile())]);
  const mgr = newPerson();
  items.push(['§', '六、受理信息']);
  items.push(['客户经理', `${d.name(mgr.name)}（工号：${d.X('employee_no', empNo())}）`]);
  items.push(['贷款机构', d.X('company', lender.name)]);
  items.push(['客服热线', d.X('service_number', lender.hotline)]);
  const layout = wpick([['kv', 4], ['kv2', 3], ['md', 2], ['tsv', 1]]);
  const title = pick(['个人借款申请表', '个人消费贷款申请表', '借款申请书', `${lender.name} 借款申请表`]);
  return d.finish(`${title}\n${renderForm(items, layout)}\n\n申请人声明：本人承诺以上信息真实有效，并授权贵司查询本人征信信息。\n申请人签字：${d.name(p.name)}    日期：${d.X('date', dateDec(2023, 2025))}`);
}

function kCaseList(d) {
  const n = wpick([[() => ri(1, 5), 3], [() => ri(6, 25), 4], [() => ri(26, 80), 3]])();
  const fmt = wpick([['csv', 4], ['csvq', 1], ['tsv', 3], ['pipe', 2], ['spipe', 1], ['md', 2], ['semi', 1]]);
  const maskIdCol = chance(0.18), maskMobCol = chance(0.1);
  const H = {
    seq: pick(['序号', 'No', '#']), caseNo: pick(['案件号', '案件编号', '委案编号', 'CaseID']), contract: pick(['合同编号', '合同号', '借款合同号']),
    name: pick(['借款人', '客户姓名', '债务人', '姓名', '借款人姓名']), gender: '性别', id: pick(['身份证', '身份证号', '证件号码', '身份证号码', '证件号']),
    mobile: pick(['手机', '手机号', '手机号码', '本人电话', '借款人电话']), email: pick(['邮箱', '电子邮箱', 'Email', '邮件地址']),
    dpd: pick(['逾期天数', '逾期天', 'DPD']), bucket: pick(['账龄', '逾期阶段']), owed: pick(['欠款金额', '应还总额', '剩余应还', '欠款总额(元)']),
    principal: pick(['本金', '剩余本金']), assign: pick(['委案日期', '分案日期', '入催日期']), c1: pick(['紧急联系人', '联系人1', '紧急联系人姓名']),
    rel: pick(['关系', '联系人关系', '与借款人关系']), c1m: pick(['联系人电话', '联系人手机', '紧急联系人电话']), c2: '联系人2', c2m: '联系人2电话',
    card: pick(['还款卡号', '银行卡号', '扣款卡号', '绑定卡号']), bank: pick(['开户行', '银行']), collector: pick(['催收员', '跟进人', '处理人']),
    emp: pick(['工号', '催收员工号']), loan: pick(['放款单号', '借据号']), product: pick(['产品', '产品名称']), addr: pick(['户籍地址', '现住址', '家庭地址']),
    contact: pick(['联系人信息', '紧急联系人(关系/电话)']), lastPay: pick(['最后还款日', '上次还款时间']), home: pick(['住宅电话', '家庭电话']),
  };
  let cols = ['caseNo', 'name'];
  cols.push(...['id', 'mobile'].filter(() => chance(0.85)));
  if (!cols.includes('id') && !cols.includes('mobile')) cols.push('mobile');
  const opt = { email: 0.4, dpd: 0.7, bucket: 0.25, owed: 0.85, principal: 0.45, assign: 0.55, lastPay: 0.4, card: 0.35, bank: 0.2, collector: 0.45, loan: 0.35, product: 0.3, addr: 0.2, contract: 0.5, gender: 0.2, home: 0.08 };
  for (const [k, p] of Object.entries(opt)) if (chance(p)) cols.push(k);
  if (cols.includes('bank') && !cols.includes('card')) cols.push('card');
  const contactMode = wpick([['sep', 5], ['combined', 2], ['two', 2], ['none', 1]]);
  if (contactMode === 'sep') cols.push('c1', 'rel', 'c1m');
  else if (contactMode === 'combined') cols.push('contact');
  else if (contactMode === 'two') cols.push('c1', 'c1m', 'c2', 'c2m');
  if (cols.includes('collector') && chance(0.6)) cols.push('emp');
  cols = shuffle(cols);
  if (chance(0.75)) cols.unshift('seq');
  const csvLike = fmt === 'csv' || fmt === 'csvq';
  const collectors = Array.from({ length: ri(1, 4) }, () => ({ p: newPerson(), emp: empNo() }));
  const prod = pick(PRODUCTS);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = newPerson();
    const col = pick(collectors);
    const c1 = newPerson(), c2 = newPerson();
    const rel = pick(RELATIONS);
    const dpd = ri(1, 720);
    const row = cols.map((k) => {
      switch (k) {
        case 'seq': return String(i + 1);
        case 'caseNo': return d.X('case_no', caseNo());
        case 'contract': return d.X('contract_no', contractNo());
        case 'name': return d.name(p.name);
        case 'gender': return p.gender;
        case 'id': if (maskIdCol) return d.mId(p.id); { const r = d.idn(p.id); return csvLike && chance(0.25) ? pick(["'", '\t']) + r : r; }
        case 'mobile': return maskMobCol ? d.mMob(p.mobile) : d.mob(p.mobile);
        case 'email': return d.mail(p);
        case 'dpd': return String(dpd);
        case 'bucket': return dpd > 180 ? 'M6+' : 'M' + Math.ceil(dpd / 30);
        case 'owed': return d.amt(300, 90000, csvLike ? 'plain' : pick(['plain', 'comma']));
        case 'principal': return d.amt(500, 80000, 'plain');
        case 'assign': return d.X('date', ymd(randDate(2023, 2025), pick(['-', '/'])));
        case 'lastPay': return chance(0.15) ? '' : d.X('date', ymd(randDate(2022, 2025), pick(['-', '/', ''])));
        case 'home': return chance(0.4) ? '' : d.tel(genLandline(p.region[4]));
        case 'c1': return d.name(c1.name);
        case 'rel': return rel;
        case 'c1m': return d.mob(c1.mobile);
        case 'c2': return d.name(c2.name);
        case 'c2m': return d.mob(c2.mobile);
        case 'contact': return `${d.name(c1.name)}(${rel})${pick([' ', '/', ':'])}${d.mob(c1.mobile)}`;
        case 'card': return d.card(p.card);
        case 'bank': return p.bank;
        case 'collector': return d.name(col.p.name);
        case 'emp': return d.X('employee_no', col.emp);
        case 'loan': return d.X(H.loan === '借据号' ? 'loan_no' : 'disbursement_no', H.loan === '借据号' ? loanNo() : disburseNo());
        case 'product': return prod;
        case 'addr': return d.addr(p);
        default: return '';
      }
    });
    rows.push(row);
  }
  let text = renderTable(cols.map((k) => H[k]), rows, fmt);
  if (chance(0.55)) {
    const op = newPerson();
    const pre = pick([
      () => `导出时间：${d.X('datetime', `${ymd(randDate(2024, 2025))} ${pad(ri(8, 20), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`)}  导出人：${d.name(op.name)}（${d.X('employee_no', empNo())}）  共${n}条`,
      () => `委外批次号：${d.X('batch_no', 'WW' + ymd(randDate(2024, 2025), '') + digits(4))}  委托方：${d.X('company', company())}  案件数：${n}`,
      () => `# 催收系统案件导出 ${d.X('timestamp_ms', tsMs())}`,
    ])();
    text = pre + '\n' + text;
  }
  if (chance(0.3)) text += `\n\n注：以上数据仅供${pick(['内部催收作业', '委外机构'])}使用，严禁外传。如有疑问请联系${d.X('service_number', svcNum())}`;
  return d.finish(text);
}

function kContract(d) {
  const p = newPerson({ y1: 1960, y2: 2003 });
  const lender = lenderInfo(d);
  const rep = newPerson();
  const items = [];
  items.push(['§', `甲方（${pick(['贷款人', '出借人'])}）`]);
  items.push(['名称', d.X('company', lender.name)]);
  items.push([pick(['统一社会信用代码', '社会信用代码']), d.uscc(lender.uscc)]);
  items.push(['法定代表人', d.name(rep.name)]);
  items.push(['住所', genAddr(pick(REGIONS)).replace(/[^号]*$/, '')]);
  items.push(['联系电话', chance(0.5) ? d.X('service_number', lender.hotline) : d.tel(genLandline(), true)]);
  if (chance(0.4)) items.push(['通知邮箱', d.D('email', `${pick(['service', 'kefu', 'legal', 'notice'])}@${lender.domain}`)]);
  items.push(['§', `乙方（借款人）`]);
  items.push(['姓名', d.name(p.name)]);
  items.push([pick(['身份证号码', '身份证号', '证件号码']), d.idn(p.id)]);
  items.push([pick(['住址', '户籍地址']), d.addr(p)]);
  items.push([pick(['手机号码', '联系电话', '手机']), d.mob(p.mobile)]);
  if (chance(0.7)) items.push([pick(['电子邮箱', '送达邮箱', '电子送达地址']), d.mail(p)]);
  items.push(['收款账户户名', d.name(p.name)]);
  items.push([pick(['收款账号', '收款银行卡号', '银行卡号']), d.card(p.card)]);
  items.push(['开户行', d.X('bank_branch', branch(p.bank, p.region))]);
  const nG = wpick([[0, 1], [1, 5], [2, 2]]);
  const gs = [];
  for (let i = 0; i < nG; i++) {
    const tag = ['丙方', '丁方'][i];
    if (chance(0.25)) { // company guarantor
      const g = lenderInfo(d, { suffix: pick(['融资担保有限公司', '担保有限公司']) });
      const gr = newPerson();
      items.push(['§', `${tag}（保证人）`]);
      items.push(['名称', d.X('company', g.name)]);
      items.push(['统一社会信用代码', d.uscc(g.uscc)]);
      items.push(['法定代表人', d.name(gr.name)]);
      items.push(['联系电话', d.tel(genLandline(), true)]);
      gs.push(g.name);
    } else {
      const g = newPerson();
      items.push(['§', `${tag}（${pick(['担保人', '保证人', '共同借款人'])}）`]);
      items.push(['姓名', d.name(g.name)]);
      items.push(['身份证号码', d.idn(g.id)]);
      items.push(['联系电话', d.mob(g.mobile)]);
      if (chance(0.4)) items.push(['与借款人关系', pick(RELATIONS)]);
      if (chance(0.3)) items.push(['住址', d.addr(g)]);
      gs.push(g.name);
    }
  }
  const head = `${pick(['个人借款合同', '个人消费借款合同', '借款及担保合同', '循环借款合同'])}\n合同编号：${d.X('contract_no', contractNo())}\n签订地点：${pick(CITY_SHORT)}市\n`;
  const body = `\n第一条 借款金额：人民币${d.amt(3000, 300000, 'yuan')}（大写：${pick(['叁万元整', '伍万元整', '壹拾万元整', '贰万伍仟元整'])}）。\n第二条 借款期限：自${d.X('date', dateDec(2022, 2025))}起至${d.X('date', dateDec(2025, 2028))}止，借据号以${d.X('loan_no', loanNo())}为准。\n第三条 年化利率 ${ri(72, 239) / 10}%。甲方客服电话：${d.X('service_number', lender.hotline)}。\n`;
  const sig = `\n甲方（盖章）：${lender.name}\n乙方（签字）：${d.name(p.name)}   ${chance(0.5) ? '日期：' + d.X('date', dateDec(2022, 2025)) : ''}` + (gs.length ? `\n${pick(['丙方', '保证人'])}（签字/盖章）：${gs.join('、')}` : '');
  return d.finish(head + renderForm(items, wpick([['kv', 5], ['kv2', 3], ['md', 1]])) + body + sig);
}

function kRepayPlan(d) {
  const p = newPerson();
  const lender = lenderInfo(d);
  const periods = ri(3, 24);
  const principal = ri(30, 600) * 100;
  const start = randDate(2023, 2025);
  const out = [];
  out.push(pick(['还款计划表', '贷款还款计划', '分期还款明细', '还款计划书']));
  out.push(`借款人${COLON()}${d.name(p.name)}    ${pick(['借据号', '借款编号'])}${COLON()}${d.X('loan_no', loanNo())}`);
  if (chance(0.5)) out.push(`合同编号${COLON()}${d.X('contract_no', contractNo())}`);
  if (chance(0.4)) out.push(`身份证号${COLON()}${chance(0.5) ? d.idn(p.id) : d.mId(p.id)}`);
  out.push(`放款日期${COLON()}${d.X('date', ymd(start))}    贷款金额${COLON()}${d.X('amount', fmtAmt(principal) + '元')}    期数${COLON()}${periods}`);
  const acctMasked = chance(0.3);
  out.push(`${pick(['还款账户', '自动扣款账户', '还款卡号'])}${COLON()}${acctMasked ? d.mCard(p.card) : d.card(p.card)}（${p.bank}）`);
  if (chance(0.3)) out.push(`预留手机${COLON()}${chance(0.6) ? d.mob(p.mobile) : d.mMob(p.mobile)}`);
  out.push('');
  const fmt = wpick([['md', 2], ['tsv', 2], ['spipe', 1], ['csv', 1]]);
  const rate = ri(60, 200) / 10000;
  let left = principal;
  const rows = [];
  for (let i = 1; i <= periods; i++) {
    const pr = i === periods ? left : Math.round((principal / periods) * 100) / 100;
    const it = Math.round(left * rate * 100) / 100;
    left = Math.round((left - pr) * 100) / 100;
    const dt = new Date(Date.UTC(start.y, start.m - 1 + i, Math.min(start.d, 28)));
    const dd = `${dt.getUTCFullYear()}-${pad(dt.getUTCMonth() + 1, 2)}-${pad(dt.getUTCDate(), 2)}`;
    const A = (v) => d.X('amount', fmtAmt(v, fmt !== 'csv'));
    rows.push([String(i), d.X('date', dd), A(pr), A(it), A(pr + it), left > 0 ? A(left) : '0.00', i === 1 && chance(0.5) ? '已还' : '未还']);
  }
  out.push(renderTable(['期数', '还款日', '应还本金', '应还利息', '应还总额', '剩余本金', '状态'], rows, fmt));
  out.push('');
  out.push(`温馨提示：请于每期还款日前确保${d.X('card_tail', '尾号' + p.card.slice(-4))}的账户余额充足。如有疑问请致电${d.X('service_number', lender.hotline)}。`);
  if (chance(0.3)) out.push(`客户邮箱${COLON()}${d.mail(p)}（电子账单将发送至此邮箱）`);
  return d.finish(out.join('\n'));
}

function kCallNotes(d) {
  const p = newPerson();
  const col = newPerson();
  const colEmp = empNo();
  const ext = String(ri(8000, 8999));
  const spouse = chance(0.5) ? newPerson() : null;
  const c1 = newPerson(), c2 = newPerson();
  const r1 = pick(['母亲', '父亲', '哥哥', '姐姐']), r2 = pick(['朋友', '同事', '表弟']);
  const work = genLandline(p.region[4]);
  const out = [];
  const date = randDate(2024, 2025);
  out.push(`【催收记录】案件号：${d.X('case_no', caseNo())}  借款人：${d.name(p.name)}  逾期${ri(3, 400)}天  欠款${d.amt(500, 80000, 'rmb')}`);
  if (chance(0.5)) out.push(`身份证：${chance(0.6) ? d.idn(p.id) : d.mId(p.id)}  产品：${d.X('product', pick(PRODUCTS))}`);
  out.push(`催收员：${d.name(col.name)}（工号${d.X('employee_no', colEmp)}，分机${d.X('extension', ext)}）`);
  out.push(`日期：${d.X('date', ymd(date))}`);
  out.push('');
  let h = ri(9, 12), m = ri(0, 50);
  const tick = () => { m += ri(2, 40); if (m >= 60) { h += 1; m -= 60; } return `${pad(h, 2)}:${pad(m, 2)}`; };
  const newMob = genMobile();
  const events = shuffle([
    () => `${tick()} 致电 借款人本人 ${d.mob(p.mobile)} ${pick(['无人接听', '关机', '通话中', '接通后挂断'])}`,
    () => `${tick()} ${pick(['致电', '拨打'])} 借款人本人 ${d.mob(p.mobile)} 接通，${pick([() => '承诺明日还款', () => '称工资未发，承诺月底还款', () => '表示无力偿还，要求减免', () => '承诺今晚还款' + d.amt(500, 5000, 'yuan')])()}`,
    () => `${tick()} 致电 紧急联系人1 ${d.name(c1.name)}（${r1}）${d.mob(c1.mobile)}，${pick(['表示会转告借款人', '称已多日联系不上借款人', '拒绝沟通'])}`,
    () => `${tick()} 致电 紧急联系人2 ${d.name(c2.name)}（${r2}）${d.mob(c2.mobile)} ${pick(['空号', '停机', '称不认识借款人', '无人接听'])}`,
    () => `${tick()} 拨打 单位电话 ${d.tel(work, true)} ${pick(['前台称借款人已离职', '转人事部，无人接听', '同事称借款人今日请假'])}`,
    () => `${tick()} 发送短信提醒至 ${d.mMob(p.mobile)}，回执编号 ${d.X('sms_msgid', digits(20))}`,
    () => spouse ? `${tick()} 致电 配偶 ${d.name(spouse.name)} ${d.mob(spouse.mobile)}，${pick(['称会督促还款', '称已离婚', '态度恶劣'])}` : `${tick()} 查询还款记录，无新增还款`,
    () => `${tick()} 借款人来电，留新号码 ${d.mob(newMob)}，${pick(['称原号码已停用', '要求以后联系此号码'])}`,
    () => `${tick()} 录音编号 ${d.X('record_no', ymd(date, '') + digits(ri(8, 10)))} 已上传质检`,
    () => `${tick()} 客户要求协商，已告知官方客服 ${d.X('service_number', svcNum())}`,
  ]).slice(0, ri(4, 10));
  for (const e of events) out.push(e());
  if (chance(0.4)) out.push(`${tick()} 催收专线 ${d.D('cn_mobile', genMobile())} 回拨未接`);
  if (chance(0.4)) out.push(`备注：下次跟进 ${d.X('datetime', ymd(randDate(2024, 2025)) + ' ' + pad(ri(9, 18), 2) + ':00')}，PTP金额 ${d.amt(300, 8000, 'yuan')}`);
  return d.finish(out.join('\n'));
}

function kLawyerLetter(d) {
  const p = newPerson();
  const lender = lenderInfo(d);
  const firmWord = pick(CO_WORDS);
  const firm = `${pick(['江苏', '浙江', '广东', '北京', '上海', '四川'])}${firmWord}律师事务所`;
  const lw = [newPerson(), newPerson()].slice(0, ri(1, 2));
  const title = pick(['先生', '女士', '']);
  const out = [];
  out.push('律 师 函');
  out.push(d.X('letter_no', `（${ri(2023, 2025)}）${pick(['苏', '浙', '粤', '京', '沪', '川'])}${firmWord.slice(0, 1)}律函字第${pad(ri(1, 999), 4)}号`));
  out.push('');
  out.push(`致：${d.name(p.name)}${title}${chance(0.6) ? `（身份证号：${chance(0.8) ? d.idn(p.id) : d.mId(p.id)}）` : ''}`);
  if (chance(0.7)) out.push(`地址：${d.addr(p)}`);
  if (chance(0.4)) out.push(`联系电话：${d.mob(p.mobile)}`);
  out.push('');
  out.push(`${firm}（以下简称"本所"）接受${d.X('company', lender.name)}（统一社会信用代码：${d.uscc(lender.uscc)}，以下简称"委托人"）的委托，指派${lw.map((l) => d.name(l.name)).join('、')}律师，就您拖欠借款一事，郑重致函如下：`);
  out.push(`经查，您于${d.X('date', dateDec(2021, 2024))}与委托人签订《借款合同》（合同编号：${d.X('contract_no', contractNo())}），借款本金人民币${d.amt(3000, 200000, 'yuan')}，委托人已将款项发放至您名下${d.X('card_tail', '尾号' + p.card.slice(-4))}的银行账户${chance(0.5) ? `（卡号：${d.card(p.card)}）` : ''}。截至${d.X('date', dateDec(2024, 2025))}，您尚欠本金${d.amt(1000, 150000, 'yuan')}、利息及罚息${d.amt(100, 20000, 'yuan')}，已逾期${ri(30, 900)}天。`);
  const corp = pick([() => '1' + digits(18), () => '32' + digits(18), () => pick(['755', '571', '025']) + digits(9) + '801', () => '4' + digits(19)])();
  const corpRaw = corp.length >= 16 && corp.length <= 19 ? d.D('bank_card', corp) : d.X('corporate_account', corp);
  out.push(`请您于收到本函之日起七日内将全部欠款汇入委托人指定账户：\n户名：${lender.name}\n账号：${corpRaw}\n开户行：${d.X('bank_branch', branch(pick(['中国工商银行', '招商银行', '中国建设银行']), pick(REGIONS)))}`);
  out.push('逾期未履行的，本所将建议委托人依法提起诉讼，由此产生的诉讼费、律师费等全部费用由您承担。');
  out.push('');
  const L0 = lw[0];
  out.push(`联系人：${d.name(L0.name)} 律师  执业证号：${d.X('lawyer_license_no', lawLicense())}`);
  out.push(`电话：${d.mob(L0.mobile)}${chance(0.6) ? '  座机：' + d.tel(genLandline(), true) : ''}`);
  if (chance(0.7)) { const em = `${L0.py}${chance(0.5) ? ri(1, 99) : ''}@${CO_WORDS_PY[firmWord]}law.com`; out.push(`邮箱：${d.E('email', em, em)}`); }
  if (chance(0.4)) out.push(`本所统一社会信用代码：${d.uscc(genUscc('31'))}`);
  out.push(`\n${firm}\n${d.X('date', dateDec(2024, 2025))}`);
  return d.finish(out.join('\n'));
}

function kTransferList(d) {
  const publicNotice = chance(0.45);
  const seller = lenderInfo(d), buyer = lenderInfo(d, { suffix: pick(['资产管理有限公司', '资产管理股份有限公司']) });
  const n = wpick([[() => ri(1, 8), 3], [() => ri(9, 30), 4], [() => ri(31, 80), 2]])();
  const old = chance(0.3);
  const out = [];
  out.push(publicNotice ? '债权转让通知暨债务催收联合公告' : pick(['债权转让清单（附件一）', '资产包明细', '拟转让债权明细表']));
  out.push(`转让方：${d.X('company', seller.name)}${chance(0.6) ? `（统一社会信用代码 ${d.uscc(seller.uscc)}）` : ''}`);
  out.push(`受让方：${d.X('company', buyer.name)}${chance(0.5) ? `（统一社会信用代码 ${d.uscc(buyer.uscc)}）` : ''}`);
  out.push(`基准日：${d.X('date', dateDec(2023, 2025))}    资产包编号：${d.X('package_no', `ZCB-${ri(2023, 2025)}-${digits(4)}`)}`);
  if (publicNotice) out.push(`根据转让方与受让方签订的《债权转让协议》，转让方将其对下列借款人及担保人享有的债权依法转让给受让方，特此公告。`);
  out.push('');
  const withG = chance(0.5);
  const hdr = ['序号', pick(['借款人', '债务人', '借款人名称']), pick(['身份证号', '证件号码']), pick(['借款合同编号', '合同号']), '放款日期', pick(['本金余额', '剩余本金(元)']), '利息余额'];
  if (withG) hdr.push(pick(['担保人', '保证人']), '担保人证件号');
  const fmt = wpick([['md', 3], ['tsv', 2], ['csv', 1], ['spipe', 1]]);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const legacy = old && chance(0.35);
    const p = newPerson({ y1: 1955, y2: 1995 });
    let idCell;
    if (publicNotice) idCell = d.mId(p.id);
    else if (legacy) { const lg = makeLegacyId(p.region); idCell = d.E('cn_resident_id', lg.id18, lg.raw15); }
    else idCell = d.idn(p.id);
    const nameCell = publicNotice && chance(0.3) ? d.mName(p.name) : d.name(p.name);
    const row = [String(i + 1), nameCell, idCell, d.X('contract_no', contractNo()), d.X('date', dateDec(old ? 2008 : 2018, old ? 2013 : 2023)), d.amt(1000, 300000, fmt === 'csv' ? 'plain' : 'comma'), d.amt(100, 50000, fmt === 'csv' ? 'plain' : 'comma')];
    if (withG) {
      if (chance(0.5)) { const g = newPerson({ y1: 1955, y2: 1995 }); row.push(d.name(g.name), publicNotice ? d.mId(g.id) : d.idn(g.id)); } else row.push('—', '—');
    }
    rows.push(row);
  }
  out.push(renderTable(hdr, rows, fmt));
  out.push('');
  const lc = newPerson();
  out.push(`受让方联系人：${d.name(lc.name)}  联系电话：${chance(0.5) ? d.tel(genLandline(), true) : d.X('service_number', svcNum())}`);
  if (chance(0.4)) out.push(`联系邮箱：${d.D('email', `${pick(['zichan', 'ams', 'contact'])}@${buyer.domain}`)}`);
  return d.finish(out.join('\n'));
}

function kSmsLog(d) {
  const brand = `${pick(CO_WORDS)}${pick(['消费金融', '金融', '贷', '借'])}`;
  const n = wpick([[() => ri(1, 10), 4], [() => ri(11, 40), 4], [() => ri(41, 80), 1]])();
  const hot = svcNum();
  const fmt = wpick([['tsv', 3], ['csv', 2], ['pipe', 2], ['md', 1]]);
  const maskCol = chance(0.15);
  const hdr = [pick(['发送时间', '提交时间']), pick(['手机号码', '接收号码', '号码']), pick(['客户姓名', '姓名']), '短信内容', '状态', pick(['回执编号', 'msgid', '消息ID'])];
  const rows = [];
  d.X('brand', `【${brand}】`);
  for (let i = 0; i < n; i++) {
    const p = newPerson();
    const toContact = chance(0.2);
    const c = toContact ? newPerson() : p;
    const t = randDate(2024, 2025);
    const ts = `${ymd(t)} ${pad(ri(8, 20), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`;
    let content;
    const amtS = fmtAmt(ri(10000, 9000000) / 100), amt = () => d.X('amount', amtS);
    const tail = () => d.X('card_tail', `尾号${p.card.slice(-4)}`);
    if (toContact) content = `【${brand}】尊敬的${d.name(c.name)}，您的亲友${d.name(p.name)}在我司借款已逾期，请提醒其尽快还款。客服${hot}`;
    else content = pick([
      () => `【${brand}】尊敬的${d.name(p.name)}${pick(['', '先生', '女士'])}，您${tail()}的银行卡本期应还${amt()}元，已逾期${ri(1, 90)}天，请于今日24点前还款，详询${hot}。退订回T`,
      () => `【${brand}】${d.name(p.name)}您好，您的借款（借据号${d.X('loan_no', loanNo())}）已逾期，欠款${amt()}元，请尽快处理。`,
      () => `【${brand}】亲爱的客户，您本期账单${amt()}元将于${ymd(randDate(2024, 2025))}到期，请保持${tail()}账户余额充足。`,
    ])();
    if (content.includes(hot)) d.X('service_number', hot);
    rows.push([d.X('datetime', ts), maskCol ? d.mMob(c.mobile) : d.mob(c.mobile, chance(0.85) ? 'plain' : undefined), toContact || content.includes(p.name) ? d.name(c.name) : d.name(p.name), content, pick(['成功', '成功', '成功', '失败', '未知']), d.X('sms_msgid', pick([() => digits(20), () => tsMs() + digits(6), () => 'M' + digits(17)])())]);
  }
  const text = renderTable(hdr, rows, fmt);
  return d.finish(`短信发送记录  通道：${pick(['移动通道', '三网合一通道', '营销通道'])}  签名：${brand}\n` + text);
}

function kOcrContract(d) {
  const p = newPerson();
  const g = chance(0.5) ? newPerson() : null;
  const lender = lenderInfo(d);
  const sp = (s) => s.split('').join(pick([' ', ' ', '  ']));
  const brk = (s) => { const k = ri(3, s.length - 3); return s.slice(0, k) + pick([' ', '  ']) + s.slice(k); };
  const out = [];
  out.push(`${pick(['', '—'])} 第 ${ri(1, 3)} 页 共 ${ri(4, 15)} 页 ${pick(['', '丨'])}`);
  out.push(sp('借款合同'));
  out.push(`合 同 编 号 ：${d.X('contract_no', contractNo())}`);
  out.push(`甲 方 （ 出 借 人 ）：${d.X('company', lender.name)}`);
  if (chance(0.5)) out.push(`统 一 社 会 信 用 代 码 ：${d.uscc(lender.uscc)}`);
  const nm = chance(0.6) ? d.name(p.name, true) : d.name(p.name);
  out.push(`乙 方 （ 借 款 人 ）：${nm}`);
  // ID: plain, 1 break, or full-width
  const idMode = wpick([['plain', 3], ['break', 3], ['fw', 2], ['line', 1]]);
  let idTxt;
  if (idMode === 'plain') idTxt = d.idn(p.id, 'plain');
  else if (idMode === 'break') { const r = brk(p.id); idTxt = d.E('cn_resident_id', p.id, r); }
  else if (idMode === 'fw') idTxt = d.E('cn_resident_id', p.id, fw(p.id));
  else { const k = ri(8, 12); idTxt = d.D('cn_resident_id', p.id, p.id.slice(0, k) + '\n' + p.id.slice(k)); }
  out.push(`身 份 证 号 码 ：${idTxt}`);
  const mobMode = wpick([['plain', 3], ['break', 2], ['fw', 1]]);
  const mobTxt = mobMode === 'plain' ? d.mob(p.mobile) : mobMode === 'fw' ? d.E('cn_mobile', p.mobile, fw(p.mobile)) : d.E('cn_mobile', p.mobile, `${p.mobile.slice(0, 3)} ${p.mobile.slice(3, 7)} ${p.mobile.slice(7)}`);
  out.push(`联 系 电 话 ：${mobTxt}`);
  out.push(`住 所 ：${d.addr(p).replace('区', '区 ')}`);
  if (chance(0.6)) out.push(`收 款 账 号 ：${d.card(p.card)}`);
  if (chance(0.4)) out.push(`电 子 邮 箱 ：${d.mail(p, 'plain')}`);
  if (g) {
    out.push(`丙 方 （ 保 证 人 ）：${d.name(g.name, chance(0.5))}`);
    out.push(`身份证号 ${chance(0.7) ? d.idn(g.id, 'plain') : d.E('cn_resident_id', g.id, brk(g.id))}  电话 ${d.mob(g.mobile, 'plain')}`);
  }
  out.push(`第 一 条  借 款 金 额 人 民 币 ${d.amt(3000, 200000, 'plain')} 元 ， 借 款 期 限 ${pick([6, 12, 24, 36])} 个 月 。`);
  out.push(`第 二 条  甲 方 将 借 款 划 入 乙 方 上 述 账 户 ， 放 款 流 水 号 ${d.X('transaction_no', txnNo())} 。`);
  out.push(`${pick(['丨', '|', '·'])} 乙方签字 ：${chance(0.5) ? d.name(p.name) : ''}  ${pick(['（手印）', '[印章]', ''])}  日期 ：${d.X('date', dateDec(2022, 2025))}`);
  return d.finish(out.join('\n'));
}

function kApiJson(d) {
  const snake = chance(0.4);
  const k = (camel) => (snake ? camel.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase()) : camel);
  const one = () => {
    const p = newPerson();
    const o = {};
    o[k('orderNo')] = d.X('order_no', pick([() => 'LO' + txnNo(18), () => txnNo(19), () => disburseNo()])());
    o[k('loanNo')] = d.X('loan_no', loanNo());
    o.status = pick(['OVERDUE', 'REPAYING', 'SETTLED', 'APPROVED']);
    o.amount = Number(d.X('amount_cents', String(ri(200, 2000) * 10000)));
    o[k('applyTime')] = Number(d.X('timestamp_ms', tsMs()));
    const ap = {};
    ap[k('realName')] = d.name(p.name);
    ap[k('idCardNo')] = chance(0.15) ? d.mId(p.id) : d.idn(p.id, chance(0.8) ? 'plain' : undefined);
    ap.mobile = chance(0.15) ? d.mMob(p.mobile) : d.mob(p.mobile, chance(0.8) ? 'plain' : undefined);
    if (chance(0.75)) ap.email = d.mail(p, 'plain');
    ap.gender = p.gender === '男' ? 1 : 2;
    if (chance(0.5)) ap.address = d.addr(p);
    o.applicant = ap;
    if (chance(0.8)) {
      const bc = {};
      bc[k('cardNo')] = chance(0.2) ? d.mCard(p.card) : d.card(p.card, 'plain');
      bc[k('bankName')] = p.bank;
      if (chance(0.5)) bc[k('reservedMobile')] = d.mob(chance(0.7) ? p.mobile : genMobile(), 'plain');
      o[k('bankCard')] = bc;
    }
    if (chance(0.75)) {
      o.contacts = Array.from({ length: ri(1, 3) }, () => { const c = newPerson(); return { name: d.name(c.name), relation: pick(RELATIONS), phone: d.mob(c.mobile, chance(0.85) ? 'plain' : undefined) }; });
    }
    if (chance(0.5)) o.device = { imei: d.X('imei', imei()), [k('deviceId')]: d.X('device_id', Array.from({ length: 32 }, () => '0123456789abcdef'[ri(0, 15)]).join('')) };
    if (chance(0.3)) o[k('alipayUserId')] = d.X('alipay_user_id', '2088' + digits(12));
    return o;
  };
  let root;
  if (chance(0.6)) root = { code: 0, msg: 'success', [k('requestId')]: d.X('request_id', txnNo(20)), timestamp: Number(d.X('timestamp_ms', tsMs())), data: one() };
  else { const n = ri(2, 12); root = { code: 200, message: 'ok', data: { total: n, [k('pageSize')]: 20, list: Array.from({ length: n }, one) } }; }
  const pretty = chance(0.6);
  const text = JSON.stringify(root, null, pretty ? pick([2, 4]) : 0);
  const pre = chance(0.4) ? `${pick(['POST', 'GET'])} /api/v${ri(1, 3)}/loan/${pick(['detail', 'list', 'query', 'collection/cases'])} 200 ${ri(20, 900)}ms\nresponse: ` : '';
  return d.finish(pre + text);
}

function kDeductResult(d) {
  const n = wpick([[() => ri(1, 10), 4], [() => ri(11, 50), 4], [() => ri(51, 80), 1]])();
  const mer = d.X('merchant_no', '8' + digits(14));
  const batch = d.X('batch_no', ymd(randDate(2024, 2025), '') + digits(6));
  const sep = pick(['|', ',', '\t']);
  const lines = [];
  let total = 0;
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = newPerson();
    const a = ri(5000, 800000) / 100; total += a;
    const [code, msg] = pick([['0000', '交易成功'], ['0000', '交易成功'], ['3001', '余额不足'], ['3002', '卡状态异常'], ['3008', '户名与卡号不符'], ['3015', '超过单笔限额'], ['3018', '持卡人身份信息不符']]);
    const r = ['D', String(i + 1), d.X('transaction_no', txnNo()), d.name(p.name), chance(0.85) ? d.idn(p.id, 'plain') : d.mId(p.id), d.card(p.card, 'plain'), fmtAmt(a, false), code, msg];
    if (chance(0.3)) r.push(d.mob(p.mobile, 'plain'));
    rows.push(r.join(sep));
  }
  lines.push(['H', mer, batch, String(n), fmtAmt(total, false)].join(sep));
  lines.push(...rows);
  lines.push(['T', String(n), d.X('datetime', `${ymd(randDate(2024, 2025), '')}${pad(ri(0, 23), 2)}${pad(ri(0, 59), 2)}${pad(ri(0, 59), 2)}`)].join(sep));
  const title = `${pick(['代扣回盘文件', '批量代扣结果', 'DK_RESULT'])}_${batch}.txt`;
  return d.finish(`${title}\n# 格式：标识${sep}序号${sep}交易流水号${sep}户名${sep}证件号${sep}卡号${sep}金额${sep}响应码${sep}响应描述[${sep}手机号]\n` + lines.join('\n'));
}

function kVisitReport(d) {
  const p = newPerson();
  const a1 = newPerson(), a2 = newPerson();
  const mom = newPerson({ region: p.region });
  const neighbor = newPerson();
  const newMob = genMobile();
  const out = [];
  out.push(pick(['外访报告', '上门催收外访记录', '外访调查报告']));
  out.push(`案件编号：${d.X('case_no', caseNo())}    外访日期：${d.X('date', dateDec(2024, 2025))}`);
  out.push(`外访人员：${d.name(a1.name)}（${d.X('employee_no', empNo())}）、${d.name(a2.name)}`);
  out.push(`外访对象：借款人${d.name(p.name)}，身份证号${chance(0.7) ? d.idn(p.id) : d.mId(p.id)}`);
  out.push(`外访地址：${d.addr(p)}`);
  out.push('');
  const s = [];
  s.push(`到达后敲门无人应答，向邻居${d.name(neighbor.name)}了解，借款人约半年前搬离。`);
  s.push(`随后见到借款人${pick(['母亲', '父亲', '姐姐'])}${d.name(mom.name)}（电话${d.mob(mom.mobile)}），称${p.name}在${pick(CITY_SHORT)}务工，并提供其新号码${d.mob(newMob)}。`);
  if (chance(0.5)) s.push(`现场拨打借款人原号码${d.mob(p.mobile)}，提示${pick(['关机', '空号', '无法接通'])}。`);
  if (chance(0.4)) s.push(`借款人名下${d.X('card_tail', '尾号' + p.card.slice(-4))}的银行卡${pick(['已冻结', '余额为零'])}，催收系统显示欠款${d.amt(1000, 90000, 'yuan')}。`);
  if (chance(0.3)) s.push(`借款人${pick(['妻子', '丈夫'])}在现场，拒绝提供联系方式，仅留邮箱${d.mail(newPerson(), 'plain')}。`);
  out.push('现场情况：' + s.join(''));
  out.push(`现场照片：${d.X('filename', `IMG_${ymd(randDate(2024, 2025), '')}_${pad(ri(8, 19), 2)}${pad(ri(0, 59), 2)}${pad(ri(0, 59), 2)}.jpg`)} 等${ri(2, 9)}张`);
  out.push(`结论：${pick(['建议转法务诉讼', '建议继续电催', '建议申请减免方案'])}。报告人：${d.name(a1.name)}`);
  return d.finish(out.join('\n'));
}

// ───────────────────────── generation ─────────────────────────
const KINDS = [
  ['application', kApplication, 40], ['case_list', kCaseList, 48], ['contract', kContract, 26], ['repay_plan', kRepayPlan, 20],
  ['call_notes', kCallNotes, 30], ['lawyer_letter', kLawyerLetter, 18], ['transfer_list', kTransferList, 20], ['sms_log', kSmsLog, 24],
  ['ocr_contract', kOcrContract, 22], ['api_json', kApiJson, 30], ['deduct_result', kDeductResult, 14], ['visit_report', kVisitReport, 12],
];
const docs = [];
const plan = [];
for (const [kind, fn, count] of KINDS) for (let i = 0; i < count; i++) plan.push([kind, fn]);
const order = shuffle(plan);
const perKind = {};
let retries = 0;
for (const [kind, fn] of order) {
  let o = null;
  for (let t = 0; t < 60 && !o; t++) {
    const cand = fn(new Doc(kind));
    const ev = validateDoc(cand); if (ev.length === 0) o = cand; else { retries++; if (process.env.DEBUG) console.error(kind, ev[0]); }
  }
  if (!o) { console.error(`could not generate a valid ${kind} doc`); process.exit(1); }
  perKind[kind] = (perKind[kind] || 0) + 1;
  o.id = `ln-${kind}-${perKind[kind]}`;
  docs.push(o);
}
writeFileSync(OUT, docs.map(({ _raws, ...o }) => JSON.stringify(o)).join('\n') + '\n');

// ───────────────────────── self-check & summary ─────────────────────────
let fail = 0;
const ids = new Set();
for (const o of docs) {
  const errs = validateDoc(o);
  if (ids.has(o.id)) errs.push('duplicate id');
  ids.add(o.id);
  const keys = new Set();
  for (const l of [...o.entities, ...o.dontCare]) { const kk = l.detector + ' ' + l.value; if (keys.has(kk)) errs.push('duplicate label ' + kk); keys.add(kk); }
  for (const e of errs) { if (fail < 30) console.error(`${o.id}: ${e}`); fail++; }
}
const ent = {}, dc = {}, dec = {};
let nEnt = 0, nDec = 0, nDc = 0;
for (const o of docs) {
  for (const l of o.entities) { ent[l.detector] = (ent[l.detector] || 0) + 1; nEnt++; }
  for (const l of o.dontCare) { dc[l.detector] = (dc[l.detector] || 0) + 1; nDc++; }
  for (const x of o.decoys) { dec[x.kind] = (dec[x.kind] || 0) + 1; nDec++; }
}
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((ent[det] || 0) < 300) { console.error(`too few ${det} entities: ${ent[det] || 0}`); fail++; }
if (docs.length < 250) { console.error('too few documents'); fail++; }
if (nDec < nEnt) { console.error(`decoys (${nDec}) < entities (${nEnt})`); fail++; }
const fmtObj = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(20)} ${v}`).join('\n');
console.log(`wrote ${docs.length} documents to ${OUT} (generation retries: ${retries})`);
console.log(`documents per kind:\n${fmtObj(perKind)}`);
console.log(`entity labels per detector (total ${nEnt}):\n${fmtObj(ent)}`);
console.log(`dontCare labels per detector (total ${nDc}):\n${fmtObj(dc)}`);
console.log(`decoys per kind (total ${nDec}):\n${fmtObj(dec)}`);
if (fail) { console.error(`SELF-CHECK FAILED: ${fail} problem(s)`); process.exit(1); }
console.log('self-check passed');
