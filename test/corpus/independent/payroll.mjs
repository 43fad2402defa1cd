#!/usr/bin/env node
/*
 * payroll.mjs — independent labelled test corpus for listguard (Chinese DLP detector)
 *
 * Theme: payroll, HR and finance lists — 工资表, 代发工资 bank files (fixed-width, `|`,
 * comma, with header/trailer lines), 社保/公积金 增减员, 个税 申报 exports, 报销/借款
 * lists, 银行流水 (personal and corporate), 催收 lists, 贷款 borrower lists, 理财
 * customer lists, 年终奖 / 劳务费 发放, 农民工工资专户, 奖助学金, 保险理赔, 会计凭证,
 * 员工花名册, and decoy-only summaries / 回单.
 *
 * Written in session 23 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 *
 * Usage:   node payroll.mjs OUT.jsonl
 * Output:  one JSON object per line:
 *   {"id":"payroll-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported under any detector
 * Normalisation of values: cn_resident_id 18 chars upper-case X; cn_mobile 11 digits (no +86);
 *   cn_landline digits incl. leading 0 / area code; email lower-case; bank_card digits only;
 *   cn_passport upper-case; cn_uscc 18 chars upper-case; person_name_zh as written without
 *   spaces / padding / titles.
 * Deterministic: own PRNG (mulberry32) with a fixed seed. All data synthetic (valid MOD 11-2
 * IDs with real region codes and dates, Luhn-valid cards on real-looking IINs, GB 32100
 * USCCs with GB 11714 body check, allocated mobile prefixes).
 * A self-check runs at the end and exits 1 on failure; a summary is printed.
 *
 * Labelling calls (see the report): company 对公账号 (non-Luhn or non-card length) = decoy
 * corporate_account; a 个体户's personal card used as a shop account = dontCare bank_card;
 * Excel-destroyed values: `6.22202E+18` / `1.10105E+17` = decoy (no digits left to report),
 * zero-padded `6222021234567890000` / `110105199003071000` = dontCare; role mailboxes (hr@, payroll@)
 * and office landlines of HR / 经办人 / companies = dontCare; 港澳通行证 numbers and 港澳台居民居住证
 * numbers (region 81/82/83) = dontCare; masked values and 尾号1234 = decoy; staff names (客户经理,
 * 催收员, 制表, 出纳) = entities; decoy digit runs are guarded so none is a valid mobile / ID / Luhn card.
 */
import { writeFileSync } from 'node:fs';

