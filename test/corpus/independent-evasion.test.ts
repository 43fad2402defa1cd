// Two labeled corpora of verdicts, written in session 20 by helpers that never
// saw src/, rules/ or the project's tests (test/corpus/independent/):
// - evasion.mjs: a careful insider's customer list (8-60 people) taken out
//   as text in 52 ways, 3 lists each — separators, numerals, homoglyphs,
//   decorations, transposed and vertical layouts, JSON, SQL, logs, code,
//   base64, hex, percent, \u, HTML entities, quoted-printable, ciphers.
//   Each list's level follows from its people and whether an ID, card or
//   passport is among them (the README's thresholds).
// - decoys.mjs: 156 business and technical documents (statements, invoices,
//   waybills, logs, device inventories, supplier lists, timetables) full of
//   numbers that are no one's: no document may be more than internal.
// The bars are where the engine stands (a regression fails them), and the
// lists it grades too low are named with the reason.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanItem } from '../../src/scan/scan-item.js';
import { DEFAULT_LIMITS, type Sensitivity } from '../../src/types.js';
import { defaultEngine, THRESHOLDS } from '../support/engine.js';
import { tempDir } from '../support/temp-dir.js';

interface Doc {
  id: string;
  text: string;
  people: number;
  sensitive?: boolean;
  recoverableByMachine?: boolean;
}

const LEVELS: readonly Sensitivity[] = ['public', 'internal', 'confidential', 'secret'];

/** The level a list of `people` earns by the README's default thresholds. */
function labelled(d: Doc): Sensitivity {
  if (d.people >= 50 || (d.sensitive && d.people >= 10)) return 'secret';
  if (d.sensitive || d.people >= 5) return 'confidential';
  return d.people > 0 ? 'internal' : 'public';
}

/**
 * Lists graded below their label, with the reason; each still gets a level
 * above public but the first. Ways that need a reader to follow a note are
 * left out of the count (the generator marks them not machine-recoverable).
 */
const BELOW: Record<string, string> = {
  'ev-split-cells-3': 'numbers cut at any point into two header-less cells: no rule joins cells without a header that names them',
  'ev-chat-log-1': 'one field per message of a chat export, IDs and cards cut over two messages: 9 sensitive records of 10',
  'ev-hard-wrap-1': 'rows wrapped at a fixed width, numbers cut across lines',
  'ev-hard-wrap-2': 'the same',
  'ev-hard-wrap-3': 'the same',
  'ev-reversed-digits-1': 'digits written backwards (a note says 倒序)',
  'ev-reversed-digits-2': 'the same',
  'ev-reversed-digits-3': 'the same',
  'ev-reversed-lines-1': 'rows written backwards character by character',
  'ev-reversed-lines-2': 'the same',
  'ev-reversed-lines-3': 'the same',
  'ev-rot-cipher-1': 'ROT13 and ROT5: digits shifted',
  'ev-rot-cipher-2': 'the same (ROT47)',
  'ev-rot-cipher-3': 'the same (ROT5 on digits)',
};

const here = fileURLToPath(new URL('.', import.meta.url));
const verdicts = new Map<string, { docs: Doc[]; got: Map<string, { sensitivity: Sensitivity; records: number; findings: number }> }>();

async function run(name: string): Promise<void> {
  const dir = tempDir(`listguard-${name}-`);
  const out = join(dir, `${name}.jsonl`);
  const gen = spawnSync(process.execPath, [join(here, 'independent', `${name}.mjs`), out], { encoding: 'utf8' });
  if (gen.status !== 0) throw new Error(`${name}: generator failed (${gen.status})\n${gen.stdout}\n${gen.stderr}`);
  const docs = readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Doc);
  const engine = defaultEngine();
  const got = new Map<string, { sensitivity: Sensitivity; records: number; findings: number }>();
  for (const d of docs) {
    const file = join(dir, `${d.id}.txt`);
    writeFileSync(file, d.text);
    const v = await scanItem({ kind: 'file', path: file }, d.id, { engine, thresholds: THRESHOLDS, limits: DEFAULT_LIMITS, reveal: false });
    got.set(d.id, { sensitivity: v.sensitivity, records: v.records, findings: v.findings.reduce((n, f) => n + f.count, 0) });
  }
  verdicts.set(name, { docs, got });
}

beforeAll(async () => {
  await run('evasion');
  await run('decoys');
}, 180_000);

describe('independent corpus evasion (a customer list taken out as text, 52 ways)', () => {
  const rows = () => {
    const { docs, got } = verdicts.get('evasion')!;
    return docs.map((d) => ({ id: d.id, machine: d.recoverableByMachine !== false, want: labelled(d), got: got.get(d.id)!.sensitivity }));
  };

  afterAll(() => {
    const all = rows();
    console.log(`independent corpus evasion: ${all.length} lists; at their label's level ${all.filter((r) => r.got === r.want).length}; machine-recoverable below it ${all.filter((r) => r.machine && r.got !== r.want).length}`);
  });

  it('is the corpus it says it is', () => {
    const all = rows();
    expect(all.length).toBe(156);
    expect(all.filter((r) => r.want === 'secret').length).toBeGreaterThanOrEqual(120);
  });

  it('grades no list above its label, and every machine-recoverable one at it but the named', () => {
    const all = rows();
    expect(all.filter((r) => LEVELS.indexOf(r.got) > LEVELS.indexOf(r.want))).toEqual([]);
    const below = all.filter((r) => r.machine && r.got !== r.want).map((r) => r.id);
    expect(below.filter((id) => !(id in BELOW))).toEqual([]);
  });

  it('says something of every list: none is public but the one whose cells no header names', () => {
    expect(rows().filter((r) => r.got === 'public').map((r) => r.id)).toEqual(['ev-split-cells-3']);
  });
});

describe('independent corpus decoys (business documents full of numbers that are no one\'s)', () => {
  it('grades no document above internal but a company account labelled 银行账号, which reads as a card', () => {
    const { docs, got } = verdicts.get('decoys')!;
    expect(docs.length).toBe(156);
    const above = docs.filter((d) => LEVELS.indexOf(got.get(d.id)!.sensitivity) > LEVELS.indexOf('internal')).map((d) => d.id);
    expect(above).toEqual(['fp-e_invoice-2']);
    // (A signature or a 联系人 with an office phone is one person's record: internal, as a memo with one contact is.)
  });
});
