#!/usr/bin/env node
// business-documents.mjs — independent labeled test corpus ("set A") for a Chinese personal-data detector.
// Standalone: node >= 20, no dependencies. Deterministic: fixed seed, own PRNG.
// Writes a JSONL file (argv[2], default /tmp/indep/a.jsonl) (one carrier document per line) and prints a self-check.
// All numbers are synthetic, generated here with correct (or deliberately wrong) check characters.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

// The output file: the first argument, else /tmp/indep/a.jsonl.
const OUT = process.argv[2] ?? '/tmp/indep/a.jsonl';
const OUT_DIR = dirname(OUT);
const SEED = 0x5eed2406;

// ───────────────────────── PRNG (mulberry32) ─────────────────────────
let _s = SEED >>> 0;
function rnd() {
  _s = (_s + 0x6d2b79f5) >>> 0;
  let t = _s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
function wpick(pairs) {
  let tot = 0;
  for (const [, w] of pairs) tot += w;
  let r = rnd() * tot;
  for (const [v, w] of pairs) if ((r -= w) < 0) return v;
  return pairs[pairs.length - 1][0];
}
function shuffle(a) {
  a = a.slice();
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a;
}
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const nz = () => String(ri(1, 9));
const pad = (n, w = 2) => String(n).padStart(w, '0');
const call = (f) => (typeof f === 'function' ? f() : f);

// ───────────────────────── dates ─────────────────────────
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const dim = (y, m) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
const validDate = (y, m, d) => m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m);
function randDate(y0, y1) { const y = ri(y0, y1), m = ri(1, 12); return { y, m, d: ri(1, dim(y, m)) }; }
const ymd = (o, sep = '') => `${o.y}${sep}${pad(o.m)}${sep}${pad(o.d)}`;
const recent = () => randDate(2022, 2025);
const hms = (sep = ':') => `${pad(ri(0, 23))}${sep}${pad(ri(0, 59))}${sep}${pad(ri(0, 59))}`;
const cnDate = (o) => `${o.y}年${pad(o.m)}月${pad(o.d)}日`;

// ───────────────────────── check algorithms ─────────────────────────
// GB 11643 / ISO 7064 MOD 11-2
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += +b17[i] * ID_W[i]; return '10X98765432'[s % 11]; }
// independent variant: body as base-13 number N, check = (1 - 2N) mod 11
function idCheckAlt(b17) { let n = 0; for (const c of b17) n = (n * 13 + +c) % 11; const v = (((1 - 2 * n) % 11) + 11) % 11; return v === 10 ? 'X' : String(v); }

// GB 32100 USCC (MOD 31) + embedded GB 11714 organisation code (MOD 11)
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const U_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b17[i]) * U_W[i]; return UA[(31 - (s % 31)) % 31]; }
function usccCheckAlt(b17) { let s = 0, w = 1; for (const c of b17) { s = (s + UA.indexOf(c) * w) % 31; w = (w * 3) % 31; } return UA[(31 - s) % 31]; }
const ORG_W = [3, 7, 9, 10, 5, 8, 4, 2];
const orgVal = (c) => (c >= '0' && c <= '9' ? +c : c.charCodeAt(0) - 55);
function orgCheck(b8) { let s = 0; for (let i = 0; i < 8; i++) s += orgVal(b8[i]) * ORG_W[i]; const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function orgCheckAlt(b8) { // weights 3^i mod 11 pattern-free variant: find c with (Σ v·w + v(c)) ≡ 0 mod 11, v('X')=10
  let s = 0; for (let i = 0; i < 8; i++) s += orgVal(b8[i]) * ORG_W[i];
  for (let v = 0; v <= 10; v++) if ((s + v) % 11 === 0) return v === 10 ? 'X' : String(v);
  return '?';
}
// Luhn
function luhnOk(s) { let sum = 0, dbl = false; for (let i = s.length - 1; i >= 0; i--) { let d = +s[i]; if (dbl) { d *= 2; if (d > 9) d -= 9; } sum += d; dbl = !dbl; } return sum % 10 === 0; }
function luhnOkAlt(s) { const T = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9]; let sum = 0; const r = [...s].reverse(); r.forEach((c, i) => { sum += i % 2 ? T[+c] : +c; }); return sum % 10 === 0; }
function luhnDigit(body) { for (let d = 0; d <= 9; d++) if (luhnOk(body + d)) return String(d); throw new Error('luhn'); }
function luhnBad(body) { const good = luhnDigit(body); let d; do { d = String(ri(0, 9)); } while (d === good); return d; }

// ───────────────────────── reference tables ─────────────────────────
// county-level division codes (GB/T 2260) used for resident IDs
const REGIONS = ('110101 110102 110105 110106 110107 110108 110111 110112 110113 110114 110115 120101 120102 120103 120104 120105 120106 ' +
  '130102 130104 130105 140105 140106 150102 210102 210103 210202 210203 210204 220102 220104 230102 230103 ' +
  '310101 310104 310105 310106 310107 310109 310110 310112 310113 310115 320102 320104 320106 320505 320506 320583 ' +
  '330102 330106 330108 330203 330302 340102 340104 350102 350203 350206 360102 370102 370202 370203 410102 410105 ' +
  '420102 420106 420111 430102 430103 430104 440103 440104 440106 440303 440304 440305 440306 440307 441900 450102 450103 ' +
  '460106 500103 500106 500112 510104 510105 510106 510107 510108 520102 520103 530102 530103 540102 ' +
  '610102 610103 610104 610113 620102 620103 630102 640104 650102 650103').split(' ');
const PROV = new Set('11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83'.split(' '));

// allocated mobile prefixes (cn-formats.md §2.1), with rough weights
const MOB_PREFIX = [['130', 3], ['131', 3], ['132', 3], ['133', 3], ['134', 2], ['135', 5], ['136', 5], ['137', 5], ['138', 6], ['139', 6],
  ['145', 0.5], ['147', 1], ['150', 3], ['151', 3], ['152', 3], ['153', 2], ['155', 2], ['156', 2], ['157', 2], ['158', 4], ['159', 4],
  ['162', 0.3], ['165', 0.3], ['166', 1], ['167', 0.3], ['170', 0.4], ['171', 0.3], ['172', 0.3], ['173', 1], ['175', 0.5], ['176', 1],
  ['177', 1], ['178', 1], ['180', 2], ['181', 2], ['182', 2], ['183', 2], ['184', 0.5], ['185', 2], ['186', 3], ['187', 3], ['188', 3],
  ['189', 3], ['190', 0.3], ['191', 0.5], ['192', 0.3], ['193', 0.5], ['195', 0.5], ['196', 0.3], ['197', 0.3], ['198', 1], ['199', 1.5]];
const MOB_SET = new Set(MOB_PREFIX.map(([p]) => p));
const isMobile = (s) => /^1\d{10}$/.test(s) && (MOB_SET.has(s.slice(0, 3)) || s.startsWith('1610') || /^17400[0-5]/.test(s));

// fixed-line area codes and subscriber lengths (from libphonenumber metadata, checked offline)
const AREA_STR = '0108 0208 0218 0228 0238 0248 0258 0278 0288 0298 03107 03118 03127 03137 03147 03157 03167 03177 03187 03197 03357 03497 03507 03517 03527 03537 03547 03557 03567 03577 03587 03597 03707 03718 03727 03737 03747 03757 03767 03778 03798 03917 03927 03937 03947 03957 03967 03987 04118 04127 04157 04167 04177 04187 04197 04217 04277 04297 04318 04328 043378 04347 043578 04367 04377 04387 04397 04518 04527 04537 04547 04557 04567 04577 04587 04597 04647 04677 04687 04697 04707 04717 04727 04737 04747 04757 04767 04777 04787 04797 04827 04837 05108 05118 05128 05138 05148 05158 05168 05178 05188 05198 05238 05278 05307 05318 05328 05337 05347 05357 05367 05377 05387 05397 05437 05467 05507 05518 05527 05537 05547 05557 05567 05577 05587 05597 05617 05627 05637 05647 05667 05707 05718 05727 05738 05748 05758 05768 05778 05787 05798 05807 05918 05927 05937 05947 05958 05967 05977 05987 05997 06317 06327 06337 06357 06607 06627 06637 06687 06917 06927 07017 07107 07117 07127 07137 07147 07157 07167 07177 07187 07197 07227 07247 07287 07307 07318 07347 07357 07367 07377 07387 07397 07437 07447 07457 07467 07507 07517 07527 07537 075478 07558 07567 07578 07587 07597 07608 07627 07637 07667 07687 07698 07707 07717 07727 07737 07747 07757 07767 07777 07787 07797 07907 07918 07927 07937 07947 07957 07967 07977 07987 07997 08127 08137 08167 08177 08187 08257 08267 08277 08307 08317 08327 08337 08347 08357 08367 08377 08387 08397 085178 08547 08557 08567 08577 08587 08597 08707 08718 08727 08737 08747 08757 08767 08777 08787 08797 08837 08867 08877 08887 08917 08927 08937 08947 08957 08967 08977 08988 09017 09027 09037 09067 09087 09097 09117 09127 09137 09147 09157 09167 09177 09197 09307 09317 09327 09337 09347 09357 09367 09377 09387 09397 09417 09437 09517 09527 09537 09547 09557 09707 09717 09727 09737 09747 09757 09767 09777 09787 09797 09907 09917 09927 09937 09947 09957 09967 09977 09987 09997';
const AREA_MAP = new Map();
for (const t of AREA_STR.split(' ')) { const a = /^0[12]/.test(t) ? t.slice(0, 3) : t.slice(0, 4); AREA_MAP.set(a, [...t.slice(a.length)].map(Number)); }
function isLandline(s) {
  if (!/^0\d{9,11}$/.test(s)) return false;
  for (const L of [3, 4]) { const lens = AREA_MAP.get(s.slice(0, L)); if (lens && lens.includes(s.length - L) && /[2-8]/.test(s[L])) return true; }
  return false;
}
// areas used for generation: [code, subscriber length, city, province, postcode prefix]
const LL_AREAS = [['010', 8, '北京', 12], ['021', 8, '上海', 10], ['020', 8, '广州', 8], ['022', 8, '天津', 3], ['023', 8, '重庆', 3],
  ['024', 8, '沈阳', 2], ['025', 8, '南京', 4], ['027', 8, '武汉', 4], ['028', 8, '成都', 5], ['029', 8, '西安', 3], ['0755', 8, '深圳', 10],
  ['0571', 8, '杭州', 5], ['0512', 8, '苏州', 3], ['0757', 8, '佛山', 2], ['0769', 8, '东莞', 2], ['0532', 8, '青岛', 2], ['0531', 8, '济南', 1],
  ['0371', 8, '郑州', 2], ['0731', 8, '长沙', 2], ['0574', 8, '宁波', 2], ['0411', 8, '大连', 1], ['0451', 8, '哈尔滨', 1], ['0431', 8, '长春', 1],
  ['0311', 8, '石家庄', 1], ['0592', 7, '厦门', 2], ['0931', 7, '兰州', 1], ['0471', 7, '呼和浩特', 0.5], ['0951', 7, '银川', 0.5],
  ['0551', 8, '合肥', 1], ['0871', 8, '昆明', 1], ['0791', 8, '南昌', 1], ['0591', 8, '福州', 1], ['0898', 8, '海口', 0.5],
  ['0771', 7, '南宁', 1], ['0351', 7, '太原', 1], ['0756', 7, '珠海', 1], ['0760', 8, '中山', 1], ['0313', 7, '张家口', 0.3]];

// ───────────────────────── names ─────────────────────────
const SURNAMES = [['王', 'wang', 71], ['李', 'li', 70], ['张', 'zhang', 67], ['刘', 'liu', 54], ['陈', 'chen', 45], ['杨', 'yang', 31], ['黄', 'huang', 21],
  ['赵', 'zhao', 20], ['吴', 'wu', 20], ['周', 'zhou', 19], ['徐', 'xu', 13], ['孙', 'sun', 13], ['马', 'ma', 12], ['朱', 'zhu', 12], ['胡', 'hu', 11],
  ['郭', 'guo', 11], ['何', 'he', 11], ['高', 'gao', 10], ['林', 'lin', 10], ['罗', 'luo', 9], ['郑', 'zheng', 9], ['梁', 'liang', 9], ['谢', 'xie', 8],
  ['宋', 'song', 7], ['唐', 'tang', 7], ['许', 'xu', 7], ['韩', 'han', 6], ['冯', 'feng', 6], ['邓', 'deng', 6], ['曹', 'cao', 6], ['彭', 'peng', 5],
  ['曾', 'zeng', 5], ['肖', 'xiao', 5], ['田', 'tian', 5], ['董', 'dong', 5], ['袁', 'yuan', 4], ['潘', 'pan', 4], ['于', 'yu', 4], ['蒋', 'jiang', 4],
  ['蔡', 'cai', 4], ['余', 'yu', 4], ['杜', 'du', 4], ['叶', 'ye', 4], ['程', 'cheng', 4], ['苏', 'su', 3], ['魏', 'wei', 3], ['吕', 'lv', 3],
  ['丁', 'ding', 3], ['任', 'ren', 3], ['沈', 'shen', 3], ['姚', 'yao', 3], ['卢', 'lu', 3], ['姜', 'jiang', 3], ['崔', 'cui', 3], ['钟', 'zhong', 3],
  ['谭', 'tan', 3], ['陆', 'lu', 3], ['汪', 'wang', 3], ['范', 'fan', 3], ['金', 'jin', 3], ['石', 'shi', 3], ['廖', 'liao', 3], ['贾', 'jia', 2],
  ['夏', 'xia', 2], ['韦', 'wei', 2], ['付', 'fu', 2], ['方', 'fang', 2], ['白', 'bai', 2], ['邹', 'zou', 2], ['孟', 'meng', 2], ['熊', 'xiong', 2],
  ['秦', 'qin', 2], ['邱', 'qiu', 2], ['江', 'jiang', 2], ['尹', 'yin', 2], ['薛', 'xue', 2], ['闫', 'yan', 2], ['段', 'duan', 2], ['雷', 'lei', 2],
  ['侯', 'hou', 2], ['龙', 'long', 2], ['史', 'shi', 2], ['陶', 'tao', 2], ['黎', 'li', 2], ['贺', 'he', 2], ['顾', 'gu', 2], ['毛', 'mao', 2],
  ['郝', 'hao', 2], ['龚', 'gong', 2], ['邵', 'shao', 2], ['万', 'wan', 2], ['钱', 'qian', 2], ['严', 'yan', 1], ['覃', 'qin', 1], ['武', 'wu', 1],
  ['戴', 'dai', 1], ['莫', 'mo', 1], ['孔', 'kong', 1], ['向', 'xiang', 1], ['汤', 'tang', 1], ['常', 'chang', 1],
  ['欧阳', 'ouyang', 6], ['上官', 'shangguan', 1.5], ['司马', 'sima', 1], ['诸葛', 'zhuge', 1], ['司徒', 'situ', 1.2], ['慕容', 'murong', 0.6],
  ['令狐', 'linghu', 0.6], ['皇甫', 'huangfu', 0.8], ['东方', 'dongfang', 0.5], ['夏侯', 'xiahou', 0.5], ['申屠', 'shentu', 0.4], ['尉迟', 'yuchi', 0.3]];
const SUR_PAIRS = SURNAMES.map(([s, p, w]) => [[s, p], w]);
const GIVEN = ('伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 娟juan 涛tao 明ming 超chao 霞xia 平ping 刚gang ' +
  '桂gui 英ying 华hua 建jian 国guo 志zhi 红hong 海hai 玉yu 春chun 秀xiu 兰lan 凤feng 德de 福fu 成cheng 永yong 晓xiao 亮liang 斌bin 鹏peng ' +
  '辉hui 飞fei 鑫xin 琳lin 颖ying 倩qian 慧hui 丹dan 莉li 萍ping 玲ling 琴qin 燕yan 蕾lei 薇wei 婧jing 楠nan 蓉rong 兵bing 健jian 峰feng ' +
  '波bo 彬bin 帆fan 凯kai 毅yi 子zi 梓zi 浩hao 宇yu 轩xuan 欣xin 怡yi 雨yu 思si 佳jia 俊jun 文wen 博bo 晨chen 嘉jia 诗shi 涵han 萱xuan ' +
  '泽ze 昊hao 然ran 睿rui 婷ting 雪xue 淑shu 珍zhen 荣rong 爱ai 东dong 云yun 宁ning 梅mei 瑶yao 璐lu 晶jing 立li 新xin 振zhen ' +
  '家jia 天tian 少shao 世shi 婉wan 冰bing 欢huan 源yuan 航hang 锦jin 逸yi 若ruo 晗han 沐mu 宸chen 瑞rui 乐le 心xin 悦yue 蕊rui 彤tong ' +
  '卓zhuo 远yuan 书shu 雅ya 清qing 蔚wei 秋qiu 菊ju 凤feng 金jin 宝bao 长chang 胜sheng 学xue 庆qing 忠zhong 耀yao 亚ya 琦qi').split(' ').map((t) => [t[0], t.slice(1)]);
const G_M = new Set('伟强磊军洋勇杰涛明超平刚建国志海德福成永亮斌鹏辉飞鑫兵健峰波彬帆凯毅浩宇轩俊博泽昊睿东振家天少世航锦逸宸瑞卓远胜学庆忠耀长宝金源立新文晨嘉子梓一然乐书清云宁华'.split(''));
const G_F = new Set('芳娜敏静丽艳娟霞桂英秀兰凤玉春晓琳颖倩慧丹莉萍玲琴燕蕾薇婧楠蓉欣怡雨思佳诗涵萱婷雪淑珍荣爱梅瑶璐晶婉冰欢若晗沐心悦蕊彤雅蔚秋菊亚琦红一然乐书清云宁华文晨嘉子梓'.split(''));
function genName(gender) {
  const g = gender || (chance(0.5) ? '男' : '女');
  const pool = GIVEN.filter(([c]) => (g === '男' ? G_M : G_F).has(c));
  const [sur, spy] = wpick(SUR_PAIRS);
  const n = sur.length === 2 ? (chance(0.5) ? 1 : 2) : chance(0.72) ? 2 : 1;
  let given = '', gpy = '', ini = '';
  for (let i = 0; i < n; i++) { let gv; do { gv = pick(pool); } while (given.includes(gv[0])); given += gv[0]; gpy += gv[1]; ini += gv[1][0]; }
  return { name: sur + given, sur, given, spy, gpy, ini, gender: g };
}

