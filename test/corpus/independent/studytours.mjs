// studytours.mjs — independent labelled test corpus for listguard.
//
// Theme: study tours (研学旅行), summer and winter camps (夏令营/冬令营), school
// trips and youth sports camps in China. The documents are the ones a study-tour
// agency, the schools it works with, the parents and the insurer pass around:
// 报名表 exports (CSV from the back office, 问卷星 exports, WPS copy-paste, JSON
// from the enrolment mini-program), 旅游意外险 rosters and the insurer's replies,
// 机票/火车票 passenger lists, 酒店分房表, 分组名单, 家长群 chats, 缴费 and 退费
// records with bank cards, OCR'd 安全责任书, 接送签到表, 健康申报, 带队老师/辅导员
// rosters, 供应商 contacts, SMS logs, mails between school, agency and insurer,
// 车辆调度单, 会议纪要, 合同/开票信息, 出境游学护照信息, 紧急联络卡, 辅导员日志,
// insurer XML uploads, 医务室登记, 报名系统日志, 特殊饮食统计.
//
// Usage:   node studytours.mjs OUT.jsonl
// Output:  one JSON object per line:
//   {"id":"stt-<kind>-<n>","kind":"<kind>","text":"...",
//    "entities":[{"detector":"...","value":"..."}],  // must be reported (unique per doc)
//    "dontCare":[{"detector":"...","value":"..."}],  // either answer is fine
//    "decoys":[{"kind":"...","text":"..."}]}         // must NOT be reported under any detector
// Normalisation of values: cn_resident_id 18 chars, upper-case X; cn_mobile 11
// digits (no +86, no separators); cn_landline digits with the leading 0 and the
// area code, no separators, no extension; email lower-case; bank_card digits
// only; cn_passport upper-case; cn_uscc 18 chars upper-case; person_name_zh as
// written, without spaces, titles or pinyin. Decoys carry their exact text.
//
// Labelling: every valid value of the core detectors is an entity unless masked;
// names are entities only in a person context (column/field/label, a record with
// other person fields, a signature); names in running prose, chat sender names
// and names followed only by a title are dontCare. Luhn-failing 62… numbers in
// an explicit bank-card field are dontCare (cn-formats §5.2: medium confidence);
// corporate 对公账号 are dontCare; 学籍号 (G + 身份证号) and 港澳通行证 numbers are
// dontCare. All values are synthetic, generated with valid check digits.
//
// Written in session 28 by a helper that never read src/, rules/ or test/,
// from cn-formats.md and DESIGN.md only.

import { writeFileSync } from 'node:fs';

// ───────────────────────────── PRNG ─────────────────────────────
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x57d7_2028);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const pad = (n, w = 2) => String(n).padStart(w, '0');
function shuffle(a) { const b = a.slice(); for (let i = b.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [b[i], b[j]] = [b[j], b[i]]; } return b; }
function wpick(items, weights) { let s = 0; for (const w of weights) s += w; let r = rnd() * s; for (let i = 0; i < items.length; i++) { r -= weights[i]; if (r < 0) return items[i]; } return items[items.length - 1]; }
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const fw = (s) => s.replace(/[0-9A-Za-z@.\-+]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

// ───────────────────────────── names ─────────────────────────────
const SURNAMES = ('王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin 罗luo ' +
  '郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai ' +
  '余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao ' +
  '贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 陶tao ' +
  '黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 严yan 覃qin 武wu 戴dai 莫mo 孔kong 向xiang 汤tang 常chang 温wen 康kang 施shi ' +
  '文wen 牛niu 樊fan 葛ge 邢xing 安an 齐qi 易yi 乔qiao 伍wu 庞pang 颜yan 倪ni 庄zhuang 聂nie 章zhang 鲁lu 岳yue 翟zhai 殷yin 詹zhan ' +
  '申shen 欧ou 耿geng 关guan 兰lan 焦jiao 俞yu 左zuo 柳liu 甘gan 祝zhu 包bao 宁ning 尚shang 符fu 舒shu 阮ruan 柯ke 纪ji 梅mei 童tong ' +
  '凌ling 毕bi 单shan 季ji 裴pei 霍huo 涂tu 成cheng 苗miao 谷gu 盛sheng 曲qu 翁weng 冉ran 骆luo 蓝lan 路lu 游you 辛xin 靳jin 管guan ' +
  '柴chai 蒙meng 鲍bao 华hua 喻yu 祁qi 蒲pu 房fang 滕teng 屈qu 饶rao 解xie 牟mou 艾ai 尤you 阳yang 时shi 穆mu 农nong 司si 卓zhuo ' +
  '古gu 吉ji 缪miao 简jian 车che 项xiang 连lian 芦lu 麦mai 褚chu 娄lou 窦dou 戚qi 岑cen 景jing 党dang 宫gong 费fei 卜bu 冷leng ' +
  '晏yan 席xi 卫wei 米mi 柏bai 宗zong 瞿qu 桂gui 全quan 佟tong 应ying 臧zang 闵min 苟gou 邬wu 边bian 卞bian 姬ji 师shi 仇qiu ' +
  '栾luan 隋sui 商shang 刁diao 沙sha 荣rong 巫wu 寇kou 桑sang 郎lang 甄zhen 丛cong 仲zhong 虞yu 敖ao 巩gong 佘she 池chi 查zha 苑yuan 迟chi')
  .split(' ').map((t) => ({ c: t.match(/^[^a-z]+/)[0], p: t.match(/[a-z]+$/)[0] }));
const COMPOUND = '欧阳ouyang 上官shangguan 司马sima 诸葛zhuge 司徒situ 皇甫huangfu 令狐linghu 夏侯xiahou 慕容murong 东方dongfang 端木duanmu 公孙gongsun'
  .split(' ').map((t) => ({ c: t.match(/^[^a-z]+/)[0], p: t.match(/[a-z]+$/)[0] }));
const SUR_W = SURNAMES.map((_, i) => 1 / (i + 6));
function pickSurname() { return chance(0.012) ? pick(COMPOUND) : wpick(SURNAMES, SUR_W); }
const parseGiven = (s) => s.split(' ').map((t) => ({ c: t.match(/^[^a-z]+/)[0], p: t.match(/[a-z]+$/)[0] }));
const BOY = parseGiven('子轩zixuan 浩宇haoyu 雨泽yuze 思远siyuan 沐阳muyang 宇航yuhang 俊熙junxi 梓睿zirui 锦程jincheng 皓轩haoxuan 奕辰yichen 子墨zimo ' +
  '博文bowen 明轩mingxuan 煜祺yuqi 一鸣yiming 宸chen 睿rui 铭泽mingze 俊杰junjie 天佑tianyou 昊然haoran 梓豪zihao 浩然haoran 逸凡yifan 承泽chengze ' +
  '景行jingxing 知远zhiyuan 嘉豪jiahao 子豪zihao 泽宇zeyu 宇轩yuxuan 晨阳chenyang 一帆yifan 沐晨muchen 锦轩jinxuan 思源siyuan 浩轩haoxuan 俊宇junyu ' +
  '博涵bohan 一航yihang 哲zhe 翊yi 屹yi 梓铭ziming 乐天letian 子骞ziqian 修远xiuyuan 嘉树jiashu 君浩junhao 奕霖yilin 宇辰yuchen 铭轩mingxuan 晟sheng ' +
  '允泽yunze 致远zhiyuan 启航qihang 一诺yinuo 子睿zirui 亦凡yifan 楷瑞kairui 书豪shuhao');
const GIRL = parseGiven('梓涵zihan 欣怡xinyi 梓萱zixuan 语桐yutong 若汐ruoxi 诗涵shihan 可馨kexin 依诺yinuo 安琪anqi 芷若zhiruo 晨曦chenxi 嘉懿jiayi ' +
  '欣妍xinyan 梦琪mengqi 思彤sitong 雨桐yutong 佳琪jiaqi 子涵zihan 萱xuan 雅婷yating 紫萱zixuan 书瑶shuyao 乐瑶leyao 若曦ruoxi 语嫣yuyan 思琪siqi ' +
  '诗琪shiqi 雨萱yuxuan 可欣kexin 心怡xinyi 梓琳zilin 悦然yueran 子萱zixuan 佳怡jiayi 欣然xinran 妍yan 彤tong 钰yu 沐希muxi 清妍qingyan ' +
  '知夏zhixia 语汐yuxi 一涵yihan 梓妍ziyan 馨月xinyue 星冉xingran 芮rui 若楠ruonan 静怡jingyi 艺涵yihan 嘉欣jiaxin 思语siyu 雨菲yufei 婉清wanqing');
const MAN = parseGiven('建国jianguo 志强zhiqiang 伟wei 磊lei 勇yong 军jun 洋yang 涛tao 超chao 晓东xiaodong 俊杰junjie 立新lixin 国庆guoqing ' +
  '文斌wenbin 海波haibo 鹏peng 飞fei 宏伟hongwei 建华jianhua 晓峰xiaofeng 永刚yonggang 建军jianjun 卫东weidong 志刚zhigang 海涛haitao 振华zhenhua ' +
  '德明deming 少华shaohua 志伟zhiwei 俊峰junfeng 晓辉xiaohui 波bo 斌bin 刚gang 辉hui 强qiang 峰feng 华hua 健jian 亮liang 凯kai 晨chen ' +
  '新民xinmin 春生chunsheng 宇yu 浩hao 东升dongsheng 永胜yongsheng 学军xuejun 红兵hongbing 长青changqing 锋feng');
const WOMAN = parseGiven('丽娟lijuan 海燕haiyan 静jing 敏min 丽li 艳yan 芳fang 娜na 红梅hongmei 春华chunhua 秀英xiuying 桂芳guifang 雪梅xuemei ' +
  '亚楠yanan 晓燕xiaoyan 婷婷tingting 慧hui 颖ying 琳lin 倩qian 晶jing 蕾lei 玉兰yulan 丽华lihua 春梅chunmei 晓丽xiaoli 文静wenjing 美玲meiling ' +
  '凤英fengying 淑华shuhua 雅琴yaqin 永红yonghong 小燕xiaoyan 雪莲xuelian 金凤jinfeng 慧敏huimin 海霞haixia 丹dan 莉li 蓉rong 萍ping 燕yan ' +
  '梅mei 霞xia 佳jia 璐lu 薇wei 琼qiong 晓雯xiaowen 思敏simin 丽萍liping 雅丽yali 秋菊qiuju 月娥yuee');
const YOUNG_M = parseGiven('子豪zihao 浩然haoran 文轩wenxuan 宇航yuhang 一凡yifan 泽宇zeyu 凯kai 鑫xin 鹏飞pengfei 思远siyuan 子健zijian 天宇tianyu 晨阳chenyang 一鸣yiming 家豪jiahao 博bo 昊hao 俊豪junhao 志远zhiyuan 宇宁yuning');
const YOUNG_F = parseGiven('佳怡jiayi 雨欣yuxin 思雨siyu 梦瑶mengyao 欣怡xinyi 嘉琪jiaqi 诗雨shiyu 雨婷yuting 璐lu 悦yue 娇jiao 晓彤xiaotong 佳慧jiahui 梦洁mengjie 若琳ruolin 婧jing 晗han 昕xin 可欣kexin 雅雯yawen');
const PROV_PY = { 浙江: 'ZHEJIANG', 北京: 'BEIJING', 上海: 'SHANGHAI', 江苏: 'JIANGSU', 广东: 'GUANGDONG', 四川: 'SICHUAN', 湖北: 'HUBEI', 陕西: 'SHAANXI', 湖南: 'HUNAN', 河南: 'HENAN', 山东: 'SHANDONG', 福建: 'FUJIAN', 安徽: 'ANHUI', 重庆: 'CHONGQING', 天津: 'TIANJIN', 辽宁: 'LIAONING', 甘肃: 'GANSU' };
const MINORITY = ['阿依古丽·买买提', '热依汗古丽·吐尔逊', '艾克拜尔·吾斯曼', '努尔艾力·阿不都', '迪丽娜尔·艾山', '扎西顿珠', '格桑卓玛', '次仁央金',
  '巴特尔', '乌兰图雅', '阿卜杜拉·热合曼', '古丽米热·阿木提'];

// words that must never be produced as a generated name (they occur as decoys)
const DECOY_WORDS = new Set();
const usedNames = new Set();
function okName(n) {
  for (const w of DECOY_WORDS) if (w.includes(n) || n.includes(w)) return false;
  return true;
}
function genName(kind, sur) {
  for (let k = 0; k < 50; k++) {
    const s = sur || pickSurname();
    const g = pick(kind === 'boy' ? BOY : kind === 'girl' ? GIRL : kind === 'man' ? MAN : kind === 'woman' ? WOMAN : kind === 'youngm' ? YOUNG_M : YOUNG_F);
    const n = s.c + g.c;
    if (!okName(n)) continue;
    return { name: n, sur: s, giv: g, py: s.p + g.p };
  }
  throw new Error('name');
}

// ───────────────────────────── regions / IDs ─────────────────────────────
const CITIES = {
  杭州: { prov: '浙江省', codes: ['330102', '330105', '330106', '330108', '330109', '330110', '330104'], area: '0571', len: 8, dist: ['上城区', '拱墅区', '西湖区', '滨江区', '萧山区', '余杭区', '江干区'] },
  宁波: { prov: '浙江省', codes: ['330203', '330212', '330211'], area: '0574', len: 8, dist: ['海曙区', '鄞州区', '镇海区'] },
  北京: { prov: '北京市', codes: ['110101', '110102', '110105', '110106', '110108', '110112', '110114', '110104'], area: '010', len: 8, dist: ['东城区', '西城区', '朝阳区', '丰台区', '海淀区', '通州区', '昌平区', '宣武区'] },
  上海: { prov: '上海市', codes: ['310101', '310104', '310105', '310110', '310112', '310115', '310109'], area: '021', len: 8, dist: ['黄浦区', '徐汇区', '长宁区', '杨浦区', '闵行区', '浦东新区', '虹口区'] },
  南京: { prov: '江苏省', codes: ['320102', '320106', '320104', '320113', '320115'], area: '025', len: 8, dist: ['玄武区', '鼓楼区', '秦淮区', '栖霞区', '江宁区'] },
  苏州: { prov: '江苏省', codes: ['320505', '320506', '320508', '320583'], area: '0512', len: 8, dist: ['虎丘区', '吴中区', '姑苏区', '昆山市'] },
  广州: { prov: '广东省', codes: ['440103', '440104', '440106', '440111', '440113'], area: '020', len: 8, dist: ['荔湾区', '越秀区', '天河区', '白云区', '番禺区'] },
  深圳: { prov: '广东省', codes: ['440303', '440304', '440305', '440306', '440307'], area: '0755', len: 8, dist: ['罗湖区', '福田区', '南山区', '宝安区', '龙岗区'] },
  成都: { prov: '四川省', codes: ['510104', '510105', '510107', '510108', '510122'], area: '028', len: 8, dist: ['锦江区', '青羊区', '武侯区', '成华区', '双流县'] },
  武汉: { prov: '湖北省', codes: ['420102', '420106', '420111', '420103'], area: '027', len: 8, dist: ['江岸区', '武昌区', '洪山区', '江汉区'] },
  西安: { prov: '陕西省', codes: ['610102', '610103', '610113', '610104'], area: '029', len: 8, dist: ['新城区', '碑林区', '雁塔区', '莲湖区'] },
  长沙: { prov: '湖南省', codes: ['430102', '430103', '430104', '430105'], area: '0731', len: 8, dist: ['芙蓉区', '天心区', '岳麓区', '开福区'] },
  郑州: { prov: '河南省', codes: ['410102', '410105', '410103'], area: '0371', len: 8, dist: ['中原区', '金水区', '二七区'] },
  济南: { prov: '山东省', codes: ['370102', '370103', '370112'], area: '0531', len: 8, dist: ['历下区', '市中区', '历城区'] },
  青岛: { prov: '山东省', codes: ['370202', '370203', '370212'], area: '0532', len: 8, dist: ['市南区', '市北区', '崂山区'] },
  福州: { prov: '福建省', codes: ['350102', '350103', '350104'], area: '0591', len: 8, dist: ['鼓楼区', '台江区', '仓山区'] },
  厦门: { prov: '福建省', codes: ['350203', '350206', '350211'], area: '0592', len: 7, dist: ['思明区', '湖里区', '集美区'] },
  兰州: { prov: '甘肃省', codes: ['620102', '620103', '620104'], area: '0931', len: 7, dist: ['城关区', '七里河区', '西固区'] },
  黄山: { prov: '安徽省', codes: ['341002', '341004', '341023'], area: '0559', len: 7, dist: ['屯溪区', '徽州区', '黟县'] },
  张家界: { prov: '湖南省', codes: ['430802', '430811'], area: '0744', len: 7, dist: ['永定区', '武陵源区'] },
  合肥: { prov: '安徽省', codes: ['340103', '340104', '340111'], area: null, dist: ['庐阳区', '蜀山区', '包河区'] },
  重庆: { prov: '重庆市', codes: ['500103', '500105', '500112', '500106'], area: '023', len: 8, dist: ['渝中区', '江北区', '渝北区', '沙坪坝区'] },
  天津: { prov: '天津市', codes: ['120101', '120103', '120104', '120111'], area: '022', len: 8, dist: ['和平区', '河西区', '南开区', '西青区'] },
  沈阳: { prov: '辽宁省', codes: ['210102', '210103', '210104'], area: '024', len: 8, dist: ['和平区', '沈河区', '大东区'] },
  哈尔滨: { prov: '黑龙江省', codes: ['230102', '230103', '230104'], area: null, dist: ['道里区', '南岗区', '道外区'] },
  昆明: { prov: '云南省', codes: ['530102', '530103', '530111'], area: null, dist: ['五华区', '盘龙区', '官渡区'] },
  乌鲁木齐: { prov: '新疆维吾尔自治区', codes: ['650102', '650103', '650104'], area: null, dist: ['天山区', '沙依巴克区', '新市区'] },
  拉萨: { prov: '西藏自治区', codes: ['540102'], area: null, dist: ['城关区'] },
  呼和浩特: { prov: '内蒙古自治区', codes: ['150102', '150103', '150105'], area: null, dist: ['新城区', '回民区', '赛罕区'] },
};
const HOME_CITIES = ['杭州', '杭州', '杭州', '上海', '上海', '北京', '北京', '南京', '苏州', '宁波', '广州', '深圳', '深圳', '成都', '武汉', '西安', '长沙', '郑州', '济南', '青岛', '福州', '合肥', '重庆', '天津'];
const ALL_REGION = Object.values(CITIES).flatMap((c) => c.codes);
const OTHER_REGIONS = ['130102', '130104', '140105', '140106', '210202', '220102', '220104', '320211', '320303', '320402', '330302', '330402', '330502', '330602', '330782', '341102', '350503', '360102', '360111', '370602', '371302', '410305', '411302', '420502', '421002', '430602', '440604', '441900', '442000', '450103', '450305', '460106', '510703', '511302', '520102', '522601', '532301', '610302', '612301', '622301', '632123', '640104'];

const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(body) { let s = 0; for (let i = 0; i < 17; i++) s += +body[i] * IDW[i]; return '10X98765432'[s % 11]; }
const dim = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function makeId(region, y, m, d, male) {
  let seq = ri(0, 99) * 10 + ri(0, 9);
  const last = male ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]);
  const s = pad(Math.floor(seq / 10), 2) + last;
  const body = region + y + pad(m) + pad(d) + s;
  return body + idCheck(body);
}
function randDate(y0, y1) { const y = ri(y0, y1), m = ri(1, 12), d = ri(1, dim(y, m)); return { y, m, d }; }
const PROVS = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']);
function validId(s) {
  s = s.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (!PROVS.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2025 || m < 1 || m > 12 || d < 1 || d > dim(y, m)) return false;
  return idCheck(s) === s[17];
}
function looksLegacyId(s) { // 15 digits, province + plausible YYMMDD
  if (!/^\d{15}$/.test(s) || !PROVS.has(s.slice(0, 2))) return false;
  const m = +s.slice(8, 10), d = +s.slice(10, 12);
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}
// invalid look-alikes
function badIdChecksum(id) { return sd(() => badIdChecksum0(id)); }
function badIdChecksum0(id) { const good = id[17]; let c; do { c = pick('0123456789X'.split('')); } while (c === good); return id.slice(0, 17) + c; }
function badIdDate(region, male) { return sd(() => badIdDate0(region, male)); }
function badIdDate0(region, male) { // impossible date, correct check char
  const opts = [() => [ri(2010, 2015), 2, 30], () => [ri(2009, 2016), 13, ri(1, 28)], () => [ri(2010, 2014), 4, 31], () => [2031, ri(1, 12), ri(1, 28)], () => [ri(2010, 2015), 0, ri(1, 28)], () => [2013, 2, 29], () => [ri(2008, 2014), 6, 0]];
  const [y, m, d] = pick(opts)();
  const body = region + y + pad(m) + pad(d) + pad(ri(0, 99)) + (male ? 1 : 2);
  return body + idCheck(body);
}
function badIdDateFrom(id) { return sd(() => { // a typo that breaks the date, check char recomputed by the typist's tool
  const y = id.slice(6, 10), m = id.slice(10, 12), dd = id.slice(12, 14); let nd;
  const r = rnd();
  if (r < 0.35 && +dd > 12) nd = y + dd + m; else if (r < 0.6) nd = y + '02' + pick(['30', '31']); else if (r < 0.8) nd = y + pick(['13', '14', '00']) + dd; else nd = y + m + pick(['32', '00']);
  const body = id.slice(0, 6) + nd + id.slice(14, 17); return body + idCheck(body); }); }
