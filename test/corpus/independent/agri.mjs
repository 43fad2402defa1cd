#!/usr/bin/env node
/*
 * agri.mjs — independent labelled test corpus for listguard: personal data in
 * agriculture and rural records.
 *
 * Theme: 农民专业合作社 成员名册 / 出资清单, 土地经营权流转合同 and 流转费发放表
 * (惠农一卡通, bank cards), 农机购置补贴 公示 and 申请表, 耕地地力保护补贴 清册
 * and 公示, 粮食收购 结算单 and 收购台账, 农资赊销账本, 家庭农场 名录/登记,
 * 农业保险 分户投保清单 (种植险, 养殖险 with 耳标号), 村委会 户籍花名册,
 * 防返贫/乡村振兴 帮扶台账 and 走访记录, 村民微信群 chats, SMS (platform send logs,
 * phone backups), mail, OCR'd hand-written ledgers, payment system logs, bank
 * 代发 batch files, 承包经营权 登记簿, meeting minutes, 高素质农民 培训花名册.
 * 25 document kinds, ~310 documents, 19 real counties (GB/T 2260 codes) in
 * 14 provinces; layouts: CSV (incl. Excel ="..." and '... text markers), TSV,
 * | tables, markdown tables, fixed-width (full-width padded names), pdftotext
 * cell-per-line and row-per-line output (long numbers wrapped inside a cell),
 * key-value forms, two-column forms flattened by an extractor, JSON (pretty and
 * compact), Android SMS-backup XML, JSON-lines and text logs, bank batch files,
 * chat exports, mail with quoted original, OCR output, free-text contracts,
 * minutes, hand-kept ledgers.
 *
 * Usage:   node agri.mjs OUT.jsonl
 *
 * Output:  one JSON object per line
 *   {"id":"ag-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported under any detector
 *
 * Detectors labelled: person_name_zh, cn_mobile, cn_resident_id, bank_card,
 * email, cn_landline, cn_uscc.
 *
 * Normalisation of label values: cn_resident_id 18 chars, upper-case X (legacy
 * 15-digit numbers are upgraded to 18); cn_mobile 11 digits without +86 or
 * separators; cn_landline digits incl. leading 0 and area code, no separators,
 * no extension; email lower-case; bank_card digits only; cn_uscc 18 chars
 * upper-case; person_name_zh the name as written without spaces, titles or
 * pinyin. Decoys carry their exact text as written.
 *
 * Labelling notes (see the report at the end of the session for doubts):
 *  - names in a name column, a labelled field, a signature line, or beside the
 *    person's own number are entities; names only in prose, @mentions, chat
 *    nicknames, 四至 (neighbouring plots), 尊敬的X greetings and surname+title
 *    forms (王会计, 张站长) are dontCare.
 *  - masked values (公示 always masks) are decoys; OCR letter-for-digit damage
 *    (O/0, l/1) makes a value dontCare; spaces and line breaks inserted by an
 *    extractor keep it an entity.
 *  - landlines: 010/02x (8-digit subscriber) and 0371 numbers are entities;
 *    county numbers whose subscriber length the author could not verify are
 *    dontCare.
 *  - domain numbers (地块编码, 承包方编码, 耳标号, 合同编号, 申请编号, 出厂编号,
 *    单号, 保单号, 注册号, 流水号, timestamps) are decoys; any generated decoy
 *    that happened to pass a core check (ID, mobile, Luhn 16-19, legacy-15
 *    plausibility) is regenerated so that labels stay unambiguous.
 *
 * Written in session 27 by a helper that never read src/, rules/ or test/,
 * from cn-formats.md and DESIGN.md only.
 */
import fs from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node agri.mjs OUT.jsonl'); process.exit(2); }

// ------------------------------------------------------------------ PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x41475227); // "AGR'" — this corpus's own seed
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const pickF = (a) => pick(a)(); // lazy: only the chosen branch labels anything
const chance = (p) => rnd() < p;
const pad = (n, w) => String(n).padStart(w, '0');
function wpick(pairs) { let s = 0; for (const [, w] of pairs) s += w; let r = rnd() * s; for (const [v, w] of pairs) { r -= w; if (r < 0) return v; } return pairs[pairs.length - 1][0]; }
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function sample(a, k) { return shuffle(a).slice(0, k); }
const money = (x) => x.toFixed(2);
const moneyC = (x) => x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const TODAY = { y: 2025, m: 6, d: 30 }; // fixed "today" (no clock)

// ------------------------------------------------------------------ checks
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheckChar(b17) { let s = 0; for (let i = 0; i < 17; i++) s += (+b17[i]) * IDW[i]; return '10X98765432'[s % 11]; }
function realDate(y, m, d) { if (m < 1 || m > 12 || d < 1) return false; const dim = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]; return d <= dim[m - 1]; }
function dateInRange(y, m, d) { if (!realDate(y, m, d)) return false; if (y < 1900) return false; const v = y * 10000 + m * 100 + d; return v <= TODAY.y * 10000 + TODAY.m * 100 + TODAY.d; }
const PROV = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83']);
function luhnOk(s) { let sum = 0, dbl = false; for (let i = s.length - 1; i >= 0; i--) { let d = +s[i]; if (dbl) { d *= 2; if (d > 9) d -= 9; } sum += d; dbl = !dbl; } return sum % 10 === 0; }
function luhnDigit(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c); throw new Error('luhn'); }
const MOBILE_OK = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150', '151', '152', '153', '155', '156', '157', '158', '159', '162', '165', '166', '167', '170', '171', '172', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '190', '191', '192', '193', '195', '196', '197', '198', '199'];
function mobileOk(m) { return /^1\d{10}$/.test(m) && (MOBILE_OK.includes(m.slice(0, 3)) || m.startsWith('1610') || /^1740[0-5]/.test(m)); }
const USCC_AL = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += USCC_AL.indexOf(b17[i]) * USCC_W[i]; return USCC_AL[(31 - (s % 31)) % 31]; }
function orgCheck(b8) { const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) { const c = b8[i]; const v = /\d/.test(c) ? +c : c.charCodeAt(0) - 55; s += v * W[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function usccOk(u) { if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(u)) return false; if (usccCheck(u.slice(0, 17)) !== u[17]) return false; return orgCheck(u.slice(8, 16)) === u[16]; }
function regNo15Check(b14) { // ISO 7064 MOD 11,10 (工商注册号)
  for (let c = 0; c < 10; c++) { const s15 = b14 + c; let p = 10, ok = false; for (let i = 0; i < 15; i++) { let s = (p + +s15[i]) % 10; if (s === 0) s = 10; if (i === 14) ok = (s % 10) === 1; p = (s * 2) % 11; } if (ok) return String(c); }
  return '0';
}

// ------------------------------------------------------------------ regions
// county-level codes used for synthetic IDs (all long-standing GB/T 2260 codes)
const REGION_OK = new Set(['411621', '411622', '411623', '411624', '411625', '411626', '411627', '411628', '411681', '410221', '410222', '410223', '410225', '411321', '411322', '411324', '411325', '411327', '411328', '411329', '411381', '371321', '371322', '371323', '371325', '371326', '371327', '371328', '371329', '371721', '371722', '371723', '371724', '371725', '371726', '371728', '320321', '320322', '320324', '320923', '341221', '341222', '341225', '341226', '340121', '340122', '340123', '130423', '130424', '130425', '130427', '130434', '130435', '220122', '220183', '421022', '421023', '421083', '430121', '430124', '430181', '500233', '500235', '500236', '500228', '511621', '511622', '511623', '620121', '620123', '640121', '640122', '652323', '652324', '652325', '150121', '150122', '410728', '411425', '411426', '411522', '411525']);
function idValid(id) { if (!/^\d{17}[\dX]$/.test(id)) return false; if (!REGION_OK.has(id.slice(0, 6))) return false; if (!dateInRange(+id.slice(6, 10), +id.slice(10, 12), +id.slice(12, 14))) return false; return idCheckChar(id.slice(0, 17)) === id[17]; }
// conservative "could an engine take this for an ID" used to reject decoys
function idPlausible(s) { return /^\d{17}[\dXx]$/.test(s) && PROV.has(s.slice(0, 2)) && dateInRange(+s.slice(6, 10), +s.slice(10, 12), +s.slice(12, 14)) && idCheckChar(s.slice(0, 17)) === s[17].toUpperCase(); }
function legacyPlausible(s) { return /^\d{15}$/.test(s) && PROV.has(s.slice(0, 2)) && realDate(1900 + +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12)); }
function upgrade15(s) { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheckChar(b); }

const COUNTIES = [
  { post: '461300', code: '411621', prov: '河南省', city: '周口市', name: '扶沟县', short: '扶沟', area: '0394', grp: '组', crop: 'wheat', towns: ['柴岗乡', '练寺镇', '大新镇', '包屯镇', '汴岗镇', '崔桥镇', '江村镇', '白潭镇', '韭园镇', '固城乡', '吕潭乡'], nb: ['411622', '411623', '411627', '410223', '411681'], bank: '扶沟农商银行' },
  { post: '477200', code: '411628', prov: '河南省', city: '周口市', name: '鹿邑县', short: '鹿邑', area: '0394', grp: '组', crop: 'wheat', towns: ['玄武镇', '试量镇', '辛集镇', '马铺镇', '涡北镇', '太清宫镇', '王皮溜镇', '生铁冢镇', '杨湖口镇'], nb: ['411625', '411624', '411626', '411425', '411426'], bank: '鹿邑农商银行' },
  { post: '473400', code: '411328', prov: '河南省', city: '南阳市', name: '唐河县', short: '唐河', area: '0377', grp: '组', crop: 'wheat', towns: ['源潭镇', '张店镇', '郭滩镇', '湖阳镇', '黑龙镇', '大河屯镇', '龙潭镇', '桐寨铺镇', '苍台镇', '上屯镇'], nb: ['411327', '411329', '411381', '411322', '411324'], bank: '唐河农商银行' },
  { post: '475300', code: '410225', prov: '河南省', city: '开封市', name: '兰考县', short: '兰考', area: '0371', grp: '组', crop: 'wheat', towns: ['城关镇', '堌阳镇', '南彰镇', '东坝头镇', '红庙镇', '谷营镇', '仪封乡', '小宋乡', '孟寨乡', '三义寨乡'], nb: ['410221', '410222', '410223', '410728', '371728'], bank: '兰考农商银行' },
  { post: '276400', code: '371323', prov: '山东省', city: '临沂市', name: '沂水县', short: '沂水', area: '0539', grp: '组', crop: 'peanut', towns: ['许家湖镇', '黄山铺镇', '诸葛镇', '崔家峪镇', '高桥镇', '泉庄镇', '马站镇', '高庄镇', '夏蔚镇', '院东头镇'], nb: ['371321', '371328', '371326', '371325', '371327'], bank: '沂水农商银行' },
  { post: '274300', code: '371722', prov: '山东省', city: '菏泽市', name: '单县', short: '单县', area: '0530', grp: '组', crop: 'wheat', towns: ['郭村镇', '黄岗镇', '终兴镇', '高韦庄镇', '徐寨镇', '蔡堂镇', '朱集镇', '李新庄镇', '浮岗镇', '莱河镇'], nb: ['371721', '371723', '371724', '371725', '320321'], bank: '单县农商银行' },
  { post: '221700', code: '320321', prov: '江苏省', city: '徐州市', name: '丰县', short: '丰县', area: '0516', grp: '组', crop: 'wheat', towns: ['首羡镇', '顺河镇', '常店镇', '欢口镇', '师寨镇', '华山镇', '梁寨镇', '范楼镇', '宋楼镇', '大沙河镇', '王沟镇', '赵庄镇'], nb: ['320322', '320324', '371722', '371721'], bank: '丰县农商银行' },
  { post: '236600', code: '341222', prov: '安徽省', city: '阜阳市', name: '太和县', short: '太和', area: '0558', grp: '组', crop: 'wheat', towns: ['旧县镇', '税镇镇', '皮条孙镇', '原墙镇', '倪邱镇', '李兴镇', '肖口镇', '关集镇', '三塔集镇', '双浮镇'], nb: ['341221', '341225', '341226', '411624'], bank: '太和农商银行' },
  { post: '231600', code: '340122', prov: '安徽省', city: '合肥市', name: '肥东县', short: '肥东', area: '0551', grp: '组', crop: 'rice', towns: ['店埠镇', '撮镇镇', '梁园镇', '桥头集镇', '长临河镇', '石塘镇', '古城镇', '八斗镇', '元疃镇', '白龙镇', '包公镇'], nb: ['340121', '340123', '341222'], bank: '肥东农商银行' },
  { post: '056900', code: '130425', prov: '河北省', city: '邯郸市', name: '大名县', short: '大名', area: '0310', grp: '组', crop: 'wheat', towns: ['大街镇', '铺上乡', '万堤镇', '龙王庙镇', '束馆镇', '金滩镇', '孙甘店乡', '埝头乡', '西付集乡', '北峰乡'], nb: ['130423', '130424', '130427', '130434', '130435'], bank: '大名农商银行' },
  { post: '130200', code: '220122', prov: '吉林省', city: '长春市', name: '农安县', short: '农安', area: '0431', grp: '社', crop: 'corn', towns: ['合隆镇', '烧锅镇', '高家店镇', '华家镇', '巴吉垒镇', '哈拉海镇', '靠山镇', '开安镇', '伏龙泉镇'], nb: ['220183', '220122'], bank: '农安农商银行' },
  { post: '433300', code: '421023', prov: '湖北省', city: '荆州市', name: '监利县', short: '监利', area: '0716', grp: '组', crop: 'rice', towns: ['朱河镇', '新沟镇', '龚场镇', '周老嘴镇', '黄歇口镇', '汪桥镇', '程集镇', '分盐镇', '毛市镇', '福田寺镇'], nb: ['421022', '421083', '430121'], bank: '监利农商银行' },
  { post: '410600', code: '430124', prov: '湖南省', city: '长沙市', name: '宁乡县', short: '宁乡', area: '0731', grp: '组', crop: 'rice', towns: ['花明楼镇', '道林镇', '双凫铺镇', '老粮仓镇', '流沙河镇', '巷子口镇', '沩山乡', '灰汤镇', '大成桥乡'], nb: ['430121', '430181'], bank: '宁乡农商银行' },
  { post: '404500', code: '500235', prov: '重庆市', city: '', name: '云阳县', short: '云阳', area: '023', grp: '组', crop: 'citrus', towns: ['南溪镇', '龙角镇', '故陵镇', '红狮镇', '路阳镇', '农坝镇', '渠马镇', '黄石镇', '巴阳镇', '江口镇'], nb: ['500236', '500233', '500228'], bank: '重庆农商行' },
  { post: '638500', code: '511623', prov: '四川省', city: '广安市', name: '邻水县', short: '邻水', area: '0826', grp: '组', crop: 'rice', towns: ['丰禾镇', '九龙镇', '坛同镇', '石永镇', '柑子镇', '合流镇', '兴仁镇', '袁市镇'], nb: ['511621', '511622', '500228'], bank: '邻水农商银行' },
  { post: '730100', code: '620123', prov: '甘肃省', city: '兰州市', name: '榆中县', short: '榆中', area: '0931', grp: '社', crop: 'veg', towns: ['城关镇', '夏官营镇', '金崖镇', '和平镇', '甘草店镇', '清水驿乡', '定远镇', '连搭镇'], nb: ['620121', '620123'], bank: '甘肃农信' },
  { post: '750200', code: '640122', prov: '宁夏回族自治区', city: '银川市', name: '贺兰县', short: '贺兰', area: '0951', grp: '队', crop: 'rice', towns: ['习岗镇', '金贵镇', '立岗镇', '洪广镇', '常信乡'], nb: ['640121', '640122'], bank: '宁夏黄河农商银行' },
  { post: '832200', code: '652324', prov: '新疆维吾尔自治区', city: '昌吉回族自治州', name: '玛纳斯县', short: '玛纳斯', area: '0994', grp: '队', crop: 'cotton', minority: 'uy', towns: ['玛纳斯镇', '乐土驿镇', '包家店镇', '凉州户镇', '北五岔镇', '六户地镇', '兰州湾镇'], nb: ['652323', '652325'], bank: '玛纳斯农商银行' },
  { post: '010100', code: '150121', prov: '内蒙古自治区', city: '呼和浩特市', name: '土默特左旗', short: '土左旗', area: '0471', grp: '社', crop: 'corn', minority: 'mn', towns: ['察素齐镇', '毕克齐镇', '善岱镇', '台阁牧镇', '白庙子镇', '塔布赛乡', '北什轴乡'], nb: ['150122', '150121'], bank: '土左旗农商银行' },
];
for (const c of COUNTIES) if (!REGION_OK.has(c.code)) throw new Error('region ' + c.code);
for (const c of COUNTIES) for (const n of c.nb) if (!REGION_OK.has(n)) throw new Error('region nb ' + n);

// ------------------------------------------------------------------ names
const SURN = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟蔺楼满闻位厉伊仝郜海阚花权帅屠豆盖练廉禹井祖漆巴支卿狄计索宣晋初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜母裘亓修邰赫杭况宿鲜印逯茹战慕危银亢嵇湛宾戎勾茅'.split('');
const SURN_W = SURN.map((s, i) => [s, 1 / (i + 1.2)]);
const COMPOUND = ['欧阳', '司马', '诸葛', '上官', '司徒', '皇甫', '令狐', '夏侯', '东方', '端木'];
const GIV = {
  mOld2: ['建国', '建军', '建华', '建设', '国庆', '国强', '国华', '卫国', '卫东', '红军', '志刚', '志强', '志明', '德福', '德胜', '德明', '德才', '富贵', '长生', '长林', '长海', '保国', '保山', '金海', '玉林', '永胜', '永刚', '永强', '春生', '秋生', '冬生', '满仓', '铁柱', '来福', '有才', '有福', '双喜', '广才', '广明', '学文', '学军', '振华', '振国', '兴旺', '庆丰', '新民', '跃进', '书林', '文忠', '全友', '根发', '水生', '成林', '正义', '宏伟', '良才', '忠义', '建平', '国栋', '春林', '保林', '玉山', '金生', '明亮', '海军'],
  mOld1: ['军', '强', '华', '林', '海', '亮', '成', '松', '峰', '忠', '全', '良', '义', '刚', '生', '福', '贵', '才', '平', '安', '发', '根'],
  mYoung2: ['俊杰', '志伟', '海涛', '晓东', '晓明', '建伟', '文博', '子豪', '浩然', '家豪', '宇航', '鹏飞', '亚军', '红伟', '东升', '晓飞', '振宇', '明辉', '天宇', '博文', '一鸣', '梓轩', '俊豪', '海龙', '晓波', '建峰', '新伟', '永辉', '国伟', '红星'],
  mYoung1: ['伟', '强', '磊', '军', '勇', '杰', '涛', '超', '鹏', '辉', '斌', '浩', '亮', '宇', '帅', '龙', '飞', '凯', '振', '波', '鑫', '森', '旭', '阳', '坤', '峰'],
  fOld2: ['秀英', '桂英', '玉英', '秀兰', '桂兰', '玉兰', '凤英', '凤兰', '淑珍', '秀珍', '玉珍', '桂芝', '淑芬', '春花', '翠花', '玉梅', '春梅', '红梅', '冬梅', '秀芳', '秀云', '素珍', '素芳', '爱华', '爱莲', '改花', '改兰', '荣华', '月娥', '巧云', '兰英', '桂香', '秀琴', '凤琴', '玉芹', '彩霞', '菊香', '美兰', '小红', '秀梅', '玉霞', '春英', '金凤', '翠兰', '秀荣'],
  fOld1: ['英', '兰', '珍', '芳', '梅', '霞', '琴', '芹', '香', '娥', '菊', '云', '凤'],
  fYoung2: ['丽娟', '海燕', '晓燕', '红霞', '丽华', '春燕', '亚楠', '梦瑶', '欣怡', '雨涵', '佳琪', '思雨', '晓丽', '艳红', '丽丽', '婷婷', '静怡', '佳慧', '雪梅', '文静', '晓雪', '玉洁', '梦琪', '紫涵', '亚丽', '红艳', '晓红', '俊英'],
  fYoung1: ['丽', '芳', '娜', '敏', '静', '艳', '娟', '霞', '燕', '丹', '萍', '红', '玲', '倩', '婷', '雪', '晶', '慧', '莉', '颖', '洁', '琳'],
};
const NAME_BLOCK = new Set(['安静', '文静', '安全', '华丽', '齐全', '宁静', '高超', '全军', '武林', '常发', '时风', '高明', '黄山', '黄花', '黄梅', '白云', '江山', '高山', '金山', '石山', '梅花', '杨梅', '马兰', '兰花', '桂花', '南海', '金花', '黄菊', '白菊', '石林', '华山', '黄金', '金华', '江华', '高峰', '黄海', '马生', '方平', '安平', '林海', '海军', '万全', '宁安', '安安', '平平', '文明', '成才', '全友', '高成', '时平', '常平', '江林', '高亮', '金凤', '谷丰', '丰收', '黄石', '石门', '海平', '云海', '华林']);
const UY_M = ['买买提', '艾力', '阿不都热依木', '吐尔逊', '努尔兰', '叶尔兰', '哈力木拉提', '别克', '热合曼', '阿依登', '加尔肯', '吐尔洪'];
const UY_F = ['阿依古丽', '古丽娜尔', '帕提曼', '玛依拉', '阿娜尔', '再努尔', '古丽米拉', '阿依努尔'];
const UY_FA = ['托乎提', '买买提', '吐尔洪', '哈山', '阿合买提', '努尔别克', '加尔肯', '艾山', '阿不都', '吾斯曼'];
const MN_M = ['巴特尔', '苏和', '额尔敦', '宝音', '哈斯', '朝鲁', '巴雅尔'];
const MN_F = ['其其格', '乌云', '萨仁', '图雅', '乌兰', '娜仁', '高娃'];
const MN_SURN = ['云', '奇', '荣', '包', '白', '韩', '李', '王', '张', '赵'];

