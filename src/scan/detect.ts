// Detection for one text unit: chunks of UTF-8 in, findings and person
// records out (into the item's accumulator). See README.md for the design.
//
//   bytes ─► lines + keyword hits (one automaton pass)
//         ─► candidates (digit runs, alnum tokens, '@' spans)
//         ─► validator (JS, picks spans) ─► RE2 pattern (batched) ─► context
//         ─► names (labels, name columns, record rows) ─► records
import type { UnitShape, UnitWriter } from '../extract/types.js';
import { headerWord, type CompiledRule } from '../rules/load.js';
import { TRUNK_PREFIX_GROUP } from '../rules/validators/cn-mobile.js';
import type { ValidatorResult } from '../rules/validators/types.js';
import { luhnValid } from '../rules/validators/luhn.js';
import { fieldHash, RecordDraft, type ItemAccumulator } from './accumulate.js';
import type { Engine, KeywordRole } from './engine.js';
import {
  ADDRESSEE_WORDS,
  cellBounds,
  cellIndexAt,
  annotatedName,
  bracketAt,
  cjkCell,
  decodeCell,
  hasLongDigitRun,
  hasNumberCell,
  isCjkAt,
  isCjkNameShape,
  nameHanAt,
  cellStarts,
  cjkRunAfter,
  cjkRunBefore,
  spacedNames,
  tokenAfter,
  tokenBefore,
  type CellStarts,
  nameBeforeNumber,
  nameBeforeJobTitle,
  nameAfterNumber,
  afterJsonKey,
  namesTogether,
  greetedName,
  nameBesideLatin,
  titleAt,
  titleFollows,
  maskMarkAt,
  maskedNumberAt,
  isMaskedNumberLine,
  isTitleRow,
  isJobTitleLine,
  JOB_TITLES,
  lineStart,
  lineEndsOf,
  listItemAt,
  nameCellValue,
  nameDotAt,
  NAME_DOTS,
  paddingAt,
  rowUnderHeader,
  type HeaderRow,
  someTextToken,
  splitTextTokens,
  startsLine,
  trimmedLine,
  whitespaceCells,
  wideSpaceCells,
  displayColumns,
} from './cells.js';
import { columnGroups, LINE_BLANK, LINE_LABEL, LINE_NAME, LINE_OTHER } from './column-dumps.js';
import { inlineSender, messageHeader, nicknameParts, senderOverStamp } from './chat-headers.js';
import { unboxed } from './box-drawing.js';
import { nbspAsSpaces } from './nbsp.js';
import { bedPatients, bracketedNumberOwner, calledNames, counterpartyNames, dashedWords, groupMembers, kinNames, ledgerNames, mailboxNames, messageAddressees, mournerNames, numberedNamesInLine, quotedWriters, type NameSpan } from './name-phrases.js';
import { CELL_FIELD_LABEL, CELL_LABEL, CELL_NAME_LABEL, cellLineTables, isLabelLine, type CellFit, type CellLineTable } from './cell-lines.js';
import { lookalikeDigits, spelledDigits, undisguise } from './disguise.js';
import { inQuotedHeader } from './quoted-headers.js';
import { reflowWrapped } from './reflow.js';
import { partedFieldsAsTabs } from './parted-fields.js';
import { cellRefsAsSpaces } from './cell-refs.js';
import { namesInSentence } from './sentence-names.js';
import { KeywordHits } from './keyword-hits.js';
import { emailText, hexDigit, isAsciiAlnum, isAsciiDigit, isAsciiLetter, scanEmails, scanRuns, type DigitRun } from './tokens.js';
import { codePointAt, utf8Width } from './utf8.js';

/** Process text in segments of about this size, cut at line ends. */
const SEGMENT = 1 << 20;
/** Longest line (bytes) taken for a row whose delimiters OCR lost (the regex below backtracks on a long one). */
const MAX_GAP_ROW = 600;
/** Three cells or more parted by two spaces, an ideographic space or a full-width bar: a row whose delimiters OCR lost. */
const SPACED_CELLS = /\S(?: {2,}|\u3000| ?｜ ?)\S.*\S(?: {2,}|\u3000| ?｜ ?)\S/u;
/** A line longer than this is cut anyway (minified data); values at the cut may be missed. */
const MAX_LINE = 4 << 20;
/** Bytes per context-window character: CJK is 3 bytes in UTF-8, ASCII 1; 2 is the compromise. */
const BYTES_PER_CHAR = 2;
/**
 * Wide punctuation that may split the digits of a value (`138·0013·8000`,
 * `138—0013—8000`, `138，0013，8000`, `（138）0013`), with the other middle
 * dots and bullets an input method offers (・ ･ • ∙ ‧).
 */
const WIDE_PUNCTUATION = new Set([...'·–—―～（）－，．／、。\u3000・･•∙‧'].map((ch) => ch.codePointAt(0)!));

/** Wide marks that may stand between a label and its value: ：, and ） closing a bracketed label. */
const WIDE_LABEL_ENDS = new Set([...'：）'].map((ch) => ch.codePointAt(0)!));

/** Width of a WIDE_PUNCTUATION mark at p; 0 for anything else. */
function widePunctuationAt(seg: Buffer, p: number): number {
  return WIDE_PUNCTUATION.has(codePointAt(seg, p)) ? utf8Width(seg[p]!) : 0;
}

/** A run of seven spelled digits holds at least three pairs of numerals (一三 八〇 〇一 三…). */
const MIN_SPELLED_PAIRS = 3;
/** Reported findings need at least this confidence (medium). */
export const MIN_CONFIDENCE = 65;
/** Fewest values of one detector in a row that make it a field row of a transposed list. */
const TRANSPOSED_MIN = 5;
/** Longest line (bytes, trimmed) taken for a column's heading in a table dumped a column at a time. */
const MAX_COLUMN_HEADING = 30;
/** Fewest values that make a column a list whatever its header says (isListDespiteHeader). */
const LIST_MIN = 10;

/** Rule ids are indices into a pack set of a few dozen rules: cell × this + rule is a column-and-rule key. */
const RULE_KEY_SPAN = 1 << 16;

/** Candidates a column header disowned, by header, column and rule. */
class DisownedColumns {
  private readonly byHeader = new Map<TableHeader, Map<number, { cell: number; hits: Hit[] }>>();

  add(header: TableHeader, cell: number, c: Hit): void {
    let columns = this.byHeader.get(header);
    if (!columns) this.byHeader.set(header, (columns = new Map()));
    const key = cell * RULE_KEY_SPAN + c.rule;
    let group = columns.get(key);
    if (!group) columns.set(key, (group = { cell, hits: [] }));
    group.hits.push(c);
  }

  *groups(): Generator<{ header: TableHeader; cell: number; hits: Hit[] }> {
    for (const [header, columns] of this.byHeader) for (const { cell, hits } of columns.values()) yield { header, cell, hits };
  }
}

/**
 * A value in a segment: a candidate from a scanner until confirm() judges it,
 * then a finding with its confidence and line. One object all the way (the
 * hot path allocates one per candidate, not two).
 */
class Hit {
  confidence = 0;
  line = 0;
  /** Dropped by the rule's RE2 pattern. */
  rejected = false;
  /**
   * A surname and a form of address (张先生, 王老师): a person of the record it
   * stands in — a list of them is a customer list — but no name to report.
   */
  addressOnly = false;
  /** Inside another finding (a mobile that is an e-mail address's user name): reported, but the same datum, no second field. */
  nested = false;
  /**
   * A name that is not the person of the fields beside it: in a column
   * beside the row's name column that no keyword labels (处理坐席 beside
   * 客户姓名: the agent who took the call), or alone with a colon over a
   * message (高娜敏:). Reported, no field of a record.
   */
  aside = false;
  /** Its table cell, once accepted (-1: none). */
  cell = -1;
  /** Its validator had no opinion (a UnionPay 62 number failing Luhn): words on its line that refute it drop it. */
  unvouched = false;
  /**
   * Refuted by its line (卡号=6236… 校验不通过): not reported, but until the
   * names are found a number the text gives as someone's (李家豪的卡号…).
   */
  refuted = false;
  constructor(
    readonly rule: number,
    readonly start: number,
    readonly end: number,
    /** The candidate's text as matched (what RE2 confirms). */
    readonly text: string,
    /** Its normalised value (the validator's, else the text). */
    readonly value: string,
    /** The validator's confidence adjustment, less 10 when glued to letters. */
    readonly adjust: number,
    /** Names no person (ValidatorResult.impersonal): found, but no person field. */
    readonly impersonal = false,
  ) {}
}

/** How far around a number's head wrappedNumber looks for the line's ends and the next line's indent. */
const WRAP_REACH = 1024;

/** A candidate accepted by its validator. */
const candidate = (rule: number, start: number, end: number, text: string, result: ValidatorResult, glued: boolean): Hit => {
  const hit = new Hit(rule, start, end, text, result.value ?? text, (result.adjust ?? 0) - (glued ? 10 : 0), result.impersonal === true);
  hit.unvouched = result.valid === undefined;
  return hit;
};

interface TableHeader {
  /** Line within the segment it was found in; -1 once carried over to later segments. */
  line: number;
  /** Keyword ids per column. */
  columns: number[][];
  /** Columns headed by a name label (姓名, 联系人 …). */
  nameColumns: number[];
  /** Name columns headed by titles only (处理坐席, 催收员: who handled the row) beside one that is not: another person than the row's. */
  staffColumns: number[];
  /** Every name column is headed by titles only (工单号 | 用户 | 电话 | … | 工程师): the row's own person is in a cell no keyword heads. */
  staffOnly: boolean;
  /** A name cut in two: the family-name and the given-name column (姓 | 名, Last Name | First Name). */
  nameParts?: readonly [family: number, given: number];
  /** Where each column starts (a header of text only: fixed-width rows line up under it). */
  at?: CellStarts;
}

export class UnitDetector implements UnitWriter {
  /**
   * Text written but not yet read (a segment being filled, or a line not yet
   * ended), at the start of a buffer reused from segment to segment: a fresh
   * megabyte per segment was garbage, external memory freed only when a GC
   * gets to it (~50 MB of it per worker at the peak).
   */
  private pending: Buffer = Buffer.alloc(0);
  private pendingBytes = 0;
  /** pending[0, searched) holds no line end: a long line is searched once, not once per piece written. */
  private searched = 0;
  /** Unit offset of the next segment's first byte. */
  private base = 0;
  /** Line number of the next segment's first line. */
  private lineBase = 0;
  private acState = 0;
  /** Keyword hits of the current segment, after those near the end of the previous one (windows straddle segments). */
  private hits = new KeywordHits();
  /** The table header in force at the start of the segment (from an earlier one). */
  private header: TableHeader | null = null;
  /** Headers found in the current segment, by line. */
  private segmentHeaders: TableHeader[] = [];
  /** Rows of the current segment placed under a text header, by line: confirm and names read the same rows. */
  private textRows = new Map<number, HeaderRow | null>();
  /** The segment being read holds disguised text (set by the automaton's callback). */
  private disguised = false;
  /** Where two Chinese numerals end in the segment being read (spelled digits may be there). */
  private spelledPairs: number[] = [];
  /** Where a digit beside o, l or i ends in the segment being read (look-alike letters may be there). */
  private lookalikePairs: number[] = [];
  /** The segment being read holds a ledger's title (礼金簿, 芳名录, 接龙): its lines of names and amounts are read. */
  private ledgerTitled = false;
  /**
   * Text units: lines of the current segment inside a delimited block (a CSV
   * or TSV export pasted into a mail or a note), as the block's first line
   * and delimiter; such lines are read as table rows under the block's header.
   */
  private blockOf: Int32Array = new Int32Array(0);
  private delimiterOf: Uint8Array = new Uint8Array(0);
  /** A delimited block that reached the end of the last segment: the next segment's first lines may continue it. */
  private openBlock: { delimiter: number; cells: number; header: TableHeader | null } | null = null;
  /** Set when the block starting at line 0 continues openBlock: its header (null: it had none). */
  private continued: { header: TableHeader | null } | null = null;
  /** Table: detector counts per column, for column consistency. */
  private columnCounts = new Map<number, number>();
  /**
   * Per rule, 0 when it needs a label (`required`), has no `column_peers` to
   * vouch for it instead, and none of its keywords is in the segment's hits
   * or a header carried into it: its candidates cannot be reported, so none
   * are made (a decoy file's thousands of codes are no 台胞证 without 台胞证
   * somewhere). 1 otherwise.
   */
  private armed: Uint8Array;
  /** Scratch cell bounds for one row at a time (cellBounds' `out`): read before the next row is cut. */
  private readonly rowCells: number[] = [];
  /** A 姓名：/电话：/身份证： block being collected over consecutive lines, and its last line. */
  private block = new RecordDraft();
  private blockLastLine = -10;
  /** In a chat, who sent the message the block began in. */
  private blockSender: string | null = null;
  /** The current line's record fields (scratch). */
  private lineFields = new RecordDraft();
  /** Lines of the segment in a table dumped a column at a time: the person (row) each belongs to, else -1; null when none. */
  private columnRows: Int32Array | null = null;
  /** Lines of the segment that hold a person per field (a list on its side, in text): 1, the k-th field being person columnRows[line] + k. */
  private columnAcross: Uint8Array | null = null;
  private columnPeople = 0;
  /** Per line of the segment, the sender a chat's message header there names (彭子飞 11:57:24); null when the text is no chat. */
  private senderLines: Array<string | undefined> | null = null;
  /** names(): 1 where a keyword starts in the segment (scratch, all 0 between calls). */
  private keywordStarts = new Uint8Array(0);
  private ended = false;

  constructor(
    private readonly engine: Engine,
    private readonly acc: ItemAccumulator,
    private readonly location: string,
    private readonly shape: UnitShape,
  ) {
    this.armed = new Uint8Array(engine.rules.length);
  }

  /** The caller's buffer is read during the call only: what is kept is copied. */
  write(text: Buffer | string): void {
    if (this.ended) return;
    const buf = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    if (buf.length === 0) return;
    if (this.pendingBytes === 0 && buf.length >= SEGMENT) {
      // A whole segment or more: read in place, only its unfinished last line copied.
      this.keep(buf, this.read(buf, false));
      return;
    }
    this.reserve(this.pendingBytes + buf.length);
    buf.copy(this.pending, this.pendingBytes);
    this.pendingBytes += buf.length;
    if (this.pendingBytes >= SEGMENT) this.flush(false);
  }

  end(): void {
    if (this.ended) return;
    this.flush(true);
    this.flushBlock();
    this.ended = true;
  }

  private flush(final: boolean): void {
    if (this.pendingBytes === 0) return;
    const data = this.pending.subarray(0, this.pendingBytes);
    const cut = this.read(data, final, this.searched);
    if (cut > 0) this.keep(data, cut);
    else this.searched = data.length; // one line still: it stays where it is
  }

  /**
   * Reads `data` up to its last line end (all of it when final, or when one
   * line grows too long; data[0, searched) is known to hold none); returns
   * where it stopped.
   */
  private read(data: Buffer, final: boolean, searched = 0): number {
    let cut = data.length;
    if (!final) {
      const nl = data.subarray(searched).lastIndexOf(0x0a);
      cut = nl < 0 ? 0 : searched + nl + 1;
      if (cut === 0) {
        if (data.length < MAX_LINE) return 0;
        cut = safeCut(data);
      }
    }
    if (cut > 0) this.process(data.subarray(0, cut));
    return cut;
  }

  /** Keeps data[from..] as the pending text (data may be the pending buffer itself): what follows the last line end read, so it holds none. */
  private keep(data: Buffer, from: number): void {
    const rest = data.length - from;
    this.reserve(rest);
    data.copy(this.pending, 0, from);
    this.pendingBytes = rest;
    this.searched = rest;
  }

  private reserve(bytes: number): void {
    if (this.pending.length >= bytes) return;
    // Doubling: a long line written in small pieces is copied a few times, not once a piece.
    const next = Buffer.allocUnsafe(Math.max(bytes, 2 * this.pending.length));
    this.pending.copy(next, 0, 0, this.pendingBytes);
    this.pending = next;
  }

  /** The automaton's callback for one segment: keyword hits in unit offsets; disguise markers set a flag. */
  private keywordHitsOf(seg: Buffer): (kw: number, end: number) => void {
    const e = this.engine;
    const hits = this.hits;
    const base = this.base;
    return (kw, end) => {
      if (kw >= e.ledgerFrom) {
        this.ledgerTitled = true;
        return;
      }
      if (kw >= e.lookalikeFrom) {
        this.lookalikePairs.push(end);
        return;
      }
      if (kw >= e.spelledFrom) {
        this.spelledPairs.push(end);
        return;
      }
      if (kw >= e.disguiseFrom) {
        this.disguised = true;
        return;
      }
      const start = end - e.automaton.lengths[kw]!;
      if (e.asciiWord[kw] && !isWordAt(seg, start, end)) return; // QQ in qq.com, Tel in Telegram
      hits.push(kw, base + start, base + end);
    };
  }

  private process(raw: Buffer): void {
    const e = this.engine;
    // Keyword hits, carried across segments by the automaton state.
    const hits = this.hits;
    const state = this.acState;
    const mark = hits.length;
    this.disguised = false;
    this.ledgerTitled = false;
    this.spelledPairs.length = 0;
    this.lookalikePairs.length = 0;
    this.acState = e.automaton.scan(raw, 0, raw.length, state, this.keywordHitsOf(raw));
    let seg = raw;
    // Disguised text (disguise.ts) undone, and the segment read again: zero-width
    // characters and \u escapes first, then digits spelled as Chinese numerals.
    const reread = (text: Buffer): void => {
      seg = text;
      hits.truncate(mark);
      this.spelledPairs.length = 0;
      this.lookalikePairs.length = 0;
      this.acState = e.automaton.scan(seg, 0, seg.length, state, this.keywordHitsOf(seg));
    };
    if (this.disguised) {
      const plain = undisguise(raw);
      if (plain !== raw) reread(plain);
    }
    if (this.spelledPairs.length >= MIN_SPELLED_PAIRS) {
      const digits = spelledDigits(seg, this.spelledPairs);
      if (digits !== seg) reread(digits);
    }
    // A list whose fields runs of hyphens or # part is read as one parted by tabs (parted-fields.ts), a sheet
    // dumped a cell at a time with its references (A2=高子涵 | B2=女) as its rows (cell-refs.ts): same
    // length, and before the reflow, which takes a line with a tab for a table's.
    if (this.shape.kind === 'text') seg = cellRefsAsSpaces(partedFieldsAsTabs(seg));
    // Line ends.
    let lineEnds = lineEndsOf(seg);
    // A paragraph hard-wrapped at a fixed width is read with its lines joined (reflow.ts).
    if (this.shape.kind === 'text') {
      const flowed = reflowWrapped(seg, lineEnds);
      if (flowed !== seg) {
        reread(flowed);
        lineEnds = lineEndsOf(seg);
      }
    }
    // Look-alike letters become digits in place: same length, keywords where they were.
    if (this.lookalikePairs.length > 0) seg = lookalikeDigits(seg, this.lookalikePairs);
    // A table drawn with │ and ─ is read as one drawn with | and - (box-drawing.ts): same length.
    seg = nbspAsSpaces(unboxed(seg));
    const len = seg.length;
    if (this.shape.kind === 'text') this.findDelimitedBlocks(seg, lineEnds);
    this.findHeaders(seg, hits, lineEnds);
    this.arm(hits);
    const candidates = this.candidates(seg);
    this.punctuatedCells(seg, lineEnds, candidates);
    this.punctuatedAfterLabels(seg, hits, candidates);
    const found = this.confirm(seg, candidates, hits, lineEnds);
    this.columnRows = null;
    this.columnAcross = null;
    this.columnPeople = 0;
    this.senderLines = null;
    this.names(seg, hits, lineEnds, found);
    dropRefuted(found);
    // Lines of fields of one detector, names included: the rows of a list on its side.
    const oneKind = this.sameFieldCounts(found, lineEnds.length);
    if (this.shape.kind === 'text') this.acrossLines(found, oneKind);
    this.recordsOf(seg, found, lineEnds);
    this.transposedRecords(seg, found, lineEnds, oneKind);
    if (this.openBlock) {
      const h = this.headerFor(lineEnds.length - 1);
      this.openBlock.header = h && { ...h, line: -1 }; // its line number belongs to this segment
    }
    // Keep the hits that can still be in a window of the next segment.
    const keepFrom = this.base + len - 600 * BYTES_PER_CHAR;
    hits.keepFrom(keepFrom);
    // A table unit's header carries to the next segment; a pasted block's rides with openBlock.
    const last = this.segmentHeaders.filter((h) => !this.delimiterOf[h.line]).at(-1);
    if (last) this.header = { ...last, line: -1 };
    this.segmentHeaders = [];
    this.textRows.clear();
    this.base += len;
    // A segment cut inside a line (final or over-long) continues that line.
    this.lineBase += seg[len - 1] === 0x0a ? lineEnds.length : lineEnds.length - 1;
  }

  private anyArmed(rules: readonly number[]): boolean {
    for (let i = 0; i < rules.length; i++) if (this.armed[rules[i]!] === 1) return true;
    return false;
  }

  /** Which rules may report in this segment (`armed`): all but those that need a label and have none near. */
  private arm(hits: KeywordHits): void {
    const e = this.engine;
    this.armed.set(e.armedByDefault);
    const mark = (kw: number): void => {
      const rules = e.armsRequired[kw];
      if (rules) for (let i = 0; i < rules.length; i++) this.armed[rules[i]!] = 1;
    };
    for (let i = 0; i < hits.length; i++) mark(hits.kw[i]!);
    for (const h of [this.header, this.openBlock?.header, this.continued?.header]) for (const column of h?.columns ?? []) column.forEach(mark);
  }

  // ── candidates ────────────────────────────────────────────────────────

  private candidates(seg: Buffer): Hit[] {
    const e = this.engine;
    const out: Hit[] = [];
    const onDigits = (run: DigitRun): void => {
      this.spansOf(seg, run, out);
      // The last group may be a wrapped cell's head, and so may one that two spaces part from the next cell;
      // and a card's head written in groups of four at the end of its line (卡号:6228 4852 9140⏎5790 635).
      for (let g = 0; g < run.groups; g++) {
        if (run.groupDigits[g]! <= 17 && (g === run.groups - 1 || run.groupStart[g + 1]! - run.groupEnd[g]! >= 2)) this.wrappedNumber(seg, run, g, out);
      }
      if (run.groups >= 2 && isGroupedCardHead(seg, run)) this.wrappedNumber(seg, run, run.groups - 1, out, 0);
    };
    const onAlnum = (start: number, end: number): void => {
      const rules = e.alnumByLength[end - start];
      if (rules && this.anyArmed(rules)) {
        const text = seg.toString('latin1', start, end);
        for (let ri = 0; ri < rules.length; ri++) {
          const r = rules[ri]!;
          if (this.armed[r] === 0) continue;
          const result = this.validate(r, text);
          if (result) out.push(candidate(r, start, end, text, result, false));
        }
      }
      if (end - start === 10 && start >= 10 && isCreditCodeHead(seg, start - 10)) this.creditCodeInParts(seg, start, end, out);
      // A letter-led number grouped by a space (C7576 0963, L8062 4578: a permit typed in fours).
      const rest = end - start <= 6 && seg[end] === 0x20 && isAsciiLetter(seg[start]!) ? spacedDigitsAfter(seg, end) : 0;
      const joined = rest > 0 ? e.alnumByLength[rest - start - 1] : undefined;
      if (joined && this.anyArmed(joined)) {
        const text = seg.toString('latin1', start, end) + seg.toString('latin1', end + 1, rest);
        for (const r of joined) {
          if (this.armed[r] === 0) continue;
          const result = this.validate(r, text);
          if (result) out.push(candidate(r, start, rest, text, result, false));
        }
      }
      // What is printed in brackets after the token: an HKID's check character, a 回乡证's issue count.
      const suffix = seg[end] === 0x28 || seg[end] === 0x20 || seg[end] === 0xef ? bracketedSuffix(seg, end) : null;
      if (suffix) {
        const text = `${seg.toString('latin1', start, end)}(${suffix.text})`;
        for (const r of e.alnumByLength[text.length] ?? []) {
          if (this.armed[r] === 0) continue;
          const result = this.validate(r, text);
          if (result) out.push(candidate(r, start, suffix.end, text, result, false));
        }
      }
    };
    scanRuns(seg, 0, seg.length, onDigits, onAlnum);
    if (e.emailRules.length) {
      scanEmails(seg, 0, seg.length, (start, end) => {
        const text = emailText(seg, start, end);
        for (let ri = 0; ri < e.emailRules.length; ri++) {
          const r = e.emailRules[ri]!;
          const result = this.validate(r, text);
          if (result) out.push(candidate(r, start, end, text, result, false));
        }
      });
    }
    return out;
  }

  /**
   * A card or ID number cut by a line break, as a PDF's text gives a table's
   * wrapped cell (`… 工行 62220254097984⏎<spaces under the column>92805 粟兰芳 …`)
   * or a form's value runs over (`身份证号:35020319890⏎2152713`): its head ends
   * its cell (its line, or two spaces before the next cell) and the next line
   * starts with the rest, under the head (within two columns) where cells
   * follow the head. A card's head is a UnionPay number's 4 to 15 digits, an
   * ID's 4 to 17 (its rest may end in X), and 12 or more where cells follow it
   * (`4    赵宇轩    42118220031015  1399…⏎               6111`). Read joined as well, when the two
   * make a length a card or an ID has; Luhn, or the ID's check digit, date and
   * region, decide.
   */
  private wrappedNumber(seg: Buffer, run: DigitRun, g: number, out: Hit[], first = g): void {
    let head = 0;
    for (let k = first; k <= g; k++) head += run.groupDigits[k]!;
    const start = run.groupStart[first]!;
    if (head < 4 || head > 17 || run.wide || isAsciiAlnum(seg[start - 1])) return;
    // (A card's head in groups of four may be sixteen digits: 6222 0257 5512 1554⏎533.)
    const card = (head <= 15 || (head === 16 && first < g)) && seg[start] === 0x36 && seg[start + 1] === 0x32;
    let p = run.groupEnd[g]!;
    while (seg[p] === 0x20 || seg[p] === 0x0d) p++;
    const endsLine = seg[p] === 0x0a;
    if (!endsLine && (first < g || !(card || head >= 12) || p - run.groupEnd[g]! < 2)) return;
    // A printed table's row is short: the line's end, its start and the next line's indent are looked
    // for within WRAP_REACH bytes of the head, so a long line of heads costs no scan of it per head.
    if (!endsLine) {
      const nl = seg.subarray(p, p + WRAP_REACH).indexOf(0x0a);
      if (nl < 0) return;
      p += nl;
    }
    const indent = ++p;
    while (seg[p] === 0x20 && p - indent < WRAP_REACH) p++;
    if (!endsLine) {
      const from = Math.max(0, start - WRAP_REACH);
      const lineStart = from + seg.subarray(from, start).lastIndexOf(0x0a) + 1;
      if (lineStart === from && from > 0) return;
      const column = displayColumns(seg, lineStart, [start, start])[0]!;
      if (p - indent < 8 || Math.abs(column - (p - indent)) > 2) return;
    }
    const from = p;
    // (A head written in groups, 6228 4852 9140, goes on in groups: 5790 635.)
    while (p < seg.length && (isAsciiDigit(seg[p]!) || (first < g && seg[p] === 0x20 && isAsciiDigit(seg[p - 1]) && isAsciiDigit(seg[p + 1])))) p++;
    const rest = seg.toString('latin1', from, p).replaceAll(' ', '');
    // A mobile's 11 digits stand on their own (a list's amount 62000⏎19928437278 is no card).
    if (p === from || (rest.length === 11 && seg[from] === 0x31)) return;
    const x = head + rest.length === 17 && (seg[p]! | 0x20) === 0x78;
    if (x) p++;
    const length = head + rest.length + (x ? 1 : 0);
    const rules = this.engine.digitsByLength[length];
    if (length < 16 || isAsciiAlnum(seg[p]) || seg[p] === 0x2e || seg[p] === 0x2a || !rules || !this.anyArmed(rules)) return;
    let text = '';
    for (let k = first; k <= g; k++) text += seg.toString('latin1', run.groupStart[k]!, run.groupEnd[k]!);
    text += rest + (x ? seg.toString('latin1', p - 1, p) : '');
    // (A sixteen-digit head goes on only with three digits alone on the next line, the whole passing Luhn: not a row's number, 9108⏎4    叶辉荣.)
    if (head === 16 && (rest.length !== 3 || !(p >= seg.length || seg[p] === 0x0a || seg[p] === 0x0d) || !luhnValid(text))) return;
    for (let ri = 0; ri < rules.length; ri++) {
      const r = rules[ri]!;
      const detector = this.engine.rules[r]!.detector;
      if (this.armed[r] === 0 || (detector !== 'cn_resident_id' && !(card && detector === 'bank_card'))) continue;
      const result = this.validate(r, text);
      // (Where cells follow the head, the hit spans the head only: not the row's values after it.)
      if (result) out.push(candidate(r, start, endsLine ? p : run.groupEnd[g]!, text, result, false));
    }
  }

