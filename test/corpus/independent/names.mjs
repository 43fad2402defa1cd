#!/usr/bin/env node
// names.mjs — independent, labelled test corpus for the Chinese personal-name
// detector (person_name_zh) of a DLP engine.
//
//   node names.mjs OUT.jsonl      writes one JSON document per line, prints a summary
//
// Written from the brief and /work/shared/cn-formats.md §8 only (no engine code;
// session 20, by a helper that never read src/, rules/ or test/).
// All data is synthetic and generated here with a seeded PRNG (deterministic).
//
// Each document: { id, kind, text, entities, dontCare, decoys }
//   entities  person_name_zh (value without spaces / padding / title) plus the
//             other person fields placed in the text: cn_mobile, cn_resident_id,
//             bank_card, email
//   dontCare  names in prose with no personal data near them; masked phones
//   decoys    strings a name detector must NOT report (kind = why)

import { writeFileSync } from 'node:fs';

// ---------------------------------------------------------------- PRNG ----
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x5eed2024);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
// lazy pick: entries may be functions, only the chosen one runs (labels stay in sync with the text)
const lz = (arr) => { const x = pick(arr); return typeof x === 'function' ? x() : x; };
const chance = (p) => rnd() < p;
const pad2 = (n) => String(n).padStart(2, '0');
function sample(arr, k) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a.slice(0, k);
}
// digits without '1': order / tracking / ticket numbers that cannot hide an
// 11-digit mobile window (all mobiles start with 1)
const digitsNo1 = (n) => Array.from({ length: n }, () => pick('023456789')).join('');
const digits = (n) => Array.from({ length: n }, () => ri(0, 9)).join('');

// --------------------------------------------------------- name pools ----
const chars = (s) => [...s.replace(/\s+/g, '')];
const TOP_SN = chars('王李张刘陈杨黄赵吴周');
const MID_SN = chars('徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤');
const LOW_SN = chars('常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝');
const RARE_SN = chars('仉亓禚晁芮眭厍隗逯訾郇扈郗阙冼禤昝蔺缑赖奚粟逄於璩谯嵇郦笪濮伏茹蹇铁揭寿羿琚尉');
const COMPOUND_SN = ['欧阳', '上官', '皇甫', '令狐', '诸葛', '司徒', '司马', '申屠', '夏侯', '贺兰', '完颜', '慕容', '尉迟', '长孙', '东方', '公孙', '宇文', '轩辕', '端木', '西门', '南宫', '独孤', '呼延', '钟离', '闻人', '万俟', '赫连', '澹台', '公冶', '宗政', '濮阳', '淳于', '单于', '太叔', '拓跋'];
const SN_W = [...TOP_SN, ...TOP_SN, ...TOP_SN, ...TOP_SN, ...MID_SN, ...MID_SN, ...LOW_SN];
const ALL_SINGLE_SN = new Set([...TOP_SN, ...MID_SN, ...LOW_SN, ...RARE_SN]);
const SN_PY = { 王: 'wang', 李: 'li', 张: 'zhang', 刘: 'liu', 陈: 'chen', 杨: 'yang', 黄: 'huang', 赵: 'zhao', 吴: 'wu', 周: 'zhou', 徐: 'xu', 孙: 'sun', 马: 'ma', 朱: 'zhu', 胡: 'hu', 郭: 'guo', 何: 'he', 高: 'gao', 林: 'lin', 罗: 'luo', 郑: 'zheng', 梁: 'liang', 谢: 'xie', 宋: 'song', 唐: 'tang', 许: 'xu', 韩: 'han', 冯: 'feng', 邓: 'deng', 曹: 'cao', 彭: 'peng', 曾: 'zeng', 肖: 'xiao', 田: 'tian', 董: 'dong', 袁: 'yuan', 潘: 'pan', 于: 'yu', 蒋: 'jiang', 蔡: 'cai', 余: 'yu', 杜: 'du', 叶: 'ye', 程: 'cheng', 苏: 'su', 魏: 'wei', 欧阳: 'ouyang', 上官: 'shangguan', 司马: 'sima', 诸葛: 'zhuge' };
const PY = ['wei', 'fang', 'jing', 'min', 'jun', 'hui', 'xin', 'yu', 'hao', 'jie', 'lei', 'tao', 'ming', 'hong', 'ting', 'yan', 'na', 'qiang', 'ping', 'bo', 'chen', 'xue', 'li', 'hua', 'lin', 'yi', 'jia', 'qi', 'rui', 'zhe', 'kai', 'feng', 'yun', 'lan', 'mei', 'xiao', 'zi', 'han', 'yue', 'shan'];
const MALE = chars('伟强磊军洋勇杰涛明超刚平辉鹏飞建国浩宇轩博斌凯峰亮俊志宏鸿翔睿泽航铭昊逸辰瑞帆楷烨晟骏旭毅健坤忠贵福德兵胜庆东波彬松栋森鑫晨朗锋锐哲皓霖啸钧永振卫海岩良诚新涵远');
const FEMALE = chars('芳娜敏静丽艳娟秀霞桂英玉萍红燕琳凤兰梅春婷雪慧颖琪佳欣怡涵萱晗彤诗悦锦蕾岚琦淑珍莉璐妍蓉薇璇瑶倩丹晓雯菲洁露云月莎珊婉嫣媛姝娅婧馨蕊茜');
const NEUTRAL = chars('子梓雨思嘉文晓依安宁乐可语若家俊欣明清睿');
const RARE_GIVEN = chars('垚淼犇喆赟堃玥昇祎彧珺翀昶煜琰璟蕤婕旻燚焱鋆珏琮湉婳妘瑾璠祯甯曌嫚翯頔䶮');
const UY_F = ['阿依古丽', '古丽娜尔', '迪丽努尔', '热依拉', '帕提古丽', '米热古丽', '祖丽皮亚', '阿米娜', '努尔比亚', '再娜甫', '阿瓦古丽', '海尼古丽', '古再丽', '阿丽米热', '苏比努尔', '阿依努尔'];
const UY_M = ['买买提', '艾力', '艾尔肯', '吐尔逊', '阿不都', '玉素甫', '亚森', '阿布拉', '依明', '努尔兰', '热合曼', '艾山', '肉孜', '吾守尔', '库尔班', '木合塔尔', '阿迪力', '阿力木', '克里木', '帕尔哈提', '麦麦提', '图尔荪', '阿卜杜拉', '哈力克', '司马义', '沙比提', '阿斯哈尔', '叶尔兰'];
const TIB_A = ['扎西', '次仁', '格桑', '丹增', '洛桑', '拉巴', '尼玛', '索朗', '白玛', '普布', '边巴', '达瓦', '米玛', '益西', '强巴', '旦增'];
const TIB_M = ['多吉', '顿珠', '平措', '扎西', '次仁', '罗布', '旺堆', '尼玛'];
const TIB_F = ['卓玛', '拉姆', '旺姆', '曲珍', '央金', '德吉', '措姆', '卓嘎'];
const MONGOL_M = ['巴特尔', '那日苏', '额尔敦', '孟和', '朝鲁', '宝音', '哈斯', '阿拉坦', '巴雅尔', '乌力吉', '毕力格', '苏和'];
const MONGOL_F = ['乌兰图雅', '其其格', '苏日娜', '图雅', '萨仁', '格日勒', '敖登', '娜仁花', '托娅'];
const MONGOL = [...MONGOL_M, ...MONGOL_F];
const EN_NAMES = { M: ['David', 'Kevin', 'Jason', 'Eric', 'Tony', 'Leo', 'Frank', 'Allen'], F: ['Linda', 'Amy', 'Grace', 'Vivian', 'Cindy', 'Emma', 'Lily', 'Sophia'] };