// pinyin for the characters above that go into e-mail local parts
const PY = {};
('王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai 余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao 贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 陶tao 黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 严yan 武wu 戴dai 孔kong 常chang 温wen 康kang 牛niu 樊fan 葛ge 邢xing 安an 齐qi 乔qiao 云yun 奇qi 荣rong 包bao ' +
  '建jian 国guo 军jun 华hua 设she 庆qing 强qiang 卫wei 东dong 红hong 志zhi 刚gang 明ming 德de 福fu 胜sheng 才cai 富fu 贵gui 长chang 生sheng 海hai 保bao 山shan 玉yu 永yong 春chun 秋qiu 冬dong 满man 仓cang 铁tie 柱zhu 来lai 有you 双shuang 喜xi 广guang 文wen 学xue 振zhen 兴xing 旺wang 伟wei 磊lei 勇yong 杰jie 涛tao 超chao 鹏peng 辉hui 斌bin 浩hao 亮liang 宇yu 帅shuai 飞fei 凯kai 波bo 俊jun 晓xiao 新xin 民min 跃yue 进jin 秀xiu 英ying 桂gui 兰lan 凤feng 淑shu 珍zhen 芝zhi 芬fen 花hua 翠cui 梅mei 芳fang 素su 爱ai 莲lian 改gai 月yue 娥e 巧qiao 丽li 娜na 敏min 静jing 艳yan 娟juan 霞xia 燕yan 丹dan 萍ping 玲ling 倩qian 婷ting 雪xue 晶jing 慧hui 小xiao 亚ya 楠nan 梦meng 瑶yao 欣xin 怡yi 雨yu 涵han 佳jia 琪qi 思si 博bo 子zi 然ran 家jia 航hang 平ping 成cheng 松song 峰feng 忠zhong 全quan 良liang 义yi 发fa 根gen 书shu 宏hong 正zheng 水shui 友you 琴qin 芹qin 香xiang 菊ju 彩cai 美mei 荣rong 洁jie 颖ying 莉li 琳lin 鑫xin 森sen 旭xu 阳yang 坤kun 一yi 鸣ming 梓zi 轩xuan 豪hao 天tian 栋dong 星xing 艳yan').split(' ').forEach((p) => { if (p) PY[p[0]] = p.slice(1); });

const usedNames = new Set();
function surnameOf(n) { if (n.includes('·') || MN_M.includes(n) || MN_F.includes(n)) return undefined; return COMPOUND.includes(n.slice(0, 2)) ? n.slice(0, 2) : n[0]; }
function hanName(gender, by, surn) {
  for (let k = 0; k < 50; k++) {
    const s = surn || (chance(0.008) ? pick(COMPOUND) : wpick(SURN_W));
    const old = by < 1978;
    const two = chance(old ? 0.72 : 0.55);
    const key = (gender === 'M' ? 'm' : 'f') + (old ? 'Old' : 'Young') + (two ? '2' : '1');
    const g = pick(GIV[key]);
    const n = s + g;
    if (NAME_BLOCK.has(n) || usedNames.has(n) && chance(0.7)) continue;
    if (g[0] === s[s.length - 1]) continue; // no 王王x
    usedNames.add(n);
    return n;
  }
  return '王' + pick(GIV.mOld2);
}
function makeName(cty, gender, by, surn) {
  if (cty && cty.minority === 'uy' && chance(0.45)) return gender === 'M' ? pick(UY_M) + '·' + pick(UY_FA) : pick(UY_F) + '·' + pick(UY_FA);
  if (cty && cty.minority === 'mn') { if (chance(0.12)) return gender === 'M' ? pick(MN_M) : pick(MN_F); if (chance(0.4)) return hanName(gender, by, pick(MN_SURN)); }
  return hanName(gender, by, surn);
}

// ------------------------------------------------------------------ identifiers
const usedIds = new Set(), usedMob = new Set(), usedCard = new Set(), usedMail = new Set();
function birthDate(y0, y1) { const y = ri(y0, y1); const m = ri(1, 12); const dd = ri(1, realDate(y, m, 31) ? 31 : realDate(y, m, 30) ? 30 : 28); return { y, m, d: dd }; }
function makeId(region, bd, gender) {
  for (;;) {
    const seq = ri(0, 99) * 10 + (gender === 'M' ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]));
    const b = region + bd.y + pad(bd.m, 2) + pad(bd.d, 2) + pad(seq, 3);
    const id = b + idCheckChar(b);
    if (!usedIds.has(id)) { usedIds.add(id); return id; }
  }
}
function makeMobile() {
  const pfx = wpick([['138', 9], ['139', 9], ['137', 6], ['136', 4], ['135', 5], ['134', 3], ['150', 5], ['151', 4], ['152', 3], ['157', 3], ['158', 6], ['159', 5], ['182', 3], ['183', 3], ['187', 4], ['188', 3], ['147', 1], ['178', 2], ['130', 3], ['131', 2], ['132', 3], ['155', 3], ['156', 2], ['185', 3], ['186', 3], ['166', 2], ['175', 1], ['176', 2], ['133', 2], ['153', 2], ['180', 2], ['181', 2], ['189', 3], ['177', 2], ['173', 2], ['199', 2], ['191', 1], ['198', 1], ['195', 1], ['165', 1], ['172', 1], ['145', 1], ['193', 1], ['192', 1], ['162', 1], ['170', 1]]);
  for (;;) { const m = pfx + pad(ri(0, 99999999), 8); if (!usedMob.has(m) && m !== '13800138000') { usedMob.add(m); return m; } }
}
const BANKS = [
  { name: '农村信用社', local: true, bins: ['621779', '623059', '622991', '621521', '623158', '621336', '623595'], len: 19, w: 34 },
  { name: '中国农业银行', bins: ['622848', '622845', '622827', '621282', '623052'], len: 19, w: 26 },
  { name: '中国邮政储蓄银行', bins: ['621799', '622188', '621098', '623218'], len: 19, w: 18 },
  { name: '中国建设银行', bins: ['621700', '622700', '622280'], len: 19, w: 6 },
  { name: '中国工商银行', bins: ['622202', '621226', '621558'], len: 19, w: 5 },
  { name: '中国银行', bins: ['621661', '621785', '621790'], len: 19, w: 3 },
  { name: '招商银行', bins: ['621483', '622588'], len: 16, w: 2 },
  { name: '村镇银行', local: true, bins: ['623190', '621392', '623669'], len: 16, w: 3 },
  { name: '农商银行', local: true, bins: ['621461', '623531'], len: 18, w: 2 },
];
function makeCard(bank) {
  const b = bank || wpick(BANKS.map((x) => [x, x.w]));
  for (;;) { const bin = pick(b.bins); let body = bin; while (body.length < b.len - 1) body += ri(0, 9); const c = body + luhnDigit(body); if (!usedCard.has(c)) { usedCard.add(c); return { no: c, bank: b }; } }
}
function bankLabel(cty, b) {
  if (b.name === '农村信用社') return pick([cty.short + '县农村信用合作联社', cty.bank, cty.prov.replace(/省|自治区|回族|维吾尔/g, '') + '农村信用社', cty.bank + pick(cty.towns).replace(/镇|乡/, '') + '支行']).replace('县县', '县');
  if (b.name === '农商银行' || b.name === '村镇银行') return cty.bank.replace('农商银行', '') + (b.name === '村镇银行' ? '中原村镇银行' : '农商银行');
  return b.name + cty.short + (cty.short.endsWith('县') || cty.short.endsWith('旗') ? '' : '县') + pick(['支行', '支行', pick(cty.towns).replace(/镇|乡/, '') + '营业所', pick(cty.towns).replace(/镇|乡/, '') + '支行']);
}
function makeEmail(name, by, mobile) {
  for (;;) {
    const r = rnd();
    let e;
    const py = [...name].every((c) => PY[c]) && !name.includes('·') ? [...name].map((c) => PY[c]) : null;
    if (r < 0.52 || !py) e = ri(10000, 3999999999) + '@qq.com';
    else if (r < 0.62 && mobile) e = mobile + '@' + pick(['163.com', '139.com', '163.com']);
    else if (r < 0.8) e = py[0] + py.slice(1).map((x) => x[0]).join('') + pick([String(by), String(by).slice(2), '', String(ri(1, 999))]) + '@' + pick(['163.com', '126.com', 'sina.com', 'qq.com', 'yeah.net']);
    else if (r < 0.92) e = py.join('') + pick(['', String(by), '_' + ri(1, 99)]) + '@' + pick(['163.com', '126.com', 'foxmail.com', 'aliyun.com']);
    else e = py.slice(1).join('') + '.' + py[0] + '@' + pick(['163.com', 'outlook.com', 'hotmail.com']);
    if (!usedMail.has(e)) { usedMail.add(e); return e; }
  }
}
function makeUscc(kind, region) {
  // kind: '93' 农民专业合作社, '92' 个体工商户, '91' 企业, '54' 村民委员会, 'N2' 村集体经济组织, '12' 事业单位, '11' 机关
  for (;;) {
    let body8;
    if (kind === '54' || kind === '11' || kind === '12') body8 = pad(ri(0, 99999999), 8);
    else { const al = USCC_AL.slice(0, 31); body8 = 'M' + pick(['A', 'A', 'A', 'B', 'C', 'D', 'E']) + Array.from({ length: 6 }, () => al[ri(0, 30)]).join(''); }
    const oc = orgCheck(body8);
    const b17 = kind + region + body8 + oc;
    if (!/^[0-9A-HJ-NPQRTUWXY]{17}$/.test(b17)) continue;
    const u = b17 + usccCheck(b17);
    if (usccOk(u)) return u;
  }
}

// ------------------------------------------------------------------ people
let PID = 0;
function person(cty, o = {}) {
  const gender = o.gender || (chance(0.56) ? 'M' : 'F');
  const bd = o.bd || birthDate(o.y0 || 1948, o.y1 || 1990);
  const region = o.region || (chance(o.gender === 'F' ? 0.25 : 0.1) ? pick(cty.nb) : cty.code);
  let name = o.name;
  if (!name && o.kin) { // minority households keep minority naming (child: own name·father's name)
    if (o.kin.includes('·')) name = (gender === 'M' ? pick(UY_M) : pick(UY_F)) + '·' + (o.rel === 'spouse' ? pick(UY_FA) : o.kin.split('·')[0]);
    else if (MN_M.includes(o.kin) || MN_F.includes(o.kin)) name = gender === 'M' ? pick(MN_M) : pick(MN_F);
  }
  if (!name) name = makeName(cty, gender, bd.y, o.surn);
  const p = { pid: ++PID, cty, gender, bd, name, id: makeId(region, bd, gender) };
  p.mobile = makeMobile();
  const c = makeCard(o.bank);
  p.card = c.no; p.bank = c.bank; p.bankName = bankLabel(cty, c.bank);
  p.email = makeEmail(name, bd.y, p.mobile);
  p.age = 2024 - bd.y;
  return p;
}
function village(cty) {
  const s = wpick(SURN_W.slice(0, 40));
  const suf = cty.code.startsWith('22') || cty.code.startsWith('15') ? pick(['家屯', '家窝堡', '家店', '家营子', '家岗']) : cty.code.startsWith('50') || cty.code.startsWith('51') || cty.code.startsWith('43') || cty.code.startsWith('42') ? pick(['家湾', '家坝', '家沟', '家坪', '家垸', '家冲']) : cty.code.startsWith('65') || cty.code.startsWith('64') || cty.code.startsWith('62') ? pick(['家湾', '家庄', '家沟', '家渠', '家台']) : pick(['家湾', '庄', '楼', '营', '集', '店', '寨', '家庄', '岗', '家洼', '桥', '屯', '家沟']);
  const named = pick(['前进', '红旗', '新庄', '东风', '团结', '双庙', '南湖', '后营', '大王庄', '光明', '胜利', '新华', '永丰', '和平', '三里桥', '五里铺', '东湖', '北关']);
  return chance(0.72) ? s + suf : named;
}
const CN_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
function group(cty) { const n = ri(1, 10); return (cty.grp === '社' && chance(0.5) ? CN_NUM[n - 1] + '社' : cty.grp === '队' ? CN_NUM[n - 1] + '队' : CN_NUM[n - 1] + '组'); }

// ------------------------------------------------------------------ written forms
const FW = (s) => s.replace(/[0-9A-Za-z@.\-+]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));
function wMobile(m, st) {
  switch (st) {
    case 'sp': return m.slice(0, 3) + ' ' + m.slice(3, 7) + ' ' + m.slice(7);
    case 'dash': return m.slice(0, 3) + '-' + m.slice(3, 7) + '-' + m.slice(7);
    case '+86': return '+86 ' + m;
    case '+86n': return '+86' + m;
    case '+86sp': return '+86 ' + m.slice(0, 3) + ' ' + m.slice(3, 7) + ' ' + m.slice(7);
    case 'fw': return FW(m);
    case '0086': return '0086-' + m;
    default: return m;
  }
}
function mobStyle(loose) { return loose ? wpick([['plain', 70], ['sp', 10], ['dash', 7], ['+86', 4], ['+86n', 3], ['fw', 4], ['+86sp', 2]]) : wpick([['plain', 92], ['sp', 3], ['dash', 3], ['fw', 2]]); }
function wId(id, st) {
  switch (st) {
    case 'x': return id.replace(/X$/, 'x');
    case 'sp': return id.slice(0, 6) + ' ' + id.slice(6, 14) + ' ' + id.slice(14);
    case 'fw': return FW(id);
    case 'eq': return '="' + id + '"';
    case 'q': return "'" + id;
    default: return id;
  }
}
function idStyle(loose) { return loose ? wpick([['plain', 80], ['x', 6], ['sp', 6], ['fw', 6]]) : wpick([['plain', 95], ['x', 5]]); }
function wCard(c, st) {
  switch (st) {
    case 'g4': return c.replace(/(\d{4})(?=\d)/g, '$1 ');
    case 'd4': return c.replace(/(\d{4})(?=\d)/g, '$1-');
    case 'g6': return c.slice(0, 6) + ' ' + c.slice(6);
    case 'fw': return FW(c);
    case 'eq': return '="' + c + '"';
    default: return c;
  }
}
function cardStyle(loose) { return loose ? wpick([['plain', 55], ['g4', 30], ['d4', 5], ['g6', 5], ['fw', 5]]) : wpick([['plain', 88], ['g4', 12]]); }
// mask styles: one style per document (a system or a 公示 masks consistently)
function maskId(id, st) { return [id.slice(0, 6) + '********' + id.slice(14), id.slice(0, 3) + '***********' + id.slice(14), id.slice(0, 10) + '****' + id.slice(14), id.slice(0, 4) + '**********' + id.slice(14), id.slice(0, 6) + '**********' + id.slice(16), id.slice(0, 6) + '********' + id.slice(14)][st % 6]; }
function maskMobile(m, st) { return [m.slice(0, 3) + '****' + m.slice(7), m.slice(0, 3) + '****' + m.slice(7), m.slice(0, 3) + 'xxxx' + m.slice(7), m.slice(0, 3) + '*****' + m.slice(8)][st % 4]; }
function maskCard(c, st) { return [c.slice(0, 6) + '*'.repeat(c.length - 10) + c.slice(-4), c.slice(0, 4) + ' **** **** ' + c.slice(-4), '*'.repeat(c.length - 4) + c.slice(-4), c.slice(0, 6) + '******' + c.slice(-4)][st % 4]; }
function maskName(n, st) { const a = [...n]; if (n.includes('·')) return a[0] + '*·' + a[a.length - 1]; if (a.length === 2) return st % 3 === 2 ? a[0] + '某' : a[0] + '*'; return [a[0] + '*' + a.slice(2).join(''), a[0] + '*'.repeat(a.length - 1), a[0] + '某某'.slice(0, a.length - 1)][st % 3]; }

// display width (CJK = 2) for fixed-width layouts
const dw = (s) => [...s].reduce((n, c) => n + (/[\u1100-\uffff]/.test(c) && !/[\uff61-\uff9f]/.test(c) ? 2 : 1), 0);
const padR = (s, w) => s + ' '.repeat(Math.max(1, w - dw(s)));

// ------------------------------------------------------------------ documents
const DOCS = [];
class Doc {
  constructor(kind) { this.kind = kind; this.parts = []; this.E = new Map(); this.D = new Map(); this.K = new Map(); this.ms = ri(0, 59); }
  w(...s) { this.parts.push(...s); return this; }
  ln(s = '') { this.parts.push(s + '\n'); return this; }
  ent(det, v) { this.E.set(det + '\u0000' + v, { detector: det, value: v }); return this; }
  dc(det, v) { this.D.set(det + '\u0000' + v, { detector: det, value: v }); return this; }
  decoy(kind, text) { if (text && !this.K.has(text)) this.K.set(text, { kind, text: String(text) }); return text; }
  // writers that label
  N(n) { this.ent('person_name_zh', n.replace(/[\s\u3000]/g, '')); return n; }
  Nd(n) { this.dc('person_name_zh', n.replace(/[\s\u3000]/g, '')); return n; }
  M(m, st) { this.ent('cn_mobile', m); return wMobile(m, st); }
  I(id, st) { this.ent('cn_resident_id', id); return wId(id, st); }
  C(c, st) { this.ent('bank_card', c); return wCard(c, st); }
  Em(e, upper) { this.ent('email', e.toLowerCase()); if (/@(139\.com|163\.com)$/.test(e) && /^1\d{10}@/.test(e)) this.dc('cn_mobile', e.slice(0, 11)); return upper ? e.replace(/^[a-z]/, (c) => c.toUpperCase()) : e; }
  U(u, st) { this.ent('cn_uscc', u); return st === 'lc' ? u.toLowerCase() : u; }
  LL(area, sub, st, sure) { // landline
    const v = area + sub;
    if (sure) this.ent('cn_landline', v); else this.dc('cn_landline', v);
    switch (st) { case 'p': return '(' + area + ')' + sub; case 'fp': return '（' + area + '）' + sub; case 'sp': return area + ' ' + sub; case 'n': return v; default: return area + '-' + sub; }
  }
  Land(cty, st) { const l = landline(cty); return this.LL(l.area, l.sub, st || pick(['d', 'd', 'p', 'sp', 'fp']), l.sure); }
  MI(id) { return this.decoy('masked_id', maskId(id, this.ms)); }
  MM(m) { return this.decoy('masked_mobile', maskMobile(m, this.ms)); }
  MC(c) { return this.decoy('masked_card', maskCard(c, this.ms)); }
  MN(n) { return this.decoy('masked_name', maskName(n, this.ms)); }
  text() { return this.parts.join(''); }
}
function landline(cty) { // subscriber number: 8 digits for 010/02x/0371; others 7 or 8 (unsure → dontCare)
  const sure = cty.area.length === 3 || cty.area === '0371';
  const len = sure ? 8 : wpick([[7, 2], [8, 3]]);
  const first = pick(['2', '3', '5', '6', '7', '8']);
  let s = first; while (s.length < len) s += ri(0, 9);
  return { area: cty.area, sub: s, sure };
}

