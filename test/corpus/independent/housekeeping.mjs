#!/usr/bin/env node
// housekeeping.mjs — independent labelled test corpus for listguard.
//
// Theme: domestic-service agencies (家政公司). 阿姨 files (月嫂, 育儿嫂, 保姆, 保洁,
// 护工) with ID, mobile, 健康证 and wage card; employer (雇主) client lists with
// addresses, phones and e-mails; 三方协议 service contracts (some OCR'd);
// 派单 dispatch logs; WeChat chats between agency, 阿姨 and employer;
// training-certificate lists; 意外险 enrolment batches; wage payout batches;
// complaint / replacement records; recruiting posts and 阿姨 résumés; OCR'd
// ID-card copies; SMS logs; mails; SaaS JSON exports; credit-platform XML;
// store meeting minutes; health-check registers; referral rewards; 上户确认单;
// hospital 护工 rosters.
//
// Written in session 30 by a helper that never read src/, rules/ or test/,
// from cn-formats.md and DESIGN.md only.
//
// Usage:   node housekeeping.mjs OUT.jsonl
// Output:  one JSON object per line:
//   {"id":"hk-<kind>-<n>","kind":"<kind>","text":"...",
//    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
//    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
//    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported under any detector
// Normalisation of entity values:
//   cn_resident_id 18 chars, upper-case X (15-digit legacy IDs upgraded to 18);
//   cn_mobile 11 digits (no +86, no separators); cn_landline digits incl. the
//   leading 0 and area code, no separators, no extension; email lower-case;
//   bank_card digits only; cn_uscc 18 chars upper-case; cn_passport upper-case;
//   person_name_zh the name as written without spaces or titles.
// Decoys carry their exact text as written.
// Labelling choices: names only in running prose (or as a salutation / chat
// display name) are dontCare; surname+先生/女士 is dontCare; surname+阿姨/姐/
// 师傅/大姐/嫂/老师/经理/店长 and 小X/老X are decoys. A 62-prefixed number in a
// card field that fails Luhn is dontCare (cn-formats §5.2: Luhn not universal
// for UnionPay). OCR-damaged values (letter for digit) are dontCare.
// Deterministic: own mulberry32 PRNG with a fixed seed; no clock, no I/O but OUT.

import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node housekeeping.mjs OUT.jsonl'); process.exit(2); }

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x4B4A5A30 ^ 20240315);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const pickF = (fs) => pick(fs)(); // lazy: only the chosen branch runs (and labels)
const chance = (p) => rnd() < p;
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const pad2 = (n) => String(n).padStart(2, '0');
const shuffle = (a) => { const b = a.slice(); for (let i = b.length - 1; i > 0; i--) { const j = ri(0, i); [b[i], b[j]] = [b[j], b[i]]; } return b; };
const fw = (s) => s.replace(/[0-9A-Za-z@.\-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));

