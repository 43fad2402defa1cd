#!/usr/bin/env node
// outreach.mjs — independent labelled test corpus for listguard (Chinese DLP).
//
// Theme: telecom, marketing and public-sector lists — 电销外呼名单, 短信群发 /
// 退订, 活动报名, 话单 CDR, 携号转网 / 实名, 宽带装机工单, 营业厅受理, 低保 /
// 村委会公示, 疫苗 / 体检登记, 流动人口, 选民名单, 党团员名册, 志愿时长, 欠费催缴 /
// 失信, 法院送达地址确认书, 访客登记, 学校通讯录 / 校车, 预约挂号, 核酸采样,
// 简历汇总, 客服工单.
//
// Usage:   node outreach.mjs OUT.jsonl        (default /tmp/indep23/outreach.jsonl)
// Output:  one JSON object per line
//   {"id":"outreach-<kind>-<n>","kind":"<kind>","text":"...",
//    "entities":[{"detector","value"}],   must be reported (unique per doc)
//    "dontCare":[{"detector","value"}],   either answer is fine
//    "decoys":[{"kind","text"}]}          must NOT be reported under any detector
// Normalisation: cn_resident_id 18 chars upper-case X (a legacy 15-digit
//   number is labelled with its upgraded 18-char form); cn_mobile 11 digits
//   without +86/0086/86; cn_landline digits incl. leading 0 + area code, no
//   extension; email lower-case; bank_card digits; cn_uscc upper-case;
//   person_name_zh as written without spaces / full-width padding / titles.
// Excel damage: ="13912345678" and 13912345678.0 keep the number → entity;
//   full-precision scientific 1.3912345678E+10 → dontCare (recoverable, but a
//   detector may fairly refuse to decode it); truncated 1.39123E+10,
//   6.22848E+18, 4.40305E+17 → decoy kind "excel_destroyed" (the number is
//   gone, nothing can be reported); 19-digit cards / 18-digit IDs whose tail
//   Excel zeroed (6228481234567890000) → dontCare (real prefix, wrong value).
// Deterministic: own PRNG (mulberry32) with a fixed seed; all data synthetic.
// Labelling calls: staff names (坐席, 营业员, 装维, 医生, 法官, 民警, 村干部) are
//   people → entities, as are their personal mobiles; <mobile>@139.com/189.cn/wo.cn
//   → the e-mail and the inner mobile. dontCare: 张先生 / 李老师 (surname + title,
//   under both "张先生" and "张"); office / court / 街道 switchboards and every
//   landline on the far end of a CDR (home or business cannot be told); role
//   mailboxes (hr@, service@); PPPoE accounts like 075512345678@163.gd (not a
//   mailbox, embeds a landline: both dontCare); 残疾证号 = ID + 2 digits (the
//   embedded ID is dontCare: no digit boundary). Decoys include identifiers of a
//   person for which listguard has no detector (IMSI, IMEI, ICCID, QQ number,
//   车牌, 微信号, 社保编号, 出生日期) and every masked value (张*明, 138****5678).
//
// Written in session 23 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.

import { writeFileSync } from 'node:fs';

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x23d1a5e7);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const pad = (n, w) => String(n).padStart(w, '0');
const shuffle = (a) => { const b = a.slice(); for (let i = b.length - 1; i > 0; i--) { const j = ri(0, i); [b[i], b[j]] = [b[j], b[i]]; } return b; };
const wpick = (pairs) => { let t = 0; for (const [, w] of pairs) t += w; let r = rnd() * t; for (const [v, w] of pairs) { if ((r -= w) < 0) return v; } return pairs[pairs.length - 1][0]; };
const fw = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
// list length: mostly short, sometimes long
const nrows = (max = 40) => wpick([[ri(1, 5), 3], [ri(5, 15), 5], [ri(15, Math.min(40, max)), 3], [ri(Math.min(40, max), max), 1]]);

// ---------------------------------------------------------------- reference data
const REGIONS = ['110101', '110102', '110105', '110108', '110103', '110104', '120101', '130102', '130925', '140105', '150102', '210102',
  '220102', '230102', '310101', '310104', '310115', '320102', '320106', '330102', '330106', '340104', '341221', '350102', '360102',
  '370102', '370202', '410102', '411421', '412726', '420102', '420106', '430102', '430521', '440103', '440104', '440106', '440304',
  '440305', '450103', '460105', '500103', '510104', '510107', '511321', '520102', '530102', '540102', '610103', '610113', '620102',
  '630102', '640104', '650102'];
const PROV = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']);
const SURN = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const SURN2 = ['欧阳', '上官', '司马', '诸葛', '司徒', '令狐', '皇甫', '慕容'];
const GIV1 = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华红玉兰飞鹏辉晶宇浩凯健俊帆婷雪琳倩欣悦博文斌宁晨鑫瑶琦颖露岚蕾凤梅莉萍燕秀云峰亮旭东海波林建国志永春玲';
const MINORITY = ['买买提·艾力', '阿依古丽·吐尔逊', '热合曼·阿不都', '古丽娜尔·买买提', '艾尔肯·吾买尔', '努尔兰·哈力克', '迪丽拜尔·阿木提', '吐尔洪·司马义'];
const usedNames = new Set();
function gname() {
  for (;;) {
    let n;
    if (chance(0.012)) n = pick(MINORITY);
    else {
      const s = chance(0.03) ? pick(SURN2) : SURN[Math.floor(Math.pow(rnd(), 1.6) * SURN.length)];
      const g = chance(0.3) ? pick(GIV1) : pick(GIV1) + pick(GIV1);
      n = s + g;
      if (g.length === 2 && g[0] === g[1] && chance(0.7)) continue;
    }
    return n;
  }
}
const MOB_PFX = [['13', 30, '0123456789'], ['15', 20, '0123567'], ['15', 6, '89'], ['18', 25, '0123456789'], ['17', 8, '01235678'],
  ['19', 8, '01235789'], ['14', 3, '57'], ['16', 2, '2567']];
const ALLOW = new Set(['13800138000', '13912345678', '18888888888']);
const usedVals = new Set();
function uniq(f) { for (;;) { const v = f(); if (!usedVals.has(v)) { usedVals.add(v); return v; } } }
function gmobile() {
  return uniq(() => { const [a, , b] = wpick(MOB_PFX.map((p) => [p, p[1]])); const m = a + pick(b) + digits(8); return ALLOW.has(m) ? 'x' : m; });
}
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b) { let s = 0; for (let i = 0; i < 17; i++) s += +b[i] * IDW[i]; return '10X98765432'[s % 11]; }
const dim = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function gid(y0 = 1950, y1 = 2002, region) {
  return uniq(() => {
    const y = ri(y0, y1), m = ri(1, 12), dd = ri(1, dim(y, m));
    const b = (region || pick(REGIONS)) + y + pad(m, 2) + pad(dd, 2) + digits(3);
    return b + idCheck(b);
  });
}
// legacy 15-digit: returns [raw15, upgraded18]
function glegacy() {
  const r = pick(REGIONS), y = ri(40, 79), m = ri(1, 12), dd = ri(1, dim(1900 + y, m));
  const raw = r + pad(y, 2) + pad(m, 2) + pad(dd, 2) + digits(3);
  const b = r + '19' + raw.slice(6);
  usedVals.add(raw);
  return [raw, b + idCheck(b)];
}
const idValid = (s) => /^\d{17}[\dX]$/.test(s) && idCheck(s) === s[17];
function luhnDigit(body) {
  let s = 0, dbl = true;
  for (let i = body.length - 1; i >= 0; i--) { let v = +body[i]; if (dbl) { v *= 2; if (v > 9) v -= 9; } s += v; dbl = !dbl; }
  return String((10 - (s % 10)) % 10);
}
const luhnOk = (s) => luhnDigit(s.slice(0, -1)) === s.slice(-1);
const IIN = [['622202', 19, '工商银行'], ['621226', 19, '工商银行'], ['621700', 19, '建设银行'], ['622700', 19, '建设银行'], ['622848', 19, '农业银行'],
  ['621661', 19, '中国银行'], ['621799', 19, '邮储银行'], ['622150', 19, '邮储银行'], ['622260', 19, '交通银行'], ['622588', 16, '招商银行'],
  ['621483', 16, '招商银行'], ['623058', 19, '平安银行'], ['621462', 19, '农信社'], ['625965', 16, '招商银行信用卡'], ['436742', 16, '建设银行龙卡'],
  ['524047', 16, '中信银行信用卡'], ['622908', 18, '兴业银行']];
function gcard() {
  return uniq(() => { const [p, len, bank] = pick(IIN); const b = p + digits(len - p.length - 1); cardBank.set(b + luhnDigit(b), bank); return b + luhnDigit(b); });
}
const cardBank = new Map();
const PY = ['zhang', 'wang', 'li', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he', 'gao',
  'lin', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'deng', 'cao', 'peng', 'xiao', 'tian', 'dong'];
const PYG = ['wei', 'fang', 'na', 'min', 'jing', 'li', 'qiang', 'lei', 'jun', 'yang', 'yong', 'yan', 'jie', 'juan', 'tao', 'ming', 'chao',
  'xia', 'ping', 'gang', 'hua', 'hong', 'fei', 'peng', 'hui', 'yu', 'hao', 'kai', 'jian', 'jun', 'ting', 'xue', 'lin', 'qian', 'xin', 'yue'];
const MAILDOM = [['qq.com', 30], ['163.com', 20], ['126.com', 8], ['sina.com', 4], ['foxmail.com', 5], ['139.com', 4], ['189.cn', 2],
  ['aliyun.com', 2], ['outlook.com', 4], ['gmail.com', 3], ['yeah.net', 2], ['sohu.com', 2], ['hotmail.com', 2], ['wo.cn', 1]];
// returns {addr (as written), mobile (if the local part is a mobile number)}
function gemail(mob) {
  const out = uniq(() => {
    const dom = wpick(MAILDOM);
    if (dom === 'qq.com' && chance(0.6)) return ri(10000000, 3999999999) + '@qq.com';
    if (['139.com', '189.cn', 'wo.cn'].includes(dom) && mob) return mob + '@' + dom;
    const st = ri(0, 5);
    const loc = st === 0 ? pick(PY) + pick(PYG) + ri(1970, 2005) : st === 1 ? pick(PY) + '.' + pick(PYG) + (chance(0.5) ? pick(PYG) : '')
      : st === 2 ? pick(PYG)[0] + pick(PY) + ri(1, 999) : st === 3 ? pick(PY) + '_' + pick(PYG) + pick(['', '88', '666', '2019'])
        : st === 4 ? pick(PY)[0] + pick(PYG)[0] + pick(PY) + ri(10, 99) : pick(PY) + pick(PYG) + pick(PYG);
    return loc + '@' + dom;
  });
  return out;
}
const USCC_A = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function guscc() {
  return uniq(() => {
    const t = pick(['91', '91', '91', '92', '12', '52']);
    const reg = pick(REGIONS).slice(0, 4) + pick(['00', '00', '03', '06']);
    let org = chance(0.6) ? 'MA' + pick('0123456789') + [0, 1, 2, 3, 4].map(() => pick('0123456789ABCDEFGHJKLMNPQRTUWXY')).join('') : digits(8);
    const ow = [3, 7, 9, 10, 5, 8, 4, 2];
    let s = 0; for (let i = 0; i < 8; i++) s += (/\d/.test(org[i]) ? +org[i] : org.charCodeAt(i) - 55) * ow[i];
    const c = 11 - (s % 11);
    const b = t + reg + org + (c === 10 ? 'X' : c === 11 ? '0' : String(c));
    let z = 0; for (let i = 0; i < 17; i++) z += USCC_A.indexOf(b[i]) * USCC_W[i];
    return b + USCC_A[(31 - (z % 31)) % 31];
  });
}
const AREA8 = ['010', '020', '021', '022', '023', '024', '025', '027', '028', '029', '0755', '0571', '0512', '0532', '0371'];
function glandline() { return uniq(() => { if (chance(0.15)) return '0931' + ri(2, 8) + digits(6); const a = pick(AREA8); return a + ri(2, 8) + digits(7); }); }
const areaLen = (l) => (/^0[12]/.test(l) ? 3 : 4);