// ------------------------------------------------------------------ decoy numbers
function digitsOf(s) { return s.replace(/\D/g, ''); }
function numericBad(s) { // true when a digit string would pass a core check (so must not be a decoy)
  for (const m of s.matchAll(/\d{17}[Xx]/g)) if (idPlausible(m[0])) return true;
  for (const m of s.toUpperCase().matchAll(/(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])/g)) if (usccOk(m[0])) return true;
  const runs = s.match(/\d+/g) || [];
  const all = /^[\d\s\-]+$/.test(s) ? [digitsOf(s), ...runs] : runs;
  for (const r of all) {
    if (r.length === 11 && mobileOk(r)) return true;
    if (r.length === 18 && idPlausible(r)) return true;
    if (r.length === 15 && legacyPlausible(r)) return true;
    if (r.length >= 16 && r.length <= 19 && luhnOk(r)) return true;
  }
  return false;
}
function genDecoy(fn) { for (let k = 0; k < 200; k++) { const v = fn(); if (!numericBad(v)) return v; } throw new Error('decoy gen'); }
function earTag(cty, species) { // 畜禽标识: 1-digit species + 6-digit county + 8-digit serial
  return genDecoy(() => species + cty.code + pad(ri(0, 4), 1) + pad(ri(0, 9999999), 7));
}
function plotCode(fbm) { return genDecoy(() => fbm + pad(ri(1, 600), 5)); } // 地块编码 19 = 发包方编码14 + 5
function fbmCode(cty, town, vil, grp) { return cty.code + pad(town, 3) + pad(vil, 3) + pad(grp, 2); }
function cbfCode(fbm) { return genDecoy(() => fbm + pad(ri(1, 180), 4)); } // 承包方编码 18
function idTypo(id) { // one-digit substitution or adjacent transposition → fails MOD 11-2
  return genDecoy(() => {
    const a = id.split('');
    if (chance(0.5)) { const i = ri(6, 16); let d; do d = String(ri(0, 9)); while (d === a[i]); a[i] = d; } else { let i; do i = ri(6, 15); while (a[i] === a[i + 1]); [a[i], a[i + 1]] = [a[i + 1], a[i]]; }
    return a.join('');
  });
}
function cardTypo(c) { return genDecoy(() => { const a = c.split(''); const i = ri(6, a.length - 2); let d; do d = String(ri(0, 9)); while (d === a[i]); a[i] = d; return a.join(''); }); }
function mobileTypo(m) { return genDecoy(() => wpick([[m.slice(0, 10), 3], [m.slice(0, 5) + m.slice(6), 3], [m + String(ri(0, 9)), 2], ['1' + pick(['40', '41', '43', '44', '46', '48', '49', '54', '94']) + m.slice(3), 3]])); }
function passbookAcct(cty) { // 信用社 存折/一卡通 account numbers (not card PANs): 17-21 digits, fail Luhn
  return genDecoy(() => wpick([[pad(ri(7000, 7099), 4) + pad(ri(0, 99), 2) + pad(ri(0, 999999999), 9) + pad(ri(0, 99999), 5), 3], ['10' + pad(ri(0, 9999), 4) + pad(ri(0, 9999999999), 10) + pad(ri(0, 99), 2), 2], [pad(ri(9010, 9099), 4) + pad(ri(0, 999999999), 9) + pad(ri(0, 9999), 4), 2]]));
}
function dt(y, m, d) { return `${y}-${pad(m, 2)}-${pad(d, 2)}`; }
function rdate(y) { const m = ri(1, 12); return { y, m, d: ri(1, realDate(y, m, 30) ? 30 : 28) }; }
function hms() { return `${pad(ri(7, 19), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`; }
function cnDate(o) { return `${o.y}年${o.m}月${o.d}日`; }
function epochMs(y, m, d) { return Date.UTC(y, m - 1, d, ri(0, 12), ri(0, 59), ri(0, 59)) + ri(0, 999); } // pure arithmetic, no clock

// ------------------------------------------------------------------ layout helpers
function csvCell(s) { s = String(s); return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }
function renderTable(d, layout, headers, rows) {
  const out = [];
  if (layout === 'csv') { out.push(headers.map(csvCell).join(',')); for (const r of rows) out.push(r.map(csvCell).join(',')); }
  else if (layout === 'tsv') { out.push(headers.join('\t')); for (const r of rows) out.push(r.join('\t')); }
  else if (layout === 'pipe') { out.push('| ' + headers.join(' | ') + ' |'); out.push('|' + headers.map(() => '---').join('|') + '|'); for (const r of rows) out.push('| ' + r.join(' | ') + ' |'); }
  else if (layout === 'bar') { out.push(headers.join('|')); for (const r of rows) out.push(r.join('|')); }
  else if (layout === 'fixed') {
    const wd = headers.map((h, i) => Math.max(dw(h), ...rows.map((r) => dw(String(r[i] ?? '')))) + 2);
    out.push(headers.map((h, i) => padR(h, wd[i])).join('').trimEnd());
    out.push('-'.repeat(wd.reduce((a, b) => a + b, 0)));
    for (const r of rows) out.push(r.map((c, i) => padR(String(c), wd[i])).join('').trimEnd());
  } else if (layout === 'pdf2') { // pdftotext -layout without column alignment: one row per line
    out.push(headers.join('  '));
    for (const r of rows) out.push(r.map(String).filter((c) => c !== '').join(pick(['  ', '   ', ' '])));
  } else { // 'pdf': pdftotext output of a ruled table: one cell per line, long numbers wrapped inside their cell
    const wrapOk = (c) => /^\d{16,19}$/.test(c) && (d.E.has('bank_card\u0000' + c) || d.E.has('cn_resident_id\u0000' + c));
    out.push(headers.join('\n'));
    for (const r of rows) {
      for (const c0 of r) {
        const c = String(c0);
        if (c === '') continue;
        const k = ri(10, c.length - 3);
        if (wrapOk(c) && chance(0.15) && !numericBad(c.slice(0, k)) && !numericBad(c.slice(k))) { out.push(c.slice(0, k)); out.push(c.slice(k)); } else out.push(c);
      }
    }
  }
  d.ln(out.join('\n'));
}

// domain vocabulary ------------------------------------------------
const COOP_WORD = ['金穗', '丰源', '众鑫', '绿野', '丰硕', '兴农', '惠民', '金土地', '沃土', '瑞丰', '禾盛', '田园', '润丰', '金麦', '鑫源', '农丰', '春晖', '家和', '益农', '万亩', '聚丰', '富民', '宏达', '嘉禾', '福润'];
const COOP_TRADE = { wheat: ['小麦种植', '粮食种植', '农机', '种植', '土地股份', '植保'], corn: ['玉米种植', '粮食种植', '农机', '土地股份'], rice: ['水稻种植', '粮食种植', '稻虾共作', '农机'], peanut: ['花生种植', '果品', '种植', '生猪养殖'], cotton: ['棉花种植', '农机', '种植'], citrus: ['柑橘种植', '果业', '生态养殖'], veg: ['蔬菜种植', '高原夏菜', '马铃薯种植'] };
function coopName(cty, vil) { return cty.name + (vil || '') + pick(COOP_WORD) + pick(COOP_TRADE[cty.crop]) + '专业合作社'; }
const FARM_WORD = ['绿源', '丰收', '兴旺', '金地', '麦香', '禾丰', '沃野', '百顺', '鑫盛', '康庄', '五谷', '阳光', '顺达', '平安', '青禾'];
const CROPS = {
  wheat: { main: '小麦', v: ['周麦27', '郑麦9023', '百农207', '西农979', '矮抗58', '济麦22', '周麦36', '百农4199'], second: '玉米', v2: ['郑单958', '先玉335', '浚单20', '登海605', '伟科702', '金皇后'] },
  corn: { main: '玉米', v: ['先玉335', '良玉99', '吉单27', '翔玉998', '富民985', '迪卡159', '金皇后'], second: '大豆', v2: ['吉育86', '黄宝珠', '合丰50'] },
  rice: { main: '水稻', v: ['黄华占', '隆两优华占', '晶两优534', '甬优1540', '丰两优四号', '扬两优6号', '中浙优8号', '野香优莉丝'], second: '油菜', v2: ['华油杂62', '阳光2009', '秦优10号'] },
  peanut: { main: '花生', v: ['花育25', '山花9号', '鲁花11', '潍花8号', '花育33'], second: '小麦', v2: ['济麦22', '烟农999', '山农28'] },
  cotton: { main: '棉花', v: ['新陆早57', '新陆早78', '惠远720', '金科20'], second: '加工番茄', v2: ['屯河8号', '石番28'] },
  citrus: { main: '柑橘', v: ['纽荷尔脐橙', '春见', '沃柑', '晚熟柑橘', '塔罗科血橙'], second: '玉米', v2: ['渝单8号', '正红6号'] },
  veg: { main: '高原夏菜', v: ['娃娃菜', '西兰花', '菜花', '甘蓝', '兰州百合'], second: '马铃薯', v2: ['陇薯7号', '青薯9号', '大西洋'] },
};
const POULTRY = [['白羽鸡', '只'], ['白羽肉鸡', '只'], ['蛋鸡', '只'], ['麻鸭', '只'], ['白鹅', '只']];
const animalFor = (cty) => livestockFor(cty).map((x) => [x[0], x[2]]).concat(POULTRY);
const livestockFor = (cty) => LIVESTOCK.filter((x) => (x[0] === '滩羊') === false || cty.code.startsWith('64'));
const LIVESTOCK = [['能繁母猪', '1', '头'], ['育肥猪', '1', '头'], ['西门塔尔牛', '2', '头'], ['鲁西黄牛', '2', '头'], ['安格斯牛', '2', '头'], ['夏洛莱牛', '2', '头'], ['荷斯坦奶牛', '2', '头'], ['黄牛', '2', '头'], ['湖羊', '3', '只'], ['小尾寒羊', '3', '只'], ['滩羊', '3', '只']];
const FERT = [['史丹利复合肥(45%)', 165], ['金正大复合肥', 158], ['司尔特复合肥', 150], ['心连心尿素', 118], ['云天化复合肥', 162], ['洋丰复合肥', 155], ['中化复合肥', 160], ['鲁西尿素', 115], ['红四方磷肥', 96], ['施可丰复合肥', 152], ['撒可富', 170]];
const PEST = [['吡虫啉', 12], ['戊唑醇', 25], ['氯虫苯甲酰胺', 45], ['草甘膦', 38], ['烟嘧磺隆', 18], ['阿维菌素', 15], ['多菌灵', 10]];
const MACH = [['轮式拖拉机', '东方红', '第一拖拉机股份有限公司', ['LX1004', 'LX904', 'MF704', 'LX2204'], 86000, 22400], ['轮式拖拉机', '雷沃', '潍柴雷沃智慧农业科技股份有限公司', ['M1004-5H', 'P5000', 'M904-2H'], 78000, 19800], ['轮式拖拉机', '常发', '常州东风农机集团有限公司', ['CFD1004A', 'CFD904'], 69000, 16200], ['轮式拖拉机', '黄海金马', '江苏悦达智能农业装备有限公司', ['1004K', '904A'], 72000, 17100], ['自走式谷物联合收割机', '雷沃谷神', '潍柴雷沃智慧农业科技股份有限公司', ['GM100', 'GE80'], 168000, 38000], ['自走式玉米收获机', '勇猛', '勇猛机械股份有限公司', ['4YZ-4H', '4YZP-4M'], 205000, 42000], ['自走式玉米收获机', '金大丰', '山东金大丰机械有限公司', ['4YZP-4F', '4YZP-3'], 178000, 36000], ['半喂入联合收割机', '久保田', '久保田农业机械(苏州)有限公司', ['4LBZ-145C', 'PRO588I'], 152000, 30400], ['植保无人机', '大疆', '深圳市大疆创新科技有限公司', ['T40', 'T50', 'T25'], 56000, 9600], ['免耕播种机', '农哈哈', '河北农哈哈机械集团有限公司', ['2BMSF-8/4', '2BYQF-4'], 26000, 6600], ['旋耕机', '常发', '常州东风农机集团有限公司', ['1GQN-200'], 8600, 2500], ['履带式旋耕机', '沃得', '江苏沃得农业机械股份有限公司', ['1GZ-230'], 32000, 8000]];
const ORG_IN_NAME_POS = (cty, vil) => pick([vil + '村股份经济合作社', vil + '村民委员会', cty.name + pick(FARM_WORD) + '家庭农场', coopName(cty, ''), cty.name + pick(['丰源', '鑫农', '宏达', '华丰']) + '农业发展有限公司', vil + '村集体', pick(['一', '二', '三', '四']) + '组集体', '村集体经济组织']);
function orgCode(name, cty) { return makeUscc(/股份经济合作社|村集体|集体经济组织/.test(name) ? 'N2' : /组集体/.test(name) ? 'N1' : /村民委员会/.test(name) ? '54' : /家庭农场/.test(name) ? '92' : /有限公司/.test(name) ? '91' : '93', cty.code); }
const TITLES = ['村会计', '村支书', '网格员', '驻村第一书记', '驻村工作队', '组长', '文书', '信贷员', '协保员', '农技员', '防疫员', '村委会主任', '妇联主任', '经管站', '农机股', '乡财政所'];

// ================================================================== templates
// 1. 农民专业合作社 成员名册
function gen_coop_roster(cty) {
  const d = new Doc('coop_roster');
  const vil = village(cty), town = pick(cty.towns);
  const cname = d.decoy('org_name', coopName(cty, chance(0.4) ? vil : ''));
  const uscc = makeUscc('93', cty.code);
  const layout = pick(['csv', 'pipe', 'fixed', 'tsv', 'pdf', 'pdf2', 'csv']);
  const n = wpick([[ri(5, 9), 4], [ri(10, 18), 4], [ri(19, 28), 1]]);
  const withPhone = chance(0.8), withEmail = chance(0.5), withCard = chance(0.35);
  const y0 = ri(2009, 2019);
  d.ln(pick([`${cname}成员名册`, `${cname}\n成 员 名 册`, `附件2：${cname}成员名册（${ri(2021, 2024)}年更新）`]));
  d.ln(`统一社会信用代码：${d.U(uscc)}`);
  d.ln(`住所：${cty.name}${d.decoy('place', town)}${d.decoy('place', vil)}村`);
  if (chance(0.5)) d.ln(`成员总数：${n}人（其中农民成员${n - (chance(0.3) ? 1 : 0)}人）    成员出资总额：${(n * ri(2, 8) * 5000).toLocaleString('en-US')}元`);
  d.ln('');
  const withCertNo = chance(0.55); const certP = pick([`HZS${y0}-`, `${cty.short}HZ-`, 'NO.', 'CY']);
  const H = ['序号', '成员姓名', '性别', '公民身份号码', '住所', '出资额(元)', '出资方式', '入社时间'];
  if (withCertNo) H.splice(1, 0, '成员证号');
  if (withPhone) H.push('联系电话'); if (withEmail) H.push('电子邮箱'); if (withCard) H.push('盈余返还账户'); H.push('备注');
  const rows = []; let chair = null, orgDone = false;
  for (let i = 1; i <= n; i++) {
    if (!orgDone && i > 3 && chance(0.06)) {
      orgDone = true;
      const on = d.decoy('org_name', ORG_IN_NAME_POS(cty, vil));
      const ou = orgCode(on, cty);
      const r = [i, on, '', d.U(ou), cty.name + town, ri(5, 20) * 10000, '货币', dt(y0 + ri(0, 3), ri(1, 12), ri(1, 28))];
      if (withPhone) r.push(''); if (withEmail) r.push(''); if (withCard) r.push(''); r.push('单位成员');
      if (withCertNo) r.splice(1, 0, d.decoy('member_no', certP + pad(i, 3)));
      rows.push(r); continue;
    }
    const p = person(cty, { y0: 1950, y1: 1992 });
    if (i === 1) chair = p;
    const g = p.gender === 'M' ? '男' : '女';
    const nm = layout === 'fixed' && [...p.name].length === 2 && chance(0.5) ? p.name[0] + '\u3000' + p.name[1] : p.name;
    const r = [i, d.N(nm), g, d.I(p.id, layout === 'csv' && chance(0.15) ? 'eq' : idStyle()), town + vil + '村' + group(cty), wpick([[5000, 3], [10000, 3], [20000, 2], [50000, 1], [ri(1, 30) * 1000, 2]]), wpick([['货币', 6], ['土地经营权作价', 3], ['农机具作价', 1]]), d.decoy('date', dt(y0 + ri(0, 4), ri(1, 12), ri(1, 28)))];
    if (withPhone) r.push(chance(0.9) ? d.M(p.mobile, mobStyle()) : '');
    if (withEmail) r.push(chance(0.6) ? d.Em(p.email) : '');
    if (withCard) r.push(chance(0.92) ? d.C(p.card, cardStyle()) : d.decoy('passbook_acct', passbookAcct(cty)));
    if (withCertNo) r.splice(1, 0, d.decoy('member_no', certP + pad(i, 3)));
    r.push(i === 1 ? '理事长' : i === 2 ? pick(['副理事长', '监事长']) : i === 3 ? pick(['理事', '监事', '会计']) : chance(0.1) ? '外出务工' : '');
    rows.push(r);
  }
  renderTable(d, layout, H, rows);
  d.ln('');
  const clerk = person(cty);
  d.ln(`理事长（签字）：${d.N(chair.name)}        制表人：${chance(0.8) ? d.N(clerk.name) : d.decoy('title', pick(['合作社会计', '村会计']))}`);
  d.ln(`填报日期：${cnDate(rdate(ri(2021, 2024)))}`);
  if (chance(0.3)) d.ln(`（本名册一式三份，报${cty.short}县农业农村局经管站备案）`.replace('县县', '县'));
  return d;
}

// 2. 成员出资清单 / 出资公示
function gen_coop_capital(cty) {
  const d = new Doc('coop_capital');
  const vil = village(cty), town = pick(cty.towns);
  const cname = d.decoy('org_name', coopName(cty, chance(0.5) ? vil : ''));
  const publicNotice = chance(0.45);
  const n = ri(6, 30);
  const fbm = fbmCode(cty, ri(100, 112), ri(200, 230), ri(1, 12));
  d.ln(publicNotice ? `${cname}成员出资情况公示` : `${cname}成员出资清单`);
  if (publicNotice) d.ln(`根据《中华人民共和国农民专业合作社法》及本社章程，现将成员出资情况予以公示，公示期${pick(['7', '10', '15'])}天。如有异议，请与本社理事会联系。`);
  d.ln(`登记机关：${cty.name}市场监督管理局    出资截止日期：${cnDate(rdate(ri(2020, 2024)))}`.replace('县县', '县'));
  d.ln('');
  const layout = pick(['csv', 'fixed', 'pipe', 'pdf', 'pdf2']);
  const H = ['序号', '姓名', '身份证号码', '出资方式', '土地面积(亩)', '地块编码', '折价(元/亩)', '出资额(元)', '占比(%)', publicNotice ? '联系电话' : '成员签字(手印)'];
  const rows = []; let total = 0; const people = [];
  for (let i = 1; i <= n; i++) {
    const p = person(cty); people.push(p);
    const land = chance(0.6);
    const mu = land ? +(ri(120, 1580) / 100).toFixed(2) : 0;
    const price = land ? pick([600, 700, 750, 800, 900, 1000]) : 0;
    const amt = land ? Math.round(mu * price) : pick([2000, 5000, 10000, 20000, 30000]);
    total += amt;
    const row = [i, d.N(p.name), publicNotice ? d.MI(p.id) : d.I(p.id, idStyle()), land ? '土地经营权' : '货币', land ? d.decoy('area_mu', mu.toFixed(2)) : '', land ? d.decoy('plot_code', plotCode(fbm)) : '', land ? price : '', amt, '', ''];
    row[9] = publicNotice ? (chance(0.7) ? d.MM(p.mobile) : '') : (chance(0.6) ? d.N(p.name) : '(手印)');
    rows.push(row);
  }
  for (const r of rows) r[8] = (r[7] / total * 100).toFixed(2);
  renderTable(d, layout, H, rows);
  d.ln(`合计：${total}元`);
  const chair = people[0];
  d.ln('');
  d.ln(`理事长：${d.N(chair.name)}    监事长：${d.N(people[1].name)}`);
  d.ln(`联系电话：${chance(0.5) ? d.M(chair.mobile, mobStyle()) : d.Land(cty)}`);
  d.ln(`${cnDate(rdate(ri(2021, 2024)))}`);
  return d;
}

