import { describe, expect, it } from 'vitest';
import { defaultEngine } from '../../test/support/engine.js';
import { bankCard, chineseName, email, landline, makeRng, mobile, passport, residentId, residentId15, toFullWidth, uscc } from '../../test/support/synth.js';
import RE2 from 're2';
import type { CompiledRule } from '../rules/load.js';
import { confirmBatch, UnitDetector } from './detect.js';
import { ItemAccumulator } from './accumulate.js';
import { detectText } from './detect-text.js';

const engine = defaultEngine();
const csv = { kind: 'table', delimiter: ',' } as const;
const found = (text: string, shape?: Parameters<typeof detectText>[2]) =>
  detectText(engine, text, shape).findings.map((f) => `${f.detector}:${f.value}`);

describe('candidates and boundaries', () => {
  it('reports the 18-char ID and not the mobile-shaped window inside it', () => {
    expect(found('证件 110101199003071233 已登记')).toEqual(['cn_resident_id:110101199003071233']); // ⊃ 19900307123
    const rng = makeRng(1);
    const id = residentId(rng, { birthYearRange: [1930, 1999] });
    expect(found(`号码 ${id}`)).toEqual([`cn_resident_id:${id}`]);
  });

  it('needs digit boundaries: a mobile glued inside a longer number is not reported', () => {
    expect(found('流水 213812345678 完成')).toEqual([]);
    expect(found('1700000000000')).toEqual([]);
    expect(found('20240101123456')).toEqual([]);
  });

  it("reads no mainland mobile from another country's number in a phone column", () => {
    const rows = [
      '国家,联系人,手机',
      '德国,Anna Becker,+49 176 3591 0717',
      '德国,Jonas Weber,0151 / 4994 6987',
      '德国,Lena Braun,0152-97688760',
      '美国,Jessica Clark,13055550139',
      '美国,Mark Davis,1 (319) 555-0147',
      '中国,王建国,13812345678',
      '中国,李娜,0138-0013-8000',
    ];
    expect(found(rows.join('\n')).filter((f) => f.startsWith('cn_mobile'))).toEqual(['cn_mobile:13812345678', 'cn_mobile:13800138000']);
  });

  it('reads a mobile a spreadsheet wrote as a float (13149006961.0), and the groups of a run after its letter-glued first', () => {
    expect(found('1;唐萍;13351119669.0;43341')).toEqual(['person_name_zh:唐萍', 'cn_mobile:13351119669']);
    // Not a decimal's other digits, nor a version.
    expect(found('金额 13149006961.05；v13149006961.0.1')).toEqual([]);
    expect(found('男 M0981023 8615939265884')).toEqual(['cn_mobile:15939265884']);
    expect(found('YT8615253690644')).toEqual([]);
  });

  it('reads a chat 接龙 list posted again with each new line: numbered names glued to their mobiles, a count after the mobile', () => {
    const post = (n: number) => ['1.高梅 185****5050', '2、薛晶斌-15234021862-1人 会员号VIP503462', '3.曹秀-14798447284-2人', '4. 杨刚英 +86-18447796181 定金26,491.02'].slice(0, n);
    const chat = [2, 3, 4].map((n, i) => `彭怡 2024-04-12 19:0${i}:42\n#接龙\n${post(n).join('\n')}\n`).join('\n');
    const names = found(chat).filter((f) => f.startsWith('person'));
    // (彭怡 posted it: the sender of the chat's messages.)
    expect([...new Set(names)]).toEqual(['person_name_zh:彭怡', 'person_name_zh:高梅', 'person_name_zh:薛晶斌', 'person_name_zh:曹秀', 'person_name_zh:杨刚英']);
    expect(detectText(engine, chat).records).toBe(3);
    // A word beside three numbers is still a word.
    expect(found('代购-13912345678-1件\n代购-13812345678-2件\n代购-13712345678-1件').filter((f) => f.startsWith('person'))).toEqual([]);
  });

  it("reads a chat's senders, whatever the export's header, and keeps them out of the records of what they sent", () => {
    const rng = makeRng(31);
    const [a, b, c] = [chineseName(rng), chineseName(rng), chineseName(rng)];
    const [m1, m2] = [mobile(rng), mobile(rng)];
    const senders = (text: string) => detectText(engine, text).findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value);
    const wechat = `${a} 11:57:24\n在吗\n\n${b}（销售一部） 2024-08-12 08:13\n收到\n\n微笑向暖 2024-08-12 08:19\n好的`;
    expect(senders(wechat)).toEqual([a, b]);
    const feishu = `${a}  2024年5月10日 下午4:47\n嗯嗯\n\n${b}  5月10日 17:04\n[强]`;
    expect(senders(feishu)).toEqual([a, b]);
    // QQ: the time first, the sender's number or address after the name. The address is the sender's, the
    // mobile in the message someone else's: no record of the two; nor of one sender's mobile and the next one's name.
    const qq = `2024-02-04 10:08:42 ${a}(1054757196)\n方便的话回个电话 ${m1}\n\n2024-02-04 10:15:03 ${b}<haoq@sina.com>\n收货人：${c}\n电话：${m2}`;
    const d = detectText(engine, qq);
    expect(d.findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value)).toEqual([a, b, c]);
    expect(d.records).toBe(1);
    // One header is no chat; a message with its sender inline is no header, but its sender is read.
    expect(senders(`${a} 11:57:24\n在吗`)).toEqual([]);
    expect(senders(`[00:54] ${a}：马上到\n[00:58] ${b}：好的`)).toEqual([a, b]);
  });

  it("reads the names in a class group's nicknames and whom an SMS send log's messages are for", () => {
    const names = (text: string) => detectText(engine, text).findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value);
    // 班主任-许辉辉: a role and a name; 郑沐宇家长-李一: the child, then who writes; 孙丹强外婆: the child.
    const group = '班主任-许辉辉  2023-01-16 14:16:45\n各位家长好\n郑沐宇家长-李一  2023-01-16 14:21:49\n已接龙\n孙丹强外婆  2023-01-16 14:22:24\n收到\n王妈妈  2023-01-16 14:23:10\n好\n快乐-每一天  2023-01-16 14:24:00\n[强]';
    expect(names(group)).toEqual(['许辉辉', '郑沐宇', '李一', '孙丹强']);
    // A chat copied as text, each message on its sender's line; not a log's levels, nor a pet name (客服-毛毛).
    const inline = '[2024-08-03 13:25] 石然-HR: @李思 简历已转你邮箱\n[2024-08-03 13:26] 李思: 好的\n09:13 客服-毛毛:您好\n09:14 客服-毛毛:请讲';
    expect(names(inline)).toEqual(['石然', '李思']);
    // A neighbourhood group's nicknames open with the member's flat, spaced or not.
    expect(names('17-3-2503 时梅 08:43:33\n好的\n\n17-2-1202王红 09:15:25\n收到\n3栋1单元502 李娜 09:20:01\n收到')).toEqual(['时梅', '王红', '李娜']);
    expect(names('10:58 ERROR: disk full\n10:59 INFO: ok')).toEqual([]);
    // DingTalk's window copied: the sender on a line, the time alone on the next; not a title over a time.
    expect(names('郑玲\n2024-05-08 14:02\n今天能办吗\n\n周莉（财务部）\n2024-05-08 16:08\nOK')).toEqual(['郑玲', '周莉']);
    expect(names('会议纪要\n2024-05-08 14:02\n议题\n\n签到表\n2024-05-08 16:08')).toEqual([]);
    const sent = ['2024-05-01 14:09:59,13484476074,【优学培训学校】张琪同学本次测验成绩95分,成功', '2024-05-01 14:10:03,13637630231,【优学培训学校】宋可家长您好，本周课时余额6节,成功'];
    const d = detectText(engine, sent.join('\n'));
    expect(d.findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value)).toEqual(['张琪', '宋可']);
    expect(d.records).toBe(2);
    expect(names('【顺丰速运】您的快件已签收\n【招商银行】各位家长您好\n【学校】同学们好\n【学校】全体同学请注意\n【学校】高一同学')).toEqual([]);
    expect(names('【思维树教育】李欣依同学本次测验成绩73分')).toEqual(['李欣依']);
    // A form of address or a fond opener around the name (a renewal notice, a blood bank's thanks); not a surname alone.
    const greeted = ['2023-07-14 11:38:47,18814167741,【嘉和人寿】唐明辉先生您好,您的保单将于2023年7月2日到期', '2024-10-21 11:19:54,19887431596,【鸿泰人寿】王金凤客户您好,您的保单即将到期', '2025-03-20 09:02:11,13983410248,【重庆市中心血站】亲爱的万庆,您的血液已送往医院'];
    expect(names(greeted.join('\n'))).toEqual(['唐明辉', '王金凤', '万庆']);
    // an association greets a member or a fellow townsman, a bureau a veteran (not 李颖青会员)
    const members = ['2024-09-01 09:41:36,13508771033,【汕头大学深圳校友会】李颖青会员您好,您的2023年度会费尚未缴纳', '2024-09-01 09:49:07,13951105204,【在深安化老乡会】陈强老乡您好,中秋慰问品已到', '2024-07-28 09:00:11,15603947702,【商水县退役军人事务局】李长江同志:您好!八一建军节将至'];
    expect(names(members.join('\n'))).toEqual(['李颖青', '陈强', '李长江']);
    // a driving school's reminder and notice: 提醒 before the name, 学员 after it (not 秦强学员)
    const school = ['2025-05-07,18709675950,"【蓉城驾校】提醒:慕容飞,您7月11日上午的练车已安排"', '2025-02-20,17170644844,"【金盾驾校】秦强学员,您的驾驶人体检已过期"'];
    expect(names(school.join('\n'))).toEqual(['慕容飞', '秦强']);
    // a studio's (尊敬的翁强先生，您…) and a fee's payer in a payment export (报名费-柏梓萱), an enrolment log's student=
    const studio = ['2024-03-07,14715729830,【巴黎春天婚纱摄影】尊敬的翁强先生，您预约的拍摄已确认', '`南京金陵营11.13期报名费-柏梓萱,`3080.00', 'submit ok orderNo=WX20240727330557957 student=汤哲 idNo=210202********3092'];
    expect(names(studio.join('\n'))).toEqual(['翁强', '柏梓萱', '汤哲']);
    // what a notice calls its addressee, cut off after a label too (尊敬的周明用户 is 周明)
    const notices = ['2024-04-28,13126813364,【南京市人事考试中心】戚泽考生:您的准考证号为6117021775938', '2025-04-28,18621037766,"【国网上海电力】尊敬的周明用户,您已成功缴纳电费492.74元"'];
    expect(names(notices.join('\n'))).toEqual(['戚泽', '周明']);
    expect(names('2024-05-01,13800138000,【顺丰速运】张先生您好,您的快件已签收')).toEqual([]);
    // A label's list goes on past a minority name's dot.
    expect(names('家访教师:安珍、巴图·其木格')).toEqual(['安珍', '巴图·其木格']);
    // ... and past where each works and what as, in brackets.
    expect(names('出席:范顺庆(招生就业处处长)、李霞(教务处处长)、曹庆志')).toEqual(['范顺庆', '李霞', '曹庆志']);
  });

  it("reads a form's values in brackets or on blanks, titles only as labels, and tables drawn with box characters", () => {
    const names = (text: string) => detectText(engine, text).findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value);
    expect(names('姓  名:「皇甫亮」\n户名:(马超启)\n姓名:[闫建]\n联系人 _田薇秋__')).toEqual(['皇甫亮', '马超启', '闫建', '田薇秋']);
    // The brackets must hold the name, whole.
    expect(names('姓名:（马超启 先生）')).toEqual([]);
    // A form's labels one to a line: the next label is no name (曾 is a surname).
    expect(names('姓 名\n曾用名\n性 别')).toEqual([]);
    // A party's label glued to a sentence (应 is a surname too): no name; glued to a name, one.
    expect(names('第四条 乙方应按时将租金支付至甲方指定账户')).toEqual([]);
    expect(names('这个客户林世莉 +8613198738606 还没付尾款')).toEqual(['林世莉']);
    // Titles: as a form's labels, not glued to a name in the news.
    expect(names('科主任: 赵文文\n住院医师:李慧\n审判员  马磊')).toEqual(['赵文文', '李慧', '马磊']);
    expect(names('心内科主任周宏、儿科主任郑梅军分别介绍了学科建设情况。')).toEqual([]);
    expect(names('会计主管:刘杰  记账:艾尔肯·吾守尔  出纳:彭国永  制单:龚欣明')).toEqual(['刘杰', '艾尔肯·吾守尔', '彭国永', '龚欣明']);
    expect(names('会计科目：1001 库存现金')).toEqual([]);
    expect(names('制表:赵涵晓   审核:向峰   总经理:金晨')).toEqual(['赵涵晓', '向峰', '金晨']);
    // A fixed-width list's contact, who the person is in brackets after the name; not a form's other label under its header.
    const collection = '序号  客户姓名  本人电话     联系人            紧急联系人电话  处理人\n1     蒋燕      158****5494  罗立（父亲）      167****0122     魏瑶梓\n2     熊新伟    139xxxx7129  余东（母亲）      184****5591     罗亮雨';
    expect(names(collection)).toEqual(['蒋燕', '罗立', '魏瑶梓', '熊新伟', '余东', '罗亮雨']);
    expect(names('患者姓名：唐梓\t性别：男\t民族：汉\n费别：新农合\n班型: (夜间班)')).toEqual(['唐梓']);
    // A payslip's or a notice's addressee, greeted; not a greeting to all.
    expect(names('吕燕宇,您好:\n您2023年10月的工资已于2023-11-05发放')).toEqual(['吕燕宇']);
    expect(names('万宇昊同事:\n您的工资条如下')).toEqual(['万宇昊']);
    expect(names('大家好，\n通知如下')).toEqual([]);
    expect(names('各位同事：\n你好')).toEqual([]);
    const rng = makeRng(41);
    const rows = Array.from({ length: 3 }, () => [chineseName(rng), mobile(rng), residentId(rng)] as const);
    const boxed = ['┌────┬──────┬──────┐', '│姓名│手机号│证件号码│', '├────┼──────┼──────┤', ...rows.map((r) => `│${r.join('│')}│`), '└────┴──────┴──────┘'].join('\n');
    const d = detectText(engine, boxed);
    expect(d.findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value)).toEqual(rows.map((r) => r[0]));
    expect(d.records).toBe(3);
    expect(names(`姓名｜性别｜手机号\n${rows[0]![0]}｜男｜${rows[0]![1]}\n${rows[1]![0]}｜女｜${rows[1]![1]}`)).toEqual([rows[0]![0], rows[1]![0]]);
  });

  it('reads a row whose bars OCR wrote as 丨 (5/1丨谭艳斌丨3301…丨156…)', () => {
    const rng = makeRng(261);
    const row = `5/1丨谭艳斌丨${residentId(rng)}丨${mobile(rng)}丨送货`;
    expect(found(row).filter((f) => f.startsWith('person_name_zh'))).toEqual(['person_name_zh:谭艳斌']);
  });

  it("keeps a register's header over the rows after one whose bars OCR lost, where an ID is split in its cell", () => {
    const rng = makeRng(262);
    const [a, b, c] = [residentId(rng), residentId(rng), residentId(rng)];
    const register = [
      '日期 | 姓 名 | 性别 | 身份证号码 | 住址 | 房间 | 电话',
      `7.14 | 胡新铭 | 男 | ${a} | 海曙区 | 石语 | ${mobile(rng)}`,
      `7.15  马可璐  女  ${b}  城关  花间  ${mobile(rng)}`,
      `7.16 |张瑞建 |男 |${c.slice(0, 10)} ${c.slice(10)} |石家 |林泉 |${mobile(rng)}`,
    ].join('\n');
    expect(found(register).filter((f) => f.startsWith('cn_resident_id'))).toEqual([a, b, c].map((id) => `cn_resident_id:${id}`));
  });

  it("reads a card or ID number a PDF table's cell wrapped onto the next line, under its column or at the line's end", () => {
    const rng = makeRng(272);
    const cards = [bankCard(rng), bankCard(rng), bankCard(rng)];
    const cells = (card: string, cut: number, i: number): string[] => {
      const head = `${i + 1}     LW033${i}  ${['江德明', '罗开富', '赵长青'][i]}  ${residentId(rng)}    木工  30        299     8,970.00  `;
      const width = [...head].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x7f ? 2 : 1), 0);
      return [`${head}${card.slice(0, cut)}${i === 2 ? '' : '    按手印'}`, `${' '.repeat(width)}${card.slice(cut)}`];
    };
    const table = ['序号  工号    姓名    身份证号              工种  出勤天数  日工资  实发工资  银行卡号        本人签字', ...cards.flatMap((c, i) => cells(c, [12, 14, 10][i]!, i))].join('\n');
    expect(found(table).filter((f) => f.startsWith('bank_card'))).toEqual(cards.map((c) => `bank_card:${c}`));
    // Not under the head where a cell follows it: numbers of their own (the last head ends its line).
    const apart = table.replace(/\n {20}/g, '\n');
    expect(found(apart).filter((f) => f.startsWith('bank_card'))).toEqual([`bank_card:${cards[2]}`]);
    // A form OCR'd or run over: the rest starts the next line (an ID's too, its X at the end).
    const id = residentId(rng);
    const form = `联系电话 ${mobile(rng)}\n银行卡号 ${cards[0]!.slice(0, 10)}\n${cards[0]!.slice(10)}\n开 户 行 中国工商银行长沙人民路支行\n身份证号:${id.slice(0, 11)}\n${id.slice(11)}（本人）`;
    expect(found(form).filter((f) => f.startsWith('bank_card') || f.startsWith('cn_resident_id'))).toEqual([`bank_card:${cards[0]}`, `cn_resident_id:${id}`]);
    // A card's head of five digits after its label; not an amount before a mobile on the next line.
    expect(found(`卡号:${cards[1]!.slice(0, 5)}\n${cards[1]!.slice(5)}(中国邮政储蓄银行)`).filter((f) => f.startsWith('bank_card'))).toEqual([`bank_card:${cards[1]}`]);
    expect(found('张志明\t433639536\t62000\n19928437278\t周浩然\t47818\t153000')).toContain('cn_mobile:19928437278');
    // A card written in groups of four whose last groups the form's line break moved down (卡号:6228 4852 9140⏎5790 635).
    const grouped = cards[1]!.replace(/(\d{4})(?=\d)/g, '$1 ');
    expect(found(`户名:张晓莉\n卡号:${grouped.slice(0, 14)}\n${grouped.slice(15)}\n\n本人声明以上内容真实`)).toContain(`bank_card:${cards[1]}`);
    // Sixteen digits in fours, then three alone on the next line: one card of nineteen; not a row's number after a card of sixteen.
    const cards16 = (text: string) => found(text).filter((f) => f.startsWith('bank_card'));
    expect(cards16('中国工商银行 6222 0257 5512 1554\n533\n销售额 49545.41')).toEqual(['bank_card:6222025755121554533']);
    expect(cards16('1    韦新轩   浦发银行   6225 2190 7199 9108\n4    叶辉荣   工商银行')).toEqual(['bank_card:6225219071999108']);
    // Bounded: a head more than 1 KB into its line is no printed table's cell (a long line of heads costs no scan per head).
    const far = `${'备注 '.repeat(300)}${cards[1]!.slice(0, 12)}    按手印\n${' '.repeat(1500)}${cards[1]!.slice(12)}`;
    expect(found(far).filter((f) => f.startsWith('bank_card'))).toEqual([]);
    // Not a tracking number's digits, nor a masked number's head on the next line.
    expect(found(`运单 YT${cards[1]!.slice(0, 13)}\n${cards[1]!.slice(13)}\n卡号 ${cards[2]!.slice(0, 13)}\n${cards[2]!.slice(13)}****9256`).filter((f) => f.startsWith('bank_card'))).toEqual([]);
  });

  it("reads an ID a printed roster's narrow cell wrapped, under its column, where the row's mobile and card follow it", () => {
    const rng = makeRng(281);
    const [id, phone, card] = [residentId(rng), mobile(rng), bankCard(rng)];
    const roster = [
      '序号 姓名      身份证号码      手机号码     银行卡号             开户行              审核结果',
      `4    赵宇轩    ${id.slice(0, 14)}  ${phone}  ${card}  农村商业银行股份有  通过`,
      `               ${id.slice(14)}                                              限公司武汉江夏区支行`,
    ].join('\n');
    // The ID is read joined, and its hit spans its head only: the mobile and the card after it stay.
    expect(found(roster).filter((f) => !f.startsWith('person_name_zh')).sort()).toEqual([`cn_resident_id:${id}`, `cn_mobile:${phone}`, `bank_card:${card}`].sort());
    // (通过, the review's outcome, is no name.)
    expect(found(roster).filter((f) => f.startsWith('person_name_zh'))).toEqual(['person_name_zh:赵宇轩']);
  });

  it("reads a fixed-width record's name glued to the code or the amount before it (D202412151141黎雅婷, 1052.00赵淑珍)", () => {
    const rng = makeRng(282);
    const [id, phone] = [residentId(rng), mobile(rng)];
    const record = `D202412151141黎雅婷              1112汉族    ${id}海南省海口市秀英区长江路399号                19${phone.slice(2)}    足金吊坠    2.36g    1     1052.00赵淑珍    0001`;
    expect(found(record).filter((f) => f.startsWith('person_name_zh'))).toEqual(['person_name_zh:黎雅婷', 'person_name_zh:赵淑珍']);
    // Not a distance or a count glued to its unit (10.9公里, 20种子).
    expect(found(`${phone} dist=10.9公里 ${id} 浚单20种子`).filter((f) => f.startsWith('person_name_zh'))).toEqual([]);
  });

  it('reads names under a printed header of five cells whose one keyword is 姓名 (a seating chart), not a row whose title cell repeats', () => {
    const chart = [
      '桌号    座位  姓名        单位                                会内职务',
      '主桌    A01   刘文勇      温氏软件有限公司                    副会长',
      '主桌    A02   冯菊琪      曾记鞋业有限公司                    副会长',
      '主桌    A03   武玉蕾      金源物流有限公司                    副会长',
    ].join('\n');
    expect(found(chart).filter((f) => f.startsWith('person_name_zh'))).toEqual(['刘文勇', '冯菊琪', '武玉蕾'].map((n) => `person_name_zh:${n}`));
    // The chart goes on past a seat kept for a post or for staff (A02 执行会长, B09 摄影), a row whose one keyword
    // is its post (副会长), and a name padded to three characters' width (孔　生).
    const rest = [
      '主桌    A02   执行会长                                        ',
      '主桌    A04   万杰军      周记茶业有限公司                    常务副会长',
      '主桌    A08   孔　生      江南文化传媒有限公司                常务理事',
      '1号桌   B09   摄影                                            ',
      '3号桌   D02   郑冬珍      宋城服饰有限公司                    副会长',
      '3号桌   D03   潘刚博      江南食品有限公司                    常务理事',
      '3号桌   D04   预留                                            ',
    ];
    expect(found([chart, ...rest].join('\n')).filter((f) => f.startsWith('person_name_zh'))).toEqual(
      ['刘文勇', '冯菊琪', '武玉蕾', '万杰军', '孔生', '郑冬珍', '潘刚博'].map((n) => `person_name_zh:${n}`),
    );
    // Its first rows seats kept for posts (主桌 A01 秘书长): the header is judged by the first row with as many cells.
    const kept = [chart.split('\n')[0]!, '主桌    A01   秘书长', '主桌    A02   主持人', ...chart.split('\n').slice(1)].join('\n');
    expect(found(kept).filter((f) => f.startsWith('person_name_zh'))).toEqual(['刘文勇', '冯菊琪', '武玉蕾'].map((n) => `person_name_zh:${n}`));
  });

  it("reads a legacy ID far under a printed header whose cell names two labels (证件号码/信用代码), as its column says", () => {
    const rng = makeRng(263);
    const header = '序号  户名      证件号码/信用代码    卡号/账号             余额';
    const row = (n: number, id: string) => `000${n}  ${chineseName(rng).padEnd(8, '　')}  ${id.padEnd(18, ' ')}   ${bankCard(rng)}      5,000.00`;
    const legacy = residentId15(rng);
    const list = [header, ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => row(n, residentId(rng))), row(9, legacy)].join('\n');
    const ids = found(list).filter((f) => f.startsWith('cn_resident_id'));
    expect(ids).toHaveLength(9);
    expect(ids.some((f) => f.startsWith(`cn_resident_id:${legacy.slice(0, 6)}19${legacy.slice(6, 12)}`))).toBe(true);
  });

  it("reads a guesthouse's guests, not its rooms named as its owner likes (房号: 余晖, 苏堤)", () => {
    const rng = makeRng(264);
    const ledger = [
      '日期\t房号\t客人\t押金方式\t金额\t卡号/流水号\t经手人',
      `8/1\t石语\t祝波\t微信\t500.00\t4200060584202408018434145531\t何刚彬`,
      `7/29\t余晖\t朱菲娟\t信用卡预授权\t1000.00\t${bankCard(rng)}\t何刚彬`,
      `7/31\t苏堤\t欧桂英\tPOS预授权\t500.00\t${bankCard(rng)}\t赵超铭`,
      `7/30\t安澜\t王海\t信用卡预授权\t1000.00\t${bankCard(rng)}\t赵超铭`,
    ].join('\n');
    const names = found(ledger).filter((f) => f.startsWith('person_name_zh')).map((f) => f.slice(15));
    expect(names.filter((n) => ['余晖', '苏堤', '安澜'].includes(n))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['朱菲娟', '欧桂英', '王海']));
  });

  it("reads no name in a parent's handle after the child (浩然妈妈) nor in a bank's card (平安卡)", () => {
    const rng = makeRng(265);
    const names = (text: string) => found(text).filter((f) => f.startsWith('person_name_zh')).map((f) => f.slice(15));
    const roster = [
      '| 序号 | 提交时间 | 来自IP | 幼儿 | 家长 | 手机 | 邮箱 | 接送方式 |',
      '|---|---|---|---|---|---|---|---|',
      `| 1 | 2024/08/29 11:00:15 | 116.57.30.166 | 罗俊熙 | 袁晓燕 | ${mobile(rng)} | — | 校车4号线 |`,
      `| 2 | 2024/08/28 09:20:51 | 183.133.192.78 | 张乐天 | 张嘉伟 | ${mobile(rng)} | jiaweizhang87@example.com | 家长接送 |`,
      `| 3 | 2024/08/21 15:15:33 | 120.100.158.37 | 王浩然 | 浩然妈妈 | ${mobile(rng)} | — | 校车2号线 |`,
      `| 4 | 2024/08/29 16:34:05 | 113.199.206.62 | 马清欢 | 马玉梅 | ${mobile(rng)} | — | 校车6号线 |`,
      `| 5 | 2024/08/21 11:34:45 | 183.246.152.40 | 郭航 | 郭志强 | ${mobile(rng)} | — | 家长接送 |`,
      `| 6 | 2024/08/21 17:04:48 | 119.135.137.103 | 董泽 | 董建华 | ${mobile(rng)} | — | 老人接送 |`,
      `| 7 | 2024/08/26 08:34:24 | 112.122.82.48 | 张思琪 | 张海洋 | ${mobile(rng)} | haiyangzhang85@example.com | 老人接送 |`,
    ].join('\n');
    expect(names(roster)).not.toContain('浩然妈妈');
    expect(names(roster)).toEqual(expect.arrayContaining(['袁晓燕', '张嘉伟', '马玉梅']));
    expect(names(`证件 ${residentId(rng)}\n平安卡 ${bankCard(rng)}\n绑定手机 ${mobile(rng)}`)).toEqual([]);
    // After a surname alone, the kin word addresses a person: a pick-up list's elders are its records.
    const pickUp = ['序号 | 提货人 | 手机 | 商品', ...['王奶奶', '林奶奶', '沈涛', '杨爷爷'].map((who, i) => `${i + 1} | ${who} | ${mobile(rng)} | 挂面`)].join('\n');
    expect(detectText(engine, pickUp).records).toBe(4);
  });

  it("reads a column its header does not label whose cells are names with a note in brackets (史鑫（68853部队）)", () => {
    const rng = makeRng(266);
    const rows = [['赵萍', '史鑫'], ['李卫东', '李雨泽'], ['赵明亮', '赵亚东'], ['秦红霞', '李志远']];
    const table = [
      '| 序号 | 村（社区） | 户主姓名 | 光荣牌对象 | 对象类别 | 身份证号 | 联系电话 |',
      '|---|---|---|---|---|---|---|',
      ...rows.map(([owner, soldier], i) => `| ${i + 1} | 北邓庄村 | ${owner} | ${soldier}（${60000 + i * 1111}部队） | 现役军人家庭 | ${residentId(rng)} | ${mobile(rng)} |`),
    ].join('\n');
    const names = found(table).filter((f) => f.startsWith('person_name_zh')).map((f) => f.slice(15));
    expect(names).toEqual(rows.flat());
  });

  it("reads names under a hotel's printed departure list of ten columns: a rule of dashes under the header, a masked card's spaces in a cell", () => {
    const header = '房号  姓名    到店  离店  间夜  房费     其他消费  合计     结算方式    押金处理';
    const rows = [
      '528   罗庆    1/22  1/23  3     594.00   14.00     608.00   预授权完成  卡**** **** **** 5087',
      '1522  谢胜洋  1/19  1/23  2     1056.00  13.00     1069.00  OTA预付     无',
      '1326  刘桐敏  1/22  1/23  3     654.00             654.00   AR挂账      杭州高德贸易有限公司',
    ];
    const names = (lines: string[]) => found(lines.join('\n')).filter((f) => f.startsWith('person_name_zh')).map((f) => f.slice(15));
    expect(names([header, ...rows])).toEqual(['罗庆', '谢胜洋', '刘桐敏']);
    expect(names([header, '-'.repeat(90), ...rows.slice(1)])).toEqual(['谢胜洋', '刘桐敏']);
  });

  it("reads a seller's list whose fields runs of hyphens part, a mark after a name (张丹晶----138…, 刘家豪★)", () => {
    const rng = makeRng(271);
    const names = ['吴磊', '张建华', '刘家豪★', '谭瑶 ✔', '闫丽'];
    // The last row's number is no mobile (141…): its name is known by its column.
    const rows = names.map((n, i) => `${i < 4 ? mobile(rng) : '14187724136'}----${n}----${100000 + i * 7919}----¥${51383 + i}`);
    expect(found(rows.join('\n')).filter((f) => f.startsWith('person_name_zh'))).toEqual(['吴磊', '张建华', '刘家豪', '谭瑶', '闫丽'].map((n) => `person_name_zh:${n}`));
    // One amount's digits end a line, the next mobile starts one: a table's rows, no paragraph to reflow into a card.
    const amounts = ['18502287755----冯平----979764185----¥51383', '15219646086----赵丽----502855413----¥67859', '16670938768----林涛----134012377----¥41200', '14785322146----陈佳----627013511----¥13492'].join('\n');
    expect(found(amounts).filter((f) => f.startsWith('bank_card'))).toEqual([]);
  });

  it('reads a name after its number in one cell of a row (15207247511 黎永洋, 莫桂<tab>18266880836)', () => {
    const names = (text: string) => detectText(engine, text).findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value);
    const sms = '15207247511 黎永洋,20240102672070133821,2024-01-02 09:17:27\n莫桂\t18266880836,20240102805394454,2024-01-02 09:30:33\n13003490330 发送成功,20240102672070133822,2024-01-02 09:17:28';
    expect(names(sms)).toEqual(['黎永洋', '莫桂']);
    expect(names('司机：曹军雪 13867697238\n访客:黄琦\n营业员: 丁旭')).toEqual(['曹军雪', '黄琦', '丁旭']);
    expect(names('出租车司机张伟开车很稳')).toEqual([]);
    // A flat's co-owners in one name cell; not words parted the same way.
    const roster = '房号,业主姓名,电话,面积\n23-3-2901,杨梅晓/王丽秀,16654241551,69.18\n9-1-3001,李明欣、谢芳燕,130-7072-8737,191.73\n9-1-3002,苹果/香蕉,130-7072-8738,191.73';
    expect(names(roster)).toEqual(['杨梅晓', '王丽秀', '李明欣', '谢芳燕']);
    // Parted by spaces too, but not a Tibetan name in its two parts; without a header, in a row of a flat's fields.
    expect(names('房号|业主姓名|电话\n5号楼2-1804|尹波 毕亚萍|18614947080\n7号楼1-201|次仁 丹增|18614947081')).toEqual(['尹波', '毕亚萍']);
    expect(names('3,19幢3单元1406室,郭德福、李建英,13728258567\n4,19幢3单元1407室,北京 上海,13728258568')).toEqual(['郭德福', '李建英']);
    // An OTA order's guests in one quoted cell; a manifest's emergency contact, name/number.
    expect(names('订单号,确认号,住客,电话\n1041742115606,C73581411,"贺静,董立佳",15153972847')).toEqual(['贺静', '董立佳']);
    expect(names('序号,手机,紧急联系人\n1,15662816987,黎娜松/13488393756')).toEqual(['黎娜松']);
    expect(names('订单号\t电话\t住客\n1\t15714565002\t雷铭飞,尉迟晓梅,范艳兰\n2\t15714565003\t何欣,王敏文')).toEqual(['雷铭飞', '尉迟晓梅', '范艳兰', '何欣', '王敏文']);
    // A booking's passengers run into one line, numbered; not a line of goods or steps so numbered.
    expect(names(' 1.郑荣宇 2.李冬 3.陈艳 4.邵嘉霞 5.扎西顿珠 Y4FNWD')).toEqual(['郑荣宇', '李冬', '陈艳', '邵嘉霞', '扎西顿珠']);
    expect(names('1.黄金 2.白银 3.石油 4.天然气\n1.高铁 2.飞机 3.轮船\n步骤 1.打开电源 2.连接网络 3.登录系统')).toEqual([]);
    // A ward's notes: the patient after the bed's number; a relative between a title and another label.
    expect(names('21床冷琴(住88906922)今日出院,家属甘兴电话+86-15881403991\n8-35床刘宇涵,79岁\n12床今日出院')).toEqual(['冷琴', '甘兴', '刘宇涵']);
    // A phone's screen read by OCR: a WeChat contact's page, a call log; not a heading over a kind of number.
    expect(names('09:43\n4G\n熊博\n微信号:bwzk7pc0\n地区:北京 东城区')).toEqual(['熊博']);
    expect(names('疑似推销\n10月3日 21:36\n黄伟兰\n手机\n23:55\n皇甫兰\n住宅\n14:38')).toEqual(['黄伟兰', '皇甫兰']);
    expect(names('王芳\n手机\n尾号5678')).toEqual([]);
    // A WeChat friends export: 备注 is the name the friend is saved under (beside 昵称 and 微信号 only).
    const friends = '序号,昵称,备注,微信号,性别\n2,向日葵,A11-陈超伟-华为,19167606895,未知\n5,知足常乐,乔欢涵,,未知\n11,momo,邱敏娟-装修公司,wxid_jn5acqz4zuw9ki,女';
    expect(names(friends)).toEqual(['陈超伟', '乔欢涵', '邱敏娟']);
    expect(names('序号,备注,手机\n1,老客户,13812345678\n2,已回访,13912345678')).toEqual([]);
    // A JSON line's value past its key, read as a cell of the line: "ec":"沈晨超 130-5765-2541".
    const json = '{"seq":"1","msisdn":"15331665418","custName":"何晶刚","ec":"沈晨超 130-5765-2541"}\n{"seq":"2","msisdn":"18920044007","custName":"司徒春","ec":"董军燕 135-0848-9031"}';
    expect(names(json)).toEqual(['何晶刚', '沈晨超', '司徒春', '董军燕']);
    // The same escaped inside a log line; a properties file's keys, after a path of dots.
    expect(names('请求 body={\\"id\\":4333,\\"name\\":\\"罗珍兰\\",\\"lxdh\\":\\"15124319481\\"}')).toEqual(['罗珍兰']);
    expect(names('mock.customer.cust_name=陶刚\ndemo.account[0].name: 高宇雨\nmail.contact.com 张伟')).toEqual(['陶刚', '高宇雨']);
  });

  it('reads a household\'s members after how they are related (父龚振华(…)、妻:陈丽娟), not a surname 孙 for a grandson', () => {
    const names = (text: string) => detectText(engine, text).findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value);
    expect(names('1 | 159 2575 3327 | 夫:刘辉、孙李浩然 | 3 | 常住')).toEqual(['刘辉', '李浩然']);
    expect(names('1,DA-2024-00833,母王月娥(210102193207290166)/女成萍,15549708285')).toEqual(['王月娥', '成萍']);
    expect(names('同住人员:孙 卓文博(440106199901145212)/母王秀芳(440106194710114760)')).toEqual(['卓文博', '王秀芳']);
    // A résumé's name on its own line over its contacts; not a list's title.
    expect(names('胡翔\nTel: 15037688850 | Email: huxiang@qq.com')).toEqual(['胡翔']);
    expect(names('# 彭磊\n- 联系电话:15606428685\n- 电子邮箱:324@qq.com')).toEqual(['彭磊']);
    expect(names('客户名单\n电话 13800138000')).toEqual([]);
    // A post after the name in its cell (张毅主任), cut off as 先生 is; 王主任 alone is no name.
    expect(names('联系人,电话\n张毅主任,18575893278\n王主任,18575893279')).toEqual(['张毅']);
    // and what a notice calls its addressee (李明同学, 王芳家长)
    expect(names('姓名,电话\n李明同学,18575893278\n王芳家长,18575893279')).toEqual(['李明', '王芳']);
    // A directory's name cells with the English name beside; a numbered list of records without a header.
    expect(names('7134707|Lily 赵璐娜|8460|190 1237 7746\n621147284|刘琳 Eric|8259|15364842204\n615772014|王珊(Vivian)|8027|18712340768')).toEqual(['赵璐娜', '刘琳', '王珊']);
    expect(names('2. 何哲茜,百度 算法工程师,电话 18039272029\n3. 宋杰语,阿里巴巴 运维工程师 | 13112341234')).toEqual(['何哲茜', '宋杰语']);
    // A household's members in one cell of a table, each who they are in brackets.
    const households = '姓名\t家庭成员\t公民身份号码\n曾桂勇\t郭旭（子）、顾辉岚（配偶）\t320106197308060238\n孔晶国\t杨文(女)、黄伟浩（子）\t330102193509277968\n付蕾明\t石超（父）、蔡洋凯（子）\t530102197712125869';
    expect(detectText(engine, households, { kind: 'table', delimiter: '\t' }).findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value).sort()).toEqual(['曾桂勇', '郭旭', '顾辉岚', '孔晶国', '杨文', '黄伟浩', '付蕾明', '石超', '蔡洋凯'].sort());
    // A group buy's 接龙 lines cut at dashes: the name a word of its own; not places so parted.
    expect(names('例：房号+姓名+数量+电话\n1. 20-2-2905-李文华-4份-8613755909246\n2. 28栋2单元1003-李梓豪-1份-13239811912\n北京-上海-13800138000')).toEqual(['李文华', '李梓豪']);
    // Two of a family in adjacent cells; words after kinship characters.
    expect(names('孙杨帆,孙黄磊,13800138000')).toEqual(['孙杨帆', '孙黄磊']);
    expect(names('子公司/子项目;女装、女鞋,13800138000')).toEqual([]);
  });

  it("reads a phone book's names: a second entry's digit (赵文2), a note after a dash (刘明敏-装修), an envelope's addressee", () => {
    expect(found('赵文2:13936727539\n刘明敏-装修,13777195284').filter((f) => f.startsWith('person'))).toEqual(['person_name_zh:赵文', 'person_name_zh:刘明敏']);
    expect(found('型号2:13936727539\n王-芳 13712345678').filter((f) => f.startsWith('person'))).toEqual([]);
    // The note before the name, and a minority name's dot kept whole.
    expect(found('链家-孙凤敏 13936727539\n平安保险-艾力·阿不都 13712345678').filter((f) => f.startsWith('person'))).toEqual(['person_name_zh:孙凤敏', 'person_name_zh:艾力·阿不都']);
    expect(found('518057\n南京人民路200号\n杨勇博 先生 收\n电话：18440139662')).toEqual(['person_name_zh:杨勇博', 'cn_mobile:18440139662']);
    expect(found('请查收\n电话：18440139662')).toEqual(['cn_mobile:18440139662']);
  });

  it('reads a name letter-spaced in a cell (叶 泽 建: a register filled in by hand, OCR\'d)', () => {
    const register = '编号 | 姓名 | 电话\n1 | 叶 泽 建 | 15345764108\n2 | 谢飞婉 | 13052913066\n3 | 欧 阳 娜 娜 | 13052913067\n4 | 未 填 写 | 13052913068';
    expect(found(register).filter((f) => f.startsWith('person'))).toEqual(['person_name_zh:叶泽建', 'person_name_zh:谢飞婉', 'person_name_zh:欧阳娜娜']);
  });

  it("reads an outline item's name over the deeper sub-items that hold its fields", () => {
    const slide = '重点客户\n➢ 余昊 客户号 CIF045702658\n    – 身份证：430102198112079038\n    – 电话：15617585547\n3. 崔伟海（已约见）\n    – 电话：17662075910';
    expect(found(slide).filter((f) => f.startsWith('person'))).toEqual(['person_name_zh:余昊', 'person_name_zh:崔伟海']);
    // Not an item at the same depth, nor a heading's word.
    expect(found('➢ 余昊 客户号 CIF045702658\n➢ 电话：15617585547\n• 重点客户\n    – 电话：17662075910').filter((f) => f.startsWith('person'))).toEqual([]);
  });

  it("reads a business card's name over its job title, with its contact lines below", () => {
    const card = '恒达物流\nLOGO\n高子成\nZicheng Gao\n大客户经理\n上海恒达物流有限公司\n手机 13912345678';
    expect(found(card)).toEqual(['person_name_zh:高子成', 'cn_mobile:13912345678']);
    // A heading over a title is no card: 会议纪要 is no name, and a name needs its title right below.
    expect(found('会议纪要\n项目经理\n电话 13912345678')).toEqual(['cn_mobile:13912345678']);
    expect(found('高子成\n上海恒达物流有限公司\n大客户经理\n\n\n手机 13912345678')).toEqual(['cn_mobile:13912345678']);
  });

  it('keeps a pasted TSV block whole when some rows end with a delimiter the header has not', () => {
    const tsv = '序号\t银行卡号\t手机号码\t客户姓名\n1\t6228485241232050182\t13111151852\t曹子艳\t\n2\t524047 7160965686\t13111151851\t邱芳\n';
    expect(found(tsv)).toContain('bank_card:5240477160965686');
  });

  it("reads a labelled number however its digits are spaced, the label before it on its line or alone on the line above (a form OCR'd a cell to a line)", () => {
    expect(found('联系电话\n19232  261829\n申请日期')).toEqual(['cn_mobile:19232261829']);
    expect(found('手机号码\t18480343 994')).toEqual(['cn_mobile:18480343994']);
    expect(found('公民身份号码 5101071 96311153926')).toEqual(['cn_resident_id:510107196311153926']);
    // Not a label inside a sentence over the next line, nor digits a label does not name.
    expect(found('请填写联系电话\n19232  261829')).toEqual([]);
    expect(found('申请日期\n19232  261829')).toEqual([]);
  });

  it('normalizes written forms of mobiles to 11 digits', () => {
    for (const text of ['+86 138 0013 8000', '138-0013-8000', '(+86)13800138000', '0086 13800138000', '手机 １３８００１３８０００']) {
      expect(found(text)).toEqual(['cn_mobile:13800138000']);
    }
  });

  it('reads parentheses as a country or area code only when they hold one', () => {
    expect(found('客户来电(013800138000),请回电')).toEqual(['cn_mobile:13800138000']);
    expect(found('总机 (0755)82345678')).toEqual(['cn_landline:075582345678']);
    expect(found('手机 (+86)13800138000')).toEqual(['cn_mobile:13800138000']);
  });

  it('lets the longer keyword of a header cell speak: an ID under 社保卡号 is no card, a number under 会员卡号 none', () => {
    // 620102195112289651 is a valid ID that also passes Luhn with a UnionPay prefix.
    expect(found('姓名,社保卡号\n王芳,620102195112289651\n', csv)).toEqual(['person_name_zh:王芳', 'cn_resident_id:620102195112289651']);
    expect(found('姓名,会员卡号\n王芳,6222020200112233445\n', csv)).toEqual(['person_name_zh:王芳']);
    expect(found('姓名,银行卡号\n王芳,6222020200112233445\n', csv)).toEqual(['person_name_zh:王芳', 'bank_card:6222020200112233445']);
  });

  it('reads a short dashed last group after a phone number as its extension', () => {
    expect(found('电话：021-68886666-123')).toEqual(['cn_landline:02168886666']);
    expect(found('电话 0755-8234-5678-8001')).toEqual(['cn_landline:075582345678']);
    expect(found('日期 2024-01-01-123')).toEqual([]);
    // A national number written without separators, then its extension.
    expect(found('财务负责人电话：02987694458-4708')).toEqual(['cn_landline:02987694458']);
    expect(found('订单号 02987694458-4708')).toEqual([]);
    // An extension written with letters, no label anywhere (a supplier table's cell): no hex identifier.
    expect(found('| 田然 | 0757-35100173-ext6449 |')).toEqual(['person_name_zh:田然', 'cn_landline:075735100173']);
    expect(found('| 田然 | 0757-3510-0173-abcd |')).toEqual([]); // the digit groups of a trace id
  });

  it('reads numbers grouped by no-break, figure, thin and narrow no-break spaces (Word, a web page)', () => {
    // Before: none of these was found.
    for (const space of ['\u00a0', '\u2007', '\u2009', '\u202f']) {
      expect(found(`手机 138${space}0013${space}8000，身份证 110105${space}19491231${space}002X`).sort(), space.codePointAt(0)!.toString(16)).toEqual([
        'cn_mobile:13800138000',
        'cn_resident_id:11010519491231002X',
      ]);
    }
  });

  it('finds full-width IDs and normalizes the check character to upper-case X', () => {
    expect(found(`身份证 ${toFullWidth('11010519491231002x')}`)).toEqual(['cn_resident_id:11010519491231002X']);
  });

  it('reads the styled digits of fancy-text converters as digits (NFKC maps them)', () => {
    const styled = (s: string, zero: number) => s.replace(/\d/g, (d) => String.fromCodePoint(zero + Number(d)));
    // Mathematical bold, double-struck, sans-serif, sans-serif bold, monospace; segmented.
    for (const zero of [0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1fbf0]) {
      expect(found(`手机 ${styled('13800138000', zero)}，身份证 ${styled('11010519491231002', zero)}X`).sort(), zero.toString(16)).toEqual([
        'cn_mobile:13800138000',
        'cn_resident_id:11010519491231002X',
      ]);
    }
    expect(found(`编号 ${String.fromCodePoint(0x1d7cf).repeat(3)}`)).toEqual([]);
  });

  it('reads letter-spaced digits as one value (a justified PDF line, or a list spaced out to slip past a scanner)', () => {
    const spaced = (s: string) => [...s].join(' ');
    expect(found(`手机 ${spaced('13912345678')}`)).toEqual(['cn_mobile:13912345678']);
    expect(found(`身份证 ${spaced('11010519491231002X')}`)).toEqual(['cn_resident_id:11010519491231002X']);
    expect(found(`卡号 ${spaced('6222021234567890123')}`)).toEqual(['bank_card:6222021234567890123']);
    // Single digits that are not one value: scores, a count, two values run together.
    expect(found('评分 5 4 3 5 5 4 3 2 1 5 5')).toEqual([]);
    expect(found('1 2 3 4 5 6 7 8 9 10 11')).toEqual([]);
    expect(found(spaced('1391234567813812345679'))).toEqual([]);
  });

  it('reads a cell under a number column whatever punctuation splits its digits', () => {
    const table = [
      '姓名,手机,身份证号,日期,金额',
      '张伟,139.1234.5678,110105.19491231.002X,2024.01.15,1.380.013.800',
      '李娜,138_0013_8000,"110101/199003071233",2024/01/15,13800138000.00',
    ].join('\n');
    expect(found(table, csv).sort()).toEqual(
      ['person_name_zh:张伟', 'person_name_zh:李娜', 'cn_mobile:13912345678', 'cn_mobile:13800138000', 'cn_resident_id:11010519491231002X', 'cn_resident_id:110101199003071233'].sort(),
    );
    // Without a header that names the column, dotted digits stay what they look like (amounts, versions).
    expect(found('139.1234.5678,110105.19491231.002X\n138.0013.8000,110101.19900307.1233', csv)).toEqual([]);
    // A cell with words in it is left to the scanners.
    expect(found('姓名,手机\n张伟,139.1234.5678转8001号', csv)).toEqual(['person_name_zh:张伟']);
  });

  it('reads a cell under a number column that holds its digits base64-encoded (手机号(已加密) | MTM4MDAxMzgwMDA=)', () => {
    const rng = makeRng(83);
    const people = Array.from({ length: 12 }, () => [chineseName(rng), mobile(rng), residentId(rng)] as const);
    const b64 = (s: string, pad: boolean) => Buffer.from(s).toString('base64').replace(pad ? /$^/ : /=+$/, '');
    const table = ['姓名,手机号(已加密),身份证号(已加密)', ...people.map(([n, m, id], i) => `${n},${b64(m, i % 2 === 0)},${b64(id, i % 2 === 1)}`)].join('\n');
    const d = detectText(engine, table, csv);
    expect(d.findings.filter((f) => f.detector !== 'person_name_zh').map((f) => f.value)).toEqual(people.flatMap(([, m, id]) => [m, id]));
    expect(d.records).toBe(12);
    // Under a column no header names, or decoding to anything but digits, a token stays a token.
    expect(found(`姓名,备注\n张伟,${b64(people[0]![1], true)}`, csv)).toEqual(['person_name_zh:张伟']);
    expect(found(`姓名,手机\n张伟,${b64('abc1234567', true)}`, csv)).toEqual(['person_name_zh:张伟']);
  });

  it('reads a punctuated value after a label the same way, and nothing after other labels', () => {
    expect(found('手机：139.1234.5678 身份证号=110105.19491231.002X。')).toEqual(['cn_mobile:13912345678', 'cn_resident_id:11010519491231002X']);
    expect(found('联系电话 0755.8234.5678，谢谢')).toEqual(['cn_landline:075582345678']);
    expect(found('订单号：139.1234.5678')).toEqual([]);
    expect(found('版本 1.380.013.8000')).toEqual([]);
  });

  it('reads digits split by wide punctuation (· — ～ ，) or by spaced dashes, after a label and under a number column', () => {
    for (const text of ['手机：138·0013·8000', '手机：138—0013—8000', '手机：138～0013～8000', '手机：138，0013，8000', '手机号 138 - 0013 - 8000', '手机：138  0013  8000', '手机：138・0013・8000', '手机：138•0013•8000', '手机：138‧0013‧8000']) {
      expect(found(text), text).toEqual(['cn_mobile:13800138000']);
    }
    expect(found('姓名,手机,身份证号\n张伟,138·0013·8000,110101—19900307—1233\n', csv)).toEqual([
      'person_name_zh:张伟',
      'cn_mobile:13800138000',
      'cn_resident_id:110101199003071233',
    ]);
    // Separate values after one label stay separate; other labels and prose are left alone.
    expect(found('电话：13800138000，13912345678')).toEqual(['cn_mobile:13800138000', 'cn_mobile:13912345678']);
    expect(found('订单号：2024·0101·1234·5678')).toEqual([]);
    // Parentheses around a mobile's prefix, not a country or area code.
    expect(found('手机：(138)0013-8000')).toEqual(['cn_mobile:13800138000']);
    expect(found('手机：+86 (138) 0013 8000')).toEqual(['cn_mobile:13800138000']);
    expect(found('电话（131）3244-2968')).toEqual(['cn_mobile:13132442968']);
    expect(found('联系电话（手机）：138·0013·8000')).toEqual(['cn_mobile:13800138000']);
    // Groupings the rule's pattern refuses in free text (1313 2442 968), vouched for by the label or column; read once.
    expect(found('手机 1313 244 2968')).toEqual(['cn_mobile:13132442968']);
    expect(found('身份证号 1501 0219 6711 2635 94')).toEqual(['cn_resident_id:150102196711263594']);
    expect(found('姓名,手机\n张伟,1313 244 2968\n', csv)).toEqual(['person_name_zh:张伟', 'cn_mobile:13132442968']);
    expect(found('手机：138 0013 8000')).toEqual(['cn_mobile:13800138000']);
    expect(found('订单号 1313 244 2968')).toEqual([]);
    // 4-3-4 stands alone as typed (徐毅嘉 1805 446 1764); three round numbers of a row do not.
    expect(found('1313 244 2968')).toEqual(['cn_mobile:13132442968']);
    expect(found('1500 200 3000')).toEqual([]);
    expect(found('电话：(010)62345678')).toEqual(['cn_landline:01062345678']);
    expect(found('今年销量 138·0013·8000 台')).toEqual([]);
  });

  it('reads punctuated values in bounded time on hostile input (huge dotted cells, labels before megabytes of digits)', () => {
    // ~0.1 s here; work quadratic in the cell or the run would take minutes (the limit below).
    const dotted = '1.'.repeat(500_000);
    expect(found(`姓名,手机\n张伟,${dotted}\n`, { kind: 'table', delimiter: ',' })).toEqual(['person_name_zh:张伟']);
    expect(found(`${'手机：'.repeat(20_000)}${dotted}`)).toEqual([]);
    // Megabytes of asterisks and digits: each four asterisks look no farther than a masked number reaches.
    expect(found(`张伟 ${'1111****'.repeat(500_000)}`)).toEqual([]);
    expect(found(`张伟 ${'**** '.repeat(800_000)}12`)).toEqual([]);
    expect(found(`张伟 ${'1＊＊＊＊'.repeat(300_000)}`)).toEqual([]);
    // A text header, then a line of 300,000 values: the row is placed under the header once, not once a value.
    expect(found(`姓名 手机 身份证号\n${Array(300_000).fill('13800138000').join(' ')}\n`)).toEqual(Array(300_000).fill('cn_mobile:13800138000'));
  }, 20_000);

  it("reads a mailbox's, a book title's and a group's surroundings in bounded time on hostile input", () => {
    // ~3.5 s here: '<' without '>', labels with no book title open, groups' colons on one line, each looking
    // no farther than a mailbox, a title or a group's line reaches (a scan to the end or the line's start
    // each: 42 s for the first alone, measured).
    expect(found(`${'<'.repeat(2_000_000)}a01@example.com`)).toEqual(['email:a01@example.com']);
    expect(found(`${'联系人：'.repeat(400_000)}`)).toEqual([]);
    expect(found(`${'张伟组：'.repeat(400_000)}`)).toEqual([]);
  }, 20_000);

  it('splits space-separated values in one run', () => {
    const rng = makeRng(2);
    const m = mobile(rng);
    const id = residentId(rng);
    expect(found(`${m} ${id}`).sort()).toEqual([`cn_mobile:${m}`, `cn_resident_id:${id}`].sort());
  });

  it('suppresses values labelled by a negative keyword, but not when the label is positive', () => {
    expect(found('订单号：13812345678')).toEqual([]);
    expect(found('快递单号 13812345678')).toEqual([]);
    expect(found('手机号：13812345678（订单号见附件）')).toEqual(['cn_mobile:13812345678']);
    // A label alone on its line labels the next line's value; a header row's last cell does not.
    expect(found('订单号\n13812345678')).toEqual([]);
    expect(found('号码，发送时间，消息ID\n13812345678，2024年2月19日，240219824080838279')).toEqual(['cn_mobile:13812345678']);
    // A label ends its cell; a cell that goes on in words is a message (a bank's reply beside the customer's mobile).
    expect(found('订单号（系统）|13812345678')).toEqual([]);
    expect(found('3008|户名与卡号不符|13812345678')).toEqual(['cn_mobile:13812345678']);
    expect(found('3001,余额不足,13812345678')).toEqual(['cn_mobile:13812345678']);
  });

  it('uses a negative column header to suppress a whole column', () => {
    const rows = ['订单号,手机号', '13812345678,13912345678', '13812345679,13912345679'].join('\n');
    expect(found(rows, { kind: 'table', delimiter: ',' }).sort()).toEqual(['cn_mobile:13912345678', 'cn_mobile:13912345679']);
    // A header cell naming two kinds (卡号/交易号) holds either: its cards are cards; one inside the other, the longer speaks.
    const rng = makeRng(7);
    const card = bankCard(rng);
    const payments = ['渠道,卡号/交易号', `UNIONPAY,${card}`, 'WECHAT,4200065329202308162373713076'].join('\n');
    expect(found(payments, { kind: 'table', delimiter: ',' })).toEqual([`bank_card:${card}`]);
    expect(found(['渠道,社保卡号', `UNIONPAY,${card}`].join('\n'), { kind: 'table', delimiter: ',' })).toEqual([]);
  });

  it('keeps passports and legacy IDs to their context', () => {
    expect(found('E12345678')).toEqual([]);
    expect(found('护照号码 E12345678')).toEqual(['cn_passport:E12345678']);
    expect(found('身份证号 110105491231002')).toEqual(['cn_resident_id:11010519491231002X']);
  });

  it('finds 港澳台 travel permits and Hong Kong and Macau ID cards by their labels, an HKID in brackets by its check character', () => {
    expect(found('往来港澳通行证号码：C12345678')).toEqual(['cn_travel_permit:C12345678']);
    expect(found('回乡证 H1234567801')).toEqual(['cn_travel_permit:H1234567801']);
    expect(found('台胞证号：05123456，有效期至 20300101')).toEqual(['cn_travel_permit:05123456']);
    expect(found('客户 A123456（3） 已开户')).toEqual(['hk_id:A123456(3)']);
    expect(found('HKID: A1234563')).toEqual(['hk_id:A123456(3)']);
    expect(found('澳門居民身份證 1234567(8)')).toEqual(['mo_id:1234567(8)']);
    // Without a label: part numbers, a check character that fails, any 8 digits.
    expect(found('C12345678 A1234563 12345678 1234567(8)')).toEqual([]);
    expect(found('图纸 A123456(4)')).toEqual([]);
    // Typed in fours, and a 回乡证 with its issue count in brackets.
    expect(found('通行证号码 C7576 0963；回乡证 M62958915(01)')).toEqual(['cn_travel_permit:C75760963', 'cn_travel_permit:M6295891501']);
    expect(found('型号 C7576 0963')).toEqual([]);
    expect(found('本赛季战斗通行证 C12345678 已兑换')).toEqual([]);
  });

  it('reads a 台胞证 under the line that names its type, and permits down a list its lead-in names', () => {
    expect(found('证件类型：台湾居民来往大陆通行证\n证件号码：61401552\n客户编号：96530598')).toEqual(['cn_travel_permit:61401552']);
    expect(found('{\n  "idType": "MTP",\n  "idNo": "18906879",\n  "bookingId": "59139613"\n}')).toEqual(['cn_travel_permit:18906879']);
    // The type line's keyword must end its line, and the number must be the next line's first.
    expect(found('证件类型：台胞证（已过期）\n证件号码：61401552')).toEqual([]);
    expect(found('证件类型：台胞证，有效期：长期\n证件号码：61401552')).toEqual([]);
    const lead = '附上本团客人名单（姓名 / 赴台通行证号 / 手机），请查收：\n';
    const rows = ['罗霞', '欧阳志强', '吴超', '马强', '林刚', '曾志强', '潘嘉怡', '许伟', '冯文博', '赵文博'].map((name, i) => `${name} / L${86602505 + i * 1_234_567} / 1${3 + (i % 6)}${String(269946766 + i * 7_654_321).slice(0, 9)}`);
    const permits = (text: string) => found(text).filter((f) => f.startsWith('cn_travel_permit'));
    expect(permits(lead + rows.join('\n'))).toHaveLength(10);
    // A line without one ends the list (the rows after it are beyond the lead-in's window); and no list without a lead-in.
    expect(permits(lead + [...rows.slice(0, 7), '以下为自由行：', ...rows.slice(7)].join('\n'))).toHaveLength(7);
    expect(permits(rows.join('\n'))).toEqual([]);
  });

  it('reads a document-type cell beside an ID column: a passport is no permit, and a header does not vouch for the column beside', () => {
    const register = ['房号,姓名,证件类型,证件号码', '1301,张伟,往来港澳通行证,C12345678', '1302,PARK JIHOON,护照,M27052733', '1303,李娜,台胞证,05123456', '1304,王芳,回乡证,H87654321'].join('\n');
    expect(found(register, csv)).toEqual(['person_name_zh:张伟', 'cn_travel_permit:C12345678', 'person_name_zh:李娜', 'cn_travel_permit:05123456', 'person_name_zh:王芳', 'cn_travel_permit:H87654321']);
    const clinic = ['患者姓名,年龄,证件号码,病历号,联系电话', '韩德博,65,32010219590625007X,M2212195908,13856930587', '陈萍晨,61,42010619630811352X,M2507187846,13627320712'].join('\n');
    expect(found(clinic, csv).filter((f) => f.startsWith('cn_travel_permit'))).toEqual([]);
    // 年龄 in the header is no name: the header holds (and with three labels or more, a header whatever cell looks like a name: 祖籍).
    const members = ['会员编号,姓名,祖籍,中国护照号,电话', 'M0733,戴丽娜,福建省泉州,G49794728,13936750954', 'M0088,董平,福建省泉州,E75918827,18677478760'];
    expect(found([...members, ...Array.from({ length: 4 }, (_, i) => `M01${i},李${'一二三四'[i]}明,福建省泉州,,1390013900${i}`), members[2]!.replace('M0088', 'M0099')].join('\n')).filter((f) => f.startsWith('cn_passport'))).toEqual(['cn_passport:G49794728', 'cn_passport:E75918827', 'cn_passport:E75918827']);
    expect(found(clinic, csv).filter((f) => f.startsWith('person_name_zh'))).toEqual(['person_name_zh:韩德博', 'person_name_zh:陈萍晨']);
  });

  it("reads a passport in an ID column among the others' resident IDs, with no passport label anywhere", () => {
    const rng = makeRng(26);
    const ids = Array.from({ length: 3 }, () => residentId(rng));
    const drives = ['试驾时间\t姓名\t手机号\t身份证号\t意向等级', `2022-07-23\t谢云瑶\t183-6046-5846\tE18147045\tA`, `2022-03-28\t孙静志\t139-7245-9179\t${ids[0]}\tB`, `2023-07-27\t钱乐帆\t180-7514-7723\t${ids[1]}\tC`, `2022-03-26\t张瑶\t171-9007-0973\tEK4576618\tH`];
    const passports = (text: string) => found(text).filter((f) => f.startsWith('cn_passport'));
    expect(passports(drives.join('\n'))).toEqual(['cn_passport:E18147045', 'cn_passport:EK4576618']);
    // Not in a table printed with spaces: its columns drift (an OCR'd register's order numbers under 身份证号).
    const printed = ['No.  客户姓名  身份证号  订单号  联系电话', `1  刘玲鑫  ${ids[0]}  HT-2024-0692  19672955302`, `2  邓红佳  E99188447  HT-2024-8511  13498415667`, `3  谢荣  ${ids[2]}  HT-2024-7971  14793945603`];
    expect(passports(printed.join('\n'))).toEqual([]);
    // One resident ID is no ID column; nor is the column beside the IDs; nor a header that disowns the rule (货号).
    expect(passports([drives[0], drives[1], drives[2]].join('\n'))).toEqual([]);
    expect(passports(['姓名,身份证号,备注', `王芳,${ids[0]},E18147045`, `李娜,${ids[1]},E18147046`, `赵敏,${ids[2]},`].join('\n'))).toEqual([]);
    expect(passports(['货号,身份证号', `E18147045,${ids[0]}`, `E18147046,${ids[1]}`].join('\n'))).toEqual([]);
  });

  it('lowers a UnionPay card that fails Luhn to medium rather than dropping it, with context', () => {
    const rng = makeRng(3);
    const card = bankCard(rng, { length: 19 });
    const bad = card.slice(0, -1) + String((Number(card.at(-1)) + 1) % 10);
    expect(found(`银行卡号 ${bad}`)).toEqual([`bank_card:${bad}`]);
    expect(found(bad)).toEqual([]);
  });

  it('drops a UnionPay number failing Luhn where its line says it failed, and keeps the name it was given with', () => {
    const rng = makeRng(31);
    const card = bankCard(rng, { length: 19 });
    const bad = card.slice(0, -1) + String((Number(card.at(-1)) + 1) % 10);
    expect(found(`ERROR BatchCheck - row=16 卡号=${bad} 校验位错误(Luhn)`)).toEqual([]);
    expect(found(`[validate] row=5 银行卡号校验失败 value=${bad}`)).toEqual([]);
    // A number that passes its check stays, whatever the line says of it (户名与卡号不符 is about the name).
    expect(found(`[validate] row=5 卡号=${card} 校验失败: 户名与卡号不符`)).toEqual([`bank_card:${card}`]);
    // The refuting word is the line's: the next line's failed number is not this one.
    expect(found(`卡号=${card} 校验失败\n卡号=${bad} 开户行=工商银行`)).toEqual([`bank_card:${card}`, `bank_card:${bad}`]);
    // The person the text gives the number as theirs is still named.
    expect(found(`另:李家豪的卡号${bad}校验不通过,请核实`)).toEqual(['person_name_zh:李家豪']);
  });

  it('finds credit codes and e-mail addresses', () => {
    const rng = makeRng(4);
    const code = uscc(rng);
    const mail = email(rng);
    expect(found(`统一社会信用代码：${code}`)).toEqual([`cn_uscc:${code}`]);
    // Written in its parts: authority and type, region, the rest.
    const parts = `${code.slice(0, 2)} ${code.slice(2, 8)} ${code.slice(8)}`;
    expect(found(`统一社会信用代码 ${parts}`)).toEqual([`cn_uscc:${code}`]);
    expect(found(`税号:${parts.replaceAll(' ', '-')}`)).toEqual([`cn_uscc:${code}`]);
    expect(found(`X${parts}`)).toEqual([]);
    // A mail's own identifiers are not anybody's address.
    expect(found('Message-ID: <20230406071454438813.6d3d7731@mail.shengshibj.net>')).toEqual([]);
    // Fields parted by slashes: the address between two; a URL's user is none.
    expect(found('2、2/乳腺外科/dr.liufx@163.com/副主任医师')).toEqual(['email:dr.liufx@163.com']);
    expect(found('9/住院医师/gaoruihan70@126.com/13842772417')).toEqual(['email:gaoruihan70@126.com', 'cn_mobile:13842772417']);
    expect(found('git clone https://user@host.com/repo')).toEqual([]);
    // A masked address is none, nor its unmasked end; nor a 广东电信 broadband login (its landline is one).
    expect(found('email=h***5@icloud.com, 邮箱:z＊＊＊i@163.com')).toEqual([]);
    expect(found('融合宽带 076988649692@163.gd 未拆机')).toEqual(['cn_landline:076988649692']);
    const inner = /^(1[3-9]\d{9})@/.exec(mail)?.[1]; // <mobile>@139.com: the mobile too (below)
    expect(found(`邮箱 ${mail.toUpperCase()}`)).toEqual([`email:${mail.toLowerCase()}`, ...(inner ? [`cn_mobile:${inner}`] : [])]);
  });

  it('reads an e-mail address typed with the dots and at sign of a Chinese keyboard (＠, ．, 。)', () => {
    for (const typed of ['zhangwei＠163．com', 'zhangwei@163。com', 'zhangwei＠163.com']) expect(found(`邮箱：${typed}`), typed).toEqual(['email:zhangwei@163.com']);
    // A sentence's full stop after an address is not part of it; one after a bare host makes none.
    expect(found('请发至 zhangwei@163.com。谢谢')).toEqual(['email:zhangwei@163.com']);
    expect(found('联系 zhang@163。谢谢')).toEqual([]);
  });

  it('reads an address with Cyrillic or Greek letters that look Latin as the address it shows', () => {
    expect(found('邮箱：pеngхіаzhen@126.сom')).toEqual(['email:pengxiazhen@126.com']);
    expect(found('E-mail: ΖΗΑΝG.wei@οutlοοk.com')).toEqual(['email:zhang.wei@outlook.com']);
    // Other Cyrillic is not taken for Latin.
    expect(found('почта иван@почта.рф')).toEqual([]);
  });

  it('counts no person record from an organisation: its credit code beside its phone or its legal representative', () => {
    const rng = makeRng(5);
    const companies = Array.from({ length: 6 }, (_, i) => `星河${i}号贸易有限公司,${uscc(rng)},${landline(rng)}`);
    const directory = detectText(engine, ['单位名称,统一社会信用代码,总机', ...companies].join('\n'), csv);
    expect(directory.findings.filter((f) => f.detector === 'cn_uscc')).toHaveLength(6);
    expect(directory.records).toBe(0);
    expect(detectText(engine, `法定代表人：葛亮亮\n统一社会信用代码：${uscc(rng)}`).records).toBe(0);
    // A business customer's contact person is a person record, with the code beside it or not.
    const rows = Array.from({ length: 3 }, () => `${uscc(rng)},${chineseName(rng)},${mobile(rng)}`);
    expect(detectText(engine, ['统一社会信用代码,联系人,手机', ...rows].join('\n'), csv).records).toBe(3);
    // A supplier list: beside its code, a switchboard and a mailbox (caiwu@, ar@: no role word a list knows) are the company's.
    const suppliers = Array.from({ length: 6 }, (_, i) => `供应商${i},${uscc(rng)},${landline(rng)},${i % 2 ? 'ar' : 'caiwu'}@supplier${i}.com.cn`);
    const master = detectText(engine, ['供应商名称,统一社会信用代码,总机,对账邮箱', ...suppliers].join('\n'), csv);
    expect(master.findings.filter((f) => f.detector === 'email')).toHaveLength(6);
    expect(master.records).toBe(0);
    expect(detectText(engine, `单位名称：星河贸易有限公司\n统一社会信用代码：${uscc(rng)}\n电话：${landline(rng)}\n邮箱：caiwu@xinghe.com`).records).toBe(0);
    // With a name or an ID beside them, they are a person's.
    const named = suppliers.map((s, i) => `${s},${chineseName(rng)}`);
    expect(detectText(engine, ['供应商名称,统一社会信用代码,总机,对账邮箱,联系人', ...named].join('\n'), csv).records).toBe(6);
  });

  it('reports a mobile that is an e-mail address’s local part as well as the address (cn-formats §10)', () => {
    expect(found('邮箱 13800138000@139.com')).toEqual(['email:13800138000@139.com', 'cn_mobile:13800138000']);
    expect(found('QQ邮箱 123456789@qq.com')).toEqual(['email:123456789@qq.com']);
    expect(found('订单 T13800138000X@x.com')).toEqual(['email:t13800138000x@x.com']);
    // One datum, one field: an address alone is no record, and a block with the same mobile above it is one person.
    expect(detectText(engine, '13800138000@139.com').records).toBe(0);
    expect(detectText(engine, '姓名：张伟\n手机：13800138000\n邮箱：13800138000@139.com').records).toBe(1);
  });
});

