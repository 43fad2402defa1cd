// Load rule packs from a directory, validate, compile once, freeze.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import RE2 from 're2';
import { ConfigError, ConfigErrors, lineOf, loadYaml, type PathSegment } from '../config/yaml-schema.js';
import type { ScannerName } from '../scan/scanners.js';
import type { Category } from '../types.js';
import { packSchema, type RuleSpec } from './schema.js';
import { VALIDATORS } from './validators/index.js';
import type { Validator } from './validators/types.js';

export interface CompiledRule {
  readonly id: string;
  readonly detector: string;
  readonly description: string;
  readonly category: Category;
  readonly scanner: ScannerName;
  readonly length: readonly [number, number];
  /** Whole-candidate matcher. */
  readonly pattern: RE2;
  /** The same, multi-line, for confirming a batch of candidates in one call. */
  readonly batchPattern: RE2;
  readonly validator: Validator | undefined;
  readonly dictionary: ReadonlySet<string> | undefined;
  readonly exclude: ReadonlySet<string> | undefined;
  readonly bareNames: ReadonlySet<string> | undefined;
  /** Characters of given names (`given_chars`), one string each. */
  readonly givenChars: ReadonlySet<string> | undefined;
  /** Brands and places shaped as names (`loose_exclude`). */
  readonly looseExclude: ReadonlySet<string> | undefined;
  /** Header words of the family-name and given-name columns, as `headerWord` writes them. */
  readonly nameParts: { readonly family: ReadonlySet<string>; readonly given: ReadonlySet<string> } | undefined;
  readonly context: RuleSpec['context'];
  /**
   * The keywords, weak labels and titles as the pack writes them (not their other
   * forms): the engine also matches these letter-spaced (申 请 人), and each
   * spaced form of each form would be states of the keyword automaton.
   */
  readonly spaced: ReadonlySet<string>;
  readonly confidence: number;
  readonly mask: readonly [number, number];
  readonly recordField: boolean;
  readonly file: string;
}

export interface LoadedPack {
  readonly file: string;
  readonly name: string;
  readonly rules: readonly CompiledRule[];
  /** Same-stem `.txt` samples file, when present. */
  readonly samples: string | undefined;
  /** Detectors named by the pack's `column_peers`, each with the error to report if no pack defines it. */
  readonly peerReferences: ReadonlyArray<{ readonly detector: string; readonly unknown: ConfigError }>;
}

export interface RuleSet {
  readonly dir: string;
  readonly packs: readonly LoadedPack[];
  readonly rules: readonly CompiledRule[];
}

const DEFAULT_LENGTH: Record<ScannerName, [number, number]> = {
  alnum: [6, 40],
  digits: [5, 25],
  email: [6, 254],
  name: [2, 4],
};

