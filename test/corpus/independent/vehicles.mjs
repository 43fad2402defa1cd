#!/usr/bin/env node
/*
 * vehicles.mjs — independent labelled test corpus for listguard's Chinese detectors.
 *
 * Theme: vehicles (id prefix "vh"). Customer data around cars: 4S店 客户档案,
 * 保养/维修 工单, 车险续保名单, 二手车 买卖合同, 车贷 放款清单, 违章代办, ETC 办理,
 * 试驾登记, 停车场 月卡, 网约车 司机花名册, 道路救援 派单, 车管所 过户申请表,
 * customer WeChat chats with sales advisers, 车队 / 租赁公司 fleet sheets.
 * Decoys are central: VIN, 发动机号, 车牌号, 保单号, 合同编号, 工单号, 里程, prices,
 * 行驶证档案编号, 交强险标志号, 配件编码, 400 hotlines, timestamps, masked values,
 * company names, ETC/OBU numbers, corporate accounts, place names that start with a surname.
 *
 * Usage:   node vehicles.mjs OUT.jsonl
 * Output:  one JSON object per line:
 *   {"id":"vh-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must not be reported under any detector
 * Normalisation of values: cn_resident_id 18 chars with upper-case X (legacy 15-digit numbers
 *   are upgraded to 18); cn_mobile 11 digits (no +86); cn_landline digits incl. leading 0 and
 *   area code; email lower-case; bank_card digits only; cn_passport upper-case; cn_uscc
 *   18 chars upper-case; person_name_zh as written without spaces/padding/titles.
 * Deterministic: own seeded PRNG (mulberry32, fixed seed). All data synthetic, with valid
 *   check characters (GB 11643 MOD 11-2, Luhn, GB 32100 + GB 11714).
 * A self-check runs at the end and exits 1 on failure.
 *
 * Written in session 25 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node vehicles.mjs OUT.jsonl'); process.exit(2); }

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
const chance = (p) => rnd() < p;
const shuffle = (a) => { a = [...a]; for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const pad = (n, w) => String(n).padStart(w, '0');
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const wpick = (pairs) => { let t = 0; for (const [, w] of pairs) t += w; let r = rnd() * t; for (const [v, w] of pairs) { if ((r -= w) < 0) return v; } return pairs[pairs.length - 1][0]; };
const dim = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const fw = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

// ---------------------------------------------------------------- ID numbers (GB 11643)
const PROV = new Set('11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65'.split(' '));
const REGIONS = ('110101 110102 110105 110106 110108 110103 110104 120101 120104 120105 130102 130104 130702 140105 150102 210102 210106 ' +
  '220102 230102 310101 310104 310105 310112 310115 320102 320106 320506 320583 330102 330106 330381 340104 350102 350203 ' +
  '350583 360102 370102 370202 410105 410102 411602 420102 420106 430102 430104 440103 440104 440105 440106 440111 440304 440305 ' +
  '440306 440307 440402 440604 440606 441302 441900 445202 450103 460106 500103 500106 500112 510104 510107 520102 530102 ' +
  '610103 610113 620102 620103 640104 650102 130725 441481 452501 360731').split(' ');
const WID = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idCheck = (b) => { let s = 0; for (let i = 0; i < 17; i++) s += +b[i] * WID[i]; return '10X98765432'[s % 11]; };
function dateOk(y, m, d) { return m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m); }
function idValid(s) {
  if (!/^\d{17}[\dX]$/.test(s) || idCheck(s) !== s[17] || !PROV.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  return y >= 1900 && y <= 2025 && dateOk(y, m, d);
}
function genId(region, y, m, d, male) {
  const seq = pad(ri(0, 499) * 2 + (male ? 1 : 0), 3);
  const b = region + y + pad(m, 2) + pad(d, 2) + seq;
  return b + idCheck(b);
}
const legacyLike = (r) => PROV.has(r.slice(0, 2)) && dateOk(1900 + +r.slice(6, 8), +r.slice(8, 10), +r.slice(10, 12));

// ---------------------------------------------------------------- mobiles, landlines
const MOBP = '130 131 132 133 134 135 136 137 138 139 145 147 150 151 152 153 155 156 157 158 159 162 165 166 167 170 171 172 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 190 191 192 193 195 196 197 198 199'.split(' ');
const MOBW = MOBP.map((p) => [p, /^1(3|5|8)/.test(p) ? 6 : /^1(7|9)/.test(p) ? 2 : 1]);
const mobValid = (m) => /^1[3-9]\d{9}$/.test(m) && (MOBP.includes(m.slice(0, 3)) || m.startsWith('1610') || /^1740[0-5]/.test(m));
const DEMO = new Set(['13800138000', '13912345678', '18888888888']);
function genMobile() { for (;;) { const m = wpick(MOBW) + digits(8); if (!DEMO.has(m)) return m; } }
const AREAS = { '010': 8, '020': 8, '021': 8, '022': 8, '023': 8, '024': 8, '025': 8, '027': 8, '028': 8, '029': 8, '0755': 8, '0571': 8, '0512': 8, '0769': 8, '0757': 8, '0731': 8, '0371': 8, '0532': 8, '0931': 7, '0311': 8, '0551': 8 };
function landValid(v) { for (const [a, n] of Object.entries(AREAS)) if (v.startsWith(a) && v.length === a.length + n && /^[2-8]$/.test(v[a.length])) return true; return false; }
const genLand = (area) => area + ri(2, 8) + digits(AREAS[area] - 1);
function fmtLand(v, st) {
  const a = Object.keys(AREAS).find((k) => v.startsWith(k) && v.length === k.length + AREAS[k]); const s = v.slice(a.length);
  switch (st) {
    case 'paren': return `(${a})${s}`;
    case 'fwparen': return `（${a}）${s}`;
    case 'space': return `${a} ${s}`;
    case 'bare': return v;
    case 'intl': return `+86 ${a.slice(1)} ${s}`;
    default: return `${a}-${s}`;
  }
}
const landStyle = () => wpick([['dash', 6], ['paren', 1], ['fwparen', 1], ['space', 1], ['bare', 1], ['intl', 0.3]]);

// ---------------------------------------------------------------- bank cards
const IINS = [['622202', 19, 5], ['622208', 19, 2], ['621226', 19, 2], ['622848', 19, 4], ['622845', 19, 1], ['621700', 19, 3], ['622700', 19, 2],
  ['621661', 19, 2], ['621785', 19, 1], ['622588', 16, 3], ['621483', 16, 2], ['622575', 16, 1], ['623058', 19, 2], ['622908', 18, 1],
  ['622262', 19, 2], ['621098', 19, 1], ['622155', 16, 1], ['625965', 16, 1], ['628288', 16, 1], ['622630', 19, 1], ['620522', 19, 1],
  ['623668', 19, 1], ['436742', 16, 1], ['438088', 16, 1], ['451461', 16, 1], ['524047', 16, 1], ['518710', 16, 1], ['552534', 16, 1]];
function luhnOk(n) { let s = 0; for (let i = n.length - 1, dbl = false; i >= 0; i--, dbl = !dbl) { let d = +n[i]; if (dbl) { d *= 2; if (d > 9) d -= 9; } s += d; } return s % 10 === 0; }
function genCard() { const [iin, len] = wpick(IINS.map((x) => [x, x[2]])); const b = iin + digits(len - 7); for (let c = 0; c < 10; c++) if (luhnOk(b + c)) return b + c; }
const BANKS = ['中国工商银行', '中国农业银行', '中国建设银行', '中国银行', '招商银行', '交通银行', '中国邮政储蓄银行', '平安银行', '兴业银行', '中信银行', '浦发银行', '广发银行'];
function fmtCard(c, st) {
  if (st === 'sp4') return c.replace(/(\d{4})(?=\d)/g, '$1 ');
  if (st === 'dash4') return c.replace(/(\d{4})(?=\d)/g, '$1-');
  if (st === 'sp6') return c.slice(0, 6) + ' ' + c.slice(6);
  return c;
}
const cardStyle = () => wpick([['bare', 7], ['sp4', 2.5], ['dash4', 0.6], ['sp6', 0.4]]);

// ---------------------------------------------------------------- USCC (GB 32100 + GB 11714)
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function orgCheck(b8) { const w = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * w[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
function usccValid(u) { return u.length === 18 && [...u].every((c) => UA.includes(c)) && usccCheck(u.slice(0, 17)) === u[17] && orgCheck(u.slice(8, 16)) === u[16]; }
function genUscc(region, kind = '91') {
  let body = '';
  if (chance(0.7)) { body = 'MA' + pick('0123456789'.split('')); for (let i = 0; i < 5; i++) body += pick(UA.split('')); }
  else body = digits(8);
  const b17 = kind + region + body + orgCheck(body);
  return b17 + usccCheck(b17);
}

// ---------------------------------------------------------------- names
const parsePy = (s) => [...s.matchAll(/([\u4e00-\u9fa5]+)([a-z]+)/g)].map((m) => [m[1], m[2]]);
const SUR = parsePy('王wang李li张zhang刘liu陈chen杨yang黄huang赵zhao吴wu周zhou徐xu孙sun马ma朱zhu胡hu郭guo何he高gao林lin罗luo郑zheng梁liang谢xie宋song唐tang许xu韩han冯feng邓deng曹cao彭peng曾zeng肖xiao田tian董dong袁yuan潘pan于yu蒋jiang蔡cai余yu杜du叶ye程cheng苏su魏wei吕lv丁ding任ren沈shen姚yao卢lu姜jiang崔cui钟zhong谭tan陆lu汪wang范fan金jin石shi廖liao贾jia夏xia韦wei付fu方fang白bai邹zou孟meng熊xiong秦qin邱qiu江jiang尹yin薛xue闫yan段duan雷lei侯hou龙long史shi陶tao黎li贺he顾gu毛mao郝hao龚gong邵shao万wan钱qian严yan覃qin武wu戴dai莫mo孔kong向xiang常chang关guan易yi文wen安an');
const CSUR = parsePy('欧阳ouyang上官shangguan皇甫huangfu令狐linghu诸葛zhuge司徒situ司马sima申屠shentu夏侯xiahou慕容murong尉迟yuchi长孙zhangsun东方dongfang公孙gongsun宇文yuwen端木duanmu西门ximen南宫nangong独孤dugu呼延huyan钟离zhongli闻人wenren赫连helian澹台tantai轩辕xuanyuan完颜wanyan拓跋tuoba');
const GIV = parsePy('伟wei芳fang娜na敏min静jing丽li强qiang磊lei军jun洋yang勇yong艳yan杰jie娟juan涛tao明ming超chao秀xiu霞xia平ping刚gang桂gui英ying华hua建jian文wen辉hui玲ling鹏peng浩hao宇yu婷ting欣xin雪xue琳lin晨chen阳yang颖ying博bo凯kai峰feng斌bin志zhi国guo红hong海hai成cheng东dong子zi梓zi涵han轩xuan泽ze睿rui思si雨yu佳jia嘉jia俊jun毅yi琪qi慧hui晓xiao丹dan倩qian亮liang飞fei永yong春chun立li新xin振zhen德de兰lan云yun波bo宏hong荣rong昊hao天tian诗shi梦meng若ruo可ke彤tong瑶yao璐lu楠nan帆fan旭xu然ran锋feng翔xiang坤kun晶jing莉li萍ping燕yan玉yu青qing梅mei兵bing彬bin炜wei宁ning乐le康kang鑫xin淑shu芬fen珍zhen卫wei忠zhong奕yi铭ming');
const UYG = parsePy('买买提maimaiti艾力aili阿不都abudu热合曼reheman吐尔逊tuerxun艾克拜尔aikebaier帕尔哈提paerhati麦麦提maimaiti依明yiming阿卜杜拉abudula努尔nuer阿迪力adili肉孜rouzi亚森yasen古丽guli阿依古丽ayiguli迪娜dina米热mire再娜甫zainafu热依拉reyila');
const TIB = parsePy('扎西zhaxi次仁ciren卓玛zhuoma格桑gesang达瓦dawa央金yangjin旦增danzeng拉姆lamu平措pingcuo多吉duoji');
const MON = parsePy('巴特尔bateer乌兰wulan其其格qiqige斯琴siqin朝鲁chaolu额尔敦eerdun苏日娜surina那顺nashun');
function genName() {
  const r = rnd();
  if (r < 0.035) { const a = pick(UYG), b = pick(UYG); const dot = wpick([['·', 17], ['•', 2], ['．', 1]]); return { name: a[0] + dot + b[0], sur: null, py: [a[1], b[1]], region: pick(['650102', '650104', '652101', '653101']) }; }
  if (r < 0.05) { const a = pick(TIB), b = pick(TIB); return { name: a[0] + b[0], sur: null, py: [a[1], b[1]], region: pick(['540102', '540103']) }; }
  if (r < 0.06) { const a = pick(MON); return { name: a[0], sur: null, py: [a[1]], region: pick(['150102', '150105', '152502']) }; }
  const s = r < 0.11 ? pick(CSUR) : SUR[Math.floor(SUR.length * Math.pow(rnd(), 1.7))];
  const g = [pick(GIV)]; if (chance(0.68)) g.push(pick(GIV));
  return { name: s[0] + g.map((x) => x[0]).join(''), sur: s[0], py: [s[1], ...g.map((x) => x[1])] };
}

// ---------------------------------------------------------------- places, stores, vehicles
const CITIES = [
  ['深圳', '粤B', '0755', '440300', ['福田区', '南山区', '宝安区', '龙岗区', '罗湖区']], ['广州', '粤A', '020', '440100', ['天河区', '越秀区', '海珠区', '白云区']],
  ['东莞', '粤S', '0769', '441900', ['南城街道', '东城街道', '长安镇']], ['佛山', '粤E', '0757', '440600', ['禅城区', '南海区', '顺德区']],
  ['北京', '京', '010', '110000', ['朝阳区', '海淀区', '丰台区', '东城区']], ['上海', '沪', '021', '310000', ['浦东新区', '徐汇区', '闵行区', '静安区']],
  ['杭州', '浙A', '0571', '330100', ['西湖区', '上城区', '拱墅区']], ['苏州', '苏E', '0512', '320500', ['姑苏区', '工业园区', '吴中区']],
  ['南京', '苏A', '025', '320100', ['玄武区', '鼓楼区', '江宁区']], ['武汉', '鄂A', '027', '420100', ['江岸区', '武昌区', '洪山区']],
  ['成都', '川A', '028', '510100', ['锦江区', '武侯区', '高新区']], ['西安', '陕A', '029', '610100', ['碑林区', '雁塔区', '未央区']],
  ['天津', '津', '022', '120000', ['和平区', '河西区', '南开区']], ['重庆', '渝', '023', '500000', ['渝中区', '江北区', '九龙坡区']],
  ['长沙', '湘A', '0731', '430100', ['芙蓉区', '岳麓区', '雨花区']], ['郑州', '豫A', '0371', '410100', ['金水区', '二七区', '中原区']],
  ['青岛', '鲁B', '0532', '370200', ['市南区', '市北区', '崂山区']], ['沈阳', '辽A', '024', '210100', ['和平区', '沈河区', '皇姑区']],
  ['兰州', '甘A', '0931', '620100', ['城关区', '七里河区']], ['石家庄', '冀A', '0311', '130100', ['长安区', '桥西区']], ['合肥', '皖A', '0551', '340100', ['蜀山区', '包河区']],
].map(([n, p, a, r, ds]) => ({ n, p, a, r, ds, zip: { 深圳: '518', 广州: '510', 东莞: '523', 佛山: '528', 北京: '100', 上海: '200', 杭州: '310', 苏州: '215', 南京: '210', 武汉: '430', 成都: '610', 西安: '710', 天津: '300', 重庆: '400', 长沙: '410', 郑州: '450', 青岛: '266', 沈阳: '110', 兰州: '730', 石家庄: '050', 合肥: '230' }[n] }));
const ROADS = ['建设路', '人民路', '中山大道', '解放路', '新华街', '滨河大道', '科技园南路', '迎宾大道', '和平里', '光明巷', '学府路', '长江路'];
const ESTATES = ['阳光花园', '翠湖苑', '锦绣家园', '万科城', '碧桂园', '金色港湾', '御景华庭', '幸福里小区', '恒大名都', '保利香槟'];
const PLACE_TRAPS = [['河北省张家口市桥东区', '张家口'], ['北京市东城区王府井大街', '王府井'], ['河南省周口市川汇区', '周口'], ['安徽省黄山市屯溪区', '黄山'], ['成都市高新区天府大道', '高新区'], ['江西省吉安市井冈山', '井冈山']];
function address(c) {
  if (chance(0.06)) { const [pre, trap] = pick(PLACE_TRAPS); X('place', trap); return `${pre}${ri(1, 300)}号${pick(ESTATES)}${ri(1, 20)}栋${ri(101, 2802)}室`; }
  return `${c.n}市${pick(c.ds)}${pick(ROADS)}${ri(1, 999)}号${pick(ESTATES)}${ri(1, 30)}栋${chance(0.5) ? ri(1, 4) + '单元' : ''}${ri(1, 33)}${pad(ri(1, 8), 2)}室`;
}
const STORE_WORDS = ['鹏骏', '恒通', '广物', '宝悦', '中升', '永达', '庞大', '骏德', '德众', '星辉', '瑞丰', '远通', '宏远', '锦程', '盛达', '通达', '汇众', '联众', '冠达', '粤海', '润东', '元通'];
const MODELS = [['丰田', ['凯美瑞', '卡罗拉', '汉兰达', 'RAV4荣放', '赛那'], ['LVG', 'LFM', 'LTV']], ['本田', ['雅阁', '思域', 'CR-V', '飞度', '奥德赛'], ['LHG', 'LVH']],
  ['大众', ['迈腾', '帕萨特', '朗逸', '途观L', 'ID.4'], ['LSV', 'LFV']], ['日产', ['轩逸', '天籁', '奇骏'], ['LGB']], ['比亚迪', ['汉EV', '秦PLUS DM-i', '宋PLUS', '海豹', '元PLUS'], ['LGX', 'LC0']],
  ['特斯拉', ['Model 3', 'Model Y'], ['LRW']], ['宝马', ['325Li', '530Li', 'X3'], ['LBV']], ['奔驰', ['C260L', 'E300L', 'GLC300L'], ['LE4']], ['奥迪', ['A4L', 'A6L', 'Q5L'], ['LFV']],
  ['吉利', ['星越L', '博越L', '帝豪'], ['L6T']], ['长安', ['CS75 PLUS', '逸动', 'UNI-V'], ['LS5']], ['别克', ['君越', '英朗', 'GL8'], ['LSG']], ['理想', ['L7', 'L9'], ['LW4']], ['五菱', ['宏光MINIEV', '缤果'], ['LZW']]];
const ENG = ['M20C', 'A25A', '2ZR', 'L15B', 'DKX', 'CUF', 'DPL', 'HR16', 'MR20', 'BYD472QA', '4G15', 'JLH-4G15TD', 'B48B20A', 'M274', 'EA888', 'TZ220XS', 'LJ469Q', 'G4FG'];
const VINT = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
const VINW = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const VYEAR = (y) => (y <= 2009 ? String(y - 2000) : 'ABCDEFGHJKLMNPRS'[y - 2010]);
const VCH = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
function genVin(wmi, year) {
  let vds = ''; const allDig = chance(0.35);
  for (let i = 0; i < 5; i++) vds += allDig ? ri(0, 9) : pick(VCH.split(''));
  const rest = VYEAR(year) + (chance(0.5) ? ri(0, 9) : pick('ABCDEFGHJKLMNPRSTUVWXYZ'.split(''))) + digits(6);
  const v = wmi + vds + '0' + rest; let s = 0;
  for (let i = 0; i < 17; i++) s += (/\d/.test(v[i]) ? +v[i] : VINT[v[i]]) * VINW[i];
  const c = s % 11 === 10 ? 'X' : String(s % 11);
  return wmi + vds + c + rest;
}
const PL = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
function genPlate(c, sep) {
  const pre = c.p.length === 1 ? c.p + pick('ABCEFGHJKLMNPQ'.split('')) : c.p;
  let body;
  if (chance(0.28)) body = pick(['D', 'F']) + (chance(0.5) ? pick(PL.split('')) : ri(0, 9)) + digits(4);
  else { body = ''; for (let i = 0; i < 5; i++) body += chance(0.22) ? pick(PL.split('')) : ri(0, 9); }
  return pre + sep + body;
}

// ---------------------------------------------------------------- decoy generators (all checked by safe())
function badRun(r) {
  const L = r.length;
  if (L === 11 && /^1[3-9]/.test(r)) return true;
  if (L === 18 && idValid(r)) return true;
  if (L >= 16 && L <= 19 && luhnOk(r) && /^(4|5|62|81)/.test(r)) return true;
  if (L === 15 && legacyLike(r)) return true;
  return false;
}
function lookalikes(text) { // values in text that a detector could fairly report
  const t = text.normalize('NFKC'), out = [];
  for (const m of t.matchAll(/\d+/g)) if (badRun(m[0])) out.push(m[0]);
  for (const m of t.matchAll(/(?<![0-9A-Za-z])\d{17}[Xx](?![0-9A-Za-z])/g)) if (idValid(m[0].toUpperCase())) out.push(m[0]);
  for (const m of t.matchAll(/(?<![0-9A-Za-z])[0-9A-Z]{18}(?![0-9A-Za-z])/g)) if (usccValid(m[0])) out.push(m[0]);
  for (const m of t.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g)) out.push(m[0]);
  return out;
}
function safe(fn) { for (let i = 0; i < 200; i++) { const t = fn(); if (lookalikes(t).length === 0) return t; } throw new Error('safe(): cannot make decoy'); }
const ymd = () => { const y = ri(2021, 2025), m = ri(1, 12); return [y, m, ri(1, dim(y, m))]; };
const ts14 = () => { const [y, m, d] = ymd(); return `${y}${pad(m, 2)}${pad(d, 2)}${pad(ri(7, 21), 2)}${pad(ri(0, 59), 2)}${pad(ri(0, 59), 2)}`; };
const DEC = {
  vin: (old, wmi) => safe(() => genVin(wmi || pick(pick(MODELS)[2]), old ? ri(2004, 2016) : ri(2015, 2025))),
  engine: () => safe(() => pick(ENG) + (chance(0.2) ? '-' : '') + digits(ri(6, 8))),
  policy: () => safe(() => pick([
    () => `PDAA${ri(2023, 2025)}${pick(['4403', '4401', '3101', '1101', '3301', '5101'])}${digits(ri(10, 12))}`,
    () => `PDZA${ri(2023, 2025)}${pick(['4403', '4419', '3205', '4201'])}${digits(10)}`,
    () => `1${pick(['05', '06', '18'])}${digits(17)}`,
    () => `AGUZ${pick(['A', 'B', 'D'])}${ri(2023, 2025)}${pick(['B', 'Q'])}${digits(12)}`,
    () => `6${digits(21)}`,
    () => `${ri(2023, 2025)}${pick(['DA', 'JQ', 'SY'])}${digits(14)}`])()),
  contract: (t) => safe(() => pick(t === 'loan' ? [
    () => `(${ri(2022, 2025)})${pick(['粤', '京', '沪', '浙', '苏', '川'])}车贷字第${pad(ri(1, 9999), 5)}号`,
    () => `QCJR-${ri(2022, 2025)}${digits(8)}`, () => `DK${ri(2022, 2025)}${digits(10)}`] : [
    () => `ESC-${ri(2022, 2025)}-${pad(ri(1, 12), 2)}${pad(ri(1, 28), 2)}-${pad(ri(1, 999), 4)}`,
    () => `HT${ymd().map((x) => pad(x, 2)).join('')}${pad(ri(1, 999), 3)}`, () => `XS-${digits(2)}${pad(ri(1, 12), 2)}-${digits(5)}`])()),
  workorder: () => safe(() => pick([() => `WO${ts14().slice(2, 8)}${digits(4)}`, () => `RO-${ri(2201, 2512)}-${pad(ri(1, 99999), 5)}`, () => `GD${ts14()}`, () => `${pick(['BY', 'WX', 'SG'])}${ri(2023, 2025)}${digits(6)}`])()),
  mileage: () => pick([() => `${ri(1, 189).toLocaleString('en-US')},${pad(ri(0, 999), 3)} km`, () => `${ri(1200, 189000)}公里`, () => `${(ri(5, 250) / 10).toFixed(1)}万公里`, () => `${ri(1200, 189000)}km`])(),
  partprice: () => pick([() => `¥${ri(25, 2800)}.00`, () => `${ri(25, 2800)}元`, () => `${ri(25, 2800)}.${pad(ri(0, 99), 2)}`])(),
  price: () => pick([() => `¥${ri(35, 689)},${pad(ri(0, 9) * 100, 3)}.00`, () => `${(ri(350, 6890) / 100).toFixed(2)}万元`, () => `${ri(35, 689)}${pad(ri(0, 99) * 10, 3)}元`, () => `RMB ${ri(35000, 689000)}`])(),
  archive: (c) => safe(() => `${c.r.slice(0, 4)}${pad(ri(0, 99), 2)}${digits(6)}`),
  regcert: () => safe(() => `${pick(['44', '11', '31', '33', '32'])}${pad(ri(0, 99), 2)}${digits(8)}`),
  jqx: () => safe(() => pick([() => `${ri(2023, 2025)}${pick(['44', '31', '11', '33'])}${digits(9)}`, () => `JQX${ri(23, 25)}${digits(10)}`])()),
  part: () => safe(() => pick([() => `${pad(ri(1, 99), 2)}${pick(['L', 'K', 'A', 'G'])}${digits(6)}${pick(['', 'A', 'B', 'D'])}`, () => `${digits(5)}-${pick(['YZZA1', '0T010', '0R010', '47030'])}`,
    () => `${ri(10000, 99999)}-${pick(['RTA', 'T2A', '5PA'])}-${pad(ri(1, 999), 3)}`, () => `A${digits(10)}`, () => `${pick(['BYD', 'SC', 'JL'])}-${digits(7)}-${pick(['00', '01'])}`])()),
  hotline: () => safe(() => pick([() => `400-${ri(600, 899)}-${digits(4)}`, () => `400${ri(600, 899)}${digits(4)}`, () => `400 ${ri(600, 899)} ${digits(4)}`, () => `800-${ri(800, 899)}-${digits(4)}`])()),
  ts: () => { const [y, m, d] = ymd(); return wpick([[() => `${y}-${pad(m, 2)}-${pad(d, 2)} ${pad(ri(7, 21), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`, 6], [() => `${y}/${m}/${d} ${pad(ri(7, 21), 2)}:${pad(ri(0, 59), 2)}`, 2], [() => ts14(), 2], [() => `${ri(1700000000, 1759999999)}${digits(3)}`, 1.2]])(); },
  etccard: () => safe(() => pick([() => `${pick(['4401', '4403', '3201', '1101'])}${ri(19, 25)}${digits(14)}`, () => `${pick(['44', '32', '11'])}${digits(14)}`])()),
  obu: () => safe(() => pick([() => Array.from({ length: 16 }, () => pick('0123456789ABCDEF'.split(''))).join(''), () => `${pick(['4401', '3201', '5101'])}${digits(12)}`])()),
  violation: () => safe(() => pick([() => `${pick(['4403', '4401', '3101', '1101'])}${pad(ri(0, 99), 2)}${digits(10)}`, () => `${pick(['粤', '京', '沪'])}公交决字〔${ri(2023, 2025)}〕第${digits(7)}号`])()),
  txn: () => safe(() => pick([() => `${ts14()}${digits(ri(4, 8))}`, () => `4200${digits(24)}`, () => `${ymd().map((x) => pad(x, 2)).join('')}${digits(ri(8, 11))}`])()),
  corpacct: () => safe(() => pick([() => `${pick(['44050', '4420', '3705', '1101'])}${digits(ri(15, 17))}`, () => `4000${digits(15)}`, () => `${digits(3)}${pad(ri(0, 99), 2)}${digits(15)}`])()),
  custno: () => safe(() => pick([() => `KH${digits(8)}`, () => `C${ri(2019, 2025)}${digits(6)}`, () => `VIP${digits(7)}`, () => `${ri(2, 9)}${digits(9)}`, () => `CRM-${digits(6)}`])()),
  order: () => safe(() => `${ymd().map((x) => pad(x, 2)).join('')}${digits(10)}`),
  monthcard: () => safe(() => pick([() => `YK${ri(2023, 2025)}-${pad(ri(1, 9999), 5)}`, () => `MC${digits(8)}`, () => `${pad(ri(1, 999), 6)}`])()),
  invoice: () => safe(() => pick([() => `${pick(['0', '1'])}${pick(['44', '31', '11'])}${digits(9)}`, () => `${digits(8)}`, () => `${ri(24, 25)}${pick(['44', '31', '11'])}${digits(16)}`])()),
  transport: () => safe(() => `${pick(['粤交运管深字', '京交运管许可网字', '沪交运管网字', '浙杭运管网字'])}${digits(12)}号`),
  driverno: () => safe(() => pick([() => `DR${ri(2023, 2025)}${digits(5)}`, () => `SJ-${digits(6)}`])()),
  rescueno: () => safe(() => pick([() => `JY${ts14()}`, () => `RSA-${ri(24, 25)}${digits(7)}`])()),
  imei: () => safe(() => { const b = '86' + digits(12); for (let c = 0; c < 10; c++) if (luhnOk(b + c)) return b + c; }),
  iccid: () => safe(() => '898604' + digits(14)),
  filename: () => pick(['IMG_' + ts14().slice(0, 8) + '_' + ts14().slice(8) + '.jpg', '身份证正反面.jpg', 'logo@2x.png', 'car_front@3x.png', 'icon@2x.png', 'banner@2x.jpg']),
};
const maskMob = (m) => pick([() => m.slice(0, 3) + '****' + m.slice(7), () => m.slice(0, 3) + 'xxxx' + m.slice(7), () => m.slice(0, 3) + '*****' + m.slice(8)])();
const maskId = (id) => pick([() => id.slice(0, 4) + '**********' + id.slice(14), () => id.slice(0, 6) + '********' + id.slice(14), () => id.slice(0, 3) + '*'.repeat(11) + id.slice(14), () => id.slice(0, 1) + '*'.repeat(16) + id.slice(17)])();
const maskCard = (c) => pick([() => c.slice(0, 6) + '******' + c.slice(-4), () => c.slice(0, 4) + ' **** **** ' + c.slice(-4), () => '**** **** **** ' + c.slice(-4)])();
const maskName = (p) => p.sur ? pick([() => p.sur + '*'.repeat([...p.name].length - p.sur.length), () => p.sur + '某', () => p.sur + '某某', () => p.sur + '**']) () : [...p.name][0] + '**';

// ---------------------------------------------------------------- documents & labelling helpers
let D = null;
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.C = new Map(); this.X = new Map(); this.raws = []; }
}
const ent = (det, value, raw) => { D.E.set(det + '\u0001' + value, { detector: det, value }); D.raws.push({ det, value, raw, t: 'E' }); return raw; };
const dc = (det, value, raw) => { D.C.set(det + '\u0001' + value, { detector: det, value }); D.raws.push({ det, value, raw, t: 'C' }); return raw; };
const X = (kind, text) => { D.X.set(kind + '\u0001' + text, { kind, text }); return text; };

function person(c, o = {}) {
  const nm = genName(); const male = chance(0.58);
  const local = REGIONS.filter((r) => r.startsWith(c.r.slice(0, c.r.endsWith('0000') ? 2 : 4)));
  const region = nm.region || (local.length && chance(0.6) ? pick(local) : pick(REGIONS));
  const y = ri(o.y1 || 1958, o.y2 || 2004), m = ri(1, 12), d = ri(1, dim(y, m));
  return { ...nm, male, y, id: genId(region, y, m, d, male), mobile: genMobile(), c, _card: null, _email: null };
}
const cardOf = (p) => p._card || (p._card = genCard());
const FREE = [['qq.com', 6], ['163.com', 5], ['126.com', 2], ['sina.com', 1], ['foxmail.com', 1], ['yeah.net', 0.5], ['sohu.com', 0.5], ['aliyun.com', 0.5], ['outlook.com', 1], ['gmail.com', 0.8], ['139.com', 0.8], ['189.cn', 0.4], ['hotmail.com', 0.5]];
function emailOf(p, dom) {
  if (p._email && !dom) return p._email;
  const [s, ...g] = p.py; const gi = g.map((x) => x[0]).join(''); const y2 = String(p.y).slice(2);
  let e;
  if (dom) e = pick([s + gi, g.join('') + '.' + s, s + g.join(''), s + '.' + g.join('')]) + '@' + dom;
  else {
    const d = wpick(FREE);
    if (d === 'qq.com' && chance(0.55)) e = `${ri(10000, 3999999999)}@qq.com`;
    else if ((d === '139.com' || d === '189.cn') && chance(0.6)) e = `${p.mobile}@${d}`;
    else e = pick([() => s + g.join('') + (chance(0.5) ? p.y : ''), () => g.join('') + pick(['.', '_', '']) + s, () => s[0] + gi + ri(10, 9999), () => s + '_' + g.join('') + y2, () => pick(['tony', 'kevin', 'lucky', 'cindy', 'amy', 'jack', 'sunny', 'leo']) + '_' + s + ri(1, 999)])() + '@' + d;
  }
  if (!dom) p._email = e;
  return e;
}
// raw writers (register + return the written form)
function N(p, o = {}) {
  let raw = p.name;
  if (o.pad && [...p.name].length === 2 && chance(0.5)) raw = [...p.name].join(pick(['　', ' ', '  ']));
  return ent('person_name_zh', p.name, raw);
}
function titled(p, worker) { // 张先生 / 王女士 / 赵师傅 → dontCare surname
  if (!p.sur) return N(p);
  dc('person_name_zh', p.sur, p.sur);
  if (worker) return p.sur + pick(['师傅', '师傅', '工']);
  return p.sur + (p.male ? pick(['先生', '先生', '总', '哥']) : pick(['女士', '女士', '小姐', '姐']));
}
function nick(p) { // 小王 / 老李 / 王姐 → dontCare as written
  if (!p.sur || p.sur.length > 1) return N(p);
  const v = pick([() => '小' + p.sur, () => '老' + p.sur, () => p.sur + (p.male ? '哥' : '姐')])();
  return dc('person_name_zh', v, v);
}
function fmtMob(m, st) {
  if (st === 'mix') st = wpick([['bare', 6], ['sp', 1], ['dash', 1], ['+86', 1], ['+86b', 0.5]]);
  const sp = `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
  switch (st) {
    case 'sp': return sp; case 'dash': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case '+86': return '+86 ' + sp; case '+86b': return '+86' + m; case '+86d': return '+86-' + m;
    case '0086': return '0086 ' + m; case 'fw': return fw(m); case 'p86': return '(+86)' + m;
    case '86': return '86' + m; case 'trunk': return '0' + m;
    default: return m;
  }
}
const mobStyle = () => wpick([['bare', 70], ['sp', 8], ['dash', 6], ['+86', 4], ['+86b', 2], ['+86d', 1.5], ['0086', 1.5], ['fw', 1.5], ['p86', 1], ['86', 0.5], ['trunk', 0.5], ['mix', 8]]);
const M = (m, st = 'bare') => ent('cn_mobile', m, fmtMob(m, st));
function fmtId(id, st) {
  if (st === 'lower') return id.replace('X', 'x');
  if (st === 'grp') return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
  if (st === 'fw') return fw(id);
  return id;
}
const idStyle = () => wpick([['bare', 85], ['lower', 7], ['grp', 4], ['fw', 1]]);
const I = (id, st = 'bare') => ent('cn_resident_id', id, fmtId(id, st));
const Legacy = (p) => ent('cn_resident_id', p.id, p.id.slice(0, 6) + p.id.slice(8, 17));
const B = (c, st = 'bare') => ent('bank_card', c, fmtCard(c, st));
function Em(e, st = 'as') {
  let raw = e;
  if (st === 'cap') { const [l, dm] = e.split('@'); raw = l.replace(/^[a-z]/, (x) => x.toUpperCase()).replace(/([._])([a-z])/, (a, b, c) => b + c.toUpperCase()) + '@' + dm; }
  if (st === 'upper') raw = e.toUpperCase();
  ent('email', e.toLowerCase(), raw);
  const loc = e.split('@')[0];
  if (/@(139\.com|189\.cn|wo\.cn)$/.test(e) && mobValid(loc)) ent('cn_mobile', loc, loc);
  return raw;
}
const emStyle = () => wpick([['as', 90], ['cap', 8], ['upper', 2]]);
const U = (u) => ent('cn_uscc', u, u);
const Ld = (v, st = 'dash') => ent('cn_landline', v, fmtLand(v, st));
const LdOrg = (v, st = 'dash') => dc('cn_landline', v, fmtLand(v, st));
const EmOrg = (e) => dc('email', e, e);
function Pass() { const v = chance(0.5) ? 'E' + digits(8) : 'E' + pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')) + digits(7); return ent('cn_passport', v, chance(0.1) ? v.toLowerCase() : v); }

function store(c = pick(CITIES)) {
  const md = pick(MODELS), w = pick(STORE_WORDS);
  const dom = pick(['pj', 'ht', 'gw', 'by', 'zs', 'yd', 'jd', 'dz', 'xh', 'rf', 'ytong', 'hy']) + pick(['-auto', '4s', 'motor', 'auto', '-' + pick(['toyota', 'honda', 'vw', 'bmw', 'byd'])]) + pick(['.com', '.com.cn', '.cn']);
  const st = { c, md, word: w, dom, name: `${c.n}${pick(['市', ''])}${w}${md[0]}汽车销售服务有限公司`, short: `${w}${md[0]}`, staff: [] };
  const n = ri(2, 5); for (let i = 0; i < n; i++) st.staff.push(person(c, { y1: 1975, y2: 2001 }));
  st.hotline = DEC.hotline(); st.board = genLand(c.a); st.uscc = genUscc(c.r);
  st.role = pick(['service', 'kefu', 'dcc', 'crm', 'info', 'sales', 'baoxian', 'fleet']) + '@' + dom;
  return st;
}
function company(c, type = 'lease') {
  const [w, wp] = pick(parsePy('鹏程pengcheng顺达shunda安行anxing畅途changtu捷运jieyun华运huayun驰远chiyuan易行yixing速通sutong恒泰hengtai悦行yuexing鸿运hongyun'));
  const reg = c.r.endsWith('0000') ? c.r.slice(0, 2) + '01' + pad(ri(1, 16), 2) : c.r.slice(0, 4) + pad(ri(2, 6), 2);
  const suf = { lease: pick(['汽车租赁有限公司', '汽车服务有限公司', '租车有限公司']), fleet: pick(['运输车队', '物流有限公司', '出租汽车有限公司', '客运有限公司']), dealer: pick(['二手车经纪有限公司', '汽车贸易有限公司', '二手车交易市场有限公司']), ride: pick(['出行科技有限公司', '网约车服务有限公司']) }[type];
  const name = `${c.n}${pick(['市', ''])}${w}${suf}`;
  return { name, uscc: chance(0.08) ? genUscc(reg, '92') : genUscc(chance(0.5) ? c.r : reg), contact: person(c, { y1: 1968, y2: 1998 }), legal: person(c, { y1: 1960, y2: 1990 }), board: genLand(c.a), role: pick(['fleet', 'admin', 'office', 'cw', 'hr', 'service']) + '@' + wp + pick(['', '-auto', 'zc', 'yun']) + pick(['.com', '.cn', '.com.cn']) };
}
function vehicle(c, o = {}) {
  const md = pick(MODELS); const vin = DEC.vin(o.old, pick(md[2])); const y = VYEAR; // model year from the VIN's 10th character
  const year = [...Array(22)].map((_, k) => 2004 + k).find((k) => y(k) === vin[9]);
  return { brand: md[0], model: pick(md[1]), plate: genPlate(c, o.sep ?? ''), vin, year, engine: DEC.engine() };
}
let FORCE = 0;
const rows = () => { if (FORCE) return FORCE; const r = rnd(); if (r < 0.12) return 1; if (r < 0.4) return ri(2, 6); if (r < 0.72) return ri(7, 20); if (r < 0.93) return ri(21, 45); return ri(46, 80); };
const plateSep = () => wpick([['', 6], ['·', 3], [' ', 1]]);
function fmtDate(st) { const [y, m, d] = ymd(); return { iso: `${y}-${pad(m, 2)}-${pad(d, 2)}`, slash: `${y}/${m}/${d}`, cn: `${y}年${m}月${d}日`, dot: `${y}.${pad(m, 2)}.${pad(d, 2)}` }[st]; }
const dateStyle = () => pick(['iso', 'iso', 'slash', 'cn', 'dot']);

// ---------------------------------------------------------------- tables
const dispW = (s) => { let w = 0; for (const ch of s) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1; return w; };
const layoutPick = () => wpick([['csv', 5], ['tsv', 4], ['pipe', 2], ['md', 2], ['space', 3], ['kv', 2], ['kvline', 2], ['numbered', 1]]);
function render(layout, H, Mx) {
  switch (layout) {
    case 'csv': return [H, ...Mx].map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n');
    case 'tsv': return [H, ...Mx].map((r) => r.join('\t')).join('\n');
    case 'pipe': { const s = pick(['|', ' | ']); return [H, ...Mx].map((r) => r.join(s)).join('\n'); }
    case 'md': return ['| ' + H.join(' | ') + ' |', '|' + H.map(() => '---').join('|') + '|', ...Mx.map((r) => '| ' + r.join(' | ') + ' |')].join('\n');
    case 'space': { const w = H.map((h, i) => Math.max(dispW(h), ...Mx.map((r) => dispW(r[i])))); const g = ri(2, 4); return [H, ...Mx].map((r) => r.map((c, i) => c + ' '.repeat(w[i] - dispW(c) + g)).join('').trimEnd()).join('\n'); }
    case 'kv': { const s1 = pick(['：', ': ', '：', '=']), s2 = pick(['\n\n', '\n----------\n', '\n']); return Mx.map((r, k) => (s2 === '\n' ? `【${k + 1}】\n` : '') + r.map((c, i) => (c ? H[i] + s1 + c : null)).filter(Boolean).join('\n')).join(s2); }
    case 'kvline': { const s1 = pick(['：', ':']), s2 = pick(['；', '，', '  ', ' | ']); return Mx.map((r) => r.map((c, i) => (c ? H[i] + s1 + c : null)).filter(Boolean).join(s2)).join('\n'); }
    default: { const s = pick([' ', '  ', '，', '、', '\t']), nb = pick(['.', '、', ')', '．']); return Mx.map((r, k) => `${k + 1}${nb} ` + r.filter(Boolean).join(s)).join('\n'); }
  }
}
function table(spec, R, o = {}) {
  let cols = spec.filter((c) => c.p === undefined || chance(c.p));
  if (chance(0.65)) cols = [...cols.filter((c) => c.front), ...shuffle(cols.filter((c) => !c.front))]; else cols = shuffle(cols);
  const layout = o.layout || layoutPick(); const ctx = { layout, pad: layout === 'space' && chance(0.6) };
  const H = cols.map((c) => pick(c.h));
  const Mx = R.map((r, i) => cols.map((c) => { const v = c.f(r, ctx, i); return v == null ? '' : String(v); }));
  if (layout !== 'numbered' && layout !== 'kv' && chance(0.45)) { H.unshift(pick(['序号', 'No.', '#', '行号', '编号'])); Mx.forEach((r, i) => r.unshift(String(i + 1))); }
  return render(layout, H, Mx);
}
function mailWrap(st, body, subj) {
  if (!chance(0.2)) return body;
  const s = pick(st.staff); const to = chance(0.5) ? EmOrg(st.role) : Em(emailOf(pick(st.staff), st.dom));
  return `发件人：${N(s)} <${Em(emailOf(s, st.dom))}>\n收件人：${to}\n主题：${subj}\n\n各位好，${pick(['附件明细如下，请查收。', '名单贴在下面，请跟进。', '以下为本周数据，注意保密，勿外传。'])}\n\n${body}\n\n${N(s)}\n${st.name}\n${pick(['手机', 'Tel', '电话'])}：${M(s.mobile, pick(['bare', 'sp', 'dash']))}  ${pick(['总机', '座机', '前台'])}：${LdOrg(st.board, landStyle())}${chance(0.5) ? '转' + ri(801, 899) : ''}`;
}
function footer(st) {
  const f = [];
  if (chance(0.5)) f.push(`${pick(['服务热线', '客服热线', '24小时救援热线', '全国统一服务热线'])}：${X('hotline', st.hotline)}`);
  if (chance(0.35)) f.push(`${pick(['总机', '展厅电话', '前台'])}：${LdOrg(st.board, landStyle())}`);
  if (chance(0.4)) f.push(`导出时间：${X('timestamp', DEC.ts())}`);
  if (chance(0.15)) f.push(`${pick(['客服邮箱', '联系邮箱'])}：${EmOrg(st.role)}`);
  if (chance(0.08)) f.push(`图片资源：${X('filename', pick(['logo@2x.png', 'car_front@3x.png', 'icon@2x.png']))}`);
  return f.length ? '\n\n' + f.join(pick(['\n', '    ', ' | '])) : '';
}

// ---------------------------------------------------------------- kind generators
function g_s4_archive() {
  const st = store(), c = st.c, ms = chance(0.15) ? 'mix' : mobStyle(), is = idStyle(), sep = plateSep(), ds = dateStyle();
  const mM = chance(0.12), mI = chance(0.15), mN = chance(0.06);
  const R = Array.from({ length: rows() }, () => ({ p: person(c), co: chance(0.07) ? company(c) : null, car: vehicle(c, { sep }), adv: pick(st.staff) }));
  const spec = [
    { h: ['客户姓名', '车主', '车主姓名', '姓名', '客户名称', '客户'], front: 1, f: (r, x) => (r.co ? X('company_name', r.co.name) : mN ? X('masked_name', maskName(r.p)) : N(r.p, x)) },
    { h: ['手机', '手机号', '联系电话', '手机号码', '电话', 'Mobile'], front: 1, f: (r) => { const m = r.co ? r.co.contact.mobile : r.p.mobile; return mM ? X('masked_mobile', maskMob(m)) : M(m, ms); } },
    { h: ['身份证号', '证件号码', '身份证号码', '证件号', 'ID No.'], p: 0.8, f: (r) => (r.co ? U(r.co.uscc) : mI ? X('masked_id', maskId(r.p.id)) : I(r.p.id, is)) },
    { h: ['车牌号', '车牌', '车牌号码'], f: (r) => X('plate', r.car.plate) },
    { h: ['VIN', '车架号', 'VIN码', '车辆识别代号'], p: 0.85, f: (r) => X('vin', r.car.vin) },
    { h: ['车型', '品牌车型'], p: 0.6, f: (r) => r.car.brand + r.car.model },
    { h: ['购车日期', '开票日期', '交车日期'], p: 0.6, f: () => fmtDate(ds) },
    { h: ['邮箱', '电子邮箱', 'E-mail', 'Email'], p: 0.55, f: (r) => (r.co ? (chance(0.6) ? EmOrg(r.co.role) : '') : chance(0.85) ? Em(emailOf(r.p), emStyle()) : '') },
    { h: ['销售顾问', '专属顾问', '服务顾问'], p: 0.5, f: (r) => N(r.adv) },
    { h: ['当前里程', '里程', '最近进厂里程'], p: 0.5, f: () => X('mileage', DEC.mileage()) },
    { h: ['联系地址', '地址', '家庭住址'], p: 0.25, f: (r) => address(c) },
    { h: ['家庭电话', '座机', '固定电话'], p: 0.15, f: (r) => (!r.co && chance(0.5) ? Ld(genLand(c.a), 'dash') : '') },
    { h: ['开票价', '成交价'], p: 0.45, f: () => X('price', DEC.price()) },
    { h: ['发动机号'], p: 0.35, f: (r) => X('engine_no', r.car.engine) },
    { h: ['客户编号', '客户ID', '会员卡号', 'DMS编号'], p: 0.5, f: () => X('customer_no', DEC.custno()) },
    { h: ['商业险保单号', '保单号'], p: 0.25, f: () => X('policy_no', DEC.policy()) },
    { h: ['购车合同号', '订单号'], p: 0.25, f: () => X('contract_no', DEC.contract()) },
  ];
  const body = `${st.name} ${pick(['客户档案导出', '保有客户明细', '基盘客户清单', 'DMS客户资料'])}（${pick(['内部资料', '仅限本店使用', '机密'])}）\n` + table(spec, shuffle(R)) + footer(st);
  return mailWrap(st, body, pick(['保有客户名单', '基盘客户导出', '客户档案']));
}

function g_maintenance() {
  const st = store(), c = st.c, sep = plateSep();
  if (chance(0.55)) { // single 结算单
    const p = person(c), car = vehicle(c, { sep, old: chance(0.3) }), adv = pick(st.staff), tech = person(c, { y1: 1975, y2: 2002 });
    const other = chance(0.35) ? person(c) : null; const co = chance(0.12) ? company(c) : null;
    const items = Array.from({ length: ri(1, 9) }, (_, i) => `${i + 1}  ${pick(['更换机油机滤', '更换空调滤芯', '更换刹车片（前）', '四轮定位', '更换火花塞', '更换蓄电池', '钣金喷漆（左前门）', '更换雨刮片', '清洗节气门', '更换轮胎'])}  ${X('part_no', DEC.part())}  x${ri(1, 4)}  ${X('price', DEC.partprice())}`);
    const L = [`${st.name}`, `${pick(['维修结算单', '保养委托书', '维修工单', '车辆维修派工单'])}`,
      `${pick(['工单号', '委托书号', '单号'])}：${X('work_order', DEC.workorder())}    开单时间：${X('timestamp', DEC.ts())}`,
      co ? `${pick(['客户名称', '车主单位'])}：${X('company_name', co.name)}  ${pick(['统一社会信用代码', '税号'])}：${U(co.uscc)}` : `${pick(['车主', '客户姓名', '车主姓名'])}：${N(p)}    ${pick(['联系电话', '手机', '电话'])}：${M(p.mobile, mobStyle())}`,
      other ? `送修人：${N(other)}  送修人电话：${M(other.mobile)}` : (co ? `送修人：${N(co.contact)}  电话：${M(co.contact.mobile)}` : null),
      `车牌号：${X('plate', car.plate)}  ${pick(['VIN', '车架号'])}：${X('vin', car.vin)}  发动机号：${X('engine_no', car.engine)}`,
      `车型：${car.brand}${car.model}  进厂里程：${X('mileage', DEC.mileage())}  ${chance(0.4) ? '行驶证档案编号：' + X('archive_no', DEC.archive(c)) : ''}`,
      `${pick(['服务顾问', '接待顾问'])}：${N(adv)}  ${pick(['维修技师', '技师', '主修'])}：${chance(0.7) ? N(tech) : nick(tech)}`,
      `维修项目 / 配件编码 / 数量 / 金额：`, ...items,
      `合计：${X('price', DEC.partprice())}  ${pick([() => '付款方式：微信', () => '付款方式：银联刷卡 卡号 ' + X('masked_card', maskCard(cardOf(p))), () => '付款方式：会员卡扣款', () => '挂账'])()}`,
      chance(0.3) ? `发票代码：${X('invoice_code', DEC.invoice())}` : null,
      chance(0.25) && !co ? `电子发票接收邮箱：${Em(emailOf(p))}` : null,
      `客户签字：________   下次保养里程：${X('mileage', DEC.mileage())}`];
    return L.filter(Boolean).join('\n') + footer(st);
  }
  const ms = mobStyle(), mM = chance(0.1);
  const R = Array.from({ length: rows() }, () => ({ p: person(c), car: vehicle(c, { sep }), adv: pick(st.staff) }));
  const spec = [
    { h: ['工单号', '委托书号', 'RO号'], front: 1, f: () => X('work_order', DEC.workorder()) },
    { h: ['车主', '客户', '送修人', '客户姓名'], front: 1, f: (r, x) => N(r.p, x) },
    { h: ['电话', '联系电话', '手机'], f: (r) => (mM ? X('masked_mobile', maskMob(r.p.mobile)) : M(r.p.mobile, ms)) },
    { h: ['车牌', '车牌号'], f: (r) => X('plate', r.car.plate) },
    { h: ['VIN', '车架号'], p: 0.7, f: (r) => X('vin', r.car.vin) },
    { h: ['进厂里程', '里程'], p: 0.7, f: () => X('mileage', DEC.mileage()) },
    { h: ['维修类型', '业务类型'], p: 0.6, f: () => pick(['首保', '常规保养', '一般维修', '事故车', '索赔', '钣喷']) },
    { h: ['结算金额', '金额'], p: 0.6, f: () => X('price', DEC.price()) },
    { h: ['服务顾问', 'SA'], p: 0.6, f: (r) => N(r.adv) },
    { h: ['客户编号', '会员号'], p: 0.3, f: () => X('customer_no', DEC.custno()) },
    { h: ['进厂时间', '开单时间'], p: 0.5, f: () => X('timestamp', DEC.ts()) },
    { h: ['身份证号', '证件号'], p: 0.2, f: (r) => I(r.p.id) },
    { h: ['邮箱'], p: 0.15, f: (r) => (chance(0.7) ? Em(emailOf(r.p)) : '') },
  ];
  return mailWrap(st, `${st.short} ${pick(['维修记录', '保养进厂明细', '工单台账', '售后回访名单'])} ${fmtDate('iso')}\n` + table(spec, R) + footer(st), '售后进厂明细');
}

function g_insurance_renewal() {
  const st = store(), c = st.c, ms = chance(0.15) ? 'mix' : mobStyle(), is = idStyle(), sep = plateSep(), ds = dateStyle(), mI = chance(0.12), mM = chance(0.08);
  const R = Array.from({ length: rows() }, () => ({ p: person(c), ph: chance(0.15) ? person(c) : null, co: chance(0.1) ? company(c, pick(['lease', 'fleet'])) : null, car: vehicle(c, { sep }), ag: pick(st.staff) }));
  const spec = [
    { h: ['被保险人', '被保人', '客户名称', '车主'], front: 1, f: (r, x) => (r.co ? X('company_name', r.co.name) : N(r.p, x)) },
    { h: ['证件号码', '身份证号', '被保险人证件号', '证件号'], front: 1, f: (r) => (r.co ? U(r.co.uscc) : mI ? X('masked_id', maskId(r.p.id)) : I(r.p.id, is)) },
    { h: ['联系电话', '手机号', '电话'], f: (r) => { const m = r.co ? r.co.contact.mobile : r.p.mobile; return mM ? X('masked_mobile', maskMob(m)) : M(m, ms); } },
    { h: ['投保人'], p: 0.25, f: (r, x) => (r.ph ? N(r.ph, x) : '同被保险人') },
    { h: ['车牌号', '号牌号码'], f: (r) => X('plate', r.car.plate) },
    { h: ['车架号', 'VIN'], p: 0.6, f: (r) => X('vin', r.car.vin) },
    { h: ['商业险保单号', '上年保单号', '保单号'], p: 0.8, f: () => X('policy_no', DEC.policy()) },
    { h: ['交强险保单号'], p: 0.3, f: () => X('policy_no', DEC.policy()) },
    { h: ['交强险标志号', '标志号'], p: 0.2, f: () => X('jqx_mark', DEC.jqx()) },
    { h: ['到期日', '保险到期日', '终保日期'], f: () => fmtDate(ds) },
    { h: ['上年保费', '保费'], p: 0.5, f: () => X('price', `${ri(950, 12800)}.${pad(ri(0, 99), 2)}`) },
    { h: ['电子保单邮箱', '邮箱', 'Email'], p: 0.55, f: (r) => (r.co ? (chance(0.5) ? EmOrg(r.co.role) : '') : chance(0.85) ? Em(emailOf(r.p), emStyle()) : '') },
    { h: ['续保专员', '跟进人', '续保顾问'], p: 0.45, f: (r) => N(r.ag) },
    { h: ['客户编号', '续保任务号'], p: 0.4, f: () => X('customer_no', DEC.custno()) },
    { h: ['承保公司'], p: 0.4, f: () => pick(['人保财险', '平安产险', '太平洋产险', '国寿财险', '大地保险']) },
    { h: ['退费账户', '返利账户'], p: 0.1, f: (r) => (r.co ? '' : B(cardOf(r.p))) },
  ];
  return mailWrap(st, `${pick(['车险续保名单', '续保跟进表', '到期未续清单', '次月到期保单'])}（${st.short}）\n` + table(spec, R) + footer(st), '续保名单');
}

function g_used_car_contract() {
  const c = pick(CITIES), sep = plateSep(), car = vehicle(c, { sep, old: true }), mkt = company(c, 'dealer');
  const seller = person(c, { y1: 1960, y2: 1998 }), buyer = person(pick([c, c, pick(CITIES)]), { y1: 1968, y2: 2004 });
  const sCo = chance(0.2) ? company(c, 'dealer') : null; const bPass = chance(0.15); const agent = chance(0.3) ? person(c) : null;
  const cs = cardStyle(), ms = mobStyle(), legacy = !sCo && seller.y < 1980 && chance(0.25);
  const party = (role, p, co, pay) => {
    const L = [];
    if (co) {
      L.push(`${role}：${X('company_name', co.name)}`, `统一社会信用代码：${U(co.uscc)}`, `法定代表人：${N(co.legal)}  经办人：${N(co.contact)}  联系电话：${M(co.contact.mobile, ms)}`);
      L.push(`单位电话：${LdOrg(co.board, landStyle())}  开户行：${pick(BANKS)}${c.n}分行  对公账号：${X('corporate_account', DEC.corpacct())}`);
    } else {
      L.push(`${role}：${N(p)}   性别：${p.male ? '男' : '女'}`);
      if (role.includes('买') && bPass) L.push(`证件类型：护照  证件号码：${Pass()}`);
      else L.push(`${pick(['身份证号', '身份证号码', '证件号码', '公民身份号码'])}：${role.includes('卖') && legacy ? Legacy(p) + '（旧证）' : I(p.id, idStyle())}`);
      L.push(`联系电话：${M(p.mobile, ms)}${chance(0.15) ? '  备用电话：' + Ld(genLand(c.a), landStyle()) : ''}`, `住址：${address(p.c)}`);
      L.push(`${pay}：户名 ${N(p)}  ${pick(BANKS)}${p.c.n}${pick(['分行', '支行营业部', '科技园支行', '城东支行'])}  卡号 ${B(cardOf(p), cs)}`);
      if (chance(0.35)) L.push(`电子邮箱：${Em(emailOf(p), emStyle())}`);
    }
    return L.join('\n');
  };
  const L = [pick(['二手车买卖合同', '二手车交易合同（示范文本）', '旧机动车买卖协议']), `合同编号：${X('contract_no', DEC.contract())}`,
    party(pick(['甲方（卖方）', '卖方', '出卖人']), seller, sCo, '收款账户'), '', party(pick(['乙方（买方）', '买方', '买受人']), buyer, null, '付款账户'), '',
    `${pick(['居间方', '交易市场'])}：${X('company_name', mkt.name)}  统一社会信用代码：${U(mkt.uscc)}${agent ? `  经纪人：${N(agent)} ${M(agent.mobile)}` : ''}`,
    `一、车辆基本情况`, `品牌型号：${car.brand}${car.model}  号牌号码：${X('plate', car.plate)}  车辆识别代号：${X('vin', car.vin)}`,
    `发动机号：${X('engine_no', car.engine)}  登记证书编号：${X('reg_cert_no', DEC.regcert())}  初次登记日期：${car.year}-${pad(ri(1, 12), 2)}  表显里程：${X('mileage', DEC.mileage())}`,
    chance(0.5) ? `行驶证档案编号：${X('archive_no', DEC.archive(c))}  交强险保单号：${X('policy_no', DEC.policy())}` : null,
    `二、成交价格：人民币 ${X('price', DEC.price())}（含过户手续费），定金 ${X('price', pick(['¥5,000.00', '¥2,000.00', '10000元', '¥3,000']))}`,
    `三、付款方式：乙方通过银行转账支付至甲方上述账户，交易流水号以银行回单为准（${X('txn_no', DEC.txn())}）。`,
    `四、甲方保证车辆无抵押、无查封，无重大事故、泡水、火烧。`, `五、过户手续于签约后${ri(3, 15)}个工作日内在${c.n}市车辆管理所办理。`,
    `甲方签字：${sCo ? X('company_name', sCo.name) + '（盖章）' : N(seller)}    乙方签字：${N(buyer)}    签订日期：${fmtDate(dateStyle())}`,
    chance(0.3) ? `监督电话：${X('hotline', DEC.hotline())}` : null];
  return L.filter((x) => x !== null).join('\n');
}

function g_car_loan() {
  const c = pick(CITIES), st = store(c), ms = mobStyle(), is = idStyle(), cs = cardStyle(), sep = plateSep(), toDealer = chance(0.3), mC = chance(0.08);
  const fin = pick(['上汽通用汽车金融', '丰田汽车金融', '大众汽车金融', '平安银行汽车金融事业部', '微众银行车贷', '比亚迪汽车金融']);
  const R = Array.from({ length: rows() }, () => ({ p: person(c, { y1: 1965, y2: 2003 }), co: chance(0.12) ? person(c) : null, car: vehicle(c, { sep }) }));
  const spec = [
    { h: ['借款人', '借款人姓名', '主贷人', '客户姓名'], front: 1, f: (r, x) => N(r.p, x) },
    { h: ['身份证号', '借款人证件号', '证件号码'], front: 1, f: (r) => I(r.p.id, is) },
    { h: ['手机号', '联系电话', '手机'], f: (r) => M(r.p.mobile, ms) },
    { h: ['共同借款人', '共借人'], p: 0.2, f: (r, x) => (r.co ? N(r.co, x) : '') },
    { h: ['共借人电话'], p: 0.1, f: (r) => (r.co ? M(r.co.mobile, ms) : '') },
    { h: ['合同编号', '贷款合同号'], p: 0.8, f: () => X('contract_no', DEC.contract('loan')) },
    { h: ['放款金额', '贷款金额'], f: () => X('price', `${ri(3, 45)}${pad(ri(0, 9) * 1000, 4)}.00`) },
    { h: ['申请编号', '进件编号', '客户号'], p: 0.5, f: () => X('customer_no', DEC.custno()) },
    { h: ['期数', '贷款期限'], p: 0.6, f: () => pick(['12', '24', '36', '48', '60']) + pick(['', '期']) },
    { h: ['收款账号', '放款卡号', '还款卡号', '银行卡号'], f: (r) => (toDealer ? X('corporate_account', DEC.corpacct()) : mC ? X('masked_card', maskCard(cardOf(r.p))) : B(cardOf(r.p), cs)) },
    { h: ['开户行', '开户银行'], p: 0.6, f: () => pick(BANKS) },
    { h: ['车架号', 'VIN'], p: 0.7, f: (r) => X('vin', r.car.vin) },
    { h: ['放款流水号', '交易流水'], p: 0.6, f: () => X('txn_no', DEC.txn()) },
    { h: ['放款日期'], p: 0.6, f: () => fmtDate('iso') },
    { h: ['发动机号'], p: 0.3, f: (r) => X('engine_no', r.car.engine) },
    { h: ['车牌号'], p: 0.4, f: (r) => X('plate', r.car.plate) },
    { h: ['经销商'], p: 0.3, f: () => X('company_name', st.name) },
    { h: ['邮箱'], p: 0.15, f: (r) => Em(emailOf(r.p)) },
  ];
  const head = `${fin} ${pick(['放款清单', '放款明细', '已放款客户列表', '车贷放款通知'])}\n${toDealer ? `收款单位：${X('company_name', st.name)}  统一社会信用代码：${U(st.uscc)}\n` : ''}`;
  return mailWrap(st, head + table(spec, R) + (chance(0.4) ? `\n\n放款专员：${N(pick(st.staff))}  ${X('hotline', st.hotline)}` : ''), '放款清单');
}

function g_violation_agent() {
  const c = pick(CITIES), sep = plateSep(), ms = mobStyle(), is = idStyle();
  if (chance(0.25)) { // single order chat-like note
    const p = person(c), car = vehicle(c, { sep });
    return [`【违章代办订单】${X('order_no', DEC.order())}`, `车主：${N(p)}  手机：${M(p.mobile, ms)}`, `车牌：${X('plate', car.plate)}  车架号后六位：${car.vin.slice(-6)}  发动机号后六位：${car.engine.slice(-6)}`,
      `驾驶证号：${I(p.id, is)}  档案编号：${X('archive_no', DEC.archive(c))}`, `违章：${pick(['闯红灯', '超速20%以下', '违停', '不按导向车道行驶'])}  扣${pick([0, 1, 3, 6])}分 罚款${pick([100, 150, 200])}元`,
      `决定书编号：${X('violation_no', DEC.violation())}`, `代办费：${X('price', pick(['¥80.00', '120元', '¥150']))}  付款：${chance(0.5) ? '微信' : '银行卡 ' + B(cardOf(p), cardStyle())}`, chance(0.5) ? `下单时间：${X('timestamp', DEC.ts())}` : ''].filter(Boolean).join('\n');
  }
  const R = Array.from({ length: rows() }, () => ({ p: person(c), car: vehicle(c, { sep }) }));
  const spec = [
    { h: ['车主', '姓名', '当事人'], front: 1, f: (r, x) => N(r.p, x) },
    { h: ['车牌号', '号牌'], front: 1, f: (r) => X('plate', r.car.plate) },
    { h: ['手机', '联系电话'], f: (r) => M(r.p.mobile, ms) },
    { h: ['驾驶证号', '驾驶证号码', '驾驶证号（身份证）'], p: 0.75, f: (r) => I(r.p.id, is) },
    { h: ['违法时间'], p: 0.7, f: () => X('timestamp', DEC.ts()) },
    { h: ['违法地点'], p: 0.5, f: () => pick(['滨海大道与沙河西路交叉口', '广深高速K35+200', '北环大道香蜜湖立交', '人民路口', '绕城高速K12'])},
    { h: ['决定书编号', '违法编号'], p: 0.6, f: () => X('violation_no', DEC.violation()) },
    { h: ['罚款', '罚款金额'], p: 0.7, f: () => pick(['100', '150', '200', '500']) },
    { h: ['扣分'], p: 0.6, f: () => pick(['0', '1', '3', '6']) },
    { h: ['订单号', '委托编号'], p: 0.3, f: () => X('customer_no', DEC.custno()) },
    { h: ['代办费'], p: 0.5, f: () => X('price', `${ri(5, 30) * 10}元`) },
    { h: ['发动机号'], p: 0.2, f: (r) => X('engine_no', r.car.engine) },
    { h: ['邮箱'], p: 0.1, f: (r) => Em(emailOf(r.p)) },
  ];
  return `${pick(['违章代办登记表', '代缴罚款名单', '违章处理委托清单'])} ${fmtDate('iso')}\n` + table(spec, R) + (chance(0.3) ? `\n客服：${X('hotline', DEC.hotline())}` : '');
}

function g_etc() {
  const c = pick(CITIES), sep = plateSep(), ms = mobStyle(), is = idStyle(), cs = cardStyle();
  const bank = pick(BANKS);
  if (chance(0.35)) {
    const p = person(c), car = vehicle(c, { sep });
    return [`${pick(['ETC办理申请表', 'ETC线上办理记录', `${bank}ETC记账卡申办登记`])}`, `申请人：${N(p)}  证件类型：居民身份证  证件号码：${I(p.id, is)}`, `手机号：${M(p.mobile, ms)}  ${chance(0.3) ? '邮箱：' + Em(emailOf(p), emStyle()) : ''}`,
      `车牌号码：${X('plate', car.plate)}  车牌颜色：${pick(['蓝色', '渐变绿色', '黄色'])}  车辆识别代号：${X('vin', car.vin)}`, `绑定扣款卡：${bank} ${B(cardOf(p), cs)}`,
      `OBU编号：${X('obu_no', DEC.obu())}  ETC卡号：${X('etc_card_no', DEC.etccard())}`, `办理时间：${X('timestamp', DEC.ts())}  办理网点：${c.n}${pick(['科技园', '城东', '高新', '中心'])}支行  经办：${chance(0.6) ? N(person(c)) : '自助'}`,
      chance(0.4) ? `邮寄地址：${address(c)}` : ''].filter(Boolean).join('\n');
  }
  const R = Array.from({ length: rows() }, () => ({ p: person(c), car: vehicle(c, { sep }) }));
  const mC = chance(0.1);
  const spec = [
    { h: ['客户姓名', '姓名', '持卡人'], front: 1, f: (r, x) => N(r.p, x) },
    { h: ['身份证号', '证件号码'], f: (r) => I(r.p.id, is) },
    { h: ['手机号', '预留手机'], f: (r) => M(r.p.mobile, ms) },
    { h: ['车牌号'], f: (r) => X('plate', r.car.plate) },
    { h: ['绑定银行卡', '扣款卡号', '签约卡号', '银行卡号'], f: (r) => (mC ? X('masked_card', maskCard(cardOf(r.p))) : B(cardOf(r.p), cs)) },
    { h: ['车架号', 'VIN'], p: 0.5, f: (r) => X('vin', r.car.vin) },
    { h: ['OBU号', 'OBU编号'], p: 0.75, f: () => X('obu_no', DEC.obu()) },
    { h: ['ETC卡号', '粤通卡号', '卡片编号'], p: 0.75, f: () => X('etc_card_no', DEC.etccard()) },
    { h: ['办理时间', '激活时间'], p: 0.6, f: () => X('timestamp', DEC.ts()) },
    { h: ['签约流水号', '客户号', '申请单号'], p: 0.4, f: () => X('customer_no', DEC.custno()) },
    { h: ['办理渠道'], p: 0.4, f: () => pick(['网点', '手机银行', '微信小程序', '4S店代办']) },
    { h: ['邮箱'], p: 0.15, f: (r) => (chance(0.7) ? Em(emailOf(r.p)) : '') },
  ];
  return `${bank}${c.n}分行 ${pick(['ETC办理明细', 'ETC签约客户清单', 'ETC激活记录'])}\n` + table(spec, R);
}

function g_test_drive() {
  const st = store(), c = st.c, ms = mobStyle(), is = idStyle();
  const R = Array.from({ length: rows() }, () => ({ p: person(c, { y1: 1965, y2: 2005 }), adv: pick(st.staff), pass: chance(0.08) }));
  const spec = [
    { h: ['日期', '试驾时间', '到店时间'], front: 1, f: () => X('timestamp', DEC.ts()) },
    { h: ['客户姓名', '姓名', '试驾人'], front: 1, f: (r, x) => N(r.p, x) },
    { h: ['手机', '联系电话', '手机号'], f: (r) => M(r.p.mobile, ms) },
    { h: ['驾驶证号', '驾照号', '证件号码'], p: 0.8, f: (r) => (r.pass ? Pass() : I(r.p.id, is)) },
    { h: ['试驾车型', '意向车型'], f: () => `${st.md[0]}${pick(st.md[1])}` },
    { h: ['试驾车牌'], p: 0.6, f: () => X('plate', genPlate(c, '')) },
    { h: ['销售顾问', '接待顾问', '陪驾'], p: 0.8, f: (r) => N(r.adv) },
    { h: ['意向等级', '级别'], p: 0.5, f: () => pick(['H', 'A', 'B', 'C']) },
    { h: ['邮箱', 'E-mail'], p: 0.3, f: (r) => (chance(0.7) ? Em(emailOf(r.p), emStyle()) : '') },
    { h: ['来源'], p: 0.4, f: () => pick(['自然到店', '懂车帝', '汽车之家', '老客户推荐', '抖音']) },
    { h: ['登记单号', '线索编号'], p: 0.4, f: () => X('order_no', DEC.order()) },
    { h: ['试驾前里程', '里程表'], p: 0.4, f: () => X('mileage', `${ri(1200, 35000)}km`) },
  ];
  return mailWrap(st, `${st.short} ${pick(['试驾登记表', '试驾预约名单', '到店试驾记录'])}\n` + table(spec, R) + footer(st), '试驾登记');
}

function g_parking() {
  const c = pick(CITIES), sep = plateSep(), ms = mobStyle(), mM = chance(0.1);
  const estate = pick(ESTATES); const mgmt = company(c, 'lease');
  const R = Array.from({ length: rows() }, () => ({ p: person(c), co: chance(0.06) ? company(c) : null, plate: X('plate', genPlate(c, sep)) }));
  const spec = [
    { h: ['房号', '房屋编号', '楼栋房号'], front: 1, f: () => `${ri(1, 20)}栋${ri(1, 33)}${pad(ri(1, 8), 2)}` },
    { h: ['车主', '业主姓名', '车主姓名', '姓名'], front: 1, f: (r, x) => (r.co ? X('company_name', r.co.name) : N(r.p, x)) },
    { h: ['车牌号', '车牌'], f: (r) => r.plate },
    { h: ['联系电话', '手机'], f: (r) => { const m = r.co ? r.co.contact.mobile : r.p.mobile; return mM ? X('masked_mobile', maskMob(m)) : M(m, ms); } },
    { h: ['月卡编号', '停车卡号', '月卡号'], p: 0.75, f: () => X('month_card_no', DEC.monthcard()) },
    { h: ['有效期至', '到期日期'], f: () => fmtDate(pick(['iso', 'slash'])) },
    { h: ['业主编号', '客户编号'], p: 0.3, f: () => X('customer_no', DEC.custno()) },
    { h: ['缴费金额', '月租'], p: 0.6, f: () => `${pick([150, 200, 280, 350, 400, 600])}${pick(['', '元'])}` },
    { h: ['最近进场', '最后入场时间'], p: 0.4, f: () => X('timestamp', DEC.ts()) },
    { h: ['车位号'], p: 0.4, f: () => `${pick(['B1', 'B2', 'A'])}-${ri(1, 480)}` },
    { h: ['发票抬头/税号', '开票税号'], p: 0.15, f: (r) => (r.co ? U(r.co.uscc) : '个人') },
    { h: ['电子发票邮箱', '邮箱'], p: 0.3, f: (r) => (r.co ? EmOrg(r.co.role) : chance(0.7) ? Em(emailOf(r.p)) : '') },
    { h: ['备注'], p: 0.3, f: (r) => pick([() => '', () => '第二辆车', () => '新能源', () => (r.co ? '' : `家属车，联系${titled(r.p)}`)])() },
  ];
  return `${estate}停车场 ${pick(['月卡车辆登记', '月租车名单', '固定车位车主信息'])}（${X('company_name', mgmt.name)}）\n` + table(spec, R) + (chance(0.4) ? `\n物业服务中心：${LdOrg(mgmt.board, landStyle())}` : '');
}

function g_ride_hailing() {
  const c = pick(CITIES), sep = plateSep(), ms = mobStyle(), is = idStyle(), cs = cardStyle(), co = company(c, 'ride'), fleet = company(c, 'lease');
  const same = chance(0.6);
  const R = Array.from({ length: rows() }, () => ({ p: person(c, { y1: 1962, y2: 2001 }), em: chance(0.5) ? person(c) : null, car: vehicle(c, { sep }) }));
  const spec = [
    { h: ['司机姓名', '驾驶员', '姓名'], front: 1, f: (r, x) => N(r.p, x) },
    { h: ['手机号', '手机', '联系电话'], front: 1, f: (r) => M(r.p.mobile, ms) },
    { h: ['身份证号', '身份证号码'], p: 0.85, f: (r) => I(r.p.id, is) },
    { h: ['驾驶证号', '驾驶证号码'], p: 0.5, f: (r) => I(r.p.id, is) },
    { h: ['网约车驾驶员证号', '从业资格证号'], p: 0.3, f: (r) => (same ? I(r.p.id, is) : X('driver_cert_no', DEC.driverno())) },
    { h: ['准驾车型'], p: 0.3, f: () => pick(['C1', 'C2', 'B2', 'A1']) },
    { h: ['车牌号', '车牌'], f: (r) => X('plate', r.car.plate) },
    { h: ['车型'], p: 0.5, f: (r) => r.car.brand + r.car.model },
    { h: ['VIN', '车架号'], p: 0.6, f: (r) => X('vin', r.car.vin) },
    { h: ['运输证号', '网络预约出租汽车运输证'], p: 0.5, f: () => X('transport_cert_no', DEC.transport()) },
    { h: ['收款银行卡', '提现卡号', '银行卡号'], p: 0.7, f: (r) => B(cardOf(r.p), cs) },
    { h: ['开户行'], p: 0.4, f: () => pick(BANKS) },
    { h: ['邮箱', 'Email'], p: 0.5, f: (r) => Em(emailOf(r.p), emStyle()) },
    { h: ['紧急联系人'], p: 0.35, f: (r, x) => (r.em ? N(r.em, x) : '') },
    { h: ['紧急联系电话', '紧急联系人电话'], p: 0.35, f: (r) => (r.em ? M(r.em.mobile, ms) : '') },
    { h: ['司机ID', '工号'], p: 0.6, f: () => X('driver_no', DEC.driverno()) },
    { h: ['注册时间', '入驻时间'], p: 0.4, f: () => X('timestamp', DEC.ts()) },
    { h: ['车载终端IMEI'], p: 0.15, f: () => X('imei', DEC.imei()) },
    { h: ['ICCID'], p: 0.08, f: () => X('iccid', DEC.iccid()) },
  ];
  const head = `${X('company_name', co.name)} ${pick(['司机花名册', '合规司机名单', '运力报备表', '驾驶员信息登记表'])}\n合作车队：${X('company_name', fleet.name)}  统一社会信用代码：${U(fleet.uscc)}  负责人：${N(fleet.contact)} ${M(fleet.contact.mobile, ms)}\n`;
  return head + table(spec, R) + (chance(0.3) ? `\n车队长：${nick(person(c))}  车队邮箱：${EmOrg(fleet.role)}` : '');
}

function g_rescue() {
  const c = pick(CITIES), sep = plateSep(), p = person(c), car = vehicle(c, { sep }), drv = person(c, { y1: 1968, y2: 1998 }), disp = person(c, { y1: 1980, y2: 2001 });
  const reporter = chance(0.3) ? person(c) : null; const short = chance(0.5);
  const who = short ? titled(p) : N(p);
  const L = [`【${pick(['道路救援派单', '救援调度单', '拖车派单', '事故救援记录'])}】${X('rescue_no', DEC.rescueno())}`,
    `报案时间：${X('timestamp', DEC.ts())}  受理：${N(disp)}`,
    `客户：${who}${reporter ? `（${pick(['朋友', '家属', '同事'])}${N(reporter)}代报，电话${M(reporter.mobile)}）` : ''}  联系电话：${M(p.mobile, mobStyle())}`,
    short && chance(0.5) ? `核实车主：${N(p)}，身份证${I(p.id)}` : null,
    `车牌：${X('plate', car.plate)}  车型：${car.brand}${car.model}  ${chance(0.5) ? 'VIN：' + X('vin', car.vin) : ''}`,
    `保险：${pick(['平安', '人保', '太平洋'])} 保单号 ${X('policy_no', DEC.policy())}`,
    `故障：${pick(['电瓶亏电无法启动', '左前轮爆胎', '追尾事故，前保险杠受损', '涉水熄火', '钥匙锁车内'])}  位置：${pick(['广深高速K35+200往深圳方向', '北四环东路辅路', '绕城高速K88应急车道', `${c.n}市${pick(c.ds)}${pick(ROADS)}${ri(1, 300)}号地库B2`])}`,
    `派车：${X('plate', genPlate(c, sep))} 司机 ${chance(0.5) ? titled(drv, true) : N(drv)} ${M(drv.mobile)}  预计${ri(15, 60)}分钟到达`,
    `里程：${X('mileage', DEC.mileage())}  拖往：${store(c).name}`,
    chance(0.3) ? `客户要求：${pick(['到达前先电话联系', '发短信告知车牌', '尽量快'])}，备用号码${M(genMobile(), 'bare')}（${pick(['客户本人', '客户爱人'])}）` : null,
    chance(0.3) ? `${pick(['系统显示', 'CRM显示'])}来电号码 ${X('masked_mobile', maskMob(p.mobile))}` : null,
    `回访：${pick(['已完成', '待回访'])}  救援热线 ${X('hotline', DEC.hotline())}`];
  return L.filter(Boolean).join('\n');
}

function g_transfer_form() {
  const c = pick(CITIES), sep = plateSep(), car = vehicle(c, { sep, old: true });
  const newO = chance(0.18) ? { co: company(c, pick(['lease', 'dealer'])) } : { p: person(c, { y1: 1965, y2: 2004 }) };
  const oldO = chance(0.15) ? { co: company(c, 'dealer') } : { p: person(c, { y1: 1950, y2: 1995 }) };
  const agent = chance(0.45) ? person(c) : null; const legacy = oldO.p && oldO.p.y < 1985 && chance(0.3);
  const block = (title, o, isOld) => {
    if (o.co) return [`${title}`, `  姓名/名称：${X('company_name', o.co.name)}`, `  身份证明名称：营业执照  号码：${U(o.co.uscc)}`, `  联系电话：${LdOrg(o.co.board, landStyle())}  经办人：${N(o.co.contact)} ${M(o.co.contact.mobile)}`].join('\n');
    const p = o.p;
    return [`${title}`, `  姓名/名称：${N(p)}`, `  身份证明名称：居民身份证  号码：${isOld && legacy ? Legacy(p) : I(p.id, idStyle())}`,
      `  邮寄地址：${address(c)}  邮政编码：${c.zip}${pad(ri(0, 99), 2)}0`,
      `  移动电话：${M(p.mobile, mobStyle())}  固定电话：${chance(0.35) ? Ld(genLand(c.a), landStyle()) : '无'}`, `  电子信箱：${chance(0.5) ? Em(emailOf(p), emStyle()) : '—'}`].join('\n');
  };
  const L = [pick(['机动车注册、转移、注销登记/转入申请表', '机动车转移登记申请表', '二手车过户申请表']), `申请事项：${pick(['转移登记', '转移登记（市内）', '转出登记'])}`,
    `号牌号码：${X('plate', car.plate)}  号牌种类：${pick(['小型汽车', '小型新能源汽车'])}  车辆识别代号：${X('vin', car.vin)}`,
    `登记证书编号：${X('reg_cert_no', DEC.regcert())}  档案编号：${X('archive_no', DEC.archive(c))}  发动机号：${X('engine_no', car.engine)}`,
    block(pick(['现机动车所有人', '机动车所有人（现）', '买方（现所有人）']), newO, false), block(pick(['原机动车所有人', '原所有人', '卖方（原所有人）']), oldO, true),
    agent ? `代理人：${N(agent)}  身份证明号码：${I(agent.id)}  联系电话：${M(agent.mobile)}` : `代理人：无`,
    `成交价格：${X('price', DEC.price())}  发票号码：${X('invoice_no', DEC.invoice())}`,
    `申请人签字：${newO.co ? '（单位盖章）' : N(newO.p)}  ${fmtDate('cn')}`,
    `受理岗：${pick(['车管所', '二手车交易市场服务站'])} 流水号 ${X('order_no', DEC.order())}`];
  return L.join('\n');
}

function g_wechat() {
  const st = store(), c = st.c, adv = pick(st.staff), p = person(c, { y1: 1968, y2: 2003 }), sp = chance(0.35) ? person(c) : null, car = vehicle(c, { sep: plateSep() });
  const nickC = pick(['阳光', 'Tony', '平安是福', '静待花开', 'Evan', '大海', '追风少年', 'Lucky', '一叶知秋', 'Sunny', '🍀四叶草', '老A']);
  let advLabel = pick([`${st.short}-${N(adv)}`, `销售顾问${N(adv)}`, `${N(adv)}(${st.short})`]);
  const msgs = []; const A = (t) => msgs.push([advLabel, t]); const Cm = (t) => msgs.push([nickC, t]);
  A(`${p.sur ? titled(p) : N(p)}您好，我是${st.short}的销售顾问${N(adv)}，${pick(['这是我的手机', '我电话'])}${M(adv.mobile, pick(['bare', 'sp', 'dash']))}，有事随时找我`);
  Cm(pick(['好的', '收到', '嗯嗯，订车需要什么资料？', '你好，上次试驾那台还有现车吗']));
  const blocks = shuffle(['id', 'card', 'email', 'car', 'spouse', 'mask', 'loan', 'file']).slice(0, ri(3, 7));
  for (const b of blocks) {
    if (b === 'id') { A(pick(['麻烦发一下身份证号，开合同和上牌要用', '开票需要您的身份证号码和手机号'])); Cm(`${N(p)} ${I(p.id, idStyle())}${chance(0.6) ? ' 电话' + M(p.mobile, mobStyle()) : ''}`); }
    if (b === 'card') { A(pick(['定金可以刷卡，也可以转账', '退款需要您本人的银行卡号'])); Cm(`${pick(['卡号', '用这张卡', '转这个卡'])} ${B(cardOf(p), cardStyle())} ${pick(BANKS)}${chance(0.5) ? ' 户名' + N(p) : ''}`); A(`收到，尾号${cardOf(p).slice(-4)}的卡，${X('price', pick(['¥5,000.00', '5000元', '¥10,000']))}已到账`); }
    if (b === 'email') { A('电子合同和发票发您邮箱？'); Cm(`发这个 ${Em(emailOf(p), emStyle())}`); }
    if (b === 'car') { A(`车已到店，车架号${X('vin', car.vin)}，合同编号${X('contract_no', DEC.contract())}，${pick(['周六', '明天下午', '月底前'])}可以交车`); if (chance(0.5)) A(`临牌/正式牌照：${X('plate', car.plate)}`); }
    if (b === 'spouse' && sp) { Cm(`车登记在我${pick(['老婆', '老公', '爸', '妹妹'])}名下，${N(sp)}，身份证${I(sp.id, idStyle())}，电话${M(sp.mobile, mobStyle())}`); A('好的，那合同甲方写她/他'); }
    if (b === 'mask') { A(`系统里您的预留号码是${X('masked_mobile', maskMob(p.mobile))}，身份证${X('masked_id', maskId(p.id))}，对吗？`); Cm(pick(['对', '是的', '对的没错'])); }
    if (b === 'loan') { A(`贷款的话月供大概${X('price', `${ri(18, 69)}${pad(ri(0, 99), 2)}元`)}，还款卡要绑一张一类卡`); Cm(`用这张 ${B(cardOf(p), cardStyle())}`); }
    if (b === 'file') { Cm(`[图片] ${X('filename', DEC.filename())}`); A('收到，证件照片很清晰'); }
  }
  if (chance(0.4)) A(`有问题也可以打我们热线${X('hotline', st.hotline)}或者展厅${LdOrg(st.board, landStyle())}`);
  const tsFmt = pick(['a', 'b', 'c']); let [y, m, d] = ymd(); let h = ri(9, 20), mi = ri(0, 50);
  const out = msgs.map(([who, t]) => { mi += ri(0, 6); if (mi > 59) { mi -= 60; h++; } const tt = `${pad(h, 2)}:${pad(mi, 2)}`;
    return tsFmt === 'a' ? `${who} ${y}/${m}/${d} ${tt}\n${t}` : tsFmt === 'b' ? `[${tt}] ${who}：${t}` : `${who}(${y}-${pad(m, 2)}-${pad(d, 2)} ${tt}:${pad(ri(0, 59), 2)})\n  ${t}`; });
  return `${pick(['微信聊天记录', '与客户聊天记录导出', '企业微信会话存档'])}（${st.short}）\n` + out.join('\n');
}

function g_fleet() {
  const c = pick(CITIES), co = company(c, pick(['lease', 'fleet'])), sep = plateSep(), ms = mobStyle(), is = idStyle(), cs = cardStyle();
  const head = [`${X('company_name', co.name)} ${pick(['车辆及驾驶员信息表', '车队车辆台账', '租赁车辆登记表', '大客户档案'])}`,
    `单位名称：${X('company_name', co.name)}`, `${pick(['统一社会信用代码', '社会信用代码', '纳税人识别号'])}：${U(co.uscc)}`,
    `法定代表人：${N(co.legal)}  联系人：${N(co.contact)}  手机：${M(co.contact.mobile, ms)}`,
    `单位电话：${LdOrg(co.board, landStyle())}  ${pick(['单位邮箱', '对接邮箱'])}：${EmOrg(co.role)}${chance(0.5) ? '  联系人邮箱：' + Em(emailOf(co.contact)) : ''}`,
    `开户行：${pick(BANKS)}${c.n}分行  对公账号：${X('corporate_account', DEC.corpacct())}`];
  const R = Array.from({ length: rows() }, () => ({ p: chance(0.85) ? person(c, { y1: 1962, y2: 2001 }) : null, car: vehicle(c, { sep }) }));
  const spec = [
    { h: ['车牌号', '车牌'], front: 1, f: (r) => X('plate', r.car.plate) },
    { h: ['车型', '品牌型号'], p: 0.7, f: (r) => r.car.brand + r.car.model },
    { h: ['VIN', '车架号', '车辆识别代号'], p: 0.8, f: (r) => X('vin', r.car.vin) },
    { h: ['发动机号'], p: 0.45, f: (r) => X('engine_no', r.car.engine) },
    { h: ['驾驶员', '司机', '使用人'], f: (r, x) => (r.p ? N(r.p, x) : '待分配') },
    { h: ['手机', '司机电话'], f: (r) => (r.p ? M(r.p.mobile, ms) : '') },
    { h: ['身份证号', '驾驶证号'], p: 0.7, f: (r) => (r.p ? I(r.p.id, is) : '') },
    { h: ['工资卡号', '银行卡号', '补贴卡号'], p: 0.45, f: (r) => (r.p ? B(cardOf(r.p), cs) : '') },
    { h: ['保单号'], p: 0.45, f: () => X('policy_no', DEC.policy()) },
    { h: ['ETC卡号'], p: 0.35, f: () => X('etc_card_no', DEC.etccard()) },
    { h: ['资产编号', '车辆编号'], p: 0.35, f: () => X('customer_no', DEC.custno()) },
    { h: ['年检到期'], p: 0.4, f: () => fmtDate('iso') },
    { h: ['邮箱'], p: 0.15, f: (r) => (r.p ? Em(emailOf(r.p)) : '') },
  ];
  return head.join('\n') + '\n\n' + table(spec, R);
}

// ---------------------------------------------------------------- build
const PLAN = [['s4_archive', g_s4_archive, 24], ['maintenance', g_maintenance, 22], ['insurance_renewal', g_insurance_renewal, 24], ['used_car_contract', g_used_car_contract, 22],
  ['car_loan', g_car_loan, 22], ['violation_agent', g_violation_agent, 20], ['etc', g_etc, 22], ['test_drive', g_test_drive, 20], ['parking', g_parking, 20],
  ['ride_hailing', g_ride_hailing, 22], ['rescue', g_rescue, 20], ['transfer_form', g_transfer_form, 20], ['wechat_chat', g_wechat, 24], ['fleet', g_fleet, 18]];
const docs = []; let dropped = 0;
for (const [kind, gen, n] of PLAN) {
  for (let i = 1; i <= n; i++) {
    D = new Doc(kind);
    FORCE = i === 3 ? 80 : i === 2 ? 1 : i === 4 ? 2 : 0;
    const text = gen();
    const E = [...D.E.values()];
    const eVals = new Set(E.map((e) => e.value));
    const C = [...D.C.values()].filter((x) => !eVals.has(x.value));
    const allV = new Set([...eVals, ...C.map((x) => x.value)]);
    const eRaw = D.raws.filter((r) => r.t === 'E').flatMap((r) => [r.value, r.raw]);
    const Xs = [...D.X.values()].filter((x) => { const bad = allV.has(x.text) || eRaw.some((v) => x.text.includes(v)); if (bad) dropped++; return !bad; });
    docs.push({ id: `vh-${kind}-${i}`, kind, text, entities: E, dontCare: C, decoys: Xs, _raws: D.raws });
  }
}

// ---------------------------------------------------------------- self-check
const errs = [];
const NORM = {
  cn_resident_id: (r) => { const s = r.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase(); return s.length === 15 ? (() => { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); })() : s; },
  cn_mobile: (r) => { let s = r.normalize('NFKC').replace(/\D/g, ''); if (s.startsWith('0086')) s = s.slice(4); else if (s.length === 13 && s.startsWith('86')) s = s.slice(2); else if (s.length === 12 && s.startsWith('0')) s = s.slice(1); return s; },
  cn_landline: (r) => { const s = r.normalize('NFKC').replace(/\D/g, ''); return s.startsWith('86') ? '0' + s.slice(2) : s; },
  email: (r) => r.normalize('NFKC').toLowerCase(),
  bank_card: (r) => r.replace(/\D/g, ''),
  cn_uscc: (r) => r.replace(/[\s-]/g, '').toUpperCase(),
  cn_passport: (r) => r.toUpperCase(),
  person_name_zh: (r) => r.replace(/[\s\u3000]/g, ''),
};
const VALID = {
  cn_resident_id: idValid, cn_mobile: mobValid, cn_landline: landValid,
  email: (v) => /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v),
  bank_card: (v) => /^\d{16,19}$/.test(v) && luhnOk(v), cn_uscc: usccValid,
  cn_passport: (v) => /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}|[DSP]E\d{7})$/.test(v),
  person_name_zh: (v) => /^[\u4e00-\u9fa5][\u4e00-\u9fa5·•．]{0,15}$/.test(v) && !/[·•．]$/.test(v),
};
const ids = new Set();
for (const d of docs) {
  const bad = (m) => errs.push(`${d.id}: ${m}`);
  if (ids.has(d.id)) bad('duplicate id'); ids.add(d.id);
  for (const l of [...d.entities, ...d.dontCare]) if (!VALID[l.detector] || !VALID[l.detector](l.value)) bad(`invalid ${l.detector} value ${l.value}`);
  for (const e of d.entities) if (e.detector === 'person_name_zh' && [...e.value].length < 2) bad(`entity name too short ${e.value}`);
  for (const r of d._raws) { if (!d.text.includes(r.raw)) bad(`raw not in text: ${r.raw}`); if (NORM[r.det](r.raw) !== r.value) bad(`raw ${r.raw} normalises to ${NORM[r.det](r.raw)} not ${r.value}`); }
  for (const l of [...d.entities, ...d.dontCare]) if (!d._raws.some((r) => r.det === l.detector && r.value === l.value)) bad(`label without raw ${l.value}`);
  const eV = new Set(d.entities.map((e) => e.value)), cV = new Set(d.dontCare.map((e) => e.value));
  if (new Set(d.entities.map((e) => e.detector + e.value)).size !== d.entities.length) bad('entities not unique');
  for (const v of cV) if (eV.has(v)) bad(`value both entity and dontCare: ${v}`);
  const eRaw = d._raws.filter((r) => r.t === 'E').flatMap((r) => [r.value, r.raw]);
  for (const x of d.decoys) {
    if (!d.text.includes(x.text)) bad(`decoy not in text: ${x.text}`);
    if (eV.has(x.text) || cV.has(x.text)) bad(`decoy equals label: ${x.text}`);
    for (const v of eRaw) if (x.text.includes(v)) bad(`decoy ${x.text} contains entity ${v}`);
  }
  // every look-alike in the text must be covered by a label's raw form or a decoy
  const cover = [...d._raws.map((r) => r.raw.normalize('NFKC')), ...d.decoys.map((x) => x.text.normalize('NFKC'))];
  for (const v of lookalikes(d.text)) if (!cover.some((c) => c.includes(v))) bad(`unlabelled look-alike: ${v}`);
}

// ---------------------------------------------------------------- write & summary
writeFileSync(OUT, docs.map(({ _raws, ...d }) => JSON.stringify(d)).join('\n') + '\n');
const perKind = {}, perDet = {}, perDc = {}, perDec = {}; let nE = 0, nX = 0;
for (const d of docs) {
  perKind[d.kind] = (perKind[d.kind] || 0) + 1;
  for (const e of d.entities) { perDet[e.detector] = (perDet[e.detector] || 0) + 1; nE++; }
  for (const e of d.dontCare) perDc[e.detector] = (perDc[e.detector] || 0) + 1;
  for (const x of d.decoys) { perDec[x.kind] = (perDec[x.kind] || 0) + 1; nX++; }
}
if (docs.length < 250) errs.push(`only ${docs.length} documents`);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((perDet[det] || 0) < 300) errs.push(`only ${perDet[det] || 0} ${det} entities`);
if (nX < nE) errs.push(`decoys ${nX} < entities ${nE}`);
const sizes = docs.map((d) => d.text.split('\n').length);
console.log(`wrote ${docs.length} documents to ${OUT}`);
console.log('documents per kind:', JSON.stringify(perKind));
console.log('entities per detector:', JSON.stringify(perDet), 'total', nE);
console.log('dontCare per detector:', JSON.stringify(perDc));
console.log('decoys per kind:', JSON.stringify(perDec), 'total', nX, `(dropped ${dropped} colliding decoys)`);
console.log(`lines per document: min ${Math.min(...sizes)} max ${Math.max(...sizes)}`);
if (errs.length) { console.error(`SELF-CHECK FAILED (${errs.length}):\n` + errs.slice(0, 40).join('\n')); process.exit(1); }
console.log('self-check: OK');
