#!/usr/bin/env node
/*
 * surveys.mjs — independent labelled test corpus for listguard (session 27)
 *
 * Theme: personal data in the exports of survey and form tools and in the
 * lists people make from them: 问卷星 / 金数据 / 腾讯问卷 / 麦客 / 飞书表单 /
 * 钉钉智能填表 exports (CSV and xlsx-as-text, headers that are the questions
 * themselves: "1、您的姓名：", "Q2.手机号码", "3.身份证号（用于购买保险）",
 * 序号, 提交答卷时间, 所用时间, 来源, 来源详情, 来自IP, 总分), 报名表 exports,
 * 抽奖/中奖 lists (public masked and internal full), 满意度回访 records,
 * 预约登记 results, 线上签到 lists, 团购接龙 and the tables made from it,
 * form webhooks' JSON/XML and the receiver's logs, 导出 mails to colleagues,
 * the tools' notification SMS/mails, 劳务费/奖金/退费 payout lists built from
 * form answers, OCR'd paper 报名表, work chats and minutes about exports.
 * Decoys: 答卷编号, 提交序号, IPs, 时间戳 (13-digit ms, 10-digit s, 14-digit
 * compact), scores, 微信昵称, openid, 选项 text (A. 张家界 …), 城市/学校/公司/
 * 部门/职位/队名/门店 answers, masked values, 13-digit 工号, 学号, 邮编, QQ,
 * 订单号/支付单号, respondents' typos (bad check digit, short numbers,
 * unallocated prefixes), Excel-mangled numbers (4.40305E+17), test entries.
 *
 * Usage:   node surveys.mjs OUT.jsonl      (no dependencies, deterministic)
 *
 * Output:  one JSON object per line
 *   {"id":"sv-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],  must be reported (unique)
 *    "dontCare":[{"detector":"...","value":"..."}],  either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}         must not be reported
 *
 * Normalisation of values: cn_resident_id 18 chars, upper-case X (legacy 15
 * digits upgraded to 18); cn_mobile 11 digits, no +86/separators;
 * cn_landline digits with leading 0 and area code, no separators/extension;
 * email lower-case; bank_card digits only; cn_passport upper-case; cn_uscc 18
 * chars upper-case; person_name_zh as written without spaces/titles/pinyin.
 * Decoys carry their exact text as written.
 *
 * Written in session 27 by a helper that never read src/, rules/ or test/,
 * from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node surveys.mjs OUT.jsonl'); process.exit(2); }

// ───────────────────────────── PRNG & small helpers ─────────────────────────────
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const R = mulberry32(0x5E270B5E);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = a => a[Math.floor(R() * a.length)];
const chance = p => R() < p;
const pad = (n, w = 2) => String(n).padStart(w, '0');
function wpick(list) {
  let t = 0; for (const x of list) t += x[x.length - 1];
  let r = R() * t;
  for (const x of list) { r -= x[x.length - 1]; if (r < 0) return x; }
  return list[list.length - 1];
}
const wsel = list => wpick(list)[0];
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const digits = n => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const digitsNZ = n => String(ri(1, 9)) + digits(n - 1);
const FWD = s => s.replace(/[!-~]/g, c => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));
const nf = s => s.normalize('NFKC');
const hex = n => { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[ri(0, 15)]; return s; };
const alnum = (n, set = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') => { let s = ''; for (let i = 0; i < n; i++) s += set[ri(0, set.length - 1)]; return s; };
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

// ───────────────────────────── check digits & validators ─────────────────────────────
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += (+b17[i]) * ID_W[i]; return '10X98765432'[s % 11]; }
const PROV = new Set([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65]);
function realDate(y, m, d) { const t = new Date(Date.UTC(y, m - 1, d)); return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d; }
function isValidId(v) {
  if (!/^\d{17}[\dX]$/.test(v)) return false;
  if (!PROV.has(+v.slice(0, 2))) return false;
  const y = +v.slice(6, 10), m = +v.slice(10, 12), d = +v.slice(12, 14);
  if (!realDate(y, m, d) || y < 1900 || y * 10000 + m * 100 + d > 20251231) return false;
  return idCheck(v.slice(0, 17)) === v[17];
}
function luhnOk(s) { let sum = 0, alt = false; for (let i = s.length - 1; i >= 0; i--) { let d = +s[i]; if (alt) { d *= 2; if (d > 9) d -= 9; } sum += d; alt = !alt; } return sum % 10 === 0; }
function luhnFinish(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c; throw new Error('luhn'); }
const MOB_ALLOC = /^1(3\d|4[57]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/;
const isMobile = v => MOB_ALLOC.test(v);
const isCard = v => /^\d{16,19}$/.test(v) && luhnOk(v) && (/^(62|81)/.test(v) || (/^4/.test(v) && (v.length === 16 || v.length === 19)) || (/^5[1-5]/.test(v) && v.length === 16));
const EMAIL_RE = /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/;
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
function orgCheck(b8) { const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * W[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function isUscc(v) {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v)) return false;
  if (!'159Y'.includes(v[0])) return false;
  if (!PROV.has(+v.slice(2, 4))) return false;
  if (orgCheck(v.slice(8, 16)) !== v[16]) return false;
  return usccCheck(v.slice(0, 17)) === v[17];
}
const LAND_AREAS = [['010', 8, 30], ['021', 8, 25], ['020', 8, 18], ['022', 8, 5], ['023', 8, 5], ['024', 8, 4], ['025', 8, 8], ['027', 8, 8], ['028', 8, 8], ['029', 8, 6], ['0755', 8, 25], ['0571', 8, 12], ['0512', 8, 6], ['0931', 7, 3]];
function isLandline(v) { for (const [a, n] of LAND_AREAS) if (v.startsWith(a) && v.length === a.length + n && /[2-8]/.test(v[a.length])) return true; return false; }
const isPassport = v => /^(E[A-HJ-NP-Z]\d{7}|E\d{8})$/.test(v);
const isName = v => /^[\u4e00-\u9fa5]{2,4}$/.test(v) || /^[\u4e00-\u9fa5]{2,6}·[\u4e00-\u9fa5]{2,6}$/.test(v);

// ───────────────────────────── normalisers (written form → value) ─────────────────────────────
function idUpgrade15(s) { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); }
const NORM = {
  cn_mobile: w => { let s = nf(w).replace(/[\s\-()]/g, ''); if (s.startsWith('+86')) s = s.slice(3); else if (s.startsWith('0086')) s = s.slice(4); else if (s.length === 13 && s.startsWith('86')) s = s.slice(2); return s; },
  cn_resident_id: w => { const s = nf(w).replace(/[\s\-]/g, '').toUpperCase(); return /^\d{15}$/.test(s) ? idUpgrade15(s) : s; },
  bank_card: w => nf(w).replace(/\D/g, ''),
  email: w => nf(w).trim().toLowerCase(),
  person_name_zh: w => w.replace(/\s/g, ''),
  cn_landline: w => nf(w).replace(/\D/g, ''),
  cn_uscc: w => nf(w).replace(/[\s\-]/g, '').toUpperCase(),
  cn_passport: w => nf(w).trim().toUpperCase(),
};
const VALID = {
  cn_mobile: isMobile, cn_resident_id: isValidId, bank_card: isCard, email: v => EMAIL_RE.test(v),
  person_name_zh: isName, cn_landline: isLandline, cn_uscc: isUscc, cn_passport: isPassport,
};

// ───────────────────────────── pools ─────────────────────────────
const SURN = [['王', 'wang', 72], ['李', 'li', 71], ['张', 'zhang', 68], ['刘', 'liu', 54], ['陈', 'chen', 45], ['杨', 'yang', 31], ['黄', 'huang', 23], ['赵', 'zhao', 23], ['吴', 'wu', 21], ['周', 'zhou', 21], ['徐', 'xu', 15], ['孙', 'sun', 15], ['马', 'ma', 15], ['朱', 'zhu', 14], ['胡', 'hu', 13], ['郭', 'guo', 13], ['何', 'he', 12], ['高', 'gao', 12], ['林', 'lin', 12], ['罗', 'luo', 11], ['郑', 'zheng', 11], ['梁', 'liang', 10], ['谢', 'xie', 8], ['宋', 'song', 8], ['唐', 'tang', 8], ['许', 'xu', 7], ['韩', 'han', 7], ['冯', 'feng', 7], ['邓', 'deng', 7], ['曹', 'cao', 7], ['彭', 'peng', 6], ['曾', 'zeng', 6], ['肖', 'xiao', 6], ['田', 'tian', 6], ['董', 'dong', 6], ['袁', 'yuan', 5], ['潘', 'pan', 5], ['于', 'yu', 5], ['蒋', 'jiang', 5], ['蔡', 'cai', 5], ['余', 'yu', 5], ['杜', 'du', 5], ['叶', 'ye', 5], ['程', 'cheng', 5], ['苏', 'su', 4], ['魏', 'wei', 4], ['吕', 'lv', 4], ['丁', 'ding', 4], ['任', 'ren', 4], ['沈', 'shen', 4], ['姚', 'yao', 4], ['卢', 'lu', 4], ['姜', 'jiang', 4], ['崔', 'cui', 4], ['钟', 'zhong', 4], ['谭', 'tan', 4], ['陆', 'lu', 3], ['汪', 'wang', 3], ['范', 'fan', 3], ['金', 'jin', 3], ['石', 'shi', 3], ['廖', 'liao', 3], ['贾', 'jia', 3], ['夏', 'xia', 3], ['韦', 'wei', 3], ['付', 'fu', 3], ['方', 'fang', 3], ['白', 'bai', 3], ['邹', 'zou', 3], ['孟', 'meng', 3], ['熊', 'xiong', 3], ['秦', 'qin', 3], ['邱', 'qiu', 3], ['江', 'jiang', 3], ['尹', 'yin', 3], ['薛', 'xue', 2], ['闫', 'yan', 2], ['段', 'duan', 2], ['雷', 'lei', 2], ['侯', 'hou', 2], ['龙', 'long', 2], ['史', 'shi', 2], ['陶', 'tao', 2], ['黎', 'li', 2], ['贺', 'he', 2], ['顾', 'gu', 2], ['毛', 'mao', 2], ['郝', 'hao', 2], ['龚', 'gong', 2], ['邵', 'shao', 2], ['万', 'wan', 2], ['钱', 'qian', 2], ['严', 'yan', 2], ['覃', 'qin', 2], ['武', 'wu', 2], ['戴', 'dai', 2], ['莫', 'mo', 2], ['孔', 'kong', 2], ['向', 'xiang', 2], ['常', 'chang', 1], ['易', 'yi', 1], ['关', 'guan', 1], ['文', 'wen', 1], ['安', 'an', 1], ['华', 'hua', 1], ['欧阳', 'ouyang', 2], ['上官', 'shangguan', 1], ['司马', 'sima', 1], ['诸葛', 'zhuge', 1], ['司徒', 'situ', 1], ['令狐', 'linghu', 1], ['皇甫', 'huangfu', 1], ['慕容', 'murong', 1], ['尉迟', 'yuchi', 1], ['东方', 'dongfang', 1], ['夏侯', 'xiahou', 1], ['闵', 'min', 1], ['亓', 'qi', 1], ['帅', 'shuai', 1], ['粟', 'su', 1], ['仉', 'zhang', 1], ['嵇', 'ji', 1], ['晏', 'yan', 1], ['麦', 'mai', 1], ['禤', 'xuan', 1], ['佘', 'she', 1], ['冼', 'xian', 1], ['蒯', 'kuai', 1]];
const SUR1 = new Set(SURN.filter(s => s[0].length === 1).map(s => s[0]));
const SUR2 = new Set(SURN.filter(s => s[0].length === 2).map(s => s[0]));
const surnameLed = w => { const s = w.replace(/^[A-Ha-h][.、．]\s*/, ''); return SUR1.has(s[0]) || SUR2.has(s.slice(0, 2)); };
const GM = [['伟', 'wei'], ['强', 'qiang'], ['磊', 'lei'], ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['杰', 'jie'], ['涛', 'tao'], ['斌', 'bin'], ['超', 'chao'], ['明', 'ming'], ['刚', 'gang'], ['平', 'ping'], ['辉', 'hui'], ['鹏', 'peng'], ['华', 'hua'], ['飞', 'fei'], ['鑫', 'xin'], ['波', 'bo'], ['宇', 'yu'], ['浩', 'hao'], ['凯', 'kai'], ['健', 'jian'], ['俊', 'jun'], ['帆', 'fan'], ['旭', 'xu'], ['宁', 'ning'], ['龙', 'long'], ['林', 'lin'], ['峰', 'feng'], ['建', 'jian'], ['国', 'guo'], ['志', 'zhi'], ['文', 'wen'], ['博', 'bo'], ['子', 'zi'], ['轩', 'xuan'], ['宸', 'chen'], ['睿', 'rui'], ['泽', 'ze'], ['晨', 'chen'], ['瑞', 'rui'], ['昊', 'hao'], ['然', 'ran'], ['铭', 'ming'], ['天', 'tian'], ['毅', 'yi'], ['诚', 'cheng'], ['亮', 'liang'], ['成', 'cheng'], ['东', 'dong'], ['海', 'hai'], ['振', 'zhen'], ['家', 'jia'], ['嘉', 'jia'], ['一', 'yi'], ['景', 'jing'], ['航', 'hang'], ['烨', 'ye'], ['坤', 'kun'], ['彬', 'bin'], ['锋', 'feng'], ['晓', 'xiao'], ['思', 'si'], ['永', 'yong'], ['德', 'de'], ['世', 'shi'], ['金', 'jin'], ['庆', 'qing']];
const GF = [['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['艳', 'yan'], ['娟', 'juan'], ['霞', 'xia'], ['秀', 'xiu'], ['玲', 'ling'], ['燕', 'yan'], ['婷', 'ting'], ['雪', 'xue'], ['慧', 'hui'], ['颖', 'ying'], ['琳', 'lin'], ['晶', 'jing'], ['洁', 'jie'], ['梅', 'mei'], ['琴', 'qin'], ['莉', 'li'], ['倩', 'qian'], ['蕾', 'lei'], ['薇', 'wei'], ['欣', 'xin'], ['怡', 'yi'], ['萱', 'xuan'], ['涵', 'han'], ['悦', 'yue'], ['诗', 'shi'], ['梦', 'meng'], ['佳', 'jia'], ['雨', 'yu'], ['可', 'ke'], ['馨', 'xin'], ['彤', 'tong'], ['瑶', 'yao'], ['琪', 'qi'], ['露', 'lu'], ['晓', 'xiao'], ['思', 'si'], ['子', 'zi'], ['雅', 'ya'], ['凤', 'feng'], ['兰', 'lan'], ['红', 'hong'], ['春', 'chun'], ['月', 'yue'], ['珊', 'shan'], ['璐', 'lu'], ['妍', 'yan'], ['菲', 'fei'], ['蓉', 'rong'], ['丹', 'dan'], ['楠', 'nan'], ['桂', 'gui'], ['英', 'ying'], ['淑', 'shu'], ['玉', 'yu']];
const DOUBLE_OK = new Set(['婷', '丹', '静', '莉', '菲', '璐', '悦', '欣', '晶', '露', '楠', '琳', '倩', '佳', '蓉', '梅', '媛', '雪', '瑶', '彤']);
const UYG_M = ['买买提', '艾力', '艾尔肯', '吐尔逊', '阿不都', '依明', '麦麦提', '热合曼', '阿迪力', '亚森'];
const UYG_F = ['古丽', '热依拉', '阿依古丽', '迪丽娜尔', '帕提古丽', '再努尔', '米热古丽', '努尔曼古丽'];
const UYG_FATHER = ['艾力', '买买提', '吐尔逊', '阿不都拉', '热合曼', '库尔班', '亚森', '玉苏甫'];

// real county-level codes (GB/T 2260, incl. a retired one) with the place
const REGIONS = [['110101', '北京', '东城'], ['110102', '北京', '西城'], ['110105', '北京', '朝阳'], ['110106', '北京', '丰台'], ['110108', '北京', '海淀'], ['110114', '北京', '昌平'], ['110103', '北京', '崇文'], ['120101', '天津', '和平'], ['120104', '天津', '南开'], ['130102', '河北', '石家庄'], ['130203', '河北', '唐山'], ['140105', '山西', '太原'], ['150102', '内蒙古', '呼和浩特'], ['210102', '辽宁', '沈阳'], ['210202', '辽宁', '大连'], ['220102', '吉林', '长春'], ['230103', '黑龙江', '哈尔滨'], ['310101', '上海', '黄浦'], ['310104', '上海', '徐汇'], ['310105', '上海', '长宁'], ['310110', '上海', '杨浦'], ['310112', '上海', '闵行'], ['310115', '上海', '浦东'], ['320102', '江苏', '南京'], ['320106', '江苏', '南京'], ['320506', '江苏', '苏州'], ['320211', '江苏', '无锡'], ['330102', '浙江', '杭州'], ['330106', '浙江', '杭州'], ['330108', '浙江', '杭州'], ['330203', '浙江', '宁波'], ['330302', '浙江', '温州'], ['340104', '安徽', '合肥'], ['340111', '安徽', '合肥'], ['350102', '福建', '福州'], ['350203', '福建', '厦门'], ['360102', '江西', '南昌'], ['370102', '山东', '济南'], ['370202', '山东', '青岛'], ['410105', '河南', '郑州'], ['411602', '河南', '周口'], ['420102', '湖北', '武汉'], ['420106', '湖北', '武汉'], ['420111', '湖北', '武汉'], ['430102', '湖南', '长沙'], ['430104', '湖南', '长沙'], ['430521', '湖南', '邵阳'], ['440103', '广东', '广州'], ['440104', '广东', '广州'], ['440106', '广东', '广州'], ['440111', '广东', '广州'], ['440303', '广东', '深圳'], ['440304', '广东', '深圳'], ['440305', '广东', '深圳'], ['440306', '广东', '深圳'], ['440307', '广东', '深圳'], ['441302', '广东', '惠州'], ['441900', '广东', '东莞'], ['442000', '广东', '中山'], ['450103', '广西', '南宁'], ['460105', '海南', '海口'], ['500103', '重庆', '渝中'], ['500106', '重庆', '沙坪坝'], ['510104', '四川', '成都'], ['510107', '四川', '成都'], ['510108', '四川', '成都'], ['511321', '四川', '南充'], ['520102', '贵州', '贵阳'], ['530102', '云南', '昆明'], ['540102', '西藏', '拉萨'], ['610103', '陕西', '西安'], ['610113', '陕西', '西安'], ['620102', '甘肃', '兰州'], ['630102', '青海', '西宁'], ['640104', '宁夏', '银川'], ['650102', '新疆', '乌鲁木齐'], ['650103', '新疆', '乌鲁木齐'], ['653101', '新疆', '喀什']];
const REGION_SET = new Set(REGIONS.map(r => r[0]));
const MOB_PRE = [...[130, 131, 132, 133, 134, 135, 136, 137, 138, 139].map(x => [String(x), 10]), ...[150, 151, 152, 153, 155, 156, 157, 158, 159].map(x => [String(x), 8]), ...[180, 181, 182, 183, 184, 185, 186, 187, 188, 189].map(x => [String(x), 7]), ['145', 1], ['147', 2], ['162', 1], ['165', 1], ['166', 3], ['167', 1], ['170', 1], ['171', 1], ['173', 3], ['175', 2], ['176', 3], ['177', 3], ['178', 2], ['190', 1], ['191', 2], ['192', 1], ['193', 2], ['195', 2], ['198', 4], ['199', 4]];
const BAD_MOB_PRE = ['140', '141', '142', '143', '144', '146', '154', '194'];
const BINS = [['622202', 19, '中国工商银行', 10], ['621226', 19, '中国工商银行', 6], ['621559', 19, '中国工商银行', 3], ['621700', 19, '中国建设银行', 8], ['622700', 19, '中国建设银行', 4], ['623668', 19, '中国建设银行', 3], ['622848', 19, '中国农业银行', 8], ['622823', 19, '中国农业银行', 3], ['621661', 19, '中国银行', 5], ['621785', 19, '中国银行', 3], ['622588', 16, '招商银行', 6], ['621483', 16, '招商银行', 4], ['622262', 19, '交通银行', 4], ['621799', 19, '中国邮政储蓄银行', 4], ['621098', 19, '中国邮政储蓄银行', 3], ['622622', 16, '中国民生银行', 2], ['622908', 18, '兴业银行', 2], ['622909', 18, '兴业银行', 2], ['623058', 19, '平安银行', 3], ['621462', 19, '深圳农村商业银行', 1]];
const BRANCHES = ['科技园', '南山', '高新', '人民路', '中山路', '城东', '开发区', '西湖', '五一路', '营业部', '福田', '天河', '徐汇', '武侯', '金水路', '滨江', '光谷'];
const MAIL_DOM = [['qq.com', 30], ['163.com', 24], ['126.com', 9], ['sina.com', 4], ['foxmail.com', 6], ['outlook.com', 5], ['gmail.com', 3], ['hotmail.com', 2], ['yeah.net', 2], ['aliyun.com', 2], ['sohu.com', 2], ['icloud.com', 3], ['139.com', 2]];
const PLACES = [['广东省', '深圳市', '南山区'], ['广东省', '广州市', '天河区'], ['浙江省', '杭州市', '西湖区'], ['上海市', '上海市', '浦东新区'], ['北京市', '北京市', '海淀区'], ['四川省', '成都市', '武侯区'], ['湖北省', '武汉市', '洪山区'], ['江苏省', '南京市', '鼓楼区'], ['江苏省', '苏州市', '吴中区'], ['河南省', '郑州市', '金水区'], ['陕西省', '西安市', '雁塔区'], ['湖南省', '长沙市', '岳麓区'], ['福建省', '厦门市', '思明区'], ['山东省', '青岛市', '市南区'], ['重庆市', '重庆市', '渝北区'], ['广东省', '东莞市', '南城街道']];
const ROADS = ['科技南十二路', '文三路', '人民路', '建设大道', '中山北路', '学府路', '滨海大道', '天府三街', '珞喻路', '花园路', '长江路', '解放西路', '龙华大道', '丰泽路'];
const ESTATES = ['阳光花园', '翠苑小区', '万科城', '碧桂园', '保利香槟', '世纪华庭', '锦绣江南', '龙湖春江郦城', '桃源居', '金色家园', '蔚蓝海岸', '绿地新都会'];
const NICKS = ['晴天☀', 'Lucky🍀', '一叶知秋', '静待花开', 'Sunny', '大白兔', '🌸花花', '莫问前程', '王者归来', '金色年华', '江南烟雨', '高山流水', '林深时见鹿', '石头', '马到成功', '周周', '安然', '何以笙箫默', '向阳而生', '常乐', '叶子', '夏天的风', '白开水', '方方', '余生请多指教', 'A顺达物流老周', '暖暖', '_Ming', '开心就好', '宋小宝粉丝', '程序猿小哥', '小确幸', '岁月静好', '雷厉风行', '万事如意', '黄小鸭', '陈年旧事', '平安是福'];
const COMPANIES = ['深圳市云启信息技术有限公司', '杭州数澜科技有限公司', '上海衡石企业管理咨询有限公司', '北京博远教育科技有限公司', '成都蓉创科技有限公司', '广州南沙港务有限公司', '武汉光谷生物城', '腾讯', '字节跳动', '美的集团', '招商银行', '顺丰速运', '平安科技', '比亚迪', '中建三局', '自由职业', '在校学生', '待业', '某互联网公司', '深圳大学', '南方科技大学', '深圳市第二人民医院', '福田区教育局'];
const BRANDS = ['王老吉', '周大福', '李宁', '马应龙药业', '张小泉', '杨国福麻辣烫', '黄记煌', '何氏眼科', '陈李济', '石头科技', '金山办公', '林清轩', '方太厨电', '高德地图', '江小白', '曹操出行', '唐久便利', '孔雀城', '华为', '万科'];
const JOBS = ['产品经理', '运营专员', '高级工程师', '文员', '程序员', '会计', '销售总监', 'HR', '教师', '学生', '自由职业', '常务副总', '安全主管', '金融分析师', '市场专员', '设计师', '项目经理', '行政', '财务经理', '研发工程师', '总经理', '数据分析师', '法务'];
const SCHOOLS = ['深圳大学', '华南理工大学', '浙江大学', '四川大学', '武汉大学', '黄山学院', '周口师范学院', '许昌学院', '常熟理工学院', '江南大学', '石河子大学', '韩山师范学院', '邵阳学院', '南京大学', '中山大学', '郑州大学', '西北工业大学', '湖南师范大学', '厦门大学', '山东大学', '南方科技大学'];
const PSCHOOLS = ['南山实验学校', '深圳湾学校', '育才二小', '杭州学军小学', '海淀实验小学', '华侨城小学', '高新区实验学校', '金地小学', '景秀中学', '荔园小学', '福田外国语学校', '百花小学'];
const GRADES = ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '初一', '初二'];
const CITIES = ['深圳', '广州', '杭州', '上海', '北京', '成都', '武汉', '南京', '周口', '黄山', '张家口', '常州', '石家庄', '马鞍山', '金华', '江门', '贺州', '高邮', '许昌', '邵阳', '西安', '长沙', '重庆', '苏州'];
const TEAMS = ['周末暴走团', '王牌战队', '高新区跑团', '李宁跑步俱乐部', '风一样的我们', '陈皮小分队', '金融街飞毛腿', '光明顶', '乌龟也能赢', '马不停蹄队', '老友记', '石头剪刀布', '追风少年', '何以为家队', '夜跑联盟'];
const PROJECTS = ['智慧社区养老服务平台', '基于深度学习的柑橘病虫害识别', '校园二手书循环计划', '乡村非遗文创工坊', '高校心理健康小程序', '何以解忧——情绪陪伴机器人', '低空物流无人机调度系统', '黄河流域研学路线设计', '宠物友好出行地图'];
const STORES = ['科技园店', '万象城店', '高新店', '周浦万达店', '金融城店', '海岸城店', '江湾店', '宝安中心店', '龙华壹方城店'];
const DEPTS = ['市场部', '产品研发中心', '华南区销售部', '财务部', '人力资源部', '高新区运营中心', '客服中心', '法务部', '技术部/后端组', '行政部', '华东大区', '品牌部', '供应链管理部', '安全生产部'];
const NAME_DECOY_LEX = [...NICKS, ...BRANDS, ...JOBS, ...SCHOOLS, ...PSCHOOLS, ...CITIES, ...TEAMS, ...PROJECTS, ...STORES, ...DEPTS, '张家界', '黄山', '周庄古镇', '王府井', '高新区', '周末班', '测试', '匿名', '不方便透露', '周一', '金额', '余额', '万达广场', '江湾', '马上到', '石榴', '向日葵', '文创'];
const NAME_BLACK = new Set();
for (const w of NAME_DECOY_LEX) { const c = [...w.replace(/[^\u4e00-\u9fa5]/g, '')]; for (let i = 0; i < c.length; i++) for (let L = 2; L <= 4 && i + L <= c.length; L++) NAME_BLACK.add(c.slice(i, i + L).join('')); }

// ───────────────────────────── value generators ─────────────────────────────
const USED = { id: new Set(), mob: new Set(['13800138000', '13912345678', '18888888888', '13800000000']), card: new Set(), mail: new Set() };
function genIdBody(region, y, m, d, sex) {
  for (;;) {
    let seq = ri(0, 999); if ((seq % 2 === 1) !== (sex === 'M')) seq = (seq + 1) % 1000;
    const b = region + y + pad(m) + pad(d) + pad(seq, 3); const v = b + idCheck(b);
    if (!USED.id.has(v)) { USED.id.add(v); return v; }
  }
}
function genMobile() { for (;;) { const v = wsel(MOB_PRE) + digits(8); if (!USED.mob.has(v)) { USED.mob.add(v); return v; } } }
function genCard(binRow) {
  const [bin, len, bank] = binRow || wpick(BINS);
  for (;;) { const v = luhnFinish(bin + digits(len - bin.length - 1)); if (!USED.card.has(v)) { USED.card.add(v); return { card: v, bank }; } }
}
function genEmail(p) {
  const dom = wsel(MAIL_DOM);
  let local;
  const st = ri(0, 99);
  if (dom === '139.com') local = p.mobile;
  else if (dom === 'qq.com' && st < 55) local = digitsNZ(ri(6, 10));
  else if (!p.py) local = alnum(ri(5, 9), 'abcdefghijklmnopqrstuvwxyz') + digits(ri(0, 3));
  else if (st < 35) local = p.py + pick(['', String(p.y % 100), pad(p.m) + pad(p.d), String(p.y), digits(3), '_' + digits(2)]);
  else if (st < 55) local = p.gpy + '.' + p.spy + pick(['', digits(2)]);
  else if (st < 70) local = p.ini + digits(ri(3, 6));
  else if (st < 85) local = pick(['sunny', 'lucky', 'happy', 'tiger', 'river', 'cloud', 'ocean', 'panda', 'kiki', 'momo', 'jason', 'lily', 'echo', 'vivian']) + '_' + p.gpy + pick(['', digits(2)]);
  else local = p.spy + '_' + p.gpy + String(p.y);
  let v = `${local}@${dom}`.toLowerCase(); let k = 0;
  while (USED.mail.has(v)) v = `${local}${++k}@${dom}`.toLowerCase();
  USED.mail.add(v); return v;
}
const REF_YEAR = 2024;
function mkName(sex, sur) {
  for (;;) {
    let s = sur || wpick(SURN);
    const g1 = pick(sex === 'M' ? GM : GF);
    const two = chance(s[0].length === 2 ? 0.55 : 0.72);
    const g2 = two ? (sex === 'F' && DOUBLE_OK.has(g1[0]) && chance(0.3) ? g1 : pick(sex === 'M' ? GM : GF)) : null;
    const name = s[0] + g1[0] + (g2 ? g2[0] : '');
    if (NAME_BLACK.has(name) || (g2 && g2[0] === g1[0] && (sex === 'M' || !DOUBLE_OK.has(g1[0])))) continue;
    return { name, sur: s[0], spy: s[1], gpy: g1[1] + (g2 ? g2[1] : ''), ini: s[1][0] + g1[1][0] + (g2 ? g2[1][0] : ''), surRow: s };
  }
}
function person(o = {}) {
  const sex = o.sex || (chance(0.5) ? 'M' : 'F');
  const [a1, a2] = o.age || [20, 55];
  const y = REF_YEAR - ri(a1, a2), m = ri(1, 12), d = ri(1, daysIn(y, m));
  let nm;
  if (o.minority || (!o.sur && chance(0.015))) {
    nm = { name: (sex === 'M' ? pick(UYG_M) : pick(UYG_F)) + '·' + pick(UYG_FATHER), sur: null, spy: null, gpy: null, ini: null };
  } else nm = mkName(sex, o.sur);
  const region = o.region || pick(REGIONS);
  const p = { sex, y, m, d, ...nm, py: nm.spy ? nm.spy + nm.gpy : null, region };
  p.id = genIdBody(region[0], y, m, d, sex);
  p.mobile = genMobile();
  p.email = genEmail(p);
  const c = genCard(); p.card = c.card; p.bank = c.bank;
  p.branch = `${c.bank}${pick(PLACES)[1].replace('市', '')}${pick(BRANCHES)}支行`.replace('营业部支行', '营业部');
  return p;
}
function child(parent, o = {}) { return person({ age: o.age || [5, 14], sur: parent.sur && chance(0.7) ? parent.surRow : undefined, region: chance(0.6) ? parent.region : undefined }); }
function relative(p) { return person({ age: [25, 70], sur: p.sur && chance(0.5) ? p.surRow : undefined }); }
function genLandline() { const [a, n] = wpick(LAND_AREAS); return a + ri(2, 8) + digits(n - 1); }
function fmtLand(v, sty) {
  const a = LAND_AREAS.find(x => v.startsWith(x[0]))[0]; const s = v.slice(a.length);
  switch (sty || pick(['dash', 'dash', 'dash', 'paren', 'space', 'plain'])) {
    case 'paren': return `(${a})${s}`;
    case 'fparen': return `（${a}）${s}`;
    case 'space': return `${a} ${s}`;
    case 'plain': return v;
    default: return `${a}-${s}`;
  }
}
function genUscc(pref = '91') {
  const reg = pick(['440300', '440305', '440106', '310115', '310104', '110108', '110105', '330106', '330108', '510107', '420111', '320506', '370202']);
  let b8; if (chance(0.75)) { b8 = 'MA'; const al = '0123456789ABCDEFGHJKLMNPQRTUWXY'; for (let i = 0; i < 6; i++) b8 += al[ri(0, al.length - 1)]; } else b8 = digits(8);
  const b17 = pref + reg + b8 + orgCheck(b8); return b17 + usccCheck(b17);
}
function genPassport() { const L = 'ABCDEFGHJKLMNPQRSTUVWXYZ'; return chance(0.75) ? 'E' + L[ri(0, L.length - 1)] + digits(7) : 'E' + digits(8); }
const ORGS = [
  { name: '深圳市云启信息技术有限公司', short: '云启科技', dom: 'yunqi-tech.com', city: '深圳' },
  { name: '杭州数澜网络科技有限公司', short: '数澜', dom: 'shulan.cn', city: '杭州' },
  { name: '上海衡石企业管理咨询有限公司', short: '衡石咨询', dom: 'hengshi-consult.com', city: '上海' },
  { name: '北京博远教育科技有限公司', short: '博远教育', dom: 'boyuanedu.com', city: '北京' },
  { name: '成都蓉创文化传播有限公司', short: '蓉创文化', dom: 'rongchuang.cn', city: '成都' },
  { name: '广州南粤健康管理有限公司', short: '南粤健康', dom: 'nanyuehealth.com', city: '广州' },
  { name: '武汉楚天新材料股份有限公司', short: '楚天新材', dom: 'ctxc.com.cn', city: '武汉' },
];
for (const o of ORGS) { o.uscc = genUscc(); o.land = genLandline(); o.hot = '400' + ri(6, 8) + digits(2) + digits(4); }
function staffEmail(p, org) { const l = pick([p.py, p.py, p.gpy + '.' + p.spy, p.ini, p.py + digits(2)]) || alnum(6, 'abcdefghijklmnopqrstuvwxyz'); let v = `${l}@${org.dom}`; let k = 0; while (USED.mail.has(v)) v = `${l}${++k}@${org.dom}`; USED.mail.add(v); return v; }
function address(pl = pick(PLACES)) { return `${pl[0]}${pl[1] === pl[0] ? '' : pl[1]}${pl[2]}${pick(ROADS)}${ri(1, 300)}号${pick(ESTATES)}${ri(1, 30)}栋${chance(0.5) ? ri(1, 4) + '单元' : ''}${ri(1, 32)}${pad(ri(1, 8))}室`; }
function ipAddr() { return `${pick([117, 183, 112, 223, 36, 39, 113, 120, 101, 42, 14, 27, 58, 61, 106, 110, 111, 114, 115, 116, 119, 121, 122, 123, 124, 125, 171, 175, 180, 182, 202, 211, 218, 219, 220, 221, 222])}.${ri(1, 254)}.${ri(0, 255)}.${ri(1, 254)}`; }
function openid() { return 'o' + pick(['UpF8u', '6_bmj', 'Xk2Q0', 'Tz9sM', 'dP1lw']) + alnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'); }
function qq() { return digitsNZ(ri(6, 10)); }
function staffNo13() { return '1' + pick(['3', '5', '8']) + digits(11); }

// ───────────────────────────── time ─────────────────────────────
function baseDay() { const y = pick([2023, 2024, 2024, 2024, 2025]); const m = y === 2025 ? ri(1, 5) : y === 2023 ? ri(3, 12) : ri(1, 12); return Date.UTC(y, m - 1, ri(1, 28), ri(8, 20), ri(0, 59), ri(0, 59)); }
function clock(t0 = baseDay()) { let t = t0; return { now: () => t, next: (a = 30, b = 7200) => (t += ri(a, b) * 1000) }; }
const TZ = 8 * 3600e3;
function T(t, sty) {
  const x = new Date(t); const y = x.getUTCFullYear(), m = x.getUTCMonth() + 1, d = x.getUTCDate(), H = x.getUTCHours(), M = x.getUTCMinutes(), S = x.getUTCSeconds();
  switch (sty) {
    case 'slash': return `${y}/${m}/${d} ${H}:${pad(M)}:${pad(S)}`;
    case 'date': return `${y}-${pad(m)}-${pad(d)}`;
    case 'cnd': return `${m}月${d}日`;
    case 'hm': return `${pad(H)}:${pad(M)}`;
    case 'md_hm': return `${pad(m)}-${pad(d)} ${pad(H)}:${pad(M)}`;
    case 'isoz': return new Date(t - TZ).toISOString().replace(/\.\d{3}Z$/, '.000Z');
    case 'iso8': return `${y}-${pad(m)}-${pad(d)}T${pad(H)}:${pad(M)}:${pad(S)}+08:00`;
    case 'ms': return String(t - TZ + ri(0, 999));
    case 'sec': return String(Math.floor((t - TZ) / 1000));
    case 'compact': return `${y}${pad(m)}${pad(d)}${pad(H)}${pad(M)}${pad(S)}`;
    case 'ymd': return `${y}${pad(m)}${pad(d)}`;
    default: return `${y}-${pad(m)}-${pad(d)} ${pad(H)}:${pad(M)}:${pad(S)}`;
  }
}

// ───────────────────────────── document object ─────────────────────────────
const STY = {
  mob: [[['plain', 1]], [['plain', 86], ['sp344', 4], ['dash', 4], ['p86', 3], ['p86n', 2], ['sp38', 1]], [['plain', 56], ['sp344', 11], ['dash', 10], ['p86', 6], ['p86n', 4], ['paren86', 3], ['0086', 2], ['fw', 6], ['sp38', 2]]],
  id: [[['plain', 1]], [['plain', 94], ['lowerx', 4], ['sp684', 2]], [['plain', 78], ['lowerx', 8], ['sp684', 8], ['fw', 6]]],
  card: [[['plain', 1]], [['plain', 80], ['g4', 18], ['g4dash', 2]], [['plain', 50], ['g4', 40], ['g4dash', 5], ['fw', 5]]],
  mail: [[['plain', 1]], [['plain', 92], ['cap', 8]], [['plain', 80], ['cap', 15], ['upper', 5]]],
  name: [[['plain', 1]], [['plain', 96], ['space', 4]], [['plain', 85], ['space', 10], ['spaced', 5]]],
};
function fmtMob(v, s) {
  switch (s) {
    case 'sp344': return `${v.slice(0, 3)} ${v.slice(3, 7)} ${v.slice(7)}`;
    case 'dash': return `${v.slice(0, 3)}-${v.slice(3, 7)}-${v.slice(7)}`;
    case 'p86': return '+86 ' + v; case 'p86n': return '+86' + v; case 'paren86': return '(+86)' + v; case '0086': return '0086-' + v;
    case 'fw': return FWD(v); case 'sp38': return `${v.slice(0, 3)} ${v.slice(3)}`;
    default: return v;
  }
}
function fmtId(v, s) {
  switch (s) {
    case 'lowerx': return v.replace('X', 'x');
    case 'sp684': return `${v.slice(0, 6)} ${v.slice(6, 14)} ${v.slice(14)}`;
    case 'fw': return FWD(v);
    case 'box': return [...v].join(' ');
    default: return v;
  }
}
function fmtCard(v, s) {
  switch (s) {
    case 'g4': return v.match(/.{1,4}/g).join(' ');
    case 'g4dash': return v.match(/.{1,4}/g).join('-');
    case 'fw': return FWD(v);
    default: return v;
  }
}
function fmtMail(v, s) {
  switch (s) {
    case 'cap': { const [l, dom] = v.split('@'); return l.replace(/^[a-z]/, c => c.toUpperCase()).replace(/([._])([a-z])/, (m0, a, b) => a + b.toUpperCase()) + '@' + dom; }
    case 'upper': return v.split('@')[0].toUpperCase() + '@' + v.split('@')[1];
    case 'fwat': return v.replace('@', '＠');
    default: return v;
  }
}
const LEX_ALL = new Set(['company', 'school', 'city', 'team_name', 'project_name', 'store_name', 'dept', 'job_title']);
class Doc {
  constructor(kind, mess = 1) { this.kind = kind; this.mess = mess; this.E = new Map(); this.D = new Map(); this.X = new Map(); this.text = ''; }
  _add(map, det, val, w) { const k = det + '\u0001' + val; let e = map.get(k); if (!e) { e = { detector: det, value: val, forms: new Set() }; map.set(k, e); } e.forms.add(w); return w; }
  ent(det, val, w = val) { return this._add(this.E, det, val, w); }
  dc(det, val, w = val) { return this._add(this.D, det, val, w); }
  dec(kind, text) { text = String(text); const k = kind + '\u0001' + text; if (!this.X.has(k)) this.X.set(k, { kind, text }); return text; }
  // companies, schools, places, departments, job titles, team/project/store names are decoys for
  // person_name_zh wherever they stand in an answer; options only when they open with a surname character
  lex(kind, w) { if (surnameLed(w) || (LEX_ALL.has(kind) && /[\u4e00-\u9fa5]{2}/.test(w))) this.dec(kind, w); return w; }
  name(p, s) {
    s = s || wsel(STY.name[this.mess]);
    let w = p.name;
    if (s === 'space' && p.sur) w = p.sur + ' ' + p.name.slice(p.sur.length);
    else if (s === 'spaced' && p.sur) w = [...p.name].join(' ');
    return this.ent('person_name_zh', p.name, w);
  }
  nameDc(p, w = p.name) { return this.dc('person_name_zh', p.name, w); }
  mob(v, s) { if (typeof v === 'object') v = v.mobile; return this.ent('cn_mobile', v, fmtMob(v, s || wsel(STY.mob[this.mess]))); }
  id(v, s) { if (typeof v === 'object') v = v.id; s = s || wsel(STY.id[this.mess]); if (s === 'lowerx' && !v.endsWith('X')) s = 'plain'; return this.ent('cn_resident_id', v, fmtId(v, s)); }
  card(v, s) { if (typeof v === 'object') v = v.card; return this.ent('bank_card', v, fmtCard(v, s || wsel(STY.card[this.mess]))); }
  mail(v, s) {
    if (typeof v === 'object') v = v.email;
    const w = this.ent('email', v, fmtMail(v, s || wsel(STY.mail[this.mess])));
    const m = /^(1\d{10})@(139\.com|189\.cn|wo\.cn)$/.exec(v); if (m && isMobile(m[1])) this.ent('cn_mobile', m[1]);
    return w;
  }
  land(v, s) { return this.ent('cn_landline', v, fmtLand(v, s)); }
  uscc(v, s) { return this.ent('cn_uscc', v, s === 'lower' ? v.toLowerCase() : v); }
  pass(v) { return this.ent('cn_passport', v); }
  // respondents' slips
  badId(p) {
    for (;;) { const w = this._badId(p); if (!isCard(w) && !isMobile(w)) return this.dec(/^\d{17}$|^\d{16}$/.test(w) ? 'bad_id_length' : 'bad_id_check', w); }
  }
  _badId(p) {
    const v = p.id; const k = ri(0, 2);
    if (k === 0) { const c = v[17]; let n; do n = '0123456789X'[ri(0, 10)]; while (n === c); return v.slice(0, 17) + n; }
    if (k === 1) return v.slice(0, 17);
    const i = ri(6, 16); const w = v.slice(0, i) + v[i + 1] + v[i] + v.slice(i + 2);
    if (w === v) return v.slice(0, 17);
    return w;
  }
  badMob(p) {
    const v = p.mobile; const k = ri(0, 2);
    if (k === 0) return this.dec('bad_mobile_length', v.slice(0, 10));
    if (k === 1) return this.dec('bad_mobile_length', v + ri(0, 9));
    return this.dec('bad_mobile_prefix', pick(BAD_MOB_PRE) + v.slice(3));
  }
  badCard(p) { // 62… card with a typo: fails Luhn; card context → either answer is fine
    const v = p.card; const i = ri(6, v.length - 2); let w;
    do { w = v.slice(0, i) + ri(0, 9) + v.slice(i + 1); } while (luhnOk(w));
    return this.dc('bank_card', w);
  }
}

// ───────────────────────────── table renderers ─────────────────────────────
const csvCell = s => { s = String(s); return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; };
const csv = rows => rows.map(r => r.map(csvCell).join(',')).join('\n');
const tsv = rows => rows.map(r => r.map(x => String(x).replace(/[\t\n]/g, ' ')).join('\t')).join('\n');
const dw = s => [...s].reduce((a, c) => a + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
const padR = (s, w) => s + ' '.repeat(Math.max(1, w - dw(s)));
function fixed(rows) { const W = rows[0].map((_, i) => Math.max(...rows.map(r => dw(String(r[i] ?? '')))) + 2); return rows.map(r => r.map((c, i) => i === r.length - 1 ? String(c) : padR(String(c), W[i])).join('').trimEnd()).join('\n'); }
const pipe = rows => rows.map((r, i) => '| ' + r.join(' | ') + ' |' + (i === 0 ? '\n|' + r.map(() => '---').join('|') + '|' : '')).join('\n');
function xlsx(rows, sheet = 'Sheet1') {
  const s = ri(0, 3);
  if (s === 0) return `[工作表: ${sheet}]\n` + tsv(rows);
  if (s === 1) return `=== ${sheet} ===\n` + tsv(rows);
  if (s === 2) return `Sheet: ${sheet}\n` + rows.map(r => r.map(x => String(x).replace(/\n/g, ' ')).join(' | ')).join('\n');
  return tsv(rows);
}
const xlsxCsvOrPipe = (rows, sheet) => { const s = ri(0, 9); return s < 5 ? xlsx(rows, sheet) : s < 8 ? csv(rows) : pipe(rows); };

// ───────────────────────────── survey themes ─────────────────────────────
const YEAR = () => pick(['2024', '2024', '2025', '2023']);
const THEMES = {
  yanxue: { age: [30, 46], child: true, title: () => `${YEAR()}暑期亲子研学营报名表`, qs: [
    { h: '孩子姓名', t: 'childName' }, { h: '孩子性别', t: 'childSex' }, { h: '孩子身份证号（用于购买保险）', t: 'childId' }, { h: '就读学校及年级', t: 'pschool' },
    { h: '家长姓名', t: 'name' }, { h: '家长手机号码', t: 'mobile' }, { h: '意向线路', t: 'choice', o: ['A. 张家界·森林探秘', 'B. 黄山·徽州古村', 'C. 西安·秦汉文明', 'D. 周庄·江南水乡'] },
    { h: '孩子衣服尺码', t: 'choice', o: ['120', '130', '140', '150', '160'] }, { h: '过敏史或其他需要说明的情况', t: 'note' }] },
  dingxiang: { age: [20, 45], emerg: true, title: () => `${YEAR()}“奔跑吧·城市”定向越野赛报名`, qs: [
    { h: '队伍名称', t: 'team' }, { h: '队长姓名', t: 'name' }, { h: '性别', t: 'sex' }, { h: '身份证号码', t: 'id' }, { h: '手机号码', t: 'mobile' },
    { h: '紧急联系人', t: 'emergName' }, { h: '紧急联系人电话', t: 'emergMobile' }, { h: '参赛组别', t: 'choice', o: ['A. 公开组', 'B. 亲子组', 'C. 企业组'] }, { h: 'T恤尺码', t: 'choice', o: ['S', 'M', 'L', 'XL', 'XXL'] }] },
  course: { age: [21, 40], title: () => `Python 数据分析实战训练营（第${ri(3, 18)}期）报名`, qs: [
    { h: '您的姓名', t: 'name' }, { h: '手机号码', t: 'mobile' }, { h: '常用邮箱（接收课程资料）', t: 'email' }, { h: '公司/学校', t: 'company' }, { h: '职位', t: 'job' },
    { h: '您是从哪里了解到本课程的？', t: 'multi', o: ['A. 公众号推文', 'B. 朋友推荐', 'C. 知乎', 'D. 小红书', 'E. B站'] }, { h: 'Python 基础', t: 'choice', o: ['A. 零基础', 'B. 会一点', 'C. 熟练'] }] },
  satisf: { age: [22, 65], anon: true, title: () => `${YEAR()}年度客户满意度调查`, qs: [
    { h: '您对我们的整体服务是否满意？（0-10分）', t: 'rating', min: 0, max: 10 }, { h: '请对以下方面评分—服务人员态度', t: 'rating', min: 1, max: 5 }, { h: '请对以下方面评分—响应速度', t: 'rating', min: 1, max: 5 },
    { h: '您所在的城市', t: 'city' }, { h: '您还有什么意见或建议？', t: 'comment' }, { h: '您的姓名（选填）', t: 'nameOpt' }, { h: '联系电话（选填，方便我们回访）', t: 'mobileOpt' }] },
  lecture: { age: [25, 70], title: () => `“家门口的博物馆”公益讲座预约登记`, qs: [
    { h: '姓名', t: 'name' }, { h: '身份证号（实名入场）', t: 'id' }, { h: '手机号码', t: 'mobile' },
    { h: '预约场次', t: 'choice', o: ['A. 6月15日（周六）上午 09:30', 'B. 6月15日（周六）下午 14:30', 'C. 6月16日（周日）上午 09:30'] }, { h: '同行人数', t: 'count' }] },
  webinar: { age: [25, 50], title: () => `“数智化转型”线上研讨会报名`, qs: [
    { h: '姓名', t: 'name' }, { h: '单位名称', t: 'company' }, { h: '职务', t: 'job' }, { h: '手机', t: 'mobile' }, { h: '邮箱', t: 'email' }, { h: '是否需要会后回放', t: 'choice', o: ['A. 需要', 'B. 不需要'] }] },
  labor: { age: [20, 55], title: () => `用户访谈劳务费信息登记（${T(baseDay(), 'cnd')}场）`, qs: [
    { h: '姓名', t: 'name' }, { h: '身份证号码', t: 'id' }, { h: '手机号', t: 'mobile' }, { h: '银行卡号（本人名下借记卡）', t: 'card' }, { h: '开户行（具体到支行）', t: 'bank' }, { h: '访谈日期', t: 'date' }] },
  contest: { age: [18, 23], teacher: true, members: true, title: () => `第${pick(['七', '八', '九', '十'])}届大学生创新创业大赛报名表`, qs: [
    { h: '项目名称', t: 'project' }, { h: '负责人姓名', t: 'name' }, { h: '所在学校', t: 'school' }, { h: '学号', t: 'studentNo' }, { h: '负责人手机', t: 'mobile' },
    { h: '负责人邮箱', t: 'email' }, { h: '指导老师', t: 'teacher' }, { h: '团队成员（用顿号隔开）', t: 'members' }] },
  volunteer: { age: [18, 40], title: () => `${YEAR()}城市马拉松志愿者招募报名`, qs: [
    { h: '姓名', t: 'name' }, { h: '性别', t: 'sex' }, { h: '出生日期', t: 'birth' }, { h: '身份证号', t: 'id' }, { h: '手机号', t: 'mobile' }, { h: '邮箱', t: 'email' },
    { h: '微信号', t: 'wechat' }, { h: '意向岗位', t: 'choice', o: ['A. 补给站', 'B. 医疗救护', 'C. 检录', 'D. 存取衣', 'E. 赛道引导'] }, { h: '服装尺码', t: 'choice', o: ['S', 'M', 'L', 'XL'] }] },
  birthday: { age: [20, 60], title: () => `会员生日礼领取登记（${pick(['6', '7', '8', '9', '10'])}月寿星）`, qs: [
    { h: '姓名', t: 'name' }, { h: '手机号（与会员卡绑定的号码）', t: 'mobile' }, { h: '会员卡号', t: 'memberCard' }, { h: '收货地址', t: 'address' }, { h: '邮编', t: 'postcode' }] },
  laonian: { age: [58, 80], emerg: true, legacy: true, title: () => `老年大学${pick(['春季', '秋季'])}班报名表`, qs: [
    { h: '姓名', t: 'name' }, { h: '性别', t: 'sex' }, { h: '身份证号', t: 'id' }, { h: '联系电话', t: 'mobile' }, { h: '紧急联系人', t: 'emergName' }, { h: '紧急联系人电话', t: 'emergMobile' },
    { h: '报读班级', t: 'choice', o: ['A. 书法班', 'B. 太极拳', 'C. 声乐', 'D. 智能手机应用', 'E. 国画班'] }] },
  refund: { age: [25, 50], child: true, title: () => `课程退费申请`, qs: [
    { h: '学员姓名', t: 'childName' }, { h: '报名时预留手机号', t: 'mobile' }, { h: '退费原因', t: 'reason' }, { h: '收款人姓名', t: 'name' }, { h: '收款人身份证号', t: 'id' },
    { h: '收款银行卡号', t: 'card' }, { h: '开户银行', t: 'bank' }] },
  exhibit: { age: [25, 55], org: true, title: () => `${YEAR()}中国（深圳）智慧零售博览会 观众预登记`, qs: [
    { h: '姓名', t: 'name' }, { h: '公司名称', t: 'orgName' }, { h: '职位', t: 'job' }, { h: '手机', t: 'mobile' }, { h: '邮箱', t: 'email' }, { h: '单位电话', t: 'orgLand' }, { h: '统一社会信用代码（开具发票用）', t: 'orgUscc' }] },
  museum: { age: [20, 65], companion: true, title: () => `博物馆实名预约（${T(baseDay(), 'cnd')}）`, qs: [
    { h: '姓名', t: 'name' }, { h: '证件类型', t: 'idType' }, { h: '证件号码', t: 'idOrPass' }, { h: '手机号码', t: 'mobile' }, { h: '同行人姓名', t: 'compName' }, { h: '同行人证件号', t: 'compId' }] },
  hire: { age: [21, 26], title: () => `${YEAR()}届校园招聘网申`, qs: [
    { h: '姓名', t: 'name' }, { h: '手机', t: 'mobile' }, { h: '邮箱', t: 'email' }, { h: '毕业院校', t: 'school' }, { h: '专业', t: 'major' }, { h: '期望工作城市', t: 'city' }] },
  quiz: { age: [22, 55], quiz: true, title: () => `“安全生产月”知识竞赛答题`, qs: [
    { h: '姓名', t: 'name' }, { h: '手机号', t: 'mobile' }, { h: '所在部门', t: 'dept' },
    { h: '发现火灾应拨打的电话是？', t: 'choice', o: ['A. 110', 'B. 119', 'C. 120'] }, { h: '使用灭火器时应对准火焰的？', t: 'choice', o: ['A. 上部', 'B. 中部', 'C. 根部'] }, { h: '安全出口标志的颜色是？', t: 'choice', o: ['A. 红色', 'B. 绿色', 'C. 黄色'] }] },
  // internal (feishu / dingtalk)
  newstaff: { age: [22, 45], internal: true, emerg: true, title: () => `新员工入职信息采集（${T(baseDay(), 'cnd')}批）`, qs: [
    { h: '姓名', t: 'name' }, { h: '工号（HR已分配）', t: 'staffNo' }, { h: '身份证号', t: 'id' }, { h: '手机号', t: 'mobile' }, { h: '个人邮箱', t: 'email' }, { h: '工资卡号（本人一类卡）', t: 'card' }, { h: '开户行', t: 'bank' },
    { h: '紧急联系人', t: 'emergName' }, { h: '紧急联系人电话', t: 'emergMobile' }, { h: '现居住地址', t: 'address' }] },
  tijian: { age: [23, 55], internal: true, title: () => `${YEAR()}年度员工体检预约`, qs: [
    { h: '姓名', t: 'name' }, { h: '工号', t: 'staffNo' }, { h: '部门', t: 'dept' }, { h: '身份证号', t: 'id' }, { h: '手机号', t: 'mobile' },
    { h: '体检套餐', t: 'choice', o: ['A. 基础套餐（男）', 'B. 基础套餐（女未婚）', 'C. 基础套餐（女已婚）', 'D. 升级套餐（自费补差）'] }, { h: '体检日期', t: 'date' }] },
  nianhui: { age: [23, 50], internal: true, title: () => `${YEAR()}年会报名及节目征集`, qs: [
    { h: '姓名', t: 'name' }, { h: '工号', t: 'staffNo' }, { h: '部门', t: 'dept' }, { h: '手机号', t: 'mobile' }, { h: '是否携带家属', t: 'choice', o: ['是', '否'] }, { h: '节目报名（没有可不填）', t: 'show' }] },
  wagecard: { age: [23, 50], internal: true, title: () => `工资卡信息变更登记`, qs: [
    { h: '姓名', t: 'name' }, { h: '工号', t: 'staffNo' }, { h: '身份证号', t: 'id' }, { h: '新工资卡号', t: 'card' }, { h: '开户行全称', t: 'bank' }, { h: '变更原因', t: 'choice', o: ['原卡丢失', '原卡注销', '更换为招行卡', '其他'] }] },
  tuanjian: { age: [23, 45], internal: true, title: () => `${pick(['Q2', 'Q3', '秋季', '春季'])}团建报名（需购买意外险）`, qs: [
    { h: '姓名', t: 'name' }, { h: '工号', t: 'staffNo' }, { h: '部门', t: 'dept' }, { h: '身份证号（买保险用）', t: 'id' }, { h: '手机号', t: 'mobile' }, { h: '是否拼房', t: 'choice', o: ['A. 单住', 'B. 拼房'] }, { h: '饮食禁忌', t: 'note' }] },
  trip: { age: [25, 50], internal: true, passport: true, title: () => `海外展会出行人员信息收集`, qs: [
    { h: '中文姓名', t: 'name' }, { h: '姓名拼音（同护照）', t: 'pinyin' }, { h: '护照号码', t: 'passport' }, { h: '护照有效期', t: 'passExp' }, { h: '身份证号', t: 'id' }, { h: '手机号', t: 'mobile' }, { h: '公司邮箱', t: 'staffMail' }] },
};
const PUBLIC_THEMES = ['yanxue', 'dingxiang', 'course', 'satisf', 'lecture', 'webinar', 'labor', 'contest', 'volunteer', 'birthday', 'laonian', 'refund', 'exhibit', 'museum', 'hire', 'quiz'];
const INTERNAL_THEMES = ['newstaff', 'tijian', 'nianhui', 'wagecard', 'tuanjian', 'trip', 'quiz', 'tijian', 'newstaff'];

const NOTES = ['无', '无', '对芒果过敏', '花生过敏', '有轻微哮喘，随身带药', '晕车，请安排前排', '无过敏史', '孩子比较内向，麻烦老师多关照', '素食'];
const REASONS = ['孩子时间冲突', '搬家了，离校区太远', '课程内容和预期不符', '身体原因无法继续上课', '家里有事', '报错班级了'];
const MAJORS = ['计算机科学与技术', '软件工程', '统计学', '市场营销', '会计学', '电子信息工程', '汉语言文学', '工业设计'];
const SHOWS = ['', '', '', '合唱《追光者》', '小品', '街舞', '吉他弹唱', '魔术', '脱口秀'];
function comment(d) {
  const k = ri(0, 11);
  if (k < 5) return pick(['', '', '无', '挺好的', '物流太慢了，希望改进', '价格再便宜点就好了', '希望增加周末班', '客服回复太慢', '整体不错，继续加油', 'App 经常闪退']);
  const st = person();
  const w = d.nameDc(st);
  return pick([`感谢${w}老师的耐心讲解，希望多开这样的课`, `上次来装空调的师傅${w}很专业，点赞`, `前台${w}态度很好`, `投诉：${w}经理答应的赠品一直没有给`, `希望${w}老师继续带我们班`]);
}
function answer(d, q, r, cx) {
  const p = r.p;
  if (r.test) return testAnswer(d, q, cx);
  switch (q.t) {
    case 'name': return r.nameSlip ? d.dec(r.nameSlip[0], r.nameSlip[1]) : d.name(p);
    case 'nameOpt': return r.anon ? cx.skip : d.name(p);
    case 'sex': return p.sex === 'M' ? '男' : '女';
    case 'childName': return d.name(r.child);
    case 'childSex': return r.child.sex === 'M' ? '男' : '女';
    case 'childId': return idAns(d, r.child, cx);
    case 'id': if (r.legacy) { const w = r.p.id.slice(0, 6) + r.p.id.slice(8, 17); return d.ent('cn_resident_id', r.p.id, w); } return idAns(d, p, cx);
    case 'mobile': return mobAns(d, p, cx);
    case 'mobileOpt': return r.anon ? cx.skip : mobAns(d, p, cx);
    case 'email': if (chance(0.02)) return d.dec('bad_email', p.email.replace('@', '').replace(/\.(com|net|cn)$/, '.$1')); return d.mail(p);
    case 'staffMail': return d.mail(r.staffMail);
    case 'card': return cardAns(d, p, cx);
    case 'bank': return p.branch;
    case 'emergName': return d.name(r.emerg);
    case 'emergMobile': return mobAns(d, r.emerg, cx);
    case 'teacher': return d.name(r.teacher);
    case 'members': return r.members.map(m => d.name(m, 'plain')).join(pick(['、', '、', '，', ' ']));
    case 'company': return chance(0.22) ? d.dec('company', pick(BRANDS)) : d.lex('company', pick(COMPANIES));
    case 'orgName': return r.org.name;
    case 'orgLand': return d.land(r.org.land);
    case 'orgUscc': if (chance(0.06)) { const v = r.org.uscc; const n = UA[(UA.indexOf(v[17]) + ri(1, 30)) % 31]; return d.dec('uscc_bad_check', v.slice(0, 17) + n); } return d.uscc(r.org.uscc, chance(0.05) ? 'lower' : '');
    case 'job': return d.lex('job_title', pick(JOBS));
    case 'school': return d.lex('school', pick(SCHOOLS));
    case 'pschool': { const w = pick(PSCHOOLS) + pick(['', ' ', '']) + pick(GRADES); return d.lex('school', w); }
    case 'city': return d.lex('city', pick(CITIES));
    case 'dept': return d.lex('dept', pick(DEPTS));
    case 'team': return d.lex('team_name', pick(TEAMS));
    case 'project': return d.lex('project_name', pick(PROJECTS));
    case 'choice': { const o = pick(q.o); d.lex('option_text', o); return o; }
    case 'multi': { const k = ri(1, 3); const os = shuffle(q.o).slice(0, k).sort(); os.forEach(o => d.lex('option_text', o)); return os.join(cx.multi); }
    case 'rating': { const v = String(ri(q.min ?? 1, q.max ?? 5)); return v; }
    case 'count': return String(ri(0, 3));
    case 'note': return chance(0.6) ? cx.empty : pick(NOTES);
    case 'comment': { const c = comment(d); return c || cx.empty; }
    case 'reason': return pick(REASONS);
    case 'major': return pick(MAJORS);
    case 'show': return pick(SHOWS) || cx.empty;
    case 'studentNo': return d.dec('student_no', pick(['2021', '2022', '2020', '2023']) + pad(ri(1, 30)) + digits(pick([4, 6])));
    case 'staffNo': return chance(0.7) ? d.dec('staff_no', r.staffNo13) : r.staffShort;
    case 'memberCard': return d.dec('member_card', pick(['VIP', 'M', '']) + pick(['8800', '6600', '1008']) + digits(8));
    case 'postcode': return d.dec('postcode', pick(['518000', '518057', '510630', '310012', '200120', '100080', '610041', '430074', '210008']));
    case 'address': return address();
    case 'birth': return `${p.y}-${pad(p.m)}-${pad(p.d)}`;
    case 'date': return T(cx.clock.now() + ri(1, 20) * 86400e3, 'date');
    case 'wechat': {
      const k = ri(0, 9);
      if (k < 3) return mobAns(d, p, cx);
      if (k < 5) return d.dec('wechat_id', 'wxid_' + alnum(14, 'abcdefghijklmnopqrstuvwxyz0123456789'));
      if (k < 7 && p.py) return p.py + pick(['', '_' + digits(2), String(p.y)]);
      return d.dec('qq', qq());
    }
    case 'idType': return r.usePass ? '护照' : '居民身份证';
    case 'idOrPass': return r.usePass ? d.pass(r.passport) : idAns(d, p, cx);
    case 'compName': return r.comp ? d.name(r.comp) : cx.skip;
    case 'compId': return r.comp ? idAns(d, r.comp, cx) : cx.skip;
    case 'pinyin': return p.py ? (p.spy.toUpperCase() + ' ' + p.gpy.toUpperCase()) : cx.empty;
    case 'passport': return d.pass(r.passport);
    case 'passExp': return `${ri(2026, 2034)}-${pad(ri(1, 12))}-${pad(ri(1, 28))}`;
    default: throw new Error('q type ' + q.t);
  }
}
function idAns(d, p, cx) {
  if (cx.xlsxNum && chance(0.05)) return d.dec('excel_sci', (+p.id.slice(0, 6) / 100000).toFixed(5).replace(/0+$/, '').replace(/\.$/, '') + 'E+17');
  if (chance(cx.slips ?? 0.03)) return d.badId(p);
  return d.id(p);
}
function mobAns(d, p, cx) { if (chance(cx.slips ?? 0.02)) return d.badMob(p); return d.mob(p); }
function cardAns(d, p, cx) {
  if (cx.xlsxNum && chance(0.05)) return d.dec('excel_sci', (+p.card.slice(0, 6) / 100000).toFixed(5).replace(/0+$/, '') + 'E+' + (p.card.length - 1));
  if (chance(cx.slips ?? 0.03)) return d.badCard(p);
  return d.card(p);
}
function testAnswer(d, q, cx) {
  switch (q.t) {
    case 'name': case 'childName': case 'nameOpt': return d.dec('test_entry', pick(['测试', '测试1', 'test', '管理员测试']));
    case 'mobile': case 'mobileOpt': case 'emergMobile': return d.dc('cn_mobile', '13800000000');
    case 'id': case 'childId': case 'idOrPass': return d.dec('bad_id_date', '111111111111111111');
    case 'email': return d.dc('email', 'test@test.com');
    case 'card': return d.dec('test_entry', '6222000000000000000');
    default: return cx.empty || '1';
  }
}
function mkResp(th, o = {}) {
  const p = person({ age: th.age });
  const r = { p };
  if (th.child) r.child = child(p);
  if (th.emerg) r.emerg = relative(p);
  if (th.teacher) r.teacher = person({ age: [30, 60] });
  if (th.members) r.members = Array.from({ length: ri(1, 4) }, () => person({ age: [18, 23] }));
  if (th.anon) r.anon = chance(0.45);
  if (th.org) r.org = pick(ORGS);
  if (th.legacy && chance(0.12)) { r.legacy = true; p.id = genIdBody(p.region[0], 1900 + ri(35, 62), ri(1, 12), ri(1, 28), p.sex); }
  if (th.companion && chance(0.5)) r.comp = person({ age: [8, 70] });
  if (th.companion) r.usePass = chance(0.1);
  if (th.passport || r.usePass) r.passport = genPassport();
  r.staffNo13 = staffNo13(); r.staffShort = pick(['YQ', 'SL', 'BY', 'NY']) + pad(ri(1, 3999), 5);
  if (o.org) r.staffMail = staffEmail(p, o.org);
  else if (th.passport) r.staffMail = staffEmail(p, pick(ORGS));
  if (chance(0.025)) r.nameSlip = pick([['test_entry', '匿名'], ['test_entry', '不方便透露'], ['company', pick(BRANDS)]]);
  return r;
}
function respondents(th, n, o = {}) {
  const out = [];
  if (chance(0.12)) out.push({ test: true, p: person() });
  for (let i = 0; i < n; i++) {
    if (out.length > 2 && chance(0.04)) { const prev = pick(out.filter(x => !x.test)); out.push({ ...prev, dup: true }); continue; }
    out.push(mkResp(th, o));
  }
  return out;
}
const rowsN = () => { const k = ri(0, 19); return k < 10 ? ri(2, 5) : k < 18 ? ri(5, 10) : ri(11, 22); };
function qHead(q, i, style) {
  const h = q.h;
  switch (style) {
    case 'wjx': return `${i + 1}、${h}${/[：？?）)]$/.test(h) ? '' : '：'}`;
    case 'tx': return `Q${i + 1}${pick(['.', '.', ':'])}${h}`;
    case 'dot': return `${i + 1}.${h}`;
    default: return h;
  }
}
function region2(pl) { return `${pl[0].replace(/省|市$/, '')}-${pl[1].replace(/市$/, '')}`; }

// ───────────────────────────── kinds ─────────────────────────────
const SOURCES = [['手机提交', 30], ['微信', 35], ['链接', 15], ['二维码', 8], ['短信', 2], ['QQ', 3]];
function wjxSource() { const s = wsel(SOURCES); const det = s === '微信' ? pick(['N/A', '朋友圈', '微信群', '公众号菜单']) : s === '链接' ? pick(['N/A', '直接访问', 'https://mp.weixin.qq.com/']) : 'N/A'; return [s, det]; }

function kWjx(kind) {
  const xl = kind === 'wjx-xlsx';
  const d = new Doc(kind, 1);
  const tk = pick(PUBLIC_THEMES); const th = THEMES[tk];
  const title = th.title();
  const ck = clock(); const cx = { skip: '(跳过)', empty: '(空)', multi: '┋', clock: ck, xlsxNum: xl };
  const rs = respondents(th, rowsN());
  const wxCols = chance(0.4);
  const head = ['序号', '提交答卷时间', '所用时间', '来源', '来源详情', '来自IP', ...(wxCols ? ['微信昵称', '微信openid'] : []), ...th.qs.map((q, i) => qHead(q, i, chance(0.85) ? 'wjx' : 'dot'))];
  if (th.quiz) head.push('总分');
  const rows = [head];
  rs.forEach((r, i) => {
    const [src, det] = wjxSource(); const pl = pick(PLACES);
    const ip = `${ipAddr()}(${region2(pl)})`; d.dec('ip', ip.replace(/\(.*$/, ''));
    const row = [String(i + 1), d.dec('submit_time', T(ck.next(), 'slash')), d.dec('duration', `${ri(35, 900)}秒`), src, det, ip, ...(wxCols ? [d.dec('wechat_nickname', pick(NICKS)), d.dec('openid', openid())] : []), ...th.qs.map(q => answer(d, q, r, cx))];
    if (th.quiz) row.push(d.dec('score', String(ri(4, 10) * 10)));
    rows.push(row);
  });
  let text;
  if (xl) text = `${title}_${d.dec('file_date', T(ck.now(), 'ymd'))}.xlsx\n` + xlsx(rows, pick(['Sheet1', '答卷数据', '原始数据']));
  else text = (chance(0.3) ? '\uFEFF' : '') + csv(rows);
  d.text = text; return d;
}

function kJsj() {
  const d = new Doc('jsj-export', 1);
  const th = THEMES[pick(PUBLIC_THEMES)]; const title = th.title();
  const ck = clock(); const cx = { skip: '', empty: '', multi: ', ', clock: ck };
  const rs = respondents(th, rowsN());
  const wx = chance(0.6); const paid = chance(0.4); const fee = pick(['99.00', '199.00', '299.00', '1280.00', '50.00']);
  const head = ['序号', ...th.qs.map(q => q.h), ...(paid ? ['订单号', '支付金额', '支付方式', '交易号', '支付状态'] : []), '填写时长', '填写设备', '操作系统', '浏览器', '填写地区', 'IP', ...(wx ? ['微信昵称', '微信OpenID'] : []), '提交人', '提交时间', '更新时间', '渠道'];
  const rows = [head];
  rs.forEach((r, i) => {
    const pl = pick(PLACES); const ip = d.dec('ip', ipAddr());
    const t = ck.next();
    const row = [String(i + 1), ...th.qs.map(q => answer(d, q, r, cx))];
    if (paid) { const wxp = chance(0.7); row.push(d.dec('order_no', T(t, 'ymd') + digits(11)), fee, wxp ? '微信支付' : '支付宝', d.dec('pay_txn_no', wxp ? '42000' + digits(5) + T(t, 'ymd') + digits(10) : T(t, 'ymd') + '2200' + digits(16)), pick(['已支付', '已支付', '已支付', '已退款'])); }
    row.push(d.dec('duration', `${ri(30, 900)}秒`), pick(['手机', '手机', '电脑', '平板']), pick(['iOS 17.5.1', 'Android 14', 'Android 13', 'Windows 10', 'HarmonyOS 4.2', 'Mac OS X 10.15']), pick(['微信', '微信', 'Chrome', 'Safari', '钉钉']), `${pl[0]} ${pl[1]}`, ip);
    if (wx) row.push(d.dec('wechat_nickname', pick(NICKS)), d.dec('openid', openid()));
    row.push(pick(['', '', '匿名用户']), d.dec('submit_time', T(t)), chance(0.2) ? T(t + ri(60, 86400) * 1000) : T(t), pick(['默认', '公众号', '朋友圈海报', '短信']));
    rows.push(row);
  });
  d.text = chance(0.5) ? csv(rows) : `${title}_数据_${d.dec('timestamp', T(ck.now(), 'compact'))}.xlsx\n` + xlsx(rows, title.slice(0, 20));
  return d;
}

function kTx() {
  const d = new Doc('txwj-export', 1);
  const th = THEMES[pick(PUBLIC_THEMES)]; const title = th.title();
  const ck = clock(); const cx = { skip: '', empty: '', multi: '|', clock: ck };
  const rs = respondents(th, rowsN());
  const head = ['编号', '答卷ID', '开始答题时间', '结束答题时间', '答题时长', '地理位置国家和地区', '地理位置省', '地理位置市', 'IP', '用户标识', '昵称', ...th.qs.map((q, i) => qHead(q, i, 'tx'))];
  const rows = [head]; let aid = ri(1000000000, 1099999999);
  rs.forEach((r, i) => {
    const pl = pick(PLACES); const t1 = ck.next(); const dur = ri(40, 900);
    aid += ri(3, 9000);
    const row = [String(i + 1), d.dec('answer_id', String(aid)), d.dec('submit_time', T(t1)), T(t1 + dur * 1000), d.dec('duration', `${Math.floor(dur / 60)}分${dur % 60}秒`), '中国', pl[0], pl[1], d.dec('ip', ipAddr()), d.dec('openid', openid()), d.dec('wechat_nickname', pick(NICKS)), ...th.qs.map(q => answer(d, q, r, cx))];
    rows.push(row);
  });
  d.text = chance(0.55) ? `${title}（${rs.length}份有效答卷）\n` + csv(rows) : xlsx(rows, '答卷数据');
  return d;
}

function kMike() {
  const d = new Doc('mike-export', 1);
  const ck = clock(); const n = rowsN() + 2;
  const forms = ['Python训练营报名', '线下沙龙报名', '白皮书下载', '免费试听申请', '渠道合作咨询'];
  const head = ['姓名', '手机', '邮箱', '公司', '职位', '微信', '所属表单', '提交时间', '来源', '标签', '备注'];
  const rows = [head]; const eqWrap = chance(0.5);
  for (let i = 0; i < n; i++) {
    const p = person({ age: [22, 50] });
    const mob = mobAns(d, p, {});
    const row = [d.name(p), eqWrap ? `="${mob}"` : mob, chance(0.85) ? d.mail(p) : '', chance(0.2) ? d.dec('company', pick(BRANDS)) : d.lex('company', pick(COMPANIES)), d.lex('job_title', pick(JOBS)),
      chance(0.3) ? d.mob(p, 'plain') : chance(0.4) ? d.dec('wechat_id', 'wxid_' + alnum(12, 'abcdefghijklmnopqrstuvwxyz0123456789')) : '',
      pick(forms), d.dec('submit_time', T(ck.next(60, 40000))), pick(['官网', '公众号', '知乎', '线下活动扫码', '百度推广']), pick(['', '高意向', '已联系', '重复', '学生']), pick(['', '', '电话未接', '已加微信', '要发票'])];
    rows.push(row);
  }
  d.text = `麦客CRM 联系人导出 ${T(ck.now(), 'date')}\n` + csv(rows);
  return d;
}

function kFeishu() {
  const d = new Doc('feishu-export', 1);
  const org = pick(ORGS); const th = THEMES[pick(INTERNAL_THEMES)]; const title = th.title();
  const ck = clock(); const cx = { skip: '', empty: '', multi: ',', clock: ck, slips: 0.01 };
  const rs = respondents(th, rowsN(), { org });
  const numbered = chance(0.3);
  const head = ['提交人', '提交时间', ...th.qs.map((q, i) => numbered ? qHead(q, i, 'dot') : q.h)];
  const rows = [head];
  for (const r of rs) {
    const sub = r.test ? d.dec('test_entry', '表单管理员') : r.nameSlip ? '匿名' : d.name(r.p, 'plain');
    rows.push([sub, d.dec('submit_time', T(ck.next(20, 3000))), ...th.qs.map(q => answer(d, q, r, cx))]);
  }
  const s = ri(0, 2);
  d.text = s === 0 ? `${title} - 飞书表单 - 共${rs.length}条\n` + csv(rows) : s === 1 ? `${title}.xlsx\n` + xlsx(rows, '表单回复') : `多维表格「${title}」导出\n` + pipe(rows);
  return d;
}

function kDing() {
  const d = new Doc('dingtalk-export', 1);
  const org = pick(ORGS); const th = THEMES[pick(INTERNAL_THEMES)]; const title = th.title();
  const ck = clock(); const cx = { skip: '', empty: '', multi: '、', clock: ck, slips: 0.01, xlsxNum: chance(0.4) };
  const rs = respondents(th, rowsN(), { org });
  const head = ['序号', '填写人', '填写人部门', '提交时间', '修改时间', ...th.qs.map(q => q.h)];
  const rows = [head];
  rs.forEach((r, i) => {
    const t = ck.next(20, 3000);
    const who = r.test ? d.dec('test_entry', '智能填表测试') : d.name(r.p, 'plain');
    rows.push([String(i + 1), who, d.lex('dept', `${org.short}/${pick(DEPTS)}`), d.dec('submit_time', T(t)), chance(0.15) ? d.dec('submit_time', T(t + ri(300, 90000) * 1000)) : '', ...th.qs.map(q => answer(d, q, r, cx))]);
  });
  d.text = `钉钉智能填表 | ${title}\n导出时间：${T(ck.next())}  导出人：` + d.name(person({ age: [25, 45] }), 'plain') + '\n' + xlsx(rows, '填写数据');
  return d;
}

const xmlEsc = s => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function kWebhook() {
  const d = new Doc('webhook', 1);
  const th = THEMES[pick([...PUBLIC_THEMES, 'labor', 'refund', 'course'])]; const title = th.title();
  const ck = clock(); const cx = { skip: '', empty: '', multi: ',', clock: ck };
  const n = chance(0.7) ? 1 : ri(2, 5);
  const rs = respondents(th, n).filter(r => !r.test);
  const tool = ri(0, 3);
  const parts = [];
  rs.forEach((r, i) => {
    const t = ck.next();
    if (tool === 0) { // 金数据
      const entry = { serial_number: ri(20, 3000) };
      th.qs.forEach((q, k) => { entry[`field_${k + 1}`] = answer(d, q, r, cx); });
      Object.assign(entry, { creator_name: '', created_at: d.dec('timestamp', T(t, 'isoz')), updated_at: T(t, 'isoz'), info_filling_duration: ri(30, 600), info_platform: pick(['iOS', 'Android', 'Windows', 'Macintosh']), info_os: pick(['iOS 17.4', 'Android 13', 'Windows 10']), info_browser: pick(['WeChat 8.0.47', 'Chrome 124.0', 'Safari 17.4']), info_region: { province: pick(PLACES)[0], city: pick(PLACES)[1], district: '', street: '' }, info_remote_ip: d.dec('ip', ipAddr()), x_field_weixin_nickname: d.dec('wechat_nickname', pick(NICKS)), x_field_weixin_openid: d.dec('openid', openid()) });
      parts.push(JSON.stringify({ form: alnum(6), form_name: title, entry }, null, chance(0.5) ? 2 : 0));
    } else if (tool === 1) { // 问卷星 数据推送
      const o = { activity: d.dec('form_id', String(ri(20000000, 29999999))), name: title, joinid: String(ri(1, 2000)), submittime: T(t), timetaken: String(ri(30, 900)), ipaddress: d.dec('ip', ipAddr()), source: pick(['微信', '手机提交', '链接']) };
      th.qs.forEach((q, k) => { o[`q${k + 1}`] = answer(d, q, r, cx); });
      o.sojumpparm = ''; o.sign = hex(40);
      parts.push(JSON.stringify(o, null, chance(0.5) ? 2 : 0));
    } else if (tool === 2) { // 腾讯问卷
      const o = { survey_id: +d.dec('form_id', String(ri(10000000, 19999999))), answer_id: +d.dec('answer_id', String(ri(1000000000, 1999999999))), started_at: T(t - ri(30, 600) * 1000, 'iso8'), ended_at: T(t, 'iso8'), respondent: { openid: d.dec('openid', openid()), nickname: d.dec('wechat_nickname', pick(NICKS)) }, answers: th.qs.map((q, k) => ({ question_id: `q-${k + 1}-${alnum(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}`, title: q.h, text: answer(d, q, r, cx) })) };
      parts.push(JSON.stringify(o, null, 2));
    } else { // XML relay into an old OA system
      const fields = th.qs.map((q, k) => `    <field id="f${k + 1}" label="${xmlEsc(q.h)}">${xmlEsc(answer(d, q, r, cx))}</field>`).join('\n');
      parts.push(`<?xml version="1.0" encoding="UTF-8"?>\n<formData source="${pick(['jinshuju', 'wjx', 'feishu'])}" formName="${xmlEsc(title)}">\n  <submitTime>${T(t)}</submitTime>\n  <timestamp>${d.dec('timestamp_ms', T(t, 'ms'))}</timestamp>\n  <remoteIp>${d.dec('ip', ipAddr())}</remoteIp>\n  <fields>\n${fields}\n  </fields>\n</formData>`);
    }
  });
  const pre = chance(0.4) ? `POST /api/hooks/${pick(['jinshuju', 'wjx', 'survey', 'form'])} HTTP/1.1\nHost: hooks.${pick(ORGS).dom}\nContent-Type: application/${tool === 3 ? 'xml' : 'json'}\nX-Request-Id: ${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}\n\n` : '';
  d.text = pre + parts.join(tool === 3 ? '\n\n' : '\n');
  return d;
}

function kNotify() {
  const d = new Doc('notify', 2);
  const tk = pick(PUBLIC_THEMES); const th = THEMES[tk]; const title = th.title();
  const ck = clock(); const cx = { skip: '', empty: '', multi: '、', clock: ck, slips: 0.01 };
  const r = mkResp(th); const t = ck.next();
  let k = ri(0, 6); let text;
  if (k === 4 && !['yanxue', 'dingxiang', 'course', 'lecture', 'webinar', 'volunteer', 'contest', 'laonian'].includes(tk)) k = 6;
  const lim = [3, 99, 99, 5, 0, 4, 4][k];
  const kv = th.qs.slice(0, lim).map(q => [q.h.replace(/（.*?）/g, ''), answer(d, q, r, cx)]).filter(x => x[1] !== '');
  if (k === 0) text = `【问卷星】您的问卷“${title}”收到新答卷（第${ri(2, 600)}份）：${kv.map(([a, b]) => `${a}：${b}`).join('；')}。详情请登录问卷星查看。退订回T`;
  else if (k === 1) {
    const to = person({ age: [25, 45] }); const org = pick(ORGS); const toMail = staffEmail(to, org);
    text = `发件人：金数据 <${d.mail('notification@jinshuju.net', 'plain')}>\n收件人：${d.mail(toMail, 'plain')}\n主题：「${title}」有 1 条新数据\n日期：${T(t)}\n\n你好，\n\n你的表单「${title}」刚刚收到一条新数据（序号 ${ri(2, 900)}）：\n\n${kv.map(([a, b]) => `${a}：${b}`).join('\n')}\n\n提交时间：${T(t)}\n查看全部数据：https://jinshuju.net/forms/${alnum(6)}/entries\n\n——金数据\n如不想再收到此类邮件，可在表单设置中关闭“新数据邮件提醒”。`;
  } else if (k === 2) text = `表单助手\n${d.name(r.p, 'plain')} 提交了「${title}」\n${kv.map(([a, b]) => `${a}\n${b}`).join('\n')}\n提交时间 ${T(t, 'md_hm')}\n[查看详情]`;
  else if (k === 3) text = `【钉钉·智能填表】${d.name(r.p, 'plain')}已填写“${title}”\n${kv.map(([a, b]) => `${a}: ${b}`).join('\n')}\n${T(t, 'md_hm')}`;
  else if (k === 4) {
    const org = pick(ORGS);
    const masked = r.p.mobile.slice(0, 3) + '****' + r.p.mobile.slice(7); d.dec('masked_mobile', masked);
    text = `【${org.short}】您已成功报名“${title.replace(/报名.*$/, '')}”，报名手机${masked}。${pick(['活动前一天将短信通知具体地址', '请于开营前加入学员群'])}，如有疑问请致电${d.land(org.land)}${chance(0.5) ? `或客服热线${d.dc('cn_landline', org.hot, `${org.hot.slice(0, 3)}-${org.hot.slice(3, 6)}-${org.hot.slice(6)}`)}` : ''}。回T退订`;
  } else if (k === 5) {
    text = `【腾讯问卷】「${title}」有新的回答\n答卷编号：${d.dec('answer_id', String(ri(1000000000, 1999999999)))}\n${kv.map(([a, b]) => `${a}：${b}`).join('\n')}\n提交时间：${T(t)}  IP：${d.dec('ip', ipAddr())}`;
  } else {
    text = `您收到一份新的答卷：${kv.map(([a, b]) => `${a} ${b}`).join('，')}。来自 ${pick(['微信', '手机提交', '链接'])}，用时 ${ri(40, 600)} 秒。`;
  }
  d.text = text; return d;
}

function sigBlock(d, p, org) {
  const lines = [`${d.name(p, 'plain')}${chance(0.3) ? ' ' + p.py?.replace(/^./, c => c.toUpperCase()) : ''}`.replace(/ undefined$/, ''), `${org.short} | ${pick(['市场部', '活动运营', '用户研究组', '人力资源部', '客户成功部'])}`];
  if (chance(0.8)) lines.push(`手机：${d.mob(p, chance(0.5) ? 'plain' : 'sp344')}`);
  if (chance(0.6)) lines.push(`座机：${d.land(org.land)}${chance(0.4) ? ' 转 ' + ri(8001, 8099) : ''}`);
  lines.push(`邮箱：${d.mail(p.staffMail)}`);
  return lines.join('\n');
}
function kMail() {
  const d = new Doc('export-mail', 1);
  const org = pick(ORGS); const from = person({ age: [24, 40] }); from.staffMail = staffEmail(from, org);
  const to = person({ age: [28, 50] }); to.staffMail = staffEmail(to, org);
  const th = THEMES[pick([...PUBLIC_THEMES, ...INTERNAL_THEMES])]; const title = th.title();
  const ck = clock(); const cx = { skip: '', empty: '', multi: '、', clock: ck, slips: 0.02 };
  const rs = respondents(th, ri(2, 6), { org }).filter(r => !r.test);
  const qs = th.qs.filter(q => !['note', 'comment', 'choice', 'multi'].includes(q.t) || chance(0.3));
  const withT = chance(0.8);
  const rows = [['序号', ...(withT ? ['提交时间'] : []), ...qs.map(q => q.h.replace(/（.*?）/g, ''))], ...rs.map((r, i) => [String(i + 1), ...(withT ? [d.dec('submit_time', T(ck.next()))] : []), ...qs.map(q => answer(d, q, r, cx))])];
  const hiW = to.sur ? to.sur + pick(['总', '经理', to.sex === 'F' ? '姐' : '哥']) : null;
  const salute = hiW && chance(0.5) ? `${d.dc('person_name_zh', hiW)}：` : `${d.name(to, 'plain')}，你好：`;
  const cc = chance(0.4) ? person({ age: [25, 45] }) : null; if (cc) cc.staffMail = staffEmail(cc, org);
  const head = `发件人：${d.name(from, 'plain')} <${d.mail(from.staffMail, 'plain')}>\n收件人：${d.name(to, 'plain')} <${d.mail(to.staffMail, 'plain')}>\n${cc ? `抄送：${d.name(cc, 'plain')} <${d.mail(cc.staffMail, 'plain')}>\n` : ''}主题：${pick(['转发：', '', '回复：'])}${title} 报名数据导出（截至${T(ck.now(), 'cnd')}）\n日期：${T(ck.next())}\n附件：${title}_${d.dec('file_date', T(ck.now(), 'ymd'))}.xlsx (${ri(12, 380)} KB)\n`;
  const body = `\n${salute}\n\n${pick(['附件是从问卷星导出的', '附件是金数据后台导出的', '附件是腾讯问卷导出的', '按你说的把飞书表单的'])}${title}数据，共 ${rs.length + ri(0, 40)} 条，${pick(['保险公司那边要的是姓名和身份证号，我先把前几条贴在下面你核对一下格式', '重复提交的我已经删掉了，下面是新增的几条', '下面是需要你这边确认的几条'])}：\n\n${tsv(rows)}\n\n${pick(['麻烦今天下班前回复，谢谢！', '注意数据不要外传，用完请删除。', '有问题随时找我。'])}\n\n--\n${sigBlock(d, from, org)}\n`;
  d.text = head + body; return d;
}

function maskName(n) { const c = [...n]; if (n.includes('·')) return c[0] + '**·' + c[c.length - 1]; if (c.length === 2) return c[0] + '*'; return c[0] + '*'.repeat(c.length - 2) + c[c.length - 1]; }
function kLottery() {
  const d = new Doc('lottery', 1);
  const org = pick(ORGS); const ck = clock();
  const act = pick(['618 粉丝抽奖', '问卷调研参与抽奖', '周年庆转发抽奖', '年会线上抽奖', '双11 晒单抽奖', '满意度调查答谢抽奖']);
  const prizes = [['一等奖', pick(['iPad Air', '戴森吹风机', '现金 2000 元', '华为手表'])], ['二等奖', pick(['AirPods', '京东卡 500 元', '现金 500 元', '小米手环'])], ['三等奖', pick(['定制保温杯', '视频会员月卡', '现金 50 元', '品牌帆布袋'])]];
  const winners = []; let k = 0;
  for (const [lv, prize] of prizes) { const n = lv === '一等奖' ? ri(1, 2) : lv === '二等奖' ? ri(2, 5) : ri(4, 10); for (let i = 0; i < n; i++) winners.push({ lv, prize, p: person({ age: [18, 55] }), nick: pick(NICKS), no: ++k, cash: /现金/.test(prize) }); }
  const mode = ri(0, 2); const parts = [];
  if (mode !== 1) {
    const lines = [`【中奖名单公示】${org.short}${act}`, `本次活动共 ${ri(800, 9000).toLocaleString('en-US')} 人参与，于 ${T(ck.next(), 'cnd')} ${T(ck.now(), 'hm')} 通过抽奖小程序现场开奖（抽奖编号 ${d.dec('lottery_id', T(ck.now(), 'ms'))}），中奖名单如下：`, ''];
    let cur = '';
    for (const w of winners) {
      if (w.lv !== cur) { cur = w.lv; lines.push(`${w.lv}（${w.prize}）：`); }
      const mm = d.dec('masked_mobile', w.p.mobile.slice(0, 3) + '****' + w.p.mobile.slice(7));
      lines.push(chance(0.5) ? `  ${d.dec('masked_name', maskName(w.p.name))}  ${mm}` : `  ${d.dec('wechat_nickname', w.nick)}（${mm}）`);
    }
    lines.push('', `请中奖用户于 ${T(ck.now() + 7 * 86400e3, 'cnd')} 前添加客服微信，提供收货信息${winners.some(w => w.cash) ? '；现金奖需提供本人身份证号及银行卡号用于代扣个税后发放' : ''}，逾期视为自动放弃。`, `客服电话：${d.dc('cn_landline', org.hot, org.hot.replace(/^(\d{3})(\d{3})(\d{4})$/, '$1-$2-$3'))}`);
    if (chance(0.4)) lines.push(`公示身份证号仅显示前四后四位，如：${d.dec('masked_id', winners[0].p.id.slice(0, 4) + '**********' + winners[0].p.id.slice(14))}`);
    parts.push(lines.join('\n'));
  }
  if (mode !== 0) {
    const head = ['中奖编号', '奖项', '奖品', '昵称', '真实姓名', '手机号', '身份证号（代扣个税）', '收货地址', '银行卡号（现金奖）', '开户行', '状态'];
    const rows = [head];
    for (const w of winners) {
      const bigOrCash = w.cash || w.lv === '一等奖';
      rows.push([d.dec('prize_no', `ZJ${T(ck.now(), 'ymd')}${pad(w.no, 3)}`), w.lv, w.prize, d.dec('wechat_nickname', w.nick), d.name(w.p), chance(0.92) ? d.mob(w.p) : d.badMob(w.p), bigOrCash ? (chance(0.95) ? d.id(w.p) : d.badId(w.p)) : '', w.cash ? '' : address(), w.cash ? d.card(w.p) : '', w.cash ? w.p.branch : '', pick(['已发放', '待发放', '已寄出', '信息待补充'])]);
    }
    const intro = mode === 2 ? `\n\n====== 内部版（请勿外发）======\n` : `${org.short}${act} 中奖信息收集表（金数据导出 ${T(ck.next(), 'date')}）\n`;
    parts.push(intro + (chance(0.5) ? tsv(rows) : csv(rows)));
  }
  d.text = parts.join(''); return d;
}

function kRevisit() {
  const d = new Doc('revisit', 1);
  const org = pick(ORGS); const ck = clock(); const mode = ri(0, 2);
  const agents = Array.from({ length: ri(1, 3) }, () => person({ age: [22, 35], sex: chance(0.7) ? 'F' : 'M' }));
  const n = mode === 0 ? ri(2, 7) : ri(5, 20);
  const res = ['已接通，客户表示满意', '已接通，对安装时效不满意，已致歉并赠送延保一年', '未接通，已发短信', '客户挂断', '已接通，客户建议增加晚间配送', '空号', '已接通，问题已解决，客户撤回差评', '关机'];
  let text;
  if (mode === 0) {
    const blocks = [`${org.short} 满意度回访记录（问卷低分跟进） ${T(ck.now(), 'date')}`];
    for (let i = 0; i < n; i++) {
      const p = person({ age: [22, 70] }); const ag = pick(agents); const sc = ri(0, 6);
      blocks.push(`----------\n回访单号：${d.dec('ticket_no', `HF${T(ck.next(), 'ymd')}${pad(i + 1, 4)}`)}\n客户姓名：${d.name(p)}\n联系电话：${d.mob(p)}${chance(0.2) ? `\n备用电话：${d.land(genLandline())}` : ''}\n问卷来源：${pick(['售后满意度问卷（腾讯问卷）', '安装服务评价（问卷星）', '门店体验调研（金数据）'])}  答卷编号 ${d.dec('answer_id', String(ri(100000000, 1999999999)))}\n问卷评分：${sc}分\n关联订单：${d.dec('order_no', T(ck.now(), 'ymd') + digits(11))}\n回访时间：${T(ck.next(300, 7200))}\n回访人：${d.name(ag, 'plain')}\n回访结果：${pick(res)}`);
    }
    text = blocks.join('\n');
  } else if (mode === 1) {
    const rows = [['序号', '客户姓名', '手机号', '关联订单号', '问卷得分', '回访结果', '回访人', '回访日期', '是否闭环']];
    for (let i = 0; i < n; i++) { const p = person({ age: [22, 70] }); rows.push([String(i + 1), d.name(p), d.mob(p), d.dec('order_no', T(ck.now(), 'ymd') + digits(11)), String(ri(0, 10)), pick(res), d.name(pick(agents), 'plain'), T(ck.next(600, 20000), 'date'), pick(['是', '否', '是'])]); }
    text = `${T(ck.now(), 'cnd')}满意度回访汇总\n` + (chance(0.5) ? csv(rows) : fixed(rows));
  } else {
    const lines = [];
    for (let i = 0; i < n; i++) {
      const p = person({ age: [22, 70] }); const ag = pick(agents); const t = ck.next(60, 1800);
      lines.push(`${T(t)} [CALL-OUT] agent=${d.name(ag, 'plain')} ext=${ri(8001, 8060)} callee=${d.mob(p, 'plain')} name=${d.name(p, 'plain')} survey=${d.dec('answer_id', String(ri(100000000, 1999999999)))} dur=${ri(0, 420)}s result=${pick(['ANSWERED', 'NO_ANSWER', 'BUSY', 'ANSWERED'])} score=${ri(1, 5)} callid=${d.dec('timestamp_ms', T(t, 'ms'))}`);
    }
    text = `# 外呼系统 满意度回访 ${T(ck.now(), 'date')}\n` + lines.join('\n');
  }
  d.text = text; return d;
}

function kBooking() {
  const d = new Doc('booking', 1);
  const ck = clock(); const mode = ri(0, 2);
  const venue = pick(['市博物馆', '科技馆', '政务服务中心（不动产登记窗口）', '图书馆少儿馆', '社康中心（HPV疫苗）', '出入境接待大厅']);
  const n = ri(3, 12);
  const rows = [['预约号', '姓名', '证件类型', '证件号码', '手机号', '时段', '人数', '提交时间']];
  for (let i = 0; i < n; i++) {
    const p = person({ age: [18, 70] }); const pass = chance(0.08);
    const idv = pass ? d.pass(genPassport()) : chance(0.03) ? d.badId(p) : d.id(p, mode === 2 ? 'sp684' : undefined);
    rows.push([d.dec('booking_no', `YY${T(ck.now(), 'ymd').slice(2)}${pick(['A', 'B'])}${pad(i + 1, 4)}`), d.name(p), pass ? '护照' : '身份证', idv, d.mob(p), pick(['09:00-10:00', '10:00-11:00', '14:00-15:00', '15:00-16:00']), String(ri(1, 4)), d.dec('submit_time', T(ck.now() - ri(3600, 600000) * 1000))]);
  }
  const hdr = `${venue} ${T(ck.now(), 'cnd')} 预约登记名单（共${n}条，来源：微信小程序预约）\n`;
  d.text = hdr + (mode === 0 ? fixed(rows) : mode === 1 ? csv(rows) : pipe(rows)) + `\n\n核验人：${d.name(person({ age: [25, 50] }), 'plain')}   打印时间：${T(ck.next())}`;
  return d;
}

function kCheckin() {
  const d = new Doc('checkin', 1);
  const ck = clock(); const ev = pick(['数字化转型沙龙（深圳站）', '家长开放日', '新品发布会', '行业峰会分论坛B', '志愿者岗前培训', '安全生产培训（第2期）']);
  const n = ri(5, 16); const rows = [['签到时间', '姓名', '手机号', '单位', '签到方式', '位置', '备注']];
  for (let i = 0; i < n; i++) {
    const p = person({ age: [22, 55] }); const stand = chance(0.1);
    rows.push([T(ck.next(10, 240), 'hm'), d.name(p), chance(0.9) ? d.mob(p) : d.dec('masked_mobile', p.mobile.slice(0, 3) + '****' + p.mobile.slice(7)), chance(0.2) ? d.dec('company', pick(BRANDS)) : d.lex('company', pick(COMPANIES)), pick(['扫码签到', '扫码签到', '定位签到', '人工补签']), d.dec('geo', `${(22.5 + R() * 0.1).toFixed(6)},${(113.9 + R() * 0.1).toFixed(6)}`), stand ? '代签' : '']);
  }
  const m = ri(0, 2);
  d.text = `【${ev}】线上签到名单  导出于 ${T(ck.next())}\n应到 ${n + ri(0, 12)} 人，实到 ${n} 人\n` + (m === 0 ? fixed(rows) : m === 1 ? csv(rows) : xlsx(rows, '签到记录'));
  return d;
}

function kJielong() {
  const d = new Doc('jielong', 2);
  const ck = clock(); const goods = pick([['阳山水蜜桃', '6斤装', '79元/箱', '箱'], ['赣南脐橙', '10斤', '55元', '箱'], ['五常大米', '10kg', '98元', '袋'], ['车厘子 JJ级', '2斤', '69元', '份'], ['榴莲千层', '6寸', '88元', '个']]);
  const bld = () => pick([`${ri(1, 18)}栋${ri(1, 3)}单元${ri(1, 32)}${pad(ri(1, 6))}`, `${ri(1, 18)}-${ri(1, 3)}-${ri(1, 32)}${pad(ri(1, 6))}`, `${ri(1, 18)}栋${ri(1, 32)}${pad(ri(1, 6))}`]);
  const n = ri(6, 18); const people = []; const lines = [];
  const mode = ri(0, 2); const parts = [];
  for (let i = 0; i < n; i++) {
    const p = person({ age: [25, 70] }); const qty = ri(1, 3); const b = bld(); const k = ri(0, 9);
    const x = { p, qty, b, k, alias: p.sur ? p.sur + pick(['姐', '哥', '阿姨', '叔']) : null, nick: pick(NICKS) };
    if (x.k >= 4 && x.k < 6 && !x.alias) x.k = 0;
    people.push(x);
    if (mode === 1) continue;
    let e;
    if (x.k < 4) e = `${b} ${d.name(p, 'plain')} ${d.mob(p)} ${qty}${goods[3]}`;
    else if (x.k < 6) e = `${b} ${d.dc('person_name_zh', x.alias)} ${qty}${goods[3]}`;
    else if (x.k < 8) e = `${d.dec('wechat_nickname', x.nick)} ${b} ${qty}${goods[3]} 电话${d.mob(p)}`;
    else e = `${b} ${qty}${goods[3]}`;
    lines.push(`${i + 1}. ${e}`);
  }
  if (mode !== 1) parts.push(`#接龙\n${T(ck.now(), 'cnd')} ${goods[0]}团购 ${goods[1]} ${goods[2]}，${pick(['周四到货', '下单后3天发货', '周末统一到小区门口自提'])}\n例 X栋X单元XXX 姓名 电话 数量\n\n${lines.join('\n')}`);
  if (mode !== 0) {
    const rows = [['序号', '姓名', '电话', '楼栋房号', '数量', '金额', '已付款']];
    const price = +goods[2].replace(/\D/g, '');
    people.forEach((x, i) => rows.push([String(i + 1), x.k < 4 || !x.alias || chance(0.7) ? d.name(x.p, 'plain') : d.dc('person_name_zh', x.alias), d.mob(x.p, 'plain'), x.b, String(x.qty), String(x.qty * price), pick(['✔', '✔', '', '✔'])]));
    parts.push(`${mode === 2 ? '\n\n' : ''}团长整理（接龙转表格）${T(ck.now(), 'date')}\n` + (chance(0.5) ? tsv(rows) : fixed(rows)) + `\n合计：${people.reduce((a, x) => a + x.qty, 0)}${goods[3]}`);
  }
  if (chance(0.6)) parts.push(`\n\n收款二维码已发群里，付款备注楼栋+姓名。付款单号截图发我：${d.dec('pay_txn_no', '42000' + digits(5) + T(ck.now(), 'ymd') + digits(10))}`);
  d.text = parts.join(''); return d;
}

function kPayout() {
  const d = new Doc('payout', 1);
  const ck = clock(); const org = pick(ORGS); const mode = ri(0, 3);
  const purpose = pick(['用户访谈劳务费', '问卷调研礼金', '创新大赛奖金', '课程退费', '志愿者交通补贴', '活动保证金退还', '讲师课酬']);
  const n = mode === 3 ? ri(1, 3) : ri(3, 8); const list = Array.from({ length: n }, () => person({ age: [19, 60] }));
  const amt = () => pick(['200.00', '300.00', '500.00', '150.00', '1000.00', '2000.00', '80.00', '3000.00']);
  let text;
  if (mode === 0) {
    const paidOut = chance(0.6); const day = T(ck.now(), 'ymd');
    const rows = [['序号', '姓名', '身份证号码', '银行卡号', '开户行', '手机号', '金额(元)', ...(paidOut ? ['付款流水号', '付款时间'] : []), '备注']];
    list.forEach((p, i) => rows.push([String(i + 1), d.name(p), chance(0.96) ? d.id(p) : d.badId(p), chance(0.96) ? d.card(p) : d.badCard(p), p.branch, d.mob(p), amt(), ...(paidOut ? [d.dec('txn_no', day + digits(pick([11, 12]))), d.dec('submit_time', T(ck.next(5, 120)))] : []), pick(['', '', '已核对', '卡号待确认'])]));
    rows.push(['合计', '', '', '', '', '', '', '']);
    text = `${org.name}\n${T(ck.now(), 'date').slice(0, 7)} ${purpose}发放明细（信息来源：金数据报名表）\n` + xlsxCsvOrPipe(rows, '发放明细') + `\n\n制表：${d.name(person({ age: [24, 40] }), 'plain')}    审核：${d.name(person({ age: [30, 50] }), 'plain')}`;
  } else if (mode === 1) {
    const lines = list.map((p, i) => `${pad(i + 1, 4)}|${d.card(p, 'plain')}|${d.name(p, 'plain')}|${amt()}|${purpose}|${d.dec('txn_no', 'DF' + T(ck.now(), 'ymd') + pad(i + 1, 6))}`);
    text = `# 网银批量代发文件 ${org.short} 批次号 ${d.dec('batch_no', T(ck.next(), 'compact') + digits(4))} 共${n}笔\n# 格式：序号|收款账号|收款户名|金额|用途|业务参考号\n` + lines.join('\n');
  } else if (mode === 2) {
    const rows = [['收款账号', '收款户名', '金额', '开户行', '证件号码', '联系电话', '用途', '客户流水号']];
    list.forEach(p => rows.push([d.card(p, 'plain'), d.name(p, 'plain'), amt(), p.bank, d.id(p), d.mob(p), purpose, d.dec('txn_no', T(ck.next(1, 30), 'compact') + digits(6))]));
    text = csv(rows);
  } else {
    text = `${pick(['财务同事好', '出纳老师你好'])}，${purpose}申请付款：\n` + list.map(p => `收款人：${d.name(p)}\n身份证：${d.id(p)}\n卡号：${d.card(p, chance(0.5) ? 'g4' : 'plain')}\n开户行：${p.branch}\n手机：${d.mob(p)}\n金额：${amt()}元`).join('\n\n') + `\n付款依据：${pick(['问卷星报名表截图见附件', '金数据导出表第3行', '大赛获奖公示'])}\n申请人：${d.name(person({ age: [24, 40] }), 'plain')} ${T(ck.now(), 'date')}`;
  }
  d.text = text; return d;
}

function ocrNoise(s) { return s.replace(/[：:]/g, c => chance(0.2) ? pick([' ', '.', ':', '：', ' :']) : c); }
function kOcr() {
  const d = new Doc('ocr-form', 2);
  const th = THEMES[pick(['volunteer', 'laonian', 'dingxiang', 'labor', 'refund', 'yanxue'])]; const title = th.title();
  const r = mkResp(th); const p = r.p; const lines = [];
  const sp = w => [...w].join(' ');
  lines.push(sp(title.replace(/（.*?）/, '')), `编号：No. ${d.dec('form_serial', '00' + digits(5))}`);
  const nm = chance(0.5) ? d.name(p, 'spaced') : d.name(p);
  lines.push(`姓 名 ${nm}    性 别 ${p.sex === 'M' ? '男' : '女'}    出生年月 ${p.y}.${pad(p.m)}`);
  if (th.child) lines.push(`学员姓名 ${d.name(r.child)}   学员身份证 ${d.id(r.child, pick(['plain', 'sp684', 'box']))}`);
  const broken = chance(0.15);
  if (broken) { const i = p.id.indexOf('0', 6); const w = i >= 0 ? p.id.slice(0, i) + 'O' + p.id.slice(i + 1) : p.id.slice(0, 9) + 'l' + p.id.slice(10); lines.push(`身份证号 ${d.dc('cn_resident_id', p.id, w)}`); }
  else lines.push(`${pick(['身份证号', '身份证号码', '身份証号', '公民身份号码'])} ${d.id(p, pick(['plain', 'box', 'sp684', 'plain']))}`);
  lines.push(`联系电话 ${d.mob(p, pick(['plain', 'sp344', 'dash', 'plain']))}`);
  if (chance(0.6)) lines.push(`电子邮箱 ${d.mail(p, chance(0.2) ? 'fwat' : 'plain')}`);
  if (th.emerg) lines.push(`紧急联系人 ${d.name(r.emerg)}  电话 ${d.mob(r.emerg)}`);
  if (chance(0.7) || th.qs.some(q => q.t === 'card')) {
    const split = chance(0.3);
    const c = p.card; const w = split ? c.slice(0, 10) + '\n' + c.slice(10) : fmtCard(c, pick(['g4', 'plain']));
    lines.push(`银行卡号 ${d.ent('bank_card', c, w)}`, `开 户 行 ${p.branch}`);
  }
  if (chance(0.5)) lines.push(`QQ ${d.dec('qq', qq())}    微信 ${chance(0.5) ? d.mob(p, 'plain') : d.dec('wechat_id', 'wxid_' + alnum(10, 'abcdefghijklmnopqrstuvwxyz0123456789'))}`);
  lines.push(`家庭住址 ${address()}    邮编 ${d.dec('postcode', pick(['518000', '518057', '510630', '310012', '200120', '100080', '610041', '430074', '210008', '466000']))}`);
  if (th.qs.some(q => q.t === 'choice')) { const q = th.qs.find(q => q.t === 'choice'); lines.push(`${q.h} ${q.o.map(o => (chance(0.3) ? '☑' : '□') + d.lex('option_text', o.replace(/^[A-H]\. /, ''))).join(' ')}`); }
  lines.push(`本人签名：${d.name(p)}      日期：${T(baseDay(), 'date').replace(/-/g, '.')}`);
  if (chance(0.5)) lines.push(`以下由工作人员填写  审核人 ${d.name(person({ age: [25, 50] }))}  录入 ☑`);
  d.text = `[OCR ${pick(['扫描全能王', '百度OCR', '微信识图', 'ABBYY'])} 识别结果 第1页]\n` + lines.map(ocrNoise).join('\n') + (chance(0.5) ? '\n|  |  |\n' : '');
  return d;
}

function kHookLog() {
  const d = new Doc('hook-log', 1);
  const ck = clock(); const th = THEMES[pick(PUBLIC_THEMES)]; const cx = { skip: '', empty: '', multi: ',', clock: ck };
  const lines = []; const n = ri(3, 10);
  for (let i = 0; i < n; i++) {
    const r = mkResp(th); if (r.test) continue; const t = ck.next(5, 900); const ts = d.dec('log_time', T(t) + '.' + pad(ri(0, 999), 3));
    const th1 = `http-nio-8080-exec-${ri(1, 12)}`; const form = alnum(6); const serial = ri(10, 4000);
    lines.push(`${ts} [${th1}] INFO  c.l.form.WebhookController - recv jinshuju push form=${form} serial=${serial} ip=${d.dec('ip', ipAddr())}`);
    const entry = { serial_number: serial }; th.qs.forEach((q, k) => { entry[`field_${k + 1}`] = answer(d, q, r, cx); });
    entry.created_at = T(t, 'isoz');
    lines.push(`${ts} [${th1}] DEBUG c.l.form.WebhookController - payload=${JSON.stringify({ form, entry })}`);
    const k = ri(0, 4);
    if (k === 0 && th.qs.some(q => q.t === 'mobile')) lines.push(`${ts} [${th1}] WARN  c.l.crm.LeadService - duplicate lead mobile=${d.mob(r.p, 'plain')} name=${d.name(r.p, 'plain')} existing=L${T(t, 'ymd')}${pad(ri(1, 999), 5)}`);
    else if (k === 1 && th.qs.some(q => q.t === 'id')) lines.push(`${ts} [${th1}] ERROR c.l.crm.LeadService - sync failed: idCard ${d.dec('bad_id_length', r.p.id.slice(0, 17))} length invalid (len=17), traceId=${hex(16)}`);
    else if (k === 2) lines.push(`${ts} [${th1}] INFO  c.l.sms.Notify - sms sent to=${d.mob(r.p, 'plain')} tpl=SMS_${ri(100000000, 299999999)} bizId=${d.dec('timestamp_ms', T(t, 'ms'))}^0`);
    else lines.push(`${ts} [${th1}] INFO  c.l.form.WebhookController - 200 OK cost=${ri(8, 300)}ms`);
  }
  d.text = lines.join('\n'); return d;
}

function kChat() {
  const d = new Doc('work-chat', 1);
  const ck = clock(); const org = pick(ORGS);
  const mode = ri(0, 1);
  const th = THEMES[mode === 0 ? pick(PUBLIC_THEMES) : pick(['contest', 'dingxiang', 'quiz', 'hire'])]; const title = th.title();
  const a = person({ age: [26, 45] }), b = person({ age: [23, 35] }), c = person({ age: [30, 50] });
  const sp = p => d.nameDc(p);
  if (mode === 0) {
    const lines = [`【${pick(['微信群', '钉钉群', '飞书群'])}：${title.slice(0, 10)}执行群】`];
    const say = (p, s) => lines.push(`${sp(p)} ${T(ck.next(30, 600), 'hm')}\n${s}`);
    say(a, `@${sp(b)} ${title}导一份给我，${pick(['保险公司要名单', '明天要给场地方报备', '财务要核对付款', '老板要看数据'])}`);
    say(b, `好的，问卷星这边一共 ${ri(20, 200)} 份，导出来了`);
    say(b, `[文件] ${title}_${d.dec('file_date', T(ck.now(), 'ymd'))}.xlsx`);
    const extra = Array.from({ length: ri(1, 4) }, () => person({ age: [20, 60] }));
    say(b, `还有${extra.length}个是电话报的，没在问卷里，我手动加一下：\n` + extra.map(p => `${d.name(p, 'plain')} ${d.mob(p)}${chance(0.6) ? ' 身份证 ' + d.id(p) : ''}${chance(0.3) ? ' 邮箱 ' + d.mail(p) : ''}`).join('\n'));
    say(c, pick([`注意：表格里有${ri(1, 5)}条身份证号是错的，保险那边会退回来`, '发群里不太好吧，里面都是身份证号', '收到']));
    if (chance(0.5)) { const bad = person(); say(a, `这个人的身份证号好像不对：${d.name(bad, 'plain')} ${d.badId(bad)}，${sp(b)}你打电话问一下，电话 ${d.mob(bad)}`); }
    d.text = lines.join('\n');
  } else {
    const winners = Array.from({ length: ri(3, 8) }, () => person({ age: [18, 24] }));
    d.text = `${title} 复盘会议纪要\n时间：${T(ck.next(), 'date')} 15:00-16:00\n地点：${org.short} ${ri(3, 18)}楼会议室\n参会：${[a, b, c].map(p => d.name(p, 'plain')).join('、')}\n记录：${d.name(b, 'plain')}\n\n一、数据情况\n1. 问卷星共回收 ${ri(100, 900)} 份，有效 ${ri(80, 700)} 份；来源以微信为主（${ri(50, 80)}%）。\n2. ${sp(c)}提出报名表中“身份证号”题未设置格式校验，导致 ${ri(3, 20)} 条无效，下次必须开启校验。\n3. 去重后导出名单已交保险公司，${sp(a)}负责跟进保单。\n\n二、获奖及奖金发放\n` + winners.map((p, i) => `${i + 1}. ${d.name(p, 'plain')}（${d.lex('school', pick(SCHOOLS))}）  手机 ${d.mob(p)}  奖金卡号 ${d.card(p)}`).join('\n') + `\n\n三、待办\n- ${sp(b)}：本周五前完成奖金发放，发放后删除本地导出文件\n- ${sp(a)}：问卷模板加上手机号、身份证号格式校验\n`;
  }
  return d;
}

function kDetail() {
  const d = new Doc('answer-detail', 1);
  const th = THEMES[pick(PUBLIC_THEMES)]; const title = th.title();
  const ck = clock(); const cx = { skip: '(跳过)', empty: '(空)', multi: '┋', clock: ck };
  const n = ri(1, 4); const blocks = [];
  for (let i = 0; i < n; i++) {
    const r = mkResp(th); const t = ck.next();
    const qlines = th.qs.map((q, k) => {
      let a = answer(d, q, r, cx);
      if (chance(0.12) && /^\d{18}$|^\d{19}$/.test(a)) { // PDF line wrap inside a long number
        const cut = ri(8, 14); const w = a.slice(0, cut) + '\n' + a.slice(cut);
        const det = q.t === 'card' ? 'bank_card' : 'cn_resident_id';
        const v = det === 'bank_card' ? a : NORM.cn_resident_id(a);
        const e = d.E.get(det + '\u0001' + v);
        if (VALID[det](v) && e && !d.text.includes(a) && !blocks.join('').includes(a)) { e.forms.delete(a); d.ent(det, v, w); a = w; }
      }
      const typ = ['choice'].includes(q.t) ? '[单选题]' : q.t === 'multi' ? '[多选题]' : q.t === 'rating' ? '[量表题]' : '[填空题]';
      return `第${k + 1}题：${q.h} ${typ}\n${a}`;
    });
    blocks.push(`问卷星 · 答卷详情  ${title}\n答卷编号：${ri(1, 900)}    提交时间：${T(t, 'slash')}    所用时间：${ri(40, 900)}秒\n来源：${pick(['微信', '手机提交', '链接'])}    来源IP：${d.dec('ip', ipAddr())}(${region2(pick(PLACES))})\n${qlines.join('\n')}\n— 第 ${i + 1} 页 —`);
  }
  d.text = blocks.join('\n\f\n'); return d;
}


function kStats() {
  const d = new Doc('stats-report', 1);
  const th = THEMES[pick(PUBLIC_THEMES)]; const title = th.title(); const N = ri(40, 2400); const ck = clock();
  const pct = parts => { const tot = parts.reduce((a, b) => a + b, 0); return parts.map(x => (100 * x / tot).toFixed(2) + '%'); };
  const split = k => { const a = Array.from({ length: k }, () => ri(1, 100)); const t = a.reduce((x, y) => x + y, 0); return a.map(x => Math.max(0, Math.round(x * N / t))); };
  const out = [`${title} — 统计报告`, `数据来源：问卷星  统计时间：${T(ck.now())}`, `有效答卷：${N} 份    浏览量：${N * ri(2, 6)}    平均完成时间：${ri(1, 9)}分${ri(0, 59)}秒`, ''];
  th.qs.forEach((q, k) => {
    const head = `第${k + 1}题：${q.h}`;
    if (q.t === 'choice' || q.t === 'multi') {
      const c = split(q.o.length); const p = pct(c);
      out.push(`${head} [${q.t === 'multi' ? '多选题' : '单选题'}]`, '选项\t小计\t比例', ...q.o.map((o, i) => `${d.lex('option_text', o)}\t${c[i]}\t${p[i]}`), `本题有效填写人次\t${N}`, '');
    } else if (['city', 'school', 'company', 'job', 'dept', 'team', 'project', 'pschool'].includes(q.t)) {
      const pool = { city: CITIES, school: SCHOOLS, company: [...BRANDS, ...COMPANIES], job: JOBS, dept: DEPTS, team: TEAMS, project: PROJECTS, pschool: PSCHOOLS }[q.t];
      const kind = { city: 'city', school: 'school', company: 'company', job: 'job_title', dept: 'dept', team: 'team_name', project: 'project_name', pschool: 'school' }[q.t];
      const top = shuffle(pool).slice(0, ri(4, 8));
      out.push(`${head} [填空题]  高频答案：`, top.map((w, i) => `${i + 1}. ${q.t === 'company' && BRANDS.includes(w) ? d.dec('company', w) : d.lex(kind, w)}（${ri(2, 40)}）`).join('  '), '');
    } else if (q.t === 'sex' || q.t === 'childSex') {
      const c = split(2); const p = pct(c); out.push(`${head} [单选题]`, '选项\t小计\t比例', `男\t${c[0]}\t${p[0]}`, `女\t${c[1]}\t${p[1]}`, '');
    } else if (q.t === 'rating') {
      out.push(`${head} [量表题]  平均分：${(ri(30, 95) / 10).toFixed(2)}`, '');
    } else {
      out.push(`${head} [填空题]  共 ${N - ri(0, 20)} 条回答（填空题详细答案请下载“按文本”原始数据查看）`, '');
    }
  });
  const src = split(4); const sp = pct(src);
  out.push('来源分析', ...['微信', '手机提交', '链接', '二维码'].map((x, i) => `${x}\t${src[i]}\t${sp[i]}`), '');
  const prov = shuffle(['广东', '浙江', '江苏', '北京', '上海', '四川', '湖北', '河南', '湖南', '福建']).slice(0, 5); const pc = split(5);
  out.push('地域分布（按IP）', ...prov.map((x, i) => `${x}\t${pc[i]}`));
  if (chance(0.35)) { const p = person({ age: [24, 45] }); out.push('', `报告导出人：${d.name(p, 'plain')}  ${d.mob(p)}`); }
  d.text = out.join('\n'); return d;
}

// ───────────────────────────── plan, generation ─────────────────────────────
const PLAN = [
  ['wjx-csv', 26, () => kWjx('wjx-csv')], ['wjx-xlsx', 20, () => kWjx('wjx-xlsx')], ['jsj-export', 18, kJsj], ['txwj-export', 16, kTx], ['mike-export', 10, kMike],
  ['feishu-export', 15, kFeishu], ['dingtalk-export', 15, kDing], ['webhook', 20, kWebhook], ['notify', 26, kNotify], ['export-mail', 13, kMail],
  ['lottery', 24, kLottery], ['revisit', 14, kRevisit], ['booking', 14, kBooking], ['checkin', 12, kCheckin], ['jielong', 14, kJielong],
  ['payout', 20, kPayout], ['ocr-form', 18, kOcr], ['hook-log', 10, kHookLog], ['work-chat', 12, kChat], ['answer-detail', 12, kDetail], ['stats-report', 26, kStats],
];
const docs = [];
for (const [kind, n, fn] of PLAN) for (let i = 0; i < n; i++) { const d = fn(); if (d.kind !== kind) throw new Error('kind'); d.n = i + 1; docs.push(d); }

// ───────────────────────────── self-check ─────────────────────────────
const errors = []; let pruned = 0;
const err = (d, m) => errors.push(`${d.kind}-${d.n}: ${m}`);
for (const d of docs) {
  // an 18-digit ID that is also a Luhn-valid 62… number (or an 18-digit card that reads as an ID) is ambiguous
  // for the other detector: either answer is fine there
  for (const e of [...d.E.values()]) {
    if (e.detector === 'cn_resident_id' && isCard(e.value)) d.dc('bank_card', e.value, [...e.forms][0]);
    if (e.detector === 'bank_card' && isValidId(e.value)) d.dc('cn_resident_id', e.value, [...e.forms][0]);
  }
  const text = d.text; const ntext = nf(text);
  for (const [k, e] of d.E) if (d.D.has(k)) d.D.delete(k);
  const labelled = det => new Set([...d.E.values(), ...d.D.values()].filter(e => e.detector === det).map(e => e.value));
  for (const [src, map] of [['entity', d.E], ['dontCare', d.D]]) for (const e of map.values()) {
    for (const w of e.forms) {
      if (!text.includes(w)) err(d, `${src} ${e.detector} ${e.value}: written form not in text: ${JSON.stringify(w)}`);
      if (src === 'entity' && NORM[e.detector](w) !== e.value) err(d, `${src} ${e.detector} ${e.value}: form ${JSON.stringify(w)} normalises to ${NORM[e.detector](w)}`);
    }
    if (src === 'entity' && !VALID[e.detector](e.value)) err(d, `entity ${e.detector} ${e.value} not valid`);
  }
  // every valid value appearing in the text is labelled
  const ids = labelled('cn_resident_id'), mobs = labelled('cn_mobile'), cards = labelled('bank_card'), mails = labelled('email'), usccs = labelled('cn_uscc');
  for (const m of ntext.matchAll(/(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])/g)) { const v = m[1].toUpperCase(); if (isValidId(v) && !ids.has(v)) err(d, `unlabelled id ${v}`); }
  for (const m of ntext.matchAll(/(?<!\d)(\d{15})(?!\d)/g)) { const v = idUpgrade15(m[1]); if (REGION_SET.has(v.slice(0, 6)) && isValidId(v) && !ids.has(v)) err(d, `unlabelled legacy id ${m[1]}`); }
  for (const m of ntext.matchAll(/(?<!\d)(1[3-9]\d{9})(?!\d)/g)) if (isMobile(m[1]) && !mobs.has(m[1])) err(d, `unlabelled mobile ${m[1]}`);
  const idLike = new Set([...ids, ...[...d.X.values()].map(x => nf(x.text))]);
  for (const m of ntext.matchAll(/(?<!\d)(\d{16,19})(?!\d)/g)) if (isCard(m[1]) && !cards.has(m[1]) && !idLike.has(m[1])) err(d, `unlabelled card ${m[1]}`);
  for (const m of ntext.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g)) if (!mails.has(m[0].toLowerCase())) err(d, `unlabelled email ${m[0]}`);
  for (const m of ntext.matchAll(/(?<![0-9A-Z])([0-9A-HJ-NPQRTUWXY]{18})(?![0-9A-Z])/g)) if (isUscc(m[1]) && !usccs.has(m[1])) err(d, `unlabelled uscc ${m[1]}`);
  // decoys: present, not valid, not an entity
  const entForms = []; for (const e of d.E.values()) { entForms.push(e.value); for (const w of e.forms) entForms.push(w); }
  // a respondent's slip that merely truncates/extends a value written correctly elsewhere in the same
  // document is left unlabelled rather than called a decoy (its text is part of / contains an entity)
  for (const [k, x] of d.X) if (/\d{5,}/.test(x.text) && entForms.some(f => /\d{5,}/.test(f) && (nf(f).replace(/\D/g, '').includes(x.text) || x.text.includes(nf(f).replace(/\D/g, ''))))) { d.X.delete(k); pruned++; }
  for (const x of d.X.values()) {
    if (!text.includes(x.text)) err(d, `decoy not in text: ${x.text}`);
    if (entForms.includes(x.text)) err(d, `decoy is also an entity: ${x.text}`);
    const dig = nf(x.text).replace(/[\s-]/g, '');
    if (/^\d{17}[\dXx]$/.test(dig) && isValidId(dig.toUpperCase())) err(d, `decoy is a valid id: ${x.text}`);
    if (isMobile(dig)) err(d, `decoy is a valid mobile: ${x.text}`);
    if (isCard(dig)) err(d, `decoy is a valid card: ${x.text}`);
    if (isUscc(dig.toUpperCase())) err(d, `decoy is a valid uscc: ${x.text}`);
    if (/\d{5,}/.test(x.text)) for (const f of entForms) if (/\d{5,}/.test(f) && (f.includes(x.text) || x.text.includes(f))) err(d, `decoy ${x.text} overlaps entity ${f}`);
    if (/[\u4e00-\u9fa5]/.test(x.text)) for (const e of d.E.values()) if (e.detector === 'person_name_zh' && (x.text === e.value || x.text.includes(e.value))) err(d, `name decoy ${x.text} contains entity ${e.value}`);
  }
}

// ───────────────────────────── write & summary ─────────────────────────────
const lines = docs.map(d => JSON.stringify({
  id: `sv-${d.kind}-${d.n}`, kind: d.kind, text: d.text,
  entities: [...d.E.values()].map(e => ({ detector: e.detector, value: e.value })),
  dontCare: [...d.D.values()].map(e => ({ detector: e.detector, value: e.value })),
  decoys: [...d.X.values()].map(x => ({ kind: x.kind, text: x.text })),
}));
const perKind = {}, perDet = {}, perDc = {}, perDecoy = {}; let nDecoys = 0, nEnt = 0;
for (const d of docs) {
  perKind[d.kind] = (perKind[d.kind] || 0) + 1;
  for (const e of d.E.values()) { perDet[e.detector] = (perDet[e.detector] || 0) + 1; nEnt++; }
  for (const e of d.D.values()) perDc[e.detector] = (perDc[e.detector] || 0) + 1;
  for (const x of d.X.values()) { perDecoy[x.kind] = (perDecoy[x.kind] || 0) + 1; nDecoys++; }
}
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((perDet[det] || 0) < 150) errors.push(`only ${perDet[det] || 0} ${det} entities (< 150)`);
if (nDecoys < nEnt) errors.push(`fewer decoys (${nDecoys}) than entities (${nEnt})`);
if (Object.keys(perKind).length < 15) errors.push('fewer than 15 kinds');
const show = o => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(20)} ${v}`).join('\n');
console.log(`documents: ${docs.length} (decoys pruned as overlapping an entity: ${pruned})\n${show(perKind)}\nentities (${nEnt}):\n${show(perDet)}\ndontCare:\n${show(perDc)}\ndecoys (${nDecoys}):\n${show(perDecoy)}`);
if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length}):\n` + errors.slice(0, 40).join('\n')); process.exit(1); }
writeFileSync(OUT, lines.join('\n') + '\n');
console.log(`self-check ok → ${OUT}`);