// ───────────────────────── places, companies, words ─────────────────────────
const CITY = [
  { p: '北京市', c: '', ds: ['朝阳区', '海淀区', '东城区', '西城区', '丰台区', '昌平区', '通州区'], roads: ['建国路', '中关村大街', '王府井大街', '朝阳北路', '学院路', '安立路', '广渠路', '西直门外大街'], zip: '100', area: '010' },
  { p: '上海市', c: '', ds: ['浦东新区', '徐汇区', '闵行区', '静安区', '杨浦区', '长宁区', '宝山区'], roads: ['张江路', '漕溪北路', '虹桥路', '南京西路', '世纪大道', '淞沪路', '黄兴路'], zip: '200', area: '021' },
  { p: '广东省', c: '深圳市', ds: ['南山区', '福田区', '宝安区', '龙岗区', '罗湖区', '龙华区'], roads: ['科技园南路', '深南大道', '宝安大道', '高新南一道', '福华三路', '布吉路', '民治大道'], zip: '518', area: '0755' },
  { p: '广东省', c: '广州市', ds: ['天河区', '越秀区', '海珠区', '白云区', '番禺区'], roads: ['天河路', '中山五路', '黄埔大道', '江南大道', '广州大道北', '体育西路'], zip: '510', area: '020' },
  { p: '浙江省', c: '杭州市', ds: ['西湖区', '滨江区', '余杭区', '拱墅区', '上城区'], roads: ['文三路', '江南大道', '文一西路', '莫干山路', '庆春路'], zip: '310', area: '0571' },
  { p: '江苏省', c: '南京市', ds: ['鼓楼区', '玄武区', '秦淮区', '建邺区', '江宁区'], roads: ['中山路', '汉中路', '江东中路', '龙蟠路', '双龙大道'], zip: '210', area: '025' },
  { p: '江苏省', c: '苏州市', ds: ['姑苏区', '工业园区', '吴中区', '相城区', '虎丘区'], roads: ['干将路', '星湖街', '东环路', '金鸡湖大道', '人民路'], zip: '215', area: '0512' },
  { p: '四川省', c: '成都市', ds: ['武侯区', '锦江区', '青羊区', '高新区', '成华区'], roads: ['人民南路', '天府大道', '蜀都大道', '红星路', '科华北路'], zip: '610', area: '028' },
  { p: '湖北省', c: '武汉市', ds: ['武昌区', '洪山区', '江汉区', '江岸区', '汉阳区'], roads: ['中南路', '珞喻路', '解放大道', '建设大道', '光谷大道'], zip: '430', area: '027' },
  { p: '山东省', c: '青岛市', ds: ['市南区', '市北区', '崂山区', '李沧区', '黄岛区'], roads: ['香港中路', '延安三路', '辽阳西路', '黄河东路', '福州路'], zip: '266', area: '0532' },
  { p: '陕西省', c: '西安市', ds: ['雁塔区', '碑林区', '莲湖区', '未央区', '高新区'], roads: ['长安南路', '南二环西段', '科技路', '太白南路', '未央路'], zip: '710', area: '029' },
  { p: '天津市', c: '', ds: ['和平区', '南开区', '河西区', '滨海新区', '河东区'], roads: ['南京路', '卫津路', '友谊路', '黄河道', '成都道'], zip: '300', area: '022' },
  { p: '重庆市', c: '', ds: ['渝中区', '江北区', '渝北区', '沙坪坝区', '九龙坡区'], roads: ['解放碑步行街', '观音桥步行街', '金开大道', '杨家坪正街', '红旗河沟'], zip: '400', area: '023' },
  { p: '福建省', c: '厦门市', ds: ['思明区', '湖里区', '集美区', '海沧区'], roads: ['湖滨南路', '嘉禾路', '厦禾路', '仙岳路', '软件园二期观日路'], zip: '361', area: '0592' },
  { p: '河南省', c: '郑州市', ds: ['金水区', '中原区', '二七区', '郑东新区'], roads: ['花园路', '农业路', '中原路', '金水东路', '商务外环路'], zip: '450', area: '0371' },
  { p: '湖南省', c: '长沙市', ds: ['岳麓区', '芙蓉区', '天心区', '开福区', '雨花区'], roads: ['五一大道', '麓山南路', '芙蓉中路', '劳动西路', '韶山北路'], zip: '410', area: '0731' },
  { p: '甘肃省', c: '兰州市', ds: ['城关区', '七里河区', '安宁区'], roads: ['东岗西路', '庆阳路', '西津西路', '安宁西路'], zip: '730', area: '0931' },
  { p: '河北省', c: '张家口市', ds: ['桥东区', '桥西区', '宣化区'], roads: ['胜利北路', '长青路', '建国路'], zip: '075', area: '0313' },
];
const COMMUNITIES = ['阳光花园', '锦绣华庭', '万科城', '碧桂园', '翠湖山庄', '世纪新城', '金色家园', '幸福里小区', '绿地中心', '保利花园', '龙湖天街', '华润城', '海岸城', '东方明珠花园', '新华小区', '建设新村', '科技大厦', '创业大厦', '国际商务中心', '软件产业基地'];
function genAddress() {
  const c = pick(CITY);
  const d = pick(c.ds), road = pick(c.roads), no = ri(1, 999);
  const tail = wpick([[`${pick(COMMUNITIES)}${ri(1, 28)}栋${ri(1, 4)}单元${ri(1, 32)}${pad(ri(1, 8))}室`, 5], [`${pick(COMMUNITIES)}${pick(['A', 'B', 'C', 'D'])}座${ri(2, 40)}${pad(ri(1, 20))}`, 2], [`${ri(1, 12)}号楼${ri(1, 6)}层`, 1], ['', 1]]);
  return { full: `${c.p}${c.c}${d}${road}${no}号${tail}`, short: `${c.c || c.p}${d}${road}${no}号${tail}`, city: c, zip: c.zip + pad(ri(0, 99), 3).slice(-3) };
}
const CO_CITY = [['深圳市', ['440300', '440305', '440306', '440304', '440307']], ['广州市', ['440101', '440104', '440106']], ['上海', ['310000', '310115', '310104', '310112']], ['北京', ['110000', '110105', '110108', '110106']],
  ['杭州', ['330100', '330106', '330108']], ['成都', ['510100', '510107']], ['武汉', ['420100', '420106']], ['南京', ['320100', '320106']], ['苏州', ['320500', '320583']], ['东莞市', ['441900']], ['佛山市', ['440600']],
  ['厦门', ['350200', '350203']], ['青岛', ['370200', '370202']], ['西安', ['610100', '610113']], ['重庆', ['500000', '500112']], ['天津', ['120000', '120116']], ['长沙', ['430100', '430104']], ['郑州', ['410100', '410105']]];
let lastCoRegions = null, lastCoKind = null; // a company is usually registered where it is based: the next USCC follows the last company name
const CO_CORE = ['华信达', '鼎盛', '恒通', '金桥', '宏达', '瑞丰', '天成', '博远', '中科创', '新锐', '安泰', '明德', '汇丰源', '嘉禾', '永辉达', '长青', '海纳', '星河', '云帆', '优品汇', '众诚', '信和', '鸿运', '高远', '林海', '黄河', '王府', '周氏', '陈记', '方圆', '万通', '石安', '程达', '江南', '叶盛', '金鼎', '马力', '康达', '润泽', '盛世华', '智联', '聚源', '蓝海', '创新源', '德邦利', '协众'];
const CO_SUFFIX = ['科技有限公司', '贸易有限公司', '物流有限公司', '电子商务有限公司', '信息技术有限公司', '建筑工程有限公司', '餐饮管理有限公司', '医疗器械有限公司', '实业有限公司', '文化传媒有限公司', '商贸有限责任公司', '供应链管理有限公司', '股份有限公司', '网络科技有限公司', '环保设备有限公司', '企业管理咨询有限公司', '物业管理有限公司', '软件有限公司'];
const genCompany = () => { const [c, regs] = pick(CO_CITY); lastCoRegions = regs; lastCoKind = '91'; return `${c}${pick(CO_CORE)}${pick(CO_SUFFIX)}`; };
// non-company organisations and the USCC authority/type they register under
const INSTITUTIONS = [['深圳市软件行业协会', '51', '440300'], ['杭州市西湖区人民医院', '12', '330106'], ['成都高新区慈善基金会', '53', '510100'], ['南京市鼓楼区新星培训学校', '52', '320106'],
  ['青岛崂山茶叶专业合作社', '93', '370212'], ['北京市朝阳区市场监督管理局', '11', '110105'], ['上海市汇正律师事务所', '31', '310000'], ['武汉市洪山区第三小学', '12', '420111'], ['广州市天河区养老服务中心', '52', '440106'], ['郑州市金水区图书馆', '12', '410105']];
function genInstitution() { const [n, k, r] = pick(INSTITUTIONS); lastCoRegions = [r]; lastCoKind = k; return n; }
const CO_PY = { 华信达: 'huaxinda', 鼎盛: 'dingsheng', 恒通: 'hengtong', 金桥: 'jinqiao', 宏达: 'hongda', 瑞丰: 'ruifeng', 天成: 'tiancheng', 博远: 'boyuan', 星河: 'xinghe', 云帆: 'yunfan', 海纳: 'haina', 蓝海: 'lanhai', 智联: 'zhilian', 聚源: 'juyuan', 康达: 'kangda' };
const ORGS = ['林业局办公室', '高新区管委会', '黄河水利委员会', '王府井街道办事处', '张家口市商务局', '周口市人民医院', '金华市税务局', '石家庄铁路局', '马鞍山市档案馆', '江南造船厂工会', '高新区财政局', '陈家祠管理处'];
const PLACE_WORDS = ['王府井', '黄河', '张家口', '周口', '黄山', '高新区', '石家庄', '常州', '金山', '马鞍山', '万州', '林芝', '陈家祠', '吴江', '杨浦', '朱家角', '邓州', '黄埔', '程家桥', '孙家湾', '李村', '何家营'];
const SURNAME_WORDS = ['周末', '陈列', '余额', '付款', '金额', '高速', '方案', '程序', '马上', '安全', '常规', '明细', '任务', '关于', '白班', '田间', '叶片', '石材', '江景', '林区', '何时', '时间', '成品', '万能', '欧式', '华南', '文件', '史料', '向阳', '费用', '易耗品', '于是'];
const JOBS = ['经理', '销售经理', '财务总监', '行政专员', '高级工程师', '董事长', '总经理', '副总经理', '主管', '会计', '出纳', '司机', '文员', '客服专员', '采购经理', '项目经理', '人事主管', '技术总监', '销售代表', '店长', '区域经理', '法务专员', '运营主管', '仓库管理员', '前台', '高级经理', '副主任', '科长', '工程师', '实习生'];
const DEPTS = ['销售部', '市场部', '财务部', '人力资源部', '技术部', '研发中心', '客服中心', '行政部', '采购部', '物流部', '法务部', '运营部', '华东大区', '华南区', '总经办'];

// ───────────────────────── value generators ─────────────────────────
function genID(y0 = 1930, y1 = 2010, gender) {
  const r = pick(REGIONS), b = randDate(y0, y1);
  let seq = ri(1, 999);
  if (gender && (seq % 2 === 1) !== (gender === '男')) seq = seq === 999 ? 998 : seq + 1;
  const body = r + ymd(b) + pad(seq, 3);
  return body + idCheck(body);
}
const genMobile = () => wpick(MOB_PREFIX) + digits(8);
function genLandline(area) {
  const a = area ? LL_AREAS.find((x) => x[0] === area) || LL_AREAS[0] : wpick(LL_AREAS.map((x) => [x, x[3]]));
  const sub = String(ri(2, 8)) + digits(a[1] - 1);
  return { area: a[0], sub, value: a[0] + sub, city: a[2] };
}
const DOMAINS = [['qq.com', 22], ['163.com', 15], ['126.com', 7], ['gmail.com', 3], ['foxmail.com', 4], ['sina.com', 4], ['sohu.com', 2], ['outlook.com', 4], ['hotmail.com', 2], ['aliyun.com', 2], ['139.com', 2], ['yeah.net', 2], ['189.cn', 1], ['sina.cn', 1], ['vip.163.com', 1]];
function genEmail(p, opts = {}) {
  const by = p.id ? p.id.slice(6, 10) : String(ri(1970, 2000));
  const dom = opts.domain || wpick(DOMAINS);
  let local, inner = null;
  const kind = opts.domain ? wpick([['full', 4], ['dot', 3], ['init', 2], ['gs', 1]]) : wpick([['full', 3], ['fullnum', 5], ['init', 3], ['dot', 2], ['qq', dom === 'qq.com' ? 8 : 0], ['mob', dom === '139.com' || dom === '189.cn' ? 6 : 0], ['nick', 2], ['under', 2]]);
  switch (kind) {
    case 'full': local = p.spy + p.gpy; break;
    case 'fullnum': local = p.spy + p.gpy + pick([by, by.slice(2), digits(ri(2, 4)), '888', '666']); break;
    case 'init': local = p.spy[0] + p.ini + digits(ri(2, 6)); break;
    case 'dot': local = `${p.spy}.${p.gpy}`; break;
    case 'gs': local = `${p.gpy}.${p.spy}`; break;
    case 'qq': local = nz() + digits(ri(5, 9)); break;
    case 'mob': local = p.mobile || genMobile(); inner = local; break;
    case 'nick': local = pick(['sunny', 'lucky', 'happy', 'xiaoyu', 'cat', 'tiger', 'panda', 'summer', 'moon', 'star']) + pick(['_', '', '.']) + digits(ri(2, 4)); break;
    case 'under': local = `${p.spy}_${p.gpy}${digits(ri(0, 2))}`; break;
  }
  const value = `${local}@${dom}`.toLowerCase();
  let text = value;
  if (chance(0.06) && kind !== 'qq' && kind !== 'mob') text = local[0].toUpperCase() + local.slice(1) + '@' + dom;
  else if (chance(0.02)) text = value.toUpperCase();
  return { value, text, inner };
}
const CARD_BINS = [['622202', 19, '中国工商银行', 6], ['621226', 19, '中国工商银行', 3], ['622208', 19, '中国工商银行', 1], ['622848', 19, '中国农业银行', 5], ['622845', 19, '中国农业银行', 1],
  ['621700', 19, '中国建设银行', 5], ['622700', 19, '中国建设银行', 2], ['621661', 19, '中国银行', 3], ['621785', 19, '中国银行', 2], ['622262', 19, '交通银行', 3],
  ['621799', 19, '中国邮政储蓄银行', 3], ['622188', 19, '中国邮政储蓄银行', 1], ['621483', 16, '招商银行', 4], ['622588', 16, '招商银行', 2], ['622155', 16, '平安银行', 2],
  ['622521', 16, '上海浦东发展银行', 1], ['622690', 16, '中信银行', 1], ['622909', 18, '兴业银行', 2], ['622622', 16, '中国民生银行', 1], ['622660', 16, '中国光大银行', 1],
  ['623058', 19, '平安银行', 1], ['621462', 17, '农村商业银行', 0.6], ['625965', 16, '招商银行', 1], ['628288', 16, '中信银行', 0.6],
  ['4', 16, '', 2.5], ['5', 16, '', 2]];
