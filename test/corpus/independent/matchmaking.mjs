#!/usr/bin/env node
// matchmaking.mjs — independent labelled test corpus for listguard.
//
// Theme: personal data at marriage / dating agencies (婚介所, 婚恋公司) and at
// 相亲 events: 会员资料 profiles (基本资料 + 择偶要求), 红娘 follow-up notes,
// 见面安排 lists, 见面反馈表, 相亲会 报名 and 签到 exports, online dating app
// exports (JSON, CSV, 提现 records) with nicknames and 实名认证, 实名认证 logs,
// 付费 / 退费 records with bank cards, 投诉 records, 服务合同 (PDF text),
// CRM XML, matching-engine logs, store meeting minutes, parents' hand-written
// 相亲角 cards (OCR), old paper archives with 15-digit IDs (OCR), WeChat chats
// between 红娘 and members, SMS notices and mail bodies.
//
// Usage:   node matchmaking.mjs OUT.jsonl
// Output:  one JSON object per line:
//   {"id":"mm-<kind>-<n>","kind":"<kind>","text":"...",
//    "entities":[{"detector":"...","value":"..."}],  // must be reported (unique per doc)
//    "dontCare":[{"detector":"...","value":"..."}],  // either answer is fine
//    "decoys":[{"kind":"...","text":"..."}]}         // must NOT be reported
// Normalisation of values: cn_resident_id 18 chars with upper-case X (legacy
// 15-digit numbers upgraded to 18); cn_mobile 11 digits (no +86, no
// separators); cn_landline digits with leading 0 + area code, no separators;
// email lower-case; bank_card digits only; cn_passport / cn_uscc upper-case;
// person_name_zh the name as written, without spaces, titles or pinyin.
// Decoys carry their exact text as written in the document.
//
// Written in session 27 by a helper that never read src/, rules/ or test/,
// from cn-formats.md and DESIGN.md only.
//
// All data is synthetic: names are drawn from surname / given-name tables,
// check digits (GB 11643 MOD 11-2, Luhn, GB 32100 MOD 31 + GB 11714) are
// computed here, region codes and mobile prefixes are real allocations.
// Deterministic (own mulberry32 PRNG, fixed seed), no clock, no I/O but OUT.

import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node matchmaking.mjs OUT.jsonl'); process.exit(2); }

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x6d6d1b27);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const pad = (n, w) => String(n).padStart(w, '0');
function wpick(pairs) { // [[value, weight], ...]
  let t = 0; for (const [, w] of pairs) t += w;
  let r = rnd() * t;
  for (const [v, w] of pairs) { r -= w; if (r < 0) return v; }
  return pairs[pairs.length - 1][0];
}
function shuffle(a) { const b = a.slice(); for (let i = b.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [b[i], b[j]] = [b[j], b[i]]; } return b; }
function sample(a, k) { return shuffle(a).slice(0, k); }
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };

// ---------------------------------------------------------------- calendar
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const dim = (y, m) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
function randDate(y1, y2, mMax = 12) {
  const y = ri(y1, y2); const m = ri(1, y === 2025 ? Math.min(mMax, 6) : mMax);
  return { y, m, d: ri(1, dim(y, m)) };
}
function addDays(dt, n) {
  const t = new Date(Date.UTC(dt.y, dt.m - 1, dt.d) + n * 86400000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
const ymd = (dt, sep = '-') => `${dt.y}${sep}${pad(dt.m, 2)}${sep}${pad(dt.d, 2)}`;
const cnd = (dt) => `${dt.y}年${dt.m}月${dt.d}日`;
const WEEK = ['日', '一', '二', '三', '四', '五', '六'];
const wday = (dt) => WEEK[new Date(Date.UTC(dt.y, dt.m - 1, dt.d)).getUTCDay()];
const hm = () => `${pad(ri(8, 21), 2)}:${pad(ri(0, 59), 2)}`;
const hms = () => `${pad(ri(8, 22), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`;
function clockFrom(h0, maxStep = 900) { // increasing HH:MM:SS within one day
  let t = h0 * 3600 + ri(0, 1800);
  return () => { t = Math.min(t + ri(3, maxStep), 86399); return `${pad(Math.floor(t / 3600), 2)}:${pad(Math.floor(t / 60) % 60, 2)}:${pad(t % 60, 2)}`; };
}
function epochMs(dt, h = ri(0, 23), mi = ri(0, 59), s = ri(0, 59)) {
  return Date.UTC(dt.y, dt.m - 1, dt.d, h, mi, s) - 8 * 3600000 + ri(0, 999);
}

// ---------------------------------------------------------------- check algorithms
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += (+b17[i]) * ID_W[i]; return '10X98765432'[s % 11]; }
function luhnOk(n) {
  let s = 0, dbl = false;
  for (let i = n.length - 1; i >= 0; i--) { let d = +n[i]; if (dbl) { d *= 2; if (d > 9) d -= 9; } s += d; dbl = !dbl; }
  return s % 10 === 0;
}
function luhnDigit(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c); throw new Error('luhn'); }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
function orgCheck(b8) {
  const w = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0;
  for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * w[i]; }
  const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

// ---------------------------------------------------------------- regions (GB/T 2260, real county codes)
const REGIONS = [
  ['110105', '北京朝阳'], ['110108', '北京海淀'], ['110102', '北京西城'], ['110106', '北京丰台'],
  ['310104', '上海徐汇'], ['310115', '上海浦东'], ['310110', '上海杨浦'], ['310112', '上海闵行'],
  ['320102', '南京玄武'], ['320106', '南京鼓楼'], ['320583', '苏州昆山'], ['320506', '苏州吴中'],
  ['320411', '常州新北'], ['321002', '扬州广陵'], ['330106', '杭州西湖'], ['330108', '杭州滨江'],
  ['330203', '宁波海曙'], ['330302', '温州鹿城'], ['330702', '金华婺城'], ['440106', '广州天河'],
  ['440305', '深圳南山'], ['440304', '深圳福田'], ['441302', '惠州惠城'], ['440604', '佛山禅城'],
  ['420106', '武汉武昌'], ['420111', '武汉洪山'], ['430104', '长沙岳麓'], ['430102', '长沙芙蓉'],
  ['510107', '成都武侯'], ['510104', '成都锦江'], ['500103', '重庆渝中'], ['500112', '重庆渝北'],
  ['610113', '西安雁塔'], ['410105', '郑州金水'], ['411602', '周口川汇'], ['370102', '济南历下'],
  ['370212', '青岛崂山'], ['350102', '福州鼓楼'], ['350203', '厦门思明'], ['340104', '合肥蜀山'],
  ['340802', '安庆迎江'], ['360102', '南昌东湖'], ['130102', '石家庄长安'], ['130203', '唐山路北'],
  ['140105', '太原小店'], ['210102', '沈阳和平'], ['220102', '长春南关'], ['230103', '哈尔滨南岗'],
  ['450103', '南宁青秀'], ['460106', '海口龙华'], ['520102', '贵阳南明'], ['530102', '昆明五华'],
  ['620102', '兰州城关'], ['640104', '银川兴庆'], ['650102', '乌鲁木齐天山'], ['150102', '呼和浩特新城'],
  ['120101', '天津和平'], ['341002', '黄山屯溪'], ['371302', '临沂兰山'], ['411302', '南阳宛城'],
];
const REGION_SET = new Set(REGIONS.map((r) => r[0]));
// regions that already existed in the 1980s (used for 15-digit legacy IDs)
const OLD_REGIONS = ['110105', '110108', '110102', '310104', '310110', '320102', '320106', '330106', '420106', '440106', '510107', '610113', '370102', '210102', '230103', '120101'];

// ---------------------------------------------------------------- names
const SUR = [
  ['王', 'wang', 10], ['李', 'li', 10], ['张', 'zhang', 9], ['刘', 'liu', 8], ['陈', 'chen', 8], ['杨', 'yang', 5],
  ['黄', 'huang', 5], ['赵', 'zhao', 5], ['吴', 'wu', 5], ['周', 'zhou', 5], ['徐', 'xu', 3], ['孙', 'sun', 3],
  ['马', 'ma', 3], ['朱', 'zhu', 3], ['胡', 'hu', 3], ['郭', 'guo', 3], ['何', 'he', 3], ['高', 'gao', 3],
  ['林', 'lin', 3], ['罗', 'luo', 3], ['郑', 'zheng', 3], ['梁', 'liang', 3], ['谢', 'xie', 2], ['宋', 'song', 2],
  ['唐', 'tang', 2], ['许', 'xu', 2], ['韩', 'han', 2], ['冯', 'feng', 2], ['邓', 'deng', 2], ['曹', 'cao', 2],
  ['彭', 'peng', 2], ['曾', 'zeng', 2], ['肖', 'xiao', 2], ['田', 'tian', 2], ['董', 'dong', 2], ['袁', 'yuan', 2],
  ['潘', 'pan', 2], ['于', 'yu', 2], ['蒋', 'jiang', 2], ['蔡', 'cai', 2], ['余', 'yu', 1], ['杜', 'du', 1],
  ['叶', 'ye', 1], ['程', 'cheng', 1], ['苏', 'su', 1], ['魏', 'wei', 1], ['吕', 'lv', 1], ['丁', 'ding', 1],
  ['任', 'ren', 1], ['沈', 'shen', 1], ['姚', 'yao', 1], ['卢', 'lu', 1], ['姜', 'jiang', 1], ['崔', 'cui', 1],
  ['钟', 'zhong', 1], ['谭', 'tan', 1], ['陆', 'lu', 1], ['汪', 'wang', 1], ['范', 'fan', 1], ['金', 'jin', 1],
  ['石', 'shi', 1], ['廖', 'liao', 1], ['贾', 'jia', 1], ['夏', 'xia', 1], ['韦', 'wei', 1], ['付', 'fu', 1],
  ['方', 'fang', 1], ['白', 'bai', 1], ['邹', 'zou', 1], ['孟', 'meng', 1], ['熊', 'xiong', 1], ['秦', 'qin', 1],
  ['邱', 'qiu', 1], ['江', 'jiang', 1], ['尹', 'yin', 1], ['薛', 'xue', 1], ['闫', 'yan', 1], ['段', 'duan', 1],
  ['雷', 'lei', 1], ['侯', 'hou', 1], ['龙', 'long', 1], ['史', 'shi', 1], ['陶', 'tao', 1], ['黎', 'li', 1],
  ['贺', 'he', 1], ['顾', 'gu', 1], ['毛', 'mao', 1], ['郝', 'hao', 1], ['龚', 'gong', 1], ['邵', 'shao', 1],
  ['万', 'wan', 1], ['钱', 'qian', 1], ['严', 'yan', 1], ['覃', 'qin', 0.5], ['武', 'wu', 1], ['戴', 'dai', 1],
  ['莫', 'mo', 0.7], ['孔', 'kong', 0.7], ['向', 'xiang', 0.7], ['常', 'chang', 0.7], ['易', 'yi', 0.7], ['安', 'an', 0.5],
  ['文', 'wen', 0.5], ['欧阳', 'ouyang', 0.6], ['上官', 'shangguan', 0.2], ['司马', 'sima', 0.15], ['诸葛', 'zhuge', 0.15],
  ['司徒', 'situ', 0.2], ['皇甫', 'huangfu', 0.1], ['令狐', 'linghu', 0.1], ['慕容', 'murong', 0.08],
];
const GM = [['伟', 'wei'], ['强', 'qiang'], ['磊', 'lei'], ['军', 'jun'], ['勇', 'yong'], ['杰', 'jie'], ['涛', 'tao'], ['斌', 'bin'], ['超', 'chao'], ['明', 'ming'],
  ['刚', 'gang'], ['平', 'ping'], ['辉', 'hui'], ['鹏', 'peng'], ['华', 'hua'], ['飞', 'fei'], ['鑫', 'xin'], ['波', 'bo'], ['宇', 'yu'], ['浩', 'hao'],
  ['凯', 'kai'], ['健', 'jian'], ['俊', 'jun'], ['帆', 'fan'], ['亮', 'liang'], ['晨', 'chen'], ['博', 'bo'], ['轩', 'xuan'], ['昊', 'hao'], ['旭', 'xu'],
  ['东', 'dong'], ['峰', 'feng'], ['志', 'zhi'], ['建', 'jian'], ['国', 'guo'], ['海', 'hai'], ['永', 'yong'], ['家', 'jia'], ['子', 'zi'], ['嘉', 'jia'],
  ['泽', 'ze'], ['铭', 'ming'], ['睿', 'rui'], ['毅', 'yi'], ['振', 'zhen'], ['立', 'li'], ['康', 'kang'], ['天', 'tian'], ['彬', 'bin'], ['航', 'hang'],
  ['恒', 'heng'], ['文', 'wen'], ['宁', 'ning'], ['阳', 'yang'], ['思', 'si'], ['一', 'yi'], ['卫', 'wei'], ['晓', 'xiao'], ['成', 'cheng'], ['然', 'ran']];
