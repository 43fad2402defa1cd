#!/usr/bin/env node
/*
 * rarenames.mjs — independent labelled test-corpus generator for listguard's
 * `person_name_zh` detector: Chinese personal names that a surname list misses
 * (rare and compound surnames, double-barrelled names, rare / non-BMP given-name
 * characters, 々 and repeated characters, Uyghur / Kazakh names with a middle dot,
 * Tibetan, Mongolian, Yi, Zhuang, Manchu and Korean-Chinese names, names written
 * with spaces or padding, in traditional script or with pinyin beside them), each
 * placed in a person context together with other labelled personal data
 * (cn_mobile, cn_resident_id, bank_card, email), plus at least as many decoys
 * (rare-surname words, place names, brands, job titles, departments, ethnic words
 * that are not names) and dontCare items (masked names, names in prose, names
 * whose boundary is ambiguous).
 *
 * Usage:  node /tmp/indep21/rarenames.mjs OUT.jsonl
 *   writes one JSON object per line:
 *   {"id":"rn-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],
 *    "dontCare":[{"detector":"person_name_zh","value":"..."}],
 *    "decoys":[{"kind":"...","text":"..."}]}
 *   prints a summary and runs a self-check (exit 1 on any failure).
 *
 * Standalone, Node >= 20, no dependencies, deterministic (own seeded PRNG), all
 * data synthetic. Normalized values follow DESIGN.md "Stable identifiers":
 * person_name_zh = the name as written, without spaces/padding/title (a minority
 * name keeps its dot as written); cn_mobile = 11 digits; cn_resident_id = 18 chars,
 * upper-case X; bank_card = digits; email = lower-case.
 *
 * Written in session 21 by a helper that never read src/, rules/ or test/,
 * from cn-formats.md and DESIGN.md only.
 */
import fs from 'node:fs';

// ---------------------------------------------------------------- PRNG ------
function xmur3(str) {
  let h = 1779033703 ^ str.length;
  for (let i = 0; i < str.length; i++) { h = Math.imul(h ^ str.charCodeAt(i), 3432918353); h = (h << 13) | (h >>> 19); }
  return () => { h = Math.imul(h ^ (h >>> 16), 2246822507); h = Math.imul(h ^ (h >>> 13), 3266489909); return (h ^= h >>> 16) >>> 0; };
}
function sfc32(a, b, c, d) {
  return () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0; c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0; t = (t + d) | 0; c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}
const seedGen = xmur3('listguard/rarenames/session-21');
const rnd = sfc32(seedGen(), seedGen(), seedGen(), seedGen());
const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;
function wpick(pairs) { // [[item, weight], ...] or {key: weight}
  const list = Array.isArray(pairs) ? pairs : Object.entries(pairs);
  let tot = 0; for (const [, w] of list) tot += w;
  let r = rnd() * tot;
  for (const [it, w] of list) { if ((r -= w) < 0) return it; }
  return list[list.length - 1][0];
}
function sample(arr, k) { const a = arr.slice(); const out = []; while (out.length < k && a.length) out.push(a.splice(Math.floor(rnd() * a.length), 1)[0]); return out; }
const pad2 = (n) => String(n).padStart(2, '0');
const cap = (s) => (s ? s[0].toUpperCase() + s.slice(1) : s);

// ---------------------------------------------------------------- data ------
// "字pinyin 字pinyin …" → [{c, py}]
const P = (s) => [...s.matchAll(/([^\sa-z]+)([a-z]*)/gu)].map((m) => ({ c: m[1], py: m[2] }));
function uniqC(list) { const seen = new Set(); return list.filter((x) => !seen.has(x.c) && seen.add(x.c)); }

// 100 most common surnames (MPS reports, cn-formats §8 order for the head; the tail from memory).
const TOP100 = P(`王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 林lin 高gao 罗luo 郑zheng 梁liang
 谢xie 宋song 唐tang 许xu 韩han 邓deng 冯feng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 潘pan 袁yuan 蔡cai 蒋jiang 余yu 于yu 杜du 叶ye 程cheng 魏wei
 苏su 吕lv 丁ding 任ren 卢lu 姚yao 沈shen 钟zhong 姜jiang 崔cui 谭tan 陆lu 范fan 汪wang 廖liao 石shi 金jin 韦wei 贾jia 夏xia 付fu 方fang 邹zou 熊xiong
 白bai 孟meng 秦qin 邱qiu 侯hou 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 龙long 黎li 史shi 陶tao 贺he 毛mao 郝hao 顾gu 龚gong 邵shao 万wan 覃qin 武wu
 钱qian 戴dai 严yan 莫mo 孔kong 向xiang 常chang`);
if (TOP100.length !== 100 || new Set(TOP100.map((x) => x.c)).size !== 100) throw new Error('TOP100 must have 100 distinct surnames, has ' + TOP100.length);
const TOP100SET = new Set(TOP100.map((x) => x.c));
const TOP100W = TOP100.map((x, i) => [x, 1 / Math.pow(i + 1, 0.55)]);
const TOP30W = TOP100W.slice(0, 30);

// Rare single surnames: the brief's list (weight 3) and a wider hard tail (weight 1).
const RARE_BRIEF = P(`仝tong 亓qi 缑gou 笪da 逄pang 佘she 昝zan 隗wei 郗xi 禚zhuo 眭sui 厍she 訾zi 冼xian 麦mai 练lian 阙que 蔺lin 揭jie 皮pi 枚mei 粟su
 查zha 区ou 单shan 解xie 仇qiu 朴piao 乜nie 尉wei 隋sui 阎yan 晏yan 全quan 过guo 钭tou 郜gao 邬wu 闵min 蓝lan 邰tai`);
const RARE_TAIL = P(`贲ben 鄢yan 宓mi 羿yi 禤xuan 蒯kuai 靳jin 佟tong 栾luan 艾ai 阚kan 扈hu 庹tuo 冉ran 谯qiao 戚qi 桑sang 巫wu 寇kou 褚chu 缪miao
 鞠ju 冀ji 郏jia 甄zhen 暴bao 虞yu 娄lou 敖ao 厉li 檀tan 苟gou 伍wu 滕teng 蒲pu 钮niu 瞿qu 嵇ji 邝kuang 卓zhuo 竺zhu 甘gan 车che 庞pang 邸di 汝ru
 芮rui 谌chen 俞yu 卞bian 凌ling 匡kuang 应ying 农nong 蒙meng 禹yu 玄xuan 权quan 伏fu 贝bei 危wei 幸xing 戈ge 晁chao 麻ma 尚shang 耿geng 商shang
 宫gong 岑cen 喻yu 阮ruan 左zuo 项xiang 祁qi 牟mou 臧zang 邢xing 骆luo 司si 晋jin 师shi 窦dou`);
for (const x of [...RARE_BRIEF, ...RARE_TAIL]) if (TOP100SET.has(x.c)) throw new Error('rare surname in TOP100: ' + x.c);
const RARE_SUR_W = [...RARE_BRIEF.map((x) => [x, 3]), ...RARE_TAIL.map((x) => [x, 1])];

const COMPOUND = P(`欧阳ouyang 上官shangguan 皇甫huangfu 令狐linghu 诸葛zhuge 司徒situ 司马sima 申屠shentu 夏侯xiahou 贺兰helan 完颜wanyan
 慕容murong 尉迟yuchi 长孙zhangsun 东方dongfang 公孙gongsun 宇文yuwen 轩辕xuanyuan 端木duanmu 西门ximen 南宫nangong 独孤dugu 呼延huyan
 钟离zhongli 闻人wenren 万俟moqi 赫连helian 澹台tantai 公冶gongye 宗政zongzheng 濮阳puyang 淳于chunyu 单于chanyu 太叔taishu 拓跋tuoba
 第五diwu 百里baili 东郭dongguo 南门nanmen 左丘zuoqiu 梁丘liangqiu 微生weisheng 羊舌yangshe 公羊gongyang`);
const COMPOUND_W = COMPOUND.map((x, i) => [x, i === 0 ? 22 : i < 14 ? 3.2 - i * 0.15 : i < 37 ? 1.3 : 0.5]);
const COMPOUND_SET = new Set(COMPOUND.map((x) => x.c));

const GM = uniqC(P(`伟wei 强qiang 磊lei 军jun 洋yang 勇yong 杰jie 涛tao 明ming 超chao 刚gang 平ping 辉hui 鹏peng 建jian 飞fei 斌bin 宇yu 浩hao 凯kai
 健jian 俊jun 帆fan 帅shuai 旭xu 宁ning 博bo 文wen 嘉jia 豪hao 泽ze 晓xiao 海hai 波bo 志zhi 国guo 成cheng 德de 林lin 峰feng 亮liang 龙long 东dong
 春chun 晨chen 轩xuan 睿rui 航hang 子zi 一yi 天tian 思si 远yuan 鸣ming 振zhen 毅yi 彬bin 荣rong 新xin 永yong 庆qing 宏hong 立li 忠zhong 兵bing
 坤kun 哲zhe 诚cheng 锋feng 松song 阳yang 家jia 瑞rui 贤xian 锦jin 舟zhou 铭ming 皓hao 正zheng 卫wei 少shao 光guang 耀yao 逸yi 然ran 晖hui 昊hao`));
const GF = uniqC(P(`芳fang 娜na 敏min 静jing 丽li 艳yan 娟juan 秀xiu 霞xia 桂gui 英ying 华hua 玲ling 红hong 琳lin 颖ying 婷ting 雪xue 倩qian 璐lu 欣xin
 怡yi 佳jia 涵han 梓zi 诺nuo 雨yu 萱xuan 悦yue 晶jing 慧hui 燕yan 梅mei 兰lan 凤feng 玉yu 珍zhen 淑shu 琴qin 云yun 莉li 萍ping 洁jie 蕾lei 媛yuan
 薇wei 丹dan 月yue 蓉rong 露lu 冰bing 彤tong 琪qi 可ke 馨xin 瑶yao 菲fei 楠nan 茜qian 妍yan 婉wan 晴qing 蕊rui 岚lan 巧qiao 青qing 思si 诗shi
 嘉jia 若ruo 欢huan 晓xiao 雅ya 婕jie`));
// uncommon but not counted as rare
const UNC_M = P(`琛chen 珏jue 骞qian 锴kai 珩heng 璟jing 禛zhen 翊yi 旻min 暄xuan 芃peng 铖cheng 煜yu 晔ye 淏hao 沐mu 炜wei 晟sheng 奕yi`);
const UNC_F = P(`珏jue 姝shu 嬿yan 毓yu 祺qi 筱xiao 昕xin 晗han 槿jin 琰yan 瑾jin 婧jing 嫣yan 懿yi 暄xuan 沐mu`);
// rare given-name characters (counted as rare-character form)
const RARE_M = P(`喆zhe 堃kun 昇sheng 翀chong 犇ben 淼miao 焱yan 鑫xin 垚yao 燚yi 赟yun 頔di 彧yu 鋆yun 龑yan 昶chang 旸yang 甦su`);
const RARE_F = P(`珺jun 玥yue 瑄xuan 琇xiu 嫚man 婳hua 祎yi 晞xi 曌zhao 玙yu 璘lin 溦wei 沄yun 淼miao 焱yan`);
const NONBMP = ['𠀾', '𡒄', '𫖯', '𬀩', '𫟹'];
const RARE_SET = new Set([...RARE_M, ...RARE_F].map((x) => x.c));
for (const ch of NONBMP) if (ch.codePointAt(0) <= 0xffff) throw new Error('not outside BMP: ' + ch);
const REPEAT_F = P(`婷ting 欢huan 晶jing 丹dan 莹ying 琳lin 露lu 菲fei 楠nan 萌meng 佳jia 园yuan 冰bing 倩qian 月yue 悦yue 媛yuan 静jing`);
const REPEAT_M = P(`乐le 磊lei 浩hao 阳yang 冬dong 亮liang 明ming 涛tao 鹏peng 健jian`);

// minority names ("汉字latin")
const UY_M = P(`阿卜杜拉abdulla 买买提memet 艾力eli 吐尔逊tursun 艾合买提ehmet 玉素甫yusup 阿不都abdu 热合曼rehman 伊力哈木ilham 艾尔肯erkin
 阿迪力adil 库尔班qurban 吾斯曼osman 依明imin 亚森yasin 托合提tohti 穆合塔尔muhtar 麦麦提敏memtimin 阿里木alim 帕尔哈提parhat 艾克拜尔ekber
 肉孜rozi 塔依尔tahir 买合木提mahmut 阿布都热依木abdurehim 斯拉木islam 居来提jelil 吐尔洪turghun 木拉提murat 阿力甫alip 迪力夏提dilshat
 艾山hesen 司马义ismayil 牙合甫yaqup 努尔麦麦提nurmemet 阿布力孜abliz 阿不来提ablet`);
const UY_F = P(`古丽娜尔gulnar 阿依古丽aygul 帕提古丽patigul 热依拉reyila 迪丽努尔dilnur 米热古丽mihrigul 阿娜尔anar 佐日古丽zorigul 努尔比亚nurbiya
 再努尔zeynur 布合力其buhilqi 祖丽皮亚zulpiya 热娜rena 阿米娜amina 海热古丽heyrigul 古再丽努尔guzelnur 排孜丽亚payziliya 玛依拉mayila
 阿瓦古丽awagul 茹仙古丽rushengul 帕丽达palida 迪娜尔dinar 阿提古丽atigul 努尔尼沙nurnisa`);
