#!/usr/bin/env node
/*
 * telecom.mjs — independent labelled test corpus for listguard, theme: TELECOM (id prefix "tc").
 *
 * Customer data as it appears at a carrier, a 营业厅 or a broadband installer: 开户/实名登记
 * records, 携号转网 lists, 宽带装机工单, 欠费催缴 lists, 套餐变更 logs, 副卡/亲情号 lists,
 * 营业员 daily sheets, 客服 call notes, 号卡代理商 sales exports, 销户 records, SMS 营销 send
 * lists, porting-dispute chats, 集团客户 / 物联网卡 exports, 合约机 sales, 缴费流水, complaint
 * e-mails.  Decoys are central: ICCID, IMSI, IMEI (Luhn-valid), MEID, 宽带账号, 工单号,
 * 受理单号, 流水号, 套餐编码, 光猫 SN / MAC, 基站 IDs, 10086-style service numbers, 短信端口号,
 * amounts, timestamps (incl. 13-digit ms epochs), masked values, 物联网 numbers.
 *
 * Usage:   node telecom.mjs OUT.jsonl
 *
 * Output:  one JSON object per line:
 *   {"id":"tc-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // MUST be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported under any detector
 *
 * Normalisation of values:
 *   cn_resident_id 18 chars, upper-case X (a legacy 15-digit number is upgraded to 18);
 *   cn_mobile 11 digits (no +86 / 0086 / trunk 0 / separators / full-width);
 *   cn_landline digits incl. leading 0 and area code (+86 755 … -> 0755…);
 *   email lower-case (full-width ＠ -> @); bank_card digits only; cn_passport upper-case;
 *   cn_uscc 18 chars upper-case; person_name_zh as written without spaces/padding/titles.
 *
 * Deterministic (mulberry32, fixed seed); all data synthetic with valid checksums.
 * Self-check at the end; exit 1 on failure.
 *
 * Written in session 25 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

// ---------------------------------------------------------------- PRNG & helpers
let SEED = 0x25c0ffee >>> 0;
function rnd() {
  SEED = (SEED + 0x6d2b79f5) >>> 0;
  let t = SEED;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const pf = (a) => { const v = pick(a); return typeof v === 'function' ? v() : v; }; // lazy pick: only the chosen alternative registers labels
const chance = (p) => rnd() < p;
const dig = (n) => { let s = ''; for (let i = 0; i < n; i++) s += Math.floor(rnd() * 10); return s; };
const dig1 = (n) => String(ri(1, 9)) + dig(n - 1);
const hex = (n, up = true) => { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(rnd() * 16)]; return up ? s.toUpperCase() : s; };
const p2 = (n) => String(n).padStart(2, '0');
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function wpick(pairs) { let tot = 0; for (const [, w] of pairs) tot += w; let r = rnd() * tot; for (const [v, w] of pairs) { r -= w; if (r < 0) return v; } return pairs[0][0]; }
const fw = (s) => s.replace(/[0-9A-Za-z@]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
function nrows() { const r = rnd(); if (r < 0.22) return ri(1, 3); if (r < 0.6) return ri(4, 12); if (r < 0.86) return ri(13, 30); return ri(31, 80); }
const USED = new Set();
function uniq(fn) { for (;;) { const v = fn(); if (!USED.has(v)) { USED.add(v); return v; } } }

// ---------------------------------------------------------------- check algorithms
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheckChar(b17) { let s = 0; for (let i = 0; i < 17; i++) s += +b17[i] * IDW[i]; return '10X98765432'[s % 11]; }
function upgrade15(s) { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheckChar(b); }
function luhnDigit(body) { let s = 0, dbl = true; for (let i = body.length - 1; i >= 0; i--) { let v = +body[i]; if (dbl) { v *= 2; if (v > 9) v -= 9; } s += v; dbl = !dbl; } return String((10 - (s % 10)) % 10); }
const luhnOk = (n) => luhnDigit(n.slice(0, -1)) === n.slice(-1);
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
const OW = [3, 7, 9, 10, 5, 8, 4, 2];
function orgCheck(b8) { let s = 0; for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * OW[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
const dim = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

// ---------------------------------------------------------------- pools
const REGIONS = ['110101', '110102', '110105', '110106', '110108', '110114', '120101', '120104', '130102', '130104', '140105', '150102', '210102', '210106', '220102', '230102', '310101', '310104', '310110', '310115', '320102', '320106', '320506', '330102', '330106', '330205', '340104', '350102', '350203', '360102', '370102', '370202', '410105', '420102', '420106', '430104', '440103', '440104', '440106', '440303', '440304', '440305', '440306', '441900', '445202', '450103', '460105', '460106', '500103', '500106', '510104', '510107', '520102', '530102', '540102', '610113', '620102', '630104', '640104', '650102', '650104'];
const PROV_OK = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']);
const USCC_REG = ['440300', '440305', '440304', '440106', '110108', '110105', '310115', '310104', '330100', '330106', '320500', '510100', '420100', '610100', '410100', '370200'];
const SUR = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';
const COMPOUND = ['欧阳', '上官', '皇甫', '令狐', '诸葛', '司徒', '司马', '申屠', '夏侯', '贺兰', '完颜', '慕容', '尉迟', '长孙', '东方', '公孙', '宇文', '轩辕', '端木', '西门', '南宫', '独孤', '呼延', '钟离', '闻人', '万俟', '赫连', '澹台'];
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志文斌飞宇浩晨欣怡佳琪婷雪梅林峰波鑫慧颖博子涵轩睿诗雨梓俊嘉思晓海春燕昊泽瑶璐倩琳凯旭阳彬亮健坤荣德成兴福永庆祥';
const UY1 = ['买买提', '艾力', '阿不都', '热依木', '努尔', '艾合买提', '玉素甫', '麦麦提', '吾斯曼', '阿卜杜拉', '托合提', '阿依古丽', '帕提古丽', '迪丽', '古丽', '米热', '吐尔洪', '依力哈木'];
const UY2 = ['艾力', '吐尔逊', '热合曼', '阿布都拉', '依明', '卡德尔', '司马义', '尼亚孜', '吾守尔', '克里木', '沙吾提', '热娜', '木合塔尔', '艾山'];
const MINO = ['扎西次仁', '格桑卓玛', '巴特尔', '其其格', '乌兰图雅', '达瓦', '央金拉姆', '次仁多吉', '阿斯楞', '斯琴'];
const SYL = ['zhang', 'wang', 'li', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he', 'gao', 'lin', 'luo', 'wei', 'fang', 'na', 'min', 'jing', 'qiang', 'lei', 'jun', 'yong', 'yan', 'jie', 'juan', 'tao', 'ming', 'chao', 'xiu', 'xia', 'ping', 'gang', 'hua', 'yu', 'lan', 'hong', 'peng', 'hui', 'jian', 'zhi', 'wen', 'bin', 'fei', 'hao', 'xin', 'yi', 'jia', 'qi', 'ting', 'xue', 'mei', 'feng', 'bo', 'ouyang', 'situ'];
const EN = ['sunny', 'tiger', 'lucky', 'jason', 'kevin', 'amy', 'cherry', 'leo', 'echo', 'vivian', 'david', 'momo', 'xiaoyu', 'happy', 'coco', 'alex'];
const DOMS = [['qq.com', 6], ['163.com', 4], ['126.com', 2], ['foxmail.com', 1], ['sina.com', 1], ['sina.cn', 1], ['sohu.com', 1], ['aliyun.com', 1], ['139.com', 3], ['189.cn', 1], ['wo.cn', 1], ['outlook.com', 1], ['gmail.com', 1], ['hotmail.com', 1], ['yeah.net', 1]];
const MP = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158', '159', '166', '170', '171', '172', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '190', '191', '192', '193', '195', '196', '197', '198', '199', '145', '147', '162', '165', '167'];
const MP_HOT = ['135', '136', '137', '138', '139', '150', '151', '158', '159', '186', '187', '188', '189', '133', '153', '180', '181', '177', '199', '191'];
const MOB_OK = /^1(3\d|4[57]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/;
const DEMO = new Set(['13800138000', '13912345678', '18888888888']);
const AREAS = { '010': 8, '020': 8, '021': 8, '022': 8, '023': 8, '024': 8, '025': 8, '027': 8, '028': 8, '029': 8, '0755': 8, '0757': 8, '0769': 8, '0571': 8, '0512': 8, '0371': 8, '0531': 8, '0532': 8, '0574': 8, '0731': 8, '0931': 7 };
const IIN62 = ['622202', '622208', '621226', '621700', '622700', '622848', '621661', '622588', '622609', '621483', '622260', '623668', '621799', '622155', '621485', '623062'];
const IIN_VISA = ['436742', '427020', '438088', '404119'];
const IIN_MC = ['524047', '552599', '518905', '545620'];
const BANKS = ['中国工商银行', '中国建设银行', '中国农业银行', '中国银行', '招商银行', '交通银行', '中国邮政储蓄银行', '浦发银行', '平安银行'];
const HALLS = ['华强北营业厅', '南山科技园营业厅', '天河城自有厅', '徐家汇旗舰店', '西湖文化广场营业厅', '解放碑营业厅', '中关村营业厅', '五一广场营业厅', '春熙路旗舰店', '钟楼营业厅', '金水路营业厅', '高新区合作厅', '王府井营业厅', '江汉路营业厅', '余杭区临平营业厅'];
const PLANS = ['5G智享套餐个人版128元', '全球通畅享188元', '动感地带芒果卡', '神州行长话卡', '天翼畅享5G融合199元', '沃派39元', '大王卡', '花卡宝藏版', '冰激凌套餐199元', '宽带融合套餐169元', '5G畅爽冰激凌', '全家享299元', '任我看视频流量包', '福利包19元', '5G主副卡套餐'];
const VAS = ['彩铃包月', '视频会员包', '手机报', '游戏点卡代扣', '咪咕阅读包', '云盘会员'];
const MODELS = ['华为 Mate 60 Pro', 'iPhone 15 128G', '小米 14', 'OPPO Reno11', 'vivo X100', '荣耀 Magic6', '华为 nova 12', '红米 K70'];
const TITLES = ['营业员', '值班长', '客户经理', '装维工程师', '店长', '渠道经理', '网格经理', '综合部主任', '财务主管', '行政专员'];
const WORDS = ['余额', '周一', '周末', '关于', '安全', '马上', '金额', '方案', '高速', '明白', '成功', '正常', '程序', '流程', '任务', '华为'];
const PLACES = ['王府井', '张杨路', '华强北', '余杭区', '高新区', '张家口', '周口', '黄山', '江汉路', '金水区'];
const ESTATES = ['阳光花园', '翠苑小区', '金地名苑', '碧桂园', '万科城', '幸福里', '锦绣华庭', '滨江花园', '紫荆公寓', '世纪花园'];
const CITIES = [
  { p: '北京市', c: '', area: '010', ds: ['东城区', '西城区', '朝阳区', '海淀区'], rd: ['王府井大街', '中关村大街', '建国路', '学院路'] },
  { p: '上海市', c: '', area: '021', ds: ['黄浦区', '徐汇区', '浦东新区', '静安区'], rd: ['南京东路', '漕溪北路', '张杨路', '延安西路'] },
  { p: '广东省', c: '广州市', area: '020', ds: ['天河区', '越秀区', '海珠区', '番禺区'], rd: ['天河路', '中山五路', '江南大道', '体育西路'] },
  { p: '广东省', c: '深圳市', area: '0755', ds: ['南山区', '福田区', '罗湖区', '宝安区', '龙岗区'], rd: ['深南大道', '华强北路', '科技园路', '桃园路', '新安六路'] },
  { p: '广东省', c: '东莞市', area: '0769', ds: ['南城街道', '东城街道', '长安镇'], rd: ['鸿福路', '东纵大道', '莲峰路'] },
  { p: '广东省', c: '佛山市', area: '0757', ds: ['禅城区', '南海区', '顺德区'], rd: ['季华路', '桂澜路', '岭南大道'] },
  { p: '浙江省', c: '杭州市', area: '0571', ds: ['西湖区', '上城区', '滨江区', '余杭区'], rd: ['文三路', '江南大道', '解放路'] },
  { p: '江苏省', c: '苏州市', area: '0512', ds: ['姑苏区', '工业园区', '吴中区'], rd: ['干将路', '星湖街', '人民路'] },
  { p: '江苏省', c: '南京市', area: '025', ds: ['玄武区', '鼓楼区', '建邺区'], rd: ['中山路', '汉中路', '江东中路'] },
  { p: '四川省', c: '成都市', area: '028', ds: ['锦江区', '武侯区', '高新区', '成华区'], rd: ['春熙路', '天府大道', '人民南路'] },
  { p: '湖北省', c: '武汉市', area: '027', ds: ['江汉区', '武昌区', '洪山区'], rd: ['解放大道', '中南路', '江汉路'] },
  { p: '陕西省', c: '西安市', area: '029', ds: ['雁塔区', '碑林区', '未央区'], rd: ['长安南路', '小寨东路', '太白北路'] },
  { p: '河南省', c: '郑州市', area: '0371', ds: ['金水区', '二七区', '中原区'], rd: ['花园路', '农业路', '建设路'] },
  { p: '山东省', c: '青岛市', area: '0532', ds: ['市南区', '崂山区'], rd: ['香港中路', '燕儿岛路'] },
  { p: '湖南省', c: '长沙市', area: '0731', ds: ['岳麓区', '芙蓉区', '天心区'], rd: ['麓山南路', '五一大道', '芙蓉中路'] },
  { p: '甘肃省', c: '兰州市', area: '0931', ds: ['城关区', '七里河区', '安宁区'], rd: ['东岗西路', '庆阳路', '西津西路'] },
  { p: '河北省', c: '张家口市', area: null, ds: ['桥东区', '桥西区'], rd: ['胜利北路', '钻石南路'] },
  { p: '河南省', c: '周口市', area: null, ds: ['川汇区'], rd: ['八一大道', '七一路'] },
  { p: '安徽省', c: '黄山市', area: null, ds: ['屯溪区', '黄山区'], rd: ['黄山西路', '新安北路'] },
  { p: '新疆维吾尔自治区', c: '乌鲁木齐市', area: null, ds: ['天山区', '沙依巴克区'], rd: ['解放北路', '友好南路'] },
];
const CARRIERS = ['中国移动', '中国联通', '中国电信', '中国广电'];
const CO_WORD = ['鑫达', '恒通', '联发', '华信', '嘉和', '顺捷', '众诚', '万通', '金桥', '宏图', '讯达', '天翼通'];
const CO_CITY = ['深圳市', '广州市', '东莞市', '杭州市', '成都市', '武汉市', '苏州市', '郑州市'];
const CO_TAIL = ['通讯器材有限公司', '通信科技有限公司', '电子商行', '智能科技有限公司', '物联网技术有限公司', '贸易有限公司', '物流有限公司'];

// ---------------------------------------------------------------- value generators
function genName() {
  const r = rnd();
  if (r < 0.05) return pick(UY1) + pick(['·', '·', '·', '•']) + pick(UY2);
  if (r < 0.075) return pick(MINO);
  let sur;
  if (r < 0.14) sur = pick(COMPOUND);
  else sur = chance(0.55) ? SUR[ri(0, 19)] : SUR[ri(0, SUR.length - 1)];
  const gl = sur.length === 2 ? ri(1, 2) : chance(0.3) ? 1 : 2;
  let g = ''; for (let i = 0; i < gl; i++) g += GIVEN[ri(0, GIVEN.length - 1)];
  return sur + g;
}
function genId(y1 = 1950, y2 = 2006) {
  return uniq(() => { const y = ri(y1, y2), m = ri(1, 12), dd = ri(1, dim(y, m)); const b = pick(REGIONS) + y + p2(m) + p2(dd) + dig(3); return b + idCheckChar(b); });
}
function genLegacy() { // 15-digit raw
  return uniq(() => { const y = ri(40, 84), m = ri(1, 12), dd = ri(1, dim(1900 + y, m)); return pick(REGIONS) + p2(y) + p2(m) + p2(dd) + dig(3); });
}
const genMobile = () => uniq(() => { const v = (chance(0.55) ? pick(MP_HOT) : pick(MP)) + dig(8); return DEMO.has(v) ? '13800138000' : v; });
function genCard() {
  return uniq(() => {
    const r = rnd(); let pre, len;
    if (r < 0.82) { pre = pick(IIN62); len = pre.startsWith('625') ? 16 : pick([16, 19, 19, 19]); } else if (r < 0.92) { pre = pick(IIN_VISA); len = 16; } else { pre = pick(IIN_MC); len = 16; }
    const body = pre + dig(len - 1 - pre.length); return body + luhnDigit(body);
  });
}
function genCorpAcct() { return uniq(() => pick([() => '4000' + dig(15), () => '44201' + dig(15), () => '7' + dig(15), () => '1' + dig(12), () => '6' + dig(11)])()); }
function genLocal() {
  switch (ri(0, 6)) {
    case 0: return pick(SYL) + pick(SYL);
    case 1: return pick(SYL) + '.' + pick(SYL);
    case 2: return pick(SYL) + pick(SYL) + ri(1, 9999);
    case 3: return pick(SYL) + '_' + ri(1960, 2010);
    case 4: return pick(SYL)[0] + pick(SYL)[0] + pick(SYL) + ri(10, 99);
    case 5: return pick(EN) + ri(1, 999);
    default: return pick(SYL) + pick(SYL) + pick(SYL);
  }
}
function genEmail(mob) {
  return uniq(() => {
    const dom = wpick(DOMS); let loc;
    if (dom === 'qq.com' && chance(0.6)) loc = dig1(ri(6, 10));
    else if (['139.com', '189.cn', 'wo.cn'].includes(dom) && mob && chance(0.65)) loc = mob;
    else loc = genLocal();
    return loc + '@' + dom;
  });
}
function genLand(area) {
  area = area || pick(Object.keys(AREAS));
  const sub = String(ri(2, 8)) + dig(AREAS[area] - 1);
  const v = area + sub; if (USED.has(v)) return genLand(area); USED.add(v);
  return { area, sub };
}
function genUscc() {
  return uniq(() => {
    const auth = pick(['91', '91', '91', '91', '92', '93', '12', '52']);
    let org8 = chance(0.6) ? 'MA' + Array.from({ length: 6 }, () => UA[ri(0, 30)]).join('') : dig(8);
    const body = auth + pick(USCC_REG) + org8 + orgCheck(org8);
    return body + usccCheck(body);
  });
}
const genPassport = () => uniq(() => (chance(0.5) ? 'E' + dig(8) : 'E' + pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')) + dig(7)));
const genHomeReturn = () => uniq(() => pick(['H', 'M']) + dig1(8) + (chance(0.5) ? p2(ri(0, 12)) : ''));
function P(d) {
  let name; do name = genName(); while (d.names.has(name)); d.names.add(name);
  const mob = genMobile();
  return { name, id: genId(), mob, card: genCard(), email: genEmail(mob) };
}
function address(d, city) {
  city = city || pick(CITIES);
  let a = (city.c && chance(0.35) ? '' : city.p) + city.c + pick(city.ds) + pick(city.rd) + ri(1, 999) + '号' + pick(ESTATES) + ri(1, 30) + pick(['栋', '幢', '座']) + (chance(0.6) ? ri(1, 6) + '单元' : '') + ri(1, 33) + p2(ri(1, 8));
  for (const w of PLACES) if (a.includes(w)) d.x('place', w);
  return a;
}

// ---------------------------------------------------------------- decoy generators
function rts(y1 = 2023, y2 = 2025) { const a = Date.UTC(y1, 0, 1), b = Date.UTC(y2, 5, 30); return a + Math.floor(rnd() * (b - a)); }
function ymd(ms) { const t = new Date(ms + 8 * 3600e3); return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), h: t.getUTCHours(), mi: t.getUTCMinutes(), s: t.getUTCSeconds() }; }
function fmtTs(ms, st) {
  const t = ymd(ms);
  switch (st) {
    case 1: return `${t.y}/${p2(t.m)}/${p2(t.d)} ${p2(t.h)}:${p2(t.mi)}`;
    case 2: return `${t.y}${p2(t.m)}${p2(t.d)}${p2(t.h)}${p2(t.mi)}${p2(t.s)}`;
    case 3: return `${t.y}-${p2(t.m)}-${p2(t.d)}T${p2(t.h)}:${p2(t.mi)}:${p2(t.s)}+08:00`;
    case 4: return `${t.y}年${t.m}月${t.d}日 ${p2(t.h)}:${p2(t.mi)}`;
    case 5: return String(Math.floor(ms));
    default: return `${t.y}-${p2(t.m)}-${p2(t.d)} ${p2(t.h)}:${p2(t.mi)}:${p2(t.s)}`;
  }
}
const TS_KIND = ['timestamp', 'timestamp', 'timestamp14', 'timestamp', 'timestamp', 'epoch_ms'];
const dstr = (ms, st = 0) => { const t = ymd(ms); return st === 1 ? `${t.y}${p2(t.m)}${p2(t.d)}` : st === 2 ? `${t.y}年${t.m}月${t.d}日` : `${t.y}-${p2(t.m)}-${p2(t.d)}`; };
const ymd8 = (ms) => dstr(ms, 1);
function iccid() { const body = '8986' + pick(['00', '01', '02', '03', '06', '07', '09', '11', '15']) + dig(chance(0.7) ? 13 : 12); return body + luhnDigit(body); }
const imsi = () => '460' + pick(['00', '02', '07', '01', '06', '09', '03', '05', '11', '15']) + dig(10);
function imeiRaw() { const b = pick(['35', '86', '86', '35']) + dig(12); return b + luhnDigit(b); }
function imei() { const v = imeiRaw(); return chance(0.15) ? `${v.slice(0, 2)}-${v.slice(2, 8)}-${v.slice(8, 14)}-${v.slice(14)}` : v; }
const meid = () => (chance(0.6) ? 'A0000' + hex(9) : '99000' + dig(9));
const mac = () => { const up = chance(0.6), sep = pick([':', '-', ':']); return Array.from({ length: 6 }, () => hex(2, up)).join(sep); };
const ontSn = () => pick(['HWTC', 'ZTEG', 'FHTT', 'YHTC', 'CIOT']) + hex(8);
function broadband(area) {
  area = area || pick(['020', '0755', '0757', '0769']);
  const gd = ['020', '0755', '0757', '0769'].includes(area);
  return pick([() => (gd ? area + dig1(8) + '@163.gd' : area + dig(10)), () => 'ad' + dig(9), () => area + dig(10), () => pick(['gz', 'sz', 'hz', 'nj']) + dig(10) + '@ADSL', () => 'KD' + dig(12)])();
}
const workOrder = (ms) => pick([() => 'GD' + ymd8(ms) + dig(6), () => ymd8(ms) + dig(8), () => '1-' + hex(7), () => 'WO-' + ymd8(ms) + '-' + dig(5)])();
function acceptNo(ms) { let s = ymd8(ms) + dig(10); if (chance(0.4)) { const c = idCheckChar(s.slice(0, 17)); if (c !== 'X') s = s.slice(0, 17) + c; } return s; }
function serialNo(ms) { const t = ymd(ms); let b = `${t.y}${p2(t.m)}${p2(t.d)}${p2(t.h)}${p2(t.mi)}${p2(t.s)}` + dig(pick([4, 5, 6])); if (chance(0.5)) b = b.slice(0, -1) + luhnDigit(b.slice(0, -1)); return b; }
const planCode = () => pick([() => '9006' + dig(4), () => 'P' + dig(8), () => 'TC' + dig(6), () => 'prod.' + dig1(10), () => '5000' + dig(6)])();
const cellId = () => pick([() => `CGI 460-00-${ri(10000, 65535)}-${ri(10000, 65535)}`, () => 'ECI ' + dig1(9), () => 'eNB' + dig1(6), () => `TAC ${ri(10000, 65535)} / PCI ${ri(0, 503)}`])();
const smsPort = () => pick([() => '1069' + dig(10), () => '106575' + dig(8), () => '10658' + dig(6), () => '1065502' + dig(7)])();
const SERVICE = ['10086', '10010', '10000', '10099', '12300', '1008611', '12321', '10086999'];
const amount = () => (chance(0.3) ? '-' : '') + ri(1, 899) + '.' + p2(ri(0, 99));
const staffNo = () => pick(['GZ', 'SZ', 'HZ', 'BJ', 'SH', 'CD', 'WH', 'XA']) + dig(4);
const contractNo = (ms) => 'HY' + ymd8(ms) + dig(6);
const iotNum = () => pick([() => '1440' + dig(9), () => '1064' + dig(9), () => '1410' + dig(9), () => '146' + dig(8), () => '148' + dig(8), () => '149' + dig(8)])();
const maskMob = (m) => pick([() => m.slice(0, 3) + '****' + m.slice(7), () => m.slice(0, 3) + '****' + m.slice(7), () => m.slice(0, 3) + 'xxxx' + m.slice(7), () => '尾号' + m.slice(7)])();
const maskId = (v) => pick([() => v.slice(0, 6) + '********' + v.slice(14), () => v.slice(0, 3) + '***********' + v.slice(14), () => '*'.repeat(14) + v.slice(14)])();
const maskCard = (c) => pick([() => c.slice(0, 4) + ' **** **** ' + c.slice(-4), () => c.slice(0, 6) + '******' + c.slice(-4), () => '**** ' + c.slice(-4)])();
const maskName = (n) => (n.includes('·') || n.includes('•') ? n[0] + '**' : pick([() => n[0] + '*'.repeat(n.length - 1), () => n[0] + '某', () => n[0] + '*' + n.slice(2)])());
const company = () => pick(CO_CITY) + pick(CO_WORD) + pick(CO_TAIL);

// ---------------------------------------------------------------- formatting of personal values
function fmtMob(v, st) {
  switch (st) {
    case 1: return `${v.slice(0, 3)} ${v.slice(3, 7)} ${v.slice(7)}`;
    case 2: return `${v.slice(0, 3)}-${v.slice(3, 7)}-${v.slice(7)}`;
    case 3: return `+86 ${v.slice(0, 3)} ${v.slice(3, 7)} ${v.slice(7)}`;
    case 4: return '+86' + v;
    case 5: return '+86-' + v;
    case 6: return '0086 ' + v;
    case 7: return '(+86)' + v;
    case 8: return fw(v);
    default: return v;
  }
}
function fmtLand(L, st) {
  const { area, sub } = L; const s2 = sub.length === 8 ? sub.slice(0, 4) + ' ' + sub.slice(4) : sub.slice(0, 3) + ' ' + sub.slice(3);
  switch (st) {
    case 1: return area + sub;
    case 2: return `(${area})${sub}`;
    case 3: return `（${area}）${sub}`;
    case 4: return area + ' ' + s2;
    case 5: return '+86 ' + area.slice(1) + ' ' + s2;
    case 6: return '0086-' + area.slice(1) + '-' + sub;
    default: return area + '-' + sub;
  }
}
function fmtId(v, st) {
  if (st === 1 && v.endsWith('X')) return v.slice(0, 17) + 'x';
  if (st === 2) return `${v.slice(0, 6)} ${v.slice(6, 14)} ${v.slice(14)}`;
  if (st === 3) return fw(v);
  return v;
}
function fmtCard(v, st) { if (st === 1) return v.replace(/(\d{4})(?=\d)/g, '$1 '); if (st === 2) return v.replace(/(\d{4})(?=\d)/g, '$1-'); return v; }
function fmtName(v, st) { if (st === 1 && v.length === 2) return v[0] + pick(['　', ' ', '  ']) + v[1]; if (st === 2 && v.length === 2) return v[0] + '　' + v[1]; return v; }
function fmtMail(v, st) {
  if (st === 1) return v[0].toUpperCase() + v.slice(1);
  if (st === 2) { const [l, dm] = v.split('@'); return l + '@' + dm.toUpperCase(); }
  if (st === 3) return v.replace('@', '＠');
  return v;
}

// ---------------------------------------------------------------- normalisation & validation
function norm(det, raw) {
  const s = raw.normalize('NFKC');
  switch (det) {
    case 'person_name_zh': return raw.replace(/[\s\u3000]/g, '');
    case 'cn_mobile': { let t = s.replace(/[^\d+]/g, ''); if (t.startsWith('+86')) t = t.slice(3); else if (t.startsWith('0086')) t = t.slice(4); else if (t.length === 13 && t.startsWith('86')) t = t.slice(2); else if (t.length === 12 && t.startsWith('0')) t = t.slice(1); return t; }
    case 'cn_landline': { let t = s.replace(/[^\d+]/g, ''); if (t.startsWith('+86')) t = '0' + t.slice(3); else if (t.startsWith('0086')) t = '0' + t.slice(4); return t; }
    case 'cn_resident_id': { let t = s.replace(/[\s-]/g, '').toUpperCase(); if (/^\d{15}$/.test(t)) t = upgrade15(t); return t; }
    case 'bank_card': return s.replace(/\D/g, '');
    case 'email': return s.trim().toLowerCase();
    case 'cn_uscc': return s.replace(/[\s-]/g, '').toUpperCase();
    case 'cn_passport': return s.replace(/\s/g, '').toUpperCase();
    default: throw new Error('unknown detector ' + det);
  }
}
function idValid(v) {
  if (!/^\d{17}[\dX]$/.test(v) || !PROV_OK.has(v.slice(0, 2))) return false;
  const y = +v.slice(6, 10), m = +v.slice(10, 12), dd = +v.slice(12, 14);
  if (y < 1900 || y > 2025 || m < 1 || m > 12 || dd < 1 || dd > dim(y, m)) return false;
  return idCheckChar(v.slice(0, 17)) === v[17];
}
function landValid(v) { for (const [a, n] of Object.entries(AREAS)) if (v.startsWith(a) && v.length === a.length + n && /^[2-8]$/.test(v[a.length])) return true; return false; }
function usccValid(v) { return v.length === 18 && [...v].every((c) => UA.includes(c)) && usccCheck(v.slice(0, 17)) === v[17] && orgCheck(v.slice(8, 16)) === v[16]; }
function valueValid(det, v, strict) {
  switch (det) {
    case 'person_name_zh': return /^[\u4e00-\u9fff]{2,4}$/.test(v) || (/^[\u4e00-\u9fff]+([·•][\u4e00-\u9fff]+)+$/.test(v) && v.length <= 16);
    case 'cn_mobile': return strict ? MOB_OK.test(v) && !DEMO.has(v) : /^1[3-9]\d{9}$/.test(v);
    case 'cn_landline': return landValid(v);
    case 'cn_resident_id': return idValid(v);
    case 'bank_card': return strict ? /^\d{16,19}$/.test(v) && luhnOk(v) : /^\d{10,30}$/.test(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v);
    case 'cn_uscc': return usccValid(v);
    case 'cn_passport': return /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}|[DSP]E\d{7})$/.test(v) || (!strict && /^[HM]\d{8}(\d{2})?$/.test(v));
    default: return false;
  }
}
const NUMERIC = new Set(['cn_mobile', 'cn_landline', 'cn_resident_id', 'bank_card']);

// ---------------------------------------------------------------- document model
class Doc {
  constructor(kind) {
    this.kind = kind; this.E = new Map(); this.D = new Map(); this.X = new Map(); this.names = new Set();
    this.ms = wpick([[0, 10], [1, 1], [2, 1], [4, 1], [3, 1], [6, 0.4], [7, 0.4], [5, 0.4]]); this.inTable = false;
    this.ls = ri(0, 6); this.is = wpick([[0, 10], [1, 1.5], [2, 0.6], [3, 0.2]]); this.cs = wpick([[0, 6], [1, 3], [2, 0.5]]);
    this.ns = 0; this.plain = false; this.tsSt = wpick([[0, 6], [1, 2], [2, 1.5], [3, 1], [4, 1], [5, 1]]);
  }
  _add(map, det, raw) { const v = norm(det, raw); const k = det + '|' + v; let e = map.get(k); if (!e) { e = { detector: det, value: v, raws: new Set() }; map.set(k, e); } e.raws.add(raw); return raw; }
  e(det, raw) { return this._add(this.E, det, raw); }
  dc(det, raw) { return this._add(this.D, det, raw); }
  x(kind, text) { text = String(text); if (!this.X.has(text)) this.X.set(text, kind); return text; }
  w(word) { return this.x('word', word); }
  st(docSt, alts, p = 0.12) { if (this.plain) return 0; return chance(p) ? pick(alts) : docSt; }
  name(v, st) { return this.e('person_name_zh', fmtName(v, st ?? (this.plain ? 2 : this.inTable && chance(0.06) ? 1 : 0))); }
  mob(v, st) { return this.e('cn_mobile', fmtMob(v, st ?? this.st(this.ms, [0, 1, 2, 4, 0, 1, 2, 4, 8]))); }
  dcMob(v, st) { return this.dc('cn_mobile', fmtMob(v, st ?? this.st(this.ms, [0, 2]))); }
  land(L, st) { return this.e('cn_landline', fmtLand(L, st ?? (this.plain ? pick([0, 1]) : this.st(this.ls, [0, 1, 2, 4])))); }
  dcLand(L, st) { return this.dc('cn_landline', fmtLand(L, st ?? pick([0, 0, 1, 2, 4, 5]))); }
  id(v, st) { return this.e('cn_resident_id', fmtId(v, st ?? this.st(this.is, [0, 1, 2], 0.08))); }
  card(v, st) { return this.e('bank_card', fmtCard(v, st ?? this.st(this.cs, [0, 1], 0.1))); }
  mail(v, st) {
    const raw = fmtMail(v, st ?? wpick([[0, 20], [1, 1.5], [2, 1], [3, 0.3]]));
    this.e('email', raw); const loc = v.split('@')[0]; if (/^1[3-9]\d{9}$/.test(loc)) this.e('cn_mobile', loc);
    return raw;
  }
  dcMail(v) { return this.dc('email', v); }
  uscc(v) { return this.e('cn_uscc', chance(0.1) ? v.toLowerCase() : v); }
  ts(ms, st) { st = st ?? this.tsSt; return this.x(TS_KIND[st], fmtTs(ms, st)); }
}

// ---------------------------------------------------------------- table rendering
const SEPS = [',', ',', ',', '\t', '\t', '|', ' | ', 'pad', 'md', ';', '，'];
const dw = (s) => [...s].reduce((a, c) => a + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
function render(headers, rows, sep) {
  if (sep === 'md') return ['| ' + headers.join(' | ') + ' |', '|' + headers.map(() => '---').join('|') + '|', ...rows.map((r) => '| ' + r.join(' | ') + ' |')].join('\n');
  if (sep === 'pad') {
    const w = headers.map((h, i) => Math.max(dw(h), ...rows.map((r) => dw(r[i]))));
    const line = (r) => r.map((c, i) => c + ' '.repeat(w[i] - dw(c) + 2)).join('').trimEnd();
    return [line(headers), ...rows.map(line)].join('\n');
  }
  const q = (c) => (sep === ',' && /[",\n]/.test(c) ? '"' + c.replace(/"/g, '""') + '"' : c);
  return [headers, ...rows].map((r) => r.map(q).join(sep)).join('\n');
}
function kvRender(headers, row) {
  const sep = pick(['：', ': ', '：', ' : ', '=']);
  const pairs = headers.map((h, i) => h + sep + row[i]);
  return chance(0.6) ? pairs.join('\n') : pairs.join(pick(['；', '，', '  ', ' | ']));
}
// cols: [{k, h:[...], req, p, g:(ctx)=>string}]; mk(i, keys) -> ctx
function tableDoc(d, cols, n, mk, opt = {}) {
  let chosen = cols.filter((c) => c.req || chance(c.p ?? 0.6));
  if (!opt.fixedOrder && chance(0.45)) chosen = shuffle(chosen);
  const sep = opt.sep ?? pick(SEPS);
  d.plain = sep === 'pad'; d.inTable = true;
  const headers = chosen.map((c) => pick(c.h));
  const keys = new Set(chosen.map((c) => c.k));
  const rows = [];
  for (let i = 0; i < n; i++) { const ctx = mk ? mk(i, keys) : {}; ctx.i = i; ctx.keys = keys; rows.push(chosen.map((c) => c.g(ctx))); }
  const out = n === 1 && chance(0.5) ? kvRender(headers, rows[0]) : render(headers, rows, sep);
  d.plain = false; d.inTable = false;
  return out;
}

// ================================================================= document kinds
function kKaihu(d) {
  const hall = pick(HALLS); const base = rts(); const sn = staffNo();
  const cols = [
    { k: 'no', h: ['序号', 'No.', '#'], p: 0.5, g: (c) => String(c.i + 1) },
    { k: 'acc', h: ['受理单号', '业务流水号', '订单编号'], p: 0.7, g: (c) => d.x('accept_no', acceptNo(c.t)) },
    { k: 'ts', h: ['受理时间', '办理时间', '入网时间'], p: 0.8, g: (c) => d.ts(c.t) },
    { k: 'name', h: ['机主姓名', '客户姓名', '姓名', '用户名称', '机主'], req: true, g: (c) => d.name(c.p.name) },
    { k: 'type', h: ['证件类型'], p: 0.4, g: (c) => (c.pp ? '护照' : c.hr ? '港澳居民来往内地通行证' : pick(['身份证', '居民身份证', '18位身份证'])) },
    { k: 'id', h: ['证件号码', '身份证号', '身份证号码', '证件号', '公民身份号码'], req: true, g: (c) => (c.pp ? d.e('cn_passport', c.pp) : c.hr ? d.dc('cn_passport', c.hr) : d.id(c.p.id)) },
    { k: 'mob', h: ['办理号码', '开户号码', '服务号码', '手机号码', '新号码'], req: true, g: (c) => d.mob(c.p.mob) },
    { k: 'contact', h: ['联系电话', '备用联系电话', '联系方式'], p: 0.5, g: (c) => (chance(0.3) ? d.land(genLand()) : d.mob(genMobile())) },
    { k: 'iccid', h: ['ICCID', 'SIM卡号', '卡号(ICCID)'], p: 0.75, g: () => d.x('iccid', iccid()) },
    { k: 'imsi', h: ['IMSI'], p: 0.45, g: () => d.x('imsi', imsi()) },
    { k: 'plan', h: ['套餐', '主套餐'], p: 0.45, g: () => d.x('product', pick(PLANS)) },
    { k: 'pc', h: ['套餐编码', '资费编码', '产品ID'], p: 0.6, g: () => d.x('plan_code', planCode()) },
    { k: 'card', h: ['代扣银行卡', '银行卡号', '托收账号', '绑定银行卡'], p: 0.6, g: (c) => d.card(c.p.card) },
    { k: 'mail', h: ['电子邮箱', '账单邮箱', 'Email', 'E-mail'], p: 0.6, g: (c) => d.mail(c.p.email) },
    { k: 'op', h: ['营业员工号', '受理工号', '操作员'], p: 0.5, g: () => d.x('staff_no', sn) },
    { k: 'ch', h: ['入网渠道', '受理渠道'], p: 0.3, g: () => d.x('org_name', hall) },
  ];
  const n = nrows();
  const body = tableDoc(d, cols, n, (i, keys) => ({ p: P(d), t: base + i * ri(60e3, 3600e3), pp: keys.has('type') && chance(0.04) ? genPassport() : null, hr: keys.has('type') && chance(0.03) ? genHomeReturn() : null }));
  const op = P(d);
  const head = pf([() => `${d.x('org_name', hall)} 实名登记明细（${d.x('date', dstr(base))}）`, () => `开户实名登记表  导出日期 ${d.x('date', dstr(base, 2))}`, () => `入网登记导出_${d.x('date', ymd8(base))}.csv`, `【${hall}】当日新入网用户`]);
  const foot = pf([() => `合计：${n} 户    导出人：${d.name(op.name)}（${d.x('staff_no', sn)}）`, `共 ${n} 条记录；本表含客户敏感信息，严禁外传。`, () => `值班长：${d.name(op.name)}  ${d.mob(op.mob)}`]);
  return `${head}\n${body}\n${foot}`;
}

function kXiezhuan(d) {
  const base = rts(); const maskIds = chance(0.3); const out = chance(0.5);
  const cols = [
    { k: 'sn', h: ['申请流水号', 'NP流水', '工单号'], p: 0.7, g: (c) => d.x('serial_no', serialNo(c.t)) },
    { k: 'mob', h: ['携转号码', '号码', '用户号码', 'MSISDN'], req: true, g: (c) => d.mob(c.p.mob) },
    { k: 'name', h: ['机主姓名', '客户名称', '姓名'], req: true, g: (c) => d.name(c.p.name) },
    { k: 'id', h: ['证件号码', '身份证号'], p: 0.75, g: (c) => (maskIds ? d.x('masked_id', maskId(c.p.id)) : d.id(c.p.id)) },
    { k: 'from', h: ['携出方', '转出运营商'], p: 0.8, g: () => (out ? '中国移动' : pick(CARRIERS)) },
    { k: 'to', h: ['携入方', '转入运营商'], p: 0.8, g: () => pick(CARRIERS) },
    { k: 'auth', h: ['授权码', '携转授权码'], p: 0.5, g: () => d.x('auth_code', dig1(6)) },
    { k: 'ts', h: ['申请时间', '提交时间'], p: 0.8, g: (c) => d.ts(c.t) },
    { k: 'st', h: ['状态', '处理结果'], p: 0.7, g: (c) => c.st },
    { k: 'why', h: ['失败原因', '备注'], p: 0.5, g: (c) => (c.st === '失败' ? pf([() => `存在在网合约（${d.x('contract_no', contractNo(c.t))}）`, () => `欠费 ${d.x('amount', amount())} 元`, () => `融合宽带 ${d.x('broadband_account', broadband())} 未拆机`, '证件信息不一致']) : '') },
    { k: 'contact', h: ['联系电话', '回访号码'], p: 0.3, g: () => d.mob(genMobile()) },
  ];
  const body = tableDoc(d, cols, nrows(), (i) => ({ p: P(d), t: base + i * ri(1e5, 5e6), st: pick(['成功', '成功', '失败', '审核中']) }));
  const head = pf([() => `携号转网${out ? '携出' : '携入'}明细 ${d.x('date', dstr(base))}`, 'NP携转清单（内部）', () => `${d.x('org_name', pick(HALLS))} 携转挽留名单`]);
  const foot = pf([() => `注：用户可发送 SQXZ#姓名#证件号码 至 ${d.x('service_number', '10086')} 查询携转资格。`, `挽留话术见附件；挽留失败请在 24 小时内回填。`, '']);
  return `${head}\n${body}\n${foot}`.trim();
}

function kKuandai(d) {
  const city = pick(CITIES.filter((c) => c.area)); const base = rts(); const staff = Array.from({ length: ri(1, 4) }, () => P(d));
  const n = chance(0.35) ? ri(1, 3) : nrows();
  if (n <= 3 && chance(0.8)) {
    const blocks = [];
    for (let i = 0; i < n; i++) {
      const c = P(d), s = pick(staff), t = base + i * 7e6; const L = [];
      L.push(pick(['【宽带装机工单】', '宽带新装派单', `=== 装维工单 ${i + 1} ===`]));
      L.push(`工单号：${d.x('work_order', workOrder(t))}    受理时间：${d.ts(t)}`);
      L.push(`业务类型：${pick(['新装', '移机', '提速', '拆机'])} ${pick(['300M', '500M', '1000M', 'FTTR 千兆'])} 宽带${chance(0.5) ? ' + IPTV' : ''}`);
      L.push(`${pick(['客户姓名', '联系人', '装机联系人'])}：${d.name(c.name)}    ${pick(['联系电话', '手机', '电话'])}：${d.mob(c.mob)}${chance(0.5) ? `    固话：${d.land(genLand(city.area))}` : ''}`);
      if (chance(0.4)) L.push(`证件号码：${d.id(c.id)}`);
      L.push(`装机地址：${address(d, city)}`);
      L.push(`预约时间：${d.ts(t + 864e5, 0)}${chance(0.5) ? `（客户要求${d.w('周末')}上门）` : ''}`);
      L.push(`宽带账号：${d.x('broadband_account', broadband(city.area))}`);
      L.push(`光猫：${pick(['HG8245H', 'ZXHN F650', 'HN8145X6', 'PT924G'])}  SN：${d.x('ont_sn', ontSn())}${chance(0.6) ? `  MAC：${d.x('mac', mac())}` : ''}`);
      if (chance(0.5)) L.push(`OLT：${d.x('olt_port', `OLT-${pick(['SZNS', 'GZTH', 'HZXH', 'CDWH'])}-${p2(ri(1, 20))} ${ri(0, 1)}/${ri(1, 16)}/${ri(0, 15)}`)}`);
      L.push(`装维人员：${d.name(s.name)} ${d.mob(s.mob)}`);
      if (chance(0.5)) L.push(`备注：${pf([() => `${d.w('周一')}至周五白天家中无人，请提前电话联系`, '客户自购路由器', () => `已收取调测费 ${d.x('amount', amount())} 元`, () => `老用户续约，原合约 ${d.x('contract_no', contractNo(t))}`])}`);
      blocks.push(L.join('\n'));
    }
    return blocks.join('\n\n');
  }
  const cols = [
    { k: 'wo', h: ['工单号', '派单编号'], req: true, g: (c) => d.x('work_order', workOrder(c.t)) },
    { k: 'ts', h: ['受理时间'], p: 0.5, g: (c) => d.ts(c.t) },
    { k: 'name', h: ['客户姓名', '联系人', '装机联系人'], req: true, g: (c) => d.name(c.p.name) },
    { k: 'mob', h: ['联系电话', '手机号码', '联系人电话'], req: true, g: (c) => d.mob(c.p.mob) },
    { k: 'land', h: ['固话', '座机', '固定电话'], p: 0.4, g: () => (chance(0.6) ? d.land(genLand(city.area)) : '') },
    { k: 'id', h: ['证件号码', '身份证'], p: 0.35, g: (c) => d.id(c.p.id) },
    { k: 'addr', h: ['装机地址', '安装地址'], req: true, g: () => address(d, city) },
    { k: 'appt', h: ['预约时间', '预约上门时间'], p: 0.8, g: (c) => d.ts(c.t + 864e5) },
    { k: 'bb', h: ['宽带账号', '上网账号'], p: 0.8, g: () => d.x('broadband_account', broadband(city.area)) },
    { k: 'rate', h: ['速率'], p: 0.4, g: () => pick(['300M', '500M', '1000M']) },
    { k: 'sn', h: ['光猫SN', '终端串号'], p: 0.7, g: () => d.x('ont_sn', ontSn()) },
    { k: 'mac', h: ['MAC', '光猫MAC'], p: 0.4, g: () => d.x('mac', mac()) },
    { k: 'staff', h: ['装维人员', '装维师傅', '施工人员'], p: 0.7, g: (c) => d.name(c.s.name) },
    { k: 'sm', h: ['装维电话', '师傅电话'], p: 0.5, g: (c) => d.mob(c.s.mob) },
  ];
  const head = pf([() => `${city.c || city.p}宽带装机派单表 ${d.x('date', dstr(base))}`, '装维工单导出', () => `FTTR/宽带新装工单（${d.x('org_name', pick(HALLS))}）`]);
  return head + '\n' + tableDoc(d, cols, n, (i) => ({ p: P(d), s: pick(staff), t: base + i * ri(6e5, 36e5) }));
}

function kQianfei(d) {
  const base = rts(); const collector = P(d); const maskCards = chance(0.35);
  const cols = [
    { k: 'acct', h: ['账户编号', '账户ID', '合同号'], p: 0.7, g: () => d.x('account_id', '3' + dig(11)) },
    { k: 'name', h: ['客户名称', '客户姓名', '户名', '机主'], req: true, g: (c) => d.name(c.p.name) },
    { k: 'mob', h: ['服务号码', '欠费号码', '号码', '计费号码'], req: true, g: (c) => d.mob(c.p.mob) },
    { k: 'amt', h: ['欠费金额', '欠费(元)', '应缴金额'], req: true, g: () => d.x('amount', amount()) },
    { k: 'per', h: ['账期'], p: 0.5, g: () => pick(['2024-01~2024-03', '2024-04', '2023-12~2024-02', '2025-01~2025-03']) },
    { k: 'stop', h: ['停机状态', '状态'], p: 0.6, g: () => pick(['双停', '单停', '正常', '预销户']) },
    { k: 'contact', h: ['联系电话', '其他联系方式', '紧急联系人电话'], p: 0.5, g: () => (chance(0.35) ? d.land(genLand()) : d.mob(genMobile())) },
    { k: 'card', h: ['代扣卡号', '托收账号', '签约银行卡'], p: 0.6, g: (c) => (maskCards ? d.x('masked_card', maskCard(c.p.card)) : d.card(c.p.card)) },
    { k: 'id', h: ['证件号码', '身份证号码'], p: 0.4, g: (c) => d.id(c.p.id) },
    { k: 'cust', h: ['客户编码', '客户ID'], p: 0.5, g: () => d.x('customer_id', 'C' + dig1(10)) },
    { k: 'stopt', h: ['停机时间'], p: 0.55, g: (c) => d.ts(c.t + 5e8) },
    { k: 'last', h: ['最近缴费时间', '最后通话时间'], p: 0.5, g: (c) => d.ts(c.t) },
    { k: 'mail', h: ['账单邮箱'], p: 0.3, g: (c) => d.mail(c.p.email) },
    { k: 'res', h: ['催缴结果', '备注'], p: 0.5, g: () => pf(['承诺缴费', '无人接听', () => `已发短信（${d.x('sms_port', smsPort())}）`, '拒缴', () => `${d.w('余额')}不足已提醒`, '']) },
    { k: 'who', h: ['催缴人'], p: 0.25, g: () => d.name(collector.name) },
  ];
  const head = pf([() => `欠费催缴清单（欠费≥100元）${d.x('date', dstr(base))}`, '欠费用户外呼名单', () => `${d.x('org_name', pick(HALLS))} 催缴任务`]);
  const foot = pf([() => `催缴负责人：${d.name(collector.name)}，手机 ${d.mob(collector.mob)}`, () => `客户可拨打 ${d.x('service_number', pick(['10086', '10010', '10000']))} 或登录 APP 缴费。`, '']);
  return `${head}\n${tableDoc(d, cols, nrows(), (i) => ({ p: P(d), t: base - i * ri(1e6, 9e7) }))}\n${foot}`.trim();
}

function kTaocan(d) {
  const n = nrows(); const base = rts(); const L = []; const fmt = ri(0, 2); const sys = pick(['crm-order', 'BOSS', 'CBSS', 'ESOP']);
  for (let i = 0; i < n; i++) {
    const c = P(d), t = base + i * ri(1e3, 6e5);
    const oid = chance(0.5) ? d.x('accept_no', acceptNo(t)) : d.x('serial_no', serialNo(t));
    const o = d.x('plan_code', planCode()), nw = d.x('plan_code', planCode()), op = d.x('staff_no', staffNo());
    const hasName = chance(0.7), hasId = chance(0.3), hasMail = chance(0.25), hasEpoch = chance(0.3);
    if (fmt === 0) {
      let s = `${d.ts(t, 0)} INFO [${sys}] orderId=${oid} msisdn=${d.mob(c.mob, 0)}`;
      if (hasName) s += ` custName=${d.name(c.name, 0)}`;
      if (hasId) s += ` certNo=${d.id(c.id, 0)}`;
      s += ` oldOffer=${o} newOffer=${nw} opId=${op}`;
      if (hasMail) s += ` notifyEmail=${d.mail(c.email, 0)}`;
      if (hasEpoch) s += ` reqTs=${d.ts(t, 5)}`;
      if (chance(0.2)) s += ` lac=${d.x('cell_id', 'LAC' + ri(10000, 65535))}`;
      L.push(s);
    } else if (fmt === 1) {
      const j = { ts: d.ts(t, 3), order_id: oid, msisdn: d.mob(c.mob, 0) };
      if (hasName) j.cust_name = d.name(c.name, 0);
      if (hasId) j.cert_no = d.id(c.id, 0);
      j.old_offer = o; j.new_offer = nw; j.channel = pick(['10086APP', '营业厅', '网厅', '短厅']); j.op = op;
      if (hasMail) j.notify_email = d.mail(c.email, 0);
      if (hasEpoch) j.req_ms = Number(d.ts(t, 5));
      L.push(JSON.stringify(j));
    } else {
      const parts = [d.ts(t, 2), oid, pick(['CHG', 'ADD', 'DEL']), d.mob(c.mob, 0), hasName ? d.name(c.name, 0) : '', `${o}->${nw}`, 'op:' + op];
      if (hasId) parts.push(d.id(c.id, 0));
      if (hasMail) parts.push(d.mail(c.email, 0));
      L.push(parts.join('|'));
    }
  }
  const head = pf([() => `# offer-change log ${sys} ${d.x('date', dstr(base))}`, () => `套餐变更日志（生效日 ${d.x('date', ymd8(base + 30 * 864e5))}）`, '']);
  return (head ? head + '\n' : '') + L.join('\n');
}

function kFuka(d) {
  const groups = chance(0.3) ? ri(1, 2) : ri(2, 14); const L = []; const base = rts(); const asTable = chance(0.4);
  if (asTable) {
    const hd = shuffle([['主卡号码', 'm'], ['主卡机主', 'n'], ['副卡号码', 'sm'], ['副卡使用人', 'sn'], ['关系', 'r'], ['短号', 'sh'], ['生效时间', 't']]);
    const sep = pick([',', '\t', '|']); const rows = [];
    for (let g = 0; g < groups; g++) {
      const m = P(d); const k = ri(1, 4);
      for (let j = 0; j < k; j++) {
        const s = P(d); const ms = base + g * 864e5;
        const v = { m: d.mob(m.mob), n: d.name(m.name), sm: d.mob(s.mob), sn: chance(0.8) ? d.name(s.name) : '', r: pick(['配偶', '子女', '父母', '兄弟姐妹', '本人']), sh: d.x('short_no', '6' + dig(ri(4, 5))), t: d.ts(ms) };
        rows.push(hd.map(([, key]) => v[key]));
      }
    }
    return `副卡/亲情号明细 ${d.x('date', dstr(base))}\n` + render(hd.map(([h]) => h), rows, sep);
  }
  for (let g = 0; g < groups; g++) {
    const m = P(d);
    L.push(`主卡：${d.mob(m.mob)}（机主：${d.name(m.name)}${chance(0.5) ? `，证件 ${d.id(m.id)}` : ''}）套餐：${d.x('product', pick(PLANS))}（编码 ${d.x('plan_code', planCode())}）`);
    for (let j = 1; j <= ri(1, 4); j++) {
      const s = P(d);
      L.push(`  副卡${j}：${d.mob(s.mob)}  使用人：${chance(0.75) ? d.name(s.name) : '未登记'}  关系：${pick(['配偶', '子女', '父母', '朋友'])}  ICCID：${d.x('iccid', iccid())}`);
    }
    if (chance(0.6)) { const q = P(d); L.push(`  亲情号：${chance(0.4) ? d.land(genLand()) + '（家里座机）' : d.mob(q.mob) + `（${d.name(q.name)}）`}  短号 ${d.x('short_no', '6' + dig(ri(4, 5)))}`); }
  }
  return pf(['家庭网/副卡成员清单', '亲情号码登记（导出）', () => `主副卡关系表 ${d.x('date', dstr(base))}`]) + '\n' + L.join('\n');
}

function kDaily(d) {
  const hall = d.x('org_name', pick(HALLS)); const base = rts(); const me = P(d); const boss = P(d); const sn = d.x('staff_no', staffNo());
  const n = nrows(); const sep = pick(SEPS.filter((s) => s !== 'pad'));
  const hd = ['序号', '时间', pick(['受理单号', '业务流水']), '业务类型', pick(['客户姓名', '客户', '姓名']), pick(['号码', '服务号码', '手机号']), '证件号', '金额', pick(['票据号', '收据号']), '备注'];
  const rows = [];
  for (let i = 0; i < n; i++) {
    const c = P(d); const biz = pick(['新装', '补卡', '过户', '销户', '缴费', '合约机', '宽带新装', '套餐变更']); const t = ymd(base + i * 9e5);
    let note = '';
    if (biz === '补卡') note = `新卡 ${d.x('iccid', iccid())}`;
    else if (biz === '合约机') note = `IMEI ${d.x('imei', imei())}`;
    else if (biz === '缴费') note = chance(0.5) ? `刷卡 ${d.x('masked_card', maskCard(c.card))}` : `刷卡 ${d.card(c.card)}`;
    else if (biz === '过户') { const q = P(d); note = `过户给 ${d.name(q.name)} ${d.id(q.id)}`; }
    else if (biz === '宽带新装') note = `账号 ${d.x('broadband_account', broadband())}`;
    rows.push([String(i + 1), `${p2(t.h)}:${p2(t.mi)}`, d.x('accept_no', acceptNo(base + i * 9e5)), biz, d.name(c.name), d.mob(c.mob), chance(0.6) ? d.id(c.id) : '', ri(0, 3000) + '.00', chance(0.7) ? d.x('receipt_no', dig1(8)) : '', note]);
  }
  return `营业员日报\n营业厅：${hall}    日期：${d.x('date', dstr(base))}\n营业员：${d.name(me.name)}（工号 ${sn}）  ${d.x('job_title', '营业员')}\n` + render(hd, rows, sep) + `\n今日合计：${n} 笔\n${pick(['值班长', '店长'])}签字：${d.name(boss.name)}${chance(0.4) ? '  电话 ' + d.mob(boss.mob) : ''}`;
}

function kKefu(d) {
  const n = ri(1, 14); const agents = Array.from({ length: ri(1, 3) }, () => P(d)); const notes = [];
  for (let i = 0; i < n; i++) {
    const c = P(d), t = rts(), a = pick(agents), st = P(d);
    const head = pick([
      () => `【来电记录】${d.ts(t)}  来电号码：${d.mob(c.mob)}  受理工号：${d.x('staff_no', staffNo())}`, 
      () => `工单 ${d.x('work_order', workOrder(t))} | ${d.ts(t)} | 主叫 ${d.mob(c.mob)}`, 
      () => `${d.ts(t)} 客户来电（${d.mob(c.mob)}）`, 
    ])();
    const who = `客户${pick(['', '姓名：', '自称机主'])}${d.name(c.name)}${pick(['', '先生', '女士'])}`;
    const S = [
      () => `已核验身份证 ${d.id(c.id)}，与登记信息一致。`,
      () => `反映宽带（账号 ${d.x('broadband_account', broadband())}）${pick(['晚上频繁掉线', '网速只有 20M', '光猫 LOS 灯闪红'])}，光猫 SN ${d.x('ont_sn', ontSn())}，已派单装维 ${d.name(st.name)}（${d.mob(st.mob)}）上门。`,
      () => `对账单中 ${d.x('amount', amount())} 元增值业务费有异议，经查为端口 ${d.x('sms_port', smsPort())} 订购的${d.x('product', pick(VAS))}，已退订并按规定退费。`,
      () => `咨询携号转网，告知存在合约 ${d.x('contract_no', contractNo(t))}；可编辑 CXXZ#${d.name(c.name, 0)}#${d.id(c.id)} 发送至 ${d.x('service_number', '10086')} 查询。`,
      () => `新换手机（IMEI ${d.x('imei', imei())}）无法开启 VoLTE，已指导设置。`,
      () => `要求将电子发票发送至 ${d.mail(c.email)}。`,
      () => `要求变更代扣卡为 ${d.card(c.card)}（${pick(BANKS)}），原卡 ${d.x('masked_card', maskCard(genCard()))} 停止代扣。`,
      () => `反映小区室内信号差，基站 ${d.x('cell_id', cellId())} 已报障，预计${d.w('周一')}处理完毕。`,
      () => `查询${d.w('余额')}为 ${d.x('amount', amount())} 元，已告知充值方式。`,
      () => { const q = P(d); return `留联系人 ${d.name(q.name)}，电话 ${chance(0.5) ? d.mob(q.mob) : d.land(genLand())}。`; },
      () => `客户情绪激动，称${d.w('马上')}要向工信部（${d.x('service_number', '12300')}）投诉，已升级处理。`,
      () => `客户收到 ${d.x('masked_mobile', maskMob(genMobile()))} 发来的诈骗短信，已提醒注意账户${d.w('安全')}。`,
    ];
    const body = shuffle(S).slice(0, ri(1, 4)).map((f) => f()).join('');
    notes.push(`${head}\n${who}${body}\n处理人：${d.name(a.name)}`);
  }
  return pick(['客服来电记录导出', '10086 热线受理小结', '投诉回访记录', '']) + '\n' + notes.join('\n\n');
}

function kDealer(d) {
  const co = d.x('company', company()); const base = rts(); const boss = P(d); const fin = P(d);
  const L = [`代理商名称：${co}`, `代理商编码：${d.x('dealer_code', 'QD' + pick(['4403', '4401', '3301', '5101']) + dig(5))}`];
  if (chance(0.85)) L.push(`统一社会信用代码：${d.uscc(genUscc())}`);
  L.push(`负责人：${d.name(boss.name)}    联系电话：${d.mob(boss.mob)}`);
  if (chance(0.7)) L.push(`对公账户：${d.dc('bank_card', genCorpAcct())}  开户行：${pick(BANKS)}${pick(['深圳南山支行', '广州天河支行', '杭州西湖支行', '成都高新支行'])}`);
  if (chance(0.5)) L.push(`对账邮箱：${d.mail(boss.email)}`);
  else L.push(`对账邮箱：${d.dcMail(pick(['caiwu', 'finance', 'duizhang', 'service']) + '@' + pick(['xinda-tx.com', 'hengtong-sz.cn', 'zcxt.com.cn']))}  财务：${d.name(fin.name)} ${d.mob(fin.mob)}`);
  const maskIds = chance(0.3);
  const cols = [
    { k: 'dt', h: ['销售日期', '开卡日期'], p: 0.7, g: (c) => d.x('date', dstr(c.t)) },
    { k: 'mob', h: ['号码', '销售号码', '手机号'], req: true, g: (c) => (c.stock ? d.dcMob(c.p.mob, 0) : d.mob(c.p.mob)) },
    { k: 'name', h: ['用户姓名', '入网人', '客户'], req: true, g: (c) => (c.stock ? '' : d.name(c.p.name)) },
    { k: 'id', h: ['身份证号', '证件号码'], p: 0.7, g: (c) => (c.stock ? '' : maskIds ? d.x('masked_id', maskId(c.p.id)) : d.id(c.p.id)) },
    { k: 'iccid', h: ['ICCID', '卡号'], p: 0.8, g: () => d.x('iccid', iccid()) },
    { k: 'plan', h: ['套餐'], p: 0.6, g: () => d.x('product', pick(PLANS)) },
    { k: 'st', h: ['状态', '激活状态'], req: true, g: (c) => (c.stock ? pick(['号池', '未售', '预占']) : pick(['已激活', '已激活', '待激活'])) },
    { k: 'fee', h: ['佣金', '酬金(元)'], p: 0.5, g: () => String(ri(10, 200)) },
    { k: 'ts', h: ['激活时间'], p: 0.5, g: (c) => (c.stock ? '' : d.ts(c.t)) },
  ];
  const body = tableDoc(d, cols, nrows(), (i) => ({ p: P(d), t: base + i * ri(1e5, 9e6), stock: chance(0.12) }));
  return pf(['号卡代理商销售导出', () => `渠道酬金结算明细 ${d.x('date', dstr(base))}`, '社会渠道开卡明细']) + '\n' + L.join('\n') + '\n\n' + body;
}

function kXiaohu(d) {
  const base = rts(); const clerk = P(d);
  const cols = [
    { k: 'no', h: ['销户单号', '受理单号'], p: 0.8, g: (c) => d.x('accept_no', acceptNo(c.t)) },
    { k: 'mob', h: ['号码', '销户号码', '服务号码'], req: true, g: (c) => d.mob(c.p.mob) },
    { k: 'name', h: ['机主', '机主姓名', '客户名称'], req: true, g: (c) => d.name(c.p.name) },
    { k: 'id', h: ['证件号码', '身份证号码', '证件号'], req: true, g: (c) => (c.leg ? d.e('cn_resident_id', c.leg) : d.id(c.p.id)) },
    { k: 'iccid', h: ['原ICCID', 'SIM卡号'], p: 0.5, g: () => d.x('iccid', iccid()) },
    { k: 'acct', h: ['账户编号', '合同号'], p: 0.6, g: () => d.x('account_id', '3' + dig(11)) },
    { k: 'rsn', h: ['退费流水号'], p: 0.5, g: (c) => d.x('serial_no', serialNo(c.t + 864e5)) },
    { k: 'in', h: ['入网时间', '开户日期'], p: 0.6, g: (c) => d.x('date', c.leg ? `${ri(1998, 2005)}-${p2(ri(1, 12))}-${p2(ri(1, 28))}` : dstr(c.t - ri(1, 15) * 3e10)) },
    { k: 'out', h: ['销户时间'], p: 0.8, g: (c) => d.ts(c.t) },
    { k: 'why', h: ['销户原因'], p: 0.6, g: () => pick(['出国', '携号转网', '不再使用', '号码回收', '机主身故，家属办理']) },
    { k: 'bal', h: ['余额', '退费金额'], p: 0.6, g: () => d.x('amount', ri(0, 300) + '.' + p2(ri(0, 99))) },
    { k: 'card', h: ['退费账户', '退款银行卡'], p: 0.6, g: (c) => d.card(c.p.card) },
    { k: 'bank', h: ['开户行'], p: 0.4, g: () => pick(BANKS) },
    { k: 'holder', h: ['户名', '收款人'], p: 0.4, g: (c) => d.name(chance(0.85) ? c.p.name : c.q.name) },
    { k: 'clerk', h: ['经办人'], p: 0.4, g: () => d.name(clerk.name) },
  ];
  const body = tableDoc(d, cols, nrows(), (i) => ({ p: P(d), q: P(d), t: base + i * ri(1e6, 9e7), leg: chance(0.18) ? genLegacy() : null }));
  return pf(['销户记录（含老用户15位证件）', () => `销户及余额退费清单 ${d.x('date', dstr(base))}`, '预销户转销户名单']) + '\n' + body;
}

function kSms(d) {
  const base = rts(); const port = d.x('sms_port', smsPort()); const task = d.x('task_id', 'MKT' + ymd8(base) + dig(4));
  const svc = d.x('service_number', pick(SERVICE.slice(0, 3)));
  const head = `任务：${task}  端口：${port}  签名：【${pick(CARRIERS)}】\n模板：尊敬的客户，${d.x('product', pick(PLANS))}限时优惠，详询${svc}，回T退订。`;
  const n = nrows(); const L = [];
  if (chance(0.3)) { // bare number list
    const sep = pick([',', '\n', ';', ' ', '，']);
    const nums = []; for (let i = 0; i < n; i++) nums.push(d.mob(genMobile(), 0));
    if (chance(0.5)) nums.push(d.dcMob('13800138000', 0) + (sep === '\n' ? ' 测试' : ''));
    return head + '\n号码清单：\n' + nums.join(sep);
  }
  const cols = [
    { k: 'mob', h: ['号码', '手机号', 'mobile', '接收号码'], req: true, g: (c) => (c.test ? d.dcMob('13800138000', 0) : d.mob(c.p.mob)) },
    { k: 'name', h: ['姓名', '客户姓名', '称呼'], p: 0.5, g: (c) => (c.test ? '测试' : d.name(c.p.name)) },
    { k: 'ts', h: ['发送时间'], p: 0.7, g: (c) => d.ts(c.t) },
    { k: 'st', h: ['状态', '回执状态'], p: 0.8, g: () => pick(['DELIVRD', 'DELIVRD', 'UNDELIV', 'EXPIRED', 'MK:0001']) },
    { k: 'mid', h: ['msgid', '消息ID'], p: 0.8, g: (c) => d.x('msg_id', ymd8(c.t).slice(2) + dig(ri(12, 14))) },
    { k: 'plan', h: ['当前套餐'], p: 0.3, g: () => d.x('product', pick(PLANS)) },
  ];
  const body = tableDoc(d, cols, n, (i) => ({ p: P(d), t: base + i * ri(1e3, 6e4), test: i === 0 && chance(0.2) }));
  const foot = chance(0.4) ? `\n黑名单已过滤：${Array.from({ length: ri(1, 4) }, () => d.x('masked_mobile', maskMob(genMobile()))).join('、')}` : '';
  return head + '\n' + body + foot;
}

function kChat(d) {
  const c = P(d), q = P(d), agent = P(d); let t = rts(); const hallL = genLand(pick(['0755', '020', '021', '010', '0571']));
  const cn = chance(0.5) ? d.name(c.name) : pick(['用户', '客户']) + d.x('masked_mobile', maskMob(c.mob));
  const ag = `在线客服${pick(['', '-'])}${ri(1000, 9999)}号`;
  const msgs = [];
  const say = (who, text) => { t += ri(5, 300) * 1e3; msgs.push(chance(0.7) ? `${d.ts(t, pick([0, 0, 1]))} ${who}:\n${text}` : `${who}：${text}`); };
  const parent = chance(0.35);
  say(cn, `你好，我的号码 ${d.mob(c.mob)} 申请携号转网一直提示不符合条件，到底什么原因？`);
  say(ag, `您好，为保护您的信息${d.w('安全')}，请提供机主姓名和证件号码。`);
  if (parent) say(cn, `机主是我父亲 ${d.name(q.name)}，身份证 ${d.id(q.id)}`);
  else say(cn, `${d.name(c.name, 0)} ${d.id(c.id)}`);
  const reasons = shuffle([() => `合约 ${d.x('contract_no', contractNo(t))} 尚未到期`, () => `融合宽带 ${d.x('broadband_account', broadband())} 未拆机`, () => `欠费 ${d.x('amount', amount())} 元`, () => `副卡 ${d.x('masked_mobile', maskMob(genMobile()))} 未解除`]).slice(0, ri(1, 3)).map((f) => f());
  say(ag, `核实到号码 ${d.x('masked_mobile', maskMob(c.mob))} 存在以下限制：${reasons.map((r, i) => `${i + 1}. ${r}`).join('；')}。`);
  say(cn, pf([() => `合约是营业员办理时没说清楚的，我要去工信部投诉（${d.x('service_number', '12300')}）`, '你们这是故意刁难，我要求马上处理', '我上个月就交清了，为什么还说我欠费？']));
  const wo = d.x('work_order', workOrder(t));
  say(ag, `理解您的心情，已登记投诉单 ${wo}，将由${d.x('job_title', pick(['客户经理', '值班长']))} ${d.name(agent.name)} 在 24 小时内回电，来电显示 ${d.dcLand(hallL)}。`);
  const extra = shuffle([
    () => say(cn, `回电打我另一个号 ${d.mob(genMobile())}，或者发邮件到 ${d.mail(c.email)}`),
    () => say(cn, `如果要退${d.w('余额')}，退到这张卡：${d.card(c.card)}，户名 ${d.name(parent ? q.name : c.name, 0)}`),
    () => say(ag, `您也可以发送 SQXZ 至 ${d.x('service_number', '10086')} 获取携转授权码，示例：“您的携转授权码为 ${d.x('auth_code', dig1(6))}，${d.x('date', dstr(t + 864e5 * 3))}前有效”。`),
    () => say(cn, `我的 IMEI 是 ${d.x('imei', imei())}，是不是机器被锁了？`),
    () => say(ag, `退费将在 7 个工作日内退回${d.x('masked_card', '尾号' + c.card.slice(-4))}的银行卡。`),
    () => say(cn, `家里座机 ${d.land(genLand())} 也是你们的，要一起转走`),
  ]).slice(0, ri(1, 5));
  extra.forEach((f) => f());
  say(ag, pick(['请问还有其他可以帮您？', '感谢您的耐心等待。', `请对本次服务评价，回复1满意。`]));
  return pick(['在线客服会话记录', '【携转纠纷】会话导出', '微信客服聊天记录', '']) + '\n' + msgs.join('\n');
}

function kJituan(d) {
  const co = d.x('company', company()); const base = rts(); const jb = P(d); const km = P(d); const area = pick(Object.keys(AREAS));
  const L = [`集团名称：${co}`, `集团编号：${d.x('group_id', pick(['755', '200', '571', '280']) + dig(7))}`, `统一社会信用代码：${d.uscc(genUscc())}`];
  if (chance(0.6)) L.push(`对公账户：${d.dc('bank_card', genCorpAcct())}`);
  L.push(`经办人：${d.name(jb.name)}  证件号码：${d.id(jb.id)}  手机：${d.mob(jb.mob)}${chance(0.6) ? '  邮箱：' + d.mail(jb.email) : ''}`);
  L.push(`${d.x('job_title', '客户经理')}：${d.name(km.name)} ${d.mob(km.mob)}${chance(0.4) ? '  ' + d.mail(km.email) : ''}`);
  if (chance(0.4)) L.push(`总机：${d.dcLand(genLand(area))}`);
  const cols = [
    { k: 'name', h: ['姓名', '成员姓名', '员工姓名'], req: true, g: (c) => d.name(c.p.name) },
    { k: 'dept', h: ['部门'], p: 0.6, g: () => pick(['销售部', '财务部', '研发中心', '行政部', '仓储物流']) },
    { k: 'title', h: ['职务', '岗位'], p: 0.5, g: () => d.x('job_title', pick(TITLES.slice(5))) },
    { k: 'mob', h: ['手机号码', '成员号码', '手机'], req: true, g: (c) => d.mob(c.p.mob) },
    { k: 'short', h: ['V网短号', '短号'], p: 0.6, g: () => d.x('short_no', '6' + dig(ri(4, 5))) },
    { k: 'office', h: ['办公电话', '单位电话'], p: 0.25, g: () => (chance(0.6) ? d.dcLand(genLand(area), 0) : '') },
    { k: 'mail', h: ['邮箱', '企业邮箱'], p: 0.45, g: (c) => d.mail(c.p.email) },
    { k: 'id', h: ['身份证号'], p: 0.35, g: (c) => d.id(c.p.id) },
    { k: 'plan', h: ['套餐', '集团资费'], p: 0.5, g: () => d.x('product', pick(PLANS)) },
  ];
  return pf(['集团客户成员清单', () => `V网成员导出 ${d.x('date', dstr(base))}`, '政企客户开户资料']) + '\n' + L.join('\n') + '\n' + tableDoc(d, cols, nrows(), () => ({ p: P(d) }));
}

function kIot(d) {
  const co = d.x('company', company()); const base = rts(); const ct = P(d); const km = P(d);
  const L = [`客户名称：${co}`];
  if (chance(0.8)) L.push(`统一社会信用代码：${d.uscc(genUscc())}`);
  L.push(`联系人：${d.name(ct.name)}  电话：${d.mob(ct.mob)}  邮箱：${d.mail(ct.email)}`);
  if (chance(0.6)) L.push(`客户经理：${d.name(km.name)}（${d.mob(km.mob)}）`);
  const cols = [
    { k: 'no', h: ['序号'], p: 0.5, g: (c) => String(c.i + 1) },
    { k: 'msisdn', h: ['物联网卡号', 'MSISDN', '接入号'], req: true, g: () => d.x('iot_number', iotNum()) },
    { k: 'iccid', h: ['ICCID'], req: true, g: () => d.x('iccid', iccid()) },
    { k: 'imsi', h: ['IMSI'], p: 0.7, g: () => d.x('imsi', imsi()) },
    { k: 'imei', h: ['设备IMEI', '终端IMEI', '模组IMEI'], p: 0.7, g: () => d.x('imei', imeiRaw()) },
    { k: 'ts', h: ['激活时间', '开卡时间'], p: 0.7, g: (c) => d.ts(c.t) },
    { k: 'pool', h: ['流量池', '资费'], p: 0.5, g: () => pick(['100G共享池', '月包30M', '年包1G', 'NB-IoT 年包']) },
    { k: 'st', h: ['状态'], p: 0.6, g: () => pick(['正常', '停机', '测试期', '库存']) },
    { k: 'cell', h: ['最近基站', '位置'], p: 0.3, g: () => d.x('cell_id', cellId()) },
  ];
  const n = Math.max(2, nrows());
  return pf(['物联网卡批量导出', () => `IoT 卡清单 ${d.x('date', dstr(base))}`, '车联网/表计卡资产表']) + '\n' + L.join('\n') + '\n' + tableDoc(d, cols, n, (i) => ({ t: base + i * 6e4 }));
}

function kZhongduan(d) {
  const base = rts(); const tel = chance(0.4);
  const cols = [
    { k: 'con', h: ['合约编号', '协议号'], p: 0.8, g: (c) => d.x('contract_no', contractNo(c.t)) },
    { k: 'name', h: ['客户姓名', '机主', '购机人'], req: true, g: (c) => d.name(c.p.name) },
    { k: 'mob', h: ['手机号码', '合约号码'], req: true, g: (c) => d.mob(c.p.mob) },
    { k: 'id', h: ['身份证号', '证件号码'], p: 0.7, g: (c) => d.id(c.p.id) },
    { k: 'model', h: ['机型', '终端型号'], p: 0.8, g: () => d.x('product', pick(MODELS)) },
    { k: 'imei', h: ['IMEI', '串号', 'IMEI1'], req: true, g: () => d.x('imei', imei()) },
    { k: 'meid', h: ['MEID'], p: tel ? 0.8 : 0, g: () => d.x('meid', meid()) },
    { k: 'imei2', h: ['IMEI2'], p: 0.3, g: () => d.x('imei', imeiRaw()) },
    { k: 'card', h: ['分期银行卡', '信用卡号', '扣款卡号'], p: 0.65, g: (c) => d.card(c.p.card) },
    { k: 'term', h: ['分期期数', '合约期'], p: 0.5, g: () => pick(['12期', '24期', '36个月']) },
    { k: 'ts', h: ['办理时间'], p: 0.6, g: (c) => d.ts(c.t) },
    { k: 'mail', h: ['电子协议邮箱'], p: 0.3, g: (c) => d.mail(c.p.email) },
  ];
  return pf(['合约机销售明细', () => `终端分期办理台账 ${d.x('date', dstr(base))}`, '5G 终端合约清单']) + '\n' + tableDoc(d, cols, nrows(), (i) => ({ p: P(d), t: base + i * ri(1e5, 1e7) }));
}

function kJiaofei(d) {
  const n = nrows(); const base = rts(); const L = []; const fmt = ri(0, 1);
  if (fmt === 1) L.push(pick(['流水号,号码,金额,渠道,卡号/交易号,交易时间', '交易流水|服务号码|缴费金额|支付方式|支付账号|时间']));
  const sep = fmt === 1 ? (L[0].includes('|') ? '|' : ',') : null;
  for (let i = 0; i < n; i++) {
    const c = P(d), t = base + i * ri(1e3, 4e5); const ch = pick(['UNIONPAY', 'WECHAT', 'ALIPAY', 'UNIONPAY', 'CASH']);
    let acct = '';
    if (ch === 'UNIONPAY') acct = chance(0.65) ? d.card(c.card, chance(0.2) ? 1 : 0) : d.x('masked_card', maskCard(c.card));
    else if (ch === 'WECHAT') acct = d.x('trade_no', '42000' + dig(5) + ymd8(t) + dig(10));
    else if (ch === 'ALIPAY') acct = d.x('trade_no', ymd8(t) + '2200' + dig(16));
    const sn = d.x('serial_no', serialNo(t)); const mob = d.mob(c.mob, 0); const amt = ri(10, 500) + '.00';
    if (fmt === 0) L.push(`[${d.ts(t, 0)}] PAY ok serial=${sn} msisdn=${mob} amt=${amt} channel=${ch}${acct ? ' acct=' + acct : ''}${chance(0.3) ? ' ts=' + d.ts(t, 5) : ''}`);
    else L.push([sn, mob, amt, ch, acct, d.ts(t, pick([0, 2]))].join(sep));
  }
  return L.join('\n');
}

function kComplaint(d) {
  const c = P(d), s = P(d), t = rts(); const dom = pick(['gd.kefu-telecom.cn', 'kf.sz-mobile.com.cn', 'service.hz-unicom.cn']);
  const sLocal = pick(SYL) + pick(SYL) + (chance(0.5) ? ri(1, 99) : ''); const sMail = sLocal + '@' + dom;
  const T = ymd(t), wd = new Date(Date.UTC(T.y, T.m - 1, T.d)).getUTCDay();
  const tsHdr = d.x('timestamp', `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][wd]}, ${p2(T.d)} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][T.m - 1]} ${T.y} ${p2(T.h)}:${p2(T.mi)}:${p2(T.s)} +0800`);
  const caseNo = d.x('case_no', 'GXB' + ymd8(t) + dig(6));
  const H = [`From: ${d.name(c.name)} <${d.mail(c.email, 0)}>`, `To: 客户投诉处理组 <${d.dcMail('tousu@' + dom)}>`];
  if (chance(0.6)) H.push(`Cc: ${d.name(s.name)} <${d.mail(USED.has(sMail) ? genEmail() : (USED.add(sMail), sMail), 0)}>`);
  H.push(`Date: ${tsHdr}`, `Subject: ${d.w('关于')}携号转网被拒的申诉（申诉编号 ${caseNo}）`);
  const B = [
    `本人${d.name(c.name)}，身份证号 ${d.id(c.id)}，使用号码 ${d.mob(c.mob)} 已 ${ri(3, 15)} 年。`,
    `${d.x('date', dstr(t - 864e5 * ri(2, 20), 2))}申请携出时被告知存在合约 ${d.x('contract_no', contractNo(t))}，但营业厅办理时从未告知。`,
  ];
  if (chance(0.5)) B.push(`家中宽带（账号 ${d.x('broadband_account', broadband())}，光猫 ${d.x('ont_sn', ontSn())}）也一并要求拆机。`);
  if (chance(0.5)) B.push(`预存${d.w('余额')} ${d.x('amount', ri(50, 600) + '.00')} 元请退至 ${d.card(c.card)}（${pick(BANKS)}）。`);
  if (chance(0.4)) { const q = P(d); B.push(`紧急联系人：${d.name(q.name)} ${chance(0.5) ? d.mob(q.mob) : d.land(genLand())}`); }
  B.push(`如不处理，本人将向工信部（${d.x('service_number', '12300')}）申诉。`);
  const sig = () => [`--`, `${d.name(s.name)} | ${d.x('job_title', pick(['客户经理', '投诉专员', '值班长']))}`, `${d.x('org_name', pick(HALLS))}`, `电话：${d.dcLand(genLand())}  手机：${d.mob(s.mob)}`];
  const quote = chance(0.6) ? `\n\n${d.name(s.name)} 回复：\n您好，已收到您的申诉（${caseNo}），经核实合约办理记录为 ${d.ts(t - 3e10)}，我们将在 48 小时内联系您。\n` + sig().join('\n') : '';
  return H.join('\n') + '\n\n' + B.join('\n') + quote;
}

const KINDS = [
  ['kaihu', kKaihu, 28], ['xiezhuan', kXiezhuan, 20], ['kuandai', kKuandai, 24], ['qianfei', kQianfei, 20],
  ['taocan', kTaocan, 18], ['fuka', kFuka, 18], ['daily', kDaily, 18], ['kefu', kKefu, 22], ['dealer', kDealer, 18],
  ['xiaohu', kXiaohu, 18], ['sms', kSms, 18], ['chat', kChat, 20], ['jituan', kJituan, 14], ['iot', kIot, 26],
  ['zhongduan', kZhongduan, 18], ['jiaofei', kJiaofei, 16], ['complaint', kComplaint, 18],
];

// ================================================================= self-check
function boundaryOk(text, raw) {
  let i = text.indexOf(raw);
  while (i >= 0) {
    const b = text[i - 1] ?? '', a = text[i + raw.length] ?? '';
    if (!/[0-9０-９]/.test(b) && !/[0-9０-９]/.test(a)) return true;
    i = text.indexOf(raw, i + 1);
  }
  return false;
}
function checkDoc(d, text) {
  const errs = []; const all = [];
  for (const [map, strict] of [[d.E, true], [d.D, false]]) {
    for (const e of map.values()) {
      if (!valueValid(e.detector, e.value, strict)) errs.push(`invalid ${e.detector} value ${e.value}`);
      for (const r of e.raws) {
        if (!text.includes(r)) errs.push(`raw not in text: ${r}`);
        if (norm(e.detector, r) !== e.value) errs.push(`normalisation mismatch ${r} -> ${e.value}`);
        if (NUMERIC.has(e.detector) && !boundaryOk(text, r)) errs.push(`no digit boundary for ${r}`);
      }
      all.push(e);
    }
  }
  for (const k of d.E.keys()) if (d.D.has(k)) errs.push(`entity and dontCare overlap ${k}`);
  for (const [t] of d.X) {
    if (!text.includes(t)) errs.push(`decoy not in text: ${t}`);
    for (const e of all) for (const s of [e.value, ...e.raws]) if (t.includes(s) || s.includes(t)) errs.push(`decoy "${t}" vs labelled "${s}"`);
  }
  return errs;
}

// ================================================================= main
const outPath = process.argv[2];
if (!outPath) { console.error('usage: node telecom.mjs OUT.jsonl'); process.exit(2); }
const docs = []; let retries = 0;
for (const [kind, fn, count] of KINDS) {
  for (let n = 1; n <= count; n++) {
    let ok = null;
    for (let attempt = 0; attempt < 30 && !ok; attempt++) {
      const d = new Doc(kind); const text = fn(d);
      const er = checkDoc(d, text); if (er.length === 0) ok = { d, text }; else { retries++; if (process.env.DBG) console.error(kind, er.slice(0, 5)); }
    }
    if (!ok) { console.error(`could not generate a clean ${kind} document`); process.exit(1); }
    docs.push({ id: `tc-${kind}-${n}`, ...ok });
  }
}
const lines = []; const errors = []; const perKind = {}; const ent = {}; const dcs = {}; const dec = {}; let nEnt = 0, nDec = 0;
for (const { id, d, text } of docs) {
  for (const e of checkDoc(d, text)) errors.push(`${id}: ${e}`);
  perKind[d.kind] = (perKind[d.kind] || 0) + 1;
  const entities = [...d.E.values()].map((e) => ({ detector: e.detector, value: e.value }));
  const dontCare = [...d.D.values()].map((e) => ({ detector: e.detector, value: e.value }));
  const decoys = [...d.X].map(([t, k]) => ({ kind: k, text: t }));
  for (const e of entities) { ent[e.detector] = (ent[e.detector] || 0) + 1; nEnt++; }
  for (const e of dontCare) dcs[e.detector] = (dcs[e.detector] || 0) + 1;
  for (const x of decoys) { dec[x.kind] = (dec[x.kind] || 0) + 1; nDec++; }
  lines.push(JSON.stringify({ id, kind: d.kind, text, entities, dontCare, decoys }));
}
if (docs.length < 250) errors.push(`only ${docs.length} documents`);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((ent[det] || 0) < 300) errors.push(`only ${ent[det] || 0} ${det} entity labels`);
if (nDec < nEnt) errors.push(`decoys (${nDec}) fewer than entities (${nEnt})`);
writeFileSync(outPath, lines.join('\n') + '\n');
console.log(`wrote ${docs.length} documents to ${outPath} (${retries} regenerated during generation)`);
console.log('documents per kind:', JSON.stringify(perKind));
console.log('entity labels per detector:', JSON.stringify(ent), 'total', nEnt);
console.log('dontCare labels per detector:', JSON.stringify(dcs));
console.log('decoys per kind:', JSON.stringify(dec), 'total', nDec);
if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length}):\n` + errors.slice(0, 40).join('\n')); process.exit(1); }
console.log('self-check passed');
