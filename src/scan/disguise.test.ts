import { describe, expect, it } from 'vitest';
import { defaultEngine } from '../../test/support/engine.js';
import { chineseName, email, makeRng, mobile, residentId, uscc } from '../../test/support/synth.js';
import { detectText } from './detect-text.js';
import { decodeEscapes, decodeHexEscapes, decodePercent, decodeQuotedPrintable, foldDigitConfusables, foldFullWidth, invisibleWidthAt, joinLiterals, spelledOutAddresses, stripInvisible, unwrapCdata } from './disguise.js';
import { UnitDetector } from './detect.js';
import { ItemAccumulator } from './accumulate.js';

const engine = defaultEngine();
const ZWSP = '\u200b';

/** Each text comes back from `decode` as the very buffer it went in as: nothing to undo. */
function expectUnchanged(decode: (seg: Buffer) => Buffer, texts: readonly string[]): void {
  for (const text of texts) {
    const buf = Buffer.from(text);
    expect(decode(buf), text).toBe(buf);
  }
}

/** A customer list of `n` people written by each of `encodings` (none leaves a CJK character): read as the same list. */
function expectSameList(seed: number, n: number, encodings: ReadonlyArray<(csv: string) => string>): string[][] {
  const rng = makeRng(seed);
  const people = Array.from({ length: n }, () => [chineseName(rng), mobile(rng), residentId(rng)]);
  const csv = ['姓名,手机,身份证号', ...people.map((p) => p.join(','))].join('\n');
  const values = (d: ReturnType<typeof detectText>) => d.findings.map((f) => `${f.detector}:${f.value}`).sort();
  for (const encode of encodings) {
    const text = encode(csv);
    expect(text).not.toMatch(/[^\x00-\x7f]/);
    const d = detectText(engine, text);
    expect(d.records).toBe(n);
    expect(values(d)).toEqual(values(detectText(engine, csv)));
  }
  return people;
}