const KZ_M = P(`努尔兰nurlan 叶尔兰erlan 哈力木halim 别克bek 叶尔波拉提erbolat 巴合提baqyt 哈那提hanat 阿斯哈尔asqar 努尔江nurjan 波拉提bolat
 达吾列特dawlet 吾拉力oral 叶尔江erjan 沙肯saken`);
const KZ_F = P(`阿依达娜aydana 加娜尔janar 古丽巴合提gulbaqyt 沙吾列sawle 库兰qulan 阿依江ayjan 阿依努尔aynur 哈丽玛halima`);
const TB_A = P(`扎西zhaxi 次仁ciren 格桑gesang 尼玛nima 达瓦dawa 普布pubu 边巴bianba 巴桑basang 白玛baima 索朗suolang 贡嘎gongga 洛桑luosang
 米玛mima 次旦cidan 仁增renzeng 益西yixi 嘎玛gama 桑吉sangji 拉巴laba 琼达qiongda 德吉deji 曲吉quji 旺堆wangdui 才旦caidan`);
const TB_M = P(`顿珠dunzhu 多吉duoji 平措pingcuo 旦增danzeng 强巴qiangba 罗布luobu 晋美jinmei 丹增danzeng 欧珠ouzhu 加措jiacuo 群培qunpei
 次仁ciren 扎西zhaxi 朗杰langjie 坚参jiancan 多布杰duobujie`);
const TB_F = P(`卓玛zhuoma 央金yangjin 拉姆lamu 曲珍quzhen 央宗yangzong 梅朵meiduo 卓嘎zhuoga 玉珍yuzhen 旺姆wangmu 德吉deji 措姆cuomu 次珍cizhen
 白珍baizhen 琼达qiongda`);
const MN_M = P(`巴特尔bater 乌力吉uliji 朝鲁chaolu 额尔敦erdun 哈斯hasi 宝音baoyin 那顺nashun 巴雅尔bayar 孟和menghe 满都拉mandula
 阿拉坦仓alatancang 特木尔temur 巴图batu 布仁buren 吉日嘎拉jirigala 阿木古楞amugulang 胡日查huricha 宝力道baolidao 苏和suhe 朝格图chaogetu
 呼和huhe 额尔德尼erdeni 毕力格bilige 阿拉腾alateng`);
const MN_F = P(`其其格qiqige 苏日娜surina 斯琴siqin 图雅tuya 娜仁naren 萨仁saren 格日勒gerile 敖登aodeng 乌云wuyun 其木格qimuge 萨日娜sarina
 托娅tuoya 娜布其nabuqi 塔娜tana 额日和木erihemu`);
const MN_F2A = P(`斯琴siqin 乌兰ulan 娜仁naren 萨仁saren 乌云wuyun 阿拉坦alatan`), MN_F2B = P(`高娃gaowa 其其格qiqige 其木格qimuge 图雅tuya`);
const MN_M2A = P(`额尔敦erdun 阿拉坦alatan 宝音baoyin 哈斯hasi 乌力吉uliji 查干chagan`), MN_M2B = P(`巴特尔bater 巴雅尔bayar 孟和menghe 毕力格bilige 朝鲁chaolu`);
const YI_CLAN = P(`阿苏asu 吉克jike 沙马shama 曲比qubi 阿牛aniu 马海mahai 吉木jimu 瓦其waqi 曲木qumu 勒格lege 阿鲁alu 吉尔jier 木乃munai 俄底edi
 阿西axi 巴莫bamo 瓦扎waza 吉伍jiwu 罗洪luohong 阿约ayue`);
const YI_F = P(`阿依ayi 阿果aguo 阿支azhi 阿呷axia 伍沙wusha 阿芝azhi`), YI_M = P(`木呷muxia 拉毅layi 曲布qubu 伍牛wuniu 日哈riha 尔古ergu 约格yuege 阿木amu 拉且laqie 石布shibu`);
const YI_SHORT = P(`阿苏asu 阿果aguo 阿依ayi 阿呷axia 曲布qubu 木呷muxia 日哈riha`);
const ZH_SUR_W = [[{ c: '韦', py: 'wei' }, 6], [{ c: '覃', py: 'qin' }, 5], [{ c: '蓝', py: 'lan' }, 3], [{ c: '农', py: 'nong' }, 3], [{ c: '蒙', py: 'meng' }, 2.5],
  [{ c: '黄', py: 'huang' }, 3], [{ c: '陆', py: 'lu' }, 1.5], [{ c: '莫', py: 'mo' }, 2], [{ c: '潘', py: 'pan' }, 1], [{ c: '黎', py: 'li' }, 1], [{ c: '谭', py: 'tan' }, 1]];
const MANCHU = P(`爱新觉罗aixinjueluo 叶赫那拉yehenala 瓜尔佳guaerjia 钮祜禄niuhulu 富察fucha 乌拉那拉wulanala 赫舍里heisheli 伊尔根觉罗yiergenjueluo
 舒穆禄shumulu 佟佳tongjia`);
const KO_SUR = ['金', '李', '朴', '崔', '郑', '姜', '尹', '权', '申', '全', '玄', '俞', '池', '南', '具', '禹', '安', '洪', '韩', '许', '裴', '千', '琴', '奇', '延', '太', '表', '卞', '鱼', '宣', '都', '车'];
const KO_SUR_W = KO_SUR.map((s, i) => [s, i < 4 ? 8 - i : 1]);
const KO_M = ['哲洙', '成浩', '光日', '锡植', '镇龙', '永哲', '东焕', '泰俊', '昌浩', '在勋', '承宪', '京焕', '南哲', '龙洙', '英男', '哲民', '光洙', '圣旭'];
const KO_F = ['英姬', '明淑', '顺子', '美善', '贞淑', '玉花', '爱兰', '京子', '顺姬', '贤珠', '美兰', '惠英', '善姬', '英爱', '春花', '贞姬', '恩惠'];
// traditional script: [trad, simplified]
const TRAD_SUR = `陳陈 黃黄 張张 劉刘 楊杨 趙赵 吳吴 鍾钟 鄭郑 謝谢 馮冯 蕭萧 羅罗 葉叶 蘇苏 區区 麥麦 冼冼 譚谭 盧卢 關关 鄧邓 龐庞 梁梁 何何 林林 李李
 王王 郭郭 胡胡 朱朱 馬马 許许 曾曾 彭彭 溫温 袁袁 潘潘 蔡蔡 余余 杜杜 湯汤 翁翁 游游 簡简 賴赖 岑岑 伍伍 鄺邝 車车 甘甘 尹尹 姚姚 莫莫 黎黎 鄒邹 韋韦`
  .split(/\s+/).filter(Boolean).map((s) => { const a = [...s]; return { c: a[0], simp: a[1] }; });
const TRAD_COMPOUND = [{ c: '歐陽', simp: '欧阳' }, { c: '司徒', simp: '司徒' }, { c: '上官', simp: '上官' }];
const TRAD_M = [...'偉國華家俊傑銘鋒輝聰軒賢志明文榮強寶頌樺峯倫朗達亮健浩嘉耀昇'];
const TRAD_F = [...'嘉欣麗慧儀穎詩婷韻嫻鳳曉樂蕾馨瑩美玲淑芬雯婉琪晴敏珊蔚潔怡靜'];

const EN_WORDS = ['sunny', 'lucky', 'tiger', 'anna', 'kevin', 'momo', 'coco', 'lily', 'jack', 'leo', 'amy', 'tony', 'vivi', 'candy', 'happy', 'rain', 'star', 'moon', 'sky', 'apple', 'echo', 'mia', 'ryan', 'zoe'];
const DOMAINS = [['qq.com', 30], ['163.com', 20], ['126.com', 10], ['sina.com', 5], ['foxmail.com', 6], ['outlook.com', 6], ['gmail.com', 4], ['aliyun.com', 3], ['yeah.net', 3], ['sohu.com', 3], ['189.cn', 2], ['hotmail.com', 2]];

// ---------------------------------------------------------------- decoy lexicon ------
// Every lexicon word found in a document (outside name spans) is recorded as a decoy.
const LEX = new Map();
function lex(kind, s) { for (const w of s.split(/\s+/).filter(Boolean)) { if (LEX.has(w)) throw new Error('duplicate lexicon word ' + w); LEX.set(w, kind); } }
lex('surname-word', `区域 区别 区间 区块链 单位 单独 单据 单价 单号 单元 解决 解释 解析 解锁 解除 解约 查询 查看 查验 查找 查收 仇恨 仇视 朴素 朴实 阙如 粟米
 皮革 皮肤 皮鞋 练习 练手 过期 过程 过滤 过户 过敏 全部 全面 全额 全国 全新 全款 蓝色 蓝牙 麦克风 麦片 揭晓 揭示 揭开 枚举 訾议 尉官 甘蔗 车辆 麻烦
 商品 商户 尚未 幸福 危险 应急 应用 左侧 师傅 司机 项目 权限 权益 贝壳 戈壁 耿直 艾草 卓越 凌晨 农业 农村 甄别 暴雨 鞠躬 桑拿 蒲公英 骆驼 檀香 玄关
 晋级 幸运 危机 宫殿 牟利
 區域 查詢 單位 解決 過期 練習 單據 查閱 全數 過戶 麥片 解約 單車 皮膚`);
lex('common-surname-word', `余额 付款 费用 关于 周一 周末 方案 高速 金额 万元 明白 文件 常见 成功 安全 时间 方向 林业 如何 马上 历史 长江 程序 任务 中华`);
lex('compound-word', `第五名 第五章 第五条 第五届 东方红 东方明珠 东方之珠 公孙树 百里挑一 微生物 新闻人物 独孤九剑 轩辕剑 南门外 西门外`);
lex('place', `区庄 单县 查干湖 东方市 南宫市 濮阳市 冼村 佘山 闵行区 揭阳市 皮山县 尉氏县 阎良区 覃塘区 全州县 麦积区 蓝田县 全椒县 解放路 解放碑 佟二堡
 栾川县 桑植县 张家界 车公庙 车陂 麻城市 商丘市 尚志市 左权县 牟平区 邢台市 岑溪市 周口市 项城市 戚墅堰 巫山县 娄底市 滕州市 蒲城县 应县 农安县 蒙自市
 禹州市 玄武区 耿马县 晋城市 张家口 王府井 黄山 高新区 李村 西门町 马鞍山市 石家庄 包头市 白云区 江宁区 高明区 金山区 余杭区 武侯区 罗湖区 龙华区
 黄浦区 宝安区 方庄 吐鲁番 喀什 和田 阿勒泰 锡林郭勒盟 乌兰察布市 呼伦贝尔 鄂尔多斯 拉萨 日喀则 林芝 延吉市 珲春市 西昌市 布达拉宫 长白山 艾丁湖
 练江 查济 麦子店 何文田 黃大仙 馬鞍山 石硤尾 林村`);
lex('brand', `西门子 麦当劳 东方航空 全聚德 全家便利店 蓝月亮 皮尔卡丹 解放牌 张小泉剪刀 杨国福麻辣烫 周黑鸭 钱大妈 康师傅 马应龙 陈克明面条 王老吉 万达广场
 金龙鱼 高德地图 白象 文和友 东方甄选 蓝翔 冼记肠粉 蔺记烧饼 区记烧腊 麦记 麥當勞 西門子 東方航空`);
lex('product', `粟米羹 皮蛋 过桥米线 蔺草凉席 全麦面包 蓝莓 甘蔗汁 麻花 车厘子 桑葚 戚风蛋糕 骆驼奶 檀香扇 艾草贴 单车 皮卡车 蓝牙耳机 过滤器 全棉毛巾
 查干湖胖头鱼 蒲公英茶 贝果 皮具`);
lex('job-title', `单证员 查验员 区域经理 解说员 过磅员 练习生 皮具师 全职司机 单据专员 查询专员 客户经理 法务专员 区域总监 柜员 大堂经理 理财经理 护士长
 主治医师 班主任 任课教师 辅导员 物业管家 快递员 车间主任 商务专员 项目经理 农艺师 司仪 营业员 质检员 仓管员 理货员 店长 出纳 会计 总监 采购主管`);
lex('department', `皮肤科 全科门诊 单证部 区域销售部 解决方案部 查询中心 全渠道运营部 过敏反应科 蓝海事业部 华南区 华东区 华北大区 康复科 麻醉科 金融市场部
 高新区分公司 周转仓 余杭分部 司法鉴定科 项目管理部 商务部 车队 农业事业部 应急管理办 危化品仓 皮膚科`);
lex('ethnic-word', `扎西德勒 哈达 那达慕 敖包 蒙古包 马头琴 呼麦 酥油茶 糌粑 唐卡 锅庄舞 玛尼堆 转经筒 格桑花 乌兰牧骑 手抓饭 馕坑肉 艾德莱斯绸 麦西来甫
 热瓦甫 冬不拉 木卡姆 古尔邦节 肉孜节 巴扎 火把节 三月三 萨其马 打糕 冷面 长鼓舞 阿肯弹唱 奶豆腐 全羊席 雪顿节 藏历新年 望果节 查干萨日`);
lex('org', `揭阳市全通物流有限公司 覃塘区人民医院 单县第一中学 查干湖渔业有限公司 东方市农商银行 南宫市供销社 区庄营业厅 冼村社区居委会 佘山度假区管委会
 皮山县农业农村局 蓝月亮（中国）有限公司 西门子（中国）有限公司 麦积区人民政府 全州县第二中学 闵行区市场监督管理局 尉氏县人民法院 阎良区航空产业园
 栾川县文旅局 區議會`);
