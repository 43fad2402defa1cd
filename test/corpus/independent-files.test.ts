// A fourth labeled corpus written by a generator that never saw src/, rules/
// or the project's tests (test/corpus/independent/industry-lists.mjs): the
// lists of industries — banking, insurance, securities, property, schools,
// clinics, telecom, logistics, e-commerce, hotels, government rosters, legal
// intake — as files (CSV, TSV, Markdown, fixed-width and pipe-drawn text,
// JSON, logs; UTF-8, GB18030 and UTF-16), scanned as files are, with each
// industry's look-alike numbers (保单号, VIN, ICCID, 病历号) and 96 files of no
// personal data. The bars hold here too.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanItem } from '../../src/scan/scan-item.js';
import { DEFAULT_LIMITS } from '../../src/types.js';
import { defaultEngine, THRESHOLDS } from '../support/engine.js';
import { tempDir } from '../support/temp-dir.js';
import type { Label } from './generate.js';
import { BARS, Score } from './score.js';

interface Labels {
  [file: string]: { entities: Array<Label & { dontcare: boolean }> };
}

const here = fileURLToPath(new URL('.', import.meta.url));
const score = new Score();
let dir: string;
let files = 0;
const clean = { files: 0, withFindings: 0 };

beforeAll(async () => {
  dir = tempDir('listguard-industry-');
  const run = spawnSync(process.execPath, [join(here, 'independent', 'industry-lists.mjs'), join(dir, 'docs'), join(dir, 'labels.json')], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`industry-lists: generator failed (${run.status})\n${run.stdout}\n${run.stderr}`);
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Labels;
  const engine = defaultEngine();
  for (const [file, { entities }] of Object.entries(labels)) {
    const path = join(dir, 'docs', file);
    const verdict = await scanItem({ kind: 'file', path }, file, { engine, thresholds: THRESHOLDS, limits: DEFAULT_LIMITS, reveal: true });
    const found = verdict.findings.flatMap((f) => (f.values ?? []).map((value) => ({ detector: f.detector, value })));
    const expected = entities.filter((e) => !e.dontcare);
    score.add(file, expected, entities.filter((e) => e.dontcare), [], found);
    files++;
    if (entities.length === 0) {
      clean.files++;
      if (found.length > 0) clean.withFindings++;
    }
  }
  console.log(score.table('independent corpus: industry-lists (files)') + '\n' + score.examples(3));
}, 180_000);

describe('independent corpus industry-lists (files)', () => {
  it('is the corpus it says it is', () => {
    expect(files).toBeGreaterThanOrEqual(600);
    expect(clean.files).toBeGreaterThanOrEqual(90);
  });

  it.each(Object.entries(BARS))('%s precision and recall ≥ %d', (detector, bar) => {
    const t = score.tally.get(detector);
    expect(t && t.tp + t.fn, `${detector}: labels in the corpus`).toBeGreaterThanOrEqual(150);
    expect({ detector, precision: score.precision(detector) }).toEqual({ detector, precision: expect.toSatisfy((p: number) => p >= bar) });
    expect({ detector, recall: score.recall(detector) }).toEqual({ detector, recall: expect.toSatisfy((r: number) => r >= bar) });
  });

  it('gives a finding in at most one of its files without personal data in a hundred', () => {
    expect({ ...clean, withFindings: clean.withFindings * 100 <= clean.files ? 'ok' : clean.withFindings }).toEqual({ ...clean, withFindings: 'ok' });
  });
});