function genCard(bin) {
  const b = bin || wpick(CARD_BINS.map((x) => [x, x[3]]));
  let pre = b[0];
  if (pre === '4') pre = '4' + pick(['38088', '27020', '39188', '03391', '86497', '28405', '56351']);
  if (pre === '5') pre = pick(['51', '52', '53', '54', '55']) + pick(['8730', '1234', '2668', '4511', '9871', '0876']);
  const body = pre + digits(b[1] - pre.length - 1);
  return { value: body + luhnDigit(body), bank: b[2] || pick(['招商银行', '中信银行', '中国银行', '交通银行', '中国工商银行', '广发银行', '浦发银行']), brand: b[0] === '4' ? 'VISA' : b[0] === '5' ? 'MASTERCARD' : 'UnionPay' };
}
const USCC_KINDS = [['91', 72], ['92', 6], ['12', 7], ['52', 4], ['11', 4], ['51', 3], ['53', 1], ['93', 2], ['31', 2]];
const USCC_REGIONS = ['110105', '110108', '110000', '110106', '310115', '310104', '310000', '310112', '440300', '440305', '440306', '440304', '440106', '440104', '440101', '330106', '330100', '330108', '320500', '320583', '320106', '510107', '510100', '420106', '420100', '370202', '350203', '610113', '500112', '210202', '120116', '430104', '410105', '340104', '441900', '440600'];
const ORG_ALPHA = UA; // org code body restricted to characters valid in a USCC
function genUSCC(kind, region) {
  const k = kind || lastCoKind || wpick(USCC_KINDS);
  const reg = region || (lastCoRegions && (lastCoKind !== '91' || chance(0.85)) ? pick(lastCoRegions) : pick(USCC_REGIONS));
  lastCoRegions = null; lastCoKind = null;
  let body8;
  if ((k === '91' || k === '92' || k === '93' || k === '52' || k === '53' || k === '51') && chance(0.65)) {
    body8 = 'MA' + [...Array(6)].map(() => pick(ORG_ALPHA)).join('');
  } else body8 = pick(['0', '3', '5', '6', '7', '0', '6', '7', 'L']) + digits(7);
  const b17 = k + reg + body8 + orgCheck(body8);
  return b17 + usccCheck(b17);
}
const PP_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ'.split('');
const genPassport = () => wpick([[() => 'E' + nz() + digits(7), 40], [() => 'E' + pick(PP_LETTERS) + digits(7), 50], [() => 'G' + nz() + digits(7), 10]])();
function person(opts = {}) {
  const n = genName();
  const id = genID(opts.y0 || 1940, opts.y1 || 2006, n.gender);
  const p = { ...n, id, mobile: genMobile(), gender: +id[16] % 2 ? '男' : '女', birth: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}` };
  p.email = genEmail(p, opts);
  p.card = genCard();
  p.addr = genAddress();
  p.land = genLandline(chance(0.5) ? p.addr.city.area : undefined);
  p.passport = genPassport();
  return p;
}

// ───────────────────────── validators (used for audit and to keep decoys clean) ─────────────────────────
function isValidID(s) {
  if (!/^\d{17}[\dX]$/.test(s) || !PROV.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2025 || !validDate(y, m, d)) return false;
  return idCheck(s.slice(0, 17)) === s[17];
}
function isValidUSCC(s) {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s)) return false;
  return usccCheck(s.slice(0, 17)) === s[17] && orgCheck(s.slice(8, 16)) === s[16];
}
const isCard = (s) => /^\d{16,19}$/.test(s) && luhnOk(s) && /^(4|5[1-5]|62|81|2[2-7]|3[5])/.test(s);
function legacyLike(s) { return /^\d{15}$/.test(s) && PROV.has(s.slice(0, 2)) && validDate(1900 + +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12)); }
// a decoy token is "risky" if a reasonable validator could legitimately accept it as the real thing
function risky(t) {
  t = t.toUpperCase();
  if (/^\d{17}[\dX]$/.test(t) && PROV.has(t.slice(0, 2)) && idCheck(t.slice(0, 17)) === t[17] && validDate(+t.slice(6, 10), +t.slice(10, 12), +t.slice(12, 14)) && +t.slice(6, 10) >= 1800) return 'id';
  if (/^1[3-9]\d{9}$/.test(t) && !/^1(40|41|42|43|44|46|54|94)/.test(t)) return 'mobile';
  if (isCard(t)) return 'card';
  if (isLandline(t)) return 'landline';
  if (/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(t) && usccCheck(t.slice(0, 17)) === t[17]) return 'uscc';
  if (legacyLike(t)) return 'id15';
  return null;
}
function safe(gen) { for (let i = 0; i < 500; i++) { const v = gen(); const core = v.replace(/[\s-]/g, ''); const toks = core.match(/[0-9A-Z]+/gi) || []; if (!toks.some((x) => risky(x)) && !risky(core)) return v; } throw new Error('safe(): cannot make a clean decoy'); }

// ───────────────────────── renderers (how people and systems write values) ─────────────────────────
const FW = (s) => s.replace(/[0-9A-Za-z+\-()@.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
function rMobile(m, st = 'mix') {
  const a = m.slice(0, 3), b = m.slice(3, 7), c = m.slice(7);
  const F = {
    plain: m, dash: `${a}-${b}-${c}`, space: `${a} ${b} ${c}`, p86sp: `+86 ${a} ${b} ${c}`, p86: `+86${m}`, p86dash: `+86-${m}`, p86s: `+86 ${m}`,
    d0086: `0086 ${m}`, d0086dash: `0086-${a}-${b}-${c}`, par: `(+86)${m}`, parfw: `（+86）${m}`, fw: FW(m), n86: `86${m}`, p86dash3: `+86 ${a}-${b}-${c}`,
  };
  const W = st === 'sys' ? [['plain', 92], ['p86', 3], ['n86', 1], ['dash', 2], ['p86s', 1], ['space', 1]]
    : st === 'human' ? [['plain', 34], ['dash', 14], ['space', 14], ['p86sp', 6], ['p86', 6], ['p86dash', 3], ['p86s', 3], ['d0086', 4], ['d0086dash', 2], ['par', 4], ['parfw', 2], ['fw', 4], ['p86dash3', 2]]
      : [['plain', 70], ['dash', 8], ['space', 7], ['p86', 4], ['p86sp', 3], ['d0086', 2], ['par', 2], ['fw', 1.5], ['p86s', 1], ['parfw', 0.5]];
  return F[wpick(W)];
}
function rId(id, st = 'mix') {
  const lowX = id.endsWith('X') && chance(st === 'human' ? 0.45 : st === 'sys' ? 0.05 : 0.2);
  let s = lowX ? id.slice(0, 17) + 'x' : id;
  const r = rnd();
  if (st === 'human' && r < 0.07) s = `${s.slice(0, 6)} ${s.slice(6, 14)} ${s.slice(14)}`;
  else if (st === 'human' && r < 0.09) s = FW(s);
  else if (st === 'mix' && r < 0.025) s = `${s.slice(0, 6)} ${s.slice(6, 14)} ${s.slice(14)}`;
  return s;
}
const grp = (s, sep = ' ') => s.match(/.{1,4}/g).join(sep);
function rCard(c, st = 'mix') {
  const p = st === 'human' ? [0.45, 0.05] : st === 'sys' ? [0.04, 0] : [0.18, 0.02];
  const r = rnd();
  return r < p[0] ? grp(c) : r < p[0] + p[1] ? grp(c, '-') : c;
}
function rLand(l, st = 'mix', ext) {
  const a = l.area, s = l.sub, a0 = a.slice(1);
  const s1 = s.length === 8 ? s.slice(0, 4) : s.slice(0, 3), s2 = s.slice(s1.length);
  const F = {
    dash: `${a}-${s}`, par: `(${a})${s}`, parsp: `(${a}) ${s}`, parfw: `（${a}）${s}`, parsplit: `(${a})${s1} ${s2}`, space: `${a} ${s}`, split: `${a} ${s1} ${s2}`,
    dashsplit: `${a}-${s1} ${s2}`, plain: `${a}${s}`, intl: `+86 ${a0} ${s1} ${s2}`, intldash: `+86-${a0}-${s}`, dash3: `${a}-${s1}-${s2}`,
  };
  const W = st === 'sys' ? [['dash', 80], ['plain', 14], ['par', 3], ['space', 3]]
    : st === 'human' ? [['dash', 34], ['par', 8], ['parsp', 4], ['parfw', 5], ['parsplit', 5], ['space', 7], ['split', 8], ['dashsplit', 5], ['plain', 6], ['intl', 6], ['intldash', 4], ['dash3', 4]]
      : [['dash', 60], ['par', 6], ['parfw', 3], ['space', 6], ['split', 5], ['plain', 10], ['intl', 4], ['intldash', 2], ['dashsplit', 2], ['parsplit', 2]];
  let t = F[wpick(W)];
  if (ext) t += wpick([[`-${ext}`, 4], [`转${ext}`, 3], [` 转 ${ext}`, 1], [` 分机${ext}`, 1], [` ext.${ext}`, 1], [`-ext${ext}`, 0.5]]);
  return t;
}
const excelGuard = (s, mode) => (mode === 'quote' ? `'${s}` : mode === 'tab' ? `\t${s}` : s);

// ───────────────────────── decoy generators ─────────────────────────
const MASK_STAR = () => pick(['****', '****', 'xxxx', '＊＊＊＊', '****']);
const DG = {
  order_number: () => safe(() => wpick([[() => ymd(recent()) + digits(10), 4], [() => ymd(recent()) + hms('') + digits(5), 3], [() => ymd(recent()).slice(2) + digits(ri(10, 13)), 2],
    [() => pick(['1', '2', '3']) + digits(18), 2], [() => 'DD' + ymd(recent()) + digits(8), 1], [() => 'SO' + ymd(recent()).slice(2) + digits(6), 1], [() => `PO-${recent().y}-${pad(ri(1, 12))}-${pad(ri(1, 9999), 4)}`, 1]])()),
  tracking_number: () => safe(() => wpick([[() => 'SF' + nz() + digits(12), 4], [() => 'SF' + nz() + digits(11), 1], [() => 'YT' + nz() + digits(12), 2], [() => 'JT' + '000' + nz() + digits(9), 2],
    [() => '7' + pick(['3', '5', '7', '8']) + digits(12), 2], [() => pick(['43', '46', '31']) + digits(11), 2], [() => 'JD' + 'V' + digits(12), 1], [() => 'E' + pick(['A', 'B', 'C', 'M']) + digits(9) + 'CN', 1], [() => '9' + digits(11), 1]])()),
  transaction_id: () => safe(() => wpick([[() => '4200' + digits(6) + ymd(recent()) + digits(10), 3], [() => ymd(recent()) + '2200' + digits(20), 2], [() => ymd(recent()) + digits(ri(11, 14)), 3],
    [() => 'T' + ymd(recent()) + digits(12), 1], [() => pick(['1', '3', '9']) + digits(ri(17, 21)), 2]])()),
  invoice_number: () => safe(() => wpick([[() => digits(8), 3], [() => pick(['23', '24', '25']) + pick(['44', '31', '11', '33', '32', '51']) + '2' + digits(13), 3]])()),
  invoice_code: () => safe(() => wpick([[() => pick(['0', '1']) + pick(['4403', '4401', '3100', '1100', '3301', '5101', '3205']) + pick(['19', '21', '22', '23']) + digits(5), 3], [() => pick(['4403', '3100', '1100', '3301']) + pick(['19', '21', '22']) + pick(['1', '3']) + digits(3), 2]])()),
  check_code: () => `${digits(5)} ${digits(5)} ${digits(5)} ${digits(5)}`,
  machine_number: () => safe(() => '4990' + digits(8)),
  timestamp_ms: () => safe(() => String(ri(1700000000, 1780000000)) + digits(3)),
  timestamp_s: () => String(ri(1640000000, 1780000000)),
  datetime_string: () => safe(() => wpick([[() => ymd(recent()) + hms(''), 5], [() => ymd(recent()) + hms('') + digits(3), 2], [() => ymd(recent()) + hms('').slice(0, 4), 1]])()),
  date: () => { const d = recent(); return wpick([[ymd(d, '-'), 4], [ymd(d, '/'), 2], [ymd(d, '.'), 1], [cnDate(d), 2]]); },
  imei: () => safe(() => { let t; do { const b = pick(['35', '86', '35', '86', '01']) + digits(12); t = b + luhnDigit(b); } while (legacyLike(t)); return t; }),
  qq_number: () => safe(() => nz() + digits(ri(4, 9))),
  unallocated_mobile: () => wpick([[() => pick(['154', '194', '140', '141', '144', '146']) + digits(8), 5], [() => pick(['100', '101', '106', '109', '110', '116', '120', '123', '125', '128']) + digits(8), 3]])(),
  masked_mobile: () => { const m = genMobile(); return wpick([[`${m.slice(0, 3)}${MASK_STAR()}${m.slice(7)}`, 6], [`${m.slice(0, 3)}-****-${m.slice(7)}`, 1], [`${m.slice(0, 3)} **** ${m.slice(7)}`, 1], [`*******${m.slice(7)}`, 1], [`尾号${m.slice(7)}`, 1]]); },
  masked_id: () => { const id = genID(); return wpick([[`${id.slice(0, 6)}********${id.slice(14)}`, 5], [`${id.slice(0, 3)}***********${id.slice(14)}`, 2], [`${id.slice(0, 1)}****************${id.slice(17)}`, 1], [`${id.slice(0, 10)}****${id.slice(14)}`, 2], [`**************${id.slice(14)}`, 1]]); },
  masked_card: () => { const c = genCard().value; return wpick([[`${c.slice(0, 4)} **** **** ${c.slice(-4)}`, 4], [`${c.slice(0, 6)}******${c.slice(-4)}`, 3], [`**** **** **** ${c.slice(-4)}`, 2], [`${c.slice(0, 4)}********${c.slice(-4)}`, 2], [`尾号${c.slice(-4)}`, 1]]); },
  masked_email: () => { const p = genName(); return `${(p.spy + p.gpy).slice(0, 2)}***@${wpick(DOMAINS)}`; },
  bad_check_id: () => safe(() => { const id = genID(); let c; do { c = pick('0123456789X'.split('')); } while (c === id[17]); return id.slice(0, 17) + c; }),
  bad_date_id: () => safe(() => { const r = pick(REGIONS); const y = ri(1950, 2005); const [m, d] = wpick([[[2, 30], 2], [[2, 31], 1], [[13, ri(1, 28)], 2], [[0, ri(1, 28)], 1], [[ri(1, 12), 0], 1], [[ri(1, 12), 32], 1], [[4, 31], 1], [[6, 31], 1], [[2, 29], isLeap(y) ? 0 : 2]]); const b = r + y + pad(m) + pad(d) + pad(ri(1, 999), 3); return b + idCheck(b); }),
  account_number: () => safe(() => { const t = wpick([[() => '4000' + digits(15), 2], [() => '44' + pick(['050', '001', '201']) + digits(15), 2], [() => '755' + digits(12), 2], [() => '3' + digits(ri(15, 17)), 1], [() => '11' + digits(ri(12, 18)), 2], [() => '6' + pick(['0', '1']) + digits(ri(14, 17)), 1], [() => '0' + digits(ri(12, 14)) + '0' + digits(2), 1]])(); return t; }),
  contract_account: () => safe(() => { const b = pick(['62', '43', '51', '81']) + digits(ri(14, 17)); return b + luhnBad(b); }), // card-length, Luhn-invalid
  sku: () => wpick([[() => `SKU-${pick(['BX', 'HW', 'TM', 'JD', 'AL'])}${digits(4)}-${pick(['BK', 'WH', 'RD', 'S', 'M', 'L', 'XL'])}`, 3], [() => `${pick(['HW', 'MI', 'OP', 'VV'])}-${pick(['P40', 'K60', 'A3', 'X9', 'M11'])}-${pick(['128G', '256G', '8+256', '12+512'])}`, 2], [() => `69${digits(11)}`, 2], [() => `${pick(['A', 'B', 'K', 'M', 'T'])}${digits(2)}-${digits(4)}-${pick(['01', '02', '10'])}`, 2]])(),
  ean13: () => { const b = '69' + digits(10); let s = 0; for (let i = 0; i < 12; i++) s += +b[i] * (i % 2 ? 3 : 1); return b + ((10 - (s % 10)) % 10); },
  postcode: () => pick(CITY).zip + digits(3),
  amount: () => wpick([[() => `¥${ri(10, 9999)}.${pad(ri(0, 99))}`, 4], [() => `${ri(1, 99)},${pad(ri(0, 999), 3)}.${pad(ri(0, 99))}`, 3], [() => `${ri(100, 9999)}.00元`, 2], [() => `RMB ${ri(1000, 99999)}.${pad(ri(0, 99))}`, 1], [() => `${ri(1, 99)}.${ri(1, 9)}万元`, 0.7], [() => `${ri(100000, 9999999)}.${pad(ri(0, 99))}`, 0.5]])(),
  contract_number: () => wpick([[() => `HT-${pick(['SZ', 'BJ', 'SH', 'GZ', 'HZ'])}-${recent().y}-${pad(ri(1, 999), 4)}`, 3], [() => `CGHT${ymd(recent())}${pad(ri(1, 999), 3)}`, 2], [() => `${pick(['沪', '京', '粤', '浙'])}租字（${recent().y}）第${ri(100, 9999)}号`, 1], [() => `${recent().y}${pick(['XS', 'CG', 'FW', 'ZL'])}${pad(ri(1, 9999), 4)}`, 2], [() => `No.${recent().y}-${pad(ri(1, 99999), 5)}`, 1]])(),
  policy_number: () => safe(() => wpick([[() => `P${pick(['44', '31', '11', '51'])}${pad(ri(1, 99), 2)}${ymd(recent())}${digits(7)}`, 2], [() => `${pick(['8', '1', '2'])}${digits(ri(18, 21))}`, 2], [() => `A${digits(9)}${pick(['BJ', 'SH', 'GD'])}`, 1]])()),
  version_string: () => wpick([[() => `v${ri(1, 9)}.${ri(0, 20)}.${ri(0, 30)}`, 3], [() => `V${ri(1, 6)}.${ri(0, 9)}.${ri(0, 9)}.${ymd(recent()).slice(2)}`, 2], [() => `${ri(1, 9)}.${ri(0, 9)}.${ri(0, 99)} build ${ymd(recent())}${pad(ri(1, 99))}`, 1], [() => `${ri(10, 13)}.${ri(0, 9)}.${ri(100, 9999)}.${ri(100, 9999)}`, 1]])(),
  ip_address: () => wpick([[() => `10.${ri(0, 255)}.${ri(0, 255)}.${ri(1, 254)}`, 3], [() => `192.168.${ri(0, 255)}.${ri(1, 254)}`, 3], [() => `172.${ri(16, 31)}.${ri(0, 255)}.${ri(1, 254)}`, 1], [() => `${ri(36, 223)}.${ri(0, 255)}.${ri(0, 255)}.${ri(1, 254)}`, 2]])(),
  bank_branch_code: () => pick(['102', '103', '104', '105', '301', '302', '303', '305', '308', '309', '403']) + pick(['1000', '2900', '5840', '3310', '6510', '5810', '3050', '4930']) + digits(4) + digits(1),
  service_hotline: () => pick(['95588', '95533', '95555', '95566', '95599', '10086', '10010', '12345', '95338', '4008-123-123', `400-${ri(600, 899)}-${digits(4)}`, `400${ri(600, 899)}${digits(4)}`, `800-${ri(800, 899)}-${digits(4)}`, '95511', '96599']),
  employee_no: () => pick([`${pick(['SZ', 'BJ', 'GZ', 'E', 'HR'])}${pad(ri(1, 99999), 5)}`, `${ri(2010, 2024)}${pad(ri(1, 9999), 4)}`, `W${digits(6)}`]),
  member_no: () => safe(() => pick([`${pick(['8800', '6600', '9100'])}${digits(6)}`, `VIP${digits(8)}`, `M${ymd(recent()).slice(2)}${digits(4)}`, digits(ri(9, 10))])),
  plate_number: () => `${pick(['粤B', '京A', '沪C', '浙A', '苏E', '川A', '鄂A', '粤A', '京N'])}${pick(['', 'D', 'F'])}${[...Array(5)].map(() => pick('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ'.split(''))).join('')}`.slice(0, 8),
  vin: () => { const A = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ'; return pick(['LSV', 'LFV', 'LGB', 'LVS', 'LHG', 'LBV', 'LGW']) + [...Array(14)].map((_, i) => (i >= 9 ? String(ri(0, 9)) : pick(A.split('')))).join(''); },
  ticket_number: () => `${pick(['781', '784', '999', '880', '479'])}-${digits(10)}`,
  serial_number: () => pick([`SN${digits(4)}${pick(['A', 'B', 'C', 'K'])}${digits(8)}`, `${pick(['C02', 'F4K', 'DX3'])}${[...Array(9)].map(() => pick('0123456789ABCDEFGHJKLMNPQRTUVWXYZ'.split(''))).join('')}`]),
  email_like: () => pick(['icon@2x.png', 'logo@3x.png', 'banner@2x.jpg', 'git@github.com:acme/crm-export.git', 'git@gitlab.internal:ops/deploy.git', '@vue/cli', '@babel/core', '@types/node', 'user@localhost', 'root@localhost', '@media screen', 'bg@2x.webp']),
  company_name: genCompany,
  institution_name: genInstitution,
  org_name: () => pick(ORGS),
  place_name: () => pick(PLACE_WORDS),
  surname_word: () => pick(SURNAME_WORDS),
  job_title: () => pick(JOBS),
  room_number: () => `${ri(2, 28)}${pad(ri(1, 40))}`,
};

// typo'd / masked forms of a real person's ID, as they appear in real records
function badCheckOf(id) {
  for (let i = 0; i < 50; i++) {
    const t = rnd();
    let v;
    if (t < 0.6) { let c; do { c = pick('0123456789X'.split('')); } while (c === id[17]); v = id.slice(0, 17) + c; } // wrong check char
    else if (t < 0.85) { const k = ri(14, 16); let c; do { c = String(ri(0, 9)); } while (c === id[k]); v = id.slice(0, k) + c + id.slice(k + 1); } // sequence digit typo
    else { const k = ri(0, 15); if (id[k] === id[k + 1]) continue; v = id.slice(0, k) + id[k + 1] + id[k] + id.slice(k + 2); } // transposition
    if (idCheck(v.slice(0, 17)) !== v[17] && !risky(v) && validDate(+v.slice(6, 10), +v.slice(10, 12), +v.slice(12, 14))) return v;
  }
  return DG.bad_check_id();
}
const maskIdOf = (id) => wpick([[`${id.slice(0, 6)}********${id.slice(14)}`, 5], [`${id.slice(0, 3)}***********${id.slice(14)}`, 2], [`${id.slice(0, 10)}****${id.slice(14)}`, 2], [`${id.slice(0, 4)}**********${id.slice(14)}`, 1]]);

// ───────────────────────── the carrier document ─────────────────────────
class Doc {
  constructor(kind) {
    this.kind = kind; this.entities = []; this.dontCare = []; this.decoys = []; this.written = [];
    const b = randDate(2022, 2025); this.base = Date.UTC(b.y, b.m - 1, b.d); this.dfmt = wpick([['-', 6], ['/', 2], ['.', 1], ['cn', 2]]);
  }
  // dates in one document share a format and cluster around one base date
  date(off = ri(-300, 30)) { const t = new Date(this.base + off * 86400000); const o = { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }; return this.X('date', this.dfmt === 'cn' ? cnDate(o) : ymd(o, this.dfmt)); }
  E(detector, value, written = value) { this.entities.push({ detector, value }); this.written.push([detector, value, written]); return written; }
  D(detector, value, written = value) { this.dontCare.push({ detector, value }); this.written.push([detector, value, written]); return written; }
  X(kind, text) { text = String(text); this.decoys.push({ kind, text }); return text; }
  x(kind) { return kind === 'date' ? this.date() : this.X(kind, DG[kind]()); }
  name(p) { return this.E('person_name_zh', typeof p === 'string' ? p : p.name); }
  nameDC(p) { return this.D('person_name_zh', typeof p === 'string' ? p : p.name); }
  mob(m, st) { return this.E('cn_mobile', m, rMobile(m, st)); }
  idn(id, st) { return this.E('cn_resident_id', id, rId(id, st)); }
  card(c, st) { return this.E('bank_card', c, rCard(c, st)); }
  land(l, st, ext) { return this.E('cn_landline', l.value, rLand(l, st, ext)); }
  mail(e) { if (e.inner) this.D('cn_mobile', e.inner, e.inner); return this.E('email', e.value, e.text); }
  uscc(u) { return this.E('cn_uscc', u, u); }
  pp(v) { return this.E('cn_passport', v, v); }
  legacy15(id18) { const s15 = id18.slice(0, 6) + id18.slice(8, 17); this.D('cn_resident_id', s15, s15); this.D('cn_resident_id', id18, s15); return s15; }
}

// ───────────────────────── layout helpers ─────────────────────────
const isWide = (ch) => /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch);
const dispW = (s) => { let w = 0; for (const ch of s) w += isWide(ch) ? 2 : 1; return w; };
const padR = (s, w) => s + ' '.repeat(Math.max(0, w - dispW(s)));
function writeDelimited(header, rows, o = {}) {
  const delim = o.delim ?? ',', quote = o.quote ?? 'min';
  const q = (v) => {
    v = String(v);
    if (quote === 'all' || (quote === 'min' && (v.includes(delim) || v.includes('"') || v.includes('\n')))) return `"${v.replace(/"/g, '""')}"`;
    return v;
  };
  const sep = o.spaced ? ` ${delim} ` : delim;
  const lines = [];
  if (o.headerRow !== false && header) lines.push(header.map(q).join(sep));
  for (const r of rows) lines.push(r.map(q).join(sep));
  return lines.join(o.crlf ? '\r\n' : '\n');
}
function writeFixed(header, rows, o = {}) {
  const all = o.headerRow === false ? rows : [header, ...rows];
  const w = header.map((_, i) => Math.max(...all.map((r) => dispW(String(r[i] ?? '')))));
  const gap = o.gap ?? 2;
  const line = (r) => r.map((c, i) => (i === r.length - 1 ? String(c) : padR(String(c), w[i] + gap))).join('').replace(/\s+$/, '');
  const out = [];
  if (o.headerRow !== false) { out.push(line(header)); out.push((o.ruleChar ?? '-').repeat(w.reduce((a, b) => a + b + gap, -gap))); }
  for (const r of rows) out.push(line(r));
  return out.join('\n');
}
const writeMarkdown = (header, rows) => [`| ${header.join(' | ')} |`, `|${header.map(() => pick(['---', ' --- ', ':---'])).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
function writeHtml(header, rows) {
  const ind = pick(['', '  ']);
  return [`<table class="${pick(['table', 'data-grid', 'tb-list', 'el-table'])}">`, `${ind}<thead><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr></thead>`, `${ind}<tbody>`,
    ...rows.map((r) => `${ind}${ind}<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`), `${ind}</tbody>`, '</table>'].join('\n');
}
function lab(label, style) {
  switch (style) {
    case 'cn': return `${label}：`;
    case 'en': return `${label}:`;
    case 'ensp': return `${label}: `;
    case 'brk': return `【${label}】`;
    case 'sp': return `${label} `;
    case 'cnsp': return `${label}： `;
    case 'wide': return (label.length === 2 ? label[0] + '\u3000\u3000' + label[1] : label.length === 3 ? [...label].join('\u3000'.repeat(0) + ' ') : label) + '：';
    default: return `${label}：`;
  }
}
const labStyle = () => wpick([['cn', 10], ['en', 3], ['ensp', 2], ['brk', 2], ['sp', 1], ['cnsp', 2], ['wide', 2]]);
const sep2 = () => pick(['    ', '  ', '\t', '   ', '；', ' | ', '，']);

// ───────────────────────── table cells ─────────────────────────
const HDR = {
  seq: [['序号', 4], ['No.', 1], ['#', 1], ['编号', 1]],
  name: [['姓名', 8], ['客户姓名', 5], ['联系人', 4], ['客户名称', 3], ['户名', 2], ['持卡人', 1], ['收件人', 2], ['负责人', 1], ['会员姓名', 2], ['真实姓名', 2], ['用户姓名', 1], ['客户', 1], ['联系人姓名', 1], ['业主姓名', 1], ['学员姓名', 0.5]],
  nameEn: [['Name', 4], ['name', 2], ['Customer Name', 2], ['Contact', 1], ['Full Name', 1], ['CustName', 1]],
  gender: [['性别', 1]], genderEn: [['Gender', 1], ['Sex', 1]],
  birth: [['出生日期', 3], ['生日', 1]], birthEn: [['Birthday', 1], ['DOB', 1]],
  mobile: [['手机', 6], ['手机号', 5], ['手机号码', 5], ['联系电话', 5], ['电话', 3], ['移动电话', 1], ['联系方式', 2], ['联系手机', 1], ['手机号码(必填)', 0.5], ['手 机', 0.5]],
  mobileEn: [['Mobile', 4], ['Phone', 2], ['mobile', 1], ['Cell', 1], ['Tel', 1], ['Mobile No.', 1]],
  id: [['身份证号', 6], ['身份证号码', 6], ['证件号码', 4], ['公民身份号码', 1], ['身份证', 2], ['证件号', 2], ['身份证号(18位)', 0.5]],
  idEn: [['ID No.', 3], ['ID Card', 1], ['IDCard', 1], ['ID Number', 1]],
  email: [['邮箱', 5], ['电子邮箱', 3], ['Email', 2], ['E-mail', 1], ['邮件地址', 1], ['电子邮件', 1]], emailEn: [['Email', 3], ['E-mail', 1], ['email', 1]],
  land: [['座机', 3], ['固定电话', 2], ['办公电话', 2], ['单位电话', 1], ['固话', 1], ['家庭电话', 1]], landEn: [['Tel', 1], ['Office Tel', 1], ['Landline', 1]],
  card: [['银行卡号', 6], ['卡号', 2], ['工资卡号', 1], ['收款账号', 1], ['银行账号', 1], ['借记卡号', 1]], cardEn: [['Card No.', 1], ['Bank Card', 1]],
  bank: [['开户行', 3], ['开户银行', 2], ['发卡行', 1]], bankEn: [['Bank', 1]],
  addr: [['地址', 3], ['联系地址', 2], ['家庭住址', 2], ['收货地址', 1], ['通讯地址', 1]], addrEn: [['Address', 1]],
  zip: [['邮编', 3], ['邮政编码', 1]], zipEn: [['Zip', 1], ['Postcode', 1]],
  order: [['订单号', 4], ['订单编号', 2], ['单号', 1]], orderEn: [['Order No.', 1], ['order_id', 1]],
  amount: [['金额', 3], ['消费金额', 1], ['订单金额', 1], ['累计消费', 1]], amountEn: [['Amount', 1]],
  regtime: [['注册时间', 3], ['创建时间', 2], ['登记日期', 1], ['入会时间', 1]], regtimeEn: [['Created', 1], ['Reg Date', 1]],
  qq: [['QQ', 3], ['QQ号', 2]], qqEn: [['QQ', 1]],
  member: [['会员卡号', 3], ['会员编号', 2], ['会员号', 1]], memberEn: [['Member ID', 1]],
  level: [['会员等级', 2], ['等级', 1], ['客户等级', 1]], levelEn: [['Level', 1]],
  city: [['城市', 3], ['所在地区', 1], ['区域', 1], ['门店', 2]], cityEn: [['City', 1]],
  company: [['单位', 2], ['工作单位', 2], ['公司名称', 2], ['所属公司', 1]], companyEn: [['Company', 1]],
  job: [['职务', 2], ['职位', 2], ['岗位', 1]], jobEn: [['Title', 1]],
  dept: [['部门', 1]], deptEn: [['Dept', 1]],
  remark: [['备注', 3], ['说明', 1]], remarkEn: [['Remark', 1], ['Note', 1]],
  passport: [['护照号', 3], ['护照号码', 2], ['护照编号', 1]], passportEn: [['Passport No.', 1]],
  ts: [['更新时间戳', 1], ['update_ts', 1]], tsEn: [['updated_at', 1]],
  source: [['来源', 1], ['渠道', 1]], sourceEn: [['Source', 1]],
};
const LEVELS = ['普通会员', '银卡', '金卡', '白金卡', '钻石会员', 'VIP1', 'VIP2', 'VIP3', 'A类', 'B类', 'C类', '潜在客户', '意向客户'];
const SOURCES = ['线下门店', '官网注册', '小程序', '抖音', '老客户转介绍', '展会', '电话营销', '美团', '淘宝', '地推'];
const REMARKS = [() => '', () => '', () => '', () => '', () => '已回访', () => '要求开发票', () => '老客户', () => '地址已更新', () => '需电话预约', () => '不接受推销'];
function headerFor(k, lang) { const t = HDR[lang === 'en' ? k + 'En' : k] || HDR[k] || [[k, 1]]; return wpick(t); }

// one cell; registers entities / decoys / dontCare on the document
function cell(d, k, r, st, o = {}) {
  const p = r.p;
  const g = (s) => excelGuard(s, o.guard && chance(0.8) ? o.guard : null);
  switch (k) {
    case 'seq': return String(r.i + 1);
    case 'name': return r.company ? d.X(r.orgKind || 'company_name', r.company) : d.name(p);
    case 'gender': return o.lang === 'en' ? (p.gender === '男' ? 'M' : 'F') : p.gender;
    case 'birth': return chance(0.8) ? p.birth : p.birth.replace(/-/g, pick(['/', '.', '']));
    case 'mobile': {
      const x = rnd();
      if (x < 0.035) return d.x('masked_mobile');
      if (x < 0.055) return d.x('unallocated_mobile');
      if (x < 0.075) return '';
      if (x < 0.1) { const m2 = genMobile(); return `${d.mob(p.mobile, st)}${pick(['/', '；', ',', ' / ', '、'])}${d.mob(m2, st)}`; }
      if (x < 0.115) return `${d.mob(p.mobile, st)}${pick(['/', '；', ' '])}${d.land(p.land, st)}`;
      return d.mob(p.mobile, st);
    }
    case 'id': {
      if (r.company) return d.uscc(r.uscc);
      const x = rnd();
      if (x < 0.03) return d.X('bad_check_id', badCheckOf(p.id));
      if (x < 0.04) return d.x('bad_date_id');
      if (x < 0.06) return d.X('masked_id', maskIdOf(p.id));
      if (x < 0.075 && p.id.slice(6, 8) === '19') return g(d.legacy15(p.id));
      if (x < 0.09) return '';
      return g(d.idn(p.id, st));
    }
    case 'email': {
      if (r.company && r.coEmail) return d.mail(r.coEmail);
      const x = rnd();
      if (x < 0.07) return '';
      if (x < 0.09) return d.x('masked_email');
      return d.mail(p.email);
    }
    case 'land': { if (chance(0.12)) return ''; return d.land(p.land, st, chance(0.08) ? String(ri(100, 8999)) : undefined); }
    case 'card': {
      const x = rnd();
      if (x < 0.04) return d.x('masked_card');
      if (x < 0.06) return '';
      return g(d.card(p.card.value, st));
    }
    case 'bank': return p.card.bank + (chance(0.5) ? pick(['', `${p.addr.city.c || p.addr.city.p}分行`, `${pick(p.addr.city.ds)}支行`]) : '');
    case 'addr': return o.shortAddr ? p.addr.short : p.addr.full;
    case 'zip': return d.X('postcode', p.addr.zip);
    case 'order': return d.x('order_number');
    case 'amount': return d.x('amount');
    case 'regtime': { const t = rnd(); if (t < 0.25) return d.x('datetime_string'); if (t < 0.45) return d.x('date'); return `${ymd(recent(), '-')} ${hms()}`; }
    case 'qq': return chance(0.7) ? d.x('qq_number') : '';
    case 'member': return d.x('member_no');
    case 'level': return pick(LEVELS);
    case 'city': { if (chance(0.3)) return d.x('place_name'); const c = p.addr.city; return c.c ? c.c.replace('市', '') : c.p.replace('市', ''); }
    case 'company': return chance(0.12) ? d.x('org_name') : d.x('company_name');
    case 'job': return d.x('job_title');
    case 'dept': return pick(DEPTS);
    case 'remark': { if (chance(0.12)) { const [w, tail] = pick([['周末', '送货'], ['周末', '不在家'], ['付款', '已确认'], ['余额', '不足'], ['陈列', '样品'], ['高速', '服务区自提'], ['马上', '要'], ['安全', '问题投诉']]); return d.X('surname_word', w) + tail; } return pick(REMARKS)(); }
    case 'passport': return d.pp(p.passport);
    case 'ts': return d.x('timestamp_ms');
    case 'source': return pick(SOURCES);
    default: throw new Error('cell ' + k);
  }
}
function custTable(d, o) {
  const st = o.st || 'mix', lang = o.lang || 'zh';
  const cols = o.keys.map((k) => ({ key: k, h: (o.hdr && o.hdr[k]) || headerFor(k, lang) }));
  const nc = cols.find((c) => c.key === 'name');
  if (nc && !(o.hdr && o.hdr.name)) {
    if (['持卡人', '户名'].includes(nc.h) && !o.keys.includes('card')) nc.h = pick(['姓名', '客户姓名', '联系人']);
    if (nc.h === '收件人' && !o.keys.includes('addr')) nc.h = pick(['姓名', '客户姓名']);
  }
  const nameH = (nc || {}).h;
  const coOK = o.companyRate && ['客户名称', '户名', '客户', 'Customer Name', '收件人', '联系人'].includes(nameH);
  const idH = (cols.find((c) => c.key === 'id') || {}).h;
  const rows = [], recs = [];
  for (let i = 0; i < o.n; i++) {
    const p = person(o.pp || {});
    const r = { p, i };
    if (coOK && chance(o.companyRate)) {
      r.company = nameH === '收件人' || nameH === '联系人' ? pick(ORGS) : genCompany();
      r.orgKind = ORGS.includes(r.company) ? 'org_name' : 'company_name';
      r.uscc = r.orgKind === 'org_name' ? genUSCC(pick(['11', '12'])) : genUSCC();
      if (!['证件号码', '证件号'].includes(idH)) r.noId = true;
      const core = CO_CORE.find((c) => r.company.includes(c));
      if (CO_PY[core]) r.coEmail = { value: `${pick(['service', 'sales', 'info', 'hr', 'caiwu', 'admin'])}@${CO_PY[core]}.com${pick(['', '.cn'])}`, inner: null }, r.coEmail.text = r.coEmail.value;
    }
    recs.push(r);
    rows.push(cols.map((c) => (c.key === 'id' && r.noId ? '' : cell(d, c.key, r, st, { ...o, lang }))));
  }
  return { header: cols.map((c) => c.h), cols, rows, recs };
}
const TEMPLATES = [
  ['seq', 'name', 'gender', 'mobile', 'id', 'addr'], ['member', 'name', 'mobile', 'email', 'level', 'regtime'], ['name', 'id', 'mobile', 'card', 'bank'],
  ['name', 'mobile', 'land', 'email', 'company'], ['order', 'name', 'mobile', 'addr', 'zip', 'amount'], ['name', 'gender', 'birth', 'id', 'mobile', 'qq', 'email'],
  ['name', 'mobile', 'city', 'source', 'remark'], ['seq', 'name', 'company', 'job', 'mobile', 'email'], ['name', 'mobile', 'id', 'email', 'addr', 'zip', 'regtime'],
  ['member', 'name', 'mobile', 'birth', 'level', 'amount', 'city'], ['name', 'id', 'card', 'mobile'], ['seq', 'name', 'mobile', 'land', 'addr', 'remark'],
  ['name', 'mobile', 'email', 'ts'], ['name', 'gender', 'id', 'mobile', 'land', 'email', 'card', 'bank', 'addr'],
];

// ───────────────────────── document builders ─────────────────────────
const nowStamp = () => `${ymd(recent(), '-')} ${hms()}`;
const operator = (d) => `${pick(['操作人', '导出人', '制表人', '经办人'])}：${d.name(genName().name)}`;
const B = {};

B.customer_export_csv = (d) => {
  const en = chance(0.2);
  const keys = pick(TEMPLATES);
  const t = custTable(d, { keys, n: ri(8, 30), st: pick(['sys', 'sys', 'mix', 'human']), lang: en ? 'en' : 'zh', companyRate: 0.12, guard: chance(0.25) ? pick(['quote', 'tab']) : null });
  const out = [];
  if (chance(0.25)) out.push(pick(['客户信息导出', '会员数据', `客户明细_${ymd(recent())}`, 'CRM Export']) + ','.repeat(t.header.length - 1));
  out.push(writeDelimited(t.header, t.rows, { delim: ',', quote: pick(['min', 'min', 'all', 'none']), headerRow: chance(0.85), crlf: chance(0.4) }));
  return out.join('\n');
};
B.member_export_tsv = (d) => {
  const keys = pick(TEMPLATES);
  const t = custTable(d, { keys, n: ri(8, 30), st: pick(['sys', 'mix']), companyRate: 0.08 });
  return writeDelimited(t.header, t.rows, { delim: '\t', quote: 'none', headerRow: chance(0.9) });
};
B.pipe_export = (d) => {
  const keys = pick(TEMPLATES);
  const t = custTable(d, { keys, n: ri(6, 25), st: 'sys', lang: chance(0.15) ? 'en' : 'zh' });
  if (chance(0.5)) { // psql-like output
    const w = t.header.map((h, i) => Math.max(dispW(h), ...t.rows.map((r) => dispW(r[i]))));
    const line = (r) => ' ' + r.map((c, i) => padR(c, w[i])).join(' | ');
    return [line(t.header), w.map((x) => '-'.repeat(x + 2)).join('+'), ...t.rows.map(line), `(${t.rows.length} rows)`].join('\n');
  }
  return writeDelimited(t.header, t.rows, { delim: '|', quote: 'none', spaced: chance(0.3), headerRow: chance(0.8) });
};
B.fixed_width_report = (d) => {
  const keys = pick(TEMPLATES.filter((k) => !k.includes('addr') || chance(0.3)));
  const t = custTable(d, { keys, n: ri(8, 25), st: 'sys', shortAddr: true });
  const title = pick(['客户信息报表', '会员明细表', '客户资料清单', '重点客户名单']);
  return [`${' '.repeat(20)}${title}`, `打印日期：${ymd(recent(), '-')}    页码：1/1`, '', writeFixed(t.header, t.rows, { gap: pick([2, 3, 4]), ruleChar: pick(['-', '=', '─']) }), '', `合计：${t.rows.length} 条    ${operator(d)}`].join('\n');
};
B.markdown_table = (d) => {
  const keys = pick(TEMPLATES);
  const t = custTable(d, { keys, n: ri(4, 15), st: 'mix' });
  const intro = pick(['## 本周新增重点客户\n\n以下客户需在周五前完成首次回访：', `# ${pick(['华东区', '华南区', '渠道部'])}客户跟进表\n\n> 数据来源：CRM，仅限内部使用`, '### 待审核开户申请\n\n请风控同事核对以下信息：', '## 投诉客户清单（6月）\n']);
  return `${intro}\n\n${writeMarkdown(t.header, t.rows)}\n\n${call(pick(['如有疑问请联系运营组。', '更新后请同步到共享盘。', '', () => `负责人：${d.name(genName().name)}`]))}`;
};
B.html_table = (d) => {
  const keys = pick(TEMPLATES);
  const t = custTable(d, { keys, n: ri(4, 18), st: 'sys' });
  return `<html><head><meta charset="utf-8"><title>${pick(['客户列表', '会员查询结果', '订单客户'])}</title></head><body>\n<h3>${pick(['查询结果', '客户列表', '导出预览'])}（共${t.rows.length}条）</h3>\n${writeHtml(t.header, t.rows)}\n<p>导出时间：${nowStamp()}</p>\n</body></html>`;
};
B.html_flattened = (d) => {
  const keys = pick(TEMPLATES);
  const t = custTable(d, { keys, n: ri(4, 15), st: 'sys' });
  if (chance(0.5)) return [`${pick(['客户管理', '会员中心', '订单管理'])} > ${pick(['客户列表', '查询'])}`, t.header.join('\t'), ...t.rows.map((r) => r.join('\t')), `共 ${t.rows.length} 条  10条/页  < 1 >`].join('\n');
  const lines = [...t.header];
  for (const r of t.rows) lines.push(...r.map((c) => c || '-'), pick(['编辑', '查看 | 编辑 | 删除', '详情']));
  return lines.join('\n');
};
const JKEY = {
  name: ['name', 'customerName', 'realName', 'contactName', 'custName', 'receiverName', 'userName', 'holderName'], mobile: ['mobile', 'phone', 'tel', 'mobilePhone', 'phoneNumber', 'contactPhone', 'cellphone'],
  id: ['idCard', 'idNo', 'id_card', 'certNo', 'identityNo', 'idNumber', 'cardId'], email: ['email', 'mail', 'emailAddress'], card: ['bankCard', 'cardNo', 'bank_card_no', 'acctNo', 'bankAccount'],
  land: ['telephone', 'officeTel', 'landline', 'fixedPhone', 'homeTel'], addr: ['address', 'addr', 'detailAddress'], zip: ['zipCode', 'postcode'], order: ['orderNo', 'orderId', 'order_sn'],
  amount: ['amount', 'payAmount', 'totalFee'], regtime: ['createTime', 'gmtCreate', 'regTime', 'created_at'], member: ['memberNo', 'memberId', 'vipNo'], gender: ['gender', 'sex'],
  birth: ['birthday', 'birthDate'], qq: ['qq', 'qqNo'], level: ['level', 'memberLevel'], city: ['city', 'store'], company: ['company', 'orgName'], job: ['title', 'position'], bank: ['bankName', 'openBank'],
  remark: ['remark', 'memo'], source: ['source', 'channel'], seq: ['seq', 'no'], ts: ['updateTime', 'ts'], passport: ['passportNo'], dept: ['dept'],
};
function objRows(d, keys, n, st, o = {}) {
  const t = custTable(d, { keys, n, st, ...o });
  const jk = Object.fromEntries(keys.map((k) => [k, pick(JKEY[k] || [k])]));
  return t.rows.map((r, i) => { const ob = {}; if (chance(0.5)) ob.id = 10000 + ri(1, 899999); keys.forEach((k, j) => { ob[jk[k]] = k === 'seq' ? i + 1 : r[j]; }); return ob; });
}
B.json_export = (d) => {
  const rows = objRows(d, pick(TEMPLATES), ri(3, 15), pick(['sys', 'sys', 'mix']));
  if (chance(0.25)) return JSON.stringify(rows, null, pick([0, 2, 4]));
  const wrap = { code: 0, msg: pick(['success', 'ok', '操作成功']), data: { total: rows.length, list: rows }, timestamp: Number(d.x('timestamp_ms')) };
  if (chance(0.4)) wrap.requestId = d.x('transaction_id');
  return chance(0.5) ? JSON.stringify(wrap, null, 2) : JSON.stringify(wrap);
};
B.jsonl_export = (d) => {
  const rows = objRows(d, pick(TEMPLATES), ri(5, 20), 'sys');
  return rows.map((r) => JSON.stringify(chance(0.5) ? { ...r, event: pick(['user.register', 'user.update', 'order.create']), eventTime: Number(d.x('timestamp_ms')) } : r)).join('\n');
};
B.xml_export = (d) => {
  const keys = pick(TEMPLATES);
  const t = custTable(d, { keys, n: ri(3, 12), st: 'sys' });
  const tag = Object.fromEntries(keys.map((k) => [k, (pick(JKEY[k] || [k]))]));
  const capAll = chance(0.5);
  const cap = (s) => (capAll ? s[0].toUpperCase() + s.slice(1) : s);
  const root = pick(['Customers', 'customerList', 'Members', 'records']);
  const item = pick(['Customer', 'customer', 'Member', 'record']);
  return [`<?xml version="1.0" encoding="${pick(['UTF-8', 'GBK', 'utf-8'])}"?>`, `<${root} exportTime="${nowStamp()}">`,
    ...t.rows.map((r, i) => `  <${item} seq="${i + 1}">\n${keys.map((k, j) => `    <${cap(tag[k])}>${r[j]}</${cap(tag[k])}>`).join('\n')}\n  </${item}>`), `</${root}>`].join('\n');
};
B.sql_insert = (d) => {
  const keys = pick(TEMPLATES).filter((k) => k !== 'seq');
  const t = custTable(d, { keys, n: ri(3, 15), st: 'sys' });
  const col = { name: 'cust_name', mobile: 'mobile', id: 'id_card_no', email: 'email', card: 'bank_card_no', land: 'tel', addr: 'address', zip: 'zip_code', order: 'order_no', amount: 'amount', regtime: 'create_time', member: 'member_no', gender: 'gender', birth: 'birthday', qq: 'qq', level: 'level', city: 'city', company: 'company', job: 'title', bank: 'bank_name', remark: 'remark', source: 'source', ts: 'update_ts', passport: 'passport_no', dept: 'dept' };
  const tbl = pick(['t_customer', 'crm_customer', 'member_info', 'user_profile', '`cust_base`']);
  const vals = t.rows.map((r, i) => `(${ri(1000, 99999) + i}, ${r.map((c) => (c === '' ? 'NULL' : `'${c}'`)).join(', ')})`);
  const head = `INSERT INTO ${tbl} (id, ${keys.map((k) => col[k]).join(', ')}) VALUES`;
  return [`-- dump ${nowStamp()} host ${d.x('ip_address')}`, ...(chance(0.5) ? [`${head}\n${vals.join(',\n')};`] : vals.map((v) => `${head} ${v};`))].join('\n');
};
B.app_log = (d) => {
  const lines = [];
  const n = ri(8, 20);
  for (let i = 0; i < n; i++) {
    const ts = `${ymd(recent(), '-')} ${hms()}.${pad(ri(0, 999), 3)}`;
    const lvl = wpick([['INFO', 6], ['WARN', 2], ['ERROR', 1], ['DEBUG', 2]]);
    const thr = pick(['http-nio-8080-exec-' + ri(1, 50), 'main', 'pool-2-thread-' + ri(1, 9), 'task-' + ri(1, 20)]);
    const cls = pick(['c.a.crm.web.CustomerController', 'c.a.order.service.OrderServiceImpl', 'c.a.pay.callback.WxPayNotify', 'c.a.user.UserServiceImpl', 'c.a.sms.SmsSender']);
    const p = person();
    const kind = rnd();
    let msg;
    if (kind < 0.2) msg = `register ok userId=${ri(100000, 9999999)} mobile=${d.mob(p.mobile, 'sys')} ip=${d.x('ip_address')}`;
    else if (kind < 0.35) msg = `createOrder orderNo=${d.x('order_number')} receiverName=${d.name(p)} receiverPhone=${d.mob(p.mobile, 'sys')} amount=${ri(10, 9999)}.${pad(ri(0, 99))}`;
    else if (kind < 0.45) msg = `request body: ${JSON.stringify({ name: d.name(p), idCard: d.idn(p.id, 'sys'), mobile: d.mob(p.mobile, 'sys'), bankCard: d.card(p.card.value, 'sys') })}`;
    else if (kind < 0.55) msg = `sms send to ${d.mob(p.mobile, 'sys')} tpl=SMS_${digits(8)} bizId=${d.x('transaction_id')}`;
    else if (kind < 0.62) msg = `sms send to ${d.x('unallocated_mobile')} failed: isv.MOBILE_NUMBER_ILLEGAL`;
    else if (kind < 0.7) msg = `wx notify transaction_id=${d.x('transaction_id')} out_trade_no=${d.x('order_number')} time_end=${d.x('datetime_string')}`;
    else if (kind < 0.78) msg = `realname verify fail, idNo=${d.x(pick(['bad_check_id', 'masked_id', 'bad_date_id']))} name=${d.name(p)} code=ID_CHECK_FAILED`;
    else if (kind < 0.85) msg = `device imei=${d.x('imei')} appVersion=${d.x('version_string')} ts=${d.x('timestamp_ms')}`;
    else if (kind < 0.92) msg = `mail to ${d.mail(p.email)} subject=账单通知 status=250`;
    else msg = `GET /api/v1/customers?page=${ri(1, 30)}&size=20 200 ${ri(3, 900)}ms traceId=${d.X('trace_id', safe(() => chance(0.6) ? [...Array(32)].map(() => pick('0123456789abcdef'.split(''))).join('') : digits(19)))}`;
    lines.push(`${ts} ${lvl.padEnd(5)} [${thr}] ${cls} - ${msg}`);
  }
  return lines.join('\n');
};

// key-value forms
function kv(pairs, ls, layout) {
  // pairs: [label, value] ; layout: 'lines' | 'two' | 'inline'
  const items = pairs.filter(Boolean).map(([l, v]) => `${lab(l, ls)}${v}`);
  if (layout === 'lines') return items.join('\n');
  if (layout === 'inline') return items.join(pick(['；', '，', '  ', ' ']));
  const out = []; for (let i = 0; i < items.length; i += 2) out.push(items.slice(i, i + 2).join(sep2())); return out.join('\n');
}
B.registration_form = (d) => {
  const forms = [];
  const n = ri(1, 4);
  for (let f = 0; f < n; f++) {
    const p = person(), ec = person(), ls = labStyle(), st = pick(['human', 'mix']);
    const idLab = pick(['身份证号码', '身份证号', '公民身份号码', '证件号码']);
    const idv = chance(0.06) ? d.X('bad_check_id', badCheckOf(p.id)) : d.idn(p.id, st);
    const pairs = [
      [pick(['姓名', '客户姓名', '申请人']), d.name(p)], ['性别', p.gender], ['出生日期', chance(0.5) ? p.birth : cnDate({ y: +p.id.slice(6, 10), m: +p.id.slice(10, 12), d: +p.id.slice(12, 14) })],
      chance(0.5) ? ['民族', pick(['汉', '汉族', '汉族', '回族', '满族', '壮族'])] : ['国籍', pick(['中国', '中国', '中华人民共和国'])], [idLab, idv],
      [pick(['联系电话', '手机', '手机号码', '电话']), d.mob(p.mobile, st)], chance(0.5) ? [pick(['固定电话', '座机', '家庭电话']), d.land(p.land, st)] : null,
      chance(0.7) ? [pick(['电子邮箱', '邮箱', 'E-mail']), d.mail(p.email)] : null, [pick(['家庭住址', '联系地址', '现住址', '通讯地址']), p.addr.full], [pick(['邮编', '邮政编码']), d.X('postcode', p.addr.zip)],
      chance(0.4) ? [pick(['工作单位', '单位名称']), d.x('company_name')] : null, chance(0.4) ? [pick(['职务', '职业']), d.x('job_title')] : null,
      chance(0.3) ? ['QQ', d.x('qq_number')] : null,
      [pick(['紧急联系人', '联系人']), d.name(ec)], chance(0.6) ? ['关系', pick(['配偶', '父亲', '母亲', '子女', '朋友', '同事'])] : null, [pick(['紧急联系人电话', '联系人电话', '联系电话']), d.mob(ec.mobile, st)],
      [pick(['登记日期', '填表日期']), d.x('date')], [pick(['经办人', '受理人', '登记人']), d.name(genName().name)],
    ];
    const title = pick(['客户登记表', '客户信息登记表', '新客户开户登记', '会员入会登记表', '个人客户信息表']);
    forms.push(`${chance(0.7) ? `${title}\n` : ''}${chance(0.3) ? `编号：${d.x('contract_number')}\n` : ''}${kv(pairs, ls, pick(['lines', 'two', 'lines']))}`);
  }
  return forms.join(`\n${pick(['----------------------------------------', '', '==========', '\f'])}\n`);
};
B.member_profile = (d) => {
  const p = person(), ls = pick(['brk', 'cn', 'ensp', 'cnsp']);
  const pairs = [['会员编号', d.x('member_no')], ['会员姓名', d.name(p)], ['会员等级', pick(LEVELS)], ['手机号', d.mob(p.mobile, 'mix')], ['证件类型', '居民身份证'], ['证件号码', d.idn(p.id, 'mix')],
    ['生日', p.birth], ['邮箱', d.mail(p.email)], ['常用收货地址', p.addr.full], ['注册门店', chance(0.5) ? d.x('place_name') + pick(['店', '旗舰店', '专柜']) : pick(['万达店', '来福士店', '太古里店'])],
    ['累计消费', d.x('amount')], ['积分', String(ri(0, 50000))], ['注册时间', d.x('datetime_string')], chance(0.5) ? ['推荐人', d.name(genName().name)] : null, chance(0.3) ? ['推荐人手机', d.mob(genMobile(), 'mix')] : null];
  const extra = chance(0.5) ? `\n\n${pick(['消费记录', '最近订单'])}：\n${[...Array(ri(2, 5))].map(() => `${d.x('date')}  ${d.x('order_number')}  ${d.x('amount')}  ${pick(['已完成', '已退款', '已发货'])}`).join('\n')}` : '';
  return `${pick(['会员资料', '会员详情', '【会员信息】'])}\n${kv(pairs, ls, pick(['lines', 'two']))}${extra}`;
};

// narrative fragments: names in prose are dontCare; values are labeled
const TITLE_SUFFIX = ['总', '经理', '姐', '哥', '老师', '先生', '女士', '工'];
function titleForm(d) { const n = genName(); return d.D('person_name_zh', n.sur + pick(TITLE_SUFFIX)); }
B.crm_followup_log = (d) => {
  const out = [];
  const n = ri(3, 7);
  const hdr = chance(0.5);
  for (let i = 0; i < n; i++) {
    const p = person(), st = pick(['human', 'mix']);
    const day = recent();
    const lines = [`${ymd(day, '-')} ${hms().slice(0, 5)}  ${pick(['跟进人', '销售', '客户经理'])}：${d.name(genName().name)}`];
    if (hdr) lines.push(`${pick(['客户', '客户姓名', '联系人'])}：${d.name(p)}${chance(0.6) ? `（${pick(['手机', '电话', 'Tel'])} ${d.mob(p.mobile, st)}）` : `  ${pick(['手机', '电话'])}：${d.mob(p.mobile, st)}`}`);
    lines.push(`${pick(['跟进方式', '方式'])}：${pick(['电话', '微信', '到店', '上门拜访', '邮件'])}`);
    const frag = [];
    if (!hdr) frag.push(`${pick(['今天给客户', '上午联系了客户', '回访客户', '致电'])}${d.nameDC(p)}（${d.mob(p.mobile, st)}），`);
    frag.push(call(pick([() => `客户对报价有疑问，约${d.X('surname_word', '周末')}到店详谈。`, '客户表示预算有限，需要和家里商量。', '已发送产品资料，客户说下周回复。', '客户要求加急处理。', '客户反映上次服务不满意，已安抚。'])));
    if (chance(0.35)) frag.push(`其爱人${d.nameDC(genName())}的电话${d.mob(genMobile(), st)}也可联系。`);
    if (chance(0.3)) frag.push(`身份证号${d.idn(p.id, st)}已核实。`);
    if (chance(0.2)) frag.push(`身份证号码报的是${d.x('bad_check_id')}，校验不通过，待客户重新提供。`);
    if (chance(0.25)) frag.push(`邮箱：${d.mail(p.email)}，合同已发。`);
    if (chance(0.2)) frag.push(`客户单位座机 ${d.land(p.land, st)}，工作日可打。`);
    if (chance(0.2)) frag.push(`${titleForm(d)}说会尽快安排付款。`);
    if (chance(0.2)) frag.push(`QQ ${d.x('qq_number')}，微信同手机。`);
    if (chance(0.15)) frag.push(`客户旧号${d.x('masked_mobile')}已停用。`);
    lines.push(`${pick(['内容', '跟进内容', '备注'])}：${frag.join('')}`);
    lines.push(`${pick(['下次跟进', '下次联系'])}：${d.x('date')}`);
    out.push(lines.join('\n'));
  }
  return `${pick(['客户跟进记录', 'CRM 跟进日志', '销售跟进表'])}\n\n${out.join('\n\n')}`;
};
B.sales_visit_notes = (d) => {
  const paras = [];
  const n = ri(2, 4);
  for (let i = 0; i < n; i++) {
    const p = person({ domain: null }), co = genCompany(), st = 'human';
    const s = [];
    s.push(`${d.x('date')}拜访${d.X('company_name', co)}，对接人是${pick(DEPTS)}的${d.nameDC(p)}${pick(['经理', '', '主管', '总监'])}`);
    s.push(`（${pick(['手机', '电话', '微信同号'])}${d.mob(p.mobile, st)}${chance(0.5) ? `，座机${d.land(p.land, st)}` : ''}）。`);
    s.push(pick(['对方目前用的是竞品，合同年底到期。', '客户很关心售后响应时间。', '客户希望价格再降5个点。', '他们今年有扩容计划，预计采购两百台。']));
    if (chance(0.4)) s.push(`后续资料发到${d.mail(p.email)}。`);
    if (chance(0.3)) s.push(`开票信息：税号${d.uscc(genUSCC())}，对公账号${d.x('account_number')}。`);
    if (chance(0.3)) s.push(`${pick(['同行的', '陪同的'])}还有${d.nameDC(genName())}，负责技术对接。`);
    if (chance(0.25)) s.push(`报价单号${d.X('quote_number', `BJ${ymd(recent())}${pad(ri(1, 999), 3)}`)}，总价${d.x('amount')}。`);
    if (chance(0.2)) s.push(`对方${d.X('place_name', pick(['张家口', '石家庄', '周口', '金华']))}分公司也有需求。`);
    paras.push(s.join(''));
  }
  return `${pick(['拜访纪要', '周报-客户拜访', '出差总结'])}\n${call(pick(['', () => `汇报人：${d.name(genName().name)}\n`]))}\n${paras.join('\n\n')}`;
};
B.chat_export = (d) => {
  const grp = pick(['华东区大客户服务群', '客服二组', '运营-售后对接', '销售群']);
  const lines = [`【微信群聊记录 - ${grp}】`, `导出时间：${nowStamp()}`, ''];
  const members = [...Array(ri(3, 5))].map(() => genName());
  const n = ri(6, 14);
  for (let i = 0; i < n; i++) {
    const who = pick(members);
    lines.push(`${d.nameDC(who)} ${ymd(recent(), '-')} ${hms()}`);
    const p = person(), st = 'human', r = rnd();
    if (r < 0.2) lines.push(`客户${d.nameDC(p)}的电话是${d.mob(p.mobile, st)}，麻烦帮忙查一下开户进度`);
    else if (r < 0.32) lines.push(`身份证 ${d.idn(p.id, st)} 手机 ${d.mob(p.mobile, st)}`);
    else if (r < 0.42) lines.push(`收到，订单号${d.x('order_number')}，快递${d.x('tracking_number')}`);
    else if (r < 0.52) lines.push(`@${d.nameDC(pick(members))} 客户卡号 ${d.card(p.card.value, st)} 退款退到这张卡`);
    else if (r < 0.6) { const [w, tail] = pick([['周末', '有人值班吗'], ['马上', '处理，稍等'], ['关于', '这个客户的退款，财务怎么说？'], ['付款', '截图发我一下'], ['余额', '不够了，让客户再转一笔']]); lines.push(`${d.X('surname_word', w)}${tail}`); }
    else if (r < 0.68) lines.push(`开票信息发一下：\n名称：${d.x('company_name')}\n税号：${d.uscc(genUSCC())}\n地址电话：${p.addr.short} ${d.land(p.land, st)}\n开户行及账号：${p.card.bank} ${d.x('account_number')}`);
    else if (r < 0.76) lines.push(`这个号${d.x('masked_mobile')}是客户以前的，已经停机了`);
    else if (r < 0.84) lines.push(`邮箱 ${d.mail(p.email)}`);
    else lines.push(pick(['好的', '收到', '[图片]', '稍等我看下', '已处理', '[语音] 4"', '👍']));
  }
  return lines.join('\n');
};
B.email_message = (d) => {
  const sender = person(), core = pick(Object.keys(CO_PY)), dom = `${CO_PY[core]}.com${pick(['', '.cn'])}`;
  const sm = { value: `${sender.spy}${sender.gpy}@${dom}`, text: `${sender.spy}${sender.gpy}@${dom}` };
  const rcpt = genName();
  const rm = { value: `${rcpt.spy}.${rcpt.gpy}@${dom}`, text: `${rcpt.spy}.${rcpt.gpy}@${dom}` };
  const co = `${pick(CO_CITY)[0]}${core}${pick(CO_SUFFIX)}`;
  const head = [`From: ${d.nameDC(sender)} <${d.mail(sm)}>`, `To: ${d.nameDC(rcpt)} <${d.mail(rm)}>`, `Date: ${pick(['Tue', 'Wed', 'Thu', 'Mon', 'Fri'])}, ${ri(1, 28)} Jun 2024 ${hms()} +0800`, `Subject: ${pick(['客户资料', '请协助办理开户', '转：新客户信息', 'RE: 合同盖章', '开票信息'])}`, ''];
  const body = [`${rcpt.sur}${pick(['经理', '总', '工'])}，您好：`, ''];
  d.D('person_name_zh', `${rcpt.sur}${body[0].slice(rcpt.sur.length, body[0].indexOf('，'))}`);
  const p = person(), st = 'human';
  const k = rnd();
  if (k < 0.5) body.push('客户资料如下，请协助办理：', kv([[pick(['客户姓名', '姓名']), d.name(p)], [pick(['身份证号', '证件号码']), d.idn(p.id, st)], [pick(['手机', '联系电话']), d.mob(p.mobile, st)], chance(0.5) ? ['银行卡号', d.card(p.card.value, st)] : null, chance(0.5) ? ['邮箱', d.mail(p.email)] : null, ['地址', p.addr.full]], pick(['cn', 'en', 'ensp']), 'lines'));
  else body.push(`附件是${pick(['本月新增客户名单', '待开户客户', '上周活动报名名单'])}，另外${d.nameDC(p)}客户的手机是${d.mob(p.mobile, st)}，他${pick(['下午', '明天'])}会过来签字。`);
  if (chance(0.4)) body.push('', `合同编号：${d.x('contract_number')}，金额${d.x('amount')}。`);
  body.push('', '谢谢！', '', '--');
  body.push(`${d.nameDC(sender)} | ${d.x('job_title')}`, d.X('company_name', co), `${pick(['手机', 'M', 'Mob'])}：${d.mob(sender.mobile, 'human')}`, `${pick(['电话', 'T', 'Tel'])}：${d.land(sender.land, 'human', chance(0.5) ? String(ri(800, 8999)) : undefined)}`, `${pick(['邮箱', 'E', 'Email'])}：${d.mail(sm)}`, `${pick(['地址', 'Add'])}：${sender.addr.short}`);
  if (chance(0.5)) body.push('', `本邮件及其附件含有${co.replace(/有限.*$/, '')}的保密信息。客服热线 ${d.x('service_hotline')}`);
  return [...head, ...body].join('\n');
};
B.express_shipping_list = (d) => {
  const carrier = pick(['顺丰', '中通', '圆通', '韵达', '京东', '极兔', 'EMS']);
  const cols = ['运单号', pick(['寄件人', '发件人']), pick(['寄件电话', '发件人电话']), pick(['收件人', '收货人']), pick(['收件人电话', '联系电话', '收货人手机']), pick(['收件地址', '收货地址', '详细地址']), '物品', '重量(kg)', pick(['代收货款', '运费'])];
  const sender = person();
  const rows = [];
  for (let i = 0; i < ri(6, 25); i++) {
    const p = person(), st = pick(['sys', 'mix']);
    const org = chance(0.08);
    const rn = org ? d.x('org_name') : d.name(p);
    const phone = chance(0.1) ? d.land(p.land, st) : chance(0.05) ? d.x('masked_mobile') : d.mob(p.mobile, st);
    rows.push([d.x('tracking_number'), d.name(sender), d.mob(sender.mobile, 'sys'), rn, phone, chance(0.2) ? p.addr.full + ` ${d.X('postcode', p.addr.zip)}` : p.addr.full, pick(['文件', '服装', '电子产品', '食品', '样品', '配件', '书籍']), (ri(1, 300) / 10).toFixed(1), d.X('amount', `${ri(8, 80)}.${pick(['00', '00', '50'])}`)]);
  }
  const fmt = rnd();
  const title = `${carrier}${pick(['批量下单', '发货清单', '月结明细'])}  ${d.x('date')}`;
  if (fmt < 0.45) return `${title}\n${writeDelimited(cols, rows, { delim: ',', quote: pick(['min', 'all']) })}`;
  if (fmt < 0.75) return `${title}\n${writeDelimited(cols, rows, { delim: '\t', quote: 'none' })}`;
  return `${title}\n${writeFixed(cols, rows, { gap: 2 })}`;
};
B.waybill_text = (d) => {
  const out = [];
  for (let i = 0; i < ri(1, 3); i++) {
    const s = person(), r = person();
    const co = pick(['顺丰速运', '中通快递', '圆通速递', '京东物流', '韵达快递']);
    const sm = chance(0.4) ? d.x('masked_mobile') : d.mob(s.mobile, 'mix');
    out.push([`${co}    ${d.x('tracking_number')}`, `${pick(['寄件', '寄', '寄件人'])}：${d.name(s)} ${sm}`, `${s.addr.full}`, `${pick(['收件', '收', '收件人'])}：${d.name(r)} ${d.mob(r.mobile, 'mix')}`, `${r.addr.full}`,
      `托寄物：${pick(['文件', '衣物', '日用品', '数码配件'])}  计费重量：${(ri(5, 200) / 10).toFixed(1)}kg  付款方式：${pick(['寄付月结', '到付', '寄付现结'])}`, chance(0.5) ? `月结卡号：${d.x('member_no')}` : `订单号：${d.x('order_number')}`, `打印时间：${d.x('datetime_string')}`].join('\n'));
  }
  return out.join('\n\n- - - - - - - - - - - - - - -\n\n');
};

const PLATFORMS = ['财付通支付科技有限公司', '支付宝（中国）网络技术有限公司', '美团', '拼多多', '京东商城', '国家电网', '中国移动', '物业公司'];
B.bank_statement = (d) => {
  const p = person();
  const card = genCard(wpick(CARD_BINS.filter((b) => b[0].startsWith('62')).map((b) => [b, b[3]])));
  const st = 'sys';
  const head = [`${card.bank}${pick(['个人账户交易明细', '借记卡账户历史明细清单', '交易流水'])}`, `${pick(['户名', '账户名称', '客户姓名'])}：${d.name(p)}${sep2()}${pick(['卡号', '账号'])}：${d.card(card.value, pick(['sys', 'human']))}`,
    `币种：人民币${sep2()}起止日期：${d.date(-180)} 至 ${d.date(0)}`, chance(0.5) ? `开户网点：${p.addr.city.c || p.addr.city.p}${pick(p.addr.city.ds)}支行  联行号：${d.x('bank_branch_code')}` : `打印流水号：${d.x('transaction_id')}`, ''];
  const cols = ['交易日期', '交易时间', '摘要', '交易金额', pick(['账户余额', '余额']), '对方户名', '对方账号', '交易流水号'];
  const rows = [];
  const nRows = ri(8, 25);
  const offs = [...Array(nRows)].map(() => -ri(0, 180)).sort((a, b) => a - b);
  let bal = ri(1000, 200000);
  for (let i = 0; i < nRows; i++) {
    const cp = person();
    const t = rnd();
    let cn, ca;
    if (t < 0.4) { cn = d.name(cp); ca = chance(0.85) ? d.card(cp.card.value, st) : d.x('masked_card'); }
    else if (t < 0.7) { cn = d.x('company_name'); ca = d.x('account_number'); }
    else if (t < 0.85) { cn = d.X('company_name', pick(PLATFORMS)); ca = ''; }
    else { cn = ''; ca = ''; }
    const sum = wpick([[() => pick(['转账', '跨行转入', '网银转出', '手机银行转账', 'ATM取款', '消费', '快捷支付', '代发工资', '利息', '退款']), 8], [() => d.X('surname_word', pick(['付款', '余额', '费用'])) + pick(['', '转出', '理财']), 1]])();
    const out = /转出|取款|消费|支付|付款|费用/.test(sum) || (!/转入|工资|利息|退款/.test(sum) && chance(0.5));
    const a = ri(100, 3000000) / 100;
    bal = Math.max(0, bal + (out ? -a : a));
    const dt = new Date(d.base + offs[i] * 86400000);
    rows.push([`${dt.getUTCFullYear()}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`, hms(), sum, `${out ? '-' : '+'}${a.toFixed(2)}`, bal.toFixed(2), cn, ca, d.x('transaction_id')]);
  }
  const body = chance(0.5) ? writeDelimited(cols, rows, { delim: ',', quote: 'min' }) : writeFixed(cols, rows.map((r) => r.map((c) => c || '--')), { gap: 2 });
  return `${head.join('\n')}\n${body}\n\n${call(pick(['本明细仅供参考，以银行系统记录为准。', () => `客服热线：${d.x('service_hotline')}`, '（此页无正文）']))}`;
};
function partyCompany(d, role, st) {
  const rep = person(), ct = person();
  const co = genCompany(), u = genUSCC('91');
  const ls = pick(['cn', 'cn', 'cnsp', 'en']);
  const lines = [
    `${role}：${d.X('company_name', co)}`,
    `${pick(['统一社会信用代码', '社会信用代码', '统一社会信用代码/注册号', '信用代码'])}${lab('', ls)}${d.uscc(u)}`,
    `${pick(['法定代表人', '法定代表人/负责人', '法人代表'])}${lab('', ls)}${d.name(rep)}`,
    `${pick(['住所', '注册地址', '地址'])}${lab('', ls)}${ct.addr.full}`,
  ];
  if (chance(0.85)) lines.push(`${pick(['联系人', '授权代表', '项目联系人'])}${lab('', ls)}${d.name(ct)}${sep2()}${pick(['联系电话', '电话', '手机'])}${lab('', ls)}${chance(0.5) ? d.mob(ct.mobile, st) : d.land(ct.land, st, chance(0.3) ? String(ri(800, 8999)) : undefined)}`);
  if (chance(0.5)) lines.push(`${pick(['电子邮箱', '邮箱', 'E-mail'])}${lab('', ls)}${d.mail(ct.email)}`);
  if (chance(0.5)) lines.push(`${pick(['传真', '固定电话'])}${lab('', ls)}${d.land(genLandline(), st)}`);
  if (chance(0.6)) lines.push(`开户银行${lab('', ls)}${genCard().bank}${ct.addr.city.c || ct.addr.city.p}${pick(['分行', '支行', '营业部'])}${sep2()}${pick(['账号', '银行账号'])}${lab('', ls)}${d.x('account_number')}`);
  return lines.join('\n');
}
function partyPerson(d, role, st) {
  const p = person(), ls = pick(['cn', 'cnsp', 'en']);
  const lines = [`${role}${lab('', ls)}${d.name(p)}`, `${pick(['身份证号码', '身份证号', '公民身份号码', '证件号码'])}${lab('', ls)}${d.idn(p.id, st)}`, `${pick(['联系电话', '手机', '电话'])}${lab('', ls)}${d.mob(p.mobile, st)}`];
  if (chance(0.6)) lines.push(`${pick(['住址', '通讯地址', '联系地址'])}${lab('', ls)}${p.addr.full}`);
  if (chance(0.3)) lines.push(`${pick(['电子邮箱', '邮箱'])}${lab('', ls)}${d.mail(p.email)}`);
  return { text: lines.join('\n'), p };
}
B.contract_header = (d) => {
  const st = pick(['mix', 'human']);
  const title = pick(['技术服务合同', '采购合同', '软件许可协议', '设备租赁合同', '委托开发合同', '销售合同', '物流服务协议', '广告发布合同']);
  const a = partyCompany(d, pick(['甲方', '甲方（委托方）', '采购方（甲方）', '甲方（买方）']), st);
  const b = chance(0.75) ? partyCompany(d, pick(['乙方', '乙方（受托方）', '供应方（乙方）', '乙方（卖方）']), st) : partyPerson(d, pick(['乙方', '乙方（自然人）', '受托方（乙方）']), st).text;
  const body = [`第一条 合同金额：本合同总价款为人民币${d.x('amount')}（含税）。`, `第二条 付款方式：甲方于合同签订后${ri(5, 30)}个工作日内支付${ri(20, 50)}%。`, `第三条 履行期限：自${d.date(ri(1, 20))}起至${d.date(ri(370, 400))}止。`];
  if (chance(0.4)) body.push(`第四条 双方指定联系人：甲方${d.nameDC(genName())}，乙方${d.nameDC(genName())}，联系人变更应书面通知对方。`);
  const sign = `甲方（盖章）：${' '.repeat(16)}乙方（${pick(['盖章', '签字'])}）：\n${pick(['法定代表人或授权代表（签字）：', '代表签字：'])}\n签订日期：${d.date(0)}${chance(0.5) ? `\n签订地点：${d.X('place_name', pick(PLACE_WORDS))}` : ''}`;
  return `${title}\n\n合同编号：${d.x('contract_number')}\n\n${a}\n\n${b}\n\n${pick(['根据《中华人民共和国民法典》及相关法律法规，甲乙双方在平等自愿的基础上，经协商一致，签订本合同。', '鉴于甲方需要乙方提供相关服务，双方经友好协商，达成如下条款：'])}\n\n${body.join('\n')}\n\n${sign}`;
};
B.lease_contract = (d) => {
  const st = 'human';
  const a = partyPerson(d, pick(['出租方（甲方）', '甲方（出租人）', '出租人']), st);
  const b = partyPerson(d, pick(['承租方（乙方）', '乙方（承租人）', '承租人']), st);
  const house = person().addr.full;
  const lines = [pick(['房屋租赁合同', '住房租赁合同', '租房协议']), `合同编号：${d.x('contract_number')}`, '', a.text, '', b.text, '', `一、房屋坐落于${house}，建筑面积${ri(30, 180)}平方米。`, `二、租赁期限自${d.date(ri(1, 15))}至${d.date(ri(360, 730))}。`,
    (() => { const rent = ri(12, 150) * 100; return `三、月租金${d.X('amount', `${rent}元`)}（大写：略），押金${d.X('amount', `${rent * pick([1, 2, 3])}元`)}，按${pick(['月', '季度', '半年'])}支付。`; })(), `四、乙方将租金转入甲方指定账户：`, `    户名：${d.name(a.p)}`, `    开户行：${a.p.card.bank}`, `    ${pick(['卡号', '账号', '银行卡号'])}：${d.card(a.p.card.value, st)}`];
  if (chance(0.4)) { const c = person(); lines.push(`五、共同居住人：${d.name(c)}，身份证号：${d.idn(c.id, st)}。`); }
  if (chance(0.4)) lines.push(`六、物业费由${pick(['甲方', '乙方'])}承担，物业服务电话${d.land(genLandline(), st)}。`);
  lines.push('', `甲方签字：${' '.repeat(12)}乙方签字：`, `日期：${d.date(0)}`);
  return lines.join('\n');
};
const ITEMS = ['*信息技术服务*软件维护服务', '*现代服务*技术服务费', '*计算机配套产品*服务器', '*办公用品*打印纸', '*餐饮服务*餐费', '*运输服务*国内货物运输', '*经纪代理服务*代理服务费', '*电子计算机*笔记本电脑'];
B.vat_invoice = (d) => {
  const buyerPerson = chance(0.15);
  const bp = person();
  const modern = chance(0.6);
  const L = [];
  if (modern) {
    L.push(`电子发票（${pick(['增值税专用发票', '普通发票'])}）`, `发票号码：${d.x('invoice_number')}`, `开票日期：${cnDate(recent())}`);
  } else {
    L.push(`${pick(['广东', '上海', '北京', '浙江'])}增值税${pick(['专用', '电子普通'])}发票`, `发票代码：${d.x('invoice_code')}`, `发票号码：${d.X('invoice_number', pad(ri(1, 99999999), 8))}`, `开票日期：${cnDate(recent())}`, `校 验 码：${d.x('check_code')}`, `机器编号：${d.x('machine_number')}`);
  }
  const lbl = pick(['统一社会信用代码/纳税人识别号', '纳税人识别号', '税号']);
  if (buyerPerson) L.push(`购买方信息  名称：${d.name(bp)}${chance(0.5) ? `  ${lbl}：${d.idn(bp.id, 'sys')}` : ''}`);
  else L.push(`购买方信息  名称：${chance(0.15) ? d.x('institution_name') : d.x('company_name')}`, `${lbl}：${d.uscc(genUSCC())}`);
  if (!modern && !buyerPerson) L.push(`地址、电话：${bp.addr.short} ${d.land(genLandline(bp.addr.city.area), 'mix')}`, `开户行及账号：${bp.card.bank}${pick(['', '深圳分行', '营业部'])} ${d.x('account_number')}`);
  L.push(`销售方信息  名称：${d.x('company_name')}`, `${lbl}：${d.uscc(genUSCC('91'))}`);
  if (!modern || chance(0.5)) { const sa = genAddress(); L.push(`地址、电话：${sa.short} ${d.land(genLandline(sa.city.area), 'mix')}`, `开户行及账号：${genCard().bank} ${d.x('account_number')}`); }
  L.push('项目名称              规格型号   单位   数量   单价        金额        税率   税额');
  for (let i = 0; i < ri(1, 4); i++) L.push(`${pick(ITEMS)}   ${pick(['', 'V' + ri(1, 9), 'A4', '标准版'])}   ${pick(['项', '台', '次', '箱'])}   ${ri(1, 20)}   ${ri(10, 9999)}.${pad(ri(0, 99))}   ${ri(100, 99999)}.${pad(ri(0, 99))}   ${pick(['6%', '13%', '3%'])}   ${ri(1, 9999)}.${pad(ri(0, 99))}`);
  L.push(`价税合计（大写）${pick(['壹万叁仟捌佰元整', '伍仟陆佰元整', '贰拾叁万元整', '捌佰陆拾元整'])}   （小写）${d.x('amount')}`);
  if (chance(0.5)) L.push(`备注：${call(pick([() => `合同编号${d.x('contract_number')}`, () => `订单号${d.x('order_number')}`, () => `项目：${pick(['智慧园区', '数据中台', '门店改造'])}`, () => `购方地址电话：${d.land(genLandline(), 'mix')}`]))}`);
  L.push(`${chance(0.5) ? `收款人：${d.name(genName().name)}    复核：${d.name(genName().name)}    ` : ''}开票人：${d.name(genName().name)}`);
  return L.join('\n');
};
B.billing_info = (d) => {
  const p = person(), ls = labStyle(), st = pick(['human', 'mix']);
  const l = genLandline(p.addr.city.area);
  const pairs = [[pick(['单位名称', '名称', '公司名称', '抬头']), chance(0.2) ? d.x('institution_name') : d.x('company_name')], [pick(['税号', '纳税人识别号', '统一社会信用代码']), d.uscc(genUSCC())],
    [pick(['地址', '注册地址', '单位地址']), p.addr.full], [pick(['电话', '联系电话', '注册电话']), d.land(l, st)], [pick(['开户行', '开户银行']), `${p.card.bank}${pick(['', '科技园支行', '营业部', '分行'])}`], [pick(['账号', '银行账号', '对公账号']), d.x('account_number')]];
  const pre = pick(['开票信息如下：', '【开票资料】', '麻烦开专票，信息：', '发票抬头信息', '']);
  const post = chance(0.6) ? `\n${pick(['收票人', '发票接收人', '联系人'])}：${d.name(p)}  ${pick(['手机', '电话'])}：${d.mob(p.mobile, st)}${chance(0.6) ? `  ${pick(['邮箱', '接收邮箱'])}：${d.mail(p.email)}` : ''}` : '';
  const extra = chance(0.3) ? `\n\n另一家：\n${kv([[pick(['名称', '单位名称']), d.x('company_name')], ['税号', d.uscc(genUSCC())]], ls, 'lines')}` : '';
  return `${pre}\n${kv(pairs, ls, 'lines')}${post}${extra}`;
};

function foreignGuest() {
  const nat = pick(['美国', '韩国', '日本', '英国', '德国', '新加坡', '法国', '澳大利亚']);
  const fn = { 美国: ['SMITH JOHN', 'BROWN EMILY', 'MILLER DAVID'], 韩国: ['KIM MINJUN', 'LEE SEOYEON', 'PARK JIHOON'], 日本: ['TANAKA YUKI', 'SATO HARUTO', 'SUZUKI AOI'], 英国: ['TAYLOR JAMES', 'WILSON OLIVIA'], 德国: ['MUELLER LUKAS', 'SCHMIDT ANNA'], 新加坡: ['TAN WEI MING', 'LIM HUI LING'], 法国: ['MARTIN LEA', 'BERNARD HUGO'], 澳大利亚: ['JONES JACK', 'WHITE CHLOE'] }[nat];
  const ppn = { 美国: () => pick(['5', '6']) + digits(8), 韩国: () => 'M' + digits(8), 日本: () => 'T' + pick(['Z', 'R', 'K']) + digits(7), 英国: () => '1' + digits(8), 德国: () => 'C' + [...Array(8)].map(() => pick('0123456789CFGHJKLMNPRTVWXYZ'.split(''))).join(''), 新加坡: () => 'K' + digits(7) + pick(['A', 'C', 'J']), 法国: () => digits(2) + pick(['AB', 'CK', 'FR']) + digits(5), 澳大利亚: () => pick(['PA', 'N', 'E']) + digits(7) }[nat]();
  const phone = { 美国: `+1 ${ri(201, 989)} ${ri(200, 999)} ${digits(4)}`, 韩国: `+82 10-${digits(4)}-${digits(4)}`, 日本: `+81 90-${digits(4)}-${digits(4)}`, 英国: `+44 7${digits(3)} ${digits(6)}`, 德国: `+49 151 ${digits(8)}`, 新加坡: `+65 ${pick(['8', '9'])}${digits(3)} ${digits(4)}`, 法国: `+33 6 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`, 澳大利亚: `+61 4${digits(2)} ${digits(3)} ${digits(3)}` }[nat];
  return { name: pick(fn), nat, ppn, phone };
}
B.hr_roster = (d) => {
  const withPP = chance(0.35);
  const cols = [pick(['工号', '员工编号']), pick(['姓名', '员工姓名']), '性别', '部门', pick(['职位', '岗位', '职务']), pick(['身份证号', '身份证号码']), pick(['手机号', '联系电话', '手机']), pick(['工资卡号', '银行卡号', '工资卡']), pick(['开户行', '工资卡开户行']), '入职日期', pick(['紧急联系人', '紧急联系人姓名']), '紧急联系电话'];
  if (withPP) cols.splice(6, 0, pick(['护照号', '护照号码', '护照号(外派)']));
  const rows = [];
  const st = 'sys';
  for (let i = 0; i < ri(8, 30); i++) {
    const p = person({ y0: 1965, y1: 2003 }), ec = person();
    const spacedName = p.name.length === 2 && chance(0.08);
    const nm = spacedName ? d.D('person_name_zh', `${p.name[0]}\u3000${p.name[1]}`) : d.name(p);
    const r = [d.x('employee_no'), nm, p.gender, pick(DEPTS), d.x('job_title'), chance(0.03) ? d.X('bad_check_id', badCheckOf(p.id)) : d.idn(p.id, st), d.mob(p.mobile, st), chance(0.05) ? '' : d.card(p.card.value, st), p.card.bank, d.x('date'), d.name(ec), d.mob(ec.mobile, st)];
    if (withPP) r.splice(6, 0, chance(0.4) ? d.pp(p.passport) : '');
    rows.push(r);
  }
  const title = `${pick(['员工花名册', '在职员工信息表', '人事档案导出', '新员工入职信息汇总'])}（${ymd(recent(), '.')}）`;
  const f = rnd();
  if (f < 0.4) return `${title}\n${writeDelimited(cols, rows, { delim: ',', quote: pick(['min', 'all']) })}`;
  if (f < 0.65) return `${title}\n${writeDelimited(cols, rows, { delim: '\t', quote: 'none' })}`;
  if (f < 0.85) return `${title}\n\n${writeFixed(cols, rows.map((r) => r.map((c) => c || '-')), { gap: 2 })}`;
  return `# ${title}\n\n${writeMarkdown(cols, rows)}`;
};
B.payroll_sheet = (d) => {
  const cols = ['序号', pick(['姓名', '员工姓名', '户名']), pick(['工资卡号', '收款账号', '卡号']), pick(['身份证号', '证件号码']), '应发工资', '社保个人', '个税', '实发金额'];
  const rows = [];
  for (let i = 0; i < ri(8, 30); i++) {
    const p = person({ y0: 1965, y1: 2004 });
    const g = ri(4000, 40000);
    rows.push([String(i + 1), d.name(p), d.card(p.card.value, 'sys'), chance(0.5) ? d.idn(p.id, 'sys') : d.X('masked_id', maskIdOf(p.id)), `${g}.00`, `${(g * 0.105).toFixed(2)}`, `${(g * 0.03).toFixed(2)}`, d.X('amount', (g * 0.865).toFixed(2))]);
  }
  const head = `${pick(['代发工资明细', '工资发放表', '批量代发清单'])}  ${recent().y}年${ri(1, 12)}月\n${pick(['付款单位', '企业名称'])}：${d.x('company_name')}  付款账号：${d.x('account_number')}\n`;
  return head + (chance(0.6) ? writeDelimited(cols, rows, { delim: ',', quote: 'min' }) : writeFixed(cols, rows, { gap: 2 })) + `\n合计：${rows.length}人  ${operator(d)}`;
};
B.hotel_checkin = (d) => {
  const cols = ['房号', pick(['姓名', '宾客姓名', '住客姓名', 'Guest Name']), '性别', '国籍', '证件类型', '证件号码', pick(['手机', '联系电话']), '入住日期', '离店日期'];
  const rows = [];
  for (let i = 0; i < ri(8, 22); i++) {
    const room = d.x('room_number');
    const t = rnd();
    if (t < 0.2) {
      const g = foreignGuest();
      const o = -ri(0, 20); rows.push([room, g.name, pick(['M', 'F']), g.nat, '护照', d.D('cn_passport', g.ppn), g.phone, d.date(o), d.date(o + ri(1, 5))]);
    } else if (t < 0.27) {
      const p = person();
      const isHK = chance(0.5);
      const num = isHK ? pick(['H', 'M']) + nz() + digits(7) : 'C' + nz() + digits(7);
      const o = -ri(0, 20); rows.push([room, d.name(p), p.gender, '中国', isHK ? '港澳居民来往内地通行证' : '往来港澳通行证', d.D('cn_passport', num), d.mob(p.mobile, 'mix'), d.date(o), d.date(o + ri(1, 5))]);
    } else {
      const p = person();
      const ppt = chance(0.45);
      const o = -ri(0, 20); rows.push([room, d.name(p), p.gender, '中国', ppt ? '护照' : pick(['身份证', '居民身份证']), ppt ? d.pp(p.passport) : d.idn(p.id, 'mix'), d.mob(p.mobile, 'mix'), d.date(o), d.date(o + ri(1, 5))]);
    }
  }
  const head = `${pick(['住宿登记表', '入住旅客信息', '前台入住明细', 'Guest Registration'])}  ${pick(['锦江', '如家', '全季', '亚朵', '维也纳'])}${pick(['酒店', '国际酒店', '商务酒店'])}(${d.X('place_name', pick(PLACE_WORDS))}店)`;
  return `${head}\n${chance(0.5) ? writeDelimited(cols, rows, { delim: pick([',', '\t']), quote: 'none' }) : writeFixed(cols, rows, { gap: 2 })}\n${pick(['值班', '登记人', '前台'])}：${d.name(genName().name)}`;
};
B.flight_booking = (d) => {
  const out = [`${pick(['机票订单确认', '行程单', '差旅预订明细', 'Booking Confirmation'])}`, `订单号：${d.x('order_number')}`, `预订人：${d.name(genName().name)}  联系手机：${d.mob(genMobile(), 'mix')}`, ''];
  const n = ri(1, 5);
  const intl = chance(0.7);
  for (let i = 0; i < n; i++) {
    const p = person();
    const useP = intl || chance(0.2);
    out.push(`乘机人${i + 1}：${d.name(p)}${chance(0.5) ? `（${p.spy.toUpperCase()}/${p.gpy.toUpperCase()}）` : ''}`);
    out.push(`  证件类型：${useP ? '护照' : '身份证'}  证件号：${useP ? d.pp(p.passport) : d.idn(p.id, 'mix')}${useP && chance(0.5) ? `  有效期至：${ymd({ y: ri(2026, 2034), m: ri(1, 12), d: ri(1, 28) }, '-')}` : ''}`);
    out.push(`  手机：${d.mob(p.mobile, 'mix')}  票号：${d.x('ticket_number')}`);
  }
  out.push('', `航班：${pick(['CA', 'MU', 'CZ', 'HU', 'ZH'])}${ri(100, 9999)}  ${pick(['PEK', 'PVG', 'CAN', 'SZX', 'CTU'])}-${pick(['NRT', 'ICN', 'SIN', 'BKK', 'LHR', 'FRA', 'SHA', 'HGH'])}  ${d.x('date')} ${hms().slice(0, 5)}`);
  out.push(`支付金额：${d.x('amount')}  支付流水：${d.x('transaction_id')}`);
  return out.join('\n');
};
B.visa_application = (d) => {
  const p = person({ y0: 1960, y1: 2005 }), ls = labStyle();
  const co = d.x('company_name');
  const pairs = [['申请人姓名', d.name(p)], ['姓名拼音', `${p.spy.toUpperCase()} ${p.gpy.toUpperCase()}`], ['性别', p.gender], ['出生日期', p.birth], [pick(['护照号码', '护照号', '护照编号']), d.pp(p.passport)],
    ['签发日期', ymd({ y: ri(2016, 2024), m: ri(1, 12), d: ri(1, 28) }, '-')], ['签发地点', pick(['广东', '北京', '上海', '浙江', '四川'])], ['身份证号码', d.idn(p.id, 'mix')], ['手机', d.mob(p.mobile, 'mix')], ['电子邮箱', d.mail(p.email)],
    ['工作单位', co], ['职务', d.x('job_title')], ['单位电话', d.land(p.land, 'mix')], ['单位地址', p.addr.short], ['婚姻状况', pick(['已婚', '未婚'])]];
  if (chance(0.5)) { const s = person(); pairs.push(['配偶姓名', d.name(s)], ['配偶护照号', d.pp(s.passport)]); }
  if (chance(0.3)) pairs.push(['旧护照号码', d.pp(genPassport())]);
  return `${pick(['签证申请信息表', '个人信息采集表（签证）', '申根签证资料清单'])}\n${call(pick(['', () => `送签编号：${d.x('order_number')}\n`]))}${kv(pairs, ls, pick(['lines', 'two']))}`;
};
B.insurance_policy = (d) => {
  const st = pick(['mix', 'sys']), ls = pick(['cn', 'cnsp', 'en']);
  const h = person({ y0: 1955, y1: 1995 }), ins = chance(0.5) ? h : person({ y0: 1945, y1: 2010 });
  const travel = chance(0.25);
  const L = [`${pick(['个人保险单', '电子保单', '保险合同信息页', '境外旅行保险单'])}`, `保险单号${lab('', ls)}${d.x('policy_number')}`, `投保单号${lab('', ls)}${d.x('order_number')}`, '',
    `投保人${lab('', ls)}${d.name(h)}${sep2()}性别${lab('', ls)}${h.gender}`, `证件类型${lab('', ls)}${travel ? '护照' : '居民身份证'}${sep2()}证件号码${lab('', ls)}${travel ? d.pp(h.passport) : d.idn(h.id, st)}`,
    `联系电话${lab('', ls)}${d.mob(h.mobile, st)}${chance(0.5) ? `${sep2()}电子邮箱${lab('', ls)}${d.mail(h.email)}` : ''}`, `通讯地址${lab('', ls)}${h.addr.full}  邮编${lab('', ls)}${d.X('postcode', h.addr.zip)}`, ''];
  if (ins === h) L.push(`被保险人${lab('', ls)}同投保人`);
  else L.push(`被保险人${lab('', ls)}${d.name(ins)}${sep2()}与投保人关系${lab('', ls)}${pick(['配偶', '子女', '父母'])}`, `证件号码${lab('', ls)}${travel ? d.pp(ins.passport) : d.idn(ins.id, st)}${sep2()}出生日期${lab('', ls)}${ins.birth}`);
  if (chance(0.5)) L.push(`身故受益人${lab('', ls)}法定`);
  else { const b = person({ y0: 1960, y1: 2010 }); L.push(`身故受益人${lab('', ls)}${d.name(b)}${sep2()}受益比例${lab('', ls)}100%${sep2()}证件号码${lab('', ls)}${d.idn(b.id, st)}`); }
  L.push('', `保险期间${lab('', ls)}${cnDate(recent())}零时起至${cnDate(recent())}二十四时止`, `保险费${lab('', ls)}${d.x('amount')}`);
  if (chance(0.7)) L.push(`续期缴费账户${lab('', ls)}${h.card.bank} ${d.card(h.card.value, st)}${sep2()}账户名${lab('', ls)}${d.name(h)}`);
  L.push(`服务专员${lab('', ls)}${d.name(genName().name)}  工号 ${d.x('employee_no')}  全国客服热线 ${d.x('service_hotline')}`);
  return L.join('\n');
};
B.loan_application = (d) => {
  const st = pick(['human', 'mix']), ls = labStyle();
  const b = person({ y0: 1960, y1: 2002 });
  const sections = [`一、借款人信息\n${kv([['姓名', d.name(b)], ['身份证号码', d.idn(b.id, st)], ['手机号码', d.mob(b.mobile, st)], ['电子邮箱', chance(0.7) ? d.mail(b.email) : '无'], ['现住址', b.addr.full], ['工作单位', d.x('company_name')], ['单位电话', d.land(b.land, st)], ['职务', d.x('job_title')], ['月收入', d.x('amount')]], ls, pick(['lines', 'two']))}`];
  if (chance(0.6)) { const c = person(); sections.push(`二、共同借款人（配偶）\n${kv([['姓名', d.name(c)], ['身份证号码', d.idn(c.id, st)], ['手机号码', d.mob(c.mobile, st)]], ls, 'lines')}`); }
  if (chance(0.5)) { const g = person(); sections.push(`三、担保人\n${kv([['担保人', d.name(g)], ['证件号码', chance(0.1) ? d.x('bad_date_id') : d.idn(g.id, st)], ['联系电话', d.mob(g.mobile, st)], ['与借款人关系', pick(['朋友', '同事', '亲属'])]], ls, 'lines')}`); }
  sections.push(`四、借款信息\n${kv([['申请金额', d.x('amount')], ['借款期限', `${pick([12, 24, 36, 60])}个月`], ['放款账户', d.card(b.card.value, st)], ['开户行', b.card.bank], ['合同编号', d.x('contract_number')]], ls, 'lines')}`);
  sections.push(`客户经理：${d.name(genName().name)}    受理日期：${d.x('date')}`);
  return `${pick(['个人贷款申请表', '消费贷款申请书', '个人经营贷款申请'])}\n\n${sections.join('\n\n')}`;
};
B.supplier_directory = (d) => {
  const cols = [pick(['供应商名称', '单位名称', '公司名称']), pick(['统一社会信用代码', '税号', '纳税人识别号', '信用代码']), pick(['联系人', '业务联系人', '负责人']), pick(['联系电话', '电话', '手机']), pick(['邮箱', 'Email']), pick(['开户行', '开户银行']), pick(['银行账号', '账号', '对公账号']), pick(['地址', '注册地址'])];
  const rows = [];
  for (let i = 0; i < ri(6, 20); i++) {
    const p = person();
    const co = chance(0.1) ? d.x('institution_name') : d.x('company_name');
    const u = chance(0.04) ? null : genUSCC();
    rows.push([co, u ? d.uscc(u) : '', d.name(p), chance(0.4) ? d.land(p.land, 'mix', chance(0.2) ? String(ri(800, 8999)) : undefined) : d.mob(p.mobile, 'mix'), chance(0.8) ? d.mail(p.email) : '', `${p.card.bank}${pick(['', '分行', '支行'])}`, d.x('account_number'), p.addr.short]);
  }
  const f = rnd();
  const title = pick(['合格供应商名录', '供应商信息汇总', '2024年度供应商清单']);
  if (f < 0.4) return `${title}\n${writeDelimited(cols, rows, { delim: ',', quote: pick(['min', 'all']) })}`;
  if (f < 0.6) return `${title}\n${writeDelimited(cols, rows, { delim: '\t', quote: 'none' })}`;
  if (f < 0.8) return `## ${title}\n\n${writeMarkdown(cols, rows)}`;
  return `${title}\n${writeFixed(cols, rows.map((r) => r.map((c) => c || '-')), { gap: 2 })}`;
};

B.ecommerce_orders = (d) => {
  const cols = ['订单编号', '买家会员名', pick(['收货人姓名', '收货人', '收件人']), pick(['联系手机', '收货人手机', '手机号']), '收货地址', pick(['商家编码', '商品编码', 'SKU']), '宝贝标题', '数量', '实付金额', '下单时间', pick(['物流单号', '运单号'])];
  const rows = [];
  for (let i = 0; i < ri(6, 25); i++) {
    const p = person();
    const nick = pick(['tb', 'jd_', 'pdd', '']) + p.spy + digits(ri(3, 6));
    const m = rnd() < 0.08 ? d.x('masked_mobile') : d.mob(p.mobile, 'sys');
    rows.push([d.x('order_number'), nick, d.name(p), m, chance(0.3) ? `${p.addr.full}，${d.X('postcode', p.addr.zip)}` : p.addr.full, d.x('sku'), pick(['夏季新款纯棉T恤', '无线蓝牙耳机', '保温杯500ml', '儿童绘本套装', '家用空气净化器', '猫粮10kg']), String(ri(1, 5)), d.x('amount'), `${ymd(recent(), '-')} ${hms()}`, chance(0.8) ? d.x('tracking_number') : '']);
  }
  return writeDelimited(cols, rows, { delim: ',', quote: pick(['all', 'min']), crlf: chance(0.5) });
};
B.vcard_export = (d) => {
  const out = [];
  for (let i = 0; i < ri(3, 10); i++) {
    const p = person();
    const L = ['BEGIN:VCARD', `VERSION:${pick(['3.0', '2.1', '4.0'])}`, `FN:${d.name(p)}`];
    if (chance(0.5)) L.push(`N:;${d.name(p)};;;`);
    if (chance(0.5)) L.push(`ORG:${d.x('company_name')}`);
    if (chance(0.4)) L.push(`TITLE:${d.x('job_title')}`);
    L.push(`TEL;TYPE=CELL:${d.mob(p.mobile, pick(['mix', 'human']))}`);
    if (chance(0.4)) L.push(`TEL;TYPE=WORK:${d.land(p.land, 'mix')}`);
    if (chance(0.6)) L.push(`EMAIL;TYPE=INTERNET:${d.mail(p.email)}`);
    if (chance(0.2)) L.push(`NOTE:QQ ${d.x('qq_number')}`);
    L.push('END:VCARD');
    out.push(L.join('\r\n'));
  }
  return out.join('\r\n');
};
B.meeting_signin = (d) => {
  const cols = ['序号', '姓名', pick(['单位', '工作单位', '所在单位']), pick(['职务', '职位']), pick(['手机', '联系电话', '手机号码']), pick(['邮箱', '电子邮箱']), '签到时间'];
  const rows = [];
  for (let i = 0; i < ri(8, 30); i++) {
    const p = person();
    rows.push([String(i + 1), d.name(p), chance(0.15) ? d.x('org_name') : d.x('company_name'), d.x('job_title'), d.mob(p.mobile, pick(['mix', 'human'])), chance(0.6) ? d.mail(p.email) : '', `${hms().slice(0, 5)}`]);
  }
  const title = `${pick(['2024年度合作伙伴大会', '产品发布会', '行业交流沙龙', '客户答谢会'])}签到表`;
  return `${title}\n地点：${d.X('place_name', pick(PLACE_WORDS))}${pick(['国际会议中心', '大酒店三楼宴会厅', '会展中心'])}\n${chance(0.5) ? writeDelimited(cols, rows, { delim: '\t', quote: 'none' }) : writeFixed(cols, rows, { gap: 2 })}`;
};
B.student_enrollment = (d) => {
  const cols = [pick(['学员姓名', '学生姓名', '姓名']), '性别', '出生日期', pick(['身份证号', '学生身份证号']), pick(['家长姓名', '监护人']), pick(['家长手机', '监护人电话', '联系电话']), pick(['邮箱', '家长邮箱']), '家庭住址', '报名课程', '学费'];
  const rows = [];
  for (let i = 0; i < ri(6, 25); i++) {
    const s = person({ y0: 2006, y1: 2010 }), g = person({ y0: 1970, y1: 1988 });
    rows.push([d.name(s), s.gender, s.birth, chance(0.05) ? '' : d.idn(s.id, 'mix'), d.name(g), d.mob(g.mobile, 'mix'), chance(0.6) ? d.mail(g.email) : '', g.addr.full, pick(['少儿编程', '钢琴', '英语口语', '数学思维', '美术', '游泳']), d.x('amount')]);
  }
  return `${pick(['暑期班报名汇总', '学员信息登记表', '新生报名表'])}\n${writeDelimited(cols, rows, { delim: pick([',', '\t']), quote: 'min' })}`;
};
B.car_owner_list = (d) => {
  const cols = [pick(['车主姓名', '车主', '客户姓名']), pick(['手机', '联系电话']), pick(['身份证号', '证件号码']), '车牌号', pick(['车架号', 'VIN']), '车型', '购车日期', '保险到期'];
  const rows = [];
  for (let i = 0; i < ri(6, 20); i++) {
    const p = person({ y0: 1955, y1: 2002 });
    const co = chance(0.1);
    rows.push([co ? d.x('company_name') : d.name(p), d.mob(p.mobile, 'mix'), co ? d.uscc(genUSCC()) : d.idn(p.id, 'mix'), d.x('plate_number'), d.x('vin'), pick(['朗逸 1.5L', '卡罗拉 双擎', '思域', '宝马3系', 'Model 3', '比亚迪汉EV', '途观L']), d.date(-ri(30, 1500)), d.date(ri(1, 300))]);
  }
  return `${pick(['4S店保有客户', '续保提醒名单', '车主信息'])}\n${chance(0.5) ? writeDelimited(cols, rows, { delim: ',', quote: 'min' }) : writeFixed(cols, rows, { gap: 2 })}`;
};
B.aftersales_tickets = (d) => {
  const out = [];
  for (let i = 0; i < ri(3, 8); i++) {
    const p = person(), st = pick(['human', 'mix']);
    const L = [`工单号：${d.x('order_number')}`, `${pick(['客户姓名', '报修人', '联系人'])}：${d.name(p)}`, `${pick(['联系电话', '手机'])}：${chance(0.2) ? d.land(p.land, st) : d.mob(p.mobile, st)}`, `上门地址：${p.addr.full}`,
      `产品型号：${d.x('sku')}  SN：${d.x('serial_number')}${chance(0.4) ? `  IMEI：${d.x('imei')}` : ''}`, `故障描述：${pick(['开机无反应', '屏幕闪烁', '无法连接WiFi', '噪音大', '充电异常'])}${chance(0.3) ? `，客户说${d.nameDC(genName())}上次来修过` : ''}`,
      `处理人：${d.name(genName().name)}  状态：${pick(['待上门', '已完成', '待配件', '已关闭'])}  创建时间：${d.x('datetime_string')}`];
    out.push(L.join('\n'));
  }
  return `${pick(['售后工单导出', '维修工单', '服务请求列表'])}\n\n${out.join('\n----\n')}`;
};
B.sms_recipient_list = (d) => {
  const n = ri(15, 60);
  const L = [];
  const withName = chance(0.4);
  if (withName) L.push(pick(['姓名,手机号', '姓名\t手机', 'name,mobile']));
  else if (chance(0.4)) L.push(pick(['手机号', 'mobile', '号码']));
  for (let i = 0; i < n; i++) {
    const p = person();
    const t = rnd();
    const num = t < 0.06 ? d.x('unallocated_mobile') : t < 0.09 ? d.x('masked_mobile') : d.mob(p.mobile, chance(0.8) ? 'sys' : 'mix');
    if (withName) L.push(`${d.name(p)}${L[0].includes('\t') ? '\t' : ','}${num}`);
    else L.push(num);
  }
  return L.join('\n');
};
B.patient_registration = (d) => {
  const cols = [pick(['患者姓名', '姓名']), '性别', '年龄', pick(['身份证号', '证件号码']), pick(['就诊卡号', '病历号']), pick(['联系电话', '手机']), '科室', pick(['接诊医生', '医生']), '挂号时间'];
  const rows = [];
  for (let i = 0; i < ri(8, 25); i++) {
    const p = person({ y0: 1935, y1: 2010 });
    rows.push([d.name(p), p.gender, String(2024 - +p.id.slice(6, 10)), chance(0.1) ? d.X('masked_id', maskIdOf(p.id)) : d.idn(p.id, 'sys'), d.x('member_no'), d.mob(p.mobile, 'sys'), pick(['内科', '外科', '儿科', '口腔科', '眼科', '皮肤科']), d.name(genName().name), `${ymd(recent(), '-')} ${hms().slice(0, 5)}`]);
  }
  return `${pick(['门诊挂号明细', '就诊登记'])}  ${d.X('org_name', pick(['周口市人民医院', '高新区社区卫生服务中心', '林芝市人民医院']))}\n${writeDelimited(cols, rows, { delim: pick([',', '\t', '|']), quote: 'none' })}`;
};
B.tech_config_doc = (d) => {
  const admin = person();
  const L = [`# ${pick(['部署说明', 'README', '运维手册', 'release notes'])}`, '', `版本：${d.x('version_string')}`, `发布时间：${d.x('datetime_string')}`, '', '```yaml', 'server:', `  host: ${d.x('ip_address')}`, `  port: ${pick([8080, 8443, 3306, 6379])}`, 'alert:',
    `  sms_receivers: ${d.mob(admin.mobile, 'sys')},${d.mob(genMobile(), 'sys')}`, `  mail_to: ${d.mail(admin.email)}`, 'assets:', `  logo: static/img/${d.x('email_like')}`, `  upstream: ${d.x('ip_address')}`, '```', '',
    `依赖：${d.x('email_like')} ${d.x('version_string')}`, `测试订单：${d.x('order_number')}  测试时间戳：${d.x('timestamp_ms')}`, `负责人：${d.name(admin)}（${pick(['手机', '电话'])} ${d.mob(admin.mobile, 'mix')}）`, `值班座机：${d.land(admin.land, 'mix')}`, `客服热线：${d.x('service_hotline')}`];
  if (chance(0.5)) L.push(`仓库：${d.x('email_like')}`);
  return L.join('\n');
};
B.refund_requests = (d) => {
  const out = [];
  for (let i = 0; i < ri(2, 6); i++) {
    const p = person(), st = pick(['human', 'mix']), ls = labStyle();
    out.push(`${pick(['退款申请单', '退款审批', '退费申请'])} #${i + 1}\n${kv([[pick(['申请人', '客户姓名']), d.name(p)], [pick(['联系电话', '手机']), d.mob(p.mobile, st)], ['原订单号', d.x('order_number')], ['原支付流水', d.x('transaction_id')], ['退款金额', d.x('amount')],
      [pick(['收款户名', '户名', '持卡人']), d.name(p)], ['开户行', p.card.bank], [pick(['收款卡号', '银行卡号', '卡号']), d.card(p.card.value, st)], chance(0.3) ? ['身份证号', d.idn(p.id, st)] : null, ['审批人', d.name(genName().name)]], ls, pick(['lines', 'two']))}`);
  }
  return out.join('\n\n');
};
B.collection_list = (d) => {
  const cols = [pick(['借款人', '客户姓名', '姓名']), pick(['身份证号', '证件号']), pick(['手机', '本人电话']), '合同编号', '逾期金额', '逾期天数', pick(['紧急联系人', '联系人']), pick(['联系人电话', '紧急联系电话']), pick(['单位电话', '公司电话']), pick(['还款卡号', '代扣卡号'])];
  const rows = [];
  for (let i = 0; i < ri(6, 25); i++) {
    const p = person({ y0: 1960, y1: 2003 }), e = person();
    rows.push([d.name(p), d.idn(p.id, 'sys'), d.mob(p.mobile, 'sys'), d.x('contract_number'), d.x('amount'), String(ri(1, 720)), d.name(e), chance(0.1) ? d.x('unallocated_mobile') : d.mob(e.mobile, 'sys'), chance(0.6) ? d.land(p.land, 'sys') : '', chance(0.8) ? d.card(p.card.value, 'sys') : d.x('masked_card')]);
  }
  return `${pick(['M1逾期名单', '委外催收清单', '逾期客户明细'])}\n${chance(0.6) ? writeDelimited(cols, rows, { delim: ',', quote: 'min' }) : writeDelimited(cols, rows, { delim: '\t', quote: 'none' })}`;
};

// ───────────────────────── schedule ─────────────────────────
const SCHEDULE = {
  customer_export_csv: 30, member_export_tsv: 14, pipe_export: 12, fixed_width_report: 12, markdown_table: 10, html_table: 8, html_flattened: 8, json_export: 12, jsonl_export: 8,
  xml_export: 8, sql_insert: 10, app_log: 12, registration_form: 14, member_profile: 10, crm_followup_log: 12, sales_visit_notes: 8, chat_export: 10, email_message: 12,
  express_shipping_list: 12, waybill_text: 8, bank_statement: 12, contract_header: 18, lease_contract: 8, vat_invoice: 20, billing_info: 14, hr_roster: 12, payroll_sheet: 8,
  hotel_checkin: 12, flight_booking: 12, visa_application: 10, insurance_policy: 12, loan_application: 8, supplier_directory: 12, ecommerce_orders: 8, vcard_export: 6,
  meeting_signin: 8, student_enrollment: 6, car_owner_list: 6, aftersales_tickets: 8, sms_recipient_list: 6, patient_registration: 6, tech_config_doc: 8, refund_requests: 8, collection_list: 8,
};

// ───────────────────────── audit: every valid value in the text must be labeled ─────────────────────────
const NAME_RE = /^[\u4e00-\u9fa5]{2,4}$/;
function audit(doc, text) {
  const t = text.normalize('NFKC');
  const lab = new Set([...doc.entities, ...doc.dontCare].map((e) => `${e.detector}:${e.value}`));
  const decoyT = doc.decoys.map((x) => x.text.normalize('NFKC'));
  const issues = [];
  const classify = (v) => (v.length === 18 && isValidID(v) ? 'cn_resident_id' : isMobile(v) ? 'cn_mobile' : isCard(v) ? 'bank_card' : isLandline(v) ? 'cn_landline' : isValidUSCC(v) ? 'cn_uscc' : legacyLike(v) ? 'id15' : null);
  const okLabeled = (det, v) => lab.has(`${det}:${v}`) || (det === 'id15' && lab.has(`cn_resident_id:${v}`));
  for (const m of t.matchAll(/(?<![0-9A-Za-z])\d{10,19}[Xx]?(?![0-9A-Za-z])/g)) {
    const v = m[0].toUpperCase(), det = classify(v);
    if (det && !okLabeled(det, v)) issues.push(`unlabeled ${det} ${v}`);
  }
  for (const m of t.matchAll(/(?<![0-9A-Za-z])\d{2,6}(?:[ -]\d{2,8}){1,4}[Xx]?(?![0-9A-Za-z])/g)) {
    const v = m[0].replace(/[ -]/g, '').toUpperCase(), det = classify(v);
    const touchesLabeled = doc.written.some(([, , w]) => { const wn = w.normalize('NFKC'); return m[0].includes(wn) || wn.includes(m[0]) || (wn.length > 3 && m[0].includes(wn.slice(0, 4))) || (wn.length > 3 && m[0].includes(wn.slice(-4))); });
    if (det && !okLabeled(det, v) && !touchesLabeled && !decoyT.some((x) => x.includes(m[0]))) issues.push(`unlabeled(grouped) ${det} ${m[0]}`);
  }
  for (const m of t.matchAll(/(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{18}(?![0-9A-Z])/g)) if (isValidUSCC(m[0]) && !lab.has(`cn_uscc:${m[0]}`) && !isValidID(m[0])) issues.push(`unlabeled uscc ${m[0]}`);
  for (const m of t.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g)) {
    if (decoyT.some((x) => x.includes(m[0]))) continue;
    if (!lab.has(`email:${m[0].toLowerCase()}`)) issues.push(`unlabeled email ${m[0]}`);
  }
  for (const m of t.matchAll(/(?<![0-9A-Za-z])(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})(?![0-9A-Za-z])/g)) if (!lab.has(`cn_passport:${m[0]}`)) issues.push(`unlabeled passport-shaped ${m[0]}`);
  return issues;
}

