#!/usr/bin/env node
/*
 * maternity.mjs — independent labelled test corpus for listguard (session 28)
 *
 * Theme: maternity and infant services in China — 月子中心 (confinement
 * centres), 月嫂/育婴师 家政 agencies, 母婴店 member systems, 早教 centres and
 * 产后修复 studios. Documents: 入住登记, 在住/预约 exports, 月嫂 派单, 三方
 * 家政服务合同, 母婴店 会员 exports, 早教 试听 leads (地推, 小红书, 抖音),
 * 新生儿 records, 付款/分期/POS/退款, 育婴师 培训/补贴 rosters, WeChat group
 * logs, SMS, 交班记录, 投诉, mini-program JSON and logs, printed PDFs
 * extracted as text, mails, OCR'd paper, XML, minutes, 档期表, 产康 档案,
 * 跟进 notes.
 *
 * Usage:   node maternity.mjs OUT.jsonl
 * Output:  one JSON object per line
 *   {"id":"mat-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector","value"}],   must be reported (unique per doc)
 *    "dontCare":[{"detector","value"}],   either answer is fine
 *    "decoys":[{"kind","text"}]}          must NOT be reported under any detector
 * Detectors: person_name_zh, cn_mobile, cn_resident_id, bank_card, email,
 *   and where documents have them cn_landline, cn_passport, cn_uscc.
 * Normalisation of values: cn_resident_id 18 chars with upper-case X (legacy
 *   15-digit numbers upgraded to 18); cn_mobile 11 digits (no +86, no
 *   separators); cn_landline digits incl. leading 0 and area code, no
 *   extension; email lower-case; bank_card digits only; cn_passport and
 *   cn_uscc upper-case; person_name_zh as written without spaces or titles.
 *   Decoys carry their exact text as written.
 * Deterministic: own mulberry32 PRNG with a fixed seed, no clock, no I/O
 * except OUT. Ends with a self-check (exit 1 on failure) and a summary.
 *
 * Written in session 28 by a helper that never read src/, rules/ or test/,
 * from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node maternity.mjs OUT.jsonl'); process.exit(2); }

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x6d617428); // "mat(" — session 28
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const pad = (n, w) => String(n).padStart(w, '0');
const wOf = (x) => (Array.isArray(x) ? x[x.length - 1] : x.w);
function wpick(list) { let tot = 0; for (const x of list) tot += wOf(x); let r = rnd() * tot; for (const x of list) { r -= wOf(x); if (r < 0) return x; } return list[list.length - 1]; }
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function digits(n) { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; }
function money(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }

// ---------------------------------------------------------------- validators
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheckChar(b) { let s = 0; for (let i = 0; i < 17; i++) s += (b.charCodeAt(i) - 48) * ID_W[i]; return '10X98765432'[s % 11]; }
const PROV = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83']);
function validDate(y, m, d) {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}
function validId18(s) {
  if (!/^\d{17}[\dX]$/.test(s) || !PROV.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2025 || !validDate(y, m, d)) return false;
  return idCheckChar(s) === s[17];
}
function upgrade15(s) { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheckChar(b); }
function validId15(s) {
  if (!/^\d{15}$/.test(s) || !PROV.has(s.slice(0, 2))) return false;
  return validDate(1900 + +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12));
}
function luhn(s) { let sum = 0, alt = false; for (let i = s.length - 1; i >= 0; i--) { let n = s.charCodeAt(i) - 48; if (alt) { n *= 2; if (n > 9) n -= 9; } sum += n; alt = !alt; } return sum % 10 === 0; }
function luhnComplete(body) { for (let c = 0; c < 10; c++) if (luhn(body + c)) return body + c; }
const MOBILE_RE = /^1(?:3\d|4[57]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/;
const MOBILE_LOOSE = /^1[3-9]\d{9}$/;
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function usccCheckChar(s17) { let sum = 0, w = 1; for (let i = 0; i < 17; i++) { sum += UA.indexOf(s17[i]) * w; w = (w * 3) % 31; } return UA[(31 - (sum % 31)) % 31]; }
function orgCheckChar(s8) {
  const W = [3, 7, 9, 10, 5, 8, 4, 2]; let sum = 0;
  for (let i = 0; i < 8; i++) { const c = s8[i]; sum += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * W[i]; }
  const c = 11 - (sum % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
function validUscc(s) { return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s) && usccCheckChar(s.slice(0, 17)) === s[17]; }
function validUsccStrict(s) { return validUscc(s) && orgCheckChar(s.slice(8, 16)) === s[16]; }
const AREA2 = new Set(['010', '020', '021', '022', '023', '024', '025', '027', '028', '029']);
function landlineLike(s) { // broad: trunk 0 + area code + 7/8 digits
  if (!/^0[1-9]\d{8,10}$/.test(s)) return false;
  if (AREA2.has(s.slice(0, 3))) return s.length === 11;
  if (/^0(10|2\d)/.test(s)) return false;
  return s.length === 11 || s.length === 12;
}
const EMAIL_RE = /[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}/g;
const ASSET_TLD = /\.(png|jpg|jpeg|gif|svg|webp)$/i;

// Scan a text for every value a careful detector could call valid. Used to
// prove completeness of labels (nothing valid left unlabelled) and that decoys
// carry no valid value.
function scanText(text) {
  const t = text.normalize('NFKC');
  const hits = [];
  const add = (det, v) => hits.push({ det, v });
  for (const m of t.matchAll(/\d+(?:[ \-]\d+)*(?:[Xx](?![A-Za-z0-9]))?/g)) {
    const groups = m[0].split(/[ \-]/);
    const n = groups.length;
    for (let i = 0; i < n; i++) {
      let s = '';
      for (let j = i; j < n; j++) {
        s += groups[j];
        const S = s.toUpperCase();
        if (/^\d{11}$/.test(S)) { if (MOBILE_RE.test(S)) add('cn_mobile', S); else if (MOBILE_LOOSE.test(S)) add('mobile_loose', S); }
        if (/^0\d{9,11}$/.test(S) && landlineLike(S)) add('cn_landline', S);
        const whole = (i === 0 && j === n - 1) || i === j;
        if (!whole) continue;
        if (S.length === 18 && validId18(S)) { add('cn_resident_id', S); continue; }
        if (S.length === 15 && validId15(S)) { add('cn_resident_id', upgrade15(S)); continue; }
        if (/^\d{16,19}$/.test(S)) { if (luhn(S)) add('bank_card', S); else if (/^(62|81)/.test(S)) add('card_like', S); }
        if (/^\d{18}$/.test(S) && validUscc(S)) add('cn_uscc', S);
      }
    }
  }
  for (const m of t.matchAll(/(?<![0-9A-Za-z])[0-9A-Z]{18}(?![0-9A-Za-z])/g)) if (/[A-Z]/.test(m[0]) && validUscc(m[0]) && !validId18(m[0])) add('cn_uscc', m[0]);
  for (const m of t.matchAll(EMAIL_RE)) if (!ASSET_TLD.test(m[0])) add('email', m[0].toLowerCase());
  return hits;
}
function decoySafe(s) {
  if (scanText(s).length) return false;
  for (const g of s.normalize('NFKC').match(/\d+/g) || []) if (g.length >= 16 && g.length <= 19 && /^(62|81)/.test(g)) return false;
  return true;
}
function safe(fn) { for (let i = 0; i < 500; i++) { const s = fn(); if (decoySafe(s)) return s; } throw new Error('no safe decoy'); }

// ---------------------------------------------------------------- dates
const D0 = Date.UTC(2024, 0, 1);
function day(ord) { const t = new Date(D0 + ord * 864e5); return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), ord }; }
function fd(x, st = '-') {
  switch (st) {
    case '-': return `${x.y}-${pad(x.m, 2)}-${pad(x.d, 2)}`;
    case '/': return `${x.y}/${x.m}/${x.d}`;
    case '.': return `${x.y}.${pad(x.m, 2)}.${pad(x.d, 2)}`;
    case 'cn': return `${x.y}年${x.m}月${x.d}日`;
    case 'md': return `${x.m}月${x.d}日`;
    case 'm.d': return `${x.m}.${x.d}`;
    case 'm/d': return `${x.m}/${x.d}`;
    case 'c': return `${x.y}${pad(x.m, 2)}${pad(x.d, 2)}`;
  }
}
const hm = () => `${pad(ri(7, 22), 2)}:${pad(ri(0, 59), 2)}`;
function clock(h0 = ri(7, 12)) { let m = h0 * 60 + ri(0, 59); return () => { m += ri(1, 47); if (m > 23 * 60 + 50) m = 23 * 60 + 50; return `${pad(Math.floor(m / 60), 2)}:${pad(m % 60, 2)}`; }; }
function cnUpper(n) {
  const D = '零壹贰叁肆伍陆柒捌玖', U = ['', '拾', '佰', '仟'];
  const four = (x) => { let r = '', zero = false; for (let i = 3; i >= 0; i--) { const g = Math.floor(x / 10 ** i) % 10; if (g === 0) { if (r) zero = true; } else { if (zero) { r += '零'; zero = false; } r += D[g] + U[i]; } } return r; };
  const wan = Math.floor(n / 10000), rest = n % 10000;
  let s = wan ? four(wan) + '万' : '';
  if (rest) { if (wan && rest < 1000) s += '零'; s += four(rest); }
  return s + '元整';
}
const hms = () => `${pad(ri(0, 23), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`;
function randBirth(y1, y2) { for (;;) { const y = ri(y1, y2), m = ri(1, 12), d = ri(1, 28 + (ri(0, 3))); if (validDate(y, m, d) && !(y === 2025 && m > 5)) return { y, m, d }; } }
function epochMs(x) { return Date.UTC(x.y, x.m - 1, x.d, ri(0, 15), ri(0, 59), ri(0, 59)) + ri(0, 999); }

// ---------------------------------------------------------------- names
const SUR = [['王', 'wang', 72], ['李', 'li', 72], ['张', 'zhang', 68], ['刘', 'liu', 54], ['陈', 'chen', 53], ['杨', 'yang', 31], ['黄', 'huang', 22], ['赵', 'zhao', 20], ['吴', 'wu', 20], ['周', 'zhou', 19], ['徐', 'xu', 13], ['孙', 'sun', 12], ['马', 'ma', 12], ['朱', 'zhu', 12], ['胡', 'hu', 11], ['郭', 'guo', 11], ['何', 'he', 10], ['高', 'gao', 10], ['林', 'lin', 10], ['罗', 'luo', 9], ['郑', 'zheng', 9], ['梁', 'liang', 9], ['谢', 'xie', 8], ['宋', 'song', 8], ['唐', 'tang', 8], ['许', 'xu', 7], ['韩', 'han', 7], ['冯', 'feng', 7], ['邓', 'deng', 7], ['曹', 'cao', 7], ['彭', 'peng', 6], ['曾', 'zeng', 6], ['肖', 'xiao', 6], ['田', 'tian', 6], ['董', 'dong', 6], ['袁', 'yuan', 5], ['潘', 'pan', 5], ['于', 'yu', 5], ['蒋', 'jiang', 5], ['蔡', 'cai', 5], ['余', 'yu', 5], ['杜', 'du', 5], ['叶', 'ye', 5], ['程', 'cheng', 5], ['苏', 'su', 5], ['魏', 'wei', 5], ['吕', 'lv', 4], ['丁', 'ding', 4], ['任', 'ren', 4], ['沈', 'shen', 4], ['姚', 'yao', 4], ['卢', 'lu', 4], ['姜', 'jiang', 4], ['崔', 'cui', 4], ['钟', 'zhong', 4], ['谭', 'tan', 4], ['陆', 'lu', 4], ['汪', 'wang', 3], ['范', 'fan', 3], ['金', 'jin', 3], ['石', 'shi', 3], ['廖', 'liao', 3], ['贾', 'jia', 3], ['夏', 'xia', 3], ['韦', 'wei', 3], ['付', 'fu', 3], ['方', 'fang', 3], ['白', 'bai', 3], ['邹', 'zou', 3], ['孟', 'meng', 3], ['熊', 'xiong', 3], ['秦', 'qin', 3], ['邱', 'qiu', 3], ['江', 'jiang', 3], ['尹', 'yin', 3], ['薛', 'xue', 3], ['闫', 'yan', 2], ['段', 'duan', 2], ['雷', 'lei', 2], ['侯', 'hou', 2], ['龙', 'long', 2], ['史', 'shi', 2], ['陶', 'tao', 2], ['黎', 'li', 2], ['贺', 'he', 2], ['顾', 'gu', 2], ['毛', 'mao', 2], ['郝', 'hao', 2], ['龚', 'gong', 2], ['邵', 'shao', 2], ['万', 'wan', 2], ['钱', 'qian', 2], ['严', 'yan', 2], ['覃', 'qin', 2], ['武', 'wu', 2], ['戴', 'dai', 2], ['莫', 'mo', 2], ['孔', 'kong', 2], ['向', 'xiang', 2], ['汤', 'tang', 2], ['欧阳', 'ouyang', 2], ['司马', 'sima', 1], ['上官', 'shangguan', 1], ['诸葛', 'zhuge', 1], ['令狐', 'linghu', 1], ['慕容', 'murong', 1]];
const sp = (s) => s.split(' ').map((x) => x.split(':'));
const GFY = sp('婷婷:tingting 思雨:siyu 佳怡:jiayi 雨涵:yuhan 梦瑶:mengyao 晓丽:xiaoli 静:jing 娜:na 慧敏:huimin 雪:xue 欣怡:xinyi 诗琪:shiqi 丹丹:dandan 倩:qian 露:lu 楠:nan 颖:ying 琳:lin 玉洁:yujie 佳琪:jiaqi 悦:yue 蕾:lei 梦琪:mengqi 晓燕:xiaoyan 丽娜:lina 婉婷:wanting 雅琴:yaqin 莉:li 璐:lu 心怡:xinyi 晨曦:chenxi 若兰:ruolan 文静:wenjing 美玲:meiling 芳:fang 敏:min 艳:yan 洁:jie 娟:juan 燕:yan 佳佳:jiajia 蓉:rong 瑶:yao 馨:xin 思琪:siqi 紫涵:zihan 嘉欣:jiaxin 可欣:kexin 晓雯:xiaowen 雅婷:yating 春晓:chunxiao 亚楠:yanan 梦洁:mengjie 一丹:yidan 慧:hui 萍:ping 媛媛:yuanyuan 小雨:xiaoyu 晶晶:jingjing 秋月:qiuyue 妍:yan 怡然:yiran 诗雨:shiyu 雨欣:yuxin 舒婷:shuting 安琪:anqi 曼玉:manyu 丽君:lijun 蓓蓓:beibei 小溪:xiaoxi');
const GM = sp('伟:wei 磊:lei 浩:hao 俊杰:junjie 志强:zhiqiang 鹏:peng 宇航:yuhang 子豪:zihao 建华:jianhua 涛:tao 超:chao 晨:chen 浩然:haoran 博:bo 凯:kai 斌:bin 鑫:xin 杰:jie 勇:yong 文博:wenbo 俊:jun 宏伟:hongwei 晓东:xiaodong 家豪:jiahao 一鸣:yiming 振宇:zhenyu 天翔:tianxiang 睿:rui 亮:liang 峰:feng 旭:xu 海波:haibo 志远:zhiyuan 泽宇:zeyu 明轩:mingxuan 立新:lixin 少华:shaohua 永刚:yonggang 嘉伟:jiawei 子健:zijian 国栋:guodong 宇:yu 昊:hao 帅:shuai 强:qiang 思源:siyuan 学军:xuejun');
const GFO = sp('秀英:xiuying 桂芳:guifang 凤霞:fengxia 玉兰:yulan 春梅:chunmei 翠花:cuihua 淑珍:shuzhen 红梅:hongmei 丽华:lihua 金凤:jinfeng 桂兰:guilan 秀兰:xiulan 玉梅:yumei 素芬:sufen 美华:meihua 小红:xiaohong 春燕:chunyan 建英:jianying 爱华:aihua 秀珍:xiuzhen 冬梅:dongmei 海燕:haiyan 淑芬:shufen 桂香:guixiang 丽萍:liping 玉琴:yuqin 彩霞:caixia 兰英:lanying 秀云:xiuyun 凤英:fengying 玉芬:yufen 桂英:guiying 翠兰:cuilan 秋菊:qiuju 金花:jinhua 素梅:sumei 雪梅:xuemei 红霞:hongxia 永红:yonghong 会琴:huiqin 艳萍:yanping');
const GB = sp('沐宸:muchen 一诺:yinuo 梓涵:zihan 若汐:ruoxi 安然:anran 子墨:zimo 语桐:yutong 知许:zhixu 星辰:xingchen 沐阳:muyang 可馨:kexin 思远:siyuan 嘉禾:jiahe 亦舒:yishu 宥宁:youning 承泽:chengze 奕辰:yichen 诗涵:shihan 梓萱:zixuan 铭轩:mingxuan 书瑶:shuyao 景行:jingxing 芷若:zhiruo 念安:nianan 予希:yuxi 晏清:yanqing 时安:shian 锦程:jincheng 乐瑶:leyao 君昊:junhao 皓轩:haoxuan 梓睿:zirui 欣妍:xinyan 沐瑶:muyao 煜城:yucheng 听雨:tingyu 辰逸:chenyi 知意:zhiyi 昕玥:xinyue 一航:yihang');
const UYG_F = [['古丽娜尔·艾买提', 'gulnar'], ['阿依努尔·吐尔逊', 'aynur'], ['迪丽娜尔·阿不都', 'dilnar'], ['热依拉·买买提', 'reyila'], ['帕提古丽·艾力', 'patigul'], ['米热古丽·吾守尔', 'mihrigul'], ['阿依古丽·买买提', 'aygul'], ['古再丽努尔·阿布拉', 'guzelnur'], ['努尔古丽·托合提', 'nurgul'], ['祖丽胡玛尔·艾则孜', 'zulhumar'], ['阿米娜·沙吾提', 'amina'], ['麦合丽娅·吐逊', 'mehriya']];
const UYG_M = [['艾力·买买提', 'alimamat'], ['买买提江·吐尔逊', 'mamatjan'], ['艾克拜尔·吾斯曼', 'akbar'], ['努尔麦麦提·阿吉', 'nurmamat'], ['阿卜杜拉·热合曼', 'abdulla'], ['艾尔肯·吐尔洪', 'erkin'], ['吐尔洪·买买提', 'turhun'], ['伊力哈木·卡德尔', 'ilham']];

// ---------------------------------------------------------------- places
const CITIES = [
  { c: '深圳', prov: '广东省', pv: '粤', ac: '0755', reg: ['440303', '440304', '440305', '440306', '440307'], hosp: ['深圳市妇幼保健院', '北京大学深圳医院', '香港大学深圳医院', '南山区妇幼保健院', '深圳市人民医院'], dist: ['南山区', '福田区', '宝安区', '龙华区', '罗湖区'], road: ['科苑路', '深南大道', '海德三道', '创业路', '新安六路', '梅林路', '红荔路'], xq: ['蔚蓝海岸', '半岛城邦', '鸿威海怡湾畔', '华润城润府', '星海名城', '中海阳光棕榈园'], cr: '440300' },
  { c: '广州', prov: '广东省', pv: '粤', ac: '020', reg: ['440103', '440104', '440106', '440111'], hosp: ['广州市妇女儿童医疗中心', '广东省妇幼保健院', '中山大学附属第三医院', '南方医科大学南方医院'], dist: ['天河区', '越秀区', '海珠区', '番禺区', '白云区'], road: ['天河北路', '中山大道西', '工业大道', '广州大道南', '黄埔大道西'], xq: ['珠江帝景', '汇景新城', '保利中宇', '凯旋新世界', '华标品峰'], cr: '440100' },
  { c: '上海', prov: '上海市', pv: '沪', ac: '021', reg: ['310104', '310105', '310112', '310115', '310110'], hosp: ['国际和平妇幼保健院', '复旦大学附属妇产科医院', '上海市第一妇婴保健院', '长宁区妇幼保健院'], dist: ['徐汇区', '长宁区', '闵行区', '浦东新区', '杨浦区'], road: ['虹桥路', '田林路', '锦绣路', '张杨路', '七莘路'], xq: ['仁恒河滨城', '古北国际花园', '万科城市花园', '证大家园', '世茂滨江花园'], cr: '310000' },
  { c: '北京', prov: '北京市', pv: '京', ac: '010', reg: ['110105', '110108', '110101', '110102', '110106'], hosp: ['北京妇产医院', '北京大学第一医院', '海淀区妇幼保健院', '北京和睦家医院', '北京大学人民医院'], dist: ['朝阳区', '海淀区', '东城区', '西城区', '丰台区'], road: ['朝阳北路', '中关村大街', '望京西路', '东三环中路', '丰台北路'], xq: ['望京花园', '远洋山水', '万科星园', '金隅万科城', '富力城'], cr: '110000' },
  { c: '杭州', prov: '浙江省', pv: '浙', ac: '0571', reg: ['330106', '330108', '330102', '330110'], hosp: ['浙江大学医学院附属妇产科医院', '杭州市妇产科医院', '浙江省妇幼保健院'], dist: ['西湖区', '滨江区', '上城区', '余杭区'], road: ['文三路', '江南大道', '庆春路', '文一西路'], xq: ['西溪诚园', '金色海岸', '蓝色钱江', '良渚文化村'], cr: '330100' },
  { c: '成都', prov: '四川省', pv: '川', ac: '028', reg: ['510104', '510105', '510107', '510108'], hosp: ['四川大学华西第二医院', '成都市妇女儿童中心医院', '四川省妇幼保健院'], dist: ['锦江区', '青羊区', '武侯区', '成华区', '高新区'], road: ['人民南路', '天府大道北段', '蜀汉路', '二环路东三段'], xq: ['麓山国际', '中海城南一号', '银都紫藤', '保利心语'], cr: '510100' },
  { c: '南京', prov: '江苏省', pv: '苏', ac: '025', reg: ['320102', '320106', '320104'], hosp: ['南京市妇幼保健院', '江苏省人民医院', '南京鼓楼医院'], dist: ['玄武区', '鼓楼区', '秦淮区', '建邺区'], road: ['中山路', '汉中路', '江东中路', '龙蟠路'], xq: ['仁恒江湾城', '金陵世纪花园', '南湖新村', '万科光明城市'], cr: '320100' },
  { c: '武汉', prov: '湖北省', pv: '鄂', ac: '027', reg: ['420102', '420106', '420111'], hosp: ['湖北省妇幼保健院', '武汉大学人民医院', '武汉市妇女儿童医疗保健中心'], dist: ['江岸区', '武昌区', '洪山区', '江汉区'], road: ['中山大道', '中北路', '珞喻路', '解放大道'], xq: ['百步亭花园', '万科城市花园', '保利华都', '中建福地星城'], cr: '420100' },
  { c: '乌鲁木齐', prov: '新疆维吾尔自治区', pv: '新', ac: '0991', reg: ['650102', '650103', '650104'], hosp: ['新疆维吾尔自治区妇幼保健院', '新疆医科大学第一附属医院'], dist: ['天山区', '沙依巴克区', '新市区'], road: ['解放南路', '友好北路', '北京南路'], xq: ['美居物流园小区', '天山花园', '碧水云天'], cr: '650100', minority: true },
];
const HOME_REG = ['341221', '342221', '411381', '410782', '511321', '500229', '360121', '422801', '433101', '430181', '370283', '321281', '441481', '440882', '360781', '421087', '130104', '140105', '230102', '620102', '350582', '330782', '320481', '410105', '510107', '500103', '430104', '420106'];
function addr(C) { return `${C.c}市${pick(C.dist)}${pick(C.road)}${ri(1, 399)}号${pick(C.xq)}${ri(1, 18)}栋${chance(0.5) ? ri(1, 3) + '单元' : ''}${ri(2, 32)}${pad(ri(1, 6), 2)}`; }

// ---------------------------------------------------------------- domain vocab
const ROOMS = ['江景套房', '尊享套房', '豪华大床房', '温馨单间', '行政套房', '花园套房', '总统套房', '亲子套房', '景观大床房', '舒适单人间', '豪华双床房', '湖景套房'];
const PKGS = [['安心28天套餐', 28, 38800], ['尊享42天套餐', 42, 98800], ['黄金26天套餐', 26, 32800], ['金牌护理套餐', 28, 58800], ['臻爱30天套餐', 30, 68800], ['孕享静养套餐', 28, 45800], ['康复调理套餐', 35, 76800], ['温馨月子套餐', 26, 29800], ['贺岁特惠套餐', 28, 36800], ['高端私享套餐', 42, 128000]];
const TITLES = ['金牌月嫂', '高级育婴师', '星级月嫂', '钻石月嫂', '特级月嫂', '资深月嫂', '初级育婴员', '明星月嫂', '高级催乳师', '首席月嫂', '金牌育婴师', '皇冠月嫂'];
const BRANDS = ['惠氏启赋', '金领冠', '君乐宝', '贝因美', '合生元', '蓝河', '飞鹤星飞帆', '美赞臣', '爱他美', '诺优能', '雅培菁智', '伊利'];
const NICKS = ['小宝', '大宝', '二宝', '宝宝', '糖糖', '豆豆', '安安', '乐乐', '朵朵', '元宝', '果果', '满满', '小米粒', '年糕', '一一', '橙子', '芒果'];
const SERVICES = ['盆底肌修复', '腹直肌修复', '骨盆矫正', '产后催乳', '满月发汗', '石墨烯理疗', '艾灸调理', '乳腺疏通', '黄金开奶', '高频电疗', '姜疗', '段氏经络'];
const STORES = ['万达广场店', '金地店', '高新店', '江北店', '龙华店', '石岩店', '黄埔店', '万象城店', '宝龙广场店', '华润店'];
const LEVELS = ['金卡会员', '银卡会员', '钻石会员', '普通会员', '黑金会员'];
const FILLERS = ['微信用户', '待定', '未填写', '匿名用户', '暂无', '同上', '本人', '未知'];
const CENTRES = [
  { name: '禧月坊月子中心', short: '禧月坊', dom: 'xiyuefang.cn' },
  { name: '蓓恩月子会所', short: '蓓恩', dom: 'bei-en.com.cn' },
  { name: '馨悦汇母婴护理中心', short: '馨悦汇', dom: 'xinyuehui-care.com' },
  { name: '月之恩产后护理中心', short: '月之恩', dom: 'yuezhien.com' },
  { name: '暖阳月子会所', short: '暖阳', dom: 'nuanyangyz.com' },
  { name: '初见母婴会所', short: '初见', dom: 'chujian-mybaby.cn' },
  { name: '安馨月子中心', short: '安馨', dom: 'anxinyz.cn', dk: '安馨' },
  { name: '金贝月子会所', short: '金贝', dom: 'jinbeiyz.com', dk: '金贝' },
];
const AGENCIES = [
  { n: '安心家政', dk: '安心家政', py: 'axjz' }, { n: '巧嫂家政', py: 'qsjz' }, { n: '好月嫂家政', py: 'hysjz' },
  { n: '万家福家政', dk: '万家福', py: 'wjf' }, { n: '贺喜母婴家政', dk: '贺喜母婴', py: 'hexi' }, { n: '优嫂到家家政', py: 'ysdj' },
  { n: '金管家家政', dk: '金管家', py: 'jgj' }, { n: '巾帼家政', py: 'jgjz' },
];
const EDU = [{ n: '启蒙星早教中心', py: 'qmx' }, { n: '小橡树早教', py: 'xxs' }, { n: '金宝贝早教', dk: '金宝贝', py: 'jbb' }, { n: '童趣岛亲子园', py: 'tqd' }, { n: '乐思美早教', dk: '乐思美', py: 'lsm' }];
const SHOPS = [{ n: '贝优母婴', py: 'beiyou' }, { n: '童乐汇母婴', py: 'tlh' }, { n: '小袋鼠母婴生活馆', py: 'xds' }, { n: '爱婴坊', py: 'ayf' }, { n: '宝贝家母婴', py: 'bbj' }];
const STUDIOS = [{ n: '蔓妍产后修复中心', py: 'manyan' }, { n: '悦己产康', py: 'yueji' }, { n: '孔雀妈妈产后修复', dk: '孔雀妈妈', py: 'kqmm' }, { n: '塑美产后恢复', py: 'sumei' }];

// ---------------------------------------------------------------- value factories
const used = { name: new Set(), mob: new Set(), id: new Set(), card: new Set(), mail: new Set() };
const MOB_PFX = [['138', 8], ['139', 8], ['137', 6], ['136', 6], ['135', 5], ['134', 3], ['150', 4], ['151', 4], ['152', 3], ['157', 2], ['158', 5], ['159', 5], ['182', 4], ['183', 3], ['187', 4], ['188', 3], ['178', 2], ['147', 1], ['198', 2], ['130', 4], ['131', 4], ['132', 3], ['155', 3], ['156', 3], ['185', 4], ['186', 5], ['176', 3], ['175', 1], ['166', 2], ['133', 3], ['153', 2], ['180', 3], ['181', 3], ['189', 4], ['177', 2], ['173', 2], ['199', 3], ['191', 2], ['193', 1], ['195', 1], ['190', 1], ['192', 1], ['162', 1], ['165', 1], ['167', 1], ['172', 1]];
function mkMobile() {
  for (;;) {
    const m = wpick(MOB_PFX)[0] + digits(8);
    if (!used.mob.has(m) && !/^(13800138000|13912345678|18888888888)$/.test(m)) { used.mob.add(m); return m; }
  }
}
function mkId(reg, b, male) {
  for (;;) {
    const seq = pad(ri(0, 99), 2) + String(male ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]));
    const body = reg + b.y + pad(b.m, 2) + pad(b.d, 2) + seq;
    const id = body + idCheckChar(body);
    if (!used.id.has(id)) { used.id.add(id); return { id, seq }; }
  }
}
const BANKS = [
  { n: '中国工商银行', s: '工行', bin: ['622202', '621226', '621225', '622208'], len: 19, w: 20 },
  { n: '中国农业银行', s: '农行', bin: ['622848', '622845', '622823'], len: 19, w: 15 },
  { n: '中国建设银行', s: '建行', bin: ['621700', '622700', '623668', '621284'], len: 19, w: 18 },
  { n: '招商银行', s: '招行', bin: ['622588', '621483', '621486', '622609'], len: 16, w: 12 },
  { n: '中国银行', s: '中行', bin: ['621661', '621785', '621790'], len: 19, w: 10 },
  { n: '交通银行', s: '交行', bin: ['622262', '622260'], len: 19, w: 6 },
  { n: '中国邮政储蓄银行', s: '邮储', bin: ['621098', '622188', '621799'], len: 19, w: 8 },
  { n: '兴业银行', s: '兴业', bin: ['622908', '622909'], len: 18, w: 4 },
  { n: '平安银行', s: '平安', bin: ['623058', '622155'], len: 19, w: 4 },
  { n: '浦发银行', s: '浦发', bin: ['622521', '621792'], len: 16, w: 3 },
  { n: '中信银行', s: '中信', bin: ['622690', '621771'], len: 16, w: 3 },
];
const CREDIT = [
  { n: '招商银行信用卡', s: '招行信用卡', bin: ['439225', '552534', '622575'], len: 16, w: 4 },
  { n: '中信银行信用卡', s: '中信信用卡', bin: ['433670', '518212'], len: 16, w: 2 },
  { n: '广发银行信用卡', s: '广发信用卡', bin: ['406365', '528931'], len: 16, w: 2 },
  { n: '工商银行信用卡', s: '工行信用卡', bin: ['427020', '625330'], len: 16, w: 2 },
];
function mkCard(credit = false) {
  for (;;) {
    const b = wpick(credit ? CREDIT : BANKS);
    let body = pick(b.bin); while (body.length < b.len - 1) body += ri(0, 9);
    const no = luhnComplete(body);
    if (used.card.has(no)) continue;
    if (b.len === 19 && MOBILE_LOOSE.test(no.slice(8))) continue; // 4-4-[4-4-3] grouping would show an 11-digit "mobile"
    if (b.len === 18 && (validId18(no) || validUscc(no))) continue;
    // grouped as printed (6222 0212 3456 7890 123) no run of groups may read as a phone number
    if (scanText(fmtCard(no, 'sp4')).some((h) => !(h.det === 'bank_card' && h.v === no))) continue;
    used.card.add(no); return { no, bank: b };
  }
}
const DOMS = [['qq.com', 30], ['163.com', 24], ['126.com', 10], ['sina.com', 4], ['foxmail.com', 6], ['outlook.com', 4], ['gmail.com', 3], ['hotmail.com', 2], ['yeah.net', 2], ['aliyun.com', 1], ['sohu.com', 1]];
function qq() { return String(ri(1, 9)) + digits(ri(7, 9)); }
function mkEmail(p) {
  for (;;) {
    const yy = String(p.birth.y).slice(2), mmdd = pad(p.birth.m, 2) + pad(p.birth.d, 2), r = rnd();
    let e;
    if (r < 0.28 || !p.gpy) e = (r < 0.28 ? qq() : p.py + yy) + '@' + (r < 0.28 ? 'qq.com' : wpick(DOMS)[0]);
    else if (r < 0.31 && p.mobile && /^1(3[4-9]|47|5[0-27-9]|78|8[2-478]|98|3[3]|53|7[37]|8[019]|9[139])/.test(p.mobile)) e = p.mobile + '@' + (/^1(3[4-9]|47|5[0-27-9]|78|8[2-478]|98)/.test(p.mobile) ? '139.com' : '189.cn');
    else {
      const ini = p.spy[0] + p.gpy[0];
      const loc = pick([() => p.py + yy, () => p.py + mmdd, () => p.py, () => p.gpy + '_' + p.spy, () => p.spy + '.' + p.gpy, () => ini + p.birth.y, () => p.py + ri(1, 999), () => p.gpy + p.spy + yy, () => ini + mmdd, () => p.py + '_' + p.birth.y])();
      e = loc + '@' + wpick(DOMS)[0];
    }
    if (!used.mail.has(e)) { used.mail.add(e); return e; }
  }
}
function mkPassport() { const L = 'ABCDEFGHJKLMNPQRSTUVWXYZ'; return chance(0.6) ? 'E' + pick(L.split('')) + digits(7) : 'E' + digits(8); }

// people
const BIRTH = { mother: [1987, 2000], father: [1984, 1998], nanny: [1966, 1983], grandma: [1955, 1968], staff: [1985, 2002], parent: [1986, 1996], boss: [1970, 1988], baby: [2023, 2025] };
function P(role, C, o = {}) {
  const p = { role };
  const minority = C && C.minority && role !== 'baby' && !o.sur && chance(0.3);
  let male;
  if (role === 'father') male = true; else if (['mother', 'nanny', 'grandma'].includes(role)) male = false;
  else if (role === 'baby') male = chance(0.5); else male = chance(role === 'boss' ? 0.45 : 0.2);
  if (o.male !== undefined) male = o.male;
  if (minority) {
    const pool = male ? UYG_M : UYG_F;
    let x; for (let t = 0; ; t++) { x = pick(pool); if (!used.name.has(x[0]) || t > 12) break; }
    p.name = x[0]; p.py = x[1]; p.spy = x[1]; p.gpy = ''; p.sur = null;
  } else {
    const pool = role === 'baby' ? GB : male ? GM : ['nanny', 'grandma', 'boss'].includes(role) ? GFO : GFY;
    let s, g;
    for (let t = 0; ; t++) { s = o.sur || wpick(SUR); g = pick(pool); if (!used.name.has(s[0] + g[0]) || t > 40) break; }
    p.name = s[0] + g[0]; p.sur = s[0]; p.surT = s; p.spy = s[1]; p.gpy = g[1]; p.py = s[1] + g[1]; p.given = g[0];
  }
  used.name.add(p.name);
  p.male = male;
  p.birth = o.birth || randBirth(...BIRTH[role]);
  const reg = o.reg || (chance(role === 'nanny' || role === 'grandma' ? 0.85 : 0.45) || !C ? pick(HOME_REG) : pick(C.reg));
  p.reg = reg;
  const { id, seq } = mkId(reg, p.birth, male);
  p.id = id;
  if (role === 'nanny' && p.birth.y <= 1979 && chance(0.25)) { // first-generation card still on file
    const l15 = reg + String(p.birth.y).slice(2) + pad(p.birth.m, 2) + pad(p.birth.d, 2) + seq;
    p.id15 = l15; p.id = upgrade15(l15); used.id.add(p.id);
  }
  if (role !== 'baby') { p.mobile = mkMobile(); p.email = mkEmail(p); const c = mkCard(); p.card = c.no; p.bank = c.bank; }
  return p;
}
const age = (p, y = 2024) => y - p.birth.y;

// ---------------------------------------------------------------- formatting
const FW = (s) => s.replace(/[0-9A-Za-z@.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));
function fmtMob(m, st) {
  switch (st) {
    case 'sp': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'dash': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case '+86': return `+86 ${m}`;
    case '+86sp': return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case '+86n': return `+86${m}`;
    case '+86-': return `+86-${m}`;
    case '0086': return `0086${m}`;
    case 'fw': return FW(m);
    default: return m;
  }
}
const mobStyle = () => wpick([['plain', 70], ['sp', 9], ['dash', 7], ['+86', 3], ['+86sp', 2], ['+86n', 2], ['fw', 2], ['0086', 1]])[0];
function fmtId(id, st) {
  switch (st) {
    case 'lx': return id.replace('X', 'x');
    case 'sp': return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 'fw': return FW(id);
    default: return id;
  }
}
function fmtCard(c, st) {
  switch (st) {
    case 'sp4': return c.replace(/(\d{4})(?=\d)/g, '$1 ');
    case 'dash4': return c.replace(/(\d{4})(?=\d)/g, '$1-');
    default: return c;
  }
}
function mkLand(C) { return { ac: C.ac, num: String(ri(2, 8)) + digits(7) }; }
function fmtLand(L, st) {
  const { ac, num } = L;
  switch (st) {
    case 'sp': return `${ac}-${num.slice(0, 4)} ${num.slice(4)}`;
    case 'par': return `(${ac})${num}`;
    case 'fwpar': return `（${ac}）${num}`;
    case 'plain': return ac + num;
    case 'space': return `${ac} ${num}`;
    default: return `${ac}-${num}`;
  }
}
function mkUscc(reg, kind = '91') {
  for (;;) {
    let body;
    if (chance(0.75)) { body = 'MA' + pick(['5', '0', '1', '2', '6', '7']); const A = UA; while (body.length < 8) body += A[ri(0, A.length - 1)]; }
    else body = digits(8);
    const org = body + orgCheckChar(body);
    const s17 = kind + reg + org;
    const code = s17 + usccCheckChar(s17);
    // a digit run inside the code must not read as a card or mobile on its own
    if (validUsccStrict(code) && scanText(code).every((h) => h.det === 'cn_uscc')) return code;
  }
}
const mask = {
  mob: (m) => pick([() => m.slice(0, 3) + '****' + m.slice(7), () => m.slice(0, 3) + '****' + m.slice(7), () => m.slice(0, 3) + 'xxxx' + m.slice(7), () => m.slice(0, 3) + '*****' + m.slice(8)])(),
  id: (id) => pick([() => id.slice(0, 6) + '********' + id.slice(14), () => id.slice(0, 3) + '***********' + id.slice(14), () => id.slice(0, 1) + '****************' + id.slice(17), () => id.slice(0, 4) + '**********' + id.slice(14)])(),
  card: (c) => pick([() => c.slice(0, 6) + '******' + c.slice(-4), () => '**** **** **** ' + c.slice(-4), () => c.slice(0, 4) + ' **** **** ' + c.slice(-4), () => '尾号' + c.slice(-4)])(),
  name: (n) => n.length === 2 ? n[0] + '*' : n.length === 3 ? pick([n[0] + '**', n[0] + '*' + n[2]]) : n[0] + '***',
  mail: (e) => { const [l, d] = e.split('@'); return l.slice(0, 2) + '***@' + d; },
};
function badId(id) { // same person, one digit wrong or check char wrong: fails MOD 11-2
  if (/^(62|81)/.test(id)) id = pick(['341221', '411381', '511321']) + id.slice(6); // an 18-digit 62… string would read as a card
  for (;;) {
    let s;
    if (chance(0.5)) { const c = '0123456789X'[ri(0, 10)]; s = id.slice(0, 17) + c; }
    else { const i = ri(6, 16); s = id.slice(0, i) + String((+id[i] + ri(1, 9)) % 10) + id.slice(i + 1); }
    if (s !== id && !validId18(s) && decoySafe(s)) return s;
  }
}
function typoMob(m) { // a digit dropped or doubled on a paper form
  return safe(() => chance(0.5) ? (() => { const i = ri(3, 10); return m.slice(0, i) + m.slice(i + 1); })() : (() => { const i = ri(3, 10); return m.slice(0, i) + m[i] + m.slice(i); })());
}

// ---------------------------------------------------------------- decoy numbers of the domain
const mk = {
  contract: (abbr, dt, st) => (st === undefined ? pick : (a) => a[st])([() => `${abbr}-HT-${fd(dt, 'c')}-${pad(ri(1, 99), 3)}`, () => `HT${fd(dt, 'c')}${pad(ri(1, 999), 3)}`, () => `${abbr}${dt.y}-${pad(ri(1, 999), 4)}`, () => `No.${dt.y}${pad(ri(1, 9999), 4)}`])(),
  member: () => pick([() => 'VIP' + digits(8), () => '8' + ri(1, 9) + digits(8), () => 'M' + pad(ri(1, 999999), 6), () => '2100' + digits(8)])(),
  order: (dt) => safe(() => fd(dt, 'c') + digits(ri(8, 11))),
  orderAlpha: (dt, pre) => (pre || pick(['YY', 'DD', 'SO', 'MY', 'YZ'])) + fd(dt, 'c') + digits(pre ? 5 : ri(4, 6)),
  wxTxn: (dt) => '42000' + digits(5) + fd(dt, 'c') + digits(10),
  aliTxn: (dt) => fd(dt, 'c') + '2200' + digits(16),
  health: (reg, dt, pv = '粤') => pick([() => safe(() => reg + dt.y + digits(6)), () => `JKZ${dt.y}${digits(7)}`, () => `${dt.y}${pv}健字第${digits(6)}号`, () => `No.${safe(() => digits(10))}`])(),
  birthCert: () => pick('NOQRTU'.split('')) + digits(9),
  room: () => pick([() => `${ri(2, 12)}${pad(ri(1, 30), 2)}`, () => `A${ri(2, 9)}${pad(ri(1, 20), 2)}`, () => `${ri(2, 9)}F-${ri(1, 20)}`, () => `B${ri(3, 15)}${pad(ri(1, 12), 2)}`])(),
  weight: () => pick([() => ri(2600, 4200) + 'g', () => (ri(260, 420) / 100).toFixed(2) + 'kg', () => `${ri(5, 8)}斤${ri(1, 9)}两`])(),
  length: () => `${ri(47, 54)}${chance(0.3) ? '.5' : ''}cm`,
  price: (n) => pick([`¥${money(n)}`, `${n}元`, `${money(n)}.00`, `￥${n}`]),
  ts: (dt) => `${fd(dt)} ${hms()}`,
  epoch: (dt) => String(epochMs(dt)),
  unix: (dt) => String(Math.floor(epochMs(dt) / 1000)),
  cert: (reg, dt) => `Y0000${reg}${String(dt.y).slice(2)}${digits(8)}`,
  staffNo: (p) => `${p}${pad(ri(1, 399), 4)}`,
  inpatient: () => pick([() => 'ZY' + digits(8), () => safe(() => '2' + digits(9)), () => digits(7)])(),
  express: () => pick([() => 'SF' + digits(13), () => 'YT' + digits(13), () => 'JT' + digits(13), () => safe(() => '7' + pick(['3', '5']) + digits(12))])(),
  corpAcct: () => pick([() => safe(() => '7559' + digits(11)), () => safe(() => '4000' + digits(15)), () => safe(() => '44050' + digits(15)), () => safe(() => '3100' + digits(16))])(),
  leadId: () => safe(() => '7' + digits(18)),
  ref: () => safe(() => String(ri(1, 9)) + digits(11)),
  merchant: () => '898' + digits(12),
  terminal: () => digits(8),
  coupon: () => safe(() => `${ri(1, 9)}${digits(3)} ${digits(4)} ${digits(4)}`),
  invoice: () => pad(ri(0, 99999999), 8),
  openid: () => 'o' + Array.from({ length: 27 }, () => pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'.split(''))).join(''),
  trace: () => safe(() => Array.from({ length: 32 }, () => '0123456789abcdef'[ri(0, 15)]).join('')),
};
const ABBR = { '禧月坊': 'XYF', '蓓恩': 'BE', '馨悦汇': 'XYH', '月之恩': 'YZE', '暖阳': 'NY', '初见': 'CJ', '安馨': 'AX', '金贝': 'JB' };

// ---------------------------------------------------------------- document record
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.D = new Map(); this.K = new Map(); }
  e(det, v) { v = normVal(det, v); const k = det + '|' + v; this.D.delete(k); this.E.set(k, { detector: det, value: v }); return v; }
  dc(det, v) { v = normVal(det, v); const k = det + '|' + v; if (!this.E.has(k)) this.D.set(k, { detector: det, value: v }); }
  k(kind, text) { text = String(text); if (!this.K.has(text)) this.K.set(text, { kind, text }); return text; }
  nm(p, st) {
    const name = typeof p === 'string' ? p : p.name; this.e('person_name_zh', name);
    if (st === 'pad' && name.length === 2) return name[0] + '\u3000' + name[1];
    if (st === 'sp' && name.length === 2) return name[0] + ' ' + name[1];
    if (st === 'sp2' && name.length === 2) return name[0] + '  ' + name[1];
    return name;
  }
  nmx(p) { const name = typeof p === 'string' ? p : p.name; this.dc('person_name_zh', name); return name; }
  mob(p, st = 'plain') { const m = typeof p === 'string' ? p : p.mobile; this.e('cn_mobile', m); return fmtMob(m, st); }
  idn(p, st = 'plain') {
    if (typeof p === 'string') { this.e('cn_resident_id', p); return fmtId(p, st); }
    this.e('cn_resident_id', p.id);
    if (p.id15 && st !== 'force18') return p.id15;
    return fmtId(p.id, st === 'force18' ? 'plain' : st);
  }
  card(p, st = 'plain') { const c = typeof p === 'string' ? p : p.card; this.e('bank_card', c); return fmtCard(c, st); }
  mail(p, st) {
    const a = typeof p === 'string' ? p : p.email; this.e('email', a);
    const local = a.split('@')[0]; if (MOBILE_RE.test(local)) this.e('cn_mobile', local);
    if (st === 'cap') return a[0].toUpperCase() + a.slice(1);
    if (st === 'fw') return a.replace('@', '＠');
    return a;
  }
  land(L, st) { this.e('cn_landline', L.ac + L.num); return fmtLand(L, st); }
  uscc(c) { this.e('cn_uscc', c); return c; }
  pp(c) { this.e('cn_passport', c); return c; }
  titled(sur, t) { this.dc('person_name_zh', sur + t); this.dc('person_name_zh', sur); return sur + t; }
  // decoy helpers
  mm(m) { return this.k('masked_mobile', mask.mob(m)); }
  dt(t) { return this.k('date', t); }
  ts(t) { return this.k('timestamp', t); }
  pr(t) { return this.k('price', t); }
  mid(id) { return this.k('masked_id', mask.id(id)); }
  mcard(c) { return this.k('masked_card', mask.card(c)); }
  mname(n) { return this.k('masked_name', mask.name(n)); }
}
function normVal(det, v) {
  v = String(v).normalize('NFKC');
  switch (det) {
    case 'cn_resident_id': { v = v.replace(/[\s-]/g, '').toUpperCase(); return v.length === 15 ? upgrade15(v) : v; }
    case 'cn_mobile': return v.replace(/\D/g, '').replace(/^(0086|86)(?=1\d{10}$)/, '');
    case 'cn_landline': case 'bank_card': return v.replace(/\D/g, '');
    case 'email': return v.toLowerCase();
    case 'cn_passport': case 'cn_uscc': return v.replace(/\s/g, '').toUpperCase();
    case 'person_name_zh': return v.replace(/[\s\u3000]/g, '');
  }
  return v;
}

const docs = [];
const counters = {};
function emit(d, text) {
  counters[d.kind] = (counters[d.kind] || 0) + 1;
  const names = [...d.E.values(), ...d.D.values()].filter((x) => x.detector === 'person_name_zh' && x.value.length >= 2).map((x) => x.value);
  // a decoy registered on a branch that did not write it is no decoy of this text
  const decoys = [...d.K.values()].filter((k) => text.includes(k.text) && !names.some((n) => n.includes(k.text) || k.text.includes(n)));
  docs.push({ id: `mat-${d.kind}-${counters[d.kind]}`, kind: d.kind, text, entities: [...d.E.values()], dontCare: [...d.D.values()], decoys });
}
const abbrOf = (ctr) => ABBR[ctr.short];
function pickCentre() { return pick(CENTRES); }
function centreLand(d, C, ctr, st) { if (C.ac === '0991') { const t = `400-${ri(600, 899)}-${digits(4)}`; d.dc('cn_landline', t); return t; } return d.land(mkLand(C), st); }
function hotline(d) { const t = `400-${ri(600, 899)}-${digits(4)}`; d.dc('cn_landline', t); return t; }

// ================================================================ generators
const SEP = '—'.repeat(22);
const DIET = ['无', '不吃香菜', '不吃羊肉', '蛋奶素', '忌辣', '海鲜过敏', '不吃葱姜蒜', '乳糖不耐'];
const CHANNELS = ['小红书', '大众点评', '老客转介绍', '抖音', '医院地推', '美团', '朋友圈广告', '自然到店'];

// 1. 入住登记表 ------------------------------------------------------------
function gCheckin() {
  const d = new Doc('checkin');
  const C = pick(CITIES), ctr = pickCentre(), ab = abbrOf(ctr);
  const mom = P('mother', C), dad = P('father', C), staff = P('staff', C, { male: false });
  const reg = day(ri(0, 520)), edd = day(reg.ord + ri(12, 120));
  const rt = pick(ROOMS), pk = pick(PKGS), hosp = pick(C.hosp);
  const price = pk[2] + pick([0, 0, 3000, 6000, 12000]), dep = pick([5000, 10000, 20000, 30000]);
  const cno = d.k('contract_no', mk.contract(ab, reg)), roomNo = d.k('room_no', mk.room());
  const gm = chance(0.55) ? P('grandma', C) : null, rel = pick(['母亲', '婆婆']);
  const passport = !C.minority && chance(0.22) ? mkPassport() : null;
  if (ctr.dk) d.k('company_name', ctr.dk);
  if (hosp.includes('和睦家')) d.k('hospital', '和睦家');
  const L = [], v = ri(0, 2);
  if (v === 0) {
    L.push(ctr.name, '客户入住登记表', `登记日期：${fd(reg)}　　　　合同编号：${cno}`, SEP, '【产妇信息】');
    L.push(`产妇姓名：${d.nm(mom, chance(0.5) ? 'pad' : '')}　　出生日期：${fd(mom.birth)}　　民族：${pick(['汉', '汉', '汉', '回', '满', '壮', '土家'])}`);
    if (passport) L.push(`证件类型：护照　　证件号码：${d.pp(passport)}　（常住新加坡，回国待产）`);
    else L.push(`证件类型：居民身份证　　证件号码：${d.idn(mom, pick(['plain', 'plain', 'plain', 'lx', 'sp']))}`);
    L.push(`手机号码：${d.mob(mom, mobStyle())}　　微信：${pick(['同手机号', '同手机', 'wxid_' + mom.py + ri(10, 99), mom.py + '_' + ri(1, 99)])}`);
    L.push(`现住址：${addr(C)}`);
    L.push(`预产期：${d.k('date', fd(edd))}　　分娩医院：${hosp}`);
    L.push(`孕产史：G${ri(1, 3)}P${ri(0, 1)}　　分娩方式：${pick(['待定', '计划顺产', '计划剖宫产'])}　　过敏史：${pick(['无', '青霉素', '头孢类', '无'])}`);
    L.push(`饮食禁忌：${pick(DIET)}`, '【家属信息】');
    L.push(`丈夫姓名：${d.nm(dad, chance(0.5) ? 'pad' : '')}　　联系电话：${d.mob(dad, mobStyle())}`);
    if (chance(0.6)) L.push(`身份证号：${d.idn(dad)}`);
    else if (chance(0.3)) L.push(`身份证号：${d.k('id_bad_check', badId(dad.id))}（系统提示：校验位不符，请核对原件）`);
    if (gm) L.push(`紧急联系人：${d.nm(gm)}（${rel}）　　电话：${d.mob(gm)}`);
    L.push('【入住信息】');
    L.push(`房型：${d.k('room_type', rt)}　　房号：${roomNo}`);
    L.push(`套餐：${d.k('package_name', pk[0])}（${pk[1]}天）　　合同金额：${d.k('price', '¥' + money(price))}`);
    if (chance(0.6)) L.push(`定金：${d.k('price', dep + '元')}　${fd(reg, 'md')}刷卡，卡号 ${d.card(mom, pick(['sp4', 'plain']))}（${mom.bank.s}）`);
    else L.push(`定金：${d.k('price', dep + '元')}　微信转账（交易单号 ${d.k('txn_no', mk.wxTxn(reg))}）`);
    if (chance(0.8)) L.push(`电子发票接收邮箱：${d.mail(mom, chance(0.15) ? 'cap' : '')}`);
    L.push(`签约顾问：${d.nm(staff)}　　顾问电话：${d.mob(staff)}`);
    L.push('', `客户签字：${d.nm(mom)}　　　　日期：${fd(reg, 'cn')}`);
  } else if (v === 1) {
    L.push(`# ${ctr.short} 入住登记（${fd(reg, '.')}）`, '', '| 项目 | 内容 | 项目 | 内容 |', '|---|---|---|---|');
    L.push(`| 产妇姓名 | ${d.nm(mom)} | 年龄 | ${age(mom, reg.y)} |`);
    if (passport) L.push(`| 证件类型 | 护照 | 护照号码 | ${d.pp(passport)} |`);
    else L.push(`| 身份证号 | ${d.idn(mom)} | 手机 | ${d.mob(mom)} |`);
    if (passport) L.push(`| 手机 | ${d.mob(mom, '+86')} | 邮箱 | ${d.mail(mom)} |`);
    L.push(`| 预产期 | ${d.k('date', fd(edd, '/'))} | 医院 | ${hosp} |`);
    L.push(`| 丈夫 | ${d.nm(dad)} | 电话 | ${d.mob(dad)} |`);
    if (chance(0.5)) L.push(`| 丈夫身份证 | ${d.idn(dad)} | 工作单位 | ${pick(['腾讯', '自由职业', '国企', '中学教师', '个体', '华为', '医院'])} |`);
    L.push(`| 房型 | ${d.k('room_type', rt)} | 房号 | ${roomNo} |`);
    L.push(`| 套餐 | ${d.k('package_name', pk[0])} | 金额 | ${d.k('price', money(price) + '元')} |`);
    if (gm) L.push(`| 陪护人 | ${d.nm(gm)}（${rel}） | 陪护人电话 | ${d.mob(gm, 'dash')} |`);
    if (!passport && chance(0.6)) L.push(`| 邮箱 | ${d.mail(mom)} | 合同号 | ${cno} |`);
    else L.push(`| 合同号 | ${cno} | 备注 | ${pick(DIET)} |`);
    L.push(`| 签约顾问 | ${d.nm(staff)} | 登记人 | ${d.k('filler', '前台')} |`);
  } else {
    L.push('【入住信息登记】请核对无误后回复“确认”');
    L.push(`妈妈姓名：${d.nm(mom)}`, `妈妈手机：${d.mob(mom, mobStyle())}`);
    if (passport) L.push(`妈妈证件（护照）：${d.pp(passport)}`); else L.push(`妈妈身份证：${d.idn(mom, pick(['plain', 'lx', 'fw']))}`);
    L.push(`宝爸姓名：${d.nm(dad)}`, `宝爸电话：${d.mob(dad, mobStyle())}`);
    L.push(`预产期：${d.k('date', fd(edd, 'm.d'))}`, `建档医院：${hosp}`);
    L.push(`预订房型：${d.k('room_type', rt)}`, `预订套餐：${d.k('package_name', pk[0])}`);
    L.push(`入住人数：产妇+宝宝${gm ? '+陪护1人（' + rel + '）' : ''}`, `饮食忌口：${pick(DIET)}`);
    if (chance(0.7)) L.push(`邮箱（开票用）：${d.mail(mom)}`);
    if (gm && chance(0.5)) L.push(`陪护：${d.nm(gm)} ${d.mob(gm)}`);
    L.push(`专属顾问：${d.nm(staff)} ${d.mob(staff, 'sp')}`);
    L.push(`——${ctr.name} ${fd(reg, 'm/d')} ${hm()}`);
  }
  emit(d, L.join('\n'));
}

// 2. 在住 / 预约 / 回访 exports --------------------------------------------
function gRoster() {
  const d = new Doc('roster');
  const C = pick(CITIES), ctr = pickCentre(), ab = abbrOf(ctr);
  const nurses = Array.from({ length: ri(3, 5) }, () => P('staff', C, { male: false }));
  const base = ri(0, 480), n = ri(6, 16), v = ri(0, 3);
  const L = [];
  if (v === 0) {
    const crlf = chance(0.5), cst = ri(0, 3);
    L.push((chance(0.4) ? '\ufeff' : '') + '合同编号,房号,产妇姓名,手机号,身份证号,入住日期,预计离所,房型,套餐,宝宝,家属姓名,家属电话,责任护士,备注');
    for (let i = 0; i < n; i++) {
      const mom = P('mother', C), dad = P('father', C), pk = pick(PKGS);
      const inD = day(base + ri(0, 30)), out = day(inD.ord + pk[1]);
      const nb = pick(['男', '女', '男', '女', '双胞胎(男女)']) + ' ' + d.k('weight', mk.weight());
      const idCell = chance(0.88) ? d.idn(mom, chance(0.1) ? 'lx' : '') : d.mid(mom.id);
      const famPhone = chance(0.85) ? d.mob(dad) : '';
      L.push([d.k('contract_no', mk.contract(ab, inD, cst)), d.k('room_no', mk.room()), d.nm(mom), d.mob(mom), idCell, d.dt(fd(inD)), d.dt(fd(out)), d.k('room_type', pick(ROOMS)), d.k('package_name', pk[0]), nb, d.nm(dad), famPhone, d.nm(pick(nurses)), pick(['', '', '二胎', '剖宫产', '黄疸观察', '不吃辣', 'VIP', '老客转介绍', '"要求安静,勿打扰"'])].join(','));
    }
    emit(d, L.join(crlf ? '\r\n' : '\n')); return;
  }
  if (v === 1) {
    const pre = pick(['YY', 'YZ', 'BK']);
    L.push(['预约编号', '创建时间', '客户姓名', '联系电话', '预产期', '分娩医院', '意向房型', '渠道', '顾问', '邮箱', '状态'].join('\t'));
    for (let i = 0; i < n; i++) {
      const mom = P('mother', C), dt = day(base + ri(0, 60)), st = pick(MOB_STYLES_EXPORT);
      const name = chance(0.08) ? d.k('filler', pick(['微信用户', '未填写'])) : d.nm(mom);
      L.push([d.k('order_no', mk.orderAlpha(dt, pre)), d.ts(mk.ts(dt)), name, d.mob(mom, st), d.k('date', fd(day(dt.ord + ri(20, 150)))), pick(C.hosp), d.k('room_type', pick(ROOMS)), pick(CHANNELS), d.nm(pick(nurses)), chance(0.65) ? d.mail(mom) : '', pick(['已签约', '已交定金', '跟进中', '跟进中', '流失', '待回访'])].join('\t'));
    }
    emit(d, L.join('\n')); return;
  }
  if (v === 3) { // export made under a role without PII permission: everything masked but the staff
    L.push(`# ${ctr.name} 在住客户列表（脱敏导出，操作人：${d.nm(pick(nurses))}，${d.ts(mk.ts(day(base)))}）`);
    L.push('房号\t客户\t手机号\t证件号\t入住日期\t套餐\t顾问');
    for (let i = 0; i < n; i++) {
      const mom = P('mother', C);
      L.push([d.k('room_no', mk.room()), d.mname(mom.name), d.mm(mom.mobile), d.mid(mom.id), d.dt(fd(day(base - ri(0, 25)))), d.k('package_name', pick(PKGS)[0]), d.nm(pick(nurses))].join('\t'));
    }
    emit(d, L.join('\n')); return;
  }
  L.push(`${ctr.short}·出所客户回访名单（${fd(day(base), 'cn')}导出，手机号已脱敏）`, '');
  L.push('序号|客户|手机号|出所日期|满意度|回访人|回访记录');
  const rec = ['对餐食很满意', '反映夜班护士换得太频繁', '宝宝体重长得好，表扬刘护士', '建议增加产后瑜伽课', '无意见', '对退房结算有异议，已转客服', '老公说停车不方便', '愿意推荐给闺蜜'];
  for (let i = 0; i < n; i++) {
    const mom = P('mother', C), rv = pick(nurses);
    const txt = pick(rec);
    if (txt.includes('刘护士')) d.titled('刘', '护士');
    L.push([i + 1, d.nm(mom), d.mm(mom.mobile), d.dt(fd(day(base + ri(-40, 0)))), pick(['非常满意', '满意', '一般', '满意', '不满意']), d.nm(rv), txt].join('|'));
  }
  emit(d, L.join('\n'));
}
const MOB_STYLES_EXPORT = ['plain', 'plain', 'plain', '+86', 'plain', 'sp'];

// 3. 月嫂 派单 / 上户单 ------------------------------------------------------
function gDispatch() {
  const d = new Doc('dispatch');
  const C = pick(CITIES), ag = pick(AGENCIES), v = ri(0, 2);
  const disp = P('staff', C, { male: false });
  const dt = day(ri(0, 520));
  if (ag.dk) d.k('company_name', ag.dk);
  const L = [];
  if (v === 0) {
    const a = P('nanny', C), boss = P('mother', C);
    const start = day(dt.ord + ri(2, 30)), days = pick([26, 26, 28, 30, 42, 52]), fee = pick([12800, 15800, 16800, 18800, 22800, 26800]);
    L.push(`${C.c}${ag.n} 上户确认单`, `派单编号：${d.k('order_no', 'PD' + fd(dt, 'c') + pad(ri(1, 99), 3))}　　派单日期：${fd(dt)}`, '');
    L.push('一、服务人员', `阿姨姓名：${d.nm(a, chance(0.4) ? 'pad' : '')}　　级别：${d.k('nanny_title', pick(TITLES))}（${ri(3, 6)}星）`);
    L.push(`身份证号：${d.idn(a)}`, `手机：${d.mob(a, mobStyle())}　　籍贯：${pick(['四川南充', '湖南邵阳', '安徽阜阳', '河南邓州', '江西赣州', '湖北恩施', '广东梅州', '重庆城口'])}`);
    L.push(`健康证编号：${d.k('health_cert_no', mk.health(C.reg[0], dt, C.pv))}　　有效期至：${fd(day(dt.ord + ri(30, 330)))}`);
    L.push(`母婴护理证书：${d.k('cert_no', mk.cert(C.reg[0], dt))}`);
    if (chance(0.5)) L.push(`工资卡：${d.card(a, pick(['sp4', 'plain']))}（${a.bank.n}）`);
    L.push('', '二、雇主信息', `雇主姓名：${d.nm(boss)}　　雇主电话：${d.mob(boss, mobStyle())}`);
    L.push(`服务地址：${addr(C)}`, `宝宝情况：${pick(['男宝', '女宝', '双胞胎'])} ${pick(['顺产', '剖宫产'])} 出生体重${d.k('weight', mk.weight())}`);
    L.push(`上户日期：${fd(start)}　　服务周期：${days}天　　服务费：${d.k('price', money(fee) + '元')}`, '');
    L.push(`派单老师：${d.nm(disp)}　　电话：${d.mob(disp)}`, `备注：${pick(['雇主家有猫，阿姨不过敏', '婆婆同住，注意沟通方式', '需会做粤式月子餐', '宝宝需每天游泳抚触', '雇主要求上户前做核酸和乙肝两对半', '住家，单独房间'])}`);
  } else if (v === 1) {
    L.push(['派单号', '派单日期', '阿姨姓名', '身份证号', '阿姨电话', '级别', '雇主', '雇主电话', '服务区域', '上户日期', '天数', '服务费', '派单人'].join('\t'));
    const n = ri(6, 16), ds = [disp, P('staff', C, { male: false })];
    for (let i = 0; i < n; i++) {
      const a = P('nanny', C), boss = P('mother', C), dd = day(dt.ord + ri(0, 25));
      const bossName = chance(0.85) ? d.nm(boss) : d.titled(boss.sur, '女士');
      const aName = chance(0.06) ? d.k('nanny_title', '金牌月嫂（待定）') : d.nm(a);
      const idc = aName.startsWith('金牌') ? '' : chance(0.15) ? d.idn(a, '15') : d.idn(a);
      L.push([d.k('order_no', 'PD' + fd(dd, 'c') + pad(ri(1, 99), 3)), d.dt(fd(dd)), aName, idc, aName.startsWith('金牌') ? '' : d.mob(a), d.k('nanny_title', pick(TITLES)), bossName, d.mob(boss), pick(C.dist), d.dt(fd(day(dd.ord + ri(1, 20)), '/')), pick([26, 28, 30, 42]), d.pr(money(pick([13800, 15800, 18800, 21800]))), d.nm(pick(ds))].join('\t'));
    }
  } else {
    const a = P('nanny', C), boss = P('mother', C), dad = P('father', C, { sur: boss.surT });
    const start = day(dt.ord + ri(1, 10));
    L.push(`${d.titled(a.sur || a.name, '阿姨')}您好！恭喜签单成功🎉 上户信息如下，请提前一天确认：`);
    L.push(`雇主：${d.nm(boss)}（宝妈） 电话：${d.mob(boss, pick(['plain', 'sp', 'dash']))}`);
    L.push(`宝爸：${d.nm(dad)} ${d.mob(dad)}`);
    L.push(`地址：${addr(C)}`, `上户时间：${fd(start, 'md')} 上午10点前到`, `服务天数：${pick([26, 28, 42])}天 住家`);
    L.push(`宝宝：${pick(['剖腹产男宝', '顺产女宝', '顺产男宝'])}，出生${d.k('weight', mk.weight())}，${pick(['混合喂养', '纯母乳', '奶粉喂养'])}（奶粉：${d.k('formula_brand', pick(BRANDS.slice(0, 6)))}）`);
    L.push(`注意：${pick(['宝妈有乳腺炎史，注意排空', '家里老人帮忙做饭，阿姨主要照顾宝宝', '小区进门需要登记身份证', '宝妈是二胎，大宝5岁'])}`);
    L.push(`请阿姨核对您的信息：${d.nm(a)} / ${d.idn(a, 'force18')} / ${d.mob(a)} / 工资卡${a.bank.s} ${d.card(a, 'sp4')}`);
    L.push(`有问题随时找我 ${d.nm(disp)} ${d.mob(disp)}（微信同号）`);
  }
  emit(d, L.join('\n'));
}

// 4. 三方 家政服务合同 --------------------------------------------------------
function gContract() {
  const d = new Doc('contract');
  const C = pick(CITIES.filter((c) => c.ac !== '0991')), ag = pick(AGENCIES), dt = day(ri(0, 520));
  const boss = P('mother', C), a = P('nanny', C), rep = P('boss', C), op = P('staff', C);
  const comp = `${C.c}市${ag.n}服务有限公司`, uscc = mkUscc(C.cr);
  if (ag.dk) d.k('company_name', ag.dk);
  const fee = pick([12800, 15800, 16800, 18800, 22800, 26800, 32800]), days = pick([26, 28, 42, 52]);
  const start = day(dt.ord + ri(3, 40));
  const cno = d.k('contract_no', `${ag.py.toUpperCase()}-${fd(dt, 'c')}-${pad(ri(1, 300), 3)}`);
  const acct = d.k('corporate_account', mk.corpAcct());
  const bn = pick(BANKS);
  const L = [];
  L.push('家政服务合同', '（母婴护理 · 三方）', `合同编号：${cno}`, '');
  L.push(`甲方（雇主）：${d.nm(boss)}`);
  L.push(`身份证号码：${d.idn(boss, pick(['plain', 'plain', 'sp', 'lx']))}`);
  L.push(`联系电话：${d.mob(boss, mobStyle())}　　电子邮箱：${d.mail(boss)}`);
  L.push(`住址：${addr(C)}`, '');
  L.push(`乙方（家政服务机构）：${comp}`, `统一社会信用代码：${d.uscc(uscc)}`);
  L.push(`法定代表人：${d.nm(rep)}　　联系电话：${d.land(mkLand(C), pick(['-', 'sp', 'par']))}`);
  L.push(`地址：${C.c}市${pick(C.dist)}${pick(C.road)}${ri(1, 300)}号${pick(['汇金大厦', '创业大厦', '科技园商务中心', '国贸中心', '文创园'])}${ri(2, 20)}楼`, '');
  L.push(`丙方（家政服务员）：${d.nm(a)}　　性别：女　　年龄：${age(a, dt.y)}`);
  L.push(`身份证号码：${d.idn(a)}`, `联系电话：${d.mob(a)}`);
  L.push(`健康证号：${d.k('health_cert_no', mk.health(C.reg[0], dt, C.pv))}　　资格证书：${d.k('nanny_title', pick(TITLES))}`, '');
  L.push('第一条 服务内容', `丙方为甲方提供母婴护理服务，服务期为${days}天（自${fd(start, 'cn')}起，以丙方实际上户日计），住家服务，每日工作时间按行业惯例。服务内容包括新生儿喂养、洗澡抚触、脐部护理、产妇月子餐、乳房护理等。`, '');
  L.push('第二条 服务费用及支付方式', `1. 服务费共计人民币${d.k('price', money(fee) + '元')}（大写：${cnUpper(fee)}），另收取中介服务费${d.k('price', money(pick([800, 1000, 1500, 2000])) + '元')}。`);
  L.push(`2. 甲方应于丙方上户前三日内将全部费用支付至乙方账户：`, `　　户名：${comp}`, `　　开户行：${bn.n}${C.c}${pick(C.dist).replace(/区$/, '')}支行`, `　　账号：${acct}`);
  L.push(`3. 乙方在服务结束后${pick(['3', '5', '7'])}个工作日内将丙方劳务报酬支付至丙方指定银行卡：`, `　　持卡人：${d.nm(a)}　　卡号：${d.card(a, pick(['sp4', 'plain']))}　　开户行：${a.bank.n}`, '');
  L.push('第三条 甲方权利义务', '……甲方应为丙方提供独立或相对独立的休息空间，不得要求丙方从事合同约定以外的劳动……', '');
  L.push('第四条 更换与退费', `丙方服务期间甲方如对服务不满意，可要求乙方更换服务人员，乙方应在48小时内更换。已服务天数按日计费（${d.k('price', money(Math.round(fee / days)) + '元/天')}）。`, '');
  L.push(`乙方客服热线：${hotline(d)}（工作日9:00-18:00）`, '');
  L.push(`甲方（签字）：${d.nm(boss)}　　　　乙方（盖章）：${comp}`);
  L.push(`日期：${fd(dt, 'cn')}　　　　　　　经办人：${d.nm(op)}　${d.mob(op)}`);
  L.push(`丙方（签字）：${d.nm(a)}　　　　日期：${fd(dt, 'cn')}`);
  emit(d, L.join('\n'));
}

// 5. 母婴店 会员 export ------------------------------------------------------
function gMember() {
  const d = new Doc('member');
  const C = pick(CITIES), shop = pick(SHOPS), v = ri(0, 2), n = ri(8, 20), base = ri(0, 500);
  const stores = [pick(STORES), pick(STORES)];
  stores.forEach((s) => d.k('store_name', s));
  const L = [];
  if (v === 0) {
    L.push('会员卡号,会员姓名,手机号,宝宝姓名,宝宝性别,宝宝生日,积分,会员等级,注册门店,注册时间');
    for (let i = 0; i < n; i++) {
      const mom = P('mother', C), dad = P('father', C), b = P('baby', C, { sur: chance(0.85) ? dad.surT : mom.surT || dad.surT, birth: randBirth(2023, 2025) });
      const nm = chance(0.1) ? d.k('filler', '微信用户') : d.nm(mom);
      const bn = chance(0.3) ? d.k('baby_nickname', pick(NICKS)) : d.nm(b);
      L.push([d.k('member_card', mk.member()), nm, d.mob(mom), bn, b.male ? '男' : '女', d.dt(fd(b.birth, '/')), ri(0, 8800), d.k('member_level', pick(LEVELS)), pick(stores), d.ts(mk.ts(day(base + ri(0, 60))))].join(','));
    }
  } else if (v === 1) {
    L.push(['客户姓名', '手机号', '性别', '生日', '宝宝信息', '成交笔数', '累计消费(元)', '会员卡号', '邮箱', '来源门店', '导购'].join('\t'));
    const guides = [P('staff', C), P('staff', C)];
    for (let i = 0; i < n; i++) {
      const mom = P('mother', C), b = P('baby', C, { birth: randBirth(2023, 2025) });
      const binfo = chance(0.5) ? `${d.nm(b)}/${b.male ? '男' : '女'}/${fd(b.birth)}` : `${d.k('baby_nickname', pick(NICKS))}/${fd(b.birth, 'c')}`;
      L.push([d.nm(mom), d.mob(mom, pick(MOB_STYLES_EXPORT)), '女', d.dt(fd(mom.birth)), binfo, ri(1, 40), d.pr(ri(99, 48000) + '.' + pad(ri(0, 99), 2)), d.k('member_card', mk.member()), chance(0.55) ? d.mail(mom) : '', pick(stores), d.nm(pick(guides))].join('\t'));
    }
  } else {
    L.push(`${shop.n} 会员资料（会员卡号同手机号）`, `导出人：${d.k('filler', '店长')}　导出时间：${mk.ts(day(base))}`, '');
    L.push('卡号         宝妈         宝宝        生日        奶粉品牌       余额      积分');
    d.k('common_word', '余额');
    for (let i = 0; i < n; i++) {
      const mom = P('mother', C), b = P('baby', C, { birth: randBirth(2023, 2025) });
      const bn = chance(0.35) ? d.k('baby_nickname', pick(NICKS)) : d.nm(b);
      const mn = chance(0.1) ? d.mname(mom.name) : d.nm(mom);
      const br = d.k('formula_brand', pick(BRANDS));
      L.push([d.mob(mom).padEnd(13), mn.padEnd(8, '　'), bn.padEnd(6, '　'), fd(b.birth).padEnd(12), br.padEnd(8, '　'), d.pr(ri(0, 3000) + '.00').padStart(8), String(ri(0, 9000)).padStart(6)].join(' '));
    }
  }
  emit(d, L.join('\n'));
}

// 6. 早教 试听 leads ---------------------------------------------------------
function gLeads() {
  const d = new Doc('leads');
  const C = pick(CITIES), ed = pick(EDU), v = ri(0, 2), n = ri(7, 18), base = ri(0, 500);
  if (ed.dk) d.k('company_name', ed.dk);
  const sales = [P('staff', C), P('staff', C), P('staff', C)];
  const L = [];
  if (v === 0) {
    L.push('线索ID,线索创建时间,姓名,电话,省份,城市,表单名称,广告计划,跟进状态,跟进人');
    const st = pick(['+86', 'plain', '+86n']);
    for (let i = 0; i < n; i++) {
      const p = P('parent', C), dt = day(base + ri(0, 20));
      let nm;
      const r = rnd();
      if (r < 0.08) nm = d.k('filler', pick(['宝妈', '微信用户', '匿名用户']));
      else if (r < 0.18) nm = d.titled(p.sur || p.name, p.male ? '先生' : '女士');
      else nm = d.nm(p);
      L.push([d.k('lead_id', mk.leadId()), d.ts(mk.ts(dt)), nm, d.mob(p, st), C.prov, C.c, `${ed.n}-0元试听课-${pick(['表单A', '表单B', '春季'])}`, d.k('campaign', `${pick(['宝妈人群', '25-35女', '同城3km', '早教兴趣'])}_${fd(dt, 'c')}`), pick(['未跟进', '已联系', '已约课', '无效', '空号']), d.nm(pick(sales))].join(','));
    }
  } else if (v === 1) {
    L.push(`小红书表单留资导出 ${fd(day(base))}`, '提交时间\t小红书昵称\t称呼\t手机号\t宝宝月龄\t意向课程\t邮箱（选填）\t备注');
    const nicks = ['是糖糖妈呀', '奶茶不加糖', 'momo的日常', '一只小土豆', '快乐的芒果', 'Cici妈妈', '晴天娃娃', '柚子成长记', '二胎妈妈日记', '小鹿乱撞'];
    for (let i = 0; i < n; i++) {
      const p = P('parent', C, { male: false });
      const nm = chance(0.25) ? d.titled(p.sur || p.name, '女士') : d.nm(p);
      L.push([d.ts(mk.ts(day(base + ri(0, 10)))), d.k('nickname', pick(nicks)), nm, d.mob(p, chance(0.12) ? 'fw' : chance(0.1) ? 'sp' : 'plain'), `${ri(6, 36)}个月`, pick(['音乐律动', '感统训练', '英语启蒙', '美术', '亲子游戏']), chance(0.5) ? d.mail(p) : '', pick(['', '周末有空', '想要课表', '问价格', '离得远不一定来'])].join('\t'));
    }
  } else {
    L.push(`${ed.n} 地推登记（${pick(C.xq)}门口 ${fd(day(base), 'md')}）`, '序号  家长姓名  电话          宝宝小名  月龄  推广人  备注');
    const pusher = pick(sales);
    for (let i = 0; i < n; i++) {
      const p = P('parent', C);
      let phone;
      if (chance(0.1)) phone = d.k('mobile_typo', typoMob(p.mobile)); else phone = d.mob(p);
      const kid = d.k('baby_nickname', pick(NICKS));
      L.push(`${String(i + 1).padEnd(4)}  ${d.nm(p, chance(0.3) ? 'sp' : '').padEnd(6, '　')}  ${phone.padEnd(12)}  ${kid.padEnd(4, '　')}  ${String(ri(5, 40)).padEnd(4)}  ${d.nm(pusher)}  ${pick(['送了气球', '要回访', '', '', '奶奶登记的', '已加微信', '电话字迹不清'])}`);
    }
  }
  emit(d, L.join('\n'));
}

// 7. 新生儿 records ----------------------------------------------------------
function gNewborn() {
  const d = new Doc('newborn');
  const C = pick(CITIES), ctr = pickCentre(), v = ri(0, 2), base = ri(0, 500);
  const L = [];
  if (v === 0) {
    const mom = P('mother', C), dad = P('father', C), b = P('baby', C, { sur: dad.surT || mom.surT, birth: day(base) });
    const nurse = P('staff', C, { male: false });
    const named = chance(0.6);
    L.push(`${ctr.name} 新生儿护理档案`, '');
    if (named) L.push(`宝宝姓名：${d.nm(b)}　　性别：${b.male ? '男' : '女'}`);
    else { L.push(`宝宝姓名：${d.nmx(mom.name + '之' + (b.male ? '子' : '女'))}　　性别：${b.male ? '男' : '女'}　　（小名：${d.k('baby_nickname', pick(NICKS))}）`); d.nmx(mom); }
    L.push(`出生时间：${fd(b.birth)} ${hm()}　　胎龄：${ri(37, 40)}+${ri(0, 6)}周　　分娩方式：${pick(['顺产', '剖宫产'])}`);
    L.push(`出生体重：${d.k('weight', mk.weight())}　　身长：${d.k('length', mk.length())}　　Apgar：${pick(['9-10', '10-10', '8-9'])}分`);
    L.push(`出生医学证明编号：${d.k('birth_cert_no', mk.birthCert())}`);
    L.push(`母亲姓名：${d.nm(mom)}　　母亲身份证号：${d.idn(mom)}`);
    L.push(`父亲姓名：${d.nm(dad)}　　联系电话：${d.mob(dad, mobStyle())}`);
    L.push(`分娩医院：${pick(C.hosp)}　　入所日期：${fd(day(base + ri(2, 5)))}　　床位：${d.k('bed_no', '婴儿床' + pick(['A', 'B', 'C']) + '-' + pad(ri(1, 30), 2))}`, '');
    L.push('日期    体重(g)  黄疸(经皮)  奶量        大便  护理人');
    let w = ri(2700, 3900);
    for (let i = 0; i < ri(4, 8); i++) L.push(`${fd(day(base + 3 + i), 'm/d').padEnd(6)}  ${d.k('weight', String(w += (i ? ri(15, 55) : 0)))}     ${(ri(40, 140) / 10).toFixed(1)}        ${pick(['母乳', '混合', '配方'])}${ri(40, 120)}ml×${ri(7, 10)}  ${ri(1, 5)}次  ${d.nm(nurse)}`);
    L.push('', `责任护士：${d.nm(nurse)}　　护士长：${d.nm(P('staff', C, { male: false }))}`);
  } else if (v === 1) {
    L.push(`产科分娩登记（${fd(day(base), 'cn')}）`, '住院号,床号,母亲姓名,分娩时间,性别,体重(g),身长(cm),Apgar,出生证编号,父亲姓名,联系电话,接生人');
    const docs = [P('staff', C), P('staff', C)];
    for (let i = 0; i < ri(6, 16); i++) {
      const mom = P('mother', C), dad = P('father', C);
      L.push([d.k('inpatient_no', mk.inpatient()), d.k('bed_no', ri(1, 60) + '床'), d.nm(mom), `${fd(day(base))} ${hm()}`, pick(['男', '女']), d.k('weight', String(ri(2500, 4300))), ri(47, 54), pick(['9/10', '10/10', '8/9']), chance(0.7) ? d.k('birth_cert_no', mk.birthCert()) : '待签发', chance(0.9) ? d.nm(dad) : '', d.mob(chance(0.6) ? dad : mom), d.nm(pick(docs))].join(','));
    }
  } else {
    const mom = P('mother', C), dad = P('father', C), b = P('baby', C, { sur: dad.surT || mom.surT, birth: day(base) });
    L.push('新生儿参保登记（城乡居民医保）', '');
    L.push(`参保人姓名：${d.nm(b)}`, `公民身份号码：${d.idn(b)}`, `出生日期：${fd(b.birth)}　　性别：${b.male ? '男' : '女'}`);
    L.push(`出生医学证明编号：${d.k('birth_cert_no', mk.birthCert())}`, `户籍地址：${addr(C)}`);
    const g = chance(0.5) ? mom : dad;
    L.push(`监护人：${d.nm(g)}　　与参保人关系：${g === mom ? '母' : '父'}${b.male ? '子' : '女'}`);
    L.push(`监护人身份证号：${d.idn(g)}`, `联系电话：${d.mob(g)}`);
    L.push(`缴费标准：${d.k('price', pick(['380元', '400元', '420元']))}/年　　代扣银行卡：${d.card(g, 'plain')}（${g.bank.n}）`);
    L.push('', `经办人：${d.k('filler', '社区窗口')}　　受理日期：${fd(day(base + ri(20, 60)))}`);
  }
  emit(d, L.join('\n'));
}

// 8. 付款 / 分期 / POS / 退款 -------------------------------------------------
function gPayment() {
  const d = new Doc('payment');
  const C = pick(CITIES), ctr = pickCentre(), ab = abbrOf(ctr), v = ri(0, 3), base = ri(0, 500);
  const cashier = P('staff', C, { male: false });
  const L = [];
  if (v === 0) {
    const cst = ri(0, 3);
    L.push(`${ctr.short} 收款明细 ${fd(day(base), '.')}-${fd(day(base + 30), '.')}`);
    L.push('收款日期,客户姓名,合同号,款项,金额,支付方式,付款卡号/账号,交易流水号,收款人');
    for (let i = 0; i < ri(8, 20); i++) {
      const mom = P('mother', C), dt = day(base + ri(0, 30)), how = pick(['POS刷卡', 'POS刷卡', '银行转账', '微信', '支付宝', '信用卡分期']);
      let cardCell = '', txn;
      if (how === 'POS刷卡') { cardCell = chance(0.6) ? d.card(mom) : d.mcard(mom.card); txn = d.k('ref_no', mk.ref()); }
      else if (how === '银行转账') { cardCell = d.card(mom, 'sp4'); txn = d.k('order_no', mk.order(dt)); }
      else if (how === '信用卡分期') { const cc = mkCard(true); cardCell = chance(0.7) ? d.card(cc.no) : d.mcard(cc.no); txn = d.k('ref_no', mk.ref()); }
      else if (how === '微信') txn = d.k('txn_no', mk.wxTxn(dt)); else txn = d.k('txn_no', mk.aliTxn(dt));
      const payer = mom;
      L.push([d.dt(fd(dt)), d.nm(payer), d.k('contract_no', mk.contract(ab, dt, cst)), pick(['定金', '尾款', '全款', '续住费', '产康项目']), d.pr(pick(['5000.00', '10000.00', '28800.00', '38800.00', '2680.00', '6800.00', '12000.00', '3600.00'])), how, cardCell, txn, d.nm(cashier)].join(','));
    }
  } else if (v === 1) {
    const mom = P('mother', C), cc = mkCard(true), pk = pick(PKGS), n = pick([6, 12, 24]);
    const dt = day(base);
    L.push(`${pick(['招商银行', '中信银行', '广发银行'])}信用卡“月子分期”申请表（商户：${ctr.name}）`, '');
    L.push(`申请人姓名：${d.nm(mom)}　　性别：女　　出生日期：${fd(mom.birth)}`);
    L.push(`证件类型：居民身份证　　证件号码：${d.idn(mom, pick(['plain', 'sp']))}`);
    L.push(`手机号码：${d.mob(mom)}　　电子邮箱：${d.mail(mom)}`);
    L.push(`信用卡卡号：${d.card(cc.no, 'sp4')}　　有效期：${pad(ri(1, 12), 2)}/${ri(26, 30)}`);
    L.push(`分期商品：${d.k('package_name', pk[0])}　　分期金额：${d.k('price', money(pk[2]) + '.00')}`);
    L.push(`分期期数：${n}期　　每期应还：${(pk[2] / n).toFixed(2)}　　手续费率：${pick(['0', '0.5%', '0.6%'])}/期`);
    L.push(`商户编号：${d.k('merchant_no', mk.merchant())}　　订单号：${d.k('order_no', mk.order(dt))}`);
    L.push('', `申请人签名：${d.nm(mom)}　　日期：${fd(dt, 'cn')}`, `商户经办：${d.nm(cashier)}`);
  } else if (v === 2) {
    const mom = P('mother', C), dt = day(base), amt = pick(['10000.00', '38800.00', '5000.00', '20000.00']);
    L.push(`${pick(['中国银联', '银联商务'])}  POS签购单`, '商户存根                MERCHANT COPY', '-'.repeat(34));
    L.push(`商户名称：${ctr.name}`, `商户编号：${d.k('merchant_no', mk.merchant())}`, `终端编号：${d.k('terminal_no', mk.terminal())}`, `操作员号：01`);
    L.push(`发卡行：${mom.bank.n}`, `卡号：${d.mcard(mom.card)}  (S)`, '交易类型：消费/SALE', `批次号：${pad(ri(1, 999), 6)}   凭证号：${pad(ri(1, 9999), 6)}`);
    L.push(`参考号：${d.k('ref_no', mk.ref())}`, `日期/时间：${fd(dt, '/')} ${hms()}`, `金额：RMB ${d.k('price', amt)}`, '-'.repeat(34));
    L.push('备注：月子定金', '持卡人签名：', `    ${d.nm(mom)}`, '本人确认以上交易，同意将其记入本卡账户');
  } else {
    const mom = P('mother', C), dt = day(base), appr = P('boss', C);
    const amt = pick([5000, 8600, 12000, 3200, 15000]);
    L.push(`退款申请单（${ctr.short}财务部）`, `申请编号：${d.k('order_no', 'TK' + fd(dt, 'c') + pad(ri(1, 99), 3))}`, '');
    L.push(`客户姓名：${d.nm(mom)}　　联系电话：${d.mob(mom)}`);
    L.push(`合同编号：${d.k('contract_no', mk.contract(ab, day(base - 60)))}　　房号：${d.k('room_no', mk.room())}`);
    L.push(`退款原因：${pick(['提前出所，按未住天数退还', '早产在医院NICU，取消入住', '定金退还（合同约定7天无理由）', '产康项目未使用部分退还'])}`);
    L.push(`退款金额：${d.k('price', money(amt) + '元')}`);
    const payee = chance(0.7) ? mom : P('father', C);
    L.push(`收款户名：${d.nm(payee)}`, `收款卡号：${d.card(payee, pick(['plain', 'sp4']))}`, `开户行：${payee.bank.n}${C.c}分行营业部`);
    if (payee !== mom) L.push(`备注：客户要求退到老公卡上，已提供${d.nm(payee)}身份证 ${d.idn(payee)} 复印件`);
    L.push('', `申请人：${d.nm(cashier)}　　部门经理审批：${d.nm(appr)}　　财务：${d.k('filler', '已付款')}`);
  }
  emit(d, L.join('\n'));
}

// 9. 育婴师 培训 / 补贴 rosters ----------------------------------------------
function gTraining() {
  const d = new Doc('training');
  const C = pick(CITIES.filter((c) => c.ac !== '0991')), v = ri(0, 2), base = ri(0, 480), dt = day(base);
  const school = `${C.c}市${pick(['巾帼', '阳光', '惠民', '众创', '启航'])}职业培训学校`;
  const uscc = mkUscc(C.cr, '52');
  const teacher = P('staff', C), n = ri(8, 18);
  const L = [];
  if (v === 0) {
    L.push(`${dt.y}年第${ri(1, 9)}期育婴员（${pick(['五级/初级工', '四级/中级工'])}）职业技能培训花名册`);
    L.push(`培训机构（盖章）：${school}　统一社会信用代码：${d.uscc(uscc)}`);
    L.push(`开班时间：${fd(dt)}　结业时间：${fd(day(base + ri(10, 25)))}　班主任：${d.nm(teacher)}　联系电话：${d.mob(teacher)}`);
    L.push('报名编号,姓名,性别,身份证号码,文化程度,联系电话,户籍性质,人员类别,社保卡金融账号,开户行,备注');
    for (let i = 0; i < n; i++) {
      const a = P('nanny', C, { birth: randBirth(1970, 1995) });
      const acct = chance(0.9) ? d.card(a) : d.k('bank_card_pending', '待激活');
      L.push([d.k('enrol_no', `BM${dt.y}${pad(dt.m, 2)}${pad(i + 1, 3)}`), d.nm(a), '女', d.idn(a, chance(0.1) ? 'lx' : ''), pick(['初中', '初中', '高中', '中专', '大专', '小学']), d.mob(a), pick(['农业', '非农业', '农业']), pick(['失业人员', '农村转移劳动力', '就业困难人员', '脱贫人口', '在职职工']), acct, acct === '待激活' ? '' : a.bank.n, pick(['', '', '已交照片', '身份证复印件待补', '插班'])].join(','));
    }
  } else if (v === 1) {
    L.push(`${C.c}市职业技能提升补贴发放明细表（育婴员）`, `申报单位：${school}　　统一社会信用代码：${d.uscc(uscc)}`, `批次：${dt.y}-${pad(ri(1, 12), 2)}　　单位：元`, '');
    L.push('| 序号 | 姓名 | 身份证号 | 银行卡号 | 开户银行 | 证书编号 | 补贴标准 | 实发金额 |', '|---|---|---|---|---|---|---|---|');
    const std = pick([1000, 1500, 2000]); let total = 0;
    for (let i = 0; i < n; i++) {
      const a = P('nanny', C, { birth: randBirth(1970, 1995) });
      const amt = chance(0.9) ? std : std / 2; total += amt;
      L.push(`| ${i + 1} | ${d.nm(a)} | ${d.idn(a)} | ${d.card(a, chance(0.3) ? 'sp4' : '')} | ${a.bank.s} | ${d.k('cert_no', mk.cert(C.reg[0], dt))} | ${std} | ${amt} |`);
    }
    L.push(`| 合计 | | | | | | | ${d.k('price', money(total))} |`, '', `制表人：${d.nm(teacher)}　　审核：${d.k('filler', '人社局职建科')}　　日期：${fd(day(base + 40), 'cn')}`);
  } else {
    L.push(`${school} 育婴员结业考核成绩及电子证书领取登记`, `考核日期：${fd(dt)}　　考评员：${d.nm(teacher)}、${d.nm(P('staff', C))}`, '');
    L.push(['准考证号', '姓名', '身份证号', '手机', '理论', '实操', '结果', '证书编号', '电子证书接收邮箱'].join('\t'));
    for (let i = 0; i < n; i++) {
      const a = P('nanny', C, { birth: randBirth(1972, 1998) });
      const th = ri(48, 98), pr = ri(55, 97), ok = th >= 60 && pr >= 60;
      L.push([d.k('exam_no', `${dt.y}${pad(dt.m, 2)}${pad(i + 1, 4)}`), d.nm(a), d.idn(a), d.mob(a), th, pr, ok ? '合格' : '不合格', ok ? d.k('cert_no', mk.cert(C.reg[0], dt)) : '-', ok && chance(0.7) ? d.mail(a) : ''].join('\t'));
    }
  }
  emit(d, L.join('\n'));
}

// 10. WeChat 群 chat logs ---------------------------------------------------
function gChat() {
  const d = new Doc('chat');
  const C = pick(CITIES), ctr = pickCentre(), v = ri(0, 2), base = ri(0, 500), dt = day(base);
  const L = [];
  const t = clock();
  if (v === 0) {
    const head = P('staff', C, { male: false }), adv = P('staff', C, { male: false });
    const moms = Array.from({ length: ri(3, 5) }, () => ({ p: P('mother', C), room: ri(2, 9) * 100 + ri(1, 20) }));
    L.push(`群聊：${ctr.short}${dt.m}月入住宝妈群(${ri(20, 48)})`, `————— ${fd(dt)} —————`);
    L.push(`${t()} ${d.titled(head.sur || head.name, '姐')}（护士长）`, `各位宝妈早上好☀️ 今天10点在3楼多功能厅有新生儿抚触课，有空的宝妈可以带宝宝过来`);
    for (const m of moms.slice(0, 2)) L.push(`${t()} ${m.room}-${d.nmx(m.p)}`, pick(['收到', '收到👌', '好的谢谢', '可以带老公一起吗']));
    L.push(`${t()} 顾问 ${d.nmx(adv)}`, `@${moms[0].room}-${d.nmx(moms[0].p)} 宝妈，车辆登记需要车主姓名和手机号，麻烦发一下～`);
    const dad = P('father', C);
    L.push(`${t()} ${moms[0].room}-${d.nmx(moms[0].p)}`, `车主：${d.nm(dad)} ${d.mob(dad, pick(['plain', 'sp']))} 车牌${pick(['粤B', '沪A', '京N', '浙A', '川A'])}${pick(['8K23X', 'D12345', '5NQ77', 'F3R09'])}`);
    L.push(`${t()} ${moms[1].room}-${d.nmx(moms[1].p)}`, `请问今天的月子餐是${pick(['花胶鸡汤', '麻油猪肝', '鲫鱼豆腐汤', '红豆薏米'])}吗 我对${pick(['海鲜', '花生', '芒果'])}过敏`);
    L.push(`${t()} ${d.titled(head.sur || head.name, '姐')}（护士长）`, `收到，已经和厨房说了`);
    if (chance(0.7)) {
      const m = moms[moms.length - 1];
      L.push(`${t()} 顾问 ${d.nmx(adv)}`, '续住的宝妈请私发：姓名+身份证号+续住天数，我统一做补充协议');
      L.push(`${t()} ${m.room}-${d.nmx(m.p)}`, `${d.nm(m.p)} ${d.idn(m.p)} 续住7天`);
    }
    if (chance(0.5)) {
      const m = moms[1];
      L.push(`${t()} ${m.room}-${d.nmx(m.p)}`, `顺便问下发票开到我邮箱可以吗 ${d.mail(m.p)}`);
    }
    L.push(`${t()} ${d.k('filler', '微信用户')}`, '[图片]');
  } else if (v === 1) {
    const ag = pick(AGENCIES), disp = P('staff', C, { male: false });
    const nannies = Array.from({ length: ri(3, 5) }, () => P('nanny', C));
    L.push(`${ag.n}·阿姨接单群`, `${fd(dt, '/')} ${t()}`);
    L.push(`${d.nmx(disp)}（派单）：【派单】${pick(C.dist)}${pick(C.xq)} ${fd(day(base + ri(3, 20)), 'md')}上户 ${pick([26, 28, 42])}天 ${pick(['剖腹产男宝', '顺产女宝', '双胞胎'])} 要求：${d.k('nanny_title', pick(TITLES))} 会做${pick(['粤式', '川味', '江浙'])}月子餐 工资${pick(['16800', '18800', '22800'])} 有意向的私聊或群里报名`);
    for (const a of nannies.slice(0, 3)) L.push(`${d.nmx(a)}：${pick(['我可以', '我报名', '我档期可以，有证', '+1', '我在' + pick(C.dist) + '附近'])}`);
    const a = nannies[0];
    L.push(`${d.nmx(disp)}（派单）：@${d.nmx(a)} ${d.titled(a.sur || a.name, '姐')}把身份证号、健康证编号、工资卡发我一下，我给客户做资料`);
    L.push(`${d.nmx(a)}：${d.nm(a)} ${d.idn(a, a.id15 ? '' : pick(['plain', 'lx']))}`);
    L.push(`${d.nmx(a)}：健康证${d.k('health_cert_no', mk.health(C.reg[0], dt, C.pv))} 到${fd(day(base + ri(40, 300)), '.')}`);
    L.push(`${d.nmx(a)}：工资卡${a.bank.s} ${d.card(a, pick(['plain', 'sp4']))}`);
    if (chance(0.6)) { const b = nannies[1]; L.push(`${d.nmx(b)}：${d.titled(disp.sur || disp.name, '老师')}，我手机号换了，新号${d.mob(b)}，旧的${d.k('mobile_typo', typoMob(b.mobile))}不用了`); }
    L.push(`${d.nmx(disp)}（派单）：收到👌 客户那边确认后拉群`);
  } else {
    const adv = P('staff', C, { male: false }), mom = P('mother', C), dad = P('father', C);
    L.push(`${d.nmx(adv)}和${d.nmx(mom)}的聊天记录`, '');
    L.push(`${d.nmx(adv)} ${fd(dt, '/')} ${t()}`, '亲，合同需要您和老公的身份证号、手机号，还有预产期哦～');
    L.push(`${d.nmx(mom)} ${fd(dt, '/')} ${t()}`, `我的 ${d.idn(mom)}  ${d.mob(mom)}`);
    L.push(`${d.nmx(mom)} ${fd(dt, '/')} ${t()}`, `老公：${d.nm(dad)}\n${d.idn(dad)}\n${d.mob(dad, pick(['plain', 'sp', 'dash']))}`);
    L.push(`${d.nmx(mom)} ${fd(dt, '/')} ${t()}`, `预产期${d.k('date', fd(day(base + ri(20, 90)), 'm.d'))}，房型就要上次看的${d.k('room_type', pick(ROOMS))}`);
    L.push(`${d.nmx(adv)} ${fd(dt, '/')} ${t()}`, `好的收到✅ 定金可以转到我们对公账户，或者到店刷卡`);
    if (chance(0.6)) L.push(`${d.nmx(mom)} ${fd(dt, '/')} ${t()}`, `我直接转吧，我的卡是${mom.bank.s}的 ${d.card(mom)} 退款的话也退这张`);
    L.push(`${d.nmx(adv)} ${fd(dt, '/')} ${t()}`, '[文件] 月子服务合同_电子版.pdf');
  }
  emit(d, L.join('\n'));
}

// 11. SMS --------------------------------------------------------------------
function gSms() {
  const d = new Doc('sms');
  const C = pick(CITIES), ctr = pickCentre(), v = ri(0, 2), base = ri(0, 500);
  const L = [];
  if (v === 0) {
    const adv = P('staff', C, { male: false });
    L.push('发送时间,手机号码,短信内容,发送状态,计费条数');
    const rows = [];
    for (let i = 0; i < ri(8, 18); i++) {
      const p = P('mother', C), dt = day(base + ri(0, 7)), r = rnd();
      let msg;
      if (r < 0.3) msg = `【${ctr.short}】尊敬的${d.nm(p)}女士，您已成功预约${fd(day(dt.ord + 2), 'md')}${pick(['10:00', '14:00', '15:30'])}参观，顾问${d.nm(adv)} ${d.mob(adv)}竭诚为您服务。退订回T`;
      else if (r < 0.55) msg = `【${ctr.short}】验证码${d.k('sms_code', pad(ri(0, 999999), 6))}，用于登录${ctr.short}小程序，5分钟内有效。`;
      else if (r < 0.8) msg = `【${ctr.short}】${d.nmx(p)}妈妈您好，宝宝满月啦🎂 凭本短信到前台领取满月礼一份。`;
      else msg = `【${ctr.short}】您的合同${d.k('contract_no', mk.contract(abbrOf(ctr), dt))}已生成，请点击 https://s.${ctr.dom}/c/${mk.trace().slice(0, 6)} 查看并签署。`;
      rows.push([d.ts(mk.ts(dt)), d.mob(p), `"${msg}"`, pick(['成功', '成功', '成功', '失败:MK:100D', '成功']), msg.length > 70 ? 2 : 1].join(','));
    }
    L.push(...rows.sort().reverse());
  } else if (v === 1) {
    const a = P('nanny', C), ag = pick(AGENCIES), boss = P('mother', C);
    const port = d.k('sms_port', '10690' + digits(ri(7, 9)));
    L.push(`${port}`, `${fd(day(base), 'md')} ${hm()}`, `【${ag.n}】${d.titled(a.sur || a.name, '阿姨')}您好，您的入职体检已预约${fd(day(base + 3), 'md')}上午8点，${pick(C.hosp)}体检中心，请空腹携带身份证。`, '');
    L.push(`${fd(day(base + 5), 'md')} ${hm()}`, `【${ag.n}】上户通知：雇主${d.nm(boss)}，电话${d.mob(boss)}，地址${addr(C)}，${fd(day(base + 9), 'md')}上户。如有变动请联系派单老师。`, '');
    L.push(`${fd(day(base + 40), 'md')} ${hm()}`, `【${a.bank.s.replace(/信用卡$/, '')}】您${d.k('masked_card', '尾号' + a.card.slice(-4))}的储蓄卡${fd(day(base + 40), 'md')}${hm()}收入(工资)${money(pick([9800, 12600, 15800]))}.00元，${d.k('common_word', '余额')}${money(ri(10000, 60000))}.${pad(ri(0, 99), 2)}元。`);
  } else {
    const mom = P('mother', C), st = P('staff', C), dad = P('father', C), t = clock();
    L.push(`短信 · 与 ${d.mob(st, 'sp')} 的对话`, '');
    L.push(`${d.mob(st, 'sp')}  ${fd(day(base), 'md')} ${t()}`, `${d.nmx(mom)}宝妈您好，我是${ctr.short}顾问${d.nmx(st)}，您上次咨询的${d.k('package_name', pick(PKGS)[0])}本月有活动，方便的话回个电话～`);
    L.push(`我  ${fd(day(base), 'md')} ${t()}`, `好的，我老公${d.nmx(dad)}想先了解一下价格，你加他微信吧，手机号就是微信`);
    L.push(`${d.mob(st, 'sp')}  ${fd(day(base), 'md')} ${t()}`, '好的，麻烦发一下宝爸手机号');
    L.push(`我  ${fd(day(base), 'md')} ${t()}`, `${d.nm(dad)} ${d.mob(dad)}`);
  }
  emit(d, L.join('\n'));
}

// 12. 交班记录 ---------------------------------------------------------------
function gHandover() {
  const d = new Doc('handover');
  const C = pick(CITIES), ctr = pickCentre(), v = ri(0, 1), base = ri(0, 500), dt = day(base);
  const a = P('staff', C, { male: false }), b = P('staff', C, { male: false });
  const L = [];
  L.push(`${ctr.short} ${ri(2, 5)}F护理部 交班记录`, `${fd(dt)}　${pick(['夜班→白班', '白班→夜班'])}　交班人：${d.nm(a)}　接班人：${d.nm(b)}`, '');
  const n = ri(4, 9);
  if (v === 0) {
    L.push('房号 | 产妇 | 产后 | 宝宝 | 体重(g) | 黄疸 | 喂养 | 特殊情况');
    for (let i = 0; i < n; i++) {
      const mom = P('mother', C), dad = P('father', C), kid = P('baby', C, { sur: dad.surT || mom.surT, birth: day(base - ri(3, 20)) });
      const room = d.k('room_no', `${ri(2, 5)}${pad(ri(1, 20), 2)}`);
      const kname = chance(0.5) ? d.nm(kid) : d.k('baby_nickname', pick(NICKS));
      L.push(`${room} | ${d.nm(mom)} | 第${ri(3, 25)}天${pick(['(剖)', '(顺)'])} | ${kname} | ${d.k('weight', String(ri(2700, 4600)))}(${pick(['+', '-'])}${ri(5, 60)}) | ${(ri(50, 160) / 10).toFixed(1)} | ${pick(['母乳', '混合', '配方'])} | ${pick(['无', '伤口渗液，已通知医生', '乳头皲裂，涂羊脂膏', '宝宝红臀', '情绪低落，多关注', '02:30吐奶一次', '家属探视超时，已提醒'])}`);
    }
  } else {
    for (let i = 0; i < n; i++) {
      const mom = P('mother', C);
      const room = d.k('room_no', `${ri(2, 5)}${pad(ri(1, 20), 2)}`);
      L.push(`${room} ${d.nmx(mom)}：${pick(['剖宫产第5天，伤口干燥', '顺产第8天，恶露量少', '剖宫产第3天，下地活动可'])}，宝宝体重${d.k('weight', mk.weight())}，经皮黄疸${(ri(50, 160) / 10).toFixed(1)}，${pick(['奶量', '母乳'])}${pick(['足', '偏少，夜里加奶粉' + ri(30, 60) + 'ml'])}。`);
    }
    const x = P('mother', C);
    L.push('', `特殊：新入住 ${d.k('room_no', `${ri(2, 5)}${pad(ri(1, 20), 2)}`)} 客户 ${d.nm(x)}（联系电话 ${d.mob(x)}），${pick(['双胞胎', '早产儿36周', '妊娠期糖尿病，饮食控糖'])}，请重点关注。`);
    L.push(`${d.titled(pick(SUR)[0], '医生')}今天${pick(['上午', '下午'])}查房。奶粉 ${d.k('formula_brand', pick(BRANDS))} 库存不足，已报${d.titled(pick(SUR)[0], '主管')}。`);
  }
  L.push('', `交班人签字：${d.nm(a)}　　接班人签字：${d.nm(b)}`);
  emit(d, L.join('\n'));
}

// 13. 投诉 records ------------------------------------------------------------
function gComplaint() {
  const d = new Doc('complaint');
  const C = pick(CITIES), ctr = pickCentre(), v = ri(0, 2), base = ri(0, 500), dt = day(base);
  const L = [];
  const issues = ['月嫂玩手机不看宝宝', '月嫂私自给宝宝喂水', '夜班护士态度差', '餐食太咸，反映多次未改', '退定金拖延一个月', '宝宝红臀护理不及时', '房间空调噪音大', '阿姨上户第三天要求加钱', '承诺的产康项目没有安排'];
  if (v === 0) {
    const cust = P('mother', C), nanny = P('nanny', C), cs = P('staff', C);
    L.push(`${ctr.name} 客户投诉处理单`, `编号：${d.k('ticket_no', 'TS-' + dt.y + '-' + pad(ri(1, 200), 4))}　　受理时间：${mk.ts(dt)}`, '');
    L.push(`投诉人：${d.nm(cust)}　　联系电话：${d.mob(cust, mobStyle())}　　房号：${d.k('room_no', mk.room())}`);
    L.push(`被投诉对象：${d.k('nanny_title', pick(TITLES))} ${d.nm(nanny)}（工号${d.k('staff_no', mk.staffNo('YS'))}）`);
    L.push(`投诉内容：${pick(issues)}。客户情绪${pick(['激动', '较平稳'])}，要求${pick(['更换阿姨', '退还差价', '书面道歉', '减免3天费用'])}。`);
    L.push(`处理人：${d.nm(cs)}　　处理结果：${pick(['已更换阿姨，减免2天费用', '已书面致歉，客户接受', '赠送产康项目3次', '退还差价' + money(ri(5, 30) * 100) + '元'])}`);
    L.push(`回访：${fd(day(base + ri(2, 9)))} 电话回访，客户表示${pick(['满意', '基本满意', '仍有意见'])}。`);
  } else if (v === 1) {
    L.push('客诉登记表,,,,,,,', '编号,日期,客户,电话,渠道,类型,被投诉人,处理人,状态');
    const cs = [P('staff', C), P('staff', C)];
    for (let i = 0; i < ri(6, 14); i++) {
      const cust = P('mother', C), tgt = P('nanny', C);
      const cn = chance(0.2) ? d.titled(cust.sur || cust.name, '女士') : d.nm(cust);
      const tn = chance(0.3) ? d.k('staff_role', pick(['夜班护士', '厨房', '前台', '保洁'])) : d.nm(tgt);
      L.push([d.k('ticket_no', 'KS' + String(base).padStart(3, '0') + pad(i + 1, 3)), d.dt(fd(day(base + ri(0, 30)))), cn, chance(0.8) ? d.mob(cust) : d.mm(cust.mobile), pick(['电话', '微信', '大众点评', '当面', '12315']), pick(['服务态度', '餐饮', '卫生', '费用', '专业能力']), tn, d.nm(pick(cs)), pick(['已结案', '处理中', '已结案', '升级'])].join(','));
    }
  } else {
    const cust = P('mother', C), hand = P('staff', C);
    L.push(`${C.c}市12345政务服务便民热线 工单`, `工单编号：${d.k('ticket_no', String(dt.y).slice(2) + pad(dt.m, 2) + pad(dt.d, 2) + digits(6))}`, `来电时间：${mk.ts(dt)}`);
    L.push(`来电人：${d.nm(cust)}　　来电号码：${d.mob(cust)}　　是否保密：${pick(['是', '否'])}`);
    L.push(`诉求内容：来电人反映其于${fd(day(base - ri(20, 60)), 'cn')}与${pick(C.dist)}“${ctr.name}”签订月子服务合同并支付定金${d.k('price', money(pick([10000, 20000, 30000])) + '元')}，因${pick(['早产住院无法入住', '中心更换地址', '对方擅自涨价'])}要求退还，对方拖延不退，请求协调处理。`);
    L.push(`承办单位：${C.c}市${pick(C.dist)}市场监督管理局`, `承办人：${d.nm(hand)}　　办理时限：5个工作日`);
  }
  emit(d, L.join('\n'));
}

// 14. mini-program JSON -----------------------------------------------------
function gJson() {
  const d = new Doc('json');
  const C = pick(CITIES), ctr = pickCentre(), v = ri(0, 2), base = ri(0, 500), dt = day(base);
  let obj;
  if (v === 0) {
    const mom = P('mother', C), dad = P('father', C);
    obj = { code: 0, msg: 'success', data: {
      orderId: d.k('order_no', mk.order(dt)), status: pick(['PAID_DEPOSIT', 'SIGNED', 'WAIT_PAY']), createTime: +d.k('timestamp', mk.epoch(dt)),
      user: { openid: d.k('openid', mk.openid()), nickName: d.k('filler', '微信用户'), avatarUrl: `https://thirdwx.qlogo.cn/mmopen/vi_32/${mk.trace()}/132`, realName: d.nm(mom), phone: d.mob(mom), idCard: d.idn(mom, chance(0.1) ? 'lx' : ''), email: chance(0.75) ? d.mail(mom) : '' },
      family: [{ relation: '丈夫', name: d.nm(dad), mobile: d.mob(dad) }],
      booking: { centre: ctr.name, roomType: d.k('room_type', pick(ROOMS)), package: d.k('package_name', pick(PKGS)[0]), edd: d.k('date', fd(day(base + ri(20, 100)))), hospital: pick(C.hosp) },
      payment: { deposit: 10000, channel: 'wxpay', transactionId: d.k('txn_no', mk.wxTxn(dt)) } } };
  } else if (v === 1) {
    const list = [];
    for (let i = 0; i < ri(5, 12); i++) {
      const mom = P('mother', C), b = P('baby', C, { birth: randBirth(2023, 2025) });
      const masked = chance(0.3);
      list.push({ memberId: +d.k('member_id', String(ri(100000, 999999))), name: chance(0.1) ? d.k('filler', '微信用户') : d.nm(mom), mobile: masked ? d.mm(mom.mobile) : d.mob(mom), babyName: chance(0.6) ? d.nm(b) : d.k('baby_nickname', pick(NICKS)), babyBirthday: fd(b.birth), points: ri(0, 5000), level: d.k('member_level', pick(LEVELS)), lastVisit: +d.k('timestamp', mk.epoch(day(base + ri(0, 30)))) });
    }
    obj = { code: 200, data: { total: list.length + ri(100, 900), pageNo: 1, pageSize: list.length, list } };
  } else {
    const a = P('nanny', C), ag = pick(AGENCIES);
    obj = { success: true, result: {
      auntId: d.k('staff_no', mk.staffNo('A')), name: d.nm(a), level: d.k('nanny_title', pick(TITLES)), age: age(a, dt.y), hometown: pick(['四川', '湖南', '安徽', '河南', '江西']),
      idCardNo: d.idn(a, 'force18'), mobile: d.mob(a), bankCard: { bankName: a.bank.n, cardNo: d.card(a), holder: d.nm(a) },
      healthCert: { no: d.k('health_cert_no', mk.health(C.reg[0], dt, C.pv)), expire: fd(day(base + ri(30, 300))), img: d.k('asset_ref', `https://cdn.${ag.py}.com/upload/jkz_${ri(1000, 9999)}@2x.png`) },
      tags: ['会做月子餐', '有育婴师证', pick(['会催乳', '性格好', '普通话标准'])], price: { per26days: +d.k('price', String(pick([13800, 16800, 19800]))) },
      agency: ag.n } };
    if (ag.dk) d.k('company_name', ag.dk);
  }
  const pretty = chance(0.6);
  emit(d, JSON.stringify(obj, null, pretty ? 2 : 0));
}

// 15. printed PDF extracted as text -----------------------------------------
function splitAt(s, i) { return s.slice(0, i) + '\n' + s.slice(i); }
function gPdf() {
  const d = new Doc('pdftext');
  const C = pick(CITIES), ctr = pickCentre(), v = ri(0, 2), base = ri(0, 500), dt = day(base);
  const L = [];
  if (v === 0) {
    const mom = P('mother', C), dad = P('father', C), adv = P('staff', C);
    const idt = d.idn(mom), mt = d.mob(mom);
    L.push(`${ctr.name}`, '入住确认函', '', `尊敬的 ${d.nm(mom)} 女士：`, `感谢您选择${ctr.short}。您的入住信息确认如下：`);
    L.push(`产妇姓名 ${d.nm(mom)} 身份证号 ${chance(0.5) ? splitAt(idt, ri(6, 14)) : idt}`);
    L.push(`联系电话 ${mt} 家属 ${d.nm(dad)} ${d.mob(dad)}`);
    L.push(`房型 ${d.k('room_type', pick(ROOMS))} 房号 ${d.k('room_no', mk.room())} 入住 ${fd(day(base + ri(5, 40)))}`);
    L.push(`套餐 ${d.k('package_name', pick(PKGS)[0])}`, `合同编号 ${d.k('contract_no', mk.contract(abbrOf(ctr), dt))}`);
    L.push('', `第 1 页 共 2 页`, '\f');
    L.push('入住须知：1. 入住时请携带产妇及家属身份证原件；2. 探视时间 10:00-20:00；3. ……');
    L.push(`专属顾问 ${d.nm(adv)} ${d.mob(adv)} 前台 ${centreLand(d, C, ctr, 'sp')}`);
    if (chance(0.6)) L.push(`电子发票将发送至 ${d.mail(mom)}`);
    L.push(`${ctr.name}（盖章）`, fd(dt, 'cn'), '第 2 页 共 2 页');
  } else if (v === 1) {
    const a = P('nanny', C), rep = P('staff', C);
    const idt = d.idn(a, 'force18');
    L.push(`${pick(C.hosp)}`, '从业人员健康体检报告', `体检编号：${d.k('exam_no', fd(dt, 'c') + pad(ri(1, 9999), 4))}`, '');
    L.push(`姓 名：${d.nm(a, 'sp')} 性 别：女 年 龄：${age(a, dt.y)}`, `身份证号：${splitAt(idt, 10)}`);
    L.push(`联系电话：${d.mob(a)} 工作单位：${pick(AGENCIES).n}`, `体检类别：${pick(['家政服务人员', '公共场所从业人员'])}`);
    L.push('检查项目 结果 参考', '乙肝表面抗原 阴性(-) 阴性', '梅毒螺旋体抗体 阴性(-) 阴性', `胸部DR 未见明显异常`, '粪便培养（沙门氏菌、志贺氏菌） 未检出', '');
    L.push(`结论：合格　　健康证编号：${d.k('health_cert_no', mk.health(C.reg[0], dt, C.pv))}`, `主检医师：${d.nm(rep)}　　报告日期：${fd(day(base + 3), 'cn')}`);
    L.push('本报告仅对本次检查负责', '1/1');
  } else {
    const mom = P('mother', C), b = P('baby', C, { birth: day(base - ri(28, 45)) }), nurse = P('staff', C);
    L.push(`${ctr.name}`, '母婴出所小结', '');
    L.push(`产妇：${d.nm(mom)}　年龄：${age(mom, dt.y)}　联系电话：${d.mob(mom, 'sp')}`);
    L.push(`宝宝：${d.nm(b)}　性别：${b.male ? '男' : '女'}　出生日期：${fd(b.birth)}`);
    L.push(`入所体重：${d.k('weight', mk.weight())}　出所体重：${d.k('weight', mk.weight())}　身长：${d.k('length', mk.length())}`);
    L.push(`喂养方式：${pick(['纯母乳', '混合喂养'])}　奶粉：${d.k('formula_brand', pick(BRANDS))}${ri(1, 3)}段`);
    L.push('产妇恢复情况：子宫复旧良好，恶露已净，伤口愈合良好。建议产后42天到医院复查，', '并进行盆底功能评估。');
    L.push(`责任护士：${d.nm(nurse)}`, `出所日期：${fd(dt)}`, '—— 1 ——');
  }
  emit(d, L.join('\n'));
}

// 16. mail -------------------------------------------------------------------
function gMail() {
  const d = new Doc('mail');
  const C = pick(CITIES), ctr = pickCentre(), v = ri(0, 3), base = ri(0, 500), dt = day(base);
  const L = [];
  const date = `${fd(dt, 'cn')} ${hm()}`;
  if (v === 0) {
    const mom = P('mother', C), dad = P('father', C), adv = P('staff', C, { male: false });
    const advMail = `${adv.py}@${ctr.dom}`;
    L.push(`发件人: ${d.nm(mom)} <${d.mail(mom)}>`, `收件人: ${d.nm(adv)} <${d.mail(advMail)}>`, `主题: 回复：入住资料补充`, `时间: ${date}`, '');
    L.push(`${d.titled(adv.sur || adv.name, '顾问')}您好，`, '按您说的补充资料如下：');
    L.push(`我老公：${d.nm(dad)}，身份证 ${d.idn(dad)}，手机 ${d.mob(dad)}`);
    L.push(`我的身份证上次已经拍照发您了，号码是 ${d.idn(mom)}`);
    if (chance(0.5)) L.push(`定金是用我的${mom.bank.s}卡付的，卡号 ${d.card(mom, 'sp4')}，如果后面有退款麻烦原路退回。`);
    L.push('另外想问下能不能带家里的阿姨一起入住？', '', '谢谢！', d.nm(mom), '', `------------------ 原始邮件 ------------------`, `发件人: ${d.nm(adv)}<${advMail}>`, `发送时间: ${fd(day(base - 1), 'cn')}`);
    L.push(`${d.nmx(mom)}宝妈您好，合同需要您和家属的身份信息，麻烦补充一下～`, `${d.nm(adv)} | ${ctr.name} | ${d.mob(adv)}`);
  } else if (v === 1) {
    const ag = pick(AGENCIES), hr = P('staff', C, { male: false }), partner = P('boss', C);
    const hrMail = `hr@${ag.py}jz.com`, pMail = partner.email;
    L.push(`From: ${d.nm(hr)} <${d.mail(hrMail)}>`, `To: ${d.mail(pMail)}`, `Subject: 本周可上户阿姨资料（${fd(dt, 'm/d')}）`, `Date: ${date}`, '');
    L.push(`${d.titled(partner.sur || partner.name, '总')}好，`, '', `附上本周可以上户的阿姨资料，麻烦安排客户面试：`, '');
    for (let i = 0; i < ri(3, 6); i++) {
      const a = P('nanny', C);
      L.push(`${i + 1}. ${d.nm(a)}，${age(a, dt.y)}岁，${d.k('nanny_title', pick(TITLES))}，身份证 ${d.idn(a)}，电话 ${d.mob(a, pick(['plain', 'dash']))}，档期 ${d.dt(fd(day(base + ri(3, 20)), 'm/d'))} 起`);
    }
    L.push('', '健康证和证书扫描件见附件。', '', `${d.nm(hr)}`, `${ag.n} 人事部`, `Tel: ${centreLand(d, C, ctr, pick(['-', 'sp', 'par']))}`);
  } else if (v === 2) {
    const fin = P('staff', C), bankGuy = P('staff', C);
    L.push(`发件人: 财务部 <${d.mail('finance@' + ctr.dom)}>`, `收件人: ${d.nm(bankGuy)} <${d.mail(bankGuy.email)}>`, `主题: ${ctr.short} ${dt.m}月退款批量代付清单`, `日期: ${date}`, '');
    L.push(`${d.titled(bankGuy.sur || bankGuy.name, '经理')}：`, '', '以下为本月需退款客户，请协助批量代付，谢谢。', '');
    L.push('姓名\t卡号\t开户行\t金额\t备注');
    for (let i = 0; i < ri(4, 10); i++) {
      const m = P('mother', C);
      L.push([d.nm(m), d.card(m), m.bank.n, d.pr(pick(['5000.00', '2680.00', '12000.00', '860.00', '3400.00', '7200.00'])), pick(['提前出所', '定金退还', '产康未用', '多收差价'])].join('\t'));
    }
    L.push('', `${d.nm(fin)}`, `${ctr.name} 财务部`, `电话：${centreLand(d, C, ctr)}`);
  } else {
    const ed = pick(EDU), mgr = P('staff', C), br = P('staff', C);
    L.push(`发件人：${d.nm(mgr)} <${d.mail(mgr.email)}>`, `收件人：${d.nm(br)} <${d.mail(br.email)}>`, `主题：转：${pick(C.dist)}校区本周试听名单`, `时间：${date}`, '');
    L.push(`${d.nmx(br)}：`, '总部这周收到的试听预约转给你们校区，请48小时内回访，回访结果填到共享表里。', '');
    L.push('家长\t电话\t宝宝小名\t月龄\t来源\t邮箱');
    for (let i = 0; i < ri(4, 9); i++) {
      const p = P('parent', C);
      L.push([d.nm(p), d.mob(p, pick(['plain', 'sp'])), d.k('baby_nickname', pick(NICKS)), ri(6, 36) + '个月', pick(['抖音', '小红书', '大众点评', '老带新']), chance(0.6) ? d.mail(p) : '—'].join('\t'));
    }
    L.push('', `${d.nm(mgr)}`, `${ed.n} 市场部`);
    if (ed.dk) d.k('company_name', ed.dk);
  }
  emit(d, L.join('\n'));
}

// 17. OCR'd paper -------------------------------------------------------------
function ocrBreak(id) { // OCR read 0 as O / 1 as l: a reader can still guess, a detector should not rely on it
  let s = id, n = 0;
  for (let i = 3; i < 17 && n < 2; i++) { if (s[i] === '0' && chance(0.5)) { s = s.slice(0, i) + 'O' + s.slice(i + 1); n++; } else if (s[i] === '1' && chance(0.4)) { s = s.slice(0, i) + 'l' + s.slice(i + 1); n++; } }
  return n ? s : s.slice(0, 8) + 'O' + s.slice(9);
}
function gOcr() {
  const d = new Doc('ocr');
  const C = pick(CITIES), v = ri(0, 3), base = ri(0, 500), dt = day(base);
  const L = [];
  const conf = () => (ri(80, 99) / 100).toFixed(2);
  if (v === 0) {
    const p = chance(0.5) ? P('nanny', C) : P('mother', C);
    const id18 = p.id;
    const mode = pick(['clean', 'clean', 'spaced', 'broken']);
    let idTxt;
    if (mode === 'clean') idTxt = d.idn(p, 'force18');
    else if (mode === 'spaced') { d.e('cn_resident_id', id18); idTxt = id18.slice(0, 6) + ' ' + id18.slice(6, 14) + ' ' + id18.slice(14); }
    else { d.dc('cn_resident_id', id18); idTxt = ocrBreak(id18); }
    L.push(`[扫描件OCR] 身份证复印件_${p.py}.jpg  置信度${conf()}`, '');
    L.push(`姓 名 ${d.nm(p)}`, `性 别 女  民 族 汉`, `出 生 ${p.birth.y} 年 ${p.birth.m} 月 ${p.birth.d} 日`);
    L.push(`住 址 ${addr(C).replace(/(.{14})/, '$1\n      ')}`, '', `公民身份号码 ${idTxt}`, '');
    L.push('中华人民共和国', '居 民 身 份 证', `签发机关 ${C.c}市公安局${pick(C.dist)}分局`, `有效期限 ${fd(day(base - ri(400, 3000)), '.')}-${pick(['长期', fd(day(base + ri(300, 3000)), '.')])}`);
    L.push('', pick(['（本复印件仅供月子中心入住登记使用，再复印无效）', '仅供家政服务合同使用', '仅供育婴员培训报名使用']));
  } else if (v === 1) {
    const a = P('nanny', C);
    L.push(`OCR结果（健康证.png，置信度${conf()}）`, '健康证明', 'Health Certificate', '');
    L.push(`姓名：${d.nm(a)}  性别：女  年龄：${age(a, dt.y)}`);
    L.push(`身份证号：${d.idn(a, 'force18')}`);
    L.push(`体检日期：${fd(dt, '.')}  有效期至：${fd(day(base + 364), '.')}`, `编号：${d.k('health_cert_no', mk.health(C.reg[0], dt, C.pv))}`);
    L.push(`发证机关：${C.c}市${pick(C.dist)}疾病预防控制中心`, '从业类别：家政服务');
  } else if (v === 2) {
    const mom = P('mother', C), dad = P('father', C), ed = pick(EDU);
    const ph = chance(0.6) ? d.mob(mom, 'sp') : d.mob(mom);
    L.push('【手写表单识别】', `${ed.n} 试 听 登 记 表`, '');
    L.push(`宝宝姓名：${d.k('baby_nickname', pick(NICKS))}（小名）  月龄：${ri(8, 30)}个月`);
    L.push(`家长姓名：${d.nm(mom)}  与宝宝关系：妈妈`, `电 话：${ph}`, `家长2：${d.nm(dad)} 电话：${d.mob(dad)}`);
    L.push(`住址/小区：${pick(C.xq)}`, `邮箱：${d.mail(mom)}`, `从何得知：☑朋友推荐 □地推 □小红书 □其他`);
    L.push(`签名：${d.nm(mom)}  日期：${fd(dt, 'm/d')}`);
  } else {
    const p = P('nanny', C, { birth: randBirth(1970, 1992) });
    L.push(`[补贴申领材料 OCR] 第1页：身份证正面`, `姓名 ${d.nm(p)}`, `公民身份号码 ${d.idn(p, 'force18')}`, '');
    L.push('第2页：银行卡正面', `${p.bank.n}`, p.bank.n === '中国建设银行' ? '龙卡储蓄卡' : '借记卡 DEBIT', d.card(p, 'sp4'), `${p.py.toUpperCase()}`, '银联 UnionPay', '');
    L.push('第3页：申请表', `申请人：${d.nm(p)}  联系电话：${d.mob(p)}`, `申请补贴类型：职业技能提升补贴（育婴员）`, `申请金额：${d.k('price', pick(['1000', '1500', '2000']))}元`);
  }
  emit(d, L.join('\n'));
}

// 18. XML --------------------------------------------------------------------
const xe = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
function gXml() {
  const d = new Doc('xml');
  const C = pick(CITIES), v = ri(0, 2), base = ri(0, 500), dt = day(base);
  const L = ['<?xml version="1.0" encoding="UTF-8"?>'];
  if (v === 0) {
    L.push(`<BirthRegList exportTime="${d.k('timestamp', mk.ts(dt))}" org="${xe(pick(C.hosp))}">`);
    for (let i = 0; i < ri(3, 8); i++) {
      const mom = P('mother', C), dad = P('father', C), b = P('baby', C, { sur: dad.surT || mom.surT, birth: day(base - ri(0, 3)) });
      const named = chance(0.4);
      L.push('  <Record>');
      L.push(named ? `    <ChildName>${d.nm(b)}</ChildName>` : `    <ChildName>${d.nmx(mom.name + '之' + (b.male ? '子' : '女'))}</ChildName>`);
      L.push(`    <Sex>${b.male ? 1 : 2}</Sex>`, `    <BirthTime>${fd(b.birth)}T${hms()}</BirthTime>`, `    <Weight unit="g">${d.k('weight', String(ri(2500, 4300)))}</Weight>`);
      L.push(`    <BirthCertNo>${d.k('birth_cert_no', mk.birthCert())}</BirthCertNo>`);
      L.push(`    <MotherName>${d.nm(mom)}</MotherName>`, `    <MotherIdNo>${d.idn(mom)}</MotherIdNo>`);
      if (chance(0.8)) L.push(`    <FatherName>${d.nm(dad)}</FatherName>`, `    <FatherIdNo>${d.idn(dad)}</FatherIdNo>`);
      L.push(`    <ContactTel>${d.mob(chance(0.5) ? mom : dad)}</ContactTel>`, '  </Record>');
    }
    L.push('</BirthRegList>');
  } else if (v === 1) {
    const msgs = [];
    for (let i = 0; i < ri(4, 9); i++) {
      const p = P('mother', C), t = day(base + ri(0, 20));
      const named = chance(0.6);
      const rt = pick(ROOMS);
      const body = pick([`你好，我是${named ? p.name : '上次来参观的'}，想问下${rt}还有没有`, '好的，那我下午过去', '定金已转，麻烦查收', '宝宝黄疸又高了怎么办', '谢谢你们这一个月的照顾❤️']);
      if (body.includes(rt)) d.k('room_type', rt);
      const ep = epochMs(t), lt = new Date(ep + 8 * 3600e3);
      const rd = `${lt.getUTCFullYear()}/${lt.getUTCMonth() + 1}/${lt.getUTCDate()} ${pad(lt.getUTCHours(), 2)}:${pad(lt.getUTCMinutes(), 2)}:${pad(lt.getUTCSeconds(), 2)}`;
      msgs.push(`  <sms protocol="0" address="${d.mob(p, pick(['+86n', 'plain']))}" date="${d.k('timestamp', String(ep))}" type="${pick([1, 2])}" body="${xe(body)}" read="1" status="-1" locked="0" date_sent="0" readable_date="${rd}" contact_name="${named ? d.nm(p) : '(Unknown)'}" />`);
    }
    L.push(`<!--File Created By SMS Backup & Restore v10.18.002 on ${fd(dt, '/')} ${hms()}-->`, `<smses count="${msgs.length}" backup_set="${mk.trace().slice(0, 8)}" backup_date="${d.k('timestamp', mk.epoch(dt))}" type="full">`, ...msgs, '</smses>');
  } else {
    const shop = pick(SHOPS);
    L.push(`<MemberSync source="${shop.py.toUpperCase()}-POS" batch="${d.k('order_no', mk.orderAlpha(dt))}">`);
    for (let i = 0; i < ri(4, 10); i++) {
      const mom = P('mother', C), b = P('baby', C, { birth: randBirth(2023, 2025) });
      L.push('  <Member>', `    <CardNo>${d.k('member_card', mk.member())}</CardNo>`, `    <Name>${d.nm(mom)}</Name>`, `    <Mobile>${d.mob(mom)}</Mobile>`);
      if (chance(0.5)) L.push(`    <Email>${d.mail(mom)}</Email>`);
      L.push(`    <BabyName>${chance(0.6) ? d.nm(b) : d.k('baby_nickname', pick(NICKS))}</BabyName>`, `    <BabyBirthday>${d.dt(fd(b.birth))}</BabyBirthday>`, `    <Level>${d.k('member_level', pick(LEVELS))}</Level>`, `    <Store>${d.k('store_name', pick(STORES))}</Store>`, '  </Member>');
    }
    L.push('</MemberSync>');
  }
  emit(d, L.join('\n'));
}

// 19. backend logs -----------------------------------------------------------
function gLog() {
  const d = new Doc('log');
  const C = pick(CITIES), ctr = pickCentre(), base = ri(0, 500), dt = day(base);
  const L = [];
  let h = ri(8, 20), m = ri(0, 50), s = 0;
  const ts = () => { s += ri(0, 9); if (s > 59) { s -= 60; m++; } if (m > 59) { m -= 60; h++; } return `${fd(dt)} ${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}.${pad(ri(0, 999), 3)}`; };
  const th = () => `[http-nio-8080-exec-${ri(1, 20)}]`;
  for (let i = 0; i < ri(8, 16); i++) {
    const p = P('mother', C), r = rnd(), tr = d.k('trace_id', mk.trace());
    if (r < 0.25) L.push(`${ts()} INFO  ${th()} c.y.mp.web.BookingController - submit booking req={"name":"${d.nm(p)}","mobile":"${d.mob(p)}","edd":"${fd(day(base + ri(20, 90)))}","roomType":"${d.k('room_type', pick(ROOMS))}"} traceId=${tr}`);
    else if (r < 0.4) L.push(`${ts()} WARN  [sms-pool-${ri(1, 4)}] c.y.mp.sms.AliSmsSender - send failed mobile=${d.mm(p.mobile)} code=isv.BUSINESS_LIMIT_CONTROL traceId=${tr}`);
    else if (r < 0.55) L.push(`${ts()} INFO  [pay-notify-${ri(1, 3)}] c.y.mp.pay.WxPayNotifyHandler - paid out_trade_no=${d.k('order_no', mk.orderAlpha(dt))} transaction_id=${d.k('txn_no', mk.wxTxn(dt))} total_fee=${pick([500000, 1000000, 2000000])} openid=${d.k('openid', mk.openid())}`);
    else if (r < 0.68) L.push(`${ts()} ERROR ${th()} c.y.mp.web.MemberController - realname verify failed name=${d.nm(p)} idCard=${d.k('id_bad_check', badId(p.id))} reason=ID_CHECKSUM_MISMATCH traceId=${tr}`);
    else if (r < 0.78) L.push(`${ts()} INFO  ${th()} c.y.mp.web.MemberController - bind email ok userId=${d.k('member_id', String(ri(100000, 999999)))} email=${d.mail(p)}`);
    else if (r < 0.86) L.push(`${ts()} DEBUG ${th()} c.y.mp.service.RefundService - refund to card holder=${d.nm(p)} cardNo=${chance(0.5) ? d.card(p) : d.k('masked_card', p.card.slice(0, 6) + '******' + p.card.slice(-4))} amount=${pick(['5000.00', '2680.00', '12000.00'])}`);
    else if (r < 0.93) L.push(`${ts()} INFO  ${th()} c.y.mp.web.ContractController - esign created contractNo=${d.k('contract_no', mk.contract(abbrOf(ctr), dt))} signer=${d.nm(p)} signerIdNo=${d.idn(p)} signerMobile=${d.mob(p)}`);
    else L.push(`${ts()} INFO  [scheduler-1] c.y.mp.job.CheckoutReminderJob - pushed ${ri(3, 30)} reminders cost=${ri(20, 900)}ms`);
  }
  emit(d, L.join('\n'));
}

// 20. 会议纪要 ---------------------------------------------------------------
function gMinutes() {
  const d = new Doc('minutes');
  const C = pick(CITIES), ctr = pickCentre(), base = ri(0, 500), dt = day(base);
  const host = P('boss', C), staff = Array.from({ length: ri(3, 6) }, () => P('staff', C)), rec = staff[0];
  const wk = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'][new Date(Date.UTC(dt.y, dt.m - 1, dt.d)).getUTCDay()];
  const L = [];
  L.push('会议纪要', `会议名称：${dt.m}月第${ri(1, 4)}周运营例会`, `时间：${fd(dt, 'cn')}（${d.k('common_word', wk)}）14:00-15:30`, `地点：${d.k('room_name', pick(['3楼会议室', '多功能厅', '行政办公室']))}`);
  L.push(`主持人：${d.nm(host)}`, `参会人：${staff.map((p) => d.nm(p)).join('、')}`, `记录人：${d.nm(rec)}`, '');
  const cust = P('mother', C), nn = P('nanny', C), good = P('nanny', C);
  L.push('一、入住情况', `本周入住${ri(3, 9)}户，出所${ri(2, 8)}户，入住率${ri(68, 96)}%。${d.k('room_type', pick(ROOMS))}下月已满。`, '');
  L.push('二、客诉', `1. ${ri(2, 5)}${pad(ri(1, 20), 2)}房${d.titled(cust.sur || cust.name, '女士')}反映夜班护士换得太频繁，由${d.nm(staff[1])}跟进，本周内给出固定排班方案。`);
  L.push(`2. 外派${d.k('nanny_title', pick(TITLES))}${d.nmx(nn)}被雇主投诉玩手机，已约谈，扣当月绩效。`, '');
  L.push('三、表扬', `${d.nmx(good)}阿姨获客户赠送锦旗，奖励${d.k('price', '500元')}。`, '');
  L.push('四、财务', `本月应收${d.k('price', money(ri(80, 300) * 10000) + '元')}，已收${ri(60, 95)}%。${d.k('package_name', pick(PKGS)[0])}分期客户${ri(2, 9)}户，逾期1户（${d.k('masked_name', mask.name(P('mother', C).name))}）。`, '');
  L.push('五、下周安排', `${d.k('common_word', pick(['周三', '周四']))}消防演练；${d.k('common_word', '周五')}营养师新菜单试吃；新员工入职培训由${d.nm(staff[2] || staff[1])}负责。`);
  L.push('', `（纪要人：${d.nm(rec)}　${fd(dt, '/')}）`);
  emit(d, L.join('\n'));
}

// 21. 阿姨档期表 (fixed width) ----------------------------------------------
function gSchedule() {
  const d = new Doc('schedule');
  const C = pick(CITIES), ag = pick(AGENCIES), base = ri(0, 500), dt = day(base), upd = P('staff', C, { male: false });
  if (ag.dk) d.k('company_name', ag.dk);
  const L = [];
  L.push(`${ag.n}  阿姨档期表（${dt.y}年${dt.m}月）        更新人：${d.nm(upd)}  更新：${fd(dt)}`, '');
  L.push('编号    姓名        级别          电话             当前状态              下一档期');
  for (let i = 0; i < ri(8, 18); i++) {
    const a = P('nanny', C);
    const name = d.nm(a, chance(0.5) ? 'pad' : '');
    const st = pick(['上户中', '上户中', '空档', '请假', '培训中']);
    L.push(`${d.k('staff_no', mk.staffNo('YS')).padEnd(8)}${name.padEnd(6, '　')}${d.k('nanny_title', pick(TITLES)).padEnd(7, '　')}${d.mob(a, pick(['sp', 'plain'])).padEnd(17)}${(st + (st === '上户中' ? `(${fd(day(base + ri(3, 25)), 'm/d')}下户)` : '')).padEnd(16, ' ')}${d.dt(fd(day(base + ri(5, 40)), 'm/d'))}起可接`);
  }
  L.push('', '注：档期以派单老师确认为准，资料外发前请隐去身份证号。');
  emit(d, L.join('\n'));
}

// 22. 产后修复 ------------------------------------------------------------------
function gPostpartum() {
  const d = new Doc('postpartum');
  const C = pick(CITIES), st = pick(STUDIOS), v = ri(0, 2), base = ri(0, 500), dt = day(base);
  if (st.dk) d.k('company_name', st.dk);
  const L = [];
  if (v === 0) {
    const mom = P('mother', C), dad = P('father', C), th = P('staff', C, { male: false });
    const svc = [pick(SERVICES), pick(SERVICES), pick(SERVICES)].filter((x, i, a) => a.indexOf(x) === i);
    L.push(`${st.n} · 客户档案`, `档案号：${d.k('member_card', 'CK' + fd(dt, 'c') + pad(ri(1, 99), 3))}`, '');
    L.push(`姓名：${d.nm(mom)}　年龄：${age(mom, dt.y)}　电话：${d.mob(mom, mobStyle())}`);
    if (chance(0.5)) L.push(`身份证：${d.idn(mom)}`);
    L.push(`生产日期：${fd(day(base - ri(42, 200)))}　分娩方式：${pick(['顺产', '剖宫产'])}　胎次：${pick(['一胎', '二胎'])}`);
    L.push(`评估：腹直肌分离 ${pick(['1.5', '2', '2.5', '3'])}指；盆底肌力 ${pick(['Ⅰ', 'Ⅱ', 'Ⅲ'])}级；${pick(['骨盆前倾', '耻骨联合分离', '无明显异常'])}`);
    L.push(`项目：${svc.map((x) => d.k('service_name', x) + '×' + ri(3, 12)).join('、')}`);
    L.push(`疗程卡余额：${d.k('price', money(ri(10, 120) * 100) + '元')}　付款卡号：${d.card(mom, pick(['plain', 'sp4']))}`);
    L.push(`康复师：${d.nm(th)}　紧急联系人：${d.nm(dad)}（丈夫）${d.mob(dad)}`);
  } else if (v === 1) {
    L.push(`${st.n} 预约表 ${fd(dt)}`, '时间\t客户\t电话\t项目\t康复师\t房间\t状态');
    const ths = [P('staff', C, { male: false }), P('staff', C, { male: false })];
    let slot = ri(18, 22);
    for (let i = 0; i < ri(6, 14); i++) {
      const mom = P('mother', C);
      slot += ri(0, 2);
      L.push([`${pad(Math.floor(slot / 2), 2)}:${slot % 2 ? '30' : '00'}`, d.nm(mom), chance(0.8) ? d.mob(mom) : d.mm(mom.mobile), d.k('service_name', pick(SERVICES)), d.nm(pick(ths)), d.k('room_no', `${pick(['A', 'B', 'VIP'])}${ri(1, 8)}`), pick(['已到店', '未到', '已完成', '改约'])].join('\t'));
    }
  } else {
    L.push(`美团团购核销记录（${st.n}）`, '核销时间,券码,套餐,顾客,手机,核销员');
    const op = P('staff', C);
    for (let i = 0; i < ri(6, 14); i++) {
      const mom = P('mother', C);
      L.push([d.ts(mk.ts(day(base + ri(0, 20)))), d.k('coupon_code', mk.coupon()), d.k('service_name', pick(SERVICES)) + '体验1次', chance(0.7) ? d.nm(mom) : d.mname(mom.name), chance(0.6) ? d.mm(mom.mobile) : d.mob(mom), d.nm(op)].join(','));
    }
  }
  emit(d, L.join('\n'));
}

// 23. 销售跟进 notes ------------------------------------------------------------
function gFollowup() {
  const d = new Doc('followup');
  const C = pick(CITIES), ctr = pickCentre(), base = ri(0, 500);
  const adv = P('staff', C, { male: false });
  const L = [`${ctr.short} 客户跟进记录（顾问：${d.nm(adv)}）`, ''];
  for (let i = 0; i < ri(2, 5); i++) {
    const mom = P('mother', C), dad = P('father', C), d0 = day(base + ri(0, 30));
    L.push(`客户：${d.nm(mom)}　电话：${d.mob(mom, pick(['plain', 'sp', 'dash']))}　预产期：${d.k('date', fd(day(d0.ord + ri(30, 120)), 'm.d'))}　意向：${d.k('room_type', pick(ROOMS))}　来源：${pick(CHANNELS)}`);
    const who = pick(['老公', '婆婆', '妈妈', '老公']);
    L.push(`${fd(d0, 'm/d')} 首次到店参观，${who === '老公' && chance(0.6) ? '老公' + d.titled(dad.sur || dad.name, '先生') : who}陪同，对价格比较敏感，对比了隔壁${pick(['两家', '一家'])}`);
    L.push(`${fd(day(d0.ord + ri(2, 5)), 'm/d')} 微信回访，${pick(['婆婆想让她回老家坐月子，还在犹豫', '说要等老公年终奖发了再定', '问能不能带自己的月嫂', '对餐食很满意，担心噪音'])}`);
    if (chance(0.5)) L.push(`${fd(day(d0.ord + ri(6, 10)), 'm/d')} 老公${d.nm(dad)}加了微信（${d.mob(dad)}），发了${d.k('package_name', pick(PKGS)[0])}报价`);
    if (chance(0.5)) L.push(`${fd(day(d0.ord + ri(11, 15)), 'm/d')} 交定金${pick(['5000', '10000'])}，刷卡${d.k('masked_card', '尾号' + mom.card.slice(-4))}，合同号${d.k('contract_no', mk.contract(abbrOf(ctr), d0))}`);
    else L.push(`${fd(day(d0.ord + ri(11, 15)), 'm/d')} 电话未接，${d.k('common_word', pick(['周末', '周一']))}再跟`);
    L.push('');
  }
  emit(d, L.join('\n'));
}


// 24. 月子餐 菜单 -------------------------------------------------------------
const DISH_D = ['黄芪乌鸡汤', '王不留行炖猪蹄', '杜仲炖猪腰', '田七炖鸡', '陈皮红豆沙', '石斛炖花胶', '党参炖排骨', '黄豆猪蹄汤', '花生猪脚汤', '白果腐竹粥', '高汤娃娃菜', '姜枣茶', '金针菇肥牛', '葛根粉粥', '桂圆红枣茶', '马蹄糕', '龙眼肉小米粥', '江米酒酿蛋', '丁香鱼干蒸蛋', '牛肉丸汤'];
const DISH_P = ['小米南瓜粥', '红枣银耳羹', '酒酿蛋', '鲫鱼豆腐汤', '清蒸鲈鱼', '番茄炒蛋', '蒸蛋羹', '木瓜炖奶', '紫薯燕麦粥', '虾仁蒸蛋', '麻油猪肝', '蒸南瓜', '山药排骨汤', '清炒菜心', '莲子百合羹'];
function gMenu() {
  const d = new Doc('menu');
  const C = pick(CITIES), ctr = pickCentre(), base = ri(0, 500), dt = day(base);
  const nut = P('staff', C, { male: false }), chk = P('staff', C);
  const L = [];
  L.push(`${ctr.short} 第${ri(1, 6)}周月子餐菜单（${pick(['产后第1周·排恶露', '产后第2周·收缩调理', '产后第3周·滋补催乳', '产后第4周·进补'])}）`, `营养师：${d.nm(nut)}　　审核：${d.nm(chk)}　　执行日期：${d.dt(fd(dt))} 起`, '');
  L.push('       早餐              午餐                  下午茶            晚餐');
  for (const wd of ['周一', '周二', '周三', '周四', '周五', '周六', '周日']) {
    const cell = () => (chance(0.55) ? d.k('dish_name', pick(DISH_D)) : pick(DISH_P));
    L.push(`${d.k('common_word', wd)}   ${cell().padEnd(9, '　')} ${cell()}、${pick(DISH_P).padEnd(8, '　')} ${cell().padEnd(8, '　')} ${cell()}`);
  }
  L.push('', `说明：剖宫产妈妈第1周忌${d.k('dish_name', pick(['黄豆猪蹄汤', '花生猪脚汤']))}；对海鲜过敏请提前告知${d.titled(pick(SUR)[0], '师傅')}（厨师长）。`);
  if (chance(0.5)) { const m = P('mother', C); L.push(`特殊餐：${d.k('room_no', mk.room())} ${d.nm(m)} 妊娠糖尿病，控糖餐，不加${d.k('dish_name', '桂圆红枣茶')}。`); }
  emit(d, L.join('\n'));
}

// 25. 物资领用 / 出入库 --------------------------------------------------------
const GOODS = [['惠氏启赋1段', '900g/罐', 398, 'formula_brand', '惠氏启赋'], ['金领冠珍护1段', '800g/罐', 318, 'formula_brand', '金领冠'], ['君乐宝至臻1段', '800g/罐', 268, 'formula_brand', '君乐宝'], ['花王纸尿裤NB', '90片/包', 139, 'product', '花王纸尿裤'], ['贝亲宽口奶瓶', '240ml', 129, 'product', '贝亲宽口奶瓶'], ['戴可思护臀膏', '50g', 59, 'product', '戴可思护臀膏'], ['一次性产褥垫', '10片/包', 29, null], ['婴儿棉柔巾', '100抽', 12, null], ['医用碘伏棉签', '50支', 8, null], ['贝因美米粉', '225g', 45, 'formula_brand', '贝因美'], ['乳头保护霜', '10g', 88, null], ['防溢乳垫', '100片', 49, null]];
function gInventory() {
  const d = new Doc('inventory');
  const C = pick(CITIES), ctr = pickCentre(), base = ri(0, 500), dt = day(base);
  const keeper = P('staff', C), takers = [P('staff', C, { male: false }), P('staff', C, { male: false }), P('staff', C, { male: false })];
  const L = [];
  const v = ri(0, 1);
  L.push(`${ctr.short} ${v ? '母婴用品入库单' : '物资领用登记（' + ri(2, 5) + 'F护理部）'}  ${dt.y}年${dt.m}月`, '');
  L.push(v ? '日期,品名,规格,批号,有效期至,数量,单价,金额,供应商,验收人' : '日期    品名              规格        批号          有效期至      数量  单价     领用人   经手人');
  for (let i = 0; i < ri(8, 16); i++) {
    const g = pick(GOODS), q = ri(1, v ? 40 : 6), day1 = day(base + ri(0, 28));
    if (g[3]) d.k(g[3], g[4]);
    const batch = d.k('batch_no', pick([() => pick(['DY', 'LT', 'PH']) + String(day1.y).slice(2) + pad(day1.m, 2) + digits(4), () => fd(day(base - ri(30, 200)), 'c') + pick(['A', 'B', 'C']), () => 'L' + digits(7)])());
    const exp = d.dt(fd(day(base + ri(200, 900))));
    if (v) L.push([fd(day1), g[0], g[1], batch, exp, q, d.pr(g[2] + '.00'), d.pr(g[2] * q + '.00'), pick(['某某母婴用品有限公司', '区域经销商', '品牌直供']), d.nm(keeper)].join(','));
    else L.push(`${fd(day1, 'm/d').padEnd(6)}  ${g[0].padEnd(10, '　')}  ${g[1].padEnd(10)}  ${batch.padEnd(12)}  ${exp}    ${String(q).padEnd(3)}  ${d.pr(g[2] + '.00').padEnd(7)}  ${d.nm(pick(takers))}  ${d.nm(keeper)}`);
  }
  L.push('', `仓管：${d.nm(keeper)}　　核对：${d.k('filler', '护士长')}`);
  emit(d, L.join('\n'));
}


// 26. 阿姨工资代发 ----------------------------------------------------------------
function gPayroll() {
  const d = new Doc('payroll');
  const C = pick(CITIES.filter((c) => c.ac !== '0991')), ag = pick(AGENCIES), base = ri(0, 500), dt = day(base), v = ri(0, 1);
  const comp = `${C.c}市${ag.n}服务有限公司`, fin = P('staff', C);
  if (ag.dk) d.k('company_name', ag.dk);
  const L = [];
  const n = ri(6, 14);
  if (v === 0) {
    L.push(`${ag.n} ${dt.y}年${dt.m}月 阿姨工资发放明细（银行代发）`, `代发单位：${comp}　　付款账号：${d.k('corporate_account', mk.corpAcct())}`, '');
    L.push('序号,姓名,身份证号,银行卡号,开户行,服务雇主,服务天数,应发工资,扣款,实发工资,备注');
    for (let i = 0; i < n; i++) {
      const a = P('nanny', C), boss = P('mother', C), days = pick([26, 26, 28, 30, 42]), gross = pick([9800, 11800, 12600, 14800, 16800]), ded = pick([0, 200, 300, 500]);
      const bossCell = chance(0.6) ? d.titled(boss.sur || boss.name, '女士') : d.nm(boss);
      L.push([i + 1, d.nm(a), chance(0.2) ? d.mid(a.id) : d.idn(a), d.card(a), a.bank.n, bossCell, days, d.pr(gross + '.00'), ded ? d.pr(ded + '.00') : '0', d.pr(gross - ded + '.00'), pick(['', '', '含好评奖励', '扣保险', '续单'])].join(','));
    }
    L.push('', `制表：${d.nm(fin)}　　复核：${d.nm(P('boss', C))}　　日期：${fd(day(base + ri(1, 5)), 'cn')}`);
  } else {
    L.push(`# 批量代发文件 DF${fd(dt, 'c')}${pad(ri(1, 99), 2)}.txt  （卡号|户名|金额|用途）`);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const a = P('nanny', C), amt = pick([9800, 11800, 12600, 14800, 16800]); total += amt;
      L.push(`${d.card(a)}|${d.nm(a)}|${amt}.00|${dt.m}月劳务费`);
    }
    L.push(`# 合计 ${n} 笔 ${total}.00 元  经办：${d.nm(fin)}`);
  }
  emit(d, L.join('\n'));
}

// ================================================================ main
const PLAN = [[gCheckin, 22], [gRoster, 14], [gDispatch, 18], [gContract, 14], [gMember, 14], [gLeads, 16], [gNewborn, 14], [gPayment, 18], [gTraining, 12], [gChat, 16], [gSms, 16], [gHandover, 14], [gComplaint, 12], [gJson, 16], [gPdf, 14], [gMail, 14], [gOcr, 12], [gXml, 8], [gLog, 10], [gMinutes, 8], [gSchedule, 10], [gPostpartum, 12], [gFollowup, 10], [gMenu, 12], [gInventory, 14], [gPayroll, 10]];
const jobs = [];
for (const [g, n] of PLAN) for (let i = 0; i < n; i++) jobs.push(g);
for (const g of shuffle(jobs)) g();
// keep output grouped by kind, numbered in order
docs.sort((a, b) => a.kind.localeCompare(b.kind) || (+a.id.split('-').pop()) - (+b.id.split('-').pop()));

// ================================================================ self-check
let fails = 0;
const err = (id, msg) => { if (fails < 60) console.error(`SELF-CHECK FAIL ${id}: ${msg}`); fails++; };
const NUMERIC = new Set(['cn_resident_id', 'cn_mobile', 'bank_card', 'cn_landline']);
for (const doc of docs) {
  const N = doc.text.normalize('NFKC');
  const digs = N.toUpperCase().replace(/[^0-9X]/g, '');
  const nosp = N.replace(/[\s\u3000]/g, '');
  const low = N.toLowerCase();
  const lab = new Set([...doc.entities, ...doc.dontCare].map((x) => x.detector + '|' + x.value));
  const seen = new Set();
  for (const e of doc.entities) {
    const key = e.detector + '|' + e.value;
    if (seen.has(key)) err(doc.id, `duplicate entity ${key}`); seen.add(key);
    const v = e.value;
    switch (e.detector) {
      case 'cn_resident_id': if (!validId18(v)) err(doc.id, `invalid id ${v}`); if (!digs.includes(v) && !digs.includes(v.slice(0, 6) + v.slice(8, 17))) err(doc.id, `id not in text ${v}`); break;
      case 'cn_mobile': if (!MOBILE_RE.test(v)) err(doc.id, `invalid mobile ${v}`); if (!digs.includes(v)) err(doc.id, `mobile not in text ${v}`); break;
      case 'bank_card': if (!/^\d{16,19}$/.test(v) || !luhn(v)) err(doc.id, `invalid card ${v}`); if (!digs.includes(v)) err(doc.id, `card not in text ${v}`); break;
      case 'cn_landline': if (!landlineLike(v)) err(doc.id, `invalid landline ${v}`); if (!digs.includes(v)) err(doc.id, `landline not in text ${v}`); break;
      case 'email': if (!new RegExp('^' + EMAIL_RE.source + '$').test(v) || v !== v.toLowerCase()) err(doc.id, `invalid email ${v}`); if (!low.includes(v)) err(doc.id, `email not in text ${v}`); break;
      case 'cn_uscc': if (!validUsccStrict(v)) err(doc.id, `invalid uscc ${v}`); if (!nosp.toUpperCase().includes(v)) err(doc.id, `uscc not in text ${v}`); break;
      case 'cn_passport': if (!/^E(?:[A-HJ-NP-Z]\d{7}|\d{8})$/.test(v)) err(doc.id, `invalid passport ${v}`); if (!nosp.includes(v)) err(doc.id, `passport not in text ${v}`); break;
      case 'person_name_zh': if (!/^[\u4e00-\u9fa5·]{2,16}$/.test(v) || (!v.includes('·') && v.length > 4)) err(doc.id, `bad name ${v}`); if (!nosp.includes(v)) err(doc.id, `name not in text ${v}`); break;
      default: err(doc.id, `unknown detector ${e.detector}`);
    }
  }
  for (const x of doc.dontCare) {
    if (lab.has(x.detector + '|' + x.value) && doc.entities.some((e) => e.detector === x.detector && e.value === x.value)) err(doc.id, `dontCare also entity ${x.value}`);
    const ocrDigs = N.toUpperCase().replace(/O/g, '0').replace(/L/g, '1').replace(/[^0-9X]/g, '');
    if (x.detector === 'person_name_zh' ? !nosp.includes(x.value) : NUMERIC.has(x.detector) ? !ocrDigs.includes(x.value) : !nosp.toLowerCase().includes(x.value.toLowerCase())) err(doc.id, `dontCare not in text ${x.detector} ${x.value}`);
  }
  const entVals = new Set(doc.entities.map((e) => e.value));
  const names = [...doc.entities, ...doc.dontCare].filter((e) => e.detector === 'person_name_zh' && e.value.length >= 2).map((e) => e.value);
  for (const k of doc.decoys) {
    if (!doc.text.includes(k.text)) err(doc.id, `decoy not in text ${k.text}`);
    if (!decoySafe(k.text)) err(doc.id, `decoy carries a valid value: ${k.text}`);
    const kd = k.text.normalize('NFKC').replace(/[\s-]/g, '');
    if (entVals.has(k.text) || entVals.has(kd) || entVals.has(kd.toLowerCase())) err(doc.id, `decoy equals entity ${k.text}`);
    if (names.some((n) => n.includes(k.text) || k.text.includes(n))) err(doc.id, `decoy overlaps a name ${k.text}`);
  }
  // completeness: every value a detector could call valid is labelled
  const decoyDigits = doc.decoys.map((k) => k.text.normalize('NFKC').replace(/\D/g, ''));
  for (const h of scanText(doc.text)) {
    if (h.det === 'mobile_loose' || h.det === 'card_like') { if (!lab.has('cn_mobile|' + h.v) && !lab.has('bank_card|' + h.v) && !decoyDigits.some((x) => x.includes(h.v))) err(doc.id, `unlabelled look-alike ${h.det} ${h.v}`); continue; }
    if (!lab.has(h.det + '|' + h.v)) err(doc.id, `unlabelled valid ${h.det} ${h.v}`);
  }
}

// ================================================================ summary + output
const perKind = {}, perDet = {}, perDc = {}, perDecoy = {};
let nEnt = 0, nDec = 0;
for (const doc of docs) {
  perKind[doc.kind] = (perKind[doc.kind] || 0) + 1;
  for (const e of doc.entities) { perDet[e.detector] = (perDet[e.detector] || 0) + 1; nEnt++; }
  for (const e of doc.dontCare) perDc[e.detector] = (perDc[e.detector] || 0) + 1;
  for (const k of doc.decoys) { perDecoy[k.kind] = (perDecoy[k.kind] || 0) + 1; nDec++; }
}
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((perDet[det] || 0) < 150) err('corpus', `only ${perDet[det] || 0} ${det} entities (< 150)`);
if ((perDet.person_name_zh || 0) < 400) err('corpus', `only ${perDet.person_name_zh} names (< 400)`);
if (Object.keys(perKind).length < 15) err('corpus', `only ${Object.keys(perKind).length} kinds`);
if (nDec < nEnt) err('corpus', `decoys ${nDec} < entities ${nEnt}`);

const fmt = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(22)} ${v}`).join('\n');
console.log(`documents: ${docs.length}\n${fmt(perKind)}`);
console.log(`entities: ${nEnt}\n${fmt(perDet)}`);
console.log(`dontCare:\n${fmt(perDc)}`);
console.log(`decoys: ${nDec}\n${fmt(perDecoy)}`);
if (fails) { console.error(`self-check: ${fails} failure(s)`); process.exit(1); }
writeFileSync(OUT, docs.map((x) => JSON.stringify(x)).join('\n') + '\n');
console.log(`self-check ok; wrote ${OUT}`);
