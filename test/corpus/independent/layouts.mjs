#!/usr/bin/env node
/*
 * layouts.mjs — independent labelled test corpus for listguard (id prefix `ly`).
 *
 * Theme: text as extractors deliver it from documents. The damaged layouts a
 * DLP engine sees after pulling text out of PDFs, Word files, web pages,
 * slides and spreadsheets: fixed-width PDF tables with misaligned and wrapped
 * cells, column-by-column PDF extraction, two interleaved text columns, page
 * headers/footers in the middle of lists, one-cell-per-paragraph Word tables,
 * label/value forms, HTML with the tags stripped (cells glued), Markdown and
 * box-drawing tables, slide decks, spreadsheets whose numbers lost their
 * format (1.10105E+17, 13800138000.0), soft hyphens and zero-width characters
 * inside numbers, hard line breaks inside numbers and e-mail addresses,
 * 3 records per line, tabs turned into single spaces, right-aligned columns,
 * full-width characters, letter-spaced PDF text, OCR confusions.
 *
 * Usage:   node layouts.mjs OUT.jsonl
 * Output:  one JSON object per line:
 *   {"id":"ly-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          must NOT be reported under any detector
 * Normalisation of values: cn_resident_id 18 chars, upper-case X; cn_mobile
 *   11 digits (no +86); cn_landline digits incl. leading 0 and area code;
 *   email lower-case; bank_card digits; cn_passport / cn_uscc upper-case;
 *   person_name_zh as written, without spaces/padding/titles.
 * Deterministic (own mulberry32 PRNG, fixed seed); all data synthetic with
 * valid check characters. A self-check runs at the end (exit 1 on failure).
 *
 * Written in session 22 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node layouts.mjs OUT.jsonl'); process.exit(2); }

// ---------------------------------------------------------------- PRNG
let S = 0x22c0ffee;
function rnd() {
  S = (S + 0x6D2B79F5) | 0;
  let t = Math.imul(S ^ (S >>> 15), 1 | S);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const pad2 = (n) => String(n).padStart(2, '0');
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const nz = (n) => String(ri(1, 9)) + digits(n - 1);

// ---------------------------------------------------------------- validators
const PROV = new Set('11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65'.split(' '));
const WID = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idCheck = (b) => { let s = 0; for (let i = 0; i < 17; i++) s += +b[i] * WID[i]; return '10X98765432'[s % 11]; };
const realDate = (y, m, d) => { const t = new Date(Date.UTC(y, m - 1, d)); return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d; };
function isValidId(s) {
  if (!/^\d{17}[\dX]$/.test(s) || !PROV.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  return y >= 1900 && y <= 2025 && realDate(y, m, d) && idCheck(s) === s[17];
}
const legacyIdShape = (s) => s.length === 15 && PROV.has(s.slice(0, 2)) && realDate(1900 + +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12));
const MOBILE_RE = /^1(?:3\d|4[57]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/;
function luhn(s) { let sum = 0, alt = false; for (let i = s.length - 1; i >= 0; i--) { let d = +s[i]; if (alt) { d *= 2; if (d > 9) d -= 9; } sum += d; alt = !alt; } return sum % 10 === 0; }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const usccCheck = (s) => { let t = 0; for (let i = 0; i < 17; i++) t += UA.indexOf(s[i]) * UW[i]; return UA[(31 - (t % 31)) % 31]; };
const isValidUscc = (s) => /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s) && usccCheck(s) === s[17];
function orgCheck(s8) {
  const W = [3, 7, 9, 10, 5, 8, 4, 2]; let t = 0;
  for (let i = 0; i < 8; i++) { const c = s8[i]; t += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * W[i]; }
  const c = 11 - (t % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
const LANDLINE_RE = /^0(?:10|2[0-57-9])[2-8]\d{7}$|^0[3-9]\d{2}[2-8]\d{6,7}$/;
const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const VALUE_RE = {
  cn_resident_id: /^\d{17}[\dX]$/, cn_mobile: /^1[3-9]\d{9}$/, cn_landline: /^0\d{9,11}$/,
  email: /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/, bank_card: /^\d{16,19}$/,
  cn_uscc: /^[0-9A-HJ-NPQRTUWXY]{18}$/, cn_passport: /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$/,
  person_name_zh: /^(?:[\u4e00-\u9fa5]{2,4}|[\u4e00-\u9fa5]{2,8}·[\u4e00-\u9fa5]{2,8})$/,
};
const STRONG = {
  cn_resident_id: isValidId, cn_mobile: (v) => MOBILE_RE.test(v), bank_card: luhn, cn_uscc: isValidUscc,
  cn_landline: (v) => LANDLINE_RE.test(v),
};
// does any digit run in a decoy text look like a valid value of some detector?
function digitRisk(text, o = {}) {
  const runs = new Set();
  for (const m of text.matchAll(/\d+/g)) runs.add(m[0]);
  for (const m of text.matchAll(/\d[\d -]*\d/g)) runs.add(m[0].replace(/[ -]/g, ''));
  for (const r of runs) {
    if (r.length === 11 && MOBILE_RE.test(r)) return true;
    if (r.length >= 16 && r.length <= 19 && luhn(r)) return true;
    if (r.length === 18 && (isValidId(r) || isValidUscc(r))) return true;
    if (legacyIdShape(r)) return true;
    if (o.landline !== false && LANDLINE_RE.test(r)) return true;
  }
  return false;
}

// ---------------------------------------------------------------- static vocabulary
const SURNAMES = [['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'], ['赵', 'zhao'], ['吴', 'wu'], ['周', 'zhou'],
  ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'], ['胡', 'hu'], ['郭', 'guo'], ['何', 'he'], ['高', 'gao'], ['林', 'lin'], ['罗', 'luo'], ['郑', 'zheng'], ['梁', 'liang'],
  ['谢', 'xie'], ['宋', 'song'], ['唐', 'tang'], ['许', 'xu'], ['韩', 'han'], ['冯', 'feng'], ['邓', 'deng'], ['曹', 'cao'], ['彭', 'peng'], ['曾', 'zeng'], ['肖', 'xiao'],
  ['田', 'tian'], ['董', 'dong'], ['袁', 'yuan'], ['潘', 'pan'], ['于', 'yu'], ['蒋', 'jiang'], ['蔡', 'cai'], ['余', 'yu'], ['杜', 'du'], ['叶', 'ye'], ['程', 'cheng'],
  ['苏', 'su'], ['魏', 'wei'], ['吕', 'lv'], ['丁', 'ding'], ['任', 'ren'], ['沈', 'shen'], ['姚', 'yao'], ['卢', 'lu'], ['姜', 'jiang'], ['崔', 'cui'], ['钟', 'zhong'],
  ['谭', 'tan'], ['陆', 'lu'], ['汪', 'wang'], ['范', 'fan'], ['金', 'jin'], ['石', 'shi'], ['廖', 'liao'], ['贾', 'jia'], ['夏', 'xia'], ['韦', 'wei'], ['付', 'fu'],
  ['方', 'fang'], ['白', 'bai'], ['邹', 'zou'], ['孟', 'meng'], ['熊', 'xiong'], ['秦', 'qin'], ['邱', 'qiu'], ['江', 'jiang'], ['尹', 'yin'], ['薛', 'xue'], ['闫', 'yan'],
  ['段', 'duan'], ['雷', 'lei'], ['侯', 'hou'], ['龙', 'long'], ['史', 'shi'], ['陶', 'tao'], ['黎', 'li'], ['贺', 'he'], ['顾', 'gu'], ['毛', 'mao'], ['郝', 'hao'],
  ['龚', 'gong'], ['邵', 'shao'], ['万', 'wan'], ['钱', 'qian'], ['严', 'yan'], ['覃', 'qin'], ['武', 'wu'], ['戴', 'dai'], ['莫', 'mo'], ['孔', 'kong'], ['向', 'xiang'], ['汤', 'tang']];
const COMPOUND = [['欧阳', 'ouyang'], ['上官', 'shangguan'], ['司马', 'sima'], ['诸葛', 'zhuge'], ['皇甫', 'huangfu'], ['令狐', 'linghu'], ['司徒', 'situ'], ['慕容', 'murong'], ['夏侯', 'xiahou'], ['端木', 'duanmu']];
const GIVEN = [['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['强', 'qiang'], ['磊', 'lei'], ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'],
  ['艳', 'yan'], ['杰', 'jie'], ['娟', 'juan'], ['涛', 'tao'], ['明', 'ming'], ['超', 'chao'], ['秀', 'xiu'], ['霞', 'xia'], ['平', 'ping'], ['刚', 'gang'], ['桂', 'gui'],
  ['英', 'ying'], ['华', 'hua'], ['玉', 'yu'], ['兰', 'lan'], ['萍', 'ping'], ['红', 'hong'], ['鹏', 'peng'], ['辉', 'hui'], ['建', 'jian'], ['国', 'guo'], ['志', 'zhi'],
  ['文', 'wen'], ['斌', 'bin'], ['浩', 'hao'], ['宇', 'yu'], ['晨', 'chen'], ['欣', 'xin'], ['怡', 'yi'], ['婷', 'ting'], ['雪', 'xue'], ['琳', 'lin'], ['倩', 'qian'],
  ['颖', 'ying'], ['佳', 'jia'], ['嘉', 'jia'], ['子', 'zi'], ['梓', 'zi'], ['涵', 'han'], ['轩', 'xuan'], ['睿', 'rui'], ['博', 'bo'], ['思', 'si'], ['雨', 'yu'],
  ['晓', 'xiao'], ['海', 'hai'], ['春', 'chun'], ['燕', 'yan'], ['凯', 'kai'], ['鑫', 'xin'], ['瑶', 'yao'], ['璐', 'lu'], ['晗', 'han'], ['昊', 'hao'], ['然', 'ran'],
  ['泽', 'ze'], ['宁', 'ning'], ['琪', 'qi'], ['悦', 'yue'], ['彤', 'tong'], ['诗', 'shi'], ['航', 'hang'], ['坤', 'kun'], ['俊', 'jun'], ['峰', 'feng'], ['慧', 'hui'],
  ['晶', 'jing'], ['莉', 'li'], ['淑', 'shu'], ['荣', 'rong'], ['振', 'zhen'], ['云', 'yun'], ['飞', 'fei'], ['亮', 'liang'], ['立', 'li'], ['岚', 'lan'], ['薇', 'wei']];
const MINORITY = [['买买提·艾力', 'maimaiti.aili'], ['阿依古丽·吐尔逊', 'ayiguli.tuerxun'], ['古丽娜尔·买买提', 'gulinaer'], ['艾尔肯·吾守尔', 'aierken.wsr'], ['热依拉·阿不都', 'reyila.abd'], ['迪丽娜·艾合买提', 'dilina.ahmt']];
const BAD_NAMES = new Set(['高峰', '金华', '文明', '安宁', '江海', '白雪', '方明', '高明', '于是', '周国', '向明', '万国', '常春', '石林', '任意', '程序', '华英', '龙飞', '马上', '黄金', '金鑫']);
const REGIONS = [['110101', '北京市', '东城区'], ['110102', '北京市', '西城区'], ['110105', '北京市', '朝阳区'], ['110106', '北京市', '丰台区'], ['110108', '北京市', '海淀区'],
  ['120101', '天津市', '和平区'], ['120104', '天津市', '南开区'], ['130102', '石家庄市', '长安区'], ['140105', '太原市', '小店区'], ['150102', '呼和浩特市', '新城区'],
  ['210102', '沈阳市', '和平区'], ['220102', '长春市', '南关区'], ['230102', '哈尔滨市', '道里区'], ['310101', '上海市', '黄浦区'], ['310104', '上海市', '徐汇区'],
  ['310115', '上海市', '浦东新区'], ['320102', '南京市', '玄武区'], ['320583', '苏州市', '昆山市'], ['330102', '杭州市', '上城区'], ['330106', '杭州市', '西湖区'],
  ['330782', '金华市', '义乌市'], ['340102', '合肥市', '瑶海区'], ['350102', '福州市', '鼓楼区'], ['360102', '南昌市', '东湖区'], ['370102', '济南市', '历下区'],
  ['370202', '青岛市', '市南区'], ['410102', '郑州市', '中原区'], ['420102', '武汉市', '江岸区'], ['430102', '长沙市', '芙蓉区'], ['440103', '广州市', '荔湾区'],
  ['440106', '广州市', '天河区'], ['440304', '深圳市', '福田区'], ['440305', '深圳市', '南山区'], ['450102', '南宁市', '兴宁区'], ['460105', '海口市', '秀英区'],
  ['500103', '重庆市', '渝中区'], ['510104', '成都市', '锦江区'], ['510107', '成都市', '武侯区'], ['520102', '贵阳市', '南明区'], ['530102', '昆明市', '五华区'],
  ['610103', '西安市', '碑林区'], ['620102', '兰州市', '城关区'], ['630102', '西宁市', '城东区'], ['640104', '银川市', '兴庆区'], ['650102', '乌鲁木齐市', '天山区']];
const STREETS = ['建国路', '人民路', '解放大道', '中山路', '学府路', '科技园路', '滨江大道', '文化路', '新华街', '幸福路', '南京东路', '天府大道', '华夏路', '王府井大街', '长江路', '青年路', '光明路', '东风路'];
const ESTATES = ['阳光花园', '锦绣家园', '翠湖小区', '金色港湾', '华府公寓', '书香苑', '御景园', '万科城'];
const BANKS = [{ n: '中国工商银行', i: ['622202', '621226'], l: 19 }, { n: '中国农业银行', i: ['622848', '623052'], l: 19 }, { n: '中国建设银行', i: ['621700', '622700'], l: 19 },
  { n: '招商银行', i: ['622588', '621483'], l: 16 }, { n: '交通银行', i: ['622262'], l: 19 }, { n: '中国银行', i: ['621661', '621785'], l: 19 },
  { n: '中国邮政储蓄银行', i: ['621799', '622188'], l: 19 }, { n: '浦发银行', i: ['622521'], l: 16 }, { n: '中信银行', i: ['622696'], l: 16 },
  { n: '兴业银行', i: ['622909'], l: 18 }, { n: '招商银行', i: ['439225', '552534'], l: 16 }, { n: '中国银行', i: ['625907'], l: 16 },
  { n: '平安银行', i: ['623058'], l: 19 }, { n: '民生银行', i: ['415599', '622615'], l: 16 }];
const DOMAINS = ['qq.com', 'qq.com', 'qq.com', '163.com', '163.com', '126.com', 'foxmail.com', 'sina.com', 'sina.cn', 'sohu.com', 'aliyun.com', 'yeah.net', 'outlook.com', 'gmail.com', 'hotmail.com', '139.com'];
const COMPANIES = [['北京华宇信息技术有限公司', 'huayu-tech.com'], ['上海远航物流有限公司', 'yuanhang56.com'], ['深圳市腾达电子科技有限公司', 'tengda-e.com'],
  ['杭州西子智能装备股份有限公司', 'xizi-ie.cn'], ['成都天府软件服务有限公司', 'tfsoft.com.cn'], ['广州恒信贸易有限公司', 'hengxintrade.com'],
  ['南京紫金制药有限公司', 'zjpharma.cn'], ['武汉东湖光电有限公司', 'dhoe.com.cn'], ['苏州工业园区新创置业有限公司', 'xinchuang-re.com'],
  ['重庆山城汽车销售服务有限公司', 'scauto.cn'], ['青岛海滨保险代理有限公司', 'hbins.com.cn'], ['西安古都文化传媒有限公司', 'gdmedia.cn'],
  ['宁波港湾财富管理有限公司', 'gwwealth.com'], ['长沙星城教育咨询有限公司', 'xcedu.net']];
const JOBS = ['客户经理', '理财经理', '销售总监', '大堂经理', '综合柜员', '风控专员', '业务主管', '区域经理', '客服专员', '财务总监'];
const PLACES = ['张家口', '王府井', '周口', '黄山', '高新区', '石家庄', '马鞍山', '常州', '江门', '华东区', '华南区', '李村'];
const PRODUCTS = ['稳盈宝1号', '鑫享定期', '安心保终身寿险', '金葵花理财', '周周宝', '常青藤年金险', '安居贷', '易贷通'];
const TRAPS = ['周一', '周末', '余额', '付款', '关于', '金额', '万元', '方案', '高速', '安全', '完成', '时间', '明白', '文件', '马上', '历史', '流程', '任务'];
const REMARKS = ['已回访', 'VIP', '待补充资料', '资料齐全', '已签约', '请于周一前回访', '余额不足，需提醒', '关于续期方案已沟通', '客户要求马上处理', '按流程完成复核', '高净值客户', '已发送文件'];
const TITLES = ['客户信息登记表', '存量客户明细', 'VIP客户名单', '年度客户回访清单', '信用卡分期客户明细', '理财签约客户汇总', '贷款客户台账', '会员资料导出', '员工工资卡信息表', '保单客户清册'];
const PROSE = ['根据《个人信息保护法》要求，本表仅限内部使用，不得外传。', '请各网点于本周五前完成核对，如有疑问请联系总行运营管理部。',
  '本名单由系统自动生成，数据截至统计日期，仅供业务参考。', '经办人应核实客户身份，确保信息真实、准确、完整。',
  '对外提供须经合规部门审批，并按最小必要原则脱敏处理。', '以上客户均已签署授权书，同意本行依法使用其个人信息。'];
const VOCAB = JSON.stringify([REGIONS, STREETS, ESTATES, BANKS, COMPANIES, JOBS, PLACES, PRODUCTS, TRAPS, REMARKS, TITLES, PROSE,
  '客户姓名联系人户名持卡人手机号码联系电话移动电话身份证号码公民身份号码证件号码银行卡号收款账号开户行开户银行发卡行电子邮箱邮件地址联系地址家庭住址通讯地址办公电话住宅电话固定电话座机客户编号会员号开户日期登记日期签约日期授信额度金额余额贷款金额存款余额客户经理经办人负责人订单号交易流水号合同编号备注所在地区性别序号紧急联系人汇报人制表人审核人财富管理部运营管理部零售业务部机密文件内部资料仅限内部使用严禁外传总机传真客服热线版权所有']);

// ---------------------------------------------------------------- labels and documents
const L = (t, det, value, raw) => ({ t, det, value, raw });
const C = (text, labels = [], decoys = []) => ({ text, labels, decoys });
const Dc = (kind, text) => C(text, [], [{ kind, text }]);
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.DC = new Map(); this.DEC = new Map(); this.used = new Set(); this.names = []; }
  lab(l) {
    const k = l.det + '|' + l.value, M = l.t === 'e' ? this.E : this.DC;
    if (!M.has(k)) M.set(k, { detector: l.det, value: l.value, raws: new Set() });
    M.get(k).raws.add(l.raw);
  }
  dec(kind, text) { if (text && !this.DEC.has(text)) this.DEC.set(text, { kind, text }); }
  cell(c) { for (const l of c.labels) this.lab(l); for (const d of c.decoys) this.dec(d.kind, d.text); return c.text; }
  // downgraded: every label becomes dontCare with a new raw; decoys dropped; fragments looked for
  broken(c, raw) { for (const l of c.labels) this.lab(L('d', l.det, l.value, raw)); for (const f of fragments(raw)) this.lab(f); }
  line(parts) { return parts.map((p) => (typeof p === 'string' ? p : this.cell(p))).join(''); }
}
const dc = (c) => ({ ...c, labels: c.labels.map((l) => ({ ...l, t: 'd' })) });
// values an engine could find in the pieces of a value broken over lines
function fragments(raw) {
  const out = [], pieces = raw.split(/\u00AD?-?\n[ \t\u3000]*/);
  const joins = raw.includes('\n') ? [raw.replace(/\u00AD?-?\n[ \t\u3000]*/g, ''), raw.replace(/\u00AD?\n[ \t\u3000]*/g, '')] : [];
  for (const p of pieces) {
    for (const m of p.matchAll(EMAIL_RE)) out.push(L('d', 'email', m[0].toLowerCase(), m[0]));
    for (const m of p.matchAll(/\d+/g)) {
      const r = m[0];
      if (MOBILE_RE.test(r)) out.push(L('d', 'cn_mobile', r, r));
      if (r.length >= 16 && r.length <= 19 && luhn(r)) out.push(L('d', 'bank_card', r, r));
      if (isValidId(r)) out.push(L('d', 'cn_resident_id', r, r));
      if (LANDLINE_RE.test(r)) out.push(L('d', 'cn_landline', r, r));
    }
  }
  for (const j of joins) for (const m of j.matchAll(EMAIL_RE)) if (!/\s/.test(m[0])) out.push(L('d', 'email', m[0].toLowerCase(), raw));
  return out;
}