  /**
   * A cell under a number column (手机, 身份证号, 卡号 …) whose digits are split by
   * punctuation the digit scanner does not take for a separator (`139.1234.5678`,
   * `139_1234_5678`, `139/1234/5678`): the header says what the cell is, so its
   * digits are read on their own. Only cells of digits and ASCII punctuation (an
   * ID's X at the end) are read so: letters or CJK in a cell leave it alone.
   */
  private punctuatedCells(seg: Buffer, lineEnds: number[], out: Hit[]): void {
    const e = this.engine;
    let header: TableHeader | null = null;
    let digitColumns = new Uint8Array(0); // 1 where the column's header names a digit rule
    let any = false;
    /** Values across cells, by header and by columns and rule, and the header's rows in this segment. */
    const joins = new Map<TableHeader, { rows: number; groups: Map<string, Hit[]> }>();
    for (let line = 0; line < lineEnds.length; line++) {
      const sh = this.lineShape(line);
      if (sh.kind !== 'table') continue;
      const h = this.headerFor(line);
      if (!h || h.line === line) continue;
      if (h !== header) {
        header = h;
        digitColumns = Uint8Array.from(h.columns, (kws) => (kws.some((kw) => e.digitLabel[kw] === 1) ? 1 : 0));
        any = digitColumns.includes(1);
      }
      if (!any) continue;
      const d = sh.delimiter.charCodeAt(0);
      const from = lineStart(lineEnds, line);
      const to = lineEnds[line]!;
      let split = false; // a short cell of digits beside a number column: a value cut in two?
      if (d === 0x2c && hasByte(seg, 0x22, from, to)) {
        // Quoted cells may hold commas: the quote-aware split.
        const bounds = cellBounds(seg, from, to, sh.delimiter, this.rowCells);
        for (let c = 0; c * 2 < bounds.length; c++) {
          if (digitColumns[c]) this.punctuatedCell(seg, bounds[c * 2]!, bounds[c * 2 + 1]!, h.columns[c]!, out);
          split ||= (digitColumns[c] === 1 || digitColumns[c + 1] === 1) && isShortDigitCell(seg, bounds[c * 2]!, bounds[c * 2 + 1]!);
        }
      } else {
        // Cell by cell with memchr; only the number columns are looked at.
        let cs = from;
        for (let c = 0; cs <= to && c < digitColumns.length; c++) {
          let ce = seg.indexOf(d, cs);
          if (ce < 0 || ce > to) ce = to;
          if (digitColumns[c]) this.punctuatedCell(seg, cs, ce, h.columns[c]!, out);
          split ||= (digitColumns[c] === 1 || digitColumns[c + 1] === 1) && isShortDigitCell(seg, cs, ce);
          cs = ce + 1;
        }
      }
      let tally = joins.get(h);
      if (!tally) joins.set(h, (tally = { rows: 0, groups: new Map() }));
      tally.rows++;
      if (split) this.valuesAcrossCells(seg, cellBounds(seg, from, to, sh.delimiter, this.rowCells), h.columns, tally.groups);
    }
    // A column pair whose joined digits are a value in one row in ten is chance (a
    // date serial beside a mobile passes Luhn as a card); a value cut in two is cut so in every row.
    for (const { rows, groups } of joins.values()) {
      for (const hits of groups.values()) if (hits.length >= MIN_JOINED_ROWS && hits.length * 2 >= rows) out.push(...hits);
    }
  }

  /**
   * A value cut into two or three adjacent cells of digits, under columns one
   * of which names a digit rule (`手机前3位 | 手机后8位`, `区号 | 电话`,
   * `身份证前6位 | 身份证后12位`): their digits joined, read by the rules those
   * headers name, when no part is a value of any digit rule by itself; kept
   * by columns and rule in `groups` (the caller keeps the groups most rows share).
   */
  private valuesAcrossCells(seg: Buffer, bounds: readonly number[], columns: readonly (readonly number[])[], groups: Map<string, Hit[]>): void {
    const e = this.engine;
    const cells = bounds.length / 2;
    for (let c = 0; c + 1 < cells; c++) {
      if (!isShortDigitCell(seg, bounds[c * 2]!, bounds[c * 2 + 1]!)) continue;
      let text = cellDigits(seg, bounds[c * 2]!, bounds[c * 2 + 1]!) ?? '';
      const parts = [text];
      for (let k = c + 1; k < Math.min(cells, c + 3); k++) {
        const part = cellDigits(seg, bounds[k * 2]!, bounds[k * 2 + 1]!);
        if (part === null || part === '') break;
        parts.push(part);
        text += part;
        for (const r of e.digitsByLength[text.length] ?? []) {
          if (!columnsName(e, columns, c, k, r) || parts.some((x) => this.isDigitValue(x))) continue;
          const result = this.validate(r, text);
          if (!result) continue;
          const key = `${c}:${k}:${r}`;
          let hits = groups.get(key);
          if (!hits) groups.set(key, (hits = []));
          hits.push(candidate(r, bounds[c * 2]!, bounds[k * 2 + 1]!, text, result, false));
        }
      }
    }
  }

  /** A cell under a number column that holds its digits base64-encoded: read as the header says. */
  private base64Cell(seg: Buffer, start: number, end: number, labels: readonly number[], out: Hit[]): void {
    const e = this.engine;
    const encoded = base64Digits(seg, start, end);
    if (encoded === null) return;
    for (const r of e.digitsByLength[encoded.length] ?? []) {
      if (!labels.some((kw) => e.roles[kw]!.positive.includes(r))) continue;
      const result = this.validate(r, encoded);
      if (result) out.push(candidate(r, start, end, encoded, result, false));
    }
  }

  /** The same after a label in text: `手机：139.1234.5678`, `身份证号=110105.19491231.002X`. */
  private punctuatedAfterLabels(seg: Buffer, hits: KeywordHits, out: Hit[]): void {
    const e = this.engine;
    for (let i = hits.lowerBound(this.base); i < hits.length; i++) {
      const kw = hits.kw[i]!;
      if (e.digitLabel[kw] !== 1) continue;
      let p = hits.end[i]! - this.base;
      // What may stand between a label and its value: spaces, ':' '：' '=' '"', and
      // the close of a bracketed label (联系电话（手机）：…).
      for (let k = 0; k < 4 && p < seg.length; k++) {
        const b = seg[p]!;
        if (b === 0x20 || b === 0x09 || b === 0x3a || b === 0x3d || b === 0x22 || b === 0x29) p++;
        else if (b >= 0x80 && WIDE_LABEL_ENDS.has(codePointAt(seg, p))) p += utf8Width(b);
        else break;
      }
      // A label alone on its line (a form OCR'd a cell to a line): its value is the next line.
      if ((seg[p] === 0x0a || (seg[p] === 0x0d && seg[p + 1] === 0x0a)) && startsLine(seg, hits.start[i]! - this.base)) {
        p += seg[p] === 0x0d ? 2 : 1;
        while (seg[p] === 0x20) p++;
      }
      // The value runs to the first CJK, letter, control, ',' ';' or '"' (an ID's X
      // included; spaces and wide punctuation such as · — ～ ， go on); 64 bytes bound
      // the look (no rule takes more than 19 digits and their separators).
      const start = p;
      for (const stop = Math.min(seg.length, start + 64); p < stop; ) {
        const b = seg[p]!;
        if (b >= 0x80) {
          const w = widePunctuationAt(seg, p);
          if (w === 0) break;
          p += w;
          continue;
        }
        if (b < 0x20 || b === 0x7f || b === 0x2c || b === 0x3b || b === 0x22 || (isAsciiLetter(b) && (b | 0x20) !== 0x78)) break;
        p++;
      }
      // Trailing punctuation ends a sentence, not the value.
      let end = p;
      while (end > start && !(seg[end - 1]! >= 0x30 && seg[end - 1]! <= 0x39) && (seg[end - 1]! | 0x20) !== 0x78) end--;
      this.punctuatedCell(seg, start, end, [kw], out);
    }
  }

  /** A cell or a labelled value: read as its digits when it is digits and punctuation only. */
  private punctuatedCell(seg: Buffer, start: number, end: number, labels: readonly number[], out: Hit[]): void {
    const e = this.engine;
    let digits = 0;
    let odd = 0;
    let gap = 0; // separator characters since the last digit
    let grouped = false;
    for (let p = start; p < end; p++) {
      const b = seg[p]!;
      if (b >= 0x30 && b <= 0x39) {
        // Two or more separators between digits (`138 - 0013`) are not the scanner's.
        if (gap > 1 && digits > 0) odd++;
        if (gap > 0 && digits > 0) grouped = true;
        digits++;
        gap = 0;
      } else if (b >= 0x80) {
        const w = widePunctuationAt(seg, p);
        if (w === 0) return; // words, not a punctuated number
        odd++;
        gap++;
        p += w - 1;
      } else if (isAsciiLetter(b)) {
        // An ID's X, else words, or a cell base64-encoded on its own (手机号(已加密) | MTM4MDAxMzgwMDA=).
        if ((b | 0x20) !== 0x78 || digits < 17) return this.base64Cell(seg, start, end, labels, out);
      } else {
        gap++;
        // Parentheses are the scanner's only around a country or area code: (138)0013-8000 is not.
        if (b === 0x28 && seg[p + 1] !== 0x2b && seg[p + 1] !== 0x30) odd++;
        else if (b !== 0x20 && b !== 0x2d && b !== 0x28 && b !== 0x29 && b !== 0x2b && b !== 0x22 && b !== 0x0d) odd++;
      }
    }
    // Digits alone the scanner has read already. Digits in groups it reads when its rule's
    // pattern allows the grouping; the label or column vouches for the rest (`1313 244 2968`,
    // an ID in fours). Where both read a value, the overlap keeps one.
    if (digits < 7 || (odd === 0 && !grouped) || digits > e.maxDigits + 1) return;
    let text = '';
    let plus = false;
    for (let p = start; p < end; p++) {
      const b = seg[p]!;
      if ((b >= 0x30 && b <= 0x39) || (b | 0x20) === 0x78) text += String.fromCharCode(b);
      else if (text.length === 0) plus ||= b === 0x2b;
    }
    // Another country's number: +1-905-555-0140, 0049 176 …; or grouped as a number of
    // the US (1 (319) 555-0147), Brazil (18 97151-5204) or a German mobile (0151-21458555) is.
    if (plus || text.startsWith('00') ? !text.startsWith(plus ? '86' : '0086') : FOREIGN_GROUPING.test(seg.toString('latin1', start, end).trim())) return;
    const rules = e.digitsByLength[text.length];
    if (!rules) return;
    for (let ri = 0; ri < rules.length; ri++) {
      const r = rules[ri]!;
      // Only a rule the header or label names (a 手机 column is read as mobiles, not as cards).
      if (!labels.some((kw) => e.roles[kw]!.positive.includes(r))) continue;
      const result = this.validate(r, text);
      if (result) out.push(candidate(r, start, end, text, result, false));
    }
  }

  /** A credit code written in its parts: 91 310105 MA8D4D211U (authority and type, region, the rest); `start` is the rest's. */
  private creditCodeInParts(seg: Buffer, start: number, end: number, out: Hit[]): void {
    const from = start - 10;
    const text = seg.toString('latin1', from, from + 2) + seg.toString('latin1', from + 3, from + 9) + seg.toString('latin1', start, end);
    for (const r of this.engine.alnumByLength[18] ?? []) {
      const result = this.validate(r, text);
      if (result) out.push(candidate(r, from, end, text, result, false));
    }
  }

  /**
   * Whether digits are a value of some digit rule by themselves (a mobile is not
   * half of anything). Not of a rule that needs a label: any 8 digits are a
   * 台胞证's shape, and a mobile's last eight are no permit.
   */
  private isDigitValue(text: string): boolean {
    for (const i of this.engine.digitsByLength[text.length] ?? []) {
      if (!this.engine.rules[i]!.context.required && this.validate(i, text)) return true;
    }
    return false;
  }

  /** Validator verdict, or null when the candidate is rejected. Rules without a validator have no opinion. */
  private validate(r: number, text: string): ValidatorResult | null {
    const rule = this.engine.rules[r]!;
    if (!rule.validator) return rule.pattern.test(text) ? { valid: undefined } : null;
    const res = rule.validator(text);
    return res.valid === false ? null : res;
  }

  /** Longest-first search for the spans of a digit run that some rule accepts. */
  private spansOf(seg: Buffer, run: DigitRun, out: Hit[]): void {
    const e = this.engine;
    const g = run.groups;
    // The hex columns of a dump (xxd: `0000a420: 5a6e 3432 3257 …`): words that happen to be all digits;
    // and its text column: 16 bytes of a longer number (one in ten passes Luhn). The dump itself is read decoded.
    if (g >= 2 ? inHexDumpColumns(seg, run) : run.groupDigits[0]! >= 12 && onDumpLine(seg, run.groupStart[0]!)) return;
    // Letter-spaced digits (`1 3 9 1 2 3 4 5 6 7 8`: a justified PDF line, or a list
    // spaced out to slip past a scanner) are one value or none, read without the spaces.
    const spaced = g >= 7 && everyGroupOneDigit(run);
    // A dashed identifier (2024-01-01, 0755-8234-5678) is one value or none.
    const whole = run.dashed || spaced;
    const maxSpan = whole ? g : 8;
    // After another country's code (+49 176 3591 0717, 0044 7700 900123) the digits are that
    // country's number, up to E.164's length: no mainland value is read from them.
    const foreign = foreignDigits(seg, run);
    // Glued to letters on the left after a short first group (DE41 2629 5177 9481 4848 43, an IBAN),
    // the run is one identifier: no value starts inside it.
    const oneIdentifier = run.glued && g > 2 && run.groupDigits[0]! <= 2 && isAsciiLetter(seg[run.groupStart[0]! - 1] ?? 0);
    let g0 = 0;
    let before = 0; // digits of the groups before g0
    while (g0 < g) {
      if ((g0 > 0 && oneIdentifier) || before < foreign) {
        before += run.groupDigits[g0]!;
        g0++;
        continue;
      }
      let matched = -1;
      let digits = 0;
      for (let k = g0; k < g && k < g0 + maxSpan; k++) digits += run.groupDigits[k]!;
      // A dashed run is tried whole, then, when it is phone-shaped (an area code or a
      // mobile prefix first, not part of a UUID), without a short last group: 0755-8234-5678-8001.
      // 02987694458-4708: a whole national number, then its extension; 15234021862-1人: a mobile, then a count.
      const extension =
        run.dashed &&
        !run.glued &&
        run.groupDigits[g - 1]! <= 5 &&
        ((g >= 3 && run.groupDigits[0]! <= 4) ||
          (g === 2 && run.groupDigits[0]! >= 10 && run.groupDigits[0]! <= 12 && (seg[run.groupStart[0]!] === 0x30 || (seg[run.groupStart[0]!] === 0x31 && run.groupDigits[0] === 11))));
      const lastG1 = run.dashed ? (extension ? g - 2 : g - 1) : spaced ? g - 1 : g0;
      for (let g1 = Math.min(g - 1, g0 + maxSpan - 1); g1 >= lastG1 && matched < 0; g1--) {
        const withX = g1 === g - 1 && run.xEnd > 0 ? 1 : 0;
        const rules = e.digitsByLength[digits + withX];
        // Six digits a space before the rest read as one value only when nothing is glued before them:
        // VIP-626396 19894897253 is a code and a mobile, not a card with its issuer set apart.
        const codeThenNumber = g1 === g0 + 1 && run.groupDigits[g0] === 6 && seg[run.groupEnd[g0]!] === 0x20 && isCodeTail(seg, run.groupStart[g0]!);
        if (rules && !codeThenNumber && this.anyArmed(rules)) {
          // '+' and '(' before the first group belong to a country or area code only:
          // `(+86)138…`, `(0755)8234…`, but not `(13912345678)` or a trunk-0 mobile `(013912345678)`.
          const first = run.groupDigits[0]!;
          const code =
            g0 === 0 &&
            run.prefixStart < run.groupStart[0]! &&
            (((first === 2 || first === 4) && seg[run.groupEnd[0]! - 1] === 0x36) || (first <= 4 && seg[run.groupStart[0]!] === 0x30));
          const start = code ? run.prefixStart : run.groupStart[g0]!;
          const end = withX ? run.xEnd : run.groupEnd[g1]!;
          const glued = run.glued && !(run.gluedFirstOnly && g0 > 0);
          let text = run.wide ? seg.toString('utf8', start, end).normalize('NFKC') : seg.toString('latin1', start, end);
          if (spaced) text = text.replace(/[^0-9Xx]/g, '');
          for (let ri = 0; ri < rules.length; ri++) {
            const r = rules[ri]!;
            if (this.armed[r] === 0) continue;
            const result = this.validate(r, text);
            // Glued to letters, digits are one identifier: no country code or trunk 0 is read off them (YT8615253690644),
            // and digits no check vouches for are that identifier's (M27052733 is no 台胞证 27052733).
            if (result && !(glued && ((result.value !== undefined && result.value.length < digits + withX) || result.valid === undefined))) {
              out.push(candidate(r, start, end, text, result, glued));
              matched = g1;
            }
          }
        }
        digits -= run.groupDigits[g1]!;
      }
      if (whole) return;
      const next = matched >= 0 ? matched + 1 : g0 + 1;
      for (let k = g0; k < next; k++) before += run.groupDigits[k]!;
      g0 = next;
    }
  }

  // ── confirmation and context ──────────────────────────────────────────

  private confirm(seg: Buffer, cands: Hit[], hits: KeywordHits, lineEnds: number[]): Hit[] {
    const e = this.engine;
    // RE2 confirms, one call per rule per segment (crossing into C++ per candidate costs ~1.5 µs).
    const byRule = new Map<number, Hit[]>();
    for (let i = 0; i < cands.length; i++) {
      const c = cands[i]!;
      if (!e.rules[c.rule]!.validator) continue; // already matched by the pattern itself
      let list = byRule.get(c.rule);
      if (!list) byRule.set(c.rule, (list = []));
      list.push(c);
    }
    for (const [r, list] of byRule) {
      const ok = confirmBatch(e.rules[r]!, list.map((c) => c.text));
      for (let i = 0; i < list.length; i++) if (!ok[i]) list[i]!.rejected = true;
    }
    const found: Hit[] = [];
    let disowned: DisownedColumns | null = null;
    let unlabelled: Hit[] | null = null;
    let peerless: Array<{ hit: Hit; cell: number; header: TableHeader }> | null = null;
    for (let i = 0; i < cands.length; i++) {
      const c = cands[i]!;
      if (c.rejected) continue;
      const rule = e.rules[c.rule]!;
      const line = lineOf(lineEnds, c.start);
      if (c.unvouched && rule.context.refuting.length > 0) c.refuted = this.refutedOnLine(c.rule, hits, lineStart(lineEnds, line), lineEnds[line]!);
      const sh = this.lineShape(line);
      let cell = -1;
      let header: TableHeader | null = null;
      if (sh.kind === 'table') {
        cell = cellIndexAt(seg, lineStart(lineEnds, line), c.start, sh.delimiter.charCodeAt(0));
        header = cell >= 0 ? this.headerFor(line) : null;
      } else {
        const text = this.textTableColumn(seg, lineEnds, line, c.start);
        // A printed table's header labels its columns (护照号 far above the tenth row), but
        // does not disown them: the rows under it are told from prose by their alignment only.
        if (text && this.columnRole(c.rule, text.header.columns[text.cell]!) === 'positive') ({ cell, header } = text);
      }
      const column = header?.columns[cell];
      const ctx = this.context(seg, c.rule, this.base + c.start, this.base + c.end, hits, column, column && this.base + lineStart(lineEnds, line));
      if (ctx === 'negative') {
        // Kept aside when its column's header disowns it: the column may yet prove to be a list (below).
        if (header && column && c.adjust >= 0 && this.columnRole(c.rule, column) === 'negative') (disowned ??= new DisownedColumns()).add(header, cell, c);
        continue;
      }
      if (ctx !== 'positive' && rule.context.required) {
        if (ctx === 'none' && !rule.context.label_only) {
          c.line = line;
          (unlabelled ??= []).push(c);
          if (rule.context.column_peers.length > 0) {
            // A value of no shape of its own among values of a peer down its column (below).
            // Delimited tables only: a printed table's columns, lined up by spaces, drift (OCR'd registers put order numbers under 身份证号).
            if (header && cell >= 0 && header.columns.length > 1) (peerless ??= []).push({ hit: c, cell, header });
          }
        }
        continue;
      }
      this.accept(c, line, cell, ctx === 'positive');
      found.push(c);
    }
    if (peerless) {
      const vouched = this.amongPeers(peerless, found);
      for (const { hit: c, cell } of peerless) {
        if (!vouched.has(c)) continue;
        this.accept(c, c.line, cell, true);
        found.push(c);
      }
      if (vouched.size) unlabelled = unlabelled!.filter((c) => !vouched.has(c));
    }
    if (unlabelled) this.downTheList(unlabelled, found);
    if (disowned) {
      // Rows under each header, counted once for all the columns looked at.
      const rows = new Map<TableHeader, number>();
      for (let li = 0; li < lineEnds.length; li++) {
        const h = this.lineShape(li).kind === 'table' ? this.headerFor(li) : null;
        if (h && h.line !== li) rows.set(h, (rows.get(h) ?? 0) + 1);
      }
      for (const { header, cell, hits: column } of disowned.groups()) {
        // A rule that needs context gets none from a header that disowns it.
        if (e.rules[column[0]!.rule]!.context.required || !this.isListDespiteHeader(header, cell, column, rows.get(header) ?? 0)) continue;
        for (const c of column) {
          this.accept(c, lineOf(lineEnds, c.start), cell, false);
          found.push(c);
        }
      }
    }
    // A number that is an e-mail's local part (<mobile>@139.com, cn-formats §10) is reported as well.
    const inEmail = (outer: Hit, inner: Hit): boolean => e.rules[outer.rule]!.scanner === 'email' && e.rules[inner.rule]!.scanner === 'digits';
    const kept = resolveOverlaps(found, inEmail);
    // Below the reporting bar only after overlaps: a weak longer value still hides the shorter one inside it.
    let n = 0;
    for (let i = 0; i < kept.length; i++) if (kept[i]!.confidence >= MIN_CONFIDENCE) kept[n++] = kept[i]!;
    kept.length = n;
    return kept;
  }

  /**
   * Values no keyword labels, in a table column where two values or more of
   * one of their rule's `column_peers` stand under the same header: an ID
   * column (身份证号/信用代码, 驾驶证号) holds whichever document a person
   * has, so E12345678 among resident IDs is a passport.
   */
  private amongPeers(peerless: ReadonlyArray<{ hit: Hit; cell: number; header: TableHeader }>, found: readonly Hit[]): Set<Hit> {
    const e = this.engine;
    const vouched = new Set<Hit>();
    // Per header, values per column and detector (keyed as columnCounts is: cell * detectors + detector).
    const peersIn = new Map<TableHeader, Map<number, number>>();
    const wanted = new Set(peerless.flatMap(({ hit }) => e.rules[hit.rule]!.context.column_peers));
    for (const f of found) {
      if (f.cell < 0 || !wanted.has(e.rules[f.rule]!.detector) || this.lineShape(f.line).kind !== 'table') continue;
      const header = this.headerFor(f.line);
      if (!header || header.line === f.line) continue;
      let counts = peersIn.get(header);
      if (!counts) peersIn.set(header, (counts = new Map()));
      const key = f.cell * e.detectorCount + e.detectorIndex[f.rule]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const { hit, cell, header } of peerless) {
      const counts = peersIn.get(header);
      if (!counts || header.line === hit.line) continue;
      const peers = e.rules[hit.rule]!.context.column_peers;
      if (peers.some((d) => (counts.get(cell * e.detectorCount + e.detectorNames.indexOf(d)) ?? 0) >= 2)) vouched.add(hit);
    }
    return vouched;
  }

  /**
   * Values of a rule that needs a label, on the lines right after a line whose
   * value of that rule had one: the rows of a list its lead-in names
   * (`客人名单（姓名 / 赴台通行证号 / 手机）：` over ten lines of `林刚 L42262615 / 132…`),
   * past the rule's window. A line without such a value ends the list. Not
   * for a rule that takes only a label (any 8 digits are a 台胞证's shape).
   */
  private downTheList(unlabelled: Hit[], found: Hit[]): void {
    const vouched = new Set<number>(); // line * rules + rule
    const n = this.engine.rules.length;
    for (const f of found) if (this.engine.rules[f.rule]!.context.required) vouched.add(f.line * n + f.rule);
    unlabelled.sort((a, b) => a.start - b.start);
    for (const c of unlabelled) {
      if (!vouched.has((c.line - 1) * n + c.rule)) continue;
      this.accept(c, c.line, -1, true);
      found.push(c);
      vouched.add(c.line * n + c.rule);
    }
  }

  /** A word of the rule's `refuting` on the line seg[from, to) (卡号=6236… 校验位错误): the text says the value failed its check. */
  private refutedOnLine(r: number, hits: KeywordHits, from: number, to: number): boolean {
    const roles = this.engine.roles;
    for (let i = hits.lowerBound(this.base + from); i < hits.length && hits.end[i]! <= this.base + to; i++) {
      if (hits.start[i]! >= this.base + from && roles[hits.kw[i]!]!.refuting.includes(r)) return true;
    }
    return false;
  }

  /** A confirmed candidate's confidence, line and column count. */
  private accept(c: Hit, line: number, cell: number, positive: boolean): void {
    const e = this.engine;
    const rule = e.rules[c.rule]!;
    let confidence = rule.confidence + c.adjust;
    if (positive) confidence += rule.context.bonus;
    if (cell >= 0) {
      const key = cell * e.detectorCount + e.detectorIndex[c.rule]!;
      const seen = this.columnCounts.get(key) ?? 0;
      this.columnCounts.set(key, seen + 1);
      // Column consistency: the same detector down a column is a list, not noise.
      if (seen >= 3) confidence += 10;
    }
    c.confidence = Math.min(100, confidence);
    c.line = line;
    c.cell = cell;
  }