// ---------------------------------------------------------------- PRNG & helpers
let seed = 0x5eed2301;
function R() { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const ch = (p) => R() < p;
const pad = (n, w, c = '0') => String(n).padStart(w, c);
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function rowsN() { const r = R(); if (r < 0.1) return ri(1, 2); if (r < 0.55) return ri(3, 12); if (r < 0.88) return ri(13, 35); return ri(36, 80); }
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function rdate(y1 = 2023, y2 = 2024, sep = '-') { const y = ri(y1, y2), m = ri(1, 12), d = ri(1, daysIn(y, m)); return `${y}${sep}${pad(m, 2)}${sep}${pad(d, 2)}`; }
const dw = (s) => { let w = 0; for (const c of String(s)) w += c.codePointAt(0) > 0x2e80 ? 2 : 1; return w; };
const padDW = (s, w, right = false) => { const p = ' '.repeat(Math.max(0, w - dw(s))); return right ? p + s : s + p; };
function amt(x, commas = true) { const s = (Math.round(x * 100) / 100).toFixed(2); if (!commas) return s; const [i, f] = s.split('.'); return i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + '.' + f; }
const r2 = (x) => Math.round(x * 100) / 100;

// ---------------------------------------------------------------- checksums
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b) { let s = 0; for (let i = 0; i < 17; i++) s += +b[i] * ID_W[i]; return '10X98765432'[s % 11]; }
function luhnOk(s) { let sum = 0, dbl = false; for (let i = s.length - 1; i >= 0; i--) { let d = +s[i]; if (dbl) { d *= 2; if (d > 9) d -= 9; } sum += d; dbl = !dbl; } return sum % 10 === 0; }
function luhnDigit(body) { for (let d = 0; d < 10; d++) if (luhnOk(body + d)) return String(d); }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
function orgCheck(b8) { const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * W[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }

// A decoy's digit runs must not be real-looking personal numbers (else "must not be reported" would be unfair):
// no 11-digit 1[3-9] run, no 0-led 10-12-digit run, no Luhn-valid 16-19-digit run outside date-led serials,
// no 18-char / 15-digit run with a valid region + check. Grouped numbers are also checked joined.
function safeRun(r) {
  const L = r.length;
  if (L === 11 && /^1[3-9]/.test(r)) return false;
  if (L >= 10 && L <= 12 && /^0[1-9]/.test(r)) return false;
  if (L >= 16 && L <= 19 && /^\d+$/.test(r) && luhnOk(r) && !/^20[12]\d/.test(r)) return false;
  if (L === 18 && REGSET.has(r.slice(0, 6)) && idCheck(r) === r[17].toUpperCase()) return false;
  if (L === 15 && /^\d+$/.test(r) && REGSET.has(r.slice(0, 6)) && +r.slice(8, 10) <= 12 && +r.slice(10, 12) <= 31) return false;
  return true;
}
function safeRuns(t) {
  const runs = t.match(/\d+[Xx]?/g) || [];
  if (/^[\d\s-]+$/.test(t)) runs.push(t.replace(/\D/g, ''));
  return runs.every((r) => safeRun(r) && safeRun(r.replace(/[Xx]$/, '')));
}
const sn = (f) => { for (let k = 0; k < 10000; k++) { const v = f(); if (safeRuns(v)) return v; } throw new Error('sn: no safe value'); };

// ---------------------------------------------------------------- value generators
const REGIONS = ('110101 110102 110105 110106 110108 110111 120101 120103 120104 130102 130104 130105 130203 130602 131102 140105 140106 140202 150102 150203 ' +
  '210102 210103 210202 210302 220102 220104 230102 230103 310101 310104 310105 310107 310110 310112 310115 320102 320104 320106 320111 320205 320311 ' +
  '320505 320506 320583 321002 330102 330105 330106 330108 330203 330302 330381 331002 340102 340103 340104 341202 341222 350102 350103 350203 350581 ' +
  '360102 360103 360403 370102 370103 370202 370203 370602 370902 371302 410102 410103 410105 410106 411302 411303 412702 411602 411623 420102 420103 ' +
  '420106 420111 421002 430102 430103 430104 430602 431102 440103 440104 440106 440111 440304 440305 440306 440402 440604 441302 441900 442000 450102 ' +
  '450103 450305 460105 460106 500101 500103 500104 500106 500112 510104 510105 510107 510108 510623 511302 520102 520103 530102 530103 540102 610102 ' +
  '610103 610113 610402 620102 620103 630102 640104 650102 650103').split(' ');
const REGSET = new Set(REGIONS);
function genId(y1 = 1963, y2 = 2002, wantX = ch(0.13), region = null) {
  for (;;) {
    const reg = region || pick(REGIONS), y = ri(y1, y2), m = ri(1, 12), d = ri(1, daysIn(y, m));
    const body = reg + y + pad(m, 2) + pad(d, 2) + pad(ri(1, 999), 3), c = idCheck(body);
    if (wantX !== (c === 'X')) continue;
    return body + c;
  }
}
const MPRE = '130 131 132 133 134 135 136 137 138 139 145 147 150 151 152 153 155 156 157 158 159 162 165 166 167 170 171 172 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 190 191 192 193 195 196 197 198 199'.split(' ');
const MW = MPRE.map((p) => (/^1(3|5|8)/.test(p) ? 6 : p === '199' || p === '177' || p === '176' ? 3 : 1));
function genMobile() { let t = R() * MW.reduce((a, b) => a + b, 0); let i = 0; while ((t -= MW[i]) > 0) i++; for (;;) { const m = MPRE[i] + digits(8); if (!['13800138000', '13912345678', '18888888888'].includes(m)) return m; } }
const BANKS = [
  { n: '中国工商银行', s: '工行', iin: ['622202', '621226', '621558', '622208'], len: 19 },
  { n: '中国农业银行', s: '农行', iin: ['622848', '623052', '622845'], len: 19 },
  { n: '中国银行', s: '中行', iin: ['621661', '621785', '621790', '456351'], len: 19 },
  { n: '中国建设银行', s: '建行', iin: ['621700', '622700', '623668', '436742'], len: 19 },
  { n: '交通银行', s: '交行', iin: ['622260', '622262', '621069'], len: 17 },
  { n: '招商银行', s: '招行', iin: ['622588', '621483', '622609', '621286', '518710'], len: 16 },
  { n: '中国邮政储蓄银行', s: '邮储', iin: ['621799', '622188', '621098'], len: 19 },
  { n: '兴业银行', s: '兴业', iin: ['622909', '622908', '622901'], len: 18 },
  { n: '中信银行', s: '中信', iin: ['622690', '621773', '433670'], len: 16 },
  { n: '浦发银行', s: '浦发', iin: ['622521', '621792'], len: 16 },
  { n: '中国民生银行', s: '民生', iin: ['622622', '621691'], len: 16 },
  { n: '平安银行', s: '平安', iin: ['622155', '623058'], len: 16 },
  { n: '中国光大银行', s: '光大', iin: ['622660', '621489'], len: 16 },
  { n: '农村商业银行', s: '农商行', iin: ['623190', '621067'], len: 19 },
];
const CNAPS = { 工行: '102', 农行: '103', 中行: '104', 建行: '105', 交行: '301', 招行: '308', 邮储: '403', 兴业: '309', 中信: '302', 浦发: '310', 民生: '305', 平安: '307', 光大: '303', 农商行: '314' };
const cnaps = (b) => CNAPS[b.s] + digits(9);
const BW = [5, 4, 3, 4, 2, 3, 3, 2, 1, 1, 1, 1, 1, 2];
function pickBank() { let t = R() * 33; let i = 0; while ((t -= BW[i]) > 0 && i < BW.length - 1) i++; return BANKS[i]; }
function genCard(bank = pickBank()) {
  const iin = pick(bank.iin); let len = /^[45]/.test(iin) ? 16 : bank.len;
  if (bank.s === '交行' && ch(0.5)) len = 19;
  if (bank.s === '平安' && iin === '623058') len = 19;
  const body = iin + digits(len - 1 - iin.length); return body + luhnDigit(body);
}
function genUscc(kind = '91') {
  const reg = pick(REGIONS).slice(0, 4) + pick(['00', pick(REGIONS).slice(4)]);
  let org = ch(0.75) ? 'MA' + Array.from({ length: 6 }, () => pick(UA.slice(0, 10) + 'ABCDEFGHJKLMNPQRTUWXY')).join('') : digits(8);
  const oc = orgCheck(org); const b17 = kind + reg + org + oc; return b17 + usccCheck(b17);
}
function corpAcct() {
  const L = pick([12, 13, 15, 17, 19, 19, 20, 20, 21, 22]);
  for (;;) { const s = pick(['1', '3', '7', '9']) + digits(L - 1); if (L >= 16 && L <= 19 && luhnOk(s)) continue; if (!safeRuns(s)) continue; return s; }
}
function fmtCorp(s) { const r = R(); if (r < 0.55) return s; if (r < 0.85) return s.replace(/(\d{4})(?=\d)/g, '$1 '); const h = s.slice(0, 2) + '-' + s.slice(2); return safeRuns(h) ? h : s; }
const AREAS = [['010', 8], ['021', 8], ['020', 8], ['022', 8], ['025', 8], ['027', 8], ['028', 8], ['029', 8], ['0571', 8], ['0755', 8], ['0371', 8], ['0394', 7], ['0313', 7], ['0931', 7], ['0551', 8], ['0512', 8], ['0574', 8], ['0591', 8], ['0731', 8], ['0871', 8], ['0532', 8]];
function genLandline() { const [a, n] = pick(AREAS); return { a, sub: ri(2, 8) + digits(n - 1) }; }
function fmtLand(l) { return pick([`${l.a}-${l.sub}`, `${l.a}-${l.sub}`, `(${l.a})${l.sub}`, `${l.a} ${l.sub}`, `（${l.a}）${l.sub}`]); }

// ---------------------------------------------------------------- names
const SUR = ('王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin 罗luo 郑zheng 梁liang ' +
  '谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai 余yu 杜du 叶ye 程cheng 苏su ' +
  '魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao 贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou ' +
  '孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 陶tao 黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 严yan ' +
  '覃qin 武wu 戴dai 莫mo 孔kong 向xiang 常chang').split(' ').map((x) => [x[0], x.slice(1)]);
const COMP = [['欧阳', 'ouyang'], ['上官', 'shangguan'], ['司马', 'sima'], ['诸葛', 'zhuge'], ['令狐', 'linghu'], ['皇甫', 'huangfu'], ['司徒', 'situ'], ['慕容', 'murong']];
const GIV = ('伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 娟juan 涛tao 明ming 超chao 霞xia 平ping 刚gang 桂gui 英ying ' +
  '华hua 慧hui 建jian 国guo 文wen 斌bin 玲ling 鹏peng 辉hui 宇yu 浩hao 婷ting 欣xin 怡yi 梓zi 涵han 轩xuan 子zi 晨chen 博bo 雪xue 琳lin 海hai 燕yan 红hong ' +
  '波bo 飞fei 俊jun 峰feng 志zhi 秀xiu 兰lan 凤feng 佳jia 嘉jia 思si 雨yu 萱xuan 一yi 诺nuo 睿rui 泽ze 昊hao 然ran 悦yue 晓xiao 东dong 亮liang 春chun ' +
  '梅mei 丹dan 宁ning 彬bin 永yong 立li 新xin 德de 荣rong 淑shu 振zhen 家jia 锦jin 瑶yao 倩qian').split(' ').map((x) => [x[0], x.slice(1)]);
const MINOR = [['买买提·艾力', 'maimaiti.aili'], ['阿依古丽·吐尔逊', 'ayiguli.tuerxun'], ['艾尔肯·吾守尔', 'aierken'], ['古丽娜尔·买买提', 'gulinaer'], ['热依拉·阿不都', 'reyila'],
  ['迪丽努尔·艾买提', 'dilinuer'], ['扎西多吉', 'zhaxiduoji'], ['次仁卓玛', 'cirenzhuoma'], ['格桑拉姆', 'gesanglamu'], ['阿卜杜拉·热合曼', 'abudula'], ['努尔兰·别克', 'nuerlan']];
function genName(minorP = 0.02) {
  if (ch(minorP)) { const m = pick(MINOR); return { name: m[0], s: m[1], g: '', minor: true }; }
  const s = ch(0.03) ? pick(COMP) : SUR[Math.floor(SUR.length * R() ** 1.9)];
  const g1 = pick(GIV), g2 = ch(0.72) ? pick(GIV) : null;
  return { name: s[0] + g1[0] + (g2 ? g2[0] : ''), s: s[1], g: g1[1] + (g2 ? g2[1] : '') };
}
const MAILDOM = ['qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com', 'outlook.com', 'gmail.com', 'aliyun.com', 'yeah.net', 'sohu.com', '163.com', 'qq.com', '139.com', '189.cn', 'hotmail.com'];
function genEmail(nm, work = null) {
  const s = nm.s, g = nm.g || 'x';
  if (work) { const l = pick([`${g}.${s}`, `${s}${g}`, `${s}.${g}`, `${s[0]}${g}`, `${s}${g}${ri(1, 9)}`]); return { raw: l + '@' + work }; }
  const t = R();
  if (t < 0.22) return { raw: `${ri(10000, 3999999999)}@qq.com` };
  if (t < 0.28) { const m = genMobile(); return { raw: `${m}@${pick(['139.com', '189.cn', '163.com', 'wo.cn'])}`, mobile: m }; }
  let l = pick([`${s}${g}`, `${s}.${g}`, `${s}${g}${ri(1, 99)}`, `${g}${s}${pad(ri(70, 99), 2)}`, `${s}_${g}${ri(1, 999)}`, `${s[0]}${g}${ri(1980, 2004)}`]);
  if (ch(0.1)) l = l[0].toUpperCase() + l.slice(1);
  return { raw: `${l}@${pick(MAILDOM)}` };
}

// ---------------------------------------------------------------- organisations & places
const PLACES = ['杭州西湖', '杭州滨江', '南京鼓楼', '周口川汇', '张家口桥西', '郑州金水', '成都高新', '武汉洪山', '深圳南山', '广州天河', '北京朝阳', '上海浦东',
  '苏州工业园区', '西安雁塔', '长沙岳麓', '黄山屯溪', '石家庄长安', '合肥蜀山', '重庆渝北', '昆明五华', '济南历下', '宁波鄞州', '厦门思明', '福州鼓楼', '东莞南城', '温州鹿城', '高新区'];
const CITY = ['杭州', '南京', '周口', '郑州', '成都', '武汉', '深圳', '广州', '北京', '上海', '苏州', '西安', '长沙', '合肥', '重庆', '济南', '宁波', '厦门', '东莞', '张家口', '黄山'];
const COW = ['恒信', '鼎盛', '宏达', '华远', '瑞丰', '中联', '远洋', '明德', '博雅', '诚通', '天成', '海纳', '新元', '立信', '安泰', '永辉', '长江', '金桥', '汇通', '众合'];
const COWPY = ['hengxin', 'dingsheng', 'hongda', 'huayuan', 'ruifeng', 'zhonglian', 'yuanyang', 'mingde', 'boya', 'chengtong', 'tiancheng', 'haina', 'xinyuan', 'lixin', 'antai', 'yonghui', 'changjiang', 'jinqiao', 'huitong', 'zhonghe'];
const COT = ['科技有限公司', '建筑工程有限公司', '物业服务有限公司', '餐饮管理有限公司', '商贸有限公司', '劳务分包有限公司', '教育咨询有限公司', '医药连锁有限公司', '机械制造有限公司', '物流有限公司', '网络科技股份有限公司'];
const SPECIAL_CO = ['王老吉大健康产业有限公司', '张家口市宣化区财政局', '李宁体育用品有限公司', '周大福珠宝金行有限公司', '黄山旅游发展股份有限公司', '高新区管理委员会', '金龙鱼粮油食品有限公司'];
function company() {
  const w = ri(0, COW.length - 1), special = ch(0.06);
  const name = special ? pick(SPECIAL_CO) : pick(CITY) + (ch(0.3) ? '市' : '') + COW[w] + pick(COT);
  const dom = (special ? pick(['wlj', 'zjkcz', 'lining', 'zdf', 'hsly', 'gxq', 'jly']) : COWPY[w]) + pick(['-tech.com', '.com.cn', '.cn', 'group.com', '.com']);
  return { name, dom, uscc: genUscc(pick(['91', '91', '91', '92', '12', '52'])), acct: corpAcct(), bank: pickBank() };
}
const branch = (b) => `${b.n}${pick(PLACES)}${pick(['支行', '分理处', '支行营业部', '分行营业部'])}`;
const DEPTS = ['财务部', '人力资源部', '行政部', '销售一部', '销售二部', '研发中心', '生产车间', '质检部', '采购部', '客服中心', '市场部', '仓储物流部', '工程部', '信息技术部'];
const INV_REG = ['4403', '4401', '3301', '3201', '4201', '4301', '4406']; // 0440/0330/0320/0420/0430 are not area codes
const JOBS = ['会计', '出纳', '销售代表', '工程师', '操作工', '主管', '行政专员', '司机', '质检员', '仓管员', '客服专员', '项目经理助理'];
const TRAPS = ['周末加班费', '高温补贴', '余额', '付款', '万元', '方案', '金额', '安全生产奖', '常规', '成功', '马上', '何时', '时间', '文件', '明细', '对方', '程序', '任务'];

// ---------------------------------------------------------------- document builder
function norm(det, raw) {
  switch (det) {
    case 'cn_resident_id': return raw.replace(/[\s-]/g, '').toUpperCase();
    case 'cn_mobile': { let d = raw.replace(/\D/g, ''); if (d.length === 15 && d.startsWith('0086')) d = d.slice(4); else if (d.length === 13 && d.startsWith('86')) d = d.slice(2); else if (d.length === 12 && d.startsWith('0')) d = d.slice(1); return d; }
    case 'cn_landline': case 'bank_card': return raw.replace(/\D/g, '');
    case 'email': return raw.toLowerCase();
    case 'cn_passport': case 'cn_uscc': return raw.replace(/[\s-]/g, '').toUpperCase();
    case 'person_name_zh': return raw.replace(/[\s\u3000]/g, '');
  }
  throw new Error('unknown detector ' + det);
}
class Doc {
  constructor(kind) { this.kind = kind; this.ent = new Map(); this.dc = new Map(); this.dec = new Map(); this.raws = []; }
  E(det, raw) { const v = norm(det, raw); this.ent.set(det + '|' + v, { detector: det, value: v }); this.raws.push({ det, raw, v }); return raw; }
  D(det, raw) { const v = norm(det, raw); this.dc.set(det + '|' + v, { detector: det, value: v }); this.raws.push({ det, raw, v }); return raw; }
  X(kind, text) { text = String(text); if (!this.dec.has(text)) this.dec.set(text, { kind, text }); return text; }
  // convenience embedders ------------------------------------------------------
  name(n, spaced = false) { let raw = typeof n === 'string' ? n : n.name; if (spaced && [...raw].length === 2) raw = raw[0] + pick(['  ', '　', ' ']) + raw[1]; return this.E('person_name_zh', raw); }
  id(v, o = {}) {
    if (o.excel === 'float' && !v.endsWith('X')) return this.X('excel_float_id', sci(v));
    if (o.excel === 'zero' && !v.endsWith('X')) return this.D('cn_resident_id', v.slice(0, 15) + '000');
    let raw = v; if (v.endsWith('X') && (o.lower ?? ch(0.3))) raw = v.slice(0, 17) + 'x';
    if (o.group) raw = raw.slice(0, 6) + ' ' + raw.slice(6, 14) + ' ' + raw.slice(14);
    return this.E('cn_resident_id', raw);
  }
  mob(m, style = null) { const st = style || pick(['p', 'p', 'p', 'p', 'p', 'p', 'p', 'p', 'd', 's', '+', 'p']); const raw = st === 'd' ? `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}` : st === 's' ? `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}` : st === '+' ? pick([`+86 ${m}`, `+86-${m}`, `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`]) : m; return this.E('cn_mobile', raw); }
  card(c, o = {}) {
    if (o.excel === 'float') return this.X('excel_float_card', sci(c));
    if (o.excel === 'zero') return this.D('bank_card', c.slice(0, 15) + '0'.repeat(c.length - 15));
    const st = o.style || pick(['p', 'p', 'p', 'p', 's', 's', 'd']);
    return this.E('bank_card', st === 's' ? c.replace(/(\d{4})(?=\d)/g, '$1 ') : st === 'd' ? c.replace(/(\d{4})(?=\d)/g, '$1-') : c);
  }
  mail(p, work = null) { const e = p.email || (p.email = genEmail(p.nm, work)); if (e.mobile) this.E('cn_mobile', e.mobile); return this.E('email', e.raw); }
  maskMob(m) { return this.X('masked_mobile', m.slice(0, 3) + pick(['****', '****', 'xxxx']) + m.slice(7)); }
  maskId(v) { return this.X('masked_id', pick([v.slice(0, 6) + '********' + v.slice(14), v.slice(0, 4) + '**********' + v.slice(14), v.slice(0, 3) + '*'.repeat(11) + v.slice(14)])); }
  maskCard(c) { return this.X('masked_card', pick([c.slice(0, 4) + ' **** **** ' + c.slice(-4), c.slice(0, 6) + '*'.repeat(c.length - 10) + c.slice(-4), '**** **** **** ' + c.slice(-4)])); }
  tail(c) { return this.X('card_tail', pick(['尾号', '尾号', '卡尾号', '尾数']) + c.slice(-4)); }
  corp(acct) { return this.X('corporate_account', fmtCorp(acct)); }
  co(c) { return this.X('company_name', c.name); }
  br(b) { return this.X('bank_branch', branch(b)); }
}
const sci = (v) => { const m = (v[0] + '.' + v.slice(1, 6)).replace(/\.?0+$/, ''); return `${m}E+${v.length - 1}`; };
function person(o = {}) {
  const nm = genName(o.minor ?? 0.02), wantX = ch(0.13);
  const id = genId(o.y1 ?? 1965, o.y2 ?? 2002, wantX), bank = o.bank || pickBank();
  return { nm, name: nm.name, id, sex: +id[16] % 2 ? '男' : '女', mobile: genMobile(), bank, card: genCard(bank) };
}
function people(n, o = {}) { const seen = new Set(), out = []; while (out.length < n) { const p = person(o); if (seen.has(p.name)) continue; seen.add(p.name); out.push(p); } return out; }

// ---------------------------------------------------------------- tables
const csvq = (c) => (/[",\n]/.test(c) ? '"' + c.replace(/"/g, '""') + '"' : c);
function tbl(h, rows, style) {
  const all = [h, ...rows];
  switch (style) {
    case 'csv': return all.map((r) => r.map(csvq).join(',')).join('\n');
    case 'tsv': return all.map((r) => r.join('\t')).join('\n');
    case 'pipe': return all.map((r) => r.join('|')).join('\n');
    case 'spipe': return all.map((r) => '| ' + r.join(' | ') + ' |').join('\n');
    case 'md': return ['| ' + h.join(' | ') + ' |', '|' + h.map(() => '---').join('|') + '|', ...rows.map((r) => '| ' + r.join(' | ') + ' |')].join('\n');
    case 'kv': return rows.map((r, i) => `${i + 1}. ` + r.map((c, j) => `${h[j]}：${c}`).filter((x) => !/：$/.test(x)).join(pick(['，', '；', '  '])) ).join('\n');
    default: { const w = h.map((_, i) => Math.max(...all.map((r) => dw(r[i] ?? '')))); return all.map((r) => r.map((c, i) => padDW(c ?? '', w[i], /^[-\d,.]+$/.test(c ?? '') && i > 0 && c.length < 14)).join('  ').trimEnd()).join('\n'); }
  }
}
const STYLES = ['csv', 'csv', 'tsv', 'aligned', 'aligned', 'md', 'spipe', 'pipe', 'kv'];
// select columns: spec = [[synonyms...], fn, weight(prob) | 1]; returns {h, fns}
function cols(specs, shuffleMid = true) {
  let sel = specs.filter((s) => (s[2] ?? 1) >= 1 || ch(s[2]));
  if (shuffleMid && ch(0.5)) { const first = sel[0]; sel = [first, ...shuffle(sel.slice(1))]; }
  return { h: sel.map((s) => pick(s[0])), fns: sel.map((s) => s[1]) };
}
function salaryCalc() {
  const base = ri(25, 200) * 100, perf = ch(0.7) ? ri(0, 80) * 100 : 0, ot = ch(0.4) ? ri(1, 30) * 50 : 0, sub = ch(0.5) ? pick([200, 300, 500, 800]) : 0;
  const gross = base + perf + ot + sub, sb = Math.min(gross, 24930), pen = r2(sb * 0.08), med = r2(sb * 0.02), une = r2(sb * 0.005), hf = r2(sb * pick([0.05, 0.07, 0.08, 0.12]));
  const taxable = gross - 5000 - pen - med - une - hf; const tax = taxable <= 0 ? 0 : r2(taxable <= 3000 ? taxable * 0.03 : taxable * 0.1 - 210);
  return { base, perf, ot, sub, gross, pen, med, une, hf, tax, net: r2(gross - pen - med - une - hf - tax) };
}
function empNo(style) { switch (style) { case 0: return 'E' + pad(ri(1, 99999), 5); case 1: return pick(['HZ', 'NJ', 'ZK', 'SZ', 'BJ']) + ri(2010, 2024) + pad(ri(1, 999), 3); case 2: return String(ri(100000, 999999)); default: return String(ri(2010, 2024)) + pad(ri(1, 9999), 4); } }
function serial(len = ri(20, 26), y = pick([2024, 2024, 2025])) { return sn(() => String(y) + pad(ri(1, 12), 2) + pad(ri(1, 28), 2) + digits(len - 8)); }
const ym = () => `${pick([2023, 2024, 2024, 2025])}年${ri(1, 12)}月`;

// ================================================================ kinds
const K = {};

K.salary = (d, idx) => {
  const co = company(), n = rowsN(), ps = people(n), es = ri(0, 3), st = pick(STYLES.filter((s) => s !== 'kv'));
  const excel = idx % 6 === 2 ? 'float' : idx % 6 === 5 ? 'zero' : null; const commas = ch(0.6);
  const T = ps.map(() => salaryCalc());
  const c = cols([
    [['序号', 'NO.', '序'], (p, i) => String(i + 1)],
    [['工号', '员工编号', '职工号'], () => d.X('employee_no', empNo(es)), 0.8],
    [['姓名', '员工姓名', '职工姓名'], (p) => d.name(p, st === 'aligned' && ch(0.4))],
    [['部门', '所属部门'], () => d.X('department', pick(DEPTS)), 0.7],
    [['岗位', '职务'], () => d.X('job_title', pick(JOBS)), 0.4],
    [['基本工资', '岗位工资'], (p, i) => amt(T[i].base, commas)],
    [['绩效工资', '绩效奖金'], (p, i) => amt(T[i].perf, commas), 0.7],
    [['加班费', '周末加班费'], (p, i) => amt(T[i].ot, commas), 0.5],
    [['应发工资', '应发合计', '应发'], (p, i) => amt(T[i].gross, commas)],
    [['养老保险', '个人养老'], (p, i) => amt(T[i].pen, commas), 0.8],
    [['医疗保险', '个人医疗'], (p, i) => amt(T[i].med, commas), 0.6],
    [['失业保险'], (p, i) => amt(T[i].une, commas), 0.5],
    [['住房公积金', '公积金'], (p, i) => amt(T[i].hf, commas), 0.8],
    [['个人所得税', '个税', '代扣个税'], (p, i) => amt(T[i].tax, commas)],
    [['实发工资', '实发金额', '实发'], (p, i) => amt(T[i].net, commas)],
    [['身份证号', '身份证号码', '证件号码'], (p) => d.id(p.id, { excel }), 0.5],
    [['工资卡号', '银行卡号', '卡号', '银行账号'], (p) => d.card(p.card, { excel })],
    [['开户行', '开户银行'], (p) => (ch(0.5) ? d.X('bank_name', p.bank.n) : d.br(p.bank)), 0.7],
    [['手机', '联系电话', '手机号'], (p) => d.mob(p.mobile), 0.3],
    [['签字', '本人签字'], () => '', 0.3],
  ]);
  const rows = ps.map((p, i) => c.fns.map((f) => f(p, i)));
  const tot = c.h.map((h, j) => (j === 0 ? '合计' : /应发|实发/.test(h) ? amt(T.reduce((a, t) => a + (/应发/.test(h) ? t.gross : t.net), 0), commas) : ''));
  if (ch(0.8)) rows.push(tot);
  const head = [`${d.co(co)}${ym()}${pick(['工资表', '工资发放表', '员工薪酬明细表', '工资明细'])}`];
  if (ch(0.5)) head.push(`单位：元    制表日期：${d.X('date', rdate(2024, 2025))}`);
  const foot = [];
  if (ch(0.7)) foot.push(`制表：${d.name(genName())}   审核：${d.name(genName())}   ${pick(['总经理', '批准'])}：${d.name(genName())}`);
  if (excel === 'float') foot.push(pick(['注：卡号列被 Excel 转成了科学计数法，请重新导出。', '（卡号显示异常，以银行回单为准）']));
  if (ch(0.3)) foot.push(`备注：${d.X('surname_trap', pick(TRAPS))}另行发放。`);
  return [...head, tbl(c.h, rows, st), ...foot].join('\n');
};

K.payslip = (d) => {
  const co = company(), n = ch(0.7) ? 1 : ri(2, 6), ps = people(n), py = pick([2023, 2024, 2025]), pm = ri(1, 12), month = `${py}年${pm}月`, parts = [];
  const payday = `${pm === 12 ? py + 1 : py}-${pad(pm === 12 ? 1 : pm + 1, 2)}-${pad(pick([5, 10, 15, 20]), 2)}`;
  const hrm = pick(['hr', 'payroll', 'xinchou', 'caiwu', 'hrbp']) + '@' + co.dom;
  const hr = genName(), tel = genLandline();
  for (const p of ps) {
    const t = salaryCalc(), L = [];
    if (ch(0.8)) L.push(`发件人：${d.D('email', hrm)}`, `收件人：${d.mail(p, ch(0.4) ? co.dom : null)}`, `主题：${month}工资条 - ${d.name(p)}`);
    else L.push(`【${month}工资条】 姓名：${d.name(p)}`);
    L.push(`${p.name}${pick(['，您好：', ' 您好，', '同事：'])}`);
    L.push(`您${month}的工资已于${d.X('date', payday)}发放至您${d.tail(p.card)}的${d.X('bank_name', p.bank.n)}${pick(['工资卡', '借记卡', '账户'])}，明细如下：`);
    L.push(`工号：${d.X('employee_no', empNo(ri(0, 3)))}  部门：${d.X('department', pick(DEPTS))}`);
    L.push(`应发工资 ${amt(t.gross)}；养老保险 ${amt(t.pen)}；医疗保险 ${amt(t.med)}；失业保险 ${amt(t.une)}；住房公积金 ${amt(t.hf)}；个人所得税 ${amt(t.tax)}；实发工资 ${amt(t.net)}`);
    const r = R();
    if (r < 0.3) L.push(`工资卡号：${d.card(p.card)}（${d.X('bank_name', p.bank.s)}）`);
    else if (r < 0.5) L.push(`卡号：${d.maskCard(p.card)}`);
    if (ch(0.3)) L.push(`身份证号：${d.maskId(p.id)}`); else if (ch(0.2)) L.push(`身份证号：${d.id(p.id)}`);
    L.push(`如有疑问请于三个工作日内联系${d.X('department', '人力资源部')}${d.name(hr)}，电话 ${d.D('cn_landline', fmtLand(tel))}${ch(0.5) ? ' 转' + ri(8001, 8099) : ''}，或回复本邮件。`);
    parts.push(L.join('\n'));
  }
  return parts.join('\n' + pick(['----------------------------------------', '========', '']) + '\n');
};

// header fields of a bank batch file; registered as decoys only if the layout chosen prints them
function batchMeta(d, co, n, total) {
  return { acct: fmtCorp(co.acct), batch: pick(['PL', 'DF', 'B', '']) + serial(ri(14, 18)), date: rdate(2024, 2025, ''), name: co.name, n, total };
}
function regMeta(d, m, text) {
  for (const [k, kind] of [['acct', 'corporate_account'], ['batch', 'batch_no'], ['date', 'date'], ['name', 'company_name']]) if (text.includes(m[k])) d.X(kind, m[k]);
  return text;
}
K.batch_fixed = (d) => {
  const co = company(), n = rowsN(), ps = people(n, { minor: 0.03 }), amts = ps.map(() => salaryCalc().net), total = amts.reduce((a, b) => a + b, 0);
  const m = batchMeta(d, co, n, total), L = [];
  const nameW = pick([20, 24, 30]);
  L.push(`H ${m.date} ${m.acct.padEnd(32)} ${padDW(m.name, 60)} ${pad(n, 6)} ${pad(Math.round(total * 100), 15)} ${m.batch}`);
  ps.forEach((p, i) => {
    const ref = ch(0.85) ? ' ' + d.X('txn_serial', serial(ri(20, 22))) : '';
    const memo = pick(['工资', '代发工资', `${ri(1, 12)}月工资`, '绩效', '']);
    const idf = ch(0.3) ? ' ' + d.id(p.id, { lower: false }) : '';
    L.push(`D ${pad(i + 1, 6)} ${d.card(p.card, { style: 'p' }).padEnd(19)}  ${padDW(d.name(p), nameW)} ${pad(Math.round(amts[i] * 100), 13)}${idf}${ref} ${memo}`.trimEnd());
  });
  L.push(`T ${pad(n, 6)} ${pad(Math.round(total * 100), 15)}`);
  const pre = ch(0.4) ? [`# ${pick(['代发工资定长文件', '批量代付文件 v2.1', '财智账户卡代发'])} 付款单位：${m.name} 付款账号：${m.acct} 字段：记录类型(1) 序号(6) 卡号(19) 户名(${nameW}字节) 金额(分,13)${ch(0.5) ? ' 证件号(18)' : ''} 业务参考号(20)`] : [];
  return regMeta(d, m, [...pre, ...L].join('\n'));
};
K.batch_pipe = (d) => {
  const co = company(), n = rowsN(), ps = people(n), amts = ps.map(() => salaryCalc().net), total = amts.reduce((a, b) => a + b, 0);
  const m = batchMeta(d, co, n, total), withId = ch(0.4), withMob = ch(0.3), withRef = ch(0.75), L = [], trail = ch(0.5);
  L.push(pick([`付款账号|${m.acct}|付款户名|${m.name}|总笔数|${n}|总金额|${amt(total, false)}|用途|代发工资|`, `${m.acct}|${m.name}|${n}|${amt(total, false)}|${m.date}|${m.batch}`, `HEAD|${m.batch}|${m.date}|${m.acct}|${n}|${amt(total, false)}`]));
  if (ch(0.5)) L.push(['序号', '收款账号', '收款户名', '金额', withId ? '证件类型|证件号码' : null, withMob ? '手机号' : null, withRef ? '业务参考号' : null, '摘要'].filter(Boolean).join('|'));
  ps.forEach((p, i) => {
    const f = [String(i + 1), d.card(p.card, { style: 'p' }), d.name(p), amt(amts[i], false)];
    if (withId) f.push('01', d.id(p.id));
    if (withMob) f.push(d.mob(p.mobile, 'p'));
    if (withRef) f.push(d.X('txn_serial', serial(ri(16, 22))));
    f.push(ch(0.2) ? d.X('surname_trap', pick(['高温补贴', '周末加班费', '安全生产奖'])) : pick(['代发工资', '工资', '奖金', '报销']));
    L.push(f.join('|') + (trail ? '|' : ''));
  });
  if (ch(0.6)) L.push(`TAIL|${n}|${amt(total, false)}`);
  return regMeta(d, m, L.join('\n'));
};
K.batch_csv = (d) => {
  const co = company(), n = rowsN(), ps = people(n), amts = ps.map(() => salaryCalc().net), total = amts.reduce((a, b) => a + b, 0);
  const m = batchMeta(d, co, n, total), L = [], variant = ri(0, 2);
  if (ch(0.45)) {
    const op = genName();
    L.push(`${pick(['王经理', '客户经理', '您好'])}：附件为我司${ym()}代发明细，共${n}笔，合计${amt(total)}元，付款账号${m.acct}，户名${m.name}。请于${d.X('date', rdate(2024, 2025))}前处理，如有问题请联系财务${d.name(op)} ${d.mob(genMobile())}。`, '');
  }
  L.push(`#批次号:${m.batch},付款账号:${m.acct},付款单位:${m.name},笔数:${n},总金额:${amt(total, false)}`);
  if (variant === 0) L.push('账号,户名,金额,注释');
  else if (variant === 1) L.push('卡号,姓名,身份证号,金额,手机号');
  else L.push('序号,姓名,银行卡号,开户行,联行号,金额,用途');
  ps.forEach((p, i) => {
    const a = amt(amts[i], false), q = ch(0.2);
    const cc = q ? `="${d.card(p.card, { style: 'p' })}"` : d.card(p.card, { style: ch(0.8) ? 'p' : 's' });
    if (variant === 0) L.push([cc, d.name(p), a, pick(['工资', '代发', '绩效'])].join(','));
    else if (variant === 1) L.push([cc, d.name(p), (q ? `'` : '') + d.id(p.id), a, d.mob(p.mobile, 'p')].join(','));
    else L.push([i + 1, d.name(p), cc, d.br(p.bank), d.X('cnaps_code', cnaps(p.bank)), a, pick(['工资', '劳务费', '奖金'])].join(','));
  });
  L.push(`合计,${n}笔,${amt(total, false)}`);
  return regMeta(d, m, L.join('\n'));
};

K.social_sec = (d) => {
  const co = company(), n = rowsN(), ps = people(n), sameNo = ch(0.6), st = pick(STYLES);
  const c = cols([
    [['序号'], (p, i) => String(i + 1)],
    [['个人社保号', '个人编号', '社会保障号码', '个人社保编号'], (p) => (sameNo ? d.id(p.id, { lower: false }) : d.X('ss_personal_no', sn(() => String(ri(1000000000, 9999999999)))))],
    [['姓名'], (p) => d.name(p, st === 'aligned' && ch(0.3))],
    [['公民身份号码', '身份证号码', '证件号码'], (p) => d.id(p.id, { lower: false }), sameNo ? 0.3 : 1],
    [['性别'], (p) => p.sex, 0.6],
    [['变动类型', '增减类型', '业务类型'], () => pick(['增员', '新参保', '转入', '减员', '停保', '续保'])],
    [['变动原因'], () => pick(['新招录', '离职', '调入', '调出', '退休', '合同到期']), 0.5],
    [['缴费基数', '月缴费工资'], () => amt(ri(4462, 24930), ch(0.5))],
    [['起始年月', '变动年月'], () => d.X('year_month', `${pick([2024, 2025])}${pad(ri(1, 12), 2)}`), 0.6],
    [['参保日期', '首次参保日期'], () => d.X('date', rdate(2005, 2024)), 0.6],
    [['户籍性质'], () => pick(['城镇', '农村', '本市城镇', '外地农村']), 0.5],
    [['联系电话', '手机号码'], (p) => d.mob(p.mobile), 0.6],
  ]);
  const rows = ps.map((p, i) => c.fns.map((f) => f(p, i)));
  const H = [`${pick(['社会保险参保人员增减变动表', '职工参保登记（增减员）清单', '社保增减员申报表'])}`,
    `单位名称：${d.co(co)}  单位社保编号：${d.X('employer_ss_no', sn(() => String(ri(10, 99)) + digits(ri(8, 12))))}  统一社会信用代码：${d.E('cn_uscc', co.uscc)}`];
  const F = [`经办人：${d.name(genName())}  联系电话：${ch(0.5) ? d.mob(genMobile()) : d.D('cn_landline', fmtLand(genLandline()))}  申报日期：${d.X('date', rdate(2024, 2025))}`];
  return [...H, tbl(c.h, rows, st), ...F].join('\n');
};

K.housing_fund = (d) => {
  const co = company(), n = rowsN(), ps = people(n), st = pick(STYLES), lk = ch(0.4);
  const c = cols([
    [['序号'], (p, i) => String(i + 1)],
    [['个人公积金账号', '个人账号', '职工账号'], () => d.X('housing_fund_account', sn(() => String(ri(1, 9)) + digits(ri(11, 14))))],
    [['姓名', '职工姓名'], (p) => d.name(p)],
    [['证件号码', '身份证号'], (p) => d.id(p.id)],
    [['缴存基数', '月工资基数'], () => amt(ri(2300, 36000), ch(0.4))],
    [['单位比例'], () => pick(['12%', '8%', '5%', '7%'])],
    [['个人比例'], () => pick(['12%', '8%', '5%', '7%']), 0.7],
    [['月缴存额'], () => amt(ri(200, 8000)), 0.8],
    [['变更类型', '业务类型'], () => pick(['开户', '启封', '封存', '基数调整', '转入', '转出'])],
    [['联名卡号', '公积金联名卡'], (p) => d.card(p.card), lk ? 1 : 0],
    [['手机号'], (p) => d.mob(p.mobile), 0.4],
  ]);
  const rows = ps.map((p, i) => c.fns.map((f) => f(p, i)));
  return [`${pick(['住房公积金汇缴变更清单', '住房公积金缴存人员增减变动表', '公积金开户/封存名单'])}  ${ym()}`,
    `单位公积金账号：${d.X('employer_hf_account', sn(() => String(ri(1, 9)) + digits(ri(9, 13))))}  单位名称：${d.co(co)}`,
    tbl(c.h, rows, st), `${pick(['单位经办人', '经办人'])}：${d.name(genName())}  ${pick(['咨询热线', '服务热线'])}：${d.X('service_number', pick(['12329', '96116', '12329']))}`].join('\n');
};

K.iit = (d) => {
  const co = company(), n = rowsN(), ps = people(n), variant = ri(0, 1), st = pick(['csv', 'tsv', 'aligned', 'csv']);
  const idcell = (p) => {
    const r = R();
    if (r < 0.05) { const pp = pick(['E', 'E']) + (ch(0.5) ? digits(8) : pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')) + digits(7)); return ['中国护照', d.E('cn_passport', pp)]; }
    if (r < 0.08) { return ['港澳居民来往内地通行证', d.D('cn_passport', pick(['H', 'M']) + digits(ch(0.5) ? 8 : 10))]; }
    if (r < 0.11) { const v = genId(1970, 2000, ch(0.1), pick(['810000', '820000', '830000'])); return ['港澳台居民居住证', d.D('cn_resident_id', v)]; }
    return ['居民身份证', d.id(p.id)];
  };
  let h, rows;
  if (variant === 0) {
    h = ['工号', '*姓名', '*证件类型', '*证件号码', '所得项目', '*本期收入', '本期费用', '本期免税收入', '本期基本养老保险费', '本期基本医疗保险费', '本期失业保险费', '本期住房公积金', '累计子女教育', '累计赡养老人', '应扣缴税额', '备注'];
    rows = ps.map((p) => { const t = salaryCalc(); const [tp, no] = idcell(p); return [d.X('employee_no', empNo(2)), d.name(p), tp, no, pick(['正常工资薪金所得', '正常工资薪金所得', '全年一次性奖金收入', '劳务报酬所得（一般劳务）']), amt(t.gross, false), '0.00', '0.00', amt(t.pen, false), amt(t.med, false), amt(t.une, false), amt(t.hf, false), pick(['0.00', '1000.00', '2000.00']), pick(['0.00', '1000.00', '3000.00']), amt(t.tax, false), ''] ; });
  } else {
    h = ['工号', '*姓名', '*证件类型', '*证件号码', '*国籍(地区)', '*性别', '*人员状态', '*任职受雇从业类型', '手机号码', '任职受雇从业日期', '开户银行', '银行账号', '电子邮箱'];
    rows = ps.map((p) => { const [tp, no] = idcell(p); return [d.X('employee_no', empNo(2)), d.name(p), tp, no, '中国', p.sex, '正常', pick(['雇员', '雇员', '其他']), d.mob(p.mobile, 'p'), d.X('date', rdate(2015, 2024)), ch(0.7) ? d.X('bank_name', p.bank.n) : '', ch(0.7) ? d.card(p.card, { style: 'p' }) : '', ch(0.5) ? d.mail(p) : '']; });
  }
  return [`${variant ? '人员信息采集' : '综合所得预扣预缴申报'}导出 — 扣缴义务人：${d.co(co)}`,
    `纳税人识别号：${d.E('cn_uscc', co.uscc)}  税款所属期：${d.X('period', `${pick([2024, 2025])}-${pad(ri(1, 12), 2)}`)}  主管税务机关：${d.X('org_name', `国家税务总局${pick(CITY)}市${pick(['第一', '第二', '西湖区', '金水区'])}税务局`)}`,
    tbl(h, rows, st)].join('\n');
};

K.reimburse = (d) => {
  const co = company(), n = rowsN(), ps = people(Math.min(n, 40)), st = pick(STYLES), wantMail = ch(0.3);
  const appr = genName(), rows = [];
  for (let i = 0; i < n; i++) {
    const p = ps[i % ps.length], vendor = ch(0.15);
    const r = [d.X('voucher_no', pick(['BX', 'FY', 'CL']) + serial(ri(11, 13))), d.name(p), d.X('department', pick(DEPTS)), pick(['差旅费', '交通费', '业务招待费', '办公用品', '培训费', '通讯费']), amt(ri(30, 20000) + ri(0, 99) / 100)];
    r.push(d.X('invoice_no', digits(8)), ch(0.6) ? d.X('invoice_code', '0' + pick(INV_REG) + pick(['19', '20', '21', '22']) + digits(5)) : d.X('invoice_no_20', '24' + digits(18)));
    if (vendor) { const vc = company(); r.push(d.co(vc), d.corp(vc.acct), d.br(vc.bank)); }
    else r.push(d.name(p), d.card(p.card), ch(0.5) ? d.br(p.bank) : d.X('bank_name', p.bank.n));
    if (wantMail) r.push(d.mail(p, ch(0.5) ? co.dom : null));
    rows.push(r);
  }
  const h = ['报销单号', pick(['报销人', '申请人', '经办人']), '部门', '费用类型', '金额', '发票号码', '发票代码', pick(['收款人', '收款户名', '收款方']), pick(['收款账号', '收款卡号', '银行账号']), pick(['开户行', '收款银行'])];
  if (wantMail) h.push(pick(['邮箱', '通知邮箱']));
  return [`${d.co(co)} ${pick(['费用报销付款清单', '报销汇总表', '待付款报销单明细'])}（${ym()}）`, tbl(h, rows, st),
    `审批人：${d.name(appr)}  出纳：${d.name(genName())}  付款账户：${d.corp(co.acct)}`].join('\n');
};

K.advance = (d) => {
  const co = company(), n = rowsN(), ps = people(n), st = pick(STYLES);
  const c = cols([
    [['序号'], (p, i) => String(i + 1)],
    [['借款单号', '单据编号'], () => d.X('voucher_no', 'JK' + serial(ri(12, 14)))],
    [['借款人', '申请人'], (p) => d.name(p)],
    [['部门'], () => d.X('department', pick(DEPTS)), 0.7],
    [['借款事由', '用途'], () => (ch(0.15) ? d.X('surname_trap', '方案评审费') : pick(['出差备用金', '项目备用金', '采购预付', '个人借款', '展会押金']))],
    [['借款金额'], () => amt(ri(5, 500) * 100)],
    [['借款日期'], () => d.X('date', rdate(2024, 2024)), 0.7],
    [['预计还款日'], () => d.X('date', rdate(2024, 2025)), 0.5],
    [['收款账号', '收款卡号'], (p) => d.card(p.card)],
    [['开户行'], (p) => d.br(p.bank), 0.6],
    [['行号'], (p) => d.X('cnaps_code', cnaps(p.bank)), 0.3],
    [['联系电话', '手机'], (p) => d.mob(p.mobile), 0.5],
    [['身份证号'], (p) => d.id(p.id), 0.3],
    [['状态'], () => pick(['未还', '已还', '部分归还', '核销中'])],
  ]);
  const rows = ps.map((p, i) => c.fns.map((f) => f(p, i)));
  return [`${d.co(co)}${pick(['员工借款台账', '备用金借款明细', '借款申请汇总'])}`, tbl(c.h, rows, st), `制表：${d.name(genName())}  截至：${d.X('date', rdate(2024, 2025))}`].join('\n');
};

function cpty(d, personsOk = true) {
  const r = personsOk ? R() : R() * 0.6;
  if (r < 0.45) { const c = company(); return [d.co(c), d.corp(c.acct), d.br(c.bank)]; }
  if (r < 0.6) { const x = pick([['财付通支付科技有限公司', '243300133'], ['支付宝（中国）网络技术有限公司', '215500690'], ['网联清算有限公司', sn(() => '1100' + digits(10))], ['银联无卡快捷', '']]); return [d.X('company_name', x[0]), x[1] ? d.X('platform_account', x[1]) : '', '']; }
  const p = person();
  if (r < 0.7) return [d.name(p), d.maskCard(p.card), d.X('bank_name', p.bank.n)];
  return [d.name(p), d.card(p.card, { style: ch(0.85) ? 'p' : 's' }), ch(0.5) ? d.br(p.bank) : d.X('bank_name', p.bank.n)];
}
const SUMM = ['转账', '网银转出', '手机银行转账', '跨行汇款', '快捷支付', '消费', 'ATM取款', '利息', '还款', '微信零钱提现', '代发工资', '工资', '转账存入', '退款'];
K.statement_person = (d) => {
  const p = person(), bank = p.bank, n = ri(12, 80), st = pick(['aligned', 'csv', 'tsv', 'spipe']), L = [];
  const emp = company();
  L.push(`${bank.n}${pick(['个人活期账户交易明细', '账户交易流水', '借记卡交易明细清单'])}`);
  L.push(`户名：${d.name(p)}   ${pick(['账号/卡号', '卡号', '账号'])}：${d.card(p.card)}   币种：人民币  钞汇：钞`);
  if (ch(0.5)) L.push(`证件号码：${ch(0.5) ? d.id(p.id) : d.maskId(p.id)}`);
  L.push(`起始日期：${d.X('date', '2024-01-01')}  终止日期：${d.X('date', rdate(2024, 2024))}  打印流水号：${d.X('txn_serial', serial(ri(18, 24)))}  验证码：${d.X('verify_code', digits(4) + pick('ABCDEF'.split('')) + digits(3))}`);
  let bal = ri(1000, 200000) / 1;
  const rows = [], dates = Array.from({ length: n }, () => rdate(2024, 2024)).sort(), dsep = pick(['-', '', '/']);
  for (let i = 0; i < n; i++) {
    const sm = pick(SUMM), sign = /工资|存入|利息|退款/.test(sm) ? 1 : -1, a = r2(ri(1, 30000) + ri(0, 99) / 100); bal = r2(bal + sign * a);
    const cp = /工资/.test(sm) ? [d.co(emp), d.corp(emp.acct), d.br(emp.bank)] : /ATM|利息/.test(sm) ? ['', '', ''] : cpty(d, p);
    rows.push([d.X('date', dates[i].replace(/-/g, dsep)), `${pad(ri(0, 23), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`, sm, (sign > 0 ? '+' : '-') + amt(a), amt(bal), ...cp, d.X('txn_serial', serial(ri(16, 24)))]);
  }
  L.push(tbl(['交易日期', '交易时间', '摘要', '交易金额', '账户余额', '对方户名', '对方账号', '对方开户行', pick(['流水号', '交易流水号', '交易参考号'])], rows, st));
  if (ch(0.5)) L.push(`温馨提示：本流水仅供${p.name}本人${pick(['办理贷款', '签证', '租房'])}使用。客服热线 ${d.X('service_number', pick(['95588', '95599', '95566', '95533', '95555', '95559']))}`);
  return L.join('\n');
};
K.statement_corp = (d) => {
  const co = company(), n = ri(15, 70), st = pick(['aligned', 'csv', 'tsv']), L = [];
  L.push(`${co.bank.n}${pick(['对公账户交易明细', '单位账户对账单', '企业网银交易明细查询'])}`);
  L.push(`账户名称：${d.co(co)}  账号：${d.corp(co.acct)}  开户行：${d.br(co.bank)}`);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const r = R(); let sm, cp;
    if (r < 0.2) { sm = `代发工资 批次${d.X('batch_no', serial(14))}`; cp = [d.co(co), d.corp(co.acct), '']; }
    else if (r < 0.4) { const p = person(); sm = pick(['报销款', '差旅费报销', '备用金', '劳务费', '退押金']); cp = [d.name(p), d.card(p.card, { style: 'p' }), d.X('bank_name', p.bank.n)]; }
    else if (r < 0.5) { sm = pick(['社保费', '公积金汇缴', '税款']); cp = [d.X('org_name', pick([`${pick(CITY)}市社会保险基金管理服务中心`, `国家金库${pick(CITY)}市中心支库`, `${pick(CITY)}住房公积金管理中心`])), d.corp(corpAcct()), '']; }
    else if (r < 0.55) { const p = person(); sm = '个体户货款'; cp = [d.X('company_name', `${pick(CITY)}市${p.name.slice(0, 1)}记${pick(['五金', '建材', '餐饮'])}店`), d.D('bank_card', p.card), d.X('bank_name', p.bank.n)]; }
    else { sm = ch(0.15) ? d.X('surname_trap', '付款') : pick(['货款', '服务费', '房租', '设备款', '往来款']); cp = cpty(d, false); }
    rows.push([d.X('date', rdate(2024, 2024)), d.X('voucher_no', sn(() => pick(['', 'ZZ', 'DF']) + digits(ri(10, 16)))), sm, ...cp, ch(0.5) ? amt(ri(100, 900000) / 1) : '', ch(0.5) ? amt(ri(100, 900000)) : '', amt(ri(10000, 9000000))]);
  }
  L.push(tbl(['交易日期', '凭证号', '摘要', '对方户名', '对方账号', '对方开户行', '借方发生额', '贷方发生额', '余额'], rows, st));
  return L.join('\n');
};

K.collection = (d) => {
  const n = rowsN(), ps = people(n, { y1: 1965, y2: 2000 }), masked = ch(0.25), st = pick(STYLES), agents = people(ri(1, 4));
  const org = pick(['消费金融', '小额贷款', '信用卡中心', '网络小贷']), rel = ['配偶', '父亲', '母亲', '同事', '朋友', '兄弟', '姐妹'];
  const c = cols([
    [['序号'], (p, i) => String(i + 1)],
    [['合同编号', '借据号', '案件编号'], () => d.X('contract_no', pick(['HT', 'XF', 'CS', '']) + serial(ri(12, 16)))],
    [['客户姓名', '借款人', '姓名'], (p) => d.name(p)],
    [['身份证号', '证件号码'], (p) => (masked ? d.maskId(p.id) : d.id(p.id))],
    [['手机号', '本人电话', '注册手机'], (p) => (masked ? d.maskMob(p.mobile) : d.mob(p.mobile))],
    [['逾期天数'], () => String(ri(1, 720))],
    [['账龄'], () => pick(['M1', 'M2', 'M3', 'M4+', 'M6+']), 0.6],
    [['放款日期', '借款日期'], () => d.X('date', rdate(2021, 2024)), 0.7],
    [['最近还款日', '上次还款日期'], () => d.X('date', rdate(2023, 2024)), 0.5],
    [['产品', '产品名称'], () => d.X('product_name', pick(['随借随还', '信用贷', '分期乐享', '工薪贷', '周转金'])), 0.5],
    [['逾期本金'], () => amt(ri(500, 150000))],
    [['罚息', '逾期利息'], () => amt(ri(10, 9000)), 0.6],
    [['应还总额', '欠款总额'], () => amt(ri(600, 180000))],
    [['还款卡号', '扣款账号'], (p) => (ch(0.4) ? d.tail(p.card) : d.card(p.card)), 0.7],
    [['联系人', '紧急联系人', '联系人1'], (p) => { const q = person(); p.c = q; return `${d.name(q)}（${pick(rel)}）`; }],
    [['联系人电话', '紧急联系人电话'], (p) => (masked ? d.maskMob(p.c.mobile) : d.mob(p.c.mobile))],
    [['催收员', '跟进人', '处理人'], () => d.name(pick(agents))],
    [['跟进记录', '备注'], () => (ch(0.2) ? `客户称${d.X('surname_trap', pick(['周五', '周一', '周末']))}发工资后还款` : pick(['', '承诺还款', '失联', '空号', '家属代还', '协商分期']))],
  ], false);
  const rows = ps.map((p, i) => c.fns.map((f) => f(p, i)));
  return [`${pick(CITY)}${pick(['某', '恒信', '宏达'])}${org}${pick(['逾期客户催收分配表', '委外催收案件清单', '贷后催收名单'])}（${d.X('date', rdate(2024, 2025))}）`,
    masked ? '（委外版，证件及电话已脱敏）' : '内部资料，严禁外传', tbl(c.h, rows, st)].join('\n');
};

K.loan = (d) => {
  const bank = pickBank(), n = rowsN(), st = pick(STYLES), mgrs = people(ri(1, 3)), rows = [];
  for (let i = 0; i < n; i++) {
    const corpRow = ch(0.15);
    const r = [String(i + 1), d.X('loan_receipt_no', sn(() => pick(['JJ', 'DK', '']) + digits(ri(14, 18))))];
    if (corpRow) { const c = company(); r.push(d.co(c), '统一社会信用代码', d.E('cn_uscc', c.uscc), pick(['小微企业流动资金贷款', '经营贷']), amt(ri(10, 500) * 10000), d.corp(c.acct), ch(0.5) ? d.D('cn_landline', fmtLand(genLandline())) : ''); }
    else { const p = person(); r.push(d.name(p), '居民身份证', d.id(p.id), pick(['个人住房贷款', '个人消费贷款', '个人经营性贷款', '公积金组合贷']), amt(ri(5, 300) * 10000), d.card(p.card, { style: 'p' }), d.mob(p.mobile)); }
    r.push(amt(ri(1, 280) * 10000 + ri(0, 9999)), d.X('date', rdate(2016, 2024)), d.X('date', rdate(2025, 2054)), pick(['3.45%', '3.95%', '4.20%', '3.10%', 'LPR+30BP']), pick(['正常', '正常', '正常', '关注', '次级']), d.name(pick(mgrs)));
    rows.push(r);
  }
  return [`${d.X('bank_name', bank.n)}${pick(PLACES)}支行${pick(['个人贷款客户清单', '存量贷款客户明细', '贷款到期提醒名单'])}`,
    tbl(['序号', pick(['借据号', '贷款账号']), pick(['客户名称', '借款人']), '证件类型', '证件号码', '贷款品种', '贷款金额', pick(['还款账号', '扣款卡号']), '联系电话', '贷款余额', '发放日', '到期日', '执行利率', '五级分类', '客户经理'], rows, st)].join('\n');
};

K.wealth = (d) => {
  const bank = pickBank(), n = rowsN(), ps = people(n, { y1: 1950, y2: 1995 }), st = pick(STYLES), mgrs = people(ri(1, 4)), wantMail = ch(0.6);
  const prods = ['乾元-周周利开放式净值型理财', '朝朝宝', '颐享安鑫一年持有', '天天利', '季季红90天', '安盈象固收稳利', '招睿金葵花', '周末理财（7天）'];
  const c = cols([
    [['客户号', '客户编号', '核心客户号'], () => d.X('customer_no', sn(() => String(ri(1, 9)) + digits(ri(8, 11))))],
    [['客户姓名', '姓名'], (p) => d.name(p)],
    [['性别'], (p) => p.sex, 0.4],
    [['证件号码', '身份证号'], (p) => d.id(p.id), 0.8],
    [['手机号码', '联系电话'], (p) => d.mob(p.mobile)],
    [['客户等级'], () => pick(['金卡', '白金', '钻石', '私行', '财富'])],
    [['AUM(万元)', '金融资产(万元)', '月日均(万元)'], () => (ri(50, 9000) / 10).toFixed(2)],
    [['持有产品', '主要产品'], () => d.X('product_name', pick(prods)), 0.8],
    [['风险评级', '风险等级'], () => pick(['C1', 'C2', 'C3', 'C4', 'C5']), 0.6],
    [['到期日'], () => d.X('date', rdate(2024, 2026)), 0.5],
    [['邮箱', '电子邮箱'], (p) => d.mail(p), wantMail ? 1 : 0],
    [['客户经理', '管户经理'], () => d.name(pick(mgrs))],
    [['归属网点', '开户网点'], () => d.X('bank_branch', `${bank.n}${pick(PLACES)}支行`), 0.4],
    [['签约日期', '购买日期'], () => d.X('date', rdate(2022, 2024)), 0.5],
    [['借记卡号', '主卡号'], (p) => d.card(p.card), 0.4],
  ]);
  const rows = ps.map((p, i) => c.fns.map((f) => f(p, i)));
  return [`${d.X('bank_name', bank.n)}${pick(PLACES)}支行 ${pick(['理财到期客户名单', '财富客户维护清单', '高净值客户名单（内部）', '存款流失预警客户'])}`, tbl(c.h, rows, st),
    ch(0.5) ? `请各客户经理于${d.X('date', rdate(2024, 2025))}前完成回访，联系不上的标注“${d.X('surname_trap', pick(['失联', '时间待定', '常规回访']))}”。` : ''].join('\n').trim();
};

K.bonus = (d, idx) => {
  const co = company(), n = rowsN(), ps = people(n), st = pick(STYLES), es = ri(0, 3), excel = idx % 5 === 3 ? 'float' : null;
  const c = cols([
    [['序号'], (p, i) => String(i + 1)],
    [['工号'], () => d.X('employee_no', empNo(es)), 0.7],
    [['姓名'], (p) => d.name(p, st === 'aligned' && ch(0.3))],
    [['部门'], () => d.X('department', pick(DEPTS)), 0.7],
    [['岗位'], () => d.X('job_title', pick(JOBS)), 0.4],
    [['身份证号码', '证件号码'], (p) => d.id(p.id, { excel }), 0.7],
    [['年终奖金额', '全年一次性奖金', '年终奖（元）'], (p) => { p.b = ri(10, 800) * 100; return amt(p.b); }],
    [['计税方式'], () => pick(['单独计税', '并入综合所得']), 0.6],
    [['适用税率'], (p) => (p.b <= 36000 ? '3%' : p.b <= 144000 ? '10%' : '20%'), 0.6],
    [['应扣个税', '代扣税款'], (p) => amt(p.b <= 36000 ? p.b * 0.03 : p.b <= 144000 ? p.b * 0.1 - 210 : p.b * 0.2 - 1410)],
    [['实发金额'], (p) => amt(p.b - (p.b <= 36000 ? p.b * 0.03 : p.b <= 144000 ? p.b * 0.1 - 210 : p.b * 0.2 - 1410))],
    [['工资卡号', '银行卡号'], (p) => d.card(p.card, { excel })],
    [['手机'], (p) => d.mob(p.mobile), 0.2],
  ], false);
  const rows = ps.map((p, i) => c.fns.map((f) => f(p, i)));
  if (ch(0.6)) rows.push(c.h.map((h, j) => (j === 0 ? '合计' : '')));
  return [`${d.co(co)}${pick([2023, 2024])}年度${pick(['年终奖发放表', '年终绩效奖金发放明细', '13薪及年终奖'])}`, tbl(c.h, rows, st),
    `批准：${d.name(genName())}  制表：${d.name(genName())}  发放日期：${d.X('date', rdate(2024, 2025))}`].join('\n');
};

K.labor_fee = (d) => {
  const n = rowsN(), ps = people(n, { y1: 1955, y2: 1998 }), st = pick(STYLES), wantMail = ch(0.35);
  for (const p of ps) p.f = ri(5, 200) * 100;
  const units = ['浙江大学', '南京大学', '郑州大学', '四川大学', '武汉理工大学', '省人民医院', '市第一中学', '省建筑设计研究院', '自由职业'];
  const c = cols([
    [['序号'], (p, i) => String(i + 1)],
    [['姓名', '领款人'], (p) => d.name(p)],
    [['工作单位', '单位'], () => d.X('org_name', pick(units)), 0.7],
    [['身份证号', '身份证号码'], (p) => d.id(p.id)],
    [['手机号', '联系电话'], (p) => d.mob(p.mobile), 0.8],
    [['银行卡号', '收款账号'], (p) => d.card(p.card)],
    [['开户行（具体到支行）', '开户行'], (p) => d.br(p.bank)],
    [['开户行行号', '联行号'], (p) => d.X('cnaps_code', cnaps(p.bank)), 0.6],
    [['职称'], () => d.X('job_title', pick(['教授', '副教授', '高级工程师', '副主任医师', '讲师', '高级会计师'])), 0.4],
    [['劳务内容'], () => pick(['专家评审费', '讲课费', '咨询费', '监考费', '翻译费', '设计费'])],
    [['应发金额', '税前金额'], (p) => amt(p.f)],
    [['代扣个税'], (p) => amt(p.f <= 800 ? 0 : p.f <= 4000 ? (p.f - 800) * 0.2 : p.f * 0.8 * 0.2)],
    [['邮箱'], (p) => d.mail(p), wantMail ? 1 : 0],
    [['领款人签字'], () => '', 0.5],
  ]);
  const rows = ps.map((p, i) => c.fns.map((f) => f(p, i)));
  return [`${pick(['劳务费发放表', '专家咨询费领取登记表', '临时用工劳务报酬发放明细'])}`, `项目名称：${pick(['2024年度科研项目结题评审', '职称评审会', '期末考试监考', '展会临时用工'])}  项目编号：${d.X('project_no', `${pick([2024, 2025])}-${pick(['KJ', 'PS', 'JX'])}-${pad(ri(1, 999), 4)}`)}`,
    tbl(c.h, rows, st), `经办人：${d.name(genName())}  ${pick(['负责人', '项目负责人'])}：${d.name(genName())}`].join('\n');
};

K.migrant = (d) => {
  const co = company(), sub = company(), n = rowsN(), ps = people(n, { y1: 1962, y2: 2004, minor: 0.06 }), st = pick(STYLES.filter((s) => s !== 'kv'));
  const teams = ['钢筋班', '木工班', '泥工班', '架子工班', '水电班', '杂工班'].map((t) => ({ t, lead: genName() }));
  const c = cols([
    [['序号'], (p, i) => String(i + 1)],
    [['班组'], (p) => d.X('team_name', (p.tm = pick(teams)).t)],
    [['姓名'], (p) => d.name(p, st === 'aligned' && ch(0.3))],
    [['身份证号码', '身份证号'], (p) => d.id(p.id)],
    [['工种'], () => d.X('job_title', pick(['钢筋工', '木工', '瓦工', '架子工', '电工', '普工']))],
    [['进场日期'], () => d.X('date', rdate(2023, 2024)), 0.8],
    [['考勤卡号', '实名制编号'], () => d.X('attendance_no', sn(() => pick(['', 'KQ', 'SM']) + digits(ri(8, 12)))), 0.75],
    [['出勤天数'], (p) => String((p.days = ri(5, 31)))],
    [['日工资'], (p) => String((p.rate = pick([260, 280, 300, 350, 380, 420])))],
    [['应发工资'], (p) => amt(p.days * p.rate)],
    [['实发工资'], (p) => amt(p.days * p.rate - (ch(0.2) ? pick([100, 200, 500]) : 0))],
    [['银行卡号', '工资卡号', '社保卡银行账号'], (p) => d.card(p.card)],
    [['手机号码', '联系电话'], (p) => d.mob(p.mobile), 0.7],
    [['本人签字'], () => '', 0.5],
  ], false);
  const rows = ps.map((p, i) => c.fns.map((f) => f(p, i)));
  const used = [...new Set(ps.map((p) => p.tm))];
  return [`农民工工资发放表（${ym()}）`,
    `项目名称：${pick(CITY)}${pick(['棚户区改造项目', '人民医院门诊楼工程', '地铁5号线土建', '安置房三期', '高新区标准厂房'])}${ri(1, 9)}标段`,
    `施工总承包单位：${d.co(co)}（统一社会信用代码：${d.E('cn_uscc', co.uscc)}）  劳务分包单位：${d.co(sub)}`,
    `农民工工资专用账户：${d.corp(co.acct)}  开户行：${d.br(co.bank)}`,
    tbl(c.h, rows, st),
    `班组长：${used.map((t) => `${t.t} ${d.name(t.lead)}`).join('；')}`,
    `劳资专管员：${d.name(genName())} ${d.mob(genMobile())}  ${pick(['项目经理', '项目负责人'])}：${d.name(genName())}`].join('\n');
};

K.scholarship = (d) => {
  const n = rowsN(), ps = people(n, { y1: 2000, y2: 2006, minor: 0.04 }), pub = ch(0.3), st = pick(STYLES);
  const uni = pick(['浙江', '河南', '四川', '湖北', '江苏', '陕西']) + pick(['理工大学', '师范大学', '财经学院', '职业技术学院', '医科大学']);
  for (const p of ps) p.sno = `${pick([2021, 2022, 2023])}${pad(ri(1, 30), 2)}${pad(ri(1, 40), 2)}${pad(ri(1, 45), 2)}`;
  const sdom = pick(['stu.zjut.edu.cn', 'mail.hnu.edu.cn', 'stu.scu.edu.cn', 'whut.edu.cn']);
  const aw = pick([['国家助学金', ['一等 4400', '二等 3300', '三等 2200']], ['国家励志奖学金', ['5000']], ['校长奖学金', ['8000']], ['国家奖学金', ['8000']]]);
  const c = cols([
    [['序号'], (p, i) => String(i + 1)],
    [['学号'], (p) => d.X('student_no', p.sno)],
    [['姓名'], (p) => d.name(p)],
    [['学院'], () => d.X('org_name', pick(['计算机学院', '经济管理学院', '外国语学院', '机械工程学院', '医学院']))],
    [['班级'], () => d.X('class_name', pick(['会计', '软件', '临床', '英语', '机械']) + pick(['2101', '2202', '2303', '2104']))],
    [['身份证号'], (p) => (pub ? d.maskId(p.id) : d.id(p.id))],
    [['银行卡号', '建行卡号', '中国银行卡号'], (p) => d.card(p.card), pub ? 0 : 1],
    [['手机'], (p) => d.mob(p.mobile), pub ? 0 : 0.7],
    [['邮箱', '学生邮箱'], (p) => { const e = ch(0.5) ? { raw: `${p.sno}@${sdom}` } : null; if (e) p.email = e; return d.mail(p); }, pub ? 0 : 0.5],
    [['资助等级', '金额（元）'], () => pick(aw[1])],
  ]);
  const rows = ps.map((p, i) => c.fns.map((f) => f(p, i)));
  return [`${uni}${pick(['2023-2024', '2024-2025'])}学年${aw[0]}${pub ? '拟资助名单公示' : '发放名单'}`, tbl(c.h, rows, st),
    pub ? `公示期：5个工作日。如有异议请联系学生资助管理中心，电话 ${d.D('cn_landline', fmtLand(genLandline()))}，邮箱 ${d.D('email', 'xszz@' + sdom.replace(/^(stu|mail)\./, ''))}` : `经办人：${d.name(genName())}  审核：${d.name(genName())}`].join('\n');
};

K.claims = (d) => {
  const n = rowsN(), st = pick(STYLES), adj = people(ri(1, 3)), rows = [];
  const ins = pick(['人寿保险', '财产保险', '健康保险', '太平洋保险']) + pick(['股份有限公司', '']) + pick(CITY) + '分公司';
  for (let i = 0; i < n; i++) {
    const p = person({ y1: 1950, y2: 2015 }), child = +p.id.slice(6, 10) > 2006, payee = child || ch(0.15) ? person({ y1: 1965, y2: 1990 }) : p;
    rows.push([String(i + 1), d.X('claim_no', sn(() => pick(['RC', 'CL', '9']) + serial(ri(14, 18)))), d.X('policy_no', sn(() => pick(['P', '8', '2']) + digits(ri(16, 21)))), pick(['意外伤害', '住院医疗', '重大疾病', '门诊医疗', '意外医疗']),
      d.name(p), d.id(p.id), payee === p ? '本人' : pick(['父亲', '母亲', '配偶', '监护人']), payee === p ? p.name : d.name(payee), d.card(payee.card), d.br(payee.bank), amt(ri(100, 300000) + ri(0, 99) / 100), d.X('date', rdate(2023, 2024)), d.X('date', rdate(2024, 2025)), d.mob(payee.mobile), d.name(pick(adj))]);
  }
  return [`${d.X('company_name', ins)} ${pick(['理赔支付清单', '赔款支付明细', '结案赔付清单'])}`,
    tbl(['序号', '赔案号', '保单号', '险种', '被保险人', '证件号码', '领款人关系', '领款人', '领款账号', '开户行', '赔付金额', '出险日期', '结案日期', '联系电话', '理赔员'], rows, st)].join('\n');
};

K.voucher = (d) => {
  const co = company(), nV = ri(1, 4), out = [];
  for (let v = 0; v < nV; v++) {
    const ne = ri(1, 8), lines = [], no = `${pick(['记', '付', '收', '转'])}-${pad(ri(1, 999), 4)}`, date = rdate(2024, 2025);
    if (ch(0.5)) {
      lines.push(`记账凭证`, `${d.co(co)}    凭证字号：${d.X('voucher_no', no)}    日期：${d.X('date', date)}    附单据 ${ri(1, 9)} 张`);
      lines.push(padDW('摘要', 44) + padDW('会计科目', 30) + padDW('借方金额', 14, true) + padDW('贷方金额', 14, true));
      for (let e = 0; e < ne; e++) {
        const p = person(), a = amt(ri(100, 90000)), r = R(); let sm, sub;
        if (r < 0.35) { sm = `报销${d.name(p)}${pick(['出差费', '差旅费', '招待费'])}`; sub = pick(['管理费用—差旅费', '销售费用—业务招待费']); }
        else if (r < 0.55) { sm = `付${d.name(p)}借款 ${d.card(p.card, { style: 'p' })}`; sub = `其他应收款—${p.name}`; }
        else if (r < 0.7) { sm = `计提${ri(1, 12)}月工资`; sub = '应付职工薪酬—工资'; }
        else if (r < 0.85) { sm = `支付${d.co(company())}货款`; sub = '应付账款'; }
        else { sm = `代扣个税 ${d.X('surname_trap', pick(['金额', '明细']))}见附表`; sub = '应交税费—应交个人所得税'; }
        lines.push(padDW(sm, 44) + padDW(sub, 30) + padDW(a, 14, true));
        if (ch(0.7)) lines.push(padDW('', 44) + padDW(`银行存款—${co.bank.s}`, 30) + padDW('', 14) + padDW(a, 14, true));
      }
      lines.push(`合计：${pick(['', '人民币'])}${amt(ri(1000, 900000))}`);
      lines.push(`会计主管：${d.name(genName())}  记账：${d.name(genName())}  出纳：${d.name(genName())}  制单：${d.name(genName())}`);
    } else {
      lines.push('凭证日期,凭证字号,分录号,摘要,科目编码,科目名称,辅助核算,借方金额,贷方金额,制单人');
      const mk = genName();
      for (let e = 0; e < ne; e++) {
        const p = person(), a = amt(ri(100, 50000), false), [code, cname] = pick([['122101', '其他应收款'], ['660201', '管理费用'], ['221101', '应付职工薪酬'], ['100201', '银行存款'], ['224101', '其他应付款']]);
        const aux = ch(0.7) ? `职员:${d.name(p)}` : `供应商:${d.co(company())}`;
        lines.push([d.X('date', date), d.X('voucher_no', no), e + 1, pick(['备用金借款', '差旅费报销', '代垫款', '工资调整', '员工借款归还']) + (ch(0.3) ? ` 卡号${d.card(p.card, { style: 'p' })}` : ''), d.X('account_code', code), cname, aux, a, '', d.name(mk)].map(String).map(csvq).join(','));
      }
    }
    out.push(lines.join('\n'));
  }
  return out.join('\n\n');
};

K.roster = (d) => {
  const co = company(), n = rowsN(), ps = people(n, { y1: 1965, y2: 2004 }), st = pick(STYLES), es = ri(0, 3), work = ch(0.5), ec = ch(0.7) ? 1 : 0;
  const rel = ['配偶', '父亲', '母亲', '丈夫', '妻子', '兄', '姐', '朋友'];
  const c = cols([
    [['工号', '员工编号'], () => d.X('employee_no', empNo(es))],
    [['姓名', '员工姓名'], (p) => d.name(p, st === 'aligned' && ch(0.3))],
    [['性别'], (p) => p.sex, 0.8],
    [['部门'], () => d.X('department', pick(DEPTS))],
    [['岗位', '职务'], () => d.X('job_title', pick(JOBS))],
    [['合同到期日', '合同截止日期'], () => d.X('date', rdate(2024, 2028)), 0.5],
    [['转正日期'], () => d.X('date', rdate(2010, 2024)), 0.35],
    [['入职日期', '入职时间'], () => d.X('date', rdate(2010, 2024, pick(['-', '/', '.'])))],
    [['身份证号', '身份证号码'], (p) => d.id(p.id)],
    [['手机', '手机号码', '联系方式'], (p) => d.mob(p.mobile)],
    [['邮箱', '个人邮箱', '工作邮箱'], (p) => d.mail(p, work ? co.dom : null), 0.85],
    [['工资卡号'], (p) => d.card(p.card), 0.3],
    [['门禁卡号', '工卡号'], () => d.X('access_card_no', pad(ri(1, 99999999), 10)), 0.3],
    [['紧急联系人'], (p) => { p.ec = person(); return d.name(p.ec); }, ec],
    [['关系'], () => pick(rel), ec * 0.7],
    [['紧急联系人电话', '紧急联系电话'], (p) => (p.ec ? d.mob(p.ec.mobile) : ''), ec],
    [['家庭电话'], () => (ch(0.3) ? d.E('cn_landline', fmtLand(genLandline())) : ''), 0.2],
  ], false);
  const rows = ps.map((p, i) => c.fns.map((f) => f(p, i)));
  return [`${d.co(co)} 员工花名册（${d.X('date', rdate(2024, 2025))}更新）`, `人事部邮箱：${d.D('email', 'hr@' + co.dom)}`, tbl(c.h, rows, st)].join('\n');
};

K.summary = (d) => {
  const co = company(), L = [];
  if (ch(0.5)) {
    L.push(`${d.co(co)} ${ym()}${pick(['部门工资汇总表', '薪酬成本汇总'])}`);
    const rows = shuffle(DEPTS).slice(0, ri(3, 12)).map((dp) => [d.X('department', dp), String(ri(3, 120)), amt(ri(20000, 900000)), amt(ri(2000, 90000)), amt(ri(1000, 60000)), amt(ri(20000, 800000))]);
    L.push(tbl(['部门', '人数', '应发合计', '社保公积金', '个税合计', '实发合计'], rows, pick(['aligned', 'csv', 'md'])));
    L.push(`付款账号：${d.corp(co.acct)}  开户行：${d.br(co.bank)}  ${d.X('surname_trap', pick(['余额', '付款', '高温补贴']))}另计`);
    L.push(`代发批次：${d.X('batch_no', serial(ri(16, 20)))}  时间戳：${d.X('timestamp_ms', String(ri(1700000000000, 1760000000000)))}`);
  } else {
    const other = company();
    L.push(`${co.bank.n}${pick(['电子回单', '网上银行电子回单', '业务回单（付款）'])}`);
    L.push(`回单编号：${d.X('receipt_no', sn(() => digits(ri(16, 22))))}    交易日期：${d.X('date', rdate(2024, 2025))}`);
    L.push(`付款人户名：${d.co(co)}`, `付款人账号：${d.corp(co.acct)}`, `付款人开户行：${d.br(co.bank)}`);
    L.push(`收款人户名：${d.co(other)}`, `收款人账号：${d.corp(other.acct)}`, `收款人开户行：${d.br(other.bank)}`);
    L.push(`金额：${amt(ri(1000, 2000000))}  用途：${pick(['服务费', '货款', '工程款', '代发工资备付金'])}  交易流水号：${d.X('txn_serial', serial(ri(20, 26)))}`);
    L.push(`时间戳：${d.X('timestamp', rdate(2024, 2025, '') + pad(ri(0, 23), 2) + pad(ri(0, 59), 2) + pad(ri(0, 59), 2))}  验证码：${d.X('verify_code', digits(6))}`);
    if (ch(0.5)) L.push(`经办：${d.name(genName())}`);
    if (ch(0.4)) L.push(`收款人统一社会信用代码：${d.E('cn_uscc', other.uscc)}`);
  }
  return L.join('\n');
};

// ================================================================ build
const PLAN = { salary: 16, payslip: 14, batch_fixed: 12, batch_pipe: 12, batch_csv: 13, social_sec: 13, housing_fund: 12, iit: 14, reimburse: 13, advance: 12, statement_person: 20, statement_corp: 19,
  collection: 14, loan: 13, wealth: 14, bonus: 12, labor_fee: 13, migrant: 14, scholarship: 13, claims: 12, voucher: 14, roster: 16, summary: 16 };
const docs = []; let dropped = 0;
for (const [kind, count] of Object.entries(PLAN)) {
  for (let i = 1; i <= count; i++) {
    const d = new Doc(kind); const text = K[kind](d, i);
    const ents = [...d.ent.values()], dcs = [...d.dc.values()].filter((x) => !d.ent.has(x.detector + '|' + x.value));
    const vals = [...ents, ...dcs].map((x) => x.value);
    const decoys = [...d.dec.values()].filter((x) => { const t = x.text.toLowerCase(); const bad = !x.text || vals.some((v) => t.includes(v.toLowerCase())); if (bad && x.text) { dropped++; if (process.env.SHOWDROP) console.error("dropped", x.text); } return !bad; });
    docs.push({ id: `payroll-${kind}-${i}`, kind, text, entities: ents, dontCare: dcs, decoys, _raws: d.raws });
  }
}

// ================================================================ self-check
const errs = [];
const CH = {
  cn_resident_id: /^\d{17}[\dX]$/, cn_mobile: /^1[3-9]\d{9}$/, cn_landline: /^0\d{9,11}$/, email: /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/,
  bank_card: /^\d{16,19}$/, cn_passport: /^[A-Z0-9]{8,11}$/, cn_uscc: /^[0-9A-HJ-NPQRTUWXY]{18}$/, person_name_zh: /^[\u4e00-\u9fa5·]{2,16}$/,
};
function validEntity(e) {
  const v = e.value;
  switch (e.detector) {
    case 'cn_resident_id': { const y = +v.slice(6, 10), m = +v.slice(10, 12), dd = +v.slice(12, 14); return idCheck(v) === v[17] && REGSET.has(v.slice(0, 6)) && y >= 1900 && y <= 2024 && m >= 1 && m <= 12 && dd >= 1 && dd <= daysIn(y, m); }
    case 'cn_mobile': return MPRE.includes(v.slice(0, 3));
    case 'bank_card': return luhnOk(v);
    case 'cn_uscc': return usccCheck(v.slice(0, 17)) === v[17] && orgCheck(v.slice(8, 16)) === v[16];
    case 'cn_landline': return AREAS.some(([a, n]) => v.startsWith(a) && v.length === a.length + n);
    case 'cn_passport': return /^E(\d{8}|[A-HJ-NP-Z]\d{7})$/.test(v);
    default: return true;
  }
}
for (const doc of docs) {
  const tag = doc.id;
  if (!doc.text || /undefined|NaN|\[object/.test(doc.text)) errs.push(`${tag}: bad text`);
  for (const [lab, arr] of [['entity', doc.entities], ['dontCare', doc.dontCare]]) for (const e of arr) {
    if (!CH[e.detector] || !CH[e.detector].test(e.value)) errs.push(`${tag}: ${lab} bad chars ${e.detector} ${e.value}`);
    if (lab === 'entity' && !validEntity(e)) errs.push(`${tag}: entity fails check ${e.detector} ${e.value}`);
    const rs = doc._raws.filter((r) => r.det === e.detector && r.v === e.value);
    if (!rs.length || !rs.some((r) => doc.text.includes(r.raw) && norm(r.det, r.raw) === e.value)) errs.push(`${tag}: raw form missing ${e.detector} ${e.value}`);
  }
  const ek = new Set(doc.entities.map((e) => e.detector + '|' + e.value));
  for (const x of doc.dontCare) if (ek.has(x.detector + '|' + x.value)) errs.push(`${tag}: entity/dontCare overlap ${x.value}`);
  if (ek.size !== doc.entities.length) errs.push(`${tag}: duplicate entity`);
  const allv = [...doc.entities, ...doc.dontCare].map((e) => e.value.toLowerCase());
  for (const x of doc.decoys) {
    if (!doc.text.includes(x.text)) errs.push(`${tag}: decoy text missing ${x.text}`);
    if (x.kind === 'invoice_code' ? !INV_REG.includes(x.text.slice(1, 5)) : !safeRuns(x.text)) errs.push(`${tag}: decoy has a personal-looking digit run ${x.text}`);
    const t = x.text.toLowerCase(), td = t.replace(/[\s-]/g, '');
    if (allv.some((v) => t.includes(v) || td.includes(v) || t === v)) errs.push(`${tag}: decoy contains labelled value ${x.text}`);
  }
}
const out = process.argv[2];
if (!out) { console.error('usage: node payroll.mjs OUT.jsonl'); process.exit(2); }
writeFileSync(out, docs.map(({ _raws, ...o }) => JSON.stringify(o)).join('\n') + '\n');
// summary
const perKind = {}, perDet = {}, perDc = {}, perDec = {}; let nE = 0, nD = 0, nX = 0;
for (const d of docs) {
  perKind[d.kind] = (perKind[d.kind] || 0) + 1;
  for (const e of d.entities) { perDet[e.detector] = (perDet[e.detector] || 0) + 1; nE++; }
  for (const e of d.dontCare) { perDc[e.detector] = (perDc[e.detector] || 0) + 1; nD++; }
  for (const x of d.decoys) { perDec[x.kind] = (perDec[x.kind] || 0) + 1; nX++; }
}
console.log(`documents: ${docs.length}  entities: ${nE}  dontCare: ${nD}  decoys: ${nX}  (decoys dropped for containing a labelled value: ${dropped})`);
console.log('documents per kind:', JSON.stringify(perKind));
console.log('entities per detector:', JSON.stringify(perDet));
console.log('dontCare per detector:', JSON.stringify(perDc));
console.log('decoys per kind:', JSON.stringify(perDec));
if (docs.length < 250) errs.push(`only ${docs.length} documents`);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((perDet[det] || 0) < 300) errs.push(`only ${perDet[det] || 0} ${det} entities`);
if (nX < nE) errs.push(`decoys (${nX}) fewer than entities (${nE})`);
if (errs.length) { console.error(`SELF-CHECK FAILED (${errs.length}):\n` + errs.slice(0, 40).join('\n')); process.exit(1); }
console.log(`self-check OK -> ${out}`);