const LEXW = [...LEX.keys()];
const byKind = (k) => LEXW.filter((w) => LEX.get(w) === k && !/[區單詢決過練據閱數戶麥約車膚當門東陽黃馬硤議會]/u.test(w));
const JOBS = byKind('job-title'), DEPTS = byKind('department'), BRANDS = byKind('brand'), PRODUCTS = byKind('product'), ORGS = byKind('org');
const ETHNIC = byKind('ethnic-word');

// remark phrases: each contains one or more lexicon words
const REMARKS = `客户来电查询物流|优惠券已过期|全额退款|单号有误，待解决|要求开具单位发票|已查看合同|皮革包装破损|商品已签收|尚未付款|解约申请处理中|全部发货|区域调整
|过户手续已办|练习册补发|蓝牙耳机换货|麦片口味：原味|揭晓中奖名单后联系|朴素风格，不要logo|字段枚举值异常|车辆登记已完成|麻烦尽快发货|危险品不可寄
|幸福里小区门卫代收|应急联系已登记|权限已开通|甄别为有效客户|凌晨勿扰|卓越会员|鞠躬致歉已回访|桑拿券已使用|单独包装|解析失败，已人工修正|查验通过
|皮肤过敏，换无香款|全款已付|投诉内容带仇恨情绪，谨慎沟通|资料阙如，待补充|过滤重复记录|单价调整|配送区间：3-5天|全新未拆封|项目回访|余额不足|付款成功
|周末配送|关于退货|方案已确认|金额有误|客户表示明白|文件已寄出|常见问题已解答|安全验证通过|时间待定|马上处理|程序升级后重试|任务已分配|高速服务区交接
|万元以上订单|历史订单已合并|长江沿线配送|林业局团购|甘蔗汁两箱|贝壳包装|戈壁徒步装备|艾草贴×3|蒲公英茶|檀香扇赠品|骆驼奶粉试用装|农村地址，需电联
|暴雨延误|左侧门卫室|耿直客户，直接沟通|应用内已下单|司机电话联系|师傅上门安装|新闻人物专访赠书|第五次复购|百里挑一会员|微生物检测合格|东方红拖拉机配件
|粟米羹缺货|过桥米线套餐|全麦面包×2|车厘子礼盒|戚风蛋糕定制|单车配件|查干湖胖头鱼预订|蔺草凉席退换|晋级金卡|幸运抽奖|解锁成功|查收确认|揭开封条验货`
  .split('|').map((s) => s.trim()).filter(Boolean);
const REMARKS_TRAD = ['查詢訂單', '優惠券已過期', '全部已付', '單據已寄出', '需開具單位發票', '解約申請', '全數退款', '過戶手續', '皮膚敏感', '練習冊補寄', '麥片兩盒', '單車配件', '已查閱合約', '問題已解決'];
const NOTICE = `为进一步加强区域管理，请各单位于本周五前完成过期单据的清理工作。|如需查询单号或单价，请登录系统查看，勿直接联系司机。
|近期暴雨频发，车辆出行请注意安全，危险路段请绕行。|全部商品支持全额退款，过敏体质请在下单前查看成分表。|本次活动第五名至第十名可获得全聚德代金券一张。
|新到一批粟米羹、全麦面包和蓝牙耳机，欢迎选购。|区域经理与单证员须于周一上午参加解决方案部组织的培训。|西门子设备的解锁密码已更新，请勿外传。
|查干湖冬捕节期间，查干湖胖头鱼限量供应。|那达慕大会期间，锡林郭勒盟各旗将举办马头琴演出和乌兰牧骑专场。|扎西德勒！藏历新年期间，我们为每位来宾准备了哈达和酥油茶。
|古尔邦节前后，喀什巴扎的艾德莱斯绸和手抓饭最受欢迎。|火把节期间西昌市交通管制，请提前规划路线。|麦当劳与蓝月亮联名活动于第五届消费节期间上线。
|皮肤科、康复科与麻醉科将于下周调整门诊时间。|枚举字段的解析程序已修复，历史数据需重新过滤。|朴素的包装更受欢迎，皮具请单独包装。
|佘山、冼村与区庄三个门店暂停营业，恢复时间另行通知。|单县、尉氏县和皮山县的农村订单统一由周转仓发货。|幸福路门店的练习生需在凌晨前完成与理货员的交接。
|东方航空会员可在东方明珠景区享受折扣。|公孙树（银杏）与蒲公英茶礼盒即将上市。|权限申请须经项目经理和法务专员审批。|新闻人物专访栏目下期将介绍微生物检测中心。
|长江沿线的高速服务区已开设全家便利店。|张小泉剪刀、王老吉凉茶和周黑鸭礼盒已加入福利清单。|高德地图显示龙华区至宝安区路段拥堵。
|白云区、江宁区、高明区三地仓库盘点结果见附件文件。|萨其马、打糕和冷面为本周食堂特供。|百里挑一会员请于周末前领取卓越礼包。
|独孤九剑与轩辕剑两款游戏的联名周边已售罄。|甄别结果显示该批次商户资料阙如，需补充。|蓝田县、全州县与全椒县的团购订单已于万元档全部结清。
|对仇恨言论的投诉请交由客户经理处理。|玛尼堆、转经筒与唐卡展于布达拉宫广场举办。|三月三歌节期间覃塘区门店延长营业时间。|麦西来甫与木卡姆演出门票可在应用内领取。
|包头市、鄂尔多斯与呼伦贝尔的车队将于凌晨出发。|石家庄、张家口两地的皮鞋订单请走单证部审批。|罗湖区与黄浦区门店的蓝色包装已全部售罄。
|延吉市和珲春市的打糕、冷面订单请于周一前确认。|请司法鉴定科于周末前完成第五条整改意见的答复。|全渠道运营部将于下周揭晓年度卓越商户名单。`
  .split('|').map((s) => s.trim()).filter(Boolean);
const NOTICE_TRAD = ['何文田、黃大仙及馬鞍山三區的客戶請致電查詢。', '區域主管須於週五前提交單據。', '麥當勞與西門子聯名活動已過期。', '石硤尾及林村門市暫停營業，恢復時間另行通知。', '如需查閱合約，請聯絡區議會辦事處。'];

// ---------------------------------------------------------------- regions / addresses ------
const REGIONS = {
  gen: `110101 110102 110105 110106 110108 120101 120104 130102 130104 140105 210102 220102 230102 310101 310104 310115 320102 320106 330102 330106
    340102 350102 350203 360102 370102 370202 410102 420102 420106 430102 440103 440104 440106 440303 440304 440305 500103 510104 510107 520102
    530102 610103 610113 620102 630102 640104 371722 445202 410223 610114`,
  xj: `650102 650103 650104 650105 653101 652101 653201 652901 654301 654002 652801`,
  xz: `540102 540121 540122 540123 540124 540126 540127 542301 542621`,
  nm: `150102 150103 150104 150105 150202 150203 152502 150402 150702 152501 150602`,
  yb: `222401 222402 222403 222404 222405 222406`,
  ls: `513401 513422 513423 513424 513431 513432 513433 513434 513436 513437`,
  gx: `450102 450103 450105 450802 450804 451002 450202 450302`,
  ln: `210102 210103 210104 210202 210402 210502 130802 110102`,
  gd: `440103 440104 440106 440303 440304 440305 440402 445102`,
};
for (const k of Object.keys(REGIONS)) REGIONS[k] = REGIONS[k].split(/\s+/).filter(Boolean);
const REGION_SET = new Set(Object.values(REGIONS).flat());
const ADDR = {
  gen: `山东省菏泽市单县|广东省揭阳市榕城区|广东省广州市天河区冼村街道|广东省广州市越秀区区庄|上海市松江区佘山镇|上海市闵行区|海南省东方市|河北省邢台市南宫市
   |河南省濮阳市华龙区|河南省开封市尉氏县|陕西省西安市阎良区|广西壮族自治区桂林市全州县|甘肃省天水市麦积区|陕西省西安市蓝田县|安徽省滁州市全椒县
   |吉林省松原市查干湖旅游经济开发区|辽宁省辽阳市灯塔市佟二堡镇|河南省洛阳市栾川县|湖南省张家界市桑植县|广东省深圳市福田区车公庙|湖北省黄冈市麻城市
   |河南省商丘市梁园区|黑龙江省哈尔滨市尚志市|山西省晋中市左权县|山东省烟台市牟平区|河北省邢台市信都区|广西壮族自治区梧州市岑溪市|河南省周口市项城市
   |江苏省常州市武进区戚墅堰|重庆市巫山县|湖南省娄底市娄星区|山东省枣庄市滕州市|陕西省渭南市蒲城县|山西省朔州市应县|吉林省长春市农安县|云南省红河州蒙自市
   |河南省许昌市禹州市|江苏省南京市玄武区|云南省临沧市耿马县|山西省晋城市城区|北京市朝阳区|上海市浦东新区|浙江省杭州市西湖区|四川省成都市武侯区
   |湖北省武汉市洪山区|福建省厦门市思明区|天津市南开区|江苏省南京市江宁区|上海市金山区|浙江省杭州市余杭区|上海市黄浦区|安徽省马鞍山市花山区
   |河北省石家庄市长安区|安徽省黄山市屯溪区|河北省张家口市桥西区|北京市东城区王府井|北京市丰台区方庄|山东省青岛市李沧区李村|河南省郑州市高新区
   |重庆市渝中区解放碑|广东省广州市天河区车陂|北京市朝阳区麦子店|安徽省黄山市黄山区|广东省汕头市潮阳区练江|河北省邢台市南宫市|河南省濮阳市濮阳县`,
  xj: `新疆维吾尔自治区乌鲁木齐市天山区|新疆维吾尔自治区喀什地区喀什市|新疆维吾尔自治区吐鲁番市高昌区|新疆维吾尔自治区和田地区和田市
   |新疆维吾尔自治区阿勒泰地区阿勒泰市|新疆维吾尔自治区和田地区皮山县|新疆维吾尔自治区伊犁哈萨克自治州伊宁市|新疆维吾尔自治区阿克苏地区阿克苏市
   |新疆维吾尔自治区乌鲁木齐市沙依巴克区`,
  xz: `西藏自治区拉萨市城关区|西藏自治区日喀则市桑珠孜区|西藏自治区林芝市巴宜区|西藏自治区拉萨市堆龙德庆区|西藏自治区山南市乃东区|四川省甘孜藏族自治州康定市
   |青海省玉树藏族自治州玉树市|西藏自治区拉萨市达孜区`,
  nm: `内蒙古自治区锡林郭勒盟锡林浩特市|内蒙古自治区乌兰察布市集宁区|内蒙古自治区呼伦贝尔市海拉尔区|内蒙古自治区鄂尔多斯市东胜区|内蒙古自治区呼和浩特市赛罕区
   |内蒙古自治区包头市昆都仑区|内蒙古自治区赤峰市红山区|内蒙古自治区通辽市科尔沁区`,
  yb: `吉林省延边朝鲜族自治州延吉市|吉林省延边朝鲜族自治州珲春市|吉林省延边朝鲜族自治州图们市|吉林省延边朝鲜族自治州龙井市|吉林省延边朝鲜族自治州和龙市`,
  ls: `四川省凉山彝族自治州西昌市|四川省凉山彝族自治州昭觉县|四川省凉山彝族自治州美姑县|四川省凉山彝族自治州喜德县|四川省凉山彝族自治州越西县|云南省楚雄彝族自治州楚雄市`,
  gx: `广西壮族自治区贵港市覃塘区|广西壮族自治区桂林市全州县|广西壮族自治区南宁市青秀区|广西壮族自治区百色市右江区|广西壮族自治区河池市宜州区
   |广西壮族自治区来宾市兴宾区|广西壮族自治区梧州市岑溪市`,
  ln: `辽宁省沈阳市沈河区|辽宁省抚顺市新宾满族自治县|辽宁省本溪市桓仁满族自治县|河北省承德市围场满族蒙古族自治县|北京市西城区|辽宁省辽阳市灯塔市佟二堡镇`,
  gd: `广东省深圳市福田区车公庙|广东省深圳市罗湖区|广东省广州市越秀区区庄|广东省广州市天河区冼村|广东省珠海市香洲区|广东省深圳市龙华区|广东省深圳市宝安区
   |广东省广州市白云区|广东省佛山市高明区`,
};
for (const k of Object.keys(ADDR)) ADDR[k] = ADDR[k].split('|').map((s) => s.trim()).filter(Boolean);
const ROADS = ['解放路', '中山路', '人民路', '建设路', '和平路', '文化路', '迎宾大道', '滨江路', '学府路', '团结路', '胜利街', '幸福路', '新华路', '朝阳路', '光明街', '长征路', '青年路', '工农路', '健康路', '民主路'];
const ESTATES = ['阳光花园', '锦绣苑', '翠湖小区', '金色家园', '幸福里', '书香门第', '世纪新城', '丽景湾', '滨江花园', '御景园', '和谐家园'];
function address(group = 'gen') {
  const pre = pick(ADDR[group] || ADDR.gen);
  let s = pre + pick(ROADS) + int(1, 399) + '号';
  if (chance(0.6)) s += pick(ESTATES) + int(1, 30) + '栋' + int(1, 6) + '单元' + int(1, 32) + '0' + int(1, 4) + '室';
  return s;
}
const cityOf = (group) => { const a = pick(ADDR[group] || ADDR.gen).replace(/^.*?(省|自治区)/u, ''); const m = a.match(/^.*?(市|盟|自治州|地区)/u); return m ? m[0] : a; };