describe('names only in a person context', () => {
  it('takes names from labels, name columns and record rows', () => {
    expect(found('联系人：张伟')).toEqual(['person_name_zh:张伟']);
    expect(found('收件人 欧阳娜娜先生 电话 13912345678').sort()).toEqual(['cn_mobile:13912345678', 'person_name_zh:欧阳娜娜']);
    const table = ['客户姓名,城市', '王芳,北京', '李秀英,上海'].join('\n');
    expect(found(table, { kind: 'table', delimiter: ',' }).sort()).toEqual(['person_name_zh:李秀英', 'person_name_zh:王芳']);
  });

  it("takes a name after a word of a person's role before a colon, a label no pack lists", () => {
    const names = (text: string) => found(text).filter((f) => f.startsWith('person_name_zh'));
    expect(names('开户许可编号:J5880303617830\n尽调人:陈泳诗    复核人:李雅雯    日期:2024-01-15')).toEqual(['person_name_zh:陈泳诗', 'person_name_zh:李雅雯']);
    expect(names('2024年8月3日(周六)    值班大堂经理:王宇航')).toEqual(['person_name_zh:王宇航']);
    expect(names('服务顾问:白梓凯  维修技师:唐荣兵')).toEqual(['person_name_zh:白梓凯', 'person_name_zh:唐荣兵']);
    // A role glued to a sentence is no label (客户说负责的人:…); nor is a trade a name (水电工).
    expect(names('他说这件事最好找负责的那个人:王宇航知道')).toEqual([]);
    expect(names('进场人员:水电工 潘师傅、王师傅,共2人')).toEqual([]);
    expect(names('时长:高速公路 3小时')).toEqual([]);
    // A role itself is no name (安检员:霍欣 names 霍欣; 通讯员 in a roster's cell is what one is).
    expect(names('小区:云锦苑    安检员:霍欣(YX16957)    电话:15138360993')).toEqual(['person_name_zh:霍欣']);
  });

  it('reads a name before the kin word a customer is called by, and in an XML element with attributes', () => {
    const names = (text: string) => found(text).filter((f) => f.startsWith('person_name_zh'));
    expect(names('【2025-05-25 12:11】客户:周仁和叔叔  地址:水碾河小区21号')).toEqual(['person_name_zh:周仁和']);
    expect(names('【益寿宝】尊敬的刘素珍阿姨,10月2日上午9点公益讲座')).toEqual(['person_name_zh:刘素珍']);
    expect(names('<Customer><Owner staffNo="FK0489">李晓红</Owner></Customer>')).toEqual(['person_name_zh:李晓红']);
    expect(names('<Owner staffNo="FK0489"/>李晓红')).toEqual([]);
    expect(names('{"store":"皇姑体验店","sales":"彭佳琪"}')).toEqual(['person_name_zh:彭佳琪']);
  });

  it("reads the sender's name that opens a mail's signature, under its delimiter", () => {
    const names = (text: string) => found(text).filter((f) => f.startsWith('person_name_zh'));
    expect(names('您好,请查收附件。\n\n--\n宋晨帅\nTel: 18648620648')).toEqual(['person_name_zh:宋晨帅']);
    expect(names('请于周五前回复。\n-- \n谭燕 | 团险核保\n中国太平洋财产保险股份有限公司')).toEqual(['person_name_zh:谭燕']);
    // Not a line of prose under it, nor a name-shaped word without the delimiter above.
    expect(names('--\n黄金价格本周上涨')).toEqual([]);
    expect(names('您好\n谭燕 | 团险核保')).toEqual([]);
  });

  it("reads a column headed by a word of a person's role beside a name column (陪看人)", () => {
    const names = (text: string) => found(text, { kind: 'table', delimiter: '|' }).filter((f) => f.startsWith('person_name_zh')).sort();
    const table = ['序号|客户姓名|客户电话|带看房源|陪看人|客户反馈', '1|邓宏国|13668311483|武林壹号 7栋4单元1002|曹月淑|考虑中', '2|徐刚毅|13412063730|春江花月 3号楼1302|—|再看看'];
    expect(names(table.join('\n'))).toEqual(['person_name_zh:徐刚毅', 'person_name_zh:曹月淑', 'person_name_zh:邓宏国']);
    // Without a name column beside it the word says nothing of its column (成人 | 儿童: how many of each).
    expect(names(['团号|成人|儿童', 'T001|王伟|2', 'T002|李娜|1'].join('\n'))).toEqual([]);
  });

  it('reads a name under a key of pinyin initials ending in xm (姓名), in any of a system\'s syntaxes', () => {
    const names = (text: string) => found(text).filter((f) => f.startsWith('person_name_zh'));
    expect(names('<Broker><JJRXM>赵桂颖</JJRXM><JJRDH>13389246081</JJRDH></Broker>')).toEqual(['person_name_zh:赵桂颖']);
    expect(names('{"khxm": "蓝宇磊", "lxdh": "18253790089"}')).toEqual(['person_name_zh:蓝宇磊']);
    expect(names('record brxm=\'王红荣\' ward=3')).toEqual(['person_name_zh:王红荣']);
    // Not inside a word (<XMLDATA>, textXm), nor with the letters' case mixed (<JjrXM>).
    expect(names('<XMLDATA>王伟伟</XMLDATA>')).toEqual([]);
    expect(names('<JjrXM>赵桂颖</JjrXM>')).toEqual([]);
  });

  it('joins a name cut into family-name and given-name columns, in either order (Outlook, Google, phones)', () => {
    const names = (text: string, shape: Parameters<typeof detectText>[2] = csv) => found(text, shape).filter((f) => f.startsWith('person_name_zh')).sort();
    expect(names(['First Name,Middle Name,Last Name,Mobile Phone', '伟,,张,13800138000', '娜,,欧阳,13912345678'].join('\n'))).toEqual(['person_name_zh:张伟', 'person_name_zh:欧阳娜']);
    expect(names(['姓,名,移动电话', '"李","秀英",13800138000', '王,芳,13912345678'].join('\n'))).toEqual(['person_name_zh:李秀英', 'person_name_zh:王芳']);
    expect(names(['姓氏\t名字\t手机', '赵\t敏\t13800138000'].join('\n'), { kind: 'table', delimiter: '\t' })).toEqual(['person_name_zh:赵敏']);
    // a whole name put in one of the two, the other left empty; the name's parts alone are no names
    expect(names(['Last Name,First Name,Mobile', '陈静,,13800138000', ',周杰,13912345678', '欧阳,,13700137000'].join('\n'))).toEqual(['person_name_zh:周杰', 'person_name_zh:陈静']);
    // one of the two alone is no pair: `名` beside 姓名 is not a given name
    expect(names(['姓名,名,手机', '王芳,芳,13800138000'].join('\n'))).toEqual(['person_name_zh:王芳']);
  });

  it('takes the name out of a name cell with a note beside it, as contacts are saved (张良鹏(链家), 链家-孙凤敏)', () => {
    const names = (text: string) => found(text, csv).filter((f) => f.startsWith('person_name_zh'));
    const rows = ['张良鹏(链家)', '链家-孙凤敏', '王峰 链家', '平安保险-高昊凯', '【VIP】李娜'].map((n, i) => `${n},1380013800${i}`);
    expect(names(['姓名,手机', ...rows].join('\n'))).toEqual(['张良鹏', '孙凤敏', '王峰', '高昊凯', '李娜'].map((n) => `person_name_zh:${n}`));
    // two parts that are each a name: both (co-owners, or a name and who referred them); and only under a name column
    expect(names('姓名,手机\n王峰 李娜,13800138000')).toEqual(['person_name_zh:王峰', 'person_name_zh:李娜']);
    expect(names('单位,手机\n链家-孙凤敏,13800138000')).toEqual([]);
  });

  it('reads no label inside a longer word or a book title, and one across a word before it', () => {
    const names = (text: string) => found(text).filter((f) => f.startsWith('person_name_zh'));
    // 教练车 is a car, 《学员须知》 a document: no name follows.
    expect(names('3. 教练车年检:浙A2678学\n本人已阅读《学员须知》。')).toEqual([]);
    // A label is read though a keyword starts before it (紧急联系人 | 联系人姓名; 访客 | 客户 in 回访客户).
    expect(names('紧急联系人姓名:周振璐\n与本人关系:配偶\n内容:回访客户韩艳红(134-4629-2169),约周末到店')).toEqual(['person_name_zh:周振璐', 'person_name_zh:韩艳红']);
    // 宝宝, 老公: labels with a separator only (not 宝宝红臀, 宝宝满月啦).
    expect(names('宝宝:邓一航 性别:男\n老公:王旭\n备注:宝宝红臀,宝宝满月啦')).toEqual(['person_name_zh:邓一航', 'person_name_zh:王旭']);
  });

  it("reads a roster's groups named after their leaders (龚晨帅组：郭平、余红梅), not a team's regions", () => {
    const names = (text: string) => found(text).filter((f) => f.startsWith('person_name_zh'));
    expect(names('学员分配：\n  龚晨帅组：郭平、余红梅、管永强\n  郭轩波组：沈宇飞、林胜')).toEqual(
      ['龚晨帅', '郭平', '余红梅', '管永强', '郭轩波', '沈宇飞', '林胜'].map((n) => `person_name_zh:${n}`),
    );
    expect(names('销售一组：华东、华南\n华东组：上海、南京\n张三组：李四')).toEqual([]);
  });

  it("reads a mailbox's display name before its address, quoted or not (From: \"李建国\" <sales01@…>), not a department's", () => {
    const header = 'From: "李建国" <sales01@shangpinhui-lux.com>\nTo: 张伟 <a01@example.com>, "客服部" <kf@example.com>\nSubject: 名单';
    expect(found(header).filter((f) => f.startsWith('person_name_zh'))).toEqual(['person_name_zh:李建国', 'person_name_zh:张伟']);
  });

  it('reads the givers in a ledger of gifts (礼金簿: 冯红梅 壹仟元) or the payers of a shared bill, letter-spaced and joint, not who gave without a name', () => {
    const names = (text: string) => found(text).filter((f) => f.startsWith('person_name_zh')).map((f) => f.slice(15));
    const ledger = ['喜 帐', '冯红梅 壹仟元', '无名 捌佰元', '饶 佳 怡 800', '伴郎 1314', '新娘同事（8人） 1600', '金辉地产 壹仟元',
      '表姐 贰仟元 丨 丁传军 吕庆丰 合 2000 丨 袁磊夫妇 3000', '共 14 份   合计 ¥3,400'];
    expect(names(ledger.join('\n'))).toEqual(['冯红梅', '饶佳怡', '丁传军', '吕庆丰', '袁磊']);
    // A stele gives the amount first (and goes on on an indented line); a 接龙 numbers its gifts; OCR reads 伯 and 兀 for 佰 and 元.
    const stele = ['捐资芳名：', '捐贰万元：王卫立　王　敏', '捐壹万元：王庆华　余小红', '　　　　　　王静淑', '北围村王氏宗亲理事会　立'];
    expect(names(stele.join('\n'))).toEqual(['王卫立', '王敏', '王庆华', '余小红', '王静淑']);
    expect(names('#接龙\n1、温建军 888\n2、洪佳怡 200（已转）\n5.温金生一家 200')).toEqual(['温建军', '洪佳怡', '温金生']);
    expect(names('功德芳名\n张 芳 伍伯兀  郑裕轩叁佰元  蓝丽 伍仟兀')).toEqual(['张芳', '郑裕轩', '蓝丽']);
    // A neighbourhood's 接龙 gives the flat first and orders by the portion; a product's line has its price after the quantity.
    expect(names('#接龙 药品代购\n1. 17-404 唐梦 3份\n2. 17-204 倪彬振 2份\n3. 罗汉果 10个 ¥19.9')).toEqual(['唐梦', '倪彬振']);
    // A reunion's shared bill: who paid their share.
    expect(names('【2011届同学会 AA收款明细】\n实到：12人  人均：676元\n已收（微信/支付宝）：\n付宇源 676 √ 5/8\n刘华毅 676 ✔ 1/11（代孙佳瑶付）\n蔡涵亚 676 已转 10/3')).toEqual(['付宇源', '刘华毅', '蔡涵亚']);
    // Without a ledger's title, names and amounts are a price list as likely; a bar parts columns, not a gift.
    expect(names(ledger.slice(1).join('\n'))).toEqual([]);
    expect(names('礼金登记\n收礼方式|金额\n红包|500元\n现金|800元')).toEqual([]);
  });

  it('reads a list numbered a line each whose items open with names, when one item holds a number (1. 孙志刚（爸爸）)', () => {
    const names = (text: string) => found(text).filter((f) => f.startsWith('person_name_zh')).map((f) => f.slice(15));
    const guests = ['宾客名单：', '1. 孙志刚（爸爸）', '2. 余彩霞（妈妈，7桌） 13169709185', '3. 刘秀英（姑妈）', '4. 孙燕', '5. 伴娘团（人数待定）'];
    expect(names(guests.join('\n'))).toEqual(['孙志刚', '余彩霞', '刘秀英', '孙燕']);
    // No item with a person's number, or items that are mostly not names: no list of people.
    expect(names(guests.filter((g) => !g.includes('131')).join('\n'))).toEqual([]);
    expect(names(['1. 王府井（集合）', '2. 天安门 13169709185', '3. 故宫博物院', '4. 景山公园'].join('\n'))).toEqual([]);
    // Without a number, every item a name with a note in brackets after it: a list of people all the same.
    expect(names(guests.slice(1, 4).map((g) => g.replace(/ \d+/, '')).join('\n'))).toEqual(['孙志刚', '余彩霞', '刘秀英']);
    expect(names(['1. 孙志刚（爸爸）', '2. 余彩霞', '3. 刘秀英（姑妈）'].join('\n'))).toEqual([]);
  });

  it("reads a funeral's and a meeting's people, not a sentence's verbs that are titles elsewhere (须按时参加培训)", () => {
    const names = (text: string) => found(text).filter((f) => f.startsWith('person_name_zh')).map((f) => f.slice(15));
    expect(names('特此讣告。\n孝媳：张清丽\n孝子：叶海春\n<SZXM>侯清</SZXM>\n{"deceasedName":"伍英宝","plot":"A-3-12"}')).toEqual(['张清丽', '叶海春', '侯清', '伍英宝']);
    expect(names('主持：王琴燕\n参加：吴强亮、彭海、马博宇\n请假：姜慧莉（外出培训）\n登记：韩敏楠')).toEqual(['王琴燕', '吴强亮', '彭海', '马博宇', '姜慧莉', '韩敏楠']);
    // A title glued inside a sentence ends no name there; a transliterated name's part is seven characters at most.
    expect(names('第三条 乙方须按时参加培训，不得由他人代签到。')).toEqual([]);
    expect(names('被告迪丽娜尔·艾合买提到庭参加诉讼。')).toEqual([]);
    // A form of address and what follows it (新业主刘哥未登记), a shift (代领 | 白班), how money came: no names.
    expect(names('已卖,新业主刘哥未登记\n| 代领 | 白班 |')).toEqual([]);
    // A title that more of a word follows heads no column (试驾登记表 over 来源: 懂车帝, 新郎电话: the groom's phone, beside 新郎).
    const form = ['元通宝马 试驾登记表', ...['钟秀锋', '苏琪芳', '谢洋云'].flatMap((n, i) => [`客户姓名: ${n}`, `来源: ${['懂车帝', '汽车之家', '抖音'][i]}`, `手机号: 1398383679${i}`, '----------'])];
    expect(names(form.join('\n'))).toEqual(['钟秀锋', '苏琪芳', '谢洋云']);
    const orders = ['| 合同号 | 新郎 | 新郎电话 | 新娘 | 新娘电话 |', '|---|---|---|---|---|', '| HQ20231208178 | 周昊军 | 13512539454 | 李艳宇 | 147-9834-2937 |', '| HQ20240330186 | 张荣磊 | 18361900382 | 陈春凤 | 15913598926 |'];
    const d = detectText(engine, orders.join('\n'));
    expect(d.findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value)).toEqual(['周昊军', '李艳宇', '张荣磊', '陈春凤']);
    expect(d.records).toBe(4);
    const ledger = ['捐款台账', '| 姓名 | 金额 | 收款方式 |', '| 廖卫东 | 200 | 平安转账 6230 5824 7966 1203 561 |', '| 廖子轩 | 1200 | 工行转账 6212 2609 7820 6562 362 |'];
    expect(names(ledger.join('\n'))).toEqual(['廖卫东', '廖子轩']);
  });

  it('takes a header with a word of a name\'s shape over numbers for a header (劳育 over 86), not a label–value row', () => {
    const names = (text: string) => found(text).filter((f) => f.startsWith('person_name_zh')).map((f) => f.slice(15));
    const scores = ['综合素质测评成绩汇总表', '排名,学号,姓名,德育,智育,体育,美育,劳育', '1/21,202312020957,郝明,88.3,94.16,71,90,86', '2/21,202312060102,蒋凯,97.8,90.97,94,86,74'];
    expect(names(scores.join('\n'))).toEqual(['郝明', '蒋凯']);
    const genealogy = ['| 世次 | 房派 | 姓名 | 捐资(元) | 备注 |', '|---|---|---|---|---|', '| 廿三世 | 五房 | 蔡礼灿 | 800 | 已交 |', '| 二十四世 | 二房 | 蔡礼华 | 300 | 现金 |'];
    expect(names(genealogy.join('\n'))).toEqual(['蔡礼灿', '蔡礼华']);
    const sheet = ['| 姓名 | 石馨 | 性别 | 女 | 年龄 |', '| 出生日期 | 1972/06/25 | 民族 | 汉 | 51 |'];
    expect(names(sheet.join('\n'))).toEqual(['石馨']);
  });

  it("reads a record's name after its number and code over its ID (1  T204331  金雅云⏎身份证 …), and a pick-up list's 取货人", () => {
    const names = (text: string) => found(text).filter((f) => f.startsWith('person_name_zh')).map((f) => f.slice(15));
    expect(names('团长佣金结算表\n\n1  T204331  金雅云\n身份证 530102199809019025  手机 15844835350\n\n2  T203400  郭月萍\n身份证 45010319700128304X')).toEqual(['金雅云', '郭月萍']);
    // Not a line of words before the ID (备注 说明 王平 is prose), nor a name with no number before it but words.
    expect(names('备注 说明 王平\n身份证 530102199809019025')).toEqual([]);
    const pickup = ['序号  取货人    手机尾号  商品        数量', '1     辛雨新    1683      龙眼        2', '2     杜　辉    8977      章丘大葱    3', '3     奔跑的蜗牛  8975  金针菇      3'];
    expect(names(pickup.join('\n'))).toEqual(['辛雨新', '杜辉']);
  });

  it("reads an after-sales service's staff, an obituary's grandchildren and who sends a wreath (同事 黄霞 徐瑞 敬挽)", () => {
    const names = (text: string) => found(text).filter((f) => f.startsWith('person_name_zh')).map((f) => f.slice(15));
    expect(names('派工人:余颖     服务工程师:李振强    工号:T3306\n回访员:郑静淑    班组:夜班    组长:薛玉')).toEqual(['余颖', '李振强', '郑静淑', '薛玉']);
    expect(names('特此讣告。\n\n孙女:周怡\n外孙:董旭刚\n<JBRXM>文峰华</JBRXM>\n{"status":"已完成","executor":"刘凯"}')).toEqual(['周怡', '董旭刚', '文峰华', '刘凯']);
    const scrolls = ['编号 | 类别 | 上款 | 下款(敬挽人)', '01 | 花篮 | 深切缅怀吴素霞 | 弟子 阮亚璐 敬挽', '02 | 花圈 | 吴素霞同志千古 | 郑州市自来水公司 敬挽', '03 | 花篮 | 音容宛在 | 同事 黄霞 徐瑞 敬挽'];
    expect(names(scrolls.join('\n'))).toEqual(['阮亚璐', '黄霞', '徐瑞']);
    // Not a team's meeting (组长会议) nor a plural (工程师们).
    expect(names('下午组长会议讨论排班\n工程师们辛苦了')).toEqual([]);
    // A header whose one name column is its staff's (工程师) leaves the row's own person to the row: 徐兵阳 beside his phone.
    const orders = ['工单号\t用户\t电话\t区域\t工程师\t状态', 'FW2024122335987\t徐兵阳\t13979308441\t天河区\t张涛\t已关闭', 'FW2025010686478\t黄宇志\t18975108892\t白云区\t江俊春\t已派工'];
    expect(names(orders.join('\n'))).toEqual(['徐兵阳', '张涛', '黄宇志', '江俊春']);
  });

  it('reads a couple in one cell (李泽宇&张佳欣) and a receipt\'s payer (今收到 王泽宇)', () => {
    const names = (text: string) => found(text).filter((f) => f.startsWith('person_name_zh')).map((f) => f.slice(15));
    expect(names('7月3日\tSY20250510737\t李泽宇&张佳欣\t15243166117\n7月7日\tSY20250422931\t陈浩宇 ＆ 王子涵\t19838129024')).toEqual(['李泽宇', '张佳欣', '陈浩宇', '王子涵']);
    expect(names('2025 年 7 月 15 日\n今收到 王泽宇\n交来 婚纱摄影套系首付款')).toEqual(['王泽宇']);
    expect(names('新郎 莫帅   新娘 肖佳琪   新婚之喜\n落款:新郎新娘 敬邀\n执笔：彭桂芳   管钱：李婉婷')).toEqual(['莫帅', '肖佳琪', '彭桂芳', '李婉婷']);
  });

  it('reads a label\'s list parted by runs of spaces (营员（6人）：程雨萱  涂屹  蒋梓豪) or by one to the line\'s end, each item a name alone', () => {
    const names = (text: string) => found(text).filter((f) => f.startsWith('person_name_zh'));
    expect(names('营员（6人）：程雨萱  涂屹  蒋梓豪\n队长：李一涵   副队长：朱钰')).toEqual(['程雨萱', '涂屹', '蒋梓豪', '李一涵', '朱钰'].map((n) => `person_name_zh:${n}`));
    // Not the next label of a form's line (性别：女), nor a word that one space parts.
    expect(names('姓名：王芳    性别：女\n联系人：张伟 电话 13800138000')).toEqual(['person_name_zh:王芳', 'person_name_zh:张伟']);
    // One space parts the items where the rest of the line is words of a name's length, three at least (参会人员：闵明辉 李志刚 周国栋);
    // not where anything else is on the line (负责人：王芳 李娜 周一到周五在岗).
    expect(names('参会人员：闵明辉 李志刚 周国栋 王军\n负责人：王芳 李娜 周一到周五在岗')).toEqual(['闵明辉', '李志刚', '周国栋', '王军', '王芳'].map((n) => `person_name_zh:${n}`));
  });

  it("reads no baby's pet name under a name column (朵朵), nor lets it make the column's other words names", () => {
    const rows = ['会员卡号,宝妈姓名,手机,宝宝姓名', 'VIP80344049,黄佳佳,15928520429,朵朵', 'VIP80344050,陈瑶,15624598290,王子墨', 'VIP80344051,徐芳,18021758096,豆豆'];
    expect(found(rows.join('\n'), csv).filter((f) => f.startsWith('person_name_zh'))).toEqual(['黄佳佳', '陈瑶', '王子墨', '徐芳'].map((n) => `person_name_zh:${n}`));
  });

  it('reads a name after a label and 是 or 为 (收货人是徐志宇) as after a weak label: held to the given-name characters', () => {
    expect(found('我的订单一直没到，收货人是徐志宇，手机13431255085')).toEqual(['person_name_zh:徐志宇', 'cn_mobile:13431255085']);
    expect(found('联系人为王芳 13812345678')).toEqual(['person_name_zh:王芳', 'cn_mobile:13812345678']);
    for (const text of ['客户是上帝，电话13812345678', '客户为本公司员工，电话13812345678', '客户是否满意 13812345678']) expect(found(text), text).toEqual(['cn_mobile:13812345678']);
  });

  it('reads a labelled name whose surname is set apart (寄件人:沈 燕凤), and not its given name again as a name of its own', () => {
    expect(found('寄件人:沈 燕凤  电话:+8618908336923')).toEqual(['person_name_zh:沈燕凤', 'cn_mobile:18908336923']);
    expect(found('姓名：魏 广 苗 电话13812345678')).toEqual(['person_name_zh:魏广苗', 'cn_mobile:13812345678']);
  });

  it('reads the names a label lists, each with who the person is in brackets (同住人：应霖（丈夫）、令狐鹏（儿子）)', () => {
    const names = (text: string) => found(text).filter((f) => f.startsWith('person_name_zh'));
    expect(names('户主：温琪璐 手机：13204247268\n同住人：应霖（丈夫）、令狐鹏（儿子）、苏彬鸿（儿子）')).toEqual(
      ['温琪璐', '应霖', '令狐鹏', '苏彬鸿'].map((n) => `person_name_zh:${n}`),
    );
    expect(names('部门：市场部 手机：15008721524\n同行人员：缑晓、章璠亮、王鑫')).toEqual(['缑晓', '章璠亮', '王鑫'].map((n) => `person_name_zh:${n}`));
    // An approval's chain, one arrow after another.
    expect(names('金额:¥97,619.51\n审批流程:段娜明 → 沈桂荣 → 姜宁雪')).toEqual(['段娜明', '沈桂荣', '姜宁雪'].map((n) => `person_name_zh:${n}`));
  });

  it('reads a minority name parted by any dot an input method offers (玉素甫•阿迪力, 阿依古丽・买买提), as written', () => {
    const names = (text: string) => found(text, csv).filter((f) => f.startsWith('person_name_zh'));
    const rows = ['玉素甫•阿迪力', '阿依古丽・买买提', '热依拉‧热合曼', '木合塔尔·麦麦提'].map((n, i) => `${n},1380013800${i}`);
    expect(names(['姓名,手机', ...rows].join('\n'))).toEqual(['玉素甫•阿迪力', '阿依古丽・买买提', '热依拉‧热合曼', '木合塔尔·麦麦提'].map((n) => `person_name_zh:${n}`));
    // A bullet before a name is a list's mark, not a part of it.
    expect(found('联系人：•张伟 13800138000')).not.toContain('person_name_zh:•张伟');
  });

  it('reads a name cell whose surname is set apart by a space (敖 瑶云, 欧阳 娜娜, 谢　凤), and two names in one cell as two', () => {
    const names = (text: string) => found(text, csv).filter((f) => f.startsWith('person_name_zh'));
    const rows = ['敖 瑶云', '欧阳 娜娜', '谢　凤', '吉 德锐', '王峰 李娜'].map((n, i) => `${n},1380013800${i}`);
    expect(names(['姓名,手机', ...rows].join('\n'))).toEqual(['敖瑶云', '欧阳娜娜', '谢凤', '吉德锐', '王峰', '李娜'].map((n) => `person_name_zh:${n}`));
  });

  it('counts a row that names its person twice (Outlook\'s display name) as one record', () => {
    const row = (n: string, m: string) => `伟,${n[0]},${m},${n} (${m}@qq.com)`;
    const text = ['First Name,Last Name,Mobile Phone,E-mail Display Name', row('张伟', '13800138000'), row('王伟', '13900139000')].join('\n');
    expect(detectText(engine, text, csv).records).toBe(2);
  });

  it('takes the name of a business card or signature line (魏慧 工程师, 张伟 | 销售经理) and of a card shared in a chat ([名片])', () => {
    expect(found('魏慧 工程师\n无锡永辉包装材料有限公司\n18293711296\nwei.hui@wxyonghui.com')).toEqual(['person_name_zh:魏慧', 'cn_mobile:18293711296', 'email:wei.hui@wxyonghui.com']);
    expect(found('张伟 | 销售经理\n手机：13800138000')).toEqual(['person_name_zh:张伟', 'cn_mobile:13800138000']);
    expect(found('2024-03-16 20:27:00 Tony\n[名片] 赵琴颖  微信号：qinying_zhao693')).toEqual(['person_name_zh:赵琴颖']);
    // a department and its head, a word and a title, a name in a sentence: no name
    expect(found('技术部 经理\n欢迎 各位销售\n请王伟经理回电 13800138000')).toEqual(['cn_mobile:13800138000']);
    // with the name colleagues abroad know, and a title of the usual ones (常务副总)
    expect(found('史霞航 Vivian Shi 招聘主管\n宋辉 | 常务副总')).toEqual(['person_name_zh:史霞航', 'person_name_zh:宋辉']);
    expect(found('南京 Office 招聘主管')).toEqual([]);
  });

  it("reads a bank statement's counterparty (转账还款-孙洋睿), a mail's addressee alone on its line (徐玉永:) and an SMS's (胡婷,您申请的…)", () => {
    expect(found('2024-09-15  2023-12-18  转账还款-孙洋睿  79809.40元\n2024-09-16  跨行汇款-中国移动通信  20.00元\n2024-09-17  会议-张三丰  0.00元')).toEqual(['person_name_zh:孙洋睿']);
    expect(found('徐玉永:\n附件打不开,直接贴在正文里了。')).toEqual(['person_name_zh:徐玉永']);
    expect(found('备注:\n无\n王总:\n你好')).toEqual([]);
    // (So a chat writes its senders: whose the fields below are is not said.)
    expect(detectText(engine, '高娜敏:\n凌芳勇，420102200801309562，151 6572 1972\n高娜敏:\n收到').records).toBe(1);
    expect(found('2024-01-01 16:23:44,【北辰银行】胡婷,您申请的装修分期已放款')).toEqual(['person_name_zh:胡婷']);
    // whom a voice message says a customer is called; not what a thing is called
    expect(found('[语音转文字] 你记一下,客户叫丁怡子,电话是幺八三 洞二四三,下午打给他\n他叫什么来着\n这个产品叫金龙鱼，很好')).toEqual(['person_name_zh:丁怡子']);
    // or a relative of hers (a renewal chat: 我老公叫邱欢，手机…)
    expect(found('我老公叫邱欢,他那份也一起续吧\n孩子叫什么名字来着')).toEqual(['person_name_zh:邱欢']);
    // whose number a note gives in brackets, after where the person works or what the note did; not a shop's, not a surname and a post
    const calls = '2023-02-08 致电杭州市鼎盛化工有限公司采购何泽(13936847268),发票51052611对应263.00\n2023-02-09 联系了财务汤伟斌（187-0698-2182）\n采购司马兰琴(18870730862)';
    expect(found(calls).filter((f) => f.startsWith('person_name_zh'))).toEqual(['何泽', '汤伟斌', '司马兰琴'].map((n) => `person_name_zh:${n}`));
    // and in a service's SMS: the customer's, the engineer's
    const sms = '【格力售后】用户毛娜佳(19559882460)催单:92309270940已超时\n【小天鹅】工程师林旭华(153-4201-0539)已签到,正在为您服务。';
    expect(found(sms).filter((f) => f.startsWith('person_name_zh'))).toEqual(['毛娜佳', '林旭华'].map((n) => `person_name_zh:${n}`));
    expect(found('王府井店(010-62345678)\n请联系王经理(13800138000)\n客服电话(13800138000)').filter((f) => f.startsWith('person_name_zh'))).toEqual([]);
  });

  it('reads no name from a column its header disowns, where the header has no name column (昵称 beside 签约人)', () => {
    const rows = ['主播UID,身份证号,手机,签约人,昵称,开户银行', '130364975,630102200112028836,18900707866,吴莉德,杜十娘,中国工商银行西安滨江支行', '889285081,330781199209180561,13634145247,周芳艳,李白不白,兴业银行北京科技园支行'];
    expect(found(rows.join('\n')).filter((f) => f.startsWith('person'))).toEqual(['person_name_zh:吴莉德', 'person_name_zh:周芳艳']);
  });

  it("reads a header cell by its longest keyword (用户名称 is a customer's name, 催收员工号 a staff number) and a title's column as who handled the row", () => {
    const rows = ['No,用户名称,联系电话,催收员,催收员工号', '1,江颖辉,18689433887,石浩琳,KF23419', '2,丁娟英,13268831813,贾辉,DX37124', '3,丁娟英,13268831813,石浩琳,KF23419'];
    expect([...new Set(found(rows.join('\n')).filter((f) => f.startsWith('person')))].sort()).toEqual(['person_name_zh:丁娟英', 'person_name_zh:江颖辉', 'person_name_zh:石浩琳', 'person_name_zh:贾辉']);
    // Two customers, whoever called them.
    expect(detectText(engine, rows.join('\n'), { kind: 'table', delimiter: ',' }).records).toBe(2);
  });

  it("takes who wrote a message a reply quotes, from the line over it (… 写道)", () => {
    expect(found('--- 江光刚 在 2023-10-24 17:32:31 写道 ---\n> 收到')).toEqual(['person_name_zh:江光刚']);
    expect(found('在 2024年3月1日 10:02，张伟 <zw@abc.com> 写道：\n> 好的')).toEqual(['person_name_zh:张伟', 'email:zw@abc.com']);
    expect(found('他在2024年的报告中写道：市场回暖')).toEqual([]);
  });

  it('takes a minority name with a middle dot from a name column and a record row', () => {
    const table = ['客户姓名,城市', '阿依古丽·吐尔逊,乌鲁木齐', '王芳,北京'].join('\n');
    expect(found(table, { kind: 'table', delimiter: ',' }).sort()).toEqual(['person_name_zh:王芳', 'person_name_zh:阿依古丽·吐尔逊']);
    expect(found('迪丽娜·热合曼,13912345678,乌鲁木齐', { kind: 'table', delimiter: ',' }).sort()).toEqual(['cn_mobile:13912345678', 'person_name_zh:迪丽娜·热合曼']);
  });

  it('reads the name columns of a CSV file as the same rows pasted into text: names off the surname list, a column no keyword labels', () => {
    // (A .csv, an .xlsx sheet: table units; these names were read only when the rows came inside text.)
    const rows = ['序号,姓名,手机号,外呼员', '1,白玛梅朵,15109929858,欧阳艳', '2,邓红,13885311990,万文', '3,王丽,13885311991,欧阳艳', '4,娜布其,13885311992,李娜'];
    const names = ['person_name_zh:万文', 'person_name_zh:娜布其', 'person_name_zh:李娜', 'person_name_zh:欧阳艳', 'person_name_zh:王丽', 'person_name_zh:白玛梅朵', 'person_name_zh:邓红'];
    for (const shape of [undefined, { kind: 'table', delimiter: ',' } as const]) {
      expect([...new Set(found(rows.join('\n'), shape).filter((f) => f.startsWith('person')))].sort()).toEqual(names);
      // The agent is someone else than the row's caller: a caller calling again, another agent answering, is no new record.
      expect(detectText(engine, [...rows, '5,邓红,13885311990,李娜'].join('\n'), shape).records).toBe(4);
    }
  });

  it('does not read the cell after a label in a header row as a name (会员姓名 | 家庭电话), but does in a label–value sheet', () => {
    const tsv = { kind: 'table', delimiter: '\t' } as const;
    const table = ['会员姓名\t家庭电话\t收件人\t公司名称', '王芳\t010-62345678\t李娜\t北京礼蓉建筑工程有限公司'].join('\n');
    expect(found(table, tsv).filter((f) => f.startsWith('person_name_zh')).sort()).toEqual(['person_name_zh:李娜', 'person_name_zh:王芳']);
    const sheet = ['姓名\t张三\t性别\t男', '手机\t13800138000\t身份证\t110101199003071233'].join('\n');
    expect(found(sheet, tsv)).toEqual(['person_name_zh:张三', 'cn_mobile:13800138000', 'cn_resident_id:110101199003071233']);
  });

  it('keeps the header when a row below it holds one keyword beside a name (手机银行 | 范旭雄)', () => {
    const table = ['摘要\t对方户名', '手机银行\t范旭雄', '转账\t王芳'].join('\n');
    expect(found(table, { kind: 'table', delimiter: '\t' }).sort()).toEqual(['person_name_zh:王芳', 'person_name_zh:范旭雄']);
  });

  it('takes names and every value from CSV rows pasted into text, addresses with house numbers included', () => {
    const text = [
      '会议纪要：各部门需在周五前提交预算。',
      '姓名,手机号,身份证号,地址,备注',
      '王琳,13867125100,320102200407115264,广东省深圳市南山区科技园路180号,',
      '侯刚兰,16637205021,440305197711217866,南京市玄武区3栋1单元2908室,已回访',
    ].join('\n');
    expect(found(text).sort()).toEqual(
      ['cn_mobile:13867125100', 'cn_mobile:16637205021', 'cn_resident_id:320102200407115264', 'cn_resident_id:440305197711217866', 'person_name_zh:侯刚兰', 'person_name_zh:王琳'].sort(),
    );
  });

  it('reads a CSV block pasted into text under its own header: names from the name column only', () => {
    const text = [
      '附上客户资料，麻烦尽快录入系统。',
      '客户姓名,信用代码,城市,备注',
      '乔佳菊,91510100MANA92N924,黄冈,VIP',
      '顾振莹,,周庄,',
      '以上，谢谢！',
    ].join('\n');
    expect(found(text).filter((f) => f.startsWith('person_name_zh')).sort()).toEqual(['person_name_zh:乔佳菊', 'person_name_zh:顾振莹']);
  });

  it('keeps a pasted block under its header when the block goes on past a 1 MiB segment', () => {
    const rng = makeRng(7);
    const rows = Array.from({ length: 40 }, () => `${chineseName(rng)},黄冈,${mobile(rng)},${residentId(rng)}`);
    const names: string[] = [];
    const acc = new ItemAccumulator({ reveal: false, onFinding: (f) => f.detector === 'person_name_zh' && names.push(f.value) });
    const unit = new UnitDetector(engine, acc, 'mail', { kind: 'text' });
    // The first write passes the segment size: the segment ends after the block's fifth row.
    // Two long lines of prose put the header at line 2, where the next segment has a row.
    const prose = `${'会议纪要：各部门需在周五前提交预算，财务部统一汇总。'.repeat(7_000)}\n`;
    unit.write(`${prose}${prose}客户姓名,城市,手机,身份证\n${rows.slice(0, 5).join('\n')}\n`);
    unit.write(`${rows.slice(5).join('\n')}\n以上，谢谢！\n`);
    unit.end();
    expect(names).not.toContain('黄冈'); // a city column is not a name column
    expect(new Set(names).size).toBe(new Set(rows.map((r) => r.split(',')[0])).size);
    expect(acc.recordCount).toBe(40);
  });

  it('finds the same in a unit written in pieces of any size, through a buffer the caller reuses', () => {
    const rng = makeRng(11);
    const lines = Array.from({ length: 40_000 }, (_, i) =>
      i % 3 === 0 ? `客户${chineseName(rng)}，手机${mobile(rng)}，身份证${residentId(rng)}` : `${chineseName(rng)},${mobile(rng)},${email(rng)},备注`,
    );
    const text = Buffer.from(`姓名,手机,邮箱,备注\n${lines.join('\n')}\n`); // ~2.5 MB: three segments
    const run = (pieces: number[]): string[] => {
      const values: string[] = [];
      const acc = new ItemAccumulator({ reveal: false, onFinding: (f) => values.push(`${f.detector}:${f.value}`) });
      const unit = new UnitDetector(engine, acc, 'notes', { kind: 'text' });
      const scratch = Buffer.alloc(Math.max(...pieces));
      let at = 0;
      for (let k = 0; at < text.length; k++) {
        const n = Math.min(pieces[k % pieces.length]!, text.length - at);
        text.copy(scratch, 0, at, at + n);
        unit.write(scratch.subarray(0, n));
        scratch.fill(0x41); // the caller's buffer is reused at once
        at += n;
      }
      unit.end();
      return values.sort();
    };
    const whole = run([text.length]);
    expect(whole.length).toBeGreaterThan(90_000);
    // Pieces that cut characters and lines anywhere; one larger than a segment.
    expect(run([1, 7, 4096, 65_537, 3])).toEqual(whole);
    expect(run([(1 << 20) + 5, 333])).toEqual(whole);
  });

  it('reads a line longer than the longest it waits for (5 MB, no line end) the same in pieces as whole', () => {
    const rng = makeRng(12);
    const line = Buffer.from(Array.from({ length: 200_000 }, () => `${mobile(rng)} 备注`).join(' '));
    const values = (pieces: number): number => {
      let n = 0;
      const unit = new UnitDetector(engine, new ItemAccumulator({ reveal: false, onFinding: () => n++ }), 'log', { kind: 'text' });
      for (let at = 0; at < line.length; at += pieces) unit.write(line.subarray(at, at + pieces));
      unit.end();
      return n;
    };
    expect(values(line.length)).toBe(200_000);
    expect(values(4096)).toBe(200_000);
  });

  it('never from prose alone, and not from surname-initial words', () => {
    expect(found('我们下周一和王伟讨论一下方案')).toEqual([]);
    expect(found('高速 13812345678')).toEqual(['cn_mobile:13812345678']);
    expect(found('江苏 13812345678')).toEqual(['cn_mobile:13812345678']);
    // 余额 is no name, and it labels an amount, not a mobile.
    expect(found('余额 13812345678')).toEqual([]);
    expect(found('余额不足，请拨打 13812345678')).toEqual(['cn_mobile:13812345678']);
  });

  it('ends a labelled name before the words that follow a name in a sentence', () => {
    expect(found('客户徐宗来电(0086 16294350116),要求回电')).toEqual(['person_name_zh:徐宗', 'cn_mobile:16294350116']);
    expect(found('联系人：王芳的电话 13800138000')).toEqual(['person_name_zh:王芳', 'cn_mobile:13800138000']);
    expect(found('客户刘洋于2024年3月5日开户，身份证号110101199003071233')).toEqual(['person_name_zh:刘洋', 'cn_resident_id:110101199003071233']);
    expect(found('联系人：王芳在北京 13800138000')).toEqual(['person_name_zh:王芳', 'cn_mobile:13800138000']);
    expect(found('经办人陈静签字')).toEqual(['person_name_zh:陈静']);
    expect(found('联系人：欧阳娜娜等')).toEqual(['person_name_zh:欧阳娜娜']);
    expect(found('尊敬的王芳女士：您预留的手机13800138000已绑定')).toEqual(['person_name_zh:王芳', 'cn_mobile:13800138000']);
    // Where the name is all of its line or cell, a last character such as 和 is the name's.
    expect(found('姓名：王春和 电话：13800138000')).toEqual(['person_name_zh:王春和', 'cn_mobile:13800138000']);
    expect(found('尊敬的张总：')).toEqual([]);
  });

  it('takes a name in a record line without the form of address written after it (张伟先生，手机…)', () => {
    expect(found('张伟先生，手机13800138000').sort()).toEqual(['cn_mobile:13800138000', 'person_name_zh:张伟']);
    expect(found('欧阳娜娜女士 13912345678').sort()).toEqual(['cn_mobile:13912345678', 'person_name_zh:欧阳娜娜']);
  });

  it('takes a name from an XML element and after a bracketed label', () => {
    expect(found('<customer><name>张伟</name><mobile>13912345678</mobile></customer>')).toEqual(['person_name_zh:张伟', 'cn_mobile:13912345678']);
    expect(found('<客户姓名>王芳</客户姓名>')).toEqual(['person_name_zh:王芳']);
    expect(found('【姓名】李娜')).toEqual(['person_name_zh:李娜']);
    expect(found('[联系人]赵敏 电话 13812345679')).toEqual(['person_name_zh:赵敏', 'cn_mobile:13812345679']);
    expect(found('<city>北京</city><remark>周一送</remark>')).toEqual([]);
  });

  it('reads the labels of forms, contracts, tickets and exports (申 请 人, 乘机人1, 乙方（承租人）, receiverName=)', () => {
    expect(found('申 请 人：陈菊嘉')).toEqual(['person_name_zh:陈菊嘉']);
    expect(found('姓　　名：王芳')).toEqual(['person_name_zh:王芳']);
    expect(found('乘机人1：宋婷子')).toEqual(['person_name_zh:宋婷子']);
    expect(found('乙方（承租人）:李泽文')).toEqual(['person_name_zh:李泽文']);
    expect(found('承租方（乙方）：薛东飞')).toEqual(['person_name_zh:薛东飞']);
    expect(found('审批人：谢蔚')).toEqual(['person_name_zh:谢蔚']);
    expect(found('orderNo=DD2025011485702763 receiverName=欧阳书英 receiverPhone=13302953538')).toEqual(['person_name_zh:欧阳书英', 'cn_mobile:13302953538']);
    expect(found('{"contactName":"陈新庆","mobile":"13230252228"}')).toEqual(['person_name_zh:陈新庆', 'cn_mobile:13230252228']);
    expect(found('<tr><td>王梓慧</td><td>18662334749</td></tr>')).toEqual(['person_name_zh:王梓慧', 'cn_mobile:18662334749']);
    // Words after such labels that are not names.
    expect(found('销售方信息  名称：上海创新源环保设备有限公司')).toEqual([]);
    expect(found('与借款人关系：亲属')).toEqual([]);
    expect(found('客户单位座机 021-37253546')).toEqual(['cn_landline:02137253546']);
    expect(found('续期缴费账户:平安银行 6221558785778355 13800138000')).toEqual(['bank_card:6221558785778355', 'cn_mobile:13800138000']);
  });

  it('reads the names of a list after one label, a name before its staff number, and rows quoted in a reply', () => {
    expect(found('参会人：牛春坤、邝超丹、刘楠')).toEqual(['person_name_zh:牛春坤', 'person_name_zh:邝超丹', 'person_name_zh:刘楠']);
    expect(found('股东信息：彭宁庆 96.76%、孟洋瑶 15.38%')).toEqual(['person_name_zh:彭宁庆', 'person_name_zh:孟洋瑶']);
    expect(found('03-02 15:26 赵琳卫(工号8219806164)：已结单')).toEqual(['person_name_zh:赵琳卫']);
    expect(found('我是谢文，新号码13408213345')).toEqual(['person_name_zh:谢文', 'cn_mobile:13408213345']);
    expect(found('客户甄东要求退款到新卡')).toEqual(['person_name_zh:甄东']);
    expect(found('> 姓名\t手机\n> 蒙东\t15249635735\n> 沙丽祥\t18086206343\n')).toEqual([
      'person_name_zh:蒙东',
      'cn_mobile:15249635735',
      'person_name_zh:沙丽祥',
      'cn_mobile:18086206343',
    ]);
    expect(found('我是说这个不行')).toEqual([]);
    expect(found('本人承诺以上信息属实')).toEqual([]);
  });

  it('reads a table copied one cell per line: a line that is only a name, a person field alone on one of the next three', () => {
    const cells = ['会员姓名', '性别', '身份证号码', '手机号', '王子珍', '女', '350206198409213868', '-', '谭艳璐', '女', '62010220000005689X', '13681584189'];
    expect(found(cells.join('\n')).filter((f) => f.startsWith('person'))).toEqual(['person_name_zh:王子珍', 'person_name_zh:谭艳璐']);
    // A line of a name with the field three lines on, past a blank line, or a field inside a sentence: no.
    expect(found('王子珍\n女\n\n350206198409213868').filter((f) => f.startsWith('person'))).toEqual([]);
    expect(found('王子珍\n她的身份证是350206198409213868').filter((f) => f.startsWith('person'))).toEqual([]);
  });

  it('reads a table copied one cell per line under its labels: each name column, each row one record', () => {
    const rng = makeRng(23);
    const people = Array.from({ length: 4 }, () => ({ name: chineseName(rng), id: residentId(rng), mobile: mobile(rng), staff: chineseName(rng) }));
    // A CRM's list copied from the page, its phones masked: the names of 客户名称 and 负责人 only, past the page's title.
    const crm = ['客户列表', '客户编号', '客户名称', '手机', '负责人', '最后跟进时间'];
    people.forEach((p, i) => crm.push(`C2024142341${i}`, p.name, `${p.mobile.slice(0, 3)}****${p.mobile.slice(7)}`, p.staff, '2024-07-04 03:54'));
    crm.push('10条/页', '< 1 2 3 ... 32 >');
    const names = detectText(engine, crm.join('\n')).findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value);
    expect(new Set(names)).toEqual(new Set(people.flatMap((p) => [p.name, p.staff])));
    // A register: its row number, then the cells; each row is one person's record.
    const register = ['No.', '公民身份号码', '联系人', '会员号', '手机号'];
    people.forEach((p, i) => register.push(String(i + 1), p.id, p.name.split('').join(' '), `HT-2024-46${i}9`, p.mobile));
    const d = detectText(engine, register.join('\n'));
    expect(d.records).toBe(4);
    expect(d.findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value)).toEqual(people.map((p) => p.name));
    // The same from an HTML mail turned into text, its cells ending in &nbsp;.
    const mailed = detectText(engine, register.map((cell, i) => (i % 2 ? `${cell}&nbsp;` : cell)).join('\n'));
    expect([mailed.records, mailed.findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value)]).toEqual([4, people.map((p) => p.name)]);
    // A row a cell short ends the table: what follows is not read in columns it no longer lines up with.
    const cut = [...crm.slice(0, 6), 'C20241423410', people[0]!.name, '177****0002', people[0]!.staff, '2024-07-04', people[1]!.name, '185****0100', people[1]!.staff, '2024-07-05'];
    const after = detectText(engine, cut.join('\n')).findings.map((f) => f.value);
    expect(after).toEqual([people[0]!.name, people[0]!.staff]);
  });

  it("reads a 公示's names copied one cell to a line under labels whose one field is names, not its labels, past rows a co-operative fills", () => {
    const rng = makeRng(312);
    const labels = ['序号', '乡镇', '村', '购机者姓名', '机具品目', '经销商', '单台补贴额(元)', '出厂编号', '状态'];
    const buyers = Array.from({ length: 8 }, (_, i) => (i === 2 || i === 3 ? `城关镇第${i}粮食种植专业合作社` : chineseName(rng)));
    const cells = buyers.flatMap((buyer, i) => [String(i + 1), '城关镇', '王庄村', buyer, '轮式拖拉机', '农机销售有限公司', '16200', `NJ220${i}A0553${i}`, '已兑付']);
    const text = ['2023年农机购置补贴资金兑付情况公示', '', ...labels, ...cells, '', '公示期7个工作日。'].join('\n');
    const names = detectText(engine, text).findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value);
    expect(names).toEqual(buyers.filter((b) => !b.includes('合作社')));
    // A column of names under its label is no header of names: a PDF's columns, one after another.
    const column = ['联系人', ...buyers.slice(4), '', '手机号', ...Array.from({ length: 4 }, () => mobile(rng))].join('\n');
    expect(detectText(engine, column).findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value)).toEqual(buyers.slice(4));
  });

  it("takes a form's line of a name label and its value for no printed header over the lines below (姓名 李 艺⏎  身体总水分 34.8 L)", () => {
    const report = 'InBody570 人体成分分析结果\nID\n18970951110\n姓名 李 艺\n\n人体成分分析\n  身体总水分 34.8 L\n  蛋白质 9.7 kg\n  无机盐 3.48 kg\n  体脂肪 17.9 kg\n\n测评教练：陈雯英';
    expect(detectText(engine, report).findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value)).toEqual(['李艺', '陈雯英']);
  });

  it('reads a list after its label past an item after 、 that is no name, not past one after a comma (名字程楠娜,做委托用,别外传)', () => {
    const names = (text: string) => detectText(engine, text).findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value);
    expect(names('参会人员：王保国、李珍、楼凤、吴保山、汤凤')).toEqual(['王保国', '李珍', '吴保山', '汤凤']);
    expect(names('参会人员：王保国、财务科、办公室、吴保山')).toEqual(['王保国']);
    expect(names(`${residentId(makeRng(317))} 名字程楠娜,做委托用,别外传`)).toEqual(['程楠娜']);
  });

  it("reads a name column's cell with the English name beside the name (Lily 赵璐娜, 刘琳 Eric), and no call centre's menu beside its agents (IVR自助)", () => {
    const rng = makeRng(319);
    const staff = Array.from({ length: 3 }, () => chineseName(rng));
    const rows = ['工号|姓名|分机|手机', `7134707|Lily ${staff[0]}|8460|${mobile(rng)}`, `9803834|${staff[1]} Eric|8107|${mobile(rng)}`, `9803835|IVR自助|8108|${mobile(rng)}`, `9803836|${staff[2]}|8109|${mobile(rng)}`];
    expect(detectText(engine, rows.join('\n')).findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value)).toEqual(staff);
  });

  it('reads up to six names one cell of a name column holds together (a form\'s 同行人: 袁萱、彭烨、刘悦悦、曹诗淑)', () => {
    const rng = makeRng(320);
    const groups = Array.from({ length: 3 }, () => Array.from({ length: 4 }, () => chineseName(rng)));
    const rows = ['序号,联系人邮箱,同行人姓名', ...groups.map((g, i) => `${i + 1},user${i}@qq.com,${i === 1 ? g.join(' ') : g.join('、')}`)];
    expect(detectText(engine, rows.join('\n')).findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value)).toEqual(groups.flat());
  });

  it('reads a labelled name whole with an ideograph of extension B or the iteration mark in it (王静𠀾, 姜鹏々)', () => {
    const names = (text: string) => detectText(engine, text).findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value);
    expect(names('收件人:王静𠀾   电话:131-2978-9110\n投保人姓名:姜鹏々    性别:男')).toEqual(['王静𠀾', '姜鹏々']);
  });

  it("reads a bank transfer file's payees under 收款账号名称, beside the payer's account name", () => {
    const rng = makeRng(318);
    const payees = Array.from({ length: 4 }, () => ({ name: chineseName(rng), card: bankCard(rng) }));
    const header = '币种,日期,顺序号,付款账号开户行,付款账号/卡号,付款账号名称/卡名称,收款账号开户行,收款账号,收款账号名称,金额,汇款用途';
    const rows = payees.map((p, i) => `RMB,20240727,${i + 1},工商银行,1202349140405887522,杭州知行研学旅行有限公司,中国银行,${p.card},${p.name},1200.00,退费`);
    const names = detectText(engine, [header, ...rows].join('\n')).findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value);
    expect(names).toEqual(payees.map((p) => p.name));
  });

  it("reads a society's council and an election's results: a label with a long note in brackets, and names opening the lines under a label alone on its line", () => {
    const names = (text: string) => detectText(engine, text).findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value);
    const result = ['常务理事（9人）：薛涛逸、董哲、朱珍', '常务副会长（按姓氏笔画排序）：', '  曾凯刚  258票', '  陈卫良  275票', '  宋建  286票', '', '  备注  无'].join('\n');
    expect(names(result)).toEqual(['薛涛逸', '董哲', '朱珍', '曾凯刚', '陈卫良', '宋建']);
    // Not the council itself (理事会), nor a form's next labels under a name.
    expect(names('理事会审议通过了章程修改。\n联系人：\n王芳  13800138000\n地址  北京市朝阳区')).toEqual(['王芳']);
  });

  it("reads a pick-up list's names under its header: a column word of a surname's shape (商品) is no 姓名 cell's value, and a column its header's note disowns (提货人(微信昵称)) is learnt from the rows with a mobile", () => {
    const rng = makeRng(316);
    const people = Array.from({ length: 6 }, () => chineseName(rng));
    const names = (text: string) => detectText(engine, text).findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value);
    const pipes = ['| 序号 | 取货人 | 商品 | 数量 |', '|---|---|---|---|', ...people.map((p, i) => `| ${i + 1} | ${p} | 阳光玫瑰葡萄 | 2串 |`)].join('\n');
    expect(names(pipes)).toEqual(people);
    const masked = (i: number) => (i % 2 ? `尾号${1000 + i}` : mobile(rng));
    const noted = ['序号  | 提货人(微信昵称)  | 手机         | 商品', ...people.map((p, i) => `${i + 1}     | ${p}            | ${masked(i)}  | 老干妈 280g*2`)].join('\n');
    expect(names(noted)).toEqual(people);
  });

  it("reads a phone's contact list read by OCR: a name and the tag it was saved with, its number on the next line (王莉萱 私教⏎手机 …)", () => {
    const rng = makeRng(314);
    const people = ['会员', '私教', '双人年卡'].map((tag) => ({ name: chineseName(rng), tag, mobile: mobile(rng) }));
    const screen = ['9:41  4G  59%', '通讯录', 'Q 搜索', ...people.flatMap((p) => [`${p.name} ${p.tag}`, p.mobile])].join('\n');
    const d = detectText(engine, screen);
    expect([d.records, d.findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value)]).toEqual([3, people.map((p) => p.name)]);
    // Not a line of two words with no number under it, nor one whose next line is not only a number.
    expect(detectText(engine, `王芳 会员\n到店签到\n${people[0]!.mobile} 已联系`).findings.filter((f) => f.detector === 'person_name_zh')).toEqual([]);
  });

  it('reads no name after a label that disowns names, past its colon or quotes (昵称：夏天, "nickName":"夏天"), but after a word a space parts', () => {
    const names = (text: string) => detectText(engine, text).findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value);
    expect(names('{"realName":"马帅","nickName":"夏天","phone":"15975779762"}')).toEqual(['马帅']);
    expect(names('姓名：马帅 昵称：夏天 手机：15975779762')).toEqual(['马帅']);
    expect(names(`# 测试账号 黄阳 13996592167 ${residentId(makeRng(315))}`)).toEqual(['黄阳']);
  });

  it("reads a table one cell to a line whose name column's label is a card's context too (持卡人 over 工资卡号)", () => {
    const rng = makeRng(313);
    const people = Array.from({ length: 3 }, () => ({ name: chineseName(rng), id: residentId(rng), card: bankCard(rng), mobile: mobile(rng) }));
    const text = ['持卡人', '证件号码', '工资卡号', '所在地区', '手机', ...people.flatMap((p) => [p.name, p.id, p.card, '常州', p.mobile])].join('\n');
    const d = detectText(engine, text);
    expect(d.records).toBe(3);
    expect(d.findings.filter((f) => f.detector === 'person_name_zh').map((f) => [f.value, f.confidence])).toEqual(people.map((p) => [p.name, 85]));
  });

  it('reads a name inside the sentence of a person field, where the words around a name bound it', () => {
    const names = (text: string) => found(text).filter((f) => f.startsWith('person')).map((f) => f.slice('person_name_zh:'.length));
    expect(names('护照号码 E23521074，许洋下周去东京出差，帮忙订一下票')).toEqual(['许洋']);
    expect(names('座机 010-88767906 找裴斌梦，手机老是打不通')).toEqual(['裴斌梦']);
    expect(names('3月5日拜访了王建国（13812345678），对产品很感兴趣。')).toEqual(['王建国']);
    expect(names('已加孙娜英微信，手机13812345678，跟进中。')).toEqual(['孙娜英']);
    expect(names('胡明杰先生来电咨询，联系方式15078161301。')).toEqual(['胡明杰']);
    expect(names('给林静敏打了电话13812345678，没人接。')).toEqual(['林静敏']);
    expect(names('麻烦联系一下王建国，他的手机是13812345678。')).toEqual(['王建国']);
    expect(names('孙娜英说她的手机号换成了13812345678。')).toEqual(['孙娜英']);
    expect(names('请胡明杰于本周五前回电13812345678。')).toEqual(['胡明杰']);
    // After a word of kinship: 长子王义国 151…, 我表姐汪华顺 151…, 其儿媳颜娜晓说…电话….
    expect(names('家属来办手续，长子王义国 151 66066713，要松柏厅')).toEqual(['王义国']);
    expect(names('有事联系我表姐汪华顺 15189750651')).toEqual(['汪华顺']);
    expect(names('补贴材料缺，其儿媳颜娜晓说明天送来，电话13624213661')).toEqual(['颜娜晓']);
    expect(names('13081088303,"【中原交院】家长您好,您的孩子曾若梦(考生号24431102527207)学费尚未缴清"')).toEqual(['曾若梦']);
    // After the department between the verb and the name (联系人力资源部韩鹏思，电话…).
    expect(names('如有疑问请联系人力资源部韩鹏思，电话 0532-32644973 转8070')).toEqual(['韩鹏思']);
    expect(names('跟林静敏约好了，周三上门，电话13812345678。')).toEqual(['林静敏']);
    // The sentence's subject before a comma: 张伟，男，1985年生，手机….
    expect(names('王建国，男，1985年生，手机13812345678，住址北京市朝阳区。')).toEqual(['王建国']);
    // Not without a person field in the sentence, not across a full stop, not out of an address, not a word.
    expect(names('今天联系了孙娜英，客户有意向。')).toEqual([]);
    expect(names('今天联系了孙娜英。明天再打13812345678问问。')).toEqual([]);
    expect(names('地址：北京市朝阳区和平里，电话13812345678')).toEqual([]);
    expect(names('今天联系了客户，电话13812345678，客户有意向。')).toEqual([]);
    // Words that look like a name to the surname list alone: a given name of uncommon characters (代购, 房产,
    // 经销商), a preposition that is a surname too (和房东), brands and places (苏宁, 高铁).
    for (const word of ['代购', '房产', '经销商', '居委会', '麦当劳', '苏宁', '高铁', '韩国']) {
      expect(names(`今天联系了${word}，电话13812345678，明天再说。`), word).toEqual([]);
      expect(names(`已加${word}微信，手机13812345678`), word).toEqual([]);
    }
    expect(names('和房东通了电话（13812345678），对方表示考虑一下。')).toEqual([]);
    // A self-introduction names its speaker after what they are, and only its speaker.
    expect(names('王老师你好，我是新来的关妍蓉，资料发您：')).toEqual(['关妍蓉']);
    expect(names('客户：我叫王蓉，弓长张……不是，就是王。')).toEqual(['王蓉']);
    expect(names('我是他的朋友，电话13812345678')).toEqual([]);
    // A surname and a title there name a role: no name, and no record of the number.
    expect(detectText(engine, '如有疑问请联系王经理，电话 13812345678。').records).toBe(0);
  });

  it('reads the name beside a masked number (a ticket\'s passenger), and makes no record of it', () => {
    const ticket = detectText(engine, '￥85.00   二等座\n限乘当日当次车\n4403031955****1847 米波祥\n买票请到12306 发货请到95306');
    expect(ticket.findings.map((f) => `${f.detector}:${f.value}`)).toEqual(['person_name_zh:米波祥']);
    expect(ticket.records).toBe(0);
    expect(found('张伟 138****5678').filter((f) => f.startsWith('person'))).toEqual(['person_name_zh:张伟']);
    // Grouped as statements and couriers print them.
    expect(found('转账 -20142.02 26283.40 何新文  6212 **** **** 2901').filter((f) => f.startsWith('person'))).toEqual(['person_name_zh:何新文']);
    expect(found('寄件：向华 138-****-5767').filter((f) => f.startsWith('person'))).toEqual(['person_name_zh:向华']);
    expect(found('孙海,13853148664\n周敏颖,151＊＊＊＊7984').filter((f) => f.startsWith('person'))).toEqual(['person_name_zh:孙海', 'person_name_zh:周敏颖']);
    expect(found('手机银行转账  -4433.34  96082.98  雷晓悦  **** **** **** 1234').filter((f) => f.startsWith('person'))).toEqual(['person_name_zh:雷晓悦']);
    // Not a label, not a title, not a number whose stars are not a mask of one (a rule, a short code).
    expect(found('手机 138****1234 身份证 4401********1234').filter((f) => f.startsWith('person'))).toEqual([]);
    expect(found('王先生 138****5678').filter((f) => f.startsWith('person'))).toEqual([]);
    // Kin words a neighbourhood calls its elders by are forms of address too; a name that has one inside is a name.
    expect(detectText(engine, '序号,提货人,电话\n1,林奶奶,13788393395\n2,蔡叔,18785105260\n3,李叔同,18785105261').findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value)).toEqual(['李叔同']);
    // A weaker context than a number's: a word that passes the surname list is still none (代购, 家教, 苏宁).
    for (const word of ['代购', '家教', '苏宁']) expect(found(`${word} 138****5678`).filter((f) => f.startsWith('person')), word).toEqual([]);
    expect(found('我是新来的家教，请多关照。').filter((f) => f.startsWith('person'))).toEqual([]);
    expect(found('我是代购，微信同号').filter((f) => f.startsWith('person'))).toEqual([]);
    expect(found('我是陈鹏航，新号码13603842470，旧号停用了').filter((f) => f.startsWith('person'))).toEqual(['person_name_zh:陈鹏航']);
    expect(found('张伟 12****34').filter((f) => f.startsWith('person'))).toEqual([]);
    // Masked with x's, as a 接龙 list or a CRM writes it; a hex number or a word of x's is no mask.
    expect(found('13. 高宇涛 178xxxx2599 定金¥59,948.00\n56、杨明 198XXXX8903 到店').filter((f) => f.startsWith('person'))).toEqual(['person_name_zh:高宇涛', 'person_name_zh:杨明']);
    expect(found('张伟 0xxxx1234\n李娜 xxxx').filter((f) => f.startsWith('person'))).toEqual([]);
  });

  it('pairs a table dumped a column at a time: the names, then their mobiles (and IDs) in the same order', () => {
    const rng = makeRng(19);
    const names = Array.from({ length: 8 }, () => chineseName(rng));
    const mobiles = names.map(() => mobile(rng));
    const ids = names.map(() => residentId(rng));
    const column = (heading: string, values: string[]): string => `${heading}${values.join('\n')}\n`;
    const records = (text: string): number => detectText(engine, text).records;
    expect(records(column('', names) + column('', mobiles))).toBe(8);
    expect(records(column('姓名\n', names) + column('\n手机号\n', mobiles) + column('身份证号\n', ids))).toBe(8);
    expect(records(column('', mobiles) + column('\n', names))).toBe(8);
    const text = column('', names) + column('', mobiles);
    expect(found(text).filter((f) => f.startsWith('person'))).toEqual(names.map((n) => `person_name_zh:${n}`));
    // A value missing, or a paragraph between: no table (the last name and the first mobile, as a card's lines, at most).
    expect(records(column('', names) + column('', mobiles.slice(1)))).toBeLessThanOrEqual(1);
    expect(records(column('', names) + '会议在三楼大会议室举行，请各位准时参加，如有问题请联系会务组。\n' + column('', mobiles))).toBeLessThanOrEqual(1);
  });

  it('pairs columns written as numbered lists by their numbers (附件一：姓名 1. … 附件二：手机号 3. …), in any order', () => {
    const rng = makeRng(86);
    const people = Array.from({ length: 8 }, () => [chineseName(rng), mobile(rng), residentId(rng)] as const);
    const numbered = (heading: string, k: 0 | 1 | 2, order: number[]) => `${heading}\n${order.map((i) => `${i + 1}. ${people[i]![k]}`).join('\n')}\n`;
    const inOrder = [0, 1, 2, 3, 4, 5, 6, 7];
    const shuffled = [5, 2, 7, 0, 3, 6, 1, 4];
    const text = numbered('附件一：姓名', 0, inOrder) + '\n' + numbered('附件二：手机号', 1, shuffled) + '\n' + numbered('附件三：身份证号', 2, [...shuffled].reverse());
    const d = detectText(engine, text);
    expect(d.records).toBe(8);
    expect(d.sensitiveRecords).toBe(8);
    expect(d.findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value)).toEqual(people.map((p) => p[0]));
    // The same records as the list written row by row: together they are still 8 people.
    const rows = people.map((p) => p.join(' ')).join('\n');
    expect(detectText(engine, rows).records).toBe(8);
    expect(detectText(engine, `${rows}\n\n${text}`).records).toBe(8);
  });

  it('keeps identifiers, codes and dumps of clean files what they are (from an independently written clean corpus)', () => {
    // A header may name numbered columns (IMEI1); its 物料编码 column holds codes, not mobiles.
    expect(found('货位,物料编码,品名,IMEI1,状态\nD-19-06-5,17274626854,iPhone 15 Pro,350533022417790,冻结\n')).toEqual([]);
    expect(found('coupon issued batchId=19922631704 templateId=88954 count=1192 balanceFen=18584778078')).toEqual([]);
    expect(found('四川省,YT8615253690644,发票抬头见附件')).toEqual([]);
    expect(found('000060d0: 3039 4336 f732 5947 3530 3739 4932 1032  09C6.2YG5079I2.2')).toEqual([]);
    expect(found('卡号 4636 3837 3335 3035')).toEqual(['bank_card:4636383733353035']);
    // A function's mailbox is an address, but makes no record row of the words beside it.
    expect(found('金龙鱼 | 400-650-6592 | 官方客服，售后邮箱 service@kefu50.com.cn')).toEqual(['email:service@kefu50.com.cn']);
    expect(found('2025-11-26 19:05:51 后端组\n客服那边反馈 59 单重复扣款')).toEqual([]);
    // Nor is it a person field of a record: a mobile beside it is one field, beside a person's address two.
    expect(detectText(engine, '13800138000 service@kefu50.com.cn').records).toBe(0);
    expect(detectText(engine, '13800138000 zhang.wei@kefu50.com.cn').records).toBe(1);
  });

  it('finds the header of a pasted export under its title row, and comma cells Excel keeps as text (,\\t)', () => {
    const title = '会员数据,,,,,\n会员号,用户姓名,手机号码,出生日期,会员等级,所在地区\n3744882789,杨强峰,13956361449,1974-11-03,意向客户,兰州\n9100778100,刘冰,13630527492,1948-09-05,VIP1,重庆\n';
    expect(found(`导出如下：\n${title}`)).toEqual(['person_name_zh:杨强峰', 'cn_mobile:13956361449', 'person_name_zh:刘冰', 'cn_mobile:13630527492']);
    const tabbed = 'Full Name,ID No.,Mobile\n宋庆浩,\t43010319491017023X,18724486909\n朱晨,\t11011519540218004X,17524696209\n';
    expect(found(tabbed)).toEqual([
      'person_name_zh:宋庆浩',
      'cn_resident_id:43010319491017023X',
      'cn_mobile:18724486909',
      'person_name_zh:朱晨',
      'cn_resident_id:11011519540218004X',
      'cn_mobile:17524696209',
    ]);
    // The same in a semicolon-separated export (;\t): not tab columns that cut a row into pieces.
    const semicolons = '日期;运单号;寄件人;证件号码;收件人;寄件人电话\n2024-05-27;\t1070753271814;夏雨帆;\t430521198501024103;付芳宇;\t18902839401\n2024-05-27;\t1070383976474;杜华涛;\t120101197905097355;陶帆;\t15860304632\n';
    expect(found(semicolons).filter((f) => f.startsWith('person'))).toEqual(['person_name_zh:夏雨帆', 'person_name_zh:付芳宇', 'person_name_zh:杜华涛', 'person_name_zh:陶帆']);
    // A semicolon-separated export pasted into a mail is a table: names from its name column only, not its goods.
    const shop = '以下是今天的订单：\n订单编号;商品名称;数量;订单总价;收货人;买家电话\n="703528859476";江小白 表达瓶 100ml*6;3;59,90;顾杰;="15792111832"\n="816554841313";任天堂 Switch 游戏卡;1;299,00;王涛丹;="18998370227"\n';
    expect(found(shop).filter((f) => f.startsWith('person'))).toEqual(['person_name_zh:顾杰', 'person_name_zh:王涛丹']);
    // Not a semicolon row: a page's cells parted by &nbsp;, a mail's recipients parted by '; '.
    const page = '序号&nbsp;姓名&nbsp;客户号&nbsp;身份证号码\n1&nbsp;钱飞思&nbsp;M2890044&nbsp;110105195511040828\n2&nbsp;孙雨立&nbsp;M2890045&nbsp;430102198908094233';
    expect(found(page).filter((f) => f.startsWith('person'))).toEqual(['person_name_zh:钱飞思', 'person_name_zh:孙雨立']);
    const recipients = '收件人: 于宏(运营中心) <Hong.Yu@Outlook.com>; wangshifeng@aliyun.com; 邱建宏(供应链管理部) <qiujianhong_99@sohu.com>\n抄送: "彭伟凤" <pengweifeng@sina.cn>; "雷瑶波" <leiyaobo1965@hotmail.com>; x@y.cn';
    expect(found(recipients).filter((f) => f.startsWith('person'))).toEqual(['person_name_zh:于宏', 'person_name_zh:邱建宏', 'person_name_zh:彭伟凤', 'person_name_zh:雷瑶波']);
  });

  it('learns a name column without a header from the rows that are records: a row with its mobile masked keeps its name', () => {
    const rows = ['王冰凤\t15804527436\t青岛', '孙飞学\t16726865029\t郑州', '杨静英\t139 **** 0014\t兰州', '王欣艳\t15877684499\t重庆'];
    expect(found(rows.join('\n')).filter((f) => f.startsWith('person'))).toEqual(['person_name_zh:王冰凤', 'person_name_zh:孙飞学', 'person_name_zh:杨静英', 'person_name_zh:王欣艳']);
    // Two records teach nothing: the third row's cell is not taken.
    expect(found(rows.slice(1).join('\n')).filter((f) => f.startsWith('person'))).toEqual(['person_name_zh:孙飞学', 'person_name_zh:王欣艳']);
  });

  it('rejects a value that starts with a listed word, even after a generic label (客户：华为技术), but not 邓小琪', () => {
    expect(found('姓名,手机\n邓小琪,13900139000\n', csv)).toEqual(['person_name_zh:邓小琪', 'cn_mobile:13900139000']);
    expect(found('客户：华为技术 电话 13800138000')).toEqual(['cn_mobile:13800138000']);
    expect(found('客户：东方航空 电话 13800138000')).toEqual(['cn_mobile:13800138000']);
    expect(found('东方明珠,13800138000,110101199003071233', csv)).toEqual(['cn_mobile:13800138000', 'cn_resident_id:110101199003071233']);
    expect(found('周一送,13800138000,110101199003071233', csv)).toEqual(['cn_mobile:13800138000', 'cn_resident_id:110101199003071233']);
  });

  it('reads the name under a label alone on its line (法人⏎葛亮亮  关联7家企业), only when the name is a whole cell', () => {
    expect(found('法人\n葛亮亮  关联7家企业\n统一社会信用代码\n91110100MA6W41CN6P')).toEqual(['person_name_zh:葛亮亮', 'cn_uscc:91110100MA6W41CN6P']);
    expect(found('股东信息\n马娜宏 96.59%、赵晓晓 63.64%')).toEqual(['person_name_zh:马娜宏', 'person_name_zh:赵晓晓']);
    expect(found('客户\n张家港的订单已发 13800138000')).toEqual(['cn_mobile:13800138000']);
    expect(found('销售 本季度\n王芳说明天到')).toEqual([]);
  });

  it('reads the name on a business card beside its pinyin, above a contact line (FENG YANJUAN  冯艳娟)', () => {
    const card = '广州星河贸易有限公司\nFENG YANJUAN  冯艳娟\nFinance / 总经理助理\nMobile 手机: 139-6843-1234';
    expect(found(card)).toEqual(['person_name_zh:冯艳娟', 'cn_mobile:13968431234']);
    expect(found('冯艳娟 Yanjuan Feng\n销售经理\nM: 13968431234')).toEqual(['person_name_zh:冯艳娟', 'cn_mobile:13968431234']);
    // Not pinyin, or no contact line near: not a card.
    expect(found('Hello 周报\n手机：13800138000')).toEqual(['cn_mobile:13800138000']);
    expect(found('FENG YANJUAN  冯艳娟\n\n手机：13800138000')).toEqual(['cn_mobile:13800138000']);
    // A name beside a run of letters far longer than a word (no stack blown reading it).
    expect(found(`冯艳娟 ${'a'.repeat(300_000)}\n手机：13800138000`)).toEqual(['cn_mobile:13800138000']);
  });

  it('reads Tibetan and Mongolian names, which have no Han surname, in a person context only', () => {
    expect(found('住客,身份证\n扎西顿珠,540102196311301072\n其其格,150102197103242022\n', csv)).toEqual([
      'person_name_zh:扎西顿珠',
      'cn_resident_id:540102196311301072',
      'person_name_zh:其其格',
      'cn_resident_id:150102197103242022',
    ]);
    expect(found('乌兰察布市 13800138000')).toEqual(['cn_mobile:13800138000']);
    expect(found('扎西说其其格明天来')).toEqual([]);
  });

  it('takes a label for no name (车主 under 权利人), and a column of logins or organisations for no name column', () => {
    expect(found('权利人,手机\n车主,13800138000\n', csv)).toEqual(['cn_mobile:13800138000']);
    // A label is excluded as itself only: 车主明 is a name.
    expect(found('权利人,手机\n车主明,13800138000\n', csv)).toEqual(['person_name_zh:车主明', 'cn_mobile:13800138000']);
    expect(found('收货人,手机,买家会员名\n佟铭勇,19028908297,白开水\n刘娟素,13092529903,石头记\n', csv)).toEqual([
      'person_name_zh:佟铭勇',
      'cn_mobile:19028908297',
      'person_name_zh:刘娟素',
      'cn_mobile:13092529903',
    ]);
  });

  it('reads a table drawn with pipes as a table: Markdown, a report, a MySQL client (header columns, rows with empty cells)', () => {
    const md = '| 联系人 | 手机号码(必填) | 门店 |\n|:---|:---| --- |\n| 许佳琳 | (+86)18716711755 | 程家桥 |\n| 袁刚 |  | 黄山 |';
    expect(found(md)).toEqual(['person_name_zh:许佳琳', 'cn_mobile:18716711755', 'person_name_zh:袁刚']);
    const report = '序号 | 游客姓名 | 性别 | 护照\n---- | -------- | ---- | ---------\n1    | 师子凤   | 女   | E20214280\n2    | 王芳   | 女   | E20214281';
    expect(found(report)).toEqual(['person_name_zh:师子凤', 'cn_passport:E20214280', 'person_name_zh:王芳', 'cn_passport:E20214281']);
    const mysql = '+----+--------+-------------+\n| id | name   | phone       |\n+----+--------+-------------+\n|  1 | 张三   | 13800138000 |\n|  2 | 李四   | 13900139000 |\n+----+--------+-------------+';
    expect(found(mysql)).toEqual(['person_name_zh:张三', 'cn_mobile:13800138000', 'person_name_zh:李四', 'cn_mobile:13900139000']);
    // A shareholder table's 股东性质 column is no name column.
    expect(found('股东名称 | 股东性质 | 持股比例(%)\n全国社保基金一一三组合 | 国有法人 | 18.47\n香港中央结算有限公司 | 境外法人 | 14.99')).toEqual([]);
  });

  it('reads a name cell without its form of address (柯林庆先生, 钟燕婷 女士), a name in 【】, and takes an agent column for a header', () => {
    expect(found('客户姓名,手机,经纪人\n钟燕婷 女士,15532129375,李瑞福\n柯林庆先生,13818333424,李瑞福\n', csv)).toEqual([
      'person_name_zh:钟燕婷',
      'cn_mobile:15532129375',
      'person_name_zh:李瑞福',
      'person_name_zh:柯林庆',
      'cn_mobile:13818333424',
      'person_name_zh:李瑞福',
    ]);
    expect(found('【李琪芳】 女 | 24岁 | 188-2329-8632 | 深圳大学')).toEqual(['person_name_zh:李琪芳', 'cn_mobile:18823298632']);
    // a sales office's visitor log: a couple comes in under the husband's or the wife's name (周伟夫妇 is 周伟)
    expect(found('序号\t来访日期\t客户姓名\t性别\t电话\n1\t9月14日\t周伟夫妇\t男\t18741265599\n2\t9月15日\t谢妍\t女\t19924219206\n', { kind: 'table', delimiter: '\t' })).toEqual([
      'person_name_zh:周伟',
      'cn_mobile:18741265599',
      'person_name_zh:谢妍',
      'cn_mobile:19924219206',
    ]);
    // 意向区域 is no name column once 经纪人 is known for a label: the header is a header.
    // (佟女士, a surname and a form of address, is no name, as 张某 is none)
    expect(found('| 客户 | 联系方式 | 经纪人 | 意向区域 |\n| --- | --- | --- | --- |\n| 佟女士 | 13528748539 | 汪子 | 张江 |')).toEqual([
      'cn_mobile:13528748539',
      'person_name_zh:汪子',
    ]);
  });

  it('places the cells of a fixed-width row with empty cells under its header by where they start', () => {
    const roster = '户号  户主    姓名    关系  文化程度  备注\n----  ------  ------  ----  --------  --------\n0170  魏红晶  魏红晶  户主  高中\n0171  魏红晶  王芳    配偶  大专      已迁出';
    expect(found(roster)).toEqual(['person_name_zh:魏红晶', 'person_name_zh:魏红晶', 'person_name_zh:魏红晶', 'person_name_zh:王芳']);
    // Padded by bytes (printf on UTF-8), the same.
    const bytes = '户号    户主    姓名    备注\n0170      魏红晶 魏红晶\n';
    expect(found(bytes)).toEqual(['person_name_zh:魏红晶', 'person_name_zh:魏红晶']);
    // A value written with single spaces is one cell again (its pieces after the first start under no column).
    const signIn = '序号  姓名      工作单位                职务        手机               签到时间\n1     李兵航    天津信和贸易有限公司    法务专员    130 7246 6286      11:40\n';
    expect(found(signIn)).toEqual(['person_name_zh:李兵航', 'cn_mobile:13072466286']);
    // So is a name padded with two spaces to three characters' width, and the permit column beside it is labelled.
    // (The last row below the header keyword's window, and no permit on the line before it.)
    const rows = ['曾俊杰', '林梓萱', '袁玉兰', '郑桂英', '董晓燕', '袁  娟'].map((name, i) => `${i + 1}     ${name}  女    C${23144455 + i * 1_111_111}  G 个人旅游   1770975012${i}`);
    const tour = ['序号  姓名    性别  证件号     签注         手机号码', ...rows.slice(0, 5), '临时加入：', rows[5]].join('\n');
    expect(found(tour).filter((f) => f.startsWith('cn_travel_permit'))).toHaveLength(6);
  });

  it('takes a printed row whose only commas group thousands for no comma-separated row', () => {
    const rows = ['王杰磊          中国农业银行       18207008124       M5469910       6,426,701.00', '唐莉           招商银行           15028914169       KH2021702884   1,494,467元'];
    expect(found(rows.join('\n')).filter((f) => f.startsWith('person'))).toEqual(['person_name_zh:王杰磊', 'person_name_zh:唐莉']);
  });

  it('labels a column of a fixed-width table by its header, however far below it the row is (护照号 over 13 columns)', () => {
    const rng = makeRng(41);
    const pad = (cells: string[], widths: number[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
    const widths = [8, 6, 4, 10, 10, 18, 9, 11, 19, 8, 10, 10, 12];
    const header = ['员工编号', '姓名', '性别', '部门', '职位', '身份证号', '护照号', '手机', '工资卡', '开户行', '入职日期', '紧急联系人', '紧急联系电话'];
    const passports: string[] = [];
    const rows = Array.from({ length: 8 }, (_, i) => {
      const p = i % 2 === 1 ? passport(rng) : '-';
      if (p !== '-') passports.push(p);
      return pad([`HR${1000 + i}`, chineseName(rng), '女', '采购部', '出纳', residentId(rng, { birthYearRange: [1960, 1999] }), p, mobile(rng), bankCard(rng), '中国银行', '2025-09-09', chineseName(rng), mobile(rng)], widths);
    });
    const table = ['在职员工信息表', '', pad(header, widths), '-'.repeat(160), ...rows].join('\n');
    expect(found(table).filter((f) => f.startsWith('cn_passport'))).toEqual(passports.map((p) => `cn_passport:${p}`));
    // A line that does not line up under the header gets nothing from it: a passport needs its own label there.
    expect(found(`${table}\n\n备注：出差人员 ${passports[0]} 已回国`).filter((f) => f.startsWith('cn_passport'))).toHaveLength(passports.length);
  });

  it('takes a row grouping the header columns (,,学生信息,,,,家长信息,,) for no header, and a plan name with a price for no sentence', () => {
    const csv = { kind: 'table', delimiter: '\t' } as const;
    const roster = '\t学生信息\t\t\t家长信息\t\n序号\t学生姓名\t性别\t班级\t父亲姓名\t电话\n1\t丁斌\t男\t五年级\t丁铭然\t13422199264\n';
    expect(found(roster, csv)).toEqual(['person_name_zh:丁斌', 'person_name_zh:丁铭然', 'cn_mobile:13422199264']);
    expect(found('2024031796226667612  仲桂  110108196806195409  15783430797  冰激凌套餐199元')).toEqual([
      'person_name_zh:仲桂',
      'cn_resident_id:110108196806195409',
      'cn_mobile:15783430797',
    ]);
  });

  it('reads a name with its number in one cell, and a name run into its row number by a PDF (12 崔婷芳)', () => {
    expect(found('客户,联系人,电话,其他联系人\n华为,张伟,13800138000,罗鑫强 18558754482（采购）\n', csv)).toEqual([
      'person_name_zh:张伟',
      'cn_mobile:13800138000',
      'person_name_zh:罗鑫强',
      'cn_mobile:18558754482',
    ]);
    expect(found('1 崔婷芳\t男\t1992-10-27\t13101389454\n2 杨琳杰\t男\t1985-02-10\t13386376897\n')).toEqual([
      'person_name_zh:崔婷芳',
      'cn_mobile:13101389454',
      'person_name_zh:杨琳杰',
      'cn_mobile:13386376897',
    ]);
    // No number after it in the cell, or no person field: no name.
    expect(found('客户,备注,电话\n华为,黄山 VIP 客户,13800138000\n', csv)).toEqual(['cn_mobile:13800138000']);
  });

  it('reads a row cut otherwise than its header (a PDF page with its cells doubled) as a row on its own', () => {
    const tsv = { kind: 'table', delimiter: '\t' } as const;
    const page = '序号\t回访日期\t客户姓名\t联系电话\t产品\t满意度\n25\t2024-06-23\t\t任婷志\t\t15718449404\t\t车险\t\t满意\n';
    expect(found(page, tsv)).toEqual(['person_name_zh:任婷志', 'cn_mobile:15718449404']);
  });

  it('reports a surname with a form of address (张先生, 王老师, 陈工, 欧阳女士) as no name, but its row as a person\'s record', () => {
    const list = '姓名,手机\n张先生,13800138000\n王老师,13900139000\n陈工,13700137000\n欧阳女士,13600136000\n张伟,13500135000';
    expect(found(list, csv).filter((f) => f.startsWith('person_name_zh'))).toEqual(['person_name_zh:张伟']);
    // names cut to a form of address are still a customer list
    expect(detectText(engine, list, csv).records).toBe(5);
    expect(found('联系人：黄先生 13800138000')).toEqual(['cn_mobile:13800138000']);
    // A gym's coach so called (教练:陈教练, "coachName":"马教练").
    expect(found('课程:拳击   教练:陈教练   学员:王芳 13800138000').filter((f) => f.startsWith('person_name_zh'))).toEqual(['person_name_zh:王芳']);
  });

  it('reads names of the compound surname 东方 but not its brands, and not a compound surname alone (东方先生)', () => {
    expect(found('姓名,手机\n东方荣波,13800138000\n迟涵,15831655333\n', csv)).toEqual(['person_name_zh:东方荣波', 'cn_mobile:13800138000', 'person_name_zh:迟涵', 'cn_mobile:15831655333']);
    expect(found('发件人: 东方欣 <dongfangxin1988@163.com>')).toEqual(['person_name_zh:东方欣', 'email:dongfangxin1988@163.com']);
    expect(found('1. 东方先生 +86 139 8446 9813 退货')).toEqual(['cn_mobile:13984469813']);
    // 贺兰 is 贺 + 兰 as well as a compound surname: alone in a name cell it is a name; masked (东方*) it is none.
    expect(found('姓名,手机\n贺兰,13800138000\n', csv)).toEqual(['person_name_zh:贺兰', 'cn_mobile:13800138000']);
    expect(found('{"receiverName":"东方*","receiverMobile":"189****7290"}')).toEqual([]);
    expect(found('电话/微信同号：1387 875 9116（申屠女士）')).toEqual(['cn_mobile:13878759116']);
  });

  it('reads a two-character name padded to the width of three (张　伟) after a label and in a cell, not a letter-spaced one', () => {
    expect(found('姓名：张　伟')).toEqual(['person_name_zh:张伟']);
    expect(found('姓名：王 芳  手机：13800138000')).toEqual(['person_name_zh:王芳', 'cn_mobile:13800138000']);
    expect(found('姓名,手机\n张　伟,13900139000\n李  娜,13800138000\n', csv)).toEqual([
      'person_name_zh:张伟',
      'cn_mobile:13900139000',
      'person_name_zh:李娜',
      'cn_mobile:13800138000',
    ]);
    expect(found('姓名：魏 广 苗')).toEqual([]);
    expect(found('客户：王 经理')).toEqual([]);
    expect(found('联系人：张 13800138000')).toEqual(['cn_mobile:13800138000']);
  });

  it('takes a name before a bracketed value on a record line, but not from a bracketed sentence', () => {
    expect(found('张伟（13433068279）')).toEqual(['person_name_zh:张伟', 'cn_mobile:13433068279']);
    expect(found('王芳(13800138000)')).toEqual(['person_name_zh:王芳', 'cn_mobile:13800138000']);
    expect(found('经核实（张伟）的电话13433068279')).toEqual(['cn_mobile:13433068279']);
  });

  it('knows the labels of owners, payees and agents (业主, 签收人, 收款人, 车主 …)', () => {
    for (const label of ['业主', '签收人', '收款人', '车主', '代理人', '监护人', '账户名']) {
      expect(found(`${label}：魏广苗`)).toEqual(['person_name_zh:魏广苗']);
    }
  });
});