// ───────────────────────── build ─────────────────────────
const plan = shuffle(Object.entries(SCHEDULE).flatMap(([k, n]) => Array(n).fill(k)));
const carriers = [];
const FORMS = {};
const allIssues = [];
plan.forEach((kind, i) => {
  const d = new Doc(kind);
  const text = B[kind](d).replace(/^\n+/, '');
  const id = `a-${pad(i + 1, 4)}`;
  for (const [det, v, w] of d.written) if (!text.includes(w)) throw new Error(`${id} ${kind}: written form of ${det} ${v} not in text: ${JSON.stringify(w)}`);
  const key = (e) => `${e.detector}\u0000${e.value}`;
  const uniq = (arr) => { const s = new Set(); return arr.filter((e) => (s.has(key(e)) ? false : (s.add(key(e)), true))); };
  const entities = uniq(d.entities);
  const entKeys = new Set(entities.map(key));
  const dontCare = uniq(d.dontCare).filter((e) => !entKeys.has(key(e)));
  const writtenAll = d.written.map((w) => w[2]);
  const seenDecoy = new Set();
  const decoys = d.decoys.filter((x) => {
    if (!text.includes(x.text)) throw new Error(`${id} ${kind}: decoy not in text ${x.text}`);
    if (writtenAll.some((w) => w.includes(x.text) || x.text.includes(w))) return false; // overlaps a labeled value: leave it out
    if (entities.some((e) => e.detector === 'person_name_zh' && (x.text === e.value))) return false;
    const k = x.kind + '\u0000' + x.text; if (seenDecoy.has(k)) return false; seenDecoy.add(k); return true;
  });
  for (const [det, v, w] of d.written) {
    if (!['cn_mobile', 'cn_landline', 'cn_resident_id', 'bank_card', 'email'].includes(det)) continue;
    const f = w === v ? 'canonical' : /[\uff10-\uff19]/.test(w) ? 'full-width' : /^\+86|^0086|^\(\+86\)|^（\+86）|^86/.test(w) ? 'intl-prefix' : /x$/.test(w) ? 'lower-x' : /[()（）]/.test(w) ? 'parenthesised' : /转|分机|ext/.test(w) || (det === 'cn_landline' && /-\d{2,4}$/.test(w) && w.replace(/\D/g, '').length > v.length) ? 'extension' : / /.test(w) ? 'spaced' : /-/.test(w) ? 'dashed' : w.toLowerCase() === v ? 'mixed-case' : 'other';
    (FORMS[det] ||= {})[f] = (FORMS[det][f] || 0) + 1;
  }
  const c = { id, kind, text, entities, dontCare, decoys };
  const iss = audit({ ...c, written: d.written }, text);
  if (iss.length) allIssues.push(`${id} ${kind}: ${iss.join('; ')}`);
  carriers.push(c);
});