  /**
   * A column whose header disowns a rule (编号, 订单号, 快递单号 over mobiles or
   * IDs) but whose cells are that rule's values all the same, varied as people's
   * are: a header an insider renamed, not a column of order numbers. At least
   * LIST_MIN of them, in most of the header's rows, and no more than a fifth
   * sharing all but their last four characters (a check digit passes one
   * serial in ten or eleven; serials and dated order numbers share prefixes);
   * and no other column of the header is the rule's own (收货电话 beside an
   * 订单号 of mobile-shaped numbers: the phones are there, these are not them).
   */
  private isListDespiteHeader(header: TableHeader, cell: number, column: Hit[], rows: number): boolean {
    if (column.length < LIST_MIN) return false;
    const rule = column[0]!.rule;
    if (header.columns.some((kws, i) => i !== cell && this.columnRole(rule, kws) === 'positive')) return false;
    if (column.length < rows * 0.8) return false;
    const prefixes = new Map<string, number>();
    let most = 0;
    for (const c of column) {
      const p = c.value.slice(0, -4);
      const n = (prefixes.get(p) ?? 0) + 1;
      prefixes.set(p, n);
      most = Math.max(most, n);
    }
    return most * 5 <= column.length;
  }

  /**
   * What a header cell says of a rule: the longer keyword speaks where one holds the other (社保卡号, an ID,
   * over 卡号; 支付宝账号 over 账号); two side by side, one for the rule and one against, say the column
   * holds either (卡号/交易号): nothing.
   */
  private columnRole(r: number, column: readonly number[]): 'positive' | 'negative' | 'none' {
    let positive: KeywordRole | null = null;
    let negative: KeywordRole | null = null;
    for (let ki = 0; ki < column.length; ki++) {
      const k = column[ki]!;
      const role = this.engine.roles[k]!;
      if (role.positive.includes(r)) {
        if (!positive || role.length > positive.length) positive = role;
      } else if (role.negative.includes(r) && (!negative || role.length > negative.length)) negative = role;
    }
    if (!positive || !negative) return positive ? 'positive' : negative ? 'negative' : 'none';
    if (!positive.word.includes(negative.word) && !negative.word.includes(positive.word)) return 'none';
    return negative.length > positive.length ? 'negative' : 'positive';
  }

  /**
   * Context of a candidate: its column header's keywords, then the keywords
   * around it. `rowStart`, for a cell under a header: where its row starts. A rule that
   * needs a label takes none from the header's other columns (证件号码 over
   * the column beside does not make a 病历号's M2212195908 a 回乡证).
   */
  private context(seg: Buffer, r: number, start: number, end: number, hits: KeywordHits, column: readonly number[] | undefined, rowStart?: number): 'positive' | 'negative' | 'none' {
    const e = this.engine;
    const rule = e.rules[r]!;
    const columnRole = column ? this.columnRole(r, column) : 'none';
    // A header speaks for its column; but for a value whose shape says little, a
    // type cell beside it speaks over a header as broad as 证件号码 (护照 before
    // an M… number: a Korean passport, not a 回乡证), as a label does.
    if (columnRole === 'negative' || (columnRole === 'positive' && !rule.context.required)) return columnRole;
    // The nearest keyword before the value labels it: a negative label suppresses,
    // unless a keyword as long or longer ending at the same place is positive
    // (证件编号 vs 编号; but 社保卡号, negative for cards, over 卡号).
    const negFrom = start - rule.context.negative_window * BYTES_PER_CHAR;
    const win = rule.context.window * BYTES_PER_CHAR;
    let labelEnd = -1;
    let labelNegative = 0;
    let labelPositive = 0;
    let positive = false;
    let typeLine = false;
    const positiveFrom = rule.context.required && rowStart !== undefined ? rowStart : -1;
    for (let i = hits.lowerBound(start - win); i < hits.length; i++) {
      const hitEnd = hits.end[i]!;
      if (hitEnd > end + win) break;
      const role = e.roles[hits.kw[i]!]!;
      const isPositive = role.positive.includes(r) && hits.start[i]! >= positiveFrom;
      if (isPositive) positive = true;
      if (isPositive && rule.context.label_only && hitEnd <= start && !typeLine) typeLine = isTypeLineOf(seg, hitEnd - this.base, start - this.base);
      if (hitEnd <= start && hitEnd >= negFrom) {
        if (hitEnd !== labelEnd) {
          labelEnd = hitEnd;
          labelNegative = 0;
          labelPositive = 0;
        }
        if (isPositive) labelPositive = Math.max(labelPositive, role.length);
        else if (role.negative.includes(r)) labelNegative = Math.max(labelNegative, role.length);
      }
    }
    // A label labels the next value only: `运单号 4180…，快递到了请打 0086 1908…`.
    const reaches = labelEnd >= 0 && labelReaches(seg, labelEnd - this.base, start - this.base);
    if (labelNegative > labelPositive && reaches) return 'negative';
    if (rule.context.label_only) positive = (labelPositive > 0 && reaches) || typeLine;
    return positive || columnRole === 'positive' ? 'positive' : 'none';
  }

  // ── names ─────────────────────────────────────────────────────────────

