#!/usr/bin/env node
/*
 * platforms.mjs: labelled test corpus for listguard's Chinese detectors.
 *
 * Theme: personal data in ONLINE PLATFORMS' ACCOUNT OPERATIONS (games, live
 * streaming, apps); id prefix "gm". Documents: 实名认证 records, 防沉迷 audits,
 * 账号申诉 tickets, 主播签约 rosters with settlement bank cards, 提现 lists,
 * 客服 chat transcripts, 未成年人退款 cases with guardians, 风控 ban exports,
 * esports 报名 team lists, admin JSON / CSV exports, application logs,
 * OCR of uploaded ID cards / bank cards, SMS verification logs, 公会 settlement
 * statements, internal ops mail, developer bug tickets.
 *
 * Usage:   node platforms.mjs OUT.jsonl
 *
 * Output: one JSON object per line:
 *   {"id":"gm-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must not be reported under any id
 *
 * Normalisation of values: cn_resident_id 18 chars, upper-case X (a legacy
 * 15-digit number is given as its 18-char upgrade); cn_mobile 11 digits (no
 * +86); cn_landline digits incl. the leading 0 and area code, no extension;
 * email lower-case (NFKC, so a full-width ＠ becomes @); bank_card digits
 * only; cn_passport / cn_uscc upper-case; person_name_zh as written, without
 * spaces or titles. Decoys keep their exact text as written.
 *
 * Deterministic: own PRNG (mulberry32) with a fixed seed; all data synthetic
 * (GB 11643 MOD 11-2 IDs with real dates and region codes, Luhn-valid cards
 * with real-looking IINs, GB 32100 USCCs with GB 11714 organisation check,
 * allocated mobile prefixes). Self-check at the end; exit 1 on failure.
 *
 * Written in session 26 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node platforms.mjs OUT.jsonl'); process.exit(2); }

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x6d260026);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const pad = (n, w) => String(n).padStart(w, '0');
const shuffle = (a) => { const b = a.slice(); for (let i = b.length - 1; i > 0; i--) { const j = ri(0, i); [b[i], b[j]] = [b[j], b[i]]; } return b; };
const wpick = (pairs) => { let t = 0; for (const [, w] of pairs) t += w; let r = rnd() * t; for (const [v, w] of pairs) { if ((r -= w) < 0) return v; } return pairs[pairs.length - 1][0]; };
// list length 1..80, skewed towards short lists
const rowsN = (max = 80) => Math.max(1, Math.min(max, 1 + Math.floor(max * Math.pow(rnd(), 2.3))));
const hex = (n, up = false) => { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[ri(0, 15)]; return up ? s.toUpperCase() : s; };
const fullWidth = (s) => s.replace(/[0-9A-Za-z@.+\-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));

// ---------------------------------------------------------------- check algorithms
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idCheck = (body17) => '10X98765432'[[...body17].reduce((s, d, i) => s + Number(d) * ID_W[i], 0) % 11];
const luhnOk = (s) => { let sum = 0, dbl = false; for (let i = s.length - 1; i >= 0; i--) { let d = s.charCodeAt(i) - 48; if (dbl) { d *= 2; if (d > 9) d -= 9; } sum += d; dbl = !dbl; } return sum % 10 === 0; };
const luhnComplete = (body) => { for (let c = 0; c <= 9; c++) if (luhnOk(body + c)) return body + c; throw new Error('luhn'); };
const USCC_A = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const usccCheck = (b17) => USCC_A[(31 - ([...b17].reduce((s, c, i) => s + USCC_A.indexOf(c) * USCC_W[i], 0) % 31)) % 31];
const ORG_W = [3, 7, 9, 10, 5, 8, 4, 2];
const orgCheck = (b8) => { const s = [...b8].reduce((a, c, i) => a + (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55) * ORG_W[i], 0); const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); };
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const dim = (y, m) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
const validDate = (y, m, d) => m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m);

// ---------------------------------------------------------------- reference tables
const REGIONS = ('110101东城区 110102西城区 110105朝阳区 110106丰台区 110108海淀区 110114昌平区 110103崇文区 110104宣武区 ' +
  '120101和平区 120104南开区 130102长安区 130104桥西区 140105小店区 150102新城区 210102和平区 210202中山区 220102南关区 ' +
  '230102道里区 310101黄浦区 310104徐汇区 310105长宁区 310112闵行区 310115浦东新区 320102玄武区 320106鼓楼区 320583昆山市 ' +
  '320505虎丘区 330102上城区 330106西湖区 330108滨江区 330203海曙区 330781兰溪市 340102瑶海区 340104蜀山区 350102鼓楼区 ' +
  '350203思明区 350581石狮市 360102东湖区 370102历下区 370202市南区 410102中原区 410105金水区 420102江岸区 420106武昌区 ' +
  '430102芙蓉区 430104岳麓区 440103荔湾区 440106天河区 440304福田区 440305南山区 441302惠城区 450102兴宁区 460105秀英区 ' +
  '500103渝中区 500107九龙坡区 510104锦江区 510107武侯区 520102南明区 530102五华区 540102城关区 610113雁塔区 610103碑林区 ' +
  '620102城关区 630102城东区 640104兴庆区 650102天山区').split(' ').map((s) => [s.slice(0, 6), s.slice(6)]);
const CITY_OF = Object.fromEntries(('1101北京 1201天津 1301石家庄 1401太原 1501呼和浩特 2101沈阳 2102大连 2201长春 2301哈尔滨 3101上海 3201南京 3205苏州 ' +
  '3301杭州 3302宁波 3307金华 3401合肥 3501福州 3502厦门 3505泉州 3601南昌 3701济南 3702青岛 4101郑州 4201武汉 4301长沙 4401广州 4403深圳 ' +
  '4413惠州 4501南宁 4601海口 5001重庆 5101成都 5201贵阳 5301昆明 5401拉萨 6101西安 6201兰州 6301西宁 6401银川 6501乌鲁木齐').split(' ').map((x) => [x.slice(0, 4), x.slice(4)]));
const REGION_SET = new Set(REGIONS.map((r) => r[0]));
const RETIRED = new Set(['110103', '110104']); // abolished 2010: only on IDs of people born before
const PROVINCES = new Set('11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83 91'.split(' '));

const MOBILE_PREFIX = [
  ...'130 131 132 133 134 135 136 137 138 139'.split(' ').map((p) => [p, 5]),
  ...'150 151 152 153 155 156 157 158 159'.split(' ').map((p) => [p, 4]),
  ...'180 181 182 183 184 185 186 187 188 189'.split(' ').map((p) => [p, 4]),
  ...'145 147 162 165 166 167 170 171 172 173 175 176 177 178 190 191 192 193 195 196 197 198 199'.split(' ').map((p) => [p, 1.2]),
];
const ALLOCATED = /^1(3\d|4[57]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9])/;
const DEMO_MOBILES = ['13800138000', '13912345678', '18888888888'];

const SURNAMES = ('王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he ' +
  '高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong ' +
  '袁yuan 潘pan 于yu 蒋jiang 蔡cai 余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong ' +
  '谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao 贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang ' +
  '尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 陶tao 黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 严yan 覃qin ' +
  '武wu 戴dai 莫mo 孔kong 向xiang 汤tang 常chang 温wen 康kang 施shi 牛niu 樊fan 葛ge 邢xing 安an 齐qi 易yi 乔qiao 岳yue ' +
  '柳liu 关guan').split(' ').map((s, i) => [s[0], s.slice(1), i < 10 ? 6 : i < 22 ? 3 : i < 60 ? 1.5 : 0.7]);
const COMPOUND = ['欧阳ouyang', '上官shangguan', '皇甫huangfu', '令狐linghu', '诸葛zhuge', '司徒situ', '司马sima', '慕容murong', '尉迟yuchi', '东方dongfang']
  .map((s) => [s.slice(0, 2), s.slice(2)]);
const TRAP_SURNAME = new Set('余付费易于关周方高金万白文常成安时向林何马史江石田叶程任华明和'.split(''));
const PY = {};
for (const [c, p] of SURNAMES) PY[c] = p;
const GIVEN_PY = ('伟wei 芳fang 娜na 秀xiu 英ying 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 娟juan 涛tao ' +
  '明ming 超chao 霞xia 平ping 刚gang 桂gui 兰lan 辉hui 鹏peng 华hua 飞fei 鑫xin 波bo 宇yu 浩hao 晨chen 文wen 博bo 嘉jia 佳jia ' +
  '俊jun 宏hong 建jian 国guo 志zhi 海hai 红hong 玉yu 梅mei 淑shu 春chun 燕yan 婷ting 雪xue 琳lin 颖ying 倩qian 晓xiao ' +
  '亮liang 斌bin 峰feng 凯kai 永yong 德de 立li 成cheng 庆qing 福fu 荣rong 金jin 生sheng 兵bing 林lin 玲ling 凤feng 翠cui ' +
  '琴qin 云yun 莉li 蕾lei 婉wan 旭xu 东dong 振zhen 威wei 宁ning 坤kun 松song 帆fan 岚lan 薇wei 蓉rong 毅yi 欢huan 家jia 瑞rui ' +
  '梓zi 涵han 子zi 轩xuan 一yi 诺nuo 欣xin 怡yi 雨yu 桐tong 思si 睿rui 宸chen 铭ming 瑶yao 彤tong 悦yue 妍yan 晴qing 语yu ' +
  '可ke 馨xin 墨mo 沐mu 阳yang 诗shi 熙xi 辰chen 逸yi 奕yi 锦jin 钰yu 航hang 乐le 琪qi 萱xuan 皓hao 泽ze 安an 然ran 昊hao 天tian')
  .split(' ');
for (const s of GIVEN_PY) PY[s[0]] = s.slice(1);
const ADULT_GIVEN = [...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰辉鹏华飞鑫波宇浩晨文博嘉佳俊宏建国志海红玉梅淑春燕婷雪琳颖倩晓亮斌峰凯永德立成庆福荣金生兵林玲凤翠琴云莉蕾婉旭东振威宁坤松帆岚薇蓉毅欢家瑞'];
const KID_GIVEN = [...'梓涵子轩一诺浩宇欣怡雨桐思睿宸铭瑶彤悦妍晴语可馨墨沐阳诗熙辰逸奕锦钰航乐嘉琪萱皓泽佳安然晨昊天'];
const MINORITY = [['买买提·艾力', 'maimaiti.aili'], ['阿依古丽·吐尔逊', 'ayiguli.tuerxun'], ['热依拉·买买提', 'reyila'], ['艾克拜尔·吾买尔', 'aikebaier.wumaier'],
  ['古丽米拉·阿不都', 'gulimila'], ['努尔兰·哈森', 'nuerlan.hasen'], ['迪丽娜尔·艾合买提', 'dilinaer'], ['扎西顿珠', 'zhaxi.dunzhu'], ['次仁卓玛', 'ciren.zhuoma'], ['阿卜杜拉·艾山', 'abudula.aishan']];
const WORD_BLACKLIST = new Set(['高明', '文明', '安静', '平安', '成功', '金华', '江山', '方明', '何平', '常明', '安宁', '明天', '于是', '关于', '周一', '马上']);

// static decoy pools ---------------------------------------------------------------
const NICKS = ['王者小明', '张三丰不老', '李白不白', '赵云七进七出', '孙尚香的猫', '诸葛不亮', '陈皮皮', '周末不加班', '林深见鹿', '江湖小虾米',
  '叶落无声', '夜雨声烦', '一只小团子', '苏苏今天也要加油', '王小二666', '老张卖瓜', '马上有钱', '高冷男神', '金币收割机', '李逍遥剑仙',
  '杨过与雕', '黄蓉的厨房', '韩信偷家', '项羽举鼎', '花木兰本兰', '张飞不飞', '貂蝉拜月', '刘大锤不锤', '唐僧肉好吃', '宋小宝贝', '郭靖的雕',
  '欧阳锋不疯', '慕容复国', '东方不败在此', '小鹿乱撞', '奶茶续命', '熬夜冠军', '不吃香菜', '暴躁老哥', '摸鱼达人', '阿狸不狸', '甜甜圈',
  '发财树', '猫猫头', '星河滚烫', '晚风与你', '清风徐来', '孤影剑客', '无敌小飞侠', '吴老二打野', '许仙不许', '徐公子胜治', '胡桃夹子',
  '罗小黑', '曹操说到', '秦始皇帝', '朱八戒', '冯宝宝', '何必呢', '程咬金三板斧', '沈默是金', '钱多多', '孙大圣', '周扒皮', '黄小厨',
  '谢谢你的爱1999', '蒋干盗书', '杜十娘', '夏天的风', '白开水', '董小姐', '吕布无双', '魏武遗风', '马超西凉', '姜子牙钓鱼'];
const STAGE_NAMES = ['林小鹿', '苏沐晴', '陈一一', '唐糖', '夏沫沫', '白露', '温柔', '安琪', '乔伊', '沈星河', '顾念', '叶子', '江小白', '许诺', '宋雨'];
const COMPANIES = ['杭州星辰互娱网络科技有限公司', '成都逐光文化传媒有限公司', '广州青柠互动娱乐有限公司', '北京极夜电竞文化有限公司',
  '上海萤火虫直播科技有限公司', '深圳小鹿互联网科技有限公司', '武汉夜航星文化传播有限公司', '厦门蓝鲸游戏有限公司', '南京繁星娱乐有限公司'];
const GUILDS = ['星耀传媒', '夜航星公会', '逐光文化', '蓝鲸娱乐', '萤火MCN', '银河互娱', '青柠传媒', '北斗星文化'];
const GAMES = ['山海御灵', '星穹战纪', '逐光之城', '剑影江湖', '幻域争锋', '萌宠大作战', '天际赛车', '九州仙途'];
const SERVERS = ['双线1区', '双线3区', '微信127区', 'QQ58区', '安卓精英服', 'iOS-天穹', '怀旧服·青云', '跨服竞技场'];
const ROLE_NAMES = ['剑影流光', '月下独酌', '孤城暮雪', '风起青萍', '一剑霜寒', '醉卧沙场', '星落长河', '听雨眠', '烈焰战神', '冰封王座'];
const CITIES = ['杭州', '成都', '广州', '深圳', '上海', '北京', '武汉', '南京', '西安', '长沙', '重庆', '苏州', '郑州', '济南', '合肥', '福州', '厦门', '昆明'];
const BRANCHES = ['西湖支行', '滨江支行', '天府支行', '科技园支行', '朝阳支行', '营业部', '中山路支行', '软件园支行', '东湖支行', '光谷支行'];
const SCHOOLS = ['浙江理工大学', '西南交通大学', '华南农业大学', '南京邮电大学', '西安电子科技大学', '武汉纺织大学', '湖南师范大学', '重庆邮电大学'];
const TEAMS = ['夜枭战队', 'Lynx电竞', '青云志', '破晓之光', '北极星', 'KOI-Youth', '零度战队', '烈火联盟', '星火燎原', 'Tiger_Gaming', '白夜', '逆风翻盘'];
const PLACES = ['张家口赛区', '周口分赛区', '黄山站', '高新区赛点', '李村线下赛点', '华东赛区', '西南赛区', '成都高新区赛点', '杭州滨江赛点', '王府井线下店'];
const JOBS = ['风控分析师', '运营专员', '客服主管', '主播经纪人', '财务专员', '实名审核员', '赛事执行', '数据分析师', '法务专员'];
const STAFF_ALIAS = ['小橙', '小雨', '阿紫', '小鹿', '糖糖', '晴天', '小北', '七七'];
const STAFF_DOMAINS = ['xingchen-games.com', 'staff.yeguang.cn', 'bluewhale-game.com', 'yinghuo.tv', 'jiye-esports.cn'];
const BANKS = [['中国工商银行', '622202', 19], ['中国工商银行', '621226', 19], ['中国建设银行', '621700', 19], ['中国建设银行', '622700', 19],
  ['中国农业银行', '622848', 19], ['中国农业银行', '623052', 19], ['中国银行', '621661', 19], ['中国银行', '621785', 19], ['招商银行', '622588', 16],
  ['招商银行', '621483', 16], ['交通银行', '622262', 19], ['中国邮政储蓄银行', '621799', 19], ['中国邮政储蓄银行', '622188', 19], ['兴业银行', '622909', 18],
  ['浦发银行', '622521', 16], ['中信银行', '621771', 16], ['平安银行', '622155', 16], ['民生银行', '621691', 16], ['广发银行', '622568', 16],
  ['招商银行(信用卡)', '439225', 16], ['中国银行(信用卡)', '524864', 16], ['建设银行(信用卡)', '436742', 16], ['工商银行(信用卡)', '552599', 16]];

// substrings of static pools must never become a generated person name
const FORBID = new Set();
for (const s of [...NICKS, ...STAGE_NAMES, ...COMPANIES, ...GUILDS, ...GAMES, ...SERVERS, ...ROLE_NAMES, ...CITIES, ...BRANCHES, ...SCHOOLS,
  ...TEAMS, ...PLACES, ...JOBS, ...Object.values(CITY_OF), ...REGIONS.map((r) => r[1]), ...STAFF_ALIAS, ...BANKS.map((b) => b[0])])
  for (let i = 0; i < s.length; i++) for (let l = 2; l <= 4 && i + l <= s.length; l++) FORBID.add(s.slice(i, i + l));

// ---------------------------------------------------------------- value generators
function genName(era = 'adult') {
  for (;;) {
    const r = rnd(); let nm, py;
    const gp = era === 'kid' ? KID_GIVEN : ADULT_GIVEN;
    if (r < 0.025 && era === 'adult') { [nm, py] = pick(MINORITY); return { name: nm, py: [py] }; }
    if (r < 0.06) { const [s, p] = pick(COMPOUND); const g = Array.from({ length: chance(0.6) ? 1 : 2 }, () => pick(gp)); nm = s + g.join(''); py = [p, g.map((c) => PY[c]).join('')]; }
    else {
      const s = wpick(SURNAMES.map((x) => [x[0], x[2]]));
      const n = TRAP_SURNAME.has(s) ? 2 : chance(era === 'kid' ? 0.85 : 0.6) ? 2 : 1;
      const g = Array.from({ length: n }, () => pick(gp)); if (g.length === 2 && g[0] === g[1] && chance(0.7)) continue;
      nm = s + g.join(''); py = [PY[s], g.map((c) => PY[c]).join('')];
    }
    if (FORBID.has(nm) || WORD_BLACKLIST.has(nm)) continue;
    return { name: nm, py };
  }
}
function genBirth(y0, y1) { const y = ri(y0, y1), m = ri(1, 12), d = ri(1, dim(y, m)); return [y, m, d]; }
function genId(y0, y1, opts = {}) {
  const [y, m, d] = genBirth(y0, y1);
  let reg; do reg = pick(REGIONS)[0]; while (RETIRED.has(reg) && y >= 2009);
  const body = reg + y + pad(m, 2) + pad(d, 2) + pad(ri(opts.legacy ? 0 : 1, 999), 3);
  return body + idCheck(body);
}
function genLegacyId() { // 15 digits: region + YYMMDD + seq, born 1950-1984
  const [y, m, d] = genBirth(1950, 1984); let reg; do reg = pick(REGIONS)[0]; while (false);
  return reg + String(y).slice(2) + pad(m, 2) + pad(d, 2) + pad(ri(1, 999), 3);
}
const upgradeLegacy = (s) => { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); };
function genMobile() { for (;;) { const m = wpick(MOBILE_PREFIX) + digits(8); if (!DEMO_MOBILES.includes(m)) return m; } }
function genCard(bank) { const [bn, iin, len] = bank || pick(BANKS); return { bank: bn, no: luhnComplete(iin + digits(len - iin.length - 1)) }; }
function genBadLuhnCard() { const [bn, iin, len] = pick(BANKS.filter((b) => b[1].startsWith('62'))); for (;;) { const s = iin + digits(len - 6); if (!luhnOk(s)) return { bank: bn, no: s }; } }
function genUscc(heads = [['91', 8], ['92', 1], ['52', 1], ['12', 1]]) {
  const head = wpick(heads);
  const reg = chance(0.5) ? pick(REGIONS)[0] : pick(REGIONS)[0].slice(0, 4) + '00';
  const alnum = USCC_A.slice(0, 10) + 'ABCDEFGHJKLMNPQRTUWXY';
  let org8; if (chance(0.7)) { org8 = 'MA' + Array.from({ length: 6 }, () => pick([...alnum])).join(''); } else org8 = digits(8);
  const b17 = head + reg + org8 + orgCheck(org8);
  return b17 + usccCheck(b17);
}
function genPassport() { return chance(0.5) ? 'E' + digits(8) : 'E' + pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ']) + digits(7); }
const LANDLINE_AREAS = [['010', 8], ['021', 8], ['020', 8], ['025', 8], ['027', 8], ['028', 8], ['029', 8], ['0571', 8], ['0755', 8], ['0512', 8], ['0532', 8], ['0931', 7]];
function genLandline() { const [a, n] = pick(LANDLINE_AREAS); return { area: a, sub: ri(2, 8) + digits(n - 1) }; }
function genQQ() { for (;;) { const q = String(ri(1, 9)) + digits(ri(4, 9)); if (!looksLikePII(q)) return q; } }

// pure-digit decoys must not be valid PII by format (fair decoys)
function looksLikePII(s) {
  if (!/^\d+$/.test(s)) return false;
  const L = s.length;
  if (L === 11 && /^1[3-9]/.test(s)) return true;
  if (L === 18 || (L === 17)) { if (PROVINCES.has(s.slice(0, 2))) { const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14); if (y >= 1900 && y <= 2025 && validDate(y, m, d)) return true; } }
  if (L === 15 && PROVINCES.has(s.slice(0, 2))) { const y = 1900 + +s.slice(6, 8), m = +s.slice(8, 10), d = +s.slice(10, 12); if (validDate(y, m, d)) return true; }
  if (L >= 16 && L <= 19 && /^(62|4|5[1-5]|81|60)/.test(s) && luhnOk(s)) return true;
  if (L >= 10 && L <= 12 && s[0] === '0') return true;
  return false;
}
function numDecoy(len, first = '123456789') { for (;;) { const s = pick([...first]) + digits(len - 1); if (!looksLikePII(s)) return s; } }

// ---------------------------------------------------------------- time
const T0 = Date.UTC(2023, 0, 1), T1 = Date.UTC(2025, 5, 28);
const rts = () => T0 + Math.floor(rnd() * (T1 - T0));
function fdt(ms, style = 'std') {
  const d = new Date(ms + 8 * 3600e3);
  const Y = d.getUTCFullYear(), M = pad(d.getUTCMonth() + 1, 2), D = pad(d.getUTCDate(), 2), h = pad(d.getUTCHours(), 2), m = pad(d.getUTCMinutes(), 2), s = pad(d.getUTCSeconds(), 2), ms3 = pad(d.getUTCMilliseconds(), 3);
  switch (style) {
    case 'date': return `${Y}-${M}-${D}`;
    case 'cn': return `${Y}年${+M}月${+D}日 ${h}:${m}`;
    case 'slash': return `${Y}/${M}/${D} ${h}:${m}`;
    case 'iso': return `${Y}-${M}-${D}T${h}:${m}:${s}.${ms3}+08:00`;
    case 'log': return `${Y}-${M}-${D} ${h}:${m}:${s}.${ms3}`;
    case 'compact': return `${Y}${M}${D}${h}${m}${s}`;
    case 'ymd': return `${Y}${M}${D}`;
    case 'hm': return `${h}:${m}:${s}`;
    default: return `${Y}-${M}-${D} ${h}:${m}:${s}`;
  }
}

// ---------------------------------------------------------------- written forms & normalisation
function fmtMobile(m, st) {
  const a = m.slice(0, 3), b = m.slice(3, 7), c = m.slice(7);
  switch (st) {
    case 'sp': return `${a} ${b} ${c}`;
    case 'dash': return `${a}-${b}-${c}`;
    case 'p86sp': return `+86 ${a} ${b} ${c}`;
    case 'p86': return `+86${m}`;
    case 'p86d': return `+86-${m}`;
    case '0086': return `0086 ${m}`;
    case 'par': return `(+86)${m}`;
    case '86': return `86${m}`;
    case 'fw': return fullWidth(m);
    default: return m;
  }
}
const mobStyle = () => wpick([['bare', 70], ['sp', 6], ['dash', 7], ['p86sp', 3], ['p86', 5], ['p86d', 3], ['0086', 2], ['par', 2]]);
function fmtId(id, st) {
  switch (st) {
    case 'lower': return id.replace('X', 'x');
    case 'sp': return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 'fw': return fullWidth(id);
    default: return id;
  }
}
const idStyle = (id) => (id.endsWith('X') && chance(0.35) ? 'lower' : chance(0.04) ? 'sp' : 'bare');
function fmtCard(c, st) {
  switch (st) {
    case 'sp4': return c.match(/.{1,4}/g).join(' ');
    case 'dash4': return c.match(/.{1,4}/g).join('-');
    case 'six': return c.slice(0, 6) + ' ' + c.slice(6);
    default: return c;
  }
}
const cardStyle = () => wpick([['bare', 72], ['sp4', 18], ['dash4', 5], ['six', 5]]);
function fmtLandline({ area, sub }, st) {
  switch (st) {
    case 'par': return `(${area})${sub}`;
    case 'fwpar': return `（${area}）${sub}`;
    case 'sp': return `${area} ${sub.slice(0, sub.length - 4)} ${sub.slice(-4)}`;
    case 'plain': return area + sub;
    case 'intl': return `+86 ${area.slice(1)} ${sub}`;
    default: return `${area}-${sub}`;
  }
}
const landStyle = () => wpick([['dash', 6], ['par', 2], ['fwpar', 1], ['sp', 2], ['plain', 1], ['intl', 1]]);

function norm(det, raw) {
  const s = raw.normalize('NFKC').trim();
  switch (det) {
    case 'cn_resident_id': { const t = s.replace(/[\s-]/g, '').toUpperCase(); return t.length === 15 ? upgradeLegacy(t) : t; }
    case 'cn_mobile': { let d = s.replace(/\D/g, ''); if (d.length === 13 && d.startsWith('86')) d = d.slice(2); else if (d.length === 15 && d.startsWith('0086')) d = d.slice(4); else if (d.length === 12 && d[0] === '0') d = d.slice(1); return d; }
    case 'cn_landline': { if (/^(\+86|0086)/.test(s)) return '0' + s.replace(/^(\+86|0086)/, '').replace(/\(0\)/, '').replace(/\D/g, ''); return s.replace(/\D/g, ''); }
    case 'email': return s.toLowerCase();
    case 'bank_card': return s.replace(/\D/g, '');
    case 'cn_uscc': case 'cn_passport': return s.replace(/[\s-]/g, '').toUpperCase();
    case 'person_name_zh': return s.replace(/[\s\u3000]/g, '');
    default: throw new Error('detector ' + det);
  }
}

// ---------------------------------------------------------------- people
function genEmail(pp, opts = {}) {
  const [sp, gp] = pp.py.length === 2 ? pp.py : [pp.py[0], ''];
  const y = opts.year || ri(1975, 2008);
  if (opts.work) { const loc = wpick([[sp + gp, 4], [gp + '.' + sp, 3], [sp + '.' + gp, 2], [sp + gp + ri(1, 9), 1]]).replace(/^\.|\.$/g, ''); return { addr: loc + '@' + opts.work }; }
  const r = rnd();
  if (r < 0.12) return { addr: genQQ() + '@' + pick(['qq.com', 'qq.com', 'foxmail.com']) };
  if (r < 0.19 && opts.mobile) return { addr: opts.mobile + '@' + pick(['139.com', '189.cn', 'wo.cn']), inner: opts.mobile };
  let loc = wpick([[sp + gp, 3], [sp + '.' + gp, 2], [gp + '.' + sp, 1], [sp + gp + y, 3], [sp + '_' + gp + ri(1, 99), 1],
    [(sp[0] + (gp ? gp[0] : '')) + y, 1], [sp + gp + pad(ri(1, 999), 3), 2], [gp + sp + String(y).slice(2), 1], [pick(['lucky', 'sunny', 'momo', 'xiaobai', 'ace', 'tiger']) + '_' + sp + ri(10, 999), 1]]);
  loc = loc.replace(/^\.|\.$/g, '').replace(/\.\./g, '.');
  const dom = wpick([['qq.com', 5], ['163.com', 5], ['126.com', 3], ['foxmail.com', 2], ['sina.com', 2], ['sina.cn', 1], ['yeah.net', 1], ['sohu.com', 1],
    ['aliyun.com', 1], ['outlook.com', 2], ['gmail.com', 2], ['hotmail.com', 1], ['icloud.com', 1], ['139.com', 1]]);
  let addr = loc + '@' + dom;
  if (chance(0.08)) addr = addr.replace(/^([a-z])/, (c) => c.toUpperCase()).replace(/\.([a-z])([^@]*@)/, (m0, c, r) => '.' + c.toUpperCase() + r);
  return { addr };
}
class Person {
  constructor(kind = 'adult', opts = {}) {
    this.kind = kind;
    const nm = genName(kind === 'kid' ? 'kid' : 'adult'); this.name = nm.name; this.py = nm.py;
    const [y0, y1] = kind === 'kid' ? [2008, 2016] : opts.birth || [1962, 2005];
    this.legacy = !!opts.legacy;
    this.id15 = this.legacy ? genLegacyId() : null;
    this.id = this.legacy ? upgradeLegacy(this.id15) : genId(y0, y1);
    this.birthYear = +this.id.slice(6, 10);
    this.sex = Number(this.id[16]) % 2 ? '男' : '女';
    this._mobile = null; this._email = null; this._card = null;
  }
  get mobile() { return this._mobile ??= genMobile(); }
  get email() { return this._email ??= genEmail(this, { year: this.birthYear, mobile: this.mobile }); }
  get card() { return this._card ??= genCard(); }
}

// ---------------------------------------------------------------- document context
let DROPPED = 0;
class Doc {
  constructor(kind) { this.kind = kind; this.ents = new Map(); this.dcs = new Map(); this.decs = new Map(); }
  _add(map, det, raw, value) { const v = value ?? norm(det, raw); const k = det + '\u0001' + v; if (!map.has(k)) map.set(k, { detector: det, value: v, raws: new Set() }); map.get(k).raws.add(raw); return raw; }
  E(det, raw, value) { return this._add(this.ents, det, raw, value); }
  DC(det, raw, value) { return this._add(this.dcs, det, raw, value); }
  D(kind, text) { text = String(text); const k = kind + '\u0001' + text; if (!this.decs.has(k)) this.decs.set(k, { kind, text }); return text; }
  // helpers
  name(p) { return this.E('person_name_zh', p.name); }
  sname(p) { // OCR-like spaced name, rarely
    return this.E('person_name_zh', [...p.name].join(' '), p.name);
  }
  id(p, st) { if (p.legacy && st !== 'up') return this.E('cn_resident_id', p.id15); return this.E('cn_resident_id', fmtId(p.id, st ?? idStyle(p.id))); }
  mob(p, st) { return this.E('cn_mobile', fmtMobile(p.mobile, st ?? mobStyle())); }
  mobv(m, st) { return this.E('cn_mobile', fmtMobile(m, st ?? mobStyle())); }
  mail(p, e) { e = e || p.email; if (e.inner) this.DC('cn_mobile', e.inner); return this.E('email', e.addr); }
  card(p, st, c) { c = c || p.card; return this.E('bank_card', fmtCard(c.no, st ?? cardStyle())); }
  land(l, st, org = false) { const raw = fmtLandline(l, st ?? landStyle()); return org ? this.DC('cn_landline', raw) : this.E('cn_landline', raw); }
  uscc(u) { return this.E('cn_uscc', u); }
  // decoys
  uid(len) { len = len ?? wpick([[8, 1], [9, 2], [10, 3], [11, 1], [12, 2], [13, 1], [16, 1], [18, 2], [19, 2]]); if (len === 18 && chance(0.5)) return this.D('uid', trapId18()); return this.D('uid', numDecoy(len)); }
  uid18() { return this.D('uid', trapId18()); }
  roleId() { return this.D('role_id', wpick([['R' + numDecoy(10), 2], [pick(['s', 'S']) + ri(1, 300) + '-' + numDecoy(8), 2], [numDecoy(12), 1], [pick(['10', '20', '30']) + ri(1, 9) + numDecoy(9), 1]])); }
  order() { return this.D('order_no', wpick([['GM' + fdt(rts(), 'ymd') + numDecoy(10), 2], [fdt(rts(), 'ymd') + numDecoy(10), 2], ['P' + numDecoy(17), 1], [fdt(rts(), 'compact') + digits(4), 1], ['DD' + fdt(rts(), 'ymd') + '-' + digits(6), 1]])); }
  txn() { return this.D('txn_no', wpick([['42000' + digits(5) + fdt(rts(), 'ymd') + digits(10), 2], [fdt(rts(), 'ymd') + '2200' + digits(16), 2], [fdt(rts(), 'ymd') + numDecoy(11), 1], ['TX' + fdt(rts(), 'compact') + hex(8, true), 1]])); }
  ts13() { return this.D('timestamp_ms', String(rts())); }
  ip() { return this.D('ip', `${pick([36, 39, 42, 58, 61, 101, 106, 111, 112, 113, 116, 117, 119, 120, 121, 122, 123, 124, 125, 139, 171, 182, 183, 218, 220, 221, 222, 223])}.${ri(0, 255)}.${ri(0, 255)}.${ri(1, 254)}`); }
  imei() { for (;;) { const s = luhnComplete(pick(['86', '86', '35']) + digits(12)); if (!looksLikePII(s)) return this.D('imei', s); } }
  dev() { return this.D('device_id', wpick([[`${hex(8, true)}-${hex(4, true)}-${hex(4, true)}-${hex(4, true)}-${hex(12, true)}`, 2], [hex(16), 2], ['oaid_' + hex(32), 1], [pick(['HUAWEI-NOH-AN00', 'Xiaomi-2211133C', 'OPPO-PGEM10', 'vivo-V2309A', 'iPhone15,3']) + '#' + hex(6), 1]])); }
  code6() { return this.D('verify_code', pad(ri(0, 999999), 6)); }
  nick() { return this.D('nickname', pick(NICKS)); }
  qq() { return this.D('qq', genQQ()); }
  room() { return this.D('room_no', numDecoy(ri(6, 10))); }
  amount(unit) { unit = unit || pick(['钻石', '金币', '元', '点券', '星钻', '音浪']); const v = unit === '元' ? (ri(1, 99999) / (chance(0.5) ? 1 : 100)).toFixed(2) : String(ri(1, 500) * pick([6, 10, 30, 68, 100])); const s = chance(0.5) ? v + unit : v + ' ' + unit; return this.D('amount', s); }
  mmob() { const m = genMobile(); return this.D('masked_mobile', wpick([[m.slice(0, 3) + '****' + m.slice(7), 4], [m.slice(0, 3) + '*****' + m.slice(8), 1], [m.slice(0, 3) + 'xxxx' + m.slice(7), 1]])); }
  mid() { const id = genId(1970, 2012); return this.D('masked_id', wpick([[id.slice(0, 3) + '*'.repeat(11) + id.slice(14), 2], [id.slice(0, 6) + '********' + id.slice(14), 2], [id.slice(0, 1) + '*'.repeat(16) + id.slice(17), 1], [id.slice(0, 4) + '**********' + id.slice(14), 1]])); }
  mcard() { const c = genCard().no; return this.D('masked_card', wpick([[c.slice(0, 4) + ' **** ' + c.slice(-4), 2], [c.slice(0, 4) + ' **** **** ' + c.slice(-4), 2], [c.slice(0, 6) + '******' + c.slice(-4), 2], ['尾号' + c.slice(-4), 1]])); }
  mname() { const n = genName(); return this.D('masked_name', wpick([[n.name[0] + '*', 3], [n.name[0] + '**', 2], [n.name[0] + '某某', 1], [n.name[0] + '*' + n.name.slice(-1), 1]])); }
  memail() { const e = genEmail(genName()).addr; const [l, d] = e.split('@'); return this.D('masked_email', l.slice(0, 2) + '***@' + d); }
  company() { return this.D('company', pick(COMPANIES)); }
  ticket(p = 'SS') { return this.D('ticket_no', p + fdt(rts(), 'ymd') + '-' + pad(ri(1, 99999), 5)); }
  bankBranch(bank) { return this.D('bank_branch', bank.replace(/\(信用卡\)/, '') + pick(CITIES) + pick(BRANCHES)); }
  staffNo() { return this.D('staff_no', pick(['KF', 'FK', 'YY', 'SH']) + pad(ri(1, 9999), 4)); }
  // values drawn for a column or branch that was not rendered are forgotten; entities win over dontCare
  finish(text) {
    for (const map of [this.ents, this.dcs]) for (const [k, e] of map) { for (const r of e.raws) if (!text.includes(r)) e.raws.delete(r); if (!e.raws.size) { map.delete(k); DROPPED++; } }
    for (const [k, x] of this.decs) if (!text.includes(x.text)) this.decs.delete(k);
    for (const k of this.ents.keys()) this.dcs.delete(k);
    return this;
  }
}
function trapId18() { // 18-digit numbers shaped like an ID (date + MOD 11-2 check) but with a region that is no province
  for (;;) {
    const pre = pick(['00', '20', '90', '99', '16', '18', '19', '28', '39', '47', '58', '70', '88']) + digits(4);
    const [y, m, d] = genBirth(1960, 2010);
    const b = pre + y + pad(m, 2) + pad(d, 2) + digits(3);
    const s = chance(0.6) ? b + idCheck(b) : b + ri(0, 9);
    if (!looksLikePII(s)) return s;
  }
}

// ---------------------------------------------------------------- table rendering
const dispW = (s) => [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
function table(headers, rows, fmt) {
  fmt = fmt || wpick([['csv', 4], ['tsv', 2], ['pipe', 2], ['md', 2], ['semi', 1], ['fixed', 2]]);
  const q = (v) => (/[",\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v);
  switch (fmt) {
    case 'csv': { const all = chance(0.2); return [headers, ...rows].map((r) => r.map((v) => (all ? '"' + v.replace(/"/g, '""') + '"' : q(v))).join(',')).join('\n'); }
    case 'tsv': return [headers, ...rows].map((r) => r.join('\t')).join('\n');
    case 'semi': return [headers, ...rows].map((r) => r.join(';')).join('\n');
    case 'pipe': return [headers, ...rows].map((r) => r.join(' | ')).join('\n');
    case 'md': return ['| ' + headers.join(' | ') + ' |', '|' + headers.map(() => '---').join('|') + '|', ...rows.map((r) => '| ' + r.join(' | ') + ' |')].join('\n');
    case 'fixed': {
      const w = headers.map((h, i) => Math.max(dispW(h), ...rows.map((r) => dispW(r[i]))) + 2);
      return [headers, ...rows].map((r) => r.map((v, i) => v + ' '.repeat(w[i] - dispW(v))).join('').trimEnd()).join('\n');
    }
    default: throw new Error(fmt);
  }
}
// build a table from column specs [{h:[header variants], f:(row ctx)=>string, opt:prob}]
function buildTable(doc, cols, n, mkRow, fmt) {
  const used = cols.filter((c) => c.opt === undefined || chance(c.opt));
  const fixedFirst = used.filter((c) => c.first), rest = used.filter((c) => !c.first);
  const order = [...fixedFirst, ...(chance(0.5) ? shuffle(rest) : rest)];
  const headers = order.map((c) => pick(c.h));
  const rows = [];
  for (let i = 0; i < n; i++) { const r = mkRow(i); rows.push(order.map((c) => c.f(r, i))); }
  return table(headers, rows, fmt);
}

// ================================================================ document kinds
const gameName = () => pick(GAMES);
const title = (t) => wpick([[`【${t}】`, 1], [`# ${t}`, 1], [`${t}`, 1], [`=== ${t} ===`, 1]]);

function gRealname(d) {
  const g = gameName(), n = rowsN();
  const cols = [
    { h: ['UID', '用户ID', '账号ID', 'uid', '玩家ID'], first: true, f: (r) => r.uid },
    { h: ['姓名', '真实姓名', '实名姓名', '认证姓名', 'real_name'], f: (r) => r.nameCell },
    { h: ['身份证号', '身份证号码', '证件号码', '公民身份号码', 'id_card'], f: (r) => r.idCell },
    { h: ['认证时间', '提交时间', '核验时间', 'verify_time'], f: (r) => r.t },
    { h: ['结果', '认证结果', '核验结果', 'status'], f: (r) => r.res },
    { h: ['渠道', '核验通道', 'channel'], f: (r) => r.ch, opt: 0.6 },
    { h: ['绑定手机', '手机号', 'mobile'], f: (r) => r.mob, opt: 0.45 },
    { h: ['设备ID', 'device_id'], f: (r) => r.dev, opt: 0.35 },
    { h: ['角色ID', '主角色'], f: (r) => r.role, opt: 0.3 },
  ];
  const tstyle = pick(['std', 'slash', 'iso', 'ts13']);
  const body = buildTable(d, cols, n, () => {
    const p = new Person(chance(0.25) ? 'kid' : 'adult', { legacy: chance(0.02) });
    const res = wpick([['通过', 6], ['一致', 2], ['PASS', 2], ['不一致', 1], ['库中无此号', 0.6], ['姓名与号码不匹配', 0.5]]);
    const r = { uid: d.uid(), nameCell: d.name(p), t: tstyle === 'ts13' ? d.ts13() : fdt(rts(), tstyle), res, ch: pick(['公安一所', '支付宝', '微信', '运营商三要素', '国家网络游戏防沉迷实名认证系统']) };
    // a number the national database does not know is probably made up: ambiguous
    r.idCell = res === '库中无此号' ? d.DC('cn_resident_id', fmtId(p.id, 'bare')) : d.id(p);
    r.mob = chance(0.3) ? d.mmob() : d.mob(p, 'bare'); r.dev = d.dev(); r.role = d.roleId();
    return r;
  });
  const head = `${title(`《${g}》实名认证记录导出`)}\n导出时间：${fdt(rts())}  操作人：${d.staffNo()}  共 ${n} 条\n`;
  return head + '\n' + body + (chance(0.5) ? `\n\n注：结果为“不一致”的账号已推送防沉迷系统二次核验。` : '');
}

function gAntiAddict(d) {
  const g = gameName(), n = rowsN(60);
  const viol = Math.max(1, Math.floor(n * rnd()));
  const auditor = new Person(), reviewer = new Person();
  const cols = [
    { h: ['序号'], first: true, f: (r, i) => String(i + 1) },
    { h: ['UID', '账号'], f: (r) => r.uid },
    { h: ['姓名', '实名姓名', '未成年人姓名'], f: (r) => r.nm },
    { h: ['身份证号', '证件号', '身份证号码'], f: (r) => r.idc },
    { h: ['年龄', '周岁'], f: (r) => r.age },
    { h: ['本周在线时长', '周时长(分钟)'], f: (r) => r.dur },
    { h: ['违规登录时间', '异常时段'], f: (r) => r.vt },
    { h: ['单笔充值', '充值金额'], f: (r) => r.amt, opt: 0.6 },
    { h: ['处理措施', '处置'], f: (r) => r.act },
  ];
  const body = buildTable(d, cols, n, () => {
    const p = new Person('kid');
    return { uid: d.uid(), nm: d.name(p), idc: d.id(p), age: String(2024 - p.birthYear), dur: String(ri(30, 1800)), vt: chance(0.5) ? d.ts13() : fdt(rts(), 'slash'), amt: d.amount(pick(['元', '点券', '钻石'])), act: pick(['强制下线', '限制充值', '仅提醒', '冻结7天', '通知监护人']) };
  });
  let extra = '';
  const k = ri(0, 3);
  for (let i = 0; i < k; i++) {
    const parent = new Person('adult', { birth: [1970, 1992] }); const kid = new Person('kid');
    extra += `\n- 疑似冒用成年人身份：账号 ${d.uid()} 实名为 ${d.name(parent)}（${d.id(parent)}），人脸核验为未成年人 ${d.name(kid)}，已要求监护人 ${parent.name} 联系 ${d.mob(parent)} 确认。`;
  }
  return `${title(`《${g}》防沉迷专项自查报告（${fdt(rts(), 'date')}）`)}\n根据《关于进一步严格管理 切实防止未成年人沉迷网络游戏的通知》，本周抽查未成年人账号 ${n} 个，其中违规 ${viol} 个，明细如下：\n\n${body}\n` +
    (extra ? `\n特殊情况：${extra}\n` : '') + `\n审核人：${d.name(auditor)}（${d.D('job_title', pick(JOBS))}）  复核：${d.name(reviewer)}  日期：${fdt(rts(), 'date')}`;
}

function gAppeal(d) {
  const g = gameName(), n = rowsN(12);
  const out = [];
  for (let i = 0; i < n; i++) {
    const p = new Person(chance(0.1) ? 'kid' : 'adult', { legacy: chance(0.03) });
    const oldM = genMobile();
    const L = [];
    L.push(`工单号：${d.ticket('SS')}    类型：${pick(['账号被盗', '换绑手机', '解封申诉', '实名信息修改', '找回账号'])}`);
    L.push(`游戏：《${g}》 区服：${d.D('server', pick(SERVERS))} UID：${d.uid()} 角色名：${d.D('role_name', pick(ROLE_NAMES))}`);
    L.push(`${pick(['申诉人', '申请人', '联系人'])}：${d.name(p)}`);
    L.push(`${pick(['联系手机', '手机号', '联系电话'])}：${d.mob(p)}`);
    if (chance(0.12)) { const pp = genPassport(); L.push(`证件类型：护照  证件号码：${d.E('cn_passport', pp)}`); }
    else L.push(`${pick(['身份证号', '身份证', '证件号码'])}：${d.id(p)}`);
    L.push(`${pick(['原绑定手机', '原手机号'])}：${chance(0.25) ? d.mmob() : d.mobv(oldM)}    当前绑定：${d.mmob()}`);
    if (chance(0.75)) L.push(`${pick(['邮箱', '联系邮箱', 'E-mail'])}：${d.mail(p)}`);
    if (chance(0.15)) L.push(`固定电话：${d.land(genLandline())}`);
    L.push(`最后登录IP：${d.ip()}  常用设备：${d.dev()}  IMEI：${d.imei()}`);
    L.push(`最近充值：订单 ${d.order()} 金额 ${d.amount('元')}`);
    const reason = pick([
      `本人${p.name}，账号于${fdt(rts(), 'cn')}被盗，密码被改，原来绑定的手机号${fmtMobile(oldM, 'dash')}已经停用，请帮忙找回。`,
      `我的手机号换了，新号码是${fmtMobile(p.mobile, 'sp')}，旧号收不到验证码。`,
      `误封申诉，我没有使用外挂，设备是自己的，请核实。昵称：${NICKS[0]}`,
      `实名填错了，正确的是${p.name}，身份证${fmtId(p.id, 'bare')}，请修改。`,
    ]);
    if (reason.includes(fmtMobile(oldM, 'dash'))) d.E('cn_mobile', fmtMobile(oldM, 'dash'));
    if (reason.includes(fmtMobile(p.mobile, 'sp'))) d.E('cn_mobile', fmtMobile(p.mobile, 'sp'));
    if (reason.includes(fmtId(p.id, 'bare'))) d.E('cn_resident_id', fmtId(p.id, 'bare'));
    if (reason.includes(NICKS[0])) d.D('nickname', NICKS[0]);
    L.push(`申诉说明：${reason}`);
    L.push(`处理：${pick(['已通过，已换绑', '资料不符，驳回', '待人工复核', '已解封'])}  处理人：${chance(0.5) ? d.staffNo() : d.name(new Person())}`);
    out.push(L.join('\n'));
  }
  return `${title(`账号申诉工单导出 ${fdt(rts(), 'date')}`)}\n\n` + out.join('\n' + pick(['----------', '', '=====', '* * *']) + '\n');
}

function stageName(d) { // stage names that could be real names are ambiguous; handle-like ones are decoys
  if (chance(0.25)) { const s = pick(STAGE_NAMES); return d.DC('person_name_zh', s); }
  return d.nick();
}

function guildHeader(d) {
  const u = genUscc([['91', 9], ['92', 1]]), boss = new Person('adult', { birth: [1975, 1995] });
  const corp = '1' + digits(ri(13, 18));
  return [`公会名称：${d.company()}（${d.D('guild', pick(GUILDS))}）`,
    `${pick(['统一社会信用代码', '社会信用代码', '信用代码'])}：${d.uscc(u)}`,
    `对公账户：${d.DC('bank_card', corp)}  开户行：${d.bankBranch(pick(BANKS)[0])}`,
    `${pick(['负责人', '法定代表人', '公会长'])}：${d.name(boss)}  手机：${d.mob(boss)}  办公电话：${d.land(genLandline(), undefined, true)}`,
    chance(0.6) ? `对接邮箱：${d.DC('email', pick(['bd', 'business', 'hr', 'contact', 'finance']) + '@' + pick(['xingyao-media.com', 'yhx-guild.cn', 'zhuguang.tv']))}` : ''].filter(Boolean).join('\n');
}

function gStreamer(d) {
  const n = rowsN();
  const cols = [
    { h: ['主播ID', '主播UID', 'UID'], first: true, f: (r) => r.uid },
    { h: ['艺名', '昵称', '直播昵称'], f: (r) => r.stage },
    { h: ['真实姓名', '姓名', '签约人'], f: (r) => r.nm },
    { h: ['身份证号', '身份证号码', '证件号'], f: (r) => r.idc },
    { h: ['手机', '联系电话', '手机号'], f: (r) => r.mob },
    { h: ['结算银行卡', '结算卡号', '收款卡号', '银行卡号'], f: (r) => r.card },
    { h: ['开户行', '开户银行'], f: (r) => r.bank },
    { h: ['邮箱', 'Email'], f: (r) => r.mail, opt: 0.7 },
    { h: ['房间号', '直播间号'], f: (r) => r.room },
    { h: ['签约日期'], f: (r) => r.dt, opt: 0.6 },
    { h: ['分成比例'], f: (r) => r.pct, opt: 0.5 },
    { h: ['保底(元)', '月保底'], f: (r) => r.min, opt: 0.4 },
  ];
  const body = buildTable(d, cols, n, () => {
    const p = new Person('adult', { birth: [1988, 2005] });
    const bad = chance(0.03);
    const c = bad ? genBadLuhnCard() : p.card;
    return { uid: d.uid(), stage: stageName(d), nm: d.name(p), idc: d.id(p), mob: d.mob(p), card: bad ? d.DC('bank_card', c.no) : d.card(p, undefined, c), bank: d.bankBranch(c.bank), mail: d.mail(p), room: d.room(), dt: fdt(rts(), 'date'), pct: pick(['50%', '55%', '60%', '65%', '70%']), min: d.amount('元') };
  });
  return `${title(`${pick(['签约主播花名册', '达人签约名单', '主播档案（结算用）'])} ${fdt(rts(), 'date')}`)}\n${guildHeader(d)}\n\n${body}\n\n${pick(['本名单仅限结算使用，严禁外传。', '如银行卡变更请于每月25日前提交。', ''])}`;
}

function gWithdraw(d) {
  const n = rowsN();
  const cols = [
    { h: ['提现单号', '申请单号'], first: true, f: (r) => r.no },
    { h: ['UID', '用户ID'], f: (r) => r.uid },
    { h: ['昵称'], f: (r) => r.nick, opt: 0.6 },
    { h: ['收款人', '户名', '收款人姓名'], f: (r) => r.nm },
    { h: ['收款方式'], f: (r) => r.way },
    { h: ['收款账号', '银行卡号/支付宝', '账号'], f: (r) => r.acct },
    { h: ['提现金额', '金额(元)'], f: (r) => r.amt },
    { h: ['消耗', '扣除钻石'], f: (r) => r.dia, opt: 0.5 },
    { h: ['申请时间'], f: (r) => r.t },
    { h: ['状态'], f: (r) => r.st },
    { h: ['流水号', '交易流水号', '打款流水'], f: (r) => r.txn },
    { h: ['预留手机', '手机'], f: (r) => r.mob, opt: 0.4 },
  ];
  const body = buildTable(d, cols, n, () => {
    const p = new Person('adult', { birth: [1980, 2005] });
    const way = wpick([['银行卡', 6], ['支付宝', 3], ['微信零钱', 1]]);
    let acct;
    const st = pick(['待审核', '已打款', '打款失败', '风控拦截', '已驳回']);
    if (way === '银行卡') acct = st === '已打款' && chance(0.4) ? d.mcard() : d.card(p);
    else if (way === '支付宝') acct = chance(0.5) ? d.mob(p, 'bare') : d.mail(p);
    else acct = d.D('wx_openid', 'o' + hex(5) + '-' + hex(21));
    return { no: d.D('withdraw_no', 'W' + fdt(rts(), 'compact') + digits(4)), uid: d.uid(), nick: d.nick(), nm: chance(0.1) ? d.mname() : d.name(p), way, acct, amt: d.amount('元'), dia: d.amount(pick(['钻石', '音浪', '星钻'])), t: fdt(rts(), pick(['std', 'slash'])), st, txn: d.txn(), mob: d.mob(p) };
  });
  return `${title(pick(['主播提现审核列表', '提现打款明细', '用户提现申请导出']))}\n批次：${d.D('batch_no', 'B' + fdt(rts(), 'ymd') + pad(ri(1, 99), 2))}  审核人：${d.name(new Person())}\n\n${body}\n\n合计：${n} 笔`;
}

function gChat(d) {
  const p = new Person(chance(0.12) ? 'kid' : 'adult');
  let t = rts();
  const tick = () => { t += ri(5, 180) * 1000; return fdt(t, pick(['std', 'hm'])); };
  const uid = d.uid();
  const real = chance(0.35) ? new Person() : null;
  const agent = real ? `客服-${d.name(real)}` : `客服${d.D('agent_alias', pick(STAFF_ALIAS))}`;
  const user = pick(['用户', '玩家', `用户${uid}`, d.nick()]);
  const L = [];
  const say = (who, s) => L.push(pick([`[${tick()}] ${who}：${s}`, `${who} ${tick()}\n${s}`]));
  say(user, pick(['在吗，我账号登不上了', '你好，我要申请退款', '我的提现怎么还没到账', '账号被封了，怎么回事', '我想换绑手机号']));
  say(agent, `您好，这里是《${gameName()}》客服，工号${d.staffNo()}，请问您的UID是多少？`);
  say(user, uid);
  say(agent, '为核实身份，请提供实名认证的姓名、身份证号码以及绑定手机号。');
  const form = pick([0, 1, 2]);
  if (form === 0) say(user, `${d.name(p)}，${d.id(p)}，手机${d.mob(p)}`);
  else if (form === 1) { say(user, `我叫${d.name(p)}`); say(user, `身份证 ${d.id(p)}`); say(user, `电话是${d.mob(p, pick(['bare', 'sp', 'dash', 'fw']))}`); }
  else say(user, `姓名：${d.name(p)}\n身份证号：${d.id(p)}\n手机：${d.mob(p)}`);
  say(agent, `已向尾号${p.mobile.slice(-4)}的手机发送验证码，请告知收到的6位数字。`);
  d.D('mobile_tail', '尾号' + p.mobile.slice(-4));
  say(user, d.code6());
  say(agent, `验证通过，您的账号当前绑定手机为 ${d.mmob()}，实名为 ${d.mname()}。`);
  const topic = pick(['refund', 'withdraw', 'ban', 'email']);
  if (topic === 'refund') { say(user, `充值订单是 ${d.order()}，金额 ${d.amount('元')}，是孩子偷偷充的`); say(agent, `请监护人提供退款银行卡，或拨打 ${d.D('hotline', pick(['400-820-' + digits(4), '400-6' + digits(2) + '-' + digits(4), '95' + digits(3)]))}。`); const par = new Person('adult', { birth: [1972, 1990] }); say(user, `我是他妈妈${d.name(par)}，卡号${d.card(par)}，${par.card.bank}`); }
  else if (topic === 'withdraw') { say(user, `提现到 ${d.card(p)} 一直显示处理中`); say(agent, `查询到流水号 ${d.txn()}，银行处理中，预计T+1到账。`); }
  else if (topic === 'ban') { say(agent, `您的账号因设备 ${d.dev()} 关联多个违规账号被封禁，封禁时间 ${d.ts13()}。`); say(user, '那是我弟弟的手机，能解封吗'); }
  else { say(user, `能不能把资料发我邮箱 ${d.mail(p)}`); say(agent, `已发送至 ${d.memail()} 以外的邮箱会被拦截，请使用绑定邮箱。`); }
  if (chance(0.3)) say(user, `QQ ${d.qq()} 也可以联系我`);
  say(agent, pick(['请问还有其他可以帮您的吗？', '感谢您的耐心等待，祝您游戏愉快！', '问题已记录，工单号 ' + d.ticket('CS')]));
  return `${pick(['会话记录', '在线客服聊天记录', '工单对话导出'])} 会话ID：${d.D('session_id', hex(24))}  渠道：${pick(['App内', '微信公众号', '官网'])}\n${'-'.repeat(ri(10, 30))}\n` + L.join('\n');
}

function gMinorRefund(d) {
  const batch = chance(0.35);
  if (batch) {
    const n = rowsN(50);
    const cols = [
      { h: ['案件编号'], first: true, f: (r) => r.no },
      { h: ['未成年人', '未成年人姓名'], f: (r) => r.kn },
      { h: ['未成年人身份证', '证件号(未成年)'], f: (r) => r.kid },
      { h: ['监护人', '监护人姓名'], f: (r) => r.pn },
      { h: ['监护人身份证', '监护人证件号'], f: (r) => r.pid, opt: 0.7 },
      { h: ['联系电话', '监护人手机'], f: (r) => r.pm },
      { h: ['退款卡号', '退款账户'], f: (r) => r.card },
      { h: ['退款金额'], f: (r) => r.amt },
      { h: ['邮箱'], f: (r) => r.mail, opt: 0.5 },
      { h: ['结论'], f: (r) => r.res },
    ];
    const body = buildTable(d, cols, n, () => {
      const k = new Person('kid'), par = new Person('adult', { birth: [1970, 1992] });
      return { no: d.ticket('RF'), kn: d.name(k), kid: d.id(k), pn: d.name(par), pid: d.id(par), pm: d.mob(par), card: d.card(par), amt: d.amount('元'), mail: d.mail(par), res: pick(['全额退款', '部分退款', '驳回-证据不足', '补充材料']) };
    });
    return `${title(`未成年人充值退款审核汇总 ${fdt(rts(), 'date')}`)}\n\n${body}`;
  }
  const k = new Person('kid'), par = new Person('adult', { birth: [1970, 1992] }), auditor = new Person();
  const orders = Array.from({ length: ri(1, 8) }, () => `  ${d.order()}  ${fdt(rts(), 'slash')}  ${d.amount('元')}  ${pick(['648元礼包', '月卡', '战令', '皮肤'])}`).join('\n');
  const land = chance(0.4) ? `\n固定电话：${d.land(genLandline())}` : '';
  return `${title('未成年人充值退款申请')}\n案件编号：${d.ticket('RF')}   受理时间：${fdt(rts())}\n` +
    `游戏账号：UID ${d.uid()}；角色名：${d.D('role_name', pick(ROLE_NAMES))}；区服：${d.D('server', pick(SERVERS))}\n\n` +
    `一、未成年人信息\n姓名：${d.name(k)}  性别：${k.sex}  身份证号：${d.id(k)}  就读学校：${d.D('school', pick(SCHOOLS.map((s) => s.replace('大学', '附属中学'))))}\n\n` +
    `二、监护人信息\n${pick(['监护人姓名', '申请人（监护人）', '监护人'])}：${d.name(par)}  与未成年人关系：${pick(['父子', '母子', '父女', '母女'])}\n` +
    `身份证号：${d.id(par)}\n手机：${d.mob(par)}${land}\n邮箱：${d.mail(par)}\n` +
    `退款账户：户名 ${par.name}  卡号 ${d.card(par)}  开户行 ${d.bankBranch(par.card.bank)}\n\n` +
    `三、充值明细\n${orders}\n\n四、审核意见\n经核查登录设备（${d.dev()}）与IP（${d.ip()}）及人脸核验记录，${pick(['符合退款条件，同意全额退款', '部分订单为成年人操作，同意退还50%', '证据不足，驳回'])}。\n审核人：${d.name(auditor)}  ${fdt(rts(), 'date')}`;
}

function gRiskBan(d) {
  const n = rowsN();
  const cols = [
    { h: ['uid', 'UID', 'user_id'], first: true, f: (r) => r.uid },
    { h: ['nickname', '昵称'], f: (r) => r.nick },
    { h: ['bind_mobile', '绑定手机', 'phone'], f: (r) => r.mob },
    { h: ['real_name', '实名', '实名姓名'], f: (r) => r.nm },
    { h: ['id_no', '身份证', 'idcard'], f: (r) => r.idc },
    { h: ['email', '邮箱'], f: (r) => r.mail, opt: 0.5 },
    { h: ['imei', 'IMEI'], f: (r) => r.imei },
    { h: ['device_id', '设备号'], f: (r) => r.dev, opt: 0.7 },
    { h: ['reg_ip', '注册IP'], f: (r) => r.ip },
    { h: ['ban_reason', '封禁原因'], f: (r) => r.why },
    { h: ['ban_time', '封禁时间'], f: (r) => r.t },
    { h: ['qq', 'QQ'], f: (r) => r.qq, opt: 0.3 },
    { h: ['关联账号数'], f: (r) => String(ri(1, 60)), opt: 0.4 },
  ];
  const body = buildTable(d, cols, n, () => {
    const p = new Person(chance(0.15) ? 'kid' : 'adult');
    const masked = chance(0.3);
    return { uid: d.uid(), nick: d.nick(), mob: masked ? d.mmob() : d.mob(p, wpick([['bare', 8], ['86', 1], ['p86', 1]])), nm: masked ? d.mname() : d.name(p), idc: masked ? d.mid() : d.id(p), mail: d.mail(p), imei: d.imei(), dev: d.dev(), ip: d.ip(), why: pick(['外挂', '工作室批量注册', '盗号', '诈骗', '涉赌', '恶意退款', '未成年冒用']), t: d.ts13(), qq: d.qq() };
  }, pick(['csv', 'tsv', 'csv']));
  return `${pick(['# risk_ban_export', '风控封禁账号导出', 'ban_list'])}_${fdt(rts(), 'ymd')}.csv\n${body}`;
}

function gEsports(d) {
  const g = gameName(), teams = ri(1, 14), overseas = chance(0.25);
  const out = [];
  for (let t = 0; t < teams; t++) {
    const cap = new Person('adult', { birth: [1996, 2006] });
    const L = [`战队：${d.D('team', pick(TEAMS))}  学校：${d.D('school', pick(SCHOOLS))}  赛区：${d.D('place', pick(PLACES))}`];
    L.push(`队长：${d.name(cap)}  手机：${d.mob(cap)}  邮箱：${d.mail(cap)}  QQ：${d.qq()}`);
    L.push(`队长身份证：${d.id(cap)}`);
    const m = ri(4, 6);
    const rows = [];
    for (let i = 0; i < m; i++) {
      const p = new Person('adult', { birth: [1996, 2007] });
      const pass = overseas && chance(0.3);
      rows.push([pick(['上单', '打野', '中单', '射手', '辅助', '替补']), d.name(p), d.roleId(), pass ? '护照' : '身份证', pass ? d.E('cn_passport', genPassport()) : d.id(p), chance(0.6) ? d.mob(p) : '-']);
    }
    L.push(table(['位置', '队员姓名', '游戏ID', '证件类型', '证件号码', '联系方式'], rows, pick(['pipe', 'md', 'tsv', 'fixed'])));
    out.push(L.join('\n'));
  }
  return `${title(`第${ri(2, 9)}届《${g}》${overseas ? '海外邀请赛' : '高校联赛'}报名表`)}\n主办：${d.company()}  报名截止：${fdt(rts(), 'date')}\n\n` + out.join('\n\n');
}

function gJson(d) {
  const n = rowsN(40);
  const nested = chance(0.4), ndjson = !nested && chance(0.3);
  const objs = [];
  for (let i = 0; i < n; i++) {
    const p = new Person(chance(0.15) ? 'kid' : 'adult');
    const uid = d.uid();
    const num = chance(0.3);
    const o = { uid: num && uid.length <= 15 ? Number(uid) : uid };
    o.nickname = d.nick();
    const base = {
      real_name: d.name(p), id_card: d.id(p), phone: d.mob(p, 'bare'),
      email: chance(0.8) ? d.mail(p) : undefined, bank_card: chance(0.5) ? d.card(p, 'bare') : undefined,
      phone_masked: chance(0.3) ? d.D('masked_mobile', p.mobile.slice(0, 3) + '****' + p.mobile.slice(7)) : undefined,
    };
    if (nested) { o.realname = { name: base.real_name, idNo: base.id_card, verified: chance(0.8), verifyTs: Number(d.ts13()) }; o.bindings = [{ type: 'mobile', value: base.phone }]; if (base.email) o.bindings.push({ type: 'email', value: base.email }); if (base.bank_card) o.wallet = { card: base.bank_card, bank: p.card.bank }; }
    else Object.assign(o, base);
    o.created_at = Number(d.ts13()); o.last_login_ip = d.ip(); o.device_id = d.dev();
    o.avatar = 'https://cdn.' + pick(['xingchen-games.com', 'yinghuo.tv']) + '/avatar/' + d.D('asset_name', 'a' + hex(6) + '@2x.png');
    o.balance = { diamond: ri(0, 99999), coin: ri(0, 9999999) };
    objs.push(JSON.parse(JSON.stringify(o)));
  }
  let body;
  if (ndjson) body = objs.map((o) => JSON.stringify(o)).join('\n');
  else body = JSON.stringify(nested ? { code: 0, msg: 'ok', data: { total: n, list: objs } } : objs, null, chance(0.5) ? 2 : 0);
  return `${pick(['GET /admin/api/v2/users/export?page=1', 'user_export.json', '后台用户导出'])}\n${body}`;
}

function gCsv(d) {
  const n = rowsN();
  const cols = [
    { h: ['用户ID', 'user_id', 'UID'], first: true, f: (r) => r.uid },
    { h: ['注册时间', 'reg_time'], f: (r) => r.t },
    { h: ['昵称', 'nick'], f: (r) => r.nick },
    { h: ['姓名', 'name', '实名姓名'], f: (r) => r.nm },
    { h: ['手机号', 'mobile', '手机'], f: (r) => r.mob },
    { h: ['身份证', 'id_number', '证件号'], f: (r) => r.idc },
    { h: ['邮箱', 'email', 'mail'], f: (r) => r.mail },
    { h: ['银行卡', 'bank_card', '绑定卡'], f: (r) => r.card, opt: 0.6 },
    { h: ['VIP等级', 'vip'], f: (r) => 'V' + ri(0, 15), opt: 0.5 },
    { h: ['累计充值', 'total_pay'], f: (r) => r.pay, opt: 0.6 },
    { h: ['最后登录IP', 'last_ip'], f: (r) => r.ip, opt: 0.6 },
    { h: ['渠道', 'channel'], f: (r) => pick(['huawei', 'xiaomi', 'appstore', 'taptap', 'bilibili', 'official']), opt: 0.5 },
  ];
  const body = buildTable(d, cols, n, () => {
    const p = new Person(chance(0.1) ? 'kid' : 'adult', { legacy: chance(0.015) });
    return { uid: d.uid(), t: chance(0.5) ? d.ts13() : fdt(rts()), nick: d.nick(), nm: d.name(p), mob: d.mob(p, wpick([['bare', 9], ['p86', 1], ['dash', 1]])), idc: d.id(p), mail: chance(0.2) ? '' : d.mail(p), card: chance(0.4) ? d.card(p, 'bare') : '', pay: d.amount('元'), ip: d.ip() };
  }, pick(['csv', 'csv', 'tsv', 'semi']));
  return `${pick(['用户导出', 'export_users', '运营后台-用户明细'])}_${fdt(rts(), 'compact')}.csv\n${body}`;
}

function gAppLog(d) {
  const n = rowsN(70);
  const L = [];
  let t = rts();
  const lvl = () => pick(['INFO ', 'INFO ', 'WARN ', 'ERROR', 'DEBUG']);
  for (let i = 0; i < n; i++) {
    t += ri(1, 20000);
    const ts = fdt(t, pick(['log', 'iso']));
    const p = new Person(chance(0.15) ? 'kid' : 'adult');
    const kind = pick(['realname', 'sms', 'bind', 'login', 'withdraw', 'json', 'masked']);
    const tr = d.D('trace_id', hex(16));
    switch (kind) {
      case 'realname': L.push(`${ts} ${lvl()} [realname-svc] traceId=${tr} uid=${d.uid()} verify name=${d.name(p)} idNo=${d.id(p)} channel=${pick(['NPPA', 'ALIPAY', 'CTID'])} result=${pick(['PASS', 'MISMATCH', 'PASS'])} cost=${ri(40, 900)}ms`); break;
      case 'sms': L.push(`${ts} ${lvl()} [sms-gateway] send mobile=${d.mob(p, wpick([['bare', 6], ['86', 2], ['p86', 2]]))} tpl=${d.D('sms_tpl', 'SMS_' + numDecoy(9))} code=${d.code6()} bizId=${d.D('biz_id', numDecoy(12) + '^' + numDecoy(10))}`); break;
      case 'bind': L.push(`${ts} ${lvl()} [pay-core] bindCard uid=${d.uid()} holder=${d.name(p)} cardNo=${d.card(p, 'bare')} mobile=${d.mob(p, 'bare')} bank=${p.card.bank} resp=${pick(['SUCCESS', 'CARD_MOBILE_MISMATCH', 'BANK_TIMEOUT'])}`); break;
      case 'login': L.push(`${ts} ${lvl()} [auth] login uid=${d.uid()} ip=${d.ip()} imei=${d.imei()} did=${d.dev()} ts=${d.ts13()} ver=${d.D('app_version', `v${ri(1, 5)}.${ri(0, 20)}.${ri(0, 9)}`)}`); break;
      case 'withdraw': L.push(`${ts} ${lvl()} [withdraw] apply id=${d.D('withdraw_no', 'W' + fdt(t, 'compact') + digits(4))} uid=${d.uid()} payee=${d.name(p)} account=${chance(0.6) ? d.card(p, 'bare') : d.mail(p)} amount=${ri(100, 500000)} status=${pick(['PENDING', 'REJECTED', 'PAID'])}`); break;
      case 'json': L.push(`${ts} ${lvl()} [gateway] req body=${JSON.stringify({ uid: d.uid(), realName: d.name(p), idCard: d.id(p, 'bare'), phone: d.mob(p, 'bare'), email: chance(0.5) ? d.mail(p) : undefined, captcha: d.code6() })}`); break;
      default: L.push(`${ts} ${lvl()} [audit] user=${d.uid()} mobile=${d.mmob()} name=${d.mname()} id=${d.mid()} card=${d.mcard()} op=${pick(['VIEW', 'EXPORT', 'UPDATE'])} operator=${d.staffNo()}`);
    }
  }
  return L.join('\n');
}

function gIdOcr(d) {
  const n = rowsN(8);
  const out = [];
  for (let i = 0; i < n; i++) {
    const p = new Person(chance(0.2) ? 'kid' : 'adult', { legacy: false });
    const y = p.id.slice(6, 10), m = +p.id.slice(10, 12), dd = +p.id.slice(12, 14);
    const reg = REGIONS.find((r) => r[0] === p.id.slice(0, 6))[1];
    const city = CITY_OF[p.id.slice(0, 4)], muni = ['11', '12', '31', '50'].includes(p.id.slice(0, 2));
    const file = d.D('file_name', `idcard_front_${d.uid()}_${d.ts13()}.jpg`);
    const nameRaw = chance(0.15) ? d.sname(p) : d.name(p);
    const sep = pick([' ', '', '  ']);
    const front = [`姓名${sep}${nameRaw}`, `性别${sep}${p.sex}${sep}民族${sep}${pick(['汉', '汉', '汉', '回', '满', '壮'])}`, `出生${sep}${y}年${m}月${dd}日`,
      `住址${sep}${!muni && p.id.startsWith('45') ? '广西壮族自治区' : ''}${city}市${reg}${pick(['文一路', '中山路', '人民路', '建设路', '解放大道'])}${ri(1, 999)}号${ri(1, 30)}幢${ri(1, 6)}单元${ri(101, 2802)}室`,
      `公民身份号码${sep}${d.id(p, wpick([['bare', 8], ['sp', 1], ['fw', 1], ['lower', p.id.endsWith('X') ? 3 : 0]]))}`];
    let block = `--- ${pick(['OCR结果', 'ocr_text', '识别文本'])} ${file} (conf=${(0.8 + rnd() * 0.19).toFixed(3)}) ---\n` + (chance(0.3) ? front.join(' ') : front.join('\n'));
    if (chance(0.5)) block += `\n[背面] 签发机关 ${d.D('authority', `${city}市公安局${reg.replace(/[区市]$/, '')}分局`)} 有效期限 ${d.D('validity', `${ri(2012, 2022)}.${pad(ri(1, 12), 2)}.${pad(ri(1, 28), 2)}-${chance(0.2) ? '长期' : ri(2026, 2042) + '.' + pad(ri(1, 12), 2) + '.' + pad(ri(1, 28), 2)}`)}`;
    if (chance(0.35)) { const c = p.card; block += `\n[银行卡OCR] ${pick(['银联', 'UnionPay'])} ${c.bank} 卡号 ${d.card(p, 'sp4')} 有效期 ${pad(ri(1, 12), 2)}/${ri(26, 33)}`; }
    if (chance(0.4)) block += `\n结构化：${JSON.stringify({ name: p.name, idNumber: p.id, gender: p.sex, birth: `${y}${pad(m, 2)}${pad(dd, 2)}` })}`;
    out.push(block);
  }
  return `${pick(['实名认证上传证件OCR日志', '证件识别回调记录', 'OCR batch'])} ${fdt(rts(), 'date')}\n\n` + out.join('\n\n');
}

function gSmsLog(d) {
  const n = rowsN();
  const g = gameName();
  const cols = [
    { h: ['发送时间', 'send_time'], first: true, f: (r) => r.t },
    { h: ['手机号', '接收号码', 'mobile'], f: (r) => r.mob },
    { h: ['内容', '短信内容'], f: (r) => r.txt },
    { h: ['验证码', 'code'], f: (r) => r.code, opt: 0.5 },
    { h: ['状态', '回执状态'], f: (r) => pick(['DELIVRD', '成功', 'UNDELIV', '失败']) },
    { h: ['回执ID', 'msg_id'], f: (r) => r.mid },
    { h: ['通道', 'channel'], f: (r) => pick(['移动CMPP-01', '联通SGIP', '电信SMGP', '阿里云', '腾讯云']), opt: 0.6 },
    { h: ['请求IP', 'ip'], f: (r) => r.ip, opt: 0.6 },
  ];
  const body = buildTable(d, cols, n, () => {
    const p = new Person();
    const code = pad(ri(0, 999999), 6); d.D('verify_code', code);
    const txt = pick([`【${g}】您的验证码为${code}，5分钟内有效，请勿泄露。`, `【${g}】验证码${code}，您正在换绑手机，如非本人操作请忽略。`, `【${g}】您好，您的提现申请已提交，验证码：${code}`]);
    return { t: chance(0.4) ? d.ts13() : fdt(rts(), 'log'), mob: d.mob(p, wpick([['bare', 7], ['86', 2], ['p86', 1]])), txt, code, mid: d.D('msg_id', numDecoy(ri(16, 20))), ip: d.ip() };
  }, pick(['csv', 'tsv', 'pipe', 'fixed']));
  return `${pick(['短信发送日志', 'sms_send_log', '验证码下发记录'])} 签名：【${g}】\n${body}`;
}

function gGuildSettle(d) {
  const n = rowsN(60);
  const cols = [
    { h: ['序号'], first: true, f: (r, i) => String(i + 1) },
    { h: ['主播', '艺名'], f: (r) => r.stage },
    { h: ['收款人', '姓名'], f: (r) => r.nm },
    { h: ['银行卡号', '收款卡号'], f: (r) => r.card },
    { h: ['开户行'], f: (r) => r.bank, opt: 0.7 },
    { h: ['身份证号'], f: (r) => r.idc, opt: 0.6 },
    { h: ['流水(音浪)', '礼物流水'], f: (r) => r.flow },
    { h: ['应结金额', '结算金额(元)'], f: (r) => r.amt },
    { h: ['个税代扣'], f: (r) => r.tax, opt: 0.5 },
  ];
  const body = buildTable(d, cols, n, () => {
    const p = new Person('adult', { birth: [1988, 2005] });
    const bad = chance(0.03), c = bad ? genBadLuhnCard() : p.card;
    return { stage: stageName(d), nm: d.name(p), card: bad ? d.DC('bank_card', fmtCard(c.no, 'bare')) : d.card(p, undefined, c), bank: d.bankBranch(c.bank), idc: d.id(p), flow: d.amount(pick(['音浪', '星钻', '钻石'])), amt: d.amount('元'), tax: d.amount('元') };
  });
  const handler = new Person();
  return `${title(`${fdt(rts(), 'ymd').slice(0, 6)} 公会月度结算单`)}\n${guildHeader(d)}\n\n${body}\n\n经办人：${d.name(handler)}  联系方式：${d.mob(handler)}  邮箱：${d.mail(handler, genEmail(handler, { work: pick(STAFF_DOMAINS) }))}`;
}

function gOpsMail(d) {
  const dom = pick(STAFF_DOMAINS);
  const from = new Person('adult', { birth: [1985, 2000] });
  const tos = Array.from({ length: ri(1, 4) }, () => new Person('adult', { birth: [1980, 2000] }));
  const addr = (p) => d.E('email', genEmail(p, { work: dom }).addr);
  const role = d.DC('email', pick(['risk-team', 'kefu', 'appeal', 'noreply', 'security', 'ops-alert']) + '@' + dom);
  const hdr = `From: "${d.name(from)}" <${addr(from)}>\nTo: ${tos.map((p) => `${d.name(p)} <${addr(p)}>`).join(', ')}\nCc: ${role}\nDate: ${fdt(rts(), 'iso')}\nSubject: ${pick(['【紧急】本周盗号申诉用户汇总', '转发：监管抽查-实名信息核对', '回复：大额提现异常名单', '主播结算卡变更确认'])}`;
  const n = rowsN(25);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = new Person();
    rows.push(`${i + 1}. ${d.name(p)} ${d.mob(p)} ${chance(0.7) ? d.id(p) : d.mid()} ${chance(0.4) ? d.card(p) : ''} UID:${d.uid()}`.replace(/\s+UID/, ' UID'));
  }
  const sig = `--\n${from.name}｜${d.D('job_title', pick(JOBS))}\n${d.company()}\n手机：${d.mob(from)}  座机：${d.land(genLandline(), undefined, true)} 转${ri(8000, 8999)}\n${d.D('place', pick(['杭州市滨江区网商路599号', '成都市高新区天府大道中段1号']))}`;
  return `${hdr}\n\n${pick(['各位好，', 'Hi all，', '@风控组 '])}\n${pick(['以下用户需在今天内完成复核，请勿外传：', '附上名单，敏感信息请在工单系统内处理：', '监管要求核对的实名信息如下：'])}\n${rows.join('\n')}\n\n${pick(['如有问题请联系我。', '谢谢！', '请于周五前回复。'])}\n${sig}`;
}

function gDevTicket(d) {
  const p = new Person(), reporter = new Person('adult', { birth: [1990, 2000] });
  const tk = d.D('ticket_no', `BUG-${ri(1000, 99999)}`);
  const demoId = '11010519491231002X', demoM = pick(DEMO_MOBILES);
  const body = JSON.stringify({ uid: d.uid(), realName: d.name(p), idCard: d.id(p, p.id.endsWith('X') ? 'lower' : 'bare'), mobile: d.mob(p, 'bare'), email: d.mail(p), bankCard: chance(0.6) ? d.card(p, 'bare') : undefined, deviceId: d.dev(), ts: Number(d.ts13()) }, null, 2);
  return `${tk} ${pick(['实名认证接口在身份证末位为x时校验失败', '绑卡接口偶发超时', '提现回调签名错误', 'OCR结构化字段错位'])}\n` +
    `报告人：${d.name(reporter)} <${d.E('email', genEmail(reporter, { work: pick(STAFF_DOMAINS) }).addr)}>  优先级：${pick(['P0', 'P1', 'P2'])}  版本：${d.D('app_version', `v${ri(2, 9)}.${ri(0, 30)}.${ri(0, 9)}`)}\n\n` +
    `复现步骤：\n1. 使用测试数据 ${d.DC('cn_resident_id', demoId)} / ${d.DC('cn_mobile', demoM)} 调用 /api/realname/verify，正常。\n` +
    `2. 使用线上用户（已获授权排查）请求如下：\n\`\`\`json\n${body}\n\`\`\`\n返回 ${pick(['{"code":40012,"msg":"ID_FORMAT_ERROR"}', '{"code":504,"msg":"upstream timeout"}'])}\n\n` +
    `相关代码：git@github.com:xingchen/${d.D('git_remote', pick(['auth-svc', 'pay-core', 'ocr-worker']) + '.git')}  图标资源 ${d.D('asset_name', 'icon@2x.png')}\n` +
    `${d.D('decorator', '@Transactional')} 注解未生效；@${d.D('mention', pick(STAFF_ALIAS))} 请跟进。`;
}

const KINDS = [
  ['realname', gRealname], ['antiaddict', gAntiAddict], ['appeal', gAppeal], ['streamer', gStreamer], ['withdraw', gWithdraw],
  ['cschat', gChat], ['minorrefund', gMinorRefund], ['riskban', gRiskBan], ['esports', gEsports], ['jsonexport', gJson],
  ['csvexport', gCsv], ['applog', gAppLog], ['idocr', gIdOcr], ['smslog', gSmsLog], ['guildsettle', gGuildSettle],
  ['opsmail', gOpsMail], ['devticket', gDevTicket],
];
const PER_KIND = 18;

// ================================================================ validation
const VALID = {
  cn_resident_id: (v) => /^\d{17}[\dX]$/.test(v),
  cn_mobile: (v) => /^1[3-9]\d{9}$/.test(v),
  cn_landline: (v) => /^0\d{9,11}$/.test(v),
  email: (v) => /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v),
  bank_card: (v) => /^\d{10,30}$/.test(v),
  cn_uscc: (v) => /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v),
  cn_passport: (v) => /^(E\d{8}|E[A-HJ-NP-Z]\d{7})$/.test(v),
  person_name_zh: (v) => /^[\u4e00-\u9fa5]{2,4}$/.test(v) || /^[\u4e00-\u9fa5]{1,8}·[\u4e00-\u9fa5]{1,8}$/.test(v),
};
function strictEntity(det, v) { // entities must also pass the structural checks
  switch (det) {
    case 'cn_resident_id': { const y = +v.slice(6, 10), m = +v.slice(10, 12), dd = +v.slice(12, 14); return REGION_SET.has(v.slice(0, 6)) && y >= 1900 && y <= 2025 && validDate(y, m, dd) && idCheck(v.slice(0, 17)) === v[17]; }
    case 'cn_mobile': return ALLOCATED.test(v) && !DEMO_MOBILES.includes(v);
    case 'bank_card': return v.length >= 16 && v.length <= 19 && luhnOk(v);
    case 'cn_uscc': return usccCheck(v.slice(0, 17)) === v[17] && orgCheck(v.slice(8, 16)) === v[16];
    default: return true;
  }
}
function docProblems(doc, text) {
  const P = [];
  const ents = [...doc.ents.values()], dcs = [...doc.dcs.values()], decs = [...doc.decs.values()];
  for (const [lab, arr] of [['entity', ents], ['dontCare', dcs]]) for (const e of arr) {
    if (!VALID[e.detector](e.value)) P.push(`${lab} ${e.detector} bad chars: ${e.value}`);
    if (lab === 'entity' && !strictEntity(e.detector, e.value)) P.push(`entity ${e.detector} fails structure: ${e.value}`);
    for (const r of e.raws) { if (!text.includes(r)) P.push(`${lab} raw not in text: ${r}`); if (norm(e.detector, r) !== e.value) P.push(`raw ${r} does not normalise to ${e.value}`); }
  }
  const labelled = [...ents, ...dcs];
  const keys = new Set();
  for (const e of labelled) { const k = e.detector + '\u0001' + e.value; if (keys.has(k)) P.push('entity/dontCare overlap ' + e.value); keys.add(k); }
  for (const x of decs) {
    if (!text.includes(x.text)) P.push('decoy not in text: ' + x.text);
    for (const e of labelled) if (x.text === e.value || x.text.includes(e.value) || [...e.raws].some((r) => x.text.includes(r))) P.push(`decoy ${x.kind} "${x.text}" contains labelled ${e.value}`);
    if (looksLikePII(x.text)) P.push(`decoy looks like valid PII: ${x.text}`);
  }
  return P;
}

// ================================================================ main
const docs = [];
const failures = [];
for (const [kind, gen] of KINDS) {
  for (let i = 1; i <= PER_KIND; i++) {
    let ok = false;
    for (let attempt = 0; attempt < 40 && !ok; attempt++) {
      const d = new Doc(kind);
      const text = gen(d);
      d.finish(text);
      const P = docProblems(d, text);
      if (P.length) { if (attempt === 39) failures.push(`${kind}-${i}: ${P.slice(0, 3).join('; ')}`); continue; }
      ok = true;
      docs.push({
        id: `gm-${kind}-${i}`, kind, text,
        entities: [...d.ents.values()].map(({ detector, value }) => ({ detector, value })),
        dontCare: [...d.dcs.values()].map(({ detector, value }) => ({ detector, value })),
        decoys: [...d.decs.values()],
      });
    }
  }
}
writeFileSync(OUT, docs.map((o) => JSON.stringify(o)).join('\n') + '\n');

// ---------------------------------------------------------------- summary + global self-check
const perKind = {}, entPer = {}, dcPer = {}, decPer = {};
let nEnt = 0, nDec = 0;
for (const o of docs) {
  perKind[o.kind] = (perKind[o.kind] || 0) + 1;
  for (const e of o.entities) { entPer[e.detector] = (entPer[e.detector] || 0) + 1; nEnt++; }
  for (const e of o.dontCare) dcPer[e.detector] = (dcPer[e.detector] || 0) + 1;
  for (const x of o.decoys) { decPer[x.kind] = (decPer[x.kind] || 0) + 1; nDec++; }
  // re-check the written object: uniqueness per doc and disjointness
  const seen = new Set();
  for (const e of [...o.entities, ...o.dontCare]) { const k = e.detector + '|' + e.value; if (seen.has(k)) failures.push(`${o.id}: duplicate label ${k}`); seen.add(k); }
  const vals = [...o.entities, ...o.dontCare].map((e) => e.value);
  for (const x of o.decoys) if (vals.some((v) => x.text === v || x.text.includes(v))) failures.push(`${o.id}: decoy ${x.text} overlaps a label`);
}
console.log(`wrote ${docs.length} documents to ${OUT}`);
console.log('documents per kind:'); for (const [k, v] of Object.entries(perKind)) console.log(`  ${k.padEnd(12)} ${v}`);
console.log('entity labels per detector:'); for (const [k, v] of Object.entries(entPer).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(15)} ${v}`);
console.log('dontCare labels per detector:'); for (const [k, v] of Object.entries(dcPer).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(15)} ${v}`);
console.log('decoys per kind:'); for (const [k, v] of Object.entries(decPer).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(15)} ${v}`);
console.log(`total entities ${nEnt}, total decoys ${nDec}`);
if (docs.length < 250) failures.push(`only ${docs.length} documents`);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((entPer[det] || 0) < 300) failures.push(`${det}: only ${entPer[det] || 0} entity labels`);
if (nDec < nEnt) failures.push(`decoys (${nDec}) fewer than entities (${nEnt})`);
if (failures.length) { console.error('SELF-CHECK FAILED:\n  ' + failures.slice(0, 30).join('\n  ')); process.exit(1); }
console.log('self-check: OK');