describe('records', () => {
  const rng = makeRng(5);
  const rows = Array.from({ length: 200 }, () => [chineseName(rng), mobile(rng), residentId(rng)].join(','));
  const csv = ['姓名,手机,身份证号', ...rows].join('\n');

  it('counts one record per row of a customer list', () => {
    const d = detectText(engine, csv, { kind: 'table', delimiter: ',' });
    expect(d.records).toBe(200);
    expect(d.sensitiveRecords).toBe(200);
  });

  it('counts a record per column of a list turned on its side (a row per field)', () => {
    const people = rows.slice(0, 40).map((r) => r.split(','));
    const field = (label: string, k: number) => [label, ...people.map((p) => p[k]!)].join(',');
    const transposed = [field('姓名', 0), field('手机', 1), field('身份证号', 2)].join('\n');
    const d = detectText(engine, transposed, { kind: 'table', delimiter: ',' });
    expect([d.records, d.sensitiveRecords]).toEqual([40, 40]);
    // One row of numbers is no list of people; nor are rows of one detector.
    expect(detectText(engine, field('手机', 1), { kind: 'table', delimiter: ',' }).records).toBe(0);
    expect(detectText(engine, [field('手机', 1), field('备用手机', 1)].join('\n'), { kind: 'table', delimiter: ',' }).records).toBe(0);
    // Its names row (taken for a header) gives the names, with a row of numbers beside it: one person a column.
    const pair = [field('客户姓名', 0), field('联系电话', 1)];
    const names = (d: ReturnType<typeof detectText>) => d.findings.filter((f) => f.detector === 'person_name_zh').length;
    const csvPair = detectText(engine, pair.join('\n'), { kind: 'table', delimiter: ',' });
    expect([csvPair.records, names(csvPair)]).toEqual([40, 40]);
    const pasted = detectText(engine, `名单如下：\n${pair.map((l) => l.replaceAll(',', '\t')).join('\n')}\n请查收。`);
    expect([pasted.records, names(pasted)]).toEqual([40, 40]);
    // In text, a line per field, values parted by 、 or spaces: person k is the k-th value of each line.
    const text = `姓名：${people.slice(0, 12).map((p) => p[0]).join('、')}\n手机：${people.slice(0, 12).map((p) => p[1]).join(' ')}\n`;
    expect(detectText(engine, text).records).toBe(12);
    // Names parted by spaces, with or without their label, are the names of such a list too.
    const spaced = (label: string) => `${label}${people.slice(0, 8).map((p) => p[0]).join(' ')}\n${people.slice(0, 8).map((p) => p[1]).join(' ')}\n`;
    expect([detectText(engine, spaced('')).records, detectText(engine, spaced('姓名：')).records]).toEqual([8, 8]);
    // Not two lines of one detector, nor lines of different lengths.
    expect(detectText(engine, `手机：${people.slice(0, 6).map((p) => p[1]).join('、')}\n备用：${people.slice(6, 12).map((p) => p[1]).join('、')}`).records).toBe(0);
    expect(detectText(engine, text.replace(/、[^、]*\n/, '\n')).records).toBeLessThanOrEqual(1);
    // A header of names' shape (姓名,性别,年龄,城市,职业,学历) has no such row beside it: 年龄 is no name (张伟 is, under 姓名).
    expect(found('姓名,性别,年龄,城市,职业,学历\n张伟,男,30,北京,工程师,本科', { kind: 'table', delimiter: ',' })).toEqual(['person_name_zh:张伟']);
  });

  it('counts the records of a list run into one line with semicolons, but not a row with two phones', () => {
    const people = rows.slice(0, 30).map((r) => r.split(',').join(':'));
    expect(detectText(engine, people.join('；')).records).toBe(30);
    expect(detectText(engine, people.join('; ')).records).toBe(30);
    const [name, tel, id] = rows[0]!.split(',');
    expect(detectText(engine, `客户：${name}，手机 ${tel}；备用 ${mobile(rng)}，身份证 ${id}`).records).toBe(1);
  });

  it('counts two people in one table row as two records, one person with two phones as one', () => {
    const table = { kind: 'table', delimiter: ',' } as const;
    const people = rows.slice(0, 40).map((r) => r.split(','));
    const pairs = Array.from({ length: 20 }, (_, k) => [...people[2 * k]!, ...people[2 * k + 1]!].join(','));
    const d = detectText(engine, ['姓名1,手机1,身份证1,姓名2,手机2,身份证2', ...pairs].join('\n'), table);
    expect([d.records, d.sensitiveRecords]).toEqual([40, 40]);
    const rng = makeRng(21);
    const twoPhones = people.map(([name, tel, id]) => [name, tel, mobile(rng), id].join(','));
    expect(detectText(engine, ['姓名,手机,备用手机,身份证号', ...twoPhones].join('\n'), table).records).toBe(40);
    // Nor is a row that starts with two phones: the first is no record of its own.
    expect(detectText(engine, ['手机,备用手机,姓名', ...people.map(([name, tel]) => `${tel},${mobile(rng)},${name}`)].join('\n'), table).records).toBe(40);
  });

  it('does not count duplicated rows twice', () => {
    const doubled = ['姓名,手机,身份证号', ...rows, ...rows].join('\n');
    expect(detectText(engine, doubled, { kind: 'table', delimiter: ',' }).records).toBe(200);
  });

  it('reads each object of a minified JSON array as a person, a nested object as part of its person', () => {
    const rng = makeRng(12);
    const people = Array.from({ length: 60 }, () => ({ name: chineseName(rng), mobile: mobile(rng), idCard: residentId(rng) }));
    const flat = detectText(engine, JSON.stringify(people));
    expect(flat.records).toBe(60);
    expect(flat.sensitiveRecords).toBe(60);
    const nested = JSON.stringify(people.map((p) => ({ name: p.name, contact: { mobile: p.mobile }, idCard: p.idCard })));
    expect(detectText(engine, nested).sensitiveRecords).toBe(60);
  });

  it('a minified line holding a whole list is a record per person, counted without quadratic work per field', () => {
    const rng = makeRng(11);
    // 400,000 fields on one line: about 2 s here; quadratic work on them took over a minute.
    const line = Array.from({ length: 200_000 }, (_, i) => `${mobile(rng)} u${i}@corp.example.cn`).join(' ');
    const r = detectText(engine, line);
    // Each mobile after a mobile and an e-mail address starts a person (counted distinct, estimated past the
    // exact cap: a sketch of 0.8 % standard error, so within three of them, 4,800).
    expect(Math.abs(r.records - 200_000)).toBeLessThan(4_800);
    expect(r.findings.length).toBeGreaterThan(380_000);
  }, 20_000);

  it('counts a writer of a mail thread once: a header block quoted in a reply makes no record, the signature does', () => {
    const people = [
      ['张伟', 'zhangwei', '13812345678'],
      ['李娜', 'lina', '13912345679'],
      ['王芳', 'wangfang', '13712345670'],
    ] as const;
    const message = ([n, e, m]: (typeof people)[number], quote: string) =>
      [`发件人: ${n} <${e}@corp-example.cn>`, '发送时间: 2024年3月5日 10:00', '收件人: 销售部 <sales@corp-example.cn>', '主题: 回复: 拜访安排', '', '安排见附件，请确认。', '', n, '销售经理 | 华东区', `手机：${m}`, `邮箱：${e}@corp-example.cn`, '']
        .map((l) => quote + l)
        .join('\n');
    // Outlook's rule above each quoted message, and `>` quoting: the three signatures, and the top header's writer.
    const outlook = [message(people[0], ''), ...people.slice(1).map((p) => `-----原始邮件-----\n${message(p, '')}`)].join('\n');
    const quoted = people.map((p, i) => message(p, '> '.repeat(i))).join('\n');
    expect([detectText(engine, outlook).records, detectText(engine, quoted).records]).toEqual([4, 4]);
    // A list of From: lines is no header block; nor is one label alone.
    const froms = people.map(([n, e]) => `From: ${n} <${e}@corp-example.cn>`).join('\n');
    expect(detectText(engine, `-----原始邮件-----\n${froms}`).records).toBe(3);
  });

  it('groups 姓名/电话/身份证 blocks on consecutive lines into one record each', () => {
    const block = (n: string, m: string, id: string) => `姓名：${n}\n电话：${m}\n身份证：${id}\n`;
    const text = [block('张伟', '13812345678', '11010519491231002X'), block('王芳', '13912345678', '440305198512031238')].join('\n');
    const d = detectText(engine, text);
    expect(d.records).toBe(2);
    expect(d.sensitiveRecords).toBe(2);
  });

  it('reads a form whose other lines stand between a person\'s fields as one record (a payslip: 姓名… 工号… 部门… 账户)', () => {
    const slip = '工资条（2024年5月）\n姓名：邹伟涛\n工号：E01023\n部门：研发部\n应发合计：18,600.00\n实发工资：14,872.35\n发放账户：中国农业银行 6228485339330506855\n';
    expect(detectText(engine, slip).records).toBe(1);
    // Prose between them still parts them.
    expect(detectText(engine, '姓名：邹伟涛\n本月考勤正常，无迟到早退记录，请继续保持良好的工作状态。\n工号：E01023\n部门：研发部\n备注：无\n发放账户：中国农业银行 6228485339330506855').records).toBe(0);
  });

  it('reads a chat export of one field per message as a record per person (the blank line parts messages)', () => {
    const rng = makeRng(85);
    const people = Array.from({ length: 8 }, () => [chineseName(rng), mobile(rng), residentId(rng), email(rng)] as const);
    let minute = 0;
    const message = (body: string, style: number) => `${style ? `我 01:${String(minute++).padStart(2, '0')}:17` : `2024-08-08 01:${String(minute++).padStart(2, '0')}:26 我`}\n${body}\n`;
    for (const style of [0, 1]) {
      const chat = `与"文件传输助手"的聊天记录\n\n${people.flatMap((p) => p.map((f) => message(f, style))).join('\n')}`;
      const d = detectText(engine, chat);
      expect(d.records, `style ${style}`).toBe(8);
      expect(d.sensitiveRecords).toBe(8);
      // A name sent alone is the name of the fields after it.
      expect(d.findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value)).toEqual(people.map((p) => p[0]));
    }
    // Blank lines between fields with no message header above them still part records.
    const notes = people.map(([, m, id]) => `${m}\n\n${id}`).join('\n\n');
    expect(detectText(engine, notes).records).toBe(0);
  });

  it('a list run into a sentence is a record per person: a name standing alone beside its number is read', () => {
    const rng = makeRng(12);
    const people = Array.from({ length: 12 }, () => [chineseName(rng), mobile(rng)] as const);
    const names = (text: string) => detectText(engine, text).findings.filter((f) => f.detector === 'person_name_zh').length;
    // Before: 0 records (names in a sentence were not read) and 1 (one line, one record).
    const semicolons = `本周新增客户如下：${people.map(([n, m]) => `${n}，${m}`).join('；')}。请各位跟进。`;
    expect(detectText(engine, semicolons).records).toBe(12);
    expect(names(semicolons)).toBe(12);
    const commas = `本周新增客户：${people.map(([n, m]) => `${n} ${m}`).join('、')}`;
    expect(detectText(engine, commas).records).toBe(12);
    const numberFirst = `名单如下，请核对：${people.map(([n, m]) => `${m}（${n}）`).join('，')}`;
    expect(detectText(engine, numberFirst).records).toBe(12);
    // A name inside the sentence of its number, bounded by the words around a name (联系了…，); 客户有意向 is none.
    const narrative = people.map(([n, m]) => `今天联系了${n}，电话${m}，客户有意向。`).join('');
    expect(detectText(engine, narrative).findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value)).toEqual(people.map(([n]) => n));
    expect(detectText(engine, narrative).records).toBe(12);
    expect(names(`复制的时候多了空格，应该是 ${residentId(rng)}；他说是 ${mobile(rng)}`)).toBe(0);
    // Names and e-mail addresses only (a line of recipients) stay one record.
    const recipients = `收件人：${people.slice(0, 6).map(([n], i) => `${n} <staff${i}@corp.example.cn>`).join(', ')}`;
    expect(detectText(engine, recipients).records).toBe(1);
  });

  it('a list written on one line is a record per person, whatever joins its cells', () => {
    const rng = makeRng(17);
    const people = Array.from({ length: 10 }, () => [chineseName(rng), mobile(rng)] as const);
    // Each was 1 record at the start of session 18 (the whole line one person); JSON and Markdown were already 10.
    const layouts = {
      pipes: people.map(([n, m]) => `${n}|${m}`).join('|'),
      slashes: people.map(([n, m]) => `${n}/${m}`).join(' / '),
      colons: `客户：${people.map(([n, m]) => `${n}:${m}`).join(', ')}`,
      tabs: people.map(([n, m]) => `${n}\t${m}`).join('\t'),
      brackets: people.map(([n, m]) => `${n}(${m})`).join(' '),
      // Square brackets and a no-break space (&nbsp; of a page copied as text) were no separators: 0 records.
      squareBrackets: people.map(([n, m]) => `[${n}]${m}`).join(' '),
      noBreakSpaces: people.map(([n, m]) => `${n}\u00a0${m}`).join('\u00a0'),
      arrays: JSON.stringify(people),
    };
    for (const [layout, text] of Object.entries(layouts)) expect([layout, detectText(engine, text).records]).toEqual([layout, 10]);
  });

  it('reads a name glued to its number: 张伟13812345678, and 13812345678张伟 in a line of several', () => {
    const rng = makeRng(13);
    const people = Array.from({ length: 8 }, () => [chineseName(rng), mobile(rng)] as const);
    const names = (text: string) => detectText(engine, text).findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value);
    // Before: 0 records and no names for each of these.
    const lines = people.map(([n, m]) => `${n}${m}`).join('\n');
    expect(detectText(engine, lines).records).toBe(8);
    expect(names(lines)).toEqual(people.map(([n]) => n));
    const numberFirst = people.map(([n, m]) => `${m}${n}`).join(' ');
    expect(detectText(engine, numberFirst).records).toBe(8);
    expect(names(`收货信息：王芳${people[0]![1]}广东省深圳市南山区科技园路100号`)).toEqual(['王芳']);
    // Or joined by a dash, underscore, hash, dot, tilde, plus (a phone's contact named 张伟-138…). Before: 0 records.
    for (const joiner of ['-', '_', '#', '.', '~', '+', '—', '～']) {
      const joined = people.map(([n, m]) => `${n}${joiner}${m}`).join('\n');
      expect([joiner, detectText(engine, joined).records]).toEqual([joiner, 8]);
    }
    // What follows a lone number is a note on it; a word glued to many numbers is a word.
    expect(names(`${people[0]![1]}关机`)).toEqual([]);
    expect(names(`${people[0]![1]}师傅`)).toEqual([]);
    const orders = people.map(([, m]) => `代购${m} 已发货`).join('\n');
    expect(names(orders)).toEqual([]);
    expect(detectText(engine, orders).records).toBe(0);
  });

  it('reads names marked with emoji and symbols (👤张伟 📱138…, ☎️王芳, ●刘洋)', () => {
    const rng = makeRng(15);
    const marks = ['👤', '☎️', '⭐', '●', '🌸'];
    const people = marks.map((mark) => [mark, chineseName(rng), mobile(rng)] as const);
    const text = people.map(([mark, n, m]) => `${mark}${n} 📱${m}`).join('\n');
    // Before: 0 records, no names (👤张伟 is no name-shaped token).
    const d = detectText(engine, text);
    expect(d.findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value)).toEqual(people.map(([, n]) => n));
    expect(d.records).toBe(5);
  });

  it('reads a name written a character at a time: 张  伟 (padded), 郭 军 勇 (letter-spaced)', () => {
    const rng = makeRng(16);
    const [a, b, c] = [mobile(rng), mobile(rng), mobile(rng)];
    const d = detectText(engine, `张  伟 ${a}\n郭 军 勇 ${b}\n李　娜 女 ${c}\n`);
    // Before: no names, 0 records.
    expect(d.findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value)).toEqual(['张伟', '郭军勇', '李娜']);
    expect(d.records).toBe(3);
    // Not a run of four, nor words of one character in a sentence.
    expect(detectText(engine, `王 李 张 刘 ${a}`).findings.filter((f) => f.detector === 'person_name_zh')).toEqual([]);
  });

  it('a list in one table cell is a record per person', () => {
    const rng = makeRng(14);
    const CSV = { kind: 'table', delimiter: ',' } as const;
    const people = Array.from({ length: 10 }, () => [chineseName(rng), mobile(rng)] as const);
    const names = (text: string) => detectText(engine, text, CSV).findings.filter((f) => f.detector === 'person_name_zh').length;
    // Before: 1 record, 1 name (the cell's first) for each.
    for (const cell of [people.map(([n, m]) => `${n} ${m}`).join('；'), people.map(([n, m]) => `${n}${m}`).join('、'), people.map(([n, m]) => `${m}（${n}）`).join(' ')]) {
      const text = `部门,客户名单,备注\n销售一部,"${cell}",无\n`;
      expect(detectText(engine, text, CSV).records).toBe(10);
      expect(names(text)).toBe(10);
    }
    // One name and its number in a cell is still that one person.
    expect(detectText(engine, `客户,备注\n${people[0]![0]} ${people[0]![1]},VIP\n`, CSV).records).toBe(1);
  });

  it('a signature is one record; prose mentioning one customer is not a list', () => {
    expect(detectText(engine, '张伟 | 销售经理 | 13812345678 | zhang.wei@example.com').records).toBe(1);
    expect(detectText(engine, '今天和客户沟通了方案，他的手机是13812345678，下周再约。').records).toBe(0);
  });
});