  private names(seg: Buffer, hits: KeywordHits, lineEnds: number[], found: Hit[]): void {
    const e = this.engine;
    if (e.nameRules.length === 0) return;
    const r = e.nameRules[0]!;
    const rule = e.rules[r]!;
    const labelled = rule.confidence + rule.context.bonus;
    // Where keywords start in this segment (a name stops before one: 张伟电话…);
    // one map reused from segment to segment, cleared again at the end. Sized to
    // the segment (a power of two): a detector per small file must not take 2 MiB
    // each (10,000 files: +45 MB daemon peak RSS on Node 20, ~100 on Node 24).
    if (this.keywordStarts.length < seg.length) this.keywordStarts = new Uint8Array(2 ** Math.ceil(Math.log2(Math.max(seg.length, 4096))));
    const starts = this.keywordStarts;
    for (let i = 0; i < hits.length; i++) {
      const at = hits.start[i]! - this.base;
      // A title inside a sentence, CJK on both sides, is a word of it (须按时参加培训, 艾合买提到庭参加诉讼): no name stops there.
      if (at >= 0 && !(e.roles[hits.kw[i]!]!.title.includes(r) && isCjkAt(seg, at - 3) && isCjkAt(seg, hits.end[i]! - this.base))) starts[at] = 1;
    }
    // Candidates that pass the dictionary checks; the rule's pattern confirms them in one batch below.
    const candidates: Hit[] = [];
    /** Lines that are a table's labels, one to a line (姓名⏎机具品目⏎生产厂家: no label and its value). */
    const labelLines = new Set<number>();
    const add = (start: number, end: number, value: string, confidence: number, line = lineOf(lineEnds, start), aside = false): void => {
      // 东方*, 欧阳**: the rest of a masked name is none.
      if (maskMarkAt(seg, end)) return;
      // 东方先生, 申屠女士: a compound surname before a form of address is no name (贺兰 alone is one),
      // but a person addressed, as 张先生 is (in a cell the title follows the value, not the cell's end).
      const at = value.length === 2 && rule.dictionary!.has(value) ? seg.indexOf(value, start, 'utf8') : -1;
      const addressed = at >= 0 && (titleFollows(seg, end) || (at < end && titleFollows(seg, at + 6)));
      const c = new Hit(r, start, end, value, value, 0);
      c.confidence = confidence;
      c.addressOnly = addressed || isFormOfAddress(rule, value);
      c.line = line;
      c.aside = aside;
      candidates.push(c);
    };
    // 1. Labels: 联系人：张伟, 姓名 王芳. In a row taken for a table's header the
    // next cell is a name only when it is all of its cell: `姓名 | 张三` on top
    // of a label–value sheet is a record, `会员姓名 | 家庭电话` a header.
    const tableHeaderLines = new Set(this.segmentHeaders.filter((h) => this.lineShape(h.line).kind === 'table').map((h) => h.line));
    for (let i = 0; i < hits.length; i++) {
      const end = hits.end[i]! - this.base;
      if (end < 0 || !e.roles[hits.kw[i]!]!.positive.includes(r)) continue;
      // Not a label inside a longer keyword (教练车年检: a car, not 车年检) or a book's title (《学员须知》).
      if (insideLongerWord(hits, i) || insideBookTitle(seg, hits.start[i]! - this.base)) continue;
      let name = nameAfterLabel(seg, afterXmlAttributes(seg, hits.start[i]! - this.base, end), (p) => starts[p] === 1, startsLine(seg, hits.start[i]! - this.base));
      // 我是新来的关妍蓉, 我是销售部的张伟: a self-introduction names its speaker after what they are.
      // A weak label (我是代购, 我是家教: what one is, as often as who): held to what a name in a sentence is.
      let self = e.roles[hits.kw[i]!]!.weak.includes(r);
      if ((!name || !this.isNameShape(rule, name.value)) && self) {
        const after = afterModifier(seg, end);
        name = after > 0 ? nameAfterLabel(seg, after, (p) => starts[p] === 1) : null;
      } else if ((!name || !this.isNameShape(rule, name.value)) && isCopulaAt(seg, end)) {
        // 收货人是唐珏, 联系人为王芳: the label, then 是 or 为, names a person as a weak label does (客户是上帝 does not).
        name = nameAfterLabel(seg, end + 3, (p) => starts[p] === 1);
        self = true;
      }
      // A label glued to a sentence (乙方应按时将租金…): a name only of the usual given-name characters.
      if (!name || ((self || name.glued) && !isLooseName(rule, name.value))) continue;
      // A title names a person as a form's label only (科主任：赵文文), not glued to the name in a sentence
      // (心内科主任周宏), unless another label ends the name (家属甘兴电话+86…).
      // (Not a title or a name's label after it: 项目经理和法务专员审批 is a sentence's.)
      if (name.touching && e.roles[hits.kw[i]!]!.title.includes(r) && (starts[name.end] !== 1 || this.nameLabelStartsAt(hits, name.end))) continue;
      const inHeader = tableHeaderLines.size > 0 && tableHeaderLines.has(lineOf(lineEnds, end));
      if (inHeader && !endsCell(seg, name.end)) continue;
      if (!this.isNameShape(rule, name.value)) continue;
      add(name.start, name.end, name.value, labelled);
      // 参会人：牛春坤、邝超丹、刘楠 — the label's list, one name after another (a speaker is one: 我叫王蓉，弓长张的张).
      // (An item after 、 that is no name, 楼凤 of a surname the list lacks, is passed over; two in a row end the list,
      // as one after a comma does: 名字程楠娜,做委托用,别外传 goes on in a sentence.)
      for (let next = self ? null : listedName(seg, name.end), misses = 0; next && misses < 2; next = listedName(seg, next.end, true)) {
        if (this.isNameShape(rule, next.value)) {
          misses = 0;
          add(next.start, next.end, next.value, labelled);
        } else if (afterEnumerationComma(seg, next.start)) misses++;
        else break;
      }
      // 常务副会长：⏎  曾凯刚  258票⏎  陈卫良  275票: under a label alone on its line, a name opening each line.
      for (let next = name.below ? nameOpeningNextLine(seg, name.end) : null; next && this.isNameShape(rule, next.value); next = nameOpeningNextLine(seg, next.end)) {
        add(next.start, next.end, next.value, labelled);
      }
    }
    // 尽调人:陈泳诗, 值班大堂经理:王宇航: before a colon, a word of a person's role that the pack does not list.
    for (const colon of COLONS) {
      for (let at = seg.indexOf(colon); at >= 0; at = seg.indexOf(colon, at + colon.length)) {
        if (roleWordStart(seg, at) < 0) continue;
        const name = nameAfterLabel(seg, at, (p) => starts[p] === 1);
        if (name && this.isNameShape(rule, name.value)) add(name.start, name.end, name.value, labelled);
      }
    }
    // <JJRXM>赵桂颖</JJRXM>, "khxm": "…": a key of pinyin initials ending in xm (姓名), as Chinese government systems name fields.
    for (const xm of PINYIN_NAME_KEYS) {
      for (let at = seg.indexOf(xm); at >= 0; at = seg.indexOf(xm, at + 2)) {
        if (!isPinyinNameKey(seg, at)) continue;
        const name = nameAfterLabel(seg, at + 2, (p) => starts[p] === 1);
        if (name && this.isNameShape(rule, name.value)) add(name.start, name.end, name.value, labelled);
      }
    }
    // 赵琳卫(工号8219806164)：a name that a staff number follows.
    for (const mark of STAFF_NUMBER_MARKS) {
      for (let at = seg.indexOf(mark); at >= 0; at = seg.indexOf(mark, at + mark.length)) {
        let from = at;
        while (from >= 3 && seg[from - 3]! >= 0xe4 && seg[from - 3]! <= 0xe9 && at - from < 12) from -= 3;
        if (from === at || (from >= 3 && seg[from - 3]! >= 0xe4 && seg[from - 3]! <= 0xe9)) continue;
        const value = seg.toString('utf8', from, at);
        if (this.isNameShape(rule, value)) add(from, at, value, labelled);
      }
    }
    // 3701022005****127X 宗梦 (a ticket's passenger), 138****5678 张伟: the name beside a masked number in text
    // (a table's columns say what its cells are: 高山流水,155****5370 is a nickname under 买家会员名).
    // The mask hides the number, not whose it is; the number is no field, so no record. A weaker context
    // than a number's: as a name inside a sentence, isLooseName (代购 138****5678 is no name).
    for (const mask of this.shape.kind === 'table' ? [] : MASK_RUNS) {
      for (let at = seg.indexOf(mask), next = 0; at >= 0; at = seg.indexOf(mask, next)) {
        const masked = maskedNumberAt(seg, at, mask[0] === 0x78 || mask[0] === 0x58);
        next = masked ? masked[1] : at + mask.length;
        const li = masked ? lineOf(lineEnds, masked[0]) : -1;
        if (!masked || this.delimiterOf[li]) continue;
        const ls = lineStart(lineEnds, li);
        for (const t of [tokenBefore(seg, ls, masked[0]), tokenAfter(seg, masked[1], lineEnds[li]!)]) {
          // (Past a numbered list's mark: 1.高梅 185****5050.)
          if (t && t[0] === ls) t[0] = listItemAt(seg, t[0], t[1])?.end ?? t[0];
          const named = t && starts[t[0]] !== 1 ? this.nameIn(seg, t[0], t[1], true) : null;
          if (named && isLooseName(rule, named.value)) add(t![0], named.end, named.value, rule.confidence, li);
        }
      }
    }
    // Phrases that name a person (name-phrases.ts), each judged as strictly as it says a person: after
    // 写道 or a bed's number, a name's shape is enough; inside a sentence (转账还款-孙洋睿, 客户叫丁怡子),
    // the usual given-name characters; whom an SMS addresses and a numbered list, those at two characters
    // (not 全体同学, 1.高铁 2.飞机 3.轮船; an addressee not a label: 尊敬的…). A list is read whole or not at all.
    const shaped = (n: NameSpan): boolean => this.isNameShape(rule, n.value);
    const usual = (n: NameSpan): boolean => shaped(n) && isLooseName(rule, n.value);
    const usualIfShort = (n: NameSpan): boolean => shaped(n) && ([...n.value].length > 2 || isLooseName(rule, n.value));
    // Where a phrase that gives a name starts before it (孙 of 孙李浩然): no name starts there.
    const phraseStarts = new Set<number>();
    const phrase = (spans: Iterable<NameSpan | NameSpan[]>, isName: (n: NameSpan) => boolean): void => {
      for (const found of spans) {
        const list = Array.isArray(found) ? found : [found];
        if (!list.every(isName)) continue;
        for (const n of list) {
          add(n.start, n.end, n.value, rule.confidence);
          if (n.after !== undefined) phraseStarts.add(n.after);
        }
      }
    };
    phrase(quotedWriters(seg), shaped);
    phrase(bedPatients(seg), shaped);
    phrase(counterpartyNames(seg), usual);
    phrase(calledNames(seg), usual);
    phrase(messageAddressees(seg), (n) => starts[n.start] !== 1 && usualIfShort(n));
    phrase(numberedNamesInLine(seg), usualIfShort);
    phrase(kinNames(seg), usualIfShort);
    phrase(groupMembers(seg), shaped);
    phrase(mailboxNames(seg), shaped);
    if (this.ledgerTitled) phrase(ledgerNames(seg), usualIfShort);
    phrase(mournerNames(seg), usualIfShort);
    const owners: NameSpan[] = [];
    for (let fi = 0; fi < found.length; fi++) {
      const f = found[fi]!;
      const owner = seg[f.start - 1] === 0x28 || seg[f.start - 1] === 0x88 ? bracketedNumberOwner(seg, f.start, f.end) : null;
      if (owner && e.rules[f.rule]!.scanner === 'digits' && e.rules[f.rule]!.recordField && !f.impersonal) owners.push(owner);
    }
    phrase(owners, usual);
    // 魏慧 工程师, 张伟 | 销售经理: a line of a name and a job title (a business card, a signature).
    for (let li = 0; li < lineEnds.length; li++) {
      const ls = lineStart(lineEnds, li);
      const le = lineEnds[li]!;
      if (le - ls < 7 || le - ls > 64 || seg[ls]! < 0xe4 || seg[ls]! > 0xe9) continue;
      const named = le - ls < 12 ? null : nameBeforeJobTitle(seg, ls, le);
      if (named && this.isNameShape(rule, named.value)) add(ls, named.end, named.value, rule.confidence, li);
      // 吕燕宇,您好: a mail's addressee (a payslip, a notice); as a name inside a sentence is held.
      const greeted = named ? null : greetedName(seg, ls, le);
      if (greeted && starts[ls] !== 1 && this.isNameShape(rule, greeted.value) && isLooseName(rule, greeted.value)) add(ls, greeted.end, greeted.value, rule.confidence, li, greeted.alone);
    }
    // 2. Table header row → name columns; 3. names in rows that hold other person fields.
    const fieldLines = new Uint8Array(lineEnds.length);
    const personField = (f: Hit): boolean => f.rule !== r && e.rules[f.rule]!.recordField && !f.impersonal;
    for (let fi = 0; fi < found.length; fi++) if (personField(found[fi]!)) fieldLines[found[fi]!.line] = 1;
    // 胡翔⏎Tel: 150… | Email: …, # 彭磊⏎- 联系电话:…: a résumé's name on its own line over its contacts
    // (or after the record's number and code: 1  T204331  金雅云⏎身份证 5301…).
    for (let li = 0; li + 1 < lineEnds.length; li++) {
      if (fieldLines[li + 1] !== 1 || fieldLines[li] === 1 || this.delimiterOf[li]) continue;
      const [ls, le] = trimmedLine(seg, lineStart(lineEnds, li), lineEnds[li]!);
      if (le - ls < 6 || le - ls > 48) continue;
      const [ns, ne] = trimmedLine(seg, lineStart(lineEnds, li + 1), lineEnds[li + 1]!);
      if (!CONTACT_LABEL.test(seg.toString('utf8', ns, Math.min(ne, ns + 32)))) continue;
      let from = ls;
      while (from < le && (seg[from] === 0x23 || seg[from] === 0x20)) from++; // a Markdown heading's marks
      const span = isCjkNameShape(seg, from, le) ? [from, le] : (nameBesideLatin(seg, from, le, false) ?? nameAfterCodes(seg, from, le));
      if (!span || starts[span[0]!] === 1) continue;
      const value = decodeCell(seg, span[0]!, span[1]!);
      if (this.isNameShape(rule, value) && isLooseName(rule, value)) add(span[0]!, span[1]!, value, rule.confidence, li);
    }
    // --⏎宋晨帅⏎Tel: …, --⏎谭燕 | 团险核保: a mail's signature, under its delimiter, opens with its sender's name
    // (reported, no field of a record: a signature is one contact, not a customer's record).
    for (let li = 0; li + 1 < lineEnds.length; li++) {
      if (!isSignatureDelimiter(seg, lineStart(lineEnds, li), lineEnds[li]!)) continue;
      const [ls, le] = trimmedLine(seg, lineStart(lineEnds, li + 1), lineEnds[li + 1]!);
      let end = ls;
      while (end < le && nameHanAt(seg, end)) end += nameHanAt(seg, end);
      if (end < le && seg[end] !== 0x20 && seg[end] !== 0x7c && seg[end] !== 0x09 && seg[end] !== 0x2c && !(seg[end] === 0xef && seg[end + 1] === 0xbc && seg[end + 2] === 0x8c)) continue;
      const value = seg.toString('utf8', ls, end);
      if (starts[ls] !== 1 && isCjkNameShape(seg, ls, end) && this.isNameShape(rule, value)) add(ls, end, value, rule.confidence, li + 1, true);
    }
    // 28栋2单元1003-李梓豪-1份-132…: a 接龙 line cut at dashes, the name a word of its own.
    for (let li = 0; li < lineEnds.length; li++) {
      if (fieldLines[li] !== 1 || this.delimiterOf[li]) continue;
      const words = dashedWords(seg, lineStart(lineEnds, li), lineEnds[li]!);
      for (let i = 0; i < words.length; i++) {
        const n = words[i]!;
        if (starts[n.start] !== 1 && this.isNameShape(rule, n.value) && isLooseName(rule, n.value)) add(n.start, n.end, n.value, rule.confidence, li);
      }
    }
    // 1. 孙志刚（爸爸）⏎2. 余彩霞（妈妈，7桌） 131…: a list numbered a line each whose items open with a name.
    for (const item of this.numberedNameList(seg, lineEnds, fieldLines, rule)) add(item.start, item.end, item.value, rule.confidence, item.line);
    // Without a header, a column is learnt from the rows that are records: where
    // three or more of a table's rows hold their name, the rows that are not
    // records (the mobile masked, the other cells empty) hold one there too.
    const namesByColumn = new Map<number, number[]>();
    const notRecords: Array<[line: number, delimiter: TableDelimiter]> = [];
    const tableOf = (li: number): number => (this.shape.kind === 'table' ? -1 : this.blockOf[li]!);
    // A name column's cells that are names but not of the surname list's shape (白玛梅朵, 朴在勋,
    // 穆合塔尔迪力夏提): taken where most of the column's names are of it (ColumnTally).
    const unlisted = new ColumnTally();
    const unlabelled = new ColumnTally();
    let cursor = 0;
    const tableRows = (li: number, delimiter: TableDelimiter): void => {
      let header = this.headerFor(li);
      if (header?.line === li) return;
      // A row without fields: read later in the columns the rows with fields show to hold names, where no
      // header says which (a header without a name column, 提货人(微信昵称) | 手机: its rows with a mobile show it).
      if (fieldLines[li] !== 1 && (!header || (header.nameColumns.length === 0 && !header.nameParts))) return void notRecords.push([li, delimiter]);
      const bounds = cellBounds(seg, lineStart(lineEnds, li), lineEnds[li]!, delimiter, this.rowCells);
      // A row cut otherwise than its header (a PDF page's cells doubled or run
      // together, a comma unquoted) is not under its columns: it is read as a
      // row on its own.
      if (header && bounds.length !== header.columns.length * 2) header = null;
      const nameColumns = header?.nameColumns ?? [];
      const parts = header?.nameParts;
      // Under a header the columns are known: names come from name columns only
      // (a header without one says nothing about names: its rows are read as rows).
      const rowHasFields = fieldLines[li] === 1 && (!header || ((nameColumns.length === 0 || header.staffOnly) && !parts));
      if (parts) this.nameInParts(seg, bounds, parts, (start, end, value) => add(start, end, value, labelled, li));
      if (!rowHasFields && nameColumns.length === 0) return;
      // found[cursor] is the first field at or after the cell (rows come in offset order).
      if (fieldLines[li] === 1) while (cursor < found.length && found[cursor]!.start < (bounds[0] ?? 0)) cursor++;
      for (let c = 0; c < bounds.length; c += 2) {
        if (parts?.includes(c / 2)) continue;
        // (A row of a numbered list of records, without a header: 2. 何哲茜,百度 算法工程师,电话 180….)
        const cs = c === 0 && rowHasFields && !header ? (listItemAt(seg, bounds[0]!, bounds[1]!)?.end ?? bounds[0]!) : bounds[c]!;
        const ce = bounds[c + 1]!;
        while (cursor < found.length && found[cursor]!.start < cs) cursor++;
        const isNameColumn = nameColumns.includes(c / 2);
        if (isNameColumn && header && !isBlankCell(seg, cs, ce)) unlisted.at(header, c / 2).filled++;
        // A header with no name column still disowns its columns of nicknames, logins and companies (昵称, 用户名).
        if (rowHasFields && header && this.columnRole(r, header.columns[c / 2]!) === 'negative') continue;
        if (header && !isNameColumn && !rowHasFields && fieldLines[li] === 1 && header.columns[c / 2]?.length === 0) {
          // A column its header cell does not label (接送人 beside 幼儿姓名): learnt from its cells.
          if (isBlankCell(seg, cs, ce)) continue;
          const count = unlabelled.at(header, c / 2);
          count.filled++;
          const v = nameCellValue(seg, cs, ce, rule.dictionary);
          // (A household's members in one cell, each who they are in brackets: 郭旭（子）、顾辉岚（配偶）; one
          // person and a note in brackets: 史鑫（68853部队）.)
          const together = v === null ? namesTogether(seg, cs, ce, delimiter !== ',') : null;
          const noted = v === null && !together ? annotatedName(seg, cs, ce, (x) => this.isNameShape(rule, x)) : null;
          const cell = v !== null ? [{ start: cs, end: ce, value: v }] : (together ?? (noted && noted.start === cs && afterBracketed(seg, noted.end) === ce ? [noted] : null));
          for (const n of cell ?? []) {
            if (!this.isNameShape(rule, n.value)) continue;
            count.names.push({ ...n, line: li });
            if (isLooseName(rule, n.value)) count.usual++;
          }
          continue;
        }
        let value = isNameColumn || rowHasFields ? nameCellValue(seg, cs, ce, rule.dictionary) : null;
        let valueStart = cs;
        let valueEnd = ce;
        if (value === null && isNameColumn) {
          // 杨梅晓/王丽秀, 李明欣、谢芳燕, 张玉堂 张雪梅: the owners a cell names together, each a name whole
          // (次仁 丹增 is one name in two parts).
          const together = namesTogether(seg, cs, ce, delimiter !== ',');
          if (together && together.every((n) => this.isNameShape(rule, n.value) && !rule.bareNames?.has(n.value))) {
            for (const n of together) add(n.start, n.end, n.value, labelled, li);
            continue;
          }
          // 张良鹏(链家), 链家-孙凤敏, 王峰 链家: a name column's cell with a note beside the name;
          // Lily 赵璐娜, 刘琳 Eric: with the English name colleagues know.
          const latin = nameBesideLatin(seg, cs, ce, false);
          const named = latin ? { start: latin[0], end: latin[1], value: decodeCell(seg, latin[0], latin[1]) } : annotatedName(seg, cs, ce, (v) => this.isNameShape(rule, v));
          if (named) (value = named.value), (valueStart = named.start), (valueEnd = named.end);
        }
        if (value === null && rowHasFields && ce - cs <= 40) {
          // 郭德福、李建英 in a row of a flat's fields: two people, each of a name's usual characters.
          const together = namesTogether(seg, cs, ce, delimiter !== ',');
          if (together && together.every((n) => this.isNameShape(rule, n.value) && isLooseName(rule, n.value))) {
            for (const n of together) add(n.start, n.end, n.value, rule.confidence, li);
            continue;
          }
        }
        if (value === null && fieldLines[li] === 1 && ce - cs >= 20 && twoFieldsIn(found, cursor, ce, personField)) {
          this.namesInListCell(seg, cs, ce, found, cursor, personField, (start, end, v) => add(start, end, v, rule.confidence, li));
          continue;
        }
        if (value === null && rowHasFields && !header) {
          // Tony 黄骏家, 刘琳 Eric, 王珊(Vivian): a directory's name cell with the English name beside it
          // (under a header, its columns say where names are: not 链家-孙凤敏 under 单位).
          const isName = (v: string): boolean => this.isNameShape(rule, v) && isLooseName(rule, v);
          const latin = nameBesideLatin(seg, cs, ce, false);
          const named = latin ? { start: latin[0], end: latin[1], value: decodeCell(seg, latin[0], latin[1]) } : annotatedName(seg, cs, ce, isName);
          if (named && isName(named.value)) (value = named.value), (valueStart = named.start), (valueEnd = named.end);
        }
        if (value === null && fieldLines[li] === 1) {
          // 罗鑫强 18558754482（采购）, 15207247511 黎永洋: a name and its number in one cell
          // (a JSON line's value too, past its key: "ec":"沈晨超 130-5765-2541").
          const named = nameBeforeNumber(seg, afterJsonKey(seg, cs, ce), ce);
          const after = named ? null : nameAfterNumber(seg, cs, ce);
          if (named && hasFieldIn(found, named.end, ce, personField)) (value = named.value), (valueEnd = named.end);
          else if (after && hasFieldIn(found, cs, after.start, personField)) (value = after.value), (valueStart = after.start), (valueEnd = after.end);
        }
        if (value !== null && isNameColumn && header && !this.isNameShape(rule, value)) {
          if (isUnlistedName(rule, value)) unlisted.at(header, c / 2).names.push({ start: valueStart, end: valueEnd, value, line: li });
          continue;
        }
        if (value !== null && isNameColumn && header) unlisted.at(header, c / 2).listed++;
        if (value === null || !this.isNameShape(rule, value)) continue;
        // Outside a name column only the row says it is a name: not 韩国 in a 国籍 cell.
        if (!isNameColumn && rule.looseExclude?.has(value)) continue;
        add(valueStart, valueEnd, value, isNameColumn ? labelled : rule.confidence, li, isNameColumn && header !== null && header.staffColumns.includes(c / 2));
        if (!header || (nameColumns.length === 0 && !parts)) {
          const t = tableOf(li);
          const counts = namesByColumn.get(t) ?? [];
          counts[c / 2] = (counts[c / 2] ?? 0) + 1;
          namesByColumn.set(t, counts);
        }
      }
    };
    const learntColumns = (): void => {
      for (let i = 0; i < notRecords.length; i++) {
        const [li, delimiter] = notRecords[i]!;
        const counts = namesByColumn.get(tableOf(li));
        if (!counts) continue;
        const bounds = cellBounds(seg, lineStart(lineEnds, li), lineEnds[li]!, delimiter);
        for (let c = 0; c < bounds.length; c += 2) {
          if ((counts[c / 2] ?? 0) < 3) continue;
          const value = nameCellValue(seg, bounds[c]!, bounds[c + 1]!, rule.dictionary);
          if (value !== null && this.isNameShape(rule, value)) add(bounds[c]!, bounds[c + 1]!, value, rule.confidence, li);
        }
      }
    };
    // A list turned on its side (Excel's Transpose): a row of names after a name label (姓名,张伟,李娜,…;
    // taken for a header), whose columns transposedRecords pairs with the rows of fields beside it.
    // (A header row, 姓名,性别,年龄,城市, has no such rows beside it.)
    let fieldCounts: Uint16Array | null = null;
    const namesRow = (li: number, delimiter: TableDelimiter): void => {
      const ls = lineStart(lineEnds, li);
      if (starts[ls] !== 1) return;
      fieldCounts ??= this.sameFieldCounts(found, lineEnds.length);
      let beside = false;
      for (let k = Math.max(0, li - 3); k <= li + 3 && k < lineEnds.length && !beside; k++) beside = fieldCounts[k]! >= TRANSPOSED_MIN && this.delimiterOf[k] === this.delimiterOf[li];
      if (!beside) return;
      const bounds = cellBounds(seg, ls, lineEnds[li]!, delimiter, this.rowCells);
      if (bounds.length < (TRANSPOSED_MIN + 1) * 2 || !this.isLabelOf(r, hits, bounds[0]!, bounds[1]!)) return;
      let shaped = 0;
      for (let c = 2; c < bounds.length; c += 2) if (isCjkNameShape(seg, bounds[c]!, bounds[c + 1]!)) shaped++;
      // Nearly every cell a name's shape (one or two may be empty or odd).
      if (shaped < TRANSPOSED_MIN || shaped * 5 < (bounds.length / 2 - 1) * 4) return;
      for (let c = 2; c < bounds.length; c += 2) {
        if (!isCjkNameShape(seg, bounds[c]!, bounds[c + 1]!)) continue;
        const value = decodeCell(seg, bounds[c]!, bounds[c + 1]!);
        if (this.isNameShape(rule, value)) add(bounds[c]!, bounds[c + 1]!, value, labelled, li);
      }
    };
    if (this.shape.kind === 'table') {
      for (let li = 0; li < lineEnds.length; li++) tableRows(li, this.shape.delimiter);
      learntColumns();
      for (let li = 0; li < lineEnds.length; li++) namesRow(li, this.shape.delimiter);
    } else {
      // Rows of a delimited block pasted into the text.
      for (let li = 0; li < lineEnds.length; li++) {
        const sh = this.lineShape(li);
        if (sh.kind === 'table') tableRows(li, sh.delimiter);
      }
      learntColumns();
      for (let li = 0; li < lineEnds.length; li++) {
        const sh = this.lineShape(li);
        if (sh.kind === 'table') namesRow(li, sh.delimiter);
      }
      // A table printed as text (PDF, fixed-width export): whitespace columns
      // under a header line whose cells are labels (序号 客户姓名 邮件地址).
      for (let li = 0; li < lineEnds.length; li++) {
        if (this.delimiterOf[li]) continue;
        const header = this.headerFor(li);
        if (!header || header.line === li || header.nameColumns.length === 0) continue;
        const row = this.rowUnder(seg, lineEnds, li, header);
        if (!row) continue;
        for (let i = 0; i < header.nameColumns.length; i++) {
          const c = header.nameColumns[i]!;
          const k = row.cellOf[c]!;
          if (k < 0) continue;
          const cs = row.bounds[k * 2]!;
          const ce = row.bounds[k * 2 + 1]!;
          if (!isBlankCell(seg, cs, ce)) unlisted.at(header, c).filled++;
          // (孔　生: a name padded to a longer one's width, read as a table's cell is; not 朱 峰 of 朱 峰 佳.)
          const spacedOn = seg[ce] === 0x20 && isCjkAt(seg, ce + 1);
          const padded = isCjkNameShape(seg, cs, ce) || spacedOn ? null : nameCellValue(seg, cs, ce, rule.dictionary);
          if (padded !== null && this.isNameShape(rule, padded)) {
            add(cs, ce, padded, labelled, li);
            continue;
          }
          if (!isCjkNameShape(seg, cs, ce)) {
            // 罗立（父亲）: who the person is to the customer, in brackets after the name, the whole cell
            // (a cell of such a header's column may be any line's piece under it: 费别：新农合, 班型: (夜间班)).
            const named = annotatedName(seg, cs, ce, (v) => this.isNameShape(rule, v));
            if (named && named.start === cs && afterBracketed(seg, named.end) === ce) add(named.start, named.end, named.value, labelled, li);
            continue;
          }
          const value = decodeCell(seg, cs, ce);
          if (this.isNameShape(rule, value)) {
            unlisted.at(header, c).listed++;
            add(cs, ce, value, labelled, li);
          } else if (isUnlistedName(rule, value)) unlisted.at(header, c).names.push({ start: cs, end: ce, value, line: li });
        }
      }
      let first = 0; // found[first] is the line's first field (found and lines are both in offset order)
      // (A surname and a title, 请联系王经理, names a role there, not a person of a list.)
      // Only the words around it bound such a name: its given name must be of the characters given names are made of.
      const nameInSentence = (value: string): boolean =>
        !FUNCTION_WORDS.test(value) && !isFormOfAddress(rule, value) && this.isNameShape(rule, value) && isLooseName(rule, value);
      for (let li = 0; li < lineEnds.length; li++) {
        if (!fieldLines[li] || this.delimiterOf[li]) continue;
        while (first < found.length && found[first]!.line < li) first++;
        const from = lineStart(lineEnds, li);
        // A sentence is not a record row (经核实，贾柏的身份证号码为…), but a list can be run into
        // one (本周新增客户：郭军勇，186…；高洋秀，138…。): there, only a name that stands alone
        // between separators, a person field the very next token or the one before, is read.
        const prose = someTextToken(seg, from, lineEnds[li]!, false, (start, end) => isProse(seg, start, end));
        const token = (start: number, end: number): void => {
          // A numbered list's mark glued to the name (8.张晨思, 14.孙梅 +86-167…).
          if (start === from) start = listItemAt(seg, start, end)?.end ?? start;
          if (starts[start] === 1) return;
          const named = this.nameIn(seg, start, prose ? end : secondEntryEnd(seg, start, end), prose);
          if (named && !rule.looseExclude?.has(named.value)) add(start, named.end, named.value, rule.confidence, li);
          // A phone book's name and its note a dash apart (刘明敏-装修, 链家-孙凤敏), read as in a cell; not a word
          // glued to a number (代购-139…: the run beside a field is read below, where a word beside many numbers stays one).
          const noted = named || prose || !hasByte(seg, 0x2d, start, end) || hasDigit(seg, start, end) ? null : annotatedName(seg, start, end, (v) => this.isNameShape(rule, v));
          if (noted && !rule.looseExclude?.has(noted.value)) add(noted.start, noted.end, noted.value, rule.confidence, li);
          // A fixed-width record's name glued to the code or the amount before it (D202412151141黎雅婷,
          // 1052.00赵淑珍; not 10.9公里): of the usual given-name characters, after five digits or more
          // that are no person field.
          const numbered = named || noted || prose ? null : nameAfterNumber(seg, start, end);
          if (numbered && numberBefore(seg, start, numbered.start) >= 5 && isLooseName(rule, numbered.value) && this.isNameShape(rule, numbered.value) && !hasFieldIn(found, start, numbered.start, personField)) {
            add(numbered.start, numbered.end, numbered.value, rule.confidence, li);
          }
        };
        // Inside the sentence of each field: 今天联系了孙娜英，电话177…; 护照号码 E…，牟欢下周去东京出差.
        let sentenceEnd = -1;
        for (let x = first; x < found.length && found[x]!.line === li; x++) {
          const f = found[x]!;
          if (!personField(f) || f.start < sentenceEnd) continue;
          const [ss, se] = sentenceAround(seg, from, lineEnds[li]!, f.start, f.end);
          sentenceEnd = se;
          const inSentence = namesInSentence(seg, ss, se, nameInSentence);
          for (let i = 0; i < inSentence.length; i++) {
            const n = inSentence[i]!;
            if (!keywordWithin(starts, n.start, n.end)) add(n.start, n.end, n.value, rule.confidence, li);
          }
        }
        if (!prose) {
          const tokens = splitTextTokens(seg, from, lineEnds[li]!, true);
          for (let i = 0; i < tokens.length; i++) token(tokens[i]!.start, tokens[i]!.end);
          const spaced = spacedNames(seg, tokens);
          for (let i = 0; i < spaced.length; i++) {
            const n = spaced[i]!;
            if (this.isNameShape(rule, n.value) && starts[n.start] !== 1) add(n.start, n.end, n.value, rule.confidence, li);
          }
          continue;
        }
        for (let x = first; x < found.length && found[x]!.line === li; x++) {
          if (!personField(found[x]!)) continue;
          const before = tokenBefore(seg, from, found[x]!.start);
          const after = tokenAfter(seg, found[x]!.end, lineEnds[li]!);
          if (before) token(before[0], before[1]);
          if (after) token(after[0], after[1]);
        }
      }
      // 张伟13812345678: a name glued to its number (typed without a space; a courier's 收货信息 王芳139…广东省…),
      // a whole run of CJK just before a person field. After one (13812345678张伟) only in a line of two or
      // more person fields, a list: alone, what follows a number is as often a note on it (13800138000关机).
      const perLine = new Uint16Array(lineEnds.length);
      for (let fi = 0; fi < found.length; fi++) if (personField(found[fi]!)) perLine[found[fi]!.line]! += 1;
      const glued: BesideName[] = [];
      for (let fi = 0; fi < found.length; fi++) {
        const f = found[fi]!;
        if (this.delimiterOf[f.line] || !personField(f)) continue;
        const li = f.line;
        const before = cjkRunBefore(seg, f.start, lineStart(lineEnds, li));
        const after = perLine[li]! >= 2 ? cjkRunAfter(seg, f.end, lineEnds[li]!) : null;
        for (let k = 0; k < 2; k++) {
          const run = k === 0 ? before : after;
          const named = run && starts[run[0]] !== 1 ? this.nameIn(seg, run[0], run[1], true) : null;
          if (named) glued.push({ start: run![0], end: named.end, value: named.value, line: li, field: f.value });
        }
      }
      for (const g of seldomRepeated(glued)) add(g.start, g.end, g.value, rule.confidence, g.line);
      // A slide's or an outline's item over the sub-items that hold its fields
      // (➢ 余昊 客户号 CIF045702658⏎    – 身份证：4301…⏎    – 电话：156…): the item's first token.
      for (let li = 0; li + 1 < lineEnds.length; li++) {
        if (fieldLines[li] || this.delimiterOf[li] || !fieldLines[li + 1]) continue;
        const ls = lineStart(lineEnds, li);
        const [from, to] = trimmedLine(seg, ls, lineEnds[li]!);
        const [below] = trimmedLine(seg, lineStart(lineEnds, li + 1), lineEnds[li + 1]!);
        if (below - lineStart(lineEnds, li + 1) <= from - ls) continue;
        const item = bulletEnd(seg, from, to) || (listItemAt(seg, from, to)?.end ?? 0);
        if (item === 0) continue;
        const t = splitTextTokens(seg, item, to, true)[0];
        const named = t && t.start === item && starts[t.start] !== 1 ? this.nameIn(seg, t.start, t.end, false) : null;
        if (named) add(t!.start, named.end, named.value, rule.confidence, li);
      }
      // A table copied from a web page one cell per line: a line that is only a
      // name, and one of the next three lines only a person field (王子珍⏎女⏎
      // 1984/09/21⏎350206198409213868).
      // (The field's detector index + 1.)
      const soleField = new Uint16Array(lineEnds.length);
      for (let fi = 0; fi < found.length; fi++) {
        const f = found[fi]!;
        const trimmed = trimmedLine(seg, lineStart(lineEnds, f.line), lineEnds[f.line]!);
        const ls = trimmed[0];
        const le = trimmed[1];
        // All of its line but a numbered list's mark (3. 13239713391).
        if (personField(f) && f.start <= (listItemAt(seg, ls, le)?.end ?? ls) && f.end >= le) soleField[f.line] = e.detectorIndex[f.rule]! + 1;
      }
      // A chat export's senders (潘博  2024年5月10日 下午4:47, 2024-02-04 10:08:42 范霞(1054757196)): two message
      // headers or more make the text a chat; a sender of a name's shape and of the usual given-name characters
      // is read (a nickname, 微笑向暖 or 木子, is not always told apart).
      // A sender on the line of the message (10:58 徐旭瑶:我们是…) is no field of what the message holds (Hit.aside).
      const senders: Array<{ from: number; to: number; value: string; line: number; inline: boolean }> = [];
      for (let li = 0; li < lineEnds.length; li++) {
        if (this.delimiterOf[li]) continue;
        const ls = lineStart(lineEnds, li);
        const above = messageHeader(seg, ls, lineEnds[li]!) ?? (li + 1 < lineEnds.length ? senderOverStamp(seg, ls, lineEnds[li]!, lineStart(lineEnds, li + 1), lineEnds[li + 1]!) : null);
        const header = above ?? inlineSender(seg, ls, lineEnds[li]!);
        if (!header) continue;
        const value = header.text.slice(header.sender[0], header.sender[1]);
        const from = ls + Buffer.byteLength(header.text.slice(0, header.sender[0]));
        senders.push({ from, to: from + Buffer.byteLength(value), value, line: li, inline: !above });
      }
      if (senders.length >= 2) {
        this.senderLines = new Array<string | undefined>(lineEnds.length);
        for (const s of senders) if (!s.inline) this.senderLines[s.line] = s.value;
        const loose = (value: string): boolean => this.isNameShape(rule, value) && isLooseName(rule, value);
        for (const s of senders) {
          if (loose(s.value)) {
            if (starts[s.from] !== 1) add(s.from, s.to, s.value, rule.confidence, s.line, s.inline);
            continue;
          }
          // A class group's nickname: 郑沐宇家长-李一, 班主任-许辉辉, 赵澄博奶奶 (its shape says a name is there;
          // not a pet name of one character twice, 客服-毛毛).
          for (const [a, b] of nicknameParts(s.value)) {
            const value = s.value.slice(a, b);
            if (value.length === 2 && value[0] === value[1]) continue;
            const from = s.from + Buffer.byteLength(s.value.slice(0, a));
            if (starts[from] !== 1 && this.isNameShape(rule, value)) add(from, from + Buffer.byteLength(value), value, rule.confidence, s.line, s.inline);
          }
        }
      }
      // A table copied one cell to a line under its labels (客户名称⏎手机⏎负责人⏎付磊涛⏎177****0002⏎郝嘉雪⏎…).
      for (const t of this.cellLineTables(seg, hits, lineEnds, soleField, (from, to, value, li) => add(from, to, value, labelled, li))) {
        for (let li = t.header; li < t.header + t.columns; li++) labelLines.add(li);
      }
      this.columnDumps(seg, lineEnds, fieldLines, soleField, starts, (from, to, li) => {
        const value = decodeCell(seg, from, to);
        if (this.isNameShape(rule, value)) add(from, to, value, rule.confidence, li);
      });
      // The names line of a list on its side in text (张伟 李娜 王芳 …⏎138… 139… 137… …): as many
      // names as a line near it has fields of one detector, five or more (acrossLines pairs them).
      for (let li = 0; li < lineEnds.length; li++) {
        if (fieldLines[li] || this.delimiterOf[li]) continue;
        const counts = (fieldCounts ??= this.sameFieldCounts(found, lineEnds.length));
        let want = 0;
        for (let k = Math.max(0, li - 2); k <= li + 2 && k < lineEnds.length && want === 0; k++) if (counts[k]! >= TRANSPOSED_MIN) want = counts[k]!;
        if (want === 0) continue;
        const tokens = splitTextTokens(seg, lineStart(lineEnds, li), lineEnds[li]!, true);
        if (tokens.length > 0 && starts[tokens[0]!.start] === 1) tokens.shift(); // its label (姓名：)
        if (tokens.length !== want || !tokens.every((t) => isCjkNameShape(seg, t.start, t.end))) continue;
        for (const t of tokens) {
          const value = decodeCell(seg, t.start, t.end);
          if (this.isNameShape(rule, value)) add(t.start, t.end, value, rule.confidence, li);
        }
      }
      // A business card's name beside its romanised form, above a contact line
      // (FENG YANJUAN  冯艳娟⏎总经理助理⏎Mobile 手机: 139…).
      for (let li = 0; li + 1 < lineEnds.length; li++) {
        if (fieldLines[li] || this.delimiterOf[li]) continue;
        const trimmed = trimmedLine(seg, lineStart(lineEnds, li), lineEnds[li]!);
        const lineFrom = trimmed[0];
        // An envelope's or a parcel label's addressee: 杨勇博 先生 收.
        const lineTo = addresseeEnd(seg, lineFrom, trimmed[1]);
        const whole = isCjkNameShape(seg, lineFrom, lineTo);
        const card = whole ? null : nameBesideLatin(seg, lineFrom, lineTo);
        // A phone's contact list read by OCR: the name and the tag it was saved with (王莉萱 私教, 黎璐 双人年卡), its number on the next line.
        const tagged = whole || card || !(li + 1 < lineEnds.length && soleField[li + 1]! > 0) ? 0 : taggedNameEnd(seg, lineFrom, lineTo);
        const from = card ? card[0] : lineFrom;
        const to = card ? card[1] : tagged || lineTo;
        if ((!whole && !card && !tagged) || starts[from] === 1) continue;
        // A card's name over its title (朱磊旭⏎项目经理 | Director⏎武汉博远咨询有限公司⏎TEL …), its romanised form between them or not.
        const titled = whole && this.jobTitleBelow(seg, lineEnds, li);
        // A phone's screen read by OCR: a contact's page (郭德⏎昵称:风轻云淡⏎微信号:…), a call log's entry (黄伟兰⏎手机⏎23:55).
        let near = tagged > 0 || (whole && li + 1 < lineEnds.length && isPhoneScreenBelow(seg, lineEnds, li));
        for (let k = li + 1; k <= li + (titled ? 6 : 3) && k < lineEnds.length && !near; k++) {
          const [ks, ke] = trimmedLine(seg, lineStart(lineEnds, k), lineEnds[k]!);
          // (In a chat export the next message is after a blank line and its header.)
          if (ks === ke && !(k + 1 < lineEnds.length && isMessageHeader(seg, lineStart(lineEnds, k + 1), lineEnds[k + 1]!))) break;
          near = soleField[k]! > 0 || ((card !== null || lineTo !== trimmed[1] || titled) && fieldLines[k] === 1);
        }
        if (!near) continue;
        const value = decodeCell(seg, from, to);
        if (this.isNameShape(rule, value)) add(from, to, value, rule.confidence, li);
      }
    }
    // Unlisted names: under a 姓名/名字 header (a register of Uyghur traders has few listed names) where
    // names fill half its cells or more (not a form's column of labels under a 姓名 | 黄梅俊 row: 问题描述,
    // 企业客户), or in a column of three listed names or more and four times as many as them (a 客户名称
    // or 对方户名 column holds companies too).
    const personal = (header: TableHeader, column: number): boolean => this.isPersonalNameLabel(header.columns[column]);
    const takes = (c: ColumnCount, h: TableHeader, col: number): boolean =>
      personal(h, col) ? c.listed + c.names.length >= 2 && (c.listed + c.names.length) * 2 >= c.filled : c.listed >= 3 && c.listed >= 4 * c.names.length;
    // (A pet name, 朵朵, counts in its column's tally as a word that is no listed name, but is not taken.)
    for (const n of unlisted.taken(takes)) if (!isPetName(n.value)) add(n.start, n.end, n.value, labelled, n.line);
    // Unlabelled columns: three names or more, four in five of the filled cells, half of them of the
    // usual given-name characters (a column of goods, 桑葚 皮蛋 蓝莓, passes the surname list, not this);
    // each someone else than the row's person (Hit.aside).
    for (const n of unlabelled.taken((c) => c.names.length >= 3 && c.names.length * 5 >= c.filled * 4 && c.usual * 2 >= c.names.length)) add(n.start, n.end, n.value, rule.confidence, n.line, true);
    // The first confirmed candidate at a position wins (a label before a column).
    const ok = confirmBatch(rule, candidates.map((c) => c.value));
    const named = new Set<number>();
    const names: Hit[] = [];
    candidates.forEach((c, i) => {
      if (!ok[i] || named.has(c.start) || phraseStarts.has(c.start) || labelLines.has(c.line) || this.afterNamelessLabel(seg, hits, c.start)) return;
      named.add(c.start);
      names.push(c);
    });
    // A name inside another (燕凤 of 寄件人:沈 燕凤, read as a token beside the phone) is a part of it.
    names.sort((a, b) => a.start - b.start || b.end - a.end);
    let reach = -1;
    for (const c of names) {
      if (c.end <= reach) continue;
      reach = c.end;
      found.push(c);
    }
    found.sort((a, b) => a.start - b.start);
    for (let i = 0; i < hits.length; i++) if (hits.start[i]! >= this.base) starts[hits.start[i]! - this.base] = 0;
  }

  /**
   * A list in one cell (`张伟 138…；李娜 139…；…`, `张伟138…、李娜139…`; the caller has found
   * two or more person fields in it, found[first] on): the names that stand beside them — a
   * whole token next to one, or a run of CJK glued to one — each once or twice (a word
   * beside every number is a word).
   */
  private namesInListCell(seg: Buffer, from: number, to: number, found: readonly Hit[], first: number, personField: (f: Hit) => boolean, name: (start: number, end: number, value: string) => void): void {
    const names: BesideName[] = [];
    for (let i = first; i < found.length && found[i]!.start < to; i++) {
      const f = found[i]!;
      if (f.end > to || !personField(f)) continue;
      const beside = [tokenBefore(seg, from, f.start), tokenAfter(seg, f.end, to), cjkRunBefore(seg, f.start, from), cjkRunAfter(seg, f.end, to)];
      for (const t of beside) {
        const named = t && this.nameIn(seg, t[0], t[1], true);
        if (named) names.push({ start: t![0], end: named.end, value: named.value, line: -1, field: f.value });
      }
    }
    for (const n of seldomRepeated(names)) name(n.start, n.end, n.value);
  }