// 3. 土地经营权流转合同
function gen_land_contract(cty) {
  const d = new Doc('land_contract');
  const vil = village(cty), town = pick(cty.towns), grp = group(cty);
  const a = person(cty, { y0: 1946, y1: 1980 });
  const coop = chance(0.6);
  const bName = coop ? coopName(cty, chance(0.3) ? vil : '') : cty.name + pick(FARM_WORD) + '家庭农场';
  const bRep = person(cty, { y0: 1965, y1: 1990 });
  const bU = makeUscc(coop ? '93' : '92', cty.code);
  const y = ri(2019, 2024), years = pick([3, 5, 5, 8, 10]);
  const no = d.decoy('contract_no', pick([`${cty.short}LZ-${y}-${pad(ri(1, 999), 4)}`, `${cty.code}${y}${pad(ri(1, 9999), 4)}`.slice(0, 14), `TDLZ(${y})第${pad(ri(1, 300), 3)}号`, `NO.${y}${pad(ri(100, 999), 3)}`]));
  if (/^\d+$/.test(no) && numericBad(no)) throw new Error('contract no');
  const mu = +(ri(150, 2200) / 100).toFixed(2);
  const price = pick([600, 700, 750, 800, 850, 900, 1000, 1100]);
  d.ln('农村土地经营权流转合同');
  d.ln(pick(['（出租）', '（转包）', '（示范文本）', '']));
  d.ln(`合同编号：${no}`);
  d.ln('');
  d.ln(`甲方（流出方）：${d.N(a.name)}`);
  d.ln(`${pick(['身份证号码', '公民身份号码', '身份证号'])}：${d.I(a.id, idStyle(true))}`);
  d.ln(`住址：${cty.prov}${cty.city}${cty.name}${town}${vil}村${grp}${chance(0.4) ? '    邮编：' + d.decoy('postcode', cty.post) : ''}`);
  d.ln(`联系电话：${d.M(a.mobile, mobStyle(true))}`);
  d.ln('');
  d.ln(`乙方（流入方）：${d.decoy('org_name', bName)}`);
  d.ln(`统一社会信用代码：${d.U(bU)}`);
  d.ln(`${coop ? '法定代表人（理事长）' : '经营者'}：${d.N(bRep.name)}    身份证号：${d.I(bRep.id)}`);
  d.ln(`联系电话：${d.M(bRep.mobile, mobStyle(true))}${chance(0.5) ? '    电子邮箱：' + d.Em(bRep.email) : ''}`);
  d.ln('');
  d.ln(`为促进农村土地经营权有序流转，根据《中华人民共和国农村土地承包法》《农村土地经营权流转管理办法》等法律法规，甲乙双方本着平等、自愿、有偿的原则，经协商一致，签订本合同。`);
  const n1 = person(cty).name, n2 = person(cty).name;
  d.ln(`一、流转土地基本情况：甲方将其承包经营的位于${town}${vil}村${grp}的耕地共${d.decoy('area_mu', mu + '亩')}（以确权登记面积为准，地块明细见附表）流转给乙方从事${CROPS[cty.crop].main}等农业生产经营。四至：东至${d.Nd(n1)}承包地，西至生产路，南至${d.decoy('place', vil)}排灌渠，北至${d.Nd(n2)}承包地。`);
  d.ln(`二、流转期限：自${y}年${pick([9, 10, 10, 11])}月1日起至${y + years}年${pick([9, 9, 10])}月30日止，共${years}年。流转期限不得超过承包期的剩余期限。`);
  const useGrain = chance(0.35);
  d.ln(`三、流转费及支付方式：${useGrain ? `流转费按每亩每年${d.decoy('weight', pick([600, 650, 700, 750, 800]) + '斤')}${CROPS[cty.crop].main === '水稻' ? '稻谷' : '小麦'}折价，按当年${pick(['10月1日', '6月15日'])}国家最低收购价计算` : `每亩每年人民币${d.decoy('subsidy_rate', price + '元')}，年流转费合计${(mu * price).toFixed(2)}元`}。乙方于每年${pick(['12月31日', '11月30日', '10月15日'])}前一次性支付当年流转费，通过转账方式打入甲方指定账户：`);
  const acctBad = chance(0.12);
  d.ln(`    户名：${d.N(a.name)}  开户行：${a.bankName}  账号：${acctBad ? d.decoy('passbook_acct', passbookAcct(cty)) : d.C(a.card, cardStyle(true))}`);
  d.ln(`四、甲方的权利和义务：……按时足额收取流转费；不得干涉乙方依法进行的正常生产经营活动。`);
  d.ln(`五、乙方的权利和义务：……不得改变土地的农业用途，不得弃耕抛荒，不得破坏农业综合生产能力和农业生态环境；流转期间国家发放的耕地地力保护补贴归${pick(['甲方', '甲方（承包方）'])}所有。`);
  d.ln(`六、违约责任：任何一方违约，应向对方支付违约金${pick(['2000', '5000', '当年流转费20%的'])}元。`.replace('的元', ''));
  d.ln(`七、本合同一式${pick(['三', '四'])}份，甲乙双方各执一份，${town}农村经营管理站（或村民委员会）备案一份。`);
  d.ln('');
  d.ln('附表：流转地块明细');
  const fbm = fbmCode(cty, ri(100, 112), ri(200, 230), ri(1, 12));
  const rows = []; let left = mu; const k = ri(1, 4);
  for (let i = 0; i < k; i++) {
    const m = i === k - 1 ? left : +(left * (0.2 + rnd() * 0.5)).toFixed(2); left = +(left - m).toFixed(2);
    rows.push([d.decoy('plot_code', plotCode(fbm)), pick(['大北地', '南洼', '东岗', '坟前地', '河滩地', '西头地', '机井旁', '老宅地', '沟南']), m.toFixed(2), pick(['一等', '二等', '三等', '四等'])]);
  }
  renderTable(d, pick(['bar', 'fixed', 'pipe']), ['地块编码', '地块名称', '面积(亩)', '地力等级'], rows);
  d.ln('');
  d.ln(`甲方（签字按印）：${d.N(a.name)}          乙方（盖章）：`);
  d.ln(`${coop ? '法定代表人' : '经营者'}（签字）：${d.N(bRep.name)}`);
  if (chance(0.5)) { const w = person(cty); d.ln(`见证人：${d.N(w.name)}（${d.decoy('title', pick(['村委会主任', '村支书', '村会计']))}）`); }
  d.ln(`签订日期：${y}年${pick([8, 9, 9, 10])}月${ri(1, 28)}日`);
  return d;
}

// 4. 土地流转费 发放表
function gen_rent_payout(cty) {
  const d = new Doc('rent_payout');
  const vil = village(cty), town = pick(cty.towns);
  const y = ri(2020, 2024);
  const price = pick([600, 700, 750, 800, 900, 1000]);
  const coop = coopName(cty, '');
  pickF([() => d.ln(`${d.decoy('place', vil)}村${y}年度土地流转费发放表`), () => d.ln(`${town}${d.decoy('place', vil)}村土地流转费兑付花名册（${y}年）`), () => d.ln(`${d.decoy('org_name', coop)}${y}年土地流转费发放明细`)]);
  d.ln(`流入方：${d.decoy('org_name', coop)}    流转费标准：${d.decoy('subsidy_rate', price + '元/亩·年')}    发放方式：${pick(['一卡通代发', '银行转账', '现金发放，本人签字'])}`);
  const layout = pick(['fixed', 'csv', 'pdf', 'pdf2', 'pipe', 'tsv']);
  const n = wpick([[ri(6, 14), 4], [ri(15, 24), 3], [ri(25, 36), 1]]);
  const withPhone = chance(0.35);
  let noSeq = ri(0, 40); const withNo = chance(0.7); const noPfx = pick([`${cty.short}LZ${y}-`, `${vil.slice(0, 2)}${y}`, `HT${y}`]);
  const withCbf = chance(0.35), rFbm = fbmCode(cty, ri(100, 112), ri(200, 230), ri(1, 12));
  const H = ['序号', '组别', '户主姓名', '身份证号码', '一卡通账号', '流转面积(亩)', '单价(元)', '金额(元)']; if (withNo) H.splice(2, 0, '合同编号'); if (withCbf) H.splice(1, 0, '承包方编码'); if (withPhone) H.push('联系电话'); H.push('领款人签字');
  const rows = []; let sum = 0, sumMu = 0;
  for (let i = 1; i <= n; i++) {
    const p = person(cty, { y0: 1940, y1: 1985 });
    const mu = +(ri(80, 1500) / 100).toFixed(2); const amt = +(mu * price).toFixed(2); sum += amt; sumMu += mu;
    const bad = chance(0.06);
    const badCard = chance(0.5);
    const r = [i, d.decoy('village_group', group(cty)), d.N(p.name), d.I(p.id, layout === 'csv' && chance(0.2) ? 'eq' : idStyle()), bad ? d.decoy(badCard ? 'card_luhn_fail' : 'passbook_acct', badCard ? cardTypo(p.card) : passbookAcct(cty)) : d.C(p.card, layout === 'csv' && chance(0.2) ? 'eq' : cardStyle()), d.decoy('area_mu', mu.toFixed(2)), price, money(amt)];
    noSeq += ri(1, 3);
    if (withNo) r.splice(2, 0, d.decoy('contract_no', noPfx + pad(noSeq, 3)));
    if (withCbf) r.splice(1, 0, d.decoy('cbf_code', cbfCode(rFbm)));
    if (withPhone) r.push(chance(0.8) ? d.M(p.mobile, mobStyle()) : '');
    const dai = chance(0.08) ? person(cty, { y0: 1980, y1: 2000, surn: surnameOf(p.name), kin: p.name }) : null;
    r.push(layout === 'csv' || layout === 'tsv' ? (dai ? d.N(dai.name) + '(代)' : chance(0.3) ? d.N(p.name) : '') : '');
    rows.push(r);
  }
  renderTable(d, layout, H, rows);
  d.ln(`合计：${n}户  面积${sumMu.toFixed(2)}亩  金额${moneyC(sum)}元`);
  const c1 = person(cty), c2 = person(cty), c3 = person(cty);
  d.ln(`制表人：${d.N(c1.name)}    审核人：${d.N(c2.name)}    村委会负责人：${d.N(c3.name)}    ${cnDate(rdate(y))}`);
  return d;
}

// 5. 农机购置补贴 公示
function gen_machinery_notice(cty) {
  const d = new Doc('machinery_notice');
  const y = ri(2021, 2024), batch = pick(['一', '二', '三', '四', '五']);
  const maskNames = chance(0.3);
  d.ln(`${cty.name}${y}年农机购置与应用补贴资金兑付情况公示（第${batch}批）`);
  d.ln('');
  const ll = landline(cty);
  d.ln(`根据《${y}—${y + 2}年农机购置与应用补贴实施指导意见》要求，经购机者申请、乡镇初审、县级核验，现将第${batch}批补贴资金兑付情况予以公示（公示期${pick(['7', '7', '5'])}个工作日）。如有异议，请在公示期内向${cty.name}农业农村局农机股反映。联系人：${d.decoy('title', pick(['农机股', '县农机中心', '农机推广站']))}  电话：${d.LL(ll.area, ll.sub, 'd', ll.sure)}  监督电话：${d.decoy('hotline', '12316')}`);
  d.ln('');
  const H = ['序号', '乡镇', '村', '购机者姓名', '机具品目', '生产厂家', '产品名称', '购买机型', '数量', '经销商', '单台销售价格(元)', '单台补贴额(元)', '总补贴额(元)', '出厂编号', '状态'];
  const rows = []; const n = ri(8, 40);
  const dealers = [cty.name + pick(['鑫农', '丰收', '宏达', '福田', '金农']) + '农机销售有限公司', cty.short + pick(['农机大世界', '东方农机', '润丰农机']) + '有限公司'].map((x) => x.replace('县县', '县'));
  dealers.forEach((x) => d.decoy('org_name', x));
  for (let i = 1; i <= n; i++) {
    const m = pick(MACH); const model = pick(m[3]);
    d.decoy('product', m[1]);
    const vil = village(cty);
    let buyer;
    if (chance(0.1)) buyer = d.decoy('org_name', coopName(cty, vil));
    else { const p = person(cty, { y0: 1960, y1: 1995 }); buyer = maskNames ? d.MN(p.name) : d.N(p.name); }
    const sn = d.decoy('serial_no', genDecoy(() => m[1] === '大疆' ? `${pick(['1581F', '0YSDL'])}${pick('ABCDEFGH'.split(''))}${ri(1000000, 9999999)}` : pick([`${m[1] === '东方红' ? 'YT' : m[1].startsWith('雷沃') ? 'LW' : 'NJ'}${String(y).slice(2)}${pad(ri(1, 12), 2)}${pick(['A', 'B', 'C', 'K'])}${pad(ri(0, 99999), 5)}`, `${String(y).slice(2)}${pad(ri(1, 12), 2)}${pad(ri(0, 999999), 6)}`])));
    const price = m[4] + ri(-4, 6) * 1000;
    rows.push([i, pick(cty.towns), d.decoy('place', vil + '村'), buyer, m[0], m[2], m[1], model, 1, pick(dealers), price, m[5], m[5], sn, pick(['已兑付', '已兑付', '已兑付', '待兑付'])]);
  }
  renderTable(d, pick(['pdf', 'bar', 'csv', 'fixed']), H, rows);
  d.ln('');
  d.ln(`${cty.name}农业农村局`.replace('县县', '县'));
  d.ln(cnDate(rdate(y)));
  return d;
}

// 6. 农机购置补贴 申请表
function gen_machinery_application(cty) {
  const d = new Doc('machinery_application');
  const p = person(cty, { y0: 1962, y1: 1996 });
  const y = ri(2021, 2024);
  const m = pick(MACH); const vil = village(cty), town = pick(cty.towns);
  d.decoy('product', m[1]);
  const appNo = d.decoy('application_no', genDecoy(() => `${cty.code}${y}${pad(ri(1, 999999), 6)}`));
  const sn = d.decoy('serial_no', genDecoy(() => `${String(y).slice(2)}${pick(['A', 'K', 'M'])}${pad(ri(0, 9999999), 7)}`));
  const eng = d.decoy('engine_no', genDecoy(() => `${pick(['YN', 'WP', 'LR'])}${pad(ri(0, 99999999), 8)}${pick(['A', 'B', ''])}`));
  const dealerP = person(cty, { y0: 1970, y1: 1995 });
  const dealer = cty.name + pick(['鑫农', '丰收', '宏达', '金农']) + '农机销售有限公司';
  const kv = chance(0.55);
  d.ln(`${cty.prov}农业机械购置补贴申请表`);
  d.ln(`申请编号：${appNo}           申请日期：${y}-${pad(ri(3, 11), 2)}-${pad(ri(1, 28), 2)}`);
  if (kv) {
    d.ln(`购机者类型：☑个人  □农业生产经营组织`);
    d.ln(`购机者姓名：${d.N(p.name)}`);
    d.ln(`性别：${p.gender === 'M' ? '男' : '女'}    出生日期：${p.bd.y}-${pad(p.bd.m, 2)}-${pad(p.bd.d, 2)}`);
    d.ln(`证件类型：居民身份证    证件号码：${d.I(p.id, idStyle(true))}`);
    d.ln(`手机号码：${d.M(p.mobile, mobStyle(true))}${chance(0.5) ? '    电子邮箱：' + d.Em(p.email) : ''}`);
    d.ln(`所在地：${cty.name}${town}${d.decoy('place', vil)}村${group(cty)}`);
    d.ln(`补贴资金发放账户：${pick(['社会保障卡', '惠农一卡通', '本人银行卡'])}    开户行：${p.bankName}`);
    d.ln(`账号：${d.C(p.card, cardStyle(true))}`);
    d.ln(`机具品目：${m[0]}    生产企业：${m[2]}`);
    d.ln(`产品名称：${m[1]}    机型：${pick(m[3])}    出厂编号：${sn}    发动机号：${eng}`);
    d.ln(`购买数量：1台    单台销售价格：${m[4]}元    申请补贴额：${m[5]}元`);
    d.ln(`购机发票号码：${d.decoy('invoice_no', pickF([() => String(y).slice(2) + cty.code.slice(0, 2) + '2' + pad(ri(0, 999999999999999), 15), () => pad(ri(0, 99999999), 8)]))}    开票日期：${d.decoy('date', dt(y, ri(3, 11), ri(1, 28)))}`);
    d.ln(`经销商：${d.decoy('org_name', dealer)}`);
    d.ln(`经销商统一社会信用代码：${d.U(makeUscc('91', cty.code))}`);
    d.ln(`经销商联系人：${d.N(dealerP.name)}    电话：${d.M(dealerP.mobile, mobStyle())}`);
  } else {
    // two-column form flattened by a text extractor
    d.ln(`购机者姓名  ${d.N(p.name)}  身份证号码  ${d.I(p.id)}`);
    d.ln(`联系电话  ${d.M(p.mobile, mobStyle())}  所在乡镇村  ${town}${d.decoy('place', vil)}村`);
    d.ln(`开户银行  ${p.bankName}  银行账号  ${d.C(p.card, cardStyle())}`);
    d.ln(`机具品目  ${m[0]}  生产厂家  ${m[2]}`);
    d.ln(`产品名称  ${m[1]}  购买机型  ${pick(m[3])}`);
    d.ln(`出厂编号  ${sn}  发动机号  ${eng}`);
    d.ln(`经销商名称  ${d.decoy('org_name', dealer)}  经销商电话  ${d.M(dealerP.mobile)}`);
    d.ln(`补贴额(元)  ${m[5]}  购机日期  ${y}.${ri(3, 11)}.${ri(1, 28)}`);
  }
  d.ln('');
  d.ln('申请人承诺：以上信息真实有效，所购机具自用，不转卖、不转借；如有虚假，愿退回补贴资金并承担相应责任。');
  d.ln(`申请人（签字）：${d.N(p.name)}`);
  const rv = person(cty);
  d.ln(`乡镇审核意见：情况属实  审核人：${d.N(rv.name)}  ${town}农业服务中心（盖章）`);
  if (chance(0.4)) d.ln(`备注：购机者手机号码用于接收补贴兑付短信，请如实填写。`);
  return d;
}

// 7. 耕地地力保护补贴 清册 / 公示
function gen_soil_subsidy(cty) {
  const d = new Doc('soil_subsidy');
  const vil = village(cty), town = pick(cty.towns);
  const y = ri(2019, 2024);
  const rate = (ri(8000, 14500) / 100).toFixed(2);
  const pub = chance(0.4);
  d.ln(pub ? `${town}${vil}村${y}年耕地地力保护补贴面积及资金公示` : `${y}年耕地地力保护补贴资金发放清册`);
  d.decoy('place', vil);
  if (!pub) d.ln(`乡镇：${town}    村：${vil}村    补贴标准：${d.decoy('subsidy_rate', rate + '元/亩')}    单位：亩、元`);
  else d.ln(`补贴标准：每亩${d.decoy('subsidy_rate', rate)}元。公示期${pick(['7', '5'])}天，如有异议请向村委会或${town}财政所反映，${town}农业服务中心电话：${d.Land(cty)}，县级监督电话：${d.decoy('hotline', '12316')}。`);
  d.ln('');
  const layout = pick(['fixed', 'csv', 'pdf', 'pdf2', 'pipe', 'tsv', 'fixed']);
  const n = wpick([[ri(8, 16), 3], [ri(17, 28), 3], [ri(29, 40), 1]]);
  const withCert = chance(0.55); const fbm = fbmCode(cty, ri(100, 112), ri(200, 230), ri(1, 12));
  const H = pub ? ['序号', '组别', '户主姓名', '身份证号码', '一卡通账号', '确权面积', '补贴面积', '补贴金额'] : ['序号', '户主姓名', '身份证号码', '惠农一卡通账号', '开户行', '承包面积', '补贴面积', '补贴金额', '备注'];
  if (withCert) H.splice(4, 0, '经营权证编号');
  const withCbf = chance(0.5); if (withCbf) H.splice(1, 0, '承包方编码');
  const rows = []; let s1 = 0, s2 = 0;
  for (let i = 1; i <= n; i++) {
    const p = person(cty, { y0: 1936, y1: 1985, bank: chance(0.7) ? BANKS[0] : undefined });
    const a1 = +(ri(50, 1400) / 100).toFixed(2); const a2 = chance(0.85) ? a1 : +(a1 - ri(10, 60) / 100).toFixed(2);
    const amt = +(a2 * rate).toFixed(2); s1 += a2; s2 += amt;
    if (pub) {
      const row = [i, d.decoy('village_group', group(cty)), chance(0.15) ? d.MN(p.name) : d.N(p.name), d.MI(p.id), d.MC(p.card), d.decoy('area_mu', a1.toFixed(2)), a2.toFixed(2), money(amt)];
      if (withCert) row.splice(4, 0, d.decoy('register_no', genDecoy(() => fbm.slice(0, 12) + pad(ri(1, 12), 2) + pad(ri(1, 180), 4) + 'J')));
      if (withCbf) row.splice(1, 0, d.decoy('cbf_code', cbfCode(fbm.slice(0, 12) + pad(ri(1, 12), 2))));
      rows.push(row);
    }
    else {
      const bad = chance(0.05);
      const sci = layout === 'csv' && chance(0.06);
      const row = [i, d.N(p.name), sci ? d.decoy('excel_mangled', (+p.id.slice(0, 6) / 100000).toFixed(5).replace(/0+$/, '') + 'E+17') : d.I(p.id, layout === 'csv' && chance(0.2) ? 'q' : idStyle()), bad ? d.decoy('passbook_acct', passbookAcct(cty)) : d.C(p.card, cardStyle()), p.bankName, a1.toFixed(2), a2.toFixed(2), money(amt), a2 !== a1 ? pick(['扣除建房占地', '扣除坑塘', '扣除抛荒', '林地不补']) : chance(0.05) ? '户主已故，由' + d.N(person(cty, { surn: surnameOf(p.name), kin: p.name }).name) + '领取' : ''];
      row[5] = d.decoy('area_mu', row[5]);
      if (withCert) row.splice(4, 0, d.decoy('register_no', genDecoy(() => fbm.slice(0, 12) + pad(ri(1, 12), 2) + pad(ri(1, 180), 4) + 'J')));
      if (withCbf) row.splice(1, 0, d.decoy('cbf_code', cbfCode(fbm.slice(0, 12) + pad(ri(1, 12), 2))));
      rows.push(row);
    }
  }
  renderTable(d, layout, H, rows);
  d.ln(`合计  ${n}户  补贴面积${s1.toFixed(2)}亩  金额${moneyC(s2)}元`);
  if (!pub) {
    const a = person(cty), b = person(cty);
    d.ln(`村报账员：${d.N(a.name)}    村委会主任（签字）：${d.N(b.name)}    ${town}财政所审核：${chance(0.5) ? d.N(person(cty).name) : '（章）'}`);
  } else d.ln(`${vil}村民委员会\n${cnDate(rdate(y))}`);
  return d;
}