describe('stripInvisible', () => {
  it('removes every listed invisible character and nothing else', () => {
    const hidden = ['\u00ad', '\u0332', '\u0336', '\u0338', '\u20dd', '\u20e3', '\u034f', '\u061c', '\u180e', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202e', '\u2060', '\u2064', '\u2066', '\u206f', '\ufe00', '\ufe0f', '\ufeff', '\u{e0001}', '\u{e0041}', '\u{e0100}', '\u{e01ef}'];
    for (const ch of hidden) {
      expect(stripInvisible(Buffer.from(`1${ch}2${ch}`)).toString(), `U+${ch.codePointAt(0)!.toString(16)}`).toBe('12');
    }
    // Neighbours of the ranges, and the characters Chinese text is full of, stay.
    const kept = '\u0331\u0339\u20cf\u20f1\u200a\u2010\u2013\u201c\u201d\u2026\u2065\u2070\u3000\ufe10\ufe30\uff0c\uff1a张伟\u{e0200}\u{1f468}';
    const buf = Buffer.from(kept);
    expect(stripInvisible(buf)).toBe(buf);
  });

  it('reads digits decorated as fancy-text generators write them: struck through, underlined, on keycaps, in circles', () => {
    const rng = makeRng(81);
    const people = Array.from({ length: 12 }, () => [chineseName(rng), mobile(rng), residentId(rng)]);
    for (const mark of ['\u0336', '\u0332', '\ufe0f\u20e3', '\u20dd']) {
      const decorate = (digits: string) => [...digits].map((d) => d + mark).join('');
      const list = ['姓名  手机号  身份证号', ...people.map(([n, m, id]) => `${n}  ${decorate(m!)}  ${decorate(id!)}`)].join('\n');
      const d = detectText(engine, list);
      expect(d.records, JSON.stringify(mark)).toBe(12);
      expect(d.findings.filter((f) => f.detector === 'cn_resident_id').map((f) => f.value)).toEqual(people.map((p) => p[2]));
    }
  });

  it('stores text under a right-to-left override in the order it shows', () => {
    expect(stripInvisible(Buffer.from('手机：\u202e00083100831\u202c，王')).toString()).toBe('手机：13800138000，王');
    // CJK too, a character's bytes kept in order; without its pop on the same line, the override is only removed.
    expect(stripInvisible(Buffer.from('\u202e伟张\u202c')).toString()).toBe('张伟');
    expect(stripInvisible(Buffer.from('\u202e箱邮\t号机手\t名姓\u202c')).toString()).toBe('姓名\t手机号\t邮箱');
    expect(stripInvisible(Buffer.from('a\u202e123')).toString()).toBe('a123');
    expect(stripInvisible(Buffer.from('\u202e123\n456\u202c')).toString()).toBe('123\n456');
    const rows = ['姓名,手机', '张伟,\u202e00083100831\u202c', '李娜,\u202e93456712931\u202c', '王芳,\u202e11223344851\u202c'].join('\n');
    expect(detectText(engine, rows).records).toBe(3);
  });

  it('leaves a truncated sequence at the end alone', () => {
    const buf = Buffer.from([0x31, 0xe2, 0x80]);
    expect(invisibleWidthAt(buf, 1)).toBe(0);
    expect(stripInvisible(buf)).toBe(buf);
  });
});

describe('detection through invisible characters', () => {
  const rng = makeRng(77);
  const rows = Array.from({ length: 60 }, () => ({ name: chineseName(rng), mobile: mobile(rng), id: residentId(rng), email: email(rng) }));
  const csv = (hide: (s: string) => string) =>
    `${hide('姓名')},${hide('手机')},${hide('身份证')},${hide('邮箱')}\n` + rows.map((r) => [r.name, r.mobile, r.id, r.email].map(hide).join(',')).join('\n') + '\n';
  const between = (s: string) => [...s].join(ZWSP);
  const summary = (text: string) => {
    const d = detectText(engine, text, { kind: 'table', delimiter: ',' });
    const by = new Map<string, Set<string>>();
    for (const f of d.findings) (by.get(f.detector) ?? by.set(f.detector, new Set()).get(f.detector)!).add(f.value);
    return { records: d.records, values: Object.fromEntries([...by].map(([k, v]) => [k, [...v].sort()])) };
  };

  it('finds the same values and records as in the clean list when every character is split by a zero-width space', () => {
    const clean = summary(csv((s) => s));
    expect(clean.records).toBe(60);
    expect(clean.values['person_name_zh']).toHaveLength(60);
    expect(summary(csv(between))).toEqual(clean);
  });

  it('sees through soft hyphens, word joiners, BOMs and tag characters in digits', () => {
    const m = rows[0]!.mobile;
    for (const ch of ['\u00ad', '\u2060', '\ufeff', '\u{e0020}', '\u200d']) {
      const hidden = [...m].join(ch);
      expect(detectText(engine, `联系电话：${hidden}`).findings.map((f) => `${f.detector}:${f.value}`)).toEqual([`cn_mobile:${m}`]);
    }
  });

  it('keeps keyword context across segments when one segment holds invisible characters', () => {
    // The label ends one segment, the hidden value starts the next: the automaton state carries over.
    const values: string[] = [];
    const seen = new ItemAccumulator({ reveal: false, onFinding: (f) => values.push(`${f.detector}:${f.value}`) });
    const unit = new UnitDetector(engine, seen, 'text', { kind: 'text' });
    unit.write(`${'说明文字。'.repeat(80_000)}\n护照号码：\n`); // > 1 MiB: flushed as one segment
    unit.write(`${between('E12345678')}\n`); // read twice, from the state after the label
    unit.end();
    expect(values).toEqual(['cn_passport:E12345678']);
  });
});

describe('\\u escapes', () => {
  it('decodes BMP escapes and surrogate pairs, in either case, and leaves the rest as written', () => {
    expect(decodeEscapes(Buffer.from('"\\u5f20\\u4F1F" \\ud83d\\ude00 \\u0031')).toString()).toBe('"张伟" 😀 1');
    // Braced, as JavaScript, Rust, Swift and PHP write any code point.
    expect(decodeEscapes(Buffer.from('\\u{5F20}\\u{4f1f},\\u{31}\\u{1F600}')).toString()).toBe('张伟,1😀');
    expectUnchanged(decodeEscapes, ['C:\\users\\x', '\\u000a', '\\ud83d alone', '\\u12', '\\u12g4', '\\u{}', '\\u{5F20', '\\u{110000}', '\\u{a}', 'no escapes']);
  });

  it('finds names and digits in a JSON export written with ensure_ascii (every non-ASCII character escaped)', () => {
    const rng = makeRng(78);
    const people = Array.from({ length: 30 }, () => ({ 姓名: chineseName(rng), 手机: mobile(rng), 身份证: residentId(rng) }));
    const ascii = (s: string) => s.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const escaped = ascii(JSON.stringify(people, null, 2)).replace(/"(1\d{10})"/g, (_, m: string) => `"${[...m].map((d) => `\\u00${d.charCodeAt(0).toString(16)}`).join('')}"`);
    expect(escaped).not.toMatch(/[^\x00-\x7f]|"1\d{10}"/);
    const d = detectText(engine, escaped);
    const names = new Set(d.findings.filter((f) => f.detector === 'person_name_zh').map((f) => f.value));
    expect(names).toEqual(new Set(people.map((p) => p.姓名)));
    expect(new Set(d.findings.filter((f) => f.detector === 'cn_mobile').map((f) => f.value))).toEqual(new Set(people.map((p) => p.手机)));
    expect(d.records).toBe(30);
  });
});

describe('percent-encoding', () => {
  it('decodes runs of escapes that are UTF-8 text, and leaves the rest as written', () => {
    expect(decodePercent(Buffer.from('%E5%BC%A0%E4%BC%9F%2C13800138000%0A')).toString()).toBe('张伟,13800138000\n');
    expect(decodePercent(Buffer.from('growth 50% in Q3, 100%2c000')).toString()).toBe('growth 50% in Q3, 100,000');
    expectUnchanged(decodePercent, ['%E5%BC', '%00%2C', '%zz', '100%', 'no escapes']);
  });

  it('reads a customer list written with encodeURIComponent as the same list', () => {
    expect(encodeURIComponent('张伟,1')).toBe('%E5%BC%A0%E4%BC%9F%2C1'); // no comma left between the values
    const people = expectSameList(79, 60, [encodeURIComponent]);
    // In a log line's query string too.
    const line = `GET /api/callback?name=${encodeURIComponent('联系人：' + people[0]![0])}&tel=${people[0]![1]} 200`;
    expect(detectText(engine, line).findings.map((f) => f.detector).sort()).toEqual(['cn_mobile', 'person_name_zh']);
  });
});

describe('byte escapes: \\xHH and quoted-printable', () => {
  it('decodes runs that are UTF-8 text, a string literal cut in two joined, and leaves the rest as written', () => {
    expect(decodeHexEscapes(Buffer.from('"\\xe5\\xbc\\xa0\\xe4\\xbc\\x9f\\x2c\\x31\\x33"')).toString()).toBe('"张伟,13"');
    // A blob in C: adjacent literals, a character cut between two of them.
    expect(decodeHexEscapes(Buffer.from('char b[] =\n  "\\xe5\\xbc"\n  "\\xa0\\xe4\\xbc\\x9f";')).toString()).toBe('char b[] =\n  "张伟";');
    expectUnchanged(decodeHexEscapes, ['C:\\xampp\\x', '[\\x00-\\x1f]', '\\xe5\\xbc', '\\x41\\x42', 'no escapes']);
    expect(decodeQuotedPrintable(Buffer.from('=E5=BC=A0=E4=BC=\n=9F=2C=31=33\n')).toString()).toBe('张伟,13\n');
    expect(decodeQuotedPrintable(Buffer.from('=E5=BC=A0=E4=BC=9F,13800138000')).toString()).toBe('张伟,13800138000');
    // An assignment or a formula is no escape: no run of three with a non-ASCII character in it.
    expectUnchanged(decodeQuotedPrintable, ['id=31010519', 'x=20=30=40', '=E5*F5', 'a =\n b', 'no escapes']);
  });

  it('reads a customer list written as a C blob or as quoted-printable as the same list', () => {
    const hex = (b: number) => b.toString(16).padStart(2, '0');
    const c = (csv: string) => {
      const bytes = [...Buffer.from(csv)];
      const literals = Array.from({ length: Math.ceil(bytes.length / 16) }, (_, k) => `  "${bytes.slice(k * 16, k * 16 + 16).map((b) => `\\x${hex(b)}`).join('')}"`);
      return `static const char blob[] =\n${literals.join('\n')};\n`;
    };
    const qp = (csv: string) => [...Buffer.from(csv)].map((b) => `=${hex(b).toUpperCase()}`).join('').replace(/.{72}/g, '$&=\n');
    expect(c('13800138000') + qp('13800138000')).not.toMatch(/1\d{10}/);
    expectSameList(80, 20, [c, qp]);
  });
});

describe('string literals joined by +', () => {
  it('reads "182" + "9161" + "2153" as the one literal a program makes of them, and leaves other pluses alone', () => {
    expect(joinLiterals(Buffer.from('String m = "182" + "9161"\n    + "2153";')).toString()).toBe('String m = "18291612153";');
    expect(joinLiterals(Buffer.from("x = '110105' +'19491231'+ '002X'")).toString()).toBe("x = '11010519491231002X'");
    expectUnchanged(joinLiterals, ['a + b', '"a" + b', 'x + "y"', '"a" + \'b\'', '1+1=2', 'no pluses']);
    const rng = makeRng(84);
    const people = Array.from({ length: 10 }, () => [chineseName(rng), mobile(rng), residentId(rng)] as const);
    const java = people.map(([n, m, id]) => `    "${n}" + "," + "${m.slice(0, 3)}" + "${m.slice(3, 7)}" + "${m.slice(7)}" + "," + "${id.slice(0, 6)}" + "${id.slice(6, 14)}" + "${id.slice(14)}",`).join('\n');
    const d = detectText(engine, `static final String[] ROWS = {\n${java}\n};`);
    expect(d.records).toBe(10);
    expect(d.findings.filter((f) => f.detector === 'cn_resident_id').map((f) => f.value)).toEqual(people.map((p) => p[2]));
  });
});

describe('addresses spelled out against harvesters', () => {
  it('reads a bracketed at and dot between address characters as the signs', () => {
    expect(spelledOutAddresses(Buffer.from('邮箱 chenlin620 [at] 163 [dot] com，')).toString()).toBe('邮箱 chenlin620@163.com，');
    expect(spelledOutAddresses(Buffer.from('li.na(AT)mail{dot}163<Dot>com')).toString()).toBe('li.na@mail.163.com');
    expectUnchanged(spelledOutAddresses, ['see [at] 你', '[at] start', 'arr[at ]', 'no brackets at all']);
  });

  it('finds a list of names and addresses written so', () => {
    const rng = makeRng(80);
    const people = Array.from({ length: 20 }, () => [chineseName(rng), email(rng)]);
    const spelled = ['姓名,邮箱', ...people.map(([name, mail]) => `${name},${mail!.replace('@', ' [at] ').replaceAll('.', ' [dot] ')}`)].join('\n');
    const d = detectText(engine, spelled);
    expect(new Set(d.findings.filter((f) => f.detector === 'email').map((f) => f.value))).toEqual(new Set(people.map(([, mail]) => mail!.toLowerCase())));
    expect(d.records).toBe(20);
  });
});

describe('digits spelled as Chinese numerals', () => {
  const SPELL = [...'〇一二三四五六七八九'];
  const CAPITAL = [...'零壹贰叁肆伍陆柒捌玖'];
  const spell = (s: string, digits = SPELL) => s.replace(/\d/g, (d) => digits[Number(d)]!);
  const found = (text: string) => detectText(engine, text).findings.map((f) => `${f.detector}:${f.value}`);

  it('reads a customer list whose mobiles and IDs are spelled in numerals as the same list', () => {
    const rng = makeRng(79);
    const rows = Array.from({ length: 40 }, () => ({ name: chineseName(rng), mobile: mobile(rng), id: residentId(rng) }));
    const list = (write: (s: string) => string) =>
      `姓名,手机,身份证\n${rows.map((r) => `${r.name},${write(r.mobile)},${write(r.id)}`).join('\n')}\n`;
    const values = (text: string) => {
      const d = detectText(engine, text, { kind: 'table', delimiter: ',' });
      return { records: d.records, values: d.findings.map((f) => `${f.detector}:${f.value}`).sort() };
    };
    const clean = values(list((s) => s));
    expect(clean.records).toBe(40);
    expect(values(list((s) => spell(s)))).toEqual(clean);
    expect(values(list((s) => spell(s, CAPITAL)))).toEqual(clean);
  });

  it('takes groups, 幺 for one, and numerals behind zero-width spaces; leaves dates and words alone', () => {
    expect(found('电话 幺三八 零零幺三 八零零零')).toEqual(['cn_mobile:13800138000']);
    expect(found('手机：一\u200b三八〇〇一三八〇〇〇')).toEqual(['cn_mobile:13800138000']);
    expect(found(`客户：张伟，${spell('13800138000')}，身份证${spell('110101199003071233')}`)).toEqual([
      'person_name_zh:张伟',
      'cn_mobile:13800138000',
      'cn_resident_id:110101199003071233',
    ]);
    // Fewer than seven numerals in a row are words: years, 一一对应, 三五成群.
    expect(found('二〇二四年三月七日签约，一一对应，三五成群，七八个人')).toEqual([]);
    expect(found('编号 一二三四五六')).toEqual([]);
  });

  it('takes numerals mixed with ASCII digits, and the digits of other scripts and enclosed digits', () => {
    for (const written of ['1三8零0一3八0零0', '١٣٨٠٠١٣٨٠٠٠', '۱۳۸۰۰۱۳۸۰۰۰', '१३८००१३८०००', '①③⑧⓪⓪①③⑧⓪⓪⓪', '➀➂➇⓿⓿❶❸❽⓿⓿⓿']) {
      expect(found(`手机：${written}`), written).toEqual(['cn_mobile:13800138000']);
    }
    // A mobile with a numeral after it keeps its digits (a third of a run must be spelled), and bullets are no number.
    expect(found('手机 13800138000一位客户')).toEqual(['cn_mobile:13800138000']);
    expect(found('① 客户资料 ② 订单 ③ 回访记录')).toEqual([]);
  });
});

describe('letters that look like digits', () => {
  const found = (text: string) => detectText(engine, text).findings.map((f) => `${f.detector}:${f.value}`);

  it('reads O, o, l and I as 0 and 1 in a run that stands alone', () => {
    expect(found('手机：l38OOl38OOO')).toEqual(['cn_mobile:13800138000']);
    expect(found('电话 138 OOl3 8OOO')).toEqual(['cn_mobile:13800138000']);
    expect(found('身份证 llOlOll99OO3O7l233')).toEqual(['cn_resident_id:110101199003071233']);
    const rng = makeRng(80);
    const rows = Array.from({ length: 30 }, () => ({ name: chineseName(rng), mobile: mobile(rng) }));
    const list = (write: (s: string) => string) => `姓名,手机\n${rows.map((r) => `${r.name},${write(r.mobile)}`).join('\n')}\n`;
    const values = (text: string) => detectText(engine, text, { kind: 'table', delimiter: ',' }).findings.map((f) => `${f.detector}:${f.value}`).sort();
    expect(values(list((m) => m.replace(/0/g, 'O').replace(/1/g, 'l')))).toEqual(values(list((m) => m)));
  });

  it('reads the Cyrillic and Greek letters that look like them (О І Ο ӏ, З for 3) among digits the same way', () => {
    expect(foldDigitConfusables(Buffer.from('lЗ908І45l62 Москва 2024')).toString()).toBe('l3908I45l62 Москва 2024');
    expect(found('手机：lЗ908І45l62')).toEqual(['cn_mobile:13908145162']);
    const id = residentId(makeRng(82));
    expect(found(`身份证 ${id.replace(/0/g, 'О').replace(/1/g, 'І').replace(/3/g, 'З')}`)).toEqual([`cn_resident_id:${id}`]);
    expectUnchanged(foldDigitConfusables, ['Иван Петров', 'О компании', 'кв. 3, дом 12', 'no letters']);
  });

  it("reads an XML export's CDATA values as its element's, and a percent-encoded plus as a country code's", () => {
    const xml = '<customer>\n  <name><![CDATA[刘晓彬]]></name>\n  <mobile><![CDATA[15725251234]]></mobile>\n</customer>';
    expect(unwrapCdata(Buffer.from(xml)).toString()).toBe('<customer>\n  <name>刘晓彬</name>\n  <mobile>15725251234</mobile>\n</customer>');
    expect(found(xml)).toEqual(['person_name_zh:刘晓彬', 'cn_mobile:15725251234']);
    expectUnchanged(unwrapCdata, ['<![CDATA[ no end', 'a ]]> b']);
    expect(found('GET /send?to=%2B8618065462203&tpl=SMS_1')).toEqual(['cn_mobile:18065462203']);
  });

  it('reads passports, credit codes, HKIDs and addresses typed in full-width (an IME left in full-width mode)', () => {
    const rng = makeRng(83);
    const code = uscc(rng);
    const wide = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(found(`护照号码：${wide('E12345678')}`)).toEqual(['cn_passport:E12345678']);
    expect(found(`邮箱：${wide('zhang.wei@163.com')}`)).toEqual(['email:zhang.wei@163.com']);
    expect(found(`香港身份证：${wide('C459215')}（${wide('6')}）`)).toEqual(['hk_id:C459215(6)']);
    if (/[A-Z]/.test(code)) expect(found(`统一社会信用代码：${wide(code)}`)).toEqual([`cn_uscc:${code}`]);
    expect(foldFullWidth(Buffer.from('ＡＢＣ１２３（注）')).toString()).toBe('ABC123（注）');
    // Full-width words and punctuation, and digits alone (the scanners read them as they are), stay.
    expectUnchanged(foldFullWidth, ['全角ＡＢＣ文字', '（括号）：１２３', '１３８００１３８０００', 'ＮＯ．']);
  });

  it('leaves words, user names, hosts, file names and short runs as written', () => {
    expect(found('zhangwei1990@qq.com')).toEqual(['email:zhangwei1990@qq.com']);
    expect(found('o13800138000@qq.com')).toEqual(['email:o13800138000@qq.com', 'cn_mobile:13800138000']);
    for (const text of ['Hello1234567 world', 'H2O water, iPhone15 Pro', '路径 /usr/lib/l3800l38000.so', 'lOOOOOOOO1', '1O% off']) {
      expect(found(text), text).toEqual([]);
    }
  });
});