  /** The line after `li`, or the one after a romanised name there (Zicheng Gao), is a job title. */
  private jobTitleBelow(seg: Buffer, lineEnds: number[], li: number): boolean {
    for (let k = li + 1; k <= li + 2 && k < lineEnds.length; k++) {
      const [ks, ke] = trimmedLine(seg, lineStart(lineEnds, k), lineEnds[k]!);
      if (isJobTitleLine(seg, ks, ke)) return true;
      if (!/^[A-Za-z][A-Za-z .'-]*$/.test(seg.toString('latin1', ks, ke))) return false;
    }
    return false;
  }

  /** Whether the one keyword cell of a header's `columns` is a name column's keyword and nothing else. */
  private nameColumnAlone(bounds: number[], columns: number[][]): boolean {
    const nameRule = this.engine.nameRules[0];
    const c = columns.findIndex((kws) => kws.length > 0);
    if (nameRule === undefined || c < 0) return false;
    const kws = columns[c]!;
    const width = bounds[2 * c + 1]! - bounds[2 * c]!;
    return kws.some((k) => this.engine.automaton.lengths[k] === width && this.engine.roles[k]!.positive.includes(nameRule) && !this.engine.roles[k]!.negative.includes(nameRule));
  }

  /** A keyword that names a person (a label or a title) starts at seg offset `at`. */
  private nameLabelStartsAt(hits: KeywordHits, at: number): boolean {
    const r = this.engine.nameRules[0]!;
    for (let i = hits.lowerBound(this.base + at); i < hits.length && hits.end[i]! <= this.base + at + 64; i++) {
      if (hits.start[i] === this.base + at && this.engine.roles[hits.kw[i]!]!.positive.includes(r)) return true;
    }
    return false;
  }

  /** A keyword that disowns names, and not for one that it names, ends right before `start` past a colon or quotes (昵称：夏天, "nickName":"夏天"). */
  private afterNamelessLabel(seg: Buffer, hits: KeywordHits, start: number): boolean {
    let p = start;
    let marked = false; // (a space alone parts two words: 测试账号 黄阳)
    for (let k = 0; k < 4 && p > 0; k++) {
      const b = seg[p - 1]!;
      const width = b === 0x20 || b === 0x22 || b === 0x27 || b === 0x3a || b === 0x3d ? 1 : p >= 3 && seg[p - 3] === 0xef && seg[p - 2] === 0xbc && b === 0x9a ? 3 : 0; // ：
      if (width === 0) break;
      if (b !== 0x20) marked = true;
      p -= width;
    }
    if (!marked) return false;
    const r = this.engine.nameRules[0]!;
    for (let i = hits.lowerBound(this.base + p); i < hits.length && hits.end[i] === this.base + p; i++) {
      const role = this.engine.roles[hits.kw[i]!]!;
      if (role.negative.includes(r) && !role.positive.includes(r)) return true;
    }
    return false;
  }

  /** The line's one keyword cell heads names, and the cells after it, spaces left out, are a name. */
  private nameAfterLoneLabel(seg: Buffer, bounds: number[], columns: number[][]): boolean {
    const nameRule = this.engine.nameRules[0];
    const c = columns.findIndex((kws) => kws.length > 0);
    if (nameRule === undefined || c < 0 || 2 * c + 2 >= bounds.length) return false;
    if (!columns[c]!.some((k) => this.engine.roles[k]!.positive.includes(nameRule) && !this.engine.roles[k]!.negative.includes(nameRule))) return false;
    const from = bounds[2 * c + 2]!;
    const to = bounds[bounds.length - 1]!;
    if (to - from > 24) return false;
    const value = seg.toString('utf8', from, to).replace(/\s+/g, '');
    return /^\p{Script=Han}{2,4}$/u.test(value) && this.isNameShape(this.engine.rules[nameRule]!, value);
  }

  /**
   * The name a token or run of CJK holds (a form of address after it left out:
   * 张伟先生), or null; in a `sentence`, not a phrase of function words (应该是 4201…).
   */
  private nameIn(seg: Buffer, start: number, end: number, sentence: boolean): { end: number; value: string } | null {
    end -= titleAt(seg, start, end);
    if (!isCjkNameShape(seg, start, end)) return null;
    const value = decodeCell(seg, start, end);
    if (sentence && FUNCTION_WORDS.test(value)) return null;
    return this.isNameShape(this.engine.rules[this.engine.nameRules[0]!]!, value) ? { end, value } : null;
  }

  /**
   * A table row without digits whose cells hold keywords is a header (one
   * keyword cell suffices near the top of a unit, two further down, where a
   * new table may start). Found before candidates are judged, so the header's
   * columns give context to the rows below it.
   */
  private findHeaders(seg: Buffer, hits: KeywordHits, lineEnds: number[]): void {
    const lineSet = new Set<number>();
    for (let i = 0; i < hits.length; i++) if (hits.start[i]! >= this.base) lineSet.add(lineOf(lineEnds, hits.start[i]! - this.base));
    const lines = [...lineSet].sort((a, b) => a - b);
    for (let i = 0; i < lines.length; i++) {
      const li = lines[i]!;
      const ls = lineStart(lineEnds, li);
      const le = lineEnds[li]!;
      if (hasLongDigitRun(seg, ls, le)) continue;
      const sh = this.lineShape(li);
      const bounds = this.cellsOf(seg, ls, le, sh);
      if (hasNumberCell(seg, bounds)) continue;
      if (sh.kind === 'text' && !isHeaderLike(seg, bounds)) continue;
      const columns: number[][] = [];
      let cellsWithKeywords = 0;
      for (let c = 0; c < bounds.length; c += 2) {
        const cs = this.base + bounds[c]!;
        const ce = this.base + bounds[c + 1]!;
        const inCell: number[] = [];
        for (let i = hits.lowerBound(cs); i < hits.length && hits.end[i]! <= ce; i++) if (hits.start[i]! >= cs) inCell.push(i);
        // A word that only disowns a column does not inside a longer keyword: 用户名称 is a customer's name,
        // not the 用户名 (a login) inside it.
        const onlyNegative = (i: number): boolean => this.engine.roles[hits.kw[i]!]!.positive.length === 0;
        // A title with more of a word after it (参加时间, 请假天数, 试驾登记表) heads no name column;
        // with who it is, it does (宝宝信息, 审核人签字).
        const titleInWord = (i: number): boolean =>
          this.engine.roles[hits.kw[i]!]!.title.includes(this.engine.nameRules[0]!) && hits.end[i]! < ce && isCjkAt(seg, hits.end[i]! - this.base) &&
          !TITLE_HEADER_TAIL.test(seg.toString('utf8', hits.end[i]! - this.base, Math.min(ce - this.base, hits.end[i]! - this.base + 6)));
        const kws = inCell.filter((i) => !(onlyNegative(i) && inCell.some((j) => hitInside(hits, i, j))) && !titleInWord(i)).map((i) => hits.kw[i]!);
        if (kws.length) cellsWithKeywords++;
        columns.push(kws);
      }
      // A delimited block's header is its first line (a block continued from the last segment has its header already),
      // or its second under a title (`会员数据,,,,,`: one cell filled), which is no header.
      if (this.delimiterOf[li]) {
        const first = this.blockOf[li]!;
        if (li === first && isTitleRow(bounds)) continue;
        if (li !== first && !(li === first + 1 && isTitleRow(this.cellsOf(seg, lineStart(lineEnds, first), lineEnds[first]!, sh)))) continue;
        if (li === 0 && this.continued) continue;
      }
      // Under a printed header, a row that lines up under its columns, one cell a keyword, is a row
      // (主桌 A02 执行会长: a seat kept for a post; 3号桌 D02 郑冬珍 … 副会长), not a new table's header.
      if (cellsWithKeywords < 2 && sh.kind === 'text' && this.isRowUnderTextHeader(seg, lineEnds, li, bounds)) continue;
      // A name label and its value, the rest of the line (姓名 李 艺 on a report's form): no printed header over rows.
      if (sh.kind === 'text' && cellsWithKeywords === 1 && this.nameAfterLoneLabel(seg, bounds, columns)) continue;
      let needed = sh.kind === 'text' ? (bounds.length <= 8 ? 1 : 2) : this.lineBase + li < 5 || this.delimiterOf[li] ? 1 : 2;
      // A printed header of five cells or more whose one keyword is a name column's, the cell that word
      // alone, over a row of as many cells (桌号 座位 姓名 单位 会内职务, a seating chart).
      if (needed === 2 && sh.kind === 'text' && cellsWithKeywords === 1 && li + 1 < lineEnds.length && this.nameColumnAlone(bounds, columns)) {
        // (Not a row whose cell holds a keyword, 副会长, as the next row's does. The row past a rule of dashes
        // under the header; its cells parted by wide spaces when a cell holds one: 卡**** **** **** 5087. The first
        // of the next four rows with as many cells: a seat kept for a post has fewer, 主桌 A01 秘书长.)
        let below = li + 1;
        if (below + 1 < lineEnds.length && isTableRule(seg, lineStart(lineEnds, below), lineEnds[below]!)) below++;
        const c = columns.findIndex((kws) => kws.length > 0);
        for (const last = Math.min(lineEnds.length, below + 4); below < last; below++) {
          let next = this.cellsOf(seg, lineStart(lineEnds, below), lineEnds[below]!, sh);
          if (next.length !== bounds.length) next = wideSpaceCells(seg, lineStart(lineEnds, below), lineEnds[below]!);
          if (next.length !== bounds.length) continue;
          const i = hits.lowerBound(this.base + next[2 * c]!);
          if (!(i < hits.length && hits.end[i]! <= this.base + next[2 * c + 1]!)) needed = 1;
          break;
        }
      }
      if (cellsWithKeywords < needed) continue;
      // Under a header already in force, a row of one keyword cell beside a name
      // is a record (手机银行 | 范旭雄 in a statement), not a new table's header.
      if (cellsWithKeywords < 2 && this.shape.kind === 'table' && this.headerFor(li) !== null && this.hasNameCell(seg, bounds, columns)) continue;
      // (A row with three labels or more is a header all the same: 祖籍 or 年龄 over a column reads as a name;
      // so is one whose next row says it is: 劳育 over 86, a score; 蔡礼灿 under 姓名.)
      if (this.delimiterOf[li] && cellsWithKeywords < 3 && this.hasNameCell(seg, bounds, columns) && !this.headerOverRows(seg, lineEnds, li, bounds, columns)) continue;
      const nameRule = this.engine.nameRules[0];
      let nameColumns: number[] = [];
      let nameParts: readonly [number, number] | null = null;
      if (nameRule !== undefined) {
        columns.forEach((kws, c) => {
          const roles = kws.map((k) => this.engine.roles[k]!);
          if (roles.some((r) => r.positive.includes(nameRule)) && !roles.some((r) => r.negative.includes(nameRule))) nameColumns.push(c);
        });
        nameParts = namePartColumns(this.engine.rules[nameRule]!, seg, bounds);
        // `First Name` holds the word Name, but not a name: the pair is read together.
        if (nameParts) nameColumns = nameColumns.filter((c) => !nameParts!.includes(c));
        // A WeChat friends export (昵称, 备注, 微信号): its 备注 is the name the owner saved the friend under.
        const remark = wechatRemarkColumn(seg, bounds);
        if (remark >= 0 && !nameColumns.includes(remark)) nameColumns.push(remark);
      }
      // 陪看人, 佩戴人: beside a name column, a cell that is a word of a person's role no pack lists heads one too.
      if (nameRule !== undefined && nameColumns.length > 0) {
        for (let c = 0; c < columns.length; c++) if (columns[c]!.length === 0 && isRoleCell(seg, bounds[2 * c]!, bounds[2 * c + 1]!)) nameColumns.push(c);
      }
      const titled = (c: number): boolean => columns[c]!.length > 0 && columns[c]!.every((kw) => this.engine.roles[kw]!.title.includes(nameRule!));
      const staffColumns = nameColumns.some((c) => !titled(c)) ? nameColumns.filter(titled) : [];
      const staffOnly = nameColumns.length > 0 && nameColumns.every(titled);
      this.segmentHeaders.push({ line: li, columns, nameColumns, staffColumns, staffOnly, ...(nameParts ? { nameParts } : {}), ...(sh.kind === 'text' ? { at: cellStarts(seg, ls, bounds) } : {}) });
    }
  }

  /** Line `li`, cut into `bounds`, has two cells or more, no more than the printed header in force (four or more), and lines up under its columns. */
  private isRowUnderTextHeader(seg: Buffer, lineEnds: number[], li: number, bounds: number[]): boolean {
    const header = this.headerFor(li);
    if (!header?.at || this.delimiterOf[header.line] || header.columns.length < 4 || bounds.length < 4 || bounds.length / 2 > header.columns.length) return false;
    return this.rowUnder(seg, lineEnds, li, header) !== null;
  }

  /** A cell without keywords that holds a person's name. */
  private hasNameCell(seg: Buffer, bounds: number[], columns: number[][]): boolean {
    const r = this.engine.nameRules[0];
    if (r === undefined) return false;
    const rule = this.engine.rules[r]!;
    for (let c = 0; c < bounds.length; c += 2) {
      if (columns[c / 2]!.length > 0) continue;
      const value = nameCellValue(seg, bounds[c]!, bounds[c + 1]!, rule.dictionary);
      if (value !== null && this.isName(rule, value)) return true;
    }
    return false;
  }

  /**
   * Row `li`, of five cells or more, is a header whose cells hold words of a name's shape (劳育 of a
   * score sheet, 房派 of a genealogy) when, in the next row cut alike (past a Markdown rule), every such
   * word stands over a number or a name stands under the row's name label (| 世次 | 房派 | 姓名 | over
   * | 廿三世 | 五房 | 蔡礼灿 |); and none follows a label (a label–value sheet: | 姓名 | 石馨 | 性别 | 女 |).
   */
  private headerOverRows(seg: Buffer, lineEnds: number[], li: number, bounds: number[], columns: number[][]): boolean {
    let below = li + 1;
    if (below < lineEnds.length && isMarkdownRule(seg, lineStart(lineEnds, below), lineEnds[below]!)) below++;
    if (bounds.length < 10 || below >= lineEnds.length || this.delimiterOf[below] !== this.delimiterOf[li]) return false;
    const next = this.cellsOf(seg, lineStart(lineEnds, below), lineEnds[below]!, this.lineShape(below));
    if (next.length !== bounds.length) return false;
    const r = this.engine.nameRules[0]!;
    const rule = this.engine.rules[r]!;
    const isNameCell = (cells: number[], c: number): boolean => {
      const value = nameCellValue(seg, cells[c]!, cells[c + 1]!, rule.dictionary);
      return value !== null && this.isName(rule, value);
    };
    let overNumbers = true;
    let underLabel = false;
    for (let c = 0; c < bounds.length; c += 2) {
      const kws = columns[c / 2]!;
      if (kws.length > 0) {
        const roles = kws.map((k) => this.engine.roles[k]!);
        if (roles.some((role) => role.positive.includes(r) && !role.title.includes(r)) && isNameCell(next, c)) underLabel = true;
        continue;
      }
      if (!isNameCell(bounds, c)) continue;
      if (c > 0 && columns[c / 2 - 1]!.length > 0) return false;
      if (!hasDigit(seg, next[c]!, next[c + 1]!)) overNumbers = false;
    }
    return overNumbers || underLabel;
  }

  /** Cells of a line: by delimiter in a table, by runs of white space in text. */
  private cellsOf(seg: Buffer, from: number, to: number, shape: UnitShape = this.shape): number[] {
    return shape.kind === 'table' ? cellBounds(seg, from, to, shape.delimiter) : whitespaceCells(seg, from, to);
  }

  /** The shape a line is read in: the unit's, or a delimited block's inside text. */
  private lineShape(line: number): UnitShape {
    const d = this.delimiterOf[line];
    return d === 0x09 ? TSV_SHAPE : d === 0x2c ? CSV_SHAPE : d === 0x7c ? PIPE_SHAPE : d === 0x3b ? SEMICOLON_SHAPE : this.shape;
  }

  /**
   * Delimited blocks in a text unit: two or more consecutive lines split by
   * the same delimiter (comma or tab, at least three cells) into the same
   * number of cells — a customer export pasted between sentences.
   */
  private findDelimitedBlocks(seg: Buffer, lineEnds: number[]): void {
    const n = lineEnds.length;
    this.blockOf = new Int32Array(n).fill(-1);
    this.delimiterOf = new Uint8Array(n);
    // A block open at the end of the last segment goes on while its shape does (one line is enough).
    const carried = this.openBlock;
    this.openBlock = null;
    this.continued = null;
    let fromCarry = carried !== null;
    let start = carried ? 0 : -1;
    let delimiter = carried?.delimiter ?? 0;
    let cells = carried?.cells ?? 0;
    let fewest = cells;
    // Lines inside a block that are not of it (one line each, the rows on both sides the block's).
    const gaps: number[] = [];
    const close = (end: number): void => {
      if (start >= 0 && (end - start >= 2 || (fromCarry && end > start))) {
        for (let k = start; k < end; k++) (this.blockOf[k] = start), (this.delimiterOf[k] = delimiter);
        for (let k = 0; k < gaps.length; k++) (this.blockOf[gaps[k]!] = -1), (this.delimiterOf[gaps[k]!] = 0);
        if (fromCarry) this.continued = { header: carried!.header };
      }
      gaps.length = 0;
      fromCarry = false;
      start = -1;
    };
    const rowOf = (li: number): boolean => {
      const ls = lineStart(lineEnds, li);
      const le = lineEnds[li]!;
      const d = dominantDelimiter(seg, ls, le);
      if (d !== delimiter) return false;
      const c = cellIndexAt(seg, ls, le, d) + 1;
      const filled = d === 0x09 ? cellIndexAt(seg, ls, filledEnd(seg, ls, le, d), d) + 1 : c;
      return Math.max(fewest, filled) <= Math.min(cells, c);
    };
    // The next comma and tab at or after the current line (memchr, not a byte loop:
    // most lines of prose hold neither). Lines come in order, so each search moves forward.
    let nextComma = -1;
    let nextTab = -1;
    let nextPipe = -1;
    let nextSemicolon = -1;
    for (let li = 0; li < n; li++) {
      const ls = lineStart(lineEnds, li);
      const le = lineEnds[li]!;
      if (nextComma !== Infinity && nextComma < ls) nextComma = indexOrInfinity(seg, 0x2c, ls);
      if (nextTab !== Infinity && nextTab < ls) nextTab = indexOrInfinity(seg, 0x09, ls);
      if (nextPipe !== Infinity && nextPipe < ls) nextPipe = indexOrInfinity(seg, 0x7c, ls);
      if (nextSemicolon !== Infinity && nextSemicolon < ls) nextSemicolon = indexOrInfinity(seg, 0x3b, ls);
      const d = nextComma < le || nextTab < le || nextPipe < le || nextSemicolon < le ? dominantDelimiter(seg, ls, le) : 0;
      const c = d ? cellIndexAt(seg, ls, le, d) + 1 : 0;
      // Empty cells at the end may be none: an export writes a trailing tab on some rows only.
      const filled = d === 0x09 ? cellIndexAt(seg, ls, filledEnd(seg, ls, le, d), d) + 1 : c;
      if (start >= 0 && d === delimiter && Math.max(fewest, filled) <= Math.min(cells, c)) {
        fewest = Math.max(fewest, filled);
        cells = Math.min(cells, c);
        continue;
      }
      // +----+------+ between a pipe table's rows (a MySQL client's output) goes on with it.
      if (start >= 0 && delimiter === 0x7c && d === 0 && isTableRule(seg, ls, le)) continue;
      // A row whose delimiters were lost (an OCR'd register's `7.15  马可璐  女  6201…` or `7.14 ｜ 梁娜雪 ｜ …`
      // between its `|` rows) is a line of its own, and the block, its header with it, goes on after it:
      // one line without any delimiter but three cells or more parted by wide spaces or bars.
      if (start >= 0 && d === 0 && le - ls <= MAX_GAP_ROW && li + 1 < n && gaps[gaps.length - 1] !== li - 1 && rowOf(li + 1) && SPACED_CELLS.test(seg.toString('utf8', ls, le))) {
        gaps.push(li);
        continue;
      }
      close(li);
      if (d && c >= 3) {
        start = li;
        delimiter = d;
        cells = c;
        fewest = filled;
      }
    }
    // Still open at the segment's end (established here, or continued): the next segment may go on with it.
    if (start >= 0 && (n - start >= 2 || fromCarry) && seg[seg.length - 1] === 0x0a) this.openBlock = { delimiter, cells, header: null };
    close(n);
  }

  /**
   * The header column of the value at p in a row of a table printed as text
   * (PDF, fixed-width export): every cell of the row starts under a column
   * of the header, as in names(); null for any other line.
   */
  private textTableColumn(seg: Buffer, lineEnds: number[], line: number, p: number): { cell: number; header: TableHeader } | null {
    if (this.delimiterOf[line]) return null;
    const header = this.headerFor(line);
    if (!header?.at || header.line === line) return null;
    const row = this.rowUnder(seg, lineEnds, line, header);
    if (!row) return null;
    let k = -1;
    for (let c = 0; c < row.bounds.length && k < 0; c += 2) if (p >= row.bounds[c]! && p < row.bounds[c + 1]!) k = c / 2;
    const cell = k < 0 ? -1 : row.cellOf.indexOf(k);
    return cell >= 0 ? { cell, header } : null;
  }

  /** Line `line` placed under its text header (rowUnderHeader), once per line and segment. */
  private rowUnder(seg: Buffer, lineEnds: number[], line: number, header: TableHeader): HeaderRow | null {
    let row = this.textRows.get(line);
    if (row === undefined) this.textRows.set(line, (row = rowUnderHeader(seg, lineStart(lineEnds, line), lineEnds[line]!, header.columns.length, header.at)));
    return row;
  }

  /** The header in force for a line of the current segment (inside a delimited block: the block's own). */
  private headerFor(line: number): TableHeader | null {
    const block = this.blockOf[line] ?? -1;
    let h = block >= 0 ? (block === 0 && this.continued ? this.continued.header : null) : this.header;
    const headers = this.segmentHeaders;
    for (let i = 0; i < headers.length; i++) {
      const sh = headers[i]!;
      if (sh.line > line) break;
      if (block >= 0 ? sh.line >= block : !this.delimiterOf[sh.line]) h = sh;
    }
    return h;
  }

  /**
   * A name cut into a family-name and a given-name cell (张 | 伟, 欧阳 | 娜),
   * joined; a whole name in either cell with the other empty, as it is.
   * The span given is the family name's cell (or the whole name's).
   */
  private nameInParts(seg: Buffer, bounds: readonly number[], [fc, gc]: readonly [number, number], found: (start: number, end: number, value: string) => void): void {
    const rule = this.engine.rules[this.engine.nameRules[0]!]!;
    const empty = (c: number): boolean => cjkCell(seg, bounds[c * 2]!, bounds[c * 2 + 1]!, 0) === '';
    if (empty(fc) !== empty(gc)) {
      // A whole name in one of the two (阿依古丽·吐尔逊 under 名字, 姓氏 empty) — but 欧阳 alone is a surname.
      const c = empty(gc) ? fc : gc;
      const whole = nameCellValue(seg, bounds[c * 2]!, bounds[c * 2 + 1]!, rule.dictionary);
      if (whole !== null && !(c === fc && rule.dictionary?.has(whole)) && this.isNameShape(rule, whole)) found(bounds[c * 2]!, bounds[c * 2 + 1]!, whole);
      return;
    }
    const family = cjkCell(seg, bounds[fc * 2]!, bounds[fc * 2 + 1]!, 2);
    const given = cjkCell(seg, bounds[gc * 2]!, bounds[gc * 2 + 1]!, 3);
    if (!family || !given) return;
    if (this.isNameShape(rule, family + given)) found(bounds[fc * 2]!, bounds[fc * 2 + 1]!, family + given);
  }

  /** A column headed 姓名 or 名字 (客户姓名, 联系人姓名): it holds people, whatever their names (客户名称 may hold companies). */
  private isPersonalNameLabel(column: readonly number[] | undefined): boolean {
    const words = this.engine.automaton.keywords;
    return column?.some((kw) => {
      const w = words[kw];
      return typeof w === 'string' && (w.includes('姓名') || w.includes('名字'));
    }) === true;
  }

  private isName(rule: CompiledRule, value: string): boolean {
    return this.isNameShape(rule, value) && rule.pattern.test(value);
  }

  /** For each line whose person fields are all of one detector, how many it holds (else 0). */
  private sameFieldCounts(found: readonly Hit[], lines: number): Uint16Array {
    const out = new Uint16Array(lines);
    for (let i = 0, j = 0; i < found.length; i = j) {
      const rule = this.engine.rules[found[i]!.rule]!;
      let same = rule.recordField;
      for (j = i; j < found.length && found[j]!.line === found[i]!.line; j++) {
        if (this.engine.rules[found[j]!.rule]!.detector !== rule.detector || found[j]!.impersonal) same = false;
      }
      if (same) out[found[i]!.line] = Math.min(j - i, 0xffff);
    }
    return out;
  }

  /** A keyword that is positive context for rule r spans seg[start, end) exactly (segment offsets). */
  private isLabelOf(r: number, hits: KeywordHits, start: number, end: number): boolean {
    // Hits are in order of their ends.
    for (let i = hits.lowerBound(this.base + end); i < hits.length && hits.end[i]! === this.base + end; i++) {
      if (hits.start[i]! === this.base + start && this.engine.roles[hits.kw[i]!]!.positive.includes(r)) return true;
    }
    return false;
  }

  /**
   * A list numbered a line each (a mail's guest list: 1. 孙志刚（爸爸）⏎2. 余彩霞（妈妈，7桌） 131…):
   * three items or more numbered one after another, at least one of them with a person's field
   * on its line, and three in four opening with a word of a name's shape that a bracket, a space
   * or the line's end closes. Then the list is of people, and each such word is a name; an item
   * that is none (9. 伴娘团（人数待定）) is left. A list of places or things fails the share.
   */
  private numberedNameList(seg: Buffer, lineEnds: readonly number[], fieldLines: Uint8Array, rule: CompiledRule): Array<NameSpan & { line: number }> {
    const lists: Array<NameSpan & { line: number }> = [];
    let run: Array<(NameSpan & { line: number }) | null> = [];
    let last = 0;
    let withField = false;
    // Every item's name followed by a note in brackets (5. 曹丽(大学室友,7桌), 2. 黄欢佳(2453…)通知书没收到): a list of people, fields or not.
    let annotated = true;
    const flush = (): void => {
      if (run.length === 0) return;
      const named = run.filter((n) => n !== null);
      if (run.length >= 3 && (withField || (annotated && named.length === run.length)) && named.length * 4 >= run.length * 3) lists.push(...named);
      run = [];
      withField = false;
      annotated = true;
    };
    for (let li = 0; li < lineEnds.length; li++) {
      const ls = lineStart(lineEnds, li);
      const le = lineEnds[li]!;
      let from = ls;
      while (from < le && (seg[from] === 0x20 || seg[from] === 0x09)) from++;
      const item = le - from <= 200 && !this.delimiterOf[li] ? listItemAt(seg, from, le) : null;
      if (!item || item.number !== last + 1) {
        flush();
        if (!item || item.number !== 1) {
          last = 0;
          continue;
        }
      }
      last = item.number;
      if (fieldLines[li] === 1) withField = true;
      let end = item.end;
      while (end < le && isCjkAt(seg, end) && end - item.end < 15) end += 3;
      const closed = end === le || seg[end] === 0x28 || seg[end] === 0x20 || seg[end] === 0x09 || (seg[end] === 0xef && seg[end + 1] === 0xbc && seg[end + 2] === 0x88); // ( space tab （
      const value = closed && end - item.end >= 6 && end - item.end <= 12 ? seg.toString('utf8', item.end, end) : '';
      if (!(seg[end] === 0x28 || (seg[end] === 0xef && seg[end + 1] === 0xbc && seg[end + 2] === 0x88))) annotated = false;
      run.push(value && this.isNameShape(rule, value) && isLooseName(rule, value) ? { start: item.end, end, value, line: li } : null);
    }
    flush();
    return lists;
  }

  /** Every check of a name but the rule's pattern (which callers batch: one RE2 call per segment). */
  private isNameShape(rule: CompiledRule, value: string): boolean {
    // 张某某, 王** are masked placeholders, not names.
    if (value.includes('某') || value.includes('*')) return false;
    if (NAME_DOTS.test(value)) return isDottedName([...value]);
    // Characters: the string itself unless a surrogate pair (a rare CJK extension ideograph) is in it.
    const chars: ArrayLike<string> = SURROGATE.test(value) ? [...value] : value;
    const n = chars.length;
    if (n < 2 || n > 4 || !rule.dictionary) return false;
    if (isExcludedWord(rule, value)) return false;
    // 其其格, 扎西顿珠: Tibetan and Mongolian names have no Han surname (and may end as a place does: 朝鲁门).
    if (rule.bareNames && (rule.bareNames.has(value) || (n === 4 && rule.bareNames.has(value.slice(0, 2)) && rule.bareNames.has(value.slice(2))))) return true;
    if (hasPlaceOrOrganisationEnding(value)) return false;
    // 刘哥未(登记), 郭总未: a form of address and what follows it.
    if (n === 3 && (chars[1] === '哥' || chars[1] === '姐' || chars[1] === '总')) return false;
    const compound = rule.dictionary.has(value.slice(0, 2));
    if (n === 4 && !compound && !(rule.dictionary.has(chars[0]!) && rule.dictionary.has(chars[1]!))) return false;
    if (!compound && !rule.dictionary.has(chars[0]!)) return false;
    return !(compound && n < 3 && !rule.dictionary.has(chars[0]!));
  }

  // ── records ───────────────────────────────────────────────────────────

  /**
   * A table dumped a column at a time (column-dumps.ts): each line's kind from
   * the fields found, the people each line of the columns belongs to kept for
   * recordsOf, and `name` called on each line of a names column.
   */
  private columnDumps(
    seg: Buffer,
    lineEnds: number[],
    fieldLines: Uint8Array,
    soleField: Uint16Array,
    keywordStarts: Uint8Array,
    name: (from: number, to: number, line: number) => void,
  ): void {
    const kinds = new Int16Array(lineEnds.length);
    // A column written as a numbered list (1. 蔡然, 2、…): the number of each line, else 0.
    const numbers = new Int32Array(lineEnds.length);
    const nameFrom = new Int32Array(lineEnds.length);
    for (let li = 0; li < lineEnds.length; li++) {
      const trimmed = trimmedLine(seg, lineStart(lineEnds, li), lineEnds[li]!);
      const start = trimmed[0];
      const to = trimmed[1];
      const item = listItemAt(seg, start, to);
      const from = item ? item.end : start;
      numbers[li] = item ? item.number : 0;
      nameFrom[li] = from;
      if (this.delimiterOf[li] || (this.columnRows?.[li] ?? -1) >= 0) kinds[li] = LINE_OTHER;
      else if (from === to) kinds[li] = LINE_BLANK;
      else if (soleField[li]! > 0) kinds[li] = soleField[li]!;
      else if (fieldLines[li]) kinds[li] = LINE_OTHER;
      // A heading that is a keyword (姓名, 客户) is no name.
      else if (keywordStarts[from] !== 1 && isCjkNameShape(seg, from, to) && to - from <= 12) kinds[li] = LINE_NAME;
      else kinds[li] = to - from <= MAX_COLUMN_HEADING ? LINE_LABEL : LINE_OTHER;
    }
    const groups = columnGroups(kinds);
    if (groups.length === 0) return;
    const rows = this.columnRows ?? new Int32Array(lineEnds.length).fill(-1);
    for (const g of groups) {
      // Numbered columns are joined by their numbers (序号), in whatever order each lists them.
      const byNumber = g.firsts.every((first) => isNumbering(numbers.subarray(first, first + g.rows)));
      for (const first of g.firsts) {
        for (let r = 0; r < g.rows; r++) {
          const li = first + r;
          rows[li] = this.columnPeople + (byNumber ? numbers[li]! - 1 : r);
          if (kinds[li] === LINE_NAME) name(nameFrom[li]!, trimmedLine(seg, lineStart(lineEnds, li), lineEnds[li]!)[1], li);
        }
      }
      this.columnPeople += g.rows;
    }
    this.columnRows = rows;
  }

  /**
   * Tables copied one cell to a line under their labels (cell-lines.ts): each
   * row's lines kept for recordsOf as one person's, and `name` called on the
   * cells of a name column. Returns the tables (their label lines hold no name).
   */
  private cellLineTables(seg: Buffer, hits: KeywordHits, lineEnds: number[], soleField: Uint16Array, name: (from: number, to: number, value: string, line: number) => void): CellLineTable[] {
    const e = this.engine;
    const r = e.nameRules[0]!;
    const rule = e.rules[r]!;
    const labels = new Uint8Array(lineEnds.length);
    /** The keyword a label line is, whole; -1 for a label line that is none, or another line. */
    const keyword = new Int32Array(lineEnds.length).fill(-1);
    let fieldLabels = 0;
    for (let li = 0; li < lineEnds.length; li++) {
      if (this.delimiterOf[li]) continue;
      const trimmed = trimmedLine(seg, lineStart(lineEnds, li), lineEnds[li]!);
      const from = trimmed[0];
      const to = trimmed[1];
      if (!isLabelLine(seg, from, to)) continue;
      labels[li] = CELL_LABEL;
      for (let i = hits.lowerBound(this.base + to); i < hits.length && hits.end[i] === this.base + to; i++) {
        const role = e.roles[hits.kw[i]!]!;
        const names = role.positive.includes(r) && !role.negative.includes(r);
        // The whole line, or a name column's word at its end (购机者姓名, 申请人姓名).
        if (hits.start[i] !== this.base + from && !(names && hits.start[i]! > this.base + from)) continue;
        keyword[li] = hits.kw[i]!;
        if (role.positive.some((p) => e.rules[p]!.recordField)) (labels[li] = names ? CELL_NAME_LABEL : CELL_FIELD_LABEL), fieldLabels++;
      }
    }
    if (fieldLabels === 0) return [];
    const positive = (line: number): readonly number[] => (keyword[line]! >= 0 ? e.roles[keyword[line]!]!.positive : []);
    const isNameColumn = (line: number): boolean => labels[line] === CELL_NAME_LABEL;
    const fit = (column: number, headerLine: number, columns: number, line: number): CellFit => {
      if (this.delimiterOf[line]) return -1;
      const [from, to] = trimmedLine(seg, lineStart(lineEnds, line), lineEnds[line]!);
      if (from === to || labels[line]! >= CELL_FIELD_LABEL) return from === to ? 0 : -1;
      const label = positive(headerLine + column);
      const sole = soleField[line]! - 1;
      if (sole >= 0) {
        if (label.some((p) => e.detectorIndex[p] === sole)) return 1;
        // Another column is this field's: the line is not where this column's cell would be. (Not a name
        // column whose label is a card's context too: 持卡人 heads names; 工资卡号 may head the cards.)
        for (let c = headerLine; c < headerLine + columns; c++) if (labels[c] !== CELL_NAME_LABEL && positive(c).some((p) => e.detectorIndex[p] === sole)) return -1;
        return 0;
      }
      if (isMaskedNumberLine(seg, from, to)) return label.some((p) => e.rules[p]!.scanner === 'digits') ? 1 : 0;
      if (!isNameColumn(headerLine + column)) return 0;
      const value = nameCellValue(seg, from, to, rule.dictionary);
      return value !== null && this.isNameShape(rule, value) ? 1 : 0;
    };
    const tables = cellLineTables(labels, fit);
    if (tables.length === 0) return tables; // (columnRows stays null: no table)
    const rows = (this.columnRows ??= new Int32Array(lineEnds.length).fill(-1));
    for (const t of tables) {
      for (let row = 0; row < t.rows; row++) {
        const first = t.header + t.columns * (row + 1);
        for (let c = 0; c < t.columns; c++) {
          const line = first + c;
          rows[line] = this.columnPeople + row;
          if (!isNameColumn(t.header + c)) continue;
          const [from, to] = trimmedLine(seg, lineStart(lineEnds, line), lineEnds[line]!);
          const value = from < to ? nameCellValue(seg, from, to, rule.dictionary) : null;
          if (value !== null && this.isNameShape(rule, value)) name(from, to, value, line);
        }
      }
      this.columnPeople += t.rows;
    }
    return tables;
  }

  /**
   * A list on its side in text (姓名：张伟、李娜、…⏎手机：138…、139…、…): lines of TRANSPOSED_MIN
   * or more fields all of one detector, as many on each, of different detectors, each within two
   * lines of the one before. Marked for recordsOf: the k-th field of each is person k.
   */
  private acrossLines(found: readonly Hit[], counts: Uint16Array): void {
    const e = this.engine;
    const lines = counts.length;
    const rows: Array<{ line: number; count: number; detector: string }> = [];
    for (let i = 0; i < found.length; ) {
      const line = found[i]!.line;
      if (counts[line]! >= TRANSPOSED_MIN && !this.delimiterOf[line]) rows.push({ line, count: counts[line]!, detector: e.rules[found[i]!.rule]!.detector });
      while (i < found.length && found[i]!.line === line) i++;
    }
    let chain: typeof rows = [];
    const close = (): void => {
      if (chain.length >= 2) {
        if (!this.columnRows) this.columnRows = new Int32Array(lines).fill(-1);
        this.columnAcross ??= new Uint8Array(lines);
        for (const row of chain) {
          if (this.columnRows[row.line]! >= 0) continue; // a column dump's already
          this.columnRows[row.line] = this.columnPeople;
          this.columnAcross[row.line] = 1;
        }
        this.columnPeople += chain[0]!.count;
      }
      chain = [];
    };
    for (const row of rows) {
      const prev = chain.at(-1);
      if (!prev || row.line - prev.line > 2 || row.count !== prev.count || chain.some((r) => r.detector === row.detector)) close();
      chain.push(row);
    }
    close();
  }

  /**
   * A list turned on its side (Excel's Transpose: a row per field, a column per
   * person): table rows of TRANSPOSED_MIN or more values all of one detector,
   * two or more detectors among such rows. What one column holds down those
   * rows is one person's record. (Each row alone made none: one detector.)
   */
  private transposedRecords(seg: Buffer, found: Hit[], lineEnds: number[], counts: Uint16Array): void {
    const e = this.engine;
    const rows: Hit[][] = [];
    for (let i = 0, j = 0; i < found.length; i = j) {
      const line = found[i]!.line;
      while (j < found.length && found[j]!.line === line) j++;
      if (counts[line]! >= TRANSPOSED_MIN && this.lineShape(line).kind === 'table') rows.push(found.slice(i, j));
    }
    if (rows.length < 2 || rows.every((r) => e.rules[r[0]!.rule]!.detector === e.rules[rows[0]![0]!.rule]!.detector)) return;
    const people = new Map<number, RecordDraft>();
    for (const row of rows) {
      const line = row[0]!.line;
      const shape = this.lineShape(line);
      if (shape.kind !== 'table') continue;
      const from = lineStart(lineEnds, line);
      for (const h of row) {
        const cell = cellIndexAt(seg, from, h.start, shape.delimiter.charCodeAt(0));
        let person = people.get(cell);
        if (!person) people.set(cell, (person = new RecordDraft()));
        const rule = e.rules[h.rule]!;
        person.add(rule.detector, h.value, fieldHash(rule.detector, h.value), rule.category === 'sensitive-personal');
      }
    }
    for (const person of people.values()) if (person.detectorCount >= 2) this.acc.record(person);
  }

  /** Findings into the accumulator, and the person records they form. `found` is sorted by offset. */
  private recordsOf(seg: Buffer, found: Hit[], lineEnds: number[]): void {
    const e = this.engine;
    const columns = this.columnRows;
    const people = columns ? Array.from({ length: this.columnPeople }, () => new RecordDraft()) : [];
    let i = 0;
    while (i < found.length) {
      const line = found[i]!.line;
      if (columns && columns[line]! >= 0) {
        // A line of a column dump: its person is the row it is in, across the columns; a line of a list on
        // its side: a person per field, in order.
        const across = this.columnAcross?.[line] === 1;
        for (let k = 0; i < found.length && found[i]!.line === line; i++, k++) this.columnField(found[i]!, people[columns[line]! + (across ? k : 0)]!);
        continue;
      }
      if (this.senderLines?.[line] !== undefined) {
        // A message's sender (李浩志 2024-03-15 19:01:47, 郝强<haoq@sina.com>) wrote the fields below, they are not his.
        for (; i < found.length && found[i]!.line === line; i++) this.columnField(found[i]!, null);
        continue;
      }
      if (this.lineShape(line).kind !== 'table' && inQuotedHeader(seg, lineEnds, line)) {
        // A header line quoted in a reply names who wrote or read an earlier message (发件人: 张伟 <zw@…>): its values, no record.
        for (; i < found.length && found[i]!.line === line; i++) this.columnField(found[i]!, null);
        continue;
      }
      const fields = this.lineFields;
      fields.clear();
      let objects = false;
      let prevEnd = -1;
      /** The record holds a number (a mobile, an ID …), not only a name and an e-mail address. */
      let numbered = false;
      const text = this.lineShape(line).kind !== 'table';
      for (; i < found.length && found[i]!.line === line; i++) {
        const f = found[i]!;
        const rule = e.rules[f.rule]!;
        // A field seen again after a JSON object closed: in a minified array (an API
        // dump, all on one line) each object is a person of its own. (A nested object
        // closing inside one person, {"contact":{…}}, repeats no field.) So after a
        // semicolon in a line of text, when the field is the kind the record began
        // with: a list run into one line (`张三:138…；李四:139…`), not a second phone.
        const hash = fieldHash(rule.detector, f.value);
        const semicolon = text && fields.firstDetector === rule.detector && hasSemicolon(seg, prevEnd, f.start);
        // A table row that holds two people (姓名1,手机1,身份证1,姓名2,手机2,身份证2): the kind of
        // field the row began with, again after a record's worth of fields (not a second phone).
        // (The same value again is the same person: 林伟轩 | … | 林伟轩 (2809872859@qq.com), Outlook's display name.)
        // So in a line of text that holds a number: 郭军勇 186… 、高洋秀 138… is a list run into a
        // sentence. (A line of recipients, 张伟 <zw@…>, 李娜 <ln@…>, stays one: names and e-mail only.)
        const again = (!text || numbered) && fields.firstDetector === rule.detector && fields.detectorCount >= 2 && !fields.hasHash(hash);
        if (prevEnd >= 0 && fields.has(rule.detector) && (semicolon || again || hasByte(seg, 0x7d, prevEnd, f.start))) {
          if (this.isPersonRecord(fields)) {
            this.flushBlock();
            this.acc.record(fields);
          }
          fields.clear();
          numbered = false;
          objects = true;
        }
        prevEnd = f.end;
        if (!f.addressOnly) this.acc.finding(rule, f.value, f.confidence, this.location, hash);
        if (rule.recordField && !f.impersonal && !f.nested && !f.aside) {
          fields.add(rule.detector, f.value, hash, rule.category === 'sensitive-personal');
          if (rule.scanner === 'digits' || rule.scanner === 'alnum') numbered = true;
        } else if (!rule.recordField) fields.organisation = true;
      }
      if (fields.size === 0) {
        // 统一社会信用代码：… on a line of its own heads an organisation's key–value block.
        if (fields.organisation && !objects && this.lineShape(line).kind !== 'table') this.block.organisation = true;
        continue;
      }
      const abs = this.lineBase + line;
      if (fields.detectorCount >= 2) {
        this.flushBlock();
        if (this.isPersonRecord(fields)) this.acc.record(fields);
        continue;
      }
      if (objects || this.lineShape(line).kind === 'table') continue;
      // Key–value blocks: 姓名：… / 电话：… / 身份证：… on consecutive lines (one detector per line here).
      const b = this.block;
      const gap = abs - this.blockLastLine;
      // (A chat export's blank line parts messages, not people, when one sender sent them: 2024-08-08 01:00:26 我⏎
      // 司徒玉晓⏎⏎2024-08-08 01:01:26 我⏎155…; what another sends next is about someone else as often.)
      const nextMessage = line > 0 && (this.senderLines ? this.senderLines[line - 1] !== undefined : isMessageHeader(seg, lineStart(lineEnds, line - 1), lineEnds[line - 1]!));
      const sameSender = nextMessage && (!this.senderLines || this.senderAbove(line) === this.blockSender);
      const blankBetween = gap > 1 && line > 0 && hasBlankLine(seg, lineEnds, Math.max(0, line - gap), line) && !sameSender;
      // A form's other lines (工号：E01023, 部门：研发部, 实发工资：…) between two of a person's fields are no gap.
      const far = gap > 3 && !(line - gap + 1 >= 0 && everyLineKeyValue(seg, lineEnds, line - gap + 1, line));
      if (b.size && (far || blankBetween || b.has(fields.firstDetector!))) this.flushBlock();
      if (b.size === 0 && this.senderLines) this.blockSender = this.senderAbove(line);
      b.addAll(fields);
      this.blockLastLine = abs;
    }
    for (const person of people) if (person.detectorCount >= 2) this.acc.record(person);
  }

  /** A field of a line read apart from the others: a finding, and a field of its person (a column dump's) or of none. */
  private columnField(f: Hit, person: RecordDraft | null): void {
    const rule = this.engine.rules[f.rule]!;
    const hash = fieldHash(rule.detector, f.value);
    if (!f.addressOnly) this.acc.finding(rule, f.value, f.confidence, this.location, hash);
    if (person && rule.recordField && !f.impersonal && !f.nested && !f.aside) person.add(rule.detector, f.value, hash, rule.category === 'sensitive-personal');
  }

  /**
   * Two person fields or more, but not an organisation's row: beside its credit code, with no name
   * and nothing sensitive, a switchboard and a finance@ mailbox are the company's (a supplier list).
   */
  private isPersonRecord(d: RecordDraft): boolean {
    if (d.detectorCount < 2) return false;
    const name = this.engine.nameRules[0];
    return !d.organisation || d.sensitive || (name !== undefined && d.has(this.engine.rules[name]!.detector));
  }

  private flushBlock(): void {
    if (this.isPersonRecord(this.block)) this.acc.record(this.block);
    this.block.clear();
    this.blockLastLine = -10;
    this.blockSender = null;
  }

  /** Who sent the message line `line` is in (the sender of the nearest message header above it), in a chat. */
  private senderAbove(line: number): string | null {
    for (let k = line - 1; k >= 0 && k >= line - MAX_MESSAGE_LINES; k--) {
      const sender = this.senderLines?.[k];
      if (sender !== undefined) return sender;
    }
    return null;
  }
}

// ── helpers ───────────────────────────────────────────────────────────────

const CSV_SHAPE = { kind: 'table', delimiter: ',' } as const satisfies UnitShape;
const TSV_SHAPE = { kind: 'table', delimiter: '\t' } as const satisfies UnitShape;
/** A table drawn with pipes: Markdown, a MySQL client's output, a fixed-width report with rules. */
const PIPE_SHAPE = { kind: 'table', delimiter: '|' } as const satisfies UnitShape;
/** A semicolon-separated export (Excel's CSV where the decimal mark is a comma, and shops' tools set to it). */
const SEMICOLON_SHAPE = { kind: 'table', delimiter: ';' } as const satisfies UnitShape;
type TableDelimiter = (UnitShape & { kind: 'table' })['delimiter'];

/** seg[from, to) is a Markdown table's rule under its header (|---|:---:|), dashes among pipes, colons and spaces. */
function isMarkdownRule(seg: Buffer, from: number, to: number): boolean {
  let dash = false;
  for (let p = from; p < to; p++) {
    const b = seg[p]!;
    if (b === 0x2d) dash = true;
    else if (b !== 0x7c && b !== 0x3a && b !== 0x20 && b !== 0x0d) return false;
  }
  return dash;
}

/** Rows in which two cells must join to a value before a column pair is taken for a value cut in two. */
const MIN_JOINED_ROWS = 3;

const isCellEdge = (b: number | undefined): boolean => b === 0x20 || b === 0x22 || b === 0x09 || b === 0x0d;

/** A cell of one to eight ASCII digits (quotes and spaces around them allowed): a part of a value, perhaps. No allocation: it runs on every number cell. */
function isShortDigitCell(seg: Buffer, start: number, end: number): boolean {
  while (start < end && isCellEdge(seg[start])) start++;
  while (end > start && isCellEdge(seg[end - 1])) end--;
  if (end - start < 1 || end - start > 8) return false;
  for (let p = start; p < end; p++) if (!(seg[p]! >= 0x30 && seg[p]! <= 0x39)) return false;
  return true;
}

/** A cell's digits when it holds digits only (and an ID's final X), quotes and spaces around them; else null. */
/**
 * The digits a cell holds base64-encoded, whole (MTM4MDAxMzgwMDA= is 13800138000):
 * 12-28 characters of the alphabet with a letter among them, padded or not, that
 * decode to 7-19 digits (an ID's X last allowed); else null.
 */
function base64Digits(seg: Buffer, start: number, end: number): string | null {
  while (start < end && isCellEdge(seg[start])) start++;
  while (end > start && isCellEdge(seg[end - 1])) end--;
  let body = end;
  while (body > start && end - body < 2 && seg[body - 1] === 0x3d) body--;
  if (body - start < 12 || end - start > 28) return null;
  let letter = false;
  for (let p = start; p < body; p++) {
    const b = seg[p]!;
    if (isAsciiLetter(b)) letter = true;
    else if (!isAsciiDigit(b) && b !== 0x2b && b !== 0x2f) return null;
  }
  if (!letter) return null;
  const text = Buffer.from(seg.toString('latin1', start, body), 'base64').toString('latin1');
  if (text.length < 7 || text.length > 19) return null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 0x30 && c <= 0x39) && !((c | 0x20) === 0x78 && i === text.length - 1)) return null;
  }
  return text;
}