// ---------------------------------------------------------------- number generators ------
const MOB_PREFIXES = [
  ...'130 131 132 133 134 135 136 137 138 139'.split(' ').map((p) => [p, 6]),
  ...'150 151 152 153 155 156 157 158 159'.split(' ').map((p) => [p, 4]),
  ...'180 181 182 183 184 185 186 187 188 189'.split(' ').map((p) => [p, 4]),
  ...'145 147 162 165 166 167 170 171 172 173 175 176 177 178 190 191 192 193 195 196 197 198 199'.split(' ').map((p) => [p, 1]),
];
const ALLOCATED = new Set(MOB_PREFIXES.map(([p]) => p));
const DEMO = new Set(['13800138000', '13912345678', '18888888888']);
const used = { mob: new Set(), id: new Set(), card: new Set(), email: new Set() };
function genMobile() {
  for (;;) { const m = wpick(MOB_PREFIXES) + String(int(0, 99999999)).padStart(8, '0'); if (!DEMO.has(m) && !used.mob.has(m)) { used.mob.add(m); return m; } }
}
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(body) { let s = 0; for (let i = 0; i < 17; i++) s += Number(body[i]) * ID_W[i]; return '10X98765432'[s % 11]; }
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const TODAY = '20250630';
function randDate([y0, y1]) { const y = int(y0, y1), m = int(1, 12), d = int(1, daysIn(y, m)); return { y, m, d }; }
function genId(group, birth, gender) {
  for (;;) {
    let seq = int(1, 998); if ((seq % 2 === 1) !== (gender === 'M')) seq += 1;
    const body = pick(REGIONS[group] || REGIONS.gen) + birth.y + pad2(birth.m) + pad2(birth.d) + String(seq).padStart(3, '0');
    const id = body + idCheck(body);
    if (id !== '11010519491231002X' && !used.id.has(id)) { used.id.add(id); return id; }
  }
}
const BINS = [['622202', 19], ['621226', 19], ['622848', 19], ['621700', 19], ['622700', 19], ['621661', 19], ['621483', 16], ['622588', 16], ['622262', 19], ['623668', 19], ['621799', 19], ['622609', 16], ['625965', 16]];
function luhnDigit(body) { let s = 0, dbl = true; for (let i = body.length - 1; i >= 0; i--) { let d = Number(body[i]); if (dbl) { d *= 2; if (d > 9) d -= 9; } s += d; dbl = !dbl; } return String((10 - (s % 10)) % 10); }
function luhnOk(num) { let s = 0, dbl = false; for (let i = num.length - 1; i >= 0; i--) { let d = Number(num[i]); if (dbl) { d *= 2; if (d > 9) d -= 9; } s += d; dbl = !dbl; } return s % 10 === 0; }
function genCard() {
  for (;;) { const [bin, len] = pick(BINS); let b = bin; while (b.length < len - 1) b += int(0, 9); const c = b + luhnDigit(b); if (!used.card.has(c)) { used.card.add(c); return c; } }
}
function genEmail(n, birth) {
  for (let tries = 0; ; tries++) {
    const dom = wpick(DOMAINS);
    let local;
    if (dom === 'qq.com' && chance(0.55)) local = String(int(10000, 2999999999));
    else if (n.latin && n.latin.g) {
      const { s, g } = n.latin; const yy = pad2(birth.y % 100);
      local = s ? pick([s + g, g + '.' + s, s + '_' + g, s + g + yy, s + g + int(1, 999), s[0] + g + yy, g + s]) : pick([g, g + yy, g + int(1, 999), g + '_' + yy]);
    } else local = pick(EN_WORDS) + pick(['', '_', '.']) + int(10, 9999);
    if (tries > 3) local += int(1, 99);
    const e = (local + '@' + dom).toLowerCase();
    if (!used.email.has(e)) { used.email.add(e); return e; }
  }
}

// ---------------------------------------------------------------- names ------
function given(g, { len, rare = false, nonbmp = false, uncommonP = 0.1 } = {}) {
  len = len ?? (chance(0.74) ? 2 : 1);
  const pool = g === 'M' ? GM : GF, unc = g === 'M' ? UNC_M : UNC_F;
  const out = [];
  for (let i = 0; i < len; i++) { let x; do { x = chance(uncommonP) ? pick(unc) : pick(pool); } while (out.some((o) => o.c === x.c)); out.push(x); }
  if (rare) { const pos = int(0, len - 1); let r; do { r = pick(g === 'M' ? RARE_M : RARE_F); } while (out.some((o) => o.c === r.c)); out[pos] = r; }
  if (nonbmp) out[int(0, len - 1)] = { c: pick(NONBMP), py: '' };
  return out;
}
// Build a name object. surs: simplified surnames (for the top-100 test).
function han(sur, gv, flags = {}) {
  const g = gv.map((x) => x.c).join('');
  const pyOk = !!sur.py && gv.every((x) => x.py);
  return {
    value: sur.c + g, split: [sur.c, g], surObj: sur, surs: flags.surs || [sur.c],
    py: pyOk ? cap(sur.py) + ' ' + cap(gv.map((x) => x.py).join('')) : null,
    latin: sur.py && gv.every((x) => x.py !== undefined) ? { s: sur.py, g: gv.map((x) => x.py).join('') } : null,
    ...flags,
  };
}
const DOTS = [['·', 70], ['•', 9], ['．', 9], ['', 12]];
function genName(form, g, opt = {}) {
  switch (form) {
    case 'common': return { ...han(wpick(TOP100W), given(g)), form };
    case 'rareSur': return { ...han(wpick(RARE_SUR_W), given(g)), form };
    case 'compound': return { ...han(wpick(COMPOUND_W), given(g, { len: chance(0.8) ? 2 : 1 }), { compound: true }), form };
    case 'double': {
      const s1 = wpick(TOP30W); let s2; do { s2 = chance(0.25) ? wpick(RARE_SUR_W) : wpick(TOP100W.slice(0, 60)); } while (s2.c === s1.c);
      return { ...han({ c: s1.c + s2.c, py: s1.py + s2.py }, given(g, { len: chance(0.78) ? 2 : 1 }), { double: true, surs: [s1.c, s2.c] }), form };
    }
    case 'rareGiven': return { ...han(chance(0.8) ? wpick(TOP100W) : wpick(RARE_SUR_W), given(g, { rare: true })), form };
    case 'nonbmp': return { ...han(chance(0.8) ? wpick(TOP100W) : wpick(RARE_SUR_W), given(g, { nonbmp: true, len: chance(0.6) ? 2 : 1 })), form };
    case 'repeat': {
      const sur = chance(0.85) ? wpick(TOP100W) : wpick(RARE_SUR_W); const x = pick(g === 'M' ? REPEAT_M : REPEAT_F);
      if (chance(0.3)) return { ...han(sur, [x, { c: '々', py: x.py }]), py: null, form, iter: true };
      return { ...han(sur, [x, x]), form };
    }
    case 'uyghur': case 'kazakh': {
      const M = form === 'uyghur' ? UY_M : KZ_M, F = form === 'uyghur' ? UY_F : KZ_F;
      const gv = pick(g === 'M' ? M : F); let fa; do { fa = opt.father || pick(M); } while (fa.c === gv.c && !opt.father);
      const dot = opt.dot ?? wpick(DOTS);
      return { value: gv.c + dot + fa.c, split: [gv.c, fa.c], dot, surs: [], minority: true, form, latin: { s: fa.latin || fa.py, g: gv.py }, py: null, fatherObj: fa, givenObj: gv };
    }
    case 'tibetan': {
      if (chance(0.12)) { const a = pick(g === 'M' ? TB_M : TB_F); return { value: a.c, split: [a.c], surs: [], minority: true, form, latin: { s: '', g: a.py }, py: null }; }
      const a = pick(TB_A); let b; do { b = pick(g === 'M' ? TB_M : TB_F); } while (b.c === a.c);
      return { value: a.c + b.c, split: [a.c, b.c], surs: [], minority: true, form, latin: { s: '', g: a.py + b.py }, py: null };
    }
    case 'mongolian': {
      let a, b = null;
      if (chance(0.3)) { a = pick(g === 'M' ? MN_M2A : MN_F2A); b = pick(g === 'M' ? MN_M2B : MN_F2B); } else a = pick(g === 'M' ? MN_M : MN_F);
      const v = a.c + (b ? b.c : '');
      return { value: v, split: b ? [a.c, b.c] : [v], surs: [], minority: true, form, latin: { s: '', g: a.py + (b ? b.py : '') }, py: null };
    }
    case 'yi': {
      if (chance(0.15)) { const a = pick(YI_SHORT); return { value: a.c, split: [a.c], surs: [], minority: true, form, latin: { s: '', g: a.py }, py: null }; }
      const c = pick(YI_CLAN), gv = pick(g === 'M' ? YI_M : YI_F);
      return { value: c.c + gv.c, split: [c.c, gv.c], surs: [], minority: true, form, latin: { s: c.py, g: gv.py }, py: null };
    }
    case 'zhuang': return { ...han(wpick(ZH_SUR_W), given(g)), form };
    case 'manchu': {
      const c = pick(MANCHU), gv = given(g, { uncommonP: 0.2 }); const dot = chance(0.8) ? '·' : '';
      const gs = gv.map((x) => x.c).join('');
      return { value: c.c + dot + gs, split: [c.c, gs], dot, surs: [], minority: true, form, latin: { s: c.py, g: gv.map((x) => x.py).join('') }, py: null };
    }
    case 'korean': {
      const s = opt.sur || wpick(KO_SUR_W); const gv = pick(g === 'M' ? KO_M : KO_F);
      return { value: s + gv, split: [s, gv], surs: [s], korean: true, form, latin: null, py: null };
    }
    case 'trad': {
      const comp = chance(0.1); const s = comp ? pick(TRAD_COMPOUND) : pick(TRAD_SUR);
      const pool = g === 'M' ? TRAD_M : TRAD_F; const len = chance(0.8) ? 2 : 1; const gv = [];
      while (gv.length < len) { const c = pick(pool); if (!gv.includes(c)) gv.push(c); }
      const gs = gv.join('');
      return { value: s.c + gs, split: [s.c, gs], surs: comp ? [] : [s.simp], compound: comp, trad: true, form, latin: null, py: null };
    }
    default: throw new Error('form ' + form);
  }
}
function badName(v) { return LEXW.some((w) => v.includes(w) || w.includes(v)); }
function makeName(form, g, opt) { for (;;) { const n = genName(form, g, opt); if (!badName(n.value)) return n; } }
function rareClass(n) {
  if (n.minority) return 'minority';
  if (n.compound) return 'compound-surname';
  if (n.surs.some((s) => !TOP100SET.has(s))) return 'rare-surname';
  if ([...n.value].some((ch) => RARE_SET.has(ch) || ch.codePointAt(0) > 0xffff || ch === '々')) return 'rare-character';
  if (n.double) return 'double-barrelled(common)';
  if (n.trad) return 'traditional(common)';
  if (n.korean) return 'korean(common-surname)';
  if (n.form === 'zhuang') return 'zhuang(common-surname)';
  return 'common';
}
const CONSERVATIVE_RARE = new Set(['minority', 'compound-surname', 'rare-surname', 'rare-character']);

const MIX_DEFAULT = { common: 31, rareSur: 24, compound: 9, double: 4, rareGiven: 7, nonbmp: 0.6, repeat: 3, uyghur: 5, kazakh: 1.2, tibetan: 3, mongolian: 3, yi: 1.5, zhuang: 2, manchu: 0.8, korean: 2, trad: 1 };
const MIX_HAN = { common: 40, rareSur: 30, compound: 10, double: 6, rareGiven: 9, nonbmp: 0.8, repeat: 4 };
const MIX_PINYIN = { common: 38, rareSur: 34, compound: 16, double: 5, rareGiven: 7 };
const GROUP_OF = { uyghur: 'xj', kazakh: 'xj', tibetan: 'xz', mongolian: 'nm', korean: 'yb', yi: 'ls', zhuang: 'gx', manchu: 'ln', trad: 'gd' };
const ETHNIC_OF = { uyghur: '维吾尔族', kazakh: '哈萨克族', tibetan: '藏族', mongolian: '蒙古族', korean: '朝鲜族', yi: '彝族', zhuang: '壮族', manchu: '满族' };

function mkPerson(o = {}) {
  const gender = o.gender ?? (chance(0.5) ? 'M' : 'F');
  const form = o.form ?? wpick(o.mix ?? MIX_DEFAULT);
  const name = o.name ?? makeName(form, gender, o.nameOpt);
  const group = o.group ?? GROUP_OF[name.form] ?? 'gen';
  const birth = o.birth ?? randDate(o.years ?? [1956, 2003]);
  return {
    name, gender, group, birth, sexZh: gender === 'M' ? '男' : '女', ethnic: ETHNIC_OF[name.form] ?? '汉族',
    mobile: genMobile(), id: genId(group, birth, gender), card: genCard(), email: genEmail(name, birth),
  };
}
// child of a guardian: inherit surname (Han) or father's name (Uyghur/Kazakh patronymic)
function childOf(parent, rel, years) {
  const g = chance(0.5) ? 'M' : 'F'; const pn = parent.name; let name;
  if (rel === '父亲' && pn.surObj && !pn.trad) {
    const sur = pn.double ? TOP100.find((x) => x.c === pn.surs[0]) : pn.surObj;
    for (;;) {
      name = { ...han(sur, given(g, chance(0.12) ? { rare: true } : {}), { compound: !!pn.compound, surs: pn.double ? [pn.surs[0]] : pn.surs }), form: pn.double ? 'common' : pn.form };
      if (!badName(name.value)) break;
    }
  } else if (rel === '父亲' && (pn.form === 'uyghur' || pn.form === 'kazakh')) name = makeName(pn.form, g, { father: pn.givenObj, dot: pn.dot });
  else if (rel === '父亲' && pn.trad) {
    for (;;) { const t = makeName('trad', g); name = { ...t, value: pn.split[0] + t.split[1], split: [pn.split[0], t.split[1]], surs: pn.surs, compound: pn.compound }; if (!badName(name.value)) break; }
  } else if (pn.minority || pn.korean || pn.trad) name = makeName(pn.form, g, pn.korean && rel === '父亲' ? { sur: pn.split[0] } : {});
  else name = makeName(wpick(MIX_HAN), g);
  return mkPerson({ gender: g, name, group: parent.group, years });
}