function badIdRegionFrom(id) { return sd(() => { const body = pick(['00', '20', '39', '48', '59', '69', '77', '80', '99']) + id.slice(2, 17); return body + idCheck(body); }); }
function badIdRegion() { return sd(badIdRegion0); }
function badIdRegion0() { // unknown region, otherwise well-formed
  const r = pick(['00', '20', '28', '39', '48', '57', '60', '69', '77', '80', '94', '99']) + pad(ri(0, 9999), 4);
  const { y, m, d } = randDate(2008, 2016);
  const body = r + y + pad(m) + pad(d) + digits(3);
  return body + idCheck(body);
}

// ───────────────────────────── mobiles ─────────────────────────────
const MOB_PREFIX = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150', '151', '152', '153', '155', '156', '157', '158', '159', '162', '166', '167', '170', '171', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '190', '191', '192', '193', '195', '196', '197', '198', '199'];
const MOB_W = MOB_PREFIX.map((p) => (/^1(3[0-9]|5[0-35-9]|8[0-9])$/.test(p) ? 6 : /^1(7[3678]|9[19]|66)$/.test(p) ? 2 : 0.6));
const ALLOC = /^1(3\d|4[57]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/;
const usedMob = new Set();
function genMobile() {
  for (;;) {
    const m = wpick(MOB_PREFIX, MOB_W) + digits(8);
    if (/^(13800138000|13912345678|18888888888)$/.test(m) || usedMob.has(m) || /(\d)\1{5}/.test(m)) continue;
    usedMob.add(m); return m;
  }
}
function badMobile() { return sd(() => pick(['140', '141', '142', '143', '144', '146', '154', '194']) + digits(8)); }
const maskMob = (m) => m.slice(0, 3) + '****' + m.slice(7);

// ───────────────────────────── landlines ─────────────────────────────
function genLandline(city) {
  const c = CITIES[city];
  const first = c.len === 8 ? pick(['8', '6', '5', '8', '2', '3']) : pick(['5', '6', '8', '2', '7']);
  return c.area + first + digits(c.len - 1);
}
function fmtLand(v, style) {
  const area = v.startsWith('01') || v.startsWith('02') ? v.slice(0, 3) : v.slice(0, 4);
  const sub = v.slice(area.length);
  switch (style) {
    case 'paren': return `(${area})${sub}`;
    case 'fwparen': return `（${area}）${sub}`;
    case 'space': return `${area} ${sub}`;
    case 'plain': return v;
    default: return `${area}-${sub}`;
  }
}

// ───────────────────────────── bank cards ─────────────────────────────
const BINS = [
  ['622202', 19, '中国工商银行'], ['621226', 19, '中国工商银行'], ['621700', 19, '中国建设银行'], ['623668', 19, '中国建设银行'], ['621799', 19, '中国邮政储蓄银行'],
  ['622848', 19, '中国农业银行'], ['623052', 19, '中国农业银行'], ['621661', 19, '中国银行'], ['621785', 19, '中国银行'], ['622262', 19, '交通银行'],
  ['622588', 16, '招商银行'], ['621483', 16, '招商银行'], ['622609', 16, '中国民生银行'], ['622188', 19, '中国邮政储蓄银行'], ['622908', 18, '兴业银行'],
  ['621771', 16, '中信银行'], ['622155', 16, '平安银行'], ['623058', 19, '平安银行'], ['622630', 16, '华夏银行'], ['621691', 19, '浦发银行'],
  ['622521', 16, '浦发银行'], ['623251', 16, '光大银行'], ['621058', 19, '杭州银行'], ['625809', 16, '招商银行信用卡'], ['622689', 16, '中信银行信用卡']];
const BIN_W = BINS.map((b) => (/工商|建设|农业|中国银行|招商银行$/.test(b[2]) ? 4 : 1.5));
function luhnOk(s) { let sum = 0, dbl = false; for (let i = s.length - 1; i >= 0; i--) { let d = +s[i]; if (dbl) { d *= 2; if (d > 9) d -= 9; } sum += d; dbl = !dbl; } return sum % 10 === 0; }
function luhnDigit(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c); }
function genCard(binIdx) {
  const b = binIdx != null ? BINS[binIdx] : wpick(BINS, BIN_W);
  const body = b[0] + digits(b[1] - 7);
  return { no: body + luhnDigit(body), bank: b[2] };
}
function badLuhn(no) { const l = +no[no.length - 1]; return no.slice(0, -1) + String((l + ri(1, 9)) % 10); }
function fmtCard(v, style) {
  if (style === 'g4') return v.replace(/(\d{4})(?=\d)/g, '$1 ');
  if (style === 'dash') return v.replace(/(\d{4})(?=\d)/g, '$1-');
  if (style === 'g6') return v.slice(0, 6) + ' ' + v.slice(6);
  return v;
}
const maskCard = (v, st) => st === 'tail' ? '尾号' + v.slice(-4) : st === 'star' ? v.slice(0, 4) + ' **** **** ' + v.slice(-4) : v.slice(0, 6) + '*'.repeat(v.length - 10) + v.slice(-4);

// ───────────────────────────── USCC ─────────────────────────────
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(s17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(s17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
function orgCheck(s8) { const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) { const c = s8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * W[i]; } const r = 11 - (s % 11); return r === 10 ? 'X' : r === 11 ? '0' : String(r); }
function genUscc(prefix, region) {
  const ALNUM = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let body8;
  if (chance(0.6)) { body8 = 'MA'; for (let i = 0; i < 6; i++) body8 += pick(ALNUM.split('')); } else body8 = digits(8);
  const s17 = prefix + region + body8 + orgCheck(body8);
  return s17 + usccCheck(s17);
}
function usccValid(s) { s = s.toUpperCase(); if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s)) return false; return usccCheck(s.slice(0, 17)) === s[17]; }

// numeric validity of any digit run in a text (used to keep decoys invalid)
function runsOf(text) {
  const t = text.normalize('NFKC'); const out = [];
  const re = /\d+[Xx]?/g; let m;
  while ((m = re.exec(t))) {
    const prev = t[m.index - 1] || '', next = t[m.index + m[0].length] || '';
    out.push({ v: m[0], i: m.index, prev, next });
  }
  return out;
}
function runValidAs(v) {
  const r = [];
  const dgt = v.replace(/[Xx]$/, '');
  if (v.length === 18 && validId(v)) r.push('cn_resident_id');
  if (/^\d+$/.test(v) && v.length === 11 && ALLOC.test(v)) r.push('cn_mobile');
  if (/^\d+$/.test(v) && v.length >= 16 && v.length <= 19 && luhnOk(v)) r.push('bank_card');
  if (/^\d+$/.test(v) && v.length === 18 && usccValid(v)) r.push('cn_uscc');
  if (/^\d+$/.test(v) && v.length === 15 && looksLegacyId(v)) r.push('cn_resident_id');
  void dgt; return r;
}
function numValid(text) { return runsOf(String(text)).some((x) => runValidAs(x.v).length > 0); }
function sd(fn) { for (let k = 0; k < 1000; k++) { const v = fn(); if (!numValid(v)) return v; } throw new Error('sd'); }

// ───────────────────────────── passports / permits ─────────────────────────────
const PLET = 'ABCDEFGHJKLMNPQRSTUVWXYZ'.split('');
function genPassport(recent = true) { return recent ? 'E' + pick(PLET) + digits(7) : 'E' + digits(8); }
function genHkPermit() { return 'C' + pick('123456789'.split('')) + digits(7); }

// ───────────────────────────── e-mail ─────────────────────────────
const usedMail = new Set();
function genQQ() { return String(ri(1, 9)) + digits(pick([7, 8, 8, 9, 9, 9])); }
function genEmail(p, mobile) {
  for (;;) {
    const r = rnd(); let e;
    const yy = pad(ri(70, 99)), n3 = String(ri(1, 999));
    if (r < 0.38) e = genQQ() + '@qq.com';
    else if (r < 0.52) e = p.py + pick([yy, n3, '', '_' + yy]) + '@163.com';
    else if (r < 0.6) e = p.py + pick([yy, n3, '']) + '@126.com';
    else if (r < 0.66) e = p.giv.p + '.' + p.sur.p + '@outlook.com';
    else if (r < 0.71) e = p.py + pick(['', yy]) + '@sina.com';
    else if (r < 0.76) e = p.sur.p + p.giv.p[0] + n3 + '@foxmail.com';
    else if (r < 0.81 && mobile) e = mobile + pick(['@139.com', '@163.com', '@189.cn']);
    else if (r < 0.86) e = p.py + yy + '@gmail.com';
    else if (r < 0.9) e = p.sur.p + '_' + p.giv.p + '@yeah.net';
    else if (r < 0.94) e = p.py + n3 + '@sohu.com';
    else e = p.giv.p + p.sur.p + '@aliyun.com';
    if (usedMail.has(e)) continue;
    usedMail.add(e); return e;
  }
}

// ───────────────────────────── formatting ─────────────────────────────
function fmtMob(m, style) {
  switch (style) {
    case 'dash': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case 'space': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'p86': return '+86 ' + m;
    case 'p86n': return '+86' + m;
    case 'p86s': return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case '0086': return '0086-' + m;
    case 'fw': return fw(m);
    case 'p86paren': return '(+86)' + m;
    default: return m;
  }
}
function fmtId(id, style) {
  switch (style) {
    case 'lower': return id.replace('X', 'x');
    case 'g684': return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 'dash684': return `${id.slice(0, 6)}-${id.slice(6, 14)}-${id.slice(14)}`;
    case 'fw': return fw(id);
    case 'boxes': return id.split('').join(' ');
    case 'split': { const k = ri(8, 14); return id.slice(0, k) + '\n' + id.slice(k); }
    default: return id;
  }
}
const mobStyleMixed = () => wpick(['plain', 'dash', 'space', 'p86', 'fw', 'p86n', 'p86s', '0086'], [70, 8, 9, 3, 3, 2, 2, 1]);
const idStyleMixed = () => wpick(['plain', 'lower', 'g684', 'fw'], [85, 6, 6, 3]);

// ───────────────────────────── document builder ─────────────────────────────
const NORM = {
  cn_resident_id: (v) => v.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase(),
  cn_mobile: (v) => v.normalize('NFKC').replace(/\D/g, '').replace(/^(0086|86)(?=1\d{10}$)/, ''),
  cn_landline: (v) => v.normalize('NFKC').replace(/\D/g, ''),
  bank_card: (v) => v.normalize('NFKC').replace(/\D/g, ''),
  email: (v) => v.normalize('NFKC').toLowerCase(),
  cn_passport: (v) => v.normalize('NFKC').toUpperCase(),
  cn_uscc: (v) => v.normalize('NFKC').toUpperCase(),
  person_name_zh: (v) => v.replace(/[\s\u3000]/g, ''),
};
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.D = new Map(); this.X = new Map(); }
  ent(det, v) { v = NORM[det](v); this.E.set(det + '|' + v, { detector: det, value: v }); }
  dc(det, v) { v = NORM[det](v); this.D.set(det + '|' + v, { detector: det, value: v }); }
  decoy(kind, text) { text = String(text); this.X.set(kind + '|' + text, { kind, text }); return text; }
  // helpers that register and return the written form
  n(name) { this.ent('person_name_zh', name); return name; }
  ndc(name) { this.dc('person_name_zh', name); return name; }
  m(mob, style = 'plain') { this.ent('cn_mobile', mob); return fmtMob(mob, style); }
  id(v, style = 'plain') { this.ent('cn_resident_id', v); return fmtId(v, style); }
  card(v, style = 'plain') { this.ent('bank_card', v); return fmtCard(v, style); }
  mail(v, style) {
    this.ent('email', v);
    const mm = v.match(/^(1[3-9]\d{9})@/); if (mm) this.ent('cn_mobile', mm[1]);
    if (style === 'upper') return v.replace(/^[a-z]/, (c) => c.toUpperCase()).replace(/@(\w)/, (s, c) => '@' + c.toUpperCase());
    if (style === 'fwat') return v.replace('@', '＠');
    return v;
  }
  land(v, style) { this.ent('cn_landline', v); return fmtLand(v, style); }
  pp(v) { this.ent('cn_passport', v); return v; }
  uscc(v) { this.ent('cn_uscc', v); return v; }
  // decoy helpers
  mmask(mob) { return this.decoy('masked_mobile', maskMob(mob)); }
  idmask(id, st) { const t = st === 'mid' ? id.slice(0, 6) + '********' + id.slice(14) : st === 'tail' ? '*'.repeat(14) + id.slice(14) : id.slice(0, 3) + '***********' + id.slice(14); return this.decoy('masked_id', t); }
  finish(text) {
    for (const k of this.E.keys()) this.D.delete(k);
    return { kind: this.kind, text, entities: [...this.E.values()], dontCare: [...this.D.values()], decoys: [...this.X.values()] };
  }
}

// decoy words that look like names (registered globally so that no generated name collides)
const W_CAMP = ['黄山研学基地', '白云山营地', '龙泉山青少年营地', '金沙湾营地', '石门国防教育基地', '高峰森林营地', '江湾滑雪营地', '文昌航天科普基地', '宋城研学基地', '万龙营地', '向阳农场营地', '常青藤营地'];
const W_SPOT = ['周庄古镇', '乔家大院', '赵州桥', '宋城', '雷峰塔', '岳麓书院', '武当山', '黄龙洞', '白马寺', '王屋山', '张家界', '龙门石窟', '宏村', '西递', '屯溪老街', '鼓浪屿', '莫高窟', '鸣沙山', '兵马俑', '夫子庙', '拙政园', '钱塘江', '秦淮河', '石象湖', '田子坊', '何园'];
const W_COURSE = ['航天探索营', '非遗剪纸课', '叶脉书签制作', '田园农耕体验', '马术体验课', '高尔夫入门', '程序设计营', '国防教育营', '红色研学课', '徽墨制作', '扎染体验', '定向越野', '林间徒步', '陶艺课', '雕版印刷体验', '鲁班锁制作', '石刻拓印', '金工坊'];
const W_GROUP = ['雄鹰队', '猎豹队', '飞虎队', '梦想队', '火箭队', '星辰组', '蓝鲸队', '闪电队', '雷霆队', '金狮队', '龙腾队', '向日葵队', '石榴籽队', '海豚队', '凌云队', '朝阳队', '骆驼队', '韩信点兵组'];
const W_NICK = ['朵朵', '小宝', '乐乐', '豆豆', '果果', '糖糖', '可乐', '小胖', '大壮', '妞妞', '天天', '阳阳', '贝贝', '皮皮', '小王', '毛毛', '安安', '多多'];
const W_SURWORD = ['于明天', '于周五', '于本周', '向导游', '向辅导员', '高铁站', '金额', '余额', '安全帽', '马上', '周末', '方便', '常温', '程序', '任务卡', '成功', '江边', '石窟', '白天', '文明', '史料', '林荫道', '何时', '于是', '华为', '向日葵', '高速', '时间', '安排', '全程', '钱包', '付款', '明早', '叶子', '田埂', '万元', '黄桥烧饼', '常规'];
const W_TITLE = ['王老师', '李老师', '张老师', '刘老师', '陈老师', '杨教练', '周教练', '黄指导', '赵队长', '吴老师', '孙主任', '马校长', '胡老师', '林老师', '郭教练', '何老师', '高老师', '汪小姐', '程师傅', '金经理', '石医生', '罗导', '郑导', '徐总'];
const T_TEACH = W_TITLE.filter((t) => /老师|教练/.test(t));
for (const w of [...W_CAMP, ...W_SPOT, ...W_COURSE, ...W_GROUP, ...W_NICK, ...W_SURWORD, ...W_TITLE]) DECOY_WORDS.add(w);

// ───────────────────────────── people ─────────────────────────────
const GRADES = ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '初一', '初二', '初三', '高一', '高二'];
const ALLERGY = ['无', '无', '无', '无', '无', '无', '无', '', '青霉素过敏', '花生过敏', '芒果过敏', '海鲜过敏', '尘螨过敏', '头孢类过敏', '乳糖不耐受', '哮喘（随身带药）', '蚕豆病', '鸡蛋过敏', '对酒精过敏', '花粉过敏', '晕车', '轻度鼻炎'];
const SIZES_KID = ['110', '120', '130', '140', '150', '160', '165', '170', '175', 'S', 'M', 'L', 'XL', 'XXL', '3XL'];
function sizeFor(gi) { const arr = gi <= 1 ? ['110', '120', '130'] : gi <= 3 ? ['130', '140', '150'] : gi <= 5 ? ['140', '150', '160', 'S'] : gi <= 8 ? ['160', '165', '170', 'S', 'M', 'L'] : ['170', '175', 'M', 'L', 'XL', 'XXL']; return pick(arr); }
function mkStudent(o = {}) {
  const gi = o.gi ?? ri(o.gmin ?? 2, o.gmax ?? 8);
  const male = o.male ?? chance(0.5);
  const nm = chance(0.006) && !o.surname ? null : genName(male ? 'boy' : 'girl', o.surname);
  const name = nm ? nm.name : pick(MINORITY);
  const city = o.city || pick(HOME_CITIES);
  const region = chance(0.88) ? pick(CITIES[city].codes) : pick(OTHER_REGIONS);
  const y = 2017 - gi + (chance(0.2) ? -1 : 0) - (o.schoolYearShift || 0);
  const m = ri(1, 12), d = ri(1, dim(y, m));
  const id = makeId(region, y, m, d, male);
  return { name, nm, male, gender: male ? '男' : '女', gi, grade: GRADES[gi], age: 2024 - y, id, birth: `${y}-${pad(m)}-${pad(d)}`, birthDot: `${y}.${m}.${d}`, city, size: sizeFor(gi), allergy: pick(ALLERGY), height: 110 + gi * 6 + ri(-5, 12), weight: 20 + gi * 4 + ri(-3, 10) };
}
function mkAdult(o = {}) {
  const male = o.male ?? chance(0.5);
  const kind = o.young ? (male ? 'youngm' : 'youngf') : male ? 'man' : 'woman';
  const nm = o.minority ? null : genName(kind, o.surname);
  const name = nm ? nm.name : pick(MINORITY);
  const city = o.city || pick(HOME_CITIES);
  const region = chance(0.8) ? pick(CITIES[city].codes) : pick(OTHER_REGIONS);
  const { y, m, d } = o.young ? randDate(1998, 2004) : randDate(o.y0 || 1973, o.y1 || 1991);
  const id = makeId(region, y, m, d, male);
  const mobile = genMobile();
  const p = { name, nm, male, gender: male ? '男' : '女', id, birth: `${y}-${pad(m)}-${pad(d)}`, mobile, city };
  p.email = nm ? genEmail(nm, mobile) : genQQ() + '@qq.com';
  return p;
}
function mkFamily(o = {}) {
  const city = o.city || pick(HOME_CITIES);
  const father = mkAdult({ male: true, city });
  const stu = mkStudent({ ...o, city, surname: chance(0.93) && father.nm ? father.nm.sur : undefined });
  const mother = mkAdult({ male: false, city });
  const momFirst = chance(0.62);
  const guardian = momFirst ? mother : father;
  const other = momFirst ? father : mother;
  const gRel = momFirst ? pick(['母亲', '母亲', '妈妈', '母女', '母子']) : pick(['父亲', '父亲', '爸爸', '父子', '父女']);
  const oRel = momFirst ? pick(['父亲', '爸爸']) : pick(['母亲', '妈妈']);
  let emerg = other, eRel = oRel;
  if (chance(0.25)) { emerg = mkAdult({ male: chance(0.4), city, y0: 1950, y1: 1965, surname: chance(0.5) && father.nm ? father.nm.sur : undefined }); eRel = emerg.male ? pick(['爷爷', '外公', '舅舅']) : pick(['奶奶', '外婆', '姑姑', '姨妈']); }
  return { stu, father, mother, guardian, gRel: gRel.replace(/母女|母子/, '母亲').replace(/父子|父女/, '父亲'), other, oRel, emerg, eRel, city };
}

