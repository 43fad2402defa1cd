#!/usr/bin/env node
/*
 * epidemic.mjs — independent labelled test corpus for listguard.
 *
 * Theme: public-health and community epidemic-response lists of the kind that
 * leaked in China in 2020-2022: 流调 (contact-tracing) reports with
 * trajectories, 密接/次密接 lists, 核酸 sampling registers and 混管 re-test
 * notices, 隔离酒店 check-in lists, 返乡人员 registration forms, 健康码 status
 * exports, 疫苗接种 registers, 网格员 door-to-door sheets, 物资 delivery lists,
 * 社区群 chat transcripts, fever-clinic logs, JSON from a sampling app, OCR'd
 * paper 登记表, mails to/from the CDC, SMS exports, subsidy and refund sheets
 * with bank cards, 问卷星 volunteer sign-ups, meeting minutes, XML reports and
 * community notices.
 *
 * Usage:   node epidemic.mjs OUT.jsonl
 *
 * Output:  one JSON object per line
 *   {"id":"ep-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          must NOT be reported under any detector
 *
 * Normalisation of values: cn_resident_id 18 chars with upper-case X (legacy
 * 15-digit numbers are upgraded to 18); cn_mobile 11 digits without +86 or
 * separators; cn_landline all digits incl. leading 0 and area code, no
 * separators, no extension; email lower-case; bank_card digits only;
 * cn_passport and cn_uscc upper-case; person_name_zh as written, without
 * spaces, titles or pinyin. Decoys carry their exact text as written.
 *
 * Labelling choices: a name is an entity only in a person context (name
 * column / field / label, a record with the person's other fields, a
 * signature, a chat sender label, a 接龙 line "room name count"); names only
 * in running prose are dontCare. Landlines of a person are entities,
 * landlines of offices/hotels/CDCs are dontCare. Passports are entities under
 * 护照/证件类型 headers, dontCare in app JSON whose only context is
 * certType "03". <mobile>@139.com gives both the e-mail and the mobile.
 * OCR'd values broken by letter-for-digit confusions (O/l/S) or misread name
 * characters are dontCare; OCR spacing and line breaks inside a value keep it
 * an entity. Hand-keyed typos (one digit changed, a digit dropped, an
 * unallocated 14x/154 prefix, an impossible date or region) are decoys. Sample tube numbers, barcodes, case numbers,
 * room numbers, dates, temperatures, timestamps, order numbers, batch numbers,
 * masked values, and place/hospital/小区/网格 names or job titles in name
 * positions are decoys.
 *
 * Deterministic: own mulberry32 PRNG with a fixed seed, no clock, no I/O but OUT.
 *
 * Written in session 30 by a helper that never read src/, rules/ or test/,
 * from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

const PREFIX = 'ep';
const OUT = process.argv[2];
if (!OUT) { console.error('usage: node epidemic.mjs OUT.jsonl'); process.exit(2); }

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const R = mulberry32(0x45504944 ^ 0x2022); // "EPID" ^ 2022
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
const pad = (n, w) => String(n).padStart(w, '0');
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
function wpick(pairs) { // [[value, weight], ...]
  let tot = 0; for (const p of pairs) tot += p[1];
  let x = R() * tot; for (const p of pairs) { x -= p[1]; if (x < 0) return p[0]; }
  return pairs[pairs.length - 1][0];
}
function shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function sample(a, k) { return shuffle(a.slice()).slice(0, k); }

// ---------------------------------------------------------------- check algorithms
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(body17) { let s = 0; for (let i = 0; i < 17; i++) s += +body17[i] * ID_W[i]; return '10X98765432'[s % 11]; }
const PROV = new Set(['11','12','13','14','15','21','22','23','31','32','33','34','35','36','37','41','42','43','44','45','46','50','51','52','53','54','61','62','63','64','65']);
function validDate(y, m, d) {
  if (m < 1 || m > 12 || d < 1) return false;
  const dim = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return d <= dim;
}
function isValidID(s) {
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (!PROV.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2022 || !validDate(y, m, d)) return false;
  return idCheck(s.slice(0, 17)) === s[17];
}
function upgrade15(s) { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); }
function isLegacy(s) {
  if (!/^\d{15}$/.test(s) || !PROV.has(s.slice(0, 2))) return false;
  return validDate(1900 + +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12));
}
function luhnOK(s) {
  let sum = 0, dbl = false;
  for (let i = s.length - 1; i >= 0; i--) { let v = +s[i]; if (dbl) { v *= 2; if (v > 9) v -= 9; } sum += v; dbl = !dbl; }
  return sum % 10 === 0;
}
function luhnDigit(body) { for (let c = 0; c < 10; c++) if (luhnOK(body + c)) return String(c); throw new Error('luhn'); }
const MOB3 = new Set(['130','131','132','133','134','135','136','137','138','139','145','147','150','151','152','153','155','156','157','158','159','162','165','166','167','170','171','172','173','175','176','177','178','180','181','182','183','184','185','186','187','188','189','190','191','192','193','195','196','197','198','199']);
function isMobile(s) {
  if (!/^1[3-9]\d{9}$/.test(s)) return false;
  return MOB3.has(s.slice(0, 3)) || s.startsWith('1610') || /^1740[0-5]/.test(s);
}
const USCC_A = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += USCC_A.indexOf(b17[i]) * USCC_W[i]; return USCC_A[(31 - (s % 31)) % 31]; }
function orgCheck(b8) {
  const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0;
  for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * W[i]; }
  const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
function isUSCC(s) {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s)) return false;
  if (usccCheck(s.slice(0, 17)) !== s[17]) return false;
  return orgCheck(s.slice(8, 16)) === s[16];
}
const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

// ---------------------------------------------------------------- names
const SUR = [['王','wang',30],['李','li',29],['张','zhang',27],['刘','liu',21],['陈','chen',19],['杨','yang',11],['黄','huang',9],['赵','zhao',8],['吴','wu',8],['周','zhou',8],['徐','xu',6],['孙','sun',6],['马','ma',6],['朱','zhu',6],['胡','hu',5],['郭','guo',5],['何','he',5],['高','gao',4],['林','lin',4],['罗','luo',4],['郑','zheng',4],['梁','liang',4],['谢','xie',3],['宋','song',3],['唐','tang',3],['许','xu',3],['韩','han',3],['冯','feng',3],['邓','deng',3],['曹','cao',3],['彭','peng',3],['曾','zeng',3],['肖','xiao',3],['田','tian',2],['董','dong',2],['袁','yuan',2],['潘','pan',2],['于','yu',2],['蒋','jiang',2],['蔡','cai',2],['余','yu',2],['杜','du',2],['叶','ye',2],['程','cheng',2],['苏','su',2],['魏','wei',2],['吕','lv',2],['丁','ding',2],['任','ren',2],['沈','shen',2],['姚','yao',2],['卢','lu',2],['姜','jiang',2],['崔','cui',2],['钟','zhong',2],['谭','tan',2],['陆','lu',2],['汪','wang',2],['范','fan',2],['金','jin',1],['石','shi',1],['廖','liao',1],['贾','jia',1],['夏','xia',1],['韦','wei',1],['付','fu',1],['方','fang',1],['白','bai',1],['邹','zou',1],['孟','meng',1],['熊','xiong',1],['秦','qin',1],['邱','qiu',1],['江','jiang',1],['尹','yin',1],['薛','xue',1],['闫','yan',1],['段','duan',1],['雷','lei',1],['侯','hou',1],['龙','long',1],['史','shi',1],['陶','tao',1],['黎','li',1],['贺','he',1],['顾','gu',1],['毛','mao',1],['郝','hao',1],['龚','gong',1],['邵','shao',1],['万','wan',1],['钱','qian',1],['严','yan',1],['覃','qin',1],['武','wu',1],['戴','dai',1],['莫','mo',1],['孔','kong',1],['向','xiang',1],['汤','tang',1],['常','chang',1],['温','wen',1],['康','kang',1],['施','shi',1],['文','wen',1],['牛','niu',1],['樊','fan',1],['葛','ge',1],['邢','xing',1],['安','an',1],['齐','qi',1],['易','yi',1],['乔','qiao',1],['伍','wu',1],['庞','pang',1],['颜','yan',1],['倪','ni',1],['庄','zhuang',1],['聂','nie',1],['章','zhang',1],['鲁','lu',1],['岳','yue',1],['翟','zhai',1],['申','shen',1],['耿','geng',1],['关','guan',1],['兰','lan',1],['焦','jiao',1],['俞','yu',1],['左','zuo',1],['柳','liu',1],['甘','gan',1],['祝','zhu',1],['包','bao',1],['宁','ning',1],['符','fu',1],['阮','ruan',1],['柯','ke',1],['纪','ji',1],['梅','mei',1],['童','tong',1],['凌','ling',1],['毕','bi',1],['单','shan',1],['季','ji',1],['裴','pei',1],['霍','huo',1],['涂','tu',1],['成','cheng',1],['苗','miao',1],['谷','gu',1],['盛','sheng',1],['曲','qu',1],['翁','weng',1],['冉','ran',1],['骆','luo',1],['蓝','lan',1],['路','lu',1],['游','you',1],['辛','xin',1],['靳','jin',1],['管','guan',1],['柴','chai',1],['鲍','bao',1],['华','hua',1],['喻','yu',1],['祁','qi',1],['房','fang',1],['滕','teng',1],['饶','rao',1],['牟','mou',1],['艾','ai',1],['尤','you',1],['时','shi',1],['穆','mu',1],['卓','zhuo',1],['古','gu',1],['车','che',1],['项','xiang',1],['连','lian',1],['岑','cen',1],['党','dang',1],['宫','gong',1],['费','fei',1],['冷','leng',1],['席','xi',1],['卫','wei',1],['米','mi',1],['柏','bai',1],['瞿','qu',1],['全','quan',1],['佟','tong',1],['应','ying',1],['臧','zang',1],['闵','min',1],['苟','gou',1],['边','bian',1],['卞','bian',1],['姬','ji',1],['师','shi',1],['和','he',1],['栾','luan',1],['商','shang',1],['沙','sha',1],['荣','rong',1],['巫','wu',1],['桑','sang',1],['甄','zhen',1],['仲','zhong',1],['敖','ao',1],['明','ming',1],['池','chi',1],['麻','ma',1],['迟','chi',1]];
const SUR_PY = Object.fromEntries(SUR.map((s) => [s[0], s[1]]));
const SUR_W = SUR.map((s) => [s[0], s[2]]);
const COMPOUND = [['欧阳','ouyang'],['上官','shangguan'],['司马','sima'],['诸葛','zhuge'],['司徒','situ'],['皇甫','huangfu'],['慕容','murong'],['令狐','linghu'],['夏侯','xiahou'],['申屠','shentu']];
for (const [c, p] of COMPOUND) SUR_PY[c] = p;
const G_M = '伟wei 强qiang 磊lei 军jun 勇yong 杰jie 涛tao 明ming 超chao 刚gang 平ping 辉hui 鹏peng 华hua 飞fei 鑫xin 波bo 斌bin 宇yu 浩hao 凯kai 健jian 俊jun 帆fan 帅shuai 旭xu 龙long 建jian 国guo 志zhi 海hai 东dong 峰feng 亮liang 成cheng 春chun 德de 永yong 生sheng 庆qing 忠zhong 兵bing 祥xiang 振zhen 博bo 昊hao 睿rui 泽ze 轩xuan 晨chen 毅yi 航hang 铭ming 锋feng 红hong 卫wei 良liang 荣rong 胜sheng 福fu 贵gui 根gen 才cai 厚hou 林lin 坤kun 然ran 洋yang 磊lei 栋dong 彬bin 晖hui 卓zhuo 骏jun'.split(' ');
const G_F = '芳fang 娜na 敏min 静jing 丽li 艳yan 娟juan 霞xia 秀xiu 玲ling 桂gui 英ying 萍ping 燕yan 慧hui 琳lin 莉li 雪xue 颖ying 倩qian 婷ting 洁jie 佳jia 欣xin 悦yue 蕾lei 薇wei 梅mei 兰lan 凤feng 琴qin 淑shu 彤tong 雨yu 涵han 萱xuan 怡yi 诗shi 琪qi 瑶yao 璐lu 露lu 晶jing 月yue 丹dan 婉wan 玉yu 思si 梦meng 若ruo 雅ya 珍zhen 翠cui 琼qiong 红hong 菊ju 莲lian 冰bing 媛yuan 蓉rong 娇jiao 巧qiao 春chun 晓xiao 素su 爱ai'.split(' ');
const G_N = '小xiao 晓xiao 文wen 子zi 梓zi 一yi 嘉jia 新xin 金jin 云yun 永yong 海hai 立li 少shao 天tian 家jia 宏hong 秋qiu 安an 晴qing 俊jun 雨yu 心xin 可ke 亦yi 明ming 建jian 丽li 玉yu 志zhi'.split(' ');
const cp = (s) => [s[0], s.slice(1)];
const GM = G_M.map(cp), GF = G_F.map(cp), GN = G_N.map(cp);
const GIVEN_PY = {}; for (const [c, p] of [...GM, ...GF, ...GN]) GIVEN_PY[c] = p;
const NAME_BLACKLIST = new Set(['文明','高明','金华','和平','安宁','江海','黄山','田园','华东','东海','明星','成功','高峰','金鑫','林海','方便','常春','马上','周平','白云','高强','万安','时新','安全','于是','任性','余生','江东','石林','黄金','金玉','文玉','明天','何平','宁静','乔丹','车海','金海','龙华','冷静','童心','甘心','包容','成立','成才','师生','商海','沙龙','向阳','叶子','程序','华夏','米兰','丁香','韩国']);
const MINORITY = [['阿不都热合曼·艾力','653101'],['买买提·吐尔逊','653101'],['古丽米拉·艾买提','653101'],['阿依古丽·买买提','653101'],['艾尔肯·吐尔洪','653101'],['热依拉·阿不都','653101'],['迪力夏提·热合曼','653101'],['扎西次仁','540102'],['央金卓玛','540102'],['次仁旦增','540102']];

function genName(sex) {
  for (;;) {
    let sur, name;
    if (chance(0.012)) sur = pick(COMPOUND)[0]; else sur = wpick(SUR_W);
    const pool = sex === '男' ? GM : GF;
    const one = () => (chance(0.8) ? pick(pool) : pick(GN))[0];
    if (chance(0.27)) name = sur + pick(pool)[0];
    else if (sex === '女' && chance(0.04)) { const c = pick(GF)[0]; name = sur + c + c; }
    else { const a = one(); let b = pick(pool)[0]; if (b === a) b = pick(pool)[0]; name = sur + a + b; }
    if (NAME_BLACKLIST.has(name) || NAME_BLACKLIST.has(name.slice(1))) continue;
    if (/(.)\1/.test(name) && !(sex === '女' && name.length === 3)) continue;
    return name;
  }
}
function pinyin(name) {
  if (name.includes('·') || !SUR_PY[name[0]] && !SUR_PY[name.slice(0, 2)]) return null;
  let sur = SUR_PY[name.slice(0, 2)] ? name.slice(0, 2) : name[0];
  const giv = [...name.slice(sur.length)].map((c) => GIVEN_PY[c] || 'x');
  return { sur: SUR_PY[sur], giv, ini: SUR_PY[sur][0] + giv.map((g) => g[0]).join('') };
}

// ---------------------------------------------------------------- places
const SETTINGS = [
  { prov: '浙江省', city: '杭州市', cs: '杭州', dist: '西湖区', reg: '330106', area: '0571', sub: 8, car: '浙A', streets: ['翠苑街道', '文新街道', '古荡街道', '西溪街道'], comms: ['翠苑一区', '金桂园', '文鼎苑', '府苑新村', '嘉绿苑', '古荡新村'], roads: ['文三路', '学院路', '古墩路', '文一西路'], hosp: ['杭州市西溪医院', '西湖区人民医院', '翠苑街道社区卫生服务中心'], hotels: ['锦江之星（文三路店）', '如家酒店（古墩路店）', '汉庭酒店（西溪店）'], metro: ['2号线', '4号线'] },
  { prov: '上海市', city: '上海市', cs: '上海', dist: '浦东新区', reg: '310115', area: '021', sub: 8, car: '沪B', streets: ['花木街道', '塘桥街道', '北蔡镇', '三林镇'], comms: ['联洋花园', '东方城市花园', '仁恒河滨城', '三林苑', '锦绣苑'], roads: ['锦绣路', '浦建路', '杨高南路', '上南路'], hosp: ['浦东新区人民医院', '仁济医院东院', '花木社区卫生服务中心'], hotels: ['全季酒店（世纪公园店）', '维也纳酒店（三林店）', '锦江都城（塘桥店）'], metro: ['2号线', '6号线', '7号线'] },
  { prov: '陕西省', city: '西安市', cs: '西安', dist: '雁塔区', reg: '610113', area: '029', sub: 8, car: '陕A', streets: ['小寨路街道', '电子城街道', '丈八沟街道', '曲江街道'], comms: ['曲江池小区', '紫薇田园都市', '枫林绿洲', '融侨城'], roads: ['小寨东路', '长安南路', '科技路', '太白南路'], hosp: ['西安市第一医院', '雁塔区中医医院', '小寨路街道社区卫生服务中心'], hotels: ['城市便捷酒店（小寨店）', '7天酒店（电子城店）', '汉庭酒店（科技路店）'], metro: ['2号线', '3号线'] },
  { prov: '广东省', city: '深圳市', cs: '深圳', dist: '南山区', reg: '440305', area: '0755', sub: 8, car: '粤B', streets: ['粤海街道', '南头街道', '蛇口街道', '桃源街道'], comms: ['海月花园', '南山村', '荔林春晓', '桃源村三期', '蔚蓝海岸'], roads: ['南海大道', '桃园路', '后海大道', '沙河西路'], hosp: ['南山区人民医院', '蛇口人民医院', '桃源社康中心'], hotels: ['维也纳国际酒店（南山店）', '格林豪泰（蛇口店）', '麗枫酒店（科技园店）'], metro: ['1号线', '2号线', '11号线'] },
  { prov: '河南省', city: '郑州市', cs: '郑州', dist: '金水区', reg: '410105', area: '0371', sub: 8, car: '豫A', streets: ['经八路街道', '文化路街道', '丰产路街道', '杜岭街道'], comms: ['金水花园', '绿城百合', '未来花园', '国基小区'], roads: ['金水路', '经三路', '文化路', '花园路'], hosp: ['郑州市第七人民医院', '金水区总医院', '郑大一附院'], hotels: ['如家酒店（花园路店）', '锦江之星（金水路店）', '尚客优酒店（文化路店）'], metro: ['1号线', '2号线'] },
  { prov: '四川省', city: '成都市', cs: '成都', dist: '武侯区', reg: '510107', area: '028', sub: 8, car: '川A', streets: ['玉林街道', '浆洗街街道', '红牌楼街道', '簇桥街道'], comms: ['玉林小区', '棕北小区', '锦官新城', '倪家桥小区'], roads: ['玉林北路', '人民南路四段', '武侯祠大街', '永丰路'], hosp: ['四川大学华西医院', '武侯区人民医院', '玉林社区卫生服务中心'], hotels: ['如家精选（倪家桥店）', '汉庭酒店（红牌楼店）', '全季酒店（玉林店）'], metro: ['1号线', '3号线', '7号线'] },
  { prov: '广东省', city: '广州市', cs: '广州', dist: '天河区', reg: '440106', area: '020', sub: 8, car: '粤A', streets: ['石牌街道', '林和街道', '冼村街道', '车陂街道'], comms: ['华港花园', '天河北苑', '南雅苑', '车陂新村'], roads: ['天河路', '中山大道西', '黄埔大道西', '体育东路'], hosp: ['广东省第二人民医院', '天河区人民医院', '暨南大学附属第一医院'], hotels: ['7天酒店（车陂店）', '锦江之星（天河城店）', '汉庭酒店（石牌桥店）'], metro: ['3号线', '5号线'] },
  { prov: '北京市', city: '北京市', cs: '北京', dist: '朝阳区', reg: '110105', area: '010', sub: 8, car: '京N', streets: ['望京街道', '和平街街道', '劲松街道', '双井街道'], comms: ['望京西园三区', '花家地北里', '劲松八区', '富力城'], roads: ['望京街', '东三环中路', '广渠路', '惠新东街'], hosp: ['朝阳医院', '中日友好医院', '望京社区卫生服务中心'], hotels: ['如家酒店（望京店）', '汉庭酒店（双井店）', '锦江之星（劲松店）'], metro: ['10号线', '14号线', '15号线'] },
  { prov: '甘肃省', city: '兰州市', cs: '兰州', dist: '城关区', reg: '620102', area: '0931', sub: 7, car: '甘A', streets: ['东岗西路街道', '张掖路街道', '酒泉路街道', '雁南街道'], comms: ['雁滩新村', '东岗小区', '金港城', '南昌路小区'], roads: ['东岗西路', '南昌路', '庆阳路', '天水北路'], hosp: ['兰州大学第一医院', '城关区人民医院', '兰州市肺科医院'], hotels: ['如家酒店（东方红广场店）', '汉庭酒店（雁滩店）', '7天酒店（南关店）'], metro: ['1号线'] },
  { prov: '湖南省', city: '长沙市', cs: '长沙', dist: '岳麓区', reg: '430104', area: '0731', sub: 8, car: '湘A', streets: ['望月湖街道', '银盆岭街道', '观沙岭街道', '梅溪湖街道'], comms: ['望月湖小区', '银盆新村', '梅溪湖壹号', '麓山枫情'], roads: ['枫林一路', '银盆南路', '岳麓大道', '麓山南路'], hosp: ['湘雅三医院', '岳麓区人民医院', '长沙市中心医院'], hotels: ['锦江之星（溁湾镇店）', '汉庭酒店（银盆岭店）', '城市便捷（梅溪湖店）'], metro: ['2号线', '4号线'] },
  { prov: '湖北省', city: '武汉市', cs: '武汉', dist: '洪山区', reg: '420111', area: '027', sub: 8, car: '鄂A', streets: ['珞南街道', '关山街道', '洪山街道', '狮子山街道'], comms: ['保利花园', '关山春晓', '南湖山庄', '狮城名居'], roads: ['珞喻路', '关山大道', '雄楚大道', '民族大道'], hosp: ['湖北省人民医院', '洪山区人民医院', '武汉大学中南医院'], hotels: ['如家酒店（光谷店）', '汉庭酒店（街道口店）', '7天酒店（鲁巷店）'], metro: ['2号线', '8号线'] },
  { prov: '天津市', city: '天津市', cs: '天津', dist: '南开区', reg: '120104', area: '022', sub: 8, car: '津A', streets: ['王顶堤街道', '嘉陵道街道', '学府街道', '向阳路街道'], comms: ['华苑居华里', '王顶堤小区', '天拖南小区', '云际道'], roads: ['红旗南路', '卫津路', '鞍山西道', '南京路'], hosp: ['天津市第一中心医院', '南开医院', '天津医科大学总医院'], hotels: ['汉庭酒店（南开大学店）', '如家酒店（鞍山西道店）', '锦江之星（华苑店）'], metro: ['3号线', '6号线'] },
];
const ORIGINS = [['412726', '河南省周口市郸城县'], ['411525', '河南省信阳市固始县'], ['411522', '河南省信阳市光山县'], ['341221', '安徽省阜阳市临泉县'], ['341222', '安徽省阜阳市太和县'], ['511321', '四川省南充市南部县'], ['511623', '四川省广安市邻水县'], ['500229', '重庆市城口县'], ['500228', '重庆市梁平县'], ['431121', '湖南省永州市祁阳县'], ['360721', '江西省赣州市赣县'], ['421023', '湖北省荆州市监利县'], ['130102', '河北省石家庄市长安区'], ['140105', '山西省太原市小店区'], ['210102', '辽宁省沈阳市和平区'], ['230102', '黑龙江省哈尔滨市道里区'], ['320106', '江苏省南京市鼓楼区'], ['370102', '山东省济南市历下区'], ['350102', '福建省福州市鼓楼区'], ['450103', '广西壮族自治区南宁市青秀区'], ['530102', '云南省昆明市五华区'], ['420106', '湖北省武汉市武昌区'], ['441302', '广东省惠州市惠城区'], ['522122', '贵州省遵义市桐梓县']];
const REGNAME = Object.fromEntries(ORIGINS);
for (const s of SETTINGS) REGNAME[s.reg] = s.prov + (s.prov === s.city ? '' : s.city) + s.dist;
REGNAME['653101'] = '新疆维吾尔自治区喀什市'; REGNAME['540102'] = '西藏自治区拉萨市城关区';
const VILLAGES = ['李楼村', '王庄村', '张湾村', '刘集村', '陈营村', '周寨村', '黄岗村', '高店村', '石桥村', '马庄村'];
const TOWNS = ['汲冢镇', '城关镇', '宜路镇', '胡集镇', '白庙乡', '石槽镇', '南丰镇', '老城镇'];
const RISK_PLACES = ['上海市浦东新区', '吉林省长春市', '陕西省西安市雁塔区', '河南省郑州市金水区', '北京市朝阳区', '广东省深圳市南山区', '天津市津南区', '内蒙古额济纳旗'];
const SHOPS = ['华联超市', '物美超市', '盒马鲜生', '肯德基', '沙县小吃', '联华超市', '农贸市场', '蜜雪冰城', '老乡鸡', '永辉超市', '美宜佳便利店', '瑞幸咖啡'];
const LABS = ['杭州迪安医学检验中心有限公司', '广州金域医学检验中心有限公司', '杭州艾迪康医学检验中心有限公司', '深圳华大基因科技有限公司', '武汉康圣达医学检验所有限公司'];
const VACC = [
  ['新冠病毒灭活疫苗（Vero细胞）', '北京科兴中维生物技术有限公司', '科兴'],
  ['新冠病毒灭活疫苗（Vero细胞）', '北京生物制品研究所有限责任公司', '北京生物'],
  ['新冠病毒灭活疫苗（Vero细胞）', '武汉生物制品研究所有限责任公司', '武汉生物'],
  ['重组新冠病毒蛋白疫苗（CHO细胞）', '安徽智飞龙科马生物制药有限公司', '智飞'],
  ['重组新冠病毒疫苗（5型腺病毒载体）', '康希诺生物股份公司', '康希诺'],
];
const BANKS = [
  ['中国工商银行', '622202', 19], ['中国工商银行', '621226', 19], ['中国建设银行', '621700', 19], ['中国建设银行', '622700', 19],
  ['中国农业银行', '622848', 19], ['中国农业银行', '623052', 19], ['中国银行', '621661', 19], ['中国银行', '621785', 19],
  ['招商银行', '622588', 16], ['招商银行', '621483', 16], ['交通银行', '622262', 19], ['中国邮政储蓄银行', '621799', 19],
  ['中国邮政储蓄银行', '622188', 19], ['兴业银行', '622909', 18], ['中信银行', '622690', 16], ['浦发银行', '622521', 16],
  ['农村商业银行', '623091', 19], ['农村信用社', '621779', 19], ['杭州银行', '621977', 16],
];
const TITLES_DECOY = ['网格员', '楼栋长', '志愿者', '采样员', '社区书记', '居委会主任', '物业经理', '保安', '快递员', '外卖骑手', '转运司机', '流调员', '值班医生', '护士长', '单元长', '物业客服', '社区民警', '信息员'];

// ---------------------------------------------------------------- generators of values
function randDate(y, m1 = 1, m2 = 12) { for (;;) { const m = ri(m1, m2), d = ri(1, 31); if (validDate(y, m, d)) return { y, m, d }; } }
const ymd = (t, sep = '-') => t.y + sep + pad(t.m, 2) + sep + pad(t.d, 2);
const md = (t) => `${t.m}月${t.d}日`;
const ymdC = (t) => `${t.y}年${t.m}月${t.d}日`;
function addDays(t, n) { const x = new Date(Date.UTC(t.y, t.m - 1, t.d + n)); return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() }; }
const hm = () => pad(ri(6, 22), 2) + ':' + pad(ri(0, 59), 2);
const hms = () => pad(ri(6, 22), 2) + ':' + pad(ri(0, 59), 2) + ':' + pad(ri(0, 59), 2);
function epochMs(t, h = ri(0, 23)) { return Date.UTC(t.y, t.m - 1, t.d, h - 8 < 0 ? 0 : h - 8, ri(0, 59), ri(0, 59)) + ri(0, 999); }

function genID(reg, b, sex) {
  const seq2 = pad(ri(0, 99), 2);
  let g = ri(0, 9); if ((sex === '男') !== (g % 2 === 1)) g = (g + 1) % 10;
  const body = reg + b.y + pad(b.m, 2) + pad(b.d, 2) + seq2 + g;
  return body + idCheck(body);
}
const MOB_PREF = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '147', '150', '151', '152', '153', '155', '156', '157', '158', '159', '166', '173', '175', '176', '177', '178', '180', '181', '182', '183', '185', '186', '187', '188', '189', '191', '193', '195', '198', '199'];
function genMobile() { for (;;) { const m = pick(MOB_PREF) + digits(8); if (!/(\d)\1{4}/.test(m) && isMobile(m)) return m; } }
function genCard(bank) { const b = bank || pick(BANKS); const body = b[1] + digits(b[2] - 7); return body + luhnDigit(body); }
function genUSCC(reg) { for (;;) { const u = genUSCC1(reg); const h = validHits(u); if (h.length === 1 && h[0][0] === 'cn_uscc') return u; } }
function genUSCC1(reg) {
  let b8;
  if (chance(0.7)) { b8 = 'MA'; const al = '0123456789ABCDEFGHJKLMNPQRTUWXY'; for (let i = 0; i < 6; i++) b8 += al[ri(0, al.length - 1)]; }
  else b8 = String(ri(1, 9)) + digits(7);
  const body = pick(['91', '91', '91', '92', '12', '52']) + reg + b8 + orgCheck(b8);
  return body + usccCheck(body);
}
function genPassport() { return chance(0.5) ? 'E' + digits(8) : 'E' + 'ABCDEFGHJKLMNPQRSTUVWXYZ'[ri(0, 23)] + digits(7); }
function genLand(S, first) { return S.area + String(first ?? ri(2, 8)) + digits(S.sub - 1); }
function genQQ() { return String(ri(1, 9)) + digits(ri(6, 9)); }
function genEmail(p) {
  const py = pinyin(p.name);
  const dom = wpick([['qq.com', 30], ['163.com', 25], ['126.com', 12], ['sina.com', 5], ['foxmail.com', 5], ['outlook.com', 4], ['gmail.com', 3], ['139.com', 3], ['aliyun.com', 2], ['sohu.com', 2], ['yeah.net', 2]]);
  if (dom === 'qq.com' && (chance(0.6) || !py)) return genQQ() + '@qq.com';
  if (dom === '139.com') return p.mobile + '@139.com';
  if (!py) return 'user' + digits(6) + '@163.com';
  const full = py.sur + py.giv.join('');
  const v = ri(0, 6);
  const loc = [full + p.birth.y % 100 + '', full + digits(ri(2, 4)), py.ini + p.birth.y, py.sur + '_' + py.giv.join(''), py.giv.join('') + '.' + py.sur, full, py.ini + digits(3)][v];
  return (loc + '@' + dom).toLowerCase();
}

// written forms
const FW = (s) => s.replace(/[0-9A-Za-z@.\-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));
function fmtMob(m, st) {
  switch (st) {
    case 'sp': return m.slice(0, 3) + ' ' + m.slice(3, 7) + ' ' + m.slice(7);
    case 'dash': return m.slice(0, 3) + '-' + m.slice(3, 7) + '-' + m.slice(7);
    case '+86': return '+86 ' + m;
    case '+86-': return '+86-' + m;
    case '+86n': return '+86' + m;
    case '(+86)': return '(+86)' + m;
    case 'fw': return FW(m);
    default: return m;
  }
}
const mobStyle = () => wpick([['plain', 80], ['sp', 6], ['dash', 5], ['+86', 2], ['+86-', 1], ['+86n', 2], ['(+86)', 1], ['fw', 2]]);
function fmtID(id, st) {
  switch (st) {
    case 'lx': return id.replace(/X$/, 'x');
    case 'sp': return id.slice(0, 6) + ' ' + id.slice(6, 14) + ' ' + id.slice(14);
    case 'fw': return FW(id);
    case 'legacy': return id.slice(0, 6) + id.slice(8, 17);
    case 'q': return "'" + id;
    default: return id;
  }
}
const idStyle = (id) => { const s = wpick([['plain', 88], ['lx', 4], ['sp', 3], ['fw', 2], ['legacy', 3]]); if (s === 'legacy' && (+id.slice(6, 10) >= 1975 || +id.slice(6, 10) < 1930)) return 'plain'; if (s === 'lx' && !id.endsWith('X')) return 'plain'; return s; };
function fmtCard(c, st) {
  switch (st) {
    case 'g4': return c.replace(/(\d{4})(?=\d)/g, '$1 ');
    case 'd4': return c.replace(/(\d{4})(?=\d)/g, '$1-');
    case 'fw': return FW(c);
    default: return c;
  }
}
const cardStyle = () => wpick([['plain', 70], ['g4', 24], ['d4', 3], ['fw', 3]]);
function fmtLand(l, S, st) {
  const a = S ? S.area : (l.startsWith('01') || l.startsWith('02') ? l.slice(0, 3) : l.slice(0, 4));
  const s = l.slice(a.length);
  switch (st) {
    case 'par': return '(' + a + ')' + s;
    case 'fpar': return '（' + a + '）' + s;
    case 'sp': return a + ' ' + s;
    case '+86': return '+86 ' + a.slice(1) + ' ' + s;
    case 'plain': return l;
    default: return a + '-' + s;
  }
}
const landStyle = () => wpick([['dash', 70], ['par', 8], ['fpar', 6], ['sp', 8], ['plain', 6], ['+86', 2]]);

// ---------------------------------------------------------------- Doc
class Doc {
  constructor(kind) { this.kind = kind; this.ents = new Map(); this.dcs = new Map(); this.decs = new Map(); this.forms = []; this.used = new Set(); }
  _k(det, v) { return det + '\u0001' + v; }
  ent(det, v, w) { this.ents.set(this._k(det, v), { detector: det, value: v }); this.forms.push([det, v, w]); return w; }
  dc(det, v, w) { this.dcs.set(this._k(det, v), { detector: det, value: v }); return w; }
  dec(kind, text) { text = String(text); if (!this.decs.has(text)) this.decs.set(text, { kind, text }); return text; }
  N(n) { return this.ent('person_name_zh', n, n); }
  Nw(n, w) { return this.ent('person_name_zh', n, w); }
  Nd(n) { return this.dc('person_name_zh', n, n); }
  M(m, st) { return this.ent('cn_mobile', m, fmtMob(m, st || mobStyle())); }
  I(id, st) { return this.ent('cn_resident_id', id, fmtID(id, st || idStyle(id))); }
  C(c, st) { return this.ent('bank_card', c, fmtCard(c, st || cardStyle())); }
  E(e, w) { const loc = e.split('@')[0]; if (isMobile(loc)) this.ent('cn_mobile', loc, loc); return this.ent('email', e.toLowerCase(), w || e); }
  L(l, S, st) { return this.ent('cn_landline', l, fmtLand(l, S, st || landStyle())); }
  Ld(l, S, st) { return this.dc('cn_landline', l, fmtLand(l, S, st || landStyle())); }
  P(p) { return this.ent('cn_passport', p, p); }
  U(u) { return this.ent('cn_uscc', u, u); }
  // decoy helpers
  maskMob(m) { return this.dec('masked_mobile', m.slice(0, 3) + '****' + m.slice(7)); }
  maskID(id) { return this.dec('masked_id', chance(0.5) ? id.slice(0, 6) + '********' + id.slice(14) : id.slice(0, 4) + '**********' + id.slice(14)); }
  maskName(n) { const s = n.includes('·') ? n.split('·')[0] : n[0]; return this.dec('masked_name', pick([s + '*'.repeat(n.length - 1), s + '某某', s + '某', s + '*' + n.slice(-1)].slice(0, n.length === 2 ? 3 : 4))); }
  maskCard(c) { return this.dec('masked_card', c.slice(0, 4) + ' **** **** ' + c.slice(-4)); }
  // a typo'd copy of a real number, as in hand-keyed registers: decoy instead of the value
  Ix(p, prob = 0.05, st) {
    if (!chance(prob)) return this.I(p.id, st);
    const r = R();
    if (r < 0.6) return this.dec('bad_check_id', typoID(p.id));
    if (r < 0.8) return this.dec('bad_date_id', badDateID(p.S));
    return this.dec('bad_region_id', badRegionID());
  }
  Mx(p, prob = 0.04, st) {
    if (!chance(prob)) return this.M(p.mobile, st);
    return chance(0.6) ? this.dec('unallocated_mobile', badMobile()) : this.dec('short_mobile', mk(() => { const k = ri(3, 10); return p.mobile.slice(0, k) + p.mobile.slice(k + 1); }));
  }
  person(S, o) { for (;;) { const p = mkPerson(S, o); if (!this.used.has(p.name)) { this.used.add(p.name); return p; } } }
}
function mkPerson(S, o = {}) {
  const sex = o.sex || (chance(0.5) ? '男' : '女');
  let name, reg;
  if (!o.sur && (o.minority ?? chance(0.02))) { const m = pick(MINORITY); name = m[0]; reg = m[1]; }
  else { name = o.sur ? o.sur + givenOf(genName(sex)) : genName(sex); reg = o.reg || (chance(o.localP ?? 0.62) ? S.reg : pick(ORIGINS)[0]); }
  const by = ri(o.minY ?? 1946, o.maxY ?? 2003);
  const birth = randDate(by);
  const p = { name, sex, birth, age: 2022 - by, id: genID(reg, birth, sex), mobile: genMobile(), reg, S };
  p.email = genEmail(p);
  return p;
}

// ---------------------------------------------------------------- decoy number makers (always checked clean)
function clean(s) { return validHits(s).length === 0; }
function mk(fn) { for (let i = 0; i < 200; i++) { const s = fn(); if (clean(s)) return s; } throw new Error('cannot make clean decoy'); }
const dYmd = (t) => String(t.y).slice(2) + pad(t.m, 2) + pad(t.d, 2);
function typoID(id) { return mk(() => { const k = ri(6, 16); let c; do c = String(ri(0, 9)); while (c === id[k]); return id.slice(0, k) + c + id.slice(k + 1); }); }
function badDateID(S) { return mk(() => { const b = S.reg + pick(['19870230', '19911131', '19780229', '19951332', '20010431', '19860000']) + digits(3); return b + idCheck(b); }); }
function badRegionID() { return mk(() => { const b = pick(['000000', '990101', '201204', '980101', '723001']) + ri(1950, 2000) + pad(ri(1, 12), 2) + pad(ri(1, 28), 2) + digits(3); return b + idCheck(b); }); }
function badMobile() { return mk(() => pick(['140', '141', '142', '143', '144', '146', '154', '120', '127']) + digits(8)); }
function badCard(bank) { const b = bank || pick(BANKS); return mk(() => { const c = genCard(b); const last = (+c.slice(-1) + ri(1, 9)) % 10; return c.slice(0, -1) + last; }); }
function orderNo(t) { return mk(() => ymd(t, '') + digits(10)); }
function serial19(t) { return mk(() => ymd(t, '') + digits(11)); }

// ---------------------------------------------------------------- scanning: every valid value in a text
function validHits(text) {
  const t = text.normalize('NFKC');
  const hits = [];
  for (const m of t.matchAll(/\d+[Xx]?/g)) {
    let r = m[0];
    if (r.length === 18 && isValidID(r.toUpperCase())) { hits.push(['cn_resident_id', r.toUpperCase()]); continue; }
    if (/[Xx]$/.test(r)) r = r.slice(0, -1);
    if (r.length === 15 && isLegacy(r)) hits.push(['cn_resident_id', upgrade15(r)]);
    if (r.length === 11 && isMobile(r)) hits.push(['cn_mobile', r]);
    if (r.length === 13 && r.startsWith('86') && isMobile(r.slice(2))) hits.push(['cn_mobile', r.slice(2)]);
    if (r.length === 15 && r.startsWith('0086') && isMobile(r.slice(4))) hits.push(['cn_mobile', r.slice(4)]);
    if (r.length === 12 && r[0] === '0' && isMobile(r.slice(1))) hits.push(['cn_mobile', r.slice(1)]);
    if (r.length >= 16 && r.length <= 19 && luhnOK(r)) hits.push(['bank_card', r]);
  }
  for (const m of t.matchAll(/(?<![0-9A-Za-z])[0-9A-Z]{18}(?![0-9A-Za-z])/g)) if (isUSCC(m[0]) && !isValidID(m[0])) hits.push(['cn_uscc', m[0]]);
  return hits;
}

// ---------------------------------------------------------------- text helpers
const csvCell = (s) => (/[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s);
const csv = (a) => a.map((x) => csvCell(String(x))).join(',');
const wid = (s) => [...s].reduce((a, c) => a + (/[\u0000-\u00ff]/.test(c) ? 1 : 2), 0);
const padW = (s, w) => s + ' '.repeat(Math.max(1, w - wid(s)));
const pipe = (a) => '| ' + a.join(' | ') + ' |';
function addr(S, p) { return `${S.city}${S.dist}${pick(S.roads)}${ri(1, 399)}号${pick(S.comms)}${ri(1, 30)}幢${ri(1, 4)}单元${ri(1, 25)}0${ri(1, 4)}室`; }
function room(S) { return `${ri(1, 30)}-${ri(1, 4)}-${ri(1, 25)}0${ri(1, 4)}`; }
function hometown(p) { const base = REGNAME[p.reg] || '河南省周口市郸城县'; return base + (/(县|市)$/.test(base) ? pick(TOWNS) + pick(VILLAGES) : pick(['解放路', '人民路', '建设路']) + ri(1, 200) + '号'); }
function temp(hot = false) { return ((hot ? ri(373, 392) : ri(358, 369)) / 10).toFixed(1); }
const relPick = (sex) => pick(sex === '男' ? ['配偶', '父亲', '儿子', '同事', '同事', '朋友', '同乘', '同餐', '邻居', '公公'] : ['配偶', '母亲', '女儿', '同事', '同事', '朋友', '同乘', '同餐', '邻居', '岳母']);
// n increasing clock times between h0 and h1
function tseq(n, h0 = 7, h1 = 22, sec = false) {
  const xs = []; for (let k = 0; k < n; k++) xs.push(ri(h0 * 3600, h1 * 3600 - 1));
  xs.sort((a, b) => a - b);
  return xs.map((x) => pad(Math.floor(x / 3600), 2) + ':' + pad(Math.floor(x / 60) % 60, 2) + (sec ? ':' + pad(x % 60, 2) : ''));
}
const givenOf = (n) => (COMPOUND.some((c) => n.startsWith(c[0])) ? n.slice(2) : n.slice(1));
const surOf = (n) => n.slice(0, n.length - givenOf(n).length);

// ---------------------------------------------------------------- document generators
const docs = [];
const counters = {};
function emit(d, text) {
  counters[d.kind] = (counters[d.kind] || 0) + 1;
  docs.push({ d, text, id: `${PREFIX}-${d.kind}-${counters[d.kind]}` });
}

// 1. 流调报告
function genLiudiao(i) {
  const S = pick(SETTINGS); const d = new Doc('liudiao'); const t = randDate(2022, 1, 11);
  const caseNo = ri(1, 80);
  if (i % 4 === 3) { // public trajectory bulletin: masked, no personal fields
    const lines = [];
    lines.push(`${S.dist}新增${ri(2, 5)}例新冠病毒阳性感染者活动轨迹公布`);
    lines.push(`${ymdC(t)} 来源：${S.city}疫情防控指挥部`, '');
    const k = ri(2, 4);
    for (let j = 0; j < k; j++) {
      const p = mkPerson(S); const no = caseNo + j;
      lines.push(`${d.dec('case_no', '感染者' + no)}：${p.sex}，${p.age}岁，居住于${S.dist}${d.dec('community', pick(S.comms))}${ri(1, 30)}幢，系${pick(['社区常态化核酸筛查发现', '重点人群主动筛查发现', '已管控密接人员集中隔离期间检测发现'])}。其活动轨迹如下：`);
      let dd = addDays(t, -3);
      for (let q = 0; q < 3; q++) {
        const ts = tseq(3, 7, 21);
        lines.push(`${md(dd)}：${d.dec('time', ts[0])} 至${pick(S.roads)}${pick(SHOPS)}购物；${ts[1]} 乘坐地铁${pick(S.metro)}至${pick(S.roads)}站；${ts[2]} 返回住所。`);
        dd = addDays(dd, 1);
      }
      lines.push(`其同住人${d.maskName(mkPerson(S).name)}已于${md(t)}转运至集中隔离点，核酸结果阴性。`, '');
    }
    const hot = genLand(S, 8);
    lines.push(`请与上述轨迹有时空交集的人员立即向所在社区（村）或单位报告，并配合做好核酸检测。`);
    lines.push(`${S.dist}疫情防控咨询电话：${d.Ld(hot, S)}（24小时）  市民热线：${d.dec('hotline', '12345')}`);
    emit(d, lines.join('\n')); return;
  }
  const p = d.person(S, { minY: 1950, maxY: 2001 });
  const L = [];
  L.push(`${S.dist}新冠肺炎疫情防控工作指挥部 流调溯源组`);
  L.push(`新冠病毒${pick(['确诊病例', '无症状感染者'])}流行病学调查报告（${pick(['初报', '续报', '核报'])}）`, '');
  L.push(`报告编号：${d.dec('report_no', `${S.car[0] === '浙' ? 'XH' : 'LD'}-${t.y}-${pad(t.m, 2)}${pad(t.d, 2)}-${pad(caseNo, 3)}`)}`);
  L.push(`报告时间：${ymdC(t)} ${d.dec('time', hm())}`);
  L.push(`病例编号：${d.dec('case_no', `${S.cs}${t.y}第${caseNo}例`)}`, '');
  L.push('一、基本情况');
  L.push(`姓名：${d.N(p.name)}　性别：${p.sex}　年龄：${p.age}岁　民族：${p.name.includes('·') ? '维吾尔族' : '汉族'}`);
  L.push(`身份证号：${d.I(p.id)}`);
  L.push(`联系电话：${d.M(p.mobile)}${chance(0.3) ? '（本人） ' + (() => { const q = mkPerson(S); return d.M(q.mobile) + '（配偶）'; })() : ''}`);
  L.push(`现住址：${addr(S)}`);
  L.push(`户籍地：${REGNAME[p.reg] || S.city}`);
  const job = pick(['快递分拣员', '网约车司机', '超市收银员', '冷链搬运工', '餐饮服务员', '退休', '学生', '公司职员', '外卖骑手', '建筑工人']);
  L.push(`职业：${job}　工作单位：${job === '退休' ? '无' : d.dec('company', S.cs + pick(['顺丰速运有限公司', '某物流有限公司', '华润万家超市', '滴滴出行合作车队', '建工集团第三项目部', '美团配送站']))}`);
  const vac = pick(VACC);
  L.push(`疫苗接种：${pick(['已完成3剂', '已完成2剂', '未接种（基础疾病）', '已接种1剂'])}（${vac[2]}，末剂${ymd(addDays(t, -ri(60, 300)))}）`);
  const mix = 'HG' + dYmd(addDays(t, -1)) + pad(ri(1, 999), 4);
  L.push(`发现途径：${md(addDays(t, -1))}常态化核酸筛查混管阳性（混管编号${d.dec('mix_tube_no', mix)}，${pick(['10混1', '20混1', '5混1'])}），单采复核阳性，Ct值 ORF1ab ${d.dec('ct_value', (ri(180, 360) / 10).toFixed(1))} / N ${(ri(180, 360) / 10).toFixed(1)}。`);
  L.push(`临床表现：${pick(['无发热，自述咽痛', '发热，最高体温' + temp(true) + '℃', '无明显症状', '咳嗽、乏力'])}`, '');
  L.push('二、发病前（检出前）4天活动轨迹');
  let dd = addDays(t, -4);
  const mate = mkPerson(S);
  mate.rel = mate.sex === '女' ? pick(['妻子', '姐姐', '同事']) : pick(['丈夫', '哥哥', '同事']);
  const mateMention = chance(0.5);
  for (let q = 0; q < 4; q++) {
    const shop = pick(SHOPS);
    const [r1, r2] = sample(S.roads, 2);
    const segs = [(x) => `${d.dec('time', x)} 由住所步行至${pick(S.roads)}${shop}`, (x) => `${x} 乘坐地铁${pick(S.metro)}（${r1}站—${r2}站）`, (x) => `${x} 在单位食堂就餐`, (x) => `${x} 返回住所，未再外出`];
    if (q === 1 && mateMention) segs.splice(2, 0, (x) => `${x} 与其${mate.rel}${d.Nd(mate.name)}一同前往${pick(S.comms)}探望亲属`);
    if (q === 2) segs.splice(1, 0, (x) => `${x} 在${d.dec('hospital', pick(S.hosp))}发热门诊就诊（体温${d.dec('temperature', temp(true) + '℃')}）`);
    const ts = tseq(segs.length, 7, 22);
    L.push(`${md(dd)}：` + segs.map((f, k) => f(ts[k])).join('；') + '。');
    dd = addDays(dd, 1);
  }
  L.push('');
  L.push('三、密切接触者判定情况');
  L.push('序号\t姓名\t与病例关系\t联系电话\t身份证号\t最后接触时间\t管控措施');
  const nC = ri(2, 9);
  for (let j = 1; j <= nC; j++) {
    if (j === nC && chance(0.35)) {
      L.push(`${j}\t${d.dec('job_title', pick(['外卖骑手', '网约车司机', '快递员']))}（身份待核实）\t${'同乘'}\t${d.maskMob(genMobile())}\t—\t${ymd(addDays(t, -2))} ${hm()}\t协查中`);
      continue;
    }
    const c = (j === 1 && mateMention) ? mate : d.person(S, {});
    const kid = chance(0.12);
    let rel = c === mate ? (/妻子|丈夫/.test(mate.rel) ? '配偶' : mate.rel === '同事' ? '同事' : '兄弟姐妹') : relPick(c.sex);
    if (rel === '配偶' && c.sex === p.sex) rel = '同事';
    const ctl = pick(['集中隔离', '集中隔离', '居家隔离', '已转运']);
    L.push(`${j}\t${d.N(c.name)}\t${rel}\t${d.M(c.mobile)}\t${kid ? '未提供' : d.I(c.id)}\t${d.dec('date', ymd(addDays(t, -ri(0, 3))))} ${hm()}\t${ctl}${ctl === '居家隔离' ? '' : '（' + pick(S.hotels) + '）'}`);
  }
  L.push('');
  L.push(`四、次密接：已判定${ri(5, 60)}人，名单另附（见附件“次密接_${dYmd(t)}.xlsx”）。`);
  L.push(`五、环境采样：住所门把手、电梯按钮等${ri(5, 30)}份样本，结果待回报。`, '');
  const inv = [d.person(S, { localP: 0.8, minY: 1970, maxY: 1996 }), d.person(S, { localP: 0.8, minY: 1970, maxY: 1996 })];
  L.push(`调查人：${d.N(inv[0].name)}、${d.N(inv[1].name)}　　审核人：${d.N(d.person(S, { minY: 1965, maxY: 1985 }).name)}`);
  if (chance(0.5)) L.push(`流调组联系电话：${d.M(inv[0].mobile)}（${inv[0].name}）`);
  emit(d, L.join('\n'));
}

// 2. 密接/次密接名单
function genMijie(i) {
  const S = pick(SETTINGS); const d = new Doc('mijie'); const t = randDate(2022, 1, 12);
  const street = pick(S.streets);
  const n = ri(4, 26);
  const v = i % 3;
  const L = [];
  if (v === 0) {
    L.push(csv(['序号', '人员编号', '姓名', '性别', '年龄', '身份证号码', '联系电话', '判定类别', '关联病例', '末次接触时间', '最近一次核酸', '现住址', '管控地点', '所属街道', '备注']));
  } else if (v === 1) {
    L.push(`${S.dist}${street}次密接人员核查表（${md(t)}下发）`);
    L.push(['编号', '姓名', '证件号', '手机', '类别', '关联密接', '居住小区', '核查结果'].join('\t'));
  } else {
    L.push(`【协查函】${S.city}疾控推送密接人员信息（第${ri(2, 40)}批）  推送时间：${ymd(t)} ${hms()}`);
    L.push('------------------------------------------------------------------------');
  }
  for (let j = 1; j <= n; j++) {
    const p = d.person(S, { minY: 1940, maxY: 2018 });
    const cat = chance(0.6) ? '密接' : '次密接';
    const idw = chance(0.04) ? d.dec('excel_sci', p.id.slice(0, 1) + '.' + p.id.slice(1, 6) + 'E+17') : (chance(0.05) ? d.I(p.id, 'q') : d.Ix(p, 0.07));
    const mob = chance(0.06) ? d.maskMob(p.mobile) : d.Mx(p, 0.05);
    const caseRef = () => chance(0.7) ? d.dec('case_no', `病例${ri(1, 90)}`) : d.maskName(mkPerson(S).name) + '（阳性）';
    const ctime = `${ymd(addDays(t, -ri(0, 4)), '/')} ${hm()}`;
    const place = () => chance(0.6) ? d.dec('hotel', pick(S.hotels)) : '居家隔离';
    if (v === 0) {
      const extra = chance(0.08) ? '/' + d.M(genMobile(), 'plain') : '';
      L.push(csv([j, d.dec('person_no', mk(() => 'MJ' + ymd(t, '') + digits(5))), d.N(p.name), p.sex, p.age, idw, mob + extra, cat, caseRef(), d.dec('timestamp', ctime), chance(0.8) ? d.dec('timestamp', `${ymd(addDays(t, -ri(0, 2)))} ${hms()}`) + ' 阴性' : '无记录', addr(S), place(), street, pick(['', '', '已转运', '电话未接通', '外地协查', '已落地', '老人独居'])]));
    } else if (v === 1) {
      const rel = mkPerson(S);
      L.push([`CMJ${dYmd(t)}${pad(j, 3)}`, d.N(p.name), idw, mob, cat, chance(0.5) ? d.maskName(rel.name) : d.N(rel.name), d.dec('community', pick(S.comms)), pick(['已落地管控', '已落地管控', '查无此人', '已离开本区', '重复推送'])].join('\t'));
      d.dec('case_no', `CMJ${dYmd(t)}${pad(j, 3)}`);
    } else {
      L.push(`[${j}] 姓名:${d.N(p.name)} 性别:${p.sex} 证件号码:${idw} 手机号:${mob} 类别:${cat} 暴露地点:${pick(S.roads)}${pick(SHOPS)} 暴露时间:${d.dec('timestamp', ctime)}`);
      L.push(`    推送编号:${d.dec('push_no', mk(() => 'TS' + ymd(t, '') + digits(6)))}  落地要求:2小时内落地，${place()}`);
    }
  }
  if (v === 2) L.push('------------------------------------------------------------------------', `请各街道于${hm()}前反馈落地情况。联系人：${(() => { const q = d.person(S, {}); return d.N(q.name) + ' ' + d.M(q.mobile); })()}`);
  emit(d, L.join('\n'));
}

// 3. 核酸采样登记
function genHesuan(i) {
  const S = pick(SETTINGS); const d = new Doc('hesuan'); const t = randDate(2022, 1, 12);
  const site = `${pick(S.comms)}${pick(['东门', '南门', '北门', '篮球场', '中心广场', '地下车库入口'])}采样点`;
  const col = d.person(S, { minY: 1975, maxY: 1999, sex: '女' });
  const masked = i % 5 === 4;
  const L = [];
  L.push(`采样点：${d.dec('site', site)}　采样日期：${d.dec('date', ymd(t))}　采样人员：${masked ? d.maskName(col.name) : d.N(col.name)}（工号${d.dec('staff_no', S.car[0] === '京' ? 'BJ' + digits(5) : 'CY' + digits(4))}）`);
  L.push(`送检机构：${d.dec('company', pick(LABS))}`);
  L.push(['序号', '条码号', '个人采样码', '姓名', '证件类型', '证件号码', '手机号码', '采样时间', '采样方式', '人群分类', '检测结果', '报告时间'].join('\t'));
  const tubeBase = ri(10000, 99999);
  const pref = pick(['', '', 'HS', S.car[0] === '浙' ? 'ZJ' : 'T']);
  let tube = pref + dYmd(t) + pad(tubeBase, 5);
  let k = 0, family = null;
  const n = ri(6, 30);
  for (let j = 1; j <= n; j++) {
    if (k % 10 === 0) tube = mk(() => pref + dYmd(t) + pad(ri(10000, 99999), 5));
    k++;
    let p;
    if (family && chance(0.5)) { p = d.person(S, { minY: 2008, maxY: 2019 }); p.mobile = family.mobile; }
    else { p = d.person(S, {}); family = p; }
    const pass = chance(0.04);
    let certType = '居民身份证', cert;
    if (pass) { certType = '护照'; const pp = genPassport(); cert = masked ? d.dec('masked_passport', pp.slice(0, 2) + '*****' + pp.slice(-2)) : d.P(pp); }
    else cert = masked ? d.maskID(p.id) : d.Ix(p, 0.04);
    const nm = masked ? d.maskName(p.name) : d.N(p.name);
    const mob = masked ? d.maskMob(p.mobile) : d.Mx(p, 0.03);
    L.push([j, d.dec('tube_no', tube), d.dec('personal_code', mk(() => ymd(t, '') + digits(8))), nm, certType, cert, mob, `${ymd(t)} ${d.dec('time', hms())}`, pick(['10混1', '10混1', '单采']), pick(['社区居民', '社区居民', '重点人群-快递外卖', '重点人群-商超', '学生']), '阴性', d.dec('timestamp', `${ymd(addDays(t, 1))} ${hms()}`)].join('\t'));
  }
  L.push('', `合计：${n}人　管数：${Math.ceil(n / 10)}　复核人：${masked ? '' : d.N(d.person(S, {}).name)}`);
  emit(d, L.join('\n'));
}

// 4. 混管阳性复核通知
function genHunguan(i) {
  const S = pick(SETTINGS); const d = new Doc('hunguan'); const t = randDate(2022, 2, 12);
  const comm = pick(S.comms);
  const mix = 'HG' + dYmd(t) + pad(ri(1, 9999), 4);
  const L = [];
  L.push(`【紧急通知】混管异常人员原地管控`);
  L.push(`${comm}各楼栋长、网格员：`);
  L.push(`${md(t)}${d.dec('site', comm + pick(['东门', '南门']) + '采样点')}混管编号 ${d.dec('mix_tube_no', mix)}（10混1）初筛异常，请立即通知以下同管人员原地静止、不得外出，等待医护上门单采复核：`);
  const n = ri(5, 10);
  for (let j = 1; j <= n; j++) {
    const p = d.person(S, { minY: 1940, maxY: 2015 });
    const rm = d.dec('room_no', room(S));
    if (i % 2 === 0) L.push(`${j}. ${rm} ${d.N(p.name)} ${d.M(p.mobile)}`);
    else L.push(`${j}、${rm}  ${d.N(p.name)}（${p.sex}，${p.age}岁）  电话：${d.M(p.mobile)}  身份证：${d.I(p.id)}`);
  }
  const g = d.person(S, { minY: 1975, maxY: 1995 });
  const z = d.person(S, { minY: 1970, maxY: 1990 });
  L.push('');
  L.push(`负责网格：${d.dec('grid', comm + pick(['第一', '第二', '第三', '第四']) + '网格')}　网格员：${d.N(g.name)}　电话：${d.M(g.mobile)}`);
  L.push(`单采医护联系人：${d.N(z.name)}（${d.dec('hospital', pick(S.hosp))}）${d.M(z.mobile)}`);
  L.push(`${d.dec('grid', S.dist + pick(S.streets) + '防控办')}　${md(t)} ${hm()}`);
  emit(d, L.join('\n'));
}

// 5. 隔离酒店入住登记
function genGeli(i) {
  const S = pick(SETTINGS); const d = new Doc('geli'); const t = randDate(2022, 1, 12);
  const hotel = pick(S.hotels);
  const inbound = i % 4 === 1;
  const L = [];
  L.push(`${S.dist}集中隔离医学观察点（${d.dec('hotel', hotel)}）入住人员登记表`);
  L.push(`日期：${ymd(t)}　　隔离类型：${inbound ? '入境人员“7+3”' : '密接/次密接'}`);
  L.push('');
  const hdr = inbound ? ['房号', '姓名', '性别', '国籍', '护照号', '联系电话', '航班号', '入境日期', '解除日期', '备注'] : ['隔离编号', '房号', '姓名', '性别', '年龄', '身份证号', '联系电话', '入住时间', '预计解除', '人员类别', '来源'];
  L.push(pipe(hdr));
  L.push(pipe(hdr.map(() => '---')));
  const n = ri(5, 22);
  const flight = pick(['CA936', 'MU588', 'CZ328', 'HO1606', 'MF830', 'CA1044', '3U3838']);
  for (let j = 0; j < n; j++) {
    const p = d.person(S, { minY: 1950, maxY: 2016 });
    const rm = d.dec('room_no', String(ri(2, 12)) + pad(ri(1, 30), 2));
    if (inbound) {
      const pp = genPassport();
      const addMail = chance(0.25) ? '邮箱 ' + d.E(p.email) : '';
      L.push(pipe([rm, d.N(p.name), p.sex, '中国', d.P(pp), d.M(p.mobile, chance(0.5) ? '+86' : undefined), d.dec('flight_no', flight), ymd(t), d.dec('date', ymd(addDays(t, 7))), addMail]));
    } else {
      L.push(pipe([d.dec('isolation_no', `GL${ymd(t, '')}${pad(j + 1, 3)}`), rm, d.N(p.name), p.sex, String(p.age), d.Ix(p), d.Mx(p), `${md(t)} ${d.dec('time', hm())}`, d.dec('date', md(addDays(t, 7))), pick(['密接', '密接', '次密接', '入境', '高风险地区来返']), chance(0.3) ? d.dec('place', pick(['周口', '黄山', '高新区', '石桥村', '王府井', '李村', '张家口'])) : pick(S.comms)]));
    }
  }
  L.push('');
  const doc = d.person(S, { minY: 1970, maxY: 1995 });
  const op = genUSCC(S.reg);
  L.push(`驻点医生：${d.N(doc.name)} ${d.M(doc.mobile)}　　前台：${d.Ld(genLand(S, 8), S)}`);
  if (chance(0.6)) L.push(`运营单位：${d.dec('company', S.cs + pick(['锦程', '华庭', '悦居', '恒泰']) + '酒店管理有限公司')}（统一社会信用代码：${d.U(op)}）`);
  if (chance(0.4)) L.push(`本日体温异常：${d.dec('temperature', temp(true) + '℃')}（${d.dec('room_no', String(ri(2, 12)) + pad(ri(1, 30), 2) + '房')}），已报告`);
  emit(d, L.join('\n'));
}

// 6. 返乡人员登记表 (key-value)
function genFanxiang(i) {
  const S = pick(SETTINGS); const home = pick(ORIGINS); const d = new Doc('fanxiang'); const t = randDate(pick([2021, 2022]), 1, 2);
  const p = d.person(S, { reg: home[0], localP: 0, minY: 1960, maxY: 2004 });
  const student = p.age <= 23;
  const L = [];
  L.push(pick(['返乡（来）人员信息登记表', '外地返乡人员健康信息登记表', '春节返乡人员报备登记表']));
  L.push(`报备日期：${ymdC(t)}`);
  L.push('');
  L.push(`姓    名：${d.N(p.name)}　　　性别：${p.sex}　　　年龄：${p.age}`);
  L.push(`身份证号：${d.I(p.id)}`);
  L.push(`联系电话：${d.M(p.mobile)}`);
  if (chance(0.15)) L.push(`家庭座机：${d.L(genLand(S), S)}`);
  if (student) L.push(`就读学校：${S.cs}${pick(['理工大学', '职业技术学院', '师范大学', '大学'])}　　学号：${d.dec('student_no', String(ri(2018, 2021)) + digits(6))}`);
  if (student || chance(0.3)) L.push(`电子邮箱：${d.E(p.email)}`);
  L.push(`户籍地址：${hometown(p)}`);
  L.push(`返乡前所在地：${S.prov}${S.city === S.prov ? '' : S.city}${S.dist}${pick(S.comms)}`);
  const from = chance(0.25) ? pick(RISK_PLACES) : S.city;
  L.push(`14天内旅居史：${from}${from !== S.city ? '（' + d.dec('risk_label', pick(['中风险地区', '高风险地区'])) + '）' : ''}`);
  const tr = pick(['高铁', '自驾', '大巴', '飞机']);
  const tn = tr === '高铁' ? pick(['G', 'D']) + ri(100, 2999) : tr === '飞机' ? pick(['CA', 'MU', 'CZ', '3U']) + ri(1000, 8999) : tr === '自驾' ? S.car + '·' + 'ABCDEFGHJK'[ri(0, 9)] + digits(4) : '';
  L.push(`交通方式：${tr}${tn ? '　车次/航班/车牌：' + d.dec(tr === '自驾' ? 'plate_no' : 'train_no', tn) : ''}${tr === '高铁' ? '　' + ri(1, 16) + '车' + ri(1, 18) + pick(['A', 'B', 'C', 'D', 'F']) : ''}`);
  L.push(`出发时间：${ymd(addDays(t, -1))}　　到达时间：${ymd(t)} ${hm()}`);
  L.push(`健康码：${pick(['绿码', '绿码', '绿码', '黄码'])}　行程卡：${pick(['不带*', '带*'])}　48小时核酸：${pick(['阴性', '阴性', '未检测'])}`);
  L.push(`疫苗接种：${pick(['3剂', '2剂', '未接种'])}`);
  const comp = [];
  const m = ri(0, 3);
  let kidSur = p.sex === '男' ? surOf(p.name) : null;
  for (let j = 0; j < m; j++) {
    const spouse = j === 0 && p.age >= 22;
    if (!spouse && p.birth.y + 20 > 2019) break;
    const ksex = chance(0.5) ? '男' : '女';
    const q = spouse ? d.person(S, { reg: chance(0.7) ? home[0] : pick(ORIGINS)[0], localP: 0, minY: p.birth.y - 6, maxY: Math.min(2002, p.birth.y + 6), sex: p.sex === '男' ? '女' : '男', minority: false })
      : d.person(S, { reg: home[0], localP: 0, minY: Math.max(p.birth.y + 20, 2004), maxY: Math.min(2019, t.y - 1), sex: ksex, sur: kidSur || undefined, minority: false });
    if (spouse && p.sex === '女') kidSur = surOf(q.name);
    const rel = spouse ? (p.sex === '男' ? '妻子' : '丈夫') : (q.sex === '男' ? '儿子' : '女儿');
    if (!spouse && q.age > 17) continue;
    comp.push(spouse ? `${rel} ${d.N(q.name)} ${d.I(q.id)} ${d.M(q.mobile)}` : `${rel} ${d.N(q.name)}（${q.age}岁）${chance(0.5) ? ' ' + d.I(q.id) : ''}`);
  }
  L.push(`同行人员：${comp.length ? comp.join('；') : '无'}`);
  L.push(`居家地址：${hometown(p)}`);
  const cadre = d.person(S, { reg: home[0], localP: 0, minY: 1965, maxY: 1990 });
  L.push(`村（社区）联系人：${pick(['村网格员', '村支书', '村医', '包片干部'])} ${d.N(cadre.name)} ${d.M(cadre.mobile)}`);
  L.push(`管控措施：${pick(['居家健康监测7天', '3天2检', '居家隔离7天', '集中隔离7天+居家7天'])}`);
  L.push('');
  L.push(`本人承诺以上信息真实有效。  承诺人（签字）：${d.N(p.name)}`);
  emit(d, L.join('\n'));
}

// 7. 健康码状态导出 (JSON / CSV)
function genJkm(i) {
  const S = pick(SETTINGS); const d = new Doc('jkm'); const t = randDate(2022, 2, 12);
  const n = ri(3, 18);
  if (i % 2 === 0) {
    const list = [];
    for (let j = 0; j < n; j++) {
      const p = d.person(S, {});
      const mask = chance(0.12);
      const ts = epochMs(t, ri(7, 22));
      d.dec('epoch_ms', String(ts));
      const bm = mk(() => S.reg + ymd(t, '') + digits(5));
      d.dec('code_id', bm);
      list.push({ xm: mask ? d.maskName(p.name) : d.N(p.name), zjlx: '01', zjhm: mask ? d.maskID(p.id) : fmtID(p.id, 'plain'), sjhm: mask ? d.maskMob(p.mobile) : p.mobile, mzys: pick(['红码', '黄码', '黄码', '绿码']), fmyy: pick(['密接', '次密接', '中高风险地区来返', '核酸检测超时', '阳性']), fmdw: S.dist + '疫情防控指挥部', gxsj: `${ymd(t)} ${hms()}`, ts, bm });
      if (!mask) { d.ent('cn_resident_id', p.id, p.id); d.ent('cn_mobile', p.mobile, p.mobile); }
    }
    for (const x of list) d.dec('timestamp', x.gxsj);
    const body = { code: 0, msg: 'success', data: { total: n, pageNo: 1, pageSize: 50, list } };
    emit(d, JSON.stringify(body, null, i % 4 === 0 ? 2 : 0));
  } else {
    const L = [csv(['姓名', '证件号码', '手机号', '当前码色', '赋码原因', '赋码时间', '赋码单位', '所属网格'])];
    for (let j = 0; j < n; j++) {
      const p = d.person(S, {});
      L.push(csv([d.N(p.name), d.Ix(p), d.Mx(p), pick(['黄码', '红码', '黄码']), pick(['密接', '次密接', '时空伴随', '入境未满14天']), d.dec('timestamp', `${ymd(t, '/')} ${hms()}`), S.dist + '指挥部', d.dec('grid', pick(S.comms) + pick(['1', '2', '3', '4']) + '号网格')]));
    }
    emit(d, L.join('\n'));
  }
}

// 8. 疫苗接种登记 (CSV / XML)
function genYimiao(i) {
  const S = pick(SETTINGS); const d = new Doc('yimiao'); const t = randDate(pick([2021, 2022]), 1, 12);
  const unit = pick(S.hosp);
  const n = ri(4, 20);
  const docs2 = [d.person(S, { minY: 1970, maxY: 1995, sex: '女' }), d.person(S, { minY: 1970, maxY: 1995 })];
  const batch = (v) => { const b = addDays(t, -ri(45, 240)); const ym = String(b.y) + pad(b.m, 2); return v[2] === '科兴' ? ym + digits(3) : v[2] === '智飞' ? ym + '0' + digits(2) : v[2] === '康希诺' ? 'NCOV' + ym + digits(2) : ym + 'B' + digits(4); };
  if (i % 3 === 0) {
    const L = ['<?xml version="1.0" encoding="UTF-8"?>', `<JZJLS JZDW="${d.dec('hospital', unit)}" SCRQ="${ymd(t)}" SL="${n}">`];
    for (let j = 0; j < n; j++) {
      const p = d.person(S, { minY: 1940, maxY: 2016 });
      const v = pick(VACC); const b = batch(v);
      const kid = p.age < 18;
      L.push('  <JZJL>');
      L.push(`    <XM>${d.N(p.name)}</XM><XB>${p.sex === '男' ? 1 : 2}</XB><CSRQ>${d.dec('birth_date', ymd(p.birth))}</CSRQ>`);
      L.push(`    <SFZH>${d.I(p.id, 'plain')}</SFZH><LXDH>${d.M(p.mobile, 'plain')}</LXDH>`);
      if (kid) { const g = d.person(S, { minY: 1975, maxY: 1992 }); L.push(`    <JHRXM>${d.N(g.name)}</JHRXM><JHRDH>${d.M(g.mobile, 'plain')}</JHRDH>`); }
      L.push(`    <YMMC>${v[0]}</YMMC><SCQY>${d.dec('company', v[1])}</SCQY><PH>${d.dec('batch_no', b)}</PH><ZSM>${d.dec('trace_code', '8' + digits(19))}</ZSM><JC>${ri(1, 3)}</JC>`);
      L.push(`    <JZSJ>${d.dec('timestamp', ymd(t) + ' ' + hms())}</JZSJ><JZYS>${d.N(pick(docs2).name)}</JZYS>`);
      L.push('  </JZJL>');
    }
    L.push('</JZJLS>');
    emit(d, L.join('\n'));
  } else {
    const L = [];
    if (i % 3 === 2) L.push(`${unit}新冠疫苗接种登记（${ymd(t)}）`, '');
    L.push(csv(['受种者姓名', '性别', '身份证号', '联系电话', '疫苗名称', '生产企业', '批号', '追溯码', '剂次', '接种部位', '接种时间', '接种医生', '监护人', '监护人电话']));
    for (let j = 0; j < n; j++) {
      const p = d.person(S, { minY: 1940, maxY: 2016 });
      const v = pick(VACC); const b = batch(v);
      const kid = p.age < 18;
      const g = kid ? d.person(S, { minY: 1975, maxY: 1992 }) : null;
      const vd = chance(0.06) ? d.dec('job_title', '值班医生') : d.N(pick(docs2).name);
      L.push(csv([d.N(p.name), p.sex, d.Ix(p, 0.04), kid ? d.M(g.mobile) : d.Mx(p, 0.03), v[0], d.dec('company', v[1]), d.dec('batch_no', b), d.dec('trace_code', '8' + digits(19)), `第${ri(1, 3)}剂`, pick(['左上臂', '右上臂']), d.dec('timestamp', `${ymd(t)} ${hm()}`), vd, kid ? d.N(g.name) : '', kid ? d.M(g.mobile) : '']));
    }
    emit(d, L.join('\n'));
  }
}

// 9. 网格员入户排查表 (fixed width)
function genWangge(i) {
  const S = pick(SETTINGS); const d = new Doc('wangge'); const t = randDate(2022, 1, 12);
  const comm = pick(S.comms); const street = pick(S.streets);
  const gname = comm + pick(['第一', '第二', '第三', '第五']) + '网格';
  const g = d.person(S, { minY: 1968, maxY: 1996 });
  const L = [];
  L.push(`${street} ${d.dec('grid', gname)} 入户排查登记表`);
  L.push(`网格员：${d.N(g.name)}　电话：${d.M(g.mobile)}　排查日期：${ymd(t)}　第${ri(1, 9)}轮`);
  L.push('');
  const cols = [['楼栋', 6], ['户号', 8], ['户主姓名', 18], ['人数', 6], ['联系电话', 16], ['疫苗(剂)', 10], ['70岁以上', 9], ['家庭成员', 30], ['情况', 16], ['排查时间', 8]];
  L.push(cols.map(([h, w]) => padW(h, w)).join(''));
  L.push('-'.repeat(119));
  const n = ri(6, 16);
  for (let j = 0; j < n; j++) {
    const bld = `${ri(1, 30)}幢`; const hh = `${ri(1, 4)}-${ri(1, 25)}0${ri(1, 4)}`;
    d.dec('room_no', hh);
    if (chance(0.1)) { L.push([padW(bld, 6), padW(hh, 8), padW(d.dec('decoy_name_cell', pick(['空置', '出租（未联系上）', '物业代管', '房东在外地'])), 18), padW('0', 6), padW('—', 16), padW('—', 10), padW('—', 9), padW('—', 30), '敲门无人应答'].join('')); continue; }
    const p = d.person(S, { minY: 1938, maxY: 1995 });
    const m = ri(0, 2);
    const mem = [];
    for (let q = 0; q < m; q++) mem.push(d.N(d.person(S, { minY: 1940, maxY: 2018 }).name));
    L.push([padW(bld, 6), padW(hh, 8), padW(d.N(p.name), 18), padW(String(m + 1), 6), padW(p.age >= 68 && chance(0.4) ? d.L(genLand(S), S, pick(['plain', 'dash'])) : d.Mx(p, 0.05, 'plain'), 16), padW(`${ri(0, 3)}/${ri(0, 3)}/${ri(0, 3)}`.slice(0, 2 * (m + 1) - 1 || 1), 10), padW(p.age >= 70 ? '是' : '否', 9), padW(mem.join('、') || '无', 30), padW(pick(['正常', '正常', '独居老人', '租户未登记', '基础病需配药', '外地返回已报备', '高龄未接种']), 16), d.dec('time', hm())].join(''));
  }
  L.push('-'.repeat(119));
  L.push(`排查户数：${n}　　签字（网格员）：${d.N(g.name)}　　审核（社区）：${d.N(d.person(S, { minY: 1965, maxY: 1985 }).name)}`);
  emit(d, L.join('\n'));
}

// 10. 物资配送清单
function genWuzi(i) {
  const S = pick(SETTINGS); const d = new Doc('wuzi'); const t = randDate(2022, 3, 5);
  const comm = pick(S.comms);
  const L = [];
  L.push(`${d.dec('community', comm)} ${md(t)} 保供物资配送清单（第${ri(1, 12)}批）`);
  const supplier = S.cs + pick(['鲜丰', '绿源', '惠民', '百姓']) + pick(['农产品有限公司', '商贸有限公司', '生鲜配送有限公司']);
  if (chance(0.7)) L.push(`供货单位：${d.dec('company', supplier)}　统一社会信用代码：${d.U(genUSCC(S.reg))}`);
  L.push('订单号|下单时间|楼号|房号|收货人|电话|物资|数量|配送志愿者|签收');
  const vols = [d.person(S, { minY: 1975, maxY: 2002 }), d.person(S, { minY: 1975, maxY: 2002 })];
  const n = ri(8, 28);
  for (let j = 0; j < n; j++) {
    const p = d.person(S, { minY: 1940, maxY: 2000 });
    const rcv = chance(0.06) ? d.dec('job_title', pick(['楼栋长代收', '物业前台', '单元长代收'])) : d.N(p.name);
    const ord = d.dec('order_no', orderNo(t));
    const bld = `${ri(1, 30)}幢`; const rm = `${ri(1, 4)}-${ri(1, 25)}0${ri(1, 4)}`;
    d.dec('room_no', rm);
    L.push([ord, d.dec('timestamp', `${ymd(addDays(t, -1))} ${hms()}`), bld, rm, rcv, chance(0.1) ? d.maskMob(p.mobile) : d.Mx(p, 0.04, 'plain'), pick(['蔬菜包A', '蔬菜包B', '肉蛋包', '米面油组合', '药品（代购）', '婴儿奶粉']), ri(1, 3), d.N(pick(vols).name), pick(['已签收', '已签收', '放门口', '未接电话'])].join('|'));
  }
  L.push('');
  L.push(`配送志愿者：${d.N(vols[0].name)} ${d.M(vols[0].mobile)}；${d.N(vols[1].name)} ${d.M(vols[1].mobile)}`);
  if (chance(0.5)) {
    const leader = d.person(S, { minY: 1975, maxY: 1995 });
    const card = genCard(pick(BANKS));
    L.push(`团购款请转账至 户名：${d.N(leader.name)} 卡号：${d.C(card)}（${pick(BANKS)[0]}），备注房号。`);
  }
  emit(d, L.join('\n'));
}

// 11. 社区群聊天记录
function genChat(i) {
  const S = pick(SETTINGS); const d = new Doc('chat'); const t = randDate(2022, 3, 12);
  const comm = pick(S.comms); const bld = ri(1, 30);
  const L = [];
  L.push(`${comm}${bld}幢居民群 的聊天记录`);
  L.push(`—————  ${ymd(t)}  —————`);
  const g = d.person(S, { minY: 1970, maxY: 1995, sex: '女' });
  const gLabel = pick([`网格员${g.name}`, `${g.name}（网格员）`, `${comm}-${g.name}`]);
  d.N(g.name);
  let clk = ri(6 * 3600 + 1800, 8 * 3600);
  const say = (who, msg) => { clk = Math.min(clk + ri(20, 2400), 23 * 3600 + 3599); const x = pad(Math.floor(clk / 3600), 2) + ':' + pad(Math.floor(clk / 60) % 60, 2) + ':' + pad(clk % 60, 2); L.push(`${who} ${d.dec('time', x)}`); L.push(msg); L.push(''); };
  say(gLabel, `${d.dec('at_mention', '@所有人')} 今天${pick(['8:00-11:30', '7:30-11:00', '13:30-17:00', '9:00-12:00'])}在${pick(['东门', '南门', '篮球场'])}做核酸，请带好身份证或健康码，保持两米间距。老人小孩行动不便的请私信我登记上门采样。`);
  const residents = [];
  const n = ri(3, 8);
  for (let j = 0; j < n; j++) {
    const p = d.person(S, { minY: 1950, maxY: 2000 });
    const rm = `${bld}-${ri(1, 4)}-${ri(1, 25)}0${ri(1, 4)}`;
    residents.push([p, rm]);
    const label = pick([`${rm}${p.name}`, `${rm} ${p.name}`, `${p.name}`]);
    d.N(p.name); if (label.includes(rm)) d.dec('room_no', rm);
    const opts = [() => '收到', () => '收到👌', () => '好的，谢谢网格员', () => `我家老人腿脚不方便，能上门吗？电话${d.M(p.mobile)}`, () => `家里有一个发烧${d.dec('temperature', temp(true) + '度')}，怎么办`, () => '请问今天快递能进来吗'];
    say(label, pick(opts)());
  }
  if (chance(0.6)) say(d.dec('job_title', pick(['物业客服', '物业客服小王', `${comm}居委会`, '保安队长'])), `各位业主，今天快递统一放在${pick(['北门', '东门'])}快递架，请分批错峰领取。`);
  // 接龙
  const items = pick(['蔬菜团购', '抗原检测盒', '药品代购', '核酸上门']);
  const jl = [`#接龙 ${items}`, `${md(t)} 截止${hm()}`, ''];
  const m = ri(4, 12);
  for (let j = 1; j <= m; j++) {
    const p = d.person(S, { minY: 1950, maxY: 2000 });
    const rm = `${bld}-${ri(1, 4)}0${ri(1, 4)}`; d.dec('room_no', rm);
    jl.push(`${j}. ${rm} ${d.N(p.name)} ${ri(1, 3)}份${chance(0.3) ? ' ' + d.M(p.mobile) : ''}`);
  }
  const starter = residents.length ? residents[0][0] : g;
  say(`${residents.length ? residents[0][1] : ''}${starter.name}`, jl.join('\n'));
  const late = residents.slice(0, ri(1, residents.length));
  say(gLabel, `${d.dec('at_mention', '@所有人')} 以下住户今天还没有采样记录，请尽快到采样点：` + late.map(([p, rm]) => `${d.dec('room_no', rm)} ${d.maskName(p.name)}`).join('，') + `。有特殊情况请联系我 ${d.M(g.mobile)}`);
  if (chance(0.4)) { const q = residents[0][0]; say(gLabel, `@${q.name} 您家的抗原已经放门口了`); }
  emit(d, L.join('\n'));
}

// 12. 发热门诊日志
function genFever(i) {
  const S = pick(SETTINGS); const d = new Doc('fever'); const t = randDate(2022, 1, 12);
  const hosp = pick(S.hosp);
  const docs2 = [d.person(S, { minY: 1965, maxY: 1993 }), d.person(S, { minY: 1965, maxY: 1993 })];
  const n = ri(5, 18);
  const L = [];
  if (i % 2 === 0) {
    L.push(`# fever-clinic triage log  host=fr-${hosp.length % 7}-app01  ${ymd(t)}`);
    for (let j = 0; j < n; j++) {
      const p = d.person(S, { minY: 1935, maxY: 2019 });
      const vno = d.dec('visit_no', `FR${ymd(t, '')}-${pad(j + ri(1, 40), 4)}`);
      const ts = `${ymd(t)} ${hms()}.${pad(ri(0, 999), 3)}`; d.dec('timestamp', ts);
      const tp = temp(chance(0.7));
      d.dec('temperature', tp);
      const dr = pick(docs2);
      L.push(`${ts} INFO  [triage] reg visitNo=${vno} name=${d.N(p.name)} sex=${p.sex === '男' ? 'M' : 'F'} age=${p.age} idNo=${d.Ix(p, 0.04, 'plain')} tel=${d.Mx(p, 0.04, 'plain')} temp=${tp} epi=${pick(['无', '无', '密接', '中高风险地区旅居', '同住人发热'])} hsm=${pick(['绿', '绿', '黄'])} doctor=${d.N(dr.name)}`);
      const sn = mk(() => dYmd(t) + pad(ri(0, 9999), 4));
      L.push(`${ymd(t)} ${hms()}.${pad(ri(0, 999), 3)} INFO  [lab] order visitNo=${vno} sampleNo=${d.dec('sample_no', sn)} item=SARS-CoV-2核酸(单采) urgent=${chance(0.3)}`);
      if (chance(0.2)) L.push(`${ymd(t)} ${hms()}.${pad(ri(0, 999), 3)} WARN  [report] 疑似上报 visitNo=${vno} card=${d.dec('report_card_no', String(ri(100000000, 999999999)) + pad(j, 3))} status=PENDING`);
    }
  } else {
    L.push(`${d.dec('hospital', hosp)} 发热门诊登记本　${ymdC(t)}　（${pick(['白班', '夜班'])}）`);
    L.push(['就诊号', '姓名', '性别', '年龄', '体温', '联系电话', '身份证号', '住址', '流行病学史', '处置', '接诊医生'].join('\t'));
    for (let j = 0; j < n; j++) {
      const p = d.person(S, { minY: 1935, maxY: 2019 });
      const tp = temp(chance(0.7)) + '℃'; d.dec('temperature', tp);
      L.push([d.dec('visit_no', `${pad(ri(1, 300), 3)}`.padStart(4, 'F')), d.N(p.name), p.sex, p.age, tp, d.Mx(p), d.Ix(p), addr(S), pick(['无', '无', '有外地旅居史', '密接']), pick(['核酸+血常规', '留观', '转定点医院', '离院居家观察']), d.N(pick(docs2).name)].join('\t'));
    }
    L.push('', `交班人：${d.N(docs2[0].name)}　接班人：${d.N(docs2[1].name)}`);
  }
  emit(d, L.join('\n'));
}

// 13. 采样 App JSON
function genApp(i) {
  const S = pick(SETTINGS); const d = new Doc('appjson'); const t = randDate(2022, 2, 12);
  const col = d.person(S, { minY: 1975, maxY: 2000 });
  const site = `${pick(S.comms)}${pick(['东门', '南门', '中心广场'])}采样点`;
  d.dec('site', site);
  const tubes = [];
  const nt = ri(1, 4);
  for (let k = 0; k < nt; k++) {
    const tubeNo = mk(() => pick(['', 'HS', 'Z']) + dYmd(t) + digits(6));
    d.dec('tube_no', tubeNo);
    const persons = [];
    const np = ri(2, 10);
    for (let j = 0; j < np; j++) {
      const p = d.person(S, { minY: 1940, maxY: 2018 });
      const pass = chance(0.05);
      const ts = epochMs(t, ri(7, 20)); d.dec('epoch_ms', String(ts));
      const o = { recordId: d.dec('snowflake_id', mk(() => '15' + digits(17))), name: d.N(p.name), certType: pass ? '03' : '01', certNo: pass ? (() => { const pp = genPassport(); return d.dc('cn_passport', pp, pp); })() : d.I(p.id, chance(0.05) && p.id.endsWith('X') ? 'lx' : 'plain'), phone: d.Mx(p, 0.03, 'plain'), sampleTime: ts };
      if (chance(0.15)) o.email = d.E(p.email);
      persons.push(o);
    }
    tubes.push({ tubeNo, mixCount: 10, persons });
  }
  const body = { taskId: d.dec('task_id', 'T' + ymd(t, '') + pad(ri(1, 999), 5)), site: { name: site, code: d.dec('site_code', mk(() => S.reg + digits(6))) }, collector: { name: d.N(col.name), phone: d.M(col.mobile, 'plain'), jobNo: d.dec('staff_no', 'CY' + digits(5)), org: d.dec('hospital', pick(S.hosp)) }, uploadTime: `${ymd(t)} ${hms()}`, tubes };
  d.dec('timestamp', body.uploadTime);
  emit(d, JSON.stringify(body, null, i % 2 ? 2 : 0));
}

// 14. OCR'd paper 登记表
const OCR_LABEL = { '姓名': ['娃名', '姓各', '姓 名'], '电话': ['电诂', '电 话', '电舌'], '身份证号': ['身份i正号', '身份证亏', '身 份 证 号'], '登记人': ['登记入', '登 记 人'], '体温': ['休温', '体 温'] };
const OCR_NAME = { '王': '土', '李': '季', '陈': '阵', '杨': '扬', '赵': '赶', '周': '同', '吴': '呉', '刘': '対', '张': '弛', '徐': '涂' };
function ocrLab(s) { return chance(0.3) && OCR_LABEL[s] ? pick(OCR_LABEL[s]) : s; }
function ocrDigits(s) { // letter-for-digit confusion: value broken for a strict reader
  const idx = [...s].map((c, k) => (/[015]/.test(c) ? k : -1)).filter((k) => k > 0);
  if (!idx.length) return null;
  const map = { 0: 'O', 1: 'l', 5: 'S' };
  for (const k of shuffle(idx)) { const b = s.slice(0, k) + map[s[k]] + s.slice(k + 1); if (clean(b)) return b; }
  return null;
}
function genOcr(i) {
  const S = pick(SETTINGS); const d = new Doc('ocr'); const t = randDate(2022, 1, 12);
  const comm = pick(S.comms);
  const L = [];
  const v = i % 3;
  const nameOcr = (p) => {
    const r = R();
    if (r < 0.12 && OCR_NAME[p.name[0]] && !p.name.includes('·')) { const b = OCR_NAME[p.name[0]] + p.name.slice(1); return d.dc('person_name_zh', b, b); }
    if (r < 0.35 && !p.name.includes('·')) return d.Nw(p.name, [...p.name].join(' '));
    return d.N(p.name);
  };
  const mobOcr = (m) => {
    const r = R();
    if (r < 0.1) { const b = ocrDigits(m); if (b) return d.dc('cn_mobile', m, b); }
    if (r < 0.2) return d.M(m, 'sp');
    if (r < 0.28) return d.ent('cn_mobile', m, m.slice(0, 7) + ' ' + m.slice(7));
    return d.M(m, 'plain');
  };
  const idOcr = (id) => {
    const r = R();
    if (r < 0.1) { const b = ocrDigits(id); if (b) return d.dc('cn_resident_id', id, b); }
    if (r < 0.22) return d.ent('cn_resident_id', id, id.slice(0, 10) + ' ' + id.slice(10));
    if (r < 0.3) return d.ent('cn_resident_id', id, id.slice(0, 14) + '\n' + id.slice(14));
    if (r < 0.34 && id.endsWith('X')) return d.ent('cn_resident_id', id, id.slice(0, 17) + 'x');
    return d.I(id, 'plain');
  };
  if (v === 0) {
    L.push(`${comm}外来人员进出登记表`);
    L.push(`日期 ${ocrLab('姓名')} ${ocrLab('身份证号')} ${ocrLab('电话')} 事由 ${ocrLab('体温')} 进入 离开 ${ocrLab('登记人')}`);
    const guard = d.person(S, { minY: 1955, maxY: 1975, sex: '男' });
    const gshort = guard.name;
    const n = ri(5, 14);
    for (let j = 0; j < n; j++) {
      const p = d.person(S, { minY: 1955, maxY: 2002 });
      const tp = temp(); d.dec('temperature', tp);
      const [tin, tout] = tseq(2, 7, 20).map((x) => x.replace(/^0/, ''));
      L.push([`${t.m}.${t.d}`, nameOcr(p), idOcr(p.id), mobOcr(p.mobile), pick(['送货', '探亲', '维修', '快递', '装修', '送餐']), tp, d.dec('time', tin), tout, chance(0.7) ? d.N(gshort) : gshort[0]].join(pick([' ', '  ', ' | ', ' 丨 '])));
    }
  } else if (v === 1) {
    const p = d.person(S, { minY: 1950, maxY: 2003 });
    L.push('居 家 隔 离 告 知 书 （回 执）');
    L.push('');
    L.push(`${ocrLab('姓名')}：${nameOcr(p)}　　性别：${p.sex}　　${ocrLab('身份证号')}：${idOcr(p.id)}`);
    L.push(`住址：${S.dist}${pick(S.roads)}${ri(1, 300)}号${comm}${ri(1, 30)}幢${ri(1, 25)}0${ri(1, 4)}室`);
    L.push(`联系${ocrLab('电话')}：${mobOcr(p.mobile)}`);
    L.push(`隔离期限：自${ymdC(t)}起至${ymdC(addDays(t, 7))}止`);
    L.push('本人已知晓居家隔离期间不得外出，每日两次测量体温并如实报告，如出现发热、咳嗽等症状立即联系社区。');
    L.push('');
    const g = d.person(S, { minY: 1970, maxY: 1995 });
    L.push(`被告知人（签字）：${p.name}　　　社区告知人：${d.N(g.name)}　${mobOcr(g.mobile)}`);
    L.push(`${d.dec('grid', comm + '社区居民委员会')}（盖章）　　${ymdC(t)}`);
    d.N(p.name);
  } else {
    L.push(`${S.dist}核酸检测纸质登记单（系统故障补录）  采样点：${d.dec('site', comm + '采样点')}`);
    L.push(`管号：${d.dec('tube_no', mk(() => dYmd(t) + digits(5)))}　　混采：10混1`);
    const n = ri(4, 10);
    for (let j = 1; j <= n; j++) {
      const p = d.person(S, { minY: 1945, maxY: 2016 });
      L.push(`${j} ${nameOcr(p)} ${idOcr(p.id)} ${mobOcr(p.mobile)}`);
    }
    const c = d.person(S, { minY: 1975, maxY: 2000, sex: '女' });
    L.push(`采样人：${d.N(c.name)}　录入：${d.dec('job_title', '信息员')}`);
  }
  emit(d, L.join('\n'));
}

// 15. mails
function orgMail(S, tag) { const ab = { '杭州': 'hz', '上海': 'pd', '西安': 'yt', '深圳': 'ns', '郑州': 'js', '成都': 'wh', '广州': 'th', '北京': 'cy', '兰州': 'cg', '长沙': 'yl', '武汉': 'hs', '天津': 'nk' }[S.cs]; return `${ab}${tag}${ri(1, 99)}@${pick(['163.com', '126.com', 'qq.com'])}`; }
function genMail(i) {
  const S = pick(SETTINGS); const d = new Doc('mail'); const t = randDate(2022, 1, 12);
  const street = pick(S.streets);
  const sender = d.person(S, { minY: 1970, maxY: 1996 });
  const fromOrg = orgMail(S, pick(['cdc_lxz', 'jkzx', 'fkb']));
  const to = [orgMail(S, 'jd_fkb')];
  const cc = d.person(S, { minY: 1970, maxY: 1995 });
  const L = [];
  L.push(`发件人: ${S.dist}疾控中心流调组 <${d.E(fromOrg)}>`);
  L.push(`收件人: ${street}防控办 <${d.E(to[0])}>; ${d.N(cc.name)} <${d.E(cc.email)}>`);
  if (chance(0.5)) { const c2 = d.person(S, {}); L.push(`抄送: ${d.N(c2.name)} <${d.E(c2.email)}>`); }
  L.push(`发送时间: ${ymdC(t)} ${hm()}`);
  const kind = i % 3;
  L.push(`主题: ${kind === 0 ? `【协查】${md(t)}密接人员名单（第${ri(1, 9)}批）请核实落地` : kind === 1 ? `回复：${street}隔离人员解除名单及健康监测情况` : `转发：志愿者补贴发放名单（请核对银行卡号）`}`);
  L.push('');
  L.push(`${street}：`);
  if (kind === 0) {
    L.push(`现将我区${md(t)}判定的密切接触者名单推送如下，请于2小时内完成落地核查并反馈本邮箱。`);
    const n = ri(2, 7);
    for (let j = 1; j <= n; j++) {
      const p = d.person(S, {});
      L.push(`${j}. ${d.N(p.name)}，${p.sex}，身份证${d.I(p.id)}，电话${d.M(p.mobile)}，关联${d.dec('case_no', '病例' + ri(1, 60))}，末次接触${ymd(addDays(t, -1))}`);
    }
  } else if (kind === 1) {
    L.push(`以下人员已于${md(t)}期满解除集中隔离，请社区继续做好3天居家健康监测：`);
    L.push('姓名  房号  联系电话  解除时核酸');
    const n = ri(2, 8);
    for (let j = 0; j < n; j++) { const p = d.person(S, {}); L.push(`${d.N(p.name)}  ${d.dec('room_no', String(ri(2, 12)) + pad(ri(1, 30), 2))}  ${d.M(p.mobile)}  阴性`); }
  } else {
    L.push('附件为本月志愿者补贴发放名单，其中以下人员银行卡号有误被退回，请重新核对：');
    const n = ri(2, 5);
    for (let j = 0; j < n; j++) {
      const p = d.person(S, { minY: 1975, maxY: 2003 });
      const b = pick(BANKS);
      const good = genCard(b);
      L.push(`- ${d.N(p.name)} ${d.M(p.mobile)} 原卡号 ${d.dec('bad_luhn_card', badCard(b))}（户名不符/卡号错误） 新卡号 ${d.C(good)} ${b[0]}`);
    }
  }
  L.push('');
  L.push(`附件：${['密接名单', '解除名单', '补贴名单'][kind]}_${dYmd(t)}.xlsx；${d.dec('file_ref', 'image001@2x.png')}`);
  L.push('');
  L.push('--');
  L.push(d.N(sender.name));
  L.push(`${S.dist}疾病预防控制中心 ${pick(['流调组', '应急办', '免疫规划科'])}`);
  L.push(`办公电话：${d.Ld(genLand(S, 8), S)}　手机：${d.M(sender.mobile)}`);
  L.push(`邮箱：${d.E(sender.email)}`);
  emit(d, L.join('\n'));
}

// 16. SMS export
function genSms(i) {
  const S = pick(SETTINGS); const d = new Doc('sms'); const t = randDate(2022, 1, 12);
  const sign = pick([`${S.dist}疫情防控`, `${S.cs}疾控`, `${pick(S.streets)}`]);
  const hot = genLand(S, 8);
  const L = [csv(['msgid', '发送时间', '接收号码', '短信内容', '发送状态', '计费条数'])];
  const n = ri(3, 14);
  for (let j = 0; j < n; j++) {
    const p = d.person(S, {});
    const ts = `${ymd(t)} ${hms()}`; d.dec('timestamp', ts);
    const tpl = pick([0, 1, 2, 3]);
    const nm = d.N(p.name);
    const msg = tpl === 0 ? `【${sign}】${nm}您好，经流调研判您为密切接触者，请立即居家、不要外出，工作人员将与您联系安排转运。咨询：${fmtLand(hot, S, 'dash')}`
      : tpl === 1 ? `【${sign}】${nm}您好，您于${md(t)}在${d.dec('site', pick(S.comms) + '采样点')}的核酸检测结果为阴性，样本号${d.dec('sample_no', mk(() => dYmd(t) + digits(6)))}。`
      : tpl === 2 ? `【${sign}】${nm}，您的集中隔离将于${md(addDays(t, 2))}期满，请保持电话畅通，解除后居家监测3天。`
      : `【${sign}】尊敬的${nm}，您已完成新冠疫苗第${ri(1, 3)}剂次接种（${pick(VACC)[2]}），请于${ri(3, 6)}个月后加强。`;
    L.push(csv([d.dec('msg_id', mk(() => String(ri(16, 17)) + digits(17))), ts, d.Mx(p, 0.05, chance(0.2) ? '+86n' : 'plain'), msg, pick(['成功', '成功', '成功', '失败(空号)']), msg.length > 70 ? 2 : 1]));
  }
  d.dc('cn_landline', hot, '');
  emit(d, L.join('\n'));
}

// 17. 补贴发放花名册
function genButie(i) {
  const S = pick(SETTINGS); const d = new Doc('butie'); const t = randDate(2022, 1, 12);
  const street = pick(S.streets);
  const what = pick(['疫情防控志愿者补贴', '集中隔离人员生活补助', '核酸采样点临时用工劳务费', '网格员防疫专项补贴']);
  const std = pick([100, 150, 200, 80]);
  const L = [];
  const v = i % 2;
  L.push(`${street}${t.y}年${t.m}月${what}发放花名册`);
  if (v === 0) L.push(csv(['序号', '姓名', '身份证号', '手机号', '开户行', '银行卡号', '天数', '标准（元/天）', '金额（元）', '交易流水号', '签字']));
  else { L.push(pipe(['序号', '姓名', '身份证号码', '联系电话', '开户银行', '卡号', '金额', '备注'])); L.push(pipe(Array(8).fill('---'))); }
  const n = ri(6, 18);
  let total = 0;
  for (let j = 1; j <= n; j++) {
    const p = d.person(S, { minY: 1955, maxY: 2003 });
    const b = pick(BANKS);
    const days = ri(3, 30); const amt = days * std; total += amt;
    const card = chance(0.05) ? d.maskCard(genCard(b)) : chance(0.05) ? d.dec('bad_luhn_card', badCard(b)) : d.C(genCard(b), chance(0.7) ? 'plain' : 'g4');
    if (v === 0) L.push(csv([j, d.N(p.name), d.I(p.id), d.M(p.mobile, 'plain'), b[0] + (chance(0.5) ? S.cs + pick(S.roads) + '支行' : ''), card, days, std, amt.toFixed(2), d.dec('serial_no', serial19(t)), '']));
    else L.push(pipe([j, d.N(p.name), d.Ix(p, 0.04), d.M(p.mobile), b[0], card, d.dec('amount', amt.toFixed(2)), pick(['', '', '已核', '卡号待确认'])]));
  }
  const mk2 = d.person(S, { minY: 1970, maxY: 1995 });
  L.push('');
  L.push(`合计：${total.toFixed(2)}元　制表：${d.N(mk2.name)}　审核：${d.N(d.person(S, { minY: 1965, maxY: 1985 }).name)}　${ymd(t)}`);
  emit(d, L.join('\n'));
}

// 18. 隔离费用退费申请
function genTuifei(i) {
  const S = pick(SETTINGS); const d = new Doc('tuifei'); const t = randDate(2022, 2, 12);
  const p = d.person(S, { minY: 1960, maxY: 2002 });
  const b = pick(BANKS); const card = genCard(b);
  const hotel = pick(S.hotels);
  const days = ri(7, 14); const paid = days * pick([150, 200, 260]); const ref = ri(1, 5) * pick([150, 200, 260]);
  const L = [];
  L.push('集中隔离费用退费申请表');
  L.push(`申请日期：${ymdC(t)}`);
  L.push(`申 请 人：${d.N(p.name)}　　身份证号：${d.I(p.id)}`);
  L.push(`联系电话：${d.M(p.mobile)}`);
  L.push(`隔 离 点：${d.dec('hotel', hotel)}　房间号：${d.dec('room_no', String(ri(2, 12)) + pad(ri(1, 30), 2))}`);
  L.push(`入住日期：${ymd(addDays(t, -days - 5))}　解除日期：${ymd(addDays(t, -5))}`);
  L.push(`已缴费用：${paid.toFixed(2)}元（缴费流水号：${d.dec('serial_no', serial19(addDays(t, -days - 5)))}）`);
  L.push(`申请退费：${ref.toFixed(2)}元　退费原因：${pick(['提前解除隔离', '转居家隔离', '重复缴费', '符合减免政策（低保户）'])}`);
  L.push('');
  L.push('退款账户信息');
  const other = chance(0.25) ? d.person(S, { minY: 1960, maxY: 2000 }) : p;
  L.push(`户　　名：${d.N(other.name)}${other !== p ? '（配偶）' : ''}`);
  L.push(`开 户 行：${b[0]}${S.cs}${pick(S.roads)}支行`);
  L.push(`账　　号：${d.C(card)}`);
  if (chance(0.35)) L.push(`或支付宝账号：${d.E(p.email)}`);
  L.push('');
  L.push(`申请人签字：${d.N(p.name)}　　　经办人：${d.N(d.person(S, { minY: 1975, maxY: 1998 }).name)}　　　审核：${d.N(d.person(S, { minY: 1965, maxY: 1985 }).name)}`);
  if (chance(0.4)) L.push(`隔离点财务室电话：${d.Ld(genLand(S, 8), S)}`);
  emit(d, L.join('\n'));
}

// 19. 问卷星 volunteer sign-up export
function genVolunteer(i) {
  const S = pick(SETTINGS); const d = new Doc('volunteer'); const t = randDate(2022, 1, 12);
  const L = [];
  L.push(csv(['序号', '提交答卷时间', '所用时间', '来源', '来源详情', '来自IP', '1、姓名', '2、性别', '3、手机号码', '4、身份证号', '5、电子邮箱', '6、所属社区', '7、是否党员', '8、可服务时段', '9、银行卡号（用于发放补贴）', '10、开户行']));
  const n = ri(4, 14);
  for (let j = 1; j <= n; j++) {
    const p = d.person(S, { minY: 1965, maxY: 2004 });
    const ts = `${ymd(t, '/')} ${hms()}`; d.dec('timestamp', ts);
    const ip = `${pick(['117.136', '112.17', '223.104', '39.144', '183.128'])}.${ri(1, 254)}.${ri(1, 254)}`;
    d.dec('ip', ip);
    const b = pick(BANKS);
    const hasCard = chance(0.82);
    const em = chance(0.88) ? d.E(p.email, chance(0.05) ? p.email.toUpperCase() : p.email) : '(跳过)';
    L.push(csv([j, ts, `${ri(40, 400)}秒`, pick(['微信', '微信', '链接', '手机提交']), pick(['N/A', '直接访问']), `${ip}(${S.prov.replace(/省|市$/, '')}-${S.cs})`, d.N(p.name), p.sex, d.Mx(p, 0.05, 'plain'), d.Ix(p, 0.06, 'plain'), em, d.dec('community', pick(S.comms)), pick(['是', '否', '否']), pick(['工作日白天', '周末', '晚上', '随时']), hasCard ? d.C(genCard(b), chance(0.6) ? 'plain' : 'g4') : '(跳过)', hasCard ? b[0] : '(跳过)']));
  }
  emit(d, L.join('\n'));
}

// 20. 会议纪要
function genMinutes(i) {
  const S = pick(SETTINGS); const d = new Doc('minutes'); const t = randDate(2022, 1, 12);
  const street = pick(S.streets);
  const host = d.person(S, { minY: 1965, maxY: 1980 });
  const att = []; for (let j = 0; j < ri(4, 8); j++) att.push(d.person(S, { minY: 1965, maxY: 1995 }));
  const rec = d.person(S, { minY: 1985, maxY: 1998 });
  const L = [];
  L.push(`${street}疫情防控工作专题会议纪要`);
  L.push(`（第${ri(3, 40)}期）`);
  L.push(`时间：${ymdC(t)} ${hm()}　地点：${d.dec('place', '街道' + pick(['三楼会议室', '指挥部作战室', '二楼小会议室']))}`);
  L.push(`主持：${d.N(host.name)}`);
  L.push(`参会：${att.map((a) => d.N(a.name)).join('、')}；各社区书记`);
  L.push(`记录：${d.N(rec.name)}`, '');
  L.push('一、情况通报');
  const a0 = att[0];
  const other = mkPerson(S);
  L.push(`${a0.name}通报了${md(addDays(t, -1))}全员核酸情况：应检${ri(20000, 90000)}人，实检${ri(20000, 90000)}人，${pick(S.comms)}有${ri(1, 5)}管混管异常，已全部单采复核。${a0.name}指出${d.dec('community', pick(S.comms))}老旧小区无物业，需抽调人员支援。另据${d.Nd(other.name)}反映，部分独居老人配药困难。`);
  d.Nd(a0.name);
  L.push('');
  L.push('二、工作部署');
  L.push(`${host.name}强调：一是压实网格责任，做到“不漏一户、不漏一人”；二是做好重点人群“应检尽检”；三是加强${d.dec('risk_label', '高风险区')}封控管理，严格落实“足不出户、上门服务”。`);
  L.push('');
  L.push('三、分工');
  const groups = ['转运组', '物资保障组', '核酸采样组', '信息专班', '特殊人群服务组'];
  for (const gname of sample(groups, ri(3, 5))) {
    const g = d.person(S, { minY: 1968, maxY: 1992 });
    L.push(`${gname}：组长 ${d.N(g.name)}（${d.M(g.mobile)}），负责${pick(['密接次密接转运衔接', '保供物资调配', '采样点设置及人员排班', '数据比对及上报', '独居老人、孕产妇、透析患者就医需求'])}。`);
  }
  L.push('', `${street}防控指挥部办公室　${ymd(t)}印发`);
  emit(d, L.join('\n'));
}

// 21. XML 上报
function genReport(i) {
  const S = pick(SETTINGS); const d = new Doc('report'); const t = randDate(2022, 1, 12);
  const street = pick(S.streets);
  const n = ri(2, 10);
  const L = ['<?xml version="1.0" encoding="UTF-8"?>', `<Report batchNo="${d.dec('batch_no', 'PC' + ymd(t, '') + pad(ri(1, 999), 3))}" org="${street}" reportTime="${d.dec('timestamp', ymd(t) + 'T' + hms())}" type="ZDRY">`];
  for (let j = 0; j < n; j++) {
    const p = d.person(S, { minY: 1945, maxY: 2010 });
    const from = pick(RISK_PLACES);
    L.push('  <Person>');
    L.push(`    <XM>${d.N(p.name)}</XM><XB>${p.sex === '男' ? '1' : '2'}</XB><CSRQ>${d.dec('birth_date', ymd(p.birth))}</CSRQ><ZJLX>111</ZJLX><ZJHM>${d.Ix(p, 0.05, 'plain')}</ZJHM><RYBH>${d.dec('person_no', mk(() => 'RY' + S.reg + ymd(t, '') + digits(4)))}</RYBH>`);
    L.push(`    <SJHM>${d.M(p.mobile, 'plain')}</SJHM><HJDZ>${hometown(p)}</HJDZ><XZZ>${addr(S)}</XZZ>`);
    L.push(`    <RYLB>${pick(['中高风险地区来返人员', '入境人员', '密接', '次密接', '时空伴随者'])}</RYLB><LYD>${d.dec('place', from)}</LYD><DDRQ>${d.dec('date', ymd(addDays(t, -ri(0, 5))))}</DDRQ>`);
    L.push(`    <GKCS>${pick(['居家健康监测', '居家隔离', '集中隔离'])}</GKCS><TBSJ>${d.dec('timestamp', ymd(t) + ' ' + hms())}</TBSJ><BDR>${chance(0.1) ? d.dec('job_title', '网格员') : d.N(d.person(S, { minY: 1970, maxY: 1995 }).name)}</BDR>`);
    L.push('  </Person>');
  }
  L.push('</Report>');
  emit(d, L.join('\n'));
}

// 22. 社区通知
function genNotice(i) {
  const S = pick(SETTINGS); const d = new Doc('notice'); const t = randDate(2022, 1, 12);
  const comm = pick(S.comms);
  const L = [];
  L.push(`关于开展${pick(['第' + ri(2, 20) + '轮全员核酸检测', '区域核酸筛查', '新冠疫苗加强针集中接种'])}的通知`, '');
  L.push('各位居民朋友：');
  L.push(`根据${S.dist}疫情防控指挥部统一部署，定于${md(t)}${pick(['7:00至11:30', '8:00至12:00', '13:30至17:30', '7:30至10:30', '全天（7:00-21:00）'])}在${d.dec('site', comm + pick(['东门广场', '篮球场', '南门']))}开展检测，请居民持身份证或健康码有序参加，全程佩戴口罩、保持一米以上间距。行动不便的老人请联系所在网格员预约上门服务。`);
  L.push('');
  L.push('各网格联系方式：');
  const nG = ri(3, 6);
  const cn = ['一', '二', '三', '四', '五', '六'];
  for (let j = 0; j < nG; j++) {
    const g = d.person(S, { minY: 1968, maxY: 1996 });
    const gl = d.dec('grid', `第${cn[j]}网格`);
    if (chance(0.12)) L.push(`${gl}（${ri(1, 10)}-${ri(11, 20)}幢）  网格员：${d.dec('job_title', '待补充')}  ${d.Ld(genLand(S, 8), S)}`);
    else L.push(`${gl}（${ri(1, 10)}-${ri(11, 20)}幢）  网格员 ${d.N(g.name)}  ${d.M(g.mobile, chance(0.2) ? 'dash' : 'plain')}`);
  }
  L.push(`社区值班电话：${d.Ld(genLand(S, 8), S)}（24小时）　市民热线：${d.dec('hotline', '12345')}　急救：${d.dec('hotline', '120')}`);
  L.push('');
  L.push(`${d.dec('grid', comm + '社区居民委员会')}`);
  L.push(ymdC(t));
  emit(d, L.join('\n'));
}

// 23. 核酸检测结果导出（多为脱敏）
function genResult(i) {
  const S = pick(SETTINGS); const d = new Doc('result'); const t = randDate(2022, 1, 12);
  const lab = pick(LABS);
  const masked = i % 3 !== 2;
  const L = [];
  L.push(`${d.dec('company', lab)} 检测结果导出  送检单位：${d.dec('hospital', pick(S.hosp))}  导出时间：${d.dec('timestamp', ymd(addDays(t, 1)) + ' ' + hms())}`);
  L.push(csv(['样本编号', '姓名', '证件号码', '联系电话', '采样时间', '接收时间', '报告时间', '检测项目', 'ORF1ab', 'N', '结果']));
  const n = ri(10, 28);
  for (let j = 0; j < n; j++) {
    const p = d.person(S, { minY: 1940, maxY: 2018 });
    const sn = d.dec('sample_no', mk(() => dYmd(t) + pick(['', 'A', 'B']) + digits(7)));
    const pos = chance(0.03);
    const ct = pos ? d.dec('ct_value', (ri(220, 370) / 10).toFixed(2)) : '—';
    L.push(csv([sn, masked ? d.maskName(p.name) : d.N(p.name), masked ? d.maskID(p.id) : d.Ix(p, 0.03), masked ? d.maskMob(p.mobile) : d.Mx(p, 0.03), d.dec('timestamp', `${ymd(t)} ${hms()}`), d.dec('timestamp', `${ymd(t)} ${hms()}`), d.dec('timestamp', `${ymd(addDays(t, 1))} ${hms()}`), '新型冠状病毒核酸检测', ct, pos ? (ri(200, 360) / 10).toFixed(2) : '—', pos ? '阳性（待复核）' : '阴性']));
  }
  const chk = d.person(S, { minY: 1975, maxY: 1995 });
  L.push('', `检验者：${d.N(chk.name)}  审核者：${d.N(d.person(S, { minY: 1965, maxY: 1990 }).name)}`);
  emit(d, L.join('\n'));
}

// ---------------------------------------------------------------- build
const PLAN = [[genLiudiao, 24], [genMijie, 20], [genHesuan, 20], [genHunguan, 12], [genGeli, 16], [genFanxiang, 22], [genJkm, 12], [genYimiao, 15], [genWangge, 14], [genWuzi, 14], [genChat, 18], [genFever, 14], [genApp, 14], [genOcr, 18], [genMail, 16], [genSms, 12], [genButie, 14], [genTuifei, 12], [genVolunteer, 16], [genMinutes, 8], [genReport, 10], [genNotice, 10], [genResult, 14]];
// interleave kinds deterministically
const queue = [];
for (const [fn, n] of PLAN) for (let k = 0; k < n; k++) queue.push([fn, k]);
for (const [fn, k] of queue) fn(k);

// ---------------------------------------------------------------- self-check
function normW(det, w) {
  let s = w.normalize('NFKC');
  switch (det) {
    case 'cn_mobile': s = s.replace(/[\s\-()]/g, ''); if (s.startsWith('+86')) s = s.slice(3); else if (s.startsWith('0086')) s = s.slice(4); return s;
    case 'cn_resident_id': s = s.replace(/[\s\-']/g, '').toUpperCase(); return s.length === 15 ? upgrade15(s) : s;
    case 'bank_card': return s.replace(/\D/g, '');
    case 'email': return s.toLowerCase();
    case 'person_name_zh': return s.replace(/\s/g, '');
    case 'cn_landline': s = s.replace(/[^\d+]/g, ''); if (s.startsWith('+86')) s = '0' + s.slice(3); return s;
    default: return s.replace(/\s/g, '').toUpperCase();
  }
}
function validValue(det, v) {
  switch (det) {
    case 'cn_resident_id': return isValidID(v);
    case 'cn_mobile': return isMobile(v);
    case 'bank_card': return /^\d{16,19}$/.test(v) && luhnOK(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v);
    case 'cn_uscc': return isUSCC(v);
    case 'cn_passport': return /^(E\d{8}|E[A-HJ-NP-Z]\d{7})$/.test(v);
    case 'cn_landline': return /^0(10|2[0-57-9]\d{0}|\d{3})[2-8]\d{6,7}$/.test(v);
    case 'person_name_zh': return /^[\u4e00-\u9fa5·]{2,16}$/.test(v);
    default: return false;
  }
}
const errors = [];
const lines = [];
const perKind = {}, perDet = {}, perDecoy = {}, dcDet = {};
for (const { d, text, id } of docs) {
  const err = (m) => errors.push(`${id}: ${m}`);
  for (const k of d.ents.keys()) d.dcs.delete(k);
  for (const [det, v, w] of d.forms) {
    if (w === '' || w == null) continue;
    if (!text.includes(w)) err(`${det} written form not in text: ${JSON.stringify(w)}`);
    if (normW(det, w) !== v) err(`${det} written ${JSON.stringify(w)} does not normalise to ${v}`);
  }
  const entVals = new Set();
  for (const e of d.ents.values()) {
    if (!validValue(e.detector, e.value)) err(`invalid ${e.detector} value ${e.value}`);
    entVals.add(e.value);
  }
  const flatNoSep = text.normalize('NFKC').replace(/[\s\-()']/g, '').toLowerCase();
  for (const e of d.ents.values()) {
    const v = e.value.toLowerCase();
    const leg = e.detector === 'cn_resident_id' ? e.value.slice(0, 6) + e.value.slice(8, 17) : null;
    const hasForm = d.forms.some(([det, fv, w]) => det === e.detector && fv === e.value && w && text.includes(w));
    if (!hasForm || (!flatNoSep.includes(v) && !(leg && flatNoSep.includes(leg)) && e.detector !== 'cn_landline')) err(`entity ${e.detector} ${e.value} not found in text`);
  }
  for (const x of [...d.decs.values()]) if ((x.kind === 'room_no' && /^\d{3,4}$/.test(x.text) || x.kind === 'short_mobile') && [...entVals].some((v) => v.includes(x.text))) d.decs.delete(x.text);
  for (const x of d.decs.values()) {
    if (!text.includes(x.text)) err(`decoy not in text: ${x.text}`);
    if (entVals.has(x.text) || entVals.has(normW('cn_mobile', x.text))) err(`decoy is also entity: ${x.text}`);
    for (const v of entVals) if (v.length >= 2 && (x.text.includes(v) || (x.text.length >= 4 && v.includes(x.text)))) err(`decoy ${x.text} overlaps entity ${v}`);
    if (!clean(x.text)) err(`decoy ${x.text} holds a valid value`);
    if (!['file_ref'].includes(x.kind) && [...x.text.matchAll(EMAIL_RE)].length) err(`decoy ${x.text} looks like an e-mail`);
  }
  // every valid value in the text is labelled
  const lab = new Set([...d.ents.keys(), ...d.dcs.keys()]);
  for (const [det, v] of validHits(text)) if (!lab.has(d._k(det, v))) err(`unlabelled valid ${det} ${v}`);
  for (const m of text.normalize('NFKC').matchAll(EMAIL_RE)) {
    const v = m[0].toLowerCase();
    if (!lab.has(d._k('email', v)) && ![...d.decs.values()].some((x) => x.text.toLowerCase().includes(v))) err(`unlabelled e-mail ${v}`);
  }
  const rec = { id, kind: d.kind, text, entities: [...d.ents.values()], dontCare: [...d.dcs.values()], decoys: [...d.decs.values()] };
  lines.push(JSON.stringify(rec));
  perKind[d.kind] = (perKind[d.kind] || 0) + 1;
  for (const e of rec.entities) perDet[e.detector] = (perDet[e.detector] || 0) + 1;
  for (const e of rec.dontCare) dcDet[e.detector] = (dcDet[e.detector] || 0) + 1;
  for (const x of rec.decoys) perDecoy[x.kind] = (perDecoy[x.kind] || 0) + 1;
}
if (errors.length) { console.error(errors.slice(0, 4000).join('\n')); console.error(`self-check FAILED: ${errors.length} problem(s)`); process.exit(1); }
writeFileSync(OUT, lines.join('\n') + '\n');
const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
console.log(`documents: ${docs.length} in ${Object.keys(perKind).length} kinds`);
for (const [k, v] of Object.entries(perKind)) console.log(`  ${k.padEnd(12)} ${v}`);
console.log(`entities: ${sum(perDet)}`);
for (const [k, v] of Object.entries(perDet).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(16)} ${v}`);
console.log(`dontCare: ${sum(dcDet)}  ${JSON.stringify(dcDet)}`);
console.log(`decoys: ${sum(perDecoy)}`);
for (const [k, v] of Object.entries(perDecoy).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(16)} ${v}`);
console.log('self-check OK');