// ---------------------------------------------------------------- formatting ------
const FW = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
function fmtMob(m, st) {
  switch (st) {
    case 'dash': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case 'space': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'p86': return `+86 ${m}`;
    case 'p86s': return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'p86n': return `+86${m}`;
    case 'p86d': return `+86-${m}`;
    case 'fw': return FW(m);
    default: return m;
  }
}
function fmtId(id, st) { if (st === 'lower') return id.replace('X', 'x'); if (st === 'space') return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`; return id; }
function fmtCard(c, st) { if (st === 'group') return c.replace(/(\d{4})(?=\d)/g, '$1 '); return c; }
const isWide = (ch) => { const c = ch.codePointAt(0); return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000; };
const vw = (s) => [...s].reduce((a, ch) => a + (isWide(ch) ? 2 : 1), 0);
const padV = (s, w) => s + ' '.repeat(Math.max(1, w - vw(s)));
const ymd = (b, sep = '-') => `${b.y}${sep}${pad2(b.m)}${sep}${pad2(b.d)}`;
const ymdZh = (b) => `${b.y}年${b.m}月${b.d}日`;
function maskName(n) {
  if (n.dot !== undefined && n.split.length === 2 && (n.form === 'uyghur' || n.form === 'kazakh')) return n.split[0] + (n.dot || '·') + '*'.repeat(int(2, 3));
  if (n.minority) return [...n.value][0] + '*'.repeat([...n.value].length - 1);
  const s = n.split[0]; const gl = [...n.value].length - [...s].length;
  return pick([s + '*'.repeat(gl), s + '*', s + '某', s + '某某', s + '**', '*' + n.split[1]]);
}

// ---------------------------------------------------------------- document ------
class Doc {
  constructor(kind) { this.kind = kind; this.ents = new Map(); this.written = []; this.dc = new Map(); this.meta = new Map(); this.padSp = '  '; }
  ent(det, value, written) { const k = det + '\u0000' + value; if (!this.ents.has(k)) this.ents.set(k, { detector: det, value }); this.written.push({ det, value, written }); return written; }
  N(p, style = 'plain') {
    const n = p.name, v = n.value; let core = v, out = v;
    if (style === 'pad' && [...v].length === 2) { const c = [...v]; core = out = c[0] + this.padSp + c[1]; }
    else if (style === 'space' && n.split.length === 2) {
      const sp = chance(0.85) ? ' ' : '　';
      core = out = n.dot ? n.split[0] + sp + n.dot + sp + n.split[1] : n.split[0] + sp + n.split[1];
    } else if (style === 'title') out = v + (p.gender === 'M' ? '先生' : '女士');
    else if (style === 'pinyin' && n.py) { const [a, b] = n.py.split(' '); out = pick([`${v} ${n.py}`, `${v}（${n.py}）`, `${a.toUpperCase()} ${b} ${v}`, `${v} ${n.py.toUpperCase()}`]); }
    this.meta.set(v, { n, style: style === 'pinyin' && !n.py ? 'plain' : style, core });
    this.ent('person_name_zh', v, core);
    return out;
  }
  M(p, st = 'bare') { return this.ent('cn_mobile', p.mobile, fmtMob(p.mobile, st)); }
  I(p, st = 'bare') { return this.ent('cn_resident_id', p.id, fmtId(p.id, st)); }
  C(p, st = 'bare') { return this.ent('bank_card', p.card, fmtCard(p.card, st)); }
  E(p, st = 'lower') {
    let w = p.email; if (st === 'mixed') { const [l, d] = w.split('@'); w = l.replace(/^[a-z]/, (c) => c.toUpperCase()).replace(/[._]([a-z])/, (m, c) => m[0] + c.toUpperCase()) + '@' + d; }
    return this.ent('email', p.email, w);
  }
  DC(v) { this.dc.set(v, { detector: 'person_name_zh', value: v }); return v; }
  done(text) {
    this.text = text;
    const spans = [];
    const mark = (s) => { if (!s) return; let i = -1; while ((i = text.indexOf(s, i + 1)) !== -1) spans.push([i, i + s.length]); };
    for (const w of this.written) if (w.det === 'person_name_zh') mark(w.written);
    for (const v of this.dc.keys()) mark(v);
    this.spans = spans;
    this.decoys = [];
    for (const [w, kind] of LEX) {
      let i = -1, ok = false;
      while ((i = text.indexOf(w, i + 1)) !== -1) { const j = i + w.length; if (!spans.some(([a, b]) => i < b && a < j)) { ok = true; break; } }
      if (ok) this.decoys.push({ kind, text: w });
    }
    return this;
  }
}
const pickMix = (m) => () => mkPerson({ mix: m });
const REL = ['配偶', '父亲', '母亲', '子女', '兄弟', '姐妹', '朋友', '同事'];
const BANKS = ['中国工商银行', '中国农业银行', '中国建设银行', '中国银行', '交通银行', '招商银行', '邮储银行', '农村商业银行'];
const dateStr = () => `2024-${pad2(int(1, 12))}-${pad2(int(1, 28))}`;
function makeClock() { let t = int(8 * 3600, 10 * 3600); return () => { t = Math.min(t + int(15, 1500), 86399); return `${pad2(Math.floor(t / 3600))}:${pad2(Math.floor(t / 60) % 60)}:${pad2(t % 60)}`; }; }
const remark = () => (chance(0.75) ? pick(REMARKS) : '');
const notice = (k) => sample(NOTICE, k).join('');

// ---------------------------------------------------------------- kinds ------
const KINDS = [];
const kind = (name, count, fn) => KINDS.push({ name, count, fn });

kind('csv-customer', 14, () => {
  const d = new Doc('csv-customer');
  const H = pick([['序号', '姓名', '性别', '手机号', '身份证号', '收货地址', '备注'], ['客户ID', '客户姓名', '性别', '手机', '证件号码', '地址', '备注'], ['No', '联系人', '性别', '联系电话', '身份证', '通讯地址', '说明']]);
  const eol = chance(0.4) ? '\r\n' : '\n'; const ms = pick(['bare', 'bare', 'dash']);
  const rows = [(chance(0.3) ? '\uFEFF' : '') + H.join(',')];
  const n = int(16, 30);
  for (let r = 1; r <= n; r++) {
    const p = mkPerson();
    rows.push([H[0] === '客户ID' ? 'C' + int(100000, 999999) : r, d.N(p), p.sexZh, d.M(p, ms), d.I(p, chance(0.05) ? 'lower' : 'bare'), address(p.group), remark()].join(','));
  }
  return d.done(rows.join(eol) + eol);
});

kind('tsv-crm', 10, () => {
  const d = new Doc('tsv-crm');
  const rows = ['客户编号\t客户姓名\t联系电话\t电子邮箱\t来源渠道\t跟进状态\t所属区域'];
  const n = int(15, 28);
  for (let r = 0; r < n; r++) {
    const p = mkPerson();
    rows.push([`KH${2024000 + int(1, 9999)}`, d.N(p), d.M(p, pick(['bare', 'bare', 'space', 'p86'])), d.E(p, chance(0.2) ? 'mixed' : 'lower'),
      pick([...BRANDS.map((b) => b + '旗舰店'), '线下门店', '电话营销', '东方甄选直播间', '老客户介绍']), remark(), pick(['华南区', '华东区', '华北大区', '西南区', '西北区', '东北区'])].join('\t'));
  }
  return d.done(rows.join('\n') + '\n');
});

kind('csv-contacts', 10, () => {
  const d = new Doc('csv-contacts');
  const q = (s) => `"${s}"`;
  const rows = [['公司名称', '联系人', '职务', '手机', '邮箱', '备注'].map(q).join(',')];
  const n = int(12, 24);
  for (let r = 0; r < n; r++) {
    const p = mkPerson();
    const co = chance(0.5) ? pick(ORGS) : pick(['华兴贸易有限公司', '远航科技股份有限公司', '恒泰建材有限公司', '鼎盛餐饮管理有限公司', '博远教育咨询有限公司', '星河电子商务有限公司']);
    rows.push([co, d.N(p), pick(JOBS), d.M(p), chance(0.7) ? d.E(p) : '', remark()].map(q).join(','));
  }
  return d.done(rows.join('\r\n') + '\r\n');
});

kind('fixed-width', 12, () => {
  const d = new Doc('fixed-width'); d.padSp = chance(0.5) ? '  ' : '　';
  const n = int(14, 28);
  const ps = Array.from({ length: n }, () => mkPerson());
  const names = ps.map((p) => d.N(p, 'pad'));
  const wn = Math.max(10, ...names.map(vw)) + 2;
  const cols = [['序号', 6], ['姓名', wn], ['性别', 6], ['手机号码', 15], ['身份证号码', 20], ['所属部门', 16]];
  const line = (cells) => cells.map((c, i) => padV(String(c), cols[i][1])).join('').trimEnd();
  const out = [`${' '.repeat(20)}${pick(['客户信息表', '会员登记表', '回访名单'])}（打印日期：${dateStr()}）`, '', line(cols.map((c) => c[0])), cols.map(([, w]) => '-'.repeat(w - 2)).join('  ')];
  ps.forEach((p, i) => out.push(line([String(i + 1).padStart(4), names[i], p.sexZh, d.M(p), d.I(p), pick(DEPTS)])));
  out.push('', `第 1 页  共 1 页        制表：${pick(['单证部', '查询中心', '客服部'])}    审核：${pick(['区域经理', '总监', '店长'])}`);
  return d.done(out.join('\n') + '\n');
});

kind('kv-form', 14, () => {
  const d = new Doc('kv-form');
  const p = mkPerson(), e = mkPerson({ years: [1950, 2000] });
  const c = pick(['：', ':', '： ']);
  const lines = [pick(['个人信息登记表', '会员入会申请表', '客户资料卡', '实名认证信息']), '',
    `${pick(['姓名', '姓　名', '客户姓名'])}${c}${d.N(p, chance(0.15) ? 'space' : 'plain')}`, `性别${c}${p.sexZh}        民族${c}${p.ethnic}`,
    `出生日期${c}${ymdZh(p.birth)}`, `${pick(['身份证号', '公民身份号码', '证件号码'])}${c}${d.I(p, chance(0.1) ? 'space' : 'bare')}`,
    `${pick(['手机', '手机号码', '联系电话'])}${c}${d.M(p, pick(['bare', 'dash', 'p86s']))}`, `电子邮箱${c}${d.E(p)}`,
    `现住址${c}${address(p.group)}`, `工作单位${c}${pick(ORGS)}        职务${c}${pick(JOBS)}`,
    `紧急联系人${c}${d.N(e)}    关系${c}${pick(REL)}    联系电话${c}${d.M(e)}`, `备注${c}${remark() || '无'}`, '',
    notice(2), `本人承诺以上信息真实有效。        签名：${d.N(p)}        日期：${dateStr()}`];
  return d.done(lines.join('\n') + '\n');
});

kind('shipping-label', 10, () => {
  const d = new Doc('shipping-label');
  const k = int(5, 9); const out = [];
  for (let i = 0; i < k; i++) {
    const p = mkPerson();
    const sender = chance(0.4) ? mkPerson() : null;
    const carrier = pick([['顺丰速运', 'SF'], ['中通快递', 'ZT'], ['圆通速递', 'YT'], ['极兔速递', 'JT'], ['韵达快递', 'YD']]);
    out.push(`【${carrier[0]}】 运单号：${carrier[1]}${int(1e12, 9.99e12)}`,
      `收件人：${d.N(p, chance(0.15) ? 'title' : 'plain')}   电话：${d.M(p, pick(['bare', 'space', 'dash']))}`,
      `收件地址：${address(p.group)}`,
      sender ? `寄件人：${d.N(sender)}   电话：${d.M(sender)}` : `寄件人：${pick(BRANDS)}官方旗舰店   电话：400-${int(100, 999)}-${int(1000, 9999)}`,
      `物品：${pick(PRODUCTS)} ×${int(1, 5)}    备注：${remark() || '无'}`, '—'.repeat(24));
  }
  return d.done(out.join('\n') + '\n');
});

kind('school-roster', 10, () => {
  const d = new Doc('school-roster');
  const school = pick(['单县第一中学', '全州县第二中学', '实验小学', '育才小学', '阳光中学', '第五中学']);
  const out = [`${school}${pick(['三', '四', '五', '六', '初一', '初二'])}年级（${int(1, 9)}）班 学生信息统计表`, `导出时间：${dateStr()}`,
    '学号,学生姓名,性别,出生日期,身份证号,监护人姓名,与学生关系,监护人手机,备注'];
  const n = int(16, 30);
  for (let r = 1; r <= n; r++) {
    const rel = chance(0.55) ? '父亲' : '母亲';
    const par = mkPerson({ gender: rel === '父亲' ? 'M' : 'F', years: [1972, 1990] });
    const kid = childOf(par, rel, [2008, 2017]);
    out.push([`2024${pad2(r)}`, d.N(kid), kid.sexZh, ymd(kid.birth), d.I(kid), d.N(par), rel, d.M(par), pick(['', '', '全勤', '过敏史：无', '练习册已发', '单元测验补考', '查漏补缺小组', '第五名', '班级卓越之星'])].join(','));
  }
  return d.done(out.join('\n') + '\n');
});

kind('hospital-reg', 10, () => {
  const d = new Doc('hospital-reg');
  const hosp = pick(['覃塘区人民医院', '市第一人民医院', '中心医院', '妇幼保健院', '中医院']);
  const out = [`${hosp} 门诊挂号流水  日期：${dateStr()}`, '流水号|患者姓名|性别|年龄|科室|诊室|身份证号|联系电话|费别'];
  const n = int(14, 26);
  for (let r = 0; r < n; r++) {
    const p = mkPerson({ years: [1940, 2018] });
    out.push([`MZ${int(100000, 999999)}`, d.N(p), p.sexZh, 2024 - p.birth.y, pick([...DEPTS.filter((x) => /科|门诊/.test(x)), '消化内科', '心内科', '儿科', '骨科']), `${int(1, 12)}诊室`, d.I(p), d.M(p), pick(['自费', '医保', '新农合'])].join('|'));
  }
  out.push('', pick(NOTICE.filter((s) => /科|过敏/.test(s))));
  return d.done(out.join('\n') + '\n');
});

kind('bank-opening', 12, () => {
  const d = new Doc('bank-opening');
  const p = mkPerson({ years: [1950, 2005] });
  const bank = pick(BANKS), br = cityOf(p.group);
  const out = ['个人银行结算账户开立申请书', `申请日期：${dateStr()}    开户网点：${bank}${br}支行`, '',
    `户名：${d.N(p)}`, '证件类型：居民身份证', `证件号码：${d.I(p, chance(0.1) ? 'lower' : 'bare')}`, `证件有效期：${2015 + int(0, 9)}.${pad2(int(1, 12))}.${pad2(int(1, 28))}-长期`,
    `手机号码：${d.M(p, pick(['bare', 'p86', 'dash']))}`, chance(0.6) ? `电子邮箱：${d.E(p)}` : '电子邮箱：（未填写）', `联系地址：${address(p.group)}`,
    `职业：${pick(JOBS)}    工作单位：${pick(ORGS)}`, `账户种类：Ⅰ类账户    卡号：${d.C(p, chance(0.5) ? 'group' : 'bare')}`];
  if (chance(0.4)) { const a = mkPerson(); out.push('', '【代理人信息】', `代理人姓名：${d.N(a)}    与申请人关系：${pick(REL)}`, `代理人证件号码：${d.I(a)}    代理人电话：${d.M(a)}`); }
  out.push('', '申请人声明：本人已阅读并理解全部条款，确认上述信息真实、完整；如有变更将及时到网点办理。账户解约、过户及查询密码重置须本人持证办理。',
    `持卡人签名：${d.N(p)}          经办柜员：G${int(1000, 9999)}    复核：${pick(['大堂经理', '柜员'])}`);
  return d.done(out.join('\n') + '\n');
});

kind('insurance-policy', 12, () => {
  const d = new Doc('insurance-policy');
  const a = mkPerson({ years: [1960, 1995] });
  const same = chance(0.25); const rel = pick(['配偶', '子女', '子女', '父亲', '母亲']); const minor = rel === '子女';
  const b = same ? a : minor ? childOf(a, a.gender === 'M' ? '父亲' : '母亲', [2008, 2020]) : mkPerson({ years: rel === '配偶' ? [1960, 1998] : [1940, 1965], gender: rel === '父亲' ? 'M' : rel === '母亲' ? 'F' : undefined });
  const c = mkPerson({ years: [1950, 2005] });
  const prod = pick(['安心无忧重大疾病保险', '全家福意外伤害保险', '卓越人生终身寿险', '幸福安康医疗保险']);
  const out = [`投保单号：TB${int(1e9, 9.9e9)}        险种名称：${prod}`, '', '一、投保人',
    `投保人姓名：${d.N(a)}    性别：${a.sexZh}    出生日期：${ymd(a.birth)}`, `证件类型：身份证    证件号码：${d.I(a)}`,
    `手机：${d.M(a)}    电子邮箱：${d.E(a)}`, `通讯地址：${address(a.group)}`, '', '二、被保险人',
    same ? '被保险人：同投保人' : `被保险人姓名：${d.N(b)}    与投保人关系：${rel}    出生日期：${ymd(b.birth)}`];
  if (!same) out.push(`证件号码：${d.I(b)}    手机：${minor ? '（未成年，同投保人）' : d.M(b)}`);
  out.push('', '三、身故受益人', `受益人：${d.N(c)}    受益比例：100%    证件号码：${d.I(c)}`, '',
    '四、缴费信息', `缴费账户户名：${d.N(a)}    缴费卡号：${d.C(a, chance(0.5) ? 'group' : 'bare')}    开户行：${pick(BANKS)}`,
    `业务员：${d.DC(maskName(mkPerson().name))}（工号 A${int(10000, 99999)}）`, '', '特别约定：' + pick(['过期未缴费的保单将进入宽限期；全额退费须在犹豫期内申请。', '投保人可随时查询保单状态；解约须本人申请。', '本合同项下全部权益以保险单为准。']));
  return d.done(out.join('\n') + '\n');
});

kind('chat-export', 12, () => {
  const d = new Doc('chat-export');
  const group = chance(0.4); const timeStr = makeClock();
  const out = [];
  const day = dateStr();
  const nicks = ['小太阳', '快乐每一天', '花开富贵', '岁月静好', '平安是福', '向日葵', '清风徐来', 'A-木子', '知足常乐', '星星点灯', '一路向北', '海阔天空'];
  if (group) {
    out.push(`微信群「${pick(['幸福里', '阳光花园', '锦绣苑'])}社区团购${int(1, 9)}群」聊天记录  导出时间：${day} 21:${pad2(int(0, 59))}`, '————————————',
      `${day} 09:00:12 团长：今日${pick(PRODUCTS)}接龙开始，格式：姓名+手机+楼栋`);
    const k = int(6, 12);
    for (let i = 1; i <= k; i++) {
      const p = mkPerson();
      out.push(`${day} ${timeStr()} ${pick(nicks)}：${i}. ${d.N(p)} ${d.M(p, pick(['bare', 'bare', 'space', 'dash']))} ${pick(['幸福里', '阳光花园', '锦绣苑'])}${int(1, 30)}栋 ×${int(1, 4)}`);
    }
    out.push(`${day} 20:58:40 团长：${pick(['已截单，明早凌晨到货，请注意查收。', '全部订单已汇总，过期不候。', '扎西德勒！明天周一统一配送。'])}`);
  } else {
    const shop = pick(BRANDS);
    out.push(`微信聊天记录 - 与「${shop}售后客服」  导出时间：${day}`, '————————————');
    const k = int(3, 6);
    for (let i = 0; i < k; i++) {
      const p = mkPerson();
      out.push(`${day} ${timeStr()} 客服：您好，这里是${shop}售后，请提供收件人姓名、电话和地址～`);
      const two = [...p.name.value].length === 2 && p.name.surObj && !p.name.minority;
      let msg;
      const r = rnd();
      if (two && r < 0.15) { // genuinely ambiguous boundary
        const amb = p.name.value + '明';
        msg = `我是${p.name.value}明天在家，电话${d.M(p)}，麻烦尽快发`; d.DC(p.name.value); d.DC(amb);
      } else if (r < 0.35) msg = `${d.N(p)} ${d.M(p, pick(['bare', 'fw', 'space']))} ${address(p.group)}`;
      else if (r < 0.5) msg = `姓名：${d.N(p)}，电话：${d.M(p)}，地址：${address(p.group)}`;
      else if (r < 0.65) msg = `收件人${d.N(p)}，手机${d.M(p)}`;
      else if (r < 0.8) msg = `我叫${d.N(p)}，身份证${d.I(p)}，手机号${d.M(p, pick(['bare', 'p86n']))}，帮我查询一下订单`;
      else if (r < 0.9) msg = `${d.N(p, 'title')}，${d.M(p)}，${address(p.group)}`;
      else msg = `${d.N(p)}/${d.M(p)}/${address(p.group)}`;
      out.push(`${day} ${timeStr()} ${pick(nicks)}：${msg}`);
      out.push(`${day} ${timeStr()} 客服：${pick(['好的，已为您查询，预计周末送达。', '收到，商品已单独包装。', '已登记，过期优惠券无法使用哦。', '好的，全额退款已提交。', '明白，马上处理。'])}`);
      if (p.name.form === 'tibetan' && chance(0.6)) out.push(`${day} ${timeStr()} ${pick(nicks)}：扎西德勒！谢谢`);
    }
  }
  return d.done(out.join('\n') + '\n');
});

kind('email-list', 10, () => {
  const d = new Doc('email-list');
  const month = int(1, 12);
  const out = ['发件人：市场部', `收件人：各区域经理`, `主题：转发：${month}月新增客户名单（请勿外传）`, '', '各位区域经理：',
    `    以下为${month}月新增客户，请于周五前完成回访，并在系统中查询客户历史订单。`, ''];
  const n = int(10, 22); const sep = pick(['，', '  ', '\t', ' | ']);
  for (let i = 1; i <= n; i++) {
    const p = mkPerson();
    out.push(`${i}${pick(['.', '、'])} ${[d.N(p), d.M(p, pick(['bare', 'dash', 'space'])), chance(0.7) ? d.E(p, chance(0.2) ? 'mixed' : 'lower') : cityOf(p.group)].join(sep)}`);
  }
  out.push('', '    ' + notice(1), '    如有问题请联系单证部。', '', '此致', `市场部 ${d.DC(mkPerson().name.value)}`);
  return d.done(out.join('\n') + '\n');
});

kind('json-export', 10, () => {
  const d = new Doc('json-export');
  const nk = pick(['name', 'contactName', 'receiverName', 'customerName', 'realName']);
  const arr = [];
  const n = int(10, 20);
  for (let i = 0; i < n; i++) {
    const p = mkPerson();
    const o = { orderNo: `2024${int(1e9, 9.9e9)}`, [nk]: d.N(p), mobile: d.M(p) };
    if (chance(0.5)) o.idCardNo = d.I(p);
    if (chance(0.5)) o.email = d.E(p);
    o.address = address(p.group); o.shopName = pick(BRANDS); o.skuName = pick(PRODUCTS); o.remark = remark();
    if (chance(0.2)) { const c = mkPerson(); o.contact = { name: d.N(c), phone: d.M(c) }; }
    arr.push(o);
  }
  return d.done(JSON.stringify(chance(0.5) ? arr : { code: 0, msg: 'success', data: { total: arr.length, list: arr } }, null, 2) + '\n');
});

kind('uyghur-roster', 10, () => {
  const d = new Doc('uyghur-roster');
  const dot = wpick(DOTS);
  const out = [`${pick(['喀什市', '和田市', '吐鲁番', '阿勒泰'])}${pick(['农民专业合作社社员名单', '巴扎商户登记表', '电商供货人名单'])}`, '序号,姓名,性别,民族,手机号,身份证号,经营品类,地址'];
  const n = int(14, 26);
  for (let r = 1; r <= n; r++) {
    const form = wpick({ uyghur: 68, kazakh: 12, common: 10, rareSur: 10 });
    const g = chance(0.5) ? 'M' : 'F';
    const name = ['uyghur', 'kazakh'].includes(form) ? makeName(form, g, { dot: chance(0.8) ? dot : wpick(DOTS) }) : undefined;
    const p = mkPerson({ gender: g, form, name, group: 'xj' });
    out.push([r, d.N(p), p.sexZh, p.ethnic, d.M(p), d.I(p), pick(['艾德莱斯绸', '手抓饭', '馕坑肉', '巴扎干果', '热瓦甫', '冬不拉', '葡萄干', '红枣', '核桃']), address('xj')].join(','));
  }
  out.push('', pick(NOTICE.filter((s) => /古尔邦|麦西来甫|喀什/.test(s))));
  return d.done(out.join('\n') + '\n');
});

kind('tibetan-register', 9, () => {
  const d = new Doc('tibetan-register');
  const out = [`扎西德勒！欢迎入住${pick(['拉萨', '日喀则', '林芝'])}${pick(['格桑花', '雪域', '吉祥'])}酒店`, `入住登记簿  日期：${dateStr()}`, '', '房号 | 入住人姓名 | 证件号码 | 手机 | 备注'];
  const n = int(12, 22);
  for (let r = 0; r < n; r++) {
    const p = mkPerson({ mix: { tibetan: 78, common: 10, rareSur: 6, compound: 6 }, group: chance(0.8) ? 'xz' : undefined });
    out.push([`${int(2, 6)}${pad2(int(1, 30))}`, d.N(p), d.I(p), d.M(p), pick(['需要酥油茶', '已献哈达', '预约唐卡讲解', '布达拉宫门票代订', '', '', '雪顿节团队'])].join(' | '));
  }
  return d.done(out.join('\n') + '\n');
});

kind('mongolian-list', 9, () => {
  const d = new Doc('mongolian-list');
  const out = [`${pick(['锡林郭勒盟', '呼伦贝尔', '鄂尔多斯', '乌兰察布市'])}${pick(['牧民专业合作社', '那达慕赛马报名', '奶食品供货户'])}名单`, '户主姓名,性别,手机,身份证号,嘎查,备注'];
  const n = int(12, 24);
  for (let r = 0; r < n; r++) {
    const p = mkPerson({ mix: { mongolian: 76, common: 12, rareSur: 8, manchu: 4 }, group: 'nm' });
    out.push([d.N(p), p.sexZh, d.M(p), d.I(p), `${pick(['东', '西', '南', '北', '新'])}${pick(['一', '二', '三', '四'])}嘎查`, pick(['敖包祭祀', '奶豆腐20斤', '马头琴培训', '蒙古包维修', '全羊席预订', '查干萨日慰问', '', ''])].join(','));
  }
  out.push('', pick(NOTICE.filter((s) => /那达慕|包头/.test(s))));
  return d.done(out.join('\n') + '\n');
});

kind('pinyin-roster', 9, () => {
  const d = new Doc('pinyin-roster');
  const sepCol = chance(0.4);
  const out = [`${pick(['外派人员名单', '国际会议参会人员', '海外项目签证材料清单'])}（${pick(['项目管理部', '商务部', '全渠道运营部'])}）`,
    sepCol ? '序号 | 中文姓名 | 姓名拼音 | 手机 | 邮箱' : '序号 | 姓名 Name | 手机 Mobile | 邮箱 E-mail'];
  const n = int(12, 22);
  for (let r = 1; r <= n; r++) {
    const p = mkPerson({ mix: MIX_PINYIN });
    if (sepCol) { const w = d.N(p); out.push([r, w, p.name.py ? p.name.py.toUpperCase() : '', d.M(p), d.E(p)].join(' | ')); }
    else out.push([r, d.N(p, 'pinyin'), d.M(p, pick(['bare', 'p86', 'p86s'])), d.E(p, chance(0.3) ? 'mixed' : 'lower')].join(' | '));
  }
  return d.done(out.join('\n') + '\n');
});

kind('trad-list', 9, () => {
  const d = new Doc('trad-list');
  const out = [`${pick(['香港客戶名單', '大灣區會員資料', '澳門代理聯絡表'])}（內部資料）`, '序號,客戶姓名,手機號碼,電郵,地區,備註'];
  const n = int(12, 22);
  for (let r = 1; r <= n; r++) {
    const p = mkPerson({ mix: { trad: 90, common: 5, compound: 5 }, group: 'gd' });
    out.push([r, d.N(p), d.M(p, pick(['bare', 'p86', 'space'])), chance(0.7) ? d.E(p) : '', pick(['何文田', '黃大仙', '馬鞍山', '石硤尾', '林村', '沙田', '荃灣', '西貢', '深圳福田']), chance(0.7) ? pick(REMARKS_TRAD) : ''].join(','));
  }
  out.push('', pick(NOTICE_TRAD));
  return d.done(out.join('\n') + '\n');
});

kind('spaced-signup', 9, () => {
  const d = new Doc('spaced-signup');
  const out = [`${pick(['亲子运动会', '读书会', '公益徒步', '客户答谢会'])}报名表`, `活动地点：${pick(['佘山', '查干湖', '长白山', '东方明珠'])}    报名截止：${dateStr()}`, '', '编号 | 姓名 | 手机 | 邮箱 | 备注'];
  const n = int(12, 22);
  for (let r = 1; r <= n; r++) {
    const p = mkPerson({ mix: { ...MIX_DEFAULT, compound: 20, tibetan: 5 } });
    out.push([pad2(r), d.N(p, chance(0.7) ? 'space' : 'plain'), d.M(p, pick(['bare', 'space'])), chance(0.5) ? d.E(p) : '', pick(['', '素食', '过敏体质', '自驾', '单独报名', '全家参加', '第五次参加'])].join(' | '));
  }
  return d.done(out.join('\n') + '\n');
});

kind('company-reg', 10, () => {
  const d = new Doc('company-reg');
  const lr = mkPerson({ years: [1955, 1995] }), ct = mkPerson(), sh = mkPerson({ years: [1955, 1995] });
  const org = pick(ORGS.filter((o) => /公司/.test(o)).concat(['蓝海贸易有限公司', '东方红农机有限公司', '全通供应链管理有限公司', '粟米食品有限公司']));
  const out = ['企业基本信息（内部留档）', `企业名称：${org}`, '企业类型：有限责任公司（自然人投资或控股）', `法定代表人：${d.N(lr)}`,
    `法定代表人证件号码：${d.I(lr)}`, `成立日期：${ymdZh(randDate([2005, 2022]))}`, `注册资本：${int(1, 50) * 100}万元`, `住所：${address()}`,
    `经营范围：${sample(PRODUCTS, 3).join('、')}的生产与销售；${pick(['皮革制品加工', '蓝牙耳机零售', '过滤器批发', '全麦面包烘焙'])}。`, '',
    `联系人：${d.N(ct)}    联系电话：${d.M(ct, pick(['bare', 'dash']))}    电子邮箱：${d.E(ct)}`, '', '股东信息：',
    `  1. ${d.N(sh)}，认缴出资${int(1, 20) * 10}万元，身份证号${d.I(sh)}`, `  2. ${pick(ORGS.filter((o) => /公司/.test(o)))}，认缴出资${int(1, 20) * 10}万元`];
  if (chance(0.5)) { const fx = mkPerson(); out.push(`财务负责人：${d.N(fx)}    手机：${d.M(fx)}`); }
  out.push('', notice(2));
  return d.done(out.join('\n') + '\n');
});

kind('hr-roster', 10, () => {
  const d = new Doc('hr-roster');
  const out = ['工号,姓名,性别,部门,职位,手机,身份证号,工资卡号,入职日期'];
  const n = int(14, 26);
  for (let r = 0; r < n; r++) {
    const p = mkPerson({ years: [1965, 2003] });
    out.push([`E${int(10000, 99999)}`, d.N(p), p.sexZh, pick(DEPTS), pick(JOBS), d.M(p), d.I(p), chance(0.7) ? d.C(p) : '', dateStr()].join(','));
  }
  return d.done(out.join('\n') + '\n');
});

kind('loan-app', 10, () => {
  const d = new Doc('loan-app');
  const a = mkPerson({ years: [1965, 1998] }), b = mkPerson({ years: [1965, 1998], gender: a.gender === 'M' ? 'F' : 'M' }), g = mkPerson({ years: [1955, 1995] }), e = mkPerson();
  const out = ['个人消费贷款申请表', `申请编号：DK${int(1e8, 9.9e8)}    申请金额：${int(2, 50)}万元`, '', '一、借款人信息',
    `姓名：${d.N(a)}    性别：${a.sexZh}    民族：${a.ethnic}`, `身份证号码：${d.I(a)}    手机号码：${d.M(a)}`, `工作单位：${pick(ORGS)}    职务：${pick(JOBS)}`, `家庭住址：${address(a.group)}`, '',
    '二、共同借款人（配偶）', `姓名：${d.N(b)}    身份证号码：${d.I(b)}    手机：${d.M(b)}`, '', '三、担保人', `担保人：${d.N(g)}    身份证号码：${d.I(g)}    联系电话：${d.M(g, 'dash')}`, '',
    '四、紧急联系人', `${d.N(e)}（关系：${pick(REL)}）    电话：${d.M(e)}`, '', '五、还款账户', `户名：${d.N(a)}    卡号：${d.C(a, 'group')}    开户行：${pick(BANKS)}${cityOf(a.group)}支行`, '',
    '声明：' + pick(['借款人已知悉逾期、过期未还款的全部后果。', '本人授权贷款机构查询本人征信。', '借款用途不得用于购房、投资等项目。'])];
  return d.done(out.join('\n') + '\n');
});

kind('markdown-table', 8, () => {
  const d = new Doc('markdown-table');
  const out = [`## ${pick(['大客户联系人', '渠道商名单', '重点客户回访'])}`, '', `> 维护人：${pick(['区域销售部', '单证部', '查询中心'])}，最近更新 ${dateStr()}`, '', '| 序号 | 客户 | 联系人 | 手机 | 邮箱 |', '|---|---|---|---|---|'];
  const n = int(10, 20);
  for (let r = 1; r <= n; r++) { const p = mkPerson(); out.push(`| ${r} | ${pick(ORGS)} | ${d.N(p)} | ${d.M(p)} | ${chance(0.7) ? d.E(p) : '-'} |`); }
  out.push('', notice(1));
  return d.done(out.join('\n') + '\n');
});

