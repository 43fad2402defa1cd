#!/usr/bin/env node
/*
 * otc.mjs — independent labelled corpus: bank / payment-company fraud & risk desk.
 *
 * Theme: what a bank's or payment company's fraud/risk team sees, and what an
 * insider might leak: 涉案账户 / 冻结名单 exports, chat logs of card traders
 * (收卡, 四件套, U盾, 车队, 跑分 …), OTC merchant (承兑商) records and order
 * exports, 可疑交易报告 (text form and XML), police 止付 / 冻结 / 协查 requests,
 * 受害人 询问笔录, bank batch query results (fixed-width and CSV), risk-API
 * JSON, complaint e-mails, SMS-gateway logs, device/login risk logs, insider
 * data-sale posts, case minutes, KYC review forms, call-back tables, OCR of
 * ID / bank-card photos, SMS extractions from a seized phone.
 * Decoys of the domain: 流水号, 协查编号, 案件编号, 止付编号, wallet addresses,
 * TXIDs, IMEI / ICCID, device ids, IPs, ms epochs, order numbers, corporate
 * account numbers, masked values, numbers with a bad check digit, unallocated
 * mobile prefixes, bank / branch names, companies, nicknames and slang in
 * name positions, placeholders, job titles, places.
 *
 * Usage:   node otc.mjs OUT.jsonl
 * Output:  one JSON object per line:
 *   {"id":"ot-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported
 * Normalisation of values: cn_resident_id 18 chars, upper-case X (a legacy
 *   15-digit number is upgraded to 18); cn_mobile 11 digits (no +86, no
 *   separators); cn_landline digits incl. leading 0 and area code, no
 *   separators / extension; email lower-case; bank_card digits only;
 *   cn_passport upper-case; cn_uscc 18 chars upper-case; person_name_zh as
 *   written without spaces / titles. Decoys carry their exact text.
 * Deterministic: own mulberry32 PRNG, fixed seed; no clock, no I/O except OUT.
 * Ends with a self-check (values occur, no entity is a decoy, check digits,
 * no unlabelled valid value in any text) and prints a summary; exit 1 on failure.
 *
 * Written in session 30 by a helper that never read src/, rules/ or test/,
 * from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

// ───────────────────────── PRNG ─────────────────────────
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const R = mulberry32(0x0C7A3E51);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
const dig = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const pad = (n, w) => String(n).padStart(w, '0');
const shuffle = (a) => { for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const skew = (a, k = 1.7) => a[Math.floor(Math.pow(R(), k) * a.length)];
const HEX = '0123456789abcdef';
const hex = (n) => { let s = ''; for (let i = 0; i < n; i++) s += HEX[ri(0, 15)]; return s; };
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

// ───────────────────────── check algorithms ─────────────────────────
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += +b17[i] * IDW[i]; return '10X98765432'[s % 11]; }
function luhnOk(s) { let sum = 0, alt = false; for (let i = s.length - 1; i >= 0; i--) { let n = +s[i]; if (alt) { n *= 2; if (n > 9) n -= 9; } sum += n; alt = !alt; } return sum % 10 === 0; }
function luhnComplete(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c; }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(s17) { let t = 0; for (let i = 0; i < 17; i++) t += UA.indexOf(s17[i]) * UW[i]; return UA[(31 - (t % 31)) % 31]; }
function orgCheck(s8) {
  const W = [3, 7, 9, 10, 5, 8, 4, 2]; let t = 0;
  for (let i = 0; i < 8; i++) { const c = s8[i]; t += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * W[i]; }
  const c = 11 - (t % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
function usccValid(s) {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s)) return false;
  return usccCheck(s.slice(0, 17)) === s[17];
}
const dim = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function dateOk(y, m, d) { return m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m); }
const PROV = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83', '91']);
function idPlausible(s) { // any province, real date 1900..2025, check ok
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (!PROV.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2025 || !dateOk(y, m, d)) return false;
  return idCheck(s.slice(0, 17)) === s[17];
}
function legacyPlausible(s) {
  if (!/^\d{15}$/.test(s) || !PROV.has(s.slice(0, 2))) return false;
  const y = 1900 + +s.slice(6, 8), m = +s.slice(8, 10), d = +s.slice(10, 12);
  return dateOk(y, m, d);
}
const upgrade15 = (s) => { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); };
const MOB3 = new Set('130 131 132 133 134 135 136 137 138 139 145 147 150 151 152 153 155 156 157 158 159 162 165 166 167 170 171 172 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 190 191 192 193 195 196 197 198 199'.split(' '));
function mobileOk(m) {
  if (!/^1[3-9]\d{9}$/.test(m)) return false;
  if (MOB3.has(m.slice(0, 3))) return true;
  if (m.startsWith('1610')) return true;
  if (/^1740[0-5]/.test(m)) return true;
  return false;
}

// ───────────────────────── reference data ─────────────────────────
const REGIONS = [
  ['110101', '北京市东城区'], ['110105', '北京市朝阳区'], ['110108', '北京市海淀区'], ['110106', '北京市丰台区'],
  ['120103', '天津市河西区'], ['130104', '河北省石家庄市桥西区'], ['140105', '山西省太原市小店区'],
  ['150102', '内蒙古自治区呼和浩特市新城区'], ['210102', '辽宁省沈阳市和平区'], ['220102', '吉林省长春市南关区'],
  ['230103', '黑龙江省哈尔滨市南岗区'], ['310104', '上海市徐汇区'], ['310115', '上海市浦东新区'],
  ['320106', '江苏省南京市鼓楼区'], ['320583', '江苏省昆山市'], ['330106', '浙江省杭州市西湖区'],
  ['330302', '浙江省温州市鹿城区'], ['340104', '安徽省合肥市蜀山区'], ['350181', '福建省福清市'],
  ['350583', '福建省南安市'], ['350203', '福建省厦门市思明区'], ['360102', '江西省南昌市东湖区'],
  ['360121', '江西省南昌县'], ['370102', '山东省济南市历下区'], ['370203', '山东省青岛市市北区'],
  ['410102', '河南省郑州市中原区'], ['411602', '河南省周口市川汇区'], ['411627', '河南省太康县'],
  ['420106', '湖北省武汉市武昌区'], ['430104', '湖南省长沙市岳麓区'], ['430524', '湖南省隆回县'],
  ['431382', '湖南省涟源市'], ['440106', '广东省广州市天河区'], ['440304', '广东省深圳市福田区'],
  ['440305', '广东省深圳市南山区'], ['441581', '广东省陆丰市'], ['445281', '广东省普宁市'],
  ['450102', '广西壮族自治区南宁市兴宁区'], ['450481', '广西壮族自治区岑溪市'], ['460106', '海南省海口市龙华区'],
  ['500103', '重庆市渝中区'], ['500106', '重庆市沙坪坝区'], ['510107', '四川省成都市武侯区'],
  ['511102', '四川省乐山市市中区'], ['520102', '贵州省贵阳市南明区'], ['530102', '云南省昆明市五华区'],
  ['610113', '陕西省西安市雁塔区'], ['620102', '甘肃省兰州市城关区'], ['640104', '宁夏回族自治区银川市兴庆区'],
];
const XJ_REGIONS = [['650102', '新疆维吾尔自治区乌鲁木齐市天山区'], ['652901', '新疆维吾尔自治区阿克苏市']];
const REGION_CODES = new Set([...REGIONS, ...XJ_REGIONS].map((r) => r[0]));
function idValid(s) { return idPlausible(s) && REGION_CODES.has(s.slice(0, 6)); }

const SURNAMES = [['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'], ['赵', 'zhao'], ['吴', 'wu'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'], ['胡', 'hu'], ['郭', 'guo'], ['何', 'he'], ['高', 'gao'], ['林', 'lin'], ['罗', 'luo'], ['郑', 'zheng'], ['梁', 'liang'], ['谢', 'xie'], ['宋', 'song'], ['唐', 'tang'], ['许', 'xu'], ['韩', 'han'], ['冯', 'feng'], ['邓', 'deng'], ['曹', 'cao'], ['彭', 'peng'], ['曾', 'zeng'], ['肖', 'xiao'], ['田', 'tian'], ['董', 'dong'], ['袁', 'yuan'], ['潘', 'pan'], ['于', 'yu'], ['蒋', 'jiang'], ['蔡', 'cai'], ['余', 'yu'], ['杜', 'du'], ['叶', 'ye'], ['程', 'cheng'], ['苏', 'su'], ['魏', 'wei'], ['吕', 'lv'], ['丁', 'ding'], ['任', 'ren'], ['沈', 'shen'], ['姚', 'yao'], ['卢', 'lu'], ['姜', 'jiang'], ['崔', 'cui'], ['钟', 'zhong'], ['谭', 'tan'], ['陆', 'lu'], ['汪', 'wang'], ['范', 'fan'], ['金', 'jin'], ['石', 'shi'], ['廖', 'liao'], ['贾', 'jia'], ['夏', 'xia'], ['韦', 'wei'], ['付', 'fu'], ['方', 'fang'], ['白', 'bai'], ['邹', 'zou'], ['孟', 'meng'], ['熊', 'xiong'], ['秦', 'qin'], ['邱', 'qiu'], ['江', 'jiang'], ['尹', 'yin'], ['薛', 'xue'], ['闫', 'yan'], ['段', 'duan'], ['雷', 'lei'], ['侯', 'hou'], ['龙', 'long'], ['史', 'shi'], ['黎', 'li'], ['贺', 'he'], ['顾', 'gu'], ['毛', 'mao'], ['郝', 'hao'], ['龚', 'gong'], ['邵', 'shao'], ['万', 'wan'], ['钱', 'qian'], ['覃', 'qin'], ['武', 'wu'], ['戴', 'dai'], ['莫', 'mo'], ['孔', 'kong'], ['向', 'xiang'], ['汤', 'tang'], ['常', 'chang'], ['温', 'wen'], ['庄', 'zhuang'], ['柯', 'ke'], ['翁', 'weng']];
const COMPOUND = [['欧阳', 'ouyang'], ['上官', 'shangguan'], ['司马', 'sima'], ['诸葛', 'zhuge'], ['司徒', 'situ'], ['皇甫', 'huangfu'], ['令狐', 'linghu'], ['慕容', 'murong'], ['申屠', 'shentu'], ['夏侯', 'xiahou']];
const GIVEN = [['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['秀', 'xiu'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['强', 'qiang'], ['磊', 'lei'], ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['艳', 'yan'], ['杰', 'jie'], ['娟', 'juan'], ['涛', 'tao'], ['明', 'ming'], ['超', 'chao'], ['霞', 'xia'], ['平', 'ping'], ['刚', 'gang'], ['桂', 'gui'], ['英', 'ying'], ['华', 'hua'], ['建', 'jian'], ['国', 'guo'], ['志', 'zhi'], ['红', 'hong'], ['海', 'hai'], ['玉', 'yu'], ['兰', 'lan'], ['文', 'wen'], ['辉', 'hui'], ['鹏', 'peng'], ['飞', 'fei'], ['斌', 'bin'], ['宇', 'yu'], ['浩', 'hao'], ['凯', 'kai'], ['俊', 'jun'], ['帅', 'shuai'], ['婷', 'ting'], ['雪', 'xue'], ['琳', 'lin'], ['晨', 'chen'], ['欣', 'xin'], ['怡', 'yi'], ['佳', 'jia'], ['子', 'zi'], ['梓', 'zi'], ['涵', 'han'], ['轩', 'xuan'], ['博', 'bo'], ['昊', 'hao'], ['晓', 'xiao'], ['春', 'chun'], ['秋', 'qiu'], ['德', 'de'], ['福', 'fu'], ['荣', 'rong'], ['生', 'sheng'], ['宝', 'bao'], ['玲', 'ling'], ['燕', 'yan'], ['萍', 'ping'], ['琴', 'qin'], ['云', 'yun'], ['波', 'bo'], ['亮', 'liang'], ['永', 'yong'], ['新', 'xin'], ['峰', 'feng'], ['成', 'cheng'], ['东', 'dong'], ['立', 'li'], ['晶', 'jing'], ['倩', 'qian'], ['慧', 'hui'], ['颖', 'ying'], ['璐', 'lu'], ['瑶', 'yao'], ['思', 'si'], ['雨', 'yu'], ['萱', 'xuan'], ['泽', 'ze'], ['睿', 'rui'], ['嘉', 'jia'], ['诗', 'shi'], ['梦', 'meng'], ['婉', 'wan'], ['锦', 'jin'], ['翠', 'cui'], ['淑', 'shu'], ['凤', 'feng'], ['莲', 'lian'], ['喜', 'xi'], ['根', 'gen'], ['旺', 'wang'], ['顺', 'shun'], ['家', 'jia'], ['振', 'zhen'], ['庆', 'qing'], ['金', 'jin'], ['水', 'shui'], ['铭', 'ming'], ['楠', 'nan'], ['昕', 'xin'], ['奕', 'yi']];
const MINORITY = [['买买提·艾力', 'maimaiti'], ['阿依古丽·买买提', 'ayiguli'], ['古丽娜尔·吐尔逊', 'gulinaer'], ['热依拉·阿不都', 'reyila'], ['艾力·司马义', 'aili'], ['迪丽努尔·阿吉', 'dilinuer'], ['努尔艾力·托合提', 'nuraili'], ['帕提古丽·艾买提', 'patiguli']];
const NAME_BLACK = new Set(['高明', '文明', '高峰', '金华', '常德', '石林', '江山', '方圆', '白云', '金星', '万福', '万家', '金海', '文静', '平安', '永平', '江华', '黄山', '周口', '林芝', '白银', '安平', '常青', '金水', '温和', '白水', '余生', '武德', '金宝', '黄金', '白金', '王国', '龙华', '高新', '万顺', '龙凤', '马云', '石英', '白玉', '孔子', '叶子', '金秋', '高洋', '方便']);

function genName() {
  const r = R();
  if (r < 0.025) { const m = pick(MINORITY); return { name: m[0], py: [m[1], ''], minority: true }; }
  let sur;
  if (r < 0.06) sur = pick(COMPOUND); else sur = skew(SURNAMES);
  for (;;) {
    const two = chance(0.66);
    const g1 = pick(GIVEN), g2 = pick(GIVEN);
    const name = sur[0] + g1[0] + (two ? g2[0] : '');
    if (NAME_BLACK.has(name) || (two && g1[0] === g2[0] && chance(0.7)) || (!two && '子家国水生'.includes(g1[0]))) continue;
    return { name, py: [sur[1], g1[1] + (two ? g2[1] : '')], ini: sur[1][0] + g1[1][0] + (two ? g2[1][0] : '') };
  }
}

const BANKS = [
  { s: '工商银行', f: '中国工商银行', bins: ['622202', '621226', '621225', '622208'], len: 19, tel: '95588' },
  { s: '建设银行', f: '中国建设银行', bins: ['621700', '622700', '623668', '621284'], len: 19, tel: '95533' },
  { s: '农业银行', f: '中国农业银行', bins: ['622848', '623052', '622845'], len: 19, tel: '95599' },
  { s: '中国银行', f: '中国银行', bins: ['621661', '621785', '621790'], len: 19, tel: '95566' },
  { s: '交通银行', f: '交通银行', bins: ['622262', '622260'], len: 19, tel: '95559' },
  { s: '招商银行', f: '招商银行', bins: ['621483', '622588', '621486'], len: 16, tel: '95555' },
  { s: '邮储银行', f: '中国邮政储蓄银行', bins: ['622188', '621098', '621095'], len: 19, tel: '95580' },
  { s: '兴业银行', f: '兴业银行', bins: ['622909', '622908'], len: 18, tel: '95561' },
  { s: '浦发银行', f: '上海浦东发展银行', bins: ['621792', '622521'], len: 16, tel: '95528' },
  { s: '中信银行', f: '中信银行', bins: ['622690', '621771'], len: 16, tel: '95558' },
  { s: '光大银行', f: '中国光大银行', bins: ['622660', '621489'], len: 16, tel: '95595' },
  { s: '民生银行', f: '中国民生银行', bins: ['622622', '621691'], len: 16, tel: '95568' },
  { s: '平安银行', f: '平安银行', bins: ['622155', '621626'], len: 16, tel: '95511' },
  { s: '农商银行', f: '农村商业银行', bins: ['623059', '621058'], len: 19, tel: '96288' },
];
const BANK_ABBR = { '工商银行': ['工行', 'ICBC'], '建设银行': ['建行', 'CCB'], '农业银行': ['农行', 'ABC'], '中国银行': ['中行', 'BOC'], '交通银行': ['交行', 'BOCOM'], '招商银行': ['招行', 'CMB'], '邮储银行': ['邮储', 'PSBC'], '兴业银行': ['兴业', 'CIB'], '浦发银行': ['浦发', 'SPDB'], '中信银行': ['中信', 'CITIC'], '光大银行': ['光大', 'CEB'], '民生银行': ['民生', 'CMBC'], '平安银行': ['平安', 'PAB'], '农商银行': ['农商行', 'RCB'] };
const CITIES = [
  { c: '深圳', ds: ['福田', '南山', '罗湖', '宝安', '龙岗'], tel: '0755', len: 8, uscc: '440300' },
  { c: '东莞', ds: ['长安', '虎门', '塘厦', '南城'], tel: '0769', len: 8, uscc: '441900' },
  { c: '广州', ds: ['天河', '越秀', '白云', '番禺'], tel: '020', len: 8, uscc: '440101' },
  { c: '周口', ds: ['川汇', '太康', '项城'], tel: null, len: 0, uscc: '411600' },
  { c: '长沙', ds: ['岳麓', '芙蓉', '雨花'], tel: '0731', len: 8, uscc: '430100' },
  { c: '福州', ds: ['鼓楼', '台江', '福清'], tel: '0591', len: 8, uscc: '350100' },
  { c: '陆丰', ds: ['东海', '碣石', '甲子'], tel: null, len: 0, uscc: '441581' },
  { c: '南宁', ds: ['兴宁', '青秀', '江南'], tel: '0771', len: 7, uscc: '450100' },
  { c: '郑州', ds: ['金水', '中原', '二七'], tel: '0371', len: 8, uscc: '410100' },
  { c: '杭州', ds: ['西湖', '上城', '滨江'], tel: '0571', len: 8, uscc: '330100' },
  { c: '上海', ds: ['徐汇', '浦东', '闵行'], tel: '021', len: 8, uscc: '310000' },
  { c: '成都', ds: ['武侯', '锦江', '青羊'], tel: '028', len: 8, uscc: '510100' },
  { c: '武汉', ds: ['武昌', '江汉', '洪山'], tel: '027', len: 8, uscc: '420100' },
];
const POLICE = [
  { n: '深圳市公安局福田分局', a: '深公福', code: '440304', tel: '0755', len: 8, city: '深圳', st: '福田派出所' },
  { n: '深圳市公安局南山分局', a: '深公南', code: '440305', tel: '0755', len: 8, city: '深圳', st: '南头派出所' },
  { n: '广州市公安局天河区分局', a: '穗公天', code: '440106', tel: '020', len: 8, city: '广州', st: '石牌派出所' },
  { n: '周口市公安局川汇分局', a: '周公川', code: '411602', tel: null, len: 0, city: '周口', st: '城北派出所' },
  { n: '长沙市公安局岳麓分局', a: '长公岳', code: '430104', tel: '0731', len: 8, city: '长沙', st: '望月湖派出所' },
  { n: '杭州市公安局西湖区分局', a: '杭公西', code: '330106', tel: '0571', len: 8, city: '杭州', st: '北山派出所' },
  { n: '福清市公安局', a: '融公', code: '350181', tel: '0591', len: 8, city: '福州', st: '玉屏派出所' },
  { n: '郑州市公安局金水分局', a: '郑公金', code: '410105', tel: '0371', len: 8, city: '郑州', st: '经八路派出所' },
  { n: '上海市公安局徐汇分局', a: '沪公徐', code: '310104', tel: '021', len: 8, city: '上海', st: '田林派出所' },
  { n: '成都市公安局武侯区分局', a: '成公武', code: '510107', tel: '028', len: 8, city: '成都', st: '玉林派出所' },
  { n: '武汉市公安局武昌区分局', a: '武公昌', code: '420106', tel: '027', len: 8, city: '武汉', st: '中南路派出所' },
];
const NICKS = ['老K车队', '金牌卡商', '高价收卡', '专业走账', '东莞卡头', '秒到承兑', '夜猫子', '财神到', '发财树', '一路向北', '稳如老狗', 'U商-大熊', '马到成功', '万事如意', '时来运转', '江湖救急', '余生请多指教', '安全第一', '白日梦想家', '叶落归根', '常回家看看', '付出就有回报', '林间小鹿', '周末不加班', '石头记', '火币搬砖', '卡农之家', '跑分老司机', '小确幸', 'Kevin', 'Jason-承兑', '阿飞-专业走账', '胖虎', '大聪明', '风一样的男子', 'A-全国收卡', '诚信U商', '水房-小七', '鑫汇承兑', '星河OTC', '金牛承兑', '黄金搭档', '高山流水', '温柔一刀', '海阔天空', '向钱看'];
const OTC_NICKS = ['金牛承兑', '秒到承兑', '诚信U商', '鑫汇承兑', '星河OTC', '火币搬砖', '稳U商行', '万通承兑', '黄金搭档', '闪兑-7x24', '老牌承兑', '高山流水', '大白鲨OTC', '顺丰U商', '时来运转', '安心兑'];
const SLANG = ['卡农', '学生党', '车头', '水房', '码商', '料主', '跑分团队', '卡头', '中介', '搬砖党'];
const PLACEHOLDERS = ['待补录', '系统自动', '不详', '同上', '本人', '未实名', '查无此户', '待核实'];
const TITLES = ['客户经理', '值班柜员', '反诈专员', '网点主任', '大堂经理', '风控专员', '运营主管', '值班民警'];
const PLACES = ['张家口', '周口', '黄山', '高新区', '王府井', '石家庄', '金华', '林芝', '马鞍山', '白银', '常德', '向阳街道'];
const ZIHAO = ['鑫隆达', '恒通', '汇金源', '金盛', '万顺', '高鸿', '华信达', '博远', '聚鑫', '永利', '天宏', '瑞丰', '晟达', '众联', '宏图', '利源', '鸿运', '安捷', '常青', '金凤凰', '方舟'];
const INDUSTRY = ['贸易', '商贸', '电子科技', '网络科技', '供应链管理', '信息咨询', '文化传媒', '建材', '餐饮管理', '物流'];
const PAYCOS = ['财付通支付科技有限公司', '支付宝（中国）网络技术有限公司', '网银在线（北京）科技有限公司', '银联商务股份有限公司', '拉卡拉支付股份有限公司'];
const STREETS = ['人民路', '解放路', '建设路', '新华街', '中山路', '滨河路', '幸福路', '光明街', '东风路', '胜利街', '文化路', '朝阳路'];
const OCCUP = ['学生', '无业', '个体工商户', '自由职业', '农民', '务工人员', '餐饮服务员', '快递员', '销售', '司机', '退休', '公司职员'];

// ───────────────────────── generators ─────────────────────────
const used = { id: new Set(), mob: new Set(), card: new Set(), mail: new Set(), uscc: new Set() };
function randBirth(y0, y1) { const y = ri(y0, y1), m = ri(1, 12), d = ri(1, dim(y, m)); return { y, m, d }; }
function makeId(code, b, male) {
  for (;;) {
    let seq = pad(ri(0, 99), 2) + String(2 * ri(0, 4) + (male ? 1 : 0));
    const body = code + b.y + pad(b.m, 2) + pad(b.d, 2) + seq;
    const id = body + idCheck(body);
    if (!used.id.has(id)) { used.id.add(id); return id; }
  }
}
function makeLegacy(code, b, male) { // returns {l15, id18}
  for (;;) {
    const seq = pad(ri(0, 99), 2) + String(2 * ri(0, 4) + (male ? 1 : 0));
    const l15 = code + String(b.y).slice(2) + pad(b.m, 2) + pad(b.d, 2) + seq;
    const id = upgrade15(l15);
    if (!used.id.has(id)) { used.id.add(id); return { l15, id }; }
  }
}
const MOB_COMMON = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '157', '158', '159', '180', '181', '182', '183', '185', '186', '187', '188', '189', '177', '176', '173', '199', '198', '191', '166', '153', '147', '175', '178', '195', '193', '190'];
function genMobile(pref) {
  for (;;) {
    let p = pref || (chance(0.06) ? pick(['170', '171', '167', '165', '162', '192']) : pick(MOB_COMMON));
    const m = p + dig(8);
    if (mobileOk(m) && !used.mob.has(m)) { used.mob.add(m); return m; }
  }
}
function genCard(bank) {
  for (;;) {
    const bin = pick(bank.bins);
    const c = luhnComplete(bin + dig(bank.len - bin.length - 1));
    if (!used.card.has(c)) { used.card.add(c); return c; }
  }
}
const MAILDOM = ['qq.com', 'qq.com', 'qq.com', '163.com', '163.com', '126.com', 'sina.com', 'outlook.com', 'gmail.com', 'foxmail.com', '139.com', 'aliyun.com', 'yeah.net', 'sohu.com', 'hotmail.com', 'icloud.com'];
function genEmail(p) {
  for (;;) {
    const [s, g] = p.py; let e;
    const r = R();
    if (r < 0.25) e = String(ri(1, 9)) + dig(ri(5, 9)) + '@qq.com';
    else if (r < 0.32 && p.mobile) e = p.mobile + '@' + pick(['139.com', '189.cn', '163.com']);
    else if (r < 0.55) e = s + g + pick(['', String(p.b.y).slice(2), String(ri(1, 999)), pad(p.b.m, 2) + pad(p.b.d, 2), '_' + String(p.b.y)]) + '@' + pick(MAILDOM.filter((x) => x !== 'qq.com'));
    else if (r < 0.7) e = (g ? g + '.' + s : s) + (chance(0.5) ? ri(1, 99) : '') + '@' + pick(['outlook.com', 'gmail.com', 'hotmail.com', 'icloud.com', '163.com']);
    else if (r < 0.85) e = (p.ini || s) + pad(p.b.m, 2) + pad(p.b.d, 2) + (chance(0.4) ? ri(1, 9) : '') + '@' + pick(MAILDOM);
    else e = pick(['', 'a', 'x', 'sz', 'gz']) + s + (chance(0.5) ? '_' : '') + g + String(p.b.y) + '@' + pick(MAILDOM);
    if (!used.mail.has(e)) { used.mail.add(e); return e; }
  }
}
function addr(reg) {
  const base = reg[1];
  if (chance(0.4)) return base + pick(['城关镇', '桃洪镇', '东海街道', '新城街道', '南门镇', '西街镇']) + pick(['幸福村', '新民村', '东风村', '红星村']) + ri(1, 12) + '组' + ri(1, 88) + '号';
  return base + pick(STREETS) + ri(1, 399) + '号' + (chance(0.6) ? pick(['', '阳光', '金色', '锦绣']) + pick(['花园', '小区', '公寓']) + ri(1, 30) + '栋' + ri(1, 3) + '单元' + ri(1, 32) + pad(ri(1, 8), 2) + '室' : '');
}
function person(o = {}) {
  let nm = genName();
  const male = o.male ?? chance(0.55);
  const reg = nm.minority ? pick(XJ_REGIONS) : (o.reg || pick(REGIONS));
  const b = o.b || randBirth(o.y0 || 1968, o.y1 || 2004);
  const p = { name: nm.name, py: nm.py, ini: nm.ini, male, reg, b };
  if (o.legacy) { const L = makeLegacy(reg[0], b, male); p.l15 = L.l15; p.id = L.id; } else p.id = makeId(reg[0], b, male);
  p.mobile = genMobile(o.mpref);
  p.bank = o.bank || pick(BANKS);
  p.card = genCard(p.bank);
  p.email = genEmail(p);
  p.addr = addr(reg);
  return p;
}
function genUscc(region, kind = '91') {
  for (;;) {
    let org = kind === '92' && chance(0.3) ? 'L' + pick(['0', '1', '2', '3']) + dig(6) : 'MA' + pick(['5', '4', '3', '9']) + Array.from({ length: 5 }, () => pick(UA.split(''))).join('');
    if (org.length !== 8) continue;
    const o9 = org + orgCheck(org);
    const s17 = kind + region + o9;
    const u = s17 + usccCheck(s17);
    if (usccValid(u) && !used.uscc.has(u)) { used.uscc.add(u); return u; }
  }
}
function company() { const c = pick(CITIES); return { name: c.c + '市' + pick(ZIHAO) + pick(INDUSTRY) + '有限公司', city: c }; }
function branch(bank, city) {
  city = city || pick(CITIES); const d = pick(city.ds);
  const r = R();
  if (r < 0.35) return bank.f + city.c + d + '支行';
  if (r < 0.6) return bank.s + city.c + d + '支行';
  if (r < 0.8) return bank.f + '股份有限公司' + city.c + d + '支行';
  return BANK_ABBR[bank.s][0] + city.c + d + (chance(0.5) ? '支行' : '营业部');
}
function landline(area, len) { return area + String(ri(2, 8)) + dig(len - 1); }

// ───────────────────────── decoy number generators (guarded) ─────────────────────────
function sensitiveRuns(text) { // returns list of {det,value} for every valid-looking value (strict runs + grouped forms)
  const t = text.normalize('NFKC');
  const out = [];
  const runRe = /\d+[Xx]?/g; let m;
  while ((m = runRe.exec(t))) {
    let s = m[0]; const hasX = /[Xx]$/.test(s);
    const prev = t[m.index - 1] || '';
    if (hasX) { const core = s.slice(0, -1); if (core.length === 17 && idPlausible(core + 'X')) out.push({ det: 'cn_resident_id', value: core + 'X' }); s = core; }
    if (s.length === 18 && idPlausible(s)) out.push({ det: 'cn_resident_id', value: s });
    if (s.length === 15 && legacyPlausible(s)) out.push({ det: 'cn_resident_id', value: upgrade15(s) });
    if (s.length === 11 && mobileOk(s)) out.push({ det: 'cn_mobile', value: s });
    if (s.length === 13 && s.startsWith('86') && mobileOk(s.slice(2))) out.push({ det: 'cn_mobile', value: s.slice(2) });
    if (s.length === 15 && s.startsWith('0086') && mobileOk(s.slice(4))) out.push({ det: 'cn_mobile', value: s.slice(4) });
    if (s.length === 12 && s.startsWith('0') && mobileOk(s.slice(1))) out.push({ det: 'cn_mobile', value: s.slice(1) });
    if (s.length >= 16 && s.length <= 19 && /^(62|81)/.test(s) && luhnOk(s) && !(s.length === 18 && idPlausible(s))) out.push({ det: 'bank_card', value: s });
    void prev;
  }
  const grp = [
    [/(?<![\d])(1[3-9]\d)[ \-](\d{4})[ \-](\d{4})(?![\d])/g, 'cn_mobile'],
    [/(?<![\d])(62\d\d)[ \-](\d{4})[ \-](\d{4})[ \-](\d{4})(?:[ \-](\d{1,3}))?(?![\d])/g, 'bank_card'],
    [/(?<![\d])(\d{6})[ \-](\d{8})[ \-](\d{3}[\dXx])(?![\d])/g, 'cn_resident_id'],
  ];
  for (const [re, det] of grp) {
    while ((m = re.exec(t))) {
      const v = m.slice(1).filter(Boolean).join('').toUpperCase();
      if (det === 'cn_mobile' && mobileOk(v)) out.push({ det, value: v });
      if (det === 'bank_card' && luhnOk(v)) out.push({ det, value: v });
      if (det === 'cn_resident_id' && idPlausible(v)) out.push({ det, value: v });
    }
  }
  const uRe = /[0-9A-Z]{18}/g;
  while ((m = uRe.exec(t))) { const s = m[0]; const b = t[m.index - 1] || '', a = t[m.index + 18] || ''; if (/[0-9A-Za-z]/.test(b) || /[0-9A-Za-z]/.test(a)) continue; if (/^\d{17}[\dX]$/.test(s) && idPlausible(s)) continue; if (usccValid(s) && /^[1-9ANY]/.test(s) && PROV.has(s.slice(2, 4)) && orgCheck(s.slice(8, 16)) === s[16]) out.push({ det: 'cn_uscc', value: s }); }
  return out;
}
function guarded(fn) { for (let i = 0; i < 500; i++) { const s = fn(); if (sensitiveRuns(s).length === 0) return s; } throw new Error('guard loop'); }
// event date 2024
function evDate() { const m = ri(1, 6), d = ri(1, dim(2024, m)); return { y: 2024, m, d, h: ri(0, 23), mi: ri(0, 59), s: ri(0, 59) }; }
const ymd = (t, sep = '-') => `${t.y}${sep}${pad(t.m, 2)}${sep}${pad(t.d, 2)}`;
const hms = (t) => `${pad(t.h, 2)}:${pad(t.mi, 2)}:${pad(t.s, 2)}`;
const ts = (t) => `${ymd(t)} ${hms(t)}`;
const compact = (t) => `${ymd(t, '')}${pad(t.h, 2)}${pad(t.mi, 2)}${pad(t.s, 2)}`;
const cnDate = (t) => `${t.y}年${t.m}月${t.d}日`;
function epochMs(t) { return String(Date.UTC(t.y, t.m - 1, t.d, t.h - 8, t.mi, t.s) + ri(0, 999)); }
function addDays(t, n) { const d = new Date(Date.UTC(t.y, t.m - 1, t.d + n)); return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), h: t.h, mi: t.mi, s: t.s }; }
function later(t, sec) { const d = new Date(Date.UTC(t.y, t.m - 1, t.d, t.h, t.mi, t.s + sec)); return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds() }; }
const serial = (t) => guarded(() => pick([
  () => compact(t) + dig(6),
  () => ymd(t, '') + dig(12),
  () => 'HX' + ymd(t, '') + dig(10),
  () => ymd(t, '') + '2200' + pick(['14', '15', '11']) + dig(14),
  () => '4200002' + dig(3) + ymd(t, '') + dig(10),
  () => 'F' + compact(t) + dig(5),
])());
const xiecha = (pol, t) => guarded(() => pick([
  () => 'XC' + pol.code + ymd(t, '') + dig(4),
  () => pol.code + '-FZ-' + t.y + '-' + dig(5),
  () => 'XC-' + pol.code + '-' + ymd(t, '') + '-' + dig(4),
  () => 'FZXC' + ymd(t, '') + dig(6),
])());
const caseNo = (pol, t) => guarded(() => 'A' + pol.code + dig(6) + t.y + pad(t.m, 2) + dig(4));
const stopNo = (pol, t) => guarded(() => pick([() => 'ZF' + ymd(t, '') + pol.code + dig(6), () => 'ZF' + pol.code + ymd(t, '') + dig(5)])());
const docNo = (pol, t, k) => `${pol.a}${k}字〔${t.y}〕${pad(ri(1, 999), 5)}号`;
const wallet = () => guarded(() => 'T' + Array.from({ length: 33 }, () => B58[ri(0, B58.length - 1)]).join(''));
const erc = () => guarded(() => '0x' + hex(40));
const txid = () => guarded(() => hex(64));
const imei = () => guarded(() => luhnComplete(pick(['86', '35']) + dig(12)));
const iccid = () => guarded(() => luhnComplete('898600' + dig(13)));
const ip = () => pick([() => `${pick([113, 117, 120, 183, 223, 36, 58, 112, 171, 39])}.${ri(1, 254)}.${ri(0, 255)}.${ri(1, 254)}`, () => `10.${ri(0, 255)}.${ri(0, 255)}.${ri(1, 254)}`, () => `${pick([103, 45, 154, 156])}.${ri(1, 254)}.${ri(0, 255)}.${ri(1, 254)}`])();
const devId = () => guarded(() => pick([() => hex(16), () => `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`.toUpperCase(), () => 'dfp_' + hex(24)])());
const snowflake = () => guarded(() => pick(['17', '18']) + dig(17));
const corpAcct = () => guarded(() => pick([() => '4420' + dig(16), () => '4000' + dig(4) + '09' + dig(10), () => dig(12).replace(/^0/, '7'), () => '3' + dig(14), () => '1' + dig(19)])());
const amount = () => { const v = pick([ri(1, 99) * 100, ri(100, 9999) * 10, ri(1000, 99999), ri(5, 50) * 1000]) + (chance(0.4) ? ri(1, 99) / 100 : 0); return v.toFixed(2); };
const comma = (s) => { const [a, b] = s.split('.'); return a.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (b ? '.' + b : ''); };
function unallocMobile() { return pick(['140', '141', '144', '146', '148', '149', '154', '194']) + dig(8); }
function badIdCheck(p) { const b = p.id.slice(0, 17); const good = p.id[17]; let c; do { c = pick('0123456789X'.split('')); } while (c === good); return b + c; }
function impossibleId() { // real region, impossible date, check char computed
  const reg = pick(REGIONS)[0]; const y = ri(1970, 2001);
  const md = pick(['0230', '0231', '1301', '0000', '1132', '0431', '0229']);
  const mm = md === '0229' && y % 4 === 0 ? '0230' : md;
  const b = reg + y + mm + pad(ri(0, 999), 3); return b + idCheck(b);
}
function badLuhnCard(bank) { const c = genCard(bank); used.card.delete(c); const last = +c.slice(-1); return c.slice(0, -1) + String((last + ri(1, 9)) % 10); }
const maskMob = (m) => pick([() => m.slice(0, 3) + '****' + m.slice(7), () => m.slice(0, 3) + '****' + m.slice(7), () => m.slice(0, 3) + 'xxxx' + m.slice(7), () => '*******' + m.slice(7)])();
const maskId = (id) => pick([() => id.slice(0, 6) + '********' + id.slice(14), () => id.slice(0, 3) + '***********' + id.slice(14), () => id.slice(0, 4) + '**********' + id.slice(14), () => id.slice(0, 14) + '****'])();
const maskCard = (c) => pick([() => c.slice(0, 4) + ' **** **** ' + c.slice(-4), () => c.slice(0, 6) + '*'.repeat(c.length - 10) + c.slice(-4), () => '尾号' + c.slice(-4), () => c.slice(0, 4) + '****' + c.slice(-4)])();
const maskName = (n) => { const k = COMPOUND.some((c) => n.startsWith(c[0])) ? 2 : 1; if (n.includes('·')) return n.split('·')[0] + '·' + '*'.repeat(n.split('·')[1].length); return pick([() => n.slice(0, k) + '*'.repeat(n.length - k), () => n.slice(0, k) + '某', () => n.slice(0, k) + '某某', () => n.slice(0, k) + '**', () => '*' + n.slice(k)])(); };

// ───────────────────────── written forms ─────────────────────────
const FW = (s) => s.replace(/[0-9A-Za-z@.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));
function fMob(m, p = 0.35) {
  if (!chance(p)) return m;
  return pick([() => `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`, () => `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`, () => '+86 ' + m, () => '+86' + m, () => '+86-' + m, () => '0086' + m, () => '86-' + m, () => '(+86)' + m, () => `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`, () => FW(m)])();
}
function fId(id, p = 0.25) {
  if (!chance(p)) return id;
  return pick([() => id.replace('X', 'x'), () => `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`, () => FW(id), () => id.replace('X', 'x'), () => `${id.slice(0, 6)}-${id.slice(6, 14)}-${id.slice(14)}`])();
}
function fCard(c, p = 0.35) {
  if (!chance(p)) return c;
  const g = c.replace(/(\d{4})(?=\d)/g, '$1 ');
  return pick([() => g, () => g, () => c.replace(/(\d{4})(?=\d)/g, '$1-'), () => FW(c), () => c.slice(0, 6) + ' ' + c.slice(6)])();
}
function fMail(e, p = 0.15) { if (!chance(p)) return e; return pick([() => e.replace(/^./, (c) => c.toUpperCase()), () => e.toUpperCase(), () => e.replace('@', '＠'), () => e.replace(/^(\w+)\./, (a) => a[0].toUpperCase() + a.slice(1))])(); }
const cw = (s) => [...s].reduce((a, c) => a + (/[\u2E80-\uFFEF]/.test(c) ? 2 : 1), 0);
const padR = (s, w) => s + ' '.repeat(Math.max(1, w - cw(s)));
const padL = (s, w) => ' '.repeat(Math.max(1, w - cw(s))) + s;
const nameFW = (n) => (n.length === 2 && chance(0.6) ? n[0] + '\u3000' + n[1] : n);
function lfSplit(s, at) { return s.slice(0, at) + '\n' + s.slice(at); }

// ───────────────────────── document builder ─────────────────────────
class D {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.C = new Map(); this.X = new Map(); }
  ent(det, v) { this.E.set(det + '|' + v, { detector: det, value: v }); }
  dcare(det, v) { this.C.set(det + '|' + v, { detector: det, value: v }); }
  N(n) { this.ent('person_name_zh', n.replace(/\s|\u3000/g, '')); return n; }
  n(n) { this.dcare('person_name_zh', n); return n; }
  M(m, p) { this.ent('cn_mobile', m); return fMob(m, p); }
  I(id, p) { this.ent('cn_resident_id', id); if (id.startsWith('62') && luhnOk(id)) this.dcare('bank_card', id); return fId(id, p); } // a 62xxxx (甘肃) ID that passes Luhn is also an 18-digit UnionPay look-alike
  L15(pp) { this.ent('cn_resident_id', pp.id); return pp.l15; }
  B(c, p) { this.ent('bank_card', c); return fCard(c, p); }
  Em(e, p) { this.ent('email', e.toLowerCase()); const local = e.split('@')[0]; if (/^\d{11}$/.test(local) && mobileOk(local)) this.ent('cn_mobile', local); return fMail(e, p); }
  T(v) { this.ent('cn_landline', v.replace(/\D/g, '')); return v; }
  U(u) { this.ent('cn_uscc', u); return u; }
  PP(v) { this.ent('cn_passport', v); return v; }
  x(kind, text) { text = String(text); this.X.set(kind + '|' + text, { kind, text }); return text; }
  done(text) {
    for (const k of this.E.keys()) this.C.delete(k);
    return { kind: this.kind, text, entities: [...this.E.values()], dontCare: [...this.C.values()], decoys: [...this.X.values()] };
  }
}
const fTel = (v, sep = '-') => { const a = v.startsWith('01') || v.startsWith('02') ? 3 : 4; return v.slice(0, a) + sep + v.slice(a); };

// ───────────────────────── document kinds ─────────────────────────

// 1 涉案账户冻结名单 (CSV / TSV export of the 反诈 platform)
function kFreezeCsv() {
  const d = new D('freeze-csv');
  const pol = pick(POLICE); const t0 = evDate();
  const sep = chance(0.7) ? ',' : '\t';
  const style = ri(0, 2);
  const rows = ri(4, 14);
  const lines = [];
  if (chance(0.6)) lines.push(`# 导出时间:${ts(addDays(t0, ri(1, 5)))} 导出人:${d.x('username', pick(['fk_', 'risk_', 'aml_']) + pick(['zhangmin', 'liuq', 'chenwei01', 'wangjuan', 'op0231']))} 系统:反诈风险管控平台V3.2 数据密级:机密`);
  const H = [
    ['序号', '协查编号', '户名', '证件类型', '证件号码', '账号', '开户机构', '冻结金额(元)', '冻结日期', '冻结期限', '预留手机', '涉案流水号', '备注'],
    ['NO', '案件编号', '账户名称', '证件号', '卡号/账号', '开户行', '冻结金额', '生效日期', '到期日期', '联系电话', '来源单位'],
    ['seq', '涉案账户户名', '身份证号/信用代码', '涉案账号', '所属银行', '账户层级', '涉案金额', '止付/冻结', '协查编号', '首笔涉案流水', '手机号'],
  ][style];
  lines.push(H.join(sep));
  for (let i = 1; i <= rows; i++) {
    const t = addDays(t0, ri(0, 3)); const corp = chance(0.2);
    let nameCell, idType, idCell, acct, bankCell, mob;
    const bank = pick(BANKS);
    if (corp) {
      const co = company(); nameCell = d.x('company', co.name); idType = '统一社会信用代码';
      idCell = d.U(genUscc(co.city.uscc)); acct = d.x('corporate_account', corpAcct());
      bankCell = d.x('bank_branch', branch(bank, co.city)); const m = genMobile(); mob = d.M(m, 0);
    } else {
      const p = person({ bank }); nameCell = d.N(p.name); idType = '居民身份证'; idCell = d.I(p.id, 0.08);
      if (chance(0.06)) { const bad = badLuhnCard(bank); d.dcare('bank_card', bad); acct = bad; } else acct = d.B(p.card, 0.05);
      bankCell = chance(0.7) ? d.x('bank_branch', branch(bank)) : bank.s; mob = chance(0.85) ? d.M(p.mobile, 0.03) : '';
    }
    const amt = amount(); const xc = () => d.x('xiecha_no', xiecha(pol, t));
    let row;
    if (style === 0) {
      const note = chance(0.15) ? `受害人${d.x('masked_name', maskName(genName().name))}报案` : pick(['一级卡', '二级卡', '三级卡', '电诈涉案', '收款卡', '转出卡', '', '', '资金已转出']);
      row = [i, xc(), nameCell, idType, idCell, acct, bankCell, amt, ymd(t), pick(['6个月', '六个月', '3个月', '1年']), mob, d.x('serial', serial(t)), note];
    } else if (style === 1) {
      const cn = d.x('case_no', caseNo(pol, t));
      row = [pad(i, 3), cn, nameCell, idCell, acct, bankCell, amt, ymd(t, '/'), ymd(addDays(t, 180), '/'), mob, pol.n];
    } else {
      row = [i, nameCell, idCell, acct, bankCell, pick(['1', '2', '3', '1', '2']), comma(amt), pick(['止付', '冻结', '止付+冻结']), xc(), d.x('serial', serial(t)), mob];
    }
    lines.push(row.map((c) => (sep === ',' && /[,"]/.test(String(c)) ? `"${c}"` : c)).join(sep));
  }
  if (chance(0.5)) lines.push(`合计${sep}${rows}户${sep.repeat(3)}`);
  return d.done(lines.join('\n'));
}

// 2 收卡群 chat transcript
const ADS = [
  '高价收卡 工农中建交邮 一类卡四件套 3500一套 带U盾 当天结算 不压款',
  '收对公 带公章 法人四件套 价格私聊 车队直收 不是中介',
  '长期收二类卡 微信支付宝实名号 一个200 量大从优',
  '出U 7.28 秒到 支持银行卡 要干净卡 黑卡勿扰',
  '跑分车队招人 日结 一天三四百 会用手机就行',
  '收卡不收冻卡 收到冻卡的直接拉黑',
  '今天风控严 工行卡先别过来 农行邮储可以',
  '新卡要养三天 别一开就走大额',
  '有没有收湖南卡的 手上有五套 学生卡',
  '谁有干净的承兑 200w量 要求卡干净',
  '提醒一下 最近陆丰 普宁那边查得紧 别往那边寄卡',
  '卡到了记得先改密码 解绑原手机',
  '昨天那批料子全部冻了 损失惨重',
  '押金5000 走一天结一天 不墨迹',
  '收三件套 没U盾的也要 价格减半',
  '寄卡走顺丰 到付 别用京东',
  '不要问能不能过 能过我就收 不能过你别来',
];
const REPLIES = ['收到', '私聊', '在吗', '价格多少', '老板靠谱吗', '已加', '有要的吗', '来了', '👍', '冻了', '这张废了', '还能用', '哪个行的', '带U盾吗', '几类卡', '多少钱一套', '已打款 查收', 'U已转', '走了多少', '还有额度吗', '明天到', '等一下', '稳', '别在群里发 私我', '收了 谢谢老板', '卡死了 退不了', '别催'];
function kCardChat() {
  const d = new D('card-chat');
  const speakers = shuffle(NICKS.slice()).slice(0, ri(3, 6));
  const t0 = evDate(); let t = { ...t0 };
  const fmt = ri(0, 2);
  const groupName = pick(['【收卡】全国高价收一二类卡', '车队直收 日结', 'U商交流群', '四件套长期收', '跑分招募3群', '料子交流']);
  const head = fmt === 0 ? `群聊：${groupName}（${ri(80, 498)}）\n` : fmt === 1 ? `Telegram Chat Export — ${groupName}\n` : `聊天记录（${groupName}）导出 ${ymd(t0)}\n`;
  const L = [];
  const say = (sp, msg) => {
    d.x('nickname', sp);
    t = later(t, ri(5, 900));
    if (fmt === 0) L.push(`${ts(t)} ${sp}\n${msg}`);
    else if (fmt === 1) L.push(`[${pad(t.d, 2)}.${pad(t.m, 2)}.${String(t.y).slice(2)} ${pad(t.h, 2)}:${pad(t.mi, 2)}] ${sp}: ${msg}`);
    else L.push(`【${pad(t.h, 2)}:${pad(t.mi, 2)}】${sp}：${msg}`);
  };
  const nmsg = ri(7, 16); const posts = ri(1, 3); const postAt = new Set(); while (postAt.size < posts) postAt.add(ri(1, nmsg - 1));
  for (let i = 0; i < nmsg; i++) {
    const sp = pick(speakers);
    if (postAt.has(i)) {
      const p = person({ y0: 1978, y1: 2005, mpref: chance(0.3) ? pick(['170', '171', '165']) : undefined });
      const ps = ri(0, 3); let msg;
      if (ps === 0) {
        msg = `料子到了 老板看下\n姓名：${d.N(p.name)}\n身份证：${d.I(p.id, 0.2)}\n卡号：${d.B(p.card, 0.4)} ${BANK_ABBR[p.bank.s][0]}\n手机号：${d.M(p.mobile, 0.4)}\nU盾：有 密码${dig(6)}\n登录密码已改 短信已转`;
      } else if (ps === 1) {
        msg = `${pick(['一类卡', '二类卡', '新卡'])} ${p.bank.s} 四件套\n${d.N(p.name)} ${d.I(p.id, 0.15)}\n${d.B(p.card, 0.4)}\n${d.M(p.mobile, 0.4)}\n${pick(['带盾', '无盾', '盾在路上'])} ${pick(['2800', '3000', '3500'])}出`;
      } else if (ps === 2) {
        msg = `卡主：${d.N(p.name)}  ${p.male ? '男' : '女'} ${2024 - p.b.y}岁\n证件 ${d.I(p.id, 0.15)}\n${BANK_ABBR[p.bank.s][0]}卡 ${d.B(p.card, 0.5)}\n绑定手机 ${d.M(p.mobile, 0.5)}\n来源：${d.x('slang', pick(SLANG))}`;
      } else {
        msg = `预览 ${d.x('masked_name', maskName(p.name))} ${d.x('masked_id', maskId(p.id))} ${d.x('masked_card', maskCard(p.card))} ${BANK_ABBR[p.bank.s][0]} 要的私`;
      }
      say(sp, msg);
      continue;
    }
    const r = R();
    if (r < 0.3) say(sp, pick(ADS));
    else if (r < 0.45) { const nm = genName().name; say(sp, pick([`${d.n(nm)}那套料子冻了 别再用了`, `${d.n(nm)}的卡今天又被止付了`, `上次那个${d.n(nm)}的对公户还能走吗`, `${d.n(nm)}那张卡解冻了没`])); }
    else if (r < 0.55) say(sp, `U已转 TXID ${d.x('txid', txid())}`);
    else if (r < 0.63) say(sp, `收U地址 ${d.x('wallet', wallet())} 别转错`);
    else if (r < 0.7) say(sp, `@${d.x('nickname', pick(speakers.filter((x) => x !== sp)))} ${pick(REPLIES)}`);
    else if (r < 0.75) { const bank = pick(BANKS); say(sp, `这张冻了 ${d.x('masked_card', maskCard(genCard(bank)))} ${bank.s} 谁的料子自己认领`); }
    else if (r < 0.79) { const e = genEmail(person()); say(sp, `资料打包发我邮箱 ${d.Em(e, 0.1)}`); }
    else if (r < 0.82) { const q = String(ri(1, 9)) + dig(ri(6, 9)); say(sp, `加Q ${d.x('qq', q)} 细聊`); }
    else say(sp, pick(REPLIES));
  }
  return d.done(head + L.join(fmt === 0 ? '\n\n' : '\n'));
}

// 3 承兑商档案
function kOtcMerchant() {
  const d = new D('otc-merchant');
  const n = ri(3, 9); const fmt = ri(0, 2);
  const nicks = shuffle(OTC_NICKS.slice());
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = person({ y0: 1975, y1: 2001 });
    const t = evDate();
    rows.push({ lip: d.x('ip', ip()), inv: d.x('nickname', pick(NICKS)), p, id: d.x('merchant_id', 'M' + pad(ri(10000, 99999), 5)), nick: d.x('nickname', nicks[i]), w: d.x('wallet', chance(0.8) ? wallet() : erc()), dep: pick([2000, 5000, 10000, 20000]), vol: comma(String(ri(2000, 900000)) + '.00'), st: pick(['正常', '正常', '冻结', '限制提现', '清退']), tag: pick(['无', '涉诈卡关联', '高频小额', '多卡收款', '投诉>3', '无']), t });
  }
  let text;
  if (fmt === 0) {
    const H = ['商户编号', '商户昵称', '实名姓名', '身份证号', '手机号', '收款银行卡', '开户行', 'USDT地址', '邮箱', '保证金(U)', '近30日成交(U)', '状态', '风控标签', '最近登录IP', '邀请人'];
    text = `承兑商户管理-导出 ${ymd(evDate())}\n` + H.join('\t') + '\n' + rows.map((r) => [r.id, r.nick, d.N(r.p.name), d.I(r.p.id, 0.05), d.M(r.p.mobile, 0.05), d.B(r.p.card, 0.1), r.p.bank.s, r.w, d.Em(r.p.email, 0.1), r.dep, r.vol, r.st, r.tag, r.lip, r.inv].join('\t')).join('\n');
  } else if (fmt === 1) {
    const arr = rows.map((r) => ({ merchant_id: r.id, nickname: r.nick, kyc: { real_name: d.N(r.p.name), id_no: d.I(r.p.id, 0.05), mobile: d.M(r.p.mobile, 0.05), email: d.Em(r.p.email, 0.05) }, payout: [{ type: 'BANK', bank: r.p.bank.f, card_no: d.B(r.p.card, 0) }], usdt_trc20: r.w, deposit_u: r.dep, status: r.st, risk_tag: r.tag, last_login_ip: r.lip, inviter: r.inv, created_at: ts(r.t) }));
    text = JSON.stringify({ code: 0, msg: 'ok', total: arr.length, data: arr }, null, chance(0.5) ? 2 : 0);
  } else {
    text = `承兑商资料（仅限风控内部）\n` + rows.map((r, i) => `【${i + 1}】${r.nick}（${r.id}）\n  实名：${d.N(r.p.name)}\n  证件：${d.I(r.p.id, 0.2)}\n  电话：${d.M(r.p.mobile, 0.4)}  邮箱：${d.Em(r.p.email, 0.2)}\n  收款：${r.p.bank.s} ${d.B(r.p.card, 0.5)}\n  地址：${r.w}\n  状态：${r.st}；标签：${r.tag}；邀请人：${r.inv}；登录IP：${r.lip}`).join('\n');
  }
  return d.done(text);
}

// 4 OTC 订单导出
function kOtcOrders() {
  const d = new D('otc-orders');
  const n = ri(5, 14); const fmt = ri(0, 1);
  const H = ['订单号', '下单时间', '方向', '承兑商', '买家实名', '买家手机', '付款卡号', '付款银行', '数量(USDT)', '单价', '金额(CNY)', '收币地址', '状态', '申诉'];
  const rows = [];
  for (let i = 0; i < n; i++) {
    const t = evDate(); const p = person(); const q = ri(100, 20000); const px = (7.1 + ri(0, 30) / 100).toFixed(2);
    const buyer = chance(0.1) ? d.x(chance(0.5) ? 'placeholder' : 'slang', chance(0.5) ? '未实名' : pick(SLANG)) : d.N(p.name);
    rows.push([d.x('order_no', snowflake()), ts(t), pick(['买入', '卖出', '买入']), d.x('nickname', pick(OTC_NICKS)), buyer, d.M(p.mobile, 0.05), d.B(p.card, 0.05), p.bank.s, q, px, (q * +px).toFixed(2), d.x('wallet', chance(0.85) ? wallet() : erc()), pick(['已完成', '已完成', '已取消', '申诉中', '已放币']), pick(['否', '否', '是'])]);
  }
  const text = fmt === 0 ? H.join('|') + '\n' + rows.map((r) => r.join('|')).join('\n') : [H.join(','), ...rows.map((r) => r.join(','))].join('\n');
  return d.done(`C2C订单明细 ${ymd(evDate())} 共${n}笔\n` + text);
}

// 5 可疑交易报告（文本稿）
function kStrReport() {
  const d = new D('str-report');
  const bank = pick(BANKS); const city = pick(CITIES); const t = evDate();
  const p = person({ bank, y0: 1975, y1: 2005 });
  const rpt = d.x('report_no', guarded(() => `STR-${city.uscc.slice(0, 4)}-${ymd(t, '')}-${pad(ri(1, 999), 4)}`));
  const br = d.x('bank_branch', branch(bank, city));
  const cps = []; const ncp = ri(2, 5);
  for (let i = 0; i < ncp; i++) {
    if (chance(0.15)) { const co = pick(PAYCOS); cps.push([d.x('company', co), d.x('corporate_account', corpAcct()), '—']); continue; }
    const q = person(); cps.push([d.N(q.name), d.B(q.card, 0.1), q.bank.s]);
  }
  const others = [genName().name, genName().name];
  const reporter = person(); const auditor = person();
  const tel = city.tel ? d.T(fTel(landline(city.tel, city.len))) : d.M(reporter.mobile, 0.2);
  const text = `可疑交易报告（内部审核稿）
报告机构：${d.x('bank_branch', bank.f + '股份有限公司' + city.c + '分行')}
报告编号：${rpt}
报告类型：${pick(['电信网络诈骗涉案账户', '疑似出租出借账户', '疑似跑分平台资金通道', '疑似地下钱庄'])}
一、可疑主体信息
  客户姓名：${d.N(p.name)}
  证件类型：居民身份证
  证件号码：${d.I(p.id, 0.1)}
  联系电话：${d.M(p.mobile, 0.2)}
  职业：${pick(OCCUP)}
  住址：${p.addr}
  账户：${d.B(p.card, 0.3)}（${pick(['一类户', '二类户'])}，开户日期${ymd(addDays(t, -ri(20, 200)))}，开户网点：${br}）
二、可疑交易特征
  该账户开户后${ri(3, 40)}天内累计入账${ri(20, 300)}笔、金额${comma(amount())}元，资金快进快出，过渡特征明显，单日最高交易${ri(30, 120)}笔；交易IP ${d.x('ip', ip())} 与另外${ri(2, 9)}个账户共用，设备号 ${d.x('device_id', devId())}。据柜面了解，${d.n(others[0])}曾陪同客户办理开户，与已报送的${d.n(others[1])}等${ri(3, 12)}个账户存在资金往来。
  典型交易：
${Array.from({ length: ri(2, 4) }, () => { const tt = later(t, -ri(3600, 3600 * 24 * 30)); return `    ${ts(tt)} ${pick(['转入', '转出'])} ${comma(amount())} 流水号${d.x('serial', serial(tt))} 渠道${pick(['手机银行', '网银', '快捷支付', 'ATM'])} IP ${d.x('ip', ip())}`; }).join('\n')}
三、主要交易对手（前${ncp}）
  序号  对手户名        对手账号                 对手行       笔数  金额
${cps.map((c, i) => `  ${i + 1}    ${padR(c[0], 16)}${padR(c[1], 25)}${padR(c[2], 13)}${padR(String(ri(1, 40)), 6)}${comma(amount())}`).join('\n')}
四、处置措施
  已于${cnDate(addDays(t, 1))}对该账户采取${pick(['只收不付', '暂停非柜面交易', '止付'])}措施，并上报${pick(['反洗钱中心', '总行风险管理部'])}。
报告人：${d.N(reporter.name)}（${pick(['反洗钱岗', '运营主管', '风控专员'])}） 电话：${tel}
审核人：${chance(0.15) ? d.x('job_title', pick(['运营主管', '网点主任'])) : d.N(auditor.name)}
日期：${cnDate(addDays(t, 2))}`;
  return d.done(text);
}

// 6 可疑交易报告 XML 报文
function kStrXml() {
  const d = new D('str-xml');
  const bank = pick(BANKS); const t = evDate();
  const subj = []; const ns = ri(1, 3);
  for (let i = 0; i < ns; i++) subj.push(person({ bank }));
  const x = [];
  x.push(`<?xml version="1.0" encoding="${pick(['GB18030', 'UTF-8'])}"?>`);
  x.push('<PSTR>');
  x.push(`  <RBIF><RICD>${d.x('org_code', guarded(() => 'C' + dig(4) + pick(['44', '41', '43', '35']) + dig(8)))}</RICD><RPNM>${bank.f}</RPNM><DETR>0${ri(1, 4)}</DETR><TORP>1</TORP><DORP>${pick(['01', '02'])}</DORP><RPDT>${ymd(t, '')}</RPDT></RBIF>`);
  x.push('  <CTIFs>');
  for (const p of subj) {
    x.push(`    <CTIF><CTNM>${d.N(p.name)}</CTNM><SMID>${d.x('customer_no', guarded(() => '1' + dig(11)))}</SMID><CITP>11</CITP><CTID>${d.I(p.id, 0)}</CTID><CCTL>${d.M(p.mobile, 0)}</CCTL><CTAR>${p.addr}</CTAR><CTVC>${pick(['1B', '2A', '70', '80'])}</CTVC>`);
    x.push(`      <ATIFs><ATIF><CTAC>${d.B(p.card, 0)}</CTAC><OATM>${ymd(addDays(t, -ri(30, 400)), '')}</OATM></ATIF></ATIFs></CTIF>`);
  }
  x.push('  </CTIFs>');
  x.push('  <TSDTs>');
  const nt = ri(2, 6);
  for (let i = 0; i < nt; i++) {
    const s = pick(subj); const tt = later(t, -ri(3600, 3600 * 24 * 20));
    let tc;
    if (chance(0.2)) tc = `<TCNM>${d.x('company', pick(PAYCOS))}</TCNM><TCIT>21</TCIT><TCAC>${d.x('corporate_account', corpAcct())}</TCAC>`;
    else { const q = person(); tc = `<TCNM>${d.N(q.name)}</TCNM><TCIT>11</TCIT><TCID>${d.I(q.id, 0)}</TCID><TCAC>${d.B(q.card, 0)}</TCAC>`; }
    x.push(`    <TSDT><TICD>${d.x('serial', serial(tt))}</TICD><CTAC>${d.B(s.card, 0)}</CTAC><TSTM>${compact(tt)}</TSTM><CRTP>CNY</CRTP><CRAT>${amount()}</CRAT><CRDR>${pick(['01', '02'])}</CRDR>${tc}<TRCD>${pick(['CHN440300', 'CHN411600', 'CHN350100'])}</TRCD><TRIP>${d.x('ip', ip())}</TRIP><MAC>${d.x('device_id', guarded(() => Array.from({ length: 6 }, () => hex(2).toUpperCase()).join('-')))}</MAC></TSDT>`);
  }
  x.push('  </TSDTs>');
  x.push(`  <STCR>${pick(['0904', '1301', '0502'])}</STCR><SSDS>${pick(['短期内大量分散转入集中转出', '与涉诈账户存在资金往来', '夜间高频交易'])}</SSDS>`);
  x.push('</PSTR>');
  return d.done(x.join('\n'));
}

// 7 公安协助冻结/查询通知书 (some OCR'd faxes)
function ocrNoise(s, rate = 0.03) {
  const sub = { '证': '証', '账': '帐', '系': '糸', '户': '戸', '码': '玛', '的': '旳', '结': '洁' };
  const gap = '询问笔录时间地点被期限联系电话民警查询通知';
  return [...s].map((c) => (sub[c] && chance(rate * 3) ? sub[c] : gap.includes(c) && chance(rate * 2) ? c + ' ' : c)).join('');
}
function kPoliceFreeze() {
  const d = new D('police-freeze');
  const pol = pick(POLICE); const t = evDate(); const ocr = chance(0.4);
  const bank = pick(BANKS); const br = d.x('bank_branch', bank.f + '股份有限公司' + pick(CITIES).c + pick(['分行', '分行营业部']));
  const n = ri(1, 4);
  const cops = [person(), person()];
  const tel = pol.tel ? d.T(fTel(landline(pol.tel, pol.len))) : null;
  const badge = () => d.x('police_badge', pad(ri(1, 999999), 6));
  const kind = pick(['冻财', '协查', '冻']);
  const no = d.x('doc_no', docNo(pol, t, kind));
  const accts = [];
  for (let i = 0; i < n; i++) {
    const p = person({ bank });
    if (ocr && chance(0.2)) {
      // OCR broke the card number: a digit read as a letter → dontCare
      const c = p.card; const k = ri(4, c.length - 3); const broken = c.slice(0, k) + ({ 0: 'O', 1: 'l', 8: 'B', 5: 'S' }[c[k]] || 'B') + c.slice(k + 1);
      d.dcare('bank_card', c);
      accts.push({ p, cardTxt: broken, idTxt: d.I(p.id, 0.1) });
    } else accts.push({ p, cardTxt: d.B(p.card, 0.3), idTxt: d.I(p.id, 0.1) });
  }
  let body;
  if (n === 1) {
    const a = accts[0];
    // PDF text extraction sometimes wraps a long number onto the next line
    const cardOut = chance(0.2) && /^\d+$/.test(a.cardTxt) ? lfSplit(a.cardTxt, ri(8, 13)) : a.cardTxt;
    body = `被冻结人：${d.N(a.p.name)}        证件号码：${a.idTxt}
冻结账号：${cardOut}
冻结数额：人民币${comma(amount())}元
冻结期限：自${cnDate(t)}至${cnDate(addDays(t, 182))}`;
  } else {
    body = `冻结账户明细：\n序号  户名      证件号码              账号                    冻结金额\n` + accts.map((a, i) => `${i + 1}     ${padR(nameFW(d.N(a.p.name)), 10)}${padR(a.idTxt, 22)}${padR(a.cardTxt, 24)}${comma(amount())}`).join('\n');
  }
  const cn = d.x('case_no', caseNo(pol, t)); const xc = d.x('xiecha_no', xiecha(pol, t));
  let text = `${pol.n}
${kind === '协查' ? '协助查询财产通知书' : '协助冻结财产通知书'}
（回执联）
${no}

${br}：
    因侦查电信网络诈骗犯罪案件需要，根据《中华人民共和国刑事诉讼法》第一百四十四条之规定，我局决定${kind === '协查' ? '查询' : '冻结'}下列涉案账户，请予协助。
案件编号：${cn}
协查编号：${xc}
${body}
办案民警：${d.N(cops[0].name)}（警号${badge()}）、${d.N(cops[1].name)}（警号${badge()}）
联系电话：${tel ? tel + ' / ' : ''}${d.M(cops[0].mobile, 0.3)}
                                        ${pol.n}（公章）
                                        ${cnDate(t)}`;
  if (ocr) text = ocrNoise(text).replace(/\n/g, chance(0.5) ? '\n' : ' \n');
  return d.done(text);
}

// 8 紧急止付指令 / 反馈
function kStopPay() {
  const d = new D('stop-pay');
  const pol = pick(POLICE); const t = evDate();
  const v = person({ y0: 1950, y1: 2000 }); const s = person({ y0: 1980, y1: 2004 });
  const fmt = ri(0, 1);
  const amt = amount(); const sn = d.x('serial', serial(t));
  const op = person();
  const kv = [
    ['指令编号', d.x('stop_no', stopNo(pol, t))],
    ['发起单位', pol.n + '反诈中心'],
    ['受害人', d.N(v.name)], ['受害人证件号', d.I(v.id, 0.1)], ['受害人手机', d.M(v.mobile, 0.25)],
    ['受害人账户', `${d.B(v.card, 0.2)}（${v.bank.s}）`],
    ['转账时间', ts(t)], ['转账金额', amt], ['交易流水号', sn],
    ['涉案账户户名', d.N(s.name)], ['涉案账号', d.B(s.card, 0.2)], ['开户行', d.x('bank_branch', branch(s.bank, pick(CITIES)))],
    ['止付期限', '48小时'],
    ['反馈结果', pick([`已止付，止付金额${comma(amount())}元，账户余额0.00`, '账户余额不足，已止付0.00元，资金已于' + hms(later(t, ri(30, 600))) + '转出', '已止付全额'])],
    ['经办人', chance(0.15) ? d.x('placeholder', '系统自动') : `${d.N(op.name)}（工号${d.x('staff_no', pick(['A', 'B', 'K']) + pad(ri(1, 99999), 5))}）`],
  ];
  if (chance(0.4)) kv.splice(14, 0, ['下级账户', `${d.B(person().card, 0.2)}（资金转出去向）`]);
  if (chance(0.3)) kv.push(['备注', `受害人另经${d.x('company', pick(PAYCOS))}转出${comma(amount())}元，已另行发起`]);
  const text = fmt === 0 ? `【止付指令】\n` + kv.map(([k, vv]) => `${k}：${vv}`).join('\n') : `电信网络新型违法犯罪交易风险事件管理平台\n止付申请/反馈单\n` + kv.map(([k, vv]) => `${padR(k, 14)}| ${vv}`).join('\n');
  return d.done(text);
}

// 9 受害人询问笔录
function kVictim() {
  const d = new D('victim-statement');
  const pol = pick(POLICE); const t = evDate(); const ocr = chance(0.35);
  const v = person({ y0: 1948, y1: 2003 }); const cop1 = person(), cop2 = person();
  const scam = person(); const scam2 = person();
  const q = String(ri(1, 9)) + dig(ri(7, 9));
  const cover = pick(['京东客服', '抖音刷单客服', '公安局的警官', '贷款平台客服', '快递理赔专员', '投资导师']);
  const alias = genName().name;
  const tr1 = amount(), tr2 = amount();
  const txt = `询问笔录
时间：${cnDate(t)}${ri(8, 17)}时${pad(ri(0, 59), 2)}分至${ri(17, 20)}时${pad(ri(0, 59), 2)}分
地点：${pol.st}办案区
询问人：${d.N(cop1.name)}、${d.N(cop2.name)}   工作单位：${pol.n}
记录人：${d.N(cop2.name)}
被询问人：${d.N(v.name)}   性别：${v.male ? '男' : '女'}   出生日期：${cnDate(v.b)}
身份证件种类及号码：居民身份证 ${d.I(v.id, 0.2)}
现住址：${v.addr}
联系方式：${d.M(v.mobile, 0.3)}
    我们是${pol.n}的民警，现依法对你进行询问，你应当如实回答，对与本案无关的问题有拒绝回答的权利，你听清楚了吗？
答：听清楚了。
问：你今天为什么来派出所？
答：我被骗了，来报案。
问：你把经过详细讲一下。
答：${cnDate(addDays(t, -1))}晚上，一个自称是${cover}的人打我电话，号码显示是${d.x('masked_mobile', maskMob(genMobile()))}，对方说他叫${d.n(alias)}，让我加了一个QQ，QQ号是${d.x('qq', q)}，昵称叫"${d.x('nickname', pick(['小雅', '客服-晴天', '安心理赔', '理赔专员Amy', 'Amy']))}"。后来对方让我下载一个会议软件共享屏幕，说要把钱转到"安全账户"，户名是${d.n(scam.name)}，卡号是${d.B(scam.card, 0.3)}，开户行是${scam.bank.f}。我就用我自己的${v.bank.s}卡${d.B(v.card, 0.3)}分两次转了${tr1}元和${tr2}元。
问：转账后对方还有什么要求？
答：对方又让我往另一个账户转，户名${d.n(scam2.name)}，账号${chance(0.5) ? d.B(scam2.card, 0.3) : d.x('masked_card', maskCard(scam2.card)) + '（只记得后四位）'}，我没钱了就没转，后来发现QQ被拉黑了，我才知道被骗了。
问：你还有什么要补充的吗？
答：没有了，转账截图我手机上有，流水号是${d.x('serial', serial(t))}。
问：以上所说是否属实？
答：属实。
被询问人：${d.N(v.name)}   ${ymd(t, '.')}
询问人：${d.N(cop1.name)}  ${d.N(cop2.name)}`;
  return d.done(ocr ? ocrNoise(txt, 0.04) : txt);
}

// 10 批量查询结果（定长）
function kBatchFixed() {
  const d = new D('batch-fixed');
  const bank = pick(BANKS); const t = evDate(); const pol = pick(POLICE);
  const n = ri(5, 14);
  const bno = d.x('batch_no', guarded(() => 'BQ' + ymd(t, '') + pad(ri(1, 999), 5)));
  const L = [];
  L.push(`${bank.f} 批量账户查询结果                           批次号: ${bno}`);
  L.push(`查询机构: ${pol.n}   查询日期: ${ymd(t)}   共 ${pad(n, 3)} 条   打印柜员: ${d.x('teller_no', pad(ri(1, 9999), 4))}`);
  L.push('-'.repeat(142));
  L.push(`${padR('序号', 6)}${padR('客户号', 14)}${padR('户名', 26)}${padR('证件号码/信用代码', 21)}${padR('卡号/账号', 22)}${padR('开户日期', 10)}${padR('开户网点', 20)}${padR('状态', 10)}${padL('余额', 13)}  预留手机`);
  for (let i = 1; i <= n; i++) {
    const old = chance(0.15);
    const p = person({ bank, legacy: old, y0: old ? 1940 : 1965, y1: old ? 1980 : 2004 });
    if (chance(0.12)) { // 对公账户 row: company name (truncated by the export), USCC, corporate account
      const co = company(); const nmc = d.x('company', co.name.length > 12 ? co.name.slice(0, 12) : co.name);
      L.push(`${padR(pad(i, 4), 6)}${padR(d.x('customer_no', guarded(() => '9' + dig(11))), 14)}${padR(nmc, 26)}${padR(d.U(genUscc(co.city.uscc)), 21)}${padR(d.x('corporate_account', corpAcct()), 22)}${padR(ymd(addDays(t, -ri(30, 2000)), ''), 10)}${padR(d.x('bank_branch', co.city.c + pick(co.city.ds) + '支行'), 20)}${padR(pick(['正常', '冻结', '只收不付']), 10)}${padL(comma(amount()), 13)}  ${d.M(p.mobile, 0)}`);
      continue;
    }
    const open = old ? `${ri(1996, 2004)}${pad(ri(1, 12), 2)}${pad(ri(1, 28), 2)}` : ymd(addDays(t, -ri(10, 3000)), '');
    const nm = d.N(nameFW(p.name));
    const idTxt = old ? d.L15(p) : d.I(p.id, 0);
    const br = pick(CITIES); const bcell = d.x('bank_branch', br.c + pick(br.ds) + '支行');
    const cust = d.x('customer_no', guarded(() => pick(['1', '3', '8']) + dig(11)));
    const st = pick(['正常', '冻结', '止付', '只收不付', '销户', '睡眠', '冻结']);
    const bal = st === '销户' ? '0.00' : comma(amount());
    let mob = '';
    if (chance(0.85)) mob = d.M(p.mobile, 0); else if (chance(0.5)) mob = d.x('masked_mobile', maskMob(p.mobile));
    L.push(`${padR(pad(i, 4), 6)}${padR(cust, 14)}${padR(nm, 26)}${padR(idTxt, 21)}${padR(d.B(p.card, 0), 22)}${padR(open, 10)}${padR(bcell, 20)}${padR(st, 10)}${padL(bal, 13)}  ${mob}`);
  }
  L.push('-'.repeat(142));
  L.push(`本结果仅供协查使用  ${pick(['第1页/共1页', '第1页'])}`);
  return d.done(L.join('\n'));
}

// 11 协查回执 CSV
function kBatchCsv() {
  const d = new D('batch-csv');
  const pol = pick(POLICE); const t = evDate(); const bank = pick(BANKS);
  const H = ['查询序号', '协查编号', '查询账号', '户名', '证件号码', '预留手机', '开户网点', '开户日期', '账户状态', '可用余额', '最后交易时间', '最后交易流水号', '最后交易IP', '反馈说明'];
  const L = [H.join(',')]; const n = ri(5, 14); const xc = d.x('xiecha_no', xiecha(pol, t));
  for (let i = 1; i <= n; i++) {
    const p = person({ bank });
    const lt = later(t, -ri(60, 3600 * 24 * 15));
    if (chance(0.1)) { L.push([i, xc, d.B(p.card, 0), '', '', '', '', '', '', '', '', '', '', d.x('placeholder', '查无此户')].join(',')); continue; }
    if (chance(0.06)) { const bad = badLuhnCard(bank); d.dcare('bank_card', bad); L.push([i, xc, bad, '', '', '', '', '', '', '', '', '', '', '账号位数或校验错误'].join(',')); continue; }
    L.push([i, xc, d.B(p.card, 0), d.N(p.name), d.I(p.id, 0.05), chance(0.9) ? d.M(p.mobile, 0) : '', d.x('bank_branch', branch(bank)), ymd(addDays(t, -ri(30, 2000)), ''), pick(['正常', '冻结', '止付', '只收不付']), amount(), ts(lt), d.x('serial', serial(lt)), d.x('ip', ip()), pick(['已反馈', '已冻结', '已续冻', '余额不足'])].join(','));
  }
  return d.done(`# ${bank.f} 协查反馈 ${pol.n}\n` + L.join('\n'));
}

// 12 risk API JSON
function kRiskApi() {
  const d = new D('risk-api');
  const t = evDate(); const p = person();
  const compactJ = chance(0.4);
  const masked = chance(0.25);
  const cp = chance(0.7) ? person() : null;
  const rules = shuffle([['R_CARD_MULTI_BIND', '同一卡号近7日绑定多个账户'], ['R_DEV_SHARE', '设备关联涉诈账户'], ['R_NIGHT_HF', '夜间高频转账'], ['R_NEW_ACCT_BIGIN', '新开户大额转入'], ['R_SIM_SWAP', '近24小时换卡/换机'], ['R_GEO_JUMP', 'IP地理位置跳变'], ['R_BLACKLIST_CP', '交易对手命中涉案名单']]).slice(0, ri(1, 4));
  const obj = {
    trace_id: d.x('trace_id', guarded(() => hex(32))),
    event: pick(['TRANSFER', 'LOGIN', 'BIND_CARD', 'WITHDRAW', 'OPEN_ACCOUNT']),
    event_time: d.x('epoch_ms', epochMs(t)),
    user: masked
      ? { uid: d.x('uid', 'U' + dig(10)), real_name: d.x('masked_name', maskName(p.name)), id_card: d.x('masked_id', maskId(p.id)), mobile: d.x('masked_mobile', maskMob(p.mobile)), card_no: d.x('masked_card', maskCard(p.card)) }
      : { uid: d.x('uid', 'U' + dig(10)), real_name: d.N(p.name), id_card: d.I(p.id, 0.05), mobile: d.M(p.mobile, 0.05), email: d.Em(p.email, 0.1), card_no: d.B(p.card, 0.05), bank: p.bank.f },
    device: { device_id: d.x('device_id', devId()), imei: d.x('imei', imei()), ip: d.x('ip', ip()), geo: pick(['广东省深圳市', '河南省周口市', '柬埔寨金边', '缅甸妙瓦底', '湖南省长沙市', '福建省福州市']), os: pick(['Android 13', 'iOS 17.2', 'Android 11', 'HarmonyOS 4.0']) },
    risk: { score: ri(40, 99), level: pick(['HIGH', 'HIGH', 'MEDIUM', 'REJECT']), hits: rules.map(([code, desc]) => ({ rule: code, desc })) },
  };
  if (cp) obj.counterparty = { name: d.N(cp.name), card_no: d.B(cp.card, 0), bank: cp.bank.s, in_blacklist: chance(0.5) };
  if (!masked && chance(0.3)) obj.user.email_verified = chance(0.5);
  if (chance(0.3)) obj.related_accounts = Array.from({ length: ri(1, 3) }, () => { const q = person(); return { name: d.N(q.name), mobile: d.M(q.mobile, 0), relation: pick(['同设备', '同IP', '同收款卡']) }; });
  obj.decision = pick(['REJECT', 'REVIEW', 'PASS_WITH_SMS', 'FREEZE']);
  const body = JSON.stringify({ code: 200, message: 'success', data: obj }, null, compactJ ? 0 : 2);
  const pre = chance(0.4) ? `POST /api/v2/risk/evaluate 200 ${ri(12, 300)}ms\nresponse:\n` : '';
  return d.done(pre + body);
}

// 13 投诉邮件
function kComplaint() {
  const d = new D('complaint-mail');
  const t = evDate(); const p = person({ y0: 1960, y1: 2002 }); const bank = p.bank;
  const dom = pick(['kefu', 'service', 'complaint', '95xxx-ts']) + '@' + pick(['cs.', 'mail.', '']) + pick(['xxbank.com.cn', 'bank-service.cn', 'payco.com']);
  const agent = person();
  const fw = chance(0.3);
  const bodyMob = fw ? FW(p.mobile) : fMob(p.mobile, 0.4);
  d.ent('cn_mobile', p.mobile);
  const mid = `<${compact(t)}.${hex(6).toUpperCase()}@${p.email.split('@')[1]}>`;
  d.dcare('email', mid.slice(1, -1).toLowerCase());
  const agentMail = pick(['kf_', 'cs.', '']) + agent.py[0] + agent.py[1] + '@' + dom.split('@')[1];
  const reply = chance(0.5);
  let body = `尊敬的${bank.f}：
    我是贵行客户${d.N(p.name)}，身份证号${d.I(p.id, 0.2)}，银行卡号${d.B(p.card, 0.4)}，手机${bodyMob}。${cnDate(t)}我在ATM取钱时发现卡被${pick(['冻结', '止付', '限制非柜面交易'])}了，柜台说是因为${pick(['涉案', '公安机关要求', '交易异常'])}，但我${pick(['从来没有把卡借给别人', '只是做淘宝兼职收过几笔钱', '卡里是我工资'])}，请尽快给我解冻。${chance(0.4) ? `之前转钱给我的是${d.n(genName().name)}，我们是朋友。` : ''}
    我的联系方式：${fw ? FW(p.mobile) : p.mobile}，邮箱${d.Em(p.email, 0.15)}。如3个工作日内不处理，我将向${pick(['人民银行', '银保监局', '12378'])}投诉。
${d.N(p.name)}
${cnDate(t)}`;
  const hdr = `From: "${d.N(p.name)}" <${d.Em(p.email, 0)}>
To: ${d.Em(dom, 0)}
Subject: ${pick(['投诉：我的卡被无故冻结', '关于银行卡被止付的投诉', 'Re: 解冻申请', '卡被冻了谁来管'])}
Date: ${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay()]}, ${t.d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'][t.m - 1]} 2024 ${hms(t)} +0800
Message-ID: ${mid}
X-Originating-IP: [${d.x('ip', ip())}]
X-Mailer: ${pick(['Foxmail 7.2.25.375', 'NetEase Mail Master 4.19', 'iPhone Mail (21D61)', 'Coremail Webmail'])}
Content-Type: text/plain; charset="${pick(['gb18030', 'utf-8', 'GBK'])}"
`;
  let quote = '';
  if (reply) {
    let tail; do { tail = hex(8).toUpperCase(); } while (!/\d/.test(tail));
    const cid = `image00${ri(1, 4)}.png@01DA${hex(4).toUpperCase()}.${tail}`;
    quote = `

-----邮件回复-----
${d.N(p.name)}先生/女士您好：
    您反映的问题已收到，工单号${d.x('ticket_no', guarded(() => 'TS' + ymd(t, '') + dig(6)))}。经核查，您尾号${d.x('card_tail', p.card.slice(-4))}的账户因${pick(['公安机关协查', '涉嫌电信网络诈骗'])}被${pick(['冻结', '止付'])}，依据协查编号${d.x('xiecha_no', xiecha(pick(POLICE), t))}，我行无权自行解除，请您联系办案机关。
${pick(TITLES.slice(0, 6))} ${d.N(agent.name)}
${bank.f}客户服务中心  客服热线：${d.x('hotline', bank.tel)}
邮箱：${d.Em(agentMail, 0)}
[cid:${d.x('content_id', cid)}]`;
  }
  return d.done(hdr + '\n' + body + quote);
}

// 14 短信网关日志
function kSmsLog() {
  const d = new D('sms-log');
  const t0 = evDate(); let t = { ...t0 };
  const L = []; const n = ri(8, 22);
  const sign = pick(['【XX银行】', '【XX支付】', '【安心付】', '【钱包】']);
  for (let i = 0; i < n; i++) {
    t = later(t, ri(1, 120));
    const ms = pad(ri(0, 999), 3);
    const r = R();
    if (r < 0.1) {
      const u = unallocMobile();
      L.push(`${ts(t)}.${ms} [WARN] [sms-send-${ri(1, 8)}] mobile=${d.x('unallocated_mobile', u)} ret=E_NUM_INVALID desc=号码段不存在`);
      continue;
    }
    const m = genMobile(chance(0.15) ? pick(['170', '171']) : undefined);
    const msgid = d.x('msgid', guarded(() => compact(t).slice(2) + dig(9)));
    const code = pad(ri(0, 999999), 6);
    const tpl = pick(['VERIFY_LOGIN', 'VERIFY_TRANSFER', 'BIND_CARD', 'RESET_PWD', 'RISK_NOTICE']);
    const mm = chance(0.15) ? '+86' + m : m;
    L.push(`${ts(t)}.${ms} [INFO] [sms-send-${ri(1, 8)}] reqId=${d.x('request_id', guarded(() => hex(16)))} mobile=${d.M(m, 0) && mm} tpl=${tpl} code=${code} channel=${pick(['CMPP2', 'CMPP3', 'SGIP', 'HTTP-ALI'])} ret=0 msgid=${msgid}`);
    if (chance(0.5)) {
      const tt = later(t, ri(1, 9));
      L.push(`${ts(tt)}.${pad(ri(0, 999), 3)} [INFO] [sms-report] msgid=${msgid} mobile=${d.x('masked_mobile', maskMob(m))} stat=${pick(['DELIVRD', 'DELIVRD', 'UNDELIV', 'EXPIRED', 'MK:0005'])} ts=${d.x('epoch_ms', epochMs(tt))}`);
    }
    if (tpl === 'RISK_NOTICE' && chance(0.6)) L.push(`${ts(t)}.${ms} [DEBUG] [sms-send] content=${sign}您尾号${d.x('card_tail', dig(4))}的账户于${pad(t.m, 2)}月${pad(t.d, 2)}日存在异常交易，已暂停非柜面业务，详询${d.x('hotline', pick(BANKS).tel)}。`);
    if (chance(0.08)) L.push(`${ts(t)}.${ms} [WARN] [risk] mobile=${fMob(m, 1)} hit=SMS_BOMB count=${ri(6, 30)}/10min ip=${d.x('ip', ip())}`);
  }
  return d.done(L.join('\n'));
}

// 15 登录/设备风控日志
function kDeviceLog() {
  const d = new D('device-log');
  const t0 = evDate(); let t = { ...t0 };
  const n = ri(6, 16); const L = [];
  const people = Array.from({ length: ri(2, 5) }, () => person());
  const sharedDev = d.x('device_id', devId());
  for (let i = 0; i < n; i++) {
    t = later(t, ri(3, 1800));
    const p = pick(people);
    const rec = { ts: +d.x('epoch_ms', epochMs(t)), uid: d.x('uid', 'U' + dig(10)), mobile: d.M(p.mobile, 0), event: pick(['LOGIN', 'LOGIN', 'BIND_CARD', 'TRANSFER', 'CHANGE_PHONE', 'FACE_VERIFY']), device_id: chance(0.5) ? sharedDev : d.x('device_id', devId()), imei: d.x('imei', imei()), ip: d.x('ip', ip()), result: pick(['PASS', 'PASS', 'CHALLENGE', 'DENY']), risk_tags: shuffle(['SHARED_DEVICE', 'EMULATOR', 'ROOT', 'PROXY_IP', 'SIM_CHANGED', 'NEW_DEVICE']).slice(0, ri(0, 2)) };
    if (rec.event === 'BIND_CARD') rec.card_no = d.B(p.card, 0);
    if (rec.event === 'CHANGE_PHONE') { const nm = genMobile(); rec.new_mobile = d.M(nm, 0); }
    if (chance(0.15)) rec.iccid = d.x('iccid', iccid());
    L.push(JSON.stringify(rec));
  }
  return d.done(L.join('\n'));
}

// 16 内鬼数据售卖帖
function kInsiderLeak() {
  const d = new D('insider-leak');
  const bank = pick(BANKS); const t = evDate();
  const withMail = chance(0.5);
  const withXc = chance(0.6); const pol = pick(POLICE);
  const fields = ['姓名', '身份证', '手机', '卡号', '开户行', '冻结金额', ...(withXc ? ['协查编号'] : []), ...(withMail ? ['邮箱'] : [])];
  const sep = pick(['|', '----', ' ', ',']);
  const n = ri(4, 10);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = person({ bank });
    if (chance(0.25)) { rows.push([d.x('masked_name', maskName(p.name)), d.x('masked_id', maskId(p.id)), d.x('masked_mobile', maskMob(p.mobile)), d.x('masked_card', maskCard(p.card)), bank.s, comma(amount())].join(sep)); continue; }
    const r = [d.N(p.name), d.I(p.id, 0.03), d.M(p.mobile, 0.03), d.B(p.card, 0.03), BANK_ABBR[bank.s][0] + pick(CITIES).c, amount()];
    if (withXc) r.push(d.x('xiecha_no', xiecha(pol, t)));
    if (withMail) r.push(d.Em(p.email, 0.05));
    rows.push(r.join(sep));
  }
  const tg = d.x('tg_handle', '@' + pick(['data', 'sjk', 'neibu', 'fk', 'hy']) + pick(['_', '']) + pick(['king', 'vip', '888', 'shop', 'zhan']) + ri(1, 99));
  const text = `【出】${bank.s}内部 ${pick(['涉案冻结名单', '止付名单', '反诈管控名单', '高风险客户名单'])} ${pick(['日更', '周更', '实时'])} ${t.m}月最新
数据来源：行内${pick(['反诈系统', '风控平台', '协查系统'])}导出 一手非二手 可验
字段：${fields.join(sep)}
样本（前${n}条，其余私聊）：
${rows.join('\n')}
价格：${pick(['0.5U/条', '1U/条', '300U/千条'])} ${pick(['500条起', '不零卖', '量大优惠'])} 担保交易 ${pick(['走公群', '押金可谈'])}
联系：TG ${tg}  收款 ${d.x('wallet', wallet())}
${chance(0.5) ? `内部人员勿扰 ${d.x('nickname', pick(NICKS))}专供` : ''}`;
  return d.done(text);
}

// 17 研判会纪要
function kCaseNotes() {
  const d = new D('case-notes');
  const t = evDate(); const pol = pick(POLICE);
  const staff = Array.from({ length: ri(3, 6) }, () => person());
  const rec = person();
  const v = person({ y0: 1950, y1: 2000 }); const s1 = person({ y0: 1985, y1: 2004 }); const s2 = person({ y0: 1985, y1: 2004 });
  const depts = ['风险管理部', '运营管理部', '反洗钱中心', '个金部', '信用卡中心', '法律合规部'];
  const part = staff.map((p) => `${d.N(p.name)}${chance(0.5) ? '（' + pick(depts) + '）' : ''}`).join('、');
  const amt = amount();
  const talk = staff.slice(0, ri(2, staff.length)).map((p) => `  ${d.N(p.name)}：${pick(['建议把近三个月新开的一类户都过一遍，特别是同一网点批量开户的。', '对公户那边要跟工商信息比对，法人年龄偏小的重点看。', '承兑商这条线先别惊动，等协查回来再说。', '同设备登录的几个账户先加入观察名单。', '跟公安那边确认一下续冻时间，别过期了。', '周口片区最近集中出现二类户转一类户的情况。'])}`).join('\n');
  const text = `${pick(['反诈专班', '涉案账户治理小组', '风险管理部'])} 案件研判会 纪要
时间：${cnDate(t)} ${pad(ri(9, 16), 2)}:30
地点：${pick(['3楼会议室', '风控中心小会议室', '线上（腾讯会议）'])}
参会人员：${part}
记录：${d.N(rec.name)}
一、案情
  1. 案件编号${d.x('case_no', caseNo(pol, t))}，受害人${d.N(v.name)}（身份证${d.I(v.id, 0.2)}，手机${d.M(v.mobile, 0.3)}）被骗${comma(amt)}元（转账流水${d.x('serial', serial(t))}），资金经我行卡${d.B(s1.card, 0.3)}（户名${d.N(s1.name)}，${d.x('bank_branch', branch(s1.bank))}开户）一级过渡。
  2. 二级卡${d.B(s2.card, 0.3)}，户名${d.N(s2.name)}，证件号${d.I(s2.id, 0.2)}，绑定手机${d.M(s2.mobile, 0.3)}，近7日与${ri(4, 20)}个涉诈账户往来，登录IP ${d.x('ip', ip())}，设备${d.x('device_id', devId())}。
  3. 资金最终流向承兑商"${d.x('nickname', pick(OTC_NICKS))}"，TRC20地址${d.x('wallet', wallet())}。
二、讨论
${talk}
三、下一步
  1. 运营部导出${pick(CITIES).c}地区近90天新开户清单（含${d.x('place', pick(PLACES))}一带网点）。
  2. ${d.n(pick(staff).name)}负责与${pol.n}对接，协查编号${d.x('xiecha_no', xiecha(pol, t))}。
  3. 下次会议：${cnDate(addDays(t, 7))}。`;
  return d.done(text);
}

// 18 可疑开户复核登记表
function kKyc() {
  const d = new D('kyc-review');
  const bank = pick(BANKS); const city = pick(CITIES); const t = evDate();
  const p = person({ bank, y0: 1985, y1: 2006 });
  const mgr = person(), chk = person();
  const pass = chance(0.25);
  const ppNo = pass ? pick([() => 'E' + dig(8), () => 'E' + pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')) + dig(7)])() : null;
  const companion = chance(0.5);
  const idLine = pass ? `证件类型：护照            护照号码：${d.PP(ppNo)}\n身份证号：${d.I(p.id, 0.2)}` : `证件类型：居民身份证      证件号码：${d.I(p.id, 0.2)}`;
  const text = `可疑开户复核登记表
网点：${d.x('bank_branch', branch(bank, city))}        登记日期：${ymd(t)}      编号：${d.x('form_no', 'KH' + ymd(t, '') + pad(ri(1, 999), 3))}
客户姓名：${d.N(p.name)}        性别：${p.male ? '男' : '女'}      国籍：中国
${idLine}
有效期至：${ymd(addDays(t, 365 * ri(3, 20)), '.')}
手机号码：${d.M(p.mobile, 0.3)}          电子邮箱：${chance(0.85) ? d.Em(p.email, 0.1) : '无'}
职业：${pick(OCCUP)}      工作单位：${chance(0.5) ? d.x('company', company().name) : '—'}     年收入：${pick(['5万以下', '5-10万', '不详'])}
户籍地址：${p.addr}
开户目的：${pick(['工资代发（无单位证明）', '个人储蓄', '网购', '生意收款', '朋友让办的'])}
同行人员：${companion ? `有（疑似中介，${pick(['男', '女'])}，约${ri(25, 45)}岁，自称"${d.x('nickname', pick(['阿杰', '小七', 'Tony', '表哥']))}"）` : '无'}
手机号核验：${pick(['实名一致', '实名一致，入网时间<3个月', '非本人实名'])}    号码归属地：${d.x('place', pick(PLACES))}
联网核查：${pick(['一致', '一致', '照片存疑'])}
复核结论：${pick(['□正常 ■可疑 拒绝开户', '■正常 □可疑 限额开户（日累计5000）', '□正常 ■可疑 上报'])}
客户经理：${d.N(mgr.name)}      复核人：${d.N(chk.name)}      ${chance(0.5) ? `联系人：${d.x('job_title', pick(TITLES.slice(0, 6)))}` : ''}`;
  return d.done(text);
}

// 19 外呼核实记录（markdown 表）
function kCallback() {
  const d = new D('callback-pipe');
  const t = evDate(); const n = ri(5, 12);
  const agents = Array.from({ length: ri(1, 3) }, () => person());
  const L = [`### 涉案账户客户外呼核实记录（${ymd(t)}）`, '', '| 序号 | 工单号 | 客户姓名 | 联系电话 | 涉及卡号 | 核实结果 | 坐席 |', '|---|---|---|---|---|---|---|'];
  for (let i = 1; i <= n; i++) {
    const p = person(); const a = pick(agents);
    const cardCell = chance(0.6) ? d.x('masked_card', maskCard(p.card)) : d.B(p.card, 0.2);
    const nameCell = chance(0.08) ? d.x('placeholder', pick(['不详', '待核实'])) : d.N(p.name);
    const res = pick(['本人承认出借，已告知法律后果', '称卡丢失，已挂失', '无人接听', '空号', '拒绝沟通', '称被人骗去办卡', '本人使用，已提供交易说明']);
    const phone = res === '空号' ? d.x('unallocated_mobile', unallocMobile()) : d.M(p.mobile, 0.2);
    L.push(`| ${i} | ${d.x('ticket_no', guarded(() => 'WH' + ymd(t, '') + pad(ri(1, 9999), 4)))} | ${nameCell} | ${phone} | ${cardCell} | ${res} | ${d.N(a.name)}/${d.x('staff_no', pad(ri(1, 99999), 5))} |`);
  }
  return d.done(L.join('\n'));
}

// 20 四件套照片 OCR
function kOcrId() {
  const d = new D('ocr-idcopy');
  const p = person({ y0: 1975, y1: 2005 });
  const sp = (s) => (chance(0.5) ? [...s].join(' ') : s);
  const id = p.id;
  let idTxt;
  const broken = chance(0.15);
  if (broken) { const k = ri(6, 14); idTxt = id.slice(0, k) + ({ 0: 'O', 1: 'l', 8: 'B', 5: 'S', 2: 'Z' }[id[k]] || 'B') + id.slice(k + 1); d.dcare('cn_resident_id', id); }
  else { idTxt = chance(0.3) ? `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}` : id; d.ent('cn_resident_id', id); }
  const nmTxt = chance(0.4) ? [...p.name].join(' ') : p.name;
  d.N(p.name);
  const addrTxt = lfSplit(p.addr, Math.min(14, p.addr.length - 2));
  const front = `${sp('姓名')} ${nmTxt}
${sp('性别')} ${p.male ? '男' : '女'}  ${sp('民族')} ${p.name.includes('·') ? '维吾尔' : '汉'}
${sp('出生')} ${p.b.y} 年 ${p.b.m} 月 ${p.b.d} 日
${sp('住址')} ${addrTxt}
${sp('公民身份号码')} ${idTxt}`;
  const back = chance(0.6) ? `\n\n中华人民共和国\n居民身份证\n签发机关 ${p.reg[1].replace(/^.*?(省|自治区|市)/, '')}公安局\n有效期限 ${p.b.y + ri(18, 30)}.${pad(p.b.m, 2)}.${pad(p.b.d, 2)}-${pick(['长期', String(p.b.y + 40) + '.' + pad(p.b.m, 2) + '.' + pad(p.b.d, 2)])}` : '';
  const cardImg = chance(0.8) ? `\n\n${p.bank.f}\n${pick(['借记卡', 'DEBIT CARD', '储蓄卡', '金穗借记卡', '龙卡'])}\n${d.B(p.card, 0.9)}\n${pick(['UnionPay', '银联', 'Union Pay 银联'])}\n${chance(0.4) ? 'VALID THRU ' + pad(ri(1, 12), 2) + '/' + ri(26, 33) : ''}` : '';
  const sim = chance(0.5) ? `\n\n手机卡 ${pick(['中国移动', '中国联通', '中国电信'])}\nICCID ${d.x('iccid', iccid())}\n号码 ${d.M(p.mobile, 0.3)}` : '';
  const head = `[OCR] ${d.x('file_name', pick(['IMG_' + pad(ri(1, 9999), 4), 'wx_camera_' + epochMs(evDate()), 'mmexport' + epochMs(evDate())]) + '.jpg')}  置信度 0.${ri(71, 98)}  来源：${d.x('nickname', pick(NICKS))}\n`;
  return d.done(head + front + back + cardImg + sim);
}

// 21 涉案手机短信提取
function kSmsInbox() {
  const d = new D('sms-inbox');
  const t0 = evDate(); let t = { ...t0 };
  const owner = person({ y0: 1985, y1: 2005 });
  const contacts = Array.from({ length: ri(1, 3) }, () => person());
  const second = person({ bank: pick(BANKS.filter((b) => b !== owner.bank)) });
  const L = [`手机取证报告-短信记录  检材编号：${d.x('evidence_no', guarded(() => pick(POLICE).a.slice(0, 1) + '-JC-' + ymd(t0, '') + '-' + pad(ri(1, 99), 3)))}`,
    `机主：${d.N(owner.name)}  本机号码：${d.M(owner.mobile, 0.2)}  IMEI：${d.x('imei', imei())}`,
    '序号\t对方号码\t联系人\t时间\t类型\t内容'];
  const n = ri(6, 14);
  for (let i = 1; i <= n; i++) {
    t = later(t, ri(60, 7200));
    const r = R();
    if (r < 0.35) {
      const alt = chance(0.25); const bank = alt ? second.bank : owner.bank; const card = alt ? second.card : owner.card;
      L.push(`${i}\t${d.x('hotline', bank.tel)}\t\t${ts(t)}\t接收\t【${bank.s}】您尾号${d.x('card_tail', card.slice(-4))}卡${pad(t.m, 2)}月${pad(t.d, 2)}日${pad(t.h, 2)}:${pad(t.mi, 2)}${pick(['转入', '转支', '网上支付'])}${comma(amount())}元，余额${comma(amount())}元。`);
    } else if (r < 0.5) {
      L.push(`${i}\t${d.x('sms_port', guarded(() => '10690' + dig(ri(7, 9))))}\t\t${ts(t)}\t接收\t【${pick(['支付宝', '微信支付', '云闪付'])}】验证码${pad(ri(0, 999999), 6)}，${pick(['您正在绑定银行卡', '您正在登录', '您正在修改手机号'])}，切勿告知他人。`);
    } else {
      const c = pick(contacts);
      const nmCell = chance(0.7) ? d.N(c.name) : d.x('nickname', pick(NICKS));
      const msg = pick([() => `卡到了没`, () => `U盾密码发我`, () => `明天去网点把手机号改成${d.M(genMobile('170'), 0.3)}`, () => `钱到了 你的${comma(String(ri(3, 20) * 100))}已经转你支付宝了`, () => `别接银行电话`, () => `银行问就说自己用的`, () => `卡冻了 你去柜台问问`, () => `把身份证正反面发我`])();
      L.push(`${i}\t${d.M(c.mobile, 0.1)}\t${nmCell}\t${ts(t)}\t${pick(['接收', '发送'])}\t${msg}`);
    }
  }
  return d.done(L.join('\n'));
}

// ───────────────────────── assemble ─────────────────────────
const PLAN = [
  ['freeze-csv', kFreezeCsv, 16], ['card-chat', kCardChat, 26], ['otc-merchant', kOtcMerchant, 14], ['otc-orders', kOtcOrders, 12],
  ['str-report', kStrReport, 14], ['str-xml', kStrXml, 10], ['police-freeze', kPoliceFreeze, 16], ['stop-pay', kStopPay, 18],
  ['victim-statement', kVictim, 16], ['batch-fixed', kBatchFixed, 14], ['batch-csv', kBatchCsv, 12], ['risk-api', kRiskApi, 22],
  ['complaint-mail', kComplaint, 20], ['sms-log', kSmsLog, 12], ['device-log', kDeviceLog, 10], ['insider-leak', kInsiderLeak, 10],
  ['case-notes', kCaseNotes, 12], ['kyc-review', kKyc, 14], ['callback-pipe', kCallback, 10], ['ocr-idcopy', kOcrId, 10], ['sms-inbox', kSmsInbox, 12],
];
const docs = [];
for (const [kind, fn, n] of PLAN) for (let i = 1; i <= n; i++) { const doc = fn(); docs.push({ id: `ot-${kind}-${i}`, ...doc, kind }); }

// ───────────────────────── self-check ─────────────────────────
const errors = [];
const compress = (s) => s.normalize('NFKC').replace(/[\s\-]/g, '').toUpperCase();
function occurs(text, det, v) {
  const n = text.normalize('NFKC');
  if (det === 'email') return n.toLowerCase().includes(v);
  if (det === 'person_name_zh') return n.replace(/\s/g, '').includes(v);
  const c = compress(text);
  if (c.includes(v.toUpperCase())) return true;
  if (det === 'cn_resident_id') return c.includes(v.slice(0, 6) + v.slice(8, 17));
  return false;
}
function validEntity(det, v) {
  switch (det) {
    case 'cn_resident_id': return idValid(v);
    case 'cn_mobile': return mobileOk(v);
    case 'bank_card': return /^\d{16,19}$/.test(v) && luhnOk(v) && v.startsWith('62');
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v);
    case 'cn_uscc': return usccValid(v) && orgCheck(v.slice(8, 16)) === v[16];
    case 'cn_landline': return /^0(10|2[0-57-9])\d{8}$/.test(v) || /^0[3-9]\d{2}\d{7,8}$/.test(v);
    case 'cn_passport': return /^E([A-HJ-NP-Z]\d{7}|\d{8})$/.test(v);
    case 'person_name_zh': return /^[\u4e00-\u9fa5·]{2,16}$/.test(v);
  }
  return false;
}
for (const doc of docs) {
  const entVals = new Set(doc.entities.map((e) => e.detector + '|' + e.value));
  const allLabelled = new Set([...entVals, ...doc.dontCare.map((e) => e.detector + '|' + e.value)]);
  for (const e of doc.entities) {
    if (!occurs(doc.text, e.detector, e.value)) errors.push(`${doc.id}: entity ${e.detector} ${e.value} not in text`);
    if (!validEntity(e.detector, e.value)) errors.push(`${doc.id}: entity ${e.detector} ${e.value} fails validation`);
  }
  for (const x of doc.decoys) {
    if (!doc.text.includes(x.text)) errors.push(`${doc.id}: decoy ${x.kind} "${x.text}" not in text`);
    const cx = compress(x.text);
    for (const e of doc.entities) {
      if (x.text === e.value || cx === e.value.toUpperCase()) errors.push(`${doc.id}: decoy equals entity ${e.value}`);
      if (e.detector !== 'person_name_zh' && e.value.length >= 11 && cx.includes(e.value.toUpperCase())) errors.push(`${doc.id}: decoy "${x.text}" contains entity ${e.value}`);
    }
    if (x.kind !== 'unallocated_mobile') for (const f of sensitiveRuns(x.text)) errors.push(`${doc.id}: decoy ${x.kind} "${x.text}" looks valid as ${f.det}`);
  }
  for (const x of doc.decoys) for (const e of doc.entities) if (e.detector === 'person_name_zh' && (e.value.includes(x.text) || x.text.includes(e.value))) errors.push(`${doc.id}: decoy "${x.text}" overlaps name ${e.value}`);
  for (const f of sensitiveRuns(doc.text)) if (!allLabelled.has(f.det + '|' + f.value)) errors.push(`${doc.id}: unlabelled valid ${f.det} ${f.value}`);
}
// entity never a decoy anywhere (global)
const allDecoyTexts = new Set(docs.flatMap((d) => d.decoys.map((x) => x.text)));
for (const doc of docs) for (const e of doc.entities) if (allDecoyTexts.has(e.value)) errors.push(`${doc.id}: entity ${e.value} is a decoy elsewhere`);

// ───────────────────────── output & summary ─────────────────────────
const out = process.argv[2];
if (!out) { console.error('usage: node otc.mjs OUT.jsonl'); process.exit(2); }
writeFileSync(out, docs.map((d) => JSON.stringify({ id: d.id, kind: d.kind, text: d.text, entities: d.entities, dontCare: d.dontCare, decoys: d.decoys })).join('\n') + '\n');
const perKind = {}, perDet = {}, perDc = {}, perDecoy = {};
for (const d of docs) {
  perKind[d.kind] = (perKind[d.kind] || 0) + 1;
  for (const e of d.entities) perDet[e.detector] = (perDet[e.detector] || 0) + 1;
  for (const e of d.dontCare) perDc[e.detector] = (perDc[e.detector] || 0) + 1;
  for (const x of d.decoys) perDecoy[x.kind] = (perDecoy[x.kind] || 0) + 1;
}
const tot = (o) => Object.values(o).reduce((a, b) => a + b, 0);
console.log(`documents: ${docs.length}`);
console.log('per kind:', JSON.stringify(perKind));
console.log(`entities (${tot(perDet)}):`, JSON.stringify(perDet));
console.log(`dontCare (${tot(perDc)}):`, JSON.stringify(perDc));
console.log(`decoys (${tot(perDecoy)}):`, JSON.stringify(perDecoy));
if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length}):\n` + errors.slice(0, 40).join('\n')); process.exit(1); }
console.log('self-check: ok');