const GF = [['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['艳', 'yan'], ['娟', 'juan'], ['霞', 'xia'], ['燕', 'yan'], ['玲', 'ling'],
  ['婷', 'ting'], ['雪', 'xue'], ['琳', 'lin'], ['倩', 'qian'], ['颖', 'ying'], ['璐', 'lu'], ['佳', 'jia'], ['欣', 'xin'], ['怡', 'yi'], ['蕾', 'lei'],
  ['萍', 'ping'], ['红', 'hong'], ['洁', 'jie'], ['琪', 'qi'], ['慧', 'hui'], ['晶', 'jing'], ['媛', 'yuan'], ['薇', 'wei'], ['月', 'yue'], ['瑶', 'yao'],
  ['蓉', 'rong'], ['丹', 'dan'], ['梦', 'meng'], ['菲', 'fei'], ['悦', 'yue'], ['露', 'lu'], ['晓', 'xiao'], ['思', 'si'], ['雨', 'yu'], ['曼', 'man'],
  ['莉', 'li'], ['雯', 'wen'], ['晴', 'qing'], ['诗', 'shi'], ['珊', 'shan'], ['妍', 'yan'], ['秀', 'xiu'], ['兰', 'lan'], ['梅', 'mei'], ['春', 'chun'],
  ['婉', 'wan'], ['楠', 'nan'], ['可', 'ke'], ['心', 'xin'], ['若', 'ruo'], ['佩', 'pei'], ['桂', 'gui'], ['凤', 'feng'], ['淑', 'shu'], ['美', 'mei']];
// common two-character given names (most generated names use these)
const GM2 = 'haoran:浩然 zixuan:子轩 yuhang:宇航 junjie:俊杰 zhiqiang:志强 weidong:伟东 xiaodong:晓东 jiahao:家豪 zihao:子豪 mingxuan:明轩 bowen:博文 tianyu:天宇 haoyu:浩宇 zhiming:志明 yongqiang:永强 haitao:海涛 wenbo:文博 jiawei:嘉伟 guodong:国栋 pengfei:鹏飞 zhenyu:振宇 jianjun:建军 lixin:立新 chenyang:晨阳 yiming:一鸣 hongwei:宏伟 xiaofeng:晓峰 zeyu:泽宇 siyuan:思远 junhao:俊豪 zhiwei:志伟 haifeng:海峰 yadong:亚东 xudong:旭东 jiale:家乐 jianfeng:剑锋 kai:凯 wei:伟 lei:磊 yang:洋 tao:涛 bin:斌 chao:超 peng:鹏 jie:杰 qiang:强 jun:军 gang:刚 liang:亮 xin:鑫 yu:宇 hao:浩 zhe:哲 rui:睿 chen:晨 fan:帆 hang:航 yi:毅 jiaming:嘉明 zhihao:志豪 shaohua:少华 wenjie:文杰 xiaolong:晓龙 jianhui:建辉 guoqing:国庆 yongjun:永军 dapeng:大鹏 xiaoming:晓明 kaiwen:凯文 yunfei:云飞 tianming:天明 shuai:帅 long:龙 hui:辉 jian:健 bo:博 ning:宁 xiang:翔 sen:森 lin:林 ming:明'.split(' ').map((x) => { const [py, c] = x.split(':'); return [c, py]; });
const GF2 = 'yuhan:雨涵 xinyi:欣怡 zihan:梓涵 shihan:诗涵 wanqing:婉清 siqi:思琪 xiaoyan:晓燕 lijuan:丽娟 tingting:婷婷 jingyi:静怡 jiayi:佳怡 yaqin:雅琴 xuemei:雪梅 xiaomin:晓敏 haiyan:海燕 yanhong:艳红 chunmei:春梅 meiling:美玲 yuting:玉婷 huimin:慧敏 mengyao:梦瑶 jiahui:佳慧 jingjing:晶晶 qianqian:倩倩 yinuo:一诺 zixuan:子萱 xinyue:欣悦 yuxin:雨欣 mengqi:梦琪 siyu:思雨 jiaxin:佳欣 lili:莉莉 yanan:亚楠 xiaoli:晓丽 jing:静 fang:芳 na:娜 min:敏 li:丽 yan:艳 ting:婷 xue:雪 lin:琳 qian:倩 ying:颖 lu:璐 yue:悦 dan:丹 juan:娟 xia:霞 hong:红 jie:洁 qi:琪 hui:慧 wei:薇 shan:珊 lei:蕾 ping:萍 meng:梦 xiaoxue:晓雪 shuang:爽 ruoxi:若曦 keke:可可 shiyu:诗雨 yiran:怡然 wenting:文婷 lijun:丽君 hongyan:红艳 xiaohong:晓红 yaoyao:瑶瑶 yiyi:依依 shuting:舒婷 ziyi:紫怡 jiaqi:佳琪 sijia:思佳 mengjie:梦洁 xiaoqing:晓晴 ruotong:若彤 peipei:佩佩 nannan:楠楠 xinran:欣然 qiuyue:秋月 xiaoyu:晓雨'.split(' ').map((x) => { const [py, c] = x.split(':'); return [c, py]; });
// parents' generation (born 1950s-60s)
const GM_OLD = [['建国', 'jianguo'], ['国强', 'guoqiang'], ['卫东', 'weidong'], ['建华', 'jianhua'], ['志刚', 'zhigang'], ['德明', 'deming'], ['国平', 'guoping'],
  ['永生', 'yongsheng'], ['庆丰', 'qingfeng'], ['长林', 'changlin'], ['福生', 'fusheng'], ['宝山', 'baoshan'], ['金水', 'jinshui'], ['红军', 'hongjun'], ['跃进', 'yuejin']];
const GF_OLD = [['秀英', 'xiuying'], ['桂英', 'guiying'], ['玉兰', 'yulan'], ['淑珍', 'shuzhen'], ['凤英', 'fengying'], ['美华', 'meihua'], ['丽华', 'lihua'],
  ['建英', 'jianying'], ['素芬', 'sufen'], ['桂芳', 'guifang'], ['红梅', 'hongmei'], ['爱华', 'aihua'], ['小红', 'xiaohong'], ['玉梅', 'yumei'], ['翠萍', 'cuiping']];
// minority names (written with the middle dot) and Tibetan names
const MINORITY = [
  ['阿依古丽·买买提', '女', 'ayiguli'], ['迪丽努尔·艾力', '女', 'dilinuer'], ['古丽米拉·热合曼', '女', 'gulimila'], ['热依拉·吐尔逊', '女', 'reyila'],
  ['艾尔肯·吐尔逊', '男', 'aierken'], ['买买提江·阿不都', '男', 'maimaitijiang'], ['阿卜杜拉·艾山', '男', 'abudula'], ['扎西顿珠', '男', 'zhaxi'],
  ['卓玛央金', '女', 'zhuoma'], ['巴图孟和', '男', 'batu'],
];
// words that could be taken for names but are not; never generated as names
const NAME_BLACKLIST = new Set(['金华', '安静', '文静', '文明', '高峰', '江宁', '向阳', '安宁', '安康', '文华', '高超', '高飞', '常州', '万宁', '高明',
  '于是', '方便', '白云', '明月', '高兴', '向东', '江海', '石林', '龙华', '黄山', '周口', '高杰', '金鑫', '常平', '安平', '宋江', '史明', '田园', '程序',
  '文思', '方正', '万家', '万达', '高雪', '白雪', '马超', '余生', '叶子', '常乐', '林海', '石磊磊', '海阳', '华阳', '邓超', '黄晓明', '杨幂', '刘涛',
  '李晨', '张杰', '史家', '沈阳', '邵阳', '石家', '杨凌', '田林', '贺州', '韩城', '王力宏', '孙俪', '周迅', '赵丽颖', '刘德华', '林心如', '马云', '李宁', '贾玲', '沈腾', '雷军']);

const ODD_SINGLE = new Set('家子一国建永晓思天立志卫嘉泽恒然东成淑秀桂凤春美若心可佩兰梅红'.split(''));
function splitPy(py, chars) { // 'haoran' + 浩然 -> ['hao', 'ran'] using the per-char table when possible
  const tab = new Map([...GM, ...GF].map(([c, p]) => [c, p]));
  const a = tab.get(chars[0]);
  if (a && py.startsWith(a)) return [a, py.slice(a.length)];
  const b = tab.get(chars[1]);
  if (b && py.endsWith(b)) return [py.slice(0, py.length - b.length), b];
  const m = py.match(/^([^aeiouv]*[aeiouv]+(?:ng|n(?![aeiouv])|r(?![aeiouv]))?)(.*)$/);
  return m && m[2] ? [m[1], m[2]] : [py, ''];
}
const usedNames = new Set();
function newName(g, old = false) {
  for (let tries = 0; tries < 200; tries++) {
    const [sur, spy] = wpick(SUR.map((s) => [[s[0], s[1]], s[2]]));
    const pool = old ? (g === '男' ? GM_OLD : GF_OLD) : (g === '男' ? GM : GF);
    let given, gpy;
    if (old) { const x = pick(pool); given = x[0]; gpy = [x[1]]; }
    else if (sur.length === 2 && chance(0.5)) { const x = pick(pool.filter((c) => !ODD_SINGLE.has(c[0]))); given = x[0]; gpy = [x[1]]; }
    else if (chance(0.75)) { const x = pick(g === '男' ? GM2 : GF2); given = x[0]; gpy = x[1].length > 3 && x[0].length === 2 ? splitPy(x[1], x[0]) : [x[1]]; }
    else if (chance(0.5)) { const x = pick(pool.filter((c) => !ODD_SINGLE.has(c[0]))); given = x[0]; gpy = [x[1]]; }
    else {
      const a = pick(pool); const b = chance(0.08) && g === '女' ? a : pick(pool.filter((c) => !ODD_SINGLE.has(c[0])));
      if (a === b && g === '男') continue;
      given = a[0] + b[0]; gpy = [a[1], b[1]];
    }
    const name = sur + given;
    if (usedNames.has(name) || NAME_BLACKLIST.has(name) || NAME_BLACKLIST.has(given)) continue;
    usedNames.add(name);
    return { name, sur, given, spy, gpy };
  }
  throw new Error('name space exhausted');
}

// ---------------------------------------------------------------- numbers
const MPRE = [['138', 5], ['139', 5], ['136', 4], ['137', 4], ['135', 4], ['134', 2], ['133', 3], ['130', 3], ['131', 3], ['132', 3],
  ['150', 3], ['151', 3], ['152', 3], ['153', 2], ['155', 2], ['156', 3], ['157', 2], ['158', 3], ['159', 3], ['147', 1], ['145', 0.5],
  ['180', 2], ['181', 2], ['182', 2], ['183', 2], ['184', 1], ['185', 2], ['186', 3], ['187', 3], ['188', 2], ['189', 3],
  ['166', 1], ['162', 0.3], ['165', 0.3], ['167', 0.3], ['170', 0.5], ['171', 0.5], ['172', 0.3], ['173', 1], ['175', 0.7], ['176', 1], ['177', 1], ['178', 1],
  ['190', 0.3], ['191', 0.5], ['192', 0.3], ['193', 0.5], ['195', 0.5], ['196', 0.2], ['197', 0.3], ['198', 1], ['199', 1]];
const ALLOC = /^1(3\d|4[57]|5[0-35-9]|6[25-7]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/;
const BAD_MPRE = ['154', '154', '194', '140', '141', '144', '142'];
const usedMob = new Set(['13800138000', '13912345678', '18888888888']);
function newMobile(pre = MPRE) {
  for (;;) { const m = wpick(pre) + digits(8); if (!usedMob.has(m)) { usedMob.add(m); return m; } }
}
const MPRE_2000S = MPRE.filter(([p]) => /^13|^15[0389]/.test(p)); // numbers in service around 2001-2008
const usedId = new Set();
function mkId(reg, y, m, d, g) {
  for (;;) {
    const last = g === '男' ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]);
    const b = reg + y + pad(m, 2) + pad(d, 2) + pad(ri(0, 99), 2) + last;
    const id = b + idCheck(b);
    if (!usedId.has(id)) { usedId.add(id); return id; }
  }
}
function mkId15(reg, y, m, d, g) {
  for (;;) {
    const last = g === '男' ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]);
    const b = reg + String(y).slice(2) + pad(m, 2) + pad(d, 2) + pad(ri(0, 99), 2) + last;
    const up = upgrade15(b);
    if (!usedId.has(up)) { usedId.add(up); return b; }
  }
}
function upgrade15(b15) { const b = b15.slice(0, 6) + '19' + b15.slice(6); return b + idCheck(b); }
const BINS = [['中国工商银行', '622202', 19], ['中国工商银行', '621226', 19], ['中国工商银行', '621558', 19], ['中国建设银行', '621700', 19],
  ['中国建设银行', '622700', 19], ['中国农业银行', '622848', 19], ['中国农业银行', '622845', 19], ['中国银行', '621661', 19], ['中国银行', '621785', 19],
  ['招商银行', '622588', 16], ['招商银行', '621483', 16], ['交通银行', '622262', 19], ['交通银行', '622260', 19], ['中国邮政储蓄银行', '621799', 19],
  ['中国邮政储蓄银行', '622188', 19], ['浦发银行', '622521', 16], ['中信银行', '622690', 16], ['兴业银行', '622909', 18], ['平安银行', '621626', 19],
  ['民生银行', '622622', 16], ['光大银行', '622666', 16], ['杭州银行', '623091', 19], ['宁波银行', '623058', 19]];
const BANK_SHORT = { '中国工商银行': '工行', '中国建设银行': '建行', '中国农业银行': '农行', '中国银行': '中行', '招商银行': '招行', '交通银行': '交行', '中国邮政储蓄银行': '邮储', '浦发银行': '浦发', '中信银行': '中信', '兴业银行': '兴业', '平安银行': '平安', '民生银行': '民生', '光大银行': '光大', '杭州银行': '杭州银行', '宁波银行': '宁波银行' };
const usedCard = new Set();
function mkCard(bin) {
  for (;;) { const body = bin[1] + digits(bin[2] - 7); const c = body + luhnDigit(body); if (!usedCard.has(c)) { usedCard.add(c); return c; } }
}
function badLuhnCard(bin) { const body = bin[1] + digits(bin[2] - 7); const ok = luhnDigit(body); return body + String((+ok + ri(1, 9)) % 10); }
const PP_L = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
function mkPassport() { return chance(0.75) ? 'E' + pick(PP_L.split('')) + digits(7) : 'E' + digits(8); }
function mkUscc(reg) {
  for (;;) {
    let b8 = 'MA' + Array.from({ length: 6 }, () => pick(UA.split(''))).join('');
    const oc = orgCheck(b8);
    const b17 = '91' + reg + b8 + oc;
    return b17 + usccCheck(b17);
  }
}
// serial numbers that are none of the above (fail Luhn, not an ID, not a USCC)
function safeSerial(prefix, len) {
  for (;;) {
    const s = prefix + digits(len - prefix.length);
    if (len >= 14 && len <= 19 && luhnOk(s)) continue;
    if (len === 18 && (idCheck(s.slice(0, 17)) === s[17] || usccCheck(s.slice(0, 17)) === s[17])) continue;
    if (len === 11 && ALLOC.test(s)) continue;
    return s;
  }
}
function badCheckId(id) { const ok = id[17]; let c; do { c = pick('0123456789X'.split('')); } while (c === ok || luhnOk(id.slice(0, 17) + c)); return id.slice(0, 17) + c; }
function looksValid(run) { // a bare digit run that would validate as a mobile, card or ID on its own
  const r = run.toUpperCase();
  return (r.length === 11 && ALLOC.test(r)) || (/^\d{16,19}$/.test(r) && luhnOk(r)) || (r.length === 18 && validId(r)) || (/^\d{15}$/.test(r) && validId(upgrade15(r)));
}
function safeSplit(s) { // a value broken over two lines by a PDF extractor; no piece may validate on its own
  for (let t = 0; t < 100; t++) {
    const k = ri(4, s.length - 3); const a = s.slice(0, k), b = s.slice(k);
    const runs = (a + '\n' + b).match(/\d+[Xx]?/g) || [];
    if (!runs.some(looksValid)) return a + '\n' + b;
  }
  return s;
}
function badDateId(reg, g) {
  const bad = pick([[1990, 2, 30], [1988, 13, 5], [1993, 2, 29], [1987, 4, 31], [1995, 0, 12], [1991, 6, 31], [1989, 11, 31], [1992, 9, 31]]);
  const last = g === '男' ? 3 : 4;
  for (;;) { const b = reg + bad[0] + pad(bad[1], 2) + pad(bad[2], 2) + pad(ri(0, 99), 2) + last; const r = b + idCheck(b); if (!luhnOk(r)) return r; }
}

// ---------------------------------------------------------------- formats
const FW = (s) => s.replace(/[0-9A-Za-z+@\-()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));
function fmtMobile(m, st) {
  switch (st) {
    case 'plain': return m;
    case 's344': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'd344': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case 'p86': return '+86 ' + m;
    case 'p86c': return '+86' + m;
    case 'p86d': return '+86-' + m;
    case 'p86s': return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'c86': return '86' + m;
    case '0086': return '0086 ' + m;
    case 'paren': return '(+86)' + m;
    case 'fw': return FW(m);
    default: throw new Error('mstyle ' + st);
  }
}
const mstyle = () => wpick([['plain', 62], ['s344', 10], ['d344', 8], ['p86', 4], ['p86c', 4], ['p86d', 2], ['p86s', 2], ['fw', 3], ['paren', 2], ['0086', 2]]);
function fmtId(id, st) {
  switch (st) {
    case 'plain': return id;
    case 'lowx': return id.replace('X', 'x');
    case 's684': return id.length === 18 ? `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}` : id;
    case 'fw': return FW(id);
    default: throw new Error('istyle ' + st);
  }
}
const istyle = () => wpick([['plain', 84], ['lowx', 6], ['s684', 6], ['fw', 4]]);
function fmtCard(c, st) {
  switch (st) {
    case 'plain': return c;
    case 'g4': return c.replace(/(\d{4})(?=\d)/g, '$1 ');
    case 'd4': return c.replace(/(\d{4})(?=\d)/g, '$1-');
    case 'g64': return c.slice(0, 6) + ' ' + c.slice(6).replace(/(\d{4})(?=\d)/g, '$1 ');
    default: throw new Error('cstyle ' + st);
  }
}
const cstyle = () => wpick([['plain', 55], ['g4', 35], ['d4', 5], ['g64', 5]]);
function fmtTel(t, st) {
  const [a, s] = t;
  switch (st) {
    case 'dash': return `${a}-${s}`;
    case 'paren': return `(${a})${s}`;
    case 'fwparen': return `（${a}）${s}`;
    case 'space': return `${a} ${s}`;
    case 'plain': return a + s;
    case 'dash44': return s.length === 8 ? `${a}-${s.slice(0, 4)}-${s.slice(4)}` : `${a}-${s}`;
    default: throw new Error('tstyle');
  }
}
const tstyle = () => wpick([['dash', 60], ['paren', 10], ['fwparen', 8], ['space', 10], ['plain', 5], ['dash44', 7]]);
const maskMobile = (m) => chance(0.8) ? m.slice(0, 3) + '****' + m.slice(7) : m.slice(0, 3) + '*****' + m.slice(8);
const maskId = (id) => wpick([[id.slice(0, 6) + '********' + id.slice(14), 5], [id.slice(0, 3) + '*'.repeat(11) + id.slice(14), 2], [id.slice(0, 1) + '*'.repeat(16) + id.slice(17), 1], [id.slice(0, 4) + '**********' + id.slice(14), 2]]);
const maskCard = (c) => wpick([[c.slice(0, 4) + ' **** **** ' + c.slice(-4), 3], ['**** **** **** ' + c.slice(-4), 2], [c.slice(0, 6) + '******' + c.slice(-4), 2]]);
const maskName = (n) => n.length === 2 ? n[0] + '*' : n[0] + '*'.repeat(n.length - 2) + n[n.length - 1];

// ---------------------------------------------------------------- vocabulary (decoy material)
const HUKOU_DECOY = ['周口', '黄山', '常州', '石家庄', '江门', '金华', '余杭', '马鞍山', '海口', '安庆', '唐山', '温州', '邵阳', '高邮', '宁波', '吴江',
  '许昌', '秦皇岛', '韩城', '钟祥', '包头', '贺州', '沈阳', '郑州', '杨凌', '罗定', '曲靖', '林州', '易县', '白山', '龙岩', '于都', '梁山', '范县', '方城', '田林',
  '常熟', '江阴', '余姚', '万州', '史家胡同', '高新区', '金水区', '黄岩'];
const SCHOOLS = ['武汉大学', '浙江大学', '复旦大学', '南京大学', '郑州大学', '江南大学', '石河子大学', '华中科技大学', '四川大学', '中山大学', '杭州师范大学',
  '南京师范大学', '西南交大', '山东大学', '湖南大学', '厦门大学', '安徽大学', '苏州大学', '宁波大学', '温州医科大学', '黄冈师范学院', '常州大学', '金陵科技学院',
  '华南理工', '北京理工大学', '同济大学', '上海财经大学', '重庆大学', '西北工业大学', '英国曼彻斯特大学', '澳洲悉尼大学', '美国南加州大学'];
