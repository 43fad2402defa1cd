// The compiled form of a rule set that the detector runs: one keyword
// automaton for every rule's context words, rules indexed by scanner and
// candidate length. Built once per worker thread.
import type { CompiledRule, RuleSet } from '../rules/load.js';
import { DISGUISE_MARKERS, LOOKALIKE_MARKERS, SPELLED_MARKERS } from './disguise.js';
import { KeywordAutomaton } from './keywords.js';
import { LEDGER_TITLES } from './name-phrases.js';

export interface KeywordRole {
  /** Rules for which this keyword is positive context. */
  positive: number[];
  /** Rules for which this keyword is negative context. */
  negative: number[];
  /** Rules whose unvouched values this keyword drops from its line (`context.refuting`: 校验失败). */
  refuting: number[];
  /** Rules for which this keyword is a weak label (`context.weak`: 我是, 我叫); positive too. */
  weak: number[];
  /** Rules for which this keyword is a title (`context.titles`: 科主任, 审判员): a label only with a separator after it; positive too. */
  title: number[];
  /** Characters in the keyword: in one header cell the longer of two keywords speaks (社保卡号 over 卡号). */
  length: number;
  /** The keyword, lower case. */
  word: string;
}

export interface Engine {
  readonly rules: readonly CompiledRule[];
  readonly automaton: KeywordAutomaton;
  /** Automaton outputs from here on mark disguised text (disguise.ts), not keywords. */
  readonly disguiseFrom: number;
  /** Automaton outputs from here on mark two Chinese numerals in a row (spelled digits, disguise.ts). */
  readonly spelledFrom: number;
  /** Automaton outputs from here on mark a digit beside o, l or i (look-alike letters, disguise.ts). */
  readonly lookalikeFrom: number;
  /** Automaton outputs from here on mark a ledger's title (礼金簿, 芳名录: name-phrases.ts). */
  readonly ledgerFrom: number;
  readonly roles: readonly KeywordRole[];
  /** Per keyword, the rules that need a label (`required`) it is positive for; undefined for most. */
  readonly armsRequired: readonly (readonly number[] | undefined)[];
  /** Per rule, 1 unless it needs a label: the state a segment starts from before its keywords arm rules. */
  readonly armedByDefault: Uint8Array;
  /** 1 for keywords that are ASCII words (QQ, Tel, Email): they need word boundaries. */
  readonly asciiWord: Uint8Array;
  /** 1 for keywords that name a digit rule (手机, 身份证号, 卡号): a column or label of numbers. */
  readonly digitLabel: Uint8Array;
  /** Rule indexes per candidate length (digits for `digits`, chars for `alnum`). */
  readonly digitsByLength: readonly (readonly number[])[];
  readonly alnumByLength: readonly (readonly number[])[];
  readonly emailRules: readonly number[];
  readonly nameRules: readonly number[];
  readonly maxDigits: number;
  /** Per rule, the index of its detector among the distinct detectors (numeric keys on the hot path). */
  readonly detectorIndex: Int32Array;
  readonly detectorCount: number;
  /** The detector ids, in detectorIndex's order. */
  readonly detectorNames: readonly string[];
}

function byLength(rules: readonly CompiledRule[], scanner: CompiledRule['scanner']): number[][] {
  const table: number[][] = [];
  rules.forEach((r, i) => {
    if (r.scanner !== scanner) return;
    for (let n = r.length[0]; n <= r.length[1]; n++) (table[n] ??= []).push(i);
  });
  return table;
}

/**
 * A label as forms print it: 申 请 人, 电　　话 — a short label letter-spaced
 * to the width of a longer one, with ASCII or ideographic spaces. A context
 * keyword of two or three Han characters matches so written too (negative
 * ones are not labels of forms: 订单号 is not spaced out).
 */