// ---------------------------------------------------------------- decoy generators (guarded against accidental valid IDs / cards)
function looksId15(s) { return /^\d{15}$/.test(s) && PROV.has(s.slice(0, 2)) && +s.slice(8, 10) >= 1 && +s.slice(8, 10) <= 12 && +s.slice(10, 12) >= 1 && +s.slice(10, 12) <= 28; }
function looksId18(s) { return /^\d{17}[\dX]$/.test(s) && PROV.has(s.slice(0, 2)) && idValid(s); }
function guard(f) { for (;;) { const v = f(); if (looksId15(v) || looksId18(v) || usedVals.has(v) || /^1[3-9]\d{9}$/.test(v) || (/^62\d{14,17}$/.test(v) && luhnOk(v))) continue; usedVals.add(v); return v; } }
const D0 = Date.UTC(2023, 0, 1), D1 = Date.UTC(2025, 5, 30);
const gdate = () => new Date(D0 + Math.floor(rnd() * (D1 - D0)));
const ymd = (d, sep = '-') => [d.getUTCFullYear(), pad(d.getUTCMonth() + 1, 2), pad(d.getUTCDate(), 2)].join(sep);
const hms = (d) => [pad(d.getUTCHours(), 2), pad(d.getUTCMinutes(), 2), pad(d.getUTCSeconds(), 2)].join(':');
const near = (d, maxMin = 600) => new Date(d.getTime() + ri(0, maxMin) * 60000 + ri(0, 59) * 1000 + ri(0, 999));
const tsStr = (d) => ymd(d) + ' ' + hms(d);
const ts14 = (d) => ymd(d, '') + hms(d).replace(/:/g, '');
const cnDate = (d) => `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
const orderNo = (d, len = ri(16, 20)) => guard(() => ymd(d, '') + digits(len - 8));
const agentNo = () => pick(['', '', 'GD', 'A', 'KF', 'DX', 'SH']) + ri(1000, 99999);
const imsi = () => guard(() => pick(['46000', '46002', '46007', '46001', '46006', '46011', '46003', '46015']) + digits(10));
const imei = () => guard(() => { const b = pick(['35', '86']) + digits(12); return b + luhnDigit(b); });
const iccid = () => guard(() => { const b = pick(['898600', '898602', '898601', '898606', '898603', '898611']) + digits(pick([12, 13])); return b + luhnDigit(b); });
const msTs = (d) => String(d.getTime());
const dur = () => { const s = wpick([[0, 2], [ri(1, 59), 4], [ri(60, 600), 4], [ri(600, 3600), 1]]); return s; };
const durFmt = (s, st) => st === 0 ? String(s) : st === 1 ? `${pad(Math.floor(s / 3600), 2)}:${pad(Math.floor(s / 60) % 60, 2)}:${pad(s % 60, 2)}` : (s >= 60 ? `${Math.floor(s / 60)}分${s % 60}秒` : `${s}秒`);
const SERVICE = ['10086', '10010', '10000', '95588', '95533', '95555', '95566', '95599', '12345', '12315', '10099', '95511'];
const tollFree = () => pick(['400-', '4006-', '400 ']) + ri(100, 999) + '-' + ri(1000, 9999);
const smsPort = () => '1069' + digits(pick([8, 9, 10]));
const maskMob = (m) => m.slice(0, 3) + pick(['****', '****', 'xxxx', '****']) + m.slice(7);
const maskId = (id) => pick([() => id.slice(0, 6) + '********' + id.slice(14), () => id.slice(0, 4) + '**********' + id.slice(14),
  () => id.slice(0, 3) + '*'.repeat(11) + id.slice(14), () => id.slice(0, 1) + '*'.repeat(16) + id.slice(17), () => id.slice(0, 10) + '****' + id.slice(14)])();
const maskName = (n) => { const c = [...n]; return c.length <= 2 ? pick([c[0] + '*', c[0] + '某', c[0] + '*']) : pick([c[0] + '*' + c.slice(2).join(''), c[0] + '**', c[0] + '某某']); };
const maskCard = (c) => pick([c.slice(0, 4) + ' **** **** ' + c.slice(-4), c.slice(0, 6) + '*'.repeat(c.length - 10) + c.slice(-4), '**** ' + c.slice(-4)]);
const ip = () => `${pick([117, 223, 120, 183, 36, 112, 39])}.${ri(1, 254)}.${ri(1, 254)}.${ri(1, 254)}`;
const plate = () => pick(['京', '沪', '粤', '浙', '苏', '川', '鄂', '豫', '鲁']) + pick('ABCDEF') + pick(['', '·']) + pick(['', 'D', 'F']) + ri(10000, 99999);
const serial = (p, d) => `${p}${d.getUTCFullYear()}-${pad(ri(1, 9999), 4)}`;
const money = () => chance(0.5) ? (ri(50, 300000) / 100).toFixed(2) : String(ri(10, 5000));
const vcode = () => String(ri(100000, 999999));
const sheBao = () => guard(() => pick(['1000', '3101', '4401', '4403', '5101']) + digits(6));
const ssCard = () => pick('ABCDEFGHJKLM') + digits(8);
const WORDS = ['余额不足', '付款成功', '周一回访', '周末再联系', '高意向', '金卡用户', '关于续约', '方案已发', '马上办理', '文件待补', '正常', '完成', '安全', '常规客户', '程序异常', '任务完成'];
const PLACES = ['张家口', '王府井', '周口', '黄山', '高新区', '李村', '马驹桥', '石家庄', '江汉路', '白云区', '金水区', '何家湾'];

// ---------------------------------------------------------------- document builder
class Doc {
  constructor(kind, n) { this.kind = kind; this.id = `outreach-${kind}-${n}`; this.E = new Map(); this.D = new Map(); this.Y = new Map(); this.raws = []; }
  e(det, value, raw) { const k = det + '|' + value; if (!this.E.has(k)) this.E.set(k, { detector: det, value }); this.raws.push({ det, value, raw, ent: true }); return raw; }
  dc(det, value, raw) { const k = det + '|' + value; if (!this.D.has(k)) this.D.set(k, { detector: det, value }); this.raws.push({ det, value, raw, ent: false }); return raw; }
  y(kind, text) { text = String(text); if (!this.Y.has(text)) this.Y.set(text, { kind, text }); return text; }
  // person name; pad = full-width space inside 2-char names (公示 / 选民 style)
  name(n, padP = 0) { const raw = [...n].length === 2 && chance(padP) ? n[0] + pick(['　', ' ', '  ']) + n[1] : n; return this.e('person_name_zh', n, raw); }
  // mobile in a written style
  mob(m, st = 'plain') {
    const s3 = m.slice(0, 3), s4 = m.slice(3, 7), e4 = m.slice(7);
    switch (st) {
      case 'plain': return this.e('cn_mobile', m, m);
      case 'sp': return this.e('cn_mobile', m, `${s3} ${s4} ${e4}`);
      case 'dash': return this.e('cn_mobile', m, `${s3}-${s4}-${e4}`);
      case 'p86': return this.e('cn_mobile', m, '+86' + m);
      case 'p86sp': return this.e('cn_mobile', m, `+86 ${s3} ${s4} ${e4}`);
      case 'p86d': return this.e('cn_mobile', m, '+86-' + m);
      case '0086': return this.e('cn_mobile', m, '0086' + m);
      case '0086sp': return this.e('cn_mobile', m, '0086 ' + m);
      case '86': return this.e('cn_mobile', m, '86' + m);
      case 'par86': return this.e('cn_mobile', m, '(+86)' + m);
      case 'fw': return this.e('cn_mobile', m, fw(m));
      case 'xl': return '="' + this.e('cn_mobile', m, m) + '"';
      case 'f0': this.e('cn_mobile', m, m + '.0'); return m + '.0';
      case 'sci': { const raw = (+m / 1e10).toPrecision(11).replace(/0+$/, '') + 'E+10'; return this.dc('cn_mobile', m, raw); }
      case 'sciD': return this.y('excel_destroyed', (+m / 1e10).toPrecision(6).replace(/\.?0+$/, '') + 'E+10');
      case 'mask': return this.y('masked_mobile', maskMob(m));
    }
    throw new Error('mob style ' + st);
  }
  land(l, st = 'dash', org = false) {
    const a = l.slice(0, areaLen(l)), s = l.slice(a.length);
    const raw = st === 'dash' ? `${a}-${s}` : st === 'par' ? `(${a})${s}` : st === 'fwpar' ? `（${a}）${s}` : st === 'sp' ? `${a} ${s.slice(0, s.length - 4)} ${s.slice(-4)}`
      : st === 'p86' ? `+86 ${a.slice(1)} ${s}` : l;
    return org ? this.dc('cn_landline', l, raw) : this.e('cn_landline', l, raw);
  }
  rid(v, st = 'plain') {
    switch (st) {
      case 'plain': return this.e('cn_resident_id', v, v);
      case 'lx': return this.e('cn_resident_id', v, v.endsWith('X') ? v.slice(0, 17) + 'x' : v);
      case 'sp': return this.e('cn_resident_id', v, `${v.slice(0, 6)} ${v.slice(6, 14)} ${v.slice(14)}`);
      case 'fw': return this.e('cn_resident_id', v, fw(v).replace('X', 'Ｘ'));
      case 'xl': return '="' + this.e('cn_resident_id', v, v) + '"';
      case 'sciD': return this.y('excel_destroyed', (+v.slice(0, 17) / 1e17).toPrecision(6).replace(/\.?0+$/, '') + 'E+17');
      case 'zero': { const z = v.slice(0, 15) + '000'; return this.dc('cn_resident_id', z, z); }
      case 'mask': return this.y('masked_id', maskId(v));
    }
    throw new Error('id style ' + st);
  }
  card(c, st = 'plain') {
    switch (st) {
      case 'plain': return this.e('bank_card', c, c);
      case 'g4': return this.e('bank_card', c, c.replace(/(\d{4})(?=\d)/g, '$1 '));
      case 'd4': return this.e('bank_card', c, c.replace(/(\d{4})(?=\d)/g, '$1-'));
      case 'xl': return '="' + this.e('bank_card', c, c) + '"';
      case 'tab': return '\'' + this.e('bank_card', c, c);
      case 'sciD': return this.y('excel_destroyed', (+c / 10 ** (c.length - 1)).toPrecision(6).replace(/\.?0+$/, '') + 'E+' + (c.length - 1));
      case 'zero': { const z = c.length > 15 ? c.slice(0, 15) + '0'.repeat(c.length - 15) : c; return this.dc('bank_card', z, z); }
      case 'mask': return this.y('masked_card', maskCard(c));
    }
    throw new Error('card style ' + st);
  }
  mail(addr, caseMix = 0) {
    const v = addr.toLowerCase();
    const raw = chance(caseMix) ? addr.replace(/^[a-z]/, (c) => c.toUpperCase()) : addr;
    const m = /^(1[3-9]\d{9})@(139\.com|189\.cn|wo\.cn)$/.exec(v);
    if (m) this.e('cn_mobile', m[1], m[1]);
    return this.e('email', v, raw);
  }
  uscc(u) { return this.e('cn_uscc', u, u); }
  finish(text) {
    const ent = [...this.E.values()];
    const dc = [...this.D.entries()].filter(([k]) => !this.E.has(k)).map(([, v]) => v);
    return { id: this.id, kind: this.kind, text, entities: ent, dontCare: dc, decoys: [...this.Y.values()], _raws: this.raws };
  }
}

// per-document style pickers
function mobStyler(fmt) {
  const main = fmt === 'excel' ? 'xl' : fmt === 'cdr' ? pick(['plain', '86', 'plain']) : wpick([['plain', 12], ['sp', 1], ['dash', 1], ['p86', 1], ['p86sp', 1]]);
  const rare = fmt === 'excel' ? [['plain', 4], ['f0', 2], ['sci', 1], ['sciD', 2], ['mask', 1]]
    : [['plain', 4], ['sp', 2], ['dash', 2], ['p86', 2], ['p86sp', 1], ['0086', 1], ['0086sp', 1], ['p86d', 1], ['par86', 1], ['fw', 2], ['mask', 1]];
  const pr = chance(0.4) ? 0 : rnd() * 0.25;
  return () => (chance(pr) ? wpick(rare) : main);
}
function idStyler(fmt) {
  const main = fmt === 'excel' ? 'xl' : 'plain';
  const rare = fmt === 'excel' ? [['plain', 3], ['sciD', 2], ['zero', 1], ['lx', 1]] : [['lx', 4], ['sp', 1], ['fw', 1], ['mask', 1]];
  const pr = chance(0.5) ? 0 : rnd() * 0.2;
  return () => (chance(pr) ? wpick(rare) : main);
}
function cardStyler(fmt) {
  const main = fmt === 'excel' ? pick(['xl', 'tab']) : wpick([['plain', 6], ['g4', 2], ['d4', 1]]);
  const rare = fmt === 'excel' ? [['plain', 3], ['sciD', 2], ['zero', 2]] : [['g4', 2], ['plain', 2], ['mask', 1]];
  const pr = chance(0.5) ? 0 : rnd() * 0.2;
  return () => (chance(pr) ? wpick(rare) : main);
}

// ---------------------------------------------------------------- rendering
const dispW = (s) => [...s].reduce((w, c) => w + (c.codePointAt(0) > 0x2e80 ? 2 : 1), 0);
const csvq = (s, sep) => (s.startsWith('="') ? s : (s.includes(sep) || s.includes('"') || s.includes('\n')) ? '"' + s.replace(/"/g, '""') + '"' : s);
const xesc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function render(fmt, cols, rows, o = {}) {
  const H = cols.map((c) => c.h);
  const obj = (r) => Object.fromEntries(cols.map((c, i) => [c.k, c.num && /^\d{1,15}(\.\d+)?$/.test(r[i]) && !/^0\d/.test(r[i]) ? Number(r[i]) : r[i]]));
  switch (fmt) {
    case 'csv': case 'excel': case 'scsv': {
      const sep = fmt === 'scsv' ? ';' : ',';
      return (o.bom ? '\ufeff' : '') + [H, ...rows].map((r) => r.map((c) => csvq(c, sep)).join(sep)).join(o.crlf ? '\r\n' : '\n');
    }
    case 'tsv': return [H, ...rows].map((r) => r.join('\t')).join('\n');
    case 'pipe': { const s = pick(['|', ' | ', '｜']); return [H, ...rows].map((r) => r.join(s)).join('\n'); }
    case 'md': return ['| ' + H.join(' | ') + ' |', '|' + H.map(() => '---').join('|') + '|', ...rows.map((r) => '| ' + r.join(' | ') + ' |')].join('\n');
    case 'fixed': {
      const w = H.map((h, i) => Math.max(dispW(h), ...rows.map((r) => dispW(r[i])))), g = pick([' ', '  ', '   ']);
      const line = (r) => r.map((c, i) => c + ' '.repeat(w[i] - dispW(c))).join(g).replace(/\s+$/, '');
      const out = [line(H)]; if (chance(0.6)) out.push(w.map((x) => '-'.repeat(x)).join(g));
      return out.concat(rows.map(line)).join('\n');
    }
    case 'kv': {
      const sep = pick(['：', ': ', '：', '=', '\t']), div = pick(['', '----------', '====', '']);
      return rows.map((r, j) => (div ? `${div} 第${j + 1}条 ${div}\n` : '') + cols.map((c, i) => `${c.h}${sep}${r[i]}`).join('\n')).join('\n\n');
    }
    case 'jsonl': return rows.map((r) => JSON.stringify(obj(r))).join('\n');
    case 'json': return JSON.stringify({ code: 0, msg: 'success', data: { total: rows.length, pageNo: 1, list: rows.map(obj) } }, null, pick([0, 2]));
    case 'xml': {
      const root = o.root || 'records', rec = o.rec || 'record';
      return `<?xml version="1.0" encoding="UTF-8"?>\n<${root} count="${rows.length}">\n` + rows.map((r) => `  <${rec}>` + cols.map((c, i) => `<${c.k}>${xesc(r[i])}</${c.k}>`).join('') + `</${rec}>`).join('\n') + `\n</${root}>`;
    }
    case 'html': return '<table border="1" cellspacing="0">\n<tr>' + H.map((h) => `<th>${h}</th>`).join('') + '</tr>\n' + rows.map((r) => '<tr>' + r.map((c) => `<td>${xesc(c)}</td>`).join('') + '</tr>').join('\n') + '\n</table>';
  }
  throw new Error('fmt ' + fmt);
}
// report header of a system export: operator no., export time, report no.
const exportLine = (d, date) => (chance(0.45) ? `${pick(['导出时间', '打印时间', '生成时间'])}：${d.y('timestamp', tsStr(near(date, 2000)))}  ${pick(['操作员工号', '导出人工号'])}：${d.y('employee_no', agentNo())}  ${pick(['报表编号', '文件编号'])}：${d.y('report_no', 'RPT' + ts14(date) + ri(10, 99))}\n` : '');
// specs: [{h:[alternative headers], k:key, f:(row,i)=>string, p:probability, num}]
function tbl(fmt, specs, n, mk, o = {}) {
  let chosen = specs.filter((s) => s.p === undefined || chance(s.p));
  if (chance(o.shuffle ?? 0.25)) { const fixed = chosen.filter((s) => s.first), rest = chosen.filter((s) => !s.first); chosen = fixed.concat(shuffle(rest)); }
  const cols = chosen.map((s) => ({ h: pick(s.h), k: s.k, num: s.num }));
  const rows = [];
  for (let i = 0; i < n; i++) { const r = mk(i); rows.push(chosen.map((s) => String(s.f(r, i) ?? ''))); }
  return render(fmt, cols, rows, o);
}
function person(y0 = 1955, y1 = 2003) {
  const p = { name: gname() }; let m, id, c, e;
  Object.defineProperties(p, {
    mob: { get: () => (m ??= gmobile()) }, id: { get: () => (id ??= gid(y0, y1)) }, card: { get: () => (c ??= gcard()) },
    email: { get: () => (e ??= gemail(chance(0.5) ? p.mob : null)) },
    sex: { get: () => (+p.id[16] % 2 ? '男' : '女') }, age: { get: () => 2024 - +p.id.slice(6, 10) },
  });
  return p;
}
const CORP = ['hzyunke.com', 'xinhuitong.cn', 'jiayuan-tech.com', 'ruitong.com.cn', 'zhongxin-media.com', 'huaxiacall.cn', 'lianchuang.net', 'gxtele-partner.com'];
const ORGS = ['深圳市前海云客科技有限公司', '杭州数联营销策划有限公司', '广州天河区石牌街道办事处', '成都锦江区书院街街道社区服务中心', '北京王府井营业厅', '上海浦东新区公共卫生中心',
  '武汉江岸区人民法院', '南京鼓楼区志愿者协会', '西安雁塔区第二小学', '郑州市中原区人民医院', '长沙芙蓉区政务服务中心', '重庆渝中区解放碑营业厅'];
function staff(d, p, domain = pick(CORP)) { const loc = pick(PY) + pick(PYG) + (chance(0.4) ? ri(1, 99) : ''); return d.mail(uniq(() => loc + (chance(0.5) ? '' : ri(1, 9)) + '@' + domain)); }
// e-mail header; returns text
function mailHead(d, subject, date) {
  const from = person(), to = person(), dom = pick(CORP);
  const lines = [`${pick(['发件人', 'From'])}: ${d.name(from.name)} <${staff(d, from, dom)}>`, `${pick(['收件人', 'To'])}: ${d.name(to.name)} <${staff(d, to, dom)}>`];
  if (chance(0.3)) lines.push(`${pick(['抄送', 'Cc'])}: ${d.dc('email', 'service@' + dom, 'service@' + dom)}`);
  lines.push(`${pick(['日期', '发送时间', 'Date'])}: ${d.y('timestamp', tsStr(date))}`, `${pick(['主题', 'Subject'])}: ${subject}`, '');
  lines.push(pick([() => `${d.name(to.name)}经理好，`, () => `${d.name(to.name)}，你好：`, () => '各位好，', () => 'Hi all,', () => '您好！'])());
  mailHead.from = from;
  return lines.join('\n');
}
// surname + title (张先生, 李老师): not a full name → dontCare under both forms
function titled(d, surname, title) { d.dc('person_name_zh', surname + title, surname + title); d.dc('person_name_zh', surname, surname); return surname + title; }
function signature(d, p) {
  const out = ['', pick(['谢谢！', '辛苦了', 'BR', '此致', '']), d.name(p.name)];
  if (chance(0.6)) out.push(`${pick(['手机', 'M', 'Tel', '电话'])}: ${d.mob(p.mob, pick(['plain', 'sp', 'dash', 'p86sp']))}`);
  if (chance(0.4)) out.push(`${pick(['座机', '办公电话'])}: ${d.land(glandline(), pick(['dash', 'par']), true)}${chance(0.5) ? '转' + ri(800, 8999) : ''}`);
  return out.join('\n');
}

// ---------------------------------------------------------------- kinds
const K = {};
const FMT_T = ['csv', 'excel', 'tsv', 'fixed', 'md', 'pipe', 'kv', 'scsv'];
const seqSpec = { h: ['序号', 'No', '#', '编号'], k: 'seq', f: (r, i) => String(i + 1), p: 0.8, first: true };
function remark(d, p) {
  return pick([() => '', () => '', () => d.y('word', pick(WORDS)), () => `客户称${pick(['已在别家办理', '考虑一下', '嫌贵', '不需要'])}`,
    () => `转介绍：${d.name(gname())} ${d.mob(gmobile(), pick(['plain', 'dash']))}`, () => `已发验证码${d.y('sms_code', vcode())}`,
    () => `加微信同号`, () => `改约${d.y('timestamp', tsStr(gdate()))}`, () => `原号码${d.mob(gmobile(), 'mask')}已停机`])();
}
K.calllist = (d) => {
  const fmt = pick([...FMT_T, 'mail', 'notes', 'jsonl']), date = gdate();
  const ms = mobStyler(fmt), is = idStyler(fmt), cs = cardStyler(fmt), durSt = ri(0, 2);
  const agents = Array.from({ length: ri(1, 4) }, () => ({ n: gname(), no: agentNo() }));
  const prod = pick(['信用卡分期', '宽带续约', '5G套餐升级', '消费贷', '车险续保', '少儿编程课程', '理财产品', '融合套餐']);
  const INT = ['A-高意向', 'B-有意向', 'C-无意向', '拒接', '空号', '关机', '停机', '无人接听', '预约回访', '已成交', 'A', 'B', 'C'];
  const n = nrows(60);
  const mk = () => { const p = person(1960, 2002); p.ag = pick(agents); p.t = near(date, 540); p.dur = dur(); p.intent = pick(INT); return p; };
  const head = () => `${prod}外呼名单 批次${d.y('batch_no', serial('WH', date))}  外显号码 ${d.y('service_number', tollFree())}`;
  if (fmt === 'notes') {
    const lines = [`${ymd(date)} 外呼记录（${d.name(agents[0].n)} 工号${d.y('employee_no', agents[0].no)}）`];
    for (let i = 0; i < n; i++) { const p = mk(); lines.push(`${i + 1}. ${d.name(p.name)} ${d.mob(p.mob, ms())} ${p.intent}${pick(['', '，', ' '])}${remark(d, p)}`); }
    return lines.join('\n');
  }
  const specs = [seqSpec,
    { h: ['客户姓名', '姓名', '客户名称', '联系人'], k: 'custName', f: (p) => d.name(p.name) },
    { h: ['手机号', '联系电话', '外呼号码', '被叫号码', '电话'], k: 'mobile', f: (p) => d.mob(p.mob, ms()) },
    { h: ['身份证号', '证件号码'], k: 'idNo', f: (p) => d.rid(p.id, is()), p: /贷|分期/.test(prod) ? 0.6 : 0.08 },
    { h: ['卡号', '信用卡号', '还款卡号'], k: 'cardNo', f: (p) => d.card(p.card, cs()), p: /卡|分期|贷/.test(prod) ? 0.85 : 0.15 },
    { h: ['下次回访', '预约回访时间'], k: 'next', f: (p) => d.y('timestamp', tsStr(near(p.t, 9000))), p: 0.4 },
    { h: ['意向', '意向等级', '客户意向'], k: 'intent', f: (p) => p.intent },
    { h: ['通话时长', '时长(秒)', '通话时长(s)'], k: 'duration', num: true, f: (p) => (p.dur >= 60 || durSt === 1 ? d.y('duration', durFmt(p.dur, durSt)) : durFmt(p.dur, durSt)) },
    { h: ['呼叫时间', '外呼时间', '拨打时间'], k: 'callTime', f: (p) => d.y('timestamp', fmt === 'jsonl' ? msTs(p.t) : tsStr(p.t)), num: true },
    { h: ['坐席', '坐席姓名', '外呼员'], k: 'agent', f: (p) => d.name(p.ag.n) },
    { h: ['工号', '坐席工号'], k: 'agentNo', f: (p) => d.y('employee_no', p.ag.no) },
    { h: ['呼叫ID', '话单ID', 'CallID'], k: 'callId', f: (p) => d.y('call_id', orderNo(p.t, ri(18, 20))), p: 0.8 },
    { h: ['备注', '通话小结'], k: 'remark', f: (p) => remark(d, p), p: 0.6 }];
  const body = tbl(fmt === 'mail' ? pick(['tsv', 'csv', 'pipe']) : fmt, specs, n, mk, { bom: chance(0.2) });
  if (fmt === 'mail') return [mailHead(d, `${prod}外呼结果 ${ymd(date)}`, date), `附今天的外呼结果，高意向的请明天优先回访。${head()}`, '', body, signature(d, mailHead.from)].join('\n');
  return (chance(0.6) && fmt !== 'jsonl' ? head() + '\n' : '') + body;
};

K.smsbulk = (d) => {
  const date = gdate(), n = wpick([[ri(1, 10), 2], [ri(10, 60), 3], [ri(60, 200), 1]]), mode = pick(['bare', 'bare', 'named', 'vars', 'api', 'api', 'mail']);
  const ms = mobStyler(mode === 'bare' ? 'bare' : 'x'), out = [], named2 = chance(0.6);
  const sign = pick(['【XX银行】', '【城市花园物业】', '【中国移动】', '【惠民药房】', '【街道办】', '【优学教育】']);
  const head = [() => `# 任务号 ${d.y('task_no', orderNo(date, 18))}`, () => `# 签名 ${sign} 通道 ${d.y('sms_port', smsPort())}`, () => `# 模板 ${pick(['SMS_', 'TPL'])}${d.y('template_id', String(ri(10000000, 99999999)))}: 您的验证码为{code}，5分钟内有效 / 回T退订`];
  const extra = () => pick([() => d.y('service_number', pick(SERVICE)), () => d.y('iot_number', '1440' + digits(9)), () => d.mob(gmobile(), 'mask'), () => d.y('sms_port', smsPort())])();
  if (mode === 'api') {
    const rows = []; for (let i = 0; i < n; i++) { const m = gmobile(), t = near(date, 60); rows.push(JSON.stringify({ mobile: d.mob(m, chance(0.1) ? 'p86' : 'plain'), sid: d.y('msg_id', orderNo(t, 20)), status: pick(['DELIVRD', 'DELIVRD', 'UNDELIV', 'BLACK']), reportTime: +d.y('timestamp_ms', msTs(t)), fee: 1 })); }
    return rows.join('\n');
  }
  if (chance(0.5)) out.push(...head.slice(0, ri(1, 3)).map((f) => f()));
  for (let i = 0; i < n; i++) {
    if (i > 0 && chance(0.07)) { out.push(extra()); continue; }
    const m = gmobile();
    if (mode === 'bare' || mode === 'mail') out.push(d.mob(m, ms()));
    else if (mode === 'named') { const nm = gname(), t = near(date, 60); out.push((chance(0.5) ? `${d.name(nm)}${pick([',', '\t', ' ', '，'])}${d.mob(m, ms())}` : `${d.mob(m, ms())}${pick([',', '\t', ' '])}${d.name(nm)}`) + (named2 ? `,${d.y('msg_id', orderNo(t, 20))},${d.y('timestamp', tsStr(t))}` : '')); }
    else out.push([d.mob(m, ms()), d.name(gname()), d.y('sms_code', vcode()), pick(['3月会员日', '账单提醒', '取件码' + ri(1000, 9999)])].join(pick([',', '\t', '|'])));
  }
  if (mode === 'mail') return [mailHead(d, '群发号码（去重后）', date), `以下${n}个号码明早9点发${sign}，麻烦排一下通道：`, '', out.join('\n'), signature(d, mailHead.from)].join('\n');
  return out.join(pick(['\n', '\n', '\r\n']));
};