const JOBS = [
  ['程序员', '某互联网公司'], ['软件工程师', '华为'], ['产品经理', '阿里巴巴'], ['公务员', '区税务局'], ['小学老师', '实验小学'], ['中学老师', '市第二中学'],
  ['医生', '市第一人民医院'], ['护士', '省人民医院'], ['会计', '会计师事务所'], ['银行职员', '招商银行'], ['国企员工', '国家电网'], ['国企员工', '中石化'],
  ['事业编', '区疾控中心'], ['销售经理', '汽车4S店'], ['自由职业', '自己开工作室'], ['个体户', '开了两家奶茶店'], ['律师', '律师事务所'], ['HR', '外企'],
  ['设计师', '广告公司'], ['高管', '上市公司'], ['研究员', '中科院某所'], ['大学老师', '本地高校'], ['金融分析师', '证券公司'], ['警察', '派出所'],
  ['文员', '物业公司'], ['工程师', '中国移动'], ['飞行员', '东方航空'], ['空乘', '南方航空'], ['药剂师', '社区医院'], ['外贸业务员', '进出口公司'],
];
const COMPANY_DECOY = ['华为', '腾讯', '阿里巴巴', '中石化', '国家电网', '招商银行', '万科', '海尔', '方正证券', '金山软件', '周大生', '白象食品', '石药集团',
  '江铃汽车', '马钢', '宋城演艺', '海康威视', '中国移动', '东方航空', '南方航空', '顺丰'];
const JOB_WORDS = ['程序员', '公务员', '海归', '高管', '白领', '金领', '文员', '事业编', '国企员工', '自由职业', '个体户'];
const NICKS = ['林间小鹿', '夏天的风', '白开水', '高冷女神', '江南烟雨', '余生请多指教', '安之若素', '向日葵', '石头', '方糖', '马到成功', '金牌吃货',
  '周末去哪儿', '文艺青年', '何以解忧', '温柔的海', '陆地行舟', '钟情一人', '梁上燕', '秦时明月', '陈年老酒', '张牙舞爪', '刘海儿', '黄小鸭', '吴所谓',
  '杨柳依依', '周而复始', '高山流水', '朱古力', '胡萝卜', '林深时见鹿', '马卡龙', '罗曼蒂克', '郑重其事', '梁山好汉', '白衬衫', '程序猿小哥', '海归博士',
  '宋朝的雨', '唐小僧', '许你一世', '韩国欧巴', '冯唐易老', '邓丽君迷', '曹操不是我', '叶落知秋', '苏打水', '雷厉风行', '龙猫', '史努比', '毛毛虫', '万里晴空',
  '钱多多', '孔雀东南飞', '常回家看看', '易燃易爆', '安静的美男子', '文小白', 'Sunny', 'Tony', '一只猫', '晴天', '追风少年', '等风来', '柠檬不萌', '小太阳'];
const TAGS = ['高富帅', '白富美', '海归', '高学历', '暖男', '高颜值', '经济适用男', '钻石王老五', '万人迷', '金领', '白领', '温柔体贴', '成熟稳重', '孝顺', '文静', '顾家', '程序员', '公务员'];
const WORD_DECOY = ['高富帅', '白富美', '程序员', '公务员', '海归', '高学历', '金龟婿', '钻石王老五', '万人迷', '暖男', '经济适用男', '剩女', '凤凰男',
  '妈宝男', '高颜值', '白领', '金领', '黄金单身汉', '余生', '周末', '安稳', '温柔体贴', '文静', '成熟稳重', '孝顺'];
const ZODIAC = ['鼠', '牛', '虎', '兔', '龙', '蛇', '马', '羊', '猴', '鸡', '狗', '猪'];
const zodiacOf = (y) => ZODIAC[(y - 4) % 12];
function constellation(m, d) {
  const t = [[1, 20, '摩羯座'], [2, 19, '水瓶座'], [3, 21, '双鱼座'], [4, 20, '白羊座'], [5, 21, '金牛座'], [6, 22, '双子座'], [7, 23, '巨蟹座'], [8, 23, '狮子座'], [9, 23, '处女座'], [10, 24, '天秤座'], [11, 23, '天蝎座'], [12, 22, '射手座']];
  for (let i = 0; i < 12; i++) if (m === t[i][0]) return d < t[i][1] ? (i === 0 ? '摩羯座' : t[i - 1][2]) : t[i][2];
  return '摩羯座';
}
const PLACES = ['万象城星巴克', '万达广场Costa', '银泰城一楼瑞幸', '来福士漫咖啡', '西湖边湖滨路茶馆', '新天地咖啡', '江汉路太平洋咖啡', '春熙路IFS漫咖啡',
  '门店二楼洽谈室', '万达广场海底捞', '湖滨银泰西餐厅', '金鹰购物中心Manner', '高新区星巴克', '中山公园茶室', '黄埔江边咖啡馆', '天河城喜茶'];
const EVENTS = ['青年交友联谊会', '单身青年交友活动', '520相亲大会', '七夕户外徒步联谊', '中秋游园相亲会', '周末桌游交友局', '高知青年专场', '90后专场相亲会',
  '离异人士专场', '公职人员专场', '海归精英专场', '春季踏青交友会'];
const PACKAGES = [['银卡会员', 3800], ['金卡会员', 6800], ['钻石会员', 19800], ['至尊VIP', 39800], ['单次推荐', 599], ['年度会员', 9800], ['相亲会门票', 199], ['一对一定制', 28800]];

// ---------------------------------------------------------------- agencies, apps, people
const usedUscc = new Set();
function mkAgency(name, short, city, area, sub, pre, reg, domain, stores) {
  let uscc; do { uscc = mkUscc(reg); } while (usedUscc.has(uscc)); usedUscc.add(uscc);
  const hot = '400' + pick(['6', '8', '0']) + digits(6);
  return { name, short, city, tel: [area, sub], pre, reg, domain, stores, uscc, hotline: hot, staff: [] };
}
const AG = [
  mkAgency('杭州心悦婚恋服务有限公司', '心悦婚恋', '杭州', '0571', '8' + digits(7), 'XY', '330108', 'xinyuehl.com', ['滨江店', '西湖店', '下沙店']),
  mkAgency('上海百合园婚姻介绍所有限公司', '百合园婚介', '上海', '021', '6' + digits(7), 'BH', '310104', 'baiheyuan-sh.cn', ['徐汇店', '浦东店']),
  mkAgency('南京鹊桥会婚恋咨询有限公司', '鹊桥会', '南京', '025', '8' + digits(7), 'QQH', '320102', 'njqueqiao.com', ['新街口店', '河西店']),
  mkAgency('深圳喜相逢婚恋服务有限公司', '喜相逢', '深圳', '0755', '2' + digits(7), 'XXF', '440305', 'xixiangfeng.com.cn', ['南山店', '福田店', '宝安店']),
  mkAgency('成都金玉良缘婚姻服务有限公司', '金玉良缘', '成都', '028', '8' + digits(7), 'JY', '510107', 'jinyuly.cn', ['武侯店', '高新店']),
  mkAgency('武汉缘来是你婚恋服务有限公司', '缘来是你', '武汉', '027', '8' + digits(7), 'YL', '420106', 'yuanlaishini.com', ['武昌店', '光谷店']),
  mkAgency('北京良缘汇婚恋咨询有限公司', '良缘汇', '北京', '010', '6' + digits(7), 'LYH', '110105', 'liangyuanhui.cn', ['国贸店', '中关村店']),
];
const AG_DECOY = ['心悦婚恋', '百合园婚介', '鹊桥会', '喜相逢', '金玉良缘', '缘来是你', '良缘汇'];
const ROLES = ['红娘', '高级红娘', '金牌红娘', '婚恋顾问', '店长', '客服', '情感导师'];
for (const ag of AG) {
  const n = ri(5, 7);
  for (let i = 0; i < n; i++) {
    const g = chance(0.85) ? '女' : '男';
    const nm = newName(g);
    const init = nm.spy + nm.gpy.map((x) => x[0]).join('');
    ag.staff.push({ ...nm, g, role: i === 0 ? '店长' : pick(ROLES.filter((r) => r !== '店长')), mobile: newMobile(), email: `${init}${chance(0.3) ? ri(1, 9) : ''}@${ag.domain}`, ext: String(ri(801, 839)) });
  }
}
const APPS = [
  { name: '遇见Ta', domain: 'yujianta.cn', uid0: 10000000 },
  { name: '牵手吧', domain: 'qianshouba.com', uid0: 20000000 },
  { name: '一见倾心', domain: 'yjqx.app', uid0: 30000000 },
];

const DOMAINS = [['qq.com', 28], ['163.com', 20], ['126.com', 9], ['foxmail.com', 7], ['sina.com', 4], ['outlook.com', 6], ['gmail.com', 4], ['hotmail.com', 3],
  ['139.com', 3], ['aliyun.com', 2], ['yeah.net', 2], ['sohu.com', 2], ['icloud.com', 4], ['sina.cn', 1], ['189.cn', 1]];
const EN = ['sunny', 'lucky', 'cherry', 'tony', 'kevin', 'amy', 'grace', 'vivian', 'jason', 'leo', 'coco', 'lily', 'jack', 'eric', 'nana', 'momo', 'yoyo', 'alex'];
const usedMail = new Set();
function mkEmail(p) {
  for (;;) {
    const dom = wpick(DOMAINS);
    const full = p.spy + p.gpy.join('');
    const ini = p.spy + p.gpy.map((x) => x[0]).join('');
    const yy = String(p.by).slice(2);
    let local;
    if (dom === 'qq.com' && chance(0.75)) local = String(ri(1, 9)) + digits(ri(6, 9));
    else if (dom === '139.com' || dom === '189.cn') local = p.mobile;
    else local = wpick([[full + p.by, 4], [full + yy, 3], [ini + pad(p.bm, 2) + pad(p.bd, 2), 2], [full, 1], [`${p.gpy.join('')}.${p.spy}`, 1],
      [`${pick(EN)}_${p.spy}${ri(1, 999)}`, 2], [`${ini}${yy}`, 2], [`${full}_${ri(10, 99)}`, 1], [`${pick(EN)}${yy}${pad(p.bm, 2)}`, 1]]);
    const e = local + '@' + dom;
    if (!usedMail.has(e)) { usedMail.add(e); return e; }
  }
}
const EDU = [['本科', 45], ['硕士', 18], ['大专', 15], ['博士', 4], ['高中', 4], ['中专', 3], ['研究生', 6], ['MBA', 1]];
function income(g) {
  return pick([`${ri(6, 9)}000`, `${ri(8, 15) / 10}万`, `${ri(1, 2)}-${ri(3, 4)}万`, `税后${ri(8, 25)}k`, `${ri(1, 3)}万+`, `${ri(5, 12)}000左右`, `年薪${ri(15, 60)}万`]);
}
function mkPerson(g, y1, y2) {
  const nm = newName(g);
  const by = ri(y1, y2), bm = ri(1, 12), bd = ri(1, dim(by, bm));
  const reg = pick(REGIONS);
  const p = { ...nm, g, by, bm, bd, reg: reg[0], regName: reg[1] };
  p.id = mkId(reg[0], by, bm, bd, g);
  p.mobile = newMobile();
  p.email = mkEmail(p);
  p.bank = pick(BINS); p.card = mkCard(p.bank);
  p.height = g === '男' ? ri(165, 188) : ri(152, 172);
  p.weight = g === '男' ? ri(58, 92) : ri(42, 63);
  p.edu = wpick(EDU);
  p.school = pick(SCHOOLS);
  const j = pick(JOBS); p.job = j[0]; p.company = j[1];
  p.income = income(g);
  p.hukou = chance(0.5) ? reg[1] : pick(HUKOU_DECOY);
  p.marital = wpick([['未婚', 70], ['离异无孩', 12], ['离异有孩（孩子随对方）', 6], ['离异带一女', 4], ['离异带一男孩', 3], ['丧偶', 2]]);
  p.wx = wpick([['同手机号', 4], [`${p.spy}${p.gpy.join('')}_${String(by).slice(2)}`, 3], [`wxid_${Math.floor(rnd() * 36 ** 8).toString(36)}`, 2], [`${pick(EN)}${ri(100, 9999)}`, 2]]);
  p.nick = pick(NICKS);
  p.qq = String(ri(1, 9)) + digits(ri(6, 9));
  return p;
}
const MEN = [], WOMEN = [], MINOR = [];
for (let i = 0; i < 380; i++) MEN.push(mkPerson('男', 1978, 2000));
for (let i = 0; i < 380; i++) WOMEN.push(mkPerson('女', 1980, 2001));
for (const [n, g, py] of MINORITY) {
  usedNames.add(n);
  const by = ri(1986, 1998), bm = ri(1, 12), bd = ri(1, 28);
  const reg = n.includes('·') ? pick([['650102', '乌鲁木齐天山']]) : pick([['620102', '兰州城关'], ['150102', '呼和浩特新城']]);
  const p = { name: n, sur: n[0], given: n.slice(1), spy: py, gpy: [], g, by, bm, bd, reg: reg[0], regName: reg[1] };
  p.id = mkId(reg[0], by, bm, bd, g); p.mobile = newMobile();
  p.email = `${py}${by}@${pick(['163.com', 'qq.com', '126.com'])}`; usedMail.add(p.email);
  p.bank = pick(BINS); p.card = mkCard(p.bank);
  p.height = g === '男' ? ri(170, 186) : ri(155, 170); p.weight = g === '男' ? ri(62, 85) : ri(45, 58);
  p.edu = pick(['本科', '硕士']); p.school = pick(['新疆大学', '兰州大学', '内蒙古大学', '中央民族大学']);
  const j = pick(JOBS); p.job = j[0]; p.company = j[1]; p.income = income(g); p.hukou = reg[1];
  p.marital = '未婚'; p.wx = '同手机号'; p.nick = pick(NICKS); p.qq = String(ri(1, 9)) + digits(8);
  MINOR.push(p);
}
const PARENTS_M = Array.from({ length: 60 }, () => ({ ...newName('男', true), g: '男' }));
const PARENTS_F = Array.from({ length: 90 }, () => ({ ...newName('女', true), g: '女' }));
for (const p of [...PARENTS_M, ...PARENTS_F]) { p.mobile = newMobile(); }
const ALL_PEOPLE = [...MEN, ...WOMEN, ...MINOR, ...PARENTS_M, ...PARENTS_F, ...AG.flatMap((a) => a.staff)];
const man = () => pick(MEN);
const woman = () => pick(WOMEN);
const person = (g) => g === '男' ? man() : g === '女' ? woman() : (chance(0.5) ? man() : woman());
const listPerson = () => chance(0.04) ? pick(MINOR) : person(); // rows of lists and exports
const age = (p, y) => y - p.by - (chance(0.4) ? 1 : 0);

// ---------------------------------------------------------------- document builder
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.D = new Map(); this.X = new Map(); this.ocr = false; }
  ent(det, v) { this.E.set(det + '\u0001' + v, { detector: det, value: v }); }
  dc(det, v) { this.D.set(det + '\u0001' + v, { detector: det, value: v }); }
  n(name) { this.ent('person_name_zh', name.replace(/[\s\u3000]/g, '')); return name; }   // name in a person context
  nd(name) { this.dc('person_name_zh', name.replace(/[\s\u3000]/g, '')); return name; }   // prose / arguable
  m(mob, st) { this.ent('cn_mobile', mob); return fmtMobile(mob, st || mstyle()); }
  id(id, st) { this.ent('cn_resident_id', id.length === 15 ? upgrade15(id) : id); return fmtId(id, st || istyle()); }
  card(c, st) { this.ent('bank_card', c); return fmtCard(c, st || cstyle()); }
  mail(e, st) {
    this.ent('email', e.toLowerCase());
    const local = e.split('@')[0];
    if (ALLOC.test(local)) this.ent('cn_mobile', local);
    if (st === 'upper') return e[0].toUpperCase() + e.slice(1);
    if (st === 'fwat') return e.replace('@', '＠');
    return e;
  }
  tel(t, st) { this.ent('cn_landline', t[0] + t[1]); return fmtTel(t, st || tstyle()); }
  uscc(u) { this.ent('cn_uscc', u); return u; }
  pp(p) { this.ent('cn_passport', p); return p; }
  x(kind, text) { // bare short numbers (ages, heights in a column) are not recorded: they occur inside other numbers
    text = String(text); if (/^\d{1,4}$/.test(text) || [...text].length < 2) return text;
    this.X.set(kind + '\u0001' + text, { kind, text }); return text;
  }
  hon(p, t) { const h = p.sur + (t || (p.g === '男' ? '先生' : '女士')); this.dc('person_name_zh', h); return h; } // 张先生: title form, arguable
  done(text) { // options of pick([...]) are built eagerly: keep only the labels whose text made it into the document
    this.text = text;
    for (const [k, x] of this.X) if (!text.includes(x.text)) this.X.delete(k);
    const flatText = text.replace(/[\s\u3000]/g, '');
    for (const [k, e] of this.D) if (e.detector === 'person_name_zh' && !flatText.includes(e.value)) this.D.delete(k);
    return this;
  }
}
const docs = [];
function add(d) { if (!d.text) throw new Error('empty doc ' + d.kind); docs.push(d); }
const csvq = (s) => /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
const padR = (s, w) => { let len = 0; for (const ch of s) len += /[\u0000-\u00ff]/.test(ch) ? 1 : 2; return s + ' '.repeat(Math.max(1, w - len)); };