// 8. 粮食收购 结算单
function gen_grain_receipt(cty) {
  const d = new Doc('grain_receipt');
  const p = person(cty, { y0: 1955, y1: 1992 });
  const y = ri(2021, 2024);
  const crop = CROPS[cty.crop];
  const grain = cty.crop === 'rice' ? pick(['中晚籼稻', '粳稻', '早籼稻']) : cty.crop === 'corn' ? '玉米' : cty.crop === 'peanut' ? '小麦' : pick(['小麦', '小麦', '玉米']);
  const depot = pick([`中央储备粮${cty.short}直属库有限公司`, `${cty.name}粮食购销有限公司`, `${cty.city}${cty.short}国家粮食储备库`, `${cty.name}${pick(['丰泰', '裕丰', '金粮'])}粮油贸易有限公司`]).replace('县县', '县');
  const point = pick(cty.towns) + pick(['收购点', '收购站', '粮站']);
  const date = { y, m: grain === '小麦' ? pick([6, 6, 6, 7]) : pick([9, 10, 10, 11, 12]), d: ri(1, 30) }; const t = hms();
  const tare = ri(3000, 15000), net0 = ri(1500, 30000), gross = tare + net0;
  const water = (ri(120, 165) / 10).toFixed(1), imp = (ri(3, 15) / 10).toFixed(1);
  const deduct = +water > 14 ? Math.round(net0 * (+water - 14) * 0.0125) : 0;
  const net = net0 - deduct;
  const price = grain.includes('稻') ? (ri(126, 144) / 100) : grain === '玉米' ? (ri(105, 138) / 100) : (ri(112, 128) / 100);
  const perJin = chance(0.6);
  const bill = d.decoy('order_no', genDecoy(() => pick([`JS${String(y).slice(2)}${pad(date.m, 2)}${pad(date.d, 2)}${pad(ri(1, 9999), 4)}`, `${y}${pad(date.m, 2)}${pad(date.d, 2)}${pad(ri(1, 99999), 5)}`, `SG-${point.slice(0, 2)}-${pad(ri(1, 99999), 6)}`])));
  const plateNo = d.decoy('plate_no', plate(cty));
  const staff = [person(cty), person(cty), person(cty)];
  if (chance(0.55)) {
    d.ln(d.decoy('org_name', depot) + '  ' + point);
    d.ln(`${grain}收购结算单`);
    d.ln(`单号：${bill}    日期：${dt(date.y, date.m, date.d)} ${t}`);
    d.ln(`售粮人：${d.N(p.name)}    身份证号：${d.I(p.id, idStyle())}`);
    d.ln(`联系电话：${d.M(p.mobile, mobStyle())}    车牌号：${plateNo}`);
    d.ln(`品种：${grain}${grain === '小麦' ? '（' + d.decoy('crop', pick(['白麦', '红麦', '混合麦'])) + '）' : ''}    等级：${pick(['一等', '二等', '三等', '三等', '四等'])}    容重：${ri(740, 800)}g/L`);
    d.ln(`毛重：${gross}kg    皮重：${tare}kg    原始净重：${net0}kg`);
    d.ln(`水分：${water}%    杂质：${imp}%    不完善粒：${(ri(10, 60) / 10).toFixed(1)}%    扣量：${deduct}kg`);
    d.ln(`结算数量：${d.decoy('weight', net + 'kg')}（${net * 2}斤）    单价：${d.decoy('unit_price', perJin ? price.toFixed(2) + '元/斤' : (price * 2).toFixed(2) + '元/公斤')}    结算金额：${moneyC(net * 2 * price)}元`);
    if (chance(0.6)) d.ln(`农产品收购发票  发票代码：${d.decoy('invoice_code', '0' + pad(ri(0, 99999999999), 11))}  发票号码：${d.decoy('invoice_no', pad(ri(0, 99999999), 8))}`);
    d.ln(`付款方式：${pick(['银行转账', '一卡通转账', '银行转账'])}    收款户名：${d.N(p.name)}`);
    d.ln(`收款卡号：${d.C(p.card, cardStyle(true))}    开户行：${p.bankName}`);
    d.ln(`检斤员：${d.N(staff[0].name)}  检验员：${d.N(staff[1].name)}  结算员：${d.N(staff[2].name)}`);
    d.ln(`售粮人签字：${d.N(p.name)}`);
    d.ln(`（第${pick(['一', '二', '三'])}联 ${pick(['售粮人留存', '财务记账', '存根'])}）   本单涂改无效  监督电话：${d.decoy('hotline', pick(['12325', '12316', '12345']))}`);
  } else {
    // thermal slip printed by the weighbridge software, extracted as plain text
    d.ln(`**** ${point} 过磅结算凭条 ****`);
    d.ln(`NO:${bill}`);
    d.ln(`时间:${dt(date.y, date.m, date.d)} ${t}`);
    d.ln(`客户:${d.N(p.name)}`);
    d.ln(`身份证:${d.I(p.id)}`);
    d.ln(`电话:${d.M(p.mobile)}`);
    d.ln(`车号:${plateNo}`);
    d.ln(`品名:${grain}  水分:${water}  杂质:${imp}`);
    d.ln(`毛重:${gross}  皮重:${tare}  净重:${net0}`);
    d.ln(`扣杂:${deduct}  结算重量:${net}`);
    d.ln(`单价:${(price * 2).toFixed(3)}  金额:${money(net * 2 * price)}`);
    d.ln(`卡号:${d.C(p.card, pick(['plain', 'plain', 'g4']))}`);
    d.ln(`司磅:${d.N(staff[0].name)}  化验:${d.N(staff[1].name)}`);
    d.ln('-----------------------------');
    d.ln(`请核对后签字:________`);
  }
  return d;
}

function plate(cty) {
  const pr = { 河南: '豫', 山东: '鲁', 江苏: '苏', 安徽: '皖', 河北: '冀', 吉林: '吉', 湖北: '鄂', 湖南: '湘', 重庆: '渝', 四川: '川', 甘肃: '甘', 宁夏: '宁', 新疆: '新', 内蒙: '蒙' };
  const k = Object.keys(pr).find((x) => cty.prov.startsWith(x));
  return `${pr[k]}${pick('ABCDEFGHJKLMNPQRS'.split(''))}${pick(['', '·'])}${ri(1, 9)}${pick('ABCDEFGHJK'.split(''))}${pad(ri(0, 999), 3)}`;
}

// 9. 收购站 日收购台账 (export)
function gen_grain_ledger(cty) {
  const d = new Doc('grain_ledger');
  const y = ri(2021, 2024); const date = { y, m: pick([6, 6, 10, 10, 11]), d: ri(1, 28) };
  const point = pick(cty.towns) + pick(['收购点', '收购站', '粮站']);
  const grain = cty.crop === 'rice' ? '中晚籼稻' : cty.crop === 'corn' ? '玉米' : date.m === 6 ? '小麦' : '玉米';
  d.ln(`${point}${dt(date.y, date.m, date.d)}${grain}收购日报（明细）`);
  const H = ['单号', '时间', '售粮人', '身份证号', '车牌', '净重(斤)', '水分', '单价', '金额', '付款', '卡号', '手机'];
  const rows = []; const n = ri(6, 20);
  for (let i = 0; i < n; i++) {
    const p = person(cty, { y0: 1955, y1: 1995 });
    const jin = ri(3000, 60000); const price = grain === '玉米' ? ri(105, 135) / 100 : ri(112, 144) / 100;
    const cash = chance(0.12);
    rows.push([d.decoy('order_no', genDecoy(() => `${String(y).slice(2)}${pad(date.m, 2)}${pad(date.d, 2)}${pad(i + 1, 4)}`)), `${pad(ri(6, 18), 2)}:${pad(ri(0, 59), 2)}`, d.N(p.name), chance(0.9) ? d.I(p.id, idStyle()) : '', chance(0.85) ? d.decoy('plate_no', plate(cty)) : '', d.decoy('weight', String(jin)), (ri(120, 160) / 10).toFixed(1), d.decoy('unit_price', price.toFixed(2)), money(jin * price), cash ? '现金' : '转账', cash ? '' : d.C(p.card), chance(0.7) ? d.M(p.mobile) : '']);
  }
  renderTable(d, pick(['csv', 'tsv', 'fixed']), H, rows);
  d.ln(`合计：${n}车`);
  d.ln(`制表：${d.N(person(cty).name)}  复核：${d.N(person(cty).name)}`);
  return d;
}

// 10. 农资 赊销账本
function gen_input_credit(cty) {
  const d = new Doc('input_credit');
  const y = ri(2021, 2024);
  const shopOwner = person(cty, { y0: 1965, y1: 1990 });
  const shop = pick(['鑫农', '丰收', '金土地', '惠农', '绿丰', '富农']) + pick(['农资门市部', '农资店', '农资超市', '种子化肥门市']);
  d.decoy('org_name', shop);
  d.ln(`${y}年赊账本  ${shop}`);
  d.ln(`（${pick(['秋后结账', '麦收后结清', '年底前还清'])}，概不赊欠第二年）  店主${d.N(shopOwner.name)} ${d.M(shopOwner.mobile)}`);
  d.ln('');
  const n = ri(6, 22);
  const days = Array.from({ length: n }, () => rdate(y)).sort((a, b) => a.m * 40 + a.d - (b.m * 40 + b.d));
  for (let i = 0; i < n; i++) {
    const p = person(cty, { y0: 1948, y1: 1988 });
    const vil = village(cty); d.decoy('place', vil);
    const dd = days[i];
    const items = []; let tot = 0;
    for (let k = ri(1, 3); k > 0; k--) {
      if (chance(0.65)) { const f = pick(FERT); const q = ri(2, 30); tot += q * f[1]; items.push(`${d.decoy('product', f[0])} ${q}袋×${f[1]}=${q * f[1]}`); }
      else if (chance(0.5)) { const f = pick(PEST); const q = ri(2, 20); tot += q * f[1]; items.push(`${f[0]} ${q}瓶×${f[1]}=${q * f[1]}`); }
      else { const v = pick(CROPS[cty.crop].v.concat(CROPS[cty.crop].v2)); const q = ri(2, 12); const pr = ri(25, 95); tot += q * pr; items.push(`${d.decoy('crop', v)}${CROPS[cty.crop].v2.includes(v) && CROPS[cty.crop].second === '玉米' && chance(0.4) ? '玉米' : ''}种子 ${q}袋×${pr}=${q * pr}`); }
    }
    const withPhone = chance(0.6), typo = withPhone && chance(0.1);
    const nm = withPhone && !typo ? d.N(p.name) : d.Nd(p.name);
    d.ln(`${dd.m}月${dd.d}日  ${vil}${chance(0.5) ? group(cty) : ''}  ${nm}  ${items.join('  ')}  共${tot}元${typo ? '  电话' + d.decoy('mobile_typo', mobileTypo(p.mobile)) : withPhone ? '  电话' + d.M(p.mobile, mobStyle(true)) : ''}${chance(0.2) ? '  ' + pickF([() => '已还500', () => '先还一半', () => '担保人：' + d.N(person(cty).name)]) : ''}`);
    if (chance(0.25)) { const r = Math.round(tot * (0.3 + rnd() * 0.7)); d.ln(`    ${ri(dd.m, 12)}/${ri(1, 28)} 还${r}  余${tot - r}${tot - r === 0 ? ' 清' : ''}`); }
  }
  d.ln('');
  d.ln(pick(['本页共计', '小计']) + '：' + ri(20000, 90000) + '元');
  return d;
}

// 11. 家庭农场 名录 / 登记
function gen_family_farm(cty) {
  const d = new Doc('family_farm');
  const form = pick(['json', 'kv', 'list', 'json']);
  const farmOf = (p) => chance(0.55) ? cty.name + p.name + '家庭农场' : d.decoy('org_name', cty.name + pick(FARM_WORD) + '家庭农场');
  if (form === 'list') {
    const y = ri(2020, 2024);
    const internal = chance(0.5);
    if (internal) d.ln(`${cty.name}${y}年示范家庭农场申报汇总表（内部审核用，请勿外传）`);
    else {
      d.ln(`${cty.name}${y}年县级示范家庭农场拟认定名单`);
      d.ln(`经乡镇推荐、县级评审，拟认定以下${'家庭农场'}为${y}年县级示范家庭农场，现予公示。公示期：${y}年${ri(8, 11)}月${ri(1, 20)}日至${ri(21, 28)}日。电话：${d.Land(cty)}`);
    }
    const H = ['序号', '家庭农场名称', '经营者', '所在乡镇', '经营规模(亩/头)', '主营产业', '统一社会信用代码'];
    if (internal) H.push('联系电话', '电子邮箱');
    const rows = [];
    const livestock = LIVESTOCK.filter((x) => cty.code.startsWith('64') || x[0] !== '滩羊');
    for (let i = 1, m = ri(8, 30); i <= m; i++) {
      const p = person(cty, { y0: 1965, y1: 1995 });
      const r = [i, farmOf(p), d.N(p.name), pick(cty.towns), ri(50, 800), pickF([() => CROPS[cty.crop].main + '种植', () => CROPS[cty.crop].main + '、' + CROPS[cty.crop].second, () => d.decoy('crop', pick(animalFor(cty))[0]) + '养殖']), d.U(makeUscc('92', cty.code))];
      if (internal) r.push(d.M(p.mobile), chance(0.6) ? d.Em(p.email) : '');
      rows.push(r);
    }
    renderTable(d, pick(['pipe', 'csv', 'fixed', 'pdf', 'pdf2']), H, rows);
    return d;
  }
  const p = person(cty, { y0: 1965, y1: 1995 });
  const spouse = person(cty, { gender: p.gender === 'M' ? 'F' : 'M', y0: p.bd.y - 4, y1: Math.min(p.bd.y + 4, 1998), kin: p.name, rel: 'spouse' });
  const kid = person(cty, { y0: Math.min(p.bd.y + 20, 2003), y1: Math.min(p.bd.y + 28, 2005), surn: surnameOf(p.gender === 'M' ? p.name : spouse.name), kin: p.gender === 'M' ? p.name : spouse.name });
  const fname = farmOf(p); const uscc = makeUscc('92', cty.code);
  const vil = village(cty), town = pick(cty.towns);
  const area = ri(50, 1200);
  if (form === 'json') {
    const o = {
      farmName: fname, creditCode: d.U(uscc), operator: d.N(p.name), gender: p.gender === 'M' ? '男' : '女', idCard: d.I(p.id), mobile: d.M(p.mobile), email: chance(0.7) ? d.Em(p.email) : '',
      address: `${cty.prov}${cty.city}${cty.name}${town}${d.decoy('place', vil)}村`, postcode: d.decoy('postcode', cty.post), registerDate: d.decoy('date', dt(ri(2014, 2023), ri(1, 12), ri(1, 28))), landArea: area, transferredArea: Math.round(area * 0.8), mainBusiness: CROPS[cty.crop].main + '、' + CROPS[cty.crop].second + '种植',
      familyLabor: [{ name: d.N(p.name), relation: '本人', idCard: d.I(p.id) }, { name: d.N(spouse.name), relation: '配偶', idCard: d.I(spouse.id), mobile: d.M(spouse.mobile) }].concat(chance(0.6) ? [{ name: d.N(kid.name), relation: pick(['子', '女']), idCard: d.I(kid.id) }] : []),
      hiredWorkers: ri(0, 6), bankAccount: { bank: p.bankName, accountName: d.N(p.name), accountNo: d.C(p.card) }, level: pick(['县级示范', '市级示范', '省级示范', '未评定']), status: '正常',
    };
    if (!o.email) delete o.email;
    d.ln(JSON.stringify(o, null, chance(0.6) ? 2 : 0));
  } else {
    d.ln(`家庭农场基本情况登记表`);
    d.ln(`填报单位：${town}农业服务中心          填报时间：${cnDate(rdate(ri(2021, 2024)))}`);
    d.ln(`农场名称：${fname}`);
    d.ln(`统一社会信用代码：${d.U(uscc, chance(0.1) ? 'lc' : '')}`);
    if (chance(0.45)) d.ln(`原营业执照注册号：${d.decoy('reg_no_15', genDecoy(() => { const b = cty.code + '6' + pad(ri(0, 9999999), 7); return b + regNo15Check(b); }))}`);
    d.ln(`经营者姓名：${d.N(p.name)}    性别：${p.gender === 'M' ? '男' : '女'}    年龄：${p.age}`);
    d.ln(`身份证号码：${d.I(p.id, idStyle(true))}`);
    d.ln(`联系电话：${d.M(p.mobile, mobStyle(true))}    电子邮箱：${chance(0.6) ? d.Em(p.email, chance(0.2)) : '无'}`);
    d.ln(`地址：${cty.name}${town}${d.decoy('place', vil)}村    邮编：${d.decoy('postcode', cty.post)}`);
    d.ln(`成立时间：${d.decoy('date', dt(ri(2013, 2022), ri(1, 12), ri(1, 28)))}    家庭成员从业人数：${ri(2, 5)}人    常年雇工：${ri(0, 4)}人`);
    d.ln(`经营土地面积：${area}亩（其中流转${Math.round(area * 0.85)}亩，流转合同${ri(5, 60)}份）`);
    d.ln(`主要产品：${CROPS[cty.crop].main}（品种：${d.decoy('crop', pick(CROPS[cty.crop].v))}）、${CROPS[cty.crop].second}`);
    d.ln(`农机具：${d.decoy('product', pick(MACH)[1])}拖拉机${ri(1, 3)}台、${pick(['植保无人机', '播种机', '收割机'])}${ri(1, 2)}台`);
    d.ln(`开户银行：${p.bankName}    账号：${d.C(p.card, cardStyle())}`);
    d.ln(`家庭成员：${d.N(spouse.name)}（配偶，${d.I(spouse.id)}）${chance(0.5) ? '、' + d.N(kid.name) + '（' + pick(['子', '女']) + '）' : ''}`);
    d.ln(`经营者签字：${d.N(p.name)}`);
  }
  return d;
}

// 12. 农业保险 种植险 分户投保清单
const INSURERS = [['中原农业保险股份有限公司', '0371', '95079'], ['中国人民财产保险股份有限公司', '010', '95518'], ['中华联合财产保险股份有限公司', '010', '95585'], ['太平洋财产保险股份有限公司', '021', '95500'], ['国元农业保险股份有限公司', '0551', '4006-95-0001'], ['安华农业保险股份有限公司', '0431', '95540']];
function insurerLand(d, ins) { // 010/021/0371 numbers: 8-digit subscriber → entity; 0551/0431 → dontCare
  let s = pick(['6', '8', '5']); while (s.length < 8) s += ri(0, 9);
  return d.LL(ins[1], s, pick(['d', 'p', 'sp']), ['010', '021', '0371'].includes(ins[1]));
}
function gen_insurance_crop(cty) {
  const d = new Doc('insurance_crop');
  const ins = pick(INSURERS); d.decoy('org_name', ins[0]);
  const vil = village(cty), town = pick(cty.towns); d.decoy('place', vil + '村');
  const y = ri(2021, 2024);
  const crop = CROPS[cty.crop].main === '高原夏菜' ? '马铃薯' : CROPS[cty.crop].main;
  const sumIns = pick([450, 500, 800, 1000, 1100]); const rate = pick([0.04, 0.05, 0.06]);
  const policy = d.decoy('policy_no', genDecoy(() => `P${pick(['ZAC', 'ZAF', 'H01', 'PZ'])}${y}${cty.code}${pad(ri(0, 999999), 6)}`));
  d.ln(`${ins[0]}`);
  d.ln(`${y}年${crop}${pick(['种植保险', '完全成本保险', '收入保险'])}分户投保清单`);
  d.ln(`保单号：${policy}    投保组织者：${town}${vil}村民委员会    保险期间：${y}年${pick([3, 4, 10])}月1日零时起至${y + (chance(0.5) ? 1 : 0)}年${pick([6, 9])}月30日二十四时止`);
  d.ln(`每亩保险金额：${sumIns}元    费率：${(rate * 100).toFixed(0)}%    每亩保费：${(sumIns * rate).toFixed(2)}元（其中农户自缴${pick(['20%', '25%', '30%'])}）`);
  const layout = pick(['csv', 'fixed', 'pdf', 'pdf2', 'pipe', 'csv']);
  const withPlot = chance(0.6); const fbm = fbmCode(cty, ri(100, 112), ri(200, 230), ri(1, 12));
  const H = ['序号', '被保险人', '身份证号', '联系电话', '银行卡号', '开户行', '村组', '投保面积(亩)', '保险金额(元)', '总保费(元)', '农户自缴(元)', '被保险人签字'];
  if (withPlot) H.splice(7, 0, '投保地块编码');
  const withVou = chance(0.45); if (withVou) H.splice(1, 0, '分户凭证号');
  const rows = []; const n = wpick([[ri(5, 12), 3], [ri(13, 24), 3], [ri(25, 35), 1]]);
  for (let i = 1; i <= n; i++) {
    const p = person(cty, { y0: 1945, y1: 1990 });
    const mu = +(ri(100, 2500) / 100).toFixed(1);
    const org = chance(0.05);
    if (org) { const on = ORG_IN_NAME_POS(cty, vil); const row = [i, d.decoy('org_name', on), d.U(orgCode(on, cty)), '', '', '', '', (mu * 10).toFixed(1), money(mu * 10 * sumIns), money(mu * 10 * sumIns * rate), '', '']; if (withPlot) row.splice(7, 0, ''); if (withVou) row.splice(1, 0, d.decoy('policy_no', `FH${y}${cty.code}${pad(i, 5)}`)); rows.push(row); continue; }
    const row = [i, d.N(p.name), d.I(p.id, idStyle()), chance(0.85) ? d.M(p.mobile, mobStyle()) : '', chance(0.9) ? d.C(p.card, cardStyle()) : d.decoy('passbook_acct', passbookAcct(cty)), p.bankName, d.decoy('village_group', group(cty)), d.decoy('area_mu', mu.toFixed(1)), money(mu * sumIns), money(mu * sumIns * rate), money(mu * sumIns * rate * 0.2), layout === 'csv' && chance(0.4) ? d.N(p.name) : ''];
    if (withPlot) row.splice(7, 0, Array.from({ length: ri(1, 2) }, () => d.decoy('plot_code', plotCode(fbm))).join(';'));
    if (withVou) row.splice(1, 0, d.decoy('policy_no', `FH${y}${cty.code}${pad(i, 5)}`));
    rows.push(row);
  }
  renderTable(d, layout, H, rows);
  d.ln('');
  const agent = person(cty, { y0: 1975, y1: 1998 });
  d.ln(`协保员：${d.N(agent.name)}  电话：${d.M(agent.mobile, mobStyle())}    村委会（盖章）    ${ins[0].slice(0, 6)}${cty.short}支公司经办人：${d.N(person(cty).name)}`);
  d.ln(`报案电话：${d.decoy('hotline', ins[2])}    公司电话：${insurerLand(d, ins)}`);
  d.ln('注：本清单经公示无异议后作为承保依据，请被保险人核对身份证号、银行卡号及面积，理赔款直接打入上述账户。');
  return d;
}