// ------------------------------------------------------- decoy pools ----
// company / shop / brand names that begin with a surname character
const COMPANIES = ['金辉地产', '方正证券', '高德地图', '苏宁易购', '王老吉药业', '华为技术有限公司', '万科物业', '周大福珠宝', '马应龙药业', '钱大妈生鲜', '黄记煌餐饮', '张小泉刀剪', '陈李济药厂', '宋城演艺', '安踏体育', '李宁体育用品', '石药集团', '白象食品', '方太厨具', '林清轩化妆品', '顾家家居', '欧派家居', '唐狮服饰', '雷士照明', '易车网', '汤臣倍健', '韩都衣舍', '罗莱家纺', '柳工机械', '明阳智能', '宁德时代', '东方财富', '东方航空', '常熟银行', '江南布衣', '曹操出行', '孔雀城置业', '何氏眼科', '余姚塑料城', '金蝶软件', '史丹利化肥', '龙湖集团', '华润万家', '郑州银行', '杭州银行', '武商集团', '雅戈尔集团', '卫龙食品', '洪九果品', '毛戈平美妆'];
const SHOPS = ['苏宁易购官方旗舰店', '李宁官方旗舰店', '周大福官方旗舰店', '良品铺子旗舰店', '华为官方旗舰店', '安踏官方旗舰店', '方太官方旗舰店', '韩都衣舍旗舰店', '罗莱家纺官方店', '汤臣倍健官方旗舰店', '钱大妈社区店', '卫龙官方旗舰店', '白象食品旗舰店', '江小白酒业旗舰店'];
const PRODUCTS = ['金龙鱼花生油5L', '王老吉凉茶24罐', '白加黑感冒片', '江小白清香型白酒', '周黑鸭鸭脖礼盒', '黄飞红麻辣花生', '王守义十三香', '李锦记蚝油', '康师傅红烧牛肉面', '云南白药牙膏', '孔府家酒', '高露洁牙膏', '金嗓子喉宝', '王者荣耀点券', '农夫山泉矿泉水', '白象方便面', '洪湖莲藕', '马利水彩颜料', '乔丹运动鞋', '杜康老窖', '卫龙辣条', '雷蛇鼠标', '安慕希酸奶', '伊利纯牛奶', '汤达人拉面'];
const FOODSHOPS = ['杨国福麻辣烫', '张亮麻辣烫', '黄焖鸡米饭', '老乡鸡', '吉野家', '袁记云饺', '蔡林记热干面', '沙县小吃', '兰州牛肉面', '周黑鸭', '陈香贵牛肉面', '钱大妈'];
const SCHOOLS = ['常州大学', '江南大学', '武汉大学', '华中科技大学', '金陵科技学院', '华东理工大学', '常州工学院', '郑州大学', '黄淮学院', '周口师范学院', '安徽大学', '宁波大学', '石河子大学', '贺州学院'];
const BANK_BRANCHES = ['招商银行常州分行营业部', '中国工商银行常州武进支行', '中国建设银行广州白云支行', '中国银行周口川汇支行', '交通银行杭州余杭支行', '中国农业银行成都高新支行', '兴业银行黄山分行', '常熟银行武进支行', '江苏银行常州钟楼支行', '宁波银行金华分行', '郑州银行周口分行', '平安银行深圳南山支行'];
const INSURERS = ['太平洋保险', '华泰财险', '阳光保险', '安盛天平', '鼎和财险', '永安保险', '紫金保险', '富德生命人寿', '长城人寿'];
const HOTELS = [['汉庭酒店（白云机场店）', '白云机场'], ['如家酒店（王府井店）', '王府井'], ['全季酒店（黄山屯溪老街店）', '黄山'], ['亚朵酒店（常州武进万达店）', '常州'], ['锦江之星（张家口火车站店）', '张家口'], ['维也纳酒店（周口川汇店）', '周口'], ['城市便捷酒店（石家庄长安店）', '石家庄'], ['宜必思酒店（高新区店）', '高新区']];
// words that begin with a surname character
const WORDS = ['余额', '周末', '高速', '明天', '付款', '关于', '方案', '金额', '安全', '时间', '常见', '成功', '马上', '程序', '任务', '文件', '万元', '高温', '费用', '明白', '历史', '流程', '向日葵', '江湖', '石头', '叶子', '田园', '林业', '华丽', '和谐', '易拉罐', '于是', '关注', '白天', '金卡', '高级', '时尚', '安装'];
const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const ROLES = ['经理', '客服', '前台', '总监', '主管', '专员', '出纳', '会计', '文员', '司机', '保安', '店长', '销售代表', '高级工程师', '实习生', '管理员', '班主任', '安保', '法务', '项目经理'];
const DEPTS = ['销售部', '财务部', '人事部', '行政部', '市场部', '技术部', '客服中心', '采购部', '法务部', '仓储物流部', '华东区销售部', '安全生产部'];
const RELATIONS = ['父亲', '母亲', '配偶', '本人', '子女', '儿子', '女儿', '爷爷', '奶奶', '外公', '外婆', '丈夫', '妻子', '兄弟', '姐妹', '岳父', '岳母', '爱人', '朋友', '同事'];
const REL_G = { 父亲: 'M', 母亲: 'F', 丈夫: 'M', 妻子: 'F', 儿子: 'M', 女儿: 'F', 爷爷: 'M', 奶奶: 'F', 外公: 'M', 外婆: 'F', 岳父: 'M', 岳母: 'F', 兄弟: 'M', 姐妹: 'F', 姑姑: 'F', 保姆: 'F' };
const relG = (r) => REL_G[r] || (chance(0.5) ? 'M' : 'F');
const NICKNAMES = ['小王', '小李', '阿强', '阿珍', '老李', '大刘', '胖虎', '小美', '阿杰', '小周', '老马', '阿芳', '小高', '毛毛', '欢欢', '石头哥', '小陈', '阿伟', '老郑', '小胡'];
const CN_NICKS = ['林深时见鹿', '王者荣耀代练', '周末去钓鱼', '向日葵', '江湖夜雨', '高山流水', '金色年华', '白开水', '马到成功', '叶落知秋', '程序猿', '何必呢', '安静的美男子', '柳暗花明', '常乐', '宁静致远', '云淡风轻', '晓风残月'];
const USERNAMES = ['wangwei88', 'zhang_san', 'li.lei2000', 'chenjing_1990', 'xiaoliu666', 'zhao_ming', 'momo_yang', 'user_8832', 'sunny_zhou', 'tony_ma', 'huang.x', 'linlin_0707', 'gaofei_gz', 'wu_jiejie'];
const PLACEHOLDERS = ['未填写', '待定', '同上', '—', '无', '暂无', '不详', '略', '空', 'N/A', '/', '见附件', '未知', '待补充', '（空缺）', '未提供', '--'];
const TITLES = ['先生', '女士', '小姐', '老师', '经理', '总', '主任', '医生', '师傅', '阿姨', '工', '姐', '哥', '老板', '同学', '护士'];
const PLACES = [
  { p: '江苏省', c: '常州市', ds: ['武进区', '天宁区', '钟楼区', '新北区', '金坛区'] },
  { p: '北京市', c: '', ds: ['朝阳区', '海淀区', '丰台区', '石景山区', '通州区', '昌平区'] },
  { p: '广东省', c: '广州市', ds: ['白云区', '天河区', '越秀区', '黄埔区', '番禺区'] },
  { p: '河北省', c: '张家口市', ds: ['桥东区', '宣化区', '万全区'] },
  { p: '河南省', c: '周口市', ds: ['川汇区', '淮阳区'] },
  { p: '安徽省', c: '黄山市', ds: ['屯溪区', '黄山区'] },
  { p: '浙江省', c: '金华市', ds: ['婺城区', '金东区'] },
  { p: '浙江省', c: '杭州市', ds: ['西湖区', '余杭区', '萧山区', '上城区'] },
  { p: '山东省', c: '青岛市', ds: ['李沧区', '崂山区', '黄岛区', '市南区'] },
  { p: '四川省', c: '成都市', ds: ['武侯区', '金牛区', '成华区', '高新区'] },
  { p: '湖北省', c: '武汉市', ds: ['江汉区', '洪山区', '武昌区', '江夏区'] },
  { p: '广东省', c: '深圳市', ds: ['南山区', '龙岗区', '宝安区', '福田区', '罗湖区'] },
  { p: '上海市', c: '', ds: ['浦东新区', '徐汇区', '闵行区', '杨浦区', '黄浦区'] },
  { p: '湖南省', c: '常德市', ds: ['武陵区', '鼎城区'] },
  { p: '江西省', c: '吉安市', ds: ['吉州区', '青原区'] },
  { p: '广西壮族自治区', c: '贺州市', ds: ['八步区', '平桂区'] },
  { p: '福建省', c: '厦门市', ds: ['思明区', '湖里区', '集美区'] },
  { p: '辽宁省', c: '沈阳市', ds: ['和平区', '沈河区', '于洪区'] },
  { p: '陕西省', c: '西安市', ds: ['雁塔区', '碑林区', '高陵区'] },
  { p: '云南省', c: '昆明市', ds: ['五华区', '盘龙区', '官渡区'] },
];
const ROADS = ['人民路', '解放大道', '建设路', '中山北路', '长江路', '黄河路', '文化路', '和平街', '胜利街', '金桥路', '高新大道', '周家嘴路', '马当路', '石门一路', '江南大道', '华山路', '常青路', '关山大道', '龙华路', '白石路', '向阳路', '宁海路', '湖塘大道', '延安西路'];
const COMMUNITIES = ['金地花园', '万科城', '碧桂园', '保利天悦', '绿地世纪城', '华润城', '龙湖春江郦城', '常青藤小区', '明珠苑', '阳光新城', '白鹭湾', '和平里小区', '金色家园', '翠湖天地', '龙城国际', '江南名府', '石榴园', '高新公寓', '梅园新村', '桂花苑'];

// extra words that random surname+given combinations must not equal
const BLACK = new Set(('安心 安宁 安乐 安静 安全 平安 和平 和睦 和美 文静 文明 文雅 文化 明亮 明星 明媚 明白 明朗 明智 明清 高兴 高雅 高峰 高明 高超 高洁 高亮 高阳 高新 江山 江南 江海 江宁 金山 金华 金鑫 金玉 黄金 白云 白雪 白洁 万宁 万全 华宁 成才 成功 成龙 常乐 常青 时尚 向阳 于是 关心 何必 任意 史诗 田园 林海 石林 叶子 宁静 黎明 齐心 甘心 童心 温馨 舒心 米兰 柏林 桂林 陆军 龙飞 龙凤 凤凰 雷锋 马云 李白 周一 周二 周三 周四 周五 周六 周日 江西 华山 秦岭 商城 乐可 和谐 景明 景东 兰州 连云 车晨 文涵 文字 于心 游戏 严肃 严格 关东 关平 孔明 司马 欧阳 上官 东方 西门 南宫 长孙 单于 纪念 顾问 全国 全新 全家 全明 乔丹 童年 宫殿 华夏 康健 方便 付出 易家 和家 时光 江东 花明 梅花 伍佰 时晨 申请 管家 房东 房屋').split(/\s+/));
const FIXED_TEXT = [COMPANIES, SHOPS, PRODUCTS, FOODSHOPS, SCHOOLS, BANK_BRANCHES, INSURERS, HOTELS.flat(), WORDS, ROLES, DEPTS, RELATIONS, NICKNAMES, CN_NICKS, PLACEHOLDERS, ROADS, COMMUNITIES, PLACES.flatMap((p) => [p.p, p.c, ...p.ds])].flat().join('|');

function okName(v) {
  if (BLACK.has(v) || FIXED_TEXT.includes(v)) return false;
  const g = v.slice(1);
  if (g === '子' || g === '某' || g === '某某') return false;
  return true;
}
// type: 'uy' (Uyghur/Kazakh, given·father), 'tib' (Tibetan, 4 chars, no surname), 'mon' (Mongolian, no surname)
function genMinority(g, type) {
  const r = type === 'uy' ? 0 : type === 'tib' ? 0.8 : type === 'mon' ? 0.95 : rnd();
  if (r < 0.7) {
    const given = g === 'M' ? pick(UY_M) : pick(UY_F);
    let father = pick(UY_M);
    while (father === given) father = pick(UY_M);
    const sep = chance(0.9) ? '·' : '•';
    return { v: given + sep + father, g, sl: 0, min: true, mt: 'uy' };
  }
  if (r < 0.9) {
    const a = pick(TIB_A);
    let b = pick(g === 'M' ? TIB_M : TIB_F);
    while (b === a) b = pick(g === 'M' ? TIB_M : TIB_F);
    return { v: a + b, g, sl: 0, min: true, mt: 'tib' };
  }
  return { v: pick(g === 'M' ? MONGOL_M : MONGOL_F), g, sl: 0, min: true, mt: 'mon' };
}
// opts: g ('M'|'F'), sn (fixed surname), minority (probability), han (no minority)
function genName(opts = {}, used = new Set()) {
  for (let t = 0; t < 500; t++) {
    const g = opts.g || (chance(0.5) ? 'M' : 'F');
    const pMin = opts.han ? 0 : (opts.minority ?? 0.025);
    if (!opts.sn && chance(pMin)) {
      const m = genMinority(g, opts.mtype);
      if (!used.has(m.v)) return m;
      continue;
    }
    let sn = opts.sn;
    if (!sn) {
      const r = rnd();
      if (r < 0.075) sn = pick(COMPOUND_SN);
      else if (r < 0.16) sn = pick(RARE_SN);
      else if (r < 0.175) { sn = pick(TOP_SN) + pick(SN_W); if (sn[0] === sn[1]) continue; } // double surname (张王某某)
      else sn = pick(SN_W);
    }
    let glen = sn.length >= 2 ? (chance(0.6) ? 2 : 1) : (chance(0.68) ? 2 : 1);
    if (sn.length === 2 && !COMPOUND_SN.includes(sn)) glen = 2;
    const pool = g === 'M' ? MALE : FEMALE;
    const one = () => { const r = rnd(); return r < 0.8 ? pick(pool) : r < 0.93 ? pick(NEUTRAL) : pick(RARE_GIVEN); };
    let given;
    if (glen === 1) given = one();
    else if (g === 'F' && chance(0.06)) { const c = pick(FEMALE); given = c + c; }
    else { given = one() + one(); if (given[0] === given[1]) continue; }
    if (given.includes(sn)) continue;
    const v = sn + given;
    if (used.has(v) || !okName(v)) continue;
    return { v, g, sl: sn.length, min: false };
  }
  throw new Error('name generator exhausted');
}
function fmtName(nm, style) {
  const v = nm.v;
  switch (style) {
    case 'fw': return !nm.min && v.length === 2 ? v[0] + '\u3000' + v[1] : v;
    case 'fwtail': return !nm.min && v.length === 2 ? v + '\u3000' : v;
    case 'sp': if (nm.min) return v; return v.length === 2 ? v[0] + ' ' + v[1] : v.slice(0, nm.sl) + ' ' + v.slice(nm.sl);
    case 'spall': return nm.min ? v : [...v].join(' ');
    case 'title': return v + (nm.g === 'M' ? '先生' : pick(['女士', '女士', '小姐']));
    case 'job': return v + pick(['经理', '老师', '主任', '总监', '工程师']);
    case 'left': return v + '（离职）';
    case 'en': return v + '(' + pick(EN_NAMES[nm.g]) + ')';
    default: return v;
  }
}
// style mix for a name cell; w overrides weights
function style(w = {}) {
  const W = Object.assign({ plain: 86, fw: 3, sp: 3, title: 4, left: 1, en: 1, job: 1, spall: 1 }, w);
  let tot = 0; for (const k in W) tot += W[k];
  let x = rnd() * tot;
  for (const k in W) { x -= W[k]; if (x < 0) return k; }
  return 'plain';
}

// ------------------------------------------------------- other fields ----
const MOB_PREFIX = [];
for (let p = 130; p <= 139; p++) MOB_PREFIX.push(p, p, p);
for (const p of [150, 151, 152, 153, 155, 156, 157, 158, 159]) MOB_PREFIX.push(p, p, p);
for (const p of [170, 171, 172, 173, 175, 176, 177, 178]) MOB_PREFIX.push(p);
for (let p = 180; p <= 189; p++) MOB_PREFIX.push(p, p, p);
for (const p of [190, 191, 192, 193, 195, 196, 197, 198, 199]) MOB_PREFIX.push(p);
const DEMO_MOB = new Set(['13800138000', '13912345678', '18888888888']);
const usedMob = new Set(), usedId = new Set(), usedCard = new Set(), usedMail = new Set();
function genMobile() {
  for (;;) {
    const m = String(pick(MOB_PREFIX)) + digits(8);
    if (!DEMO_MOB.has(m) && !usedMob.has(m)) { usedMob.add(m); return m; }
  }
}
function fmtMobile(m, f) {
  switch (f) {
    case 'dash': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case 'space': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case '+86': return '+86 ' + m;
    case '+86c': return '+86' + m;
    default: return m;
  }
}
// label separators: full-width colon mostly, also ': ', ':' and a bare space (姓名 王芳)
const colon = () => pick(['：', '：', '：', '：', ': ', ':', ' ']);
const mobStyle = (p = 0.12) => (chance(p) ? pick(['dash', 'space', '+86', '+86c']) : 'plain');
const maskMobile = (m) => m.slice(0, 3) + '****' + m.slice(7);