// helpers producing decoy-bearing fragments
function reqText(d, g) {
  const parts = [];
  if (g === '男') {
    parts.push(`女方${ri(22, 27)}-${ri(29, 34)}岁`);
    parts.push(`身高${ri(155, 163)}以上`);
    parts.push(pick(['本科及以上', '大专以上', '学历不限', '本科以上优先']));
    parts.push(pick(['性格温柔', '孝顺懂事', '顾家', '善良开朗', '三观正', d.x('word', '温柔体贴')]));
    parts.push(pick(['最好是老师或医生', '有稳定工作', '体制内优先', `${d.x('city', pick(HUKOU_DECOY))}本地人优先`, '不要太物质', `不找${d.x('word', '白富美')}，过日子的就行`]));
  } else {
    parts.push(`男方${ri(26, 30)}-${ri(32, 38)}岁`);
    parts.push(`身高${ri(170, 178)}以上`);
    parts.push(pick(['有房', '有房有车', '有上进心', '人品好', '有稳定收入', `月入${ri(1, 3)}万以上`]));
    parts.push(pick([`不要${d.x('word', '妈宝男')}`, '不接受离异', `${d.x('word', '公务员')}、教师优先`, '不抽烟少喝酒', `不要求${d.x('word', '高富帅')}，踏实就行`, `${d.x('word', '海归')}优先`, '最好同城']));
    parts.push(pick(['能聊得来', '有责任心', d.x('word', '成熟稳重'), '情绪稳定', '不要异地']));
  }
  return parts.join('，') + '。';
}
function hukouField(d, p) { return HUKOU_DECOY.includes(p.hukou) ? d.x('city', p.hukou) : p.hukou; }
function jobField(d, p) { return JOB_WORDS.includes(p.job) ? d.x('word', p.job) : p.job; }
function memNo(d, ag, dt) { return d.x('member_no', `${ag.pre}${dt.y}${pad(dt.m, 2)}${pad(ri(1, 9999), 4)}`); }

// ================================================================ 1. profile (会员登记表 / 资料卡)
function docProfile() {
  const d = new Doc('profile');
  const ag = pick(AG), st = pick(ag.staff), p = person(), dt = randDate(2023, 2025);
  const no = memNo(d, ag, dt);
  const a = dt.y - p.by - (dt.m < p.bm || (dt.m === p.bm && dt.d < p.bd) ? 1 : 0);
  const zod = zodiacOf(p.by), con = constellation(p.bm, p.bd);
  const v = ri(0, 2);
  let t;
  if (v === 0) {
    const house = pick(['有房（无贷）', '有房（按揭）', '无房，有首付', '与父母同住', '婚后买房']);
    t = `${ag.short}会员登记表                         会员编号：${no}
================================================================
【基本资料】
姓    名：${d.n(p.name)}          性    别：${p.g}
出生年月：${p.by}年${p.bm}月          年    龄：${d.x('age', a + '岁')}
属    相：${d.x('zodiac', zod)}               星    座：${d.x('constellation', con)}
身    高：${d.x('height', p.height + 'cm')}             体    重：${d.x('weight', p.weight + 'kg')}
学    历：${p.edu}             毕业院校：${d.x('school', p.school)}
职    业：${jobField(d, p)}             工作单位：${p.company}
月 收 入：${d.x('income', p.income)}
户    籍：${hukouField(d, p)}             现 居 地：${ag.city}
婚    况：${p.marital}
住    房：${house}     车    辆：${pick(['有', '无', '有（代步车）'])}
身份证号：${d.id(p.id)}
手    机：${d.m(p.mobile)}     微    信：${p.wx === '同手机号' ? '同手机号' : d.x('wechat_id', p.wx)}
邮    箱：${d.mail(p.email)}
【择偶要求】
${reqText(d, p.g)}
【红娘备注】
${pick(['性格偏内向，第一次见面需要红娘陪同。', `父母比较着急，${d.x('relative_title', p.sur + (p.g === '男' ? '妈妈' : '阿姨'))}多次来电询问。`, '条件不错，要求偏高，需慢慢引导。', '之前在别家婚介交过费，对服务比较敏感。', '工作忙，周末才有时间见面。'])}
登记红娘：${d.n(st.name)}     登记日期：${ymd(dt)}`;
  } else if (v === 1) {
    t = `【${ag.short}·会员资料】编号${no}
${p.g}嘉宾｜${d.x('year', String(p.by).slice(2) + '年')}｜属${zod}｜${d.x('height', String(p.height))}｜${p.edu}｜${jobField(d, p)}｜${d.x('income', p.income)}｜${hukouField(d, p)}人｜${p.marital}

基本资料
姓名：${d.n(p.name)}
性别：${p.g}
出生日期：${p.by}-${pad(p.bm, 2)}-${pad(p.bd, 2)}
身高/体重：${p.height}/${p.weight}
学历：${p.edu}（${d.x('school', p.school)}）
职业：${p.job}
月收入：${p.income}
户籍：${p.hukou}
婚况：${p.marital}
联系方式：${d.m(p.mobile)}${chance(0.5) ? '（微信同号）' : ''}
身份证：${d.id(p.id)}
${chance(0.8) ? `邮箱：${d.mail(p.email, chance(0.1) ? 'upper' : '')}\n` : ''}
择偶要求
${reqText(d, p.g)}

服务红娘：${d.n(st.name)} ${d.m(st.mobile)}`;
  } else {
    t = `线上报名表 #${d.x('form_no', String(ri(1000, 9999)))}  来源：公众号「${d.x('agency', ag.short)}」
提交时间：${ymd(dt)} ${hms()}
---
真实姓名：${d.n(p.name)}
性别：${p.g}
出生年月：${p.by}.${pad(p.bm, 2)}
身高（cm）：${p.height}
体重（kg）：${p.weight}
最高学历：${p.edu}
职业：${p.job}
月收入：${p.income}
户口所在地：${p.hukou}
婚姻状况：${p.marital}
手机号码：${d.m(p.mobile)}
身份证号码（用于实名核验）：${d.id(p.id)}
电子邮箱：${d.mail(p.email)}
微信号：${p.wx === '同手机号' ? '同上' : d.x('wechat_id', p.wx)}
理想对象：${reqText(d, p.g)}
如何了解到我们：${pick(['朋友介绍', '抖音', '小红书', '路过门店', '父母报名', '相亲会现场'])}
---
分配红娘：${d.n(st.name)}（系统自动分配）`;
  }
  add(d.done(t));
}

// ================================================================ 2. member-csv (会员列表导出)
function docMemberCsv() {
  const d = new Doc('member-csv');
  const ag = pick(AG), dt = randDate(2023, 2025);
  const masked = chance(0.3);
  const withMail = chance(0.8);
  const cols = ['会员编号', '姓名', '性别', '出生日期', '年龄', '身高', '学历', '职业', '月收入', '户籍', '婚况', '手机', '身份证号'];
  if (withMail) cols.push('邮箱');
  cols.push('红娘', '入会日期', '套餐', '状态');
  const sep = chance(0.8) ? ',' : '\t';
  const rows = [cols.join(sep)];
  const n = ri(5, 12);
  for (let i = 0; i < n; i++) {
    const p = listPerson(); const st = pick(ag.staff); const jd = addDays(dt, -ri(5, 900));
    const pk = pick(PACKAGES.slice(0, 6));
    const r = [memNo(d, ag, jd), d.n(p.name), p.g, `${p.by}/${p.bm}/${p.bd}`, d.x('age', String(dt.y - p.by)), d.x('height', String(p.height)), p.edu, jobField(d, p), p.income,
      hukouField(d, p), p.marital,
      masked ? d.x('masked_mobile', maskMobile(p.mobile)) : d.m(p.mobile, chance(0.9) ? 'plain' : 's344'),
      masked ? d.x('masked_id', maskId(p.id)) : (chance(0.08) ? '' : chance(0.05) ? d.x('bad_id', badCheckId(p.id)) : d.id(p.id, chance(0.93) ? 'plain' : 'lowx'))];
    if (withMail) r.push(chance(0.75) ? d.mail(p.email) : '');
    r.push(d.n(st.name), d.x('date', ymd(jd)), pk[0], pick(['服务中', '服务中', '服务中', '已脱单', '暂停', '已退费', '到期']));
    rows.push(r.map((c) => sep === ',' ? csvq(c) : c).join(sep));
  }
  const head = chance(0.5) ? `# ${ag.short} 会员列表导出 ${ymd(dt)} 操作人：${d.n(pick(ag.staff).name)}\n` : '';
  add(d.done(head + rows.join('\n') + '\n'));
}

// ================================================================ 3. notes (红娘跟进记录)
function docNotes() {
  const d = new Doc('notes');
  const ag = pick(AG), st = pick(ag.staff), p = person(), dt = randDate(2023, 2025);
  const other = person(p.g === '男' ? '女' : '男');
  const no = memNo(d, ag, dt);
  const pk = pick(PACKAGES.slice(0, 4));
  const L = [];
  L.push(`客户跟进记录 —— ${ag.short}${pick(ag.stores)}`);
  L.push(`会员姓名：${d.n(p.name)}    会员编号：${no}    性别：${p.g}    年龄：${d.x('age', String(dt.y - p.by))}`);
  L.push(`手机：${d.m(p.mobile)}      服务红娘：${d.n(st.name)}`);
  L.push(`入会时间：${ymd(addDays(dt, -ri(30, 200)))}   套餐：${pk[0]}`);
  L.push('-'.repeat(40));
  let cur = dt;
  const sp = st.name; // operator column
  const entries = [
    () => `电话回访 ${d.hon(p)}，说最近${pick(['工作忙', '出差', '家里有事', '在装修房子'])}，${pick(['月底再安排', '下周可以见', '先发资料看看'])}。`,
    () => { const s = `推荐${other.g === '男' ? '男' : '女'}嘉宾${d.nd(other.name)}（${d.x('year', String(other.by).slice(2) + '年')}，${d.x('height', String(other.height))}，${other.job}），已把资料发给会员，会员说“${pick(['看着挺老实', '照片不太上镜', '可以先聊聊', '年龄有点大'])}”。`; return s; },
    () => `约好${pick(['周六下午', '周日中午', '周五晚上'])}在${d.x('place', pick(PLACES))}见面，红娘陪同前半小时。`,
    () => `见面反馈：${pick(['双方印象不错，互加了微信。', '女方觉得男方话太少。', '男方说女方挺好，想继续接触。', '感觉一般，不想继续了。', '女方嫌男方迟到二十分钟。'])}`,
    () => `${d.x('relative_title', p.sur + pick(['妈妈', '阿姨', '爸爸', '叔叔']))}来店里，问进展，顺便说${pick(['希望找本地的', '对方家里条件要差不多', '年龄可以再放宽', `想找${d.x('word', '公务员')}`])}。`,
    () => `会员提出想要${other.g === '男' ? '男方' : '女方'}电话，按规定双方同意后交换。已征得对方同意，${other.g === '男' ? '男方' : '女方'}${d.n(other.name)} ${d.m(other.mobile)}，已发给会员。`,
    () => `会员反映上一位介绍的对象资料与实际不符（身高虚报），已记录，待店长${d.x('relative_title', pick(ag.staff).sur + '姐')}处理。`,
    () => `会员要求暂停服务一个月，备注：${pick(['出国', '工作调动', '身体原因', '和某位在接触'])}。`,
    () => `电话${d.m(p.mobile, 's344')}未接，发微信留言。`,
    () => `${d.x('word', '周末')}相亲会邀约，会员${pick(['已报名', '说考虑一下', '拒绝'])}。`,
  ];
  const n = ri(4, 8);
  for (let i = 0; i < n; i++) {
    cur = addDays(cur, ri(2, 12));
    L.push(`[${d.x('datetime', ymd(cur) + ' ' + hm())}] ${d.n(sp)}：${pick(entries)()}`);
  }
  add(d.done(L.join('\n')));
}

// ================================================================ 4. meeting (见面安排表)
function docMeeting() {
  const d = new Doc('meeting');
  const ag = pick(AG), dt = randDate(2023, 2025);
  const L = [];
  const wk = dt;
  L.push(`## ${ag.short}${pick(ag.stores)} 本周见面安排（${ymd(wk)} 起）`);
  L.push('');
  const md = chance(0.6);
  const hdr = ['序号', '日期', '时间', '男方', '男方电话', '女方', '女方电话', '地点', '红娘', '备注'];
  L.push(md ? '| ' + hdr.join(' | ') + ' |' : hdr.join(' | '));
  if (md) L.push('|' + hdr.map(() => '---').join('|') + '|');
  const n = ri(3, 9);
  const days = Array.from({ length: n }, () => ri(0, 6)).sort((a, b) => a - b);
  for (let i = 0; i < n; i++) {
    const m = man(), f = woman(), st = pick(ag.staff), day = addDays(wk, days[i]);
    const note = pick(['', '首次见面', '第二次见面', '男方要求红娘陪同', '女方妈妈也来', `男方${d.x('word', '高富帅')}型，女方很期待`, '改期自上周', `女方${d.x('word', '海归')}，英语好`, '需提前订位']);
    const row = [String(i + 1), d.x('date', `${day.m}/${day.d}（周${wday(day)}）`), pick(['10:30', '12:00', '14:00', '14:30', '15:00', '16:00', '18:30', '19:00', '19:30']), d.n(m.name), d.m(m.mobile, chance(0.8) ? 'plain' : 'd344'), d.n(f.name),
      chance(0.2) ? d.x('masked_mobile', maskMobile(f.mobile)) : d.m(f.mobile, chance(0.8) ? 'plain' : 'd344'), d.x('place', pick(PLACES)), d.n(st.name), note];
    L.push(md ? '| ' + row.join(' | ') + ' |' : row.join(' | '));
  }
  L.push('');
  L.push(`注：女方电话打码的是会员要求不外露，有事找红娘转达。门店电话 ${d.tel(ag.tel)}`);
  add(d.done(L.join('\n')));
}

// ================================================================ 5. signup (相亲会报名汇总)
function docSignup() {
  const d = new Doc('signup');
  const ag = pick(AG), dt = randDate(2023, 2025), ev = pick(EVENTS);
  const union = chance(0.4);
  const org = union ? pick(['区总工会', '团市委', '市妇联', '高新区管委会工会', '市卫健委工会']) : ag.short;
  const L = [];
  L.push(`${dt.y}${ev} 报名汇总（截至${dt.m}月${dt.d}日）`);
  L.push(`主办：${org}    活动时间：${cnd(addDays(dt, ri(5, 20)))}    费用：${union ? '免费' : d.x('price', '¥' + pick([99, 129, 199, 299]))}`);
  const withId = chance(0.7);
  const hdr = ['序号', '姓名', '性别', '出生年份', '身高', '学历', union ? '单位' : '职业', '手机号'];
  if (withId) hdr.push('身份证号');
  hdr.push('缴费', '备注');
  L.push(hdr.join('\t'));
  const n = ri(6, 14);
  for (let i = 0; i < n; i++) {
    const p = listPerson();
    const r = [String(i + 1), d.n(p.name), p.g, String(p.by), d.x('height', String(p.height)), p.edu, union ? d.x('company', pick(COMPANY_DECOY)) : jobField(d, p)];
    const badPhone = chance(0.1);
    if (badPhone) r.push(d.x('bad_mobile', pick(BAD_MPRE) + digits(8)));
    else r.push(d.m(p.mobile, wpick([['plain', 8], ['s344', 1], ['d344', 1], ['fw', 0.5]])));
    if (withId) {
      const bad = chance(0.1);
      r.push(bad ? d.x('bad_id', badCheckId(p.id)) : d.id(p.id, chance(0.92) ? 'plain' : 'lowx'));
    }
    r.push(union ? '—' : pick(['已缴', '已缴', '已缴', '未缴', '现场缴']));
    r.push(badPhone ? '电话打不通，号码可能填错' : pick(['', '', '', '带朋友一起', `${d.x('word', '海归')}`, '素食', '可能迟到', '父母代报名']));
    L.push(r.join('\t'));
  }
  L.push('');
  L.push(`联系人：${d.n(pick(ag.staff).name)}  咨询电话：${d.tel(ag.tel)}  热线：${d.x('hotline', ag.hotline.replace(/(\d{3})(\d{3})(\d{4})/, '$1-$2-$3'))}`);
  add(d.done(L.join('\n')));
}

