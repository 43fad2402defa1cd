// Detection on a string, in-process: for rule samples, tests and the labeled
// corpus. Returns every reported finding with its normalized value, so keep
// the result inside the process.
import type { UnitShape } from '../extract/types.js';
import { ItemAccumulator } from './accumulate.js';
import { UnitDetector } from './detect.js';
import type { Engine } from './engine.js';

export interface TextFinding {
  rule: string;
  detector: string;
  value: string;
  confidence: number;
}

export interface TextDetection {
  findings: TextFinding[];
  records: number;
  sensitiveRecords: number;
}

export function detectText(engine: Engine, text: string, shape: UnitShape = { kind: 'text' }): TextDetection {
  const findings: TextFinding[] = [];
  const acc = new ItemAccumulator({
    reveal: false,
    onFinding: (f) => findings.push({ rule: f.rule, detector: f.detector, value: f.value, confidence: f.confidence }),
  });
  const unit = new UnitDetector(engine, acc, 'text', shape);
  unit.write(text.endsWith('\n') ? text : `${text}\n`);
  unit.end();
  return { findings, records: acc.recordCount, sensitiveRecords: acc.sensitiveRecordCount };
}
