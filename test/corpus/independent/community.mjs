#!/usr/bin/env node
/*
 * community.mjs — independent labelled test corpus for listguard, theme "community"
 * (社区 / 街道 / 村委 and public-service work: 网格走访台账, 低保/困难户名单, 高龄补贴发放表,
 * 疫苗/核酸登记, 志愿者报名, 物业业主通讯录, 停车位登记, 社区团购接龙, 居委会公示, 村集体分红,
 * 征地补偿公示, 党员名册, 退役军人登记, 残疾人补贴, 12345 工单, 网格微信群, 内部邮件, 申请表).
 *
 * Written in session 25 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 *
 * Usage:   node community.mjs OUT.jsonl
 * Output:  one JSON object per line:
 *   {"id":"cm-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported under any detector id
 * Normalisation of values: cn_resident_id 18 chars upper-case X (legacy 15-digit numbers are
 *   upgraded to 18); cn_mobile 11 digits without +86; cn_landline digits with leading 0 and area
 *   code; email lower-case (full-width ＠ mapped to @); bank_card digits only; cn_passport
 *   upper-case; cn_uscc 18 chars upper-case; person_name_zh as written, without spaces, padding
 *   or titles. Decoys carry their exact text as written.
 * Deterministic: own PRNG (mulberry32) with a fixed seed; all data synthetic, checksums valid.
 * Self-check at the end; exit 1 on failure.
 */
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
const rnd = mulberry32(0x25c0de25);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const wpick = (pairs) => { let s = 0; for (const [, w] of pairs) s += w; let r = rnd() * s; for (const [v, w] of pairs) { if ((r -= w) < 0) return v; } return pairs[pairs.length - 1][0]; };
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const pad = (n, w = 2) => String(n).padStart(w, '0');
const CNUM = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];
const toFW = (s) => s.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