/** A header cell as `name_parts` words are compared: `Last Name`, `LastName` and `last_name` alike. */
export const headerWord = (text: string): string => text.toLowerCase().replace(/[\s_\-"'`\ufeff]/g, '');

/** All `*.yaml` packs under dir, except policies/ and data/. Sorted for stable ids and output. */
export function listPackFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (d === dir && (name === 'policies' || name === 'data')) continue;
        walk(p);
      } else if (name.endsWith('.yaml') || name.endsWith('.yml')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

function describeRulePath(data: unknown): (path: readonly PathSegment[]) => string {
  return (path) => {
    if (path[0] !== 'rules' || typeof path[1] !== 'number') return path.join('.');
    const rules = (data as { rules?: Array<{ id?: unknown }> } | null)?.rules;
    const id = rules?.[path[1]]?.id;
    const head = typeof id === 'string' ? id : `rules[${path[1]}]`;
    return [head, ...path.slice(2)].join('.');
  };
}

/** Words of a list file; `=word` (excluded as itself only) is allowed in an exclude list alone. */
function loadDictionary(dir: string, file: string, where: (problem: string) => ConfigError, exclude = false): Set<string> {
  let text: string;
  try {
    text = readFileSync(join(dir, file), 'utf8');
  } catch {
    throw where(`cannot read ${file}`);
  }
  const words = new Set<string>();
  text.split(/\r?\n/).forEach((line, i) => {
    for (const w of line.replace(/#.*/, '').split(/\s+/)) {
      if (!w) continue;
      if (w.startsWith('=') && (!exclude || w.length === 1)) throw where(`${file}:${i + 1}: '${w}': only an exclude list marks a word with '=' (itself only)`);
      words.add(w);
    }
  });
  return words;
}

/**
 * A variants file: each character, or a word whose forms are not its
 * characters' (联系人 → 聯繫人: 系 alone stays 系), and the other forms it is
 * written in, each as long as it.
 */
type Variants = { readonly chars: ReadonlyMap<string, readonly string[]>; readonly words: ReadonlyMap<string, readonly string[]> };
const NO_VARIANTS: Variants = { chars: new Map(), words: new Map() };

function loadVariants(dir: string, file: string, where: (problem: string) => ConfigError): Variants {
  let text: string;
  try {
    text = readFileSync(join(dir, file), 'utf8');
  } catch {
    throw where(`cannot read ${file}`);
  }
  const chars = new Map<string, readonly string[]>();
  const words = new Map<string, readonly string[]>();
  text.split(/\r?\n/).forEach((line, i) => {
    const forms = line.replace(/#.*/, '').split(/\s+/).filter(Boolean);
    if (forms.length === 0) return;
    const length = [...forms[0]!].length;
    if (forms.length < 2 || forms.some((f) => [...f].length !== length)) throw where(`${file}:${i + 1}: expected a character or word and its other forms, each as long as it`);
    const map = length === 1 ? chars : words;
    if (map.has(forms[0]!)) throw where(`${file}:${i + 1}: '${forms[0]}' is listed twice (give all its forms on one line)`);
    map.set(forms[0]!, forms.slice(1));
  });
  return { chars, words };
}

/**
 * A word, then the word written in the other forms throughout (the k-th form of
 * each character that has one: 联系人 → 聯係人, 聯繫人), then its own forms
 * (联系人 聯繫人); `=` kept in front. Not every mix of forms: nobody writes
 * 聯系人, and each form of each keyword is states of the keyword automaton.
 */
function addForms(word: string, variants: Variants, out: Set<string>): void {
  out.add(word);
  const mark = word.startsWith('=') ? '=' : '';
  const bare = mark ? word.slice(1) : word;
  const chars = [...bare];
  const alts = chars.map((ch) => variants.chars.get(ch));
  const most = Math.max(0, ...alts.map((a) => a?.length ?? 0));
  for (let k = 0; k < most; k++) out.add(mark + chars.map((ch, i) => alts[i]?.[Math.min(k, alts[i]!.length - 1)] ?? ch).join(''));
  for (const f of variants.words.get(bare) ?? []) out.add(mark + f);
}

const expandList = (words: readonly string[], variants: Variants): string[] => [...expandSet(words, variants)!];
function expandSet(words: Iterable<string> | undefined, variants: Variants): Set<string> | undefined {
  if (!words) return undefined;
  const out = new Set<string>();
  for (const w of words) addForms(w, variants, out);
  return out;
}

export function loadPack(dir: string, file: string, seen: Map<string, string>): LoadedPack {
  const shown = relative(process.cwd(), file) || file;
  const text = readFileSync(file, 'utf8');
  const { value, yaml } = loadYaml(shown, text, packSchema, (path, data) => describeRulePath(data)(path));
  const errors: ConfigError[] = [];
  let variants = NO_VARIANTS;
  if (value.variants) {
    try {
      variants = loadVariants(dir, value.variants, (problem) => new ConfigError(shown, lineOf(yaml, ['variants']), 'variants', problem));
    } catch (e) {
      throw new ConfigErrors([e as ConfigError]);
    }
  }
  const rules: CompiledRule[] = [];
  const peerReferences: Array<{ detector: string; unknown: ConfigError }> = [];
  value.rules.forEach((spec, i) => {
    const at = (field: string): number => lineOf(yaml, ['rules', i, field]);
    const err = (field: string, problem: string): ConfigError => new ConfigError(shown, at(field), `${spec.id}.${field}`, problem);
    spec.context.column_peers.forEach((detector, k) => {
      const line = lineOf(yaml, ['rules', i, 'context', 'column_peers', k]);
      peerReferences.push({ detector, unknown: new ConfigError(shown, line, `${spec.id}.context.column_peers`, `no rule reports the detector ${detector}`) });
    });
    const previous = seen.get(spec.id);
    if (previous) {
      errors.push(err('id', `duplicate rule id (first defined in ${previous})`));
      return;
    }
    seen.set(spec.id, `${shown}:${at('id')}`);
    let pattern: RE2;
    let batchPattern: RE2;
    try {
      pattern = new RE2(`^(?:${spec.pattern})$`, 'u');
      batchPattern = new RE2(`^(?:${spec.pattern})$`, 'gmu');
    } catch (e) {
      errors.push(err('pattern', `RE2 rejects the pattern: ${(e as Error).message}`));
      return;
    }
    if (spec.scanner === 'name' && !spec.dictionary) {
      errors.push(err('dictionary', 'the name scanner needs a surname dictionary'));
      return;
    }
    let dictionary: Set<string> | undefined;
    let exclude: Set<string> | undefined;
    let bareNames: Set<string> | undefined;
    let givenChars: Set<string> | undefined;
    let looseExclude: Set<string> | undefined;
    try {
      if (spec.dictionary) dictionary = loadDictionary(dir, spec.dictionary, (problem) => err('dictionary', problem));
      if (spec.exclude) exclude = loadDictionary(dir, spec.exclude, (problem) => err('exclude', problem), true);
      if (spec.bare_names) bareNames = loadDictionary(dir, spec.bare_names, (problem) => err('bare_names', problem));
      for (const file of typeof spec.given_chars === 'string' ? [spec.given_chars] : (spec.given_chars ?? [])) {
        for (const w of loadDictionary(dir, file, (problem) => err('given_chars', problem))) for (const ch of w) (givenChars ??= new Set()).add(ch);
      }
      if (spec.loose_exclude) looseExclude = loadDictionary(dir, spec.loose_exclude, (problem) => err('loose_exclude', problem));
      // A label is not a name: 车主, 顾问 and 权利人 in a cell are a header's words
      // (each as itself only, as `=word` in the exclude file: 车主 is no name, 车主X may be).
      if (spec.scanner === 'name') for (const k of [...(spec.context?.keywords ?? []), ...(spec.context?.weak ?? []), ...(spec.context?.titles ?? [])]) if (!/^[\x20-\x7e]+$/.test(k)) (exclude ??= new Set()).add(`=${k}`);
      if (variants !== NO_VARIANTS) {
        dictionary = expandSet(dictionary, variants);
        exclude = expandSet(exclude, variants);
        bareNames = expandSet(bareNames, variants);
        givenChars = expandSet(givenChars, variants);
        looseExclude = expandSet(looseExclude, variants);
      }
    } catch (e) {
      errors.push(e as ConfigError);
      return;
    }
    rules.push(
      Object.freeze({
        id: spec.id,
        detector: spec.detector ?? spec.id,
        description: spec.description,
        category: spec.category,
        scanner: spec.scanner,
        length: spec.length ?? DEFAULT_LENGTH[spec.scanner],
        pattern,
        batchPattern,
        validator: spec.validator ? VALIDATORS[spec.validator] : undefined,
        dictionary,
        exclude,
        bareNames,
        givenChars,
        looseExclude,
        nameParts:
          spec.name_parts &&
          Object.freeze({ family: new Set(expandList(spec.name_parts.family, variants).map(headerWord)), given: new Set(expandList(spec.name_parts.given, variants).map(headerWord)) }),
        context: Object.freeze({
          ...spec.context,
          keywords: expandList(spec.context.keywords, variants),
          negative: expandList(spec.context.negative, variants),
          refuting: expandList(spec.context.refuting, variants),
          weak: expandList(spec.context.weak, variants),
          titles: expandList(spec.context.titles, variants),
        }),
        spaced: new Set([...spec.context.keywords, ...spec.context.weak, ...spec.context.titles]),
        confidence: spec.confidence,
        mask: spec.mask,
        recordField: spec.record_field,
        file: shown,
      }),
    );
  });
  if (errors.length) throw new ConfigErrors(errors);
  const samples = file.replace(/\.ya?ml$/, '.txt');
  let hasSamples = false;
  try {
    hasSamples = statSync(samples).isFile();
  } catch {
    hasSamples = false;
  }
  return Object.freeze({ file: shown, name: value.pack, rules: Object.freeze(rules), samples: hasSamples ? samples : undefined, peerReferences });
}

/** Load every pack under dir. Throws ConfigErrors listing every problem found. */
export function loadRuleDir(dir: string): RuleSet {
  const seen = new Map<string, string>();
  const packs: LoadedPack[] = [];
  const errors: ConfigError[] = [];
  const files = listPackFiles(dir);
  if (files.length === 0) throw new ConfigErrors([new ConfigError(dir, 1, '', 'no rule packs (*.yaml) found')]);
  for (const file of files) {
    try {
      packs.push(loadPack(dir, file, seen));
    } catch (e) {
      if (e instanceof ConfigErrors) errors.push(...e.errors);
      else if (e instanceof ConfigError) errors.push(e);
      else throw e;
    }
  }
  const detectors = new Set(packs.flatMap((p) => p.rules.map((r) => r.detector)));
  for (const p of packs) for (const ref of p.peerReferences) if (!detectors.has(ref.detector)) errors.push(ref.unknown);
  if (errors.length) throw new ConfigErrors(errors);
  return Object.freeze({ dir, packs: Object.freeze(packs), rules: Object.freeze(packs.flatMap((p) => p.rules)) });
}