const REGIONS = ['110101', '110102', '110105', '110108', '310101', '310104', '310115', '440103', '440104', '440106', '440303', '440304', '440305', '330102', '330106', '320102', '320106', '320412', '320402', '420102', '420106', '510104', '510107', '500103', '610113', '210102', '370102', '410105', '430102', '350102', '120101', '130102', '140105', '150102', '220102', '230102', '340104', '360102', '450103', '460105', '520102', '530102', '620102', '630102', '640104', '650102', '540102', '411602', '130702', '341002'];
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(body) {
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(body[i]) * ID_W[i];
  return '10X98765432'[s % 11];
}
function randDate(y1, y2) {
  const t1 = Date.UTC(y1, 0, 1), t2 = Date.UTC(y2, 11, 31);
  const d = new Date(t1 + Math.floor(rnd() * ((t2 - t1) / 86400000 + 1)) * 86400000);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}
const ymd = (o, sep = '-') => `${o.y}${sep}${pad2(o.m)}${sep}${pad2(o.d)}`;
function genId(g = 'M', y1 = 1955, y2 = 2004, region) {
  for (;;) {
    const b = randDate(y1, y2);
    let seq3 = ri(0, 9);
    if ((g === 'M') !== (seq3 % 2 === 1)) seq3 = (seq3 + 1) % 10;
    const body = (region || pick(REGIONS)) + ymd(b, '') + pad2(ri(0, 99)) + seq3;
    const id = body + idCheck(body);
    if (!usedId.has(id)) { usedId.add(id); return { id, birth: b }; }
  }
}
const BINS = ['622202', '621700', '622848', '621661', '622588', '621483', '622700', '623668', '622609', '621226', '622262', '621785', '622908', '625965', '628288', '621799'];
function luhnDigit(body) {
  let s = 0;
  for (let i = body.length - 1, dbl = true; i >= 0; i--, dbl = !dbl) {
    let x = Number(body[i]);
    if (dbl) { x *= 2; if (x > 9) x -= 9; }
    s += x;
  }
  return String((10 - (s % 10)) % 10);
}
function genCard() {
  for (;;) {
    const len = chance(0.55) ? 19 : 16;
    const body = pick(BINS) + digits(len - 7);
    const c = body + luhnDigit(body);
    if (!usedCard.has(c)) { usedCard.add(c); return c; }
  }
}
const fmtCard = (c, f) => (f === 'group' ? c.replace(/(\d{4})(?=\d)/g, '$1 ') : c);
const MAIL_DOMAINS = ['qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com', 'outlook.com', 'gmail.com', 'aliyun.com', 'yeah.net', 'sohu.com', '139.com'];
function genEmail(nm) {
  for (;;) {
    let local;
    const dom = pick(MAIL_DOMAINS);
    if (dom === 'qq.com' && chance(0.6)) local = String(ri(2, 9)) + digits(ri(5, 9));
    else {
      let sn = nm && !nm.min ? SN_PY[nm.v.slice(0, nm.sl)] : null;
      if (!sn) sn = pick(PY);
      const g = pick(PY) + (chance(0.5) ? pick(PY) : '');
      local = pick([sn + g, g + '.' + sn, sn + '_' + g, sn + g + ri(1, 99), g + sn + ri(1970, 2005)]);
    }
    const e = `${local}@${dom}`.toLowerCase();
    if (dom === '139.com' && /^\d/.test(local)) continue;
    if (!usedMail.has(e)) { usedMail.add(e); return e; }
  }
}

// ------------------------------------------------------- document builder ----
const SN_START = (s) => ALL_SINGLE_SN.has(s[0]) || COMPOUND_SN.some((c) => s.startsWith(c));
class Doc {
  constructor() { this.ents = []; this.entKey = new Set(); this.dcs = []; this.dcKey = new Set(); this.decs = []; this.decKey = new Set(); this.used = new Set(); this.checks = []; }
  ent(det, value, written = value) {
    this.checks.push(written);
    const k = det + '\u0000' + value;
    if (!this.entKey.has(k)) { this.entKey.add(k); this.ents.push({ detector: det, value }); }
    return written;
  }
  dc(det, value, written = value) {
    this.checks.push(written);
    const k = det + '\u0000' + value;
    if (!this.dcKey.has(k)) { this.dcKey.add(k); this.dcs.push({ detector: det, value }); }
    return written;
  }
  decoy(kind, text) {
    this.checks.push(text);
    const k = kind + '\u0000' + text;
    if (!this.decKey.has(k)) { this.decKey.add(k); this.decs.push({ kind, text }); }
    return text;
  }
  // register as decoy only when it starts with a surname character (a real trap)
  maybeDecoy(kind, text) { return SN_START(text) ? this.decoy(kind, text) : text; }
  name(opts = {}) { const nm = genName(opts, this.used); this.used.add(nm.v); return nm; }
  person(nm, st = 'plain') { return this.ent('person_name_zh', nm.v, fmtName(nm, st)); }
  newPerson(opts = {}, st) { const nm = this.name(opts); return [nm, this.person(nm, st ?? style())]; }
  prose(opts = {}) { const nm = this.name(opts); return this.dc('person_name_zh', nm.v); }
  mobile(f = 'plain') { const m = genMobile(); return this.ent('cn_mobile', m, fmtMobile(m, f)); }
  maskedMobile() { const m = genMobile(); const w = maskMobile(m); return this.dc('cn_mobile', w); }
  id(g, y1, y2, region) { const r = genId(g, y1, y2, region); this.lastBirth = r.birth; const w = chance(0.03) ? r.id.toLowerCase() : r.id; return this.ent('cn_resident_id', r.id, w); }
  card(f) { const c = genCard(); return this.ent('bank_card', c, fmtCard(c, f)); }
  email(nm) { const e = genEmail(nm); return this.ent('email', e); }
  // decoy helpers
  company() { return this.decoy('company name', pick(COMPANIES)); }
  product() { return this.decoy('product name', pick(PRODUCTS)); }
  word(w) { return this.decoy('common word', w ?? pick(WORDS)); }
  weekday(o) { return this.decoy('common word', o ? wdOf(o) : pick(WEEKDAYS)); }
  // "2024-05-13（周一）" with the right weekday, the weekday registered as a decoy
  dateW(o = randDate(2024, 2024)) { return `${ymd(o)}（${this.weekday(o)}）`; }
  cityShort() { const P = pick(PLACES.filter((p) => p.c)); return this.maybeDecoy('place name', P.c.replace(/市$/, '')); }
  role(r) { return this.decoy('job title / role', r ?? pick(ROLES)); }
  dept() { return this.decoy('department', pick(DEPTS)); }
  rel(r) { return this.decoy('relationship word', r ?? pick(RELATIONS)); }
  nick() { return this.decoy('nickname', pick(NICKNAMES)); }
  cnNick() { return this.decoy('nickname', pick(CN_NICKS)); }
  user() { return this.decoy('username', pick(USERNAMES)); }
  placeholder(p) { return this.decoy('placeholder, not a name', p ?? pick(PLACEHOLDERS)); }
  address_(t) { return this.decoy('form of address alone', t); }
  form(titles = TITLES, sn) { return this.address_((sn ?? pick(SN_W)) + pick(titles)); }
  masked() {
    const sn = pick(SN_W), g = pick([...MALE, ...FEMALE]);
    return this.decoy('masked name', pick([sn + '*', sn + '**', sn + '某', sn + '某某', sn + '*' + g, '*' + g, sn + 'XX', sn + '××']));
  }
  place(t) { return this.decoy('place name', t); }
  // an address; every component starting with a surname character is a decoy
  addr(full = true) {
    const P = pick(PLACES);
    const d = pick(P.ds);
    const road = pick(ROADS), com = pick(COMMUNITIES);
    const parts = [P.p === '北京市' || P.p === '上海市' ? P.p : (chance(0.7) ? P.p : ''), P.c, d, road, ri(1, 999) + '号'];
    if (full) parts.push(com, ri(1, 30) + '栋' + (chance(0.6) ? ri(1, 4) + '单元' : '') + ri(1, 32) + pad2(ri(1, 6)) + '室');
    for (const x of [P.p, P.c, d, road]) if (x && parts.includes(x)) this.maybeDecoy('place name', x);
    if (full) this.maybeDecoy('place name', com);
    return parts.join('');
  }
  city() { const P = pick(PLACES); return P.c ? this.maybeDecoy('place name', P.c) : this.maybeDecoy('place name', pick(P.ds)); }
}