function cellDigits(seg: Buffer, start: number, end: number): string | null {
  while (start < end && isCellEdge(seg[start])) start++;
  while (end > start && isCellEdge(seg[end - 1])) end--;
  if (end - start > 20) return null;
  for (let p = start; p < end; p++) {
    const b = seg[p]!;
    if (!(b >= 0x30 && b <= 0x39) && !((b | 0x20) === 0x78 && p === end - 1 && p > start)) return null;
  }
  return seg.toString('latin1', start, end);
}

/** Whether a header column from `from` to `to` names rule `r` positively. */
function columnsName(e: Engine, columns: readonly (readonly number[])[], from: number, to: number, r: number): boolean {
  for (let j = from; j <= to; j++) if (columns[j]?.some((kw) => e.roles[kw]!.positive.includes(r))) return true;
  return false;
}

/** A table cell ends at `p`: a tab, comma, CR, LF or the end follows. */
function endsCell(seg: Buffer, p: number): boolean {
  const b = seg[p];
  return b === undefined || b === 0x09 || b === 0x2c || b === 0x0d || b === 0x0a;
}

function everyGroupOneDigit(run: DigitRun): boolean {
  for (let k = 0; k < run.groups; k++) if (run.groupDigits[k] !== 1) return false;
  return true;
}

/** ';' or '；' in seg[from, to). */
function hasSemicolon(seg: Buffer, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (seg[p] === 0x3b || (seg[p] === 0xef && seg[p + 1] === 0xbc && seg[p + 2] === 0x9b)) return true;
  return false;
}

/** Whether seg[from, to) holds `byte` (a bounded look: never past `to`). */
function hasByte(seg: Buffer, byte: number, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (seg[p] === byte) return true;
  return false;
}

function indexOrInfinity(seg: Buffer, byte: number, from: number): number {
  const i = seg.indexOf(byte, from);
  return i < 0 ? Infinity : i;
}

/** ',' or '\t' when the line has at least two of it (tabs first: a TSV row may hold commas). */
function dominantDelimiter(seg: Buffer, from: number, to: number): number {
  let commas = 0;
  let grouping = 0; // commas between a digit and three digits: 6,426,701.00
  let tabs = 0;
  let pipes = 0;
  let semicolons = 0;
  for (let p = from; p < to; p++) {
    const b = seg[p];
    if (b === 0x3b) {
      // (Not `; `, a list's in prose or a mail's recipients: 于宏 <hong.yu@…>; 邱建宏 <…>.)
      if (seg[p + 1] !== 0x20 && !endsHtmlEntity(seg, from, p)) semicolons++;
    } else if (b === 0x2c) {
      commas++;
      if (isAsciiDigit(seg[p - 1]) && isAsciiDigit(seg[p + 1]) && isAsciiDigit(seg[p + 2]) && isAsciiDigit(seg[p + 3]) && !isAsciiDigit(seg[p + 4])) grouping++;
    }
    // `,\t` (`;\t`) is a comma-separated (semicolon-separated) cell that Excel is told to keep as text (a long number), not a tab column.
    else if (b === 0x09 && seg[p - 1] !== 0x2c && seg[p - 1] !== 0x3b) tabs++;
    else if (b === 0x7c) pipes++;
  }
  // A line whose every comma groups a number's thousands is no comma-separated row (a printed table's amounts).
  // Semicolons as many as commas or more: a semicolon-separated row, its decimal commas (129,00) in its cells.
  if (tabs >= 2) return 0x09;
  if (pipes >= 2 && pipes >= commas) return 0x7c;
  if (semicolons >= 2 && semicolons >= commas) return 0x3b;
  return commas >= 2 && grouping < commas ? 0x2c : 0;
}

/** The ';' at p ends an HTML entity (&nbsp;, &#12288;): text a page's table came out with, no delimiter. */
function endsHtmlEntity(seg: Buffer, from: number, p: number): boolean {
  for (let q = p - 1; q >= from && q >= p - 8; q--) {
    const b = seg[q]!;
    if (b === 0x26) return q < p - 1;
    if (!isAsciiAlnum(b) && b !== 0x23) return false;
  }
  return false;
}

/** Where a line's last filled cell ends: before trailing delimiters and white space. */
function filledEnd(seg: Buffer, from: number, to: number, delimiter: number): number {
  while (to > from && (seg[to - 1] === delimiter || seg[to - 1] === 0x20 || seg[to - 1] === 0x0d || seg[to - 1] === 0x09)) to--;
  return to;
}

/** A line of only + - = | and spaces: the rule between a drawn table's rows. */
function isTableRule(seg: Buffer, from: number, to: number): boolean {
  let dashes = 0;
  for (let p = from; p < to; p++) {
    const b = seg[p]!;
    if (b === 0x2d || b === 0x3d) dashes++;
    else if (b !== 0x2b && b !== 0x7c && b !== 0x20 && b !== 0x0d && b !== 0x09) return false;
  }
  return dashes >= 3;
}

/**
 * Does a label ending at `from` label the value starting at `to`? Not past
 * another number (`运单号 4180…，请打 0086 1908…`), and across a line break
 * only to a value that starts its line (`订单号：⏎2024…`): the last cell of
 * a CSV header (`…,备注⏎王琳,1386…`) labels no value of the row below.
 * Bytes before the segment are not checked.
 */
function labelReaches(seg: Buffer, from: number, to: number): boolean {
  let lineStart = -1;
  for (let p = Math.max(0, from); p < to; p++) {
    const b = seg[p]!;
    if (b >= 0x30 && b <= 0x39) return false;
    if (b === 0x0a) lineStart = p + 1;
  }
  if (!endsItsCell(seg, Math.max(0, from), to)) return false;
  if (lineStart < 0) return true;
  for (let p = lineStart; p < to; p++) if (seg[p] !== 0x20 && seg[p] !== 0x09 && seg[p] !== 0x0d) return false;
  // Over a line end only from a label of its own line, not the last cell of a header row (号码，发送时间，消息ID).
  const labelLine = seg.lastIndexOf(0x0a, Math.max(0, from - 1)) + 1;
  const cells = seg.subarray(labelLine, Math.max(labelLine, from));
  return !(cells.includes(0x2c) || cells.includes(0x09) || cells.includes(0x7c) || cells.includes(FULL_WIDTH_COMMA));
}

const FULL_WIDTH_COMMA = Buffer.from('，');

/**
 * A keyword ending at `from` ends its cell, if a cell ends before `to`: no
 * word follows it there, only punctuation and bracketed notes (`卡号：|`,
 * `手机号码（必填）,`).
 * A cell that goes on in words is a message, no label of the next cell's value
 * (`户名与卡号不符|1833…`, a bank's reply beside the customer's mobile).
 */
function endsItsCell(seg: Buffer, from: number, to: number): boolean {
  let depth = 0;
  let words = false;
  for (let p = from; p < to; p++) {
    const b = seg[p]!;
    if (b === 0x7c || b === 0x2c || b === 0x09 || b === 0x0a) return !words;
    if (b === 0xef && seg[p + 1] === 0xbc) {
      const c = seg[p + 2];
      if (c === 0x8c) return !words; // ，
      if (c === 0x88) depth++; // （
      else if (c === 0x89) depth = Math.max(0, depth - 1); // ）
      else if (c !== 0x9a && depth === 0) words = true; // not ：
      p += 2;
    } else if (b === 0xe3 && seg[p + 1] === 0x80 && seg[p + 2] === 0x80) p += 2; // ideographic space
    else if (b === 0x28 || b === 0x5b) depth++;
    else if (b === 0x29 || b === 0x5d) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (b >= 0x80 || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a))) words = true;
  }
  return true;
}

/** A line that opens on a contact's label (Tel: …, - 联系电话:…, 手机 …). */
const CONTACT_LABEL = /^[-*•·]?\s*(?:Tel|Mobile|Phone|Cell|E-?mail|电话|手机|联系电话|联系方式|邮箱|电子邮箱|身份证|证件号)/i;