// ───────────────────────────── organisations ─────────────────────────────
function mkOrg(name, city, prefix, domain, extra = {}) {
  const c = CITIES[city];
  const region = chance(0.5) ? c.codes[0].slice(0, 4) + '00' : pick(c.codes);
  return { name, city, uscc: genUscc(prefix, region), land: c.area ? genLandline(city) : null, domain, ...extra };
}
const AGENCIES = [
  mkOrg('杭州知行研学旅行有限公司', '杭州', '91', 'zhixingyx.com', { short: '知行研学', hotline: '400-826-1357', code: 'ZX' }),
  mkOrg('北京青苗营地教育科技有限公司', '北京', '91', 'qingmiaocamp.cn', { short: '青苗营地', hotline: '400-610-2288', code: 'QM' }),
  mkOrg('上海启航青少年发展中心', '上海', '52', 'qihangyouth.org.cn', { short: '启航营地', hotline: '021-6' + digits(7), code: 'QH' }),
  mkOrg('成都蜀行研学旅行社有限公司', '成都', '91', 'shuxingyanxue.com', { short: '蜀行研学', hotline: '400-028-6606', code: 'SX' }),
  mkOrg('南京金陵游学国际旅行社有限公司', '南京', '91', 'jlyouxue.com', { short: '金陵游学', hotline: '400-025-8810', code: 'JL' }),
  mkOrg('广州南粤青少年营地教育有限公司', '广州', '91', 'nanyuecamp.com', { short: '南粤营地', hotline: '400-020-3377', code: 'NY' }),
  mkOrg('西安长安研学教育科技有限公司', '西安', '91', 'changanyanxue.cn', { short: '长安研学', hotline: '400-029-1166', code: 'CA' }),
  mkOrg('深圳鹏城青少年体育发展有限公司', '深圳', '91', 'pcsports.com.cn', { short: '鹏城体育', hotline: '400-755-9021', code: 'PC' }),
];
AGENCIES[2].hotline = '400-821-' + digits(4);
for (const a of AGENCIES) {
  a.staff = [];
  for (let i = 0; i < 5; i++) {
    const p = mkAdult({ male: chance(0.4), city: a.city, y0: 1982, y1: 1998 });
    const local = p.nm ? pick([p.nm.py, p.nm.giv.p + '.' + p.nm.sur.p, p.nm.sur.p + p.nm.giv.p[0]]) : 'staff' + i;
    p.workEmail = local + '@' + a.domain;
    p.title = ['计调', '客服主管', '项目经理', '销售经理', '财务'][i];
    a.staff.push(p);
  }
}
const SCHOOL_NAMES = {
  杭州: ['杭州市文澜实验小学', '杭州市西溪外国语学校', '杭州市钱塘实验中学', '杭州市高新实验学校', '杭州市江南初级中学', '杭州市石桥小学'],
  上海: ['上海市徐汇区周浦育才中学', '上海市长宁区江苏路第五小学', '上海市闵行区华漕学校', '上海市浦东新区金桥实验学校'],
  北京: ['北京市海淀区育英学校', '北京市朝阳区白家庄小学', '北京市西城区黄城根小学', '北京市丰台区石榴庄小学'],
  南京: ['南京市鼓楼区金陵小学', '南京市玄武区高楼门小学', '南京市江宁区秦淮中学'],
  苏州: ['苏州市姑苏区平江实验学校', '苏州工业园区星海小学', '昆山市柏庐实验小学'],
  宁波: ['宁波市海曙区高桥小学', '宁波市鄞州区蓝青小学'],
  广州: ['广州市天河区华阳小学', '广州市越秀区东风西路小学', '广州市番禺区石碁中学'],
  深圳: ['深圳市南山区南头城小学', '深圳市福田区华强职业技术学校', '深圳市宝安区黄田小学'],
  成都: ['成都市锦江区盐道街小学', '成都市武侯区金花小学', '成都市青羊区石室联合中学'],
  武汉: ['武汉市江岸区育才小学', '武汉市洪山区卓刀泉中学'],
  西安: ['西安市碑林区何家营小学', '西安市雁塔区高新第一学校'],
  长沙: ['长沙市岳麓区博才小学', '长沙市开福区周南实验中学'],
  郑州: ['郑州市金水区文化路第一小学', '郑州市二七区马寨小学'],
  济南: ['济南市历下区燕山小学', '济南市市中区舜耕小学'],
  青岛: ['青岛市市南区金门路小学', '青岛市崂山区石老人小学'],
  福州: ['福州市鼓楼区钱塘小学', '福州市台江区江滨中学'],
  合肥: ['合肥市蜀山区琥珀小学', '合肥市包河区万年埠小学'],
  重庆: ['重庆市渝中区人和街小学', '重庆市江北区鲤鱼池小学'],
  天津: ['天津市和平区万全小学', '天津市南开区向阳路小学'],
};
const SCHOOLS = {};
for (const [city, names] of Object.entries(SCHOOL_NAMES)) {
  SCHOOLS[city] = names.map((n) => ({ name: n, city, land: CITIES[city].area ? genLandline(city) : null }));
}
const SCHOOL_DOMAIN = ['qq.com', '163.com', '126.com'];
const INSURERS = [
  { name: '中国人民财产保险股份有限公司', short: '人保财险', hot: '95518', mail: 'picc.com.cn' },
  { name: '中国平安财产保险股份有限公司', short: '平安产险', hot: '95511', mail: 'pingan.com.cn' },
  { name: '中国太平洋财产保险股份有限公司', short: '太保产险', hot: '95500', mail: 'cpic.com.cn' },
  { name: '中国人寿财产保险股份有限公司', short: '国寿财险', hot: '95519', mail: 'chinalife-p.com.cn' },
];

// ───────────────────────────── programmes (营期) ─────────────────────────────
const PROGRAMS = [
  { name: '黄山徽州文化研学营', city: '黄山', spots: ['宏村', '西递', '屯溪老街'], camp: '黄山研学基地', courses: ['徽墨制作', '雕版印刷体验', '林间徒步'], code: 'HS', days: 5, price: 3980 },
  { name: '西安历史文化研学营', city: '西安', spots: ['兵马俑', '白马寺', '龙门石窟'], camp: '长安研学基地', courses: ['石刻拓印', '红色研学课', '非遗剪纸课'], code: 'XA', days: 6, price: 5280 },
  { name: '北京名校游学营', city: '北京', spots: ['赵州桥', '王屋山'], camp: '京郊青少年营地', courses: ['程序设计营', '国防教育营'], code: 'BJ', days: 6, price: 6680 },
  { name: '张家界自然探索营', city: '张家界', spots: ['张家界', '黄龙洞'], camp: '向阳农场营地', courses: ['叶脉书签制作', '定向越野', '林间徒步'], code: 'ZJJ', days: 5, price: 4580 },
  { name: '杭州宋韵文化营', city: '杭州', spots: ['宋城', '雷峰塔', '钱塘江'], camp: '宋城研学基地', courses: ['扎染体验', '陶艺课', '非遗剪纸课'], code: 'HZ', days: 4, price: 2980 },
  { name: '厦门海洋科考营', city: '厦门', spots: ['鼓浪屿', '何园'], camp: '金沙湾营地', courses: ['定向越野', '程序设计营'], code: 'XM', days: 5, price: 4380 },
  { name: '文昌航天科普营', city: '深圳', spots: ['石象湖'], camp: '文昌航天科普基地', courses: ['航天探索营', '程序设计营'], code: 'HT', days: 6, price: 6980 },
  { name: '苏州园林研学营', city: '苏州', spots: ['拙政园', '周庄古镇'], camp: '常青藤营地', courses: ['鲁班锁制作', '扎染体验'], code: 'SZ', days: 3, price: 2280 },
  { name: '南京金陵文化营', city: '南京', spots: ['夫子庙', '秦淮河'], camp: '石门国防教育基地', courses: ['国防教育营', '红色研学课'], code: 'NJ', days: 4, price: 3280 },
  { name: '长沙湖湘文化营', city: '长沙', spots: ['岳麓书院'], camp: '龙泉山青少年营地', courses: ['田园农耕体验', '红色研学课'], code: 'CS', days: 5, price: 3680 },
  { name: '敦煌丝路研学营', city: '兰州', spots: ['莫高窟', '鸣沙山'], camp: '高峰森林营地', courses: ['石刻拓印', '定向越野'], code: 'DH', days: 7, price: 7280 },
  { name: '崇礼滑雪冬令营', city: '北京', spots: ['万龙营地'], camp: '江湾滑雪营地', courses: ['定向越野'], code: 'HX', days: 6, price: 7980, winter: true },
  { name: '青少年足球冬令营', city: '广州', spots: ['白云山营地'], camp: '白云山营地', courses: ['定向越野'], code: 'ZQ', days: 7, price: 4980, winter: true, sport: '足球' },
  { name: '篮球夏令营', city: '深圳', spots: ['金沙湾营地'], camp: '金沙湾营地', courses: ['定向越野'], code: 'LQ', days: 10, price: 5980, sport: '篮球' },
  { name: '马术体验营', city: '上海', spots: ['田子坊'], camp: '高峰森林营地', courses: ['马术体验课', '高尔夫入门'], code: 'MS', days: 5, price: 8800 },
  { name: '武当山武术研学营', city: '武汉', spots: ['武当山'], camp: '龙泉山青少年营地', courses: ['林间徒步', '金工坊'], code: 'WD', days: 5, price: 3880 },
  { name: '山西古建研学营', city: '郑州', spots: ['乔家大院', '王屋山', '赵州桥'], camp: '常青藤营地', courses: ['鲁班锁制作', '石刻拓印'], code: 'SX', days: 6, price: 4680 },
];
function mkProgram(o = {}) {
  const p = o.prog || pick(PROGRAMS);
  const agency = o.agency || pick(AGENCIES);
  let y, m, d;
  if (p.winter) { y = 2025; m = 1; d = ri(18, 31); if (chance(0.3)) { m = 2; d = ri(1, 8); } }
  else { const r = rnd(); if (r < 0.7) { y = 2024; m = pick([7, 7, 7, 8]); d = ri(5, m === 7 ? 31 : 20); } else if (r < 0.85) { y = 2024; m = pick([4, 5, 10, 11]); d = ri(8, 25); } else { y = 2025; m = pick([4, 5]); d = ri(8, 25); } }
  const start = new Date(Date.UTC(y, m - 1, d));
  const end = new Date(start.getTime() + (p.days - 1) * 864e5);
  const f = (dt) => `${dt.getUTCFullYear()}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`;
  const f2 = (dt) => `${dt.getUTCMonth() + 1}月${dt.getUTCDate()}日`;
  const f3 = (dt) => `${dt.getUTCMonth() + 1}.${dt.getUTCDate()}`;
  const tourNo = pick([
    () => `${agency.code}${y}${pad(m)}${pad(d)}${pick(['A', 'B', 'C'])}`,
    () => `${p.code}${String(y).slice(2)}${pad(m)}${pad(d)}-${pad(ri(1, 6))}`,
    () => `${agency.code}-${p.code}-${pad(m)}${pad(d)}-${pad(ri(1, 4))}`,
    () => `JY${y}${pad(m)}${pad(d)}${pick(['A', 'B'])}`]) ();
  const dep = new Date(start.getTime() - ri(3, 25) * 864e5);
  return { ...p, agency, y, m, d, start: f(start), end: f(end), startCn: f2(start), endCn: f2(end), startDot: f3(start), endDot: f3(end), tourNo, docDate: f(dep), docDateCn: f2(dep), docY: dep.getUTCFullYear(), docM: dep.getUTCMonth() + 1, docD: dep.getUTCDate(), home: o.home || pick(HOME_CITIES) };
}
function school(city) { return pick(SCHOOLS[city] || SCHOOLS['杭州']); }
const TIME = () => `${pad(ri(7, 22))}:${pad(ri(0, 59))}`;
const TIMES = () => `${pad(ri(7, 22))}:${pad(ri(0, 59))}:${pad(ri(0, 59))}`;
function csvCell(s) { s = String(s ?? ''); return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }
const csvRow = (a) => a.map(csvCell).join(',');
// display width aware padding for fixed-width layouts
const dw = (s) => [...String(s)].reduce((w, c) => w + (/[\u1100-\uffff]/.test(c) && !/[\uff61-\uff9f]/.test(c) ? 2 : 1), 0);
const padR = (s, w) => String(s) + ' '.repeat(Math.max(1, w - dw(s)));
function orderNo(prefix, p) { return sd(() => prefix + p.docY + pad(p.docM) + pad(p.docD) + digits(ri(5, 7))); }
function campNo(p, i) { if (p.campFmt == null) p.campFmt = ri(0, 2); return [`${p.code}${pad(p.m)}${pad(p.d)}-${pad(i, 3)}`, `YY${pad(i, 3)}`, `${p.code}${String(p.y).slice(2)}${pad(i, 3)}`][p.campFmt]; }
function studentNo(s, sch) { if (sch.snoFmt == null) sch.snoFmt = ri(0, 2); const y = 2024 - s.gi - 6 + (s.gi >= 6 ? 6 : 0); return [`${y}${pad(ri(1, 12))}${pad(ri(1, 48))}`, `${sch.snoPre || (sch.snoPre = digits(4))}${y}${pad(ri(1, 500), 4)}`, `S${String(y).slice(2)}${pad(ri(1, 12))}${pad(ri(1, 48))}`][sch.snoFmt]; }

// ═════════════════════════════ document generators ═════════════════════════════
function schoolCell(d, sch, short) {
  if (!short) return sch.name;
  const s = sch.name.replace(/^.*?市(.*?区)?/, '');
  return d.decoy('school_name', s);
}
function referrer(d) {
  const r = rnd();
  if (r < 0.3) return d.decoy('teacher_title', pick(W_TITLE.slice(0, 16)));
  if (r < 0.45) return d.decoy('chat_nickname', pick(W_NICK) + pick(['妈妈', '爸爸']));
  if (r < 0.55) return d.decoy('title_form', pick(SURNAMES.slice(0, 30)).c + pick(['老师推荐', '经理']));
  return pick(['', '', '朋友圈', '老学员', '学校统一报名', '公众号', '小红书']);
}
function payStatus() { return wpick(['已缴费', '已缴费', '已付款', '待付款', '已退款', '部分退款'], [50, 20, 20, 5, 3, 2]); }
function regTime(p) { const dd = Math.max(1, p.docD - ri(0, 20)); return `${p.docY}-${pad(p.docM)}-${pad(dd)} ${TIMES()}`; }

// 1. 报名表导出 CSV (back office)
function genSignupCsv() {
  const d = new Doc('signup_csv'); const p = mkProgram(); const home = p.home;
  const n = ri(5, 15); const masked = chance(0.14); const withMail = chance(0.6); const mixed = chance(0.4); const withSno = chance(0.4); const withExtra = chance(0.6);
  const grpPool = shuffle(W_GROUP).slice(0, ri(2, 5));
  const sch0 = school(home); const shortSchool = chance(0.5);
  const head = ['序号', '营员编号', '学生姓名', '性别', '出生日期', '身份证号', '学校', ...(withSno ? ['学号'] : []), '年级', '家长姓名', '与学生关系', masked ? '家长手机(脱敏)' : '家长手机'];
  if (withMail) head.push('家长邮箱');
  head.push('紧急联系人', '紧急联系电话', '过敏史', '衣服尺码', ...(withExtra ? ['选修课程', '分组', '推荐人'] : []), '报名时间', '订单号', '缴费状态');
  const out = [csvRow(head)];
  const gmin = ri(0, 6), gmax = Math.min(10, gmin + ri(1, 4));
  for (let i = 1; i <= n; i++) {
    const f = mkFamily({ city: home, gmin, gmax }); const s = f.stu;
    const sch = mixed ? school(home) : sch0;
    let idTxt;
    if (masked) idTxt = d.idmask(s.id, 'mid');
    else if (chance(0.03)) idTxt = d.decoy('bad_id_checksum', badIdChecksum(s.id));
    else idTxt = d.id(s.id, chance(0.05) ? 'lower' : 'plain');
    const row = [i, d.decoy('camper_no', campNo(p, i)), d.n(s.name), s.gender, d.decoy('date', s.birth), idTxt, schoolCell(d, sch, shortSchool), ...(withSno ? [d.decoy('student_no', studentNo(s, sch))] : []), s.grade + (chance(0.5) ? `(${ri(1, 12)})班` : ''),
      d.n(f.guardian.name), f.gRel, masked ? d.mmask(f.guardian.mobile) : d.m(f.guardian.mobile)];
    if (withMail) row.push(chance(0.45) ? d.mail(f.guardian.email) : '');
    row.push(d.n(f.emerg.name), masked ? d.mmask(f.emerg.mobile) : d.m(f.emerg.mobile), s.allergy, d.decoy('clothing_size', s.size));
    if (withExtra) row.push(d.decoy('course_name', pick(p.courses)), d.decoy('group_name', pick(grpPool)), referrer(d));
    row.push(
      d.decoy('timestamp', regTime(p)), d.decoy('order_no', orderNo(pick(['DD', 'YX', 'SO', '']), p)), payStatus());
    out.push(csvRow(row));
  }
  return d.finish('\ufeff' + out.join('\r\n') + '\r\n');
}

// 2. 问卷星 export (hand typed values)
function ipCity(city) { const a = { 杭州: '112.17', 上海: '116.226', 北京: '123.118', 南京: '180.102', 广州: '113.108', 深圳: '183.14' }[city] || pick(['117.136', '223.104', '39.144', '36.112', '110.184']); return `${a}.${ri(1, 254)}.${ri(1, 254)}`; }
function genSignupWjx() {
  const d = new Doc('signup_wjx'); const p = mkProgram(); const home = p.home;
  const n = ri(5, 15);
  const head = ['序号', '提交答卷时间', '所用时间', '来源', '来源详情', '来自IP', '1、营员姓名', '2、性别', '3、身份证号码', '4、就读学校', '5、年级', '6、监护人姓名', '7、监护人手机号',
    '8、紧急联系人姓名及电话', '9、有无过敏史或特殊疾病（没有请填无）', '10、T恤尺码', '11、是否同意《安全责任书》', '总分'];
  const out = [csvRow(head)];
  for (let i = 1; i <= n; i++) {
    const f = mkFamily({ city: home, gmin: 2, gmax: 9 }); const s = f.stu;
    const r = rnd(); let idTxt;
    if (r < 0.04) idTxt = d.decoy('bad_id_checksum', badIdChecksum(s.id));
    else if (r < 0.065) idTxt = d.decoy('bad_id_date', badIdDate(s.id.slice(0, 6), s.male));
    else if (r < 0.08 && !numValid(s.id.slice(0, 17))) idTxt = d.decoy('bad_id_length', s.id.slice(0, 17));
    else idTxt = d.id(s.id, wpick(['plain', 'lower', 'g684', 'fw'], [80, 8, 8, 4]));
    const gm = chance(0.025) ? d.decoy('bad_mobile_prefix', badMobile()) : d.m(f.guardian.mobile, mobStyleMixed());
    const em = f.emerg;
    const eTxt = pick([
      () => `${f.eRel} ${d.n(em.name)} ${d.m(em.mobile, mobStyleMixed())}`,
      () => `${d.n(em.name)}${d.m(em.mobile)}`,
      () => `${d.n(em.name)}（${f.eRel}）${d.m(em.mobile, mobStyleMixed())}`,
      () => `${d.n(em.name)}，${d.m(em.mobile)}`,
      () => `${f.eRel}${d.m(em.mobile)}`,
      () => `${d.n(em.name)} ${f.eRel} 电话${d.m(em.mobile, mobStyleMixed())}`]) ();
    const ip = ipCity(home);
    const ipTxt = d.decoy('ip_address', `${ip}(${CITIES[home] ? CITIES[home].prov.replace(/省|市|维吾尔自治区|自治区/, '') : '浙江'}-${home})`);
    const schTxt = chance(0.6) ? school(home).name : schoolCell(d, school(home), true);
    const gradeTxt = pick([s.grade, s.grade + pick(['(3)班', '3班', '（2）班', '']), s.grade.replace('初一', '七年级').replace('初二', '八年级').replace('初三', '九年级')]);
    out.push(csvRow([i, d.decoy('timestamp', regTime(p)), `${ri(61, 980)}秒`, pick(['微信', '微信', '手机提交', '链接']), pick(['直接访问', 'N/A', '微信群']), ipTxt,
      d.n(s.name), s.gender, idTxt, schTxt, gradeTxt, d.n(f.guardian.name), gm, eTxt, s.allergy || '无', d.decoy('clothing_size', s.size), '同意', '(跳过)']));
  }
  return d.finish(out.join('\r\n') + '\r\n');
}

// 3. WPS / Excel copy-paste (TSV) with a title line and a 合计 line
function genSignupTsv() {
  const d = new Doc('signup_tsv'); const p = mkProgram(); const home = p.home; const sch = school(home);
  const n = ri(5, 15); const withSno = chance(0.6);
  const lines = [`${sch.name}${p.y}年${p.winter ? '寒假' : p.m >= 9 ? '秋季' : p.m <= 6 ? '春季' : '暑期'}${p.name}报名汇总（${p.startDot}-${p.endDot}）`];
  const head = ['序号', '班级', ...(withSno ? ['学号'] : []), '姓名', '性别', '身份证号码', '家长姓名', '联系电话', '备用电话', '身高cm', '衣服尺码', '备注'];
  lines.push(head.join('\t'));
  const cls = `${pick(['四', '五', '六', '七', '八'])}（${ri(1, 12)}）班`;
  for (let i = 1; i <= n; i++) {
    const f = mkFamily({ city: home, gmin: 3, gmax: 8 }); const s = f.stu;
    let note = '';
    const rr = rnd();
    if (rr < 0.08) note = `${s.allergy !== '无' && s.allergy ? s.allergy : '晕车'}，请带队老师留意`;
    else if (rr < 0.13) { note = `妈妈电话打不通时打爸爸的${d.m(f.other.mobile)}`; }
    else if (rr < 0.17) note = `与${d.ndc(mkStudent({ city: home }).name)}同住`;
    else if (rr < 0.21) note = `小名${d.decoy('nickname', pick(W_NICK))}`;
    else if (rr < 0.24) note = '已交费，发票抬头开学校';
    const back = chance(0.5) ? d.m(f.other.mobile, chance(0.2) ? 'dash' : 'plain') : '';
    lines.push([i, chance(0.5) ? cls : d.decoy('class_no', `${2024 - s.gi}${pad(ri(1, 12))}`), ...(withSno ? [d.decoy('student_no', studentNo(s, sch))] : []), d.n(s.name), s.gender, chance(0.04) ? d.decoy('bad_id_checksum', badIdChecksum(s.id)) : d.id(s.id, chance(0.06) ? 'lower' : 'plain'),
      d.n(f.guardian.name), d.m(f.guardian.mobile, chance(0.1) ? 'space' : 'plain'), back, s.height, d.decoy('clothing_size', s.size), note].join('\t'));
  }
  lines.push(['合计', '', ...(withSno ? [''] : []), `${n}人`, '', '', '', '', '', '', '', ''].join('\t'));
  lines.push(`制表：${d.n(mkAdult({ city: home }).name)}\t\t审核：${d.decoy('teacher_title', pick(W_TITLE.slice(0, 12)))}\t\t${p.docY}.${p.docM}.${p.docD}`);
  return d.finish(lines.join('\n'));
}