kind('sql-dump', 8, () => {
  const d = new Doc('sql-dump');
  const out = ['-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)', `-- Host: 10.0.${int(1, 9)}.${int(2, 250)}    Database: crm_prod`, '-- ------------------------------------------------------',
    "INSERT INTO `t_customer` (`id`,`real_name`,`mobile`,`id_card`,`email`,`city`,`remark`) VALUES"];
  const n = int(12, 24); const rows = [];
  for (let r = 0; r < n; r++) {
    const p = mkPerson();
    rows.push(`(${1000 + r},'${d.N(p)}','${d.M(p)}',${chance(0.8) ? `'${d.I(p)}'` : 'NULL'},${chance(0.6) ? `'${d.E(p)}'` : 'NULL'},'${cityOf(p.group)}','${remark()}')`);
  }
  out.push(rows.join(',\n') + ';', '-- Dump completed');
  return d.done(out.join('\n') + '\n');
});

kind('vcard', 8, () => {
  const d = new Doc('vcard');
  const out = []; const n = int(8, 15);
  for (let r = 0; r < n; r++) {
    const p = mkPerson(); const nm = p.name;
    out.push('BEGIN:VCARD', 'VERSION:3.0', `FN:${d.N(p)}`, nm.minority ? `N:;${nm.value};;;` : `N:${nm.split[0]};${nm.split[1] ?? ''};;;`,
      `TEL;TYPE=CELL:${d.M(p, pick(['bare', 'p86s', 'p86d']))}`);
    if (chance(0.6)) out.push(`EMAIL;TYPE=INTERNET:${d.E(p)}`);
    out.push(`ORG:${pick(ORGS)}`, `TITLE:${pick(JOBS)}`, 'END:VCARD');
  }
  return d.done(out.join('\r\n') + '\r\n');
});