describe('a column whose header disowns its values', () => {
  const rng = makeRng(91);
  const table = (header: string, rows: string[][]) => detectText(engine, [header, ...rows.map((r) => r.join(','))].join('\n'), csv);
  const count = (d: ReturnType<typeof detectText>, detector: string) => d.findings.filter((f) => f.detector === detector).length;

  it('is read as the list it is when its header was renamed (编号 over mobiles, 订单号 over IDs)', () => {
    const people = Array.from({ length: 40 }, () => [chineseName(rng), mobile(rng), residentId(rng)]);
    const renamed = table('项目,编号', people.map(([name, tel]) => [name!, tel!]));
    expect(count(renamed, 'cn_mobile')).toBe(40);
    expect(renamed.records).toBe(40);
    const misleading = table('序号,姓名,快递单号,订单号', people.map(([name, tel, id], i) => [String(i + 1), name!, tel!, id!]));
    expect([count(misleading, 'cn_mobile'), count(misleading, 'cn_resident_id'), misleading.records]).toEqual([40, 40, 40]);
  });

  it('stays disowned when it is what its header says: serials, a short column, a mostly invalid one, or beside the real column', () => {
    // Order numbers in sequence share all but their last digits.
    const serials = Array.from({ length: 40 }, (_, i) => [String(13912340100 + i * 7), '已发货']);
    expect(count(table('订单号,状态', serials), 'cn_mobile')).toBe(0);
    // Nine are too few to outweigh the header.
    expect(count(table('编号,状态', Array.from({ length: 9 }, () => [mobile(rng), '正常'])), 'cn_mobile')).toBe(0);
    // Membership numbers half of which pass Luhn: not a column of cards.
    const members = Array.from({ length: 40 }, (_, i) => {
      const card = bankCard(rng);
      return [i % 2 ? card : card.slice(0, -1) + String((Number(card.at(-1)) + 1) % 10), '金卡'];
    });
    expect(count(table('会员卡号,等级', members), 'bank_card')).toBe(0);
    // The header has its phone column (masked here): the mobile-shaped 订单号 are not the phones.
    const orders = Array.from({ length: 40 }, () => [mobile(rng), '138****5678', '保温杯']);
    expect(count(table('订单号,收货电话,商品', orders), 'cn_mobile')).toBe(0);
  });
});