// ================================================================ 6. checkin (签到表, fixed width)
function docCheckin() {
  const d = new Doc('checkin');
  const ag = pick(AG), dt = randDate(2023, 2025), ev = pick(EVENTS);
  const area = pick(['A', 'B', 'C']);
  const L = [];
  L.push(`${cnd(dt)} ${ev} 签到表（${area}区）`);
  L.push(`${padR('号码牌', 8)}${padR('姓  名', 12)}${padR('性别', 6)}${padR('手机号码', 18)}${padR('签到时间', 10)}备注`);
  const n = ri(6, 14);
  const tailOnly = chance(0.3);
  for (let i = 0; i < n; i++) {
    const p = listPerson();
    let nm = p.name;
    if (nm.length === 2 && chance(0.6)) nm = nm[0] + '\u3000' + nm[1];
    const absent = chance(0.12);
    const ph = tailOnly ? d.x('mobile_tail', '尾号' + p.mobile.slice(7)) : chance(0.25) ? d.x('masked_mobile', maskMobile(p.mobile)) : d.m(p.mobile, chance(0.85) ? 'plain' : 's344');
    L.push(`${padR(d.x('badge_no', area + pad(i + 1, 3)), 8)}${padR(d.n(nm), 12)}${padR(p.g, 6)}${padR(ph, 18)}${padR(absent ? '—' : `${pad(ri(13, 14), 2)}:${pad(ri(0, 59), 2)}`, 10)}${absent ? '未到' : pick(['', '', '', '领取胸牌', '已拍照', '迟到'])}`);
  }
  L.push('');
  L.push(`签到负责人：${d.n(pick(ag.staff).name)}    现场人数：${d.x('count', n + '人')}`);
  add(d.done(L.join('\n')));
}

// ================================================================ 7. feedback (见面反馈表)
function docFeedback() {
  const d = new Doc('feedback');
  const ag = pick(AG), dt = randDate(2023, 2025), m = man(), f = woman(), st = pick(ag.staff);
  const who = chance(0.5) ? m : f;
  const t = `${ag.short} 见面反馈表
见面日期：${ymd(dt)}    地点：${d.x('place', pick(PLACES))}
男方：姓名 ${d.n(m.name)}   编号 ${memNo(d, ag, dt)}   电话 ${d.m(m.mobile)}
女方：姓名 ${d.n(f.name)}   编号 ${memNo(d, ag, dt)}   电话 ${chance(0.5) ? d.m(f.mobile) : d.x('masked_mobile', maskMobile(f.mobile))}
填表人：${who === m ? '男方' : '女方'}
1. 对对方第一印象：${pick(['☑很好 □一般 □不合适', '□很好 ☑一般 □不合适', '□很好 □一般 ☑不合适'])}
2. 对方与资料是否相符：${pick(['相符', '基本相符', `身高不符，说${d.x('height', (who === m ? f.height : m.height) + 'cm')}实际没有`, '照片P得有点多'])}
3. 是否愿意继续交往：${pick(['是', '否', '再看看'])}
4. 其他意见：${pick(['希望红娘多帮忙沟通', `对方比较${d.x('word', '成熟稳重')}，挺好`, '聊天冷场，希望下次安排活动形式的', `对方家里是${d.x('city', pick(HUKOU_DECOY))}的，离得有点远`, '无'])}
填表人签字：${d.n(who.name)}
红娘：${d.n(st.name)}   回收日期：${ymd(addDays(dt, ri(1, 3)))}`;
  add(d.done(t));
}

// ================================================================ 8. app-json (线上 app 用户导出)
function docAppJson() {
  const d = new Doc('app-json');
  const app = pick(APPS), dt = randDate(2023, 2025);
  const n = ri(3, 10);
  const data = [];
  for (let i = 0; i < n; i++) {
    const p = listPerson();
    const verified = chance(0.7);
    const uid = app.uid0 + ri(1, 9999999);
    const reg = addDays(dt, -ri(10, 1300));
    const o = {
      uid: +d.x('uid', String(uid)),
      nickname: d.x('nickname', p.nick),
      gender: p.g === '男' ? 1 : 2,
      birthday: `${p.by}-${pad(p.bm, 2)}-${pad(p.bd, 2)}`,
      height: p.height,
      city: hukouField(d, p),
      education: p.edu,
      income_range: p.income,
      marriage: p.marital,
      avatar: `https://img.${app.domain}/u/${uid}/${d.x('asset', 'avatar_200@2x.jpg')}`,
      mobile: d.m(p.mobile, pick(['plain', 'plain', 'p86c', 'c86'])),
      realname_verified: verified,
    };
    if (verified) {
      o.real_name = d.n(p.name);
      o.id_card = chance(0.6) ? d.id(p.id, 'plain') : d.x('masked_id', maskId(p.id));
      o.verify_time = +d.x('timestamp', String(epochMs(addDays(reg, ri(0, 30)))));
      o.verify_channel = pick(['faceid', 'alipay_zmxy', 'wechat_realname']);
    } else { o.real_name = null; o.id_card = null; }
    if (chance(0.7)) o.email = d.mail(p.email);
    o.vip_level = ri(0, 3);
    o.register_at = +d.x('timestamp', String(epochMs(reg)));
    o.last_login_ip = `${ri(36, 223)}.${ri(0, 255)}.${ri(0, 255)}.${ri(1, 254)}`;
    data.push(o);
  }
  const obj = { export: 'user_profile', app: app.name, version: `${ri(3, 5)}.${ri(0, 9)}.${ri(0, 9)}`, generated_at: `${ymd(dt)}T0${ri(1, 5)}:00:00+08:00`, operator: d.x('handle', pick(['ops_zhou', 'risk_bot', 'cs_admin', 'data_export'])), total: n, data };
  add(d.done(chance(0.6) ? JSON.stringify(obj, null, 2) : JSON.stringify(obj)));
}

// ================================================================ 9. app-csv (CSV export with nicknames)
function docAppCsv() {
  const d = new Doc('app-csv');
  const app = pick(APPS), dt = randDate(2023, 2025);
  const L = ['uid,昵称,性别,年龄,城市,实名状态,真实姓名,手机号,身份证号,注册时间,最近登录,会员等级,举报次数'];
  const n = ri(8, 20);
  for (let i = 0; i < n; i++) {
    const p = listPerson(); const v = chance(0.65);
    const reg = addDays(dt, -ri(10, 1300));
    L.push([d.x('uid', String(app.uid0 + ri(1, 9999999))), csvq(d.x('nickname', p.nick)), p.g, d.x('age', String(dt.y - p.by)), hukouField(d, p), v ? '已实名' : '未实名',
      v ? d.n(p.name) : '', d.m(p.mobile, chance(0.7) ? 'plain' : 'p86c'), v ? (chance(0.5) ? d.id(p.id, 'plain') : d.x('masked_id', maskId(p.id))) : '',
      d.x('datetime', `${ymd(reg)} ${hms()}`), d.x('datetime', `${ymd(dt)} ${hms()}`), pick(['普通', '黄金', '钻石', 'SVIP']), String(ri(0, 3))].join(','));
  }
  add(d.done(`# ${app.name} 用户抽样导出（风控复核用） ${ymd(dt)}\n` + L.join('\n') + '\n'));
}

// ================================================================ 10. app-withdraw (礼物收益提现记录)
function docAppWithdraw() {
  const d = new Doc('app-withdraw');
  const app = pick(APPS), dt = randDate(2023, 2025);
  const L = [];
  L.push(`${app.name} 主播/用户礼物收益提现记录  ${ymd(dt)}  （财务对账用，请勿外传）`);
  const clk = clockFrom(ri(9, 11), 3000);
  L.push(['提现单号', 'uid', '昵称', '实名姓名', '身份证号', '提现金额', '到账银行', '银行卡号', '手机号', '状态', '申请时间'].join('|'));
  const n = ri(5, 12);
  for (let i = 0; i < n; i++) {
    const p = listPerson();
    const ok = chance(0.85);
    const card = ok ? d.card(p.card, chance(0.7) ? 'plain' : 'g4') : d.x('masked_card', maskCard(p.card));
    L.push([d.x('order_no', 'TX' + safeSerial(ymd(dt, ''), 16)), d.x('uid', String(app.uid0 + ri(1, 9999999))), d.x('nickname', p.nick), d.n(p.name),
      d.id(p.id, 'plain'), `${ri(1, 80) * 50}.00`, p.bank[0], card, d.m(p.mobile, 'plain'), ok ? pick(['已到账', '已到账', '处理中']) : '失败：户名与卡号不符',
      d.x('datetime', `${ymd(dt)} ${clk()}`)].join('|'));
  }
  L.push(`审核：${d.n(pick(AG).staff[0].name)}   复核：${d.x('handle', 'fin_audit02')}`);
  add(d.done(L.join('\n')));
}

// ================================================================ 11. verify-log (实名认证记录)
function docVerifyLog() {
  const d = new Doc('verify-log');
  const app = pick(APPS), dt = randDate(2023, 2025);
  const L = [];
  const n = ri(5, 12);
  const svc = pick(['verify-svc', 'realname-gw', 'kyc-worker']);
  const clk = clockFrom(ri(0, 12), 2400);
  for (let i = 0; i < n; i++) {
    const p = listPerson();
    const ts = d.x('datetime', `${ymd(dt)} ${clk()}.${pad(ri(0, 999), 3)}`);
    const hx = (n) => Array.from({ length: n }, () => '0123456789abcdef'[ri(0, 15)]).join('');
    const rid = `${hx(8)}-${hx(4)}-${hx(4)}-${hx(4)}-${hx(12)}`;
    const uid = d.x('uid', String(app.uid0 + ri(1, 9999999)));
    const typ = wpick([['ID2', 4], ['MOBILE3', 3], ['BANK4', 3], ['PASSPORT', 0.6], ['ID2_BAD', 1.5], ['BANK4_BAD', 0.6], ['BANK4_TYPO', 0.5]]);
    if (typ === 'ID2') L.push(`${ts} INFO  [${svc}] req_id=${rid} uid=${uid} type=ID2 name=${d.n(p.name)} idno=${d.id(p.id, chance(0.9) ? 'plain' : 'lowx')} result=MATCH cost=${ri(90, 900)}ms`);
    else if (typ === 'MOBILE3') L.push(`${ts} INFO  [${svc}] req_id=${rid} uid=${uid} type=MOBILE3 name=${d.n(p.name)} idno=${d.id(p.id, 'plain')} mobile=${d.m(p.mobile, 'plain')} operator=${pick(['CMCC', 'CUCC', 'CTCC'])} result=MATCH`);
    else if (typ === 'BANK4') L.push(`${ts} INFO  [${svc}] req_id=${rid} uid=${uid} type=BANK4 name=${d.n(p.name)} idno=${d.id(p.id, 'plain')} card=${d.card(p.card, 'plain')} mobile=${d.m(p.mobile, 'plain')} bank=${BANK_SHORT[p.bank[0]]} result=MATCH channel=unionpay`);
    else if (typ === 'PASSPORT') L.push(`${ts} INFO  [${svc}] req_id=${rid} uid=${uid} type=PASSPORT name=${d.n(p.name)} doc_type=护照 doc_no=${d.pp(mkPassport())} nationality=CHN result=MANUAL_REVIEW note="海外用户，人工审核"`);
    else if (typ === 'ID2_BAD') L.push(`${ts} WARN  [${svc}] req_id=${rid} uid=${uid} type=ID2 name=${d.n(p.name)} idno=${d.x('bad_id', chance(0.6) ? badCheckId(p.id) : badDateId(p.reg, p.g))} result=INVALID_IDNO msg="身份证号校验失败"`);
    else if (typ === 'BANK4_TYPO') { const bc = badLuhnCard(p.bank); d.dc('bank_card', bc); L.push(`${ts} WARN  [${svc}] req_id=${rid} uid=${uid} type=BANK4 name=${d.n(p.name)} idno=${d.id(p.id, 'plain')} card=${bc} mobile=${d.m(p.mobile, 'plain')} result=INVALID_CARDNO msg="卡号有误，请核对"`); }
    else L.push(`${ts} WARN  [${svc}] req_id=${rid} uid=${uid} type=BANK4 name=${d.n(p.name)} idno=${d.id(p.id, 'plain')} card=${d.x('masked_card', maskCard(p.card))} mobile=${d.x('masked_mobile', maskMobile(p.mobile))} result=NOT_MATCH code=${d.x('error_code', 'E' + ri(1001, 1099))} msg="预留手机号不一致"`);
    if (chance(0.3)) { const c = clk(); const [h, mi, se] = c.split(':').map(Number); L.push(`${ymd(dt)} ${c}.${pad(ri(0, 999), 3)} DEBUG [${svc}] upstream latency p99=${ri(300, 1500)}ms qps=${ri(3, 60)} ts=${d.x('timestamp', String(epochMs(dt, h, mi, se)))}`); }
  }
  add(d.done(L.join('\n')));
}

// ================================================================ 12. verify-xml (实名认证 XML 记录)
function docVerifyXml() {
  const d = new Doc('verify-xml');
  const ag = pick(AG), dt = randDate(2023, 2025);
  const clk = clockFrom(ri(9, 14), 3000);
  const L = ['<?xml version="1.0" encoding="UTF-8"?>', `<VerifyRecords org="${ag.short}" date="${ymd(dt)}">`];
  const n = ri(3, 7);
  for (let i = 0; i < n; i++) {
    const p = listPerson();
    L.push(`  <Record seq="${i + 1}">`);
    L.push(`    <MemberNo>${memNo(d, ag, dt)}</MemberNo>`);
    L.push(`    <Name>${d.n(p.name)}</Name>`);
    L.push(`    <CertType>${chance(0.95) ? '01' : '02'}</CertType>`);
    L.push(`    <CertNo>${d.id(p.id, 'plain')}</CertNo>`);
    L.push(`    <Mobile>${d.m(p.mobile, 'plain')}</Mobile>`);
    if (chance(0.5)) L.push(`    <BankCard>${d.card(p.card, 'plain')}</BankCard>`);
    L.push(`    <Result>${pick(['一致', '一致', '一致', '不一致'])}</Result>`);
    L.push(`    <Operator>${d.n(pick(ag.staff).name)}</Operator>`);
    L.push(`    <Time>${d.x('datetime', ymd(dt) + 'T' + clk())}</Time>`);
    L.push('  </Record>');
  }
  L.push('</VerifyRecords>');
  add(d.done(L.join('\n')));
}

// ================================================================ 13. payment (付费记录)
function docPayment() {
  const d = new Doc('payment');
  const ag = pick(AG), dt = randDate(2023, 2025);
  const L = [];
  L.push(`${ag.name} 收款明细（${dt.y}年${dt.m}月）`);
  L.push(`统一社会信用代码：${d.uscc(ag.uscc)}`);
  L.push(['订单号', '会员编号', '姓名', '套餐', '金额(元)', '支付方式', '付款卡号/账号', '持卡人', '交易流水号', '支付时间', '经办红娘'].join(','));
  const n = ri(6, 14);
  for (let i = 0; i < n; i++) {
    const p = listPerson(); const pk = pick(PACKAGES); const st = pick(ag.staff);
    const day = { y: dt.y, m: dt.m, d: ri(1, dim(dt.y, dt.m)) };
    const way = wpick([['POS刷卡', 5], ['微信支付', 3], ['支付宝', 2], ['银行转账', 2], ['信用卡分期', 1]]);
    let acct, txn;
    const oid = d.x('order_no', `${ag.pre}${ymd(day, '')}${pad(ri(1, 999), 3)}`);
    if (way === 'POS刷卡' || way === '银行转账' || way === '信用卡分期') {
      acct = chance(0.15) ? d.x('masked_card', maskCard(p.card)) : d.card(p.card, chance(0.6) ? 'plain' : 'g4');
      txn = d.x('txn_no', safeSerial(ymd(day, ''), 20));
    } else if (way === '微信支付') { acct = ''; txn = d.x('txn_no', '4200' + safeSerial('00', 24)); }
    else { acct = ''; txn = d.x('txn_no', ymd(day, '') + '2200' + safeSerial('1', 16)); }
    const amt = way === '信用卡分期' ? `${pk[1]}（12期）` : String(pk[1]);
    L.push([oid, memNo(d, ag, day), d.n(p.name), pk[0], amt, way, acct, acct && !acct.includes('*') ? d.n(p.name) : '', txn, d.x('datetime', `${ymd(day)} ${hms()}`), d.n(st.name)].map(csvq).join(','));
  }
  L.push(`合计：${n}笔  制表：${d.n(pick(ag.staff).name)}  财务复核：${pick(['已核', '待核'])}`);
  add(d.done(L.join('\n')));
}

