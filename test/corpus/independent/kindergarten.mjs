#!/usr/bin/env node
/*
 * Independent labelled test corpus for listguard — theme: kindergartens and
 * daycare (幼儿园 / 托育).
 *
 * Written in session 30 by a helper that never read src/, rules/ or test/,
 * from cn-formats.md and DESIGN.md only.
 *
 * Documents: 入园登记表, 班级花名册 (CSV/TSV/fixed-width/| tables), 家长群
 * chat transcripts and 接龙, 校车接送名单, 入托预防接种证查验, 保教费缴费记录 and
 * 收据, 银行批量退费/代发 files and 回单, 育儿补贴申领表 and 汇总, 教职工名单/通讯录,
 * 晨检记录, 外出活动同意书/回执, 摇号结果公示 (masked), OCR'd paper forms, 学籍
 * XML exports, 小程序 JSON exports, mail bodies, SMS logs, 家委会会议纪要,
 * 请假条/缺勤登记, 接送授权委托书/接送卡, system logs, 入园体检表, 公示 (收费公示,
 * 带量食谱, 校车线路表, 招生简章). 23 kinds, ~360 documents.
 *
 * Usage:   node kindergarten.mjs OUT.jsonl
 * Output:  one JSON object per line
 *   {"id":"kg-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported under any detector
 *
 * Normalisation of values: cn_resident_id 18 chars, upper-case X (legacy 15
 * digits upgraded to 18); cn_mobile 11 digits (no +86, no separators);
 * cn_landline digits incl. leading 0 + area code, no extension; email
 * lower-case; bank_card digits only; cn_uscc / cn_passport upper-case;
 * person_name_zh as written (no titles, no spaces). Decoys carry their exact
 * text as written.
 *
 * Labelling choices (see the report): names that appear only in prose, in
 * chat display names, in 接龙 notice lists or in SMS salutations are dontCare;
 * a name in a label/column/form field/signature/record beside a phone or ID is
 * an entity. Luhn-failing card numbers typed into a 卡号 field are dontCare
 * (cn-formats §5.2: never hard-reject a 62 number on Luhn alone). Numbers
 * broken by OCR beyond reading are dontCare. A mobile seen only inside
 * <mobile>@139.com is dontCare (the e-mail is the entity). Institutional
 * mailboxes (zsb@…) and the kindergarten's landline and USCC are entities:
 * every valid value of a detector is. Handles typed into a name column
 * (朵朵妈妈), 王老师-style titles, class names, nicknames (incl. brand-like
 * 小名 such as 旺仔) and brands/companies/places are decoys.
 *
 * Deterministic: own mulberry32 PRNG, fixed seed; no clock, no I/O but OUT.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node kindergarten.mjs OUT.jsonl'); process.exit(2); }

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(0x6B673330); // "kg30"
const ri = (a, b) => a + Math.floor(rand() * (b - a + 1));
const pick = (a) => a[Math.floor(rand() * a.length)];
const chance = (p) => rand() < p;
const shuffle = (a) => { const b = a.slice(); for (let i = b.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [b[i], b[j]] = [b[j], b[i]]; } return b; };
const p2 = (n) => String(n).padStart(2, '0');
const pad = (n, w) => String(n).padStart(w, '0');
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += Math.floor(rand() * 10); return s; };
const nz = (n) => String(ri(1, 9)) + digits(n - 1);
const FW = (s) => s.replace(/[0-9A-Za-z+@.\-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));

// ---------------------------------------------------------------- dates
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const dim = (y, m) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
function rDate(y1, m1, d1, y2, m2, d2) {
  const a = Date.UTC(y1, m1 - 1, d1), b = Date.UTC(y2, m2 - 1, d2);
  const t = a + Math.floor(rand() * ((b - a) / 86400000 + 1)) * 86400000;
  const dt = new Date(t);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}
function addDays(dt, n) { const x = new Date(Date.UTC(dt.y, dt.m - 1, dt.d) + n * 86400000); return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() }; }
function fmtD(dt, st = '-') {
  switch (st) {
    case '/': return `${dt.y}/${p2(dt.m)}/${p2(dt.d)}`;
    case '.': return `${dt.y}.${dt.m}.${dt.d}`;
    case 'cn': return `${dt.y}年${dt.m}月${dt.d}日`;
    case 'ym': return `${dt.y}年${dt.m}月`;
    case 'ymd': return `${dt.y}${p2(dt.m)}${p2(dt.d)}`;
    default: return `${dt.y}-${p2(dt.m)}-${p2(dt.d)}`;
  }
}
const hm = (h, m) => `${p2(h)}:${p2(m)}`;
const hms = () => `${p2(ri(7, 18))}:${p2(ri(0, 59))}:${p2(ri(0, 59))}`;
const epochMs = (dt, h, mi, s) => Date.UTC(dt.y, dt.m - 1, dt.d, h - 8, mi, s) + ri(0, 999);

// ---------------------------------------------------------------- check digits
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += (+b17[i]) * IDW[i]; return '10X98765432'[s % 11]; }
function luhnValid(n) { let s = 0, dbl = false; for (let i = n.length - 1; i >= 0; i--) { let d = +n[i]; if (dbl) { d *= 2; if (d > 9) d -= 9; } s += d; dbl = !dbl; } return s % 10 === 0; }
function luhnDigit(body) { for (let c = 0; c < 10; c++) if (luhnValid(body + c)) return String(c); }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
function orgCheck(b8) { const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * W[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }

// ---------------------------------------------------------------- regions
const REGIONS = {
  '110105': '北京市朝阳区', '110108': '北京市海淀区', '110106': '北京市丰台区', '110102': '北京市西城区',
  '310115': '上海市浦东新区', '310104': '上海市徐汇区', '310112': '上海市闵行区',
  '440305': '广东省深圳市南山区', '440306': '广东省深圳市宝安区', '440304': '广东省深圳市福田区',
  '440106': '广东省广州市天河区', '440104': '广东省广州市越秀区',
  '330106': '浙江省杭州市西湖区', '330108': '浙江省杭州市滨江区',
  '320106': '江苏省南京市鼓楼区', '320102': '江苏省南京市玄武区',
  '510107': '四川省成都市武侯区', '510104': '四川省成都市锦江区',
  '420106': '湖北省武汉市武昌区', '420111': '湖北省武汉市洪山区',
  '610113': '陕西省西安市雁塔区', '500103': '重庆市渝中区', '500112': '重庆市渝北区',
  '120104': '天津市南开区', '620102': '甘肃省兰州市城关区',
  '370102': '山东省济南市历下区', '410105': '河南省郑州市金水区', '430104': '湖南省长沙市岳麓区',
  '350203': '福建省厦门市思明区', '130102': '河北省石家庄市长安区', '340104': '安徽省合肥市蜀山区',
  '360102': '江西省南昌市东湖区', '450103': '广西壮族自治区南宁市青秀区', '520102': '贵州省贵阳市南明区',
  '530102': '云南省昆明市五华区', '411302': '河南省南阳市宛城区', '421002': '湖北省荆州市沙市区',
  '441502': '广东省汕尾市城区', '445102': '广东省潮州市湘桥区', '440513': '广东省汕头市潮阳区',
  '511002': '四川省内江市市中区', '341302': '安徽省宿州市埇桥区', '130203': '河北省唐山市路北区',
  '370203': '山东省青岛市市北区', '371302': '山东省临沂市兰山区', '431002': '湖南省郴州市北湖区',
  '610302': '陕西省宝鸡市渭滨区', '650102': '新疆维吾尔自治区乌鲁木齐市天山区', '210102': '辽宁省沈阳市和平区',
  '230103': '黑龙江省哈尔滨市南岗区', '220102': '吉林省长春市南关区', '140105': '山西省太原市小店区',
  '150102': '内蒙古自治区呼和浩特市新城区',
};
const ORIGIN = Object.keys(REGIONS);
const NORTH = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '37', '41', '62', '65']);

// ---------------------------------------------------------------- names
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔向常'.split('');
const COMPOUND = ['欧阳', '上官', '司马', '诸葛', '司徒', '令狐', '皇甫', '慕容'];
function pickSurname() { if (chance(0.02)) return pick(COMPOUND); return SURNAMES[Math.floor(Math.pow(rand(), 1.7) * SURNAMES.length)]; }
const FATHER_G = ['伟', '磊', '强', '勇', '军', '杰', '涛', '超', '鹏', '飞', '斌', '浩', '凯', '亮', '辉', '鑫', '宇', '波', '毅', '帅', '志强', '建华', '晓东', '海涛', '俊杰', '文博', '明辉', '建伟', '国强', '志伟', '家豪', '子健', '振宇', '晓明', '鹏飞', '永强', '立新', '海洋', '浩然', '天宇', '俊峰', '志明', '文杰', '晨阳', '嘉伟', '思远', '宏伟', '建新', '伟东', '少华'];
const MOTHER_G = ['静', '丽', '艳', '娟', '敏', '芳', '娜', '霞', '丹', '婷', '雪', '慧', '颖', '琳', '倩', '晶晶', '佳', '蕾', '璐', '瑶', '欣', '怡', '婧', '雯', '晓燕', '海燕', '丽娟', '秀英', '玉梅', '思雨', '梦瑶', '雅婷', '晓丽', '春燕', '丽华', '美玲', '小红', '嘉欣', '文静', '佳琪', '晓琳', '雨薇', '蓉', '思琪', '楠', '晨曦', '婉婷', '淑娴', '冰', '洁', '露', '莹', '萍', '丽萍', '月', '秋菊'];
const GPA_G = ['建国', '国华', '建军', '国强', '德明', '志刚', '福生', '卫东', '长海', '德胜', '春生', '振华', '国庆', '树林', '永福', '金生', '明华', '立军', '荣华', '忠良', '光明', '保国', '铁柱', '宝林'];
const GMA_G = ['秀兰', '桂兰', '淑珍', '玉兰', '凤英', '秀珍', '玉梅', '永红', '红梅', '爱华', '桂芳', '素芬', '淑英', '金凤', '玉珍', '秀芳', '桂英', '翠花', '丽萍', '美华', '彩霞', '秀云', '春兰', '月娥'];
const KID_B = ['子轩', '浩宇', '宇轩', '沐阳', '思远', '俊熙', '睿泽', '子墨', '奕辰', '锦程', '梓睿', '星辰', '浩然', '铭泽', '宸宇', '一鸣', '沐宸', '博文', '俊宇', '天佑', '梓晨', '皓轩', '煜城', '承泽', '明哲', '君浩', '一航', '景行', '嘉禾', '睿', '泽', '航', '辰逸', '宇航', '昊天', '子豪', '梓航', '乐天', '嘉树', '言之', '知行', '修远'];
const KID_G = ['梓涵', '一诺', '欣怡', '若汐', '梓萱', '诗涵', '依诺', '可欣', '雨桐', '语桐', '芊芊', '朵朵', '嘉懿', '知夏', '安然', '昕悦', '书瑶', '佳怡', '子萱', '紫涵', '思琪', '语汐', '艺涵', '悦然', '乐瑶', '晨曦', '雨萱', '诗琪', '婉清', '静怡', '歆瑶', '予安', '清欢', '若曦', '一朵', '沐晴', '米乐', '芷若', '溪', '萌', '念念', '初夏'];
const MIN_M = ['艾力·吐尔逊', '买买提·艾力', '阿不都·热合曼', '吐尔洪·买买提', '艾克拜尔·吾斯曼', '热合曼·阿不力孜'];
const MIN_F = ['阿依古丽·买买提', '古丽娜尔·艾买提', '迪丽努尔·阿不都', '热依拉·艾山', '帕提古丽·吐尔逊', '努尔尼沙·依明'];
const MIN_KID_B = ['艾力江', '伊力亚尔', '木合塔尔', '努尔麦麦提'];
const MIN_KID_G = ['阿依努尔', '迪娜', '米热古丽', '古再丽努尔'];
// Brand names, place names and ordinary words that look like names: never generated as a person.
const BRANDS = ['王小卤', '张君雅', '周黑鸭', '徐福记', '叶罗丽', '李宁', '康师傅', '高露洁', '卫龙', '钟薛高', '喜之郎', '旺仔', '乐高', '巧虎', '小猪佩奇', '汪汪队', '贝乐虎', '金龙鱼', '良品铺子', '三只松鼠', '安慕希', '奥利奥', '娃哈哈', '马应龙', '钱大妈'];
const NAME_BLACK = new Set([...BRANDS, '高峰', '文明', '安宁', '金华', '高明', '方正', '江华', '金龙', '万宁', '马龙', '黄山', '周口', '常州', '王府', '田园', '金鑫', '高洁', '余静', '万强', '余霞', '白雪', '白露', '向阳', '石林', '高飞', '常青', '朱红', '孔雀', '龙飞', '金凤', '黄金', '江海', '向东', '夏至', '韦德']);

const PY_SRC = '王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai 余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao 贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 覃qin 武wu 戴dai 孔kong 向xiang 常chang 欧阳ouyang 上官shangguan 司马sima 诸葛zhuge 司徒situ 令狐linghu 皇甫huangfu 慕容murong ' +
  '伟wei 磊lei 强qiang 勇yong 军jun 杰jie 涛tao 超chao 鹏peng 飞fei 斌bin 浩hao 凯kai 亮liang 辉hui 鑫xin 宇yu 波bo 毅yi 帅shuai 志zhi 建jian 华hua 晓xiao 东dong 海hai 俊jun 文wen 博bo 明ming 国guo 家jia 豪hao 子zi 健jian 振zhen 永yong 立li 新xin 洋yang 然ran 天tian 峰feng 晨chen 阳yang 嘉jia 思si 远yuan 宏hong 少shao 静jing 丽li 艳yan 娟juan 敏min 芳fang 娜na 霞xia 丹dan 婷ting 雪xue 慧hui 颖ying 琳lin 倩qian 晶jing 佳jia 蕾lei 璐lu 瑶yao 欣xin 怡yi 婧jing 雯wen 燕yan 秀xiu 英ying 玉yu 梅mei 雨yu 梦meng 雅ya 春chun 美mei 玲ling 小xiao 红hong 琪qi 薇wei 蓉rong 楠nan 曦xi 婉wan 淑shu 娴xian 冰bing 洁jie 露lu 莹ying 萍ping 月yue 秋qiu 菊ju 刚gang 福fu 生sheng 卫wei 长chang 胜sheng 庆qing 树shu 荣rong 忠zhong 良liang 光guang 保bao 铁tie 柱zhu 宝bao 兰lan 桂gui 珍zhen 凤feng 爱ai 素su 芬fen 翠cui 花hua 彩cai 云yun 娥e 德de';
const PY = new Map();
for (const m of PY_SRC.matchAll(/(\p{Script=Han}+)([a-z]+)/gu)) PY.set(m[1], m[2]);
function pyName(p) {
  if (!p.sur || !PY.has(p.sur)) return null;
  const g = [...p.given].map((c) => PY.get(c));
  if (g.some((x) => !x)) return null;
  return { sur: PY.get(p.sur), given: g };
}

// ---------------------------------------------------------------- numbers
const MOB_PFX = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158', '159', '158', '159', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '186', '187', '188', '189', '176', '177', '178', '173', '175', '170', '171', '166', '165', '167', '162', '190', '191', '192', '193', '195', '196', '197', '198', '199', '145', '147', '172'];
const MOB_RE = /^1(3\d|4[57]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/;
const usedMob = new Set(['13800138000', '13912345678', '18888888888']);
function newMobile() { let m; do { m = pick(MOB_PFX) + digits(8); } while (usedMob.has(m)); usedMob.add(m); return m; }
function badMobile() { let m; do { m = pick(['140', '141', '144', '146', '154', '194']) + digits(8); } while (usedMob.has(m)); return m; }
function makeId(reg, b, male) {
  let seq = ri(1, 999); if ((seq % 2 === 1) !== male) seq = seq === 999 ? 998 : seq + 1;
  const body = reg + b.y + p2(b.m) + p2(b.d) + pad(seq, 3);
  return body + idCheck(body);
}
function idValid(id) {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  if (!REGIONS[id.slice(0, 6)]) return false;
  const y = +id.slice(6, 10), m = +id.slice(10, 12), d = +id.slice(12, 14);
  if (y < 1900 || y > 2025 || m < 1 || m > 12 || d < 1 || d > dim(y, m)) return false;
  return idCheck(id.slice(0, 17)) === id[17];
}
function idStructOk(id) { // any region with a province prefix, for leak scanning
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const prov = +id.slice(0, 2); if (![11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83].includes(prov)) return false;
  const y = +id.slice(6, 10), m = +id.slice(10, 12), d = +id.slice(12, 14);
  if (y < 1900 || y > 2025 || m < 1 || m > 12 || d < 1 || d > dim(y, m)) return false;
  return idCheck(id.slice(0, 17)) === id[17];
}
const to15 = (id) => id.slice(0, 6) + id.slice(8, 17);
const up15 = (s) => { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); };
// a look-alike must not be another detector's valid value (an 18-digit 62… run passing Luhn is a card)
const notCard = (fn) => (...a) => { let v; do { v = fn(...a); } while (/^62/.test(v) && luhnValid(v)); return v; };
const badIdCheck = notCard((id) => { const good = id[17]; let c; do { c = pick('0123456789X'.split('')); } while (c === good); return id.slice(0, 17) + c; });
function badIdDate0(reg, y) { const body = reg + y + pick(['0230', '0231', '1301', '0431', '0631', '0229', '0000', '1132']) + pad(ri(1, 999), 3); if (body.slice(10, 14) === '0229' && isLeap(y)) return badIdDate0(reg, y + 1); return body + idCheck(body); }
const badIdDate = notCard(badIdDate0);
function badIdRegion(b, male) { const body = pick(['99', '28', '00', '19', '80']) + digits(4) + b.y + p2(b.m) + p2(b.d) + pad(ri(1, 999), 3); return body + idCheck(body); }
const BINS = [['622202', '中国工商银行', 19], ['621226', '中国工商银行', 19], ['621700', '中国建设银行', 19], ['622700', '中国建设银行', 19], ['622848', '中国农业银行', 19], ['623052', '中国农业银行', 19], ['621661', '中国银行', 19], ['621785', '中国银行', 19], ['622588', '招商银行', 16], ['621483', '招商银行', 16], ['622188', '中国邮政储蓄银行', 19], ['621098', '中国邮政储蓄银行', 19], ['622260', '交通银行', 19], ['623668', '农村商业银行', 19]];
function newCard() { const [bin, bank, len] = pick(BINS); const body = bin + digits(len - bin.length - 1); return { num: body + luhnDigit(body), bank }; }
function badCard(c) { let n; do { const i = ri(6, c.length - 2); n = c.slice(0, i) + ((+c[i] + ri(1, 9)) % 10) + c.slice(i + 1); } while (luhnValid(n)); return n; }
function makeUscc(k, reg) {
  const AL = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let b8; if (k === '12') b8 = nz(8); else { b8 = (k === '52' ? 'MJ' : 'MA'); for (let i = 0; i < 6; i++) b8 += AL[ri(0, 30)]; }
  const b17 = k + reg + b8 + orgCheck(b8);
  return b17 + usccCheck(b17);
}
function usccValid(u) { if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(u)) return false; return usccCheck(u.slice(0, 17)) === u[17] && orgCheck(u.slice(8, 16)) === u[16]; }
function landline(area) { const len = area === '0931' ? 7 : 8; return area + ri(2, 8) + digits(len - 1); }
function fmtLand(n, st) {
  const a = n.startsWith('01') || n.startsWith('02') ? n.slice(0, 3) : n.slice(0, 4), r = n.slice(a.length);
  switch (st) {
    case 'p': return `(${a})${r}`;
    case 'fp': return `（${a}）${r}`;
    case 's': return `${a} ${r.slice(0, 4)} ${r.slice(4)}`;
    case 'n': return n;
    default: return `${a}-${r}`;
  }
}
const qq = () => nz(ri(6, 10));
const passport = () => 'E' + pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')) + digits(7);

// ---------------------------------------------------------------- written forms
function fmtMob(m, st = 'p') {
  switch (st) {
    case 's': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'd': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case '+': return `+86 ${m}`;
    case '+s': return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case '+-': return `+86-${m}`;
    case '+0': return `+86${m}`;
    case '0086': return `0086 ${m}`;
    case '(+86)': return `(+86)${m}`;
    case 'fw': return FW(m);
    default: return m;
  }
}
function fmtId(id, st = 'p') {
  switch (st) {
    case 's': return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 'd': return `${id.slice(0, 6)}-${id.slice(6, 10)}-${id.slice(10, 14)}-${id.slice(14)}`;
    case 'x': return id.replace(/X$/, 'x');
    case 'fw': return FW(id);
    case 'nl': { const k = ri(9, 15); return id.slice(0, k) + '\n' + id.slice(k); }
    default: return id;
  }
}
function fmtCard(c, st = 'p') {
  switch (st) {
    case 's4': return c.replace(/(\d{4})(?=\d)/g, '$1 ');
    case 'd4': return c.replace(/(\d{4})(?=\d)/g, '$1-');
    case 'fw': return FW(c);
    case 's6': return `${c.slice(0, 6)} ${c.slice(6)}`;
    case 'nl': { const k = ri(8, 13); return c.slice(0, k) + '\n' + c.slice(k); }
    default: return c;
  }
}
const mobSt = (mess) => (chance(mess) ? pick(['s', 'd', 's', '+', '+s', '+-', '+0', '0086', '(+86)', 'fw', 'd']) : 'p');
const idSt = (mess) => (chance(mess) ? pick(['s', 'x', 'x', 'fw', 'd']) : 'p');
const cardSt = (mess) => (chance(mess) ? pick(['s4', 's4', 's4', 'd4', 'fw', 's6']) : 'p');
const maskMob = (m) => `${m.slice(0, 3)}****${m.slice(7)}`;
const maskId = (id) => pick([`${id.slice(0, 6)}********${id.slice(14)}`, `${id.slice(0, 3)}***********${id.slice(14)}`, `${id.slice(0, 4)}**********${id.slice(14)}`]);
const maskCard = (c) => pick([`${c.slice(0, 4)} **** **** ${c.slice(-4)}`, `${c.slice(0, 6)}******${c.slice(-4)}`, `****${c.slice(-4)}`]);
const maskName = (p) => (p.sur ? pick([`${p.sur}*${p.given.slice(-1)}`, `${p.sur}**`, `${p.sur}*`]) : p.name.slice(0, 2) + '***');

// ---------------------------------------------------------------- document builder
class Doc {
  constructor(kind) { this.kind = kind; this.e = new Map(); this.c = new Map(); this.k = new Map(); this.w = []; }
  _add(map, det, v, w) { const key = det + '\u0000' + v; if (!map.has(key)) map.set(key, { detector: det, value: v }); if (w != null) this.w.push({ det, v, w }); }
  N(n) { this._add(this.e, 'person_name_zh', n, n); return n; }
  dN(n) { this._add(this.c, 'person_name_zh', n, null); return n; }
  M(m, st = 'p') { const w = fmtMob(m, st); this._add(this.e, 'cn_mobile', m, w); return w; }
  I(id, st = 'p') { const w = fmtId(id, st); this._add(this.e, 'cn_resident_id', id, w); return w; }
  I15(id) { const w = to15(id); this._add(this.e, 'cn_resident_id', id, w); return w; }
  C(c, st = 'p') { const w = fmtCard(c, st); this._add(this.e, 'bank_card', c, w); return w; }
  E(e, st = 'p') {
    const v = e.toLowerCase(); let w = e;
    if (st === 'U') w = e[0].toUpperCase() + e.slice(1); else if (st === 'fw') w = e.replace('@', '＠');
    this._add(this.e, 'email', v, w);
    const m = /^(1[3-9]\d{9})@/.exec(v); if (m) this._add(this.c, 'cn_mobile', m[1], null);
    return w;
  }
  L(n, st = 'd') { const w = fmtLand(n, st); this._add(this.e, 'cn_landline', n, w); return w; }
  U(u) { this._add(this.e, 'cn_uscc', u, u); return u; }
  P(p) { this._add(this.e, 'cn_passport', p, p); return p; }
  D(kind, t) { t = String(t); if (!this.k.has(t)) this.k.set(t, { kind, text: t }); return t; }
  dc(det, v, w) { this._add(this.c, det, v, null); return w ?? v; }
}

const DOCS = []; const KIND_N = {}; let DROPPED = 0;
function emit(d, text) {
  const n = (KIND_N[d.kind] = (KIND_N[d.kind] || 0) + 1);
  const ents = [...d.e.values()];
  const eKeys = new Set(d.e.keys());
  const dcs = [...d.c.entries()].filter(([k]) => !eKeys.has(k)).map(([, v]) => v);
  const labelled = [...ents, ...dcs].map((x) => x.value);
  // remove entity written forms so that a decoy must also occur on its own
  let rest = text;
  const forms = [...d.w.map((x) => x.w), ...ents.filter((x) => x.detector === 'person_name_zh').map((x) => x.value)].sort((a, b) => b.length - a.length);
  for (const f of forms) rest = rest.split(f).join('\u0001');
  const decoys = [];
  for (const dk of d.k.values()) {
    const t = dk.text;
    const cjk = /[\u4e00-\u9fa5]/.test(t);
    const clash = labelled.some((v) => v === t || t.includes(v) || (cjk && v.includes(t))) || !rest.includes(t);
    if (clash) { DROPPED++; continue; }
    decoys.push(dk);
  }
  DOCS.push({ id: `kg-${d.kind}-${n}`, kind: d.kind, text, entities: ents, dontCare: dcs, decoys, _w: d.w });
}

// ---------------------------------------------------------------- domain
const KG_DEFS = [
  ['深圳市南山区阳光幼儿园', '阳光幼儿园', '440305', '0755', 'ygyey-sz.cn', '52'],
  ['深圳市宝安区童之梦幼儿园', '童之梦幼儿园', '440306', '0755', 'tzmkids.cn', '91'],
  ['广州市天河区蓝天幼儿园', '蓝天幼儿园', '440106', '020', 'gzltyey.cn', '52'],
  ['上海市浦东新区金色年华幼儿园', '金色年华幼儿园', '310115', '021', 'jsnhkg.cn', '52'],
  ['上海市徐汇区向阳花幼儿园', '向阳花幼儿园', '310104', '021', 'xyhyey.sh.cn', '12'],
  ['北京市朝阳区育才幼儿园', '育才幼儿园', '110105', '010', 'bjycyey.cn', '12'],
  ['北京市海淀区小太阳托育园', '小太阳托育园', '110108', '010', 'xtytuoyu.com', '91'],
  ['杭州市西湖区书香幼儿园', '书香幼儿园', '330106', '0571', 'hzsxyey.cn', '52'],
  ['南京市鼓楼区实验幼儿园', '鼓楼实验幼儿园', '320106', '025', 'glsyyey.cn', '12'],
  ['成都市武侯区锦城幼儿园', '锦城幼儿园', '510107', '028', 'cdjcyey.cn', '52'],
  ['武汉市洪山区机关幼儿园', '洪山机关幼儿园', '420111', '027', 'hsjgyey.cn', '12'],
  ['西安市雁塔区花园城幼儿园', '花园城幼儿园', '610113', '029', 'hycyey.com', '52'],
  ['重庆市渝中区第一幼儿园', '渝中一幼', '500103', '023', 'yzyy.cn', '12'],
  ['兰州市城关区启蒙幼儿园', '启蒙幼儿园', '620102', '0931', 'qmyey.cn', '52'],
  ['天津市南开区爱心托育中心', '爱心托育中心', '120104', '022', 'axtuoyu.cn', '52'],
];
const KGS = KG_DEFS.map(([full, short, reg, area, dom, uk]) => ({
  full, short, reg, area, dom, city: REGIONS[reg].replace(/^.*?省/, '').replace(/^(.+?市).*$/, '$1'),
  tel: landline(area), tel2: landline(area), uscc: makeUscc(uk, reg.slice(0, 4) + '00'), code: '11' + reg.slice(0, 4) + digits(4),
  corp: pick(['4425', '4420', '3100', '1100']) + digits(16), bankName: pick(['中国建设银行', '中国工商银行', '招商银行', '中国银行']),
}));
const CLASSES = [
  ['托一班', 0], ['托二班', 0], ['苗苗班', 0], ['小一班', 1], ['小二班', 1], ['小三班', 1], ['向日葵班', 1],
  ['中一班', 2], ['中二班', 2], ['中三班', 2], ['彩虹班', 2], ['金苹果班', 2], ['大一班', 3], ['大二班', 3], ['大三班', 3], ['星星班', 3], ['蒲公英班', 3],
].map(([name, g]) => ({ name, g, code: ['TB', 'XB', 'ZB', 'DB'][g] + p2(ri(1, 6)) }));
const pickClass = () => pick(CLASSES);
const NICKS = ['豆豆', '乐乐', '糖糖', '果果', '安安', '程程', '甜甜', '小宝', '贝贝', '团团', '圆圆', '多多', '妞妞', '壮壮', '可乐', '布丁', '米粒', '小鱼儿', '点点', '皮皮', '饺子', '汤圆', '小满', '七七', '球球', '嘟嘟', '丁丁', '牛牛', '毛毛', '阳阳', '旺仔', '奥利奥', '果冻', '佩奇', '皮卡丘', '小米粒'];
const STREETS = ['科技园路', '海德三道', '学府路', '建设路', '人民路', '中山路', '解放路', '文化路', '长江路', '黄河路', '桂花路', '滨海大道', '光明街', '幸福里', '和平巷', '新华路'];
const ESTATES = ['阳光花园', '碧桂园', '万科城', '华润城', '保利花园', '翠苑小区', '金地名津', '龙湖天街', '中海锦苑', '绿地新都会', '世纪城', '书香门第', '锦绣家园', '南苑新村'];
const addrOf = (reg) => `${REGIONS[reg]}${pick(STREETS)}${ri(1, 299)}号${pick(ESTATES)}${ri(1, 18)}栋${ri(1, 3)}单元${ri(1, 32)}${p2(ri(1, 8))}室`;
const WORK_PLAIN = ['腾讯科技（深圳）有限公司', '华为技术有限公司', '中国平安保险', '招商银行', '区人民医院', '个体', '自由职业', '中国移动', '比亚迪股份有限公司', '顺丰速运', '第二实验小学', '区税务局', '美团', '京东物流', '家庭主妇', '街道办事处', '某设计院', '无'];
const WORK_DECOY = ['王府井百货', '周大福珠宝', '李锦记（中国）销售有限公司', '杨国福麻辣烫', '黄记煌餐饮', '马可波罗瓷砖', '金地物业', '高德地图', '方正证券', '钱大妈生鲜', '徐福记食品', '张小泉刀剪', '老乡鸡餐饮'];
const pickWork = (d) => (chance(0.3) ? d.D('org', pick(WORK_DECOY)) : pick(WORK_PLAIN));
const ALLERGY = ['无', '无', '无', '芒果过敏', '海鲜过敏', '鸡蛋过敏', '青霉素过敏', '花生过敏', '无（家长未填）', '牛奶蛋白过敏'];
const BLOOD = ['A', 'B', 'O', 'AB', '不详'];
const ETH = ['汉族', '汉族', '汉族', '汉族', '回族', '满族', '壮族', '土家族'];

function adult(sex, sur, y1, y2, reg, pool) {
  let given, name;
  do { given = pick(pool); name = sur + given; } while (NAME_BLACK.has(name));
  const b = rDate(y1, 1, 1, y2, 12, 31);
  return { name, sur, given, sex, b, id: makeId(reg, b, sex === 'M'), mob: newMobile(), _email: null, _card: null };
}
function minority(sex, y1, y2) {
  const name = pick(sex === 'M' ? MIN_M : MIN_F); const b = rDate(y1, 1, 1, y2, 12, 31);
  return { name, sur: '', given: name, sex, b, id: makeId('650102', b, sex === 'M'), mob: newMobile(), _email: null, _card: null };
}
function emailOf(p) {
  if (p._email) return p._email;
  const py = pyName(p); let e;
  if (!py) e = `${qq()}@qq.com`;
  else {
    const g = py.given.join(''), gi = py.given.map((x) => x[0]).join(''), yy = String(p.b.y).slice(2), md = p2(p.b.m) + p2(p.b.d);
    e = pick([`${py.sur}${g}${yy}@163.com`, `${py.sur}${g}@126.com`, `${qq()}@qq.com`, `${qq()}@qq.com`, `${qq()}@qq.com`, `${g}.${py.sur}@outlook.com`, `${py.sur}${gi}${md}@163.com`, `${py.sur}_${g}@sina.com`, `${py.sur}${g}${ri(1, 999)}@foxmail.com`, `${g}${py.sur}${yy}@gmail.com`, `${p.mob}@139.com`, `${py.sur}${g}@aliyun.com`]);
  }
  return (p._email = e);
}
function workEmail(p, dom) { const py = pyName(p); if (!py) return `${qq()}@qq.com`; return `${py.sur}${py.given.map((x) => x[0]).join('')}${chance(0.25) ? ri(1, 9) : ''}@${dom}`; }
function cardOf(p) { if (!p._card) p._card = newCard(); return p._card; }
function childBirth(g) {
  if (g === 0) return rDate(2021, 9, 1, 2022, 8, 31);
  if (g === 1) return rDate(2020, 9, 1, 2021, 8, 31);
  if (g === 2) return rDate(2019, 9, 1, 2020, 8, 31);
  return rDate(2018, 9, 1, 2019, 8, 31);
}
function family(kg, cls, opts = {}) {
  const home = () => (chance(0.5) ? kg.reg : pick(ORIGIN));
  const mino = opts.minority ?? chance(0.02);
  let father, mother, child;
  const sex = chance(0.5) ? 'M' : 'F';
  const b = opts.birth || childBirth(cls.g);
  if (mino) {
    father = minority('M', 1983, 1993); mother = minority('F', 1985, 1995);
    const cn = pick(sex === 'M' ? MIN_KID_B : MIN_KID_G) + '·' + father.name.split('·')[0];
    child = { name: cn, sur: '', given: cn, sex };
  } else {
    const fs = pickSurname(), ms = pickSurname();
    father = adult('M', fs, 1983, 1994, home(), FATHER_G);
    mother = adult('F', ms, 1985, 1997, home(), MOTHER_G);
    const cs = chance(0.9) ? fs : ms;
    let given, name; do { given = pick(sex === 'M' ? KID_B : KID_G); name = cs + given; } while (NAME_BLACK.has(name) || name === father.name || name === mother.name);
    child = { name, sur: cs, given, sex };
  }
  child.sexZh = child.sex === 'M' ? '男' : '女';
  child.b = b; child.id = makeId(chance(0.85) ? kg.reg : father.id.slice(0, 6), b, child.sex === 'M');
  child.nick = pick(NICKS); child.eth = mino ? '维吾尔族' : pick(ETH); child.blood = pick(BLOOD); child.allergy = pick(ALLERGY);
  const north = NORTH.has(kg.reg.slice(0, 2));
  const gsur = father.sur || '', msur = mother.sur || '';
  const gp = mino ? minority('M', 1955, 1966) : adult('M', gsur, 1952, 1967, father.id.slice(0, 6), GPA_G);
  const gm = mino ? minority('F', 1956, 1968) : adult('F', pickSurname(), 1954, 1969, father.id.slice(0, 6), GMA_G);
  const wg = mino ? minority('M', 1955, 1966) : adult('M', msur, 1952, 1967, mother.id.slice(0, 6), GPA_G);
  const wp = mino ? minority('F', 1956, 1968) : adult('F', pickSurname(), 1954, 1969, mother.id.slice(0, 6), GMA_G);
  father.rel = '父亲'; mother.rel = '母亲'; gp.rel = '爷爷'; gm.rel = '奶奶'; wg.rel = north ? '姥爷' : '外公'; wp.rel = north ? '姥姥' : '外婆';
  return { father, mother, child, gp, gm, wg, wp, kg, cls, addr: addrOf(kg.reg), grands: [gp, gm, wg, wp] };
}
function staffP(kg, sex = 'F', y1 = 1972, y2 = 2002) {
  const p = adult(sex, pickSurname(), y1, y2, chance(0.5) ? kg.reg : pick(ORIGIN), sex === 'F' ? MOTHER_G : FATHER_G);
  return p;
}
const guardianOf = (f) => (chance(0.62) ? f.mother : f.father);
// in online forms and 接龙 parents often type a handle instead of their name
const kidCall = (c) => (c.sur ? pick([c.nick, c.given, c.given]) : c.nick);
const handleOf = (f, g) => `${kidCall(f.child)}${g === f.father ? '爸爸' : '妈妈'}`;
const nameOrHandle = (d, f, g, p = 0.12) => (chance(p) ? d.D('handle', handleOf(f, g)) : d.N(g.name));
const snowflake = (dt) => String(BigInt(epochMs(dt, ri(8, 20), ri(0, 59), ri(0, 59)) - 1288834974657) * 4194304n + BigInt(ri(0, 4194303)));
const uuid32 = () => Array.from({ length: 32 }, () => '0123456789abcdef'[ri(0, 15)]).join('');
const ip = () => `${pick([113, 116, 119, 183, 223, 36, 58, 112, 120])}.${ri(1, 254)}.${ri(0, 255)}.${ri(1, 254)}`;
const stuNo = (cls, i) => `2024${p2(cls.g + 1)}${cls.code.slice(2)}${p2(i)}`;
const wxTxn = (dt) => `42000${digits(5)}${fmtD(dt, 'ymd')}${digits(10)}`;
const aliTxn = (dt) => `${fmtD(dt, 'ymd')}2200${digits(16)}`;
const orderNo = (dt) => `${fmtD(dt, 'ymd')}${p2(ri(7, 21))}${p2(ri(0, 59))}${p2(ri(0, 59))}${digits(4)}`;
const amt = (n) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const CN_NUM = '零壹贰叁肆伍陆柒捌玖';
function cnAmount(n) {
  const u = ['', '拾', '佰', '仟', '万']; const s = String(Math.floor(n)); let out = '', zero = false;
  for (let i = 0; i < s.length; i++) { const dgt = +s[i], pos = s.length - 1 - i; if (dgt === 0) { zero = true; continue; } if (zero && out) out += '零'; zero = false; out += CN_NUM[dgt] + u[pos]; }
  return out + '元整';
}
const BRANCH = (kg) => `${kg.city.replace('市', '')}${pick(['科技园', '高新', '中心', '人民路', '世纪城', '城东', '城西', '南湖', '开发区'])}支行`;
const FEE = [750, 980, 1200, 1500, 1980, 2380, 2680, 3200, 3860, 4500, 5800];

// ================================================================ generators
// 1. 入园登记表
function genEnroll() {
  const d = new Doc('enroll'); const kg = pick(KGS); const cls = pickClass(); const f = family(kg, cls); const c = f.child; const lay = ri(0, 2);
  const mess = 0.25;
  const regNo = d.D('reg_no', `RY2024-${pad(ri(1, 420), 4)}`);
  const inDate0 = fmtD(rDate(2024, 8, 26, 2024, 9, 6), pick(['-', 'cn', '/'])); const inDate = lay < 2 ? d.D('date', inDate0) : inDate0;
  const bd = d.D('date', fmtD(c.b, pick(['-', 'cn', '.'])));
  const cn = d.D('class_name', cls.name);
  const nk = d.D('nickname', c.nick);
  const extra = shuffle(f.grands).slice(0, ri(1, 3));
  const fw = pickWork(d), mw = pickWork(d);
  const signer = chance(0.6) ? f.mother : f.father;
  const signDate = fmtD(rDate(2024, 6, 10, 2024, 8, 25), 'cn');
  const withCard = chance(0.35); const payer = guardianOf(f); const card = cardOf(payer);
  const withMail = chance(0.5); const mailP = pick([f.father, f.mother]);
  let t = '';
  if (lay === 0) {
    t += `${kg.full}\n${pick(['2024年秋季新生入园登记表', '幼儿入园信息登记表（2024级）', '新生入园报名登记表'])}\n`;
    t += `登记号：${regNo}　　入园日期：${inDate}　　班级：${cn}\n\n一、幼儿基本情况\n`;
    t += `幼儿姓名：${d.N(c.name)}　性别：${c.sexZh}　民族：${c.eth}\n出生日期：${bd}　小名：${nk}　血型：${c.blood}\n`;
    t += chance(0.12) ? `证件类型：护照（境外出生，户口待落）　证件号码：${d.P(passport())}\n` : `身份证号：${d.I(c.id, idSt(mess))}\n`;
    t += `户籍地址：${f.addr}\n过敏史：${c.allergy}\n\n二、家庭成员\n`;
    t += `父亲姓名：${d.N(f.father.name)}　工作单位：${fw}\n父亲手机：${d.M(f.father.mob, mobSt(mess))}　身份证号：${d.I(f.father.id, idSt(mess))}\n`;
    t += `母亲姓名：${d.N(f.mother.name)}　工作单位：${mw}\n母亲手机：${d.M(f.mother.mob, mobSt(mess))}　身份证号：${d.I(f.mother.id, idSt(mess))}\n`;
    if (withMail) t += `家长邮箱：${d.E(emailOf(mailP), pick(['p', 'p', 'U', 'fw']))}\n`;
    t += `\n三、接送人信息（除父母外，最多3人）\n`;
    extra.forEach((p, i) => { t += `${i + 1}. 姓名：${d.N(p.name)}　关系：${p.rel}　电话：${d.M(p.mob, mobSt(mess))}　身份证：${d.I(p.id, idSt(mess))}\n`; });
    if (withCard) t += `\n四、保教费代扣账户\n户名：${d.N(payer.name)}　开户行：${card.bank}${BRANCH(kg)}\n卡号：${d.C(card.num, cardSt(0.5))}\n`;
    t += `\n家长承诺：以上信息真实有效，如有变动及时告知班主任。\n家长签名：${d.N(signer.name)}　　　${signDate}\n`;
  } else if (lay === 1) {
    t += `# ${kg.short}新生入园登记表\n\n| 幼儿姓名 | ${d.N(c.name)} | 性别 | ${c.sexZh} | 出生日期 | ${bd} |\n|---|---|---|---|---|---|\n`;
    t += `| 身份证号 | ${d.I(c.id, idSt(mess))} | 民族 | ${c.eth} | 班级 | ${cn} |\n| 小名 | ${nk} | 血型 | ${c.blood} | 过敏史 | ${c.allergy} |\n| 家庭住址 | ${f.addr} |||||\n\n`;
    t += `| 关系 | 姓名 | 工作单位 | 联系电话 | 身份证号码 |\n|---|---|---|---|---|\n`;
    for (const p of [f.father, f.mother, ...extra]) t += `| ${p.rel} | ${d.N(p.name)} | ${p === f.father ? fw : p === f.mother ? mw : (chance(0.7) ? '退休' : '无')} | ${d.M(p.mob, mobSt(mess))} | ${d.I(p.id, idSt(mess))} |\n`;
    if (withMail) t += `\n| 电子邮箱 | ${d.E(emailOf(mailP))} |\n`;
    if (withCard) t += `\n| 代扣户名 | ${d.N(payer.name)} | 开户银行 | ${card.bank} | 银行卡号 | ${d.C(card.num, cardSt(0.4))} |\n`;
    t += `\n登记编号：${regNo}　入园时间：${inDate}\n监护人签字：${d.N(signer.name)}\n`;
  } else {
    const cells = ['幼儿入园登记表', `编号 ${regNo}`, '幼儿姓名', d.N(c.name), '性别', c.sexZh, '出生日期', bd, '公民身份号码', d.I(c.id, idSt(mess)), '班级', cn, '乳名', nk, '现住址', f.addr];
    for (const p of [f.father, f.mother]) cells.push(`${p.rel}姓名`, d.N(p.name), '手机', d.M(p.mob, mobSt(mess)), '证件号码', d.I(p.id, idSt(mess)), '工作单位', p === f.father ? fw : mw);
    cells.push('其他接送人');
    for (const p of extra) cells.push(`${d.N(p.name)}（${p.rel}）`, d.M(p.mob, mobSt(mess)));
    if (withMail) cells.push('邮箱', d.E(emailOf(mailP)));
    if (withCard) cells.push('退费账户户名', d.N(payer.name), '账号', d.C(card.num, cardSt(0.4)), '开户行', card.bank);
    cells.push('家长签字', d.N(signer.name), '日期', signDate);
    t = cells.join('\n') + '\n';
  }
  emit(d, t);
}

// 2. 班级花名册
function genRoster() {
  const d = new Doc('roster'); const kg = pick(KGS); const cls = pickClass(); const n = ri(8, 20);
  const fams = Array.from({ length: n }, () => family(kg, cls, { minority: kg.reg.startsWith('62') ? chance(0.1) : chance(0.015) }));
  const teacher = staffP(kg), aunt = staffP(kg, 'F', 1968, 1985);
  const lay = ri(0, 4); const mess = 0.12;
  d.D('class_name', cls.name);
  let t = `${kg.short}2024-2025学年第一学期${cls.name}幼儿花名册\n班主任：${d.N(teacher.name)}　配班：${d.N(staffP(kg).name)}　保育员：${d.N(aunt.name)}\n`;
  const mkDate = (f) => d.D('date', fmtD(f.child.b, pick(['-', '-', '/', '.'])));
  if (lay === 0) { // CSV full
    t += '序号,学号,姓名,小名,性别,出生日期,身份证号,父亲姓名,父亲电话,母亲姓名,母亲电话,家庭住址\n';
    fams.forEach((f, i) => { t += `${i + 1},${d.D('student_no', stuNo(cls, i + 1))},${d.N(f.child.name)},${chance(0.2) ? d.D('nickname', f.child.nick) : ''},${f.child.sexZh},${mkDate(f)},${d.I(f.child.id, idSt(mess))},${d.N(f.father.name)},${d.M(f.father.mob, mobSt(mess))},${d.N(f.mother.name)},${d.M(f.mother.mob, mobSt(mess))},"${f.addr}"\n`; });
  } else if (lay === 1) { // simple contact list, TSV
    t += '序号\t幼儿姓名\t性别\t出生年月\t家长姓名\t关系\t联系电话\t备注\n';
    fams.forEach((f, i) => {
      const g = guardianOf(f); let note = pick(['', '', '', f.child.allergy === '无' ? '' : f.child.allergy, '午睡需陪伴', '回族，不吃猪肉', '插班生', '二胎，哥哥在大班']);
      if (chance(0.15)) note = `小名${d.D('nickname', f.child.nick)}`;
      t += `${i + 1}\t${d.N(f.child.name)}\t${f.child.sexZh}\t${d.D('date', fmtD(f.child.b, 'ym'))}\t${nameOrHandle(d, f, g)}\t${g.rel === '母亲' ? '妈妈' : '爸爸'}\t${d.M(g.mob, mobSt(mess))}\t${note}\n`;
    });
  } else if (lay === 2) { // 学籍 column layout
    t += '班级,姓名,学籍号,身份证件类型,身份证件号,监护人,监护人手机,监护人证件号\n';
    fams.forEach((f) => {
      const g = guardianOf(f); const id = d.I(f.child.id, 'p');
      t += `${cls.name},${d.N(f.child.name)},G${id},居民身份证,${id},${d.N(g.name)},${d.M(g.mob)},${d.I(g.id, idSt(mess))}\n`;
    });
  } else if (lay === 3) { // fixed width
    t += `${'序号'.padEnd(4)}${'姓名'.padEnd(8)}${'性别'.padEnd(4)}${'出生日期'.padEnd(12)}${'联系人'.padEnd(8)}${'电话'}\n`;
    fams.forEach((f, i) => { const g = guardianOf(f); t += `${String(i + 1).padEnd(6)}${d.N(f.child.name)}${'　'.repeat(Math.max(1, 5 - f.child.name.length))}${f.child.sexZh}    ${mkDate(f).padEnd(12)}${d.N(g.name)}${'　'.repeat(Math.max(1, 4 - g.name.length))}${d.M(g.mob, mobSt(0.3))}\n`; });
  } else { // | table with emails (from 家长信息收集表)
    t += '（家长信息收集表 问卷星导出）\n| 序号 | 提交时间 | 来自IP | 幼儿 | 家长 | 手机 | 邮箱 | 接送方式 |\n|---|---|---|---|---|---|---|---|\n';
    fams.forEach((f, i) => {
      const g = guardianOf(f); const bus = chance(0.3) ? d.D('bus_route', `校车${ri(1, 6)}号线`) : pick(['家长接送', '家长接送', '老人接送']);
      t += `| ${i + 1} | ${d.D('datetime', `${fmtD(rDate(2024, 8, 20, 2024, 8, 31), '/')} ${hms()}`)} | ${d.D('ip_address', ip())} | ${d.N(f.child.name)} | ${nameOrHandle(d, f, g, 0.18)} | ${d.M(g.mob, mobSt(mess))} | ${chance(0.75) ? d.E(emailOf(g)) : '—'} | ${bus} |\n`;
    });
  }
  t += `\n制表：${d.N(teacher.name)}　${fmtD(rDate(2024, 9, 2, 2024, 9, 20), 'cn')}\n`;
  emit(d, t);
}

// 3. 家长群聊天记录
function genChat() {
  const d = new Doc('wechat'); const kg = pick(KGS); const cls = pickClass();
  const fams = Array.from({ length: ri(4, 8) }, () => family(kg, cls));
  const teacher = staffP(kg); const tTitle = d.D('title', teacher.sur + '老师');
  const cn = d.D('class_name', cls.name);
  const day = rDate(2024, 9, 2, 2025, 6, 27); const lay = ri(0, 1);
  let h = 7, mi = ri(30, 58);
  const tick = () => { mi += ri(1, 14); if (mi > 59) { h++; mi -= 60; } return hm(h, mi); };
  const lines = [];
  const say = (who, msg) => { const ts = tick(); lines.push(lay === 0 ? `${who} ${d.D('time', ts)}\n${msg}` : `${d.D('datetime', `${fmtD(day)} ${ts}:${p2(ri(0, 59))}`)} ${who}：${msg}`); };
  const spk = (f, role = '妈妈') => {
    const r = ri(0, 9);
    if (r < 6) return d.D('handle', f.child.sur ? pick([`${f.child.nick}${role}`, `${f.child.given}${role}`, `${f.child.given.slice(-1)}宝${role === '妈妈' ? '妈' : '爸'}`]) : `${f.child.nick}${role}`);
    if (r < 8) { d.dN(f.child.name); return `${cls.name}-${f.child.name}${role}`; }
    return d.dN(role === '妈妈' ? f.mother.name : f.father.name);
  };
  const tSpk = chance(0.7) ? tTitle : `${d.dN(teacher.name)}（${cls.name}班主任）`;
  const scen = shuffle(['insurance', 'trip', 'refund', 'pickup', 'photos', 'sick', 'gift', 'misc']).slice(0, ri(2, 3));
  for (const s of scen) {
    if (s === 'insurance') {
      say(tSpk, `各位家长晚上好！本学期学平险统一办理，请按“幼儿姓名+身份证号+家长姓名+家长手机”格式接龙，${pick(['今晚9点前', '明天中午前'])}完成，谢谢配合🙏`);
      let jl = '#接龙\n学平险登记\n';
      fams.slice(0, ri(3, fams.length)).forEach((f, i) => { const g = guardianOf(f); jl += `${i + 1}. ${d.N(f.child.name)} ${d.I(f.child.id, idSt(0.15))} ${nameOrHandle(d, f, g, 0.2)} ${d.M(g.mob, mobSt(0.2))}\n`; });
      say(spk(fams[0]), jl.trimEnd());
      say(spk(fams[1]), '收到');
    } else if (s === 'trip') {
      const place = d.D('place', pick(['深圳野生动物园', '世界之窗', '欢乐谷', '植物园', '梧桐山', '红树林生态公园', '科技馆', '消防中队', '黄山路农场']));
      say(tSpk, `【秋游通知】${fmtD(addDays(day, 3), 'cn')}去${place}，7:40前到园集合，穿园服，自带水壶和一份零食（不要带${d.D('brand', pick(['卫龙', '王小卤', '周黑鸭']))}这类辣的）。带队老师${d.N(teacher.name)}，电话${d.M(teacher.mob, mobSt(0.3))}。费用${d.D('amount', pick(['85元', '120元', '68元']))}，明天交给老师。`);
      say(spk(fams[2]), '收到，谢谢老师');
      say(spk(fams[3], '爸爸'), `@${tTitle} 请问坐${d.D('bus_route', `${ri(1, 5)}号车`)}吗`);
      say(tSpk, '是的，大巴统一接送');
    } else if (s === 'refund') {
      const f = fams[ri(0, fams.length - 1)]; const g = guardianOf(f); const card = cardOf(g);
      say(tSpk, `本月伙食费退费（病假超过3天的按天退），没登记的家长请私信我户名、卡号、开户行，不要发群里哦`);
      const who = spk(f, g === f.mother ? '妈妈' : '爸爸');
      say(who, `户名：${d.N(g.name)}\n卡号：${d.C(card.num, cardSt(0.6))}\n开户行：${card.bank}${BRANCH(kg)}`);
      say(tSpk, '这个是私发哈，我已经记下了，您撤回一下😊');
      lines.push(`"${who}" 撤回了一条消息`);
    } else if (s === 'pickup') {
      const f = fams[ri(0, fams.length - 1)]; const gp = pick(f.grands);
      say(spk(f), `@${tTitle} 今天下午孩子${gp.rel}来接，${gp.rel}姓名${d.N(gp.name)}，电话${d.M(gp.mob, mobSt(0.4))}，麻烦老师核对一下`);
      say(tSpk, '好的收到，离园时会核对身份证');
      if (chance(0.5)) { const f2 = fams[ri(0, fams.length - 1)]; say(spk(f2, '爸爸'), `我家${d.D('nickname', f2.child.nick)}今天还是我接，有事打我电话 ${d.M(f2.father.mob, mobSt(0.5))}`); }
    } else if (s === 'photos') {
      say(tSpk, '今天活动照片已上传相册，需要原图的家长把邮箱发我');
      for (const f of fams.slice(0, ri(2, 4))) { const g = guardianOf(f); say(spk(f, g === f.mother ? '妈妈' : '爸爸'), `${d.E(emailOf(g), pick(['p', 'p', 'U']))} 谢谢老师`); }
      say(tSpk, `还有一些照片在QQ群（群号${d.D('qq_group', nz(9))}）文件里`);
    } else if (s === 'sick') {
      const f = fams[ri(0, fams.length - 1)];
      say(spk(f), `${tTitle}早上好，${d.D('nickname', f.child.nick)}昨晚发烧${d.D('temperature', pick(['38.2度', '38.5℃', '37.9度']))}，今天请假一天`);
      say(tSpk, '好的，注意休息，退烧48小时后再返园哦');
      say(tSpk, `以下小朋友疫苗本复印件还没交：${fams.slice(0, ri(2, 4)).map((x) => d.dN(x.child.name)).join('、')}，请尽快交给保健室`);
    } else if (s === 'gift') {
      let jl = '#接龙\n六一礼物（自愿，每人不超过30元）\n';
      fams.slice(0, ri(3, 6)).forEach((f, i) => { jl += `${i + 1}. ${d.D('handle', `${kidCall(f.child)}妈妈`)} ${d.D('brand', pick(['乐高', '叶罗丽', '旺仔', '小猪佩奇', '汪汪队', '贝乐虎', '巧虎', '奥利奥']))}${pick(['贴纸', '小礼包', '积木', '卡片', '绘本'])}\n`; });
      say(spk(fams[0]), jl.trimEnd());
    } else {
      say(tSpk, `${cn}的家长注意：明天起早餐时间调整为7:50-8:20，校车${d.D('bus_route', `${ri(1, 6)}号线`)}提前5分钟。`);
      say(spk(fams[1]), `上次报名截图里电话是${d.D('masked_mobile', maskMob(fams[1].mother.mob))}，是我的，没错`);
      say(spk(fams[2], '爸爸'), '👍');
    }
  }
  const head = lay === 0 ? `${kg.short}${cls.name}家长群(${ri(28, 56)})\n————— ${fmtD(day, 'cn')} —————\n` : `聊天记录导出 ${kg.short}${cls.name}家长群\n`;
  emit(d, head + lines.join('\n') + '\n');
}

// 4. 校车接送名单
function genBus() {
  const d = new Doc('bus'); const kg = pick(KGS); const route = ri(1, 8);
  const driver = adult('M', pickSurname(), 1965, 1985, pick(ORIGIN), FATHER_G); const aide = staffP(kg);
  const plate = d.D('plate', `${pick(['粤B', '粤A', '沪A', '京B', '浙A', '苏A', '川A', '鄂A', '陕A', '渝A', '甘A', '津A'])}·${pick(['D', 'F', ''])}${nz(4)}${pick(['', '学'])}`);
  const rt = d.D('bus_route', `${route}号线`);
  const stops = shuffle(['海岸城站', '科技园地铁站', '华润城北门', '翠苑小区东门', '高新园站', '石鼓路口', '碧桂园南门', '万科城', '黄山路口', '世纪城公交站', '锦绣家园', '南苑新村']).slice(0, ri(4, 7));
  for (const x of stops) if (['高新园站', '石鼓路口', '黄山路口'].includes(x)) d.D('place', x);
  const n = ri(7, 16); const lay = ri(0, 2);
  let t = `${kg.short}校车接送名单　线路：${rt}　车牌：${plate}\n司机：${d.N(driver.name)}　${d.M(driver.mob, mobSt(0.3))}　随车老师：${d.N(aide.name)}　${d.M(aide.mob, mobSt(0.3))}\n`;
  t += `${d.D('title', driver.sur + '师傅')}请提前5分钟到站，未到站幼儿等待不超过2分钟。\n\n`;
  let h = 7, mi = ri(5, 20); const rows = [];
  for (let i = 0; i < n; i++) {
    const cls = pickClass(); const f = family(kg, cls);
    const stop = stops[Math.min(stops.length - 1, Math.floor(i * stops.length / n))];
    if (i && stops.indexOf(stop) !== stops.indexOf(rows[i - 1]?.stop)) mi += ri(4, 9);
    if (mi > 59) { h++; mi -= 60; }
    const who = chance(0.5) ? pick(f.grands) : guardianOf(f);
    rows.push({ stop, card: d.D('ic_card_no', '35' + digits(8)), t: d.D('time', hm(h, mi)), c: d.N(f.child.name), cl: d.D('class_name', cls.name), g: chance(0.8) ? d.N(who.name) : who.rel, m: d.M(who.mob, mobSt(0.2)) });
  }
  if (lay === 0) { t += '站点\t上车时间\t乘车卡号\t幼儿姓名\t班级\t接送人\t联系电话\n'; for (const r of rows) t += `${r.stop}\t${r.t}\t${r.card}\t${r.c}\t${r.cl}\t${r.g}\t${r.m}\n`; }
  else if (lay === 1) { t += '站点,时间,卡号,姓名,班级,接送人,电话\n'; for (const r of rows) t += `${r.stop},${r.t},${r.card},${r.c},${r.cl},${r.g},${r.m}\n`; }
  else { for (const r of rows) t += `${r.stop.padEnd(8, '　')}${r.t}  ${r.card}  ${r.c.padEnd(4, '　')}${r.cl.padEnd(5, '　')}${r.g.padEnd(4, '　')}${r.m}\n`; }
  t += `\n应到 ${n} 人　实到 ____ 人　　随车老师签字：____\n`;
  emit(d, t);
}

// 5. 预防接种证查验
function genVaccine() {
  const d = new Doc('vaccine'); const kg = pick(KGS); const cls = pickClass(); const n = ri(8, 18);
  const doc = staffP(kg, 'F', 1970, 1995); const chk = staffP(kg);
  const dt = d.D('date', fmtD(rDate(2024, 9, 5, 2024, 10, 20), pick(['-', 'cn'])));
  const unit = d.D('org', `${REGIONS[kg.reg].replace(/^.*市/, '')}${pick(['妇幼保健院', '社区健康服务中心', '疾病预防控制中心'])}`);
  const withId = chance(0.5); const lay = ri(0, 1);
  let t = `入托、入学儿童预防接种证查验登记表\n托幼机构：${kg.full}　班级：${d.D('class_name', cls.name)}　查验日期：${dt}\n查验人：${d.N(doc.name)}（保健医）　复核：${d.N(chk.name)}\n\n`;
  const VACS = ['麻腮风', '乙脑减毒活疫苗', '甲肝', 'A群流脑', 'A+C群流脑', '百白破', '水痘', '脊灰'];
  const head = ['序号', '儿童姓名', '性别', '出生日期', ...(withId ? ['身份证号'] : []), '监护人', '联系电话', '接种证', '需补种疫苗', '备注'];
  t += (lay === 0 ? head.join(' | ') : head.join(',')) + '\n';
  for (let i = 0; i < n; i++) {
    const f = family(kg, cls); const g = guardianOf(f); const need = chance(0.25);
    const row = [i + 1, d.N(f.child.name), f.child.sexZh, d.D('date', fmtD(f.child.b)), ...(withId ? [d.I(f.child.id, idSt(0.1))] : []), d.N(g.name), d.M(g.mob, mobSt(0.15)), chance(0.92) ? '有' : '无（补办）', need ? pick(VACS) : '无',
      need ? `已补种，批号${d.D('vaccine_batch', `${pick(['2023', '2024'])}${p2(ri(1, 12))}${pick(['', 'B', 'A'])}${pad(ri(1, 999), 3)}`)}，${unit}` : (chance(0.5) ? `接种证号${d.D('vaccine_card_no', kg.reg + String(f.child.b.y).slice(2) + digits(5))}` : '')];
    t += (lay === 0 ? row.join(' | ') : row.join(',')) + '\n';
  }
  t += `\n应查验 ${n} 人，有证 ${n - ri(0, 2)} 人，需补种 ${ri(1, 6)} 人。\n（本表一式两份，一份交${unit}）\n`;
  emit(d, t);
}

// 6. 保教费缴费记录 / 收据 / 代扣结果
function genTuition() {
  const d = new Doc('tuition'); const kg = pick(KGS); const lay = ri(0, 3);
  const sem = pick(['2024年秋季学期', '2025年春季学期', '2024年9月', '2024年10月', '2025年3月']);
  let t = '';
  if (lay === 0) { // 收费系统导出
    t += `${kg.short}收费明细导出（${sem}）\n流水号,缴费时间,幼儿姓名,班级,收费项目,应收,实收,支付方式,付款人,付款人手机,交易单号\n`;
    for (let i = 0, n = ri(8, 20); i < n; i++) {
      const cls = pickClass(); const f = family(kg, cls); const g = guardianOf(f); const dt = rDate(2024, 8, 20, 2024, 9, 15); const fee = pick(FEE);
      const way = pick(['微信支付', '支付宝', '银行转账', '现金']);
      const txn = way === '微信支付' ? d.D('wechat_txn', wxTxn(dt)) : way === '支付宝' ? d.D('alipay_txn', aliTxn(dt)) : '';
      t += `${d.D('serial_no', `LS${fmtD(dt, 'ymd')}${pad(i + 1, 4)}`)},${d.D('datetime', `${fmtD(dt)} ${hms()}`)},${d.N(f.child.name)},${d.D('class_name', cls.name)},保教费,${fee}.00,${fee}.00,${way},${d.N(g.name)},${d.M(g.mob, mobSt(0.1))},${txn}\n`;
    }
  } else if (lay === 1) { // 单张收据
    const cls = pickClass(); const f = family(kg, cls); const g = guardianOf(f); const fee = pick(FEE) * 5; const cashier = staffP(kg); const dt = rDate(2024, 8, 20, 2025, 3, 10);
    t += `${kg.full}\n收　款　收　据\n票据号码：${d.D('receipt_no', `No.${pad(ri(1, 99999), 7)}`)}　　开票日期：${d.D('date', fmtD(dt, 'cn'))}\n`;
    t += `收款单位：${kg.full}\n统一社会信用代码：${d.U(kg.uscc)}\n缴款人：${d.N(g.name)}　　幼儿姓名：${d.N(f.child.name)}　　班级：${d.D('class_name', cls.name)}\n`;
    t += `收费项目：${sem}保教费（${d.D('fee_standard', `${fee / 5}元/月`)}×5个月）\n金额（大写）：${cnAmount(fee)}　　（小写）：${d.D('amount', `¥${amt(fee)}`)}\n`;
    t += `收款方式：${pick(['银行卡刷卡', 'POS机'])}　卡号：${d.D('masked_card', maskCard(cardOf(g).num))}\n收款人：${d.N(cashier.name)}　　复核：${d.N(staffP(kg).name)}\n`;
    t += `收费监督电话：${d.L(kg.tel, pick(['d', 'p', 's']))}　　价格举报：${d.D('hotline', '12345')}\n`;
  } else if (lay === 2) { // 银行代扣结果
    t += `${pick(['中国建设银行', '中国工商银行', '招商银行'])}批量代收结果文件\n委托单位：${kg.full}　代收项目：保教费　批次号：${d.D('batch_no', `DS${fmtD(rDate(2024, 9, 1, 2025, 3, 5), 'ymd')}${pad(ri(1, 99), 3)}`)}\n`;
    t += '序号|协议号|户名|卡号|金额|结果|说明\n';
    for (let i = 0, n = ri(8, 22); i < n; i++) {
      const f = family(kg, pickClass()); const g = guardianOf(f); const c = cardOf(g); const ok = chance(0.85); const masked = chance(0.2);
      t += `${i + 1}|${d.D('agreement_no', `XY${kg.reg}${pad(ri(1, 9999), 5)}`)}|${d.N(g.name)}|${masked ? d.D('masked_card', maskCard(c.num)) : d.C(c.num)}|${d.D('amount', amt(pick(FEE)))}|${ok ? '成功' : '失败'}|${ok ? '' : pick(['余额不足', '账户已冻结', '户名不符'])}\n`;
    }
    t += `\n如有疑问请致电客服${d.D('hotline', pick(['95533', '95588', '95555']))}\n`;
  } else { // 微信商户账单
    t += `微信支付账单明细\n商户号：${d.D('merchant_no', '16' + digits(8))}　商户名称：${kg.full}\n起始时间：${fmtD(rDate(2024, 9, 1, 2024, 9, 1))} 终止时间：${fmtD(rDate(2024, 9, 30, 2024, 9, 30))}\n`;
    t += '交易时间,交易单号,商户订单号,用户标识,商品名称,订单金额,付款人（备注）,联系电话\n';
    for (let i = 0, n = ri(8, 20); i < n; i++) {
      const f = family(kg, pickClass()); const g = guardianOf(f); const dt = rDate(2024, 9, 1, 2024, 9, 30);
      t += `\`${d.D('datetime', `${fmtD(dt)} ${hms()}`)},\`${d.D('wechat_txn', wxTxn(dt))},\`${d.D('order_no', orderNo(dt))},\`${d.D('openid', 'oUpF8' + Array.from({ length: 23 }, () => pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split(''))).join(''))},保教费-${d.dN(f.child.name)},¥${pick(FEE)}.00,${d.N(g.name)},${d.M(g.mob)}\n`;
    }
  }
  emit(d, t);
}

// 7. 银行批量退费/代发
function genRefund() {
  const d = new Doc('refund'); const kg = pick(KGS); const lay = ri(0, 3); const n = ri(5, 18);
  const dt = rDate(2024, 6, 25, 2025, 2, 20); const batchS = `TF${fmtD(dt, 'ymd')}${pad(ri(1, 9), 3)}`;
  const batch = lay === 0 || lay === 2 ? d.D('batch_no', batchS) : batchS; const acct = lay === 0 ? d.D('corp_account', kg.corp) : kg.corp;
  const rows = []; let total = 0;
  for (let i = 0; i < n; i++) {
    const f = family(kg, pickClass()); const g = guardianOf(f); const c = cardOf(g); const a = pick([180, 240, 360, 450, 520, 990, 1980, 2680, 3860]); total += a;
    rows.push({ f, g, c, a, bad: chance(0.06) });
  }
  const reason = pick(['退2024春季学期伙食费', '退园退费', '病假伙食费退费', '多收保教费退回', '退预收保教费']);
  const cardW = (r) => (r.bad ? d.dc('bank_card', badCard(r.c.num)) : d.C(r.c.num, cardSt(0.15)));
  let t = '';
  if (lay === 0) {
    t += `批次号:${batch}|付款账号:${acct}|付款户名:${kg.full}|总笔数:${n}|总金额:${d.D('amount', amt(total))}\n序号|业务参考号|收款账号|收款人户名|金额|开户行名称|用途|手机号码\n`;
    rows.forEach((r, i) => { t += `${i + 1}|${d.D('bank_ref', `HQP${fmtD(dt, 'ymd')}${digits(8)}`)}|${cardW(r)}|${d.N(r.g.name)}|${d.D('amount', amt(r.a))}|${r.c.bank}${BRANCH(kg)}|${reason}|${d.M(r.g.mob)}\n`; });
  } else if (lay === 1) {
    t += `收款方账号,收款方户名,金额,收款行行号,收款行名称,附言\n`;
    rows.forEach((r) => { t += `${cardW(r)},${d.N(r.g.name)},${r.a}.00,${d.D('bank_code', pick(['102', '105', '103', '104', '308', '403']) + kg.reg.slice(0, 4) + digits(5))},${r.c.bank},${reason}-${d.dN(r.f.child.name)}\n`; });
  } else if (lay === 2) { // fixed-width 代发 file
    rows.forEach((r, i) => { t += `${d.D('serial_no', `${fmtD(dt, 'ymd')}${pad(i + 1, 6)}`)} ${fmtCard(r.bad ? d.dc('bank_card', badCard(r.c.num)) : d.C(r.c.num), 'p').padEnd(22)}${d.N(r.g.name).padEnd(6, '　')}${String(r.a * 100).padStart(12, '0')}  ${reason}\n`; });
    t += `TOTAL ${n} ${String(total * 100).padStart(14, '0')} ${batch}\n`;
  } else { // 退费审批汇总表 + 回单
    const fin = staffP(kg), head = staffP(kg, 'F', 1968, 1985);
    t += `${kg.short}${reason}审批汇总表\n经办：${d.N(fin.name)}　审核：${d.N(head.name)}（园长）　日期：${d.D('date', fmtD(dt, 'cn'))}\n\n`;
    t += '序号\t申请单号\t幼儿姓名\t班级\t退费原因\t退费金额\t收款人\t银行卡号\t开户行\t联系电话\n';
    rows.forEach((r, i) => { t += `${i + 1}\t${d.D('application_no', `TFSQ${fmtD(dt, 'ymd').slice(2)}${pad(ri(1, 999), 3)}`)}\t${d.N(r.f.child.name)}\t${d.D('class_name', r.f.cls.name)}\t${pick(['病假15天', '转园', '退园', '病假8天', '多缴'])}\t${r.a}\t${d.N(r.g.name)}\t${cardW(r)}\t${r.c.bank}\t${d.M(r.g.mob, mobSt(0.2))}\n`; });
    const failed = rows.filter((r) => r.bad);
    if (failed.length) { t += `\n银行回单：以下${failed.length}笔退回（账号户名不符），请核实后重新提交：\n`; for (const r of failed) t += `${d.N(r.g.name)}　${d.D('masked_card', maskCard(r.c.num))}\n`; }
  }
  t += `\n付款单位统一社会信用代码：${d.U(kg.uscc)}\n`;
  emit(d, t);
}

// 8. 育儿补贴申领
function genSubsidy() {
  const d = new Doc('subsidy'); const kg = pick(KGS); const lay = ri(0, 2);
  const street = d.D('place', `${pick(['粤海', '桃源', '沙河', '南头', '西乡', '新安', '石岩', '龙华', '长安', '金水', '高新'])}街道`);
  const mkFam = () => family(kg, { name: '', g: 0, code: '' }, { birth: rDate(2022, 9, 1, 2025, 6, 30) });
  if (lay === 0) {
    const f = mkFam(); const ap = guardianOf(f); const other = ap === f.mother ? f.father : f.mother; const c = cardOf(ap); const clerk = staffP(kg);
    let t = `育儿补贴申领登记表\n申请编号：${d.D('application_no', `YEBT${kg.reg}${pick(['2025', '2025'])}${pad(ri(1, 99999), 6)}`)}\n\n`;
    t += `一、申请人信息\n申请人姓名：${d.N(ap.name)}　与婴幼儿关系：${ap.rel}\n申请人身份证号：${d.I(ap.id, idSt(0.2))}\n联系电话：${d.M(ap.mob, mobSt(0.25))}\n户籍所在地：${REGIONS[ap.id.slice(0, 6)]}\n现居住地址：${f.addr}\n\n`;
    t += `二、婴幼儿信息\n姓名：${d.N(f.child.name)}　性别：${f.child.sexZh}　出生日期：${d.D('date', fmtD(f.child.b, 'cn'))}\n公民身份号码：${d.I(f.child.id, idSt(0.2))}\n出生医学证明编号：${d.D('birth_cert_no', pick('PQRSTUO'.split('')) + kg.reg.slice(0, 2) + digits(7))}\n\n`;
    t += `三、另一方监护人\n姓名：${d.N(other.name)}　证件号码：${d.I(other.id, idSt(0.2))}　电话：${d.M(other.mob, mobSt(0.2))}\n\n`;
    t += `四、补贴发放账户（须为申请人本人一类账户或社保卡金融账户）\n户名：${d.N(ap.name)}　开户银行：${c.bank}${BRANCH(kg)}\n银行卡号：${d.C(c.num, cardSt(0.4))}\n\n`;
    t += `补贴标准：${d.D('amount', '3600元/年')}　申领年度：2025\n本人承诺所填信息真实准确。\n申请人（签字）：${d.N(ap.name)}　　${d.D('date', fmtD(rDate(2025, 8, 1, 2025, 10, 31), 'cn'))}\n\n`;
    t += `受理单位：${street}社区服务中心　受理人：${d.N(clerk.name)}　受理电话：${d.L(kg.tel2, pick(['d', 'p']))}\n`;
    emit(d, t);
  } else if (lay === 1) { // 街道汇总表
    const n = ri(6, 16); const clerk = staffP(kg);
    let t = `${street}育儿补贴申领汇总表（第${ri(1, 9)}批）\n填报人：${d.N(clerk.name)}　联系电话：${d.M(clerk.mob)}\n`;
    t += '序号,申请编号,受理日期,申请人,申请人身份证号,婴幼儿姓名,婴幼儿身份证号,出生日期,联系电话,社保卡银行账号,开户行,申领金额\n';
    for (let i = 0; i < n; i++) {
      const f = mkFam(); const ap = guardianOf(f); const c = cardOf(ap);
      t += `${i + 1},${d.D('application_no', `YEBT${kg.reg}2025${pad(ri(1, 99999), 6)}`)},${d.D('date', fmtD(rDate(2025, 8, 1, 2025, 10, 31), '/'))},${d.N(ap.name)},${d.I(ap.id, idSt(0.1))},${d.N(f.child.name)},${d.I(f.child.id, idSt(0.1))},${d.D('date', fmtD(f.child.b))},${d.M(ap.mob, mobSt(0.1))},${d.C(c.num, chance(0.2) ? 's4' : 'p')},${c.bank},${d.D('amount', pick(['3600', '1800', '2700', '900']))}\n`;
    }
    emit(d, t);
  } else { // 小程序提交 JSON
    const f = mkFam(); const ap = guardianOf(f); const c = cardOf(ap); const dt = rDate(2025, 8, 1, 2025, 10, 31);
    const o = {
      code: 0, msg: 'success', data: {
        applyNo: d.D('application_no', `YEBT${fmtD(dt, 'ymd')}${digits(6)}`), status: pick(['待审核', '街道已审核', '已发放']), submitTime: d.D('ms_timestamp', String(epochMs(dt, ri(8, 22), ri(0, 59), ri(0, 59)))),
        applicant: { name: d.N(ap.name), idNo: d.I(ap.id), phone: d.M(ap.mob), relation: ap.rel, email: chance(0.5) ? d.E(emailOf(ap)) : '' },
        infant: { name: d.N(f.child.name), idNo: d.I(f.child.id), birthday: fmtD(f.child.b), birthCertNo: d.D('birth_cert_no', 'Q' + kg.reg.slice(0, 2) + digits(7)) },
        account: { holder: d.N(ap.name), bankName: c.bank, cardNo: d.C(c.num) }, amount: 3600, street,
      },
    };
    emit(d, JSON.stringify(o, null, chance(0.5) ? 2 : 0) + '\n');
  }
}

// 9. 教职工名单
function genStaff() {
  const d = new Doc('staff'); const kg = pick(KGS); const n = ri(8, 18); const lay = ri(0, 2);
  const POSTS = ['副园长', '班主任', '配班老师', '保育员', '保健医', '财务', '厨师', '门卫', '后勤主任', '班主任', '配班老师', '保育员'];
  let t = '';
  const people = Array.from({ length: n }, (_, i) => { const post = i === 0 ? '园长' : pick(POSTS); const male = ['厨师', '门卫'].includes(post) ? chance(0.6) : chance(0.06); const p = staffP(kg, male ? 'M' : 'F', post === '保育员' ? 1966 : 1972, 2002); p.post = post; return p; });
  if (lay === 0) {
    t += `${kg.full}教职工花名册（${d.D('date', fmtD(rDate(2024, 9, 1, 2024, 10, 31), '-'))}更新）\n工号\t姓名\t性别\t岗位\t出生日期\t身份证号\t手机号\t邮箱\t教师资格证编号\t工资卡号\t开户行\t入职日期\n`;
    people.forEach((p, i) => {
      const c = cardOf(p); const cert = ['班主任', '配班老师', '园长', '副园长'].includes(p.post) ? d.D('teacher_cert_no', `${ri(2008, 2023)}${kg.reg.slice(0, 2)}${digits(11)}`) : '';
      t += `${d.D('staff_no', `T${pad(ri(1, 999), 4)}`)}\t${d.N(p.name)}\t${p.sex === 'M' ? '男' : '女'}\t${d.D('job_title', p.post)}\t${d.D('date', fmtD(p.b))}\t${d.I(p.id, idSt(0.08))}\t${d.M(p.mob, mobSt(0.08))}\t${chance(0.8) ? d.E(chance(0.4) ? workEmail(p, kg.dom) : emailOf(p)) : ''}\t${cert}\t${d.C(c.num)}\t${c.bank}\t${d.D('date', fmtD(rDate(2010, 3, 1, 2024, 9, 1)))}\n`;
    });
    if (chance(0.5)) t += `${d.D('staff_no', 'T' + pad(ri(1, 999), 4))}\t（待招聘）\t\t${d.D('job_title', '保育员')}\t\t\t\t\t\t\t\t\n`;
  } else if (lay === 1) {
    t += `${kg.short}教职工通讯录\n办公室：${d.L(kg.tel, pick(['d', 'p', 's']))}　传真：${d.L(kg.tel2, 'd')}\n\n| 姓名 | 岗位 | 手机 | 短号 | 邮箱 |\n|---|---|---|---|---|\n`;
    for (const p of people) t += `| ${d.N(p.name)} | ${d.D('job_title', p.post)} | ${d.M(p.mob, mobSt(0.15))} | ${d.D('short_no', '6' + digits(ri(3, 4)))} | ${d.E(chance(0.6) ? workEmail(p, kg.dom) : emailOf(p))} |\n`;
  } else { // 新入职人员信息采集（报教育局）
    t += `${REGIONS[kg.reg].replace(/^.*?市/, '')}教育局 幼儿园新入职教职工信息采集表\n单位：${kg.full}　单位代码：${d.D('school_code', kg.code)}\n统一社会信用代码：${d.U(kg.uscc)}\n\n`;
    for (const p of people.slice(0, ri(2, 6))) {
      const c = cardOf(p);
      t += `姓名：${d.N(p.name)}\n性别：${p.sex === 'M' ? '男' : '女'}　出生年月：${d.D('date', fmtD(p.b, 'ym'))}\n身份证号：${d.I(p.id, idSt(0.15))}\n手机：${d.M(p.mob, mobSt(0.15))}　邮箱：${d.E(emailOf(p))}\n岗位：${d.D('job_title', p.post)}　学历：${pick(['大专', '本科', '中专', '本科'])}\n工资卡：${c.bank} ${d.C(c.num, cardSt(0.3))}\n---\n`;
    }
    t += `填表人：${d.N(people[0].name)}　联系电话：${d.L(kg.tel, 'd')}\n`;
  }
  emit(d, t);
}

// 10. 晨检记录
function genMorning() {
  const d = new Doc('morning'); const kg = pick(KGS); const cls = pickClass(); const day = rDate(2024, 9, 2, 2025, 6, 27);
  const doc = staffP(kg, 'F', 1970, 1995); const lay = ri(0, 2); const n = ri(8, 22);
  let t = '';
  if (lay === 0) {
    t += `晨检及全日健康观察记录表\n日期：${d.D('date', fmtD(day, 'cn'))}　班级：${d.D('class_name', cls.name)}　晨检人：${chance(0.3) ? d.D('job_title', '保健医') : d.N(doc.name)}\n姓名 | 到园时间 | 体温 | 一摸二看三问四查 | 处理 | 送园人\n`;
    for (let i = 0; i < n; i++) {
      const f = family(kg, cls); const fever = chance(0.08); const temp = fever ? (37.4 + ri(0, 12) / 10).toFixed(1) : (36 + ri(1, 8) / 10).toFixed(1);
      const g = pick([f.mother, f.father, ...f.grands]);
      t += `${d.N(f.child.name)} | ${d.D('time', hm(7, ri(30, 59)))} | ${d.D('temperature', temp)} | ${fever ? '体温偏高' : pick(['正常', '正常', '正常', '咳嗽', '流涕', '指甲长'])} | ${fever ? `通知家长${d.N(g.name)}（${d.M(g.mob, mobSt(0.2))}）接回` : '—'} | ${g.rel}\n`;
    }
  } else if (lay === 1) { // 晨检机器人日志
    t += `# device=${d.D('device_sn', `JC${ri(2021, 2024)}A${pad(ri(1, 9999), 4)}`)} site=${kg.short}\n`;
    for (let i = 0; i < n; i++) {
      const f = family(kg, cls); const temp = (36 + ri(1, 9) / 10).toFixed(1);
      const ts = d.D('datetime', `${fmtD(day)} 07:${p2(ri(30, 59))}:${p2(ri(0, 59))}`);
      if (chance(0.5)) t += `${ts} [CHECK] ${d.dN(f.child.name)} ${cls.name} ${temp}℃ 手口眼正常\n`;
      else t += `${ts} [CHECK] name=${d.N(f.child.name)} class=${cls.code} temp=${temp} hand=ok mouth=ok eye=ok\n`;
    }
    const f = family(kg, cls); const g = guardianOf(f);
    t += `${fmtD(day)} 08:${p2(ri(0, 20))}:${p2(ri(0, 59))} [ALERT] name=${d.N(f.child.name)} temp=37.9 notify_guardian=${d.N(g.name)} phone=${d.M(g.mob)}\n`;
  } else { // 因病缺勤追踪登记
    t += `${kg.short}因病缺勤追踪登记表（${d.D('date', fmtD(day, 'ym'))}）\n日期,班级,幼儿姓名,缺勤原因,症状,就诊医院,家长姓名,家长电话,追踪人\n`;
    for (let i = 0; i < ri(4, 12); i++) {
      const c2 = pickClass(); const f = family(kg, c2); const g = guardianOf(f);
      t += `${d.D('date', fmtD(addDays(day, ri(0, 25)), '/'))},${d.D('class_name', c2.name)},${d.N(f.child.name)},${pick(['发热', '手足口病', '疱疹性咽峡炎', '腹泻', '咳嗽', '水痘'])},${pick(['38.5℃', '口腔疱疹', '腹泻3次', '咳嗽流涕'])},${d.D('org', pick(['市儿童医院', '区妇幼保健院', '社区医院', '中山大学附属第六医院']))},${d.N(g.name)},${d.M(g.mob, mobSt(0.15))},${d.N(doc.name)}\n`;
    }
  }
  emit(d, t);
}

// 11. 外出活动同意书 / 回执
function genConsent() {
  const d = new Doc('consent'); const kg = pick(KGS); const cls = pickClass(); const lay = ri(0, 1);
  const lead = staffP(kg); const head = staffP(kg, 'F', 1968, 1985);
  const place = d.D('place', pick(['深圳野生动物园', '王府井', '黄山路消防站', '植物园', '科技馆', '世界之窗', '石门坎农场', '红树林公园', '高新区图书馆', '海洋馆']));
  const dt = rDate(2024, 10, 8, 2025, 5, 30);
  let t = `关于组织${cls.name}幼儿参加社会实践活动的告家长书\n\n尊敬的家长：\n　　为丰富幼儿的社会经验，我园定于${d.D('date', fmtD(dt, 'cn'))}组织${d.D('class_name', cls.name)}幼儿前往${place}开展社会实践活动。`;
  t += `活动当天请于${d.D('time', '7:40')}前入园，统一乘坐${d.D('bus_route', `${ri(1, 6)}号大巴`)}前往。费用${d.D('amount', pick(['80元', '95元', '120元']))}（含门票、保险），请于周三前交给班主任。`;
  if (chance(0.6)) t += `去年活动中${d.dN(staffP(kg).name)}老师带队经验丰富，本次继续负责安全工作。`;
  t += `\n　　带队负责人：${d.N(lead.name)}　手机：${d.M(lead.mob, mobSt(0.3))}\n　　园办电话：${d.L(kg.tel, pick(['d', 'p', 'fp']))}\n\n${kg.full}\n园长：${d.N(head.name)}\n\n`;
  if (lay === 0) {
    const f = family(kg, cls); const g = guardianOf(f);
    t += `------------------------------ 回　执 ------------------------------\n幼儿姓名：${d.N(f.child.name)}　　班级：${cls.name}\n☑ 同意　□ 不同意　孩子参加本次活动\n孩子身份证号（购买保险用）：${d.I(f.child.id, idSt(0.2))}\n`;
    t += `家长签名：${d.N(g.name)}　　联系电话：${d.M(g.mob, mobSt(0.3))}\n紧急联系人：${d.N((g === f.mother ? f.father : f.mother).name)}　电话：${d.M((g === f.mother ? f.father : f.mother).mob, mobSt(0.3))}\n日期：${fmtD(addDays(dt, -ri(2, 6)), '.')}\n`;
  } else {
    t += `回执汇总（${cls.name}，问卷星导出）\n序号,提交答卷时间,所用时间,来源,来自IP,1.幼儿姓名,2.是否同意参加,3.幼儿身份证号（购买保险用）,4.家长姓名,5.家长手机\n`;
    for (let i = 0, n = ri(8, 20); i < n; i++) {
      const f = family(kg, cls); const g = guardianOf(f); const yes = chance(0.88); const sub = addDays(dt, -ri(3, 9));
      t += `${i + 1},${d.D('datetime', `${fmtD(sub, '/')} ${hms()}`)},${d.D('duration', `${ri(28, 260)}秒`)},微信,${d.D('ip_address', ip())}(${kg.city.replace('市', '')}),${d.N(f.child.name)},${yes ? '同意' : '不同意'},${yes ? d.I(f.child.id, idSt(0.1)) : '(跳过)'},${nameOrHandle(d, f, g, 0.15)},${d.M(g.mob, mobSt(0.1))}\n`;
    }
  }
  emit(d, t);
}

// 12. 摇号结果公示
function genLottery() {
  const d = new Doc('lottery'); const kg = pick(KGS); const n = ri(25, 55); const full = chance(0.35);
  const notary = adult(chance(0.5) ? 'M' : 'F', pickSurname(), 1970, 1990, kg.reg, chance(0.5) ? FATHER_G : MOTHER_G);
  const sup = adult('F', pickSurname(), 1985, 1994, kg.reg, MOTHER_G);
  let t = `${kg.full}2025年秋季招生电脑派位（摇号）结果公示\n\n摇号时间：${d.D('datetime', `2025-0${ri(5, 7)}-${p2(ri(10, 28))} 09:30`)}　地点：园区多功能厅\n`;
  t += `公证机构：${d.D('org', `${kg.city}${pick(['长安', '东方', '中信', '国信'])}公证处`)}　公证员：${d.N(notary.name)}\n家长监督员：${d.N(sup.name)}（家长代表）\n随机种子：${d.D('lottery_seed', nz(10))}\n`;
  t += `计划招生：${ri(60, 150)}人　有效报名：${ri(160, 400)}人\n\n序号\t报名号\t幼儿姓名\t身份证号\t类别\t结果\n`;
  for (let i = 0; i < n; i++) {
    const f = family(kg, CLASSES[3], { birth: rDate(2021, 9, 1, 2022, 8, 31) });
    const nm = full ? d.N(f.child.name) : d.D('masked_name', maskName(f.child));
    t += `${i + 1}\t${d.D('reg_no', `BM2025${pad(ri(1, 9999), 5)}`)}\t${nm}\t${d.D('masked_id', maskId(f.child.id))}\t${pick(['第一类', '第一类', '第二类', '第三类'])}\t${i < n * 0.7 ? '录取' : `候补${i - Math.floor(n * 0.7) + 1}`}\n`;
  }
  // the admissions mailbox is not personal, but e-mail is a core detector: every valid address is an entity
  t += `\n公示期：5个工作日。如有异议请致电${d.L(kg.tel, 'd')}或发邮件至${d.E(`zsb@${kg.dom}`)}（招生办公用邮箱）。\n`;
  emit(d, t);
}

// 13. OCR'd paper forms
const OCR_SIM = { 沐: '沭', 梓: '样', 涵: '函', 轩: '轨', 静: '靜', 丽: '麗', 华: '毕', 浩: '洁', 睿: '客', 晨: '晟', 婷: '停', 鹏: '朋', 强: '弓虽', 辉: '挥', 颖: '頴', 娟: '娼', 伟: '佛', 玲: '铃', 欣: '于欠', 瑶: '遥' };
function ocrLabel(s) { if (!chance(0.25)) return s; const m = { 姓名: pick(['姓 名', '娃名', '姓名 ']), 身份证号: pick(['身份证号', '身伤证号', '身份让号', '身 份证号']), 电话: pick(['电活', '电 话', '屯话']), 签名: pick(['签各', '签 名', '筌名']), 手机: pick(['手杌', '手 机']), 卡号: pick(['卡 号', '卞号']) }; return m[s] ?? s; }
function ocrName(d, n) {
  if (chance(0.85)) return d.N(n);
  const chars = [...n]; const idx = chars.findIndex((c, i) => i > 0 && OCR_SIM[c]);
  if (idx < 0) return [...d.N(n)].join(' ');
  chars[idx] = OCR_SIM[chars[idx]]; const g = chars.join(''); d.dN(g); d.dN(n); return g;
}
function ocrNum(d, kind, v) {
  const r = rand();
  const put = (w) => { if (kind === 'id') d._add(d.e, 'cn_resident_id', v, w); else if (kind === 'mob') d._add(d.e, 'cn_mobile', v, w); else d._add(d.e, 'bank_card', v, w); return w; };
  if (r < 0.62) return put(v);
  if (r < 0.8) { const k = ri(3, v.length - 3); return put(v.slice(0, k) + ' ' + v.slice(k)); }
  // broken: O/0, l/1, B/8 or a lost digit
  const det = kind === 'id' ? 'cn_resident_id' : kind === 'mob' ? 'cn_mobile' : 'bank_card';
  const pos = [...v].map((c, i) => (/[018]/.test(c) && i > 1 ? i : -1)).filter((i) => i >= 0);
  let w;
  if (pos.length && chance(0.75)) { const i = pick(pos); w = v.slice(0, i) + ({ 0: pick(['O', 'o', 'D']), 1: pick(['l', 'I', '|']), 8: 'B' })[v[i]] + v.slice(i + 1); }
  else { const i = ri(2, v.length - 2); w = v.slice(0, i) + v.slice(i + 1); }
  d.dc(det, v); return w;
}
function genOcr() {
  const d = new Doc('ocr'); const kg = pick(KGS); const cls = pickClass(); const f = family(kg, cls); const form = ri(0, 3);
  let t = `[OCR p1]\n`;
  const sep = () => pick(['：', ':', ' ', '：', '；', ' :']);
  if (form === 0) { // 入园健康检查表
    const dr = staffP(kg, 'F', 1970, 1992);
    t += `${REGIONS[kg.reg].slice(0, 3)}儿童入园（所）健康检查表\n${ocrLabel('姓名')}${sep()}${ocrName(d, f.child.name)}　性别${sep()}${f.child.sexZh}　出生日期${sep()}${d.D('date', fmtD(f.child.b, 'cn'))}\n`;
    t += `${ocrLabel('身份证号')}${sep()}${ocrNum(d, 'id', f.child.id)}\n家长${ocrLabel('姓名')}${sep()}${ocrName(d, f.mother.name)}　联系${ocrLabel('电话')}${sep()}${ocrNum(d, 'mob', f.mother.mob)}\n`;
    t += `身高 ${ri(88, 112)}.${ri(0, 9)}cm　体重 ${ri(12, 21)}.${ri(0, 9)}kg　血红蛋白 ${ri(105, 135)}g/L\n视力 左${pick(['4.8', '4.9', '5.0'])} 右${pick(['4.8', '4.9', '5.0'])}　龋齿 ${ri(0, 4)}\n`;
    t += `体检编号 ${d.D('exam_no', `TJ${fmtD(rDate(2024, 6, 1, 2024, 8, 25), 'ymd')}${pad(ri(1, 999), 3)}`)}\n检查单位 ${d.D('org', `${REGIONS[kg.reg].replace(/^.*市/, '')}妇幼保健院`)}\n医生${ocrLabel('签名')}${sep()}${ocrName(d, dr.name)}\n`;
  } else if (form === 1) { // 接送卡申请
    const p = pick(f.grands);
    t += `${kg.short} 幼儿接送卡申请表\n幼儿${ocrLabel('姓名')}${sep()}${ocrName(d, f.child.name)}　班级 ${d.D('class_name', cls.name)}\n`;
    t += `接送人${ocrLabel('姓名')}${sep()}${ocrName(d, p.name)}　关系 ${p.rel}\n${ocrLabel('身份证号')}${sep()}${ocrNum(d, 'id', p.id)}\n${ocrLabel('手机')}${sep()}${ocrNum(d, 'mob', p.mob)}\n`;
    t += `监护人${ocrLabel('签名')}${sep()}${ocrName(d, f.mother.name)}　${ocrLabel('电话')}${sep()}${ocrNum(d, 'mob', f.mother.mob)}\n接送卡号 ${d.D('ic_card_no', '35' + digits(8))}\n`;
  } else if (form === 2) { // 退费申请
    const g = guardianOf(f); const c = cardOf(g);
    t += `${kg.short}退费申请单\n幼儿${ocrLabel('姓名')}${sep()}${ocrName(d, f.child.name)}　班级${sep()}${d.D('class_name', cls.name)}\n退费原因：${pick(['转园', '搬家', '病假一个月', '回老家上学'])}\n`;
    t += `收款人${sep()}${ocrName(d, g.name)}\n开户行${sep()}${c.bank}\n${ocrLabel('卡号')}${sep()}${ocrNum(d, 'card', c.num)}\n${ocrLabel('电话')}${sep()}${ocrNum(d, 'mob', g.mob)}\n`;
    t += `退费金额 ${d.D('amount', `${pick(FEE)}.00`)}　财务审核 ${d.D('title', staffP(kg).sur + '会计')}\n家长${ocrLabel('签名')} ${ocrName(d, g.name)}\n`;
  } else { // old pickup card from 2014 paper archive, legacy 15-digit ID
    const p = f.gp.b.y < 2000 ? f.gp : f.gm;
    t += `接送人登记卡（老系统存档）\n幼儿 ${ocrName(d, f.child.name)}\n接送人 ${ocrName(d, p.name)}（${p.rel}）\n`;
    const use15 = chance(0.6);
    if (use15) { t += `${ocrLabel('身份证号')}${sep()}${d.I15(p.id)}\n`; }
    else t += `${ocrLabel('身份证号')}${sep()}${ocrNum(d, 'id', p.id)}\n`;
    t += `${ocrLabel('电话')}${sep()}${ocrNum(d, 'mob', p.mob)}\n登记日期 ${d.D('date', fmtD(rDate(2024, 9, 1, 2024, 9, 30), '.'))}\n`;
  }
  t += `[OCR conf 0.${ri(71, 96)}]\n`;
  emit(d, t);
}

// 14. 学籍 XML export
function genXml() {
  const d = new Doc('xml'); const kg = pick(KGS); const cls = pickClass(); const n = ri(3, 10);
  let t = `<?xml version="1.0" encoding="UTF-8"?>\n<YEXJ_EXPORT xxbsm="${d.D('school_code', kg.code)}" xxmc="${kg.full}" dcsj="${d.D('datetime', `2024-09-${p2(ri(10, 28))}T${hms()}`)}">\n`;
  t += `  <BJ bjdm="${d.D('class_code', cls.code)}" bjmc="${cls.name}">\n`;
  for (let i = 0; i < n; i++) {
    const f = family(kg, cls); const gs = [f.father, f.mother].filter(() => chance(0.8)); if (!gs.length) gs.push(f.mother);
    t += `    <YE id="${d.D('record_uuid', uuid32())}">\n      <XM>${d.N(f.child.name)}</XM>\n      <XBM>${f.child.sex === 'M' ? 1 : 2}</XBM>\n      <CSRQ>${fmtD(f.child.b, 'ymd')}</CSRQ>\n      <SFZJLXM>1</SFZJLXM>\n      <SFZJH>${d.I(f.child.id)}</SFZJH>\n      <XJH>G${f.child.id}</XJH>\n      <RYRQ>${d.D('date', fmtD(rDate(2024, 8, 26, 2024, 9, 10)))}</RYRQ>\n      <MZM>${f.child.eth === '汉族' ? '01' : '0' + ri(2, 9)}</MZM>\n      <HKSZD>${REGIONS[f.child.id.slice(0, 6)]}</HKSZD>\n`;
    for (const g of gs) t += `      <JHR>\n        <GX>${g.rel}</GX>\n        <XM>${d.N(g.name)}</XM>\n        <SFZJH>${d.I(g.id)}</SFZJH>\n        <LXDH>${d.M(g.mob)}</LXDH>\n${chance(0.3) ? `        <DZYX>${d.E(emailOf(g))}</DZYX>\n` : ''}      </JHR>\n`;
    t += `    </YE>\n`;
  }
  t += `  </BJ>\n</YEXJ_EXPORT>\n`;
  emit(d, t);
}

// 15. 小程序 / 平台 JSON export
function genJson() {
  const d = new Doc('json'); const kg = pick(KGS); const n = ri(2, 8); const dt = rDate(2024, 9, 1, 2025, 6, 20);
  const list = [];
  for (let i = 0; i < n; i++) {
    const cls = pickClass(); const f = family(kg, cls);
    const gs = shuffle([f.mother, f.father, ...f.grands]).slice(0, ri(1, 3));
    list.push({
      id: d.D('snowflake_id', snowflake(dt)),
      studentId: d.D('student_no', stuNo(cls, ri(1, 35))), childName: d.N(f.child.name), nickName: d.D('nickname', f.child.nick), gender: f.child.sex === 'M' ? 1 : 2, birthday: d.D('date', fmtD(f.child.b)), idCard: d.I(f.child.id, chance(0.1) ? 'x' : 'p'), classCode: d.D('class_code', cls.code), className: cls.name,
      guardians: gs.map((g) => ({ gid: d.D('snowflake_id', snowflake(dt)), name: d.N(g.name), relation: g.rel, mobile: d.M(g.mob, chance(0.1) ? '+0' : 'p'), idCard: chance(0.6) ? d.I(g.id) : undefined, email: chance(0.3) ? d.E(emailOf(g)) : undefined, avatar: chance(0.2) ? d.D('file_ref', `https://cdn.${kg.dom}/avatar/${digits(6)}@2x.png`) : undefined })),
      pickupCard: chance(0.4) ? d.D('ic_card_no', '35' + digits(8)) : undefined, createTime: Number(d.D('ms_timestamp', String(epochMs(dt, ri(8, 21), ri(0, 59), ri(0, 59))))),
    });
  }
  const o = chance(0.5) ? { code: 200, message: 'ok', total: n, rows: list } : { errcode: 0, data: { page: 1, size: 20, list } };
  emit(d, JSON.stringify(o, null, chance(0.6) ? 2 : 0) + '\n');
}

// 16. 邮件
function genMail() {
  const d = new Doc('mail'); const kg = pick(KGS); const ty = ri(0, 3); const dt = rDate(2024, 9, 1, 2025, 6, 30);
  const dateH = `Date: ${pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, ${dt.d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][dt.m - 1]} ${dt.y} ${hms()} +0800`;
  let t = '';
  if (ty === 0) { // 家长 → 园方 退园申请
    const cls = pickClass(); const f = family(kg, cls); const g = guardianOf(f); const c = cardOf(g); const fin = staffP(kg);
    t += `From: "${d.N(g.name)}" <${d.E(emailOf(g))}>\nTo: ${d.E(workEmail(fin, kg.dom))}\n${dateH}\nSubject: ${d.D('class_name', cls.name)}${f.child.name}退园申请\n\n`;
    d.dN(f.child.name);
    t += `${d.D('title', fin.sur + '老师')}您好：\n\n因工作调动，我们下月搬去${d.D('place', pick(['张家口', '周口', '黄山', '常州', '金华']))}，孩子${f.child.name}从${fmtD(addDays(dt, 14), 'cn')}起退园，麻烦帮忙办理剩余保教费退费。\n\n`;
    t += `退费账户：\n户名：${d.N(g.name)}\n开户行：${c.bank}${BRANCH(kg)}\n卡号：${d.C(c.num, cardSt(0.5))}\n\n有问题请打我电话 ${d.M(g.mob, mobSt(0.4))}。\n\n${d.N(g.name)}\n${fmtD(dt, 'cn')}\n`;
  } else if (ty === 1) { // 财务 → 银行客户经理
    const fin = staffP(kg); const mgr = adult('F', pickSurname(), 1985, 1995, kg.reg, MOTHER_G);
    t += `From: ${d.N(fin.name)} <${d.E(workEmail(fin, kg.dom))}>\nTo: "${d.N(mgr.name)}" <${d.E(emailOf(mgr))}>\n${dateH}\nSubject: 退费代发名单（${d.D('batch_no', `TF${fmtD(dt, 'ymd')}${pad(ri(1, 9), 3)}`)}）\n\n`;
    t += `${d.D('title', mgr.sur + '经理')}好，\n\n本月退费名单如下，麻烦今天安排代发，付款账号${d.D('corp_account', kg.corp)}。\n\n`;
    for (let i = 0, n = ri(3, 10); i < n; i++) { const f = family(kg, pickClass()); const g = guardianOf(f); const c = cardOf(g); t += `${d.N(g.name)}  ${d.C(c.num, cardSt(0.3))}  ${c.bank}  ${d.D('amount', `${pick(FEE)}.00`)}\n`; }
    t += `\n谢谢！\n--\n${d.N(fin.name)}｜${kg.full} 财务室\n电话：${d.L(kg.tel, pick(['d', 's', 'p']))}${chance(0.5) ? `转${ri(801, 815)}` : ''}　手机：${d.M(fin.mob, mobSt(0.3))}\n`;
  } else if (ty === 2) { // 班主任 → 家委会 (contact list)
    const cls = pickClass(); const tch = staffP(kg); const fams = Array.from({ length: ri(3, 7) }, () => family(kg, cls));
    t += `From: ${d.N(tch.name)} <${d.E(emailOf(tch))}>\nTo: ${fams.map((f) => { const g = guardianOf(f); return `"${d.N(g.name)}" <${d.E(emailOf(g))}>`; }).join(',\n    ')}\n${dateH}\nSubject: ${d.D('class_name', cls.name)}家委会分工及联系方式\n\n各位家委会成员好：\n\n经上周会议确定，本学期分工如下：\n`;
    const jobs = ['主任', '财务', '采购', '宣传', '安全', '活动策划'];
    fams.forEach((f, i) => { const g = guardianOf(f); t += `${jobs[i % jobs.length]}：${d.N(g.name)}（${f.child.name}${g === f.mother ? '妈妈' : '爸爸'}） ${d.M(g.mob, mobSt(0.3))}\n`; d.dN(f.child.name); });
    t += `\n班费账户由财务统一管理，请勿在群里发布个人银行卡信息。\n\n${d.N(tch.name)}\n${kg.short}${cls.name}\n`;
  } else { // 教育局学籍核对
    const off = adult('M', pickSurname(), 1975, 1990, kg.reg, FATHER_G); const clerk = staffP(kg);
    t += `From: ${d.E(`xjk@${kg.reg}.edu.gov.cn`)}\nTo: ${d.E(workEmail(clerk, kg.dom))}\n${dateH}\nSubject: 关于核对幼儿学籍信息的通知\n\n${kg.short}：\n\n经系统比对，以下幼儿身份证件信息与公安户籍信息不一致，请于3个工作日内核实修改：\n\n`;
    for (let i = 0, n = ri(2, 6); i < n; i++) {
      const cls = pickClass(); const f = family(kg, cls);
      if (chance(0.5)) t += `幼儿姓名：${d.N(f.child.name)}　班级：${d.D('class_name', cls.name)}　系统身份证号：${d.D('bad_id_check', badIdCheck(f.child.id))}（校验位错误）　户籍身份证号：${d.I(f.child.id)}\n`;
      else t += `幼儿姓名：${d.N(f.child.name)}　班级：${d.D('class_name', cls.name)}　身份证号：${d.D('bad_id_date', badIdDate(kg.reg, f.child.b.y))}（出生日期无效）\n`;
    }
    t += `\n联系人：${d.N(off.name)}　电话：${d.L(landline(kg.area), 'd')}\n${REGIONS[kg.reg].replace(/^.*?市/, '')}教育局学前教育科\n`;
    // the landline above was labelled by d.L with a fresh number; nothing else to do
  }
  emit(d, t);
}

// 17. 短信
function genSms() {
  const d = new Doc('sms'); const kg = pick(KGS); const lay = ri(0, 1); const n = ri(5, 16);
  let t = '';
  if (lay === 0) {
    t += `短信发送记录导出（${kg.short}）\n发送时间,接收号码,姓名,内容,状态\n`;
    for (let i = 0; i < n; i++) {
      const cls = pickClass(); const f = family(kg, cls); const g = guardianOf(f); const dt = rDate(2024, 9, 1, 2025, 1, 15);
      const fee = pick(FEE);
      const msg = pick([
        () => `【${kg.short}】尊敬的${d.dN(f.child.name)}家长，您${d.D('fee_period', '2024秋季')}保教费${fee}元已缴费成功，流水号${d.D('serial_no', `LS${fmtD(dt, 'ymd')}${pad(ri(1, 9999), 4)}`)}。`,
        () => `【${kg.short}】您的孩子${d.dN(f.child.name)}已于${hm(ri(16, 17), ri(0, 59))}离园，接送人：${d.dN(pick(f.grands).name)}。`,
        () => `【${kg.short}】验证码${d.D('verify_code', digits(6))}，您正在绑定家长端，5分钟内有效。`,
        () => `【${kg.short}】提醒：${d.D('class_name', cls.name)}明日进行体检，请幼儿空腹入园。`,
      ])();
      t += `${d.D('datetime', `${fmtD(dt)} ${hms()}`)},${d.M(g.mob)},${d.N(g.name)},"${msg}",${pick(['成功', '成功', '成功', '失败:空号'])}\n`;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const f = family(kg, pickClass()); const g = guardianOf(f); const dt = rDate(2024, 9, 1, 2025, 6, 15);
      t += `[${d.D('datetime', `${fmtD(dt)} ${hms()}`)}] TO ${d.M(g.mob, pick(['p', '+0', 'p']))} ：${pick([
        () => `【${kg.short}】${d.dN(f.child.name)}家长您好，本月伙食费退费${ri(30, 300)}元已退至尾号${cardOf(g).num.slice(-4)}的银行卡。`,
        () => `【${kg.short}】家长您好，明天秋游请7:40前到园。带队老师电话${d.M(staffP(kg).mob)}。`,
        () => `【${kg.short}】您的登录验证码为${d.D('verify_code', digits(6))}。`,
        () => `【${kg.short}】新学期报名已开始，请登录家长端填写，咨询电话${d.L(kg.tel, 'd')}。`,
      ])()}\n`;
    }
  }
  emit(d, t);
}

// 18. 家委会会议纪要
function genMinutes() {
  const d = new Doc('minutes'); const kg = pick(KGS); const cls = pickClass(); const fams = Array.from({ length: ri(4, 7) }, () => family(kg, cls));
  const tch = staffP(kg); const rec = guardianOf(fams[0]); const dt = rDate(2024, 9, 10, 2025, 5, 30);
  let t = `${d.D('class_name', cls.name)}家委会第${ri(1, 6)}次会议纪要\n时间：${d.D('date', fmtD(dt, 'cn'))} 19:30　地点：园区三楼会议室\n主持人：${d.N(tch.name)}（班主任）\n`;
  t += `参会人：${fams.slice(1).map((f) => d.N(guardianOf(f).name)).join('、')}、${d.D('handle', `${fams[0].child.nick}妈妈`)}\n记录人：${d.N(rec.name)}\n\n`;
  const a = guardianOf(fams[1]), b = guardianOf(fams[2]);
  t += `一、${d.dN(tch.name)}老师通报本学期教学计划，重点是幼小衔接。\n二、关于六一活动，${d.dN(a.name)}建议租用${d.D('place', pick(['万象城', '世界之窗', '欢乐谷']))}场地，大家讨论后认为费用偏高，改为园内举办。\n`;
  t += `三、班费使用：礼品统一采购${d.D('brand', pick(['乐高', '巧虎', '叶罗丽']))}绘本套装，预算${d.D('amount', '1,500元')}。\n四、分工：\n　　采购联系人：${d.N(a.name)}　${d.M(a.mob, mobSt(0.3))}\n　　班费财务：${d.N(b.name)}　${d.M(b.mob, mobSt(0.3))}\n`;
  if (chance(0.5)) t += `　　班费收款账户：${d.N(b.name)} ${cardOf(b).bank} ${d.C(cardOf(b).num, cardSt(0.5))}\n`;
  t += `\n下次会议时间另行通知。\n`;
  emit(d, t);
}

// 19. 请假条 / 病假登记
function genLeave() {
  const d = new Doc('leave'); const kg = pick(KGS); const cls = pickClass(); const lay = ri(0, 1);
  let t = '';
  if (lay === 0) {
    const f = family(kg, cls); const g = guardianOf(f); const tch = staffP(kg); const dt = rDate(2024, 9, 2, 2025, 6, 20);
    t += `请假条\n\n${d.D('title', tch.sur + '老师')}：\n　　您好！我是${cls.name}${d.dN(f.child.name)}的${g === f.mother ? '妈妈' : '爸爸'}，孩子昨晚开始发烧，最高${d.D('temperature', pick(['38.6℃', '39.1℃', '38.3℃']))}，医生诊断为${pick(['疱疹性咽峡炎', '上呼吸道感染', '流感'])}，需在家休息，特请假${ri(2, 5)}天（${fmtD(dt, 'cn')}至${fmtD(addDays(dt, 3), 'cn')}），望批准。\n\n`;
    t += `　　附：${d.D('org', pick(['市儿童医院', '区妇幼保健院']))}诊断证明一份。\n\n家长：${d.N(g.name)}\n联系电话：${d.M(g.mob, mobSt(0.3))}\n${fmtD(dt, '.')}\n`;
  } else {
    t += `${kg.short}幼儿请假登记本\n日期 | 班级 | 幼儿姓名 | 请假天数 | 原因 | 家长 | 电话 | 登记人\n`;
    const reg = staffP(kg);
    for (let i = 0, n = ri(6, 14); i < n; i++) {
      const c2 = pickClass(); const f = family(kg, c2); const g = guardianOf(f);
      t += `${d.D('date', fmtD(rDate(2024, 10, 1, 2024, 11, 30), '/'))} | ${d.D('class_name', c2.name)} | ${d.N(f.child.name)} | ${ri(1, 10)} | ${pick(['事假', '病假-发热', '病假-咳嗽', '回老家', '病假-手足口'])} | ${nameOrHandle(d, f, g, 0.15)} | ${d.M(g.mob, mobSt(0.15))} | ${chance(0.3) ? d.D('title', reg.sur + '老师') : d.N(reg.name)}\n`;
    }
  }
  emit(d, t);
}

// 20. 接送授权委托书 / 接送卡清单
function genPickup() {
  const d = new Doc('pickup'); const kg = pick(KGS); const cls = pickClass(); const lay = ri(0, 1);
  let t = '';
  if (lay === 0) {
    const f = family(kg, cls); const g = guardianOf(f); const p = pick(f.grands); const dt = rDate(2024, 8, 25, 2024, 9, 10);
    const usePass = chance(0.3); // returnee families: the guardian's only document at hand is a passport
    t += `幼儿接送授权委托书\n\n委托人（监护人）：${d.N(g.name)}　与幼儿关系：${g.rel}\n${usePass ? `证件类型：护照　护照号码：${d.P(passport())}` : `身份证号：${d.I(g.id, idSt(0.3))}`}\n联系电话：${d.M(g.mob, mobSt(0.3))}\n\n`;
    t += `被委托人：${d.N(p.name)}　与幼儿关系：${p.rel}\n身份证号：${d.I(p.id, idSt(0.3))}\n联系电话：${d.M(p.mob, mobSt(0.3))}\n\n幼儿姓名：${d.N(f.child.name)}　班级：${d.D('class_name', cls.name)}\n`;
    t += `委托期限：${d.D('date', fmtD(dt, 'cn'))}至${d.D('date', fmtD(rDate(2025, 1, 15, 2025, 1, 25), 'cn'))}\n\n本人委托上述被委托人代为接送本人子女，接送途中的安全责任由委托人承担。\n\n委托人签字：${d.N(g.name)}\n日期：${fmtD(dt, '.')}\n`;
  } else {
    t += `${kg.short}${cls.name}接送卡发放清单\n卡号\t幼儿\t持卡人\t关系\t身份证号\t电话\t领卡签字\n`;
    for (let i = 0, n = ri(6, 15); i < n; i++) {
      const f = family(kg, cls); const p = pick([f.mother, f.father, ...f.grands]);
      t += `${d.D('ic_card_no', '35' + digits(8))}\t${d.N(f.child.name)}\t${d.N(p.name)}\t${p.rel}\t${chance(0.7) ? d.I(p.id, idSt(0.1)) : d.D('masked_id', maskId(p.id))}\t${d.M(p.mob, mobSt(0.1))}\t${chance(0.6) ? d.N(p.name) : ''}\n`;
    }
  }
  emit(d, t);
}

// 21. 系统日志
function genLog() {
  const d = new Doc('log'); const kg = pick(KGS); const day = rDate(2024, 9, 2, 2025, 6, 20); const n = ri(8, 22);
  let t = '';
  for (let i = 0; i < n; i++) {
    const cls = pickClass(); const f = family(kg, cls); const g = pick([f.mother, f.father, ...f.grands]);
    const h = ri(7, 17), mi = ri(0, 59), s = ri(0, 59); const ts = d.D('datetime', `${fmtD(day)} ${hm(h, mi)}:${p2(s)}.${pad(ri(0, 999), 3)}`);
    const r = ri(0, 5);
    if (r === 0) t += `[${ts}] INFO  gate-0${ri(1, 4)} face_match ok uid=${d.D('student_no', stuNo(cls, ri(1, 35)))} name=${d.N(f.child.name)} guardian=${d.N(g.name)} mobile=${d.D('masked_mobile', maskMob(g.mob))} ts=${d.D('ms_timestamp', String(epochMs(day, h, mi, s)))}\n`;
    else if (r === 1) t += `[${ts}] INFO  POST /api/v2/pickup/verify body={"phone":"${d.M(g.mob)}","idCard":"${d.I(g.id)}","childId":"${d.D('student_no', stuNo(cls, ri(1, 35)))}"} 200 ${ri(12, 180)}ms\n`;
    else if (r === 2) { const k = ri(0, 2); t += `[${ts}] WARN  enroll.validate idcard check failed value=${d.D(['bad_id_check', 'bad_id_date', 'bad_id_region'][k], [badIdCheck, (id) => badIdDate(kg.reg, f.child.b.y), () => badIdRegion(f.child.b)][k](f.child.id))} user=${d.D('masked_mobile', maskMob(g.mob))}\n`; }
    else if (r === 3) t += `[${ts}] WARN  sms.send failed to=${d.D('unallocated_mobile', badMobile())} reason=INVALID_NUMBER\n`;
    else if (r === 4) t += `[${ts}] INFO  pay.notify transaction_id=${d.D('wechat_txn', wxTxn(day))} out_trade_no=${d.D('order_no', orderNo(day))} total_fee=${pick(FEE) * 100} payer=${d.N(g.name)}\n`;
    else t += `[${ts}] DEBUG user.bind openid=${d.D('openid', 'oUpF8' + digits(6) + 'AbXk' + digits(5) + 'Qz' + digits(6))} mobile=${d.M(g.mob)} email=${d.E(emailOf(g))}\n`;
  }
  emit(d, t);
}

// 22. 入园体检表 (typed, not OCR)
function genHealth() {
  const d = new Doc('health'); const kg = pick(KGS); const cls = pickClass(); const f = family(kg, cls); const dr = staffP(kg, 'F', 1970, 1992); const hosp = d.D('org', `${REGIONS[kg.reg].replace(/^.*市/, '')}妇幼保健院`);
  const g = guardianOf(f);
  let t = `儿童入园（所）健康检查表\n编号：${d.D('exam_no', `TJ${fmtD(rDate(2024, 6, 1, 2024, 8, 25), 'ymd')}${pad(ri(1, 999), 3)}`)}\n`;
  t += `姓名：${d.N(f.child.name)}　性别：${f.child.sexZh}　出生日期：${d.D('date', fmtD(f.child.b, 'cn'))}\n身份证号：${d.I(f.child.id, idSt(0.2))}\n拟入托幼机构：${kg.full}\n`;
  t += `父亲：${d.N(f.father.name)}　母亲：${d.N(f.mother.name)}　联系电话：${d.M(g.mob, mobSt(0.3))}\n家庭住址：${f.addr}\n\n`;
  t += `既往病史：${pick(['无', '无', '热性惊厥史', '哮喘'])}　过敏史：${f.child.allergy}\n身高 ${ri(88, 112)}.${ri(0, 9)}cm（评价：${pick(['中', '中上', '中下'])}）　体重 ${ri(12, 21)}.${ri(0, 9)}kg\n血红蛋白 ${ri(105, 135)}g/L　丙氨酸氨基转移酶 ${ri(8, 35)}U/L\n`;
  t += `检查结果：${pick(['合格', '合格', '合格，建议补充维生素D'])}\n医生签名：${d.N(dr.name)}　检查单位：${hosp}\n检查日期：${d.D('date', fmtD(rDate(2024, 6, 1, 2024, 8, 25), '-'))}\n`;
  emit(d, t);
}


// 23. 公示 / 食谱 / 校车线路 / 招生简章 (mostly institutional numbers, few persons)
function genNotice() {
  const d = new Doc('notice'); const kg = pick(KGS); const ty = ri(0, 3); const head = staffP(kg, 'F', 1968, 1985);
  const ABBR = { 深圳市: ['深发改', '深教'], 广州市: ['穗教', '穗发改'], 上海市: ['沪教委', '沪发改价管'], 北京市: ['京教', '京发改'], 杭州市: ['杭价费', '杭教'], 南京市: ['宁教', '宁价'], 成都市: ['成教', '成发改'], 武汉市: ['武教', '武发改'], 西安市: ['市教发', '市发改'], 重庆市: ['渝价', '渝教'], 兰州市: ['兰教', '兰发改'], 天津市: ['津教', '津发改'] }[kg.city] || ['教'];
  const docNo = () => d.D('doc_no', `${pick(ABBR)}〔${ri(2019, 2024)}〕${ri(12, 399)}号`);
  let t = '';
  if (ty === 0) {
    const fee = pick(FEE);
    t += `${kg.full}2024年秋季学期收费公示\n\n根据${docNo()}及${docNo()}文件精神，现将我园收费项目及标准公示如下：\n\n`;
    t += `| 收费项目 | 收费标准 | 备注 |\n|---|---|---|\n| 保教费 | ${d.D('fee_standard', `${fee}元/生·月`)} | 按月收取，寒暑假不收 |\n| 伙食费 | ${d.D('fee_standard', `${pick([15, 18, 20, 22, 25])}元/生·天`)} | 按实际出勤天数结算，月底多退少补 |\n`;
    t += `| 校服（代收，自愿） | ${d.D('amount', `${pick([220, 260, 280, 320])}元/套`)} | 品牌：${d.D('brand', pick(['李宁', '安踏', '巴拉巴拉']))}，夏装两套、秋冬装一套 |\n| 被褥（代收，自愿） | ${d.D('amount', `${pick([180, 198, 230])}元/套`)} | 可自备 |\n\n`;
    t += `园所代码：${d.D('school_code', kg.code)}\n统一社会信用代码：${d.U(kg.uscc)}\n收费账户：户名 ${kg.full}　开户行 ${kg.bankName}${BRANCH(kg)}　账号 ${d.D('corp_account', kg.corp)}\n`;
    t += `严禁收取赞助费、择校费。\n收费监督电话：${d.L(kg.tel, pick(['d', 'p', 'fp']))}　教育局举报电话：${d.L(landline(kg.area), 'd')}　价格举报：${d.D('hotline', '12345')}\n\n园长：${d.N(head.name)}\n${d.D('date', fmtD(rDate(2024, 8, 15, 2024, 8, 31), 'cn'))}\n`;
  } else if (ty === 1) {
    const nut = staffP(kg); const sup = adult('M', pickSurname(), 1970, 1990, kg.reg, FATHER_G);
    const wk0 = rDate(2024, 9, 2, 2025, 6, 16); const wk = addDays(wk0, -((new Date(Date.UTC(wk0.y, wk0.m - 1, wk0.d)).getUTCDay() + 6) % 7));
    t += `${kg.short}第${ri(1, 20)}周带量食谱（${d.D('date', fmtD(wk, '.'))}-${d.D('date', fmtD(addDays(wk, 4), '.'))}）\n\n星期 | 早餐 | 早点 | 午餐 | 午点 | 晚餐\n`;
    for (const w of ['一', '二', '三', '四', '五']) {
      t += `${w} | ${pick(['小米南瓜粥、鸡蛋', '鲜肉小馄饨', '牛奶燕麦、花卷', '皮蛋瘦肉粥、馒头'])} | ${(([b, x]) => d.D('brand', b) + x)(pick([['伊利', '纯牛奶'], ['蒙牛', '纯牛奶'], ['旺仔', '小馒头'], ['安慕希', '酸奶'], ['君乐宝', '酸奶'], ['旺仔', '牛奶']]))} | ${pick(['番茄牛腩、清炒菜心、米饭', '虾仁蒸蛋、土豆丝、杂粮饭', '红烧鸡腿、西兰花、米饭', '香菇肉末面'])} | ${chance(0.4) ? `${d.D('brand', pick(['喜之郎', '徐福记', '奥利奥']))}${pick(['果冻', '饼干', '小点心'])}` : pick(['苹果', '香蕉', '火龙果'])} | ${pick(['青菜肉丝面', '玉米排骨汤、米饭', '鸡蛋饼、小米粥'])}\n`;
    }
    t += `\n人均每日能量 ${ri(1150, 1350)}kcal，蛋白质 ${ri(38, 48)}g\n营养师：${d.N(nut.name)}　审核：${d.N(head.name)}\n食材供应商：${d.D('org', pick(['钱大妈生鲜', '周黑鸭', '金龙鱼粮油配送', '王小卤食品', '百果园']))}（配送联系人 ${d.N(sup.name)} ${d.M(sup.mob, mobSt(0.3))}）\n`;
  } else if (ty === 2) {
    t += `${kg.short}校车运行线路表（${d.D('date', fmtD(rDate(2024, 8, 25, 2024, 9, 1), '-'))}起执行）\n`;
    for (let r = 1, n = ri(2, 4); r <= n; r++) {
      const drv = adult('M', pickSurname(), 1965, 1985, pick(ORIGIN), FATHER_G); const aide = staffP(kg);
      t += `\n【${d.D('bus_route', `${r}号线`)}】车牌 ${d.D('plate', `${pick(['粤B', '沪A', '京B', '浙A', '苏A', '川A', '鄂A', '陕A', '渝A', '甘A', '津A'])}·${nz(5)}`)}　校车标牌 ${d.D('permit_no', `校车〔${ri(2022, 2024)}〕${pad(ri(1, 999), 4)}号`)}　车架号 ${d.D('vin', `LZY${pick(['TAGBW', 'TCGEW', 'DAHCW'])}${ri(1, 9)}${pick(['N', 'P', 'R'])}${digits(7)}`)}\n`;
      t += `司机：${d.N(drv.name)}（${d.D('title', drv.sur + '师傅')}）${d.M(drv.mob, mobSt(0.3))}　照管员：${d.N(aide.name)} ${d.M(aide.mob, mobSt(0.3))}\n`;
      let h = 7, mi = ri(0, 15);
      t += shuffle(['海岸城', '科技园地铁站', '华润城北门', '翠苑小区', '碧桂园南门', '万科城', '世纪城', '锦绣家园', '南苑新村']).slice(0, ri(3, 6)).map((x) => { mi += ri(4, 9); if (mi > 59) { h++; mi -= 60; } return `${x} ${d.D('time', hm(h, mi))}`; }).join(' → ') + ` → 园区\n`;
    }
    t += `\n校车安全管理负责人：${d.N(head.name)}　值班电话：${d.L(kg.tel2, 'd')}\n`;
  } else {
    const zs = staffP(kg);
    t += `${kg.full}2025年秋季招生简章\n\n一、招生对象：${d.D('date', fmtD({ y: 2021, m: 9, d: 1 }, 'cn'))}至${d.D('date', fmtD({ y: 2022, m: 8, d: 31 }, 'cn'))}出生、身体健康的适龄幼儿。\n`;
    t += `二、招生计划：小班${ri(3, 6)}个，共${ri(90, 180)}人；托班${ri(1, 2)}个。\n三、报名时间：${d.D('date', fmtD(rDate(2025, 4, 20, 2025, 5, 10), 'cn'))}起，通过“${kg.city.replace('市', '')}学前教育”小程序报名，报名编号以${d.D('reg_no', 'BM2025')}开头。\n`;
    t += `四、报名材料：幼儿及监护人身份证、户口簿、预防接种证、居住证明。\n五、录取方式：报名人数超过计划时电脑摇号，结果在园门口及官网公示（身份证号、姓名均脱敏处理）。\n`;
    t += `六、咨询方式：招生办 ${d.N(zs.name)}老师 ${d.M(zs.mob, mobSt(0.3))}；电话 ${d.L(kg.tel, pick(['d', 'p', 's']))}（工作日 8:30-17:00）；家长咨询QQ群 ${d.D('qq_group', nz(9))}。\n`;
    t += `官网：www.${kg.dom}　服务热线：${d.D('hotline', `400-${ri(600, 899)}-${digits(4)}`)}（集团统一）\n`;
  }
  emit(d, t);
}

// ================================================================ run
const PLAN = [[genEnroll, 24], [genRoster, 16], [genChat, 26], [genBus, 14], [genVaccine, 14], [genTuition, 18], [genRefund, 18], [genSubsidy, 22], [genStaff, 12], [genMorning, 12], [genConsent, 16], [genLottery, 20], [genOcr, 22], [genXml, 10], [genJson, 12], [genMail, 18], [genSms, 12], [genMinutes, 8], [genLeave, 10], [genPickup, 12], [genLog, 14], [genHealth, 10], [genNotice, 18]];
const order = []; for (const [g, n] of PLAN) for (let i = 0; i < n; i++) order.push(g);
for (const g of order) g();

// ================================================================ self-check
const errors = [];
const nk = (s) => s.normalize('NFKC');
const dig = (s) => nk(s).replace(/[^0-9Xx]/g, '').toUpperCase();
function validValue(det, v) {
  switch (det) {
    case 'cn_resident_id': return idValid(v);
    case 'cn_mobile': return MOB_RE.test(v);
    case 'bank_card': return /^\d{16,19}$/.test(v) && luhnValid(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(v);
    case 'cn_uscc': return usccValid(v);
    case 'cn_landline': return /^0(10|2[0-57-9])[2-9]\d{7}$/.test(v) || /^0[3-9]\d{2}[2-9]\d{6,7}$/.test(v);
    case 'cn_passport': return /^E[A-HJ-NP-Z]\d{7}$|^E\d{8}$/.test(v);
    case 'person_name_zh': return /^[\u4e00-\u9fa5·]{2,16}$/.test(v);
  }
  return false;
}
function writtenOk(det, v, w) {
  const g = dig(w);
  switch (det) {
    case 'cn_mobile': return g === v || g === '86' + v || g === '0086' + v;
    case 'cn_resident_id': return g === v || (g.length === 15 && up15(g) === v);
    case 'bank_card': case 'cn_landline': return g === v;
    case 'email': return nk(w).toLowerCase() === v;
    case 'cn_uscc': case 'cn_passport': return nk(w).replace(/[\s-]/g, '').toUpperCase() === v;
    case 'person_name_zh': return w === v;
  }
  return false;
}
const seenIds = new Set();
for (const doc of DOCS) {
  if (seenIds.has(doc.id)) errors.push(`duplicate id ${doc.id}`); seenIds.add(doc.id);
  const labelled = new Set([...doc.entities, ...doc.dontCare].map((x) => x.detector + '|' + x.value));
  for (const e of doc.entities) {
    if (!validValue(e.detector, e.value)) errors.push(`${doc.id}: invalid ${e.detector} ${e.value}`);
    if (e.detector === 'person_name_zh') { if (!doc.text.includes(e.value) && !doc.text.replace(/[ \u3000]/g, '').includes(e.value)) errors.push(`${doc.id}: name ${e.value} not in text`); continue; }
    const ws = doc._w.filter((x) => x.det === e.detector && x.v === e.value);
    if (!ws.length) errors.push(`${doc.id}: no written form for ${e.detector} ${e.value}`);
    for (const x of ws) { if (!doc.text.includes(x.w)) errors.push(`${doc.id}: written form ${JSON.stringify(x.w)} missing`); if (!writtenOk(e.detector, e.value, x.w)) errors.push(`${doc.id}: written ${JSON.stringify(x.w)} != ${e.value}`); }
  }
  for (const k of doc.decoys) {
    if (!doc.text.includes(k.text)) errors.push(`${doc.id}: decoy ${k.text} not in text`);
    for (const e of [...doc.entities, ...doc.dontCare]) if (e.value === k.text) errors.push(`${doc.id}: decoy is also labelled ${k.text}`);
    const g = k.text.replace(/[^0-9X]/g, '');
    if (/^\d{11}$/.test(k.text) && MOB_RE.test(k.text)) errors.push(`${doc.id}: decoy ${k.text} is a valid mobile`);
    if (/^\d{17}[\dX]$/.test(k.text) && idStructOk(k.text)) errors.push(`${doc.id}: decoy ${k.text} is a valid ID`);
    if (/^\d{16,19}$/.test(k.text) && k.text.startsWith('62') && luhnValid(k.text)) errors.push(`${doc.id}: decoy ${k.text} is a valid card`);
    if (k.kind.startsWith('bad_id') && idStructOk(g)) errors.push(`${doc.id}: bad id decoy ${k.text} is valid`);
  }
  // leak scan: every valid-looking bare number must be labelled
  const T = nk(doc.text);
  for (const m of T.matchAll(/\d+[Xx]?/g)) {
    const r = m[0].toUpperCase();
    if (doc.decoys.some((k) => nk(k.text).includes(m[0]))) continue; // a run inside a labelled decoy (e.g. YEBT6201…) is the decoy itself
    if (r.length === 11 && MOB_RE.test(r) && !labelled.has('cn_mobile|' + r)) errors.push(`${doc.id}: unlabelled mobile ${r}`);
    if (r.length === 18 && idStructOk(r) && !labelled.has('cn_resident_id|' + r)) errors.push(`${doc.id}: unlabelled ID ${r}`);
    if (r.length >= 16 && r.length <= 19 && /^(62|81)/.test(r) && luhnValid(r) && !labelled.has('bank_card|' + r) && !labelled.has('cn_resident_id|' + r)) errors.push(`${doc.id}: unlabelled card ${r}`);
    if (r.length === 13 && r.startsWith('86') && MOB_RE.test(r.slice(2)) && !labelled.has('cn_mobile|' + r.slice(2))) errors.push(`${doc.id}: unlabelled +86 mobile ${r}`);
  }
  for (const m of T.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g)) {
    const v = m[0].toLowerCase();
    if (!labelled.has('email|' + v) && !doc.decoys.some((k) => k.text.includes(m[0]))) errors.push(`${doc.id}: unlabelled email ${m[0]}`);
  }
}

// ================================================================ write + summary
writeFileSync(OUT, DOCS.map(({ _w, ...o }) => JSON.stringify(o)).join('\n') + '\n');
const perKind = {}, perDet = {}, perDc = {}, perDecoy = {};
for (const doc of DOCS) {
  perKind[doc.kind] = (perKind[doc.kind] || 0) + 1;
  for (const e of doc.entities) perDet[e.detector] = (perDet[e.detector] || 0) + 1;
  for (const e of doc.dontCare) perDc[e.detector] = (perDc[e.detector] || 0) + 1;
  for (const k of doc.decoys) perDecoy[k.kind] = (perDecoy[k.kind] || 0) + 1;
}
const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
console.log(`documents: ${DOCS.length} in ${Object.keys(perKind).length} kinds`);
console.log('per kind:', JSON.stringify(perKind));
console.log(`entities (${sum(perDet)}):`, JSON.stringify(perDet));
console.log(`dontCare (${sum(perDc)}):`, JSON.stringify(perDc));
console.log(`decoys (${sum(perDecoy)}; ${DROPPED} dropped for overlapping a label):`, JSON.stringify(perDecoy));
if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length}):\n` + errors.slice(0, 40).join('\n')); process.exit(1); }
console.log('self-check: ok');