describe('a value cut across cells', () => {
  const rng = makeRng(92);
  const table = (header: string, rows: string[][]) => detectText(engine, [header, ...rows.map((r) => r.join(','))].join('\n'), csv);
  const values = (d: ReturnType<typeof detectText>, detector: string) => d.findings.filter((f) => f.detector === detector).map((f) => f.value);
  const people = Array.from({ length: 20 }, () => ({ name: chineseName(rng), mobile: mobile(rng), id: residentId(rng) }));

  it('joins two or three cells of digits under columns that name the rule', () => {
    const mobiles = table('姓名,手机前3位,手机后8位', people.map((p) => [p.name, p.mobile.slice(0, 3), p.mobile.slice(3)]));
    expect(values(mobiles, 'cn_mobile').sort()).toEqual(people.map((p) => p.mobile).sort());
    expect(mobiles.records).toBe(20);
    const ids = table('姓名,地区码,出生日期,顺序码', people.map((p) => [p.name, p.id.slice(0, 6), p.id.slice(6, 14), p.id.slice(14)]));
    expect(values(ids, 'cn_resident_id').sort()).toEqual(people.map((p) => p.id).sort());
    // An area code in a column of its own, as many CRMs export landlines.
    const phones = Array.from({ length: 20 }, (_, i) => ['0755', String(26000000 + i * 7919)]);
    expect(values(table('区号,电话', phones), 'cn_landline')).toHaveLength(20);
  });

  it('does not join by chance: a part that is a value, a pair that joins in few rows, columns no header names', () => {
    // A date serial (Excel's 48479) beside a mobile under 有效期至 (a card's keyword): 16 digits, and one in ten passes Luhn.
    const passports = table('姓名,有效期至,手机号', people.map((p, i) => [p.name, String(45000 + i * 173), p.mobile]));
    expect(values(passports, 'bank_card')).toEqual([]);
    expect(values(passports, 'cn_mobile')).toHaveLength(20);
    // Two rows of twenty join to an ID: chance, not a split column.
    const rows = people.map((p, i) => [p.name, i < 2 ? p.id.slice(0, 6) : '1', i < 2 ? p.id.slice(6) : '2']);
    expect(values(table('姓名,身份证,备注', rows), 'cn_resident_id')).toEqual([]);
    expect(values(table('姓名,号段,尾号', people.map((p) => [p.name, p.mobile.slice(0, 3), p.mobile.slice(3)])), 'cn_mobile')).toEqual([]);
  });
});

describe('confirmBatch', () => {
  it('agrees with one RE2 call per candidate', () => {
    const rule = engine.rules.find((r) => r.id === 'cn_mobile')!;
    const texts = ['13800138000', 'abc', '13900139000', '', '+86 138 0013 8000', '1234', '15912345678'];
    expect([...confirmBatch(rule, texts)]).toEqual(texts.map((t) => (rule.pattern.test(t) ? 1 : 0)));
  });

  it('falls back to one call per candidate when a match spans candidates', () => {
    const rule = { pattern: new RE2('a\\s+b', 'u'), batchPattern: new RE2('^(?:a\\s+b)$', 'gmu') } as unknown as CompiledRule;
    // Joined, `a⏎b` is one match across two candidates: the batch result cannot be trusted.
    expect([...confirmBatch(rule, ['a', 'b', 'a b', 'x'])]).toEqual([0, 0, 1, 0]);
  });
});