// ================================================================ 14. refund (退费申请单)
function docRefund() {
  const d = new Doc('refund');
  const ag = pick(AG), dt = randDate(2023, 2025), p = person(), st = pick(ag.staff), mgr = ag.staff[0];
  const pk = pick(PACKAGES.slice(1, 4).concat([PACKAGES[7]]));
  const paid = pk[1], back = Math.round(paid * (ri(20, 70) / 100) / 100) * 100;
  const reason = pick([
    `入会时红娘${d.nd(st.name)}承诺每月至少推荐2位，实际三个月只推荐了1位，且对方资料与介绍不符。`,
    `本人已通过朋友介绍找到对象，不再需要服务，申请按合同退还剩余费用。`,
    `红娘推荐的对象多次爽约，服务态度差，要求退费。`,
    `签约时说对方都是实名认证的${d.x('word', '高学历')}会员，见面发现学历造假。`,
    `工作调动到外地，无法继续到店服务。`,
  ]);
  const pdf = chance(0.4);
  const cardStr = d.card(p.card, pdf ? 'plain' : cstyle());
  const idStr = d.id(p.id, pdf ? 'plain' : istyle());
  const brk = (s) => pdf ? safeSplit(s) : s;
  const t = `退费申请单                       No. ${d.x('form_no', ag.pre + '-TF-' + dt.y + pad(ri(1, 999), 3))}
申请人：${d.n(p.name)}        会员编号：${memNo(d, ag, dt)}
身份证号：${brk(idStr)}
联系电话：${d.m(p.mobile)}
购买套餐：${pk[0]}    合同编号：${d.x('contract_no', `${ag.pre}-HT-${dt.y}-${pad(ri(1, 9999), 4)}`)}
已付金额：¥${paid.toLocaleString('en-US')}.00    申请退款金额：¥${back.toLocaleString('en-US')}.00
退款原因：${reason}
退款账户
  开户行：${p.bank[0]}${ag.city}${pick(['分行营业部', '高新支行', '城西支行', '中山路支行', '科技园支行'])}
  户  名：${d.n(p.name)}
  卡  号：${brk(cardStr)}
申请人签字：${d.n(p.name)}          日期：${cnd(dt)}
———————————— 以下由门店填写 ————————————
服务红娘：${d.n(st.name)}    已服务：推荐${ri(0, 5)}次，见面${ri(0, 3)}次
门店经理意见：${pick(['同意按合同第七条扣除已服务费用后退款。', '与会员协商一致，同意退款。', '不同意，会员已享受服务超过三个月。', '报总部审批。'])}
签字：${d.n(mgr.name)}
财务：${pick(['已打款', '待打款', '驳回'])}  ${d.x('date', ymd(addDays(dt, ri(3, 15))))}`;
  add(d.done(t));
}

// ================================================================ 15. complaint (投诉记录)
function docComplaint() {
  const d = new Doc('complaint');
  const ag = pick(AG), dt = randDate(2023, 2025), p = person(), st = pick(ag.staff);
  const src = pick(['12315平台转办', '12345市民热线', '门店来访', '电话投诉', '黑猫投诉']);
  const ticket = src.startsWith('123') ? d.x('ticket_no', safeSerial(ymd(dt, ''), 16)) : d.x('ticket_no', 'TS' + ymd(dt, '') + pad(ri(1, 999), 3));
  const body = pick([
    `投诉人称${dt.y - 1}年在该婚介签约${pick(PACKAGES.slice(1, 4))[0]}，交费后红娘${d.nd(st.name)}推荐的对象多为“托”，见面后对方均不再联系，要求全额退费。`,
    `投诉人反映其个人资料（含照片、电话）被婚介未经同意发给多名陌生人，之后频繁接到骚扰电话，要求删除资料并道歉。`,
    `投诉人称婚介以“${d.x('word', '钻石王老五')}专场”为名收取${ri(3, 9)}800元，实际活动只有十来人参加，与宣传严重不符。`,
    `投诉人的${pick(['母亲', '父亲'])}在公园相亲角被工作人员拉去门店，当场刷卡${ri(1, 3)}万元，投诉人认为存在诱导消费。`,
    `投诉人称红娘在微信上索要其身份证照片和银行卡照片，说是“实名认证”，担心信息泄露。`,
  ]);
  const t = `投诉登记表
工单号：${ticket}    来源：${src}    登记日期：${ymd(dt)}
投诉人：${d.n(p.name)}    性别：${p.g}    联系电话：${d.m(p.mobile)}
身份证号：${chance(0.5) ? d.id(p.id) : d.x('masked_id', maskId(p.id))}
被投诉单位：${ag.name}
统一社会信用代码：${d.uscc(ag.uscc)}
单位电话：${d.tel(ag.tel)}
涉及人员：${d.n(st.name)}（${st.role}）
投诉内容：
${body}
诉求：${pick(['全额退费', '退还剩余费用并删除个人资料', '赔礼道歉', '退费并赔偿损失'])}
处理经过：
${ymd(addDays(dt, 1))} 电话联系投诉人，${pick(['已解释合同条款', '约定到店面谈', '投诉人情绪激动'])}。
${ymd(addDays(dt, ri(3, 8)))} ${pick(['双方达成和解，退还部分费用', '调解未成，建议走诉讼', '企业同意删除资料并书面道歉'])}。
承办人：${d.n(pick(PARENTS_M).name)}`;
  add(d.done(t));
}

// ================================================================ 16. ocr-card (相亲角手写卡片 OCR)
function ocrDigits(d, s, level) {
  for (let t = 0; t < 100; t++) { const r = ocrDigits1(s, level); if (level === 0 || !(r.match(/\d+[Xx]?/g) || []).some(looksValid)) return r; }
  return s;
}
function ocrDigits1(s, level) {
  // level 0: clean; 1: spaces; 2: letter-for-digit; 3: broken
  if (level === 0) return s;
  if (level === 1) { const k = ri(3, 7); return s.slice(0, k) + ' ' + s.slice(k); }
  if (level === 2) {
    const idx = [...s].map((c, i) => (c === '0' || c === '1') ? i : -1).filter((i) => i > 2);
    if (!idx.length) return s;
    const i = pick(idx); return s.slice(0, i) + (s[i] === '0' ? 'O' : 'l') + s.slice(i + 1);
  }
  const i = ri(3, s.length - 2); return s.slice(0, i) + pick(['■', '?', '']) + s.slice(i + 1);
}
function ocrText(s) { // light OCR noise on Chinese text
  return s.replace(/身高/g, () => chance(0.15) ? '身髙' : '身高').replace(/。/g, () => chance(0.2) ? '.' : '。').replace(/，/g, () => chance(0.2) ? ',' : '，');
}
function docOcrCard() {
  const d = new Doc('ocr-card'); d.ocr = true;
  const g = chance(0.5) ? '男' : '女';
  const p = person(g);
  const par = pick(g === '男' ? (chance(0.7) ? PARENTS_F : PARENTS_M) : (chance(0.7) ? PARENTS_F : PARENTS_M));
  const title = par.sur + (par.g === '女' ? pick(['阿姨', '妈妈']) : pick(['叔叔', '爸爸']));
  const lvl = wpick([[0, 5], [1, 2], [2, 2], [3, 1]]);
  let ph = ocrDigits(d, par.mobile, lvl);
  if (lvl === 3) d.dc('cn_mobile', par.mobile); else { d.ent('cn_mobile', par.mobile); }
  const house = pick(['有房无贷', '市区两套房', '有房有车', '婚房已备', '单位分房']);
  const v = ri(0, 2);
  let t;
  if (v === 0) {
    t = `[OCR 识别结果 置信度 ${(ri(70, 96) / 100).toFixed(2)}]
${g === '男' ? '男' : '女'}  ${d.x('year', p.by + '年')}生  属${d.x('zodiac', zodiacOf(p.by))}  身高${d.x('height', p.height + 'cm')}
${p.edu}  ${d.x('school', pick(SCHOOLS))}毕业
现在${g === '男' ? pick(['国企', '外企', '银行', '设计院', '区政府']) : pick(['医院', '学校', '银行', '事业单位'])}工作  ${d.x('income', pick(['年收入30万左右', '月入2万', '年薪20W', '收入稳定']))}
${house}  本市户口  ${pick(['独生子', '独生女', '有一姐姐已婚', '父母退休有退休金'])}
寻 ${ri(1986, 1992)}-${ri(1993, 1998)}年生 ${g === '男' ? '女孩' : '男孩'} ${pick(['本科以上', '大专以上', '学历相当'])} ${pick(['温柔贤惠', '人品端正', '孝顺', '身体健康'])}
联系人：${d.x('relative_title', title)} ${ph}（非诚勿扰）`;
  } else if (v === 1) {
    t = `——人民公园相亲角 扫描件 第${ri(1, 40)}页——
【${g === '男' ? '男孩' : '女孩'}资料】
${d.x('surname_only', '姓' + p.sur)}，${d.x('year', String(p.by).slice(2) + '年')}，${d.x('zodiac', '属' + zodiacOf(p.by))}，${d.x('constellation', constellation(p.bm, p.bd))}
身高 ${p.height} 体重 ${d.x('weight', p.weight + '公斤')}
${p.edu}，${d.x('company', pick(COMPANY_DECOY))}上班
${pick(['性格开朗', '老实本分', '文静', '爱运动'])}，${house}
父母均为${pick(['退休教师', '公务员', '医生', '做生意'])}
要求：${g === '男' ? '女方' : '男方'}${pick(['本地', '江浙沪', '同城'])}，${pick(['有正式工作', '人品好', `不要${d.x('word', '凤凰男')}`, '家庭和睦'])}
家长电话：${ph}  ${par.g === '女' ? '妈妈' : '爸爸'}
${chance(0.4) ? `家里座机：${d.tel([pick(AG).tel[0], String(ri(2, 8)) + digits(pick(AG).tel[0].length === 3 ? 7 : 7)], 'dash')}` : ''}`;
  } else {
    // formal registration card from a 街道 matchmaking corner (names present)
    const idl = wpick([[0, 5], [1, 2], [3, 1]]);
    let idText = ocrDigits(d, p.id, idl);
    if (idl === 3) d.dc('cn_resident_id', p.id); else d.ent('cn_resident_id', p.id);
    t = `${pick(['朝晖街道', '湖滨街道', '南京路街道', '新街口街道', '中关村街道'])}“鹊桥”公益相亲登记卡（扫描识别）
子女姓名：${d.n(ocrName(p.name))}   性别：${p.g}   出生：${p.by}.${p.bm}
身份证：${idText}
学历：${p.edu}   职业：${p.job}
身高：${p.height}   婚况：${p.marital}
家长姓名：${d.n(par.name)}   关系：${(par.g === '女' ? '母' : '父') + (g === '男' ? '子' : '女')}
家长电话：${ph}
择偶要求：${reqText(d, g)}
登记员：${d.n(pick(PARENTS_F.filter((q) => q !== par)).name)}   ${d.x('date', ymd(randDate(2023, 2025)))}`;
  }
  add(d.done(ocrText(t)));
}
function ocrName(n) { return n.length === 2 && chance(0.4) ? n[0] + ' ' + n[1] : n; }

// ================================================================ 17. chat (微信聊天记录)
function docChat() {
  const d = new Doc('chat');
  const ag = pick(AG), st = pick(ag.staff), p = person(), o = person(p.g === '男' ? '女' : '男'), dt = randDate(2023, 2025);
  const L = [];
  const me = st.name;
  const mem = p.name;
  L.push(`微信聊天记录导出  对象：${d.n(mem)}（会员 ${memNo(d, ag, dt)}）  导出人：${d.n(me)}`);
  L.push(`——— ${d.x('date', ymd(dt))} ———`);
  let clock = ri(8 * 60, 12 * 60);
  const say = (who, txt) => { clock = Math.min(clock + ri(0, 50), 23 * 60 + 50); L.push(`${who} ${pad(Math.floor(clock / 60), 2)}:${pad(clock % 60, 2)}`); L.push(txt); };
  const honor = p.sur + (p.g === '男' ? '先生' : pick(['女士', '小姐']));
  d.dc('person_name_zh', honor);
  const otherTitle = o.g === '男' ? '男士' : '女孩';
  say(me, `${honor}${clock < 11 * 60 ? pick(['早上好', '您好']) : pick(['中午好', '您好'])}～上次说的那位${otherTitle}资料我发您看看哈`);
  say(me, '[图片]');
  const brief = `${d.n(o.name)}，${d.x('year', String(o.by).slice(2) + '年')}，${d.x('height', String(o.height))}，${o.edu}，${o.job}，${d.x('income', o.income)}，${o.hukou}人，${o.marital}`;
  say(me, brief);
  const ta = o.g === '男' ? '他' : '她';
  say(mem, pick([`看着还行，${ta}电话多少？我先加个微信`, `可以啊，${ta}电话给我一下？`, '照片挺好的，怎么联系', '年龄有点大，先聊聊吧']));
  const fw = chance(0.2);
  say(me, `${o.g === '男' ? '他' : '她'}手机${d.m(o.mobile, fw ? 'fw' : pick(['plain', 'plain', 's344']))} 微信同号，您加的时候备注一下${ag.short}红娘介绍的`);
  const v = ri(0, 3);
  if (v === 0) {
    say(me, `对了${honor}，咱们系统要做实名认证，麻烦把身份证号发我一下，我帮您录进去`);
    say(mem, `${d.id(p.id, chance(0.3) ? 'fw' : pick(['plain', 'plain', 'lowx']))}`);
    say(me, '收到，谢谢～');
  } else if (v === 1) {
    say(mem, `我想退费，卡号${d.card(p.card, pick(['plain', 'g4']))}，${p.bank[0]}的，户名${d.n(p.name)}`);
    say(me, `好的我先报给店长，一般7个工作日，${d.x('relative_title', ag.staff[0].sur + '姐')}批了就打款`);
  } else if (v === 2) {
    say(mem, `我换号了，新号码${d.m(newMobileFor(p), pick(['plain', 'fw', 'd344']))}，旧的不用了`);
    say(me, '好的已更新');
  } else {
    say(mem, `我邮箱是${d.mail(p.email, chance(0.25) ? 'fwat' : '')}，资料发我邮箱吧，微信图片太糊`);
    say(me, '好嘞，今晚发');
  }
  if (chance(0.5)) {
    say(mem, `${pick(['我妈', '我爸'])}问能不能把${o.g === '男' ? '男方' : '女方'}家里情况也问问，${pick(['是不是独生子女', '父母做什么的', '有没有房'])}`);
    say(me, `没问题，我问问${o.g === '男' ? '他' : '她'}，${d.x('relative_title', p.sur + pick(['阿姨', '叔叔']))}放心`);
  }
  if (chance(0.4)) {
    L.push(`——— ${ymd(addDays(dt, ri(2, 6)))} ———`);
    clock = ri(9 * 60, 20 * 60);
    say(mem, `见过了，${d.nd(o.name)}${pick(['人挺好的，就是有点闷', '比照片胖', '聊得挺开心', '迟到了半小时'])}`);
    say(me, pick(['那再接触接触看～', '好的，我跟对方也沟通下', '理解，下一位我再帮您留意']));
  }
  add(d.done(L.join('\n')));
}
function newMobileFor() { return newMobile(); } // a member who changed numbers

// ================================================================ 18. group-chat (相亲会微信群)
function docGroupChat() {
  const d = new Doc('group-chat');
  const ag = pick(AG), st = pick(ag.staff), dt = randDate(2023, 2025), ev = pick(EVENTS);
  const L = [`群聊：${ag.short}·${ev}${ri(1, 9)}群（${ri(80, 480)}人）  导出：${ymd(dt)}`];
  const clk = clockFrom(ri(8, 12), 1500);
  const ts = () => `${ymd(dt)} ${clk()}`;
  L.push(`${ts()} ${d.n(st.name)}（群主）：${d.x('mention', '@所有人')} 本周六${ev}，报名请按格式接龙：姓名+性别+年份+手机号`);
  const n = ri(4, 10);
  L.push(`${ts()} ${d.n(st.name)}（群主）：#接龙`);
  L.push(`${ev}报名`);
  for (let i = 0; i < n; i++) {
    const p = person();
    L.push(`${i + 1}. ${d.n(p.name)} ${p.g} ${d.x('year', String(p.by).slice(2) + '年')} ${d.m(p.mobile, pick(['plain', 'plain', 's344', 'fw']))}`);
  }
  const q = person();
  L.push(`${ts()} ${d.x('nickname', q.nick)}：${pick(['请问可以带朋友吗', '有停车位吗', '女生多还是男生多', '穿什么衣服合适'])}`);
  L.push(`${ts()} ${d.n(st.name)}（群主）：${d.x('mention', '@' + q.nick)} ${pick(['可以的，朋友也要报名哈', '商场地下车库，凭小票免费2小时', '男女比例差不多'])}`);
  L.push(`${ts()} ${d.n(st.name)}（群主）：报名费${d.x('price', '199元')}，转账备注姓名，或者刷卡也行。有问题打我电话 ${d.m(st.mobile)}`);
  add(d.done(L.join('\n')));
}

