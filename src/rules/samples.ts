// Rule-pack samples (semgrep-style): in `<pack>.txt`, a line `# match: ID`
// says the next line must make rule ID report a finding; `# ok: ID` says it
// must not. Every rule needs at least one of each.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { detectText } from '../scan/detect-text.js';
import { buildEngine, type Engine } from '../scan/engine.js';
import type { RuleSet } from './load.js';

export interface SampleFailure {
  /** `rules/cn/contact.txt:12` */
  where: string;
  rule: string;
  message: string;
}

export interface SampleReport {
  samples: number;
  failures: SampleFailure[];
}

const ANNOTATION = /^#\s*(match|ok):\s*([a-z][a-z0-9_]*)\s*$/;

/** Rules that fire on one line of text, scanned as a unit of its own. */
export function rulesFiringOn(engine: Engine, text: string): Set<string> {
  return new Set(detectText(engine, text).findings.map((f) => f.rule));
}

export function testSamples(set: RuleSet): SampleReport {
  const engine = buildEngine(set);
  const failures: SampleFailure[] = [];
  let samples = 0;
  for (const pack of set.packs) {
    const ids = new Set(pack.rules.map((r) => r.id));
    const seen = new Map<string, { match: number; ok: number }>();
    for (const id of ids) seen.set(id, { match: 0, ok: 0 });
    if (!pack.samples) {
      failures.push({ where: pack.file, rule: '*', message: `no samples file (${pack.file.replace(/\.ya?ml$/, '.txt')})` });
      continue;
    }
    const shown = relative(process.cwd(), pack.samples) || pack.samples;
    const lines = readFileSync(pack.samples, 'utf8').split(/\r?\n/);
    lines.forEach((line, i) => {
      const m = ANNOTATION.exec(line);
      if (!m) return;
      const [, kind, id] = m as unknown as [string, 'match' | 'ok', string];
      const where = `${shown}:${i + 2}`;
      if (!ids.has(id)) {
        failures.push({ where: `${shown}:${i + 1}`, rule: id, message: `annotation names a rule not in ${pack.file}` });
        return;
      }
      const sample = lines[i + 1];
      if (sample === undefined || sample.trim() === '' || ANNOTATION.test(sample)) {
        failures.push({ where: `${shown}:${i + 1}`, rule: id, message: 'annotation is not followed by a sample line' });
        return;
      }
      samples++;
      seen.get(id)![kind]++;
      const fired = rulesFiringOn(engine, sample).has(id);
      if (kind === 'match' && !fired) failures.push({ where, rule: id, message: 'expected a finding, got none' });
      if (kind === 'ok' && fired) failures.push({ where, rule: id, message: 'expected no finding, got one' });
    });
    for (const [id, n] of seen) {
      if (n.match === 0) failures.push({ where: shown, rule: id, message: 'needs at least one `# match:` sample' });
      if (n.ok === 0) failures.push({ where: shown, rule: id, message: 'needs at least one `# ok:` sample' });
    }
  }
  return { samples, failures };
}
