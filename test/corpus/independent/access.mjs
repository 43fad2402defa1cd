#!/usr/bin/env node
/**
 * access.mjs — independent labelled test corpus for listguard's Chinese detectors.
 *
 * Theme: personal data in VISITOR, ACCESS-CONTROL and SECURITY records (id prefix "ac"):
 *   访客登记簿, 门禁卡发放清单, 人脸识别录入导出, 停车场月租登记, 快递/外卖入园登记,
 *   施工人员入场登记, 保安交接班记录, 租户员工名单, 场所码/健康码扫码导出, 安全事件报告,
 *   监控调阅申请, 门禁系统 JSON / CSV 导出, 设备 syslog, OCR 纸质访客簿, 访客预约邮件,
 *   禁入人员名单, 保安排班/工资表, 访客 Wi-Fi 认证日志.
 *
 * Usage:   node access.mjs OUT.jsonl
 *
 * Output:  one JSON object per line:
 *   {"id":"ac-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported under any detector
 *
 * Normalisation of values: cn_resident_id 18 chars, upper-case X (legacy 15-digit IDs are
 * upgraded to 18); cn_mobile 11 digits without +86 / separators; cn_landline digits incl.
 * the leading 0 and area code, no separators, no extension; email lower-case; bank_card
 * digits only; cn_passport upper-case; cn_uscc 18 chars upper-case; person_name_zh the name
 * as written without spaces, titles or pinyin. Decoys carry their exact text as written.
 *
 * Deterministic: own PRNG (mulberry32) with a fixed seed; no clock, no I/O except OUT.
 * All data are synthetic (valid check characters, real dates, plausible prefixes).
 * Ends with a self-check (exit 1 on failure) and prints a summary.
 *
 * Written in session 26 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2] || 'access.jsonl';

// ───────────────────────── PRNG & helpers ─────────────────────────
let SEED = 0x26ac0126 >>> 0;
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
const p2 = (n) => String(n).padStart(2, '0');
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += String(ri(0, 9)); return s; };
const HEXD = '0123456789ABCDEF';
const hex = (n) => { let s = ''; for (let i = 0; i < n; i++) s += HEXD[ri(0, 15)]; return s; };
function shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const toFW = (s) => s.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

// ───────────────────────── names ─────────────────────────
const PY = {};
function parsePy(s) { const out = []; for (const m of s.matchAll(/([\u4e00-\u9fa5]+)([a-z]+)/g)) { if (!PY[m[1]]) PY[m[1]] = m[2]; out.push(m[1]); } return out; }
const SURN = parsePy('王wang李li张zhang刘liu陈chen杨yang黄huang赵zhao吴wu周zhou徐xu孙sun马ma朱zhu胡hu郭guo何he高gao林lin罗luo郑zheng梁liang谢xie宋song唐tang许xu韩han冯feng邓deng曹cao彭peng曾zeng肖xiao田tian董dong袁yuan潘pan于yu蒋jiang蔡cai余yu杜du叶ye程cheng苏su魏wei吕lv丁ding任ren沈shen姚yao卢lu姜jiang崔cui钟zhong谭tan陆lu汪wang范fan金jin石shi廖liao贾jia夏xia韦wei付fu方fang白bai邹zou孟meng熊xiong秦qin邱qiu江jiang尹yin薛xue闫yan段duan雷lei侯hou龙long史shi陶tao黎li贺he顾gu毛mao郝hao龚gong邵shao万wan钱qian严yan覃qin武wu戴dai莫mo孔kong向xiang汤tang');
const COMPOUND = parsePy('欧阳ouyang上官shangguan司马sima诸葛zhuge司徒situ令狐linghu皇甫huangfu慕容murong尉迟yuchi东方dongfang夏侯xiahou申屠shentu');
const GIVEN = parsePy('伟wei芳fang娜na敏min静jing丽li强qiang磊lei军jun洋yang勇yong艳yan杰jie娟juan涛tao明ming超chao秀xiu霞xia平ping刚gang桂gui英ying华hua建jian国guo志zhi文wen辉hui玉yu兰lan红hong梅mei鹏peng飞fei宇yu浩hao然ran子zi轩xuan涵han梓zi欣xin怡yi俊jun博bo思si雨yu晨chen佳jia琪qi婷ting雪xue颖ying慧hui晶jing波bo斌bin宁ning凯kai鑫xin昊hao泽ze瑞rui睿rui嘉jia诚cheng海hai峰feng亮liang萍ping琳lin倩qian晓xiao春chun燕yan丹dan蕾lei璐lu阳yang帆fan鸿hong毅yi翔xiang昕xin彤tong妍yan悦yue航hang铭ming哲zhe远yuan晗han锦jin楠nan薇wei露lu岚lan立li新xin永yong德de秋qiu凤feng淑shu玲ling洁jie');
const MINORITY = [['买买提·艾力', 'maimaiti.aili'], ['阿依古丽·吐尔逊', 'ayiguli.t'], ['热依拉·买买提', 'reyila.mmt'], ['艾尔肯·阿不都', 'aierken'], ['古丽娜尔·艾山', 'gulinaer.as'], ['努尔艾力·肉孜', 'nuraili.rz'], ['迪丽拜尔·阿西木', 'dilibaier']];
const BLACK = new Set(['金华', '龙华', '江宁', '高明', '石林', '黄海', '高新', '张家', '周平', '万宁', '海阳', '江阳']);
function genName() {
  for (;;) {
    const r = rnd();
    if (r < 0.012) return pick(MINORITY)[0];
    const s = r < 0.04 ? pick(COMPOUND) : SURN[Math.floor(Math.pow(rnd(), 1.7) * SURN.length)];
    const g = chance(0.27) ? pick(GIVEN) : pick(GIVEN) + pick(GIVEN);
    const n = s + g;
    if (BLACK.has(n) || n.length > 4) continue;
    return n;
  }
}
function pyOf(name) {
  const mi = MINORITY.find((m) => m[0] === name); if (mi) return [mi[1], ''];
  let s, rest;
  if (PY[name.slice(0, 2)] && COMPOUND.includes(name.slice(0, 2))) { s = PY[name.slice(0, 2)]; rest = name.slice(2); } else { s = PY[name[0]]; rest = name.slice(1); }
  return [s, [...rest].map((c) => PY[c] || 'x').join('')];
}

// ───────────────────────── IDs / numbers ─────────────────────────
const REGIONS = '110101 110102 110105 110106 110108 110114 120101 120104 130102 130104 140105 150102 210102 210202 220102 230103 310101 310104 310105 310115 320102 320106 320505 330102 330106 330203 340104 341222 350102 350203 360102 360731 370102 370202 410102 410105 411302 411323 420102 420106 430102 430521 431021 440103 440106 440303 440304 440305 440306 441302 445122 450103 460106 500103 500228 510104 510107 510122 511304 520102 522121 530102 610103 620102 630102 640104 650102'.split(' ');
const PROV = new Set('11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 81 82 83'.split(' '));
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b) { let s = 0; for (let i = 0; i < 17; i++) s += +b[i] * IDW[i]; return '10X98765432'[s % 11]; }
const dim = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function genId(region, y0 = 1960, y1 = 2004) {
  const y = ri(y0, y1), m = ri(1, 12), d = ri(1, dim(y, m));
  const b = (region || pick(REGIONS)) + y + p2(m) + p2(d) + String(ri(1, 999)).padStart(3, '0');
  return b + idCheck(b);
}
function genLegacy15() { const y = ri(55, 84), m = ri(1, 12), d = ri(1, dim(1900 + y, m)); return pick(REGIONS) + p2(y) + p2(m) + p2(d) + String(ri(1, 999)).padStart(3, '0'); }
function upgrade15(s) { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); }
function idValid(v) {
  if (!/^\d{17}[\dX]$/.test(v) || !PROV.has(v.slice(0, 2))) return false;
  const y = +v.slice(6, 10), m = +v.slice(10, 12), d = +v.slice(12, 14);
  if (y < 1900 || y > 2025 || m < 1 || m > 12 || d < 1 || d > dim(y, m)) return false;
  return idCheck(v) === v[17];
}
const MOBP = [];
for (let p = 130; p <= 139; p++) MOBP.push(String(p));
MOBP.push('145', '147', '150', '151', '152', '153', '155', '156', '157', '158', '159', '162', '165', '166', '167', '170', '171', '172', '173', '175', '176', '177', '178');
for (let p = 180; p <= 189; p++) MOBP.push(String(p));
MOBP.push('190', '191', '192', '193', '195', '196', '197', '198', '199');
const MOBSET = new Set(MOBP);
const DEMO = new Set(['13800138000', '13912345678', '18888888888']);
function genMobile() { for (;;) { const m = (chance(0.55) ? pick(['138', '139', '135', '136', '137', '158', '159', '186', '188', '189', '133', '130', '131', '132', '150', '151', '152', '180', '181', '182', '183', '187', '177', '199', '191']) : pick(MOBP)) + digits(8); if (!DEMO.has(m)) return m; } }
const mobValid = (v) => /^1[3-9]\d{9}$/.test(v) && MOBSET.has(v.slice(0, 3));
const LAND = [['010', 8], ['020', 8], ['021', 8], ['022', 8], ['023', 8], ['024', 8], ['025', 8], ['027', 8], ['028', 8], ['029', 8], ['0755', 8], ['0571', 8], ['0512', 8], ['0769', 8], ['0757', 8], ['0532', 8], ['0531', 8], ['0931', 7], ['0592', 7]];
function genLand(area) { const a = area ? LAND.find((l) => l[0] === area) : pick(LAND); return [a[0], String(ri(2, 8)) + digits(a[1] - 1)]; }
function landValid(v) { return LAND.some(([a, n]) => v.startsWith(a) && v.length === a.length + n && /^[2-8]$/.test(v[a.length])); }
function luhnOk(s) { let sum = 0; for (let i = 0; i < s.length; i++) { let d = +s[s.length - 1 - i]; if (i % 2) { d *= 2; if (d > 9) d -= 9; } sum += d; } return sum % 10 === 0; }
function luhnDigit(body) { for (let c = 0; c <= 9; c++) if (luhnOk(body + c)) return String(c); }
const IINS = [['622202', '中国工商银行', 19], ['621226', '中国工商银行', 19], ['622848', '中国农业银行', 19], ['623052', '中国农业银行', 19], ['621700', '中国建设银行', 19], ['622700', '中国建设银行', 19], ['621661', '中国银行', 19], ['621785', '中国银行', 19], ['622588', '招商银行', 16], ['621483', '招商银行', 16], ['622262', '交通银行', 19], ['621799', '中国邮政储蓄银行', 19], ['622908', '兴业银行', 18], ['623668', '中国建设银行', 19], ['625807', '中国工商银行', 16], ['436742', '中国建设银行', 16], ['518710', '招商银行', 16], ['552599', '中国农业银行', 16], ['404117', '中国银行', 16]];
function genCard(debitOnly = false) {
  const pool = debitOnly ? IINS.filter((x) => x[0].startsWith('62') && x[2] >= 18) : IINS;
  const [iin, bank, len] = pick(pool);
  const body = iin + digits(len - iin.length - 1);
  return { no: body + luhnDigit(body), bank };
}
function genBadCard() { for (;;) { const [iin, bank] = pick(IINS.filter((x) => x[0].startsWith('62'))); const s = iin + digits(13); if (!luhnOk(s)) return { no: s, bank }; } }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function orgCheck(b8) { const w = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * w[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function usccCheck(s17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(s17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
function genUscc(region = '440300', head) {
  const h = head || '91';
  let b8;
  if (chance(0.7)) { b8 = 'MA'; for (let i = 0; i < 6; i++) b8 += UA[ri(0, 30)]; } else b8 = String(ri(1, 9)) + digits(7);
  const s17 = h + region + b8 + orgCheck(b8);
  return s17 + usccCheck(s17);
}
function usccValid(v) { return v.length === 18 && [...v].every((c) => UA.includes(c)) && usccCheck(v.slice(0, 17)) === v[17] && orgCheck(v.slice(8, 16)) === v[16]; }
const usccMod31 = (v) => /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v) && usccCheck(v.slice(0, 17)) === v[17];
const PASS_L = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const genPassport = () => (chance(0.45) ? 'E' + digits(8) : 'E' + pick([...PASS_L]) + digits(7));

// ───────────────────────── world data ─────────────────────────
const CORES = [['蓝鲸', 'lanjing'], ['星河', 'xinghe'], ['云途', 'yuntu'], ['启航', 'qihang'], ['恒信', 'hengxin'], ['鼎盛', 'dingsheng'], ['汇通', 'huitong'], ['博远', 'boyuan'], ['中科', 'zhongke'], ['瑞丰', 'ruifeng'], ['安捷', 'anjie'], ['卓越', 'zhuoyue'], ['新元', 'xinyuan'], ['华辰', 'huachen'], ['联创', 'lianchuang'], ['智汇', 'zhihui'], ['众合', 'zhonghe'], ['鸿图', 'hongtu'], ['嘉禾', 'jiahe'], ['宏达', 'hongda'], ['易联', 'yilian'], ['数智', 'shuzhi'], ['海纳', 'haina'], ['天润', 'tianrun']];
const INDS = ['科技', '信息技术', '网络科技', '数据科技', '物业管理', '建筑工程', '装饰工程', '医疗器械', '文化传媒', '电子商务', '供应链管理', '机电安装', '智能科技'];
const CITIES = [['深圳市', '0755', '440300', '南山 福田 科技园 宝安'], ['广州市', '020', '440100', '天河 越秀 海珠 番禺'], ['上海', '021', '310000', '浦东 徐汇 静安 张江'], ['北京', '010', '110000', '海淀 朝阳 中关村 西城'], ['杭州市', '0571', '330100', '西湖 滨江 余杭'], ['成都市', '028', '510100', '高新 武侯 锦江'], ['南京市', '025', '320100', '鼓楼 玄武 江宁'], ['武汉市', '027', '420100', '江岸 武昌 光谷'], ['苏州市', '0512', '320500', '工业园区 姑苏 吴中'], ['西安市', '029', '610100', '雁塔 碑林 高新']];
const PARKS = [['云谷创新园', 'yungu-park.com'], ['汇金国际大厦', 'huijin-tower.cn'], ['滨江智慧港', 'bjzhg.com'], ['星海科技园', 'xinghai-park.com'], ['东方金融中心', 'dfjrzx.com.cn'], ['锦绣产业园', 'jinxiu-ip.com'], ['南岸数字港', 'nanan-dp.cn'], ['青枫软件园', 'qingfeng-sp.com'], ['翠湖科技城', 'cuihu-tc.com']];
const BLDGS = ['A座', 'B座', 'C座', '1号楼', '2号楼', '3栋', 'T1塔楼', '研发楼', '综合楼'];
const DEPTS = ['研发部', '行政部', '财务部', '市场部', '人力资源部', '销售部', '技术支持部', '法务部', '客服中心', '采购部', '产品部', '运营部'];
const REASONS = ['商务洽谈', '面试', '送货', '设备维修', '参观', '会议', '送文件', '网络调试', '装修验收', '拜访客户', '审计', '培训', '合同签署', '设备安装', '探访'];
const PLACES = ['河南周口', '安徽阜阳', '四川南充', '湖南邵阳', '江西赣州', '河北张家口', '甘肃天水', '贵州毕节', '广西玉林', '重庆万州', '山东菏泽', '湖北黄冈', '河南驻马店', '江苏徐州'];
const JOBS_C = ['钢筋工', '木工', '电工', '焊工', '架子工', '油漆工', '水电工', '普工', '泥瓦工', '幕墙安装工', '弱电工'];
const JOBS_O = ['行政专员', '前台', '软件工程师', '产品经理', '测试工程师', '销售代表', '财务主管', '运营专员', '人事专员', '设计师', '法务顾问', '实习生'];
const PLATE_P = [...'京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵云陕甘宁新'];
const PLATE_L = [...'ABCDEFGHJKLMNPQRSTUVWXYZ'];
const PERSONAL_DOM = ['qq.com', '163.com', '126.com', 'foxmail.com', 'sina.com', 'outlook.com', 'gmail.com', 'aliyun.com', 'yeah.net', 'sohu.com', 'hotmail.com'];

// ───────────────────────── document model ─────────────────────────
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.C = new Map(); this.X = new Map(); this.raws = []; this.used = new Set(); }
  ent(det, value, raw = value) { const k = det + '|' + value; if (this.C.has(k)) throw new Error('retry'); this.E.set(k, { detector: det, value }); this.raws.push([det, value, raw]); return raw; }
  dc(det, value, raw = value) { const k = det + '|' + value; if (this.E.has(k)) throw new Error('retry'); this.C.set(k, { detector: det, value }); this.raws.push([det, value, raw]); return raw; }
  dec(kind, text) { if (!this.X.has(text)) this.X.set(text, { kind, text }); return text; }
}

// label helpers: register and return the raw written form
function N(D, name, style) {
  if (style === 'spaced' && !name.includes('·')) { const raw = chance(0.5) ? [...name].join(' ') : name[0] + ' ' + name.slice(1); return D.ent('person_name_zh', name, raw); }
  return D.ent('person_name_zh', name);
}
function mobStyle() { const r = rnd(); return r < 0.72 ? 'plain' : r < 0.82 ? 'dash' : r < 0.89 ? 'space' : r < 0.93 ? 'p86' : r < 0.96 ? 'p86s' : r < 0.98 ? 'p86d' : '0086'; }
function fmtMob(m, st) {
  const a = m.slice(0, 3), b = m.slice(3, 7), c = m.slice(7);
  switch (st) {
    case 'dash': return `${a}-${b}-${c}`; case 'space': return `${a} ${b} ${c}`; case 'p86': return '+86' + m;
    case 'p86s': return `+86 ${a} ${b} ${c}`; case 'p86d': return '+86-' + m; case '0086': return '0086 ' + m;
    case 'fw': return toFW(m); default: return m;
  }
}
const M = (D, m, st) => D.ent('cn_mobile', m, fmtMob(m, st || mobStyle()));
function fmtId(id, st) {
  switch (st) {
    case 'lower': return id.replace('X', 'x'); case 'space': return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 'ocr4': return id.replace(/(.{4})/g, '$1 ').trim(); case 'fw': return toFW(id); default: return id;
  }
}
const I = (D, id, st) => D.ent('cn_resident_id', id, fmtId(id, st || (id.endsWith('X') && chance(0.3) ? 'lower' : 'plain')));
function fmtCard(c, st) { if (st === 'g4') return c.replace(/(\d{4})(?=\d)/g, '$1 '); if (st === 'd4') return c.replace(/(\d{4})(?=\d)/g, '$1-'); return c; }
const B = (D, c, st) => D.ent('bank_card', c, fmtCard(c, st || (chance(0.72) ? 'plain' : chance(0.8) ? 'g4' : 'd4')));
const EM = (D, e) => { const v = e.toLowerCase(); const loc = v.split('@')[0]; if (/^1[3-9]\d{9}$/.test(loc) && mobValid(loc)) D.ent('cn_mobile', loc); return D.ent('email', v, e); };
function L(D, [a, s], dontCare = false) {
  const r = rnd();
  const raw = r < 0.45 ? `${a}-${s}` : r < 0.6 ? `(${a})${s}` : r < 0.72 ? `${a} ${s}` : r < 0.82 ? `${a}-${s.slice(0, s.length - 4)}-${s.slice(-4)}` : r < 0.9 ? `（${a}）${s}` : r < 0.95 ? `${a}${s}` : `+86 ${a.slice(1)} ${s}`;
  return dontCare ? D.dc('cn_landline', a + s, raw) : D.ent('cn_landline', a + s, raw);
}
const U = (D, u) => D.ent('cn_uscc', u);
const P = (D, p) => D.ent('cn_passport', p);

// emails
function mkEmail(p, corp) {
  const [s, g] = pyOf(p.name);
  if (corp && chance(0.85)) {
    const loc = g ? pick([`${s}.${g}`, `${g}.${s}`, `${s}${g}`, `${s[0]}${g}`, `${g}${s[0]}`, `${s}.${g}${ri(1, 9)}`]) : s;
    return loc + '@' + corp;
  }
  const r = rnd();
  if (r < 0.22) return `${ri(1, 9)}${digits(ri(5, 9))}@qq.com`;
  if (r < 0.28) return `${p.mobile}@${pick(['139.com', '189.cn', 'wo.cn'])}`;
  let loc = g ? pick([`${s}${g}`, `${s}.${g}`, `${s}_${g}`, `${g}${s}`, `${s[0]}${g[0]}${s}`]) : s;
  if (chance(0.55)) loc += pick([String(ri(1, 99)), String(ri(1975, 2003)), String(ri(100, 999))]);
  let e = loc + '@' + pick(PERSONAL_DOM);
  if (chance(0.08)) e = e[0].toUpperCase() + e.slice(1);
  return e;
}
function mkPerson(o = {}) {
  const name = genName();
  const male = chance(0.55);
  let id = genId(o.region, o.y0, o.y1);
  const b = id.slice(0, 16) + String((+id[16] & ~1) + (male ? 1 : 0));
  id = b + idCheck(b);
  return { name, male, id, mobile: genMobile(), card: genCard(o.debit), _email: null, email(corp) { if (!this._email) this._email = mkEmail(this, corp); return this._email; } };
}
function pool(n) { return Array.from({ length: n }, () => genName()); }

// ───────────────────────── decoy helpers ─────────────────────────
function plateStr() {
  const pr = pick(PLATE_P), l = pick(PLATE_L);
  let tail; if (chance(0.2)) tail = pick(['D', 'F']) + digits(5); else { tail = digits(5).split(''); if (chance(0.4)) tail[ri(0, 4)] = pick(PLATE_L); tail = tail.join(''); }
  const sep = pick(['', '', '', '·', ' ']);
  return pr + l + sep + tail;
}
const xPlate = (D) => D.dec('license_plate', plateStr());
function xAccessCard(D) {
  const r = rnd(); let t;
  if (r < 0.35) t = String(ri(0, 3999999999)).padStart(10, '0'); else if (r < 0.55) t = String(ri(10000000, 99999999)); else if (r < 0.7) t = String(ri(100000000, 999999999)); else if (r < 0.9) t = hex(8); else t = `${String(ri(1, 255)).padStart(3, '0')},${String(ri(0, 65535)).padStart(5, '0')}`;
  return D.dec(r >= 0.9 ? 'wiegand_card' : 'access_card', t);
}
function xBadge(D, allowE = false) {
  const r = rnd(); let t;
  if (allowE && r < 0.25) t = 'E' + digits(8); else if (r < 0.5) t = 'GH' + String(ri(1000, 99999)); else if (r < 0.7) t = pick(['SZ', 'BJ', 'SH', 'HZ']) + '-' + String(ri(2015, 2024)) + String(ri(1, 9999)).padStart(4, '0'); else t = String(ri(10000, 999999));
  return D.dec('badge_no', t);
}
function xDevice(D) {
  const t = pick([
    () => `DS-K1T${ri(300, 999)}M${ri(2019, 2024)}${p2(ri(1, 12))}${p2(ri(1, 28))}V${ri(10, 99)}`,
    () => `FT8A${ri(2021, 2024)}${p2(ri(1, 12))}${digits(5)}`, () => `ZK-F22-${hex(6)}`, () => `ACS-${ri(100, 999)}-${hex(4)}`,
    () => `DS-7916N-${pick(['K4', 'I4', 'E4'])}${hex(2)}${ri(100000, 999999)}`, () => `SN${hex(4)}${ri(10000, 99999)}`, () => `DH-ASI${ri(1000, 9999)}${pick(['A', 'E', 'T'])}-${hex(6)}`])();
  return D.dec('device_serial', t);
}
function xMac(D) { const parts = Array.from({ length: 6 }, () => hex(2)); let t = parts.join(pick([':', ':', '-'])); if (chance(0.4)) t = t.toLowerCase(); return D.dec('mac_address', t); }
const xIp = (D) => D.dec('ip_address', pick([`10.${ri(0, 60)}.${ri(0, 254)}.${ri(2, 254)}`, `192.168.${ri(0, 20)}.${ri(2, 254)}`, `172.${ri(16, 31)}.${ri(0, 254)}.${ri(2, 254)}`]));
const xSpace = (D) => D.dec('parking_space', pick([`B${ri(1, 3)}-${String(ri(1, 420)).padStart(3, '0')}`, `P${ri(1, 2)}-${pick(PLATE_L)}-${String(ri(1, 99)).padStart(3, '0')}`, `地下${pick(['一', '二', '三'])}层${pick(PLATE_L)}区${ri(1, 199)}号`]));
const xRoom = (D) => D.dec('room_no', pick([`${ri(2, 32)}${p2(ri(1, 20))}室`, `${pick(BLDGS)}${ri(2, 32)}${p2(ri(1, 20))}`, `${ri(2, 32)}F-${ri(1, 20)}`, `${pick(BLDGS)} ${ri(2, 32)}楼`]));
const xEvent = (D, o) => { o = o || rDate(); return D.dec('event_no', pick([`SJ-${fD(o, '8')}-${String(ri(1, 99)).padStart(3, '0')}`, `AQ${fD(o, '8')}${String(ri(1, 9999)).padStart(4, '0')}`, `INC-${o.y}-${p2(o.m)}${p2(o.d)}-${p2(ri(1, 30))}`, `AL${dt14(o, rT(0, 23))}`])); };
const xTicket = (D) => D.dec('ticket_no', pick([`WX${fD(rDate(), '8')}-${String(ri(1, 200)).padStart(3, '0')}`, `GD${ri(100000, 999999)}`]));
const xTs = (D, o, t) => D.dec('timestamp_ms', ms13(o || rDate(), t || rT(0, 23)));
const xDt14 = (D, o, t) => D.dec('datetime14', dt14(o || rDate(), t || rT(0, 23)));
const xMaskMob = (D, m) => { m = m || genMobile(); return D.dec('masked_mobile', pick([`${m.slice(0, 3)}****${m.slice(7)}`, `${m.slice(0, 3)}****${m.slice(7)}`, `${m.slice(0, 3)}xxxx${m.slice(7)}`, `${m.slice(0, 3)}******${m.slice(9)}`, `${m.slice(0, 3)} **** ${m.slice(7)}`])); };
const xMaskId = (D, id) => { id = id || genId(); return D.dec('masked_id', pick([`${id.slice(0, 4)}**********${id.slice(14)}`, `${id.slice(0, 6)}********${id.slice(14)}`, `${id.slice(0, 3)}***********${id.slice(14)}`, `${id.slice(0, 10)}****${id.slice(14)}`, `${id.slice(0, 1)}****************${id.slice(17)}`])); };
const xMaskName = (D, n) => { n = n || genName(); if (n.includes('·')) n = genName(); return D.dec('masked_name', pick([`${n[0]}*`, `${n[0]}**`, `${n[0]}某`, `${n[0]}某某`, n.length > 2 ? `${n[0]}*${n.slice(-1)}` : `${n[0]}*`])); };
const xMaskCard = (D, c) => { c = c || genCard().no; return D.dec('masked_card', pick([`${c.slice(0, 4)} **** **** ${c.slice(-4)}`, `${c.slice(0, 6)}******${c.slice(-4)}`, `**** **** **** ${c.slice(-4)}`, `${c.slice(0, 4)}***********${c.slice(-4)}`])); };
function mkCompany(ind) { const c = pick(CORES), city = pick(CITIES); return { name: `${city[0]}${c[0]}${ind || pick(INDS)}${pick(['有限公司', '有限公司', '股份有限公司'])}`, slug: c[1] + pick(['', 'tech', '-sz', 'group']), dom: pick(['.com', '.com', '.com.cn', '.cn']), city }; }
const xCompany = (D, co) => D.dec('company_name', (co || mkCompany()).name);
const xHot400 = (D) => D.dec('hotline_400', pick([`400-${ri(100, 999)}-${ri(1000, 9999)}`, `400${ri(1000000, 9999999)}`, `400 ${ri(100, 999)} ${ri(1000, 9999)}`]));
const xVisitorCard = (D) => D.dec('visitor_pass', pick([`V-${String(ri(1, 200)).padStart(3, '0')}`, `FK${String(ri(1, 999)).padStart(4, '0')}`, `临${String(ri(1, 99)).padStart(3, '0')}`, `TMP${ri(1000, 9999)}`]));
function xVisitNo(D, o) {
  if (chance(0.5)) return D.dec('visit_no', `FK${fD(o || rDate(), '8')}${String(ri(1, 9999)).padStart(4, '0')}`);
  for (;;) { const s = fD(o || rDate(), '8') + digits(10); if (!luhnOk(s) && !usccMod31(s)) return D.dec('visit_no', s); }
}
function xWaybill(D) { for (;;) { const t = pick([() => 'SF' + digits(13), () => 'YT' + digits(13), () => 'JT' + digits(13), () => '75' + digits(12), () => 'JD00' + digits(11), () => '4' + digits(12)])(); return D.dec('waybill_no', t); } }
function xOrder(D) { for (;;) { const s = pick(['8', '3', '9']) + digits(18); if (!luhnOk(s)) return D.dec('order_no', s); } }
const xPlace = (D) => D.dec('place_name', pick(PLACES));
const xJob = (D, list) => D.dec('job_title', pick(list));
const xBranch = (D, bank, city) => { city = city || pick(CITIES); return D.dec('bank_branch', `${bank}${city[0].replace('市', '')}${pick(city[3].split(' '))}${pick(['支行', '支行', '分理处'])}`); };
const xCamera = (D) => D.dec('camera_id', pick([`${pick(['B1', 'B2', '1F', 'A3', 'GT'])}-CAM-${String(ri(1, 128)).padStart(3, '0')}`, `IPC-${ri(1, 64)}-${hex(4)}`, `通道${ri(1, 64)}`]));
const xPolice = (D) => D.dec('police_badge', String(ri(0, 999999)).padStart(6, '0'));
const xGuardLic = (D) => D.dec('guard_license', pick([`${pick(PLATE_P)}保字${ri(2012, 2023)}${String(ri(1, 999999)).padStart(6, '0')}`, `BA${ri(2012, 2023)}${String(ri(1, 99999)).padStart(5, '0')}`]));
function xTxn(D) { for (;;) { const t = pick([() => `4200002${digits(21)}`, () => `2088${digits(12)}`, () => `T${fD(rDate(), '8')}${digits(12)}`])(); if (!luhnOk(t.replace(/\D/g, ''))) return D.dec('txn_no', t); } }
const xRecId = (D, o, t) => D.dec('record_id', pick([() => `DJ${dt14(o || rDate(), t || rT(7, 21))}${ri(1, 9)}`, () => `R${String(ri(1, 9999999)).padStart(7, '0')}`, () => `${hex(8).toLowerCase()}-${hex(4).toLowerCase()}`])());
function xPolicy(D) { for (;;) { const d = `${ri(2022, 2025)}${pick(['4403', '4401', '3101'])}${digits(10)}`; if (!luhnOk(d) && !usccMod31(d)) return D.dec('policy_no', `P${pick(['AAL', 'ICC', 'ZAB'])}${d}`); } }
const xUrl = (D, ip, id) => D.dec('url', `http://${ip}/pic/${fD(rDate(), '8')}/${id}.jpg`);

// ───────────────────────── time helpers ─────────────────────────
function rDate(y0 = 2023, y1 = 2025) { const y = ri(y0, y1), m = ri(1, y === 2025 ? 10 : 12); return { y, m, d: ri(1, dim(y, m)) }; }
function fD(o, st = '-') {
  switch (st) {
    case '/': return `${o.y}/${o.m}/${o.d}`; case 'cn': return `${o.y}年${o.m}月${o.d}日`; case 'md': return `${o.m}/${o.d}`;
    case '8': return `${o.y}${p2(o.m)}${p2(o.d)}`; case '.': return `${o.y}.${p2(o.m)}.${p2(o.d)}`; default: return `${o.y}-${p2(o.m)}-${p2(o.d)}`;
  }
}
const rT = (h0 = 7, h1 = 21) => ({ h: ri(h0, h1), mi: ri(0, 59), s: ri(0, 59) });
const fT = (t, sec) => `${p2(t.h)}:${p2(t.mi)}${sec ? ':' + p2(t.s) : ''}`;
function addMin(t, m) { const tot = Math.min(t.h * 60 + t.mi + m, 23 * 60 + 59); return { h: Math.floor(tot / 60), mi: tot % 60, s: ri(0, 59) }; }
const dt14 = (o, t) => `${fD(o, '8')}${p2(t.h)}${p2(t.mi)}${p2(t.s)}`;
const ms13 = (o, t) => String(Date.UTC(o.y, o.m - 1, o.d, t.h - 8, t.mi, t.s) + ri(0, 999));
const iso = (o, t) => `${fD(o)}T${fT(t, true)}+08:00`;
function addDays(o, n) { const d = new Date(Date.UTC(o.y, o.m - 1, o.d + n)); return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() }; }

// ───────────────────────── tables ─────────────────────────
function nRows(max = 80) { const r = rnd(); return Math.min(max, r < 0.14 ? ri(1, 4) : r < 0.6 ? ri(5, 20) : r < 0.88 ? ri(21, 45) : ri(46, 80)); }
const F = (h, g, p = 0.6) => ({ h, g, p });
const wlen = (s) => [...s].reduce((a, c) => a + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
function render(heads, rows, fmt) {
  const q = (c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  switch (fmt) {
    case 'csv': return [heads, ...rows].map((r) => r.map(q).join(',')).join('\n');
    case 'tsv': return [heads, ...rows].map((r) => r.join('\t')).join('\n');
    case 'semi': return [heads, ...rows].map((r) => r.join(';')).join('\n');
    case 'md': return [`| ${heads.join(' | ')} |`, `|${heads.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
    case 'pipe': return [heads, ...rows].map((r) => r.join(' | ')).join('\n');
    case 'fixed': {
      const w = heads.map((h, j) => Math.max(wlen(h), ...rows.map((r) => wlen(r[j]))) + 2);
      return [heads, ...rows].map((r) => r.map((c, j) => c + ' '.repeat(w[j] - wlen(c))).join('').trimEnd()).join('\n');
    }
    case 'kv': { const sep = pick(['，', '  ', '; ', ' / ']); return rows.map((r, i) => `${i + 1}. ` + heads.map((h, j) => `${h}：${r[j]}`).join(sep)).join('\n'); }
    default: return rows.map((r) => heads.map((h, j) => `${h}: ${r[j]}`).join('\n')).join('\n----\n');
  }
}
function table(fields, n, mkRow, fmt) {
  const cols = fields.filter((f) => f.p >= 1 || chance(f.p));
  for (let i = 1; i < cols.length - 1; i++) if (chance(0.15)) [cols[i], cols[i + 1]] = [cols[i + 1], cols[i]];
  const heads = cols.map((f) => pick(f.h));
  const rows = [];
  for (let i = 0; i < n; i++) { const r = mkRow(i); rows.push(cols.map((f) => f.g(r))); }
  return render(heads, rows, fmt || pick(['md', 'csv', 'tsv', 'fixed', 'pipe', 'kv', 'semi', 'block']));
}
const TFMT = () => pick(['md', 'csv', 'tsv', 'fixed', 'pipe', 'kv', 'semi', 'block', 'csv', 'md']);
function site() { const p = pick(PARKS); const city = pick(CITIES); return { name: p[0], dom: p[1], city, bldg: pick(BLDGS) }; }
function meta(D) {
  const parts = [() => `导出时间：${xDt14(D)}`, () => `操作员工号：${xBadge(D)}`, () => `终端IP：${xIp(D)}`, () => `文档编号：${D.dec('doc_no', `AB-${ri(2022, 2025)}-${String(ri(1, 9999)).padStart(4, '0')}`)}`,
    () => `打印机：${xDevice(D)}`, () => `生成时间戳：${xTs(D)}`, () => `系统版本：v${ri(2, 6)}.${ri(0, 12)}.${ri(0, 30)}`, () => `导出任务：${xRecId(D)}`];
  return '\n' + shuffle(parts).slice(0, ri(2, 5)).map((f) => f()).join(pick(['  ', ' | ', '；', '\n']));
}
function hotline(D, s) { return chance(0.75) ? L(D, genLand(s.city[1]), true) : xHot400(D); }
function roleMail(D, s, locals) { return D.dc('email', `${pick(locals)}@${s.dom}`); }

// cells shared by several kinds
function certCell(D, p, o = {}) {
  const t = p.ctype || '身份证';
  if (t === '护照') return P(D, p.pass || (p.pass = genPassport()));
  if (t === '港澳通行证') return D.dc('cn_passport', p.hk || (p.hk = 'C' + digits(8)));
  if (t === '居住证') { const id = p.rp || (p.rp = genId(pick(['810000', '820000']), 1965, 2000)); return D.dc('cn_resident_id', id); }
  const r = rnd();
  if (r < (o.full ?? 0.8)) return I(D, p.id, o.st);
  if (r < 0.96 || o.noLegacy) return xMaskId(D, p.id);
  const l = p.l15 || (p.l15 = genLegacy15()); return D.dc('cn_resident_id', upgrade15(l), l);
}
function ctypeOf() { const r = rnd(); return r < 0.9 ? '身份证' : r < 0.95 ? '护照' : r < 0.98 ? '港澳通行证' : '居住证'; }
function phoneCell(D, p, full = 0.84, land = true) { const r = rnd(); if (r < full) return M(D, p.mobile); if (r < 0.95 || !land) return xMaskMob(D, p.mobile); return L(D, genLand()); }

// ───────────────────────── document kinds ─────────────────────────
const G = {};

G.visitor_book = (D) => {
  const s = site(), day = rDate(), hosts = pool(ri(2, 8)), guards = pool(ri(1, 3)), dfmt = pick(['-', '/', 'md']);
  const seen = [];
  const mk = (i) => { let p; if (seen.length && chance(0.07)) p = pick(seen); else { p = mkPerson(); p.ctype = ctypeOf(); seen.push(p); } return { i, p, t: rT(8, 19) }; };
  const fields = [
    F(['序号', 'No.', '编号'], (r) => String(r.i + 1), 0.6), F(['日期', '来访日期', '登记日期'], () => fD(day, dfmt), 0.5),
    F(['来访人', '访客姓名', '姓名', '来访人员', '访客'], (r) => N(D, r.p.name), 1), F(['证件类型'], (r) => r.p.ctype, 0.35),
    F(['证件号', '身份证号', '证件号码', '身份证号码', '有效证件号'], (r) => certCell(D, r.p), 0.8),
    F(['手机', '联系电话', '手机号', '电话', '联系方式'], (r) => phoneCell(D, r.p), 0.85),
    F(['来访单位', '单位', '所属公司', '工作单位'], () => (chance(0.8) ? xCompany(D) : pick(['个人', '—', '自由职业'])), 0.5),
    F(['被访人', '受访人', '拜访对象', '被访人员'], () => N(D, pick(hosts)), 0.85), F(['被访部门', '楼层/房间', '去向'], () => (chance(0.5) ? pick(DEPTS) : xRoom(D)), 0.4),
    F(['事由', '来访事由', '拜访事由'], () => pick(REASONS), 0.7), F(['车牌', '车牌号', '车辆'], () => (chance(0.5) ? xPlate(D) : pick(['无', '/', '—', ''])), 0.6),
    F(['进入时间', '进入', '入园时间', '到访时间'], (r) => fT(r.t), 0.8), F(['离开时间', '离开', '离园时间'], (r) => (chance(0.85) ? fT(addMin(r.t, ri(10, 240))) : ''), 0.6),
    F(['访客证号', '临时卡号', '访客卡号', '访客证'], () => xVisitorCard(D), 0.6), F(['登记号', '记录编号', '单号'], (r) => xRecId(D, day, r.t), 0.55),
    F(['登记时间'], (r) => xDt14(D, day, r.t), 0.3), F(['体温'], () => (36 + rnd() * 0.9).toFixed(1), 0.12),
    F(['值班保安', '登记人', '经办人'], () => N(D, pick(guards)), 0.3)];
  const head = `${s.name}${s.bldg} ${pick(['访客登记表', '来访人员登记簿', '外来人员登记表', '访客进出登记'])}  ${pick(['', fD(day, 'cn')])}`;
  const foot = chance(0.6) ? `\n${pick(['注：来访人员须出示有效证件，登记信息保存180天。', '备注：未预约访客须经被访人确认后方可进入。', '说明：本表由门岗保安填写，每日交安保部存档。'])}${chance(0.5) ? ` 值班电话：${hotline(D, s)}` : ''}` : '';
  return `${head}\n${table(fields, nRows(), mk)}${foot}${chance(0.7) ? meta(D) : ''}`;
};

G.card_issue = (D) => {
  const s = site(), day = rDate(), co = chance(0.6) ? mkCompany() : null, dfmt = pick(['-', '/', '.']);
  const mk = (i) => ({ i, p: mkPerson({ debit: true }), dep: chance(0.5) });
  const fields = [
    F(['序号', 'No'], (r) => String(r.i + 1), 0.7), F(['持卡人', '姓名', '领卡人', '员工姓名'], (r) => N(D, r.p.name), 1),
    F(['部门', '所属部门'], () => pick(DEPTS), 0.7), F(['工号', '员工编号'], () => xBadge(D, true), 0.6),
    F(['卡号', '门禁卡号', 'IC卡号', '卡片编号'], () => xAccessCard(D), 1), F(['卡类型'], () => pick(['IC卡', 'CPU卡', 'ID卡', '临时卡', '员工卡']), 0.5),
    F(['权限', '通行区域', '权限组'], () => pick(['B座3-5F', '全部门禁', '1F大堂+12F', '车库+电梯', '研发楼']), 0.5),
    F(['有效期至', '有效期'], () => fD(addDays(day, ri(90, 720))), 0.5), F(['押金'], (r) => (r.dep ? pick(['50元', '100', '30.00']) : '0'), 0.4),
    F(['押金退还卡号', '退押金银行卡', '押金退款账户'], (r) => (r.dep ? (chance(0.85) ? B(D, r.p.card.no) : xMaskCard(D, r.p.card.no)) : ''), 0.45),
    F(['手机', '联系电话'], (r) => phoneCell(D, r.p, 0.9), 0.5), F(['发卡日期'], () => fD(addDays(day, -ri(0, 20)), dfmt), 0.4),
    F(['签收'], (r) => (chance(0.7) ? '已签' : N(D, r.p.name)), 0.3)];
  const head = `${co ? xCompany(D, co) : s.name + s.bldg} ${pick(['门禁卡发放登记表', '门禁卡领用清单', '员工卡发放记录', 'IC卡发卡明细'])}\n发卡日期：${fD(day)}    经办人：${N(D, genName())}${chance(0.4) ? `（${M(D, genMobile())}）` : ''}`;
  const foot = chance(0.6) ? `\n卡片遗失请及时致电物业服务中心 ${hotline(D, s)} 挂失，补卡工本费 20 元。` : '';
  return `${head}\n${table(fields, nRows(), mk)}${foot}${chance(0.7) ? meta(D) : ''}`;
};

G.face_enroll = (D) => {
  const s = site(), dev = xDevice(D), ip = xIp(D), corp = chance(0.6) ? mkCompany() : null, dom = corp ? corp.slug + corp.dom : null, n = nRows(60);
  const list = [];
  const useEmail = chance(0.55), useId = chance(0.75), useMob = chance(0.85);
  for (let i = 0; i < n; i++) {
    const p = mkPerson(), pid = D.dec('person_id', 'P' + String(ri(1, 999999)).padStart(6, '0')), o = rDate(), t = rT(8, 20);
    const rec = { personId: pid, name: N(D, p.name), gender: p.male ? 'male' : 'female' };
    if (useId) rec.certificateNo = chance(0.85) ? I(D, p.id, 'plain') : xMaskId(D, p.id);
    if (useMob) rec.phoneNo = chance(0.9) ? M(D, p.mobile, 'plain') : xMaskMob(D, p.mobile);
    if (useEmail) rec.email = EM(D, p.email(dom));
    rec.orgName = pick(DEPTS); rec.faceLibId = String(ri(1, 9)); rec.picUrl = xUrl(D, ip, pid);
    rec.deviceSn = dev; rec.createTime = +xTs(D, o, t); rec.status = pick(['enrolled', 'enrolled', 'pending', 'failed']);
    list.push(rec);
  }
  if (chance(0.5)) {
    const body = { code: 0, msg: 'success', data: { total: n, pageNo: 1, pageSize: 100, list } };
    return `// ${s.name} 人脸识别终端 ${pick(['人员库导出', 'face library export', '底库同步结果'])}\n` + JSON.stringify(body, null, chance(0.5) ? 2 : 0);
  }
  const keys = Object.keys(list[0]);
  const hk = { personId: ['人员编号', 'personId'], name: ['姓名', 'name'], gender: ['性别', 'gender'], certificateNo: ['证件号码', '身份证号'], phoneNo: ['手机号码', '电话'], email: ['邮箱', 'email'], orgName: ['所属组织', '部门'], faceLibId: ['人脸库', 'libId'], picUrl: ['照片URL', 'picUrl'], deviceSn: ['设备序列号', 'deviceSn'], createTime: ['录入时间', 'createTime'], status: ['状态', 'status'] };
  const sep = pick([',', '\t', ';']);
  return `${s.name}${s.bldg} 人脸底库导出 设备:${dev} IP:${ip}\n` + [keys.map((k) => pick(hk[k])).join(sep), ...list.map((r) => keys.map((k) => String(r[k])).join(sep))].join('\n');
};

G.parking = (D) => {
  const s = site(), day = rDate(), mon = `${day.y}年${day.m}月`;
  const mk = (i) => ({ i, p: mkPerson({ debit: true }), pay: pick(['银行代扣', '银行代扣', '微信', '支付宝', '现金', '银行代扣']), st: addDays(day, -ri(0, 300)) });
  const fields = [
    F(['序号'], (r) => String(r.i + 1), 0.6), F(['车主', '车主姓名', '姓名', '联系人'], (r) => N(D, r.p.name), 1), F(['车牌号', '车牌', '车牌号码'], () => xPlate(D), 1),
    F(['手机', '联系电话', '车主电话', '手机号码'], (r) => phoneCell(D, r.p, 0.9), 0.9), F(['身份证号', '证件号'], (r) => certCell(D, r.p, { full: 0.85, noLegacy: true }), 0.35),
    F(['所属公司', '单位'], () => xCompany(D), 0.45), F(['车位号', '车位'], () => (chance(0.7) ? xSpace(D) : '非固定'), 0.7),
    F(['类型', '月租类型'], () => pick(['固定车位', '非固定', '夜间月租', '新能源']), 0.4), F(['起租日期', '开始日期'], (r) => fD(r.st), 0.5),
    F(['到期日期', '有效期至'], (r) => fD(addDays(r.st, pick([30, 90, 180, 365]))), 0.6), F(['月租金额', '金额'], () => pick(['300', '350.00', '450', '600', '800']), 0.5),
    F(['缴费方式', '付款方式'], (r) => r.pay, 0.8),
    F(['代扣卡号', '扣款银行卡', '代扣账户', '银行卡号'], (r) => (r.pay === '银行代扣' ? (chance(0.88) ? B(D, r.p.card.no) : xMaskCard(D, r.p.card.no)) : ''), 0.6),
    F(['缴费流水', '交易单号'], (r) => (r.pay === '现金' ? '' : xTxn(D)), 0.45), F(['月卡编号', '停车卡号'], () => xAccessCard(D), 0.5), F(['登记时间'], () => xDt14(D, day), 0.3)];
  const head = `${s.name}停车场 月租车辆登记表（${mon}）`;
  const foot = chance(0.6) ? `\n收费员：${N(D, genName())}   审核：${N(D, genName())}${chance(0.5) ? `   停车场值班电话：${hotline(D, s)}` : ''}` : '';
  return `${head}\n${table(fields, nRows(), mk)}${foot}${chance(0.7) ? meta(D) : ''}`;
};

G.delivery = (D) => {
  const s = site(), day = rDate(), n = nRows(70), dfmt = pick(['-', 'md', '/']);
  const riders = [];
  const mk = (i) => { let p; if (riders.length && chance(0.2)) p = pick(riders); else { p = mkPerson(); p.plat = pick(['美团', '饿了么', '顺丰', '京东', '中通', '圆通', '闪送', '韵达']); riders.push(p); } return { i, p, t: rT(9, 21) }; };
  const fields = [
    F(['日期'], () => fD(day, dfmt), 0.4), F(['时间', '入园时间', '进入'], (r) => fT(r.t), 0.9), F(['平台', '所属公司', '快递公司'], (r) => r.p.plat, 0.8),
    F(['骑手姓名', '快递员', '姓名', '配送员'], (r) => N(D, r.p.name), 1), F(['手机', '骑手电话', '电话'], (r) => phoneCell(D, r.p, 0.9, false), 0.9),
    F(['单号', '运单号', '订单号'], (r) => (/美团|饿了么/.test(r.p.plat) ? xOrder(D) : xWaybill(D)), 0.55),
    F(['送达', '送达位置', '去向'], () => xRoom(D), 0.6), F(['收件人', '收货人'], () => (chance(0.45) ? N(D, genName()) : xMaskName(D)), 0.5),
    F(['收件人电话', '收货电话'], () => xMaskMob(D), 0.4), F(['离开时间', '离园'], (r) => fT(addMin(r.t, ri(3, 40))), 0.5), F(['健康码', '体温'], () => pick(['绿码', '36.4', '36.6', '正常']), 0.2)];
  const head = `${s.name} ${pick(['外卖/快递人员入园登记', '快递外卖进出登记表', '配送人员临时通行登记'])} ${fD(day, 'cn')}\n${pick(['按园区规定，外卖骑手需登记后方可进入，不得进入办公楼层。', '请配送人员在大堂等候，由收件人下楼领取。', ''])}`;
  return `${head}\n${table(fields, n, mk)}${chance(0.7) ? meta(D) : ''}`;
};

G.contractor = (D) => {
  const s = site(), co = mkCompany(pick(['建筑工程', '装饰工程', '机电安装', '消防工程', '幕墙工程'])), day = rDate();
  const lead = mkPerson(), safe = mkPerson();
  const useBank = chance(0.85);
  const mk = (i) => ({ i, p: mkPerson({ y0: 1962, y1: 2003, debit: true }), e: mkPerson(), rel: pick(['配偶', '父亲', '母亲', '兄弟', '姐妹', '儿子', '女儿']) });
  const ecell = (r) => { const x = rnd(); if (x < 0.85) return M(D, r.e.mobile); if (x < 0.93) return L(D, genLand()); return xMaskMob(D, r.e.mobile); };
  const bcell = (r) => { const x = rnd(); if (x < 0.86) return B(D, r.p.card.no); if (x < 0.92) { const b = genBadCard(); return D.dc('bank_card', b.no, fmtCard(b.no, 'plain')); } return xMaskCard(D, r.p.card.no); };
  const fields = [
    F(['序号'], (r) => String(r.i + 1), 0.8), F(['姓名', '施工人员', '人员姓名'], (r) => N(D, r.p.name), 1), F(['性别'], (r) => (r.p.male ? '男' : '女'), 0.5),
    F(['身份证号', '身份证号码', '公民身份号码'], (r) => certCell(D, r.p, { full: 0.9 }), 0.95), F(['手机', '联系电话', '手机号'], (r) => phoneCell(D, r.p, 0.9), 0.85),
    F(['工种'], () => xJob(D, JOBS_C), 0.7), F(['籍贯', '户籍地'], () => xPlace(D), 0.35),
    F(['紧急联系人'], (r) => N(D, r.e.name), 0.7), F(['紧急联系电话', '紧急联系人电话'], ecell, 0.7), F(['关系'], (r) => r.rel, 0.35),
    F(['工资卡号', '工资卡', '银行卡号', '代发卡号'], bcell, useBank ? 1 : 0), F(['开户行', '开户银行'], (r) => xBranch(D, r.p.card.bank, co.city), 0.5),
    F(['出入证号', '临时通行证'], () => D.dec('pass_no', `SG-${String(ri(1, 9999)).padStart(4, '0')}`), 0.8), F(['安全帽编号'], () => D.dec('helmet_no', `AQM${ri(100, 9999)}`), 0.3),
    F(['考勤卡号', '门禁卡号'], () => xAccessCard(D), 0.55), F(['实名制编号', '人员编号'], () => D.dec('person_id', `SMZ${ri(2019, 2025)}${String(ri(1, 99999)).padStart(5, '0')}`), 0.5), F(['宿舍'], () => xRoom(D), 0.2), F(['工伤保险单号', '保单号'], () => xPolicy(D), 0.4), F(['人脸ID'], () => D.dec('photo_id', `FACE-${hex(6)}`), 0.3),
    F(['进场日期'], () => fD(addDays(day, -ri(0, 30))), 0.5), F(['安全教育'], () => pick(['已完成', '已完成', '未完成']), 0.4)];
  const proj = pick(['12F装修工程', '消防系统改造', '幕墙清洗', '弱电改造', '空调维保', '地下车库防水', '电梯更换']);
  const head = `${s.name}${s.bldg} ${proj} 施工人员入场登记表\n施工单位：${xCompany(D, co)}\n统一社会信用代码：${U(D, genUscc(co.city[2]))}\n项目负责人：${N(D, lead.name)}  电话：${M(D, lead.mobile)}\n安全员：${N(D, safe.name)}  电话：${phoneCell(D, safe, 0.9)}\n物业对接人：${N(D, genName())}（工程部）`;
  const foot = `\n${pick(['以上人员已完成三级安全教育，工资卡须为本人名下银行卡。', '备注：按农民工实名制要求登记，工资由总包代发至上述银行卡。', '注：人员变动须提前一天报物业工程部备案。'])}${chance(0.5) ? `\n物业工程部：${hotline(D, s)}` : ''}`;
  return `${head}\n${table(fields, nRows(), mk)}${foot}${chance(0.7) ? meta(D) : ''}`;
};

const HO_EVENTS = [
  (D) => { const p = mkPerson(); return `${fT(rT())} 访客 ${N(D, p.name)}（身份证 ${I(D, p.id)}，电话 ${M(D, p.mobile)}）未预约到访，经联系被访人 ${N(D, genName())} 确认后放行，发放临时卡 ${xVisitorCard(D)}。`; },
  (D) => `${fT(rT())} ${xPlate(D)} 占用${pick(['消防通道', 'B座门口', '充电车位'])}，${chance(0.5) ? `已电话联系车主 ${N(D, genName())}（${M(D, genMobile())}）挪车` : `联系车主（${xMaskMob(D)}）未接通，已贴挪车通知`}。`,
  (D) => `${fT(rT(20, 23))} ${pick(['B2车库', '东门', '3号楼消防通道门', '天台门'])} 门禁报警（事件编号 ${xEvent(D)}），巡查后确认为${pick(['保洁员', '维修工', '租户员工'])} ${N(D, genName())} 刷卡（卡号 ${xAccessCard(D)}）后门未关严，已复位。`,
  (D) => `${fT(rT())} 快递员 ${N(D, genName())}（${M(D, genMobile())}，${pick(['顺丰', '京东', '中通', '圆通'])}）在${pick(BLDGS)}大堂滞留超30分钟，已劝离。`,
  (D) => `${fT(rT())} ${pick(BLDGS)}闸机 ${xDevice(D)} 读卡异常，已报修（工单 ${xTicket(D)}），临时改为人工登记。`,
  (D) => `${fT(rT())} 租户 ${xCompany(D)} 员工 ${N(D, genName())} 门禁卡丢失，已挂失卡号 ${xAccessCard(D)}，新卡待补办。`,
  (D) => `${fT(rT())} 拾到钱包一个（内有身份证，姓名 ${N(D, genName())}，号码 ${I(D, genId())}），已登记并锁入保管柜，待失主认领。`,
  (D) => `${fT(rT())} 巡逻至 ${xRoom(D)} 发现门未锁，已通知 ${N(D, genName())} 经理（${M(D, genMobile())}）。`,
  (D) => `${fT(rT())} 监控室 IP 摄像机 ${xIp(D)} 离线，MAC ${xMac(D)}，已通知弱电 ${N(D, genName())} 处理。`,
  (D) => `${fT(rT())} 外卖骑手（${xMaskMob(D)}）冲闸，未造成损失，已记录。`,
  (D) => `${fT(rT())} 访客 ${xMaskName(D)} 遗失访客证 ${xVisitorCard(D)}，已作废。`,
  (D) => { const e = mkPerson(); return `${fT(rT())} 租户 ${N(D, e.name)} 反映车辆 ${xPlate(D)} 被刮擦，留电话 ${M(D, e.mobile)}，已告知需填写监控调阅申请。`; },
];
G.handover = (D) => {
  const s = site(), day = rDate(), a = genName(), b = genName();
  const ev = Array.from({ length: ri(2, 12) }, () => pick(HO_EVENTS)(D)).sort();
  const secs = [`${s.name} 安保部 交接班记录`, `日期：${fD(day, pick(['-', 'cn', '/']))}    班次：${pick(['白班（08:00-20:00）', '夜班（20:00-08:00）', '中班'])}`,
    `交班人：${N(D, a)}    接班人：${N(D, b)}${chance(0.5) ? `    值班主管：${N(D, genName())}` : ''}`, '一、值班情况：', ...ev.map((e, i) => `  ${i + 1}. ${e}`),
    `二、物品交接：对讲机 ${ri(4, 10)} 台，钥匙 ${ri(1, 4)} 串，访客临时卡 ${ri(20, 50)} 张。`,
    chance(0.5) ? `三、其他：值班电话 ${hotline(D, s)} 畅通，监控主机 ${xDevice(D)} 运行正常。` : '三、其他：无。',
    `交班人签字：${a}    接班人签字：${b}`];
  return secs.join('\n') + (chance(0.6) ? meta(D) : '');
};

G.tenant_staff = (D) => {
  const s = site(), co = mkCompany(), dom = co.slug + co.dom, day = rDate(), adm = mkPerson();
  const mk = (i) => ({ i, p: mkPerson() });
  const fields = [
    F(['序号'], (r) => String(r.i + 1), 0.7), F(['姓名', '员工姓名'], (r) => N(D, r.p.name), 1), F(['部门'], () => pick(DEPTS), 0.7), F(['职位', '岗位'], () => xJob(D, JOBS_O), 0.5),
    F(['工号', '员工编号'], () => xBadge(D, true), 0.75), F(['手机', '手机号', '联系电话'], (r) => phoneCell(D, r.p, 0.92), 0.85),
    F(['邮箱', '企业邮箱', 'Email', '电子邮箱'], (r) => EM(D, r.p.email(dom)), 0.85), F(['门禁卡号', '卡号'], () => xAccessCard(D), 0.8), F(['车牌', '登记车辆'], () => (chance(0.5) ? xPlate(D) : ''), 0.25),
    F(['通行权限', '权限'], () => pick(['12F', '12F-13F', '全楼层', '大堂+车库', '仅工作日']), 0.4), F(['入职日期'], () => fD(addDays(day, -ri(0, 2000))), 0.35),
    F(['备注', '变更类型'], () => pick(['新增', '新增', '注销', '补卡', '', '']), 0.5),
    F(['工位', '工位号'], () => D.dec('seat_no', `${pick(PLATE_L)}${ri(1, 30)}-${String(ri(1, 120)).padStart(3, '0')}`), 0.4), F(['分机', '分机号'], () => D.dec('extension', String(ri(6000, 8999))), 0.4)];
  const head = `${s.name}${s.bldg} 租户员工门禁权限申请表\n租户名称：${xCompany(D, co)}\n统一社会信用代码：${U(D, genUscc(co.city[2]))}\n租用房间：${xRoom(D)}\n行政联系人：${N(D, adm.name)}  手机：${M(D, adm.mobile)}  邮箱：${EM(D, adm.email(dom))}`;
  const foot = chance(0.6) ? `\n请于每月25日前将人员变动发送至 ${roleMail(D, s, ['tenant-service', 'wuye', 'kefu', 'admin'])}${chance(0.5) ? `，咨询电话 ${hotline(D, s)}` : ''}。` : '';
  return `${head}\n${table(fields, nRows(), mk)}${foot}${chance(0.7) ? meta(D) : ''}`;
};

G.health_checkin = (D) => {
  const s = site(), day = rDate(2021, 2022), eng = chance(0.35), n = nRows(), venue = D.dec('venue_code', `${pick(['4403', '3101', '1101', '3301'])}${digits(6)}-${ri(10, 99)}`);
  const fullId = rnd(), fullMob = 0.5 + rnd() * 0.45;
  const heads = eng ? ['No', 'Name', 'Mobile', 'ID No', 'HealthCode', 'TripCard', 'NAT Time', 'Temp', 'ScanTime', 'RecordId'] : ['序号', '姓名', '手机号', '证件号码', '健康码', '行程卡', '核酸检测时间', '体温', '扫码时间', '记录ID'];
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = mkPerson(), t = rT(7, 21);
    rows.push([String(i + 1), chance(0.75) ? N(D, p.name) : xMaskName(D, p.name), chance(fullMob) ? M(D, p.mobile, 'plain') : xMaskMob(D, p.mobile),
      chance(fullId) ? I(D, p.id, 'plain') : xMaskId(D, p.id), pick(['绿码', '绿码', '绿码', '黄码']), pick(['未到访中高风险地区', '带*', '正常']),
      `${fD(addDays(day, -ri(0, 3)))} ${fT(rT(6, 22))}`, (36 + rnd() * 0.9).toFixed(1), chance(0.5) ? xDt14(D, day, t) : `${fD(day)} ${fT(t, true)}`, xTs(D, day, t)]);
  }
  return `${s.name}${s.bldg} 场所码扫码登记导出 ${fD(day)} 场所编码：${venue}\n${render(heads, rows, pick(['csv', 'tsv', 'csv', 'md']))}`;
};

G.incident = (D) => {
  const s = site(), day = rDate(), t = rT(0, 23), no = xEvent(D, day), rep = mkPerson();
  const type = pick(['尾随进入', '门禁卡冒用', '电动车违规充电', '物品遗失', '外卖骑手冲卡', '车辆刮擦', '租户纠纷', '可疑人员滞留']);
  const parties = Array.from({ length: ri(1, 2) }, () => mkPerson());
  const wit = Array.from({ length: ri(0, 3) }, () => mkPerson());
  const L1 = [`${pick(['安全事件报告', '突发事件处置记录', '治安事件登记表'])}`, `事件编号：${no}`, `发生时间：${fD(day)} ${fT(t)}`, `发生地点：${s.name}${xRoom(D)}`, `事件类型：${type}`];
  for (const p of parties) {
    const bits = [`${p.male ? '男' : '女'}`];
    if (chance(0.8)) bits.push(`身份证号 ${certCell(D, p, { full: 0.9 })}`);
    if (chance(0.85)) bits.push(`手机 ${M(D, p.mobile)}`);
    if (chance(0.2)) bits.push(`邮箱 ${EM(D, p.email())}`);
    if (chance(0.3)) bits.push(`工卡号 ${xBadge(D)}`);
    L1.push(`当事人：${N(D, p.name)}（${bits.join('，')}）`);
  }
  if (wit.length) L1.push(`证人：${wit.map((w) => `${N(D, w.name)}${chance(0.7) ? `（${chance(0.8) ? M(D, w.mobile) : xMaskMob(D, w.mobile)}）` : ''}`).join('、')}`);
  const g1 = genName();
  const narr = [`${fT(t)} 监控中心 ${N(D, g1)} 发现${xCamera(D)}画面异常，通知巡逻岗前往。`,
    chance(0.5) ? `当事人所持门禁卡（卡号 ${xAccessCard(D)}）登记持卡人为 ${N(D, genName())}，系借用他人卡片。` : `涉事车辆 ${xPlate(D)} 停放于 ${xSpace(D)}。`,
    chance(0.4) ? `已报警，${pick(['南山', '天河', '浦东', '西湖', '武侯'])}派出所民警 ${N(D, genName())}（警号 ${xPolice(D)}）到场处理。` : '双方协商处理，未报警。',
    `门禁系统日志时间戳 ${xTs(D, day, t)}，设备 ${xDevice(D)}。`];
  L1.push('经过：' + shuffle(narr.slice(0, 3)).join('') + narr[3]);
  L1.push(`处置结果：${pick(['已登记备案', '已移交派出所', '已调解完毕', '已通知租户行政'])}`);
  L1.push(`报告人：${N(D, rep.name)}   ${chance(0.5) ? `联系邮箱：${EM(D, rep.email(s.dom))}` : `电话：${M(D, rep.mobile)}`}   报告日期：${fD(day)}`);
  if (chance(0.4)) L1.push(`抄送：${roleMail(D, s, ['security', 'anbao', 'pm'])}`);
  return L1.join('\n') + meta(D);
};

G.cctv_request = (D) => {
  const s = site(), day = rDate(), ap = mkPerson(), co = mkCompany();
  const L1 = [`${s.name} 监控录像调阅申请表`, `申请编号：${D.dec('request_no', `JK-${day.y}-${p2(day.m)}${p2(day.d)}-${p2(ri(1, 20))}`)}`,
    `申请人：${N(D, ap.name)}    身份证号：${certCell(D, ap, { full: 0.85, noLegacy: true })}`,
    `联系电话：${M(D, ap.mobile)}${chance(0.6) ? `    电子邮箱：${EM(D, ap.email(chance(0.5) ? co.slug + co.dom : null))}` : ''}`,
    `所属单位：${chance(0.7) ? xCompany(D, co) : '个人'}    房号/车牌：${chance(0.5) ? xRoom(D) : xPlate(D)}`,
    `调阅事由：${pick(['车辆被刮擦', '物品遗失', '配合派出所调查', '快递被冒领', '员工纠纷取证'])}`,
    `调阅时段：${fD(day)} ${fT(rT(0, 18))} 至 ${fT(rT(19, 23))}`,
    `摄像机点位：${Array.from({ length: ri(1, 4) }, () => xCamera(D)).join('、')}   NVR：${xDevice(D)}（${xIp(D)}）`];
  if (chance(0.35)) L1.push(`警方协查：${pick(['南山', '天河', '浦东', '西湖'])}派出所 民警 ${N(D, genName())}，警号 ${xPolice(D)}，联系电话 ${M(D, genMobile())}`);
  L1.push(`审批：物业经理 ${N(D, genName())}（${pick(['同意', '同意，仅限现场查看', '不同意，请走警方程序'])}）   安防主管 ${N(D, genName())}`);
  L1.push(`陪同调阅：保安 ${N(D, genName())}   调阅日期：${fD(addDays(day, ri(0, 3)))}`);
  L1.push(pick(['备注：录像仅限现场查看，不得拷贝、拍摄。', '备注：如需拷贝须警方出具《调取证据通知书》。', '']));
  if (chance(0.4)) L1.push(`回复邮件请发送至 ${roleMail(D, s, ['cctv', 'security', 'anfang'])}`);
  return L1.join('\n') + meta(D);
};

G.acs_json = (D) => {
  const s = site(), dev = { sn: xDevice(D), mac: xMac(D), ip: xIp(D) }, day = rDate(), n = nRows(50);
  if (chance(0.5)) {
    const corp = mkCompany(), dom = corp.slug + corp.dom;
    const persons = Array.from({ length: n }, () => {
      const p = mkPerson(), o = { employeeNo: xBadge(D), name: N(D, p.name), cardNo: xAccessCard(D) };
      if (chance(0.85)) o.phone = M(D, p.mobile, 'plain');
      if (chance(0.6)) o.certificateNo = chance(0.85) ? I(D, p.id, 'plain') : xMaskId(D, p.id);
      if (chance(0.6)) o.email = EM(D, p.email(dom));
      o.validBegin = `${fD(day)}T00:00:00`; o.validEnd = `${fD(addDays(day, 365))}T23:59:59`; o.doorRight = pick(['1,2,3', '1', '1,4', '2,3']);
      return o;
    });
    return JSON.stringify({ method: 'person.sync', ts: +xTs(D, day), device: dev, site: s.name, persons }, null, chance(0.5) ? 2 : 0);
  }
  const events = Array.from({ length: n }, () => {
    const p = mkPerson(), t = rT(0, 23), ok = chance(0.85);
    let eid; do eid = dt14(day, t) + String(ri(10, 99)); while (luhnOk(eid));
    const e = { eventId: D.dec('event_id', eid), time: iso(day, t), doorName: pick(['东门闸机1', '东门闸机2', 'B座大堂', '车库入口', '12F玻璃门']), cardNo: xAccessCard(D) };
    if (chance(0.85)) e.personName = N(D, p.name); else e.personName = '';
    if (chance(0.35)) e.phone = chance(0.8) ? M(D, p.mobile, 'plain') : xMaskMob(D, p.mobile);
    e.result = ok ? 'granted' : pick(['denied:expired', 'denied:no_right', 'denied:antipassback']);
    e.picUri = xUrl(D, dev.ip, 'E' + ri(100000, 999999));
    return e;
  });
  return JSON.stringify({ deviceSn: dev.sn, mac: dev.mac, events }, null, chance(0.5) ? 2 : 0);
};

G.acs_csv = (D) => {
  const s = site(), eng = chance(0.5), corp = mkCompany(), dom = corp.slug + corp.dom, day = rDate();
  const mk = (i) => ({ i, p: mkPerson() });
  const fields = [
    F(eng ? ['PersonID', 'person_no'] : ['人员编号'], () => D.dec('person_id', `${pick(['P', 'U', ''])}${String(ri(1, 99999)).padStart(5, '0')}`), 1),
    F(eng ? ['Name', 'name'] : ['姓名'], (r) => N(D, r.p.name), 1), F(eng ? ['Gender'] : ['性别'], (r) => (r.p.male ? (eng ? 'M' : '男') : eng ? 'F' : '女'), 0.5),
    F(eng ? ['Department', 'org'] : ['组织', '部门'], () => pick(DEPTS), 0.6), F(eng ? ['CardNo', 'card_no'] : ['卡号'], () => xAccessCard(D), 0.9),
    F(eng ? ['Mobile', 'phone'] : ['手机号码', '电话'], (r) => phoneCell(D, r.p, 0.9), 0.8), F(eng ? ['IDNo', 'cert_no'] : ['证件号码'], (r) => certCell(D, r.p, { full: 0.85 }), 0.6),
    F(eng ? ['Email', 'mail'] : ['邮箱'], (r) => EM(D, r.p.email(dom)), 0.6), F(eng ? ['ValidFrom'] : ['有效期开始'], () => fD(day), 0.5),
    F(eng ? ['ValidTo'] : ['有效期结束'], () => fD(addDays(day, 365)), 0.5), F(eng ? ['AccessGroup'] : ['权限组'], () => pick(['G1', 'G2-研发', '访客组', '全通']), 0.4),
    F(eng ? ['LastAccess', 'last_seen'] : ['最近通行'], () => xTs(D, day), 0.55), F(eng ? ['EmpNo'] : ['工号'], () => xBadge(D), 0.5)];
  return `# export ${s.name} ${fD(day)} ${xDt14(D, day)}\n${table(fields, nRows(), mk, pick(['csv', 'csv', 'tsv', 'semi']))}`;
};

G.device_syslog = (D) => {
  const s = site(), day = rDate(), hosts = Array.from({ length: ri(1, 4) }, () => ({ h: `acs-ctl-${p2(ri(1, 12))}`, ip: pick([`10.${ri(0, 60)}.${ri(0, 254)}.${ri(2, 254)}`, `192.168.${ri(0, 20)}.${ri(2, 254)}`]) }));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][day.m - 1];
  const n = ri(5, 60), lines = [];
  let t = rT(0, 6);
  for (let i = 0; i < n; i++) {
    t = addMin(t, ri(0, 25)); const h = pick(hosts), pre = `<${pick([134, 132, 131, 14])}>${mon} ${String(day.d).padStart(2, ' ')} ${fT(t, true)} ${h.h}`;
    const r = rnd();
    if (r < 0.35) lines.push(`${pre} acsd[${ri(100, 9999)}]: door=D${ri(1, 9)} reader=R${ri(1, 4)} card=${xAccessCard(D)} user="${N(D, genName())}" uid=${xBadge(D)} result=${pick(['GRANTED', 'GRANTED', 'DENIED'])}`);
    else if (r < 0.5) lines.push(`${pre} facerec: match name=${N(D, genName())} score=0.${ri(80, 99)} sn=${xDevice(D)} ts=${xTs(D, day, t)}`);
    else if (r < 0.6) { const m = genMobile(); lines.push(`${pre} smsgw: visitor code sent to ${chance(0.6) ? M(D, m, 'plain') : xMaskMob(D, m)} visit=${xVisitNo(D, day)}`); }
    else if (r < 0.72) lines.push(`${pre} netd: heartbeat mac=${xMac(D)} ip=${D.dec('ip_address', h.ip)} uptime=${ri(100, 99999)}s`);
    else if (r < 0.8) lines.push(`${pre} alarmd: door forced open door=D${ri(1, 9)} event=${xEvent(D, day)}`);
    else if (r < 0.87) lines.push(`${pre} acsd[${ri(100, 9999)}]: antipassback violation card=${xAccessCard(D)} plate=${xPlate(D)}`);
    else if (r < 0.93) { const p = mkPerson(); lines.push(`${pre} visitord: checkin name=${N(D, p.name)} cert=${chance(0.5) ? I(D, p.id, 'plain') : xMaskId(D, p.id)} host=${N(D, genName())}`); }
    else lines.push(`${pre} syncd: pushed ${ri(1, 500)} persons to ${xDevice(D)} at ${xDt14(D, day, t)}`);
  }
  return lines.join('\n');
};

G.ocr_visitor = (D) => {
  const s = site(), day = rDate(), hosts = pool(ri(2, 5)), n = nRows(40);
  const lines = [`${[...'来访人员登记表'].join(' ')}        第 ${ri(1, 80)} 页`, pick(['日期  姓名  身份证号  电话  被访人  事由  进  出', '日 期 | 姓 名 | 证 件 号 | 联 系 电 话 | 被 访 人 | 事 由']) ];
  if (chance(0.35)) lines.push(`填写示例：${D.dc('person_name_zh', '张三')}  ${D.dc('cn_resident_id', '11010519491231002X')}  ${D.dc('cn_mobile', '13800138000')}`);
  for (let i = 0; i < n; i++) {
    const p = mkPerson(), t = rT(8, 19);
    const nm = N(D, p.name, chance(0.4) ? 'spaced' : 'plain');
    let idc; const r = rnd();
    if (r < 0.5) idc = I(D, p.id, 'plain'); else if (r < 0.68) idc = I(D, p.id, 'ocr4'); else if (r < 0.76) idc = I(D, p.id, 'space'); else if (r < 0.83) idc = I(D, p.id, 'fw');
    else if (r < 0.88) idc = D.dc('cn_resident_id', p.id, `${p.id.slice(0, 12)}\n      ${p.id.slice(12)}`); else if (r < 0.94) idc = xMaskId(D, p.id); else idc = '（未带证件）';
    const mr = rnd(); const mc = mr < 0.6 ? M(D, p.mobile, 'plain') : mr < 0.8 ? M(D, p.mobile, 'space') : mr < 0.9 ? M(D, p.mobile, 'fw') : xMaskMob(D, p.mobile);
    const sep = pick(['  ', ' ', ' | ', '丨', '   ']);
    lines.push([fD(day, 'md'), nm, idc, mc, N(D, pick(hosts), chance(0.3) ? 'spaced' : 'plain'), pick(REASONS), chance(0.6) ? xPlate(D) : '', chance(0.6) ? xVisitorCard(D) : '', chance(0.4) ? D.dec('record_id', `No.${String(ri(1, 9999)).padStart(4, '0')}`) : '', fT(t).replace(':', pick([':', '：', '.'])), chance(0.7) ? fT(addMin(t, ri(10, 200))) : ''].filter((c, j) => c || j > 8).join(sep));
  }
  if (chance(0.5)) lines.push(`值 班 保 安：${N(D, genName(), 'spaced')}`);
  if (chance(0.6)) lines.push(`扫描件：${D.dec('scan_file', `SCAN_${dt14(day, rT(17, 22))}_${ri(1, 99)}.pdf`)}  扫描仪 ${xDevice(D)}`);
  return lines.join('\n');
};

G.prereg_mail = (D) => {
  const s = site(), day = rDate(), t = rT(9, 17), host = mkPerson(), co = mkCompany(), dom = co.slug + co.dom, vs = Array.from({ length: chance(0.7) ? 1 : ri(2, 8) }, () => mkPerson());
  const L1 = [`From: ${s.name}访客系统 <${roleMail(D, s, ['noreply', 'visitor', 'fk-system'])}>`, `To: ${vs.map((v) => EM(D, v.email())).join(', ')}`];
  if (chance(0.7)) L1.push(`Cc: ${N(D, host.name)} <${EM(D, host.email(dom))}>`);
  L1.push(`Subject: 【访客预约成功】${fD(day)} ${fT(t)} 到访 ${s.name}${s.bldg}`, '', `尊敬的 ${N(D, vs[0].name)}${vs[0].male ? '先生' : '女士'}：`,
    `您好！您预约拜访 ${xCompany(D, co)} ${N(D, host.name)} 的申请已通过审核。`, `预约单号：${xVisitNo(D, day)}`, `到访时间：${fD(day)} ${fT(t)}，访客码有效期 ${ri(2, 8)} 小时。`);
  if (vs.length > 1) { L1.push('同行人员：'); for (const v of vs.slice(1)) L1.push(`  - ${N(D, v.name)}  ${chance(0.7) ? M(D, v.mobile) : xMaskMob(D, v.mobile)}`); }
  L1.push(`登记信息：姓名 ${vs[0].name} / 手机 ${chance(0.6) ? M(D, vs[0].mobile) : xMaskMob(D, vs[0].mobile)} / 证件号 ${chance(0.7) ? xMaskId(D, vs[0].id) : I(D, vs[0].id)}`);
  if (chance(0.5)) L1.push(`车牌：${xPlate(D)}，已登记，可直接驶入 ${xSpace(D)} 附近访客车位。`);
  L1.push(`如有疑问请联系前台 ${hotline(D, s)}${chance(0.5) ? ` 或 ${roleMail(D, s, ['reception', 'qiantai', 'frontdesk'])}` : ''}。`, '', '此邮件由系统自动发送，请勿回复。');
  L1.push(`访客码ID：${D.dec('qr_id', hex(16).toLowerCase())}  闸机：${xDevice(D)}  Message-ID: <${D.dc('email', `${dt14(day, rT(0, 23))}.${hex(6).toLowerCase()}@mail.${s.dom}`)}>`);
  return L1.join('\n');
};

G.blacklist = (D) => {
  const s = site(), day = rDate();
  const mk = (i) => ({ i, p: mkPerson() });
  const fields = [
    F(['序号'], (r) => String(r.i + 1), 0.7), F(['姓名'], (r) => N(D, r.p.name), 1), F(['身份证号', '证件号码'], (r) => certCell(D, r.p, { full: 0.85 }), 0.9),
    F(['手机', '联系电话'], (r) => phoneCell(D, r.p, 0.75), 0.6), F(['照片编号', '人脸ID'], () => D.dec('photo_id', `FACE-${hex(6)}`), 0.85), F(['布控编号'], () => D.dec('watch_no', `BK${ri(2021, 2025)}${String(ri(1, 9999)).padStart(4, '0')}`), 0.6), F(['最近出现'], () => xDt14(D), 0.4),
    F(['车牌'], () => (chance(0.4) ? xPlate(D) : '—'), 0.4), F(['原因', '禁入原因'], () => pick(['多次尾随进入', '盗窃电动车电池', '冲撞闸机', '推销骚扰租户', '冒用他人门禁卡', '与保安发生冲突']), 1),
    F(['登记日期'], () => fD(addDays(day, -ri(0, 400))), 0.6), F(['登记人'], () => N(D, genName()), 0.5)];
  return `${s.name} ${pick(['禁入人员名单', '黑名单人员登记', '重点关注人员'])}（内部资料，严禁外传）\n${table(fields, nRows(30), mk)}\n${pick(['各岗位发现上述人员请立即通知监控中心。', '名单由安保部维护，更新日期 ' + fD(day) + '。'])}${meta(D)}`;
};

G.guard_roster = (D) => {
  const s = site(), co = mkCompany('保安服务'), day = rDate(), boss = mkPerson();
  const mk = (i) => ({ i, p: mkPerson({ y0: 1965, y1: 2004, debit: true }), e: mkPerson() });
  const fields = [
    F(['序号'], (r) => String(r.i + 1), 0.6), F(['姓名', '保安员姓名'], (r) => N(D, r.p.name), 1), F(['性别'], (r) => (r.p.male ? '男' : '女'), 0.4),
    F(['身份证号', '身份证号码'], (r) => certCell(D, r.p, { full: 0.9 }), 0.85), F(['手机', '联系电话'], (r) => phoneCell(D, r.p, 0.9), 0.85),
    F(['保安员证号', '上岗证号'], () => xGuardLic(D), 0.85), F(['工号'], () => xBadge(D), 0.6), F(['对讲机', '对讲机编号'], () => D.dec('radio_no', `DJ-${p2(ri(1, 99))}`), 0.35), F(['门禁卡号'], () => xAccessCard(D), 0.4), F(['培训证书编号'], () => D.dec('cert_no', `PX${ri(2019, 2024)}${String(ri(1, 99999)).padStart(5, '0')}`), 0.4), F(['宿舍'], () => xRoom(D), 0.3), F(['岗位'], () => pick(['东门岗', '监控室', '巡逻', '车库岗', '大堂岗', '消控室']), 0.8),
    F(['班次'], () => pick(['白班', '夜班', '中班', '倒班']), 0.6),
    F(['工资卡号', '银行卡号', '工资卡'], (r) => (chance(0.9) ? B(D, r.p.card.no) : xMaskCard(D, r.p.card.no)), 0.85), F(['开户行'], (r) => xBranch(D, r.p.card.bank, s.city), 0.5),
    F(['紧急联系人'], (r) => N(D, r.e.name), 0.4), F(['紧急联系电话'], (r) => M(D, r.e.mobile), 0.35), F(['入职日期'], () => fD(addDays(day, -ri(10, 1500))), 0.4)];
  const head = `${xCompany(D, co)} 驻${s.name}项目 保安人员花名册（${day.y}年${day.m}月）\n统一社会信用代码：${U(D, genUscc(co.city[2], '91'))}\n项目经理：${N(D, boss.name)}  ${M(D, boss.mobile)}`;
  return `${head}\n${table(fields, nRows(60), mk)}\n${pick(['工资于每月15日发放至上表银行卡。', '本名册仅供甲方备案使用。', ''])}${chance(0.7) ? meta(D) : ''}`;
};

G.guest_wifi = (D) => {
  const s = site(), day = rDate(), n = nRows(60), rows = [];
  const csv = chance(0.5);
  const times = Array.from({ length: n }, () => rT(7, 22)).sort((a, b) => a.h * 3600 + a.mi * 60 + a.s - (b.h * 3600 + b.mi * 60 + b.s));
  for (let i = 0; i < n; i++) {
    const t = times[i], m = genMobile(), mob = chance(0.85) ? M(D, m, 'plain') : xMaskMob(D, m), mac = xMac(D), ip = xIp(D), ap = D.dec('ap_name', `${pick(BLDGS)}${ri(1, 20)}F-AP${p2(ri(1, 12))}`);
    rows.push(csv ? [`${fD(day)} ${fT(t, true)}`, mob, mac, ip, ap, String(ri(60, 7200))] : `${fD(day)} ${fT(t, true)} portal auth ok phone=${mob} mac=${mac} ip=${ip} ap=${ap} ssid=${s.name.slice(0, 2)}-Guest duration=${ri(60, 7200)}`);
  }
  if (csv) return `${s.name} 访客Wi-Fi认证记录\n${render(['认证时间', '手机号', '终端MAC', '分配IP', 'AP名称', '在线时长(s)'], rows, pick(['csv', 'tsv']))}`;
  return rows.join('\n');
};

// ───────────────────────── self-check ─────────────────────────
const NAME_RE = /^(?:[\u4e00-\u9fa5]{2,4}|[\u4e00-\u9fa5]{1,8}·[\u4e00-\u9fa5]{1,8})$/;
const EMAIL_RE = /^[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/;
function validValue(det, v, strict) {
  switch (det) {
    case 'cn_resident_id': return idValid(v) && (!strict || !/^8[123]/.test(v));
    case 'cn_mobile': return mobValid(v);
    case 'cn_landline': return landValid(v);
    case 'email': return EMAIL_RE.test(v);
    case 'bank_card': return /^\d{16,19}$/.test(v) && (!strict || luhnOk(v));
    case 'cn_uscc': return usccValid(v);
    case 'cn_passport': return /^(?:E[A-HJ-NP-Z0-9]\d{7}|G\d{8}|C\d{8})$/.test(v);
    case 'person_name_zh': return NAME_RE.test(v);
    default: return false;
  }
}
function checkDoc(D, text) {
  const errs = [];
  const ents = [...D.E.values()], dcs = [...D.C.values()], decs = [...D.X.values()];
  for (const e of ents) if (!validValue(e.detector, e.value, true)) errs.push(`bad entity ${e.detector}:${e.value}`);
  for (const e of dcs) if (!validValue(e.detector, e.value, false)) errs.push(`bad dontCare ${e.detector}:${e.value}`);
  for (const [det, v, raw] of D.raws) if (!text.includes(raw)) errs.push(`raw missing ${det}:${raw}`);
  const vals = new Set([...ents, ...dcs].map((e) => e.value));
  const raws = new Set(D.raws.map((r) => r[2]));
  for (const e of ents) if (D.C.has(e.detector + '|' + e.value)) errs.push(`entity also dontCare ${e.value}`);
  for (const d of decs) {
    if (!text.includes(d.text)) errs.push(`decoy missing ${d.text}`);
    for (const v of [...vals, ...raws]) if (d.text === v || d.text.includes(v)) errs.push(`decoy ${d.kind}:${d.text} contains labelled ${v}`);
  }
  // scanner: bare look-alikes in the text must be labelled
  const labelled = new Set([...vals]);
  const inLabel = (x) => [...vals, ...raws].some((v) => v !== x && v.includes(x));
  for (const m of text.matchAll(/\d+[Xx]?/g)) {
    if (inLabel(m[0])) continue;
    const s = m[0].toUpperCase(), dg = s.endsWith('X') ? '' : s;
    if (s.length === 18 && idValid(s) && !labelled.has(s)) errs.push(`unlabelled ID-like ${s}`);
    if (dg.length === 11 && mobValid(dg) && !labelled.has(dg)) errs.push(`unlabelled mobile-like ${dg}`);
    if (dg.length >= 16 && dg.length <= 19 && luhnOk(dg) && !labelled.has(dg)) errs.push(`unlabelled Luhn-valid ${dg}`);
    if (dg.length === 18 && usccMod31(dg) && !labelled.has(dg)) errs.push(`unlabelled USCC-like ${dg}`);
  }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g)) if (!labelled.has(m[0].toLowerCase())) errs.push(`unlabelled email ${m[0]}`);
  for (const m of text.matchAll(/(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{18}(?![0-9A-Za-z])/g)) if (usccValid(m[0]) && !labelled.has(m[0])) errs.push(`unlabelled USCC ${m[0]}`);
  return errs;
}

// ───────────────────────── main ─────────────────────────
const PLAN = { visitor_book: 22, card_issue: 16, face_enroll: 16, parking: 16, delivery: 14, contractor: 20, handover: 18, tenant_staff: 18, health_checkin: 14, incident: 18, cctv_request: 16, acs_json: 14, acs_csv: 12, device_syslog: 14, ocr_visitor: 16, prereg_mail: 18, blacklist: 10, guard_roster: 14, guest_wifi: 10 };
const docs = [], counters = {}, retries = { n: 0 };
const order = [];
{ const left = { ...PLAN }; let more = true; while (more) { more = false; for (const k of Object.keys(left)) if (left[k] > 0) { order.push(k); left[k]--; more = true; } } }
for (const kind of order) {
  let out = null;
  for (let attempt = 0; attempt < 40 && !out; attempt++) {
    const D = new Doc(kind);
    let text;
    try { text = G[kind](D); } catch (e) { if (e.message === 'retry') { retries.n++; continue; } throw e; }
    const ce = checkDoc(D, text); if (ce.length) { retries.n++; if (process.env.DEBUG) console.error(kind, JSON.stringify(ce.slice(0, 3))); continue; }
    out = { D, text };
  }
  if (!out) { console.error(`could not generate a clean ${kind} document`); process.exit(1); }
  counters[kind] = (counters[kind] || 0) + 1;
  docs.push({ id: `ac-${kind}-${counters[kind]}`, kind, text: out.text, entities: [...out.D.E.values()], dontCare: [...out.D.C.values()], decoys: [...out.D.X.values()], _D: out.D });
}

// global self-check (re-runs the per-document checks and the corpus-level quotas)
const failures = [];
const perKind = {}, perDet = {}, perDc = {}, perDecoy = {};
let nEnt = 0, nDec = 0;
for (const d of docs) {
  for (const e of checkDoc(d._D, d.text)) failures.push(`${d.id}: ${e}`);
  const ek = new Set(d.entities.map((e) => e.detector + '|' + e.value));
  if (ek.size !== d.entities.length) failures.push(`${d.id}: duplicate entity`);
  perKind[d.kind] = (perKind[d.kind] || 0) + 1;
  for (const e of d.entities) { perDet[e.detector] = (perDet[e.detector] || 0) + 1; nEnt++; }
  for (const e of d.dontCare) perDc[e.detector] = (perDc[e.detector] || 0) + 1;
  for (const x of d.decoys) { perDecoy[x.kind] = (perDecoy[x.kind] || 0) + 1; nDec++; }
}
if (docs.length < 250) failures.push(`only ${docs.length} documents`);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((perDet[det] || 0) < 300) failures.push(`only ${perDet[det] || 0} ${det} entities`);
if (nDec < nEnt) failures.push(`decoys ${nDec} < entities ${nEnt}`);

writeFileSync(OUT, docs.map(({ _D, ...d }) => JSON.stringify(d)).join('\n') + '\n');
const fmtObj = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(18)} ${v}`).join('\n');
console.log(`wrote ${docs.length} documents to ${OUT} (regenerated ${retries.n} drafts that failed the per-document check)`);
console.log(`documents per kind:\n${fmtObj(perKind)}`);
console.log(`entities per detector (total ${nEnt}):\n${fmtObj(perDet)}`);
console.log(`dontCare per detector:\n${fmtObj(perDc)}`);
console.log(`decoys per kind (total ${nDec}):\n${fmtObj(perDecoy)}`);
if (failures.length) { console.error(`SELF-CHECK FAILED (${failures.length}):\n` + failures.slice(0, 40).join('\n')); process.exit(1); }
console.log('self-check: OK');