// display width helpers (CJK / full-width = 2, invisible = 0)
const cw = (ch) => {
  const c = ch.codePointAt(0);
  if (c === 0xad || c === 0x200b || c === 0xfeff) return 0;
  return (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
};
const dw = (s) => { let w = 0; for (const ch of s) w += cw(ch); return w; };
const padE = (s, w) => s + ' '.repeat(Math.max(0, w - dw(s)));
const padS = (s, w) => ' '.repeat(Math.max(0, w - dw(s))) + s;
function splitDW(s, w) { const out = []; let cur = '', cwid = 0; for (const ch of s) { const k = cw(ch); if (cwid + k > w && cur) { out.push(cur); cur = ''; cwid = 0; } cur += ch; cwid += k; } if (cur) out.push(cur); return out; }
const FW = (s) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');

// ---------------------------------------------------------------- generators: people
function genName(doc) {
  for (;;) {
    let name, sp, gp, gparts = []; const r = rnd();
    if (r < 0.025) { const m = pick(MINORITY); name = m[0]; sp = m[1]; gp = ''; }
    else {
      const s = r < 0.07 ? pick(COMPOUND) : SURNAMES[Math.floor(SURNAMES.length * Math.pow(rnd(), 1.7))];
      const g1 = pick(GIVEN), g2 = pick(GIVEN), two = s[0].length === 2 ? chance(0.5) : chance(0.65);
      if (two && g1 === g2 && chance(0.8)) continue;
      name = s[0] + g1[0] + (two ? g2[0] : ''); sp = s[1]; gparts = two ? [g1[1], g2[1]] : [g1[1]]; gp = gparts.join('');
    }
    if (BAD_NAMES.has(name) || VOCAB.includes(name) || doc.names.some((n) => n.includes(name) || name.includes(n))) continue;
    doc.names.push(name); return { name, sp, gp, gparts };
  }
}
const MOB_PRE = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150', '151', '152', '153', '155', '156', '157', '158', '159',
  '162', '166', '167', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '190', '191', '193', '195', '198', '199'];