// 4. 旅游意外险 被保险人清单
function genInsuranceRoster() {
  const d = new Doc('insurance_roster'); const p = mkProgram(); const ins = pick(INSURERS); const ag = p.agency; const home = p.home;
  const n = ri(6, 18); const style = ri(0, 2);
  const polNo = () => d.decoy('policy_no', sd(() => pick([`P${pick(['YAL', 'EAH', 'JAB'])}${p.docY}${CITIES[ag.city].codes[0]}${pick(['E', 'T'])}${digits(6)}`, `1${digits(4)}00390${digits(7)}`, `AHAZ${digits(2)}Y${p.docY}B${digits(6)}`])));
  const out = [];
  const contact = ag.staff[ri(0, 2)];
  if (style === 0) {
    out.push(`${ins.short}境内旅游意外伤害保险（团体）被保险人清单`, '');
    out.push(`投保人：${ag.name}`, `统一社会信用代码：${d.uscc(ag.uscc)}`, `联系人：${d.n(contact.name)}    联系电话：${d.m(contact.mobile)}`);
    out.push(`团号：${d.decoy('tour_no', p.tourNo)}    行程：${p.name}    保险期间：${p.start} 00:00 至 ${p.end} 24:00`, `保单号：${polNo()}（出单后回填）`, '');
    out.push('| 序号 | 被保险人姓名 | 证件类型 | 证件号码 | 性别 | 出生日期 | 职业类别 | 备注 |', '|---|---|---|---|---|---|---|---|');
  } else if (style === 1) {
    out.push(['被保险人姓名', '证件类型(1身份证 2护照 3其他)', '证件号码', '出生日期', '性别(M/F)', '手机号码', '受益人'].join(','));
  } else {
    out.push(`附件：被保险人名单（${p.name} ${p.startDot}-${p.endDot}，共${n}人）  保单号：${polNo()}`, '');
    out.push(padR('序号', 6) + padR('姓名', 12) + padR('证件号码', 22) + padR('性别', 6) + padR('年龄', 6) + '身份');
  }
  const people = [];
  for (let i = 0; i < n; i++) people.push({ ...mkStudent({ city: home }), role: '学生' });
  for (let i = 0, k = ri(1, 4); i < k; i++) { const t = mkAdult({ city: ag.city, young: chance(0.5) }); people.push({ ...t, role: pick(['带队老师', '辅导员', '领队']), age: 2024 - +t.birth.slice(0, 4) }); }
  people.forEach((x, i) => {
    const idOk = !chance(0.03);
    const idTxt = idOk ? d.id(x.id, style === 1 && chance(0.05) ? 'lower' : 'plain') : d.decoy('bad_id_checksum', badIdChecksum(x.id));
    if (style === 0) out.push(`| ${i + 1} | ${d.n(x.name)} | 身份证 | ${idTxt} | ${x.gender} | ${d.decoy('date', x.birth)} | ${x.role === '学生' ? '1类' : '2类'} | ${x.role === '学生' ? '' : x.role} |`);
    else if (style === 1) out.push([d.n(x.name), 1, idTxt, d.decoy('date', x.birth.replace(/-/g, '/')), x.male ? 'M' : 'F', x.mobile ? d.m(x.mobile) : '', '法定'].join(','));
    else out.push(padR(i + 1, 6) + padR(d.n(x.name), 12) + padR(idTxt, 22) + padR(x.gender, 6) + padR(x.age, 6) + x.role);
  });
  if (style !== 1) out.push('', `每人保额：意外伤害${pick([20, 30, 50])}万元，意外医疗${pick([2, 3, 5])}万元；保费${pick([8, 10, 12, 15])}元/人/天`, `报案电话：${d.decoy('service_hotline', ins.hot)}`);
  return d.finish(out.join('\n'));
}

// mail header helper
function mailDate(p, hh) { const wd = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(Date.UTC(p.docY, p.docM - 1, p.docD)).getUTCDay()]; const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][p.docM - 1]; return `${wd}, ${p.docD} ${mon} ${p.docY} ${hh || TIMES()} +0800`; }
function sigBlock(d, person, org, land, opt = {}) {
  const lines = ['--', opt.nameLine ? opt.nameLine(d.n(person.name)) : d.n(person.name) + (person.title ? ` | ${person.title}` : '')];
  lines.push(org.name);
  if (chance(0.85)) lines.push(`手机/微信：${d.m(person.mobile, pick(['plain', 'dash', 'space']))}`);
  if (land && chance(0.7)) lines.push(`电话：${d.land(land, pick(['dash', 'paren', 'dash']))}${chance(0.3) ? '-' + ri(801, 830) : ''}`);
  if (org.hotline && chance(0.5)) lines.push(`服务热线：${d.decoy('service_hotline', org.hotline)}`);
  if (person.workEmail && chance(0.6)) lines.push(`邮箱：${d.mail(person.workEmail)}`);
  return lines.join('\n');
}

// 5. 保险公司核保退回 / 批改 mail
function genInsurerReply() {
  const d = new Doc('insurer_reply'); const p = mkProgram(); const ins = pick(INSURERS); const ag = p.agency;
  const uw = mkAdult({ city: ag.city, y0: 1985, y1: 1996 });
  const uwMail = `${uw.nm ? uw.nm.py : 'hebao'}${ri(1, 99)}@${ins.mail}`;
  const contact = ag.staff[ri(0, 3)];
  const hdr = [`发件人: ${ins.short}团险核保 <${d.mail(uwMail)}>`, `收件人: ${d.ndc(contact.name)} <${d.mail(contact.workEmail)}>`, `日期: ${mailDate(p)}`,
    `主题: 回复：【批量投保】${d.decoy('tour_no', p.tourNo)} ${ag.short} ${p.startDot}${p.name.replace(/营$/, '')}营 被保险人清单`, ''];
  const bad = [];
  for (let i = 0, k = ri(2, 5); i < k; i++) {
    const s = mkStudent({ city: p.home });
    const r = rnd();
    const wrong = r < 0.5 ? { v: badIdChecksum(s.id), why: '校验位错误', k: 'bad_id_checksum' } : r < 0.8 ? { v: badIdDateFrom(s.id), why: '出生日期无效', k: 'bad_id_date' } : { v: badIdRegionFrom(s.id), why: '地址码不存在', k: 'bad_id_region' };
    bad.push({ s, wrong, row: ri(2, 46) });
  }
  const body = [];
  const greet = chance(0.25) ? '各位好：' : `${d.decoy('title_form', contact.name.slice(0, 1) + pick(['经理', '经理', '总']))}${pick(['您好：', '：'])}`;
  body.push(greet, '');
  body.push(`贵司${p.docM}月${p.docD}日提交的被保险人清单（共${ri(20, 48)}人）中，以下${bad.length}人证件号码校验未通过，系统无法出单，请核实后重新提交：`, '');
  for (const b of bad) body.push(`  第${b.row}行  ${d.n(b.s.name)}  ${d.decoy(b.wrong.k, b.wrong.v)}（${b.wrong.why}）`);
  if (chance(0.5)) { const t = mkStudent({ city: p.home }); const ppn = genPassport(); body.push(`  第${ri(2, 46)}行  ${d.n(t.name)}  证件类型为护照 ${d.pp(ppn)}，请补充出生日期和性别。`); }
  body.push('', `保险期间${p.start}至${p.end}，请务必于出发前一个工作日17:00前回复，逾期需按单独投保处理。`, '');
  body.push(sigBlock(d, { ...uw, title: '团险核保' }, { name: ins.name, hotline: ins.hot }, null));
  if (chance(0.7)) {
    // the agency's answer on top
    const fix = bad.slice(0, ri(1, bad.length));
    const top = [`${d.decoy('teacher_title', uw.name.slice(0, 1) + '老师')}您好，已核实，更正如下：`, ''];
    for (const b of fix) top.push(`${d.n(b.s.name)} 正确证件号：${d.id(b.s.id)}`);
    if (fix.length < bad.length) top.push(`其余${bad.length - fix.length}人已联系家长，今晚补齐。`);
    top.push('', '谢谢！', '', sigBlock(d, contact, ag, ag.land), '', '------------------ 原始邮件 ------------------');
    const reHdr = [`发件人: ${d.n(contact.name)} <${contact.workEmail}>`, `收件人: ${ins.short}团险核保 <${uwMail}>`, `日期: ${mailDate(p)}`, `主题: 回复：回复：【批量投保】${p.tourNo} 被保险人清单`, ''];
    return d.finish([...reHdr, ...top, ...hdr.map((l) => '> ' + l), ...body.map((l) => '> ' + l)].join('\n'));
  }
  return d.finish([...hdr, ...body].join('\n'));
}

