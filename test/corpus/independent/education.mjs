#!/usr/bin/env node
/*
 * education.mjs — independent labelled test corpus for listguard.
 *
 * Theme: "education" (id prefix "ed"): schools, training centres and
 * universities, as their staff would leak it — 学生花名册, 家长群 exports,
 * 招生咨询登记, 缴费/退费 lists, 成绩单, 考试报名, 奖助学金 公示 / 资助名单,
 * 新生报到, 宿舍分配, 教师通讯录, 家访记录, 校车接送, 夏令营, 毕业生就业,
 * 校友会, 课程顾问 CRM notes, 网课平台 exports, and more (32 kinds).
 *
 * Usage:   node education.mjs OUT.jsonl
 *
 * Output:  one JSON object per line:
 *   {"id":"ed-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported under any detector
 *
 * Normalisation of values: cn_resident_id 18 chars, upper-case X (legacy
 * 15-digit numbers are upgraded to 18); cn_mobile 11 digits (no +86);
 * cn_landline digits incl. leading 0 and area code; email lower-case;
 * bank_card digits only; cn_passport upper-case; cn_uscc 18 chars upper-case;
 * person_name_zh as written, without spaces or titles. Decoys carry their
 * exact text as written.
 *
 * Deterministic (own seeded PRNG, fixed seed); all data synthetic, with
 * valid check characters (GB 11643 MOD 11-2, Luhn, GB 32100 + GB 11714).
 * Ends with a self-check (exit 1 on failure) and prints a summary.
 *
 * Written in session 24 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

// ---------------------------------------------------------------- PRNG
function sfc32(a, b, c, d) {
  return () => {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11); c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}
const rnd = sfc32(0x24ed2024, 0x9e3779b9, 0x85ebca6b, 0xc2b2ae35);
for (let i = 0; i < 32; i++) rnd();
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const pickF = (a) => pick(a)();
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const pad = (n, w = 2) => String(n).padStart(w, '0');
function pickW(pairs) { let t = 0; for (const [, w] of pairs) t += w; let r = rnd() * t; for (const [v, w] of pairs) { if ((r -= w) < 0) return v; } return pairs[pairs.length - 1][0]; }
const toFW = (s) => s.replace(/[0-9A-Za-z@.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

// ---------------------------------------------------------------- regions (real GB/T 2260 county codes)
const REGIONS = [
  ['110101', '北京市东城区'], ['110102', '北京市西城区'], ['110103', '北京市崇文区'], ['110105', '北京市朝阳区'], ['110106', '北京市丰台区'],
  ['110107', '北京市石景山区'], ['110108', '北京市海淀区'], ['120101', '天津市和平区'], ['120104', '天津市南开区'], ['130102', '河北省石家庄市长安区'],
  ['130702', '河北省张家口市桥东区'], ['140105', '山西省太原市小店区'], ['150102', '内蒙古呼和浩特市新城区'], ['210102', '辽宁省沈阳市和平区'],
  ['220102', '吉林省长春市南关区'], ['230102', '黑龙江省哈尔滨市道里区'], ['310101', '上海市黄浦区'], ['310104', '上海市徐汇区'], ['310105', '上海市长宁区'],
  ['310115', '上海市浦东新区'], ['320102', '江苏省南京市玄武区'], ['320106', '江苏省南京市鼓楼区'], ['320582', '江苏省张家港市'], ['330102', '浙江省杭州市上城区'],
  ['330106', '浙江省杭州市西湖区'], ['330782', '浙江省义乌市'], ['340104', '安徽省合肥市蜀山区'], ['341002', '安徽省黄山市屯溪区'], ['350102', '福建省福州市鼓楼区'],
  ['350582', '福建省晋江市'], ['360102', '江西省南昌市东湖区'], ['370102', '山东省济南市历下区'], ['370202', '山东省青岛市市南区'], ['410105', '河南省郑州市金水区'],
  ['411602', '河南省周口市川汇区'], ['420106', '湖北省武汉市武昌区'], ['420111', '湖北省武汉市洪山区'], ['430104', '湖南省长沙市岳麓区'], ['430181', '湖南省浏阳市'],
  ['440103', '广东省广州市荔湾区'], ['440106', '广东省广州市天河区'], ['440304', '广东省深圳市福田区'], ['440305', '广东省深圳市南山区'], ['450103', '广西南宁市青秀区'],
  ['460105', '海南省海口市秀英区'], ['500103', '重庆市渝中区'], ['500106', '重庆市沙坪坝区'], ['510104', '四川省成都市锦江区'], ['510107', '四川省成都市武侯区'],
  ['520102', '贵州省贵阳市南明区'], ['530102', '云南省昆明市五华区'], ['540102', '西藏拉萨市城关区'], ['610103', '陕西省西安市碑林区'], ['610113', '陕西省西安市雁塔区'],
  ['620102', '甘肃省兰州市城关区'], ['630102', '青海省西宁市城东区'], ['640104', '宁夏银川市兴庆区'], ['650102', '新疆乌鲁木齐市天山区'],
];
const REGION_SET = new Set(REGIONS.map((r) => r[0]));
const PLACE_TRAPS = ['张家口', '黄山', '周口', '石景山', '高新区', '王府井', '金水区', '黄浦区'];

// ---------------------------------------------------------------- resident ID (GB 11643)
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idCheck = (b) => '10X98765432'[[...b].reduce((s, c, i) => s + Number(c) * ID_W[i], 0) % 11];
const dim = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function genId(y1, y2, sex) {
  const code = pick(REGIONS)[0];
  const y = ri(y1, y2), m = ri(1, 12), d = ri(1, dim(y, m));
  let seq = ri(1, 999);
  if (sex === 'M' && seq % 2 === 0) seq = seq === 998 ? 997 : seq + 1;
  if (sex === 'F' && seq % 2 === 1) seq = seq > 1 ? seq - 1 : 2;
  const body = code + y + pad(m) + pad(d) + pad(seq, 3);
  return body + idCheck(body);
}
function gen15(y1, y2) {
  const code = pick(REGIONS)[0];
  const y = ri(y1, y2), m = ri(1, 12), d = ri(1, dim(y, m));
  return code + String(y).slice(2) + pad(m) + pad(d) + pad(ri(1, 999), 3);
}
const upgrade15 = (s) => { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); };
function validId(v) {
  if (!/^\d{17}[\dX]$/.test(v) || idCheck(v.slice(0, 17)) !== v[17]) return false;
  if (!REGION_SET.has(v.slice(0, 6))) return false;
  const y = +v.slice(6, 10), m = +v.slice(10, 12), d = +v.slice(12, 14);
  return y >= 1900 && y <= 2024 && m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m);
}
const birthOf = (id) => [+id.slice(6, 10), +id.slice(10, 12), +id.slice(12, 14)];
const sexOf = (id) => (+id[16] % 2 ? '男' : '女');

// ---------------------------------------------------------------- mobile, landline
const MOB_PRE = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150', '151', '152', '153', '155', '156', '157',
  '158', '159', '162', '165', '166', '167', '170', '171', '172', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186',
  '187', '188', '189', '190', '191', '192', '193', '195', '196', '197', '198', '199'];
const MOB_MAIN = ['138', '139', '136', '135', '137', '150', '151', '152', '158', '159', '186', '187', '188', '189', '180', '181', '183', '185', '133', '131', '132', '177', '199', '166', '173', '191', '153', '155', '156', '157', '182', '130', '134', '198'];
const DEMO = new Set(['13800138000', '13912345678', '18888888888']);
function genMobile() { let m; do { m = (chance(0.85) ? pick(MOB_MAIN) : pick(MOB_PRE)) + digits(8); } while (DEMO.has(m)); return m; }
function fmtMob(m, st) {
  switch (st) {
    case 'd': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case 's': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case '+86': return '+86' + m;
    case '+86 ': return '+86 ' + m;
    case '+86-': return '+86-' + m;
    case '+86s': return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case '86': return '86' + m;
    case '(+86)': return '(+86)' + m;
    case '0086': return '0086 ' + m;
    case 'fw': return toFW(m);
    default: return m;
  }
}
const MOB_STYLES = [['p', 72], ['d', 7], ['s', 7], ['+86', 3], ['+86 ', 2], ['+86-', 2], ['+86s', 1], ['86', 1], ['(+86)', 2], ['0086', 1], ['fw', 1]];
const AREAS = [['010', 8], ['020', 8], ['021', 8], ['022', 8], ['023', 8], ['024', 8], ['025', 8], ['027', 8], ['028', 8], ['029', 8], ['0755', 8],
  ['0571', 8], ['0512', 8], ['0531', 8], ['0532', 8], ['0371', 8], ['0731', 8], ['0591', 8], ['0871', 8], ['0898', 8], ['0931', 7]];
function genLand(st) {
  const [a, n] = pick(AREAS); const sub = String(ri(2, 8)) + digits(n - 1);
  st = st || pickW([['d', 60], ['p', 12], ['(', 10], ['（', 6], ['s', 6], ['+86', 6]]);
  const raw = st === 'd' ? `${a}-${sub}` : st === 'p' ? a + sub : st === '(' ? `(${a})${sub}` : st === '（' ? `（${a}）${sub}`
    : st === 's' ? `${a} ${sub.slice(0, n - 4)} ${sub.slice(n - 4)}` : `+86 ${a.slice(1)} ${sub}`;
  return { value: a + sub, raw };
}

// ---------------------------------------------------------------- bank cards (Luhn)
const luhnOk = (s) => { let sum = 0; for (let i = 0; i < s.length; i++) { let d = +s[s.length - 1 - i]; if (i % 2) { d *= 2; if (d > 9) d -= 9; } sum += d; } return sum % 10 === 0; };
const luhnDigit = (b) => { for (let c = 0; c < 10; c++) if (luhnOk(b + c)) return String(c); return '0'; };
const IINS = [ // [iin, length, bank]
  ['622202', 19, '中国工商银行'], ['621226', 19, '中国工商银行'], ['622848', 19, '中国农业银行'], ['621700', 19, '中国建设银行'], ['622700', 19, '中国建设银行'],
  ['621661', 19, '中国银行'], ['621785', 19, '中国银行'], ['622262', 19, '交通银行'], ['621799', 19, '中国邮政储蓄银行'], ['623668', 19, '中国建设银行'],
  ['622588', 16, '招商银行'], ['621483', 16, '招商银行'], ['622609', 16, '中国民生银行'], ['622155', 16, '中国工商银行'], ['625802', 16, '招商银行'],
  ['622836', 16, '中国农业银行'], ['628288', 16, '中信银行'], ['623058', 16, '平安银行'], ['621462', 19, '农村商业银行'], ['622908', 17, '兴业银行'],
  ['438088', 16, '招商银行'], ['427020', 16, '中国工商银行'], ['436742', 16, '中国建设银行'], ['524047', 16, '招商银行'], ['552599', 16, '中国农业银行'],
];
function genCard(uOnly) {
  const [iin, len, bank] = uOnly ? pick(IINS.slice(0, 20)) : (chance(0.88) ? pick(IINS.slice(0, 20)) : pick(IINS.slice(20)));
  const b = iin + digits(len - 7);
  return { no: b + luhnDigit(b), bank };
}
function fmtCard(c, st) {
  switch (st) {
    case 's4': return c.replace(/(\d{4})(?=\d)/g, '$1 ');
    case 'd4': return c.replace(/(\d{4})(?=\d)/g, '$1-');
    case 's6': return c.slice(0, 6) + ' ' + c.slice(6);
    default: return c;
  }
}
const CARD_STYLES = [['p', 70], ['s4', 24], ['d4', 3], ['s6', 3]];
const maskCard = (c) => pick([c.slice(0, 4) + ' **** **** ' + c.slice(-4), c.slice(0, 6) + '*'.repeat(c.length - 10) + c.slice(-4), '**** **** **** ' + c.slice(-4), '尾号' + c.slice(-4)]);

// ---------------------------------------------------------------- USCC (GB 32100 + GB 11714)
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const orgVal = (c) => (/\d/.test(c) ? +c : c.charCodeAt(0) - 55);
const orgCheck = (b) => { const W = [3, 7, 9, 10, 5, 8, 4, 2]; const c = 11 - ([...b].reduce((s, ch, i) => s + orgVal(ch) * W[i], 0) % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); };
const usccCheck = (b) => UA[(31 - ([...b].reduce((s, ch, i) => s + UA.indexOf(ch) * UW[i], 0) % 31)) % 31];
function genUscc(type) {
  const reg = chance(0.6) ? pick(REGIONS)[0] : pick(REGIONS)[0].slice(0, 4) + '00';
  let body;
  if (type === '91') body = chance(0.8) ? 'MA' + [...Array(6)].map(() => pick([...'0123456789ABCDEFGHJKLMNPQRTUWXY'])).join('') : String(ri(5, 7)) + digits(7);
  else body = String(ri(0, 7)) + digits(7);
  const b17 = type + reg + body + orgCheck(body);
  return b17 + usccCheck(b17);
}
const validUscc = (v) => /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v) && usccCheck(v.slice(0, 17)) === v[17] && orgCheck(v.slice(8, 16)) === v[16];
const genPassport = () => (chance(0.5) ? 'E' + digits(8) : 'E' + pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ']) + digits(7));

// ---------------------------------------------------------------- names
const SUR_S = ('王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin 罗luo 郑zheng 梁liang '
  + '谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai 余yu 杜du 叶ye 程cheng 苏su '
  + '魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao 贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou '
  + '孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 陶tao 黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian '
  + '严yan 覃qin 武wu 戴dai 莫mo 孔kong 向xiang 汤tang 常chang 温wen 康kang 施shi 文wen 牛niu 樊fan 葛ge 邢xing 安an 齐qi 易yi 乔qiao 伍wu 庞pang 颜yan '
  + '倪ni 庄zhuang 聂nie 章zhang 鲁lu 岳yue 翟zhai 殷yin 詹zhan 申shen 欧ou 耿geng 关guan 兰lan 焦jiao 俞yu 左zuo 柳liu 甘gan 祝zhu 包bao 宁ning 尚shang '
  + '符fu 舒shu 阮ruan 柯ke 纪ji 梅mei 童tong 凌ling 毕bi 单shan 季ji 裴pei 霍huo 涂tu 成cheng 苗miao 谷gu 盛sheng 曲qu 翁weng 冉ran 骆luo 蓝lan 路lu').split(' ');
const COMP_S = '欧阳ouyang 上官shangguan 司马sima 诸葛zhuge 司徒situ 皇甫huangfu 令狐linghu 慕容murong 夏侯xiahou 东方dongfang 端木duanmu 公孙gongsun'.split(' ');
const GIV_CHILD = ('子zi 涵han 梓zi 轩xuan 浩hao 宇yu 欣xin 怡yi 一yi 诺nuo 思si 雨yu 泽ze 晨chen 辰chen 悦yue 嘉jia 佳jia 琪qi 博bo 俊jun 睿rui 瑞rui 可ke '
  + '馨xin 乐le 若ruo 彤tong 萱xuan 昊hao 然ran 铭ming 梦meng 语yu 宸chen 奕yi 书shu 艺yi 航hang 哲zhe 熙xi 煜yu 钰yu 妍yan 玥yue 朵duo 汐xi 沐mu 恩en '
  + '予yu 墨mo 锦jin 禾he 芊qian 瑾jin 骁xiao 翔xiang 楠nan 蕊rui 依yi 潇xiao 皓hao 彦yan 霖lin 瀚han 芮rui 澄cheng 柠ning 歆xin 添tian 言yan').split(' ');
const GIV_ADULT = ('伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 娟juan 涛tao 明ming 超chao 秀xiu 霞xia 平ping 刚gang '
  + '桂gui 英ying 华hua 建jian 国guo 红hong 志zhi 玲ling 鹏peng 飞fei 婷ting 雪xue 慧hui 颖ying 倩qian 晓xiao 燕yan 亮liang 斌bin 海hai 波bo 辉hui 春chun '
  + '凤feng 云yun 梅mei 琳lin 宏hong 鑫xin 帆fan 晴qing 瑶yao 蕾lei 岚lan 薇wei 丹dan 凯kai 旭xu 峰feng 立li 新xin 德de 永yong 荣rong 庆qing 玉yu 珍zhen '
  + '文wen 俊jun 佳jia 思si 嘉jia 欣xin 宇yu 浩hao 婉wan 雯wen 莉li 琴qin 兵bing 冬dong 松song 林lin 东dong 伦lun 振zhen 卫wei 继ji 彬bin').split(' ');
const MINORITY = [['阿依古丽·吐尔逊', ['ayiguli', 'tuerxun']], ['买买提·艾力', ['maimaiti', 'aili']], ['艾尔肯·努尔', ['aierken', 'nuer']],
  ['古丽娜尔·阿不都', ['gulinaer', 'abudu']], ['努尔艾力·买合木提', ['nuerraili', 'maihemuti']], ['热依拉·阿布拉', ['reyila', 'abula']],
  ['帕提古丽·肉孜', ['patiguli', 'rouzi']], ['迪力亚尔·艾则孜', ['diliyaer', 'aizezi']], ['巴图·其木格', ['batu', 'qimuge']]];
const splitTok = (t) => { const h = t.match(/^[\u4e00-\u9fa5]+/)[0]; return [h, t.slice(h.length)]; };
const SUR = SUR_S.map(splitTok), COMP = COMP_S.map(splitTok), GC = GIV_CHILD.map(splitTok), GA = GIV_ADULT.map(splitTok);
const SUR_CUM = []; { let t = 0; SUR.forEach((_, i) => { t += 1 / (i + 4); SUR_CUM.push(t); }); }
function pickSur() { const r = rnd() * SUR_CUM[SUR_CUM.length - 1]; const i = SUR_CUM.findIndex((c) => c > r); return SUR[i < 0 ? 0 : i]; }
function genName(kind = 'adult', sur) {
  if (!sur && chance(0.015)) { const [n, py] = pick(MINORITY); return { name: n, py, sur: null }; }
  const s = sur || (chance(0.03) ? pick(COMP) : pickSur());
  const pool = kind === 'child' ? (chance(0.8) ? GC : GA) : (chance(0.85) ? GA : GC);
  const g = [pick(pool)];
  if (!chance(kind === 'child' ? 0.2 : 0.35)) { const g2 = pick(pool); g.push(g2); }
  return { name: s[0] + g.map((x) => x[0]).join(''), py: [s[1], ...g.map((x) => x[1])], sur: s };
}
function person(kind, y1, y2, opt = {}) {
  const nm = genName(kind, opt.sur);
  return { ...nm, id: genId(y1, y2, opt.sex), mobile: genMobile() };
}
const child = (y1, y2) => person('child', y1, y2);
const adult = (y1 = 1968, y2 = 1992, opt) => person('adult', y1, y2, opt);
const parentOf = (c) => { const rel = pickW([['父亲', 45], ['母亲', 45], ['爷爷', 3], ['奶奶', 3], ['外婆', 2], ['外公', 2]]);
  const old = /爷|奶|外/.test(rel); const male = /父|爷|公/.test(rel);
  const p = adult(old ? 1950 : 1972, old ? 1965 : 1992, { sex: male ? 'M' : 'F', sur: rel === '父亲' || rel === '爷爷' ? c.sur || undefined : undefined });
  p.rel = rel; return p; };

// ---------------------------------------------------------------- e-mail
const DOMAINS = ['qq.com', '163.com', '163.com', '126.com', 'foxmail.com', 'sina.com', 'sohu.com', 'outlook.com', 'gmail.com', 'aliyun.com', 'yeah.net', '139.com', 'hotmail.com', 'sina.cn'];
function genEmail(p, opt = {}) {
  const py = p.py, full = py.join(''), sp = py[0], gp = py.slice(1).join(''), ini = py.map((s) => s[0]).join('');
  const yr = p.id ? p.id.slice(pick([6, 8]), 10) : String(ri(70, 99));
  const r = rnd();
  if (!opt.domain && r < 0.2) return { addr: String(ri(1, 9)) + digits(ri(5, 9)) + '@qq.com' };
  if (!opt.domain && r < 0.25 && p.mobile) return { addr: p.mobile + '@' + pick(['139.com', '189.cn', 'wo.cn']), mobile: p.mobile };
  let local = pick([full, full + ri(1, 999), gp + sp, sp + '.' + gp, ini + yr, full + '_' + yr, sp + gp[0] + ri(10, 99), gp + '_' + sp, sp + gp + yr, ini + digits(4)]);
  if (chance(0.08)) local = local[0].toUpperCase() + local.slice(1);
  return { addr: local + '@' + (opt.domain || pick(DOMAINS)) };
}
const maskMail = (a) => { const [l, d] = a.split('@'); return l.slice(0, 2) + '***@' + d; };
const maskMob = (m) => pick([m.slice(0, 3) + '****' + m.slice(7), m.slice(0, 3) + '****' + m.slice(7), m.slice(0, 3) + 'xxxx' + m.slice(7), '尾号' + m.slice(7)]);
const maskId = (v) => pick([v.slice(0, 6) + '********' + v.slice(14), v.slice(0, 4) + '**********' + v.slice(14), v.slice(0, 3) + '*'.repeat(11) + v.slice(14), v.slice(0, 1) + '*'.repeat(16) + v.slice(17)]);
const maskName = (n) => pick([n[0] + '*'.repeat(n.length - 1), n[0] + '某' + (n.length > 2 ? '某' : ''), n[0] + '*' + n.slice(2)]);

// ---------------------------------------------------------------- decoy value generators
const Y = () => ri(2019, 2024);
// surname + title ("王老师", "欧阳女士"); for names without a Han surname (minority names) the full name is used instead
const titled = (D, p, t = '老师') => (p.sur ? D.title(p.sur[0], t) : D.name(p.name) + t);
const fmtDate = (y, m, d, st) => { st = st ?? ri(0, 4); return [`${y}-${pad(m)}-${pad(d)}`, `${y}/${m}/${d}`, `${y}年${m}月${d}日`, `${y}${pad(m)}${pad(d)}`, `${y}.${pad(m)}.${pad(d)}`][st]; };
const rDate = (st, y) => { y = y || Y(); const m = ri(1, 12); return fmtDate(y, m, ri(1, dim(y, m)), st); };
const rTime = () => `${pad(ri(7, 22))}:${pad(ri(0, 59))}:${pad(ri(0, 59))}`;
const rTs = (y) => rDate(0, y) + ' ' + rTime();
function orderNo() {
  const y = Y(), m = pad(ri(1, 12)), d = pad(ri(1, 28));
  return pickW([[`${y}${m}${d}${digits(10)}`, 4], [`${y}${m}${d}${digits(11)}`, 3], [`${y}${m}${d}${pad(ri(7, 22))}${digits(10)}`, 2], ['DD' + y + m + d + digits(8), 2],
    ['E' + String(y).slice(2) + m + d + digits(2), 1], ['XF' + digits(14), 1], [`${y}${m}${d}${digits(4)}`, 1]]);
}
const receiptNo = () => pickW([['No.' + pad(ri(1, 9999999), 7), 3], ['SJ' + Y() + pad(ri(1, 99999), 6), 2], [pad(ri(1, 99999999), 8), 2], ['NO ' + pad(ri(1, 999999), 7), 1]]);
const classCode = () => pickW([[`${Y()}级(${ri(1, 16)})班`, 4], ['GZ' + Y() + '-' + pad(ri(1, 20)), 2], ['JX' + String(Y()).slice(2) + pad(ri(1, 12)) + pad(ri(1, 30)), 2], ['B' + String(Y()).slice(2) + pad(ri(1, 12)) + pad(ri(1, 28)) + '-' + ri(1, 9), 1], [`高${pick(['一', '二', '三'])}(${ri(1, 18)})班`, 2], [`初${pick(['一', '二', '三'])}${ri(1, 12)}班`, 2]]);
const courseCode = () => pickW([[pick(['MATH', 'ENG', 'PHY', 'CHEM', 'CS', 'ART', 'MUS']) + ri(100, 499), 3], ['KC-' + pick(['MATH', 'ENG', 'CHN', 'CODE', 'ART']) + '-G' + ri(1, 9) + '-' + pad(ri(1, 12)), 3], [`${pick(['B', 'A', 'C'])}${digits(7)}`, 2], [`${pick(['ENG', 'MAT', 'SCI'])}${Y()}${pick(['S', 'A', 'W'])}-${pad(ri(1, 30))}`, 2], [`0${digits(7)}`, 1]]);
const stuNo = (y) => { y = y || Y(); return pickW([[`${y}${digits(6)}`, 4], [`${y}${pad(ri(1, 99))}${digits(4)}`, 3], [`U${y}${digits(5)}`, 1], [`${String(y).slice(2)}${digits(6)}`, 2], [`${y}${digits(8)}`, 2]]); };
const examNo = () => pickW([[String(Y()).slice(2) + pick(['11', '31', '32', '33', '42', '44', '51']) + digits(10), 3], [digits(9), 2], ['2' + digits(8), 2], ['KS' + digits(8), 1]]);
function cetNo() { // 15 digits: school(6, prefecture part 00) + yy + half + level + room(2..99, <100) + seat
  return pick(['11', '31', '32', '42', '44', '61']) + '00' + pad(ri(1, 99)) + String(Y()).slice(2) + ri(1, 2) + ri(1, 2) + pad(ri(1, 99), 3) + pad(ri(1, 30));
}
const xuejiL = (birth) => 'L' + birth + digits(9);
const staffNo = () => pickW([['T' + ri(2000, 2024) + pad(ri(1, 999), 3), 2], ['JS' + pad(ri(1, 9999), 4), 2], [String(ri(10000, 99999)), 1], ['GH' + digits(6), 1]]);
const polNo = () => pickW([['P' + pick(['EAC', 'DEB', 'ZAA']) + Y() + digits(12), 2], ['6601' + Y() + digits(12), 1], ['XP' + digits(15), 1]]);
const certNo = () => pickW([[Y() + digits(9), 2], ['NOI' + Y() + '-' + digits(4), 1], ['ZS' + Y() + digits(6), 2], [`${Y()}${pick(['11', '32', '44', '51'])}${digits(11)}`, 2]]);
const teacherCert = () => `${ri(2012, 2023)}${pick(['11', '31', '32', '33', '44', '51', '42'])}${digits(11)}`;
const plate = () => `${pick(['粤B', '京A', '沪C', '浙A', '苏E', '川A', '鄂A'])}${pick(['·', '', ' '])}${pick(['D', 'F', ''])}${digits(pick([4, 5]))}`.slice(0, 10);
const hotline = () => pick([`400-${ri(600, 999)}-${digits(4)}`, `400${ri(600, 999)}${digits(4)}`, `400 ${ri(600, 999)} ${digits(4)}`, '12345', '12356', `95${digits(3)}`]);
const qqNo = () => String(ri(1, 9)) + digits(ri(5, 9));
const txnNo = () => pickW([[`${Y()}${pad(ri(1, 12))}${pad(ri(1, 28))}${digits(ri(8, 12))}`, 3], ['HX' + digits(16), 1], [`${Y()}${digits(16)}`, 1]]);
const campusCard = () => pickW([[String(ri(1, 9)) + digits(7), 2], ['YKT' + digits(7), 1], [digits(10), 1]]);
const grp = () => String(ri(1, 9)) + digits(3);
const shortNo = () => String(ri(6, 6)) + digits(5);

// ---------------------------------------------------------------- organisations (decoys / dontCare)
const CITIES = ['北京市海淀区', '广州市天河区', '杭州市西湖区', '成都市武侯区', '武汉市洪山区', '南京市鼓楼区', '深圳市南山区', '西安市雁塔区', '长沙市岳麓区', '郑州市金水区', '济南市历下区', '合肥市蜀山区'];
const schoolName = () => `${pick(CITIES)}${pick(['第一', '第二', '实验', '外国语', '育才', '华侨', '第十五', '师范大学附属', '新华', '东湖'])}${pick(['小学', '中学', '初级中学', '高级中学', '学校'])}`;
const orgName = () => `${pick(['启航', '博学', '优学', '思维树', '明智', '高思维', '金榜', '新起点', '英华', '乐学', '周末', '未来星'])}${pick(['教育', '培训学校', '学堂', '教育科技有限公司', '艺术培训中心'])}`;
const UNIS = ['华东理工大学', '西南交通大学', '华中师范大学', '南京信息工程大学', '浙江工业大学', '山东财经大学', '河北工业大学', '湖南师范大学', '江西财经大学', '广州大学'];
const UNI_DOM = ['ecust.edu.cn', 'swjtu.edu.cn', 'ccnu.edu.cn', 'nuist.edu.cn', 'zjut.edu.cn', 'sdufe.edu.cn', 'hebut.edu.cn', 'hunnu.edu.cn', 'jxufe.edu.cn', 'gzhu.edu.cn'];
const companyName = () => `${pick(['深圳市', '杭州', '上海', '北京', '成都', '武汉', '苏州'])}${pick(['金桥', '华创', '星辰', '博远', '智联', '恒信', '天宇', '高新', '明德', '安达'])}${pick(['科技', '信息技术', '网络', '电子', '教育咨询', '精密制造'])}有限公司`;
const SUBJ = ['语文', '数学', '英语', '物理', '化学', '生物', '历史', '地理', '政治', '科学', '道德与法治'];
const STREETS = ['学院路', '中山路', '人民路', '建设路', '解放大道', '文化路', '科技园路', '长江路', '育才街', '和平里', '新华路', '东风路'];
const COMMUNITIES = ['阳光花园', '翠苑小区', '锦绣家园', '金色港湾', '书香苑', '滨江公寓', '幸福里', '怡景花园', '教师新村'];

// ---------------------------------------------------------------- document with labels
class Doc {
  constructor(kind) {
    this.kind = kind; this.E = []; this.C = []; this.X = [];
    this.ms = pickW(MOB_STYLES); this.cs = pickW(CARD_STYLES);
    this.is = pickW([['p', 90], ['x', 6], ['sp', 3], ['fw', 1]]);
  }
  L(list, det, value, raw) { list.push({ detector: det, value, raw: String(raw) }); return String(raw); }
  name(n) { return this.L(this.E, 'person_name_zh', n, n); }
  id(v) {
    const st = chance(0.9) ? this.is : pickW([['p', 8], ['x', 1], ['sp', 1]]);
    const raw = st === 'x' ? v.replace('X', 'x') : st === 'sp' ? `${v.slice(0, 6)} ${v.slice(6, 14)} ${v.slice(14)}` : st === 'fw' ? toFW(v) : v;
    return this.L(this.E, 'cn_resident_id', v, raw);
  }
  id15(v15) { return this.L(this.E, 'cn_resident_id', upgrade15(v15), v15); }
  mob(v) { return this.L(this.E, 'cn_mobile', v, fmtMob(v, chance(0.85) ? this.ms : pickW(MOB_STYLES))); }
  card(c) { return this.L(this.E, 'bank_card', c, fmtCard(c, chance(0.9) ? this.cs : pickW(CARD_STYLES))); }
  mail(e) { if (e.mobile) this.L(this.E, 'cn_mobile', e.mobile, e.mobile); return this.L(this.E, 'email', e.addr.normalize('NFKC').toLowerCase(), e.addr); }
  pmail(p, opt) { p.email = p.email || genEmail(p, opt); return this.mail(p.email); }
  land(l) { return this.L(this.E, 'cn_landline', l.value, l.raw); }
  landDC(l) { return this.L(this.C, 'cn_landline', l.value, l.raw); }
  mailDC(a) { return this.L(this.C, 'email', a.toLowerCase(), a); }
  acctDC(a) { return this.L(this.C, 'bank_card', a.replace(/\D/g, ''), a); }
  uscc(v) { return this.L(this.E, 'cn_uscc', v, v); }
  pp(v) { return this.L(this.E, 'cn_passport', v, v); }
  title(sur, t = '老师') { this.L(this.C, 'person_name_zh', sur, sur); return this.L(this.C, 'person_name_zh', sur + t, sur + t); }
  x(kind, text) { text = String(text); this.X.push({ kind, text }); return text; }
  addr(regName) {
    const r = regName || pick(REGIONS)[1];
    for (const t of PLACE_TRAPS) if (r.includes(t)) this.x('place', t);
    return `${r}${pick(STREETS)}${ri(1, 399)}号${pick(COMMUNITIES)}${ri(1, 30)}栋${ri(1, 6)}单元${ri(1, 32)}${pad(ri(1, 8))}室`;
  }
  switchboard() { return this.landDC(genLand(pick(['d', 'd', '(', 'p']))); }
}

function renderTable(headers, rows, style) {
  style = style || pickW([['csv', 25], ['tsv', 22], ['md', 15], ['aligned', 18], ['pipe', 8], ['csvq', 7], ['semi', 5]]);
  const clean = (s) => String(s).replace(/,/g, '，');
  switch (style) {
    case 'csv': return [headers, ...rows].map((r) => r.map(clean).join(',')).join('\n');
    case 'csvq': return [headers, ...rows].map((r) => r.map((c) => `"${c}"`).join(',')).join('\r\n');
    case 'tsv': return [headers, ...rows].map((r) => r.join('\t')).join('\n');
    case 'pipe': return [headers, ...rows].map((r) => r.join('|')).join('\n');
    case 'semi': return [headers, ...rows].map((r) => r.join(';')).join('\n');
    case 'md': return ['| ' + headers.join(' | ') + ' |', '|' + headers.map(() => '---').join('|') + '|', ...rows.map((r) => '| ' + r.join(' | ') + ' |')].join('\n');
    default: {
      const dw = (s) => [...String(s)].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
      const W = headers.map((h, i) => Math.max(dw(h), ...rows.map((r) => dw(r[i]))));
      return [headers, ...rows].map((r) => r.map((c, i) => String(c) + ' '.repeat(W[i] - dw(c))).join('  ').trimEnd()).join('\n');
    }
  }
}
// spec: [headers (string|array), fn(ctx,i), probability]
function table(n, spec, ctxFn, opt = {}) {
  let chosen = spec.filter((s) => s[2] === undefined || chance(s[2]));
  if (opt.shuffle ?? chance(0.35)) chosen = [chosen[0], ...shuffle(chosen.slice(1))];
  const headers = chosen.map((s) => (Array.isArray(s[0]) ? pick(s[0]) : s[0]));
  const rows = [];
  for (let i = 0; i < n; i++) { const c = ctxFn(i); rows.push(chosen.map((s) => s[1](c, i))); }
  return renderTable(headers, rows, opt.style);
}
const nRows = () => { const r = rnd(); return r < 0.08 ? 1 : r < 0.5 ? ri(2, 12) : r < 0.82 ? ri(13, 35) : ri(36, 80); };
const H = {
  sname: ['学生姓名', '姓名', '学员姓名', '孩子姓名', '学生'],
  pname: ['家长姓名', '监护人', '监护人姓名', '家长', '联系人'],
  pmob: ['家长手机', '家长电话', '联系电话', '手机号', '监护人电话', '联系方式', '家长手机号'],
  mob: ['手机', '手机号', '手机号码', '联系电话', '电话', '移动电话'],
  id: ['身份证号', '身份证号码', '公民身份号码', '证件号码', '身份证', '证件号'],
  email: ['邮箱', '电子邮箱', 'E-mail', 'Email', '邮件地址', 'mail'],
  card: ['银行卡号', '卡号', '收款账号', '银行账号', '账号', '借记卡号'],
  bank: ['开户行', '开户银行', '开户支行', '所属银行'],
  dob: ['出生日期', '生日', '出生年月日'],
};
const branch = (bank) => `${bank}${pick(['海淀', '天河', '西湖', '武侯', '洪山', '鼓楼', '南山', '雁塔', '岳麓', '金水'])}${pick(['支行', '分理处', '营业部'])}`;
const amount = () => pick([String(ri(5, 300) * 100), (ri(100, 30000) + pick([0, 0.5])).toFixed(2), String(ri(1, 60) * 100) + '.00']);
const sexOfP = (p) => sexOf(p.id);
const LEVEL = { primary: [2012, 2018], middle: [2009, 2012], high: [2006, 2009], uni: [1999, 2006] };

// ---------------------------------------------------------------- kinds
const K = {};

K.roster = (D) => {
  const lvl = pick(['primary', 'middle', 'high']); const [y1, y2] = LEVEL[lvl];
  const cls = D.x('class_code', classCode()); const sy = Y();
  const head = pickF([() => `${D.x('org', schoolName())} ${cls} 学生花名册`, () => `${cls}学生信息表（含家长联系方式）`, () => `花名册_${cls}_最终版`, () => `学生基本信息汇总 ${cls}`]);
  const t = table(nRows(), [
    [['序号', 'No.', '编号'], (c, i) => String(i + 1)],
    [['学号', '学生编号'], (c) => D.x('student_no', c.sno), 0.95],
    [['学籍号', '全国学籍号'], (c) => (chance(0.9) ? 'G' + D.id(c.s.id) : D.x('xueji_no', xuejiL(c.s.id.slice(6, 14)))), 0.25],
    [['一卡通号', '校园卡号'], () => D.x('card_serial', campusCard()), 0.4],
    [['QQ', 'QQ号'], () => D.x('qq_number', qqNo()), 0.2],
    [['登记时间', '填表时间'], () => D.x('timestamp', rTs()), 0.3],
    [H.sname, (c) => D.name(c.s.name)],
    [['性别'], (c) => sexOf(c.s.id), 0.7],
    [H.dob, (c) => D.x('date', fmtDate(...birthOf(c.s.id), D.ds)), 0.85],
    [H.id, (c) => D.id(c.s.id), 0.75],
    [['民族'], () => pick(['汉', '汉', '汉', '汉族', '回族', '满族', '壮族']), 0.3],
    [H.pname, (c) => D.name(c.p.name)],
    [['关系', '与学生关系', '称谓'], (c) => c.p.rel, 0.5],
    [H.pmob, (c) => D.mob(c.p.mobile)],
    [['家长身份证号', '监护人身份证号'], (c) => D.id(c.p.id), 0.2],
    [['家庭住址', '住址', '家庭地址', '现住址'], () => D.addr(), 0.35],
    [['家庭电话', '座机', '宅电'], () => (chance(0.6) ? D.land(genLand()) : '无'), 0.25],
    [['入学日期', '入学时间'], () => D.x('date', rDate(D.ds, sy)), 0.25],
    [['备注'], () => pick(['', '', '走读', '住校', '午托', '过敏体质', '转入']), 0.3],
  ], () => { const s = child(y1, y2); return { s, p: parentOf(s), sno: stuNo(sy) }; });
  return `${head}\n${t}\n${pickF([() => '', () => '', () => `班主任：${D.title(pickSur()[0])}`, () => `制表：${D.name(genName().name)}  ${D.x('date', rDate())}`])}`;
};

K.parentchat = (D) => {
  const cls = D.x('class_code', classCode());
  const tp = adult(1975, 1998);
  const tLabel = chance(0.5) ? titled(D, tp) + '(班主任)' : '班主任-' + D.name(tp.name);
  const y = ri(2023, 2024); const day = rDate(0, y);
  let tick = ri(7, 20) * 3600 + ri(0, 3000);
  const ts = () => { tick += ri(5, 400); return D.x('timestamp', `${day} ${pad(Math.floor(tick / 3600) % 24)}:${pad(Math.floor(tick / 60) % 60)}:${pad(tick % 60)}`); };
  const sty = ri(0, 2);
  const out = [pick([`微信群聊天记录 —— ${cls}家长群`, `群聊：${cls}家长交流群（导出）`, `【聊天记录】${cls} 家校沟通群`])];
  const msg = (who, text) => out.push(sty === 0 ? `${ts()} ${who}\n${text}` : sty === 1 ? `${who}  ${ts()}\n${text}` : `[${ts()}] ${who}: ${text}`);
  const n = Math.max(2, Math.min(nRows(), 55));
  const kids = [...Array(n)].map(() => { const k = child(2010, 2018); k.p = parentOf(k); return k; });
  const who = (k) => (chance(0.75) ? D.name(k.name) + pick(['妈妈', '爸爸', '奶奶', '外婆', '家长', '妈']) : `${D.name(k.name)}家长-${D.name(k.p.name)}`);
  const topic = pick(['insure', 'pickup', 'uniform', 'meeting', 'club']);
  const ask = { insure: '研学活动需要统一购买保险，请家长按“学生姓名+身份证号+家长电话”格式接龙', pickup: '下学期办理接送卡，请按“学生姓名+接送人+接送人手机”接龙',
    uniform: '校服征订开始了，请接龙“学生姓名+尺码+家长电话”', meeting: '周五家长会请确认参加，接龙：学生姓名+参会家长+电话', club: '课后兴趣班报名，请接龙学生姓名和家长手机号' }[topic];
  msg(tLabel, `各位家长好！${ask}，${pick(['今晚9点前', '明天中午前', '本周五前'])}完成，谢谢配合！`);
  for (const k of shuffle(kids).slice(0, ri(Math.ceil(n / 2), n))) msg(who(k), pick(['收到', '收到，谢谢老师', '好的', '👌', '[强]', '收到！', '已接龙', '[图片]']));
  const lines = kids.map((k, i) => {
    const f = topic === 'insure' ? [D.name(k.name), D.id(k.id), D.mob(k.p.mobile)]
      : topic === 'pickup' ? [D.name(k.name), D.name(k.p.name), D.mob(k.p.mobile)]
        : topic === 'uniform' ? [D.name(k.name), pick(['120', '130', '140', '150', '160', 'S', 'M', 'L']), D.mob(k.p.mobile)]
          : topic === 'meeting' ? [D.name(k.name), D.name(k.p.name) + `（${k.p.rel}）`, D.mob(k.p.mobile)] : [D.name(k.name), D.mob(k.p.mobile)];
    return `${i + 1}. ${f.join(pick([' ', ' ', '，', '  ', '+']))}`;
  });
  msg(who(kids[kids.length - 1]), `#接龙\n${ask.slice(0, 12)}\n\n${lines.join('\n')}`);
  for (let j = 0, m = ri(1, 4); j < m; j++) msg(tLabel, pickF([() => `提醒：家长会时间 ${D.x('date', rDate(0, y))} 下午${ri(2, 4)}点，地点${D.x('room', '教学楼' + ri(1, 5) + pad(ri(1, 20)))}。`,
    () => `本周作业已发布到班级小程序，班级码 ${D.x('class_code', pick(['BJ', 'CL', '']) + digits(6))}，截止 ${D.x('date', rDate(pick([0, 1, 2]), y))}。`,
    () => `请未缴费的家长尽快缴纳${pick(['课后服务费', '午餐费', '教辅费'])}，截止日期 ${D.x('date', rDate(2, y))}，缴费后请截图发订单号（如 ${D.x('order_no', orderNo())}）。`,
    () => `期中考试安排：${D.x('date', rDate(0, y))} ${pick(SUBJ)}，考号见附件，请勿外传。`]));
  if (chance(0.6)) { const k = pick(kids); msg(who(k), `老师，${D.name(k.name)}明天${pick(['发烧请假一天', '要去医院复查', '由爷爷来接'])}，有事请打我电话${D.mob(k.p.mobile)}`); }
  if (chance(0.5)) { const m = genMobile(); msg(tLabel, `请${D.x('masked_mobile', maskMob(m))}的家长私聊我一下，电话登记有误。`); }
  if (chance(0.4)) msg(tLabel, `学校门卫室电话 ${D.switchboard()}，有急事可以打。`);
  if (chance(0.3)) msg(tLabel, `${D.name(tp.name)}撤回了一条消息`);
  if (chance(0.4)) msg(who(pick(kids)), '[图片]');
  return out.join('\n');
};

K.leads = (D) => {
  const org = D.x('org', orgName());
  const advisors = [...Array(ri(1, 4))].map(() => genName().name);
  const t = table(nRows(), [
    [['登记日期', '咨询日期', '来访时间'], () => D.x('date', rDate(D.ds))],
    [['客户编号', '线索ID'], () => D.x('lead_id', pick(['KH', 'XS', 'L']) + Y() + digits(6)), 0.8],
    [['最近跟进', '下次回访时间'], () => D.x('timestamp', rTs()), 0.5],
    [['学员姓名', '孩子姓名', '学生'], (c) => D.name(c.s.name)],
    [['年级'], () => pick(['一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '初一', '初二', '初三', '高一', '高二']), 0.8],
    [['意向课程', '咨询课程'], () => pick(['数学思维', '英语口语', '少儿编程', '钢琴', '美术', '作文', '物理提高班', '全科辅导']), 0.8],
    [['课程代码'], () => D.x('course_code', courseCode()), 0.3],
    [H.pname, (c) => D.name(c.p.name), 0.8],
    [H.pmob, (c) => D.mob(c.p.mobile)],
    [['邮箱', '家长邮箱'], (c) => (chance(0.7) ? D.pmail(c.p) : ''), 0.35],
    [['渠道', '来源'], () => pick(['地推', '抖音', '转介绍', '小红书', '大众点评', '电话咨询', '进店']), 0.7],
    [['课程顾问', '跟进人', 'CC'], () => D.name(pick(advisors)), 0.8],
    [['跟进状态', '状态'], () => pick(['待回访', '已试听', '已报名', '无意向', '已加微信']), 0.7],
  ], () => { const s = child(2008, 2018); return { s, p: parentOf(s) }; });
  return `${org} ${pick(['招生咨询登记表', '咨询客户登记', '意向客户明细', '线索导出'])}\n${t}`;
};

K.payment = (D) => {
  const org = D.x('org', orgName());
  const cashiers = [...Array(ri(1, 3))].map(() => genName().name);
  const head = `${org}学员缴费明细（${pick(['春季班', '暑期班', '秋季班', '寒假班', '全年'])}）\n统一社会信用代码：${D.uscc(genUscc(pick(['52', '91', '91'])))}`;
  const t = table(nRows(), [
    [['序号'], (c, i) => String(i + 1)],
    [['收据号', '订单号', '单号'], () => D.x(chance(0.5) ? 'order_no' : 'receipt_no', chance(0.5) ? orderNo() : receiptNo())],
    [H.sname, (c) => D.name(c.s.name)],
    [['班级', '班级代码'], () => D.x('class_code', classCode()), 0.5],
    [['缴费金额', '实收金额', '金额(元)'], () => amount()],
    [['支付方式'], (c) => c.pay],
    [['付款卡号', '刷卡卡号', '卡号'], (c) => (c.pay === '刷卡' || c.pay === '银行转账' ? D.card(c.card.no) : c.pay === '现金' ? '' : D.x('masked_card', maskCard(c.card.no)))],
    [['缴费人', '付款人'], (c) => D.name(c.p.name), 0.6],
    [['联系电话', '家长电话'], (c) => D.mob(c.p.mobile), 0.6],
    [['缴费日期', '日期'], () => D.x('date', rDate(D.ds))],
    [['经手人', '收款人'], () => D.name(pick(cashiers)), 0.6],
  ], () => { const s = child(2008, 2018); return { s, p: parentOf(s), card: genCard(), pay: pickW([['刷卡', 5], ['银行转账', 3], ['微信', 2], ['支付宝', 2], ['现金', 1]]) }; });
  return `${head}\n${t}\n${chance(0.5) ? `咨询热线：${D.x('hotline', hotline())}` : ''}`;
};

K.refund = (D) => {
  const org = D.x('org', orgName()); const n = Math.min(nRows(), 40);
  if (chance(0.5)) {
    const blocks = [];
    for (let i = 0; i < Math.min(n, 12); i++) {
      const s = child(2008, 2018), p = parentOf(s), c = genCard(true);
      blocks.push([`【退费申请 ${i + 1}】`, `申请日期：${D.x('date', rDate())}`, `学员姓名：${D.name(s.name)}`, `申请编号：${D.x('refund_no', 'TF' + Y() + digits(6))}`, `原订单号：${D.x('order_no', orderNo())}`, chance(0.5) ? `原支付卡：${D.x('masked_card', maskCard(genCard().no))}` : '',
        `退费原因：${pick(['搬家', '孩子不适应', '时间冲突', '机构停课', '课程不满意'])}`, `退费金额：${amount()}元`,
        `收款户名：${D.name(p.name)}`, `${pick(H.card)}：${D.card(c.no)}`, `${pick(H.bank)}：${branch(c.bank)}`,
        chance(0.6) ? `身份证号：${D.id(p.id)}` : '', `联系电话：${D.mob(p.mobile)}`].filter(Boolean).join('\n'));
    }
    return `${org} 退费审批汇总\n\n${blocks.join('\n\n')}\n\n审批人：${D.name(genName().name)}`;
  }
  const t = table(n, [
    [['序号'], (c, i) => String(i + 1)],
    [H.sname, (c) => D.name(c.s.name)],
    [['退款户名', '收款人', '户名'], (c) => D.name(c.p.name)],
    [H.card, (c) => D.card(c.c.no)],
    [H.bank, (c) => branch(c.c.bank), 0.8],
    [['退费金额', '金额'], () => amount()],
    [['原收据号', '原订单号'], () => D.x('receipt_no', receiptNo()), 0.9],
    [['退费单号'], () => D.x('refund_no', 'TF' + Y() + digits(6)), 0.6],
    [['退款流水号', '交易流水号'], () => D.x('txn_no', txnNo()), 0.4],
    [['联系电话'], (c) => D.mob(c.p.mobile), 0.7],
    [['身份证号'], (c) => D.id(c.p.id), 0.3],
    [['申请日期'], () => D.x('date', rDate()), 0.9],
  ], () => { const s = child(2008, 2018); return { s, p: parentOf(s), c: genCard(true) }; });
  return `${org}_退费名单_${D.x('date', rDate(3))}\n${t}`;
};

K.transcript = (D) => {
  const cls = D.x('class_code', classCode()); const subj = shuffle(SUBJ).slice(0, ri(3, 6));
  const t = table(nRows(), [
    [['考号', '学号', '准考号'], () => D.x('exam_no', examNo())],
    [['姓名'], (c) => D.name(c.s.name)],
    ...subj.map((s) => [s, () => String(ri(35, 150))]),
    [['总分'], (c) => D.x('score', c.total)],
    [['班级排名', '名次'], (c, i) => String(i + 1), 0.6],
    [H.pmob, (c) => D.mob(c.p.mobile), 0.8],
    [['家长邮箱'], (c) => D.pmail(c.p), 0.25],
    [['家长姓名'], (c) => D.name(c.p.name), 0.4],
  ], () => { const s = child(2006, 2014); return { s, p: parentOf(s), total: (ri(250, 720) + pick([0, 0.5])).toString() }; }, { shuffle: false });
  return `${cls} ${pick(['期中考试', '期末考试', '第一次月考', '一模'])}成绩单（含家长联系方式，请勿外传）\n考试日期：${D.x('date', rDate())}\n${t}`;
};

K.examreg = (D) => {
  const exam = pick(['大学英语四六级', '教师资格证笔试', '少儿编程等级考试', '剑桥英语KET/PET', '全国计算机等级考试', '中考体育加试']);
  const intl = /剑桥|编程/.test(exam);
  const t = table(nRows(), [
    [['报名序号', '序号'], () => D.x('reg_no', String(ri(100000, 999999)))],
    [['准考证号'], () => D.x('exam_no', /四六级/.test(exam) ? cetNo() : examNo()), 0.7],
    [['姓名', '考生姓名'], (c) => D.name(c.s.name)],
    [['性别'], (c) => sexOf(c.s.id), 0.5],
    [['证件类型'], (c) => c.pass ? '护照' : '居民身份证', intl ? 1 : 0.4],
    [['证件号码', '身份证号'], (c) => (c.pass ? D.pp(c.pass) : D.id(c.s.id))],
    [H.mob, (c) => D.mob(c.s.mobile)],
    [H.email, (c) => D.pmail(c.s), 0.6],
    [['考点代码', '考场号'], () => D.x('site_code', pick(['KD', '']) + digits(ri(4, 6))), 0.5],
    [['报名时间'], () => D.x('timestamp', rTs()), 0.6],
    [['缴费订单号'], () => D.x('order_no', orderNo()), 0.5],
  ], () => ({ s: /四六级|教师|计算机/.test(exam) ? person('child', 1996, 2005) : child(2008, 2016), pass: intl && chance(0.3) ? genPassport() : null }));
  return `${exam} 报名信息汇总\n${t}`;
};

K.scholarship = (D) => {
  const uni = D.x('org', pick(UNIS)); const dom = UNI_DOM[UNIS.indexOf(uni)];
  const t = table(nRows(), [
    [['序号'], (c, i) => String(i + 1)],
    [['学院'], () => pick(['计算机学院', '文学院', '数学与统计学院', '外国语学院', '经济管理学院', '化学化工学院'])],
    [['姓名'], (c) => D.name(c.s.name)],
    [['学号'], (c) => D.x('student_no', stuNo()), 0.8],
    [['身份证号'], (c) => D.x('masked_id', maskId(c.s.id)), 0.5],
    [['奖项', '等级'], () => pick(['国家奖学金', '国家励志奖学金', '校一等奖学金', '校二等奖学金', '三好学生'])],
    [['金额'], () => pick(['8000', '5000', '3000', '2000', '1000'])],
  ], () => ({ s: child(1999, 2005) }));
  const sy = ri(2019, 2023);
  return `${uni}${sy}-${sy + 1}学年奖学金评审结果公示\n${t}\n公示期：${D.x('date', rDate())}至${D.x('date', rDate())}。如有异议，请联系学生处${D.title(pickSur()[0])}，电话${D.switchboard()}，邮箱${D.mailDC(pick(['xsc', 'zzzx', 'xgb']) + '@' + dom)}。`;
};

K.aidlist = (D) => {
  const uni = chance(0.5); const sch = D.x('org', uni ? pick(UNIS) : schoolName());
  const t = table(nRows(), [
    [['序号'], (c, i) => String(i + 1)],
    [['姓名', '学生姓名', '受助学生'], (c) => D.name(c.s.name)],
    [['学号'], () => D.x('student_no', stuNo()), 0.9],
    [['资助编号', '受助编号'], () => D.x('aid_no', 'ZZ' + Y() + digits(5)), 0.5],
    [['银行流水号', '发放流水号'], () => D.x('txn_no', txnNo()), 0.5],
    [['发放日期'], () => D.x('date', rDate()), 0.5],
    [H.id, (c) => D.id(c.s.id)],
    [['持卡人', '户名'], (c) => D.name(c.holder.name), uni ? 0.2 : 0.7],
    [H.card, (c) => D.card(c.c.no)],
    [H.bank, (c) => branch(c.c.bank), 0.6],
    [['资助档次', '档次'], () => pick(['一档', '二档', '三档', '特困']), 0.7],
    [['金额', '发放金额'], () => pick(['3300', '2500', '1500', '1000', '625'])],
    [['联系电话'], (c) => D.mob(c.s.mobile), 0.4],
    [['家庭经济困难类型'], () => pick(['建档立卡', '低保', '特困供养', '残疾', '一般困难']), 0.4],
  ], () => { const s = uni ? child(1999, 2005) : child(2006, 2016); return { s, holder: uni ? s : parentOf(s), c: genCard(true) }; });
  return `${sch} ${pick(['国家助学金发放名单', '资助对象汇总表', '生活补助发放花名册', '困难学生资助名单（内部）'])}\n${t}\n${chance(0.4) ? '经办人：' + D.name(genName().name) : ''}`;
};

K.enrollment = (D) => {
  const uni = D.x('org', pick(UNIS)); const dom = UNI_DOM[UNIS.indexOf(uni)];
  const n = Math.min(nRows(), chance(0.4) ? 8 : 80);
  const mk = () => { const s = person('child', 2004, 2007); const e = adult(1968, 1985); e.rel = pick(['父亲', '母亲']); return { s, e }; };
  if (n <= 8) {
    return `${uni} 新生报到登记（${D.x('date', rDate())}）\n\n` + [...Array(n)].map(() => { const { s, e } = mk();
      return [`录取通知书编号：${D.x('admit_no', Y() + digits(6))}`, `考生号：${D.x('exam_no', examNo())}`, `姓名：${D.name(s.name)}  性别：${sexOf(s.id)}`,
        `身份证号：${D.id(s.id)}`, `本人手机：${D.mob(s.mobile)}`, `邮箱：${D.pmail(s)}`, `紧急联系人：${D.name(e.name)}（${e.rel}） 电话：${D.mob(e.mobile)}`,
        `家庭住址：${D.addr()}`, `报到时间：${D.x('timestamp', rTs())}`].join('\n'); }).join('\n----------\n');
  }
  const t = table(n, [
    [['序号'], (c, i) => String(i + 1)],
    [['考生号'], () => D.x('exam_no', examNo()), 0.6],
    [['姓名'], (c) => D.name(c.s.name)],
    [['身份证号'], (c) => D.id(c.s.id)],
    [['手机'], (c) => D.mob(c.s.mobile)],
    [['邮箱', '电子邮箱'], (c) => D.pmail(c.s), 0.5],
    [['紧急联系人'], (c) => D.name(c.e.name), 0.7],
    [['紧急联系电话'], (c) => D.mob(c.e.mobile), 0.7],
    [['报到状态'], () => pick(['已报到', '已报到', '未报到', '延期']), 0.5],
    [['报到时间'], () => D.x('timestamp', rTs()), 0.6],
    [['录取通知书编号'], () => D.x('admit_no', Y() + digits(6)), 0.5],
    [['学号'], () => D.x('student_no', stuNo()), 0.8],
    [['宿舍'], () => D.x('dorm_room', `${pick(['东', '西', 'C', ''])}${ri(1, 15)}-${ri(1, 6)}${pad(ri(1, 30))}`), 0.6],
  ], mk);
  return `${uni}${Y()}级新生报到情况汇总\n${t}\n迎新咨询：${D.switchboard()}  ${D.mailDC('yx@' + dom)}`;
};

K.dorm = (D) => {
  const uni = D.x('org', pick(UNIS)); const n = nRows();
  const t = table(n, [
    [['楼栋', '宿舍楼'], (c) => c.bld],
    [['房间号', '宿舍号'], (c) => D.x('dorm_room', c.room)],
    [['床位'], (c, i) => String((i % 4) + 1)],
    [['姓名'], (c) => D.name(c.s.name)],
    [['学号'], () => D.x('student_no', stuNo()), 0.8],
    [['专业班级'], () => D.x('class_code', pick(['计科', '软工', '会计', '英语', '机械']) + String(Y()).slice(2) + pad(ri(1, 6))), 0.6],
    [H.mob, (c) => D.mob(c.s.mobile), 0.85],
    [['身份证号'], (c) => D.id(c.s.id), 0.25],
    [['宿舍长'], (c, i) => (i % 4 === 0 ? '是' : ''), 0.3],
  ], (i) => { if (i % 4 === 0) { K.dorm.b = `${pick(['学', '竹园', '梅园', '桂苑'])}${ri(1, 20)}栋`; K.dorm.r = `${ri(1, 6)}${pad(ri(1, 40))}`; } return { s: child(2000, 2006), bld: K.dorm.b, room: K.dorm.b.replace(/栋$/, '-') + K.dorm.r }; }, { shuffle: false });
  return `${uni} ${Y()}级新生宿舍分配表\n${t}`;
};

K.teacherdir = (D) => {
  const sch = D.x('org', chance(0.5) ? schoolName() : pick(UNIS)); const dom = pick(['szsy.cn', 'hdsyxx.com', 'jxsz.net', ...UNI_DOM]);
  const depts = ['语文组', '数学组', '英语组', '理化生组', '教务处', '德育处', '总务处', '年级组', '校长室', '信息中心'];
  const t = table(nRows(), [
    [['工号'], () => D.x('staff_no', staffNo()), 0.9],
    [['姓名'], (c) => D.name(c.p.name)],
    [['部门', '科室', '教研组'], () => pick(depts)],
    [['办公室'], () => D.x('room', `${pick(['行政楼', '教学楼', 'A', 'B'])}${ri(1, 5)}${pad(ri(1, 20))}`), 0.5],
    [['入职日期', '参加工作时间'], (c) => D.x('date', rDate(D.ds, Math.min(2023, +c.p.id.slice(6, 10) + ri(21, 30)))), 0.4],
    [['教师资格证号'], () => D.x('teacher_cert', teacherCert()), 0.3],
    [['职务', '岗位'], () => pick(['教师', '教师', '班主任', '教研组长', '副主任', '主任', '干事']), 0.6],
    [['办公电话', '办公室电话'], () => D.landDC(genLand()), 0.4],
    [['短号', '集团短号'], () => D.x('short_no', shortNo()), 0.6],
    [['手机', '手机号'], (c) => D.mob(c.p.mobile)],
    [['邮箱', '工作邮箱'], (c) => D.pmail(c.p, chance(0.6) ? { domain: dom } : undefined), 0.7],
    [['身份证号'], (c) => D.id(c.p.id), 0.15],
  ], () => ({ p: adult(1962, 2000) }));
  return `${sch} 教职工通讯录（${Y()}学年）\n学校总机：${D.switchboard()}\n${t}`;
};

K.homevisit = (D) => {
  const sch = D.x('org', schoolName()); const blocks = [];
  for (let i = 0, n = ri(1, 8); i < n; i++) {
    const s = child(2008, 2017), p = parentOf(s), g = adult(1948, 1962, { sex: 'F' });
    const t1 = adult(1975, 1998), t2 = adult(1970, 1998);
    const fam = chance(0.5) ? D.land(genLand()) : '无';
    blocks.push([`家访记录（${i + 1}）  编号：${D.x('record_no', 'JF' + Y() + digits(4))}`, `家访时间：${D.x('date', rDate(2))}    家访教师：${D.name(t1.name)}、${D.name(t2.name)}`,
      `学生姓名：${D.name(s.name)}    班级：${D.x('class_code', classCode())}    学号：${D.x('student_no', stuNo())}`,
      `家长姓名：${D.name(p.name)}（${p.rel}）    联系电话：${D.mob(p.mobile)}    家庭电话：${fam}`, `家庭住址：${D.addr()}`,
      `家访情况：${D.name(s.name)}${pick(['父母长期在外务工', '为单亲家庭', '家中有两个弟妹', '父亲身体不好'])}，平时主要由${pick(['奶奶', '外婆'])}${D.name(g.name)}照顾（手机${D.mob(g.mobile)}）。`
      + `孩子${pick(['性格内向，作业完成情况一般', '成绩中上，但近期上课注意力不集中', '喜欢画画，数学偏弱', '与同学相处融洽'])}。${D.name(p.name)}表示会${pick(['每周与孩子视频', '尽量回家陪伴', '配合学校督促作业'])}。`,
      chance(0.5) ? `申请资助：是，身份证号 ${D.id(p.id)}，已提交${pick(['低保证明', '困难证明'])}。` : '申请资助：否',
      `下次家访：${D.x('date', rDate(2))}  录入时间：${D.x('timestamp', rTs())}`,
      `后续措施：${pick(['每两周电话回访', '纳入重点关注学生名单', '安排学业帮扶'])}，有情况及时联系班主任${titled(D, t1)}。`].join('\n'));
  }
  return `${sch} 家访记录汇总\n\n${blocks.join('\n\n')}`;
};

K.schoolbus = (D) => {
  const drv = adult(1965, 1990, { sex: 'M' }); const aide = adult(1970, 1995, { sex: 'F' });
  const route = D.x('route', `${ri(1, 12)}号线`);
  const stops = ['东门站', '阳光花园站', '地铁口站', '人民路口站', '幸福里站', '翠苑北门站', '新华书店站'];
  const t = table(nRows(), [
    [['序号'], (c, i) => String(i + 1)],
    [['站点', '上车站点'], () => pick(stops)],
    [['学生姓名', '乘车学生'], (c) => D.name(c.s.name)],
    [['年级班级', '班级'], () => D.x('class_code', classCode()), 0.7],
    [['接送人'], (c) => D.name(c.p.name)],
    [['接送人电话', '家长手机', '联系电话'], (c) => D.mob(c.p.mobile)],
    [['备用电话'], (c) => (chance(0.5) ? D.mob(genMobile()) : ''), 0.3],
    [['乘车卡号'], () => D.x('card_serial', 'BUS' + digits(6)), 0.7],
    [['学号'], () => D.x('student_no', stuNo()), 0.5],
    [['上车时间', '预计到站'], () => D.x('time', `${pad(ri(6, 8))}:${pad(ri(0, 59))}`), 0.6],
  ], () => { const s = child(2012, 2018); return { s, p: parentOf(s) }; });
  return `${D.x('org', schoolName())} 校车接送名单 ${route}\n车牌：${D.x('plate', plate())}  司机：${D.name(drv.name)} ${D.mob(drv.mobile)}  随车老师：${D.name(aide.name)} ${D.mob(aide.mobile)}\n发车时间：${D.x('time', `${pad(ri(6, 7))}:${pad(ri(0, 5) * 10)}`)}\n${t}`;
};

K.summercamp = (D) => {
  const org = D.x('org', orgName()); const camp = pick(['英国剑桥游学营', '新加坡科技营', '北京研学营', '美国STEM夏令营', '云南自然探索营', '日本文化体验营']);
  const abroad = /英国|新加坡|美国|日本/.test(camp);
  const t = table(nRows(), [
    [['序号'], (c, i) => String(i + 1)],
    [['营员姓名', '学生姓名', '姓名'], (c) => D.name(c.s.name)],
    [['性别'], (c) => sexOf(c.s.id), 0.6],
    [['出生日期'], (c) => D.x('date', fmtDate(...birthOf(c.s.id), 0)), 0.9],
    [['护照有效期'], () => D.x('date', rDate(0, ri(2025, 2034))), abroad ? 0.6 : 0],
    [['报名时间'], () => D.x('timestamp', rTs()), 0.7],
    [['保险单号'], () => D.x('policy_no', polNo()), 0.6],
    [[abroad ? '护照号' : '身份证号', abroad ? '护照号码' : '证件号码'], (c) => (abroad ? D.pp(c.pass) : D.id(c.s.id))],
    [['身份证号'], (c) => D.id(c.s.id), abroad ? 0.4 : 0],
    [['监护人', '家长姓名'], (c) => D.name(c.p.name)],
    [['监护人电话', '家长手机'], (c) => D.mob(c.p.mobile)],
    [['监护人邮箱', '邮箱'], (c) => D.pmail(c.p), 0.6],
    [['紧急联系人'], (c) => `${D.name(c.e.name)} ${D.mob(c.e.mobile)}`, 0.4],
    [['营期代码', '营期'], () => D.x('camp_code', `${pick(['SC', 'XL', 'YX'])}${Y()}${pad(ri(6, 8))}${pick(['A', 'B', 'C'])}`), 0.6],
    [['订单号'], () => D.x('order_no', orderNo()), 0.9],
    [['过敏/病史'], () => pick(['无', '无', '花生过敏', '哮喘', '']), 0.4],
  ], () => { const s = child(2008, 2016); return { s, p: parentOf(s), e: adult(), pass: genPassport() }; });
  return `${org} ${camp} 报名名单\n出发日期：${D.x('date', rDate())}\n${t}\n${chance(0.5) ? `领队：${D.name(genName().name)}` : ''}`;
};

K.gradjobs = (D) => {
  const uni = D.x('org', pick(UNIS));
  const t = table(nRows(), [
    [['学号'], () => D.x('student_no', stuNo())],
    [['姓名'], (c) => D.name(c.s.name)],
    [['专业'], () => pick(['软件工程', '会计学', '汉语言文学', '机械设计', '英语', '电子信息工程'])],
    [['就业单位', '签约单位'], () => D.x('org', companyName())],
    [['单位统一社会信用代码', '单位信用代码'], () => D.uscc(genUscc('91')), 0.5],
    [['手机', '联系电话'], (c) => D.mob(c.s.mobile)],
    [['邮箱', '个人邮箱'], (c) => D.pmail(c.s)],
    [['协议书编号', '三方协议编号'], () => D.x('agreement_no', `${Y()}${digits(8)}`), 0.5],
    [['就业类型'], () => pick(['签就业协议', '劳动合同', '升学', '灵活就业', '待就业']), 0.6],
  ], () => ({ s: person('child', 1998, 2003) }));
  return `${uni} ${Y()}届毕业生就业去向登记表\n${t}`;
};

K.alumni = (D) => {
  const sch = D.x('org', chance(0.5) ? pick(UNIS) : schoolName()); const old = chance(0.3);
  const t = table(nRows(), [
    [['届别', '毕业年份'], (c) => c.cls],
    [['会员编号'], () => D.x('member_no', pick(['XY', 'HY', '']) + digits(6)), 0.7],
    [['入会日期'], () => D.x('date', rDate()), 0.7],
    [['毕业证书编号'], () => D.x('diploma_no', '10' + digits(3) + ri(1, 4) + ri(1990, 2023) + digits(7)), 0.4],
    [['在校学号'], () => D.x('student_no', stuNo(ri(1975, 2018))), 0.3],
    [['姓名'], (c) => D.name(c.p.name)],
    [['工作单位', '单位'], () => D.x('org', companyName()), 0.7],
    [['职务'], () => pick(['工程师', '经理', '教师', '公务员', '医生', '自由职业', '总监']), 0.6],
    [['手机'], (c) => D.mob(c.p.mobile)],
    [['邮箱', 'Email'], (c) => D.pmail(c.p), 0.7],
    [['住宅电话', '家庭电话'], () => (chance(0.6) ? D.land(genLand()) : ''), 0.4],
    [['身份证号（会员登记）', '身份证号'], (c) => (c.legacy ? D.id15(c.legacy) : D.id(c.p.id)), old ? 0.8 : 0.1],
  ], () => { const p = adult(1950, 1995); const y = +p.id.slice(6, 10); return { p, cls: `${Math.min(y + 22, 2023)}届`, legacy: old && y < 1984 && chance(0.5) ? gen15(1950, 1983) : null }; });
  return `${sch}校友会 ${pick(['会员名录', '理事名单', '通讯录（内部）'])}\n校友办电话：${D.switchboard()}\n${t}`;
};

K.crmnotes = (D) => {
  const org = D.x('org', orgName()); const notes = [];
  for (let i = 0, n = ri(1, 10); i < n; i++) {
    const s = child(2009, 2018), p = parentOf(s), cc = genName().name; const mum = p.rel === '母亲';
    const salut = titled(D, p, mum ? '女士' : '先生');
    const lines = [`客户编号：${D.x('lead_id', 'KH' + Y() + digits(7))}   学员：${D.name(s.name)}（${pick(['三年级', '五年级', '初一', '初二', '高一'])}）`,
      `家长：${D.name(p.name)}（${p.rel}）  手机：${D.mob(p.mobile)}${chance(0.5) ? '  微信同号' : ''}`];
    let d = rTs();
    lines.push(`${D.x('timestamp', d)} 顾问${D.name(cc)}：首次电话沟通，${salut}关心${pick(['小升初', '中考数学', '英语口语', '编程竞赛'])}，推荐${D.x('course_code', courseCode())}，报价${ri(20, 90) * 100}元。`);
    if (chance(0.6)) lines.push(`${D.x('timestamp', rTs())} 顾问${D.name(cc)}：${salut}要求把课程资料发到邮箱${D.pmail(p)}，已发送。`);
    if (chance(0.4)) { const o = adult(); lines.push(`${D.x('timestamp', rTs())} 转介绍：${salut}推荐了同小区的${D.name(o.name)}，电话${D.mob(o.mobile)}。`); }
    if (chance(0.5)) lines.push(`${D.x('timestamp', rTs())} 已缴定金${pick(['500', '1000', '300'])}元，订单号${D.x('order_no', orderNo())}，${pick(['约周六上午试听', '下周一开课', '等待排班'])}。`);
    if (chance(0.2)) lines.push(`备注：${salut}不希望被频繁电话打扰，请用${D.x('masked_mobile', maskMob(p.mobile))}以外的方式联系（仅微信）。`);
    notes.push(lines.join('\n'));
  }
  return `${org} CRM 跟进记录导出\n\n${notes.join('\n\n')}`;
};

K.onlineexport = (D) => {
  const masked = chance(0.3); const plat = pick(['云课堂', '学习通', '网校', '直播课平台', '在线题库']);
  const t = table(nRows(), [
    [['用户ID', 'uid', 'user_id'], () => D.x('user_id', pick([String(ri(10000000, 99999999)), '1' + pick(['7', '8']) + digits(17), 'U' + digits(9)]))],
    [['昵称', 'nickname'], () => pick(['学霸小王子', '快乐星球', 'Lucky', '向日葵', '奋斗的蜗牛', 'momo', '夏天的风'])],
    [['真实姓名', 'real_name', '姓名'], (c) => (masked ? D.x('masked_name', maskName(c.s.name)) : D.name(c.s.name))],
    [['手机号', 'mobile', '绑定手机'], (c) => (masked ? D.x('masked_mobile', maskMob(c.s.mobile)) : D.mob(c.s.mobile))],
    [['邮箱', 'email'], (c) => (masked ? D.x('masked_email', maskMail(genEmail(c.s).addr)) : D.pmail(c.s)), 0.7],
    [['注册时间', 'created_at'], () => D.x('timestamp', rTs())],
    [['最近订单号', 'order_no'], () => D.x('order_no', orderNo()), 0.6],
    [['课程ID', 'course_id'], () => D.x('course_code', courseCode()), 0.5],
    [['支付金额', 'paid'], () => amount(), 0.5],
  ], () => ({ s: person('child', 1995, 2012) }));
  return `${plat}用户导出_${D.x('date', rDate(3))}${masked ? '（已脱敏）' : ''}\n${t}`;
};

K.xueji = (D) => {
  const sch = D.x('org', schoolName()); const y = Y();
  const t = table(nRows(), [
    [['序号'], (c, i) => String(i + 1)],
    [['学籍号', '全国学籍号'], (c) => (c.temp ? D.x('xueji_no', xuejiL(c.s.id.slice(6, 14))) : 'G' + D.id(c.s.id))],
    [['姓名'], (c) => D.name(c.s.name)],
    [['性别'], (c) => sexOf(c.s.id)],
    [['出生日期'], (c) => D.x('date', fmtDate(...birthOf(c.s.id), 3)), 0.95],
    [['学号'], () => D.x('student_no', stuNo()), 0.6],
    [['班级'], () => D.x('class_code', classCode()), 0.6],
    [['入学日期'], () => D.x('date', rDate(3)), 0.5],
    [['身份证件号'], (c) => (c.temp ? '' : D.id(c.s.id)), 0.5],
    [['户口所在地'], () => pick(REGIONS)[1], 0.5],
    [['监护人1姓名', '监护人一'], (c) => D.name(c.p.name)],
    [['监护人1身份证', '监护人一身份证件号'], (c) => D.id(c.p.id), 0.6],
    [['监护人1电话', '监护人一联系电话'], (c) => D.mob(c.p.mobile)],
    [['监护人2姓名'], (c) => D.name(c.q.name), 0.4],
    [['监护人2电话'], (c) => D.mob(c.q.mobile), 0.4],
    [['校园卡号'], () => D.x('card_serial', campusCard()), 0.4],
    [['变更时间', '采集时间'], () => D.x('timestamp', rTs()), 0.5],
  ], () => { const s = child(2010, 2018); return { s, p: parentOf(s), q: adult(), temp: chance(0.1) }; }, { shuffle: false });
  return `${sch} ${y}年学籍信息采集表（${pick(['一年级新生', '转入学生', '七年级新生'])}）\n${t}`;
};

K.notifymail = (D) => {
  const org = orgName(); const dom = pick(['qihang-edu.com', 'boxue.cn', 'youxue100.com', 'lexue-school.cn']);
  const sender = adult(1980, 1998);
  const rcpt = [...Array(Math.min(nRows(), 30))].map(() => { const s = child(2009, 2018); const p = parentOf(s); return { s, p }; });
  const to = rcpt.map(({ p }) => (chance(0.6) ? `${D.name(p.name)} <${D.pmail(p)}>` : chance(0.5) ? `"${D.name(p.name)}" <${D.pmail(p)}>` : D.pmail(p)));
  const hdr = [`From: "${D.x('org', org)} 教务" <${D.mailDC(pick(['jiaowu', 'service', 'noreply', 'admin']) + '@' + dom)}>`, `To: ${to.slice(0, Math.ceil(to.length / 2)).join(', ')}`,
    to.length > 1 ? `Bcc: ${to.slice(Math.ceil(to.length / 2)).join(', ')}` : '', `Cc: ${D.name(sender.name)} <${D.pmail(sender, { domain: dom })}>`,
    `Subject: 【${pick(['缴费提醒', '开课通知', '调课通知', '期末报告'])}】${pick(['秋季班', '寒假班', '春季班'])} ${D.x('class_code', classCode())}`,
    `Date: ${D.x('timestamp', rTs())} +0800`, `Message-ID: <${D.x('message_id', digits(13) + '.' + digits(5) + '@' + dom)}>`].filter(Boolean);
  const body = ['各位家长：', `  您好！${pick(['下周起课程时间调整为周六上午9:00', '秋季班学费请于本月25日前缴清', '期末学习报告已生成，请查收附件'])}。以下学员请留意：`,
    ...rcpt.slice(0, ri(1, rcpt.length)).map(({ s, p }, i) => `  ${i + 1}. ${D.name(s.name)}（家长 ${D.name(p.name)}，${D.mob(p.mobile)}）  订单号 ${D.x('order_no', orderNo())}  截止 ${D.x('date', rDate())}${chance(0.5) ? '  学号 ' + D.x('student_no', stuNo()) : ''}`),
    `  如有疑问请联系 ${D.name(sender.name)}，手机 ${D.mob(sender.mobile)}，或拨打 ${D.x('hotline', hotline())}。`, '', `${org}教务中心`];
  return hdr.join('\n') + '\n\n' + body.join('\n');
};

K.jsonapi = (D) => {
  const n = Math.min(nRows(), 60); const items = [];
  for (let i = 0; i < n; i++) {
    const s = person('child', 1996, 2012); const o = {};
    o.uid = Number(D.x('user_id', String(ri(1000000, 99999999))));
    o.orderNo = D.x('order_no', orderNo());
    o.realName = D.name(s.name);
    o.phone = D.mob(s.mobile);
    if (chance(0.7)) o.email = D.pmail(s);
    if (chance(0.5)) o.idCard = D.id(s.id);
    if (chance(0.35)) { const c = genCard(); o.bankCard = D.card(c.no); o.bankName = c.bank; }
    o.courseId = D.x('course_code', courseCode());
    o.payAmount = Number(amount());
    o.createdAt = D.x('timestamp', rTs());
    if (chance(0.3)) o.maskedPhone = D.x('masked_mobile', maskMob(genMobile()));
    items.push(o);
  }
  const pretty = chance(0.5);
  return JSON.stringify({ code: 0, msg: 'success', data: { total: n, page: 1, list: items } }, null, pretty ? 2 : 0);
};

K.sqldump = (D) => {
  const tbl = pick(['edu_student', 't_student_info', 'xs_jbxx', 'crm_student']); const rows = [];
  for (let i = 0, n = nRows(); i < n; i++) {
    const s = child(2005, 2017), p = parentOf(s);
    const em = chance(0.6) ? `'${D.pmail(p)}'` : 'NULL';
    rows.push(`(${ri(1000, 99999)},'${D.x('student_no', stuNo())}','${D.name(s.name)}','${D.id(s.id)}','${D.name(p.name)}','${D.mob(p.mobile)}',${em},'${D.x('class_code', classCode())}','${D.x('timestamp', rTs())}','${D.x('timestamp', rTs())}')`);
  }
  return `-- MySQL dump 10.13\n-- Host: 10.${ri(0, 255)}.${ri(0, 255)}.${ri(1, 254)}    Database: school_db\n\nLOCK TABLES \`${tbl}\` WRITE;\nINSERT INTO \`${tbl}\` (\`id\`,\`stu_no\`,\`name\`,\`id_card\`,\`guardian_name\`,\`guardian_phone\`,\`guardian_email\`,\`class_code\`,\`created_at\`,\`updated_at\`) VALUES ${rows.join(',\n')};\nUNLOCK TABLES;`;
};

K.insurance = (D) => {
  const t = table(nRows(), [
    [['序号'], (c, i) => String(i + 1)],
    [['被保险人', '被保险人姓名'], (c) => D.name(c.s.name)],
    [['被保险人证件号'], (c) => D.id(c.s.id)],
    [['投保人', '投保人姓名'], (c) => D.name(c.p.name)],
    [['投保人证件号'], (c) => D.id(c.p.id), 0.7],
    [['投保人手机', '联系电话'], (c) => D.mob(c.p.mobile)],
    [['理赔账户', '理赔银行卡号'], (c) => D.card(c.c.no), 0.75],
    [['开户行'], (c) => c.c.bank, 0.5],
    [['保单号'], () => D.x('policy_no', polNo()), 0.95],
    [['被保险人出生日期'], (c) => D.x('date', fmtDate(...birthOf(c.s.id), 0)), 0.7],
    [['投保时间'], () => D.x('timestamp', rTs()), 0.5],
    [['学号'], () => D.x('student_no', stuNo()), 0.4],
    [['保费'], () => pick(['100', '150', '50', '120'])],
  ], () => { const s = child(2007, 2018); return { s, p: parentOf(s), c: genCard(true) }; });
  return `${D.x('org', schoolName())} ${Y()}学年学生平安保险投保清单\n${t}`;
};

K.afterschool = (D) => {
  const t = table(nRows(), [
    [['学生姓名'], (c) => D.name(c.s.name)],
    [['班级'], () => D.x('class_code', classCode()), 0.7],
    [['扣款户名', '账户名', '户名'], (c) => D.name(c.p.name)],
    [['扣款卡号', '代扣账号', '扣款账号'], (c) => D.card(c.c.no)],
    [['开户行'], (c) => branch(c.c.bank), 0.5],
    [['代扣协议号', '协议号'], () => D.x('agreement_no', 'DK' + Y() + digits(8)), 0.5],
    [['项目'], () => pick(['午餐费', '课后服务费', '校车费', '午托费'])],
    [['金额'], () => amount()],
    [['扣款状态'], () => pick(['成功', '成功', '成功', '余额不足', '账户冻结']), 0.8],
    [['扣款流水号', '交易流水号'], () => D.x('txn_no', txnNo()), 0.7],
    [['扣款时间'], () => D.x('timestamp', rTs()), 0.6],
    [['学号'], () => D.x('student_no', stuNo()), 0.5],
    [['家长手机'], (c) => D.mob(c.p.mobile), 0.4],
  ], () => { const s = child(2011, 2018); return { s, p: parentOf(s), c: genCard(true) }; });
  return `${D.x('org', schoolName())} ${pick(['9月', '10月', '11月', '3月', '4月'])}${pick(['午餐费', '课后服务费'])}代扣明细（银行回盘）\n${t}`;
};

K.receipt = (D) => {
  const out = [];
  for (let i = 0, n = ri(1, 6); i < n; i++) {
    const org = orgName(); const s = child(2008, 2018), p = parentOf(s); const pay = pick(['刷卡', '转账', '微信']);
    const c = genCard();
    out.push([`${D.x('org', org)} 收费收据`, `收据号：${D.x('receipt_no', receiptNo())}    日期：${D.x('date', rDate(2))}`,
      `统一社会信用代码：${D.uscc(genUscc(pick(['52', '91'])))}`, `交款人：${D.name(p.name)}    学员：${D.name(s.name)}`,
      `项目：${pick(['秋季班学费', '教材费', '一对一课时包(40课时)', '暑期集训营'])}    金额：${amount()}元`,
      `付款方式：${pay}${pay === '刷卡' ? '  卡号 ' + (chance(0.6) ? D.card(c.no) : D.x('masked_card', maskCard(c.no))) : pay === '转账' ? '  付款账号 ' + D.card(c.no) : ''}`,
      `收款人：${D.name(genName().name)}    校区电话：${D.switchboard()}    服务热线：${D.x('hotline', hotline())}`,
      chance(0.4) ? `收款账户：${branch(pick(IINS)[2])} ${D.acctDC(chance(0.5) ? grp() + ' ' + grp() + ' ' + grp() + ' ' + grp() + (chance(0.5) ? ' ' + ri(1, 9) + digits(2) : '') : ri(1, 9) + digits(ri(16, 20)))}` : ''].filter(Boolean).join('\n'));
  }
  return out.join('\n\n====================\n\n');
};

K.competition = (D) => {
  const comp = pick(['全国青少年信息学奥林匹克联赛', '希望数学', '全国中学生物理竞赛', '华罗庚金杯', '青少年科技创新大赛', '英语演讲比赛']);
  const t = table(nRows(), [
    [['证书编号'], () => D.x('cert_no', certNo()), 0.9],
    [['参赛编号', '准考证号'], () => D.x('exam_no', pick(['CSP-J', 'CSP-S', 'SX', 'HJ']) + '-' + digits(5)), 0.6],
    [['姓名', '学生姓名'], (c) => D.name(c.s.name)],
    [['学校'], () => D.x('org', schoolName()), 0.7],
    [['年级'], () => pick(['七年级', '八年级', '九年级', '高一', '高二', '五年级']), 0.6],
    [['奖项'], () => pick(['一等奖', '二等奖', '三等奖', '优秀奖'])],
    [['成绩', '分数'], () => D.x('score', String(ri(120, 400))), 0.6],
    [['指导教师'], (c) => D.name(c.t.name), 0.8],
    [['指导教师手机', '教师联系电话'], (c) => D.mob(c.t.mobile), 0.6],
    [['学生手机', '家长手机'], (c) => D.mob(c.s.mobile), 0.4],
  ], () => ({ s: child(2006, 2014), t: adult(1970, 1996) }));
  return `${comp}（${Y()}）获奖名单\n${t}`;
};

K.tutor = (D) => {
  const org = D.x('org', orgName());
  if (chance(0.5)) {
    const forms = [...Array(ri(1, 6))].map(() => { const p = person('child', 1996, 2004), c = genCard();
      return [`【兼职教师入职登记】`, `姓名：${D.name(p.name)}`, `性别：${sexOf(p.id)}`, `身份证号码：${D.id(p.id)}`, `手机：${D.mob(p.mobile)}`, `邮箱：${D.pmail(p)}`,
        `毕业院校：${D.x('org', pick(UNIS))}`, `教师资格证号：${chance(0.6) ? D.x('teacher_cert', teacherCert()) : '在考'}`,
        `工资卡号：${D.card(c.no)}（${c.bank}）`, `入职日期：${D.x('date', rDate())}`, `工号：${D.x('staff_no', staffNo())}`, `合同编号：${D.x('contract_no', 'HT' + Y() + digits(5))}`, `登记时间：${D.x('timestamp', rTs())}`].join('\n'); });
    return `${org}\n\n${forms.join('\n\n')}`;
  }
  const t = table(nRows(), [
    [['工号'], () => D.x('staff_no', staffNo()), 0.6],
    [['姓名'], (c) => D.name(c.p.name)],
    [['科目'], () => pick(SUBJ)],
    [['身份证号'], (c) => D.id(c.p.id), 0.7],
    [['手机'], (c) => D.mob(c.p.mobile)],
    [['邮箱'], (c) => D.pmail(c.p), 0.6],
    [['工资卡号', '银行卡号'], (c) => D.card(c.c.no), 0.8],
    [['课时费'], () => String(ri(8, 30) * 10)],
    [['教师资格证号'], () => D.x('teacher_cert', teacherCert()), 0.4],
    [['入职日期'], () => D.x('date', rDate()), 0.6],
    [['合同编号'], () => D.x('contract_no', 'HT' + Y() + digits(5)), 0.6],
    [['工号'], () => D.x('staff_no', staffNo()), 0.2],
  ], () => ({ p: person('child', 1990, 2004), c: genCard() }));
  return `${org} 兼职教师信息表\n${t}`;
};

K.timetable = (D) => {
  const sch = D.x('org', schoolName()); const teachers = [...Array(ri(3, 9))].map(() => adult(1965, 1998));
  const t = table(ri(5, 40), [
    [['课程代码'], () => D.x('course_code', courseCode())],
    [['课程名称'], () => pick(SUBJ) + pick(['', '提高', '拓展', '实验'])],
    [['班级'], () => D.x('class_code', classCode())],
    [['教室'], () => D.x('room', `${pick(['A', 'B', '实验楼', '综合楼'])}${ri(1, 5)}${pad(ri(1, 30))}`)],
    [['任课教师', '教师'], (c) => D.name(c.t.name)],
    [['工号'], () => D.x('staff_no', staffNo()), 0.5],
    [['周次'], () => `${ri(1, 8)}-${ri(9, 18)}周`],
    [['开课日期'], () => D.x('date', rDate()), 0.6],
    [['节次'], () => `${ri(1, 4)}-${ri(5, 8)}节`, 0.5],
  ], () => ({ t: pick(teachers) }));
  return `${sch} 排课表\n${t}\n${chance(0.4) ? `教务处电话：${D.switchboard()}` : ''}`;
};

K.smslog = (D) => {
  const org = orgName(); const lines = [];
  const n = nRows(); const sep = pick(['\t', ',', ' | ']);
  lines.push(['发送时间', '接收号码', '短信内容', '状态', '流水号'].join(sep));
  for (let i = 0; i < n; i++) {
    const s = child(2009, 2018), p = parentOf(s);
    const tmpl = pickF([() => `【${org}】尊敬的${D.name(p.name)}家长，您的孩子${D.name(s.name)}已于${pad(ri(15, 18))}:${pad(ri(0, 59))}签到上课。`,
      () => `【${org}】${D.name(s.name)}家长您好，本周课时余额${ri(0, 6)}节，请及时续费。`,
      () => `【${org}】${D.name(s.name)}同学本次测验成绩${ri(60, 100)}分，详情请登录APP查看。`,
      () => `【${org}】您的验证码是${D.x('sms_code', digits(6))}，5分钟内有效。`]);
    lines.push([D.x('timestamp', rTs()), D.mob(p.mobile), tmpl.replace(/,/g, '，'), pick(['成功', '成功', '失败', '已送达']), D.x('sms_id', pick([digits(20), 'SMS' + digits(14)]))].join(sep));
  }
  D.x('org', org);
  return `短信群发记录 ${D.x('date', rDate())}\n${lines.join('\n')}`;
};

K.certverify = (D) => {
  const t = table(nRows(), [
    [['证书编号'], () => D.x('cert_no', certNo())],
    [['姓名'], (c) => D.name(c.p.name)],
    [['身份证号', '证件号码'], (c) => D.id(c.p.id)],
    [['培训项目'], () => pick(['育婴师', '心理咨询师', '少儿编程讲师', '幼儿教师资格培训', '中式烹调师'])],
    [['学时'], () => String(ri(16, 120)), 0.6],
    [['发证日期'], () => D.x('date', rDate()), 0.8],
    [['查询码'], () => D.x('verify_code', digits(4) + '-' + digits(4) + '-' + digits(4)), 0.4],
    [['联系电话'], (c) => D.mob(c.p.mobile), 0.5],
  ], () => ({ p: adult(1970, 2003) }));
  return `${D.x('org', orgName())} 培训结业证书核验清单\n${t}`;
};

K.payroll = (D) => {
  const n = nRows(); const sep = pick(['|', ',', '\t']); let total = 0; const lines = [];
  for (let i = 0; i < n; i++) {
    const p = chance(0.5) ? child(1999, 2005) : adult(1985, 2002); const c = genCard(true); const a = ri(300, 5000); total += a;
    lines.push([String(i + 1), D.card(c.no), D.name(p.name), a.toFixed(2), pick(['助学金', '勤工助学', '助教课酬', '竞赛奖金']), chance(0.3) ? c.bank : '', D.x('txn_no', txnNo()), D.x('timestamp', rTs())].join(sep));
  }
  const payAcct = String(ri(1, 9)) + digits(ri(15, 21));
  return `批次号:${D.x('batch_no', 'PL' + Y() + digits(8))}${sep}付款账号:${D.acctDC(payAcct)}${sep}总笔数:${n}${sep}总金额:${total.toFixed(2)}\n序号${sep}收款账号${sep}收款户名${sep}金额${sep}用途${sep}备注${sep}流水号${sep}处理时间\n${lines.join('\n')}`;
};

K.attendance = (D) => {
  const n = Math.min(nRows(), 20); const kids = [...Array(n)].map(() => ({ s: child(2008, 2018), card: campusCard(), cls: classCode() }));
  const dev = [...Array(ri(1, 4))].map(() => pick(['东门闸机', '南门闸机', '宿舍门禁', '食堂POS', '图书馆']) + pad(ri(1, 12)));
  const sep = pick([',', '\t', ' | ']); const notify = chance(0.4);
  const rows = []; const day = rDate(0);
  for (const k of kids) for (let j = 0, m = ri(1, 4); j < m; j++) rows.push([D.x('timestamp', `${day} ${pad(ri(6, 18))}:${pad(ri(0, 59))}:${pad(ri(0, 59))}`), D.x('card_serial', k.card), D.name(k.s.name), D.x('class_code', k.cls), pick(['进', '出']), D.x('device_id', pick(dev)), ...(notify ? [D.x('masked_mobile', maskMob(genMobile()))] : [])]);
  rows.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return `${D.x('org', schoolName())} 门禁/考勤刷卡记录 ${day}\n${['时间', '卡号', '姓名', '班级', '方向', '设备', ...(notify ? ['通知号码'] : [])].join(sep)}\n${rows.map((r) => r.join(sep)).join('\n')}`;
};

K.invoicelist = (D) => {
  const org = D.x('org', orgName()); const issuer = genName().name;
  const t = table(nRows(), [
    [['开票日期'], () => D.x('date', rDate(0))],
    [['发票代码'], (c) => (c.e ? '' : D.x('invoice_code', '0' + pick(['44', '11', '31', '33', '51']) + digits(9))), 0.8],
    [['发票号码'], (c) => D.x('invoice_no', c.e ? Y().toString().slice(2) + pick(['44', '11', '31']) + digits(16) : pad(ri(1, 99999999), 8))],
    [['购买方名称', '抬头'], (c) => (c.co ? D.x('org', c.co) : D.name(c.p.name))],
    [['纳税人识别号', '购买方税号'], (c) => (c.co ? D.uscc(c.uscc) : chance(0.3) ? D.id(c.p.id) : ''), 0.7],
    [['项目'], () => pick(['培训费', '教育辅导服务', '课时费', '教材费'])],
    [['金额'], () => amount()],
    [['税额'], () => (ri(100, 9000) / 100).toFixed(2)],
    [['开票人'], () => D.name(issuer), 0.6],
    [['关联订单号'], () => D.x('order_no', orderNo()), 0.5],
  ], () => { const co = chance(0.3) ? companyName() : null; return { co, uscc: co ? genUscc('91') : null, p: adult(), e: chance(0.3) }; });
  return `${org} 发票开具台账（${Y()}年${ri(1, 12)}月）\n${t}`;
};

K.coursecatalog = (D) => {
  const org = D.x('org', chance(0.5) ? orgName() : schoolName()); const ts = [...Array(ri(2, 8))].map(() => genName().name);
  const t = table(ri(4, 45), [
    [['课程代码'], () => D.x('course_code', courseCode())],
    [['班级代码', '班号'], () => D.x('class_code', classCode())],
    [['课程名称'], () => pick(['小学奥数', '新概念英语', 'Python入门', '素描基础', '初中物理', '高考数学冲刺', '少儿口才'])],
    [['开课日期'], () => D.x('date', rDate(D.ds))],
    [['结课日期'], () => D.x('date', rDate(D.ds)), 0.7],
    [['上课时间'], () => `${pick(['周六', '周日', '周三'])} ${pad(ri(8, 19))}:00-${pad(ri(9, 21))}:00`, 0.8],
    [['主讲老师', '授课教师'], () => D.name(pick(ts)), 0.8],
    [['教室', '校区'], () => D.x('room', `${pick(['A', 'B', 'C'])}${ri(1, 4)}${pad(ri(1, 20))}`), 0.7],
    [['价格', '学费'], () => String(ri(10, 90) * 100)],
    [['课次'], () => String(ri(8, 48)), 0.6],
  ], () => ({}));
  return `${org} ${pick(['开班计划', '课程价目表', '秋季课程目录', '排班总表'])}\n${t}\n报名热线：${D.x('hotline', hotline())}${chance(0.5) ? '  前台：' + D.switchboard() : ''}`;
};

K.admitnotice = (D) => {
  const masked = chance(0.4); const sch = D.x('org', schoolName());
  const t = table(nRows(), [
    [['序号'], (c, i) => String(i + 1)],
    [['报名号', '考生号', '准考证号'], () => D.x('exam_no', examNo())],
    [['姓名'], (c) => (masked ? D.x('masked_name', maskName(c.s.name)) : D.name(c.s.name))],
    [['性别'], (c) => sexOf(c.s.id), 0.6],
    [['身份证号'], (c) => D.x('masked_id', maskId(c.s.id)), 0.5],
    [['毕业学校', '原学校'], () => D.x('org', schoolName()), 0.6],
    [['录取类别', '分班'], () => D.x('class_code', classCode())],
    [['成绩', '总分'], () => D.x('score', String(ri(400, 720))), 0.6],
    [['学号'], () => D.x('student_no', stuNo()), 0.5],
  ], () => ({ s: child(2008, 2013) }));
  return `${sch} ${Y()}年${pick(['七年级新生分班名单', '高一新生录取名单', '特长生录取公示', '插班生录取结果'])}${masked ? '（公示版）' : ''}\n${t}\n公示时间：${D.x('date', rDate())}至${D.x('date', rDate())}\n监督电话：${D.switchboard()}`;
};

// ---------------------------------------------------------------- build corpus
const COUNTS = { roster: 12, parentchat: 12, leads: 10, payment: 10, refund: 9, transcript: 9, examreg: 10, scholarship: 8, aidlist: 10, enrollment: 9,
  dorm: 8, teacherdir: 10, homevisit: 9, schoolbus: 8, summercamp: 9, gradjobs: 9, alumni: 9, crmnotes: 11, onlineexport: 10, xueji: 9, notifymail: 9,
  jsonapi: 8, sqldump: 8, insurance: 9, afterschool: 8, receipt: 9, competition: 8, tutor: 9, timetable: 8, smslog: 8, certverify: 8, payroll: 9,
  attendance: 12, invoicelist: 11, coursecatalog: 9, admitnotice: 12 };

let droppedDecoys = 0; // decoy candidates dropped because they contained a labelled entity value
function finalize(D, text, n) {
  const seen = new Set(); const ent = [];
  for (const l of D.E) { const k = l.detector + '\u0000' + l.value; if (!seen.has(k)) { seen.add(k); ent.push(l); } }
  const dc = []; const seenC = new Set();
  for (const l of D.C) { const k = l.detector + '\u0000' + l.value; if (!seen.has(k) && !seenC.has(k)) { seenC.add(k); dc.push(l); } }
  const allVals = new Set([...ent, ...dc].map((l) => l.value));
  const dec = []; const seenX = new Set();
  for (const x of D.X) {
    if (!x.text || seenX.has(x.text) || allVals.has(x.text)) continue;
    if (ent.some((l) => x.text.includes(l.value) || x.text.includes(l.raw))) { droppedDecoys++; continue; }
    seenX.add(x.text); dec.push(x);
  }
  return { id: `ed-${D.kind}-${n}`, kind: D.kind, text, _E: ent, _C: dc, decoys: dec };
}

const docs = [];
for (const [kind, cnt] of Object.entries(COUNTS)) {
  for (let n = 1; n <= cnt; n++) {
    const D = new Doc(kind); D.ds = ri(0, 4);
    const text = K[kind](D).replace(/\n{3,}/g, '\n\n').trim();
    docs.push(finalize(D, text, n));
  }
}

// ---------------------------------------------------------------- self-check
const errors = [];
const fail = (d, m) => { if (errors.length < 50) errors.push(`${d.id}: ${m}`); };
const NORM = {
  cn_resident_id: (r) => { const s = r.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase(); return s.length === 15 ? upgrade15(s) : s; },
  cn_mobile: (r) => { let s = r.normalize('NFKC').replace(/\D/g, ''); if (s.length === 15 && s.startsWith('0086')) s = s.slice(4); if (s.length === 13 && s.startsWith('86')) s = s.slice(2); return s; },
  cn_landline: (r) => { const n = r.normalize('NFKC'); const s = n.replace(/\D/g, ''); return /^\+86/.test(n.trim()) ? '0' + s.slice(2) : s; },
  email: (r) => r.normalize('NFKC').toLowerCase(),
  bank_card: (r) => r.replace(/\D/g, ''),
  cn_uscc: (r) => r.replace(/[\s-]/g, '').toUpperCase(),
  cn_passport: (r) => r.toUpperCase(),
  person_name_zh: (r) => r,
};
const MOB_SET = new Set(MOB_PRE);
const VALID = {
  cn_resident_id: validId,
  cn_mobile: (v) => /^1[3-9]\d{9}$/.test(v) && MOB_SET.has(v.slice(0, 3)),
  cn_landline: (v) => /^0\d{9,11}$/.test(v) && AREAS.some(([a, n]) => v.startsWith(a) && v.length === a.length + n),
  email: (v) => /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v),
  bank_card: (v) => /^\d{16,19}$/.test(v) && luhnOk(v) && /^(62|4|5)/.test(v),
  cn_uscc: validUscc,
  cn_passport: (v) => /^E([0-9]\d{7}|[A-HJ-NP-Z]\d{7})$/.test(v),
  person_name_zh: (v) => /^[\u4e00-\u9fa5][\u4e00-\u9fa5·]{0,15}$/.test(v) && !/[·]$/.test(v),
};
const DC_VALID = { ...VALID, person_name_zh: (v) => /^[\u4e00-\u9fa5]{1,6}$/.test(v), bank_card: (v) => /^\d{10,30}$/.test(v) };
const ids = new Set();
for (const d of docs) {
  if (ids.has(d.id)) fail(d, 'duplicate id'); ids.add(d.id);
  if (!d.text) fail(d, 'empty text');
  for (const [list, V, tag] of [[d._E, VALID, 'entity'], [d._C, DC_VALID, 'dontCare']]) {
    for (const l of list) {
      if (!VALID[l.detector]) { fail(d, `unknown detector ${l.detector}`); continue; }
      if (!V[l.detector](l.value)) fail(d, `${tag} invalid ${l.detector} value ${l.value}`);
      if (!d.text.includes(l.raw)) fail(d, `${tag} raw form not in text: ${l.raw}`);
      if (NORM[l.detector](l.raw) !== l.value) fail(d, `${tag} raw ${l.raw} does not normalise to ${l.value}`);
    }
  }
  const eKeys = new Set(d._E.map((l) => l.detector + '\u0000' + l.value));
  if (eKeys.size !== d._E.length) fail(d, 'duplicate entity');
  for (const l of d._C) if (eKeys.has(l.detector + '\u0000' + l.value)) fail(d, `dontCare overlaps entity ${l.value}`);
  const vals = new Set([...d._E, ...d._C].map((l) => l.value));
  for (const x of d.decoys) {
    if (!d.text.includes(x.text)) fail(d, `decoy not in text: ${x.text}`);
    if (vals.has(x.text)) fail(d, `decoy equals a labelled value: ${x.text}`);
    for (const l of d._E) if (x.text.includes(l.value)) fail(d, `decoy ${x.text} contains entity ${l.value}`);
  }
}

const outPath = process.argv[2];
if (!outPath) { console.error('usage: node education.mjs OUT.jsonl'); process.exit(2); }
const strip = (l) => ({ detector: l.detector, value: l.value });
writeFileSync(outPath, docs.map((d) => JSON.stringify({ id: d.id, kind: d.kind, text: d.text, entities: d._E.map(strip), dontCare: d._C.map(strip), decoys: d.decoys })).join('\n') + '\n');

// ---------------------------------------------------------------- summary
const perKind = {}, perDet = {}, perDC = {}, perDecoy = {}; let nE = 0, nX = 0;
for (const d of docs) {
  perKind[d.kind] = (perKind[d.kind] || 0) + 1;
  for (const l of d._E) { perDet[l.detector] = (perDet[l.detector] || 0) + 1; nE++; }
  for (const l of d._C) perDC[l.detector] = (perDC[l.detector] || 0) + 1;
  for (const x of d.decoys) { perDecoy[x.kind] = (perDecoy[x.kind] || 0) + 1; nX++; }
}
console.log(`documents: ${docs.length} in ${Object.keys(perKind).length} kinds -> ${outPath}`);
console.log('documents per kind:', JSON.stringify(perKind));
console.log('entity labels per detector:', JSON.stringify(perDet), `total ${nE}`);
console.log('dontCare labels per detector:', JSON.stringify(perDC));
console.log('decoys per kind:', JSON.stringify(perDecoy), `total ${nX}`, `(dropped ${droppedDecoys} candidates that contained an entity value)`);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((perDet[det] || 0) < 300) errors.push(`only ${perDet[det] || 0} entity labels for ${det} (< 300)`);
if (docs.length < 250) errors.push(`only ${docs.length} documents`);
if (Object.keys(perKind).length < 25) errors.push('fewer than 25 kinds');
if (nX < nE) errors.push(`decoys (${nX}) fewer than entities (${nE})`);
if (errors.length) { console.error('SELF-CHECK FAILED:\n  ' + errors.join('\n  ')); process.exit(1); }
console.log('self-check: OK');