// ---------------------------------------------------------------- check algorithms
const W_ID = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += Number(b17[i]) * W_ID[i]; return '10X98765432'[s % 11]; }
function validDate(y, m, d) { const t = new Date(Date.UTC(y, m - 1, d)); return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d; }
const PROVINCES = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']);
function idStructOk(id) { // check digit + date + province (used to make sure decoys are invalid)
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  if (idCheck(id.slice(0, 17)) !== id[17]) return false;
  const y = +id.slice(6, 10), m = +id.slice(10, 12), d = +id.slice(12, 14);
  if (y < 1900 || y > 2024 || !validDate(y, m, d)) return false;
  return PROVINCES.has(id.slice(0, 2));
}
function luhnOk(s) { let sum = 0, alt = false; for (let i = s.length - 1; i >= 0; i--) { let d = +s[i]; if (alt) { d *= 2; if (d > 9) d -= 9; } sum += d; alt = !alt; } return sum % 10 === 0; }
function luhnDigit(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c); throw new Error('luhn'); }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
const OW = [3, 7, 9, 10, 5, 8, 4, 2];
function orgCheck(b8) { let s = 0; for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * OW[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function usccOk(u) {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(u)) return false;
  return usccCheck(u.slice(0, 17)) === u[17] && orgCheck(u.slice(8, 16)) === u[16];
}
const MOBILE_RE = /^1(3\d|4[57]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/;

// ---------------------------------------------------------------- name pools
const SURN_W = [
  ['王', 8], ['李', 8], ['张', 8], ['刘', 7], ['陈', 7], ['杨', 5], ['黄', 5], ['赵', 5], ['吴', 5], ['周', 5],
  ['徐', 3], ['孙', 3], ['马', 3], ['朱', 3], ['胡', 3], ['郭', 3], ['何', 3], ['高', 3], ['林', 3], ['罗', 3], ['郑', 3], ['梁', 3],
  ['谢', 2], ['宋', 2], ['唐', 2], ['许', 2], ['韩', 2], ['冯', 2], ['邓', 2], ['曹', 2], ['彭', 2], ['曾', 2], ['肖', 2], ['田', 2],
  ['董', 2], ['袁', 2], ['潘', 2], ['于', 2], ['蒋', 2], ['蔡', 2], ['余', 1], ['杜', 1], ['叶', 1], ['程', 1], ['苏', 1], ['魏', 1],
  ['吕', 1], ['丁', 1], ['任', 1], ['沈', 1], ['姚', 1], ['卢', 1], ['姜', 1], ['崔', 1], ['钟', 1], ['谭', 1], ['陆', 1], ['汪', 1],
  ['范', 1], ['金', 1], ['石', 1], ['廖', 1], ['贾', 1], ['夏', 1], ['韦', 1], ['付', 1], ['方', 1], ['白', 1], ['邹', 1], ['孟', 1],
  ['熊', 1], ['秦', 1], ['邱', 1], ['江', 1], ['尹', 1], ['薛', 1], ['闫', 1], ['段', 1], ['雷', 1], ['侯', 1], ['龙', 1], ['史', 1],
  ['陶', 1], ['黎', 1], ['贺', 1], ['顾', 1], ['毛', 1], ['郝', 1], ['龚', 1], ['邵', 1], ['万', 1], ['钱', 1], ['严', 1], ['覃', 1],
  ['武', 1], ['戴', 1], ['莫', 1], ['孔', 1], ['向', 1], ['汤', 1],
];
const SURN = []; for (const [s, w] of SURN_W) for (let i = 0; i < w; i++) SURN.push(s);
const COMPOUND = ['欧阳', '上官', '司马', '诸葛', '司徒', '皇甫'];
const AYI_F = ['秀兰', '桂英', '秀英', '玉兰', '桂兰', '凤英', '玉梅', '红梅', '春梅', '秀梅', '丽', '芳', '霞', '燕', '红', '艳', '敏', '娟', '梅', '玲', '萍', '英', '丽娟', '海燕', '春花', '翠花', '小红', '美玲', '金凤', '玉霞', '月琴', '素芬', '淑珍', '爱华', '冬梅', '秋菊', '彩霞', '凤琴', '丽萍', '晓燕', '雪梅', '巧云', '桂芝', '兰英', '秀芳', '玉芬', '春兰', '桂香', '银花', '小燕', '爱琴', '玉琴', '秀珍', '红英', '秀云', '玉珍', '会英', '小梅', '春燕', '海英', '翠萍'];
const AYI_M = ['建国', '建军', '国强', '志强', '卫东', '德明', '保国', '立新', '永刚', '振华', '海林', '春生', '德华', '国庆', '建华', '长林', '新民', '福生', '卫国', '志刚'];
const EMP_M = ['伟', '强', '磊', '军', '洋', '勇', '杰', '涛', '超', '鹏', '浩', '宇', '昊', '凯', '晨', '帆', '博', '一鸣', '子豪', '俊杰', '志远', '思远', '文博', '天宇', '浩然', '宇航', '明轩', '嘉伟', '振宇', '建伟', '晓东', '海涛', '立伟', '俊', '斌', '亮', '鑫', '健'];
const EMP_F = ['婷', '静', '丽', '雪', '颖', '悦', '琳', '倩', '佳', '蕾', '雯', '晓燕', '思雨', '佳琪', '欣怡', '梦瑶', '雨萱', '诗涵', '婉婷', '晓琳', '丹丹', '璐', '慧', '洁', '晶', '玥', '楠', '瑶', '子涵', '佳怡', '若曦', '晓雪', '雅琴', '慧敏', '丽娜', '娜', '媛', '芸', '莉'];
const ELD = ['淑珍', '桂芳', '德福', '长林', '玉珍', '凤兰', '秀云', '文华', '振东', '德昌', '淑英', '玉清', '宝山', '福生', '桂兰', '素珍', '广才', '世明', '翠英', '德胜'];
const MINORITY = [['阿依古丽·买买提', 'ayiguli'], ['古丽娜尔·艾力', 'gulinaer'], ['帕提古丽·吐尔逊', 'patiguli'], ['米热古丽·阿不都', 'miregul'], ['祖丽胡玛尔·热合曼', 'zulihumaer']];
const BANNED = new Set(['高峰', '文明', '安全', '方便', '江山', '金花', '石英', '田园', '白云', '马力', '向阳', '林业', '周全', '程序', '于是', '万里', '常青', '金星', '方圆', '高明', '高强', '白雪', '江红', '金玲', '龙凤', '任艳', '史红', '田英', '金红', '方芳', '丁香', '夏雪', '钟情', '汤圆', '白洁', '高洁', '黄金', '金梅', '万宇', '龙宇', '毛毛', '钱鑫', '付出', '高超', '江涛', '雷鸣', '严肃', '金鑫', '于洋', '夏天', '白天', '马超', '孔明', '叶红', '石磊', '白玉兰', '金银花', '龙凤英']);
const PY = {
  王: 'wang', 李: 'li', 张: 'zhang', 刘: 'liu', 陈: 'chen', 杨: 'yang', 黄: 'huang', 赵: 'zhao', 吴: 'wu', 周: 'zhou', 徐: 'xu', 孙: 'sun', 马: 'ma', 朱: 'zhu', 胡: 'hu', 郭: 'guo', 何: 'he', 高: 'gao', 林: 'lin', 罗: 'luo', 郑: 'zheng', 梁: 'liang', 谢: 'xie', 宋: 'song', 唐: 'tang', 许: 'xu', 韩: 'han', 冯: 'feng', 邓: 'deng', 曹: 'cao', 彭: 'peng', 曾: 'zeng', 肖: 'xiao', 田: 'tian', 董: 'dong', 袁: 'yuan', 潘: 'pan', 于: 'yu', 蒋: 'jiang', 蔡: 'cai', 余: 'yu', 杜: 'du', 叶: 'ye', 程: 'cheng', 苏: 'su', 魏: 'wei', 吕: 'lv', 丁: 'ding', 任: 'ren', 沈: 'shen', 姚: 'yao', 卢: 'lu', 姜: 'jiang', 崔: 'cui', 钟: 'zhong', 谭: 'tan', 陆: 'lu', 汪: 'wang', 范: 'fan', 金: 'jin', 石: 'shi', 廖: 'liao', 贾: 'jia', 夏: 'xia', 韦: 'wei', 付: 'fu', 方: 'fang', 白: 'bai', 邹: 'zou', 孟: 'meng', 熊: 'xiong', 秦: 'qin', 邱: 'qiu', 江: 'jiang', 尹: 'yin', 薛: 'xue', 闫: 'yan', 段: 'duan', 雷: 'lei', 侯: 'hou', 龙: 'long', 史: 'shi', 陶: 'tao', 黎: 'li', 贺: 'he', 顾: 'gu', 毛: 'mao', 郝: 'hao', 龚: 'gong', 邵: 'shao', 万: 'wan', 钱: 'qian', 严: 'yan', 覃: 'qin', 武: 'wu', 戴: 'dai', 莫: 'mo', 孔: 'kong', 向: 'xiang', 汤: 'tang',
  欧: 'ou', 阳: 'yang', 上: 'shang', 官: 'guan', 司: 'si', 诸: 'zhu', 葛: 'ge', 徒: 'tu', 皇: 'huang', 甫: 'fu',
  秀: 'xiu', 兰: 'lan', 桂: 'gui', 英: 'ying', 玉: 'yu', 凤: 'feng', 梅: 'mei', 红: 'hong', 春: 'chun', 丽: 'li', 芳: 'fang', 霞: 'xia', 燕: 'yan', 艳: 'yan', 敏: 'min', 娟: 'juan', 玲: 'ling', 萍: 'ping', 海: 'hai', 花: 'hua', 翠: 'cui', 小: 'xiao', 美: 'mei', 月: 'yue', 琴: 'qin', 素: 'su', 芬: 'fen', 淑: 'shu', 珍: 'zhen', 爱: 'ai', 华: 'hua', 冬: 'dong', 秋: 'qiu', 菊: 'ju', 彩: 'cai', 晓: 'xiao', 雪: 'xue', 巧: 'qiao', 云: 'yun', 芝: 'zhi', 香: 'xiang', 银: 'yin', 会: 'hui',
  建: 'jian', 国: 'guo', 军: 'jun', 强: 'qiang', 志: 'zhi', 卫: 'wei', 东: 'dong', 德: 'de', 明: 'ming', 保: 'bao', 立: 'li', 新: 'xin', 永: 'yong', 刚: 'gang', 振: 'zhen', 生: 'sheng', 庆: 'qing', 长: 'chang', 民: 'min', 福: 'fu',
  伟: 'wei', 磊: 'lei', 洋: 'yang', 勇: 'yong', 杰: 'jie', 涛: 'tao', 超: 'chao', 鹏: 'peng', 浩: 'hao', 宇: 'yu', 昊: 'hao', 凯: 'kai', 晨: 'chen', 帆: 'fan', 博: 'bo', 一: 'yi', 鸣: 'ming', 子: 'zi', 豪: 'hao', 俊: 'jun', 远: 'yuan', 思: 'si', 文: 'wen', 天: 'tian', 然: 'ran', 航: 'hang', 轩: 'xuan', 嘉: 'jia', 斌: 'bin', 亮: 'liang', 鑫: 'xin', 健: 'jian',
  婷: 'ting', 静: 'jing', 颖: 'ying', 悦: 'yue', 琳: 'lin', 倩: 'qian', 佳: 'jia', 蕾: 'lei', 雯: 'wen', 雨: 'yu', 琪: 'qi', 欣: 'xin', 怡: 'yi', 梦: 'meng', 瑶: 'yao', 萱: 'xuan', 诗: 'shi', 涵: 'han', 婉: 'wan', 丹: 'dan', 璐: 'lu', 慧: 'hui', 洁: 'jie', 晶: 'jing', 玥: 'yue', 楠: 'nan', 若: 'ruo', 曦: 'xi', 雅: 'ya', 娜: 'na', 媛: 'yuan', 芸: 'yun', 莉: 'li',
  昌: 'chang', 清: 'qing', 宝: 'bao', 山: 'shan', 广: 'guang', 才: 'cai', 世: 'shi', 胜: 'sheng',
};
function py(s) { let o = ''; for (const c of s) { if (!(c in PY)) throw new Error('no pinyin for ' + c); o += PY[c]; } return o; }
const cap = (s) => s[0].toUpperCase() + s.slice(1);

// ---------------------------------------------------------------- regions
// [code, province short, city, county]
const HOMETOWNS = [
  ['341222', '安徽', '阜阳', '太和县', 4], ['341221', '安徽', '阜阳', '临泉县', 4], ['341225', '安徽', '阜阳', '阜南县', 3], ['341623', '安徽', '亳州', '利辛县', 3],
  ['340822', '安徽', '安庆', '怀宁县', 2], ['340323', '安徽', '蚌埠', '固镇县', 2], ['411627', '河南', '周口', '太康县', 3], ['411624', '河南', '周口', '沈丘县', 3],
  ['411721', '河南', '驻马店', '西平县', 2], ['411523', '河南', '信阳', '新县', 2], ['411321', '河南', '南阳', '南召县', 2], ['511623', '四川', '广安', '邻水县', 3],
  ['511321', '四川', '南充', '南部县', 3], ['430524', '湖南', '邵阳', '隆回县', 2], ['431222', '湖南', '怀化', '沅陵县', 1], ['431021', '湖南', '郴州', '桂阳县', 1],
  ['360730', '江西', '赣州', '宁都县', 2], ['360121', '江西', '南昌', '南昌县', 1], ['500237', '重庆', '重庆', '巫山县', 2], ['500228', '重庆', '重庆', '梁平县', 1],
  ['500101', '重庆', '重庆', '万州区', 2], ['620523', '甘肃', '天水', '甘谷县', 2], ['421023', '湖北', '荆州', '监利县', 2], ['421182', '湖北', '黄冈', '武穴市', 2],
  ['371321', '山东', '临沂', '沂南县', 2], ['320382', '江苏', '徐州', '邳州市', 2], ['321323', '江苏', '宿迁', '泗阳县', 2], ['130624', '河北', '保定', '阜平县', 1],
  ['140105', '山西', '太原', '小店区', 1], ['230102', '黑龙江', '哈尔滨', '道里区', 2], ['220102', '吉林', '长春', '南关区', 1], ['210102', '辽宁', '沈阳', '和平区', 1],
];
const HOME_W = []; for (const h of HOMETOWNS) for (let i = 0; i < h[4]; i++) HOME_W.push(h);
const XJ = [['650102', '新疆', '乌鲁木齐', '天山区'], ['652901', '新疆', '阿克苏', '阿克苏市'], ['653101', '新疆', '喀什', '喀什市']];
const TOWNS = ['城关镇', '新集镇', '李集镇', '旧县镇', '双庙镇', '高庙乡', '王店镇', '马店镇', '张集乡', '三合镇', '桥头镇', '大桥镇', '清河乡'];
const VILLAGE_SUR = ['王', '李', '张', '刘', '陈', '赵', '周', '孙', '胡', '郭'];
const VILLAGE_SUF = ['庄村', '楼村', '营村', '湾村', '店村', '集村', '岗村'];

const CITIES = [
  { city: '合肥', prov: '安徽省', area: '0551', dists: [['340104', '蜀山区', ['长江西路', '潜山路', '望江西路', '黄山路']], ['340111', '包河区', ['马鞍山路', '屯溪路', '徽州大道']], ['340103', '庐阳区', ['阜南路', '濉溪路', '蒙城北路']]], comps: ['绿地蓝海', '天鹅湖畔', '保利罗兰香谷', '翡翠湖花园', '万科森林公园', '融科城'], agency: '合肥好帮手家政服务有限公司', brand: '好帮手家政', abbr: 'HBS', stores: ['好帮手家政(蜀山店)', '好帮手家政(政务区店)'], domain: 'hbsjz.com', bankBranch: '中国工商银行合肥政务区支行', insurer: '中国平安财产保险股份有限公司安徽分公司', insMail: 'ah_tuanxian@pingan.com.cn' },
  { city: '北京', prov: '北京市', area: '010', dists: [['110105', '朝阳区', ['望京街', '朝阳北路', '广顺北大街', '安立路']], ['110108', '海淀区', ['中关村大街', '学院路', '苏州街']], ['110102', '西城区', ['西直门内大街', '德胜门外大街']]], comps: ['望京花园', '远洋山水', '万科星园', '华侨城', '太阳星城', '枫丹丽舍'], agency: '北京安心到家家政服务有限公司', brand: '安心到家', abbr: 'AXDJ', stores: ['安心到家(望京店)', '安心到家(五道口店)'], domain: 'axdj-jz.cn', bankBranch: '中国建设银行北京望京支行', insurer: '中国人民财产保险股份有限公司北京市分公司', insMail: 'bj_jiazheng@picc.com.cn' },
  { city: '上海', prov: '上海市', area: '021', dists: [['310104', '徐汇区', ['漕溪北路', '虹桥路', '龙华中路']], ['310115', '浦东新区', ['张杨路', '锦绣路', '高科西路']], ['310112', '闵行区', ['七莘路', '莘松路', '都市路']]], comps: ['仁恒河滨城', '古北国际花园', '万科城市花园', '中海馨园', '锦绣华城', '世茂滨江花园'], agency: '上海巧姐家政服务有限公司', brand: '巧姐家政', abbr: 'QJ', stores: ['巧姐家政(徐家汇店)', '巧姐家政(联洋店)'], domain: 'qiaojie-sh.com', bankBranch: '交通银行上海徐汇支行', insurer: '太平洋财产保险上海分公司', insMail: 'sh_yiwai@cpic.com.cn' },
  { city: '杭州', prov: '浙江省', area: '0571', dists: [['330106', '西湖区', ['文三路', '古墩路', '天目山路']], ['330108', '滨江区', ['江南大道', '滨盛路', '长河路']]], comps: ['西溪诚园', '绿城九溪玫瑰园', '滨江金色海岸', '东方郡'], agency: '杭州惠家家政服务有限公司', brand: '惠家家政', abbr: 'HJ', stores: ['惠家家政(文三路店)', '惠家家政(滨江店)'], domain: 'huijiajz.com', bankBranch: '招商银行杭州城西支行', insurer: '中国人寿财产保险股份有限公司杭州市中心支公司', insMail: 'hz_jzx@chinalife-p.com.cn' },
  { city: '深圳', prov: '广东省', area: '0755', dists: [['440304', '福田区', ['深南大道', '福华路', '香蜜湖路']], ['440305', '南山区', ['后海大道', '科技园南路', '南海大道']]], comps: ['香蜜湖一号', '华润城', '波托菲诺', '蔚蓝海岸', '中信红树湾'], agency: '深圳贴心人家政服务有限公司', brand: '贴心人家政', abbr: 'TXR', stores: ['贴心人家政(福田店)', '贴心人家政(南山店)'], domain: 'txr-jz.com', bankBranch: '平安银行深圳福田支行', insurer: '中国平安财产保险股份有限公司深圳分公司', insMail: 'sz_tuanxian@pingan.com.cn' },
  { city: '南京', prov: '江苏省', area: '025', dists: [['320102', '玄武区', ['中山路', '北京东路', '龙蟠路']], ['320106', '鼓楼区', ['汉中路', '中山北路', '虎踞路']]], comps: ['银城东苑', '仁恒江湾城', '颐和南园', '钟山花园城'], agency: '南京宁馨家政服务有限公司', brand: '宁馨家政', abbr: 'NX', stores: ['宁馨家政(新街口店)', '宁馨家政(河西店)'], domain: 'ningxinjz.cn', bankBranch: '中国银行南京新街口支行', insurer: '中国人民财产保险股份有限公司南京市分公司', insMail: 'nj_yiwaixian@picc.com.cn' },
  { city: '成都', prov: '四川省', area: '028', dists: [['510107', '武侯区', ['人民南路四段', '科华北路', '玉林南路']], ['510104', '锦江区', ['东大街', '锦华路', '静安路']]], comps: ['麓湖生态城', '中海城南一号', '锦江城市花园', '棕榈泉'], agency: '成都蜀嫂家政服务有限公司', brand: '蜀嫂家政', abbr: 'SS', stores: ['蜀嫂家政(玉林店)', '蜀嫂家政(东大街店)'], domain: 'shusao.cn', bankBranch: '中国农业银行成都玉林支行', insurer: '太平洋财产保险四川分公司', insMail: 'sc_jiazheng@cpic.com.cn' },
];
const REGION_SET = new Set([...HOMETOWNS.map((h) => h[0]), ...XJ.map((h) => h[0])]);
for (const c of CITIES) for (const d of c.dists) REGION_SET.add(d[0]);

const BANKS = [
  ['中国工商银行', '622202', 19], ['中国工商银行', '621226', 19], ['中国农业银行', '622848', 19], ['中国农业银行', '623052', 19],
  ['中国建设银行', '621700', 19], ['中国建设银行', '622700', 19], ['中国建设银行', '436742', 19], ['中国银行', '621661', 19],
  ['中国银行', '621785', 19], ['中国邮政储蓄银行', '621799', 19], ['中国邮政储蓄银行', '622188', 19], ['招商银行', '622588', 16],
  ['招商银行', '621483', 16], ['交通银行', '622262', 19], ['农村信用社', '623190', 19],
];
const MOB_PREF = ['130', '131', '132', '133', '134', '135', '135', '136', '137', '138', '138', '139', '139', '150', '151', '152', '153', '155', '156', '157', '158', '158', '159', '180', '181', '182', '183', '185', '186', '187', '188', '189', '177', '176', '173', '175', '178', '199', '198', '191', '195', '166', '147', '145', '172', '193', '190', '196', '162', '165', '167', '170', '171', '192', '197'];
const BAD_MOB_PREF = ['140', '141', '144', '146', '154', '194', '163', '169'];

const SERVICES = ['金牌月嫂', '皇冠月嫂', '高级育儿嫂', '育儿嫂', '住家保姆', '不住家保姆', '白班护工', '钟点工', '开荒保洁', '育婴师', '高级护理员', '做饭保姆', '陪护老人', '日常保洁'];
const STATUS = ['在岗', '待岗', '上户中', '休假', '面试中', '已离职'];
const NOTES_WORDS = ['周日休息', '不住家', '会做面食', '常住家', '能带双胞胎', '不接受养宠物家庭', '有驾照', '会做川菜', '高龄产妇护理经验', '金额已付清', '余款未结'];

// ---------------------------------------------------------------- dates
function randDate(y0 = 2023, m0 = 3, y1 = 2024, m1 = 12) {
  const a = Date.UTC(y0, m0 - 1, 1), b = Date.UTC(y1, m1 - 1, 20);
  const t = new Date(a + Math.floor(rnd() * (b - a)));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
function addDays(dt, n) { const t = new Date(Date.UTC(dt.y, dt.m - 1, dt.d + n)); return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }; }
function fd(dt, st = '-') {
  if (st === '-') return `${dt.y}-${pad2(dt.m)}-${pad2(dt.d)}`;
  if (st === 'cn') return `${dt.y}年${dt.m}月${dt.d}日`;
  if (st === '/') return `${dt.y}/${dt.m}/${dt.d}`;
  if (st === '.') return `${dt.y}.${pad2(dt.m)}.${pad2(dt.d)}`;
  if (st === 'c') return `${dt.y}${pad2(dt.m)}${pad2(dt.d)}`;
  if (st === 'md') return `${dt.m}月${dt.d}日`;
  throw new Error(st);
}
const hm = () => `${pad2(ri(7, 21))}:${pad2(ri(0, 59))}`;
const hms = () => `${pad2(ri(7, 22))}:${pad2(ri(0, 59))}:${pad2(ri(0, 59))}`;
function msEpoch(dt) { return String(Date.UTC(dt.y, dt.m - 1, dt.d, ri(0, 14), ri(0, 59), ri(0, 59)) + ri(0, 999)); }

// ---------------------------------------------------------------- generators of values
function genId(region, y, m, d, female) {
  let s3 = ri(0, 9); if ((s3 % 2 === 0) !== female) s3 = (s3 + 1) % 10;
  const b = region + y + pad2(m) + pad2(d) + pad2(ri(0, 99)) + s3;
  return b + idCheck(b);
}
function genMobile() { return pick(MOB_PREF) + digits(8); }
function genCard(bank) { const body = bank[1] + digits(bank[2] - 1 - bank[1].length); return body + luhnDigit(body); }
function genUSCC(kind, region) {
  let b8 = 'MA'; for (let i = 0; i < 6; i++) b8 += UA[ri(0, 30)];
  const b17 = kind + region + b8 + orgCheck(b8);
  return b17 + usccCheck(b17);
}
function qq() { return String(ri(2, 9)) + digits(ri(7, 9)); }
function landline(area) { return area + String(ri(5, 8)) + digits(7); }

const USED_MOB = new Set(); // avoid accidental re-use across people
function freshMobile() { let m; do { m = genMobile(); } while (USED_MOB.has(m)); USED_MOB.add(m); return m; }

function mkPerson(role, o = {}) {
  const female = o.female ?? (role === 'ayi' ? chance(0.9) : role === 'kin' ? false : chance(0.55));
  let name, sur, given, pyName, minority = false;
  for (;;) {
    if (o.minority) { const mm = pick(MINORITY); name = mm[0]; sur = ''; given = name; pyName = mm[1]; minority = true; break; }
    sur = (role === 'employer' || role === 'staff') && chance(0.04) ? pick(COMPOUND) : pick(SURN);
    const pool = role === 'ayi' ? (female ? AYI_F : AYI_M) : role === 'elder' ? ELD : role === 'kin' ? (female ? AYI_F : AYI_M) : (female ? EMP_F : EMP_M);
    given = pick(pool); name = sur + given;
    if (!BANNED.has(name)) { pyName = py(name); break; }
  }
  const yr = { ayi: [1964, 1991], employer: [1978, 1996], staff: [1985, 2000], elder: [1933, 1952], kin: [1960, 1990] }[role];
  const y = ri(yr[0], yr[1]), m = ri(1, 12), d = ri(1, [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]);
  let home;
  if (minority) home = pick(XJ);
  else if (o.home) home = o.home;
  else if ((role === 'employer' || role === 'elder') && o.city && chance(0.7)) { const dd = pick(o.city.dists); home = [dd[0], o.city.prov.replace(/省|市/, ''), o.city.city, dd[1]]; }
  else home = pick(HOME_W);
  const id = genId(home[0], y, m, d, female);
  const bank = pick(BANKS);
  const p = {
    role, name, sur, given, female, sex: female ? '女' : '男', by: y, bm: m, bd: d, home, id, id15: id.slice(0, 6) + id.slice(8, 17),
    native: home[1] === home[2] ? `${home[1]}${home[3].replace(/[县区]$/, '')}` : `${home[1]}${home[2]}`, mobile: freshMobile(), bank: bank[0], card: genCard(bank), minority,
  };
  // e-mail
  const r = rnd(); let e;
  const yy = String(y).slice(2);
  const ps = minority ? pyName : py(sur), pg = minority ? '' : py(given);
  if (r < 0.33) e = `${qq()}@qq.com`;
  else if (r < 0.52) e = `${pyName}${y}@163.com`;
  else if (r < 0.62) e = `${pyName}${yy}${pad2(m)}@126.com`;
  else if (r < 0.68) e = `${p.mobile}@139.com`;
  else if (r < 0.76) e = `${ps}${[...given].map((c) => (PY[c] || 'x')[0]).join('')}${ri(1, 999)}@sina.com`;
  else if (r < 0.84) e = pg ? `${cap(ps)}.${cap(pg)}@outlook.com` : `${cap(ps)}${ri(10, 99)}@outlook.com`;
  else if (r < 0.92) e = `${pyName}_${ri(10, 99)}@foxmail.com`;
  else e = pg ? `${pg}${ps}${ri(1, 99)}@gmail.com` : `${ps}${ri(100, 999)}@gmail.com`;
  p.emailW = e; p.email = e.toLowerCase();
  return p;
}

// decoy value makers
const ayiNo = (A) => pick([`AY${ri(10000, 99999)}`, `${A.abbr}${ri(2019, 2024)}${pad2(ri(1, 12))}${pad2(ri(1, 99))}`, `No.${ri(100, 999)}`, `${A.city === '北京' ? 'BJ' : 'JZ'}-${ri(1000, 9999)}`]);
function healthCert(dt) {
  return pick([
    () => `${dt.y}${pad2(dt.m)}${pad2(dt.d)}${digits(4)}`,
    () => `JK${dt.y}${digits(8)}`,
    () => `No.${digits(9)}`,
    () => `${['皖', '京', '沪', '浙', '粤', '苏', '川'][ri(0, 6)]}健证字(${dt.y})第${digits(6)}号`,
  ])();
}
const orderNo = (dt, pre = 'PD') => `${pre}${fd(dt, 'c')}${digits(4)}`;
const longOrder = (dt) => { for (;;) { const s = `${fd(dt, 'c')}${pad2(ri(7, 22))}${pad2(ri(0, 59))}${pad2(ri(0, 59))}${digits(4)}`; if (!usccOk(s)) return s; } };
const contractNo = (A, dt) => pick([`${A.brand.slice(0, 2)}合字(${dt.y})第${ri(100, 999)}号`, `HT-${dt.y}${pad2(dt.m)}-${digits(4)}`, `JZHT${fd(dt, 'c')}${digits(3)}`, `No.${dt.y}${digits(5)}`]);
const certNo = (dt) => pick([() => `S0000${pick(['34', '11', '31', '33', '44', '32', '51'])}${digits(5)}${String(dt.y).slice(2)}${digits(8)}`, () => `MY${dt.y}${digits(6)}`, () => `YY-${dt.y}-${digits(5)}`, () => `JZFWY${String(dt.y).slice(2)}${digits(6)}`])();
const policyNo = (dt) => pick([() => `P${pick(['ZAD', 'EAC', 'YAB'])}${dt.y}${pick(['3401', '1101', '3101', '3301', '4403', '3201', '5101'])}${digits(10)}`, () => `1055${digits(4)}39${digits(10)}`, () => `AHEFA${dt.y}${digits(9)}`])();
const txnNo = (dt) => `${fd(dt, 'c')}${digits(ri(11, 12))}`;
const corpAccount = () => { let s = pick(['1302', '3401', '1100', '4000', '6001']) + digits(15); if (s.startsWith('6001')) s = '1302' + s.slice(4); if (luhnOk(s)) s = s.slice(0, -1) + ((+s.slice(-1) + 1) % 10); return s; };
const maskMob = (m) => m.slice(0, 3) + '****' + m.slice(7);
const maskId = (id) => pick([id.slice(0, 6) + '********' + id.slice(14), id.slice(0, 3) + '***********' + id.slice(14), id.slice(0, 4) + '**********' + id.slice(14)]);
const maskCard = (c) => pick([`${c.slice(0, 4)} **** **** ${c.slice(-4)}`, `${c.slice(0, 6)}*********${c.slice(-4)}`, `尾号${c.slice(-4)}`]);
function badMobile() { return pick(BAD_MOB_PREF) + digits(8); }
function badId(p) { for (;;) { const b = badId1(p); if (!luhnOk(b.v)) return b; } } // keep the decoy about the ID check only
function badId1(p) {
  const t = ri(0, 2);
  if (t === 0) { const c = p.id[17]; const alts = '0123456789X'.replace(c, ''); return { kind: 'id_bad_check', v: p.id.slice(0, 17) + alts[ri(0, alts.length - 1)] }; }
  if (t === 1) { const b = p.id.slice(0, 6) + String(p.by) + '0230' + p.id.slice(14, 17); return { kind: 'id_bad_date', v: b + idCheck(b) }; }
  const b = pick(['28', '39', '60', '99', '00', '19']) + p.id.slice(2, 17); return { kind: 'id_bad_region', v: b + idCheck(b) };
}
function badCard(p) { // 62-prefixed with wrong last digit: dontCare (Luhn not universal for UnionPay)
  const c = p.card; return c.slice(0, -1) + ((+c.slice(-1) + ri(1, 9)) % 10);
}
const amount = (a, b, step = 100) => String(ri(a / step, b / step) * step);

// ---------------------------------------------------------------- formatting
function fmtMobile(m, st) {
  switch (st) {
    case 'plain': return m;
    case 'sp': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'dash': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case '+86': return `+86 ${m}`;
    case '+86-': return `+86-${m}`;
    case '+86sp': return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case '(+86)': return `(+86)${m}`;
    case 'fw': return fw(m);
    case '0086': return `0086 ${m}`;
    case '86': return `86${m}`;
    default: throw new Error(st);
  }
}
function mobStyle(loose = 1) {
  const r = rnd() / loose;
  if (r > 0.28) return 'plain';
  if (r > 0.17) return 'sp';
  if (r > 0.11) return 'dash';
  return pick(['+86', '+86-', '+86sp', '(+86)', 'fw', '0086', '86']);
}
function fmtId(id, st) {
  switch (st) {
    case 'plain': return id;
    case 'lx': return id.replace(/X$/, 'x');
    case 'sp': return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 'fw': return fw(id);
    default: throw new Error(st);
  }
}
function idStyle(loose = 1) { const r = rnd() / loose; if (r > 0.15) return 'plain'; if (r > 0.07) return 'lx'; if (r > 0.03) return 'sp'; return 'fw'; }
function fmtCard(c, st) {
  if (st === 'plain') return c;
  if (st === 'g4') return c.replace(/(\d{4})(?=\d)/g, '$1 ');
  if (st === 'dash') return c.replace(/(\d{4})(?=\d)/g, '$1-');
  if (st === 'g64') return c.slice(0, 6) + ' ' + c.slice(6).replace(/(\d{4})(?=\d)/g, '$1 ');
  throw new Error(st);
}
function cardStyle(loose = 1) { const r = rnd() / loose; if (r > 0.4) return 'plain'; if (r > 0.08) return 'g4'; if (r > 0.03) return 'g64'; return 'dash'; }
function fmtTel(t, area, st) {
  const sub = t.slice(area.length);
  switch (st) {
    case 'dash': return `${area}-${sub}`;
    case 'paren': return `(${area})${sub}`;
    case 'fwparen': return `（${area}）${sub}`;
    case 'sp': return `${area} ${sub.slice(0, 4)} ${sub.slice(4)}`;
    case 'plain': return t;
    case 'intl': return `+86 ${area.slice(1)} ${sub}`;
    default: throw new Error(st);
  }
}
const telStyle = () => pick(['dash', 'dash', 'dash', 'paren', 'fwparen', 'sp', 'plain', 'intl']);

// OCR noise on label text only (never inside values)
function ocrL(s) {
  let o = '';
  for (const c of s) {
    const r = rnd();
    if (c === '：' && r < 0.3) o += pick([':', ' ', '；', ';']);
    else if (r < 0.05 && /[\u4e00-\u9fa5]/.test(c)) o += c + ' ';
    else o += c;
  }
  return o;
}
function ocrBreak(v) { // substitute one digit with a look-alike letter
  const map = { 0: 'O', 1: 'l', 5: 'S', 8: 'B', 2: 'Z', 6: 'b' };
  const idx = []; for (let i = 3; i < v.length - 2; i++) if (map[v[i]] !== undefined) idx.push(i);
  if (!idx.length) return null;
  const i = pick(idx); return v.slice(0, i) + map[v[i]] + v.slice(i + 1);
}

// ---------------------------------------------------------------- doc builder
let currentDoc = null;
class Doc {
  constructor(kind, A) {
    this.kind = kind; this.A = A; this.ents = []; this.entK = new Set(); this.dcs = []; this.dcK = new Set();
    this.decs = []; this.decK = new Set(); this.names = new Set(); this.date = randDate();
    currentDoc = this;
  }
  E(det, v) { const k = det + '|' + v; if (!this.entK.has(k)) { this.entK.add(k); this.ents.push({ detector: det, value: v }); } }
  DC(det, v) { const k = det + '|' + v; if (!this.dcK.has(k)) { this.dcK.add(k); this.dcs.push({ detector: det, value: v }); } }
  X(kind, text) { const k = kind + '|' + text; if (!this.decK.has(k)) { this.decK.add(k); this.decs.push({ kind, text }); } return text; }
  okName(n) { for (const u of this.names) if (u.includes(n) || n.includes(u)) return false; return true; }
  person(role, o = {}) {
    for (let i = 0; i < 200; i++) {
      const p = mkPerson(role, { city: this.A, ...o });
      if (this.okName(p.name)) { this.names.add(p.name); return p; }
    }
    throw new Error('name space exhausted');
  }
  staff(role = '顾问') { // one of the agency's staff
    for (let i = 0; i < 50; i++) { const s = pick(this.A.staff); if (this.okName(s.name)) { this.names.add(s.name); return s; } }
    const s = this.person('staff'); return s;
  }
  // labelled writers
  n(p) { this.E('person_name_zh', p.name); return p.name; }
  nd(p) { this.DC('person_name_zh', p.name); return p.name; }
  m(p, st) { this.E('cn_mobile', p.mobile); return fmtMobile(p.mobile, st || mobStyle()); }
  id(p, st) { this.E('cn_resident_id', p.id); return fmtId(p.id, st || idStyle()); }
  id15(p) { this.E('cn_resident_id', p.id); return p.id15; }
  card(p, st) { this.E('bank_card', p.card); return fmtCard(p.card, st || cardStyle()); }
  mail(p) { this.E('email', p.email); if (p.email.startsWith(p.mobile)) this.E('cn_mobile', p.mobile); return p.emailW; }
  mailRaw(e) { this.E('email', e.toLowerCase()); return e; }
  tel(num, area, st) { this.E('cn_landline', num); return fmtTel(num, area, st || telStyle()); }
  uscc(u) { this.E('cn_uscc', u); return u; }
  // decoy writers
  form(p, suf) { return this.X('form_of_address', (p.minority ? p.name.split('·')[0].slice(0, 2) : p.sur) + suf); }
  formS(sur, suf) { return this.X('form_of_address', sur + suf); }
  title(p, suf) { const t = (p.sur || p.name.slice(0, 1)) + suf; this.DC('person_name_zh', t); return t; } // 先生/女士: dontCare
  mm(p) { return this.X('masked_mobile', maskMob(p.mobile)); }
  mid(p) { return this.X('masked_id', maskId(p.id)); }
  mcard(p) { return this.X('masked_card', maskCard(p.card)); }
  svc() { return this.X('service_name', pick(SERVICES)); }
  place(s) { return this.X('place', s); }
  address(p) { // city address for employers
    const A = this.A; const d = pick(A.dists); const road = pick(d[2]);
    const comp = pick(A.comps);
    if (/^[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江]/.test(road)) this.X('place', road);
    return `${A.prov === A.city + '市' ? '' : A.prov}${A.city}市${d[1]}${road}${ri(1, 999)}号${comp}${ri(1, 32)}栋${ri(1, 4)}单元${ri(1, 33)}${pad2(ri(1, 6))}室`;
  }
  shortAddr() { const A = this.A; return `${pick(A.comps)}${ri(1, 32)}-${ri(1, 4)}-${ri(1, 33)}${pad2(ri(1, 6))}`; }
  homeAddr(p) { // rural household address (ID card)
    const h = p.home; const town = pick(TOWNS); const vil = pick(VILLAGE_SUR) + pick(VILLAGE_SUF);
    if (/^[李王张马高]/.test(town)) this.X('place', town);
    this.X('place', vil);
    const provFull = { 北京: '北京市', 上海: '上海市', 重庆: '重庆市', 天津: '天津市', 新疆: '新疆维吾尔自治区' }[h[1]] || h[1] + '省';
    const cityPart = ['重庆', '北京', '上海'].includes(h[2]) ? '' : h[2] + '市';
    return `${provFull}${cityPart}${h[3]}${town}${vil}${ri(1, 120)}号`;
  }
  finish() {
    const dontCare = this.dcs.filter((d) => !this.entK.has(d.detector + '|' + d.value));
    return { entities: this.ents, dontCare, decoys: this.decs };
  }
}

// agency fixtures: staff and codes (deterministic)
for (const A of CITIES) {
  A.uscc = genUSCC('91', A.dists[0][0]);
  A.tel = landline(A.area);
  A.tel2 = landline(A.area);
  A.hotline = `400-${ri(600, 999)}-${digits(4)}`;
  A.corp = corpAccount();
  A.staff = [];
  const used = new Set();
  while (A.staff.length < 7) {
    const s = mkPerson('staff', { city: A, female: chance(0.75) });
    if ([...used].some((u) => u.includes(s.name) || s.name.includes(u))) continue;
    used.add(s.name);
    s.title = A.staff.length === 0 ? '店长' : pick(['顾问', '顾问', '客服', '招聘专员', '培训老师', '财务']);
    s.alias = `小${s.sur || s.name[0]}`;
    s.work = `${py(s.name).replace(/[^a-z]/g, '')}@${A.domain}`;
    A.staff.push(s);
  }
}
function A_tel(doc, which = 'tel') { return doc.tel(doc.A[which], doc.A.area); }
const relations = ['丈夫', '女儿', '儿子', '姐姐', '弟弟', '妹妹', '儿媳'];

// ================================================================= document kinds
const GEN = {};

// 1. 阿姨档案 (one person, key-value / bracket / table)
GEN.ayi_profile = (doc) => {
  const A = doc.A, dt = doc.date; const p = doc.person('ayi', { minority: chance(0.05) });
  const kin = doc.person('kin', { female: chance(0.3), home: p.home });
  const st = doc.staff();
  const age = dt.y - p.by;
  const hcDate = addDays(dt, ri(30, 330));
  const rows = [
    ['阿姨编号', doc.X('worker_no', ayiNo(A))],
    ['姓名', doc.n(p)], ['性别', p.sex], ['出生日期', `${p.by}-${pad2(p.bm)}-${pad2(p.bd)}`], ['年龄', `${age}岁`],
    ['民族', p.minority ? '维吾尔族' : '汉族'], ['籍贯', p.native], ['学历', pick(['小学', '初中', '初中', '高中', '中专'])],
    ['身份证号', doc.id(p)], ['手机号码', doc.m(p)],
    ['微信号', chance(0.5) ? '同手机号' : doc.X('wechat_id', `wxid_${digits(4)}${pick(['abc', 'k2m', 'x9p', 'qq'])}${digits(3)}`)],
    ['服务类型', doc.svc()], ['阿姨等级', pick(['三星', '四星', '五星', '金牌', '初级'])],
    ['健康证编号', doc.X('health_cert_no', healthCert(dt))], ['健康证有效期至', fd(hcDate)],
    ['工资卡开户行', p.bank], ['工资卡号', doc.card(p)],
    ...(chance(0.9) ? [['紧急联系人', `${doc.n(kin)}（${pick(relations)}）`], ['紧急联系人电话', doc.m(kin)]] : [['紧急联系人', doc.X('placeholder', pick(['无', '同上', '本人']))], ['紧急联系人电话', '']]),
    ['期望薪资', doc.X('salary', `${amount(5000, 9000, 500)}-${amount(9500, 16000, 500)}元/月`)],
  ];
  if (chance(0.4)) rows.splice(11, 0, ['QQ邮箱', doc.mail(p)]);
  if (chance(0.3)) rows.splice(11, 0, ['QQ', doc.X('qq', qq())]);
  rows.push(['录入人', chance(0.6) ? doc.n(st) : doc.X('form_of_address', st.alias)]);
  rows.push(['录入日期', fd(dt)]);
  const emp = doc.person('employer', { city: A });
  const d2 = pick(A.dists);
  const note = pickF([
    () => `曾在${A.city}${d2[1]}${doc.nd(emp)}家做${pick(['育儿嫂', '住家保姆', '月嫂'])}${ri(1, 4)}年，雇主评价好，性格开朗。`,
    () => `${doc.title(emp, pick(['女士', '先生']))}家老客户推荐，${pick(['做事利索', '会做辅食', '带过双胞胎'])}。`,
    () => `面试表现一般，普通话不太标准，${doc.X('note_word', pick(NOTES_WORDS))}。`,
  ]);
  rows.push(['备注', note]);
  const lay = pick(['kv', 'bracket', 'table']);
  let t;
  if (lay === 'kv') t = `${A.brand} 家政服务人员登记表\n\n` + rows.map(([k, v]) => `${k}：${v}`).join('\n');
  else if (lay === 'bracket') {
    t = `【${A.stores[ri(0, 1)]}·阿姨档案】\n`;
    for (let i = 0; i < rows.length; i += 2) t += rows.slice(i, i + 2).map(([k, v]) => `${k}：${v}`).join('    ') + '\n';
    doc.X('store_name', A.stores.find((s) => t.includes(s)));
  } else {
    t = `| 项目 | 内容 | 项目 | 内容 |\n|---|---|---|---|\n`;
    for (let i = 0; i < rows.length; i += 2) { const a = rows[i], b = rows[i + 1] || ['', '']; t += `| ${a[0]} | ${a[1]} | ${b[0]} | ${b[1]} |\n`; }
    t = `${A.agency}\n家政服务员档案卡\n\n` + t;
    doc.X('company', A.agency);
  }
  return t;
};

// 2. 阿姨花名册 CSV/TSV
GEN.ayi_roster = (doc) => {
  const A = doc.A, dt = doc.date; const sep = chance(0.6) ? ',' : '\t';
  const n = ri(8, 20); const masked = chance(0.15); const sci = !masked && chance(0.12);
  const head = ['序号', '工号', '姓名', '性别', '年龄', '籍贯', '身份证号', '手机号', '服务类型', '健康证到期', '状态', '备注'];
  const lines = [head.join(sep)];
  for (let i = 1; i <= n; i++) {
    const p = doc.person('ayi', { minority: chance(0.02) });
    let idv;
    if (masked) idv = doc.mid(p);
    else if (chance(0.04)) { const b = badId(p); idv = doc.X(b.kind, b.v); }
    else if (sci && chance(0.4)) idv = doc.X('excel_scientific', `${p.id[0]}.${p.id.slice(1, 6).replace(/0+$/, '')}E+17`);
    else if (p.by < 1976 && chance(0.3)) idv = doc.id15(p);
    else idv = doc.id(p, chance(0.9) ? 'plain' : 'lx');
    let mob;
    const r = rnd();
    if (r < 0.04) mob = doc.X('mobile_unallocated', badMobile());
    else if (r < 0.07) mob = doc.X('mobile_short', p.mobile.slice(0, 10));
    else mob = doc.m(p, chance(0.9) ? 'plain' : 'dash');
    let nat = p.native;
    if (/^(河南周口|湖北黄冈|湖南邵阳|安徽安庆|河南信阳)$/.test(nat)) doc.place(nat);
    const note = chance(0.35) ? doc.X('note_word', pick(NOTES_WORDS)) : '';
    const row = [i, doc.X('worker_no', ayiNo(A)), doc.n(p), p.sex, dt.y - p.by, nat, idv, mob, doc.svc(), doc.X('date', fd(addDays(dt, ri(-40, 330)))), pick(STATUS), note];
    lines.push(row.join(sep));
  }
  const title = pick([`${A.brand}阿姨花名册_${fd(dt, 'c')}`, `在册家政服务员名单（${A.stores[0]}）`, `${dt.y}年${dt.m}月 阿姨信息汇总`]);
  const withTitle = chance(0.5);
  if (withTitle && title.includes(A.stores[0])) doc.X('store_name', A.stores[0]);
  return (withTitle ? title + '\n' : '') + lines.join('\n') + '\n';
};

// 3. 雇主客户名单
GEN.employer_list = (doc) => {
  const A = doc.A, dt = doc.date; const sep = chance(0.5) ? '\t' : ',';
  const n = ri(6, 16);
  const head = ['客户编号', '客户姓名', '联系电话', '备用电话', '服务地址', '邮箱', '需求', '预算(元/月)', '对接顾问', '来源', '登记日期'];
  const lines = [head.join(sep)];
  const staffs = [doc.staff(), doc.staff()];
  for (let i = 0; i < n; i++) {
    const p = doc.person('employer', { city: A });
    const corpCust = chance(0.05);
    const nm = corpCust ? doc.X('company', pick(['万达物业', '金地物业', '华润置地', '高新区管委会', '石头科技', '万科物业服务中心', '于氏餐饮'])) : chance(0.85) ? doc.n(p) : doc.title(p, p.female ? '女士' : '先生');
    let alt = '';
    const r = rnd();
    if (r < 0.25) alt = doc.tel(landline(A.area), A.area, pick(['dash', 'plain', 'paren']));
    else if (r < 0.45) { const sp = doc.person('employer', { city: A, female: !p.female }); alt = doc.m(sp, 'plain'); }
    const addr = doc.address(p).replace(/,/g, ' ');
    const mail = !corpCust && chance(0.65) ? doc.mail(p) : '';
    const st = pick(staffs);
    const adv = chance(0.7) ? doc.n(st) : doc.X('form_of_address', pick([st.alias, `${st.sur || st.name[0]}老师`, `${st.sur || st.name[0]}经理`]));
    const row = [doc.X('customer_no', `KH${String(dt.y).slice(2)}${digits(5)}`), nm, chance(0.04) ? doc.X('mobile_unallocated', badMobile()) : doc.m(p, chance(0.85) ? 'plain' : pick(['sp', 'dash', '+86'])), alt, addr, mail, doc.svc(), doc.X('salary', amount(4500, 18000, 500)), adv, pick(['美团', '抖音', '老客户介绍', '小红书', '门店到访', '58同城', '大众点评']), doc.X('date', fd(addDays(dt, -ri(0, 120)), chance(0.5) ? '-' : '/'))];
    lines.push(row.join(sep));
  }
  return lines.join('\n') + '\n';
};

// 4. 三方协议 (家政服务合同), plain or OCR'd
GEN.contract = (doc) => {
  const A = doc.A, dt = doc.date; const ocr = chance(0.45); const L = ocr ? ocrL : (s) => s;
  const emp = doc.person('employer', { city: A }); const ayi = doc.person('ayi');
  const st = doc.staff(); const svc = pick(['月嫂', '育儿嫂', '住家保姆', '护工', '不住家保姆']);
  const elder = svc === '护工' ? doc.person('elder', { city: A }) : null;
  const passport = chance(0.08);
  const cno = doc.X('contract_no', contractNo(A, dt));
  const start = addDays(dt, ri(1, 20)); const months = svc === '月嫂' ? 0 : ri(3, 12);
  const fee = svc === '月嫂' ? amount(9800, 26800, 200) : amount(5500, 11000, 100);
  const mgmt = amount(800, 3000, 100);
  let idEmp = doc.id(emp, ocr ? pick(['plain', 'sp']) : 'plain');
  let idAyi;
  if (ocr && chance(0.25)) { const b = ocrBreak(ayi.id); if (b) { doc.DC('cn_resident_id', ayi.id); idAyi = b; } else idAyi = doc.id(ayi, 'plain'); }
  else if (ocr && chance(0.3)) { doc.E('cn_resident_id', ayi.id); idAyi = ayi.id.slice(0, 10) + '\n' + ayi.id.slice(10); }
  else idAyi = doc.id(ayi, ocr ? pick(['plain', 'sp']) : 'plain');
  let empIdLine = `${L('身份证号：')}${idEmp}`;
  if (passport) {
    const pp = chance(0.5) ? `E${pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split(''))}${digits(7)}` : `E${digits(8)}`;
    doc.E('cn_passport', pp);
    empIdLine = `${L('证件类型：')}护照  ${L('证件号码：')}${pp}\n${L('（国内身份证号：')}${idEmp}）`;
  }
  let cardLine = '';
  if (chance(0.5)) {
    let c = doc.card(ayi, ocr ? 'g4' : cardStyle());
    if (ocr && chance(0.4)) c = c.replace(/ (\d{4}) (\d)/, ' $1\n$2');
    cardLine = `${L('丙方工资发放账户：')}${ayi.bank} ${L('户名：')}${ayi.name} ${L('卡号：')}${c}\n`;
  }
  let t = `${L('家政服务三方协议')}\n${L('合同编号：')}${cno}\n\n`;
  t += `${L('甲方（雇主）：')}${doc.n(emp)}\n${empIdLine}\n${L('联系电话：')}${doc.m(emp, ocr ? 'plain' : mobStyle())}\n${L('服务地址：')}${doc.address(emp)}\n`;
  if (chance(0.35)) t += `${L('电子邮箱：')}${doc.mail(emp)}\n`;
  t += `\n${L('乙方（家政服务机构）：')}${doc.X('company', A.agency)}\n${L('统一社会信用代码：')}${doc.uscc(A.uscc)}\n${L('地址：')}${A.city}市${A.dists[0][1]}${pick(A.dists[0][2])}${ri(10, 300)}号${ri(1, 3)}楼\n${L('电话：')}${A_tel(doc)}   ${L('经办人：')}${doc.n(st)}\n`;
  t += `\n${L('丙方（家政服务员）：')}${doc.n(ayi)}   ${L('性别：')}${ayi.sex}   ${L('籍贯：')}${ayi.native}\n${L('身份证号：')}${idAyi}\n${L('联系电话：')}${doc.m(ayi, ocr ? 'plain' : mobStyle())}\n${L('健康证号：')}${doc.X('health_cert_no', healthCert(dt))}\n${cardLine}`;
  if (elder) t += `\n${L('被服务人：')}${doc.n(elder)}   ${L('年龄：')}${dt.y - elder.by}岁   ${L('身份证号：')}${doc.id(elder, 'plain')}\n${L('身体状况：')}${pick(['脑梗后遗症，右侧肢体偏瘫', '阿尔茨海默症早期', '股骨颈骨折术后', '糖尿病，需按时监测血糖'])}\n`;
  t += `\n${L('第一条 服务内容')}\n乙方根据甲方需求，推荐丙方为甲方提供${doc.X('service_name', svc === '月嫂' ? pick(['金牌月嫂', '皇冠月嫂']) : svc)}服务，服务期限自${fd(start, 'cn')}起${months ? `至${fd(addDays(start, months * 30), 'cn')}止` : `共${pick([26, 28, 42])}天`}。\n`;
  t += `${L('第二条 费用')}\n服务费${doc.X('amount', fee)}元/${months ? '月' : '单'}，由甲方${pick(['按月支付给乙方，乙方于每月10日前发放至丙方工资卡', '直接支付给丙方'])}；信息服务费${doc.X('amount', mgmt)}元，签约时一次性支付给乙方。\n`;
  t += `${L('第三条 试用与更换')}\n试工期${pick([3, 5, 7])}天。服务期内丙方无法胜任的，甲方可申请更换，乙方应在${pick([3, 5])}个工作日内另行推荐。\n`;
  t += `${L('第四条 保险')}\n乙方为丙方投保家政服务意外险，保单号：${doc.X('policy_no', policyNo(dt))}。\n\n`;
  const sd = doc.X('date', fd(dt, 'cn'));
  t += `${L('甲方签字：')}${emp.name}    ${sd}\n${L('乙方（盖章）：')}${A.agency}   ${L('经办人：')}${st.name}\n${L('丙方签字：')}${ayi.name}    ${sd}\n`;
  if (ocr) t = t.replace(/。/g, () => pick(['。', '。', '.', '，'])) + pick(['', '\n- 第1页 共2页 -', '\n[印章]', '\n第 1 页']);
  return t;
};

// 5. 派单日志
GEN.dispatch_log = (doc) => {
  const A = doc.A, dt = doc.date; const n = ri(5, 12); const style = pick(['kv', 'json', 'pipe']);
  const ops = [doc.staff(), doc.staff()];
  const lines = [];
  for (let i = 0; i < n; i++) {
    const ayi = doc.person('ayi'); const cust = doc.person('employer', { city: A });
    const t = `${fd(dt)} ${hms()}`; if (style !== 'json') doc.X('datetime', t); const ord = doc.X('order_no', orderNo(dt));
    const op = pick(ops); const opId = py(op.name).replace(/[^a-z]/g, '');
    const showCust = chance(0.5);
    const status = pick(['ASSIGNED', 'ACCEPTED', 'ONBOARD', 'CANCELLED', 'REASSIGN']);
    const svc = doc.svc();
    if (style === 'kv') {
      lines.push(`${t} [INFO] dispatch order=${ord} service=${svc} ayi=${doc.n(ayi)}(${doc.m(ayi, 'plain')}) customer=${showCust ? doc.n(cust) : doc.title(cust, cust.female ? '女士' : '先生')} tel=${showCust ? doc.m(cust, 'plain') : doc.mm(cust)} addr=${doc.shortAddr()} status=${status} op=${opId}`);
    } else if (style === 'json') {
      const ts = doc.X('timestamp_ms', msEpoch(dt));
      lines.push(JSON.stringify({ ts: +ts, level: 'info', evt: 'dispatch', orderNo: ord, service: svc, ayiName: doc.n(ayi), ayiMobile: doc.m(ayi, 'plain'), custName: showCust ? doc.n(cust) : doc.X('masked_name', cust.name[0] + '**'), custMobile: showCust ? doc.m(cust, 'plain') : doc.mm(cust), status, operator: opId }));
    } else {
      lines.push(`${t} | ${ord} | ${svc} | 阿姨:${doc.n(ayi)} ${doc.m(ayi, 'plain')} | 客户:${showCust ? doc.n(cust) + ' ' + doc.m(cust, 'plain') : doc.X('masked_name', cust.name[0] + '*' + (cust.name.length > 2 ? '*' : '')) + ' ' + doc.mm(cust)} | ${status} | ${op.name}`);
      doc.E('person_name_zh', op.name);
    }
    if (chance(0.15)) lines.push(`${fd(dt)} ${hms()} [WARN] sms_notify failed order=${ord} to=${doc.m(ayi, 'plain')} code=${pick(['E1021', 'TIMEOUT', 'BLACKLIST'])}`);
  }
  if (chance(0.3)) lines.push(`${fd(dt)} ${hms()} [INFO] dispatch order=${doc.X('order_no', orderNo(dt))} ayi=${doc.X('placeholder', '待定')} status=PENDING`);
  return lines.join('\n') + '\n';
};

// 6. 微信聊天记录
GEN.wechat_chat = (doc) => {
  const A = doc.A, dt = doc.date; const st = doc.staff();
  const stName = pick([`${A.brand}-${st.alias}`, `${A.brand}${st.sur || st.name[0]}顾问`, `${st.alias}(${A.brand})`]);
  doc.X('chat_alias', stName);
  let t = ''; let time = ri(8 * 60, 20 * 60);
  const say = (who, msg) => { time += ri(1, 25); t += `${doc.X('datetime', `${fd(dt)} ${pad2(Math.floor(time / 60) % 24)}:${pad2(time % 60)}`)}  ${who}\n${msg}\n\n`; };
  const sc = pick(['recommend', 'wage', 'replace', 'group', 'recommend', 'contract']);
  if (sc === 'recommend' || sc === 'contract') {
    const emp = doc.person('employer', { city: A }); const empDisp = pickF([() => doc.title(emp, emp.female ? '女士' : '先生'), () => `${pick(A.comps)}-${emp.female ? '宝妈' : '宝爸'}`, () => doc.nd(emp)]);
    if (empDisp.includes('-')) doc.X('chat_alias', empDisp);
    t += `与「${empDisp}」的聊天记录\n\n`;
    const a1 = doc.person('ayi'), a2 = doc.person('ayi');
    if (sc === 'recommend') {
      say(stName, `${emp.sur || emp.name[0]}${emp.female ? '姐' : '哥'}您好，我是${A.brand}的${st.alias}，您要的${pick(['育儿嫂', '住家保姆', '月嫂'])}给您筛了两位：`);
      doc.X('form_of_address', `${emp.sur || emp.name[0]}${emp.female ? '姐' : '哥'}`); doc.X('form_of_address', st.alias);
      say(stName, `1. ${doc.n(a1)}，${dt.y - a1.by}岁，${a1.native}人，做了${ri(3, 12)}年，有育婴师证，电话${doc.m(a1)}\n2. ${doc.n(a2)}，${dt.y - a2.by}岁，${a2.native}人，${pick(['带过两个宝宝', '会做辅食', '普通话标准'])}，电话${doc.m(a2)}`);
      say(empDisp, pick(['第一个看着不错，周六上午能面试吗？', '两个都想见见，线上视频可以吗', '第二个年龄合适，约一下吧']));
      say(stName, `好的，我跟${doc.form(a1, '阿姨')}约一下，确定了跟您说`);
    } else {
      say(stName, `${emp.sur || emp.name[0]}${emp.female ? '女士' : '先生'}，合同需要您的姓名、身份证号和服务地址，麻烦发我一下`);
      doc.DC('person_name_zh', `${emp.sur || emp.name[0]}${emp.female ? '女士' : '先生'}`);
    }
    if (sc === 'contract' || chance(0.6)) {
      const own = chance(0.5) ? emp : doc.person('employer', { city: A, female: !emp.female });
      say(empDisp, `${own === emp ? '' : '合同写我爱人的名字吧\n'}${doc.n(own)} ${doc.id(own)}\n${doc.address(own)}\n电话${doc.m(own)}`);
      if (chance(0.5)) say(empDisp, `电子合同发我邮箱 ${doc.mail(own)}`);
      say(stName, `收到，合同今晚发您，阿姨${doc.nd(a1)}的身份证和健康证复印件一起发您核对`);
    }
    if (chance(0.4)) say(empDisp, `[转账] ${doc.X('amount', amount(800, 2800, 100))}.00元 信息费`);
  } else if (sc === 'wage') {
    const a = doc.person('ayi'); const disp = pickF([() => doc.form(a, '姐'), () => doc.form(a, '阿姨'), () => `${pick(['月嫂', '育儿嫂', '保姆'])}${(a.sur || a.name[0]) + '姐'}`]);
    doc.X('chat_alias', disp);
    t += `与「${disp}」的聊天记录\n\n`;
    say(disp, `${doc.formS(st.sur || st.name[0], pick(['经理', '老师']))}，我工资卡换了，原来那张${doc.mcard(a)}不用了`);
    const nb = pick(BANKS); const nc = genCard(nb); a.card = nc; a.bank = nb[0];
    say(disp, `新卡是${nb[0]}的\n${doc.card(a)}\n户名${doc.n(a)}`);
    say(stName, `收到，${dt.m + 1 > 12 ? 1 : dt.m + 1}月10号起打到新卡。身份证号也发一下，财务要核对`);
    say(disp, `${doc.id(a)}`);
    if (chance(0.6)) { const k = doc.person('kin', { home: a.home }); say(disp, `我家里电话${doc.m(k)}，是我${pick(relations)}${doc.nd(k)}的，找不到我可以打他`); }
    say(stName, '好的，已登记');
  } else if (sc === 'replace') {
    const emp = doc.person('employer', { city: A }); const empDisp = pickF([() => doc.title(emp, emp.female ? '女士' : '先生'), () => doc.nd(emp)]);
    t += `与「${empDisp}」的聊天记录\n\n`;
    const old = doc.person('ayi'); const nw = doc.person('ayi');
    say(empDisp, `${doc.nd(old)}这个阿姨我们不想用了，${pick(['天天玩手机，孩子哭了都不管', '做饭太咸，说了好几次也不改', '晚上不愿意起夜', '跟老人吵架'])}`);
    say(stName, '非常抱歉，给您添麻烦了，我们马上给您安排更换');
    say(stName, `给您换一位：${doc.n(nw)}，${dt.y - nw.by}岁，${nw.native}人，手机${doc.m(nw)}，之前在${pick(A.comps)}带过${ri(1, 3)}个宝宝，明天上午9点到`);
    say(empDisp, `好，让她先来试两天。之前${doc.form(old, '阿姨')}的工资按天结吧`);
    say(stName, `可以，${old.by > 1975 ? doc.form(old, '姐') : doc.form(old, '阿姨')}做了${ri(3, 20)}天，财务按${doc.X('salary', amount(200, 350, 10))}一天结算`);
  } else {
    const gname = `${A.stores[ri(0, 1)]}派单群`; doc.X('store_name', gname.replace('派单群', ''));
    t += `群聊「${gname}」\n\n`;
    const st2 = doc.staff();
    for (let i = 0; i < ri(2, 4); i++) {
      const ayi = doc.person('ayi'); const cust = doc.person('employer', { city: A });
      const showC = chance(0.5);
      say(stName, `【派单】${doc.X('order_no', orderNo(dt))}\n服务：${doc.svc()}\n客户：${showC ? doc.n(cust) : doc.title(cust, cust.female ? '女士' : '先生')} ${showC ? doc.m(cust) : doc.mm(cust)}\n地址：${doc.shortAddr()}\n阿姨：${doc.n(ayi)} ${doc.m(ayi)}\n上户：${fd(addDays(dt, ri(1, 5)), 'md')} ${pick(['8:00', '8:30', '9:00', '14:00'])}`);
      if (chance(0.5)) { say(`${st2.alias}`, `收到，我通知${doc.form(ayi, '阿姨')}`); doc.X('chat_alias', st2.alias); }
    }
  }
  return t;
};

// 7. 培训证书名单
GEN.training_cert = (doc) => {
  const A = doc.A, dt = doc.date; const course = pick(['母婴护理员（五级）', '育婴员（四级）', '养老护理员（五级）', '家政服务员（初级）', '催乳师', '产后康复']);
  const school = `${A.city}市${pick(['巾帼', '阳光', '康馨', '职业'])}职业技能培训学校`;
  doc.X('company', school);
  const n = ri(6, 14); const lay = pick(['pipe', 'fixed', 'csv']);
  const cls = doc.person('staff'); const teacher = doc.person('staff');
  let t = `${school}\n${dt.y}年第${ri(1, 12)}期 ${course} 培训合格人员名单\n班主任：${doc.n(cls)}  联系电话：${doc.m(cls)}    授课：${doc.formS(teacher.sur || teacher.name[0], '老师')}\n\n`;
  const rows = [];
  for (let i = 1; i <= n; i++) {
    const p = doc.person('ayi', { minority: chance(0.02) });
    rows.push([String(i), doc.X('exam_no', `${String(dt.y).slice(2)}${pad2(dt.m)}${pad2(ri(1, 28))}${pad2(ri(1, 9))}${String(i).padStart(4, '0')}`), doc.n(p), p.sex, doc.id(p, 'plain'), chance(0.7) ? doc.m(p, 'plain') : '', doc.X('cert_no', certNo(dt)), String(ri(62, 98)), chance(0.85) ? '合格' : '补考合格', doc.X('store_name', pick([...A.stores, A.brand, `${A.city}${pick(['李姐', '王嫂', '巧妹', '万家福', '金太阳'])}家政`]))]);
  }
  if (chance(0.35)) { const p = doc.person('ayi'); const b = badId(p); rows.push([String(n + 1), doc.X('exam_no', `${String(dt.y).slice(2)}${pad2(dt.m)}${pad2(ri(1, 28))}${pad2(ri(1, 9))}${String(n + 1).padStart(4, '0')}`), doc.n(p), p.sex, doc.X(b.kind, b.v), '', '（证件号校验未通过）', '', '暂缓发证', '']); }
  const head = ['序号', '准考证号', '姓名', '性别', '身份证号码', '联系电话', '证书编号', '成绩', '结果', '推荐单位'];
  if (lay === 'pipe') t += `|${head.join('|')}|\n|${head.map(() => '---').join('|')}|\n` + rows.map((r) => `|${r.join('|')}|`).join('\n');
  else if (lay === 'csv') t += head.join(',') + '\n' + rows.map((r) => r.join(',')).join('\n');
  else {
    const w = [4, 12, 8, 4, 20, 13, 24, 6, 10, 24];
    const padw = (s, n) => { let len = 0; for (const c of s) len += /[\u3000-\u9fff·]/.test(c) ? 2 : 1; return s + ' '.repeat(Math.max(1, n - len)); };
    t += head.map((h, i) => padw(h, w[i])).join('') + '\n' + rows.map((r) => r.map((c, i) => padw(c, w[i])).join('')).join('\n');
  }
  t += `\n\n发证日期：${fd(addDays(dt, ri(5, 30)), 'cn')}\n（本名单仅供${A.brand}内部核验使用）\n`;
  doc.X('store_name', A.brand);
  return t;
};

// 8. 意外险投保批次 (CSV + optional cover mail)
GEN.insurance_batch = (doc) => {
  const A = doc.A, dt = doc.date; const n = ri(5, 14); const st = doc.staff();
  const batch = doc.X('batch_no', `JB${fd(dt, 'c')}${pad2(ri(1, 9))}`); const pol = doc.X('policy_no', policyNo(dt));
  let t = '';
  if (chance(0.55)) {
    t += `发件人：${doc.n(st)} <${doc.mailRaw(st.work)}>\n收件人：团险业务部 <${doc.mailRaw(A.insMail)}>\n抄送：${doc.mailRaw(`hr@${A.domain}`)}\n主题：${A.brand} 家政意外险${pick(['加保', '加保', '减保'])}名单 ${dt.m}月第${ri(1, 4)}批 共${n}人\n\n您好，\n附件为本批加保人员清单，请按团单 ${pol} 批改，生效日期${fd(addDays(dt, 1), 'cn')}零时。批改完成后请回传批单，谢谢！\n\n${st.name}\n${A.agency}\n电话：${A_tel(doc)} 手机：${doc.m(st)}\n\n---- 附件：${batch}.csv ----\n`;
    doc.X('company', A.agency);
  } else {
    t += `投保单位：${doc.X('company', A.agency)}\n统一社会信用代码：${doc.uscc(A.uscc)}\n团体保单号：${pol}\n批次号：${batch}\n保险公司：${doc.X('company', A.insurer)}\n\n`;
  }
  const head = ['序号', '被保险人姓名', '证件类型', '证件号码', '性别', '出生日期', '手机号码', '职业类别', '保障方案', '生效日期', '保险凭证号'];
  t += head.join(',') + '\n';
  for (let i = 1; i <= n; i++) {
    const p = doc.person('ayi', { minority: chance(0.03) });
    t += [i, doc.n(p), '身份证', doc.id(p, chance(0.95) ? 'plain' : 'lx'), p.sex, doc.X('date', `${p.by}-${pad2(p.bm)}-${pad2(p.bd)}`), chance(0.8) ? doc.m(p, 'plain') : '', pick(['3类', '4类']), doc.X('plan_name', pick(['家政无忧A款', '家政无忧B款', '家政意外险30万', '家政综合险(含三者)'])), fd(addDays(dt, 1)), doc.X('policy_no', `${pol}-${String(i).padStart(3, '0')}`)].join(',') + '\n';
  }
  if (chance(0.3)) { const p = doc.person('ayi'); const b = badId(p); t += `${n + 1},${doc.n(p)},身份证,${doc.X(b.kind, b.v)},${p.sex},${p.by}-${pad2(p.bm)}-${pad2(p.bd)},,4类,家政无忧A款,${fd(addDays(dt, 1))}\n（第${n + 1}行证件号码校验不通过，请核实后重报）\n`; }
  return t;
};

// 9. 工资代发批次
GEN.payroll_batch = (doc) => {
  const A = doc.A, dt = doc.date; const n = ri(5, 14); const lay = pick(['fixed', 'csv', 'csv', 'fixed']);
  const batch = doc.X('batch_no', `DF${fd(dt, 'c')}${digits(5)}`);
  let t = ''; let total = 0; const rows = [];
  for (let i = 1; i <= n; i++) {
    const p = doc.person('ayi');
    const amt = ri(30, 120) * 100 + pick([0, 0, 50]); total += amt;
    let card; let note = `${dt.m === 1 ? 12 : dt.m - 1}月工资`;
    if (chance(0.05) && p.card.startsWith('62')) { const bc = badCard(p); doc.DC('bank_card', bc); card = bc; note = '退票:账号户名不符'; }
    else card = doc.card(p, lay === 'fixed' ? 'plain' : (chance(0.85) ? 'plain' : 'g4'));
    rows.push({ i, name: doc.n(p), card, bank: p.bank, amt: doc.X('amount', amt.toFixed(2)), mob: chance(0.5) ? doc.m(p, 'plain') : '', note });
  }
  doc.X('corp_account', A.corp);
  if (lay === 'fixed') {
    t += `${A.bankBranch.slice(0, 6)} 代发工资结果明细\n单位名称：${doc.X('company', A.agency)}\n付款账号：${A.corp}    批次号：${batch}\n代发日期：${fd(dt)}    笔数：${n}    总金额：${doc.X('amount', total.toFixed(2))}\n` + '-'.repeat(96) + '\n';
    t += `序号  户名              卡号                    开户行              金额(元)    手机号        交易流水号             摘要\n`;
    const padw = (s, w) => { let len = 0; for (const c of s) len += /[\u3000-\u9fff·:]/.test(c) ? 2 : 1; return s + ' '.repeat(Math.max(1, w - len)); };
    for (const r of rows) t += padw(String(r.i).padStart(4, '0'), 6) + padw(r.name, 18) + padw(r.card, 24) + padw(r.bank, 20) + padw(r.amt, 12) + padw(r.mob, 14) + padw(doc.X('txn_no', txnNo(dt)), 23) + r.note + '\n';
  } else {
    t += `批次号,${batch}\n付款账户,${A.corp}\n付款户名,${doc.X('company', A.agency)}\n\n收款账号,收款户名,收款银行,金额,手机号,用途\n`;
    for (const r of rows) t += `${r.card},${r.name},${r.bank},${r.amt},${r.mob},${r.note}\n`;
    t += `合计,,,${doc.X('amount', total.toFixed(2))},,\n`;
  }
  if (chance(0.5)) t += `\n制单：${doc.n(doc.staff())}  复核：${doc.n(doc.staff())}\n`;
  return t;
};

// 10. 投诉/更换记录
GEN.complaint = (doc) => {
  const A = doc.A, dt = doc.date; const cust = doc.person('employer', { city: A }); const old = doc.person('ayi'); const nw = doc.person('ayi');
  const h1 = doc.staff(), h2 = doc.staff();
  const lay = pick(['form', 'narr', 'form']);
  const reason = pick(['服务态度差，与雇主顶嘴', '卫生不达标，厨房油污未清理', '擅自离岗两小时', '夜间不起夜，宝宝哭闹无人照看', '私自使用雇主物品', '做饭口味不合', '与老人沟通不畅，老人拒绝配合']);
  const tsno = doc.X('complaint_no', `TS-${fd(dt, 'c')}-${String(ri(1, 30)).padStart(3, '0')}`);
  const ord = doc.X('order_no', orderNo(dt, pick(['PD', 'HS', 'YS'])));
  if (lay === 'form') {
    return `投诉/更换登记表\n登记编号：${tsno}    登记日期：${fd(dt)}\n客户姓名：${doc.n(cust)}    联系电话：${doc.m(cust)}\n服务地址：${doc.address(cust)}\n关联订单：${ord}    服务类型：${doc.svc()}\n原服务人员：${doc.n(old)}（工号${doc.X('worker_no', ayiNo(A))}，电话${doc.m(old)}）\n投诉类型：${reason.split('，')[0]}\n投诉内容：客户反映${old.name}${reason}，${pick(['要求更换阿姨', '要求退还部分服务费', '要求当面道歉'])}。\n处理措施：1.已与${doc.form(old, '阿姨')}沟通，本人承认${pick(['有疏忽', '态度不好', '离开过一会儿'])}；2.更换为${doc.n(nw)}（电话${doc.m(nw)}），${fd(addDays(dt, ri(1, 3)), 'md')}上户；3.${pickF([() => '减免信息费' + doc.X('amount', amount(200, 800, 100)) + '元', () => '原阿姨工资按实际天数结算', () => '赠送一次深度保洁'])}。\n处理人：${doc.n(h1)}    回访人：${doc.n(h2)}    回访结果：${pick(['满意', '基本满意', '客户未接电话，待二次回访'])}\n客户确认：${cust.name}\n`;
  }
  return `【客诉记录】${tsno}\n${fd(dt, 'cn')}，${pick(A.comps)}的客户${doc.nd(cust)}来电，说${doc.nd(old)}${reason}。${doc.nd(h1)}当天上门了解情况，${doc.form(old, '阿姨')}说${pick(['是误会', '那天孩子发烧她也很着急', '以后会注意'])}。客户坚持更换，次日安排${doc.nd(nw)}上户，目前反馈还可以。\n订单：${ord}    客户电话：${doc.m(cust)}\n跟进人：${doc.n(h2)}\n`;
};

// 11. 招聘帖 / 求职帖
GEN.recruit_post = (doc) => {
  const A = doc.A, dt = doc.date; const st = doc.staff();
  if (chance(0.6)) {
    const jobs = shuffle(SERVICES).slice(0, ri(2, 4));
    let t = `【${doc.X('store_name', A.brand)}急聘】${A.city}本地单多，${doc.X('job_post', pick(['长期招聘', '高薪急招', '诚聘']) + jobs[0])}\n`;
    for (const j of jobs) t += `◆${doc.X('service_name', j)}：${doc.X('salary', amount(5000, 9000, 500))}-${doc.X('salary', amount(9500, 20000, 500))}元/月，${pick(['住家', '不住家', '住家/不住家均可'])}\n`;
    t += `要求：${ri(30, 40)}-${ri(50, 58)}周岁，身体健康，能办健康证，${pick(['有经验者优先', '无经验可免费培训', '持育婴师证优先'])}。\n公司免费提供培训、住宿，缴纳意外险。\n`;
    t += `报名请联系：${doc.formS(st.sur || st.name[0], pick(['老师', '经理', '姐']))} ${doc.m(st, pick(['plain', 'sp', 'dash']))}（微信同号）\n`;
    if (chance(0.5)) t += `门店电话：${A_tel(doc)}   全国服务热线：${doc.X('hotline_400', A.hotline)}\n`;
    if (chance(0.4)) t += `简历可发邮箱：${doc.mailRaw(`hr@${A.domain}`)}\n`;
    t += `地址：${A.city}市${A.dists[0][1]}${pick(A.dists[0][2])}${ri(10, 300)}号（${doc.X('store_name', A.stores[0])}）\n`;
    return t;
  }
  const p = doc.person('ayi'); const age = dt.y - p.by;
  const self = chance(0.6);
  let t = `【求职】${doc.X('job_post', pick(['找住家保姆工作', '找育儿嫂工作', '求职月嫂', '找钟点工', '找护工活']))}\n`;
  t += self ? `本人${doc.n(p)}，${age}岁，${p.native}人，${pick(['做过三年育儿嫂', '在医院做过两年护工', '带过三个新生儿', '做饭干净利索'])}，${pick(['有健康证', '有母婴护理证', '有养老护理证书'])}，${pick(['想在' + A.city + '找个住家的活', '只做白班', '最好在' + A.dists[0][1]])}。\n电话：${doc.m(p)}\n` : `${doc.form(p, '姐')}，${age}岁，${p.native}人，做事勤快，有意者电话联系 ${doc.m(p)}\n`;
  if (chance(0.4)) t += `QQ：${doc.X('qq', qq())}\n`;
  if (chance(0.3)) t += `邮箱：${doc.mail(p)}\n`;
  return t;
};

// 12. 阿姨简历
GEN.resume = (doc) => {
  const A = doc.A, dt = doc.date; const p = doc.person('ayi', { minority: chance(0.04) }); const age = dt.y - p.by;
  const sp = chance(0.5) ? (s) => s.split('').join(' ') : (s) => s;
  let t = `${pick(['个人简历', '家政服务员简历', `${A.brand} 阿姨简历`])}\n\n`;
  if (t.includes(A.brand)) doc.X('store_name', A.brand);
  t += `${sp('姓名')}：${doc.n(p)}        ${sp('性别')}：${p.sex}        ${sp('年龄')}：${age}岁\n${sp('籍贯')}：${p.native}    ${sp('民族')}：${p.minority ? '维吾尔族' : '汉'}    ${sp('学历')}：${pick(['初中', '高中', '小学', '中专'])}\n${sp('属相')}：${pick(['鼠', '牛', '虎', '兔', '龙', '蛇', '马', '羊', '猴', '鸡', '狗', '猪'])}    ${sp('婚姻')}：${pick(['已婚', '已婚', '离异'])}\n`;
  t += `联系电话：${doc.m(p)}\n`;
  if (chance(0.5)) t += `邮箱：${doc.mail(p)}\n`;
  if (chance(0.45)) t += `身份证号：${doc.id(p)}\n`;
  t += `求职意向：${doc.svc()}    期望薪资：${doc.X('salary', amount(6000, 15000, 500))}元/月\n\n工作经历：\n`;
  let y = Math.max(2010, dt.y - ri(4, 10));
  for (let i = 0; i < ri(2, 4) && y < dt.y; i++) {
    const y2 = Math.min(dt.y, y + ri(1, 3));
    const who = chance(0.7) ? doc.title(doc.person('employer', { city: A }), pick(['先生', '女士'])) : `${pick(A.comps)}雇主`;
    t += `${y}.${pad2(ri(1, 12))}-${y2}.${pad2(ri(1, 12))}  ${A.city}${pick(A.dists)[1]} ${who}家  ${pick(['育儿嫂，带一个男宝从出生到两岁', '住家保姆，负责做饭和打扫', '月嫂，护理产妇和新生儿', '护工，照顾偏瘫老人', '钟点工，每天上午保洁'])}\n`;
    y = y2;
  }
  if (chance(0.5)) { const ref = doc.person('employer', { city: A }); t += `\n雇主评价：“${pick(['做事细心，宝宝很喜欢她', '人很实在，做饭好吃', '有耐心，老人很满意'])}”——${chance(0.5) ? doc.nd(ref) : doc.title(ref, '女士')}\n`; }
  t += `\n证书：${pick(['育婴员（四级）', '母婴护理员', '养老护理员', '健康证'])}  编号 ${doc.X('cert_no', certNo(dt))}\n`;
  t += `自我评价：${pick(['吃苦耐劳，爱干净，性格好', '会做各地家常菜，擅长面食', '喜欢小孩，有耐心', '身体好，能熬夜'])}\n`;
  if (chance(0.4)) { const k = doc.person('kin', { home: p.home }); t += `紧急联系人：${doc.n(k)}（${pick(relations)}） ${doc.m(k)}\n`; }
  return t;
};

// 13. 身份证复印件 OCR
GEN.id_ocr = (doc) => {
  const A = doc.A; const p = doc.person(chance(0.8) ? 'ayi' : 'employer', { city: A, minority: chance(0.05) });
  const L = ocrL; const nm = chance(0.3) ? p.name.split('').join(' ') : p.name;
  doc.n(p);
  let idv; const r = rnd();
  if (r < 0.18) { const b = ocrBreak(p.id); if (b) { doc.DC('cn_resident_id', p.id); idv = b; } else idv = doc.id(p, 'plain'); }
  else if (r < 0.4) { doc.E('cn_resident_id', p.id); idv = p.id.slice(0, 6) + ' ' + p.id.slice(6, 14) + ' ' + p.id.slice(14); }
  else if (r < 0.5) { doc.E('cn_resident_id', p.id); idv = p.id.replace(/(.)(?=.)/g, '$1 '); }
  else idv = doc.id(p, p.id.endsWith('X') && chance(0.3) ? 'lx' : 'plain');
  const addr = p.role === 'employer' && !p.home[0].match(/^(34|41|51|43|36|50|62|42|37|32|13|14|23|22|21)/) ? doc.address(p) : doc.homeAddr(p);
  const am = addr.match(/^(.*?[县区])(.+)$/);
  const addrLines = am ? am[1] + '\n      ' + am[2] : addr;
  const county = p.home[3];
  const office = county.endsWith('区') ? `${p.home[2]}市公安局${county}分局` : `${county}公安局`;
  const start = randDate(2008, 1, 2022, 12);
  const ageAt = start.y - p.by;
  const until = ageAt < 16 ? `${start.y + 5}.${pad2(start.m)}.${pad2(start.d)}` : ageAt < 26 ? `${start.y + 10}.${pad2(start.m)}.${pad2(start.d)}` : ageAt < 46 ? `${start.y + 20}.${pad2(start.m)}.${pad2(start.d)}` : '长期';
  let t = `${L('姓名')} ${nm}\n${L('性别')} ${p.sex}  ${L('民族')} ${p.minority ? '维吾尔' : '汉'}\n${L('出生')} ${doc.X('date', `${p.by} ${L('年')} ${p.bm} ${L('月')} ${p.bd} ${L('日')}`)}\n${L('住址')} ${addrLines}\n\n${L('公民身份号码')} ${idv}\n`;
  t += `\n${L('中华人民共和国')}\n${L('居民身份证')}\n${L('签发机关')} ${doc.X('issuing_office', office)}\n${L('有效期限')} ${doc.X('validity', `${fd(start, '.')}-${until}`)}\n`;
  if (chance(0.6)) t += `\n${pickF([() => `仅供${A.brand}办理入职使用，他用无效`, () => `此复印件仅用于${doc.X('company', A.agency)}签订家政服务合同`, () => '与原件一致  复印无效'])}\n`;
  if (t.includes(A.brand)) doc.X('store_name', A.brand);
  return t;
};

// 14. 短信发送日志
GEN.sms = (doc) => {
  const A = doc.A, dt = doc.date; const n = ri(5, 14); const sign = `【${A.brand}】`; doc.X('store_name', A.brand);
  let t = pick(['手机号码,短信内容,发送时间,状态\n', '接收号码\t内容\t提交时间\t回执\n']); const sep = t.includes('\t') ? '\t' : ',';
  for (let i = 0; i < n; i++) {
    const ayi = doc.person('ayi'); const cust = doc.person('employer', { city: A });
    const k = ri(0, 3); let to, body;
    if (k === 0) { to = doc.m(ayi, 'plain'); body = `${sign}${doc.nd(ayi)}阿姨您好，您已派单至${doc.title(cust, cust.female ? '女士' : '先生')}家（${doc.shortAddr()}），雇主电话${doc.m(cust, 'plain')}，请于${fd(addDays(dt, 1), 'md')}${pick(['8:00', '9:00'])}准时上户。`; }
    else if (k === 1) { to = doc.m(cust, 'plain'); body = `${sign}尊敬的客户，您预约的${doc.svc()}服务已派单，服务人员：${doc.n(ayi)}，电话${doc.m(ayi, 'plain')}，预计${fd(addDays(dt, 1), 'md')}上门。退订回T`; }
    else if (k === 2) { to = doc.m(ayi, 'plain'); body = `${sign}您的${dt.m}月工资${doc.X('amount', amount(5000, 12000, 50))}元已发放至尾号${ayi.card.slice(-4)}的银行卡，请注意查收。`; doc.X('masked_card', `尾号${ayi.card.slice(-4)}`); }
    else { to = doc.m(cust, 'plain'); body = `${sign}您的验证码为${doc.X('verification_code', digits(6))}，5分钟内有效。`; }
    t += [to, body.replace(/,/g, '，'), doc.X('datetime', `${fd(dt)} ${hms()}`), pick(['成功', '成功', '成功', 'DELIVRD', '失败'])].join(sep) + '\n';
  }
  return t;
};

// 15. 邮件
GEN.mail = (doc) => {
  const A = doc.A, dt = doc.date; const st = doc.staff(); const k = pick(['claim', 'contract', 'complaint', 'resume']);
  let t = '';
  if (k === 'claim') {
    const p = doc.person('ayi'); const sp = doc.staff();
    t += `From: ${doc.n(st)} <${doc.mailRaw(st.work)}>\nTo: 理赔中心 <${doc.mailRaw(A.insMail.replace(/^[a-z]+_/, 'lipei_'))}>\nDate: ${doc.X('datetime', `${fd(dt)} ${hm()}`)}\nSubject: 家政意外险报案 被保险人${p.name}\n\n`;
    t += `您好，现报案如下：\n被保险人：${doc.n(p)}\n身份证号：${doc.id(p)}\n联系电话：${doc.m(p)}\n保单号：${doc.X('policy_no', policyNo(dt))}\n出险时间：${fd(addDays(dt, -ri(1, 6)), 'cn')} ${hm()}\n出险经过：在雇主家${pick(['擦窗户时从凳子上摔下，右手腕骨折', '切菜时割伤左手食指，缝合5针', '下楼梯扭伤脚踝', '被雇主家宠物狗咬伤小腿'])}，已在${A.city}市第${ri(1, 3)}人民医院就诊。\n理赔款收款账户：${p.bank}  户名：${p.name}  卡号：${doc.card(p)}\n\n附件：身份证正反面、病历、发票。\n\n${st.name}\n${A.agency}  ${A_tel(doc)}\n`;
    doc.X('company', A.agency);
  } else if (k === 'contract') {
    const emp = doc.person('employer', { city: A }); const ayi = doc.person('ayi');
    t += `发件人：${A.brand}<${doc.mailRaw(`service@${A.domain}`)}>\n收件人：${doc.mail(emp)}\n时间：${fd(dt, 'cn')} ${hm()}\n主题：${doc.X('contract_no', contractNo(A, dt))} 家政服务合同（电子版）\n\n${doc.title(emp, emp.female ? '女士' : '先生')}，您好：\n\n附件是您与我司及服务人员签订的三方协议，请核对以下信息：\n  雇主：${doc.n(emp)}  ${doc.m(emp)}\n  服务人员：${doc.n(ayi)}  ${doc.m(ayi)}\n  服务类型：${doc.svc()}\n  上户日期：${fd(addDays(dt, ri(1, 10)), 'cn')}\n如有问题请联系您的顾问${doc.n(st)}（${doc.m(st)}）。\n\n${A.agency}\n客服热线：${doc.X('hotline_400', A.hotline)}\n`;
    doc.X('company', A.agency);
  } else if (k === 'complaint') {
    const emp = doc.person('employer', { city: A }); const ayi = doc.person('ayi');
    t += `From: "${doc.n(emp)}" <${doc.mail(emp)}>\nTo: ${doc.mailRaw(`kefu@${A.domain}`)}\nSubject: 关于${doc.form(ayi, '阿姨')}的问题\n\n你好，\n\n我家的${pick(['育儿嫂', '保姆', '月嫂'])}${doc.nd(ayi)}上周开始经常迟到，${pick(['周三还提前一小时走了', '孩子的辅食也没按要求做', '说了几次都没改'])}。合同上写的是${pick(['8点到18点', '住家', '每周休一天'])}，希望你们跟她沟通一下，不行就换人。\n\n另外上个月的服务费${doc.X('amount', amount(6000, 12000, 100))}元已转，发票请开给我，抬头就写个人。\n\n${emp.name}\n${doc.m(emp)}\n${doc.address(emp)}\n`;
  } else {
    const emp = doc.person('employer', { city: A });
    t += `发件人：${doc.n(st)} <${doc.mailRaw(st.work)}>\n收件人：${doc.title(emp, emp.female ? '女士' : '先生')} <${doc.mail(emp)}>\n主题：为您推荐的${pick(['育儿嫂', '住家保姆', '月嫂'])}简历（${ri(2, 3)}份）\n\n您好，按您的要求筛选了几位阿姨，简历如下，方便的话可以约视频面试：\n\n`;
    for (let i = 0; i < ri(2, 3); i++) { const a = doc.person('ayi'); t += `${i + 1}）${doc.n(a)}  ${dt.y - a.by}岁  ${a.native}  ${doc.X('service_name', pick(SERVICES))}  从业${ri(2, 12)}年  电话 ${doc.m(a)}\n`; }
    t += `\n${A.brand} ${st.title} ${st.name}\n手机/微信：${doc.m(st)}\n`;
    doc.X('store_name', A.brand);
  }
  return t;
};

// 16. SaaS JSON 导出
GEN.order_json = (doc) => {
  const A = doc.A, dt = doc.date; const n = ri(3, 7); const arr = [];
  for (let i = 0; i < n; i++) {
    const c = doc.person('employer', { city: A }); const a = doc.person('ayi');
    const o = {
      orderNo: doc.X('order_no', longOrder(dt)), serviceType: doc.svc(), status: pick(['SERVING', 'FINISHED', 'WAIT_ONBOARD', 'REFUND']),
      customer: { name: doc.n(c), mobile: doc.m(c, chance(0.85) ? 'plain' : '+86-'), address: doc.address(c) },
      ayi: { id: doc.X('worker_no', ayiNo(A)), name: doc.n(a), mobile: doc.m(a, 'plain'), idCard: chance(0.7) ? doc.id(a, 'plain') : doc.mid(a) },
      price: doc.X('amount', amount(3000, 26000, 100) + '.00'), createdAt: +doc.X('timestamp_ms', msEpoch(dt)),
      store: doc.X('store_name', pick(A.stores)),
    };
    if (chance(0.5)) o.customer.email = doc.mail(c);
    if (chance(0.3)) o.ayi.bankCard = doc.card(a, 'plain');
    if (chance(0.25)) o.payTradeNo = doc.X('txn_no', txnNo(dt));
    arr.push(o);
  }
  return chance(0.5) ? JSON.stringify({ code: 0, msg: 'ok', data: { total: n, list: arr } }, null, 2) : arr.map((o) => JSON.stringify(o)).join('\n');
};

// 17. 家政信用信息上报 XML
GEN.credit_xml = (doc) => {
  const A = doc.A, dt = doc.date; const n = ri(3, 9);
  let t = `<?xml version="1.0" encoding="UTF-8"?>\n<report batchNo="${doc.X('batch_no', `XY${fd(dt, 'c')}${digits(5)}`)}" reportDate="${fd(dt)}">\n  <org>\n    <orgName>${doc.X('company', A.agency)}</orgName>\n    <creditCode>${doc.uscc(A.uscc)}</creditCode>\n    <contact>${doc.n(A.staff[0])}</contact>\n    <contactTel>${doc.m(A.staff[0], 'plain')}</contactTel>\n  </org>\n`;
  doc.names.add(A.staff[0].name);
  for (let i = 0; i < n; i++) {
    const p = doc.person('ayi', { minority: chance(0.03) });
    t += `  <worker>\n    <name>${doc.n(p)}</name>\n    <gender>${p.female ? 2 : 1}</gender>\n    <idType>01</idType>\n    <idNo>${doc.id(p, 'plain')}</idNo>\n    <mobile>${doc.m(p, 'plain')}</mobile>\n    <nativePlace>${p.native}</nativePlace>\n    <serviceType>${doc.svc()}</serviceType>\n    <healthCertNo>${doc.X('health_cert_no', healthCert(dt))}</healthCertNo>\n    <trainCertNo>${doc.X('cert_no', certNo(dt))}</trainCertNo>\n    <entryDate>${doc.X('date', fd(addDays(dt, -ri(10, 900))))}</entryDate>\n  </worker>\n`;
  }
  return t + '</report>\n';
};

// 18. 周例会纪要
GEN.minutes = (doc) => {
  const A = doc.A, dt = doc.date; const att = [doc.staff(), doc.staff(), doc.staff(), doc.staff()].filter((v, i, a) => a.indexOf(v) === i);
  const a1 = doc.person('ayi'), a2 = doc.person('ayi'), c1 = doc.person('employer', { city: A });
  const store = pick(A.stores); doc.X('store_name', store);
  let t = `${store} 周例会纪要\n时间：${fd(dt, 'cn')} ${pick(['9:00', '18:30'])}\n地点：门店会议室\n参会人员：${att.map((s) => doc.n(s)).join('、')}\n记录：${doc.n(att[att.length - 1])}\n\n`;
  t += `一、上周业绩\n新签${ri(5, 25)}单（月嫂${ri(1, 8)}、育儿嫂${ri(1, 8)}、保洁${ri(2, 10)}），合同额${doc.X('amount', amount(60000, 380000, 1000))}元，回款率${ri(70, 98)}%。\n\n`;
  t += `二、问题\n1. ${doc.nd(c1)}家投诉${doc.nd(a1)}${pick(['做饭不合口', '带娃看手机', '不按时到岗'])}，${doc.nd(att[1])}已上门沟通，本周内完成更换。\n2. ${doc.nd(a2)}健康证${fd(addDays(dt, ri(3, 20)), 'md')}到期，需督促复检，否则停止派单。\n3. ${doc.X('service_name', pick(['金牌月嫂', '皇冠月嫂']))}档期紧张，${fd(addDays(dt, 40), 'md')}前无空档，新客户先推${doc.X('service_name', '育婴师')}。\n\n`;
  t += `三、待办\n| 事项 | 负责人 | 截止 |\n|---|---|---|\n| 更换${a1.sur || a1.name[0]}阿姨 | ${doc.n(att[1])} | ${fd(addDays(dt, 3), 'md')} |\n| 意外险加保名单报送 | ${doc.n(att[att.length > 2 ? 2 : 0])} | ${fd(addDays(dt, 2), 'md')} |\n| 抖音招聘帖更新 | ${doc.n(att[0])} | ${fd(addDays(dt, 5), 'md')} |\n`;
  doc.X('form_of_address', `${a1.sur || a1.name[0]}阿姨`);
  if (chance(0.5)) { const p = doc.person('ayi'); t += `\n附：新入职阿姨 ${doc.n(p)}，${doc.m(p)}，${p.native}人，已交身份证复印件。\n`; }
  return t;
};

// 19. 健康证/体检登记
GEN.health_register = (doc) => {
  const A = doc.A, dt = doc.date; const n = ri(6, 14); const hosp = `${A.city}市${pick(['疾病预防控制中心', '第二人民医院体检中心', '妇幼保健院', '职业病防治院'])}`;
  doc.X('company', hosp);
  let t = `${A.brand} 阿姨健康证办理登记（${dt.y}年${dt.m}月）\n体检机构：${hosp}\n\n体检编号|姓名|身份证号|手机|体检日期|健康证编号|结果|有效期至\n`;
  doc.X('store_name', A.brand);
  for (let i = 0; i < n; i++) {
    const p = doc.person('ayi'); const d = addDays(dt, ri(-20, 0));
    const res = pick(['合格', '合格', '合格', '待复查(乙肝)', '合格', '未到']);
    const idv = chance(0.9) ? doc.id(p, 'plain') : doc.mid(p);
    t += `${doc.X('exam_no', `TJ${fd(d, 'c').slice(2)}${digits(4)}`)}|${doc.n(p)}|${idv}|${chance(0.6) ? doc.m(p, 'plain') : ''}|${doc.X('date', fd(d))}|${res.startsWith('合格') ? doc.X('health_cert_no', healthCert(d)) : ''}|${res}|${res.startsWith('合格') ? fd(addDays(d, 365)) : ''}\n`;
  }
  if (chance(0.4)) { const p = doc.person('ayi'); const b = badId(p); t += `|${doc.n(p)}|${doc.X(b.kind, b.v)}||${fd(dt)}||身份证号有误，退回|\n`; }
  return t;
};

// 20. 老带新推荐奖励
GEN.referral = (doc) => {
  const A = doc.A, dt = doc.date; const n = ri(3, 9);
  let t = `${dt.y}年${dt.m}月 老带新推荐奖励发放表\n推荐人\t推荐人手机\t被推荐人\t被推荐人工号\t被推荐人手机\t入职日期\t奖励金额\t发放卡号\t状态\n`;
  for (let i = 0; i < n; i++) {
    const r = doc.person('ayi'); const q = doc.person('ayi', { home: r.home });
    t += [doc.n(r), doc.m(r, 'plain'), doc.n(q), doc.X('worker_no', ayiNo(A)), chance(0.8) ? doc.m(q, 'plain') : doc.mm(q), doc.X('date', fd(addDays(dt, -ri(20, 60)))), doc.X('amount', pick(['300', '500', '800', '1000'])), chance(0.8) ? doc.card(r, chance(0.5) ? 'plain' : 'g4') : doc.mcard(r), pick(['已发放', '待发放', '被推荐人未满30天'])].join('\t') + '\n';
  }
  t += `\n审核：${doc.n(doc.staff())}\n`;
  return t;
};

// 21. 上户确认单 (form, often a photographed paper form)
GEN.handover = (doc) => {
  const A = doc.A, dt = doc.date; const ocr = chance(0.6); const L = ocr ? ocrL : (s) => s;
  const emp = doc.person('employer', { city: A }); const ayi = doc.person('ayi'); const st = doc.staff();
  const u = (s) => (ocr ? `_${s}__` : s);
  let t = `${A.brand} ${L('上户确认单')}\n${L('订单号：')}${doc.X('order_no', orderNo(dt))}\n\n${L('雇主姓名：')}${u(doc.n(emp))}   ${L('电话：')}${u(doc.m(emp, 'plain'))}\n${L('服务地址：')}${doc.address(emp)}\n${L('家政员姓名：')}${u(doc.n(ayi))}   ${L('电话：')}${u(doc.m(ayi, 'plain'))}\n${L('身份证号：')}${doc.id(ayi, ocr ? pick(['plain', 'sp']) : 'plain')}\n${L('服务类型：')}${doc.svc()}    ${L('上户时间：')}${doc.X('date', fd(dt, 'cn'))} ${pick(['8', '9', '14'])}${L('时')}\n`;
  doc.X('store_name', A.brand);
  t += `${L('交接事项：')}${pick(['钥匙一把、门禁卡一张', '宝宝作息表已交接', '老人用药清单已交接', '无'])}\n${L('试工天数：')}${ri(1, 5)}天\n\n${L('雇主签字：')}${emp.name}   ${L('家政员签字：')}${ayi.name}   ${L('顾问：')}${doc.n(st)}\n`;
  if (chance(0.4)) t += `${L('雇主备用联系人：')}${(() => { const k = doc.person('employer', { city: A }); return `${doc.n(k)} ${doc.m(k, 'plain')}`; })()}\n`;
  return t;
};

// 22. 医院护工排班
GEN.hospital_roster = (doc) => {
  const A = doc.A, dt = doc.date; const ward = pick(['骨科', '神经内科', '老年科', '肿瘤科', '心内科']);
  const hosp = `${A.city}市第${pick(['一', '二', '三'])}人民医院`;
  doc.X('company', hosp);
  let t = `${A.brand} 驻${hosp}护工排班表  ${ward}病区  ${dt.y}年${dt.m}月\n护工组长：${(() => { const s = doc.person('ayi', { female: false }); return `${doc.n(s)}（${doc.form(s, '师傅')}） ${doc.m(s)}`; })()}\n\n床号,患者姓名,住院号,入院日期,护工姓名,护工电话,班次,家属姓名,家属电话,护理级别\n`;
  doc.X('store_name', A.brand);
  const n = ri(5, 10);
  for (let i = 0; i < n; i++) {
    const pt = doc.person('elder', { city: A }); const hg = doc.person('ayi', { female: chance(0.7) }); const fam = doc.person('employer', { city: A });
    t += [doc.X('bed_no', `${ri(1, 48)}床`), doc.n(pt), doc.X('inpatient_no', `ZY${String(dt.y).slice(2)}${digits(6)}`), doc.X('date', fd(addDays(dt, -ri(1, 40)))), doc.n(hg), doc.m(hg, 'plain'), pick(['24小时', '白班', '夜班', '一对多']), chance(0.8) ? doc.n(fam) : doc.title(fam, fam.female ? '女士' : '先生'), doc.m(fam, 'plain'), pick(['一级', '二级', '特级'])].join(',') + '\n';
  }
  return t;
};

// ================================================================= build
const PLAN = {
  ayi_profile: 20, ayi_roster: 14, employer_list: 14, contract: 18, dispatch_log: 16, wechat_chat: 20, training_cert: 14,
  insurance_batch: 14, payroll_batch: 14, complaint: 16, recruit_post: 12, resume: 18, id_ocr: 16, sms: 14, mail: 16,
  order_json: 14, credit_xml: 10, minutes: 12, health_register: 10, referral: 8, handover: 10, hospital_roster: 8,
};
const docs = [];
const order = [];
for (const [k, c] of Object.entries(PLAN)) for (let i = 0; i < c; i++) order.push(k);
const counters = {};
for (const kind of shuffle(order)) {
  const A = pick(CITIES);
  const doc = new Doc(kind, A);
  const text = GEN[kind](doc);
  counters[kind] = (counters[kind] || 0) + 1;
  const f = doc.finish();
  docs.push({ id: `hk-${kind}-${counters[kind]}`, kind, text, ...f });
}

// ================================================================= self-check
const errors = [];
const NORM_STRIP = /[\s\-\u2010-\u2015()（）+_|]/g;
function normDigits(t) { return t.normalize('NFKC').replace(NORM_STRIP, '').toUpperCase(); }
function valid(det, v) {
  switch (det) {
    case 'cn_resident_id': return idStructOk(v) && REGION_SET.has(v.slice(0, 6));
    case 'cn_mobile': return MOBILE_RE.test(v);
    case 'bank_card': return /^\d{16,19}$/.test(v) && luhnOk(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v);
    case 'person_name_zh': return /^[\u4e00-\u9fa5·]{2,16}$/.test(v);
    case 'cn_landline': return /^0(10|2[0-57-9])\d{8}$|^0[3-9]\d{2}\d{7,8}$/.test(v);
    case 'cn_uscc': return usccOk(v);
    case 'cn_passport': return /^E[A-HJ-NP-Z0-9]\d{7}$/.test(v);
    default: return false;
  }
}
function occurs(text, det, v) {
  const n = text.normalize('NFKC');
  if (det === 'person_name_zh') return n.replace(/\s/g, '').includes(v);
  if (det === 'email') return n.toLowerCase().includes(v);
  const d = normDigits(text);
  if (det === 'cn_resident_id') return d.includes(v) || d.includes(v.slice(0, 6) + v.slice(8, 17));
  if (det === 'cn_landline') return d.includes(v) || d.includes('86' + v.slice(1));
  return d.includes(v);
}
const counts = { entities: {}, dontCare: {}, decoys: {} };
for (const doc of docs) {
  const seen = new Set();
  for (const e of doc.entities) {
    const k = e.detector + '|' + e.value;
    if (seen.has(k)) errors.push(`${doc.id}: duplicate entity ${k}`); seen.add(k);
    if (!valid(e.detector, e.value)) errors.push(`${doc.id}: invalid entity ${k}`);
    if (!occurs(doc.text, e.detector, e.value)) errors.push(`${doc.id}: entity not in text ${k}`);
    counts.entities[e.detector] = (counts.entities[e.detector] || 0) + 1;
  }
  for (const e of doc.dontCare) counts.dontCare[e.detector] = (counts.dontCare[e.detector] || 0) + 1;
  const labelVals = [...doc.entities, ...doc.dontCare];
  for (const x of doc.decoys) {
    counts.decoys[x.kind] = (counts.decoys[x.kind] || 0) + 1;
    if (!doc.text.includes(x.text)) errors.push(`${doc.id}: decoy not in text ${x.kind} ${x.text}`);
    for (const e of doc.entities) {
      if (e.value === x.text) errors.push(`${doc.id}: decoy equals entity ${x.text}`);
      if (e.detector === 'person_name_zh' ? x.text.includes(e.value) : (normDigits(x.text).includes(e.value) && e.value.length >= 11)) errors.push(`${doc.id}: decoy ${x.kind} "${x.text}" contains entity ${e.value}`);
    }
    for (const e of doc.dontCare) if (e.detector === 'person_name_zh' && x.text.includes(e.value)) errors.push(`${doc.id}: decoy "${x.text}" contains dontCare ${e.value}`);
    const d = normDigits(x.text).replace(/[^0-9X]/g, '');
    const raw = x.text.normalize('NFKC');
    // decoys must really be invalid for every numeric detector
    if (/^\d{17}[\dX]$/.test(d) && d.length === normDigits(raw).length && idStructOk(d)) errors.push(`${doc.id}: decoy passes ID check ${x.text}`);
    if (/^\d{11}$/.test(raw) && MOBILE_RE.test(raw)) errors.push(`${doc.id}: decoy is a valid mobile ${x.text}`);
    if (/^\d{16,19}$/.test(raw) && /^(62|81|4|5)/.test(raw) && luhnOk(raw)) errors.push(`${doc.id}: decoy is a valid card ${x.text}`);
    if (/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(raw) && usccOk(raw) && /^[1-9ANY]/.test(raw) && PROVINCES.has(raw.slice(2, 4))) errors.push(`${doc.id}: decoy is a valid USCC ${x.text}`);
  }
  // every long digit run must be labelled (entity, dontCare) or part of a decoy
  const nt = doc.text.normalize('NFKC');
  for (const m of nt.matchAll(/\d{11,}[Xx]?/g)) {
    const r = m[0].toUpperCase();
    const ok = labelVals.some((e) => e.value.toUpperCase().includes(r) || (e.detector === 'cn_resident_id' && (e.value.slice(0, 6) + e.value.slice(8, 17)).includes(r)) || (r.includes(e.value) && e.value.length >= 11 && /^\d/.test(e.value)))
      || doc.decoys.some((x) => x.text.normalize('NFKC').replace(/\D/g, '').includes(r.replace(/X/g, '')));
    if (!ok) errors.push(`${doc.id}: unlabelled digit run ${r}`);
  }
  for (const m of nt.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g)) {
    const v = m[0].toLowerCase();
    if (!labelVals.some((e) => e.detector === 'email' && e.value === v)) errors.push(`${doc.id}: unlabelled e-mail ${v}`);
  }
}

const kinds = {}; for (const d of docs) kinds[d.kind] = (kinds[d.kind] || 0) + 1;
console.log(`documents: ${docs.length} in ${Object.keys(kinds).length} kinds`);
for (const [k, v] of Object.entries(kinds)) {
  const ds = docs.filter((d) => d.kind === k);
  const ne = ds.reduce((a, d) => a + d.entities.length, 0), nx = ds.reduce((a, d) => a + d.decoys.length, 0);
  console.log(`  ${k.padEnd(18)} ${String(v).padStart(3)} docs  ${String(ne).padStart(4)} entities  ${String(nx).padStart(4)} decoys`);
}
console.log('entities per detector:');
for (const [k, v] of Object.entries(counts.entities).sort()) console.log(`  ${k.padEnd(18)} ${v}`);
console.log('dontCare per detector:');
for (const [k, v] of Object.entries(counts.dontCare).sort()) console.log(`  ${k.padEnd(18)} ${v}`);
const decTotal = Object.values(counts.decoys).reduce((a, b) => a + b, 0);
const entTotal = Object.values(counts.entities).reduce((a, b) => a + b, 0);
console.log(`decoys per kind (total ${decTotal}; entities total ${entTotal}):`);
for (const [k, v] of Object.entries(counts.decoys).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(20)} ${v}`);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((counts.entities[det] || 0) < 150) errors.push(`too few ${det}: ${counts.entities[det] || 0}`);
if (Object.keys(kinds).length < 15) errors.push('too few kinds');
if (decTotal < entTotal) errors.push(`fewer decoys (${decTotal}) than entities (${entTotal})`);

if (errors.length) {
  console.error(`SELF-CHECK FAILED (${errors.length}):`);
  for (const e of errors.slice(0, 40)) console.error('  ' + e);
  process.exit(1);
}
writeFileSync(OUT, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
console.log(`self-check OK; wrote ${docs.length} documents to ${OUT}`);