K.unsub = (d) => {
  const date = gdate(), fmt = pick(['csv', 'tsv', 'bare', 'fixed', 'excel', 'jsonl']), ms = mobStyler(fmt), n = nrows(120);
  if (fmt === 'bare') {
    const out = [pick(['黑名单导入', '退订号码（勿发）', '# blacklist ' + ymd(date)])];
    for (let i = 0; i < n; i++) out.push(d.mob(gmobile(), ms()) + (chance(0.2) ? pick(['  TD', ' 退订', ' #投诉']) : ''));
    return out.join('\n');
  }
  const port = smsPort();
  const specs = [seqSpec, { h: ['手机号码', '退订号码', '号码', 'mobile'], k: 'mobile', f: (r) => d.mob(r.m, ms()) },
    { h: ['回复内容', '上行内容'], k: 'content', f: () => pick(['TD', 'T', '退订', 'N', '0000', 'td', '不要再发了']) },
    { h: ['退订时间', '上行时间'], k: 'time', num: true, f: (r) => d.y('timestamp', fmt === 'jsonl' ? msTs(r.t) : chance(0.5) ? tsStr(r.t) : ts14(r.t)) },
    { h: ['通道号', '接入号'], k: 'port', f: () => d.y('sms_port', port), p: 0.6 },
    { h: ['客户姓名'], k: 'name', f: (r) => d.name(r.nm), p: 0.3 },
    { h: ['来源'], k: 'src', f: () => pick(['短信上行', '客服登记', '12321投诉', 'APP设置']), p: 0.5 }];
  return tbl(fmt, specs, n, () => ({ m: gmobile(), t: near(date, 4000), nm: gname() }));
};

K.signup = (d) => {
  const date = gdate(), fmt = pick(['wjx', 'csv', 'excel', 'md', 'mail', 'tsv', 'html']), ms = mobStyler(fmt), n = nrows(80);
  const ev = pick(['2024数字营销峰会', '春季亲子嘉年华', '5G+智慧社区沙龙', '新品体验日', '跑步俱乐部周末活动', '公益健康讲座']);
  const cos = ['华为技术有限公司', '上海浦东发展银行', '个人', '无', '腾讯科技', '深圳前海云客科技有限公司', '学生'];
  if (fmt === 'wjx') {
    const specs = [seqSpec, { h: ['提交答卷时间'], k: 't', f: (r) => d.y('timestamp', r.t.getUTCFullYear() + '/' + (r.t.getUTCMonth() + 1) + '/' + r.t.getUTCDate() + ' ' + hms(r.t)) },
      { h: ['所用时间'], k: 'u', f: () => ri(20, 400) + '秒' }, { h: ['来源'], k: 's', f: () => pick(['微信', '手机提交', '链接']) },
      { h: ['来自IP'], k: 'ip', f: () => d.y('ip_address', ip()) + pick(['(广东-深圳)', '(上海-上海)', '(浙江-杭州)', '(四川-成都)']) },
      { h: ['1、您的姓名'], k: 'n', f: (r) => d.name(r.name) }, { h: ['2、手机号码'], k: 'm', f: (r) => d.mob(r.mob, ms()) },
      { h: ['3、电子邮箱'], k: 'e', f: (r) => (chance(0.85) ? d.mail(r.email, 0.1) : '(空)') }, { h: ['4、单位名称'], k: 'c', f: () => pick(cos) },
      { h: ['5、参加人数'], k: 'k', f: () => String(ri(1, 4)) }, { h: ['6、开票税号（选填）'], k: 'x', f: () => (chance(0.25) ? d.uscc(guscc()) : '(跳过)') }];
    return tbl('csv', specs, n, () => Object.assign(person(1970, 2005), { t: near(date, 9000) }), { shuffle: 0 });
  }
  const specs = [seqSpec, { h: ['姓名', '报名人', '参会人'], k: 'name', f: (r) => d.name(r.name) },
    { h: ['手机', '手机号', '联系方式'], k: 'mobile', f: (r) => d.mob(r.mob, ms()) },
    { h: ['邮箱', 'E-mail', '电子邮箱'], k: 'email', f: (r) => d.mail(r.email, 0.15), p: 0.85 },
    { h: ['单位', '公司'], k: 'company', f: () => pick(cos), p: 0.6 }, { h: ['职务'], k: 'title', f: () => pick(['市场经理', '总监', '采购', '学生', '工程师']), p: 0.4 }, { h: ['来源IP'], k: 'ip', f: () => d.y('ip_address', ip()), p: 0.35 },
    { h: ['报名时间'], k: 'time', f: (r) => d.y('timestamp', tsStr(r.t)), p: 0.9 },
    { h: ['报名编号', '票号'], k: 'ticket', f: (r, i) => d.y('ticket_no', serial('BM', date) + pad(i, 2)), p: 0.7 },
    { h: ['身份证号（保险用）'], k: 'idNo', f: (r) => d.rid(r.id, idStyler(fmt)()), p: /跑步|嘉年华/.test(ev) ? 0.8 : 0.05 },
    { h: ['渠道'], k: 'ch', f: () => pick(['公众号', '朋友圈', '短信', '老客户']), p: 0.5 }, { h: ['签到时间'], k: 'ci', f: (r) => d.y('timestamp', tsStr(near(r.t, 20000))), p: 0.5 }];
  const body = tbl(fmt === 'mail' ? 'tsv' : fmt, specs, n, () => Object.assign(person(1970, 2005), { t: near(date, 9000) }));
  if (fmt === 'mail') return [mailHead(d, `${ev} 报名名单`, date), `截至今天${n}人报名，名单如下，请酒店按此准备胸牌：`, '', body, signature(d, mailHead.from)].join('\n');
  return `${ev}报名表\n` + body;
};