// ================================================================ 19. sms (短信发送记录)
function docSms() {
  const d = new Doc('sms');
  const ag = pick(AG), dt = randDate(2023, 2025), st = pick(ag.staff);
  const tpl = pick(['见面提醒', '活动通知', '续费提醒', '退款到账', '验证码']);
  const withName = chance(0.5);
  const clk = clockFrom(ri(9, 18), 20);
  const L = [`短信发送记录  模板：${tpl}  通道：${pick(['阿里云', '腾讯云', '创蓝253'])}  批次：${d.x('batch_no', ymd(dt, '') + pad(ri(1, 99), 2))}`];
  L.push(withName ? '接收号码\t接收人\t内容\t状态\t回执时间' : '手机号\t短信内容\t状态\t发送时间');
  const n = ri(5, 14);
  for (let i = 0; i < n; i++) {
    const p = person(); const o = person(p.g === '男' ? '女' : '男');
    const hon = p.sur + (p.g === '男' ? '先生' : '女士'); d.dc('person_name_zh', hon);
    let c;
    if (tpl === '见面提醒') { const oh = o.sur + (o.g === '男' ? '先生' : '女士'); d.dc('person_name_zh', oh); c = `【${ag.short}】${hon}您好，您与${oh}的见面安排在${dt.m}月${dt.d}日${pick(['14:00', '15:30', '19:00'])}，地点：${d.x('place', pick(PLACES))}。如有变动请联系红娘${st.sur}老师${d.m(st.mobile, 'plain')}。回T退订`; d.dc('person_name_zh', st.sur + '老师'); }
    else if (tpl === '活动通知') c = `【${ag.short}】${hon}，${cnd(addDays(dt, 7))}${pick(EVENTS)}开放报名，名额有限，回复1报名。回T退订`;
    else if (tpl === '续费提醒') c = `【${ag.short}】尊敬的会员${hon}，您的${pick(PACKAGES.slice(0, 4))[0]}将于${ymd(addDays(dt, 10))}到期，续费享8折。回T退订`;
    else if (tpl === '退款到账') c = `【${ag.short}】${hon}，您申请的退费${ri(1, 20) * 500}元已退至${d.x('card_tail', '尾号' + p.card.slice(-4))}的银行卡，请注意查收。`;
    else c = `【${ag.short}】验证码${d.x('sms_code', String(ri(100000, 999999)))}，您正在登录会员系统，5分钟内有效，请勿泄露。`;
    const bad = chance(0.1);
    const num = bad ? d.x('bad_mobile', pick(BAD_MPRE) + digits(8)) : d.m(p.mobile, chance(0.85) ? 'plain' : 'p86c');
    const status = bad ? '失败(空号)' : pick(['成功', '成功', '成功', '成功', '失败(关机)']);
    const at = `${ymd(dt)} ${clk()}`;
    L.push(withName ? [num, d.n(p.name), c, status, at].join('\t') : [num, c, status, at].join('\t'));
  }
  add(d.done(L.join('\n')));
}

// ================================================================ 20. mail (邮件正文)
function docMail() {
  const d = new Doc('mail');
  const ag = pick(AG), st = pick(ag.staff), p = person(), o = person(p.g === '男' ? '女' : '男'), dt = randDate(2023, 2025);
  const hon = p.sur + (p.g === '男' ? '先生' : '女士'); d.dc('person_name_zh', hon);
  const v = ri(0, 2);
  let t;
  if (v === 0) {
    t = `发件人：${d.n(st.name)} <${d.mail(st.email)}>
收件人：${d.mail(p.email)}
日期：${ymd(dt)} ${hms()}
主题：【${ag.short}】为您推荐的${o.g === '男' ? '男' : '女'}嘉宾资料（编号${memNo(d, ag, dt)}）

${hon}您好：

根据您的择偶要求，为您推荐以下${o.g === '男' ? '男' : '女'}嘉宾：
  昵称：${d.x('nickname', o.nick)}
  年龄：${d.x('age', (dt.y - o.by) + '岁')}  身高：${d.x('height', o.height + 'cm')}  学历：${o.edu}
  职业：${jobField(d, o)}  户籍：${hukouField(d, o)}  婚况：${o.marital}
  星座：${d.x('constellation', constellation(o.bm, o.bd))}
（对方联系方式待双方同意见面后提供，请勿私下打听。）

如有意向请回复本邮件或致电我。

${d.n(st.name)}
${ag.short}·${st.role}
手机：${d.m(st.mobile)} | 座机：${d.tel(ag.tel)} 转${st.ext} | 客服热线：${d.x('hotline', ag.hotline.replace(/(\d{3})(\d{3})(\d{4})/, '$1-$2-$3'))}
${ag.name}`;
  } else if (v === 1) {
    t = `From: ${d.mail(p.email, chance(0.2) ? 'upper' : '')}
To: ${d.mail(st.email)}
Subject: 回复：资料补充
Date: ${ymd(dt)} ${hms()} +0800

${st.sur}老师好，
补充一下我的资料：
姓名：${d.n(p.name)}
身份证号：${d.id(p.id)}
手机：${d.m(p.mobile)}
学历证书和单位证明已附上（附件2个），${pick(['麻烦查收。', '另外照片可以换成附件里新的那张。', '请不要把我的电话直接给对方，谢谢。'])}
${d.n(p.name)}
发自我的iPhone`;
    d.dc('person_name_zh', st.sur + '老师');
  } else {
    t = `发件人：${d.mail(`service@${ag.domain}`)}
收件人：${d.mail(p.email)}
主题：${ag.short} 服务合同及付款凭证

尊敬的${hon}：
感谢您选择${ag.name}。附件为您的电子合同及付款凭证，请妥善保存。
  会员姓名：${d.n(p.name)}
  证件号码：${d.x('masked_id', maskId(p.id))}
  服务套餐：${pick(PACKAGES.slice(1, 4))[0]}
  付款卡号：${d.x('masked_card', maskCard(p.card))}
  合同编号：${d.x('contract_no', `${ag.pre}-HT-${dt.y}-${pad(ri(1, 9999), 4)}`)}
您的专属红娘：${d.n(st.name)}，手机 ${d.m(st.mobile)}。
本邮件由系统自动发送，请勿直接回复。`;
  }
  add(d.done(t));
}

// ================================================================ 21. contract (婚恋服务合同, PDF text)
function docContract() {
  const d = new Doc('contract');
  const ag = pick(AG), st = pick(ag.staff), p = person(), dt = randDate(2023, 2025), mgr = ag.staff[0];
  const pk = pick(PACKAGES.slice(1, 4).concat([PACKAGES[7]]));
  const split = chance(0.5);
  const brk = (s) => split ? safeSplit(s) : s;
  const page = () => `\n\n— ${ri(1, 4)} —\n\n`;
  const pay = wpick([['card', 6], ['wx', 2], ['transfer', 2]]);
  const payTxt = pay === 'card' ? `银行卡刷卡，卡号：${brk(d.card(p.card, split ? 'plain' : pick(['plain', 'g4'])))}（${p.bank[0]}）`
    : pay === 'wx' ? `微信支付，交易单号：${d.x('txn_no', '4200' + safeSerial('00', 24))}` : `转账至甲方对公账户（开户行：${pick(['招商银行', '杭州银行', '中国工商银行'])}${ag.city}分行，账号：${d.x('corp_account', safeSerial(pick(['571', '1202', '3100', '4000']), 15))}）`;
  const t = `婚恋服务合同
合同编号：${d.x('contract_no', `${ag.pre}-HT-${dt.y}-${pad(ri(1, 9999), 4)}`)}
甲方（服务方）：${ag.name}
统一社会信用代码：${d.uscc(ag.uscc)}
地址：${ag.city}市${pick(['文三路', '中山路', '解放大道', '人民南路', '建国路'])}${ri(1, 399)}号${ri(2, 18)}楼
电话：${d.tel(ag.tel)}
乙方（会员）：${d.n(p.name)}    性别：${p.g}
身份证号码：${brk(d.id(p.id, split ? 'plain' : istyle()))}
联系电话：${d.m(p.mobile)}    电子邮箱：${d.mail(p.email)}
住址：${p.regName}${pick(['幸福里', '阳光花园', '锦绣苑', '翠苑'])}${ri(1, 30)}幢${ri(1, 3)}单元${ri(1, 28)}0${ri(1, 4)}室

根据《中华人民共和国民法典》等有关规定，甲乙双方本着自愿、平等的原则，就甲方向乙方提供婚恋服务事宜达成如下协议：
第一条 服务内容：甲方为乙方提供${pk[0]}服务，服务期${pick(['12', '24', '6'])}个月，期内推荐符合乙方择偶要求的异性会员不少于${ri(6, 24)}人次。
第二条 乙方保证所提供的个人资料（含婚况、学历、收入）真实有效，如有虚假甲方有权解除合同。${page()}第三条 甲方对乙方的个人信息负有保密义务，未经乙方同意不得向第三方提供乙方的姓名、电话、身份证号码等信息。
第四条 服务费用：人民币${pk[1]}元整，付款方式：${payTxt}。
第五条 退费：服务未满一个月且未安排见面的，扣除${ri(10, 30)}%手续费后退还；已安排见面的按已服务次数折算。
第六条 争议解决：协商不成的，向甲方所在地人民法院起诉。

甲方（盖章）：${ag.name}           乙方（签字）：${d.n(p.name)}
代表人：${d.n(mgr.name)}                  签约红娘：${d.n(st.name)}
签订日期：${cnd(dt)}`;
  add(d.done(t));
}

// ================================================================ 22. crm-xml (CRM 会员导出)
function docCrmXml() {
  const d = new Doc('crm-xml');
  const ag = pick(AG), dt = randDate(2023, 2025);
  const L = ['<?xml version="1.0" encoding="GBK"?>', `<Members exportTime="${ymd(dt)} 23:00:00" store="${pick(ag.stores)}" count="0">`];
  const n = ri(4, 9);
  for (let i = 0; i < n; i++) {
    const p = listPerson(); const st = pick(ag.staff);
    L.push(`  <Member id="${memNo(d, ag, dt)}">`);
    L.push(`    <Name>${d.n(p.name)}</Name><Gender>${p.g === '男' ? 'M' : 'F'}</Gender><Birth>${p.by}-${pad(p.bm, 2)}-${pad(p.bd, 2)}</Birth>`);
    L.push(`    <Height>${p.height}</Height><Weight>${p.weight}</Weight><Edu>${p.edu}</Edu><Job>${p.job}</Job><Income>${p.income}</Income>`);
    L.push(`    <Hukou>${hukouField(d, p)}</Hukou><Marital>${p.marital}</Marital><Zodiac>${d.x('zodiac', zodiacOf(p.by))}</Zodiac><Nick>${d.x('nickname', p.nick)}</Nick>`);
    L.push(`    <Mobile>${d.m(p.mobile, 'plain')}</Mobile><IdCard>${d.id(p.id, 'plain')}</IdCard>${chance(0.7) ? `<Email>${d.mail(p.email)}</Email>` : '<Email/>'}`);
    if (chance(0.3)) { const gu = chance(0.65) ? pick(PARENTS_F) : pick(PARENTS_M); L.push(`    <Guardian relation="${gu.g === '女' ? '母亲' : '父亲'}"><Name>${d.n(gu.name)}</Name><Mobile>${d.m(gu.mobile, 'plain')}</Mobile></Guardian>`); }
    L.push(`    <Matchmaker>${d.n(st.name)}</Matchmaker><Requirement><![CDATA[${reqText(d, p.g)}]]></Requirement>`);
    L.push('  </Member>');
  }
  L.push('</Members>');
  L[1] = L[1].replace('count="0"', `count="${n}"`);
  add(d.done(L.join('\n')));
}

// ================================================================ 23. match-log (匹配引擎日志)
function docMatchLog() {
  const d = new Doc('match-log');
  const app = pick(APPS), dt = randDate(2023, 2025);
  const L = [];
  const clk = clockFrom(2, 120);
  L.push(`[${ymd(dt)} ${clk()}] match-engine v2.${ri(1, 9)}.${ri(0, 9)} batch=${d.x('batch_no', ymd(dt, ''))} candidates=${ri(800, 9000)}`);
  const n = ri(5, 10);
  for (let i = 0; i < n; i++) {
    const p = listPerson();
    const uid = d.x('uid', String(app.uid0 + ri(1, 9999999)));
    const top = Array.from({ length: 3 }, () => `${d.x('uid', String(app.uid0 + ri(1, 9999999)))}:${(ri(60, 99) / 100).toFixed(2)}`).join(',');
    L.push(`[${ymd(dt)} ${clk()}] uid=${uid} nick=${d.x('nickname', p.nick)} age=${dt.y - p.by} h=${p.height} city=${hukouField(d, p)} top3=[${top}]`);
    if (chance(0.4)) L.push(`[${ymd(dt)} ${clk()}] push sms uid=${uid} to=${d.m(p.mobile, chance(0.5) ? 'plain' : 'p86c')} tpl=MATCH_NOTICE ok`);
    else if (chance(0.3)) { const c = clk(); const [h, mi, se] = c.split(':').map(Number); L.push(`[${ymd(dt)} ${c}] push app uid=${uid} phone=${d.x('masked_mobile', maskMobile(p.mobile))} ts=${d.x('timestamp', String(epochMs(dt, h, mi, se)))}`); }
    if (chance(0.15)) L.push(`[${ymd(dt)} ${clk()}] WARN realname mismatch uid=${uid} real_name=${d.n(p.name)} idno=${d.id(p.id, 'plain')} -> downgrade`);
  }
  L.push(`[${ymd(dt)} ${clk()}] done pairs=${ri(1000, 30000)} elapsed=${ri(40, 900)}s`);
  add(d.done(L.join('\n')));
}

// ================================================================ 24. minutes (门店例会纪要)
function docMinutes() {
  const d = new Doc('minutes');
  const ag = pick(AG), dt = randDate(2023, 2025);
  const staff = ag.staff;
  const absent = pick(staff.slice(1));
  const a = pick(MEN), b = pick(WOMEN), c = person();
  const t = `${ag.short}${pick(ag.stores)} ${dt.m}月第${ri(1, 4)}周例会纪要
时间：${ymd(dt)} 09:30    地点：门店会议室
主持：${d.n(staff[0].name)}（店长）
参会：${staff.filter((s) => s !== absent).slice(1).map((s) => d.n(s.name)).join('、')}（${d.n(absent.name)}请假）
记录：${d.n(staff[1].name)}

一、上周业绩
新签${ri(3, 15)}单，其中${pick(PACKAGES.slice(1, 4))[0]}${ri(1, 5)}单，回款${ri(5, 40)}万元；退费${ri(0, 3)}单。
二、重点会员跟进
1. ${d.nd(a.name)}已见面${ri(2, 4)}次，女方${d.nd(b.name)}反馈不错，${d.nd(staff[1].name)}继续跟进，争取下月脱单。
2. 投诉处理：会员${d.n(c.name)}（${d.m(c.mobile)}）要求退费，情绪较大，店长周三约谈。
3. ${d.x('word', '钻石王老五')}资源紧缺，各位多从相亲会现场挖掘男会员。
三、其他
- 严禁把会员身份证、电话直接发给对方或发朋友圈，上周有会员投诉资料外泄。
- ${d.x('relative_title', pick(['王阿姨', '李妈妈', '张叔', '陈大姐']))}那边（相亲角老客户）介绍了${ri(2, 6)}位新客户，注意维护。
- 本月${pick(EVENTS)}场地已定在${d.x('place', pick(PLACES))}。`;
  add(d.done(t));
}

// ================================================================ 25. archive (老会员纸质档案 OCR, 15-digit IDs)
function docArchive() {
  const d = new Doc('archive'); d.ocr = true;
  const ag = pick(AG);
  const yr = ri(2001, 2008);
  const L = [`[扫描件 OCR] ${ag.short}前身“${pick(['红玫瑰', '鹊桥', '月老', '百年好合'])}婚姻介绍所” ${yr}年会员登记簿 第${ri(1, 30)}页`];
  L.push('编号  姓名    性别  出生      身份证号            联系电话        单位');
  const n = ri(4, 9);
  for (let i = 0; i < n; i++) {
    const g = chance(0.5) ? '男' : '女';
    const nm = newName(g);
    ALL_PEOPLE.push({ ...nm, g });
    const by = ri(1955, 1978), bm = ri(1, 12), bd = ri(1, dim(by, bm));
    const reg = pick(OLD_REGIONS);
    const legacy = chance(0.8);
    const id = legacy ? mkId15(reg, by, bm, bd, g) : mkId(reg, by, bm, bd, g);
    const lvl = wpick([[0, 6], [1, 2], [3, 1]]);
    let idText = ocrDigits(d, id, lvl);
    const norm = legacy ? upgrade15(id) : id;
    if (lvl === 3) d.dc('cn_resident_id', norm); else d.ent('cn_resident_id', norm);
    const mob = newMobile(MPRE_2000S);
    const hasMob = chance(0.6);
    let phone;
    if (hasMob) { const ml = wpick([[0, 6], [2, 2], [3, 1]]); phone = ocrDigits(d, mob, ml); if (ml === 3) d.dc('cn_mobile', mob); else d.ent('cn_mobile', mob); }
    else { const tel = [pick(['0571', '021', '025', '010', '027', '028']), '']; tel[1] = (tel[0].length === 3 ? String(ri(2, 8)) + digits(7) : String(ri(2, 8)) + digits(7)); phone = d.tel(tel, 'dash'); }
    L.push(`${pad(ri(1, 999), 3)}   ${padR(d.n(ocrName(nm.name)), 8)}${g}    ${by}.${pad(bm, 2)}   ${padR(idText, 20)}${padR(phone, 16)}${pick(['纺织厂', '市二医院', '机床厂', '供销社', '小学', '邮电局', '个体'])}`);
  }
  L.push(`经办：${d.n(pick(PARENTS_F).name)}   （原件存档室${d.x('cabinet', ri(1, 9) + '号柜')}）`);
  add(d.done(ocrText(L.join('\n'))));
}