// 13. 养殖险 投保清单 (耳标号)
function gen_insurance_livestock(cty) {
  const d = new Doc('insurance_livestock');
  const ins = pick(INSURERS); d.decoy('org_name', ins[0]);
  const y = ri(2021, 2024);
  const kind = pick(LIVESTOCK.filter((x) => cty.code.startsWith('64') || x[0] !== '滩羊'));
  d.decoy('crop', kind[0]);
  const amount = kind[1] === '1' ? pick([1000, 1500]) : kind[1] === '2' ? pick([6000, 8000, 10000]) : pick([600, 800, 1000]);
  d.ln(`${ins[0]}${cty.short}${pick(['支公司', '营销服务部'])}`);
  d.ln(`${kind[0]}养殖保险分户投保清单（${y}年度）`);
  d.ln(`投保组织者：${pick(cty.towns)}畜牧兽医站    每${kind[2]}保险金额：${amount}元    每${kind[2]}保费：${(amount * 0.06).toFixed(0)}元`);
  d.ln('');
  const n = ri(3, 16);
  const form = pick(['table', 'blocks']);
  const rows = [];
  for (let i = 1; i <= n; i++) {
    const p = person(cty, { y0: 1955, y1: 1992 });
    const heads = kind[1] === '2' ? ri(1, 12) : ri(2, 30);
    const tags = [];
    const base = earTag(cty, kind[1]);
    let ser = +base.slice(7);
    for (let k = 0; k < Math.min(heads, 6); k++) { const t = genDecoy(() => base.slice(0, 7) + pad((ser += ri(1, 3)), 8)); tags.push(d.decoy('ear_tag', t)); }
    const tagStr = tags.join(pick(['、', ',', ' ', '；'])) + (heads > 6 ? `等${heads}${kind[2]}` : '');
    if (form === 'table') rows.push([i, d.N(p.name), d.I(p.id, idStyle()), d.M(p.mobile, mobStyle()), chance(0.8) ? d.C(p.card) : '', d.decoy('village_group', village(cty)), heads, tagStr]);
    else {
      d.ln(`【${i}】被保险人：${d.N(p.name)}  身份证：${d.I(p.id, idStyle(true))}  电话：${d.M(p.mobile, mobStyle(true))}`);
      d.ln(`    养殖地点：${pick(cty.towns)}${d.decoy('place', village(cty))}村  畜种：${kind[0]}  数量：${heads}${kind[2]}  理赔账户：${d.C(p.card, cardStyle(true))}`);
      d.ln(`    耳标号：${tagStr}`);
    }
  }
  if (form === 'table') renderTable(d, pick(['csv', 'pipe', 'fixed']), ['序号', '被保险人', '身份证号', '联系电话', '银行卡号', '养殖地点', '数量', '耳标号'], rows);
  d.ln('');
  d.ln(`防疫员（查验人）：${d.N(person(cty).name)}    查验日期：${cnDate(rdate(y))}`);
  d.ln(`注：耳标号为15位畜禽标识编码（畜种代码1位+县级行政区划代码6位+标识顺序号8位），无耳标不予承保。`);
  return d;
}

// 14. 村委会 户籍人口 花名册
function gen_village_roster(cty) {
  const d = new Doc('village_roster');
  const vil = village(cty), town = pick(cty.towns), grp = group(cty);
  d.ln(pick([`${town}${vil}村${grp}户籍人口花名册`, `${vil}村${grp}人口信息登记表（${ri(2021, 2024)}年${pick(['人口普查', '医保缴费', '户籍整理', '宅基地摸底'])}用）`]));
  d.decoy('place', vil); d.decoy('village_group', grp);
  const layout = pick(['fixed', 'csv', 'pipe', 'tsv', 'pdf', 'pdf2']);
  const withPhone = chance(0.75);
  const H = ['户号', '姓名', '与户主关系', '性别', '民族', '出生日期', '公民身份号码', '文化程度']; if (withPhone) H.push('联系电话'); H.push('备注');
  const rows = []; const hh = ri(3, 8);
  const hhCode = chance(0.5), hhFbm = fbmCode(cty, ri(100, 112), ri(200, 230), ri(1, 12));
  const minority = cty.minority === 'uy' ? '维吾尔' : cty.minority === 'mn' ? '蒙古' : cty.code.startsWith('64') ? '回' : null;
  for (let h = 1; h <= hh; h++) {
    const head = person(cty, { gender: chance(0.85) ? 'M' : 'F', y0: 1940, y1: 1980 });
    const hid = hhCode ? d.decoy('cbf_code', cbfCode(hhFbm)) : pad(ri(1, 99), 2) + pad(h, 2);
    const sp = person(cty, { gender: head.gender === 'M' ? 'F' : 'M', y0: head.bd.y - 3, y1: Math.min(head.bd.y + 5, 1985), kin: head.name, rel: 'spouse' });
    const fam = [[head, '户主'], [sp, '配偶']];
    const kids = ri(0, 3);
    for (let k = 0; k < kids; k++) { const g = chance(0.55) ? 'M' : 'F'; fam.push([person(cty, { gender: g, y0: Math.min(head.bd.y + 20, 2012), y1: Math.min(head.bd.y + 32, 2016), surn: surnameOf(head.name), kin: head.name }), g === 'M' ? pick(['长子', '次子', '子']) : pick(['长女', '次女', '女'])]); }
    if (chance(0.2)) fam.push([person(cty, { gender: chance(0.5) ? 'M' : 'F', y0: 2008, y1: 2020, surn: surnameOf(head.name), kin: head.name }), pick(['孙子', '孙女'])]);
    if (chance(0.12)) { const b = person(cty, { y0: 2022, y1: 2024, surn: surnameOf(head.name), kin: head.name }); b.noId = true; fam.push([b, pick(['孙子', '孙女', '子', '女'])]); }
    if (chance(0.15)) fam.push([person(cty, { gender: 'F', y0: 1930, y1: 1945, }), '母亲']);
    for (const [p, rel] of fam) {
      const eth = minority && chance(0.5) ? minority : '汉';
      const idCell = p.noId ? d.decoy('id_placeholder', genDecoy(() => pick([cty.code + '000000000000', cty.code + p.bd.y + pad(p.bd.m, 2) + pad(p.bd.d, 2) + '0000', '未办证']))) : p.bd.y < 1948 && chance(0.4) ? (d.ent('cn_resident_id', p.id), p.id.slice(0, 6) + p.id.slice(8, 17)) : d.I(p.id, layout === 'csv' && chance(0.2) ? 'q' : idStyle());
      const r = [hid, d.N(p.name), rel, p.gender === 'M' ? '男' : '女', eth, d.decoy('date', `${p.bd.y}.${pad(p.bd.m, 2)}.${pad(p.bd.d, 2)}`), idCell, p.noId ? '学龄前' : p.bd.y < 1955 ? pick(['文盲', '小学', '小学', '初中']) : p.bd.y < 1975 ? pick(['小学', '初中', '初中', '高中']) : p.bd.y < 2008 ? pick(['初中', '高中', '中专', '大专', '本科']) : pick(['小学在读', '初中在读', '学龄前'])];
      if (withPhone) r.push(p.age >= 16 && p.age < 85 && chance(0.75) ? d.M(p.mobile, mobStyle()) : '');
      r.push(p.noId ? '新生儿未落户' : /^\d{15}$/.test(idCell) ? '一代证' : p.age < 60 && p.age > 18 && chance(0.25) ? '外出务工(' + pick(['浙江', '广东', '江苏', '北京', '新疆']) + ')' : p.age > 70 && chance(0.2) ? '五保' : chance(0.05) ? '残疾' : '');
      rows.push(r);
    }
  }
  renderTable(d, layout, H, rows);
  d.ln('');
  d.ln(`登记人：${d.N(person(cty).name)}    ${grp}组长：${d.N(person(cty).name)}    登记日期：${cnDate(rdate(ri(2021, 2024)))}`.replace('组组长', '组长').replace('社组长', '社长').replace('队组长', '队长'));
  return d;
}

// 15. 防返贫监测 / 帮扶台账
function gen_aid_ledger(cty) {
  const d = new Doc('aid_ledger');
  const vil = village(cty), town = pick(cty.towns);
  const y = ri(2021, 2024);
  d.ln(pick([`${town}${vil}村防止返贫监测对象帮扶台账（${y}年）`, `${vil}村脱贫户及监测户帮扶责任人结对明细表`, `${town}${y}年产业奖补资金发放明细（${vil}村）`]));
  d.decoy('place', vil);
  const staff = Array.from({ length: ri(2, 5) }, () => { const p = person(cty, { y0: 1970, y1: 1996 }); p.unit = pick([`${cty.name}农业农村局`, `${cty.name}乡村振兴局`, `${cty.name}财政局`, `${town}人民政府`, `${cty.name}人民医院`, `${cty.name}自然资源局`]).replace('县县', '县'); p.work = chance(0.7) ? makeEmail(p.name, p.bd.y, null) : null; return p; });
  const layout = pick(['csv', 'fixed', 'pipe', 'json']);
  const rows = []; const n = ri(4, 15);
  const H = ['序号', '户主姓名', '身份证号', '家庭人口', '户类型', '风险类别', '纳入时间', '帮扶责任人', '责任人单位', '责任人电话', '帮扶措施', '产业奖补(元)', '发放账户'];
  const recs = [];
  for (let i = 1; i <= n; i++) {
    const p = person(cty, { y0: 1938, y1: 1985 });
    const s = pick(staff);
    const measures = sample(['产业奖补', '公益岗位', '小额信贷', '雨露计划', '医疗救助', '低保', '技能培训', '光伏收益分配', '务工交通补助'], ri(1, 3)).join('；');
    const amt = pick([0, 500, 1000, 1500, 2000, 3000]);
    const bad = chance(0.05);
    rows.push([i, d.N(p.name), d.I(p.id, idStyle()), ri(1, 7), pick(['脱贫户', '脱贫不稳定户', '边缘易致贫户', '突发严重困难户', '脱贫户']), pick(['因病', '因残', '因学', '缺劳力', '因灾', '因意外事故', '无']), d.decoy('date', `${ri(2016, y)}-${pad(ri(1, 12), 2)}`), d.N(s.name), s.unit, d.M(s.mobile, mobStyle()), measures, amt, amt ? (bad ? d.decoy('card_luhn_fail', cardTypo(p.card)) : d.C(p.card, cardStyle())) : '']);
    recs.push({ p, s, measures, amt });
  }
  if (layout === 'json') {
    d.ln(JSON.stringify({ village: vil + '村', year: y, records: rows.map((r) => ({ hzxm: r[1], sfzh: r[2], jtrk: r[3], hlx: r[4], fxlb: r[5], nrsj: r[6], bfzrr: r[7], zrrdw: r[8], zrrdh: r[9], bfcs: r[10], jbje: r[11], ffzh: r[12] })) }, null, 1));
  } else renderTable(d, layout, H, rows);
  d.ln('');
  d.ln('帮扶责任人联系方式：');
  for (const s of staff) d.ln(`  ${d.N(s.name)}  ${s.unit}  手机${d.M(s.mobile, mobStyle(true))}${s.work ? '  邮箱' + d.Em(s.work) : ''}`);
  d.ln(`驻村工作队：${d.decoy('title', '驻村第一书记')} ${d.N(person(cty, { y0: 1978, y1: 1995 }).name)}（${pick([`${cty.name}农业农村局`, `${cty.city || cty.prov}供销社`])}）`.replace('县县', '县'));
  return d;
}

// 16. 帮扶 走访记录
function gen_aid_visit(cty) {
  const d = new Doc('aid_visit');
  const p = person(cty, { y0: 1940, y1: 1975 });
  const sp = person(cty, { gender: p.gender === 'M' ? 'F' : 'M', y0: p.bd.y - 3, y1: p.bd.y + 5, kin: p.name, rel: 'spouse' });
  const kid = person(cty, { y0: Math.min(p.bd.y + 22, 2000), y1: Math.min(p.bd.y + 30, 2004), surn: surnameOf(p.name), kin: p.name });
  const cadre = person(cty, { y0: 1975, y1: 1996 });
  const vil = village(cty), town = pick(cty.towns);
  const date = rdate(ri(2022, 2024));
  d.ln('帮扶责任人入户走访记录');
  d.ln(`走访时间：${cnDate(date)}    走访地点：${town}${d.decoy('place', vil)}村${group(cty)}`);
  d.ln(`户主姓名：${d.N(p.name)}    身份证号：${d.I(p.id, idStyle(true))}`);
  d.ln(`联系电话：${d.M(p.mobile, mobStyle(true))}    家庭人口：${ri(2, 6)}人    户类型：${pick(['脱贫户', '监测户', '边缘易致贫户'])}`);
  d.ln(`家庭成员：配偶${d.N(sp.name)}（${sp.age}岁，${pick(['务农', '慢性病', '在家照顾老人'])}），${kid.gender === 'M' ? '儿子' : '女儿'}${d.N(kid.name)}（${pick(['在浙江打工', '在县城务工', '在外读大学', '在本村公益岗'])}，电话${d.M(kid.mobile, mobStyle(true))}）`);
  d.ln('');
  d.ln('走访情况：');
  const neighbor = person(cty).name;
  d.ln(`  ${cnDate(date).slice(5)}上午到${d.Nd(p.name)}家中走访，${d.Nd(p.name)}本人${pick(['身体状况一般，高血压需长期服药', '去年做过手术，现恢复较好', '腿脚不便，主要靠配偶种地'])}。家中承包地${ri(3, 12)}亩，已流转给${d.decoy('org_name', coopName(cty, ''))}，流转费每年按时到账。邻居${d.Nd(neighbor)}反映该户${pick(['用水困难已解决', '房屋有裂缝需鉴定', '孩子上学需要雨露计划补助'])}。`);
  d.ln(`  今年享受政策：${sample(['产业奖补1500元', '光伏收益分红800元', '医保代缴', '公益岗每月500元', '小额信贷5万元（已还清）'], 2).join('、')}。产业奖补资金已于${ri(3, 10)}月打入${pick(['一卡通', '本人银行卡'])}（${d.MC(p.card)}）。`);
  d.ln(`  家庭年收入约${d.decoy('amount', (ri(12000, 48000)).toLocaleString('en-US'))}元，人均${ri(5000, 16000)}元；${pick(['养殖', '种植'])}${pickF([() => { const a = pick(animalFor(cty)); return d.decoy('crop', a[0]) + (a[1] === '只' ? ri(100, 3000) : ri(1, 5)) + a[1]; }, () => d.decoy('crop', pick(CROPS[cty.crop].v)) + ri(2, 8) + '亩'])}。`);
  d.ln(`  存在问题：${pick(['无', '家中无劳动力，需关注', '医疗费用负担较重'])}。下一步措施：${pick(['继续落实公益岗位', '协助申请临时救助', '推荐到合作社务工'])}。`);
  d.ln('');
  d.ln(`帮扶责任人（签字）：${d.N(cadre.name)}    单位：${cty.name}${pick(['农业农村局', '水利局', '教育局'])}    电话：${d.M(cadre.mobile, mobStyle())}`.replace('县县', '县'));
  d.ln(`户主（签字或按手印）：${d.N(p.name)}`);
  return d;
}

// 17. 村民微信群 chat transcripts
const NICKS = ['风吹麦浪', '老骥伏枥', '平安是福', '开心每一天', '麦田守望者', '农家小院', '知足常乐', '阳光灿烂', '勤劳致富', '静待花开', '种地的老汉', '向日葵', '一路有你', '金色麦田', '好运来'];
function gen_wechat_chat(cty) {
  const d = new Doc('wechat_chat');
  const vil = village(cty), town = pick(cty.towns);
  const y = ri(2022, 2024); const date = rdate(y);
  const clerk = person(cty, { gender: chance(0.5) ? 'F' : 'M', y0: 1972, y1: 1992 });
  const clerkNick = pick([`村会计${clerk.name}`, `${vil}村-${clerk.name}`, clerk.name, `${clerk.name}(村委)`]);
  d.Nd(clerk.name);
  const topic = pick(['soil', 'insurance', 'rent', 'id_card', 'aid']);
  d.ln(pick([`微信群聊记录 —— ${vil}村民群(${ri(120, 480)})`, `群聊：${town}${vil}村${pick(['一', '二', '三'])}组群`, `与“${vil}村村民群”的聊天记录`]));
  d.decoy('place', vil);
  d.ln(`导出时间：${dt(date.y, date.m, date.d + 1 > 28 ? 28 : date.d + 1)}`);
  d.ln('');
  let h = ri(7, 19), mi = ri(0, 30);
  const stamp = () => { mi += ri(1, 14); if (mi > 59) { mi -= 60; h++; } return `${dt(date.y, date.m, date.d)} ${pad(Math.min(h, 23), 2)}:${pad(mi, 2)}`; };
  const style = pick(['a', 'b']);
  const say = (who, msg) => { if (style === 'a') d.ln(`${stamp()}  ${who}\n${msg}`); else d.ln(`[${stamp().slice(11)}] ${who}: ${msg}`); };
  const what = { soil: '耕地地力保护补贴', insurance: `${CROPS[cty.crop].main}保险`, rent: '土地流转费', id_card: '一卡通信息', aid: '产业奖补' }[topic];
  say(clerkNick, `@所有人 ${y}年${what}开始${pick(['核对', '登记', '统计'])}了，${pick(['一卡通丢了或者换过卡的', '还没登记的', '身份证过期的'])}，把户主姓名、身份证号、${topic === 'insurance' ? '银行卡号、手机号、种植面积' : '新卡号'}私发我或者发群里，${date.m}月${Math.min(date.d + 5, 28)}号前报到村委会，过期不候`);
  const n = ri(3, 9);
  for (let i = 0; i < n; i++) {
    const p = person(cty, { y0: 1950, y1: 1995 });
    const nick = chance(0.4) ? pick(NICKS) : chance(0.5) ? `${group(cty)} ${p.name}` : p.name;
    if (nick.includes(p.name)) d.Nd(p.name);
    const r = rnd();
    if (r < 0.45) {
      const forWho = chance(0.35) ? person(cty, { y0: 1938, y1: 1960, surn: surnameOf(p.name), kin: p.name }) : p;
      const lead = forWho === p ? '' : pick(['我爸的 ', '俺娘的：', '帮我家老爷子报一下 ']);
      const parts = [lead + (chance(0.5) ? '姓名：' : '') + d.N(forWho.name), (chance(0.5) ? '身份证' : '') + d.I(forWho.id, idStyle(true))];
      if (topic !== 'aid' || chance(0.5)) parts.push(pick(['卡号', '一卡通', '新卡号：', '']) + d.C(forWho.card, cardStyle(true)));
      if (topic === 'insurance' || chance(0.4)) parts.push(pick(['电话', '手机', '']) + d.M(forWho === p ? p.mobile : forWho.mobile, mobStyle(true)));
      if (topic === 'insurance') parts.push(ri(2, 15) + '亩');
      say(nick, parts.join(pick([' ', '，', '\n'])));
    } else if (r < 0.52) {
      say(nick, `${pick(['表格发我邮箱吧，', '电子版发我邮箱，', '我在外地，'])}${d.Em(p.email)}${pick(['', ' 谢谢', '，填好再发回给你'])}`);
      if (nick.includes(p.name)) d.N(p.name);
    } else if (r < 0.6) {
      say(nick, pick(['[图片]', '[语音] 12"', '收到', '👍', '[捂脸]去年的钱还没到']));
    } else if (r < 0.75) {
      say(nick, `${pick(['我家那卡去年换了，还用报吗', '身份证拍照发你了', '我在外地打工，回不去，能电话说吗', '这个钱啥时候到账啊'])}${chance(0.5) ? '，我电话' + d.M(p.mobile, mobStyle(true)) : ''}`);
      if (chance(0.6)) say(clerkNick, `@${nick} ${pick(['换了就得重新报', '私发我就行', '月底前到', '不用，系统里有'])}`);
    } else if (r < 0.85) {
      const masked = maskId(p.id, ri(0, 5));
      say(nick, `${d.Nd(p.name)} ${d.decoy('masked_id', masked)} 后面几位是${p.id.slice(-4)}，卡号后四位${p.card.slice(-4)}`);
    } else {
      const typo = idTypo(p.id);
      say(nick, `${d.Nd(p.name)} ${d.decoy('id_typo', typo)}`);
      say(clerkNick, `@${nick} 身份证号不对，少一位还是错一位？再核对一下`);
    }
  }
  if (chance(0.55)) {
    const st = ri(0, 5);
    const lst = Array.from({ length: ri(3, 7) }, () => { const q = person(cty); return `${d.decoy('masked_name', maskName(q.name, st))} ${d.decoy('masked_id', maskId(q.id, st))} ${d.decoy('area_mu', (ri(100, 1500) / 100).toFixed(2))}亩`; });
    say(clerkNick, `${what}公示名单（第${pick(['一', '二'])}批），有问题的${pick(['3天内', '公示期内'])}找我：\n` + lst.join('\n'));
  }
  if (chance(0.5)) say(pick(['驻村第一书记', '网格员', '村支书']), `提醒大家：身份证号、银行卡号属于个人信息，尽量私发${pick(['村会计', '网格员'])}，不要在群里发。有问题打${pick(['村委会', '我'])}电话${chance(0.5) ? d.M(person(cty).mobile) : d.Land(cty)}`);
  for (const t of ['驻村第一书记', '网格员', '村支书']) if (d.text().includes(t)) d.decoy('title', t);
  if (chance(0.4)) say(clerkNick, `${pick(['已报的', '名单上'])}：${sample(Array.from({ length: 8 }, () => person(cty).name), ri(3, 6)).map((x) => d.Nd(x)).join('、')}……没报的抓紧`);
  return d;
}