K.cdr = (d) => {
  const date = gdate(), mode = pick(['detail', 'raw', 'raw', 'fixed', 'police']), n = nrows(150);
  const own = person(1960, 2000), imsiV = imsi(), imeiV = imei();
  const other = () => wpick([[() => ({ t: d.mob(gmobile(), mode === 'detail' ? 'plain' : pick(['plain', '86', 'plain'])) }), 12],
    [() => ({ t: d.land(glandline(), 'raw', true) }), 2], [() => ({ t: d.y('service_number', pick(SERVICE)) }), 2], [() => ({ t: d.y('sms_port', smsPort()) }), 1],
    [() => ({ t: d.y('iot_number', '1440' + digits(9)) }), 1]])();
  if (mode === 'detail' || mode === 'police') {
    const head = [`${pick(['通话详单', '语音详单查询结果', '通话记录清单'])}`, `机主姓名：${d.name(own.name)}    号码：${d.mob(own.mob, 'plain')}`];
    if (mode === 'police') head.push(`证件号码：${d.rid(own.id)}  调取单位：${pick(['XX市公安局刑侦支队', 'XX分局经侦大队'])}  文书号：${d.y('doc_no', '公(刑)调证字[' + date.getUTCFullYear() + ']' + ri(100, 9999) + '号')}`);
    head.push(`查询周期：${ymd(date)} 至 ${ymd(near(date, 40000))}   IMSI ${d.y('imsi', imsiV)}`);
    const specs = [seqSpec, { h: ['起始时间', '通话开始时间'], k: 's', f: (r) => d.y('timestamp', tsStr(r.t)) },
      { h: ['通信地点', '通话地点'], k: 'loc', f: () => pick(['广州', '深圳', '北京', '上海', '成都', '杭州']) },
      { h: ['通信方式', '呼叫类型'], k: 'ty', f: () => pick(['主叫', '被叫', '呼转']) }, { h: ['对方号码', '对端号码'], k: 'o', f: (r) => r.o.t },
      { h: ['通信时长', '时长'], k: 'dur', f: (r) => d.y('duration', durFmt(r.s, pick([1, 2]))) },
      { h: ['通话类型'], k: 'c', f: () => pick(['本地', '国内长途', '省内漫游']) }, { h: ['费用(元)'], k: 'fee', f: () => (ri(0, 300) / 100).toFixed(2) },
      { h: ['LAC'], k: 'lac', f: (r) => d.y('lac', r.lac), p: mode === 'police' ? 1 : 0.2 }, { h: ['CI', '小区号'], k: 'ci', f: (r) => d.y('cell_id', r.ci), p: mode === 'police' ? 1 : 0.2 }];
    return head.join('\n') + '\n' + tbl(pick(['fixed', 'tsv', 'csv']), specs, n, () => ({ t: near(date, 40000), o: other(), s: ri(60, 3000), lac: String(ri(9000, 42999)), ci: String(ri(10000, 65535)) }), { shuffle: 0 });
  }
  const specs = [{ h: ['RECORD_ID', 'rec_id'], k: 'rid', f: (r) => d.y('record_id', orderNo(r.t, 20)) },
    { h: ['CALLING', '主叫号码'], k: 'a', f: (r) => (r.mo ? d.mob(own.mob, r.st) : r.o.t) }, { h: ['CALLED', '被叫号码'], k: 'b', f: (r) => (r.mo ? r.o.t : d.mob(own.mob, r.st)) },
    { h: ['START_TIME', '通话开始时间'], k: 'st', f: (r) => d.y('timestamp', tsf(r.t)) }, { h: ['DURATION', '时长'], k: 'du', f: (r) => String(r.s) },
    { h: ['IMSI'], k: 'imsi', f: () => d.y('imsi', imsiV) }, { h: ['IMEI'], k: 'imei', f: () => d.y('imei', imeiV) },
    { h: ['LAC', 'TAC'], k: 'lac', f: (r) => d.y('lac', r.lac) }, { h: ['CI', 'ECI', '基站ID'], k: 'ci', f: (r) => d.y('cell_id', r.ci) },
    { h: ['MSC_ID', 'SGW'], k: 'msc', f: () => d.y('node_id', 'MSC' + ri(10, 99) + 'GZ'), p: 0.4 }, { h: ['ROAM'], k: 'roam', f: () => pick(['0', '1']), p: 0.5 }];
  const st = pick(['plain', '86']), tsf = pick([ts14, msTs, tsStr]);
  const rows = tbl(mode === 'fixed' ? 'fixed' : pick(['pipe', 'csv', 'tsv']), specs, n, () => ({ t: near(date, 30000), mo: chance(0.5), o: other(), s: ri(0, 3600), st, lac: String(ri(9000, 42999)), ci: String(ri(1000000, 268435455)) }), { shuffle: 0 });
  return (chance(0.5) ? `-- export ${d.y('file_name', 'CDR_' + ts14(date) + '_' + ri(1, 99) + '.dat')}\n` : '') + rows;
};

const CARRIERS = ['中国移动', '中国联通', '中国电信', '中国广电'];
K.port = (d) => {
  const date = gdate(), fmt = pick(['kv', 'jsonl', 'json', 'csv', 'xml', 'excel', 'notes']), ms = mobStyler(fmt), is = idStyler(fmt), n = nrows(40);
  const real = chance(0.4);
  const mk = () => Object.assign(person(1950, 2004), { t: near(date, 20000), from: pick(CARRIERS), to: pick(CARRIERS) });
  if (fmt === 'notes') {
    const out = [`携号转网投诉处理记录 ${ymd(date)}`];
    for (let i = 0; i < n; i++) { const p = mk(); out.push(`${d.name(p.name)}（${d.mob(p.mob, ms())}）申请由${p.from}携出，授权码${d.y('port_auth_code', pick('ABCDEFGHJK') + digits(5))}，证件${d.rid(p.id, is())}核验${pick(['通过', '不一致', '通过'])}；${remark(d, p)}`); }
    return out.join('\n');
  }
  const specs = real
    ? [seqSpec, { h: ['服务号码', '号码', 'msisdn'], k: 'msisdn', f: (p) => d.mob(p.mob, ms()) }, { h: ['机主姓名', '客户名称', 'custName'], k: 'custName', f: (p) => d.name(p.name) },
      { h: ['证件类型'], k: 'certType', f: () => '居民身份证' }, { h: ['证件号码', 'certNo'], k: 'certNo', f: (p) => d.rid(p.id, is()) },
      { h: ['ICCID', 'SIM卡号'], k: 'iccid', f: () => d.y('iccid', iccid()) }, { h: ['IMSI'], k: 'imsi', f: () => d.y('imsi', imsi()), p: 0.5 },
      { h: ['登记渠道'], k: 'channel', f: () => pick(['营业厅', '线上补登记', '社会渠道', '校园代理']) },
      { h: ['核验结果'], k: 'result', f: () => pick(['人像比对通过', '公安核验一致', '待补登']) }, { h: ['登记流水'], k: 'rsn', f: (p) => d.y('order_no', orderNo(p.t, 18)), p: 0.8 }, { h: ['登记时间'], k: 'time', f: (p) => d.y('timestamp', tsStr(p.t)) },
      { h: ['紧急联系人'], k: 'ec', f: () => `${d.name(gname())} ${d.mob(gmobile(), pick(['plain', 'dash']))}`, p: 0.2 }]
    : [seqSpec, { h: ['申请流水号', 'applyNo'], k: 'applyNo', f: (p) => d.y('order_no', orderNo(p.t, 20)) }, { h: ['携转号码', 'portNumber'], k: 'portNumber', f: (p) => d.mob(p.mob, ms()) },
      { h: ['用户姓名', 'userName'], k: 'userName', f: (p) => d.name(p.name) }, { h: ['证件号码', 'idCard'], k: 'idCard', f: (p) => d.rid(p.id, is()), p: 0.8 },
      { h: ['携出方', 'outOperator'], k: 'outOperator', f: (p) => p.from }, { h: ['携入方', 'inOperator'], k: 'inOperator', f: (p) => p.to },
      { h: ['授权码', 'authCode'], k: 'authCode', f: () => d.y('port_auth_code', pick('ABCDEFGHJK') + digits(5)), p: 0.6 },
      { h: ['新卡ICCID', 'newIccid'], k: 'newIccid', f: () => d.y('iccid', iccid()), p: 0.8 }, { h: ['申请时间', 'applyTime'], k: 'applyTime', num: true, f: (p) => d.y('timestamp', /json/.test(fmt) ? msTs(p.t) : tsStr(p.t)) },
      { h: ['状态', 'status'], k: 'status', f: () => pick(['SUCCESS', '处理中', '已撤销', 'FAIL_欠费']) }];
  return (fmt === 'xml' || /json/.test(fmt) ? '' : pick([real ? '实名补登记明细\n' : '携号转网申请明细\n', ''])) + tbl(fmt, specs, n, mk, { root: 'portApplys', rec: 'apply' });
};

K.broadband = (d) => {
  const date = gdate(), fmt = pick(['kv', 'kv', 'csv', 'excel', 'wide', 'mail', 'xml']), ms = mobStyler(fmt), is = idStyler(fmt), cs = cardStyler(fmt), n = nrows(30);
  const techs = Array.from({ length: ri(1, 3) }, () => ({ n: gname(), no: agentNo(), m: gmobile() }));
  const mk = () => { const p = person(1950, 2002); p.t = near(date, 9000); p.tech = pick(techs); p.biz = chance(0.12); p.land = glandline(); return p; };
  const acct = (p) => pick([() => d.y('broadband_account', pick(['GZ', 'SZ', 'BJ', 'HZ']) + ri(100000000, 999999999)), () => { const l = p.land, a = l + '@163.gd'; d.dc('cn_landline', l, l); return d.dc('email', a, a); }, () => d.y('broadband_account', 'ad' + digits(10))])();
  const specs = [{ h: ['工单编号', '工单号'], k: 'orderNo', f: (p) => d.y('work_order_no', orderNo(p.t)), first: true },
    { h: ['派单时间'], k: 'dispatchTime', f: (p) => d.y('timestamp', tsStr(p.t)) },
    { h: ['客户名称', '客户姓名', '用户名称'], k: 'custName', f: (p) => (p.biz ? d.y('org_name', pick(ORGS)) : d.name(p.name)) },
    { h: ['统一社会信用代码'], k: 'uscc', f: (p) => (p.biz ? d.uscc(guscc()) : ''), p: 0.3 },
    { h: ['联系人'], k: 'contact', f: (p) => d.name(p.name), p: 0.4 }, { h: ['联系电话', '客户电话'], k: 'phone', f: (p) => d.mob(p.mob, ms()) },
    { h: ['备用电话', '固话'], k: 'phone2', f: (p) => d.land(p.land, pick(['dash', 'raw', 'par', 'fwpar', 'sp'])), p: 0.4 },
    { h: ['证件号码', '身份证'], k: 'idNo', f: (p) => d.rid(p.id, is()), p: 0.6 },
    { h: ['装机地址'], k: 'addr', f: () => `${pick(['广州市天河区', '深圳市南山区', '杭州市西湖区', '成都市武侯区'])}${pick(['石牌', '科技园', '文三', '玉林'])}路${ri(1, 300)}号${ri(1, 30)}栋${ri(101, 2808)}` },
    { h: ['宽带账号'], k: 'account', f: (p) => acct(p), p: 0.7 }, { h: ['竣工时间'], k: 'done', f: (p) => d.y('timestamp', tsStr(near(p.t, 5000))), p: 0.7 }, { h: ['速率'], k: 'rate', f: () => pick(['300M', '500M', '1000M', 'FTTR 2000M']) },
    { h: ['预约上门'], k: 'appt', f: (p) => d.y('timestamp', ymd(near(p.t, 4000)) + ' ' + pick(['上午', '下午', '09:00-12:00'])), p: 0.6 },
    { h: ['装维人员', '装机师傅'], k: 'tech', f: (p) => d.name(p.tech.n) }, { h: ['装维工号'], k: 'techNo', f: (p) => d.y('employee_no', p.tech.no), p: 0.6 },
    { h: ['装维电话'], k: 'techTel', f: (p) => d.mob(p.tech.m, 'plain'), p: 0.5 },
    { h: ['代扣银行卡', '托收账号'], k: 'card', f: (p) => d.card(p.card, cs()), p: 0.6 },
    { h: ['光猫SN'], k: 'onu', f: () => d.y('device_sn', pick(['ZTEG', 'HWTC', 'FHTT']) + digits(8).toUpperCase()), p: 0.4 }];
  if (fmt === 'wide') specs.push({ h: ['ONU型号'], k: 'm', f: () => pick(['F7607P', 'HN8145X6']) }, { h: ['OLT'], k: 'olt', f: () => 'OLT-' + ri(1, 99) }, { h: ['PON口'], k: 'pon', f: () => `0/${ri(1, 16)}/${ri(1, 16)}` },
    { h: ['套餐'], k: 'pkg', f: () => pick(['融合129', '单宽199/年', '5G融合169']) }, { h: ['合约期'], k: 'term', f: () => pick(['12个月', '24个月']) }, { h: ['状态'], k: 'st', f: () => pick(['待派单', '已竣工', '退单']) });
  const body = tbl(fmt === 'mail' ? 'kv' : fmt === 'wide' ? pick(['csv', 'tsv']) : fmt, specs, n, mk, { root: 'workOrders', rec: 'order', shuffle: 0.1 });
  if (fmt === 'mail') return [mailHead(d, `${ymd(date)} 装机工单派发`, date), '以下工单今天请上门，客户电话已确认：', '', body, signature(d, mailHead.from)].join('\n');
  return body;
};