function genMobile(doc) { for (;;) { const m = pick(MOB_PRE) + digits(8); if (!doc.used.has(m) && !/^(13800138000|13912345678|18888888888)$/.test(m)) { doc.used.add(m); return m; } } }
function genId(doc, male) {
  for (;;) {
    const reg = pick(REGIONS), y = ri(1952, 2004), m = ri(1, 12), d = ri(1, 28 + (m === 2 ? 0 : 2));
    if (!realDate(y, m, d)) continue;
    let seq = ri(0, 99) * 10 + (male ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]));
    const body = reg[0] + y + pad2(m) + pad2(d) + String(seq).padStart(3, '0'), id = body + idCheck(body);
    if (!doc.used.has(id)) { doc.used.add(id); return { id, reg, birth: [y, m, d] }; }
  }
}
function genCard(doc, bank) {
  for (;;) {
    const b = pick(bank.i) + digits(bank.l - 7);
    for (let c = 0; c < 10; c++) if (luhn(b + c)) { const v = b + c; if (!doc.used.has(v)) { doc.used.add(v); return v; } }
  }
}
function genEmail(doc, nm, mobile, o = {}) {
  for (;;) {
    let local, domain = pick(DOMAINS); const r = rnd(), sp = nm.sp, gp = nm.gp, ini = (nm.gparts || []).map((x) => x[0]).join('');
    if (o.long && gp) local = pick([`${sp}${gp}${ri(1000, 9999)}`, `${sp}.${gp}.${pick(['work', 'office', 'personal'])}`, `${gp}.${sp}${ri(1980, 2005)}`, `${sp}${(nm.gparts || [gp]).join('.')}.${ri(10, 99)}`]);
    else if (!gp) local = sp.replace(/\./g, chance(0.5) ? '.' : '') + (chance(0.5) ? ri(1, 99) : '');
    else if (r < 0.22) local = sp + gp + (chance(0.6) ? ri(1, 999) : '');
    else if (r < 0.36) local = sp + '.' + gp;
    else if (r < 0.46) local = gp + sp + (chance(0.5) ? ri(60, 99) : '');
    else if (r < 0.55) local = sp + '_' + gp + ri(1, 99);
    else if (r < 0.63) local = sp[0] + ini + ri(1970, 2005);
    else if (r < 0.77) { local = String(ri(10000, 2999999999)); domain = chance(0.8) ? 'qq.com' : 'foxmail.com'; }
    else if (r < 0.83 && o.mobileMail && mobile) { local = mobile; domain = pick(['139.com', '189.cn', 'wo.cn']); }
    else if (r < 0.9 && o.work) { local = sp + gp; domain = o.work; }
    else local = sp + gp + ri(1980, 2005);
    const v = (local + '@' + domain).toLowerCase();
    if (doc.used.has(v)) continue; doc.used.add(v);
    let raw = v;
    if (chance(0.08) && /^[a-z]/.test(v)) raw = chance(0.5) ? v[0].toUpperCase() + v.slice(1) : local.replace(/^([a-z])([a-z]*?)([a-z])/, (a, x, y, z) => x.toUpperCase() + y + z) + '@' + domain;
    return { value: v, raw, mobileInside: local === mobile };
  }
}
const AREAS = [['010', 8], ['021', 8], ['020', 8], ['022', 8], ['023', 8], ['024', 8], ['025', 8], ['027', 8], ['028', 8], ['029', 8], ['0755', 8], ['0571', 8], ['0512', 8],
  ['0532', 8], ['0591', 8], ['0731', 8], ['0871', 8], ['0769', 8], ['0757', 8], ['0574', 8], ['0931', 7]];