// 18. SMS: platform send log, or phone SMS backup XML
function gen_sms(cty) {
  const d = new Doc('sms');
  const y = ri(2022, 2024);
  const sign = pick([`【${cty.name}农业农村局】`, `【${cty.short}农商银行】`, `【惠农一卡通】`, `【${cty.name}财政局】`, `【中原农险】`, `【${cty.name}${pick(cty.towns)}人民政府】`]).replace('县县', '县');
  if (chance(0.55)) {
    const tm = ri(1, 12);
    d.ln(`短信群发记录导出  任务：${y}${pad(tm, 2)}${pick(['耕地地力补贴到账通知', '农业保险缴费提醒', '流转费发放通知', '惠农补贴发放通知'])}`);
    const td = ri(1, 27), th = ri(8, 17); let tmin = ri(0, 20), tsec = ri(0, 59);
    const H = ['序号', '手机号码', '姓名', '短信内容', '发送状态', '提交时间'];
    const rows = []; const n = ri(5, 25);
    for (let i = 1; i <= n; i++) {
      const p = person(cty, { y0: 1948, y1: 1990 });
      const amt = (ri(1000, 200000) / 100).toFixed(2);
      const body = pickF([
        () => `${sign}${d.N(p.name)}您好，您的${y}年耕地地力保护补贴${amt}元已发放至您尾号${p.card.slice(-4)}的一卡通，请注意查收。咨询电话${d.decoy('hotline', '12316')}。`,
        () => `${sign}尊敬的${d.N(p.name)}，您${y}年${CROPS[cty.crop].main}种植保险农户自缴保费${(ri(200, 3000) / 100).toFixed(2)}元，请于${ri(3, 10)}月${ri(1, 28)}日前交至村协保员处。`,
        () => `${sign}${d.N(p.name)}：您的土地流转费${amt}元已转入尾号${p.card.slice(-4)}账户。如有疑问请联系村委会。`,
      ]);
      tsec += ri(0, 3); if (tsec > 59) { tsec -= 60; tmin++; }
      rows.push([i, d.M(p.mobile), d.N(p.name), body, pick(['成功', '成功', '成功', '成功', '失败(空号)', '失败(关机)']), `${y}-${pad(tm, 2)}-${pad(td, 2)} ${pad(th, 2)}:${pad(tmin, 2)}:${pad(tsec, 2)}`]);
    }
    for (const r of rows) if (r[3].includes('尾号')) { const m = r[3].match(/尾号\d{4}/); if (m) d.decoy('card_tail', m[0]); }
    renderTable(d, pick(['csv', 'tsv']), H, rows);
    return d;
  }
  // Android SMS backup (XML)
  const owner = person(cty, { y0: 1955, y1: 1990 });
  const msgs = [];
  const t0 = epochMs(y, ri(1, 12), ri(1, 28));
  let t = t0;
  const contacts = Array.from({ length: ri(1, 3) }, () => person(cty));
  const gw = () => d.decoy('sms_port', pick(['106575', '106902', '106980', '106550']) + pad(ri(0, 99999999), 8));
  const n = ri(4, 10);
  for (let i = 0; i < n; i++) {
    t += ri(3600000, 900000000);
    const r = rnd();
    const push = (m) => { m.t = t; msgs.push(m); };
    if (r < 0.4) push({ address: gw(), contact: '(Unknown)', type: 1, body: `${sign}尊敬的${d.Nd(owner.name)}，您的${pick(['耕地地力保护补贴', '玉米大豆生产者补贴', '稻谷补贴', '农机购置补贴'])}${(ri(10000, 900000) / 100).toFixed(2)}元已于${ri(1, 12)}月${ri(1, 28)}日发放至您${d.decoy('card_tail', '尾号' + owner.card.slice(-4))}的账户，请注意查收。` });
    else if (r < 0.55) push({ address: gw(), contact: '(Unknown)', type: 1, body: `【${cty.short}农商银行】您尾号${owner.card.slice(-4)}的账户${ri(1, 12)}月${ri(1, 28)}日${pad(ri(8, 17), 2)}:${pad(ri(0, 59), 2)}代发收入${(ri(10000, 900000) / 100).toFixed(2)}元，摘要：${pick(['财政补贴', '惠农补贴', '流转费'])}，余额${(ri(10000, 9000000) / 100).toFixed(2)}元。` });
    else {
      const c = pick(contacts);
      const inbound = chance(0.5);
      push({ address: chance(0.5) ? '+86' + c.mobile : c.mobile, contact: c.name, type: inbound ? 1 : 2, body: inbound ? pickF([() => `${pick(['哥', '叔', '婶'])}，${CROPS[cty.crop].main}保险的钱交了没，协保员让今天交齐`, () => `卡号发你了${d.C(c.card)}，钱打这个卡`, () => `明天上午去粮站卖粮，你车空不`, () => `我身份证号${d.I(c.id)}，帮我报一下一卡通`]) : pickF([() => '知道了', () => `我的卡号${d.C(owner.card)}，户名${d.N(owner.name)}`, () => '好的 明天去', () => `身份证${d.I(owner.id)}`]) });
      d.ent('cn_mobile', c.mobile); d.N(c.name);
    }
  }
  d.ln(`<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>`);
  d.ln(`<!--File Created By SMS Backup & Restore on ${dt(y, 12, 28)}-->`);
  d.ln(`<smses count="${msgs.length}" backup_set="${pad(ri(0, 99999999), 8)}-${pad(ri(0, 9999), 4)}" type="full">`);
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  for (const m of msgs) {
    d.decoy('timestamp_ms', String(m.t));
    const iso = new Date(m.t + 8 * 3600000).toISOString(); // deterministic conversion of the synthetic epoch, no clock
    const hh = +iso.slice(11, 13);
    const rd = `${+iso.slice(0, 4)}年${+iso.slice(5, 7)}月${+iso.slice(8, 10)}日 ${hh < 12 ? '上午' : '下午'}${hh % 12 || 12}:${iso.slice(14, 19)}`;
    d.ln(`  <sms protocol="0" address="${m.address}" date="${m.t}" type="${m.type}" subject="null" body="${esc(m.body)}" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="${m.type === 1 ? m.t - ri(1000, 9000) : 0}" readable_date="${rd}" contact_name="${m.contact}" />`);
  }
  d.ln('</smses>');
  return d;
}

// 19. mail bodies (合作社 ↔ 经管站 / 保险公司 / 银行)
function gen_mail(cty) {
  const d = new Doc('mail');
  const vil = village(cty), town = pick(cty.towns);
  const sender = person(cty, { y0: 1975, y1: 1996 });
  const coop = coopName(cty, chance(0.4) ? vil : ''); d.decoy('org_name', coop);
  const from = sender.email;
  const toBox = pick([`${pick(['jgz', 'jgzx', 'nyfw', 'czs', 'njz'])}${pad(ri(1, 99), 2)}@${pick(['126.com', '163.com'])}`, `${cty.code}nyj@163.com`, `${pick(['xjgz', 'jgk', 'nyncj'])}_${cty.code.slice(2)}@${pick(['126.com', '163.com', 'sina.com'])}`]);
  usedMail.add(toBox);
  const chief = person(cty, { y0: 1966, y1: 1985 });
  const y = ri(2021, 2024);
  d.ln(`发件人: ${chance(0.5) ? `"${coop.replace(cty.name, '')}" <${d.Em(from)}>` : d.Em(from)}`);
  d.ln(`收件人: ${d.Em(toBox)}`);
  if (chance(0.4)) { const cc = person(cty); d.ln(`抄送: ${d.N(cc.name)} <${d.Em(cc.email)}>`); }
  const topic = pick(['rent', 'insurance', 'card_change', 'roster']);
  d.ln(`主题: ${{ rent: `${vil}村${y - 1}年度土地流转费发放明细（请审核）`, insurance: `${y}年${CROPS[cty.crop].main}保险分户清单（${vil}村补报）`, card_change: `关于变更一卡通账户的情况说明`, roster: `报送${coop.replace(cty.name, '')}成员名册` }[topic]}`);
  d.ln(`日期: ${y}年${ri(1, 12)}月${ri(1, 28)}日 ${pick(['星期一', '星期二', '星期三', '星期四', '星期五'])} ${hms().slice(0, 5)}`);
  if (chance(0.6)) d.ln(`附件: ${d.decoy('file_name', pick([`${vil}村${y}年${pick(['流转费发放表', '投保清单', '成员名册', '一卡通变更'])}.xlsx`, `IMG_${y}${pad(ri(1, 12), 2)}${pad(ri(1, 28), 2)}_${pad(ri(0, 235959), 6)}.jpg`, `${pick(['扫描件', '签字页', '新建 Microsoft Excel 工作表'])}(${ri(1, 9)}).${pick(['pdf', 'xlsx'])}`]))} (${ri(12, 980)}KB)`);
  d.ln('');
  const salute = surnameOf(chief.name) + pick(['站长', '主任', '经理', '科长']);
  d.dc('person_name_zh', salute);
  d.ln(`${salute}：`);
  d.ln(`    您好！${{ rent: '附件是我社上年度土地流转费发放明细，以下几户一卡通有变更，麻烦核对：', insurance: '以下几户上次漏报了，补报一下，请帮忙录入系统：', card_change: '以下社员原一卡通账户销户，申请变更为新账户：', roster: '按要求报送本社成员名册（新增成员），请审核：' }[topic]}`);
  const n = ri(1, 6);
  for (let i = 1; i <= n; i++) {
    const p = person(cty, { y0: 1945, y1: 1990 });
    const line = [`${i}. ${d.N(p.name)}`, `身份证${d.I(p.id, idStyle(true))}`];
    if (topic === 'card_change') { line.push(`原卡号${chance(0.5) ? d.C(makeCard().no) : d.decoy('passbook_acct', passbookAcct(cty))}`, `新卡号${d.C(p.card, cardStyle(true))}`); }
    else if (topic === 'insurance') line.push(`电话${d.M(p.mobile, mobStyle(true))}`, `卡号${d.C(p.card, cardStyle(true))}`, `${ri(2, 20)}亩`);
    else if (topic === 'rent') line.push(`一卡通${d.C(p.card, cardStyle(true))}`, `${(ri(150, 1500) / 100).toFixed(2)}亩`);
    else line.push(`电话${d.M(p.mobile, mobStyle(true))}`, `出资${pick([5000, 10000, 20000])}元`, chance(0.4) ? `邮箱${d.Em(p.email)}` : '');
    d.ln('    ' + line.filter(Boolean).join(pick(['，', '  ', '；'])));
  }
  d.ln(`    ${pick(['如有问题随时联系。', '原件已交村委会。', '谢谢！'])}`);
  d.ln('');
  d.ln(`${d.N(sender.name)}`);
  d.ln(`${coop}  ${pick(['会计', '出纳', '理事长', '办公室'])}`);
  if (chance(0.6)) d.ln(`地址：${cty.name}${town}${d.decoy('place', vil)}村  邮编：${d.decoy('postcode', cty.post)}`);
  d.ln(`手机：${d.M(sender.mobile, mobStyle(true))}${chance(0.4) ? '  座机：' + d.Land(cty) : ''}`);
  d.ln(`邮箱：${d.Em(from, chance(0.2))}`);
  if (chance(0.3)) d.ln(`QQ：${d.decoy('qq_no', String(ri(100000000, 2999999999)))}`);
  if (chance(0.4)) { d.ln(''); d.ln(`-------- 原始邮件 --------`); d.ln(`发件人: ${d.Em(toBox)}`); d.ln(`各合作社：请于本月25日前报送${topic === 'insurance' ? '投保清单' : '相关材料'}，联系人：${d.N(chief.name)}，电话：${d.Land(cty)}。`); }
  return d;
}

// 20. OCR'd hand-written ledger (领取登记 / 收购本)
const OCR_SUB = { '0': ['O', 'o', 'D'], '1': ['l', 'I', '|'], '5': ['S'], '8': ['B'], '2': ['Z'], '6': ['b'], '9': ['g'] };
function ocrValue(d, det, value, written) {
  // returns the text as the OCR engine produced it and labels it
  const r = rnd();
  if (r < 0.6) { d.ent(det, value); return written; }
  if (r < 0.85) {
    d.ent(det, value);
    const a = [...written.replace(/\s/g, '')];
    for (let k = 0; k < 50; k++) {
      let out = ''; a.forEach((c, i) => { out += c; if (i < a.length - 1 && chance(0.12)) out += ' '; });
      const parts = out.split(' ');
      if (parts.length === 1 || !parts.some((x) => numericBad(x))) return out; // no fragment may look like a value of its own
    }
    return a.join('');
  }
  for (let k = 0; k < 50; k++) {
    const a = [...written]; const idx = a.map((c, i) => (OCR_SUB[c] ? i : -1)).filter((i) => i >= 0);
    if (!idx.length) break;
    const i = pick(idx); a[i] = pick(OCR_SUB[a[i]]);
    const out = a.join('');
    if (!numericBad(out)) { d.dc(det, value); return out; }
  }
  d.ent(det, value); return written;
}
function ocrName(d, n) {
  const r = rnd();
  if (r < 0.7) return d.N(n);
  if (r < 0.9 && [...n].length >= 2) { const a = [...n]; return d.N(a[0] + ' ' + a.slice(1).join('')); }
  const conf = { '国': '困', '华': '隼', '英': '荚', '兰': '兰', '明': '朋', '军': '车', '德': '徳', '秀': '秃', '玉': '王', '珍': '玲', '建': '廷', '福': '褔', '梅': '悔', '林': '材', '海': '诲', '春': '舂', '生': '牛', '红': '紅', '刚': '冈' };
  const a = [...n]; const i = a.findIndex((c, k) => k > 0 && conf[c] && conf[c] !== c);
  if (i < 0) return d.N(n);
  a[i] = conf[a[i]]; const w = a.join('');
  d.dc('person_name_zh', w); return w;
}
function gen_ocr_ledger(cty) {
  const d = new Doc('ocr_ledger');
  const vil = village(cty);
  const y = ri(2019, 2024);
  const what = pick(['流转费领取登记', '地力补贴领取签字表', '收粮记账本', '合作社分红领取表', '种子款收取登记']);
  d.ln(`[OCR 识别结果] 文件：IMG_${ri(1000, 9999)}.jpg  页码：${ri(1, 6)}  平均置信度：0.${ri(71, 93)}`);
  d.ln('');
  d.ln(pick([`${vil}村 ${y}年${what}`, `${vil}忖 ${y}年${what}`, `${y}年 ${what.replace('登记', '登迹')} (${vil})`]));
  d.decoy('place', vil);
  const hdr = pick([['序号', '姓名', '身份证号', '卡号', '金额', '签字'], ['序号', '姓 名', '身份正号', '一卡通号', '金 额', '签宇'], ['No', '户主', '身份证', '帐号', '钱数', '本人签名']]);
  d.ln(hdr.join('   '));
  const n = ri(5, 18); const withDate = chance(0.5);
  for (let i = 1; i <= n; i++) {
    const p = person(cty, { y0: 1940, y1: 1985 });
    const cells = [String(i), ocrName(d, p.name)];
    cells.push(chance(0.9) ? ocrValue(d, 'cn_resident_id', p.id, p.id) : '');
    cells.push(chance(0.85) ? ocrValue(d, 'bank_card', p.card, chance(0.4) ? wCard(p.card, 'g4') : p.card) : '');
    cells.push(`${ri(300, 9000)}${pick(['.00', '元', '', '.5'])}`);
    if (withDate) cells.push(d.decoy('date', `${ri(1, 12)}.${ri(1, 28)}`));
    cells.push(chance(0.5) ? pick(['(签名)', '〆', p.name.slice(0, 1) + '~', '[手印]']) : '');
    if (chance(0.2)) cells.push(ocrValue(d, 'cn_mobile', p.mobile, p.mobile));
    d.ln(cells.join(pick(['   ', '  ', ' | '])));
  }
  d.ln('');
  const w = person(cty);
  d.ln(`经手人：${ocrName(d, w.name)}     ${y}.${ri(1, 12)}.${ri(1, 28)}`);
  if (chance(0.4)) d.ln(`[识别提示] 第${ri(2, n)}行存在涂改，已按原样输出`);
  return d;
}

// 21. 补贴代发 system logs
function gen_pay_log(cty) {
  const d = new Doc('pay_log');
  const y = ri(2023, 2024), m = ri(3, 11), day = ri(1, 28);
  const batch = `${y}${pad(m, 2)}${pad(day, 2)}-${pad(ri(1, 9), 2)}`;
  const json = chance(0.45);
  const maskedSys = chance(0.25);
  const item = pick(['耕地地力保护补贴', '玉米大豆生产者补贴', '农机购置补贴', '产业奖补', '土地流转费']);
  let t = epochMs(y, m, day);
  const n = ri(6, 24);
  if (!json) d.ln(`# ${cty.short}惠民惠农一卡通代发平台 pay-service.log (batch ${batch})`);
  for (let i = 1; i <= n; i++) {
    t += ri(80, 1500);
    const p = person(cty, { y0: 1940, y1: 1990, bank: chance(0.7) ? BANKS[0] : undefined });
    const amt = (ri(5000, 300000) / 100).toFixed(2);
    const fail = chance(0.12);
    const card = fail && !maskedSys && chance(0.6) ? d.decoy('card_luhn_fail', cardTypo(p.card)) : null;
    const trace = d.decoy('trace_no', genDecoy(() => `${String(y).slice(2)}${pad(m, 2)}${pad(day, 2)}${pad(ri(0, 23), 2)}${pad(ri(0, 59), 2)}${pad(ri(0, 59), 2)}${pad(ri(0, 999999), 6)}`));
    const iso = new Date(t + 8 * 3600000).toISOString().replace('T', ' ').slice(0, 23);
    const nameV = maskedSys ? d.MN(p.name) : d.N(p.name);
    const idV = maskedSys ? d.MI(p.id) : d.I(p.id);
    const cardV = card || (maskedSys ? d.MC(p.card) : d.C(p.card));
    if (json) {
      d.decoy('timestamp_ms', String(t));
      d.ln(JSON.stringify({ ts: t, level: fail ? 'WARN' : 'INFO', logger: 'c.h.pay.BatchPayService', batch, seq: i, event: fail ? 'pay_fail' : 'pay_ok', name: nameV, idCard: idV, cardNo: cardV, mobile: chance(0.5) ? (maskedSys ? d.MM(p.mobile) : d.M(p.mobile)) : undefined, amount: +amt, item, respCode: fail ? pick(['14', '51', '54', 'Y1']) : '00', traceNo: trace }));
    } else {
      d.ln(`${iso} ${fail ? 'WARN ' : 'INFO '} [pay-batch-${batch}] c.h.pay.BatchPayService - ${fail ? '代发失败' : '代发成功'} seq=${i} name=${nameV} idNo=${idV} acct=${cardV} amt=${amt} resp=${fail ? pick(['14 msg=无效卡号', '51 msg=账户状态异常', '54 msg=卡片过期', 'Y1 msg=户名不符']) : '00'} trace=${trace}`);
      d.decoy('log_time', iso);
    }
  }
  if (!json) d.ln(`${new Date(t + 8 * 3600000 + 2000).toISOString().replace('T', ' ').slice(0, 23)} INFO  [pay-batch-${batch}] c.h.pay.BatchPayService - batch finished total=${n}`);
  return d;
}

// 22. 银行批量代发文件
function gen_bank_batch(cty) {
  const d = new Doc('bank_batch');
  const y = ri(2022, 2024);
  const n = ri(6, 25);
  const unitAcct = d.decoy('corp_account', genDecoy(() => `${pick(['4116', '1601', '7110', '2502'])}${pad(ri(0, 99999999), 8)}${pad(ri(0, 99999), 5)}`));
  const item = pick(['耕地地力保护补贴', '土地流转费', '农业保险理赔款', '产业奖补', '玉米大豆生产者补贴']);
  const sep = pick(['|', ',', '\t']);
  const total = [];
  const lines = [];
  for (let i = 1; i <= n; i++) {
    const p = person(cty, { bank: chance(0.8) ? BANKS[0] : undefined });
    const amt = (ri(5000, 500000) / 100).toFixed(2); total.push(+amt);
    const bad = chance(0.05);
    lines.push(['D', pad(i, 6), d.decoy('trace_no', genDecoy(() => `${y}${pad(ri(1, 12), 2)}${pad(ri(1, 28), 2)}${pad(ri(0, 99999999), 8)}`)), bad ? d.decoy('passbook_acct', passbookAcct(cty)) : d.C(p.card), d.N(p.name), amt, chance(0.7) ? d.I(p.id) : '', item, chance(0.3) ? d.M(p.mobile) : ''].join(sep));
  }
  d.ln(['H', unitAcct, `${cty.name}财政局`.replace('县县', '县'), `${y}${pad(ri(1, 12), 2)}${pad(ri(1, 28), 2)}`, item, pad(n, 6), total.reduce((a, b) => a + b, 0).toFixed(2)].join(sep));
  for (const l of lines) d.ln(l);
  d.ln(['T', pad(n, 6), total.reduce((a, b) => a + b, 0).toFixed(2)].join(sep));
  return d;
}