// ------------------------------------------------------- table renderers ----
const cw = (ch) => { const c = ch.codePointAt(0); return (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c === 0x3000 ? 2 : 1; };
const sw = (s) => [...s].reduce((a, c) => a + cw(c), 0);
const padW = (s, w) => s + ' '.repeat(Math.max(0, w - sw(s)));
const csvCell = (s, sep) => (s.includes(sep) || s.includes('"') || s.includes('\n') ? '"' + s.replace(/"/g, '""') + '"' : s);
const csv = (h, rows, sep = ',') => [h, ...rows].map((r) => r.map((c) => csvCell(c, sep)).join(sep)).join('\n');
const tsv = (h, rows) => [h, ...rows].map((r) => r.join('\t')).join('\n');
const md = (h, rows) => ['| ' + h.join(' | ') + ' |', '|' + h.map(() => '---').join('|') + '|', ...rows.map((r) => '| ' + r.join(' | ') + ' |')].join('\n');
function widths(h, rows) { return h.map((_, i) => Math.max(sw(h[i]), ...rows.map((r) => sw(r[i] ?? '')))); }
function ascii(h, rows) {
  const w = widths(h, rows);
  const line = '+' + w.map((x) => '-'.repeat(x + 2)).join('+') + '+';
  const row = (r) => '| ' + r.map((c, i) => padW(c, w[i])).join(' | ') + ' |';
  return [line, row(h), line.replace(/-/g, '='), ...rows.map(row), line].join('\n');
}
function fixed(h, rows, gap = 2) {
  const w = widths(h, rows);
  return [h, ...rows].map((r) => r.map((c, i) => (i === r.length - 1 ? c : padW(c, w[i] + gap))).join('').trimEnd()).join('\n');
}
const dateStr = (y1 = 2023, y2 = 2024) => ymd(randDate(y1, y2));
const time = (h1 = 7, h2 = 21) => `${pad2(ri(h1, h2))}:${pad2(ri(0, 59))}`;
const WD = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const wdOf = (o) => WD[new Date(Date.UTC(o.y, o.m - 1, o.d)).getUTCDay()];
const addDays = (o, n) => { const t = new Date(Date.UTC(o.y, o.m - 1, o.d + n)); return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }; };
const ageOf = (b) => 2024 - b.y - (b.m > 6 ? 1 : 0);

// =================================================== document kinds ====

// HR roster (CSV 员工花名册) of a company whose own name starts with a surname.
// Traps: company name in title, 部门/职位 columns (销售部, 经理, 前台), vacancy
// rows whose 姓名 cell is 待定/（空缺）/未填写, names marked （离职） or with an English name.
function k_hr_roster(d) {
  const co = d.company();
  const h = ['工号', '姓名', '性别', '部门', '职位', '手机号', '身份证号', '入职日期', '邮箱'];
  const rows = [];
  for (let i = 0, n = ri(12, 24); i < n; i++) {
    const no = 'E' + digitsNo1(5);
    if (chance(0.07)) { rows.push([no, d.placeholder(pick(['待定', '（空缺）', '未填写'])), '', d.dept(), d.role(), '', '', '', '']); continue; }
    if (chance(0.04)) { rows.push([no, d.role(pick(['前台', '客服', '值班司机'])), '', d.dept(), '公共岗位', d.mobile(), '', '', '']); continue; }
    const nm = d.name();
    rows.push([no, d.person(nm, style({ left: 4, en: 3 })), nm.g === 'M' ? '男' : '女', d.dept(), d.role(), d.mobile(), d.id(nm.g, 1962, 2002), dateStr(2012, 2024), chance(0.5) ? d.email(nm) : '']);
  }
  return `${co} 员工花名册（截至${dateStr(2024, 2024)}）\n` + csv(h, rows) + `\n制表：${d.dept()}`;
}

// School class list with parents (Markdown).
// Traps: school/district names (常州, 高新区), 关系 column (父亲/母亲/爷爷),
// 同上 in the parent columns for siblings, 班主任：王老师, 周末 in a note.
function k_school_class(d) {
  const sch = pick([['常州市', '高新区实验小学'], ['周口市', '川汇区第一小学'], ['黄山市', '屯溪区阳光小学'], ['金华市', '金东区实验小学'], ['广州市', '白云区同和小学']]);
  d.place(sch[0]); d.place(sch[1].slice(0, 3));
  const grade = pick(['一', '二', '三', '四', '五', '六']) + '年级(' + ri(1, 8) + ')班';
  const withId = chance(0.5);
  const h = ['学号', '学生姓名', '性别', ...(withId ? ['身份证号'] : []), '家长姓名', '关系', '联系电话', '备注'];
  const rows = [];
  let prev = null; // previous student (a sibling shares the surname)
  for (let i = 1, n = ri(14, 26); i <= n; i++) {
    const stu = d.name({ minority: 0.02 });
    const no = '2024' + pad2(i);
    const note = lz([() => d.word('周末') + '托管', () => d.word('周末') + '不在校', '午休托管', '过敏体质', '走读', '', '', '', '', '', '', '']);
    if (prev && chance(0.1)) {
      const sib = d.name({ sn: prev.min ? undefined : prev.v.slice(0, prev.sl), han: !prev.min });
      rows.push([no, d.person(sib), sib.g === 'M' ? '男' : '女', ...(withId ? [d.id(sib.g, 2013, 2018)] : []), d.placeholder('同上'), d.placeholder('同上'), d.placeholder('同上'), note]);
      continue;
    }
    const relW = rnd();
    const rel = relW < 0.45 ? '父亲' : relW < 0.85 ? '母亲' : pick(['爷爷', '奶奶', '外婆', '外公']);
    const pOpts = stu.min ? { g: relG(rel), minority: 0.8, mtype: stu.mt } : rel === '父亲' || rel === '爷爷' ? { sn: stu.v.slice(0, stu.sl), g: 'M', han: true } : { g: relG(rel) };
    const par = d.name(pOpts);
    rows.push([no, d.person(stu, style({ title: 0, job: 0, left: 0, en: 0 })), stu.g === 'M' ? '男' : '女', ...(withId ? [d.id(stu.g, 2013, 2018)] : []), d.person(par, style({ job: 0, left: 0, en: 0 })), d.rel(rel), d.mobile(), note]);
    prev = stu;
  }
  const t = `# ${sch[0]}${sch[1]} ${grade} 学生及家长通讯录\n\n` + md(h, rows) +
    `\n\n班主任：${d.form(['老师'])}  电话：${d.mobile()}\n注：${d.word('周末')}作业请家长签字，${d.word('安全')}须知见附件。`;
  return t;
}

// Hospital outpatient appointment list (TSV).
// Traps: hospital name with a place (常州市…), 医生 column holding forms of
// address only (王主任, 李医生), 周一 in the title, masked patients (王**) with masked phones.
function k_hospital_appt(d) {
  const hosp = pick([['常州市', '第一人民医院'], ['周口市', '中心医院'], ['黄山市', '人民医院'], ['金华市', '中心医院'], ['张家口市', '第二医院']]);
  d.place(hosp[0]);
  const h = ['序号', '患者姓名', '性别', '年龄', '科室', '医生', '预约时段', '手机号', '身份证号'];
  const depts = ['心内科', '骨科', '妇产科', '儿科', '皮肤科', '口腔科', '眼科', '消化内科', '神经内科', '内分泌科'];
  const rows = [];
  for (let i = 1, n = ri(14, 26); i <= n; i++) {
    const doc = d.form(['主任', '医生', '教授', '大夫']);
    const slot = chance(0.5) ? `上午 ${time(8, 11)}` : `下午 ${time(13, 16)}`;
    if (chance(0.08)) { rows.push([String(i), d.masked(), pick(['男', '女']), String(ri(20, 80)), pick(depts), doc, slot, d.maskedMobile(), '']); continue; }
    const nm = d.name();
    const id = d.id(nm.g, 1940, 2020);
    rows.push([String(i), d.person(nm, style({ title: 0, job: 0, left: 0, en: 0, fw: 6 })), nm.g === 'M' ? '男' : '女', String(ageOf(d.lastBirth)), pick(depts), doc, slot, d.mobile(), id]);
  }
  return `${hosp[0]}${hosp[1]} 门诊预约清单 ${d.dateW()}\n` + tsv(h, rows) + `\n打印人：${d.role(pick(['前台', '客服', '管理员']))}`;
}

// Hotel guest register (fixed-width print-out).
// Traps: hotel branch names with places (白云机场, 王府井), room types (高级大床房,
// 商务双床房), footer 值班：前台 小李. Two-character names padded with a
// full-width space (谢　凤) or trailing full-width padding.
function k_hotel_register(d) {
  const [hotel, pl] = pick(HOTELS);
  d.place(pl);
  const h = ['房号', '房型', '姓名', '证件号码', '手机号', '入住', '离店'];
  const types = ['高级大床房', '商务双床房', '豪华套房', '标准间', '亲子房', '行政大床房'];
  const rows = [];
  for (let i = 0, n = ri(12, 22); i < n; i++) {
    const nm = d.name({ minority: 0.04 });
    const t = pick(types);
    d.maybeDecoy('common word', t);
    const ci = randDate(2024, 2024);
    rows.push([String(ri(2, 18)) + pad2(ri(1, 30)), t, d.person(nm, style({ plain: 40, fw: 45, fwtail: 8, sp: 0, title: 0, job: 0, left: 0, en: 0, spall: 0 })), d.id(nm.g, 1950, 2005), d.mobile(), ymd(ci), ymd(addDays(ci, ri(1, 3)))]);
  }
  return `${hotel} 在住宾客登记表  打印时间 ${dateStr(2024, 2024)} ${time()}\n` + fixed(h, rows) +
    `\n\n值班：${d.role('前台')} ${d.nick()}    夜审：${d.form(['经理'])}`;
}

// Courier waybills (key: value slips, several per document).
// Traps: courier company names, sender that is a shop/company, 收件人 张先生 (form
// of address alone), products in 托寄物, 周末 in 备注, addresses full of places.
function k_courier_slip(d) {
  const cos = ['顺丰速运', '中通快递', '韵达快递', '圆通速递', '申通快递', '极兔速递', '京东物流', '邮政EMS'];
  const out = [];
  for (let i = 0, n = ri(3, 5); i < n; i++) {
    const co = pick(cos);
    const no = (co === '顺丰速运' ? 'SF' : co === '中通快递' ? 'ZT' : co === '圆通速递' ? 'YT' : 'JT') + digitsNo1(12);
    let sender;
    if (chance(0.25)) sender = `寄件人：${d.decoy('company name', pick(SHOPS))}  电话：${d.placeholder('—')}`;
    else { const [, w] = d.newPerson({}, style({ job: 0, left: 0, en: 0 })); sender = `寄件人：${w}  电话：${d.mobile(mobStyle())}`; }
    let recv;
    if (chance(0.15)) recv = `收件人：${d.form(['先生', '女士', '小姐'])}  电话：${d.mobile(mobStyle())}`;
    else { const [, w] = d.newPerson({}, style({ job: 0, left: 0, en: 0, title: 8 })); recv = `收件人：${w}  电话：${d.mobile(mobStyle())}`; }
    const note = lz([() => `${d.word('周末')}不在家，请放丰巢柜`, () => `${d.word('明天')}下午再送`, '放门卫室', '易碎品，轻拿轻放', '到了打电话']);
    out.push([`【${co}】电子面单  运单号：${no}`, sender, `寄件地址：${d.addr()}`, recv, `收件地址：${d.addr()}`, `托寄物：${d.product()} ×${ri(1, 3)}`, `备注：${note}`].join('\n'));
  }
  return out.join('\n' + '-'.repeat(40) + '\n');
}

// E-commerce order export (CSV).
// Traps: shop names (李宁官方旗舰店, 苏宁易购…), product names, 余额支付,
// buyer notes with 周末/明天, platform-masked receivers (王**) with masked phones,
// receivers written 王芳女士, and 张先生 alone.
function k_ecommerce_orders(d) {
  const h = ['订单编号', '下单时间', '店铺名称', '商品名称', '数量', '实付金额(元)', '支付方式', '收货人', '联系电话', '收货地址', '买家备注'];
  const pays = ['余额支付', '微信支付', '支付宝', '花呗分期', '银行卡快捷支付'];
  const rows = [];
  for (let i = 0, n = ri(12, 22); i < n; i++) {
    const pay = pick(pays); if (pay === '余额支付') d.word(pay);
    const note = lz(['', '', () => `${d.word('周末')}送货`, () => `${d.word('明天')}下午送`, '放门卫', '不要电话联系', '发顺丰']);
    const base = [ 'DD' + digitsNo1(14), `${dateStr(2024, 2024)} ${time()}`, d.decoy('shop name', pick(SHOPS)), d.product(), String(ri(1, 5)), (ri(990, 99900) / 100).toFixed(2), pay];
    const r = rnd();
    if (r < 0.1) rows.push([...base, d.masked(), d.maskedMobile(), d.addr(false) + '****', note]);
    else if (r < 0.16) rows.push([...base, d.form(['先生', '女士', '小姐']), d.mobile(), d.addr(), note]);
    else { const [, w] = d.newPerson({}, style({ title: 10, job: 0, left: 0 })); rows.push([...base, w, d.mobile(mobStyle(0.08)), d.addr(), note]); }
  }
  return csv(h, rows);
}

// Insurance claim application (form, two per document).
// Traps: insurer names (阳光保险, 华泰财险), relationship words (配偶/子女/本人),
// 受益人：法定, 沪宁高速 / 周六 / 对方司机 in the accident narrative, bank branches,
// 理赔专员 given as 客服 or 周经理.
function k_insurance_claim(d) {
  const forms = [];
  for (let k = 0; k < 2; k++) {
    const ins = d.maybeDecoy('company name', pick(INSURERS));
    const [ph, phW] = d.newPerson({}, 'plain');
    const same = chance(0.4);
    const lines = [`${ins} 机动车辆保险索赔申请书`, `报案号：RDAA${digitsNo1(10)}`, `投保人：${phW}    证件号码：${d.id(ph.g, 1960, 1998)}    联系电话：${d.mobile(mobStyle())}`];
    let ins2 = ph, ins2W = phW;
    if (same) lines.push(`被保险人：${d.placeholder('同投保人')}    与投保人关系：${d.rel('本人')}`);
    else {
      const rel = pick(['配偶', '儿子', '女儿', '父亲', '母亲']);
      [ins2, ins2W] = d.newPerson({ g: rel === '配偶' ? (ph.g === 'M' ? 'F' : 'M') : relG(rel) }, 'plain');
      const [y1, y2] = rel === '父亲' || rel === '母亲' ? [1940, 1965] : rel === '配偶' ? [1960, 1998] : [1985, 2004];
      lines.push(`被保险人：${ins2W}    与投保人关系：${d.rel(rel)}`, `被保险人证件号码：${d.id(ins2.g, y1, y2)}    手机：${d.mobile()}`);
    }
    const hw = pick(['沪宁高速', '京港澳高速', '沈海高速', '长深高速']);
    lines.push(`出险经过：${d.dateW()}下午，被保险人驾车行驶至${d.word(hw)}${d.cityShort()}段时与前车追尾，对方司机已报警，交警认定我方全责，损失金额约${ri(3, 40)}${d.word('万元')}以内。`);
    if (chance(0.5)) lines.push(`受益人：${d.placeholder('法定')}`);
    else { const rel = pick(['配偶', '儿子', '女儿']); const [, bw] = d.newPerson({ g: rel === '配偶' ? (ins2.g === 'M' ? 'F' : 'M') : relG(rel) }, 'plain'); lines.push(`受益人：${bw}    关系：${d.rel(rel)}    电话：${d.mobile()}`); }
    lines.push(`领款账户  户名：${ins2W}    开户行：${d.decoy('bank branch', pick(BANK_BRANCHES))}    卡号：${d.card(chance(0.3) ? 'group' : '')}`);
    lines.push(`理赔专员：${chance(0.5) ? d.role('客服') : d.form(['经理'])}    申请人（签字）：${d.person(ph, 'plain')}    日期：${dateStr(2024, 2024)}`);
    forms.push(lines.join('\n'));
  }
  return forms.join('\n\n' + '='.repeat(30) + '\n\n');
}

// Bank account opening applications (key/value form, 2-3 per document).
// Traps: 开户网点 branch names with places (高新区支行), 工作单位 companies,
// 职业 roles (经理), 紧急联系人 关系 (父亲/配偶), 代理人：无, 客户经理：陈经理.
function k_bank_account_opening(d) {
  const forms = [];
  for (let k = 0, n = ri(2, 3); k < n; k++) {
    const [nm, w] = d.newPerson({ minority: 0.04 }, style({ title: 0, job: 0, left: 0, en: 0, fw: 0, spall: 0, sp: 3 }));
    const erel = pick(['父亲', '母亲', '配偶', '兄弟', '姐妹', '朋友']);
    const [, ew] = d.newPerson({ g: erel === '配偶' ? (nm.g === 'M' ? 'F' : 'M') : relG(erel) }, 'plain');
    const L = [
      `个人客户开户申请书`,
      `开户网点：${d.decoy('bank branch', pick(BANK_BRANCHES))}`,
      `一、客户信息`,
      `户名：${w}          性别：${nm.g === 'M' ? '男' : '女'}`,
      `证件类型：居民身份证    证件号码：${d.id(nm.g, 1955, 2005)}`,
      `手机号码：${d.mobile(mobStyle())}    电子邮箱：${chance(0.6) ? d.email(nm) : d.placeholder('无')}`,
      `职业：${d.role(pick(['经理', '会计', '文员', '司机', '主管']))}    工作单位：${d.company()}`,
      `联系地址：${d.addr()}`,
      `二、账户信息`,
      `卡号：${d.card(chance(0.4) ? 'group' : '')}    卡种：${d.word('金卡')}`,
      `三、紧急联系人`,
      `姓名：${ew}    关系：${d.rel(erel)}    电话：${d.mobile()}`,
      `四、代理人：${d.placeholder('无')}`,
      `客户经理：${d.form(['经理'])}    复核：${d.role(pick(['主管', '柜员A']))}`,
    ];
    forms.push(L.join('\n'));
  }
  return forms.join('\n\n');
}

// Property-management owner list (ASCII table).
// Traps: community name (金地花园), 同上 for a second unit, company/role as
// owner of unsold units (万科物业 / 开发商), 未填写, 备注 values (空置, 出租),
// tenant names inside a 备注 cell together with the tenant's mobile.
function k_property_owners(d) {
  const com = d.place(pick(COMMUNITIES));
  const h = ['楼栋', '房号', '业主姓名', '联系电话', '建筑面积(㎡)', '车位', '备注'];
  const rows = [];
  let had = false;
  for (let i = 0, n = ri(14, 24); i < n; i++) {
    const b = ri(1, 20) + '栋', room = ri(1, 33) + pad2(ri(1, 4));
    const area = (ri(600, 1800) / 10).toFixed(1), car = chance(0.5) ? 'B' + ri(1, 2) + '-' + ri(1, 300) : '';
    const r = rnd();
    if (r < 0.07 && had) { rows.push([b, room, d.placeholder('同上'), d.placeholder('同上'), area, car, '']); continue; }
    if (r < 0.12) { rows.push([b, room, chance(0.5) ? d.decoy('company name', pick(['万科物业', '金辉地产', '龙湖集团'])) : d.role('开发商'), '', area, '', d.word('空置')]); continue; }
    if (r < 0.16) { rows.push([b, room, d.placeholder('未填写'), '', area, car, '']); continue; }
    const [, w] = d.newPerson({}, style({ title: 8, job: 0, left: 0, en: 0 }));
    let note = pick(['自住', '自住', '装修中', '']);
    if (chance(0.15)) { const [, tw] = d.newPerson({}, 'plain'); note = `出租，租户：${tw} ${d.mobile()}`; }
    rows.push([b, room, w, d.mobile(mobStyle(0.05)), area, car, note]);
    had = true;
  }
  return `${com} 业主信息登记表（物业服务中心 内部使用）\n` + ascii(h, rows) + `\n物业经理：${d.form(['经理'])}  客服：${d.nick()}`;
}

// Gym membership list (semicolon-separated export).
// Traps: 卡种 周卡/年卡, 私教 column with nicknames (阿杰, 小周) and English
// names, 备注 高温瑜伽, member rows with only a username (wangwei88).
function k_gym_members(d) {
  const h = ['会员编号', '会员姓名', '性别', '手机号码', '卡种', '私教', '到期日', '备注'];
  const rows = [];
  for (let i = 0, n = ri(14, 24); i < n; i++) {
    const card = pick(['周卡', '月卡', '季卡', '年卡', '次卡']);
    if (card === '周卡') d.word(card);
    const coach = chance(0.7) ? d.nick() : pick(['Tony', 'Kevin', '—']);
    if (coach === '—') d.placeholder('—');
    const note = lz(['', '', () => d.word('高温') + '瑜伽', '游泳', '冻结中', '续费']);
    if (chance(0.06)) { rows.push(['VIP' + digitsNo1(5), d.user(), '', '', card, coach, dateStr(2024, 2025), note]); continue; }
    const [nm, w] = d.newPerson({}, style({ title: 6, job: 0, left: 0 }));
    rows.push(['VIP' + digitsNo1(5), w, nm.g === 'M' ? '男' : '女', d.mobile(), card, coach, dateStr(2024, 2025), note]);
  }
  return `${d.maybeDecoy('company name', pick(['金吉鸟健身', '乐刻运动', '威尔士健身', '一兆韦德']))}（${d.cityShort()}店）会员名单导出\n` + csv(h, rows, ';');
}

// WeChat group member export (TSV).
// Traps: 群昵称 column full of nicknames (林深时见鹿, 小王, 王者荣耀代练), 微信号
// usernames (wangwei88), 真实姓名 left as — / 未填写 for members without data.
// Real names sit in the 真实姓名 column of rows that also hold a mobile.
function k_wechat_group(d) {
  const grp = pick(['常州武进宝妈互助群', '金地花园业主群', '周末羽毛球群', '高新区二手交易群', '黄山自驾游群']);
  const h = ['序号', '群昵称', '微信号', '真实姓名', '手机号'];
  const rows = [];
  for (let i = 1, n = ri(15, 26); i <= n; i++) {
    const nick = chance(0.5) ? d.cnNick() : d.nick();
    const wx = chance(0.25) ? d.user() : 'wxid_' + Array.from({ length: 10 }, () => pick('abcdefghjkmnpqrstuvwxyz023456789')).join('');
    if (chance(0.18)) { rows.push([String(i), nick, wx, d.placeholder(pick(['—', '未填写', '暂无'])), '']); continue; }
    const [, w] = d.newPerson({}, style({ title: 0, job: 0, left: 0, en: 0 }));
    rows.push([String(i), nick, wx, w, d.mobile()]);
  }
  d.maybeDecoy('group name', grp);
  return `微信群「${grp}」成员导出（共${rows.length}人）\n导出时间：${dateStr(2024, 2024)} ${time()}\n` + tsv(h, rows);
}

// Meeting sign-in sheet (Markdown).
// Traps: 单位 companies (方正证券, 高德地图), 职务 titles, sign-in rows whose
// 姓名 is a department (销售部) or a form of address (王总（代签）).
function k_meeting_signin(d) {
  const city = d.city();
  const h = ['序号', '姓名', '单位', '职务', '联系电话', '签到时间'];
  const rows = [];
  let mins = 8 * 60 + ri(20, 40);
  const time = () => { mins += ri(0, 4); return `${pad2(Math.floor(mins / 60))}:${pad2(mins % 60)}`; };
  for (let i = 1, n = ri(12, 24); i <= n; i++) {
    const r = rnd();
    if (r < 0.05) { rows.push([String(i), d.dept(), d.company(), '', '', time()]); continue; }
    if (r < 0.1) { rows.push([String(i), d.form(['总', '经理', '主任']) + '（代签）', d.company(), d.role(), d.mobile(), time()]); continue; }
    const [, w] = d.newPerson({}, style({ title: 3, job: 0, left: 0, en: 0, sp: 5 }));
    rows.push([String(i), w, d.company(), d.role(pick(['总经理', '副总裁', '经理', '总监', '主任', '董事长', '销售代表', '项目经理'])), d.mobile(), time()]);
  }
  return `## ${dateStr(2024, 2024)} ${city}企业服务座谈会 签到表\n\n` + md(h, rows) + `\n\n会务联系：${d.role('行政部')} ${d.nick()}`;
}

// Lease contract between a company and an individual (prose contract).
// Traps: company party names, 法定代表人 label (a name: entity), 万元, 周末,
// 同住人 relations (配偶, 子女), 见证人 with a name, 经办人：前台.
function k_contract(d) {
  const co = d.company();
  const [rep, repW] = d.newPerson({ han: true }, 'plain');
  const [ten, tenW] = d.newPerson({}, 'plain');
  const tenId = d.id(ten.g, 1960, 2002);
  const lines = [
    `房屋租赁合同`,
    `合同编号：ZL-${digitsNo1(8)}`,
    `甲方（出租方）：${co}有限公司`,
    `法定代表人：${repW}`,
    `乙方（承租方）：${tenW}`,
    `身份证号：${tenId}`,
    `联系电话：${d.mobile(mobStyle())}`,
    `通讯地址：${d.addr()}`,
    ``,
    `第一条 甲方将位于${d.addr()}的房屋出租给乙方居住使用。`,
    `第二条 租期一年，月租金人民币${ri(2, 9)}千元，押金${ri(1, 2)}${d.word('万元')}以内，乙方应于每月五日前${d.word('付款')}。`,
    `第三条 ${d.word('关于')}维修：${d.word('周末')}及节假日的报修由甲方值班人员处理，${d.word('费用')}按实结算。`,
  ];
  const co2 = [];
  for (let i = 0, n = ri(0, 3); i < n; i++) { const rel = pick(['配偶', '女儿', '儿子', '母亲', '父亲']); const [, w] = d.newPerson({ g: rel === '配偶' ? (ten.g === 'M' ? 'F' : 'M') : relG(rel) }, 'plain'); co2.push(`${w}（${d.rel(rel)}）`); }
  lines.push(`第四条 共同居住人：${co2.length ? co2.join('、') : d.placeholder('无')}。`);
  const [, witW] = d.newPerson({}, 'plain');
  lines.push('', `甲方（盖章）：${co}有限公司    代表签字：${repW}`, `乙方（签字）：${tenW}    日期：${dateStr(2024, 2024)}`, `见证人${colon()}${witW}    电话${colon()}${d.mobile()}`, `经办人：${d.role(pick(['前台', '销售部', '客服']))}`);
  return lines.join('\n');
}

// E-mail with signature block (header, prose body, signature).
// Traps: 王总说下周开会 (form of address in prose), a colleague named in prose with
// no data (dontCare), 抄送 to a department, signature title and company, 周末.
function k_email_signature(d) {
  const [from, fromW] = d.newPerson({ minority: 0.03 }, 'plain');
  const [to, toW] = d.newPerson({}, 'plain');
  const fromMail = d.email(from), toMail = d.email(to);
  const body = lz([
    () => `    ${d.form(['总'])}说下周开会讨论${d.word('方案')}，请在${d.word('周末')}前把材料发我。另外${d.prose()}那边的报价已经确认。`,
    () => `    附件是${d.company()}的合同草稿，${d.prose()}已经看过一遍，${d.form(['经理'])}让我们${d.word('明天')}上午给反馈。`,
    () => `    上周和${d.prose()}一起去了${d.city()}工厂，${d.word('流程')}没问题。${d.form(['总', '主任'])}的意见在附件里。`,
  ]);
  const sig = [fromW, d.role(pick(['华东区销售总监', '客户经理', '采购主管', '项目经理', '人事专员', '财务经理'])), d.company(), `手机：${d.mobile(mobStyle(0.3))}`, `邮箱：${fromMail}`];
  if (chance(0.5)) sig.push(`地址：${d.addr(false)}`);
  return [`发件人：${fromW} <${fromMail}>`, `收件人：${toW} <${toMail}>`, `抄送：${d.dept()}; ${d.form(['总'])}`, `主题：${d.word('关于')}下周${d.word('方案')}评审`, '', `${d.form(['经理', '老师', '总'], to.min ? undefined : to.v.slice(0, to.sl))}，您好：`, '', body, '', '此致', '敬礼', '', '--', ...sig].join('\n');
}

// Sales visit log (free-text lines).
// Traps: visited companies, weekday words (周二), 王总 / 李经理 alone, a name in
// prose with no data near it (dontCare), words 明天/周末/方案.
function k_sales_visit_log(d) {
  const [rep, repW] = d.newPerson({ han: true }, 'plain');
  const out = [`销售拜访日志  业务员：${repW}  手机：${d.mobile()}`, ''];
  let day = randDate(2024, 2024);
  for (let i = 0, n = ri(10, 16); i < n; i++) {
    day = addDays(day, ri(0, 3));
    const dt = d.dateW(day);
    const r = rnd();
    if (r < 0.35) { const [, w] = d.newPerson({}, 'plain'); out.push(`${dt} 拜访${d.company()}，联系人${colon()}${w}（${d.role(pick(['采购经理', '总监', '主管', '行政部']))}），电话${d.mobile()}。意向：${pick(['高', '中', '低'])}。`); }
    else if (r < 0.55) { const [, w] = d.newPerson({}, 'plain'); out.push(`${dt} 今天联系了${w}，电话${d.mobile()}，约了${d.word('明天')}面谈。`); }
    else if (r < 0.67) { const [, w] = d.newPerson({}, 'title'); out.push(`${dt} 回访${w}（${d.mobile()}），对${d.word('方案')}比较满意。`); }
    else if (r < 0.74) out.push(`${dt} ${d.form(['总', '经理'])}表示${d.word('周末')}再定，等通知。`);
    else if (r < 0.77) out.push(`${dt} 拜访${d.company()}未见到人，联系人${colon()}${d.role(pick(['前台', '行政部', '客服']))}（${d.mobile()}），留了资料。`);
    else if (r < 0.8) { const [, w1] = d.newPerson({}, 'plain'); const [, w2] = d.newPerson({}, 'plain'); out.push(`${dt} ${d.company()}项目对接，联系人${colon()}${w1}/${w2}，电话${d.mobile()}。`); }
    else if (r < 0.9) out.push(`${dt} 听说${d.company()}的${d.prose()}已经离职了，需要重新找对接人。`);
    else { const [, w] = d.newPerson({}, 'plain'); out.push(`${dt} ${d.company()}新对接人${w}，邮箱${d.email()}，手机${d.mobile(mobStyle(0.3))}。`); }
  }
  return out.join('\n');
}

// Customer-service tickets (several per document).
// Traps: 余额/付款 in descriptions, 会员账号 usernames, 处理人 客服-小美,
// 客户姓名 given as 王女士 / 未提供.
function k_cs_ticket(d) {
  const out = [];
  for (let i = 0, n = ri(4, 7); i < n; i++) {
    let cust;
    const r = rnd();
    if (r < 0.12) cust = d.form(['女士', '先生']);
    else if (r < 0.18) cust = d.placeholder('未提供');
    else cust = d.newPerson({}, style({ title: 6, job: 0, left: 0, en: 0 }))[1];
    const desc = lz([
      () => `客户反映账户${d.word('余额')}显示异常，${d.word('付款')}成功后订单仍显示待支付。`,
      () => `客户称${d.product()}收到时包装破损，要求${d.word('明天')}上门取件。`,
      () => `客户咨询${d.word('金卡')}会员权益，希望${d.word('周末')}前回电。`,
      () => `客户投诉快递员未经同意放在门口，${d.word('费用')}要求退还。`,
    ]);
    out.push([`工单号：T${digitsNo1(10)}    渠道：${pick(['电话', '在线', 'APP'])}    优先级：${pick(['高', '中', '低'])}`, `${pick(['客户姓名', '客户', '联系人', '来电人'])}${colon()}${cust}    联系电话${colon()}${d.mobile(mobStyle())}`, `会员账号：${d.user()}`, `问题描述：${desc}`, `处理人：${d.role('客服')}-${d.nick()}    处理结果：已转${d.dept()}核实`].join('\n'));
  }
  return out.join('\n\n');
}

// Business cards recognised by OCR (name line above title, company and phone).
// Traps: titles (华东区销售总监), company names, English names, names spaced (王 芳).
function k_business_card(d) {
  const out = [`名片识别结果`];
  for (let i = 1, n = ri(3, 5); i <= n; i++) {
    const [nm, w] = d.newPerson({ minority: 0.05 }, style({ plain: 50, sp: 35, spall: 10, title: 0, job: 0, left: 0, en: 0, fw: 5 }));
    const L = [`—— 第${i}张 ——`, w];
    if (chance(0.4)) L.push(pick(EN_NAMES[nm.g]) + ' ' + (SN_PY[nm.v.slice(0, nm.sl)] || 'Li').replace(/^./, (c) => c.toUpperCase()));
    L.push(d.role(pick(['华东区销售总监', '总经理', '客户经理', '高级工程师', '市场部经理', '财务总监', '店长'])), d.company() + (chance(0.5) ? '有限公司' : ''));
    L.push(`${pick(['M', '手机', 'Mob', 'T'])}：${d.mobile(mobStyle(0.5))}`);
    if (chance(0.7)) L.push(`${pick(['E', '邮箱', 'Email'])}：${d.email(nm)}`);
    if (chance(0.5)) L.push(`${pick(['A', '地址'])}：${d.addr(false)}`);
    out.push(L.join('\n'));
  }
  return out.join('\n');
}

// Payroll sheet (CSV).
// Traps: bank branch names (招商银行常州分行), 合计 row, 制表/审核 given as
// departments, names written with a full-width pad.
function k_payroll(d) {
  const h = ['序号', '姓名', '部门', '开户行', '银行卡号', '基本工资', '绩效奖金', '社保代扣', '实发工资'];
  const rows = [];
  let tot = 0;
  for (let i = 1, n = ri(12, 22); i <= n; i++) {
    const [, w] = d.newPerson({}, style({ title: 0, job: 0, en: 0, left: 2, fw: 6 }));
    const base = ri(40, 200) * 100, bonus = ri(0, 60) * 100, ss = Math.round(base * 0.105);
    tot += base + bonus - ss;
    rows.push([String(i), w, d.dept(), d.decoy('bank branch', pick(BANK_BRANCHES)), d.card(), String(base), String(bonus), String(ss), String(base + bonus - ss)]);
  }
  rows.push(['', d.decoy('common word', '合计'), '', '', '', '', '', '', String(tot)]);
  const [, mk] = d.newPerson({}, 'plain');
  return `${d.company()} ${ri(2023, 2024)}年${ri(1, 12)}月工资发放表\n` + csv(h, rows) + `\n制表人：${mk}    审核：${d.dept()}    批准：${d.form(['总'])}`;
}

// Personal loan application (form).
// Traps: 工作单位 company names, 职务 roles, 婚姻状况, 担保人：无, 与借款人关系 words,
// 客户经理：周经理, 贷款用途 with 高速.
function k_loan_application(d) {
  const [b, bw] = d.newPerson({ minority: 0.03 }, 'plain');
  const L = [`个人消费贷款申请表  申请编号：LN${digitsNo1(10)}`, `借款人姓名：${bw}    性别：${b.g === 'M' ? '男' : '女'}`, `身份证号码：${d.id(b.g, 1965, 2000)}`, `手机号码：${d.mobile(mobStyle())}    电子邮箱：${d.email(b)}`, `工作单位：${d.company()}    职务：${d.role(pick(['经理', '主管', '会计', '司机', '高级工程师']))}`, `现住址：${d.addr()}`];
  if (chance(0.7)) {
    const [s, sw] = d.newPerson({ g: b.g === 'M' ? 'F' : 'M' }, 'plain');
    L.push(`婚姻状况：已婚`, `配偶姓名：${sw}    配偶身份证号：${d.id(s.g, 1965, 2000)}    配偶手机：${d.mobile()}`);
  } else L.push(`婚姻状况：未婚    配偶姓名：${d.placeholder(pick(['无', '/', '—']))}`);
  if (chance(0.6)) { const [g, gw] = d.newPerson({}, 'plain'); L.push(`担保人：${gw}    与借款人关系：${d.rel(pick(['兄弟', '姐妹', '朋友', '同事', '父亲']))}    担保人电话：${d.mobile()}`); }
  else L.push(`担保人：${d.placeholder('无')}`);
  L.push(`收款账户：${d.card(chance(0.3) ? 'group' : '')}    开户行：${d.decoy('bank branch', pick(BANK_BRANCHES))}`);
  L.push(`贷款用途：购车（日常通勤走${d.word('高速')}）    金额：${ri(5, 30)}${d.word('万元')}`);
  L.push(`客户经理：${d.form(['经理'])}    录入：${d.role('前台')}`);
  return L.join('\n');
}

// Food-delivery rider dispatch list (TSV).
// Traps: restaurant names (杨国福麻辣烫, 张亮麻辣烫, 黄焖鸡米饭), customers
// masked by the platform (王**, 138****5678), 站长 given as a nickname.
function k_rider_dispatch(d) {
  const h = ['单号', '商家', '骑手姓名', '骑手电话', '顾客', '顾客电话', '送达地址', '状态'];
  const rows = [];
  for (let i = 0, n = ri(12, 22); i < n; i++) {
    const [, w] = d.newPerson({ han: true }, style({ title: 0, job: 0, left: 0, en: 0 }));
    rows.push([digitsNo1(12), d.decoy('shop name', pick(FOODSHOPS)), w, d.mobile(), d.masked(), d.maskedMobile(), d.addr(), pick(['已送达', '配送中', '已取餐'])]);
  }
  return `${d.city()}站 骑手派单记录 ${dateStr(2024, 2024)}\n` + tsv(h, rows) + `\n站长：${d.nick()}`;
}

// Volunteer sign-up form export (Markdown).
// Traps: university names (常州大学, 武汉大学), 服务时段 周末上午, 组长 as nickname.
function k_volunteer_signup(d) {
  const h = ['序号', '姓名', '学校', '年级', '手机', '邮箱', '服务时段'];
  const rows = [];
  for (let i = 1, n = ri(12, 22); i <= n; i++) {
    const [nm, w] = d.newPerson({ minority: 0.04 }, style({ title: 0, job: 0, left: 0, en: 0, sp: 5 }));
    rows.push([String(i), w, d.decoy('school name', pick(SCHOOLS)), pick(['大一', '大二', '大三', '研一']), d.mobile(), chance(0.7) ? d.email(nm) : '', `${d.word('周末')}${pick(['上午', '下午'])}`]);
  }
  return `### ${d.city()}马拉松志愿者报名汇总\n\n` + md(h, rows) + `\n\n组长：${d.nick()}（负责${d.word('安全')}培训）`;
}

// Kindergarten pick-up authorisation list (ASCII table).
// Traps: 接送人 cell holding only a relationship word (奶奶, 外公) next to a
// phone, 关系 column, 同上, class names (小一班).
function k_kindergarten_pickup(d) {
  const h = ['幼儿姓名', '班级', '接送人', '关系', '接送人电话'];
  const rows = [];
  for (let i = 0, n = ri(12, 22); i < n; i++) {
    const [kid, kw] = d.newPerson({}, style({ title: 0, job: 0, left: 0, en: 0, fw: 8 }));
    const cls = pick(['小', '中', '大']) + pick(['一', '二', '三']) + '班';
    const r = rnd();
    if (r < 0.15) { const rel = pick(['奶奶', '爷爷', '外婆', '外公']); rows.push([kw, cls, d.rel(rel), d.rel(rel), d.mobile()]); continue; }
    if (r < 0.2 && rows.length) { rows.push([kw, cls, d.placeholder('同上'), d.placeholder('同上'), d.placeholder('同上')]); continue; }
    const rel = pick(['父亲', '母亲', '父亲', '母亲', '外婆', '姑姑']);
    const p = d.name(rel === '父亲' && !kid.min ? { sn: kid.v.slice(0, kid.sl), g: 'M', han: true } : { g: relG(rel) });
    rows.push([kw, cls, d.person(p, style({ title: 0, job: 0, left: 0, en: 0, fw: 8 })), d.rel(rel), d.mobile()]);
  }
  return `${d.maybeDecoy('place name', pick(['金色摇篮幼儿园', '常青藤幼儿园', '阳光宝贝幼儿园', '童心幼儿园']))} 接送授权名单\n` + ascii(h, rows) + `\n注：非授权人员接送须提前联系${d.form(['老师'])}。`;
}

// Exam admission list (fixed width).
// Traps: 考点 names with places (常州市第二中学, 周口市第一高级中学), 考场 numbers.
function k_exam_admission(d) {
  const sites = [['常州市', '第二中学'], ['周口市', '第一高级中学'], ['黄山市', '屯溪第二中学'], ['金华市', '第一中学'], ['张家口市', '第一中学'], ['常德市', '第七中学']];
  const [pl, s] = pick(sites); d.place(pl);
  const h = ['准考证号', '考生姓名', '性别', '身份证号', '考点', '考场', '座号'];
  const rows = [];
  for (let i = 1, n = ri(15, 26); i <= n; i++) {
    const [nm, w] = d.newPerson({ minority: 0.04 }, style({ plain: 60, fw: 30, sp: 4, title: 0, job: 0, left: 0, en: 0, spall: 0 }));
    rows.push([digitsNo1(10), w, nm.g === 'M' ? '男' : '女', d.id(nm.g, 2004, 2008), pl + s, '第' + pad2(ri(1, 40)) + '考场', pad2(i)]);
  }
  return `${ri(2023, 2024)}年普通高校招生考试 考生座位表（${pl}考区）\n` + fixed(h, rows);
}

// Rented-room registration (key: value blocks per room).
// Traps: community and road names, 同住人 relations in brackets (妻子, 儿子),
// vacant rooms (空置), 承租人：待定.
function k_tenant_register(d) {
  const [ll, llw] = d.newPerson({}, 'plain');
  const out = [`【出租屋登记】${d.addr(false)}${d.place(pick(COMMUNITIES))}${ri(1, 30)}栋`, `房东：${llw}    电话：${d.mobile(mobStyle())}    身份证：${d.id(ll.g, 1950, 1990)}`, ''];
  for (let i = 0, n = ri(3, 6); i < n; i++) {
    out.push(`—— ${ri(1, 6)}0${ri(1, 6)}室 ——`);
    const r = rnd();
    if (r < 0.12) { out.push(`状态：${d.word('空置')}`, ''); continue; }
    if (r < 0.2) { out.push(`承租人：${d.placeholder('待定')}`, ''); continue; }
    const [t, tw] = d.newPerson({ minority: 0.04 }, 'plain');
    out.push(`承租人：${tw}    身份证：${d.id(t.g, 1965, 2004)}    手机：${d.mobile()}`);
    const co = [];
    for (let j = 0, m = ri(0, 3); j < m; j++) { const rel = pick(t.g === 'M' ? ['妻子', '儿子', '女儿', '母亲', '朋友'] : ['丈夫', '儿子', '女儿', '母亲', '朋友']); const [, w] = d.newPerson({ g: relG(rel) }, 'plain'); co.push(`${w}（${d.rel(rel)}）`); }
    out.push(`同住人：${co.length ? co.join('、') : d.placeholder('无')}`, `入住日期：${dateStr(2023, 2024)}`, '');
  }
  return out.join('\n').trimEnd();
}

// Vaccination register (TSV).
// Traps: clinic name with a district (朝阳区社区卫生服务中心), vaccine names (麻腮风,
// 百白破), 关系 column, 接种医生 given as 周护士/李医生.
function k_vaccination(d) {
  const P = pick(PLACES), dist = pick(P.ds);
  const h = ['受种者姓名', '出生日期', '性别', '监护人', '关系', '监护人电话', '疫苗名称', '剂次', '接种医生'];
  const vacs = ['乙肝疫苗', '百白破疫苗', '麻腮风疫苗', '水痘疫苗', '甲肝疫苗', '流脑疫苗', '乙脑疫苗', '脊灰疫苗'];
  const rows = [];
  for (let i = 0, n = ri(14, 24); i < n; i++) {
    const [kid, kw] = d.newPerson({}, style({ title: 0, job: 0, left: 0, en: 0 }));
    const rel = pick(['母亲', '父亲', '母亲', '奶奶']);
    const p = d.name(rel === '父亲' && !kid.min ? { sn: kid.v.slice(0, kid.sl), g: 'M', han: true } : { g: relG(rel) });
    const vac = pick(vacs); d.maybeDecoy('product name', vac);
    rows.push([kw, ymd(randDate(2018, 2023)), kid.g === 'M' ? '男' : '女', d.person(p, 'plain'), d.rel(rel), d.mobile(), vac, '第' + ri(1, 4) + '剂', d.form(['护士', '医生'])]);
  }
  return `${d.maybeDecoy('place name', dist)}社区卫生服务中心 预防接种登记 ${dateStr(2024, 2024)}\n` + tsv(h, rows);
}

// Recruitment pipeline export (CSV).
// Traps: 应聘岗位 roles (销售经理, 前台), universities, 面试官 as 人事部 / 王经理 /
// HR-小周, 状态 待定, candidate names with English names.
function k_recruitment(d) {
  const h = ['候选人', '应聘岗位', '学历', '毕业院校', '手机', '邮箱', '渠道', '面试官', '状态'];
  const rows = [];
  for (let i = 0, n = ri(12, 22); i < n; i++) {
    const [nm, w] = d.newPerson({ minority: 0.04 }, style({ en: 8, title: 0, job: 0, left: 0 }));
    const iv = pick([() => d.dept(), () => d.form(['经理', '总']), () => 'HR-' + d.nick()])();
    rows.push([w, d.role(pick(['销售经理', '前台', '客服专员', '会计', '高级工程师', '店长', '司机'])), pick(['本科', '硕士', '大专']), d.decoy('school name', pick(SCHOOLS)), d.mobile(), d.email(nm), pick(['智联招聘', 'BOSS直聘', '猎聘', '内推']), iv, lz(['一面通过', '已发offer', () => d.placeholder('待定'), '淘汰'])]);
  }
  return `${d.company()} ${ri(2023, 2024)}年校园招聘候选人汇总\n` + csv(h, rows);
}

// News article (prose only; negative control).
// Every personal name here is in prose with no personal data near it: dontCare.
// Traps: companies, places, 周末, 王总/李女士 forms of address, 记者 byline.
function k_news_article(d) {
  const co = d.company();
  const paras = [
    `【${d.cityShort()}日报讯】${ri(1, 12)}月${ri(1, 28)}日，${co}在${d.place(pick(['高新区', '武进区', '朝阳区', '白云区', '余杭区']))}举行新品发布会。公司副总裁${d.prose()}表示，今年将继续加大研发投入。`,
    `市民${d.prose()}告诉记者，${d.word('周末')}带孩子来看展，“${d.word('安全')}措施做得不错”。另一位市民${d.form(['女士', '先生'])}则认为停车不便。`,
    `${d.company()}分析师${d.prose()}认为，行业${d.word('高温')}期已过，${d.word('明天')}的市场更看重${d.word('成功')}落地的案例。`,
    `据悉，${d.form(['总'])}在会后与${d.prose()}、${d.prose()}等嘉宾进行了交流。`,
    `（记者 ${d.prose()} 通讯员 ${d.prose()}）`,
  ];
  return paras.join('\n\n');
}

// Customer-service chat transcript.
// Traps: user display names that are nicknames (周末去钓鱼), agent 客服-小美,
// 刘先生 / 王总 forms of address, 爱人 relation; names inside sentences that
// also carry that person's number are entities.
function k_chat_transcript(d) {
  const out = [];
  for (let s = 0, n = ri(2, 3); s < n; s++) {
    let sec = ri(8, 20) * 3600 + ri(0, 3599);
    const time = () => { sec += ri(5, 90); return `${pad2(Math.floor(sec / 3600))}:${pad2(Math.floor(sec / 60) % 60)}:${pad2(sec % 60)}`; };
    const agent = '客服-' + d.nick();
    const user = chance(0.6) ? d.cnNick() : d.user();
    const [c, cw_] = d.newPerson({}, 'plain');
    const snC = c.min ? null : c.v.slice(0, c.sl);
    out.push(`=== 会话 ${digitsNo1(8)}  ${dateStr(2024, 2024)} ===`);
    out.push(`${time()} ${agent}：您好，这里是${d.company()}客服，请问有什么可以帮您？`);
    out.push(`${time()} ${user}：我的订单一直没到，收货人是${cw_}，手机${d.mobile()}`);
    out.push(`${time()} ${agent}：好的${snC ? d.address_(snC + (c.g === 'M' ? '先生' : '女士')) : '您'}，麻烦再提供一下下单时登记的身份证号，我帮您核实。`);
    out.push(`${time()} ${user}：${d.id(c.g, 1960, 2003)}`);
    if (chance(0.6)) { const rel = pick(c.g === 'M' ? ['爱人', '妻子', '母亲', '儿子'] : ['爱人', '丈夫', '母亲', '女儿']); const [, w] = d.newPerson({ g: rel === '爱人' ? (c.g === 'M' ? 'F' : 'M') : relG(rel) }, 'plain'); out.push(`${time()} ${user}：另外帮我改一下收货人，改成我${d.rel(rel)}${w}，电话${d.mobile()}`); }
    if (chance(0.5)) out.push(`${time()} ${user}：上次是你们同事${d.nick()}处理的，${d.form(['总', '经理'])}也知道这事。`);
    out.push(`${time()} ${agent}：已为您登记，预计${d.word('明天')}送达。`);
  }
  return out.join('\n');
}

// Roster of a company in Xinjiang / Tibet / Inner Mongolia (CSV).
// Names with a middle dot (阿依古丽·买买提, some with •), Tibetan and Mongolian
// names without a surname, plus Han names. Traps: 民族 column (蒙古族), departments.
function k_minority_roster(d) {
  const reg = pick([['650102', '乌鲁木齐', 'uy'], ['650102', '乌鲁木齐', 'uy'], ['540102', '拉萨', 'tib'], ['150102', '呼和浩特', 'mon']]);
  const h = ['序号', '姓名', '民族', '性别', '部门', '手机', '身份证号'];
  const rows = [];
  for (let i = 1, n = ri(14, 24); i <= n; i++) {
    const nm = d.name({ minority: 0.75, mtype: chance(0.8) ? reg[2] : undefined });
    let eth = '汉族';
    if (nm.min) eth = nm.v.includes('·') || nm.v.includes('•') ? pick(['维吾尔族', '维吾尔族', '哈萨克族']) : MONGOL.includes(nm.v) ? '蒙古族' : '藏族';
    if (eth === '蒙古族') d.decoy('ethnic group', eth);
    rows.push([String(i), d.person(nm, nm.min ? 'plain' : style({ title: 0, job: 0, left: 0, en: 0 })), eth, nm.g === 'M' ? '男' : '女', d.dept(), d.mobile(), d.id(nm.g, 1965, 2002, chance(0.7) ? reg[0] : undefined)]);
  }
  return `${reg[1]}分公司 员工通讯录（${d.company()}）\n` + csv(h, rows);
}

// Alumni directory with names printed with spaces between the characters
// (王 芳, 欧阳 明轩, 王 建 国), pipe-separated lines.
// Traps: 工作单位 companies, universities, city names.
function k_alumni_directory(d) {
  const sch = d.decoy('school name', pick(SCHOOLS));
  const out = [`${sch} ${ri(2005, 2015)}届 校友通讯录（内部资料，请勿外传）`, '姓名 | 专业 | 工作单位 | 所在城市 | 手机 | 邮箱'];
  for (let i = 0, n = ri(14, 24); i < n; i++) {
    const [nm, w] = d.newPerson({ minority: 0.03 }, style({ plain: 30, sp: 45, spall: 12, fw: 13, title: 0, job: 0, left: 0, en: 0 }));
    out.push([w, pick(['计算机科学', '会计学', '临床医学', '法学', '机械工程', '英语']), d.company(), d.city(), d.mobile(mobStyle(0.3)), chance(0.6) ? d.email(nm) : '—'].join(' | '));
  }
  return out.join('\n');
}

// Visitor log at a gate (fixed width).
// Traps: 被访人 column holding roles/departments/forms of address (前台, 销售部,
// 王经理); 事由 words (面试, 周末加班). Real employee names in 被访人 sit in a row
// holding the visitor's phone and ID: labelled.
function k_visitor_log(d) {
  const h = ['日期', '来访人', '证件号码', '手机号', '被访人', '事由', '离开'];
  const rows = [];
  for (let i = 0, n = ri(14, 24); i < n; i++) {
    if (chance(0.08)) { rows.push([dateStr(2024, 2024), d.role(pick(['快递员', '外卖员', '维修工'])), d.placeholder(pick(['—', '未登记'])), d.mobile(), d.role('前台'), '送货', time()]); continue; }
    const [v, vw] = d.newPerson({ minority: 0.03 }, style({ plain: 70, fw: 20, title: 0, job: 0, left: 0, en: 0, sp: 0, spall: 0 }));
    const r = rnd();
    const host = r < 0.25 ? d.role(pick(['前台', '保安', '店长'])) : r < 0.5 ? d.dept() : r < 0.75 ? d.form(['经理', '总', '主任', '工']) : d.newPerson({ han: true }, 'plain')[1];
    const why = lz(['送货', '面试', '拜访', () => `${d.word('周末')}加班`, () => `${d.word('安装')}设备`, '维修']);
    rows.push([dateStr(2024, 2024), vw, d.id(v.g, 1960, 2004), d.mobile(), host, why, time()]);
  }
  return `${d.company()}（${d.city()}园区）门岗访客登记簿\n` + fixed(h, rows);
}

// Travel expense reimbursement (form, 2 per document).
// Traps: 出差地点 place names (常州, 周口, 白云机场), 高速过路费, 审批人 陈总,
// 财务审核 出纳, 同行人员 listed after a label (entities).
function k_reimbursement(d) {
  const out = [];
  for (let k = 0; k < 2; k++) {
    const [p, pw] = d.newPerson({}, 'plain');
    const mates = [];
    for (let i = 0, n = ri(0, 3); i < n; i++) mates.push(d.newPerson({}, 'plain')[1]);
    const from = d.place(pick(['常州', '周口', '黄山', '金华', '张家口', '常德'])), to = d.place(pick(['白云机场', '高新区', '王府井', '石家庄', '江宁区']));
    out.push([
      `差旅费报销单  单据号：BX${digitsNo1(9)}`,
      `报销人：${pw}    部门：${d.dept()}    手机：${d.mobile()}`,
      `同行人员：${mates.length ? mates.join('、') : d.placeholder('无')}`,
      `出差事由：拜访${d.company()}华东区客户`,
      `行程：${d.dateW()} ${from} → ${to}`,
      `费用明细：${d.word('高速')}过路费 ${ri(50, 400)}.00；住宿费 ${ri(200, 900)}.00；餐补 ${ri(50, 300)}.00`,
      `收款人：${pw}    开户行：${d.decoy('bank branch', pick(BANK_BRANCHES))}    卡号：${d.card(chance(0.3) ? 'group' : '')}`,
      `审批人：${d.form(['总'])}    财务审核：${d.role('出纳')}`,
    ].join('\n'));
  }
  return out.join('\n\n');
}

// Patient follow-up call list kept by a clinic nurse (TSV, long header names).
// Traps: 责任护士 column with forms of address, 随访结果 words (明白, 马上),
// relatives answering the call (接听人：配偶 / 儿子) next to a phone.
function k_followup_calls(d) {
  const h = ['患者姓名', '性别', '诊断', '联系电话', '接听人', '随访结果', '责任护士'];
  const rows = [];
  for (let i = 0, n = ri(14, 22); i < n; i++) {
    const [nm, w] = d.newPerson({}, style({ title: 0, job: 0, left: 0, en: 0, fw: 8 }));
    const ans = chance(0.5) ? d.rel('本人') : d.rel(pick(['配偶', '儿子', '女儿', '保姆']));
    const res = lz([() => `已${d.word('明白')}用药要求`, () => `${d.word('马上')}复查`, '恢复良好', '未接通', '拒绝随访']);
    rows.push([w, nm.g === 'M' ? '男' : '女', pick(['高血压', '2型糖尿病', '冠心病', '术后康复']), d.mobile(), ans, res, d.form(['护士', '护士长'])]);
  }
  return `${d.city()}社区医院 慢病随访电话记录\n` + tsv(h, rows);
}

// Online-store customer master data with English headers (CSV).
// Headers like 客户姓名(Name). Traps: 等级 金卡, 来源 platforms, 推荐人 nicknames,
// 备注 common words.
function k_crm_export(d) {
  const h = ['客户ID', '客户姓名(Name)', 'Mobile', 'E-mail', '等级', '推荐人', '备注'];
  const rows = [];
  for (let i = 0, n = ri(14, 24); i < n; i++) {
    const [nm, w] = d.newPerson({ minority: 0.03 }, style({ en: 5, title: 5, left: 0, job: 0 }));
    const ref = pick([() => d.nick(), () => d.user(), () => d.placeholder('无')])();
    rows.push(['C' + digitsNo1(7), w, d.mobile(mobStyle(0.15)), d.email(nm), lz([() => d.word('金卡'), '银卡', '普通']), ref, lz(['', '', () => `喜欢${d.word('周末')}配送`, () => `${d.word('关注')}新品`, '老客户', '复购', '对价格敏感'])]);
  }
  return csv(h, rows);
}

// Homeowners' association committee election ballot count (Markdown, names
// with compound surnames and rare given-name characters). Traps: 候选人 given as
// 待定, 监票人 as roles, 楼栋 and community names.
function k_election_ballot(d) {
  const com = d.place(pick(COMMUNITIES));
  const h = ['编号', '候选人', '楼栋房号', '联系电话', '得票数'];
  const rows = [];
  for (let i = 1, n = ri(10, 18); i <= n; i++) {
    if (chance(0.06)) { rows.push([String(i), d.placeholder('待定'), '', '', '0']); continue; }
    const r = rnd();
    const nm = r < 0.3 ? d.name({ sn: pick(COMPOUND_SN) }) : d.name();
    rows.push([String(i), d.person(nm, style({ title: 5, job: 0, left: 0, en: 0 })), `${ri(1, 20)}栋${ri(1, 33)}0${ri(1, 4)}`, d.mobile(), String(ri(10, 400))]);
  }
  const [, cw2] = d.newPerson({}, 'plain');
  return `## ${com}第${ri(2, 4)}届业主委员会选举 计票结果\n\n` + md(h, rows) + `\n\n监票人：${d.role(pick(['物业经理', '管理员']))}、${d.nick()}　计票人：${cw2}（电话 ${d.mobile()}）`;
}

const KINDS = {
  hr_roster: [k_hr_roster, 10], school_class: [k_school_class, 10], hospital_appt: [k_hospital_appt, 10],
  hotel_register: [k_hotel_register, 10], courier_slip: [k_courier_slip, 10], ecommerce_orders: [k_ecommerce_orders, 10],
  insurance_claim: [k_insurance_claim, 10], bank_account_opening: [k_bank_account_opening, 10], property_owners: [k_property_owners, 10],
  gym_members: [k_gym_members, 9], wechat_group: [k_wechat_group, 10], meeting_signin: [k_meeting_signin, 10],
  contract: [k_contract, 10], email_signature: [k_email_signature, 10], sales_visit_log: [k_sales_visit_log, 10],
  cs_ticket: [k_cs_ticket, 10], business_card: [k_business_card, 10], payroll: [k_payroll, 9],
  loan_application: [k_loan_application, 10], rider_dispatch: [k_rider_dispatch, 9], volunteer_signup: [k_volunteer_signup, 9],
  kindergarten_pickup: [k_kindergarten_pickup, 9], exam_admission: [k_exam_admission, 9], tenant_register: [k_tenant_register, 10],
  vaccination: [k_vaccination, 9], recruitment: [k_recruitment, 9], news_article: [k_news_article, 8],
  chat_transcript: [k_chat_transcript, 10], minority_roster: [k_minority_roster, 10], alumni_directory: [k_alumni_directory, 9],
  visitor_log: [k_visitor_log, 9], reimbursement: [k_reimbursement, 9], followup_calls: [k_followup_calls, 8],
  crm_export: [k_crm_export, 8], election_ballot: [k_election_ballot, 8],
};

// ------------------------------------------------------------- checks ----
function validate(doc, d) {
  const errs = [];
  const t = doc.text;
  for (const w of d.checks) if (!t.includes(w)) errs.push('missing in text: ' + w);
  const names = doc.entities.filter((e) => e.detector === 'person_name_zh').map((e) => e.value);
  const dcNames = new Set(doc.dontCare.filter((e) => e.detector === 'person_name_zh').map((e) => e.value));
  for (const n of names) {
    if (dcNames.has(n)) errs.push('name both entity and dontCare: ' + n);
    if (!/^[\u3400-\u9fff·•]{2,12}$/.test(n)) errs.push('odd name value: ' + n);
    for (const x of doc.decoys) if (x.text.includes(n) || n.includes(x.text)) errs.push(`name ${n} overlaps decoy ${x.text}`);
  }
  for (const x of doc.decoys) for (const n of dcNames) if (x.text.includes(n) || n.includes(x.text)) errs.push(`dontCare ${n} overlaps decoy ${x.text}`);
  for (const e of doc.entities) {
    if (e.detector === 'cn_mobile' && !/^1(3\d|5[0-35-9]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/.test(e.value)) errs.push('bad mobile ' + e.value);
    if (e.detector === 'cn_resident_id' && (e.value.length !== 18 || idCheck(e.value) !== e.value[17])) errs.push('bad id ' + e.value);
    if (e.detector === 'bank_card' && luhnDigit(e.value.slice(0, -1)) !== e.value.slice(-1)) errs.push('bad card ' + e.value);
    if (e.detector === 'email' && e.value !== e.value.toLowerCase()) errs.push('bad email ' + e.value);
  }
  return errs;
}

// --------------------------------------------------------------- main ----
function main() {
  const out = process.argv[2];
  if (!out) { console.error('usage: node names.mjs OUT.jsonl'); process.exit(2); }
  const t0 = Date.now();
  const lines = [], perKind = {}, decoyKinds = {}, det = {};
  let nDc = 0, nDec = 0, allErr = [];
  for (const [kind, [fn, n]] of Object.entries(KINDS)) {
    for (let i = 1; i <= n; i++) {
      const d = new Doc();
      const text = fn(d);
      const doc = { id: `nm-${kind}-${i}`, kind, text, entities: d.ents, dontCare: d.dcs, decoys: d.decs };
      const errs = validate(doc, d);
      if (errs.length) allErr.push(`${doc.id}: ${errs.join('; ')}`);
      lines.push(JSON.stringify(doc));
      const names = d.ents.filter((e) => e.detector === 'person_name_zh').length;
      perKind[kind] = perKind[kind] || { docs: 0, names: 0, decoys: 0 };
      perKind[kind].docs++; perKind[kind].names += names; perKind[kind].decoys += d.decs.length;
      for (const e of d.ents) det[e.detector] = (det[e.detector] || 0) + 1;
      for (const x of d.decs) decoyKinds[x.kind] = (decoyKinds[x.kind] || 0) + 1;
      nDc += d.dcs.length; nDec += d.decs.length;
    }
  }
  writeFileSync(out, lines.join('\n') + '\n');
  if (allErr.length) { console.error(allErr.slice(0, 30).join('\n')); console.error(`${allErr.length} documents with label errors`); process.exit(1); }
  console.log(`wrote ${out}: ${lines.length} documents, ${Object.keys(KINDS).length} kinds, ${Date.now() - t0} ms`);
  console.log('entities by detector:', JSON.stringify(det));
  console.log(`decoys: ${nDec}  dontCare: ${nDc}`);
  console.log('decoys by kind:', JSON.stringify(decoyKinds));
  for (const [k, v] of Object.entries(perKind)) console.log(`  ${k.padEnd(22)} docs ${String(v.docs).padStart(2)}  names ${String(v.names).padStart(4)}  decoys ${String(v.decoys).padStart(4)}`);
}
main();