kind('app-log', 8, () => {
  const d = new Doc('app-log');
  const out = []; const n = int(10, 18); const day = dateStr(); const timeStr = makeClock();
  for (let r = 0; r < n; r++) {
    const ts = `${day} ${timeStr()}.${String(int(0, 999)).padStart(3, '0')}`;
    if (chance(0.3)) out.push(`${ts} ${pick(['WARN ', 'DEBUG', 'INFO '])} [${pick(['query-svc', 'coupon-svc', 'auth-svc'])}] ${pick(['查询超时，重试第2次', '优惠券已过期 couponId=' + int(1e5, 9e5), '权限校验通过', '解析失败，字段枚举值非法', '单号重复，已过滤'])}`);
    const p = mkPerson();
    out.push(`${ts} INFO  [order-svc] c.l.order.OrderService - createOrder orderNo=${int(1e9, 9.9e9)} receiverName=${d.N(p)} receiverPhone=${d.M(p)} city=${cityOf(p.group)} sku=${pick(PRODUCTS)}${chance(0.3) ? ' buyerEmail=' + d.E(p) : ''}`);
  }
  return d.done(out.join('\n') + '\n');
});

kind('korean-list', 8, () => {
  const d = new Doc('korean-list');
  const out = [`${pick(['延吉市', '珲春市', '龙井市'])}${pick(['朝鲜族民俗村会员名单', '韩餐连锁会员资料', '边贸商户联系人'])}`, '会员号,姓名,性别,手机,身份证号,常住地,备注'];
  const n = int(12, 22);
  for (let r = 0; r < n; r++) {
    const p = mkPerson({ mix: { korean: 80, common: 10, rareSur: 10 }, group: 'yb' });
    out.push([`M${int(10000, 99999)}`, d.N(p), p.sexZh, d.M(p), d.I(p), address('yb'), pick(['打糕预订', '冷面套餐', '长鼓舞培训', '长白山团购', '', ''])].join(','));
  }
  return d.done(out.join('\n') + '\n');
});

kind('yi-zhuang-manchu', 9, () => {
  const d = new Doc('yi-zhuang-manchu');
  const out = ['助农电商供货人登记表', '姓名,民族,性别,手机,身份证号,供货品类,地址,备注'];
  const n = int(12, 22);
  for (let r = 0; r < n; r++) {
    const p = mkPerson({ mix: { yi: 34, zhuang: 34, manchu: 20, common: 6, rareSur: 6 } });
    out.push([d.N(p), p.ethnic, p.sexZh, d.M(p), d.I(p), pick(['萨其马', '甘蔗汁', '桑葚', '麻花', '蓝莓', '苦荞茶', '腊肉']), address(p.group), pick(['火把节期间停收', '三月三歌节', '全款已付', '', ''])].join(','));
  }
  return d.done(out.join('\n') + '\n');
});

kind('refund-records', 8, () => {
  const d = new Doc('refund-records');
  const out = ['退款单号,收款人,收款卡号,开户行,手机号,退款金额,退款原因'];
  const n = int(10, 20);
  for (let r = 0; r < n; r++) {
    const p = mkPerson();
    out.push([`RF${int(1e9, 9.9e9)}`, d.N(p), d.C(p, chance(0.3) ? 'group' : 'bare'), `${pick(BANKS)}${cityOf(p.group)}支行`, d.M(p), (int(1000, 99999) / 100).toFixed(2), remark() || '七天无理由'].join(','));
  }
  return d.done(out.join('\n') + '\n');
});

