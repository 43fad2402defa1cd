#!/usr/bin/env node
/*
 * eldercare.mjs — independent labelled test corpus for listguard.
 *
 * Theme: personal data in elderly-care, nursing and funeral records.
 *   养老院入住登记 / 老人档案导出 (老人 + 监护人/紧急联系人/子女, phones, IDs),
 *   居家养老服务工单 (JSON), 助餐名单 (TSV), 高龄津贴/养老服务补贴发放名册 and
 *   银行代发回盘 (bank cards), 护理员花名册 and 排班表, 探视登记, 智能手环 /
 *   一键呼叫 alarm logs (JSON lines and syslog), 设备绑定清单, 家属群 chats,
 *   护理记录, 院务会纪要, 殡仪馆业务登记, 火化证明 (OCR), 墓位登记 (XML),
 *   追悼会 e-mails, 惠民殡葬补贴申请, 长护险申请, 适老化改造清单, 短信批量发送
 *   记录, 缴费/退押金邮件, 能力评估表 (OCR), 火化数据比对停发名单, 津贴公示.
 *
 * Usage:  node eldercare.mjs OUT.jsonl
 *   Deterministic (own mulberry32 PRNG, fixed seed), no clock, no I/O except OUT.
 *   Ends with a self-check (exit 1 on failure) and prints a summary.
 *
 * Output: one JSON object per line
 *   {"id":"ec-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported under any detector
 *
 * Detectors labelled: person_name_zh, cn_mobile, cn_resident_id, bank_card, email,
 *   cn_landline, cn_uscc, cn_passport.
 * Normalisation of values: cn_resident_id 18 chars, upper-case X (legacy 15-digit
 *   numbers are upgraded to 18); cn_mobile 11 digits (no +86, no separators);
 *   cn_landline digits incl. leading 0 and area code, no separators, no extension;
 *   email lower-case; bank_card digits only; cn_passport / cn_uscc upper-case;
 *   person_name_zh as written without spaces or titles. Decoys carry their exact
 *   text as written.
 *
 * Labelling: names are entities only in a person context (name column / field /
 *   label, a record with other person fields, a signature); names that occur
 *   only in running prose, chat speaker lines, SMS salutations or title forms
 *   (李阿姨, 王奶奶) are dontCare. OCR'd values broken beyond what a careful reader
 *   would still read are dontCare. Masked values are decoys.
 *
 * Written in session 27 by a helper that never read src/, rules/ or test/,
 * from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node eldercare.mjs OUT.jsonl'); process.exit(2); }

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0xEC27A1D5);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const pad = (n, w) => String(n).padStart(w, '0');
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += String(ri(0, 9)); return s; };
function shuffle(a) { const b = a.slice(); for (let i = b.length - 1; i > 0; i--) { const j = ri(0, i); [b[i], b[j]] = [b[j], b[i]]; } return b; }
function wpick(pairs) { // [[item, weight], ...]
  let tot = 0; for (const p of pairs) tot += p[1];
  let r = rnd() * tot;
  for (const p of pairs) { r -= p[1]; if (r < 0) return p[0]; }
  return pairs[pairs.length - 1][0];
}
const sample = (a, n) => shuffle(a).slice(0, n);

// ---------------------------------------------------------------- names
function parsePy(s) { const out = []; const re = /([\u4e00-\u9fff·]+)([a-z]*)/g; let m; while ((m = re.exec(s))) out.push({ zh: m[1], py: m[2] }); return out; }
const SURNAMES = parsePy(`王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai 余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao 贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 陶tao 黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 严yan 覃qin 武wu 戴dai 莫mo 孔kong 向xiang 汤tang 常chang 温wen 康kang 施shi 文wen 牛niu 樊fan 葛ge 邢xing 安an 齐qi 易yi 乔qiao 伍wu 庞pang 颜yan 倪ni 庄zhuang 聂nie 章zhang 鲁lu 岳yue 翟zhai 殷yin 詹zhan 申shen 欧ou 耿geng 关guan 兰lan 焦jiao 俞yu 左zuo 柳liu 甘gan 祝zhu 包bao 宁ning 尚shang 符fu 舒shu 阮ruan 柯ke 纪ji 梅mei 童tong 凌ling 毕bi 单shan 季ji 裴pei 霍huo 涂tu 成cheng 苗miao 谷gu 盛sheng 曲qu 翁weng 冉ran 骆luo 蓝lan 路lu 游you 辛xin 靳jin 管guan 柴chai 蒙meng 鲍bao 华hua 喻yu 祁qi 蒲pu 房fang 滕teng 屈qu 饶rao 解xie 牟mou 艾ai 尤you 阳yang 时shi 穆mu 农nong 司si 卓zhuo 古gu 吉ji 缪miao 简jian 车che 项xiang 连lian 芦lu 麦mai 褚chu 娄lou 窦dou 戚qi 岑cen 景jing 党dang 宫gong 费fei 卜bu 冷leng 晏yan 席xi 卫wei 米mi 柏bai 宗zong 瞿qu 桂gui 全quan 佟tong 应ying 臧zang 闵min 苟gou 邬wu 边bian 卞bian 姬ji 师shi 仇qiu 栾luan 隋sui 商shang 刁diao 沙sha 荣rong 巫wu 寇kou 桑sang 郎lang 甄zhen 丛cong 仲zhong 虞yu 敖ao 巩gong 明ming 佘she 池chi 查zha 麻ma 苑yuan 迟chi 邝kuang 官guan 封feng 谈tan 匡kuang 鞠ju 惠hui 荆jing 乐yue 冀ji 郁yu 胥xu 南nan 班ban 储chu 栗li 燕yan 楚chu 鄢yan 劳lao 谌chen 奚xi 皮pi 粟su 冼xian 蔺lin 楼lou 满man 闻wen 厉li 伊yi 仝tong 郜gao 阚kan 花hua 权quan 强qiang 帅shuai 屠tu 豆dou 朴piao 练lian 廉lian 禹yu 井jing 祖zu 漆qi 巴ba 丰feng 支zhi 卿qing 狄di 计ji 索suo 宣xuan 晋jin 初chu 门men 云yun 容rong 敬jing 来lai 扈hu 晁chao 芮rui 阙que 浦pu 戈ge 伏fu 鹿lu 薄bo 邸di 雍yong 辜gu 羊yang 乌wu 裘qiu 亓qi 修xiu 邰tai 赫he 杭hang 况kuang 宿su 印yin 逯lu 隆long 茹ru 诸zhu 战zhan 慕mu 危wei 银yin 亢kang 嵇ji 哈ha 湛zhan 宾bin 戎rong 茅mao 揭jie 干gan 尉yu 元yuan 束shu 檀tan 衣yi 展zhan 智zhi 幸xing 奉feng 植zhi 衡heng 富fu 尧yao 闭bi`);
const COMPOUND = parsePy(`欧阳ouyang 上官shangguan 司马sima 诸葛zhuge 司徒situ 皇甫huangfu 令狐linghu 慕容murong 夏侯xiahou 东方dongfang 公孙gongsun 端木duanmu 尉迟yuchi 申屠shentu`);
const SUR_W = SURNAMES.map((s, i) => [s, 1 / (i + 6)]);
const GIVEN = {
  elderF2: parsePy(`秀英xiuying 桂英guiying 玉兰yulan 桂兰guilan 淑珍shuzhen 凤兰fenglan 秀兰xiulan 桂芳guifang 玉珍yuzhen 淑英shuying 素珍suzhen 秀珍xiuzhen 桂珍guizhen 玉英yuying 凤英fengying 淑兰shulan 玉梅yumei 秀芳xiufang 翠花cuihua 金凤jinfeng 春兰chunlan 玉芬yufen 秀梅xiumei 兰英lanying 桂花guihua 美英meiying 素英suying 惠英huiying 月英yueying 银花yinhua 菊英juying 凤珍fengzhen 玉华yuhua 淑华shuhua 秀云xiuyun 桂香guixiang 彩霞caixia 金兰jinlan 杏花xinghua 招娣zhaodi 来娣laidi 宝珠baozhu 月娥yuee 凤仙fengxian 巧云qiaoyun 爱莲ailian 兰芳lanfang 秀琴xiuqin 淑琴shuqin 玉琴yuqin 瑞英ruiying 素兰sulan 月华yuehua 佩芬peifen 雅琴yaqin 慧芳huifang 丽君lijun 文英wenying`),
  elderF1: parsePy(`英ying 珍zhen 兰lan 芬fen 梅mei 娥e 凤feng 霞xia`),
  elderM2: parsePy(`德明deming 国华guohua 建国jianguo 志明zhiming 福生fusheng 长林changlin 德胜desheng 玉山yushan 振华zhenhua 文斌wenbin 树林shulin 宝山baoshan 成林chenglin 永福yongfu 广才guangcai 有才youcai 金宝jinbao 德福defu 国栋guodong 世杰shijie 明德mingde 保国baoguo 新民xinmin 学文xuewen 庆丰qingfeng 春生chunsheng 根生gensheng 水生shuisheng 金生jinsheng 荣华ronghua 德才decai 佩文peiwen 耀祖yaozu 兆祥zhaoxiang 景福jingfu 玉成yucheng 志远zhiyuan 国强guoqiang 洪亮hongliang 光明guangming 汉卿hanqing 崇德chongde 守仁shouren 庆余qingyu 福海fuhai 茂林maolin 永昌yongchang 秉义bingyi 振国zhenguo 家骏jiajun 兴旺xingwang 维汉weihan 克俭kejian 绍华shaohua`),
  elderM1: parsePy(`忠zhong 明ming 福fu 山shan 林lin 清qing 斌bin 贵gui 发fa 海hai`),
  midF2: parsePy(`红梅hongmei 丽华lihua 海燕haiyan 小红xiaohong 秀云xiuyun 丽娟lijuan 红霞hongxia 卫红weihong 爱华aihua 美玲meiling 丽萍liping 晓燕xiaoyan 雪梅xuemei 春燕chunyan 玉洁yujie 慧敏huimin 文静wenjing 建英jianying 桂琴guiqin 小芳xiaofang 晓红xiaohong 亚萍yaping 建红jianhong 素芬sufen 燕萍yanping 玲玲lingling 卫华weihua 海英haiying 秋菊qiuju 瑞芳ruifang`),
  midF1: parsePy(`红hong 燕yan 霞xia 萍ping 丽li 静jing 敏min 芳fang 颖ying 洁jie 琴qin 梅mei`),
  midM2: parsePy(`建华jianhua 建平jianping 卫东weidong 爱国aiguo 卫国weiguo 晓东xiaodong 志刚zhigang 建军jianjun 国庆guoqing 建民jianmin 永刚yonggang 海涛haitao 立新lixin 红兵hongbing 跃进yuejin 胜利shengli 向东xiangdong 学军xuejun 宏伟hongwei 海波haibo 晓峰xiaofeng 明亮mingliang 德华dehua 俊峰junfeng 国平guoping 勇军yongjun 志强zhiqiang 建新jianxin 永生yongsheng 文革wenge`),
  midM1: parsePy(`伟wei 军jun 勇yong 强qiang 斌bin 涛tao 刚gang 杰jie 平ping 波bo 鹏peng 毅yi`),
  youngF2: parsePy(`雨萱yuxuan 欣怡xinyi 佳琪jiaqi 诗涵shihan 梦瑶mengyao 嘉怡jiayi 思雨siyu 婷婷tingting 静怡jingyi 雪婷xueting 晓琳xiaolin 梓涵zihan 一诺yinuo 雅琪yaqi 子琪ziqi 佳怡jiayi 梦琪mengqi 欣然xinran 雨欣yuxin 悦彤yuetong 若曦ruoxi 可馨kexin`),
  youngF1: parsePy(`婷ting 琳lin 悦yue 璐lu 倩qian 萌meng 瑶yao 琪qi`),
  youngM2: parsePy(`浩然haoran 思远siyuan 梓轩zixuan 一鸣yiming 俊杰junjie 宇航yuhang 子豪zihao 家豪jiahao 浩宇haoyu 天宇tianyu 博文bowen 皓轩haoxuan 晨阳chenyang 子墨zimo 嘉伟jiawei 志豪zhihao 宇轩yuxuan 明哲mingzhe 文博wenbo 子健zijian`),
  youngM1: parsePy(`浩hao 磊lei 鑫xin 昊hao 凯kai 宇yu 帆fan 锐rui`),
  staffF2: parsePy(`春梅chunmei 红霞hongxia 小燕xiaoyan 丽萍liping 秀梅xiumei 海霞haixia 金花jinhua 桂香guixiang 彩云caiyun 玉凤yufeng 美华meihua 翠萍cuiping 月红yuehong 冬梅dongmei 春花chunhua 巧玲qiaoling 晓霞xiaoxia 小琴xiaoqin 艳红yanhong 凤琴fengqin 银凤yinfeng 金莲jinlian 爱琴aiqin 秋月qiuyue`),
};
// names without a Han surname (Uyghur with middle dot, Tibetan, Mongolian)
const MINORITY = [
  ['买买提·吐尔逊', '男', '650102'], ['古丽娜尔·买买提', '女', '650102'], ['热依拉·阿不都', '女', '650103'],
  ['艾合买提·肉孜', '男', '650104'], ['帕提古丽·吾斯曼', '女', '650102'], ['阿依古丽·艾力', '女', '650105'],
  ['扎西次仁', '男', '540102'], ['次仁卓玛', '女', '540102'], ['格桑央金', '女', '540102'], ['达瓦顿珠', '男', '540102'],
  ['巴特尔', '男', '150102'], ['其其格', '女', '150102'], ['乌云', '女', '150103'],
];

// ---------------------------------------------------------------- regions / sites
const PROV = { '11': '北京市', '12': '天津市', '13': '河北省', '14': '山西省', '15': '内蒙古自治区', '21': '辽宁省', '22': '吉林省', '23': '黑龙江省', '31': '上海市', '32': '江苏省', '33': '浙江省', '34': '安徽省', '35': '福建省', '36': '江西省', '37': '山东省', '41': '河南省', '42': '湖北省', '43': '湖南省', '44': '广东省', '45': '广西壮族自治区', '46': '海南省', '50': '重庆市', '51': '四川省', '52': '贵州省', '53': '云南省', '54': '西藏自治区', '61': '陕西省', '62': '甘肃省', '63': '青海省', '64': '宁夏回族自治区', '65': '新疆维吾尔自治区' };
// other regions (migrant workers, relatives living elsewhere); all real county codes, some abolished (still valid on IDs)
const OTHER_REGIONS = ['130102', '140105', '150102', '210102', '220102', '230102', '340104', '341221', '360102', '370102', '411323', '430521', '450102', '500103', '510722', '520102', '530102', '610103', '640104', '320623', '330381', '421081', '441521', '350583', '120104', '620102'];
const SITES = [
  { city: '杭州市', ab: 'hz', lat: 30.27, lng: 120.15, prov: '浙江省', area: '0571', len: 8, regions: ['330102', '330103', '330104', '330105', '330106', '330108', '330109', '330110'], dists: ['西湖区', '拱墅区', '上城区', '滨江区'],
    streets: ['文三路', '教工路', '湖墅南路', '莫干山路', '庆春路', '古墩路', '凤起路'], estates: ['翠苑一区', '文鼎苑', '朝晖六区', '德胜新村', '古荡新村', '采荷二区'],
    home: '西湖区康乐颐养院', home2: '拱墅区朝晖街道居家养老服务中心', funeral: '杭州市殡仪馆', cemetery: '钱江陵园', hall: ['安息厅', '万福厅', '思念厅'], short: '浙A', civ: '杭民', street: '朝晖街道' },
  { city: '上海市', ab: 'sh', lat: 31.23, lng: 121.47, prov: '上海市', area: '021', len: 8, regions: ['310101', '310103', '310104', '310105', '310106', '310107', '310108', '310109', '310110', '310112', '310113'], dists: ['普陀区', '长宁区', '徐汇区', '杨浦区'],
    streets: ['长风路', '枣阳路', '中山北路', '武宁路', '曹杨路', '凯旋路', '控江路'], estates: ['曹杨新村', '长风新村', '控江二村', '田林十二村', '武宁小区'],
    home: '普陀区长风社区养老院', home2: '长宁区华阳路街道长者照护之家', funeral: '上海市龙华殡仪馆', cemetery: '福寿园', hall: ['安息厅', '常青厅', '追思厅'], short: '沪A', civ: '沪民', street: '长风新村街道' },
  { city: '南京市', ab: 'nj', lat: 32.06, lng: 118.79, prov: '江苏省', area: '025', len: 8, regions: ['320102', '320103', '320104', '320105', '320106', '320111', '320113'], dists: ['鼓楼区', '玄武区', '秦淮区', '建邺区'],
    streets: ['中山路', '湖南路', '虎踞路', '龙蟠中路', '汉中路', '中央路'], estates: ['南湖新村', '龙江小区', '后宰门小区', '月牙湖花园'],
    home: '鼓楼区金陵颐养中心', home2: '玄武区梅园新村街道养老服务站', funeral: '南京市殡仪馆', cemetery: '雨花功德园', hall: ['安息厅', '万寿厅', '松柏厅'], short: '苏A', civ: '宁民', street: '梅园新村街道' },
  { city: '成都市', ab: 'cd', lat: 30.57, lng: 104.07, prov: '四川省', area: '028', len: 8, regions: ['510104', '510105', '510106', '510107', '510108'], dists: ['武侯区', '锦江区', '青羊区', '成华区'],
    streets: ['武侯祠大街', '玉林南路', '红星路', '双林路', '府青路', '人民南路'], estates: ['玉林小区', '双林小区', '望江苑', '锦绣花园'],
    home: '武侯区安康护理院', home2: '成华区双桥子街道综合养老服务中心', funeral: '成都市东郊殡仪馆', cemetery: '龙泉山公墓', hall: ['安息厅', '常青厅', '怀念厅'], short: '川A', civ: '成民', street: '双桥子街道' },
  { city: '郑州市', ab: 'zz', lat: 34.75, lng: 113.62, prov: '河南省', area: '0371', len: 8, regions: ['410102', '410103', '410104', '410105'], dists: ['金水区', '中原区', '二七区', '管城回族区'],
    streets: ['花园路', '经三路', '建设路', '大学路', '纬五路'], estates: ['省直家属院', '纬五路小区', '建业新村', '绿城小区'],
    home: '金水区夕阳红老年公寓', home2: '中原区林山寨街道养老服务中心', funeral: '郑州市殡仪馆', cemetery: '常青公墓', hall: ['安息厅', '万福厅', '永怀厅'], short: '豫A', civ: '郑民', street: '林山寨街道' },
  { city: '青岛市', ab: 'qd', lat: 36.07, lng: 120.38, prov: '山东省', area: '0532', len: 8, regions: ['370202', '370203', '370205', '370211', '370212', '370213'], dists: ['市南区', '市北区', '李沧区', '崂山区'],
    streets: ['香港中路', '延安三路', '台东一路', '南京路', '书院路'], estates: ['湛山花园', '八大湖小区', '台东新村', '浮山所小区'],
    home: '市南区福寿园养老院', home2: '李沧区兴华路街道社区养老服务站', funeral: '青岛市殡仪馆', cemetery: '福德公墓', hall: ['安息厅', '福寿厅', '怀远厅'], short: '鲁B', civ: '青民', street: '兴华路街道' },
  { city: '武汉市', ab: 'wh', lat: 30.59, lng: 114.3, prov: '湖北省', area: '027', len: 8, regions: ['420102', '420103', '420104', '420106', '420111'], dists: ['江岸区', '武昌区', '江汉区', '洪山区'],
    streets: ['解放大道', '中山大道', '武珞路', '中北路', '黄浦大街'], estates: ['百步亭花园', '后湖小区', '东亭小区', '水果湖小区'],
    home: '江岸区百步亭颐养院', home2: '武昌区中南路街道老年人服务中心', funeral: '武汉市汉口殡仪馆', cemetery: '石门峰纪念公园', hall: ['安息厅', '万福厅', '追思厅'], short: '鄂A', civ: '武民', street: '中南路街道' },
  { city: '兰州市', ab: 'lz', lat: 36.06, lng: 103.83, prov: '甘肃省', area: '0931', len: 7, regions: ['620102', '620103', '620104', '620105'], dists: ['城关区', '七里河区', '安宁区', '西固区'],
    streets: ['东岗西路', '庆阳路', '西津西路', '北滨河路', '安宁西路'], estates: ['雁滩小区', '东方红广场小区', '万新路小区', '培黎小区'],
    home: '城关区常青老年服务中心', home2: '安宁区培黎街道日间照料中心', funeral: '兰州市殡仪馆', cemetery: '华林山公墓', hall: ['安息厅', '常青厅', '思念厅'], short: '甘A', civ: '兰民', street: '培黎街道' },
  { city: '北京市', ab: 'bj', lat: 39.9, lng: 116.4, prov: '北京市', area: '010', len: 8, regions: ['110101', '110102', '110103', '110104', '110105', '110106', '110108'], dists: ['朝阳区', '东城区', '西城区', '海淀区'],
    streets: ['劲松路', '东四北大街', '白纸坊东街', '学院路', '双井街'], estates: ['劲松小区', '团结湖北里', '双榆树南里', '左家庄小区'],
    home: '朝阳区双井恭和苑', home2: '东城区东四街道养老照料中心', funeral: '八宝山殡仪馆', cemetery: '万佛园', hall: ['安息厅', '告别一厅', '常青厅'], short: '京A', civ: '京民', street: '东四街道' },
  { city: '厦门市', ab: 'xm', lat: 24.48, lng: 118.09, prov: '福建省', area: '0592', len: 7, regions: ['350203', '350205', '350206', '350211'], dists: ['思明区', '湖里区', '集美区', '海沧区'],
    streets: ['厦禾路', '莲花路', '湖滨南路', '嘉禾路', '集美大道'], estates: ['莲花五村', '湖滨一里', '金尚小区', '江头小区'],
    home: '思明区鹭岛康养中心', home2: '湖里区江头街道居家养老服务站', funeral: '厦门市殡仪馆', cemetery: '天马山公墓', hall: ['安息厅', '万寿厅', '思亲厅'], short: '闽D', civ: '厦民', street: '江头街道' },
  { city: '深圳市', ab: 'sz', lat: 22.54, lng: 114.06, prov: '广东省', area: '0755', len: 8, regions: ['440303', '440304', '440305', '440306', '440307'], dists: ['福田区', '罗湖区', '南山区', '龙岗区'],
    streets: ['深南大道', '华强北路', '笋岗路', '南山大道', '龙岗大道'], estates: ['园岭新村', '莲花北村', '桂园小区', '南油小区'],
    home: '福田区华强颐康之家', home2: '罗湖区桂园街道长者服务中心', funeral: '深圳市殡仪馆', cemetery: '大鹏湾华侨墓园', hall: ['安息厅', '福寿厅', '怀念厅'], short: '粤B', civ: '深民', street: '桂园街道' },
  { city: '长沙市', ab: 'cs', lat: 28.23, lng: 112.94, prov: '湖南省', area: '0731', len: 8, regions: ['430102', '430103', '430104', '430105', '430111'], dists: ['岳麓区', '芙蓉区', '天心区', '开福区'],
    streets: ['麓山路', '五一大道', '芙蓉中路', '韶山北路', '劳动西路'], estates: ['望月湖小区', '东塘小区', '侯家塘小区', '锦绣江南'],
    home: '岳麓区高新养老服务中心', home2: '天心区坡子街街道居家养老服务中心', funeral: '长沙市明阳山殡仪馆', cemetery: '金陵园', hall: ['安息厅', '万福厅', '明德厅'], short: '湘A', civ: '长民', street: '坡子街街道' },
];

// ---------------------------------------------------------------- validators
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheckChar(b17) { let s = 0; for (let i = 0; i < 17; i++) s += (+b17[i]) * ID_W[i]; return '10X98765432'[s % 11]; }
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const dim = (y, m) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
function validDate(y, m, d) { return m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m); }
const PROV_OK = new Set(Object.keys(PROV).concat(['81', '82', '83']));
function idValid(s) {
  s = s.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (!PROV_OK.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2025 || !validDate(y, m, d)) return false;
  return idCheckChar(s.slice(0, 17)) === s[17];
}
function id15Valid(s) {
  if (!/^\d{15}$/.test(s) || !PROV_OK.has(s.slice(0, 2))) return false;
  return validDate(1900 + +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12));
}
const upgrade15 = (s) => { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheckChar(b); };
function luhnOk(s) { let sum = 0, dbl = false; for (let i = s.length - 1; i >= 0; i--) { let v = +s[i]; if (dbl) { v *= 2; if (v > 9) v -= 9; } sum += v; dbl = !dbl; } return sum % 10 === 0; }
function luhnDigit(partial) { for (let c = 0; c < 10; c++) if (luhnOk(partial + c)) return String(c); }
const MOB_OK = /^1(3\d|4[57]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/;
const mobValid = (s) => MOB_OK.test(s) || /^1610\d{7}$/.test(s) || /^1740[0-5]\d{6}$/.test(s);
const USCC_ALPHA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += USCC_ALPHA.indexOf(b17[i]) * USCC_W[i]; return USCC_ALPHA[(31 - (s % 31)) % 31]; }
function orgCheck(b8) { const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * W[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function usccValid(s) { return s.length === 18 && [...s].every((c) => USCC_ALPHA.includes(c)) && usccCheck(s.slice(0, 17)) === s[17] && orgCheck(s.slice(8, 16)) === s[16]; }
const AREA8 = new Set(['010', '020', '021', '022', '023', '024', '025', '027', '028', '029', '0571', '0574', '0512', '0531', '0532', '0371', '0731', '0755', '0591', '0851', '0871', '0769', '0757']);
const AREA7 = new Set(['0931', '0592']);
function landlineValid(s) {
  for (const a of AREA8) if (s.startsWith(a) && s.length === a.length + 8 && /[2-8]/.test(s[a.length])) return true;
  for (const a of AREA7) if (s.startsWith(a) && s.length === a.length + 7 && /[2-8]/.test(s[a.length])) return true;
  return false;
}

// ---------------------------------------------------------------- value makers (all unique across the corpus)
const USED = new Set();
function uniq(fn) { for (let i = 0; i < 1000; i++) { const v = fn(); if (!USED.has(v)) { USED.add(v); return v; } } throw new Error('uniq exhausted'); }
function randDate(y1, y2) { const y = ri(y1, y2), m = ri(1, 12), d = ri(1, dim(y, m)); return { y, m, d }; }
function makeId(region, b, male) {
  for (;;) {
    const seq = pad(ri(0, 99), 2) + String(male ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]));
    const body = region + b.y + pad(b.m, 2) + pad(b.d, 2) + seq;
    const id = body + idCheckChar(body);
    if (region.startsWith('62') && luhnOk(id)) continue; // keep Gansu IDs clear of UnionPay look-alikes
    if (USED.has(id)) continue;
    USED.add(id); return id;
  }
}
const MOB_PREFIX = [['130', 5], ['131', 5], ['132', 4], ['133', 4], ['134', 4], ['135', 6], ['136', 6], ['137', 6], ['138', 7], ['139', 7], ['150', 4], ['151', 4], ['152', 3], ['153', 3], ['155', 3], ['156', 3], ['157', 3], ['158', 4], ['159', 4], ['180', 3], ['181', 3], ['182', 3], ['183', 2], ['185', 3], ['186', 4], ['187', 3], ['188', 2], ['189', 4], ['177', 2], ['176', 2], ['173', 2], ['147', 1], ['166', 1], ['199', 2], ['198', 1], ['191', 1], ['195', 1], ['175', 1], ['178', 1], ['184', 1], ['145', 1], ['162', 1], ['165', 1], ['167', 1], ['170', 1], ['171', 1], ['172', 1], ['190', 1], ['192', 1], ['193', 1], ['196', 1], ['197', 1]];
const DEMO = new Set(['13800138000', '13912345678', '18888888888']);
function makeMobile() { return uniq(() => { const m = wpick(MOB_PREFIX) + digits(8); return DEMO.has(m) ? makeMobile() : m; }); }
function makeUnallocMobile() { return uniq(() => pick(['140', '141', '144', '146', '148', '149', '154', '194']) + digits(8)); }
const BANKS = [
  { name: '中国工商银行', bins: ['622202', '621226', '621288'], len: 19, br: '工行' },
  { name: '中国农业银行', bins: ['622848', '623052', '621282'], len: 19, br: '农行' },
  { name: '中国银行', bins: ['621661', '621785', '621790'], len: 19, br: '中行' },
  { name: '中国建设银行', bins: ['621700', '622700', '621081'], len: 19, br: '建行' },
  { name: '交通银行', bins: ['622262', '621335'], len: 19, br: '交行' },
  { name: '招商银行', bins: ['622588', '621483', '621286'], len: 16, br: '招行' },
  { name: '中国邮政储蓄银行', bins: ['621799', '622188', '621098'], len: 19, br: '邮储' },
  { name: '农村商业银行', bins: ['622319', '621458', '623066'], len: 19, br: '农商行' },
  { name: '兴业银行', bins: ['622908', '622909'], len: 18, br: '兴业' },
  { name: '平安银行', bins: ['623058', '622155'], len: 16, br: '平安' },
];
function makeCard(bank) { bank = bank || wpick(BANKS.map((b, i) => [b, i < 4 || i === 6 || i === 7 ? 3 : 1])); return { bank, no: uniq(() => { const p = pick(bank.bins) + digits(bank.len - 7); return p + luhnDigit(p); }) }; }
function makeLandline(site) { return uniq(() => site.area + String(ri(2, 8)) + digits(site.len - 1)); }
function makeUscc(kind, region) {
  return uniq(() => {
    let body8;
    if (kind === '91') body8 = 'MA' + [...Array(6)].map(() => pick(USCC_ALPHA.split(''))).join('');
    else if (kind === '52') body8 = 'MJ' + [...Array(6)].map(() => pick(USCC_ALPHA.split(''))).join('');
    else body8 = String(ri(40000000, 49999999));
    const b9 = body8 + orgCheck(body8);
    const b17 = kind + region + b9;
    return b17 + usccCheck(b17);
  });
}
function makePassport() { return uniq(() => chance(0.7) ? 'E' + pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')) + digits(7) : 'E' + digits(8)); }
function makeImei() { return uniq(() => { const p = pick(['86812004', '86446103', '86737105', '86153205', '86901206']) + digits(6); return p + luhnDigit(p); }); }
function makeIccid() { return uniq(() => { const p = '8986' + pick(['00', '01', '03', '11']) + digits(13); return p + luhnDigit(p); }); }
function makeMsTs(y, mo, d, h, mi, s) { return String(Date.UTC(y, mo - 1, d, h - 8, mi, s) + ri(0, 999)); }

// ---------------------------------------------------------------- regions → place text
const REGION_INFO = {
  330102: '杭州市|上城区', 330103: '杭州市|下城区', 330104: '杭州市|江干区', 330105: '杭州市|拱墅区', 330106: '杭州市|西湖区', 330108: '杭州市|滨江区', 330109: '杭州市|萧山区', 330110: '杭州市|余杭区',
  310101: '|黄浦区', 310103: '|卢湾区', 310104: '|徐汇区', 310105: '|长宁区', 310106: '|静安区', 310107: '|普陀区', 310108: '|闸北区', 310109: '|虹口区', 310110: '|杨浦区', 310112: '|闵行区', 310113: '|宝山区',
  320102: '南京市|玄武区', 320103: '南京市|白下区', 320104: '南京市|秦淮区', 320105: '南京市|建邺区', 320106: '南京市|鼓楼区', 320111: '南京市|浦口区', 320113: '南京市|栖霞区',
  510104: '成都市|锦江区', 510105: '成都市|青羊区', 510106: '成都市|金牛区', 510107: '成都市|武侯区', 510108: '成都市|成华区',
  410102: '郑州市|中原区', 410103: '郑州市|二七区', 410104: '郑州市|管城回族区', 410105: '郑州市|金水区',
  370202: '青岛市|市南区', 370203: '青岛市|市北区', 370205: '青岛市|四方区', 370211: '青岛市|黄岛区', 370212: '青岛市|崂山区', 370213: '青岛市|李沧区',
  420102: '武汉市|江岸区', 420103: '武汉市|江汉区', 420104: '武汉市|硚口区', 420106: '武汉市|武昌区', 420111: '武汉市|洪山区',
  620102: '兰州市|城关区', 620103: '兰州市|七里河区', 620104: '兰州市|西固区', 620105: '兰州市|安宁区',
  110101: '|东城区', 110102: '|西城区', 110103: '|崇文区', 110104: '|宣武区', 110105: '|朝阳区', 110106: '|丰台区', 110108: '|海淀区',
  350203: '厦门市|思明区', 350205: '厦门市|海沧区', 350206: '厦门市|湖里区', 350211: '厦门市|集美区',
  440303: '深圳市|罗湖区', 440304: '深圳市|福田区', 440305: '深圳市|南山区', 440306: '深圳市|宝安区', 440307: '深圳市|龙岗区',
  430102: '长沙市|芙蓉区', 430103: '长沙市|天心区', 430104: '长沙市|岳麓区', 430105: '长沙市|开福区', 430111: '长沙市|雨花区',
  130102: '石家庄市|长安区', 140105: '太原市|小店区', 150102: '呼和浩特市|新城区', 150103: '呼和浩特市|回民区', 210102: '沈阳市|和平区', 220102: '长春市|南关区',
  230102: '哈尔滨市|道里区', 340104: '合肥市|蜀山区', 341221: '阜阳市|临泉县|r', 360102: '南昌市|东湖区', 370102: '济南市|历下区', 411323: '南阳市|淅川县|r',
  430521: '邵阳市|邵东县|r', 450102: '南宁市|兴宁区', 500103: '|渝中区', 510722: '绵阳市|三台县|r', 520102: '贵阳市|南明区', 530102: '昆明市|五华区',
  610103: '西安市|碑林区', 640104: '银川市|兴庆区', 320623: '南通市|如东县|r', 330381: '温州市|瑞安市|r', 421081: '荆州市|石首市|r', 441521: '汕尾市|海丰县|r',
  350583: '泉州市|南安市|r', 120104: '|南开区', 650102: '乌鲁木齐市|天山区', 650103: '乌鲁木齐市|沙依巴克区', 650104: '乌鲁木齐市|新市区', 650105: '乌鲁木齐市|水磨沟区',
  540102: '拉萨市|城关区',
};
const GENERIC_STREETS = ['人民路', '解放路', '建设路', '中山路', '新华路', '胜利街', '光明路', '文化路', '团结路', '工农路'];
const TOWNS = ['城关镇', '河口镇', '新集镇', '桥头镇', '双河镇', '白果镇', '三里镇', '清水镇', '长岭镇', '东升镇'];
const VILLAGES = ['前进村', '新民村', '红星村', '团结村', '和平村', '东风村', '光明村', '向阳村', '联合村', '幸福村', '大湾村', '柳树村'];
function hukouAddr(region) {
  const info = (REGION_INFO[region] || '|').split('|');
  const prov = PROV[region.slice(0, 2)];
  const head = prov + info[0] + info[1];
  if (info[2] === 'r') return head + pick(TOWNS) + pick(VILLAGES) + ri(1, 12) + '组' + (chance(0.5) ? ri(1, 99) + '号' : '');
  return head + pick(GENERIC_STREETS) + ri(1, 280) + '号' + (chance(0.5) ? ri(1, 12) + '幢' + ri(1, 6) + '0' + ri(1, 4) + '室' : '');
}
function siteAddr(site, short) {
  const dist = pick(site.dists);
  const head = short ? dist : (site.prov === site.city ? '' : site.prov) + site.city + dist;
  const unit = pick([`${ri(1, 30)}幢${ri(1, 4)}单元${ri(1, 18)}0${ri(1, 4)}室`, `${ri(1, 30)}栋${ri(1, 18)}0${ri(1, 4)}`, `${ri(1, 30)}号楼${ri(1, 6)}0${ri(1, 4)}室`, `${ri(1, 30)}-${ri(1, 4)}-${ri(1, 18)}0${ri(1, 4)}`]);
  return head + pick(site.streets) + ri(1, 399) + '号' + pick(site.estates) + unit;
}

// ---------------------------------------------------------------- people
const GEN_YEARS = { elder: [1926, 1950], mid: [1950, 1982], young: [1984, 2004], staff: [1963, 2002] };
function givenFor(gen, male, by) {
  let pool2, pool1;
  if (gen === 'elder') { pool2 = male ? GIVEN.elderM2 : GIVEN.elderF2; pool1 = male ? GIVEN.elderM1 : GIVEN.elderF1; }
  else if (gen === 'mid' || (gen === 'staff' && by < 1984)) {
    pool2 = male ? GIVEN.midM2 : (gen === 'staff' && chance(0.6) ? GIVEN.staffF2 : GIVEN.midF2);
    pool1 = male ? GIVEN.midM1 : GIVEN.midF1;
  } else { pool2 = male ? GIVEN.youngM2 : GIVEN.youngF2; pool1 = male ? GIVEN.youngM1 : GIVEN.youngF1; }
  return chance(gen === 'young' || gen === 'staff' ? 0.8 : 0.85) ? pick(pool2) : pick(pool1);
}
const ALL_NAMES = new Set();
function makePerson(gen, o = {}) {
  const site = o.site;
  for (let tries = 0; ; tries++) {
    const male = o.sex ? o.sex === '男' : chance(gen === 'elder' ? 0.42 : gen === 'staff' ? 0.2 : 0.5);
    const [y1, y2] = o.years || GEN_YEARS[gen];
    const birth = randDate(y1, y2);
    let name, pyS = null, pyG = null, region;
    if (!o.sur && !o.noMinority && chance(0.02)) {
      const cand = MINORITY.filter((m) => m[1] === (male ? '男' : '女'));
      const mm = pick(cand); name = mm[0]; region = mm[2];
    } else {
      const sur = o.sur || (chance(0.015) ? pick(COMPOUND) : wpick(SUR_W));
      const g = givenFor(gen, male, birth.y);
      if (g.zh === sur.zh || (sur.zh.length === 2 && g.zh.length === 2 && chance(0.5))) continue;
      name = sur.zh + g.zh; pyS = sur.py; pyG = g.py;
      region = o.region || (site && chance(0.72) ? pick(site.regions) : pick(OTHER_REGIONS));
    }
    if (ALL_NAMES.has(name) && tries < 20) continue;
    ALL_NAMES.add(name);
    const surZh = pyS ? (COMPOUND.find((c) => name.startsWith(c.zh) && c.py === pyS) ? name.slice(0, 2) : name[0]) : null;
    const p = { name, surZh, pyS, pyG, male, sex: male ? '男' : '女', birth, region, gen };
    p.id = makeId(region, birth, male);
    p.mobile = makeMobile();
    return p;
  }
}
const SURNAME_OBJ = (zh) => SURNAMES.find((s) => s.zh === zh) || COMPOUND.find((s) => s.zh === zh);
// relatives of an elder
function relative(elder, rel, site) {
  const maleRel = ['儿子', '女婿', '孙子', '外孙', '侄子', '外甥', '长子', '次子', '兄弟', '丈夫'];
  const femRel = ['女儿', '儿媳', '孙女', '外孙女', '侄女', '长女', '次女', '姐妹', '妻子'];
  const sex = ['老伴', '配偶'].includes(rel) ? (elder.male ? '女' : '男') : maleRel.includes(rel) ? '男' : femRel.includes(rel) ? '女' : (chance(0.5) ? '男' : '女');
  let gen = 'mid', years = null, sur = null;
  const sameSur = ['儿子', '长子', '次子', '女儿', '长女', '次女', '孙子', '孙女', '侄子', '侄女', '兄弟', '姐妹'];
  if (['孙子', '孙女', '外孙', '外孙女', '外甥'].includes(rel)) { gen = 'young'; years = [Math.max(elder.birth.y + 45, 1976), Math.min(elder.birth.y + 72, 2004)]; }
  else if (['老伴', '丈夫', '妻子', '兄弟', '姐妹'].includes(rel)) { gen = 'elder'; years = [elder.birth.y - 4, Math.min(elder.birth.y + 6, 1955)]; }
  else { years = [Math.max(elder.birth.y + 20, 1946), Math.min(elder.birth.y + 42, 1988)]; }
  if (elder.surZh && sameSur.includes(rel) && !(rel.includes('女') && chance(0.25))) sur = SURNAME_OBJ(elder.surZh);
  if (elder.surZh && ['孙子', '孙女'].includes(rel) && elder.male) sur = SURNAME_OBJ(elder.surZh);
  return makePerson(gen, { sex, years, sur: sur || undefined, site, noMinority: !!sur });
}
const CHILD_RELS = [['儿子', 5], ['女儿', 5], ['儿媳', 1.5], ['女婿', 1], ['孙子', 1], ['孙女', 1], ['外孙女', 0.5], ['侄子', 0.6], ['老伴', 1], ['长子', 0.8], ['长女', 0.6]];
// e-mail
const MAIL_DOM = [['163.com', 6], ['126.com', 3], ['sina.com', 2], ['foxmail.com', 1.5], ['hotmail.com', 1], ['outlook.com', 1], ['aliyun.com', 1], ['sohu.com', 1], ['yeah.net', 1], ['gmail.com', 1], ['139.com', 0.5]];
function initials(py) { return py.replace(/(zh|ch|sh|[a-z])(?:[aeiouv]+n?g?r?)?/g, '$1').slice(0, 3); }
function emailFor(p) {
  if (p.email) return p.email;
  const styles = p.pyS ? [['qq', 4], ['full', 3], ['init', 2], ['dot', 1], ['m139', 0.5], ['nick', 1]] : [['qq', 5], ['m139', 1], ['nick', 1]];
  const e = uniq(() => {
    const st = wpick(styles);
    const yy = String(p.birth.y).slice(2), yyyy = String(p.birth.y), mmdd = pad(p.birth.m, 2) + pad(p.birth.d, 2);
    if (st === 'qq') return String(ri(1, 9)) + digits(ri(6, 9)) + '@qq.com';
    if (st === 'm139') { p.emailHasMobile = true; return p.mobile + pick(['@139.com', '@139.com', '@189.cn', '@wo.cn']); }
    if (st === 'full') return p.pyS + p.pyG + pick([yy, yyyy, mmdd, '', '_' + yy, String(ri(1, 999))]) + '@' + wpick(MAIL_DOM.filter((x) => x[0] !== '139.com'));
    if (st === 'init') return p.pyS + initials(p.pyG) + pick([yyyy, yy, mmdd, String(ri(10, 99))]) + '@' + wpick(MAIL_DOM);
    if (st === 'dot') return p.pyG + '.' + p.pyS + pick(['', yy]) + '@' + pick(['outlook.com', 'gmail.com', 'hotmail.com', '163.com']);
    return pick(['sunny', 'lucky', 'happy', 'xiaoyu', 'momo', 'tiantian', 'blue_sky', 'smile', 'ocean', 'jasmine', 'leaf', 'maple']) + pick(['_', '', '.']) + digits(ri(2, 4)) + '@' + wpick(MAIL_DOM.filter((x) => x[0] !== '139.com'));
  });
  p.email = e;
  return e;
}

// ---------------------------------------------------------------- written forms
const FW = (s) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));
function fmtMob(m, st) {
  switch (st) {
    case 'sp': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'dash': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case '+86': return '+86' + m;
    case '+86sp': return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case '+86-': return '+86-' + m;
    case '0086': return '0086 ' + m;
    case '86': return '86' + m;
    case '0': return '0' + m;
    case 'fw': return FW(m);
    default: return m;
  }
}
const MOB_STYLES = {
  plain: [['plain', 1]],
  form: [['plain', 10], ['sp', 2], ['dash', 2], ['fw', 1], ['+86sp', 0.4]],
  typed: [['plain', 8], ['sp', 2], ['dash', 2], ['fw', 0.7], ['+86', 0.5]],
  log: [['plain', 5], ['+86', 3], ['+86-', 1]],
  chat: [['plain', 6], ['sp', 2], ['dash', 1], ['fw', 1]],
};
const mobStyle = (prof) => wpick(MOB_STYLES[prof] || MOB_STYLES.plain);
function fmtId(id, st) {
  switch (st) {
    case 'x': return id.replace(/X$/, 'x');
    case 'sp': return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 'fw': return FW(id);
    case '15': return id.slice(0, 6) + id.slice(8, 17);
    default: return id;
  }
}
const idStyle = (prof) => wpick(prof === 'form' ? [['plain', 10], ['x', 2], ['sp', 1.5], ['fw', 1]] : prof === 'typed' ? [['plain', 12], ['x', 2], ['sp', 1], ['fw', 0.6]] : [['plain', 12], ['x', 2]]);
function fmtCard(c, st) {
  switch (st) {
    case 'sp4': return c.replace(/(\d{4})(?=\d)/g, '$1 ');
    case 'dash4': return c.replace(/(\d{4})(?=\d)/g, '$1-');
    case 'sp64': return c.slice(0, 6) + ' ' + c.slice(6);
    case 'fw': return FW(c);
    default: return c;
  }
}
const cardStyle = (prof) => wpick(prof === 'form' ? [['plain', 5], ['sp4', 4], ['dash4', 0.5], ['fw', 0.5]] : prof === 'typed' ? [['plain', 8], ['sp4', 3], ['dash4', 0.5], ['sp64', 0.5]] : [['plain', 1]]);
function fmtTel(t, st) {
  const a = t.startsWith('01') || t.startsWith('02') ? t.slice(0, 3) : t.slice(0, 4);
  const n = t.slice(a.length);
  const split = n.length === 8 ? n.slice(0, 4) + ' ' + n.slice(4) : n.slice(0, 3) + ' ' + n.slice(3);
  switch (st) {
    case 'paren': return `(${a})${n}`;
    case 'fwparen': return `（${a}）${n}`;
    case 'sp': return `${a} ${split}`;
    case '+86': return `+86 ${a.slice(1)} ${split}`;
    case 'ext': return `${a}-${n}转${ri(801, 8999)}`;
    case 'plain': return t;
    default: return `${a}-${n}`;
  }
}
const telStyle = () => wpick([['dash', 10], ['paren', 1.5], ['fwparen', 1], ['sp', 1.5], ['ext', 1], ['plain', 0.5], ['+86', 0.4]]);

// ---------------------------------------------------------------- document builder
class Doc {
  constructor(kind, site) { this.kind = kind; this.site = site || pick(SITES); this.ent = []; this.dc = []; this.dec = []; this.k = new Set(); this.year = ri(2022, 2025); }
  _add(list, det, v) { const key = list === this.ent ? 'E' : 'D'; const kk = key + det + '\u0000' + v; if (!this.k.has(kk)) { this.k.add(kk); list.push({ detector: det, value: v }); } }
  E(det, v) { this._add(this.ent, det, v); return v; }
  D(det, v) { this._add(this.dc, det, v); return v; }
  Y(kind, text) { text = String(text); const kk = 'Y' + kind + '\u0000' + text; if (!this.k.has(kk)) { this.k.add(kk); this.dec.push({ kind, text }); } return text; }
  nm(p) { const n = typeof p === 'string' ? p : p.name; this.E('person_name_zh', n); return n; }
  nmDc(p) { const n = typeof p === 'string' ? p : p.name; this.D('person_name_zh', n); return n; }
  mob(m, st = 'plain') { if (typeof m === 'object') m = m.mobile; this.E('cn_mobile', m); return fmtMob(m, st); }
  id(p, st = 'plain') { const id = typeof p === 'string' ? p : p.id; this.E('cn_resident_id', id); return fmtId(id, st); }
  card(c, st = 'plain') { const no = typeof c === 'string' ? c : c.no; this.E('bank_card', no); return fmtCard(no, st); }
  mail(p, upper = false) {
    const e = typeof p === 'string' ? p : emailFor(p);
    this.E('email', e.toLowerCase());
    if (/^1\d{10}@(139\.com|189\.cn|wo\.cn)$/.test(e)) this.E('cn_mobile', e.slice(0, 11));
    return upper ? e.replace(/^([a-z])/, (c) => c.toUpperCase()) : e;
  }
  tel(t, st = 'dash') { this.E('cn_landline', t); return fmtTel(t, st); }
  uscc(u) { this.E('cn_uscc', u); return u; }
  pp(x) { this.E('cn_passport', x); return x; }
  // masked values (decoys)
  mMob(m) { if (typeof m === 'object') m = m.mobile; return this.Y('masked_mobile', pick([m.slice(0, 3) + '****' + m.slice(7), m.slice(0, 3) + '****' + m.slice(7), m.slice(0, 3) + 'xxxx' + m.slice(7)])); }
  mId(p) { const id = typeof p === 'string' ? p : p.id; return this.Y('masked_id', pick([id.slice(0, 6) + '********' + id.slice(14), id.slice(0, 4) + '**********' + id.slice(14), id.slice(0, 3) + '*************' + id.slice(16), id.slice(0, 10) + '****' + id.slice(14)])); }
  mCard(c) { const no = typeof c === 'string' ? c : c.no; return this.Y('masked_card', pick([no.slice(0, 4) + ' **** **** ' + no.slice(-4), no.slice(0, 6) + '*********' + no.slice(-4), '**** **** **** ' + no.slice(-4)])); }
  mName(p) { const n = typeof p === 'string' ? p : p.name; const t = n.length === 2 ? n[0] + '*' : n.length === 3 ? pick([n[0] + '*' + n[2], n[0] + '**']) : n[0] + '*'.repeat(n.length - 1); return this.Y('masked_name', t); }
  out() {
    const entK = new Set(this.ent.map((e) => e.detector + '\u0000' + e.value));
    const dc = this.dc.filter((e) => !entK.has(e.detector + '\u0000' + e.value));
    return { kind: this.kind, text: this.text, entities: this.ent, dontCare: dc, decoys: this.dec };
  }
}

// ---------------------------------------------------------------- domain decoys
const dstr = (dt, st = 'dash') => st === 'cn' ? `${dt.y}年${dt.m}月${dt.d}日` : st === 'slash' ? `${dt.y}/${dt.m}/${dt.d}` : st === 'compact' ? `${dt.y}${pad(dt.m, 2)}${pad(dt.d, 2)}` : st === 'dot' ? `${dt.y}.${pad(dt.m, 2)}.${pad(dt.d, 2)}` : `${dt.y}-${pad(dt.m, 2)}-${pad(dt.d, 2)}`;
const tstr = (h, mi, s) => s === undefined ? `${pad(h, 2)}:${pad(mi, 2)}` : `${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}`;
const addDays = (dt, n) => { const x = new Date(Date.UTC(dt.y, dt.m - 1, dt.d + n)); return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() }; };
const dateIn = (y) => randDate(y, y);
const LETTERS = 'ABCDEFGH';
function bedNo() { const b = ri(1, 6), f = ri(1, 6), r = ri(1, 24), bed = ri(1, 3); return pick([`${b}号楼-${f}${pad(r, 2)}-${bed}床`, `${f}${pad(r, 2)}-${bed}`, `${pick(LETTERS.split(''))}${f}${pad(r, 2)}-${bed}`, `${b}-${f}${pad(r, 2)}床`, `${f}F-${pad(r, 2)}-${bed}床`]); }
function roomNo() { return pick([`${ri(1, 6)}${pad(ri(1, 24), 2)}室`, `${pick(LETTERS.split(''))}座${ri(1, 12)}${pad(ri(1, 20), 2)}`, `${ri(1, 5)}号楼${ri(1, 6)}${pad(ri(1, 20), 2)}`]); }
const CARE_LEVELS = ['特级护理', '一级护理', '二级护理', '三级护理', '自理', '介助', '介护', '专护', '全护理', '半护理'];
const LTC_LEVELS = ['失能一级', '失能二级', '失能三级', '重度失能', '中度失能', '轻度失能'];
function plotNo(site) { return pick([`${pick('ABCDEFG'.split(''))}区-${ri(1, 30)}排-${pad(ri(1, 40), 2)}号`, `${pick(['松柏园', '常青园', '万福园', '思亲园', '福寿区'])}${ri(1, 12)}排${pad(ri(1, 40), 2)}号`, `${pick('ABCDEF'.split(''))}-${pad(ri(1, 30), 2)}-${pad(ri(1, 40), 2)}`, `${ri(1, 9)}区${ri(1, 20)}排${ri(1, 40)}号`]); }
function cremNo(site, y) { const c = site.regions[0].slice(0, 4) + '00'; return pick([`${c}${y}${pad(ri(1, 9999), 6)}`, `${site.civ.slice(0, 1)}火字(${y})第${pad(ri(1, 9999), 6)}号`, `No.${y}${pad(ri(1, 99999), 6)}`, `HH${y}${pad(ri(1, 9999), 5)}`]); }
function funeralOrder(dt) { return pick([`BY${dstr(dt, 'compact')}-${pad(ri(1, 300), 4)}`, `FW${dstr(dt, 'compact')}${pad(ri(1, 300), 4)}`, `${dstr(dt, 'compact')}${pad(ri(6, 20), 2)}${pad(ri(0, 59), 2)}${pad(ri(0, 59), 2)}${pad(ri(1, 9999), 4)}`, `BZ-${dt.y}-${pad(ri(1, 9999), 5)}`]); }
function civDoc(site, y) { return pick([`${site.civ}发〔${y}〕${ri(1, 120)}号`, `${site.civ}〔${y}〕${ri(1, 120)}号`, `${site.civ}函〔${y}〕${ri(1, 80)}号`, `${site.civ.slice(0, 1)}民养〔${y}〕${ri(1, 60)}号`]); }
function devId() { return pick([`HW-${pick(LETTERS.split(''))}${ri(1, 9)}-${pad(ri(1, 99999), 5)}`, `ZX-W${ri(2, 9)}-${ri(2201, 2412)}-${pad(ri(1, 9999), 5)}`, `SOS-${pick(['K', 'M', 'T'])}${pad(ri(1, 999999), 6)}`, `YJ${ri(20, 25)}${pick(LETTERS.split(''))}${pad(ri(1, 99999), 5)}`]); }
function bp() { return `${ri(108, 178)}/${ri(58, 102)}`; }
const DRUGS = ['华法林钠片', '甘精胰岛素注射液', '安宫牛黄丸', '万爽力（盐酸曲美他嗪片）', '金水宝胶囊', '蒙脱石散', '硝苯地平控释片', '二甲双胍缓释片', '阿司匹林肠溶片', '阿托伐他汀钙片', '盐酸多奈哌齐片', '多巴丝肼片（美多芭）', '苯磺酸氨氯地平片', '复方丹参滴丸', '乳果糖口服溶液', '呋塞米片', '门冬胰岛素注射液', '雷贝拉唑钠肠溶片', '左甲状腺素钠片', '石斛夜光丸'];
function badMedicare(p) { // 18-digit 医保/社保 number typed with a wrong check char
  const body = p.id.slice(0, 17);
  const good = p.id[17];
  let c; do { c = String(ri(0, 9)); } while (c === good || (body.startsWith('62') && luhnOk(body + c)));
  return body + c;
}
function badDateId(region, by, male) { // ID with an impossible date but a correct check char (handwriting/typing error)
  for (;;) {
    const m = pick([2, 2, 4, 6, 9, 11, 13]); const d = m === 2 ? pick([30, 31]) : m === 13 ? ri(1, 28) : 31;
    const body = region + by + pad(m, 2) + pad(d, 2) + pad(ri(0, 99), 2) + String(male ? 1 : 2);
    const v = body + idCheckChar(body);
    if (!(v.startsWith('62') && luhnOk(v))) return v;
  }
}
function ssCardNo() { return pick('ABFJNRTU'.split('')) + digits(8); }
function bankSerial(dt) { return dstr(dt, 'compact') + String(ri(1, 9)) + digits(10); }
function ts14(dt) { return dstr(dt, 'compact') + pad(ri(0, 23), 2) + pad(ri(0, 59), 2) + pad(ri(0, 59), 2); }
function amount(lo, hi) { const v = ri(lo, hi); return v >= 1000 && chance(0.5) ? `${Math.floor(v / 1000)},${pad(v % 1000, 3)}.00` : `${v}.00`; }
function certNo() { return pick([`Y0000${digits(2)}0${digits(11)}`, `S0000${digits(2)}00${digits(10)}`, `${ri(2018, 2024)}${pick(['33', '31', '32', '51', '41'])}${pad(ri(1, 99999), 6)}`]); }
function invoiceCode(y) { return '0' + pick(['33', '31', '32', '51', '41', '37', '42']) + '00' + String(y).slice(2) + pad(ri(0, 99), 2) + digits(3); }
const PLACE_DECOYS = ['金华', '常熟', '江阴', '黄陂', '安庆', '宁波', '余姚', '邵阳', '周口', '高邮', '武进', '马鞍山', '龙岩', '温州', '林州', '吴江', '吉安', '曲阜', '孟州', '张家港', '石家庄', '余杭', '汤阴', '邹城', '黄冈', '华容', '商丘', '金坛'];
const PLACE_PLAIN = ['阜阳', '南阳', '信阳', '绵阳', '如东', '淅川', '临泉', '本地', '本市', '大竹', '巴中', '达州', '驻马店', '六安', '上饶', '赣州'];
const nativePlace = (d) => (chance(0.45) ? d.Y('place_name', pick(PLACE_DECOYS)) : pick(PLACE_PLAIN));
const FACILITY_WORDS = (site) => [site.home, site.home2, site.funeral, site.cemetery];

// ================================================================ document generators
const MED_TYPES = ['城镇职工医保', '城乡居民医保', '公费医疗', '新农合（已并入城乡居民）'];
const DISEASES = ['高血压', '2型糖尿病', '冠心病', '脑梗后遗症', '阿尔茨海默病', '帕金森病', '慢阻肺', '骨质疏松', '慢性心衰', '腰椎间盘突出', '白内障术后', '前列腺增生'];
const ALLERGY = ['无', '青霉素', '磺胺类', '海鲜', '头孢类', '不详'];
const WORKPLACES = ['第二棉纺织厂', '机床厂', '市第一中学', '供销社', '百货公司', '自来水公司', '铁路局', '人民医院', '粮食局', '纺织机械厂', '肉联厂', '搪瓷厂'];
const branch = (S) => `${S.city.replace('市', '')}${pick(S.streets).replace(/[路街道大]+$/, '')}支行`;
const relDecoy = (d, rel) => (/^孙/.test(rel) ? d.Y('relation_word', rel) : rel);

function genAdmission() {
  const d = new Doc('admission'); const S = d.site; const Y = d.year;
  const el = makePerson('elder', { site: S });
  const age = Y - el.birth.y;
  const reg = dateIn(Y);
  const nc = wpick([[1, 3], [2, 5], [3, 2]]);
  const rels = []; const cs = [];
  for (let i = 0; i < nc; i++) { let r; do { r = wpick(CHILD_RELS); } while (rels.includes(r) || (r === '老伴' && i > 0)); rels.push(r); cs.push(relative(el, r, S)); }
  const evalr = makePerson('staff', { site: S }); const clerk = makePerson('staff', { site: S });
  const home = makeLandline(S);
  const fac = makeLandline(S);
  const bank = makeCard();
  const payer = cs[0];
  const overseas = nc >= 2 && chance(0.25) ? 1 : -1;
  const L = [];
  if (chance(0.6)) {
    L.push(`${S.city}${S.home}`, '老年人入住登记表', '');
    L.push(`登记编号：${d.Y('archive_no', `RZ${Y}${pad(ri(1, 400), 4)}`)}          登记日期：${d.Y('date', dstr(reg, 'cn'))}`, '');
    L.push('一、老人基本信息');
    L.push(`姓    名：${d.nm(el)}          性    别：${el.sex}          民    族：${chance(0.9) ? '汉' : pick(['回', '满', '蒙古', '土家'])}`);
    L.push(`出生日期：${d.Y('date', dstr(el.birth, 'cn'))}     年    龄：${d.Y('age', age + '岁')}     婚姻状况：${pick(['丧偶', '已婚', '离异', '丧偶'])}`);
    const legacy = chance(0.08);
    L.push(`身份证号：${legacy ? d.id(el, '15') : d.id(el, idStyle('form'))}${legacy ? '（老证，未换领）' : ''}`);
    if (chance(0.6)) L.push(`籍    贯：${nativePlace(d)}`);
    L.push(`户籍地址：${hukouAddr(el.region)}`);
    L.push(`入住前住址：${siteAddr(S)}`);
    L.push(`联系电话：${chance(0.6) ? d.tel(home, telStyle()) + '（家）' : '无'}${chance(0.5) ? '  ' + d.mob(el, mobStyle('form')) + '（本人）' : ''}`);
    const med = chance(0.5) ? d.Y('medicare_no_badcheck', badMedicare(el)) : d.Y('social_security_card_no', ssCardNo());
    L.push(`医保类型：${pick(MED_TYPES)}     医保卡号：${med}`);
    L.push(`原工作单位：${S.city.replace('市', '')}${pick(WORKPLACES)}（退休）`);
    L.push(`既往病史：${sample(DISEASES, ri(1, 3)).join('、')}     过敏史：${pick(ALLERGY)}`);
    L.push(`入院血压：${d.Y('blood_pressure', bp())} mmHg   长期用药：${d.Y('drug_name', pick(DRUGS))}、${pick(DRUGS)}`);
    L.push(`护理等级：${d.Y('care_level', pick(CARE_LEVELS))}     床 位 号：${d.Y('bed_no', bedNo())}`);
    L.push('', '二、监护人/紧急联系人');
    cs.forEach((c, i) => {
      L.push(`（${i + 1}）姓名：${d.nm(c)}     与老人关系：${relDecoy(d, rels[i])}`);
      if (i === overseas) {
        L.push(`    证件类型：护照     证件号码：${d.pp(makePassport())}`);
        L.push(`    联系电话：${d.Y('foreign_phone', pick(['+1 (646) 555-0', '+61 4 1234 5', '+44 7700 900'])+ digits(3))}（境外）  国内联系：${d.mob(c, 'plain')}`);
        L.push(`    电子邮箱：${d.mail(c)}`);
      } else {
        L.push(`    身份证号：${d.id(c, idStyle('form'))}     手机：${d.mob(c, mobStyle('form'))}`);
        if (chance(0.5)) L.push(`    工作单位：${pick(['自由职业', '退休', S.city + pick(['电力公司', '第三人民医院', '某某科技有限公司'.replace('某某', pick(['恒达', '华信', '新宇']))]), '个体'])}     电子邮箱：${chance(0.7) ? d.mail(c) : '无'}`);
        L.push(`    现住址：${siteAddr(S)}`);
      }
    });
    L.push('', '三、收费及结算');
    L.push(`床位费：${d.Y('amount', amount(1200, 3600))}元/月   护理费：${amount(600, 3000)}元/月   伙食费：${amount(600, 1200)}元/月   押金：${amount(3000, 20000)}元`);
    if (chance(0.7)) {
      L.push(`结算方式：银行代扣     代扣户名：${d.nm(payer)}`);
      L.push(`开户银行：${bank.bank.name}${branch(S)}     卡号：${d.card(bank, cardStyle('form'))}`);
    } else L.push('结算方式：每月10日前现金/扫码缴纳');
    L.push('', '四、签字确认');
    L.push(`入住评估员：${d.nm(evalr)}     经办人：${d.nm(clerk)}     院办电话：${d.tel(fac, 'dash')}`);
    L.push(`监护人签字：${d.nm(payer)}          日期：${d.Y('date', dstr(reg, 'cn'))}`);
  } else {
    L.push(`${S.home} 入住登记表（${Y}版）`);
    L.push(`| 姓名 | ${d.nm(el)} | 性别 | ${el.sex} | 出生年月 | ${d.Y('date', el.birth.y + '.' + pad(el.birth.m, 2))} |`);
    L.push(`| 身份证号 | ${d.id(el, idStyle('typed'))} | 年龄 | ${age} | 护理等级 | ${d.Y('care_level', pick(CARE_LEVELS))} |`);
    L.push(`| 床位 | ${d.Y('bed_no', bedNo())} | 入住日期 | ${d.Y('date', dstr(reg))} | 医保卡号 | ${d.Y('social_security_card_no', ssCardNo())} |`);
    L.push(`| 家庭住址 | ${siteAddr(S)} | | | | |`);
    L.push(`| 主要疾病 | ${sample(DISEASES, 2).join('，')} | 血压 | ${d.Y('blood_pressure', bp())} | 饮食 | ${pick(['普食', '软食', '低盐低脂', '糖尿病餐', '流质'])} |`);
    L.push('| 联系人 | 关系 | 身份证号 | 手机 | 备注 | |');
    cs.forEach((c, i) => {
      L.push(`| ${d.nm(c)} | ${relDecoy(d, rels[i])} | ${i === overseas ? '护照 ' + d.pp(makePassport()) : d.id(c, 'plain')} | ${d.mob(c, mobStyle('typed'))} | ${i === 0 ? '第一联系人' : ''} | |`);
    });
    if (chance(0.6)) L.push(`| 代扣银行 | ${bank.bank.br} | 卡号 | ${d.card(bank, 'plain')} | 户名 | ${d.nm(payer)} |`);
    L.push(`| 经办人 | ${d.nm(clerk)} | 评估员 | ${d.nm(evalr)} | 登记日期 | ${dstr(reg)} |`);
  }
  d.text = L.join('\n');
  return d;
}

function genArchiveCsv() {
  const d = new Doc('archive_csv'); const S = d.site; const Y = d.year;
  const n = ri(6, 18);
  const withMail = chance(0.55), withGid = chance(0.5), withJg = chance(0.5), sep = chance(0.85) ? ',' : '\t';
  const cols = ['档案号', '姓名', '性别', '出生日期', '年龄'].concat(withJg ? ['籍贯'] : [], ['身份证号', '楼层房间', '床位', '护理等级', '入住日期', '监护人', '关系', '监护人电话']);
  if (withGid) cols.push('监护人身份证');
  if (withMail) cols.push('监护人邮箱');
  cols.push('备注');
  const q = (s) => (sep === ',' && /[,"\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s);
  const rows = [cols.join(sep)];
  for (let i = 0; i < n; i++) {
    const el = makePerson('elder', { site: S });
    const rel = wpick(CHILD_RELS); const g = relative(el, rel, S);
    const idRaw = el.id;
    let idCell;
    const r = rnd();
    if (r < 0.04) idCell = d.Y('excel_sci', (+idRaw.slice(0, 6) / 1e5).toFixed(5).replace(/0+$/, '') + 'E+17');
    else if (r < 0.12) idCell = "'" + d.id(el);
    else if (r < 0.18) idCell = '\t' + d.id(el);
    else if (r < 0.22) idCell = d.id(el, '15');
    else idCell = d.id(el, idStyle('export'));
    const phones = chance(0.15) ? d.mob(g) + pick(['/', '；', ' ']) + d.mob(makeMobile()) : chance(0.1) ? d.mob(g, 'dash') : d.mob(g);
    const row = [d.Y('archive_no', `DA${Y}${pad(ri(1, 999), 4)}`), d.nm(el), el.sex, d.Y('date', dstr(el.birth, chance(0.5) ? 'dash' : 'slash')), String(Y - el.birth.y)].concat(withJg ? [nativePlace(d)] : [], [idCell,
      d.Y('room_no', roomNo()), d.Y('bed_no', String(ri(1, 3)) + '床'), pick(CARE_LEVELS), d.Y('date', dstr(dateIn(ri(2015, Y)))), d.nm(g), relDecoy(d, rel), phones]);
    if (withGid) row.push(chance(0.85) ? d.id(g) : '');
    if (withMail) row.push(chance(0.75) ? d.mail(g) : '');
    const note = pick([() => '', () => '', () => '', () => `血压${d.Y('blood_pressure', bp())}偏高`, () => '鼻饲', () => '家属要求每周视频', () => `已退住${d.Y('date', dstr(dateIn(Y)))}`, () => '欠费2个月', () => '防走失手环', () => `服${d.Y('drug_name', pick(DRUGS))}`, () => '低保', () => '独生子女在外地'])();
    row.push(note);
    rows.push(row.map(q).join(sep));
  }
  d.text = rows.join('\n') + '\n';
  return d;
}

const SERVICES = [['助浴', 60], ['助洁', 40], ['助餐配送', 15], ['理发', 20], ['陪同就医', 80], ['康复按摩', 70], ['上门护理', 90], ['代购代办', 30], ['精神慰藉', 50], ['修脚', 30]];
function genWorkorder() {
  const d = new Doc('workorder'); const S = d.site; const Y = d.year;
  const org = pick(['颐康居家养老服务有限公司', '安康家政服务部', '爱心久久养老服务中心', '易家政居家服务社', '夕阳红居家养老服务站']);
  const orgU = makeUscc(pick(['91', '52']), S.regions[0]);
  const n = wpick([[1, 4], [2, 3], [3, 2], [5, 1]]);
  const objs = [];
  const pretty = chance(0.5);
  for (let i = 0; i < n; i++) {
    const el = makePerson('elder', { site: S });
    const w = makePerson('staff', { site: S });
    const frel = wpick(CHILD_RELS);
    const fam = relative(el, frel, S);
    const dt = dateIn(Y); const h = ri(8, 16);
    const svc = pick(SERVICES);
    const o = {
      orderNo: d.Y('work_order_no', `JJ${dstr(dt, 'compact')}${pad(ri(1, 9999), 4)}`),
      createTime: +d.Y('ms_timestamp', makeMsTs(dt.y, dt.m, dt.d, ri(7, 9), ri(0, 59), ri(0, 59))),
      serviceItem: svc[0], serviceOrg: org, orgCreditCode: d.uscc(orgU),
      elder: { name: d.nm(el), gender: el.sex, age: Y - el.birth.y, idCard: d.id(el), phone: chance(0.4) ? d.tel(makeLandline(S), 'plain') : d.mob(el), address: siteAddr(S), careLevel: d.Y('care_level', pick(LTC_LEVELS)), subsidyType: pick(['高龄', '低保', '失能', '空巢独居', '计生特扶']) },
      contact: chance(0.7) ? { name: d.nm(fam), relation: relDecoy(d, frel), mobile: d.mob(fam) } : null,
      worker: { name: d.nm(w), workerNo: d.Y('staff_no', `GZ${pad(ri(1, 999), 4)}`), mobile: d.mob(w) },
      appointment: d.Y('datetime', `${dstr(dt)} ${tstr(h, 0)}-${tstr(h + 1, 0)}`),
      checkIn: { time: d.Y('datetime', `${dstr(dt)} ${tstr(h, ri(0, 15), ri(0, 59))}`), lng: +(S.lng + (rnd() - 0.5) * 0.2).toFixed(6), lat: +(S.lat + (rnd() - 0.5) * 0.2).toFixed(6) },
      checkOut: { time: d.Y('datetime', `${dstr(dt)} ${tstr(h + 1, ri(0, 20), ri(0, 59))}`) },
      fee: { total: svc[1], govSubsidy: svc[1], selfPay: 0 },
      evaluation: { score: ri(4, 5), comment: pick(['服务很好', '护理员很耐心', '准时', '', '老人很满意']) },
    };
    if (!o.contact) delete o.contact;
    objs.push(o);
  }
  d.text = pretty ? JSON.stringify({ code: 0, msg: 'success', total: n, data: objs }, null, 2) : objs.map((o) => JSON.stringify(o)).join('\n');
  return d;
}

function genMealList() {
  const d = new Doc('meal_list'); const S = d.site; const Y = d.year; const M = ri(1, 12);
  const point = pick(['万家福老年食堂', '金秋助餐点', '高桥社区长者食堂', '安心食堂', '康乐餐厅']);
  const L = [`${S.street}${d.Y('facility_name', point)} ${Y}年${M}月助餐登记名单`, `制表：${'@N1'}   联系电话：${'@T1'}`, ''];
  L.push(['序号', '助餐卡号', '姓名', '性别', '年龄', '身份证号', '联系电话', '就餐方式', '补贴类别', '送餐地址', '登记日期', '本月餐费', '备注'].join('\t'));
  const n = ri(8, 22);
  for (let i = 1; i <= n; i++) {
    const el = makePerson('elder', { site: S });
    const mode = pick(['堂食', '堂食', '送餐', '自取']);
    const idc = chance(0.15) ? d.mId(el) : d.id(el, idStyle('export'));
    const ph = chance(0.3) ? d.tel(makeLandline(S), chance(0.5) ? 'dash' : 'plain') : chance(0.08) ? d.mMob(el) : d.mob(el, mobStyle('typed'));
    L.push([i, d.Y('meal_card_no', `ZC${S.regions[0].slice(2)}${pad(ri(1, 9999), 4)}`), d.nm(el), el.sex, Y - el.birth.y, idc, ph, mode, pick(['80周岁以上', '低保', '特困', '失能', '独居', '自费']), mode === '送餐' ? siteAddr(S, true) : '', d.Y('date', dstr(dateIn(ri(Y - 3, Y - 1)), 'slash')), d.Y('amount', (ri(300, 1800) / 10).toFixed(2)), pick(['', '', '低糖', '少盐', '软食', '忌辣', '清真'])].join('\t'));
  }
  const maker = makePerson('mid', { site: S });
  d.text = L.join('\n').replace('@N1', d.nm(maker)).replace('@T1', d.mob(maker, 'plain'));
  return d;
}

function genSubsidyRoster() {
  const d = new Doc('subsidy_roster'); const S = d.site; const Y = d.year; const M = ri(1, 12);
  const kind = pick(['高龄津贴', '养老服务补贴', '高龄津贴', '困难老人护理补贴']);
  const dist = pick(S.dists);
  const std = kind === '高龄津贴' ? [[80, 89, 100], [90, 99, 300], [100, 120, 600]] : [[60, 120, 200]];
  const layout = pick(['pipe', 'fixed', 'pdf']);
  const L = [`${S.city}${dist}${S.street}${Y}年${M}月${kind}发放名册`, `依据：${d.Y('civil_doc_no', civDoc(S, Y - 1))}    发放方式：社会化发放（银行代发）    制表日期：${d.Y('date', dstr({ y: Y, m: M, d: ri(1, 10) }))}`, ''];
  const hdr = ['序号', '姓名', '性别', '身份证号码', '年龄', '标准(元)', '开户行', '银行卡号', '户名', '津贴证号', '出生日期', '联系电话'];
  const n = ri(8, 18);
  let total = 0;
  const rows = [];
  for (let i = 1; i <= n; i++) {
    const el = makePerson('elder', { site: S, years: kind === '高龄津贴' ? [1922, Y - 80] : [1930, 1950] });
    const age = Y - el.birth.y;
    const s = std.find((x) => age >= x[0] && age <= x[1]) || std[0];
    total += s[2];
    const proxy = chance(0.18) ? relative(el, pick(['儿子', '女儿', '儿媳']), S) : null;
    const c = makeCard(wpick([[BANKS[6], 3], [BANKS[7], 3], [BANKS[1], 2], [BANKS[0], 1], [BANKS[3], 1]]));
    const legacy = chance(0.06);
    const cert = `GL${S.regions[0]}-${ri(Y - 8, Y)}-${pad(ri(1, 9999), 4)}`;
    rows.push({ i, el, age, s, proxy, c, legacy, cert });
  }
  if (layout === 'pipe') {
    L.push('|' + hdr.join('|') + '|'); L.push('|' + hdr.map(() => '---').join('|') + '|');
    for (const r of rows) L.push('|' + [r.i, d.nm(r.el), r.el.sex, r.legacy ? d.id(r.el, '15') : d.id(r.el, idStyle('typed')), r.age, r.s[2], r.c.bank.br, d.card(r.c, cardStyle('typed')), r.proxy ? d.nm(r.proxy) + '(代领)' : r.el.name, d.Y('subsidy_cert_no', r.cert), d.Y('date', dstr(r.el.birth)), d.mMob(r.proxy || r.el)].join('|') + '|');
  } else if (layout === 'fixed') {
    const w = [4, 8, 4, 20, 5, 8, 10, 22, 8, 22, 12];
    const fx = (a) => a.map((v, k) => String(v).padEnd(w[k] || 0)).join(' ').trimEnd();
    L.push(fx(hdr));
    for (const r of rows) L.push(fx([r.i, d.nm(r.el), r.el.sex, r.legacy ? d.id(r.el, '15') : d.id(r.el), r.age, r.s[2] + '.00', r.c.bank.br, d.card(r.c), r.proxy ? d.nm(r.proxy) : r.el.name, d.Y('subsidy_cert_no', r.cert), d.Y('date', dstr(r.el.birth)), d.mMob(r.proxy || r.el)]));
  } else { // text extracted from a PDF: long card numbers wrap into the next line
    L.push(hdr.join(' '));
    for (const r of rows) {
      const no = d.card(r.c); const cut = ri(12, 14);
      L.push([r.i, d.nm(r.el), r.el.sex, d.id(r.el), r.age, r.s[2] + '.00', r.c.bank.br, no.slice(0, cut)].join(' '));
      L.push(' '.repeat(48) + no.slice(cut) + ' ' + (r.proxy ? d.nm(r.proxy) + ' 代领' : r.el.name) + ' ' + d.Y('subsidy_cert_no', r.cert) + ' ' + d.Y('date', dstr(r.el.birth)) + ' ' + d.mMob(r.proxy || r.el));
    }
  }
  const maker = makePerson('mid', { site: S }), checker = makePerson('mid', { site: S });
  L.push('', `合计：${n}人     金额：${d.Y('amount', total.toFixed(2))}元`);
  L.push(`制表人：${d.nm(maker)}     审核人：${d.nm(checker)}     ${S.street}社会事务办  电话：${d.tel(makeLandline(S), 'dash')}`);
  d.text = L.join('\n');
  return d;
}

const POSTS = [['护理员', 10], ['护理组长', 2], ['护士', 2], ['康复师', 1], ['文员', 1], ['司机', 1], ['厨师', 1], ['保洁', 1], ['社工', 1], ['营养师', 0.5]];
function genStaffRoster() {
  const d = new Doc('staff_roster'); const S = d.site; const Y = d.year;
  const n = ri(6, 14);
  const cols = ['序号', '工号', '姓名', '性别', '籍贯', '身份证号', '手机号', '岗位', '楼层', '证书编号', '健康证编号', '出生日期', '入职日期', '合同到期', '工资卡开户行', '工资卡号', '电子邮箱', '紧急联系人', '紧急联系电话'];
  const L = [cols.join(',')];
  let sno = ri(1, 200);
  for (let i = 1; i <= n; i++) {
    const p = makePerson('staff', { site: S });
    const post = wpick(POSTS);
    const c = makeCard();
    const ec = makePerson(p.birth.y < 1980 ? 'mid' : 'young', { site: S, sur: chance(0.4) ? SURNAME_OBJ(p.surZh || '王') : undefined });
    const postTxt = ['康复师', '文员', '司机'].includes(post) ? d.Y('job_title', post) : post;
    L.push([i, d.Y('staff_no', `H${pad(sno += ri(1, 9), 3)}`), d.nm(p), p.sex, nativePlace(d), d.id(p, idStyle('export')), d.mob(p), postTxt, `${ri(1, 6)}F`, post.startsWith('护理') ? d.Y('cert_no', certNo()) : '', d.Y('health_cert_no', `JK${Y}-${S.regions[0]}-${pad(ri(1, 99999), 5)}`), d.Y('date', dstr(p.birth, 'slash')), d.Y('date', dstr(dateIn(ri(2012, Y)))), d.Y('date', dstr(dateIn(ri(Y + 1, Y + 3)))), c.bank.name, d.card(c), chance(0.75) ? d.mail(p) : '', d.nm(ec), d.mob(ec)].join(','));
  }
  d.text = L.join('\n') + '\n';
  return d;
}

const WEEK = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];
function genShift() {
  const d = new Doc('shift_schedule'); const S = d.site; const Y = d.year;
  let st; do { st = dateIn(Y); } while (new Date(Date.UTC(st.y, st.m - 1, st.d)).getUTCDay() !== 1);
  const bld = ri(1, 5);
  const L = [`${S.home} ${bld}号楼护理部排班表（${st.m}月${st.d}日—${addDays(st, 6).m}月${addDays(st, 6).d}日）`, ''];
  const days = [...Array(7)].map((_, k) => { const x = addDays(st, k); return `${x.m}/${x.d} ${d.Y('weekday', WEEK[k])}`; });
  L.push('| 姓名 | 工号 | ' + days.join(' | ') + ' |');
  L.push('|' + '---|'.repeat(9));
  const n = ri(6, 14);
  const staff = [];
  for (let i = 0; i < n; i++) {
    const p = makePerson('staff', { site: S }); staff.push(p);
    L.push(`| ${d.nm(p)} | H${pad(100 + i * 7 + ri(0, 6), 3)} | ` + [...Array(7)].map(() => pick(['白', '白', '夜', '休', 'A', 'P'])).join(' | ') + ' |');
  }
  L.push('', `班次说明：${d.Y('shift_word', '白班')} 07:00-19:00；夜班 19:00-次日07:00；A班 07:00-15:00；P班 15:00-23:00。换班须提前一天报护理组长。`);
  const lead = staff[0], nurse = makePerson('mid', { site: S });
  L.push(`护理组长：${d.nm(lead)} ${d.mob(lead, mobStyle('typed'))}    护士长：${d.nm(nurse)} ${d.mob(nurse, mobStyle('typed'))}`);
  L.push(`${bld}号楼护士站：${d.tel(makeLandline(S), telStyle())}    院总值班：${d.Y('service_hotline', pick(['12349', '96345']))}转${bld}`);
  if (chance(0.5)) L.push(`本周${d.Y('care_level', '特级护理')}老人：${sample(['201-1', '203-2', '305-1', '206-3', '310-2'], 2).map((b) => d.Y('bed_no', b)).join('、')}，夜班每2小时翻身一次。`);
  d.text = L.join('\n');
  return d;
}

function genVisitLog() {
  const d = new Doc('visit_log'); const S = d.site; const Y = d.year; const M = ri(1, 12);
  const online = chance(0.4);
  const L = [];
  const n = ri(5, 14);
  if (online) {
    L.push(['预约号', '预约人', '手机号', '证件号', '邮箱', '被探视老人', '房间', '关系', '预约时段', '核验结果', '提交时间'].join(','));
    for (let i = 0; i < n; i++) {
      const el = makePerson('elder', { site: S }); const rel = wpick(CHILD_RELS); const v = relative(el, rel, S);
      const dt = { y: Y, m: M, d: ri(1, dim(Y, M)) }; const h = pick([9, 10, 14, 15, 16]);
      L.push([d.Y('work_order_no', `TS${dstr(dt, 'compact')}${pad(ri(1, 999), 3)}`), d.nm(v), d.mob(v), d.id(v, 'x'), chance(0.6) ? d.mail(v) : '', d.nm(el), d.Y('room_no', roomNo()), relDecoy(d, rel), d.Y('datetime', `${dstr(dt)} ${h}:00-${h + 1}:00`), pick(['已核验', '已核验', '未到访', '已取消']), d.Y('datetime', `${dstr(addDays(dt, -ri(1, 3)))} ${tstr(ri(7, 22), ri(0, 59), ri(0, 59))}`)].join(','));
    }
  } else {
    L.push(`${S.home} 探视登记表    ${Y}年${M}月`, '');
    L.push('| 日期 | 到访时间 | 探视人 | 身份证号 | 联系电话 | 被探视老人 | 房间/床位 | 关系 | 体温 | 离开时间 | 备注 |');
    L.push('|' + '---|'.repeat(11));
    for (let i = 0; i < n; i++) {
      const dt = { y: Y, m: M, d: ri(1, dim(Y, M)) }; const h = ri(9, 17), mi = ri(0, 59);
      const el = makePerson('elder', { site: S });
      if (chance(0.08)) {
        const org = pick(['居委会', '单位工会', '居委会']);
        L.push(`| ${dstr(dt, 'slash').slice(5)} | ${tstr(h, mi)} | ${d.Y('org_word', org)} | | ${d.tel(makeLandline(S), 'dash')} | ${d.nm(el)} | ${d.Y('bed_no', bedNo())} | 慰问 | 36.${ri(2, 7)} | ${tstr(h + 1, ri(0, 59))} | 送慰问品 |`);
        continue;
      }
      const rel = wpick(CHILD_RELS); const v = relative(el, rel, S);
      L.push(`| ${d.Y('date', dstr(dt, 'slash').slice(5))} | ${d.Y('time', tstr(h, mi))} | ${d.nm(v)} | ${chance(0.15) ? d.mId(v) : chance(0.06) ? d.Y('id_bad_date', badDateId(v.region, v.birth.y, v.male)) : d.id(v, idStyle('typed'))} | ${d.mob(v, mobStyle('typed'))} | ${d.nm(el)} | ${d.Y('bed_no', bedNo())} | ${relDecoy(d, rel)} | ${d.Y('temperature', `36.${ri(2, 8)}℃`)} | ${chance(0.9) ? d.Y('time', (() => { const t = h * 60 + mi + ri(20, 150); return tstr(Math.min(Math.floor(t / 60), 20), t % 60); })()) : ''} | ${pick(['', '', '带水果', '陪同外出就医', '送衣物', '视频办理缴费'])} |`);
    }
    const guard = makePerson('staff', { site: S });
    L.push('', `登记人（门卫）：${d.nm(guard)}`);
  }
  d.text = L.join('\n');
  return d;
}

const ALARM_TYPES = [['SOS', 4], ['FALL', 2], ['HR_HIGH', 1], ['LOW_BATTERY', 2], ['FENCE_OUT', 1], ['SLEEP_LEAVE_BED', 1]];
function genAlarmJson() {
  const d = new Doc('alarm_json'); const S = d.site; const Y = d.year;
  const ne = ri(2, 6);
  const elders = [];
  for (let i = 0; i < ne; i++) {
    const el = makePerson('elder', { site: S });
    const fams = [relative(el, wpick(CHILD_RELS), S)]; if (chance(0.5)) fams.push(relative(el, wpick(CHILD_RELS), S));
    elders.push({ el, fams, imei: makeImei(), dev: devId(), sim: chance(0.5) ? makeUnallocMobile() : '1064' + digits(9), room: roomNo(), addr: siteAddr(S, true), lat: S.lat + (rnd() - 0.5) * 0.2, lng: S.lng + (rnd() - 0.5) * 0.2 });
  }
  const lines = [];
  const dt = dateIn(Y);
  let h = ri(0, 5), mi = ri(0, 59);
  const nev = ri(5, 14);
  for (let k = 0; k < nev; k++) {
    const e = pick(elders); const type = wpick(ALARM_TYPES);
    mi += ri(1, 40); if (mi > 59) { h = (h + 1) % 24; mi -= 60; }
    const s = ri(0, 59);
    const ev = { ts: +d.Y('ms_timestamp', makeMsTs(dt.y, dt.m, dt.d, h, mi, s)), imei: d.Y('imei', e.imei), deviceId: d.Y('device_id', e.dev), type };
    if (chance(0.4)) ev.sim = d.Y(e.sim.startsWith('1064') ? 'iot_msisdn' : 'unallocated_mobile', e.sim);
    ev.elder = { name: d.nm(e.el), room: d.Y('room_no', e.room) };
    if (chance(0.3)) ev.elder.idNo = d.id(e.el);
    if (type === 'HR_HIGH') { ev.hr = ri(110, 150); ev.bp = d.Y('blood_pressure', bp()); }
    if (type === 'LOW_BATTERY') ev.battery = ri(3, 15);
    else { const far = type === 'FENCE_OUT'; ev.loc = { lat: +(e.lat + (far ? 0.02 : 0.0003) * (rnd() - 0.5)).toFixed(6), lng: +(e.lng + (far ? 0.02 : 0.0003) * (rnd() - 0.5)).toFixed(6), addr: far ? `${pick(S.dists)}${pick(S.streets)}附近` : e.addr }; }
    if (['SOS', 'FALL', 'FENCE_OUT'].includes(type)) {
      ev.notify = e.fams.map((f, j) => ({ seq: j + 1, name: d.nm(f), phone: d.mob(f, mobStyle('log')), ...(chance(0.7) ? { channel: 'VOICE', result: pick(['ANSWERED', 'NO_ANSWER', 'BUSY', 'ANSWERED']) } : { channel: 'SMS', result: pick(['DELIVERED', 'DELIVERED', 'FAILED']) }) }));
    }
    lines.push(JSON.stringify(ev));
  }
  d.text = lines.join('\n') + '\n';
  return d;
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function genAlarmSyslog() {
  const d = new Doc('alarm_syslog'); const S = d.site; const Y = d.year;
  const dt = dateIn(Y);
  const host = pick(['yl-callgw01', 'callsvr-3f', 'jjyl-platform02', 'nurse-call-01']);
  const pid = ri(800, 9000), pid2 = ri(800, 9000);
  let h = ri(0, 23), mi = ri(0, 50), s = ri(0, 59);
  const stamp = () => { s += ri(1, 40); if (s > 59) { s -= 60; mi++; } if (mi > 59) { mi = 0; h = (h + 1) % 24; } return d.Y('datetime', `${MON[dt.m - 1]} ${String(dt.d).padStart(2, ' ')} ${tstr(h, mi, s)}`); };
  const L = [];
  const nCalls = ri(2, 5);
  for (let c = 0; c < nCalls; c++) {
    const el = makePerson('elder', { site: S });
    const fam = relative(el, wpick(CHILD_RELS), S);
    const duty = makePerson('staff', { site: S });
    const home = chance(0.5);
    const aid = `AL${dstr(dt, 'compact')}${pad(ri(1, 9999), 4)}`;
    if (home) {
      const ll = makeLandline(S);
      L.push(`${stamp()} ${host} callsvr[${pid}]: ALARM id=${d.Y('work_order_no', aid)} type=ONE_KEY_CALL src=${d.tel(ll, 'plain')} elder="${d.nm(el)}" addr="${siteAddr(S, true)}" level=URGENT`);
    } else {
      L.push(`${stamp()} ${host} callsvr[${pid}]: ALARM id=${d.Y('work_order_no', aid)} type=BED_CALL room=${d.Y('room_no', roomNo())} bed=${ri(1, 3)} elder="${d.nm(el)}" level=${pick(['URGENT', 'NORMAL'])}`);
    }
    L.push(`${stamp()} ${host} callsvr[${pid}]: NOTIFY station=${ri(1, 5)}F duty="${d.nm(duty)}" ${d.Y('extension', 'ext=' + ri(8001, 8399))}`);
    if (chance(0.6)) L.push(`${stamp()} ${host} callsvr[${pid}]: ACK id=${aid} by="${duty.name}" cost=${ri(8, 90)}s`);
    else {
      const m = fam.mobile;
      L.push(`${stamp()} ${host} callsvr[${pid}]: ESCALATE id=${aid} reason=NO_ACK_60S next=FAMILY`);
      L.push(`${stamp()} ${host} sipgw[${pid2}]: INVITE sip:${d.mob(m, pick(['plain', '0']))}@10.${ri(0, 20)}.${ri(0, 9)}.${ri(1, 254)}:5060 from=${pick(['8000', '8001'])} call-id=${digits(8)}-${digits(4)}`);
      L.push(`${stamp()} ${host} callsvr[${pid}]: DIAL id=${aid} to=${fmtMob(m, 'plain')} name="${d.nm(fam)}" rel=${pick(['son', 'daughter', 'relative'])} result=${pick(['NO_ANSWER', 'ANSWERED', 'BUSY'])} dur=${ri(0, 120)}s`);
    }
  }
  L.push(`${stamp()} ${host} callsvr[${pid}]: HEARTBEAT devices_online=${ri(80, 300)} offline=${ri(0, 9)} ts=${d.Y('ts14', dstr(dt, 'compact') + pad(h, 2) + pad(mi, 2) + pad(s, 2))}`);
  d.text = L.join('\n') + '\n';
  return d;
}

function kinOf(f) {
  const m = f.el.male;
  if (['孙女', '孙子'].includes(f.rel)) return m ? '我爷爷' : '我奶奶';
  if (f.rel === '儿媳') return m ? '我公公' : '我婆婆';
  return m ? '我爸' : '我妈';
}
function genFamilyChat() {
  const d = new Doc('family_chat'); const S = d.site; const Y = d.year;
  const bld = ri(1, 5);
  const lead = makePerson('staff', { site: S }); const nurse = makePerson('staff', { site: S });
  const fams = []; for (let i = 0; i < ri(3, 6); i++) { const el = makePerson('elder', { site: S }); const rel = pick(['女儿', '儿子', '儿媳', '孙女']); fams.push({ el, rel, p: relative(el, rel, S), bed: `${ri(1, 3)}${pad(ri(1, 20), 2)}-${ri(1, 3)}` }); }
  const L = [`微信群「${S.home.replace(/^.{2,3}区/, '')}${bld}号楼家属群」聊天记录导出`, ''];
  let dt = dateIn(Y); let h = 8, mi = ri(0, 20);
  const when = () => { mi += ri(1, 50); if (mi > 59) { mi -= 60; h++; } if (h > 21) { h = 8; dt = addDays(dt, 1); L.push('', `—————  ${d.Y('date', dstr(dt))}  —————`); } return d.Y('time', tstr(h, mi)); };
  L.push(`—————  ${d.Y('date', dstr(dt))}  —————`);
  const leadNick = `${bld}号楼护理组长-${d.nmDc(lead)}`;
  L.push(`${leadNick} ${when()}`, `各位家属早上好！本周六上午9:00-11:00院内统一理发，有特殊要求的请私信我。本楼护理组长${d.nm(lead)}，电话${d.mob(lead, mobStyle('chat'))}，夜间有急事请打护士站${d.tel(makeLandline(S), 'dash')}。`);
  for (const f of fams) {
    const nick = pick([() => `${f.bed}${d.nmDc(f.el)}${f.rel}`, () => d.nmDc(f.p), () => `${d.nmDc(f.p)}（${f.bed}）`, () => pick(['平安是福', '阳光', '开心就好', '岁月静好', '🍀小叶子'])])();
    const r = rnd();
    if (r < 0.3) {
      L.push(`${nick} ${when()}`, `@${lead.name} 我是${f.bed}${d.nmDc(f.el)}的${f.rel}${d.nm(f.p)}，换新号码了 ${d.mob(f.p, mobStyle('chat'))}，麻烦帮忙更新一下紧急联系人，谢谢`);
      L.push(`${leadNick} ${when()}`, '好的收到，已更新');
    } else if (r < 0.5) {
      const c = makeCard();
      L.push(`${nick} ${when()}`, `${lead.name}组长，${kinOf(f)}退住的押金退到这张卡：${'\n'}户名：${d.nm(f.p)}${'\n'}开户行：${c.bank.name}${branch(S)}${'\n'}卡号：${d.card(c, cardStyle('typed'))}`);
      L.push(`${leadNick} ${when()}`, '收到，已转财务，3个工作日内到账');
    } else if (r < 0.65) {
      L.push(`${nick} ${when()}`, `${kinOf(f)}最近血压怎么样？`);
      L.push(`${leadNick} ${when()}`, `${d.nmDc(f.el)}老人今早测的${d.Y('blood_pressure', bp())}，${d.Y('drug_name', pick(DRUGS))}按时在吃，放心`);
    } else if (r < 0.8) {
      L.push(`${nick} ${when()}`, `[名片] 姓名：${d.nm(f.p)}  手机：${d.mob(f.p, 'plain')}  备注：${f.bed}家属`);
    } else {
      L.push(`${nick} ${when()}`, `请问本月账单出来了吗？扣款是从${d.Y('masked_card', '尾号' + makeCard().no.slice(-4))}那张卡扣吗`);
      L.push(`${leadNick} ${when()}`, `已经扣了，明细发您邮箱了，${d.mail(f.p)} 对吧？`);
    }
  }
  if (chance(0.6)) L.push(`${leadNick} ${when()}`, `今日体检结果：${fams.slice(0, 3).map((f) => `${d.Y('bed_no', f.bed)} 血压${d.Y('blood_pressure', bp())}`).join('；')}，其余老人正常。${d.Y('weekday', pick(WEEK))}上午${d.Y('hall_name', '康复室')}开放，欢迎家属陪同。`);
  L.push(`${d.nmDc(nurse)} ${when()}`, `温馨提示：近期流感高发，探视请戴口罩，体温超过37.3℃的家属暂缓探视。有问题找${d.D('person_name_zh', nurse.name[0] + '护士')}或者${d.D('person_name_zh', lead.name[0] + '组长')}。`);
  L.push(`${fams[0].p.name.length ? pick(['平安是福', '阳光']) : ''} ${when()}`, '[图片]');
  d.text = L.join('\n');
  return d;
}

const CARE_TEXT = {
  7: ['晨间护理，协助洗漱、更衣，精神可', '协助进早餐，进食约2/3', '晨起测空腹血糖6.8mmol/L', '协助如厕，大便1次，性状正常'],
  9: ['按时服药，已看服到口', '康复训练20分钟（床边站立）', '洗澡，剪指甲，更换床单', '鼻饲流质200ml，温水冲管'],
  12: ['协助进午餐，进食可', '午睡前翻身拍背，骶尾部皮肤完整', '按时服药，已看服到口'],
  15: ['午睡1小时，睡眠可', '康复训练20分钟（扶行走）', '情绪低落，陪同聊天30分钟', '血糖（餐后2h）9.6mmol/L', '诉头晕，测血压后报告值班医生'],
  19: ['协助进晚餐，进食约1/2', '睡前护理，温水泡脚', '按时服药，已看服到口'],
  23: ['夜间巡视，睡眠好', '夜间起床2次，协助如厕', '翻身拍背，更换尿垫', '夜间巡视，呼吸平稳'],
};
function genCareNotes() {
  const d = new Doc('care_notes'); const S = d.site; const Y = d.year;
  const el = makePerson('elder', { site: S });
  const fam = relative(el, wpick(CHILD_RELS), S);
  const staff = [makePerson('staff', { site: S }), makePerson('staff', { site: S }), makePerson('staff', { site: S })];
  const doc = makePerson('mid', { site: S });
  const L = [`${S.home}  护理记录单`, ''];
  L.push(`姓名：${d.nm(el)}   性别：${el.sex}   年龄：${d.Y('age', (Y - el.birth.y) + '岁')}   床号：${d.Y('bed_no', bedNo())}   护理等级：${d.Y('care_level', pick(CARE_LEVELS))}`);
  L.push(`诊断：${sample(DISEASES, ri(1, 3)).join('；')}     过敏史：${pick(ALLERGY)}`, '');
  L.push('| 日期 | 时间 | T(℃) | P | R | BP(mmHg) | 护理记录 | 签名 |');
  L.push('|---|---|---|---|---|---|---|---|');
  let dt = dateIn(Y);
  const n = ri(6, 12);
  let special = ri(2, n - 2);
  const slots = [7, 9, 12, 15, 19, 23]; let si = ri(0, 3);
  for (let i = 0; i < n; i++) {
    if (si >= slots.length) { si = 0; dt = addDays(dt, 1); }
    const h = slots[si]; si += ri(1, 2);
    let txt = pick(CARE_TEXT[h]);
    if (i === special) {
      const r = rnd();
      if (r < 0.4) txt = `${tstr(h, ri(0, 59))}老人诉胸闷，测BP ${d.Y('blood_pressure', bp())}，报告值班医生${d.nmDc(doc)}，遵医嘱舌下含服硝酸甘油，已电话通知家属${d.nm(fam)}（${fam.sex === '男' ? '儿子' : '女儿'}）${d.mob(fam, 'plain')}`;
      else if (r < 0.7) txt = `家属${d.nmDc(fam)}来院探视，带来${d.Y('drug_name', pick(DRUGS))}一盒，已交护士站登记`;
      else txt = `遵医嘱停${d.Y('drug_name', pick(DRUGS))}，改服${pick(DRUGS)}，已告知家属`;
    }
    const sg = pick(staff);
    L.push(`| ${dt.m}-${dt.d} | ${tstr(h, ri(0, 59))} | 36.${ri(2, 9)} | ${ri(62, 96)} | ${ri(16, 22)} | ${i % 2 === 0 ? d.Y('blood_pressure', bp()) : ''} | ${txt} | ${chance(0.1) ? d.Y('shift_word', '白班') : d.nm(sg)} |`);
  }
  L.push('', `交班：${d.nm(staff[0])}    接班：${d.nm(staff[1])}    护士长审核：${d.nm(doc)}`);
  d.text = L.join('\n');
  return d;
}

const DEATH_CAUSE = ['正常死亡（疾病）', '正常死亡（衰老）', '病故', '正常死亡'];
function genFuneralReg() {
  const d = new Doc('funeral_reg'); const S = d.site; const Y = d.year;
  const dec = makePerson('elder', { site: S, years: [1925, 1958] });
  const rel = pick(['儿子', '女儿', '长子', '配偶', '孙子', '侄子', '女婿']);
  const agent = relative(dec, rel === '配偶' ? '老伴' : rel, S);
  const staff = makePerson('staff', { site: S });
  const dd = dateIn(Y); const reg = addDays(dd, ri(0, 1));
  const c = makeCard();
  const L = [];
  if (chance(0.65)) {
    L.push(`${S.funeral} 殡葬服务业务登记单`, '');
    L.push(`业务编号：${d.Y('funeral_order_no', funeralOrder(reg))}       登记时间：${d.Y('datetime', `${dstr(reg)} ${tstr(ri(6, 20), ri(0, 59))}`)}`, '');
    L.push('【逝者信息】');
    L.push(`逝者姓名：${d.nm(dec)}    性别：${dec.sex}    享年：${d.Y('age', (dd.y - dec.birth.y) + '岁')}    民族：汉`);
    L.push(`身份证号：${d.id(dec, idStyle('form'))}`);
    L.push(`户籍地址：${hukouAddr(dec.region)}`);
    L.push(`死亡时间：${d.Y('datetime', `${dstr(dd, 'cn')} ${tstr(ri(0, 23), ri(0, 59))}`)}     死亡地点：${pick(['家中', S.home, '市第一人民医院', '社区卫生服务中心'])}`);
    L.push(`死亡原因：${pick(DEATH_CAUSE)}     死亡证明编号：${d.Y('death_cert_no', `SW${dd.y}${pad(ri(1, 99999), 6)}`)}`);
    L.push(`遗体存放：${d.Y('cold_storage_no', `冷藏柜${pick(LETTERS.split(''))}-${pad(ri(1, 60), 2)}`)}    接运车辆：${d.Y('license_plate', `${S.short}·${pick(['D', 'F', 'J'])}${digits(4)}`)}`, '');
    L.push('【经办人（丧属）信息】');
    L.push(`姓    名：${d.nm(agent)}    与逝者关系：${relDecoy(d, rel)}`);
    L.push(`身份证号：${d.id(agent, idStyle('form'))}    联系电话：${d.mob(agent, mobStyle('form'))}`);
    if (chance(0.4)) { const a2 = relative(dec, pick(['女儿', '儿子', '女婿']), S); L.push(`备用联系人：${d.nm(a2)}  ${d.mob(a2, 'plain')}`); }
    L.push(`联系地址：${siteAddr(S)}`, '');
    L.push('【服务项目】');
    L.push(`遗体接运 / 遗体冷藏${ri(1, 3)}天 / 遗体整容 / ${d.Y('hall_name', pick(S.hall))}告别仪式（${dstr(addDays(dd, ri(2, 4)))} ${pick(['08:00', '09:30', '10:30'])}）/ 火化（${pick(['拣灰炉', '平板炉'])}） / 骨灰盒：${pick(['檀香木', '汉白玉', '环保型'])}`);
    L.push(`费用合计：${d.Y('amount', amount(1800, 9000))}元   其中基本殡葬服务费减免：${amount(600, 1600)}元`);
    const pay = pick(['card', 'masked', 'wx']);
    if (pay === 'card') L.push(`付款方式：银联刷卡  卡号：${d.card(c, cardStyle('typed'))}  持卡人：${d.nm(agent)}`);
    else if (pay === 'masked') L.push(`付款方式：POS刷卡（${d.mCard(c)}）  参考号：${d.Y('bank_serial', digits(12))}`);
    else L.push(`付款方式：微信扫码  交易单号：${d.Y('bank_serial', '4200' + digits(24))}`);
    L.push('', `业务员：${d.nm(staff)}      丧属签字：${d.nm(agent)}      ${S.funeral}业务科 ${d.tel(makeLandline(S), telStyle())}`);
  } else {
    L.push(`${S.funeral}业务登记`);
    L.push(`| 业务号 | ${d.Y('funeral_order_no', funeralOrder(reg))} | 登记日期 | ${dstr(reg)} |`);
    L.push(`| 逝者 | ${d.nm(dec)} | 性别/年龄 | ${dec.sex}/${dd.y - dec.birth.y} |`);
    L.push(`| 证件号码 | ${d.id(dec, 'plain')} | 死亡日期 | ${dstr(dd)} |`);
    L.push(`| 家属 | ${d.nm(agent)}（${relDecoy(d, rel)}） | 电话 | ${d.mob(agent, mobStyle('typed'))} |`);
    L.push(`| 家属证件 | ${d.id(agent, 'x')} | 邮箱 | ${chance(0.5) ? d.mail(agent) : '—'} |`);
    L.push(`| 告别厅 | ${d.Y('hall_name', pick(S.hall))} | 火化证号 | ${d.Y('cremation_cert_no', cremNo(S, dd.y))} |`);
    L.push(`| 经办 | ${d.nm(staff)} | 备注 | ${pick(['', '惠民殡葬减免', '外地户籍', '需开具死亡注销证明'])} |`);
  }
  d.text = L.join('\n');
  return d;
}

// --- OCR helpers
const OCR_CONF = { 证: ['让', '正'], 号: ['兮', '弓'], 名: ['各'], 姓: ['娃'], 日: ['曰', '口'], 期: ['朗'], 电: ['龟'], 话: ['活'], 属: ['屈'], 址: ['扯'], 性: ['牲'], 别: ['刖'], 龄: ['令'], 死: ['歹'], 人: ['入'], 已: ['己'], 年: ['牟'], 关: ['美'], 系: ['糸'] };
function ocrL(s) { return s.split('').map((c) => (OCR_CONF[c] && chance(0.12) ? pick(OCR_CONF[c]) : c) + (chance(0.04) ? ' ' : '')).join(''); }
const DIG_CONF = { 0: 'O', 1: 'l', 5: 'S', 8: 'B', 6: 'b', 2: 'Z' };
function ocrDigits(d, det, val, written) {
  // returns text; labels entity if still readable, dontCare if broken
  const r = rnd();
  if (r < 0.55) { d.E(det, val); return written; }
  if (r < 0.8) { d.E(det, val); const k = ri(3, written.length - 3); return written.slice(0, k) + ' ' + written.slice(k); }
  d.D(det, val);
  const idx = [...written].map((c, i) => (DIG_CONF[c] ? i : -1)).filter((i) => i >= 0);
  if (!idx.length || chance(0.3)) { const k = ri(3, written.length - 2); return written.slice(0, k) + written.slice(k + 1); }
  const k = pick(idx); return written.slice(0, k) + DIG_CONF[written[k]] + written.slice(k + 1);
}
function ocrName(d, n) {
  const r = rnd();
  if (r < 0.5) return d.nm(n);
  if (r < 0.85) { d.nm(n); return n.split('').join(' '); }
  const bad = { 英: '荚', 兰: '兰', 华: '毕', 明: '朋', 秀: '秃', 玉: '王', 国: '图', 建: '健', 红: '虹', 梅: '悔', 林: '材', 福: '褔', 珍: '玲' };
  const k = [...n].findIndex((c, i) => i > 0 && bad[c] && bad[c] !== c);
  if (k < 0) { d.nm(n); return n; }
  const w = n.slice(0, k) + bad[n[k]] + n.slice(k + 1); d.D('person_name_zh', w); d.D('person_name_zh', n); return w;
}
function genCremationOcr() {
  const d = new Doc('cremation_ocr'); const S = d.site; const Y = d.year;
  const dec = makePerson('elder', { site: S, years: [1925, 1960] });
  const rel = pick(['儿子', '女儿', '配偶', '长子', '侄子']);
  const fam = relative(dec, rel === '配偶' ? '老伴' : rel, S);
  const dd = dateIn(Y); const cd = addDays(dd, ri(2, 5));
  const L = [];
  L.push(ocrL('火 化 证 明'), '');
  L.push(`${ocrL('编号')}：${d.Y('cremation_cert_no', cremNo(S, Y))}`);
  L.push(`${ocrL('死者姓名')}  ${ocrName(d, dec.name)}     ${ocrL('性别')}  ${dec.sex}     ${ocrL('年龄')}  ${d.Y('age', (dd.y - dec.birth.y) + '岁')}`);
  const legacy = chance(0.1);
  L.push(`${ocrL('身份证号')}  ${ocrDigits(d, 'cn_resident_id', dec.id, legacy ? fmtId(dec.id, '15') : dec.id)}`);
  L.push(`${ocrL('住址')}  ${hukouAddr(dec.region)}`);
  L.push(`${ocrL('死亡日期')}  ${dstr(dd, 'cn')}     ${ocrL('火化日期')}  ${d.Y('date', dstr(cd, 'cn'))}`);
  L.push(`${ocrL('骨灰去向')}  ${pick(['家属领回', '寄存', '安葬于' + S.cemetery])}`);
  L.push(`${ocrL('家属姓名')}  ${ocrName(d, fam.name)}     ${ocrL('关系')}  ${relDecoy(d, rel)}`);
  L.push(`${ocrL('联系电话')}  ${ocrDigits(d, 'cn_mobile', fam.mobile, fam.mobile)}`);
  if (chance(0.5)) L.push(`${ocrL('家属身份证')}  ${ocrDigits(d, 'cn_resident_id', fam.id, fam.id)}`);
  L.push('', `${S.funeral}（${ocrL('盖章')}）`, `${ocrL('经办人')}：${ocrName(d, makePerson('staff', { site: S }).name)}     ${dstr(cd, 'cn')}`);
  L.push('', ocrL('注：此证明是办理户口注销、丧葬费及抚恤金领取的凭证，请妥善保管。'));
  d.text = L.join('\n');
  return d;
}

function genGraveXml() {
  const d = new Doc('grave_xml'); const S = d.site; const Y = d.year;
  const dec = makePerson('elder', { site: S, years: [1925, 1958] });
  const double = chance(0.5);
  const sp = double ? relative(dec, '老伴', S) : null;
  const rel = pick(['长子', '儿子', '女儿', '长女', '孙子']);
  const buyer = relative(dec, rel, S);
  const dd = dateIn(Y - ri(0, 1));
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const X = ['<?xml version="1.0" encoding="UTF-8"?>', '<GraveRegistration>'];
  X.push(`  <RecordNo>${d.Y('grave_record_no', `GM-${Y}-${pad(ri(1, 9999), 4)}`)}</RecordNo>`);
  X.push(`  <Cemetery code="${S.regions[0]}">${d.Y('facility_name', S.cemetery)}</Cemetery>`);
  X.push(`  <PlotNo>${d.Y('grave_plot_no', plotNo(S))}</PlotNo>`);
  X.push(`  <PlotType>${double ? '双穴' : '单穴'}</PlotType>`);
  X.push(`  <ContractDate>${d.Y('date', dstr(addDays(dd, ri(3, 40))))}</ContractDate>`);
  X.push('  <Deceased>');
  X.push(`    <Name>${d.nm(dec)}</Name>`, `    <Gender>${dec.sex}</Gender>`, `    <IdNo>${d.id(dec, idStyle('export'))}</IdNo>`, `    <DeathDate>${d.Y('date', dstr(dd))}</DeathDate>`, `    <CremationCertNo>${d.Y('cremation_cert_no', cremNo(S, dd.y))}</CremationCertNo>`);
  X.push('  </Deceased>');
  if (double) {
    X.push('  <Reserved>');
    X.push(`    <Name>${d.nm(sp)}</Name>`, `    <Gender>${sp.sex}</Gender>`, `    <IdNo>${d.id(sp)}</IdNo>`, '    <Status>寿穴（健在）</Status>');
    X.push('  </Reserved>');
  }
  X.push('  <Purchaser>');
  X.push(`    <Name>${d.nm(buyer)}</Name>`, `    <Relation>${relDecoy(d, rel)}</Relation>`, `    <IdNo>${d.id(buyer)}</IdNo>`, `    <Mobile>${d.mob(buyer, chance(0.8) ? 'plain' : '+86')}</Mobile>`);
  if (chance(0.7)) X.push(`    <Email>${d.mail(buyer)}</Email>`);
  X.push(`    <Address>${esc(siteAddr(S))}</Address>`);
  X.push('  </Purchaser>');
  X.push(`  <Fee><PlotPrice>${d.Y('amount', amount(28000, 168000))}</PlotPrice><ManagementFee years="20">${amount(2000, 9000)}</ManagementFee><Inscription>${pick(['阴刻描金', '阴刻', '影雕'])}</Inscription></Fee>`);
  X.push(`  <Operator>${d.nm(makePerson('staff', { site: S }))}</Operator>`);
  X.push('</GraveRegistration>');
  d.text = X.join('\n') + '\n';
  return d;
}

function genMemorialMail() {
  const d = new Doc('memorial_mail'); const S = d.site; const Y = d.year;
  const dec = makePerson('elder', { site: S, years: [1925, 1955] });
  const son = relative(dec, pick(['儿子', '长子', '女儿']), S);
  const sib = relative(dec, pick(['女儿', '儿子', '次子']), S);
  const unitRep = makePerson('mid', { site: S });
  const dd = dateIn(Y); const md = addDays(dd, ri(2, 4));
  const hall = d.Y('hall_name', pick(S.hall));
  const typ = pick(['to_unit', 'to_funeral', 'to_family']);
  const L = [];
  const fhMail = pick(['ywk', 'yewu', 'byg_service', 'fuwu']) + '_' + S.ab + pick(['byg', 'bzfw', '']) + digits(2) + '@' + pick(['163.com', '126.com']);
  if (typ === 'to_funeral') {
    L.push(`From: "${d.nm(son)}" <${d.mail(son)}>`);
    L.push(`To: ${S.funeral}业务科 <${d.mail(fhMail)}>`);
    L.push(`Subject: 关于${dec.male ? '家父' : '家母'}${d.nmDc(dec)}追悼会安排的确认`);
    L.push(`Date: ${d.Y('datetime', `${dstr(addDays(dd, 1))} ${tstr(ri(7, 23), ri(0, 59))}`)}`, `Message-ID: <${d.Y('message_id', `${digits(13)}.${digits(6)}.JavaMail@${pick(['mail163', 'smtp126'])}`)}>`, '');
    L.push('业务科的同志您好：', '');
    L.push(`${dec.male ? '家父' : '家母'}${dec.name}于${dstr(dd, 'cn')}因病去世，享年${d.Y('age', (dd.y - dec.birth.y) + '岁')}。现确认告别仪式安排如下：`);
    L.push(`1. 时间：${dstr(md, 'cn')}上午${pick(['9:00', '9:30', '10:00'])}`);
    L.push(`2. 地点：${hall}（约${ri(60, 200)}人）`);
    L.push(`3. 逝者：${d.nm(dec)}，身份证号 ${d.id(dec, 'plain')}，业务编号 ${d.Y('funeral_order_no', funeralOrder(dd))}`);
    L.push('4. 需要：花圈 12 个，挽联由家属自备，遗像放大 1 张（电子版见附件）');
    L.push('', `治丧联系人：${d.nm(son)} ${d.mob(son, mobStyle('typed'))}；${d.nm(sib)} ${d.mob(sib, mobStyle('typed'))}`);
    L.push('', '谢谢！', d.nm(son), dstr(addDays(dd, 1), 'cn'));
  } else if (typ === 'to_unit') {
    const c = makeCard();
    L.push(`From: ${d.nm(son)} <${d.mail(son)}>`);
    L.push(`To: 退管会 <${d.mail(pick(['tgh', 'lgb', 'tuiguan']) + digits(3) + '@' + pick(['163.com', 'sina.com', 'qq.com']).replace('qq.com', 'sina.com'))}>`);
    L.push(`Cc: ${d.nm(unitRep)} <${d.mail(unitRep)}>`);
    L.push(`Subject: ${d.nmDc(dec)}同志丧葬费及抚恤金申领材料`, `Date: ${d.Y('datetime', `${dstr(addDays(dd, ri(3, 9)), 'slash')} ${tstr(ri(7, 23), ri(0, 59))}`)}`, '');
    L.push(`${d.D('person_name_zh', unitRep.name[0] + '老师')}您好：`, '');
    L.push(`我父亲${d.nmDc(dec)}（原${pick(WORKPLACES)}退休职工）已于${dstr(dd, 'cn')}去世，追悼会定于${dstr(md, 'cn')}在${S.funeral}${hall}举行，欢迎单位领导同事前来送别。`);
    L.push('丧葬补助金和一次性抚恤金请汇入以下账户：');
    L.push(`  户  名：${d.nm(son)}`, `  开户行：${c.bank.name}${branch(S)}`, `  卡  号：${d.card(c, cardStyle('typed'))}`);
    L.push(`  逝者身份证号：${d.id(dec, idStyle('typed'))}`, `  申领人身份证号：${d.id(son, idStyle('typed'))}`);
    L.push(`火化证明、死亡证明扫描件见附件。联系电话 ${d.mob(son, mobStyle('typed'))}。`, '', `${son.name}  敬上`);
  } else {
    L.push(`From: ${d.nm(son)} <${d.mail(son)}>`);
    const rel = []; for (let i = 0; i < ri(2, 5); i++) rel.push(makePerson(chance(0.5) ? 'mid' : 'young', { site: S }));
    L.push(`To: ${rel.map((r) => `${d.nm(r)} <${d.mail(r)}>`).join(', ')}`);
    L.push(`Subject: 讣告及${pick(['追悼会', '告别仪式'])}安排`, `Date: ${d.Y('datetime', `${dstr(dd)} ${tstr(ri(7, 23), ri(0, 59))}`)}`, '');
    L.push('各位亲友：', '');
    L.push(`${dec.male ? '先父' : '先母'}${d.nmDc(dec)}${pick(['同志', '先生', '女士'])}因病医治无效，于${dstr(dd, 'cn')}${tstr(ri(0, 23), ri(0, 59))}安详离世，享年${dd.y - dec.birth.y}岁。`);
    L.push(`兹定于${dstr(md, 'cn')}上午在${S.funeral}${hall}举行告别仪式，遵${dec.male ? '父亲' : '母亲'}遗愿，丧事从简，恕不收礼。`);
    L.push(`骨灰安放于${d.Y('facility_name', S.cemetery)}${d.Y('grave_plot_no', plotNo(S))}。`);
    L.push(`7:30在${pick(S.estates)}门口统一乘车，车牌${d.Y('license_plate', `${S.short}${digits(5)}`)}。`);
    L.push('', `联系人：${d.nm(son)} ${d.mob(son, mobStyle('typed'))}  ${d.nm(sib)} ${d.mob(sib, mobStyle('typed'))}`, '', `孝${son.male ? '子' : '女'} ${son.name} 泣告`);
  }
  d.text = L.join('\n');
  return d;
}

function genLtc() {
  const d = new Doc('ltc_application'); const S = d.site; const Y = d.year;
  const el = makePerson('elder', { site: S });
  const rel = wpick(CHILD_RELS); const ag = relative(el, rel, S);
  const c = makeCard();
  const org = pick([S.home, S.home2, '颐康居家护理站']);
  const orgU = makeUscc(pick(['52', '12', '91']), S.regions[0]);
  const app = dateIn(Y);
  const L = [`${S.city}长期护理保险失能等级评估申请表`, `申请编号：${d.Y('ltc_apply_no', `CHX${S.regions[0]}${Y}${pad(ri(1, 99999), 5)}`)}`, ''];
  const fld = (k, v) => `${k}：${v}`;
  L.push('一、参保人（被评估人）信息');
  L.push(`${fld('姓名', d.nm(el))}    ${fld('性别', el.sex)}    ${fld('出生日期', d.Y('date', dstr(el.birth)))}`);
  L.push(`${fld('公民身份号码', d.id(el, idStyle('form')))}`);
  L.push(`${fld('社会保障卡号', d.Y('social_security_card_no', ssCardNo()))}    ${fld('参保类型', pick(['职工医保', '城乡居民医保']))}`);
  L.push(`${fld('居住地址', siteAddr(S))}`);
  L.push(`${fld('联系电话', chance(0.5) ? d.tel(makeLandline(S), telStyle()) : d.mob(el, mobStyle('form')))}`);
  L.push(`${fld('主要疾病', sample(DISEASES, ri(1, 3)).join('、'))}    失能时间：${ri(6, 48)}个月    初判等级：${d.Y('care_level', pick(LTC_LEVELS))}`);
  L.push('', '二、申请代理人信息（参保人无法本人申请时填写）');
  L.push(`${fld('代理人姓名', d.nm(ag))}    ${fld('与参保人关系', relDecoy(d, rel))}`);
  L.push(`${fld('代理人身份证号', d.id(ag, idStyle('form')))}`);
  L.push(`${fld('手机号码', d.mob(ag, mobStyle('form')))}    ${fld('电子邮箱', chance(0.7) ? d.mail(ag) : '')}`);
  L.push('', '三、待遇支付账户');
  const acctHolder = chance(0.6) ? el : ag;
  L.push(`${fld('开户银行', c.bank.name + branch(S))}    ${fld('户名', d.nm(acctHolder))}`);
  L.push(`${fld('银行账号', d.card(c, cardStyle('form')))}`);
  L.push('', '四、护理服务方式');
  L.push(`□居家护理  ☑机构护理  □居家上门护理    定点机构：${d.Y('facility_name', org)}`);
  L.push(`定点机构统一社会信用代码：${d.uscc(orgU)}`);
  L.push('', `本人承诺以上信息真实有效。`, `申请人（签字）：${chance(0.5) ? d.nm(el) + '（' + ag.name + '代签）' : '（按手印）'}    代理人（签字）：${d.nm(ag)}    申请日期：${d.Y('date', dstr(app, 'cn'))}`);
  L.push(`受理人：${d.nm(makePerson('mid', { site: S }))}    受理经办机构：${S.city}医疗保障局${pick(S.dists)}分局    ${d.Y('date', dstr(addDays(app, ri(0, 3))))}`);
  d.text = L.join('\n');
  return d;
}

const RENO = ['卫生间扶手', '防滑地砖', '淋浴椅', '坐便器增高', '床边护栏', '智能烟感', '燃气报警器', '紧急呼叫器', '门槛移除', '夜间感应灯', '护理床', '助行器'];
function genRenovation() {
  const d = new Doc('renovation_list'); const S = d.site; const Y = d.year;
  const cons = [['颐居适老化工程有限公司', makeUscc('91', S.regions[0])], ['安居无障碍装饰有限公司', makeUscc('91', S.regions[1] || S.regions[0])]];
  const L = [`${S.street}${Y}年困难老年人家庭适老化改造名单（第${pick(['一', '二', '三'])}批）`, ''];
  L.push(['项目编号', '户主姓名', '身份证号', '联系电话', '家庭住址', '家庭类型', '改造项目', '金额（元）', '施工单位', '统一社会信用代码', '申请日期', '验收'].join(','));
  const n = ri(6, 16);
  for (let i = 1; i <= n; i++) {
    const el = makePerson('elder', { site: S });
    const con = pick(cons);
    const ph = chance(0.3) ? d.tel(makeLandline(S), 'dash') : d.mob(el);
    L.push([d.Y('project_no', `SLH-${Y}-${pad(ri(1, 999), 3)}`), d.nm(el), d.id(el), ph, `"${siteAddr(S, true)}"`, pick(['特困', '低保', '低保边缘', '高龄独居', '失能', '计生特殊家庭']), `"${sample(RENO, ri(2, 5)).join('、')}"`, d.Y('amount', String(ri(800, 3000))), d.Y('company_name', con[0]), d.uscc(con[1]), d.Y('date', dstr(dateIn(Y))), pick(['已验收', '施工中', '待施工'])].join(','));
  }
  const m = makePerson('mid', { site: S });
  L.push('', `,经办人：${d.nm(m)},联系电话：${d.mob(m)},,,,,,,,`);
  d.text = L.join('\n') + '\n';
  return d;
}

function genSmsBatch() {
  const d = new Doc('sms_batch'); const S = d.site; const Y = d.year;
  const typ = pick(['subsidy', 'fee', 'visit', 'alarm']);
  const sign = typ === 'subsidy' ? `【${S.city.replace('市', '')}${pick(S.dists)}民政】` : `【${S.home.replace(/^.{2,3}区/, '')}】`;
  const L = ['发送时间,接收号码,短信内容,发送状态,计费条数'];
  const dt = dateIn(Y);
  const n = ri(5, 14);
  const hot = makeLandline(S);
  for (let i = 0; i < n; i++) {
    const el = makePerson('elder', { site: S });
    const fam = relative(el, wpick(CHILD_RELS), S);
    const t = d.Y('datetime', `${dstr(dt)} ${tstr(ri(9, 10), ri(0, 59), ri(0, 59))}`);
    let to, msg;
    if (typ === 'subsidy') { to = chance(0.6) ? el : fam; msg = `${sign}尊敬的${d.nmDc(el)}，您${Y}年${dt.m}月高龄津贴${pick([100, 200, 300, 600])}元已发放至${d.Y('masked_card', '尾号' + makeCard().no.slice(-4))}的银行卡，请注意查收。咨询电话${d.tel(hot, 'plain')}。`; }
    else if (typ === 'fee') { to = fam; msg = `${sign}${d.nmDc(fam)}您好，${d.nmDc(el)}老人${dt.m}月费用${d.Y('amount', amount(2800, 8800))}元已从您${d.Y('masked_card', '尾号' + makeCard().no.slice(-4))}的账户代扣成功。`; }
    else if (typ === 'visit') { to = fam; msg = `${sign}您已成功预约${dstr(addDays(dt, 1))} ${pick(['9:00', '14:00', '15:00'])}探视${d.nmDc(el)}，请携带身份证，${d.Y('verification_code', '验证码' + digits(6))}。`; }
    else { to = fam; msg = `${sign}紧急：${d.nmDc(el)}老人手环于${tstr(ri(0, 23), ri(0, 59))}触发${pick(['SOS求助', '跌倒报警'])}，值班人员已处理，如有疑问请致电${d.tel(hot, 'dash')}。`; }
    L.push([t, d.mob(to, chance(0.85) ? 'plain' : '86'), `"${msg}"`, pick(['成功', '成功', '成功', '失败(空号)']), msg.length > 70 ? 2 : 1].join(','));
  }
  d.text = L.join('\n') + '\n';
  return d;
}

function genMinutes() {
  const d = new Doc('minutes'); const S = d.site; const Y = d.year;
  const dt = dateIn(Y);
  const dean = makePerson('mid', { site: S }), vice = makePerson('mid', { site: S }), head = makePerson('staff', { site: S }), fin = makePerson('mid', { site: S }), rec = makePerson('young', { site: S });
  const e1 = makePerson('elder', { site: S }), e2 = makePerson('elder', { site: S }), e3 = makePerson('elder', { site: S });
  const f1 = relative(e1, pick(['儿子', '女儿']), S);
  const L = [`${S.home} ${dt.m}月院务会会议纪要`, ''];
  L.push(`时间：${d.Y('datetime', `${dstr(dt, 'cn')} ${pick(['14:00', '14:30', '9:00'])}`)}`, `地点：${pick(['二楼会议室', '行政楼会议室', '院长办公室'])}`);
  L.push(`主持：${d.nm(dean)}`, `参会：${d.nm(vice)}、${d.nm(head)}、${d.nm(fin)}、各楼层护理组长`, `记录：${d.nm(rec)}`, '');
  L.push('一、上月运营情况');
  L.push(`截至月底在住老人${ri(80, 260)}人，入住率${ri(70, 98)}%；新入住${ri(2, 12)}人，退住${ri(1, 6)}人（其中病故${ri(0, 3)}人）。${d.nmDc(fin)}通报：欠费${ri(1, 6)}户，共计${d.Y('amount', amount(6000, 48000))}元。`);
  L.push('', '二、安全事件');
  L.push(`1. ${d.Y('bed_no', bedNo())}${d.nmDc(e1)}老人于${dt.m}月${ri(1, 28)}日夜间如厕时跌倒，右髋部疼痛，已送医。家属${d.nmDc(f1)}对处置过程有意见，要求调取监控。${d.nmDc(head)}负责与家属沟通，家属联系方式：${d.nm(f1)} ${d.mob(f1, 'plain')}。`);
  L.push(`2. ${d.nmDc(e2)}老人手环${d.Y('device_id', devId())}连续三天离线，排查为充电座故障，已更换。`);
  L.push(`3. ${d.Y('care_level', '特级护理')}老人${d.nmDc(e3)}压疮复发，责任护理员扣绩效，护理部加强翻身记录检查。`);
  L.push('', '三、议定事项');
  L.push(`1. 根据${d.Y('civil_doc_no', civDoc(S, Y))}，下月起护理费按新标准执行，由${d.nmDc(fin)}牵头通知家属。`);
  L.push(`2. ${d.Y('weekday', '周五')}前完成消防演练，${d.nmDc(vice)}负责。`);
  L.push(`3. 与${S.funeral}签订临终关怀及殡葬服务转介协议，对接人：${d.nm(makePerson('mid', { site: S }))}，电话${d.tel(makeLandline(S), telStyle())}。`);
  L.push('', `抄送：院办、护理部、财务室    ${dstr(addDays(dt, 1), 'cn')}`);
  d.text = L.join('\n');
  return d;
}

function genFeeMail() {
  const d = new Doc('fee_mail'); const S = d.site; const Y = d.year;
  const el = makePerson('elder', { site: S });
  const rel = pick(['儿子', '女儿', '长子', '儿媳']);
  const fam = relative(el, rel, S);
  const fin = makePerson('staff', { site: S });
  const c = makeCard();
  const M = ri(1, 12);
  const cw = `${pick(['cw', 'caiwu', 'finance'])}_${pick(['kl', 'fs', 'jl', 'ak', 'xyh', 'bbt'])}${ri(1, 99)}@${pick(['163.com', '126.com', 'sina.com'])}`;
  const typ = pick(['bill', 'refund', 'refund_reply', 'bill']);
  const L = [];
  if (typ === 'bill') {
    L.push(`发件人：${S.home}财务室 <${d.mail(cw)}>`, `收件人：${d.mail(fam)}`, `主题：${d.nmDc(el)}老人${Y}年${M}月费用清单`, '');
    L.push(`${d.D('person_name_zh', fam.name[0] + (fam.male ? '先生' : '女士'))}您好：`, '');
    L.push(`${el.name}老人（床位 ${d.Y('bed_no', bedNo())}）${M}月费用明细如下：`);
    L.push(`  床位费      ${amount(1200, 3600)}`, `  护理费（${d.Y('care_level', pick(CARE_LEVELS))}）  ${amount(900, 3600)}`, `  伙食费      ${amount(600, 1200)}`, `  代购药品（${d.Y('drug_name', pick(DRUGS))}等） ${amount(40, 600)}`, `  合计        ${d.Y('amount', amount(3000, 9000))}`);
    L.push('', `以上费用将于${M}月${ri(10, 15)}日从您登记的代扣账户（${d.mCard(c)}）扣收，请保证余额充足。`);
    L.push(`如有疑问请致电财务室${d.tel(makeLandline(S), telStyle())}（工作日8:30-17:00）。`, '', `${S.home}财务室 ${d.nm(fin)}`, dstr({ y: Y, m: M, d: ri(1, 5) }, 'cn'));
  } else if (typ === 'refund') {
    L.push(`发件人：${d.nm(fam)} <${d.mail(fam)}>`, `收件人：${d.mail(cw)}`, `主题：Re: ${d.nmDc(el)}退住结算及押金退还`, '');
    L.push('财务老师您好，', '');
    L.push(`我${pick(['母亲', '父亲'])}已于${M}月${ri(1, 28)}日办理退住，押金${d.Y('amount', amount(3000, 20000))}元请退到以下账户：`, '');
    L.push(`户名：${d.nm(fam)}`, `身份证号：${d.id(fam, idStyle('typed'))}`, `开户行：${c.bank.name}${branch(S)}`, `卡号：${d.card(c, cardStyle('typed'))}`, `手机：${d.mob(fam, mobStyle('typed'))}`, '', '谢谢！', fam.name);
    L.push('', `> 在 ${dstr({ y: Y, m: M, d: ri(1, 28) })}，${S.home}财务室 写道：`, `> ${el.name}老人家属您好，退住结算单见附件，押金退还请提供户名、开户行及卡号。`);
  } else {
    L.push(`From: ${S.home}财务室 <${d.mail(cw)}>`, `To: ${d.nm(fam)} <${d.mail(fam)}>`, `Subject: 押金退还到账通知`, '');
    L.push(`${d.D('person_name_zh', fam.name[0] + (fam.male ? '先生' : '女士'))}：`, '');
    L.push(`${d.nmDc(el)}老人押金${d.Y('amount', amount(3000, 20000))}元已于今日退至您的${c.bank.br}卡（${d.mCard(c)}），银行流水号${d.Y('bank_serial', bankSerial(dateIn(Y)))}，请查收。`);
    L.push('', `经办：${d.nm(fin)}  复核：${d.nm(makePerson('mid', { site: S }))}`);
  }
  d.text = L.join('\n');
  return d;
}

function genBankReturn() {
  const d = new Doc('bank_return'); const S = d.site; const Y = d.year;
  const dt = dateIn(Y);
  const bank = pick([BANKS[6], BANKS[7], BANKS[1]]);
  const n = ri(8, 26);
  const L = [`H|${S.regions[0]}|${dstr(dt, 'compact')}|${S.city}${pick(S.dists)}民政局|${pick(['高龄津贴', '养老服务补贴', '护理补贴'])}|${pad(n, 6)}|${d.Y('batch_no', `PL${dstr(dt, 'compact')}${pad(ri(1, 99), 3)}`)}`];
  let tot = 0, ok = 0;
  for (let i = 1; i <= n; i++) {
    const el = makePerson('elder', { site: S });
    const c = makeCard(bank);
    const amt = pick([100, 200, 300, 600]);
    const fail = chance(0.12);
    if (!fail) { tot += amt; ok++; }
    L.push(['D', pad(i, 6), d.card(c), d.nm(el), chance(0.6) ? d.id(el) : '', amt.toFixed(2), fail ? pick(['E05', 'E12', 'E31']) : '000', fail ? pick(['户名与账号不符', '账户已销户', '账户冻结']) : '成功', fail ? '' : d.Y('bank_serial', bankSerial(dt)), d.Y('ref_no', `R${dstr(dt, 'compact').slice(2)}${pad(i, 6)}`)].join('|'));
  }
  L.push(`T|${pad(n, 6)}|${pad(ok, 6)}|${tot.toFixed(2)}|${d.Y('ts14', ts14(dt))}`);
  d.text = L.join('\n') + '\n';
  return d;
}

function genAssessmentOcr() {
  const d = new Doc('assessment_ocr'); const S = d.site; const Y = d.year;
  const el = makePerson('elder', { site: S });
  const rel = wpick(CHILD_RELS); const inf = relative(el, rel, S);
  const a1 = makePerson('staff', { site: S }), a2 = makePerson('mid', { site: S });
  const L = [ocrL('老年人能力评估表'), ocrL('（MZ/T 039-2013）'), ''];
  L.push(`${ocrL('评估编号')}：${d.Y('assessment_no', `PG${Y}${pad(ri(1, 9999), 5)}`)}    ${ocrL('评估原因')}：${pick(['接受服务前初评', '常规评估', '状况发生变化后的即时评估'])}`);
  L.push(`A.2.1 ${ocrL('姓名')}  ${ocrName(d, el.name)}`);
  L.push(`A.2.2 ${ocrL('性别')}  ${el.sex}      A.2.3 ${ocrL('出生日期')}  ${dstr(el.birth, 'dot')}`);
  L.push(`A.2.4 ${ocrL('身份证号')}  ${ocrDigits(d, 'cn_resident_id', el.id, el.id)}`);
  L.push(`A.2.5 ${ocrL('社保卡号')}  ${d.Y('medicare_no_badcheck', badMedicare(el))}`);
  L.push(`A.2.13 ${ocrL('疾病诊断')}  ${sample(DISEASES, 2).join(' ')}   ${ocrL('用药')} ${d.Y('drug_name', pick(DRUGS))}`);
  L.push('', `A.3.1 ${ocrL('信息提供者姓名')}  ${ocrName(d, inf.name)}   A.3.2 ${ocrL('与老人关系')}  ${relDecoy(d, rel)}`);
  L.push(`A.3.3 ${ocrL('联系人姓名')}  ${ocrName(d, inf.name)}   A.3.4 ${ocrL('联系人电话')}  ${ocrDigits(d, 'cn_mobile', inf.mobile, chance(0.7) ? inf.mobile : fmtMob(inf.mobile, 'dash'))}`);
  L.push('', `B.1 ${ocrL('日常生活活动')} ${ri(0, 100)}${ocrL('分')}   B.2 ${ocrL('精神状态')} ${ri(0, 6)}   B.3 ${ocrL('感知觉与沟通')} ${ri(0, 5)}   B.4 ${ocrL('社会参与')} ${ri(0, 20)}`);
  L.push(`${ocrL('血压')} ${d.Y('blood_pressure', bp())}   ${ocrL('老年人能力初步等级')}：${pick(['0 能力完好', '1 轻度失能', '2 中度失能', '3 重度失能'])}`);
  L.push('', `${ocrL('评估员签名')}  ${ocrName(d, a1.name)}、${ocrName(d, a2.name)}     ${ocrL('日期')} ${dstr(dateIn(Y), 'cn')}`);
  L.push(`${ocrL('信息提供者签名')}  ${ocrName(d, inf.name)}`);
  d.text = L.join('\n');
  return d;
}

function genStopList() {
  const d = new Doc('stop_list'); const S = d.site; const Y = d.year; const M = ri(1, 12);
  const L = [`${S.city}殡葬火化信息比对结果——${Y}年${M}月高龄津贴/养老服务补贴停发名单`, `比对依据：${d.Y('civil_doc_no', civDoc(S, Y))}    数据来源：${S.funeral}`, ''];
  L.push(['序号', '姓名', '身份证号', '火化日期', '火化证号', '已多发月数', '需追回金额', '代领人', '代领人电话', '所属街道'].join(','));
  const n = ri(6, 18);
  for (let i = 1; i <= n; i++) {
    const el = makePerson('elder', { site: S, years: [1922, 1945] });
    const px = chance(0.6) ? relative(el, pick(['儿子', '女儿', '儿媳', '孙子']), S) : null;
    const cd = addDays({ y: Y, m: M, d: 1 }, -ri(5, 110));
    const mo = ri(0, 3);
    L.push([i, d.nm(el), d.id(el, chance(0.1) ? 'x' : 'plain'), d.Y('date', dstr(cd)), d.Y('cremation_cert_no', cremNo(S, cd.y)), mo, mo ? d.Y('amount', (mo * pick([100, 200, 300])).toFixed(2)) : '0.00', px ? d.nm(px) : '', px ? d.mob(px) : '', pick([S.street, S.street, pick(S.streets).replace(/[路街道大]+$/, '') + '街道', pick(['东风', '南湖', '新华', '城北', '和平']) + '街道'])].join(','));
  }
  const op = makePerson('mid', { site: S });
  L.push('', `经办人：${d.nm(op)}  ${d.tel(makeLandline(S), 'dash')}    请各街道于${M}月25日前完成停发和追回，情况报区民政局养老服务科。`);
  d.text = L.join('\n');
  return d;
}

function genDeviceBinding() {
  const d = new Doc('device_binding'); const S = d.site; const Y = d.year;
  const L = [['设备编号', 'IMEI', 'ICCID', '物联网卡号', '型号', '佩戴老人', '老人身份证', '房间', '紧急联系人1', '电话1', '紧急联系人2', '电话2', '绑定时间', '状态'].join(',')];
  const n = ri(5, 16);
  for (let i = 0; i < n; i++) {
    const el = makePerson('elder', { site: S });
    const f1 = relative(el, wpick(CHILD_RELS), S); const f2 = chance(0.5) ? relative(el, wpick(CHILD_RELS), S) : null;
    const dt = dateIn(Y);
    const sim = chance(0.5) ? d.Y('unallocated_mobile', makeUnallocMobile()) : d.Y('iot_msisdn', '1064' + digits(9));
    L.push([d.Y('device_id', devId()), d.Y('imei', makeImei()), d.Y('iccid', makeIccid()), sim, pick(['W8 Pro', 'K2定位手环', 'SOS胸卡', 'T9心率手表']), d.nm(el), chance(0.7) ? d.id(el) : '', d.Y('room_no', roomNo()), d.nm(f1), d.mob(f1, chance(0.8) ? 'plain' : '+86'), f2 ? d.nm(f2) : '', f2 ? d.mob(f2) : '', d.Y('datetime', `${dstr(dt)} ${tstr(ri(8, 17), ri(0, 59), ri(0, 59))}`), pick(['在线', '在线', '离线', '低电量'])].join(','));
  }
  d.text = L.join('\n') + '\n';
  return d;
}

function genFuneralSubsidy() {
  const d = new Doc('funeral_subsidy'); const S = d.site; const Y = d.year;
  const dec = makePerson('elder', { site: S, years: [1925, 1960] });
  const rel = pick(['儿子', '女儿', '配偶', '侄子', '长子']);
  const ap = relative(dec, rel === '配偶' ? '老伴' : rel, S);
  const c = makeCard();
  const dd = dateIn(Y);
  const L = [`${S.city}惠民殡葬基本服务费用减免（补贴）申请表`, ''];
  L.push(`受理编号：${d.Y('funeral_order_no', `HM${Y}${pad(ri(1, 9999), 5)}`)}`);
  L.push('┌──────────────────────────────────────┐');
  L.push(`│ 逝者姓名：${d.nm(dec)}    性别：${dec.sex}    死亡日期：${d.Y('date', dstr(dd))}`);
  L.push(`│ 逝者身份证号：${d.id(dec, idStyle('form'))}`);
  L.push(`│ 户籍所在地：${hukouAddr(dec.region)}`);
  L.push(`│ 火化证号：${d.Y('cremation_cert_no', cremNo(S, dd.y))}    火化单位：${S.funeral}`);
  L.push('├──────────────────────────────────────┤');
  L.push(`│ 申请人姓名：${d.nm(ap)}    与逝者关系：${relDecoy(d, rel)}`);
  L.push(`│ 申请人身份证号：${d.id(ap, idStyle('form'))}`);
  L.push(`│ 联系电话：${d.mob(ap, mobStyle('form'))}    固定电话：${chance(0.4) ? d.tel(makeLandline(S), telStyle()) : '无'}`);
  L.push(`│ 补贴发放账户  户名：${d.nm(ap)}   开户行：${c.bank.name}`);
  L.push(`│               账号：${d.card(c, cardStyle('form'))}`);
  L.push('├──────────────────────────────────────┤');
  L.push(`│ 减免项目：遗体接运 ☑  遗体存放(3天) ☑  火化 ☑  骨灰盒(基本型) ☑   减免金额：${d.Y('amount', amount(800, 2200))}元`);
  L.push(`│ 街道（乡镇）意见：情况属实，同意。  经办人：${d.nm(makePerson('mid', { site: S }))}   （盖章）`);
  L.push(`│ 区民政局审核：${d.nm(makePerson('mid', { site: S }))}   ${d.Y('date', dstr(addDays(dd, ri(5, 20)), 'cn'))}`);
  L.push('└──────────────────────────────────────┘');
  L.push(`附：身份证复印件、火化证明、${pick(['户口簿', '低保证', '特困供养证'])}复印件`);
  d.text = L.join('\n');
  return d;
}

function genPublicNotice() {
  const d = new Doc('public_notice'); const S = d.site; const Y = d.year; const M = ri(1, 12);
  const L = [`关于${Y}年${M}月新增高龄津贴享受对象的公示`, ''];
  L.push(`根据${d.Y('civil_doc_no', civDoc(S, Y - 1))}规定，经本人申请、社区初审、街道审核，现将${S.street}${Y}年${M}月新增高龄津贴享受对象名单予以公示（公示期7天）：`, '');
  L.push('序号  姓名    性别  身份证号              年龄  所在社区    标准');
  const n = ri(6, 16);
  for (let i = 1; i <= n; i++) {
    const el = makePerson('elder', { site: S, years: [1925, Y - 80] });
    L.push(`${String(i).padEnd(4)}  ${d.mName(el).padEnd(4, '　')}  ${el.sex}    ${d.mId(el)}  ${Y - el.birth.y}    ${pick(S.estates).replace(/(小区|新村|花园|家属院|[一二三四五六七八九十]*[区村里])$/, '')}社区  ${pick([100, 200, 300])}元/月`);
  }
  L.push('', `公示期间如有异议，请向${S.street}社会事务办反映。`);
  L.push(`联系电话：${d.tel(makeLandline(S), 'dash')}    监督电话：${d.Y('service_hotline', '12345')}    ${d.Y('service_hotline', `400-${ri(600, 899)}-${digits(4)}`)}（民政服务热线）`);
  L.push('', `${S.street}办事处`, `${dstr({ y: Y, m: M, d: ri(1, 10) }, 'cn')}`);
  d.text = L.join('\n');
  return d;
}

// ================================================================ build
const PLAN = [
  [genAdmission, 22], [genArchiveCsv, 12], [genWorkorder, 14], [genMealList, 9], [genSubsidyRoster, 11], [genStaffRoster, 8],
  [genShift, 8], [genVisitLog, 15], [genAlarmJson, 11], [genAlarmSyslog, 9], [genFamilyChat, 15], [genCareNotes, 16],
  [genFuneralReg, 18], [genCremationOcr, 13], [genGraveXml, 11], [genMemorialMail, 12], [genLtc, 13], [genRenovation, 7],
  [genSmsBatch, 9], [genMinutes, 6], [genFeeMail, 14], [genBankReturn, 6], [genAssessmentOcr, 10], [genStopList, 5],
  [genDeviceBinding, 6], [genFuneralSubsidy, 10], [genPublicNotice, 6],
];
const docs = [];
const counters = {};
// interleave kinds so that PRNG streams do not depend on one kind's block size only
const queue = [];
for (const [fn, n] of PLAN) for (let i = 0; i < n; i++) queue.push(fn);
for (const fn of shuffle(queue)) {
  const d = fn().out();
  counters[d.kind] = (counters[d.kind] || 0) + 1;
  docs.push({ id: `ec-${d.kind}-${counters[d.kind]}`, ...d });
}
docs.sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : (+a.id.split('-').pop()) - (+b.id.split('-').pop())));

// ================================================================ self-check
const errors = [];
const warns = [];
const NAME_DECOY_KINDS = new Set(['place_name', 'facility_name', 'hall_name', 'relation_word', 'org_word', 'job_title', 'shift_word', 'weekday', 'drug_name', 'masked_name', 'company_name']);
function occurs(det, v, text) {
  const t = text.normalize('NFKC');
  if (det === 'person_name_zh') return t.replace(/\s+/g, '').includes(v);
  if (det === 'email') return t.toLowerCase().includes(v);
  if (det === 'cn_passport' || det === 'cn_uscc') return t.toUpperCase().replace(/[\s-]/g, '').includes(v);
  const s = t.toUpperCase().replace(/[^0-9X]/g, '');
  if (s.includes(v)) return true;
  if (det === 'cn_resident_id' && s.includes(v.slice(0, 6) + v.slice(8, 17))) return true;
  if (det === 'cn_landline' && s.includes(v.slice(1))) return true;
  return false;
}
function validValue(det, v) {
  switch (det) {
    case 'cn_resident_id': return idValid(v) && v === v.toUpperCase();
    case 'cn_mobile': return mobValid(v);
    case 'bank_card': return /^(62|81)\d{14,17}$/.test(v) && luhnOk(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v);
    case 'cn_landline': return landlineValid(v);
    case 'cn_uscc': return usccValid(v);
    case 'cn_passport': return /^(E[A-HJ-NP-Z]\d{7}|E\d{8})$/.test(v);
    case 'person_name_zh': return /^[\u4e00-\u9fff·]{2,8}$/.test(v);
    default: return false;
  }
}
const seenIds = new Set();
for (const doc of docs) {
  if (seenIds.has(doc.id)) errors.push(`${doc.id}: duplicate id`); seenIds.add(doc.id);
  const labelled = new Set([...doc.entities, ...doc.dontCare].map((e) => e.detector + '\u0000' + e.value));
  const entKeys = new Set();
  for (const e of doc.entities) {
    const k = e.detector + '\u0000' + e.value;
    if (entKeys.has(k)) errors.push(`${doc.id}: duplicate entity ${e.value}`); entKeys.add(k);
    if (!validValue(e.detector, e.value)) errors.push(`${doc.id}: invalid ${e.detector} ${e.value}`);
    if (!occurs(e.detector, e.value, doc.text)) errors.push(`${doc.id}: entity not in text ${e.detector} ${e.value}`);
  }
  for (const y of doc.decoys) {
    if (!doc.text.includes(y.text)) errors.push(`${doc.id}: decoy not in text ${y.kind} ${y.text}`);
    const yd = y.text.normalize('NFKC').toUpperCase().replace(/[^0-9X]/g, '');
    for (const e of doc.entities) {
      if (e.value === y.text) errors.push(`${doc.id}: decoy equals entity ${y.text}`);
      if (e.detector !== 'person_name_zh' && e.detector !== 'email' && yd.length >= 11 && yd === e.value) errors.push(`${doc.id}: decoy digits equal entity ${y.text}`);
      if (e.detector === 'person_name_zh' && NAME_DECOY_KINDS.has(y.kind) && (y.text.includes(e.value) || e.value.includes(y.text))) errors.push(`${doc.id}: name ${e.value} overlaps decoy ${y.text}`);
    }
    if (y.kind === 'medicare_no_badcheck' && idValid(y.text)) errors.push(`${doc.id}: medicare decoy is a valid ID ${y.text}`);
    if (y.kind === 'id_bad_date' && idValid(y.text)) errors.push(`${doc.id}: bad-date decoy is valid ${y.text}`);
    if (y.kind === 'unallocated_mobile' && mobValid(y.text)) errors.push(`${doc.id}: unallocated decoy is allocated ${y.text}`);
  }
  // every standalone digit run that is a valid value must be labelled
  const t = doc.text.normalize('NFKC');
  for (const m of t.matchAll(/\d+[Xx]?/g)) {
    const run = m[0].toUpperCase(); const dig = run.replace('X', '');
    const need = (det, v) => { if (!labelled.has(det + '\u0000' + v)) errors.push(`${doc.id}: unlabelled ${det} ${v} (run ${run})`); };
    if (run.length === 18 && idValid(run)) need('cn_resident_id', run);
    if (/^\d{15}$/.test(run) && id15Valid(run)) need('cn_resident_id', upgrade15(run));
    if (run === dig) {
      for (const c of new Set([dig, dig.replace(/^0086/, ''), dig.replace(/^86/, ''), dig.replace(/^0/, '')])) if (c.length === 11 && mobValid(c)) need('cn_mobile', c);
      if (dig.length >= 16 && dig.length <= 19 && /^(62|81)/.test(dig) && luhnOk(dig)) need('bank_card', dig);
      else if (dig.length >= 16 && dig.length <= 19 && luhnOk(dig) && !idValid(dig)) warns.push(`${doc.id}: Luhn-valid non-UnionPay run ${dig}`);
      if (landlineValid(dig)) need('cn_landline', dig);
    }
  }
}
// every generated person name that appears in a document must carry a label (entity or dontCare)
const NAME_LIST = [...ALL_NAMES];
for (const doc of docs) {
  const lab = new Set([...doc.entities, ...doc.dontCare].filter((e) => e.detector === 'person_name_zh').map((e) => e.value));
  const flat = doc.text.replace(/\s+/g, '');
  for (const n of NAME_LIST) if (flat.includes(n) && !lab.has(n) && ![...lab].some((l) => l.includes(n))) errors.push(`${doc.id}: unlabelled name ${n}`);
}
// summary
const byKind = {}; const byDet = {}; const dcDet = {}; const decKind = {};
for (const doc of docs) {
  byKind[doc.kind] = (byKind[doc.kind] || 0) + 1;
  for (const e of doc.entities) byDet[e.detector] = (byDet[e.detector] || 0) + 1;
  for (const e of doc.dontCare) dcDet[e.detector] = (dcDet[e.detector] || 0) + 1;
  for (const y of doc.decoys) decKind[y.kind] = (decKind[y.kind] || 0) + 1;
}
const nEnt = Object.values(byDet).reduce((a, b) => a + b, 0), nDec = Object.values(decKind).reduce((a, b) => a + b, 0);
const core = ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email'];
for (const c of core) if ((byDet[c] || 0) < 150) errors.push(`too few ${c}: ${byDet[c] || 0}`);
if (Object.keys(byKind).length < 15) errors.push('fewer than 15 kinds');
if (nDec < nEnt) errors.push(`fewer decoys (${nDec}) than entities (${nEnt})`);

writeFileSync(OUT, docs.map((d) => JSON.stringify({ id: d.id, kind: d.kind, text: d.text, entities: d.entities, dontCare: d.dontCare, decoys: d.decoys })).join('\n') + '\n');

console.log(`eldercare: ${docs.length} documents, ${Object.keys(byKind).length} kinds -> ${OUT}`);
console.log('documents per kind:'); for (const [k, v] of Object.entries(byKind)) console.log(`  ${k.padEnd(18)} ${v}`);
console.log('entities per detector (dontCare):'); for (const [k, v] of Object.entries(byDet).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(18)} ${String(v).padStart(5)}  (${dcDet[k] || 0})`);
for (const [k, v] of Object.entries(dcDet)) if (!byDet[k]) console.log(`  ${k.padEnd(18)}     0  (${v})`);
console.log(`decoys per kind (total ${nDec} vs ${nEnt} entities):`); for (const [k, v] of Object.entries(decKind).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(24)} ${v}`);
if (warns.length) console.log(`notes: ${warns.length} Luhn-valid non-UnionPay digit runs (decoy order/serial numbers), e.g. ${warns.slice(0, 3).join('; ')}`);
if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length}):\n` + errors.slice(0, 60).join('\n')); process.exit(1); }
console.log('self-check: OK');