function spacedForms(word: string): string[] {
  const chars = [...word];
  if (chars.length < 2 || chars.length > 3 || !chars.every((c) => /\p{Script=Han}/u.test(c))) return [word];
  // (A two-character label is spaced to the width of four: 姓    名 beside 证件类型.)
  const gaps = chars.length === 2 ? [' ', '\u3000', '  ', '\u3000\u3000', '   ', '    '] : [' ', '\u3000'];
  return [word, ...gaps.map((g) => chars.join(g))];
}

export function buildEngine(set: RuleSet): Engine {
  const rules = set.rules;
  const words: string[] = [];
  const index = new Map<string, number>();
  const roles: KeywordRole[] = [];
  const add = (word: string, rule: number, role: 'positive' | 'negative' | 'refuting', length = [...word].length, kind: 'weak' | 'title' | null = null): void => {
    const key = word.toLowerCase();
    let k = index.get(key);
    if (k === undefined) {
      k = words.length;
      index.set(key, k);
      words.push(word);
      roles.push({ positive: [], negative: [], refuting: [], weak: [], title: [], length, word: key });
    }
    const entry = roles[k]!;
    if (!entry[role].includes(rule)) entry[role].push(rule);
    if (kind && !entry[kind].includes(rule)) entry[kind].push(rule);
  };
  rules.forEach((r, i) => {
    // A spaced-out form (申 请 人) counts as long as the keyword it spells.
    const forms = (w: string): string[] => (r.spaced.has(w) ? spacedForms(w) : [w]);
    for (const w of r.context.keywords) for (const v of forms(w)) add(v, i, 'positive', [...w].length);
    for (const w of r.context.weak) for (const v of forms(w)) add(v, i, 'positive', [...w].length, 'weak');
    for (const w of r.context.titles) for (const v of forms(w)) add(v, i, 'positive', [...w].length, 'title');
    for (const w of r.context.negative) add(w, i, 'negative');
    for (const w of r.context.refuting) add(w, i, 'refuting');
  });
  const digitsByLength = byLength(rules, 'digits');
  const detectors = [...new Set(rules.map((r) => r.detector))];
  return Object.freeze({
    rules,
    // Invisible characters, \u escapes, spelled digits and look-alike letters ride in the same automaton, after the keywords (disguise.ts);
    // then the titles of a ledger of gifts (name-phrases.ts).
    automaton: new KeywordAutomaton([...words, ...DISGUISE_MARKERS, ...SPELLED_MARKERS, ...LOOKALIKE_MARKERS, ...LEDGER_TITLES]),
    disguiseFrom: words.length,
    spelledFrom: words.length + DISGUISE_MARKERS.length,
    lookalikeFrom: words.length + DISGUISE_MARKERS.length + SPELLED_MARKERS.length,
    ledgerFrom: words.length + DISGUISE_MARKERS.length + SPELLED_MARKERS.length + LOOKALIKE_MARKERS.length,
    roles,
    armsRequired: roles.map((role) => {
      const required = role.positive.filter((r) => rules[r]!.context.required);
      return required.length ? required : undefined;
    }),
    // A rule with column peers may be vouched for by them, with no keyword anywhere (amongPeers).
    armedByDefault: Uint8Array.from(rules, (r) => (r.context.required && r.context.column_peers.length === 0 ? 0 : 1)),
    asciiWord: Uint8Array.from(words, (w) => (/^[\x20-\x7e]+$/.test(w) ? 1 : 0)),
    digitLabel: Uint8Array.from(roles, (role) => (role.positive.some((r) => rules[r]!.scanner === 'digits') ? 1 : 0)),
    digitsByLength,
    alnumByLength: byLength(rules, 'alnum'),
    emailRules: rules.flatMap((r, i) => (r.scanner === 'email' ? [i] : [])),
    nameRules: rules.flatMap((r, i) => (r.scanner === 'name' ? [i] : [])),
    maxDigits: digitsByLength.length - 1,
    detectorIndex: Int32Array.from(rules, (r) => detectors.indexOf(r.detector)),
    detectorCount: detectors.length,
    detectorNames: detectors,
  });
}