K.store = (d) => {
  const date = gdate(), fmt = pick(['csv', 'excel', 'tsv', 'fixed', 'kv', 'wide', 'wide']), ms = mobStyler(fmt), is = idStyler(fmt), cs = cardStyler(fmt), n = nrows(60);
  const hall = pick(['王府井营业厅', '天河城营业厅', '解放碑旗舰店', '高新区营业厅', '江汉路营业厅']), clerks = Array.from({ length: ri(1, 3) }, () => ({ n: gname(), no: agentNo() }));
  const mk = () => { const p = person(1945, 2006); p.t = near(date, 600); p.c = pick(clerks); p.biz = pick(['补卡', '过户', '新装', '销户', '套餐变更', '停机保号', '实名登记', '携入']); p.agent = chance(0.15) ? person() : null; return p; };
  const specs = [{ h: ['受理流水号', '流水号'], k: 'sn', f: (p) => d.y('order_no', orderNo(p.t, ri(16, 20))), first: true },
    { h: ['受理时间'], k: 't', f: (p) => d.y('timestamp', tsStr(p.t)) }, { h: ['业务类型'], k: 'biz', f: (p) => p.biz },
    { h: ['服务号码', '号码'], k: 'msisdn', f: (p) => d.mob(p.mob, ms()) }, { h: ['客户姓名', '机主'], k: 'name', f: (p) => d.name(p.name) },
    { h: ['证件类型'], k: 'ct', f: () => '身份证', p: 0.5 }, { h: ['证件号码'], k: 'id', f: (p) => d.rid(p.id, is()) },
    { h: ['营业员'], k: 'clerk', f: (p) => d.name(p.c.n) }, { h: ['营业员工号', '工号'], k: 'clerkNo', f: (p) => d.y('employee_no', p.c.no) },
    { h: ['代办人'], k: 'ag', f: (p) => (p.agent ? d.name(p.agent.name) : '') , p: 0.5 }, { h: ['代办人证件'], k: 'agId', f: (p) => (p.agent ? d.rid(p.agent.id, is()) : ''), p: 0.4 },
    { h: ['新ICCID', 'SIM卡号'], k: 'iccid', f: (p) => (/补卡|新装|携入/.test(p.biz) ? d.y('iccid', iccid()) : ''), p: 0.7 },
    { h: ['代扣账号', '托收卡号'], k: 'card', f: (p) => (chance(0.7) ? d.card(p.card, cs()) : ''), p: 0.65 },
    { h: ['金额'], k: 'amt', f: () => money(), p: 0.5 }, { h: ['审核时间', '归档时间'], k: 'at', f: (p) => d.y('timestamp', tsStr(near(p.t, 120))), p: 0.7 }, { h: ['发票号码'], k: 'inv', f: () => d.y('invoice_no', String(ri(10000000, 99999999))), p: 0.3 }];
  if (fmt === 'wide') specs.push({ h: ['营业厅'], k: 'hall', f: () => d.y('org_name', hall) }, { h: ['渠道编码'], k: 'chn', f: () => d.y('channel_code', 'GD' + ri(1000, 9999) + pick('ABC') + ri(100, 999)) },
    { h: ['性别'], k: 'sex', f: (p) => p.sex }, { h: ['年龄'], k: 'age', f: (p) => String(p.age) }, { h: ['证件地址'], k: 'ad', f: () => pick(['广东省广州市越秀区', '湖北省武汉市江岸区', '河南省商丘市民权县']) + ri(1, 99) + '号' },
    { h: ['联系电话'], k: 'tel', f: (p) => (chance(0.3) ? d.mob(gmobile(), ms()) : d.mob(p.mob, ms())) }, { h: ['付费方式'], k: 'pay', f: () => pick(['现金', '微信', '银行托收']) },
    { h: ['审核人'], k: 'aud', f: () => d.name(clerks[0].n) }, { h: ['人像比对'], k: 'face', f: () => (ri(8500, 9999) / 100).toFixed(2) + '%' }, { h: ['备注'], k: 'rm', f: (p) => remark(d, p) });
  return (chance(0.5) ? `${d.y('org_name', hall)} 业务受理日报 ${ymd(date)}\n` : '') + tbl(fmt === 'wide' ? pick(['csv', 'excel']) : fmt, specs, n, mk, { shuffle: 0.1 });
};

K.dibao = (d) => {
  const date = gdate(), pub = chance(0.45), fmt = pick(['csv', 'excel', 'fixed', 'md', 'tsv', 'html', 'notice']), ms = mobStyler(fmt), is = idStyler(fmt), cs = cardStyler(fmt), n = nrows(80);
  const comm = pick(['石牌街道华师社区', '书院街社区', '东湖街道新村社区', '城关镇南关社区', '民权县城关镇']);
  const mk = () => { const p = person(1935, 1990); p.fam = ri(1, 5); p.kids = Array.from({ length: chance(0.3) ? ri(1, 2) : 0 }, () => gname()); return p; };
  const mn = pub && chance(0.35);
  const specs = [seqSpec, { h: ['户主姓名', '姓名', '申请人'], k: 'name', f: (p) => (mn ? d.y('masked_name', maskName(p.name)) : d.name(p.name, pub ? 0.3 : 0.05)) },
    { h: ['身份证号码', '公民身份号码', '身份证号'], k: 'id', f: (p) => (pub ? d.rid(p.id, 'mask') : d.rid(p.id, is())) },
    { h: ['家庭人口'], k: 'fam', f: (p) => String(p.fam) }, { h: ['保障类别'], k: 'cat', f: () => pick(['低保', '特困', '低保边缘', 'A类', 'B类']) },
    { h: ['月保障金(元)', '保障金额'], k: 'amt', f: () => money() },
    { h: ['家庭成员'], k: 'mem', f: (p) => p.kids.map((k) => (mn ? d.y('masked_name', maskName(k)) : d.name(k)) + pick(['（子）', '(女)', '（配偶）'])).join('、'), p: pub ? 0.3 : 0.4 },
    { h: ['联系电话'], k: 'tel', f: (p) => (pub ? d.mob(p.mob, 'mask') : d.mob(p.mob, ms())), p: 0.6 },
    { h: ['发放账号', '社保卡银行账号', '银行卡号'], k: 'card', f: (p) => (pub ? d.card(p.card, 'mask') : d.card(p.card, cs())), p: pub ? 0.2 : 0.85 },
    { h: ['开户行'], k: 'bank', f: (p) => cardBank.get(p.card) || '农商行', p: pub ? 0 : 0.5 },
    { h: ['保障证号', '低保证号'], k: 'cert', f: (p, i) => d.y('certificate_no', serial('DB', date) + pad(i, 2)), p: 0.8 },
    { h: ['批准日期', '审批时间'], k: 'appr', f: () => d.y('date', ymd(gdate())), p: 0.7 },
    { h: ['残疾证号'], k: 'dis', f: (p) => (chance(0.15) && !pub ? d.dc('cn_resident_id', p.id, p.id + pick(['41', '42', '43', '44'])) : '无'), p: 0.15 },
    { h: ['户号', '户籍编号'], k: 'hh', f: () => d.y('household_no', guard(() => '5' + digits(9))), p: 0.3 }];
  const body = tbl(fmt === 'notice' ? pick(['fixed', 'tsv']) : fmt, specs, n, mk);
  if (!pub && fmt !== 'notice') return `${comm} ${d.y('year', String(date.getUTCFullYear()))}年${pick(['低保', '困难户', '特困人员'])}${pick(['花名册', '发放明细', '核对表（内部，勿外传）'])}\n` + body;
  const sec = person(1965, 1985);
  return [`${comm}${date.getUTCFullYear()}年第${ri(1, 4)}季度${pick(['城乡低保', '困难家庭救助', '临时救助'])}${pub ? '公示' : '名单'}`,
    `经入户调查、民主评议，拟对以下${n}户给予保障，现予公示，公示期${ymd(date)}至${ymd(near(date, 10080))}。`, body,
    `监督电话：${d.mob(sec.mob, pick(['plain', 'dash']))}（社区书记 ${d.name(sec.name)}）  ${d.land(glandline(), 'dash', true)}（街道民政办）  ${d.y('service_number', '12345')}`,
    `${pick(ORGS.slice(2, 4))}  ${cnDate(date)}`].join('\n');
};

K.village = (d) => {
  const date = gdate(), internal = chance(0.3), n = nrows(70), fmt = pick(['fixed', 'tsv', 'md', 'csv', 'plain', 'excel']);
  const vil = pick(['何家湾村', '李村', '张家庄村', '石桥村', '新联村', '马驹桥村']), item = pick(['耕地地力保护补贴', '危房改造补助', '高龄津贴', '光伏收益分配', '医保代缴', '脱贫户分红']);
  const reg = pick(REGIONS.filter((r) => /^(41|34|51|43|13)/.test(r)));
  const mk = () => { const p = person(1930, 2000); p.idL = gid(1930, 2000, reg); return p; };
  const is = idStyler(fmt), cs = cardStyler(fmt), mn = !internal && chance(0.3);
  if (fmt === 'plain') {
    const out = [`${vil}${item}公示`];
    for (let i = 0; i < n; i++) { const p = mk(); out.push(`${i + 1}、${d.name(p.name, 0.3)}  ${internal ? d.rid(p.idL, is()) : d.rid(p.idL, 'mask')}  ${money()}元`); }
    out.push(`如有异议请于7日内向村委会反映。`);
    return out.join('\n') + '\n' + villageFoot(d, vil, date);
  }
  const specs = [seqSpec, { h: ['组别', '村民小组'], k: 'g', f: () => `${ri(1, 12)}组` }, { h: ['农户编码', '户编号'], k: 'hc', f: (p, i) => d.y('household_no', reg + pad(ri(1, 999), 3) + pad(i + 1, 4)), p: 0.8 }, { h: ['姓名', '户主', '户主姓名'], k: 'n', f: (p) => (mn ? d.y('masked_name', maskName(p.name)) : d.name(p.name, 0.25)) },
    { h: ['身份证号', '身份证号码'], k: 'id', f: (p) => (internal ? d.rid(p.idL, is()) : d.rid(p.idL, 'mask')) },
    { h: ['面积(亩)', '人数'], k: 'a', f: () => (ri(5, 300) / 10).toFixed(1), p: 0.6 }, { h: ['金额(元)', '补贴金额'], k: 'm', f: () => money() },
    { h: ['一卡通账号', '银行卡号', '惠农卡号'], k: 'c', f: (p) => (internal ? d.card(p.card, cs()) : d.card(p.card, 'mask')), p: internal ? 0.8 : 0.4 },
    { h: ['联系电话'], k: 't', f: (p) => (internal ? d.mob(p.mob, mobStyler(fmt)()) : d.mob(p.mob, 'mask')), p: 0.3 },
    { h: ['备注'], k: 'r', f: () => pick([() => '', () => '脱贫户', () => '五保', () => '监测户', () => d.y('place', pick(PLACES)) + '务工'])(), p: 0.4 }];
  return `${vil}${date.getUTCFullYear()}年${item}${internal ? '发放核对表（公示前内部核对）' : '公示'}\n` + tbl(fmt, specs, n, mk) + '\n' + villageFoot(d, vil, date);
}
function villageFoot(d, vil, date) {
  const sec = gname(), dir = gname();
  return pick([() => `公示期：${ymd(date)}至${ymd(near(date, 10080))}\n监督电话：${d.mob(gmobile(), pick(['plain', 'sp']))}（村支书 ${d.name(sec)}）  乡镇纪委 ${d.land(glandline(), 'dash', true)}`,
    () => `${vil}村民委员会\n${cnDate(date)}\n村主任：${d.name(dir)}  会计：${d.name(sec)}`,
    () => `举报电话：${d.y('service_number', pick(['12345', '12317', '12388']))}  ${vil}村委会 ${cnDate(date)}`])();
}

K.vaccine = (d) => {
  const date = gdate(), fmt = pick([...FMT_T, 'jsonl', 'html', 'xml']), ms = mobStyler(fmt), is = idStyler(fmt), n = nrows(80), tj = chance(0.4);
  const docs = Array.from({ length: ri(1, 3) }, () => gname());
  const mk = () => Object.assign(person(tj ? 1960 : 1940, tj ? 2003 : 2020), { t: near(date, 600), doc: pick(docs) });
  const specs = [seqSpec, { h: ['姓名', '受种者姓名', '体检人'], k: 'name', f: (p) => d.name(p.name) }, { h: ['性别'], k: 'sex', f: (p) => p.sex, p: 0.7 },
    { h: ['年龄'], k: 'age', f: (p) => String(p.age), p: 0.4 }, { h: ['身份证号', '证件号码'], k: 'idNo', f: (p) => d.rid(p.id, is()) },
    { h: ['联系电话', '手机号'], k: 'phone', f: (p) => d.mob(p.mob, ms()), p: 0.9 },
    { h: ['登记编号', '预约码'], k: 'regNo', f: (p, i) => d.y('registration_no', serial(tj ? 'TJ' : 'YM', date) + pad(i, 3)), p: 0.6 },
    { h: ['工作单位', '单位'], k: 'org', f: () => pick(['个体', '退休', '区教育局', '前海云客科技', '无']), p: 0.5 }];
  if (tj) specs.push({ h: ['体检编号'], k: 'examNo', f: (p) => d.y('exam_no', 'TJ' + ymd(p.t, '') + pad(ri(1, 9999), 5)) }, { h: ['套餐'], k: 'pkg', f: () => pick(['入职体检A', '健康证', '职业病体检']) },
    { h: ['体检日期'], k: 'dt', f: (p) => d.y('date', ymd(p.t)) }, { h: ['主检医生'], k: 'doc', f: (p) => d.name(p.doc), p: 0.5 });
  else specs.push({ h: ['疫苗名称'], k: 'vac', f: () => pick(['流感疫苗(裂解)', '新冠疫苗(Vero细胞)', '带状疱疹疫苗', '23价肺炎疫苗', 'HPV九价']) },
    { h: ['批号', '疫苗批号'], k: 'lot', f: () => d.y('lot_no', pick(['', 'J', 'A']) + date.getUTCFullYear() + pad(ri(1, 12), 2) + pad(ri(1, 999), 3)) },
    { h: ['剂次'], k: 'dose', f: () => `第${ri(1, 3)}剂` }, { h: ['追溯码', '电子监管码'], k: 'trace', f: () => d.y('drug_trace_code', guard(() => '81' + digits(18))), p: 0.7 }, { h: ['接种时间'], k: 'time', num: true, f: (p) => d.y('timestamp', fmt === 'jsonl' ? msTs(p.t) : tsStr(p.t)) },
    { h: ['接种医生', '接种人员', '登记人'], k: 'doc', f: (p) => d.name(p.doc), p: 0.7 }, { h: ['接种点'], k: 'site', f: () => pick(['社区卫生服务中心', '高新区接种点', '区人民医院']), p: 0.5 });
  return (chance(0.5) ? `${pick(ORGS.slice(5, 10))} ${tj ? '体检登记表' : '接种登记'} ${ymd(date)}\n` : '') + tbl(fmt, specs, n, mk);
};

K.floating = (d) => {
  const date = gdate(), fmt = pick(['csv', 'excel', 'tsv', 'kv', 'xml', 'wide', 'wide']), ms = mobStyler(fmt), is = idStyler(fmt), n = nrows(50);
  const cops = Array.from({ length: ri(1, 2) }, () => ({ n: gname(), no: String(ri(100000, 999999)) }));
  const mk = () => { const p = person(1955, 2006); p.leg = chance(0.08) ? glegacy() : null; p.ll = person(1950, 1985); p.c = pick(cops); p.t = near(date, 20000); return p; };
  const idf = (p) => (p.leg ? d.e('cn_resident_id', p.leg[1], p.leg[0]) : d.rid(p.id, is()));
  const specs = [{ h: ['登记编号'], k: 'regNo', f: (p, i) => d.y('registration_no', serial('LD', date) + pad(i, 3)), first: true },
    { h: ['姓名'], k: 'name', f: (p) => d.name(p.name) }, { h: ['性别'], k: 'sex', f: (p) => (p.leg ? (+p.leg[0][14] % 2 ? '男' : '女') : p.sex) },
    { h: ['民族'], k: 'nation', f: () => pick(['汉', '汉族', '回', '壮', '苗', '土家']) }, { h: ['公民身份号码', '身份证号'], k: 'idNo', f: idf },
    { h: ['户籍地址'], k: 'hukou', f: () => pick(['河南省周口市郸城县', '四川省南充市南部县', '安徽省阜阳市临泉县', '湖南省邵阳市邵东县']) + pick(['城关镇', '宜路镇', '杨桥镇']) + ri(1, 20) + '组' },
    { h: ['现住址'], k: 'addr', f: () => pick(['广州市天河区石牌东路', '深圳市南山区桃园路', '东莞市长安镇']) + ri(1, 200) + '号' + ri(101, 1208) + '房' },
    { h: ['联系电话', '手机'], k: 'phone', f: (p) => d.mob(p.mob, ms()) }, { h: ['房东姓名', '出租人'], k: 'landlord', f: (p) => d.name(p.ll.name), p: 0.7 },
    { h: ['房东电话'], k: 'llPhone', f: (p) => d.mob(p.ll.mob, ms()), p: 0.6 }, { h: ['工作单位'], k: 'work', f: () => pick(['个体', '富士康', '外卖骑手', '建筑工地', '无业']), p: 0.7 },
    { h: ['来本地日期'], k: 'arrive', f: (p) => d.y('date', ymd(new Date(p.t.getTime() - ri(30, 2000) * 86400000))), p: 0.8 }, { h: ['居住事由'], k: 'why', f: () => pick(['务工', '经商', '投靠亲友', '就学']), p: 0.6 },
    { h: ['登记民警', '采集人'], k: 'cop', f: (p) => d.name(p.c.n), p: 0.6 }, { h: ['警号'], k: 'copNo', f: (p) => d.y('police_no', p.c.no), p: 0.5 },
    { h: ['采集时间', '登记时间'], k: 'date', f: (p) => d.y('timestamp', tsStr(p.t)) }, { h: ['房屋编码', '地址编码'], k: 'hc', f: () => d.y('house_code', '4401' + digits(12)), p: 0.6 }];
  if (fmt === 'wide') specs.push({ h: ['曾用名'], k: 'alias', f: () => '' }, { h: ['出生日期'], k: 'dob', f: (p) => (p.leg ? '' : d.y('date_of_birth', p.id.slice(6, 10) + '-' + p.id.slice(10, 12) + '-' + p.id.slice(12, 14))) },
    { h: ['婚姻状况'], k: 'mar', f: () => pick(['已婚', '未婚', '离异']) }, { h: ['文化程度'], k: 'edu', f: () => pick(['初中', '高中', '大专', '小学']) },
    { h: ['政治面貌'], k: 'pol', f: () => pick(['群众', '群众', '党员', '团员']) },
    { h: ['车牌号'], k: 'car', f: () => (chance(0.2) ? d.y('plate', plate()) : '') }, { h: ['暂住事由备注'], k: 'rm', f: () => '' }, { h: ['社保个人编号'], k: 'ss', f: () => (chance(0.3) ? d.y('social_security_no', sheBao()) : '') });
  return tbl(fmt === 'wide' ? pick(['csv', 'tsv', 'excel']) : fmt, specs, n, mk, { shuffle: 0.05, root: 'floatingPopulation', rec: 'person' });
};