kind('courier-manifest', 8, () => {
  const d = new Doc('courier-manifest');
  const out = [`快递揽收清单    网点：${pick(['区庄', '车公庙', '冼村', '王府井', '方庄', '李村'])}营业部    日期：${dateStr()}`, ['运单号', '寄件人', '寄件人电话', '收件人', '收件人电话', '目的地', '物品'].join('\t')];
  const n = int(8, 16);
  for (let r = 0; r < n; r++) {
    const a = mkPerson(), b = mkPerson();
    out.push([`${pick(['SF', 'JT', 'YT', 'ZT'])}${int(1e12, 9.99e12)}`, d.N(a), d.M(a), d.N(b), d.M(b, pick(['bare', 'dash'])), cityOf(b.group), pick(PRODUCTS)].join('\t'));
  }
  return d.done(out.join('\n') + '\n');
});

kind('decoy-notice', 14, () => {
  const d = new Doc('decoy-notice');
  const c = mkPerson();
  const out = [`关于${pick(['区域单据', '全部商户', '过期订单', '单位结算', '应急值班'])}${pick(['查询', '清理', '核查', '调整'])}工作的通知`, '', '各部门、各门店：',
    '    ' + notice(int(3, 5)), '    ' + notice(int(2, 4)), `    具体安排请见附件文件。`, '',
    `联系人：${d.N(c, chance(0.3) ? 'title' : 'plain')}    电话：${d.M(c, pick(['bare', 'dash']))}${chance(0.5) ? '    邮箱：' + d.E(c) : ''}`];
  if (chance(0.4)) { const c2 = mkPerson(); out.push(`备用联系人：${d.N(c2)}    电话：${d.M(c2)}`); }
  out.push('', `${pick(DEPTS)}`, dateStr());
  return d.done(out.join('\n') + '\n');
});

kind('xml-export', 8, () => {
  const d = new Doc('xml-export');
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<customers exported="${dateStr()}">`];
  const n = int(8, 16);
  for (let r = 0; r < n; r++) {
    const p = mkPerson();
    out.push(`  <customer id="${r + 1}">`, `    <name>${d.N(p)}</name>`, `    <mobile>${d.M(p)}</mobile>`);
    if (chance(0.6)) out.push(`    <idCard>${d.I(p)}</idCard>`);
    if (chance(0.4)) out.push(`    <bankCard>${d.C(p)}</bankCard>`);
    out.push(`    <dept>${pick(DEPTS)}</dept>`, `    <remark>${remark()}</remark>`, '  </customer>');
  }
  out.push('</customers>');
  return d.done(out.join('\n') + '\n');
});

kind('prose-mentions', 10, () => {
  const d = new Doc('prose-mentions');
  const s1 = mkPerson(), s2 = mkPerson(), c = mkPerson();
  const m1 = maskName(mkPerson().name), m2 = maskName(mkPerson().name), m3 = maskName(mkPerson().name);
  const out = [`【${pick(DEPTS)}内部简讯】2024年第${int(1, 24)}期`, '', '一、本月之星',
    `    ${d.DC(s1.name.value)}（${pick(JOBS)}）带领团队完成了${pick(['单县', '揭阳市', '覃塘区', '喀什', '拉萨'])}片区的客户回访；${d.DC(s2.name.value)}在${pick(DEPTS)}的工作获得客户好评。`,
    '二、客户反馈', `    ${d.DC(m1)}、${d.DC(m2)}反映“${pick(REMARKS)}”，${d.DC(m3)}反映“${pick(REMARKS)}”，均已由客户经理跟进。`,
    '三、通知', '    ' + notice(int(2, 3)), '',
    `如对本期内容有疑问，请联系${d.N(c)}，手机${d.M(c)}${chance(0.5) ? '，邮箱' + d.E(c) : ''}。`];
  return d.done(out.join('\n') + '\n');
});

kind('masked-export', 8, () => {
  const d = new Doc('masked-export');
  const out = ['姓名,手机,身份证号,邮箱,会员等级'];
  const n = int(12, 22);
  for (let r = 0; r < n; r++) {
    const p = mkPerson(); const m = p.mobile; const mm = `${m.slice(0, 3)}****${m.slice(7)}`; const mid = `${p.id.slice(0, 6)}********${p.id.slice(14)}`;
    const t = rnd();
    if (t < 0.4) out.push([d.DC(maskName(p.name)), d.M(p), mid, '', pick(['金卡', '银卡', '卓越'])].join(','));
    else if (t < 0.6) out.push([d.DC(maskName(p.name)), mm, mid, '', pick(['金卡', '银卡'])].join(','));
    else if (t < 0.8) out.push([d.N(p), mm, mid, d.E(p), pick(['金卡', '银卡'])].join(','));
    else out.push([d.N(p), d.M(p), d.I(p), '', pick(['金卡', '银卡', '普通'])].join(','));
  }
  return d.done(out.join('\n') + '\n');
});

// ---------------------------------------------------------------- main ------
const outPath = process.argv[2];
if (!outPath) { console.error('usage: node rarenames.mjs OUT.jsonl'); process.exit(2); }
const docs = [];
for (const k of KINDS) for (let i = 1; i <= k.count; i++) { const doc = k.fn(); doc.id = `rn-${k.name}-${i}`; docs.push(doc); }

// ---------------------------------------------------------------- self-check ------
const errors = [];
const fail = (doc, msg) => { if (errors.length < 50) errors.push(`${doc ? doc.id : '-'}: ${msg}`); else if (errors.length === 50) errors.push('…'); };
function validDate(s) { const y = +s.slice(0, 4), m = +s.slice(4, 6), d = +s.slice(6, 8); return y >= 1900 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) && s <= TODAY; }
function norm(det, w) {
  const s = w.normalize('NFKC');
  if (det === 'person_name_zh') return w.replace(/[ \u3000]/g, '');
  if (det === 'cn_mobile') { let x = s.replace(/\D/g, ''); if (x.length === 13 && x.startsWith('86')) x = x.slice(2); if (x.length === 15 && x.startsWith('0086')) x = x.slice(4); return x; }
  if (det === 'cn_resident_id') return s.replace(/[\s-]/g, '').toUpperCase();
  if (det === 'bank_card') return s.replace(/\D/g, '');
  if (det === 'email') return s.toLowerCase();
  return s;
}
const allEntityValues = new Set(), allNames = new Set(), allDecoys = new Set(), seenIds = new Set();
for (const doc of docs) {
  if (seenIds.has(doc.id)) fail(doc, 'duplicate id'); seenIds.add(doc.id);
  for (const e of doc.ents.values()) { allEntityValues.add(e.value); if (e.detector === 'person_name_zh') allNames.add(e.value); }
  for (const x of doc.decoys) allDecoys.add(x.text);
}
for (const doc of docs) {
  const t = doc.text; const ents = [...doc.ents.values()];
  for (const e of ents) {
    const v = e.value;
    if (e.detector === 'cn_resident_id') {
      if (!/^\d{17}[\dX]$/.test(v)) fail(doc, 'ID shape ' + v);
      if (idCheck(v.slice(0, 17)) !== v[17]) fail(doc, 'ID MOD 11-2 ' + v);
      if (!REGION_SET.has(v.slice(0, 6))) fail(doc, 'ID region ' + v);
      if (!validDate(v.slice(6, 14))) fail(doc, 'ID date ' + v);
    } else if (e.detector === 'bank_card') {
      if (!/^62\d{14,17}$/.test(v) || !luhnOk(v)) fail(doc, 'card ' + v);
    } else if (e.detector === 'cn_mobile') {
      if (!/^1[3-9]\d{9}$/.test(v) || !ALLOCATED.has(v.slice(0, 3))) fail(doc, 'mobile ' + v);
    } else if (e.detector === 'email') {
      if (v !== v.toLowerCase() || !/^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(v)) fail(doc, 'email ' + v);
    } else if (e.detector === 'person_name_zh') {
      if (/[\s\u3000]/.test(v) || /先生|女士/.test(v)) fail(doc, 'name not normalized ' + v);
      if (doc.dc.has(v)) fail(doc, 'name both entity and dontCare ' + v);
    }
    const ws = doc.written.filter((w) => w.det === e.detector && w.value === v);
    if (!ws.length) fail(doc, 'no written form ' + v);
    for (const w of ws) { if (!t.includes(w.written)) fail(doc, `written form not in text: ${w.written}`); if (norm(e.detector, w.written) !== v) fail(doc, `written ${w.written} does not normalize to ${v}`); }
    if (allDecoys.has(v)) fail(doc, 'value is also a decoy: ' + v);
  }
  for (const x of doc.decoys) {
    if (!t.includes(x.text)) fail(doc, 'decoy not in text ' + x.text);
    if (allNames.has(x.text)) fail(doc, 'decoy is a labelled name ' + x.text);
    if (allEntityValues.has(x.text)) fail(doc, 'decoy is an entity value ' + x.text);
    for (const e of ents) if (e.detector === 'person_name_zh' && (x.text.includes(e.value) || e.value.includes(x.text))) fail(doc, `decoy ${x.text} overlaps name ${e.value}`);
  }
  for (const v of doc.dc.keys()) if (!t.includes(v)) fail(doc, 'dontCare not in text ' + v);
  const nNames = ents.filter((e) => e.detector === 'person_name_zh').length;
  if (nNames > ents.length - nNames) fail(doc, `fewer personal-data fields (${ents.length - nNames}) than names (${nNames})`);
}

// ---------------------------------------------------------------- output + summary ------
const lines = docs.map((doc) => JSON.stringify({ id: doc.id, kind: doc.kind, text: doc.text, entities: [...doc.ents.values()], dontCare: [...doc.dc.values()], decoys: doc.decoys }));
fs.writeFileSync(outPath, lines.join('\n') + '\n');

const perDet = {}, perClass = {}, perDecoy = {}, styles = {}, dots = {};
let nameEnts = 0, rareCons = 0, dcCount = 0, decoyCount = 0;
for (const doc of docs) {
  for (const e of doc.ents.values()) {
    perDet[e.detector] = (perDet[e.detector] || 0) + 1;
    if (e.detector === 'person_name_zh') {
      nameEnts++; const m = doc.meta.get(e.value); const cls = rareClass(m.n);
      perClass[cls] = (perClass[cls] || 0) + 1; if (CONSERVATIVE_RARE.has(cls)) rareCons++;
      styles[m.style] = (styles[m.style] || 0) + 1;
      if (m.n.dot !== undefined) { const k = m.n.dot === '' ? '(none)' : m.n.dot; dots[k] = (dots[k] || 0) + 1; }
    }
  }
  dcCount += doc.dc.size; decoyCount += doc.decoys.length;
  for (const x of doc.decoys) perDecoy[x.kind] = (perDecoy[x.kind] || 0) + 1;
}
const kindsN = new Set(docs.map((x) => x.kind)).size;
const share = rareCons / nameEnts;
const liberal = (rareCons + (perClass['double-barrelled(common)'] || 0) + (perClass['traditional(common)'] || 0) + (perClass['korean(common-surname)'] || 0) + (perClass['zhuang(common-surname)'] || 0)) / nameEnts;
const nonBmpNames = docs.reduce((a, doc) => a + [...doc.ents.values()].filter((e) => e.detector === 'person_name_zh' && [...e.value].some((ch) => ch.codePointAt(0) > 0xffff)).length, 0);
console.log(`wrote ${outPath}`);
console.log(`documents: ${docs.length}   kinds: ${kindsN}`);
console.log('entities per detector: ' + Object.entries(perDet).map(([k, v]) => `${k}=${v}`).join('  '));
console.log(`person_name_zh rare share (minority / compound / rare surname / rare or non-BMP char / 々): ${rareCons}/${nameEnts} = ${(share * 100).toFixed(1)}%`);
console.log(`  liberal share (also double-barrelled, traditional, Korean/Zhuang with a top-100 surname): ${(liberal * 100).toFixed(1)}%`);
console.log('  by class: ' + Object.entries(perClass).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join('  '));
console.log('  written styles: ' + Object.entries(styles).map(([k, v]) => `${k}=${v}`).join('  ') + `   dot styles: ` + Object.entries(dots).map(([k, v]) => `${k}=${v}`).join('  ') + `   non-BMP names: ${nonBmpNames}`);
console.log(`dontCare: ${dcCount}`);
console.log(`decoys: ${decoyCount} (distinct strings ${allDecoys.size})  per kind: ` + Object.entries(perDecoy).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join('  '));
console.log('documents per kind: ' + KINDS.map((k) => `${k.name}=${k.count}`).join('  '));

if (kindsN < 25) fail(null, `only ${kindsN} kinds`);
if (docs.length < 250) fail(null, `only ${docs.length} documents`);
if (nameEnts < 3000) fail(null, `only ${nameEnts} person_name_zh entities`);
if (share < 0.4) fail(null, `rare share ${share}`);
if (decoyCount < 3000) fail(null, `only ${decoyCount} decoys`);
if (decoyCount < nameEnts) fail(null, `fewer decoys (${decoyCount}) than names (${nameEnts})`);
if (errors.length) { console.error('SELF-CHECK FAILED:\n  ' + errors.join('\n  ')); process.exit(1); }
console.log('self-check: OK (ID MOD 11-2/region/date, Luhn, allocated mobile prefixes, written forms in text and normalizing to values, entity/decoy disjointness, decoys not labelled names, targets)');
