#!/usr/bin/env node
/*
 * utilities.mjs — independent labelled test corpus for listguard (Chinese DLP).
 *
 * Theme: personal data in UTILITIES billing and service — 电 / 水 / 燃气 / 供暖 /
 * 物业费 / 宽带: 用户档案 exports, 欠费催缴 lists and notices, 过户/开户 applications,
 * 抄表 work orders, 报装/报修 tickets, 低保减免 lists, 代扣协议, 缴费提醒 SMS logs,
 * 燃气安检 registers, 网上营业厅 API JSON, OCR'd paper forms, 网格员 WeChat chats,
 * 供暖/物业 fee ledgers, 宽带 装机单, 电子发票 mails, 退费 applications.
 *
 * Usage:  node utilities.mjs OUT.jsonl        (Node >= 20, no dependencies)
 *
 * Output: one JSON object per line
 *   {"id":"ut-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // MUST be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported under any id
 *
 * Normalisation of values: cn_resident_id 18 chars, upper-case X (legacy 15-digit
 * numbers are upgraded to 18); cn_mobile 11 digits without +86/0086/86; cn_landline
 * digits incl. the leading 0 and area code, no separators, no extension; email
 * lower-case; bank_card digits only; cn_uscc / cn_passport upper-case;
 * person_name_zh as written without spaces, padding or titles. Decoys carry their
 * exact written text.
 *
 * Deterministic: own mulberry32 PRNG with a fixed seed. All data is synthetic
 * (valid GB 11643 IDs, Luhn-valid cards on real-looking IINs, GB 32100 USCCs,
 * allocated mobile prefixes). A self-check at the end exits 1 on failure.
 *
 * Written in session 26 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2] || 'utilities.jsonl';

// ---------------------------------------------------------------- PRNG / utils
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x26a17e55);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;
const dig = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const nz = () => String(ri(1, 9));
const p2 = (n) => String(n).padStart(2, '0');
const wpick = (pairs) => {
  let tot = 0; for (const [, w] of pairs) tot += w;
  let r = rnd() * tot;
  for (const [v, w] of pairs) { if ((r -= w) < 0) return v; }
  return pairs[pairs.length - 1][0];
};
const shuffle = (arr) => { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const fw = (s) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const unfw = (s) => s.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
const dim = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const money = (a, b) => (ri(a * 100, b * 100) / 100).toFixed(2);
const rowsN = () => wpick([[() => ri(1, 4), 25], [() => ri(5, 20), 38], [() => ri(21, 45), 24], [() => ri(46, 80), 13]])();
function date(y1 = 2023, y2 = 2025) { const y = ri(y1, y2), m = ri(1, 12), d = ri(1, dim(y, m)); return { y, m, d, h: ri(7, 21), mi: ri(0, 59), s: ri(0, 59) }; }
const fD = (t, sep = '-') => `${t.y}${sep}${p2(t.m)}${sep}${p2(t.d)}`;
const fDT = (t) => `${fD(t)} ${p2(t.h)}:${p2(t.mi)}:${p2(t.s)}`;
const fCN = (t) => `${t.y}年${t.m}月${t.d}日`;
const fHM = (t) => `${p2(t.h)}:${p2(t.mi)}`;

// ---------------------------------------------------------------- names
const SUR_TXT = '王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai 余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao 贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 陶tao 黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 严yan 覃qin 武wu 戴dai 莫mo 孔kong 向xiang 汤tang 常chang 温wen 康kang 施shi 文wen 牛niu 樊fan 葛ge 邢xing 安an 齐qi 易yi 乔qiao 伍wu 庞pang 颜yan 倪ni 庄zhuang 聂nie 章zhang 鲁lu 岳yue 翟zhai 殷yin 詹zhan 申shen 耿geng 关guan 焦jiao 俞yu 左zuo 柳liu 甘gan 祝zhu 包bao 宁ning 尚shang 舒shu 阮ruan 柯ke 纪ji 梅mei 童tong 凌ling 毕bi 单shan 季ji 裴pei 霍huo 涂tu 成cheng 苗miao 谷gu 盛sheng 翁weng 冉ran 骆luo 蓝lan 路lu 游you 辛xin 靳jin 管guan 柴chai 鲍bao 华hua 祁qi 房fang 滕teng 饶rao 艾ai 时shi 穆mu 卓zhuo 古gu 车che 项xiang 连lian 窦dou 岑cen 景jing 费fei 卫wei 宗zong 佟tong 邬wu 栾luan 隋sui 仲zhong 虞yu';
const SUR = SUR_TXT.split(' ').map((t) => [t[0], t.slice(1)]);
const COMPOUND = [['欧阳', 'ouyang'], ['上官', 'shangguan'], ['皇甫', 'huangfu'], ['令狐', 'linghu'], ['诸葛', 'zhuge'], ['司徒', 'situ'], ['司马', 'sima'], ['申屠', 'shentu'], ['夏侯', 'xiahou'], ['慕容', 'murong'], ['尉迟', 'yuchi'], ['东方', 'dongfang'], ['公孙', 'gongsun'], ['端木', 'duanmu']];
const SPY = new Map([...SUR, ...COMPOUND]);
const G1 = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚斌鹏辉玲飞鑫波宁凯欣琳颖倩婷雪莉燕浩宇轩晨阳晖峰亮健彬萍红英兰珍琴云凤洁蓉瑶悦怡'.split('');
const G2 = '秀英 桂英 秀兰 玉兰 建华 建国 建军 志强 海燕 雪梅 国庆 晓东 子涵 浩然 梓萱 欣怡 宇轩 一诺 思远 家豪 婷婷 凤英 淑珍 德胜 长青 金花 文华 丽华 春梅 建平 红梅 小红 晓燕 立新 振华 光明 永康 宏伟 新民 桂兰 秀珍 玉珍 桂芝 俊杰 雨涵 佳怡 博文 天宇 晓明 小军 志刚 海峰 丽娟 美玲 慧敏 嘉怡 子轩 梓涵 诗涵 若曦 明轩 国华 振国 淑华 素梅 爱华 爱民 卫东 建英 秀云 玉梅 春花 福生 德明 文杰 晓华 晓峰 雅婷 静怡 欣然 思彤 宇航 浩宇 红霞 金凤 永刚 少华 国强 海涛 丽萍 玉芬 凤兰 书华'.split(' ');
const MINORITY = [['买买提·艾力', 'maimaiti'], ['阿依古丽·买买提', 'ayigul'], ['艾尔肯·吐尔逊', 'erkin'], ['热依拉·艾买提', 'reyila'], ['迪丽娜尔·吾买尔', 'dilnar'], ['努尔艾力·吐尔洪', 'nurali'], ['帕提古丽·麦麦提', 'patigul'], ['古丽米热·阿不都', 'gulmire'], ['阿卜杜拉·司马义', 'abdulla'], ['巴特尔', 'bater']];
const MINPY = new Map(MINORITY);
const PYS = 'wei fang na min jing li qiang lei jun yang yong yan jie juan tao ming chao xia ping gang hui hua fei xin bo ning kai lin ying ting xue mei hao yu xuan ran chen feng liang jian bin hong lan zhen qin yun rong yao yue yi xiao zi han si tian guo qing dong hai'.split(' ');
function wSurname() { return rnd() < 0.35 ? SUR[ri(0, 9)][0] : rnd() < 0.5 ? SUR[ri(0, 40)][0] : pick(SUR)[0]; }
function genName(xj = false) {
  if (xj ? chance(0.5) : chance(0.015)) return pick(MINORITY)[0];
  const sur = chance(0.045) ? pick(COMPOUND)[0] : wSurname();
  return sur + (chance(0.3) ? pick(G1) : pick(G2));
}
function surOf(name) { return name.length > 2 && COMPOUND.some((c) => c[0] === name.slice(0, 2)) ? name.slice(0, 2) : name[0]; }
const maskName = (n) => (n.includes('·') ? n.split('·')[0][0] + '**' : surOf(n) + (chance(0.6) ? '*' : chance(0.5) ? '**' : '某某'));

// ---------------------------------------------------------------- regions
// c: county code used in IDs; tel/tl: area code and subscriber length (null = no landline);
// st: streets ('*' = place name starting with a surname char, emitted as a place decoy)
const AREAS = [
  { c: '110101', p: '', ci: '北京市', cs: '北京', di: '东城区', tel: '010', tl: 8, mun: 1, heat: 1, st: ['*王府井大街', '东四北大街', '和平里西街', '安定门内大街'] },
  { c: '110105', p: '', ci: '北京市', cs: '北京', di: '朝阳区', tel: '010', tl: 8, mun: 1, heat: 1, st: ['朝阳北路', '*高碑店路', '望京西路', '劲松南路'] },
  { c: '110108', p: '', ci: '北京市', cs: '北京', di: '海淀区', tel: '010', tl: 8, mun: 1, heat: 1, st: ['学院路', '*万柳中路', '中关村南大街', '*马甸东路'] },
  { c: '310104', p: '', ci: '上海市', cs: '上海', di: '徐汇区', tel: '021', tl: 8, mun: 1, st: ['漕溪北路', '*田林路', '龙华中路', '肇嘉浜路'] },
  { c: '310115', p: '', ci: '上海市', cs: '上海', di: '浦东新区', tel: '021', tl: 8, mun: 1, st: ['*张江路', '世纪大道', '*金桥路', '浦建路'] },
  { c: '120101', p: '', ci: '天津市', cs: '天津', di: '和平区', tel: '022', tl: 8, mun: 1, heat: 1, st: ['南京路', '成都道', '*贵州路', '睦南道'] },
  { c: '500103', p: '', ci: '重庆市', cs: '重庆', di: '渝中区', tel: '023', tl: 8, mun: 1, st: ['*解放碑步行街', '中山四路', '大坪正街', '*石油路'] },
  { c: '320102', p: '江苏省', ci: '南京市', cs: '南京', di: '玄武区', tel: '025', tl: 8, st: ['北京东路', '*黄埔路', '龙蟠中路', '*孝陵卫街'] },
  { c: '320106', p: '江苏省', ci: '南京市', cs: '南京', di: '鼓楼区', tel: '025', tl: 8, st: ['中山北路', '*江东北路', '湖南路', '草场门大街'] },
  { c: '320505', p: '江苏省', ci: '苏州市', cs: '苏州', di: '虎丘区', tel: '0512', tl: 8, st: ['狮山路', '滨河路', '*何山路', '玉山路'] },
  { c: '320582', p: '江苏省', ci: '苏州市', cs: '张家港', di: '张家港市', tel: '0512', tl: 8, pl: ['张家港市'], st: ['人民中路', '*杨舍东街', '暨阳湖路', '港城大道'] },
  { c: '330106', p: '浙江省', ci: '杭州市', cs: '杭州', di: '西湖区', tel: '0571', tl: 8, st: ['*文三路', '天目山路', '古墩路', '西溪路'] },
  { c: '330203', p: '浙江省', ci: '宁波市', cs: '宁波', di: '海曙区', tel: '0574', tl: 8, st: ['中山西路', '*柳汀街', '解放南路', '望京路'] },
  { c: '370102', p: '山东省', ci: '济南市', cs: '济南', di: '历下区', tel: '0531', tl: 8, heat: 1, st: ['泉城路', '*文化东路', '解放路', '*华能路'] },
  { c: '370202', p: '山东省', ci: '青岛市', cs: '青岛', di: '市南区', tel: '0532', tl: 8, heat: 1, st: ['香港中路', '*宁夏路', '闽江路', '*江西路'] },
  { c: '410105', p: '河南省', ci: '郑州市', cs: '郑州', di: '金水区', tel: '0371', tl: 8, heat: 1, st: ['*金水路', '花园路', '经三路', '农业路'] },
  { c: '420106', p: '湖北省', ci: '武汉市', cs: '武汉', di: '武昌区', tel: '027', tl: 8, st: ['*武珞路', '中北路', '*徐东大街', '中南路'] },
  { c: '430104', p: '湖南省', ci: '长沙市', cs: '长沙', di: '岳麓区', tel: '0731', tl: 8, st: ['麓山南路', '枫林三路', '银盆南路', '*金星中路'] },
  { c: '440106', p: '广东省', ci: '广州市', cs: '广州', di: '天河区', tel: '020', tl: 8, south: 1, st: ['*林和西路', '天河北路', '体育东路', '*黄埔大道西'] },
  { c: '440304', p: '广东省', ci: '深圳市', cs: '深圳', di: '福田区', tel: '0755', tl: 8, south: 1, st: ['*华强北路', '深南中路', '福华路', '*景田路'] },
  { c: '440305', p: '广东省', ci: '深圳市', cs: '深圳', di: '南山区', tel: '0755', tl: 8, south: 1, st: ['科技园南路', '南海大道', '*桃园路', '*蛇口望海路'] },
  { c: '510107', p: '四川省', ci: '成都市', cs: '成都', di: '武侯区', tel: '028', tl: 8, st: ['*武侯祠大街', '人民南路', '*高升桥路', '玉林北路'] },
  { c: '610113', p: '陕西省', ci: '西安市', cs: '西安', di: '雁塔区', tel: '029', tl: 8, heat: 1, st: ['*高新路', '小寨东路', '长安南路', '*吉祥路'] },
  { c: '620102', p: '甘肃省', ci: '兰州市', cs: '兰州', di: '城关区', tel: '0931', tl: 7, heat: 1, st: ['*张掖路', '东岗西路', '庆阳路', '*武都路'] },
  { c: '210102', p: '辽宁省', ci: '沈阳市', cs: '沈阳', di: '和平区', tel: '024', tl: 8, heat: 1, st: ['中华路', '*南京南街', '三好街', '*太原街'] },
  { c: '230103', p: '黑龙江省', ci: '哈尔滨市', cs: '哈尔滨', di: '南岗区', tel: '0451', tl: 8, heat: 1, st: ['西大直街', '*马家街', '果戈里大街', '学府路'] },
  { c: '220102', p: '吉林省', ci: '长春市', cs: '长春', di: '南关区', tel: '0431', tl: 8, heat: 1, st: ['人民大街', '*卫星路', '亚泰大街', '自由大路'] },
  { c: '130102', p: '河北省', ci: '石家庄市', cs: '石家庄', di: '长安区', tel: '0311', tl: 8, heat: 1, pl: ['石家庄市'], st: ['中山东路', '建设北大街', '*谈固东街', '育才街'] },
  { c: '350102', p: '福建省', ci: '福州市', cs: '福州', di: '鼓楼区', tel: '0591', tl: 8, st: ['五四路', '*杨桥中路', '湖东路', '*温泉支路'] },
  { c: '650102', p: '新疆维吾尔自治区', ci: '乌鲁木齐市', cs: '乌鲁木齐', di: '天山区', tel: null, xj: 1, heat: 1, st: ['解放北路', '人民路', '新华南路', '延安路'] },
  { c: '340104', p: '安徽省', ci: '合肥市', cs: '合肥', di: '蜀山区', tel: null, st: ['长江西路', '*黄山路', '潜山路', '望江西路'] },
];
const IDREG = [...new Set(AREAS.map((a) => a.c)), '110103', '110104', '321002', '411602', '320311', '320211', '140105', '530102', '520102', '450103'];
const PROV2 = new Set('11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65'.split(' '));
const TEL = { '010': 8, '020': 8, '021': 8, '022': 8, '023': 8, '024': 8, '025': 8, '027': 8, '028': 8, '029': 8, '0571': 8, '0574': 8, '0512': 8, '0531': 8, '0532': 8, '0371': 8, '0731': 8, '0755': 8, '0591': 8, '0311': 8, '0431': 8, '0451': 8, '0931': 7 };
const XQ = ['阳光花园', '翠苑', '金色家园', '锦绣华庭', '幸福里小区', '梧桐苑', '紫金花园', '龙湖春江郦城', '保利香槟国际', '万科城市花园', '翡翠城', '枫林湾', '御景园', '电力新村', '水厂宿舍', '和谐家园', '盛世华庭', '云锦苑'];
function addr(d, a, full = chance(0.5)) {
  let st = pick(a.st);
  if (st[0] === '*') { st = st.slice(1); d.dec('place', st); }
  const head = full ? `${a.p}${a.ci}${a.di}` : a.di;
  const tail = chance(0.8) ? `${pick(XQ)}${ri(1, 32)}栋${ri(1, 4)}单元${ri(1, 30)}0${ri(1, 4)}室` : `${ri(1, 12)}幢${ri(1, 6)}0${ri(1, 4)}`;
  const out = `${head}${st}${ri(1, 688)}号${tail}`;
  for (const pl of a.pl || []) if (out.includes(pl)) d.dec('place', pl);
  return out;
}
const room = () => `${ri(1, 32)}-${ri(1, 4)}-${ri(1, 30)}0${ri(1, 4)}`;

// ---------------------------------------------------------------- orgs
const gridSms = (a) => (a.south ? (a.cs === '深圳' ? '深圳供电局' : a.cs === '广州' ? '广州供电局' : '南方电网') : a.mun ? `国网${a.cs}电力` : `国网${a.cs}供电`);
const gridCo = (a) => (a.south ? (a.cs === '深圳' ? '深圳供电局有限公司' : `广东电网有限责任公司${a.cs}供电局`) : a.mun ? `国网${a.cs}市电力公司` : a.xj ? `国网新疆电力有限公司${a.cs}供电公司` : `国网${a.p.replace(/省/, '')}省电力有限公司${a.cs}供电${a.cs === '张家港' ? '' : '分'}公司`);
const gasCo = (a) => `${a.cs}${['港华燃气有限公司', '华润燃气有限公司', '市燃气集团有限公司', '新奥燃气有限公司'][a.c.charCodeAt(4) % 4]}`;
const waterCo = (a) => `${a.cs}${['水务集团有限公司', '市自来水有限公司'][a.c.charCodeAt(5) % 2]}`;
const heatCo = (a) => `${a.cs}${['市热力有限公司', '热电集团有限公司', '供热集团有限公司'][a.c.charCodeAt(5) % 3]}`;
const ispCo = (a) => `${pick(['中国电信股份有限公司', '中国移动通信集团' + (a.mun ? a.cs : a.p.replace(/省|维吾尔自治区/, '')) + '有限公司', '中国联合网络通信有限公司'])}${a.cs}分公司`;
const propCo = () => pick(['万科物业服务股份有限公司', '绿城物业服务集团有限公司', '碧桂园生活服务集团股份有限公司', '保利物业服务股份有限公司', '招商局积余产业运营服务股份有限公司', '长城物业集团股份有限公司']);
const UT = {
  elec: { n: '电', acct: ['户号', '用户编号', '客户编号', '户号(CONS_NO)', '用电户号'], addr: ['用电地址', '用电户地址', '供电地址'], meter: ['电表资产编号', '表号', '电能表编号', '表计资产号'], unit: 'kWh', co: gridCo, hot: (a) => '95598' },
  water: { n: '水', acct: ['户号', '用户号', '水费账号', '客户编号'], addr: ['用水地址', '装表地址'], meter: ['水表编号', '表号', '水表钢印号'], unit: 'm³', co: waterCo, hot: (a) => pick(['96116', '12345', '96390']) },
  gas: { n: '燃气', acct: ['用户编号', '燃气户号', '户号', 'IC卡号'], addr: ['用气地址', '安装地址'], meter: ['气表编号', '表号', '燃气表钢号'], unit: 'm³', co: gasCo, hot: (a) => pick(['96777', '95007', '96777']) },
  heat: { n: '热', acct: ['供热户号', '热用户编号', '户号'], addr: ['供热地址', '房屋坐落'], meter: ['热表编号', '热计量表号'], unit: 'GJ', co: heatCo, hot: (a) => pick(['96069', '12345', '96169']) },
  bb: { n: '宽带', acct: ['客户编号', '合同号', '业务编号'], addr: ['装机地址', '安装地址'], meter: ['光猫SN', 'ONU序列号'], unit: 'GB', co: ispCo, hot: (a) => pick(['10000', '10086', '10010']) },
};

// ---------------------------------------------------------------- check algorithms
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idCheck = (b) => { let s = 0; for (let i = 0; i < 17; i++) s += +b[i] * IDW[i]; return '10X98765432'[s % 11]; };
function mkId(reg, y, m, d, male) { const b = `${reg}${y}${p2(m)}${p2(d)}${String(ri(0, 499) * 2 + (male ? 1 : 0)).padStart(3, '0')}`; return b + idCheck(b); }
function idValid(v) {
  if (!/^\d{17}[\dX]$/.test(v) || idCheck(v) !== v[17] || !PROV2.has(v.slice(0, 2))) return false;
  const y = +v.slice(6, 10), m = +v.slice(10, 12), d = +v.slice(12, 14);
  return y >= 1900 && y <= 2025 && m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m);
}
const luhnOk = (s) => { let sum = 0; for (let i = 0; i < s.length; i++) { let x = +s[s.length - 1 - i]; if (i % 2) { x *= 2; if (x > 9) x -= 9; } sum += x; } return sum % 10 === 0; };
const luhnFinish = (body) => { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c; };
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const orgCheck = (s8) => { const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) { const c = s8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * W[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); };
const usccCheck = (s17) => { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(s17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; };
function mkUscc(a, type = '91') {
  const reg = chance(0.5) ? a.c.slice(0, 4) + '00' : a.c;
  let b8 = chance(0.6) ? 'MA' + Array.from({ length: 6 }, () => pick(UA.split(''))).join('') : dig(8);
  const s17 = type + reg + b8 + orgCheck(b8);
  return s17 + usccCheck(s17);
}
const usccValid = (v) => /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v) && usccCheck(v.slice(0, 17)) === v[17] && orgCheck(v.slice(8, 16)) === v[16];

// ---------------------------------------------------------------- value generators
const MP = '130 131 132 133 134 135 136 137 138 139 130 131 132 133 135 136 137 138 139 145 147 150 151 152 153 155 156 157 158 159 150 151 152 155 158 159 162 165 166 167 170 171 172 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 180 182 183 186 187 188 189 190 191 192 193 195 196 197 198 199 199'.split(' ');
const MPSET = new Set(MP);
const DEMO = new Set(['13800138000', '13912345678', '18888888888']);
function mkMobile() { let m; do { m = pick(MP) + dig(8); } while (DEMO.has(m)); return m; }
function mkTel(code) { return code + String(ri(2, 8)) + dig(TEL[code] - 1); }
const BANKS = [
  { n: '中国工商银行', iin: ['622202', '621226', '621558', '622208'], len: 19 },
  { n: '中国农业银行', iin: ['622848', '622845', '623052'], len: 19 },
  { n: '中国建设银行', iin: ['621700', '622700', '436742'], len: 19 },
  { n: '中国银行', iin: ['621661', '621785', '601382'], len: 19 },
  { n: '交通银行', iin: ['622262', '622260'], len: 19 },
  { n: '招商银行', iin: ['622588', '621483', '622575'], len: 16 },
  { n: '中国邮政储蓄银行', iin: ['621799', '622188', '621098'], len: 19 },
  { n: '兴业银行', iin: ['622909', '622908'], len: 18 },
  { n: '浦发银行', iin: ['622521', '621792'], len: 16 },
  { n: '中信银行', iin: ['622690', '621773'], len: 16 },
  { n: '江苏银行', iin: ['622173', '621076'], len: 16 },
  { n: '农村商业银行', iin: ['621458', '623038'], len: 19 },
  { n: '招商银行信用卡', iin: ['439225', '518710'], len: 16, cc: 1 },
  { n: '广发银行信用卡', iin: ['528931', '406365'], len: 16, cc: 1 },
];
function mkCard(bank) { const iin = pick(bank.iin); return luhnFinish(iin + dig(bank.len - iin.length - 1)); }
const bankBranch = (b, a) => (b.cc ? b.n : `${b.n}${a.cs}${pick([a.di.replace(/区|市$/, ''), '分行营业部', '城东', '城西', '新街口', '高新'])}${chance(0.8) ? '支行' : '分理处'}`.replace('分行营业部支行', '分行营业部').replace('分行营业部分理处', '分行营业部'));
const DOM = [['qq.com', 30], ['163.com', 20], ['126.com', 8], ['sina.com', 5], ['foxmail.com', 5], ['139.com', 6], ['189.cn', 3], ['outlook.com', 4], ['gmail.com', 3], ['aliyun.com', 3], ['yeah.net', 2], ['sohu.com', 2], ['hotmail.com', 2], ['wo.cn', 1]];
function mkEmail(p) {
  const dom = wpick(DOM);
  let local, inner = false;
  if (['139.com', '189.cn', 'wo.cn'].includes(dom) && chance(0.7)) { local = p.mobile; inner = true; }
  else if (dom === 'qq.com' && chance(0.5)) { local = nz() + dig(ri(5, 9)); if (local.length === 10 && local[0] === '1') local = '2' + local.slice(1); }
  else {
    let sp, gp;
    if (MINPY.has(p.name)) { sp = MINPY.get(p.name); gp = pick(PYS); }
    else { sp = SPY.get(surOf(p.name)) || 'li'; gp = [...p.name.slice(surOf(p.name).length)].map(() => pick(PYS)).join(''); }
    const yy = String(p.by);
    local = wpick([[`${sp}${gp}${pick(['', yy, yy.slice(2), dig(2), dig(3)])}`, 40], [`${gp}.${sp}`, 10], [`${sp[0]}${gp[0]}${dig(ri(3, 6))}`, 15], [`${sp}_${gp}`, 10],
      [`${pick(['sunny', 'happy', 'lucky', 'tiger', 'moon', 'star', 'rain', 'leaf', 'cat', 'ocean'])}_${sp}${dig(2)}`, 12], [`${sp}${gp}${pick(['', '_'])}${pick(['nj', 'sh', 'bj', 'hz', 'sz', 'gz', 'cd'])}`, 6]]);
  }
  const e = `${local}@${dom}`;
  return { v: e.toLowerCase(), raw: chance(0.08) && /^[a-z]/.test(e) ? e[0].toUpperCase() + e.slice(1) : e, inner };
}
function mkPerson(a) {
  const name = genName(!!a.xj);
  const male = chance(0.5), by = ri(1938, 2004), bm = ri(1, 12), bd = ri(1, dim(by, bm));
  const id = mkId(chance(0.55) ? a.c : pick(IDREG), by, bm, bd, male);
  const bank = pick(BANKS);
  const p = { name, male, by, bm, bd, id, mobile: mkMobile(), bank, card: mkCard(bank), a };
  p.email = mkEmail(p);
  p.tel = a.tel ? mkTel(a.tel) : null;
  return p;
}
function mkPassport() { return chance(0.6) ? 'E' + pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')) + dig(7) : 'E' + dig(8); }

// decoy value generators
function acctNo(ut) {
  if (ut === 'elec') return wpick([[() => String(ri(2, 7)) + dig(9), 55], [() => '0' + pick(['3', '6', '7', '5']) + '0' + dig(10), 30], [() => nz() + dig(11), 15]])();
  if (ut === 'water') return wpick([[() => nz() + dig(ri(7, 9)), 60], [() => pick(['SW', 'ZLS']) + dig(8), 40]])();
  if (ut === 'gas') return wpick([[() => String(ri(2, 9)) + dig(ri(9, 11)), 60], [() => pick(['RQ', 'IC']) + dig(10), 40]])();
  if (ut === 'heat') return wpick([[() => 'RL' + dig(8), 50], [() => String(ri(2, 9)) + dig(9), 50]])();
  return wpick([[() => 'ad' + dig(10), 50], [() => String(ri(2, 9)) + dig(11), 50]])();
}
function meterNo(ut) {
  if (ut === 'elec') return pick(['1330001', '3310001', '1130001', '1410001', '0310001']) + dig(15);
  if (ut === 'water') return chance(0.6) ? pick(['WS', 'SB']) + dig(ri(10, 12)) : String(ri(2, 9)) + dig(ri(9, 11));
  if (ut === 'gas') return pick(['TC', 'LJ', 'GS', 'JK']) + String(ri(15, 24)) + dig(8);
  if (ut === 'heat') return 'RB' + dig(10);
  return pick(['ZTEG', 'HWTC', 'FHTT', 'CIOT']) + Array.from({ length: 8 }, () => pick('0123456789ABCDEF'.split(''))).join('');
}
const tsMs = () => String(ri(1700000000, 1759999999)) + dig(3);
function txnNo() { const t = date(2024, 2025), n = ri(18, 22); const pre = `${t.y}${p2(t.m)}${p2(t.d)}${p2(t.h)}${p2(t.mi)}${p2(t.s)}`.slice(0, ri(8, 14)); return pre + dig(n - pre.length); }
function woNo() { const t = date(2024, 2025); return wpick([[() => `${pick(['GD', 'BX', 'BZ', 'WO', 'CB', 'AJ'])}${t.y}${p2(t.m)}${p2(t.d)}${dig(ri(4, 6))}`, 50], [() => `${String(t.y).slice(2)}${p2(t.m)}${p2(t.d)}${dig(10)}`, 35], [() => `${pick(['BX', 'GD'])}-${t.y}${p2(t.m)}-${dig(5)}`, 15]])(); }
const invNo = () => dig(8);
const invCode = () => '0' + pick(['32', '44', '11', '31', '33', '51']) + String(ri(0, 9)) + '0' + String(ri(22, 25)) + dig(5);
const invNo20 = () => String(ri(24, 25)) + pick(['32', '44', '11', '31', '33', '51']) + '2000000' + dig(9);
const maskMob = (m) => (chance(0.8) ? `${m.slice(0, 3)}****${m.slice(7)}` : `${m.slice(0, 3)}xxxx${m.slice(7)}`);
const maskId = (id) => pick([() => `${id.slice(0, 6)}********${id.slice(14)}`, () => `${id.slice(0, 3)}***********${id.slice(14)}`, () => `${id.slice(0, 10)}****${id.slice(14)}`, () => `${id[0]}****************${id[17]}`])();
const maskCard = (c) => pick([() => `${c.slice(0, 4)} **** **** ${c.slice(-4)}`, () => `${c.slice(0, 6)}******${c.slice(-4)}`, () => `**** **** **** ${c.slice(-4)}`, () => `尾号${c.slice(-4)}`])();
const maskEmail = (e) => { const [l, dm] = e.split('@'); return `${l.slice(0, Math.min(2, l.length - 1))}****@${dm}`; };
const reading = (ut) => (ut === 'elec' ? String(ri(100, 99999)) + '.' + dig(2) : String(ri(10, 9999)) + (chance(0.5) ? '.' + dig(1) : ''));

// ---------------------------------------------------------------- document builder
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.C = new Map(); this.X = new Map(); this.raw = []; }
  ent(det, v, raw = v) { this.E.set(det + '|' + v, { detector: det, value: v }); this.raw.push([det, v, raw]); return raw; }
  dc(det, v, raw = v) { this.C.set(det + '|' + v, { detector: det, value: v }); this.raw.push([det, v, raw]); return raw; }
  dec(kind, text) { text = String(text); if (!this.X.has(text)) this.X.set(text, { kind, text }); return text; }
}
const spaced = (s, p = 0.5) => [...s].map((c, i) => (i > 0 && chance(p) ? ' ' + c : c)).join('');
function nm(d, name, style = 'plain') {
  const raw = style === 'sp' ? spaced(name, 0.7) : name;
  return d.ent('person_name_zh', name, raw);
}
function fmtMob(m, st) {
  const sp = `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
  switch (st) {
    case 'sp': return sp; case 'dash': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case '+86': return '+86' + m; case '+86sp': return '+86 ' + sp; case '0086': return '0086-' + m;
    case '86': return '86 ' + m; case 'p86': return '(+86)' + m; case 'fw': return fw(m); case 'ocr': return spaced(m, 0.3);
    default: return m;
  }
}
const mobStyle = () => wpick([['plain', 72], ['sp', 7], ['dash', 7], ['+86', 4], ['+86sp', 3], ['0086', 2], ['86', 2], ['p86', 2], ['fw', 1]]);
function mb(d, m, st = mobStyle()) { return d.ent('cn_mobile', m, fmtMob(m, st)); }
function idc(d, id, st = wpick([['plain', 86], ['lx', 6], ['sp', 5], ['fw', 3]])) {
  let raw = id;
  if (st === 'lx') raw = id.replace('X', 'x');
  if (st === 'sp') raw = `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
  if (st === 'fw') raw = fw(id);
  if (st === 'ocr') raw = chance(0.5) ? `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}` : spaced(id, 0.25);
  return d.ent('cn_resident_id', id, raw);
}
function legacyId(d, p) { // 15-digit first-generation number; value upgraded to 18
  if (p.by >= 1990) return idc(d, p.id, 'plain');
  const b15 = p.id.slice(0, 6) + p.id.slice(8, 17);
  const up = p.id.slice(0, 17);
  return d.ent('cn_resident_id', up + idCheck(up), b15);
}
function cd(d, c, st = wpick([['plain', 75], ['sp', 20], ['dash', 5]])) {
  let raw = c;
  if (st === 'sp' || st === 'dash') raw = c.match(/.{1,4}/g).join(st === 'sp' ? ' ' : '-');
  if (st === 'ocr') raw = spaced(c, 0.2);
  return d.ent('bank_card', c, raw);
}
function em(d, p) { if (p.email.inner) d.ent('cn_mobile', p.mobile, p.mobile); return d.ent('email', p.email.v, p.email.raw); }
function fmtTel(t, st) {
  const code = Object.keys(TEL).find((k) => t.startsWith(k) && t.length === k.length + TEL[k]);
  const sub = t.slice(code.length);
  switch (st) {
    case 'paren': return `(${code})${sub}`; case 'fwparen': return `（${code}）${sub}`; case 'sp': return `${code} ${sub}`;
    case 'plain': return t; case 'intl': return `+86-${code.slice(1)}-${sub}`; default: return `${code}-${sub}`;
  }
}
const telStyle = () => wpick([['dash', 60], ['paren', 12], ['fwparen', 6], ['sp', 10], ['plain', 10], ['intl', 2]]);
function ll(d, t, st = telStyle()) { return d.ent('cn_landline', t, fmtTel(t, st)); }
function llDc(d, t, st = telStyle()) { return d.dc('cn_landline', t, fmtTel(t, st)); }
function us(d, u) { return d.ent('cn_uscc', u, u); }
function officeTel(d, a) { return a.tel ? llDc(d, mkTel(a.tel), chance(0.7) ? 'dash' : 'paren') : d.dec('hotline', UT.elec.hot(a)); }

function renderTable(headers, rows, fmt) {
  const dw = (s) => [...s].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const q = (s) => (/[,"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  switch (fmt) {
    case 'csv': return [headers, ...rows].map((r) => r.map(q).join(',')).join('\n');
    case 'tsv': return [headers, ...rows].map((r) => r.join('\t')).join('\n');
    case 'semi': return [headers, ...rows].map((r) => r.join(';')).join('\n');
    case 'pipe': return [headers, ...rows].map((r) => r.join('|')).join('\n');
    case 'md': return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
    case 'space': return [headers, ...rows].map((r) => r.join('  ')).join('\n');
    default: { // fixed width
      const w = headers.map((h, i) => Math.max(dw(h), ...rows.map((r) => dw(r[i]))) + 2);
      return [headers, ...rows].map((r) => r.map((c, i) => c + ' '.repeat(w[i] - dw(c))).join('').trimEnd()).join('\n');
    }
  }
}
const tfmt = () => wpick([['csv', 30], ['tsv', 18], ['pipe', 12], ['fixed', 18], ['md', 10], ['semi', 5], ['space', 7]]);
const pickU = (opts = ['elec', 'elec', 'elec', 'water', 'gas', 'gas', 'heat', 'bb']) => pick(opts);
const heatArea = () => pick(AREAS.filter((a) => a.heat));
const empNo = (a) => `${pick(['NJ', 'YX', 'CB', 'KF', 'AJ', 'WG'])}${dig(ri(4, 6))}`;

// ================================================================ KIND: archive (用户档案导出)
function gArchive(d) {
  const ut = pickU(), U = UT[ut], a = ut === 'heat' ? heatArea() : pick(AREAS), n = rowsN();
  const cols = ['acct', 'name'];
  if (chance(0.85)) cols.push('cert');
  cols.push('phone');
  if (chance(0.45)) cols.push('phone2');
  cols.push('addr');
  if (chance(0.65)) cols.push('bank', 'card');
  if (chance(0.6)) cols.push('email');
  if (chance(0.55)) cols.push('meter');
  if (chance(0.45)) cols.push('reading');
  if (chance(0.3)) cols.push('cat');
  if (chance(0.35)) cols.push('opened');
  const order = chance(0.5) ? cols : ['acct', 'name', ...shuffle(cols.slice(2))];
  const H = { acct: pick(U.acct), name: pick(['户名', '用户名称', '客户姓名', '户主姓名', 'CONS_NAME', '客户名称']), cert: pick(['身份证号', '证件号码', '身份证', '证件号', 'CERT_NO']), phone: pick(['联系电话', '手机号码', '手机', '移动电话', '联系方式', 'MOBILE']), phone2: pick(['备用电话', '固定电话', '座机', '其他联系电话']), addr: pick(U.addr), bank: pick(['开户行', '代扣银行', '开户银行']), card: pick(['代扣银行卡', '代扣账号', '扣款卡号', '银行卡号', '代扣卡号']), email: pick(['电子账单邮箱', '邮箱', 'E-mail', '电子邮箱', '账单推送邮箱']), meter: pick(U.meter), reading: pick(['上月示数', '本月示数', '当前读数', '最近抄见']), cat: pick(['用户类别', '用电类别', '用户分类']), opened: pick(['立户日期', '开户时间', '建档日期']) };
  const maskAll = chance(0.12), fm = tfmt();
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = mkPerson(a), comp = ut !== 'heat' && chance(0.08);
    const cell = {
      acct: () => d.dec('account_no', acctNo(ut)),
      name: () => (comp ? d.dec('org', `${a.cs}${pick(['市', ''])}${pick(['鑫源', '恒达', '金鼎', '汇丰', '万家福', surOf(p.name) + '记'])}${pick(['餐饮店', '商贸有限公司', '便利店', '五金经营部', '科技有限公司'])}`) : nm(d, p.name)),
      cert: () => (comp ? us(d, mkUscc(a, chance(0.8) ? '91' : '92')) : maskAll ? d.dec('masked_id', maskId(p.id)) : chance(0.04) ? '' : chance(0.05) ? legacyId(d, p) : idc(d, p.id, chance(0.92) ? 'plain' : 'lx')),
      phone: () => (comp && chance(0.5) && a.tel ? llDc(d, mkTel(a.tel)) : maskAll && chance(0.7) ? d.dec('masked_mobile', maskMob(p.mobile)) : chance(0.12) && p.tel ? ll(d, p.tel) : mb(d, p.mobile, chance(0.85) ? 'plain' : mobStyle())),
      phone2: () => (chance(0.4) && p.tel && !comp ? ll(d, p.tel) : chance(0.3) ? mb(d, mkMobile(), 'plain') : ''),
      addr: () => addr(d, a, chance(0.3)),
      bank: () => (comp ? d.dec('org', `${p.bank.n.replace('信用卡', '')}${a.cs}分行`) : d.dec('org', bankBranch(p.bank, a))),
      card: () => (comp ? d.dc('bank_card', dig(1).replace('0', '3') + dig(ri(15, 19))) : maskAll ? d.dec('masked_card', maskCard(p.card)) : chance(0.12) ? '' : chance(0.08) ? d.dec('masked_card', maskCard(p.card)) : cd(d, p.card, chance(0.8) ? 'plain' : 'sp')),
      email: () => (comp ? '' : chance(0.5) ? em(d, p) : chance(0.12) ? d.dec('masked_email', maskEmail(p.email.v)) : ''),
      meter: () => d.dec('meter_no', meterNo(ut)),
      reading: () => d.dec('reading', reading(ut)),
      cat: () => (comp ? pick(['一般工商业', '非居民']) : pick(['城乡居民生活', '居民', '居民合表', '低保户'])),
      opened: () => { const t = date(2003, 2024); return chance(0.5) ? d.dec('date', fD(t)) : fD(t, '/'); },
    };
    rows.push(order.map((c) => cell[c]()));
  }
  const t = date(2024, 2025), op = mkPerson(a);
  const head = pick([
    () => `# ${pick(['营销业务应用系统', '营销2.0', '客户服务系统', '收费管理平台'])} 用户档案查询结果导出\n# 导出时间：${fDT(t)}  导出人：${nm(d, op.name)}（${d.dec('employee_no', empNo(a))}）  单位：${d.dec('org', U.co(a))}\n# 注意：本文件含客户敏感信息，严禁外传`,
    () => `${U.co(a)}${a.di}营业厅 ${U.n}费用户信息表（${t.y}年${t.m}月）`,
    () => `导出时间,${fDT(t)}\n查询条件,${pick(['台区', '抄表段', '供电所'])}=${d.dec('segment_no', dig(10))}`,
    () => '',
  ])();
  if (head.startsWith(U.co(a))) d.dec('org', U.co(a));
  const foot = chance(0.6) ? `\n${pick(['共', '合计'])} ${n} ${pick(['条记录', '户', '条'])}` : '';
  return `${head ? head + '\n' : ''}${renderTable(order.map((c) => H[c]), rows, fm)}${foot}`;
}

// ================================================================ KIND: arrears (欠费催缴)
function gArrears(d) {
  const ut = pickU(['elec', 'elec', 'water', 'gas', 'heat']), U = UT[ut], a = ut === 'heat' ? heatArea() : pick(AREAS), co = d.dec('org', U.co(a));
  const t = date(2024, 2025), hot = d.dec('hotline', U.hot(a));
  if (chance(0.55)) {
    const pub = chance(0.3), n = rowsN(), rows = [];
    const collector = mkPerson(a);
    for (let i = 0; i < n; i++) {
      const p = mkPerson(a), lt = date(2023, 2024);
      rows.push([String(i + 1), d.dec('account_no', acctNo(ut)), pub ? d.dec('masked_name', maskName(p.name)) : nm(d, p.name), addr(d, a, false), money(50, 3800), String(ri(1, 14)),
        pub ? d.dec('masked_mobile', maskMob(p.mobile)) : chance(0.1) && p.tel ? ll(d, p.tel) : mb(d, p.mobile, chance(0.9) ? 'plain' : mobStyle()), fD(lt), pick(['短信已发', '电话催收3次', '上门未遇', '已发停电预告', '承诺月底缴清', '拒接电话', '—'])]);
    }
    const H = ['序号', pick(U.acct), pick(['户名', '用户名称', '客户姓名']), pick(U.addr), pick(['欠费金额(元)', '欠费金额', '应收未收']), pick(['欠费月数', '欠费期数']), pick(['联系电话', '电话']), pick(['最近缴费日期', '末次缴费']), pick(['催费记录', '备注'])];
    const title = pub ? `${co}\n${t.y}年${t.m}月长期欠费用户公示\n根据有关规定，现将以下欠费用户予以公示，请相关用户尽快缴清欠费。如有异议请于公示期内联系${nm(d, collector.name)}，电话${officeTel(d, a)}。` :
      `${co} ${pick(['欠费用户催缴清单', '欠费明细（内部资料 注意保密）', '应收账款催收台账'])}\n统计截至：${fD(t)}  责任催费员：${nm(d, collector.name)} ${mb(d, collector.mobile)}`;
    return `${title}\n${renderTable(H, rows, tfmt())}\n咨询电话：${hot}`;
  }
  const p = mkPerson(a), coll = mkPerson(a), due = date(2024, 2025), kind = { elec: '供电', water: '供水', gas: '供气', heat: '供热' }[ut];
  const fam = chance(0.4) ? mkPerson(a) : p;
  const wrap = chance(0.5);
  return [
    `${pick(['欠费催缴通知单', '欠费停' + kind.slice(1) + '通知书', '缴费提醒函'])}`,
    `编号：${d.dec('notice_no', `CJ${t.y}-${p2(t.m)}${p2(t.d)}-${dig(4)}`)}`,
    `${nm(d, p.name)}${pick(['', '先生/女士', '用户'])}（${pick(U.acct)}：${d.dec('account_no', acctNo(ut))}）：`,
    `  您户位于${addr(d, a)}的${U.n}费账户，截至${fCN(t)}累计欠费${money(80, 2600)}元（其中违约金${money(1, 60)}元），最近一次缴费时间为${fCN(date(2023, 2024))}。${wrap ? '\n  ' : ''}请于${fCN(due)}前缴清，逾期将依法中止${kind}，由此造成的后果由您自行承担。`,
    `  缴费渠道：“${ut === 'elec' ? '网上国网' : a.cs + '市民卡'}”APP、支付宝生活缴费、微信、各营业厅。咨询电话：${hot}${chance(0.6) ? `；营业厅电话：${officeTel(d, a)}` : ''}。`,
    `催费员：${nm(d, coll.name)}  联系电话：${mb(d, coll.mobile)}`,
    `${co}`,
    `${fCN(t)}`,
    `------------------------------ 送达回执 ------------------------------`,
    `签收人：${nm(d, fam.name)}  与户主关系：${fam === p ? '本人' : pick(['配偶', '子女', '父母', '租户'])}  联系电话：${mb(d, fam.mobile)}  签收日期：${fD(t)}`,
  ].join('\n');
}

// ================================================================ KIND: transfer (过户/开户)
function gTransfer(d) {
  const ut = pickU(['elec', 'elec', 'water', 'gas', 'heat']), U = UT[ut], a = pick(AREAS), co = U.co(a), t = date(2024, 2025);
  const old = mkPerson(a), nw = mkPerson(a), agent = chance(0.35) ? mkPerson(a) : null, clerk = mkPerson(a);
  const kv = (k, v) => (chance(0.5) ? `${k}：${v}` : `${k}: ${v}`);
  const certLine = (p, pass) => (pass ? `${kv('证件类型', '护照')}    ${kv('证件号码', d.ent('cn_passport', p.pass))}` : `${kv('证件类型', '居民身份证')}    ${kv(pick(['证件号码', '身份证号']), idc(d, p.id))}`);
  const isOpen = chance(0.3);
  nw.pass = chance(0.1) ? mkPassport() : null;
  const L = [];
  L.push(`${co}`); d.dec('org', co);
  L.push(isOpen ? `${pick(['低压居民新装（开户）申请表', '居民用户开户登记表'])}` : `${pick(['低压居民用户过户申请表', '居民用户更名过户申请单', `${U.n}费户名变更申请`])}`);
  L.push(kv('申请编号', d.dec('application_no', `${isOpen ? 'KH' : 'GH'}${t.y}${p2(t.m)}${p2(t.d)}${dig(5)}`)) + '    ' + kv(pick(U.acct), isOpen ? '（系统生成）' : d.dec('account_no', acctNo(ut))));
  L.push(kv(pick(U.addr), addr(d, a, true)));
  if (!isOpen) {
    L.push(`【原户主信息】`);
    L.push(`${kv('户名', nm(d, old.name))}    ${certLine(old, false)}`);
    L.push(kv('联系电话', chance(0.8) ? mb(d, old.mobile) : pick(['已故，无', '—'])));
  }
  L.push(isOpen ? '【申请人信息】' : '【新户主信息】');
  L.push(`${kv(isOpen ? '申请人' : '户名', nm(d, nw.name))}    ${certLine(nw, !!nw.pass)}`);
  L.push(`${kv('联系电话', mb(d, nw.mobile))}${chance(0.4) && nw.tel ? '    ' + kv('固定电话', ll(d, nw.tel)) : ''}`);
  if (chance(0.75)) L.push(kv(pick(['电子邮箱', '电子账单接收邮箱', 'E-mail']), em(d, nw)));
  if (chance(0.65)) L.push(`${kv('代扣银行', bankBranch(nw.bank, a))}    ${kv(pick(['银行卡号', '代扣卡号', '扣款账号']), cd(d, nw.card))}`);
  if (!isOpen) L.push(kv('过户原因', pick(['房屋买卖', '继承', '赠与', '离婚析产', '法院判决'])) + '    ' + kv('不动产权证号', d.dec('property_cert', `${pick(['苏', '京', '沪', '浙', '鲁', '粤'])}(${t.y - ri(0, 2)})${a.cs}市不动产权第${dig(7)}号`)));
  if (!isOpen && chance(0.4)) L.push(kv('过户前表底示数', d.dec('reading', reading(ut))) + `  ${kv('结清电费', money(0, 300) + '元')}  ${kv('缴费流水号', d.dec('txn_no', txnNo()))}`);
  if (agent) L.push(`【代理人】${kv('姓名', nm(d, agent.name))}  ${kv('身份证号', idc(d, agent.id))}  ${kv('电话', mb(d, agent.mobile))}`);
  if (chance(0.15)) L.push(`填表说明：手机号请填写11位，如${d.dc('cn_mobile', '13800138000')}；证件号码按证件填写，如${d.dc('cn_resident_id', '11010519491231002X')}。`);
  L.push(`申请人签字：${nm(d, nw.name)}    ${kv('日期', fCN(t))}`);
  L.push(`受理人：${nm(d, clerk.name)}  ${kv('工号', d.dec('employee_no', empNo(a)))}  ${kv('受理营业厅', a.di + '营业厅')}  ${kv('服务热线', d.dec('hotline', U.hot(a)))}`);
  return L.join('\n');
}

// ================================================================ KIND: meterorder (抄表工单)
function gMeterOrder(d) {
  const ut = pickU(['elec', 'elec', 'water', 'gas', 'heat']), U = UT[ut], a = ut === 'heat' ? heatArea() : pick(AREAS), t = date(2024, 2025);
  const reader = mkPerson(a), checker = mkPerson(a), n = Math.min(rowsN(), 60), rows = [];
  const useTs = chance(0.4);
  for (let i = 0; i < n; i++) {
    const p = mkPerson(a), prev = ri(100, 60000), use = ri(0, 900);
    const when = useTs ? d.dec('timestamp_ms', tsMs()) : `${fD(t)} ${p2(ri(8, 17))}:${p2(ri(0, 59))}`;
    rows.push([d.dec('account_no', acctNo(ut)), chance(0.15) ? d.dec('masked_name', maskName(p.name)) : nm(d, p.name),
      chance(0.2) ? d.dec('masked_mobile', maskMob(p.mobile)) : chance(0.1) && p.tel ? ll(d, p.tel) : chance(0.08) ? '' : mb(d, p.mobile, 'plain'),
      d.dec('meter_no', meterNo(ut)), d.dec('reading', String(prev)), d.dec('reading', String(prev + use)), `${use}`, when, pick(['', '', '', '门闭', '表计停走', '估抄', '示数异常待复核', '用户要求电话预约'])]);
  }
  const H = [pick(U.acct), pick(['户名', '用户', '用户名称']), pick(['联系电话', '电话', '手机']), pick(U.meter), '上次示数', '本次示数', `抄见量(${U.unit})`, pick(['抄表时间', 'READ_TIME', '采集时间']), '异常说明'];
  return [`${pick(['抄表工单', '现场抄表任务单', '手抄器下装清单', '补抄工单'])}  ${d.dec('org', U.co(a))}`,
    `工单号：${d.dec('work_order', woNo())}  抄表段：${d.dec('segment_no', dig(10))}  计划抄表日：${fD(t)}`,
    `抄表员：${nm(d, reader.name)}（工号${d.dec('employee_no', empNo(a))}，手机${mb(d, reader.mobile)}）  审核：${nm(d, checker.name)}`,
    renderTable(H, rows, tfmt()),
    `本段共${n}户，${pick(['已抄', '实抄'])}${n - ri(0, Math.min(3, n))}户。${chance(0.4) ? `下发时间戳：${d.dec('timestamp_ms', tsMs())}` : ''}`].join('\n');
}

// ================================================================ KIND: ticket (报装/报修)
const TK = {
  elec: { ch: ['95598热线', '网上国网APP', '12345转办', '营业厅'], ins: ['低压居民新装', '增容', '峰谷分时电价变更'], rep: ['家中全部停电', '部分插座无电', '跳闸后无法合闸', '电压偏低灯光闪烁', '电能表黑屏'], res: ['已修复，恢复供电', '更换电能表，旧表底数#R', '属客户内部故障，已告知自行处理', '已受理，待勘查'] },
  water: { ch: ['水务服务热线', '12345转办', '微信公众号'], ins: ['新装水表', '一户一表改造'], rep: ['水表井漏水', '水压低', '水质浑浊', '水表不走字'], res: ['已更换水表，旧表读数#R', '已修复漏点', '已安排水质检测', '已受理，待勘查'] },
  gas: { ch: ['96777热线', '微信公众号', '12345转办'], ins: ['燃气开通点火', '新装燃气表', '壁挂炉接驳'], rep: ['厨房有燃气味', '燃气表不走字', '灶具无法点火', 'IC卡充值后不进气'], res: ['已关阀并告知用户', '更换表具，旧表读数#R', '已点火通气', '已检漏，无泄漏'] },
  bb: { ch: ['10000号', '营业厅', 'APP在线客服'], ins: ['宽带新装', '宽带移机', '千兆提速'], rep: ['宽带无法上网', '光猫LOS灯红色闪烁', '网速慢', 'IPTV无信号'], res: ['已更换光猫，新SN：#S', '已重新熔接光纤', '已远程重置端口', '已受理，待上门'] },
};
function gTicket(d) {
  const ut = pickU(['elec', 'elec', 'water', 'gas', 'gas', 'bb']), U = UT[ut], T = TK[ut], a = pick(AREAS), t = date(2024, 2025);
  const p = mkPerson(a), worker = mkPerson(a), visitor = mkPerson(a), install = chance(0.4);
  const L = [`${pick(install ? ['业扩报装工单', '新装受理单', '客户服务工单'] : ['报修工单', '故障抢修单', '客户服务工单'])}    ${d.dec('org', U.co(a))}`,
    `工单编号：${d.dec('work_order', woNo())}    受理渠道：${pick(T.ch)}    受理时间：${fDT(t)}`,
    `业务类型：${install ? pick(T.ins) : pick(T.rep)}`,
    `${pick(['客户名称', '客户姓名', install ? '申请人' : '报修人', '联系人'])}：${nm(d, p.name)}${pick(['', '（户主）', '（租户）'])}    ${pick(['联系电话', '来电号码', '手机'])}：${mb(d, p.mobile)}`];
  if (chance(0.35) && p.tel) L.push(`备用电话：${ll(d, p.tel)}`);
  if (install) {
    L.push(chance(0.06) ? `证件类型：护照    证件号码：${d.ent('cn_passport', mkPassport())}` : `${pick(['证件号码', '身份证号'])}：${idc(d, p.id)}${ut === 'elec' ? `    申请容量：${ri(4, 16)}kW` : ''}`);
    if (chance(0.5)) L.push(`电子邮箱：${em(d, p)}`);
    if (chance(0.15)) L.push(`（填写示例：联系电话 ${d.dc('cn_mobile', '13800138000')}）`);
  } else L.push(`${pick(U.acct)}：${d.dec('account_no', acctNo(ut))}    ${pick(U.meter)}：${d.dec('meter_no', meterNo(ut))}`);
  L.push(`${pick(U.addr)}：${addr(d, a)}`);
  const other = mkPerson(a);
  L.push(`${pick(['诉求内容', '故障描述', '客户反映'])}：${install ? pick([
    () => `客户申请${pick(T.ins)}，资料齐全，预约${fCN(date(2024, 2025))}现场勘查。`,
    () => `客户申请${pick(T.ins)}，房屋为新购，原户主${nm(d, other.name)}已同意，需补充产权证明。`]) () : pick([
    () => `客户来电反映${pick(T.rep)}，要求尽快处理。客户称可联系其${pick(['儿子', '女儿', '爱人'])}${nm(d, other.name)}，电话${mb(d, other.mobile)}。`,
    () => `客户反映${pick(T.rep)}，已告知安全注意事项。客户要求上门前先电话联系${chance(0.5) ? '，另留电话' + mb(d, mkMobile()) : ''}。`,
    () => `客户称上月${U.n}费异常偏高（${d.dec('reading', String(ri(300, 2000)))}${U.unit}），怀疑表计故障，要求校验。`])()}`);
  L.push(`派工：${nm(d, worker.name)}  ${chance(0.5) ? '手机' : '电话'}：${mb(d, worker.mobile)}  到达时间：${fHM({ ...t, h: (t.h + 1) % 24 })}`);
  L.push(`处理结果：${pick(T.res).replace('#R', () => d.dec('reading', reading(ut))).replace('#S', () => d.dec('meter_no', meterNo('bb')))}`);
  L.push(`回访：${fD(date(2024, 2025))} 回访人${nm(d, visitor.name)}，客户评价：${pick(['非常满意', '满意', '一般'])}。服务热线${d.dec('hotline', U.hot(a))}`);
  return L.join('\n');
}

// ================================================================ KIND: subsidy (低保减免名单)
function gSubsidy(d) {
  const a = pick(AREAS), t = date(2024, 2025), pub = chance(0.3), n = rowsN(), rows = [];
  const cols = ['no', 'name', 'id', 'dibao', 'acct', 'people', 'kwh', pub ? null : 'card', 'phone', 'community'].filter(Boolean).filter((c) => !['people', 'community'].includes(c) || chance(0.6));
  if (!pub && chance(0.3)) cols.splice(cols.indexOf('card'), 1);
  for (let i = 0; i < n; i++) {
    const p = mkPerson(a);
    const cell = {
      no: () => String(i + 1),
      name: () => (pub ? d.dec('masked_name', maskName(p.name)) : nm(d, p.name)),
      id: () => (pub ? d.dec('masked_id', maskId(p.id)) : chance(0.03) ? legacyId(d, p) : idc(d, p.id, chance(0.9) ? 'plain' : 'lx')),
      dibao: () => d.dec('dibao_no', chance(0.5) ? `${a.di.slice(0, 1)}低保字${t.y - ri(0, 4)}第${dig(4)}号` : a.c + dig(6)),
      acct: () => d.dec('account_no', acctNo('elec')),
      people: () => String(ri(1, 5)),
      kwh: () => `${pick([10, 15, 15, 20])}`,
      card: () => (chance(0.1) ? d.dec('masked_card', maskCard(p.card)) : cd(d, p.card, chance(0.85) ? 'plain' : 'sp')),
      phone: () => (pub ? d.dec('masked_mobile', maskMob(p.mobile)) : chance(0.15) && p.tel ? ll(d, p.tel) : mb(d, p.mobile, 'plain')),
      community: () => `${pick(['东风', '新华', '和平', '光明', '友谊', '幸福', '建设'])}社区`,
    };
    rows.push(cols.map((c) => cell[c]()));
  }
  const H = { no: '序号', name: pick(['姓名', '户主姓名', '救助对象']), id: pick(['身份证号码', '公民身份号码', '身份证号']), dibao: pick(['低保证号', '低保证编号', '救助证号']), acct: pick(['电费户号', '户号']), people: '保障人口', kwh: pick(['月免费电量(kWh)', '减免电量(千瓦时/月)']), card: pick(['补贴发放卡号', '一卡通账号', '社保卡银行账号', '发放账号']), phone: pick(['联系电话', '电话']), community: '所属社区' };
  const man = mkPerson(a);
  return [`${a.ci}${a.di}${t.y}年${pick(['城乡低保户、特困户阶梯电价免费电量名单', '低收入家庭电费减免对象' + (pub ? '公示' : '花名册'), '低保家庭基础电量减免审核表'])}`,
    pub ? `公示期：${fD(t)}至${fD(date(t.y, t.y))}，如有异议请联系${a.di}民政局${nm(d, man.name)}，监督电话：${officeTel(d, a)}` : `报送单位：${a.di}民政局    经办人：${nm(d, man.name)}    联系电话：${mb(d, man.mobile)}    报送日期：${fD(t)}`,
    renderTable(cols.map((c) => H[c]), rows, tfmt()),
    `${pick(['注：免费电量每月15千瓦时，由供电公司在电费中直接扣减。', '注：以上对象经街道、区民政局审核。', ''])}${chance(0.5) ? '供电服务热线' + d.dec('hotline', '95598') : ''}`].join('\n');
}

// ================================================================ KIND: debit (代扣协议)
function gDebit(d) {
  const ut = pickU(['elec', 'elec', 'water', 'gas', 'heat', 'bb']), U = UT[ut], a = pick(AREAS), t = date(2023, 2025), co = U.co(a);
  const p = mkPerson(a), payer = chance(0.3) ? mkPerson(a) : p, bankClerk = mkPerson(a);
  const corpAcct = dig(1).replace('0', '3') + dig(ri(17, 21));
  const L = [`${pick([U.n + '费委托银行代扣协议', '委托代收' + U.n + '费协议书', U.n + '费自动扣款授权书'])}`,
    `协议编号：${d.dec('agreement_no', `DK${t.y}${dig(8)}`)}`,
    `甲方（收费单位）：${d.dec('org', co)}`];
  if (chance(0.6)) L.push(`统一社会信用代码：${us(d, mkUscc(a))}`);
  if (chance(0.4)) L.push(`甲方收款账户：${d.dc('bank_card', corpAcct, chance(0.5) ? corpAcct : corpAcct.match(/.{1,4}/g).join(' '))}（${payer.bank.n.replace('信用卡', '')}${a.cs}分行）`);
  L.push(`乙方（用户）：${nm(d, p.name)}    ${pick(U.acct)}：${d.dec('account_no', acctNo(ut))}`,
    `证件类型：身份证    证件号码：${idc(d, p.id)}`,
    `联系电话：${mb(d, p.mobile)}${chance(0.4) ? `    电子邮箱：${em(d, p)}` : ''}`,
    `${pick(U.addr)}：${addr(d, a)}`,
    `丙方（开户银行）：${d.dec('org', bankBranch(payer.bank, a))}`,
    `扣款账户户名：${nm(d, payer.name)}${payer !== p ? `（与乙方关系：${pick(['配偶', '子女', '父亲', '母亲'])}）` : ''}`,
    `扣款卡号：${cd(d, payer.card, wpick([['plain', 60], ['sp', 40]]))}`);
  if (payer !== p) L.push(`扣款账户户名人身份证号：${idc(d, payer.id)}    手机号：${mb(d, payer.mobile)}`);
  L.push(`一、乙方授权丙方每月从上述账户中扣划${U.n}费，扣款成功后甲方通过短信（发送至${pick(['上述手机号', '乙方预留手机'])}）${chance(0.5) ? '及电子邮件' : ''}通知乙方。`,
    `二、账户余额不足导致扣款失败的，由乙方自行缴纳，产生的违约金由乙方承担。`,
    `三、乙方变更账户或终止代扣的，应持身份证到甲方营业厅办理。咨询电话：${d.dec('hotline', U.hot(a))}${chance(0.5) ? '，营业厅：' + officeTel(d, a) : ''}`,
    `乙方签字：${nm(d, p.name)}        日期：${fCN(t)}`,
    `丙方经办人：${nm(d, bankClerk.name)}    柜员号：${d.dec('employee_no', dig(7))}    银行盖章`);
  return L.join('\n');
}

// ================================================================ KIND: sms (缴费提醒短信日志)
function gSms(d) {
  const ut = pickU(['elec', 'elec', 'elec', 'water', 'gas', 'heat']), U = UT[ut], a = ut === 'heat' ? heatArea() : pick(AREAS), n = Math.min(rowsN(), 70);
  const sign = { elec: gridSms(a), water: a.cs + '水务', gas: gasCo(a).replace(/有限公司|集团/g, ''), heat: a.cs + '热力' }[ut];
  const lines = [], style = pick(['csv', 'log', 'tsv']), t0 = date(2024, 2025), hot0 = U.hot(a), hot = () => d.dec('hotline', hot0);
  if (style === 'csv') lines.push(pick(['发送时间,手机号码,模板ID,短信内容,发送状态,回执ID', 'send_time,mobile,template,content,status,biz_id']));
  if (style === 'tsv') lines.push(['任务号', '接收号码', '内容', '状态', '计费条数'].join('\t'));
  for (let i = 0; i < n; i++) {
    const p = mkPerson(a), acct = () => d.dec('account_no', acctNo(ut)), amt = money(0, 600), masked = chance(0.25);
    const hi = masked ? d.dec('masked_name', maskName(p.name)) : chance(0.35) ? nm(d, p.name) : '';
    const salute = hi ? `尊敬的${hi}${pick(['客户', '用户', '先生/女士'])}` : `尊敬的${pick(['客户', '用户'])}`;
    const c = pick([
      () => `【${sign}】${salute}，您的户号${acct()}截至${t0.m}月${t0.d}日${U.n}费余额${money(0, 20)}元，为避免影响正常使用，请及时缴费。详询${hot()}。`,
      () => `【${sign}】${salute}：您户号${acct()}的${t0.m}月${U.n}费${amt}元（用量${d.dec('reading', String(ri(20, 900)))}${U.unit}）已出账，请于${t0.m}月${Math.min(28, t0.d + 10)}日前缴纳。`,
      () => `【${sign}】${salute}，您已成功缴纳${U.n}费${amt}元，交易流水号${d.dec('txn_no', txnNo())}，户号${acct()}。`,
      () => `【${sign}】${salute}，您户号${acct()}已欠费${amt}元，将于${t0.m}月${Math.min(28, t0.d + 3)}日起停止供${U.n === '电' ? '电' : U.n === '水' ? '水' : '气'}，请尽快缴清。回复TD退订`,
      () => `【${sign}】${salute}，您的表号${d.dec('meter_no', meterNo(ut))}本期读数${d.dec('reading', reading(ut))}，应缴${amt}元。`,
    ])();
    const ts = { ...t0, h: ri(8, 20), mi: ri(0, 59), s: ri(0, 59) };
    const mob = chance(0.15) ? d.dec('masked_mobile', maskMob(p.mobile)) : mb(d, p.mobile, chance(0.9) ? 'plain' : pick(['+86', '86']));
    const st = pick(['DELIVRD', 'DELIVRD', 'DELIVRD', 'UNDELIV', 'BLACK', '成功', '失败:空号']);
    if (style === 'csv') lines.push([fDT(ts), mob, `SMS_${dig(6)}`, `"${c}"`, st, d.dec('timestamp_ms', tsMs())].join(','));
    else if (style === 'tsv') lines.push([d.dec('task_no', `T${dig(12)}`), mob, c, st, String(Math.ceil(c.length / 67))].join('\t'));
    else lines.push(`[${fDT(ts)}.${dig(3)}] INFO  SmsSendService - send ok mobile=${mob} tpl=TPL_${dig(4)} bizId=${d.dec('timestamp_ms', tsMs())}^${ri(0, 9)} content="${c}"`);
  }
  return lines.join('\n');
}

// ================================================================ KIND: gascheck (燃气安检登记)
function gGasCheck(d) {
  const a = pick(AREAS), co = d.dec('org', gasCo(a)), t = date(2024, 2025), insp = mkPerson(a), n = Math.min(rowsN(), 50), rows = [];
  for (let i = 0; i < n; i++) {
    const p = mkPerson(a), home = chance(0.85);
    const signer = !home ? pick(['未在家', '拒绝入户', '空置']) : chance(0.75) ? nm(d, p.name) : chance(0.5) ? (() => { const f = mkPerson(a); return `${nm(d, f.name)}（代）`; })() : '拒签';
    rows.push([String(i + 1), d.dec('account_no', acctNo('gas')), home || chance(0.5) ? nm(d, p.name) : d.dec('masked_name', maskName(p.name)), room(),
      chance(0.1) && p.tel ? ll(d, p.tel) : mb(d, p.mobile, 'plain'), d.dec('meter_no', meterNo('gas')), home ? d.dec('reading', reading('gas')) : '—',
      home ? pick(['无', '胶管老化', '未安装报警器', '灶具无熄火保护', '私接三通', '管道锈蚀']) : '—', home ? pick(['已整改', '限期整改', '已告知', '—']) : '已张贴入户通知', signer]);
  }
  const H = ['序号', pick(['用户编号', '燃气户号']), pick(['用户姓名', '户主', '用户']), pick(['房号', '地址']), pick(['联系电话', '电话']), pick(['表号', '气表编号']), '表读数(m³)', '安全隐患', '整改情况', pick(['用户签字', '用户确认签名'])];
  return [`${co} ${pick(['户内安全检查记录表', '入户安检登记表', '年度安检台账'])}`,
    `小区：${pick(XQ)}    安检日期：${fD(t)}    安检员：${nm(d, insp.name)}（${d.dec('employee_no', empNo(a))}）    电话：${mb(d, insp.mobile)}`,
    renderTable(H, rows, tfmt()),
    `未入户用户请拨打${d.dec('hotline', '96777')}预约复检。${chance(0.4) ? '安检单据编号：' + d.dec('work_order', woNo()) : ''}`].join('\n');
}

// ================================================================ KIND: api (网上营业厅接口 JSON)
function gApi(d) {
  const ut = pickU(['elec', 'elec', 'water', 'gas', 'bb']), U = UT[ut], a = pick(AREAS);
  const style = pick(['camel', 'snake', 'pinyin']);
  const K = {
    camel: ['consNo', 'consName', 'certType', 'certNo', 'mobile', 'email', 'elecAddr', 'bankName', 'bankAcct', 'meterAssetNo', 'balance', 'orgName', 'telephone', 'mobileMask'],
    snake: ['cons_no', 'cons_name', 'cert_type', 'cert_no', 'mobile_phone', 'email_addr', 'address', 'bank_name', 'bank_account', 'meter_no', 'balance', 'org_name', 'tel', 'mobile_mask'],
    pinyin: ['yhbh', 'yhmc', 'zjlx', 'zjhm', 'sjhm', 'yx', 'yddz', 'khyh', 'yhzh', 'bh', 'ye', 'gddw', 'gddh', 'sjhm_tm'],
  }[style];
  const one = () => {
    const p = mkPerson(a), o = {};
    o[K[0]] = d.dec('account_no', acctNo(ut));
    o[K[1]] = chance(0.1) ? d.dec('masked_name', maskName(p.name)) : nm(d, p.name);
    const pass = chance(0.05);
    o[K[2]] = pass ? (chance(0.5) ? '03' : '护照') : chance(0.5) ? '01' : '居民身份证';
    o[K[3]] = pass ? d.ent('cn_passport', mkPassport()) : chance(0.12) ? d.dec('masked_id', maskId(p.id)) : idc(d, p.id, 'plain');
    if (chance(0.9)) o[K[4]] = mb(d, p.mobile, 'plain');
    if (chance(0.3)) o[K[13]] = d.dec('masked_mobile', maskMob(p.mobile));
    if (chance(0.25) && p.tel) o[K[12]] = ll(d, p.tel, 'plain');
    if (chance(0.7)) o[K[5]] = em(d, p);
    o[K[6]] = addr(d, a);
    if (chance(0.7)) { o[K[7]] = p.bank.n; d.dec('org', p.bank.n); o[K[8]] = chance(0.2) ? d.dec('masked_card', maskCard(p.card)) : cd(d, p.card, 'plain'); }
    o[K[9]] = d.dec('meter_no', meterNo(ut));
    o[K[10]] = money(-50, 500);
    o[K[11]] = d.dec('org', U.co(a));
    return o;
  };
  const list = chance(0.55);
  const data = list ? { total: 0, pageNo: 1, pageSize: 50, list: [] } : one();
  if (list) { const n = Math.min(rowsN(), 30); for (let i = 0; i < n; i++) data.list.push(one()); data.total = n + (chance(0.3) ? ri(1, 500) : 0); }
  const body = { code: chance(0.5) ? 0 : '0000', msg: pick(['success', '查询成功', 'OK']), traceId: d.dec('trace_id', Array.from({ length: 32 }, () => pick('0123456789abcdef'.split(''))).join('')), timestamp: +d.dec('timestamp_ms', tsMs()), data };
  const json = JSON.stringify(body, null, chance(0.5) ? 2 : 0);
  const pre = pick([() => `GET /osg-web0004/member/c9/f02?consNo=${d.dec('account_no', acctNo(ut))} HTTP/1.1\nHost: ${pick(['www.95598.cn', 'wsyyt.example-gas.cn', 'api.waterpay.example.cn'])}\n\n`, () => '', () => `# 响应报文 ${fDT(date(2024, 2025))}\n`, () => ''])();
  return pre + json;
}

// ================================================================ KIND: ocr (OCR 纸质表单)
function gOcr(d) {
  const ut = pickU(['elec', 'water', 'gas', 'heat']), U = UT[ut], a = pick(AREAS), t = date(2019, 2025), p = mkPerson(a);
  const lab = (s) => (chance(0.4) ? spaced(s, 0.6) : s).replace(/身份/, chance(0.2) ? '身仿' : '身份').replace('联系', chance(0.2) ? '联糸' : '联系');
  const col = () => pick(['：', ':', ' :', '： ', '  ']);
  const v = (s) => (chance(0.3) ? ' ' + s : s);
  const L = [spaced(pick([`${U.n}费代扣授权书`, `${U.n}用户开户申请表`, '低保户电费减免申请表', '居民用户信息变更登记表', '停暖申请表']), 0.5),
    `${spaced('编号', 0.5)}${col()}${d.dec('application_no', chance(0.5) ? dig(10) : 'No.' + dig(7))}`,
    `${lab('户名')}${col()}${v(nm(d, p.name, chance(0.6) ? 'sp' : 'plain'))}    ${lab('户号')}${col()}${d.dec('account_no', acctNo(ut))}`,
    `${lab('身份证号码')}${col()}${v(idc(d, p.id, pick(['ocr', 'ocr', 'plain', 'fw', 'sp'])))}`,
    `${lab('联系电话')}${col()}${v(mb(d, p.mobile, pick(['ocr', 'plain', 'sp', 'fw', 'dash'])))}`];
  if (chance(0.4) && p.tel) L.push(`${lab('固定电话')}${col()}${ll(d, p.tel, pick(['dash', 'paren', 'sp']))}`);
  L.push(`${lab('地址')}${col()}${addr(d, a)}`);
  if (chance(0.6)) L.push(`${lab('开户银行')}${col()}${bankBranch(p.bank, a)}`, `${lab('银行卡号')}${col()}${v(cd(d, p.card, pick(['ocr', 'sp', 'plain'])))}`);
  if (chance(0.35)) L.push(`${lab('电子邮箱')}${col()}${em(d, p)}`);
  if (chance(0.3)) { const f = mkPerson(a); L.push(`${lab('紧急联系人')}${col()}${nm(d, f.name, chance(0.5) ? 'sp' : 'plain')}  ${lab('电话')}${col()}${mb(d, f.mobile, pick(['ocr', 'plain']))}`); }
  L.push(`□ 本人承诺以上信息真实有效    ☑ 同意`, `${lab('申请人签字')}${col()}${nm(d, p.name, chance(0.5) ? 'sp' : 'plain')}    ${spaced(fCN(t), 0.3)}`,
    `${spaced('营业厅受理', 0.5)}${col()}${d.dec('employee_no', empNo(a))}    ${spaced('第 1 页 共 1 页', 0.2)}`);
  if (chance(0.5)) L.splice(ri(2, L.length - 1), 0, pick(['———————————————', '|  |  |', '(此处粘贴身份证复印件)', '..........']));
  return L.join('\n');
}

// ================================================================ KIND: wechat (网格员微信群/私聊)
function gWechat(d) {
  const a = pick(AREAS), ut = pickU(['elec', 'gas', 'heat', 'water']), U = UT[ut], t = date(2024, 2025);
  const grid = mkPerson(a), gdisp = `${pick(['网格员', '社区网格员', pick(['东风', '新华', '光明']) + '社区'])}-${grid.name}`;
  nm(d, grid.name);
  const group = chance(0.6);
  const people = Array.from({ length: group ? ri(2, 7) : 1 }, () => mkPerson(a));
  const nick = shuffle(['阳光心情', '老顽童', '静待花开', '岁月静好', 'A春暖花开', '平安是福', '开心就好', '红红火火']);
  const disp = people.map((p, i) => (chance(0.6) ? `${ri(1, 30)}栋-${p.name}` : chance(0.5) ? p.name : nick[i]));
  const who = (i) => { if (disp[i].includes(people[i].name)) nm(d, people[i].name); else d.dec('nickname', disp[i]); return disp[i]; };
  const msgs = [];
  let m = t.mi, h = t.h;
  const tick = () => { m += ri(1, 15); if (m > 59) { m -= 60; h = (h + 1) % 24; } return `${fD(t)} ${p2(h)}:${p2(m)}`; };
  if (!group) msgs.push(`${gdisp}：您好，我是${pick(['社区', '本片区'])}网格员${grid.name}，${pick(['您家的缴费问题我帮您问一下', '麻烦核对一下您家的信息', '减免申请需要补几样材料'])}`);
  if (group) msgs.push(`${gdisp}：各位居民，${pick([`今年${U.n}费收缴开始了`, '阶梯电价低保减免开始申报', '燃气入户安检本周进行', '供暖报停截止本月底'])}，线上缴费可用“${pick(['网上国网', '支付宝', '微信生活缴费'])}”，有困难联系我${mb(d, grid.mobile)}（微信同号）`);
  for (let k = 0; k < ri(3, 9); k++) {
    const i = ri(0, people.length - 1), p = people[i];
    const r = pick([
      () => `我家户号${d.dec('account_no', acctNo(ut))}，上周交了${money(50, 500)}没到账，交易单号${d.dec('txn_no', txnNo())}`,
      () => `我是${ri(1, 30)}栋${ri(1, 30)}0${ri(1, 4)}的${nm(d, p.name)}，电话${mb(d, p.mobile)}，${pick(['燃气表好像坏了', '家里停电了', '水管漏水', '暖气不热'])}`,
      () => `身份证号${idc(d, p.id)}，户主是我${pick(['爸', '妈', '爱人'])}${(() => { const f = mkPerson(a); return nm(d, f.name); })()}`,
      () => `代扣卡换了，新卡号${cd(d, p.card, pick(['plain', 'sp']))}，${p.bank.n}的`,
      () => `我邮箱${em(d, p)}，电子发票发这里就行`,
      () => (p.tel ? `座机${ll(d, p.tel)}，白天家里有人` : `手机${mb(d, p.mobile)}，随时打`),
      () => `表号${d.dec('meter_no', meterNo(ut))}，读数${d.dec('reading', reading(ut))}，拍照发你了`,
      () => `收到，谢谢${grid.name}`,
    ])();
    msgs.push(`${who(i)}：${r}`);
    if (chance(0.5)) msgs.push(`${gdisp}：${pick([
      () => `@${who(i)} 收到，已帮你转给${d.dec('org', U.co(a))}，工单号${d.dec('work_order', woNo())}`,
      () => `@${who(i)} 已核实，${d.dec('masked_card', maskCard(p.card))}的卡扣款成功`,
      () => (group ? `请大家不要在群里发身份证号，私聊我` : `身份证号我这边已经登记了，以后别在微信里发`),
      () => `@${who(i)} 好的，我登记一下，${U.n}费客服${d.dec('hotline', U.hot(a))}也可以打`,
      () => `@${who(i)} 系统里你家手机是${d.dec('masked_mobile', maskMob(p.mobile))}，对吗？`])()}`);
  }
  const title = group ? `${pick(XQ)}${pick(['业主群', '缴费通知群', '网格服务群'])}（${ri(30, 480)}人）` : `与 ${who(0)} 的聊天`;
  return `${title}\n` + msgs.map((s) => `${tick()} ${s}`).join('\n');
}

// ================================================================ KIND: heating (供暖收费/报停)
function gHeating(d) {
  const a = heatArea(), co = d.dec('org', heatCo(a)), t = date(2023, 2025), season = `${t.y}-${t.y + 1}`;
  if (chance(0.3)) {
    const p = mkPerson(a), rec = mkPerson(a);
    return [`${co}\n${season}采暖期${pick(['停暖（报停）申请表', '用户报停登记单'])}`, `供热户号：${d.dec('account_no', acctNo('heat'))}    房屋坐落：${addr(d, a)}`,
      `申请人：${nm(d, p.name)}    身份证号：${idc(d, p.id)}    手机：${mb(d, p.mobile)}`,
      `建筑面积：${ri(45, 160)}.${dig(2)}m²    报停原因：${pick(['房屋空置', '长期外出', '自行安装壁挂炉'])}    ${chance(0.5) ? `退费银行卡：${cd(d, p.card)}（${p.bank.n}）` : ''}`,
      `受理人：${nm(d, rec.name)}    受理日期：${fD(t)}    热线：${d.dec('hotline', pick(['96069', '12345']))}`].join('\n');
  }
  const n = rowsN(), rows = [], H = ['房号', pick(['户主', '业主姓名', '热用户']), pick(['联系电话', '手机']), '面积(m²)', '单价', '应缴', '状态', pick(['收据号', '票据号', '缴费流水号'])];
  const withId = chance(0.35); if (withId) H.splice(2, 0, '身份证号');
  const rcpt = H[H.length - 1];
  for (let i = 0; i < n; i++) {
    const p = mkPerson(a), area = ri(45, 180) + rnd(), st = pick(['已缴', '已缴', '欠缴', '报停', '部分缴纳']);
    const r = [room(), nm(d, p.name), chance(0.1) && p.tel ? ll(d, p.tel) : mb(d, p.mobile, 'plain'), area.toFixed(2), pick(['24.00', '25.20', '22.50', '30.00']), money(1000, 5000), st,
      st === '欠缴' ? '' : d.dec(rcpt === '缴费流水号' ? 'txn_no' : 'receipt_no', rcpt === '缴费流水号' ? txnNo() : chance(0.5) ? dig(8) : `SJ${t.y}${dig(6)}`)];
    if (withId) r.splice(2, 0, idc(d, p.id, 'plain'));
    rows.push(r);
  }
  const cashier = mkPerson(a);
  return `${co} ${season}采暖期收费台账（${a.di}${pick(['换热站', '供热所'])}）\n收费员：${nm(d, cashier.name)}\n${renderTable(H, rows, tfmt())}`;
}

// ================================================================ KIND: property (物业费)
function gProperty(d) {
  const a = pick(AREAS), pc = d.dec('org', propCo()), xq = pick(XQ), t = date(2024, 2025);
  if (chance(0.35)) {
    const p = mkPerson(a), mgr = mkPerson(a);
    return [`${pc}${xq}项目部`, `物业费催缴函`, `尊敬的${nm(d, p.name)}${pick(['业主', '先生/女士', ''])}（房号：${room()}）：`,
      `  截至${fCN(t)}，您尚欠物业服务费${money(800, 9000)}元（${t.y - 1}年${ri(1, 12)}月至${t.y}年${ri(1, 12)}月）、公摊水电费${money(20, 400)}元，请于收到本函后15日内缴纳。`,
      `  缴费方式：物业服务中心前台现金/刷卡，或转账至${d.dc('bank_card', '3' + dig(ri(17, 20)))}（${pc}）。`,
      `  我们登记的联系方式为${chance(0.5) ? mb(d, p.mobile) : d.dec('masked_mobile', maskMob(p.mobile))}${chance(0.4) ? '、' + em(d, p) : ''}，如有变动请告知。`,
      `项目经理：${nm(d, mgr.name)}  ${mb(d, mgr.mobile)}    服务中心：${officeTel(d, a)}`, `${fCN(t)}`].join('\n');
  }
  const n = rowsN(), rows = [], withMail = chance(0.45), withId = chance(0.25), withCar = chance(0.4);
  const H = ['楼栋房号', pick(['业主', '业主姓名', '产权人']), pick(['联系电话', '手机号']), ...(withId ? ['证件号码'] : []), ...(withMail ? [pick(['邮箱', '电子账单邮箱'])] : []), '建筑面积', '物业费(元)', ...(withCar ? ['车位号', '车位费'] : []), '缴费日期', pick(['收据号', '交易单号'])];
  for (let i = 0; i < n; i++) {
    const p = mkPerson(a), paid = chance(0.8);
    rows.push([room(), nm(d, p.name), mb(d, p.mobile, chance(0.9) ? 'plain' : 'dash'), ...(withId ? [chance(0.2) ? d.dec('masked_id', maskId(p.id)) : idc(d, p.id)] : []),
      ...(withMail ? [chance(0.55) ? em(d, p) : ''] : []), `${ri(50, 220)}.${dig(2)}`, money(600, 6000), ...(withCar ? [`${pick(['B1', 'B2', 'A'])}-${ri(1, 600)}`, money(0, 3600)] : []),
      paid ? fD(date(2024, 2025)) : '未缴', paid ? d.dec(H[H.length - 1] === '收据号' ? 'receipt_no' : 'txn_no', H[H.length - 1] === '收据号' ? dig(8) : txnNo()) : '']);
  }
  return `${pc} ${xq} ${t.y}年度物业费收缴明细\n${renderTable(H, rows, tfmt())}\n${chance(0.5) ? '制表人：' + nm(d, mkPerson(a).name) : ''}`;
}

// ================================================================ KIND: broadband (宽带装机单)
function gBroadband(d) {
  const a = pick(AREAS.filter((x) => x.tel)), isp = d.dec('org', ispCo(a)), t = date(2024, 2025), p = mkPerson(a), tech = mkPerson(a);
  const contact = chance(0.3) ? mkPerson(a) : null;
  const acctLandline = chance(0.3) && p.tel;
  const L = [`${isp}`, `${pick(['宽带业务受理单', '融合业务装机工单', '宽带开户登记表'])}`,
    `受理单号：${d.dec('work_order', woNo())}    受理时间：${fDT(t)}`,
    chance(0.1) ? `客户名称：${nm(d, p.name)}    证件类型：护照    证件号码：${d.ent('cn_passport', mkPassport())}` : `客户名称：${nm(d, p.name)}    证件类型：居民身份证    证件号码：${idc(d, p.id)}`,
    `联系电话：${mb(d, p.mobile)}${contact ? `    联系人：${nm(d, contact.name)} ${mb(d, contact.mobile)}` : ''}`,
    `装机地址：${addr(d, a)}`,
    `宽带账号：${acctLandline ? llDc(d, p.tel, 'plain') : d.dec('account_no', acctNo('bb'))}${chance(0.5) ? '@' + pick(['adsl', 'njdx', 'ftth']) : ''}    初始密码：已短信发送`,
    `套餐：${pick(['融合套餐199元', '千兆宽带+手机', '智慧家庭129元'])}，主卡号码${mb(d, p.mobile, 'plain')}${chance(0.4) ? '，副卡' + mb(d, mkMobile(), 'plain') : ''}`,
    `光猫SN：${d.dec('meter_no', meterNo('bb'))}    MAC：${d.dec('mac', Array.from({ length: 6 }, () => pick('0123456789ABCDEF'.split('')) + pick('0123456789ABCDEF'.split(''))).join(':'))}    LOID：${d.dec('loid', String(ri(2, 9)) + dig(ri(9, 11)))}`];
  if (chance(0.7)) L.push(`电子发票接收邮箱：${em(d, p)}`);
  if (chance(0.45)) L.push(`月租扣款：${bankBranch(p.bank, a)}  卡号${cd(d, p.card)}`);
  L.push(`装维人员：${nm(d, tech.name)}（${d.dec('employee_no', empNo(a))}）电话：${mb(d, tech.mobile)}    预约上门：${fD(date(2024, 2025))} ${pick(['上午', '下午'])}`,
    `客户签名：${nm(d, p.name)}    客服热线：${d.dec('hotline', pick(['10000', '10086', '10010']))}`);
  return L.join('\n');
}

// ================================================================ KIND: einvoice (电子发票/账单邮件)
function gEinvoice(d) {
  const ut = pickU(['elec', 'elec', 'water', 'gas', 'bb', 'heat']), U = UT[ut], a = pick(AREAS), t = date(2024, 2025), p = mkPerson(a), co = d.dec('org', U.co(a));
  const sys = d.dc('email', pick(['noreply@einvoice.95598.cn', 'fapiao@example-gas.com.cn', 'bill@water.example.cn', 'service@ebill.example.cn']));
  const full = chance(0.5);
  const L = [`发件人：${sys}`, `收件人：${em(d, p)}`];
  if (chance(0.25)) { const f = mkPerson(a); L.push(`抄送：${em(d, f)}`); }
  L.push(`主题：【电子发票】${co} ${t.y}年${p2(t.m)}月${U.n}费发票`, '',
    `尊敬的${nm(d, p.name)}${pick(['', '客户', '先生/女士'])}（${pick(U.acct)}：${d.dec('account_no', acctNo(ut))}）：`,
    `  您${t.y}年${t.m}月${U.n}费电子发票已开具，请查收附件。`,
    full ? `  发票号码：${d.dec('invoice_no', invNo20())}` : `  发票代码：${d.dec('invoice_code', invCode())}    发票号码：${d.dec('invoice_no', invNo())}`,
    `  开票日期：${fCN(t)}    价税合计：¥${money(20, 900)}`,
    `  购买方名称：${nm(d, p.name)}`);
  if (chance(0.35)) L.push(`  购买方纳税人识别号：${idc(d, p.id, 'plain')}`);
  L.push(`  销售方名称：${co}`, `  销售方纳税人识别号：${us(d, mkUscc(a))}`);
  if (chance(0.5)) { const acc = dig(1).replace('0', '3') + dig(ri(17, 21)); L.push(`  销售方开户行及账号：${d.dec('org', pick(['中国工商银行', '中国建设银行', '中国农业银行']) + a.cs + '分行')} ${d.dc('bank_card', acc)}`); }
  if (chance(0.4)) L.push(`  校验码：${d.dec('check_code', dig(5) + ' ' + dig(5) + ' ' + dig(5) + ' ' + dig(5))}`);
  L.push('', `  本期用量：${d.dec('reading', String(ri(20, 1500)))}${U.unit}    如对账单有疑问请致电${d.dec('hotline', U.hot(a))}。`, `  本邮件由系统自动发送，请勿直接回复。`);
  return L.join('\n');
}

// ================================================================ KIND: refund (退费/销户结算)
function gRefund(d) {
  const ut = pickU(['elec', 'water', 'gas', 'heat', 'bb']), U = UT[ut], a = pick(AREAS), t = date(2024, 2025), p = mkPerson(a), payee = chance(0.35) ? mkPerson(a) : p;
  const boss = mkPerson(a), clerk = mkPerson(a);
  return [`${d.dec('org', U.co(a))}`, `${pick(['销户退费申请单', '预存' + U.n + '费退费审批表', '多缴费用退款申请'])}`,
    `申请编号：${d.dec('application_no', `TF${t.y}${p2(t.m)}${dig(6)}`)}    申请日期：${fD(t)}`,
    `${pick(U.acct)}：${d.dec('account_no', acctNo(ut))}    户名：${nm(d, p.name)}    ${pick(U.addr)}：${addr(d, a)}`,
    `退费原因：${pick(['销户结清余额', '重复缴费', '表计故障退补', '房屋出售'])}    原缴费流水号：${d.dec('txn_no', txnNo())}    退费金额：${money(10, 2500)}元`,
    `收款人：${nm(d, payee.name)}${payee !== p ? `（${pick(['委托代收', '继承人', '配偶'])}）` : ''}    身份证号：${idc(d, payee.id)}`,
    `收款银行：${bankBranch(payee.bank, a)}    收款卡号：${cd(d, payee.card)}`,
    `联系电话：${mb(d, payee.mobile)}${chance(0.5) ? `    邮箱：${em(d, payee)}` : ''}`,
    `经办人：${nm(d, clerk.name)}    营业厅主任审批：${nm(d, boss.name)}    财务复核：${d.dec('employee_no', empNo(a))}`,
    chance(0.5) ? `原卡号（已注销）：${d.dec('masked_card', maskCard(p.card))}` : `退费将在7个工作日内到账，咨询${d.dec('hotline', U.hot(a))}`].join('\n');
}

// ================================================================ assembly + self-check
const KINDS = [['archive', gArchive, 24], ['arrears', gArrears, 18], ['transfer', gTransfer, 18], ['meterorder', gMeterOrder, 16], ['ticket', gTicket, 18],
  ['subsidy', gSubsidy, 16], ['debit', gDebit, 18], ['sms', gSms, 16], ['gascheck', gGasCheck, 16], ['api', gApi, 20], ['ocr', gOcr, 20], ['wechat', gWechat, 18],
  ['heating', gHeating, 14], ['property', gProperty, 16], ['broadband', gBroadband, 16], ['einvoice', gEinvoice, 16], ['refund', gRefund, 12]];

function normalize(det, raw) {
  const s = unfw(raw).replace(/[\s\-()（）]/g, '');
  switch (det) {
    case 'cn_mobile': return s.replace(/^(\+86|0086|86)(?=1\d{10}$)/, '');
    case 'cn_landline': return s.replace(/^\+86/, '0');
    case 'cn_resident_id': { const u = s.toUpperCase(); if (/^\d{15}$/.test(u)) { const b = u.slice(0, 6) + '19' + u.slice(6); return b + idCheck(b); } return u; }
    case 'email': return raw.toLowerCase();
    case 'person_name_zh': return raw.replace(/\s+/g, '');
    default: return s.toUpperCase();
  }
}
function valueOk(det, v, strict) {
  switch (det) {
    case 'cn_resident_id': return idValid(v);
    case 'cn_mobile': return /^1[3-9]\d{9}$/.test(v) && (!strict || MPSET.has(v.slice(0, 3)));
    case 'cn_landline': { if (!/^0\d{9,11}$/.test(v)) return false; const c = Object.keys(TEL).find((k) => v.startsWith(k)); return !!c && v.length === c.length + TEL[c] && /[2-8]/.test(v[c.length]); }
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v);
    case 'bank_card': return strict ? /^\d{16,19}$/.test(v) && luhnOk(v) : /^\d{10,30}$/.test(v);
    case 'cn_uscc': return usccValid(v);
    case 'cn_passport': return /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$/.test(v);
    case 'person_name_zh': return /^[\u4e00-\u9fa5]{2,4}$/.test(v) || /^[\u4e00-\u9fa5]{1,8}(·[\u4e00-\u9fa5]{1,8})+$/.test(v);
    default: return false;
  }
}
function decoyLooksReal(text) { // a decoy must not itself be a valid personal value
  const s = text.replace(/[\s\-]/g, '');
  if (/^1[3-9]\d{9}$/.test(s) && MPSET.has(s.slice(0, 3))) return 'mobile';
  if (/^\d{17}[\dXx]$/.test(s) && idValid(s.toUpperCase())) return 'id';
  if (/^[3-6]\d{15,18}$/.test(s) && luhnOk(s)) return 'card';
  if (/^0\d{9,11}$/.test(s) && valueOk('cn_landline', s)) return 'landline';
  if (/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s) && usccValid(s)) return 'uscc';
  if (/^[^*\s@]+@[^*\s@]+\.[a-z]+$/i.test(s)) return 'email';
  return null;
}
function docProblems(o, raws) {
  const errs = [];
  for (const e of o.entities) if (!valueOk(e.detector, e.value, true)) errs.push(`bad entity value ${e.detector} ${e.value}`);
  for (const e of o.dontCare) if (!valueOk(e.detector, e.value, false)) errs.push(`bad dontCare value ${e.detector} ${e.value}`);
  const keys = new Set(o.entities.map((e) => e.detector + '|' + e.value));
  for (const e of o.dontCare) if (keys.has(e.detector + '|' + e.value)) errs.push(`entity/dontCare overlap ${e.value}`);
  for (const [det, v, raw] of raws) {
    if (!o.text.includes(raw)) errs.push(`raw not in text ${det} ${raw}`);
    if (normalize(det, raw) !== v) errs.push(`raw does not normalise ${det} ${raw} -> ${normalize(det, raw)} != ${v}`);
  }
  for (const e of [...o.entities, ...o.dontCare]) if (!raws.some(([det, v]) => det === e.detector && v === e.value)) errs.push(`no raw for ${e.value}`);
  const labelled = [...new Set([...o.entities.map((e) => e.value), ...o.dontCare.map((e) => e.value), ...raws.map((r) => r[2])])];
  for (const x of o.decoys) {
    if (!o.text.includes(x.text)) errs.push(`decoy not in text ${x.text}`);
    const xd = unfw(x.text).replace(/[^0-9A-Za-z]/g, '').toUpperCase();
    for (const v of labelled) {
      if (x.text.includes(v)) errs.push(`decoy ${x.text} contains labelled ${v}`);
      const vd = unfw(v).replace(/[^0-9A-Za-z]/g, '').toUpperCase();
      if (/^\d{11,}/.test(vd) && vd.length >= 11 && xd.includes(vd)) errs.push(`decoy ${x.text} contains digits of ${v}`);
    }
    const lr = decoyLooksReal(x.text);
    if (lr) errs.push(`decoy ${x.text} looks like a real ${lr}`);
  }
  return errs;
}

const docs = [], rejected = { n: 0 };
for (const [kind, fn, count] of KINDS) {
  for (let i = 1; i <= count; i++) {
    let o, raws, errs, tries = 0;
    do {
      const d = new Doc(kind);
      const text = fn(d);
      for (const k of d.E.keys()) d.C.delete(k);
      o = { id: `ut-${kind}-${i}`, kind, text, entities: [...d.E.values()], dontCare: [...d.C.values()], decoys: [...d.X.values()] };
      raws = d.raw; errs = docProblems(o, raws);
      if (errs.length) { rejected.n++; if (process.env.UT_DEBUG) console.error(kind, errs.slice(0, 3).join(" ; ")); }
    } while (errs.length && ++tries < 30);
    if (errs.length) { console.error(`cannot generate a clean ${kind} document:`, errs.slice(0, 5)); process.exit(1); }
    docs.push([o, raws]);
  }
}

// final self-check over the whole corpus
const fails = [];
const ids = new Set();
for (const [o, raws] of docs) {
  if (ids.has(o.id)) fails.push('duplicate id ' + o.id); ids.add(o.id);
  const ek = o.entities.map((e) => e.detector + '|' + e.value);
  if (new Set(ek).size !== ek.length) fails.push('duplicate entity in ' + o.id);
  for (const e of docProblems(o, raws)) fails.push(`${o.id}: ${e}`);
}
const perKind = {}, perDet = {}, dcDet = {}, decKind = {};
let nEnt = 0, nDec = 0;
for (const [o] of docs) {
  perKind[o.kind] = (perKind[o.kind] || 0) + 1;
  for (const e of o.entities) { perDet[e.detector] = (perDet[e.detector] || 0) + 1; nEnt++; }
  for (const e of o.dontCare) dcDet[e.detector] = (dcDet[e.detector] || 0) + 1;
  for (const x of o.decoys) { decKind[x.kind] = (decKind[x.kind] || 0) + 1; nDec++; }
}
if (docs.length < 250) fails.push(`only ${docs.length} documents`);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((perDet[det] || 0) < 300) fails.push(`${det}: only ${perDet[det] || 0} entity labels`);
if (nDec < nEnt) fails.push(`decoys ${nDec} < entities ${nEnt}`);

writeFileSync(OUT, docs.map(([o]) => JSON.stringify(o)).join('\n') + '\n');
const sortObj = (o) => Object.entries(o).sort((x, y) => y[1] - x[1]).map(([k, v]) => `  ${k.padEnd(16)} ${v}`).join('\n');
console.log(`wrote ${docs.length} documents to ${OUT} (regenerated ${rejected.n} drafts that failed the per-document check)`);
console.log(`documents per kind:\n${sortObj(perKind)}`);
console.log(`entity labels per detector (total ${nEnt}):\n${sortObj(perDet)}`);
console.log(`dontCare labels per detector:\n${sortObj(dcDet)}`);
console.log(`decoys per kind (total ${nDec}):\n${sortObj(decKind)}`);
if (fails.length) { console.error(`SELF-CHECK FAILED (${fails.length}):\n` + fails.slice(0, 40).join('\n')); process.exit(1); }
console.log('self-check: OK');