K.voters = (d) => {
  const date = gdate(), mode = pick(['grid', 'table', 'table', 'table', 'internal']), n = nrows(120);
  const area = pick(['第三选区', '石牌街第5选区', '何家湾村选区', '城关镇第12选区']);
  const head = `${area}选民名单${pick(['公告', '公示', ''])}\n根据《选举法》规定，经登记确认，${area}选民共${n}名，现予公布。`;
  if (mode === 'grid') {
    const cols = ri(4, 8), names = Array.from({ length: n }, () => gname()), lines = [];
    for (let i = 0; i < n; i += cols) lines.push(names.slice(i, i + cols).map((nm) => { const r = d.name(nm, 0.7); return r + '　'.repeat(Math.max(0, 4 - [...r].length)); }).join('  ').trimEnd());
    return [head, ...lines, `${area}选举委员会  ${cnDate(date)}`, `（选民证号段 ${d.y('voter_card_no', serial('XM', date))} 起）`].join('\n');
  }
  const is = idStyler('x'), mk = () => person(1930, 2006);
  const specs = [seqSpec, { h: ['姓名'], k: 'n', f: (p) => d.name(p.name, 0.4) }, { h: ['性别'], k: 's', f: (p) => p.sex },
    { h: ['出生年月'], k: 'b', f: (p) => d.y('birth_month', p.id.slice(6, 10) + '.' + p.id.slice(10, 12)) }, { h: ['民族'], k: 'e', f: () => pick(['汉', '回', '满', '汉']) },
    { h: ['身份证号码'], k: 'id', f: (p) => (mode === 'internal' ? d.rid(p.id, is()) : d.rid(p.id, 'mask')), p: mode === 'internal' ? 1 : 0.5 },
    { h: ['选民证号'], k: 'v', f: (p, i) => d.y('voter_card_no', `${date.getUTCFullYear()}-${pad(i + 1, 4)}`), p: 0.85 },
    { h: ['住址', '所在小组'], k: 'a', f: () => `${ri(1, 12)}组` }, { h: ['联系电话'], k: 't', f: (p) => d.mob(p.mob, mode === 'internal' ? 'plain' : 'mask'), p: 0.3 }];
  return head + '\n' + tbl(pick(['fixed', 'tsv', 'md', 'csv']), specs, n, mk);
};

K.party = (d) => {
  const date = gdate(), youth = chance(0.35), fmt = pick(['csv', 'excel', 'tsv', 'fixed', 'html', 'kv']), ms = mobStyler(fmt), is = idStyler(fmt), n = nrows(60);
  const branch = pick(['第一党支部', '机关第二支部', '退休党支部', '信息学院团支部', '客服中心团支部']);
  const mk = () => Object.assign(person(youth ? 1994 : 1945, youth ? 2009 : 2000), { j: gdate() });
  const specs = [seqSpec, { h: ['姓名'], k: 'n', f: (p) => d.name(p.name) }, { h: ['性别'], k: 's', f: (p) => p.sex }, { h: ['民族'], k: 'e', f: () => pick(['汉族', '回族', '壮族', '满族']) },
    { h: ['籍贯'], k: 'jg', f: () => pick(['河北保定', '山东济南', '湖南长沙', '四川南充', '广东梅州']) }, { h: ['出生日期'], k: 'b', f: (p) => d.y('date_of_birth', p.id.slice(6, 10) + '-' + p.id.slice(10, 12)) },
    { h: ['公民身份号码', '身份证号'], k: 'id', f: (p) => d.rid(p.id, is()) }, { h: ['学历'], k: 'edu', f: () => pick(['本科', '硕士研究生', '大专', '高中']) },
    { h: [youth ? '入团时间' : '入党时间'], k: 'j', f: (p) => d.y('date', ymd(p.j)) }, { h: [youth ? '团员编号' : '转正时间'], k: 'z', f: (p) => (youth ? d.y('member_no', '2' + digits(11)) : d.y('date', ymd(near(p.j, 525600)))) },
    { h: ['人员类别'], k: 'c', f: () => pick(['正式党员', '预备党员', '团员', '正式党员']) }, { h: ['所在支部'], k: 'br', f: () => branch },
    { h: ['工作岗位', '职务'], k: 'pos', f: () => pick(['客服代表', '网格员', '辅导员', '退休', '科员', '学生']) }, { h: ['手机号码', '联系电话'], k: 'm', f: (p) => d.mob(p.mob, ms()) },
    { h: ['电子邮箱'], k: 'em', f: (p) => d.mail(p.email), p: 0.6 }, { h: ['家庭住址'], k: 'ad', f: () => pick(['海淀区学院路', '天河区石牌', '武侯区玉林']) + ri(1, 99) + '号' },
    { h: ['党费基数', '团费'], k: 'fee', f: () => money() }, { h: ['婚姻状况'], k: 'mar', f: () => pick(['已婚', '未婚']) }, { h: ['参加工作时间'], k: 'w', f: () => d.y('date', ymd(gdate()).slice(0, 7)) },
    { h: ['是否流动党员'], k: 'fl', f: () => pick(['否', '否', '是']) }, { h: ['工资卡号'], k: 'card', f: (p) => d.card(p.card, cardStyler(fmt)()), p: 0.4 },
    { h: ['备注'], k: 'rm', f: () => '' }];
  return `${branch}${youth ? '团员' : '党员'}花名册（${ymd(date)}更新）\n` + tbl(fmt, specs, n, mk, { shuffle: 0 });
};

K.volunteer = (d) => {
  const date = gdate(), mode = pick(['list', 'list', 'cert', 'mail', 'jsonl']), fmt = pick(FMT_T), ms = mobStyler(fmt), is = idStyler(fmt), cs = cardStyler(fmt), n = nrows(50);
  const org = pick(['南京鼓楼区志愿者协会', '石牌街道新时代文明实践站', '市图书馆志愿服务队', '马拉松赛事组委会']), proj = pick(['社区防疫值守', '图书整理', '赛事补给站', '敬老院陪伴', '垃圾分类督导']);
  const mk = () => Object.assign(person(1960, 2008), { h: (ri(4, 800) / 2).toFixed(1), vno: guard(() => pick(['3101', '4401', '3201']) + digits(12)) });
  const contact = gname();
  if (mode === 'cert') {
    const out = [];
    for (let i = 0; i < Math.min(n, ri(1, 6)); i++) { const p = mk(); out.push(`志愿服务时长证明\n兹证明${d.name(p.name)}同志（身份证号：${d.rid(p.id, idStyler('x')())}）系${org}注册志愿者（志愿者编号：${d.y('volunteer_no', p.vno)}），自${d.y('date', ymd(gdate()))}起参加“${proj}”志愿服务，累计服务时长${p.h}小时。\n特此证明。\n${org}（盖章）  ${cnDate(date)}\n联系人：${titled(d, contact[0], '老师')}  ${d.land(glandline(), 'dash', true)}`); }
    return out.join('\n\n' + '-'.repeat(20) + '\n\n');
  }
  const specs = [seqSpec, { h: ['姓名', '志愿者姓名'], k: 'name', f: (p) => d.name(p.name) }, { h: ['志愿者编号', '注册编号'], k: 'vno', f: (p) => d.y('volunteer_no', p.vno), p: 0.9 }, { h: ['最近服务日期'], k: 'last', f: () => d.y('timestamp', tsStr(gdate())), p: 0.9 }, { h: ['证书编号'], k: 'cno', f: (p, i) => d.y('certificate_no', serial('ZYZ', date) + pad(i, 3)), p: 0.7 },
    { h: ['注册时间'], k: 'reg', f: () => d.y('timestamp', tsStr(gdate())), p: 0.6 },
    { h: ['身份证号'], k: 'idNo', f: (p) => d.rid(p.id, is()), p: 0.7 }, { h: ['手机', '联系电话'], k: 'mobile', f: (p) => d.mob(p.mob, ms()) },
    { h: ['邮箱', 'Email'], k: 'email', f: (p) => d.mail(p.email, 0.1), p: 0.7 }, { h: ['服务时长(小时)', '时长'], k: 'hours', num: true, f: (p) => p.h },
    { h: ['服务项目'], k: 'proj', f: () => proj, p: 0.5 }, { h: ['补贴发放卡号', '银行卡号'], k: 'card', f: (p) => d.card(p.card, cs()), p: 0.65 },
    { h: ['开户行'], k: 'bank', f: (p) => cardBank.get(p.card) || '', p: 0.3 }];
  const body = tbl(mode === 'jsonl' ? 'jsonl' : mode === 'mail' ? pick(['tsv', 'csv']) : fmt, specs, n, mk);
  if (mode === 'mail') return [mailHead(d, `${proj}志愿时长及补贴名单`, date), '附件名单请核对时长后开具证明，补贴本周五前打卡：', '', body, signature(d, mailHead.from)].join('\n');
  return (mode === 'jsonl' ? '' : `${org} ${proj} 志愿时长汇总\n`) + body;
};

K.arrears = (d) => {
  const date = gdate(), mode = pick(['arrears', 'arrears', 'shixin', 'notes']), fmt = pick(FMT_T), ms = mobStyler(fmt), is = idStyler(fmt), cs = cardStyler(fmt), n = nrows(60);
  const collectors = Array.from({ length: ri(1, 3) }, () => ({ n: gname(), no: agentNo() }));
  if (mode === 'shixin') {
    const court = pick(['广州市天河区人民法院', '郑州市中原区人民法院', '武汉市江岸区人民法院', '成都市锦江区人民法院']);
    const mk = () => Object.assign(person(1955, 1998), { biz: chance(0.2) });
    const specs = [seqSpec, { h: ['被执行人姓名/名称', '失信被执行人'], k: 'n', f: (p) => (p.biz ? d.y('org_name', pick(ORGS.slice(0, 2))) : chance(0.15) ? d.y('masked_name', maskName(p.name)) : d.name(p.name)) },
      { h: ['身份证号码/组织机构代码', '证件号码'], k: 'id', f: (p) => (p.biz ? d.uscc(guscc()) : chance(0.6) ? d.rid(p.id, 'mask') : d.rid(p.id, is())) },
      { h: ['案号', '执行案号'], k: 'case', f: () => d.y('case_no', `（${ri(2019, 2024)}）${pick(['粤0106', '豫0102', '鄂0102', '川0104'])}执${ri(100, 29999)}号`) },
      { h: ['执行法院'], k: 'court', f: () => court, p: 0.5 }, { h: ['执行标的(元)', '未履行金额'], k: 'amt', f: () => money() },
      { h: ['发布时间'], k: 'pub', f: () => d.y('date', ymd(gdate())) }, { h: ['失信情形'], k: 'sit', f: () => pick(['有履行能力而拒不履行', '违反财产报告制度', '以虚假诉讼规避执行']), p: 0.6 }];
    return `${court}失信被执行人名单（第${ri(1, 40)}批）\n` + tbl(fmt, specs, n, mk);
  }
  const mk = () => Object.assign(person(1950, 2003), { c: pick(collectors), owe: money(), hh: guard(() => pick(['3', '5', '8']) + digits(ri(9, 11))) });
  if (mode === 'notes') {
    const out = [`${ymd(date)} 欠费催缴跟进（${d.name(collectors[0].n)}）`];
    for (let i = 0; i < n; i++) { const p = mk(); out.push(`${d.name(p.name)} ${d.mob(p.mob, ms())} 欠${p.owe}元，${pick([() => '承诺周五缴清', () => '关机', () => '拒接', () => '称已缴费需核实', () => `代扣卡${d.card(p.card, cs())}余额不足`])()}`); }
    return out.join('\n');
  }
  const specs = [seqSpec, { h: ['户号', '账户号', '合同号'], k: 'hh', f: (p) => d.y('account_no', p.hh) }, { h: ['客户姓名', '用户名称'], k: 'name', f: (p) => d.name(p.name) },
    { h: ['服务号码', '联系电话'], k: 'mobile', f: (p) => d.mob(p.mob, ms()) }, { h: ['证件号码'], k: 'id', f: (p) => d.rid(p.id, is()), p: 0.5 },
    { h: ['欠费金额', '欠费(元)'], k: 'owe', f: (p) => p.owe }, { h: ['欠费账期'], k: 'period', f: () => d.y('billing_period', `${date.getUTCFullYear()}${pad(ri(1, 6), 2)}-${date.getUTCFullYear()}${pad(ri(7, 12), 2)}`) },
    { h: ['代扣卡号', '托收账号'], k: 'card', f: (p) => d.card(p.card, cs()), p: 0.8 }, { h: ['扣款结果'], k: 'res', f: () => pick(['余额不足', '账户冻结', '户名不符', '成功']), p: 0.5 },
    { h: ['催缴次数'], k: 'cnt', f: () => String(ri(1, 6)) }, { h: ['最近催缴时间'], k: 'lt', f: () => d.y('timestamp', tsStr(gdate())), p: 0.8 },
    { h: ['账单号'], k: 'bill', f: () => d.y('bill_no', orderNo(date, 16)), p: 0.5 }, { h: ['催收员'], k: 'col', f: (p) => d.name(p.c.n), p: 0.7 }, { h: ['催收员工号'], k: 'colNo', f: (p) => d.y('employee_no', p.c.no), p: 0.5 }];
  return (chance(0.5) ? `欠费催缴清单 ${ymd(date)}  客服热线 ${d.y('service_number', pick(SERVICE))}\n` : '') + tbl(fmt, specs, n, mk);
};

