#!/usr/bin/env node
// clean-documents.mjs — independent false-positive corpus for listguard (documents with NO personal data).
// Usage: node clean-documents.mjs [out.jsonl]   (default /tmp/indep/c.jsonl). Deterministic (fixed seed), no deps.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const OUT = process.argv[2] || '/tmp/indep/c.jsonl';
const SEED = 'listguard-indep-c-2026';

// ---------------------------------------------------------------- PRNG (sfc32 seeded by a string hash)
function hashStr(s) { let h1 = 0xdeadbeef, h2 = 0x41c6ce57; for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); h1 = Math.imul(h1 ^ c, 2654435761); h2 = Math.imul(h2 ^ c, 1597334677); } h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909); h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909); return [h1 >>> 0, h2 >>> 0, (h1 ^ h2) >>> 0, (h1 + h2) >>> 0]; }
class RNG {
  constructor(seed) { [this.a, this.b, this.c, this.d] = hashStr(String(seed)); for (let i = 0; i < 15; i++) this.next(); }
  next() { let { a, b, c, d } = this; const t = (((a + b) | 0) + d) | 0; d = (d + 1) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0; c = (c << 21) | (c >>> 11); c = (c + t) | 0; this.a = a; this.b = b; this.c = c; this.d = d; return (t >>> 0) / 4294967296; }
  int(lo, hi) { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  chance(p) { return this.next() < p; }
  pick(a) { return a[Math.floor(this.next() * a.length)]; }
  picks(a, n) { const c = a.slice(); const o = []; while (o.length < n && c.length) o.push(c.splice(Math.floor(this.next() * c.length), 1)[0]); return o; }
  shuffle(a) { const c = a.slice(); for (let i = c.length - 1; i > 0; i--) { const j = Math.floor(this.next() * (i + 1)); [c[i], c[j]] = [c[j], c[i]]; } return c; }
  digits(n, first) { let s = first === undefined ? String(this.int(1, 9)) : String(first); while (s.length < n) s += this.int(0, 9); return s.slice(0, n); }
  zdigits(n) { let s = ''; while (s.length < n) s += this.int(0, 9); return s; }
  hex(n) { let s = ''; while (s.length < n) s += '0123456789abcdef'[this.int(0, 15)]; return s; }
  HEX(n) { return this.hex(n).toUpperCase(); }
  alnum(n, al = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') { let s = ''; while (s.length < n) s += al[this.int(0, al.length - 1)]; return s; }
  b64(n) { const al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'; let s = ''; while (s.length < n) s += al[this.int(0, 63)]; return s; }
  b64url(n) { return this.b64(n).replace(/\+/g, '-').replace(/\//g, '_'); }
  uuid() { const h = this.hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[this.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20, 32)}`; }
  float(lo, hi, dp) { return (lo + this.next() * (hi - lo)).toFixed(dp); }
  gauss(mu, sd) { let u = 0, v = 0; while (u === 0) u = this.next(); v = this.next(); return mu + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v); }
}
const pad = (n, w = 2) => String(n).padStart(w, '0');
const fmtAmt = (x, sep = true) => { const s = Math.abs(x).toFixed(2); const [i, f] = s.split('.'); const ii = sep ? i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : i; return (x < 0 ? '-' : '') + ii + '.' + f; };

// ---------------------------------------------------------------- validators (written from cn-formats.md)
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idCheckChar = (b17) => { let s = 0; for (let i = 0; i < 17; i++) s += (+b17[i]) * ID_W[i]; return '10X98765432'[s % 11]; };
const mod112ok = (s) => /^\d{17}[\dXx]$/.test(s) && idCheckChar(s.slice(0, 17)) === s[17].toUpperCase();
const PROV = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83', '91']);
const realDate = (y, m, d) => { if (m < 1 || m > 12 || d < 1) return false; const dim = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]; return d <= dim; };
const idDateOk = (s) => { const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14); return y >= 1900 && (y < 2026 || (y === 2026 && m <= 12)) && realDate(y, m, d); };
const idFull = (s) => mod112ok(s) && PROV.has(s.slice(0, 2)) && idDateOk(s);
const luhn = (s) => { let sum = 0, alt = false; for (let i = s.length - 1; i >= 0; i--) { let n = +s[i]; if (alt) { n *= 2; if (n > 9) n -= 9; } sum += n; alt = !alt; } return sum % 10 === 0; };
const cardLikeBin = (s) => /^(62|81|4|5[1-5]|2[2-7]|3[4-7]|60|65|9)/.test(s);
const MOB_RE = /^1(3\d|4[57]|5[0-35-9]|6[25-7]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/;
const mobileAlloc = (s) => MOB_RE.test(s) || /^1610\d{7}$/.test(s) || /^1740[0-5]\d{6}$/.test(s);
const USCC_AL = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const usccCheck = (b17) => { let s = 0; for (let i = 0; i < 17; i++) s += USCC_AL.indexOf(b17[i]) * USCC_W[i]; return USCC_AL[(31 - (s % 31)) % 31]; };
const usccMod31 = (s) => s.length === 18 && [...s].every((c) => USCC_AL.includes(c)) && usccCheck(s.slice(0, 17)) === s[17];
const gb11714 = (b8) => { const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * W[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); };
const usccFull = (s) => usccMod31(s) && gb11714(s.slice(8, 16)) === s[16];
const LL_RE = /^0(10|2[0-57-9])\d{8}$|^0[3-9]\d{2}\d{7,8}$/;
const PASSPORT_RE = /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}|[DSP]E\d{7}|[DSP]\d{7,8}|K\d{8}|KJ\d{7}|MA\d{7}|C\d{8}|C[A-HJ-NP-Z]\d{7}|[HM]\d{8}(\d{2})?|L\d{8}|W\d{8})$/;
const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

// scan a string the way a boundary-respecting detector would; returns candidate hits
function scanText(text) {
  const t = text.normalize('NFKC');
  const hits = [];
  for (const m of t.matchAll(/\d+[Xx]?/g)) {
    let run = m[0]; const digits = run.replace(/[Xx]$/, '');
    const hasX = run.length !== digits.length;
    const prev = t[m.index - 1] || '';
    if (hasX && /[A-Za-z]/.test(t[m.index + run.length] || '')) run = digits; // X was part of a word
    if (run.length === 18 && mod112ok(run)) hits.push({ det: 'cn_resident_id', v: run, full: idFull(run), forbidden: idFull(run) });
    const L = digits.length;
    if (L >= 16 && L <= 19 && luhn(digits)) hits.push({ det: 'bank_card', v: digits, forbidden: cardLikeBin(digits) });
    if (L === 11 && mobileAlloc(digits) && prev !== '+') hits.push({ det: 'cn_mobile', v: digits });
    if ((L === 11 || L === 12) && LL_RE.test(digits)) hits.push({ det: 'cn_landline', v: digits });
    if (L === 18 && usccMod31(digits)) hits.push({ det: 'cn_uscc', v: digits, full: usccFull(digits) });
    if (L === 15 && PROV.has(digits.slice(0, 2)) && realDate(1900 + +digits.slice(6, 8), +digits.slice(8, 10), +digits.slice(10, 12))) hits.push({ det: 'cn_resident_id', v: digits, legacy: true });
  }
  for (const m of t.matchAll(/[0-9A-Z]+/g)) {
    const s = m[0];
    if (s.length === 18 && /[A-Z]/.test(s) && usccMod31(s)) hits.push({ det: 'cn_uscc', v: s, full: usccFull(s) });
    if (PASSPORT_RE.test(s) && !/[a-z]/.test(t[m.index - 1] || '') && !/[a-z]/.test(t[m.index + s.length] || '')) hits.push({ det: 'cn_passport', v: s });
  }
  for (const m of t.matchAll(/(?<![\d])(?:\+?86[ -]?|0086[ -]?)?(1[3-9]\d)[ -](\d{4})[ -](\d{4})(?!\d)/g)) { const v = m[1] + m[2] + m[3]; if (mobileAlloc(v)) hits.push({ det: 'cn_mobile', v: m[0], sep: true, forbidden: true }); }
  for (const m of t.matchAll(/(?<![\d])(?:\+86|0086)[ -]?(1[3-9]\d{9})(?!\d)/g)) if (mobileAlloc(m[1])) hits.push({ det: 'cn_mobile', v: m[0], forbidden: true });
  for (const m of t.matchAll(/(?<![\d])(\d{4})([ -])(\d{4})\2(\d{4})\2(\d{4})(?:\2(\d{1,3}))?(?![\d])/g)) { const v = m.slice(1).filter((x, i) => i !== 1 && x).join(''); if (luhn(v)) hits.push({ det: 'bank_card', v: m[0], sep: true, forbidden: cardLikeBin(v) }); }
  for (const m of t.matchAll(/(?<![\d])(\d{6})[ -](\d{8})[ -](\d{3}[\dX])(?![\d])/g)) { const v = m[1] + m[2] + m[3]; if (mod112ok(v)) hits.push({ det: 'cn_resident_id', v: m[0], sep: true, forbidden: idFull(v) }); }
  for (const m of t.matchAll(/(?<![\d])[(（]?(0\d{2,3})(?:[)）][ -]?|[ -])(\d{7,8})(?![\d])/g)) { const v = m[1] + m[2]; if (LL_RE.test(v)) hits.push({ det: 'cn_landline', v: m[0] }); }
  for (const m of t.matchAll(EMAIL_RE)) hits.push({ det: 'email', v: m[0] });
  return hits;
}

// ---------------------------------------------------------------- document builder
const HARD_NAME = { bank_card: 'luhn_passing', cn_mobile: 'mobile_shaped', cn_resident_id: 'mod112_passing', cn_uscc: 'mod31_passing', cn_landline: 'landline_shaped', cn_passport: 'passport_shaped', email: 'email_shaped' };
const HX = { hard: true, p: 0.5 };
const hardKind = (hits, kind) => `${hits[0].legacy ? 'legacy15_shaped' : HARD_NAME[hits[0].det]}_${kind}`;
class Doc {
  constructor(r, kind) { this.r = r; this.kind = kind; this.decoys = []; this.dontCare = []; this.entities = []; this._k = new Set(); }
  // plant a decoy (returns the text so it can be used inline)
  d(kind, text) { text = String(text); const k = kind + '\u0000' + text; if (!this._k.has(k)) { this._k.add(k); this.decoys.push({ kind, text }); } return text; }
  // something a reviewer could argue either way
  dc(detector, value, text = value) { const k = 'dc\u0000' + detector + value; if (!this._k.has(k)) { this._k.add(k); this.dontCare.push({ detector, value, text }); } return text; }
  // plant a generated value: regenerate when it validates as a detector, unless opt.hard allows keeping it (then relabel why)
  n(kind, gen, opt = {}) {
    for (let i = 0; i < 400; i++) {
      const v = gen(this.r);
      const hits = scanText(v);
      if (!hits.length) return this.d(kind, v);
      if (hits.some((h) => h.forbidden)) continue;
      const allow = opt.hard === true ? null : opt.hard ? new Set([].concat(opt.hard)) : new Set();
      if (allow && !hits.every((h) => allow.has(h.det))) continue;
      if (this.r.chance(opt.p ?? 0.55)) return this.d(opt.as || hardKind(hits, kind), v);
    }
    throw new Error('cannot generate ' + kind);
  }
}

// ---------------------------------------------------------------- vocabulary
const SURWORDS = '周末 周一 周二 周三 周四 周五 周期 周边 周到 周转 周密 高兴 高速 高温 高度 高效 高峰 高层 高端 高铁 金额 金融 金属 金色 金黄 方便 方案 方向 方法 方式 方面 常用 常见 常规 常年 常态 安全 安装 安排 安静 安心 明天 明确 明显 明年 明白 向前 向上 向往 向来 马上 马路 马车 于是 余额 余下 余地 付款 付出 关于 关键 关注 关闭 程序 程度 任务 任何 任意 时间 时候 时代 江边 江水 江南 林业 林地 林荫 何必 何况 史料 史书 田野 田地 叶片 叶子 白色 白天 白云 白糖 文件 文化 文字 成功 成本 成为 成熟 华丽 华南 华东 华北 和平 和谐 万一 万分 易于 宋体 黎明 康复 孔雀 严格 严重 武器 钟表 钟声 钱包 许多 许可 韩国 曾经 董事 丁香 杜鹃 夏天 夏季 汪洋 姜汤 范围 石头 石油 熊猫 陆地 毛巾 秦朝 顾客 顾问 龙头 段落 雷雨 汤圆 易懂 乔迁 贺卡 黄金 黄色 黄昏 朱红 胡同 罗盘 梁柱 谢谢 唐朝 王国 李子 张开 刘海 陈列 陈旧 杨柳 吴语 郑重 孙子 赵州 邓小 曹操 彭湃 肖像 袁大 潘多 蒋介 蔡国'.split(' ').filter((w) => !/邓小|袁大|潘多|蒋介|蔡国|曹操|孙子|赵州/.test(w));
const PLACES = ['王府井', '张家界', '张家口', '黄河', '黄山', '高新区', '马鞍山', '周口', '周庄', '李村', '石家庄', '金华', '常州', '安阳', '于都', '洪湖', '林芝', '江阴', '何家村', '田子坊', '叶城', '白云区', '文昌', '成都', '华山', '和田', '万州', '易县', '宋庄', '黎平', '康定', '孔林', '严州', '武夷山', '钟山', '钱塘江', '许昌', '韩城', '曾厝垵', '丁蜀镇', '杜甫草堂', '夏河', '汪清', '姜堰', '范县', '熊耳山', '陆家嘴', '毛乌素', '秦皇岛', '顾村', '龙华', '段家滩', '雷州', '汤山', '贺兰山', '吴江', '郑州', '孙家滩', '赵县', '杨浦', '朱家角', '胡杨林', '罗湖', '梁山', '谢家湾', '唐山', '邓州', '宁波', '潘家园', '蒋村', '蔡甸', '余杭', '袁州', '沈阳', '曹县', '彭州', '肖家河', '冯村', '韦曲'];
const BRANDS = ['周大福', '周生生', '周黑鸭', '李宁', '王老吉', '马应龙', '张小泉', '陈李济', '胡庆余堂', '杨国福', '钱大妈', '王小卤', '张亮麻辣烫', '刘一手', '老凤祥', '谢馥春', '黄天鹅', '海底捞', '蜜雪冰城', '喜茶', '华为', '小米', '格力', '美的', '海尔', '比亚迪', '吉利', '长城', '康师傅', '统一', '娃哈哈', '农夫山泉', '金龙鱼', '安踏', '特步', '鸿星尔克', '森马', '雅戈尔', '孔府家', '郎酒', '汾酒', '洋河', '江小白', '白象', '三只松鼠', '良品铺子', '百草味', '来伊份', '周村烧饼', '曹氏鸭脖'];
const DEPTS = ['财务部', '人力资源部', '行政部', '采购部', '法务部', '信息技术部', '市场部', '销售一部', '销售二部', '客服中心', '研发中心', '质量管理部', '仓储物流部', '审计部', '董事会办公室', '综合办公室', '安全生产部', '运营中心', '品牌部', '风控部', '财务共享中心', '总经理办公室', '党群工作部', '工程技术部', '数据平台组', '基础架构组', '支付中台', '供应链管理部'];
const TITLES = ['总经理', '副总经理', '财务总监', '首席执行官', '首席技术官', '首席财务官', '董事长', '监事会主席', '董事会秘书', '人力资源总监', '技术总监', '运营总监', '区域经理', '部门经理', '项目经理', '产品经理', '高级工程师', '主管会计', '出纳', '仓库主管', '采购专员', '质量工程师', '法务专员', '行政专员', '系统管理员', '安全员', '值班长', '班组长', '销售代表', '客户经理'];
const ROLES_AFTER_LABEL = ['系统管理员', '财务部', '系统自动', '管理员', '采购部', '综合办公室', '客服中心', '值班室', '仓储物流部', '电子税务局', '平台自动生成'];
const CITIES = ['北京', '上海', '广州', '深圳', '杭州', '南京', '武汉', '成都', '重庆', '西安', '天津', '苏州', '长沙', '郑州', '青岛', '沈阳', '合肥', '福州', '厦门', '济南', '昆明', '南宁', '贵阳', '兰州', '太原', '石家庄', '哈尔滨', '长春', '南昌', '海口', '乌鲁木齐', '呼和浩特', '银川', '西宁', '拉萨', '宁波', '无锡', '东莞', '佛山', '温州', '金华', '常州', '徐州', '洛阳', '马鞍山', '张家口', '周口', '黄山'];
const PROVINCES = ['北京市', '天津市', '河北省', '山西省', '内蒙古自治区', '辽宁省', '吉林省', '黑龙江省', '上海市', '江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '广西壮族自治区', '海南省', '重庆市', '四川省', '贵州省', '云南省', '西藏自治区', '陕西省', '甘肃省', '青海省', '宁夏回族自治区', '新疆维吾尔自治区'];
const REGIONS = ['华东区', '华南区', '华北区', '华中区', '西南区', '西北区', '东北区', '港澳区'];
const CO_PREFIX = ['华信', '中科', '恒达', '瑞丰', '金桥', '远航', '鼎盛', '宏图', '永泰', '博远', '新元', '天成', '云启', '海纳', '北辰', '东方', '盛世', '联创', '嘉禾', '同创', '智联', '启明', '长风', '锦程', '万象', '青松', '明远', '安和', '泰康', '高德'];
const CO_BIZ = ['科技', '信息技术', '电子', '物流', '供应链管理', '贸易', '实业', '精密机械', '新材料', '医药', '食品', '建设工程', '环保科技', '网络科技', '数据服务', '包装材料', '汽车零部件', '电气', '化工', '纺织'];
const CO_FORM = ['有限公司', '股份有限公司', '有限责任公司'];
const BANKS = [['中国工商银行', 'ICBKCNBJ', '102', '95588'], ['中国农业银行', 'ABOCCNBJ', '103', '95599'], ['中国银行', 'BKCHCNBJ', '104', '95566'], ['中国建设银行', 'PCBCCNBJ', '105', '95533'], ['交通银行', 'COMMCNSH', '301', '95559'], ['招商银行', 'CMBCCNBS', '308', '95555'], ['中信银行', 'CIBKCNBJ', '302', '95558'], ['浦发银行', 'SPDBCNSH', '310', '95528'], ['兴业银行', 'FJIBCNBA', '309', '95561'], ['民生银行', 'MSBCCNBJ', '305', '95568'], ['光大银行', 'EVERCNBJ', '303', '95595'], ['平安银行', 'SZDBCNBS', '307', '95511'], ['华夏银行', 'HXBKCNBJ', '304', '95577'], ['广发银行', 'GDBKCN22', '306', '95508'], ['邮储银行', 'PSBCCNBJ', '403', '95580']];
const SERVICE_NUMS = [['中国移动', '10086'], ['中国联通', '10010'], ['中国电信', '10000'], ['中国广电', '10099'], ['消费者投诉举报', '12315'], ['政务服务便民热线', '12345'], ['铁路客服', '12306'], ['纳税服务', '12366'], ['人社服务', '12333'], ['交通运输服务监督', '12328'], ['文化市场举报', '12318'], ['气象服务', '12121'], ['税务', '12366'], ['医保服务', '12393'], ['价格举报', '12358'], ['顺丰速运', '95338'], ['中通快递', '95311'], ['韵达快递', '95546'], ['圆通速递', '95554'], ['申通快递', '95543'], ['中国邮政', '11183'], ['京东物流', '950616'], ['中国国航', '95583'], ['东方航空', '95530'], ['南方航空', '95539'], ['海南航空', '95339'], ['中国平安', '95511'], ['中国人寿', '95519'], ['国家电网', '95598'], ['南方电网', '95598'], ['铁塔公司', '10096']];
const UAS = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.142 Safari/537.36', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.49(0x18003137) NetType/WIFI Language/zh_CN', 'Mozilla/5.0 (Linux; Android 14; 23127PN0CC Build/UKQ1.230804.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/118.0.0.0 Mobile Safari/537.36 XWEB/1160117 MMWEBSDK/20240404 MMWEBID/6613 MicroMessenger/8.0.49.2600(0x28003133) WeChat/arm64 Weixin NetType/5G Language/zh_CN ABI/arm64', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', 'Mozilla/5.0 (Linux; Android 12; ALN-AL00 Build/HUAWEIALN-AL00; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/99.0.4844.88 Mobile Safari/537.36', 'okhttp/4.12.0', 'Apache-HttpClient/4.5.14 (Java/17.0.11)', 'Go-http-client/1.1', 'curl/8.5.0', 'python-requests/2.31.0', 'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)', 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)', 'Mozilla/5.0 (Linux; U; Android 13; zh-cn; PHB110 Build/TP1A.220905.001) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/115.0.5790.168 Mobile Safari/537.36 HeyTapBrowser/40.8.20.1', 'AlipayClient/10.5.96.7000 (iPhone; iOS 17.4.1; zh-Hans)', 'Prometheus/2.51.2', 'kube-probe/1.29'];
const PHONE_MODELS = [['Apple', 'iPhone15,2', 'iPhone 14 Pro', 'A2892'], ['Apple', 'iPhone16,1', 'iPhone 15 Pro', 'A3104'], ['Apple', 'iPhone14,5', 'iPhone 13', 'A2634'], ['Samsung', 'SM-S9180', 'Galaxy S23 Ultra', 'SM-S9180'], ['Samsung', 'SM-F9460', 'Galaxy Z Fold5', 'SM-F9460'], ['HUAWEI', 'ALN-AL00', 'HUAWEI Mate 60 Pro', 'ALN-AL00'], ['HUAWEI', 'LNA-AL00', 'HUAWEI P60', 'LNA-AL00'], ['Xiaomi', '23127PN0CC', 'Xiaomi 14', '23127PN0CC'], ['OPPO', 'PHB110', 'OPPO Find X6 Pro', 'PHB110'], ['vivo', 'V2309A', 'vivo X100', 'V2309A'], ['HONOR', 'PGT-AN10', 'HONOR Magic6 Pro', 'PGT-AN10'], ['OnePlus', 'PJD110', 'OnePlus 12', 'PJD110']];
const NUMS_CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十', '二十一', '二十二', '二十三', '二十四', '二十五', '二十六', '二十七', '二十八', '二十九', '三十'];
// area codes (national significant, with trunk 0) + 8/7-digit flag — for company switchboards (dontCare)
const AREAS = [['010', 8, '北京'], ['021', 8, '上海'], ['020', 8, '广州'], ['0755', 8, '深圳'], ['0571', 8, '杭州'], ['025', 8, '南京'], ['027', 8, '武汉'], ['028', 8, '成都'], ['023', 8, '重庆'], ['029', 8, '西安'], ['022', 8, '天津'], ['0512', 8, '苏州'], ['0731', 8, '长沙'], ['0371', 8, '郑州'], ['0532', 8, '青岛'], ['024', 8, '沈阳'], ['0551', 8, '合肥'], ['0591', 8, '福州'], ['0592', 7, '厦门'], ['0531', 8, '济南']];

// ---------------------------------------------------------------- value generators (pure functions of r)
const G = {
  epochMs: (r) => String(r.int(1704067200000, 1795000000000)),
  epochUs: (r) => String(r.int(1704067200, 1795000000)) + r.zdigits(6),
  epochNs: (r) => String(r.int(1704067200, 1795000000)) + r.zdigits(9),
  epochS: (r) => String(r.int(1704067200, 1795000000)),
  snowflake: (r) => { const ts = BigInt(r.int(1704067200000, 1795000000000)) - 1288834974657n; return String((ts << 22n) | (BigInt(r.int(0, 1023)) << 12n) | BigInt(r.int(0, 4095))); },
  dateCompact: (r) => `${r.int(2024, 2026)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}`,
  orderNo: (r, len = 18) => G.dateCompact(r) + r.zdigits(len - 8),
  orderNoT: (r, len = 20) => G.dateCompact(r) + pad(r.int(0, 23)) + pad(r.int(0, 59)) + pad(r.int(0, 59)) + r.zdigits(len - 14),
  taobao: (r) => r.pick(['1', '2', '3', '4']) + r.zdigits(18),
  jd: (r) => r.pick(['2', '3']) + r.zdigits(r.pick([11, 12])),
  pdd: (r) => `${r.int(24, 26)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}-${r.zdigits(15)}`,
  alipayTrade: (r) => G.dateCompact(r) + '2200' + r.pick(['14', '15', '17']) + r.zdigits(14),
  wxTrade: (r) => '42000' + r.zdigits(5) + G.dateCompact(r) + r.zdigits(10),
  traceId: (r) => r.hex(32), spanId: (r) => r.hex(16),
  ip: (r) => r.pick([() => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, () => `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`, () => `192.168.${r.int(0, 20)}.${r.int(1, 254)}`, () => `${r.pick([112, 113, 114, 116, 117, 119, 120, 121, 123, 125, 139, 171, 180, 183, 218, 220, 221, 222, 223])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, () => `240e:${r.hex(3)}:${r.hex(4)}:${r.hex(4)}::${r.hex(2)}`])(),
  isoTs: (r, ms = true) => `${r.int(2024, 2026)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}${ms ? '.' + r.zdigits(3) : ''}+08:00`,
  ver: (r) => `${r.int(0, 12)}.${r.int(0, 40)}.${r.int(0, 30)}`,
  ean13: (r, prefix) => { const b = (prefix || r.pick(['690', '691', '692', '693', '694', '695', '696', '697', '699'])) + r.zdigits(12 - (prefix || '690').length); let s = 0; for (let i = 0; i < 12; i++) s += (+b[i]) * (i % 2 ? 3 : 1); return b + ((10 - (s % 10)) % 10); },
  isbn13: (r) => { const b = '9787' + r.pick(['5', '1', '3', '2']) + r.zdigits(7); let s = 0; for (let i = 0; i < 12; i++) s += (+b[i]) * (i % 2 ? 3 : 1); return b + ((10 - (s % 10)) % 10); },
  upc: (r) => { const b = '0' + r.zdigits(10); let s = 0; for (let i = 0; i < 11; i++) s += (+b[i]) * (i % 2 ? 1 : 3); return b + ((10 - (s % 10)) % 10); },
  luhnComplete: (body) => { for (let c = 0; c < 10; c++) if (luhn(body + c)) return body + c; },
  imei: (r) => G.luhnComplete(r.pick(['35', '86', '35', '86', '01', '99']) + r.zdigits(12)),
  iccid: (r, len = 20) => { const b = '8986' + r.pick(['00', '01', '03', '11', '15']) + r.zdigits(len - 7); return len === 19 ? G.luhnComplete(b) : G.luhnComplete(b.slice(0, 19)); },
  meidHex: (r) => 'A' + r.pick(['0', '1']) + r.HEX(12),
  mac: (r) => Array.from({ length: 6 }, () => r.HEX(2)).join(':'),
  vin: (r) => { const al = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'; const val = (c) => /\d/.test(c) ? +c : 'ABCDEFGH'.includes(c) ? 'ABCDEFGH'.indexOf(c) + 1 : 'JKLMN'.includes(c) ? 'JKLMN'.indexOf(c) + 1 : c === 'P' ? 7 : c === 'R' ? 9 : 'STUVWXYZ'.indexOf(c) + 2; const W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]; let v = r.pick(['LSV', 'LFV', 'LGB', 'LHG', 'LVS', 'LBV', 'LGW', 'LC0', 'LRW', 'LNB']) + r.alnum(5, al) + '0' + r.pick(['N', 'P', 'R', 'S', 'M']) + r.alnum(1, al) + r.zdigits(6); let s = 0; for (let i = 0; i < 17; i++) s += val(v[i]) * W[i]; const c = s % 11; return v.slice(0, 8) + (c === 10 ? 'X' : c) + v.slice(9); },
  plate: (r) => { const p = r.pick(['京A', '京N', '沪A', '沪B', '粤B', '粤A', '浙A', '苏E', '川A', '鄂A', '鲁B', '闽D', '湘A', '渝A', '陕A']); const al = 'ABCDEFGHJKLMNPQRSTUVWXYZ'; return r.chance(0.35) ? `${p}${r.pick(['D', 'F'])}${r.alnum(1, al + '0123456789')}${r.zdigits(4)}` : `${p}${r.chance(0.5) ? '·' : ''}${r.chance(0.4) ? r.alnum(1, al) + r.zdigits(4) : r.zdigits(5)}`; },
  invoiceCode12: (r) => '0' + r.pick(['3100', '4403', '1100', '3301', '4401', '3201', '5101', '4201', '3702', '3502']) + pad(r.int(23, 25)) + r.pick(['1', '2']) + r.pick(['1', '2', '3']) + r.zdigits(3),
  invoiceCode10: (r) => r.pick(['3100', '4403', '1100', '3301', '4401', '3201', '5101']) + pad(r.int(23, 25)) + r.pick(['1', '2', '3']) + r.pick(['1', '3']) + r.zdigits(2).slice(0, 2),
  uscc: (r) => { const reg = r.pick(['110105', '110108', '310115', '310104', '440300', '440106', '330106', '320506', '510107', '420106', '370212', '350203', '120116', '500112']); for (;;) { const org = r.chance(0.7) ? 'MA' + r.alnum(6, '0123456789ABCDEFGHJKLMNPQRTUWXY') : r.digits(8); const b16 = r.pick(['91', '91', '91', '12', '11']) + reg + org; const b17 = b16 + gb11714(org); if (!/[IOSVZ]/.test(b17)) return b17 + usccCheck(b17); } },
  sha: (r, n) => r.hex(n),
  b64: (r, n) => r.b64(n),
};
const coName = (r) => `${r.pick(CITIES)}${r.pick(CO_PREFIX)}${r.pick(CO_BIZ)}${r.pick(CO_FORM)}`;
const hhmm = (r) => `${pad(r.int(0, 23))}:${pad(r.int(0, 59))}`;
const ymd = (r, sep = '-') => `${r.int(2024, 2026)}${sep}${pad(r.int(1, 12))}${sep}${pad(r.int(1, 28))}`;

// ================================================================ technical documents
const K = {};
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function clock(r) { // returns a mutable clock object advancing in ms
  const base = Date.UTC(r.int(2024, 2026), r.int(0, 10), r.int(1, 28), r.int(0, 15), r.int(0, 59), r.int(0, 59)) + 8 * 3600e3 * 0;
  return { t: base, tick(ms) { this.t += ms; return this; } };
}
const dt = (t) => new Date(t);
const fISO = (t, frac = 3) => { const d = dt(t + 8 * 3600e3); return d.toISOString().replace('Z', '').slice(0, frac ? 20 + frac - 1 + 0 : 19) + '+08:00'; };
const fLog = (t, sep = '.') => { const d = dt(t + 8 * 3600e3).toISOString(); return d.slice(0, 10) + ' ' + d.slice(11, 19) + sep + d.slice(20, 23); };
const fNginx = (t) => { const d = dt(t + 8 * 3600e3); return `${pad(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0800`; };

K.nginx_access_log = (doc) => {
  const { r } = doc; const c = clock(r); const host = r.pick(['shop', 'api', 'm', 'open', 'pay', 'static', 'admin']) + '.' + r.pick(['example-mall.cn', 'demo-retail.com', 'test-shop.com.cn', 'corp-internal.net']);
  const lines = []; const n = r.int(60, 160); const fmt = r.int(0, 2);
  const paths = [
    () => `/api/v2/orders/${doc.n('order_no', (r) => G.orderNo(r, r.pick([18, 19, 20])), { hard: ['bank_card', 'cn_uscc', 'cn_resident_id'], as: undefined })}`,
    () => `/api/v1/sku/${doc.n('sku_id', (r) => r.digits(r.pick([11, 12, 13]), r.pick([1, 2, 5, 7, 8])), { hard: ['cn_mobile', 'cn_landline'], p: 0.35 })}/detail`,
    () => `/static/img/${r.pick(['logo', 'icon', 'banner', 'arrow', 'close', 'share'])}${doc.d('asset_filename_at_sign', '@' + r.pick(['2x', '3x']) + '.png').slice(0, 0)}@${r.pick(['2x', '3x'])}.png`,
    () => `/api/cart/list?_=${doc.d('epoch_ms_cache_buster', G.epochMs(r))}`,
    () => `/api/pay/notify?out_trade_no=${doc.n('payment_trade_no', G.alipayTrade)}&trade_status=TRADE_SUCCESS`,
    () => `/api/user/profile?uid=${doc.d('internal_numeric_id', String(r.int(100000, 99999999)))}`,
    () => `/search?q=${r.pick(['%E5%91%A8%E6%9C%AB%E7%89%B9%E4%BB%B7', 'iphone15', 'huawei+p60', '%E9%87%91%E9%A5%B0', 'SM-S9180', 'lining+%E8%B7%91%E9%9E%8B'])}&page=${r.int(1, 9)}`,
    () => `/healthz`, () => `/metrics`, () => `/favicon.ico`,
    () => `/api/v3/coupon/${doc.n('uuid', (r) => r.uuid(), HX)}/claim`,
    () => `/api/logistics/track?no=${doc.n('tracking_no', (r) => 'SF' + r.digits(13, 1))}`,
    () => `/wx/callback?signature=${doc.n('hex_signature', (r) => r.hex(40), HX)}&timestamp=${doc.d('epoch_s', G.epochS(r))}&nonce=${doc.d('nonce', String(r.int(100000000, 2147483647)))}`,
  ];
  for (let i = 0; i < n; i++) {
    c.tick(r.int(1, 2500)); const ip = doc.d('ip_address', G.ip(r)); const m = r.chance(0.75) ? 'GET' : r.pick(['POST', 'PUT', 'DELETE', 'OPTIONS']);
    let p = r.pick(paths)(); if (p.includes('@')) p = p.replace(/(@[23]x\.png)/, (x) => x);
    const st = r.pick([200, 200, 200, 200, 200, 304, 301, 404, 499, 502, 204, 401]); const sz = r.int(0, 48000); const rt = r.float(0, 1.8, 3);
    const ua = r.pick(UAS); const ref = r.chance(0.5) ? '-' : `https://${host}/${r.pick(['', 'cart', 'item/' + r.int(1000, 99999), 'order/confirm'])}`;
    if (fmt === 0) lines.push(`${ip} - - [${fNginx(c.t)}] "${m} ${p} HTTP/1.1" ${st} ${sz} "${ref}" "${ua}" rt=${rt} uct=${r.float(0, 0.01, 3)} urt=${rt} req_id=${doc.n('request_id', (r) => r.hex(32), HX)}`);
    else if (fmt === 1) lines.push(JSON.stringify({ time_local: fNginx(c.t), msec: doc.d('epoch_s_frac', (c.t / 1000).toFixed(3)), remote_addr: ip, request: `${m} ${p} HTTP/2.0`, status: st, body_bytes_sent: sz, request_time: +rt, upstream_addr: `10.${r.int(0, 9)}.${r.int(0, 255)}.${r.int(1, 254)}:${r.pick([8080, 8081, 9000, 3000])}`, http_user_agent: ua, http_x_request_id: doc.n('uuid', (r) => r.uuid(), HX) }));
    else lines.push(`${fISO(c.t)} ${host} ${ip}:${r.int(1024, 65535)} ${m} ${p} ${st} ${sz}B ${Math.round(rt * 1000)}ms "${ua}" upstream=${r.pick(['order-svc', 'cart-svc', 'user-svc', 'pay-gw'])}-${r.hex(10)}-${r.alnum(5, 'abcdefghijklmnopqrstuvwxyz0123456789')}`);
  }
  // register the asset file names (email-shaped) as they were actually written
  for (const m of lines.join('\n').matchAll(/[a-z]+@[23]x\.png/g)) doc.d('asset_filename_at_sign', m[0]);
  return lines.join('\n');
};

K.spring_app_log = (doc) => {
  const { r } = doc; const c = clock(r); const svc = r.pick(['order-service', 'payment-service', 'inventory-service', 'coupon-service', 'settlement-job', 'member-center']);
  const pid = doc.d('process_id', String(r.int(1000, 65000))); const lines = [];
  const cls = ['c.e.o.service.OrderServiceImpl', 'c.e.p.gateway.AlipayNotifyHandler', 'c.e.i.stock.StockLockManager', 'o.s.k.l.KafkaMessageListenerContainer', 'c.z.h.HikariPool', 'c.e.c.mq.CouponConsumer', 'c.e.s.job.DailySettleJob', 'o.a.d.r.p.dubbo.DubboProtocol', 'c.a.n.c.c.impl.ClientWorker', 'c.e.m.risk.RiskEngine'];
  const n = r.int(50, 130);
  for (let i = 0; i < n; i++) {
    c.tick(r.int(0, 900)); const lvl = r.pick(['INFO', 'INFO', 'INFO', 'DEBUG', 'WARN', 'ERROR']); const th = r.pick([`http-nio-8080-exec-${r.int(1, 200)}`, `kafka-consumer-${r.int(0, 11)}`, `scheduling-${r.int(1, 4)}`, `DubboServerHandler-10.0.${r.int(0, 9)}.${r.int(1, 250)}:20880-thread-${r.int(1, 200)}`, `pool-${r.int(1, 9)}-thread-${r.int(1, 32)}`, 'main']);
    const tid = doc.n('trace_id', (r) => r.hex(32), HX); const sid = doc.n('span_id', (r) => r.hex(16), HX);
    const oid = () => doc.n('snowflake_id', G.snowflake, { hard: ['bank_card'], as: 'luhn_passing_snowflake_id' });
    const msgs = [
      () => `create order success, orderId=${oid()}, skuCount=${r.int(1, 9)}, payAmount=${r.float(1, 9999, 2)}, cost=${r.int(3, 900)}ms`,
      () => `pay notify received, outTradeNo=${doc.n('payment_trade_no', G.alipayTrade)}, tradeNo=${doc.n('payment_trade_no', G.alipayTrade)}, totalAmount=${r.float(1, 5000, 2)}`,
      () => `lock stock ok warehouse=WH${r.int(10, 99)} sku=${doc.n('sku_id', (r) => r.digits(12, r.int(1, 9)))} qty=${r.int(1, 20)} version=${r.int(1, 900)}`,
      () => `user login ok uid=${doc.d('internal_numeric_id', String(r.int(10000000, 99999999)))} mobile=${doc.d('masked_mobile', '1' + r.pick(['38', '39', '86', '58', '77', '51']) + '****' + r.zdigits(4))} channel=${r.pick(['APP', 'H5', 'MINI_PROGRAM'])}`,
      () => `send sms template=SMS_${doc.d('sms_template_id', String(r.int(100000000, 299999999)))} to=${doc.d('masked_mobile', '1' + r.pick(['35', '36', '88', '89', '99', '76']) + '****' + r.zdigits(4))} bizId=${doc.d('sms_biz_id', r.digits(14, r.int(1, 9)) + '^' + r.digits(10, 0))}`,
      () => `Committing offsets: {order-events-${r.int(0, 11)}=OffsetAndMetadata{offset=${doc.d('kafka_offset', String(r.int(1000000, 999999999)))}, leaderEpoch=${r.int(0, 40)}, metadata=''}}`,
      () => `HikariPool-1 - Pool stats (total=${r.int(10, 50)}, active=${r.int(0, 10)}, idle=${r.int(0, 40)}, waiting=0)`,
      () => `verify idCard for kyc, idCard=${doc.d('masked_id', r.pick(['110', '310', '440', '330', '510']) + r.zdigits(3) + '********' + r.zdigits(3) + r.pick(['X', String(r.int(0, 9))]))}, result=${r.pick(['PASS', 'REJECT'])}`,
      () => `settle batch ${doc.n('batch_no', (r) => 'ST' + G.orderNo(r, 16))} done, records=${r.int(100, 90000)}, totalFee=${r.float(100, 9999999, 2)}, elapsed=${r.int(1000, 90000)}ms`,
      () => `risk score uid=${doc.d('internal_numeric_id', String(r.int(10000000, 99999999)))} deviceId=${doc.n('device_id', (r) => r.HEX(32), HX)} score=${r.float(0, 1, 4)} hit=[${r.pick(['R001', 'R017', 'R203'])}]`,
      () => `[Nacos Config] Listening config: dataId=${svc}.yaml, group=DEFAULT_GROUP, md5=${doc.n('md5', (r) => r.hex(32), HX)}`,
      () => `refund request refundNo=${doc.n('refund_no', (r) => 'RF' + G.orderNoT(r, 22))} orderId=${oid()} amount=${r.float(1, 999, 2)}`,
      () => `cache miss key=order:detail:${oid()} ttl=${r.int(60, 3600)}s`,
      () => `coupon issued batchId=${doc.n('coupon_batch_id', (r) => '1' + r.pick(['3', '5', '7', '8', '9']) + r.zdigits(9), { hard: ['cn_mobile'], as: 'mobile_shaped_coupon_batch_id', p: 0.5 })} templateId=${r.int(1000, 99999)} count=${r.int(1, 5000)} balanceFen=${doc.n('amount_in_fen', (r) => String(r.int(100, 99999999999)), { hard: ['cn_mobile'], as: 'mobile_shaped_amount', p: 0.6 })}`,
      () => `schedule tick at ${doc.d('epoch_ms', G.epochMs(r))}, nextFireTime=${doc.d('epoch_ms', G.epochMs(r))}`,
    ];
    lines.push(`${fLog(c.t)} ${lvl.padStart(5)} ${pid} --- [${th.slice(-15).padStart(15)}] ${r.pick(cls).padEnd(40)} : [${svc},${tid},${sid}] ${r.pick(msgs)()}`);
    if (lvl === 'ERROR' && r.chance(0.5)) { lines.push(`java.util.concurrent.TimeoutException: Waited ${r.int(1000, 30000)} milliseconds (plus ${r.int(10, 999)} nanoseconds delay) for com.example.rpc.Future@${doc.n('java_identity_hash', (r) => r.hex(8), HX)}[Not completed]`); lines.push('\tat com.google.common.util.concurrent.AbstractFuture.get(AbstractFuture.java:529)'); lines.push(`\t... ${r.int(10, 80)} common frames omitted`); }
  }
  return lines.join('\n');
};

K.jvm_stack_trace = (doc) => {
  const { r } = doc; const c = clock(r); const out = [];
  const pkgs = ['com.example.order', 'com.example.pay', 'com.example.member', 'cn.corp.settle', 'cn.corp.risk', 'com.demo.mall.goods'];
  const frames = (k) => { const a = []; for (let i = 0; i < k; i++) { const pk = r.pick(pkgs); const cl = r.pick(['OrderController', 'PayServiceImpl', 'MemberFacade', 'SettleJob', 'RiskRuleEngine', 'SkuRepository', 'JdbcTemplate', 'TransactionInterceptor', 'CglibAopProxy$DynamicAdvisedInterceptor', 'DispatcherServlet', 'FilterChainProxy']); a.push(`\tat ${pk}.${cl}.${r.pick(['handle', 'doService', 'invoke', 'process', 'query', 'execute', 'lambda$submit$0', 'intercept', 'proceed'])}(${cl.split('$')[0]}.java:${r.int(20, 1800)})`); } return a; };
  const nT = r.int(2, 5);
  for (let k = 0; k < nT; k++) {
    c.tick(r.int(1000, 600000));
    out.push(`${fLog(c.t, ',')} ERROR [${r.pick(['http-nio-8080-exec-' + r.int(1, 200), 'XNIO-1 task-' + r.int(1, 64), 'ForkJoinPool.commonPool-worker-' + r.int(1, 15)])}] ${r.pick(['o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'c.e.common.web.GlobalExceptionHandler'])} - Servlet.service() threw exception [Request processing failed] with root cause`);
    const ex = r.int(0, 4);
    if (ex === 0) out.push(`org.springframework.dao.DuplicateKeyException: PreparedStatementCallback; SQL [insert into t_order (id, order_no, status) values (?, ?, ?)]; Duplicate entry '${doc.n('order_no', (r) => G.orderNo(r, 19), { hard: ['bank_card'] })}' for key 't_order.uk_order_no'`);
    else if (ex === 1) out.push(`java.lang.NumberFormatException: For input string: "${doc.n('snowflake_id', (r) => G.snowflake(r) + r.int(0, 9), {})}" under radix 10`);
    else if (ex === 2) out.push(`java.lang.IllegalStateException: Order ${doc.n('snowflake_id', G.snowflake, { hard: ['bank_card'], as: 'luhn_passing_snowflake_id' })} status PAID cannot transit to CREATED (version=${r.int(1, 20)})`);
    else if (ex === 3) out.push(`java.lang.NullPointerException: Cannot invoke "java.math.BigDecimal.add(java.math.BigDecimal)" because the return value of "com.example.pay.dto.PayResult.getAmount()" is null`);
    else out.push(`com.alibaba.fastjson2.JSONException: offset ${r.int(10, 9999)}, character ${r.pick(['}', ']', '"'])}, line 1, column ${r.int(10, 9999)}, fastjson-version 2.0.${r.int(30, 52)} {"bizNo":"${doc.n('biz_no', (r) => G.orderNoT(r, 24))}","amt":${r.float(1, 999, 2)},"ts":${doc.d('epoch_ms', G.epochMs(r))}`);
    out.push(...frames(r.int(6, 22)));
    if (r.chance(0.7)) { out.push(`Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after ${r.int(3000, 30000)}ms (total=${r.int(10, 60)}, active=${r.int(10, 60)}, idle=0, waiting=${r.int(1, 300)})`); out.push(...frames(r.int(3, 8))); out.push(`\t... ${r.int(20, 120)} more`); }
    out.push('');
  }
  if (r.chance(0.5)) { out.push(`"${r.pick(['http-nio-8080-exec-12', 'Druid-ConnectionPool-Create-' + r.int(100000, 999999), 'main'])}" #${r.int(20, 400)} daemon prio=5 os_prio=0 cpu=${r.float(0, 99999, 2)}ms elapsed=${r.float(0, 99999, 2)}s tid=0x00007f${doc.n('hex_address', (r) => r.hex(10), HX)} nid=0x${r.hex(4)} waiting on condition  [0x00007f${doc.n('hex_address', (r) => r.hex(10), HX)}]`); out.push('   java.lang.Thread.State: TIMED_WAITING (parking)'); out.push('\tat jdk.internal.misc.Unsafe.park(java.base@17.0.11/Native Method)'); out.push(`\t- parking to wait for  <0x00000006${doc.n('hex_address', (r) => r.hex(8), HX)}> (a java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject)`); }
  return out.join('\n');
};

K.go_panic_trace = (doc) => {
  const { r } = doc; const out = [];
  const ts = () => doc.n('epoch_ns', G.epochNs, { hard: ['bank_card'], as: 'luhn_passing_epoch_ns' });
  const n = r.int(15, 45);
  for (let i = 0; i < n; i++) out.push(`{"level":"${r.pick(['info', 'info', 'debug', 'warn', 'error'])}","ts":${doc.d('epoch_s_frac', G.epochS(r) + '.' + r.zdigits(7))},"caller":"${r.pick(['handler/order.go', 'repo/mysql.go', 'mq/consumer.go', 'grpc/server.go'])}:${r.int(20, 600)}","msg":"${r.pick(['request done', 'consume message', 'slow query', 'retrying'])}","trace_id":"${doc.n('trace_id', (r) => r.hex(32), HX)}","biz_id":${doc.n('snowflake_id', G.snowflake, { hard: ['bank_card'], as: 'luhn_passing_snowflake_id' })},"latency":"${r.float(0.1, 900, 3)}ms","recv_ns":${ts()}}`);
  out.push(`panic: runtime error: ${r.pick(['invalid memory address or nil pointer dereference', 'index out of range [' + r.int(1, 64) + '] with length ' + r.int(0, 1), 'slice bounds out of range [:' + r.int(10, 99) + '] with capacity ' + r.int(1, 9)])}`);
  out.push(`[signal SIGSEGV: segmentation violation code=0x1 addr=0x${r.hex(2)} pc=0x${doc.n('hex_address', (r) => r.hex(7), HX)}]`); out.push('');
  const gs = r.int(2, 6);
  for (let g = 0; g < gs; g++) {
    out.push(`goroutine ${doc.d('goroutine_id', String(r.int(1, 99999)))} [${r.pick(['running', 'select', 'IO wait', 'chan receive', 'semacquire'])}${r.chance(0.3) ? ', ' + r.int(1, 90) + ' minutes' : ''}]:`);
    for (let f = 0; f < r.int(3, 9); f++) { const fn = r.pick(['main.(*Server).handleOrder', 'github.com/example/mall/internal/repo.(*OrderRepo).Get', 'net/http.(*conn).serve', 'google.golang.org/grpc.(*Server).processUnaryRPC', 'github.com/segmentio/kafka-go.(*Reader).run', 'runtime.gopark', 'database/sql.(*DB).conn']); out.push(`${fn}(0xc000${doc.n('hex_address', (r) => r.hex(6), HX)}, {0x${r.hex(7)}, 0xc00${r.hex(7)}}, 0x${r.hex(2)})`); out.push(`\t/${r.pick(['app', 'usr/local/go/src', 'go/pkg/mod'])}/${r.pick(['server.go', 'repo/order.go', 'net/http/server.go', 'server.go', 'reader.go'])}:${r.int(20, 3000)} +0x${r.hex(3)}`); }
    out.push('');
  }
  out.push(`exit status 2`);
  return out.join('\n');
};

K.k8s_yaml = (doc) => {
  const { r } = doc; const app = r.pick(['order-api', 'pay-gateway', 'member-center', 'sms-sender', 'risk-engine', 'report-worker']); const ns = r.pick(['prod', 'staging', 'mall-prod', 'finance']);
  const img = `registry.${r.pick(['cn-hangzhou', 'cn-shanghai', 'cn-beijing'])}.aliyuncs.com/corp/${app}`;
  const digest = doc.n('sha256_digest', (r) => 'sha256:' + r.hex(64), HX); const ver = doc.d('version_string', `v${G.ver(r)}-${r.hex(7)}`);
  const cm = [];
  const envs = [
    () => `SMS_TEMPLATE_VERIFY: "SMS_${doc.d('sms_template_id', String(r.int(100000000, 299999999)))}"`,
    () => `WECHAT_APPID: "${doc.d('wechat_appid', 'wx' + r.hex(16))}"`,
    () => `ALIPAY_APP_ID: "${doc.n('alipay_app_id', (r) => '2021' + r.zdigits(12), { hard: ['bank_card'], as: 'luhn_passing_app_id' })}"`,
    () => `ALIPAY_PID: "${doc.n('alipay_partner_id', (r) => '2088' + r.zdigits(12), { hard: ['bank_card'], as: 'luhn_passing_partner_id' })}"`,
    () => `MCH_ID: "${doc.d('wechat_mch_id', String(r.int(1600000000, 1699999999)))}"`,
    () => `KAFKA_BROKERS: "10.${r.int(0, 9)}.${r.int(0, 255)}.${r.int(1, 250)}:9092,10.${r.int(0, 9)}.${r.int(0, 255)}.${r.int(1, 250)}:9092"`,
    () => `SNOWFLAKE_EPOCH: "${doc.d('epoch_ms', String(r.pick([1288834974657, 1577808000000, 1609430400000, 1672502400000])))}"`,
    () => `JAVA_OPTS: "-Xms${r.pick([512, 1024, 2048])}m -Xmx${r.pick([1024, 2048, 4096])}m -XX:MaxMetaspaceSize=256m -Duser.timezone=Asia/Shanghai"`,
    () => `ID_CARD_MASK_REGEX: "(\\\\d{6})\\\\d{8}(\\\\w{4})"`,
    () => `MOBILE_MASK_PATTERN: "$1****$2"`,
    () => `DEFAULT_HOTLINE: "${doc.d('service_number', r.pick(['400-820-' + r.zdigits(4), '95' + r.zdigits(3), '400-600-' + r.zdigits(4)]))}"`,
    () => `ALERT_MAIL_FROM: "${doc.dc('email', `noreply@${r.pick(['example-mall.cn', 'corp-internal.net'])}`)}"`,
    () => `ONCALL_WEBHOOK: "https://oapi.dingtalk.com/robot/send?access_token=${doc.n('hex_token', (r) => r.hex(64), HX)}"`,
    () => `OSS_BUCKET: "corp-${app}-${r.int(100, 999)}"`,
  ];
  for (const e of r.picks(envs, r.int(6, 12))) cm.push('  ' + e());
  const y = `# Source: ${app}/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
  namespace: ${ns}
  labels:
    app.kubernetes.io/name: ${app}
    app.kubernetes.io/version: "${ver}"
    helm.sh/chart: ${app}-${G.ver(r)}
  annotations:
    deployment.kubernetes.io/revision: "${r.int(1, 300)}"
    kubectl.kubernetes.io/last-applied-configuration-hash: "${doc.n('sha1', (r) => r.hex(40), HX)}"
spec:
  replicas: ${r.int(2, 12)}
  revisionHistoryLimit: 10
  selector:
    matchLabels:
      app: ${app}
  strategy:
    rollingUpdate: {maxSurge: 25%, maxUnavailable: 0}
  template:
    metadata:
      labels:
        app: ${app}
        pod-template-hash: ${doc.d('pod_template_hash', r.alnum(10, 'bcdfghjklmnpqrstvwxz2456789'))}
    spec:
      securityContext: {runAsUser: ${r.pick([1000, 10001, 65534])}, fsGroup: ${r.pick([1000, 2000])}}
      containers:
      - name: ${app}
        image: ${img}@${digest}
        ports:
        - containerPort: ${r.pick([8080, 8081, 9090, 3000])}
        - containerPort: ${r.pick([20880, 9464, 8849])}
        resources:
          requests: {cpu: ${r.pick(['250m', '500m', '1'])}, memory: ${r.pick(['512Mi', '1Gi', '2Gi'])}}
          limits: {cpu: ${r.pick(['1', '2', '4'])}, memory: ${r.pick(['1Gi', '2Gi', '4Gi'])}}
        readinessProbe:
          httpGet: {path: /actuator/health/readiness, port: 8080}
          initialDelaySeconds: ${r.int(5, 60)}
          periodSeconds: 10
        envFrom:
        - configMapRef: {name: ${app}-config}
        - secretRef: {name: ${app}-secret}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: ${app}-config
  namespace: ${ns}
data:
${cm.join('\n')}
---
apiVersion: v1
kind: Secret
metadata:
  name: ${app}-secret
type: Opaque
data:
  DB_PASSWORD: ${doc.d('base64_blob', r.b64(24) + '==')}
  REDIS_PASSWORD: ${doc.d('base64_blob', r.b64(32))}
  JWT_SIGNING_KEY: ${doc.d('base64_blob', r.b64(88))}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: ${app}, namespace: ${ns}}
spec:
  minReplicas: ${r.int(2, 4)}
  maxReplicas: ${r.int(8, 40)}
  metrics:
  - type: Resource
    resource: {name: cpu, target: {type: Utilization, averageUtilization: ${r.int(50, 80)}}}
`;
  const status = [];
  if (r.chance(0.6)) { status.push(`\n$ kubectl -n ${ns} get pods -o wide`); status.push('NAME                                READY   STATUS    RESTARTS      AGE   IP             NODE'); for (let i = 0; i < r.int(3, 10); i++) status.push(`${app}-${doc.d('pod_template_hash', r.alnum(10, 'bcdfghjklmnpqrstvwxz2456789'))}-${r.alnum(5, 'bcdfghjklmnpqrstvwxz2456789')}   1/1     Running   ${r.int(0, 3)}             ${r.int(1, 40)}d   10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}   cn-${r.pick(['hangzhou', 'shanghai'])}.${r.int(10, 192)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`); }
  return y + status.join('\n');
};

K.package_lock_excerpt = (doc) => {
  const { r } = doc; const which = r.int(0, 2);
  if (which === 0) {
    const pk = ['@babel/core', '@babel/parser', '@types/node', '@vue/runtime-core', 'lodash', 'axios', 'dayjs', 'decimal.js', 'libphonenumber-js', 'validator', 'express', 'koa', 'ioredis', 'mysql2', 'dingtalk-robot-sender', 'china-id-card', '@scope/utils', '@ant-design/icons', 'echarts', 'crypto-js', 'uuid', 'nanoid', 'iconv-lite', 'xlsx'];
    const ent = []; for (const p of r.picks(pk, r.int(10, 20))) { const v = G.ver(r); const nm = p.split('/').pop(); ent.push(`    "node_modules/${p}": {\n      "version": "${doc.d('version_string', v)}",\n      "resolved": "https://registry.npmmirror.com/${p}/-/${nm}-${v}.tgz",\n      "integrity": "sha512-${doc.d('sri_hash', r.b64(86) + '==')}",${r.chance(0.4) ? '\n      "dev": true,' : ''}\n      "license": "${r.pick(['MIT', 'Apache-2.0', 'ISC', 'BSD-3-Clause'])}"${r.chance(0.4) ? `,\n      "engines": {\n        "node": ">=${r.pick(['14', '16', '18'])}.0.0"\n      }` : ''}\n    }`); }
    return `{\n  "name": "${r.pick(['mall-admin', 'pay-console', 'crm-web'])}",\n  "version": "${G.ver(r)}",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n${ent.join(',\n')}\n  }\n}`;
  }
  if (which === 1) {
    const mods = ['github.com/gin-gonic/gin', 'github.com/go-sql-driver/mysql', 'github.com/redis/go-redis/v9', 'go.uber.org/zap', 'github.com/segmentio/kafka-go', 'google.golang.org/grpc', 'github.com/shopspring/decimal', 'github.com/nyaruka/phonenumbers', 'golang.org/x/text', 'github.com/bwmarrin/snowflake', 'github.com/spf13/viper', 'gorm.io/gorm'];
    const out = []; for (const m of r.picks(mods, r.int(8, 12))) { const v = r.chance(0.3) ? doc.d('go_pseudo_version', `v0.0.0-${r.int(2021, 2026)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}${pad(r.int(0, 23))}${pad(r.int(0, 59))}${pad(r.int(0, 59))}-${r.hex(12)}`) : doc.d('version_string', 'v' + G.ver(r)); out.push(`${m} ${v} h1:${doc.d('go_sum_hash', r.b64(43) + '=')}`); out.push(`${m} ${v}/go.mod h1:${doc.d('go_sum_hash', r.b64(43) + '=')}`); }
    return '// go.sum\n' + out.join('\n');
  }
  const deps = [['org.springframework.boot', 'spring-boot-starter-web'], ['com.alibaba', 'fastjson2'], ['com.baomidou', 'mybatis-plus-boot-starter'], ['org.apache.rocketmq', 'rocketmq-client'], ['cn.hutool', 'hutool-all'], ['com.google.guava', 'guava'], ['com.alipay.sdk', 'alipay-sdk-java'], ['com.github.wechatpay-apiv3', 'wechatpay-java'], ['org.apache.poi', 'poi-ooxml']];
  const x = []; for (const [g, a] of r.picks(deps, r.int(5, 9))) { const v = r.chance(0.3) ? doc.d('maven_snapshot_version', `${G.ver(r)}-${r.int(2024, 2026)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}.${pad(r.int(0, 23))}${pad(r.int(0, 59))}${pad(r.int(0, 59))}-${r.int(1, 40)}`) : doc.d('version_string', G.ver(r)); x.push(`    <dependency>\n      <groupId>${g}</groupId>\n      <artifactId>${a}</artifactId>\n      <version>${v}</version>\n      <!-- sha1: ${doc.n('sha1', (r) => r.hex(40), HX)} -->\n    </dependency>`); }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>com.example.mall</groupId>\n  <artifactId>${r.pick(['order-service', 'pay-service'])}</artifactId>\n  <version>${G.ver(r)}-SNAPSHOT</version>\n  <properties>\n    <java.version>17</java.version>\n    <project.build.outputTimestamp>${doc.d('iso_timestamp', G.isoTs(r, false).replace('+08:00', 'Z'))}</project.build.outputTimestamp>\n  </properties>\n  <dependencies>\n${x.join('\n')}\n  </dependencies>\n  <developers>\n    <developer><id>platform-team</id><email>${doc.dc('email', 'platform-team@example-mall.cn')}</email><organization>Example Mall</organization></developer>\n  </developers>\n</project>`;
};

K.sql_migration = (doc) => {
  const { r } = doc; const ver = `V${r.int(2024, 2026)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}${pad(r.int(0, 23))}${pad(r.int(0, 59))}`; doc.d('flyway_version', ver);
  const t = r.pick(['t_order', 't_member', 't_refund', 't_invoice_apply', 't_delivery', 't_settle_bill']);
  const ai = doc.n('auto_increment_seed', (r) => G.snowflake(r), { hard: ['bank_card'], as: 'luhn_passing_snowflake_id' });
  const rows = [];
  for (let i = 0; i < r.int(6, 15); i++) rows.push(`  (${r.int(1, 999)}, '${doc.d('dict_code', r.pick(['PAY', 'REF', 'DLV', 'INV']) + '_' + r.int(100, 999))}', '${r.pick(['待支付', '已支付', '已发货', '已完成', '已关闭', '退款中', '周末不配送', '金额异常', '安全校验失败', '常规订单'])}', ${r.int(0, 1)}, '${ymd(r)} ${hhmm(r)}:00')`);
  for (const w of ['周末不配送', '金额异常', '安全校验失败', '常规订单']) if (rows.join('').includes(w)) doc.d('surname_initial_word', w.slice(0, 2));
  const regionRows = []; const regs = [['110105', '朝阳区'], ['110108', '海淀区'], ['310115', '浦东新区'], ['440305', '南山区'], ['330106', '西湖区'], ['510107', '武侯区'], ['420111', '洪山区'], ['320505', '虎丘区'], ['610113', '雁塔区'], ['370212', '崂山区'], ['110101', '东城区'], ['440304', '福田区']];
  for (const [c, nm] of r.picks(regs, r.int(4, 10))) regionRows.push(`  ('${doc.d('region_code', c)}', '${nm}', '${c.slice(0, 4)}00', ${r.int(1, 3)})`);
  return `-- ${ver}__${r.pick(['add_refund_columns', 'create_invoice_apply', 'init_dict', 'split_order_table'])}.sql
-- 说明：本次迁移不涉及存量数据，仅调整表结构；手机号、身份证号字段按照《数据安全管理办法》加密存储。

CREATE TABLE IF NOT EXISTS \`${t}\` (
  \`id\` BIGINT UNSIGNED NOT NULL COMMENT '主键，雪花算法生成',
  \`order_no\` VARCHAR(32) NOT NULL COMMENT '订单号，格式 yyyyMMdd + 10 位序列',
  \`member_id\` BIGINT NOT NULL COMMENT '会员ID',
  \`mobile_cipher\` VARBINARY(256) DEFAULT NULL COMMENT '手机号（AES-GCM 密文）',
  \`mobile_hash\` CHAR(64) DEFAULT NULL COMMENT '手机号 HMAC-SHA256，用于查询',
  \`id_card_cipher\` VARBINARY(256) DEFAULT NULL COMMENT '身份证号码密文',
  \`bank_card_last4\` CHAR(4) DEFAULT NULL COMMENT '银行卡后四位',
  \`amount\` DECIMAL(18,2) NOT NULL DEFAULT '0.00' COMMENT '金额（元）',
  \`balance_fen\` BIGINT NOT NULL DEFAULT 0 COMMENT '余额（分）',
  \`status\` TINYINT NOT NULL DEFAULT 0 COMMENT '0待支付 1已支付 2已发货 3已完成 9关闭',
  \`region_code\` CHAR(6) DEFAULT NULL COMMENT '行政区划代码（GB/T 2260）',
  \`created_at\` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  \`updated_at\` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (\`id\`),
  UNIQUE KEY \`uk_order_no\` (\`order_no\`),
  KEY \`idx_member_created\` (\`member_id\`, \`created_at\`),
  CONSTRAINT \`ck_amount\` CHECK (\`amount\` >= 0 AND \`amount\` < ${doc.d('numeric_limit', '9999999999999999.99')})
) ENGINE=InnoDB AUTO_INCREMENT=${ai} DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='${r.pick(['订单主表', '会员表', '退款单', '开票申请'])}';

ALTER TABLE \`${t}\` ADD COLUMN \`channel_trade_no\` VARCHAR(64) NULL COMMENT '渠道交易号，如 ${doc.n('payment_trade_no', G.alipayTrade)}' AFTER \`amount\`;
ALTER TABLE \`${t}\` ADD INDEX \`idx_channel_trade_no\` (\`channel_trade_no\`(20));

INSERT INTO \`sys_dict_item\` (\`dict_id\`, \`code\`, \`label\`, \`enabled\`, \`created_at\`) VALUES
${rows.join(',\n')};

INSERT INTO \`sys_region\` (\`code\`, \`name\`, \`parent_code\`, \`level\`) VALUES
${regionRows.join(',\n')};

UPDATE \`sys_sequence\` SET \`current_value\` = ${doc.n('sequence_value', (r) => r.digits(r.pick([12, 13, 14, 15]), r.int(1, 9)), { hard: ['cn_landline', 'cn_resident_id', 'cn_mobile'], p: 0.3 })}, \`step\` = ${r.pick([1, 100, 1000])} WHERE \`name\` = '${t}';
-- rollback: ALTER TABLE \`${t}\` DROP COLUMN \`channel_trade_no\`;
`;
};

K.unit_test_source = (doc) => {
  const { r } = doc; const lang = r.int(0, 2);
  const cases = [];
  // invalid IDs: real-looking region + date, wrong check digit
  const badId = () => doc.n('invalid_id_test_vector', (r) => { const b = r.pick(['110105', '310104', '440305', '330106', '510107', '420111']) + r.int(1950, 2005) + pad(r.int(1, 12)) + pad(r.int(1, 28)) + r.zdigits(3); const good = idCheckChar(b); let bad; do bad = '0123456789X'[r.int(0, 10)]; while (bad === good); return b + bad; });
  const badDate = () => doc.n('invalid_date_id_test_vector', (r) => { const b = r.pick(['110105', '310104', '440305']) + r.pick([`${r.int(1950, 2000)}13${pad(r.int(1, 28))}`, `${r.int(1950, 2000)}0230`, `${r.int(1950, 1999)}0${r.int(1, 9)}3${r.int(2, 9)}`, `2${r.int(1, 9)}${r.int(50, 99)}0101`]) + r.zdigits(3); return b + idCheckChar(b); }, { hard: ['cn_resident_id'], as: 'mod112_passing_invalid_date_id_test_vector', p: 1 });
  const luhnBad = () => doc.n('luhn_failing_test_vector', (r) => r.pick(['4', '5', '6']) + r.zdigits(15));
  const vecs = [
    () => `assert${lang === 0 ? 'Equals' : ''}(false, isValidIdCard("${badId()}"))`,
    () => `assert${lang === 0 ? 'Equals' : ''}(false, isValidIdCard("${badDate()}"))`,
    () => `assert${lang === 0 ? 'Equals' : ''}(true, luhn("${doc.dc('bank_card', r.pick(['4111111111111111', '5500000000000004', '4012888888881881', '378282246310005', '6011111111111117', '5555555555554444', '4242424242424242', '3530111333300000']))}"))`,
    () => `assert${lang === 0 ? 'Equals' : ''}(false, luhn("${luhnBad()}"))`,
    () => `assert${lang === 0 ? 'Equals' : ''}("138****8000", mask("${doc.dc('cn_mobile', '13800138000')}"))`,
    () => `assert${lang === 0 ? 'Equals' : ''}(false, isMobile("${doc.n('unallocated_mobile_prefix', (r) => '1' + r.pick(['40', '41', '42', '43', '44', '46', '48', '49', '54', '94']) + r.zdigits(8))}"))`,
    () => `assert${lang === 0 ? 'Equals' : ''}(false, isMobile("${doc.d('mobile_wrong_length', '1' + r.pick(['3', '5', '8']) + r.zdigits(r.pick([8, 10])))}"))`,
    () => `assert${lang === 0 ? 'Equals' : ''}("${doc.d('masked_id', '110105********' + r.zdigits(3) + 'X')}", maskId(fixture.id))`,
    () => `assert${lang === 0 ? 'Equals' : ''}(${r.int(1, 999)}, Snowflake.workerOf(${doc.n('snowflake_id', G.snowflake, { hard: ['bank_card'], as: 'luhn_passing_snowflake_id' })}L))`,
    () => `assert${lang === 0 ? 'Equals' : ''}("${doc.d('base64_blob', r.b64(24))}", base64(sha1("fixture-${r.int(1, 99)}")).substring(0, 24))`,
  ];
  const seenV = new Set(); for (let i = 0; i < r.int(10, 24); i++) { const v = r.pick(vecs); if (seenV.has(v) && vecs.indexOf(v) >= 4) continue; seenV.add(v); cases.push(v()); }
  const magic = [['FNV_OFFSET_BASIS_64', '14695981039346656037'], ['FNV_PRIME_64', '1099511628211'], ['PCG_MULTIPLIER', '6364136223846793005'], ['PCG_INCREMENT', '1442695040888963407'], ['MAX_SAFE_INTEGER', '9007199254740991'], ['LONG_MAX', '9223372036854775807'], ['ULONG_MAX', '18446744073709551615'], ['MOD', '1000000007'], ['NTT_MOD', '998244353'], ['GOLDEN_GAMMA', '0x9E3779B97F4A7C15'], ['CRC32_POLY', '0xEDB88320'], ['MURMUR_C1', '0x87c37b91114253d5'], ['SPLITMIX_M1', '13787848793156543929'], ['XXH_PRIME64_1', '11400714785074694791'], ['KNUTH_MUL', '2654435761'], ['TWITTER_EPOCH', '1288834974657']];
  const mg = r.picks(magic, r.int(5, 10)).map(([k, v]) => { const digits = v.replace(/^0x/i, ''); const h = scanText(v); return `${lang === 0 ? '  private static final long' : lang === 1 ? 'const' : ''} ${k} = ${doc.d(h.some((x) => x.det === 'bank_card') ? 'luhn_passing_magic_constant' : 'magic_constant', v)}${lang === 0 && !/^0x/.test(v) && digits.length > 9 ? 'L' : lang === 1 && !/^0x/.test(v) && digits.length > 15 ? 'n' : ''};`; });
  const head = lang === 0 ? `package com.example.common.util;\n\nimport org.junit.jupiter.api.Test;\nimport static org.junit.jupiter.api.Assertions.*;\n\n/** 证件号、手机号、银行卡号校验工具单元测试。所有样例均为构造数据，不对应真实个人。 */\nclass ValidatorsTest {\n${mg.join('\n')}\n\n  @Test\n  void vectors() {\n` : lang === 1 ? `// validators.test.ts — 构造的测试向量，非真实数据\nimport { describe, it, expect } from 'vitest';\nimport { isValidIdCard, luhn, isMobile, mask, maskId } from '../src/validators';\n\n${mg.join('\n')}\n\ndescribe('validators', () => {\n  it('vectors', () => {\n` : `# test_validators.py — fixtures are synthetic\nimport pytest\nfrom corp.validators import is_valid_id_card as isValidIdCard, luhn, is_mobile as isMobile, mask, mask_id as maskId\n\n${mg.join('\n').replace(/^ +/gm, '').replace(/;$/gm, '')}\n\ndef test_vectors(fixture):\n`;
  const conv = (c) => { const m = c.match(/^assert(?:Equals)?\((true|false|"[^"]*"|\d+), (.+)\)$/); if (!m) return c; const [, e, x] = m; if (lang === 0) return `assertEquals(${e}, ${x.replace(/(\d{10,})L?\)\)$/, '$1L))')});`; if (lang === 1) return `expect(${x.replace(/(\d)L\)/, '$1n)')}).toBe(${e});`; return `assert ${x.replace(/(\d)L\)/, '$1)')} == ${e === 'true' ? 'True' : e === 'false' ? 'False' : e}`; };
  const body = cases.map((c) => '    ' + conv(c)).join('\n');
  const tail = lang === 0 ? '\n  }\n}\n' : lang === 1 ? '\n  });\n});\n' : '\n';
  const extra = lang === 1 ? `\n// see https://github.com/example/validators/issues/${r.int(10, 400)} ; author: git@github.com:example/validators.git\n` : '';
  if (extra) doc.d('git_ssh_remote', 'git@github.com:example/validators.git');
  return head + body + tail + extra;
};

K.ci_build_log = (doc) => {
  const { r } = doc; const out = []; const c = clock(r); const job = r.int(1000, 99999); doc.d('build_number', String(job));
  const sha = doc.n('git_sha', (r) => r.hex(40), HX);
  out.push(`Started by ${r.pick(['GitLab push by ci-bot', 'timer', 'upstream project "mall-parent" build number ' + r.int(100, 9999), 'remote host 10.' + r.int(0, 9) + '.' + r.int(0, 255) + '.' + r.int(1, 254)])}`);
  out.push(`Running on agent-${r.int(1, 40)} in /var/lib/jenkins/workspace/${r.pick(['mall-order', 'pay-gateway', 'crm-web'])}_${r.pick(['main', 'release-' + G.ver(r)])}`);
  out.push(`> git fetch --tags --force --progress -- ${doc.d('git_ssh_remote', r.pick(['git@gitlab.example-corp.cn:mall/order.git', 'git@github.com:example/mall-order.git', 'ssh://git@code.corp-internal.net:2222/pay/gateway.git']))} +refs/heads/*:refs/remotes/origin/*`);
  out.push(`Checking out Revision ${sha} (origin/main)`);
  out.push(`Commit message: "${r.pick(['fix: 修复周末批量结算金额精度问题', 'feat: 新增发票申请接口', 'chore: bump fastjson2 to 2.0.' + r.int(40, 53), 'refactor: 订单号生成改用雪花算法', 'fix(pay): 关闭超时订单时释放库存'])}"`);
  for (const w of ['周末', '金额']) if (out.join('').includes(w)) doc.d('surname_initial_word', w);
  out.push(`Author: ${doc.dc('email', 'ci-bot@users.noreply.example-corp.cn').replace(/^/, 'ci-bot <')}>`);
  const steps = r.int(0, 2);
  if (steps === 0) {
    out.push(`#1 [internal] load build definition from Dockerfile`); out.push(`#1 transferring dockerfile: ${r.int(500, 3000)}B done`);
    for (let i = 2; i < r.int(8, 16); i++) { c.tick(r.int(100, 40000)); out.push(`#${i} [${r.int(1, 3)}/${r.int(4, 8)}] ${r.pick(['FROM docker.io/library/eclipse-temurin:17-jre@sha256:' + doc.n('sha256_digest', (r) => r.hex(64), HX), 'RUN apt-get update && apt-get install -y --no-install-recommends tzdata fonts-wqy-zenhei', 'COPY target/app.jar /app/app.jar', 'RUN npm ci --registry=https://registry.npmmirror.com', 'WORKDIR /app'])}`); out.push(`#${i} sha256:${doc.n('sha256_digest', (r) => r.hex(64), HX)} ${r.float(0.5, 90, 2)}MB / ${r.float(90, 200, 2)}MB ${r.float(0.1, 30, 1)}s`); out.push(`#${i} DONE ${r.float(0.1, 120, 1)}s`); }
    out.push(`#${r.int(17, 20)} writing image sha256:${doc.n('sha256_digest', (r) => r.hex(64), HX)} done`);
    out.push(`#${r.int(17, 20)} naming to registry.example-corp.cn/mall/order:${doc.d('version_string', G.ver(r) + '-' + sha.slice(0, 8))} done`);
  } else if (steps === 1) {
    out.push(`[INFO] Scanning for projects...`); out.push(`[INFO] Building order-service ${G.ver(r)}-SNAPSHOT`);
    for (let i = 0; i < r.int(10, 30); i++) out.push(`[INFO] Downloaded from ${r.pick(['aliyun', 'central', 'corp-nexus'])}: https://maven.aliyun.com/repository/public/${r.pick(['org/springframework', 'com/alibaba', 'cn/hutool', 'io/netty'])}/${r.pick(['spring-core', 'fastjson2', 'hutool-core', 'netty-handler'])}/${G.ver(r)}/x-${G.ver(r)}.jar (${r.int(10, 4000)} kB at ${r.float(0.5, 30, 1)} MB/s)`);
    out.push(`[INFO] Tests run: ${r.int(100, 2000)}, Failures: 0, Errors: 0, Skipped: ${r.int(0, 20)}, Time elapsed: ${r.float(5, 300, 3)} s`);
    out.push(`[INFO] Installing /workspace/target/order-service-${G.ver(r)}.jar to /root/.m2/repository/com/example/order-service/${doc.d('maven_snapshot_version', `${G.ver(r)}-${r.int(2024, 2026)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}.${pad(r.int(0, 23))}${pad(r.int(0, 59))}${pad(r.int(0, 59))}-${r.int(1, 99)}`)}/order-service.jar`);
    out.push(`[INFO] BUILD SUCCESS`); out.push(`[INFO] Total time:  ${r.int(1, 9)}:${pad(r.int(0, 59))} min`); out.push(`[INFO] Finished at: ${doc.d('iso_timestamp', G.isoTs(r, false))}`);
  } else {
    out.push(`$ npm ci`); out.push(`npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory.`);
    out.push(`added ${r.int(300, 2000)} packages, and audited ${r.int(300, 2000)} packages in ${r.int(10, 200)}s`); out.push(`${r.int(50, 300)} packages are looking for funding`);
    out.push(`$ vite build`); for (let i = 0; i < r.int(8, 25); i++) out.push(`dist/assets/${r.pick(['index', 'vendor', 'order', 'chart', 'icon@2x'])}-${doc.d('asset_hash', r.b64url(8))}.${r.pick(['js', 'css', 'png'])}   ${r.float(0.5, 900, 2)} kB │ gzip: ${r.float(0.2, 300, 2)} kB`);
    for (const m of out.join('\n').matchAll(/icon@2x-[A-Za-z0-9_-]+\.[a-z]+/g)) doc.d('asset_filename_at_sign', m[0]);
    out.push(`✓ built in ${r.float(3, 90, 2)}s`);
  }
  out.push(`Archiving artifacts`); out.push(`Recording fingerprints`); out.push(`[Pipeline] withCredentials`); out.push(`Masking supported pattern matches of $TOKEN or $REGISTRY_PASSWORD`);
  out.push(`+ curl -s -H "Authorization: Bearer ****" -X POST https://oapi.dingtalk.com/robot/send?access_token=${doc.n('hex_token', (r) => r.hex(64), HX)} -d '{"msgtype":"text","text":{"content":"构建 #${job} 成功，耗时 ${r.int(30, 900)} 秒"}}'`);
  out.push(`{"errcode":0,"errmsg":"ok"}`); out.push(`Finished: SUCCESS`);
  return out.join('\n');
};

K.android_logcat = (doc) => {
  const { r } = doc; const out = []; const c = clock(r); const [br, model, , ] = r.pick(PHONE_MODELS);
  out.push(`--------- beginning of crash`);
  const pid = r.int(1000, 32000);
  for (let i = 0; i < r.int(40, 110); i++) {
    c.tick(r.int(0, 800)); const d = dt(c.t + 8 * 3600e3).toISOString(); const ts = `${d.slice(5, 10)} ${d.slice(11, 23)}`;
    const tag = r.pick(['ActivityManager', 'OkHttp', 'PushService', 'MiPushClient', 'chromium', 'Choreographer', 'WindowManager', 'AppOrder', 'TbsDownload', 'Bugly']);
    const msgs = [
      () => `Start proc ${r.int(1000, 32000)}:com.example.mall/u0a${r.int(100, 400)} for activity {com.example.mall/.ui.MainActivity}`,
      () => `--> GET https://api.example-mall.cn/api/v2/orders?page=${r.int(1, 5)}&ts=${doc.d('epoch_ms', G.epochMs(r))}`,
      () => `<-- 200 OK https://api.example-mall.cn/api/v2/orders (${r.int(20, 2000)}ms, ${r.int(100, 90000)}-byte body)`,
      () => `regId=${doc.d('push_reg_id', r.b64(64).replace(/[+/]/g, 'x'))}`,
      () => `Skipped ${r.int(30, 200)} frames!  The application may be doing too much work on its main thread.`,
      () => `deviceId=${doc.n('android_id', (r) => r.hex(16), HX)} oaid=${doc.n('uuid', (r) => r.uuid(), HX)} channel=${r.pick(['huawei', 'xiaomi', 'oppo', 'vivo', 'yingyongbao'])}`,
      () => `onOrderCreated orderId=${doc.n('snowflake_id', G.snowflake, { hard: ['bank_card'], as: 'luhn_passing_snowflake_id' })} cost=${r.int(10, 900)}ms`,
      () => `[INFO:CONSOLE(${r.int(1, 900)})] "Uncaught TypeError: Cannot read properties of undefined (reading 'amount')", source: https://m.example-mall.cn/static/js/app.${doc.n('asset_hash', (r) => r.hex(8), HX)}.js (${r.int(1, 9)})`,
      () => `Build fingerprint: '${br}/${model}/${model}:${r.int(11, 14)}/${r.alnum(4)}.${r.int(200000, 240000)}.${r.zdigits(3)}/${doc.d('build_incremental', r.pick(['V' + r.int(14, 15) + '.0.' + r.int(1, 30) + '.0.U' + r.alnum(6), r.zdigits(3) + '.0.0.' + r.int(100, 200) + 'C00', r.hex(10)]))}:user/release-keys'`,
    ];
    out.push(`${ts} ${String(pid).padStart(5)} ${String(r.int(1000, 32000)).padStart(5)} ${r.pick(['I', 'D', 'W', 'E'])} ${tag}: ${r.pick(msgs)()}`);
  }
  out.push(`${'--------- beginning of main'}`);
  out.push(`FATAL EXCEPTION: main`); out.push(`Process: com.example.mall, PID: ${pid}`);
  out.push(`java.lang.IllegalArgumentException: Invalid amount format: "${doc.d('amount_string', r.int(1, 99999) + '.' + r.zdigits(3))}"`);
  out.push(`\tat com.example.mall.order.AmountFormatter.parse(AmountFormatter.kt:${r.int(10, 200)})`); out.push(`\tat com.example.mall.order.OrderConfirmActivity.onCreate(OrderConfirmActivity.kt:${r.int(40, 400)})`); out.push('\tat android.app.Activity.performCreate(Activity.java:8595)');
  return out.join('\n');
};

K.api_json_response = (doc) => {
  const { r } = doc; const which = r.int(0, 2); let o;
  if (which === 0) {
    const items = []; for (let i = 0; i < r.int(5, 20); i++) items.push({ orderId: doc.n('snowflake_id', G.snowflake, { hard: ['bank_card'], as: 'luhn_passing_snowflake_id' }), orderNo: doc.n('order_no', (r) => G.orderNo(r, r.pick([18, 20])), { hard: ['bank_card', 'cn_uscc', 'cn_resident_id'] }), status: r.pick(['PAID', 'SHIPPED', 'CLOSED', 'FINISHED']), payAmount: +r.float(1, 4999, 2), skuIds: [doc.n('sku_id', (r) => r.digits(12, r.int(1, 9))), doc.n('sku_id', (r) => r.digits(12, r.int(1, 9)))], createdAt: doc.d('epoch_ms', G.epochMs(r)) * 1, receiverMobileMasked: doc.d('masked_mobile', '1' + r.pick(['37', '58', '86', '99']) + '****' + r.zdigits(4)), receiverRegion: r.pick(PROVINCES) });
    o = { code: 0, msg: 'success', requestId: doc.n('uuid', (r) => r.uuid(), HX), data: { total: r.int(20, 90000), pageNo: r.int(1, 20), pageSize: items.length, list: items } };
  } else if (which === 1) {
    const pois = []; for (let i = 0; i < r.int(5, 15); i++) { const place = r.pick(PLACES); doc.d('place_name', place); const lng = (r.next() * 20 + 100).toFixed(6), lat = (r.next() * 18 + 22).toFixed(6); pois.push({ id: doc.d('poi_id', 'B0' + r.HEX(8)), name: `${place}${r.pick(['地铁站', '游客中心', '停车场', '购物中心', '服务区', '公交站'])}`, location: doc.d('coordinates', `${lng},${lat}`), adcode: doc.d('region_code', r.pick(['110101', '430802', '130702', '340500', '411600', '341000', '440106'])), citycode: doc.d('area_code_alone', r.pick(['010', '0744', '0313', '0555', '0394', '0559', '020'])), distance: String(r.int(10, 5000)), type: r.pick(['交通设施服务;地铁站', '风景名胜;风景名胜', '购物服务;商场']) }); }
    o = { status: '1', count: String(pois.length), info: 'OK', infocode: '10000', pois };
  } else {
    o = { ret: 0, trace: doc.n('trace_id', (r) => r.hex(32), HX), ts: doc.d('epoch_ms', G.epochMs(r)) * 1, data: { deviceList: Array.from({ length: r.int(4, 12) }, () => ({ deviceId: doc.d('device_id', 'DEV' + r.HEX(12)), imei: doc.n('imei', G.imei, { hard: ['cn_resident_id'], as: 'legacy15_shaped_imei' }), iccid: doc.n('iccid', (r) => G.iccid(r, r.chance(0.2) ? 19 : 20), { hard: ['bank_card'], as: 'luhn_passing_iccid' }), fw: doc.d('version_string', `${r.int(1, 5)}.${r.int(0, 9)}.${r.int(0, 99)}.${r.int(1000, 9999)}`), lastSeen: doc.d('iso_timestamp', G.isoTs(r)), rssi: -r.int(50, 110), battery: r.int(1, 100) })) } };
  }
  return JSON.stringify(o, null, r.pick([2, 0, 4])).replace(/"createdAt": "(\d+)"/g, '"createdAt": $1');
};

K.sensor_csv = (doc) => {
  const { r } = doc; const out = []; const c = clock(r); const kind = r.int(0, 2);
  const dev = Array.from({ length: r.int(2, 6) }, () => kind === 2 ? doc.n('nbiot_imei', (r) => G.luhnComplete('86' + r.zdigits(12))) : doc.d('device_serial', `${r.pick(['TH', 'PM', 'EM'])}-${r.HEX(4)}-${r.zdigits(4)}`));
  if (kind === 0) out.push('ts_ms,device,temp_c,rh_pct,pm25,co2_ppm,battery_v');
  else if (kind === 1) out.push('时间,设备编号,电压A(V),电压B(V),电压C(V),电流A(A),有功功率(kW),累计电量(kWh)');
  else out.push('imei,report_time,latitude,longitude,speed_kmh,signal_dbm,seq');
  let e = r.int(10000, 900000) / 10; let seq = r.int(1, 5000);
  for (let i = 0; i < r.int(80, 220); i++) {
    c.tick(r.pick([1000, 5000, 10000, 60000, 300000]));
    const d = r.pick(dev);
    if (kind === 0) out.push(`${c.t},${d},${r.gauss(24, 3).toFixed(2)},${r.gauss(55, 10).toFixed(1)},${Math.max(0, r.gauss(35, 20)).toFixed(0)},${Math.round(r.gauss(650, 120))},${r.float(3.3, 4.2, 3)}`);
    else if (kind === 1) { e += r.next() * 3; out.push(`${fLog(c.t).slice(0, 19)},${d},${r.gauss(220, 2).toFixed(1)},${r.gauss(220, 2).toFixed(1)},${r.gauss(220, 2).toFixed(1)},${r.float(0, 80, 2)},${r.float(0, 50, 3)},${e.toFixed(2)}`); }
    else out.push(`${d},${fISO(c.t, 0).replace('+08:00', '')},${(r.gauss(31.2, 0.05)).toFixed(6)},${(r.gauss(121.45, 0.05)).toFixed(6)},${r.float(0, 90, 1)},${-r.int(60, 115)},${seq++}`);
  }
  if (kind === 0) { const ms = out.slice(1).map((l) => l.split(',')[0]); for (const m of ms.slice(0, 30)) doc.d('epoch_ms', m); }
  return out.join('\n');
};

K.hexdump = (doc) => {
  const { r } = doc; const out = [`$ xxd ${r.pick(['firmware.bin', 'order-export.dat', 'pkt-capture.raw', 'license.key'])} | head -${r.int(20, 60)}`];
  let off = r.int(0, 4096) * 16;
  for (let i = 0; i < r.int(20, 60); i++) {
    let bytes = [];
    for (let b = 0; b < 16; b++) bytes.push(r.chance(0.55) ? (0x30 + r.int(0, 9)) : r.chance(0.5) ? r.int(0x41, 0x5a) : r.int(0, 255));
    const line = () => { const hx = []; for (let b = 0; b < 16; b += 2) hx.push(bytes[b].toString(16).padStart(2, '0') + bytes[b + 1].toString(16).padStart(2, '0')); const asc = bytes.map((x) => (x >= 32 && x < 127 ? String.fromCharCode(x) : '.')).join(''); return `${off.toString(16).padStart(8, '0')}: ${hx.join(' ')}  ${asc}`; };
    let l = line(); let tries = 0;
    while (scanText(l).some((h) => h.forbidden) && tries++ < 50) { bytes = bytes.map((x) => (r.chance(0.3) ? r.int(0x41, 0x5a) : x)); l = line(); }
    const hits = scanText(l);
    if (hits.length) { if (hits.some((h) => h.forbidden)) continue; doc.d(hardKind(hits, 'hexdump_line'), l); } else doc.d('hexdump_line', l);
    out.push(l); off += 16;
  }
  return out.join('\n');
};

// ================================================================ business documents
const company = (doc, opts = {}) => { const { r } = doc; const [area, len, city] = r.pick(AREAS); const name = `${city}${r.pick(CO_PREFIX)}${r.pick(CO_BIZ)}${r.pick(CO_FORM)}`; const uscc = G.uscc(r); const tel = `${area}-${r.digits(len, r.int(5, 8))}`; return { name, uscc, tel, telNorm: tel.replace(/\D/g, ''), city, area }; };
const dcCo = (doc, co) => { doc.dc('cn_uscc', co.uscc); return co; };
const dcTel = (doc, co, form) => doc.dc('cn_landline', co.telNorm, form || co.tel);
const corpAcct = (doc, bankCode) => doc.n('corporate_account', (r) => { const L = r.pick([12, 15, 17, 19, 20, 22]); return (bankCode === '102' ? '1001' : bankCode === '105' ? '3105' : bankCode === '104' ? '4' : bankCode === '308' ? '7559' : r.pick(['3', '1', '7', '5'])) + r.zdigits(L - 4); }, {});
const rmbUpper = (x) => { const D = '零壹贰叁肆伍陆柒捌玖', U = ['', '拾', '佰', '仟'], GU = ['', '万', '亿', '万亿']; const [ip, fp] = x.toFixed(2).split('.'); let s = '', zero = false, gnz = false; const n = ip.length; for (let i = 0; i < n; i++) { const d = +ip[i], pos = n - 1 - i; if (d === 0) zero = true; else { if (zero && s) s += '零'; zero = false; s += D[d] + U[pos % 4]; gnz = true; } if (pos % 4 === 0) { if (gnz) { s += GU[pos / 4]; zero = false; } gnz = false; } } s = (s || '零') + '元'; const j = +fp[0], f = +fp[1]; if (!j && !f) return s + '整'; s += j ? D[j] + '角' : '零'; s += f ? D[f] + '分' : '整'; return s; };
const coAddr = (r, city) => `${city}市${r.pick(['高新区', '经济技术开发区', '自由贸易试验区', '工业园区', '临空经济区', '科技城'])}${r.pick(['科技', '创业', '金桥', '华夏', '长江', '中山', '新华'])}${r.pick(['路', '大道', '街'])}${r.int(1, 999)}号${r.chance(0.5) ? r.pick(['A座', 'B栋', '科技园', '大厦']) + r.int(2, 30) + '层' : ''}`;

K.annual_report_excerpt = (doc) => {
  const { r } = doc; const co = dcCo(doc, company(doc)); co.name = co.name.replace(/(有限责任公司|股份有限公司|有限公司)$/, '股份有限公司'); const code = doc.d('stock_code', r.pick(['600', '601', '603', '605', '000', '002', '300', '688']) + r.zdigits(3)); const yr = r.int(2023, 2025);
  const short = co.name.replace(/^(北京|上海|广州|深圳|杭州|南京|武汉|成都|重庆|西安|天津|苏州|长沙|郑州|青岛|沈阳|合肥|福州|厦门|济南)/, '').slice(0, 4);
  const L = [];
  L.push(`证券代码：${code}        证券简称：${short}        公告编号：${doc.d('announcement_no', `${yr + 1}-${pad(r.int(1, 80), 3)}`)}`);
  L.push(`债券代码：${doc.d('bond_code', r.pick(['188', '185', '143', '175', '115']) + r.zdigits(3))}        债券简称：${yr - 2}${short.slice(0, 2)}01`);
  L.push(''); L.push(`${co.name}`); L.push(`${yr}年年度报告（摘要）`); L.push(`（原工商注册号 ${doc.n('business_reg_no_15', (r) => co.uscc.slice(2, 8) + r.pick(['000', '400', '012']) + r.zdigits(6), { hard: ['cn_resident_id'], as: 'legacy15_shaped_business_reg_no', p: 0.9 })}，组织机构代码 ${doc.d('org_code_9', co.uscc.slice(8, 16) + '-' + co.uscc[16])}）`); L.push('');
  L.push('第一节 重要提示');
  L.push('本公司董事会、监事会及董事、监事、高级管理人员保证年度报告内容的真实性、准确性和完整性，不存在虚假记载、误导性陈述或重大遗漏，并承担个别和连带的法律责任。');
  L.push(`${r.pick(['天健', '立信', '信永中和', '大华', '容诚', '致同', '安永华明', '普华永道中天'])}会计师事务所（特殊普通合伙）为本公司出具了标准无保留意见的审计报告。`);
  L.push(`董事会决议通过的本报告期利润分配预案：以实施权益分派股权登记日登记的总股本为基数，向全体股东每10股派发现金红利${r.float(0.5, 30, 2)}元（含税），共计派发现金红利${fmtAmt(r.int(1e7, 5e9) + r.next())}元。`);
  L.push(''); L.push('第二节 公司基本情况'); L.push('1 公司简介');
  L.push(`股票种类 | 股票上市交易所 | 股票简称 | 股票代码\nA股 | ${code.startsWith('6') ? '上海证券交易所' : '深圳证券交易所'} | ${short} | ${code}`);
  L.push(`${doc.d('person_label_in_heading', '联系人和联系方式')} | 董事会秘书 | 证券事务代表`);
  L.push(`办公地址 | ${coAddr(r, co.city)} | 同左`);
  L.push(`电话 | ${dcTel(doc, co)} | ${dcTel(doc, co)}`);
  const ir = `${r.pick(['ir', 'dmb', 'securities', 'zqb', 'investor'])}@${r.pick(['hxkj', 'zkgf', 'rfsy', 'hdjt'])}${r.int(1, 99)}.com.cn`; L.push(`电子信箱 | ${doc.dc('email', ir)} | ${doc.dc('email', ir)}`);
  L.push(`统一社会信用代码 | ${co.uscc}`);
  L.push(''); L.push('2 主要会计数据和财务指标'); L.push('单位：元  币种：人民币');
  const sep = r.chance(0.7);
  L.push(`项目 | ${yr}年 | ${yr - 1}年 | 本年比上年增减(%) | ${yr - 2}年`);
  const rows = ['营业收入', '归属于上市公司股东的净利润', '归属于上市公司股东的扣除非经常性损益的净利润', '经营活动产生的现金流量净额', '归属于上市公司股东的净资产', '总资产', '基本每股收益（元／股）', '加权平均净资产收益率（%）'];
  const AMT = (x) => doc.n('financial_amount', (r) => fmtAmt(x * (0.98 + r.next() * 0.04), sep), { hard: ['cn_mobile', 'cn_landline'], as: 'mobile_shaped_amount', p: 0.8 });
  for (const rw of rows) { const a = r.int(1e7, 9e10) + r.next(), b = a * (0.7 + r.next() * 0.6); const fa = rw.includes('每股') ? r.float(0.01, 5, 2) : rw.includes('%') ? r.float(1, 30, 2) : AMT(a); const fb = rw.includes('每股') ? r.float(0.01, 5, 2) : rw.includes('%') ? r.float(1, 30, 2) : AMT(b); L.push(`${rw} | ${fa} | ${fb} | ${((a / b - 1) * 100).toFixed(2)} | ${rw.includes('每股') || rw.includes('%') ? r.float(0.01, 20, 2) : AMT(b * 0.9)}`); }
  L.push(''); L.push('3 前十名股东持股情况'); L.push('股东名称 | 股东性质 | 持股比例(%) | 持股数量 | 质押、标记或冻结的股份数量');
  const holders = ['香港中央结算有限公司', `${co.city}市国有资本投资运营有限公司`, '全国社保基金一一三组合', '中国工商银行股份有限公司－易方达蓝筹精选混合型证券投资基金', '中国建设银行股份有限公司－华夏能源革新股票型证券投资基金', '基本养老保险基金一零零二组合', `${r.pick(CO_PREFIX)}投资控股有限公司`, '中央汇金资产管理有限责任公司', `${r.pick(CO_PREFIX)}创业投资合伙企业（有限合伙）`, '招商银行股份有限公司－上证科创板50成份交易型开放式指数证券投资基金'];
  for (const h of holders) L.push(`${h} | ${r.pick(['境外法人', '国有法人', '其他', '境内非国有法人'])} | ${r.float(0.5, 30, 2)} | ${doc.d('share_count', fmtAmt(r.int(1e6, 9e8), true).replace('.00', ''))} | ${r.chance(0.8) ? '无' : doc.d('share_count', String(r.int(1e6, 9e7)))}`);
  L.push(''); L.push('4 借款及担保事项'); L.push('借款合同编号 | 贷款银行 | 金额（万元） | 起始日 | 到期日 | 利率(%)');
  for (let i = 0; i < r.int(3, 8); i++) { const [bn] = r.pick(BANKS); L.push(`${doc.n('loan_contract_no', (r) => r.pick(['1', '3', '7']) + r.zdigits(r.pick([15, 17, 18])), { hard: ['bank_card', 'cn_resident_id', 'cn_uscc'], as: undefined, p: 0.7 }).replace(/^/, '')} | ${bn}${co.city}分行 | ${fmtAmt(r.int(1000, 90000))} | ${ymd(r)} | ${ymd(r)} | ${r.float(2.3, 4.8, 2)}`); }
  L.push(''); L.push('5 应收票据明细（前五名）'); L.push('票据号码 | 出票日 | 到期日 | 金额（元）');
  for (let i = 0; i < 5; i++) { const [, , bc] = r.pick(BANKS); L.push(`${doc.n('bank_draft_no', (r) => '1' + bc + r.zdigits(9) + G.dateCompact(r) + r.zdigits(9))} | ${ymd(r)} | ${ymd(r)} | ${doc.d('financial_amount', fmtAmt(r.int(1e5, 5e7) + r.next(), sep))}`); }
  L.push(''); L.push(`董事长：（签字）\n${co.name}\n${yr + 1}年${r.int(3, 4)}月${r.int(1, 28)}日`);
  return L.join('\n').replace(/(\d{15,19}) \|/g, '$1 |');
};

K.vat_invoice = (doc) => {
  const { r } = doc; const seller = dcCo(doc, company(doc)), buyer = dcCo(doc, company(doc)); const L = []; const e = r.chance(0.5);
  const [sb, , sbc] = r.pick(BANKS), [bb, , bbc] = r.pick(BANKS);
  const acct = (bn, bc) => { const a = corpAcct(doc, bc); return a; };
  if (e) {
    const no = doc.n('e_invoice_no', (r) => `${r.int(24, 26)}${r.pick(['31', '44', '11', '33', '32', '51', '42'])}${r.pick(['2', '7'])}${r.zdigits(15)}`);
    L.push(`电子发票（${r.pick(['增值税专用发票', '普通发票'])}）`); L.push(`发票号码：${no}`); L.push(`开票日期：${r.int(2024, 2026)}年${pad(r.int(1, 12))}月${pad(r.int(1, 28))}日`);
  } else {
    L.push(`${r.pick(['上海', '广东', '北京', '浙江', '江苏'])}增值税${r.pick(['专用', '普通'])}发票`);
    L.push(`发票代码：${doc.n('invoice_code', G.invoiceCode12, { hard: ['cn_landline'], p: 0.8 })}    发票号码：${doc.d('invoice_number', r.zdigits(8))}`);
    L.push(`开票日期：${r.int(2024, 2026)}年${pad(r.int(1, 12))}月${pad(r.int(1, 28))}日    机器编号：${doc.n('machine_no', (r) => r.pick(['49', '66', '88', '53']) + r.zdigits(10), {})}`);
    L.push(`校验码：${doc.n('invoice_check_code', (r) => [r.zdigits(5), r.zdigits(5), r.zdigits(5), r.zdigits(5)].join(' '))}`);
  }
  L.push(`购买方  名称：${buyer.name}`); L.push(`        纳税人识别号：${buyer.uscc}`);
  if (!e || r.chance(0.5)) { L.push(`        地址、电话：${coAddr(r, buyer.city)} ${dcTel(doc, buyer)}`); L.push(`        开户行及账号：${bb}${buyer.city}${r.pick(['分行营业部', '高新支行', '科技支行', '王府井支行', '金融街支行'])} ${acct(bb, bbc)}`); }
  if (!e) { const cipher = Array.from({ length: 4 }, () => Array.from({ length: 28 }, () => r.pick('0123456789+-*/<>'.split(''))).join('')); cipher.forEach((c) => doc.n('invoice_cipher_line', () => c.replace(/\d{9,}/g, (x) => x.slice(0, 8) + '/' + x.slice(9)))); L.push('密码区：'); for (const d2 of doc.decoys.filter((x) => x.kind === 'invoice_cipher_line').slice(-4)) L.push('  ' + d2.text); }
  L.push('货物或应税劳务、服务名称 | 规格型号 | 单位 | 数量 | 单价 | 金额 | 税率 | 税额');
  let tot = 0, tax = 0;
  const goods = [['*电子计算机*笔记本电脑', () => doc.d('model_number', r.pick(['ThinkPad T14 Gen 4', 'MateBook X Pro 2024', 'MacBook Air M3', 'XPS 13 9340']))], ['*信息技术服务*软件维护服务', () => ''], ['*金属制品*不锈钢紧固件', () => doc.d('model_number', `M${r.int(3, 24)}×${r.int(10, 120)}`)], ['*塑料制品*包装周转箱', () => doc.d('model_number', `${r.int(400, 800)}*${r.int(300, 600)}*${r.int(100, 400)}`)], ['*经营租赁*办公场地租金', () => `${r.int(2024, 2026)}.${r.int(1, 12)}`], ['*运输服务*国内道路货物运输服务', () => ''], ['*纸制品*A4复印纸', () => doc.d('model_number', '70g 500张/包')], ['*通信设备*5G工业路由器', () => doc.d('model_number', `${r.pick(['R', 'RT', 'IR'])}${r.int(100, 999)}-${r.pick(['5G', 'LTE'])}`)], ['*餐饮服务*餐费', () => ''], ['*现代服务*咨询服务费', () => '']];
  for (let i = 0; i < r.int(1, 6); i++) { const [g, m] = r.pick(goods); const q = r.int(1, 500), p = +r.float(1, 9000, 2); const amt = q * p; const rate = r.pick([13, 13, 6, 9, 3, 1]); const tx = amt * rate / 100; tot += amt; tax += tx; L.push(`${g} | ${m()} | ${r.pick(['台', '项', '个', '箱', '次', '月', '包'])} | ${q} | ${p.toFixed(r.pick([2, 6]))} | ${amt.toFixed(2)} | ${rate}% | ${tx.toFixed(2)}`); }
  L.push(`合计 | | | | | ¥${tot.toFixed(2)} | | ¥${tax.toFixed(2)}`);
  L.push(`价税合计（大写）ⓧ ${rmbUpper(+(tot + tax).toFixed(2))}    （小写）¥${(tot + tax).toFixed(2)}`);
  L.push(`销售方  名称：${seller.name}`); L.push(`        纳税人识别号：${seller.uscc}`);
  L.push(`        地址、电话：${coAddr(r, seller.city)} ${dcTel(doc, seller)}`);
  L.push(`        开户行及账号：${sb}${seller.city}${r.pick(['分行', '高新支行', '长江路支行', '金桥支行'])} ${acct(sb, sbc)}`);
  L.push(`备注：${r.pick([`订单号 ${doc.n('order_no', (r) => G.orderNo(r, 18), { hard: ['bank_card', 'cn_resident_id', 'cn_uscc'], p: 0.7 })}`, `合同号 ${doc.n('contract_no', (r) => 'HT' + G.orderNo(r, 16))}`, `项目编号 ${doc.d('project_no', 'XM-' + r.int(2024, 2026) + '-' + pad(r.int(1, 999), 4))}`, `含${r.int(1, 12)}月份服务费`])}`);
  const role = r.pick(ROLES_AFTER_LABEL); doc.d('role_after_person_label', role);
  L.push(`收款人：${r.pick(['', role])}    复核：${r.chance(0.7) ? '' : role}    开票人：${role}    销售方：（章）`);
  return L.join('\n');
};

K.purchase_order = (doc) => {
  const { r } = doc; const buyer = dcCo(doc, company(doc)), sup = dcCo(doc, company(doc)); const L = [];
  const po = doc.d('po_number', r.pick([`PO-${r.int(2024, 2026)}-${pad(r.int(1, 99999), 6)}`, `4500${r.zdigits(6)}`, `CG${G.orderNo(r, 14)}`]));
  L.push(`${buyer.name}`); L.push(`采 购 订 单`); L.push(`订单编号：${po}    下单日期：${ymd(r)}    币种：CNY    付款条件：月结${r.pick([30, 45, 60, 90])}天`);
  L.push(`供应商：${sup.name}（供应商编码 ${doc.d('supplier_code', 'V' + r.zdigits(7))}）`); L.push(`供应商税号：${sup.uscc}`);
  const lab = r.pick(['联系人', '经办人', '采购员']); const dep = r.pick(['采购部', '供应链管理部', '仓储物流部', '综合办公室']); doc.d('department_after_person_label', dep);
  L.push(`${lab}：${dep}    电话：${dcTel(doc, buyer)}    交货地点：${r.pick(['华东一号仓', '嘉定中心仓', '华南区域仓（东莞）', '总部收发室', '武汉前置仓'])}`);
  L.push('行号 | 物料编码 | 物料描述 | 规格 | 单位 | 数量 | 含税单价 | 金额 | 交货日期');
  let tot = 0; const amtSep = r.chance(0.5);
  const mats = [['不锈钢六角螺栓', () => `M${r.int(6, 20)}×${r.int(20, 100)} A2-70`], ['PCB控制板', () => `Rev.${r.pick(['A', 'B', 'C'])}${r.int(1, 9)}`], ['锂电池组', () => `${r.pick([12, 24, 48])}V ${r.pick([20, 50, 100])}Ah`], ['瓦楞纸箱', () => `${r.int(300, 600)}×${r.int(200, 400)}×${r.int(100, 300)} 五层`], ['工业路由器', () => `IR${r.int(600, 915)}`], ['劳保手套', () => '丁腈涂层 L码'], ['伺服电机', () => `${r.pick(['MS1H', 'SGM7J', 'ECMA'])}-${r.zdigits(2)}${r.alnum(4)}`], ['标签打印纸', () => `${r.int(40, 100)}×${r.int(30, 80)}mm`], ['网线', () => '超六类 305m/箱'], ['安全帽', () => 'ABS V型 白色']];
  for (let i = 1; i <= r.int(4, 18); i++) { const [m, spec] = r.pick(mats); const q = r.int(1, 5000), p = +r.float(0.1, 3000, 2); tot += q * p; L.push(`${i * 10} | ${doc.n('material_code', (r) => r.pick(['10', '20', '30', '50']) + r.zdigits(r.pick([6, 8, 9, 11])), { hard: ['cn_mobile'], p: 0.5 })} | ${m} | ${doc.d('spec', spec())} | ${r.pick(['PCS', '个', '箱', '套', '卷'])} | ${q} | ${p.toFixed(2)} | ${doc.n('amount', () => fmtAmt(q * p, amtSep), { hard: ['cn_mobile'], as: 'mobile_shaped_amount', p: 1 })} | ${ymd(r)}`); }
  L.push(`合计金额：${fmtAmt(tot)} 元（含税，税率13%）`);
  L.push(`备注：1. 请在送货单上注明订单编号及行号；2. 每批次须附出厂检验报告，批次号格式如 ${doc.d('batch_no', `B${G.dateCompact(r)}-${pad(r.int(1, 99))}`)}；3. 发票开具请参照开票信息，发票抬头为${buyer.name}，税号 ${buyer.uscc}。`);
  L.push(`审批流：申请 → ${r.pick(TITLES)} → ${r.pick(['财务总监', '总经理'])} → 完成（审批单号 ${doc.n('approval_no', (r) => 'OA' + G.orderNoT(r, 18))}）`);
  return L.join('\n');
};

K.express_tracking_dump = (doc) => {
  const { r } = doc; const L = []; const c = clock(r);
  const carriers = [['顺丰速运', () => 'SF' + r.digits(13, 1), '95338'], ['中通快递', () => r.pick(['73', '75', '78']) + r.zdigits(12), '95311'], ['韵达快递', () => r.pick(['43', '46', '31', '32']) + r.zdigits(11), '95546'], ['圆通速递', () => 'YT' + r.digits(13, r.int(1, 9)), '95554'], ['极兔速递', () => 'JT' + r.digits(13, 3), '956025'], ['京东快递', () => 'JDX' + r.digits(12, 0), '950616'], ['EMS', () => { const d8 = r.zdigits(8); const W = [8, 6, 4, 2, 3, 5, 9, 7]; let s = 0; for (let i = 0; i < 8; i++) s += +d8[i] * W[i]; let ck = 11 - (s % 11); ck = ck === 10 ? 0 : ck === 11 ? 5 : ck; return r.pick(['EA', 'EB', 'EC', 'EJ', 'LK']) + d8 + ck + 'CN'; }, '11183'], ['申通快递', () => '77' + r.zdigits(13), '95543']];
  const fmt = r.int(0, 1);
  if (fmt === 0) L.push('运单号,快递公司,揽收时间,最新状态,最新时间,当前网点,签收情况,客服电话');
  const hubs = ['深圳转运中心', '广州白云转运中心', '杭州萧山转运中心', '上海青浦转运中心', '北京顺义转运中心', '武汉转运中心', '成都双流转运中心', '郑州航空港转运中心', '马鞍山分拨中心', '黄山营业部', '周口转运中心', '张家口分拨中心', '金华义乌转运中心', '常州武进营业部', '石家庄转运中心'];
  for (let i = 0; i < r.int(15, 60); i++) {
    const [cn, g, tel] = r.pick(carriers); const no = doc.n('tracking_no', g, { hard: ['cn_resident_id', 'cn_mobile', 'bank_card'], as: undefined, p: 0.4 }); doc.d('service_number', tel);
    c.tick(r.int(60e3, 6 * 3600e3));
    if (fmt === 0) L.push(`${no},${cn},${fLog(c.t).slice(0, 16)},${r.pick(['运输中', '派送中', '已签收', '待揽收', '疑难件', '已到达'])},${fLog(c.t + r.int(1, 90) * 3600e3).slice(0, 16)},${r.pick(hubs)},${r.pick(['本人签收', '快递柜代收', '驿站代收', '门卫代收', '-', '-'])},${tel}`);
    else {
      L.push(`【${cn}】运单号 ${no}`); let t = c.t;
      for (let k = 0; k < r.int(3, 8); k++) { t += r.int(20, 600) * 60e3; const h = r.pick(hubs); L.push(`  ${fLog(t).slice(0, 19)}  ${r.pick([`快件已到达【${h}】`, `快件离开【${h}】，已发往【${r.pick(hubs)}】`, `【${h}】的快递员正在派件（工号 ${doc.d('courier_staff_no', String(r.int(1000, 99999)))}），如有疑问请联系网点`, `快件已由【${r.pick(['丰巢智能柜', '菜鸟驿站', '兔喜生活'])}】代收，取件码 ${doc.d('pickup_code', r.int(1, 9) + '-' + r.int(1, 9) + '-' + r.int(1000, 9999))}`, `快件已被揽收，揽件网点【${h}】`])}`); }
      L.push('');
    }
  }
  if (r.chance(0.5)) L.push(`导出时间：${fLog(c.t).slice(0, 19)}    共 ${L.length} 条    导出人：${doc.d('role_after_person_label', '系统自动')}`);
  return L.join('\n');
};

K.ecommerce_order_export = (doc) => {
  const { r } = doc; const L = []; const plat = r.int(0, 2); const c = clock(r);
  if (plat === 0) L.push('订单编号,子订单编号,商品ID,商家编码,商品标题,SKU属性,购买数量,单价,实付金额,订单状态,下单时间,付款时间,支付单号,收货地区,物流单号,买家留言');
  else if (plat === 1) L.push('订单号,商品编号,商品名称,条形码,数量,京东价,订单金额,结算金额,下单时间,订单状态,省份,配送方式');
  else L.push('订单号,商品id,sku编码,商品规格,数量,商品总价(元),店铺优惠(元),平台优惠(元),用户实付(元),成团时间,发货时间,快递单号,订单状态');
  const titles = ['李宁 男子跑鞋 轻量透气', '周大福 足金 黄金手链', '小米 14 12GB+256GB', 'HUAWEI P60 8GB+256GB 洛可可白', '金龙鱼 食用油 5L', '农夫山泉 饮用天然水 550ml*24', '安踏 运动卫衣', '三只松鼠 每日坚果 750g', '王老吉 凉茶 310ml*24罐', '格力 空调 1.5匹 一级能效', '张小泉 不锈钢厨房刀具套装', '马应龙 麝香痔疮膏 10g', '良品铺子 高蛋白肉脯', '白象 汤好喝 方便面 5连包', '海尔 冰箱 双开门 532L'];
  const msgs = ['', '', '', '周末送货', '请尽快发货', '不要放快递柜', '方便的话工作日送', '发票抬头见附件', '马上要用，谢谢', '安全包装，易碎'];
  for (let i = 0; i < r.int(30, 90); i++) {
    c.tick(r.int(1e3, 3e6)); const ti = r.pick(titles); const q = r.int(1, 5); const p = +r.float(9.9, 6999, 2);
    if (plat === 0) L.push([doc.n('order_no', G.taobao, { hard: ['bank_card'], p: 0.6 }), doc.n('order_no', G.taobao, { hard: ['bank_card'], p: 0.6 }), doc.n('item_id', (r) => r.digits(12, r.pick([5, 6, 7]))), doc.d('merchant_sku', `${r.alnum(3)}-${r.zdigits(4)}-${r.pick(['BK', 'WH', 'RD', 'XL', 'M'])}`), ti, `颜色分类:${r.pick(['黑色', '白色', '金色', '常规款'])};尺码:${r.pick(['40', '42', 'L', 'XL', '均码'])}`, q, p.toFixed(2), (q * p).toFixed(2), r.pick(['交易成功', '卖家已发货，等待买家确认', '买家已付款，等待卖家发货', '交易关闭']), fLog(c.t).slice(0, 19), fLog(c.t + 30e3).slice(0, 19), doc.n('payment_trade_no', G.alipayTrade), r.pick(PROVINCES), doc.n('tracking_no', (r) => r.pick(['SF' + r.digits(13, 1), '78' + r.zdigits(12), 'YT' + r.digits(13, 8)]), { hard: ['cn_mobile'], p: 0.3 }), r.pick(msgs)].join(','));
    else if (plat === 1) L.push([doc.n('order_no', G.jd, { hard: ['cn_mobile', 'cn_landline'], as: 'mobile_shaped_order_id', p: 0.5 }), doc.n('item_id', (r) => r.digits(r.pick([12, 13, 14]), 1), { hard: ['cn_landline'], p: 0.3 }), ti, doc.n('ean13_barcode', G.ean13), q, p.toFixed(2), (q * p).toFixed(2), (q * p * 0.92).toFixed(2), fLog(c.t).slice(0, 19), r.pick(['已完成', '等待收货', '已取消', '正在出库']), r.pick(PROVINCES), r.pick(['京东配送', '京东快递', '商家自配'])].join(','));
    else L.push([doc.n('order_no', G.pdd, {}), doc.n('item_id', (r) => r.chance(0.5) ? r.digits(11, 1) : r.digits(r.pick([9, 10]), r.int(1, 9)), { hard: ['cn_mobile'], as: 'mobile_shaped_item_id', p: 0.35 }), doc.n('sku_id', (r) => r.digits(r.pick([10, 11, 12]), r.int(1, 9)), { hard: ['cn_mobile'], as: 'mobile_shaped_sku_id', p: 0.5 }), `${r.pick(['默认', '黑色', '大号', '2斤装'])}`, q, (q * p).toFixed(2), r.float(0, 20, 2), r.float(0, 30, 2), (q * p * 0.9).toFixed(2), fLog(c.t).slice(0, 19), fLog(c.t + 86400e3).slice(0, 19), doc.n('tracking_no', (r) => r.pick(['73', '75', '43', 'JT3']) + r.zdigits(12)), r.pick(['已发货，待签收', '已签收', '待发货', '已取消，已退款'])].join(','));
  }
  return L.join('\n');
};

K.warehouse_inventory = (doc) => {
  const { r } = doc; const L = []; const wh = r.pick(['华东一号仓', '嘉兴中心仓', '华南区域仓', '成都西部仓', '北京大兴仓']);
  L.push(`库存盘点表    仓库：${wh}    盘点单号：${doc.d('stocktake_no', 'PD' + G.orderNo(r, 14))}    盘点日期：${ymd(r)}`);
  const dev = r.chance(0.6);
  L.push(dev ? '货位,物料编码,品名,型号,序列号,IMEI1,IMEI2/MEID,ICCID,批次号,状态' : '货位,物料编码,品名,规格,批次号,生产日期,有效期至,账面数量,实盘数量,差异');
  for (let i = 0; i < r.int(30, 90); i++) {
    const loc = `${r.pick(['A', 'B', 'C', 'D'])}-${pad(r.int(1, 30))}-${pad(r.int(1, 12))}-${r.int(1, 6)}`;
    const mat = doc.n('material_code', (r) => r.pick(['1', '2', '6']) + r.zdigits(r.pick([9, 10, 11])), { hard: ['cn_mobile'], as: 'mobile_shaped_material_code', p: 0.4 });
    const batch = doc.n('batch_no', (r) => r.pick([`B${G.dateCompact(r)}${pad(r.int(1, 99))}`, `${r.int(24, 26)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}-${r.alnum(2)}`, `L${r.zdigits(8)}`, `E${r.zdigits(8)}`]), { hard: ['cn_passport'], p: 0.2 });
    if (dev) { const [br, mdl, name] = r.pick(PHONE_MODELS); L.push([loc, mat, name, mdl.includes(',') ? `"${mdl}"` : mdl, doc.d('device_serial', r.alnum(r.pick([11, 12, 15]))), doc.n('imei', G.imei, { hard: ['cn_resident_id'], as: 'legacy15_shaped_imei', p: 0.8 }), r.chance(0.5) ? doc.n('imei', G.imei, { hard: ['cn_resident_id'], as: 'legacy15_shaped_imei', p: 0.8 }) : doc.n('meid', (r) => r.chance(0.5) ? G.meidHex(r) : '2684' + r.zdigits(14), { hard: ['cn_uscc'], p: 0.7 }), r.chance(0.6) ? doc.n('iccid', (r) => G.iccid(r, r.chance(0.2) ? 19 : 20), { hard: ['bank_card'], as: 'luhn_passing_iccid', p: 0.9 }) : '', batch, r.pick(['在库', '在库', '冻结', '待质检', '已出库'])].join(','));
    } else { const book = r.int(0, 5000); const act = book + (r.chance(0.8) ? 0 : r.int(-10, 10)); L.push([loc, mat, r.pick(['六角螺栓', '纸箱', '标签纸', '充电器', '数据线', '手机保护壳', '金属支架', '安全手套', '周转箱', '白乳胶']), doc.d('spec', r.pick([`M${r.int(4, 16)}*${r.int(10, 60)}`, `${r.int(1, 5)}m`, '65W', '5V2A', '透明'])), batch, ymd(r), ymd(r), book, act, act - book].join(',')); }
  }
  L.push('', '本期出库单（按仓库行政区划代码编号）：');
  for (let i = 0; i < r.int(5, 12); i++) L.push(`  ${doc.n('region_prefixed_outbound_no', (r) => r.chance(0.6) ? r.pick(['310115', '440305', '330110', '320583', '110115', '510116']) + G.dateCompact(r) + r.zdigits(4) : r.pick(['310115', '440305', '330110']) + `${r.int(24, 26)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}` + r.zdigits(6), { hard: ['cn_resident_id', 'bank_card', 'cn_uscc'], p: 0.8 })}  ${ymd(r)}  ${r.pick(['调拨出库', '销售出库', '退货出库'])}  ${r.int(1, 400)} 件`);
  L.push(`盘点人：${doc.d('role_after_person_label', r.pick(['仓库主管', '仓储物流部', '值班长']))}    复核：${doc.d('role_after_person_label', r.pick(['财务部', '审计部']))}`);
  return L.join('\n');
};

K.bank_branch_codes = (doc) => {
  const { r } = doc; const L = ['银行名称,网点名称,联行号,清算行号,SWIFT,网点地址,客服热线'];
  const sub = ['王府井支行', '金融街支行', '高新区支行', '马鞍山分行', '张家港支行', '黄山分行营业部', '周口分行', '林业局支行', '江北支行', '石家庄分行', '常州新北支行', '安阳分行', '华山路支行', '和平里支行', '万柳支行', '钱江支行', '孔家坡支行', '武侯支行', '宋家庄支行', '田林支行'];
  for (let i = 0; i < r.int(30, 70); i++) { const [bn, swift, bc, hot] = r.pick(BANKS); const s = r.pick(sub); const code = doc.d('interbank_code_cnaps', bc + r.pick(['1', '2', '3', '5', '6']) + r.zdigits(3) + r.zdigits(4) + r.zdigits(1)); L.push([bn, `${bn}股份有限公司${s}`, code, doc.d('interbank_code_cnaps', bc + r.zdigits(9)), doc.d('swift_code', swift + (r.chance(0.4) ? r.pick(['XXX', '300', '4BJ', '510']) : '')), `${r.pick(CITIES)}市${r.pick(['中山路', '解放路', '人民路', '建设大道', '长江路'])}${r.int(1, 500)}号`, doc.d('service_number', hot)].join(',')); }
  return L.join('\n');
};

K.stock_market_report = (doc) => {
  const { r } = doc; const L = []; const d = ymd(r);
  const idx = [['上证指数', '000001', 3000], ['深证成指', '399001', 9500], ['创业板指', '399006', 1900], ['科创50', '000688', 850], ['沪深300', '000300', 3500], ['恒生指数', 'HSI', 18000]];
  L.push(`【收评】${d} A股市场日报`); L.push('');
  for (const [n, c, base] of idx) { const v = base * (0.9 + r.next() * 0.2); L.push(`${n}（${doc.d('index_code', c)}）收报 ${v.toFixed(2)} 点，${r.chance(0.5) ? '涨' : '跌'} ${r.float(0.01, 2.5, 2)}%，成交额 ${doc.d('market_turnover', fmtAmt(r.int(1000, 9999) + r.next()).replace('.', '.').slice(0, -1))}亿元。`); }
  L.push(`两市合计成交 ${r.float(6000, 14000, 2)} 亿元，较上一交易日${r.pick(['放量', '缩量'])} ${r.int(100, 2000)} 亿元；北向资金净${r.pick(['买入', '卖出'])} ${r.float(1, 150, 2)} 亿元。`);
  L.push(''); L.push('代码 | 名称 | 收盘价 | 涨跌幅(%) | 成交量(手) | 成交额(元) | 换手率(%) | 主力净流入(万元)');
  const stocks = [['600519', '贵州茅台'], ['601318', '中国平安'], ['300750', '宁德时代'], ['000858', '五粮液'], ['600036', '招商银行'], ['002594', '比亚迪'], ['688981', '中芯国际'], ['601012', '隆基绿能'], ['000333', '美的集团'], ['600900', '长江电力'], ['002415', '海康威视'], ['601888', '中国中免'], ['300059', '东方财富'], ['600276', '恒瑞医药'], ['000651', '格力电器'], ['601166', '兴业银行'], ['002027', '分众传媒'], ['600809', '山西汾酒'], ['02331', '李宁'], ['01929', '周大福'], ['00700', '腾讯控股'], ['01810', '小米集团-W']];
  for (const [c, n] of r.picks(stocks, r.int(10, 20))) { doc.d('stock_code', c); if (['李宁', '周大福'].includes(n)) doc.d('brand_name', n); L.push(`${c} | ${n} | ${r.float(3, 1800, 2)} | ${r.float(-10, 10, 2)} | ${doc.d('volume', String(r.int(10000, 9999999)))} | ${doc.n('turnover_amount', (r) => String(r.int(1e8, 9e10)) + '.' + r.zdigits(2), { hard: ['cn_mobile', 'cn_landline'], as: 'mobile_shaped_amount', p: 0.8 })} | ${r.float(0.1, 15, 2)} | ${r.float(-90000, 90000, 2)}`); }
  L.push(''); L.push('债券与基金'); L.push('代码 | 名称 | ISIN | 收盘价 | 到期收益率(%)');
  const bonds = [['019733', '24国债02'], ['019742', '24特国01'], ['113052', '兴业转债'], ['127045', '牧原转债'], ['110059', '浦发转债'], ['511260', '十年国债ETF'], ['510300', '沪深300ETF'], ['188123', '21华泰G1'], ['240012', '24附息国债12']];
  for (const [c, n] of r.picks(bonds, r.int(4, 8))) L.push(`${doc.d('bond_code', c)} | ${n} | ${doc.d('isin', 'CN' + r.pick(['E1', '00', 'Y0']) + r.zdigits(8) + r.int(0, 9))} | ${r.float(95, 140, 3)} | ${r.float(1.5, 4, 4)}`);
  L.push(''); L.push('外汇（人民币汇率中间价）');
  for (const [ccy, v] of [['USD', 7.1], ['EUR', 7.7], ['JPY', 4.7], ['HKD', 0.91], ['GBP', 9.0]]) L.push(`1 ${ccy === 'JPY' ? '100 ' : ''}${ccy}/CNY ${(v * (0.98 + r.next() * 0.04)).toFixed(4)}`);
  L.push(''); L.push(`风险提示：本报告仅供参考，不构成投资建议。数据来源：交易所公开行情，${r.pick(['整理', '截至收盘'])}。投资者热线 ${doc.d('service_number', r.pick(['400-888-8888', '95521', '95565', '95548', '400-820-5999']))}。`);
  return L.join('\n');
};

K.fleet_vehicle_list = (doc) => {
  const { r } = doc; const L = []; const co = company(doc);
  L.push(`${co.name} 公务及物流车辆台账（${r.int(2024, 2026)}年第${r.int(1, 4)}季度）`);
  L.push('序号,车牌号,品牌型号,VIN车架号,发动机号,注册日期,年检到期,交强险保单号,行驶里程(km),使用部门,状态');
  const models = ['比亚迪 汉EV', '丰田 凯美瑞 2.5L', '大众 帕萨特 330TSI', '五菱 宏光MINI', '福田 欧马可 S1', '江铃 全顺', '吉利 星越L', '别克 GL8', '长城 炮', '上汽大通 V80', '东风 天锦', '理想 L7'];
  for (let i = 1; i <= r.int(20, 60); i++) {
    const dep = r.pick(DEPTS.concat(['车队', '物流车队', '行政车辆组'])); L.push([i, doc.d('license_plate', G.plate(r)), r.pick(models), doc.n('vin', G.vin), doc.d('engine_no', r.alnum(r.pick([7, 8, 9, 10]))), ymd(r), ymd(r), doc.n('insurance_policy_no', (r) => r.pick(['PDZA', 'PDAA', 'ADZAA', 'ASAX']) + r.int(2024, 2026) + r.pick(['31', '44', '11', '33']) + r.zdigits(r.pick([10, 12, 14])), { hard: ['bank_card', 'cn_resident_id', 'cn_uscc', 'cn_mobile', 'cn_landline'], p: 0.6 }), r.int(500, 380000), dep, r.pick(['在用', '在用', '维修', '待报废'])].join(','));
  }
  L.push(`车辆管理：${doc.d('department_after_person_label', '行政部')}（外线 ${dcTel(doc, co)}）`);
  return L.join('\n').replace('车辆管理：', '车辆管理部门：');
};

K.meter_readings = (doc) => {
  const { r } = doc; const L = []; const t = r.int(0, 1); const mth = `${r.int(2024, 2026)}年${r.int(1, 12)}月`;
  L.push(`${r.pick(['一号厂区', '研发楼', '物流园', '数据中心'])}${t ? '水表' : '电能表'}抄表记录 ${mth}`);
  L.push(t ? '表位,表计编号,口径,上月读数(m³),本月读数(m³),用量(m³),抄表时间,备注' : '表位,表计资产编号,倍率,上月示数(kWh),本月示数(kWh),电量(kWh),峰(kWh),平(kWh),谷(kWh),抄表时间');
  for (let i = 0; i < r.int(25, 70); i++) {
    const pos = `${r.pick(['1#', '2#', '3#', 'A区', 'B区', '空压站', '冷冻站', '食堂', '照明', '消防泵房'])}${r.pick(['进线', '总表', '分表', ''])}${r.int(1, 20)}`;
    const a = +r.float(1000, 900000, 2), u = +r.float(10, 20000, 2);
    if (t) L.push([pos, doc.d('meter_id', r.pick(['SB', 'WM']) + r.zdigits(r.pick([8, 10]))), `DN${r.pick([15, 20, 25, 50, 80, 100])}`, a.toFixed(1), (a + u).toFixed(1), u.toFixed(1), `${ymd(r)} ${hhmm(r)}`, r.pick(['', '', '表盘模糊', '周末补抄', '安全检查后抄读'])].join(','));
    else L.push([pos, doc.n('meter_asset_no', (r) => r.pick(['3100', '1100', '4403', '3301']) + r.zdigits(r.pick([9, 12, 18])), { hard: ['bank_card', 'cn_uscc', 'cn_resident_id'], p: 0.6 }), r.pick([1, 40, 80, 200, 600]), a.toFixed(2), (a + u).toFixed(2), u.toFixed(2), (u * 0.3).toFixed(2), (u * 0.45).toFixed(2), (u * 0.25).toFixed(2), `${ymd(r)} ${hhmm(r)}`].join(','));
  }
  L.push(`合计用量见汇总表；供电客户服务热线 ${doc.d('service_number', '95598')}。`);
  return L.join('\n');
};

K.exam_scores_by_student_no = (doc) => {
  const { r } = doc; const L = []; const yr = r.int(2022, 2025); const cls = `${yr}级${r.pick(['计算机科学与技术', '软件工程', '会计学', '电子信息工程', '金融学'])}${r.int(1, 6)}班`;
  L.push(`${r.pick(['2024-2025', '2025-2026'])}学年第${r.pick(['一', '二'])}学期期末考试成绩（按学号公示，不含姓名）`); L.push(`班级：${cls}    课程数：${r.int(4, 6)}    公示期：${r.int(3, 7)}个工作日`);
  const subj = r.picks(['高等数学', '线性代数', '大学英语', '程序设计基础', '数据结构', '会计学原理', '概率论', '电路分析', '思想道德与法治', '体育'], r.int(4, 6));
  L.push(['学号', '考生号', ...subj, '总分', '平均分', '班级排名'].join('\t'));
  const rows = []; const snLen = r.pick([4, 6]); const snMid = r.pick(['11', '21', '31', '04']);
  for (let i = 0; i < r.int(30, 60); i++) { const sc = subj.map(() => Math.max(0, Math.min(100, Math.round(r.gauss(76, 11))))); const tot = sc.reduce((a, b) => a + b, 0); rows.push([doc.n('student_no', (r) => `${yr}${snMid}${r.zdigits(snLen)}`, { hard: ['cn_mobile', 'cn_landline'], p: 0.3 }), doc.n('exam_candidate_no', (r) => `${yr % 100}${r.pick(['35', '36', '37', '42', '44', '51'])}${r.zdigits(10)}`, { hard: ['cn_resident_id', 'cn_landline'], p: 0.3 }), ...sc, tot, (tot / sc.length).toFixed(1)]); }
  rows.sort((a, b) => b[b.length - 2] - a[a.length - 2]).forEach((x, i) => L.push([...x, i + 1].join('\t')));
  L.push(`如对成绩有异议，请于公示期内向学院教务办公室提出复核申请（${doc.d('person_label_in_phrase', '复核申请') && ''}教务办 ${doc.d('campus_extension', String(r.int(6000, 8999)))} 分机）。`);
  return L.join('\n');
};

K.lottery_results = (doc) => {
  const { r } = doc; const L = []; const draws = r.int(5, 15);
  const game = r.int(0, 2);
  L.push(game === 0 ? '中国福利彩票 双色球 开奖公告' : game === 1 ? '中国体育彩票 超级大乐透 开奖公告' : '中国福利彩票 福彩3D / 七乐彩 开奖汇总');
  let issue = r.int(2024001, 2026140);
  for (let i = 0; i < draws; i++) {
    const per = doc.d('lottery_issue_no', String(issue + i));
    if (game === 0) { const red = r.picks([...Array(33)].map((_, k) => k + 1), 6).sort((a, b) => a - b).map((x) => pad(x)); const blue = pad(r.int(1, 16)); L.push(`第${per}期  开奖日期：${ymd(r)}  红球：${doc.d('lottery_numbers', red.join(' '))}  蓝球：${blue}`); L.push(`  本期销售额：${doc.d('sales_amount', fmtAmt(r.int(3.2e8, 4.5e8), true).replace('.00', ''))}元  奖池：${doc.d('jackpot_amount', fmtAmt(r.int(1e9, 3e9) + r.next()))}元`); L.push(`  一等奖 ${r.int(0, 30)} 注，单注奖金 ${doc.d('prize_amount', String(r.int(5e6, 1e7)))} 元；二等奖 ${r.int(50, 300)} 注，单注奖金 ${r.int(1e5, 5e5)} 元；三等奖 ${r.int(1000, 3000)} 注，单注奖金 3000 元`); }
    else if (game === 1) { const f = r.picks([...Array(35)].map((_, k) => k + 1), 5).sort((a, b) => a - b).map((x) => pad(x)); const b = r.picks([...Array(12)].map((_, k) => k + 1), 2).sort((a, b) => a - b).map((x) => pad(x)); L.push(`第${doc.d('lottery_issue_no', String(r.int(24001, 26140)))}期 ${ymd(r)} 前区 ${doc.d('lottery_numbers', f.join(' '))} 后区 ${b.join(' ')}`); L.push(`  销售额 ${doc.d('sales_amount', String(r.int(2.5e8, 3.5e8)))} 元，奖池滚存 ${doc.d('jackpot_amount', fmtAmt(r.int(6e8, 1.2e9) + r.next()))} 元；一等奖 ${r.int(0, 12)} 注（其中追加 ${r.int(0, 5)} 注）`); }
    else { L.push(`福彩3D 第${per}期：${r.int(0, 9)} ${r.int(0, 9)} ${r.int(0, 9)}    试机号 ${r.int(0, 9)}${r.int(0, 9)}${r.int(0, 9)}    销售额 ${doc.d('sales_amount', String(r.int(4e7, 6e7)))}元`); L.push(`七乐彩 第${per}期：${doc.d('lottery_numbers', r.picks([...Array(30)].map((_, k) => pad(k + 1)), 7).sort().join(' '))} 特别号 ${pad(r.int(1, 30))}`); }
  }
  L.push(''); L.push(`兑奖须知：中奖彩票自开奖之日起60个自然日内兑奖，逾期未兑奖的视为弃奖。全国统一客服热线 ${doc.d('service_number', game === 1 ? '95086' : '95086')}。`);
  return L.join('\n');
};

K.sports_scores = (doc) => {
  const { r } = doc; const L = []; const lg = r.int(0, 2);
  const teams = lg === 0 ? ['上海海港', '上海申花', '成都蓉城', '北京国安', '山东泰山', '浙江队', '天津津门虎', '武汉三镇', '长春亚泰', '河南队', '青岛海牛', '深圳新鹏城', '梅州客家', '沧州雄狮', '青岛西海岸', '南通支云'] : lg === 1 ? ['广东华南虎', '辽宁本钢', '浙江稠州金租', '新疆伊力特', '上海久事', '北京首钢', '深圳马可波罗', '山西汾酒', '青岛国信水产', '广州龙狮', '浙江广厦', '山东高速', '北控', '天津先行者', '宁波町渥', '江苏肯帝亚'] : ['江苏', '浙江', '山东', '广东', '上海', '北京', '湖北', '四川', '河北', '辽宁'];
  L.push(lg === 0 ? `${r.int(2024, 2026)}赛季中超联赛 第${r.int(1, 30)}轮 赛果` : lg === 1 ? `${((y) => `${y}-${y + 1}`)(r.int(2024, 2026))}赛季CBA常规赛 第${r.int(1, 40)}轮` : `全国乒乓球锦标赛 团体赛 赛果`);
  const sh = r.shuffle(teams);
  for (let i = 0; i + 1 < sh.length; i += 2) L.push(lg === 1 ? `${sh[i]} ${r.int(80, 130)}:${r.int(80, 130)} ${sh[i + 1]}    ${ymd(r)} ${r.pick(['19:35', '20:00'])}    观众 ${doc.d('attendance', fmtAmt(r.int(3000, 18000)).replace('.00', ''))}` : lg === 0 ? `${sh[i]} ${r.int(0, 4)}:${r.int(0, 4)} ${sh[i + 1]}    ${ymd(r)} ${r.pick(['15:30', '19:35', '20:00'])}    现场观众 ${doc.d('attendance', fmtAmt(r.int(8000, 62000)).replace('.00', ''))}人    控球率 ${r.int(35, 65)}%:${r.int(35, 65)}%` : `${sh[i]}队 3:${r.int(0, 2)} ${sh[i + 1]}队    ${ymd(r)}`);
  L.push(''); L.push('积分榜'); L.push('排名 | 球队 | 场次 | 胜 | 平/负 | 进/失 | 积分 | 近况');
  sh.forEach((t, i) => { const g = r.int(10, 30); const w = r.int(0, g); L.push(`${i + 1} | ${t} | ${g} | ${w} | ${r.int(0, g - w)} | ${r.int(10, 60)}/${r.int(10, 60)} | ${w * 3 + r.int(0, 8)} | ${Array.from({ length: 5 }, () => r.pick(['胜', '平', '负'])).join('')}`); });
  L.push(''); L.push(`本轮${r.pick(['周末', '周三'])}比赛共产生 ${r.int(10, 40)} 粒进球，场均观众 ${r.int(12000, 35000)} 人，同比${r.pick(['增长', '下降'])} ${r.float(1, 30, 1)}%。赛事转播：央视体育、咪咕视频。`);
  return L.join('\n');
};

K.train_timetable = (doc) => {
  const { r } = doc; const L = []; const routes = [['北京南', '济南西', '南京南', '上海虹桥'], ['北京西', '石家庄', '郑州东', '武汉', '长沙南', '广州南'], ['上海虹桥', '杭州东', '金华南', '衢州', '上饶', '南昌西'], ['张家口', '太子城', '北京北'], ['合肥南', '马鞍山东', '南京南', '常州北', '苏州北', '上海虹桥'], ['郑州东', '周口东', '阜阳西', '合肥南'], ['杭州东', '黄山北', '景德镇北', '南昌'], ['长沙南', '张家界西', '吉首东', '怀化南'], ['成都东', '重庆北', '万州北', '宜昌东'], ['西安北', '华山北', '洛阳龙门', '郑州东']];
  L.push(`列车时刻表（${ymd(r)} 起执行）    铁路客服电话 ${doc.d('service_number', '12306')}`);
  for (let k = 0; k < r.int(6, 14); k++) {
    const rt = r.pick(routes); const no = doc.d('train_number', r.pick(['G', 'D', 'C', 'K', 'Z', 'T']) + r.int(1, 9999)); let t = r.int(6 * 60, 20 * 60);
    L.push(''); L.push(`车次 ${no}  ${rt[0]} → ${rt[rt.length - 1]}  ${r.pick(['复兴号', '和谐号', '智能动车组', '复兴号（长编组）'])} ${doc.d('train_set_no', r.pick(['CR400AF', 'CR400BF', 'CRH380B', 'CR300AF']) + '-' + r.pick(['A', 'B', 'Z', 'G']) + '-' + r.int(1, 9999))}`);
    L.push('站序 | 站名 | 到达 | 出发 | 停留 | 里程(km) | 二等座(元) | 一等座(元) | 商务座(元)');
    let km = 0; rt.forEach((s, i) => { const arr = i === 0 ? '----' : `${pad(Math.floor(t / 60) % 24)}:${pad(t % 60)}`; const stay = i === 0 || i === rt.length - 1 ? 0 : r.int(2, 8); t += stay; const dep = i === rt.length - 1 ? '----' : `${pad(Math.floor(t / 60) % 24)}:${pad(t % 60)}`; L.push(`${pad(i + 1)} | ${s} | ${arr} | ${dep} | ${stay ? stay + '分' : '-'} | ${km} | ${i ? (km * 0.46).toFixed(1) : '-'} | ${i ? (km * 0.74).toFixed(1) : '-'} | ${i ? (km * 1.46).toFixed(1) : '-'}`); const seg = r.int(60, 400); km += seg; t += Math.round(seg / r.int(3, 5)); });
  }
  L.push(''); L.push('注：以上时刻以车站公告为准；学生票、残疾军人票购票规则详见12306网站。');
  return L.join('\n');
};

K.flight_schedule = (doc) => {
  const { r } = doc; const L = []; const ap = r.pick([['PEK', '北京首都', 'T3'], ['PKX', '北京大兴', ''], ['PVG', '上海浦东', 'T2'], ['SHA', '上海虹桥', 'T2'], ['CAN', '广州白云', 'T2'], ['SZX', '深圳宝安', 'T3'], ['CTU', '成都双流', 'T2'], ['TFU', '成都天府', 'T1'], ['HGH', '杭州萧山', 'T4']]);
  L.push(`${ap[1]}国际机场 出港航班动态  ${ymd(r)}  更新于 ${hhmm(r)}`);
  L.push('航班号 | 共享航班 | 目的地 | 机型 | 注册号 | 计划起飞 | 预计/实际 | 值机柜台 | 登机口 | 状态');
  const dests = ['张家界(DYG)', '黄山(TXN)', '林芝(LZY)', '西安(XIY)', '昆明(KMG)', '乌鲁木齐(URC)', '三亚(SYX)', '哈尔滨(HRB)', '香港(HKG)', '东京成田(NRT)', '首尔仁川(ICN)', '新加坡(SIN)', '周口(——)', '金华义乌(YIW)', '常州(CZX)', '石家庄(SJW)'].filter((x) => !x.includes('——'));
  for (let i = 0; i < r.int(30, 70); i++) { const al = r.pick(['CA', 'MU', 'CZ', 'HU', '3U', 'ZH', 'MF', 'FM', 'HO', '9C', 'GS', 'JD']); const fn = doc.d('flight_number', al + r.int(100, 9999)); const share = r.chance(0.4) ? doc.d('flight_number', r.pick(['CA', 'MU', 'ZH', 'SC', 'NH', 'KE']) + r.int(1000, 9999)) : ''; const t = hhmm(r); L.push([fn, share, r.pick(dests), r.pick(['A320', 'A321neo', 'B737-8', 'B738', 'A330-300', 'B787-9', 'C919', 'ARJ21-700', 'A350-900']), doc.d('aircraft_registration', `B-${r.chance(0.6) ? r.zdigits(4) : r.zdigits(3) + r.alnum(1, 'ACEFGJKLMNPQRSTUVWXY')}`), t, r.chance(0.7) ? t : hhmm(r), `${r.pick(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L'])}${r.int(1, 30)}-${r.int(31, 60)}`, `${r.pick(['C', 'D', 'E', 'A'])}${r.int(10, 80)}`, r.pick(['计划', '值机', '登机', '催促登机', '已起飞', '延误', '取消'])].join(' | ')); }
  L.push(''); L.push(`航班信息以航空公司发布为准。国航 ${doc.d('service_number', '95583')} ｜ 东航 ${doc.d('service_number', '95530')} ｜ 南航 ${doc.d('service_number', '95539')} ｜ 海航 ${doc.d('service_number', '95339')}`);
  return L.join('\n');
};

K.kpi_spreadsheet = (doc) => {
  const { r } = doc; const L = []; const q = `${r.int(2024, 2026)}年${r.pick(['Q1', 'Q2', 'Q3', 'Q4', '上半年', '1-9月'])}`;
  L.push(`${q} 经营指标看板（内部）`);
  const by = r.chance(0.5);
  L.push([by ? '大区' : '部门', '负责岗位', 'GMV(万元)', '同比(%)', '订单量', '客单价(元)', '转化率(%)', '退货率(%)', '毛利额(万元)', '达成率(%)', '备注'].join('\t'));
  const rows = by ? REGIONS : DEPTS.slice(0, r.int(8, 18));
  for (const x of rows) { const t = r.pick(['区域经理', '大区总监', '销售总监', '运营总监', '部门经理', '渠道经理', '客户经理']); doc.d('job_title_in_person_column', t); const g = r.int(500, 90000) + r.next(); L.push([x, t, fmtAmt(g, r.chance(0.5)), r.float(-20, 60, 1), doc.d('order_count', String(r.int(10000, 9999999))), r.float(50, 900, 2), r.float(0.5, 9, 2), r.float(0.5, 15, 2), fmtAmt(g * r.float(0.1, 0.4, 3)), r.float(60, 130, 1), r.pick(['', '', '受周末促销拉动', '安全库存不足', '方案调整中', '高温天气影响', '明显好于预期', '常规波动'])].join('\t')); }
  L.push(['合计', '', fmtAmt(r.int(1e5, 9e5)), r.float(0, 40, 1), '', '', '', '', '', '', ''].join('\t'));
  L.push(''); L.push('月度趋势（GMV，万元）'); L.push(['月份', ...(by ? REGIONS : ['线上', '线下', '分销', '海外'])].join('\t'));
  for (let m = 1; m <= 12; m++) L.push([`${m}月`, ...(by ? REGIONS : [1, 2, 3, 4]).map(() => r.float(100, 20000, 1))].join('\t'));
  L.push(''); L.push(`口径说明：GMV 含税、不含退款；同比基数为上年同期；数据截至 ${ymd(r)} 24:00，来源 BI 报表 ${doc.d('report_id', 'RPT-' + r.int(1000, 9999))}。`);
  return L.join('\n');
};

K.org_chart = (doc) => {
  const { r } = doc; const co = company(doc); const L = [`${co.name} 组织架构图（${ymd(r)} 版）`, ''];
  L.push(`董事会`); L.push(`└─ 董事长`); L.push(`   ├─ 董事会办公室（董事会秘书）`); L.push(`   └─ 总经理`);
  for (const d of r.picks(DEPTS, r.int(6, 12))) { const code = doc.d('department_code', `D${pad(r.int(1, 20))}${pad(r.int(1, 30))}`); const cc = doc.n('cost_center', (r) => `CC${r.int(1000, 9999)}${r.zdigits(3)}`, { hard: ['cn_passport'], p: 0.3 }); L.push(`      ├─ ${d}（${code}，成本中心 ${cc}，编制 ${r.int(3, 120)} 人）`); L.push(`      │   ├─ ${doc.d('person_label_in_heading', '负责人岗位')}：${r.pick(['部门经理', '总监', '副总经理（兼）', '高级经理'])}`); for (let k = 0; k < r.int(1, 4); k++) L.push(`      │   ├─ ${r.pick(TITLES)}（岗位编码 ${doc.d('position_code', `P-${r.pick(['FIN', 'HR', 'IT', 'OPS', 'SCM', 'MKT'])}-${pad(r.int(1, 99), 3)}`)}，职级 ${r.pick(['M1', 'M2', 'P5', 'P6', 'P7', 'P8'])}）`); L.push(`      │   └─ 汇报对象：${r.pick(['总经理', '副总经理', '首席财务官', '首席技术官'])}`); }
  L.push(''); L.push('说明：本图仅列示岗位及编制，不含人员信息；人员任免以人力资源部发文为准（人事文号见 OA）。');
  L.push(`人力资源部 总机 ${dcTel(doc, co)} 转 ${doc.d('extension', String(r.int(8000, 8999)))}`);
  return L.join('\n');
};

K.service_hotline_list = (doc) => {
  const { r } = doc; const L = ['常用客服热线速查表', '', '机构 | 热线 | 服务时间 | 说明'];
  for (const [bn, , , hot] of r.picks(BANKS, r.int(6, 15))) L.push(`${bn} | ${doc.d('service_number', hot)} | 7×24小时 | 信用卡挂失请按${r.int(1, 9)}`);
  for (const [n, num] of r.picks(SERVICE_NUMS, r.int(8, 20))) L.push(`${n} | ${doc.d('service_number', num)} | ${r.pick(['7×24小时', '8:00-20:00', '工作日 9:00-17:00'])} | ${r.pick(['', '人工服务请按0', '支持短信查询', '投诉建议'])}`);
  for (let i = 0; i < r.int(4, 10); i++) { const b = r.pick(BRANDS); const num = r.chance(0.7) ? `400-${r.pick(['820', '810', '600', '880', '650', '166', '186'])}-${r.zdigits(4)}` : `800-${r.pick(['820', '830', '810'])}-${r.zdigits(4)}`; L.push(`${b} | ${doc.d('service_number', num)} | ${r.pick(['9:00-21:00', '8:30-22:00', '7×24小时'])} | 官方客服${r.chance(0.4) ? '，售后邮箱 ' + doc.dc('email', `service@${r.pick(['brand', 'official', 'kefu'])}${r.int(1, 99)}.com.cn`) : ''}`); }
  L.push(''); L.push(`紧急电话：报警 ${doc.d('service_number', '110')}、火警 ${doc.d('service_number', '119')}、急救 ${doc.d('service_number', '120')}、交通事故 ${doc.d('service_number', '122')}。`);
  L.push(`短信服务号：${doc.d('sms_service_port', '10690' + r.zdigits(r.pick([4, 6, 8])))}、${doc.d('sms_service_port', '1065' + r.zdigits(r.pick([6, 8])))}（运营商行业短信端口，非个人号码）`);
  return L.join('\n');
};

K.store_directory = (doc) => {
  const { r } = doc; const b = r.pick(BRANDS); doc.d('brand_name', b); const L = [`${b} ${r.pick(CITIES)}地区门店列表`, '门店编号,门店名称,地址,门店电话,营业时间,坐标'];
  for (let i = 0; i < r.int(12, 40); i++) { const [area, len, city] = r.pick(AREAS); const tel = `${area}-${r.digits(len, r.int(5, 8))}`; const pl = r.pick(PLACES); doc.d('place_name', pl); L.push([doc.d('store_code', `${r.alnum(2)}${r.zdigits(4)}`), `${b}（${pl}店）`, `${city}市${pl}${r.pick(['步行街', '广场', '万达广场', '商业中心'])}${r.int(1, 5)}层${r.int(101, 599)}号铺`, doc.dc('cn_landline', tel.replace(/\D/g, ''), tel), '10:00-22:00', doc.d('coordinates', `${(r.next() * 20 + 100).toFixed(6)},${(r.next() * 18 + 22).toFixed(6)}`)].join(',')); }
  L.push(`全国客服：${doc.d('service_number', `400-${r.int(100, 999)}-${r.zdigits(4)}`)}`);
  return L.join('\n');
};

K.contract_template_blank = (doc) => {
  const { r } = doc; const co = dcCo(doc, company(doc)); const L = [];
  L.push(`${r.pick(['技术服务合同', '采购框架协议', '房屋租赁合同', '保密协议', '劳务外包合同'])}（示范文本）`);
  L.push(`合同编号：${doc.d('contract_no', `HT-${r.int(2024, 2026)}-${r.pick(['JS', 'CG', 'ZL', 'BM'])}-______`)}`);
  L.push(`甲方：${co.name}`); L.push(`统一社会信用代码：${co.uscc}`); L.push(`住所：${coAddr(r, co.city)}`); L.push(`联系电话：${dcTel(doc, co)}`);
  L.push(`乙方：______________________`); L.push(`统一社会信用代码/身份证号码：______________________`); L.push(`联系人：__________    手机：__________    电子邮箱：__________`);
  L.push(`开户银行：__________    账号：__________________`);
  const arts = ['合同标的', '服务内容与标准', '合同价款及支付方式', '履行期限', '知识产权', '保密条款', '个人信息保护', '违约责任', '争议解决', '其他'];
  arts.forEach((a, i) => { L.push(''); L.push(`第${NUMS_CN[i]}条 ${a}`); for (let k = 1; k <= r.int(2, 4); k++) L.push(`${i + 1}.${k} ${r.pick([`合同总金额为人民币（大写）________元（¥________），含${r.pick([6, 9, 13])}%增值税。`, `甲方应于收到乙方合法有效发票后${r.pick([15, 30, 45])}个工作日内支付款项。`, `乙方处理甲方提供的个人信息（包括姓名、手机号码、身份证号码等）时，应当遵守《中华人民共和国个人信息保护法》，不得超出约定目的使用。`, `任何一方违约的，应向守约方支付合同总金额${r.pick([10, 20, 30])}%的违约金。`, `因本合同引起的争议，双方应友好协商；协商不成的，提交甲方所在地人民法院诉讼解决。`, `本合同自双方签字盖章之日起生效，${r.pick(['一式两份，双方各执一份', '一式四份，双方各执两份'])}，具有同等法律效力。`, `周末及法定节假日的服务安排，按附件${r.int(1, 3)}执行。`, `乙方应建立安全管理制度，发生数据安全事件时在${r.pick([2, 24, 48])}小时内书面通知甲方。`])}`); });
  L.push(''); L.push('甲方（盖章）：                    乙方（盖章/签字）：'); L.push(`${doc.d('person_label_blank_field', '法定代表人或授权代表')}：__________    法定代表人或授权代表：__________`); L.push('签订日期：____年__月__日          签订日期：____年__月__日');
  return L.join('\n');
};

K.iot_sim_card_list = (doc) => {
  const { r } = doc; const L = []; const op = r.pick(['中国移动 OneLink', '中国联通 雁飞', '中国电信 CMP']);
  L.push(`物联网卡资产清单（平台：${op}）  导出批次 ${doc.d('export_batch_no', 'EX' + G.orderNoT(r, 16))}`);
  L.push('序号,ICCID,MSISDN(物联网号码),IMSI,绑定设备IMEI,设备类型,套餐,本月用量(MB),卡状态,激活日期,所属项目');
  for (let i = 1; i <= r.int(30, 80); i++) {
    const msisdn = r.chance(0.6) ? doc.n('iot_msisdn_13', (r) => (r.pick(['1440', '1441', '1064', '10646']) + r.zdigits(9)).slice(0, 13)) : doc.n('unallocated_mobile_prefix', (r) => '14' + r.pick(['0', '1', '4', '6', '8', '9']) + r.zdigits(8));
    const imsi = doc.n('imsi', (r) => '460' + r.pick(['00', '01', '02', '04', '06', '08', '11']) + r.zdigits(10), { hard: ['cn_resident_id'], as: 'legacy15_shaped_imsi', p: 0.9 });
    L.push([i, doc.n('iccid', (r) => G.iccid(r, r.chance(0.2) ? 19 : 20), { hard: ['bank_card'], as: 'luhn_passing_iccid', p: 0.8 }), msisdn, imsi, doc.n('imei', G.imei, { hard: ['cn_resident_id'], as: 'legacy15_shaped_imei', p: 0.9 }), r.pick(['共享单车锁', '电表集中器', 'POS终端', '车载T-Box', '烟感探测器', '水表', 'DTU']), r.pick(['年包30M', '月包100M', '流量池1G', '短信+流量']), r.float(0, 1024, 2), r.pick(['正常', '正常', '停机', '待激活', '沉默期']), ymd(r), r.pick(['智慧园区', '高新区路灯改造', '马鞍山水务', '周口仓储', '一期项目'])].join(','));
  }
  L.push(`说明：物联网卡为行业专用号段，仅限设备使用，不具备语音功能；客服 ${doc.d('service_number', r.pick(['10086', '10010', '10000']))}。`);
  return L.join('\n');
};

K.corporate_bank_statement = (doc) => {
  const { r } = doc; const co = company(doc); const [bn, swift, bc, hot] = r.pick(BANKS); const L = []; const c = clock(r);
  const acct = corpAcct(doc, bc);
  L.push(`${bn}对公账户交易明细（电子回单汇总）`);
  L.push(`户名：${doc.d('company_as_account_holder', co.name)}    账号：${acct}    币种：人民币    开户行：${bn}${co.city}${r.pick(['分行营业部', '高新支行', '自贸区支行'])}`);
  L.push(`查询区间：${fLog(c.t).slice(0, 10)} 至 ${fLog(c.t + 40 * 86400e3).slice(0, 10)}    打印时间：${fLog(c.t + 41 * 86400e3).slice(0, 19)}`);
  L.push('交易日期,交易时间,摘要,对方户名,对方账号,对方开户行,借方发生额,贷方发生额,余额,交易流水号,用途');
  let bal = r.int(5e6, 8e7) + r.next();
  for (let i = 0; i < r.int(25, 70); i++) {
    c.tick(r.int(60e3, 20 * 3600e3)); const [obn] = r.pick(BANKS); const other = coName(r); const use = r.pick(['货款', '服务费', '房租', '电费', '税款', '工资代发（批量，明细见代发清单）', '社保代扣', '手续费', '利息', '周转金', '退款', '保证金']); const amt = (use === '手续费' ? r.int(1, 200) : use === '利息' ? r.int(100, 20000) : r.int(1000, 3e6)) + r.next(); let out = /税款|工资|社保|手续费|房租|电费/.test(use) ? true : use === '利息' ? false : r.chance(0.5); if (out && amt > bal) out = false;
    bal += out ? -amt : amt;
    const ts = fLog(c.t);
    const cp = use.startsWith('工资') ? doc.d('batch_payroll_summary_row', '代发工资户（批量）') : use === '税款' ? doc.d('government_payee', `国家金库${co.city}${r.pick(['中心支库', '分库'])}`) : use === '社保代扣' ? doc.d('government_payee', `${co.city}市社会保险基金管理中心`) : doc.d('company_as_account_holder', other);
    L.push([ts.slice(0, 10), ts.slice(11, 19), r.pick(['网银转账', '跨行汇款', '同城清算', '代发', '批量代扣', '结息', '收费', '超级网银']), cp, use.startsWith('工资') ? '-' : doc.n('corporate_account', (r) => r.pick(['3', '1', '7']) + r.zdigits(r.pick([11, 14, 18, 21]))), use.startsWith('工资') ? '-' : `${obn}${r.pick(CITIES)}${r.pick(['分行', '支行'])}`, out ? fmtAmt(amt, false) : '', out ? '' : fmtAmt(amt, false), fmtAmt(bal, false), doc.n('transaction_serial_no', (r) => r.pick(['1', '3', '7', '8']) + r.zdigits(r.pick([15, 16, 17, 18])), { hard: ['bank_card', 'cn_resident_id', 'cn_uscc'], as: undefined, p: 0.6 }), use].join(','));
  }
  L.push(`本回单仅供参考，以银行记账为准。客服热线 ${doc.d('service_number', hot)}，SWIFT ${doc.d('swift_code', swift)}。`);
  return L.join('\n');
};

// ================================================================ prose documents
const para = (r, pool, n) => r.picks(pool, Math.min(n, pool.length)).map((f) => (typeof f === 'function' ? f() : f)).join('');

K.government_notice = (doc) => {
  const { r } = doc; const yr = r.int(2023, 2026); const org = r.pick([['国务院办公厅', '国办发'], ['浙江省人民政府办公厅', '浙政办发'], ['广东省人民政府办公厅', '粤府办'], ['四川省人民政府办公厅', '川办发'], ['湖北省人民政府办公厅', '鄂政办发'], ['北京市人民政府办公厅', '京政办发'], ['上海市人民政府办公厅', '沪府办发'], ['市市场监督管理局', '市监发'], ['市林业局', '林发'], ['区发展和改革委员会', '发改发'], ['市人力资源和社会保障局', '人社发'], ['市财政局', '财预'], ['国家税务总局某市税务局', '税发'], ['市交通运输局', '交运发']]);
  const no = doc.d('document_number', `${org[1]}〔${yr}〕${r.int(1, 160)}号`);
  const topic = r.pick(['关于进一步加强个人信息保护工作的通知', '关于做好周末及节假日安全生产工作的通知', '关于印发《高新区企业扶持资金管理办法》的通知', '关于开展林业有害生物防治专项行动的通知', '关于调整城乡居民基本医疗保险缴费标准的通知', '关于推进政务服务“一网通办”的实施意见', '关于做好防汛抗旱工作的紧急通知', '关于规范行政事业性收费管理的通知']);
  const L = [no, '', `${org[0]}${topic}`, '', `各${r.pick(['区县人民政府', '市直各单位', '有关企业', '乡镇人民政府、街道办事处'])}：`];
  const p = [
    () => `为深入贯彻落实党中央、国务院决策部署，进一步${r.pick(['优化营商环境', '保障人民群众生命财产安全', '规范数据处理活动', '提升公共服务水平'])}，经${r.pick(['市政府', '局党组', '区委区政府'])}同意，现就有关事项通知如下。`,
    () => `一、提高思想认识。各单位要充分认识做好${r.pick(['安全生产', '个人信息保护', '防汛抗旱', '林业有害生物防治'])}工作的重要性和紧迫性，坚持问题导向，明确责任分工，确保各项措施落到实处。`,
    () => `二、明确工作任务。${yr}年${r.int(1, 12)}月${r.int(1, 28)}日前，各单位须完成自查自纠，对照附件${r.int(1, 3)}逐项填报。涉及收集公民身份号码、手机号码等个人信息的系统，应当进行安全评估，并按照最小必要原则进行整改。`,
    () => `三、加强资金保障。市财政安排专项资金${r.int(100, 9000)}万元，其中对符合条件的高新技术企业给予最高${r.int(50, 500)}万元奖励，资金拨付至企业对公账户，不得以现金方式发放。`,
    () => `四、强化监督检查。市${r.pick(['市场监管局', '网信办', '应急管理局', '林业局'])}会同有关部门开展专项检查，检查结果纳入年度绩效考核。对工作不力、造成严重后果的，依法依规严肃追究责任。`,
    () => `五、做好信息报送。各单位于每月${r.int(1, 10)}日前报送上月工作进展，重大情况随时报告。报送材料请加盖公章，电子版发送至政务内网指定邮箱，不得通过互联网邮箱传送涉密信息。`,
    () => `周末及节假日期间，各单位要严格落实领导带班和24小时值班制度，值班人员须保持通讯畅通，确保突发事件及时处置。`,
    () => `本通知自印发之日起施行，有效期${r.int(2, 5)}年。此前有关规定与本通知不一致的，以本通知为准。`,
  ];
  const body = p.slice(1, 6).filter(() => r.chance(0.8)).map((f) => f()); L.push(p[0]()); body.forEach((s, i) => L.push(s.replace(/^[一二三四五]、/, `${NUMS_CN[i]}、`))); if (r.chance(0.6)) L.push(p[6]()); L.push(p[7]());
  L.push('', `附件：1. ${r.pick(['自查情况统计表', '专项资金申报表', '值班安排表'])}`, `      2. ${r.pick(['工作进度汇总表', '重点企业名单（按统一社会信用代码）', '检查要点清单'])}`, '');
  const dep = r.pick(['综合处', '办公室', '政策法规科', '安全监管科']); doc.d('department_after_person_label', dep);
  const [area, len] = r.pick(AREAS); const tel = `${area}-${r.digits(len, r.int(5, 8))}`;
  L.push(`（联系人：${dep}；联系电话：${doc.dc('cn_landline', tel.replace(/\D/g, ''), tel)}）`);
  L.push('', org[0], `${yr}年${r.int(1, 12)}月${r.int(1, 28)}日`, `（此件${r.pick(['公开发布', '依申请公开', '主动公开'])}）`, '', `抄送：${r.pick(['市委办公室，市人大常委会办公室，市政协办公室', '省政府办公厅', '各民主党派市委'])}。`, `${org[0]}                ${yr}年${r.int(1, 12)}月${r.int(1, 28)}日印发`);
  return L.join('\n');
};

K.law_regulation_text = (doc) => {
  const { r } = doc; const law = r.pick(['中华人民共和国个人信息保护法', '中华人民共和国数据安全法', '中华人民共和国网络安全法', '中华人民共和国电子商务法', '中华人民共和国消费者权益保护法', '中华人民共和国反电信网络诈骗法', '中华人民共和国居民身份证法']);
  const L = [`《${law}》（节选）`, `（${r.int(2012, 2022)}年${r.int(1, 12)}月${r.int(1, 28)}日第${NUMS_CN[r.int(8, 13)]}届全国人民代表大会常务委员会第${NUMS_CN[r.int(1, 29)]}次会议通过）`, ''];
  const arts = [
    '个人信息是以电子或者其他方式记录的与已识别或者可识别的自然人有关的各种信息，不包括匿名化处理后的信息。',
    '处理个人信息应当遵循合法、正当、必要和诚信原则，不得通过误导、欺诈、胁迫等方式处理个人信息。',
    '敏感个人信息是一旦泄露或者非法使用，容易导致自然人的人格尊严受到侵害或者人身、财产安全受到危害的个人信息，包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等信息，以及不满十四周岁未成年人的个人信息。',
    '个人信息处理者向境外提供个人信息的，应当向个人告知境外接收方的名称或者姓名、联系方式、处理目的、处理方式等事项。',
    '电信业务经营者、互联网服务提供者为用户办理网络接入、固定电话、移动电话等入网手续时，应当要求用户提供真实身份信息。',
    '居民身份证登记的项目包括：姓名、性别、民族、出生日期、常住户口所在地住址、公民身份号码、本人相片、指纹信息、证件的有效期和签发机关。',
    '公民身份号码是每个公民唯一的、终身不变的身份代码，由公安机关按照公民身份号码国家标准编制。',
    '电子商务经营者应当在其首页显著位置，持续公示营业执照信息、与其经营业务有关的行政许可信息。',
    '经营者收集、使用消费者个人信息，应当遵循合法、正当、必要的原则，明示收集、使用信息的目的、方式和范围，并经消费者同意。',
    '银行业金融机构、非银行支付机构应当建立客户尽职调查制度，识别交易背景，对异常开户和可疑交易进行监测。',
    '任何单位和个人不得非法买卖、出租、出借电话卡、物联网卡、电信线路、短信端口、银行账户、支付账户等。',
    `违反本法规定处理个人信息的，由履行个人信息保护职责的部门责令改正，给予警告，没收违法所得；拒不改正的，并处${r.pick(['一百万元以下', '五千万元以下或者上一年度营业额百分之五以下'])}罚款。`,
    '国家建立数据分类分级保护制度，根据数据在经济社会发展中的重要程度，对数据实行分类分级保护。',
    '关键信息基础设施的运营者在中华人民共和国境内运营中收集和产生的个人信息和重要数据应当在境内存储。',
    '于是，处理者应当采取相应的加密、去标识化等安全技术措施，并定期对从业人员进行安全教育和培训。',
    '有关主管部门应当方便群众查询、更正、删除其个人信息，明确受理渠道和办理时限。',
    '本法自公布之日起施行。',
  ];
  let no = r.int(1, 40);
  for (let ch = 0; ch < r.int(2, 4); ch++) { L.push(`第${NUMS_CN[r.int(0, 8)]}章 ${r.pick(['总则', '个人信息处理规则', '个人信息跨境提供的规则', '个人在个人信息处理活动中的权利', '个人信息处理者的义务', '法律责任', '附则', '数据安全制度'])}`); for (const a of r.picks(arts, r.int(3, 7))) { const cn = no <= 30 ? NUMS_CN[no - 1] : `${NUMS_CN[Math.floor(no / 10) - 1]}十${no % 10 ? NUMS_CN[(no % 10) - 1] : ''}`; L.push(`第${cn}条 ${a}`); no++; } L.push(''); }
  L.push(`【释义】本条中的“金融账户”包括银行账户、证券账户、支付账户等；“特定身份”包括公民身份号码等。相关国家标准见GB/T 35273—2020《信息安全技术 个人信息安全规范》、GB 11643—1999《公民身份号码》、GB 32100—2015《法人和其他组织统一社会信用代码编码规则》。`);
  for (const s of ['GB/T 35273—2020', 'GB 11643—1999', 'GB 32100—2015']) doc.d('standard_number', s);
  doc.d('person_label_in_phrase', '法人和其他组织');
  return L.join('\n');
};

K.product_manual = (doc) => {
  const { r } = doc; const [br, mdl, name, reg] = r.pick(PHONE_MODELS); const L = [];
  const BI = { Apple: ['Apple ID', ['A15 仿生', 'A16 仿生', 'A17 Pro'], '苹果电子产品商贸（北京）有限公司'], Samsung: ['三星帐户', ['骁龙 8 Gen 2 for Galaxy', 'Exynos 2200'], '三星（中国）投资有限公司'], HUAWEI: ['华为帐号', ['麒麟 9000S', '麒麟 9010'], '华为终端有限公司'], Xiaomi: ['小米帐号', ['骁龙 8 Gen 3'], '小米通讯技术有限公司'], OPPO: ['OPPO 帐号', ['天玑 9200', '骁龙 8 Gen 2'], 'OPPO广东移动通信有限公司'], vivo: ['vivo 帐号', ['天玑 9300'], '维沃移动通信有限公司'], HONOR: ['荣耀帐号', ['骁龙 8 Gen 3'], '荣耀终端有限公司'], OnePlus: ['一加帐号', ['骁龙 8 Gen 3'], 'OPPO广东移动通信有限公司'] }[br];
  doc.d('model_number', mdl); doc.d('model_number', reg);
  L.push(`${name} 快速入门指南`); L.push(`型号：${reg}    产品名称：${r.pick(['移动电话机', '5G数字移动电话机', 'TD-LTE数字移动电话机'])}`); L.push('');
  L.push('一、开机与设置'); L.push(`长按电源键约${r.int(2, 5)}秒开机。首次开机请根据屏幕提示选择语言、连接 WLAN 并登录${BI[0]}。如需查看设备识别码（IMEI/MEID），请在拨号界面输入 *#06#，或在“设置 > 关于手机 > 状态信息”中查看。`);
  L.push(`安装 nano-SIM 卡：使用随附的取卡针插入卡托旁的小孔，取出卡托，装入 SIM 卡后推回。本机支持双卡双待，卡1 和卡2 均支持 5G。`); L.push('');
  L.push('二、技术参数');
  const specs = [`处理器：${r.pick(BI[1])}`, `屏幕：${r.float(6.1, 6.9, 2)} 英寸 ${r.pick(['OLED', 'LTPO OLED', 'AMOLED'])}，分辨率 ${r.pick(['2800×1260', '2796×1290', '3200×1440', '2700×1224'])}`, `电池：${r.int(3200, 6000)}mAh（典型值）`, `充电：最大 ${r.pick([25, 45, 66, 80, 90, 100, 120])}W 有线，${r.pick([15, 50, 80])}W 无线`, `尺寸：约 ${r.float(146, 165, 1)}mm × ${r.float(70, 78, 1)}mm × ${r.float(7.4, 9.2, 2)}mm`, `重量：约 ${r.int(170, 240)}g（含电池）`, `网络频段：5G NR: n1/n3/n5/n8/n28a/n41/n77/n78/n79；LTE FDD: B1/B3/B5/B8；LTE TDD: B34/B38/B39/B40/B41`, `防护等级：IP${r.pick([53, 54, 67, 68])}（GB/T 4208-2017）`, `适配器：输入 100-240V~ 50/60Hz ${r.float(0.8, 2, 1)}A；输出 5V⎓3A 或 ${r.pick([10, 11, 20])}V⎓${r.float(4, 6.2, 1)}A`];
  for (const s of specs) L.push(`· ${s}`);
  L.push(''); L.push('三、认证信息');
  L.push(`CMIIT ID：${doc.d('cmiit_id', `${r.int(2022, 2025)}CP${r.zdigits(4)}`)}    进网许可证编号：${doc.d('network_access_license', `${pad(r.int(0, 99))}-${r.alnum(4)}-${r.zdigits(6)}`)}`);
  L.push(`CCC 证书编号：${doc.n('certificate_no', (r) => `${r.int(2022, 2025)}01${r.pick(['0606', '0801', '0901'])}${r.zdigits(6)}`, { hard: ['bank_card'], as: 'luhn_passing_certificate_no', p: 0.8 })}    执行标准：GB 4943.1-2022、YD/T ${r.int(1000, 4000)}-${r.int(2015, 2023)}`);
  L.push(`产品条形码：${doc.n('ean13_barcode', G.ean13)}    外包装序列号示例：${doc.d('device_serial', 'SN' + r.alnum(12))}（以实物为准）`);
  L.push(`SAR 值：头部 ${r.float(0.5, 1.5, 3)} W/kg（10g 平均），体佩 ${r.float(0.5, 1.5, 3)} W/kg`); L.push('');
  L.push('四、安全须知');
  const safety = ['请勿在加油站、化工厂等易燃易爆场所使用本机。', '驾驶时请勿手持设备通话，安全第一。', '高温环境下充电可能导致电池性能下降，建议在 0℃～35℃ 的环境中使用。', '请使用原装或经认证的充电器和数据线，以免造成设备损坏。', '如设备进液，请立即关机并送至授权服务中心检修，切勿使用吹风机烘干。', '明火附近请勿放置设备，电池严禁拆解、挤压或刺穿。', '常用软件请从官方应用市场下载，防止个人信息泄露。', '于医疗设备附近使用时，请与心脏起搏器保持至少 15 厘米的距离。'];
  for (const s of r.picks(safety, r.int(4, 8))) L.push(`· ${s}`);
  L.push(''); L.push('五、售后服务');
  const hot = r.pick(['950800', '400-100-5678', '400-830-8300', '400-666-0666', '95018', '400-810-8888']); doc.d('service_number', hot);
  const mail = `${r.pick(['service', 'support', 'cs'])}@${br.toLowerCase()}${r.pick(['-cn', '', '.com'])}.com.cn`.replace('.com.com', '.com');
  L.push(`服务热线：${hot}（周一至周日 8:00-22:00）    服务邮箱：${doc.dc('email', mail)}`);
  L.push(`${br === 'Apple' || br === 'Samsung' ? '进口商/制造商' : '制造商'}：${BI[2]}`);
  L.push(`有害物质限量说明（SJ/T 11364-2014）：O 表示该有害物质在该部件所有均质材料中的含量均在 GB/T 26572 规定的限量要求以下。`);
  L.push(`本手册版本 V${r.int(1, 3)}.${r.int(0, 9)}，印刷日期 ${ymd(r, '.')}。图片仅供参考，请以实物为准。`);
  return L.join('\n');
};

K.news_article = (doc) => {
  const { r } = doc; const L = []; const city = r.pick(CITIES); const pl = r.pick(PLACES); const b = r.pick(BRANDS);
  const fig = () => { const n = r.pick(['韩立群', '周建新', '王海涛', '陈晓东', '刘志刚', '李明远', '高振华', '马文杰', '林国栋', '黄永平']); return doc.dc('person_name_zh', n); };
  const t = r.int(0, 3);
  if (t === 0) { L.push(`${pl}片区改造提升工程启动 预计${r.int(2025, 2028)}年底完工`); L.push(`本报讯 ${r.int(1, 12)}月${r.int(1, 28)}日，${city}市${pl}片区城市更新项目正式开工。项目总投资约${r.float(5, 300, 1)}亿元，涉及${r.int(3, 20)}条道路、${r.int(2, 12)}处公共空间改造。市长${fig()}在开工仪式上表示，项目将坚持“留改拆”并举，保留历史风貌，同时完善停车、充电桩等配套设施。`); }
  else if (t === 1) { const [bb, sc] = r.pick([['李宁', '02331'], ['周大福', '01929'], ['安踏', '02020'], ['海底捞', '06862'], ['格力', '000651'], ['美的', '000333'], ['比亚迪', '002594'], ['海尔', '600690'], ['洋河', '002304'], ['汾酒', '600809'], ['老凤祥', '600612'], ['良品铺子', '603719']]); const b = bb; L.push(`${b}发布${r.int(2024, 2026)}年中期业绩 营收同比增长${r.float(1, 30, 1)}%`); L.push(`${r.int(1, 12)}月${r.int(1, 28)}日晚间，${b}（${doc.d('stock_code', sc)}）披露中期报告，报告期内实现营业收入${fmtAmt(r.int(1e9, 9e10))}元，归母净利润${fmtAmt(r.int(1e8, 9e9))}元。公司${r.pick(['董事长', '首席执行官', '首席财务官'])}${fig()}在业绩说明会上称，下半年将继续推进渠道优化，门店总数预计达到${r.int(1000, 8000)}家。`); doc.d('brand_name', b); }
  else if (t === 2) { L.push(`${pl}迎来旅游高峰 单日接待游客超${r.int(2, 15)}万人次`); L.push(`“五一”假期首日，${pl}景区迎来客流高峰。据景区管理处统计，当日接待游客${doc.d('visitor_count', fmtAmt(r.int(20000, 150000)).replace('.00', ''))}人次，同比增长${r.float(5, 60, 1)}%。景区实行分时预约，游客可通过官方小程序预约，高峰期每${r.int(10, 30)}分钟发车一班接驳车。${r.pick(['黄河', '长江', '钱塘江'])}沿线的多个景点同样游人如织。`); }
  else { L.push(`${city}高新区发布人工智能产业扶持政策`); L.push(`${r.int(1, 12)}月${r.int(1, 28)}日，${city}高新区管委会召开新闻发布会，发布支持人工智能产业发展的若干措施。高新区管委会主任${fig()}介绍，对新引进的人工智能企业，按照实际到位投资额给予最高${r.int(500, 5000)}万元补助；对获得国家级专精特新“小巨人”认定的企业，一次性奖励${r.int(50, 300)}万元。`); }
  const extra = [
    () => `据市统计局数据，今年前三季度全市实现地区生产总值${r.float(0.5, 3.5, 2)}万亿元，同比增长${r.float(3, 7, 1)}%；社会消费品零售总额${r.int(3000, 12000)}亿元。`,
    () => `当天${city}最高气温${r.int(28, 40)}℃，气象部门发布高温${r.pick(['黄色', '橙色'])}预警，提醒市民注意防暑降温，周末外出尽量避开午后时段。`,
    () => `市林业局相关负责人表示，今年以来全市完成植树造林${r.int(1, 30)}万亩，森林覆盖率提升至${r.float(30, 70, 1)}%。`,
    () => `${r.pick(['周大福', '李宁', '安踏', '王老吉', '海底捞'])}、${r.pick(['老凤祥', '小米', '华为', '比亚迪'])}等品牌在${pl}开设了旗舰店，带动周边商业客流明显回升。`,
    () => `市民如有意见建议，可拨打政务服务便民热线${doc.d('service_number', '12345')}反映，或登录市政府门户网站留言。`,
    () => `马鞍山、张家口、周口等地也相继出台类似政策，业内人士认为，区域间的产业竞争将更加激烈。`,
    () => `于是，越来越多的年轻人选择在周末来到这里，“打卡”成为新的消费方式。`,
    () => `据了解，该项目由${coName(r)}承建，合同金额${r.float(1, 50, 2)}亿元，工期${r.int(12, 48)}个月。`,
    () => `相关数据显示，${r.int(2024, 2026)}年${r.int(1, 12)}月，全国新能源汽车销量达到${r.float(50, 160, 1)}万辆，渗透率${r.float(30, 60, 1)}%。`,
    () => `${r.pick(['安阳', '金华', '常州', '石家庄'])}等城市的文旅局也发布了优惠措施，部分景区对学生、教师实行门票减免。`,
  ];
  L.push(para(r, extra, r.int(3, 7)));
  L.push(para(r, extra, r.int(2, 5)));
  if (r.chance(0.5)) L.push(`（记者 ${doc.dc('person_name_zh', r.pick(['张悦', '王晨', '李想', '周航', '赵敏']))} 通讯员 ${doc.d('department_name', r.pick(['宣传部', '办公室', '融媒体中心']))}）`);
  L.push(`责任编辑：${doc.d('role_after_person_label', r.pick(['融媒体中心', '新闻编辑部', '值班编辑']))}`);
  return L.join('\n\n');
};

K.novel_prose = (doc) => {
  const { r } = doc; const S = [
    '周末的早晨，雾气还没散尽，江边的石阶上已经坐满了钓鱼的人。', '他高兴得说不出话来，只是一个劲地搓着手。', '母亲把余下的米倒进缸里，盖好木盖，又用石头压住。', '于是我们沿着田野间的小路向前走，叶子在脚下沙沙作响。',
    '明天一早就要出发，她把常用的东西一件件叠好，放进那只褪了色的帆布包。', '那年夏天特别热，院子里的杨柳都打了蔫，知了叫个不停。', '他向来不爱说话，可那天晚上却讲了许多年轻时候的事情。', '马上就要下雨了，远处的山头被乌云压得很低。',
    '钱包里只剩下几张零钱，他数了又数，还是决定走路回去。', '黄昏时分，林间的鸟雀纷纷归巢，村口的老槐树下又热闹起来。', '关于那段往事，老人从不主动提起，仿佛它从来没有发生过。', '白天的喧嚣渐渐退去，街灯一盏接一盏地亮了。',
    '安静的夜里，只听得见钟表滴答的声音。', '方便面的香味从隔壁飘过来，他这才想起自己一天没吃东西。', '金色的阳光洒在麦田上，风一吹，麦浪一层层地涌向远方。', '那只熊猫玩偶一直放在床头，陪她度过了许多个失眠的夜晚。',
    '何必想那么多呢？日子总要一天一天地过。', '史书上说，这里曾经是一座繁华的渡口，商船往来，昼夜不息。', '常年在外奔波，他的手上满是老茧，脸也晒得黝黑。', '文件堆满了整张桌子，她揉了揉眼睛，又埋头看了下去。',
    '成功来得太突然，他反倒有些不知所措。', '和平年代的孩子，很难想象那时候的艰难。', '万一赶不上最后一班车，就只能在镇上的旅店住一晚了。', '许多年以后，站在那条熟悉的胡同口，她仍会想起那个下雪的冬天。',
    '严格说来，那并不算一次旅行，更像是一场漫无目的的逃离。', '丁香开了，一院子都是淡淡的紫色。', '夏天的雷雨来得快去得也快，太阳很快又从云缝里钻了出来。', '汤圆在锅里翻滚着，厨房里弥漫着芝麻和白糖的甜香。',
    '顾客不多，店主靠在柜台后面打着盹，收音机里咿咿呀呀地唱着戏。', '陆地的尽头是海，海的尽头是什么，少年常常望着远方出神。', '龙头里的水滴滴答答，怎么也拧不紧。', '段落之间空了一行，像是作者在那里停下来，长长地叹了一口气。',
    '他曾经以为，离开这座小城就能找到想要的生活。', '毛巾搭在窗台上，被风吹得轻轻摆动。', '秦朝的砖，汉代的瓦，都静静地躺在博物馆的玻璃柜里。', '江南的雨总是细细的，绵绵的，下起来就没完没了。',
    '任何一个路过的人，都会被那片金黄的油菜花吸引。', '程序员出身的他，连写信都习惯先列一个提纲。', '时间仿佛在这里停住了，连墙上的日历都还停在去年的那一页。', '高速公路上的车流像一条发光的河，向着城市的方向缓缓流去。',
    '孔雀在笼子里慢慢地踱步，始终不肯开屏。', '黎明前最黑暗的时候，村里的公鸡开始第一遍啼叫。', '武器库的大门早已锈迹斑斑，如今成了孩子们捉迷藏的地方。', '范围一旦划定，就很难再改变了。', '易碎的瓷碗用旧报纸层层包好，码在纸箱的最底层。',
    '余额不足的提示音响起时，他才意识到这个月的工资还没发。', '付款的时候，收银员找错了钱，他又折回去还给了她。', '明白了这一点，心里反而轻松了许多。', '华灯初上，江面上的游船缓缓驶过，留下一道道粼粼的波光。',
    '宋体字印在泛黄的纸上，有些笔画已经模糊不清。', '钟声从山那边的寺庙里传来，一声，又一声。', '石头缝里长出一株小草，倔强地向上伸展着。', '田地里的稻子熟了，沉甸甸地弯下了腰。', '叶片上的露珠在晨光中闪闪发亮。',
  ];
  const L = [`第${NUMS_CN[r.int(0, 29)]}章 ${r.pick(['江边', '周末', '归途', '旧信', '雪夜', '渡口', '田野', '黄昏', '明天'])}`];
  const classics = [['李白', '床前明月光，疑是地上霜'], ['杜甫', '国破山河在，城春草木深'], ['苏轼', '但愿人长久，千里共婵娟'], ['王维', '大漠孤烟直，长河落日圆'], ['白居易', '野火烧不尽，春风吹又生'], ['鲁迅', '其实地上本没有路，走的人多了，也便成了路']];
  let pool = r.shuffle(S); const take = (k) => { if (pool.length < k) pool = pool.concat(r.shuffle(S)); return pool.splice(0, k).join(''); };
  for (let p = 0; p < r.int(6, 14); p++) { let s = take(r.int(3, 7)); if (r.chance(0.12)) { const [a, q] = r.pick(classics); s += `他忽然想起${doc.dc('person_name_zh', a)}的那句“${q}”，不禁笑了。`; } if (r.chance(0.3)) s += `“${r.pick(['明天见。', '周末回来吃饭吧。', '马上就好，再等一会儿。', '于是就这么定了？', '你放心，安全得很。', '向前走，别回头。'])}”${r.pick(['她说。', '他轻声说。', '母亲在身后喊道。', '老人摆了摆手。'])}`; L.push('　　' + s); }
  return L.join('\n\n');
};

K.recipe = (doc) => {
  const { r } = doc; const dishes = [['东坡肉', '五花肉'], ['宫保鸡丁', '鸡腿肉'], ['麻婆豆腐', '嫩豆腐'], ['左宗棠鸡', '鸡腿肉'], ['宋嫂鱼羹', '鳜鱼'], ['李鸿章杂烩', '海参'], ['西湖醋鱼', '草鱼'], ['白切鸡', '三黄鸡'], ['黄焖鸡米饭', '鸡腿'], ['金汤酸菜鱼', '黑鱼'], ['叶儿粑', '糯米粉'], ['石锅拌饭', '米饭'], ['田园时蔬', '西兰花'], ['马蹄糕', '马蹄粉'], ['杨枝甘露', '芒果']];
  const [dish, main] = r.pick(dishes); if (/东坡|左宗棠|宋嫂|李鸿章/.test(dish)) doc.d('dish_named_after_person', dish); else doc.d('dish_name', dish);
  const L = [`【${dish}】家常做法（${r.int(2, 6)}人份）`, `难度：${r.pick(['简单', '中等', '较难'])}    准备时间：${r.int(10, 60)}分钟    烹饪时间：${r.int(10, 180)}分钟`, '', '主料：', `${main} ${r.int(200, 1500)}克`];
  const aux = ['姜 3片', '葱 2根', '白糖 15克', '黄酒 30毫升', '陈醋 10毫升', '生抽 20毫升', '老抽 5毫升', '花椒 1小把', '干辣椒 6个', '高汤 500毫升', '白芝麻 适量', '金针菇 150克', '淀粉 10克', '食用油 适量', '冰糖 30克', '八角 2颗', '桂皮 1小段', '盐 适量', '蒜 4瓣', '香叶 2片', '郫县豆瓣 1汤匙', '花生米 50克', '鸡蛋 2个', '江米 100克'];
  L.push('辅料：'); for (const a of r.picks(aux, r.int(6, 12))) L.push(a);
  const steps = [`${main}洗净，切成${r.int(2, 5)}厘米见方的块，冷水下锅焯水，撇去浮沫后捞出沥干。`, '锅中放少许油，小火下冰糖炒出糖色，颜色呈琥珀色时马上下入主料翻炒上色。', '加入姜片、葱段、八角和桂皮，沿锅边淋入黄酒，大火烧开后转小火。', `盖上锅盖焖${r.int(20, 90)}分钟，中途翻动一两次，防止粘锅。`, '大火收汁，汤汁浓稠、均匀包裹在食材表面即可出锅。', '调一碗芡汁：生抽、陈醋、白糖、淀粉和少量清水搅拌均匀备用。', `烤箱预热至${r.pick([160, 180, 200, 220])}℃，放入中层烤${r.int(10, 40)}分钟。`, '撒上白芝麻和葱花，淋少许热油激出香味。', '于是一道色香味俱全的家常菜就完成了，方便又下饭。', '常用的替换做法：没有黄酒可以用料酒代替，口味更清淡一些。', '高压锅上汽后转小火压15分钟，可大大缩短时间。', '安全提示：热油下锅时请保持锅内无水，以免油花飞溅。'];
  L.push('', '步骤：'); r.picks(steps, r.int(5, 9)).forEach((s, i) => L.push(`${i + 1}. ${s}`));
  L.push('', '小贴士：', para(r, ['周末有空的时候可以一次多做一些，分装冷冻保存。', '选肉时以肥瘦相间、皮薄的为佳。', '白糖和醋的比例可以按个人口味调整。', '明火炖煮时注意看火，别让汤汁烧干。', '高汤可以用清水加少许鸡精代替。', '叶菜类最后下锅，保持脆嫩。'], r.int(2, 4)));
  L.push('', `营养成分（每100克）：能量 ${r.int(80, 450)}千卡，蛋白质 ${r.float(2, 30, 1)}克，脂肪 ${r.float(1, 35, 1)}克，碳水化合物 ${r.float(1, 60, 1)}克，钠 ${r.int(100, 1200)}毫克。`);
  return L.join('\n');
};

K.weather_report = (doc) => {
  const { r } = doc; const L = []; const d = ymd(r);
  L.push(`${r.pick(['中央气象台', '市气象台', '省气象台'])} ${d} ${r.pick(['06', '11', '17'])}时发布 天气预报`);
  const mon = +d.slice(5, 7); const season = [0, 2, 5, 12, 19, 25, 29, 31, 30, 24, 17, 9, 3][mon];
  for (const c of r.picks(CITIES, r.int(12, 30))) { const south = /广州|深圳|海口|南宁|厦门|福州|东莞|佛山|昆明/.test(c) ? 10 - season / 3 : /哈尔滨|长春|沈阳|乌鲁木齐|呼和浩特|拉萨|西宁|兰州|银川|张家口/.test(c) ? -6 : 0; const hi = Math.round(season + south + r.int(-3, 4)); const sid = 50000 + (hashStr(c)[0] % 9999); L.push(`${c}（${doc.d('weather_station_id', String(sid))}）：${r.pick(['晴', '多云', '阴', '小雨', '雷阵雨', '中雨转大雨', '晴转多云', '小雪', '雾', '霾'])}，${hi - r.int(4, 12)}～${hi}℃，${r.pick(['东', '南', '西', '北', '东南', '西北'])}风${r.int(1, 4)}～${r.int(3, 6)}级，相对湿度${r.int(20, 95)}%，AQI ${r.int(15, 220)}，降水概率${r.int(0, 100)}%`); }
  L.push(''); const lvl = r.pick(['蓝色', '黄色', '橙色', '红色']); const typ = r.pick(['高温', '暴雨', '大风', '寒潮', '大雾', '雷电']);
  L.push(`【预警】${r.pick(CITIES)}市气象台${d} ${hhmm(r)}发布${typ}${lvl}预警信号（预警编号 ${doc.n('warning_id', (r) => `${r.pick(['11', '31', '44', '33', '51'])}${r.zdigits(4)}41${G.dateCompact(r)}${hhmm(r).replace(':', '')}${r.zdigits(2)}`, { hard: true, p: 0.6 })}）：预计未来${r.pick([6, 12, 24])}小时内，${r.pick(['高新区', '王府井周边', '江边沿线', '黄河沿岸', '林区'])}等地将出现${typ}天气，请注意防范。`);
  L.push('防御指南：1. 政府及相关部门按照职责做好防御准备工作；2. 高温时段尽量减少户外活动，周末出行请关注最新天气；3. 注意用电安全，防范火灾。');
  L.push(`海上天气：${r.pick(['黄海', '东海', '南海'])}北部海域${r.pick(['西北', '东北', '东南'])}风${r.int(5, 7)}～${r.int(7, 9)}级，浪高${r.float(1, 4, 1)}米。`);
  L.push(`空气质量：首要污染物${r.pick(['PM2.5', 'PM10', 'O₃', '无'])}；紫外线指数${r.int(1, 10)}；穿衣指数：${r.pick(['炎热', '舒适', '较冷', '寒冷'])}。`);
  L.push(`气象服务热线 ${doc.d('service_number', '12121')}，更多信息请关注“${r.pick(CITIES)}气象”公众号。`);
  return L.join('\n');
};

K.work_chat_export = (doc) => {
  const { r } = doc; const L = []; const c = clock(r); const grp = r.pick(['支付中台-值班群', '订单组日常沟通', '双11备战指挥部', '财务结算对接群', '仓储物流协同群', '发版通知群']);
  L.push(`群聊“${grp}”的聊天记录（导出时间 ${fLog(c.t + 86400e3 * 3).slice(0, 19)}）`);
  const who = ['值班机器人', 'Jenkins', '后端组', 'PM-A', '测试同学', '运维值班', 'SRE-Oncall', '财务BP', '仓储主管', '客服组长', '产品小组', 'DBA'];
  for (const w of who) if (/[\u4e00-\u9fa5]/.test(w)) doc.d('chat_handle_role', w);
  const msg = [
    () => `周末发版计划：周六 ${r.pick(['22:00', '23:30'])} 开始，预计 ${r.int(1, 3)} 小时，涉及 order-service ${doc.d('version_string', 'v' + G.ver(r))}`,
    () => `马上看一下，订单 ${doc.n('order_no', (r) => G.orderNo(r, 18), { hard: ['bank_card', 'cn_resident_id', 'cn_uscc'], p: 0.6 })} 状态卡在待支付`,
    () => `这个工单 ${doc.d('ticket_no', 'INC' + G.orderNo(r, 14))} 已经处理了，原因是回调重复`,
    () => `明天上午十点 ${r.int(2, 20)} 楼${r.pick(['大会议室', '1203', '松果厅'])}对一下方案`,
    () => `@全体成员 今晚 ${r.int(20, 23)}:00 数据库主从切换，期间只读 ${r.int(5, 30)} 分钟`,
    () => `traceId=${doc.n('trace_id', (r) => r.hex(32), HX)} 帮忙查下为什么 504`,
    () => `好的收到`, () => `OK`, () => `👍`, () => `[图片]`, () => `[文件] ${r.pick(['对账差异明细', '周报', '压测报告', '发票清单'])}_${G.dateCompact(r)}.xlsx`,
    () => `对账差异 ${r.int(1, 90)} 笔，金额合计 ${r.float(10, 90000, 2)} 元，交易号见附件第 ${r.int(1, 9)} 列`,
    () => `渠道流水号 ${doc.n('payment_serial_no', (r) => r.pick(['1', '3', '7']) + r.zdigits(r.pick([15, 16, 17, 18])), { hard: ['bank_card', 'cn_resident_id', 'cn_uscc'], as: undefined, p: 0.7 })} 对不上，麻烦财务确认下`,
    () => `高峰 QPS ${r.int(2000, 90000)}，P99 ${r.int(30, 900)}ms，CPU ${r.int(30, 95)}%，暂时安全`,
    () => `监控告警：${r.pick(['order-api', 'pay-gw', 'redis-cluster-03'])} 错误率 ${r.float(0.1, 12, 2)}% 超过阈值 ${r.float(0.5, 5, 1)}%（告警ID ${doc.d('alert_id', String(r.int(1e8, 9e9)))}）`,
    () => `方便的话今天下班前给个结论`, () => `已回滚到 ${doc.n('git_sha', (r) => r.hex(7), HX)}`, () => `这个金额是含税的吗？`, () => `于是又改回去了😂`,
    () => `库存同步延迟，SKU ${doc.n('sku_id', (r) => r.digits(12, r.int(1, 9)))} 仓库显示 ${r.int(0, 500)} 件`,
    () => `常规巡检完成，无异常`, () => `客服那边反馈 ${r.int(3, 60)} 单重复扣款，已走退款，退款单号前缀 RF${G.dateCompact(r)}`,
    () => `压测脚本在 git@github.com:example/perf.git，分支 perf/${G.dateCompact(r)}`,
    () => `请查看 https://jira.example-corp.cn/browse/PAY-${r.int(100, 9999)}`,
  ];
  for (let i = 0; i < r.int(40, 110); i++) { c.tick(r.int(5e3, 20 * 60e3)); L.push(`${fLog(c.t).slice(0, 19)} ${r.pick(who)}`); L.push(r.pick(msg)()); L.push(''); }
  const txt = L.join('\n'); if (txt.includes('git@github.com:example/perf.git')) doc.d('git_ssh_remote', 'git@github.com:example/perf.git');
  if (txt.includes('@全体成员')) doc.d('at_mention', '@全体成员');
  for (const m of txt.matchAll(/RF\d{8}/g)) doc.d('refund_no_prefix', m[0]);
  return txt;
};

K.meeting_minutes = (doc) => {
  const { r } = doc; const L = [];
  L.push(`${r.pick(['季度经营分析会', '项目周例会', '安全生产专题会', '数据安全治理推进会', '预算评审会'])}会议纪要`);
  L.push(`时间：${ymd(r)} ${r.pick(['09:30', '14:00', '15:30'])}-${r.pick(['11:30', '16:00', '17:30'])}    地点：总部${r.pick(['A', 'B'])}座${r.int(3, 30)}楼第${r.int(1, 6)}会议室    纪要编号：${doc.d('minutes_no', `JY-${r.int(2024, 2026)}-${pad(r.int(1, 300), 3)}`)}`);
  const att = r.picks(DEPTS, r.int(4, 8)); L.push(`参会部门：${att.join('、')}`); L.push(`主持：${doc.d('role_after_person_label', r.pick(['总经理', '副总经理', '首席技术官', '财务总监']))}    记录：${doc.d('role_after_person_label', r.pick(['总经理办公室', '综合办公室', '项目管理办公室']))}`);
  L.push('', '一、议题及结论');
  const items = [() => `${r.pick(att)}汇报了${r.pick(['上半年', '三季度', '本月'])}预算执行情况：累计支出${r.float(50, 9000, 2)}万元，执行率${r.float(40, 110, 1)}%。会议要求严格控制非必要支出。`, () => `关于客户数据外发管理，会议明确：含手机号、身份证号等字段的文件一律不得通过个人邮箱或即时通讯工具发送，确需外发的须经${r.pick(['法务部', '信息技术部'])}审批并脱敏。`, () => `${r.pick(att)}提出周末加班审批流程过长，会议决定由人力资源部牵头在${r.int(1, 4)}周内优化。`, () => `会议同意采购${r.int(2, 50)}台服务器，预算${r.float(10, 500, 1)}万元，由采购部按照招标流程执行，合同编号另行编制。`, () => `安全生产方面，${r.pick(['一号厂区', '物流园', '研发楼'])}消防通道被占用问题须在明天下班前整改完毕。`, () => `关于${r.pick(['王府井', '陆家嘴', '高新区', '马鞍山'])}新门店选址，财务测算投资回收期约${r.float(1.5, 5, 1)}年，会议原则同意，待董事会审议。`, () => `明确下阶段KPI：GMV 同比增长不低于${r.int(5, 30)}%，退货率控制在${r.float(2, 8, 1)}%以内。`];
  r.picks(items, r.int(3, 7)).forEach((f, i) => L.push(`${i + 1}. ${f()}`));
  L.push('', '二、待办事项', '序号 | 事项 | 责任部门 | 完成时限');
  for (let i = 1; i <= r.int(3, 8); i++) L.push(`${i} | ${r.pick(['修订数据分级目录', '完成供应商对账', '提交周报模板', '安全巡检', '更新应急预案', '梳理系统权限', '准备董事会材料'])} | ${r.pick(DEPTS)} | ${ymd(r)}`);
  L.push('', `下次会议时间另行通知。`, `（本纪要发至参会部门，请勿外传。）`);
  return L.join('\n');
};

K.system_notification_email = (doc) => {
  const { r } = doc; const co = company(doc); const dom = r.pick(['example-corp.cn', 'corp-internal.net', 'demo-saas.com']);
  const from = r.pick(['noreply', 'no-reply', 'notice', 'alert', 'billing']);
  const fromAddr = `${from}@${dom}`; doc.dc('email', fromAddr); const to = `${r.pick(['finance-team', 'it-ops', 'purchasing', 'ap', 'helpdesk'])}@${dom}`; doc.dc('email', to);
  const L = [`From: "${r.pick(['系统通知', '账单中心', '运维告警', '电子发票平台'])}" <${fromAddr}>`, `To: ${to}`, `Date: ${dt(clock(r).t).toUTCString().replace('GMT', '+0000')}`, `Message-ID: <${doc.d('email_shaped_message_id', r.hex(16) + '.' + G.epochMs(r) + '@mail.' + dom)}>`, `Subject: =?UTF-8?B?${doc.d('base64_blob', r.b64(40))}?=`, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: 8bit', ''];
  const t = r.int(0, 2);
  if (t === 0) { L.push(`您好：`, '', `${co.name}已为贵司开具电子发票，发票信息如下：`, `发票号码：${doc.n('e_invoice_no', (r) => `${r.int(24, 26)}${r.pick(['31', '44', '11', '33'])}${r.pick(['2', '7'])}${r.zdigits(15)}`)}`, `开票日期：${ymd(r)}`, `价税合计：¥${r.float(100, 99999, 2)}`, `下载链接：https://inv.${dom}/d/${doc.d('url_token', r.b64url(22))}（有效期${r.int(7, 30)}天）`, '', '本邮件由系统自动发送，请勿直接回复。'); doc.dc('cn_uscc', co.uscc); L.push(`销售方纳税人识别号：${co.uscc}`); }
  else if (t === 1) { L.push(`[${r.pick(['P1', 'P2', 'P3'])}] ${r.pick(['磁盘使用率过高', 'MySQL 主从延迟', 'Kafka 消费积压', 'SSL 证书即将过期'])}`, `集群：${r.pick(['prod-hz-01', 'prod-sh-02'])}    实例：${r.pick(['10.0.', '172.20.'])}${r.int(0, 255)}.${r.int(1, 254)}:${r.pick([3306, 9092, 6379, 443])}`, `当前值：${r.float(80, 100, 1)}%    阈值：${r.int(70, 90)}%`, `首次触发：${fLog(clock(r).t).slice(0, 19)}    持续：${r.int(1, 120)} 分钟`, `告警ID：${doc.d('alert_id', r.uuid())}`, `指纹：${doc.n('sha1', (r) => r.hex(40), HX)}`, '', `处理建议：请值班人员登录运维平台确认；如为误报可在 ${r.int(10, 60)} 分钟内静默。`); }
  else { L.push(`尊敬的客户：`, '', `贵司账户${doc.d('tenant_id', 'T' + r.zdigits(8))}本月账单已出，应付金额 ¥${r.float(100, 99999, 2)}，账单编号 ${doc.n('bill_no', (r) => 'BL' + G.orderNo(r, 16))}。`, `请于${ymd(r)}前通过对公转账支付至：`, `户名：${co.name}`, `开户行：${r.pick(BANKS)[0]}${co.city}分行`, `账号：${corpAcct(doc, '105')}`, `汇款时请备注账单编号。如有疑问请联系客服 ${doc.d('service_number', `400-${r.int(100, 999)}-${r.zdigits(4)}`)}。`); doc.d('company_as_account_holder', co.name); }
  L.push('', '--', `${co.name}`, `${coAddr(r, co.city)}`, `总机：${dcTel(doc, co)}`);
  return L.join('\n');
};

// ================================================================ driver
const HARD_PREFIX = /^(luhn_passing|mobile_shaped|mod112_passing|mod31_passing|landline_shaped|passport_shaped|legacy15_shaped|email_shaped)_/;
const HARD_OK_KINDS = new Set(['asset_filename_at_sign', 'git_ssh_remote']);
const PERSON_LABEL_RE = /(员工姓名|客户姓名|姓名|名字|联系人|收件人|收货人|寄件人|开户名|户名|持卡人|法定代表人|法人|经办人|申请人|投保人|被保险人|受益人|借款人|担保人|患者|负责人|审核人|制单人|复核|收款人|开票人|盘点人|主持|记录|记者|通讯员|责任编辑|导出人|采购员|驾驶员)[:：\s]*([\u4e00-\u9fa5·]{2,8})/g;
const SURNAME_CHARS = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';
const nf = (s) => s.normalize('NFKC');

function tagWords(doc, text) {
  const have = new Set(doc.decoys.map((d) => d.text));
  const tag = (list, kind, minLen = 2) => { for (const w of list) if (w.length >= minLen && text.includes(w) && !have.has(w)) { doc.d(kind, w); have.add(w); } };
  tag(BRANDS, 'brand_name'); tag(PLACES, 'place_name'); tag(TITLES, 'job_title'); tag(DEPTS, 'department_name'); tag(REGIONS, 'region_heading'); tag(SURWORDS, 'surname_initial_word');
  for (const [bn] of BANKS) if (text.includes(bn) && !have.has(bn)) { doc.d('bank_name', bn); have.add(bn); }
}

function audit(doc, text) {
  const problems = [];
  const dec = doc.decoys.map((d) => ({ kind: d.kind, t: nf(d.text) })); const dcs = doc.dontCare.map((d) => nf(d.text));
  for (const h of scanText(text)) {
    const v = nf(h.v);
    if (dcs.some((t) => t.includes(v))) continue;
    if (h.forbidden) { problems.push(`forbidden ${h.det} ${h.v}`); continue; }
    if (dec.some((d) => d.t.includes(v) && (HARD_PREFIX.test(d.kind) || HARD_OK_KINDS.has(d.kind)))) continue;
    problems.push(`uncovered ${h.det} ${h.v} [${dec.filter((d) => d.t.includes(v)).map((d) => d.kind).join(',')}]`);
  }
  for (const m of text.matchAll(PERSON_LABEL_RE)) {
    const whole = m[0].replace(/[:：\s]/g, ''); const tok = m[2];
    if (!SURNAME_CHARS.includes(tok[0]) && !SURNAME_CHARS.includes(tok.slice(0, 2))) continue; // a name must start with a surname
    const lt = m[1] + tok; const all = doc.decoys.map((d) => d.text).concat(doc.dontCare.map((d) => d.text));
    const ok = all.some((T) => tok.startsWith(T) || T.startsWith(tok) || T.includes(whole) || (lt.startsWith(T) && T.length >= m[1].length + 2));
    if (!ok) problems.push(`person label ${m[0]}`);
  }
  for (const d of doc.decoys) if (!text.includes(d.text)) problems.push(`decoy not in text: ${d.kind} ${d.text.slice(0, 40)}`);
  for (const d of doc.dontCare) if (!text.includes(d.text)) problems.push(`dontCare not in text: ${d.detector} ${d.text}`);
  return problems;
}

const PLAN = Object.keys(K);
const PER_KIND = 14;
const docs = []; const failLog = new Map(); let attemptsTotal = 0;
let seq = 0;
for (let round = 0; round < PER_KIND; round++) {
  for (const kind of PLAN) {
    seq++;
    let ok = null;
    for (let attempt = 0; attempt < 40 && !ok; attempt++) {
      attemptsTotal++;
      const r = new RNG(`${SEED}/${kind}/${round}/${attempt}`);
      const doc = new Doc(r, kind);
      let text;
      try { text = K[kind](doc); } catch (e) { failLog.set(kind + ': ' + e.message, (failLog.get(kind + ': ' + e.message) || 0) + 1); continue; }
      // some generators register decoys for text pieces that were later re-formatted: drop those not present
      doc.decoys = doc.decoys.filter((d) => text.includes(d.text));
      tagWords(doc, text);
      const pr = audit(doc, text);
      if (pr.length) { for (const p of pr) { const k = kind + ': ' + p.replace(/\d{4,}|[0-9a-f]{8,}/g, '#'); failLog.set(k, (failLog.get(k) || 0) + 1); } continue; }
      ok = { id: '', kind, text, entities: [], dontCare: doc.dontCare.map(({ detector, value }) => ({ detector, value })), decoys: doc.decoys };
    }
    if (!ok) { console.error(`GAVE UP on ${kind} round ${round}`); continue; }
    docs.push(ok);
  }
}
docs.forEach((d, i) => { d.id = `c-${String(i + 1).padStart(4, '0')}`; });
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');

// ---------------------------------------------------------------- stats (stderr)
const bytes = docs.reduce((a, d) => a + Buffer.byteLength(d.text), 0);
const decoyKinds = new Map(); const hard = new Map(); let nDec = 0, nDc = 0; const dcDet = new Map();
for (const d of docs) { nDc += d.dontCare.length; for (const x of d.dontCare) dcDet.set(x.detector, (dcDet.get(x.detector) || 0) + 1); for (const x of d.decoys) { nDec++; decoyKinds.set(x.kind, (decoyKinds.get(x.kind) || 0) + 1); const hs = scanText(x.text); for (const det of new Set(hs.map((h) => h.legacy ? 'cn_resident_id(legacy15)' : h.det))) { const k = det + ' ← ' + x.kind; hard.set(k, (hard.get(k) || 0) + 1); } } }
const log = (...a) => console.error(...a);
log(`docs=${docs.length} kinds=${new Set(docs.map((d) => d.kind)).size} textBytes=${bytes} decoys=${nDec} dontCare=${nDc} attempts=${attemptsTotal}`);
log('dontCare by detector:', Object.fromEntries(dcDet));
if (process.env.VERBOSE) { log('decoy kinds:', [...decoyKinds].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' ')); log('hard cases (detector ← decoy kind):'); for (const [k, v] of [...hard].sort()) log(`  ${k}: ${v}`); log('regeneration reasons:'); for (const [k, v] of [...failLog].sort((a, b) => b[1] - a[1]).slice(0, 60)) log(`  ${v}× ${k}`); }