/** A name that ends a line after ASCII codes and numbers only (1  T204331  金雅云): its bounds, else null. */
function nameAfterCodes(seg: Buffer, from: number, to: number): [number, number] | null {
  let p = to;
  while (p > from && seg[p - 1]! >= 0x80) p--;
  if (p === to || p === from || seg[p - 1] !== 0x20 || !isCjkNameShape(seg, p, to)) return null;
  let digit = false;
  for (let q = from; q < p; q++) {
    if (seg[q]! >= 0x80) return null;
    if (isAsciiDigit(seg[q])) digit = true;
  }
  return digit ? [p, to] : null;
}

/**
 * The keyword ending at `kwEnd` is the value of the line before the one
 * `valueStart` is on (`证件类型：台胞证` over `证件号码：61401552`, `"idType": "MTP",`
 * over `"idNo": "50565669"`), and that value is the first number of its line.
 */
function isTypeLineOf(seg: Buffer, kwEnd: number, valueStart: number): boolean {
  if (kwEnd < 0) return false;
  let p = kwEnd;
  while (p < valueStart && (seg[p] === 0x22 || seg[p] === 0x27 || seg[p] === 0x2c || seg[p] === 0x3b || seg[p] === 0x20 || seg[p] === 0x09 || seg[p] === 0x0d)) p++;
  if (seg[p] !== 0x0a) return false;
  for (p++; p < valueStart; p++) if (seg[p] === 0x0a || (seg[p]! >= 0x30 && seg[p]! <= 0x39)) return false;
  return true;
}

const isWordByte = (b: number | undefined): boolean =>
  b !== undefined && ((b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a) || b === 0x5f);

/** An ASCII keyword stands as a word: not inside another word, an address or a domain. */
function isWordAt(seg: Buffer, start: number, end: number): boolean {
  const before = start > 0 ? seg[start - 1] : undefined;
  const after = seg[end];
  if (isWordByte(before) || before === 0x40) return false;
  // After a dot only as a property's key (customer.cust_name=陶刚, account[0].name: 高宇雨), not a host's label.
  if (before === 0x2e && after !== 0x3d && after !== 0x3a) return false;
  if (isWordByte(after)) return false;
  if (after === 0x2e && isWordByte(seg[end + 1])) return false;
  return true;
}

/** Where to cut a huge line: after the last byte that cannot be inside a value. */
function safeCut(data: Buffer): number {
  for (let i = data.length - 1; i > data.length - 4096 && i > 0; i--) {
    const b = data[i]!;
    if (b === 0x20 || b === 0x09 || b === 0x2c || b === 0x3b) return i + 1;
  }
  return data.length;
}

function lineOf(lineEnds: number[], offset: number): number {
  let lo = 0;
  let hi = lineEnds.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lineEnds[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}


/** The numbers 1…n, each once, in any order. */
function isNumbering(numbers: Int32Array): boolean {
  const seen = new Uint8Array(numbers.length + 1);
  for (const n of numbers) {
    if (n < 1 || n > numbers.length || seen[n]) return false;
    seen[n] = 1;
  }
  return true;
}

/** Lines from..to-1 are each a short label, a colon and a value (`部门：研发部`); at most eight of them. */
function everyLineKeyValue(seg: Buffer, lineEnds: number[], from: number, to: number): boolean {
  if (to - from > 8) return false;
  for (let l = from; l < to; l++) {
    const [ls, le] = trimmedLine(seg, lineStart(lineEnds, l), lineEnds[l]!);
    let colon = -1;
    for (let p = ls; p < le && p - ls <= 24 && colon < 0; p++) if (seg[p] === 0x3a || (seg[p] === 0xef && seg[p + 1] === 0xbc && seg[p + 2] === 0x9a)) colon = p;
    if (colon <= ls || colon + 3 >= le) return false;
  }
  return true;
}

/** A chat export's line above a message: a time (a date before it allowed) and a sender without digits, either first. */
/** The 备注 column of a header that also has 昵称 and 微信号 cells (a WeChat friends export), else -1. */
function wechatRemarkColumn(seg: Buffer, bounds: number[]): number {
  let remark = -1;
  let nickname = false;
  let wechatId = false;
  for (let c = 0; c < bounds.length; c += 2) {
    const cell = seg.toString('utf8', bounds[c]!, Math.min(bounds[c + 1]!, bounds[c]! + 12));
    if (cell === '备注' || cell === '备注名') remark = c / 2;
    else if (cell === '昵称') nickname = true;
    else if (cell === '微信号') wechatId = true;
  }
  return nickname && wechatId ? remark : -1;
}

/** A WeChat contact's page label, and the kinds of number a phone's call log names. */
const PROFILE_LABEL = /^(?:微信号|昵称)\s*[:：]/;
const CALL_LOG_KIND = /^(?:手机|住宅|工作|iPhone|其他|未知)$/;
const CALL_LOG_TIME = /^(?:\d{1,2}:\d{2}|昨天|前天|星期[一二三四五六日天]|\d{1,2}月\d{1,2}日(?: \d{1,2}:\d{2})?|\d{4}[/-]\d{1,2}[/-]\d{1,2})$/;

/** Below a line of only a name: a contact page's label, or a call log's kind of number then its time. */
function isPhoneScreenBelow(seg: Buffer, lineEnds: number[], li: number): boolean {
  const line = (k: number): string => (k < lineEnds.length ? seg.toString('utf8', lineStart(lineEnds, k), Math.min(lineEnds[k]!, lineStart(lineEnds, k) + 48)).trim() : '');
  const next = line(li + 1);
  return PROFILE_LABEL.test(next) || (CALL_LOG_KIND.test(next) && CALL_LOG_TIME.test(line(li + 2)));
}

/** Lines a chat message's body is looked through for its header (senderAbove). */
const MAX_MESSAGE_LINES = 30;

function isMessageHeader(seg: Buffer, from: number, to: number): boolean {
  return messageHeader(seg, from, to) !== null;
}

function hasBlankLine(seg: Buffer, lineEnds: number[], fromLine: number, toLine: number): boolean {
  for (let l = fromLine + 1; l < toLine; l++) {
    let blank = true;
    for (let p = lineStart(lineEnds, l); p < lineEnds[l]!; p++) {
      const b = seg[p]!;
      if (b !== 0x20 && b !== 0x09 && b !== 0x0d) {
        blank = false;
        break;
      }
    }
    if (blank) return true;
  }
  return false;
}

/** Drop the values their lines refute, once the names beside them are found. */
function dropRefuted(found: Hit[]): void {
  let n = 0;
  for (let i = 0; i < found.length; i++) if (!found[i]!.refuted) found[n++] = found[i]!;
  found.length = n;
}

/**
 * Overlapping findings: the longer span wins, on equal spans the higher
 * confidence. `nests(outer, inner)` lets a value inside another be reported
 * too (a mobile that is an e-mail's local part, `13800138000@139.com`).
 */
function resolveOverlaps(found: Hit[], nests: (outer: Hit, inner: Hit) => boolean): Hit[] {
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || b.confidence - a.confidence);
  const out: Hit[] = [];
  let last = -1; // index in `out` of the span later findings are compared with
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    const prev = out[last];
    if (prev && f.start < prev.end) {
      if (f.end <= prev.end && nests(prev, f)) {
        f.nested = true;
        out.push(f);
        continue;
      }
      const longer = f.end - f.start > prev.end - prev.start;
      const sameButBetter = f.end - f.start === prev.end - prev.start && f.confidence > prev.confidence;
      if (longer || sameButBetter) out[last] = f;
      continue;
    }
    last = out.push(f) - 1;
  }
  return out;
}

/** RE2 over many candidates in one call: anchored per line, replaced by a marker. */
export function confirmBatch(rule: CompiledRule, texts: string[]): Uint8Array {
  const ok = new Uint8Array(texts.length);
  const oneByOne = (): Uint8Array => {
    for (let i = 0; i < texts.length; i++) ok[i] = rule.pattern.test(texts[i]!) ? 1 : 0;
    return ok;
  };
  if (texts.length < 4) return oneByOne();
  const marked = rule.batchPattern.replace(texts.join('\n'), '\u0001');
  // Walk the result line by line without splitting it: a line is the marker
  // or the candidate unchanged. A pattern that can match across '\n' would
  // misalign the lines: fall back.
  let pos = 0;
  for (let i = 0; i < texts.length; i++) {
    const matched = marked.charCodeAt(pos) === 1;
    const next = pos + (matched ? 1 : texts[i]!.length);
    if (next !== marked.length && marked.charCodeAt(next) !== 0x0a) return oneByOne();
    ok[i] = matched ? 1 : 0;
    pos = next + 1;
  }
  return pos === marked.length + 1 ? ok : oneByOne();
}

/** The CJK name right after a label (联系人：张伟先生 → 张伟). */
function nameAfterLabel(
  seg: Buffer,
  from: number,
  keywordStartsAt: (p: number) => boolean,
  labelStartsLine = false,
): { start: number; end: number; value: string; /** Nothing between it and its label. */ touching?: true; /** Touching, a sentence's word after it. */ glued?: true; /** On the line under its label. */ below?: true } | null {
  let p = from;
  // A label alone on its line names the first cell of the next (法人⏎葛亮亮  关联7家企业,
  // as a web page's label above its value is copied); that cell must be a name, whole.
  let nextLine = false;
  // 乘机人1：, 联系人2: a label numbered; 承租方（乙方）：, 乙方（承租人）：a label with its role in brackets.
  if (isAsciiDigit(seg[p]) && !isAsciiDigit(seg[p + 1])) p++;
  p = afterBracketed(seg, p, 24); // (常务副会长（按姓氏笔画排序）：)
  let skipped = 0;
  while (p < seg.length && skipped < 5) {
    const b = seg[p]!;
    // ' ' '\t' ':' '"' '\'' '=' and '>' (an XML element: <name>张伟</name>), ']' ([姓名]张伟), '_' (a form's blank: 姓名 _田薇秋__),
    // '|' (a form drawn as a table: | 姓名 | 石馨 | 性别 | 女 |), a backslash (JSON escaped in a log line: \"name\":\"夏雨\")
    if (b === 0x20 || b === 0x09 || b === 0x3a || b === 0x22 || b === 0x27 || b === 0x3d || b === 0x3e || b === 0x5d || b === 0x5f || b === 0x7c || b === 0x5c) {
      p++;
      skipped++;
    } else if (b === 0xef && seg[p + 1] === 0xbc && (seg[p + 2] === 0x9a || seg[p + 2] === 0xbf)) {
      p += 3; // ：＿
      skipped++;
    } else if (b === 0xe3 && seg[p + 1] === 0x80 && seg[p + 2] === 0x91) {
      p += 3; // 】
      skipped++;
    } else if (b === 0xe3 && seg[p + 1] === 0x80 && seg[p + 2] === 0x80) {
      p += 3; // ideographic space
      skipped++;
    } else if (b === 0x7b && skipped > 0) {
      // An OCR service's JSON: "姓名": {"words": "董静思", …}, the value one object deeper.
      const q = afterNestedValueKey(seg, p);
      if (q === p) break;
      p = q;
      skipped = 1;
    } else if ((b === 0x0a || b === 0x0d) && labelStartsLine && !nextLine) {
      p += b === 0x0d && seg[p + 1] === 0x0a ? 2 : 1;
      nextLine = true;
      skipped = 0;
    } else break;
  }
  // A form's value in brackets (姓名:「皇甫亮」, 户名:(马超启), 姓名:[闫建]): the name must fill them.
  const closer = skipped > 0 || nextLine ? bracketAt(seg, p) : null;
  if (closer) p += closer.open;
  const start = p;
  if (nextLine && keywordStartsAt(start)) return null; // a form's labels one to a line (姓 名⏎曾用名⏎性 别)
  let chars = 0;
  let dotted = false;
  while (p + 1 < seg.length && chars < (dotted ? 16 : 6)) {
    // (An ideograph of extension B and on, 王静𠀾, and the iteration mark, 姜鹏々, after a first character.)
    const han = chars > 0 || seg[p] !== 0xe3 ? nameHanAt(seg, p) : 0;
    const dot = han ? 0 : nameDotAt(seg, p);
    if (!han && !dot) break;
    if (chars >= 2 && keywordStartsAt(p)) break;
    if (dot) dotted = true;
    p += dot || han;
    chars++;
  }
  if (closer && !closer.closes(p)) return null;
  if (nextLine && (chars < 2 || chars > 4 || (seg[p]! >= 0xe4 && seg[p]! <= 0xe9))) return null;
  if (chars === 1) return paddedName(seg, start, p);
  if (chars < 2) return null;
  let value = seg.toString('utf8', start, p);
  if (nextLine) return { start, end: p, value, below: true };
  // 周仁和叔叔 → 周仁和, before 和 can be read as a sentence's word.
  value = beforeFirstOf(value, KIN_CALLS);
  // 刘洋于2024年…, 王芳在北京, 欧阳娜娜等: a one-character word after the name in a
  // sentence. Where the run ends right after it and the name would fit without
  // it, it is part of the name (姓名：王春和).
  let inSentence = false;
  for (let k = 2; k < value.length && k <= 4; k++) {
    if (!SENTENCE_WORDS.has(value[k]!)) continue;
    const goesOn = k < value.length - 1 || isAsciiAlnum(seg[p]);
    if (goesOn || value.length > 4) (value = value.slice(0, k)), (inSentence = true);
    break;
  }
  // 张伟先生 → 张伟; 徐宗来电 → 徐宗 (the words after a name in a sentence).
  // 客户甄东要求退款 → 甄东: the first such word from the third character on ends the name.
  value = beforeFirstOf(value, NAME_FOLLOWERS);
  const touching = skipped === 0 && !closer && !nextLine;
  return { start, end: start + Buffer.byteLength(value), value, ...(touching ? { touching: true as const } : {}), ...(touching && inSentence ? { glued: true as const } : {}) };
}

/** `value` up to the first of `words` that stands at its third character or later (张伟先生 → 张伟), else whole. */
function beforeFirstOf(value: string, words: readonly string[]): string {
  let cut = value.length;
  for (const word of words) {
    const at = value.indexOf(word, 2);
    if (at >= 2 && at < cut) cut = at;
  }
  return value.slice(0, cut);
}

/** Where the name ends in seg[from, to): a run of a name's shape, spaces, and one word of one to six CJK characters after it; else 0. */
function taggedNameEnd(seg: Buffer, from: number, to: number): number {
  let p = from;
  while (p < to && isCjkAt(seg, p)) p += 3;
  const end = p;
  if (end === from || seg[p] !== 0x20 || !isCjkNameShape(seg, from, end)) return 0;
  while (p < to && seg[p] === 0x20) p++;
  const tag = p;
  while (p < to && isCjkAt(seg, p)) p += 3;
  return p === to && p > tag && p - tag <= 18 ? end : 0;
}

/**
 * The name that opens the line after the one p is on, as a whole cell: a run of two to four CJK characters after
 * up to eight spaces, then the line's end or two spaces or a tab (  陈卫良  275票); null when none does.
 */
function nameOpeningNextLine(seg: Buffer, p: number): { start: number; end: number; value: string } | null {
  const eol = seg.indexOf(0x0a, p);
  if (eol < 0 || eol - p > 120) return null;
  let q = eol + 1;
  while (seg[q] === 0x20 && q - eol <= 8) q++;
  const start = q;
  while (q < seg.length && isCjkAt(seg, q) && q - start < 15) q += 3;
  const chars = (q - start) / 3;
  if (chars < 2 || chars > 4) return null;
  if (!(q === seg.length || seg[q] === 0x0a || seg[q] === 0x0d || seg[q] === 0x09 || (seg[q] === 0x20 && seg[q + 1] === 0x20))) return null;
  return { start, end: q, value: seg.toString('utf8', start, q) };
}

/** 、 ends right before p. */
const afterEnumerationComma = (seg: Buffer, p: number): boolean => p >= 3 && seg[p - 3] === 0xe3 && seg[p - 2] === 0x80 && seg[p - 1] === 0x81;

/** Longest rest of a line read as a list of words parted by one space. */
const MAX_SPACED_LIST = 400;

/**
 * From p (a space), how many words of two to four CJK characters, each after one space, run to the
 * end of the line (spaces may end it); 0 when anything else is on it, or the rest is longer than MAX_SPACED_LIST.
 */
function spacedWordsToLineEnd(seg: Buffer, p: number): number {
  let words = 0;
  const end = Math.min(seg.length, p + MAX_SPACED_LIST);
  while (p < end && seg[p] === 0x20) {
    let q = p + 1;
    while (q + 2 < end && seg[q]! >= 0xe4 && seg[q]! <= 0xe9) q += 3;
    const chars = (q - p - 1) / 3;
    if (chars === 0) break;
    if (chars < 2 || chars > 4) return 0;
    words++;
    p = q;
  }
  while (p < end && seg[p] === 0x20) p++;
  return p === seg.length || seg[p] === 0x0a || seg[p] === 0x0d ? words : 0;
}

/**
 * After a name, `、王芳` (or ，/,): the next name of a list, two to four
 * characters standing alone. A share or amount after a name is stepped
 * over (股东：申欣宏 48.56%、高霞 94.73%), and who the person is in brackets
 * (同住人：应霖（丈夫）、令狐鹏（儿子）). An approval's chain goes on after an
 * arrow (审批流程：段娜明 → 沈桂荣 → 姜宁雪). `inList`: p ends a name the list gave
 * (not the label's own).
 */
function listedName(seg: Buffer, p: number, inList = false): { start: number; end: number; value: string } | null {
  let q = p;
  // 应霖（丈夫）、令狐鹏（儿子）: who each one is, in brackets after the name; or where one works and
  // what as (范顺庆(招生就业处处长)、李霞(教务处处长)), up to twelve characters.
  if (seg[q] === 0x28 || (seg[q] === 0xef && seg[q + 1] === 0xbc && seg[q + 2] === 0x88)) q = afterBracketed(seg, q, 36);
  let s = q;
  while (seg[s] === 0x20) s++;
  const arrow = seg[s] === 0xe2 && seg[s + 1] === 0x86 && seg[s + 2] === 0x92 ? 3 : seg[s] === 0x2d && seg[s + 1] === 0x3e ? 2 : 0; // → ->
  // 营员（6人）：程雨萱  涂屹  蒋梓豪: items parted by runs of two spaces or more, each a name alone;
  // or by one space, where the rest of the line is such items and two at least (参会人员：闵明辉 李志刚 周国栋).
  const spaced = !arrow && isCjkAt(seg, s) && (s - q >= 2 || (s - q === 1 && spacedWordsToLineEnd(seg, q) >= (inList ? 1 : 2)));
  if (arrow) q = s + arrow;
  else if (spaced) q = s;
  else {
    if (seg[q] === 0x20) {
      while (seg[q] === 0x20) q++;
      const from = q;
      while (isAsciiDigit(seg[q]) || seg[q] === 0x2e || seg[q] === 0x25) q++;
      if (q === from) return null;
    }
    if (seg[q] === 0x2c) q++;
    else if (seg[q] === 0xe3 && seg[q + 1] === 0x80 && seg[q + 2] === 0x81) q += 3; // 、
    else if (seg[q] === 0xef && seg[q + 1] === 0xbc && seg[q + 2] === 0x8c) q += 3; // ，
    else return null;
  }
  while (seg[q] === 0x20) q++;
  const start = q;
  // (A minority name goes on past its dot: 安珍、巴图·其木格.)
  let chars = 0;
  let dotted = false;
  for (let dot = 0; q + 2 < seg.length && chars < (dotted ? 16 : 5); q += dot || 3, chars++) {
    dot = seg[q]! >= 0xe4 && seg[q]! <= 0xe9 ? 0 : chars > 0 ? nameDotAt(seg, q) : 0;
    if (dot) dotted = true;
    else if (!(seg[q]! >= 0xe4 && seg[q]! <= 0xe9)) break;
  }
  if (chars < 2 || (!dotted && chars > 4) || (seg[q] !== undefined && seg[q]! >= 0xe4 && seg[q]! <= 0xe9)) return null;
  // (A spaced item ends its line or two spaces follow it: not 张伟 电话 of 张伟  电话：138…; one space where one parts them.)
  if (spaced && seg[q] !== undefined && seg[q] !== 0x0a && seg[q] !== 0x0d && !(seg[q] === 0x20 && (s - p === 1 || seg[q + 1] === 0x20))) return null;
  return { start, end: q, value: seg.toString('utf8', start, q) };
}

/** Past a closing bracket, or a bracketed group of up to six characters (`within` bytes), at `p` ((乙方), （自然人）). */
function afterBracketed(seg: Buffer, p: number, within = 18): number {
  const close = (q: number): number => (seg[q] === 0x29 ? 1 : seg[q] === 0xef && seg[q + 1] === 0xbc && seg[q + 2] === 0x89 ? 3 : 0);
  const closing = close(p);
  if (closing) return p + closing;
  const open = seg[p] === 0x28 ? 1 : seg[p] === 0xef && seg[p + 1] === 0xbc && seg[p + 2] === 0x88 ? 3 : 0;
  if (!open) return p;
  for (let q = p + open; q < seg.length && q <= p + open + within; q++) {
    if (seg[q] === 0x0a) break;
    const n = close(q);
    if (n) return q + n;
  }
  return p;
}

/**
 * 张　伟 after a label: a two-character name padded to the width of three
 * (one U+3000 or one or two spaces between), the second character ending
 * the name. `first` ends the first character.
 */
