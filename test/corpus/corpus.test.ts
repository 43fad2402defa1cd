// Labeled-corpus accuracy (issue 2): ≥ 10,000 entities and ≥ 10,000 decoys in
// realistic carriers, through detectText; precision and recall per detector
// against the bars in score.ts. Prints the per-detector table.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRuleDir } from '../../src/rules/load.js';
import { buildEngine, type Engine } from '../../src/scan/engine.js';
import { detectText } from '../../src/scan/detect-text.js';
import { generateCorpus, type Corpus } from './generate.js';
import { BARS, Score } from './score.js';

const SEED = 20240611;
const rulesDir = fileURLToPath(new URL('../../rules', import.meta.url));

let engine: Engine;
let corpus: Corpus;
let score: Score;

beforeAll(() => {
  engine = buildEngine(loadRuleDir(rulesDir));
  corpus = generateCorpus(SEED);
  score = new Score();
  for (const c of corpus.carriers) {
    const d = detectText(engine, c.text, c.shape);
    score.add(c.id, c.entities, c.dontCare, c.decoys, d.findings, c.text);
  }
  console.log(
    `labeled corpus: ${corpus.carriers.length} carriers, ${corpus.entities} entities, ${corpus.decoys} decoys (seed ${SEED})\n` +
      score.table('text carriers (detectText)') +
      '\n' +
      score.examples(),
  );
});

describe('labeled corpus', () => {
  it('is large enough, deterministic, and covers every barred detector', () => {
    expect(corpus.entities).toBeGreaterThanOrEqual(10_000);
    expect(corpus.decoys).toBeGreaterThanOrEqual(10_000);
    for (const d of Object.keys(BARS)) {
      const t = score.tally.get(d);
      expect(t && t.tp + t.fn, d).toBeGreaterThanOrEqual(300);
    }
    const again = generateCorpus(SEED);
    expect(again.carriers.map((c) => c.text)).toEqual(corpus.carriers.map((c) => c.text));
  });

  it.each(Object.entries(BARS))('%s precision and recall ≥ %d', (detector, bar) => {
    expect({ detector, precision: score.precision(detector) }).toEqual({ detector, precision: expect.toSatisfy((p: number) => p >= bar) });
    expect({ detector, recall: score.recall(detector) }).toEqual({ detector, recall: expect.toSatisfy((r: number) => r >= bar) });
  });
});