// ───────────────────────── self-check ─────────────────────────
const fails = [];
const expect = (cond, msg) => { if (!cond) fails.push(msg); };
// published vectors
expect(idCheck('11010519491231002') === 'X' && idCheckAlt('11010519491231002') === 'X' && isValidID('11010519491231002X'), 'GB 11643 example 11010519491231002X');
expect(idCheck('44052418800101001') === '4' && !isValidID('440524188001010014'), '440524188001010014: check ok, date policy rejects');
for (const u of ['91110000600037341L', '91310115MA1K3BTP2B', '9144030071526726XG', '91340600MA2PBM9HXD', '121200004013590816', '91620105L015101280', '9131012056010553X5'])
  expect(isValidUSCC(u) && usccCheckAlt(u.slice(0, 17)) === u[17] && orgCheckAlt(u.slice(8, 16)) === u[16], `USCC vector ${u}`);
expect(!isValidUSCC('91110000600037341N'), 'USCC bad check rejected');
expect(luhnOk('4111111111111111') && luhnOkAlt('4111111111111111') && !luhnOk('6222026006705354217'), 'Luhn vectors');
// implementation agreement on random inputs
for (let i = 0; i < 20000; i++) {
  const b = digits(17); if (idCheck(b) !== idCheckAlt(b)) { fails.push('idCheck mismatch ' + b); break; }
  const u = [...Array(17)].map(() => pick(UA.split(''))).join(''); if (usccCheck(u) !== usccCheckAlt(u)) { fails.push('usccCheck mismatch ' + u); break; }
  const o = [...Array(8)].map(() => pick(UA.split(''))).join(''); if (orgCheck(o) !== orgCheckAlt(o)) { fails.push('orgCheck mismatch ' + o); break; }
  const c = digits(ri(16, 19)); if (luhnOk(c) !== luhnOkAlt(c)) { fails.push('luhn mismatch ' + c); break; }
}
// every label re-validated
const VAL = {
  cn_resident_id: (v) => isValidID(v) && REGIONS.includes(v.slice(0, 6)) && +v.slice(6, 10) >= 1930 && +v.slice(6, 10) <= 2010 && idCheckAlt(v.slice(0, 17)) === v[17],
  cn_mobile: isMobile, cn_landline: isLandline, email: (v) => /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v),
  bank_card: (v) => /^\d{16,19}$/.test(v) && luhnOk(v) && luhnOkAlt(v) && /^(62|4|5[1-5])/.test(v),
  cn_uscc: (v) => isValidUSCC(v) && usccCheckAlt(v.slice(0, 17)) === v[17] && orgCheckAlt(v.slice(8, 16)) === v[16],
  cn_passport: (v) => /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$/.test(v), person_name_zh: (v) => NAME_RE.test(v) && SURNAMES.some(([s]) => v.startsWith(s)),
};
const DECOY_CHECK = {
  bad_check_id: (t) => { const v = t.toUpperCase(); return /^\d{17}[\dX]$/.test(v) && idCheck(v.slice(0, 17)) !== v[17]; },
  bad_date_id: (t) => !validDate(+t.slice(6, 10), +t.slice(10, 12), +t.slice(12, 14)) && idCheck(t.slice(0, 17)) === t[17],
  contract_account: (t) => !luhnOk(t), unallocated_mobile: (t) => !isMobile(t),
};
const cnt = {}, cntRaw = {}, dcnt = {}, kcnt = {}, dc = {};
for (const c of carriers) {
  kcnt[c.kind] = (kcnt[c.kind] || 0) + 1;
  for (const e of c.entities) { cnt[e.detector] = (cnt[e.detector] || 0) + 1; if (!VAL[e.detector](e.value)) fails.push(`${c.id} invalid entity ${e.detector} ${e.value}`); }
  for (const e of c.dontCare) dc[e.detector] = (dc[e.detector] || 0) + 1;
  for (const x of c.decoys) {
    dcnt[x.kind] = (dcnt[x.kind] || 0) + 1;
    if (DECOY_CHECK[x.kind] && !DECOY_CHECK[x.kind](x.text)) fails.push(`${c.id} decoy ${x.kind} ${x.text} fails its own check`);
    const toks = x.text.normalize('NFKC').match(/[0-9A-Za-z]+/g) || [];
    for (const tk of toks) { const r = risky(tk); if (r) fails.push(`${c.id} decoy ${x.kind} ${x.text} looks like a valid ${r}`); }
  }
}
mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(OUT, carriers.map((c) => JSON.stringify(c)).join('\n') + '\n');
const totalE = Object.values(cnt).reduce((a, b) => a + b, 0), totalD = Object.values(dcnt).reduce((a, b) => a + b, 0);
console.log(`wrote ${OUT}: ${carriers.length} carriers, ${totalE} entities (unique per carrier), ${Object.values(dc).reduce((a, b) => a + b, 0)} dontCare, ${totalD} decoys`);
console.log('entities by detector:', JSON.stringify(cnt));
console.log('dontCare by detector:', JSON.stringify(dc));
console.log('decoys by kind:', JSON.stringify(Object.fromEntries(Object.entries(dcnt).sort((a, b) => b[1] - a[1]))));
console.log('written forms:', JSON.stringify(FORMS));
console.log(`document kinds (${Object.keys(kcnt).length}):`, JSON.stringify(kcnt));
const need = { cn_resident_id: 150, cn_mobile: 150, cn_landline: 100, email: 150, bank_card: 150, cn_uscc: 150, cn_passport: 60, person_name_zh: 150 };
for (const [k, n] of Object.entries(need)) expect((cnt[k] || 0) >= n, `quota ${k} ${cnt[k] || 0} < ${n}`);
expect(carriers.length >= 400 && totalE >= 4000 && totalD >= 3000, 'global quotas');
if (allIssues.length) { console.log(`AUDIT: ${allIssues.length} carriers with unlabeled values`); for (const s of allIssues.slice(0, 30)) console.log('  ' + s); fails.push('audit'); }
console.log(fails.length ? `SELF-CHECK FAILED (${fails.length}):\n  ${fails.slice(0, 40).join('\n  ')}` : 'SELF-CHECK OK: check algorithms agree with published vectors and an independent implementation; every label re-validated; no decoy passes a validator; audit found no unlabeled valid value');
process.exitCode = fails.length ? 1 : 0;