function paddedName(seg: Buffer, start: number, first: number): { start: number; end: number; value: string } | null {
  for (const gap of [3, 2, 1]) {
    const second = first + gap;
    if (paddingAt(seg, first, second) === 0 || !(seg[second]! >= 0xe4 && seg[second]! <= 0xe9)) continue;
    // 沈 燕凤: a surname set apart from a two-character given name. 张伟明 and 魏 广 苗
    // (letter-spaced: the same gap again) are no padded names.
    const isCjk = (b: number | undefined): boolean => b !== undefined && b >= 0xe4 && b <= 0xe9;
    const given = isCjk(seg[second + 3]) ? 6 : 3;
    const after = seg[second + given];
    if (isCjk(after) || after === 0xc2) return null;
    const next = seg[second + given + gap];
    if (paddingAt(seg, second + given, second + given + gap) > 0 && isCjk(next)) return null;
    return { start, end: second + given, value: seg.toString('utf8', start, first) + seg.toString('utf8', second, second + given) };
  }
  return null;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** The Chinese job titles (cells.ts): after a surname a form of address, after a name its title (联系人汪春主任). */
const OFFICE_TITLES = JOB_TITLES.filter((t) => /^\p{Script=Han}+$/u.test(t));

/** The kin words a shop's or a bank's staff call elderly customers by, after the name (客户:周仁和叔叔, 尊敬的刘素珍阿姨). */
const KIN_CALLS = ['阿姨', '叔叔', '爷爷', '奶奶', '大爷', '大妈', '伯伯', '婶婶', '阿婆', '婆婆'];

const NAME_FOLLOWERS = [
  ...['先生', '女士', '小姐', '老师', '的', '总', ...ADDRESSEE_WORDS],
  ...OFFICE_TITLES,
  ...['来电', '致电', '来访', '来信', '反馈', '表示', '要求', '签字', '签收', '办理', '确认', '咨询', '投诉', '购买', '申请'],
];

/** The keys an object holds a labelled field's text under ("姓名": {"words": "…"}: Baidu's OCR, and its like). */
const NESTED_VALUE_KEYS = new Set(['words', 'text', 'value', 'content']);

/**
 * Past the `"words":` of the object that opens at p (`{"location": {…}, "words":`,
 * within 240 bytes, not inside an object nested in it), else p.
 */
function afterNestedValueKey(seg: Buffer, p: number): number {
  let depth = 1;
  for (let q = p + 1; q < seg.length && q - p < 240; q++) {
    const b = seg[q];
    if (b === 0x7b) depth++;
    else if (b === 0x7d && --depth === 0) return p;
    else if (b === 0x22 && depth === 1) {
      const keyStart = q + 1;
      let k = keyStart;
      while (k < seg.length && k - keyStart < 8 && isAsciiLetter(seg[k]!)) k++;
      if (seg[k] !== 0x22) continue;
      let c = k + 1;
      while (seg[c] === 0x20) c++;
      if (seg[c] === 0x3a && NESTED_VALUE_KEYS.has(seg.toString('latin1', keyStart, k))) return c + 1;
      q = k;
    }
  }
  return p;
}

/** A staff number in brackets right after a name: 赵琳卫(工号8219806164), 罗璐（工号…）. */
const STAFF_NUMBER_MARKS = ['(工号', '（工号'].map((m) => Buffer.from(m));

/** Past the attributes of an XML element the label names (<Owner staffNo="FK0489">李晓红</Owner>): its '>'; else `end`. */
function afterXmlAttributes(seg: Buffer, start: number, end: number): number {
  if (seg[start - 1] !== 0x3c || seg[end] !== 0x20) return end;
  for (let p = end + 1; p < seg.length && p - end < 160; p++) {
    const b = seg[p]!;
    if (b === 0x3e) return seg[p - 1] === 0x2f ? end : p; // (<Owner id="7"/>: no text)
    if (b === 0x3c || b === 0x0a) return end;
  }
  return end;
}

/** A line that is a mail's signature delimiter: `--`, `-- ` (RFC 3676) or `——`. */
function isSignatureDelimiter(seg: Buffer, from: number, to: number): boolean {
  while (to > from && (seg[to - 1] === 0x0d || seg[to - 1] === 0x20)) to--;
  const n = to - from;
  return (n === 2 && seg[from] === 0x2d && seg[from + 1] === 0x2d) || (n === 6 && seg.toString('utf8', from, to) === '——');
}

const PINYIN_NAME_KEYS = ['xm', 'XM'].map((m) => Buffer.from(m));

/**
 * The xm at `at` ends a key of pinyin initials (JJRXM: 经纪人姓名, brxm: 病人姓名): up to six letters
 * of its case before it, opening an element, a quoted key or an attribute, and the key's end after it.
 */
function isPinyinNameKey(seg: Buffer, at: number): boolean {
  const upper = seg[at] === 0x58;
  let from = at;
  while (from > 0 && at - from < 6 && (upper ? seg[from - 1]! >= 0x41 && seg[from - 1]! <= 0x5a : seg[from - 1]! >= 0x61 && seg[from - 1]! <= 0x7a)) from--;
  const before = from > 0 ? seg[from - 1]! : 0x20;
  const after = seg[at + 2];
  // <XM>, "xm":, xm=, 'xm':
  const opens = before === 0x3c || before === 0x22 || before === 0x27 || before === 0x20 || before === 0x09 || before === 0x0a || before === 0x2c || before === 0x7b;
  return opens && (after === 0x3e || after === 0x22 || after === 0x27 || after === 0x3d || after === 0x3a);
}

const COLONS = [':', '：'].map((m) => Buffer.from(m));
/** How a word of a person's role ends: 尽调人, 拜访人, 营业员, 大堂经理, 营业主管, 健康顾问, 营养师, 行长, 社区民警, 骑手. */
const ROLE_ENDINGS = ['人', '员', '师', '长', '警', '手', '经理', '主管', '顾问'].map((m) => Buffer.from(m));

/**
 * Where the word of a person's role that ends at `end` starts, else -1: two to
 * six CJK characters of its own (after a line's start, a space or a mark, not
 * inside a sentence) that end as a role does. A listed keyword inside it does
 * not matter (值班大堂经理: 值班 names no one here, the word does).
 */
function roleWordStart(seg: Buffer, end: number): number {
  if (end < 6 || !isCjkAt(seg, end - 3)) return -1;
  let ending = 0;
  for (let i = 0; i < ROLE_ENDINGS.length && !ending; i++) {
    const w = ROLE_ENDINGS[i]!;
    if (end >= w.length && seg.compare(w, 0, w.length, end - w.length, end) === 0) ending = w.length;
  }
  if (!ending) return -1;
  let from = end - ending;
  while (from >= 3 && isCjkAt(seg, from - 3) && end - from < 18) from -= 3;
  const chars = (end - from) / 3;
  return chars >= 2 && chars <= 6 && !(from >= 3 && isCjkAt(seg, from - 3)) ? from : -1;
}

/** A header cell seg[start, end) that is a word of a person's role and nothing else (陪看人, 复核员; quotes and spaces aside). */
function isRoleCell(seg: Buffer, start: number, end: number): boolean {
  while (start < end && (seg[start] === 0x20 || seg[start] === 0x22)) start++;
  while (end > start && (seg[end - 1] === 0x20 || seg[end - 1] === 0x22 || seg[end - 1] === 0x0d)) end--;
  return end > start && roleWordStart(seg, end) === start;
}

/** The family-name and given-name columns of a header row, when it has one of each (the rule's `name_parts`). */
function namePartColumns(rule: CompiledRule, seg: Buffer, bounds: readonly number[]): readonly [number, number] | null {
  if (!rule.nameParts) return null;
  let family = -1;
  let given = -1;
  for (let c = 0; c < bounds.length; c += 2) {
    if (bounds[c + 1]! - bounds[c]! > 40) continue;
    const word = headerWord(seg.toString('utf8', bounds[c], bounds[c + 1]));
    if (family < 0 && rule.nameParts.family.has(word)) family = c / 2;
    else if (given < 0 && rule.nameParts.given.has(word)) given = c / 2;
  }
  return family >= 0 && given >= 0 ? [family, given] : null;
}

/**
 * What a table's columns hold, counted over a segment's rows: per header
 * and column, the cells that are names of the surname list's shape
 * (`listed`), the names read otherwise (`names`), the filled cells and how
 * many names have given names of the usual characters. names() keeps two:
 * the name columns' cells that no listed surname starts (白玛梅朵, 朴在勋,
 * 穆合塔尔迪力夏提), and the cells of columns whose header cell holds no
 * keyword (接送人 beside 幼儿姓名); each decides at the segment's end which
 * columns' names it takes.
 */
class ColumnTally {
  private readonly columns = new Map<TableHeader, Map<number, ColumnCount>>();

  at(header: TableHeader, column: number): ColumnCount {
    let byColumn = this.columns.get(header);
    if (!byColumn) this.columns.set(header, (byColumn = new Map()));
    let c = byColumn.get(column);
    if (!c) byColumn.set(column, (c = { listed: 0, names: [], filled: 0, usual: 0 }));
    return c;
  }

  /** The names of the columns `takes` accepts; the tally is emptied. */
  taken(takes: (count: ColumnCount, header: TableHeader, column: number) => boolean): BesideName[] {
    const out: BesideName[] = [];
    for (const [header, byColumn] of this.columns) for (const [column, c] of byColumn) if (takes(c, header, column)) out.push(...c.names);
    this.columns.clear();
    return out;
  }
}

interface ColumnCount {
  listed: number;
  names: BesideName[];
  filled: number;
  usual: number;
}

/** Hit j holds hit i and is longer (教练车 holds 教练, 开户名 holds 户名). */
function hitInside(hits: KeywordHits, i: number, j: number): boolean {
  return hits.start[j]! <= hits.start[i]! && hits.end[j]! >= hits.end[i]! && hits.end[j]! - hits.start[j]! > hits.end[i]! - hits.start[i]!;
}

/** Hit i lies inside a longer keyword hit (教练 in 教练车; 户名 in 开户名, which is read itself). */
function insideLongerWord(hits: KeywordHits, i: number): boolean {
  for (let j = hits.lowerBound(hits.end[i]!); j < hits.length && hits.end[j]! - hits.end[i]! <= 24; j++) if (hitInside(hits, i, j)) return true;
  return false;
}

/** A baby's or a pet's name, one character doubled (朵朵, 豆豆): asked only where no listed surname starts it (林林 may be a name). */
function isPetName(chars: ArrayLike<string>): boolean {
  return chars.length === 2 && chars[0] === chars[1];
}

/** A run written as a UnionPay card's groups of four, one space apart, its last group as long or shorter (6228 4852 9140). */
function isGroupedCardHead(seg: Buffer, run: DigitRun): boolean {
  if (seg[run.groupStart[0]!] !== 0x36 || seg[run.groupStart[0]! + 1] !== 0x32) return false;
  for (let k = 0; k < run.groups; k++) {
    if (run.groupDigits[k]! !== 4 && (k < run.groups - 1 || run.groupDigits[k]! > 4)) return false;
    if (k > 0 && (run.groupStart[k]! - run.groupEnd[k - 1]! !== 1 || seg[run.groupEnd[k - 1]!] !== 0x20)) return false;
  }
  return true;
}

/** Digits and points just before `at` (down to `from`): 1052.00 is 7. */
function numberBefore(seg: Buffer, from: number, at: number): number {
  let p = at;
  while (p > from && (isAsciiDigit(seg[p - 1]) || seg[p - 1] === 0x2e)) p--;
  return at - p;
}

const BOOK_TITLE_OPEN = Buffer.from('《');
const BOOK_TITLE_CLOSE = Buffer.from('》');

/** What may follow a title in a header cell that still heads who: 宝宝信息, 审核人, 家属签字, 司机姓名 (not 新郎电话: the groom's phone). */
const TITLE_HEADER_TAIL = /^(?:信息|姓名|名字|签名|签字|人)/u;

/** Offset `at` lies inside a 《book title》 opened on its line within 30 bytes before it (looked for there only). */
function insideBookTitle(seg: Buffer, at: number): boolean {
  const from = Math.max(0, at - 30);
  const before = seg.subarray(from, at);
  const open = before.lastIndexOf(BOOK_TITLE_OPEN);
  return open >= 0 && open > before.lastIndexOf(0x0a) && open > before.lastIndexOf(BOOK_TITLE_CLOSE);
}

/** A cell of spaces and quotes only. */
function isBlankCell(seg: Buffer, start: number, end: number): boolean {
  for (let p = start; p < end; p++) if (seg[p] !== 0x20 && seg[p] !== 0x22 && seg[p] !== 0x0d && seg[p] !== 0x09) return false;
  return true;
}

/**
 * A name cell's value that may be a person's name though its first
 * character is no listed surname: two to ten ideographs, no stopword or
 * brand, no organisation's or place's ending.
 */
function isUnlistedName(rule: CompiledRule, value: string): boolean {
  const chars = [...value];
  if (chars.length < 2 || chars.length > 10 || !chars.every((c) => /[\p{Script=Han}々]/u.test(c))) return false;
  // 张某某, 王**: masked; 值班司机, 前台经理: a label or a role in the name column.
  // (奔跑的蜗牛: a nickname; no name holds 的.)
  if (value.includes('某') || value.includes('的') || OFFICE_TITLES.some((t) => value.endsWith(t)) || rule.exclude?.has(`=${value.slice(0, 2)}`)) return false;
  return !isExcludedWord(rule, value) && !rule.looseExclude?.has(value) && !hasPlaceOrOrganisationEnding(value);
}

/**
 * 余额, 江苏 …, and a 3–4 character "name" that starts with such a word (周一送,
 * 安排明; 黄金会员 with 黄金会); a word listed as `=孙子` is excluded as itself
 * only (孙子娜 is a name).
 */
function isExcludedWord(rule: CompiledRule, value: string): boolean {
  const words = rule.exclude;
  if (words === undefined) return false;
  return words.has(value) || words.has(`=${value}`) || (value.length > 2 && words.has(value.slice(0, 2))) || (value.length > 3 && words.has(value.slice(0, 3)));
}

/** Organisations, places and things are not people: 任公司, 华东区, 华兴贸易. */
function hasPlaceOrOrganisationEnding(value: string): boolean {
  return (
    NOT_NAME_ENDINGS.has(value.at(-1)!) ||
    // 云锦苑, 翠湖苑: an estate (李苑 is a name)
    (value.length > 2 && (value.endsWith('苑') || NOT_NAME_SUFFIXES.has(value.slice(-2)))) ||
    (value.length > 3 && KIN_AFTER_CHILD.has(value.slice(-2)))
  );
}

/** An ASCII digit in seg[from, to). */
function hasDigit(seg: Buffer, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (isAsciiDigit(seg[p])) return true;
  return false;
}

/** Where a phone book's name ends before the digit that tells a second entry of one person from the first (赵文2); else `end`. */
function secondEntryEnd(seg: Buffer, start: number, end: number): number {
  return end - start >= 7 && seg[end - 1]! >= 0x32 && seg[end - 1]! <= 0x39 && seg[end - 4]! >= 0xe4 && seg[end - 4]! <= 0xe9 ? end - 1 : end;
}

/** Digits at `p` end a code: a dash or a letter glued before them (VIP-626396, HT2024). */
function isCodeTail(seg: Buffer, p: number): boolean {
  const b = seg[p - 1];
  return b !== undefined && (b === 0x2d || isAsciiLetter(b));
}

/** Where a bulleted item's text starts (after `➢ `, `• `, `- `, `– `, `* `, `· `, `▪ `), or 0. */
function bulletEnd(seg: Buffer, from: number, to: number): number {
  const w = seg[from] === 0x2d || seg[from] === 0x2a ? 1 : seg[from] === 0xc2 && seg[from + 1] === 0xb7 ? 2 : BULLETS.some((b) => seg.compare(b, 0, 3, from, from + 3) === 0) ? 3 : 0;
  if (w === 0 || seg[from + w] !== 0x20) return 0;
  let p = from + w;
  while (p < to && seg[p] === 0x20) p++;
  return p < to ? p : 0;
}

const BULLETS = ['➢', '•', '–', '—', '▪', '◆', '■', '●', '○', '►', '▶', '✓'].map((b) => Buffer.from(b));

/** Where the name ends in an addressee's line (`杨勇博 先生 收`, `李静（收）`, `王芳 女士 亲启`); `to` for any other line. */
function addresseeEnd(seg: Buffer, from: number, to: number): number {
  if (to - from > 36) return to;
  const m = ADDRESSEE.exec(seg.toString('utf8', from, to));
  return m ? from + Buffer.byteLength(m[1]!) : to;
}

const ADDRESSEE = /^(\p{Script=Han}{2,4}) ?(?:先生|女士|小姐)? ?(?:收|亲启|[(（]收[)）])$/u;

/** A name found beside a person field (glued to it, or the token next to it). */
interface BesideName {
  start: number;
  end: number;
  value: string;
  line: number;
  /** The person field's value it is beside. */
  field?: string;
}

/**
 * All but the words: a value beside three or more numbers of a segment is a word (充值138…,
 * 充值139…), as a list's names differ. The same name beside the same number is one (a chat's
 * 接龙 list, posted again with each new line).
 */
function seldomRepeated(names: readonly BesideName[]): BesideName[] {
  const fields = new Map<string, Set<string>>();
  for (const n of names) {
    let set = fields.get(n.value);
    if (!set) fields.set(n.value, (set = new Set()));
    set.add(n.field ?? `${n.start}`);
  }
  return names.filter((n) => fields.get(n.value)!.size < 3);
}

/** The index of the first hit starting at or after `from` (`found` sorted by offset). */
function firstFrom(found: readonly Hit[], from: number): number {
  let lo = 0;
  let hi = found.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (found[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether two or more person fields lie before `to`, from found[from] on. */
function twoFieldsIn(found: readonly Hit[], from: number, to: number, personField: (f: Hit) => boolean): boolean {
  let n = 0;
  for (let i = from; i < found.length && found[i]!.start < to && n < 2; i++) if (found[i]!.end <= to && personField(found[i]!)) n++;
  return n === 2;
}

/** A person field found in seg[from, to). */
function hasFieldIn(found: readonly Hit[], from: number, to: number, personField: (f: Hit) => boolean): boolean {
  for (let i = firstFrom(found, from); i < found.length && found[i]!.start < to; i++) if (personField(found[i]!)) return true;
  return false;
}

/**
 * What a name read where only the words or a mask around it say it is one must also be: a given name
 * of the characters given names are made of (the rule's `given_chars`; 代购, 房产, 家教 pass the
 * surname list, not this), and none of the brands and places that pass both (苏宁, 高铁: `loose_exclude`).
 */
function isLooseName(rule: CompiledRule, value: string): boolean {
  if (rule.looseExclude?.has(value)) return false;
  if (!rule.givenChars) return true;
  const surname = value.length > 2 && rule.dictionary?.has(value.slice(0, 2)) ? 2 : 1;
  for (const ch of value.slice(surname)) if (!rule.givenChars.has(ch)) return false;
  return true;
}

/** 是 or 为 at p. */
const isCopulaAt = (seg: Buffer, p: number): boolean =>
  (seg[p] === 0xe6 && seg[p + 1] === 0x98 && seg[p + 2] === 0xaf) || (seg[p] === 0xe4 && seg[p + 1] === 0xb8 && seg[p + 2] === 0xba);

/** Past `…的` of up to ten CJK characters from p (新来的, 销售部的, 下周一入职的), else 0. */
function afterModifier(seg: Buffer, p: number): number {
  for (let q = p, chars = 0; chars < 10 && seg[q]! >= 0xe4 && seg[q]! <= 0xe9; q += 3, chars++) {
    if (chars > 0 && seg[q] === 0xe7 && seg[q + 1] === 0x9a && seg[q + 2] === 0x84) return q + 3;
  }
  return 0;
}

/** Four asterisks, ASCII or full-width, or four x's (178xxxx2599): where a masked number may be (maskedNumberAt). */
const MASK_RUNS = [Buffer.from('****'), Buffer.from('＊＊＊＊'), Buffer.from('xxxx'), Buffer.from('XXXX')];

/** Farthest a sentence is looked at on each side of its field, in bytes (forty CJK characters). */
const SENTENCE_REACH = 120;

/** The sentence of seg[start, end) in its line [from, to): between the marks that end one (。！？；!?;), within SENTENCE_REACH. */
function sentenceAround(seg: Buffer, from: number, to: number, start: number, end: number): [number, number] {
  const floor = Math.max(from, start - SENTENCE_REACH);
  let s = start;
  while (s > floor && !endsSentence(seg, s)) s--;
  while (s < start && (seg[s]! & 0xc0) === 0x80) s++; // to a character's first byte
  const ceil = Math.min(to, end + SENTENCE_REACH);
  let e = end;
  while (e < ceil && !endsSentence(seg, e + 1)) e++;
  while (e > end && e < to && (seg[e]! & 0xc0) === 0x80) e--; // not into a character
  return [s, e];
}

/** A mark that ends a sentence ends just before p. */
function endsSentence(seg: Buffer, p: number): boolean {
  const b = seg[p - 1];
  if (b === 0x21 || b === 0x3f || b === 0x3b) return true;
  if (p < 3) return false;
  const a = seg[p - 3];
  const m = seg[p - 2];
  return (a === 0xe3 && m === 0x80 && b === 0x82) || (a === 0xef && m === 0xbc && (b === 0x81 || b === 0x9f || b === 0x9b));
}

/** A keyword starts inside seg[start, end) (starts: names()' map of where keywords start). */
function keywordWithin(starts: Uint8Array, start: number, end: number): boolean {
  for (let p = start; p < end; p++) if (starts[p] === 1) return true;
  return false;
}

/** One-character words that follow a name in a sentence (刘洋于…, 张伟和…); see nameAfterLabel. */
const SENTENCE_WORDS = new Set([...'于在已将与和及等的']);

const NOT_NAME_ENDINGS = new Set([...'司厂店局部院所处队馆站号路街区市省县镇乡村楼室门货款费额单表总州湾桥浦埔祠科网组族册坟墓巷柜厅班卡员']);

/** What follows a surname to address a person without a given name (cn-formats §8: title forms, like masked ones, are no names). */
const FORMS_OF_ADDRESS = new Set([
  ...['先生', '女士', '小姐', '老师', '同学', '师傅', '老板', '教练', '阿姨', '叔叔', '大爷', '大姐', '大哥', '总', '工', '哥', '姐'],
  // kin words a neighbourhood's lists call their elders by (林奶奶, 蔡叔, 王婶: a 团购 list's pick-up names;
  // not 伯 alone, a given name's character too: 李伯)
  ...['奶奶', '爷爷', '叔', '婶', '婶婶', '伯伯', '大妈', '大娘', '阿婆', '婆婆', '阿公', '嫂', '大嫂', '姨'],
  // a title of a trade or an office, as a clinic's or an office's lists write their staff (左护士, 隋大夫, 高教授)
  ...OFFICE_TITLES,
]);

/** 张先生, 王老师, 陈工, 欧阳女士: a surname (single or compound) and a form of address. */
function isFormOfAddress(rule: CompiledRule, value: string): boolean {
  const surname = value.length > 2 && rule.dictionary?.has(value.slice(0, 2)) ? 2 : 1;
  return FORMS_OF_ADDRESS.has(value.slice(surname)) && rule.dictionary?.has(value.slice(0, surname)) === true;
}

/** Words that end a compound after a surname-like first character (销售方信息, 平安银行), never a given name. */
const NOT_NAME_SUFFIXES = new Set(['信息', '单位', '明细', '管理', '数据', '列表', '资料', '名单', '编号', '等级', '类型', '状态', '名称', '银行', '电网', '中心', '集团', '胡同', '代码', '利率', '日用', '法人', '截图', '保险', '证券', '物业', '地产', '置业', '装修', '装饰', '商贸', '贸易', '科技', '建材', '传媒', '教育', '汽车', '委会', '事会', '烈士', '代取', '花园', '仓库', '大厦', '火锅', '易购', '量贩', '转账', '汇款', '付款', '支付', '缴费', '宝妈', '宝爸', '通知', '护工', '月嫂', '推荐']);
/** Who a parent is to the child named before it (浩然妈妈, 佩奇爸爸): no name; after a surname alone it is a person addressed (王奶奶). */
const KIN_AFTER_CHILD = new Set(['妈妈', '爸爸', '外婆', '外公', '奶奶', '爷爷']);

/** Phone numbers grouped as no mainland number is: the US and Canada's, Brazil's mobiles, Germany's. */
const FOREIGN_GROUPING = new RegExp(`^"?(?:1(?:[ .-]|(?=\\())\\(?\\d{3}\\)?[ .-]?\\d{3}[ .-]\\d{4}|\\(?\\d{2}\\)?[ -]?9?\\d{4}-\\d{4}|${TRUNK_PREFIX_GROUP.source.slice(1, -1)})"?$`);

/**
 * How many of a run's digits are another country's number: a run after `+`
 * or `00` whose country code is not 86 is one, up to E.164's 15 digits (13
 * counted here: the code and a national number of up to 12 digits). 0 for a
 * mainland or unprefixed run.
 */
function foreignDigits(seg: Buffer, run: DigitRun): number {
  const first = run.groupStart[0]!;
  // A plus glued to a word before it joins the two (张伟+13812345678), it is no country code's.
  const p = run.prefixStart;
  const joiner = p > 0 && (isAsciiAlnum(seg[p - 1]!) || (p >= 3 && seg[p - 3]! >= 0xe4 && seg[p - 3]! <= 0xe9));
  const plus = p < first && !joiner && (seg[p] === 0x2b || (seg[p] === 0xef && seg[p + 2] === 0x8b));
  if (plus) {
    // The first group's digits (full-width ones too: ＋８６).
    if (!run.wide) return seg[first] === 0x38 && seg[first + 1] === 0x36 ? 0 : 13;
    return seg.toString('utf8', first, run.groupEnd[0]!).normalize('NFKC').startsWith('86') ? 0 : 13;
  }
  // 0044 7700 900123, not 0086 (and not 0755, an area code). On the hot path: bytes only.
  const digits = run.groupDigits[0]!;
  if (digits < 3 || digits > 5 || seg[first] !== 0x30 || seg[first + 1] !== 0x30) return 0;
  return seg[first + 2] === 0x38 && seg[first + 3] === 0x36 ? 0 : 13;
}

/** Where the ASCII digits after one space at `end` stop, when they stand alone (3 to 6 of them); else 0. */
function spacedDigitsAfter(seg: Buffer, end: number): number {
  if (seg[end] !== 0x20) return 0;
  let j = end + 1;
  while (isAsciiDigit(seg[j])) j++;
  const n = j - end - 1;
  return n >= 3 && n <= 6 && !isAsciiAlnum(seg[j] ?? 0x20) ? j : 0;
}

/**
 * What a token carries in brackets right after it, ASCII or full-width, with
 * at most one space before: a check character (`(3)`, ` (A)`, `（3）`: an
 * HKID's) or two digits (`(01)`: a 回乡证's issue count). The text and where
 * the closing bracket ends, or null.
 */
function bracketedSuffix(seg: Buffer, end: number): { text: string; end: number } | null {
  let i = seg[end] === 0x20 ? end + 1 : end;
  let wide: boolean;
  if (seg[i] === 0x28) wide = false;
  else if (seg[i] === 0xef && seg[i + 1] === 0xbc && seg[i + 2] === 0x88) wide = true;
  else return null;
  i += wide ? 3 : 1;
  const from = i;
  if (isAsciiDigit(seg[i]) && isAsciiDigit(seg[i + 1])) i += 2;
  else if (seg[i] !== undefined && (isAsciiDigit(seg[i]) || isAsciiLetter(seg[i]!))) i++;
  else return null;
  const text = seg.toString('latin1', from, i);
  if (!wide) return seg[i] === 0x29 ? { text, end: i + 1 } : null;
  return seg[i] === 0xef && seg[i + 1] === 0xbc && seg[i + 2] === 0x89 ? { text, end: i + 3 } : null;
}

/** `dd dddddd ` (or with dashes) at `from`, standing alone on the left: the head of a credit code in parts. */
function isCreditCodeHead(seg: Buffer, from: number): boolean {
  const sep = seg[from + 2];
  if ((sep !== 0x20 && sep !== 0x2d) || seg[from + 9] !== sep) return false;
  if (from > 0 && isAsciiAlnum(seg[from - 1])) return false;
  for (const k of [0, 1, 3, 4, 5, 6, 7, 8]) if (!isAsciiDigit(seg[from + k])) return false;
  return true;
}

/**
 * A run of hex words that are all digits on a line that starts with a dump
 * offset (7+ hex digits, then ':' or two spaces: xxd, hexdump -C, od). Its
 * first word is 2 or 4 digits (the first group may be the tail of a hex word:
 * `f732 5947 …`); it may run on over the two spaces into the text column
 * (`3032 3139  4020578,…`).
 */
function inHexDumpColumns(seg: Buffer, run: DigitRun): boolean {
  const first = run.groupDigits[run.glued ? 1 : 0];
  return (first === 2 || first === 4) && onDumpLine(seg, run.groupStart[0]!);
}

/**
 * `at` is on a dump line, within 80 bytes of its start: an offset (7+ hex
 * digits, then ':' or two spaces: xxd, hexdump -C, od), then two hex words of
 * 2 or 4 digits (a fixed-width report's `20240101  110101…` is no dump). (A
 * dump's text column shows 16 bytes a line: no card or ID fits in it whole.)
 */
function onDumpLine(seg: Buffer, at: number): boolean {
  let ls = at;
  // A dump line is ASCII without tabs: a CSV row's name or a tab before the number ends the look back at once.
  for (; ls > 0 && seg[ls - 1] !== 0x0a && at - ls < 80; ls--) if (seg[ls - 1]! >= 0x80 || seg[ls - 1] === 0x09) return false;
  if (ls > 0 && seg[ls - 1] !== 0x0a) return false;
  let p = ls;
  while (p < seg.length && hexDigit(seg[p]!) >= 0) p++;
  if (p - ls < 7 || !(seg[p] === 0x3a || (seg[p] === 0x20 && seg[p + 1] === 0x20))) return false;
  for (let words = 0; words < 2; words++) {
    while (seg[p] === 0x3a || seg[p] === 0x20) p++;
    const from = p;
    while (p < seg.length && hexDigit(seg[p]!) >= 0) p++;
    if ((p - from !== 2 && p - from !== 4) || seg[p] !== 0x20) return false;
  }
  return true;
}


/**
 * A text line that can head a whitespace table: 1–24 short cells (a printed
 * sheet may show one column per page; an HR roster runs to 13 and more), of
 * eight CJK characters at most, twelve for two labels in one (证件号码/信用代码).
 */
function isHeaderLike(seg: Buffer, bounds: number[]): boolean {
  if (bounds.length < 2 || bounds.length > 48) return false;
  for (let c = 0; c < bounds.length; c += 2) {
    const s = bounds[c]!;
    const e = bounds[c + 1]!;
    if (e - s > 24 && !(e - s <= 36 && isTwoLabels(seg, s, e))) return false;
    // A key and its value (`"idType": "MTP",`, `证件类型： 台胞证`) are a label's line, not a header.
    if (seg[e - 1] === 0x3a || (e - s >= 2 && seg[e - 2] === 0x3a && seg[e - 1] === 0x22) || (seg[e - 3] === 0xef && seg[e - 2] === 0xbc && seg[e - 1] === 0x9a)) return false;
  }
  return true;
}

/** Two labels parted by a slash, no digit or colon in them (证件号码/信用代码, not 日期/时间：2024/7/5). */
function isTwoLabels(seg: Buffer, s: number, e: number): boolean {
  let slash = false;
  for (let p = s; p < e; p++) {
    const b = seg[p]!;
    if (b === 0x2f) slash = true;
    else if ((b >= 0x30 && b <= 0x3a) || (b === 0xef && seg[p + 1] === 0xbc && seg[p + 2] === 0x9a)) return false;
  }
  return slash;
}

/** Minority names with a middle dot (买买提·艾力): 2–16 characters, no empty part. */
function isDottedName(chars: string[]): boolean {
  if (chars.length < 3 || chars.length > 16) return false;
  // (No part of a transliterated name is longer than seven characters: 阿卜杜勒哈米德; 艾合买提到庭参加诉讼 runs into a sentence.)
  return chars.join('').split(NAME_DOTS).every((part) => part.length >= 1 && part.length <= 7);
}

/**
 * A sentence, not a cell: CJK with a value or sentence particles in it
 * (`贾柏的身份证号码为5401…`, `请于周五前回复。`). A long company name and
 * an address (`南山区科技园路180号`) are cells.
 */
function isProse(seg: Buffer, start: number, end: number): boolean {
  let cjk = 0;
  let digit = false;
  for (let p = start; p < end; p++) {
    const b = seg[p]!;
    if (b >= 0xe4 && b <= 0xe9) cjk++;
    else if (b >= 0x30 && b <= 0x39) digit = true;
  }
  if (cjk < 5) return false;
  const text = seg.toString('utf8', start, end);
  if (SENTENCE_MARKS.test(text)) return true;
  // An address cell has digits too: 科技园路180号, 3栋1单元2908室; and a short
  // name with a number (冰激凌套餐199元) is a cell, not a sentence.
  return digit && cjk >= 8 && !ADDRESS_NUMBER.test(text);
}

const SENTENCE_MARKS = /[。！？的了是为请在和您我他她]/;
/** Characters of a sentence's function words, seldom in a given name (为 and 和 are: 张为民, 王和平). */
const FUNCTION_WORDS = /[的了是请在您我他她吗呢吧啊说要把被给让很也都就还又该]/;
const ADDRESS_NUMBER = /[0-9０-９]+(?:号|栋|幢|室|楼|层|单元|弄|巷|排|座)/;
