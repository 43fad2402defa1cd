#!/usr/bin/env node
/*
 * verdicts.mjs — an independent, labelled corpus of FILE VERDICTS for a Chinese
 * DLP engine that must tell a customer LIST from a single mention.
 *
 *   node verdicts.mjs OUTDIR
 *
 * writes OUTDIR/docs/<kind>/<file> (plain text) and OUTDIR/labels.json:
 *   { "docs/<kind>/<file>": { sensitivity, records, records_tolerance, note } }
 *
 * Labelling rules (the engine's documented defaults, restated):
 *  - person record = >= 2 distinct person fields (name, mobile, landline, e-mail,
 *    18-digit 身份证号, bank card, passport) of the SAME person on one table row,
 *    one line, or one block of consecutive lines. Counted distinct.
 *    Organisation data (统一社会信用代码, switchboard, role mailbox) is no person's.
 *  - sensitive-personal = ID number, bank card, passport.
 *  - public: no finding; internal: contact data only and < 5 records;
 *    confidential: any sensitive value, or 5..49 records;
 *    secret: >= 50 records, or >= 10 records carrying a sensitive field.
 *  - a bare list (no records) with more than 20 distinct values is labelled "any".
 *
 * Every label is computed from the same person objects that are written into
 * the file (class Doc below), never typed by hand, so text and label agree.
 * No dependencies, deterministic (one seeded PRNG per file), all data synthetic.
 * Written in session 20 by a helper that never read src/, rules/ or test/.
 */
import { mkdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';

// ───────────────────────────── PRNG ─────────────────────────────
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(s, 'utf8')) { h ^= b; h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}
class Rng {
  constructor(seed) { this.s = (seed >>> 0) || 1; }
  next() { // mulberry32
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(a, b) { return a + Math.floor(this.next() * (b - a + 1)); }
  pick(a) { return a[Math.floor(this.next() * a.length)]; }
  chance(p) { return this.next() < p; }
  digits(n) { let s = ''; for (let i = 0; i < n; i++) s += String(this.int(0, 9)); return s; }
  shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = this.int(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
}

// ───────────────────────────── check digits ─────────────────────────────
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheckChar(b17) { let s = 0; for (let i = 0; i < 17; i++) s += +b17[i] * ID_W[i]; return '10X98765432'[s % 11]; }
function luhnDigit(body) { // check digit to append to body
  let sum = 0, dbl = true;
  for (let i = body.length - 1; i >= 0; i--) { let d = +body[i]; if (dbl) { d *= 2; if (d > 9) d -= 9; } sum += d; dbl = !dbl; }
  return String((10 - (sum % 10)) % 10);
}
function luhnOk(s) { return luhnDigit(s.slice(0, -1)) === s.slice(-1); }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function orgCodeCheck(c8) {
  const w = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0;
  for (let i = 0; i < 8; i++) { const ch = c8[i]; s += (/\d/.test(ch) ? +ch : ch.charCodeAt(0) - 55) * w[i]; }
  const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }

// ───────────────────────────── reference data ─────────────────────────────
// Surnames with pinyin. The worst "everyday word" surnames (余 付 费 易 于 关 方 金 万 …)
// are left out on purpose: the corpus tests list-vs-mention, not name disambiguation.
const SURNAMES = `王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 朱zhu 胡hu 郭guo
林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 董dong 袁yuan
潘pan 蒋jiang 蔡cai 杜du 苏su 魏wei 吕lv 丁ding 沈shen 姚yao 卢lu 崔cui 钟zhong 谭tan 陆lu 汪wang 廖liao 贾jia
夏xia 傅fu 邹zou 熊xiong 孟meng 秦qin 薛xue 侯hou 雷lei 段duan 郝hao 孔kong 邵shao 毛mao 欧阳ouyang 司马sima 上官shangguan`
  .split(/\s+/).map(t => [t.replace(/[a-z]+$/, ''), t.match(/[a-z]+$/)[0]]);
const GIVEN = `伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 洋yang 艳yan 勇yong 军jun 杰jie 娟juan 涛tao 超chao
霞xia 平ping 刚gang 建jian 国guo 志zhi 宏hong 秀xiu 英ying 玉yu 兰lan 红hong 梅mei 海hai 波bo 鹏peng 辉hui 浩hao
宇yu 欣xin 怡yi 婷ting 雪xue 琳lin 晨chen 睿rui 轩xuan 梓zi 涵han 子zi 佳jia 嘉jia 思si 雨yu 博bo 晓xiao 慧hui
颖ying 凯kai 俊jun 斌bin 琦qi 蕾lei 倩qian 岚lan 峰feng 毅yi 彬bin 昊hao 瑶yao 萱xuan 悦yue 航hang 铭ming 桂gui
春chun 秋qiu 冬dong 燕yan 蓉rong 薇wei 泽ze 奕yi 诗shi 然ran 哲zhe 锐rui 坤kun 琪qi`
  .split(/\s+/).map(t => [t.replace(/[a-z]+$/, ''), t.match(/[a-z]+$/)[0]]);
// county-level division codes that exist in old and current GB/T 2260 tables
const REGIONS = ['110101', '110102', '110105', '110108', '120101', '130102', '140105', '210102', '310101', '310104',
  '310115', '320102', '320106', '330102', '330106', '340104', '350102', '370102', '410105', '420102', '430102',
  '440103', '440104', '440106', '440304', '440305', '450103', '500103', '510104', '510107', '530102', '610103'];
const MOBILE_PREFIX = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '147', '150', '151', '152',
  '153', '155', '156', '157', '158', '159', '166', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184',
  '185', '186', '187', '188', '189', '191', '195', '198', '199'];
const DEMO_NUMBERS = new Set(['13800138000', '13912345678', '18888888888']);
// [area code, subscriber length, first digits allowed]
const AREAS = [['010', 8], ['020', 8], ['021', 8], ['022', 8], ['023', 8], ['024', 8], ['025', 8], ['027', 8], ['028', 8],
  ['029', 8], ['0755', 8], ['0571', 8], ['0512', 8], ['0371', 8], ['0731', 8], ['0931', 7]];
const BINS = [['622202', '中国工商银行', 19], ['621700', '中国建设银行', 19], ['622848', '中国农业银行', 19],
  ['621661', '中国银行', 19], ['622588', '招商银行', 16], ['622262', '交通银行', 19], ['621483', '招商银行', 16],
  ['622700', '中国建设银行', 19], ['623668', '中国建设银行', 19], ['622609', '中国民生银行', 16]];
const MAIL_DOMAINS = ['163.com', '126.com', 'qq.com', 'sina.com', 'foxmail.com', 'outlook.com', 'yeah.net', 'aliyun.com'];
const PLACES = [['广东省', '深圳市', '南山区'], ['广东省', '广州市', '天河区'], ['北京市', '', '朝阳区'], ['上海市', '', '浦东新区'],
  ['浙江省', '杭州市', '西湖区'], ['江苏省', '苏州市', '姑苏区'], ['四川省', '成都市', '武侯区'], ['湖北省', '武汉市', '洪山区'],
  ['陕西省', '西安市', '雁塔区'], ['山东省', '济南市', '历下区'], ['北京市', '', '海淀区'], ['广东省', '深圳市', '福田区']];
const ROADS = ['科技园路', '建设路', '人民路', '解放大道', '中山路', '长江路', '文一西路', '天府大道', '南京西路', '学府路', '滨海大道', '桂花路'];
const ESTATES = ['阳光花园', '翠湖苑', '锦绣家园', '滨江公寓', '枫林小区', '御景华庭', '丽水名苑', '碧湖花园', '华润城', '香榭里'];
const COMPANIES = [['深圳市恒达科技有限公司', 'hengda-tech.cn', '440300'], ['广州市新源贸易有限公司', 'xinyuan-trade.com', '440106'],
  ['上海瑞祥供应链管理有限公司', 'ruixiang-scm.com', '310115'], ['北京博远信息技术有限公司', 'boyuan-it.cn', '110108'],
  ['杭州云帆网络科技有限公司', 'yunfan.net.cn', '330106'], ['苏州精工机械制造有限公司', 'jinggong-mfg.com', '320505'],
  ['成都天府智联科技有限公司', 'tianfu-zl.cn', '510107'], ['武汉楚天物流有限公司', 'chutian-wl.com', '420111']];
const TODAY = [2024, 6, 1];

// ───────────────────────────── value generators ─────────────────────────────
const pad = (n, w = 2) => String(n).padStart(w, '0');
const dim = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function ageAt(y, m, d) { let a = TODAY[0] - y; if (m > TODAY[1] || (m === TODAY[1] && d > TODAY[2])) a--; return a; }
function dateIn(r, y1, y2) { const y = r.int(y1, y2), m = r.int(1, 12), d = r.int(1, dim(y, m)); return `${y}-${pad(m)}-${pad(d)}`; }
function timeOf(r) { return `${pad(r.int(8, 20))}:${pad(r.int(0, 59))}`; }
function amount(r, a, b) { return (r.int(a * 100, b * 100) / 100).toFixed(2); }

class People {
  constructor(r) { this.r = r; this.used = new Set(); }
  uniq(gen, key = v => v) {
    for (let i = 0; i < 5000; i++) { const v = gen(); const k = key(v); if (!this.used.has(k)) { this.used.add(k); return v; } }
    throw new Error('could not draw a unique value');
  }
  nameObj(sur) {
    const r = this.r;
    return this.uniq(() => {
      const s = sur ?? (r.chance(0.02) ? r.pick(SURNAMES.slice(-3)) : r.pick(SURNAMES.slice(0, -3)));
      const g = [r.pick(GIVEN)]; if (r.chance(0.7)) { let g2; do g2 = r.pick(GIVEN); while (g2[0] === g[0][0]); g.push(g2); }
      return { name: s[0] + g.map(x => x[0]).join(''), sur: s, py: [s[1], g.map(x => x[1]).join('')] };
    }, v => 'N' + v.name);
  }
  mobile() {
    const r = this.r;
    return this.uniq(() => { let v; do v = r.pick(MOBILE_PREFIX) + r.digits(8); while (DEMO_NUMBERS.has(v) || /(\d)\1{5}/.test(v)); return v; }, v => 'M' + v);
  }
  idNo(birth, male) {
    const r = this.r;
    return this.uniq(() => {
      const seq = pad(r.int(0, 99)) + String(r.pick(male ? [1, 3, 5, 7, 9] : [0, 2, 4, 6, 8]));
      const b = r.pick(REGIONS) + birth.replace(/-/g, '') + seq; return b + idCheckChar(b);
    }, v => 'I' + v);
  }
  card() {
    const r = this.r;
    return this.uniq(() => { const [bin, bank, len] = r.pick(BINS); const body = bin + r.digits(len - 1 - bin.length); return { no: body + luhnDigit(body), bank }; },
      v => 'C' + v.no);
  }
  passport() {
    const r = this.r; const L = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
    return this.uniq(() => r.chance(0.5) ? 'E' + r.digits(8) : 'E' + r.pick(L.split('')) + r.digits(7), v => 'P' + v);
  }
  landline() {
    const r = this.r;
    return this.uniq(() => { const [a, n] = r.pick(AREAS); return a + '-' + String(r.int(5, 8)) + r.digits(n - 1); }, v => 'L' + v);
  }
  email(py) {
    const r = this.r;
    return this.uniq(() => {
      const dom = r.pick(MAIL_DOMAINS);
      if (dom === 'qq.com' && r.chance(0.5)) return String(r.int(2, 9)) + r.digits(r.int(7, 9)) + '@qq.com';
      const sep = r.pick(['', '', '.', '_']); const num = r.chance(0.5) ? String(r.int(1, 99)) : (r.chance(0.3) ? String(r.int(1970, 2005)) : '');
      return py[0] + sep + py[1] + num + '@' + dom;
    }, v => 'E' + v);
  }
  address() {
    const r = this.r; const [p, c, d] = r.pick(PLACES);
    return `${p}${c}${d}${r.pick(ROADS)}${r.int(1, 388)}号${r.pick(ESTATES)}${r.int(1, 28)}栋${r.int(1, 4)}单元${r.int(1, 32)}${pad(r.int(1, 6))}室`;
  }
  /** a full synthetic person; callers print only the fields they need */
  person(o = {}) {
    const r = this.r; const n = this.nameObj(o.sur);
    const male = o.male ?? r.chance(0.5);
    const [a1, a2] = o.age ?? [22, 60];
    let birth; do birth = dateIn(r, TODAY[0] - a2, TODAY[0] - a1); while (birth >= '2024-06-01');
    const [y, m, d] = birth.split('-').map(Number);
    const card = this.card();
    return {
      ...n, male, gender: male ? '男' : '女', birth, age: ageAt(y, m, d), id: this.idNo(birth, male), mobile: this.mobile(),
      email: this.email(n.py), card: card.no, bank: card.bank, passport: this.passport(), landline: this.landline(), addr: this.address(),
    };
  }
}
function uscc(r, region) {
  const body8 = 'MA' + Array.from({ length: 6 }, () => r.pick(UA.split(''))).join('');
  const b17 = '91' + region + body8 + orgCodeCheck(body8); return b17 + usccCheck(b17);
}
function groupDigits(s, by = 4) { return s.replace(new RegExp(`(.{${by}})(?=.)`, 'g'), '$1 '); }
function fmtMobile(r, m) { return r.pick([m, m, m, `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`, `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`, `+86 ${m}`]); }
function orderNo19(r) { // 19-digit order number that must NOT pass Luhn (it is no card)
  for (;;) { const s = '2' + r.digits(18); if (!luhnOk(s)) return s; }
}

// ───────────────────────────── labelling ─────────────────────────────
const PERSON_FIELDS = ['name', 'mobile', 'landline', 'email', 'id', 'card', 'passport'];
const SENSITIVE = new Set(['id', 'card', 'passport']);
const norm = (k, v) => k === 'name' ? v : k === 'email' ? v.toLowerCase() : v.replace(/[^0-9Xx]/g, '').toUpperCase();
function grade(records, sensRecords, sensValue, anyFinding, bare) {
  if (!anyFinding) return 'public';
  if (records === 0 && bare > 20) return 'any';
  if (records >= 50 || sensRecords >= 10) return 'secret';
  if (sensValue || records >= 5) return 'confidential';
  return 'internal';
}
/** collects the persons written into one file */
class Doc {
  constructor() { this.recs = new Map(); this.bare = new Set(); this.org = false; this.sensValue = false; this.inRecord = new Set(); }
  /** one person as it appears on one row / line / block; only the fields printed there */
  p(fields) {
    const e = PERSON_FIELDS.filter(k => fields[k]).map(k => [k, norm(k, fields[k])]);
    if (e.some(([k]) => SENSITIVE.has(k))) this.sensValue = true;
    if (e.length >= 2) {
      const key = e.map(([k, v]) => k + ':' + v).sort().join('|');
      this.recs.set(key, e.some(([k]) => SENSITIVE.has(k)));
      for (const [k, v] of e) this.inRecord.add(k + ':' + v);
    } else if (e.length === 1) this.bare.add(e[0][0] + ':' + e[0][1]);
  }
  orgData() { this.org = true; }
  label(o = {}) {
    const records = this.recs.size; const sens = [...this.recs.values()].filter(Boolean).length;
    const bare = this.bare.size; const extraBare = [...this.bare].filter(v => !this.inRecord.has(v)).length;
    const sensitivity = o.sensitivity ?? grade(records, sens, this.sensValue, records > 0 || bare > 0 || this.org, bare);
    return { sensitivity, records, records_tolerance: o.tol ?? 0, _sens: sens, _bare: bare, _extraBare: extraBare, _sensValue: this.sensValue, _org: this.org };
  }
}

const OUT = [];
function mk(kind, fname, build) {
  const r = new Rng(fnv1a(kind + '/' + fname)); const P = new People(r); const d = new Doc();
  const res = build(r, P, d);
  const L = d.label(res);
  const why = L.sensitivity === 'public' ? 'no person data' :
    L.sensitivity === 'any' ? `bare list of ${L._bare} values, no records` :
    `${L.records} record(s)` + (L._sens ? `, ${L._sens} with ID/card/passport` : '') +
    (L.records === 0 && L._bare ? `, ${L._bare} bare value(s)` : '') + (L._org ? ', org data only is no person\'s' : '');
  OUT.push({ rel: `docs/${kind}/${fname}`, content: res.content, label: L, note: `${res.note}; ${why} -> ${L.sensitivity}` });
}

// ───────────────────────────── rendering ─────────────────────────────
function cell(v, sep) { v = String(v ?? ''); return (v.includes(sep) || v.includes('"') || v.includes('\n')) ? '"' + v.replace(/"/g, '""') + '"' : v; }
function table(fname, header, rows, o = {}) {
  const ext = fname.split('.').pop(); const nl = o.crlf ? '\r\n' : '\n';
  let s;
  if (ext === 'csv' || ext === 'tsv') {
    const sep = ext === 'csv' ? ',' : '\t';
    s = (o.title ? cell(o.title, sep) + nl : '') + [header, ...rows].map(r => r.map(v => cell(v, sep)).join(sep)).join(nl) + nl;
    if (o.bom) s = '\uFEFF' + s;
  } else if (ext === 'md') {
    s = (o.title ? `# ${o.title}\n\n` : '') + [header, header.map(() => '---'), ...rows].map(r => '| ' + r.join(' | ') + ' |').join('\n') + '\n';
  } else {
    s = (o.title ? o.title + '\n\n' : '') + [header, ...rows].map(r => r.join('  ')).join('\n') + '\n';
  }
  return s + (o.footer ? (ext === 'csv' || ext === 'tsv' ? o.footer + nl : '\n' + o.footer + '\n') : '');
}
function b64h(s) { return '=?UTF-8?B?' + Buffer.from(s, 'utf8').toString('base64') + '?='; }
function eml({ from, to, cc, subject, date, body, msgid, inReplyTo }) {
  const h = [`From: ${from}`, `To: ${to}`];
  if (cc) h.push(`Cc: ${cc}`);
  h.push(`Subject: ${b64h(subject)}`, `Date: ${date}`, `Message-ID: <${msgid}>`);
  if (inReplyTo) h.push(`In-Reply-To: <${inReplyTo}>`, `References: <${inReplyTo}>`);
  h.push('MIME-Version: 1.0', 'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: 8bit');
  return h.join('\r\n') + '\r\n\r\n' + body.replace(/\r?\n/g, '\r\n') + '\r\n';
}
const quote = s => s.split('\n').map(l => l ? '> ' + l : '>').join('\n');

// ═════════════════════════════ document kinds ═════════════════════════════

// 1. School class list with parents' phones.
// Tests: a student name alone is a bare name (no record); the parent's name+mobile is the record.
// Two-parent rows hold 2 records per row; a student 身份证 column makes the student a record too;
// twins share one parent record (distinct counting); a names-only roster has no record at all.
function kSchoolClass() {
  const K = 'school_class';
  const onePar = (fname, title, n, o = {}) => mk(K, fname, (r, P, d) => {
    const header = ['学号', '学生姓名', '性别', '家长姓名', '关系', '家长手机', ...(o.addr ? ['家庭住址'] : [])];
    const rows = []; const twinAt = o.twins ? Math.floor(n / 2) : -1; let prev;
    for (let i = 0; i < n; i++) {
      let stu, par, rel;
      if (o.twins && i === twinAt + 1) { stu = P.person({ age: [prev.stu.age, prev.stu.age], sur: prev.stu.sur }); par = prev.par; rel = prev.rel; }
      else {
        rel = r.chance(0.6) ? '父亲' : '母亲';
        stu = P.person({ age: [7, 12] });
        par = P.person({ age: [32, 46], male: rel === '父亲', sur: rel === '父亲' ? stu.sur : undefined });
      }
      prev = { stu, par, rel };
      rows.push([`2024${pad(o.cls ?? 3)}${pad(i + 1)}`, stu.name, stu.gender, par.name, rel, par.mobile, ...(o.addr ? [par.addr] : [])]);
      d.p({ name: stu.name }); d.p({ name: par.name, mobile: par.mobile });
    }
    return { content: table(fname, header, rows, { title, bom: o.bom, crlf: o.crlf }), note: o.note ?? `${n} students, one parent (name+mobile) per row; student name alone is no record`, tol: o.tol };
  });
  const twoPar = (fname, title, n) => mk(K, fname, (r, P, d) => {
    const header = ['序号', '学生姓名', '父亲姓名', '父亲手机', '母亲姓名', '母亲手机'];
    const rows = [];
    for (let i = 0; i < n; i++) {
      const stu = P.person({ age: [12, 14] }); const fa = P.person({ age: [35, 48], male: true, sur: stu.sur }); const mo = P.person({ age: [33, 46], male: false });
      rows.push([i + 1, stu.name, fa.name, fa.mobile, mo.name, mo.mobile]);
      d.p({ name: stu.name }); d.p({ name: fa.name, mobile: fa.mobile }); d.p({ name: mo.name, mobile: mo.mobile });
    }
    return { content: table(fname, header, rows, { title }), note: `${n} rows x 2 parents (father and mother, each name+mobile) = 2 records per row` };
  });
  onePar('shufa_group_parents.csv', '书法兴趣小组家长联系表', 4, { note: 'interest group of 4 pupils, one parent each' });
  onePar('hechangtuan_parents.csv', '合唱团家长联系表', 5, { note: 'choir of 5 pupils, one parent each' });
  onePar('三年级2班_家长通讯录.csv', '三年级(2)班家长通讯录', 45, { cls: 2, bom: true, crlf: true });
  onePar('grade5_class1_contacts.csv', '五年级(1)班家长通讯录', 49, { cls: 1, addr: true });
  onePar('grade6_class4_contacts.tsv', '六年级(4)班家长通讯录', 50, { cls: 4 });
  onePar('grade4_class3_twins.csv', '四年级(3)班家长通讯录', 30, { cls: 3, twins: true, tol: 1, note: '30 pupils incl. one pair of twins listing the same parent name+mobile (counted once)' });
  onePar('2024级新生家长通讯录汇总.csv', '2024级一年级新生家长通讯录（汇总）', 120, { cls: 9, crlf: true });
  twoPar('chu1_class5_jiaxiao.csv', '初一(5)班家校联系表', 25);
  twoPar('chu2_class1_jiaxiao.tsv', '初二(1)班家校联系表', 24);
  // students with their own 身份证号 + one parent: student record (name+ID) and parent record per row
  mk(K, 'gaoyi_xinsheng_xueji.csv', (r, P, d) => {
    const header = ['序号', '姓名', '性别', '出生日期', '身份证号', '监护人', '监护人手机', '毕业学校'];
    const rows = [];
    for (let i = 0; i < 40; i++) {
      const s = P.person({ age: [15, 16] }); const g = P.person({ age: [38, 50], male: true, sur: s.sur });
      rows.push([i + 1, s.name, s.gender, s.birth, s.id, g.name, g.mobile, r.pick(['第一中学', '实验中学', '外国语学校', '育才中学']) ]);
      d.p({ name: s.name, id: s.id }); d.p({ name: g.name, mobile: g.mobile });
    }
    return { content: table('x.csv', header, rows, { title: '2024级高一新生学籍信息' }), note: '40 students: student name+ID is a record and guardian name+mobile is another (2 per row)' };
  });
  // names only, ≤ 20 names: bare names, no record
  mk(K, 'grade2_class6_groups.md', (r, P, d) => {
    const rows = [];
    for (let i = 0; i < 18; i++) { const s = P.person({ age: [7, 9] }); rows.push([`2024${pad(6)}${pad(i + 1)}`, s.name, `第${Math.floor(i / 6) + 1}组`]); d.p({ name: s.name }); }
    return { content: table('x.md', ['学号', '姓名', '小组'], rows, { title: '二年级(6)班 学习小组分组名单' }), note: 'roster of 18 pupil names only, no second field on any row' };
  });
  mk(K, 'transfer_notice_one_pupil.txt', (r, P, d) => {
    const s = P.person({ age: [9, 10] }); const p = P.person({ age: [35, 45], male: false });
    d.p({ name: s.name }); d.p({ name: p.name, mobile: p.mobile });
    return {
      content: `转学接收通知\n\n学生姓名：${s.name}\n原就读学校：${r.pick(['南山区第二实验学校', '天河区华阳小学'])}\n转入班级：四年级(2)班\n\n家长姓名：${p.name}\n联系电话：${p.mobile}\n\n请家长于2024年6月3日上午携带户口本到教务处办理入学手续。\n教务处\n2024年5月28日\n`,
      note: 'one transferring pupil; parent name+mobile block'
    };
  });
}

// 2. Hospital appointment export.
// Tests: 9 vs 10 patients with 身份证号 (sensitive threshold), 49 vs 50 contact-only patients,
// doctor names (another person, single field) on every row, repeat bookings counted once.
function kHospital() {
  const K = 'hospital_appointments';
  const DEPTS = [['心内科', 3], ['呼吸内科', 2], ['消化内科', 2], ['骨科', 3], ['眼科', 2], ['口腔科', 2]];
  const exp = (fname, n, withId, o = {}) => mk(K, fname, (r, P, d) => {
    const docs = DEPTS.map(([dep, k]) => [dep, Array.from({ length: k }, () => P.person({ age: [35, 60] }).name)]);
    const header = ['预约号', '就诊卡号', '患者姓名', '性别', '年龄', ...(withId ? ['身份证号'] : []), '联系电话', '科室', '医生', '预约日期', '时段'];
    const pats = Array.from({ length: n }, () => P.person({ age: [3, 85] }));
    const order = [...pats]; for (let i = 0; i < (o.repeats ?? 0); i++) order.push(pats[i]);
    r.shuffle(order);
    const rows = order.map((p, i) => {
      const [dep, ds] = r.pick(docs); const doc = r.pick(ds);
      d.p({ name: p.name, mobile: p.mobile, ...(withId ? { id: p.id } : {}) }); d.p({ name: doc });
      return [`YY20240506${pad(i + 1, 4)}`, `JZ${r.digits(8)}`, p.name, p.gender, p.age, ...(withId ? [p.id] : []), p.mobile, dep, doc, '2024-05-' + pad(r.int(6, 10)), r.pick(['上午', '下午'])];
    });
    return { content: table(fname, header, rows, { crlf: o.crlf }), note: o.note ?? `${order.length} appointments of ${n} patients (name+${withId ? 'ID+' : ''}mobile); doctor name is a single field` };
  });
  mk(K, 'appointment_confirmation.txt', (r, P, d) => {
    const p = P.person({ age: [30, 70] }); const doc = P.person({ age: [40, 60] });
    d.p({ name: p.name, id: p.id, mobile: p.mobile }); d.p({ name: doc.name });
    return {
      content: `【市第一人民医院】预约挂号确认单\n\n患者姓名：${p.name}\n身份证号：${p.id}\n手机号码：${p.mobile}\n就诊科室：心内科\n医生：${doc.name} 主任医师\n就诊时间：2024-05-08 上午 09:30-10:00\n\n请提前30分钟到门诊一楼自助机取号，过号需重新排队。\n`,
      note: 'one patient confirmation block with ID'
    };
  });
  exp('neike_0506_export.csv', 4, false);
  exp('yanke_0507_export.csv', 5, false);
  exp('guke_0506_export.csv', 9, true);
  exp('xinneike_0506_export.csv', 10, true);
  exp('menzhen_0506_all.csv', 49, false, { crlf: true });
  exp('menzhen_0507_all.csv', 50, false, { crlf: true });
  exp('yuyue_week19_full.tsv', 120, true);
  exp('tijian_bookings_repeat.csv', 9, true, { repeats: 3, note: '12 health-check bookings, 3 patients booked twice (same name+ID+mobile)' });
  mk(K, 'haoyuan_stats_0506.csv', (r, P, d) => {
    const rows = DEPTS.map(([dep]) => { const t = r.int(40, 120), u = r.int(10, t); return [dep, t, u, t - u, (u / t * 100).toFixed(1) + '%']; });
    return { content: table('x.csv', ['科室', '号源总数', '已预约', '剩余', '预约率'], rows), note: 'department slot statistics' };
  });
}

// 3. Hotel guest register.
// Tests: ID or passport on every row (1 guest is already confidential), 9 vs 10 distinct guests,
// returning guests counted once, two guests per room on one row (2 records per row).
function kHotel() {
  const K = 'hotel_register';
  const reg = (fname, n, o = {}) => mk(K, fname, (r, P, d) => {
    const header = ['房号', '姓名', '性别', '证件类型', '证件号码', '手机号', '入住时间', '离店时间'];
    const guests = Array.from({ length: n }, () => P.person({ age: [20, 70] }));
    const order = [...guests]; for (let i = 0; i < (o.repeats ?? 0); i++) order.push(guests[i]);
    // a returning guest shows the same document on every stay: decide it once per guest
    for (const g of guests) { const pass = r.chance(o.passports ?? 0.1); g._doc = pass ? ['护照', g.passport, 'passport'] : ['居民身份证', g.id, 'id']; }
    const rows = order.map(g => {
      d.p({ name: g.name, mobile: g.mobile, [g._doc[2]]: g._doc[1] });
      const day = r.int(1, 25);
      return [`${r.int(2, 18)}${pad(r.int(1, 30))}`, g.name, g.gender, g._doc[0], g._doc[1], g.mobile, `2024-05-${pad(day)} ${timeOf(r)}`, `2024-05-${pad(day + r.int(1, 3))} 12:00`];
    });
    return { content: table(fname, header, rows, { crlf: o.crlf }), note: o.note ?? `${order.length} stays of ${n} guests (name+ID/passport+mobile)` };
  });
  mk(K, 'checkin_form_1208.txt', (r, P, d) => {
    const g = P.person({ age: [25, 55] }); d.p({ name: g.name, id: g.id, mobile: g.mobile });
    return { content: `旅客入住登记单\n\n房号：1208\n姓名：${g.name}\n性别：${g.gender}\n证件类型：居民身份证\n证件号码：${g.id}\n联系电话：${g.mobile}\n入住日期：2024-05-06\n离店日期：2024-05-08\n\n押金：500元（微信支付）\n前台经办：0392\n`, note: 'single check-in form' };
  });
  reg('guests_0506.csv', 4, { note: '4 guests (name+ID+mobile)' });
  reg('guests_0507.csv', 9);
  reg('guests_0508.csv', 10);
  reg('guests_returning_may.csv', 9, { repeats: 3, note: '12 stays of 9 distinct guests; the same person returns with the same document' });
  reg('passport_guests_0509.csv', 6, { passports: 1, note: '6 guests registered with passports' });
  reg('guests_week19.csv', 50, { crlf: true });
  reg('guests_may_full.tsv', 120);
  // two guests per room on one row
  mk(K, 'shared_rooms_0510.csv', (r, P, d) => {
    const header = ['房号', '入住人1', '证件号码1', '入住人2', '证件号码2', '联系电话（入住人1）', '入住日期'];
    const rows = [];
    for (let i = 0; i < 5; i++) {
      const a = P.person({ age: [22, 60] }); const b = P.person({ age: [22, 60] });
      d.p({ name: a.name, id: a.id, mobile: a.mobile }); d.p({ name: b.name, id: b.id });
      rows.push([`80${i + 1}`, a.name, a.id, b.name, b.id, a.mobile, '2024-05-10']);
    }
    return { content: table('x.csv', header, rows), note: '5 twin rooms, two guests per row, each guest name+ID = 10 records with ID' };
  });
  mk(K, 'room_status_0506.csv', (r, P, d) => {
    const rows = []; for (let f = 2; f <= 6; f++) for (let k = 1; k <= 6; k++) rows.push([`${f}${pad(k)}`, r.pick(['大床房', '双床房', '套房']), r.pick(['空净', '住客', '空脏', '维修']), r.int(298, 688)]);
    return { content: table('x.csv', ['房号', '房型', '房态', '门市价'], rows), note: 'room status board, no guests' };
  });
}

// 4. Courier waybill exports.
// Tests: two people per row (寄件人 and 收件人, each name+mobile): row count ≠ record count;
// a merchant sender repeated on every row counts once; a company sender (shop name + 400 hotline) is no person.
function kCourier() {
  const K = 'courier_waybills';
  const wb = r => r.pick(['SF', 'YT', 'JT', 'ZT']) + r.digits(13);
  const p2p = (fname, n, o = {}) => mk(K, fname, (r, P, d) => {
    const header = ['运单号', '寄件人', '寄件人电话', '寄件地址', '收件人', '收件人电话', '收件地址', '重量(kg)', '运费'];
    const merchant = o.merchant ? P.person({ age: [28, 45] }) : null; const maddr = merchant ? merchant.addr : null;
    const rows = [];
    for (let i = 0; i < n; i++) {
      const s = merchant ?? P.person(); const t = P.person();
      d.p({ name: s.name, mobile: s.mobile }); d.p({ name: t.name, mobile: t.mobile });
      rows.push([wb(r), s.name, s.mobile, maddr ?? s.addr, t.name, t.mobile, t.addr, (r.int(2, 80) / 10).toFixed(1), r.int(8, 26)]);
    }
    return { content: table(fname, header, rows, { crlf: o.crlf }), note: o.note ?? `${n} waybills, sender and recipient each name+mobile (2 people per row)` };
  });
  const shop = (fname, n) => mk(K, fname, (r, P, d) => {
    const header = ['运单号', '寄件方', '寄件方电话', '收件人', '收件人手机', '收件地址', '件数', '代收货款'];
    const shopName = r.pick(['云帆数码旗舰店', '恒达家居专营店', '新源母婴官方店']); const hot = `400-${r.int(600, 899)}-${r.digits(4)}`;
    const rows = [];
    for (let i = 0; i < n; i++) { const t = P.person(); d.p({ name: t.name, mobile: t.mobile }); rows.push([wb(r), shopName, hot, t.name, t.mobile, t.addr, 1, '0.00']); }
    return { content: table(fname, header, rows), note: `${n} parcels from a shop (shop name + 400 hotline is organisation data); recipients name+mobile` };
  });
  mk(K, 'waybill_SF_single.txt', (r, P, d) => {
    const s = P.person(), t = P.person(); d.p({ name: s.name, mobile: s.mobile }); d.p({ name: t.name, mobile: t.mobile });
    return { content: `顺丰速运 电子运单\n运单号：SF${r.digits(13)}\n\n寄件人：${s.name}\n电话：${fmtMobile(r, s.mobile)}\n地址：${s.addr}\n\n收件人：${t.name}\n电话：${fmtMobile(r, t.mobile)}\n地址：${t.addr}\n\n托寄物：文件  付款方式：寄付月结\n`, note: 'one waybill: sender block + recipient block' };
  });
  p2p('waybills_0506_small.csv', 2);
  p2p('waybills_0507_small.csv', 3, { note: '3 waybills = 6 people (sender+recipient per row)' });
  p2p('waybills_0508.csv', 24);
  p2p('waybills_0509.csv', 25, { note: '25 waybills = 50 people (sender+recipient per row)' });
  p2p('merchant_outbound_0510.csv', 40, { merchant: true, note: '40 parcels sent by one individual seller (same name+mobile on every row, counted once) + 40 recipients' });
  p2p('merchant_outbound_0511.csv', 49, { merchant: true, note: '49 parcels by one individual seller + 49 recipients = 50 distinct people' });
  shop('shop_parcels_0512.csv', 4);
  shop('shop_parcels_0513.tsv', 60);
  p2p('waybills_may_export.csv', 120, { crlf: true });
}

// 5. E-commerce order export.
// Tests: the same buyer ordering several times (distinct records < rows), 55 rows/50 buyers,
// cross-border orders carrying 订购人身份证 (9 vs 10).
function kEcommerce() {
  const K = 'ecommerce_orders';
  const ITEMS = [['无线蓝牙耳机', 199], ['保温杯 500ml', 89], ['儿童绘本套装', 128], ['电动牙刷', 259], ['瑜伽垫', 69], ['空气炸锅', 399], ['护手霜礼盒', 59], ['机械键盘', 329]];
  const exp = (fname, orders, buyers, o = {}) => mk(K, fname, (r, P, d) => {
    const header = ['订单编号', '下单时间', '商品名称', '数量', '实付金额', '收货人', '联系手机', ...(o.id ? ['订购人身份证号'] : []), '收货地址', '订单状态'];
    const bs = Array.from({ length: buyers }, () => P.person());
    const seq = [...bs]; while (seq.length < orders) seq.push(r.pick(bs));
    r.shuffle(seq);
    const rows = seq.map(b => {
      const [it, pr] = r.pick(ITEMS); const q = r.int(1, 3);
      d.p({ name: b.name, mobile: b.mobile, ...(o.id ? { id: b.id } : {}) });
      return [orderNo19(r), `2024-05-${pad(r.int(1, 31))} ${timeOf(r)}:${pad(r.int(0, 59))}`, it, q, (pr * q).toFixed(2), b.name, b.mobile, ...(o.id ? [b.id] : []), b.addr, r.pick(['已发货', '待发货', '已签收', '已签收'])];
    });
    return { content: table(fname, header, rows, { bom: o.bom, crlf: true }), note: `${orders} orders by ${buyers} distinct buyers (收货人+手机${o.id ? '+身份证' : ''}); repeat orders count once` };
  });
  mk(K, 'order_confirmation_single.txt', (r, P, d) => {
    const b = P.person(); d.p({ name: b.name, mobile: b.mobile });
    return { content: `订单提交成功\n订单编号：${orderNo19(r)}\n商品：空气炸锅 ×1  实付：¥399.00\n\n收货人：${b.name}\n手机：${b.mobile}\n收货地址：${b.addr}\n\n预计5月9日送达。\n`, note: 'one order confirmation' };
  });
  exp('orders_small_shop.csv', 7, 4);
  exp('orders_0506.csv', 5, 5);
  exp('orders_repeat_buyers_may.csv', 60, 45, { bom: true });
  exp('orders_0501_0507.csv', 55, 50);
  exp('orders_may_full.csv', 120, 120);
  exp('crossborder_orders_w19.csv', 12, 9, { id: true });
  exp('crossborder_orders_w20.csv', 10, 10, { id: true });
  mk(K, 'sku_sales_may.csv', (r, P, d) => {
    const rows = ITEMS.map(([it, pr], i) => { const q = r.int(50, 900); return [`SKU-${1000 + i}`, it, pr.toFixed(2), q, (q * pr).toFixed(2)]; });
    return { content: table('x.csv', ['SKU', '商品名称', '单价', '销量', '销售额'], rows), note: 'SKU sales statistics' };
  });
}

// 6. Insurance claims list.
// Tests: 投保人 and 被保险人 in one row are two records (5 rows -> 10 records with ID -> secret);
// a policy holder insuring himself (本人) is one person; one holder insuring family members counts once.
function kInsurance() {
  const K = 'insurance_claims';
  const header = ['报案号', '保单号', '投保人', '投保人证件号', '投保人手机', '被保险人', '被保险人证件号', '与投保人关系', '出险日期', '出险原因', '索赔金额', '理赔状态'];
  const row = (r, holder, ins, rel) => [`BA2024${r.digits(8)}`, `P44${r.digits(10)}`, holder.name, holder.id, holder.mobile,
    rel === '本人' ? holder.name : ins.name, rel === '本人' ? '同投保人' : ins.id, rel, `2024-0${r.int(1, 5)}-${pad(r.int(1, 28))}`,
    r.pick(['门诊', '住院', '意外骨折', '重大疾病', '交通事故']), amount(r, 300, 80000), r.pick(['审核中', '已结案', '待补材料'])];
  const list = (fname, n, mode, o = {}) => mk(K, fname, (r, P, d) => {
    const rows = [];
    for (let i = 0; i < n; i++) {
      const self = mode === 'self' || (mode === 'mixed' && r.chance(0.4));
      const h = P.person({ age: [28, 60] });
      d.p({ name: h.name, id: h.id, mobile: h.mobile });
      if (self) rows.push(row(r, h, null, '本人'));
      else {
        const rel = r.pick(['配偶', '子女', '父母']);
        const ins = rel === '配偶' ? P.person({ age: [Math.max(22, h.age - 5), h.age + 5], male: !h.male })
          : rel === '子女' ? P.person({ age: [1, h.age - 22], sur: h.male ? h.sur : undefined }) : P.person({ age: [h.age + 22, h.age + 32] });
        d.p({ name: ins.name, id: ins.id }); rows.push(row(r, h, ins, rel));
      }
    }
    return { content: table(fname, header, rows, { crlf: o.crlf }), note: o.note };
  });
  mk(K, 'claim_application_single.txt', (r, P, d) => {
    const h = P.person({ age: [35, 50], male: true }); const c = P.person({ age: [6, 12], sur: h.sur });
    d.p({ name: h.name, id: h.id, mobile: h.mobile }); d.p({ name: c.name, id: c.id });
    return {
      content: `理赔申请书\n报案号：BA2024${r.digits(8)}\n\n投保人：${h.name}\n证件号码：${h.id}\n联系电话：${h.mobile}\n\n被保险人：${c.name}\n证件号码：${c.id}\n与投保人关系：子女\n\n出险经过：被保险人于2024年4月28日在学校运动时右腕骨折，于市儿童医院门诊治疗。\n申请金额：3,860.00元\n`,
      note: 'one claim: policy holder block + insured child block, both with ID'
    };
  });
  mk(K, 'family_policy_claims.csv', (r, P, d) => {
    const h = P.person({ age: [35, 50], male: true }); d.p({ name: h.name, id: h.id, mobile: h.mobile });
    const rows = [['配偶', P.person({ age: [33, 48], male: false })], ['子女', P.person({ age: [5, 12], sur: h.sur })], ['父母', P.person({ age: [62, 75], male: true, sur: h.sur })]]
      .map(([rel, p]) => { d.p({ name: p.name, id: p.id }); return row(r, h, p, rel); });
    return { content: table('x.csv', header, rows), note: '3 claims, one policy holder (counted once) insuring 3 family members' };
  });
  list('claims_0506.csv', 4, 'pair', { note: '4 rows, holder and a different insured on each row (2 records per row)' });
  list('claims_0507.csv', 5, 'pair', { note: '5 rows, holder and a different insured on each row = 10 records with ID' });
  list('claims_self_0508.csv', 9, 'self', { note: '9 rows where insured = holder (本人, one person per row)' });
  list('claims_self_0509.csv', 10, 'self', { note: '10 rows where insured = holder (本人)' });
  list('claims_may_export.csv', 60, 'mixed', { crlf: true, note: '60 claims, mix of 本人 and family insured' });
  // motor claims: reporter name+phone only, no ID
  mk(K, 'motor_reports_0510.csv', (r, P, d) => {
    const rows = [];
    for (let i = 0; i < 4; i++) { const p = P.person(); d.p({ name: p.name, mobile: p.mobile }); rows.push([`RC2024${r.digits(8)}`, `粤B${r.pick(['D', 'F', ''])}${r.int(10000, 99999)}`, p.name, p.mobile, r.pick(['南山区深南大道与科技路口', '宝安区107国道', '福田区滨河大道']), r.pick(['追尾', '刮擦', '单方事故'])]); }
    return { content: table('x.csv', ['报案号', '车牌号', '报案人', '报案人电话', '出险地点', '事故类型'], rows), note: '4 motor-claim reporters, name+mobile only' };
  });
  mk(K, 'claims_stats_2024Q1.md', (r, P, d) => {
    const rows = ['门诊', '住院', '意外', '重疾', '车险'].map(t => { const n = r.int(80, 900); return [t, n, amount(r, 100000, 9000000), (r.int(850, 990) / 10).toFixed(1) + '%']; });
    return { content: table('x.md', ['险种', '结案件数', '赔付金额(元)', '结案率'], rows, { title: '2024年第一季度理赔统计', footer: '注：数据截至2024年3月31日，不含未决案件。' }), note: 'claims statistics' };
  });
}

// 7. Bank account-opening batch (代发工资 batch account opening).
// Tests: every customer carries ID + card (sensitive): 1/4/9 confidential, 10/49/50/120 secret;
// bank staff (客户经理) names are single fields; Excel tab-prefixed IDs.
function kBankOpening() {
  const K = 'bank_account_opening';
  const batch = (fname, n, o = {}) => mk(K, fname, (r, P, d) => {
    const header = ['序号', '客户姓名', '证件类型', '证件号码', '性别', '手机号码', '联系地址', '借记卡号', '开户网点', '客户经理'];
    const mgrs = [P.person({ age: [28, 45] }).name, P.person({ age: [28, 45] }).name];
    const rows = [];
    for (let i = 0; i < n; i++) {
      const c = P.person(); const m = r.pick(mgrs);
      d.p({ name: c.name, id: c.id, mobile: c.mobile, card: c.card }); d.p({ name: m });
      rows.push([i + 1, c.name, '居民身份证', o.tab ? '\t' + c.id : c.id, c.gender, c.mobile, c.addr, o.tab ? '\t' + c.card : c.card, r.pick(['科技园支行', '南山支行', '蛇口支行']), m]);
    }
    return { content: table(fname, header, rows, { title: o.title, crlf: o.crlf }), note: `batch of ${n} customers (name+ID+mobile+card)` + (o.tab ? '; IDs and cards tab-prefixed as in Excel exports' : '') };
  });
  mk(K, 'kaihu_shenqing_single.txt', (r, P, d) => {
    const c = P.person(); d.p({ name: c.name, id: c.id, mobile: c.mobile, card: c.card });
    return { content: `个人银行结算账户开户申请书\n\n客户姓名：${c.name}\n证件类型：居民身份证\n证件号码：${c.id}\n手机号码：${c.mobile}\n联系地址：${c.addr}\n卡号：${groupDigits(c.card)}\n账户类别：I类户\n\n客户签名：__________   日期：2024-05-06\n`, note: 'one account-opening form' };
  });
  batch('batch_20240506_004.csv', 4);
  batch('batch_20240507_009.csv', 9);
  batch('batch_20240508_010.csv', 10);
  batch('batch_20240509_049.csv', 49, { tab: true, crlf: true });
  batch('batch_20240510_050.csv', 50);
  batch('batch_20240513_120.tsv', 120);
  batch('daifa_kaihu_hengda.txt', 6, { title: '深圳市恒达科技有限公司 代发工资批量开户清单' });
  mk(K, 'batch_summary_may.csv', (r, P, d) => {
    const rows = Array.from({ length: 8 }, (_, i) => { const t = r.int(4, 150), f = r.int(0, 3); return [`202405${pad(6 + i)}-${pad(r.int(1, 20), 3)}`, r.pick(['科技园支行', '南山支行', '蛇口支行']), t, t - f, f]; });
    return { content: table('x.csv', ['批次号', '开户网点', '申请户数', '成功', '失败'], rows), note: 'batch summary, counts only' };
  });
}

// 8. Property management 业主 list.
// Tests: contact-only thresholds 4/5/49/50/120; landline-only owners; vacant units with a name but no
// phone (name alone is no record).
function kProperty() {
  const K = 'property_owners';
  const list = (fname, n, o = {}) => mk(K, fname, (r, P, d) => {
    const header = ['楼栋', '单元', '房号', '业主姓名', ...(o.mobile !== false ? ['联系电话'] : []), ...(o.land ? ['家庭座机'] : []), '建筑面积(㎡)', '物业费(元/月)'];
    const phoneIdx = o.keep != null ? new Set(r.shuffle([...Array(n).keys()]).slice(0, o.keep)) : null;
    const rows = [];
    for (let i = 0; i < n; i++) {
      const p = P.person({ age: [28, 75] }); const has = !phoneIdx || phoneIdx.has(i);
      const f = { name: p.name };
      if (has && o.mobile !== false) f.mobile = p.mobile;
      if (has && o.land) f.landline = p.landline;
      d.p(f);
      const area = r.int(58, 168) + r.int(0, 99) / 100;
      rows.push([`${r.int(1, 12)}栋`, `${r.int(1, 3)}单元`, `${r.int(1, 33)}${pad(r.int(1, 4))}`, p.name, ...(o.mobile !== false ? [f.mobile ?? ''] : []), ...(o.land ? [f.landline ?? ''] : []), area.toFixed(2), (area * 2.8).toFixed(2)]);
    }
    return { content: table(fname, header, rows, { title: o.title, crlf: o.crlf }), note: o.note ?? `${n} owners with name+phone` };
  });
  list('yezhu_building3.csv', 4, { title: '3栋业主信息' });
  list('yezhu_building5.csv', 5, { title: '5栋业主信息' });
  list('yezhu_phase1.csv', 49, { crlf: true });
  list('yezhu_phase2.csv', 50);
  list('yezhu_all_phases.tsv', 120);
  list('yezhu_old_block_landline.csv', 5, { mobile: false, land: true, note: '5 owners of an old block, name + home landline only' });
  list('yezhu_mobile_and_landline.csv', 30, { land: true, note: '30 owners with mobile and home landline' });
  list('yezhu_with_vacant_units.csv', 60, { keep: 49, note: '60 units; only 49 owners have a phone, the rest have a name only (no record)' });
  mk(K, 'wuyefei_collection_stats.csv', (r, P, d) => {
    const rows = Array.from({ length: 12 }, (_, i) => { const h = r.int(60, 120), p = r.int(40, h); return [`${i + 1}栋`, h, p, (p / h * 100).toFixed(1) + '%', amount(r, 20000, 90000)]; });
    return { content: table('x.csv', ['楼栋', '户数', '已缴户数', '收缴率', '已收金额'], rows), note: 'fee collection statistics by building' };
  });
}

// 9. Gym member export.
// Tests: contact-only members (some with e-mail), coach names as single fields, renewed cards
// listing the same member twice (distinct), a JSON export.
function kGym() {
  const K = 'gym_members';
  const exp = (fname, n, o = {}) => mk(K, fname, (r, P, d) => {
    const coaches = Array.from({ length: 3 }, () => P.person({ age: [24, 35] }).name);
    const header = ['会员编号', '姓名', '性别', '手机', ...(o.email ? ['邮箱'] : []), '卡种', '开卡日期', '到期日期', '私教'];
    const ms = Array.from({ length: n }, () => P.person({ age: [18, 60] }));
    const seq = [...ms]; for (let i = 0; i < (o.renew ?? 0); i++) seq.push(ms[i]);
    const rows = seq.map((m, i) => {
      const c = r.chance(0.4) ? r.pick(coaches) : '';
      d.p({ name: m.name, mobile: m.mobile, ...(o.email ? { email: m.email } : {}) }); if (c) d.p({ name: c });
      const start = `${r.pick(['2023', '2024'])}-0${r.int(1, 5)}-${pad(r.int(1, 28))}`;
      return [`GM${pad(10000 + i, 6)}`, m.name, m.gender, m.mobile, ...(o.email ? [m.email] : []), r.pick(['年卡', '季卡', '次卡(50次)', '月卡']), start, start.replace(/^(\d{4})/, (_, y) => String(+y + 1)), c];
    });
    return { content: table(fname, header, rows, { crlf: o.crlf }), note: o.note ?? `${seq.length} rows, ${n} members (name+mobile${o.email ? '+email' : ''}); coach name alone is no record` };
  });
  exp('members_yoga_class.csv', 4);
  exp('members_new_may.csv', 5);
  exp('members_vip_email.csv', 9, { email: true });
  exp('members_store_A.csv', 49, { crlf: true });
  exp('members_store_B.csv', 50);
  exp('members_all_stores.tsv', 120, { email: true });
  exp('members_with_renewals.csv', 48, { renew: 22, note: '70 card rows, 48 distinct members (22 renewed and appear twice with the same name+mobile)' });
  mk(K, 'members_export.json', (r, P, d) => {
    const arr = Array.from({ length: 12 }, (_, i) => { const m = P.person({ age: [18, 55] }); d.p({ name: m.name, mobile: m.mobile, email: m.email }); return { memberNo: `GM${pad(20000 + i, 6)}`, name: m.name, gender: m.gender, mobile: m.mobile, email: m.email, level: r.pick(['gold', 'silver']), points: r.int(0, 5000) }; });
    return { content: JSON.stringify({ exportedAt: '2024-05-06T10:00:00+08:00', total: arr.length, members: arr }, null, 2) + '\n', note: 'pretty-printed JSON, one member object each (name+mobile+email)', tol: 1 };
  });
  mk(K, 'class_schedule_week19.md', (r, P, d) => {
    const rows = ['周一', '周二', '周三', '周四', '周五', '周六'].map(w => [w, r.pick(['瑜伽', '动感单车', '搏击操', '普拉提']), `${r.int(18, 20)}:00`, r.pick(['A教室', 'B教室', '单车房']), `${r.int(10, 25)}人`]);
    return { content: table('x.md', ['日期', '课程', '时间', '地点', '容量'], rows, { title: '第19周团课课表' }), note: 'class timetable, no people' };
  });
}

// 10. Recruitment resume bundle.
// Tests: one block of consecutive lines per resume (姓名/电话/邮箱[/身份证]); 4 vs 5 resumes,
// 9 vs 10 resumes with ID, 12 resumes of which only 9 carry an ID.
function kResumes() {
  const K = 'resume_bundle';
  const JOBS = ['Java开发工程师', '产品经理', '财务会计', '销售代表', '数据分析师', '行政专员', 'UI设计师', '测试工程师'];
  const SCH = ['华南理工大学', '武汉大学', '四川大学', '西安电子科技大学', '山东大学', '苏州大学', '浙江工业大学'];
  const resume = (r, p, withId, i, total) => [
    `========== 简历 ${i}/${total} ==========`, '个人简历', '',
    `姓名：${p.name}`, `性别：${p.gender}`, `出生年月：${p.birth.slice(0, 4)}年${+p.birth.slice(5, 7)}月`, `手机：${p.mobile}`, `邮箱：${p.email}`,
    ...(withId ? [`身份证号：${p.id}`] : []), `现居地：${p.addr.replace(/(区).*/, '$1')}`, '',
    '求职意向', `岗位：${r.pick(JOBS)}  期望薪资：${r.int(8, 30)}K-${r.int(31, 45)}K`, '',
    '工作经历', `${Math.min(2023, +p.birth.slice(0, 4) + 22)}.07-至今  ${r.pick(COMPANIES)[0]}  ${r.pick(['高级工程师', '主管', '专员', '经理'])}`,
    '负责核心业务模块的设计与落地，推动团队流程改进。', '',
    '教育背景', `${Math.min(2019, +p.birth.slice(0, 4) + 18)}.09-${Math.min(2023, +p.birth.slice(0, 4) + 22)}.06  ${r.pick(SCH)}  本科`, '', ''].join('\n');
  const bundle = (fname, n, nId, o = {}) => mk(K, fname, (r, P, d) => {
    let s = o.head ?? ''; const ids = new Set(r.shuffle([...Array(n).keys()]).slice(0, nId));
    for (let i = 0; i < n; i++) {
      const p = P.person({ age: [22, 40] }); const w = ids.has(i);
      d.p({ name: p.name, mobile: p.mobile, email: p.email, ...(w ? { id: p.id } : {}) });
      s += resume(r, p, w, i + 1, n);
    }
    return { content: s, note: o.note ?? `${n} resumes (name+mobile+email block), ${nId} with 身份证号` };
  });
  bundle('resume_wangjie_java.txt', 1, 0, { note: 'single resume without ID' });
  bundle('resume_with_idcard.txt', 1, 1, { note: 'single resume with ID' });
  bundle('candidates_product_4.txt', 4, 0);
  bundle('candidates_sales_5.txt', 5, 0);
  bundle('candidates_finance_9_id.txt', 9, 9);
  bundle('candidates_dev_10_id.txt', 10, 10);
  bundle('candidates_mixed_12_9id.txt', 12, 9, { note: '12 resumes, 9 of them with 身份证号 (12 records, 9 sensitive)' });
  bundle('campus_resumes_50.txt', 50, 0, { head: '2024届校园招聘 简历汇总（技术类）\n\n' });
  mk(K, 'jd_backend_engineer.md', (r, P, d) => ({ content: `# 招聘：后端开发工程师（Java）\n\n## 岗位职责\n1. 负责交易系统核心服务的设计与开发；\n2. 参与性能优化与稳定性建设。\n\n## 任职要求\n- 本科及以上学历，3年以上Java开发经验；\n- 熟悉 Spring Boot、MySQL、Redis、Kafka。\n\n薪资：25K-40K·14薪  地点：深圳南山\n投递方式：通过公司招聘官网投递。\n`, note: 'job description, no contact data' }));
}

// 11. HR payroll with bank cards.
// Tests: salary rows with 工资卡号 (sensitive): 1/4/9 confidential, 10+ secret; many amounts
// (no false card numbers); a ranking with names only.
function kPayroll() {
  const K = 'hr_payroll';
  const DEPT = ['研发部', '市场部', '财务部', '行政部', '销售部', '运营部'];
  const pay = (fname, n, o = {}) => mk(K, fname, (r, P, d) => {
    const header = ['工号', '姓名', '部门', '基本工资', '绩效奖金', '应发合计', '养老保险', '医疗保险', '住房公积金', '个人所得税', '实发工资', '工资卡号', '开户行'];
    const rows = [];
    for (let i = 0; i < n; i++) {
      const e = P.person({ age: [22, 55] }); d.p({ name: e.name, card: e.card });
      const base = r.int(60, 300) * 100, bonus = r.int(0, 80) * 100, gross = base + bonus, pen = gross * 0.08, med = gross * 0.02, hf = gross * 0.07;
      const tax = Math.max(0, (gross - pen - med - hf - 5000) * 0.1 - 210);
      rows.push([`E${pad(1000 + i, 5)}`, e.name, r.pick(DEPT), base.toFixed(2), bonus.toFixed(2), gross.toFixed(2), pen.toFixed(2), med.toFixed(2), hf.toFixed(2), tax.toFixed(2), (gross - pen - med - hf - tax).toFixed(2), e.card, e.bank]);
    }
    return { content: table(fname, header, rows, { title: o.title ?? '2024年5月工资表', crlf: o.crlf }), note: `${n} employees (name+salary card)` };
  });
  mk(K, 'payslip_2024_05_E01023.txt', (r, P, d) => {
    const e = P.person(); d.p({ name: e.name, card: e.card });
    return { content: `工资条（2024年5月）\n\n姓名：${e.name}\n工号：E01023\n部门：研发部\n应发合计：18,600.00\n实发工资：14,872.35\n发放账户：${e.bank} ${e.card}\n\n如有疑问请联系人力资源部。\n`, note: 'one payslip (name+card block)' };
  });
  pay('payroll_admin_dept_05.csv', 4, { title: '行政部 2024年5月工资' });
  pay('payroll_finance_dept_05.csv', 9);
  pay('payroll_rd_team_a_05.csv', 10);
  pay('payroll_branch_05.csv', 49, { crlf: true });
  pay('payroll_hq_05.csv', 50);
  pay('payroll_all_05.tsv', 120);
  mk(K, 'payroll_summary_by_dept_05.csv', (r, P, d) => {
    const rows = DEPT.map(dp => { const h = r.int(5, 60); return [dp, h, amount(r, h * 8000, h * 20000), amount(r, h * 6000, h * 16000)]; });
    return { content: table('x.csv', ['部门', '人数', '应发合计', '实发合计'], rows), note: 'department totals, no names' };
  });
  mk(K, 'kpi_ranking_q1.md', (r, P, d) => {
    const rows = Array.from({ length: 8 }, (_, i) => { const e = P.person(); d.p({ name: e.name }); return [i + 1, e.name, r.pick(DEPT), (100 - i * 2.5 - r.int(0, 2)).toFixed(1), r.pick(['A', 'A', 'B'])]; });
    return { content: table('x.md', ['排名', '姓名', '部门', '得分', '等级'], rows, { title: '2024年Q1绩效排名（前8名）' }), note: '8 employee names with scores, no second person field' };
  });
}

// 12. WeChat group member export.
// Tests: nicknames are no names; phones alone (a few) are a bare list, not records;
// a 真实姓名 column next to a phone makes records.
function kWechat() {
  const K = 'wechat_group';
  const ADJ = ['快乐的', '爱笑的', '认真的', '勇敢的', '努力的', '佛系', '奔跑的', '发呆的'];
  const NOUN = ['小鱼', '蜗牛', '星星', '月亮', '猫咪', '兔子', '小熊', '橙子', '芒果', '向日葵', '柠檬'];
  const EN = ['Lucky', 'Momo', 'Kiki', 'Tom', 'Jerry', 'Sunny', 'Coco', 'Leo', 'Nana', 'Zoe'];
  const nick = (r, used) => { let s; do s = r.chance(0.6) ? r.pick(ADJ) + r.pick(NOUN) + r.pick(['', '', '🌸', '🍀', '☀']) : r.pick(EN) + r.pick(['_', '', '.']) + r.int(1, 2023); while (used.has(s)); used.add(s); return s; };
  const wxid = r => r.chance(0.5) ? (() => { let x; do x = 'wxid_' + Array.from({ length: 14 }, () => r.pick('abcdefghijkmnpqrstuvwxyz0123456789'.split(''))).join(''); while (/\d{6}/.test(x)); return x; })() : r.pick(['lily', 'river', 'sky', 'moon', 'leaf']) + '_' + r.pick(['a', 'b', 'x']) + r.int(10, 99);
  const grp = (fname, members, nPhone, nNamed, o = {}) => mk(K, fname, (r, P, d) => {
    const used = new Set();
    const header = ['序号', '群昵称', '微信号', ...(nNamed ? ['真实姓名'] : []), '手机号', '入群时间'];
    const rows = [];
    for (let i = 0; i < members; i++) {
      const p = P.person(); const named = i < nNamed; const phone = named || (i >= nNamed && i < nNamed + nPhone);
      d.p({ name: named ? p.name : null, mobile: phone ? p.mobile : null });
      rows.push([i + 1, nick(r, used), wxid(r), ...(nNamed ? [named ? p.name : ''] : []), phone ? p.mobile : '', `2023-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`]);
    }
    // shuffle body rows but keep 序号 in order
    const body = r.shuffle(rows).map((x, i) => [i + 1, ...x.slice(1)]);
    return { content: table(fname, header, body, { title: o.title }), note: o.note };
  });
  grp('group_hiking_members.csv', 40, 0, 0, { note: '40 nicknames and WeChat ids only' });
  grp('group_parents_members.csv', 40, 3, 0, { note: '40 nicknames, 3 of them with a phone but no name (bare list of 3)' });
  grp('group_buyers_members.csv', 150, 12, 0, { note: '150 nicknames, 12 phones without names (bare list of 12 <= 20)' });
  grp('group_committee_members.csv', 25, 0, 4, { note: '25 members, 4 with 真实姓名+手机号' });
  grp('group_volunteers_members.csv', 30, 0, 5, { note: '30 members, 5 with 真实姓名+手机号' });
  grp('group_owners_building7.csv', 80, 0, 30, { note: '80 members, 30 with 真实姓名+手机号' });
  grp('group_owners_all.csv', 200, 0, 55, { note: '200 members, 55 with 真实姓名+手机号' });
  mk(K, 'group_service_ads.txt', (r, P, d) => {
    const used = new Set(); const a = P.person().mobile, b = P.person().mobile; d.p({ mobile: a }); d.p({ mobile: b });
    const lines = Array.from({ length: 28 }, () => nick(r, used)); lines.splice(7, 0, `水电维修 ${a}`); lines.splice(19, 0, `开锁换锁24h ${b}`);
    return { content: '「阳光花园业主群」群成员（30人）\n\n' + lines.map((x, i) => `${i + 1}. ${x}`).join('\n') + '\n', note: 'member nicknames; two service ads carry a phone but no person name' };
  });
}

// 13. Meeting sign-in sheet.
// Tests: name+单位+phone rows, name+email rows, the same attendees signing in twice (morning and
// afternoon) counted once, a names-only sheet.
function kMeeting() {
  const K = 'meeting_signin';
  const ORGS = ['市发改委', '恒达科技', '新源贸易', '市财政局', '博远信息', '云帆网络', '区工信局', '精工机械'];
  const sheet = (fname, n, o = {}) => mk(K, fname, (r, P, d) => {
    const header = ['序号', '姓名', '单位', '职务', ...(o.mobile !== false ? ['手机'] : []), ...(o.email ? ['邮箱'] : []), '签到时间', '签名'];
    const ps = Array.from({ length: n }, () => P.person({ age: [26, 58] }));
    const sessions = o.twice ? ['09:', '14:'] : ['09:'];
    const rows = [];
    for (const s of sessions) for (const p of ps) {
      d.p({ name: p.name, ...(o.mobile !== false ? { mobile: p.mobile } : {}), ...(o.email ? { email: p.email } : {}) });
      rows.push([rows.length + 1, p.name, r.pick(ORGS), r.pick(['科长', '经理', '主任', '工程师', '总监']), ...(o.mobile !== false ? [p.mobile] : []), ...(o.email ? [p.email] : []), `2024-05-16 ${s}${pad(r.int(0, 29))}`, '已签']);
    }
    return { content: table(fname, header, rows, { title: o.title ?? '2024年数字经济座谈会 签到表' }), note: o.note ?? `${n} attendees (name+${o.mobile === false ? '' : 'mobile'}${o.email ? (o.mobile === false ? 'email' : '+email') : ''})` };
  });
  sheet('signin_small_meeting.csv', 4);
  sheet('signin_seminar.csv', 5);
  sheet('signin_email_only.csv', 9, { mobile: false, email: true });
  sheet('signin_forum_day1.csv', 49);
  sheet('signin_forum_day2.csv', 50);
  sheet('signin_annual_conf.tsv', 120, { email: true, title: '2024年度合作伙伴大会 签到表' });
  sheet('signin_training_am_pm.csv', 30, { twice: true, note: '30 trainees sign in morning and afternoon (60 rows, same name+mobile twice)' });
  sheet('signin_names_only.md', 15, { mobile: false, note: '15 attendee names with organisation, no phone/e-mail' });
  mk(K, 'agenda_forum.md', (r, P, d) => ({ content: `# 2024年数字经济座谈会 议程\n\n| 时间 | 议题 |\n| --- | --- |\n| 09:00-09:30 | 签到 |\n| 09:30-10:30 | 数据要素市场化配置改革 |\n| 10:45-11:45 | 中小企业数字化转型案例分享 |\n| 14:00-16:00 | 分组讨论 |\n\n地点：市民中心B区3楼会议室\n`, note: 'agenda, topics only' }));
}

// 14. CRM export as JSON.
// Tests: one object per line (unambiguous), pretty-printed objects, nested company→contacts with
// organisation data (USCC, switchboard) that is no person's, KYC objects with idNo.
function kCrm() {
  const K = 'crm_json';
  const compact = (fname, n, o = {}) => mk(K, fname, (r, P, d) => {
    const lines = [];
    for (let i = 0; i < n; i++) {
      const p = P.person(); const c = r.pick(COMPANIES);
      const obj = { id: `C${pad(300000 + i * 7, 6)}`, name: p.name, mobile: p.mobile, email: p.email, company: c[0], stage: r.pick(['lead', 'opportunity', 'won', 'lost']), owner: `sales${r.int(1, 9)}`, updatedAt: `2024-05-${pad(r.int(1, 31))}T${timeOf(r)}:00+08:00` };
      if (o.id) obj.idNo = p.id;
      d.p({ name: p.name, mobile: p.mobile, email: p.email, ...(o.id ? { id: p.id } : {}) });
      lines.push(JSON.stringify(obj));
    }
    return { content: '[\n' + lines.join(',\n') + '\n]\n', note: `JSON array, one customer object per line (name+mobile+email${o.id ? '+idNo' : ''})` };
  });
  compact('crm_leads_week19.json', 4);
  compact('crm_leads_week20.json', 5);
  compact('crm_customers_south.json', 49);
  compact('crm_customers_north.json', 50);
  compact('crm_customers_all.json', 120);
  compact('crm_kyc_verified.json', 10, { id: true });
  mk(K, 'crm_contacts_pretty.json', (r, P, d) => {
    const arr = Array.from({ length: 30 }, (_, i) => { const p = P.person(); d.p({ name: p.name, mobile: p.mobile, email: p.email }); return { id: 5000 + i, contactName: p.name, phone: p.mobile, email: p.email, tags: [r.pick(['VIP', '潜在', '老客户'])], source: r.pick(['展会', '官网', '转介绍']) }; });
    return { content: JSON.stringify({ code: 0, data: { total: 30, list: arr } }, null, 2) + '\n', note: 'pretty-printed API dump, 30 contact objects over several lines each', tol: 3 };
  });
  mk(K, 'crm_accounts_nested.json', (r, P, d) => {
    const accs = COMPANIES.slice(0, 8).concat(COMPANIES.slice(0, 2)).map((c, i) => {
      d.orgData();
      const contacts = [0, 1].map(() => { const p = P.person(); d.p({ name: p.name, mobile: p.mobile, email: p.email.replace(/@.*/, '@' + c[1]) }); return { name: p.name, title: r.pick(['采购经理', '财务总监', 'IT主管', '总经理助理']), mobile: p.mobile, email: p.email.replace(/@.*/, '@' + c[1]) }; });
      return { accountId: `A${1000 + i}`, company: c[0] + (i >= 8 ? '（分公司）' : ''), uscc: uscc(r, c[2]), switchboard: `${r.pick(['0755', '020', '021', '010'])}-${r.int(5, 8)}${r.digits(7)}`, invoiceMail: `finance@${c[1]}`, contacts };
    });
    return { content: JSON.stringify(accs, null, 2) + '\n', note: '10 accounts x 2 contacts (name+mobile+email); company USCC, switchboard and finance@ mailbox are organisation data', tol: 2 };
  });
  mk(K, 'crm_app_config.json', (r, P, d) => ({ content: JSON.stringify({ version: '3.8.2', pipeline: ['lead', 'opportunity', 'won', 'lost'], sla: { firstResponseMinutes: 30, escalateAfterHours: 24 }, features: { dedupe: true, maskExport: true }, webhook: 'https://crm.example.cn/hooks/v1/events', retryPolicy: { max: 5, backoffMs: 2000 } }, null, 2) + '\n', note: 'configuration file' }));
}

// 15. Application logs with user objects.
// Tests: many log lines but few distinct users (records = distinct users, not lines); KYC logs with
// idNo (9 vs 10); a single error dump; a log with only uids, trace ids and 13-digit epoch millis.
function kLogs() {
  const K = 'app_logs';
  const ts = (r, i) => { const t = Date.UTC(2024, 4, 6, 2, 0, 0) + i * r.int(200, 4000); return new Date(t + 8 * 3600e3).toISOString().replace('T', ' ').replace('Z', ''); };
  // random hex ids, redrawn while they hold a run of 6+ digits (such a run could read as a phone/landline)
  const hex = (r, n) => { let x; do x = Array.from({ length: n }, () => '0123456789abcdef'[r.int(0, 15)]).join(''); while (/\d{6}/.test(x)); return x; };
  const svc = (fname, users, lines, o = {}) => mk(K, fname, (r, P, d) => {
    const us = Array.from({ length: users }, (_, i) => ({ p: P.person(), uid: 100200 + i * 13 }));
    const out = []; let i = 0;
    const order = [...us]; while (order.length < lines) order.push(r.pick(us)); r.shuffle(order);
    for (const u of order) {
      const t = ts(r, i++); const th = `http-nio-8080-exec-${r.int(1, 20)}`; const tr = hex(r, 16);
      if (o.kyc) {
        d.p({ name: u.p.name, id: u.p.id, mobile: u.p.mobile });
        out.push(`${t} INFO  [${th}] c.x.kyc.VerifyService - realname verify traceId=${tr} req={"uid":${u.uid},"realName":"${u.p.name}","idNo":"${u.p.id}","mobile":"${u.p.mobile}"} result=PASS cost=${r.int(80, 900)}ms`);
      } else {
        d.p({ name: u.p.name, mobile: u.p.mobile });
        out.push(`${t} INFO  [${th}] c.x.order.OrderController - createOrder traceId=${tr} user={"uid":${u.uid},"name":"${u.p.name}","mobile":"${u.p.mobile}"} items=${r.int(1, 5)} amount=${amount(r, 9, 999)}`);
      }
      if (r.chance(0.5)) out.push(`${ts(r, i++)} DEBUG [${th}] c.x.cache.RedisCache - hit key=sku:${r.int(10000, 99999)} traceId=${tr} cost=${r.int(1, 9)}ms`);
    }
    return { content: out.join('\n') + '\n', note: `${lines} log events for ${users} distinct users (${o.kyc ? 'realName+idNo+mobile' : 'name+mobile'} per line)` };
  });
  svc('order-service-2024-05-06.log', 4, 300);
  svc('order-service-2024-05-07.log', 5, 120);
  svc('order-service-2024-05-08.log', 30, 500);
  svc('order-service-2024-05-09.log', 49, 400);
  svc('order-service-2024-05-10.log', 60, 600);
  svc('kyc-service-2024-05-06.log', 9, 40, { kyc: true });
  svc('kyc-service-2024-05-07.log', 10, 25, { kyc: true });
  mk(K, 'auth-service-2024-05-06.jsonl.log', (r, P, d) => {
    const us = Array.from({ length: 50 }, (_, i) => ({ p: P.person(), uid: 200000 + i * 17 }));
    const seq = [...us]; while (seq.length < 200) seq.push(r.pick(us)); r.shuffle(seq);
    const out = seq.map((u, i) => { d.p({ name: u.p.name, mobile: u.p.mobile }); return JSON.stringify({ time: ts(r, i), level: 'info', svc: 'auth', msg: r.pick(['login ok', 'token refresh', 'sms code sent']), traceId: hex(r, 16), user: { id: u.uid, name: u.p.name, phone: u.p.mobile } }); });
    return { content: out.join('\n') + '\n', note: 'structured JSON-lines log, 200 events of 50 distinct users (name+phone per line)' };
  });
  mk(K, 'error-2024-05-06.log', (r, P, d) => {
    const p = P.person(); d.p({ name: p.name, mobile: p.mobile, email: p.email });
    const t = '2024-05-06 14:22:08.412';
    return { content: [`${t} ERROR [http-nio-8080-exec-3] c.x.user.ProfileController - update failed`, `com.x.user.ValidationException: email domain not allowed, payload=UserDTO{uid=100877, name='${p.name}', mobile='${p.mobile}', email='${p.email}', level=2}`, '\tat com.x.user.ProfileService.update(ProfileService.java:118)', '\tat com.x.user.ProfileController.update(ProfileController.java:64)', `${t.replace('08.412', '09.001')} INFO  [http-nio-8080-exec-3] c.x.web.AccessLog - PUT /api/v1/profile 400 13ms`].join('\n') + '\n', note: 'one error with one user DTO dumped on one line' };
  });
  mk(K, 'gateway-2024-05-06.log', (r, P, d) => {
    const out = [];
    for (let i = 0; i < 200; i++) { const ms = Date.UTC(2024, 4, 6, 2) + i * r.int(100, 3000); out.push(`${ts(r, i)} INFO  gw - ts=${ms} uid=${r.int(100000, 999999)} traceId=${hex(r, 32)} route=/api/v1/${r.pick(['orders', 'cart', 'sku', 'coupon'])} status=${r.pick([200, 200, 200, 304, 404])} cost=${r.int(2, 300)}ms`); }
    return { content: out.join('\n') + '\n', note: 'gateway access log: uids, trace ids and 13-digit epoch millis (ts=17150...) are no phones' };
  });
}

// 16. SQL dump of a users table.
// Tests: one INSERT per row and mysqldump extended INSERTs (many rows on one line: each tuple is a
// row); bank-card binding table; schema-only and username-only dumps.
function kSql() {
  const K = 'sql_dump';
  const BT = '`';
  const head = (db, tbl, cols) => `-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n--\n-- Host: 10.0.3.12    Database: ${db}\n-- ------------------------------------------------------\n/*!40101 SET NAMES utf8mb4 */;\n\nDROP TABLE IF EXISTS ${BT}${tbl}${BT};\nCREATE TABLE ${BT}${tbl}${BT} (\n${cols.map(c => '  ' + c).join(',\n')},\n  PRIMARY KEY (${BT}id${BT})\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n\n`;
  const USERCOLS = [`${BT}id${BT} bigint NOT NULL AUTO_INCREMENT`, `${BT}real_name${BT} varchar(32) DEFAULT NULL`, `${BT}mobile${BT} char(11) DEFAULT NULL`, `${BT}email${BT} varchar(128) DEFAULT NULL`, `${BT}created_at${BT} datetime NOT NULL`];
  const dump = (fname, n, o = {}) => mk(K, fname, (r, P, d) => {
    const cols = [...USERCOLS]; if (o.id) cols.splice(4, 0, `${BT}id_card${BT} char(18) DEFAULT NULL`);
    const tuples = [];
    for (let i = 0; i < n; i++) {
      const p = P.person(); d.p({ name: p.name, mobile: p.mobile, email: p.email, ...(o.id ? { id: p.id } : {}) });
      tuples.push(`(${i + 1},'${p.name}','${p.mobile}','${p.email}',${o.id ? `'${p.id}',` : ''}'${dateIn(r, 2021, 2023)} ${timeOf(r)}:${pad(r.int(0, 59))}')`);
    }
    let body;
    if (o.extended) { body = ''; for (let i = 0; i < tuples.length; i += o.extended) body += `INSERT INTO ${BT}users${BT} VALUES ${tuples.slice(i, i + o.extended).join(',')};\n`; }
    else body = tuples.map(t => `INSERT INTO ${BT}users${BT} VALUES ${t};`).join('\n') + '\n';
    return { content: head('shop', 'users', cols) + `LOCK TABLES ${BT}users${BT} WRITE;\n` + body + 'UNLOCK TABLES;\n', note: `users table, ${n} rows (real_name+mobile+email${o.id ? '+id_card' : ''})` + (o.extended ? `, extended INSERTs of up to ${o.extended} tuples per line` : ', one INSERT per row') };
  });
  dump('shop_users_sample.sql', 4);
  dump('shop_users_0506.sql', 5);
  dump('shop_users_part1.sql', 49, { extended: 20 });
  dump('shop_users_part2.sql', 50, { extended: 50 });
  dump('shop_users_full.sql', 120, { id: true, extended: 40 });
  const bind = (fname, n) => mk(K, fname, (r, P, d) => {
    const cols = [`${BT}id${BT} bigint NOT NULL AUTO_INCREMENT`, `${BT}user_id${BT} bigint NOT NULL`, `${BT}holder_name${BT} varchar(32) NOT NULL`, `${BT}card_no${BT} varchar(19) NOT NULL`, `${BT}bank_name${BT} varchar(32) NOT NULL`, `${BT}reserved_mobile${BT} char(11) NOT NULL`];
    const rows = [];
    for (let i = 0; i < n; i++) { const p = P.person(); d.p({ name: p.name, card: p.card, mobile: p.mobile }); rows.push(`INSERT INTO ${BT}member_bindcard${BT} VALUES (${i + 1},${100200 + i * 7},'${p.name}','${p.card}','${p.bank}','${p.mobile}');`); }
    return { content: head('pay', 'member_bindcard', cols) + rows.join('\n') + '\n', note: `card-binding table, ${n} rows (holder name+card+reserved mobile)` };
  });
  bind('pay_member_bindcard_a.sql', 9);
  bind('pay_member_bindcard_b.sql', 10);
  mk(K, 'crm_customers_pg_copy.sql', (r, P, d) => {
    const rows = Array.from({ length: 49 }, (_, i) => { const p = P.person(); d.p({ name: p.name, mobile: p.mobile, email: p.email }); return [i + 1, p.name, p.mobile, p.email, `${dateIn(r, 2022, 2023)} ${timeOf(r)}:00+08`].join('\t'); });
    return { content: `--\n-- PostgreSQL database dump\n--\n\nCREATE TABLE public.customers (\n    id integer NOT NULL,\n    name text,\n    phone text,\n    email text,\n    created_at timestamp with time zone\n);\n\nCOPY public.customers (id, name, phone, email, created_at) FROM stdin;\n${rows.join('\n')}\n\\.\n`, note: 'PostgreSQL COPY block, 49 tab-separated rows (name+phone+email)' };
  });
  mk(K, 'shop_schema_only.sql', (r, P, d) => ({ content: head('shop', 'users', [...USERCOLS, `${BT}id_card${BT} char(18) DEFAULT NULL`]) + '-- no data\n', note: 'schema only, no rows' }));
  mk(K, 'forum_accounts.sql', (r, P, d) => {
    const cols = [`${BT}id${BT} bigint NOT NULL AUTO_INCREMENT`, `${BT}username${BT} varchar(32) NOT NULL`, `${BT}password_hash${BT} char(60) NOT NULL`, `${BT}created_at${BT} datetime NOT NULL`];
    const A = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    const rows = Array.from({ length: 30 }, (_, i) => `(${i + 1},'${r.pick(['river', 'blue', 'coder', 'moon', 'pixel', 'tiger'])}_${r.int(100, 9999)}','$2a$10$${Array.from({ length: 53 }, () => r.pick(A.split(''))).join('')}','${dateIn(r, 2020, 2023)} ${timeOf(r)}:00')`);
    return { content: head('forum', 'accounts', cols) + `INSERT INTO ${BT}accounts${BT} VALUES ${rows.join(',')};\n`, note: 'usernames and bcrypt hashes only' };
  });
}

// 17. Sales weekly report with customers mentioned in prose.
// Tests: mentions, not lists: 3 customers (bullets or one paragraph) stay internal, 5 distinct become
// confidential, a customer mentioned twice counts once, one customer with an ID is confidential.
function kSalesWeekly() {
  const K = 'sales_weekly';
  const head = (w) => `# 华南区销售周报（2024年第${w}周）\n\n汇报人：华南区销售部\n\n## 本周概况\n- 新签合同 3 单，合同额 186.5 万元，环比增长 12.4%。\n- 回款 142 万元，完成月度目标的 68%。\n\n`;
  const tail = `\n## 下周计划\n1. 推进二期项目招标文件编制；\n2. 组织区域渠道培训。\n`;
  const mention = (r, p, c) => `${c}：联系人${p.name}${r.pick(['经理', '总', '主任'])}（手机 ${fmtMobile(r, p.mobile)}），${r.pick(['本周确认二期需求，预计6月签约。', '对报价有异议，需再沟通折扣。', '已完成样机测试，等待采购流程。', '要求下周安排上门演示。'])}`;
  const rep = (fname, n, o = {}) => mk(K, fname, (r, P, d) => {
    const ps = Array.from({ length: n }, () => P.person()); const cs = r.shuffle([...COMPANIES]).map(c => c[0]);
    ps.forEach(p => d.p({ name: p.name, mobile: p.mobile }));
    let body;
    if (o.paragraph) body = '## 重点客户跟进\n' + ps.map((p, i) => mention(r, p, cs[i]).replace(/。$/, '')).join('；') + '。\n';
    else body = '## 重点客户跟进\n' + ps.map((p, i) => `${i + 1}. ${mention(r, p, cs[i])}`).join('\n') + '\n';
    if (o.repeat) body += `${n + 1}. 另：${ps[0].name}经理（手机 ${ps[0].mobile}）周五来电催促报价，已转售前处理。\n`;
    return { content: head(o.week ?? 19) + body + tail, note: o.note ?? `${n} customers mentioned with name+mobile, one per line` };
  });
  rep('weekly_w19_south.md', 3);
  rep('weekly_w20_south.md', 3, { paragraph: true, week: 20, note: '3 customers mentioned in one prose paragraph (one line), each name+mobile' });
  rep('weekly_w21_south.md', 5, { week: 21 });
  rep('weekly_w22_south.md', 4, { repeat: true, week: 22, note: '5 mentions of 4 distinct customers (one mentioned twice with the same mobile)' });
  rep('weekly_w23_south.txt', 4, { week: 23, note: '4 customers mentioned with name+mobile' });
  mk(K, 'weekly_w24_no_contacts.md', (r, P, d) => ({ content: head(24) + '## 重点客户跟进\n1. 恒达科技：二期需求已确认，预计6月签约。\n2. 新源贸易：价格谈判中。\n3. 博远信息：样机测试通过。\n' + tail, note: 'report naming customer companies only' }));
  mk(K, 'weekly_w25_contract_id.md', (r, P, d) => {
    const p = P.person(); d.p({ name: p.name, id: p.id, mobile: p.mobile });
    return { content: head(25) + `## 合同备案\n个人客户${p.name}（身份证号 ${p.id}，手机 ${p.mobile}）的租赁合同已完成备案。\n` + tail, note: 'one individual customer with ID number in prose' };
  });
  mk(K, 'weekly_w26_with_table.md', (r, P, d) => {
    const rows = Array.from({ length: 9 }, (_, i) => { const p = P.person(); d.p({ name: p.name, mobile: p.mobile }); return [i + 1, COMPANIES[i % COMPANIES.length][0], p.name, p.mobile, r.pick(['A', 'B', 'C'])]; });
    return { content: head(26) + table('x.md', ['序号', '客户', '联系人', '手机', '意向等级'], rows, { title: null }).replace(/^/, '## 本周新增意向客户\n\n') + tail, note: 'weekly report with an appended table of 9 new leads (name+mobile)' };
  });
}

// 18. E-mail with a signature (RFC 822 text).
// Tests: the sender's signature block (name+mobile+email) is one record; bare header addresses are
// no record; customer mentions in the body add records; signature counts toward the 5 threshold.
function kEmailSig() {
  const K = 'email_signature';
  const sig = (r, p, co) => `--\n${p.name}\n${r.pick(['销售部', '市场部', '客户服务部'])} | ${co[0]}\n手机：${p.mobile}\n邮箱：${p.email}\n`;
  const mail = (fname, subject, bodyFn, note) => mk(K, fname, (r, P, d) => {
    const co = r.pick(COMPANIES); const me = P.person({ age: [25, 50] }); me.email = me.py.join('') + '@' + co[1];
    const you = P.person({ age: [25, 50] }); const youMail = you.py.join('.') + '@' + r.pick(COMPANIES)[1];
    d.p({ name: me.name, mobile: me.mobile, email: me.email }); d.p({ email: youMail });
    const body = bodyFn(r, P, d);
    return {
      content: eml({ from: me.email, to: youMail, subject, date: 'Mon, 06 May 2024 10:12:33 +0800', msgid: `${r.digits(10)}.${r.int(1000, 9999)}@${co[1]}`, body: `${you.name.slice(0, you.sur[0].length)}总，您好：\n\n${body}\n\n祝好！\n\n${sig(r, me, co)}` }),
      note
    };
  });
  const custLines = (n) => (r, P, d) => Array.from({ length: n }, (_, i) => { const p = P.person(); d.p({ name: p.name, mobile: p.mobile }); return `${i + 1}. 客户：${p.name}，手机：${p.mobile}`; }).join('\n');
  mk(K, 'landline_signature.eml', (r, P, d) => {
    const co = r.pick(COMPANIES); const me = P.person(); me.email = me.py.join('.') + '@' + co[1]; const to = 'service@' + r.pick(COMPANIES)[1];
    d.p({ name: me.name, landline: me.landline, email: me.email }); d.orgData(); // service@ is a role mailbox
    return { content: eml({ from: me.email, to, subject: '发票寄送地址确认', date: 'Tue, 07 May 2024 09:05:10 +0800', msgid: `${r.digits(10)}@${co[1]}`, body: `您好：\n\n发票已开具，请确认寄送地址是否仍为贵司前台。\n\n谢谢！\n\n--\n${me.name}\n财务部 | ${co[0]}\n直线：${me.landline}\n邮箱：${me.email}\n` }), note: 'signature with name + direct landline + e-mail; recipient is a role mailbox' };
  });
  mail('quote_followup.eml', '报价单已发送', () => '附件为本次设备采购的报价单，请查收。如有疑问随时联系。', 'plain mail; only the sender signature is a record, the recipient address is a bare value');
  mail('referral_one_customer.eml', '转介绍客户', (r, P, d) => { const p = P.person(); d.p({ name: p.name, mobile: p.mobile }); return `介绍一位客户给您：${p.name}，手机 ${p.mobile}，想了解贵司的仓储方案。`; }, 'signature + one referred customer (name+mobile)');
  mail('booking_with_id.eml', '机票预订信息', (r, P, d) => { const p = P.person(); d.p({ name: p.name, id: p.id, mobile: p.mobile }); return `请帮忙预订5月20日深圳至北京航班，乘机人信息如下：\n\n乘机人：${p.name}\n身份证号：${p.id}\n联系电话：${p.mobile}`; }, 'signature + one passenger block with ID');
  mail('two_customers_plus_sig.eml', '本周待回访客户', custLines(2), 'signature + 2 customers (name+mobile)');
  mail('three_customers_plus_sig.eml', '待跟进客户名单', custLines(3), 'signature + 3 customers = 4 records');
  mail('four_customers_plus_sig.eml', '待跟进客户名单（补充）', custLines(4), 'signature + 4 customers = 5 records (the signature counts)');
  mail('forwarded_list_6.eml', 'Fw: 展会登记客户', custLines(6), 'signature + forwarded list of 6 customers');
  mail('pasted_csv_50.eml', '客户导出（请勿外传）', (r, P, d) => '姓名,手机,邮箱\n' + Array.from({ length: 50 }, () => { const p = P.person(); d.p({ name: p.name, mobile: p.mobile, email: p.email }); return `${p.name},${p.mobile},${p.email}`; }).join('\n'), 'signature + pasted CSV of 50 customers = 51 records');
}

// 19. Mail thread where the same two people sign every reply.
// Tests: signatures repeated in every reply and in quoted text count once per person; a list quoted
// in each reply counts once; signers add to customer mentions (2 signers + 3 customers = 5).
function kMailThread() {
  const K = 'mail_thread';
  const sig = (p, co, dept) => `--\n${p.name}\n${dept} | ${co[0]}\n手机：${p.mobile}\n邮箱：${p.email}`;
  const rfcDate = (day, hh, mm) => new Date(Date.UTC(2024, 4, day, hh, mm)).toUTCString().replace(/ \d\d:.*/, '') + ` ${pad(hh)}:${pad(mm)}:00 +0800`;
  const thread = (fname, nReplies, o = {}) => mk(K, fname, (r, P, d) => {
    const [ca, cb] = r.shuffle([...COMPANIES]).slice(0, 2);
    const a = P.person({ age: [25, 50] }); a.email = a.py.join('.') + '@' + ca[1];
    const b = P.person({ age: [25, 50] }); b.email = b.py.join('') + '@' + cb[1];
    const c = o.third ? P.person({ age: [25, 50] }) : null; if (c) c.email = c.py.join('_') + '@' + cb[1];
    const people = [[a, ca, '采购部'], [b, cb, '销售部']]; if (c) people.push([c, cb, '技术支持部']);
    for (const [p] of people) d.p({ name: p.name, mobile: p.mobile, email: p.email });
    const list = Array.from({ length: o.list ?? 0 }, () => { const p = P.person(); d.p({ name: p.name, mobile: p.mobile, ...(o.listCard ? { card: p.card } : {}) }); return p; });
    const listText = list.map((p, i) => `${i + 1}. ${p.name} ${p.mobile}${o.listCard ? ' 退款卡号 ' + p.card : ''}`).join('\n');
    const texts = ['关于二期设备采购，请确认交货期。', '交货期可以控制在30天内，价格按上次报价。', '好的，请发正式合同文本。', '合同已发，请查收，盖章后回传。', '已盖章回传，请安排发货。', '已安排发货，物流单号稍后发您。'];
    const senderAt = i => (c && i === nReplies - 1) ? people[2] : people[i % 2];
    let msg = '';
    for (let i = 0; i < nReplies; i++) {
      const [p, co, dept] = senderAt(i);
      let text = texts[i % texts.length];
      if (list.length && i === (o.listAt ?? 1)) text += `\n\n${o.listCard ? '需退款的客户如下' : '需要回访的终端客户如下'}：\n${listText}`;
      const cur = `${text}\n\n${sig(p, co, dept)}`;
      // every reply carries the whole history: '>'-quoted (default) or Outlook style below a 原始邮件 header
      const prev = senderAt(i - 1)?.[0];
      if (i === 0) msg = cur;
      else if (o.outlook) msg = `${cur}\n\n-----原始邮件-----\n发件人: ${prev.email}\n发送时间: 2024年5月${6 + i - 1}日 ${pad(9 + i)}:15\n主题: ${i > 1 ? 'Re: ' : ''}二期设备采购\n\n${msg}`;
      else msg = `${cur}\n\n${prev.email} 于 2024-05-${pad(6 + i - 1)} ${pad(9 + i)}:15 写道：\n${quote(msg)}`;
    }
    const last = senderAt(nReplies - 1)[0];
    const to = last === a ? b.email : a.email;
    const cc = c ? (last === c ? b.email : c.email) : undefined;
    return {
      content: eml({ from: last.email, to, cc, subject: 'Re: 二期设备采购', date: rfcDate(6 + nReplies - 1, 16, 40), msgid: `${r.digits(12)}@${ca[1]}`, inReplyTo: `${r.digits(12)}@${cb[1]}`, body: msg }),
      note: o.note ?? `thread of ${nReplies} messages, ${people.length} people sign every reply; signatures repeated in '>' quotes count once`
    };
  });
  thread('thread_purchase_4.eml', 4);
  thread('thread_purchase_6_outlook.eml', 6, { outlook: true, note: 'thread of 6 messages in Outlook style (原始邮件 blocks, no > prefixes); the same 2 people sign every reply' });
  thread('thread_three_signers.eml', 5, { third: true, note: 'thread of 5 messages, 2 people alternate and a third person signs the last reply' });
  thread('thread_two_customers.eml', 4, { list: 2, note: '2 signers + 2 end customers listed once = 4 records' });
  thread('thread_three_customers.eml', 4, { list: 3, note: '2 signers + 3 end customers listed once = 5 records' });
  thread('thread_list_5_once.eml', 4, { list: 5, listAt: 3, note: '2 signers (signatures repeated in quotes) + a list of 5 customers in the last reply only = 7 records' });
  thread('thread_list_5_quoted.eml', 5, { list: 5, outlook: true, note: '2 signers + a list of 5 customers quoted again in every later reply = 7 distinct records' });
  thread('thread_refund_card.eml', 4, { list: 1, listCard: true, note: '2 signers + one customer with a refund bank card' });
}

// 20. Contract with both parties' representatives and their IDs.
// Tests: one block per party (rep name + ID + phone) = 1 record each; company USCC in the block is
// no person's; names-only contracts have no record; a blank template is public.
function kContract() {
  const K = 'contract_parties';
  const partyCo = (r, d, role, co, rep, repRole) => { d.orgData(); d.p({ name: rep.name, id: rep.id, mobile: rep.mobile }); return `${role}：${co[0]}\n统一社会信用代码：${uscc(r, co[2])}\n住所：${rep.addr.replace(/[0-9]+栋.*/, '')}\n${repRole}：${rep.name}\n身份证号码：${rep.id}\n联系电话：${rep.mobile}\n`; };
  const partyP = (d, role, p, o = {}) => { d.p({ name: p.name, id: p.id, mobile: p.mobile, ...(o.card ? { card: p.card } : {}) }); return `${role}：${p.name}\n身份证号码：${p.id}\n联系电话：${p.mobile}\n${o.card ? `收款账户：${p.bank} ${groupDigits(p.card)}\n` : ''}住址：${p.addr}\n`; };
  const sign = `\n（以下无正文）\n\n甲方（签章）：                乙方（签章）：\n签订日期：2024年5月12日\n`;
  mk(K, 'purchase_contract_HT0512.txt', (r, P, d) => {
    const [c1, c2] = r.shuffle([...COMPANIES]).slice(0, 2);
    return { content: `采购合同\n合同编号：HT-2024-0512-031\n\n${partyCo(r, d, '甲方（买方）', c1, P.person({ age: [35, 60] }), '法定代表人')}\n${partyCo(r, d, '乙方（卖方）', c2, P.person({ age: [28, 50] }), '委托代理人')}\n第一条 标的：工业控制器 200 台，单价 3,200.00 元，总价 640,000.00 元。\n第二条 交货期：合同生效后30日内。\n第三条 付款方式：验收合格后30日内支付全款。\n${sign}`, note: 'two companies, each block has a representative with name+ID+phone' };
  });
  mk(K, 'lease_contract_individuals.txt', (r, P, d) => ({ content: `房屋租赁合同\n\n${partyP(d, '出租方（甲方）', P.person({ age: [40, 65] }), { card: true })}\n${partyP(d, '承租方（乙方）', P.person({ age: [23, 40] }))}\n第一条 房屋坐落：${P.person().addr}，建筑面积 89.5 平方米。\n第二条 租期：2024年6月1日至2025年5月31日。\n第三条 月租金：6,500元，押二付一。\n${sign}`, note: 'landlord (name+ID+phone+card) and tenant (name+ID+phone) blocks' }));
  mk(K, 'lease_contract_cotenants.md', (r, P, d) => ({ content: `# 房屋租赁合同\n\n${partyP(d, '出租方（甲方）', P.person({ age: [40, 65] }))}\n${partyP(d, '承租方（乙方）', P.person({ age: [23, 40] }))}\n${partyP(d, '共同承租人', P.person({ age: [23, 40] }))}\n第一条 月租金：4,800元。\n${sign}`, note: 'landlord, tenant and co-tenant blocks, each name+ID+phone' }));
  mk(K, 'service_agreement_names_only.txt', (r, P, d) => {
    const [c1, c2] = r.shuffle([...COMPANIES]).slice(0, 2); d.orgData(); const a = P.person(), b = P.person(); d.p({ name: a.name }); d.p({ name: b.name });
    return { content: `技术服务协议\n\n甲方：${c1[0]}\n统一社会信用代码：${uscc(r, c1[2])}\n法定代表人：${a.name}\n\n乙方：${c2[0]}\n统一社会信用代码：${uscc(r, c2[2])}\n法定代表人：${b.name}\n\n第一条 服务内容：信息系统运维服务。\n第二条 服务费：每年 360,000.00 元。\n${sign}`, note: 'two companies with USCC and legal representative names only, no second person field' };
  });
  mk(K, 'labor_contract_E01023.txt', (r, P, d) => {
    const co = r.pick(COMPANIES); d.orgData(); const boss = P.person({ age: [40, 60] }); d.p({ name: boss.name });
    const e = P.person({ age: [22, 40] });
    return { content: `劳动合同书\n\n甲方（用人单位）：${co[0]}\n统一社会信用代码：${uscc(r, co[2])}\n法定代表人：${boss.name}\n\n${partyP(d, '乙方（劳动者）', e)}\n第一条 合同期限：2024年6月1日至2027年5月31日，试用期3个月。\n第二条 工作岗位：软件工程师。\n第三条 月工资：18,000元。\n${sign}`, note: 'employer block (USCC, legal rep name only) + employee block name+ID+phone' };
  });
  mk(K, 'loan_contract_with_guarantor.txt', (r, P, d) => ({ content: `借款合同\n\n${partyP(d, '出借人（甲方）', P.person({ age: [35, 60] }))}\n${partyP(d, '借款人（乙方）', P.person({ age: [25, 50] }), { card: true })}\n${partyP(d, '担保人（丙方）', P.person({ age: [30, 60] }))}\n第一条 借款金额：人民币 200,000.00 元。\n第二条 借款期限：12个月，年利率 6%。\n${sign}`, note: 'lender, borrower (with card) and guarantor blocks, each with ID' }));
  mk(K, 'group_purchase_agreement_annex.md', (r, P, d) => {
    const co = r.pick(COMPANIES); d.orgData(); const rep = P.person(); d.p({ name: rep.name });
    const rows = Array.from({ length: 10 }, (_, i) => { const p = P.person(); d.p({ name: p.name, id: p.id, mobile: p.mobile }); return [i + 1, p.name, p.id, p.mobile, `${r.int(1, 30)}${pad(r.int(1, 4))}`]; });
    return { content: `# 团购认购协议\n\n开发商：${co[0]}\n统一社会信用代码：${uscc(r, co[2])}\n法定代表人：${rep.name}\n\n## 附件一：认购人名单\n\n` + table('x.md', ['序号', '认购人', '身份证号', '手机', '意向房号'], rows), note: 'agreement with an annex listing 10 buyers (name+ID+mobile)' };
  });
  mk(K, 'lease_contract_template.txt', (r, P, d) => ({ content: `房屋租赁合同（示范文本）\n\n出租方（甲方）：________________\n身份证号码：________________\n联系电话：________________\n\n承租方（乙方）：________________\n身份证号码：________________\n联系电话：________________\n\n第一条 房屋坐落：____市____区____路____号。\n第二条 租期自____年__月__日至____年__月__日。\n`, note: 'blank template' }));
}

// 21. Notice with one contact person.
// Tests: a single contact (mobile or landline) is internal; two contacts on one line are two
// records; a district contact table of 4 vs 5; a lost ID card notice is confidential.
function kNotice() {
  const K = 'notice_contact';
  const notice = (fname, title, text, note) => mk(K, fname, (r, P, d) => ({ content: `${title}\n\n${text(r, P, d)}\n`, note }));
  notice('fire_check_notice.txt', '关于开展2024年消防安全检查的通知', (r, P, d) => { const p = P.person(); d.p({ name: p.name, mobile: p.mobile }); return `各部门：\n为切实做好消防安全工作，定于5月20日至24日开展全面检查，请各部门提前自查。\n\n联系人：${p.name}，联系电话：${p.mobile}。\n\n行政部\n2024年5月13日`; }, 'one contact person with mobile');
  notice('stats_report_notice.txt', '关于报送一季度统计数据的通知', (r, P, d) => { const p = P.person(); const l = '020-' + r.int(5, 8) + r.digits(7); d.p({ name: p.name, landline: l }); return `各有关单位：\n请于4月15日前报送一季度统计数据。\n联系人：${p.name}  办公电话：${l}\n\n市统计局办公室`; }, 'one contact person with an office landline');
  notice('training_notice_two_contacts.md', '# 关于举办新员工入职培训的通知', (r, P, d) => { const a = P.person(), b = P.person(); d.p({ name: a.name, mobile: a.mobile }); d.p({ name: b.name, mobile: b.mobile }); return `培训时间：2024年6月3日-5日\n培训地点：总部12楼培训室\n\n联系人：${a.name} ${a.mobile}；${b.name} ${b.mobile}`; }, 'two contacts on one line, each name+mobile');
  const table4 = (n) => (r, P, d) => '各区联络人如下：\n\n' + table('x.md', ['辖区', '联络人', '手机'], ['南山区', '福田区', '宝安区', '龙岗区', '罗湖区', '龙华区'].slice(0, n).map(z => { const p = P.person(); d.p({ name: p.name, mobile: p.mobile }); return [z, p.name, p.mobile]; })) + '\n请各区于5月31日前完成报名。';
  notice('district_contacts_4.md', '# 关于组织参加全市职工运动会的通知', table4(4), 'notice with a table of 4 district contacts');
  notice('district_contacts_5.md', '# 关于组织参加全市职工运动会的补充通知', table4(5), 'notice with a table of 5 district contacts');
  notice('lost_id_card_notice.txt', '失物招领', (r, P, d) => { const p = P.person(); d.p({ name: p.name, id: p.id }); return `本物业服务中心于5月10日在3栋电梯厅拾获居民身份证一张：\n姓名：${p.name}\n公民身份号码：${p.id}\n\n请失主携带有效证明到物业服务中心（1号楼大堂）领取。`; }, 'lost ID card notice: name+ID');
  notice('holiday_notice.txt', '关于2024年端午节放假安排的通知', () => '各部门：\n根据国务院办公厅通知，端午节放假时间为6月8日至10日，共3天。请各部门做好值班安排。\n\n行政部\n2024年5月28日', 'holiday notice');
  notice('service_notice_hotline.txt', '关于系统升级暂停服务的公告', (r, P, d) => { const p = P.person(); d.p({ name: p.name, mobile: p.mobile }); return `尊敬的客户：\n因系统升级，5月18日 00:00-06:00 暂停线上服务。\n客服热线：400-${r.int(600, 899)}-${r.digits(4)}（7×24小时）\n商务联系人：${p.name} ${p.mobile}`; }, 'one business contact; the 400 hotline is the organisation\'s');
}

// 22. Invoice between companies (organisation data only).
// Tests: USCCs, company address/phone, corporate accounts and invoice numbers are no person's;
// clerk names (收款人/复核/开票人) are single fields; a personal invoice with the buyer's ID is a record.
function kInvoice() {
  const K = 'invoice_b2b';
  const corpAcct = r => r.pick([() => '7559' + r.digits(8) + '10' + r.digits(1), () => '4400' + r.digits(16)])();   // 15 or 20 digits: no card length
  const clerks = (P, d) => { const n = [P.person().name, P.person().name, P.person().name]; n.forEach(x => d.p({ name: x })); return `收款人：${n[0]}    复核：${n[1]}    开票人：${n[2]}`; };
  const party = (r, d, role, co) => { d.orgData(); return `${role}\n  名称：${co[0]}\n  纳税人识别号：${uscc(r, co[2])}\n  地址、电话：${r.pick(PLACES).join('')}${r.pick(ROADS)}${r.int(1, 300)}号 ${r.pick(['0755', '020', '021', '0571'])}-${r.int(5, 8)}${r.digits(7)}\n  开户行及账号：${r.pick(['招商银行', '中国工商银行', '中国建设银行'])}${r.pick(['科技园支行', '天河支行', '张江支行'])} ${corpAcct(r)}\n`; };
  mk(K, 'vat_special_invoice_0512.txt', (r, P, d) => {
    const [a, b] = r.shuffle([...COMPANIES]).slice(0, 2);
    return { content: `增值税专用发票\n发票代码：0440${r.digits(8)}    发票号码：${r.digits(8)}    开票日期：2024年05月12日\n\n${party(r, d, '购买方', a)}\n货物或应税劳务名称    规格型号    单位    数量    单价    金额    税率    税额\n*电子元件*工业控制器    KZ-200    台    200    2831.86    566372.00    13%    73628.36\n价税合计（大写）：陆拾肆万圆整    （小写）¥640000.36\n\n${party(r, d, '销售方', b)}\n${clerks(P, d)}\n`, note: 'VAT invoice between two companies; clerk names are single fields' };
  });
  mk(K, 'e_invoice_full_digital.md', (r, P, d) => {
    const [a, b] = r.shuffle([...COMPANIES]).slice(0, 2); d.orgData(); const c = P.person().name; d.p({ name: c });
    return { content: `# 电子发票（增值税专用发票）\n\n发票号码：24${r.digits(18)}\n开票日期：2024年05月20日\n\n| | 名称 | 统一社会信用代码/纳税人识别号 |\n| --- | --- | --- |\n| 购买方 | ${a[0]} | ${uscc(r, a[2])} |\n| 销售方 | ${b[0]} | ${uscc(r, b[2])} |\n\n| 项目名称 | 数量 | 金额 | 税率 | 税额 |\n| --- | --- | --- | --- | --- |\n| *信息技术服务*运维服务费 | 1 | 339622.64 | 6% | 20377.36 |\n\n价税合计：¥360000.00\n\n开票人：${c}\n`, note: 'fully digital invoice between companies (20-digit invoice number); one clerk name' };
  });
  mk(K, 'invoices_issued_2024_04.csv', (r, P, d) => {
    d.orgData(); const cl = [P.person().name, P.person().name]; cl.forEach(x => d.p({ name: x }));
    const rows = Array.from({ length: 25 }, () => { const c = r.pick(COMPANIES); const amt = r.int(2000, 500000); return [`2024-04-${pad(r.int(1, 30))}`, r.digits(8), c[0], uscc(r, c[2]), amt.toFixed(2), (amt * 0.13).toFixed(2), r.pick(cl)]; });
    return { content: table('x.csv', ['开票日期', '发票号码', '购买方名称', '购买方税号', '金额', '税额', '开票人'], rows, { crlf: true }), note: '25 invoices to companies (name, USCC, amounts); 2 clerk names' };
  });
  mk(K, 'statement_of_account_Q1.txt', (r, P, d) => {
    const [a, b] = r.shuffle([...COMPANIES]).slice(0, 2); d.orgData(); const m = P.person().name; d.p({ name: m });
    const rows = Array.from({ length: 6 }, (_, i) => `2024-0${1 + (i >> 1)}-${pad(r.int(1, 28))}  ${r.pick(['发货', '回款'])}  ${amount(r, 10000, 300000)}`);
    return { content: `往来对账单（2024年第一季度）\n\n致：${a[0]}\n由：${b[0]}\n收款账户：${b[0]}  开户行：中国建设银行天河支行  账号：${corpAcct(r)}\n\n日期  摘要  金额\n${rows.join('\n')}\n\n期末应收余额：¥ 286,400.00\n如无异议请盖章回传至 finance@${b[1]}。\n\n制表人：${m}\n`, note: 'statement between companies: corporate account, finance@ role mailbox, one clerk name' };
  });
  mk(K, 'receipt_confirmation_corporate.txt', (r, P, d) => {
    const [a, b] = r.shuffle([...COMPANIES]).slice(0, 2); d.orgData(); const m = P.person().name; d.p({ name: m });
    return { content: `收款确认函\n\n${a[0]}：\n贵司于2024年5月8日支付的货款人民币 128,000.00 元已收到，付款账号 ${corpAcct(r)}，收款单位 ${b[0]}（纳税人识别号 ${uscc(r, b[2])}）。\n\n经办人：${m}\n${b[0]} 财务部\n`, note: 'payment confirmation between companies; one clerk name' };
  });
  mk(K, 'invoice_personal_buyer.txt', (r, P, d) => {
    const b = r.pick(COMPANIES); const p = P.person(); d.p({ name: p.name, id: p.id });
    return { content: `增值税普通发票\n发票号码：${r.digits(8)}    开票日期：2024年05月15日\n\n购买方\n  名称：${p.name}（个人）\n  纳税人识别号：${p.id}\n\n*家用电器*空调 KFR-35GW  1台  金额 3185.84  税率 13%  税额 414.16\n价税合计：¥3600.00\n\n${party(r, d, '销售方', b)}\n${clerks(P, d)}\n`, note: 'invoice to an individual whose taxpayer number is the ID number (name+ID)' };
  });
  mk(K, 'purchase_order_PO2405.txt', (r, P, d) => {
    const [a, b] = r.shuffle([...COMPANIES]).slice(0, 2); d.orgData(); const x = P.person(), y = P.person(); d.p({ name: x.name, mobile: x.mobile }); d.p({ name: y.name, mobile: y.mobile });
    return { content: `采购订单 PO-2405-0088\n\n采购方：${a[0]}\n统一社会信用代码：${uscc(r, a[2])}\n采购联系人：${x.name}\n手机：${x.mobile}\n\n供应方：${b[0]}\n统一社会信用代码：${uscc(r, b[2])}\n销售联系人：${y.name}\n手机：${y.mobile}\n\n物料：伺服电机 SM-750  数量 40  单价 1,850.00\n交货日期：2024-06-10\n`, note: 'purchase order between companies with one contact person (name+mobile) per side' };
  });
}

// 23. Masked exports (138****5678, 张*): no full values.
// Tests: masked names/phones/IDs/cards/e-mails are no findings; one unmasked row among masked rows
// (a leak) is found; 6 leaked rows become confidential.
function kMasked() {
  const K = 'masked_export';
  const mName = (n, r) => n[0] + (r.chance(0.5) ? '*' : '*'.repeat(n.length - 1));
  const mMob = m => m.slice(0, 3) + '****' + m.slice(7);
  const mId = i => i.slice(0, 4) + '**********' + i.slice(14);
  const mAddr = a => a.replace(/区.*/, '区****');
  const orders = (fname, n, leaks, o = {}) => mk(K, fname, (r, P, d) => {
    const header = ['订单编号', '下单时间', '收货人', '手机', ...(o.id ? ['身份证号'] : []), '收货地址', '金额'];
    const leakAt = new Set(r.shuffle([...Array(n).keys()]).slice(0, leaks));
    const rows = Array.from({ length: n }, (_, i) => {
      const p = P.person(); const L = leakAt.has(i);
      if (L) d.p(o.id ? { name: p.name, id: p.id } : { name: p.name, mobile: p.mobile });
      return [orderNo19(r), `2024-05-${pad(r.int(1, 31))} ${timeOf(r)}`, L ? p.name : mName(p.name, r), L && !o.id ? p.mobile : mMob(p.mobile), ...(o.id ? [L ? p.id : mId(p.id)] : []), mAddr(p.addr), amount(r, 20, 800)];
    });
    return { content: table(fname, header, rows, { crlf: true }), note: o.note };
  });
  orders('orders_masked_may.csv', 80, 0, { note: '80 orders, every name/phone/address masked (张*, 138****5678)' });
  orders('orders_masked_leak1.csv', 40, 1, { note: '40 masked orders, one row left unmasked (name+mobile)' });
  orders('orders_masked_leak6.csv', 40, 6, { note: '40 masked orders, 6 rows left unmasked (name+mobile)' });
  orders('crossborder_masked_leak_id.csv', 30, 1, { id: true, note: '30 masked cross-border orders, one row with full name and ID' });
  mk(K, 'members_masked.csv', (r, P, d) => {
    const rows = Array.from({ length: 60 }, (_, i) => { const p = P.person(); return [`M${pad(i + 1, 5)}`, mName(p.name, r), mMob(p.mobile), mId(p.id), p.email[0] + '***@' + p.email.split('@')[1], r.pick(['金卡', '银卡', '普卡'])]; });
    return { content: table('x.csv', ['会员号', '姓名', '手机', '身份证号', '邮箱', '等级'], rows), note: '60 members, names/phones/IDs/e-mails all masked' };
  });
  mk(K, 'subscribers_masked_names_full_email.csv', (r, P, d) => {
    const rows = Array.from({ length: 8 }, (_, i) => { const p = P.person(); d.p({ email: p.email }); return [`S${pad(i + 1, 4)}`, mName(p.name, r), p.email, r.pick(['已订阅', '已退订'])]; });
    return { content: table('x.csv', ['编号', '姓名', '邮箱', '状态'], rows), note: '8 subscribers: names masked but e-mails in full (bare list of 8 e-mails)' };
  });
  mk(K, 'card_transactions_masked.csv', (r, P, d) => {
    const rows = Array.from({ length: 50 }, () => { const p = P.person(); return [`2024-05-${pad(r.int(1, 31))}`, `${p.card.slice(0, 4)} **** **** ${p.card.slice(-4)}`, '*' + p.name.slice(1), r.pick(['消费', '转账', '还款']), amount(r, 10, 9000)]; });
    return { content: table('x.csv', ['交易日期', '卡号', '户名', '类型', '金额'], rows), note: '50 card transactions with masked card numbers and holder names' };
  });
  mk(K, 'lottery_winners_notice.md', (r, P, d) => {
    const rows = Array.from({ length: 30 }, (_, i) => { const p = P.person(); return [i + 1, p.name[0] + '*' + (p.name.length > 2 ? p.name.slice(-1) : ''), mMob(p.mobile), r.pick(['一等奖', '二等奖', '三等奖', '三等奖'])]; });
    return { content: table('x.md', ['序号', '姓名', '手机', '奖项'], rows, { title: '“五一”抽奖活动中奖名单公示', footer: '奖品将于5月20日前寄出。' }), note: '30 winners with masked names and phones' };
  });
}

// 24. Duplicates: the same list pasted twice (or three times).
// Tests: records are distinct; doubling rows must not cross a threshold (25x2 is not 50,
// 5 IDs x2 is not 10); a second copy with different phone formatting is the same records.
function kDuplicates() {
  const K = 'duplicated_list';
  const dup = (fname, n, copies, o = {}) => mk(K, fname, (r, P, d) => {
    const ps = Array.from({ length: n }, () => P.person());
    const header = ['姓名', '手机', ...(o.id ? ['身份证号'] : [])];
    let s = '';
    for (let c = 0; c < copies; c++) {
      const rows = ps.map(p => { d.p({ name: p.name, mobile: p.mobile, ...(o.id ? { id: p.id } : {}) }); return [p.name, o.reformat && c === 1 ? `${p.mobile.slice(0, 3)}-${p.mobile.slice(3, 7)}-${p.mobile.slice(7)}` : p.mobile, ...(o.id ? [p.id] : [])]; });
      s += (c ? '\n' : '') + table(fname, header, rows);
    }
    return { content: s, note: o.note ?? `the same ${n}-person list (name+mobile${o.id ? '+ID' : ''}) pasted ${copies} times` };
  });
  dup('pasted_twice_4.csv', 4, 2);
  dup('pasted_twice_25.csv', 25, 2, { note: 'the same 25-person list pasted twice (50 rows, 25 records)' });
  dup('pasted_twice_30_reformatted.txt', 30, 2, { reformat: true, note: 'a 30-person list pasted twice, the second copy writes phones as 138-1234-5678' });
  dup('pasted_twice_5_id.csv', 5, 2, { id: true, note: 'the same 5 people with ID pasted twice (10 rows, 5 records with ID)' });
  dup('pasted_thrice_9_id.csv', 9, 3, { id: true });
  dup('pasted_twice_10_id.csv', 10, 2, { id: true });
  dup('pasted_twice_49.csv', 49, 2);
  dup('pasted_twice_50.md', 50, 2);
}

// 25. A list where only every other row has a second field.
// Tests: a name alone is no record; only the rows with name+phone/ID/e-mail count.
function kSparse() {
  const K = 'sparse_second_field';
  const sparse = (fname, n, field, o = {}) => mk(K, fname, (r, P, d) => {
    const col = { mobile: '联系电话', id: '身份证号', email: '邮箱' }[field];
    const rows = Array.from({ length: n }, (_, i) => { const p = P.person(); const has = i % 2 === 0; d.p({ name: p.name, ...(has ? { [field]: p[field] } : {}) }); return [i + 1, p.name, has ? p[field] : '', r.pick(['已确认', '待确认'])]; });
    return { content: table(fname, ['序号', '姓名', col, '状态'], rows), note: `${n} rows; only rows 1,3,5,... carry a ${field} next to the name` };
  });
  sparse('volunteers_10.csv', 10, 'mobile');
  sparse('volunteers_8.csv', 8, 'mobile');
  sparse('volunteers_9.tsv', 9, 'mobile');
  sparse('attendees_98.csv', 98, 'mobile');
  sparse('attendees_100.csv', 100, 'mobile');
  sparse('exam_candidates_18.csv', 18, 'id');
  sparse('exam_candidates_19.csv', 19, 'id');
  sparse('newsletter_12.md', 12, 'email');
}

// 26. Travel agency tour group roster (passports).
// Tests: passports are sensitive (a family of 4 is confidential, 10 travellers secret); a roster of
// names+pinyin without documents has no record; only the tour leader's phone forms a record.
function kTour() {
  const K = 'tour_group_roster';
  const roster = (fname, n, o = {}) => mk(K, fname, (r, P, d) => {
    const header = ['序号', '中文姓名', '姓(拼音)', '名(拼音)', '性别', '出生日期', ...(o.docs !== false ? ['护照号码', '有效期至', '手机号码'] : [])];
    const rows = Array.from({ length: n }, (_, i) => {
      const p = P.person({ age: [6, 72] }); const phone = o.docs !== false && (p.age >= 18);
      d.p({ name: p.name, ...(o.docs !== false ? { passport: p.passport } : {}), ...(phone ? { mobile: p.mobile } : {}) });
      return [i + 1, p.name, p.py[0].toUpperCase(), p.py[1].toUpperCase(), p.gender, p.birth, ...(o.docs !== false ? [p.passport, `${r.int(2026, 2033)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`, phone ? p.mobile : ''] : [])];
    });
    let s = table(fname, header, rows, { title: o.title ?? '日本7日游 团队名单（团号 JP240520A）' });
    if (o.leader) { const l = P.person(); d.p({ name: l.name, mobile: l.mobile }); s += `\n领队：${l.name}  手机：${l.mobile}\n`; }
    return { content: s, note: o.note ?? `${n} travellers (name+passport, adults also mobile)` };
  });
  mk(K, 'visa_application_single.txt', (r, P, d) => {
    const p = P.person(); d.p({ name: p.name, passport: p.passport, mobile: p.mobile, email: p.email });
    return { content: `签证申请信息表\n\n姓名：${p.name}\n姓名拼音：${p.py.join(' ').toUpperCase()}\n性别：${p.gender}\n出生日期：${p.birth}\n护照号码：${p.passport}\n手机：${p.mobile}\n邮箱：${p.email}\n\n出行日期：2024-06-18  目的地：法国巴黎\n`, note: 'one visa applicant block (name+passport+mobile+email)' };
  });
  roster('small_group_4_passports.csv', 4, { title: '定制游小团（4人）护照信息' });
  roster('group_JP0520A.csv', 9);
  roster('group_JP0520B.csv', 10);
  roster('group_EU0601.csv', 49);
  roster('group_TH0605.tsv', 50);
  roster('group_names_pinyin_only.csv', 16, { docs: false, note: '16 traveller names with pinyin and birth dates, no passport or phone' });
  roster('group_leader_phone_only.md', 20, { docs: false, leader: true, note: '20 traveller names without documents; only the tour leader line has name+mobile' });
}

// 27. Call-centre tickets.
// Tests: repeat callers (tickets > distinct callers), tickets without a caller name (phone alone),
// callback landlines, agent names as single fields.
function kCallCenter() {
  const K = 'call_center_tickets';
  const tickets = (fname, callers, nTickets, o = {}) => mk(K, fname, (r, P, d) => {
    const agents = Array.from({ length: 4 }, () => P.person({ age: [21, 35] }).name);
    const cs = Array.from({ length: callers }, () => P.person());
    const seq = [...cs]; while (seq.length < nTickets) seq.push(r.pick(cs)); r.shuffle(seq);
    const named = new Set();
    const rows = seq.map((c, i) => {
      // a ticket without the caller's name only on a repeat call of someone already named: records = callers
      const tel = o.landline ? c.landline : c.mobile; const anon = o.anon && named.has(c) && i % 3 === 0; named.add(c);
      d.p({ name: anon ? null : c.name, [o.landline ? 'landline' : 'mobile']: tel }); const ag = r.pick(agents); d.p({ name: ag });
      return [`GD2405${pad(i + 1, 5)}`, `2024-05-${pad(r.int(6, 12))} ${timeOf(r)}`, tel, anon ? '' : c.name, r.pick(['账单查询', '退换货', '投诉', '开通业务', '故障报修']), ag, r.pick(['已办结', '处理中', '已回访'])];
    });
    return { content: table(fname, ['工单号', '来电时间', '来电号码', '客户姓名', '业务类型', '处理坐席', '状态'], rows, { crlf: o.crlf }), note: o.note ?? `${nTickets} tickets from ${callers} distinct callers (name+phone)` + (o.anon ? '; some repeat tickets lack the caller name (phone alone)' : '') };
  });
  mk(K, 'ticket_GD240500017.txt', (r, P, d) => {
    const c = P.person(); d.p({ name: c.name, mobile: c.mobile }); const ag = P.person().name; d.p({ name: ag });
    return { content: `工单详情\n工单号：GD240500017\n\n客户姓名：${c.name}\n来电号码：${c.mobile}\n\n问题描述：宽带频繁掉线，要求上门检修。\n处理坐席：${ag}（工号 8012）\n状态：处理中\n`, note: 'one ticket: caller block name+mobile; agent name alone' };
  });
  tickets('tickets_0506.csv', 4, 15, { note: '15 tickets from 4 repeat callers' });
  tickets('tickets_0507.csv', 5, 8, { anon: true });
  tickets('tickets_landline_0508.csv', 9, 14, { landline: true, note: '14 tickets from 9 callers calling from landlines (name+landline)' });
  tickets('tickets_week19.csv', 49, 60, { anon: true, crlf: true });
  tickets('tickets_week20.csv', 50, 64);
  tickets('tickets_may.tsv', 120, 180, { anon: true });
  mk(K, 'agent_kpi_week19.csv', (r, P, d) => {
    const rows = Array.from({ length: 8 }, (_, i) => [`坐席${8001 + i}`, r.int(80, 260), (r.int(900, 990) / 10).toFixed(1) + '%', `${r.int(120, 360)}s`]);
    return { content: table('x.csv', ['坐席工号', '接听量', '满意度', '平均通话时长'], rows), note: 'agent KPIs by agent number' };
  });
}

// 28. Residential parking register.
// Tests: owners with several cars (same name+mobile on several rows) counted once.
function kParking() {
  const K = 'parking_register';
  const plate = r => r.pick(['粤B', '粤A', '京N', '沪A', '浙A']) + (r.chance(0.3) ? r.pick(['D', 'F']) + r.digits(5) : r.pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')) + r.digits(4));
  const reg = (fname, owners, rowsN, o = {}) => mk(K, fname, (r, P, d) => {
    const os = Array.from({ length: owners }, () => P.person({ age: [25, 70] }));
    const seq = [...os]; for (let i = 0; seq.length < rowsN; i++) seq.push(os[i]);
    r.shuffle(seq);
    const rows = seq.map(p => { d.p({ name: p.name, mobile: p.mobile }); return [plate(r), p.name, p.mobile, `${r.int(1, 12)}栋${r.int(1, 33)}${pad(r.int(1, 4))}`, `B${r.int(1, 2)}-${pad(r.int(1, 300), 3)}`, `2024-${pad(r.int(6, 12))}-30`]; });
    return { content: table(fname, ['车牌号', '车主姓名', '手机', '房号', '车位号', '月卡到期'], rows, { crlf: o.crlf }), note: o.note ?? `${rowsN} vehicles of ${owners} owners (name+mobile)` };
  });
  reg('vehicles_building2.csv', 4, 4);
  reg('vehicles_building6.csv', 5, 6, { note: '6 vehicles of 5 owners (one owner has two cars)' });
  reg('vehicles_phase1.csv', 49, 52, { note: '52 vehicles of 49 owners (3 owners have two cars)' });
  reg('vehicles_phase2.csv', 50, 55, { crlf: true, note: '55 vehicles of 50 owners' });
  reg('vehicles_all.tsv', 120, 131);
  reg('visitor_passes_0506.csv', 1, 1, { note: 'one vehicle pass (owner name+mobile)' });
  mk(K, 'parking_usage_stats.csv', (r, P, d) => {
    const rows = ['B1', 'B2'].flatMap(l => ['A区', 'B区', 'C区'].map(z => { const t = r.int(80, 200), u = r.int(40, t); return [l, z, t, u, (u / t * 100).toFixed(1) + '%']; }));
    return { content: table('x.csv', ['楼层', '区域', '车位数', '已售/已租', '使用率'], rows), note: 'parking occupancy statistics' };
  });
  mk(K, 'plates_only_blacklist.txt', (r, P, d) => ({ content: '禁止入内车辆（欠费）\n\n' + Array.from({ length: 12 }, () => plate(r)).join('\n') + '\n', note: 'licence plates only' }));
}

// 29. Bare lists: values of one kind, no records.
// Tests: a bare list is graded by its distinct values; lists of <= 20 values are labelled,
// larger ones get "any".
function kBare() {
  const K = 'bare_list';
  const bare = (fname, title, n, field, fmt, note) => mk(K, fname, (r, P, d) => {
    const v = Array.from({ length: n }, () => { const p = P.person(); d.p({ [field]: p[field] }); return fmt ? fmt(r, p[field]) : p[field]; });
    return { content: (title ? title + '\n\n' : '') + v.join('\n') + '\n', note };
  });
  bare('callback_numbers.txt', '今日回访号码', 3, 'mobile', null, '3 mobiles, nothing else');
  bare('branch_landlines.txt', '以下号码请勿外呼', 4, 'landline', null, '4 landlines, nothing else');
  bare('sms_batch_12.txt', '', 12, 'mobile', fmtMobile, '12 mobiles in mixed formats, nothing else');
  bare('sms_batch_20.csv', '手机号', 20, 'mobile', null, '20 mobiles, nothing else');
  bare('id_numbers_to_verify.txt', '待核验证件号', 3, 'id', null, '3 ID numbers without names');
  bare('transfer_card_note.txt', '请转账至以下卡号：', 1, 'card', (r, c) => groupDigits(c), 'one bank card number without a name');
  bare('email_recipients.txt', '收件人列表', 5, 'email', null, '5 personal e-mail addresses, nothing else');
  bare('sms_batch_300.txt', '', 300, 'mobile', null, '300 mobiles, nothing else');
  bare('names_60.txt', '名单', 60, 'name', null, '60 names, nothing else');
}

// 30. Public documents with look-alike numbers and no personal data.
// Tests: 400 hotlines, product part numbers (E + 8 digits) without passport context, 13-digit epoch
// millis, date-prefixed 18-digit order numbers, invoice codes, e-mail-like strings in code, surname
// characters in ordinary words.
function kPublic() {
  const K = 'public_docs';
  const pub = (fname, note, text) => mk(K, fname, (r) => ({ content: text(r), note }));
  pub('product_manual.txt', 'product manual with a 400 service hotline and version numbers', r => `智能空气净化器 KJ-500F 使用说明书\n\n产品型号：KJ-500F\n固件版本：v2.3.18\n额定功率：55W  额定电压：220V~ 50Hz\nCADR（颗粒物）：500m³/h\n\n售后服务热线：400-${r.int(600, 899)}-${r.digits(4)}（周一至周日 9:00-21:00）\n执行标准：GB/T 18801-2022\n`);
  pub('meeting_minutes_q2.md', 'meeting minutes naming departments only', () => `# 第二季度经营分析会纪要\n\n参会部门：市场部、研发部、财务部、运营部\n\n1. 二季度营收目标 1.2 亿元，截至5月完成 62%。\n2. 研发部于6月15日前完成新版本发布。\n3. 财务部牵头梳理应收账款，超过90天的逐笔跟进。\n`);
  pub('finance_monthly_may.md', 'finance summary with amounts and ratios', r => `# 2024年5月财务简报\n\n| 指标 | 本月 | 同比 |\n| --- | --- | --- |\n| 营业收入 | ${amount(r, 10000000, 30000000)} | +12.3% |\n| 毛利率 | 38.6% | +1.2pt |\n| 经营性现金流 | ${amount(r, 1000000, 5000000)} | -4.1% |\n\n发票代码 0440${r.digits(8)} 等 36 张进项发票已认证抵扣。\n`);
  pub('README.md', 'developer README with e-mail-like strings (git@, @2x, @scope)', () => '# web-console\n\n```bash\ngit clone git@github.com:example-org/web-console.git\nnpm install @example/ui-kit@3.2.1\n```\n\nIcons live in `assets/icon@2x.png` and `assets/logo@3x.png`.\nCSS uses `@media (max-width: 768px)`; decorators like `@Injectable()` are used in services.\n');
  pub('scheduler.log', 'job log with 13-digit epoch millis and trace ids', r => Array.from({ length: 120 }, (_, i) => { const ms = Date.UTC(2024, 4, 6, 0) + i * 60000 + r.int(0, 999); return `2024-05-06T${pad(8 + (i / 60 | 0))}:${pad(i % 60)}:00+08:00 job=settle-${i % 5} startedAt=${ms} took=${r.int(20, 900)}ms rows=${r.int(0, 5000)} span=${r.digits(4)}-${r.digits(4)}`; }).join('\n') + '\n');
  pub('order_stats_daily.csv', 'daily order statistics with 18-digit date-prefixed order numbers (region 20 is no ID; none passes Luhn)', r => table('x.csv', ['日期', '首单编号', '订单数', 'GMV'], Array.from({ length: 20 }, (_, i) => [`2024-05-${pad(i + 1)}`, (() => { let x; do x = `202405${pad(i + 1)}${r.digits(10)}`; while (luhnOk(x)); return x; })(), r.int(800, 3000), amount(r, 100000, 900000)])));
  pub('press_release.txt', 'press release full of surname characters in ordinary words (余额, 付款, 周一, 关于, 方案, 高速)', () => '关于上线“余额自动理财”功能的公告\n\n本公司将于下周一正式上线余额自动理财方案。用户完成付款后，账户余额将自动转入货币基金，实现高速到账、安全稳健。\n如何开通：打开App，进入“我的-资金”页面即可。\n');
  pub('parts_catalog.csv', 'parts catalogue with E-prefixed part numbers and no passport context', r => table('x.csv', ['物料编码', '名称', '规格', '单价'], Array.from({ length: 15 }, () => [`E${r.digits(8)}`, r.pick(['接触器', '断路器', '继电器', '端子排']), `${r.int(6, 63)}A`, amount(r, 10, 900)])));
}

// ═════════════════════════════ main ═════════════════════════════
const KINDS = [kSchoolClass, kHospital, kHotel, kCourier, kEcommerce, kInsurance, kBankOpening, kProperty, kGym, kResumes,
  kPayroll, kWechat, kMeeting, kCrm, kLogs, kSql, kSalesWeekly, kEmailSig, kMailThread, kContract, kNotice, kInvoice,
  kMasked, kDuplicates, kSparse, kTour, kCallCenter, kParking, kBare, kPublic];

const outDir = process.argv[2];
if (!outDir) { console.error('usage: node verdicts.mjs OUTDIR'); process.exit(2); }
for (const k of KINDS) k();

// self-checks: unique paths; tolerance never crosses a level; warn on ambiguous bare values next to few records
const seen = new Set(); const warn = [];
for (const f of OUT) {
  if (seen.has(f.rel)) throw new Error('duplicate path ' + f.rel); seen.add(f.rel);
  const L = f.label;
  if (L.records_tolerance && L.sensitivity !== 'any') for (const rec of [L.records - L.records_tolerance, L.records + L.records_tolerance]) {
    const s = grade(rec, Math.min(rec, L._sens), L._sensValue, true, L._bare);
    if (s !== L.sensitivity) warn.push(`${f.rel}: tolerance ${L.records_tolerance} crosses ${L.sensitivity} -> ${s}`);
  }
  if (L.records > 0 && L.records < 5 && L._extraBare > 20) warn.push(`${f.rel}: ${L._extraBare} bare values beside ${L.records} records`);
}
const dataDir = join(outDir, 'docs');
if (existsSync(dataDir)) rmSync(dataDir, { recursive: true });
const labels = {};
for (const f of OUT) {
  const p = join(outDir, f.rel); mkdirSync(dirname(p), { recursive: true }); writeFileSync(p, f.content);
  labels[f.rel] = { sensitivity: f.label.sensitivity, records: f.label.records, records_tolerance: f.label.records_tolerance, note: f.note };
}
writeFileSync(join(outDir, 'labels.json'), JSON.stringify(labels, null, 2) + '\n');
const by = {}; for (const f of OUT) by[f.label.sensitivity] = (by[f.label.sensitivity] ?? 0) + 1;
console.log(`${OUT.length} files in ${KINDS.length} kinds -> ${outDir}`);
console.log(Object.entries(by).map(([k, v]) => `${k}: ${v}`).join(', '));
for (const w of warn) console.warn('WARN ' + w);
