// The labeled corpus through the formats (issue 3): carriers wrapped in xlsx,
// docx, odt, ods and CSV-in-zip-in-eml, scanned whole with scanItem and
// --reveal semantics; the same precision/recall bars as the text test, per
// format. PDF has no writer in code: part of the corpus was printed to PDF
// by LibreOffice and committed with its labels (scripts/make-corpus-pdfs.ts:
// sheets with columns fitted to their content, so every labelled value is on
// the page — the script checks that — and PDF meets the same bars).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRuleDir } from '../../src/rules/load.js';
import { buildEngine } from '../../src/scan/engine.js';
import { scanItem } from '../../src/scan/scan-item.js';
import { DEFAULT_LIMITS } from '../../src/types.js';
import { THRESHOLDS } from '../support/engine.js';
import { makeRng } from '../support/synth.js';
import { generateCorpus, type Carrier } from './generate.js';
import { buildDocxItem, buildEmlItem, buildOdsItem, buildOdtItem, buildSqlItem, buildXlsxItem, groupCarriers, type Item } from './formats.js';
import { BARS, Score } from './score.js';

const SEED = 77031;
const rulesDir = fileURLToPath(new URL('../../rules', import.meta.url));
const FORMATS = ['xlsx', 'docx', 'odt', 'ods', 'eml-zip-csv', 'pdf', 'sql'] as const;
const PDF_DIR = fileURLToPath(new URL('../fixtures/corpus-pdf/', import.meta.url));
/** Below this many labels a detector's ratio in one format is too noisy to bar. */
const MIN_LABELS = 150;

const scores = new Map<string, Score>();
let unscannable: string[] = [];

function buildItems(): Item[] {
  const rng = makeRng(SEED);
  const { carriers } = generateCorpus(SEED, 6000, 3000);
  const tables = carriers.filter((c) => c.rows);
  const texts = carriers.filter((c) => !c.rows);
  const items: Item[] = [];
  // Spreadsheets hold tables; documents hold both.
  groupCarriers(tables, 600, 12).forEach((g, i) => items.push(buildXlsxItem(rng, g, `list-${i}.xlsx`)));
  groupCarriers(tables, 600, 12).forEach((g, i) => items.push(buildOdsItem(g, `list-${i}.ods`)));
  const sqlRng = makeRng(SEED + 1); // its own: the other items stay as they were
  groupCarriers(tables, 600, 12).forEach((g, i) => items.push(buildSqlItem(sqlRng, g, `dump-${i}.sql`)));
  groupCarriers(carriers, 600, 20).forEach((g, i) => items.push(buildDocxItem(g, `doc-${i}.docx`)));
  groupCarriers(carriers, 600, 20).forEach((g, i) => items.push(buildOdtItem(g, `doc-${i}.odt`)));
  // One mail per text carrier body (cycled), with a zip of up to 10 CSVs.
  groupCarriers(tables, 600, 10).forEach((g, i) => items.push(buildEmlItem(rng, texts[i % texts.length] as Carrier, g, `mail-${i}.eml`)));
  const pdfs = JSON.parse(readFileSync(`${PDF_DIR}labels.json`, 'utf8')) as { items: Record<string, Pick<Item, 'entities' | 'dontCare' | 'decoys'>> };
  for (const [name, labels] of Object.entries(pdfs.items)) items.push({ format: 'pdf', name, data: readFileSync(`${PDF_DIR}${name}`), ...labels });
  return items;
}

beforeAll(async () => {
  const engine = buildEngine(loadRuleDir(rulesDir));
  for (const it of buildItems()) {
    const v = await scanItem({ kind: 'buffer', name: it.name, data: it.data }, it.name, {
      engine,
      thresholds: THRESHOLDS,
      limits: DEFAULT_LIMITS,
      reveal: true,
    });
    unscannable.push(...v.unscannable.map((u) => `${it.name}: ${u.reason} ${u.location}`));
    const found = v.findings.flatMap((f) => (f.values ?? []).map((value) => ({ detector: f.detector, value })));
    let sc = scores.get(it.format);
    if (!sc) scores.set(it.format, (sc = new Score()));
    sc.add(it.name, it.entities, it.dontCare, it.decoys, found);
  }
  console.log([...scores].map(([f, sc]) => `${sc.table(`format ${f} (scanItem, reveal)`)}\n${sc.examples(3)}`).join('\n\n') + (unscannable.length ? `\nunscannable:\n${unscannable.join('\n')}` : ''));
}, 120_000);

describe('labeled corpus through the formats', () => {
  it('reads every item', () => {
    expect(unscannable).toEqual([]);
    expect([...scores.keys()].sort()).toEqual([...FORMATS].sort());
  });

  const cases = FORMATS.flatMap((f) => Object.entries(BARS).map(([d, bar]) => [f, d, bar] as const));
  it.each(cases)('%s: %s precision and recall ≥ %d', (format, detector, bar) => {
    const sc = scores.get(format);
    expect(sc, format).toBeDefined();
    const t = sc!.tally.get(detector);
    if (!t || t.tp + t.fn < MIN_LABELS) return; // too few labels in this format (names absent from ods of prose, …)
    expect({ format, detector, precision: sc!.precision(detector) }).toEqual({ format, detector, precision: expect.toSatisfy((x: number) => x >= bar) });
    expect({ format, detector, recall: sc!.recall(detector) }).toEqual({ format, detector, recall: expect.toSatisfy((x: number) => x >= bar) });
  });

  it('has enough labels per format to measure the contact and ID detectors', () => {
    for (const f of FORMATS) {
      for (const d of ['cn_mobile', 'cn_resident_id', 'person_name_zh']) {
        const t = scores.get(f)?.tally.get(d);
        expect((t?.tp ?? 0) + (t?.fn ?? 0), `${f} ${d}`).toBeGreaterThanOrEqual(MIN_LABELS);
      }
    }
  });
});