K.court = (d) => {
  const date = gdate(), mode = pick(['form', 'form', 'batch']), is = idStyler('x');
  const court = pick(['广州市天河区人民法院', '武汉市江岸区人民法院', '郑州市中原区人民法院', '上海市浦东新区人民法院']);
  const caseNo = d.y('case_no', `（${date.getUTCFullYear()}）${pick(['粤0106民初', '鄂0102民初', '豫0102民初', '沪0115民初'])}${ri(100, 39999)}号`);
  const judge = gname(), clerk = gname();
  const foot = `承办法官：${d.name(judge)}  书记员：${d.name(clerk)}  联系电话：${d.land(glandline(), 'dash', true)}`;
  if (mode === 'batch') {
    const n = nrows(30), fmt = pick(['csv', 'tsv', 'fixed', 'md']);
    const specs = [seqSpec, { h: ['当事人', '受送达人'], k: 'n', f: (p) => d.name(p.name) }, { h: ['诉讼地位'], k: 'role', f: () => pick(['原告', '被告', '第三人']) },
      { h: ['身份证号'], k: 'id', f: (p) => d.rid(p.id, is()) }, { h: ['手机号码'], k: 'm', f: (p) => d.mob(p.mob, mobStyler(fmt)()) },
      { h: ['电子邮箱'], k: 'e', f: (p) => (chance(0.6) ? d.mail(p.email) : '无'), p: 0.6 }, { h: ['送达地址'], k: 'a', f: () => pick(['天河区体育西路', '江岸区解放大道', '中原区建设路']) + ri(1, 300) + '号' },
      { h: ['送达方式'], k: 'w', f: () => pick(['电子送达', 'EMS', '直接送达']) }, { h: ['EMS单号'], k: 'ems', f: () => d.y('tracking_no', 'E' + pick('ABLMR') + digits(9) + 'CN'), p: 0.7 },
      { h: ['确认时间'], k: 'ct', f: () => d.y('timestamp', tsStr(gdate())), p: 0.7 }];
    return `${court} 送达地址确认汇总 ${caseNo}\n` + tbl(fmt, specs, n, () => person(1950, 2002)) + '\n' + foot;
  }
  const p = person(1950, 2002), agent = chance(0.5) ? person(1970, 1995) : null;
  const kv = [['案号', caseNo], ['案由', pick(['民间借贷纠纷', '买卖合同纠纷', '物业服务合同纠纷', '离婚纠纷'])], ['受送达人', d.name(p.name)],
    ['身份证号码', d.rid(p.id, is())], ['送达地址', pick(['广东省广州市天河区', '湖北省武汉市江岸区']) + pick(['石牌东路', '中山大道']) + ri(1, 300) + '号' + ri(101, 2505) + '房'],
    ['手机号码', d.mob(p.mob, pick(['plain', 'plain', 'sp', 'dash']))]];
  if (chance(0.4)) kv.push(['固定电话', d.land(glandline(), pick(['dash', 'par', 'raw', 'fwpar', 'p86']))]);
  if (chance(0.8)) kv.push(['电子邮箱', d.mail(p.email, 0.2)]);
  kv.push(['确认日期', d.y('timestamp', tsStr(near(date, 600)))]);
  if (chance(0.6)) kv.push(['文书编号', d.y('doc_no', `SD${date.getUTCFullYear()}${digits(8)}`)]);
  if (chance(0.5)) kv.push(['邮寄单号', d.y('tracking_no', 'E' + pick('ABLMR') + digits(9) + 'CN')]);
  if (chance(0.4)) kv.push(['微信号', d.y('wechat_id', 'wxid_' + Array.from({ length: 14 }, () => pick('abcdefghijkmnpqrstuvwxyz0123456789')).join(''))]);
  if (agent) kv.push(['代理人', `${d.name(agent.name)}律师，执业证号${d.y('lawyer_license_no', '1' + pick(['4401', '4201', '3101']) + digits(12))}`], ['代理人电话', d.mob(agent.mob)]);
  if (chance(0.3)) { const r = person(); kv.push(['代收人', `${d.name(r.name)}（${pick(['配偶', '父亲', '同事'])}） ${d.mob(r.mob)}`]); }
  const sep = pick(['：', ': ', '　']);
  return [`${court}\n送达地址确认书`, ...kv.map(([k, v]) => `${k}${sep}${v}`), '告知事项：1. 当事人提供的送达地址应当准确、有效……',
    `受送达人（签名）：${d.name(p.name)}    ${cnDate(date)}`, foot].join('\n');
};

K.visitor = (d) => {
  const date = gdate(), fmt = pick(['csv', 'tsv', 'fixed', 'kv', 'notes', 'excel']), ms = mobStyler(fmt), is = idStyler(fmt), n = nrows(60);
  const cops = Array.from({ length: ri(1, 3) }, () => ({ n: gname(), no: String(ri(100000, 999999)) }));
  const unit = pick(['天河分局石牌派出所', '锦江分局书院街派出所', '江岸分局户籍大厅', '某看守所会见室']);
  const mk = () => { const p = person(1950, 2006); p.t = near(date, 600); p.c = pick(cops); return p; };
  if (fmt === 'notes') {
    const out = [`${unit} 来访登记 ${ymd(date)}`];
    for (let i = 0; i < n; i++) { const p = mk(); out.push(`${hms(p.t).slice(0, 5)} ${d.name(p.name)} ${d.rid(p.id, is())} ${d.mob(p.mob, ms())} ${pick(['办理户口迁移', '报案', '咨询', '领取证件', '会见'])} 接待:${d.name(p.c.n)}(${d.y('police_no', p.c.no)})${chance(0.2) ? ' 车' + d.y('plate', plate()) : ''}`); }
    return out.join('\n');
  }
  const specs = [seqSpec, { h: ['来访时间', '进入时间'], k: 'in', f: (p) => d.y('timestamp', tsStr(p.t)) }, { h: ['离开时间'], k: 'out', f: (p) => d.y('timestamp', tsStr(near(p.t, 90))), p: 0.8 }, { h: ['登记单号'], k: 'vn', f: (p, i) => d.y('registration_no', 'FK' + ymd(date, '') + pad(i + 1, 4)), p: 0.9 },
    { h: ['来访人姓名', '姓名', '访客'], k: 'name', f: (p) => d.name(p.name) }, { h: ['证件号码', '身份证号'], k: 'id', f: (p) => d.rid(p.id, is()) },
    { h: ['联系电话'], k: 'tel', f: (p) => d.mob(p.mob, ms()) }, { h: ['事由', '来访事由'], k: 'why', f: () => pick(['户籍业务', '报案', '咨询', '取证件', '会见']) },
    { h: ['接待民警', '被访人'], k: 'cop', f: (p) => d.name(p.c.n) }, { h: ['警号'], k: 'no', f: (p) => d.y('police_no', p.c.no), p: 0.6 },
    { h: ['车牌号'], k: 'car', f: () => (chance(0.3) ? d.y('plate', plate()) : ''), p: 0.4 }, { h: ['体温'], k: 'temp', f: () => (ri(360, 372) / 10).toFixed(1), p: 0.2 },
    { h: ['同行人数'], k: 'cnt', f: () => String(ri(0, 3)), p: 0.3 }];
  return `${unit} 访客登记簿\n` + tbl(fmt, specs, n, mk);
};

K.school = (d) => {
  const date = gdate(), mode = pick(['contacts', 'contacts', 'bus', 'mail']), fmt = pick(['csv', 'excel', 'tsv', 'md', 'fixed', 'html']), ms = mobStyler(fmt), n = nrows(55);
  const school = pick(['西安雁塔区第二小学', '海淀实验小学', '书院街幼儿园', '天河中学']), cls = `${ri(1, 6)}年级${ri(1, 9)}班`;
  const mk = (i) => { const s = person(2008, 2019), pa = person(1972, 1992); pa.rel = pick(['父亲', '母亲', '爸爸', '妈妈', '爷爷', '外婆']); s.pa = pa; s.no = `${date.getUTCFullYear() - ri(0, 5)}${pad(ri(1, 12), 2)}${pad(i + 1, 2)}`; return s; };
  if (mode === 'bus') {
    const teacher = person(1975, 1998), driver = person(1965, 1985), route = `${ri(1, 12)}号线`;
    const head = `${school} 校车${route}接送名单\n车牌：${d.y('plate', plate())}  随车老师：${d.name(teacher.name)} ${d.mob(teacher.mob)}  司机：${d.name(driver.name)} ${d.mob(driver.mob, pick(['plain', 'dash']))}`;
    const specs = [seqSpec, { h: ['站点'], k: 'st', f: () => pick(['高新区管委会站', '李村站', '何家湾站', '万达站', '黄山路口']) }, { h: ['上车时间'], k: 't', f: () => `07:${pad(ri(0, 50), 2)}` }, { h: ['乘车卡号'], k: 'bc', f: () => d.y('campus_card_no', guard(() => '20' + digits(8))), p: 0.8 },
      { h: ['学生姓名', '学生'], k: 'n', f: (s) => d.name(s.name) }, { h: ['班级'], k: 'c', f: () => `${ri(1, 6)}(${ri(1, 9)})班` },
      { h: ['接送人', '家长'], k: 'pa', f: (s) => d.name(s.pa.name) + (chance(0.5) ? `(${s.pa.rel})` : '') }, { h: ['家长电话', '接送人电话'], k: 'tel', f: (s) => d.mob(s.pa.mob, ms()) }];
    return head + '\n' + tbl(pick(['csv', 'tsv', 'fixed', 'md']), specs, n, mk);
  }
  const specs = [seqSpec, { h: ['学号'], k: 'no', f: (s) => d.y('student_no', s.no), p: 0.9 }, { h: ['校园卡号', '一卡通号'], k: 'sc', f: () => d.y('campus_card_no', guard(() => '20' + digits(8))), p: 0.9 }, { h: ['学生姓名', '姓名'], k: 'n', f: (s) => d.name(s.name) },
    { h: ['性别'], k: 'sex', f: (s) => s.sex, p: 0.5 }, { h: ['学生身份证号', '身份证号（学籍）'], k: 'id', f: (s) => d.rid(s.id, idStyler(fmt)()), p: 0.5 },
    { h: ['家长姓名', '监护人'], k: 'pn', f: (s) => d.name(s.pa.name) }, { h: ['关系'], k: 'rel', f: (s) => s.pa.rel, p: 0.6 }, { h: ['登记时间'], k: 'rt', f: () => d.y('timestamp', tsStr(gdate())), p: 0.85 },
    { h: ['联系电话', '家长手机'], k: 'tel', f: (s) => d.mob(s.pa.mob, ms()) }, { h: ['备用电话'], k: 'tel2', f: () => (chance(0.5) ? d.mob(gmobile(), ms()) : d.land(glandline(), pick(['dash', 'raw', 'sp', 'p86', 'fwpar']))), p: 0.3 },
    { h: ['家长邮箱', '邮箱'], k: 'em', f: (s) => d.mail(s.pa.email, 0.1), p: 0.55 }, { h: ['QQ', '家长QQ'], k: 'qq', f: () => d.y('qq_number', String(ri(20000000, 999999999))), p: 0.5 },
    { h: ['家长身份证'], k: 'pid', f: (s) => d.rid(s.pa.id, idStyler(fmt)()), p: 0.2 }, { h: ['家庭住址'], k: 'ad', f: () => pick(['雁塔区小寨东路', '海淀区中关村', '锦江区书院街']) + ri(1, 99) + '号', p: 0.5 }];
  const body = tbl(mode === 'mail' ? pick(['tsv', 'csv']) : fmt, specs, n, mk);
  if (mode === 'mail') { const t = person(1975, 1998); return [mailHead(d, `${cls}家长通讯录（请勿外传）`, date), `附本学期${cls}家长通讯录，已按学号排序。`, '', body, '', `班主任 ${d.name(t.name)} ${d.mob(t.mob)}`].join('\n'); }
  return `${school} ${cls} 学生家长通讯录\n` + body;
};

K.hospital = (d) => {
  const date = gdate(), fmt = pick(['jsonl', 'jsonl', 'json', 'csv', 'excel', 'xml', 'tsv']), ms = mobStyler(fmt), is = idStyler(fmt), n = nrows(80);
  const doctors = Array.from({ length: ri(1, 4) }, () => ({ n: gname(), dept: pick(['心血管内科', '儿科', '妇产科', '骨科', '口腔科', '皮肤科']), title: pick(['主任医师', '副主任医师', '主治医师']) }));
  const mk = () => { const p = person(1935, 2023); p.t = near(date, 8000); p.dr = pick(doctors); return p; };
  const j = /json|xml/.test(fmt);
  const specs = [{ h: ['预约单号', 'orderId'], k: 'orderId', f: (p) => d.y('order_no', orderNo(p.t, ri(16, 20))), first: true },
    { h: ['就诊卡号', 'cardNo'], k: 'patientCardNo', f: () => d.y('patient_card_no', '000' + digits(7)), p: 0.6 },
    { h: ['患者姓名', 'patientName'], k: 'patientName', f: (p) => d.name(p.name) }, { h: ['证件号', 'idCardNo'], k: 'idCardNo', f: (p) => d.rid(p.id, is()), p: 0.85 },
    { h: ['手机号', 'phone'], k: 'phone', f: (p) => d.mob(p.mob, ms()) }, { h: ['科室', 'deptName'], k: 'deptName', f: (p) => p.dr.dept },
    { h: ['医生', 'doctorName'], k: 'doctorName', f: (p) => d.name(p.dr.n) }, { h: ['职称', 'doctorTitle'], k: 'doctorTitle', f: (p) => p.dr.title, p: 0.5 },
    { h: ['就诊时间', 'visitTime'], k: 'visitTime', num: true, f: (p) => d.y('timestamp', j ? msTs(p.t) : tsStr(p.t)) }, { h: ['号序', 'seqNo'], k: 'seqNo', num: true, f: () => String(ri(1, 60)) },
    { h: ['挂号费', 'fee'], k: 'fee', num: true, f: () => pick(['5.00', '20.00', '50.00', '100.00']) }, { h: ['状态', 'status'], k: 'status', f: () => pick(['已预约', '已取号', '已退号', 'PAID']) },
    { h: ['支付流水', 'payNo'], k: 'payNo', f: (p) => d.y('transaction_no', '4200' + digits(24)), p: 0.6 }];
  return tbl(fmt, specs, n, mk, { root: 'appointments', rec: 'appointment' });
};