// ---------------------------------------------------------------- reference data
// county codes (GB/T 2260) with the city's area code and subscriber length (null = not used)
const CITIES = [
  { city: '深圳市', area: '0755', len: 8, zip: '518', counties: [['440303', '罗湖区'], ['440304', '福田区'], ['440305', '南山区'], ['440306', '宝安区'], ['440307', '龙岗区']] },
  { city: '广州市', area: '020', len: 8, zip: '510', counties: [['440103', '荔湾区'], ['440104', '越秀区'], ['440106', '天河区']] },
  { city: '北京市', area: '010', len: 8, zip: '100', counties: [['110101', '东城区'], ['110102', '西城区'], ['110105', '朝阳区'], ['110106', '丰台区'], ['110108', '海淀区']] },
  { city: '上海市', area: '021', len: 8, zip: '200', counties: [['310101', '黄浦区'], ['310104', '徐汇区'], ['310105', '长宁区'], ['310115', '浦东新区']] },
  { city: '杭州市', area: '0571', len: 8, zip: '310', counties: [['330102', '上城区'], ['330106', '西湖区'], ['330108', '滨江区'], ['330110', '余杭区']] },
  { city: '南京市', area: '025', len: 8, zip: '210', counties: [['320102', '玄武区'], ['320106', '鼓楼区']] },
  { city: '苏州市', area: '0512', len: 8, zip: '215', counties: [['320505', '虎丘区'], ['320506', '吴中区'], ['320582', '张家港市']] },
  { city: '武汉市', area: '027', len: 8, zip: '430', counties: [['420102', '江岸区'], ['420106', '武昌区'], ['420116', '黄陂区']] },
  { city: '成都市', area: '028', len: 8, zip: '610', counties: [['510104', '锦江区'], ['510107', '武侯区']] },
  { city: '重庆市', area: '023', len: 8, zip: '400', counties: [['500103', '渝中区'], ['500106', '沙坪坝区']] },
  { city: '西安市', area: '029', len: 8, zip: '710', counties: [['610102', '新城区'], ['610113', '雁塔区']] },
  { city: '兰州市', area: '0931', len: 7, zip: '730', counties: [['620102', '城关区'], ['620103', '七里河区']] },
  { city: '青岛市', area: '0532', len: 8, zip: '266', counties: [['370202', '市南区'], ['370203', '市北区']] },
  { city: '长沙市', area: '0731', len: 8, zip: '410', counties: [['430102', '芙蓉区'], ['430104', '岳麓区']] },
  { city: '天津市', area: '022', len: 8, zip: '300', counties: [['120101', '和平区'], ['120103', '河西区']] },
  { city: '沈阳市', area: '024', len: 8, zip: '110', counties: [['210102', '和平区'], ['210103', '沈河区']] },
  { city: '福州市', area: '0591', len: 8, zip: '350', counties: [['350102', '鼓楼区'], ['350103', '台江区']] },
  { city: '周口市', area: null, len: 0, zip: '466', counties: [['411602', '川汇区']] },
  { city: '乌鲁木齐市', area: null, len: 0, zip: '830', counties: [['650102', '天山区'], ['650103', '沙依巴克区'], ['650104', '新市区']] },
];
const XJ_COUNTIES = ['650102', '650103', '650104', '653101', '654002'];
const TIBET_COUNTIES = ['540102'];
const NM_COUNTIES = ['150102'];
const PROV_OK = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']);

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连'];
const SURN_W = SURNAMES.map((s, i) => [s, 1 / (i + 6)]);
const PLACE_SURN = new Set(SURNAMES.slice(0, 140));
const COMPOUND = ['欧阳', '上官', '皇甫', '令狐', '诸葛', '司徒', '司马', '申屠', '夏侯', '慕容', '尉迟', '长孙', '东方', '公孙', '端木', '南宫', '宇文', '呼延', '钟离', '闻人'];
const GIVEN = {
  m_old: ['建国', '建华', '国强', '德福', '永贵', '长生', '根生', '福生', '志刚', '国庆', '卫东', '红军', '德明', '振华', '玉堂', '树林', '文华', '春生', '金生', '保国', '洪涛', '庆丰', '明德', '富贵', '海洋', '立新', '志远', '忠', '贵', '发', '祥', '荣'],
  m_mid: ['伟', '强', '磊', '军', '勇', '杰', '涛', '斌', '超', '明', '刚', '平', '辉', '鹏', '飞', '鑫', '波', '凯', '健', '俊', '峰', '亮', '志强', '海涛', '建军', '晓东', '永强', '立军', '文斌', '少华', '国栋', '振宇', '海波', '卫国'],
  m_young: ['浩然', '子轩', '宇航', '俊杰', '梓豪', '一鸣', '博文', '皓轩', '宇轩', '子豪', '晨阳', '天佑', '思远', '嘉豪', '志鹏', '家豪', '明轩', '俊熙', '文博', '昊天', '宇', '浩', '帅', '旭', '阳', '睿', '哲'],
  f_old: ['秀英', '桂英', '玉兰', '秀兰', '凤英', '淑珍', '桂兰', '玉梅', '淑芬', '春梅', '翠花', '月娥', '秀珍', '素芬', '凤兰', '玉珍', '金凤', '美兰', '桂芳', '淑华', '秀芳', '兰英', '凤琴'],
  f_mid: ['芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '红', '玲', '萍', '丽华', '海燕', '晓燕', '雪梅', '丽娟', '晓丽', '美玲', '秀梅', '建英', '春燕', '桂香', '亚萍', '慧敏', '红梅'],
  f_young: ['欣怡', '梓涵', '子涵', '雨桐', '思琪', '诗涵', '梦瑶', '可馨', '一诺', '佳怡', '雨萱', '婷', '洁', '琳', '颖', '倩', '慧', '丹', '莉', '蕾', '薇', '悦', '晨曦', '若溪'],
};
const UY_M = ['买买提', '艾力', '阿不都', '吐尔逊', '艾克拜尔', '努尔艾力', '吾拉木', '库尔班', '司马义', '阿迪力', '麦麦提', '艾尔肯', '叶尔兰', '努尔兰'];
const UY_F = ['阿依古丽', '古丽娜尔', '热依拉', '迪丽娜尔', '帕提古丽', '阿依努尔', '古丽巴哈尔', '米日古丽', '祖丽胡玛尔', '努尔尼沙'];
const UY_2 = ['艾力', '吐尔逊', '买买提', '阿不都', '克里木', '艾买提', '库尔班', '司马义', '吾守尔', '阿吉', '托合提', '依明'];
const TIB = ['扎西', '次仁', '卓玛', '多吉', '央金', '平措', '顿珠', '拉姆', '格桑', '德吉'];
const MONGOL = ['巴特尔', '乌云其木格', '额尔敦', '斯琴高娃', '其其格', '朝鲁', '苏和', '那仁'];

const ROADS = ['中山路', '解放路', '人民路', '建设路', '和平路', '胜利路', '文化路', '新华路', '桃园路', '学府路', '长江路', '黄河路', '黄山路', '白石路', '高新南一道', '科技路', '朝阳路', '金沙路', '石油路', '南海大道', '龙华路', '江南大道', '华山路', '马家堡东路'];
const STREETS = ['桃源街道', '粤海街道', '沙河街道', '蛇口街道', '南头街道', '西丽街道', '华强北街道', '龙华街道', '万柳街道', '张江镇', '金杨新村街道', '高桥镇', '石门街道', '马坡镇', '黄埔街道', '李庄镇', '周家渡街道', '杨舍镇', '前川街道', '良渚街道'];
const COMMS = ['桃源', '平山', '福华', '白石洲', '华侨城', '沙河', '南头', '丽湾', '新安', '翠竹', '东门', '莲花', '梅林', '香蜜湖', '金地', '万象', '和平里', '长青', '江滨', '柳岸', '高新', '马家堡', '王家庄', '幸福'];
const ESTATES = ['碧海花园', '金地名苑', '万科城', '华润城', '阳光家园', '锦绣江南', '幸福里', '翠湖山庄', '龙湖春江', '世纪花园', '丽景苑', '江南苑', '林语苑', '白鹭湾', '东方明珠小区', '蓝天小区'];
const VILLAGES = ['王家村', '李庄村', '张家湾村', '刘家庄村', '陈家坝村', '赵庄村', '杨柳村', '何家庄村', '马家堡村', '黄泥村', '周家沟村', '孙家岭村', '高家营村', '吴家巷村', '石桥村', '朱家店村'];
const PROPCOS = ['万科物业', '金地物业', '碧桂园服务', '保利物业', '华润万象生活', '招商积余', '龙湖智创生活', '绿城服务', '彩生活', '长城物业', '中海物业'];
const BANKS = ['中国工商银行', '中国农业银行', '中国银行', '中国建设银行', '中国邮政储蓄银行', '农村商业银行', '招商银行', '兴业银行', '交通银行', '农村信用社'];
const SYL_S = ['wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he', 'gao', 'lin', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'yuan', 'pan', 'jiang', 'cai', 'yu', 'du', 'ye', 'cheng', 'su', 'wei', 'lv', 'ding', 'ren', 'shen', 'yao', 'lu', 'cui', 'zhong', 'tan', 'fan', 'jin', 'shi', 'liao', 'jia', 'xia', 'fang', 'bai', 'zou', 'meng', 'xiong', 'qin', 'qiu', 'ouyang', 'sima', 'shangguan'];
const SYL_G = ['wei', 'fang', 'na', 'min', 'jing', 'li', 'qiang', 'lei', 'jun', 'yong', 'yan', 'jie', 'juan', 'tao', 'ming', 'chao', 'xiu', 'ying', 'hua', 'hui', 'ping', 'gang', 'gui', 'lan', 'hong', 'xia', 'bo', 'peng', 'fei', 'xin', 'yu', 'hao', 'kai', 'jian', 'shuai', 'xu', 'ning', 'long', 'yang', 'dan', 'ting', 'qian', 'haiyan', 'xiaoyan', 'jianguo', 'zixuan', 'yuhang'];
const MAIL_DOM = [['qq.com', 20], ['163.com', 18], ['126.com', 10], ['sina.com', 5], ['foxmail.com', 5], ['139.com', 6], ['189.cn', 3], ['wo.cn', 1], ['outlook.com', 4], ['gmail.com', 3], ['aliyun.com', 2], ['sohu.com', 2], ['yeah.net', 2], ['sina.cn', 1], ['hotmail.com', 2]];
const MOB_PFX = [['13', 40], ['15', 25], ['18', 25], ['17', 6], ['19', 5], ['14', 2], ['16', 2]];
const MOB_3 = { '13': '0123456789', '15': '01235679', '18': '0123456789', '17': '01235678', '19': '0123589', '14': '57', '16': '2567' };
const IINS = [['621700', 19, 6], ['622202', 19, 6], ['622848', 19, 6], ['621661', 19, 4], ['621483', 16, 3], ['622588', 16, 2], ['622188', 19, 5], ['623668', 19, 3], ['621799', 19, 3], ['622908', 18, 2], ['621226', 19, 4], ['622700', 16, 2], ['621098', 19, 3], ['623059', 19, 4], ['622823', 19, 3], ['621467', 19, 3], ['623191', 19, 3]];
const IINS_CO = [['438088', 16, 1], ['436742', 16, 1], ['524047', 16, 1], ['552599', 16, 1], ['518710', 16, 1]];

// ---------------------------------------------------------------- value generators
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idCheck = (b) => { let s = 0; for (let i = 0; i < 17; i++) s += +b[i] * ID_W[i]; return '10X98765432'[s % 11]; };
const dim = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const randDate = (y1, y2) => { const y = ri(y1, y2), m = ri(1, 12); return { y, m, d: ri(1, dim(y, m)) }; };
function genID(region, b, male) {
  let seq;
  for (;;) {
    seq = pad(ri(0, 99)) + (male ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]));
    if (seq !== '000') break;
  }
  const body = region + b.y + pad(b.m) + pad(b.d) + seq;
  const id = body + idCheck(body);
  return id === '11010519491231002X' ? genID(region, b, male) : id;
}
function genMobile() {
  for (;;) {
    const p2 = wpick(MOB_PFX);
    const m = p2 + pick(MOB_3[p2]) + digits(8);
    if (!['13800138000', '13912345678', '18888888888'].includes(m) && !/^1740/.test(m)) return m;
  }
}
function luhnDigit(body) { let s = 0, dbl = true; for (let i = body.length - 1; i >= 0; i--) { let v = +body[i]; if (dbl) { v *= 2; if (v > 9) v -= 9; } s += v; dbl = !dbl; } return String((10 - (s % 10)) % 10); }
const luhnOk = (n) => luhnDigit(n.slice(0, -1)) === n.slice(-1);
function genCard(cobrand = false) {
  const [iin, len] = wpick((cobrand ? IINS_CO : IINS).map((x) => [x, x[2]]));
  const body = iin + digits(len - iin.length - 1);
  return body + luhnDigit(body);
}
function genLandline(city) { return { area: city.area, sub: String(ri(2, 8)) + digits(city.len - 1) }; }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function orgCheck(s8) { const w = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) { const c = s8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * w[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function usccCheck(s17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(s17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
function genUSCC(p2, region) {
  let b8 = chance(0.7) ? 'MA' : digits(2);
  while (b8.length < 8) b8 += chance(0.75) ? String(ri(0, 9)) : pick([...'ABCDEFGHJKLMNPQRTUWXY']);
  const s17 = p2 + region + b8 + orgCheck(b8);
  return s17 + usccCheck(s17);
}
function genEmail(p, mobile) {
  const dom = wpick(MAIL_DOM);
  if (['139.com', '189.cn', 'wo.cn'].includes(dom)) return { v: `${mobile || genMobile()}@${dom}`, inner: true };
  if (dom === 'qq.com' && chance(0.6)) return { v: `${ri(1, 9)}${digits(ri(4, 9))}@qq.com` };
  const s = pick(SYL_S), g = pick(SYL_G), y = p ? String(p.b.y) : String(ri(1960, 2004));
  const local = pick([`${s}${g}${chance(0.6) ? ri(1, 999) : ''}`, `${g}.${s}`, `${s}_${g}`, `${s[0]}${g[0]}${y}`, `${s}${g}${y.slice(2)}`, `${g}${s}${pick(['', '88', '666', '520', '2008'])}`, `${s}-${g}${ri(10, 99)}`, `${s}${y}`]);
  return { v: `${local}@${dom}` };
}

// ---------------------------------------------------------------- people
function hanName(male, era, forceSurname) {
  const sn = forceSurname || (chance(0.03) ? pick(COMPOUND) : wpick(SURN_W));
  const g = pick(GIVEN[(male ? 'm_' : 'f_') + era]);
  return sn + g;
}
function minorityName(male) {
  const r = rnd();
  if (r < 0.7) {
    const dot = wpick([['·', 90], ['•', 7], ['．', 3]]);
    return { name: (male ? pick(UY_M) : pick(UY_F)) + dot + pick(UY_2), region: pick(XJ_COUNTIES), nation: pick(['维吾尔族', '维吾尔族', '哈萨克族']) };
  }
  if (r < 0.85) { let a = pick(TIB), b = pick(TIB); while (b === a) b = pick(TIB); return { name: a + b, region: pick(TIBET_COUNTIES), nation: '藏族' }; }
  return { name: pick(MONGOL), region: pick(NM_COUNTIES), nation: '蒙古族' };
}
function mkPerson(ctx, o = {}) {
  const male = o.male ?? chance(0.5);
  const era = o.era || pick(['mid', 'mid', 'young', 'old']);
  const yr = o.years || (era === 'old' ? [1930, 1950] : era === 'young' ? [1984, 2006] : [1955, 1990]);
  const b = randDate(yr[0], yr[1]);
  let region = chance(0.65) ? pick(ctx.city.counties)[0] : pick(pick(CITIES).counties)[0];
  let name, nation = '汉族';
  if (!o.han && !o.surname && chance(o.minorityP ?? ctx.minorityP ?? 0.02)) {
    const mn = minorityName(male); name = mn.name; region = mn.region; nation = mn.nation;
  } else name = hanName(male, era, o.surname);
  const p = { name, male, era, b, region, nation };
  p.id = genID(region, b, male);
  return p;
}
// surname of a Han name (compound aware); undefined for minority names
const SURN_SET = new Set(SURNAMES);
const surnameOf = (name) => (/[·•．]/.test(name) ? undefined : COMPOUND.find((c) => name.startsWith(c)) || (SURN_SET.has(name[0]) ? name[0] : undefined));
const mob = (p) => (p.mobile ||= genMobile());
const card = (p, co = false) => (p.card ||= genCard(co));
const land = (p, ctx) => (p.land ||= ctx.city.area ? genLandline(ctx.city) : null);
const mail = (p) => (p.mail ||= genEmail(p, chance(0.7) ? mob(p) : null));

// ---------------------------------------------------------------- document + label helpers
class Doc {
  constructor(kind) { this.kind = kind; this.ents = new Map(); this.dcs = new Map(); this.decs = new Map(); this.raws = []; }
  e(det, value, raw = value) { const k = det + '\u0001' + value; if (!this.ents.has(k)) this.ents.set(k, { detector: det, value }); this.raws.push({ det, value, raw }); return raw; }
  c(det, value, raw = value) { const k = det + '\u0001' + value; if (!this.dcs.has(k)) this.dcs.set(k, { detector: det, value }); this.raws.push({ det, value, raw }); return raw; }
  x(kind, text) { if (!this.decs.has(text)) this.decs.set(text, { kind, text }); return text; }
}
function fmtMob(m) {
  const st = wpick([['bare', 72], ['sp', 7], ['dash', 7], ['+86', 4], ['+86-', 2], ['0086', 2], ['(+86)', 2], ['fw', 2], ['86', 2]]);
  switch (st) {
    case 'sp': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'dash': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case '+86': return `+86 ${m}`;
    case '+86-': return `+86-${m}`;
    case '0086': return `0086 ${m}`;
    case '(+86)': return `(+86)${m}`;
    case 'fw': return toFW(m);
    case '86': return `86${m}`;
    default: return m;
  }
}
function fmtId(id) {
  const r = rnd();
  if (r < 0.06 && id.endsWith('X')) return id.slice(0, 17) + 'x';
  if (r < 0.1) return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
  if (r < 0.12) return toFW(id);
  return id;
}
function fmtCard(c) {
  const r = rnd();
  if (r < 0.22) return c.replace(/(\d{4})(?=\d)/g, '$1 ');
  if (r < 0.27) return c.replace(/(\d{4})(?=\d)/g, '$1-');
  return c;
}
function fmtLand(l) {
  const a = l.area, s = l.sub, h = s.length === 8 ? 4 : 3;
  return wpick([[`${a}-${s}`, 40], [`(${a})${s}`, 10], [`（${a}）${s}`, 10], [`${a} ${s}`, 10], [`${a}${s}`, 10], [`${a}-${s.slice(0, h)}-${s.slice(h)}`, 6], [`+86 ${a.slice(1)} ${s.slice(0, h)} ${s.slice(h)}`, 4], [`0086-${a.slice(1)}-${s}`, 2]]);
}
const NAME = (d, p, padOk = false) => {
  let raw = p.name;
  if ([...p.name].length === 2 && chance(padOk ? 0.45 : 0.04)) raw = p.name[0] + pick(['　', '  ', ' ']) + p.name[1];
  return d.e('person_name_zh', p.name, raw);
};
const ID = (d, p) => d.e('cn_resident_id', p.id, fmtId(p.id));
const MOB = (d, m) => d.e('cn_mobile', m, fmtMob(m));
const LAND = (d, l) => d.e('cn_landline', l.area + l.sub, fmtLand(l));
const CARD = (d, c) => d.e('bank_card', c, fmtCard(c));
function EMAIL(d, em) {
  let raw = em.v;
  const r = rnd();
  if (r < 0.08) raw = raw.replace(/^[a-z]/, (c) => c.toUpperCase()).replace(/\.([a-z])/, (m, c) => '.' + c.toUpperCase());
  else if (r < 0.1) raw = raw.replace('@', '＠');
  else if (r < 0.12) raw = raw.toUpperCase();
  d.e('email', em.v, raw);
  if (em.inner) { const inner = em.v.slice(0, 11); d.e('cn_mobile', inner, inner); }
  return raw;
}
const PHONE = (d, p, ctx, landP = 0) => { const l = chance(landP) ? land(p, ctx) : null; return l ? LAND(d, l) : MOB(d, mob(p)); };
const OFFICE = (d, ctx) => { if (!ctx.city.area) return null; ctx.office ||= genLandline(ctx.city); const l = ctx.office; return d.c('cn_landline', l.area + l.sub, chance(0.5) ? `${l.area}-${l.sub}` : fmtLand(l)); };
const PL = (d, t) => (PLACE_SURN.has(t[0]) ? d.x('place', t) : t);
// decoys
const fmtDate = (dt, st = ri(0, 5)) => [`${dt.y}-${pad(dt.m)}-${pad(dt.d)}`, `${dt.y}/${dt.m}/${dt.d}`, `${dt.y}年${dt.m}月${dt.d}日`, `${dt.y}.${pad(dt.m)}.${pad(dt.d)}`, `${dt.y}${pad(dt.m)}${pad(dt.d)}`, `${dt.y}-${pad(dt.m)}-${pad(dt.d)}`][st];
const DATE = (d, y1 = 2022, y2 = 2025, st) => d.x('date', fmtDate(randDate(y1, y2), st));
const roomText = () => { const b = ri(1, 32), u = ri(1, 4), f = ri(1, 33), r = ri(1, 8); return pick([`${b}-${u}-${f}${pad(r)}`, `${b}栋${u}单元${f}${pad(r)}`, `${b}栋${f}${pad(r)}`, `${b}-${f}${pad(r)}`, `${b}幢${u}单元${f}0${r}室`, `${pick([...'ABCDE'])}座${f}${pad(r)}`, `${b}号楼${u}-${f}${pad(r)}`, `${b}-${u}-${f}${pad(r)}`]); };
const ROOM = (d) => d.x('room_no', roomText());
const AMT = (d, a, b) => d.x('amount', pick([`${ri(a, b)}.00`, `${ri(a, b)}`, `${ri(a, b)}.${pick(['50', '00', '80'])}`, `¥${ri(a, b)}.00`, `${ri(a, b)}元`]));
const MASKNAME = (name) => { const c = [...name]; if (c.length === 2) return c[0] + pick(['*', '＊', '某']); if (COMPOUND.includes(c[0] + c[1])) return c[0] + c[1] + '*'.repeat(c.length - 2); return pick([c[0] + '*' + c.slice(2).join(''), c[0] + '**', c[0] + '某某']); };
const MASKID = (id) => pick([id.slice(0, 4) + '*'.repeat(10) + id.slice(14), id.slice(0, 6) + '********' + id.slice(14), id.slice(0, 3) + '*'.repeat(11) + id.slice(14), id.slice(0, 6) + '**********' + id.slice(16), id.slice(0, 1) + '*'.repeat(16) + id.slice(17)]);
const MASKMOB = (m) => pick([m.slice(0, 3) + '****' + m.slice(7), m.slice(0, 3) + 'xxxx' + m.slice(7), m.slice(0, 3) + '*****' + m.slice(8), '尾号' + m.slice(7)]);
const MASKCARD = (c) => pick([c.slice(0, 4) + ' **** **** ' + c.slice(-4), c.slice(0, 6) + '*'.repeat(c.length - 10) + c.slice(-4), '尾号' + c.slice(-4), '**** ' + c.slice(-4)]);
const gridNo = (ctx) => pick([ctx.county[0] + pad(ri(1, 12), 3) + pad(ri(1, 40), 3), `G${ctx.county[0]}-${pad(ri(1, 12), 3)}-${pad(ri(1, 40), 3)}`, `${pick(['NS', 'FT', 'LG', 'BA'])}-${pad(ri(1, 12))}-${pad(ri(1, 40), 3)}`, `第${ri(1, 40)}网格`]);
const ZIP = (d, ctx) => d.x('postcode', ctx.city.zip + pad(ri(0, 120), 3));
const ORDERNO = () => pick([`${ri(2022, 2025)}${pad(ri(1, 12))}${pad(ri(1, 28))}${digits(10)}`, `GD${ri(2022, 2025)}${pad(ri(1, 12))}${pad(ri(1, 28))}${digits(5)}`, `${ri(22, 25)}${pad(ri(1, 12))}${pad(ri(1, 28))}${digits(8)}`, `${ri(2022, 2025)}${pad(ri(1, 12))}${pad(ri(1, 28))}${digits(11)}`]);

// ---------------------------------------------------------------- table rendering
const dw = (s) => { let w = 0; for (const ch of s) w += /[\u1100-\uFFFF]/.test(ch) ? 2 : 1; return w; };
const STYLES = [['csv', 16], ['tsv', 18], ['pipe', 10], ['md', 10], ['fixed', 14], ['fw', 8], ['kv', 12], ['semi', 4], ['pipe2', 4]];
function render(headers, rows, style) {
  const q = (sep) => (c) => (c.includes(sep) || c.includes('"') ? '"' + c.replace(/"/g, '""') + '"' : c);
  const all = headers ? [headers, ...rows] : rows;
  switch (style) {
    case 'csv': return all.map((r) => r.map(q(',')).join(',')).join('\n');
    case 'semi': return all.map((r) => r.map(q(';')).join(';')).join('\n');
    case 'tsv': return all.map((r) => r.join('\t')).join('\n');
    case 'pipe': return all.map((r) => r.join(' | ')).join('\n');
    case 'pipe2': return all.map((r) => r.join('|')).join('\n');
    case 'fw': return all.map((r) => r.join('，')).join('\n');
    case 'md': { const out = all.map((r) => '| ' + r.map((c) => c || ' ').join(' | ') + ' |'); if (headers) out.splice(1, 0, '|' + headers.map(() => '---').join('|') + '|'); return out.join('\n'); }
    case 'fixed': {
      const w = all[0].map((_, i) => Math.max(...all.map((r) => dw(r[i] || ''))));
      return all.map((r) => r.map((c, i) => c + ' '.repeat(w[i] - dw(c) + 2)).join('').trimEnd()).join('\n');
    }
  }
  throw new Error('style ' + style);
}
// cols: [{h:[header variants], cell:(d,row,style)=>string, req, p, fixed}]
function table(d, cols, rowObjs, o = {}) {
  let chosen = cols.filter((c) => c.req || chance(c.p ?? 0.5));
  if (chance(0.5)) { const f = chosen.filter((c) => c.fixed), r = shuffle(chosen.filter((c) => !c.fixed)); chosen = [...f, ...r]; }
  const style = o.style || wpick(STYLES);
  const hdr = chosen.map((c) => pick(c.h));
  if (style === 'kv') {
    const kvsep = pick(['：', ':', '：']), fsep = pick(['，', '；', '  ', ', ', ' | ', '　']);
    return rowObjs.map((r, i) => `${i + 1}${pick(['.', '、', ')', '. '])}${chosen.filter((c) => !c.noKv).map((c) => { const v = c.cell(d, r, style); return `${hdr[chosen.indexOf(c)]}${kvsep}${v}`; }).join(fsep)}`).join('\n');
  }
  const rows = rowObjs.map((r, i) => chosen.map((c) => c.cell(d, r, style, i)));
  return render(chance(o.noHeaderP ?? 0.06) ? null : hdr, rows, style);
}
// per-row record numbers that look like personal numbers but are not (unique per row -> decoys)
const yr2 = () => ri(2019, 2025);
const RECNO = {
  grid: [['人员编号', '档案号', '户档案编号'], () => pick([`RK${yr2()}${digits(8)}`, `${ri(1, 9)}${digits(8)}`, `DA-${yr2()}-${pad(ri(1, 9999), 5)}`])],
  dibao: [['低保证号', '救助证编号', '档案编号'], () => pick([`DB${yr2()}${digits(6)}`, `${ri(1, 9)}${digits(11)}`, `第${yr2()}${pad(ri(1, 9999), 4)}号`])],
  gaoling: [['发放流水号', '代发批次号', '交易流水号'], () => pick([`${yr2()}${pad(ri(1, 12))}${pad(ri(1, 28))}${digits(11)}`, `${yr2()}${pad(ri(1, 12))}${pad(ri(1, 28))}${digits(10)}`, `PF${yr2()}${digits(10)}`])],
  vax: [['预约码', '登记编号', '受种者编码'], () => pick([`${digits(6)}`, `YM${digits(10)}`, `${ri(31, 65)}${digits(12)}`])],
  volunteer: [['报名序号', '问卷编号'], () => pick([`BM${digits(7)}`, `${yr2()}${digits(9)}`])],
  owners: [['不动产权证号', '房产证号', '合同编号'], () => pick([(([a, b]) => `${a}(${ri(2008, 2024)})${b}不动产权第${pad(ri(1, 999999), 7)}号`)(pick([['粤', '深圳市'], ['粤', '广州市'], ['京', '北京市'], ['浙', '杭州市'], ['苏', '南京市'], ['鄂', '武汉市'], ['川', '成都市']])), `HT-${yr2()}-${digits(6)}`, `${digits(2)}${yr2()}${digits(8)}`])],
  parking: [['停车卡号', '月卡编号', 'ETC卡号'], () => pick([`${digits(10)}`, `TC${digits(8)}`, `${pick([1, 2, 3, 7, 8, 9])}${digits(15)}`])],
  party: [['党员档案号', '组织关系介绍信编号'], () => pick([`DY${yr2()}${digits(6)}`, `${ri(1, 9)}${digits(9)}`])],
  veteran: [['信息采集编号', '档案编号'], () => pick([`TY${ri(41, 65)}${digits(10)}`, `${ri(1, 9)}${digits(13)}`])],
  disability: [['补贴发放流水号', '审批编号'], () => pick([`${yr2()}${pad(ri(1, 12))}${pad(ri(1, 28))}${digits(10)}`, `CL${yr2()}${digits(7)}`])],
  dividend: [['分红流水号', '交易流水号'], () => pick([`${yr2()}${pad(ri(1, 12))}${pad(ri(1, 28))}${digits(11)}`, `${yr2()}${digits(14)}`])],
  landcomp: [['协议编号', '补偿协议号'], () => pick([`ZD-${yr2()}-${pad(ri(1, 9999), 4)}`, `${yr2()}${digits(8)}`])],
};
const RECCOL = (kind, p = 0.9) => ({ h: RECNO[kind][0], p, cell: (d) => d.x('record_no', RECNO[kind][1]()) });
const TIMECOL = (h, p = 0.6, y1 = 2022, y2 = 2025) => ({ h, p, cell: (d) => d.x('timestamp', `${fmtDate(randDate(y1, y2), pick([0, 3, 1]))} ${pad(ri(7, 21))}:${pad(ri(0, 59))}${chance(0.5) ? ':' + pad(ri(0, 59)) : ''}`) });
const SEQ = { h: ['序号', '编号', 'No', '#', '序'], req: true, fixed: true, noKv: true, cell: (d, r, s, i) => String(r.i) };
function nRows() { const r = rnd(); if (r < 0.12) return ri(1, 3); if (r < 0.45) return ri(4, 12); if (r < 0.8) return ri(13, 28); if (r < 0.95) return ri(29, 50); return ri(51, 80); }

function mkCtx(o = {}) {
  const city = o.city || pick(CITIES);
  const county = pick(city.counties);
  return { city, county, street: pick(STREETS), comm: pick(COMMS) + '社区', estate: pick(ESTATES), year: ri(2022, 2025), minorityP: city.city === '乌鲁木齐市' ? 0.35 : 0.02, ...o };
}
const HEAD = (d, ctx) => `${ctx.city.city}${PL(d, ctx.county[1])}${PL(d, ctx.street)}${PL(d, ctx.comm)}`;
const SURWORDS = ['付款', '余额', '周六', '周日', '周一', '关于', '高温', '马上', '金额', '安全', '方案', '常见', '完成', '明白', '文件', '程序'];

// ---------------------------------------------------------------- kinds
const KINDS = {};

KINDS.grid = (d) => {
  const ctx = mkCtx(); const w = mkPerson(ctx, { era: 'mid', han: true });
  const out = [`${HEAD(d, ctx)} 第${ri(1, 15)}网格${pick(['入户走访台账', '走访登记表', '人口信息采集表', '网格走访记录', '实有人口底数台账'])}`];
  out.push(`网格员${pick(['：', ':'])}${NAME(d, w)}${pick(['　', '  ', '，'])}${pick(['联系电话', '手机', '电话'])}${pick(['：', ':'])}${MOB(d, mob(w))}${pick(['　', '  ', '，'])}网格编号：${d.x('grid_no', gridNo(ctx))}`);
  out.push(`采集时间：${DATE(d)}`);
  const rows = Array.from({ length: nRows() }, (_, i) => {
    const head = mkPerson(ctx, { era: pick(['old', 'mid', 'mid']) });
    const fam = Array.from({ length: ri(0, 3) }, () => {
      const rel = pick(['妻', '夫', '子', '女', '母', '父', '孙', '儿媳']);
      const sn = ['子', '女', '孙'].includes(rel) ? surnameOf(head.name) : undefined;
      return { rel, p: mkPerson(ctx, { male: ['夫', '子', '父', '孙'].includes(rel), era: rel === '孙' ? 'young' : ['母', '父'].includes(rel) ? 'old' : 'mid', surname: sn, han: !!sn }) };
    });
    return { i: i + 1, head, fam };
  });
  const cols = [SEQ, RECCOL('grid'), TIMECOL(['登记时间', '核查时间'], 0.7),
    { h: ['房号', '门牌号', '楼栋房号', '住址'], req: true, cell: (d) => ROOM(d) },
    { h: ['户主', '户主姓名', '户主名'], req: true, cell: (d, r, s) => NAME(d, r.head, s === 'fixed') },
    { h: ['身份证号', '身份证号码', '公民身份号码', '证件号码'], req: true, cell: (d, r) => ID(d, r.head) },
    { h: ['联系电话', '手机', '电话', '联系方式'], req: true, cell: (d, r) => PHONE(d, r.head, ctx, r.head.era === 'old' ? 0.5 : 0.05) },
    { h: ['家庭成员', '同住人员', '共同居住人'], p: 0.8, cell: (d, r) => r.fam.length ? r.fam.map((f) => `${f.rel}${pick([' ', ':', ''])}${NAME(d, f.p)}${chance(0.3) ? '(' + ID(d, f.p) + ')' : ''}`).join(pick(['、', '；', '/'])) : pick(['无', '独居', '—']) },
    { h: ['人口数', '家庭人口', '在册人数'], p: 0.5, cell: (d, r) => String(r.fam.length + 1) },
    { h: ['户号', '户籍号'], p: 0.4, cell: (d) => d.x('household_no', String(ri(1, 9)) + digits(8)) },
    { h: ['走访日期', '走访时间', '登记日期'], p: 0.6, cell: (d) => DATE(d, ctx.year, ctx.year) },
    { h: ['类别', '备注', '重点人群'], p: 0.6, cell: () => pick(['独居老人', '空巢老人', '低保户', '残疾人', '租户', '常住', '流动人口', '—', '']) },
  ];
  out.push(table(d, cols, rows));
  if (chance(0.5)) out.push(`网格编号说明：${d.x('grid_no', gridNo(ctx))} 为本网格统一编码；如有疑问请拨打 ${d.x('hotline', '12345')} 或联系社区工作站 ${OFFICE(d, ctx) || '（无）'}`);
  return out.join('\n');
};

KINDS.dibao = (d) => {
  const ctx = mkCtx(); const rural = chance(0.5);
  const out = [`${HEAD(d, ctx)}${ctx.year}年${ri(1, 12)}月${pick(['城乡最低生活保障对象名册', '低保对象花名册', '特困供养人员名单', '困难群众帮扶台账', '低保边缘家庭名单'])}`];
  if (chance(0.5)) out.push(pick(['（内部资料，严禁外传）', '【仅限民政系统内部使用】', '备注：本表不得公开，公示请使用脱敏版本']));
  const rows = Array.from({ length: nRows() }, (_, i) => ({ i: i + 1, p: mkPerson(ctx, { era: pick(['old', 'mid']) }), vg: rural ? PL(d, pick(VILLAGES)) + pick([`第${CNUM[ri(1, 12)]}村民小组`, `${CNUM[ri(1, 9)]}组`]) : null, n: ri(1, 6), passbook: chance(0.08) }));
  const cols = [SEQ, RECCOL('dibao'), TIMECOL(['审批时间', '录入时间'], 0.7),
    { h: rural ? ['村民小组', '组别', '所属村组'] : ['社区', '所属社区', '居委会'], req: true, cell: (d, r) => (rural ? d.x('village_group', r.vg) : PL(d, ctx.comm)) },
    { h: ['户主姓名', '户主', '保障对象', '姓名'], req: true, cell: (d, r, s) => NAME(d, r.p, s === 'fixed') },
    { h: ['身份证号', '身份证号码', '证件号'], req: true, cell: (d, r) => ID(d, r.p) },
    { h: ['保障人口', '人数', '享受人数'], p: 0.7, cell: (d, r) => String(r.n) },
    { h: ['类别', '保障类别'], p: 0.5, cell: () => pick(['A类', 'B类', 'C类', '特困', '低保', '边缘']) },
    { h: ['月保障金(元)', '保障金额', '月发放金额', '金额（元）'], req: true, cell: (d) => AMT(d, 300, 2600) },
    { h: ['开户银行', '开户行'], p: 0.5, cell: () => pick(BANKS) },
    { h: ['银行卡号', '账号', '存折账号', '社保卡金融账号', '收款账号'], req: true, cell: (d, r) => { if (r.passbook) { const acct = '62' + digits(17); const v = luhnOk(acct) ? acct.slice(0, 18) + ((+acct[18] + 1) % 10) : acct; return d.c('bank_card', v); } return CARD(d, card(r.p)); } },
    { h: ['联系电话', '电话', '手机'], p: 0.6, cell: (d, r) => (chance(0.1) ? pick(['无', '—', '']) : PHONE(d, r.p, ctx, r.p.era === 'old' ? 0.35 : 0)) },
  ];
  out.push(table(d, cols, rows));
  const mk = mkPerson(ctx, { era: 'mid', han: true });
  out.push(`制表人：${NAME(d, mk)}　审核：${pick(['民政专干', '社区书记', '街道民政办'])}　联系电话：${OFFICE(d, ctx) || MOB(d, mob(mk))}　制表日期：${DATE(d, ctx.year, ctx.year, 2)}`);
  return out.join('\n');
};

KINDS.gaoling = (d) => {
  const ctx = mkCtx();
  const out = [`${HEAD(d, ctx)}${ctx.year}年第${ri(1, 4)}季度${pick(['高龄老人津贴发放花名册', '80周岁以上老年人高龄补贴发放表', '高龄津贴发放明细', '老年人高龄补贴名单（发放）'])}`];
  const mode = pick(['bank', 'sscard', 'ssnum']);
  const rows = Array.from({ length: nRows() }, (_, i) => { const p = mkPerson(ctx, { era: 'old', years: [1928, 1944] }); const kin = chance(0.5) ? { rel: pick(['子', '女', '儿媳', '女婿', '孙']), p: mkPerson(ctx, { era: 'mid', surname: chance(0.5) ? surnameOf(p.name) : undefined, han: true }) } : null; return { i: i + 1, p, kin }; });
  const age = (p) => ctx.year - p.b.y;
  const cols = [SEQ, RECCOL('gaoling'), TIMECOL(['到账时间', '发放时间'], 0.7),
    { h: ['姓名', '老人姓名', '享受对象'], req: true, fixed: true, cell: (d, r, s) => NAME(d, r.p, s === 'fixed') },
    { h: ['性别'], p: 0.7, cell: (d, r) => (r.p.male ? '男' : '女') },
    { h: ['出生年月', '出生日期'], p: 0.5, cell: (d, r) => d.x('date', pick([`${r.p.b.y}.${pad(r.p.b.m)}`, `${r.p.b.y}-${pad(r.p.b.m)}-${pad(r.p.b.d)}`, `${r.p.b.y}年${r.p.b.m}月`])) },
    { h: ['年龄', '周岁'], p: 0.6, cell: (d, r) => String(age(r.p)) },
    { h: ['身份证号', '身份证号码', '公民身份号码'], req: true, cell: (d, r) => ID(d, r.p) },
    { h: ['补贴标准', '标准(元/月)'], p: 0.5, cell: (d, r) => d.x('amount', String(age(r.p) >= 90 ? pick([300, 500]) : pick([100, 150, 200]))) },
    { h: ['发放金额', '本期金额（元）', '金额'], req: true, cell: (d) => AMT(d, 300, 1800) },
    ...(mode === 'bank' ? [{ h: ['银行卡号', '代发账号', '收款卡号'], req: true, cell: (d, r) => CARD(d, card(r.p)) }] :
      mode === 'sscard' ? [{ h: ['社保卡号', '社会保障卡卡号'], req: true, cell: (d) => d.x('sscard_no', pick([...'ABFJNRTUY']) + digits(8)) }, { h: ['社保卡金融账号', '社保卡银行账号'], req: true, cell: (d, r) => CARD(d, card(r.p)) }] :
        [{ h: ['社会保障号码', '社保号'], req: true, cell: (d, r) => d.e('cn_resident_id', r.p.id) }, { h: ['社保卡号（银行）', '社保卡卡号', '账号'], req: true, cell: (d, r) => CARD(d, card(r.p)) }]),
    { h: ['联系电话', '家庭电话', '座机'], p: 0.7, cell: (d, r) => (ctx.city.area && chance(0.6) ? LAND(d, land(r.p, ctx)) : MOB(d, mob(r.p))) },
    { h: ['代领人', '监护人/家属', '紧急联系人'], p: 0.6, cell: (d, r) => (r.kin ? `${r.kin.rel} ${NAME(d, r.kin.p)} ${MOB(d, mob(r.kin.p))}` : pick(['本人', '—', ''])) },
  ];
  out.push(table(d, cols, rows));
  out.push(`合计：${rows.length}人。经办人：${NAME(d, mkPerson(ctx, { era: 'mid', han: true }))}　复核：${pick(['街道民政办', '社区居委会'])}　${DATE(d, ctx.year, ctx.year, 2)}`);
  return out.join('\n');
};

KINDS.vax = (d) => {
  const ctx = mkCtx();
  const what = pick(['新冠疫苗接种登记表', '核酸检测登记名单', '流感疫苗预约登记', '老年人免费体检登记表', '带状疱疹疫苗预约名单']);
  const out = [`${PL(d, ctx.comm)}${what}（${DATE(d, ctx.year, ctx.year)}）`, `接种/检测点：${PL(d, pick(ROADS))}${ri(1, 300)}号${pick(['社康中心', '社区卫生服务站', '党群服务中心'])}`];
  const rows = Array.from({ length: nRows() }, (_, i) => { const p = mkPerson(ctx, {}); const doc = wpick([['id', 90], ['pp', 6], ['hk', 4]]); if (doc === 'pp') p.pp = pick(['E', 'E', 'G']) === 'G' ? 'G' + digits(8) : chance(0.5) ? 'E' + digits(8) : 'E' + pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ']) + digits(7); if (doc === 'hk') p.hk = 'C' + digits(8); return { i: i + 1, p, doc }; });
  const cols = [SEQ, RECCOL('vax'), TIMECOL(['登记时间', '接种时间'], 0.7),
    { h: ['姓名', '受种者姓名', '被检人'], req: true, fixed: true, cell: (d, r, s) => NAME(d, r.p, s === 'fixed') },
    { h: ['性别'], p: 0.6, cell: (d, r) => (r.p.male ? '男' : '女') },
    { h: ['年龄'], p: 0.4, cell: (d, r) => String(ctx.year - r.p.b.y) },
    { h: ['证件类型'], req: true, cell: (d, r) => ({ id: pick(['身份证', '居民身份证']), pp: '护照', hk: '港澳通行证' })[r.doc] },
    { h: ['证件号码', '证件号'], req: true, cell: (d, r) => (r.doc === 'id' ? ID(d, r.p) : r.doc === 'pp' ? d.e('cn_passport', r.p.pp) : d.c('cn_passport', r.p.hk)) },
    { h: ['手机号码', '联系电话', '手机'], req: true, cell: (d, r) => MOB(d, mob(r.p)) },
    { h: ['楼栋房号', '住址', '房号'], p: 0.6, cell: (d) => ROOM(d) },
    { h: ['剂次', '第几针'], p: 0.4, cell: () => pick(['第1剂', '第2剂', '加强针', '1', '2', '3']) },
    { h: ['疫苗批号', '批号'], p: 0.5, cell: (d) => d.x('batch_no', pick([`${ri(2021, 2024)}${pad(ri(1, 12))}${pick([...'ABCDJ'])}${digits(3)}`, `J${ri(2021, 2024)}${digits(4)}`, `${digits(9)}`])) },
    { h: ['采样管码', '试管编码', '条码'], p: 0.35, cell: (d) => d.x('tube_no', pick([`${ri(31, 44)}${digits(11)}`, `${digits(10)}`, `HS${digits(12)}`])) },
    { h: ['接种日期', '登记时间', '预约日期'], p: 0.5, cell: (d) => DATE(d, ctx.year, ctx.year) },
  ];
  out.push(table(d, cols, rows));
  out.push(`咨询电话：${OFFICE(d, ctx) || d.x('hotline', '12320')}；反映问题可拨打 ${d.x('hotline', '12345')}。`);
  return out.join('\n');
};

KINDS.volunteer = (d) => {
  const ctx = mkCtx();
  const act = pick(['垃圾分类督导', '敬老院探访', '疫情防控值守', '文明交通劝导', '社区义诊', '四点半课堂', '反诈宣传', '防汛巡查']);
  const out = [`${PL(d, ctx.comm)}${pick(['志愿者报名表', '志愿服务队招募报名汇总', '“' + act + '”志愿者报名信息', '青年志愿者登记表'])}`];
  if (chance(0.4)) out.push(`活动时间：${d.x('word', pick(['周六上午', '周日下午', '周六全天', '周一至周五晚']))} ${DATE(d, ctx.year, ctx.year)}　集合地点：${PL(d, pick(ROADS))}${ri(1, 200)}号`);
  const rows = Array.from({ length: nRows() }, (_, i) => { const p = mkPerson(ctx, { era: pick(['young', 'mid', 'young']) }); const ec = chance(0.5) ? mkPerson(ctx, { era: 'mid' }) : null; return { i: i + 1, p, ec }; });
  const form = chance(0.25);
  if (form) {
    rows.forEach((r) => {
      out.push(`——— 第${r.i}份 ———`);
      out.push(`姓名：${NAME(d, r.p)}\n性别：${r.p.male ? '男' : '女'}\n手机号：${MOB(d, mob(r.p))}\n电子邮箱：${EMAIL(d, mail(r.p))}`);
      if (chance(0.6)) out.push(`身份证号（用于购买保险）：${ID(d, r.p)}`);
      out.push(`服务意向：${act}　可服务时间：${d.x('word', pick(['周六', '周日', '周末', '周一晚上', '周三下午']))}`);
      if (r.ec) out.push(`紧急联系人：${NAME(d, r.ec)}　电话：${MOB(d, mob(r.ec))}`);
      out.push(`志愿者编号：${d.x('volunteer_no', pick([`ZYZ${ri(2019, 2025)}${digits(6)}`, `${ctx.county[0]}-${digits(5)}`, `V${digits(8)}`]))}　提交时间：${d.x('date', `${fmtDate(randDate(ctx.year, ctx.year), 0)} ${pad(ri(7, 22))}:${pad(ri(0, 59))}`)}`);
    });
  } else {
    const cols = [SEQ, RECCOL('volunteer'), TIMECOL(['提交时间', '报名时间'], 0.7),
      { h: ['姓名', '志愿者姓名', '名字'], req: true, fixed: true, cell: (d, r, s) => NAME(d, r.p, s === 'fixed') },
      { h: ['性别'], p: 0.5, cell: (d, r) => (r.p.male ? '男' : '女') },
      { h: ['手机', '手机号', '联系电话'], req: true, cell: (d, r) => MOB(d, mob(r.p)) },
      { h: ['邮箱', '电子邮箱', 'E-mail', 'Email'], req: true, cell: (d, r) => EMAIL(d, mail(r.p)) },
      { h: ['身份证号', '身份证号码'], p: 0.6, cell: (d, r) => ID(d, r.p) },
      { h: ['政治面貌'], p: 0.4, cell: () => pick(['群众', '共青团员', '中共党员']) },
      { h: ['可服务时间', '服务时段'], p: 0.5, cell: (d) => d.x('word', pick(['周六上午', '周日', '周末全天', '周一晚上', '周五下午'])) },
      { h: ['志愿者编号', '注册编号'], p: 0.5, cell: (d) => d.x('volunteer_no', pick([`ZYZ${ri(2019, 2025)}${digits(6)}`, `V${digits(8)}`])) },
      { h: ['紧急联系人'], p: 0.5, cell: (d, r) => (r.ec ? `${NAME(d, r.ec)} ${MOB(d, mob(r.ec))}` : '—') },
      { h: ['累计服务时长', '时长(小时)'], p: 0.4, cell: (d) => d.x('amount', `${ri(0, 300)}${pick(['', '.5'])}`) },
    ];
    out.push(table(d, cols, rows));
  }
  out.push(`报名咨询：${PL(d, ctx.comm)}党群服务中心 ${OFFICE(d, ctx) || ''}　邮箱：${d.c('email', `${pick(SYL_S)}sq_zyz@${pick(['163.com', '126.com'])}`)}`);
  return out.join('\n');
};

KINDS.owners = (d) => {
  const ctx = mkCtx(); const co = pick(PROPCOS);
  const out = [`${PL(d, ctx.estate)}${pick(['业主通讯录（内部资料 请勿外传）', '业主信息登记表', `${ri(1, 20)}栋业主联系方式`, '业主名册（业委会选举用）'])}`];
  const rows = Array.from({ length: nRows() }, (_, i) => ({ i: i + 1, p: mkPerson(ctx, { era: pick(['mid', 'mid', 'young', 'old']) }), p2: chance(0.2) ? mkPerson(ctx, { era: 'mid' }) : null }));
  const cols = [SEQ, RECCOL('owners'), TIMECOL(['登记时间', '更新时间'], 0.7),
    { h: ['房号', '房屋编号', '门牌'], req: true, fixed: true, cell: (d) => ROOM(d) },
    { h: ['业主姓名', '业主', '产权人'], req: true, cell: (d, r, s) => NAME(d, r.p, s === 'fixed') + (r.p2 ? pick(['、', '/', ' ']) + NAME(d, r.p2) : '') },
    { h: ['手机', '联系电话', '手机号码'], req: true, cell: (d, r) => MOB(d, mob(r.p)) },
    { h: ['备用电话', '家庭座机', '其他电话'], p: 0.4, cell: (d, r) => (chance(0.5) ? (ctx.city.area ? LAND(d, land(r.p, ctx)) : '') : r.p2 ? MOB(d, mob(r.p2)) : '') },
    { h: ['邮箱', '电子邮箱', 'Email'], p: 0.55, cell: (d, r) => (chance(0.85) ? EMAIL(d, mail(r.p)) : '') },
    { h: ['身份证号'], p: 0.3, cell: (d, r) => ID(d, r.p) },
    { h: ['建筑面积', '面积(㎡)'], p: 0.5, cell: (d) => d.x('area', `${ri(45, 180)}.${pad(ri(0, 99))}${pick(['', '㎡', 'm²'])}`) },
    { h: ['车位', '车位号'], p: 0.3, cell: (d) => (chance(0.6) ? d.x('parking_no', `${pick(['B1-', 'B2-', '地下A区', 'C'])}${pad(ri(1, 400), 3)}`) : '无') },
    { h: ['物业费代扣账户', '代扣卡号', '扣款账号'], p: 0.25, cell: (d, r) => CARD(d, card(r.p, chance(0.2))) },
    { h: ['入住日期', '收房时间'], p: 0.4, cell: (d) => DATE(d, 2008, 2024) },
  ];
  out.push(table(d, cols, rows));
  const foot = [`${d.x('company', co)}${PL(d, ctx.estate)}服务中心`, `客服电话：${OFFICE(d, ctx) || MOB(d, genMobile())}`, `全国服务热线：${d.x('hotline', `400-${ri(100, 999)}-${digits(4)}`)}`];
  if (chance(0.4)) { const u = genUSCC('91', ctx.county[0]); foot.push(`统一社会信用代码：${d.e('cn_uscc', u)}`); }
  if (chance(0.3)) foot.push(`服务邮箱：${d.c('email', `service_${pick(SYL_S)}@${pick(['vanke.com', 'gemdale.com', '163.com'])}`)}`);
  out.push(foot.join(pick(['\n', '　'])));
  return out.join('\n');
};

KINDS.parking = (d) => {
  const ctx = mkCtx();
  const out = [`${PL(d, ctx.estate)}${pick(['地下停车位登记表', '车位租赁登记', '月卡车辆登记名单', '产权车位业主登记'])}`];
  const prov = pick(['粤', '京', '沪', '浙', '苏', '鄂', '川', '渝', '陕', '甘', '鲁', '湘', '津', '辽', '闽']);
  const rows = Array.from({ length: nRows() }, (_, i) => ({ i: i + 1, p: mkPerson(ctx, { era: pick(['mid', 'young']) }) }));
  const cols = [SEQ, RECCOL('parking'), TIMECOL(['登记时间', '入场时间'], 0.7),
    { h: ['车位号', '车位编号'], req: true, fixed: true, cell: (d) => d.x('parking_no', `${pick(['B1-', 'B2-', 'A', 'B', '地下', 'F1-'])}${pad(ri(1, 500), 3)}`) },
    { h: ['车牌号', '车牌'], req: true, cell: () => `${prov}${pick([...'ABCDEFGH'])}${pick(['', '·'])}${pick([...'0123456789DFABCKLM'])}${digits(4)}` },
    { h: ['车主', '业主姓名', '登记人'], req: true, cell: (d, r, s) => NAME(d, r.p, s === 'fixed') },
    { h: ['房号', '所在房号'], p: 0.7, cell: (d) => ROOM(d) },
    { h: ['联系电话', '手机'], req: true, cell: (d, r) => MOB(d, mob(r.p)) },
    { h: ['身份证号', '证件号码'], p: 0.3, cell: (d, r) => ID(d, r.p) },
    { h: ['租期', '有效期'], p: 0.5, cell: (d) => { const a = randDate(ctx.year, ctx.year); return d.x('date', `${fmtDate(a, 0)}至${a.y + 1}-${pad(a.m)}-${pad(Math.min(a.d, 28))}`); } },
    { h: ['月租(元)', '费用'], p: 0.5, cell: (d) => AMT(d, 150, 800) },
    { h: ['缴费方式'], p: 0.3, cell: () => pick(['微信', '支付宝', '银行代扣', '现金']) },
  ];
  out.push(table(d, cols, rows));
  out.push(`${d.x('company', pick(PROPCOS))}停车场管理处 ${OFFICE(d, ctx) || ''}`);
  return out.join('\n');
};

KINDS.groupbuy = (d) => {
  const ctx = mkCtx();
  const leader = mkPerson(ctx, { era: 'mid', han: true });
  const sn = surnameOf(leader.name);
  const nickShort = `小${sn}`;
  const nick = `团长-${nickShort}`;
  const item = pick(['新鲜草莓', '土鸡蛋', '鲜牛奶', '五常大米', '车厘子', '粽子礼盒', '小龙虾', '阳光玫瑰葡萄', '月饼']);
  const price = `${ri(9, 99)}.${pick(['9', '8', '0'])}`;
  const t0 = `${ctx.year}-${pad(ri(1, 12))}-${pad(ri(1, 28))}`;
  const out = [`【${PL(d, ctx.estate)}${pick(['团购群', '邻里团购', '业主生活群'])}】聊天记录`,
    `${d.x('date', t0)} 19:${pad(ri(0, 59))} 团长-${d.c('person_name_zh', nickShort)}：#接龙 ${item} ${d.x('amount', price + '元')}/${pick(['份', '盒', '箱', '斤'])}，明天${pick(['上午', '下午'])}到货，${d.x('word', pick(['付款', '余额']))}请转群收款，自提点${PL(d, pick(ROADS))}${ri(1, 300)}号${pick(['便利店', '快递柜旁', '物业大堂'])}`];
  out.push('例：房号+姓名+数量+电话');
  const n = nRows();
  const sepStyle = pick(['sp', 'sp', 'dash', 'comma']);
  for (let i = 1; i <= n; i++) {
    const p = mkPerson(ctx, {});
    const parts = [];
    const full = chance(0.75);
    const who = full ? NAME(d, p) : d.c('person_name_zh', (surnameOf(p.name) || p.name[0]) + (p.male ? pick(['哥', '叔']) : pick(['姐', '阿姨'])));
    parts.push(ROOM(d), who, `${pick([item, ''])}${ri(1, 5)}${pick(['份', '盒', '箱'])}`);
    if (full || chance(0.3)) parts.push(chance(0.1) ? d.x('masked_mobile', MASKMOB(mob(p))) : MOB(d, mob(p)));
    const ordered = chance(0.3) ? [parts[1], parts[0], ...parts.slice(2)] : parts;
    out.push(`${i}. ${ordered.join(sepStyle === 'sp' ? ' ' : sepStyle === 'dash' ? '-' : '，')}`);
  }
  out.push(`${nick}：截单了，共${n}份。订单号 ${d.x('order_no', ORDERNO())}，明天${d.x('word', pick(['马上', '周六']))}发货，有问题@我`);
  if (chance(0.5)) out.push(`${d.x('mention', '@所有人')} 付款截图发群里，别私发`);
  return out.join('\n');
};

KINDS.notice = (d) => {
  const ctx = mkCtx(); const v = pick(['masked', 'masked', 'fullmask', 'workers', 'activity']);
  const out = [`${PL(d, ctx.comm)}居民委员会`];
  if (v === 'masked' || v === 'fullmask') {
    const what = pick(['城乡低保新增对象', '临时救助对象', '高龄津贴新增人员', '公租房资格审核结果', '困难残疾人生活补贴对象', '优秀志愿者拟表彰名单']);
    out.push(`关于${ctx.year}年${ri(1, 12)}月${what}的公示`, `根据有关规定，经个人申请、入户调查、民主评议，现将${what}名单公示如下：`);
    const n = nRows();
    const hdr = [pick(['序号', 'No']), pick(['姓名', '申请人', '户主']), pick(['身份证号', '证件号码']), pick(['家庭人口', '人数']), pick(['金额（元/月）', '救助金额', '补贴金额'])];
    const showPhone = chance(0.3), showCard = chance(0.2);
    if (showPhone) hdr.push('联系电话'); if (showCard) hdr.push('收款账号');
    const rows = [];
    for (let i = 1; i <= n; i++) {
      const p = mkPerson(ctx, {});
      const r = [String(i), v === 'masked' ? d.x('masked_name', MASKNAME(p.name)) : NAME(d, p), d.x('masked_id', MASKID(p.id)), String(ri(1, 6)), AMT(d, 200, 3000)];
      if (showPhone) r.push(d.x('masked_mobile', MASKMOB(mob(p)))); if (showCard) r.push(d.x('masked_card', MASKCARD(card(p))));
      rows.push(r);
    }
    out.push(render(hdr, rows, pick(['tsv', 'fixed', 'md', 'pipe', 'csv', 'fw'])));
    const a = randDate(ctx.year, ctx.year);
    out.push(`公示期：${d.x('date', `${a.y}年${a.m}月${a.d}日`)}至${d.x('date', `${a.y}年${a.m}月${Math.min(a.d + 7, 28)}日`)}（7天）。如有异议，请向社区居委会或${PL(d, ctx.street)}反映。`);
    out.push(`监督电话：${OFFICE(d, ctx) || d.x('hotline', '12345')}　市民热线：${d.x('hotline', '12345')}`);
    if (chance(0.5)) { const w = mkPerson(ctx, { han: true, era: 'mid' }); out.push(`联系人：${NAME(d, w)}（${pick(['民政专干', '网格员', '社工'])}）${MOB(d, mob(w))}`); }
    else { const sn = wpick(SURN_W); out.push(`联系人：${d.c('person_name_zh', sn + pick(['主任', '书记']))}`); }
  } else if (v === 'workers') {
    out.push(`关于公布${PL(d, ctx.comm)}网格员联系方式的通知`, '各位居民：为方便大家办事，现将各网格员及联系方式公布如下，有事请直接联系本网格网格员。');
    const rows = Array.from({ length: ri(2, 24) }, (_, i) => { const w = mkPerson(ctx, { era: pick(['mid', 'young']), han: chance(0.9) }); const b = ri(1, 30); return [`第${i + 1}网格`, NAME(d, w), MOB(d, mob(w)), d.x('building_range', `${b}-${b + ri(1, 6)}栋`), d.x('grid_no', gridNo(ctx))]; });
    out.push(render([pick(['网格', '网格名称']), pick(['网格员', '姓名']), pick(['联系电话', '手机']), pick(['负责楼栋', '负责区域']), '网格编号'], rows, pick(['tsv', 'fixed', 'md', 'pipe', 'csv', 'fw'])));
    out.push(`社区值班电话：${OFFICE(d, ctx) || '—'}；非工作时间请拨打${d.x('hotline', '12345')}。`);
  } else {
    const w = mkPerson(ctx, { han: true, era: 'mid' });
    out.push(`关于开展“${pick(['邻里节', '健康义诊进社区', '防诈骗宣传', '重阳敬老宴', '垃圾分类积分兑换'])}”活动的通知`, `活动时间：${DATE(d, ctx.year, ctx.year, 2)}（${d.x('word', pick(['周六', '周日']))}）上午9:00`, `活动地点：${PL(d, pick(ROADS))}${ri(1, 300)}号${PL(d, ctx.comm)}党群服务中心`, `报名方式：联系${NAME(d, w)}，电话${MOB(d, mob(w))}，或发送邮件至${d.c('email', `${pick(SYL_S)}jwh${ri(1, 99)}@${pick(['163.com', '126.com', 'qq.com'])}`)}`);
    out.push(`温馨提示：活动现场不收取任何费用，谨防诈骗，${pick(['', '消防'])}${d.x('word', '安全')}问题可咨询${OFFICE(d, ctx) || d.x('hotline', '12345')}。`);
  }
  out.push(`地址：${PL(d, pick(ROADS))}${ri(1, 300)}号　邮编：${ZIP(d, ctx)}`, DATE(d, ctx.year, ctx.year, 2));
  if (chance(0.25)) out.push(`（本通知配图：${d.x('file_name', `banner@2x.png`)}）`);
  return out.join('\n');
};

KINDS.dividend = (d) => {
  const ctx = mkCtx(); const vil = pick(VILLAGES);
  const out = [`${PL(d, vil)}股份经济合作社${ctx.year - 1}年度${pick(['股份分红发放表', '集体收益分配明细', '分红花名册', '股民分红领取表'])}`];
  const per = `${ri(200, 1800)}`;
  out.push(`每股分红：${d.x('amount', per + '元')}　发放日期：${DATE(d, ctx.year, ctx.year)}`);
  const rows = Array.from({ length: nRows() }, (_, i) => { const p = mkPerson(ctx, { era: pick(['old', 'mid', 'mid']), years: [1935, 1985], minorityP: 0 }); const legacy = p.b.y < 1980 && chance(0.08); return { i: i + 1, p, legacy, grp: `${CNUM[ri(1, 12)]}组` }; });
  const cols = [SEQ, RECCOL('dividend'), TIMECOL(['领取时间', '到账时间'], 0.7),
    { h: ['村民小组', '组别', '组'], req: true, cell: (d, r) => (chance(0.3) ? d.x('village_group', `${vil}${r.grp}`) : r.grp) },
    { h: ['户主', '户主姓名', '股东代表'], req: true, cell: (d, r, s) => NAME(d, r.p, s === 'fixed') },
    { h: ['身份证号', '身份证号码'], req: true, cell: (d, r) => { if (r.legacy) { const l = r.p.id.slice(0, 6) + r.p.id.slice(8, 17); return d.e('cn_resident_id', r.p.id, l); } return ID(d, r.p); } },
    { h: ['家庭人口', '人口'], p: 0.6, cell: () => String(ri(1, 7)) },
    { h: ['持股数', '股数'], req: true, cell: () => String(ri(1, 8) + (chance(0.3) ? 0.5 : 0)) },
    { h: ['分红金额(元)', '应发金额', '金额'], req: true, cell: (d) => AMT(d, 300, 15000) },
    { h: ['股权证号', '股权证编号'], p: 0.45, cell: (d) => d.x('cert_no', pick([`GQ-${ri(2015, 2022)}-${pad(ri(1, 999), 4)}`, `${ctx.county[0]}${digits(6)}`, `第${pad(ri(1, 999), 4)}号`])) },
    { h: ['银行卡号', '收款账号', '农商行卡号'], req: true, cell: (d, r) => CARD(d, card(r.p)) },
    { h: ['领取人签字', '签名'], p: 0.3, cell: () => '' },
  ];
  out.push(table(d, cols, rows));
  if (chance(0.5)) { const u = genUSCC('N2', ctx.county[0]); out.push(`合作社统一社会信用代码：${d.c('cn_uscc', u)}`); }
  if (chance(0.4)) { const u = genUSCC('93', ctx.county[0]); out.push(`代发单位：${PL(d, vil)}农机专业合作社（${d.e('cn_uscc', u)}）`); }
  const c = mkPerson(ctx, { han: true, era: 'mid' });
  out.push(`会计：${NAME(d, c)}　出纳：${NAME(d, mkPerson(ctx, { han: true }))}　监事会监督电话：${MOB(d, mob(c))}`);
  return out.join('\n');
};

KINDS.landcomp = (d) => {
  const ctx = mkCtx(); const vil = pick(VILLAGES); const proj = pick(['城市快速路', '产业园', '安置房', '高速公路连接线', '水库除险加固', '学校扩建']);
  const dk = `${pick(['DK', 'ZD', ''])}${ctx.year}-${pad(ri(1, 99))}`;
  const out = [`关于${PL(d, vil)}${proj}项目征地补偿安置方案的公示`, `根据《中华人民共和国土地管理法》等规定，${proj}项目拟征收${PL(d, vil)}集体土地（地块编号：${d.x('parcel_no', dk)}），现将补偿登记结果公示如下：`];
  const full = chance(0.3);
  const rows = Array.from({ length: nRows() }, (_, i) => ({ i: i + 1, p: mkPerson(ctx, { era: pick(['old', 'mid']), minorityP: 0 }) }));
  const cols = [SEQ, RECCOL('landcomp'), TIMECOL(['签约时间', '丈量时间'], 0.7),
    { h: ['户主', '被征地户', '姓名'], req: true, cell: (d, r, s) => NAME(d, r.p, s === 'fixed') },
    { h: ['身份证号', '证件号码'], req: true, cell: (d, r) => (full ? ID(d, r.p) : d.x('masked_id', MASKID(r.p.id))) },
    { h: ['地类'], p: 0.6, cell: () => pick(['水田', '旱地', '林地', '园地', '宅基地']) },
    { h: ['面积(亩)', '征收面积'], req: true, cell: (d) => d.x('area', `${ri(0, 9)}.${pad(ri(1, 99))}${pick(['', '亩'])}`) },
    { h: ['补偿金额(元)', '土地补偿费', '合计金额'], req: true, cell: (d) => AMT(d, 5000, 280000) },
    { h: ['青苗补偿'], p: 0.4, cell: (d) => AMT(d, 100, 9000) },
    { h: ['宗地号', '图斑号'], p: 0.4, cell: (d) => d.x('parcel_no', `${dk}-${pad(ri(1, 300), 3)}`) },
    { h: ['收款账号'], p: full ? 0.4 : 0, cell: (d, r) => CARD(d, card(r.p)) },
  ];
  out.push(table(d, cols, rows));
  out.push(`公示期7天。监督电话：${OFFICE(d, ctx) || d.x('hotline', '12345')}，联系人：${d.c('person_name_zh', wpick(SURN_W) + pick(['主任', '站长', '书记']))}。${PL(d, ctx.street)}${DATE(d, ctx.year, ctx.year, 2)}`);
  return out.join('\n');
};

KINDS.party = (d) => {
  const ctx = mkCtx(); ctx.minorityP = ctx.city.city === '乌鲁木齐市' ? 0.4 : 0.08;
  const out = [`中共${PL(d, ctx.comm)}委员会${pick(['第一', '第二', '离退休', '在职', '流动党员'])}支部 党员名册（${ctx.year}年）`];
  const rows = Array.from({ length: nRows() }, (_, i) => ({ i: i + 1, p: mkPerson(ctx, { era: pick(['old', 'mid', 'mid', 'young']) }) }));
  const cols = [SEQ, RECCOL('party'), TIMECOL(['最近缴费时间', '党费缴纳时间'], 0.7),
    { h: ['姓名', '党员姓名'], req: true, fixed: true, cell: (d, r, s) => NAME(d, r.p, s === 'fixed') },
    { h: ['性别'], p: 0.7, cell: (d, r) => (r.p.male ? '男' : '女') },
    { h: ['民族'], p: 0.6, cell: (d, r) => r.p.nation },
    { h: ['出生年月', '出生日期'], p: 0.6, cell: (d, r) => d.x('date', `${r.p.b.y}.${pad(r.p.b.m)}`) },
    { h: ['身份证号', '公民身份号码'], req: true, cell: (d, r) => ID(d, r.p) },
    { h: ['入党时间', '入党日期'], p: 0.7, cell: (d, r) => d.x('date', `${Math.min(r.p.b.y + ri(19, 40), 2024)}.${pad(ri(1, 12))}`) },
    { h: ['学历'], p: 0.4, cell: () => pick(['大学', '大专', '高中', '初中', '研究生', '中专']) },
    { h: ['手机号码', '联系电话'], req: true, cell: (d, r) => (r.p.era === 'old' && ctx.city.area && chance(0.4) ? LAND(d, land(r.p, ctx)) : MOB(d, mob(r.p))) },
    { h: ['电子邮箱', '邮箱'], p: 0.8, cell: (d, r) => (chance(0.85) ? EMAIL(d, mail(r.p)) : '') },
    { h: ['党员类别', '类别'], p: 0.4, cell: () => pick(['正式党员', '预备党员', '流动党员']) },
  ];
  out.push(table(d, cols, rows));
  out.push(`党组织联系人：${NAME(d, mkPerson(ctx, { han: true }))}　党建邮箱：${d.c('email', `dj${ri(100, 999)}${pick(SYL_S)}@${pick(['163.com', '126.com'])}`)}`);
  return out.join('\n');
};

KINDS.veteran = (d) => {
  const ctx = mkCtx();
  const out = [`${HEAD(d, ctx)}${pick(['退役军人信息采集登记表', '退役军人服务站登记台账', '优抚对象花名册', '光荣牌悬挂登记表'])}`];
  const rows = Array.from({ length: nRows() }, (_, i) => { const p = mkPerson(ctx, { male: chance(0.93), era: pick(['old', 'mid', 'mid', 'young']) }); const enl = p.b.y + ri(17, 22); return { i: i + 1, p, enl, ret: Math.min(enl + ri(2, 16), 2024) }; });
  const cols = [SEQ, RECCOL('veteran'), TIMECOL(['采集时间', '登记时间'], 0.7),
    { h: ['姓名', '退役军人姓名'], req: true, fixed: true, cell: (d, r, s) => NAME(d, r.p, s === 'fixed') },
    { h: ['性别'], p: 0.5, cell: (d, r) => (r.p.male ? '男' : '女') },
    { h: ['身份证号', '公民身份号码'], req: true, cell: (d, r) => ID(d, r.p) },
    { h: ['入伍时间'], p: 0.7, cell: (d, r) => d.x('date', `${r.enl}.${pick(['03', '09', '12'])}`) },
    { h: ['退役时间'], p: 0.6, cell: (d, r) => d.x('date', `${r.ret}.${pick(['09', '12', '06'])}`) },
    { h: ['退役类别'], p: 0.5, cell: () => pick(['退伍', '转业', '复员', '退休']) },
    { h: ['优待证号', '优待证编号'], p: 0.4, cell: (d) => d.x('cert_no', pick([`YD${digits(10)}`, `${ctx.county[0].slice(0, 4)}-${digits(8)}`, `${digits(12)}`])) },
    { h: ['联系电话', '手机'], req: true, cell: (d, r) => PHONE(d, r.p, ctx, r.p.era === 'old' ? 0.4 : 0) },
    { h: ['开户行'], p: 0.4, cell: () => pick(BANKS) },
    { h: ['银行卡号', '优抚金账号', '收款账号'], p: 0.8, cell: (d, r) => CARD(d, card(r.p)) },
    { h: ['现住址', '住址'], p: 0.5, cell: (d) => `${PL(d, pick(ROADS))}${ri(1, 300)}号${ROOM(d)}` },
  ];
  out.push(table(d, cols, rows));
  out.push(`服务站联系电话：${OFFICE(d, ctx) || '—'}　登记人：${NAME(d, mkPerson(ctx, { han: true }))}`);
  return out.join('\n');
};

KINDS.disability = (d) => {
  const ctx = mkCtx();
  const out = [`${HEAD(d, ctx)}${ctx.year}年${pick(['困难残疾人生活补贴和重度残疾人护理补贴发放名单', '残疾人两项补贴花名册', '残疾人补贴发放明细表'])}`];
  const withId = chance(0.5);
  const rows = Array.from({ length: nRows() }, (_, i) => { const p = mkPerson(ctx, {}); const g = ri(1, 4); return { i: i + 1, p, cat: ri(1, 7), g, guard: chance(0.5) ? mkPerson(ctx, { era: 'mid' }) : null }; });
  const CAT = ['', '视力', '听力', '言语', '肢体', '智力', '精神', '多重'];
  const cols = [SEQ, RECCOL('disability'), TIMECOL(['审核时间', '发放时间'], 0.7),
    { h: ['姓名', '残疾人姓名'], req: true, fixed: true, cell: (d, r, s) => NAME(d, r.p, s === 'fixed') },
    { h: ['残疾人证号', '残疾证号'], req: true, cell: (d, r) => { const v = r.p.id + r.cat + r.g; if (!withId) d.c('cn_resident_id', r.p.id); return v; } },
    ...(withId ? [{ h: ['身份证号'], req: true, cell: (d, r) => ID(d, r.p) }] : []),
    { h: ['残疾类别'], p: 0.7, cell: (d, r) => CAT[r.cat] },
    { h: ['残疾等级', '等级'], p: 0.7, cell: (d, r) => `${CNUM[r.g]}级` },
    { h: ['补贴类型'], p: 0.5, cell: () => pick(['生活补贴', '护理补贴', '生活+护理']) },
    { h: ['发放金额', '金额(元)'], req: true, cell: (d) => AMT(d, 100, 900) },
    { h: ['银行卡号', '社保卡金融账号', '账号'], req: true, cell: (d, r) => CARD(d, card(r.p)) },
    { h: ['监护人', '联系人'], p: 0.6, cell: (d, r) => (r.guard ? NAME(d, r.guard) : '本人') },
    { h: ['监护人电话', '联系电话'], p: 0.7, cell: (d, r) => MOB(d, mob(r.guard || r.p)) },
  ];
  out.push(table(d, cols, rows));
  out.push(`${PL(d, ctx.street)}残联　${DATE(d, ctx.year, ctx.year, 2)}`);
  return out.join('\n');
};

KINDS.hotline = (d) => {
  const ctx = mkCtx();
  const p = mkPerson(ctx, { era: pick(['mid', 'old', 'young']) });
  const titled = chance(0.3);
  const who = titled ? d.c('person_name_zh', p.name[0] + (p.male ? '先生' : '女士')) : NAME(d, p);
  const ts = randDate(ctx.year, ctx.year);
  const room = ROOM(d), road = PL(d, pick(ROADS));
  const lines = [
    `${pick(['12345政务服务便民热线工单', '市民热线转办单', '12345热线工单（转办）'])}`,
    `工单编号：${d.x('ticket_no', ORDERNO())}`,
    `来电时间：${d.x('date', `${fmtDate(ts, 0)} ${pad(ri(8, 21))}:${pad(ri(0, 59))}:${pad(ri(0, 59))}`)}`,
    `来电人：${who}`,
    `来电号码：${p.era === 'old' && ctx.city.area && chance(0.5) ? LAND(d, land(p, ctx)) : MOB(d, mob(p))}`,
    `诉求地址：${PL(d, ctx.county[1])}${road}${ri(1, 300)}号${PL(d, ctx.estate)}${room}`,
  ];
  const nb = mkPerson(ctx, { male: false, era: 'old' });
  const issue = pick([
    () => `来电人反映楼上住户${ROOM(d)}长期夜间噪音扰民，${d.x('word', '周一')}至${d.x('word', '周五')}晚上11点后仍有装修声，多次沟通无果，要求相关部门处理。`,
    () => `来电人称其母亲${NAME(d, nb)}（身份证号${ID(d, nb)}）今年满80周岁，已于${DATE(d, ctx.year, ctx.year, 2)}向社区申请高龄津贴，至今未到账，要求核实。`,
    () => `来电人反映小区${d.x('company', pick(PROPCOS))}擅自上调物业费，${d.x('word', '金额')}由每平方米2.8元调至3.5元，未经业主大会表决。`,
    () => `来电人反映${PL(d, pick(VILLAGES))}${CNUM[ri(1, 9)]}组村集体分红未发放到其账户（卡号${CARD(d, card(p))}），要求村委会说明。`,
    () => `来电人反映低保资格被取消，家中有残疾人${NAME(d, nb)}，联系电话${MOB(d, mob(nb))}，请求重新审核。`,
    () => `来电人反映${road}路灯不亮已一周，存在${d.x('word', '安全')}隐患。`,
  ])();
  lines.push(`诉求内容：${issue}`);
  if (chance(0.35)) lines.push(`来电人要求书面回复至邮箱：${EMAIL(d, mail(p))}`);
  if (chance(0.3)) lines.push(`来电人身份证号：${ID(d, p)}`);
  const h = mkPerson(ctx, { han: true, era: 'mid' });
  lines.push(`承办单位：${PL(d, ctx.street)}办事处　${pick(['办理时限', '回复时限'])}：${pick(['3个工作日', '5个工作日'])}`);
  lines.push(`处理情况：${DATE(d, ctx.year, ctx.year, 2)}，社区工作人员${NAME(d, h)}（${MOB(d, mob(h))}）已电话联系${titled ? who : '来电人'}，${pick(['已现场核实并协调处理，来电人表示满意。', '已转交相关部门，来电人表示认可。', '经核查情况属实，已督促整改。'])}`);
  if (chance(0.4)) lines.push(`回访：来电人对办理结果${pick(['满意', '基本满意', '不满意'])}。如有疑问可再次拨打${d.x('hotline', '12345')}。`);
  return lines.join('\n');
};

KINDS.wechat = (d) => {
  const ctx = mkCtx();
  const w = mkPerson(ctx, { han: true, era: 'mid' });
  const wn = `网格员-${w.name}`;
  d.e('person_name_zh', w.name);
  const day = `${ctx.year}-${pad(ri(1, 12))}-${pad(ri(1, 28))}`;
  d.x('date', day);
  let hh = 8, mm = ri(0, 30);
  let first = true;
  const ts = () => { mm += ri(1, 15); if (mm > 59) { mm -= 60; hh++; } if (first) { first = false; return `[${day} ${pad(hh)}:${pad(mm)}]`; } return pick([`[${day} ${pad(hh)}:${pad(mm)}]`, `${pad(hh)}:${pad(mm)}`, `[${pad(hh)}:${pad(mm)}]`]); };
  const topic = pick(['高龄津贴年审', '医保缴费登记', '疫苗接种预约', '困难补贴申领', '独居老人信息核对']);
  const out = [`${PL(d, ctx.comm)}${pick(['第' + ri(1, 12) + '网格居民群', '居民服务群', '楼长群'])}`, `${ts()} ${wn}：${d.x('mention', '@所有人')} ${topic}开始了，还没登记的请私信或直接发群里：姓名+身份证号+电话${topic.includes('津贴') || topic.includes('补贴') ? '+银行卡号' : ''}，截止${d.x('word', pick(['周五', '周日']))}。`];
  const n = Math.max(1, Math.floor(nRows() * 0.7));
  for (let i = 0; i < n; i++) {
    const p = mkPerson(ctx, { era: pick(['old', 'mid']) });
    const nick = chance(0.5) ? `${ROOM(d)}${pick(['', '-'])}${d.c('person_name_zh', (surnameOf(p.name) || p.name[0]) + (p.male ? pick(['叔', '哥', '伯']) : pick(['阿姨', '姐'])))}` : pick(['阳光', '老李头', '开心就好', '平安是福', '静待花开', 'A-水果店', '南山老兵', '春暖花开']);
    const f = rnd();
    let msg;
    if (f < 0.35) msg = `${NAME(d, p)} ${ID(d, p)} ${MOB(d, mob(p))}${topic.includes('津贴') || topic.includes('补贴') ? ' ' + CARD(d, card(p)) : ''}`;
    else if (f < 0.55) { const k = mkPerson(ctx, { era: 'old' }); const useLand = ctx.city.area && chance(0.6); msg = `我${pick(['妈', '爸', '奶奶', '外公'])}：${NAME(d, k)}，身份证${ID(d, k)}，${useLand ? pick(['家里座机', '座机', '电话']) : pick(['电话', '手机'])}${useLand ? LAND(d, land(k, ctx)) : MOB(d, mob(k))}`; }
    else if (f < 0.68) msg = `@${wn} 我家的补贴卡号换了：${CARD(d, card(p))}，户名${NAME(d, p)}`;
    else if (f < 0.8) msg = `${pick(['收到', '好的', '已发私信', '谢谢网格员'])}${chance(0.5) ? '👍' : ''}`;
    else if (f < 0.9) msg = `请问${d.x('word', pick(['周六', '周日']))}社区办公吗？${d.x('word', pick(['马上', '关于']))}过期了`;
    else msg = `邮箱可以吗？${EMAIL(d, mail(p))}`;
    out.push(`${ts()} ${nick}：${msg}`);
    if (chance(0.2)) out.push(`${ts()} ${wn}：收到，${d.x('masked_name', MASKNAME(p.name))} ${d.x('masked_id', MASKID(p.id))} 已登记`);
  }
  out.push(`${ts()} ${wn}：不方便发群里的可以打社区电话${OFFICE(d, ctx) || MOB(d, mob(w))}，${d.x('word', '付款')}类消息一律是诈骗，请勿转账。`);
  return out.join('\n');
};

KINDS.email = (d) => {
  const ctx = mkCtx();
  const s = mkPerson(ctx, { han: true, era: 'mid' }), r1 = mkPerson(ctx, { han: true, era: 'mid' });
  const sm = mail(s), rm = mail(r1);
  const role = `${pick(SYL_S)}${pick(['sqgzz', 'jwh', 'mzb', 'wgzx'])}@${pick(['163.com', '126.com'])}`;
  const topic = pick(['困难群众名单核对', '高龄津贴发放名单', '退役军人信息采集', '志愿者保险投保名单', '残疾人补贴复核']);
  const out = [`发件人: ${NAME(d, s)} <${EMAIL(d, sm)}>`, `收件人: ${PL(d, ctx.comm)}工作站 <${d.c('email', role)}>; ${NAME(d, r1)} <${EMAIL(d, rm)}>`, `日期: ${d.x('date', `${fmtDate(randDate(ctx.year, ctx.year), 2)} ${pad(ri(8, 20))}:${pad(ri(0, 59))}`)}`, `主题: ${pick(['回复：', '转发：', ''])}${topic}`, '', `${d.c('person_name_zh', r1.name[0] + pick(['主任', '书记', '老师']))}：`, `  附件名单中有几人信息有误或需补充，请核对后于${d.x('word', pick(['周五', '周三']))}前回复：`];
  const rows = Array.from({ length: ri(1, 15) }, (_, i) => ({ i: i + 1, p: mkPerson(ctx, {}) }));
  const cols = [SEQ,
    { h: ['姓名'], req: true, cell: (d, r) => NAME(d, r.p) },
    { h: ['身份证号', '证件号码'], req: true, cell: (d, r) => ID(d, r.p) },
    { h: ['联系电话'], p: 0.6, cell: (d, r) => MOB(d, mob(r.p)) },
    { h: ['银行卡号'], p: 0.6, cell: (d, r) => CARD(d, card(r.p)) },
    { h: ['邮箱'], p: topic.includes('志愿者') ? 0.9 : 0.2, cell: (d, r) => EMAIL(d, mail(r.p)) },
    { h: ['问题'], req: true, cell: () => pick(['身份证号末位有误', '卡号与户名不符', '已去世，需停发', '迁出本辖区', '电话停机', '需补充']) },
  ];
  out.push(table(d, cols, rows, { style: pick(['tsv', 'fixed', 'kv', 'md']) }));
  out.push('', '--', NAME(d, s), `${PL(d, ctx.comm)}居委会 ${pick(['民政专干', '网格长', '综治专干'])}`);
  out.push(`电话：${OFFICE(d, ctx) || '—'} 转 ${ri(800, 899)}　手机：${MOB(d, mob(s))}`);
  out.push(`地址：${PL(d, pick(ROADS))}${ri(1, 300)}号　邮编：${ZIP(d, ctx)}`);
  if (chance(0.3)) out.push(`单位统一社会信用代码：${d.e('cn_uscc', genUSCC(pick(['12', '52']), ctx.county[0]))}`);
  return out.join('\n');
};

KINDS.form = (d) => {
  const ctx = mkCtx();
  const p = mkPerson(ctx, { era: pick(['mid', 'old', 'young']) });
  const title = pick(['临时救助申请审批表', '居住证申领登记表', '高龄津贴申请表', '最低生活保障申请书', '公共租赁住房申请表', '残疾人两项补贴申请表']);
  const kv = pick(['：', ':', '　']);
  const o = [`${PL(d, ctx.city.city)}${title}`, `申请日期${kv}${DATE(d, ctx.year, ctx.year)}`, `申请人姓名${kv}${NAME(d, p)}　性别${kv}${p.male ? '男' : '女'}　民族${kv}${p.nation}`, `出生日期${kv}${d.x('date', fmtDate(p.b, 2))}`, `身份证号码${kv}${ID(d, p)}`, `户籍地址${kv}${PL(d, pick(pick(CITIES).counties)[1])}${PL(d, pick(ROADS))}${ri(1, 300)}号`, `现居住地址${kv}${PL(d, ctx.estate)}${ROOM(d)}`, `联系电话${kv}${MOB(d, mob(p))}${ctx.city.area && chance(0.4) ? '　固定电话' + kv + LAND(d, land(p, ctx)) : ''}`];
  if (chance(0.6)) o.push(`电子邮箱${kv}${EMAIL(d, mail(p))}`);
  if (chance(0.7)) o.push(`开户银行${kv}${pick(BANKS)}${PL(d, ctx.county[1])}支行　银行账号${kv}${CARD(d, card(p))}　户名${kv}${NAME(d, p)}`);
  o.push('家庭成员情况：');
  const fam = Array.from({ length: ri(0, 5) }, (_, i) => {
    const rel = pick(['配偶', '儿子', '女儿', '母亲', '父亲', '孙子']);
    const male = rel === '配偶' ? !p.male : ['儿子', '父亲', '孙子'].includes(rel);
    const sn = ['儿子', '女儿', '孙子'].includes(rel) || (rel === '父亲' && p.male) ? surnameOf(p.name) : undefined;
    return { i: i + 1, rel, p: mkPerson(ctx, { male, era: ['母亲', '父亲'].includes(rel) ? 'old' : rel === '孙子' ? 'young' : p.era, surname: sn, han: !!sn }) };
  });
  if (fam.length) o.push(table(d, [SEQ, { h: ['关系', '与申请人关系'], req: true, cell: (d, r) => r.rel }, { h: ['姓名'], req: true, cell: (d, r, s) => NAME(d, r.p, s === 'fixed') }, { h: ['身份证号'], req: true, cell: (d, r) => ID(d, r.p) }, { h: ['联系电话'], p: 0.5, cell: (d, r) => MOB(d, mob(r.p)) }, { h: ['工作单位/学校'], p: 0.5, cell: () => pick(['务农', '无业', '退休', '在校', '个体', '打零工']) }], fam, { style: pick(['tsv', 'fixed', 'kv', 'md', 'pipe']) }));
  else o.push('无');
  o.push(`申请理由${kv}${pick(['因病致贫，家庭收入无法维持基本生活。', '家中有重度残疾人需长期照护。', '突发火灾，房屋受损。', '年满80周岁，申请高龄津贴。'])}${d.x('word', pick(['关于', '程序', '方案']))}相关材料已附后。`);
  const w = mkPerson(ctx, { han: true, era: 'mid' });
  o.push(`社区经办人${kv}${NAME(d, w)}　经办人电话${kv}${MOB(d, mob(w))}　受理编号${kv}${d.x('ticket_no', `${ctx.year}${pad(ri(1, 12))}${digits(6)}`)}`);
  o.push(`${PL(d, ctx.comm)}居委会意见：情况属实，同意上报。${DATE(d, ctx.year, ctx.year, 2)}`);
  return o.join('\n');
};

// ---------------------------------------------------------------- build
const PLAN = { grid: 18, dibao: 18, gaoling: 18, vax: 16, volunteer: 20, owners: 18, parking: 14, groupbuy: 16, notice: 30, dividend: 14, landcomp: 12, party: 16, veteran: 14, disability: 14, hotline: 20, wechat: 16, email: 12, form: 18 };
const docs = [];
for (const [kind, n] of Object.entries(PLAN)) {
  for (let i = 1; i <= n; i++) {
    const d = new Doc(kind);
    const text = KINDS[kind](d);
    for (const k of d.ents.keys()) d.dcs.delete(k);
    docs.push({ d, rec: { id: `cm-${kind}-${i}`, kind, text, entities: [...d.ents.values()], dontCare: [...d.dcs.values()], decoys: [...d.decs.values()] } });
  }
}

// ---------------------------------------------------------------- self-check
const errors = [];
const err = (id, m) => { if (errors.length < 50) errors.push(`${id}: ${m}`); else errors.length++; };
function idValid(v) {
  if (!/^\d{17}[\dX]$/.test(v) || idCheck(v) !== v[17] || !PROV_OK.has(v.slice(0, 2))) return false;
  const y = +v.slice(6, 10), m = +v.slice(10, 12), dd = +v.slice(12, 14);
  return y >= 1900 && y <= 2025 && m >= 1 && m <= 12 && dd >= 1 && dd <= dim(y, m);
}
function mobValid(v) { return /^1(3\d|4[57]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/.test(v); }
function landValid(v) { const m = /^(0(?:10|2[0-57-9]|\d{3}))(\d+)$/.exec(v); if (!m) return false; const c = CITIES.find((x) => x.area === m[1]); return !!c && m[2].length === c.len && /^[2-8]/.test(m[2]); }
function usccValid(v) { return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v) && usccCheck(v.slice(0, 17)) === v[17] && orgCheck(v.slice(8, 16)) === v[16]; }
const VALID = {
  cn_resident_id: idValid, cn_mobile: mobValid, cn_landline: landValid,
  email: (v) => v === v.toLowerCase() && /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v),
  bank_card: (v) => /^\d{16,19}$/.test(v) && luhnOk(v) && /^(62|4|5)/.test(v),
  cn_passport: (v) => /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$/.test(v),
  cn_uscc: usccValid,
  person_name_zh: (v) => /^[\u4e00-\u9fa5·•．]{2,16}$/.test(v) && !/(先生|女士)$/.test(v),
};
const VALID_DC = { ...VALID, bank_card: (v) => /^62\d{17}$/.test(v), cn_passport: (v) => /^C\d{8}$/.test(v), cn_uscc: (v) => /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v), person_name_zh: (v) => /^[\u4e00-\u9fa5·•．]{2,16}$/.test(v) };
for (const { d, rec } of docs) {
  const { id, text } = rec;
  for (const e of rec.entities) if (!VALID[e.detector] || !VALID[e.detector](e.value)) err(id, `invalid entity ${e.detector} ${e.value}`);
  for (const e of rec.dontCare) if (!VALID_DC[e.detector] || !VALID_DC[e.detector](e.value)) err(id, `invalid dontCare ${e.detector} ${e.value}`);
  for (const r of d.raws) if (!text.includes(r.raw)) err(id, `raw form missing: ${r.raw}`);
  const labelled = [...rec.entities, ...rec.dontCare];
  const keysE = new Set(rec.entities.map((e) => e.detector + '|' + e.value));
  for (const c of rec.dontCare) if (keysE.has(c.detector + '|' + c.value)) err(id, `entity/dontCare overlap ${c.value}`);
  const valsAll = new Set(labelled.map((e) => e.value));
  const rawsAll = new Set(d.raws.map((r) => r.raw));
  for (const x of rec.decoys) {
    if (!text.includes(x.text)) err(id, `decoy text missing: ${x.text}`);
    for (const v of valsAll) if (x.text === v || x.text.includes(v)) err(id, `decoy "${x.text}" contains labelled value ${v}`);
    for (const r of rawsAll) if (x.text === r || x.text.includes(r)) err(id, `decoy "${x.text}" contains labelled raw ${r}`);
  }
  // unlabelled-value scan: anything in the text that is a valid, well-delimited value must be labelled or inside a decoy
  const inDecoy = (s) => rec.decoys.some((x) => x.text.includes(s));
  const norm = text.replace(/[\uff10-\uff19\uff21-\uff3a\uff20]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  for (const m of norm.matchAll(/(?<![0-9])1[3-9]\d{9}(?![0-9])/g)) if (mobValid(m[0]) && !valsAll.has(m[0]) && !inDecoy(m[0])) err(id, `unlabelled mobile ${m[0]}`);
  for (const m of norm.matchAll(/(?<![0-9])\d{17}[\dXx](?![0-9Xx])/g)) if (idValid(m[0].toUpperCase()) && !valsAll.has(m[0].toUpperCase()) && !inDecoy(m[0])) err(id, `unlabelled id ${m[0]}`);
  for (const m of norm.matchAll(/(?<![0-9])(?:62\d{14,17}|[45]\d{15,18})(?![0-9Xx])/g)) if (luhnOk(m[0]) && !valsAll.has(m[0]) && !inDecoy(m[0])) err(id, `unlabelled card ${m[0]}`);
  for (const m of norm.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g)) if (!valsAll.has(m[0].toLowerCase()) && !inDecoy(m[0])) err(id, `unlabelled email ${m[0]}`);
}
const ids = new Set(); for (const { rec } of docs) { if (ids.has(rec.id)) err(rec.id, 'duplicate id'); ids.add(rec.id); }
const perKind = {}, perDet = {}, perDc = {}, perDecoy = {};
let nEnt = 0, nDec = 0;
for (const { rec } of docs) {
  perKind[rec.kind] = (perKind[rec.kind] || 0) + 1;
  for (const e of rec.entities) { perDet[e.detector] = (perDet[e.detector] || 0) + 1; nEnt++; }
  for (const e of rec.dontCare) perDc[e.detector] = (perDc[e.detector] || 0) + 1;
  for (const x of rec.decoys) { perDecoy[x.kind] = (perDecoy[x.kind] || 0) + 1; nDec++; }
}
if (docs.length < 250) errors.push(`only ${docs.length} documents`);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((perDet[det] || 0) < 300) errors.push(`only ${perDet[det] || 0} ${det} entities`);
if (nDec < nEnt) errors.push(`decoys ${nDec} < entities ${nEnt}`);

const out = process.argv[2];
if (!out) { console.error('usage: node community.mjs OUT.jsonl'); process.exit(2); }
writeFileSync(out, docs.map(({ rec }) => JSON.stringify(rec)).join('\n') + '\n');
console.log(`documents: ${docs.length}`);
console.log('documents per kind:', JSON.stringify(perKind));
console.log(`entity labels: ${nEnt}`, JSON.stringify(perDet));
console.log('dontCare labels:', JSON.stringify(perDc));
console.log(`decoys: ${nDec}`, JSON.stringify(perDecoy));
if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length} problems):\n` + errors.slice(0, 50).join('\n')); process.exit(1); }
console.log('self-check: OK');