// 6. 团队机票名单 (fixed width)
const AIRLINES = [['CA', '999'], ['MU', '781'], ['CZ', '784'], ['HU', '880'], ['ZH', '479'], ['3U', '876'], ['MF', '731']];
function genFlightPax() {
  const d = new Doc('flight_pax'); const p = mkProgram(); const ag = p.agency; const [al, tk] = pick(AIRLINES);
  const fno = d.decoy('flight_no', `${al}${ri(1001, 8999)}`); const pnr = d.decoy('pnr', pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')) + Array.from({ length: 5 }, () => pick('ABCDEFGHJKLMNPQRSTUVWXYZ23456789'.split(''))).join(''));
  const n = ri(5, 14);
  const out = [`${ag.short} 团队机票名单`, `团号：${d.decoy('tour_no', p.tourNo)}   航班：${fno} ${p.startDot}   PNR：${pnr}`, `出票时限：${p.docDate} 18:00   联系人：${d.n(ag.staff[0].name)} ${d.m(ag.staff[0].mobile)}`, ''];
  const cols = [6, 12, 20, 8, 22, 12, 14, 16];
  out.push(['序号', '旅客姓名', '拼音', '证件类型', '证件号码', '出生日期', '手机号', '票号'].map((c, i) => padR(c, cols[i])).join(''));
  const ppl = [];
  for (let i = 0; i < n; i++) ppl.push(mkStudent({ city: p.home, gmin: 3, gmax: 9 }));
  for (let i = 0, k = ri(1, 3); i < k; i++) ppl.push(mkAdult({ city: ag.city, young: chance(0.5) }));
  ppl.forEach((x, i) => {
    const py = x.nm ? `${x.nm.sur.p.toUpperCase()}/${x.nm.giv.p.toUpperCase()}` : '';
    const mob = x.mobile ? d.m(x.mobile) : (chance(0.5) ? d.m(genMobile()) : '');
    const tno = d.decoy('ticket_no', `${tk}-${digits(10)}`);
    out.push([i + 1, d.n(x.name), py, 'NI', d.id(x.id), d.decoy('date', x.birth), mob, tno].map((c, j) => padR(c, cols[j])).join(''));
  });
  out.push('', `儿童票（2-12周岁）按成人票价50%，${chance(0.5) ? '学生满12周岁按成人出票' : '请核对出生日期'}。名单如有变动请${d.decoy('surname_word', '于明天')}中午前告知。`);
  return d.finish(out.join('\n'));
}

// 7. 火车票 乘车人 (12306 团体/学生票)
function genTrainPax() {
  const d = new Doc('train_pax'); const p = mkProgram(); const ag = p.agency;
  const tr = () => d.decoy('train_no', `${pick(['G', 'G', 'D', 'G', 'K', 'Z'])}${ri(11, 7999)}`);
  const n = ri(6, 16); const style = ri(0, 1);
  const out = [];
  if (style === 0) {
    out.push(['乘车人姓名', '证件类型', '证件号码', '乘客类型', '手机号码', '学校名称', '优惠区间'].join(','));
    for (let i = 0; i < n; i++) {
      const s = mkStudent({ city: p.home, gmin: 2, gmax: 9 }); const par = mkAdult({ city: p.home });
      const child = s.age < 14;
      out.push([d.n(s.name), '中国居民身份证', d.id(s.id), child ? '儿童' : '学生', chance(0.6) ? d.m(par.mobile) : '', school(p.home).name, `${p.home}-${p.city}`].join(','));
    }
  } else {
    out.push(`【${p.name}】去程火车票信息  ${p.startCn} ${tr()}  ${p.home}${pick(['东', '南', '北', ''])}站→${p.city}${pick(['北', '南', '东', ''])}站  ${pad(ri(6, 14))}:${pad(ri(0, 59))}开`);
    out.push(`订单号：${d.decoy('order_no', 'E' + digits(9))}   共${n}张`, '');
    out.push(padR('车厢/座位', 14) + padR('姓名', 12) + padR('证件号码', 22) + padR('票种', 8) + '票价');
    for (let i = 0; i < n; i++) {
      const s = mkStudent({ city: p.home, gmin: 2, gmax: 9 });
      const seat = d.decoy('seat_no', `${pad(ri(1, 16))}车${pad(ri(1, 18))}${pick('ABCDF'.split(''))}号`);
      const price = d.decoy('price', `¥${(ri(400, 5600) / 10).toFixed(1)}`);
      out.push(padR(seat, 14) + padR(d.n(s.name), 12) + padR(d.id(s.id, chance(0.05) ? 'lower' : 'plain'), 22) + padR(s.age < 14 ? '儿童' : '学生', 8) + price);
    }
    out.push('', `温馨提示：请于开车前40分钟到${d.decoy('surname_word', '高铁站')}${pick(['东', '西', '北'])}广场集合，凭身份证原件进站。`);
  }
  return d.finish(out.join('\n'));
}

// 8. 酒店分房表
function genRoomList() {
  const d = new Doc('room_list'); const p = mkProgram(); const ag = p.agency;
  const hotel = chance(0.2) ? p.camp + pick(['宿舍楼', '营员公寓']) : pick(['全季酒店', '维也纳酒店', '如家商旅', '亚朵酒店', '锦江之星', '汉庭酒店']) + pick(['（' + p.city + '站前店）', '', '（景区店）', '（' + p.city + '高铁站店）']);
  const n = ri(4, 10); const style = ri(0, 2);
  const out = [`${p.name} 分房表   ${hotel}   入住：${p.startCn}  离店：${p.endCn}`];
  if (style === 0) out.push('房号 | 房型 | 入住人1 | 身份证号 | 入住人2 | 身份证号 | 备注');
  else if (style === 1) out.push(['房号', '姓名', '性别', '证件号', '手机（老师/家长）', '备注'].join(','));
  else out.push('（公安入住登记用，请按房号顺序排列）');
  let floor = ri(3, 9); let roomSeq = ri(1, 8);
  for (let i = 0; i < n; i++) {
    const male = chance(0.5);
    const a = mkStudent({ city: p.home, male }), b = mkStudent({ city: p.home, male });
    const room = d.decoy('room_no', `${floor}${pad(roomSeq++)}`);
    if (roomSeq > 24) { floor++; roomSeq = 1; }
    if (style === 0) out.push(`${room} | ${pick(['标间', '双床房', '标间'])} | ${d.n(a.name)} | ${d.id(a.id)} | ${d.n(b.name)} | ${d.id(b.id)} | ${chance(0.1) ? a.allergy || '' : ''}`);
    else if (style === 1) {
      out.push([room, d.n(a.name), a.gender, d.id(a.id), '', ''].join(','));
      out.push([room, d.n(b.name), b.gender, d.id(b.id), '', chance(0.15) ? '需加床' : ''].join(','));
    } else out.push(`${room}：${d.n(a.name)}（${d.id(a.id, 'plain')}）、${d.n(b.name)}（${d.id(b.id)}）`);
  }
  // counselors
  for (let i = 0, k = ri(1, 3); i < k; i++) {
    const t = mkAdult({ city: ag.city, young: true });
    const room = d.decoy('room_no', `${floor}${pad(roomSeq++)}`);
    if (style === 0) out.push(`${room} | 单间 | ${d.n(t.name)}（辅导员） | ${d.id(t.id)} | — | — | 查房电话 ${d.m(t.mobile)}`);
    else if (style === 1) out.push([room, d.n(t.name), t.gender, d.id(t.id), d.m(t.mobile), '辅导员'].join(','));
    else out.push(`${room}：${d.n(t.name)}（辅导员，${d.id(t.id)}，手机${d.m(t.mobile)}）`);
  }
  out.push('', `早餐 7:00-8:30 二楼餐厅；晚上21:30查房，请各组按时熄灯；身体不适请及时${d.decoy('surname_word', '向辅导员')}报告。`);
  return d.finish(out.join('\n'));
}

// 9. 分组名单 (key-value blocks)
function genGroupList() {
  const d = new Doc('group_list'); const p = mkProgram(); const ag = p.agency;
  const groups = shuffle(W_GROUP).slice(0, ri(2, 4));
  const lead = mkAdult({ city: ag.city, y0: 1978, y1: 1992 }), safe = mkAdult({ city: ag.city, male: true, y0: 1975, y1: 1990 });
  const out = [`${p.name} ${p.startDot}期 分组名单（${d.decoy('tour_no', p.tourNo)}）`, ''];
  out.push(`总领队：${d.n(lead.name)}  ${d.m(lead.mobile, pick(['plain', 'dash', 'space']))}`);
  out.push(`安全员：${d.n(safe.name)}  ${d.m(safe.mobile)}`);
  out.push(`随队医生：${d.decoy('teacher_title', '石医生')}（营地医务室 ${CITIES[p.city] && CITIES[p.city].area ? d.land(genLandline(p.city)) : d.m(genMobile())}）`);
  out.push(`营地：${d.decoy('camp_name', p.camp)}`, '');
  groups.forEach((g, gi) => {
    const c = mkAdult({ city: ag.city, young: true });
    const k = ri(5, 9); const kids = Array.from({ length: k }, () => mkStudent({ city: p.home }));
    out.push('━━━━━━━━━━━━━━━━━━');
    out.push(`【第${gi + 1}组·${d.decoy('group_name', g)}】`);
    out.push(`辅导员：${d.n(c.name)}  电话：${d.m(c.mobile, chance(0.2) ? 'space' : 'plain')}`);
    out.push(`队长：${d.n(kids[0].name)}   副队长：${d.n(kids[1].name)}`);
    out.push(`营员（${k}人）：${kids.map((x) => d.n(x.name)).join(pick(['、', '  ', '，']))}`);
    if (chance(0.4)) out.push(`特别关注：${d.n(kids[ri(2, k - 1)].name)}（${pick(['花生过敏', '晕车', '哮喘，药在辅导员处', '第一次离家，情绪需关注', '夜里易尿床，注意保护隐私'])}）`);
    if (chance(0.3)) out.push(`口号：${pick(['雄鹰展翅，勇往直前！', '团结一心，永不言弃！', '超越自我，快乐成长！'])}`);
  });
  out.push('━━━━━━━━━━━━━━━━━━', `注：每日${d.decoy('course_name', pick(p.courses))}按组轮换，${d.decoy('surname_word', '全程')}手机由辅导员统一保管，家长有事请联系各组辅导员。`);
  return d.finish(out.join('\n'));
}

// 10. 家长群 WeChat chat
function genParentChat() {
  const d = new Doc('parent_chat'); const p = mkProgram(); const ag = p.agency; const home = p.home;
  const t = mkAdult({ city: ag.city, young: chance(0.5) });
  const tTitle = t.name.slice(0, 1) + '老师';
  const tDisp = `${d.decoy('teacher_title', tTitle)}-${ag.short}`;
  const fam = Array.from({ length: ri(5, 9) }, () => mkFamily({ city: home }));
  const disp = fam.map((f) => {
    const r = rnd();
    if (r < 0.5 && f.stu.nm) return d.decoy('chat_nickname', f.stu.nm.giv.c + (f.guardian.male ? '爸爸' : '妈妈'));
    if (r < 0.7) return d.decoy('chat_nickname', pick(W_NICK) + (f.guardian.male ? '爸' : '妈'));
    if (r < 0.85) return d.ndc(f.guardian.name);
    return pick(['A阳光明媚', '静待花开', '🌸一路向北', 'Lucky', '平安是福', '岁月静好', 'Sunny']);
  });
  const msgs = [];
  const T = (h, m) => `${pad(h)}:${pad(m)}`;
  let h = 19, mi = ri(0, 20);
  const say = (who, text) => { mi += ri(1, 9); if (mi > 59) { mi -= 60; h++; } msgs.push({ who, time: T(h, mi), text }); };
  say(tDisp, `@所有人 各位家长晚上好！我是本期${p.name}的带队老师${d.n(t.name)}，手机${d.m(t.mobile, pick(['plain', 'space', 'dash']))}（微信同号），出发前有任何问题都可以找我。`);
  say(tDisp, `集合时间：${p.startCn} 7:30，地点：${home}${pick(['东站西广场', '南站北进站口', '学校南门'])}。请带好身份证原件（没有身份证的带户口本）。`);
  const need = fam.slice(0, ri(2, 4));
  say(tDisp, `保险需要补充以下营员的身份证号，请私信我或直接发群里：${need.map((f) => d.ndc(f.stu.name)).join('、')}`);
  need.forEach((f, i) => {
    const who = disp[i]; const s = f.stu;
    say(who, pick([
      () => `${d.n(s.name)} ${d.id(s.id, chance(0.1) ? 'lower' : 'plain')}`,
      () => `孩子姓名：${d.n(s.name)}\n身份证：${d.id(s.id)}\n家长电话：${d.m(f.guardian.mobile)}`,
      () => `${d.n(s.name)}，身份证号${d.id(s.id, pick(['plain', 'g684']))}，${f.gRel}${d.n(f.guardian.name)}${d.m(f.guardian.mobile)}`,
      () => `${tTitle}，${d.n(s.name)}的身份证号：${d.id(s.id)}`]) ());
  });
  say(tDisp, '收到，谢谢🙏');
  for (let i = need.length; i < fam.length; i++) {
    const f = fam[i]; const who = disp[i]; const r = rnd();
    if (r < 0.18) say(who, `${tTitle}，我家孩子${f.stu.allergy && f.stu.allergy !== '无' ? f.stu.allergy : '芒果过敏'}，麻烦留意一下饮食，谢谢`);
    else if (r < 0.32) say(who, `请问可以带手机吗？晚上想和孩子视频`);
    else if (r < 0.46) { say(who, `老师，${d.ndc(f.stu.name)}爸爸电话换了，新号码${d.m(f.father.mobile, pick(['plain', 'space']))}`); }
    else if (r < 0.6) { const c = genCard(); say(who, `${tTitle}好，我们家临时有事去不了了😭 退费麻烦打到这张卡：${d.card(c.no, pick(['plain', 'g4', 'g4']))} ${c.bank.replace('中国', '').replace('银行', '')} 户名${d.n(f.guardian.name)}`); say(tDisp, chance(0.5) ? `收到，已报给财务，${d.decoy('surname_word', '于周五')}前按卡号退回，扣除已产生的保险费用` : `收到，已报给财务，${d.decoy('surname_word', '于本周')}内退回，扣除已产生的保险费用`); }
    else if (r < 0.72) { say(who, `行程单没收到，发我邮箱吧 ${d.mail(f.guardian.email, chance(0.3) ? 'fwat' : undefined)}`); say(tDisp, '好的，稍后发'); }
    else if (r < 0.84) say(who, `孩子${d.decoy('nickname', pick(W_NICK))}第一次出远门，有点晕车，需要提前吃药吗`);
    else say(who, `[图片]`);
  }
  if (chance(0.6)) {
    const lines = ['#接龙', `${p.endCn} 返程接站`, ''];
    fam.slice(0, ri(3, fam.length)).forEach((f, i) => {
      lines.push(chance(0.5) ? `${i + 1}. ${d.n(f.stu.name)} ${f.gRel}接 ${d.m(f.guardian.mobile)}` : `${i + 1}. ${d.ndc(f.stu.name)} ${pick(['妈妈接', '爸爸接', '奶奶接', '自行回家'])}`);
    });
    say(disp[0], lines.join('\n'));
  }
  say(tDisp, `今天孩子们参观了${d.decoy('scenic_spot', pick(p.spots))}，下午做了${d.decoy('course_name', pick(p.courses))}，大家都很开心[图片][图片]`);
  if (chance(0.5)) say(tDisp, `提醒：以下家长电话尾号请核对，发短信没收到回执：${Array.from({ length: ri(1, 3) }, () => d.mmask(genMobile())).join('、')}`);
  const day = `${p.docY}年${p.docM}月${p.docD}日`;
  const grp = `${ag.short}·${p.name.replace(/研学营|文化营|营$/, '')}${p.startDot}期家长群(${ri(30, 60)})`;
  const style = ri(0, 1);
  const text = style === 0
    ? [grp, `————— ${day} —————`, ...msgs.map((m) => `${m.who} ${m.time}\n${m.text}`)].join('\n\n')
    : [`微信群聊"${grp}"的聊天记录`, ...msgs.map((m) => `${p.docY}-${pad(p.docM)}-${pad(p.docD)} ${m.time}:${pad(ri(0, 59))} ${m.who}\n${m.text}`)].join('\n\n');
  return d.finish(text);
}

// 11. 缴费记录
function genPaymentRecord() {
  const d = new Doc('payment_record'); const p = mkProgram(); const ag = p.agency;
  const style = ri(0, 1); const n = ri(6, 22);
  if (style === 0) {
    const mch = d.decoy('merchant_no', '16' + digits(8));
    const out = ['微信支付账单明细', `微信支付商户号：[${mch}]`, `起始时间：[${p.docY}-${pad(p.docM)}-01 00:00:00] 终止时间：[${p.docY}-${pad(p.docM)}-${dim(p.docY, p.docM)} 23:59:59]`, `导出时间：[${p.docDate} ${TIMES()}]`, '',
      '交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注'];
    const appid = 'wx' + Array.from({ length: 16 }, () => pick('0123456789abcdef'.split(''))).join('');
    let total = 0;
    for (let i = 0; i < n; i++) {
      const f = mkFamily({ city: p.home }); const amt = p.price - pick([0, 0, 0, 200, 300]); total += amt;
      const txn = d.decoy('txn_no', `42000022${pad(ri(0, 99))}${p.docY}${pad(p.docM)}${pad(ri(1, 28))}${digits(10)}`);
      const openid = d.decoy('openid', 'oUpF8u' + Array.from({ length: 22 }, () => pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'.split(''))).join(''));
      const bank = pick(['CMB_DEBIT', 'ICBC_DEBIT', 'CCB_DEBIT', 'ABC_DEBIT', 'OTHERS', 'CMB_CREDIT', 'BOC_DEBIT', 'LQT']);
      const goods = `${p.name.replace(/研学营|文化营/, '营')}${p.startDot}期报名费-${d.ndc(f.stu.name)}`;
      const attach = chance(0.6) ? `家长:${d.n(f.guardian.name)} ${d.m(f.guardian.mobile)}` : `stu=${d.n(f.stu.name)}|tel=${d.m(f.guardian.mobile)}`;
      const mo = d.decoy('order_no', sd(() => `${ag.code}${p.docY}${pad(p.docM)}${pad(ri(1, 28))}${digits(8)}`));
      out.push(['`' + regTime(p), '`' + appid, '`' + mch, '`0', '`', '`' + txn, '`' + mo, '`' + openid, '`JSAPI', '`SUCCESS', '`' + bank, '`CNY', '`' + amt.toFixed(2), '`0.00', '`0', '`0', '`0.00', '`0.00', '`', '`', '`' + goods, '`' + attach, '`' + (amt * 0.006).toFixed(5), '`0.60%', '`' + amt.toFixed(2), '`0.00', '`'].join(','));
    }
    out.push('总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额', `\`${n},\`${total.toFixed(2)},\`0.00,\`0.00,\`${(total * 0.006).toFixed(5)},\`${total.toFixed(2)},\`0.00`);
    return d.finish(out.join('\n'));
  }
  const out = [`${ag.short} ${p.name} 缴费登记（财务）`, '日期 | 营员 | 付款人 | 付款方式 | 付款账号/卡号 | 金额 | 凭证号 | 经手人'];
  const cashier = ag.staff[4];
  for (let i = 0; i < n; i++) {
    const f = mkFamily({ city: p.home }); const r = rnd(); let way, acc;
    if (r < 0.45) { way = '银行转账'; const c = genCard(); acc = d.card(c.no, pick(['plain', 'g4'])); }
    else if (r < 0.65) { way = 'POS刷卡'; const c = genCard(); acc = d.decoy('masked_card', maskCard(c.no, pick(['star', 'six']))); }
    else if (r < 0.85) { way = pick(['微信', '支付宝']); acc = d.decoy('txn_no', way === '微信' ? `4200002${digits(3)}${p.docY}${pad(p.docM)}${digits(12)}` : `${p.docY}${pad(p.docM)}${pad(ri(1, 28))}2200141${digits(13)}`); }
    else { way = '现金'; acc = '—'; }
    out.push([`${p.docM}/${ri(1, 28)}`, d.n(f.stu.name), d.n(f.guardian.name), way, acc, (p.price - pick([0, 0, 200])).toFixed(2), d.decoy('voucher_no', `记-${p.docM}-${pad(ri(1, 180), 3)}`), d.ndc(cashier.name)].join(' | '));
  }
  out.push('', `出纳：${d.n(cashier.name)}    对账：${d.decoy('teacher_title', pick(['孙主任', '徐总']))}`);
  return d.finish(out.join('\n'));
}

// 12. 退费申请表 (single)
function genRefundForm() {
  const d = new Doc('refund_form'); const p = mkProgram(); const ag = p.agency; const f = mkFamily({ city: p.home }); const s = f.stu;
  const c = genCard(); const bad = chance(0.12);
  const paid = p.price, ded = pick([120, 200, 398, 500, 800, Math.round(p.price * 0.2)]);
  const fin = ag.staff[4];
  const branch = c.bank.replace('信用卡', '') + `${p.home}${pick(['解放路', '人民路', '中山路', '建设路', '高新', '城西', '城东', '开发区'])}支行`;
  const cardTxt = bad ? (() => { const v = badLuhn(c.no); d.dc('bank_card', v); return fmtCard(v, 'g4'); })() : d.card(c.no, pick(['plain', 'g4', 'g4', 'dash']));
  const out = [
    '                研学活动退费申请表', '',
    `学生姓名：${d.n(s.name)}          班级：${s.grade}（${ri(1, 12)}）班`,
    `家长姓名：${d.n(f.guardian.name)}          联系电话：${d.m(f.guardian.mobile, pick(['plain', 'dash']))}`,
    `报名营期：${p.name}（${p.startDot}-${p.endDot}）   团号：${d.decoy('tour_no', p.tourNo)}`,
    `已缴金额：${d.decoy('price', paid.toFixed(2))}元    申请退费金额：${(paid - ded).toFixed(2)}元（扣除保险及已产生费用${ded}元）`,
    `退费原因：${pick(['孩子发烧，医生建议居家休息', '家中临时有事', '孩子骨折，无法参加户外活动', '与学校夏令营时间冲突', '孩子不愿意去了', '航班取消无法按时到达'])}`,
    '收款账户信息（须为家长本人账户）：',
    `  户    名：${d.n(f.guardian.name)}`,
    `  开 户 行：${branch}`,
    `  银行卡号：${cardTxt}`,
    '',
    `家长签字：${d.n(f.guardian.name)}               日期：${p.docY}年${p.docM}月${p.docD}日`,
    '---------------------------------------------------', '以下由财务填写',
    `审核意见：${bad ? '卡号校验不通过，已电话联系家长重新提供' : '同意'}    经办：${d.n(fin.name)}    复核：${d.decoy('teacher_title', pick(['徐总', '孙主任', '金经理']))}`];
  return d.finish(out.join('\n'));
}

// 13. 批量代发/退费 (bank upload template)
function genRefundBatch() {
  const d = new Doc('refund_batch'); const p = mkProgram(); const ag = p.agency;
  const corp = '1202' + digits(15); d.dc('bank_card', corp);
  const n = ri(5, 18);
  const style = ri(0, 1);
  const out = [];
  if (style === 0) {
    out.push('币种,日期,明细标志,顺序号,付款账号开户行,付款账号/卡号,付款账号名称/卡名称,收款账号开户行,收款账号省份,收款账号地市,收款账号地区码,收款账号,收款账号名称,金额,汇款用途,备注信息,汇款方式,收款账户短信通知手机号码');
    for (let i = 1; i <= n; i++) {
      const f = mkFamily({ city: p.home }); const c = genCard();
      const amt = ri(300, p.price);
      out.push(['RMB', `${p.docY}${pad(p.docM)}${pad(p.docD)}`, '', i, '工商银行', corp, ag.name, c.bank.replace('信用卡', ''), CITIES[p.home] ? CITIES[p.home].prov : '', p.home, '', d.card(c.no), d.n(f.guardian.name), d.decoy('price', amt.toFixed(2)), '退费', `${p.tourNo}退-${d.ndc(f.stu.name)}`, pick(['普通', '加急']), chance(0.7) ? d.m(f.guardian.mobile) : ''].join(','));
    }
  } else {
    out.push(`${ag.short}${p.docM}月退费汇总（${p.name}）`, '序号\t学生\t收款人\t开户银行\t卡号\t退款金额\t手机\t原因');
    for (let i = 1; i <= n; i++) {
      const f = mkFamily({ city: p.home }); const c = genCard();
      out.push([i, d.n(f.stu.name), d.n(f.guardian.name), c.bank, d.card(c.no, chance(0.3) ? 'g4' : 'plain'), d.decoy('price', String(ri(300, p.price))), d.m(f.guardian.mobile), pick(['病退', '事退', '营期取消', '重复缴费', '部分活动取消补差'])].join('\t'));
    }
    out.push('', `付款账户：${ag.name}  工行${ag.city}分行营业部  账号 ${corp}`, `制表：${d.n(ag.staff[4].name)}`);
  }
  return d.finish(out.join('\n'));
}

// OCR helpers
const OCR_SWAP = [['：', ':'], ['（', '('], ['）', ')'], ['责任', '贵任'], ['监护人', '监护入'], ['签字', '签宇'], ['身份证', '身份怔'], ['活动', '活劫'], ['日期', '曰期'], ['姓名', '姓 名'], ['电话', '电 话'], ['学生', '学 生'], ['。', '.'], ['，', ','], ['已', '己']];
function ocrNoise(s, rate = 0.25) { for (const [a, b] of OCR_SWAP) if (chance(rate)) s = s.split(a).join(b); return s; }
const OCR_BREAK = { 0: 'O', 1: 'l', 8: 'B', 5: 'S', 6: 'b', 2: 'Z' };
function ocrBreak(v) { return sd(() => ocrBreak0(v)); }
function ocrBreak0(v) { // breaks one digit beyond recognition (a careful reader could not be sure)
  const idx = []; for (let i = 0; i < v.length; i++) if (OCR_BREAK[v[i]]) idx.push(i);
  if (!idx.length) return v.slice(0, 5) + '?' + v.slice(6);
  const i = pick(idx); return v.slice(0, i) + OCR_BREAK[v[i]] + v.slice(i + 1);
}

// 14. 安全责任书 (OCR'd paper, parent signature)
function genSafetyLetterOcr() {
  const d = new Doc('safety_letter_ocr'); const p = mkProgram(); const ag = p.agency; const f = mkFamily({ city: p.home }); const s = f.stu; const g = f.guardian;
  const sch = school(p.home);
  const boiler = [
    `${pick(['研学旅行安全责任书', '夏令营安全责任告知书', '研学实践活动家长知情同意书暨安全责任书'])}`,
    pick(['(家长留存联)', '(回执联，请于出发前交班主任)', '']),
    `为确保学生在${p.name}期间(${p.y}年${p.startCn}至${p.endCn})的人身安全，经${sch.name}与${ag.name}协商，现就有关事项告知如下：`,
    '一、学生须服从带队老师及辅导员的统一管理，不得擅自离队，不得私自下水游泳。',
    '二、学生如有特殊疾病、过敏史或需要长期服药，家长须如实告知，因隐瞒病史造成的后果由家长承担。',
    '三、活动期间严禁携带管制刀具、打火机等危险物品，贵重物品自行保管。',
    `四、主办方已为每位学生投保旅游意外伤害保险(保额${pick([20, 30, 50])}万元)。`,
    '五、本责任书一式两份，学校与家长各执一份，自签字之日起生效。', ''];
  const lines = boiler.map((l) => ocrNoise(l, 0.3));
  const brk = chance(0.18);
  const idStyle = wpick(['plain', 'boxes', 'g684', 'split', 'lower'], [40, 20, 20, 15, 5]);
  let sid;
  if (brk) { const v = ocrBreak(s.id); d.dc('cn_resident_id', s.id); sid = v; } else sid = d.id(s.id, idStyle);
  const gid = chance(0.6) ? d.id(g.id, pick(['plain', 'boxes', 'g684'])) : null;
  const mobTxt = chance(0.12) ? (d.dc('cn_mobile', g.mobile), ocrBreak(g.mobile)) : d.m(g.mobile, pick(['plain', 'space', 'dash']));
  const nameSp = (n) => (n.length === 2 && chance(0.4) ? n[0] + '  ' + n[1] : n);
  lines.push(ocrNoise(`学生姓名：${d.n(nameSp(s.name))}   性别：${s.gender}   班级：${s.grade}(${ri(1, 12)})班`));
  lines.push(ocrNoise('学生身份证号：') + sid);
  lines.push(ocrNoise(`家长(监护人)姓名：${d.n(g.name)}   与学生关系：${f.gRel}`));
  if (gid) lines.push(ocrNoise('家长身份证号：') + gid);
  lines.push(ocrNoise('联系电话：') + mobTxt + ocrNoise(`   紧急联系人：${d.n(f.emerg.name)}  电话：`) + d.m(f.emerg.mobile));
  lines.push(ocrNoise(`学生健康状况/过敏史：${s.allergy || '无'}`));
  lines.push('', ocrNoise(`家长(监护人)签字：${d.n(nameSp(g.name))}`), `            ${p.docY} 年 ${p.docM} 月 ${p.docD} 日`);
  if (chance(0.5)) lines.push('', `第 1 页 共 ${pick([1, 2])} 页`);
  if (chance(0.3)) lines.unshift(pick(['丨', '|', '·', '']) + ' ' + sch.name.slice(0, ri(3, 8)) + ' 丨');
  return d.finish(lines.join('\n'));
}

// 15. 接送签到表
function genPickupSheet() {
  const d = new Doc('pickup_sheet'); const p = mkProgram(); const ocr = chance(0.4);
  const back = chance(0.6);
  const out = [`${back ? p.endCn + ' 返程接站' : p.startCn + ' 出发送站'}签到表（${p.home}${pick(['东站', '南站', '学校门口', '萧山机场T3', '虹桥站'])}）  团号：${d.decoy('tour_no', p.tourNo)}`];
  out.push(ocr ? '序号 营员姓名 接站人 关系 接站人电话 身份证后四位 签字 时间' : '| 序号 | 营员姓名 | 接送人 | 关系 | 接送人电话 | 身份证后四位 | 签字 | 时间 |');
  const n = ri(8, 26);
  for (let i = 1; i <= n; i++) {
    const f = mkFamily({ city: p.home }); const who = chance(0.8) ? f.guardian : f.emerg; const rel = who === f.guardian ? f.gRel : f.eRel;
    const self = chance(0.06);
    const tail = self ? '' : d.decoy('id_tail', who.id.slice(-4));
    const mob = self ? '' : ocr && chance(0.08) ? (d.dc('cn_mobile', who.mobile), ocrBreak(who.mobile)) : d.m(who.mobile, ocr ? pick(['plain', 'space']) : 'plain');
    const sig = self ? '' : (chance(0.15) ? d.decoy('signature_mark', '√') : d.n(who.name));
    const tm = `${pad(ri(16, 19))}:${pad(ri(0, 59))}`;
    if (self) out.push(ocr ? `${i} ${d.n(f.stu.name)} ${d.decoy('pickup_note', '自行离营')} — — — 家长已电话确认 ${tm}` : `| ${i} | ${d.n(f.stu.name)} | ${d.decoy('pickup_note', '自行离营')} | — | — | — | 家长已电话确认 | ${tm} |`);
    else if (ocr) out.push(ocrNoise(`${i} ${d.n(f.stu.name)} ${d.n(who.name)} ${rel} `, 0.2) + mob + ` ${tail} ${sig} ${tm}`);
    else out.push(`| ${i} | ${d.n(f.stu.name)} | ${d.n(who.name)} | ${rel} | ${mob} | ${tail} | ${sig} | ${tm} |`);
  }
  out.push('', `带队老师签字：${d.n(mkAdult({ city: p.agency.city, young: chance(0.5) }).name)}`);
  return d.finish(out.join('\n'));
}

// 16. 健康申报 (single form)
function genHealthDecl() {
  const d = new Doc('health_decl'); const p = mkProgram(); const f = mkFamily({ city: p.home }); const s = f.stu; const g = f.guardian;
  const ill = pick(['无', '无', '无', '哮喘', '癫痫（已停药2年）', '先天性心脏病术后（已康复）', '过敏性鼻炎', '鼻出血史', '夜惊']);
  const med = ill === '无' ? '否' : pick(['是，沙丁胺醇气雾剂（辅导员保管）', '是，氯雷他定片', '否']);
  const out = [`${p.name}营员健康申报表`, '',
    `姓名：${d.n(s.name)}    性别：${s.gender}    出生日期：${d.decoy('date', s.birth)}`,
    `身份证号：${d.id(s.id, idStyleMixed())}`,
    `身高：${s.height}cm    体重：${s.weight}kg    血型：${pick(['A', 'B', 'O', 'AB']) + pick(['型', '']) + (chance(0.1) ? '' : '')}`,
    `既往病史：${ill === '无' ? '☑无 □有' : '□无 ☑有（' + ill + '）'}`,
    `过敏史（药物/食物）：${s.allergy || '无'}`,
    `近7天是否有发热、咳嗽等症状：否`,
    `是否需要随身携带药物：${med}`,
    `是否晕车：${pick(['是', '否', '轻微'])}    是否会游泳：${pick(['是', '否'])}`,
    `饮食禁忌：${pick(['无', '不吃猪肉（回族）', '素食', '不吃辣', '无'])}`,
    `监护人：${d.n(g.name)}（${f.gRel}）    联系电话：${d.m(g.mobile, mobStyleMixed())}`];
  if (chance(0.5)) out.push(`备用联系人：${d.n(f.emerg.name)}（${f.eRel}）    电话：${d.m(f.emerg.mobile)}`);
  if (chance(0.3)) out.push(`家庭住址：${CITIES[p.home] ? CITIES[p.home].prov.replace(/^(北京|上海|天津|重庆)市$/, '') : ''}${p.home}市${pick(CITIES[p.home].dist)}${pick(['文一西路', '莫干山路', '学院路', '长江路', '中山北路', '建设大道'])}${ri(1, 999)}号${pick(['', ri(1, 30) + '幢' + ri(1, 3) + '单元' + ri(101, 2802) + '室'])}`);
  out.push('', '本人承诺以上信息真实准确，如有隐瞒，责任自负。', `监护人签名：${d.n(g.name)}        日期：${p.docY}.${p.docM}.${p.docD}`);
  return d.finish(out.join('\n'));
}

// 17. 带队老师/辅导员名册
function genStaffRoster() {
  const d = new Doc('staff_roster'); const p = mkProgram(); const ag = p.agency;
  const n = ri(5, 15); const style = ri(0, 1);
  const units = ['浙江大学', '杭州师范大学', '南京师范大学', '华东师范大学', '北京师范大学', '四川大学', '陕西师范大学', '华中师范大学', '本公司', '本公司', '外聘'];
  const out = [];
  if (style === 0) out.push(['序号', '姓名', '性别', '身份证号', '手机号', '邮箱', '岗位', '所在院校/单位', '带队营期', '劳务费(元)', '开户行', '银行卡号', '备注'].join(','));
  else out.push(`${ag.short} ${p.y}${p.winter ? '寒' : '暑'}期带队人员名册（第${ri(1, 4)}批）`, '');
  for (let i = 1; i <= n; i++) {
    const young = chance(0.6); const t = mkAdult({ city: ag.city, young, male: chance(0.45) });
    const c = genCard(); const post = young ? pick(['辅导员', '辅导员', '生活老师', '助教']) : pick(['领队', '安全员', '带队老师', '营长', '随队医生', '摄影']);
    const fee = young ? ri(150, 300) * p.days : ri(300, 600) * p.days;
    const noCard = chance(0.12);
    if (style === 0) out.push([i, d.n(t.name), t.gender, d.id(t.id, chance(0.04) ? 'lower' : 'plain'), d.m(t.mobile), chance(0.8) ? d.mail(t.email) : '', post, young ? pick(units.slice(0, 8)) : pick(units.slice(8)), d.decoy('camp_code', `${p.code}${pad(p.m)}${pad(p.d)}`), d.decoy('price', String(fee)), noCard ? '' : c.bank, noCard ? '' : d.card(c.no), noCard ? '卡号待补' : (chance(0.1) ? '党员' : '')].join(','));
    else {
      out.push(`${i}. ${d.n(t.name)}  ${t.gender}  ${post}`);
      out.push(`   身份证：${d.id(t.id)}   手机：${d.m(t.mobile, pick(['plain', 'dash']))}`);
      if (chance(0.8)) out.push(`   邮箱：${d.mail(t.email)}`);
      if (!noCard) out.push(`   劳务费账户：${c.bank} ${d.card(c.no, pick(['plain', 'g4']))}`);
      else out.push('   劳务费账户：待补');
    }
  }
  if (style === 1) out.push('', `注：劳务费于营期结束后${d.decoy('surname_word', '于本周')}五统一发放，发放前请再次核对卡号。`);
  return d.finish(out.join('\n'));
}

// 18. 供应商通讯录
function genSupplierContacts() {
  const d = new Doc('supplier_contacts'); const p = mkProgram(); const ag = p.agency;
  const city = CITIES[p.city].area ? p.city : ag.city;
  const out = [`${p.name} 供应商及地接联系表（${p.startDot}-${p.endDot}）`, '', '类别 | 单位名称 | 统一社会信用代码 | 联系人 | 手机 | 座机 | 邮箱 | 备注'];
  const busCo = mkOrg(`${p.city}${pick(['顺达', '安运', '通达', '恒通', '捷运'])}旅游客运有限公司`, CITIES[p.city].area || chance(0.5) ? p.city : ag.city, '91', '');
  const bc = mkAdult({ city: p.city, male: true, y0: 1970, y1: 1988 });
  out.push(`大巴 | ${busCo.name} | ${d.uscc(busCo.uscc)} | ${d.n(bc.name)}（调度） | ${d.m(bc.mobile)} | ${busCo.land ? d.land(busCo.land) : '—'} | ${chance(0.5) ? d.mail(bc.email) : '—'} | ${ri(2, 4)}台${pick([39, 45, 49, 53])}座`);
  const hotelC = mkAdult({ city: p.city, male: false, y0: 1985, y1: 1998 });
  out.push(`住宿 | ${pick(['全季酒店', '维也纳国际酒店', '亚朵酒店'])}（${p.city}店） | — | ${d.n(hotelC.name)}（销售） | ${d.m(hotelC.mobile)} | ${CITIES[city].area ? d.land(genLandline(city)) : '—'} | ${d.mail(hotelC.email)} | 团队价含早`);
  for (const sp of p.spots.slice(0, ri(1, p.spots.length))) {
    const c = mkAdult({ city: p.city, y0: 1980, y1: 1996 });
    const cont = chance(0.5) ? d.n(c.name) + '（团队部）' : d.decoy('title_form', pick(['汪小姐', '程师傅', '罗导', '郑导']));
    out.push(`景区 | ${d.decoy('scenic_spot', sp)}景区 | — | ${cont} | ${cont.includes('（') ? d.m(c.mobile) : '—'} | ${CITIES[city].area ? d.land(genLandline(city), pick(['dash', 'paren'])) : '—'} | — | 学生票需提前报名单`);
  }
  const campC = mkAdult({ city: p.city, male: chance(0.6) });
  out.push(`营地 | ${d.decoy('camp_name', p.camp)} | — | ${d.n(campC.name)} | ${d.m(campC.mobile)} | — | ${d.mail(campC.email)} | 课程：${d.decoy('course_name', pick(p.courses))}`);
  const ins = pick(INSURERS); const ic = mkAdult({ city: ag.city, y0: 1982, y1: 1995 });
  out.push(`保险 | ${ins.name}${ag.city}分公司 | — | ${d.n(ic.name)}（客户经理） | ${d.m(ic.mobile)} | — | ${d.mail(ic.nm ? ic.nm.py + '@' + ins.mail : ic.email)} | 报案${d.decoy('service_hotline', ins.hot)}`);
  out.push('', '司机信息（用于报备交警及学校）：');
  for (let i = 0, k = ri(1, 4); i < k; i++) {
    const dr = mkAdult({ city: p.city, male: true, y0: 1966, y1: 1988 });
    const plate = d.decoy('plate_no', `${pick(['皖J', '浙A', '陕A', '湘G', '京B', '粤A', '苏E'])}·${pick('ABCDFG'.split(''))}${digits(1)}${pick('0123456789ABCDEFGHJK'.split(''))}${digits(2)}${pick('0123456789'.split(''))}`);
    out.push(`${i + 1}号车 ${plate}  司机：${d.n(dr.name)}  ${d.m(dr.mobile, pick(['plain', 'dash']))}  驾驶证号：${d.id(dr.id)}  准驾车型：A1`);
  }
  return d.finish(out.join('\n'));
}

// 19. 短信发送记录
function genSmsLog() {
  const d = new Doc('sms_log'); const p = mkProgram(); const ag = p.agency;
  const t = mkAdult({ city: ag.city, young: chance(0.5) });
  const withName = chance(0.5);
  const out = [withName ? '发送时间,接收人,手机号码,短信内容,发送状态,回执时间,计费条数,批次号' : '发送时间,手机号码,短信内容,发送状态,回执时间,计费条数,批次号'];
  const batch = d.decoy('batch_no', `${p.docY}${pad(p.docM)}${pad(p.docD)}${digits(6)}`);
  const tpl = pick([
    (s, g) => `【${ag.short}】尊敬的家长：您的孩子${d.ndc(s.name)}已成功报名${p.name}（团号${p.tourNo}），请于${p.startCn}7:30前到${p.home}${pick(['东站西广场', '南站北广场', '学校南门'])}集合，带队老师${d.n(t.name)} ${d.m(t.mobile)}。回T退订`,
    (s, g) => `【${ag.short}】${d.ndc(g.name)}您好，${d.ndc(s.name)}的营期费用${p.price}元已到账，电子发票将发送至您的邮箱，如有疑问请致电${d.decoy('service_hotline', ag.hotline)}。回T退订`,
    (s, g) => `【${ag.short}】温馨提示：明日行程为${d.decoy('scenic_spot', pick(p.spots))}，请提醒孩子带好雨具和防晒用品。孩子今天一切安好，照片已上传至小程序相册。回T退订`,
    (s, g) => `【${ag.short}】您的验证码为${digits(6)}，5分钟内有效，用于营员${d.ndc(s.name)}的报名信息确认，请勿泄露。`]);
  const n = ri(8, 30);
  for (let i = 0; i < n; i++) {
    const f = mkFamily({ city: p.home });
    const ok = chance(0.9);
    const row = [d.decoy('timestamp', `${p.docDate} ${pad(ri(17, 20))}:${pad(ri(0, 59))}:${pad(ri(0, 49))}`)];
    if (withName) row.push(d.n(f.guardian.name));
    row.push(ok || chance(0.5) ? d.m(f.guardian.mobile) : d.decoy('bad_mobile_prefix', badMobile()), tpl(f.stu, f.guardian), ok ? '成功' : '失败(MK:0005)', ok ? d.decoy('timestamp', row[0].replace(/(\d\d)$/, (m, x) => pad(Math.min(59, +x + ri(1, 9))))) : '', 2, batch);
    out.push(csvRow(row));
  }
  return d.finish(out.join('\n'));
}

// 20. 报名小程序 JSON export
function genMiniJson() {
  const d = new Doc('miniprogram_json'); const p = mkProgram(); const ag = p.agency;
  const n = ri(2, 12);
  const list = [];
  let ts = Date.UTC(p.docY, p.docM - 1, Math.max(1, p.docD - 10), 2, 0, 0);
  for (let i = 0; i < n; i++) {
    const f = mkFamily({ city: p.home }); const s = f.stu;
    ts += ri(60, 86400) * 1000 + ri(0, 999);
    const o = {
      orderNo: d.decoy('order_no', sd(() => `WX${p.docY}${pad(p.docM)}${pad(ri(1, 28))}${digits(9)}`)),
      campId: `${p.code}${pad(p.m)}${pad(p.d)}`,
      studentName: d.n(s.name), gender: s.male ? 1 : 2, idType: 'ID_CARD',
      idNo: chance(0.04) ? d.decoy('bad_id_checksum', badIdChecksum(s.id)) : d.id(s.id, chance(0.04) ? 'lower' : 'plain'),
      idNoValid: true,
      school: school(p.home).name, grade: s.grade,
      guardian: { name: d.n(f.guardian.name), mobile: d.m(f.guardian.mobile), relation: f.gRel, email: chance(0.55) ? d.mail(f.guardian.email) : '' },
      emergencyContact: { name: d.n(f.emerg.name), mobile: d.m(f.emerg.mobile, chance(0.1) ? 'p86n' : 'plain') },
      tshirtSize: s.size, allergy: s.allergy === '无' ? '' : s.allergy,
      avatarUrl: chance(0.5) ? `https://thirdwx.qlogo.cn/mmopen/vi_32/${Array.from({ length: 24 }, () => pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'.split(''))).join('')}/132` : d.decoy('file_name', 'https://img.' + ag.domain + '/static/avatar@2x.png'),
      createTime: +d.decoy('ms_timestamp', String(ts)),
      payStatus: pick(['PAID', 'PAID', 'PAID', 'UNPAID', 'REFUNDING']),
      amount: p.price * 100,
    };
    o.idNoValid = o.idNo.toUpperCase() === s.id;
    if (chance(0.3)) o.remark = pick(['', '同行：' + d.ndc(mkStudent({ city: p.home }).name), '需要开发票', `家长微信：${d.m(f.guardian.mobile)}`]);
    list.push(o);
  }
  const obj = { code: 0, msg: 'success', data: { total: n, page: 1, pageSize: 20, list }, traceId: Array.from({ length: 32 }, () => pick('0123456789abcdef'.split(''))).join('') };
  return d.finish(JSON.stringify(obj, null, chance(0.6) ? 2 : 0));
}

// 21. 学校 ↔ 机构 mail
function genSchoolMail() {
  const d = new Doc('school_mail'); const p = mkProgram(); const ag = p.agency; const sch = school(p.home);
  const tch = mkAdult({ city: p.home, y0: 1975, y1: 1995 });
  const tMail = chance(0.5) ? tch.email : `${tch.nm ? tch.nm.py : 'teacher'}${ri(1, 99)}@${pick(SCHOOL_DOMAIN)}`;
  const staff = pick(ag.staff.slice(0, 4));
  const dir = ri(0, 2);
  const out = [];
  if (dir === 0) {
    out.push(`From: "${d.ndc(tch.name)}" <${d.mail(tMail)}>`, `To: ${d.mail(staff.workEmail)}`, chance(0.5) ? `Cc: ${d.mail(mkAdult({ city: p.home }).email)}` : 'Cc: ', `Date: ${mailDate(p)}`, `Subject: ${sch.name.replace(/^.*?市/, '')}${p.name}学生名单及带队老师信息`, 'Content-Type: text/plain; charset=UTF-8', '');
    out.push(`${d.decoy('title_form', staff.name.slice(0, 1) + '经理')}您好：`, '', `附件是我校参加${p.name}（${p.startDot}-${p.endDot}）的学生名单，共${ri(20, 60)}人，其中以下几位同学信息有变更，请以本邮件为准：`, '');
    for (let i = 0, k = ri(2, 6); i < k; i++) {
      const f = mkFamily({ city: p.home }); const s = f.stu;
      out.push(pick([
        () => `${i + 1}. ${d.n(s.name)}  身份证号更正为 ${d.id(s.id)}`,
        () => `${i + 1}. ${d.n(s.name)}  家长电话改为 ${d.m(f.guardian.mobile, pick(['plain', 'dash', 'space']))}（${f.gRel}${d.n(f.guardian.name)}）`,
        () => `${i + 1}. ${d.n(s.name)}  ${s.gender}  ${d.id(s.id)}  家长：${d.n(f.guardian.name)} ${d.m(f.guardian.mobile)}`,
        () => `${i + 1}. ${d.ndc(s.name)}  因病退出，已与家长确认`,
        () => { d.dc('cn_resident_id', s.id); return `${i + 1}. ${d.n(s.name)}  ${s.gender}  学籍号 G${s.id}（报名表漏填身份证号，以学籍号为准）`; }]) ());
    }
    const t2 = mkAdult({ city: p.home, y0: 1980, y1: 1996 });
    out.push('', '我校带队老师：', `${d.n(tch.name)}（年级组长） ${d.m(tch.mobile)}  身份证 ${d.id(tch.id)}`, `${d.n(t2.name)}（班主任） ${d.m(t2.mobile)}  身份证 ${d.id(t2.id)}`, '', '麻烦一并购买保险，谢谢！', '');
    out.push('--', `${d.n(tch.name)}`, sch.name, sch.land ? `办公室：${d.land(sch.land, pick(['dash', 'paren', 'fwparen']))}` : '', `手机：${d.m(tch.mobile)}`);
  } else if (dir === 1) {
    out.push(`发件人：${d.ndc(staff.name)} <${d.mail(staff.workEmail)}>`, `收件人：${d.mail(tMail, chance(0.2) ? 'upper' : undefined)}`, `发送时间：${p.docY}年${p.docM}月${p.docD}日 ${TIME()}`, `主题：${p.name}行程确认及带队人员信息`, '');
    out.push(`${d.decoy('teacher_title', tch.name.slice(0, 1) + '老师')}：`, '', `您好！${p.name}行程已确认，${p.startCn}出发，${p.endCn}返回，${d.decoy('surname_word', '全程')}${p.days}天。具体安排如下：`, '');
    out.push(`去程：${d.decoy('train_no', pick(['G', 'D']) + ri(11, 7999))} ${p.home}—${p.city}，${pad(ri(7, 10))}:${pad(ri(0, 59))}开`);
    out.push(`营地：${d.decoy('camp_name', p.camp)}，主要课程：${p.courses.map((c) => d.decoy('course_name', c)).join('、')}`, '', '我方带队人员：');
    for (let i = 0, k = ri(2, 4); i < k; i++) {
      const t = mkAdult({ city: ag.city, young: chance(0.6) });
      out.push(`  ${pick(['领队', '辅导员', '安全员', '辅导员'])}：${d.n(t.name)}  ${d.m(t.mobile, pick(['plain', 'dash']))}${chance(0.4) ? '  ' + d.mail(t.email) : ''}`);
    }
    out.push('', `费用${p.price}元/人，含交通、住宿、餐饮、课程及保险。发票开具信息请${d.decoy('surname_word', '于本周')}内回复。`, '', sigBlock(d, staff, ag, ag.land));
  } else {
    // parent → agency complaint / question
    const f = mkFamily({ city: p.home }); const g = f.guardian;
    out.push(`From: ${d.mail(g.email)}`, `To: service@${ag.domain}`, `Date: ${mailDate(p)}`, `Subject: 关于${p.name}${p.startDot}期的几个问题`, '');
    d.ent('email', `service@${ag.domain}`);
    out.push('您好，', '', `我是营员${d.n(f.stu.name)}的${f.gRel}${pick(['', ''])}，${pick(['孩子回来说住宿条件和宣传的不一样，八人间而且没有空调', '孩子在营地摔伤了膝盖，老师当天没有通知家长', '想问一下下一期能否换到同一个组', '报名时多交了一次费用，麻烦退一下'])}。`);
    out.push('', `我的联系方式：${d.m(g.mobile, pick(['plain', 'dash']))}，${pick(['工作日白天可能不方便接电话，请短信联系。', '请尽快回复。', ''])}`);
    if (chance(0.4)) { const c = genCard(); out.push(`如需退款请打到：${c.bank} ${d.card(c.no, 'g4')}，户名${d.n(g.name)}。`); }
    out.push('', d.n(g.name), `${p.docY}/${p.docM}/${p.docD}`);
  }
  return d.finish(out.filter((x) => x !== null).join('\n'));
}

// 22. 理赔申请 mail
function genClaimMail() {
  const d = new Doc('claim_mail'); const p = mkProgram(); const ag = p.agency; const ins = pick(INSURERS);
  const f = mkFamily({ city: p.home }); const s = f.stu; const g = f.guardian; const staff = ag.staff[ri(0, 2)];
  const c = genCard(); const hosp = `${p.city}市${pick(['人民医院', '第一人民医院', '中医院', '妇幼保健院', '中心医院'])}`;
  const out = [`发件人: ${d.ndc(staff.name)} <${d.mail(staff.workEmail)}>`, `收件人: claim_${CITIES[ag.city].codes[0].slice(0, 4)}@${ins.mail}`, `抄送: ${d.mail(g.email)}`, `日期: ${mailDate(p)}`, `主题: 【理赔申请】${d.decoy('policy_no', sd(() => `P${pick(['YAL', 'EAH'])}${p.docY}${digits(10)}`))} 营员${s.name.slice(0, 1)}某某意外受伤`, ''];
  d.ent('email', `claim_${CITIES[ag.city].codes[0].slice(0, 4)}@${ins.mail}`);
  d.decoy('masked_name', `${s.name.slice(0, 1)}某某`);
  out.push('您好：', '', `我司${p.name}（团号${d.decoy('tour_no', p.tourNo)}）营员在活动中受伤，现申请理赔，资料如下：`, '');
  out.push(`出险人（被保险人）：${d.n(s.name)}`, `证件号码：${d.id(s.id)}`, `出险时间：${p.start} ${pad(ri(9, 17))}:${pad(ri(0, 59))}`, `出险经过：${pick(['定向越野时摔倒致右手腕骨折', '营地篮球训练中脚踝扭伤', '徒步时被蜂蜇伤，过敏反应送医', '食堂用餐后急性肠胃炎'])}，送${hosp}就诊，门诊号${d.decoy('clinic_no', 'MZ' + p.docY + digits(8))}。`);
  out.push(`报案号：${d.decoy('claim_no', sd(() => `9${digits(4)}${p.docY}${digits(8)}`))}`, '');
  out.push(`监护人：${d.n(g.name)}（${f.gRel}）`, `监护人身份证：${d.id(g.id, chance(0.3) ? 'g684' : 'plain')}`, `联系电话：${d.m(g.mobile)}`);
  out.push('理赔款收款账户（监护人本人）：', `  户名：${d.n(g.name)}`, `  开户行：${c.bank}${p.home}${pick(['分行营业部', '城东支行', '高新支行'])}`, `  账号：${d.card(c.no, pick(['plain', 'g4']))}`, '');
  out.push('附件：病历、发票、出院小结、监护关系证明（出生证明）', '', sigBlock(d, staff, ag, ag.land));
  return d.finish(out.join('\n'));
}

// 23. 车辆调度单 / 乘车名单
function genBusManifest() {
  const d = new Doc('bus_manifest'); const p = mkProgram(); const ag = p.agency;
  const dr = mkAdult({ city: p.city, male: true, y0: 1966, y1: 1988 }); const c = mkAdult({ city: ag.city, young: true });
  const plate = d.decoy('plate_no', `${pick(['浙A', '皖J', '陕A', '湘G', '京A', '粤B', '苏E', '川A'])}${pick(['', '·'])}${pick('ABCDEFGHJKLMN'.split(''))}${digits(4)}`);
  const n = ri(10, 24); const grps = shuffle(W_GROUP).slice(0, ri(2, 4));
  const out = [`车辆调度单   团号：${d.decoy('tour_no', p.tourNo)}   日期：${p.start}`, `车号：${ri(1, 4)}号车   车牌：${plate}   司机：${d.n(dr.name)}  ${d.m(dr.mobile)}`, `随车辅导员：${d.n(c.name)}  ${d.m(c.mobile, pick(['plain', 'space']))}`, `路线：${p.home}→${d.decoy('camp_name', p.camp)}（途经${d.decoy('scenic_spot', pick(p.spots))}）`, ''];
  out.push(padR('座位', 6) + padR('姓名', 12) + padR('性别', 6) + padR('年级', 8) + padR('组别', 12) + '家长电话');
  for (let i = 1; i <= n; i++) {
    const f = mkFamily({ city: p.home });
    out.push(padR(d.decoy('seat_no', String(i)), 6) + padR(d.n(f.stu.name), 12) + padR(f.stu.gender, 6) + padR(f.stu.grade, 8) + padR(d.decoy('group_name', pick(grps)), 12) + (chance(0.9) ? d.m(f.guardian.mobile) : d.mmask(f.guardian.mobile)));
  }
  out.push('', `实到：____人   ${d.decoy('surname_word', '高速')}服务区停靠不超过15分钟，上下车清点人数。`, `司机签字：__________   辅导员签字：__________`);
  return d.finish(out.join('\n'));
}

// 24. 会议纪要
function genMinutes() {
  const d = new Doc('minutes'); const p = mkProgram(); const ag = p.agency; const sch = school(p.home);
  const host = ag.staff[ri(0, 3)]; const rec = ag.staff[ri(0, 4)];
  const att = [mkAdult({ city: p.home }), mkAdult({ city: p.home }), mkAdult({ city: ag.city, young: true }), mkAdult({ city: ag.city, young: true })];
  const out = [`${p.name}行前${pick(['说明会', '工作协调会', '安全工作会'])}会议纪要`, '',
    `时间：${p.docY}年${p.docM}月${p.docD}日 ${pick(['14:00', '15:30', '19:00'])}`, `地点：${sch.name}${pick(['会议室', '阶梯教室', '三楼报告厅'])}`,
    `主持人：${d.n(host.name)}`, `参会人员：${att.map((a) => d.n(a.name)).join('、')}及家长代表约${ri(20, 80)}人`, `记录人：${d.n(rec.name)}`, '', '一、会议内容'];
  out.push(`1. ${d.ndc(host.name)}介绍了本次行程安排：${p.startCn}出发，前往${p.spots.map((x) => d.decoy('scenic_spot', x)).join('、')}等地，${d.decoy('course_name', pick(p.courses))}安排在第二天下午。`);
  out.push(`2. ${d.ndc(att[0].name)}老师强调安全纪律，要求学生${d.decoy('surname_word', '向导游')}和辅导员报备后方可离开队伍。`);
  out.push(`3. 家长代表询问保险情况，答复：每人投保旅游意外险，保额30万元，理赔由机构统一办理。`);
  out.push(`4. 分组：共分${ri(3, 6)}组，组名沿用${d.decoy('group_name', pick(W_GROUP))}等，名单会后发群。`, '', '二、待办事项');
  const t1 = att[2], t2 = att[3];
  out.push(`（1）补齐保险名单身份证号 —— 负责人：${d.n(t1.name)}（${d.m(t1.mobile)}），${d.decoy('surname_word', '于周五')}前完成`);
  out.push(`（2）过敏学生清单交营地食堂 —— 负责人：${d.n(t2.name)}，电话${d.m(t2.mobile, pick(['plain', 'dash']))}`);
  out.push(`（3）联系${d.decoy('scenic_spot', pick(p.spots))}确认学生团票 —— 负责人：${d.decoy('teacher_title', pick(['罗导', '郑导']))}`);
  if (chance(0.5)) out.push(`（4）家长${d.ndc(mkAdult({ city: p.home }).name)}提出孩子需要单独住宿，会后单独沟通。`);
  out.push('', `下次会议：出发前一天晚上线上召开，具体${d.decoy('surname_word', '时间')}另行通知。`);
  return d.finish(out.join('\n'));
}

// 25. 合同 / 开票信息
function genContractInvoice() {
  const d = new Doc('contract_invoice'); const p = mkProgram(); const ag = p.agency; const sch = school(p.home);
  const legal = mkAdult({ city: ag.city, male: chance(0.7), y0: 1965, y1: 1985 }); const handler = ag.staff[ri(0, 3)];
  const schUscc = genUscc('12', CITIES[sch.city].codes[0]);
  const principal = mkAdult({ city: p.home, y0: 1965, y1: 1980 });
  const corp = pick(['1202', '3301', '6228', '3100', '4100']) + digits(pick([15, 15, 16])); d.dc('bank_card', corp);
  const style = ri(0, 1);
  const out = [];
  if (style === 0) {
    out.push(`${p.name}研学实践教育服务合同`, `合同编号：${d.decoy('contract_no', `YX-${p.docY}-${pad(ri(1, 300), 4)}`)}`, '');
    out.push(`甲方：${sch.name}`, `统一社会信用代码：${d.uscc(schUscc)}`, `负责人：${d.n(principal.name)}`, `联系电话：${sch.land ? d.land(sch.land) : d.m(principal.mobile)}`, '');
    out.push(`乙方：${ag.name}`, `统一社会信用代码：${d.uscc(ag.uscc)}`, `法定代表人：${d.n(legal.name)}`, `经办人：${d.n(handler.name)}   手机：${d.m(handler.mobile)}`, `旅行社业务经营许可证编号：${d.decoy('license_no', `L-${pick(['ZJ', 'BJ', 'SH', 'SC', 'JS', 'GD', 'SN'])}-${pick(['CJ', 'GN'])}${digits(5)}`)}`, '');
    out.push(`第一条 活动时间：${p.start}至${p.end}，共${p.days}天。`, `第二条 参加人数：学生${ri(30, 200)}人，带队教师${ri(2, 10)}人（教师免费）。`, `第三条 费用：每生${d.decoy('price', p.price + '元')}，含交通、食宿、课程、门票、保险。`);
    out.push(`第四条 付款方式：甲方于出发前${pick([3, 5, 7])}个工作日将费用汇入乙方账户：`, `  户名：${ag.name}`, `  开户行：${pick(['中国工商银行', '中国建设银行', '招商银行'])}${ag.city}${pick(['分行营业部', '高新支行', '城东支行', '营业部'])}`, `  账号：${corp}`, '');
    out.push('甲方（盖章）：                      乙方（盖章）：', `代表签字：${d.n(principal.name)}                  代表签字：${d.n(handler.name)}`, `${p.docY}年${p.docM}月${p.docD}日`);
  } else {
    out.push('开票信息', `单位名称：${sch.name}`, `纳税人识别号：${d.uscc(schUscc)}`, `地址、电话：${p.home}市${pick(CITIES[p.home].dist)}${pick(['学院路', '文苑路', '教育路'])}${ri(1, 300)}号 ${sch.land ? d.land(sch.land, 'plain') : ''}`, `开户行及账号：${pick(['中国农业银行', '中国银行'])}${p.home}${pick(['城西支行', '文教支行'])} ${corp}`, '', `发票类型：增值税普通发票  项目：*旅游服务*研学服务费`, `金额：${d.decoy('price', (p.price * ri(30, 80)).toFixed(2))}`, `发票接收邮箱：${d.mail(principal.email)}`, `经办人：${d.n(principal.name)} ${d.m(principal.mobile)}`, '');
    out.push(`已开票：发票代码 ${d.decoy('invoice_code', '0' + pick(['33', '11', '31', '44']) + '00' + digits(7))}  发票号码 ${d.decoy('invoice_no', digits(8))}`);
  }
  return d.finish(out.join('\n'));
}

// 26. 出境游学 护照信息表
function genPassportList() {
  const d = new Doc('passport_list'); const p = mkProgram(); const ag = p.agency;
  const dest = pick([['英国剑桥学术游学营', 'GWF'], ['日本东京科技游学营', 'JP'], ['新加坡双语夏令营', 'SG'], ['澳大利亚悉尼游学营', 'AU'], ['美国波士顿名校营', 'US'], ['香港科技文化交流营', 'HK']]);
  const hk = dest[1] === 'HK';
  const n = ri(6, 20);
  const out = [`${dest[0]} ${p.startDot}-${p.endDot} ${hk ? '港澳通行证' : '护照'}信息收集表`, ''];
  out.push(['序号', '中文姓名', '姓(拼音)', '名(拼音)', '性别', '出生日期', '出生地', hk ? '通行证号码' : '护照号码', '签发日期', '有效期至', '身份证号', '家长手机', hk ? '签注' : '签证申请号'].join(','));
  for (let i = 1; i <= n; i++) {
    const s = mkStudent({ city: p.home, gmin: 4, gmax: 10 }); const par = mkAdult({ city: p.home });
    const iss = randDate(s.age < 16 ? 2021 : 2017, 2023); const exp = `${iss.y + (s.age < 16 ? 5 : 10)}-${pad(iss.m)}-${pad(iss.d)}`;
    const docNo = hk ? (() => { const v = genHkPermit(); d.dc('cn_passport', v); return v; })() : d.pp(genPassport(iss.y >= 2018));
    const visa = hk ? pick(['G', 'L', 'T']) : dest[1] === 'GWF' ? d.decoy('visa_ref', 'GWF0' + digits(8)) : d.decoy('visa_ref', dest[1] + digits(7));
    out.push([i, d.n(s.name), s.nm ? s.nm.sur.p.toUpperCase() : '', s.nm ? s.nm.giv.p.toUpperCase() : '', s.male ? '男/M' : '女/F', s.birth, CITIES[s.city].prov.replace(/省|市$|维吾尔自治区|自治区/, '') + (chance(0.5) ? '/' + (PROV_PY[CITIES[s.city].prov.replace(/省|市$|维吾尔自治区|自治区/, '')] || '') : ''), docNo, `${iss.y}-${pad(iss.m)}-${pad(iss.d)}`, exp, d.id(s.id), d.m(par.mobile), visa].join(','));
  }
  const lead = mkAdult({ city: ag.city, y0: 1980, y1: 1995 });
  const lp = hk ? genHkPermit() : genPassport(true);
  out.push('', `领队：${d.n(lead.name)}  ${hk ? '通行证号' : '护照号'} ${hk ? (d.dc('cn_passport', lp), lp) : d.pp(lp)}  手机 ${d.m(lead.mobile, 'p86s')}`);
  return d.finish(out.join('\n'));
}

// 27. 营员紧急联络卡 (single)
function genEmergencyCard() {
  const d = new Doc('emergency_card'); const p = mkProgram(); const f = mkFamily({ city: p.home }); const s = f.stu;
  const c = mkAdult({ city: p.agency.city, young: true });
  const group = pick(W_GROUP);
  const lines = ['营员紧急联络卡（请随身携带）', '',
    `姓名：${d.n(s.name)}    性别：${s.gender}    年龄：${s.age}`,
    `营员编号：${d.decoy('camper_no', campNo(p, ri(1, 80)))}    组别：${d.decoy('group_name', group)}    房号：${d.decoy('room_no', `${ri(2, 8)}${pad(ri(1, 30))}`)}`,
    `监护人：${d.n(f.guardian.name)}（${f.gRel}）  电话：${d.m(f.guardian.mobile, pick(['plain', 'space', 'dash']))}`,
    `备用联系人：${d.n(f.emerg.name)}（${f.eRel}）  电话：${d.m(f.emerg.mobile)}`,
    `过敏史：${s.allergy || '无'}    血型：${pick(['A', 'B', 'O', 'AB', '不详'])}`,
    `辅导员：${d.n(c.name)}  ${d.m(c.mobile)}`,
    `营地：${d.decoy('camp_name', p.camp)}`];
  if (CITIES[p.city].area) lines.push(`营地医务室：${d.land(genLandline(p.city), pick(['dash', 'paren']))}`);
  lines.push(`机构24小时热线：${d.decoy('service_hotline', p.agency.hotline)}`, '', '如走失请原地等待，或向穿制服的工作人员求助。');
  return d.finish(lines.join('\n'));
}

// 28. 辅导员日志 (notes, mostly prose)
function genCampLog() {
  const d = new Doc('camp_log'); const p = mkProgram(); const c = mkAdult({ city: p.agency.city, young: true });
  const kids = Array.from({ length: 6 }, () => mkFamily({ city: p.home }));
  const g = pick(W_GROUP);
  const out = [`${d.decoy('group_name', g)} 辅导员工作日志  Day${ri(1, p.days)}  ${p.start}`, `记录人：${d.n(c.name)}`, ''];
  out.push(`上午：参观${d.decoy('scenic_spot', pick(p.spots))}，全员到齐。${d.ndc(kids[0].stu.name)}在车上晕车吐了一次，已给晕车贴，之后状态正常。`);
  out.push(`中午：营地食堂午餐，${d.ndc(kids[1].stu.name)}说${d.decoy('surname_word', '常温')}饮料不够，已和后勤沟通。`);
  out.push(`下午：${d.decoy('course_name', pick(p.courses))}，${d.ndc(kids[2].stu.name)}和${d.ndc(kids[3].stu.name)}因为抢工具有小矛盾，已调解。`);
  const k = kids[4];
  out.push(`晚上：${d.ndc(k.stu.name)}想家哭了，联系家长（${d.n(k.guardian.name)} ${d.m(k.guardian.mobile)}）视频后情绪好转。`);
  if (chance(0.6)) { const kk = kids[5]; out.push(`${d.ndc(kk.stu.name)}发烧37.8℃，已送营地医务室，通知了${kk.gRel}，电话${d.m(kk.guardian.mobile, pick(['plain', 'dash']))}，${d.decoy('surname_word', '明早')}复测体温。`); }
  out.push(`21:30 查房完毕，${d.decoy('nickname', pick(W_NICK))}（${d.ndc(kids[2].stu.name)}的小名）带了零食，已没收，结营时还给孩子。`);
  out.push(`明日安排：全组${d.decoy('surname_word', '于明天')}早上6:40起床，7:10早餐，8:00出发。`);
  return d.finish(out.join('\n'));
}

// 29. 保险公司 XML 批量投保报文
const xmlEsc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
function genInsurerXml() {
  const d = new Doc('insurer_xml'); const p = mkProgram(); const ag = p.agency; const ins = pick(INSURERS);
  const contact = ag.staff[ri(0, 3)];
  const n = ri(4, 16);
  const out = ['<?xml version="1.0" encoding="GBK"?>', '<Request>', '  <Head>', `    <TransCode>TA1001</TransCode>`, `    <TransDate>${d.decoy('date', `${p.docY}${pad(p.docM)}${pad(p.docD)}`)}</TransDate>`, `    <TransTime>${TIMES()}</TransTime>`, `    <SerialNo>${d.decoy('serial_no', `${ag.code}${p.docY}${pad(p.docM)}${pad(p.docD)}${digits(6)}`)}</SerialNo>`, `    <ChannelCode>${pick(['TYX', 'LYX', 'WEB'])}${digits(3)}</ChannelCode>`, '  </Head>', '  <Body>',
    `    <ProductCode>${pick(['LYX0', 'TYA1', 'GTY2'])}${digits(3)}</ProductCode>`, `    <StartDate>${p.start} 00:00:00</StartDate>`, `    <EndDate>${p.end} 23:59:59</EndDate>`,
    '    <Applicant>', `      <Name>${xmlEsc(ag.name)}</Name>`, '      <CertType>9</CertType>', `      <CertNo>${d.uscc(ag.uscc)}</CertNo>`, `      <Contact>${d.n(contact.name)}</Contact>`, `      <Mobile>${d.m(contact.mobile)}</Mobile>`, `      <Email>${d.mail(contact.workEmail)}</Email>`, '    </Applicant>', `    <InsuredList count="${n}">`];
  for (let i = 1; i <= n; i++) {
    const s = mkStudent({ city: p.home });
    out.push('      <Insured>', `        <SeqNo>${i}</SeqNo>`, `        <Name>${d.n(s.name)}</Name>`, `        <Sex>${s.male ? 'M' : 'F'}</Sex>`, `        <Birthday>${d.decoy('date', s.birth)}</Birthday>`, '        <CertType>1</CertType>', `        <CertNo>${d.id(s.id)}</CertNo>`, `        <Relation>${pick(['本人', '其他'])}</Relation>`, `        <Beneficiary>法定</Beneficiary>`, '      </Insured>');
  }
  out.push('    </InsuredList>', `    <Premium>${(n * pick([8, 10, 12]) * p.days).toFixed(2)}</Premium>`, '  </Body>', '</Request>');
  return d.finish(out.join('\n'));
}

// 30. 医务室 / 就诊登记
function genMedicalLog() {
  const d = new Doc('medical_log'); const p = mkProgram(); const doc = mkAdult({ city: p.city, y0: 1970, y1: 1990 });
  const n = ri(4, 14); const style = ri(0, 1);
  const out = [`${d.decoy('camp_name', p.camp)}医务室就诊登记（${p.startDot}-${p.endDot}）`];
  if (style === 0) out.push('日期,时间,姓名,性别,年龄,组别,主诉,体温,处理,是否告知家长,告知电话,值班医生');
  else out.push('');
  for (let i = 0; i < n; i++) {
    const f = mkFamily({ city: p.home }); const s = f.stu; const g = pick(W_GROUP);
    const comp = pick(['头痛', '腹泻', '蚊虫叮咬', '擦伤', '发热', '咽痛', '晕车呕吐', '鼻出血', '脚踝扭伤', '过敏起疹']);
    const temp = comp === '发热' ? (37.5 + ri(0, 15) / 10).toFixed(1) : (36.2 + ri(0, 6) / 10).toFixed(1);
    const TREAT = { 头痛: ['休息观察', '口服布洛芬混悬液'], 腹泻: ['蒙脱石散', '口服补液盐'], 蚊虫叮咬: ['炉甘石洗剂外涂'], 擦伤: ['碘伏消毒、创可贴'], 发热: ['物理降温', '口服布洛芬混悬液', '送医（' + p.city + '市人民医院）'], 咽痛: ['多饮水、观察', '含片'], 晕车呕吐: ['休息观察'], 鼻出血: ['压迫止血、冷敷'], 脚踝扭伤: ['冰敷、制动观察', '送医（' + p.city + '市人民医院）'], 过敏起疹: ['氯雷他定片', '送医（' + p.city + '市人民医院）'] };
    const act = pick(TREAT[comp]);
    const told = chance(0.7);
    const vd = new Date(Date.UTC(p.y, p.m - 1, p.d) + ri(0, p.days - 1) * 864e5);
    if (style === 0) out.push([`${vd.getUTCMonth() + 1}/${vd.getUTCDate()}`, TIME(), d.n(s.name), s.gender, s.age, d.decoy('group_name', g), comp, temp, act, told ? '是' : '否', told ? d.m(f.guardian.mobile) : '', d.ndc(doc.name)].join(','));
    else {
      out.push(`【${i + 1}】${d.n(s.name)}，${s.gender}，${s.age}岁，${d.decoy('group_name', g)}`, `  主诉：${comp}  T ${temp}℃`, `  处理：${act}`);
      if (act.startsWith('送医')) out.push(`  就诊信息：身份证 ${d.id(s.id)}，门诊号 ${d.decoy('clinic_no', 'MZ' + p.y + digits(7))}，监护人 ${d.n(f.guardian.name)} ${d.m(f.guardian.mobile)} 已电话同意`);
      else if (told) out.push(`  已告知家长（${d.m(f.guardian.mobile)}）`);
    }
  }
  out.push('', `值班医生：${d.n(doc.name)}   执业证号：${d.decoy('license_no', sd(() => '1' + digits(14)))}`);
  return d.finish(out.join('\n'));
}

// 31. 报名系统日志
function genAppLog() {
  const d = new Doc('app_log'); const p = mkProgram(); const ag = p.agency;
  const out = [];
  const n = ri(10, 28);
  let sec = ri(0, 3000);
  const ts = () => { sec += ri(1, 120); const h = 9 + Math.floor(sec / 3600) % 12, m = Math.floor(sec / 60) % 60, s = sec % 60; return `${p.docDate} ${pad(h)}:${pad(m)}:${pad(s)}.${pad(ri(0, 999), 3)}`; };
  for (let i = 0; i < n; i++) {
    const f = mkFamily({ city: p.home }); const s = f.stu; const r = rnd();
    const tid = Array.from({ length: 16 }, () => pick('0123456789abcdef'.split(''))).join('');
    const on0 = sd(() => `WX${p.docY}${pad(p.docM)}${pad(p.docD)}${digits(9)}`); const on = () => d.decoy('order_no', on0);
    if (r < 0.3) out.push(`${ts()} INFO  [enroll-svc,${tid}] submit ok orderNo=${on()} campId=${p.code}${pad(p.m)}${pad(p.d)} student=${d.n(s.name)} idNo=${d.idmask(s.id, 'mid')} mobile=${d.mmask(f.guardian.mobile)}`);
    else if (r < 0.45) out.push(`${ts()} WARN  [enroll-svc,${tid}] idNo checksum failed: ${d.decoy('bad_id_checksum', badIdChecksum(s.id))} openid=${d.decoy('openid', 'oUpF8u' + Array.from({ length: 22 }, () => pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'.split(''))).join(''))}`);
    else if (r < 0.62) out.push(`${ts()} INFO  [sms-gw,${tid}] send tpl=SMS_${digits(9)} to=${d.m(f.guardian.mobile)} bizId=${d.decoy('sms_biz_id', sd(() => digits(18).replace(/^0/, '7') + '^0'))} resp=OK`);
    else if (r < 0.74) out.push(`${ts()} DEBUG [enroll-svc,${tid}] payload={"studentName":"${d.n(s.name)}","idNo":"${d.id(s.id)}","guardianMobile":"${d.m(f.guardian.mobile)}"}`);
    else if (r < 0.84) out.push(`${ts()} INFO  [pay-notify,${tid}] SUCCESS out_trade_no=${on()} transaction_id=${d.decoy('txn_no', '42000022' + pad(ri(10, 99)) + p.docY + pad(p.docM) + pad(p.docD) + digits(10))} total_fee=${p.price * 100}`);
    else if (r < 0.92) out.push(`${ts()} ERROR [insure-sync,${tid}] push failed code=E1027 msg=证件号码与出生日期不一致 name=${d.n(s.name)} certNo=${d.id(s.id)} birthday=${s.birth.replace(/-(\d\d)$/, (m, x) => '-' + pad(((+x) % 28) + 1))}`);
    else out.push(`${ts()} INFO  [auth,${tid}] login by mobile ${d.mmask(genMobile())} ip=${d.decoy('ip_address', ipCity(p.home))} ua=Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) MicroMessenger/8.0.${ri(40, 50)}`);
  }
  return d.finish(out.join('\n'));
}

// 32. 特殊饮食/过敏统计 (for the camp canteen)
function genDietList() {
  const d = new Doc('diet_list'); const p = mkProgram(); const ag = p.agency;
  const c = mkAdult({ city: ag.city, young: true });
  const n = ri(4, 14);
  const out = [`致${d.decoy('camp_name', p.camp)}食堂：${p.startDot}期营员特殊饮食及过敏统计`, '', '| 姓名 | 组别 | 过敏/禁忌 | 程度 | 家长电话 |', '|---|---|---|---|---|'];
  for (let i = 0; i < n; i++) {
    const f = mkFamily({ city: p.home });
    const a = pick(['花生过敏', '芒果过敏', '海鲜过敏（虾蟹）', '鸡蛋过敏', '牛奶过敏', '清真饮食', '素食', '不吃辣', '麸质过敏', '蚕豆病（禁食蚕豆）']);
    const sev = /过敏/.test(a) ? pick(['轻', '中', '重，需备肾上腺素笔']) : /蚕豆/.test(a) ? '重' : '—';
    out.push(`| ${d.n(f.stu.name)} | ${d.decoy('group_name', pick(W_GROUP))} | ${a} | ${sev} | ${chance(0.85) ? d.m(f.guardian.mobile) : '见报名表'} |`);
  }
  out.push('', `统计人：${d.n(c.name)}  ${d.m(c.mobile)}`, `如有疑问请联系营地负责人，或${d.decoy('surname_word', '马上')}电话告知辅导员。`);
  return d.finish(out.join('\n'));
}


// 33. 行程安排 (itinerary; few persons, many domain words)
const WD = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
function genItinerary() {
  const d = new Doc('itinerary'); const p = mkProgram(); const ag = p.agency;
  const lead = mkAdult({ city: ag.city, y0: 1980, y1: 1995 });
  const start = new Date(Date.UTC(p.y, p.m - 1, p.d));
  const out = [`【${ag.short}】${p.name} 行程安排（${p.days}天${p.days - 1}晚）`, `团号：${d.decoy('tour_no', p.tourNo)}    出发日期：${d.decoy('date', p.start)}    费用：${d.decoy('price', p.price + '元/人')}`, ''];
  const grps = shuffle(W_GROUP).slice(0, 3);
  for (let i = 0; i < p.days; i++) {
    const dt = new Date(start.getTime() + i * 864e5);
    out.push(`D${i + 1}  ${dt.getUTCMonth() + 1}月${dt.getUTCDate()}日 ${WD[dt.getUTCDay()]}`);
    if (i === 0) {
      out.push(`  07:30  ${p.home}${pick(['东站', '南站'])}西广场集合，签到、发营服`);
      out.push(`  08:${pad(ri(10, 50))}  乘${d.decoy('train_no', pick(['G', 'D']) + ri(11, 7999))}次${pick(['高铁', '动车'])}赴${p.city}（二等座）`);
      out.push(`  14:00  开营仪式、分组破冰（${grps.map((g) => d.decoy('group_name', g)).join('/')}）`);
    } else if (i === p.days - 1) {
      out.push(`  09:00  结营仪式、颁发证书，评选优秀营员`);
      out.push(`  13:${pad(ri(0, 59))}  乘${d.decoy('train_no', pick(['G', 'D']) + ri(11, 7999))}次返回，预计${pad(ri(16, 20))}:${pad(ri(0, 59))}到达，请家长准时到${d.decoy('surname_word', '高铁站')}接站`);
    } else {
      out.push(`  08:30  ${d.decoy('scenic_spot', pick(p.spots))}研学：${pick(['实地考察', '研学手册任务', '讲解员带领参观', '小组课题调研'])}`);
      out.push(`  14:00  ${d.decoy('course_name', pick(p.courses))}（${d.decoy('teacher_title', pick(T_TEACH))}授课）`);
      out.push(`  19:00  ${pick(['研学分享会', '篝火晚会', '观星', '写研学日记', '小组汇报'])}`);
    }
    out.push(`  住宿：${i === p.days - 1 ? '—' : d.decoy('camp_name', p.camp)}`, '');
  }
  out.push('费用包含：往返交通、住宿、餐饮、课程及材料、门票、旅游意外险、营服');
  out.push('费用不含：个人消费、因个人原因产生的额外费用');
  out.push(`注意事项：${d.decoy('surname_word', '全程')}不建议携带手机，每晚20:00-20:30统一发放手机与家长通话；贵重物品自行保管。`);
  out.push('', `领队：${d.n(lead.name)}  ${d.m(lead.mobile)}    24小时热线：${d.decoy('service_hotline', ag.hotline)}`);
  return d.finish(out.join('\n'));
}

// 34. 课程表 (timetable)
function genTimetable() {
  const d = new Doc('timetable'); const p = mkProgram();
  const grps = shuffle(W_GROUP).slice(0, ri(3, 4));
  const slots = ['08:30-10:00', '10:20-11:50', '14:00-15:30', '15:50-17:20', '19:00-20:30'];
  const courses = [...new Set([...p.courses, ...shuffle(W_COURSE).slice(0, 4)])];
  const out = [`${d.decoy('camp_name', p.camp)} ${p.startDot}期 课程安排表（第${ri(1, p.days)}天）`, '', '| 时间 | ' + grps.map((g) => d.decoy('group_name', g)).join(' | ') + ' |', '|---|' + grps.map(() => '---').join('|') + '|'];
  for (const sl of slots) {
    out.push(`| ${sl} | ` + grps.map(() => `${d.decoy('course_name', pick(courses))}（${d.decoy('teacher_title', pick(T_TEACH))}/${d.decoy('room_no', pick(['A', 'B', 'C']) + ri(101, 305))}）`).join(' | ') + ' |');
  }
  const m = mkAdult({ city: p.agency.city, y0: 1982, y1: 1996 });
  out.push('', `雨天预案：户外课程改为室内${d.decoy('course_name', pick(['陶艺课', '非遗剪纸课', '鲁班锁制作']))}，${d.decoy('surname_word', pick(['于明天', '明早']))}7:00前群内通知。`, `教务：${d.n(m.name)} ${d.m(m.mobile)}`);
  return d.finish(out.join('\n'));
}

// 35. 脱敏导出 (masked order export)
function genMaskedExport() {
  const d = new Doc('masked_export'); const p = mkProgram(); const ag = p.agency;
  const n = ri(8, 20);
  const out = [`${ag.short}订单导出（已脱敏）  导出时间：${d.decoy('timestamp', `${p.docDate} ${TIMES()}`)}`, '订单编号,下单时间,营期,营员,证件号,联系人,联系电话,实付金额,支付方式,状态'];
  for (let i = 0; i < n; i++) {
    const f = mkFamily({ city: p.home }); const s = f.stu;
    const mName = s.nm ? (s.name.length === 2 ? s.name[0] + '*' : s.name[0] + '*' + s.name.slice(-1)) : s.name.slice(0, 2) + '***';
    const gName = f.guardian.name[0] + pick(['*', '**', '某']);
    out.push([d.decoy('order_no', orderNo(pick(['DD', 'YX', 'SO']), p)), d.decoy('timestamp', regTime(p)), d.decoy('camp_code', `${p.code}${pad(p.m)}${pad(p.d)}`), d.decoy('masked_name', mName), d.idmask(s.id, pick(['mid', 'tail', 'mid'])), d.decoy('masked_name', gName), d.mmask(f.guardian.mobile), d.decoy('price', (p.price - pick([0, 0, 200, 300])).toFixed(2)), pick(['微信支付', '支付宝', '对公转账']), pick(['已支付', '已支付', '已退款', '待出行'])].join(','));
  }
  const op = ag.staff[ri(0, 3)];
  out.push('', `导出人：${d.n(op.name)}（${op.title}）  用途：${pick(['保险核对', '月度对账', '学校报备'])}`);
  return d.finish(out.join('\n'));
}

// 36. 报价单 (quote to a school)
function genQuote() {
  const d = new Doc('quote'); const p = mkProgram(); const ag = p.agency; const sch = school(p.home);
  const staff = ag.staff[ri(0, 3)]; const t = mkAdult({ city: p.home });
  const items = [
    [`${pick(['高铁二等座', '动车二等座', '旅游大巴'])}（${p.home}—${p.city}往返）`, ri(120, 900)],
    [`住宿（${d.decoy('camp_name', p.camp)}，${p.days - 1}晚）`, ri(80, 260) * (p.days - 1)],
    [`餐费（${p.days}天，早餐+正餐）`, ri(60, 120) * p.days],
    [`${d.decoy('scenic_spot', pick(p.spots))}门票（学生票）`, ri(0, 120)],
    [`课程：${d.decoy('course_name', pick(p.courses))}（含材料）`, ri(80, 300)],
    ['旅游意外险', ri(20, 60)],
    ['研学手册、营服、证书', ri(50, 120)],
    ['带队及辅导员服务费', ri(200, 600)]];
  const out = [`${ag.name}`, `研学活动报价单`, '', `致：${sch.name}  ${d.decoy('teacher_title', t.name.slice(0, 1) + '老师')}`, `项目：${p.name}（${p.days}天）   人数：${ri(40, 300)}人   报价日期：${d.decoy('date', p.docDate)}`, '', '| 项目 | 单价（元/人） |', '|---|---|'];
  let sum = 0; for (const [k, v] of items) { sum += v; out.push(`| ${k} | ${d.decoy('price', String(v))} |`); }
  out.push(`| 合计 | ${d.decoy('price', String(sum))} |`, '', `说明：每${ri(10, 15)}名学生配1名辅导员，教师免费；报价有效期至${d.decoy('date', `${p.docY}-${pad(Math.min(12, p.docM + 1))}-${pad(ri(1, 28))}`)}。`, '');
  out.push(`报价人：${d.n(staff.name)}  ${staff.title}`, `手机：${d.m(staff.mobile, pick(['plain', 'dash']))}`, ag.land ? `电话：${d.land(ag.land)}` : null, `邮箱：${d.mail(staff.workEmail)}`);
  return d.finish(out.filter((x) => x !== null).join('\n'));
}

// ═════════════════════════════ main ═════════════════════════════
const PLAN = [
  [genSignupCsv, 14], [genSignupWjx, 10], [genSignupTsv, 9], [genInsuranceRoster, 14], [genInsurerReply, 9], [genFlightPax, 8],
  [genTrainPax, 10], [genRoomList, 10], [genGroupList, 10], [genParentChat, 16], [genPaymentRecord, 12], [genRefundForm, 12],
  [genRefundBatch, 10], [genSafetyLetterOcr, 16], [genPickupSheet, 10], [genHealthDecl, 12], [genStaffRoster, 10], [genSupplierContacts, 8],
  [genSmsLog, 9], [genMiniJson, 10], [genSchoolMail, 16], [genClaimMail, 7], [genBusManifest, 8], [genMinutes, 7],
  [genContractInvoice, 8], [genPassportList, 7], [genEmergencyCard, 10], [genCampLog, 9], [genInsurerXml, 6], [genMedicalLog, 7],
  [genAppLog, 12], [genDietList, 7], [genItinerary, 16], [genTimetable, 13], [genMaskedExport, 18], [genQuote, 12],
];
const docs = [];
{
  const left = PLAN.map(([g, n]) => ({ g, n }));
  const counters = {};
  let any = true;
  while (any) {
    any = false;
    for (const x of left) {
      if (x.n <= 0) continue;
      any = true; x.n--;
      const doc = x.g();
      counters[doc.kind] = (counters[doc.kind] || 0) + 1;
      docs.push({ id: `stt-${doc.kind}-${counters[doc.kind]}`, ...doc });
    }
  }
}

// ───────────────────────────── self-check ─────────────────────────────
const errors = [];
const err = (doc, msg) => { if (errors.length < 60) errors.push(`${doc.id}: ${msg}`); };
const NAME_DECOY_KINDS = new Set(['camp_name', 'scenic_spot', 'course_name', 'group_name', 'nickname', 'chat_nickname', 'teacher_title', 'title_form', 'surname_word', 'school_name', 'masked_name', 'pickup_note', 'company_name']);
function valueValid(det, v) {
  switch (det) {
    case 'cn_resident_id': return validId(v);
    case 'cn_mobile': return ALLOC.test(v);
    case 'bank_card': return /^\d{16,19}$/.test(v) && luhnOk(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v);
    case 'cn_uscc': return usccValid(v);
    case 'cn_passport': return /^(E[A-HJ-NP-Z]\d{7}|E\d{8}|G\d{8})$/.test(v);
    case 'cn_landline': {
      const a3 = v.slice(0, 3), a4 = v.slice(0, 4);
      for (const c of Object.values(CITIES)) if (c.area && (c.area === a3 || c.area === a4) && v.length === c.area.length + c.len && /^[2-8]/.test(v.slice(c.area.length))) return true;
      return false;
    }
    case 'person_name_zh': return /^[\u4e00-\u9fa5·]{2,16}$/.test(v);
  }
  return false;
}
function occurs(det, v, text) {
  const t = text.normalize('NFKC');
  if (det === 'person_name_zh') return text.replace(/[\s\u3000]/g, '').includes(v);
  if (det === 'email') return t.toLowerCase().includes(v);
  if (det === 'cn_passport' || det === 'cn_uscc') return new RegExp('(^|[^0-9A-Za-z])' + v + '($|[^0-9A-Za-z])', 'i').test(t);
  const sep = det === 'cn_landline' ? '[\\s\\-()]*' : '[\\s\\-]*';
  const re = new RegExp('(^|[^0-9]|\\+86|0086|\\(\\+86\\))' + v.split('').map((c) => (c === 'X' ? '[Xx]' : c)).join(sep) + '($|[^0-9])');
  return re.test(t);
}
const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
for (const doc of docs) {
  const ent = new Set(doc.entities.map((e) => e.detector + '|' + e.value));
  const dc = new Set(doc.dontCare.map((e) => e.detector + '|' + e.value));
  const labeledVals = new Set([...doc.entities, ...doc.dontCare].map((e) => e.value));
  for (const e of doc.entities) {
    if (!valueValid(e.detector, e.value)) err(doc, `invalid entity ${e.detector} ${e.value}`);
    if (!occurs(e.detector, e.value, doc.text)) err(doc, `entity not in text ${e.detector} ${e.value}`);
    if (dc.has(e.detector + '|' + e.value)) err(doc, `entity also dontCare ${e.value}`);
  }
  for (const x of doc.decoys) {
    if (!doc.text.includes(x.text)) err(doc, `decoy not in text ${x.kind} ${x.text}`);
    const xd = x.text.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
    for (const e of doc.entities) {
      const ev = e.value.toUpperCase();
      if (xd === ev) err(doc, `decoy equals entity ${x.text}`);
      if (e.detector === 'person_name_zh' && (x.text.includes(e.value) || (NAME_DECOY_KINDS.has(x.kind) && e.value.includes(x.text)))) err(doc, `decoy/name overlap ${x.text} ~ ${e.value}`);
    }
    if (!/^(bad_mobile_prefix)$/.test(x.kind) && numValid(x.text)) err(doc, `decoy validates: ${x.kind} ${x.text}`);
    if (x.kind === 'bad_mobile_prefix' && ALLOC.test(x.text)) err(doc, `bad mobile is allocated ${x.text}`);
  }
  // unlabeled valid digit runs
  const tn = doc.text.normalize('NFKC');
  for (const r of runsOf(doc.text)) {
    const v = r.v.toUpperCase();
    let a0 = r.i, b0 = r.i + r.v.length; while (a0 > 0 && /[0-9A-Za-z]/.test(tn[a0 - 1])) a0--; while (b0 < tn.length && /[0-9A-Za-z]/.test(tn[b0])) b0++;
    if (labeledVals.has(tn.slice(a0, b0).toUpperCase())) continue; // run inside a labelled USCC / passport
    for (const det of runValidAs(v)) {
      const norm = det === 'cn_resident_id' && v.length === 15 ? null : v;
      if (norm && (ent.has(det + '|' + norm) || dc.has(det + '|' + norm))) continue;
      if (labeledVals.has(v)) continue; // e.g. an ID that also passes Luhn / MOD 31: the labelled detector wins
      if (/^[A-Za-z]$/.test(r.prev) && det !== 'cn_mobile') { /* letter-prefixed serials are checked below */ }
      err(doc, `unlabelled valid ${det} run ${v}`);
    }
  }
  // unlabeled e-mail look-alikes
  for (const m of doc.text.normalize('NFKC').matchAll(EMAIL_RE)) {
    const v = m[0].toLowerCase();
    if (ent.has('email|' + v) || dc.has('email|' + v)) continue;
    if (doc.decoys.some((x) => x.text.normalize('NFKC').toLowerCase().includes(v))) continue;
    err(doc, `unlabelled e-mail ${v}`);
  }
  const ids = new Set(); for (const e of doc.entities) { const k = e.detector + '|' + e.value; if (ids.has(k)) err(doc, 'duplicate entity'); ids.add(k); }
}
if (new Set(docs.map((d) => d.id)).size !== docs.length) errors.push('duplicate document ids');

// ───────────────────────────── output + summary ─────────────────────────────
const outPath = process.argv[2];
if (!outPath) { console.error('usage: node studytours.mjs OUT.jsonl'); process.exit(2); }
if (errors.length) { console.error('SELF-CHECK FAILED:\n' + errors.join('\n')); process.exit(1); }
writeFileSync(outPath, docs.map((d) => JSON.stringify({ id: d.id, kind: d.kind, text: d.text, entities: d.entities, dontCare: d.dontCare, decoys: d.decoys })).join('\n') + '\n');
const perKind = {}, perDet = {}, perDc = {}, perDecoy = {};
for (const d of docs) {
  perKind[d.kind] = (perKind[d.kind] || 0) + 1;
  for (const e of d.entities) perDet[e.detector] = (perDet[e.detector] || 0) + 1;
  for (const e of d.dontCare) perDc[e.detector] = (perDc[e.detector] || 0) + 1;
  for (const x of d.decoys) perDecoy[x.kind] = (perDecoy[x.kind] || 0) + 1;
}
const tot = (o) => Object.values(o).reduce((a, b) => a + b, 0);
console.log(`studytours: ${docs.length} documents, ${Object.keys(perKind).length} kinds -> ${outPath}`);
console.log('documents per kind:', JSON.stringify(perKind));
console.log(`entities (${tot(perDet)}):`, JSON.stringify(perDet));
console.log(`dontCare (${tot(perDc)}):`, JSON.stringify(perDc));
console.log(`decoys (${tot(perDecoy)}):`, JSON.stringify(perDecoy));
console.log('self-check: ok');