K.sampling = (d) => {
  const date = gdate(), fmt = pick(['csv', 'excel', 'tsv', 'fixed', 'kv', 'jsonl']), ms = mobStyler(fmt), is = idStyler(fmt), n = nrows(100);
  const site = pick(['石牌街道3号采样点', '高新区管委会采样点', '李村便民采样亭', '书院街社区采样点']), mix = pick([1, 5, 10, 20]);
  const staffN = gname();
  const mk = (i) => { const p = person(1935, 2022); p.t = near(date, 300); p.pp = chance(0.05) ? 'E' + pick('ABCDEFGHJK') + digits(7) : null; p.tube = Math.floor(i / mix); return p; };
  let tubeBase = guard(() => pick(['3101', '4401', '5101']) + ymd(date, '').slice(2) + digits(4));
  const specs = [seqSpec, { h: ['试管编号', '管码', '条码号'], k: 'tube', f: (p) => d.y('tube_barcode', tubeBase.slice(0, -3) + pad(+tubeBase.slice(-3) + p.tube, 3)) },
    { h: ['样本编号'], k: 'sid', f: (p, i) => d.y('sample_no', 'S' + ymd(date, '') + pad(i + 1, 4)), p: 0.9 },
    { h: ['姓名'], k: 'name', f: (p) => d.name(p.name) }, { h: ['证件类型'], k: 'ct', f: (p) => (p.pp ? '护照' : '居民身份证') },
    { h: ['证件号码'], k: 'certNo', f: (p) => (p.pp ? d.e('cn_passport', p.pp, p.pp) : d.rid(p.id, is())) },
    { h: ['手机号'], k: 'phone', f: (p) => d.mob(p.mob, ms()), p: 0.9 }, { h: ['采样时间'], k: 'time', f: (p) => d.y('timestamp', tsStr(p.t)) },
    { h: ['报告时间', '检测时间'], k: 'rt', f: (p) => d.y('timestamp', tsStr(near(p.t, 1500))), p: 0.75 }, { h: ['人群分类'], k: 'grp', f: () => pick(['社区居民', '重点人群', '应检尽检', '愿检尽检']), p: 0.5 }, { h: ['采样员'], k: 'st', f: () => d.name(staffN), p: 0.5 }];
  return (chance(0.6) ? `${site} ${mix}:1混采登记 ${ymd(date)}\n` : '') + tbl(fmt, specs, n, mk);
};

K.resume = (d) => {
  const date = gdate(), fmt = pick(['csv', 'excel', 'tsv', 'md', 'mail', 'html', 'wide']), ms = mobStyler(fmt), n = nrows(60);
  const job = pick(['电话销售专员', '客服代表', 'Java开发工程师', '网格员', '运营专员', '数据分析师']), dom = pick(CORP);
  const ivs = Array.from({ length: ri(1, 3) }, () => gname());
  const mk = () => Object.assign(person(1975, 2003), { t: near(date, 20000), iv: pick(ivs) });
  const specs = [seqSpec, { h: ['应聘者', '姓名', '候选人'], k: 'name', f: (p) => d.name(p.name) }, { h: ['性别'], k: 'sex', f: (p) => p.sex, p: 0.6 },
    { h: ['年龄'], k: 'age', f: (p) => String(p.age), p: 0.5 }, { h: ['手机', '联系电话'], k: 'mobile', f: (p) => d.mob(p.mob, ms()) },
    { h: ['邮箱', 'Email'], k: 'email', f: (p) => d.mail(p.email, 0.15), p: 0.9 }, { h: ['应聘岗位'], k: 'job', f: () => job, p: 0.5 },
    { h: ['简历来源'], k: 'src', f: () => pick(['BOSS直聘', '智联招聘', '前程无忧', '猎聘', '内推', '校园招聘']) },
    { h: ['期望薪资'], k: 'sal', f: () => pick(['8-10K', '15-20K·13薪', '面议', '6000', '25K']) }, { h: ['工作年限'], k: 'yrs', f: () => pick(['应届', '1-3年', '3-5年', '5年以上']) },
    { h: ['学历'], k: 'edu', f: () => pick(['本科', '大专', '硕士', '高中']) }, { h: ['毕业院校'], k: 'sch', f: () => pick(['华南理工大学', '武汉大学', '郑州轻工业大学', '某职业技术学院']), p: 0.6 },
    { h: ['简历编号'], k: 'rid', f: () => d.y('resume_id', 'JM' + digits(9) + 'R' + digits(11)), p: 0.9 }, { h: ['投递时间'], k: 't', f: (p) => d.y('timestamp', tsStr(p.t)), p: 0.9 },
    { h: ['面试时间'], k: 'it', f: (p) => d.y('timestamp', tsStr(near(p.t, 9000))), p: 0.8 }, { h: ['QQ'], k: 'qq', f: () => d.y('qq_number', String(ri(20000000, 999999999))), p: 0.3 },
    { h: ['面试官'], k: 'iv', f: (p) => d.name(p.iv), p: 0.5 }, { h: ['身份证号'], k: 'id', f: (p) => d.rid(p.id, idStyler(fmt)()), p: 0.2 }];
  if (fmt === 'wide') specs.push({ h: ['当前公司'], k: 'co', f: () => pick(['前海云客', '无', '某外包公司']) }, { h: ['当前职位'], k: 'cp', f: () => pick(['专员', '主管', '实习生']) },
    { h: ['现居地'], k: 'city', f: () => pick(['深圳', '广州', '武汉']) }, { h: ['婚育'], k: 'mar', f: () => pick(['未婚', '已婚已育', '已婚']) }, { h: ['到岗时间'], k: 'av', f: () => pick(['随时', '1个月内']) },
    { h: ['笔试成绩'], k: 'sc', f: () => String(ri(40, 99)) }, { h: ['HR备注'], k: 'hr', f: () => pick(['', '稳定性一般', '推荐复试']) }, { h: ['状态'], k: 'st', f: () => pick(['待面试', '已约面', '淘汰', 'offer']) });
  const body = tbl(fmt === 'mail' ? pick(['tsv', 'csv']) : fmt === 'wide' ? 'csv' : fmt, specs, n, mk);
  const hr = d.dc('email', 'hr@' + dom, 'hr@' + dom);
  if (fmt === 'mail') return [mailHead(d, `${job} 简历汇总 ${ymd(date)}`, date), `本周收到的简历如下，请各位面试官选人，回复到 ${hr}。`, '', body, signature(d, mailHead.from)].join('\n');
  return `${job}简历汇总（投递邮箱 ${hr}）\n` + body;
};

K.ticket = (d) => {
  const date = gdate(), fmt = pick(['xml', 'kv', 'kv', 'csv', 'mail', 'jsonl']), n = fmt === 'kv' || fmt === 'mail' ? ri(1, 8) : nrows(40);
  const agents = Array.from({ length: ri(1, 3) }, () => ({ n: gname(), no: agentNo() }));
  const mk = () => { const p = person(1950, 2004); p.t = near(date, 3000); p.a = pick(agents); p.land = chance(0.15) ? glandline() : null; p.titled = chance(0.25); return p; };
  const desc = (p) => pick([() => `用户反映${pick(['宽带经常掉线', '被扣费不明', '收到骚扰电话', '套餐未生效'])}`, () => `客户称收到验证码${d.y('sms_code', vcode())}但未操作`,
    () => `来电要求退订${d.y('service_number', smsPort())}的营销短信`, () => `${d.y('service_number', '12345')}转办：用户投诉${d.y('place', pick(PLACES))}信号差`,
    () => `客户要求回拨备用号码${d.mob(gmobile(), pick(['plain', 'dash']))}`, () => `用户称其身份证${d.rid(p.id)}被冒用开户`, () => `客户邮箱${d.mail(p.email)}未收到电子账单`,
    () => `订单号${d.y('order_no', orderNo(p.t, 18))}退款未到账`])();
  const specs = [{ h: ['工单号', 'ticketNo'], k: 'ticketNo', f: (p) => d.y('work_order_no', orderNo(p.t, ri(16, 20))), first: true },
    { h: ['受理时间', 'acceptTime'], k: 'acceptTime', f: (p) => d.y('timestamp', fmt === 'jsonl' ? msTs(p.t) : tsStr(p.t)), num: true },
    { h: ['来电号码', 'callerNo'], k: 'callerNo', f: (p) => (p.land ? d.land(p.land, pick(['raw', 'dash'])) : d.mob(p.mob, pick(['plain', 'plain', 'p86', '86', 'sp']))) },
    { h: ['客户姓名', 'custName'], k: 'custName', f: (p) => (p.titled ? titled(d, p.name[0], pick(['先生', '女士'])) : d.name(p.name)) },
    { h: ['业务类型', 'bizType'], k: 'bizType', f: () => pick(['投诉', '咨询', '故障报修', '表扬', '退订']) }, { h: ['问题描述', 'content'], k: 'content', f: (p) => desc(p) },
    { h: ['处理人', 'handler'], k: 'handler', f: (p) => d.name(p.a.n) }, { h: ['处理人工号', 'handlerNo'], k: 'handlerNo', f: (p) => d.y('employee_no', p.a.no) },
    { h: ['回访结果', 'callback'], k: 'callback', f: () => pick(['满意', '基本满意', '不满意', '未接通']), p: 0.6 }];
  const body = tbl(fmt === 'mail' ? 'kv' : fmt, specs, n, mk, { root: 'tickets', rec: 'ticket', shuffle: 0 });
  if (fmt === 'mail') return [mailHead(d, `升级工单 ${ymd(date)} 请跟进`, date), `以下工单客户多次来电，请二线${pick(['今天', '24小时内'])}回复，热线 ${d.y('service_number', pick(SERVICE))}：`, '', body, signature(d, mailHead.from)].join('\n');
  return body;
};

for (const k of ['store', 'hospital', 'vaccine', 'floating', 'party', 'dibao', 'arrears', 'sampling', 'visitor']) {
  const f = K[k]; K[k] = (d) => { const t = f(d); return /^[<{]/.test(t) ? t : exportLine(d, gdate()) + t; };
}

// ---------------------------------------------------------------- main
const out = process.argv[2] || '/tmp/indep23/outreach.jsonl';
const docs = [];
for (const kind of Object.keys(K)) {
  const cnt = ri(12, 13);
  for (let i = 1; i <= cnt; i++) { const d = new Doc(kind, i); docs.push(d.finish(K[kind](d))); }
}

// ---------------------------------------------------------------- self-check
const PFX_OK = (m) => MOB_PFX.some(([a, , b]) => m.startsWith(a) && b.includes(m[2]));
const USCC_OK = (u) => { let z = 0; for (let i = 0; i < 17; i++) z += USCC_A.indexOf(u[i]) * USCC_W[i]; return USCC_A[(31 - (z % 31)) % 31] === u[17]; };
const idDateOk = (v) => { const y = +v.slice(6, 10), m = +v.slice(10, 12), dd = +v.slice(12, 14); return y >= 1900 && y <= 2024 && m >= 1 && m <= 12 && dd >= 1 && dd <= dim(y, m) && PROV.has(v.slice(0, 2)); };
const SHAPE = {
  cn_resident_id: (v) => /^\d{17}[\dX]$/.test(v), cn_mobile: (v) => /^1[3-9]\d{9}$/.test(v), cn_landline: (v) => /^0\d{9,11}$/.test(v),
  email: (v) => /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v), bank_card: (v) => /^\d{16,19}$/.test(v),
  cn_uscc: (v) => /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v), cn_passport: (v) => /^[A-Z0-9]{8,10}$/.test(v),
  person_name_zh: (v) => /^[\u4e00-\u9fa5·]{2,16}$/.test(v),
};
const STRONG = {
  cn_resident_id: (v) => idValid(v) && idDateOk(v), cn_mobile: PFX_OK, bank_card: luhnOk, cn_uscc: USCC_OK,
  cn_landline: (v) => (/^0[12]/.test(v) ? v.length === 11 : v.startsWith('0931') ? v.length === 11 : v.length === 12),
};
function normRaw(det, raw) {
  const n = raw.normalize('NFKC');
  switch (det) {
    case 'person_name_zh': return raw.replace(/[\s\u3000]/g, '');
    case 'cn_mobile': { let s = n.replace(/\.0$/, '').replace(/\D/g, ''); if (s.length === 15 && s.startsWith('0086')) s = s.slice(4); if (s.length === 13 && s.startsWith('86')) s = s.slice(2); return s; }
    case 'cn_landline': { const s = n.replace(/\D/g, ''); return n.trim().startsWith('+86') ? '0' + s.slice(2) : s; }
    case 'cn_resident_id': { const s = n.replace(/\s/g, '').toUpperCase(); if (/^\d{15}$/.test(s)) { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); } return s; }
    case 'email': return raw.toLowerCase();
    case 'bank_card': return n.replace(/\D/g, '');
    default: return n.toUpperCase();
  }
}
const errors = [];
const err = (d, m) => { if (errors.length < 40) errors.push(`${d.id}: ${m}`); else errors.length++; };
for (const d of docs) {
  const E = new Set(d.entities.map((l) => l.detector + '|' + l.value));
  for (const l of d.entities) {
    if (!SHAPE[l.detector](l.value)) err(d, `bad entity ${l.detector} ${l.value}`);
    if (STRONG[l.detector] && !STRONG[l.detector](l.value)) err(d, `entity fails check ${l.detector} ${l.value}`);
    if (l.detector === 'cn_mobile' && ALLOW.has(l.value)) err(d, `demo number ${l.value}`);
  }
  for (const l of d.dontCare) {
    const ok = l.detector === 'person_name_zh' ? /^[\u4e00-\u9fa5·]{1,16}$/.test(l.value) : SHAPE[l.detector](l.value);
    if (!ok) err(d, `bad dontCare ${l.detector} ${l.value}`);
    if (E.has(l.detector + '|' + l.value)) err(d, `entity and dontCare ${l.value}`);
  }
  for (const r of d._raws) {
    if (!d.text.includes(r.raw)) err(d, `raw form missing: ${r.raw}`);
    if (r.ent && normRaw(r.det, r.raw) !== r.value) err(d, `raw ${r.raw} does not normalise to ${r.value}`);
  }
  const entVals = d.entities.map((l) => l.value), dcVals = new Set(d.dontCare.map((l) => l.value));
  for (const y of d.decoys) {
    if (!d.text.includes(y.text)) err(d, `decoy missing from text: ${y.text}`);
    if (dcVals.has(y.text)) err(d, `decoy equals dontCare: ${y.text}`);
    for (const v of entVals) if (y.text === v || y.text.includes(v) || y.text.toLowerCase().includes(v)) err(d, `decoy ${y.text} contains entity ${v}`);
  }
  if (!d.entities.length && !d.decoys.length) err(d, 'neither entities nor decoys');
}
// corpus-level requirements
const byKind = {}, byDet = {}, byDetDc = {}, byDecoy = {};
let nEnt = 0, nDec = 0;
for (const d of docs) {
  byKind[d.kind] = (byKind[d.kind] || 0) + 1;
  for (const l of d.entities) { byDet[l.detector] = (byDet[l.detector] || 0) + 1; nEnt++; }
  for (const l of d.dontCare) byDetDc[l.detector] = (byDetDc[l.detector] || 0) + 1;
  for (const y of d.decoys) { byDecoy[y.kind] = (byDecoy[y.kind] || 0) + 1; nDec++; }
}
if (docs.length < 250) errors.push(`only ${docs.length} documents`);
if (Object.keys(byKind).length < 20) errors.push('fewer than 20 kinds');
for (const [k, c] of Object.entries(byKind)) if (c < 12 || c > 20) errors.push(`kind ${k} has ${c} docs`);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((byDet[det] || 0) < 300) errors.push(`${det}: only ${byDet[det] || 0} entity labels`);
if (nDec < nEnt) errors.push(`decoys ${nDec} < entities ${nEnt}`);

writeFileSync(out, docs.map(({ _raws, ...d }) => JSON.stringify(d)).join('\n') + '\n');
const sortObj = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(22)} ${v}`).join('\n');
console.log(`wrote ${docs.length} documents to ${out}`);
console.log(`documents per kind (${Object.keys(byKind).length} kinds):\n${sortObj(byKind)}`);
console.log(`entity labels per detector (total ${nEnt}):\n${sortObj(byDet)}`);
console.log(`dontCare labels per detector:\n${sortObj(byDetDc)}`);
console.log(`decoys per kind (total ${nDec}):\n${sortObj(byDecoy)}`);
if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length}):\n` + errors.slice(0, 40).join('\n')); process.exit(1); }
console.log('self-check passed');