function genLandline(doc) {
  for (;;) {
    const [a, n] = pick(AREAS), sub = String(ri(2, 8)) + digits(n - 1), v = a + sub;
    if (doc.used.has(v)) continue; doc.used.add(v);
    const h = n === 8 ? sub.slice(0, 4) + ' ' + sub.slice(4) : sub.slice(0, 3) + ' ' + sub.slice(3);
    const raw = pick([`${a}-${sub}`, `${a}-${sub}`, `${a}${sub}`, `(${a})${sub}`, `（${a}）${sub}`, `${a} ${h}`, `+86 ${a.slice(1)} ${h}`, `+86-${a.slice(1)}-${sub}`, `${a}-${sub}`]);
    return { value: v, raw };
  }
}
function genPassport(doc) {
  for (;;) { const v = chance(0.5) ? 'E' + digits(8) : 'E' + pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')) + digits(7); if (!doc.used.has(v)) { doc.used.add(v); return v; } }
}
function genUscc(doc) {
  for (;;) {
    const pre = pick(['91', '91', '91', '91', '92', '12', '52']), reg = pick(REGIONS)[0], reg6 = chance(0.4) ? reg.slice(0, 4) + '00' : reg;
    const al = UA.replace(/[IOSVZ]/g, ''), body = chance(0.7) ? 'MA' + Array.from({ length: 6 }, () => pick(al.split(''))).join('') : digits(8);
    const s17 = pre + reg6 + body + orgCheck(body), v = s17 + usccCheck(s17);
    if (!doc.used.has(v)) { doc.used.add(v); return v; }
  }
}
function genAddr(reg) {
  const city = reg[1], dist = reg[2];
  return `${city}${dist}${pick(STREETS)}${ri(1, 399)}号` + (chance(0.6) ? `${pick(ESTATES)}${ri(1, 30)}栋${ri(1, 6)}单元${ri(1, 32)}${pad2(ri(1, 6))}室` : '');
}
function genPerson(doc, o = {}) {
  const nm = genName(doc), male = chance(0.5), idr = genId(doc, male), bank = pick(BANKS), mobile = genMobile(doc);
  const p = { ...nm, male, id: idr.id, birth: idr.birth, reg: idr.reg, mobile, bank, card: genCard(doc, bank), addr: genAddr(pick(REGIONS)) };
  p.email = genEmail(doc, nm, mobile, o);
  p.tel = chance(0.5) ? genLandline(doc) : null;
  return p;
}
function genStaff(doc, co) {
  if (!doc.staff) doc.staff = [];
  if (doc.staff.length < 3 && (doc.staff.length === 0 || chance(0.4))) {
    const nm = genName(doc); doc.staff.push({ ...nm, mobile: genMobile(doc), email: genEmail(doc, nm, null, { work: (co || genCompany(doc)).domain }), job: pick(JOBS) });
  }
  return pick(doc.staff);
}
function genCompany(doc) {
  if (doc.co) return doc.co;
  const [name, domain] = pick(COMPANIES), sw = genLandline(doc);
  doc.co = { name, domain, sw, fax: genLandline(doc), hot: pick([`400-${nz(3)}-${digits(4)}`, `400 ${nz(3)} ${digits(4)}`, `800-${nz(3)}-${digits(4)}`, pick(['95588', '95599', '95533', '95555', '95566'])]),
    uscc: genUscc(doc), mail: pick(['service', 'hr', 'kefu', 'info', 'contact']) + '@' + domain, icp: `${pick(['京', '沪', '粤', '浙', '苏', '川'])}ICP备${nz(8)}号` + (chance(0.5) ? `-${ri(1, 3)}` : '') };
  return doc.co;
}

// ---------------------------------------------------------------- generators: decoys
function safe(f, o) { for (;;) { const t = f(); if (!digitRisk(t, o)) return t; } }
const D = {
  date: () => { const y = ri(2018, 2025), m = ri(1, 12), d = ri(1, 28); return pick([`${y}-${pad2(m)}-${pad2(d)}`, `${y}/${m}/${d}`, `${y}年${m}月${d}日`, `${y}.${pad2(m)}.${pad2(d)}`, `${y}/${pad2(m)}/${pad2(d)}`]); },
  amount: () => { const v = ri(100, 9000000), s = v.toLocaleString('en-US'); return pick([`${s}.00`, `¥${s}.00`, `${s}元`, `${s}.${pad2(ri(0, 99))}`, `￥${s}`]); },
  cust: () => safe(() => pick([`KH${ri(2019, 2024)}${digits(6)}`, `VIP-${digits(6)}`, `CIF${digits(9)}`, `M${digits(7)}`])),
  order: (n) => safe(() => `${ri(2020, 2024)}${pad2(ri(1, 12))}${pad2(ri(1, 28))}` + digits(n - 8)),
  contract: () => { const y = ri(2019, 2025); return pick([`HT-${y}-${digits(5)}`, `${pick(['BJ', 'SH', 'GZ', 'SZ', 'HZ'])}XS${y}${digits(4)}`, `(${y})京银贷字第${digits(4)}号`, `${y}年借字第${ri(1, 999)}号`]); },
  docno: () => `${pick(['京政发', '沪府办', '粤府', '国办发', '银保监办发', '浙政办发', '苏银发'])}〔${ri(2018, 2025)}〕${ri(1, 150)}号`,
  invoice: () => safe(() => digits(8)),
  invcode: () => '0' + pick(['4403', '3100', '1100', '3301', '4401', '5101']) + pick(['19', '20', '21', '22', '23']) + digits(5),
  isbn: () => { const b = '9787' + pick(['111', '115', '302', '508', '121', '300']) + digits(5); let s = 0; for (let i = 0; i < 12; i++) s += +b[i] * (i % 2 ? 3 : 1); const c = (10 - (s % 10)) % 10; return `ISBN ${b.slice(0, 3)}-${b[3]}-${b.slice(4, 7)}-${b.slice(7, 12)}-${c}`; },
  ean: () => safe(() => { const b = '69' + digits(10); let s = 0; for (let i = 0; i < 12; i++) s += +b[i] * (i % 2 ? 3 : 1); return b + ((10 - (s % 10)) % 10); }),
  version: () => pick([`V${ri(1, 5)}.${ri(0, 12)}.${ri(0, 30)}`, `v${ri(1, 3)}.${ri(0, 9)}`, `Ver ${ri(1, 9)}.${ri(0, 9)}`, `V${ri(1, 3)}.${ri(0, 9)}.${ri(0, 9)}.${ri(1000, 9999)}`]),
  page: (p, t) => pick([`第 ${p} 页 共 ${t} 页`, `第${p}页/共${t}页`, `- ${p} -`, `Page ${p} of ${t}`, `${p} / ${t}`, `第 ${p} 页`]),
  ts: () => safe(() => `${ri(2021, 2024)}${pad2(ri(1, 12))}${pad2(ri(1, 28))}${pad2(ri(0, 23))}${pad2(ri(0, 59))}${pad2(ri(0, 59))}`),
  express: () => safe(() => pick([`SF${digits(12)}`, `YT${digits(13)}`, `JT${digits(13)}`, `EMS${digits(9)}CN`])),
  txn: () => safe(() => `${ri(2021, 2024)}${pad2(ri(1, 12))}${pad2(ri(1, 28))}` + digits(11)),
  formno: () => pick([`DJ${ri(2020, 2024)}${digits(6)}`, `No.${digits(7)}`, `KHDJ-${digits(5)}`]),
  ga: () => safe(() => `${pick(['京', '沪', '粤', '浙'])}公网安备 ${pick(REGIONS)[0]}${digits(8)}号`, { landline: false }),
  serial: () => String(ri(43100, 45600)),
  postal: () => pick(['100020', '200120', '510620', '518057', '310013', '610041']),
  masked: (p) => pick([p.mobile.slice(0, 3) + '****' + p.mobile.slice(7), p.id.slice(0, 6) + '********' + p.id.slice(14), p.card.slice(0, 4) + ' **** **** ' + p.card.slice(-4), p.name[0] + '**', p.name[0] + '某某', '尾号' + p.card.slice(-4)]),
};
const staffNo = () => pick([`GH${digits(5)}`, nz(6), `EMP-${digits(4)}`]);

// ---------------------------------------------------------------- value cells
function cName(p, spaced) { let t = p.name; if (spaced && [...t].length === 2) t = t[0] + spaced + t[1]; return C(t, [L('e', 'person_name_zh', p.name, t)]); }
function fmtMobile(m, compact) {
  const g = `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`, r = rnd();
  if (compact) return r < 0.86 ? m : r < 0.95 ? '+86' + m : '0086' + m;
  return r < 0.58 ? m : r < 0.68 ? `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}` : r < 0.8 ? g : r < 0.85 ? '+86 ' + g : r < 0.9 ? '+86' + m : r < 0.93 ? '+86-' + m : r < 0.96 ? '0086 ' + m : r < 0.98 ? '(+86)' + m : '86' + m;
}
const cMobile = (p, compact, m = p.mobile) => { const t = fmtMobile(m, compact); return C(t, [L('e', 'cn_mobile', m, t)]); };
function cId(p, compact) {
  let t = p.id; const r = rnd();
  if (t.endsWith('X') && r < 0.4) t = t.slice(0, 17) + 'x';
  else if (!compact && r < 0.05) t = `${t.slice(0, 6)} ${t.slice(6, 14)} ${t.slice(14)}`;
  return C(t, [L('e', 'cn_resident_id', p.id, t)]);
}
function cCard(p, compact) {
  let t = p.card; const r = rnd();
  if (!compact && r < 0.28) t = t.replace(/(\d{4})(?=\d)/g, '$1 ');
  else if (!compact && r < 0.34) t = t.replace(/(\d{4})(?=\d)/g, '$1-');
  return C(t, [L('e', 'bank_card', p.card, t)]);
}
function cEmail(p) { const e = p.email, labels = [L('e', 'email', e.value, e.raw)]; if (e.mobileInside) labels.push(L('e', 'cn_mobile', p.mobile, p.mobile)); return C(e.raw, labels); }
const cTel = (t, kind = 'e') => C(t.raw, [L(kind, 'cn_landline', t.value, t.raw)]);
const cPass = (v) => C(v, [L('e', 'cn_passport', v, v)]);
const cUscc = (v) => C(v, [L('e', 'cn_uscc', v, v)]);
const cStaff = (s, spaced) => cName(s, spaced);

// ---------------------------------------------------------------- generic table
const HDR = {
  no: ['序号', '序号', 'No.', '序'], name: ['姓名', '客户姓名', '联系人', '户名', '持卡人', '姓名', '投保人'], gender: ['性别'],
  mobile: ['手机号码', '手机', '手机号', '联系电话', '移动电话', 'Mobile', '联系方式', '电话'], id: ['身份证号', '身份证号码', '证件号码', '公民身份号码', '身份证'],
  card: ['银行卡号', '卡号', '账号', '收款账号', '借记卡号', '工资卡号'], bank: ['开户行', '开户银行', '发卡行'], email: ['电子邮箱', '邮箱', 'E-mail', 'Email', '邮件地址'],
  addr: ['联系地址', '家庭住址', '通讯地址', '地址'], tel: ['住宅电话', '固定电话', '座机', '家庭电话'], cust: ['客户编号', '客户号', '会员号'],
  date: ['开户日期', '登记日期', '签约日期', '日期', '办理日期'], amount: ['授信额度', '金额（元）', '余额', '贷款金额', '存款余额', '保费'],
  mgr: ['客户经理', '经办人', '负责人'], order: ['订单号', '交易流水号', '保单号'], contract: ['合同编号'], remark: ['备注'], place: ['所在地区', '城市', '归属网点'],
};
function nRows(min = 1) {
  const r = rnd(); const n = r < 0.35 ? ri(1, 6) : r < 0.72 ? ri(7, 18) : r < 0.9 ? ri(19, 40) : ri(41, 80);
  return Math.max(min, n);
}
function chooseCols(o = {}) {
  const p = o.probs || {};
  const want = (k, d) => chance(p[k] ?? d);
  let keys = [];
  if (want('mobile', 0.85)) keys.push('mobile');
  if (want('id', 0.6)) keys.push('id');
  const card = want('card', 0.45); if (card) keys.push('card'); if (card && want('bank', 0.65)) keys.push('bank');
  if (want('email', 0.55)) keys.push('email');
  if (want('tel', 0.12)) keys.push('tel');
  if (!keys.length) keys.push(pick(['mobile', 'id', 'email']));
  for (const [k, d] of [['gender', 0.3], ['addr', 0.25], ['place', 0.2], ['cust', 0.5], ['date', 0.6], ['amount', 0.55], ['mgr', 0.18], ['order', 0.2], ['contract', 0.12], ['remark', 0.25]])
    if (want(k, d) && !(o.exclude || []).includes(k)) keys.push(k);
  const minDec = ri(2, 3), DEC_COLS = ['cust', 'date', 'amount', 'order', 'contract', 'place'].filter((k) => !(o.exclude || []).includes(k));
  while (keys.filter((k) => DEC_COLS.includes(k)).length < (o.minDecoyCols ?? minDec)) { const k = pick(DEC_COLS); if (!keys.includes(k)) keys.push(k); }
  keys = shuffle(keys);
  keys.splice(chance(0.8) ? 0 : ri(0, keys.length), 0, 'name');
  if (want('no', 0.7)) keys.unshift('no');
  return keys;
}
function makeCell(doc, k, p, i, o) {
  const compact = !!o.compact;
  switch (k) {
    case 'no': return Dc('row_number', o.padNo ? String(i + 1).padStart(3, '0') : String(i + 1));
    case 'name': return cName(p, o.spaced);
    case 'gender': return C(p.male ? '男' : '女');
    case 'mobile': return cMobile(p, compact);
    case 'id': return cId(p, compact);
    case 'card': return cCard(p, compact);
    case 'bank': return Dc('bank', p.bank.n);
    case 'email': return cEmail(p);
    case 'addr': return C(p.addr);
    case 'tel': return p.tel ? cTel(compact ? { value: p.tel.value, raw: p.tel.value } : p.tel) : C('');
    case 'cust': return Dc('customer_number', D.cust());
    case 'date': return Dc('date', o.dateFmt ? o.dateFmt() : D.date());
    case 'amount': return Dc('amount', D.amount());
    case 'mgr': return cStaff(genStaff(doc, doc.co));
    case 'order': return Dc('order_number', D.order(pick([16, 18, 19, 20])));
    case 'contract': return Dc('contract_number', D.contract());
    case 'remark': { const t = pick(REMARKS), tr = TRAPS.find((w) => t.includes(w)); return C(t, [], tr ? [{ kind: 'surname_trap', text: tr }] : []); }
    case 'place': return Dc('place', pick(PLACES));
  }
}
function buildTable(doc, n, o = {}) {
  const keys = o.keys || chooseCols(o);
  const header = keys.map((k) => C(o.hdr?.[k] || pick(HDR[k])));
  const persons = Array.from({ length: n }, () => genPerson(doc, o));
  const rows = persons.map((p, i) => keys.map((k) => makeCell(doc, k, p, i, o)));
  return { keys, header, rows, persons };
}

// ---------------------------------------------------------------- renderers
const NUMERIC = new Set(['no', 'mobile', 'id', 'card', 'tel', 'amount', 'order', 'cust', 'date']);
// fixed-width rows (PDF text extraction). Returns header lines and row line-groups; registers labels.
function renderFixed(doc, tbl, o = {}) {
  const gap = o.gap ?? ri(2, 4), last = tbl.keys.length - 1;
  const wrapMax = tbl.keys.map((k, j) => (o.wrap && (['addr', 'remark'].includes(k) || (k === 'email' && j === last)) ? ri(k === 'email' ? 12 : 10, k === 'email' ? 20 : 22) : Infinity));
  const widths = tbl.keys.map((k, j) => Math.min(wrapMax[j], Math.max(dw(tbl.header[j].text), ...tbl.rows.map((r) => dw(r[j].text)))));
  const right = tbl.keys.map((k) => !!o.right && NUMERIC.has(k));
  const fmt = (cells) => {
    const pieces = cells.map((c, j) => (dw(c.text) > widths[j] ? splitDW(c.text, widths[j]) : [c.text]));
    const nl = Math.max(...pieces.map((x) => x.length)), lines = [], starts = [];
    for (let li = 0; li < nl; li++) {
      let line = ''; starts.push([]);
      for (let j = 0; j <= last; j++) {
        const t = pieces[j][li] || '';
        starts[li][j] = line.length + (right[j] ? Math.max(0, widths[j] - dw(t)) : 0);
        line += right[j] ? padS(t, widths[j]) : padE(t, widths[j]);
        if (j < last) line += ' '.repeat(Math.max(2, gap + (o.jitter && chance(o.jitter) ? ri(-2, 3) : 0)));
      }
      lines.push(line.replace(/\s+$/, ''));
    }
    cells.forEach((c, j) => {
      if (pieces[j].length === 1) return doc.cell(c);
      if (!c.labels.length) return; // wrapped text cell: no labels, decoys dropped
      const a = lines[0].slice(starts[0][j]), b = lines[1].slice(0, starts[1][j] + pieces[j][1].length);
      let raw = a + '\n' + b;
      for (let li = 2; li < pieces[j].length; li++) raw += '\n' + lines[li].slice(0, starts[li][j] + pieces[j][li].length);
      doc.broken(c, raw);
    });
    return lines;
  };
  return { headerLines: fmt(tbl.header), groups: tbl.rows.map(fmt) };
}
// page header/footer blocks repeated on every page
function pageBlocks(doc, o = {}) {
  const co = genCompany(doc), title = o.title || pick(TITLES), pstyle = ri(0, 5), date = D.date(), docno = chance(0.5) ? D.docno() : null;
  const showConf = o.conf !== false && chance(0.85), conf = pick(['机密 文件', '机密文件 严禁外传', '内部资料 注意保密', '【机密】', '秘密★1年', '仅限内部使用']);
  const footItems = shuffle([
    () => (chance(0.8) ? ['总机：', cTel(co.sw, 'd')] : ['Tel: ', cTel(co.sw, 'd')]),
    () => ['传真：', cTel(co.fax, 'd')],
    () => ['客服热线：', Dc('hotline', co.hot)],
    () => ['邮箱：', C(co.mail, [L('d', 'email', co.mail, co.mail)])],
    () => ['统一社会信用代码：', cUscc(co.uscc)],
    () => ['版本：', Dc('version', D.version())],
  ]).slice(0, ri(1, 4));
  const foot = footItems.map((f) => f());
  const pgText = (p, t) => [`第 ${p} 页 共 ${t} 页`, `第${p}页/共${t}页`, `- ${p} -`, `Page ${p} of ${t}`, `${p} / ${t}`, `第 ${p} 页`][pstyle];
  return {
    top: (p, t) => {
      const L1 = [Dc('company', co.name), '  ', title];
      const out = [doc.line(L1)];
      if (showConf) out.push(conf);
      if (docno && p === 1) out.push(doc.line(['文号：', Dc('doc_number', docno)]));
      return out;
    },
    bottom: (p, t) => {
      const out = [];
      if (foot.length) out.push(foot.map((f) => doc.line(f)).join(pick(['  ', '　', ' | '])));
      out.push(doc.line(['打印日期：', Dc('date', date), '    ', Dc('page_number', pgText(p, t))]));
      return out;
    },
  };
}
function paginate(doc, headerLines, groups, o = {}) {
  const per = o.per ?? ri(35, 45), blocks = pageBlocks(doc, o), pages = [];
  let cur = [], cnt = 0;
  for (const g of groups) { if (cnt + g.length > per && cur.length) { pages.push(cur); cur = []; cnt = 0; } cur.push(g); cnt += g.length; }
  pages.push(cur);
  const sep = pick(['\n', '\n\n', '\n\f']);
  return pages.map((pg, pi) => [...blocks.top(pi + 1, pages.length), ...(pi === 0 || o.repeatHeader ? headerLines : []), ...pg.flat(), '', ...blocks.bottom(pi + 1, pages.length)].join('\n')).join(sep);
}
const isAW = (ch) => /[A-Za-z0-9._%+\-]/.test(ch || '');
const isCJK = (ch) => /[\u3400-\u9fff]/.test(ch || '');
// cells glued with `sep` (HTML tag stripping). A labelled cell whose edge touches a same-class character loses its boundary -> dontCare.
function glueCells(doc, cells, sep) {
  const texts = cells.map((c) => c.text);
  return cells.map((c, j) => {
    if (!c.text) return '';
    let prev = null, next = null;
    for (let k = j - 1; k >= 0 && prev === null; k--) if (texts[k]) prev = texts[k].slice(-1);
    for (let k = j + 1; k < cells.length && next === null; k++) if (texts[k]) next = texts[k][0];
    const amb = (a, b) => sep === '' && a !== null && b !== null && ((isAW(a) && isAW(b)) || (isCJK(a) && isCJK(b)));
    const bad = amb(prev, c.text[0]) || amb(c.text.slice(-1), next);
    doc.cell(bad ? dc(c) : c);
    return c.text;
  }).filter((t) => t !== '').join(sep);
}
// wrap prose at a display width like a PDF line; returns labelled text
function wrapSegs(doc, segs, width, o = {}) {
  let str = ''; const spans = [];
  for (const s of segs) { if (typeof s === 'string') { str += s; continue; } spans.push({ s: str.length, e: str.length + s.text.length, c: s }); str += s.text; }
  let out = '', col = 0; const map = [];
  const chars = [...str]; let idx = 0;
  for (let k = 0; k < chars.length; k++) {
    const ch = chars[k];
    if (ch === '\n') { map[idx] = out.length; out += ch; col = 0; idx += 1; continue; }
    const w = cw(ch);
    if (col + w > width && col > 0) {
      const prevCh = out.slice(-1);
      out += (o.hyphen && /[A-Za-z0-9]/.test(prevCh) && /[A-Za-z0-9]/.test(ch) && chance(o.hyphen)) ? '-\n' : (o.shy && isAW(prevCh) && isAW(ch) && chance(o.shy)) ? '\u00AD\n' : '\n';
      if (o.indent) out += o.indent;
      col = o.indent ? dw(o.indent) : 0;
    }
    for (let u = 0; u < ch.length; u++) map[idx + u] = out.length + u;
    out += ch; col += w; idx += ch.length;
  }
  for (const sp of spans) {
    const raw = out.slice(map[sp.s], map[sp.e - 1] + 1);
    if (raw === sp.c.text) doc.cell(sp.c); else doc.broken(sp.c, raw);
  }
  return out;
}
function insertInvisible(c, ch) {
  if (c.labels.length !== 1 || c.labels[0].raw !== c.text || c.text.length < 4) return c;
  const chars = [...c.text], k = ri(2, chars.length - 2), t = chars.slice(0, k).join('') + ch + chars.slice(k).join('');
  return C(t, [{ ...c.labels[0], raw: t }], c.decoys);
}

// ---------------------------------------------------------------- kinds
function titleLine(doc) {
  const co = genCompany(doc);
  return doc.line([Dc('company', co.name), pick(['', ' ', '  ']), pick(TITLES), chance(0.4) ? `（${D.date().slice(0, 4)}年${pick(['第一季度', '第二季度', '上半年', '全年', '12月'])}）` : '']);
}
function makerLine(doc) {
  const s = genStaff(doc, doc.co);
  return doc.line([pick(['制表人：', '经办人：', '编制：', '审核人：']), cStaff(s), pick(['    ', '　　', '  ']), pick(['制表日期：', '日期：', '导出时间：']), Dc('date', D.date())]);
}
const K = {};
K['pdf-fixed-width'] = (doc) => {
  const tbl = buildTable(doc, nRows(), { spaced: chance(0.4) ? pick(['  ', '\u3000']) : null });
  const r = renderFixed(doc, tbl, { wrap: true, jitter: chance(0.6) ? 0.3 : 0 });
  const out = [titleLine(doc), chance(0.6) ? makerLine(doc) : '', '', ...r.headerLines, ...r.groups.flat()];
  if (chance(0.5)) out.push('', pick(PROSE));
  return out.filter((x, i) => x !== '' || i > 1).join('\n');
};
K['pdf-column-major'] = (doc) => {
  const tbl = buildTable(doc, nRows(), { compact: chance(0.5) });
  const lines = [], byCol = tbl.keys.map((k, j) => [tbl.header[j], ...tbl.rows.map((r) => r[j])]);
  const headMode = ri(0, 3), blank = chance(0.4); // 0-1: header before each column, 2: all headers first, 3: no headers
  if (headMode === 2) lines.push([tbl.header.map((h) => h.text).join(pick([' ', '  ']))]);
  for (const col of byCol) {
    if (headMode < 2) lines.push([col[0].text]);
    for (const c of col.slice(1)) if (c.text) lines.push([c]);
    if (blank) lines.push(['']);
  }
  if (lines.length > 40 || chance(0.3)) return paginate(doc, [], lines.map((l) => [doc.line(l)]), { per: ri(30, 45) });
  return [titleLine(doc), ...lines.map((l) => doc.line(l))].join('\n');
};
K['pdf-two-column'] = (doc) => {
  const W = ri(30, 44), gap = ' '.repeat(ri(2, 8));
  const entry = (p, st) => st === 0 ? [[cName(p), '  ', cMobile(p, true), ' ', Dc('date', D.date())], ['  ', Dc('customer_number', D.cust()), ' ', Dc('amount', D.amount())]]
    : st === 1 ? [[cName(p), ' ', cMobile(p, true), ' ', C(p.male ? '男' : '女'), ' ', Dc('amount', D.amount())]]
    : st === 2 ? [['姓名：', cName(p)], ['电话：', cMobile(p, true)], ['编号：', Dc('customer_number', D.cust())], ['日期：', Dc('date', D.date())]]
    : [[cName(p), '  ', cEmail(p), ' ', Dc('place', pick(PLACES))]];
  const col = (n, st) => { const out = []; for (let i = 0; i < n; i++) out.push(...entry(genPerson(doc), st)); return out; };
  const leftHead = pick(['华东区客户', '一组名单', '已回访', '个人客户', '第一批']), rightHead = pick(['华南区客户', '二组名单', '待回访', '对公联系人', '第二批']);
  const left = [[leftHead], ...col(ri(1, 25), ri(0, 3))];
  let right;
  if (chance(0.35)) {
    const prose = [pick(PROSE), '本次回访时间为', D.date(), '，请于', pick(['周一', '周末']), '前完成。文号：', D.docno(), pick(PROSE)];
    const txt = prose.join(''); right = splitDW(txt, W).map((s) => [s]);
    doc.pending = [['date', prose[2]], ['surname_trap', prose[4]], ['doc_number', prose[6]]];
  } else right = [[rightHead], ...col(ri(1, 25), ri(0, 3))];
  const n = Math.max(left.length, right.length), out = [titleLine(doc), ''];
  for (let i = 0; i < n; i++) {
    const l = left[i] ? doc.line(left[i]) : '', r = right[i] ? doc.line(right[i]) : '';
    out.push((r ? padE(l, W) + gap + r : l).replace(/\s+$/, ''));
  }
  const text = out.join('\n');
  for (const [k, t] of doc.pending || []) if (text.includes(t)) doc.dec(k, t); // a decoy split over lines is no longer one
  return text;
};
K['pdf-paged'] = (doc) => {
  const tbl = buildTable(doc, ri(30, 80), { compact: chance(0.3), padNo: chance(0.3) });
  const r = renderFixed(doc, tbl, { wrap: chance(0.5), jitter: 0.2 });
  return paginate(doc, r.headerLines, r.groups, { repeatHeader: chance(0.6), per: ri(36, 44) });
};
K['docx-cell-per-line'] = (doc) => {
  const tbl = buildTable(doc, nRows());
  const blank = chance(0.5), out = [];
  if (chance(0.6)) out.push(titleLine(doc), '');
  if (chance(0.85)) { out.push(...tbl.header.map((h) => h.text)); if (blank) out.push(''); }
  for (const r of tbl.rows) { for (const c of r) out.push(doc.cell(c)); if (blank) out.push(''); }
  if (chance(0.4)) out.push(makerLine(doc));
  return out.join('\n');
};
function formFields(doc, p, o) {
  const co = genCompany(doc), f = [];
  const add = (label, cell) => f.push([label, cell]);
  const lab = (...a) => pick(a);
  add(lab('姓　　名', '姓名', '客户姓名', '申请人姓名'), cName(p, chance(0.5) ? '\u3000' : null));
  if (chance(0.8)) add(lab('性　　别', '性别'), C(p.male ? '男' : '女'));
  if (chance(0.6)) add('出生日期', C(`${p.birth[0]}年${p.birth[1]}月${p.birth[2]}日`));
  const passport = chance(0.12);
  if (chance(0.6)) add('证件类型', C(passport ? '护照' : '居民身份证'));
  add(passport ? lab('证件号码', '护照号码') : lab('证件号码', '身份证号码', '公民身份号码'), passport ? cPass(genPassport(doc)) : cId(p, false));
  add(lab('手机号码', '联系电话', '移动电话', '手　　机'), cMobile(p, false));
  if (p.tel && chance(0.6)) add(lab('住宅电话', '家庭电话'), cTel(p.tel));
  if (chance(0.75)) add(lab('电子邮箱', '邮　　箱', 'E-mail'), cEmail(p));
  if (chance(0.5)) add(lab('工作单位', '单位名称'), Dc('company', co.name));
  if (chance(0.25)) add('单位电话', cTel(co.sw, 'd'));
  if (chance(0.7)) add(lab('家庭住址', '通讯地址', '现住址'), C(p.addr));
  if (chance(0.7)) { add(lab('开户银行', '开户行'), Dc('bank', p.bank.n)); add(lab('银行卡号', '账　　号', '卡号'), cCard(p, false)); }
  if (chance(0.45)) { const q = genPerson(doc); add(lab('紧急联系人', '联系人姓名'), cName(q)); add(lab('联系人电话', '紧急联系电话'), cMobile(q, false)); }
  if (chance(0.6)) add(lab('经办人', '客户经理', '受理人'), cStaff(genStaff(doc, co)));
  if (chance(0.6)) add(lab('客户编号', '客户号'), Dc('customer_number', D.cust()));
  if (chance(0.4)) add(lab('申请产品', '产品名称'), Dc('product', pick(PRODUCTS)));
  if (chance(0.5)) add(lab('授信额度', '年收入（元）', '月收入'), Dc('amount', D.amount()));
  if (chance(0.7)) add(lab('登记日期', '填表日期', '受理日期'), Dc('date', D.date()));
  if (chance(0.3)) add('所属网点', Dc('place', pick(PLACES)));
  if (chance(0.3)) add('客户签名', C(''));
  return f;
}
K['docx-form'] = (doc) => {
  const n = chance(0.5) ? 1 : ri(2, 8), forms = [], mode = ri(0, 2);
  for (let i = 0; i < n; i++) {
    const p = genPerson(doc), out = [pick(['客户登记表', '个人客户信息登记表', '开户申请表（个人）', '客户资料登记表', '会员入会登记表'])];
    if (chance(0.6)) out.push(doc.line(['表单编号：', Dc('form_number', D.formno())]));
    for (const [label, cell] of formFields(doc, p)) {
      if (mode === 0 || (mode === 2 && chance(0.5))) { out.push(label); if (cell.text) out.push(doc.cell(cell)); }
      else out.push(label + pick(['：', ' ', ':']) + doc.cell(cell));
    }
    forms.push(out.join('\n'));
  }
  return forms.join(pick(['\n\f', '\n\n', '\n——————————————\n', '\n']));
};
K['html-glued'] = (doc) => {
  const tbl = buildTable(doc, nRows(), { compact: true, probs: { gender: 0.5, bank: 0.8, place: 0.3 } });
  const co = genCompany(doc), oneLine = chance(0.35), out = [];
  out.push(pick(['首页 > 客户管理 > 客户列表', '首页>会员中心>会员查询', '当前位置：首页 » 数据导出']) + (chance(0.5) ? ' 登录 | 注册 | 帮助' : ''));
  if (oneLine) out.push(pick(['客户列表', '查询结果']) + glueCells(doc, [...tbl.header, ...tbl.rows.flat()], ''));
  else out.push(glueCells(doc, tbl.header, ''), ...tbl.rows.map((r) => glueCells(doc, r, '')));
  const total = tbl.rows.length;
  out.push(doc.line(['共 ', Dc('record_count', String(total + ri(0, 300))), ' 条记录 上一页 1 2 3 下一页']));
  out.push(doc.line(['© ', String(ri(2015, 2024)), ' ', Dc('company', co.name), ' 版权所有 ', Dc('icp', co.icp), ' ', Dc('ga_number', D.ga())]));
  return out.join('\n');
};
K['html-space'] = (doc) => {
  const tbl = buildTable(doc, nRows(), { compact: chance(0.5) });
  const sep = pick([' ', ' ', '\u00a0', ' \u00a0', '&nbsp;', ' | ']), out = [];
  const obf = chance(0.35);
  if (obf) for (const r of tbl.rows) r.forEach((c, j) => {
    if (tbl.keys[j] === 'email' && chance(0.5)) { const v = c.labels[0].value, t = c.text.replace('@', pick(['&#64;', '[at]', '(at)', ' AT ', '&commat;'])); r[j] = C(t, [L('d', 'email', v, t), ...c.labels.slice(1)]); }
  });
  out.push(pick(['客户管理系统 - 查询结果', '会员列表 | 后台管理', '导出预览']));
  out.push(tbl.header.map((h) => h.text).join(sep));
  for (const r of tbl.rows) out.push(r.map((c) => doc.cell(c)).join(sep));
  out.push(doc.line(['© ', Dc('company', genCompany(doc).name), ' ', Dc('icp', doc.co.icp)]));
  return out.join('\n');
};
K['markdown-table'] = (doc) => {
  const tbl = buildTable(doc, nRows());
  const padded = chance(0.5), out = [];
  const ws = tbl.keys.map((k, j) => Math.max(dw(tbl.header[j].text), ...tbl.rows.map((r) => dw(r[j].text)), 3));
  if (tbl.keys.includes('email')) for (const r of tbl.rows) r.forEach((c, j) => {
    if (tbl.keys[j] !== 'email' || !c.text) return;
    const x = rnd();
    if (x < 0.15) { const t = `<${c.text}>`; r[j] = C(t, c.labels.map((l) => ({ ...l })), []); }
    else if (x < 0.25) { const t = `[${c.text}](mailto:${c.text})`; r[j] = C(t, c.labels.map((l) => ({ ...l })), []); }
    else if (x < 0.33 && /_/.test(c.text)) { const t = c.text.replace(/_/g, '\\_'); r[j] = C(t, [L('d', 'email', c.labels[0].value, t)]); for (const f of fragments(t)) doc.lab(f); }
  });
  const row = (cells) => '| ' + cells.map((c, j) => (padded ? padE(doc.cell(c), ws[j]) : doc.cell(c))).join(' | ') + ' |';
  if (chance(0.5)) out.push('## ' + pick(TITLES), '');
  out.push(row(tbl.header), '|' + tbl.keys.map((k, j) => (NUMERIC.has(k) && chance(0.3) ? ' ---: ' : chance(0.2) ? ' :---: ' : ' --- ')).join('|') + '|');
  for (const r of tbl.rows) out.push(row(r));
  if (chance(0.3)) return '```\n' + out.join('\n') + '\n```';
  return out.join('\n');
};
K['pptx-slides'] = (doc) => {
  const co = genCompany(doc), staff = genStaff(doc, co), out = [], nS = ri(2, 7), sl = ri(0, 3);
  const sTitle = (i) => [`幻灯片 ${i}`, `--- 第 ${i} 张 ---`, `Slide ${i}`, `[${i}]`][sl];
  out.push(sTitle(1), `${D.date().slice(0, 4)}年${pick(['一', '二', '三', '四'])}季度${pick(['重点客户回访计划', '高净值客户经营分析', '客户流失预警', '信用卡催收进展'])}`);
  out.push(doc.line([pick(['财富管理部', '零售业务部', '运营管理部']), ' · 汇报人：', cStaff(staff)]), doc.line([Dc('date', D.date())]));
  const bullets = ['•', '●', '▪', '-', '◆', '➢', '○', '1.'];
  for (let s = 2; s <= nS; s++) {
    out.push('', sTitle(s));
    const kind = rnd();
    if (kind < 0.12) {
      const p = genPerson(doc);
      const m = D.masked(p); out.push('脱敏规则示例', `${pick(bullets)} 手机号/证件号/卡号对外展示时一律脱敏，例如 ${m}`); doc.dec('masked', m);
      doc.names.pop(); continue;
    }
    out.push(pick(['回访名单（第一批）', '重点客户', '待跟进客户', '逾期客户明细', '本周新增客户']));
    const b = pick(bullets), n = ri(1, 9);
    for (let i = 0; i < n; i++) {
      const p = genPerson(doc, { mobileMail: true }), st = ri(0, 4), bb = b === '1.' ? `${i + 1}.` : b;
      if (st === 0) out.push(doc.line([bb, ' ', cName(p), ' ', cMobile(p, false), ...(chance(0.6) ? ['  资产 ', Dc('amount', D.amount())] : [])]));
      else if (st === 1) out.push(doc.line([bb, ' ', cName(p), '：', cMobile(p, false), '，', cEmail(p)]));
      else if (st === 2) out.push(doc.line([bb, ' ', cName(p), ' / ', Dc('bank', p.bank.n), ' / ', cCard(p, false), ' / 到期 ', Dc('date', D.date())]));
      else if (st === 3) { out.push(doc.line([bb, ' ', cName(p), pick(['（已约见）', '（待回访）', '', '（VIP）']), ' 客户号 ', Dc('customer_number', D.cust())])); out.push(doc.line(['    – 身份证：', cId(p, false)]), doc.line(['    – 电话：', cMobile(p, false)])); }
        else out.push(doc.line([bb, ' ', cName(p), ' ', cMobile(p, true), ' ', Dc('amount', D.amount()), ' ', Dc('product', pick(PRODUCTS))]));
    }
    if (chance(0.4)) out.push(doc.line(['备注：', pick(['请客户经理于周一前完成回访', '资料来源：CRM系统导出', '数据截至 ']), chance(0.5) ? Dc('date', D.date()) : '']));
  }
  if (chance(0.5)) out.push('', sTitle(nS + 1), '谢谢！', doc.line(['联系人：', cStaff(staff), ' ', cEmail({ email: staff.email, mobile: staff.mobile })]));
  return out.join('\n');
};
function sci(ds) { const [m, e] = Number(ds).toExponential(5).split('e'); return `${m.replace(/0+$/, '').replace(/\.$/, '')}E+${pad2(+e)}`; }
function excel15(ds) { if (ds.length <= 15) return ds; let h = BigInt(ds.slice(0, 15)); if (+ds[15] >= 5) h += 1n; return (String(h) + '0'.repeat(ds.length)).slice(0, ds.length); }
K['xlsx-lost-format'] = (doc) => {
  const n = nRows(), keys = ['name', 'mobile', 'date', 'amount']; if (chance(0.85)) keys.push('id'); if (chance(0.6)) keys.push('card'); if (chance(0.5)) keys.push('email'); if (chance(0.6)) keys.push('cust');
  const order = chance(0.6) ? ['no', ...keys] : shuffle(keys), sep = pick([',', ',', ' ', '\t', ';']);
  const mode = { mobile: pick(['plain', 'dot0', 'sci', 'mix']), id: pick(['sci', 'trunc', 'text', 'mix']), card: pick(['sci', 'trunc', 'text', 'mix']), date: pick(['serial', 'slash']), amount: pick(['raw', 'sci']) };
  const out = [pick(['Sheet1', '工作表1', '客户明细', 'Sheet1 (2)', '导出数据'])];
  out.push(order.map((k) => pick(HDR[k] || ['序号'])).join(sep));
  for (let i = 0; i < n; i++) {
    const p = genPerson(doc);
    const cells = order.map((k) => {
      if (k === 'no') return Dc('row_number', String(i + 1));
      if (k === 'cust') return Dc('customer_number', D.cust());
      if (k === 'name') return cName(p);
      if (k === 'email') return cEmail(p);
      if (k === 'mobile') { const m = mode.mobile === 'mix' ? pick(['plain', 'dot0', 'sci']) : mode.mobile; return m === 'plain' ? C(p.mobile, [L('e', 'cn_mobile', p.mobile, p.mobile)]) : m === 'dot0' ? C(p.mobile + '.0', [L('e', 'cn_mobile', p.mobile, p.mobile)]) : Dc('sci_number', sci(p.mobile)); }
      if (k === 'id' || k === 'card') {
        const v = k === 'id' ? p.id : p.card, det = k === 'id' ? 'cn_resident_id' : 'bank_card';
        const m = mode[k] === 'mix' ? pick(['sci', 'trunc', 'text']) : mode[k];
        if (m === 'sci' && !/X$/.test(v)) return Dc('sci_number', sci(v));
        if (m === 'trunc' && !/X$/.test(v)) { const t = excel15(v); return C(t, [L(t === v ? 'e' : 'd', det, t, t)]); }
        const t = chance(0.3) ? "'" + v : chance(0.15) ? `="${v}"` : v; return C(t, [L('e', det, v, v)]);
      }
      if (k === 'date') return Dc('date', mode.date === 'serial' ? D.serial() : `${ri(2019, 2024)}/${ri(1, 12)}/${ri(1, 28)} 0:00`);
      if (k === 'amount') { const v = String(ri(1000, 9999999)); return Dc('amount', mode.amount === 'sci' && v.length > 6 ? sci(v) : v + (chance(0.4) ? '.' + ri(1, 9) : '')); }
    });
    out.push(cells.map((c) => doc.cell(c)).join(sep));
  }
  return out.join('\n');
};
K['csv-quoted'] = (doc) => {
  const tbl = buildTable(doc, nRows(), { compact: true, exclude: ['amount'] });
  const sep = pick([',', ';', ',']), q = chance(0.7), out = [];
  const fmt = (c, k) => {
    let t = c.text;
    if (['id', 'card', 'mobile'].includes(k) && chance(0.4)) t = chance(0.5) ? `="${t}"` : "'" + t;
    else if (q || t.includes(sep)) t = `"${t.replace(/"/g, '""')}"`;
    doc.cell(c); return t;
  };
  out.push((chance(0.5) ? '\uFEFF' : '') + tbl.header.map((h) => (q ? `"${h.text}"` : h.text)).join(sep));
  for (const r of tbl.rows) out.push(r.map((c, j) => fmt(c, tbl.keys[j])).join(sep));
  return out.join(pick(['\n', '\r\n']));
};
K['softhyphen-zwsp'] = (doc) => {
  const ch = pick(['\u00AD', '\u200B', '\u00AD']);
  const tbl = buildTable(doc, nRows(), { compact: true });
  tbl.rows = tbl.rows.map((r) => r.map((c) => (c.labels.length && chance(0.55) ? insertInvisible(c, ch) : c)));
  const style = ri(0, 1), out = [titleLine(doc)];
  if (style === 0) { out.push(tbl.header.map((h) => h.text).join('  ')); for (const r of tbl.rows) out.push(r.map((c) => doc.cell(c)).join('  ')); }
  else for (const r of tbl.rows) out.push(r.map((c, j) => tbl.header[j].text + '：' + doc.cell(c)).join('；') + '。');
  return out.join('\n');
};
function proseSegs(doc, p) {
  const co = genCompany(doc), q = chance(0.4) ? genPerson(doc) : null, t = ri(0, 4);
  if (t === 0) return ['兹有我行客户', cName(p), '（身份证号：', cId(p, false), '），于', Dc('date', D.date()), '申请办理', Dc('product', pick(PRODUCTS)), '业务，预留手机号码', cMobile(p, false), '，绑定', Dc('bank', p.bank.n), '借记卡', cCard(p, false), '，电子邮箱', cEmail(p), '。'];
  if (t === 1) return ['经核实，借款人', cName(p), '（证件号码', cId(p, true), '）', q ? '与担保人' : '', q ? cName(q) : '', q ? '（联系电话' : '', q ? cMobile(q, false) : '', q ? '）' : '', '已签署借款合同（', Dc('contract_number', D.contract()), '），借款金额人民币', Dc('amount', D.amount()), '。'];
  if (t === 2) return ['请于', Dc('surname_trap', '周一'), '前联系客户', cName(p), '，电话', cMobile(p, false), '，核对其在', Dc('bank', p.bank.n), '开立的账户', cCard(p, true), '的交易流水', Dc('transaction_number', D.txn()), '。'];
  if (t === 3) return ['投保人', cName(p), '，', p.male ? '男' : '女', '，公民身份号码', cId(p, true), '，通讯地址', p.addr, '，联系方式', cMobile(p, true), ' / ', cEmail(p), '。保单号', Dc('order_number', D.order(18)), '。'];
  return ['联系人：', cName(p), '，手机', cMobile(p, true), '，邮箱', cEmail(p), p.tel ? '，座机' : '', p.tel ? cTel(p.tel) : '', '；所属单位', Dc('company', co.name), '。'];
}
K['pdf-hard-breaks'] = (doc) => {
  const segs = [pick(['关于客户资料核实的说明', '业务受理情况通报', '客户投诉处理记录', '情况说明']), '\n'];
  if (chance(0.5)) segs.push('文号：', Dc('doc_number', D.docno()), '\n');
  const n = ri(1, 12);
  for (let i = 0; i < n; i++) { segs.push(...(chance(0.3) ? [`${i + 1}. `] : []), ...proseSegs(doc, genPerson(doc))); if (chance(0.5)) segs.push('\n'); }
  segs.push('\n', pick(PROSE));
  return wrapSegs(doc, segs, ri(24, 46), { hyphen: chance(0.5) ? 0.6 : 0 });
};
K['email-line-breaks'] = (doc) => {
  const co = genCompany(doc), segs = [pick(['通讯录', '联系人名录', '参会人员名单', '项目组成员及联系方式']), '\n'];
  const n = ri(2, 20);
  for (let i = 0; i < n; i++) {
    const p = genPerson(doc, { work: chance(0.4) ? co.domain : null });
    if (chance(0.45)) p.email = genEmail(doc, p, null, { long: true });
    const job = chance(0.5);
    segs.push(cName(p), job ? '（' : '', job ? Dc('job_title', pick(JOBS)) : '', job ? '）' : '', pick(['，', ' ', '：']), pick(['电子邮件', '邮箱', 'E-mail：', '']), cEmail(p), pick(['；', '，', ' ']), ...(chance(0.5) ? ['电话', cMobile(p, true)] : []), ...(chance(0.4) ? ['，工号', Dc('staff_number', staffNo())] : []), pick(['。', '；', '\n', ' ']));
  }
  segs.push('\n', '如有变动请发邮件至 ', C(co.mail, [L('d', 'email', co.mail, co.mail)]), '。');
  return wrapSegs(doc, segs, ri(18, 34), { hyphen: 0.7, shy: 0.2, indent: chance(0.3) ? '  ' : '' });
};
K['textbox-3-per-line'] = (doc) => {
  const n = ri(3, 45), per = chance(0.8) ? 3 : pick([2, 4]), sep = pick(['   ', '　', '；', ' | ', ' ', '    ']), st = ri(0, 3), out = [];
  out.push(pick(['获奖客户名单', '抽奖中签名单', '本期到访客户', '签到表（补录）', '中签客户公示']) + (chance(0.5) ? '：' : ''));
  let line = [];
  for (let i = 0; i < n; i++) {
    const p = genPerson(doc);
    const item = st === 0 ? [cName(p), ' ', cMobile(p, true), ' 奖品', Dc('product_code', `${pick(['JP', 'LP', 'GIFT'])}-${ri(100, 999)}`), ' ', Dc('amount', D.amount())] : st === 1 ? [cName(p), ' ', cEmail(p), ' ', Dc('amount', D.amount()), ' ', Dc('date', D.date())] : st === 2 ? [cName(p), '（', cMobile(p, false), '）', Dc('date', D.date()), ' ', Dc('customer_number', D.cust())] : [cName(p), ' ', cMobile(p, true), ' ', Dc('amount', D.amount())];
    line.push(doc.line(item));
    if (line.length === per || i === n - 1) { out.push(line.join(sep)); line = []; }
  }
  if (chance(0.6)) out.push(doc.line(['公示日期：', Dc('date', D.date()), '  ', Dc('company', genCompany(doc).name)]));
  return out.join('\n');
};
K['tabs-single-space'] = (doc) => {
  const tbl = buildTable(doc, nRows(), { compact: true, exclude: ['addr'] });
  const out = [];
  if (chance(0.6)) out.push(titleLine(doc));
  out.push(tbl.header.map((h) => h.text).join(' '));
  for (const r of tbl.rows) out.push(r.map((c) => doc.cell(c)).join(' ').replace(/ {2,}/g, chance(0.5) ? ' ' : '  '));
  return out.join('\n');
};
K['right-aligned'] = (doc) => {
  const tbl = buildTable(doc, nRows(), { compact: true, padNo: chance(0.5), probs: { amount: 0.8 }, exclude: ['addr', 'remark'] });
  const r = renderFixed(doc, tbl, { right: true, gap: ri(1, 3) });
  const out = [titleLine(doc), '', ...r.headerLines, ...r.groups.flat()];
  if (tbl.keys.includes('amount')) out.push(doc.line([padS('合计：', 10), '  ', Dc('amount', D.amount())]));
  return out.join('\n');
};
K['docx-kv-inline'] = (doc) => {
  const out = [pick(['个人贷款申请书', '借款人基本信息', '信用卡申请表（主卡）', '授权委托书', '理赔申请书'])];
  const sections = chance(0.5) ? ['申请人信息'] : shuffle(['申请人信息', '共同借款人信息', '担保人信息', '配偶信息']).slice(0, ri(2, 3));
  const fsp = chance(0.5) ? '\u3000\u3000' : '    ';
  for (const sec of sections) {
    const p = genPerson(doc);
    out.push('', `【${sec}】`);
    out.push(doc.line(['姓\u3000\u3000名：', cName(p, chance(0.5) ? '\u3000' : null), fsp, '性\u3000\u3000别：', p.male ? '男' : '女', fsp, '出生日期：', `${p.birth[0]}-${pad2(p.birth[1])}-${pad2(p.birth[2])}`]));
    out.push(doc.line(['身份证号码：', cId(p, false), fsp, '联系电话：', cMobile(p, false)]));
    if (chance(0.6)) out.push(doc.line(['电子邮箱：', cEmail(p), p.tel ? fsp + '住宅电话：' : '', p.tel ? cTel(p.tel) : '']));
    if (chance(0.6)) out.push(doc.line(['收款账户：', Dc('bank', p.bank.n), ' ', cCard(p, false)]));
    if (chance(0.7)) out.push(doc.line(['年收入：', Dc('amount', D.amount()), fsp, '申请金额：', Dc('amount', D.amount()), fsp, '合同编号：', Dc('contract_number', D.contract())]));
    if (chance(0.5)) out.push('现住址：' + p.addr);
  }
  out.push('', doc.line(['申请日期：', Dc('date', D.date()), fsp, '受理编号：', Dc('form_number', D.formno())]));
  return out.join('\n');
};
K['pdf-letter-spaced'] = (doc) => {
  const sp = (s) => [...s].join(' '), out = [sp(pick(['客户信息确认书', '开户信息回执', '个人信息变更申请']))];
  const n = ri(1, 4);
  for (let i = 0; i < n; i++) {
    const p = genPerson(doc);
    const f = [['姓名：', p.name, 'person_name_zh', p.name], ['手机：', p.mobile, 'cn_mobile', p.mobile], ['身份证号：', p.id, 'cn_resident_id', p.id]];
    if (chance(0.6)) f.push(['邮箱：', p.email.value, 'email', p.email.value]);
    if (chance(0.5)) f.push(['卡号：', p.card, 'bank_card', p.card]);
    for (const [lab, t, det, v] of f) { const raw = sp(t); out.push(sp(lab) + ' ' + raw); doc.lab(L('d', det, v, raw)); }
    const d = sp(D.date()), a = sp(D.amount()), c = sp(D.cust()); out.push(sp('日期：') + ' ' + d, sp('金额：') + ' ' + a, sp('客户号：') + ' ' + c); doc.dec('date', d); doc.dec('amount', a); doc.dec('customer_number', c);
  }
  return out.join('\n');
};
K['ocr-confusions'] = (doc) => {
  const conf = { 0: 'O', 1: 'l', 8: 'B', 5: 'S', 6: 'b', 2: 'Z' };
  const mangle = (c) => {
    if (!chance(0.35) || c.labels.length !== 1 || !/\d/.test(c.text)) return c;
    const idx = [...c.text].map((ch, i) => (conf[ch] ? i : -1)).filter((i) => i >= 0); if (!idx.length) return c;
    const chars = [...c.text]; for (const i of shuffle(idx).slice(0, ri(1, 2))) chars[i] = conf[chars[i]];
    const t = chars.join(''); for (const f of fragments(t)) doc.lab(f);
    return C(t, [L('d', c.labels[0].det, c.labels[0].value, t)]);
  };
  const tbl = buildTable(doc, nRows(), { compact: true, exclude: ['email', 'addr'] });
  const out = [pick(['（扫描件OCR识别结果）', '[OCR] 第1页', '扫描全能王 识别文本']), titleLine(doc)];
  out.push(tbl.header.map((h) => h.text).join(' '));
  for (const r of tbl.rows) out.push(r.map((c) => doc.cell(mangle(c))).join(pick([' ', '  ', ' | '])));
  return out.join('\n');
};
K['fullwidth-chars'] = (doc) => {
  const out = [titleLine(doc)], n = ri(1, 15), all = chance(0.5);
  for (let i = 0; i < n; i++) {
    const p = genPerson(doc), fw = (c) => { if (!all && chance(0.5)) return c; const t = FW(c.text); return C(t, c.labels.map((l) => ({ ...l, raw: FW(l.raw) })), c.decoys); };
    const em = cEmail(p), emc = all ? fw(em) : C(em.text.replace('@', '＠'), em.labels.map((l) => ({ ...l, raw: l.raw.replace('@', '＠') })));
    out.push(doc.line([`${FW(String(i + 1))}．`, Dc('date', D.date()), '　', Dc('customer_number', D.cust()), '　', cName(p), '　手机：', fw(cMobile(p, false)), '　身份证：', fw(cId(p, true)), ...(chance(0.6) ? ['　邮箱：', emc] : []), ...(chance(0.4) ? ['　卡号：', fw(cCard(p, false))] : [])]));
  }
  return out.join('\n');
};
K['box-drawing'] = (doc) => {
  const tbl = buildTable(doc, nRows(), { compact: chance(0.5), exclude: ['addr'] });
  const ws = tbl.keys.map((k, j) => Math.max(dw(tbl.header[j].text), ...tbl.rows.map((r) => dw(r[j].text))));
  const heavy = chance(0.5), V = heavy ? '│' : '|', H = heavy ? '─' : '-', X = heavy ? ['┌', '┬', '┐', '├', '┼', '┤', '└', '┴', '┘'] : ['+', '+', '+', '+', '+', '+', '+', '+', '+'];
  const bar = (a, b, c) => a + ws.map((w) => H.repeat(w + 2)).join(b) + c;
  const row = (cells) => V + cells.map((c, j) => ' ' + padE(doc.cell(c), ws[j]) + ' ').join(V) + V;
  const out = [titleLine(doc), bar(X[0], X[1], X[2]), row(tbl.header), bar(X[3], X[4], X[5])];
  const between = chance(0.4);
  tbl.rows.forEach((r, i) => { out.push(row(r)); if (between && i < tbl.rows.length - 1) out.push(bar(X[3], X[4], X[5])); });
  out.push(bar(X[6], X[7], X[8]));
  return out.join('\n');
};
K['pdf-page-footer-list'] = (doc) => {
  // a plain numbered list (one person per line) broken by page footers/headers every N lines
  const n = ri(20, 60), st = ri(0, 2), groups = [];
  for (let i = 0; i < n; i++) {
    const p = genPerson(doc);
    const parts = st === 0 ? [Dc('row_number', `${i + 1}.`), ' ', cName(p), '，', cMobile(p, false), '，', cId(p, false), '，', Dc('date', D.date()), '，', Dc('customer_number', D.cust())]
      : st === 1 ? [Dc('row_number', `${i + 1}、`), cName(p), ' ', cCard(p, false), ' ', Dc('bank', p.bank.n), ' ', Dc('amount', D.amount()), ' ', Dc('date', D.date())]
      : [Dc('row_number', `(${i + 1})`), ' ', cName(p), ' ', cEmail(p), ' ', cMobile(p, true), ' ', Dc('customer_number', D.cust()), ' ', Dc('contract_number', D.contract())];
    groups.push([doc.line(parts)]);
  }
  return paginate(doc, [], groups, { per: ri(25, 40) });
};
K['html-lists'] = (doc) => {
  // <ul>/<dl> contact cards with tags stripped: label and value glued, cards separated by nothing or a newline
  const co = genCompany(doc), n = nRows(), out = [pick(['团队成员', '联系我们', '门店客户经理', '专属顾问'])], glue = chance(0.5);
  for (let i = 0; i < n; i++) {
    const p = genPerson(doc, { work: co.domain });
    const parts = [cName(p), Dc('job_title', pick(JOBS)), '工号：', Dc('staff_number', staffNo()), '电话：', cMobile(p, true), '邮箱：', cEmail(p), '入职：', Dc('date', D.date())];
    if (glue) out.push(glueCells(doc, parts.map((x) => (typeof x === 'string' ? C(x) : x)), ''));
    else out.push(parts.map((x) => (typeof x === 'string' ? x : doc.cell(x))).join('\n'));
  }
  out.push(doc.line(['总机：', cTel(co.sw, 'd'), ' 客服热线：', Dc('hotline', co.hot), ' ', Dc('icp', co.icp)]));
  return out.join(glue ? '\n' : '\n\n');
};
K['pdf-report-decoys'] = (doc) => {
  // a report page heavy with look-alike numbers and a short contact table
  const co = genCompany(doc), out = [doc.line([Dc('company', co.name), '  ', pick(['采购合同', '销售发票清单', '图书采购目录', '产品报价单'])])];
  out.push(doc.line(['文号：', Dc('doc_number', D.docno()), '   合同编号：', Dc('contract_number', D.contract())]));
  const m = ri(3, 12);
  for (let i = 0; i < m; i++) {
    const x = ri(0, 4);
    if (x === 0) out.push(doc.line([`${i + 1}  `, Dc('isbn', D.isbn()), '  ', pick(['《数据安全法释义》', '《Python编程》', '《信贷管理实务》']), '  ', Dc('amount', D.amount())]));
    else if (x === 1) out.push(doc.line([`${i + 1}  发票代码 `, Dc('invoice_code', safe(D.invcode, { landline: false })), ' 发票号码 ', Dc('invoice_number', D.invoice()), ' 金额 ', Dc('amount', D.amount())]));
    else if (x === 2) out.push(doc.line([`${i + 1}  条码 `, Dc('ean13', D.ean()), ' 型号 ', Dc('product_code', `${pick(['ZX', 'HW', 'KL', 'DS'])}-${ri(100, 9999)}`), ' 单价 ', Dc('amount', D.amount())]));
    else if (x === 3) out.push(doc.line([`${i + 1}  快递单号 `, Dc('express_number', D.express()), '  时间 ', Dc('timestamp', D.ts())]));
    else out.push(doc.line([`${i + 1}  交易流水号 `, Dc('transaction_number', D.txn()), '  版本 ', Dc('version', D.version())]));
  }
  out.push('', '联系人：');
  const k = ri(1, 4);
  for (let i = 0; i < k; i++) { const p = genPerson(doc); out.push(doc.line([cName(p), '  ', cMobile(p, false), '  ', cEmail(p)])); }
  out.push(doc.line(['开票信息：', Dc('company', co.name), '  税号：', cUscc(co.uscc), '  电话：', cTel(co.sw, 'd')]));
  return out.join('\n');
};

// ---------------------------------------------------------------- build
const PLAN = { 'pdf-fixed-width': 18, 'pdf-column-major': 13, 'pdf-two-column': 12, 'pdf-paged': 10, 'docx-cell-per-line': 13, 'docx-form': 14, 'html-glued': 13,
  'html-space': 11, 'markdown-table': 11, 'pptx-slides': 13, 'xlsx-lost-format': 14, 'csv-quoted': 10, 'softhyphen-zwsp': 11, 'pdf-hard-breaks': 13,
  'email-line-breaks': 13, 'textbox-3-per-line': 11, 'tabs-single-space': 11, 'right-aligned': 10, 'docx-kv-inline': 11, 'pdf-letter-spaced': 8,
  'ocr-confusions': 9, 'fullwidth-chars': 10, 'box-drawing': 10, 'pdf-page-footer-list': 8, 'html-lists': 10, 'pdf-report-decoys': 18 };
const docs = [], rawsOf = new Map();
for (const [kind, n] of Object.entries(PLAN)) {
  for (let i = 1; i <= n; i++) {
    const doc = new Doc(kind);
    const text = K[kind](doc);
    for (const k of doc.E.keys()) doc.DC.delete(k); // an intact occurrence anywhere makes the value an entity
    const strip = (x) => ({ detector: x.detector, value: x.value });
    const rec = { id: `ly-${kind}-${i}`, kind, text, entities: [...doc.E.values()].map(strip), dontCare: [...doc.DC.values()].map(strip), decoys: [...doc.DEC.values()] };
    rawsOf.set(rec.id, [...doc.E.values(), ...doc.DC.values()].map((x) => ({ ...x, raws: [...x.raws] })));
    docs.push(rec);
  }
}

// ---------------------------------------------------------------- self-check
const errs = [];
const err = (d, m) => { if (errs.length < 60) errs.push(`${d.id}: ${m}`); else if (errs.length === 60) errs.push('...'); };
const perKind = {}, perDet = {}, perDetDc = {}, perDec = {};
for (const d of docs) {
  perKind[d.kind] = (perKind[d.kind] || 0) + 1;
  const keyE = new Set(), keyD = new Set();
  for (const e of d.entities) {
    const k = e.detector + '|' + e.value; if (keyE.has(k)) err(d, 'duplicate entity ' + k); keyE.add(k);
    perDet[e.detector] = (perDet[e.detector] || 0) + 1;
    if (STRONG[e.detector] && !STRONG[e.detector](e.value)) err(d, `entity fails validation ${k}`);
  }
  for (const e of d.dontCare) { const k = e.detector + '|' + e.value; if (keyD.has(k)) err(d, 'duplicate dontCare ' + k); keyD.add(k); if (keyE.has(k)) err(d, 'entity and dontCare ' + k); perDetDc[e.detector] = (perDetDc[e.detector] || 0) + 1; }
  for (const x of rawsOf.get(d.id)) {
    if (!VALUE_RE[x.detector] || !VALUE_RE[x.detector].test(x.value)) err(d, `bad value chars ${x.detector} ${JSON.stringify(x.value)}`);
    for (const r of x.raws) if (!d.text.includes(r)) err(d, `raw not in text ${x.detector} ${JSON.stringify(r)}`);
  }
  const vals = [...d.entities, ...d.dontCare].map((x) => x.value);
  for (const x of d.decoys) {
    perDec[x.kind] = (perDec[x.kind] || 0) + 1;
    if (!d.text.includes(x.text)) err(d, `decoy not in text ${JSON.stringify(x.text)}`);
    const low = x.text.toLowerCase(), dig = x.text.replace(/[\s-]/g, '');
    for (const v of vals) if (low === v.toLowerCase() || low.includes(v.toLowerCase()) || (/^\d+$/.test(v) && dig.includes(v))) err(d, `decoy ${JSON.stringify(x.text)} contains labelled ${v}`);
    if (!['invoice_code', 'ga_number'].includes(x.kind) && digitRisk(x.text)) err(d, `decoy looks valid: ${x.text}`);
  }
}
const totE = docs.reduce((a, d) => a + d.entities.length, 0), totDec = docs.reduce((a, d) => a + d.decoys.length, 0);
if (docs.length < 250) errs.push(`only ${docs.length} documents`);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((perDet[det] || 0) < 300) errs.push(`only ${perDet[det] || 0} entity labels for ${det}`);
if (totDec < totE) errs.push(`decoys ${totDec} < entities ${totE}`);
if (Object.keys(perKind).length < 20) errs.push('fewer than 20 kinds');

writeFileSync(OUT, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
console.log(`wrote ${docs.length} documents to ${OUT}`);
console.log('documents per kind:'); for (const [k, v] of Object.entries(perKind)) console.log(`  ${k.padEnd(22)} ${v}`);
console.log('labels per detector (entities / dontCare):'); for (const k of Object.keys(VALUE_RE)) console.log(`  ${k.padEnd(16)} ${String(perDet[k] || 0).padStart(5)} / ${perDetDc[k] || 0}`);
console.log(`  total entities ${totE}, dontCare ${Object.values(perDetDc).reduce((a, b) => a + b, 0)}, decoys ${totDec}`);
console.log('decoys per kind:'); for (const [k, v] of Object.entries(perDec).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(20)} ${v}`);
if (errs.length) { console.error('SELF-CHECK FAILED:\n  ' + errs.join('\n  ')); process.exit(1); }
console.log('self-check: OK');