// ================================================================ 26. blacklist (黑名单 / 风险会员)
function docBlacklist() {
  const d = new Doc('blacklist');
  const ag = pick(AG), dt = randDate(2023, 2025);
  const L = [`${ag.short} 风险会员名单（内部，严禁外传）更新于${ymd(dt)}`, ''];
  const n = ri(3, 8);
  for (let i = 0; i < n; i++) {
    const p = person();
    L.push(`${i + 1}) 姓名：${d.n(p.name)}  ${p.g}  ${d.x('age', (dt.y - p.by) + '岁')}`);
    L.push(`   身份证：${d.id(p.id)}  手机：${d.m(p.mobile)}${chance(0.3) ? `  备用：${d.m(newMobile())}` : ''}`);
    L.push(`   原因：${pick(['隐瞒已婚身份', '以恋爱为名借钱（已报警）', '骚扰多名女会员', '婚况造假（实为离异带孩）', '推销理财产品', '疑似婚托', '冒用他人身份证实名'])}`);
    if (chance(0.3)) L.push(`   收款账户：${d.card(p.card)}（受害会员提供）`);
    L.push(`   登记人：${d.n(pick(ag.staff).name)}`);
  }
  add(d.done(L.join('\n')));
}

// ================================================================ 27. passport-members (海外会员登记, passports)
function docOverseas() {
  const d = new Doc('overseas');
  const ag = pick(AG), dt = randDate(2023, 2025);
  const L = [`${ag.short}·${d.x('word', '海归')}精英专场 海外会员登记`, '姓名,性别,所在国家/城市,证件类型,证件号码,国内手机,邮箱,毕业院校'];
  const n = ri(3, 8);
  for (let i = 0; i < n; i++) {
    const p = person();
    const usePp = chance(0.6);
    L.push([d.n(p.name), p.g, pick(['英国伦敦', '美国纽约', '新加坡', '澳大利亚悉尼', '加拿大多伦多', '德国慕尼黑', '日本东京']), usePp ? '护照' : '身份证',
      usePp ? d.pp(mkPassport()) : d.id(p.id, 'plain'), d.m(p.mobile, pick(['plain', 'p86', 'p86c', '0086'])), d.mail(p.email), d.x('school', pick(SCHOOLS.slice(-3).concat(SCHOOLS.slice(0, 4))))].map(csvq).join(','));
  }
  add(d.done(L.join('\n')));
}


// ================================================================ 28. moments (红娘朋友圈 / 公众号推荐文案, no names)
function profileBlurb(d, ag, p, dt) {
  const hw = d.x('height_weight', `${p.height}cm/${p.weight}kg`);
  const lines = [];
  lines.push(`${p.g === '男' ? '💙男嘉宾' : '💗女嘉宾'} ${memNo(d, ag, dt)}`);
  lines.push(`${d.x('year', String(p.by).slice(2) + '年')}｜${d.x('zodiac', '属' + zodiacOf(p.by))}｜${d.x('constellation', constellation(p.bm, p.bd))}｜${hw}`);
  lines.push(`学历：${p.edu}（${d.x('school', p.school)}）`);
  lines.push(`职业：${jobField(d, p)}，${d.x('income', p.income)}`);
  lines.push(`户籍：${hukouField(d, p)}，${pick(['有房有车', '有房无贷', '婚房已备', '租房，有首付', '与父母同住'])}`);
  lines.push(`婚况：${p.marital}`);
  lines.push(`标签：${sample(TAGS, 2).map((w) => d.x('word', w)).join(' ')}`);
  lines.push(`择偶：${reqText(d, p.g)}`);
  return lines.join('\n');
}
function docMoments() {
  const d = new Doc('moments');
  const ag = pick(AG), st = pick(ag.staff), dt = randDate(2023, 2025);
  const n = ri(2, 5);
  const L = [`【${d.x('agency', ag.short)}·今日推荐】第${ri(100, 999)}期  ${ymd(dt)}`, ''];
  for (let i = 0; i < n; i++) { L.push(profileBlurb(d, ag, person(), dt)); L.push('——'); }
  const sig = ri(0, 2);
  if (sig === 0) L.push(`有意者私信红娘${d.hon(st, '老师')}，备注会员编号。非诚勿扰！📞${d.m(st.mobile, pick(['plain', 's344', 'd344']))}`);
  else if (sig === 1) L.push(`红娘：${d.n(st.name)}  微信/电话：${d.m(st.mobile)}  门店：${d.x('store', pick(ag.stores))}`);
  else L.push(`详询${d.x('hotline', ag.hotline.replace(/(\d{3})(\d{3})(\d{4})/, '$1-$2-$3'))}，或到${d.x('store', pick(ag.stores))}面谈。`);
  add(d.done(L.join('\n')));
}

// ================================================================ 29. notice (脱单喜报 / 公示栏, masked names)
function docNotice() {
  const d = new Doc('notice');
  const ag = pick(AG), dt = randDate(2023, 2025);
  const L = [`🎉 ${ag.short}${d.x('store', pick(ag.stores))} ${dt.m}月脱单喜报 🎉`, '恭喜以下会员牵手成功：'];
  const n = ri(4, 10);
  for (let i = 0; i < n; i++) {
    const m = man(), f = woman(), st = pick(ag.staff);
    const v = ri(0, 2);
    if (v === 0) L.push(`${i + 1}. ${d.x('masked_name', maskName(m.name))}（${d.x('year', String(m.by).slice(2) + '年')}，${jobField(d, m)}）❤ ${d.x('masked_name', maskName(f.name))}（${d.x('year', String(f.by).slice(2) + '年')}，${jobField(d, f)}）  红娘：${d.n(st.name)}`);
    else if (v === 1) L.push(`${i + 1}. ${d.hon(m)} & ${d.hon(f)}  相识${ri(2, 11)}个月  ${pick(['已订婚', '已领证', '已见家长', '确定恋爱关系'])}  红娘：${d.n(st.name)}`);
    else L.push(`${i + 1}. ${d.x('masked_name', m.sur + '某某')}（${d.x('city', pick(HUKOU_DECOY))}）与${d.x('masked_name', f.sur + '某')}（${d.x('company', pick(COMPANY_DECOY))}）喜结良缘  红娘：${d.n(st.name)}`);
  }
  L.push(`本月脱单${n}对，累计脱单${d.x('count', ri(300, 2000) + '对')}！下一个就是你～ 咨询：${d.tel(ag.tel)}`);
  add(d.done(L.join('\n')));
}

// ================================================================ 30. report (运营周报, no customer data)
function docReport() {
  const d = new Doc('report');
  const ag = pick(AG), dt = randDate(2023, 2025), end = addDays(dt, 6);
  const L = [`${ag.short} 运营周报（${ymd(dt)} ~ ${ymd(end)}）`, ''];
  L.push(`一、整体：新增咨询${ri(80, 400)}，到店${ri(20, 120)}，新签${ri(5, 40)}单，回款${d.x('amount', '¥' + (ri(50, 900) / 10).toFixed(1) + '万')}，退费${ri(0, 5)}单。`);
  L.push('二、门店：');
  for (const sname of ag.stores) L.push(`  ${d.x('store', sname)}  新签${ri(1, 15)}单  见面${ri(10, 60)}场  转化率${(ri(10, 90) / 10).toFixed(1)}%`);
  L.push('三、红娘业绩（按工号）：');
  for (let i = 0; i < ri(3, 6); i++) L.push(`  ${d.x('staff_no', 'HN' + pad(ri(1, 120), 4))}  新签${ri(0, 8)}单  满意度${ri(85, 100)}%`);
  L.push(`四、会员画像热词：${sample(TAGS, 6).map((w) => d.x('word', w)).join('、')}`);
  L.push(`五、热门户籍：${sample(HUKOU_DECOY, 4).map((w) => d.x('city', w)).join('、')}；热门院校：${sample(SCHOOLS, 3).map((w) => d.x('school', w)).join('、')}`);
  L.push(`六、投诉：${ri(0, 4)}起，工单 ${d.x('ticket_no', 'TS' + ymd(dt, '') + pad(ri(1, 999), 3))}、${d.x('ticket_no', 'TS' + ymd(end, '') + pad(ri(1, 999), 3))} 已结案。`);
  L.push(`七、线上：${pick(APPS).name}导流${ri(50, 500)}人，其中${d.x('nickname', pick(NICKS))}、${d.x('nickname', pick(NICKS))}等${ri(3, 20)}位已到店。`);
  L.push(`八、下周：${pick(EVENTS)}（${d.x('date', ymd(addDays(end, ri(2, 6))))}，${d.x('place', pick(PLACES))}），预计${d.x('count', ri(40, 200) + '人')}。`);
  add(d.done(L.join('\n')));
}

// ---------------------------------------------------------------- generate
const PLAN = [
  [docProfile, 24], [docMemberCsv, 9], [docNotes, 18], [docMeeting, 12], [docSignup, 10], [docCheckin, 8], [docFeedback, 9],
  [docAppJson, 10], [docAppCsv, 7], [docAppWithdraw, 8], [docVerifyLog, 10], [docVerifyXml, 6], [docPayment, 14], [docRefund, 16],
  [docComplaint, 11], [docOcrCard, 22], [docChat, 20], [docGroupChat, 7], [docSms, 10], [docMail, 12], [docContract, 12], [docCrmXml, 5],
  [docMatchLog, 6], [docMinutes, 6], [docArchive, 6], [docBlacklist, 5], [docOverseas, 5], [docMoments, 18], [docNotice, 8], [docReport, 7],
];
for (const [fn, n] of PLAN) for (let i = 0; i < n; i++) fn();

// ---------------------------------------------------------------- self-check
const errors = [];
const ALLOWED_ID_PREFIX = new Set([...REGION_SET, ...OLD_REGIONS, '650102', '620102', '150102']);
function validId(id) {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  if (idCheck(id.slice(0, 17)) !== id[17]) return false;
  const y = +id.slice(6, 10), m = +id.slice(10, 12), dd = +id.slice(12, 14);
  if (y < 1900 || y > 2025 || m < 1 || m > 12 || dd < 1 || dd > dim(y, m)) return false;
  return /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5])/.test(id);
}
function validUscc(u) { return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(u) && usccCheck(u.slice(0, 17)) === u[17] && orgCheck(u.slice(8, 16)) === u[16]; }
function flat(s, ocr) {
  let t = s.normalize('NFKC').replace(/[\s\u3000\-–—]/g, '');
  if (ocr) t = t.replace(/O/g, '0').replace(/l/g, '1');
  return t.toUpperCase();
}
const out = [];
const stats = { kinds: {}, det: {}, dc: {}, decoy: {} };
const nameWords = ALL_PEOPLE.map((p) => p.name).sort((a, b) => b.length - a.length);
const counters = {};
for (const d of docs) {
  counters[d.kind] = (counters[d.kind] || 0) + 1;
  const id = `mm-${d.kind}-${counters[d.kind]}`;
  const entities = [...d.E.values()];
  const ek = new Set(entities.map((e) => e.detector + '\u0001' + e.value));
  const dontCare = [...d.D.values()].filter((e) => !ek.has(e.detector + '\u0001' + e.value));
  const decoys = [...d.X.values()];
  const F = flat(d.text, d.ocr);
  const T = d.text.normalize('NFKC');
  for (const e of entities) {
    const v = e.value;
    switch (e.detector) {
      case 'cn_resident_id': if (!validId(v)) errors.push(`${id}: invalid ID ${v}`); if (!F.includes(v) && !F.includes(v.slice(0, 6) + v.slice(8, 17))) errors.push(`${id}: ID not in text ${v}`); break;
      case 'cn_mobile': if (!ALLOC.test(v)) errors.push(`${id}: bad mobile ${v}`); if (!F.includes(v)) errors.push(`${id}: mobile not in text ${v}`); break;
      case 'bank_card': if (!luhnOk(v) || !/^62\d{14,17}$/.test(v)) errors.push(`${id}: bad card ${v}`); if (!F.includes(v)) errors.push(`${id}: card not in text ${v}`); break;
      case 'email': if (!/^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v)) errors.push(`${id}: bad email ${v}`); if (!T.toLowerCase().includes(v)) errors.push(`${id}: email not in text ${v}`); break;
      case 'cn_landline': if (!/^0\d{9,11}$/.test(v)) errors.push(`${id}: bad landline ${v}`); if (!flat(d.text, false).replace(/[()（）]/g, '').includes(v)) errors.push(`${id}: landline not in text ${v}`); break;
      case 'cn_uscc': if (!validUscc(v)) errors.push(`${id}: bad uscc ${v}`); if (!F.includes(v)) errors.push(`${id}: uscc not in text`); break;
      case 'cn_passport': if (!/^E([A-HJ-NP-Z]\d{7}|\d{8})$/.test(v)) errors.push(`${id}: bad passport ${v}`); if (!F.includes(v)) errors.push(`${id}: passport not in text`); break;
      case 'person_name_zh': if (!T.replace(/[\s\u3000]/g, '').includes(v)) errors.push(`${id}: name not in text ${v}`); break;
      default: errors.push(`${id}: unknown detector ${e.detector}`);
    }
  }
  // decoys: present, not an entity, not a valid value of any detector
  const entVals = entities.map((e) => e.value);
  for (const x of decoys) {
    if (!d.text.includes(x.text)) errors.push(`${id}: decoy not in text ${x.text}`);
    const xf = x.text.normalize('NFKC').replace(/[\s\-]/g, '');
    for (const v of entVals) if (v === xf || v.includes(xf) || xf.includes(v)) errors.push(`${id}: decoy ${x.text} overlaps entity ${v}`);
    for (const e of dontCare) if (e.value === xf) errors.push(`${id}: decoy ${x.text} is dontCare`);
    const dg = xf.replace(/\D/g, '');
    if (/^\d+$/.test(xf)) {
      if (dg.length === 11 && ALLOC.test(dg)) errors.push(`${id}: decoy is a valid mobile ${x.text}`);
      if (dg.length === 18 && validId(dg)) errors.push(`${id}: decoy is a valid ID ${x.text}`);
      if (dg.length >= 16 && dg.length <= 19 && luhnOk(dg)) errors.push(`${id}: decoy passes Luhn ${x.text}`);
    }
    if (x.kind === 'bad_id' && validId(x.text.toUpperCase())) errors.push(`${id}: bad_id is valid ${x.text}`);
  }
  // accidental valid values: every standalone digit run that validates must be labelled
  const labelled = new Set([...entities, ...dontCare].map((e) => e.value));
  for (const mt of T.matchAll(/\d+[Xx]?/g)) {
    const s = mt[0].toUpperCase();
    if (s.length === 11 && ALLOC.test(s) && !labelled.has(s)) errors.push(`${id}: unlabelled mobile-like run ${s}`);
    if (s.length === 18 && validId(s) && !labelled.has(s)) errors.push(`${id}: unlabelled ID-like run ${s}`);
    if (/^\d{15}$/.test(s) && validId(upgrade15(s)) && !labelled.has(upgrade15(s))) errors.push(`${id}: unlabelled legacy-ID-like run ${s}`);
    if (/^\d{16,19}$/.test(s) && luhnOk(s) && !labelled.has(s)) errors.push(`${id}: unlabelled Luhn run ${s}`);
  }
  for (const mt of T.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g)) {
    const v = mt[0].toLowerCase();
    if (!labelled.has(v) && !decoys.some((x) => x.text.toLowerCase() === v)) errors.push(`${id}: unlabelled email ${v}`);
  }
  // every generated person name that occurs must be labelled (entity or dontCare)
  let rest = T.replace(/[\s\u3000]/g, '');
  const lab = [...entities, ...dontCare].filter((e) => e.detector === 'person_name_zh').map((e) => e.value).sort((a, b) => b.length - a.length);
  for (const v of lab) rest = rest.split(v).join('\u0000');
  for (const nm of nameWords) if (rest.includes(nm)) errors.push(`${id}: unlabelled person name ${nm}`);
  stats.kinds[d.kind] = (stats.kinds[d.kind] || 0) + 1;
  for (const e of entities) stats.det[e.detector] = (stats.det[e.detector] || 0) + 1;
  for (const e of dontCare) stats.dc[e.detector] = (stats.dc[e.detector] || 0) + 1;
  for (const x of decoys) stats.decoy[x.kind] = (stats.decoy[x.kind] || 0) + 1;
  out.push(JSON.stringify({ id, kind: d.kind, text: d.text, entities, dontCare, decoys }));
}

writeFileSync(OUT, out.join('\n') + '\n');
const nEnt = Object.values(stats.det).reduce((a, b) => a + b, 0);
const nDec = Object.values(stats.decoy).reduce((a, b) => a + b, 0);
console.log(`documents: ${docs.length} in ${Object.keys(stats.kinds).length} kinds`);
console.log('per kind:   ' + Object.entries(stats.kinds).map(([k, v]) => `${k}=${v}`).join(' '));
console.log('entities:   ' + Object.entries(stats.det).map(([k, v]) => `${k}=${v}`).join(' ') + `  (total ${nEnt})`);
console.log('dontCare:   ' + Object.entries(stats.dc).map(([k, v]) => `${k}=${v}`).join(' '));
console.log('decoys:     ' + Object.entries(stats.decoy).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' ') + `  (total ${nDec})`);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((stats.det[det] || 0) < 150) errors.push(`too few ${det}: ${stats.det[det] || 0}`);
if (nDec < nEnt) errors.push(`fewer decoys (${nDec}) than entities (${nEnt})`);
if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length}):\n` + errors.slice(0, 40).join('\n')); process.exit(1); }
console.log('self-check: OK');