// 23. 农村土地承包经营权 登记簿 extract
function gen_land_register(cty) {
  const d = new Doc('land_register');
  const town = ri(100, 112), vil = ri(200, 230), g = ri(1, 12);
  const fbm = fbmCode(cty, town, vil, g);
  const vname = village(cty), tname = pick(cty.towns);
  const head = person(cty, { gender: chance(0.85) ? 'M' : 'F', y0: 1938, y1: 1975 });
  const legacy = chance(0.3) && head.bd.y < 1970;
  const sp = person(cty, { gender: head.gender === 'M' ? 'F' : 'M', y0: head.bd.y - 3, y1: head.bd.y + 5, kin: head.name, rel: 'spouse' });
  const kids = Array.from({ length: ri(1, 3) }, () => person(cty, { y0: Math.min(head.bd.y + 20, 2003), y1: Math.min(head.bd.y + 32, 2008), surn: surnameOf(head.name), kin: head.name }));
  d.ln('农村土地承包经营权登记簿');
  d.ln(`登记簿编号：${d.decoy('register_no', genDecoy(() => `${cty.code}${pad(town, 3)}${pad(vil, 3)}${pad(g, 2)}${pad(ri(1, 180), 4)}J`))}`);
  d.ln(`发包方名称：${tname}${d.decoy('place', vname)}村${d.decoy('village_group', CN_NUM[g - 1] + '组')}    发包方编码：${d.decoy('fbm_code', fbm)}`);
  d.ln(`承包方编码：${d.decoy('cbf_code', cbfCode(fbm))}    承包方式：家庭承包`);
  d.ln(`承包方代表姓名：${d.N(head.name)}    证件类型：居民身份证`);
  if (legacy) {
    const id15 = head.id.slice(0, 6) + head.id.slice(8, 17);
    d.ln(`证件号码：${id15}    （一代证号码，未更新）`);
    d.ent('cn_resident_id', head.id);
  } else d.ln(`证件号码：${d.I(head.id, idStyle())}`);
  d.ln(`联系电话：${chance(0.8) ? d.M(head.mobile, mobStyle()) : '无'}    地址：${cty.name}${tname}${vname}村`);
  d.ln(`承包期限：1998年${pick(['9', '10', '12'])}月${ri(1, 28)}日至2028年${pick(['9', '10', '12'])}月${ri(1, 28)}日（二轮延包后至2058年）`);
  d.ln('');
  d.ln('家庭成员情况');
  const fam = [[head, '户主'], [sp, '配偶'], ...kids.map((k) => [k, k.gender === 'M' ? '子' : '女'])];
  renderTable(d, pick(['bar', 'fixed', 'pipe']), ['姓名', '与户主关系', '身份证号', '备注'], fam.map(([p, r]) => [d.N(p.name), r, r === '户主' && legacy ? head.id.slice(0, 6) + head.id.slice(8, 17) : d.I(p.id), p.bd.y < 1945 ? '已故' : '']));
  d.ln('');
  d.ln('承包地块信息');
  const rows = []; const k = ri(2, 7); let tot = 0;
  for (let i = 0; i < k; i++) {
    const a = +(ri(30, 450) / 100).toFixed(2); tot += a;
    rows.push([pick(['大北地', '南洼', '东岗', '坟前地', '河滩地', '西头地', '机井旁', '老宅地', '沟南', '路东', '杨树林', '柳树坑']), d.decoy('plot_code', plotCode(fbm)), (a + ri(0, 20) / 100).toFixed(2), a.toFixed(2), d.Nd(person(cty).name), pickF([() => '路', () => '沟', () => '渠', () => d.Nd(person(cty).name)]), d.Nd(person(cty).name), pickF([() => '路', () => '坟地', () => '林带', () => d.Nd(person(cty).name)]), pick(['一等', '二等', '三等', '四等', '五等']), pick(['是', '是', '否'])]);
  }
  for (const r of rows) if (['杨树林', '柳树坑'].includes(r[0])) d.decoy('plot_name', r[0]);
  renderTable(d, pick(['bar', 'fixed', 'csv']), ['地块名称', '地块编码', '实测面积(亩)', '确权面积(亩)', '东至', '南至', '西至', '北至', '地力等级', '是否基本农田'], rows);
  d.ln(`合计：${k}块，${tot.toFixed(2)}亩`);
  d.ln(`登记机关：${cty.name}人民政府（章）    登记日期：${cnDate(rdate(ri(2016, 2019)))}`.replace('县县', '县'));
  return d;
}

// 24. 村民代表会议 / 合作社成员大会 记录
function gen_minutes(cty) {
  const d = new Doc('minutes');
  const vil = village(cty), town = pick(cty.towns);
  const coop = chance(0.4);
  const orgn = coop ? coopName(cty, vil) : vil + '村';
  d.decoy(coop ? 'org_name' : 'place', coop ? orgn : vil);
  const host = person(cty, { gender: 'M', y0: 1958, y1: 1982 });
  const rec = person(cty, { y0: 1975, y1: 1995 });
  const attendees = Array.from({ length: ri(6, 24) }, () => person(cty, { y0: 1945, y1: 1985 }));
  const date = rdate(ri(2021, 2024));
  d.ln(`${orgn}${coop ? '成员（代表）大会' : '村民代表会议'}记录`);
  d.ln(`时间：${cnDate(date)}${pick(['上午9:00', '下午2:30', '晚上7:30'])}`);
  d.ln(`地点：${coop ? '合作社办公室' : '村委会会议室'}    会议编号：${d.decoy('doc_no', `${vil.slice(0, 1)}村议〔${date.y}〕${ri(1, 12)}号`)}`);
  d.ln(`主持人：${d.N(host.name)}（${coop ? '理事长' : pick(['村党支部书记', '村委会主任'])}）`);
  d.ln(`记录人：${d.N(rec.name)}`);
  d.ln(`应到${attendees.length + ri(0, 5)}人，实到${attendees.length}人。${chance(0.4) ? '镇包村干部' + d.N(person(cty).name) + '列席。' : ''}`);
  d.ln(`参会人员：${attendees.map((p) => d.N(p.name)).join(pick(['、', '，', ' ']))}`);
  d.ln('');
  const topic = pick(['流转', '分红', '补贴', '集体']);
  d.ln(`议题：${{ 流转: `审议${date.y}年土地集中连片流转方案`, 分红: `审议${date.y - 1}年度盈余分配方案`, 补贴: `评议${date.y}年耕地地力保护补贴面积及${pick(['低保', '公益岗'])}人选`, 集体: `讨论村集体机动地发包及坑塘承包事宜` }[topic]}`);
  d.ln('');
  d.ln('会议内容：');
  const sp1 = pick(attendees), sp2 = pick(attendees);
  d.ln(`${d.Nd(host.name)}：${({ 流转: () => `今年${d.decoy('org_name', coopName(cty, ''))}想把${d.decoy('village_group', group(cty))}、${group(cty)}南边那片地连起来种，流转费每亩${pick([700, 800, 850])}元，一年一付，打到各家一卡通上。`, 分红: () => `去年合作社盈余${ri(5, 60)}万元，按章程60%按交易量返还，其余按出资额分配。`, 补贴: () => `今年地力补贴面积要按确权面积核实，建房占地、坑塘、林地不补。`, 集体: () => `村里机动地${ri(20, 120)}亩，原来承包给外村的到期了，重新公开发包。` })[topic]()}`);
  d.ln(`${d.Nd(sp1.name)}：${pick(['我家那二亩地在机井边上，能不能按好地算？', '流转费能不能按小麦价格走，物价涨了。', '去年有几户的钱没到账，得先弄清楚。', '外出打工的户咋通知？'])}`);
  d.ln(`${d.Nd(host.name)}：${pickF([() => `涉及${d.decoy('village_group', group(cty))}、${d.decoy('village_group', group(cty))}共${d.decoy('area_mu', (ri(800, 4500) / 10).toFixed(1) + '亩')}，合同期限到${date.y + pick([5, 8, 10])}年。`, () => `流转费标准定为${d.decoy('subsidy_rate', pick([700, 750, 800, 850]) + '元/亩')}，比去年涨了${pick([30, 50])}元。`, () => `账目已在公开栏公示，${d.decoy('title', pick(['村会计', '村文书']))}负责解释。`])}`);
  d.ln(`${d.Nd(sp2.name)}：${pick(['同意。', '我没意见，就是要签正式合同。', '建议合同里写清楚违约咋办。', '一卡通丢了的先补卡。'])}`);
  if (chance(0.5)) d.ln(`会后由${d.Nd(rec.name)}负责统计${pick(['各户面积', '各户一卡通账号', '签字'])}，${cnDate({ ...date, d: Math.min(date.d + 7, 28) })}前报${town}经管站。`);
  d.ln('');
  { const no = ri(0, 1), ab = ri(0, 1); d.ln(`表决结果：同意${attendees.length - no - ab}票，反对${no}票，弃权${ab}票。会议通过。`); }
  d.ln('');
  d.ln(`参会代表签字：${sample(attendees, Math.min(attendees.length, ri(4, 10))).map((p) => d.N(p.name)).join('  ')}`);
  d.ln(`记录人：${d.N(rec.name)}    主持人：${d.N(host.name)}`);
  return d;
}

// 25. 高素质农民培育 培训班 学员花名册
function gen_training_roster(cty) {
  const d = new Doc('training_roster');
  const y = ri(2021, 2024);
  const cls = pick(['种植业', '畜牧养殖', '农机操作与维修', '家庭农场经营管理', '农村电商', '植保无人机飞手', '合作社带头人']);
  const classNo = d.decoy('class_no', `${cty.short}GSZ${y}-${pad(ri(1, 12), 2)}`);
  d.ln(`${cty.name}${y}年高素质农民培育（${cls}）培训班学员花名册`.replace('县县', '县'));
  d.ln(`班次：${classNo}    培训时间：${d.decoy('date', dt(y, ri(3, 10), ri(1, 20)))}至${ri(5, 28)}日    承训机构：${d.decoy('org_name', cty.name + pick(['职业教育中心', '农广校', '农业技术推广中心']))}`.replace('县县', '县'));
  const layout = pick(['csv', 'fixed', 'pipe', 'tsv', 'pdf2']);
  const H = ['序号', '姓名', '性别', '年龄', '身份证号', '文化程度', '手机号码', '电子邮箱/QQ', '从事产业', '经营规模', '所属主体', '结业证书编号'];
  const rows = []; const n = ri(8, 30);
  for (let i = 1; i <= n; i++) {
    const p = person(cty, { y0: 1968, y1: 2000 });
    const mail = rnd();
    const org = chance(0.5) ? d.decoy('org_name', chance(0.5) ? coopName(cty, '') : cty.name + pick(FARM_WORD) + '家庭农场') : pick(['个人', '种植大户', '家庭农场']);
    const ls = chance(0.3) ? pick(animalFor(cty)) : null;
    rows.push([i, d.N(p.name), p.gender === 'M' ? '男' : '女', p.age, d.I(p.id, idStyle()), pick(['初中', '高中', '中专', '大专', '本科']), d.M(p.mobile, mobStyle()), mail < 0.7 ? d.Em(p.email) : mail < 0.85 ? 'QQ' + d.decoy('qq_no', String(ri(100000000, 2999999999))) : '', ls ? d.decoy('crop', ls[0]) + '养殖' : pickF([() => d.decoy('crop', pick(CROPS[cty.crop].v)) + '种植', () => CROPS[cty.crop].main + '种植']), ls ? ri(20, ls[1] === '只' ? 20000 : 600) + ls[1] : d.decoy('area_mu', ri(10, 600) + '亩'), org, chance(0.7) ? d.decoy('cert_no', `GSZ${y}${cty.code}${pad(i + ri(0, 50), 4)}`) : '']);
  }
  renderTable(d, layout, H, rows);
  d.ln('');
  const t = person(cty, { y0: 1970, y1: 1992 });
  d.ln(`班主任：${d.N(t.name)}  联系电话：${d.M(t.mobile, mobStyle(true))}  邮箱：${d.Em(t.email)}`);
  return d;
}

// ================================================================== driver
const PLAN = [
  ['coop_roster', gen_coop_roster, 15], ['coop_capital', gen_coop_capital, 11], ['land_contract', gen_land_contract, 15], ['rent_payout', gen_rent_payout, 14],
  ['machinery_notice', gen_machinery_notice, 12], ['machinery_application', gen_machinery_application, 13], ['soil_subsidy', gen_soil_subsidy, 14],
  ['grain_receipt', gen_grain_receipt, 18], ['grain_ledger', gen_grain_ledger, 8], ['input_credit', gen_input_credit, 12], ['family_farm', gen_family_farm, 13],
  ['insurance_crop', gen_insurance_crop, 12], ['insurance_livestock', gen_insurance_livestock, 11], ['village_roster', gen_village_roster, 12],
  ['aid_ledger', gen_aid_ledger, 12], ['aid_visit', gen_aid_visit, 10], ['wechat_chat', gen_wechat_chat, 18], ['sms', gen_sms, 14], ['mail', gen_mail, 15],
  ['ocr_ledger', gen_ocr_ledger, 12], ['pay_log', gen_pay_log, 10], ['bank_batch', gen_bank_batch, 7], ['land_register', gen_land_register, 12], ['minutes', gen_minutes, 10], ['training_roster', gen_training_roster, 10],
];
const CTY_W = COUNTIES.map((c) => [c, c.code.startsWith('41') || c.code.startsWith('37') ? 3 : 2]);
const order = [];
for (const [kind, fn, n] of PLAN) for (let i = 0; i < n; i++) order.push([kind, fn]);
const seq = {};
for (const [kind, fn] of shuffle(order)) {
  const cty = wpick(CTY_W);
  const d = fn(cty);
  seq[kind] = (seq[kind] || 0) + 1;
  d.id = `ag-${kind}-${seq[kind]}`;
  DOCS.push(d);
}

// ================================================================== self-check
const errors = [];
const esc = (c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function occurs(text, det, v) {
  const T = text.normalize('NFKC');
  if (det === 'person_name_zh') return T.replace(/[\s\u3000]/g, '').includes(v);
  if (det === 'email') return T.toLowerCase().includes(v);
  const tryRe = (val) => {
    const re = new RegExp(val.split('').map(esc).join('[\\s\\-()]*'), 'gi');
    let m;
    while ((m = re.exec(T))) {
      const before = T.slice(0, m.index), after = T[m.index + m[0].length] || '';
      const okBefore = !/\d$/.test(before) || (det === 'cn_mobile' && /(\+86|0086)[\s-]?$/.test(before));
      const okAfter = !/\d/.test(after) && !(det !== 'cn_resident_id' && /[Xx]/.test(after) && false);
      if (okBefore && okAfter) return true;
    }
    return false;
  };
  if (tryRe(v)) return true;
  if (det === 'cn_resident_id' && v.slice(6, 8) === '19' && tryRe(v.slice(0, 6) + v.slice(8, 17))) return true;
  return false;
}
function valid(det, v) {
  switch (det) {
    case 'cn_resident_id': return idValid(v);
    case 'cn_mobile': return mobileOk(v);
    case 'bank_card': return /^\d{16,19}$/.test(v) && luhnOk(v) && /^(62|81)/.test(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v);
    case 'cn_uscc': return usccOk(v);
    case 'cn_landline': return /^0\d{9,11}$/.test(v);
    case 'person_name_zh': return /^[\u4e00-\u9fa5·]{2,16}$/.test(v);
    default: return false;
  }
}
const lines = [];
for (const d of DOCS) {
  const text = d.text();
  for (const k of d.E.keys()) d.D.delete(k);
  const entities = [...d.E.values()], dontCare = [...d.D.values()];
  // decoys that coincide with a labelled name (substring either way) are not decoys
  for (const [k, dec] of [...d.K]) for (const e of [...entities, ...dontCare]) if (e.detector === 'person_name_zh' && (dec.text.includes(e.value) || e.value.includes(dec.text))) { errors.push(`${d.id}: decoy/name overlap ${dec.text} ~ ${e.value}`); d.K.delete(k); break; }
  const decoys = [...d.K.values()];
  for (const e of entities) {
    if (!valid(e.detector, e.value)) errors.push(`${d.id}: invalid ${e.detector} ${e.value}`);
    if (!occurs(text, e.detector, e.value)) errors.push(`${d.id}: ${e.detector} ${e.value} not found in text`);
  }
  for (const e of dontCare) if (e.detector !== 'person_name_zh' && !valid(e.detector, e.value)) errors.push(`${d.id}: invalid dontCare ${e.detector} ${e.value}`);
  const entVals = new Set(entities.map((e) => e.value));
  for (const k of decoys) {
    if (!text.includes(k.text)) errors.push(`${d.id}: decoy not in text: ${k.text}`);
    const norm = k.text.normalize('NFKC').replace(/[\s\-]/g, '');
    if (entVals.has(k.text) || entVals.has(norm) || entVals.has(norm.toUpperCase())) errors.push(`${d.id}: decoy is also an entity: ${k.text}`);
    if (!/[*xX]{3}|某/.test(k.text) && numericBad(k.text.normalize('NFKC'))) errors.push(`${d.id}: decoy passes a check: ${k.kind} ${k.text}`);
    for (const e of entities) if (e.detector !== 'person_name_zh' && e.detector !== 'email' && digitsOf(k.text).length >= 11 && digitsOf(k.text) === e.value) errors.push(`${d.id}: decoy digits equal entity ${k.text}`);
  }
  // every valid-looking value in the text must be labelled (entity or dontCare) or sit inside a decoy
  const T = text.normalize('NFKC');
  const lab = new Set([...entities, ...dontCare].map((e) => e.detector + ':' + e.value));
  const inDecoy = (v) => decoys.some((k) => k.text.normalize('NFKC').replace(/[\s-]/g, '').includes(v));
  for (const m of T.matchAll(/\d+[Xx]?/g)) {
    let r = m[0]; const x = /[Xx]$/.test(r); if (x && r.length !== 18) r = r.slice(0, -1);
    if (r.length === 13 && r.startsWith('86')) r = r.slice(2);
    if (r.length === 12 && r.startsWith('0') && mobileOk(r.slice(1))) r = r.slice(1);
    let miss = null;
    if (r.length === 11 && mobileOk(r) && !lab.has('cn_mobile:' + r)) miss = 'cn_mobile';
    else if (r.length === 18 && idPlausible(r) && !lab.has('cn_resident_id:' + r.toUpperCase())) miss = 'cn_resident_id';
    else if (r.length === 15 && legacyPlausible(r) && !lab.has('cn_resident_id:' + upgrade15(r))) miss = 'cn_resident_id(15)';
    else if (!x && r.length >= 16 && r.length <= 19 && luhnOk(r) && !lab.has('bank_card:' + r) && !lab.has('cn_resident_id:' + r)) miss = 'bank_card';
    if (miss && !inDecoy(r)) errors.push(`${d.id}: unlabelled ${miss} ${r}`);
  }
  for (const m of T.matchAll(/(?<![0-9A-Za-z])[0-9A-Za-z]{18}(?![0-9A-Za-z])/g)) {
    const u = m[0].toUpperCase();
    if (usccOk(u) && !lab.has('cn_uscc:' + u) && !lab.has('cn_resident_id:' + u) && !inDecoy(u)) errors.push(`${d.id}: unlabelled cn_uscc ${u}`);
  }
  for (const m of T.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g)) if (!lab.has('email:' + m[0].toLowerCase())) errors.push(`${d.id}: unlabelled email ${m[0]}`);
  lines.push(JSON.stringify({ id: d.id, kind: d.kind, text, entities, dontCare, decoys }));
  d.out = { entities, dontCare, decoys };
}
if (errors.length) { console.error(`self-check FAILED (${errors.length}):\n` + errors.slice(0, 60).join('\n')); process.exit(1); }
fs.writeFileSync(OUT, lines.join('\n') + '\n');

// ================================================================== summary
const perKind = {}, perDet = {}, perDc = {}, perDecoy = {};
for (const d of DOCS) {
  perKind[d.kind] = (perKind[d.kind] || 0) + 1;
  for (const e of d.out.entities) perDet[e.detector] = (perDet[e.detector] || 0) + 1;
  for (const e of d.out.dontCare) perDc[e.detector] = (perDc[e.detector] || 0) + 1;
  for (const k of d.out.decoys) perDecoy[k.kind] = (perDecoy[k.kind] || 0) + 1;
}
const tot = (o) => Object.values(o).reduce((a, b) => a + b, 0);
console.log(`agri corpus: ${DOCS.length} documents, ${Object.keys(perKind).length} kinds -> ${OUT}`);
console.log('documents per kind:'); for (const [k, v] of Object.entries(perKind).sort()) console.log(`  ${k.padEnd(24)} ${v}`);
console.log(`entities per detector (total ${tot(perDet)}):`); for (const [k, v] of Object.entries(perDet).sort()) console.log(`  ${k.padEnd(24)} ${v}`);
console.log(`dontCare per detector (total ${tot(perDc)}):`); for (const [k, v] of Object.entries(perDc).sort()) console.log(`  ${k.padEnd(24)} ${v}`);
console.log(`decoys per kind (total ${tot(perDecoy)}):`); for (const [k, v] of Object.entries(perDecoy).sort()) console.log(`  ${k.padEnd(24)} ${v}`);
console.log('self-check: OK');
