// Rule-pack schema: what the security team may write in rules/*.yaml.
import { z } from 'zod';
import { CATEGORIES } from '../types.js';
import { SCANNERS } from '../scan/scanners.js';
import { VALIDATORS } from './validators/index.js';

const positiveInt = z.number({ error: 'expected a positive integer' }).int('expected a positive integer').positive('expected a positive integer');
const keywordList = z.array(z.string().min(1, 'expected a non-empty keyword'), { error: 'expected a list of keywords' });
const validatorNames = Object.keys(VALIDATORS);

export const contextSchema = z.strictObject({
  /** Words that make a candidate more likely (a column header, a label before the value, nearby prose). */
  keywords: keywordList.default([]),
  /** Characters either side in which keywords count (Purview uses 300). */
  window: positiveInt.default(300),
  /** Words that suppress a candidate when they label it (订单号, 快递单号 …). */
  negative: keywordList.default([]),
  /** How close before the value a negative word must stand to label it. */
  negative_window: positiveInt.default(24),
  /**
   * Words that say a value failed its check (校验失败, 卡号错误): on the value's
   * line they drop a value its validator could not vouch for (a UnionPay 62
   * number failing Luhn, which cn-formats §5.2 otherwise keeps); a value that
   * passes its check stays, whatever the line says.
   */
  refuting: keywordList.default([]),
  /**
   * Labels that name what one is as often as who (我是代购, 我是张伟): positive
   * context like `keywords`, but a name after one is held to the checks of a
   * name inside a sentence (`given_chars`, `loose_exclude`), may follow what
   * the person is (我是新来的张伟), and is one name, not the head of a list.
   */
  weak: keywordList.default([]),
  /**
   * Labels that are a person's title in prose too (科主任, 审判员): positive
   * context like `keywords`, but a name only after a separator (科主任：赵文文,
   * 审判员  马磊) or in the column they head, not glued to them in a
   * sentence (心内科主任周宏介绍…).
   */
  titles: keywordList.default([]),
  /** Without a keyword the candidate is not reported (passports, legacy IDs, names). */
  required: z.boolean({ error: 'expected true or false' }).default(false),
  /**
   * Only a label vouches: a keyword just before the value (within
   * `negative_window`, no digits between) or its column's header, not one
   * anywhere in the window. For values of no shape of their own (台胞证: any
   * 8 digits), where the order number ending the row above a 台胞证 row is not one.
   */
  label_only: z.boolean({ error: 'expected true or false' }).default(false),
  /**
   * Detectors whose values down the same table column vouch for a value of
   * this rule that no keyword labels: an ID column (身份证号, 驾驶证号,
   * 身份证号/信用代码) holds whichever document a person has, so E12345678
   * among resident IDs is a passport. Two such values under the same header
   * are needed; a column its header disowns vouches for nothing.
   */
  column_peers: z.array(z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected a detector id'), { error: 'expected a list of detector ids' }).default([]),
  /** Confidence added when a keyword is present. */
  bonus: z.number({ error: 'expected a number' }).int().min(0).max(100).default(15),
});

export const ruleSchema = z.strictObject({
  id: z.string({ error: 'expected a rule id' }).regex(/^[a-z][a-z0-9_]*$/, 'expected snake_case letters, digits and _'),
  /** The detector id reported (DESIGN.md); defaults to the rule id. Several rules may feed one detector. */
  detector: z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected snake_case letters, digits and _').optional(),
  description: z.string({ error: 'expected a description' }).min(1),
  category: z.enum(CATEGORIES, { error: `expected one of ${CATEGORIES.join(', ')}` }),
  /** Built-in candidate scanner that proposes spans for this rule (the fast path). */
  scanner: z.enum(SCANNERS, { error: `expected one of ${SCANNERS.join(', ')}` }),
  /** Candidate size: digits for `digits`, characters for `alnum`/`name`. */
  length: z
    .tuple([positiveInt, positiveInt], { error: 'expected [min, max]' })
    .refine(([a, b]) => a <= b, 'expected min <= max')
    .optional(),
  /** RE2 syntax; must match the whole candidate. */
  pattern: z.string({ error: 'expected an RE2 pattern' }).min(1),
  validator: z
    .string()
    .refine((v) => validatorNames.includes(v), { message: `unknown validator (known: ${validatorNames.join(', ')})` })
    .optional(),
  /** File of words (one per line) the scanner needs, relative to the rules directory (e.g. surnames). */
  dictionary: z.string().min(1).optional(),
  /** File of words that are never values of this rule (e.g. 余额, 周一, 江苏 for names). */
  exclude: z.string().min(1).optional(),
  /** File of names written without a Han surname (扎西, 其其格): a value is one, or two of them (扎西顿珠). */
  bare_names: z.string().min(1).optional(),
  /**
   * File of characters common in given names (one or more per line): a name
   * read from inside a sentence, where words around it are all that bound
   * it, must have its given name of these (孙娜英, not 代购 or 房产).
   */
  given_chars: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
  /**
   * File of words that pass those checks but are brands, companies or places
   * (苏宁, 东航, 浦东): never read as a name where only the words around it
   * say it is one. A name column or label still may (方正 can be a person).
   */
  loose_exclude: z.string().min(1).optional(),
  /**
   * Header words of a name cut into two columns (姓 | 名, Last Name | First
   * Name: contact exports): under a header with one of each, the two cells
   * are read as one name. Matched as a whole cell, letter case, spaces, `_`
   * and `-` aside.
   */
  name_parts: z.strictObject({ family: keywordList.min(1), given: keywordList.min(1) }, { error: 'expected family: [...] and given: [...]' }).optional(),
  context: contextSchema.prefault({}),
  /** Base confidence 0..100 (reported: medium ≥ 65, high ≥ 85). */
  confidence: z.number({ error: 'expected a number from 0 to 100' }).int().min(0).max(100),
  /** Characters kept visible at the start and end of the masked value. */
  mask: z.tuple([z.number().int().min(0), z.number().int().min(0)], { error: 'expected [keep_start, keep_end]' }).default([3, 4]),
  /** Does this value identify a person's record field (for record grouping)? */
  record_field: z.boolean().default(true),
});

export const packSchema = z.strictObject({
  pack: z.string({ error: 'expected a pack name' }).min(1),
  description: z.string().optional(),
  /**
   * File of character variants, relative to the rules directory: a line is a
   * character and the forms it is also written in (张 張: simplified, then
   * traditional). Every keyword and word list of the pack's rules is read in
   * each form, so a Hong Kong or Taiwan customer's 鍾文傑 under 聯絡人 is found
   * as 钟文杰 under 联系人 is.
   */
  variants: z.string().min(1).optional(),
  rules: z.array(ruleSchema, { error: 'expected a list of rules' }).min(1, 'expected at least one rule'),
});

export type RuleSpec = z.output<typeof ruleSchema>;
export type PackSpec = z.output<typeof packSchema>;
